/**
 * The test: a function's time relative to the rest of the program, as a log odds ratio, under a
 * quasi-binomial model whose run-to-run dispersion is moderated across functions.
 *
 * Effect size. For one function (own or inclusive samples, `a` per run) against a reference (the
 * rest of the program, `b` per run): odds = a / b on each side, pooled over its runs. If only that
 * function's time changed, by a factor k, its odds change by exactly k whatever its share, so
 * `timeChange` = odds ratio − 1 is "parse_record got 16% slower". (Its share moves by only
 * k(1−s)/(1−s+ks): a share-based threshold goes blind for hot functions.)
 *
 * Variance. Samples are not independent draws (program phases, hash seeds, neighbours, and a
 * periodic timer), so each run's count is modelled as quasi-binomial: Var(a) = φ·n·p(1−p). The
 * pooled log odds of a side then has variance φ·(1/A + 1/B). Each function's own φ̂ (Pearson χ²
 * over its runs within each side ÷ Σ(runs − 1)) rests on 4–8 degrees of freedom with 3–5 runs:
 * too few alone. So the φ̂ of the functions are squeezed toward a prior fitted over all of them —
 * limma's empirical Bayes (Smyth 2004, `fitFDist`): φ̂ᵢ ~ φ₀·χ²(dᵢ)/dᵢ, with φ₀ and d₀ fitted by
 * the moments of log φ̂ over the own times in the family; the posterior is
 * φ̃ᵢ = (d₀φ₀ + dᵢφ̂ᵢ)/(d₀ + dᵢ). The test is the score statistic
 * t = (p̂₁ − p̂₀) / √(φ̃ᵢ·p̄(1−p̄)(1/N₀ + 1/N₁)) — the log odds ratio's test in the form that stays
 * sound when one side has no samples in the function (a new hotspot) — referred to Student t with
 * d₀ + dᵢ degrees of freedom, at most the Σ (runs − 1) of all functions (edgeR's quasi-likelihood
 * F-test with one numerator df). A function
 * that really varies between runs keeps most of its own φ̂ when the prior says functions differ
 * (small d₀); with 2 runs per side the prior carries more of the weight; with one run per side
 * there is nothing to measure and φ₀ = `defaultDispersion` (2), d₀ = ∞.
 *
 * Why this model — A/A calibration, measured 2026-12-02 on this machine (2 shared cores, perf 6.1
 * cpu-clock at 999 Hz, CPython 3.13.0 perf-jit), examples/regression/app.py, 16 quiet runs of
 * ≈ 2,900 samples and 8 with a CPU-bound neighbour:
 *  - Each function's φ̂ over the 16 quiet runs (15 df) ranged 0.07–2.4, median 0.45: most
 *    functions vary LESS than binomial sampling (a periodic timer sampling a program whose phases
 *    repeat many times per run is systematic sampling), a few more; the 38% function had 0.92,
 *    as the field notes' 42% function. φ̂ did not grow with the count (an 77% function: 0.99, a 6%
 *    one: 0.28), so a negative-binomial variance (μ + αμ², growing with the count) does not fit;
 *    the spread is per function, which the moderated φ̃ follows. The neighbour moved no φ̂ out of
 *    that range (0.12–1.5, 7 df).
 *  - 1,000 random 5 + 5 splits of the quiet runs (default options): 8 verdicts `regressed` (0.8%,
 *    alpha 0.01); of 11,000 own-time tests, two-sided p < 0.05 in 4.8% and p < 0.01 in 0.87%; the
 *    fitted prior had φ₀ 0.15–0.44 (median 0.31), d₀ ≈ 2.7. 200 draws of 5 quiet baseline runs
 *    against 5 neighbour runs: 2 `regressed` (1%). On pure multinomial counts (φ = 1, 1,500
 *    synthetic 5 + 5 A/A comparisons) one-sided p < 0.001 in 0.12%, p < 0.0005 in 0.049%, and
 *    1.0% of the comparisons regressed — after capping the df at the pooled df as limma does
 *    (with the normal reference when d₀ = ∞ it was 1.2%).
 *  - Flooring φ at 1 (binomial) instead gave 0/300 alarms but two-sided p < 0.05 in only 2.0%:
 *    it throws away evidence the runs carry, so φ̃ is only floored at 0.1 (numerical safety;
 *    below every fitted φ₀). With one run per side there is no spread: φ₀ = defaultDispersion.
 *  - Welch's t on per-run shares, which this replaces, rests on one function's own 8 df: after
 *    Holm over ~30 shares it needed t > 5.6.
 *
 * The 95% interval is log OR ± t(0.975; d₀ + dᵢ)·√(φ̃ᵢ·V), exponentiated.
 */
