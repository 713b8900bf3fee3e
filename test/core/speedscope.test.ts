import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFoldedText, totalWeight, type FoldedStacks } from '../../src/core/folded.js';
import { SPEEDSCOPE_SCHEMA, toSpeedscope, type SpeedscopeFile } from '../../src/core/speedscope.js';
import { fixturePath } from '../helpers/golden.js';

const real = parseFoldedText(readFileSync(fixturePath('render', 'bench-baseline.folded'), 'utf8'));

describe('toSpeedscope', () => {
  it('writes a sampled profile with shared frames that reproduces the folded stacks exactly', () => {
    const json = toSpeedscope([{ name: 'bench', stacks: real }], { name: 'bench.py baseline' });
    const file = JSON.parse(json) as SpeedscopeFile;
    expect(file.$schema).toBe(SPEEDSCOPE_SCHEMA);
    expect(file.name).toBe('bench.py baseline');
    expect(file.activeProfileIndex).toBe(0);
    expect(file.profiles).toHaveLength(1);
    const profile = file.profiles[0]!;
    expect(profile.type).toBe('sampled');
    expect(profile.unit).toBe('none');
    expect(profile.startValue).toBe(0);
    expect(profile.endValue).toBe(totalWeight(real));
    expect(profile.samples).toHaveLength(real.size);
    expect(profile.weights).toHaveLength(real.size);
    // Every frame name is listed once and every sample index points into the list.
    const names = file.shared.frames.map((frame) => frame.name);
    expect(new Set(names).size).toBe(names.length);
    const rebuilt: FoldedStacks = new Map();
    profile.samples.forEach((sample, i) => {
      for (const index of sample) expect(index).toBeLessThan(names.length);
      rebuilt.set(sample.map((index) => names[index]).join(';'), profile.weights[i]!);
    });
    expect(rebuilt).toEqual(real);
  });

  it('adds the source file of Python frames and keeps the full name', () => {
    const file = JSON.parse(toSpeedscope([{ name: 'bench', stacks: real }], { name: 'x' })) as SpeedscopeFile;
    const frame = file.shared.frames.find((f) => f.name === 'py::score_all.<locals>.<genexpr>:examples/bench.py');
    expect(frame).toEqual({ name: 'py::score_all.<locals>.<genexpr>:examples/bench.py', file: 'examples/bench.py' });
    expect(file.shared.frames.find((f) => f.name === 'deflate')).toEqual({ name: 'deflate' });
  });

  it('is deterministic regardless of insertion order and skips zero weights', () => {
    const reversed: FoldedStacks = new Map([...real].reverse());
    expect(toSpeedscope([{ name: 'bench', stacks: reversed }], { name: 'x' })).toBe(toSpeedscope([{ name: 'bench', stacks: real }], { name: 'x' }));
    const withZero: FoldedStacks = new Map([['a;b', 0], ['a;c', 2]]);
    const file = JSON.parse(toSpeedscope([{ name: 'z', stacks: withZero }], { name: 'z' })) as SpeedscopeFile;
    expect(file.profiles[0]!.samples).toEqual([[0, 1]]);
    expect(file.shared.frames).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('writes one profile per process with shared frames, and opens on the busiest', () => {
    const parent: FoldedStacks = new Map([['main;py::run:app.py', 3]]);
    const worker: FoldedStacks = new Map([['main;py::work:app.py;deflate', 5], ['main;py::run:app.py', 1]]);
    const file = JSON.parse(toSpeedscope([{ name: 'run 1 · pid 10 · python app.py', stacks: parent }, { name: 'run 1 · pid 11 · python -c …', stacks: worker }], { name: 'x', frequency: 1000 })) as SpeedscopeFile;
    expect(file.profiles.map((profile) => profile.name)).toEqual(['run 1 · pid 10 · python app.py', 'run 1 · pid 11 · python -c …']);
    expect(file.profiles.map((profile) => profile.unit)).toEqual(['seconds', 'seconds']);
    expect(file.profiles[0]!.endValue).toBeCloseTo(0.003, 12);
    expect(file.profiles[1]!.endValue).toBeCloseTo(0.006, 12);
    expect(file.activeProfileIndex).toBe(1);
    // Frames are shared: `main` and `py::run:app.py` appear once although both processes have them.
    expect(file.shared.frames.map((frame) => frame.name)).toEqual(['main', 'py::run:app.py', 'py::work:app.py', 'deflate']);
    expect(file.profiles[1]!.samples).toEqual([[0, 1], [0, 2, 3]]);
  });
});
