/**
 * Loading a baseline: a folded file (one run), or a directory written by a previous run (the
 * output directory, or its downloaded artifact), whose `runs/run-N.folded` files keep the per-run
 * spread and whose report.json says which Python, mode and event made it.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createFoldedParser, type FoldedStacks } from '../core/folded.js';
import { compareRunNames, outputLayout } from '../core/output-layout.js';
import { UserError } from '../errors.js';
import type { ProfileMeta, RunProfile } from '../core/compare.js';

export interface Baseline {
  /** Where it came from, for messages and the report. */
  source: string;
  /** One profile per run, with the run's wall and CPU time when the source recorded them. */
  runs: RunProfile[];
  meta: ProfileMeta;
}

/** Reads folded stacks from a stream (a file, or stdin) without holding the text in memory. */
export async function readFoldedStream(input: NodeJS.ReadableStream): Promise<FoldedStacks> {
  const parser = createFoldedParser();
  for await (const line of createInterface({ input, crlfDelay: Infinity })) parser.pushLine(line);
  return parser.finish();
}

/** Reads a folded file as a stream (baselines can be large). */
export function readFoldedFile(path: string): Promise<FoldedStacks> {
  return readFoldedStream(createReadStream(path));
}

/** Loads a baseline from a path (file or directory). Missing path → undefined (first run). */
export async function loadBaselinePath(path: string, options: { describe: string }): Promise<Baseline | undefined> {
  const describeInput = options.describe;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isFile()) {
    if (/\.zip$/i.test(path)) {
      throw new UserError(
        `Invalid value '${path}' for ${describeInput}. Zip files are not read directly; extract it (unzip -d DIR ${path}) and pass the directory, or use 'baseline: artifact'.`,
      );
    }
    return { source: path, runs: [{ stacks: await readFoldedFile(path) }], meta: {} };
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
    throw new UserError(
      `Invalid value '${path}' for ${describeInput}. Expected a folded-stacks file or a directory written by python-perf-gate (with ${outputLayout.runsDirectory}/run-N.folded or ${outputLayout.folded}); found neither.`,
    );
  }
  const reportPath = join(path, outputLayout.report);
  if (runFiles.length === 0) return { source: path, runs: [{ stacks: await readFoldedFile(headline) }], meta: readMeta(reportPath) };
  const times = readRunTimes(reportPath, runFiles.length);
  const runs = await Promise.all(runFiles.map(async (file, index) => ({ stacks: await readFoldedFile(file), ...times[index] })));
  return { source: path, runs, meta: readMeta(reportPath) };
}

/**
 * Wall and CPU seconds of each run from a previous report.json, so total time can be compared too.
 * Only used when the report lists exactly the runs found on disk.
 */
function readRunTimes(reportPath: string, count: number): { wallSeconds?: number; cpuSeconds?: number }[] {
  const none = Array.from({ length: count }, () => ({}));
  if (!existsSync(reportPath)) return none;
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { runs?: { wallSeconds?: unknown; cpuSeconds?: unknown }[] };
    if (!Array.isArray(report.runs) || report.runs.length !== count) return none;
    return report.runs.map((run) => {
      const times: { wallSeconds?: number; cpuSeconds?: number } = {};
      if (typeof run.wallSeconds === 'number' && Number.isFinite(run.wallSeconds)) times.wallSeconds = run.wallSeconds;
      if (typeof run.cpuSeconds === 'number' && Number.isFinite(run.cpuSeconds)) times.cpuSeconds = run.cpuSeconds;
      return times;
    });
  } catch {
    return none;
  }
}

function readMeta(reportPath: string): ProfileMeta {
  if (!existsSync(reportPath)) return {};
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
      python?: { version?: string };
      mode?: string;
      event?: string;
      quality?: { rootedShare?: number; pythonShare?: number };
    };
    const meta: ProfileMeta = {};
    if (report.python?.version) meta.pythonVersion = report.python.version;
    if (report.mode) meta.mode = report.mode;
    if (report.event) meta.event = report.event;
    if (report.quality) meta.quality = { rootedShare: report.quality.rootedShare, pythonShare: report.quality.pythonShare };
    return meta;
  } catch {
    return {};
  }
}
