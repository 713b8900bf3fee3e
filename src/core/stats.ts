/**
 * Statistics for the compare stage: descriptive helpers, Welch's t-test, Mann–Whitney U, an
 * overdispersed two-proportion z-test, a dispersion estimate, and Holm / Benjamini–Hochberg
 * p-value adjustments. Pure functions, no dependencies.
 *
 * Conventions shared by every test here: the first sample is `x`, the second `y`; `pGreater` is the
 * one-sided p-value for "x is larger than y", `pLess` for "x is smaller", `pTwoSided` for "differs".
 * Degenerate inputs (empty samples, zero variance) give `NaN` statistics and p = 1 unless the answer
 * is certain; callers that serialise results must map non-finite numbers to `null`.
 */

/** Arithmetic mean; `NaN` for an empty sample. */
export function computeMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Unbiased sample variance (divides by n − 1); `NaN` for fewer than two values. Two-pass for accuracy. */
export function computeVariance(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const mean = computeMean(values);
  let sumSquares = 0;
  let sumDeviations = 0;
  for (const value of values) {
    const deviation = value - mean;
    sumSquares += deviation * deviation;
    sumDeviations += deviation;
  }
  // Corrected two-pass algorithm: removes the rounding error left in the mean.
  return (sumSquares - (sumDeviations * sumDeviations) / values.length) / (values.length - 1);
}

/** Sample standard deviation (square root of the unbiased variance). */
export function computeStandardDeviation(values: readonly number[]): number {
  return Math.sqrt(computeVariance(values));
}

/** Median (mean of the two middle values for an even count); `NaN` for an empty sample. */
export function computeMedian(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ---------------------------------------------------------------------------------------------
// Special functions
// ---------------------------------------------------------------------------------------------

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0 (Lanczos approximation, ~15 significant digits). */
export function computeLogGamma(x: number): number {
  if (x < 0.5) {
    // Reflection formula keeps the approximation in its accurate range.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - computeLogGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0]!;
  for (let i = 1; i < LANCZOS_G + 2; i += 1) sum += LANCZOS_COEFFICIENTS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/**
 * Regularized incomplete beta function I_x(a, b), evaluated with the continued fraction (modified
 * Lentz method) on whichever side of the mean converges fast.
 */
export function computeRegularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    computeLogGamma(a + b) - computeLogGamma(a) - computeLogGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * evaluateBetaContinuedFraction(x, a, b)) / a;
  return 1 - (front * evaluateBetaContinuedFraction(1 - x, b, a)) / b;
}

function evaluateBetaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    // Even step.
    let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    result *= d * c;
    // Odd step.
    numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return result;
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), by series or continued fraction. */
export function computeRegularizedUpperGamma(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  const logFront = a * Math.log(x) - x - computeLogGamma(a);
  if (x < a + 1) {
    // Series for the lower function P, then Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return 1 - sum * Math.exp(logFront);
  }
  // Continued fraction for Q (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let result = d;
  for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(logFront) * result;
}

/** P(Z > z) for a standard normal Z, accurate far into the tail. */
export function computeNormalUpperTail(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  // erfc(u) = Q(1/2, u²) for u ≥ 0.
  const half = 0.5 * computeRegularizedUpperGamma(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}

/** Standard normal CDF P(Z ≤ z). */
export function computeNormalCdf(z: number): number {
  return computeNormalUpperTail(-z);
}

/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional; Infinity → normal). */
export function computeStudentTUpperTail(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Infinity) return computeNormalUpperTail(t);
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2); each tail is half of it.
  const tail = 0.5 * computeRegularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** Student's t CDF P(T ≤ t). */
