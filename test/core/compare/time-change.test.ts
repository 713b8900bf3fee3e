/**
 * The effect size and its interval on synthetic counts with a known answer: small programs of
 * `main` calling a few functions, each run a multinomial draw (seeded) whose size grows with the
 * program's work, as a fixed-work benchmark sampled at a fixed rate.
 */
import { describe, expect, it } from 'vitest';
import type { FoldedStacks } from '../../../src/core/folded.js';
import { compareProfiles, type FunctionChange, type RunProfile } from '../../../src/core/compare/index.js';
import { createSeededRandom } from '../../helpers/seeded-random.js';

const frame = (name: string) => `py::${name}:app.py`;
const stackOf = (name: string) => [frame('<module>'), frame('main'), frame(name)].join(';');

/** A program whose functions take these amounts of time (arbitrary units). */
function buildProgram(times: Record<string, number>): FoldedStacks {
  return new Map(Object.entries(times).map(([name, time]) => [stackOf(name), time]));
}

/** Poisson-free multinomial draw of `samples` stacks in proportion to their weights. */
function drawRun(program: FoldedStacks, samples: number, random: () => number): FoldedStacks {
  const entries = [...program];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const run: FoldedStacks = new Map();
  for (let i = 0; i < samples; i += 1) {
    let target = random() * total;
    let chosen = entries[entries.length - 1]![0];
    for (const [stack, weight] of entries) {
      target -= weight;
      if (target < 0) {
        chosen = stack;
        break;
      }
    }
    run.set(chosen, (run.get(chosen) ?? 0) + 1);
  }
  return run;
}

/** `count` runs; `samplesPerUnit` samples per unit of work, so a slower program yields more samples. */
function drawRuns(program: FoldedStacks, options: { count: number; samplesPerUnit: number; random: () => number }): RunProfile[] {
  const work = [...program.values()].reduce((sum, weight) => sum + weight, 0);
  return Array.from({ length: options.count }, () => ({ stacks: drawRun(program, Math.round(work * options.samplesPerUnit), options.random) }));
}

const functionChanges = (regressions: { kind: string }[]) => regressions.filter((entry): entry is FunctionChange => entry.kind === 'function');

const BASE = { hot: 80, parse: 6, tax: 5, render: 4, summarize: 3, log: 2 };

describe('the time change', () => {
  it('catches a dominant function (80% of samples) whose own time grew 20%, its share moving only 80% → 83%', () => {
    const random = createSeededRandom(21);
    const baseline = drawRuns(buildProgram(BASE), { count: 5, samplesPerUnit: 30, random });
    const current = drawRuns(buildProgram({ ...BASE, hot: 96 }), { count: 5, samplesPerUnit: 30, random });
    const comparison = compareProfiles({ baseline, current });
    expect(comparison.verdict).toBe('regressed');
    const first = functionChanges(comparison.regressions)[0]!;
    expect(first.name).toBe(frame('hot'));
    expect([first.role, first.metric]).toEqual(['cause', 'own']);
    expect(first.shareChange).toBeLessThan(0.04);
    expect(first.timeChange!).toBeGreaterThan(0.14);
    expect(first.timeChange!).toBeLessThan(0.26);
    expect(first.interval95!.low).toBeLessThan(0.2);
    expect(first.interval95!.high).toBeGreaterThan(0.2);
    // Nothing else regressed or improved: the others' odds fell only because hot grew.
    expect(functionChanges(comparison.regressions).filter((entry) => entry.role === 'cause').map((entry) => entry.name)).toEqual([frame('hot')]);
    expect(comparison.improvements).toEqual([]);
  });

  it('raises no regression elsewhere when one function becomes twice as fast', () => {
    const random = createSeededRandom(22);
    const program = { hot: 35, parse: 25, tax: 15, render: 12, summarize: 8, log: 5 };
    const baseline = drawRuns(buildProgram(program), { count: 5, samplesPerUnit: 40, random });
    const current = drawRuns(buildProgram({ ...program, hot: 17.5 }), { count: 5, samplesPerUnit: 40, random });
    const comparison = compareProfiles({ baseline, current });
    expect(comparison.verdict).toBe('pass');
    expect(comparison.regressions).toEqual([]);
    expect(comparison.improvements[0]!.name).toBe(frame('hot'));
    expect(comparison.improvements[0]!.timeChange!).toBeCloseTo(-0.5, 1);
    // Against the whole rest of the program parse's odds rose ~21%; against the rest without hot, not.
    const parse = comparison.functions.find((fn) => fn.name === frame('parse'))!;
    expect(parse.decision).toBe('unchanged');
    expect(parse.own.referenceExcludes).toEqual([frame('hot')]);
    expect(parse.own.reason).toContain(`against the rest of the program without the faster ${frame('hot')}`);
    expect(Math.abs(parse.own.timeChange!)).toBeLessThan(0.06);
  });

  it('works with 2 runs per side: an A/A passes and a 30% slowdown of a 35% function is caught', () => {
    const program = { hot: 35, parse: 25, tax: 15, render: 12, summarize: 8, log: 5 };
    const random = createSeededRandom(23);
    const same = compareProfiles({
      baseline: drawRuns(buildProgram(program), { count: 2, samplesPerUnit: 40, random }),
      current: drawRuns(buildProgram(program), { count: 2, samplesPerUnit: 40, random }),
    });
    expect(same.verdict).toBe('pass');
    expect(same.method.dispersion).toMatchObject({ source: 'estimated', degreesOfFreedom: 12 });
    const slower = compareProfiles({
      baseline: drawRuns(buildProgram(program), { count: 2, samplesPerUnit: 40, random }),
      current: drawRuns(buildProgram({ ...program, hot: 45.5 }), { count: 2, samplesPerUnit: 40, random }),
    });
    expect(slower.verdict).toBe('regressed');
    const first = functionChanges(slower.regressions)[0]!;
    expect(first.name).toBe(frame('hot'));
    expect(first.interval95!.low).toBeLessThan(0.3);
    expect(first.interval95!.high).toBeGreaterThan(0.3);
  });

  it('with one run per side falls back to the default dispersion', () => {
    const random = createSeededRandom(24);
    const comparison = compareProfiles({
      baseline: drawRuns(buildProgram(BASE), { count: 1, samplesPerUnit: 30, random }),
      current: drawRuns(buildProgram(BASE), { count: 1, samplesPerUnit: 30, random }),
    });
    expect(comparison.method.dispersion).toMatchObject({ prior: 2, priorDegreesOfFreedom: null, source: 'default' });
    const hot = comparison.functions.find((fn) => fn.name === frame('hot'))!;
    expect(hot.own.dispersion).toBe(2);
    expect(hot.own.degreesOfFreedom).toBeNull();
  });
});

