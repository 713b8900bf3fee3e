/**
 * The one place that reads inputs — Action inputs or CLI options — and validates them into one
 * typed `Settings`. Every invalid value is reported as
 * "Invalid value 'x' for input 'frequency'. Expected an integer 1–20000." (or "option '--frequency'"
 * on the command line), so the user knows what to change.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ModeRequest } from './core/profiling-modes.js';
import type { Target } from './shell/recorder.js';
import { capitalize } from './core/capitalize.js';

export type FoldView = 'python' | 'mixed';

export interface CompareSettings {
  /** Significance level after multiple-testing correction. */
  alpha: number;
  /** Minimum relative growth of a function's share (0.10 = 10%). */
  threshold: number;
  /** Minimum absolute growth of a share (0.005 = 0.5 percentage points). */
  minDelta: number;
  /** A function must hold at least this share in either profile (0.01 = 1%). */
  minShare: number;
  /** Gate the benchmark's total time when set (0.10 = fail when 10% slower and significant). */
  timeThreshold?: number;
}

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
  /** How later stages name a setting in errors: "input 'x'" (Action) or "option '--x'" (CLI). */
  describeInput: (name: string) => string;
}

/** Documented defaults, in one place (action.yml repeats them for the marketplace page). */
export const defaults = {
  workingDirectory: '.',
  mode: 'auto',
  event: 'cpu-clock',
  frequency: 999,
  repeat: 5,
  warmup: 0,
  timeoutMinutes: 30,
  outputDir: 'python-perf-gate-out',
  view: 'python',
  failOnRegression: true,
  failOnInconclusive: false,
  alpha: 0.01,
  thresholdPercent: 10,
  minDeltaPoints: 0.5,
  minSharePercent: 1,
  artifactName: 'python-perf-gate',
} as const;

/** Where raw values come from: Action inputs or CLI options, named as the user knows them. */
export interface InputSource {
  /** The raw value, or '' when not given. */
  get(name: string): string;
  /** How to name the input in an error: "input 'frequency'" or "option '--frequency'". */
  describe(name: string): string;
  /** Directory relative paths are resolved against (the workspace, or the current directory). */
  baseDirectory: string;
  /** CLI only: the words after `--` — the script's arguments, or the command itself. */
  trailing?: string[];
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export function readSettings(source: InputSource): Settings {
  const read = createReader(source);
  const workingDirectory = read.path('working-directory', defaults.workingDirectory);
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new SettingsError(`Invalid value '${source.get('working-directory') || defaults.workingDirectory}' for ${source.describe('working-directory')}. Expected an existing directory; ${workingDirectory} is not one.`);
  }
  const settings: Settings = {
    workingDirectory,
    mode: read.choice('mode', ['auto', 'fp', 'perf-jit', 'dwarf'] as const, defaults.mode),
    event: read.event('event', defaults.event),
    frequency: read.integer('frequency', { min: 1, max: 20000, fallback: defaults.frequency }),
    repeat: read.integer('repeat', { min: 1, max: 100, fallback: defaults.repeat }),
    warmup: read.integer('warmup', { min: 0, max: 20, fallback: defaults.warmup }),
    timeoutMinutes: read.number('timeout-minutes', { min: 0.01, max: 360, fallback: defaults.timeoutMinutes }),
    outputDir: read.path('output-dir', defaults.outputDir),
    view: read.choice('view', ['python', 'mixed'] as const, defaults.view),
    failOnRegression: read.boolean('fail-on-regression', defaults.failOnRegression),
    failOnInconclusive: read.boolean('fail-on-inconclusive', defaults.failOnInconclusive),
    compare: {
      alpha: read.number('alpha', { min: 1e-9, max: 0.5, fallback: defaults.alpha }),
      threshold: read.percent('threshold', { fallback: defaults.thresholdPercent, max: 1000 }) ,
      minDelta: read.number('min-delta', { min: 0, max: 100, fallback: defaults.minDeltaPoints, expected: 'percentage points, e.g. 0.5' }) / 100,
      minShare: read.percent('min-share', { fallback: defaults.minSharePercent, max: 100 }),
    },
    keepPerfData: read.boolean('keep-perf-data', false),
    installPerf: read.boolean('install-perf', false),
    allowSudo: read.boolean('allow-sudo', false),
    artifact: {
      upload: read.boolean('upload-artifact', true),
      name: read.text('artifact-name') || defaults.artifactName,
    },
    commentOnPr: read.boolean('comment-on-pr', false),
    describeInput: (name) => source.describe(name),
  };
  const python = read.text('python');
  if (python) settings.python = python;
  const baseline = read.text('baseline');
  if (baseline) settings.baseline = baseline === 'artifact' ? baseline : resolve(source.baseDirectory, baseline);
  const baselineRef = read.text('baseline-ref');
  if (baselineRef) {
    if (baseline) {
      throw new SettingsError(
        `Both ${source.describe('baseline')} ('${baseline}') and ${source.describe('baseline-ref')} ('${baselineRef}') are set. Expected one baseline source: a stored profile, or a git ref to profile in this job.`,
      );
    }
    settings.baselineRef = baselineRef;
  }
  const prepare = read.text('prepare');
  if (prepare) settings.prepare = prepare;
  const timeThreshold = read.text('time-threshold');
  if (timeThreshold) settings.compare.timeThreshold = read.percent('time-threshold', { fallback: 0, max: 1000 });
  const retention = read.text('retention-days');
  if (retention) settings.artifact.retentionDays = read.integer('retention-days', { min: 1, max: 90, fallback: 0 });
  const title = read.text('title');
  if (title) settings.title = title;
  const token = read.text('github-token');
  if (token) settings.githubToken = token;
  if (!/^[A-Za-z0-9._-]+$/.test(settings.artifact.name)) {
    throw new SettingsError(
      `Invalid value '${settings.artifact.name}' for ${source.describe('artifact-name')}. Expected letters, digits, '.', '_' or '-'.`,
    );
  }
  const target = readTarget(source, read, workingDirectory);
  if (target) settings.target = target;
  return settings;
}