export function computeStudentTCdf(t: number, df: number): number {
  return computeStudentTUpperTail(-t, df);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/** One-sided and two-sided p-values of a test, in the shared x-versus-y convention. */
export interface PValues {
  /** H1: x is larger than y. */
  pGreater: number;
  /** H1: x is smaller than y. */
  pLess: number;
  /** H1: x differs from y. */
  pTwoSided: number;
}

export interface WelchTestResult extends PValues {
  /** t = (mean(x) − mean(y)) / sqrt(var(x)/nx + var(y)/ny). */
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  meanX: number;
  meanY: number;
  /** Standard error of the difference of means. */
  standardError: number;
}

/**
 * Welch's unequal-variance t-test of mean(x) vs mean(y). Needs at least two values per side (else
 * every p is NaN). When both variances are zero the answer is certain: p = 0 in the direction of a
 * non-zero difference, 1 otherwise.
 */
export function runWelchTTest(x: readonly number[], y: readonly number[]): WelchTestResult {
  const meanX = computeMean(x);
  const meanY = computeMean(y);
  const nx = x.length;
  const ny = y.length;
  if (nx < 2 || ny < 2) {
    return { t: Number.NaN, df: Number.NaN, meanX, meanY, standardError: Number.NaN, pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
  }
  const vx = computeVariance(x) / nx;
  const vy = computeVariance(y) / ny;
  const standardError = Math.sqrt(vx + vy);
  const difference = meanX - meanY;
  if (standardError === 0) {
    const pGreater = difference > 0 ? 0 : 1;
    const pLess = difference < 0 ? 0 : 1;
    return { t: difference === 0 ? 0 : Math.sign(difference) * Infinity, df: Number.NaN, meanX, meanY, standardError, pGreater, pLess, pTwoSided: difference === 0 ? 1 : 0 };
  }
  const t = difference / standardError;
  const df = ((vx + vy) * (vx + vy)) / ((vx * vx) / (nx - 1) + (vy * vy) / (ny - 1));
  return { t, df, meanX, meanY, standardError, ...computeTPValues(t, df) };
}

function computeTPValues(t: number, df: number): PValues {
  const pGreater = computeStudentTUpperTail(t, df);
  const pLess = computeStudentTUpperTail(-t, df);
  return { pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}

export interface MannWhitneyResult extends PValues {
  /** U statistic of x: the number of (x, y) pairs with x > y, ties counting one half. */
  u: number;
  /** z of the normal approximation (continuity-corrected toward the two-sided alternative); NaN when exact. */
  z: number;
  /** `exact`: no ties and nx + ny ≤ 40, p from the exact null distribution; else `normal`. */
  method: 'exact' | 'normal';
}

/** Largest nx + ny for the exact distribution (counts stay far below 2^53). */
const MANN_WHITNEY_EXACT_LIMIT = 40;

/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of x vs y. Exact p-values when there are no ties and the
 * samples are small; otherwise the normal approximation with tie correction and a continuity
 * correction of 1/2. Empty samples give NaN p-values.
 */
export function runMannWhitneyUTest(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const nx = x.length;
  const ny = y.length;
  if (nx === 0 || ny === 0) {
    return { u: Number.NaN, z: Number.NaN, method: 'normal', pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
  }
  const pooled = [...x.map((value) => ({ value, fromX: true })), ...y.map((value) => ({ value, fromX: false }))];
  pooled.sort((a, b) => a.value - b.value);
  const n = pooled.length;
  let rankSumX = 0;
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && pooled[end]!.value === pooled[start]!.value) end += 1;
    const size = end - start;
    const averageRank = (start + 1 + end) / 2;
    for (let i = start; i < end; i += 1) if (pooled[i]!.fromX) rankSumX += averageRank;
    tieTerm += size * size * size - size;
    start = end;
  }
  const u = rankSumX - (nx * (nx + 1)) / 2;
  if (tieTerm === 0 && n <= MANN_WHITNEY_EXACT_LIMIT) {
    const counts = countMannWhitneyDistribution(nx, ny);
    let total = 0;
    let atLeast = 0;
    let atMost = 0;
    for (let k = 0; k < counts.length; k += 1) {
      const count = counts[k]!;
      total += count;
      if (k >= u) atLeast += count;
      if (k <= u) atMost += count;
    }
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    return { u, z: Number.NaN, method: 'exact', pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
  }
  const mean = (nx * ny) / 2;
  const variance = ((nx * ny) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) {
    return { u, z: Number.NaN, method: 'normal', pGreater: 1, pLess: 1, pTwoSided: 1 };
  }
  const sd = Math.sqrt(variance);
  const pGreater = computeNormalUpperTail((u - mean - 0.5) / sd);
  const pLess = computeNormalCdf((u - mean + 0.5) / sd);
  const z = u > mean ? (u - mean - 0.5) / sd : u < mean ? (u - mean + 0.5) / sd : 0;
  return { u, z, method: 'normal', pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}

/** counts[u] = number of arrangements of nx x-values among nx + ny ranks whose U equals u. */
function countMannWhitneyDistribution(nx: number, ny: number): number[] {
  // Recurrence on the largest rank: it is an x (adds ny to U) or a y (adds nothing).
  // table[i][j] is the distribution for i x-values and j y-values.
  let previousRow: number[][] = [];
  for (let i = 0; i <= nx; i += 1) {
    const row: number[][] = [];
    for (let j = 0; j <= ny; j += 1) {
      if (i === 0 || j === 0) {
        row.push([1]);
        continue;
      }
      const withX = previousRow[j]!;
      const withY = row[j - 1]!;
      const size = i * j + 1;
      const counts = new Array<number>(size).fill(0);
      for (let k = 0; k < withX.length; k += 1) counts[k + j] = counts[k + j]! + withX[k]!;
      for (let k = 0; k < withY.length; k += 1) counts[k] = counts[k]! + withY[k]!;
      row.push(counts);
    }
    previousRow = row;
  }
  return previousRow[ny]!;
}

export interface TwoProportionInput {
  /** Events (e.g. samples in a function) and trials (all samples) of x. */
  countX: number;
  totalX: number;
  countY: number;
  totalY: number;
  /** Variance inflation factor φ ≥ 1 for overdispersed counts; 1 = plain binomial. */
  dispersion: number;
}

export interface TwoProportionResult extends PValues {
  z: number;
  proportionX: number;
  proportionY: number;
  /** Pooled proportion (countX + countY) / (totalX + totalY). */
  pooledProportion: number;
}

/**
 * Two-proportion z-test on pooled counts with a quasi-binomial variance: Var = φ·p̂(1−p̂)(1/nx + 1/ny).
 * φ > 1 accounts for samples that are not independent draws (profiles vary between runs by more
 * than multinomial noise). A pooled proportion of 0 or 1 leaves nothing to test: p = 1.
 */
export function runTwoProportionZTest(input: TwoProportionInput): TwoProportionResult {
  const { countX, totalX, countY, totalY } = input;
  const dispersion = Math.max(1, input.dispersion);
  const proportionX = totalX > 0 ? countX / totalX : Number.NaN;
  const proportionY = totalY > 0 ? countY / totalY : Number.NaN;
  const pooledProportion = (countX + countY) / (totalX + totalY);
  const variance = dispersion * pooledProportion * (1 - pooledProportion) * (1 / totalX + 1 / totalY);
  if (!(totalX > 0) || !(totalY > 0) || !(variance > 0)) {
    return { z: Number.NaN, proportionX, proportionY, pooledProportion, pGreater: 1, pLess: 1, pTwoSided: 1 };
  }
  const z = (proportionX - proportionY) / Math.sqrt(variance);
  const pGreater = computeNormalUpperTail(z);
  const pLess = computeNormalCdf(z);
  return { z, proportionX, proportionY, pooledProportion, pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}

/** One category's counts across the runs of one side, for the dispersion estimate. */
export interface RunCounts {
  /** counts[i]: events in run i. */
  counts: readonly number[];
  /** totals[i]: trials in run i. */
  totals: readonly number[];
}

export interface DispersionEstimate {
  /** Pearson χ² / df pooled over the groups; NaN when no group qualified. */
  estimate: number;
  /** Degrees of freedom behind the estimate (Σ (runs − 1) over qualifying groups). */
  degreesOfFreedom: number;
  /** Groups that qualified (≥ 2 runs, expected count ≥ `minExpected` in every run, proportion < 1). */
  groups: number;
}

/**
 * Estimates the quasi-binomial dispersion φ from between-run variation: for each group (one
 * function on one side), the Pearson statistic Σ (c_i − n_i·p̂)² / (n_i·p̂·(1 − p̂)) over its runs has
 * expectation (runs − 1)·φ under a quasi-binomial model, so φ̂ = Σ χ² / Σ (runs − 1). Groups with a
 * small expected count in some run are skipped (their χ² is unstable).
 */
export function estimateDispersion(groups: Iterable<RunCounts>, options: { minExpected?: number } = {}): DispersionEstimate {
  const minExpected = options.minExpected ?? 5;
  let chiSquare = 0;
  let degreesOfFreedom = 0;
  let used = 0;
  for (const group of groups) {
    const runs = group.counts.length;
    if (runs < 2 || group.totals.length !== runs) continue;
    let count = 0;
    let total = 0;
    for (let i = 0; i < runs; i += 1) {
      count += group.counts[i]!;
      total += group.totals[i]!;
    }
    if (!(total > 0)) continue;
    const proportion = count / total;
    if (!(proportion > 0 && proportion < 1)) continue;
    let qualifies = true;
    let statistic = 0;
    for (let i = 0; i < runs; i += 1) {
      const expected = group.totals[i]! * proportion;
      if (expected < minExpected || group.totals[i]! - expected < minExpected) {
        qualifies = false;
        break;
      }
      const deviation = group.counts[i]! - expected;
      statistic += (deviation * deviation) / (expected * (1 - proportion));
    }
    if (!qualifies) continue;
    chiSquare += statistic;
    degreesOfFreedom += runs - 1;
    used += 1;
  }
  return { estimate: degreesOfFreedom > 0 ? chiSquare / degreesOfFreedom : Number.NaN, degreesOfFreedom, groups: used };
}

// ---------------------------------------------------------------------------------------------
// Multiple-testing adjustments
// ---------------------------------------------------------------------------------------------

/** Multiple-testing correction methods. */
export type CorrectionMethod = 'holm' | 'bh';

/**
 * Holm's step-down adjustment (controls the family-wise error rate). Returns adjusted p-values in
 * the input order: sorted ascending, p_(i)·(m − i + 1), made non-decreasing, capped at 1.
 * NaN inputs stay NaN and do not count toward m.
 */
export function adjustHolm(pValues: readonly number[]): number[] {
  const order = orderFinite(pValues);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * Benjamini–Hochberg step-up adjustment (controls the false discovery rate): p_(i)·m / i, made
 * non-increasing from the largest down, capped at 1. NaN inputs stay NaN and do not count toward m.
 */
export function adjustBenjaminiHochberg(pValues: readonly number[]): number[] {
  const order = orderFinite(pValues);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank -= 1) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[index]!);
    adjusted[index] = running;
  }
  return adjusted;
}

/** Applies the named correction. */
export function adjustPValues(pValues: readonly number[], method: CorrectionMethod): number[] {
  return method === 'holm' ? adjustHolm(pValues) : adjustBenjaminiHochberg(pValues);
}

function orderFinite(pValues: readonly number[]): number[] {
  const indexes: number[] = [];
  pValues.forEach((p, index) => {
    if (!Number.isNaN(p)) indexes.push(index);
  });
  // Stable tie-break by index keeps the output deterministic.
  return indexes.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}
