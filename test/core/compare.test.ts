/**
 * compareProfiles on synthetic-but-realistic runs: each run is a multinomial resample (seeded PRNG
 * below) of the stack distribution of a real capture of examples/bench.py (perf-jit mode, CPython
 * 3.13, folded into the Python-aware view; see test/fixtures/compare/README.md). Runs are drawn as
 * a fixed-work benchmark is sampled: the number of samples grows with the work (time), so a
 * function made slower adds samples instead of taking them from the others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import {
  compareProfiles,
  DEFAULT_COMPARE_OPTIONS,
  extractMinorVersion,
  resolveCompareOptions,
  type Comparison,
  type FunctionChange,
  type RunProfile,
} from '../../src/core/compare/index.js';
import { fixturePath } from '../helpers/golden.js';
import { createSeededRandom } from '../helpers/seeded-random.js';

const bench = parseFoldedText(readFileSync(fixturePath('compare', 'bench-rounds3.folded'), 'utf8'));
const SCORE_ORDER = 'py::score_order:examples/bench.py';
const GENEXPR = 'py::score_all.<locals>.<genexpr>:examples/bench.py';
const SCORE_ALL = 'py::score_all:examples/bench.py';


/** Draws `samples` stacks with probability proportional to their weight in `distribution`. */
function resample(distribution: FoldedStacks, samples: number, random: () => number): FoldedStacks {
  const stacks = [...distribution.keys()];
  const cumulative: number[] = [];
  let total = 0;
  for (const stack of stacks) {
    total += distribution.get(stack)!;
    cumulative.push(total);
  }
  const result: FoldedStacks = new Map();
  for (let i = 0; i < samples; i += 1) {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    const stack = stacks[low]!;
    result.set(stack, (result.get(stack) ?? 0) + 1);
  }
  return result;
}

const BENCH_WEIGHT = [...bench.values()].reduce((sum, weight) => sum + weight, 0);

/** `runs` runs of a fixed-work benchmark: `samples` per run for the unmodified program, more or fewer in proportion to the work. */
function makeRuns(distribution: FoldedStacks, runs: number, samples: number, random: () => number, baseWeight = BENCH_WEIGHT): RunProfile[] {
  const weight = [...distribution.values()].reduce((sum, value) => sum + value, 0);
  return Array.from({ length: runs }, () => ({ stacks: resample(distribution, Math.round((samples * weight) / baseWeight), random) }));
}

/** The same program with `name`'s work multiplied: every stack through it weighs `factor` times more. */
function scaleFunction(distribution: FoldedStacks, name: string, factor: number): FoldedStacks {
  const scaled: FoldedStacks = new Map();
  for (const [stack, weight] of distribution) scaled.set(stack, stack.split(';').includes(name) ? weight * factor : weight);
  return scaled;
}

function functionRegressions(comparison: Comparison): FunctionChange[] {
  return comparison.regressions.filter((entry): entry is FunctionChange => entry.kind === 'function');
}

function collectNonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectNonFinite(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectNonFinite(item, `${path}.${key}`));
  }
  return [];
}

