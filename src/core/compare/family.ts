/**
 * The family of hypotheses and how each is judged.
 *
 * Two families per direction (growth, shrinkage), in a parallel gatekeeping procedure (Dmitrienko,
 * Offen & Westfall 2003) that keeps the family-wise error of the verdict at alpha:
 *  1. Causes: the own time of every function whose own share reaches `minShare` on either side,
 *     corrected with Holm (or Benjamini–Hochberg) at alpha, weighted by each function's own share
 *     of both sides pooled: a function holding a share s of the time is tested at first at
 *     alpha·s/Σs instead of alpha/m. Why: what a user loses to a missed slowdown grows with the
 *     function's share, and the hot functions are the ones whose own-time test is weakest (the
 *     rest of the program, their reference, is small and varies). In the accuracy bench, with
 *     equal weights a 10% slowdown of a 35% function had p = 0.002–0.003 and missed after Holm's
 *     ×20; an 80% one p = 0.003. The weights come from the pooled share, which does not depend on
 *     the direction of a change, so the family-wise error stays at alpha; a function near
 *     `minShare` now needs stronger evidence (its floors, `min-delta` above all, asked for a large
 *     change already). Measured with the weights (accuracy bench, 2026-12-02 13:25–13:36, new
 *     pools): +20% caught 20/20 at every share from 5% to 80% (before, on other pools: 10/20 at
 *     60%, 13/20 at 80%); A/A 2/100 quiet and 0/100 with the neighbour (before: 0/100 and 1/100),
 *     within what alpha 0.01 per comparison allows.
 *  2. Consequences: the inclusive time of a function where it says something its own time does not
 *     — the inclusive share reaches `minShare`, the time beneath it (inclusive − own) reaches
 *     `minShare`, and the rest of the program outside it reaches `minShare` (`main` or `<module>`,
 *     holding every sample, have nothing to compare against). Corrected within the family, then
 *     tested at alpha·r/m, where r of the m causes were significant: the error rate the rejected
 *     causes do not use is passed on. No cause, no consequence.
 * Why: the own times carry the signal ("what got slower"); putting the 5–10 inclusive times into the
 * same correction multiplied every cause's p by ~1.6 and cost a 10% slowdown of a 35% function 4
 * of 20 detections in the accuracy bench. The price: a slowdown spread thinly over many callees,
 * none significant alone, is not reported as a consequence (the total-time gate still sees it).
 * `pAdjusted` of a consequence is its within-family corrected p × m/r (capped at 1), so every
 * adjusted p is compared with alpha itself.
 *
 * A growth is a regression when its corrected p is below alpha and its 95% interval reaches
 * `threshold` (time) and the share change at the interval's upper end reaches `minDelta`: a true
 * 10% slowdown is caught, a significant but precisely small one (+3% ± 1%) is not. New hotspots
 * (absent from every baseline run) skip both floors. Shrinkage is judged the same way, mirrored.
 */
import { compareBytes } from '../folded.js';
import { adjustPValues, type CorrectionMethod } from '../stats.js';
import type { CompareOptions } from './options.js';
import type { Decision, TimeMetric } from './model.js';
import { computePooledShare, selectRunCounts, type SideSamples } from './samples.js';
import { measureOdds, testOddsRatio, type DispersionPrior, type OddsMeasurement, type OddsTest } from './statistics.js';
import { describeCorrection, describeTimeChange, formatLimit, formatNameList, formatP, formatPoints, formatRelative } from './wording.js';

export interface Sides {
  baseline: SideSamples;
  current: SideSamples;
}

export interface Hypothesis {
  name: string;
  metric: TimeMetric;
}

export interface HypothesisPlan {
  /** Functions whose inclusive share reaches minShare on either side, in byte order. */
  considered: string[];
  /** Own times first, then inclusive times, each in byte order. */
  hypotheses: Hypothesis[];
  omitted: number;
}

export interface HypothesisResult {
  measurement: OddsMeasurement;
  test: OddsTest;
  pGrowAdjusted: number;
  pShrinkAdjusted: number;
}

export type Direction = 'grow' | 'shrink';

