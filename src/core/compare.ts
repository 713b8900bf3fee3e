/**
 * Compare stage: decides whether the current profiles regressed against the baseline profiles.
 *
 * The unit of comparison is a function's **share** of a run's samples (weight / run total), so runs
 * on machines of different speed stay comparable. Two shares are tested per function:
 *  - `own`: the time the function causes by itself — `ownPython` for `py::` functions (its own
 *    interpretation plus the native code it calls directly), `self` for native and kernel
 *    functions. This drives the root-cause analysis: a function whose own share grew is a `cause`.
 *  - `inclusive`: time spent in the function and everything beneath it. A function that regressed
 *    only inclusively is a `consequence`; `causedBy` names the causes found beneath it.
 *
 * Tests (one-sided, "share grew" for regressions and "share shrank" for improvements):
 *  - Both sides have ≥ `minRunsForWelch` runs (default 3): Welch's t-test on the per-run shares. It
 *    uses the real run-to-run variation. Mann–Whitney was rejected: with 5 vs 5 runs its smallest
 *    one-sided p is 1/252 ≈ 0.004, which no correction across dozens of functions lets through.
 *  - Otherwise: a two-proportion z-test on the pooled counts with the variance inflated by a
 *    dispersion factor φ (quasi-binomial). φ is estimated from the between-run variation of every
 *    function with enough samples (Pearson χ²/df, `estimateDispersion`) when a side has ≥ 2 runs and
 *    the estimate rests on ≥ `MIN_DISPERSION_DF` degrees of freedom, clamped to ≥ 1; else φ =
 *    `defaultDispersion` (2). Samples of one run are autocorrelated (program phases), so plain
 *    binomial variance (φ = 1) would overstate the evidence.
 * All tested hypotheses (own + inclusive, every function whose share reaches `minShare` on either
 * side) form one family per direction, corrected with Holm (default) or Benjamini–Hochberg.
 *
 * Shares are compositional: when one function gets faster every other share grows. So a growth
 * only counts when it also holds among the samples not attributed to significantly improved
 * functions (and an improvement only when it also holds outside regressed functions); the second
 * test uses the same family size and correction.
 */
import { compareBytes, mergeStacks, type FoldedStacks } from './folded.js';
import { TRUNCATED_FRAME } from './fold-python.js';
import { computeFunctionTable, selectOwnWeight, type FunctionKind, type FunctionTable } from './hotspots.js';
import {
  adjustPValues,
  computeMean,
  computeNormalUpperTail,
  computeStandardDeviation,
  estimateDispersion,
  runTwoProportionZTest,
  runWelchTTest,
  type CorrectionMethod,
  type RunCounts,
} from './stats.js';

// ---------------------------------------------------------------------------------------------
// Input and options
// ---------------------------------------------------------------------------------------------

/** One benchmark run: its profile (Python-aware view, weights = samples) and optional timings. */
export interface RunProfile {
  stacks: FoldedStacks;
  wallSeconds?: number;
  cpuSeconds?: number;
}

/** What was measured and how well; mismatches make a comparison inconclusive. */
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
}

export interface CompareOptions {
  /** Significance level for corrected p-values. Default 0.01. */
  alpha: number;
  /** Minimum relative growth of a share (0.10 = +10%). Default 0.10. */
  threshold: number;
  /** Minimum absolute growth of a share (0.005 = 0.5 percentage points). Default 0.005. */
  minDelta: number;
  /** A function is tested only when its share reaches this on either side. Default 0.01. */
  minShare: number;
  /** Multiple-testing correction. Default 'holm'. */
  correction: CorrectionMethod;
  /** Minimum total samples per side. Default 1000. */
  minSamples: number;
  /** Minimum samples in every run. Default 100. */
  minRunSamples: number;
  /** Runs needed on both sides for Welch's t-test on per-run shares. Default 3. */
  minRunsForWelch: number;
  /** Gate total time: relative growth at or above this (and p < alpha) is a regression. Default null (not gated). */
  timeThreshold: number | null;
  /** Quality floor for `meta.quality.rootedShare`. Default 0.5. */
  minRootedShare: number;
  /** Quality floor for `meta.quality.pythonShare`. Default 0.5. */
  minPythonShare: number;
  /** φ for the pooled test when it cannot be estimated. Default 2. */
  defaultDispersion: number;
}

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  alpha: 0.01,
  threshold: 0.1,
  minDelta: 0.005,
  minShare: 0.01,
  correction: 'holm',
  minSamples: 1000,
  minRunSamples: 100,
  minRunsForWelch: 3,
  timeThreshold: null,
  minRootedShare: 0.5,
  minPythonShare: 0.5,
  defaultDispersion: 2,
});

/** Degrees of freedom the dispersion estimate needs before it replaces the default. */
export const MIN_DISPERSION_DF = 10;

