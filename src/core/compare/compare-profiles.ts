/**
 * Compare stage: decides whether the current profiles regressed against the baseline profiles.
 *
 * Each function's own time (what it causes itself: `ownPython` for `py::` functions — its own
 * interpretation plus the native code it calls directly — `self` for native and kernel functions)
 * and inclusive time (it and everything beneath it) is compared as the factor by which it changed
 * relative to the rest of the program, with a 95% interval (statistics.ts: a quasi-binomial
 * log odds ratio whose run-to-run dispersion is moderated across functions). family.ts says which
 * times are tested and how each is judged; guard.ts keeps a faster function from making the
 * others regress; attribution.ts names the causes beneath each consequence; validity.ts says when
 * the data cannot support a verdict; time.ts compares total wall and CPU time.
 */
import { compareBytes } from '../folded.js';
import type { FunctionKind } from '../hotspots.js';
import { attachCauses, attachOwners } from './attribution.js';
import { buildHypothesisKey, judgeHypothesis, measureUntested, planHypotheses, runFamily, type HypothesisPlan, type HypothesisResult, type Sides } from './family.js';
import { guardComposition, type GuardedFamilies } from './guard.js';
import { resolveCompareOptions, type CompareOptions } from './options.js';
import type { CompareInput, Comparison, Decision, FunctionChange, FunctionComparison, MetricComparison, Regression, TimeComparison, TimeMetric, Verdict } from './model.js';
import { buildSideSamples, computePooledShare, selectRunCounts } from './samples.js';
import { describeDispersionPrior, fitDispersionPrior, measureOdds, type DispersionPrior } from './statistics.js';
import { compareTimes, buildTimeChange } from './time.js';
import { collectValidityReasons, summarizeSide } from './validity.js';
import { describeCorrection, describeTimeChange, describeUnresolved, keepFinite, formatLimit } from './wording.js';

/** Compares baseline runs with current runs; see the module comment for the method. */
export function compareProfiles(input: CompareInput): Comparison {
  const options = resolveCompareOptions(input.options);
  const sides: Sides = { baseline: buildSideSamples(input.baseline.map((run) => run.stacks)), current: buildSideSamples(input.current.map((run) => run.stacks)) };
  const summaries = { baseline: summarizeSide(input.baseline, sides.baseline, input.baselineMeta), current: summarizeSide(input.current, sides.current, input.currentMeta) };
  const reasons = collectValidityReasons(summaries, options);
  const time = compareTimes({ baseline: input.baseline, current: input.current }, options);
  const testable = input.baseline.length > 0 && input.current.length > 0 && summaries.baseline.samples > 0 && summaries.current.samples > 0;
  const plan = planHypotheses(sides, { minShare: options.minShare, testable });
  const prior = fitPrior(sides, plan, options);
  const plain = runFamily(sides, { hypotheses: plan.hypotheses, prior, correction: options.correction, alpha: options.alpha });
  const guarded = guardComposition(sides, { plan, prior, plain, options });
  const tested = new Set(plan.hypotheses.map(buildHypothesisKey));

  const functions = plan.considered.map((name): FunctionComparison => {
    const newHotspot = input.baseline.length > 0 && sides.baseline.tables.every((table) => !table.functions.has(name));
    const context = { sides, prior, guarded, options, tested, newHotspot, testable };
    const own = buildMetric(name, 'own', context);
    const inclusive = buildMetric(name, 'inclusive', context);
    const { decision, role } = decideFunction(own, inclusive);
    return { name, kind: selectKind(sides, name), decision, role, causedBy: [], within: null, newHotspot, reason: '', own, inclusive };
  });
  attachCauses(functions, sides.current, 'regressed');
  attachCauses(functions, sides.current, 'improved');
  attachOwners(functions, sides.current);
  for (const fn of functions) fn.reason = describeFunctionReason(fn, testable);

  const ordered = orderFunctions(functions);
  const timeRegressions = [time.wall, time.cpu].filter((entry): entry is TimeComparison => entry !== null && entry.regressed);
  const regressions: Regression[] = [...ordered.causes.map(buildFunctionChange), ...ordered.consequences.map(buildFunctionChange), ...timeRegressions.map(buildTimeChange)];

  let verdict: Verdict;
  if (input.baseline.length === 0) {
    verdict = 'no-baseline';
    reasons.unshift('no baseline runs to compare against');
  } else if (reasons.length > 0) verdict = 'inconclusive';
  else verdict = regressions.length > 0 ? 'regressed' : 'pass';

  const ownHypotheses = plan.hypotheses.filter((hypothesis) => hypothesis.metric === 'own').length;
  return {
    schemaVersion: 2,
    verdict,
    summary: describeVerdict(verdict, { reasons, regressions, testedHypotheses: plan.hypotheses.length, options, unresolved: listUnresolved(ordered.all, options) }),
    reasons,
    options,
    baseline: summaries.baseline,
    current: summaries.current,
    method: {
      test: testable ? 'moderated-quasi-binomial' : null,
      correction: options.correction,
      testedHypotheses: plan.hypotheses.length,
      ownHypotheses,
      inclusiveHypotheses: plan.hypotheses.length - ownHypotheses,
      dispersion: testable ? describeDispersionPrior(prior) : null,
    },
    regressions,
    improvements: ordered.improvements.map(buildFunctionChange),
    functions: ordered.all,
    omittedFunctions: plan.omitted,
    time,
  };
}

