/**
 * The terminal entry: `python-perf-gate <command>`. Runs the same pipeline as the Action so a CI
 * result can be reproduced locally. Exit codes: 0 ok / pass, 1 regression, 2 error or not ready.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatHelp, parseArgs, type ParsedArgs } from './cli-args.js';
import type { CompatOptions } from './core/fold-compat.js';
import type { FoldedStacks } from './core/folded.js';
import type { FlameGraphOptions } from './core/flamegraph/options.js';
import packageJson from '../package.json' with { type: 'json' };
import { UserError } from './errors.js';
import type { CommandName } from './options.js';
import type { ProfileOutcome } from './outcome.js';
import type { Reporter } from './reporter.js';
import type { FoldRequest } from './shell/fold-file.js';
import { FOLD_WORKER_ARGUMENT } from './shell/fold-worker-argument.js';
import { createCliSource, readCliSettings, readFlameGraphSettings, readFoldSettings, SettingsError } from './settings.js';

// Start-up: each command imports what it runs when it runs (`await import`), so `--help`, `fold`
// or `flamegraph` never load the pipeline, and with it the artifact and REST clients (most of the
// bundle). npm run bench measures `--help` and `fold` start-up against `node -e 0`.
/** This file: the entry of the fold's worker threads too. */
const cliUrl = new URL(import.meta.url);

const stderrReporter: Reporter = {
  info: (line) => process.stderr.write(`${line}\n`),
  notice: (line) => process.stderr.write(`notice: ${line}\n`),
  warning: (line) => process.stderr.write(`warning: ${line}\n`),
  debug: (line) => {
    if (process.env.PPG_DEBUG === '1') process.stderr.write(`debug: ${line}\n`);
  },
  group: async (name, body) => {
    process.stderr.write(`── ${name}\n`);
    return body();
  },
};

interface Command {
  usage: string;
  description: string;
  run(args: ParsedArgs): Promise<number>;
}

