/**
 * Statistics and distribution functions against reference values computed independently (python3
 * 3.11 standard library: Welch t and df by the textbook formulas, tail probabilities by Simpson
 * integration of the Student t density, normal tails by math.erfc, digamma and trigamma by their
 * series) and against published critical values.
 */
import { createSeededRandom } from '../helpers/seeded-random.js';
import { describe, expect, it } from 'vitest';
import {
  computeDigamma,
  computeInverseTrigamma,
  computeLogGamma,
  computeNormalCdf,
  computeNormalUpperQuantile,
  computeNormalUpperTail,
  computeRegularizedIncompleteBeta,
  computeStudentTCdf,
  computeStudentTUpperQuantile,
  computeStudentTUpperTail,
  computeTrigamma,
} from '../../src/core/distributions.js';
import {
  adjustBenjaminiHochberg,
  adjustHolm,
  adjustPValues,
  computeMean,
  computeMedian,
  computeStandardDeviation,
  computeVariance,
  runWelchTTest,
} from '../../src/core/stats.js';

describe('descriptive helpers', () => {
  it('computes mean, variance, standard deviation and median', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(computeMean(values)).toBe(5);
    expect(computeVariance(values)).toBeCloseTo(32 / 7, 12);
    expect(computeStandardDeviation(values)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(computeMedian(values)).toBe(4.5);
    expect(computeMedian([3, 1, 2])).toBe(2);
  });

  it('returns NaN where the statistic is undefined', () => {
    expect(computeMean([])).toBeNaN();
    expect(computeVariance([1])).toBeNaN();
    expect(computeMedian([])).toBeNaN();
  });

  it('keeps variance accurate for large values with small spread', () => {
    expect(computeVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 9);
  });
});