/** The prior, fitted over the own times in the family (measured on the whole profiles). */
function fitPrior(sides: Sides, plan: HypothesisPlan, options: CompareOptions): DispersionPrior {
  const measurements = plan.hypotheses
    .filter((hypothesis) => hypothesis.metric === 'own')
    .map((hypothesis) =>
      measureOdds({ baseline: selectRunCounts(sides.baseline, hypothesis.name, 'own'), current: selectRunCounts(sides.current, hypothesis.name, 'own') }),
    );
  return fitDispersionPrior(measurements, { defaultDispersion: options.defaultDispersion });
}

function selectKind(sides: Sides, name: string): FunctionKind {
  for (const table of [...sides.baseline.tables, ...sides.current.tables]) {
    const fn = table.functions.get(name);
    if (fn) return fn.kind;
  }
  return 'native';
}

interface MetricContext {
  sides: Sides;
  prior: DispersionPrior;
  guarded: GuardedFamilies;
  options: CompareOptions;
  tested: Set<string>;
  newHotspot: boolean;
  testable: boolean;
}

/**
 * One time of one function: regressed when the growth (judged against the rest without the faster
 * functions) passes, improved when the shrinkage (against the rest without the slower ones) does;
 * otherwise unchanged, described in the direction its estimate points.
 */
function buildMetric(name: string, metric: TimeMetric, context: MetricContext): MetricComparison {
  const { sides, guarded, options } = context;
  const shares = {
    baseline: computePooledShare(selectRunCounts(sides.baseline, name, metric)),
    current: computePooledShare(selectRunCounts(sides.current, name, metric)),
  };
  const key = buildHypothesisKey({ name, metric });
  if (!context.tested.has(key)) {
    const { test } = measureUntested(sides, { name, metric }, context.prior);
    const why = !context.testable
      ? 'nothing to compare against'
      : metric === 'own'
        ? `below ${formatLimit(options.minShare)} in both profiles`
        : 'the same samples as its own time, or no rest of the program to compare against';
    return {
      metric,
      baselineShare: shares.baseline,
      currentShare: shares.current,
      shareChange: shares.current - shares.baseline,
      timeChange: keepFinite(test.timeChange),
      interval95: null,
      referenceExcludes: [],
      tested: false,
      statistic: null,
      degreesOfFreedom: null,
      dispersion: null,
      pGrow: null,
      pShrink: null,
      pGrowAdjusted: null,
      pShrinkAdjusted: null,
      outcome: 'not-tested',
      reason: `${describeTimeChange({ metric, timeChange: keepFinite(test.timeChange), interval95: null, baselineShare: shares.baseline, currentShare: shares.current })}: not tested (${why})`,
    };
  }
  const excludes = (names: string[]) => names.filter((other) => other !== name);
  const judge = (result: HypothesisResult, direction: 'grow' | 'shrink', referenceExcludes: string[]) =>
    judgeHypothesis(result, { direction, metric, newHotspot: context.newHotspot, referenceExcludes, shares, options });
  const growth = { result: guarded.growth.get(key)!, excludes: excludes(guarded.faster) };
  const shrink = { result: guarded.shrink.get(key)!, excludes: excludes(guarded.slower) };
  const growthJudgement = judge(growth.result, 'grow', growth.excludes);
  const shrinkJudgement = judge(shrink.result, 'shrink', shrink.excludes);
  let chosen = growth;
  let judgement = growthJudgement;
  if (growthJudgement.outcome !== 'regressed' && (shrinkJudgement.outcome === 'improved' || shrink.result.measurement.logOddsRatio < 0)) {
    chosen = shrink;
    judgement = shrinkJudgement;
  }
  const { test } = chosen.result;
  return {
    metric,
    baselineShare: shares.baseline,
    currentShare: shares.current,
    shareChange: shares.current - shares.baseline,
    timeChange: keepFinite(test.timeChange),
    interval95: test.interval95 && Number.isFinite(test.interval95.low) && Number.isFinite(test.interval95.high) ? test.interval95 : null,
    referenceExcludes: chosen.excludes,
    tested: true,
    statistic: keepFinite(test.statistic),
    degreesOfFreedom: keepFinite(test.degreesOfFreedom),
    dispersion: keepFinite(test.dispersion),
    pGrow: keepFinite(test.pGrow),
    pShrink: keepFinite(test.pShrink),
    pGrowAdjusted: keepFinite(chosen.result.pGrowAdjusted),
    pShrinkAdjusted: keepFinite(chosen.result.pShrinkAdjusted),
    outcome: judgement.outcome,
    reason: judgement.reason,
  };
}

