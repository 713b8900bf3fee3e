/**
 * Distribution functions for the statistics: log-gamma, the incomplete beta and gamma functions,
 * normal and Student t tails and quantiles, digamma and trigamma (for the empirical-Bayes
 * dispersion prior of the compare stage). Pure functions, no dependencies.
 */

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

/** The z with P(Z > z) = p, for 0 < p < 1 (bisection on the tail; 1e-12 relative). */
export function computeNormalUpperQuantile(p: number): number {
  return computeStudentTUpperQuantile(p, Infinity);
}

/** The t with P(T > t) = p for Student's t with `df` degrees of freedom (Infinity → normal). */
export function computeStudentTUpperQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p > 0.5) return -computeStudentTUpperQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (computeStudentTUpperTail(high, df) > p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i += 1) {
    const mid = (low + high) / 2;
    if (computeStudentTUpperTail(mid, df) > p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series. */
export function computeDigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let result = 0;
  let value = x;
  while (value < 12) {
    result -= 1 / value;
    value += 1;
  }
  const inverse = 1 / value;
  const inverseSquare = inverse * inverse;
  return (
    result +
    Math.log(value) -
    0.5 * inverse -
    inverseSquare * (1 / 12 - inverseSquare * (1 / 120 - inverseSquare * (1 / 252 - inverseSquare * (1 / 240 - inverseSquare / 132))))
  );
}

/** ψ′(x), the trigamma function, for x > 0: recurrence up to x ≥ 12, then the asymptotic series. */
export function computeTrigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let result = 0;
  let value = x;
  while (value < 12) {
    result += 1 / (value * value);
    value += 1;
  }
  const inverse = 1 / value;
  const inverseSquare = inverse * inverse;
  return (
    result +
    inverse +
    0.5 * inverseSquare +
    inverse * inverseSquare * (1 / 6 - inverseSquare * (1 / 30 - inverseSquare * (1 / 42 - inverseSquare * (1 / 30))))
  );
}

/** The x > 0 with ψ′(x) = y, for y > 0 (ψ′ decreases from ∞ to 0; bisection on log x). */
export function computeInverseTrigamma(y: number): number {
  if (!(y > 0) || !Number.isFinite(y)) return Number.NaN;
  let low = Math.log(1e-8);
  let high = Math.log(1e8);
  if (computeTrigamma(Math.exp(high)) > y) return Infinity;
  for (let i = 0; i < 200 && high - low > 1e-13; i += 1) {
    const mid = (low + high) / 2;
    if (computeTrigamma(Math.exp(mid)) > y) low = mid;
    else high = mid;
  }
  return Math.exp((low + high) / 2);
}