describe('compareProfiles: A/A', () => {
  it('passes with no regressions when both sides sample the same program (5 vs 5 runs)', () => {
    const random = createSeededRandom(1);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(bench, 5, 3000, random) });
    expect(comparison.verdict).toBe('pass');
    expect(comparison.regressions).toEqual([]);
    expect(comparison.reasons).toEqual([]);
    expect(comparison.method.test).toBe('moderated-quasi-binomial');
    expect(comparison.method.dispersion?.source).toBe('estimated');
    expect(comparison.method.testedHypotheses).toBe(comparison.method.ownHypotheses + comparison.method.inclusiveHypotheses);
    expect(comparison.method.ownHypotheses).toBeGreaterThan(10);
    expect(comparison.method.inclusiveHypotheses).toBeGreaterThan(3);
    const score = comparison.functions.find((fn) => fn.name === SCORE_ORDER)!;
    expect(score.decision).toBe('unchanged');
    expect(score.own.tested).toBe(true);
    expect(score.own.baselineShare).toBeCloseTo(18 / 130, 1);
  });

  it('passes with 2 vs 2 runs, the prior estimated from 1 + 1 df per function', () => {
    const random = createSeededRandom(2);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 2, 3000, random), current: makeRuns(bench, 2, 3000, random) });
    expect(comparison.method.dispersion?.source).toBe('estimated');
    expect(comparison.verdict).toBe('pass');
  });

  it('keeps false alarms at alpha in 50 seeded A/A comparisons of 5 vs 5 runs of 3000 samples, with p-values that behave as p-values', () => {
    let regressions = 0;
    const rawGrow: number[] = [];
    let smallestAdjusted = Infinity;
    for (let trial = 0; trial < 50; trial += 1) {
      const random = createSeededRandom(1000 + trial);
      const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(bench, 5, 3000, random) });
      regressions += comparison.regressions.length;
      for (const fn of comparison.functions) {
        for (const metric of [fn.own, fn.inclusive]) {
          if (!metric.tested) continue;
          rawGrow.push(metric.pGrow!);
          smallestAdjusted = Math.min(smallestAdjusted, metric.pGrowAdjusted!);
        }
      }
    }
    // The family-wise error is alpha = 0.01 per comparison: 0.5 false alarms expected in 50, and
    // 3 or more would happen by chance in 1.4% of seed sets. (These seeds give one.)
    expect(regressions).toBeLessThanOrEqual(2);
    // Every comparison tested something, and under the null the raw one-sided p-values are uniform:
    // half below 0.5, 5% below 0.05, 1% below 0.01 — none stuck at 1.
    expect(rawGrow.length).toBeGreaterThan(50 * 15);
    const below = (level: number) => rawGrow.filter((p) => p < level).length / rawGrow.length;
    expect(below(0.5)).toBeGreaterThan(0.4);
    expect(below(0.5)).toBeLessThan(0.6);
    expect(below(0.05)).toBeGreaterThan(0.03);
    expect(below(0.05)).toBeLessThan(0.07);
    expect(below(0.01)).toBeLessThan(0.02);
    expect(smallestAdjusted).toBeGreaterThan(0);
  });
});

