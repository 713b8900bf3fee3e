import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { compareFrameOwnTimes, compareFrameShares, listFramePaths, pickDiffColor, renderDiffFlameGraph, type SignificantChange } from '../../src/core/flamegraph/diff.js';
import { flowStacks } from '../../src/core/flamegraph/flow.js';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { parseFlameGraphFrames } from '../helpers/flamegraph-svg.js';
import { expectGolden, fixturePath } from '../helpers/golden.js';

function loadFixture(name: string): FoldedStacks {
  return parseFoldedText(readFileSync(fixturePath('render', name), 'utf8'));
}

interface DiffFrame {
  name: string;
  samples: number;
  title: string;
  fill: [number, number, number];
}

function parseDiffFrames(svg: string): DiffFrame[] {
  return parseFlameGraphFrames(svg).map((frame) => ({
    name: frame.name,
    samples: frame.samples,
    title: `${frame.name} ${frame.details ?? ''}`,
    fill: frame.fill.match(/\d+/g)!.map(Number) as [number, number, number],
  }));
}

const isRed = ([r, g, b]: [number, number, number]) => r > g + 5 && r > b + 5;
const isBlue = ([r, g, b]: [number, number, number]) => b > r + 5 && b > g;
const isWhite = ([r, g, b]: [number, number, number]) => r === 255 && g === 255 && b === 255;