/** Merges partial options over the defaults and validates them. */
export function resolveCompareOptions(partial: Partial<CompareOptions> = {}): CompareOptions {
  const options: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS };
  for (const [key, value] of Object.entries(partial) as [keyof CompareOptions, unknown][]) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  const inUnit = (name: keyof CompareOptions, value: number, open: boolean) => {
    if (!Number.isFinite(value) || value < 0 || value > 1 || (open && (value === 0 || value === 1))) {
      throw new Error(`Invalid compare option ${name}=${value}: expected a number ${open ? 'strictly ' : ''}between 0 and 1.`);
    }
  };
  inUnit('alpha', options.alpha, true);
  inUnit('minShare', options.minShare, false);
  inUnit('minDelta', options.minDelta, false);
  inUnit('minRootedShare', options.minRootedShare, false);
  inUnit('minPythonShare', options.minPythonShare, false);
  const nonNegative: (keyof CompareOptions)[] = ['threshold', 'minSamples', 'minRunSamples'];
  for (const name of nonNegative) {
    const value = options[name] as number;
    if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid compare option ${name}=${value}: expected a non-negative number.`);
  }
  if (!Number.isInteger(options.minRunsForWelch) || options.minRunsForWelch < 2) {
    throw new Error(`Invalid compare option minRunsForWelch=${options.minRunsForWelch}: expected an integer ≥ 2.`);
  }
  if (options.timeThreshold !== null && (!Number.isFinite(options.timeThreshold) || options.timeThreshold < 0)) {
    throw new Error(`Invalid compare option timeThreshold=${options.timeThreshold}: expected a non-negative number or null.`);
  }
  if (!Number.isFinite(options.defaultDispersion) || options.defaultDispersion < 1) {
    throw new Error(`Invalid compare option defaultDispersion=${options.defaultDispersion}: expected a number ≥ 1.`);
  }
  if (options.correction !== 'holm' && options.correction !== 'bh') {
    throw new Error(`Invalid compare option correction=${String(options.correction)}: expected 'holm' or 'bh'.`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Output (the `comparison` key of report.json). Every number is finite; "not available" is null.
// ---------------------------------------------------------------------------------------------

export type Verdict = 'pass' | 'regressed' | 'inconclusive' | 'no-baseline';
export type Decision = 'regressed' | 'improved' | 'unchanged' | 'not-tested';
export type ShareMetric = 'own' | 'inclusive';
export type TestMethod = 'welch' | 'pooled-z';

/** One share (own or inclusive) of one function, baseline vs current. */
export interface MetricComparison {
  metric: ShareMetric;
  /** Mean of per-run shares (Welch) or pooled share Σweight/Σtotal (pooled-z), as a fraction. */
  baselineShare: number;
  currentShare: number;
  /** currentShare − baselineShare (fraction; ×100 for percentage points). */
  deltaShare: number;
  /** deltaShare / baselineShare; null when the baseline share is 0. */
  relativeChange: number | null;
  /** Standard deviation of per-run shares; null with fewer than two runs. */
  baselineSd: number | null;
  currentSd: number | null;
  /** Whether this share was tested (it reaches `minShare` on either side and both sides have runs). */
  tested: boolean;
  method: TestMethod | null;
  /** t (Welch) or z (pooled); null when not tested or undefined. */
  statistic: number | null;
  /** Welch–Satterthwaite df; null for the pooled test. */
  df: number | null;
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
   * For regressions and improvements: `cause` when the own share changed, `consequence` when only
   * the inclusive share did (the change happened beneath it). Null otherwise.
   */
  role: 'cause' | 'consequence' | null;
  /** For consequences: cause functions of the same decision found beneath this one in the current stacks. */
  causedBy: string[];
  /**
   * For native/kernel causes: the Python cause of the same decision that calls it directly (it is
   * the innermost Python frame above at least half of this function's current self samples), so
   * reports can group e.g. `PyFloat_FromDouble` under the Python function that got slower. Else null.
   */
  within: string | null;
  /** Absent from every baseline run. */
  newHotspot: boolean;
  reason: string;
  own: MetricComparison;
  inclusive: MetricComparison;
}

/** A function whose share regressed or improved (one entry per function). */
export interface FunctionChange {
  kind: 'function';
  name: string;
  functionKind: FunctionKind;
  role: 'cause' | 'consequence' | null;
  causedBy: string[];
  within: string | null;
  newHotspot: boolean;
  /** The share the decision rests on. */
  metric: ShareMetric;
  baselineShare: number;
  currentShare: number;
  deltaShare: number;
  relativeChange: number | null;
  p: number | null;
  pAdjusted: number | null;
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

export interface DispersionInfo {
  /** φ used by the pooled test. */
  value: number;
  source: 'estimated' | 'default';
  /** The raw estimate (may be below 1) and its degrees of freedom; null when none could be made. */
  estimate: number | null;
  degreesOfFreedom: number;
}

export interface Comparison {
  schemaVersion: 1;
  verdict: Verdict;
  /** One line for humans. */
  summary: string;
  /** Why the verdict is inconclusive / no-baseline; empty otherwise. */
  reasons: string[];
  options: CompareOptions;
  baseline: SideSummary;
  current: SideSummary;
  method: {
    test: TestMethod | null;
    correction: CorrectionMethod;
    /** Number of hypotheses per direction in the correction family. */
    testedHypotheses: number;
    /** Set when the pooled test is used. */
    dispersion: DispersionInfo | null;
  };
  /** Function causes (largest own growth first), then consequences, then time. */
  regressions: Regression[];
  /** Causes (largest own shrink first), then consequences. Reported, never failed. */
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

export interface CompareInput {
  baseline: RunProfile[];
  current: RunProfile[];
  baselineMeta?: ProfileMeta;
  currentMeta?: ProfileMeta;
  options?: Partial<CompareOptions>;
}

// ---------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------

interface SideData {
  profiles: FoldedStacks[];
  tables: FunctionTable[];
  totals: number[];
}

interface MetricTest {
  baselineShare: number;
  currentShare: number;
  baselineSd: number | null;
  currentSd: number | null;
  statistic: number | null;
  df: number | null;
  pGrow: number;
  pShrink: number;
  pGrowAdjusted: number;
  pShrinkAdjusted: number;
}

interface TestContext {
  method: TestMethod;
  dispersion: number;
  correction: CorrectionMethod;
}

type MetricKey = `${string}\u0000${ShareMetric}`;

/** Compares baseline runs with current runs; see the module comment for the method. */
export function compareProfiles(input: CompareInput): Comparison {
  const options = resolveCompareOptions(input.options);
  const baseline = buildSide(input.baseline.map((run) => run.stacks));
  const current = buildSide(input.current.map((run) => run.stacks));
  const baselineSummary = summarizeSide(input.baseline, baseline, input.baselineMeta);
  const currentSummary = summarizeSide(input.current, current, input.currentMeta);
  const reasons = collectValidityReasons(baselineSummary, currentSummary, options);
  const time = compareTimes(input.baseline, input.current, options);

  // Functions and which of their shares reach the floor.
  const names = new Set<string>();
  for (const table of [...baseline.tables, ...current.tables]) for (const name of table.functions.keys()) names.add(name);
  const kinds = new Map<string, FunctionKind>();
  for (const table of [...baseline.tables, ...current.tables]) for (const fn of table.functions.values()) kinds.set(fn.name, fn.kind);
  const canTest = baseline.tables.length > 0 && current.tables.length > 0 && baselineSummary.samples > 0 && currentSummary.samples > 0;
  const method: TestMethod | null = !canTest
    ? null
    : baseline.tables.length >= options.minRunsForWelch && current.tables.length >= options.minRunsForWelch
      ? 'welch'
      : 'pooled-z';
  const dispersion = method === 'pooled-z' ? chooseDispersion(baseline, current, options) : null;
  const context: TestContext = { method: method ?? 'pooled-z', dispersion: dispersion?.value ?? options.defaultDispersion, correction: options.correction };

  const considered: string[] = [];
  const testedKeys: MetricKey[] = [];
  let omitted = 0;
  for (const name of [...names].sort(compareBytes)) {
    const maxShare = (metric: ShareMetric) =>
      Math.max(describeShares(baseline, name, metric, context.method).share, describeShares(current, name, metric, context.method).share);
    const inclusiveReaches = maxShare('inclusive') >= options.minShare;
    if (!inclusiveReaches) {
      omitted += 1;
      continue;
    }
    considered.push(name);
    if (!canTest) continue;
    testedKeys.push(`${name}\u0000inclusive`);
    if (maxShare('own') >= options.minShare) testedKeys.push(`${name}\u0000own`);
  }

  // Pass 1: plain shares.
  const plain = runFamily(baseline, current, testedKeys, context);
  const firstOutcomes = evaluateOutcomes(plain, options, baseline);
  // Pass 2: growth must survive without the improved functions' samples, and vice versa.
  // Only functions whose own samples per run really moved count as faster/slower here: a share can
  // shrink just because another function grew (a two-function program shows both), and setting
  // aside a function that did not change would explain away the real regression.
  const improvedOwn = confirmCountChange(namesWithOutcome(firstOutcomes, 'improved'), 'shrink', baseline, current, context, options.alpha);
  const regressedOwn = confirmCountChange(namesWithOutcome(firstOutcomes, 'regressed'), 'grow', baseline, current, context, options.alpha);
  const withoutImproved = improvedOwn.size > 0 ? runFamily(excludeAttributed(baseline, improvedOwn), excludeAttributed(current, improvedOwn), testedKeys, context) : null;
  const withoutRegressed = regressedOwn.size > 0 ? runFamily(excludeAttributed(baseline, regressedOwn), excludeAttributed(current, regressedOwn), testedKeys, context) : null;
  const secondForGrowth = withoutImproved ? evaluateOutcomes(withoutImproved, options, baseline) : null;
  const secondForShrink = withoutRegressed ? evaluateOutcomes(withoutRegressed, options, baseline) : null;

  const metricResults = new Map<MetricKey, { outcome: Decision; reason: string }>();
  for (const key of testedKeys) {
    let outcome = firstOutcomes.get(key)!.outcome;
    let reason = firstOutcomes.get(key)!.reason;
    if (outcome === 'regressed' && secondForGrowth && secondForGrowth.get(key)!.outcome !== 'regressed') {
      outcome = 'unchanged';
      reason += `; but not once the samples of faster functions (${formatNameList(improvedOwn)}) are set aside: ${secondForGrowth.get(key)!.reason}`;
    } else if (outcome === 'improved' && secondForShrink && secondForShrink.get(key)!.outcome !== 'improved') {
      outcome = 'unchanged';
      reason += `; but not once the samples of slower functions (${formatNameList(regressedOwn)}) are set aside: ${secondForShrink.get(key)!.reason}`;
    }
    metricResults.set(key, { outcome, reason });
  }

  // Per-function decisions.
  const functions: FunctionComparison[] = considered.map((name) => {
    const kind = kinds.get(name)!;
    const newHotspot = baseline.tables.length > 0 && baseline.tables.every((table) => !table.functions.has(name));
    const metric = (which: ShareMetric): MetricComparison =>
      buildMetricComparison(name, which, baseline, current, plain.get(`${name}\u0000${which}`) ?? null, metricResults.get(`${name}\u0000${which}`) ?? null, context, options, canTest);
    const own = metric('own');
    const inclusive = metric('inclusive');
    let decision: Decision;
    let role: FunctionComparison['role'] = null;
    if (own.outcome === 'regressed') {
      decision = 'regressed';
      role = 'cause';
    } else if (inclusive.outcome === 'regressed') {
      decision = 'regressed';
      role = 'consequence';
    } else if (own.outcome === 'improved' || inclusive.outcome === 'improved') {
      decision = 'improved';
      role = own.outcome === 'improved' ? 'cause' : 'consequence';
    } else if (own.tested || inclusive.tested) {
      decision = 'unchanged';
    } else {
      decision = 'not-tested';
    }
    return { name, kind, decision, role, causedBy: [], within: null, newHotspot, reason: '', own, inclusive };
  });

  attachCauses(functions, current, 'regressed');
  attachCauses(functions, current, 'improved');
  attachOwners(functions, current);
  for (const fn of functions) fn.reason = describeFunctionReason(fn, canTest);

  const byDelta = (metric: (fn: FunctionComparison) => MetricComparison) => (a: FunctionComparison, b: FunctionComparison) =>
    metric(b).deltaShare - metric(a).deltaShare || compareBytes(a.name, b.name);
  const byShrink = (metric: (fn: FunctionComparison) => MetricComparison) => (a: FunctionComparison, b: FunctionComparison) =>
    metric(a).deltaShare - metric(b).deltaShare || compareBytes(a.name, b.name);
  const causes = functions.filter((fn) => fn.decision === 'regressed' && fn.role === 'cause').sort(byDelta((fn) => fn.own));
  const consequences = functions.filter((fn) => fn.decision === 'regressed' && fn.role === 'consequence').sort(byDelta((fn) => fn.inclusive));
  const improvedFunctions = [
    ...functions.filter((fn) => fn.decision === 'improved' && fn.role === 'cause').sort(byShrink((fn) => fn.own)),
    ...functions.filter((fn) => fn.decision === 'improved' && fn.role === 'consequence').sort(byShrink((fn) => fn.inclusive)),
  ];
  const timeRegressions = [time.wall, time.cpu].filter((entry): entry is TimeComparison => entry !== null && entry.regressed);
  const regressions: Regression[] = [
    ...causes.map(toFunctionChange),
    ...consequences.map(toFunctionChange),
    ...timeRegressions.map(toTimeChange),
  ];

  const decisionOrder: Record<Decision, number> = { regressed: 0, improved: 1, unchanged: 2, 'not-tested': 3 };
  // Regressed and improved functions keep their report order (causes first); the rest go by share.
  const reportOrder = new Map([...causes, ...consequences, ...improvedFunctions].map((fn, index) => [fn.name, index]));
  const sortedFunctions = [...functions].sort(
    (a, b) =>
      decisionOrder[a.decision] - decisionOrder[b.decision] ||
      (reportOrder.get(a.name) ?? 0) - (reportOrder.get(b.name) ?? 0) ||
      Math.max(b.inclusive.baselineShare, b.inclusive.currentShare) - Math.max(a.inclusive.baselineShare, a.inclusive.currentShare) ||
      compareBytes(a.name, b.name),
  );

  let verdict: Verdict;
  if (input.baseline.length === 0) {
    verdict = 'no-baseline';
    reasons.unshift('no baseline runs to compare against');
  } else if (reasons.length > 0) {
    verdict = 'inconclusive';
  } else if (regressions.length > 0) {
    verdict = 'regressed';
  } else {
    verdict = 'pass';
  }

  return {
    schemaVersion: 1,
    verdict,
    summary: describeVerdict(verdict, reasons, causes, consequences, timeRegressions, testedKeys.length, options),
    reasons,
    options,
    baseline: baselineSummary,
    current: currentSummary,
    method: { test: method, correction: options.correction, testedHypotheses: testedKeys.length, dispersion },
    regressions,
    improvements: improvedFunctions.map(toFunctionChange),
    functions: sortedFunctions,
    omittedFunctions: omitted,
    time,
  };
}

function buildSide(profiles: FoldedStacks[]): SideData {
  const tables = profiles.map((stacks) => computeFunctionTable(stacks));
  return { profiles, tables, totals: tables.map((table) => table.total) };
}

function selectWeight(table: FunctionTable, name: string, metric: ShareMetric): number {
  const fn = table.functions.get(name);
  if (fn === undefined) return 0;
  return metric === 'own' ? selectOwnWeight(fn) : fn.inclusive;
}

interface ShareDescription {
  share: number;
  sd: number | null;
  perRun: number[];
  count: number;
  total: number;
}

/** The displayed/tested share of one side: mean of per-run shares for Welch, pooled share otherwise. */
function describeShares(side: SideData, name: string, metric: ShareMetric, method: TestMethod): ShareDescription {
  const perRun: number[] = [];
  let count = 0;
  let total = 0;
  side.tables.forEach((table, i) => {
    const weight = selectWeight(table, name, metric);
    const runTotal = side.totals[i]!;
    count += weight;
    total += runTotal;
    perRun.push(runTotal > 0 ? weight / runTotal : 0);
  });
  const share = method === 'welch' ? (perRun.length > 0 ? computeMean(perRun) : 0) : total > 0 ? count / total : 0;
  return { share, sd: finiteOrNull(computeStandardDeviation(perRun)), perRun, count, total };
}

function runFamily(baseline: SideData, current: SideData, keys: MetricKey[], context: TestContext): Map<MetricKey, MetricTest> {
  const results = new Map<MetricKey, MetricTest>();
  for (const key of keys) {
    const [name, metric] = splitKey(key);
    const before = describeShares(baseline, name, metric, context.method);
    const after = describeShares(current, name, metric, context.method);
    let statistic: number;
    let df: number | null = null;
    let pGrow: number;
    let pShrink: number;
    if (context.method === 'welch') {
      const welch = runWelchTTest(after.perRun, before.perRun);
      statistic = welch.t;
      df = finiteOrNull(welch.df);
      pGrow = welch.pGreater;
      pShrink = welch.pLess;
    } else {
      const z = runTwoProportionZTest({ countX: after.count, totalX: after.total, countY: before.count, totalY: before.total, dispersion: context.dispersion });
      statistic = z.z;
      pGrow = z.pGreater;
      pShrink = z.pLess;
    }
    results.set(key, {
      baselineShare: before.share,
      currentShare: after.share,
      baselineSd: before.sd,
      currentSd: after.sd,
      statistic: finiteOrNull(statistic),
      df,
      pGrow: Number.isNaN(pGrow) ? 1 : pGrow,
      pShrink: Number.isNaN(pShrink) ? 1 : pShrink,
      pGrowAdjusted: 1,
      pShrinkAdjusted: 1,
    });
  }
  const ordered = keys.map((key) => results.get(key)!);
  const grow = adjustPValues(ordered.map((test) => test.pGrow), context.correction);
  const shrink = adjustPValues(ordered.map((test) => test.pShrink), context.correction);
  ordered.forEach((test, i) => {
    test.pGrowAdjusted = grow[i]!;
    test.pShrinkAdjusted = shrink[i]!;
  });
  return results;
}

function evaluateOutcomes(tests: Map<MetricKey, MetricTest>, options: CompareOptions, baseline: SideData): Map<MetricKey, { outcome: Decision; reason: string }> {
  const outcomes = new Map<MetricKey, { outcome: Decision; reason: string }>();
  for (const [key, test] of tests) {
    const [name, metric] = splitKey(key);
    const absentInBaseline = baseline.tables.every((table) => !table.functions.has(name));
    outcomes.set(key, judgeMetric(test, metric, absentInBaseline, options));
  }
  return outcomes;
}

function judgeMetric(test: MetricTest, metric: ShareMetric, absentInBaseline: boolean, options: CompareOptions): { outcome: Decision; reason: string } {
  const label = metric === 'own' ? 'own share' : 'inclusive share';
  const delta = test.currentShare - test.baselineShare;
  const relative = test.baselineShare > 0 ? delta / test.baselineShare : null;
  const head = `${label} ${formatShare(test.baselineShare)} → ${formatShare(test.currentShare)} (${formatPoints(delta)}, ${relative === null ? 'new' : formatRelative(relative)})`;
  const correctionName = options.correction === 'holm' ? 'Holm' : 'BH';
  const reachesFloor = Math.max(test.baselineShare, test.currentShare) >= options.minShare;
  if (delta === 0) return { outcome: 'unchanged', reason: `${head}: no change` };
  const growing = delta > 0;
  const p = growing ? test.pGrow : test.pShrink;
  const pAdjusted = growing ? test.pGrowAdjusted : test.pShrinkAdjusted;
  const pText = `p=${formatP(p)} (${correctionName} ${formatP(pAdjusted)})`;
  const failures: string[] = [];
  if (!(pAdjusted < options.alpha)) failures.push(`${pText} ≥ ${options.alpha}`);
  const newHotspot = growing && absentInBaseline;
  if (!newHotspot) {
    if (relative !== null && Math.abs(relative) < options.threshold) {
      failures.push(`relative ${growing ? 'growth' : 'shrink'} ${formatRelative(relative)} below ${formatPercent(options.threshold)}`);
    }
    if (Math.abs(delta) < options.minDelta) failures.push(`${formatPoints(delta)} below ${formatPoints(options.minDelta).replace('+', '')}`);
  }
  if (!reachesFloor) failures.push(`share below ${formatPercent(options.minShare)} in both profiles`);
  if (failures.length === 0) {
    const prefix = newHotspot ? 'new hotspot: ' : '';
    return { outcome: growing ? 'regressed' : 'improved', reason: `${prefix}${head}, ${pText} < ${options.alpha}` };
  }
  return { outcome: 'unchanged', reason: `${head}: ${failures.join(', ')}` };
}

/**
 * Keeps the functions whose own sample count per run moved in `direction`. At a fixed sampling
 * rate a count is CPU time, so for a benchmark doing fixed work it tells a function that really got
 * slower (or faster) from one whose share only moved because another function changed. (For a
 * benchmark that runs for a fixed time, counts follow shares and the two stay indistinguishable.)
 * Welch on per-run counts, or with fewer runs a z-test on the mean count per run with the
 * dispersion allowance; Bonferroni over the candidates.
 */
function confirmCountChange(
  names: Set<string>,
  direction: 'grow' | 'shrink',
  baseline: SideData,
  current: SideData,
  context: TestContext,
  alpha: number,
): Set<string> {
  const confirmed = new Set<string>();
  const level = alpha / Math.max(1, names.size);
  const countsOf = (side: SideData, name: string) =>
    side.tables.map((table) => {
      const fn = table.functions.get(name);
      return fn ? selectOwnWeight(fn) : 0;
    });
  for (const name of names) {
    const before = countsOf(baseline, name);
    const after = countsOf(current, name);
    let p: number;
    if (context.method === 'welch') {
      const welch = runWelchTTest(after, before);
      p = direction === 'grow' ? welch.pGreater : welch.pLess;
    } else {
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      const meanAfter = sum(after) / Math.max(1, after.length);
      const meanBefore = sum(before) / Math.max(1, before.length);
      const variance = context.dispersion * (sum(after) / Math.max(1, after.length) ** 2 + sum(before) / Math.max(1, before.length) ** 2);
      const z = variance > 0 ? (meanAfter - meanBefore) / Math.sqrt(variance) : 0;
      p = computeNormalUpperTail(direction === 'grow' ? z : -z);
    }
    if (Number.isFinite(p) && p < level) confirmed.add(name);
  }
  return confirmed;
}

function namesWithOutcome(outcomes: Map<MetricKey, { outcome: Decision }>, outcome: Decision): Set<string> {
  const result = new Set<string>();
  for (const [key, value] of outcomes) {
    const [name, metric] = splitKey(key);
    if (metric === 'own' && value.outcome === outcome) result.add(name);
  }
  return result;
}

/**
 * Drops the stacks whose samples a function in `names` owns (innermost Python frame for `py::`
 * names, leaf for native ones), keeping run totals consistent with what is left.
 */
function excludeAttributed(side: SideData, names: Set<string>): SideData {
  const profiles = side.profiles.map((stacks) => {
    const kept: FoldedStacks = new Map();
    for (const [stack, weight] of stacks) {
      if (!isAttributedTo(stack, names)) kept.set(stack, weight);
    }
    return kept;
  });
  return buildSide(profiles);
}

/** Whether a stack's samples belong to one of `names` in the `own` sense. */
function isAttributedTo(stack: string, names: Set<string>): boolean {
  const frames = stack.split(';');
  let leaf: string | undefined;
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const frame = frames[i]!;
    if (frame === '' || frame === TRUNCATED_FRAME) continue;
    if (leaf === undefined) {
      leaf = frame;
      if (!frame.startsWith('py::') && names.has(frame)) return true;
    }
    if (frame.startsWith('py::')) return names.has(frame);
  }
  return false;
}

function chooseDispersion(baseline: SideData, current: SideData, options: CompareOptions): DispersionInfo {
  const groups: RunCounts[] = [];
  for (const side of [baseline, current]) {
    if (side.tables.length < 2) continue;
    const names = new Set<string>();
    for (const table of side.tables) for (const name of table.functions.keys()) names.add(name);
    for (const name of names) {
      groups.push({ counts: side.tables.map((table) => selectWeight(table, name, 'own')), totals: side.totals });
    }
  }
  const estimate = estimateDispersion(groups);
  if (estimate.degreesOfFreedom >= MIN_DISPERSION_DF && Number.isFinite(estimate.estimate)) {
    return { value: Math.max(1, estimate.estimate), source: 'estimated', estimate: estimate.estimate, degreesOfFreedom: estimate.degreesOfFreedom };
  }
  return {
    value: options.defaultDispersion,
    source: 'default',
    estimate: finiteOrNull(estimate.estimate),
    degreesOfFreedom: estimate.degreesOfFreedom,
  };
}

function buildMetricComparison(
  name: string,
  metric: ShareMetric,
  baseline: SideData,
  current: SideData,
  test: MetricTest | null,
  result: { outcome: Decision; reason: string } | null,
  context: TestContext,
  options: CompareOptions,
  canTest: boolean,
): MetricComparison {
  const before = describeShares(baseline, name, metric, context.method);
  const after = describeShares(current, name, metric, context.method);
  const delta = after.share - before.share;
  const relative = before.share > 0 ? delta / before.share : null;
  const base = {
    metric,
    baselineShare: before.share,
    currentShare: after.share,
    deltaShare: delta,
    relativeChange: finiteOrNull(relative),
    baselineSd: before.sd,
    currentSd: after.sd,
  };
  if (test === null || result === null) {
    const label = metric === 'own' ? 'own share' : 'inclusive share';
    const why = canTest ? `below ${formatPercent(options.minShare)} in both profiles` : 'nothing to compare against';
    return {
      ...base,
      tested: false,
      method: null,
      statistic: null,
      df: null,
      pGrow: null,
      pShrink: null,
      pGrowAdjusted: null,
      pShrinkAdjusted: null,
      outcome: 'not-tested',
      reason: `${label} ${formatShare(before.share)} → ${formatShare(after.share)}: not tested (${why})`,
    };
  }
  return {
    ...base,
    tested: true,
    method: context.method,
    statistic: test.statistic,
    df: test.df,
    pGrow: finiteOrNull(test.pGrow),
    pShrink: finiteOrNull(test.pShrink),
    pGrowAdjusted: finiteOrNull(test.pGrowAdjusted),
    pShrinkAdjusted: finiteOrNull(test.pShrinkAdjusted),
    outcome: result.outcome,
    reason: result.reason,
  };
}

/**
 * Fills `causedBy` for consequences: causes of the same decision (regressed or improved) that sit
 * beneath them in some current stack.
 */
function attachCauses(functions: FunctionComparison[], current: SideData, decision: Decision): void {
  const group = functions.filter((fn) => fn.decision === decision);
  const consequences = new Map(group.filter((fn) => fn.role === 'consequence').map((fn) => [fn.name, new Set<string>()]));
  const causes = new Map(group.filter((fn) => fn.role === 'cause').map((fn) => [fn.name, Math.abs(fn.own.deltaShare)]));
  if (consequences.size === 0 || causes.size === 0) return;
  for (const stack of mergeStacks(current.profiles).keys()) {
    const frames = stack.split(';');
    let firstConsequence = -1;
    for (let i = 0; i < frames.length; i += 1) {
      if (consequences.has(frames[i]!)) {
        firstConsequence = i;
        break;
      }
    }
    if (firstConsequence < 0) continue;
    // Every consequence seen so far gets every cause deeper in the stack.
    const seenConsequences: string[] = [];
    for (let i = firstConsequence; i < frames.length; i += 1) {
      const frame = frames[i]!;
      if (causes.has(frame)) for (const name of seenConsequences) if (name !== frame) consequences.get(name)!.add(frame);
      if (consequences.has(frame)) seenConsequences.push(frame);
    }
  }
  for (const fn of group) {
    const found = consequences.get(fn.name);
    if (found) fn.causedBy = [...found].sort((a, b) => causes.get(b)! - causes.get(a)! || compareBytes(a, b));
  }
}

/** Fills `within` for native/kernel causes that sit directly under a Python cause of the same decision. */
function attachOwners(functions: FunctionComparison[], current: SideData): void {
  const pythonCauses = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind === 'python').map((fn) => [fn.name, fn.decision]));
  const natives = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind !== 'python').map((fn) => [fn.name, fn]));
  if (pythonCauses.size === 0 || natives.size === 0) return;
  const byOwner = new Map<string, Map<string, number>>();
  const selfWeight = new Map<string, number>();
  for (const [stack, weight] of mergeStacks(current.profiles)) {
    const frames = stack.split(';');
    const leaf = frames[frames.length - 1]!;
    if (!natives.has(leaf)) continue;
    selfWeight.set(leaf, (selfWeight.get(leaf) ?? 0) + weight);
    let owner: string | undefined;
    for (let i = frames.length - 1; i >= 0 && owner === undefined; i -= 1) if (frames[i]!.startsWith('py::')) owner = frames[i];
    if (owner === undefined) continue;
    const owners = byOwner.get(leaf) ?? new Map<string, number>();
    owners.set(owner, (owners.get(owner) ?? 0) + weight);
    byOwner.set(leaf, owners);
  }
  for (const [name, fn] of natives) {
    const owners = [...(byOwner.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0]));
    const top = owners[0];
    if (top && pythonCauses.get(top[0]) === fn.decision && top[1] >= 0.5 * (selfWeight.get(name) ?? 0)) fn.within = top[0];
  }
}

function describeFunctionReason(fn: FunctionComparison, canTest: boolean): string {
  if (!canTest) return `not tested: nothing to compare against; ${fn.own.reason}`;
  switch (fn.decision) {
    case 'regressed':
      if (fn.role === 'cause') return `${fn.own.reason}${fn.within ? `; called directly by ${fn.within}` : ''}`;
      return `${fn.inclusive.reason}; ${fn.own.tested ? fn.own.reason.replace(/^own share/, 'own share did not regress:') : 'own share too small to test'}; ${
        fn.causedBy.length > 0 ? `caused by ${fn.causedBy.join(', ')}` : 'no single cause beneath it reached significance'
      }`;
    case 'improved':
      if (fn.role === 'cause') return `${fn.own.reason}${fn.within ? `; called directly by ${fn.within}` : ''}`;
      return `${fn.inclusive.reason}${fn.causedBy.length > 0 ? `; because of ${fn.causedBy.join(', ')}` : ''}`;
    case 'unchanged':
      return fn.own.tested ? `${fn.own.reason}; ${fn.inclusive.reason}` : fn.inclusive.reason;
    case 'not-tested':
      return fn.inclusive.reason;
  }
}

function decidingMetric(fn: FunctionComparison): MetricComparison {
  if (fn.decision === 'regressed') return fn.role === 'cause' ? fn.own : fn.inclusive;
  if (fn.decision === 'improved') return fn.own.outcome === 'improved' ? fn.own : fn.inclusive;
  return fn.own;
}

function toFunctionChange(fn: FunctionComparison): FunctionChange {
  const metric = decidingMetric(fn);
  const growing = fn.decision === 'regressed';
  return {
    kind: 'function',
    name: fn.name,
    functionKind: fn.kind,
    role: fn.role,
    causedBy: fn.causedBy,
    within: fn.within,
    newHotspot: fn.newHotspot,
    metric: metric.metric,
    baselineShare: metric.baselineShare,
    currentShare: metric.currentShare,
    deltaShare: metric.deltaShare,
    relativeChange: metric.relativeChange,
    p: growing ? metric.pGrow : metric.pShrink,
    pAdjusted: growing ? metric.pGrowAdjusted : metric.pShrinkAdjusted,
    reason: fn.reason,
  };
}

function toTimeChange(entry: TimeComparison): TimeChange {
  return {
    kind: 'time',
    name: entry.name,
    baselineMean: entry.baseline.mean ?? 0,
    currentMean: entry.current.mean ?? 0,
    relativeChange: entry.relativeChange,
    p: entry.pGrow,
    pAdjusted: entry.pGrowAdjusted,
    reason: entry.reason,
  };
}

function summarizeSide(runs: RunProfile[], side: SideData, meta: ProfileMeta | undefined): SideSummary {
  let samples = 0;
  let truncated = 0;
  let python = 0;
  runs.forEach((run, i) => {
    samples += side.totals[i]!;
    truncated += side.tables[i]!.truncated;
    for (const [stack, weight] of run.stacks) if (stack.includes('py::')) python += weight;
  });
  return {
    runs: runs.length,
    samples,
    runSamples: [...side.totals],
    truncatedShare: samples > 0 ? truncated / samples : null,
    pythonShare: samples > 0 ? python / samples : null,
    meta: meta ?? null,
  };
}

function collectValidityReasons(baseline: SideSummary, current: SideSummary, options: CompareOptions): string[] {
  const reasons: string[] = [];
  if (current.runs === 0) reasons.push('no current runs');
  for (const [label, side] of [['baseline', baseline], ['current', current]] as const) {
    if (side.runs === 0) continue;
    if (side.samples < options.minSamples) reasons.push(`too few samples: ${label} has ${side.samples} (< ${options.minSamples})`);
    side.runSamples.forEach((count, i) => {
      if (count < options.minRunSamples) reasons.push(`too few samples: ${label} run ${i + 1} has ${count} (< ${options.minRunSamples})`);
    });
    const quality = side.meta?.quality;
    if (quality?.rootedShare !== undefined && quality.rootedShare < options.minRootedShare) {
      reasons.push(`poor stack quality: ${label} has ${formatShare(quality.rootedShare)} of samples reaching the process root (< ${formatPercent(options.minRootedShare)})`);
    }
    if (quality?.pythonShare !== undefined && quality.pythonShare < options.minPythonShare) {
      reasons.push(`poor stack quality: ${label} has ${formatShare(quality.pythonShare)} of samples with Python frames (< ${formatPercent(options.minPythonShare)})`);
    }
  }
  const before = baseline.meta;
  const after = current.meta;
  if (baseline.runs > 0 && before && after) {
    const minorBefore = extractMinorVersion(before.pythonVersion);
    const minorAfter = extractMinorVersion(after.pythonVersion);
    if (minorBefore !== null && minorAfter !== null && minorBefore !== minorAfter) {
      reasons.push(`different Python versions: baseline Python ${minorBefore}, current ${minorAfter}`);
    }
    if (before.mode !== undefined && after.mode !== undefined && before.mode !== after.mode) {
      reasons.push(`different profiling modes: baseline ${before.mode}, current ${after.mode}`);
    }
    if (before.event !== undefined && after.event !== undefined && before.event !== after.event) {
      reasons.push(`different perf events: baseline ${before.event}, current ${after.event}`);
    }
  }
  return reasons;
}

/** "3.13.0", "CPython 3.13.1+" → "3.13"; null when no version is recognisable. */
export function extractMinorVersion(version: string | undefined): string | null {
  if (version === undefined) return null;
  const match = /(\d+)\.(\d+)/.exec(version);
  return match ? `${match[1]}.${match[2]}` : null;
}

function compareTimes(baselineRuns: RunProfile[], currentRuns: RunProfile[], options: CompareOptions): { wall: TimeComparison | null; cpu: TimeComparison | null } {
  const entries = (['wall', 'cpu'] as const).map((name): TimeComparison | null => {
    const pick = (run: RunProfile) => (name === 'wall' ? run.wallSeconds : run.cpuSeconds);
    const values = (runs: RunProfile[]) => runs.map(pick).filter((value): value is number => value !== undefined && Number.isFinite(value));
    const before = values(baselineRuns);
    const after = values(currentRuns);
    if (before.length === 0 || after.length === 0) return null;
    const side = (list: number[]): TimeSide => ({ runs: list.length, mean: finiteOrNull(computeMean(list)), sd: finiteOrNull(computeStandardDeviation(list)), values: list });
    const meanBefore = computeMean(before);
    const meanAfter = computeMean(after);
    const welch = runWelchTTest(after, before);
    const entry: TimeComparison = {
      name,
      baseline: side(before),
      current: side(after),
      relativeChange: finiteOrNull(meanBefore > 0 ? (meanAfter - meanBefore) / meanBefore : Number.NaN),
      pGrow: finiteOrNull(welch.pGreater),
      pTwoSided: finiteOrNull(welch.pTwoSided),
      pGrowAdjusted: null,
      gated: options.timeThreshold !== null,
      regressed: false,
      reason: '',
    };
    return entry;
  });
  const gated = entries.filter((entry): entry is TimeComparison => entry !== null && entry.gated && entry.pGrow !== null);
  const adjusted = adjustPValues(gated.map((entry) => entry.pGrow!), 'holm');
  gated.forEach((entry, i) => {
    entry.pGrowAdjusted = finiteOrNull(adjusted[i]!);
  });
  for (const entry of entries) {
    if (entry === null) continue;
    const label = entry.name === 'wall' ? 'wall time' : 'CPU time';
    const head = `${label} ${formatSeconds(entry.baseline)} → ${formatSeconds(entry.current)} (${entry.relativeChange === null ? 'n/a' : formatRelative(entry.relativeChange)})`;
    const pText = entry.pGrow === null ? 'p n/a (needs 2 runs per side)' : `p=${formatP(entry.pGrow)}${entry.pGrowAdjusted !== null ? ` (Holm ${formatP(entry.pGrowAdjusted)})` : ''}`;
    if (options.timeThreshold === null) {
      entry.reason = `${head}, ${pText}; not gated (no time threshold)`;
      continue;
    }
    const failures: string[] = [];
    if (entry.relativeChange === null || entry.relativeChange < options.timeThreshold) failures.push(`growth below ${formatPercent(options.timeThreshold)}`);
    if (entry.pGrowAdjusted === null || !(entry.pGrowAdjusted < options.alpha)) failures.push(`not significant at ${options.alpha}`);
    entry.regressed = failures.length === 0;
    entry.reason = entry.regressed ? `${head}, ${pText} < ${options.alpha}` : `${head}, ${pText}: ${failures.join(', ')}`;
  }
  return { wall: entries[0] ?? null, cpu: entries[1] ?? null };
}

function describeVerdict(
  verdict: Verdict,
  reasons: string[],
  causes: FunctionComparison[],
  consequences: FunctionComparison[],
  time: TimeComparison[],
  hypotheses: number,
  options: CompareOptions,
): string {
  switch (verdict) {
    case 'no-baseline':
      return 'no-baseline: no baseline runs to compare against';
    case 'inconclusive':
      return `inconclusive: ${reasons.join('; ')}`;
    case 'pass':
      return `pass: no significant regression (${hypotheses} shares tested, alpha ${options.alpha}, ${options.correction === 'holm' ? 'Holm' : 'Benjamini–Hochberg'})`;
    case 'regressed': {
      const parts: string[] = [];
      if (causes.length > 0) parts.push(`${causes.length} cause${causes.length === 1 ? '' : 's'}`);
      if (consequences.length > 0) parts.push(`${consequences.length} consequence${consequences.length === 1 ? '' : 's'}`);
      if (time.length > 0) parts.push(`total ${time.map((entry) => entry.name).join(' and ')} time`);
      const first = causes[0] ?? consequences[0];
      return `regressed: ${parts.join(', ')}${first ? `; first: ${first.name}` : ''}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers (shared with the Markdown report)
// ---------------------------------------------------------------------------------------------

/** 0.1234 → "12.3%". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** 0.032 → "+3.2 pts". */
export function formatPoints(delta: number): string {
  const points = delta * 100;
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts`;
}

/** 0.26 → "+26%". */
export function formatRelative(relative: number): string {
  const percent = relative * 100;
  const digits = Math.abs(percent) < 10 ? 1 : 0;
  return `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(digits)}%`;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** Two significant digits: 0.00042 → "0.00042", 3.2e-7 → "3.2e-7". */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return 'n/a';
  if (p === 0) return '0';
  return String(Number(p.toPrecision(2)));
}

function formatSeconds(side: TimeSide): string {
  if (side.mean === null) return 'n/a';
  return side.sd === null ? `${side.mean.toFixed(3)} s` : `${side.mean.toFixed(3)} s ± ${side.sd.toFixed(3)}`;
}

function formatNameList(names: Set<string>): string {
  const list = [...names].sort(compareBytes);
  return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

function splitKey(key: MetricKey): [string, ShareMetric] {
  const cut = key.lastIndexOf('\u0000');
  return [key.slice(0, cut), key.slice(cut + 1) as ShareMetric];
}

