/** When a run's processing may overlap the next run's recording: only with most of a core left idle by the first run. */
import { describe, expect, it } from 'vitest';
import { decideOverlap } from '../../src/stages/record.js';

describe('decideOverlap', () => {
  it('overlaps beside a single-threaded benchmark on 2 cores (perf record adds a few percent)', () => {
    expect(decideOverlap({ cpuSeconds: 2.4, wallSeconds: 2.35, cores: 2 })).toBe(true);
  });

  it('does not overlap when the benchmark keeps both cores (or most of them) busy', () => {
    expect(decideOverlap({ cpuSeconds: 4.6, wallSeconds: 2.4, cores: 2 })).toBe(false);
    expect(decideOverlap({ cpuSeconds: 3.2, wallSeconds: 2.4, cores: 2 })).toBe(false);
    expect(decideOverlap({ cpuSeconds: 2.6, wallSeconds: 2.4, cores: 1 })).toBe(false);
  });

  it('overlaps on 4 cores beside a benchmark using 3 of them, not 3.5', () => {
    expect(decideOverlap({ cpuSeconds: 6, wallSeconds: 2, cores: 4 })).toBe(true);
    expect(decideOverlap({ cpuSeconds: 7, wallSeconds: 2, cores: 4 })).toBe(false);
  });

  it('does not overlap when the CPU time is unknown or the run took no time', () => {
    expect(decideOverlap({ cpuSeconds: undefined, wallSeconds: 2, cores: 8 })).toBe(false);
    expect(decideOverlap({ cpuSeconds: 0, wallSeconds: 0, cores: 8 })).toBe(false);
  });
});