describe('special functions', () => {
  it('log-gamma matches factorials and Γ(1/2) = √π', () => {
    expect(computeLogGamma(1)).toBeCloseTo(0, 13);
    expect(computeLogGamma(10)).toBeCloseTo(Math.log(362880), 11);
    expect(computeLogGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(computeLogGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
  });

  it('incomplete beta matches closed forms', () => {
    // I_x(1, 1) = x; I_x(2, 1) = x²; I_x(a, b) = 1 − I_{1−x}(b, a).
    expect(computeRegularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 13);
    expect(computeRegularizedIncompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 13);
    expect(computeRegularizedIncompleteBeta(0.7, 3.5, 2.25)).toBeCloseTo(1 - computeRegularizedIncompleteBeta(0.3, 2.25, 3.5), 13);
  });

  it('Student t tails reproduce tabulated critical values', () => {
    expect(computeStudentTUpperTail(2.228, 10)).toBeCloseTo(0.025, 4);
    expect(computeStudentTUpperTail(4.032, 5)).toBeCloseTo(0.005, 4);
    // More digits (critical values to 16 digits, tails by numerical integration: 0.025, 0.005).
    expect(computeStudentTUpperTail(2.2281388519649385, 10)).toBeCloseTo(0.025, 10);
    expect(computeStudentTCdf(4.032142983557536, 5)).toBeCloseTo(0.995, 10);
    // Fractional df and far tails, against Simpson integration of the density.
    expect(computeStudentTUpperTail(1.5, 3.7)).toBeCloseTo(0.10679908460100662, 9);
    expect(computeStudentTUpperTail(8, 4) / 0.0006619484546085902).toBeCloseTo(1, 8);
    expect(computeStudentTUpperTail(-1.5, 3.7)).toBeCloseTo(1 - 0.10679908460100662, 9);
    expect(computeStudentTUpperTail(0, 7)).toBeCloseTo(0.5, 14);
  });

  it('normal tails match erfc, including far into the tail', () => {
    expect(computeNormalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 13);
    expect(computeNormalUpperTail(6) / 9.865876450377012e-10).toBeCloseTo(1, 9);
    expect(computeNormalCdf(0)).toBeCloseTo(0.5, 14);
    expect(computeNormalCdf(-1.959963984540054)).toBeCloseTo(0.025, 13);
  });
});

describe('Welch t-test', () => {
  it('matches a worked example with equal sizes (t, Welch–Satterthwaite df, p)', () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const result = runWelchTTest(a1, a2);
    expect(result.t).toBeCloseTo(-2.45535639828601, 10);
    expect(result.df).toBeCloseTo(24.98852929023142, 9);
    expect(result.pLess).toBeCloseTo(0.01068900073143294, 8);
    expect(result.pTwoSided).toBeCloseTo(0.02137800146286588, 8);
    expect(result.pGreater).toBeCloseTo(1 - 0.01068900073143294, 8);
  });

  it('matches a worked example with unequal sizes and variances', () => {
    const x = [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0];
    const y = [28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 24.0, 13.2];
    const result = runWelchTTest(x, y);
    expect(result.t).toBeCloseTo(-2.2192409158236197, 10);
    expect(result.df).toBeCloseTo(24.496223124201244, 9);
    expect(result.pLess).toBeCloseTo(0.01798613551489758, 8);
    // Swapping the samples flips the sign and the one-sided direction.
    const swapped = runWelchTTest(y, x);
    expect(swapped.t).toBeCloseTo(2.2192409158236197, 10);
    expect(swapped.pGreater).toBeCloseTo(0.01798613551489758, 8);
  });

  it('handles degenerate samples without inventing evidence', () => {
    expect(runWelchTTest([1], [2, 3]).pGreater).toBeNaN();
    const equal = runWelchTTest([2, 2, 2], [2, 2, 2]);
    expect([equal.pGreater, equal.pLess, equal.pTwoSided]).toEqual([1, 1, 1]);
    const certain = runWelchTTest([3, 3, 3], [2, 2, 2]);
    expect(certain.pGreater).toBe(0);
    expect(certain.pLess).toBe(1);
  });
});

describe('quantiles, digamma and trigamma', () => {
  it('inverts the normal and Student t tails (published critical values)', () => {
    expect(computeNormalUpperQuantile(0.025)).toBeCloseTo(1.959963984540054, 9);
    expect(computeStudentTUpperQuantile(0.025, 10)).toBeCloseTo(2.2281388519649385, 9);
    expect(computeStudentTUpperQuantile(0.005, 5)).toBeCloseTo(4.032142983557536, 9);
    expect(computeStudentTUpperQuantile(0.975, 10)).toBeCloseTo(-2.2281388519649385, 9);
    expect(computeStudentTUpperQuantile(0, 10)).toBeNaN();
  });

  it('digamma and trigamma match closed forms: ψ(1) = −γ, ψ′(1) = π²/6, ψ(½) = −γ − 2 ln 2, ψ′(½) = π²/2', () => {
    const eulerGamma = 0.5772156649015329;
    expect(computeDigamma(1)).toBeCloseTo(-eulerGamma, 12);
    expect(computeDigamma(0.5)).toBeCloseTo(-eulerGamma - 2 * Math.LN2, 12);
    expect(computeDigamma(10)).toBeCloseTo(2.251752589066721, 12);
    expect(computeTrigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 12);
    expect(computeTrigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 12);
    expect(computeTrigamma(10)).toBeCloseTo(0.10516633568168575, 12);
  });

  it('inverts trigamma', () => {
    for (const x of [0.05, 0.5, 1, 4, 37.5, 1000]) expect(computeInverseTrigamma(computeTrigamma(x)) / x).toBeCloseTo(1, 9);
    expect(computeInverseTrigamma(0)).toBeNaN();
  });
});

describe('multiple-testing adjustments', () => {
  it('Holm matches the worked example', () => {
    const adjusted = adjustHolm([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) => expect(adjusted[i]).toBeCloseTo(expected, 14));
  });

  it('Benjamini–Hochberg matches the worked example', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 → ×4/1, ×4/2, ×4/3, ×4/4 = 0.02, 0.02, 0.04, 0.04 (step-up minimum).
    const adjusted = adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((expected, i) => expect(adjusted[i]).toBeCloseTo(expected, 14));
  });

  it('is monotone in the raw p-values and capped at 1', () => {
    const raw = [0.2, 0.9, 0.001, 0.5, 0.04, 0.04];
    for (const method of ['holm', 'bh'] as const) {
      const adjusted = adjustPValues(raw, method);
      const order = raw.map((_, i) => i).sort((a, b) => raw[a]! - raw[b]!);
      for (let k = 1; k < order.length; k += 1) expect(adjusted[order[k]!]!).toBeGreaterThanOrEqual(adjusted[order[k - 1]!]!);
      for (const [i, p] of adjusted.entries()) {
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeGreaterThanOrEqual(raw[i]!);
      }
    }
    expect(adjustHolm([0.6, 0.7])).toEqual([1, 1]);
  });

  it('weighted Holm: ordered by p/w, each adjusted by the weight not yet rejected', () => {
    // p/w = 0.01/2 = 0.005, 0.04/1 = 0.04, 0.03/0.5 = 0.06, 0.005/0.5 = 0.01; total weight 4.
    // Order: #0 (0.005 × 4 = 0.02), #3 (0.01 × 2 = 0.02), #1 (0.04 × 1.5 = 0.06), #2 (0.06 × 0.5 = 0.03 → 0.06).
    const adjusted = adjustHolm([0.01, 0.04, 0.03, 0.005], [2, 1, 0.5, 0.5]);
    [0.02, 0.06, 0.06, 0.02].forEach((expected, i) => expect(adjusted[i]).toBeCloseTo(expected, 14));
    // Equal weights of any size are plain Holm.
    const plain = adjustHolm([0.01, 0.04, 0.03, 0.005]);
    adjustHolm([0.01, 0.04, 0.03, 0.005], [3, 3, 3, 3]).forEach((p, i) => expect(p).toBeCloseTo(plain[i]!, 14));
  });

  it('weighted Holm keeps the family-wise error at alpha on independent uniform nulls (simulation)', () => {
    const random = createSeededRandom(7);
    const weights = [0.8, 0.1, 0.05, 0.03, 0.02];
    let familiesWithAFalseRejection = 0;
    const families = 20_000;
    for (let f = 0; f < families; f += 1) {
      const adjusted = adjustHolm(weights.map(() => random()), weights);
      if (adjusted.some((p) => p < 0.05)) familiesWithAFalseRejection += 1;
    }
    // Exactly 5% in expectation for Bonferroni-type weights; binomial sd at 20,000 families ≈ 0.15%.
    expect(familiesWithAFalseRejection / families).toBeGreaterThan(0.045);
    expect(familiesWithAFalseRejection / families).toBeLessThan(0.055);
  });

  it('weighted Benjamini–Hochberg rescales the weights to average 1', () => {
    // Weights 2, 2 → 1, 1: plain BH.
    const plain = adjustBenjaminiHochberg([0.01, 0.04]);
    adjustBenjaminiHochberg([0.01, 0.04], [2, 2]).forEach((p, i) => expect(p).toBeCloseTo(plain[i]!, 14));
    // Weights 1.5, 0.5: p/w 0.00667, 0.08 → ×2/1, ×2/2 → 0.0133, 0.08.
    const adjusted = adjustBenjaminiHochberg([0.01, 0.04], [1.5, 0.5]);
    expect(adjusted[0]).toBeCloseTo(0.02 / 1.5, 12);
    expect(adjusted[1]).toBeCloseTo(0.08, 12);
    expect(() => adjustHolm([0.1], [0])).toThrow('positive finite');
  });

  it('leaves NaN entries out of the family', () => {
    const adjusted = adjustHolm([0.01, Number.NaN, 0.02]);
    expect(adjusted[0]).toBeCloseTo(0.02, 14);
    expect(adjusted[1]).toBeNaN();
    expect(adjusted[2]).toBeCloseTo(0.02, 14);
  });
});
