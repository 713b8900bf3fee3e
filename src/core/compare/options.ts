/** The compare stage's options: defaults and validation. */
import type { CorrectionMethod } from '../stats.js';

export interface CompareOptions {
  /** Significance level for corrected p-values. Default 0.01. */
  alpha: number;
  /**
   * Minimum relative growth of a function's time (own or inclusive, relative to the rest of the
   * program) to fail on (0.10 = 10% slower). A significant growth fails when its 95% interval
   * reaches this: a 10% slowdown is caught, a precisely measured 3% one is not. Default 0.10.
   */
  threshold: number;
  /**
   * Minimum growth of the function's share of samples (0.005 = 0.5 percentage points), judged the
   * same way (the share change implied by the interval's upper end), so a tiny function doubling
   * does not fire. Default 0.005.
   */
  minDelta: number;
  /** A function is tested only when its share reaches this on either side. Default 0.01. */
  minShare: number;
  /** Multiple-testing correction. Default 'holm'. */
  correction: CorrectionMethod;
  /** Minimum total samples per side. Default 1000. */
  minSamples: number;
  /** Minimum samples in every run. Default 100. */
  minRunSamples: number;
  /** Gate total time: relative growth at or above this (and p < alpha) is a regression. Default null (not gated). */
  timeThreshold: number | null;
  /** Quality floor for `meta.quality.rootedShare`. Default 0.5. */
  minRootedShare: number;
  /** Quality floor for `meta.quality.pythonShare`. Default 0.5. */
  minPythonShare: number;
  /** Dispersion φ₀ when it cannot be estimated (fewer than 2 runs on both sides). Default 2. */
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
  timeThreshold: null,
  minRootedShare: 0.5,
  minPythonShare: 0.5,
  defaultDispersion: 2,
});

/** Merges partial options over the defaults and validates them. */
export function resolveCompareOptions(partial: Partial<CompareOptions> = {}): CompareOptions {
  const options: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS };
  for (const [key, value] of Object.entries(partial) as [keyof CompareOptions, unknown][]) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  requireFraction({ name: 'alpha', value: options.alpha, open: true });
  for (const name of ['minShare', 'minDelta', 'minRootedShare', 'minPythonShare'] as const) requireFraction({ name, value: options[name], open: false });
  for (const name of ['threshold', 'minSamples', 'minRunSamples'] as const) {
    const value = options[name];
    if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid compare option ${name}=${value}: expected a non-negative number.`);
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
function requireFraction(check: { name: keyof CompareOptions; value: number; open: boolean }): void {
  const { name, value, open } = check;
  if (!Number.isFinite(value) || value < 0 || value > 1 || (open && (value === 0 || value === 1))) {
    throw new Error(`Invalid compare option ${name}=${value}: expected a number ${open ? 'strictly ' : ''}between 0 and 1.`);
  }
}