function readTarget(source: InputSource, read: ReturnType<typeof createReader>, workingDirectory: string): Target | undefined {
  const script = read.text('script');
  const run = read.text('run');
  if (script && run) {
    throw new SettingsError(
      `Both ${source.describe('script')} ('${script}') and ${source.describe('run')} ('${run}') are set. Expected exactly one: a Python script to run with the checked interpreter, or a shell command.`,
    );
  }
  const args = read.text('args');
  const trailing = source.trailing ?? [];
  if (script) {
    const path = resolve(workingDirectory, script);
    if (!existsSync(path)) {
      throw new SettingsError(`Invalid value '${script}' for ${source.describe('script')}. Expected a Python file; ${path} does not exist (relative paths start at the working directory, ${workingDirectory}).`);
    }
    return { kind: 'script', script: path, args: trailing.length > 0 ? trailing : splitArgs(args, source) };
  }
  if (args) throw new SettingsError(`${capitalize(source.describe('args'))} is set but ${source.describe('script')} is not. 'args' are passed to the script.`);
  if (run && trailing.length > 0) throw new SettingsError(`Both ${source.describe('run')} and a command after '--' are given. Expected one of them.`);
  if (run) return { kind: 'run', command: run };
  if (trailing.length > 0) return { kind: 'argv', argv: trailing };
  return undefined;
}

/**
 * Splits `args` like a shell would split words, without running a shell: whitespace separates,
 * single and double quotes group, backslash escapes. Newline-separated lists also work.
 */
export function splitArgs(text: string, source?: InputSource): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && index + 1 < text.length) current += text[++index];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\' && index + 1 < text.length) {
      current += text[++index];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (quote) {
    throw new SettingsError(
      `Invalid value '${text}' for ${source?.describe('args') ?? "input 'args'"}. A ${quote === '"' ? 'double' : 'single'} quote is not closed.`,
    );
  }
  if (inWord) words.push(current);
  return words;
}

function createReader(source: InputSource) {
  const invalid = (name: string, value: string, expected: string) =>
    new SettingsError(`Invalid value '${value}' for ${source.describe(name)}. Expected ${expected}.`);
  const text = (name: string) => source.get(name).trim();
  return {
    text,
    path(name: string, fallback: string): string {
      const value = text(name) || fallback;
      return isAbsolute(value) ? value : resolve(source.baseDirectory, value);
    },
    integer(name: string, options: { min: number; max: number; fallback: number }): number {
      const value = text(name);
      if (value === '') return options.fallback;
      const parsed = Number(value);
      if (!/^\d+$/.test(value) || parsed < options.min || parsed > options.max) {
        throw invalid(name, value, `an integer ${options.min}–${options.max}`);
      }
      return parsed;
    },
    number(name: string, options: { min: number; max: number; fallback: number; expected?: string }): number {
      const value = text(name);
      if (value === '') return options.fallback;
      const parsed = Number(value);
      if (!/^[0-9.eE+-]+$/.test(value) || !Number.isFinite(parsed) || parsed < options.min || parsed > options.max) {
        throw invalid(name, value, options.expected ? `${options.expected} (${options.min}–${options.max})` : `a number ${options.min}–${options.max}`);
      }
      return parsed;
    },
    /** '10%' or '10' → 0.10. */
    percent(name: string, options: { fallback: number; max: number }): number {
      const value = text(name);
      if (value === '') return options.fallback / 100;
      const parsed = Number(value.replace(/%$/, ''));
      if (!/^[0-9.]+%?$/.test(value) || !Number.isFinite(parsed) || parsed < 0 || parsed > options.max) {
        throw invalid(name, value, `a percentage 0–${options.max}, e.g. '10%' or '10'`);
      }
      return parsed / 100;
    },
    boolean(name: string, fallback: boolean): boolean {
      const value = text(name).toLowerCase();
      if (value === '') return fallback;
      if (['true', 'yes', '1', 'on'].includes(value)) return true;
      if (['false', 'no', '0', 'off'].includes(value)) return false;
      throw invalid(name, text(name), "'true' or 'false'");
    },
    choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = text(name);
      if (value === '') return fallback;
      if (!(allowed as readonly string[]).includes(value)) throw invalid(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
      return value as T;
    },
    event(name: string, fallback: string): string {
      const value = text(name);
      if (value === '') return fallback;
      if (!/^[A-Za-z0-9_.:/=-]+$/.test(value)) throw invalid(name, value, "a perf event name such as 'cpu-clock' or 'cycles'");
      return value;
    },
  };
}
