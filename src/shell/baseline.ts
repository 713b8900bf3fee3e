/**
 * Loading a baseline: a folded file (one run), or a directory written by a previous run (the
 * output directory, or its downloaded artifact), whose `runs/run-N.folded` files keep the per-run
 * spread and whose report.json says which Python, mode and event made it.
 *
 * A baseline is untrusted input (an artifact was written by another run): sizes are bounded
 * (`baselineLimits`), report.json is type-checked field by field, and anything that does not fit
 * is a `UserError` naming the setting, the file (and where it came from), what was expected and
 * the fix. Nothing is skipped silently: a baseline that cannot be read fully never becomes a pass.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createFoldedParser, type FoldedStacks } from '../core/folded.js';
import { compareRunNames, outputLayout } from '../core/output-layout.js';
import { UserError } from '../errors.js';
import { forEachLineOf } from './line-reader.js';
import type { ProfileMeta, RunProfile } from '../core/compare/index.js';

export interface Baseline {
  /** Where it came from, for messages and the report. */
  source: string;
  /** One profile per run, with the run's wall and CPU time when the source recorded them. */
  runs: RunProfile[];
  meta: ProfileMeta;
}

const MiB = 1024 * 1024;

/**
 * Bounds on what a baseline may hold. python-perf-gate's own files are far smaller (a folded run
 * file is a few MB even for long runs: it holds distinct stacks, not samples; report.json tens of
 * KB), so only a broken or hostile baseline reaches them.
 */
export const baselineLimits = {
  /** One folded file (a `baseline:` file, `profile.folded` or one `runs/run-N.folded`): 256 MiB. */
  foldedFileBytes: 256 * MiB,
  /** All folded files of a directory together: 1 GiB. */
  foldedTotalBytes: 1024 * MiB,
  /** report.json: 16 MiB. */
  reportBytes: 16 * MiB,
  /** `runs/run-N.folded` files in a directory. */
  runFiles: 1000,
} as const;

export interface LoadBaselineOptions {
  /** The setting as the user knows it, e.g. `input 'baseline'` or `option '--baseline'`. */
  describe: string;
  /**
   * Where the path's contents came from when it is not the user's own, e.g. `artifact 1234 from
   * run 5678 on 'main'`; named in every error.
   */
  origin?: string;
}