describe('the 95% interval', () => {
  it('is the log odds ratio ± 1.96 standard errors on counts with a known answer', () => {
    // One run per side; φ₀ = defaultDispersion = 1 and d₀ = ∞, so the interval is the textbook Wald
    // interval of the odds ratio: (1200/4000) / (1000/4000) = 1.2, SE² = 1/1000 + 1/4000 + 1/1200 + 1/4000.
    const run = (hot: number): RunProfile => ({ stacks: new Map([[stackOf('hot'), hot], [stackOf('rest'), 4000]]) });
    const comparison = compareProfiles({ baseline: [run(1000)], current: [run(1200)], options: { defaultDispersion: 1 } });
    const hot = comparison.functions.find((fn) => fn.name === frame('hot'))!;
    const se = Math.sqrt(1 / 1000 + 1 / 4000 + 1 / 1200 + 1 / 4000);
    expect(hot.own.timeChange!).toBeCloseTo(0.2, 12);
    expect(hot.own.interval95!.low).toBeCloseTo(1.2 * Math.exp(-1.959963984540054 * se) - 1, 8);
    expect(hot.own.interval95!.high).toBeCloseTo(1.2 * Math.exp(1.959963984540054 * se) - 1, 8);
    expect(hot.own.dispersion).toBe(1);
    // The same counts with φ = 4 give an interval twice as wide on the log scale.
    const wider = compareProfiles({ baseline: [run(1000)], current: [run(1200)], options: { defaultDispersion: 4 } });
    const interval = wider.functions.find((fn) => fn.name === frame('hot'))!.own.interval95!;
    expect(Math.log1p(interval.high) - Math.log(1.2)).toBeCloseTo(2 * 1.959963984540054 * se, 8);
  });

  it('covers the true time change in about 95% of 200 simulated comparisons (5 + 5 runs)', () => {
    const random = createSeededRandom(25);
    const program = { hot: 35, parse: 25, tax: 15, render: 12, summarize: 8, log: 5 };
    let covered = 0;
    const trials = 200;
    for (let trial = 0; trial < trials; trial += 1) {
      const baseline = drawRuns(buildProgram(program), { count: 5, samplesPerUnit: 20, random });
      const current = drawRuns(buildProgram({ ...program, hot: 35 * 1.1 }), { count: 5, samplesPerUnit: 20, random });
      const hot = compareProfiles({ baseline, current }).functions.find((fn) => fn.name === frame('hot'))!;
      if (hot.own.interval95!.low <= 0.1 && 0.1 <= hot.own.interval95!.high) covered += 1;
    }
    // Binomial(200, 0.95): 95% of outcomes fall in 184–196; the φ ≥ 1 floor can only widen it.
    expect(covered).toBeGreaterThanOrEqual(182);
    expect(covered).toBeLessThanOrEqual(trials);
  });
});

describe('machine facts', () => {
  it('is inconclusive when the sides ran on different CPU models, and names both', () => {
    const random = createSeededRandom(26);
    const comparison = compareProfiles({
      baseline: drawRuns(buildProgram(BASE), { count: 3, samplesPerUnit: 30, random }),
      current: drawRuns(buildProgram(BASE), { count: 3, samplesPerUnit: 30, random }),
      baselineMeta: { machine: { cpuModel: 'AMD EPYC 7763 64-Core Processor', cores: 4 } },
      currentMeta: { machine: { cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', cores: 4 } },
    });
    expect(comparison.verdict).toBe('inconclusive');
    expect(comparison.reasons).toHaveLength(1);
    expect(comparison.reasons[0]).toMatch(/^different CPU models: baseline "AMD EPYC 7763 64-Core Processor", current "Intel\(R\) Xeon\(R\) Platinum 8370C CPU @ 2\.80GHz"/);
    const same = compareProfiles({
      baseline: drawRuns(buildProgram(BASE), { count: 3, samplesPerUnit: 30, random }),
      current: drawRuns(buildProgram(BASE), { count: 3, samplesPerUnit: 30, random }),
      baselineMeta: { machine: { cpuModel: 'AMD EPYC 7763 64-Core Processor' } },
      currentMeta: { machine: { cpuModel: 'AMD EPYC 7763 64-Core Processor', kernel: '6.1.0' } },
    });
    expect(same.reasons).toEqual([]);
  });
});