export interface Judgement {
  outcome: Decision;
  reason: string;
}

export function buildHypothesisKey(hypothesis: Hypothesis): string {
  return `${hypothesis.metric}\u0000${hypothesis.name}`;
}

export function planHypotheses(sides: Sides, options: { minShare: number; testable: boolean }): HypothesisPlan {
  const names = new Set<string>();
  for (const table of [...sides.baseline.tables, ...sides.current.tables]) for (const name of table.functions.keys()) names.add(name);
  const considered: string[] = [];
  const own: Hypothesis[] = [];
  const inclusive: Hypothesis[] = [];
  let omitted = 0;
  for (const name of [...names].sort(compareBytes)) {
    const shares = (metric: TimeMetric) => [sides.baseline, sides.current].map((side) => computePooledShare(selectRunCounts(side, name, metric)));
    const ownShares = shares('own');
    const inclusiveShares = shares('inclusive');
    const reaches = (values: number[]) => Math.max(...values) >= options.minShare;
    if (!reaches(inclusiveShares)) {
      omitted += 1;
      continue;
    }
    considered.push(name);
    if (!options.testable) continue;
    if (reaches(ownShares)) own.push({ name, metric: 'own' });
    const beneath = inclusiveShares.map((share, i) => share - ownShares[i]!);
    const outside = inclusiveShares.map((share) => 1 - share);
    if (reaches(beneath) && reaches(outside)) inclusive.push({ name, metric: 'inclusive' });
  }
  return { considered, hypotheses: [...own, ...inclusive], omitted };
}

/** Measures, tests and corrects every hypothesis on these sides (see the module comment for the families). */
export function runFamily(
  sides: Sides,
  family: { hypotheses: Hypothesis[]; prior: DispersionPrior; correction: CorrectionMethod; alpha: number },
): Map<string, HypothesisResult> {
  const measured = family.hypotheses.map((hypothesis) => {
    const measurement = measureOdds({
      baseline: selectRunCounts(sides.baseline, hypothesis.name, hypothesis.metric),
      current: selectRunCounts(sides.current, hypothesis.name, hypothesis.metric),
    });
    return { hypothesis, measurement, test: testOddsRatio(measurement, family.prior) };
  });
  const weights = measured.map((entry) => computeCauseWeight(entry.measurement));
  const adjust = (pick: (test: OddsTest) => number) =>
    gatekeepPValues(
      measured.map((entry, i) => ({ metric: entry.hypothesis.metric, p: pick(entry.test), weight: weights[i]! })),
      family,
    );
  const grow = adjust((test) => test.pGrow);
  const shrink = adjust((test) => test.pShrink);
  const results = new Map<string, HypothesisResult>();
  measured.forEach((entry, i) => {
    results.set(buildHypothesisKey(entry.hypothesis), { measurement: entry.measurement, test: entry.test, pGrowAdjusted: grow[i]!, pShrinkAdjusted: shrink[i]! });
  });
  return results;
}

/**
 * A cause's weight in its correction: its own share of both sides' samples pooled (which says
 * nothing about the direction or size of its change, so the weights do not depend on the test).
 */
function computeCauseWeight(measurement: OddsMeasurement): number {
  const inside = measurement.baselineIn + measurement.currentIn;
  const all = inside + measurement.baselineOut + measurement.currentOut;
  // Every cause reaches minShare on a side; the floor only keeps a weight positive.
  return Math.max(inside / Math.max(all, 1), 1e-6);
}

/** Adjusted p-values: causes corrected among themselves (weighted by share); consequences within theirs, scaled by m/r of the causes. */
function gatekeepPValues(tests: { metric: TimeMetric; p: number; weight: number }[], family: { correction: CorrectionMethod; alpha: number }): number[] {
  const indexes = (metric: TimeMetric) => tests.flatMap((test, i) => (test.metric === metric ? [i] : []));
  const own = indexes('own');
  const inclusive = indexes('inclusive');
  const adjusted = tests.map(() => 1);
  const ownAdjusted = adjustPValues(
    own.map((i) => tests[i]!.p),
    family.correction,
    own.map((i) => tests[i]!.weight),
  );
  own.forEach((index, k) => (adjusted[index] = ownAdjusted[k]!));
  const rejected = ownAdjusted.filter((p) => p < family.alpha).length;
  if (rejected === 0) return adjusted;
  const inclusiveAdjusted = adjustPValues(inclusive.map((i) => tests[i]!.p), family.correction);
  inclusive.forEach((index, k) => (adjusted[index] = Math.min(1, (inclusiveAdjusted[k]! * own.length) / rejected)));
  return adjusted;
}