const commands: Record<CommandName, Command> = {
  check: {
    usage: 'python-perf-gate check [--python PY] [--mode MODE] [--json]',
    description: 'Checks that this machine can profile Python with perf: Python build, perf, kernel permissions, and a probe recording of a known call chain in each candidate mode. Exit 0 ready, 2 not ready.',
    async run(args) {
      const settings = readCliSettings(args, { command: 'check' });
      const [{ check }, { formatReadinessJson, formatReadinessText }] = await Promise.all([import('./stages/check.js'), import('./core/readiness-format.js')]);
      const readiness = await check(settings, stderrReporter);
      process.stdout.write(args.values.get('json') === 'true' ? formatReadinessJson(readiness) : formatReadinessText(readiness));
      return readiness.ready ? 0 : 2;
    },
  },
  profile: {
    usage: 'python-perf-gate profile [options] (--script FILE [-- ARGS…] | --run "CMD" | -- COMMAND…)',
    description: 'Profiles a benchmark under perf record, writes OUT/profile.folded, OUT/flamegraph.svg and OUT/report.json, and compares against --baseline. Exit 0 pass, 1 regression, 2 error.',
    async run(args) {
      const { runProfilePipeline } = await import('./pipeline.js');
      const outcome = await runProfilePipeline(readCliSettings(args, { command: 'profile' }), stderrReporter);
      await printOutcome(outcome);
      return outcome.exitCode;
    },
  },
  demo: {
    usage: 'python-perf-gate demo [--python PY] [--out DIR]',
    description: 'Profiles the bundled examples/bench.py (a few seconds) with the newest CPython ≥ 3.12 found and writes into ./python-perf-gate-out/.',
    async run(args) {
      const script = findBundledExample();
      args.values.set('script', script);
      args.values.set('working-directory', dirname(dirname(script)));
      args.values.set('repeat', '3');
      args.values.set('title', 'python-perf-gate demo: examples/bench.py');
      args.rest = ['--seconds', '1.5'];
      const { runProfilePipeline } = await import('./pipeline.js');
      const outcome = await runProfilePipeline(readCliSettings(args, { command: 'demo' }), stderrReporter);
      await printOutcome(outcome);
      return outcome.exitCode;
    },
  },
  fold: {
    usage: 'python-perf-gate fold [FILE|-] [--view python|mixed|compat] [compat options]',
    description: "Folds `perf script` output (a file, or stdin) into folded stacks on stdout. --view compat gives stackcollapse-perf.pl's exact output.",
    async run(args) {
      const input = args.positionals[0] ?? '-';
      const settings = readFoldSettings(createCliSource(args, { command: 'fold' }));
      let request: FoldRequest;
      if (settings.view === 'compat') {
        const options: CompatOptions = {};
        for (const name of ['pid', 'tid', 'kernel', 'jit', 'all', 'addrs'] as const) if (settings.compat[name]) options[name] = true;
        if (settings.compat.eventFilter) options.eventFilter = settings.compat.eventFilter;
        request = { view: 'compat', compat: options };
      } else {
        request = { view: settings.view, fold: { view: settings.view, workingDirectory: settings.workingDirectory, homeDirectory: homedir() } };
      }
      if (input !== '-' && !existsSync(input)) throw new UserError(`Input file '${input}' does not exist.`);
      const { foldCaptureFile, foldCaptureStream } = await import('./shell/fold-file.js');
      // Worker threads fold parts of a big file; they run this file, which hands them to the fold (below).
      const folded = input === '-' ? await foldCaptureStream(process.stdin, request) : await foldCaptureFile({ path: input, request, workerUrl: cliUrl, text: true });
      if (folded.samples === 0) stderrReporter.warning('no samples found in the input; is it `perf script` output?');
      if ('text' in folded) {
        await writeBytes(folded.text);
        return 0;
      }
      const { formatFoldedLines } = await import('./core/folded.js');
      await writeLines(formatFoldedLines(folded.stacks));
      return 0;
    },
  },
  flamegraph: {
    usage: 'python-perf-gate flamegraph [FOLDED|-] [options]   |   python-perf-gate flamegraph --diff BASE CURRENT [options]',
    description: 'Renders folded stacks as an interactive SVG flame graph on stdout; --diff renders the differential graph: the current shape, each frame tinted by the change of its own time as a share of its run (red grew, blue shrank since BASE). Tints stay pale here: only profile and the Action, which run the gate, saturate the functions it judged changed.',
    async run(args) {
      const { diff, shape, ...settings } = readFlameGraphSettings(createCliSource(args, { command: 'flamegraph' }));
      const options: Partial<FlameGraphOptions> = settings;
      if (diff) {
        const { renderDiffFlameGraph } = await import('./core/flamegraph/diff.js');
        const [base, current] = args.positionals;
        if (!base || !current) throw new UserError("'flamegraph --diff' needs two folded files: BASE CURRENT.");
        process.stdout.write(renderDiffFlameGraph(await readFoldedInput(base), await readFoldedInput(current), { ...options, shape }));
        return 0;
      }
      const { renderFlameGraph } = await import('./core/flamegraph/svg.js');
      process.stdout.write(renderFlameGraph(await readFoldedInput(args.positionals[0] ?? '-'), options));
      return 0;
    },
  },
  compare: {
    usage: 'python-perf-gate compare --baseline PATH --current PATH [--json]',
    description: 'Compares two profiles (folded files or python-perf-gate output directories) with per-function statistics. Exit 0 pass, 1 regression, 2 error.',
    async run(args) {
      const settings = readCliSettings(args, { command: 'compare' });
      const baselinePath = args.values.get('baseline');
      const currentPath = args.values.get('current');
      if (!baselinePath || !currentPath) throw new UserError("'compare' needs --baseline PATH and --current PATH.");
      const [{ compareProfiles }, { loadBaselinePath }, { formatComparisonText }] = await Promise.all([
        import('./core/compare/index.js'),
        import('./shell/baseline.js'),
        import('./core/report-text.js'),
      ]);
      const load = async (path: string, flag: string) => {
        const loaded = await loadBaselinePath(resolve(path), { describe: `option '--${flag}'` });
        if (!loaded) throw new UserError(`Invalid value '${path}' for option '--${flag}'. The path does not exist.`);
        return loaded;
      };
      const baseline = await load(baselinePath, 'baseline');
      const current = await load(currentPath, 'current');
      const comparison = compareProfiles({
        baseline: baseline.runs,
        current: current.runs,
        baselineMeta: baseline.meta,
        currentMeta: current.meta,
        options: settings.compare,
      });
      process.stdout.write(args.values.get('json') === 'true' ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparisonText(comparison));
      const fails =
        (comparison.verdict === 'regressed' && settings.failOnRegression) || (comparison.verdict === 'inconclusive' && settings.failOnInconclusive);
      return fails ? 1 : 0;
    },
  },
};

