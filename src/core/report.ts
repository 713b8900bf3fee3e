/**
 * report.json: the verdict, how the profile was measured, per-run quality, the hotspots and the
 * whole comparison. Stored baselines read it back (shell/baseline.ts) for the Python version, mode,
 * event and each run's times.
 */
import type { Comparison, MachineFacts, Verdict } from './compare/index.js';
import type { FoldedStacks } from './folded.js';
import { computeFunctionTable, rankBySelf } from './hotspots.js';
import type { Readiness } from './readiness.js';
import type { RunQuality } from './run-quality.js';
import type { Target } from './target.js';

/** One recorded run as report.json lists it. */
export interface RunSummary {
  index: number;
  samples: number;
  wallSeconds: number;
  /** CPU time of the profiled processes estimated from samples (samples ÷ frequency). */
  cpuSeconds: number;
  /** Seconds spent turning the recording into folded stacks. */
  processingSeconds: number;
  quality: RunQuality;
  /** Processes of the run (perf's task events). */
  pids: number[];
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  inconclusiveReasons: string[];
  python?: { version: string; executable: string; implementation: string };
  mode?: string;
  event: string;
  frequency: number;
  /** Where it was recorded: a stored baseline from another CPU model makes a comparison inconclusive. */
  machine?: MachineFacts;
  view: string;
  target: Target | undefined;
  runs: RunSummary[];
  quality: RunQuality;
  hotspots: { name: string; selfShare: number; inclusiveShare: number }[];
  comparison?: Comparison;
  baseline?: { source: string; runs: number; pythonVersion?: string; mode?: string; event?: string };
  problems: Readiness['problems'];
  files: Record<string, string | string[]>;
}

/** Functions listed under `hotspots`, by self share. */
const hotspotCount = 20;

export interface ReportInput {
  verdict: Verdict;
  inconclusiveReasons: string[];
  readiness: Readiness;
  measurement: { frequency: number; view: string; target?: Target | undefined; machine?: MachineFacts | undefined };
  runs: RunSummary[];
  quality: RunQuality;
  headline: FoldedStacks;
  comparison?: Comparison | undefined;
  baseline?: { source: string; runs: number; meta: { pythonVersion?: string; mode?: string; event?: string } } | undefined;
  files: Record<string, string | string[]>;
}

export function buildReport(input: ReportInput): Report {
  const table = computeFunctionTable(input.headline);
  const share = (weight: number) => (table.total > 0 ? weight / table.total : 0);
  const report: Report = {
    schemaVersion: 1,
    verdict: input.verdict,
    inconclusiveReasons: input.inconclusiveReasons,
    event: input.readiness.event,
    frequency: input.measurement.frequency,
    machine: input.measurement.machine,
    view: input.measurement.view,
    target: input.measurement.target,
    runs: input.runs,
    quality: input.quality,
    hotspots: rankBySelf(table, hotspotCount).map((fn) => ({ name: fn.name, selfShare: share(fn.self), inclusiveShare: share(fn.inclusive) })),
    problems: input.readiness.problems,
    files: input.files,
  };
  const python = input.readiness.python;
  if (python) report.python = { version: python.version, executable: python.executable, implementation: python.implementation };
  if (input.readiness.mode) report.mode = input.readiness.mode;
  if (input.comparison) report.comparison = input.comparison;
  if (input.baseline) {
    const { meta } = input.baseline;
    report.baseline = { source: input.baseline.source, runs: input.baseline.runs };
    if (meta.pythonVersion) report.baseline.pythonVersion = meta.pythonVersion;
    if (meta.mode) report.baseline.mode = meta.mode;
    if (meta.event) report.baseline.event = meta.event;
  }
  return report;
}
