/**
 * A pass says when the data could not have caught a threshold-sized slowdown: an own time whose 95%
 * interval still reaches the threshold, in a function whose share would move by minDelta if it did.
 */
import { describe, expect, it } from 'vitest';
import type { FoldedStacks } from '../../../src/core/folded.js';
import { compareProfiles, type RunProfile } from '../../../src/core/compare/index.js';
import { createSeededRandom } from '../../helpers/seeded-random.js';

const frame = (name: string) => `py::${name}:app.py`;

/** `count` runs of a multinomial draw of `samples` stacks in proportion to `times`. */
function drawRuns(times: Record<string, number>, options: { count: number; samples: number; seed: number }): RunProfile[] {
  const random = createSeededRandom(options.seed);
  const entries = Object.entries(times);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return Array.from({ length: options.count }, () => {
    const stacks: FoldedStacks = new Map();
    for (let i = 0; i < options.samples; i += 1) {
      let target = random() * total;
      const chosen = entries.find(([, weight]) => (target -= weight) < 0)?.[0] ?? entries[entries.length - 1]![0];
      const stack = [frame('<module>'), frame('main'), frame(chosen)].join(';');
      stacks.set(stack, (stacks.get(stack) ?? 0) + 1);
    }
    return { stacks };
  });
}

// hot: 8% (a 10% slowdown moves it 0.7 points: gateable); tiny: 3% (0.3 points: below minDelta).
const PROGRAM = { hot: 8, parse: 44, tax: 25, render: 12, summarize: 8, tiny: 3 };

describe('a pass the data cannot resolve', () => {
  it('names the gateable own times whose 95% interval reaches the threshold, largest share first', () => {
    // 200 samples per run resolve nothing; tiny is not counted among the "3 more" (render, hot, summarize).
    const comparison = compareProfiles({ baseline: drawRuns(PROGRAM, { count: 5, samples: 200, seed: 31 }), current: drawRuns(PROGRAM, { count: 5, samples: 200, seed: 32 }) });
    expect(comparison.verdict).toBe('pass');
    expect(comparison.summary).toMatch(
      /^pass: no significant regression \(6 function times tested, alpha 0\.01, Holm, weighted by share\); the data cannot resolve a 10% slowdown of py::parse:app\.py \(95% interval reaches \+\d+%\), py::tax:app\.py \(95% interval reaches \+\d+%\) and 3 more: more samples per run/,
    );
  });

  it('says nothing more when every interval stays below the threshold', () => {
    const comparison = compareProfiles({ baseline: drawRuns(PROGRAM, { count: 5, samples: 40_000, seed: 33 }), current: drawRuns(PROGRAM, { count: 5, samples: 40_000, seed: 34 }) });
    expect(comparison.verdict).toBe('pass');
    expect(comparison.summary).toMatch(/^pass: no significant regression \(\d+ function times tested, alpha 0\.01, Holm, weighted by share\)$/);
    const hot = comparison.functions.find((fn) => fn.name === frame('hot'))!;
    expect(hot.own.interval95!.high).toBeLessThan(0.1);
  });
});