async function readFoldedInput(input: string): Promise<FoldedStacks> {
  const { readFoldedFile, readFoldedStream } = await import('./shell/baseline.js');
  if (input === '-') return readFoldedStream(process.stdin);
  if (!existsSync(input)) throw new UserError(`Folded file '${input}' does not exist.`);
  return readFoldedFile(input);
}

async function writeBytes(bytes: Uint8Array): Promise<void> {
  if (bytes.length > 0 && !process.stdout.write(bytes)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function writeLines(lines: string[]): Promise<void> {
  const chunk = 4096;
  for (let index = 0; index < lines.length; index += chunk) {
    const text = `${lines.slice(index, index + chunk).join('\n')}\n`;
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

async function printOutcome(outcome: ProfileOutcome): Promise<void> {
  const files = outcome.files;
  const lines = [
    `verdict: ${outcome.verdict}${outcome.inconclusiveReasons.length > 0 ? ` (${outcome.inconclusiveReasons.join('; ')})` : ''}`,
    `folded:     ${files.folded}`,
    `flamegraph: ${files.flamegraph}`,
    `speedscope: ${files.speedscope}`,
    `report:     ${files.report}`,
  ];
  if (files.diff) lines.push(`diff:       ${files.diff}`);
  if (outcome.comparison) {
    const { formatComparisonText } = await import('./core/report-text.js');
    lines.push('', formatComparisonText(outcome.comparison));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** examples/bench.py next to the bundle (dist/cli.js) or the sources (src/cli.ts). */
function findBundledExample(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'examples', 'bench.py'), join(here, 'examples', 'bench.py')]) {
    if (existsSync(candidate)) return resolve(candidate);
  }
  throw new UserError(`The bundled example examples/bench.py was not found next to ${here}. Run the demo from a clone of python-perf-gate.`);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const usage = `Usage: python-perf-gate <command> [options]\n\nCommands:\n${Object.entries(commands)
    .map(([key, command]) => `  ${key.padEnd(11)} ${command.description.split('. ')[0]}.`)
    .join('\n')}\n\nRun 'python-perf-gate <command> --help' for a command's options, 'python-perf-gate --version' for the version.\n`;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`python-perf-gate ${packageJson.version}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name as CommandName] : undefined;
  if (!command) {
    process.stderr.write(`Unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  try {
    const args = parseArgs(name as CommandName, rest);
    if (args.help) {
      process.stdout.write(formatHelp({ usage: command.usage, description: command.description, command: name as CommandName }));
      return 0;
    }
    return await command.run(args);
  } catch (error) {
    if (error instanceof UserError || error instanceof SettingsError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    // Not a mistake of the user's: say so, with the stack for a bug report.
    const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n${stack ? `${stack}\n` : ''}Please report this at the python-perf-gate repository with the command you ran.\n`);
    return 2;
  }
}

// A fold worker thread is started with FOLD_WORKER_ARGUMENT; node:worker_threads is loaded only then.
if (process.argv[2] === FOLD_WORKER_ARGUMENT && !(await import('node:worker_threads')).isMainThread) {
  await (await import('./shell/fold-file.js')).runFoldPartWorker();
} else {
  process.exitCode = await main(process.argv.slice(2));
}
