/**
 * Statistics for the compare stage: descriptive helpers, Welch's t-test (total time), and Holm /
 * Benjamini–Hochberg p-value adjustments. Pure functions, no dependencies. Distribution functions
 * (normal, Student t, gamma family) are in distributions.ts.
 *
 * Conventions shared by every test here: the first sample is `x`, the second `y`; `pGreater` is the
 * one-sided p-value for "x is larger than y", `pLess` for "x is smaller", `pTwoSided` for "differs".
 * Degenerate inputs (empty samples, zero variance) give `NaN` statistics and p = 1 unless the answer
 * is certain; callers that serialise results must map non-finite numbers to `null`.
 */
import { computeStudentTUpperTail } from './distributions.js';

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

// ---------------------------------------------------------------------------------------------
// Multiple-testing adjustments
// ---------------------------------------------------------------------------------------------

/** Multiple-testing correction methods. */
export type CorrectionMethod = 'holm' | 'bh';

/**
 * Holm's step-down adjustment (controls the family-wise error rate). Returns adjusted p-values in
 * the input order: sorted ascending, p_(i)·(m − i + 1), made non-decreasing, capped at 1.
 * NaN inputs stay NaN and do not count toward m.
 *
 * With `weights` (positive; Holm 1979's weighted form): hypotheses are ordered by p/w, and the
 * i-th is adjusted to (p/w)_(i) · (the weight of the hypotheses not yet rejected), so a hypothesis
 * of weight w is tested at alpha·w/Σw at first. Equal weights give the plain adjustment. The
 * family-wise error stays at alpha under any dependence, as long as the weights do not depend on
 * what is being tested.
 */
export function adjustHolm(pValues: readonly number[], weights?: readonly number[]): number[] {
  const w = checkWeights(pValues, weights);
  const scaled = pValues.map((p, i) => p / w[i]!);
  const order = orderFinite(scaled);
  let remaining = order.reduce((sum, index) => sum + w[index]!, 0);
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  for (const index of order) {
    running = Math.max(running, Math.min(1, remaining * scaled[index]!));
    adjusted[index] = running;
    remaining -= w[index]!;
  }
  return adjusted;
}

/**
 * Benjamini–Hochberg step-up adjustment (controls the false discovery rate): p_(i)·m / i, made
 * non-increasing from the largest down, capped at 1. NaN inputs stay NaN and do not count toward m.
 * With `weights`: the same on p/w with the weights scaled to average 1 (Genovese, Roeder &
 * Wasserman 2006).
 */
export function adjustBenjaminiHochberg(pValues: readonly number[], weights?: readonly number[]): number[] {
  const w = checkWeights(pValues, weights);
  const ratios = pValues.map((p, i) => p / w[i]!);
  const order = orderFinite(ratios);
  const m = order.length;
  // Weights scaled to average 1 over the counted p-values: p / (w / mean) = mean · p / w.
  const mean = order.reduce((sum, index) => sum + w[index]!, 0) / Math.max(1, m);
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank -= 1) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * mean * ratios[index]!);
    adjusted[index] = running;
  }
  return adjusted;
}

/** Applies the named correction, with optional weights (see adjustHolm). */
export function adjustPValues(pValues: readonly number[], method: CorrectionMethod, weights?: readonly number[]): number[] {
  return method === 'holm' ? adjustHolm(pValues, weights) : adjustBenjaminiHochberg(pValues, weights);
}

function checkWeights(pValues: readonly number[], weights: readonly number[] | undefined): readonly number[] {
  if (weights === undefined) return pValues.map(() => 1);
  if (weights.length !== pValues.length || weights.some((weight) => !(weight > 0) || !Number.isFinite(weight))) {
    throw new Error(`Correction weights must be one positive finite number per p-value (${weights.length} for ${pValues.length}).`);
  }
  return weights;
}

function orderFinite(pValues: readonly number[]): number[] {
  const indexes: number[] = [];
  pValues.forEach((p, index) => {
    if (!Number.isNaN(p)) indexes.push(index);
  });
  // Stable tie-break by index keeps the output deterministic.
  return indexes.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}
