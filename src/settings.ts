/**
 * The one place that reads what the user configured — Action inputs or CLI options, through the
 * options table — and the GitHub environment, into one typed `Settings`. Nothing else reads
 * INPUT_*, GITHUB_* or RUNNER_* variables.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParsedArgs } from './cli-args.js';
import type { CompareOptions } from './core/compare/index.js';
import type { FoldView } from './core/fold-python.js';
import type { ModeRequest } from './core/profiling-modes.js';
import type { Target } from './core/target.js';
import { capitalize } from './core/capitalize.js';
import { splitShellWords } from './core/shell-words.js';
import { readGitHubContext, type GitHubContext } from './github-context.js';
import { createInputReader, SettingsError, type InputReader, type InputSource } from './input-reader.js';
import { findOption, type CommandName, type OptionName } from './options.js';

export { SettingsError, type InputSource } from './input-reader.js';

export type CompareSettings = Pick<CompareOptions, 'alpha' | 'threshold' | 'minDelta' | 'minShare' | 'timeThreshold'>;

export interface Settings {
  /** Interpreter name or path; undefined → newest CPython ≥ 3.12 found. */
  python?: string;
  target?: Target;
  workingDirectory: string;
  mode: ModeRequest;
  event: string;
  frequency: number;
  repeat: number;
  warmup: number;
  timeoutMinutes: number;
  /** Install the site-packages hook that activates perf support in every descendant Python. */
  activateChildren: boolean;
  /** perf's DWARF stack copy per sample, in bytes (perf-jit and dwarf modes). */
  dwarfStackBytes: number;
  outputDir: string;
  view: FoldView;
  /** Path to a folded file, a previous output directory, or 'artifact'. */
  baseline?: string;
  /** Git ref whose code is profiled in this job from a worktree, interleaved with ours. */
  baselineRef?: string;
  /** Shell command run once in each tree (base, then head) before its runs. */
  prepare?: string;
  failOnRegression: boolean;
  failOnInconclusive: boolean;
  compare: CompareSettings;
  keepPerfData: boolean;
  installPerf: boolean;
  allowSudo: boolean;
  title?: string;
  artifact: { upload: boolean; name: string; retentionDays?: number };
  commentOnPr: boolean;
  githubToken?: string;
  /** The GitHub Actions environment (empty outside Actions). */
  github: GitHubContext;
  /** How later stages name a setting in errors: "input 'x'" (Action) or "option '--x'" (CLI). */
  describe: (name: OptionName) => string;
}

export interface ActionSettingsOptions {
  /** Reads one action input (`core.getInput` from @actions/core, passed in by main.ts so the CLI never loads it). */
  getInput: (input: string) => string;
  env?: NodeJS.ProcessEnv;
}

/** The Action's settings: its inputs (INPUT_* through @actions/core) and the GitHub environment. */
export function readActionSettings(options: ActionSettingsOptions): Settings {
  const github = readGitHubContext(options.env ?? process.env);
  const source: InputSource = {
    get: (name) => {
      const input = findOption(name).input;
      return input ? options.getInput(input) : '';
    },
    describe: (name) => `input '${findOption(name).input ?? name}'`,
    baseDirectory: github.workspace ?? process.cwd(),
  };
  return readSettings(source, github);
}

/** A CLI command's source of raw values: its parsed flags, named as the user typed them. */
export function createCliSource(args: ParsedArgs, options: { command: CommandName }): InputSource & { trailing: string[] } {
  return {
    get: (name) => args.values.get(name) ?? '',
    describe: (name) => `option '--${findOption(name).flag ?? name}'`,
    baseDirectory: process.cwd(),
    trailing: options.command === 'profile' || options.command === 'demo' ? args.rest : [],
  };
}

/** The terminal's settings: a command's flags; the GitHub environment only when run inside Actions. */
export function readCliSettings(args: ParsedArgs, options: { command: CommandName }): Settings {
  return readSettings(createCliSource(args, options), readGitHubContext(process.env));
}

