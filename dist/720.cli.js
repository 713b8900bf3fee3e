export const id = 720;
export const ids = [720];
export const modules = {

/***/ 57720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_COMPARE_OPTIONS: () => (/* reexport */ DEFAULT_COMPARE_OPTIONS),
  compareProfiles: () => (/* reexport */ compareProfiles),
  describeTimeChange: () => (/* reexport */ describeTimeChange),
  extractMinorVersion: () => (/* reexport */ extractMinorVersion),
  formatInterval: () => (/* reexport */ formatInterval),
  formatLimit: () => (/* reexport */ formatLimit),
  formatP: () => (/* reexport */ formatP),
  formatPoints: () => (/* reexport */ formatPoints),
  formatRelative: () => (/* reexport */ formatRelative),
  formatShare: () => (/* reexport */ formatShare),
  resolveCompareOptions: () => (/* reexport */ resolveCompareOptions)
});

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
;// CONCATENATED MODULE: ./src/core/compare/attribution.ts
/**
 * Causes before consequences: which regressed (or improved) causes sit beneath a consequence, and
 * which Python cause directly calls a native one.
 */

/**
 * Fills `causedBy` for consequences: causes of the same decision that sit beneath them in some
 * current stack, the largest share change first.
 */
function attachCauses(functions, current, decision) {
    const group = functions.filter((fn) => fn.decision === decision);
    const consequences = new Map(group.filter((fn) => fn.role === 'consequence').map((fn) => [fn.name, new Set()]));
    const causes = new Map(group.filter((fn) => fn.role === 'cause').map((fn) => [fn.name, Math.abs(fn.own.shareChange)]));
    if (consequences.size === 0 || causes.size === 0)
        return;
    for (const stack of (0,folded/* mergeStacks */.W3)(current.profiles).keys()) {
        const frames = stack.split(';');
        const first = frames.findIndex((frame) => consequences.has(frame));
        if (first < 0)
            continue;
        // Every consequence seen so far gets every cause deeper in the stack.
        const seen = [];
        for (let i = first; i < frames.length; i += 1) {
            const frame = frames[i];
            if (causes.has(frame))
                for (const name of seen)
                    if (name !== frame)
                        consequences.get(name).add(frame);
            if (consequences.has(frame))
                seen.push(frame);
        }
    }
    for (const fn of group) {
        const found = consequences.get(fn.name);
        if (found)
            fn.causedBy = [...found].sort((a, b) => causes.get(b) - causes.get(a) || (0,folded/* compareBytes */.Xo)(a, b));
    }
}
/** Fills `within` for native/kernel causes that sit directly under a Python cause of the same decision. */
function attachOwners(functions, current) {
    const pythonCauses = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind === 'python').map((fn) => [fn.name, fn.decision]));
    const natives = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind !== 'python').map((fn) => [fn.name, fn]));
    if (pythonCauses.size === 0 || natives.size === 0)
        return;
    const byOwner = new Map();
    const selfWeight = new Map();
    for (const [stack, weight] of (0,folded/* mergeStacks */.W3)(current.profiles)) {
        const frames = stack.split(';');
        const leaf = frames[frames.length - 1];
        if (!natives.has(leaf))
            continue;
        selfWeight.set(leaf, (selfWeight.get(leaf) ?? 0) + weight);
        let owner;
        for (let i = frames.length - 1; i >= 0 && owner === undefined; i -= 1)
            if (frames[i].startsWith('py::'))
                owner = frames[i];
        if (owner === undefined)
            continue;
        const owners = byOwner.get(leaf) ?? new Map();
        owners.set(owner, (owners.get(owner) ?? 0) + weight);
        byOwner.set(leaf, owners);
    }
    for (const [name, fn] of natives) {
        const owners = [...(byOwner.get(name) ?? new Map())].sort((a, b) => b[1] - a[1] || (0,folded/* compareBytes */.Xo)(a[0], b[0]));
        const top = owners[0];
        if (top && pythonCauses.get(top[0]) === fn.decision && top[1] >= 0.5 * (selfWeight.get(name) ?? 0))
            fn.within = top[0];
    }
}