function findFrameNamed(frames: DiffFrame[], name: string): DiffFrame {
  const found = frames.filter((f) => f.name === name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

const SATURATED_RED: [number, number, number] = [215, 25, 28];
const SATURATED_BLUE: [number, number, number] = [33, 102, 205];
/** Farther from white than a pale tint can be: some channel below 170. */
const isSaturated = (fill: [number, number, number]) => Math.min(...fill) < 170;

describe('pickDiffColor', () => {
  const rgb = (color: string) => color.match(/\d+/g)!.map(Number) as [number, number, number];
  const pale = (before: number, after: number) => rgb(pickDiffColor({ beforeShare: before, afterShare: after }, { significant: false, strongestAt: 2 }));
  const full = (before: number, after: number) => rgb(pickDiffColor({ beforeShare: before, afterShare: after }, { significant: true, strongestAt: 2 }));

  it('is white without a change, fully saturated only for a significant one, pale otherwise', () => {
    expect(pale(0.1, 0.1)).toEqual([255, 255, 255]);
    expect(pale(0, 0)).toEqual([255, 255, 255]);
    expect(full(0.1, 0.1)).toEqual([255, 255, 255]);
    expect(full(0.1, 0.11)).toEqual(SATURATED_RED);
    expect(full(0.1, 0.09)).toEqual(SATURATED_BLUE);
    expect(full(0, 0.01)).toEqual(SATURATED_RED); // new
    for (const [before, after] of [[0.1, 0.2], [0.1, 10], [0, 0.5], [0.1, 0.05], [0.3, 0]]) {
      const fill = pale(before!, after!);
      expect(isSaturated(fill), `${before} → ${after}`).toBe(false);
      expect(after! > before! ? isRed(fill) : isBlue(fill), `${before} → ${after}`).toBe(true);
    }
  });

  it('grows the pale tint with the log ratio up to strongestAt, the same for ×r and ÷r', () => {
    const green = (ratio: number) => pale(0.1, 0.1 * ratio)[1];
    expect(green(1.1)).toBeGreaterThan(green(1.5));
    expect(green(1.5)).toBeGreaterThan(green(2));
    expect(green(2)).toBe(green(20));
    // Strength (the way from white to the full colour) is the same for ×1.5 and ÷1.5.
    const grewStrength = (255 - pale(0.1, 0.15)[1]) / (255 - SATURATED_RED[1]);
    const shrankStrength = (255 - pale(0.15, 0.1)[0]) / (255 - SATURATED_BLUE[0]);
    expect(grewStrength).toBeGreaterThan(0.1);
    expect(shrankStrength).toBeCloseTo(grewStrength, 2);
  });
});

describe('renderDiffFlameGraph (hand-made profiles)', () => {
  const baseline = loadFixture('small-baseline.folded'); // 85 samples
  const current = loadFixture('small.folded'); // 66 samples

  it("colours a frame by its own time's share of each run, and callers without own time white", () => {
    const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current));
    // py::work's own time: itself and the native code it calls (zlib, deflate): 30/85 → 40/66.
    const work = findFrameNamed(frames, 'py::work:app.py');
    expect(isRed(work.fill)).toBe(true);
    expect(work.title).toBe('py::work:app.py (own 35.29% → 60.61%, ×1.72; inclusive 35.29% → 60.61%; baseline 30 samples, current 40 samples)');
    const deflate = findFrameNamed(frames, 'deflate'); // self 20/85 → 30/66
    expect(isRed(deflate.fill)).toBe(true);
    expect(deflate.title).toContain('own 23.53% → 45.45%, ×1.93;');
    const parse = findFrameNamed(frames, 'py::parse:app.py'); // 40/85 → 20/66
    expect(isBlue(parse.fill)).toBe(true);
    expect(parse.title).toContain('own 47.06% → 30.30%, ×0.64; inclusive 47.06% → 30.30%');
    const tiny = findFrameNamed(frames, 'py::tiny:app.py'); // new in current
    expect(tiny.title).toContain('own 0.00% → 1.52%, new;');
    expect(isRed(tiny.fill)).toBe(true);
    // No own time on either side: white, however much the time beneath them changed.
    for (const name of ['all', 'python3.13', '_start', 'Py_RunMain', 'py::<module>:app.py', 'zlib_Compress_impl']) {
      expect(isWhite(findFrameNamed(frames, name).fill), name).toBe(true);
    }
    expect(findFrameNamed(frames, 'zlib_Compress_impl').title).toContain('(own 0.00% → 0.00%; inclusive');
    expect(frames.map((f) => f.name)).not.toContain('py::gone:app.py');
    // Without gate results nothing is saturated.
    for (const frame of frames) expect(isSaturated(frame.fill), frame.name).toBe(false);
  });

  it('shows a vanished frame in the reverse graph (baseline shape), coloured blue', () => {
    const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current, { shape: 'baseline' }));
    const gone = findFrameNamed(frames, 'py::gone:app.py');
    expect(gone.samples).toBe(10); // widths are the baseline's
    expect(gone.title).toContain('own 11.76% → 0.00%, gone; inclusive 11.76% → 0.00%');
    expect(isBlue(gone.fill)).toBe(true);
    expect(isRed(findFrameNamed(frames, 'py::work:app.py').fill)).toBe(true); // red still means "grew"
    expect(frames.map((f) => f.name)).not.toContain('py::tiny:app.py');
  });

  it('is all white when only the sample count differs', () => {
    const doubled: FoldedStacks = new Map([...current].map(([stack, weight]) => [stack, weight * 2]));
    for (const frame of parseDiffFrames(renderDiffFlameGraph(current, doubled))) expect(isWhite(frame.fill), frame.name).toBe(true);
  });

  it('says in words which run is which, what the colour is, and when it is saturated', () => {
    const svg = renderDiffFlameGraph(baseline, current, { significant: [] });
    expect(svg).toContain('Shape and widths: current run (66 samples); baseline 85 samples.');
    expect(svg).toContain("Colour: change of each frame&apos;s own time (self; for Python also its direct native callees) as a share of its run. Red: grew. Blue: shrank. White: unchanged.");
    expect(svg).toContain('Saturated: a function the gate found regressed (red) or improved (blue). Pale: a change it did not find significant (strongest at ×2 or ÷2).');
    expect(svg).toContain('see the reverse graph (baseline shape)');
    expect(svg).toContain('>regressed (gate)</text>');
    expect(renderDiffFlameGraph(baseline, current)).toContain('No gate result given, so no frame is saturated: every tint is pale (strongest at ×2 or ÷2).');
    const reverse = renderDiffFlameGraph(baseline, current, { shape: 'baseline', strongestAt: 4 });
    expect(reverse).toContain('Reverse graph. Shape and widths: baseline run (85 samples); current 66 samples.');
    expect(reverse).toContain('(strongest at ×4 or ÷4)');
  });

  it('matches the golden SVGs and is valid XML', () => {
    const significant: SignificantChange[] = [
      { name: 'py::work:app.py', direction: 'regressed', summary: 'own time +72% (95% interval +20% … +140%), share 35.3% → 60.6%' },
      { name: 'py::parse:app.py', direction: 'improved', summary: 'own time −36% (95% interval −50% … −20%), share 47.1% → 30.3%' },
    ];
    const forward = renderDiffFlameGraph(baseline, current, { title: 'small diff', significant });
    const reverse = renderDiffFlameGraph(baseline, current, { title: 'small diff (reverse)', shape: 'baseline', significant });
    expect(XMLValidator.validate(forward)).toBe(true);
    expect(XMLValidator.validate(reverse)).toBe(true);
    expect(renderDiffFlameGraph(baseline, current, { title: 'small diff', significant })).toBe(forward);
    expectGolden('render', 'small-diff.svg', forward);
    expectGolden('render', 'small-diff-reverse.svg', reverse);
  });

  it('rejects a bad shape or ratio', () => {
    expect(() => renderDiffFlameGraph(baseline, current, { shape: 'both' as never })).toThrow(/shape/);
    expect(() => renderDiffFlameGraph(baseline, current, { strongestAt: 1 })).toThrow(/strongestAt/);
    expect(() => renderDiffFlameGraph(baseline, current, { strongestAt: Number.NaN })).toThrow(/strongestAt/);
  });
});