/** Measures one function's own or inclusive time without testing it (for reports of untested times). */
export function measureUntested(sides: Sides, hypothesis: Hypothesis, prior: DispersionPrior): { measurement: OddsMeasurement; test: OddsTest } {
  const measurement = measureOdds({
    baseline: selectRunCounts(sides.baseline, hypothesis.name, hypothesis.metric),
    current: selectRunCounts(sides.current, hypothesis.name, hypothesis.metric),
  });
  return { measurement, test: testOddsRatio(measurement, prior) };
}

/** Judges one tested time in one direction. */
export function judgeHypothesis(
  result: HypothesisResult,
  context: {
    direction: Direction;
    metric: TimeMetric;
    newHotspot: boolean;
    referenceExcludes: string[];
    /** Pooled shares in the whole profiles, for the wording and the minDelta floor. */
    shares: { baseline: number; current: number };
    options: CompareOptions;
  },
): Judgement {
  const { direction, options } = context;
  const { test, measurement } = result;
  const head = describeTimeChange({
    metric: context.metric,
    timeChange: test.timeChange,
    interval95: test.interval95,
    baselineShare: context.shares.baseline,
    currentShare: context.shares.current,
  });
  const reference = context.referenceExcludes.length > 0
    ? ` against the rest of the program without the ${direction === 'grow' ? 'faster' : 'slower'} ${formatNameList(context.referenceExcludes)}`
    : '';
  const growing = direction === 'grow';
  const p = growing ? test.pGrow : test.pShrink;
  const pAdjusted = growing ? result.pGrowAdjusted : result.pShrinkAdjusted;
  const pText = `p=${formatP(p)} (${describeCorrection(options.correction, { short: true })} ${formatP(pAdjusted)})`;
  if (measurement.logOddsRatio === 0 && test.timeChange !== null) return { outcome: 'unchanged', reason: `${head}${reference}: no change` };
  const failures: string[] = [];
  if (!(pAdjusted < options.alpha)) failures.push(`${pText} ≥ ${options.alpha}`);
  const newHotspot = growing && context.newHotspot;
  if (!newHotspot) failures.push(...checkFloors(result, { direction, options, baselineShare: context.shares.baseline }));
  if (failures.length === 0) {
    return { outcome: growing ? 'regressed' : 'improved', reason: `${newHotspot ? 'new hotspot: ' : ''}${head}${reference}, ${pText} < ${options.alpha}` };
  }
  return { outcome: 'unchanged', reason: `${head}${reference}: ${failures.join(', ')}` };
}

/** The effect-size floors, applied to the end of the 95% interval in the tested direction. */
function checkFloors(result: HypothesisResult, context: { direction: Direction; options: CompareOptions; baselineShare: number }): string[] {
  const { options } = context;
  const growing = context.direction === 'grow';
  const interval = result.test.interval95;
  if (interval === null) return [];
  const failures: string[] = [];
  const end = growing ? interval.high : interval.low;
  if (growing ? end < options.threshold : end > -options.threshold) {
    failures.push(`the 95% interval reaches only ${formatRelative(end)}, short of the ${growing ? '' : '−'}${formatLimit(options.threshold)} threshold`);
  }
  const before = context.baselineShare;
  const shareAtEnd = (before * (1 + end)) / (1 - before + before * (1 + end));
  const shareChange = shareAtEnd - before;
  if (Math.abs(shareChange) < options.minDelta || (growing ? shareChange < 0 : shareChange > 0)) {
    failures.push(`share change at most ${formatPoints(shareChange)}, below ${formatPoints(options.minDelta).replace('+', '')}`);
  }
  return failures;
}