;// CONCATENATED MODULE: ./src/core/distributions.ts
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
function computeLogGamma(x) {
    if (x < 0.5) {
        // Reflection formula keeps the approximation in its accurate range.
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - computeLogGamma(1 - x);
    }
    const z = x - 1;
    let sum = LANCZOS_COEFFICIENTS[0];
    for (let i = 1; i < LANCZOS_G + 2; i += 1)
        sum += LANCZOS_COEFFICIENTS[i] / (z + i);
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
function computeRegularizedIncompleteBeta(x, a, b) {
    if (!(a > 0) || !(b > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = computeLogGamma(a + b) - computeLogGamma(a) - computeLogGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    const front = Math.exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return (front * evaluateBetaContinuedFraction(x, a, b)) / a;
    return 1 - (front * evaluateBetaContinuedFraction(1 - x, b, a)) / b;
}
function evaluateBetaContinuedFraction(x, a, b) {
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let result = d;
    for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
        const m2 = 2 * m;
        // Even step.
        let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + numerator * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + numerator / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        result *= d * c;
        // Odd step.
        numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + numerator * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + numerator / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        result *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return result;
}
/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), by series or continued fraction. */
function computeRegularizedUpperGamma(a, x) {
    if (!(a > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    const logFront = a * Math.log(x) - x - computeLogGamma(a);
    if (x < a + 1) {
        // Series for the lower function P, then Q = 1 − P.
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON)
                break;
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
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        result *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.exp(logFront) * result;
}
/** P(Z > z) for a standard normal Z, accurate far into the tail. */
function computeNormalUpperTail(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    if (z === Infinity)
        return 0;
    if (z === -Infinity)
        return 1;
    // erfc(u) = Q(1/2, u²) for u ≥ 0.
    const half = 0.5 * computeRegularizedUpperGamma(0.5, (z * z) / 2);
    return z >= 0 ? half : 1 - half;
}
/** Standard normal CDF P(Z ≤ z). */
function computeNormalCdf(z) {
    return computeNormalUpperTail(-z);
}
/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional; Infinity → normal). */
function computeStudentTUpperTail(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return Number.NaN;
    if (df === Infinity)
        return computeNormalUpperTail(t);
    if (t === Infinity)
        return 0;
    if (t === -Infinity)
        return 1;
    // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2); each tail is half of it.
    const tail = 0.5 * computeRegularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** Student's t CDF P(T ≤ t). */
function computeStudentTCdf(t, df) {
    return computeStudentTUpperTail(-t, df);
}
/** The z with P(Z > z) = p, for 0 < p < 1 (bisection on the tail; 1e-12 relative). */
function computeNormalUpperQuantile(p) {
    return computeStudentTUpperQuantile(p, Infinity);
}
/** The t with P(T > t) = p for Student's t with `df` degrees of freedom (Infinity → normal). */
function computeStudentTUpperQuantile(p, df) {
    if (!(p > 0 && p < 1) || !(df > 0))
        return Number.NaN;
    if (p > 0.5)
        return -computeStudentTUpperQuantile(1 - p, df);
    let low = 0;
    let high = 1;
    while (computeStudentTUpperTail(high, df) > p)
        high *= 2;
    for (let i = 0; i < 200 && high - low > 1e-12 * high; i += 1) {
        const mid = (low + high) / 2;
        if (computeStudentTUpperTail(mid, df) > p)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}
/** ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series. */
function computeDigamma(x) {
    if (!(x > 0))
        return Number.NaN;
    let result = 0;
    let value = x;
    while (value < 12) {
        result -= 1 / value;
        value += 1;
    }
    const inverse = 1 / value;
    const inverseSquare = inverse * inverse;
    return (result +
        Math.log(value) -
        0.5 * inverse -
        inverseSquare * (1 / 12 - inverseSquare * (1 / 120 - inverseSquare * (1 / 252 - inverseSquare * (1 / 240 - inverseSquare / 132)))));
}
/** ψ′(x), the trigamma function, for x > 0: recurrence up to x ≥ 12, then the asymptotic series. */
function computeTrigamma(x) {
    if (!(x > 0))
        return Number.NaN;
    let result = 0;
    let value = x;
    while (value < 12) {
        result += 1 / (value * value);
        value += 1;
    }
    const inverse = 1 / value;
    const inverseSquare = inverse * inverse;
    return (result +
        inverse +
        0.5 * inverseSquare +
        inverse * inverseSquare * (1 / 6 - inverseSquare * (1 / 30 - inverseSquare * (1 / 42 - inverseSquare * (1 / 30)))));
}
/** The x > 0 with ψ′(x) = y, for y > 0 (ψ′ decreases from ∞ to 0; bisection on log x). */
function computeInverseTrigamma(y) {
    if (!(y > 0) || !Number.isFinite(y))
        return Number.NaN;
    let low = Math.log(1e-8);
    let high = Math.log(1e8);
    if (computeTrigamma(Math.exp(high)) > y)
        return Infinity;
    for (let i = 0; i < 200 && high - low > 1e-13; i += 1) {
        const mid = (low + high) / 2;
        if (computeTrigamma(Math.exp(mid)) > y)
            low = mid;
        else
            high = mid;
    }
    return Math.exp((low + high) / 2);
}

;// CONCATENATED MODULE: ./src/core/stats.ts
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

/** Arithmetic mean; `NaN` for an empty sample. */
function computeMean(values) {
    if (values.length === 0)
        return Number.NaN;
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}
/** Unbiased sample variance (divides by n − 1); `NaN` for fewer than two values. Two-pass for accuracy. */
function computeVariance(values) {
    if (values.length < 2)
        return Number.NaN;
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
function computeStandardDeviation(values) {
    return Math.sqrt(computeVariance(values));
}
/** Median (mean of the two middle values for an even count); `NaN` for an empty sample. */
function computeMedian(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/**
 * Welch's unequal-variance t-test of mean(x) vs mean(y). Needs at least two values per side (else
 * every p is NaN). When both variances are zero the answer is certain: p = 0 in the direction of a
 * non-zero difference, 1 otherwise.
 */
function runWelchTTest(x, y) {
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
function computeTPValues(t, df) {
    const pGreater = computeStudentTUpperTail(t, df);
    const pLess = computeStudentTUpperTail(-t, df);
    return { pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}
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
function adjustHolm(pValues, weights) {
    const w = checkWeights(pValues, weights);
    const scaled = pValues.map((p, i) => p / w[i]);
    const order = orderFinite(scaled);
    let remaining = order.reduce((sum, index) => sum + w[index], 0);
    const adjusted = pValues.map(() => Number.NaN);
    let running = 0;
    for (const index of order) {
        running = Math.max(running, Math.min(1, remaining * scaled[index]));
        adjusted[index] = running;
        remaining -= w[index];
    }
    return adjusted;
}
/**
 * Benjamini–Hochberg step-up adjustment (controls the false discovery rate): p_(i)·m / i, made
 * non-increasing from the largest down, capped at 1. NaN inputs stay NaN and do not count toward m.
 * With `weights`: the same on p/w with the weights scaled to average 1 (Genovese, Roeder &
 * Wasserman 2006).
 */
function adjustBenjaminiHochberg(pValues, weights) {
    const w = checkWeights(pValues, weights);
    const ratios = pValues.map((p, i) => p / w[i]);
    const order = orderFinite(ratios);
    const m = order.length;
    // Weights scaled to average 1 over the counted p-values: p / (w / mean) = mean · p / w.
    const mean = order.reduce((sum, index) => sum + w[index], 0) / Math.max(1, m);
    const adjusted = pValues.map(() => Number.NaN);
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank -= 1) {
        const index = order[rank];
        running = Math.min(running, (m / (rank + 1)) * mean * ratios[index]);
        adjusted[index] = running;
    }
    return adjusted;
}
/** Applies the named correction, with optional weights (see adjustHolm). */
function adjustPValues(pValues, method, weights) {
    return method === 'holm' ? adjustHolm(pValues, weights) : adjustBenjaminiHochberg(pValues, weights);
}
function checkWeights(pValues, weights) {
    if (weights === undefined)
        return pValues.map(() => 1);
    if (weights.length !== pValues.length || weights.some((weight) => !(weight > 0) || !Number.isFinite(weight))) {
        throw new Error(`Correction weights must be one positive finite number per p-value (${weights.length} for ${pValues.length}).`);
    }
    return weights;
}
function orderFinite(pValues) {
    const indexes = [];
    pValues.forEach((p, index) => {
        if (!Number.isNaN(p))
            indexes.push(index);
    });
    // Stable tie-break by index keeps the output deterministic.
    return indexes.sort((a, b) => pValues[a] - pValues[b] || a - b);
}

// EXTERNAL MODULE: ./src/core/fold-python.ts + 9 modules
var fold_python = __webpack_require__(71467);
// EXTERNAL MODULE: ./src/core/hotspots.ts
var hotspots = __webpack_require__(63279);
;// CONCATENATED MODULE: ./src/core/compare/samples.ts


function buildSideSamples(profiles) {
    const tables = profiles.map((stacks) => (0,hotspots/* computeFunctionTable */.Wz)(stacks));
    return { profiles, tables, totals: tables.map((table) => table.total) };
}
/** A function's own or inclusive weight in one run's table (0 when absent). */
function selectMetricWeight(table, name, metric) {
    const fn = table.functions.get(name);
    if (fn === undefined)
        return 0;
    return metric === 'own' ? (0,hotspots/* selectOwnWeight */.vM)(fn) : fn.inclusive;
}
function selectRunCounts(side, name, metric) {
    return { counts: side.tables.map((table) => selectMetricWeight(table, name, metric)), totals: [...side.totals] };
}
/** Pooled share Σ weight / Σ total; 0 without samples. */
function computePooledShare(counts) {
    const total = sumValues(counts.totals);
    return total > 0 ? sumValues(counts.counts) / total : 0;
}
function sumValues(values) {
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum;
}
/**
 * The side without the stacks whose samples a function in `names` owns (innermost Python frame for
 * `py::` names, leaf for native ones); run totals shrink with them.
 */
function setAsideFunctions(side, names) {
    const profiles = side.profiles.map((stacks) => {
        const kept = new Map();
        for (const [stack, weight] of stacks)
            if (!isOwnedByAny(stack, names))
                kept.set(stack, weight);
        return kept;
    });
    return buildSideSamples(profiles);
}
/** Whether a stack's samples belong to one of `names` in the `own` sense. */
function isOwnedByAny(stack, names) {
    const frames = stack.split(';');
    let leafSeen = false;
    for (let i = frames.length - 1; i >= 0; i -= 1) {
        const frame = frames[i];
        if (frame === '' || frame === fold_python/* TRUNCATED_FRAME */.z)
            continue;
        if (!leafSeen) {
            leafSeen = true;
            if (!frame.startsWith('py::') && names.has(frame))
                return true;
        }
        if (frame.startsWith('py::'))
            return names.has(frame);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/compare/statistics.ts
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



/** Σ (runs − 1) the prior needs before it replaces the default dispersion. */
const MIN_PRIOR_DEGREES_OF_FREEDOM = 10;
/** Functions the prior needs (each with ≥ 1 df). */
const MIN_PRIOR_FUNCTIONS = 3;
/** Pearson χ² is unstable below this expected count in a cell. */
const MIN_EXPECTED_COUNT = 5;
/** Numerical floor of φ̃ (see the calibration above: fitted priors were 0.15–0.44). */
const MIN_DISPERSION = 0.1;
/** Measures a function (counts per run) against its reference (totals − counts per run). */
function measureOdds(sides) {
    const pooled = (side) => {
        const inside = sumValues(side.counts);
        return { inside, outside: sumValues(side.totals) - inside };
    };
    const before = pooled(sides.baseline);
    const after = pooled(sides.current);
    const zeroCell = Math.min(before.inside, before.outside, after.inside, after.outside) === 0;
    const add = zeroCell ? 0.5 : 0;
    const logOdds = (cell) => Math.log(cell.inside + add) - Math.log(cell.outside + add);
    const variance = (cell) => 1 / (cell.inside + add) + 1 / (cell.outside + add);
    let statistic = 0;
    let degreesOfFreedom = 0;
    let stable = true;
    for (const side of [sides.baseline, sides.current]) {
        const runs = side.counts.length;
        const total = sumValues(side.totals);
        const proportion = total > 0 ? sumValues(side.counts) / total : 0;
        if (runs < 2 || !(proportion > 0 && proportion < 1))
            continue;
        for (let i = 0; i < runs; i += 1) {
            const expected = side.totals[i] * proportion;
            if (expected < MIN_EXPECTED_COUNT || side.totals[i] - expected < MIN_EXPECTED_COUNT)
                stable = false;
            const deviation = side.counts[i] - expected;
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
function fitDispersionPrior(measurements, options) {
    const usable = measurements.flatMap((m) => (m.pearson ? [m.pearson] : []));
    const pooledDegreesOfFreedom = sumValues(usable.map((p) => p.degreesOfFreedom));
    const fallback = { dispersion: options.defaultDispersion, degreesOfFreedom: Infinity, source: 'default', functions: usable.length, pooledDegreesOfFreedom };
    if (usable.length === 0 || pooledDegreesOfFreedom < MIN_PRIOR_DEGREES_OF_FREEDOM)
        return fallback;
    if (usable.length < MIN_PRIOR_FUNCTIONS) {
        const pooled = sumValues(usable.map((p) => p.statistic)) / pooledDegreesOfFreedom;
        return { ...fallback, dispersion: pooled, source: 'estimated' };
    }
    const estimates = usable.map((p) => p.statistic / p.degreesOfFreedom);
    const floor = Math.max(1e-5 * computeMedian(estimates), 1e-8);
    const logs = usable.map((p, i) => Math.log(Math.max(estimates[i], floor)) - computeDigamma(p.degreesOfFreedom / 2) + Math.log(p.degreesOfFreedom / 2));
    const mean = sumValues(logs) / logs.length;
    const spread = sumValues(logs.map((value) => (value - mean) ** 2)) / (logs.length - 1);
    const excess = spread - sumValues(usable.map((p) => computeTrigamma(p.degreesOfFreedom / 2))) / usable.length;
    if (!(excess > 0))
        return { dispersion: Math.exp(mean), degreesOfFreedom: Infinity, source: 'estimated', functions: usable.length, pooledDegreesOfFreedom };
    const priorDf = 2 * computeInverseTrigamma(excess);
    const dispersion = Number.isFinite(priorDf) ? Math.exp(mean + computeDigamma(priorDf / 2) - Math.log(priorDf / 2)) : Math.exp(mean);
    return { dispersion, degreesOfFreedom: priorDf, source: 'estimated', functions: usable.length, pooledDegreesOfFreedom };
}
/** The moderated test and interval of one measurement. */
function testOddsRatio(measurement, prior) {
    const own = measurement.pearson;
    let dispersion = prior.dispersion;
    let degreesOfFreedom = prior.degreesOfFreedom;
    if (own && Number.isFinite(prior.degreesOfFreedom)) {
        dispersion = (prior.degreesOfFreedom * prior.dispersion + own.statistic) / (prior.degreesOfFreedom + own.degreesOfFreedom);
        degreesOfFreedom = prior.degreesOfFreedom + own.degreesOfFreedom;
    }
    // As limma: the moderated df never exceed the df the estimate rests on (Σ over all functions);
    // with d₀ = ∞ φ₀ is still an estimate, and t on the pooled df keeps the far tail honest.
    if (prior.source === 'estimated')
        degreesOfFreedom = Math.min(degreesOfFreedom, prior.pooledDegreesOfFreedom);
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
function describeDispersionPrior(prior) {
    return {
        prior: prior.dispersion,
        priorDegreesOfFreedom: Number.isFinite(prior.degreesOfFreedom) ? prior.degreesOfFreedom : null,
        source: prior.source,
        functions: prior.functions,
        degreesOfFreedom: prior.pooledDegreesOfFreedom,
    };
}

;// CONCATENATED MODULE: ./src/core/compare/wording.ts
/** How the comparison speaks: number formats shared with the Markdown report, reasons and the summary line. */

/** 0.1234 → "12.3%". */
function formatShare(share) {
    return `${(share * 100).toFixed(1)}%`;
}
/** 0.032 → "+3.2 pts". */
function formatPoints(delta) {
    const points = delta * 100;
    return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts`;
}
/** 0.26 → "+26%", 0.031 → "+3.1%". */
function formatRelative(relative) {
    const percent = relative * 100;
    const digits = Math.abs(percent) < 10 ? 1 : 0;
    const text = Math.abs(percent).toFixed(digits);
    return `${percent >= 0 || Number(text) === 0 ? '+' : '−'}${text}%`;
}
/** An option value as a percentage: 0.1 → "10%", 0.005 → "0.5%". */
function formatLimit(fraction) {
    return `${Number((fraction * 100).toFixed(2))}%`;
}
/** Two significant digits: 0.00042 → "0.00042", 3.2e-7 → "3.2e-7". */
function formatP(p) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    if (p === 0)
        return '0';
    return String(Number(p.toPrecision(2)));
}
/** "+9.0% … +23%". */
function formatInterval(interval) {
    return `${formatRelative(interval.low)} … ${formatRelative(interval.high)}`;
}
function describeCorrection(correction, style) {
    // The causes' correction is weighted by share (family.ts); the words say so, so nobody checks p × m by hand.
    if (correction === 'holm')
        return style.short ? 'weighted Holm' : 'Holm, weighted by share';
    return style.short ? 'weighted BH' : 'Benjamini–Hochberg, weighted by share';
}
/** "own time +16% (95% interval +9.0% … +23%), share 42.5% → 46.1%"; "new" when absent from the baseline. */
function describeTimeChange(change) {
    const label = change.metric === 'own' ? 'own time' : 'inclusive time';
    const time = change.timeChange === null
        ? change.baselineShare === 0
            ? `${label} new`
            : `${label} gone`
        : `${label} ${formatRelative(change.timeChange)}${change.interval95 ? ` (95% interval ${formatInterval(change.interval95)})` : ''}`;
    return `${time}, share ${formatShare(change.baselineShare)} → ${formatShare(change.currentShare)}`;
}
/**
 * "; the data cannot resolve a 10% slowdown of py::a (own time's 95% interval reaches +14%) and 2
 * more: more samples per run narrow the intervals"; empty when every gateable own time is resolved.
 */
function describeUnresolved(unresolved, threshold) {
    if (unresolved.length === 0)
        return '';
    const shown = unresolved.slice(0, 2).map((entry) => `${entry.name} (95% interval reaches ${formatRelative(entry.high)})`);
    const more = unresolved.length > 2 ? ` and ${unresolved.length - 2} more` : '';
    return `; the data cannot resolve a ${formatLimit(threshold)} slowdown of ${shown.join(', ')}${more}: more samples per run (a higher frequency or longer runs) narrow the intervals`;
}
function formatSeconds(side) {
    if (side.mean === null)
        return 'n/a';
    return side.sd === null ? `${side.mean.toFixed(3)} s` : `${side.mean.toFixed(3)} s ± ${side.sd.toFixed(3)}`;
}
/** Up to three names in byte order, then "and N more". */
function formatNameList(names) {
    const list = [...names].sort(folded/* compareBytes */.Xo);
    return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}
function keepFinite(value) {
    return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

;// CONCATENATED MODULE: ./src/core/compare/family.ts
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





function buildHypothesisKey(hypothesis) {
    return `${hypothesis.metric}\u0000${hypothesis.name}`;
}
function planHypotheses(sides, options) {
    const names = new Set();
    for (const table of [...sides.baseline.tables, ...sides.current.tables])
        for (const name of table.functions.keys())
            names.add(name);
    const considered = [];
    const own = [];
    const inclusive = [];
    let omitted = 0;
    for (const name of [...names].sort(folded/* compareBytes */.Xo)) {
        const shares = (metric) => [sides.baseline, sides.current].map((side) => computePooledShare(selectRunCounts(side, name, metric)));
        const ownShares = shares('own');
        const inclusiveShares = shares('inclusive');
        const reaches = (values) => Math.max(...values) >= options.minShare;
        if (!reaches(inclusiveShares)) {
            omitted += 1;
            continue;
        }
        considered.push(name);
        if (!options.testable)
            continue;
        if (reaches(ownShares))
            own.push({ name, metric: 'own' });
        const beneath = inclusiveShares.map((share, i) => share - ownShares[i]);
        const outside = inclusiveShares.map((share) => 1 - share);
        if (reaches(beneath) && reaches(outside))
            inclusive.push({ name, metric: 'inclusive' });
    }
    return { considered, hypotheses: [...own, ...inclusive], omitted };
}
/** Measures, tests and corrects every hypothesis on these sides (see the module comment for the families). */
function runFamily(sides, family) {
    const measured = family.hypotheses.map((hypothesis) => {
        const measurement = measureOdds({
            baseline: selectRunCounts(sides.baseline, hypothesis.name, hypothesis.metric),
            current: selectRunCounts(sides.current, hypothesis.name, hypothesis.metric),
        });
        return { hypothesis, measurement, test: testOddsRatio(measurement, family.prior) };
    });
    const weights = measured.map((entry) => computeCauseWeight(entry.measurement));
    const adjust = (pick) => gatekeepPValues(measured.map((entry, i) => ({ metric: entry.hypothesis.metric, p: pick(entry.test), weight: weights[i] })), family);
    const grow = adjust((test) => test.pGrow);
    const shrink = adjust((test) => test.pShrink);
    const results = new Map();
    measured.forEach((entry, i) => {
        results.set(buildHypothesisKey(entry.hypothesis), { measurement: entry.measurement, test: entry.test, pGrowAdjusted: grow[i], pShrinkAdjusted: shrink[i] });
    });
    return results;
}
/**
 * A cause's weight in its correction: its own share of both sides' samples pooled (which says
 * nothing about the direction or size of its change, so the weights do not depend on the test).
 */
function computeCauseWeight(measurement) {
    const inside = measurement.baselineIn + measurement.currentIn;
    const all = inside + measurement.baselineOut + measurement.currentOut;
    // Every cause reaches minShare on a side; the floor only keeps a weight positive.
    return Math.max(inside / Math.max(all, 1), 1e-6);
}
/** Adjusted p-values: causes corrected among themselves (weighted by share); consequences within theirs, scaled by m/r of the causes. */
function gatekeepPValues(tests, family) {
    const indexes = (metric) => tests.flatMap((test, i) => (test.metric === metric ? [i] : []));
    const own = indexes('own');
    const inclusive = indexes('inclusive');
    const adjusted = tests.map(() => 1);
    const ownAdjusted = adjustPValues(own.map((i) => tests[i].p), family.correction, own.map((i) => tests[i].weight));
    own.forEach((index, k) => (adjusted[index] = ownAdjusted[k]));
    const rejected = ownAdjusted.filter((p) => p < family.alpha).length;
    if (rejected === 0)
        return adjusted;
    const inclusiveAdjusted = adjustPValues(inclusive.map((i) => tests[i].p), family.correction);
    inclusive.forEach((index, k) => (adjusted[index] = Math.min(1, (inclusiveAdjusted[k] * own.length) / rejected)));
    return adjusted;
}
/** Measures one function's own or inclusive time without testing it (for reports of untested times). */
function measureUntested(sides, hypothesis, prior) {
    const measurement = measureOdds({
        baseline: selectRunCounts(sides.baseline, hypothesis.name, hypothesis.metric),
        current: selectRunCounts(sides.current, hypothesis.name, hypothesis.metric),
    });
    return { measurement, test: testOddsRatio(measurement, prior) };
}
/** Judges one tested time in one direction. */
function judgeHypothesis(result, context) {
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
    if (measurement.logOddsRatio === 0 && test.timeChange !== null)
        return { outcome: 'unchanged', reason: `${head}${reference}: no change` };
    const failures = [];
    if (!(pAdjusted < options.alpha))
        failures.push(`${pText} ≥ ${options.alpha}`);
    const newHotspot = growing && context.newHotspot;
    if (!newHotspot)
        failures.push(...checkFloors(result, { direction, options, baselineShare: context.shares.baseline }));
    if (failures.length === 0) {
        return { outcome: growing ? 'regressed' : 'improved', reason: `${newHotspot ? 'new hotspot: ' : ''}${head}${reference}, ${pText} < ${options.alpha}` };
    }
    return { outcome: 'unchanged', reason: `${head}${reference}: ${failures.join(', ')}` };
}
/** The effect-size floors, applied to the end of the 95% interval in the tested direction. */
function checkFloors(result, context) {
    const { options } = context;
    const growing = context.direction === 'grow';
    const interval = result.test.interval95;
    if (interval === null)
        return [];
    const failures = [];
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

;// CONCATENATED MODULE: ./src/core/compare/guard.ts
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




/** Runs per side from which the count test uses each side's own spread (Welch). */
const MIN_RUNS_FOR_WELCH = 3;
function guardComposition(sides, family) {
    const { plan, prior, plain, options } = family;
    const candidates = (direction) => plan.hypotheses
        .filter((hypothesis) => hypothesis.metric === 'own')
        .filter((hypothesis) => {
        const shares = {
            baseline: computePooledShare(selectRunCounts(sides.baseline, hypothesis.name, 'own')),
            current: computePooledShare(selectRunCounts(sides.current, hypothesis.name, 'own')),
        };
        const judgement = judgeHypothesis(plain.get(buildHypothesisKey(hypothesis)), { direction, metric: 'own', newHotspot: false, referenceExcludes: [], shares, options });
        return judgement.outcome === (direction === 'grow' ? 'regressed' : 'improved');
    })
        .map((hypothesis) => hypothesis.name);
    const faster = confirmCountChange(candidates('shrink'), { direction: 'shrink', sides, prior, alpha: options.alpha });
    const slower = confirmCountChange(candidates('grow'), { direction: 'grow', sides, prior, alpha: options.alpha });
    const rerun = (names) => {
        if (names.length === 0)
            return plain;
        const set = new Set(names);
        const reduced = { baseline: setAsideFunctions(sides.baseline, set), current: setAsideFunctions(sides.current, set) };
        const results = runFamily(reduced, { hypotheses: plan.hypotheses, prior, correction: options.correction, alpha: options.alpha });
        // A set-aside function is still judged on its own samples, against the whole rest.
        for (const hypothesis of plan.hypotheses)
            if (set.has(hypothesis.name))
                results.set(buildHypothesisKey(hypothesis), plain.get(buildHypothesisKey(hypothesis)));
        return results;
    };
    return { growth: rerun(faster), shrink: rerun(slower), faster, slower };
}
/** The candidates whose own sample count per run moved in `direction` (see the module comment). */
function confirmCountChange(names, context) {
    const { direction, sides, prior } = context;
    const level = context.alpha / Math.max(1, names.length);
    const countsOf = (side, name) => selectRunCounts(side, name, 'own').counts;
    return names.filter((name) => {
        const before = countsOf(sides.baseline, name);
        const after = countsOf(sides.current, name);
        let p;
        if (before.length >= MIN_RUNS_FOR_WELCH && after.length >= MIN_RUNS_FOR_WELCH) {
            const welch = runWelchTTest(after, before);
            p = direction === 'grow' ? welch.pGreater : welch.pLess;
        }
        else {
            const meanAfter = sumValues(after) / Math.max(1, after.length);
            const meanBefore = sumValues(before) / Math.max(1, before.length);
            const variance = Math.max(1, prior.dispersion) * (meanAfter / Math.max(1, after.length) + meanBefore / Math.max(1, before.length));
            const z = variance > 0 ? (meanAfter - meanBefore) / Math.sqrt(variance) : 0;
            p = computeNormalUpperTail(direction === 'grow' ? z : -z);
        }
        return Number.isFinite(p) && p < level;
    });
}

;// CONCATENATED MODULE: ./src/core/compare/options.ts
const DEFAULT_COMPARE_OPTIONS = Object.freeze({
    alpha: 0.01,
    threshold: 0.1,
    minDelta: 0.005,
    minShare: 0.01,
    correction: 'holm',
    minSamples: 1000,
    minRunSamples: 100,
    timeThreshold: null,
    minRootedShare: 0.5,
    minPythonShare: 0.5,
    defaultDispersion: 2,
});
/** Merges partial options over the defaults and validates them. */
function resolveCompareOptions(partial = {}) {
    const options = { ...DEFAULT_COMPARE_OPTIONS };
    for (const [key, value] of Object.entries(partial)) {
        if (value !== undefined)
            options[key] = value;
    }
    requireFraction({ name: 'alpha', value: options.alpha, open: true });
    for (const name of ['minShare', 'minDelta', 'minRootedShare', 'minPythonShare'])
        requireFraction({ name, value: options[name], open: false });
    for (const name of ['threshold', 'minSamples', 'minRunSamples']) {
        const value = options[name];
        if (!Number.isFinite(value) || value < 0)
            throw new Error(`Invalid compare option ${name}=${value}: expected a non-negative number.`);
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
/** Throws unless `value` is in [0, 1] (or (0, 1) when `open`). */
function requireFraction(check) {
    const { name, value, open } = check;
    if (!Number.isFinite(value) || value < 0 || value > 1 || (open && (value === 0 || value === 1))) {
        throw new Error(`Invalid compare option ${name}=${value}: expected a number ${open ? 'strictly ' : ''}between 0 and 1.`);
    }
}

;// CONCATENATED MODULE: ./src/core/compare/time.ts
/** Total wall and CPU time: Welch's t-test on per-run times, gated only with `timeThreshold`. */


function compareTimes(runs, options) {
    const entries = ['wall', 'cpu'].map((name) => {
        const values = (list) => list.map((run) => (name === 'wall' ? run.wallSeconds : run.cpuSeconds)).filter((value) => value !== undefined && Number.isFinite(value));
        const before = values(runs.baseline);
        const after = values(runs.current);
        if (before.length === 0 || after.length === 0)
            return null;
        const side = (list) => ({ runs: list.length, mean: keepFinite(computeMean(list)), sd: keepFinite(computeStandardDeviation(list)), values: list });
        const meanBefore = computeMean(before);
        const welch = runWelchTTest(after, before);
        return {
            name,
            baseline: side(before),
            current: side(after),
            relativeChange: keepFinite(meanBefore > 0 ? computeMean(after) / meanBefore - 1 : Number.NaN),
            pGrow: keepFinite(welch.pGreater),
            pTwoSided: keepFinite(welch.pTwoSided),
            pGrowAdjusted: null,
            gated: options.timeThreshold !== null,
            regressed: false,
            reason: '',
        };
    });
    const gated = entries.filter((entry) => entry !== null && entry.gated && entry.pGrow !== null);
    const adjusted = adjustPValues(gated.map((entry) => entry.pGrow), 'holm');
    gated.forEach((entry, i) => {
        entry.pGrowAdjusted = keepFinite(adjusted[i]);
    });
    for (const entry of entries)
        if (entry !== null)
            judgeTime(entry, options);
    return { wall: entries[0] ?? null, cpu: entries[1] ?? null };
}
function judgeTime(entry, options) {
    const head = describeTime(entry);
    const pText = entry.pGrow === null ? 'p n/a (needs 2 runs per side)' : `p=${formatP(entry.pGrow)}${entry.pGrowAdjusted !== null ? ` (Holm ${formatP(entry.pGrowAdjusted)})` : ''}`;
    if (options.timeThreshold === null) {
        entry.reason = `${head}, ${pText}; not gated (no time threshold)`;
        return;
    }
    const failures = [];
    if (entry.relativeChange === null || entry.relativeChange < options.timeThreshold)
        failures.push(`growth below ${formatLimit(options.timeThreshold)}`);
    if (entry.pGrowAdjusted === null || !(entry.pGrowAdjusted < options.alpha))
        failures.push(`not significant at ${options.alpha}`);
    entry.regressed = failures.length === 0;
    entry.reason = entry.regressed ? `${head}, ${pText} < ${options.alpha}` : `${head}, ${pText}: ${failures.join(', ')}`;
}
/** "wall time 3.012 s ± 0.027 → 3.506 s ± 0.030 (+16%)". */
function describeTime(entry) {
    const label = entry.name === 'wall' ? 'wall time' : 'CPU time';
    return `${label} ${formatSeconds(entry.baseline)} → ${formatSeconds(entry.current)} (${entry.relativeChange === null ? 'n/a' : formatRelative(entry.relativeChange)})`;
}
function buildTimeChange(entry) {
    return {
        kind: 'time',
        name: entry.name,
        baselineMean: entry.baseline.mean ?? 0,
        currentMean: entry.current.mean ?? 0,
        relativeChange: entry.relativeChange,
        p: entry.pGrow,
        pAdjusted: entry.pGrowAdjusted,
        headline: describeTime(entry),
        reason: entry.reason,
    };
}

;// CONCATENATED MODULE: ./src/core/compare/validity.ts

function summarizeSide(runs, side, meta) {
    let samples = 0;
    let truncated = 0;
    let python = 0;
    runs.forEach((run, i) => {
        samples += side.totals[i];
        truncated += side.tables[i].truncated;
        for (const [stack, weight] of run.stacks)
            if (stack.includes('py::'))
                python += weight;
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
/** Why the comparison is inconclusive; empty when it is valid. */
function collectValidityReasons(sides, options) {
    const { baseline, current } = sides;
    const reasons = [];
    if (current.runs === 0)
        reasons.push('no current runs');
    for (const [label, side] of [['baseline', baseline], ['current', current]]) {
        if (side.runs === 0)
            continue;
        if (side.samples < options.minSamples)
            reasons.push(`too few samples: ${label} has ${side.samples} (< ${options.minSamples})`);
        side.runSamples.forEach((count, i) => {
            if (count < options.minRunSamples)
                reasons.push(`too few samples: ${label} run ${i + 1} has ${count} (< ${options.minRunSamples})`);
        });
        const quality = side.meta?.quality;
        if (quality?.rootedShare !== undefined && quality.rootedShare < options.minRootedShare) {
            reasons.push(`poor stack quality: ${label} has ${formatShare(quality.rootedShare)} of samples reaching the process root (< ${formatLimit(options.minRootedShare)})`);
        }
        if (quality?.pythonShare !== undefined && quality.pythonShare < options.minPythonShare) {
            reasons.push(`poor stack quality: ${label} has ${formatShare(quality.pythonShare)} of samples with Python frames (< ${formatLimit(options.minPythonShare)})`);
        }
    }
    const before = baseline.meta;
    const after = current.meta;
    if (baseline.runs > 0 && before && after)
        reasons.push(...collectMismatches(before, after));
    return reasons;
}
function collectMismatches(before, after) {
    const reasons = [];
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
    const cpuBefore = before.machine?.cpuModel?.trim();
    const cpuAfter = after.machine?.cpuModel?.trim();
    if (cpuBefore && cpuAfter && cpuBefore !== cpuAfter) {
        // Relative function costs move between CPU models (caches, vector units, branch predictors) by
        // an amount not measured here, so no floor is known to be wide enough: profile both sides on
        // the same machine (baseline-ref) to gate.
        reasons.push(`different CPU models: baseline "${cpuBefore}", current "${cpuAfter}" — relative function times differ between CPUs by an unmeasured amount; profile the baseline in the same job (baseline-ref) to gate`);
    }
    return reasons;
}
/** "3.13.0", "CPython 3.13.1+" → "3.13"; null when no version is recognisable. */
function extractMinorVersion(version) {
    if (version === undefined)
        return null;
    const match = /(\d+)\.(\d+)/.exec(version);
    return match ? `${match[1]}.${match[2]}` : null;
}

;// CONCATENATED MODULE: ./src/core/compare/compare-profiles.ts
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










/** Compares baseline runs with current runs; see the module comment for the method. */
function compareProfiles(input) {
    const options = resolveCompareOptions(input.options);
    const sides = { baseline: buildSideSamples(input.baseline.map((run) => run.stacks)), current: buildSideSamples(input.current.map((run) => run.stacks)) };
    const summaries = { baseline: summarizeSide(input.baseline, sides.baseline, input.baselineMeta), current: summarizeSide(input.current, sides.current, input.currentMeta) };
    const reasons = collectValidityReasons(summaries, options);
    const time = compareTimes({ baseline: input.baseline, current: input.current }, options);
    const testable = input.baseline.length > 0 && input.current.length > 0 && summaries.baseline.samples > 0 && summaries.current.samples > 0;
    const plan = planHypotheses(sides, { minShare: options.minShare, testable });
    const prior = fitPrior(sides, plan, options);
    const plain = runFamily(sides, { hypotheses: plan.hypotheses, prior, correction: options.correction, alpha: options.alpha });
    const guarded = guardComposition(sides, { plan, prior, plain, options });
    const tested = new Set(plan.hypotheses.map(buildHypothesisKey));
    const functions = plan.considered.map((name) => {
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
    for (const fn of functions)
        fn.reason = describeFunctionReason(fn, testable);
    const ordered = orderFunctions(functions);
    const timeRegressions = [time.wall, time.cpu].filter((entry) => entry !== null && entry.regressed);
    const regressions = [...ordered.causes.map(buildFunctionChange), ...ordered.consequences.map(buildFunctionChange), ...timeRegressions.map(buildTimeChange)];
    let verdict;
    if (input.baseline.length === 0) {
        verdict = 'no-baseline';
        reasons.unshift('no baseline runs to compare against');
    }
    else if (reasons.length > 0)
        verdict = 'inconclusive';
    else
        verdict = regressions.length > 0 ? 'regressed' : 'pass';
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
function fitPrior(sides, plan, options) {
    const measurements = plan.hypotheses
        .filter((hypothesis) => hypothesis.metric === 'own')
        .map((hypothesis) => measureOdds({ baseline: selectRunCounts(sides.baseline, hypothesis.name, 'own'), current: selectRunCounts(sides.current, hypothesis.name, 'own') }));
    return fitDispersionPrior(measurements, { defaultDispersion: options.defaultDispersion });
}
function selectKind(sides, name) {
    for (const table of [...sides.baseline.tables, ...sides.current.tables]) {
        const fn = table.functions.get(name);
        if (fn)
            return fn.kind;
    }
    return 'native';
}
/**
 * One time of one function: regressed when the growth (judged against the rest without the faster
 * functions) passes, improved when the shrinkage (against the rest without the slower ones) does;
 * otherwise unchanged, described in the direction its estimate points.
 */
function buildMetric(name, metric, context) {
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
    const excludes = (names) => names.filter((other) => other !== name);
    const judge = (result, direction, referenceExcludes) => judgeHypothesis(result, { direction, metric, newHotspot: context.newHotspot, referenceExcludes, shares, options });
    const growth = { result: guarded.growth.get(key), excludes: excludes(guarded.faster) };
    const shrink = { result: guarded.shrink.get(key), excludes: excludes(guarded.slower) };
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
function decideFunction(own, inclusive) {
    if (own.outcome === 'regressed')
        return { decision: 'regressed', role: 'cause' };
    if (inclusive.outcome === 'regressed')
        return { decision: 'regressed', role: 'consequence' };
    if (own.outcome === 'improved')
        return { decision: 'improved', role: 'cause' };
    if (inclusive.outcome === 'improved')
        return { decision: 'improved', role: 'consequence' };
    return { decision: own.tested || inclusive.tested ? 'unchanged' : 'not-tested', role: null };
}
function describeFunctionReason(fn, testable) {
    if (!testable)
        return `not tested: nothing to compare against; ${fn.own.reason}`;
    const within = fn.within ? `; called directly by ${fn.within}` : '';
    switch (fn.decision) {
        case 'regressed':
            if (fn.role === 'cause')
                return `${fn.own.reason}${within}`;
            return `${fn.inclusive.reason}; ${fn.own.tested ? `own time did not regress: ${fn.own.reason}` : 'own time too small to test'}; ${fn.causedBy.length > 0 ? `caused by ${fn.causedBy.join(', ')}` : 'no single cause beneath it reached significance'}`;
        case 'improved':
            if (fn.role === 'cause')
                return `${fn.own.reason}${within}`;
            return `${fn.inclusive.reason}${fn.causedBy.length > 0 ? `; because of ${fn.causedBy.join(', ')}` : ''}`;
        case 'unchanged':
            return fn.own.tested && fn.inclusive.tested ? `${fn.own.reason}; ${fn.inclusive.reason}` : fn.own.tested ? fn.own.reason : fn.inclusive.reason;
        case 'not-tested':
            return fn.own.reason;
    }
}
function selectDecidingMetric(fn) {
    if (fn.decision === 'regressed')
        return fn.role === 'cause' ? fn.own : fn.inclusive;
    if (fn.decision === 'improved')
        return fn.own.outcome === 'improved' ? fn.own : fn.inclusive;
    return fn.own;
}
/** Report order: causes by share gained (largest first), then consequences; the rest by share. */
function orderFunctions(functions) {
    const byChange = (direction) => (a, b) => direction * (selectDecidingMetric(b).shareChange - selectDecidingMetric(a).shareChange) || (0,folded/* compareBytes */.Xo)(a.name, b.name);
    const pick = (decision, role, direction) => functions.filter((fn) => fn.decision === decision && fn.role === role).sort(byChange(direction));
    const causes = pick('regressed', 'cause', 1);
    const consequences = pick('regressed', 'consequence', 1);
    const improvements = [...pick('improved', 'cause', -1), ...pick('improved', 'consequence', -1)];
    const reportOrder = new Map([...causes, ...consequences, ...improvements].map((fn, index) => [fn.name, index]));
    const decisionOrder = { regressed: 0, improved: 1, unchanged: 2, 'not-tested': 3 };
    const all = [...functions].sort((a, b) => decisionOrder[a.decision] - decisionOrder[b.decision] ||
        (reportOrder.get(a.name) ?? 0) - (reportOrder.get(b.name) ?? 0) ||
        Math.max(b.inclusive.baselineShare, b.inclusive.currentShare) - Math.max(a.inclusive.baselineShare, a.inclusive.currentShare) ||
        (0,folded/* compareBytes */.Xo)(a.name, b.name));
    return { causes, consequences, improvements, all };
}
function buildFunctionChange(fn) {
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
function listUnresolved(functions, options) {
    const gateable = (share) => (share * (1 + options.threshold)) / (1 - share + share * (1 + options.threshold)) - share >= options.minDelta;
    return functions
        .filter((fn) => fn.decision !== 'regressed' && fn.own.tested && fn.own.interval95 !== null && fn.own.interval95.high >= options.threshold && gateable(fn.own.baselineShare))
        .sort((a, b) => b.own.baselineShare - a.own.baselineShare || (0,folded/* compareBytes */.Xo)(a.name, b.name))
        .map((fn) => ({ name: fn.name, high: fn.own.interval95.high }));
}
function describeVerdict(verdict, facts) {
    const { options } = facts;
    switch (verdict) {
        case 'no-baseline':
            return 'no-baseline: no baseline runs to compare against';
        case 'inconclusive':
            return `inconclusive: ${facts.reasons.join('; ')}`;
        case 'pass':
            return `pass: no significant regression (${facts.testedHypotheses} function times tested, alpha ${options.alpha}, ${describeCorrection(options.correction, { short: false })})${describeUnresolved(facts.unresolved, options.threshold)}`;
        case 'regressed': {
            const functionChanges = facts.regressions.filter((entry) => entry.kind === 'function');
            const causes = functionChanges.filter((entry) => entry.role === 'cause').length;
            const consequences = functionChanges.length - causes;
            const times = facts.regressions.filter((entry) => entry.kind === 'time').map((entry) => entry.name);
            const parts = [];
            if (causes > 0)
                parts.push(`${causes} cause${causes === 1 ? '' : 's'}`);
            if (consequences > 0)
                parts.push(`${consequences} consequence${consequences === 1 ? '' : 's'}`);
            if (times.length > 0)
                parts.push(`total ${times.join(' and ')} time`);
            const first = functionChanges[0];
            return `regressed: ${parts.join(', ')}${first ? `; first: ${first.name}, ${first.headline}` : ''}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/compare/index.ts
/** The compare stage's public interface (see compare-profiles.ts for the method). */






/***/ }),

/***/ 63279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ rankBySelf),
/* harmony export */   Wz: () => (/* binding */ computeFunctionTable),
/* harmony export */   vM: () => (/* binding */ selectOwnWeight),
/* harmony export */   xb: () => (/* binding */ classifyFunction)
/* harmony export */ });
/* unused harmony export rankFunctions */
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28885);
/* harmony import */ var _fold_python_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71467);
/* harmony import */ var _python_frame_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86592);
/**
 * Per-function weights of a profile in the Python-aware view: self, inclusive and (for Python
 * functions) own-Python time, plus ranking helpers.
 *
 * Frame families: `py::<qualname>:<file>` is a Python function, a name ending in `_[k]` is kernel
 * code, anything else is native. `[truncated]` is the synthetic root of a stack that did not reach
 * the process root; it is not a function, so it gets no row, but its samples count in `total`.
 */



/** The family of the function a folded frame name stands for (see the top of this file). */
function classifyFunction(name) {
    if ((0,_python_frame_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isPythonFrameSymbol */ .Ep)(name))
        return 'python';
    if (name.endsWith('_[k]'))
        return 'kernel';
    return 'native';
}
/**
 * The weight that a function causes by itself: `ownPython` for Python functions (a Python function
 * is responsible for the native code it calls directly, e.g. `zlib.compress`), `self` otherwise.
 */
function selectOwnWeight(fn) {
    return fn.ownPython ?? fn.self;
}
/** Builds the function table of a profile in one pass over its stacks. */
function computeFunctionTable(stacks) {
    const functions = new Map();
    let total = 0;
    let truncated = 0;
    let stackIndex = 0;
    for (const [stack, weight] of stacks) {
        stackIndex += 1;
        total += weight;
        if (weight === 0)
            continue;
        const frames = stack.split(';');
        if (frames[0] === _fold_python_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUNCATED_FRAME */ .z)
            truncated += weight;
        let innermostPython;
        let leaf;
        for (const name of frames) {
            if (name === '' || name === _fold_python_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUNCATED_FRAME */ .z)
                continue;
            let entry = functions.get(name);
            if (entry === undefined) {
                const kind = classifyFunction(name);
                entry = { name, kind, self: 0, inclusive: 0, ownPython: kind === 'python' ? 0 : null, lastStack: 0 };
                functions.set(name, entry);
            }
            if (entry.lastStack !== stackIndex) {
                entry.lastStack = stackIndex;
                entry.inclusive += weight;
            }
            if (entry.kind === 'python')
                innermostPython = entry;
            leaf = entry;
        }
        if (leaf !== undefined)
            leaf.self += weight;
        if (innermostPython !== undefined)
            innermostPython.ownPython = (innermostPython.ownPython ?? 0) + weight;
    }
    const result = new Map();
    for (const name of [...functions.keys()].sort(_folded_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)) {
        const { lastStack: _ignored, ...weights } = functions.get(name);
        result.set(name, weights);
    }
    return { total, truncated, functions: result };
}
/**
 * Functions ordered by the chosen share, largest first; ties broken by inclusive weight, then by
 * name in byte order, so the order is deterministic.
 */
function rankFunctions(table, options) {
    const key = (fn) => options.by === 'self' ? fn.self : options.by === 'inclusive' ? fn.inclusive : selectOwnWeight(fn);
    const minWeight = (options.minShare ?? 0) * table.total;
    const candidates = [...table.functions.values()].filter((fn) => key(fn) > 0 && key(fn) >= minWeight);
    candidates.sort((a, b) => key(b) - key(a) || b.inclusive - a.inclusive || (0,_folded_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(a.name, b.name));
    const limited = options.top === undefined ? candidates : candidates.slice(0, Math.max(0, options.top));
    return limited.map((fn) => toRanked(fn, table.total));
}
/** The top `top` functions by self share. */
function rankBySelf(table, top) {
    return rankFunctions(table, { by: 'self', top });
}
function toRanked(fn, total) {
    const share = (weight) => (total > 0 ? weight / total : 0);
    return {
        ...fn,
        selfShare: share(fn.self),
        inclusiveShare: share(fn.inclusive),
        ownPythonShare: fn.ownPython === null ? null : share(fn.ownPython),
    };
}


/***/ })

};