describe('compareProfiles: A/B', () => {
  const doubled = scaleFunction(bench, SCORE_ORDER, 2);

  it('names the function whose work doubled first, with its callers as consequences', () => {
    const random = createSeededRandom(3);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(doubled, 5, 3000, random) });
    expect(comparison.verdict).toBe('regressed');
    const regressions = functionRegressions(comparison);
    expect(regressions[0]!.name).toBe(SCORE_ORDER);
    expect(regressions[0]!.role).toBe('cause');
    expect(regressions[0]!.metric).toBe('own');
    expect(regressions[0]!.baselineShare).toBeCloseTo(18 / 130, 1);
    expect(regressions[0]!.currentShare).toBeCloseTo(36 / 148, 1);
    // Doubling its work doubles its time: the interval is around +100%.
    expect(regressions[0]!.timeChange).toBeGreaterThan(0.8);
    expect(regressions[0]!.interval95!.low).toBeLessThan(1);
    expect(regressions[0]!.interval95!.high).toBeGreaterThan(1);
    expect(regressions[0]!.headline).toMatch(/^own time \+\d+% \(95% interval \+\d+% … \+\d+%\), share \d+\.\d% → \d+\.\d%$/);
    expect(regressions[0]!.reason).toMatch(/^own time \+\d+% \(95% interval \+\d+% … \+\d+%\), share \d+\.\d% → \d+\.\d%, p=\S+ \(weighted Holm \S+\) < 0\.01$/);
    const consequences = regressions.filter((entry) => entry.role === 'consequence');
    const consequenceNames = consequences.map((entry) => entry.name);
    expect(consequenceNames).toContain(GENEXPR);
    expect(consequenceNames).toContain(SCORE_ALL);
    for (const entry of consequences) {
      expect(entry.metric).toBe('inclusive');
      expect(entry.causedBy).toContain(SCORE_ORDER);
    }
    // Causes come before consequences.
    const roles = regressions.map((entry) => entry.role);
    expect(roles.lastIndexOf('cause')).toBeLessThan(roles.indexOf('consequence'));
    // The summary names the first cause.
    expect(comparison.summary).toContain(SCORE_ORDER);
  });

  it('finds it with 2 vs 2 runs', () => {
    const random = createSeededRandom(4);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 2, 4000, random), current: makeRuns(doubled, 2, 4000, random) });
    expect(comparison.verdict).toBe('regressed');
    expect(functionRegressions(comparison)[0]!.name).toBe(SCORE_ORDER);
  });

  it('groups a native cause under the Python function that calls it', () => {
    const random = createSeededRandom(15);
    const compress = 'py::compress_report:examples/bench.py';
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(scaleFunction(bench, compress, 2), 5, 3000, random) });
    expect(comparison.verdict).toBe('regressed');
    const regressions = functionRegressions(comparison);
    expect(regressions[0]!.name).toBe(compress);
    expect(regressions[0]!.within).toBeNull();
    // zlib's compression loop (an unsymbolised libz frame) is the leaf under compress_report.
    const libz = regressions.find((entry) => entry.name === '[libz.so.1.2.13]')!;
    expect(libz.role).toBe('cause');
    expect(libz.metric).toBe('own');
    expect(libz.within).toBe(compress);
    expect(libz.reason).toContain(`called directly by ${compress}`);
  });

  it('reports a faster function as an improvement and never fails on it', () => {
    const random = createSeededRandom(5);
    const comparison = compareProfiles({ baseline: makeRuns(doubled, 5, 3000, random), current: makeRuns(bench, 5, 3000, random) });
    expect(comparison.verdict).toBe('pass');
    expect(comparison.regressions).toEqual([]);
    expect(comparison.improvements[0]!.name).toBe(SCORE_ORDER);
    expect(comparison.improvements[0]!.shareChange).toBeLessThan(0);
    expect(comparison.improvements[0]!.timeChange!).toBeCloseTo(-0.5, 1);
    expect(comparison.functions.find((fn) => fn.name === SCORE_ORDER)!.decision).toBe('improved');
  });

  it('flags a new hotspot that is absent from the baseline', () => {
    const random = createSeededRandom(6);
    const withHotspot = new Map(bench);
    withHotspot.set('py::<module>:examples/bench.py;py::main:examples/bench.py;py::run_round:examples/bench.py;py::validate:examples/bench.py', 10);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(withHotspot, 5, 3000, random) });
    expect(comparison.verdict).toBe('regressed');
    const entry = functionRegressions(comparison).find((item) => item.name === 'py::validate:examples/bench.py')!;
    expect(entry.newHotspot).toBe(true);
    expect(entry.timeChange).toBeNull();
    expect(entry.headline).toMatch(/^own time new, share 0\.0% → /);
    expect(entry.reason).toMatch(/^new hotspot: /);
  });

  it('respects the effect-size floors: a large threshold turns the regression into unchanged', () => {
    const random = createSeededRandom(3);
    const comparison = compareProfiles({
      baseline: makeRuns(bench, 5, 3000, random),
      current: makeRuns(doubled, 5, 3000, random),
      options: { threshold: 5 },
    });
    expect(comparison.verdict).toBe('pass');
    const score = comparison.functions.find((fn) => fn.name === SCORE_ORDER)!;
    expect(score.decision).toBe('unchanged');
    expect(score.own.reason).toContain('short of the 500% threshold');
  });

  it('supports Benjamini–Hochberg', () => {
    const random = createSeededRandom(3);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(doubled, 5, 3000, random), options: { correction: 'bh' } });
    expect(comparison.method.correction).toBe('bh');
    expect(functionRegressions(comparison)[0]!.reason).toContain('(weighted BH ');
  });
});

