/**
 * The compare stage's input and output types (the `comparison` key of report.json). Every number
 * in the output is finite; "not available" is null. Shares and time changes are fractions:
 * 0.16 = 16%.
 */
import type { FoldedStacks } from '../folded.js';
import type { FunctionKind } from '../hotspots.js';
import type { CorrectionMethod } from '../stats.js';
import type { CompareOptions } from './options.js';

/** One benchmark run: its profile (Python-aware view, weights = samples) and optional timings. */
export interface RunProfile {
  stacks: FoldedStacks;
  wallSeconds?: number;
  cpuSeconds?: number;
}

/** The machine a side was recorded on. */
export interface MachineFacts {
  /** e.g. "AMD EPYC 7763 64-Core Processor" (/proc/cpuinfo "model name"). */
  cpuModel?: string;
  cores?: number;
  /** e.g. "6.1.0-18-amd64". */
  kernel?: string;
}

/** What was measured, where and how well; mismatches make a comparison inconclusive. */
export interface ProfileMeta {
  /** e.g. "3.13.0"; compared by minor version. */
  pythonVersion?: string;
  /** Profiling mode, e.g. "perf-jit". */
  mode?: string;
  /** perf event, e.g. "cpu-clock". */
  event?: string;
  quality?: {
    /** Share of samples whose stack reaches the process root. */
    rootedShare?: number;
    /** Share of samples with at least one Python frame. */
    pythonShare?: number;
  };
  machine?: MachineFacts;
}

export interface CompareInput {
  baseline: RunProfile[];
  current: RunProfile[];
  baselineMeta?: ProfileMeta;
  currentMeta?: ProfileMeta;
  options?: Partial<CompareOptions>;
}

export type Verdict = 'pass' | 'regressed' | 'inconclusive' | 'no-baseline';
export type Decision = 'regressed' | 'improved' | 'unchanged' | 'not-tested';
/** `own`: the time a function causes itself; `inclusive`: it and everything beneath it. */
export type TimeMetric = 'own' | 'inclusive';
export type Role = 'cause' | 'consequence';

/** A 95% interval of a relative time change (fractions: −0.05 … +0.12). */
export interface Interval {
  low: number;
  high: number;
}

/** One time (own or inclusive) of one function, baseline vs current. */
export interface MetricComparison {
  metric: TimeMetric;
  /** Pooled share of samples, Σ weight / Σ total over the runs of a side. */
  baselineShare: number;
  currentShare: number;
  /** currentShare − baselineShare (×100 for percentage points). */
  shareChange: number;
  /**
   * The factor by which the function's time changed relative to the reference, minus 1: the ratio
   * of its odds (its samples ÷ the reference's samples), current over baseline. +0.16 = 16% slower.
   * Null when the function has no samples on one side (a new hotspot, or gone).
   */
  timeChange: number | null;
  /** 95% interval of timeChange (Student t with the moderated degrees of freedom). */
  interval95: Interval | null;
  /**
   * Functions whose samples were left out of the reference (the rest of the program) for this
   * estimate: those that really got faster (for growth) or slower (for shrinkage). Empty: the
   * reference is everything outside the function.
   */
  referenceExcludes: string[];
  /** Whether this time is in the family of tested hypotheses. */
  tested: boolean;
  /** t statistic of the log odds ratio; null when not tested. */
  statistic: number | null;
  /** Degrees of freedom of t: the function's own (runs − 1 per side) plus the prior's; null = ∞ (normal). */
  degreesOfFreedom: number | null;
  /** Dispersion φ used (variance ÷ binomial variance), after moderation; null when not tested. */
  dispersion: number | null;
  /** One-sided p for growth / shrinkage, raw and corrected across the family. */
  pGrow: number | null;
  pShrink: number | null;
  pGrowAdjusted: number | null;
  pShrinkAdjusted: number | null;
  outcome: Decision;
  /** Human explanation of the outcome. */
  reason: string;
}

export interface FunctionComparison {
  name: string;
  kind: FunctionKind;
  decision: Decision;
  /**
   * For regressions and improvements: `cause` when the own time changed, `consequence` when only
   * the inclusive time did (the change happened beneath it). Null otherwise.
   */
  role: Role | null;
  /** For consequences: causes of the same decision found beneath this one in the current stacks. */
  causedBy: string[];
  /**
   * For native/kernel causes: the Python cause of the same decision that calls it directly (the
   * innermost Python frame above at least half of its current self samples). Else null.
   */
  within: string | null;
  /** Absent from every baseline run. */
  newHotspot: boolean;
  reason: string;
  own: MetricComparison;
  inclusive: MetricComparison;
}

