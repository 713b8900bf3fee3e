/**
 * The terminal entry: `python-perf-gate <command>`. Runs the same pipeline as the Action so a CI
 * result can be reproduced locally. Exit codes: 0 ok / pass, 1 regression, 2 error or not ready.
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formatHelp, parseArgs, type OptionSpec, type ParsedArgs } from './cli-args.js';
import { UserError } from './errors.js';
import { formatFoldedLines, type FoldedStacks } from './core/folded.js';
import { createFolder } from './core/fold-python.js';
import { createCompatFolder, type CompatOptions } from './core/fold-compat.js';
import { renderFlameGraph, type FlameGraphOptions } from './core/flamegraph.js';
import { renderDiffFlameGraph } from './core/diff-flamegraph.js';
import { compareProfiles } from './core/compare.js';
import { formatComparisonMarkdown } from './core/report-markdown.js';
import { formatReadinessJson, formatReadinessText } from './core/readiness-format.js';
import { readSettings, SettingsError, type InputSource } from './settings.js';
import { runCheck, runProfilePipeline, type Reporter } from './pipeline.js';
import { loadBaselinePath, readFoldedFile, readFoldedStream } from './shell/baseline.js';

const stderrReporter: Reporter = {
  info: (line) => process.stderr.write(`${line}\n`),
  notice: (line) => process.stderr.write(`notice: ${line}\n`),
  warning: (line) => process.stderr.write(`warning: ${line}\n`),
};

const pythonOption: OptionSpec = { name: 'python', kind: 'value', help: 'Interpreter (name on PATH or path). Default: newest CPython ≥ 3.12 found.' };
const modeOption: OptionSpec = { name: 'mode', kind: 'value', help: 'auto | fp | perf-jit | dwarf (default auto: the cheapest mode the probe proves).' };
const eventOption: OptionSpec = { name: 'event', kind: 'value', help: 'perf event (default cpu-clock, available on every runner).' };
const systemOptions: OptionSpec[] = [
  { name: 'install-perf', kind: 'flag', help: 'Install perf with apt-get when it is missing.' },
  { name: 'allow-sudo', kind: 'flag', help: 'Allow sudo -n for apt-get and sysctl (perf_event_paranoid, kptr_restrict).' },
];
const compareOptions: OptionSpec[] = [
  { name: 'alpha', kind: 'value', help: 'Significance level after Holm correction (default 0.01).' },
  { name: 'threshold', kind: 'value', help: "Minimum relative growth of a function's share (default 10%)." },
  { name: 'min-delta', kind: 'value', help: 'Minimum absolute growth in percentage points (default 0.5).' },
  { name: 'min-share', kind: 'value', help: 'Minimum share in either profile to be gated (default 1%).' },
  { name: 'time-threshold', kind: 'value', help: 'Also gate total wall time growing by this much (e.g. 10%). Default off.' },
];
const profileOptions: OptionSpec[] = [
  pythonOption,
  { name: 'script', kind: 'value', help: 'Python script to profile; its arguments follow `--`.' },
  { name: 'run', kind: 'value', help: 'Shell command to profile instead of a script (PATH and $PYTHON point at the checked interpreter).' },
  { name: 'working-directory', kind: 'value', help: 'Directory the benchmark runs in (default: current).' },
  modeOption,
  eventOption,
  { name: 'frequency', kind: 'value', help: 'Sampling frequency in Hz, 1–20000 (default 999).' },
  { name: 'repeat', kind: 'value', help: 'Recorded runs, 1–100 (default 5).' },
  { name: 'warmup', kind: 'value', help: 'Unrecorded warm-up runs (default 0).' },
  { name: 'timeout-minutes', kind: 'value', help: 'Kill a run (perf and all its children) after this long (default 30).' },
  { name: 'out', alias: 'output-dir', kind: 'value', help: 'Output directory (default python-perf-gate-out).' },
  { name: 'view', kind: 'value', help: 'python (default) | mixed: keep interpreter frames too.' },
  { name: 'baseline', kind: 'value', help: 'Folded file or previous output directory to compare against.' },
  { name: 'baseline-ref', kind: 'value', help: 'Git ref to profile in this run from a worktree, interleaved with the current code (e.g. main).' },
  { name: 'prepare', kind: 'value', help: 'Shell command run once in each tree (base, then head) before its runs, e.g. "pip install -e .".' },
  { name: 'fail-on-regression', kind: 'value', help: 'Exit 1 on a regression (default true).' },
  { name: 'fail-on-inconclusive', kind: 'value', help: 'Exit 1 when the comparison is inconclusive (default false).' },
  ...compareOptions,
  { name: 'keep-perf-data', kind: 'flag', help: 'Keep perf.data (and map files) in OUT/perf-data.' },
  { name: 'title', kind: 'value', help: 'Flame graph title.' },
  ...systemOptions,
];

interface Command {
  usage: string;
  description: string;
  options: OptionSpec[];
  run(args: ParsedArgs): Promise<number>;
}

const commands: Record<string, Command> = {
  check: {
    usage: 'python-perf-gate check [--python PY] [--mode MODE] [--json]',
    description: 'Checks that this machine can profile Python with perf: Python build, perf, kernel permissions, and a probe recording of a known call chain in each candidate mode. Exit 0 ready, 2 not ready.',
    options: [pythonOption, modeOption, eventOption, { name: 'json', kind: 'flag', help: 'Print the readiness report as JSON.' }, ...systemOptions],
    async run(args) {
      const settings = readSettings(cliSource(args, 'check'));
      const readiness = await runCheck(settings, stderrReporter);
      process.stdout.write(args.options.has('json') ? formatReadinessJson(readiness) : formatReadinessText(readiness));
      return readiness.ready ? 0 : 2;
    },
  },
  profile: {
    usage: 'python-perf-gate profile [options] (--script FILE [-- ARGS…] | --run "CMD" | -- COMMAND…)',
    description: 'Profiles a benchmark under perf record, writes OUT/profile.folded, OUT/flamegraph.svg and OUT/report.json, and compares against --baseline. Exit 0 pass, 1 regression, 2 error.',
    options: profileOptions,
    async run(args) {
      const settings = readSettings(cliSource(args, 'profile'));
      const outcome = await runProfilePipeline(settings, stderrReporter);
      printOutcome(outcome);
      return outcome.exitCode;
    },
  },
  demo: {
    usage: 'python-perf-gate demo [--python PY] [--out DIR]',
    description: 'Profiles the bundled examples/bench.py (a few seconds) with the newest CPython ≥ 3.12 found and writes into ./python-perf-gate-out/.',
    options: [pythonOption, { name: 'out', alias: 'output-dir', kind: 'value', help: 'Output directory (default python-perf-gate-out).' }, ...systemOptions],
    async run(args) {
      const script = findBundledExample();
      args.options.set('script', script);
      args.options.set('working-directory', dirname(dirname(script)));
      args.options.set('repeat', args.options.get('repeat') ?? '3');
      args.options.set('title', 'python-perf-gate demo: examples/bench.py');
      args.rest = ['--seconds', '1.5'];
      const settings = readSettings(cliSource(args, 'demo'));
      const outcome = await runProfilePipeline(settings, stderrReporter);
      printOutcome(outcome);
      return outcome.exitCode;
    },
  },
  fold: {
    usage: 'python-perf-gate fold [FILE|-] [--view python|mixed|compat] [compat options]',
    description: "Folds `perf script` output (a file, or stdin) into folded stacks on stdout. --view compat gives stackcollapse-perf.pl's exact output.",
    options: [
      { name: 'view', kind: 'value', help: 'python (default) | mixed | compat.' },
      { name: 'working-directory', kind: 'value', help: 'Python paths under it become relative (default: current directory).' },
      { name: 'compat', kind: 'flag', help: 'Same as --view compat.' },
      { name: 'pid', kind: 'flag', help: 'compat: include PID in the process name.' },
      { name: 'tid', kind: 'flag', help: 'compat: include PID and TID.' },
      { name: 'kernel', kind: 'flag', help: 'compat: annotate kernel frames with _[k].' },
      { name: 'jit', kind: 'flag', help: 'compat: annotate JIT frames with _[j].' },
      { name: 'all', kind: 'flag', help: 'compat: all annotations.' },
      { name: 'addrs', kind: 'flag', help: 'compat: keep raw addresses of unknown frames.' },
      { name: 'event-filter', kind: 'value', help: 'compat: event to keep (default: the first seen).' },
    ],
    async run(args) {
      const input = args.positionals[0] ?? '-';
      const view = args.options.has('compat') ? 'compat' : (args.options.get('view') ?? 'python');
      let stacks: FoldedStacks;
      if (view === 'compat') {
        const options: CompatOptions = {};
        for (const name of ['pid', 'tid', 'kernel', 'jit', 'all', 'addrs'] as const) if (args.options.has(name)) options[name] = true;
        const eventFilter = args.options.get('event-filter');
        if (eventFilter) options.eventFilter = eventFilter;
        const folder = createCompatFolder(options);
        await forEachLine(input, (line) => folder.pushLine(line));
        stacks = folder.finish();
      } else if (view === 'python' || view === 'mixed') {
        const folder = createFolder({ view, workingDirectory: resolve(args.options.get('working-directory') ?? '.'), homeDirectory: process.env.HOME ?? '' });
        await forEachLine(input, (line) => folder.pushLine(line));
        const result = folder.finish();
        stacks = result.stacks;
        if (result.quality.samples === 0) stderrReporter.warning('no samples found in the input; is it `perf script` output?');
      } else {
        throw new UserError(`Invalid value '${view}' for option '--view'. Expected 'python', 'mixed' or 'compat'.`);
      }
      await writeLines(formatFoldedLines(stacks));
      return 0;
    },
  },
  flamegraph: {
    usage: 'python-perf-gate flamegraph [FOLDED|-] [options]   |   python-perf-gate flamegraph --diff BASE CURRENT [options]',
    description: 'Renders folded stacks as an interactive SVG flame graph on stdout; --diff renders the differential graph (current shape, red = larger share than in BASE, blue = smaller).',
    options: [
      { name: 'title', kind: 'value', help: 'Title (default "Flame Graph").' },
      { name: 'subtitle', kind: 'value', help: 'Subtitle line.' },
      { name: 'minwidth', kind: 'value', help: 'Hide frames narrower than this: pixels (0.1) or percent ("0.5%").' },
      { name: 'width', kind: 'value', help: 'Image width in pixels (default 1200).' },
      { name: 'inverted', kind: 'flag', help: 'Icicle graph: root at the top.' },
      { name: 'colors', kind: 'value', help: 'python (default) | hot | mono.' },
      { name: 'diff', kind: 'flag', help: 'Differential flame graph of two folded files: BASE CURRENT.' },
      { name: 'shape', kind: 'value', help: 'With --diff: current (default) or baseline (shows frames that vanished).' },
    ],
    async run(args) {
      const options = readFlameGraphOptions(args);
      if (args.options.has('diff')) {
        const [base, current] = args.positionals;
        if (!base || !current) throw new UserError("'flamegraph --diff' needs two folded files: BASE CURRENT.");
        const shape = args.options.get('shape') ?? 'current';
        if (shape !== 'current' && shape !== 'baseline') throw new UserError(`Invalid value '${shape}' for option '--shape'. Expected 'current' or 'baseline'.`);
        process.stdout.write(renderDiffFlameGraph(await readFoldedInput(base), await readFoldedInput(current), { ...options, shape }));
        return 0;
      }
      process.stdout.write(renderFlameGraph(await readFoldedInput(args.positionals[0] ?? '-'), options));
      return 0;
    },
  },
  compare: {
    usage: 'python-perf-gate compare --baseline PATH --current PATH [--json]',
    description: 'Compares two profiles (folded files or python-perf-gate output directories) with per-function statistics. Exit 0 pass, 1 regression, 2 error.',
    options: [
      { name: 'baseline', kind: 'value', help: 'Baseline folded file or output directory.' },
      { name: 'current', kind: 'value', help: 'Current folded file or output directory.' },
      { name: 'json', kind: 'flag', help: 'Print the comparison as JSON.' },
      ...compareOptions,
      { name: 'fail-on-regression', kind: 'value', help: 'Exit 1 on a regression (default true).' },
      { name: 'fail-on-inconclusive', kind: 'value', help: 'Exit 1 when inconclusive (default false).' },
    ],
    async run(args) {
      const settings = readSettings(cliSource(args, 'compare'));
      const baselinePath = args.options.get('baseline');
      const currentPath = args.options.get('current');
      if (!baselinePath || !currentPath) throw new UserError("'compare' needs --baseline PATH and --current PATH.");
      const load = async (path: string, flag: string) => {
        const loaded = await loadBaselinePath(resolve(path), `option '--${flag}'`);
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
      process.stdout.write(args.options.has('json') ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparisonMarkdown(comparison));
      const fails =
        (comparison.verdict === 'regressed' && settings.failOnRegression) || (comparison.verdict === 'inconclusive' && settings.failOnInconclusive);
      return fails ? 1 : 0;
    },
  },
};

function cliSource(args: ParsedArgs, command: string): InputSource & { trailing: string[] } {
  return {
    get: (name) => (name === 'output-dir' ? args.options.get('out') : args.options.get(name)) ?? '',
    describe: (name) => `option '--${name === 'output-dir' ? 'out' : name}'`,
    baseDirectory: process.cwd(),
    trailing: command === 'profile' || command === 'demo' ? args.rest : [],
  };
}

function readFlameGraphOptions(args: ParsedArgs): Partial<FlameGraphOptions> {
  const options: Partial<FlameGraphOptions> = {};
  const title = args.options.get('title');
  if (title !== undefined) options.title = title;
  const subtitle = args.options.get('subtitle');
  if (subtitle !== undefined) options.subtitle = subtitle;
  const minWidth = args.options.get('minwidth');
  if (minWidth !== undefined) {
    if (/^\d+(\.\d+)?%$/.test(minWidth)) options.minWidth = minWidth;
    else if (/^\d+(\.\d+)?$/.test(minWidth)) options.minWidth = Number(minWidth);
    else throw new UserError(`Invalid value '${minWidth}' for option '--minwidth'. Expected pixels (e.g. 0.1) or a percentage (e.g. '0.5%').`);
  }
  const width = args.options.get('width');
  if (width !== undefined) {
    if (!/^\d+$/.test(width) || Number(width) < 100 || Number(width) > 100000) {
      throw new UserError(`Invalid value '${width}' for option '--width'. Expected an integer 100–100000 (pixels).`);
    }
    options.width = Number(width);
  }
  if (args.options.has('inverted')) options.inverted = true;
  const colors = args.options.get('colors');
  if (colors !== undefined) {
    if (!['python', 'hot', 'mono'].includes(colors)) throw new UserError(`Invalid value '${colors}' for option '--colors'. Expected 'python', 'hot' or 'mono'.`);
    options.colors = colors as FlameGraphOptions['colors'];
  }
  return options;
}

async function forEachLine(input: string, onLine: (line: string) => void): Promise<void> {
  if (input !== '-' && !existsSync(input)) throw new UserError(`Input file '${input}' does not exist.`);
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) onLine(line);
}

async function readFoldedInput(input: string): Promise<FoldedStacks> {
  if (input === '-') return readFoldedStream(process.stdin);
  if (!existsSync(input)) throw new UserError(`Folded file '${input}' does not exist.`);
  return readFoldedFile(input);
}

async function writeLines(lines: string[]): Promise<void> {
  const chunk = 4096;
  for (let index = 0; index < lines.length; index += chunk) {
    const text = `${lines.slice(index, index + chunk).join('\n')}\n`;
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function printOutcome(outcome: Awaited<ReturnType<typeof runProfilePipeline>>): void {
  const files = outcome.files;
  const lines = [
    `verdict: ${outcome.verdict}${outcome.inconclusiveReasons.length > 0 ? ` (${outcome.inconclusiveReasons.join('; ')})` : ''}`,
    `folded:     ${files.folded}`,
    `flamegraph: ${files.flamegraph}`,
    `speedscope: ${files.speedscope}`,
    `report:     ${files.report}`,
  ];
  if (files.diff) lines.push(`diff:       ${files.diff}`);
  if (outcome.comparison) lines.push('', formatComparisonMarkdown(outcome.comparison));
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
    .join('\n')}\n\nRun 'python-perf-gate <command> --help' for a command's options.\n`;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  try {
    const args = parseArgs(name, rest, command.options);
    if (args.help) {
      process.stdout.write(formatHelp(command.usage, command.description, command.options));
      return 0;
    }
    return await command.run(args);
  } catch (error) {
    if (error instanceof UserError || error instanceof SettingsError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
