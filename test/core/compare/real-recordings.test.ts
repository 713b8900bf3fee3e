/**
 * The gate on real recordings with a known change (test/fixtures/compare/regression-slowdown10):
 * apply_discounts (≈ 36% of the samples) made 10% slower, 6 interleaved perf-jit runs per side.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFoldedText } from '../../../src/core/folded.js';
import { compareProfiles, type RunProfile } from '../../../src/core/compare/index.js';
import { fixturePath } from '../../helpers/golden.js';

const load = (side: 'base' | 'slow10'): RunProfile[] =>
  [1, 2, 3, 4, 5, 6].map((i) => ({ stacks: parseFoldedText(readFileSync(fixturePath('compare', `regression-slowdown10/${side}/run-${i}.folded`), 'utf8')) }));
const TARGET = 'py::apply_discounts:app.py';

describe('real recordings: a 10% own-time slowdown of a 36% function', () => {
  it('passes the A/A halves of the baseline (3 vs 3 runs)', () => {
    const runs = load('base');
    const comparison = compareProfiles({ baseline: runs.filter((_, i) => i % 2 === 0), current: runs.filter((_, i) => i % 2 === 1) });
    expect(comparison.verdict, comparison.summary).toBe('pass');
    expect(comparison.method.dispersion?.source).toBe('estimated');
  });

  it('catches it, names apply_discounts first and brackets +10% with its interval', () => {
    const comparison = compareProfiles({ baseline: load('base'), current: load('slow10') });
    expect(comparison.verdict, comparison.summary).toBe('regressed');
    const first = comparison.regressions[0]!;
    expect(first.kind === 'function' && [first.name, first.role, first.metric]).toEqual([TARGET, 'cause', 'own']);
    if (first.kind !== 'function') return;
    expect(first.interval95!.low).toBeLessThan(0.1);
    expect(first.interval95!.high).toBeGreaterThan(0.1);
    // Its share moved by only ≈ 6% relative: the old share threshold (10%) would have passed it.
    expect(first.shareChange / first.baselineShare).toBeLessThan(0.1);
    // Nothing else is blamed: the other functions' odds fell only because apply_discounts grew.
    expect(comparison.regressions.filter((entry) => entry.kind === 'function' && entry.role === 'cause')).toHaveLength(1);
    expect(comparison.improvements).toEqual([]);
  });
});