describe('compareProfiles: validity', () => {
  it('is inconclusive, never pass, with 1 run of 50 samples per side', () => {
    const random = createSeededRandom(7);
    const comparison = compareProfiles({ baseline: makeRuns(bench, 1, 50, random), current: makeRuns(bench, 1, 50, random) });
    expect(comparison.verdict).toBe('inconclusive');
    expect(comparison.reasons).toContain('too few samples: baseline has 50 (< 1000)');
    expect(comparison.reasons).toContain('too few samples: current run 1 has 50 (< 100)');
    expect(comparison.method.dispersion?.source).toBe('default');
    expect(comparison.method.dispersion?.prior).toBe(2);
    expect(comparison.method.dispersion?.priorDegreesOfFreedom).toBeNull();
  });

  it('is inconclusive across Python minor versions and names both', () => {
    const random = createSeededRandom(8);
    const comparison = compareProfiles({
      baseline: makeRuns(bench, 3, 3000, random),
      current: makeRuns(bench, 3, 3000, random),
      baselineMeta: { pythonVersion: '3.12.1', mode: 'perf-jit', event: 'cpu-clock' },
      currentMeta: { pythonVersion: '3.13.0', mode: 'perf-jit', event: 'cpu-clock' },
    });
    expect(comparison.verdict).toBe('inconclusive');
    expect(comparison.reasons).toEqual(['different Python versions: baseline Python 3.12, current 3.13']);
  });

  it('is inconclusive on different modes, events or poor quality, but not on patch versions', () => {
    const random = createSeededRandom(9);
    const baseline = makeRuns(bench, 3, 3000, random);
    const current = makeRuns(bench, 3, 3000, random);
    const comparison = compareProfiles({
      baseline,
      current,
      baselineMeta: { pythonVersion: '3.13.0', mode: 'perf', event: 'cpu-clock', quality: { rootedShare: 0.4, pythonShare: 0.9 } },
      currentMeta: { pythonVersion: '3.13.5', mode: 'perf-jit', event: 'task-clock', quality: { rootedShare: 0.9, pythonShare: 0.3 } },
    });
    expect(comparison.verdict).toBe('inconclusive');
    expect(comparison.reasons.some((reason) => reason.includes('Python versions'))).toBe(false);
    expect(comparison.reasons).toContain('different profiling modes: baseline perf, current perf-jit');
    expect(comparison.reasons).toContain('different perf events: baseline cpu-clock, current task-clock');
    expect(comparison.reasons.filter((reason) => reason.startsWith('poor stack quality'))).toHaveLength(2);
    const valid = compareProfiles({ baseline, current, baselineMeta: { pythonVersion: '3.13.0' }, currentMeta: { pythonVersion: '3.13.5' } });
    expect(valid.verdict).toBe('pass');
  });

  it('reports no-baseline when there are no baseline runs', () => {
    const random = createSeededRandom(10);
    const comparison = compareProfiles({ baseline: [], current: makeRuns(bench, 3, 3000, random) });
    expect(comparison.verdict).toBe('no-baseline');
    expect(comparison.method.test).toBeNull();
    expect(comparison.functions.length).toBeGreaterThan(0);
    expect(comparison.functions.every((fn) => fn.decision === 'not-tested')).toBe(true);
  });

  it('keeps regressions listed but the verdict inconclusive when the comparison is invalid', () => {
    const random = createSeededRandom(3);
    const comparison = compareProfiles({
      baseline: makeRuns(bench, 5, 3000, random),
      current: makeRuns(scaleFunction(bench, SCORE_ORDER, 2), 5, 3000, random),
      baselineMeta: { event: 'cpu-clock' },
      currentMeta: { event: 'cycles' },
    });
    expect(comparison.verdict).toBe('inconclusive');
    expect(functionRegressions(comparison)[0]!.name).toBe(SCORE_ORDER);
  });
});

