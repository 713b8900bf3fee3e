/**
 * The compositional guard. Times are measured against the rest of the program, so when one
 * function gets faster every other function's odds grow, and when one gets slower the others'
 * shrink. A growth therefore counts only when it also holds against the rest of the program
 * without the functions that really got faster (and a shrinkage without those that really got
 * slower).
 *
 * "Really": a function whose own time changed against the rest AND whose own sample count per run
 * moved the same way. At a fixed sampling rate a count is CPU time, so for a benchmark doing fixed
 * work it tells a function that got faster from one whose odds only moved because another grew (a
 * two-function program shows both). Welch's t on per-run counts with ≥ 3 runs per side, else a
 * quasi-Poisson z with the prior dispersion; Bonferroni over the candidates at alpha.
 */
import { computeNormalUpperTail } from '../distributions.js';
import { runWelchTTest } from '../stats.js';
import type { CompareOptions } from './options.js';
import { judgeHypothesis, buildHypothesisKey, runFamily, type Direction, type HypothesisPlan, type HypothesisResult, type Sides } from './family.js';
import { computePooledShare, selectRunCounts, setAsideFunctions, sumValues, type SideSamples } from './samples.js';
import type { DispersionPrior } from './statistics.js';

/** Runs per side from which the count test uses each side's own spread (Welch). */
const MIN_RUNS_FOR_WELCH = 3;

export interface GuardedFamilies {
  /** Results to judge growth on: against the rest without `faster`. */
  growth: Map<string, HypothesisResult>;
  /** Results to judge shrinkage on: against the rest without `slower`. */
  shrink: Map<string, HypothesisResult>;
  faster: string[];
  slower: string[];
}

export function guardComposition(
  sides: Sides,
  family: { plan: HypothesisPlan; prior: DispersionPrior; plain: Map<string, HypothesisResult>; options: CompareOptions },
): GuardedFamilies {
  const { plan, prior, plain, options } = family;
  const candidates = (direction: Direction) =>
    plan.hypotheses
      .filter((hypothesis) => hypothesis.metric === 'own')
      .filter((hypothesis) => {
        const shares = {
          baseline: computePooledShare(selectRunCounts(sides.baseline, hypothesis.name, 'own')),
          current: computePooledShare(selectRunCounts(sides.current, hypothesis.name, 'own')),
        };
        const judgement = judgeHypothesis(plain.get(buildHypothesisKey(hypothesis))!, { direction, metric: 'own', newHotspot: false, referenceExcludes: [], shares, options });
        return judgement.outcome === (direction === 'grow' ? 'regressed' : 'improved');
      })
      .map((hypothesis) => hypothesis.name);
  const faster = confirmCountChange(candidates('shrink'), { direction: 'shrink', sides, prior, alpha: options.alpha });
  const slower = confirmCountChange(candidates('grow'), { direction: 'grow', sides, prior, alpha: options.alpha });
  const rerun = (names: string[]) => {
    if (names.length === 0) return plain;
    const set = new Set(names);
    const reduced = { baseline: setAsideFunctions(sides.baseline, set), current: setAsideFunctions(sides.current, set) };
    const results = runFamily(reduced, { hypotheses: plan.hypotheses, prior, correction: options.correction, alpha: options.alpha });
    // A set-aside function is still judged on its own samples, against the whole rest.
    for (const hypothesis of plan.hypotheses) if (set.has(hypothesis.name)) results.set(buildHypothesisKey(hypothesis), plain.get(buildHypothesisKey(hypothesis))!);
    return results;
  };
  return { growth: rerun(faster), shrink: rerun(slower), faster, slower };
}

/** The candidates whose own sample count per run moved in `direction` (see the module comment). */
function confirmCountChange(names: string[], context: { direction: Direction; sides: Sides; prior: DispersionPrior; alpha: number }): string[] {
  const { direction, sides, prior } = context;
  const level = context.alpha / Math.max(1, names.length);
  const countsOf = (side: SideSamples, name: string) => selectRunCounts(side, name, 'own').counts;
  return names.filter((name) => {
    const before = countsOf(sides.baseline, name);
    const after = countsOf(sides.current, name);
    let p: number;
    if (before.length >= MIN_RUNS_FOR_WELCH && after.length >= MIN_RUNS_FOR_WELCH) {
      const welch = runWelchTTest(after, before);
      p = direction === 'grow' ? welch.pGreater : welch.pLess;
    } else {
      const meanAfter = sumValues(after) / Math.max(1, after.length);
      const meanBefore = sumValues(before) / Math.max(1, before.length);
      const variance = Math.max(1, prior.dispersion) * (meanAfter / Math.max(1, after.length) + meanBefore / Math.max(1, before.length));
      const z = variance > 0 ? (meanAfter - meanBefore) / Math.sqrt(variance) : 0;
      p = computeNormalUpperTail(direction === 'grow' ? z : -z);
    }
    return Number.isFinite(p) && p < level;
  });
}