/** A function whose time regressed or improved (one entry per function). */
export interface FunctionChange {
  kind: 'function';
  name: string;
  functionKind: FunctionKind;
  role: Role;
  causedBy: string[];
  within: string | null;
  newHotspot: boolean;
  /** The time the decision rests on: own for causes, inclusive for consequences. */
  metric: TimeMetric;
  /** That time's change relative to the rest of the program (see MetricComparison.timeChange). */
  timeChange: number | null;
  interval95: Interval | null;
  baselineShare: number;
  currentShare: number;
  shareChange: number;
  referenceExcludes: string[];
  p: number | null;
  pAdjusted: number | null;
  /** e.g. "own time +16% (95% interval +9% … +23%), share 42.5% → 46.1%": for summaries and annotations. */
  headline: string;
  /** The full explanation, with the test. */
  reason: string;
}

/** A total-time regression (only when `timeThreshold` is set). */
export interface TimeChange {
  kind: 'time';
  name: 'wall' | 'cpu';
  baselineMean: number;
  currentMean: number;
  relativeChange: number | null;
  p: number | null;
  pAdjusted: number | null;
  headline: string;
  reason: string;
}

export type Regression = FunctionChange | TimeChange;

export interface TimeSide {
  runs: number;
  mean: number | null;
  sd: number | null;
  values: number[];
}

export interface TimeComparison {
  name: 'wall' | 'cpu';
  baseline: TimeSide;
  current: TimeSide;
  relativeChange: number | null;
  /** Welch one-sided p that time grew (needs two runs per side), and two-sided. */
  pGrow: number | null;
  pTwoSided: number | null;
  /** Holm-corrected pGrow across the gated time metrics. */
  pGrowAdjusted: number | null;
  gated: boolean;
  regressed: boolean;
  reason: string;
}

export interface SideSummary {
  runs: number;
  /** Total samples over all runs. */
  samples: number;
  runSamples: number[];
  /** Share of samples in stacks cut before the process root (`[truncated]`), computed from the stacks. */
  truncatedShare: number | null;
  /** Share of samples with a `py::` frame, computed from the stacks. */
  pythonShare: number | null;
  meta: ProfileMeta | null;
}

/** The run-to-run dispersion model (see statistics.ts). */
export interface DispersionModel {
  /** Prior dispersion φ₀ shared by every function (variance ÷ binomial variance). */
  prior: number;
  /** Prior degrees of freedom d₀; null = ∞ (every function gets φ₀). */
  priorDegreesOfFreedom: number | null;
  /** `estimated` from the between-run variation of `functions` functions, or the `default`. */
  source: 'estimated' | 'default';
  functions: number;
  /** Σ (runs − 1) over those functions and both sides. */
  degreesOfFreedom: number;
}

export interface Comparison {
  schemaVersion: 2;
  verdict: Verdict;
  /** One line for humans. */
  summary: string;
  /** Why the verdict is inconclusive / no-baseline; empty otherwise. */
  reasons: string[];
  options: CompareOptions;
  baseline: SideSummary;
  current: SideSummary;
  method: {
    /** Always 'moderated-quasi-binomial' (statistics.ts). */
    test: 'moderated-quasi-binomial' | null;
    correction: CorrectionMethod;
    /** Hypotheses per direction in the correction family: own times, then inclusive times. */
    testedHypotheses: number;
    ownHypotheses: number;
    inclusiveHypotheses: number;
    dispersion: DispersionModel | null;
  };
  /** Function causes (largest added time first), then consequences, then total time. */
  regressions: Regression[];
  /** Causes (largest removed time first), then consequences. Reported, never failed. */
  improvements: FunctionChange[];
  /**
   * Every function whose inclusive share reaches `minShare` on either side: regressed (report
   * order), improved (report order), unchanged and not-tested (largest inclusive share first).
   */
  functions: FunctionComparison[];
  /** Functions below `minShare` on both sides, left out of `functions`. */
  omittedFunctions: number;
  time: { wall: TimeComparison | null; cpu: TimeComparison | null };
}