describe('compareProfiles: time and output', () => {
  const timed = (runs: RunProfile[], wall: number[], cpu: number[]) =>
    runs.map((run, i) => ({ ...run, wallSeconds: wall[i], cpuSeconds: cpu[i] }));

  it('reports total time and gates it only with timeThreshold', () => {
    const random = createSeededRandom(11);
    const baseline = timed(makeRuns(bench, 5, 3000, random), [3.0, 3.05, 2.98, 3.02, 3.01], [2.9, 2.95, 2.88, 2.92, 2.91]);
    const current = timed(makeRuns(bench, 5, 3000, random), [3.5, 3.52, 3.49, 3.55, 3.47], [2.9, 2.93, 2.9, 2.91, 2.92]);
    const ungated = compareProfiles({ baseline, current });
    expect(ungated.verdict).toBe('pass');
    expect(ungated.time.wall!.relativeChange).toBeCloseTo(3.506 / 3.012 - 1, 10);
    expect(ungated.time.wall!.pGrow).toBeLessThan(1e-6);
    expect(ungated.time.wall!.gated).toBe(false);
    const gated = compareProfiles({ baseline, current, options: { timeThreshold: 0.05 } });
    expect(gated.verdict).toBe('regressed');
    expect(gated.regressions).toHaveLength(1);
    expect(gated.regressions[0]).toMatchObject({ kind: 'time', name: 'wall' });
    expect(gated.time.cpu!.regressed).toBe(false);
  });

  it('produces JSON-safe output (no NaN, Infinity or undefined) in every verdict', () => {
    const random = createSeededRandom(12);
    const cases: Comparison[] = [
      compareProfiles({ baseline: [], current: makeRuns(bench, 1, 50, random) }),
      compareProfiles({ baseline: makeRuns(bench, 1, 50, random), current: makeRuns(bench, 1, 50, random) }),
      compareProfiles({ baseline: makeRuns(bench, 5, 3000, random), current: makeRuns(scaleFunction(bench, SCORE_ORDER, 2), 5, 3000, random) }),
      compareProfiles({
        baseline: [{ stacks: new Map([['py::a:x.py', 500]]), wallSeconds: 1 }, { stacks: new Map([['py::a:x.py', 500]]), wallSeconds: 1 }],
        current: [{ stacks: new Map([['py::a:x.py', 500]]), wallSeconds: 1 }, { stacks: new Map([['py::a:x.py', 500]]), wallSeconds: 1 }],
        options: { timeThreshold: 0.1 },
      }),
    ];
    for (const comparison of cases) {
      const text = JSON.stringify(comparison);
      expect(collectNonFinite(comparison)).toEqual([]);
      expect(JSON.parse(text)).toEqual(comparison);
    }
  });

  it('is deterministic', () => {
    const a = compareProfiles({ baseline: makeRuns(bench, 3, 2000, createSeededRandom(13)), current: makeRuns(bench, 3, 2000, createSeededRandom(14)) });
    const b = compareProfiles({ baseline: makeRuns(bench, 3, 2000, createSeededRandom(13)), current: makeRuns(bench, 3, 2000, createSeededRandom(14)) });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('options', () => {
  it('fills defaults and rejects invalid values', () => {
    expect(resolveCompareOptions({ alpha: 0.05 })).toEqual({ ...DEFAULT_COMPARE_OPTIONS, alpha: 0.05 });
    expect(() => resolveCompareOptions({ alpha: 0 })).toThrow(/alpha/);
    expect(() => resolveCompareOptions({ threshold: -0.1 })).toThrow(/threshold/);
    expect(() => resolveCompareOptions({ defaultDispersion: 0.5 })).toThrow(/defaultDispersion/);
    expect(() => resolveCompareOptions({ correction: 'bonferroni' as never })).toThrow(/correction/);
  });

  it('extracts minor versions', () => {
    expect(extractMinorVersion('3.13.0')).toBe('3.13');
    expect(extractMinorVersion('CPython 3.12.1+')).toBe('3.12');
    expect(extractMinorVersion('unknown')).toBeNull();
  });
});

describe('a two-function program whose shares move together (real baseline-ref recording)', () => {
  // test/fixtures/compare/two-function-ab: ab_workload.py, base with hot_function at 1x work, head
  // at 3x; 3 interleaved perf-jit runs per side. steady_work's share falls from ~72% to ~48% only
  // because hot_function grew; its sample count per run is unchanged.
  const load = (side: string) =>
    [1, 2, 3].map((i) => ({ stacks: parseFoldedText(readFileSync(fixturePath('compare', `two-function-ab/${side}/run-${i}.folded`), 'utf8')) }));

  it('names hot_function as the regression instead of explaining it away by steady_work', () => {
    const comparison = compareProfiles({ baseline: load('base'), current: load('head') });
    expect(comparison.verdict).toBe('regressed');
    const first = comparison.regressions[0];
    expect(first?.kind === 'function' ? [first.name, first.role] : first).toEqual(['py::hot_function:work.py', 'cause']);
    expect(comparison.improvements.map((change) => change.name)).not.toContain('py::steady_work:work.py');
  });
});