export function readSettings(source: InputSource, github: GitHubContext = readGitHubContext({})): Settings {
  const read = createInputReader(source);
  const workingDirectory = read.path('working-directory');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw read.invalid('working-directory', read.text('working-directory'), `an existing directory; ${workingDirectory} is not one`);
  }
  const settings: Settings = {
    workingDirectory,
    mode: read.choice<ModeRequest>('mode'),
    event: read.event('event'),
    frequency: read.integer('frequency'),
    repeat: read.integer('repeat'),
    warmup: read.integer('warmup'),
    timeoutMinutes: read.number('timeout-minutes'),
    activateChildren: read.boolean('activate-children'),
    dwarfStackBytes: read.integer('dwarf-stack-size'),
    outputDir: read.path('output-dir'),
    view: read.choice<FoldView>('view'),
    failOnRegression: read.boolean('fail-on-regression'),
    failOnInconclusive: read.boolean('fail-on-inconclusive'),
    compare: {
      alpha: read.number('alpha'),
      threshold: read.fraction('threshold'),
      minDelta: read.fraction('min-delta'),
      minShare: read.fraction('min-share'),
      timeThreshold: read.given('time-threshold') ? read.fraction('time-threshold') : null,
    },
    keepPerfData: read.boolean('keep-perf-data'),
    installPerf: read.boolean('install-perf'),
    allowSudo: read.boolean('allow-sudo'),
    artifact: { upload: read.boolean('upload-artifact'), name: read.text('artifact-name') },
    commentOnPr: read.boolean('comment-on-pr'),
    github,
    describe: (name) => source.describe(name),
  };
  const optional = { python: 'python', prepare: 'prepare', title: 'title', githubToken: 'github-token' } as const;
  for (const [field, name] of Object.entries(optional) as [keyof typeof optional, OptionName][]) {
    const value = read.given(name);
    if (value) settings[field] = value;
  }
  const baseline = read.given('baseline');
  if (baseline) settings.baseline = baseline === 'artifact' ? baseline : resolve(source.baseDirectory, baseline);
  const baselineRef = read.given('baseline-ref');
  if (baselineRef) {
    if (baseline) {
      throw new SettingsError(
        `Both ${source.describe('baseline')} ('${baseline}') and ${source.describe('baseline-ref')} ('${baselineRef}') are set. Expected one baseline source: a stored profile, or a git ref to profile in this job.`,
      );
    }
    settings.baselineRef = baselineRef;
  }
  if (read.given('retention-days')) settings.artifact.retentionDays = read.integer('retention-days');
  if (!/^[A-Za-z0-9._-]+$/.test(settings.artifact.name)) {
    throw read.invalid('artifact-name', settings.artifact.name, "letters, digits, '.', '_' or '-'");
  }
  const target = readTarget(source, read, workingDirectory);
  if (target) settings.target = target;
  return settings;
}

function readTarget(source: InputSource, read: InputReader, workingDirectory: string): Target | undefined {
  const script = read.given('script');
  const run = read.given('run');
  if (script && run) {
    throw new SettingsError(
      `Both ${source.describe('script')} ('${script}') and ${source.describe('run')} ('${run}') are set. Expected exactly one: a Python script to run with the checked interpreter, or a shell command.`,
    );
  }
  const args = read.given('args');
  const trailing = source.trailing ?? [];
  if (script) {
    const path = resolve(workingDirectory, script);
    if (!existsSync(path)) {
      throw read.invalid('script', script, `a Python file; ${path} does not exist (relative paths start at the working directory, ${workingDirectory})`);
    }
    return { kind: 'script', script: path, args: trailing.length > 0 ? trailing : splitArgs(args, { describe: () => source.describe('args') }) };
  }
  if (args) throw new SettingsError(`${capitalize(source.describe('args'))} is set but ${source.describe('script')} is not. 'args' are passed to the script.`);
  if (run && trailing.length > 0) throw new SettingsError(`Both ${source.describe('run')} and a command after '--' are given. Expected one of them.`);
  if (run) return { kind: 'run', command: run };
  if (trailing.length > 0) return { kind: 'argv', argv: trailing };
  return undefined;
}

/** Splits `args` as a POSIX shell would (core/shell-words.ts), naming the setting on an error. */
export function splitArgs(text: string, options: { describe: () => string } = { describe: () => "input 'args'" }): string[] {
  const split = splitShellWords(text);
  if ('error' in split) {
    throw new SettingsError(`Invalid value '${text}' for ${options.describe()}: ${split.error}. Expected arguments split like a shell line (quotes group words, nothing is expanded).`);
  }
  return split.words;
}

/** The flamegraph command's options, validated by the table's ranges. */
export interface FlameGraphSettings {
  title?: string;
  subtitle?: string;
  minWidth?: number | string;
  width?: number;
  inverted: boolean;
  colors: 'python' | 'hot' | 'mono';
  diff: boolean;
  shape: 'current' | 'baseline';
}

export function readFlameGraphSettings(source: InputSource): FlameGraphSettings {
  const read = createInputReader(source);
  const settings: FlameGraphSettings = {
    inverted: read.boolean('inverted'),
    colors: read.choice('colors'),
    diff: read.boolean('diff'),
    shape: read.choice('shape'),
  };
  if (read.given('title')) settings.title = read.given('title');
  if (read.given('subtitle')) settings.subtitle = read.given('subtitle');
  if (read.given('width')) settings.width = read.integer('width');
  const minWidth = read.given('minwidth');
  if (minWidth) {
    if (/^\d+(\.\d+)?%$/.test(minWidth)) settings.minWidth = minWidth;
    else if (/^\d+(\.\d+)?$/.test(minWidth)) settings.minWidth = Number(minWidth);
    else throw read.invalid('minwidth', minWidth, "pixels (e.g. 0.1) or a percentage (e.g. '0.5%')");
  }
  return settings;
}

/** The fold command's options. */
export interface FoldSettings {
  view: 'python' | 'mixed' | 'compat';
  workingDirectory: string;
  compat: { pid: boolean; tid: boolean; kernel: boolean; jit: boolean; all: boolean; addrs: boolean; eventFilter?: string };
}

export function readFoldSettings(source: InputSource): FoldSettings {
  const read = createInputReader(source);
  const settings: FoldSettings = {
    view: read.boolean('compat') ? 'compat' : read.choice('fold-view'),
    workingDirectory: read.path('working-directory'),
    compat: {
      pid: read.boolean('pid'),
      tid: read.boolean('tid'),
      kernel: read.boolean('kernel'),
      jit: read.boolean('jit'),
      all: read.boolean('all'),
      addrs: read.boolean('addrs'),
    },
  };
  if (read.given('event-filter')) settings.compat.eventFilter = read.given('event-filter');
  return settings;
}