function decideFunction(own: MetricComparison, inclusive: MetricComparison): { decision: Decision; role: FunctionComparison['role'] } {
  if (own.outcome === 'regressed') return { decision: 'regressed', role: 'cause' };
  if (inclusive.outcome === 'regressed') return { decision: 'regressed', role: 'consequence' };
  if (own.outcome === 'improved') return { decision: 'improved', role: 'cause' };
  if (inclusive.outcome === 'improved') return { decision: 'improved', role: 'consequence' };
  return { decision: own.tested || inclusive.tested ? 'unchanged' : 'not-tested', role: null };
}

function describeFunctionReason(fn: FunctionComparison, testable: boolean): string {
  if (!testable) return `not tested: nothing to compare against; ${fn.own.reason}`;
  const within = fn.within ? `; called directly by ${fn.within}` : '';
  switch (fn.decision) {
    case 'regressed':
      if (fn.role === 'cause') return `${fn.own.reason}${within}`;
      return `${fn.inclusive.reason}; ${fn.own.tested ? `own time did not regress: ${fn.own.reason}` : 'own time too small to test'}; ${
        fn.causedBy.length > 0 ? `caused by ${fn.causedBy.join(', ')}` : 'no single cause beneath it reached significance'
      }`;
    case 'improved':
      if (fn.role === 'cause') return `${fn.own.reason}${within}`;
      return `${fn.inclusive.reason}${fn.causedBy.length > 0 ? `; because of ${fn.causedBy.join(', ')}` : ''}`;
    case 'unchanged':
      return fn.own.tested && fn.inclusive.tested ? `${fn.own.reason}; ${fn.inclusive.reason}` : fn.own.tested ? fn.own.reason : fn.inclusive.reason;
    case 'not-tested':
      return fn.own.reason;
  }
}

function selectDecidingMetric(fn: FunctionComparison): MetricComparison {
  if (fn.decision === 'regressed') return fn.role === 'cause' ? fn.own : fn.inclusive;
  if (fn.decision === 'improved') return fn.own.outcome === 'improved' ? fn.own : fn.inclusive;
  return fn.own;
}