import { computeInverseTrigamma, computeDigamma, computeStudentTUpperQuantile, computeStudentTUpperTail, computeTrigamma } from '../distributions.js';
import { computeMedian } from '../stats.js';
import type { DispersionModel, Interval } from './model.js';
import { sumValues, type RunCounts } from './samples.js';

/** Σ (runs − 1) the prior needs before it replaces the default dispersion. */
export const MIN_PRIOR_DEGREES_OF_FREEDOM = 10;
/** Functions the prior needs (each with ≥ 1 df). */
const MIN_PRIOR_FUNCTIONS = 3;
/** Pearson χ² is unstable below this expected count in a cell. */
const MIN_EXPECTED_COUNT = 5;
/** Numerical floor of φ̃ (see the calibration above: fitted priors were 0.15–0.44). */
const MIN_DISPERSION = 0.1;

/** One function against its reference, baseline vs current. */
export interface OddsMeasurement {
  /** Pooled counts: in the function (A) and in the reference (B), per side. */
  baselineIn: number;
  baselineOut: number;
  currentIn: number;
  currentOut: number;
  /** log(odds current / odds baseline); ½ added to every cell when one is 0. */
  logOddsRatio: number;
  /** Binomial variance of logOddsRatio, 1/A + 1/B summed over both sides (for the interval). */
  binomialVariance: number;
  /** Current minus baseline proportion A/(A+B), and its binomial variance under "no change" (for the test). */
  proportionChange: number;
  nullVariance: number;
  /** The function's own dispersion: Pearson χ² and its degrees of freedom; null when unstable. */
  pearson: { statistic: number; degreesOfFreedom: number } | null;
}

/** The fitted prior; `degreesOfFreedom` may be Infinity here (null in the report). */
export interface DispersionPrior {
  dispersion: number;
  degreesOfFreedom: number;
  source: 'estimated' | 'default';
  functions: number;
  pooledDegreesOfFreedom: number;
}

export interface OddsTest {
  timeChange: number | null;
  interval95: Interval | null;
  statistic: number;
  /** Infinity when the prior is exact (normal reference). */
  degreesOfFreedom: number;
  dispersion: number;
  pGrow: number;
  pShrink: number;
}

/** Measures a function (counts per run) against its reference (totals − counts per run). */
export function measureOdds(sides: { baseline: RunCounts; current: RunCounts }): OddsMeasurement {
  const pooled = (side: RunCounts) => {
    const inside = sumValues(side.counts);
    return { inside, outside: sumValues(side.totals) - inside };
  };
  const before = pooled(sides.baseline);
  const after = pooled(sides.current);
  const zeroCell = Math.min(before.inside, before.outside, after.inside, after.outside) === 0;
  const add = zeroCell ? 0.5 : 0;
  const logOdds = (cell: { inside: number; outside: number }) => Math.log(cell.inside + add) - Math.log(cell.outside + add);
  const variance = (cell: { inside: number; outside: number }) => 1 / (cell.inside + add) + 1 / (cell.outside + add);
  let statistic = 0;
  let degreesOfFreedom = 0;
  let stable = true;
  for (const side of [sides.baseline, sides.current]) {
    const runs = side.counts.length;
    const total = sumValues(side.totals);
    const proportion = total > 0 ? sumValues(side.counts) / total : 0;
    if (runs < 2 || !(proportion > 0 && proportion < 1)) continue;
    for (let i = 0; i < runs; i += 1) {
      const expected = side.totals[i]! * proportion;
      if (expected < MIN_EXPECTED_COUNT || side.totals[i]! - expected < MIN_EXPECTED_COUNT) stable = false;
      const deviation = side.counts[i]! - expected;
      statistic += (deviation * deviation) / (expected * (1 - proportion));
    }
    degreesOfFreedom += runs - 1;
  }
  const measurable = before.inside + before.outside > 0 && after.inside + after.outside > 0;
  const sizeBefore = before.inside + before.outside;
  const sizeAfter = after.inside + after.outside;
  const pooledProportion = (before.inside + after.inside) / (sizeBefore + sizeAfter);
  return {
    baselineIn: before.inside,
    baselineOut: before.outside,
    currentIn: after.inside,
    currentOut: after.outside,
    logOddsRatio: measurable ? logOdds(after) - logOdds(before) : 0,
    binomialVariance: measurable ? variance(before) + variance(after) : Infinity,
    proportionChange: measurable ? after.inside / sizeAfter - before.inside / sizeBefore : 0,
    nullVariance: measurable ? pooledProportion * (1 - pooledProportion) * (1 / sizeBefore + 1 / sizeAfter) : Infinity,
    pearson: stable && degreesOfFreedom > 0 ? { statistic, degreesOfFreedom } : null,
  };
}

/**
 * Fits φ₀ and d₀ over the functions' own dispersions (limma's `fitFDist` by moments of log φ̂),
 * or falls back to `defaultDispersion` with d₀ = ∞ when the runs leave too few degrees of freedom.
 */