describe('renderDiffFlameGraph follows the gate (synthetic profiles)', () => {
  // `leaf` doubles its own time; everything else keeps its samples.
  const baseline = parseFoldedText(
    ['python3.13;_start;py::main:app.py;py::work:app.py;py::leaf:app.py 100', 'python3.13;_start;py::main:app.py;py::work:app.py 50', 'python3.13;_start;py::main:app.py;py::other:app.py 100', ''].join('\n'),
  );
  const current = parseFoldedText(
    ['python3.13;_start;py::main:app.py;py::work:app.py;py::leaf:app.py 200', 'python3.13;_start;py::main:app.py;py::work:app.py 50', 'python3.13;_start;py::main:app.py;py::other:app.py 100', ''].join('\n'),
  );
  const regressedLeaf: SignificantChange = { name: 'py::leaf:app.py', direction: 'regressed', summary: 'own time +100% (95% interval +80% … +120%), share 40.0% → 57.1%' };

  it('on a pass (no significant function) saturates no frame', () => {
    for (const shape of ['current', 'baseline'] as const) {
      const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current, { shape, significant: [] }));
      for (const frame of frames) expect(isSaturated(frame.fill), `${shape}: ${frame.name}`).toBe(false);
      expect(isRed(findFrameNamed(frames, 'py::leaf:app.py').fill)).toBe(true); // a pale red
    }
  });

  it('saturates a regressed leaf function red and leaves its callers, whose own time did not grow, not red', () => {
    const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current, { significant: [regressedLeaf] }));
    const leaf = findFrameNamed(frames, 'py::leaf:app.py');
    expect(leaf.fill).toEqual(SATURATED_RED);
    expect(leaf.title).toContain('; gate: regressed, own time +100% (95% interval +80% … +120%), share 40.0% → 57.1%)');
    for (const name of ['all', 'python3.13', '_start', 'py::main:app.py', 'py::work:app.py']) {
      const frame = findFrameNamed(frames, name);
      expect(isRed(frame.fill), name).toBe(false);
      expect(isSaturated(frame.fill), name).toBe(false);
      expect(frame.title, name).not.toContain('gate:');
    }
    // Their inclusive time grew, and the tooltip says so; the colour does not.
    expect(findFrameNamed(frames, 'py::work:app.py').title).toContain('inclusive 60.00% → 71.43%');
    // The same function judged improved is not saturated where its own time grew.
    const contrary = parseDiffFrames(renderDiffFlameGraph(baseline, current, { significant: [{ ...regressedLeaf, direction: 'improved' }] }));
    expect(isSaturated(findFrameNamed(contrary, 'py::leaf:app.py').fill)).toBe(false);
  });
});

describe('renderDiffFlameGraph (real captures: score_order loop doubled, compress_report removed)', () => {
  const baseline = loadFixture('bench-baseline.folded');
  const current = loadFixture('bench-current.folded');

  it('shows score_order grown and compress_report only in the reverse graph', () => {
    const forward = parseDiffFrames(renderDiffFlameGraph(baseline, current));
    const scoreOrder = forward.filter((f) => f.name === 'py::score_order:examples/bench.py');
    expect(scoreOrder.length).toBeGreaterThan(0);
    const widest = scoreOrder.reduce((a, b) => (b.samples > a.samples ? b : a));
    expect(isRed(widest.fill)).toBe(true);
    expect(forward.map((f) => f.name)).not.toContain('py::compress_report:examples/bench.py');
    const reverse = parseDiffFrames(renderDiffFlameGraph(baseline, current, { shape: 'baseline' }));
    const compress = reverse.filter((f) => f.name === 'py::compress_report:examples/bench.py');
    expect(compress.length).toBeGreaterThan(0);
    for (const frame of compress) {
      expect(frame.title).toMatch(/inclusive \d+\.\d\d% → 0\.00%/);
      // Gone: blue where it had own time, white where all its time was in its callees.
      if (/own 0\.00% → 0\.00%/.test(frame.title)) expect(isWhite(frame.fill)).toBe(true);
      else expect(isBlue(frame.fill) && frame.title.includes(', gone;')).toBe(true);
    }
    expect(compress.some((frame) => isBlue(frame.fill))).toBe(true);
  });
});