/** Report order: causes by share gained (largest first), then consequences; the rest by share. */
function orderFunctions(functions: FunctionComparison[]) {
  const byChange = (direction: 1 | -1) => (a: FunctionComparison, b: FunctionComparison) =>
    direction * (selectDecidingMetric(b).shareChange - selectDecidingMetric(a).shareChange) || compareBytes(a.name, b.name);
  const pick = (decision: Decision, role: 'cause' | 'consequence', direction: 1 | -1) =>
    functions.filter((fn) => fn.decision === decision && fn.role === role).sort(byChange(direction));
  const causes = pick('regressed', 'cause', 1);
  const consequences = pick('regressed', 'consequence', 1);
  const improvements = [...pick('improved', 'cause', -1), ...pick('improved', 'consequence', -1)];
  const reportOrder = new Map([...causes, ...consequences, ...improvements].map((fn, index) => [fn.name, index]));
  const decisionOrder: Record<Decision, number> = { regressed: 0, improved: 1, unchanged: 2, 'not-tested': 3 };
  const all = [...functions].sort(
    (a, b) =>
      decisionOrder[a.decision] - decisionOrder[b.decision] ||
      (reportOrder.get(a.name) ?? 0) - (reportOrder.get(b.name) ?? 0) ||
      Math.max(b.inclusive.baselineShare, b.inclusive.currentShare) - Math.max(a.inclusive.baselineShare, a.inclusive.currentShare) ||
      compareBytes(a.name, b.name),
  );
  return { causes, consequences, improvements, all };
}

function buildFunctionChange(fn: FunctionComparison): FunctionChange {
  const metric = selectDecidingMetric(fn);
  const growing = fn.decision === 'regressed';
  return {
    kind: 'function',
    name: fn.name,
    functionKind: fn.kind,
    role: fn.role ?? 'cause',
    causedBy: fn.causedBy,
    within: fn.within,
    newHotspot: fn.newHotspot,
    metric: metric.metric,
    timeChange: metric.timeChange,
    interval95: metric.interval95,
    baselineShare: metric.baselineShare,
    currentShare: metric.currentShare,
    shareChange: metric.shareChange,
    referenceExcludes: metric.referenceExcludes,
    p: growing ? metric.pGrow : metric.pShrink,
    pAdjusted: growing ? metric.pGrowAdjusted : metric.pShrinkAdjusted,
    headline: describeTimeChange(metric),
    reason: fn.reason,
  };
}

/**
 * Own times the data cannot resolve at the threshold: not regressed, yet their 95% interval still
 * reaches `threshold` — a slowdown of that size is not ruled out — while a slowdown of that size
 * would also clear `minDelta` (below that share the gate could not fail on it anyway). Largest
 * share first. A pass with any of them means "not shown slower", not "shown not slower".
 */
function listUnresolved(functions: FunctionComparison[], options: CompareOptions): { name: string; high: number }[] {
  const gateable = (share: number) => (share * (1 + options.threshold)) / (1 - share + share * (1 + options.threshold)) - share >= options.minDelta;
  return functions
    .filter((fn) => fn.decision !== 'regressed' && fn.own.tested && fn.own.interval95 !== null && fn.own.interval95.high >= options.threshold && gateable(fn.own.baselineShare))
    .sort((a, b) => b.own.baselineShare - a.own.baselineShare || compareBytes(a.name, b.name))
    .map((fn) => ({ name: fn.name, high: fn.own.interval95!.high }));
}

function describeVerdict(
  verdict: Verdict,
  facts: { reasons: string[]; regressions: Regression[]; testedHypotheses: number; options: CompareOptions; unresolved: { name: string; high: number }[] },
): string {
  const { options } = facts;
  switch (verdict) {
    case 'no-baseline':
      return 'no-baseline: no baseline runs to compare against';
    case 'inconclusive':
      return `inconclusive: ${facts.reasons.join('; ')}`;
    case 'pass':
      return `pass: no significant regression (${facts.testedHypotheses} function times tested, alpha ${options.alpha}, ${describeCorrection(options.correction, { short: false })})${describeUnresolved(facts.unresolved, options.threshold)}`;
    case 'regressed': {
      const functionChanges = facts.regressions.filter((entry): entry is FunctionChange => entry.kind === 'function');
      const causes = functionChanges.filter((entry) => entry.role === 'cause').length;
      const consequences = functionChanges.length - causes;
      const times = facts.regressions.filter((entry) => entry.kind === 'time').map((entry) => entry.name);
      const parts: string[] = [];
      if (causes > 0) parts.push(`${causes} cause${causes === 1 ? '' : 's'}`);
      if (consequences > 0) parts.push(`${consequences} consequence${consequences === 1 ? '' : 's'}`);
      if (times.length > 0) parts.push(`total ${times.join(' and ')} time`);
      const first = functionChanges[0];
      return `regressed: ${parts.join(', ')}${first ? `; first: ${first.name}, ${first.headline}` : ''}`;
    }
  }
}