export function fitDispersionPrior(measurements: readonly OddsMeasurement[], options: { defaultDispersion: number }): DispersionPrior {
  const usable = measurements.flatMap((m) => (m.pearson ? [m.pearson] : []));
  const pooledDegreesOfFreedom = sumValues(usable.map((p) => p.degreesOfFreedom));
  const fallback: DispersionPrior = { dispersion: options.defaultDispersion, degreesOfFreedom: Infinity, source: 'default', functions: usable.length, pooledDegreesOfFreedom };
  if (usable.length === 0 || pooledDegreesOfFreedom < MIN_PRIOR_DEGREES_OF_FREEDOM) return fallback;
  if (usable.length < MIN_PRIOR_FUNCTIONS) {
    const pooled = sumValues(usable.map((p) => p.statistic)) / pooledDegreesOfFreedom;
    return { ...fallback, dispersion: pooled, source: 'estimated' };
  }
  const estimates = usable.map((p) => p.statistic / p.degreesOfFreedom);
  const floor = Math.max(1e-5 * computeMedian(estimates), 1e-8);
  const logs = usable.map((p, i) => Math.log(Math.max(estimates[i]!, floor)) - computeDigamma(p.degreesOfFreedom / 2) + Math.log(p.degreesOfFreedom / 2));
  const mean = sumValues(logs) / logs.length;
  const spread = sumValues(logs.map((value) => (value - mean) ** 2)) / (logs.length - 1);
  const excess = spread - sumValues(usable.map((p) => computeTrigamma(p.degreesOfFreedom / 2))) / usable.length;
  if (!(excess > 0)) return { dispersion: Math.exp(mean), degreesOfFreedom: Infinity, source: 'estimated', functions: usable.length, pooledDegreesOfFreedom };
  const priorDf = 2 * computeInverseTrigamma(excess);
  const dispersion = Number.isFinite(priorDf) ? Math.exp(mean + computeDigamma(priorDf / 2) - Math.log(priorDf / 2)) : Math.exp(mean);
  return { dispersion, degreesOfFreedom: priorDf, source: 'estimated', functions: usable.length, pooledDegreesOfFreedom };
}

/** The moderated test and interval of one measurement. */
export function testOddsRatio(measurement: OddsMeasurement, prior: DispersionPrior): OddsTest {
  const own = measurement.pearson;
  let dispersion = prior.dispersion;
  let degreesOfFreedom = prior.degreesOfFreedom;
  if (own && Number.isFinite(prior.degreesOfFreedom)) {
    dispersion = (prior.degreesOfFreedom * prior.dispersion + own.statistic) / (prior.degreesOfFreedom + own.degreesOfFreedom);
    degreesOfFreedom = prior.degreesOfFreedom + own.degreesOfFreedom;
  }
  // As limma: the moderated df never exceed the df the estimate rests on (Σ over all functions);
  // with d₀ = ∞ φ₀ is still an estimate, and t on the pooled df keeps the far tail honest.
  if (prior.source === 'estimated') degreesOfFreedom = Math.min(degreesOfFreedom, prior.pooledDegreesOfFreedom);
  dispersion = Math.max(MIN_DISPERSION, dispersion);
  const standardError = Math.sqrt(dispersion * measurement.binomialVariance);
  // The test is the score form (variance under "no change", from the pooled proportion), which stays
  // sound when one side has no samples in the function (a new hotspot) where the log odds does not.
  const nullError = Math.sqrt(dispersion * measurement.nullVariance);
  const statistic = Number.isFinite(nullError) && nullError > 0 ? measurement.proportionChange / nullError : 0;
  const hasBoth = measurement.baselineIn > 0 && measurement.currentIn > 0 && measurement.baselineOut > 0 && measurement.currentOut > 0;
  const quantile = computeStudentTUpperQuantile(0.025, degreesOfFreedom);
  return {
    timeChange: hasBoth ? Math.expm1(measurement.logOddsRatio) : null,
    interval95: hasBoth
      ? { low: Math.expm1(measurement.logOddsRatio - quantile * standardError), high: Math.expm1(measurement.logOddsRatio + quantile * standardError) }
      : null,
    statistic,
    degreesOfFreedom,
    dispersion,
    pGrow: computeStudentTUpperTail(statistic, degreesOfFreedom),
    pShrink: computeStudentTUpperTail(-statistic, degreesOfFreedom),
  };
}

/** The prior as reported (∞ → null). */
export function describeDispersionPrior(prior: DispersionPrior): DispersionModel {
  return {
    prior: prior.dispersion,
    priorDegreesOfFreedom: Number.isFinite(prior.degreesOfFreedom) ? prior.degreesOfFreedom : null,
    source: prior.source,
    functions: prior.functions,
    degreesOfFreedom: prior.pooledDegreesOfFreedom,
  };
}