/** A folded line that does not parse, with the file and line it is on. */
export class FoldedLineError extends Error {
  override name = 'FoldedLineError';
  constructor(
    message: string,
    /** 1-based line number in the whole input. */
    readonly line: number,
    /** The line as read. */
    readonly text: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** Reads folded stacks from a stream (a file, or stdin) without holding the text in memory. */
export async function readFoldedStream(input: NodeJS.ReadableStream, file?: string): Promise<FoldedStacks> {
  const parser = createFoldedParser();
  let line = 0;
  await forEachLineOf(input, (text) => {
    line += 1;
    try {
      parser.pushLine(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new FoldedLineError(file === undefined ? message : `${message} (in ${file})`, line, text, file);
    }
  });
  return parser.finish();
}

/** Reads a folded file as a stream (baselines can be large); a bad line's error names the file and the line. */
export async function readFoldedFile(path: string): Promise<FoldedStacks> {
  const stream = createReadStream(path);
  try {
    return await readFoldedStream(stream, path);
  } finally {
    stream.destroy();
  }
}

/** Loads a baseline from a path (file or directory). Missing path → undefined (first run). */
export async function loadBaselinePath(path: string, options: LoadBaselineOptions): Promise<Baseline | undefined> {
  if (!existsSync(path)) return undefined;
  const invalid = invalidBaseline(path, options);
  if (statSync(path).isFile()) {
    if (/\.zip$/i.test(path)) {
      throw invalid(
        'Zip files are not read directly.',
        `Extract it (unzip -d DIR ${path}) and pass the directory, or use 'baseline: artifact'.`,
      );
    }
    checkFoldedFiles([path], invalid);
    return { source: path, runs: [{ stacks: await readBaselineFolded(path, invalid) }], meta: {} };
  }
  const runsDir = join(path, outputLayout.runsDirectory);
  const runFiles = existsSync(runsDir)
    ? readdirSync(runsDir)
        .filter((name) => /^run-\d+\.folded$/.test(name))
        .sort(compareRunNames)
        .map((name) => join(runsDir, name))
    : [];
  const headline = join(path, outputLayout.folded);
  if (runFiles.length === 0 && !existsSync(headline)) {
    throw invalid(
      `Found neither ${outputLayout.runsDirectory}/run-N.folded nor ${outputLayout.folded} in it.`,
      'Expected a folded-stacks file or a directory written by python-perf-gate; point the setting at one.',
    );
  }
  if (runFiles.length > baselineLimits.runFiles) {
    throw invalid(
      `${runsDir} holds ${runFiles.length.toLocaleString('en-US')} run-N.folded files; a baseline may have at most ${baselineLimits.runFiles.toLocaleString('en-US')}.`,
      'Use a baseline recorded with fewer runs.',
    );
  }
  const reportPath = join(path, outputLayout.report);
  const report = readReport(reportPath, invalid);
  if (runFiles.length === 0) {
    checkFoldedFiles([headline], invalid);
    return { source: path, runs: [{ stacks: await readBaselineFolded(headline, invalid) }], meta: report?.meta ?? {} };
  }
  const times = report?.runTimes;
  if (times && times.length !== runFiles.length) {
    throw invalid(
      `${reportPath} lists ${times.length} runs but ${runsDir} holds ${runFiles.length} run-N.folded files.`,
      'Expected one report entry per run file, as python-perf-gate writes them; use the directory as the run left it.',
    );
  }
  checkFoldedFiles(runFiles, invalid);
  const runs: RunProfile[] = [];
  for (const [index, file] of runFiles.entries()) {
    runs.push({ stacks: await readBaselineFolded(file, invalid), ...times?.[index] });
  }
  return { source: path, runs, meta: report?.meta ?? {} };
}

type Invalid = (problem: string, fix: string) => UserError;

/** `Invalid value '<path>' for <setting> (<origin>). <problem> <fix>` */
function invalidBaseline(path: string, options: LoadBaselineOptions): Invalid {
  const origin = options.origin ? ` (${options.origin})` : '';
  return (problem, fix) => new UserError(`Invalid value '${path}' for ${options.describe}${origin}. ${problem} ${fix}`);
}

/** Before reading any: each folded file is a regular file within the size limit, and all of them within the total. */
function checkFoldedFiles(files: readonly string[], invalid: Invalid): void {
  let total = 0;
  for (const file of files) {
    const stats = statSync(file);
    if (!stats.isFile()) {
      throw invalid(`${file} is not a regular file.`, 'Expected a folded-stacks file; replace it with one.');
    }
    if (stats.size > baselineLimits.foldedFileBytes) {
      throw invalid(
        `${file} is ${formatMiB(stats.size)}; a baseline's folded file may have at most ${formatMiB(baselineLimits.foldedFileBytes)}.`,
        'Expected folded stacks as python-perf-gate writes them (one line per distinct stack); use such a baseline.',
      );
    }
    total += stats.size;
    if (total > baselineLimits.foldedTotalBytes) {
      throw invalid(
        `Its ${files.length} folded files add up to more than ${formatMiB(baselineLimits.foldedTotalBytes)}.`,
        'Use a baseline with fewer or smaller run files.',
      );
    }
  }
}

/** Reads a checked folded file; a line that does not parse names the file and the line. */
async function readBaselineFolded(file: string, invalid: Invalid): Promise<FoldedStacks> {
  try {
    return await readFoldedFile(file);
  } catch (error) {
    if (!(error instanceof FoldedLineError)) throw error;
    throw invalid(
      `${file} line ${error.line} is not a folded-stack line: ${JSON.stringify(error.text.length > 120 ? `${error.text.slice(0, 117)}...` : error.text)}; expected 'frame;frame;… COUNT' with a non-negative number at the end.`,
      'Replace the baseline with one written by python-perf-gate (or by stackcollapse-perf.pl).',
    );
  }
}

interface ReportFields {
  meta: ProfileMeta;
  /** Per run, from `runs[]`; undefined when report.json has no `runs`. */
  runTimes?: { wallSeconds?: number; cpuSeconds?: number }[];
}

/**
 * The parts of a previous report.json a baseline uses (Python version, mode, event, quality, each
 * run's times), type-checked: a field of the wrong type is an error, not ignored. Absent fields
 * stay absent; no report.json → undefined.
 */
function readReport(reportPath: string, invalid: Invalid): ReportFields | undefined {
  if (!existsSync(reportPath)) return undefined;
  const fix = 'Replace the baseline with a directory written by python-perf-gate (its report.json as written).';
  const stats = statSync(reportPath);
  if (!stats.isFile()) throw invalid(`${reportPath} is not a regular file.`, fix);
  if (stats.size > baselineLimits.reportBytes) {
    throw invalid(
      `${reportPath} is ${formatMiB(stats.size)}; a baseline's report.json may have at most ${formatMiB(baselineLimits.reportBytes)}.`,
      fix,
    );
  }
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch (error) {
    throw invalid(`${reportPath} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, fix);
  }
  const wrongType = (field: string, expected: string, value: unknown): UserError =>
    invalid(`${reportPath}: '${field}' is ${describeJson(value)}; expected ${expected}.`, fix);
  if (!isObject(report)) throw wrongType('(top level)', 'an object', report);

  const optionalString = (object: Record<string, unknown>, key: string, field: string): string | undefined => {
    const value = object[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw wrongType(field, 'a string', value);
    return value;
  };
  const optionalNumber = (object: Record<string, unknown>, key: string, field: string, range: [number, number]): number | undefined => {
    const value = object[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < range[0] || value > range[1]) {
      throw wrongType(field, range[1] === Infinity ? `a number ≥ ${range[0]}` : `a number from ${range[0]} to ${range[1]}`, value);
    }
    return value;
  };
  const optionalObject = (object: Record<string, unknown>, key: string, field: string): Record<string, unknown> | undefined => {
    const value = object[key];
    if (value === undefined) return undefined;
    if (!isObject(value)) throw wrongType(field, 'an object', value);
    return value;
  };

  const meta: ProfileMeta = {};
  const python = optionalObject(report, 'python', 'python');
  const version = python && optionalString(python, 'version', 'python.version');
  if (version) meta.pythonVersion = version;
  const mode = optionalString(report, 'mode', 'mode');
  if (mode) meta.mode = mode;
  const event = optionalString(report, 'event', 'event');
  if (event) meta.event = event;
  const machine = optionalObject(report, 'machine', 'machine');
  if (machine) {
    meta.machine = {};
    const cpuModel = optionalString(machine, 'cpuModel', 'machine.cpuModel');
    if (cpuModel) meta.machine.cpuModel = cpuModel;
    const cores = optionalNumber(machine, 'cores', 'machine.cores', [1, 1_000_000]);
    if (cores !== undefined) meta.machine.cores = cores;
    const kernel = optionalString(machine, 'kernel', 'machine.kernel');
    if (kernel) meta.machine.kernel = kernel;
  }
  const quality = optionalObject(report, 'quality', 'quality');
  if (quality) {
    meta.quality = {
      rootedShare: optionalNumber(quality, 'rootedShare', 'quality.rootedShare', [0, 1]),
      pythonShare: optionalNumber(quality, 'pythonShare', 'quality.pythonShare', [0, 1]),
    };
  }

  const fields: ReportFields = { meta };
  if (report.runs !== undefined) {
    if (!Array.isArray(report.runs)) throw wrongType('runs', 'an array', report.runs);
    fields.runTimes = report.runs.map((run: unknown, index) => {
      if (!isObject(run)) throw wrongType(`runs[${index}]`, 'an object', run);
      const times: { wallSeconds?: number; cpuSeconds?: number } = {};
      const wallSeconds = optionalNumber(run, 'wallSeconds', `runs[${index}].wallSeconds`, [0, Infinity]);
      if (wallSeconds !== undefined) times.wallSeconds = wallSeconds;
      const cpuSeconds = optionalNumber(run, 'cpuSeconds', `runs[${index}].cpuSeconds`, [0, Infinity]);
      if (cpuSeconds !== undefined) times.cpuSeconds = cpuSeconds;
      return times;
    });
  }
  return fields;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a string ("12.5")`, `a number (3)`, `null`, `an array`, … for messages. */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)})`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function formatMiB(bytes: number): string {
  const mib = bytes / MiB;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