describe('compareFrameShares', () => {
  /** Weight of the stacks of `stacks` that pass through `path` (names from the root), counted by brute force. */
  function sumWeightThrough(stacks: FoldedStacks, path: string[]): number {
    let sum = 0;
    for (const [stack, weight] of stacks) {
      if (!(weight > 0)) continue;
      const names = stack === '' ? [] : stack.split(';');
      if (names.length >= path.length && path.every((name, index) => names[index] === name)) sum += weight;
    }
    return sum;
  }

  // Real captures, plus the awkward names, plus stacks that share a character prefix but not a
  // frame (`a;b` vs `a;bc`, `a;b!`), an empty frame name, and a zero weight.
  const awkward = parseFoldedText('a;b 2\na;b;c 1\na;bc 4\na;b!;x 3\na 5\n;x 2\nq;;r 1\nz 0\n');
  const cases: Array<[string, FoldedStacks, FoldedStacks]> = [
    ['bench captures', loadFixture('bench-current.folded'), loadFixture('bench-baseline.folded')],
    ['names', loadFixture('names.folded'), loadFixture('small.folded')],
    [
      'awkward prefixes',
      awkward,
      // `<` is the character after `;`; the empty stack (only possible in memory) belongs to no frame.
      new Map([...parseFoldedText('a;b 1\na;b;c 7\na;bc;d 2\na;b! 1\na;b<x 5\na< 3\n;x;y 4\nq;;r;s 2\na;b;c;d 0\n'), ['', 6]]),
    ],
  ];

  it.each(cases)('%s: matches every frame of one profile to the weight under the same path in the other', (_name, shaped, other) => {
    const flowed = flowStacks(shaped);
    const { frames } = flowed;
    const changes = compareFrameShares(flowed, other, 'current');
    const otherTotal = sumWeightThrough(other, []);
    const pathOf = (index: number): string[] => {
      const names: string[] = [];
      for (let i = index; i > 0; i = frames[i]!.parent) names.unshift(frames[i]!.name);
      return names;
    };
    frames.forEach((frame, index) => {
      const path = pathOf(index);
      const expected = sumWeightThrough(other, path);
      expect(changes[index]!.beforeSamples, path.join(';')).toBe(expected);
      expect(changes[index]!.afterSamples).toBe(frame.samples);
      expect(changes[index]!.beforePercent).toBeCloseTo(otherTotal > 0 ? (100 * expected) / otherTotal : 0, 12);
    });
  });
});

describe('compareFrameOwnTimes', () => {
  /** By brute force: a Python frame owns the stacks whose innermost Python frame it is, any other frame the stacks that end at it. */
  function sumOwnWeight(stacks: FoldedStacks, path: string[]): number {
    if (path.length === 0) return 0;
    let sum = 0;
    for (const [stack, weight] of stacks) {
      if (!(weight > 0)) continue;
      const names = stack.split(';');
      if (!path.every((name, index) => names[index] === name)) continue;
      const python = path.at(-1)!.startsWith('py::');
      let innermostPython = -1;
      names.forEach((name, index) => name.startsWith('py::') && (innermostPython = index));
      if (python ? innermostPython === path.length - 1 : names.length === path.length) sum += weight;
    }
    return sum;
  }

  it.each([
    ['bench captures', loadFixture('bench-current.folded'), loadFixture('bench-baseline.folded')],
    ['small', loadFixture('small.folded'), loadFixture('small-baseline.folded')],
  ])('%s: own shares of every frame on both sides', (_name, shaped, other) => {
    const { frames } = flowStacks(shaped);
    const totalOf = (stacks: FoldedStacks) => [...stacks.values()].reduce((sum, weight) => sum + (weight > 0 ? weight : 0), 0);
    const paths = listFramePaths(frames);
    const changes = compareFrameOwnTimes(frames, paths, { shaped, other }, 'current');
    frames.forEach((_frame, index) => {
      const path = paths[index] === '' ? [] : paths[index]!.split(';');
      expect(changes[index]!.afterShare, paths[index]).toBeCloseTo(sumOwnWeight(shaped, path) / totalOf(shaped), 12);
      expect(changes[index]!.beforeShare, paths[index]).toBeCloseTo(sumOwnWeight(other, path) / totalOf(other), 12);
    });
    expect(changes.some((change) => change.afterShare > 0)).toBe(true);
  });
});
