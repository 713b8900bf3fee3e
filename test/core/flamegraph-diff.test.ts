import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { compareFrameShares, pickDiffColor, renderDiffFlameGraph } from '../../src/core/flamegraph/diff.js';
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

describe('pickDiffColor', () => {
  it('is white for no change, red for growth, blue for shrinkage, saturating at saturateAt', () => {
    expect(pickDiffColor(0, 5)).toBe('rgb(255,255,255)');
    expect(pickDiffColor(5, 5)).toBe(pickDiffColor(50, 5));
    expect(pickDiffColor(-5, 5)).toBe(pickDiffColor(-50, 5));
    expect(pickDiffColor(5, 5)).toBe('rgb(215,25,28)');
    expect(pickDiffColor(-5, 5)).toBe('rgb(33,102,205)');
    // Intensity grows with magnitude: the green channel drops as red deepens.
    const green = (delta: number) => Number(pickDiffColor(delta, 5).match(/\d+/g)![1]);
    expect(green(1)).toBeGreaterThan(green(2));
    expect(green(2)).toBeGreaterThan(green(4));
  });
});

describe('renderDiffFlameGraph (hand-made profiles)', () => {
  const baseline = loadFixture('small-baseline.folded'); // 85 samples
  const current = loadFixture('small.folded'); // 66 samples

  it('colours a grown frame red, a shrunk one blue, and normalises by each total', () => {
    const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current));
    const work = findFrameNamed(frames, 'py::work:app.py'); // 30/85 = 35.29 % → 40/66 = 60.61 %
    expect(isRed(work.fill)).toBe(true);
    expect(work.title).toBe('py::work:app.py (before 35.29%, after 60.61%, Δ +25.31 pts; baseline 30 samples, current 40 samples)');
    const parse = findFrameNamed(frames, 'py::parse:app.py'); // 40/85 = 47.06 % → 20/66 = 30.30 %
    expect(isBlue(parse.fill)).toBe(true);
    expect(parse.title).toContain('before 47.06%, after 30.30%, Δ −16.76 pts');
    const tiny = findFrameNamed(frames, 'py::tiny:app.py'); // new in current
    expect(tiny.title).toContain('before 0.00%, after 1.52%');
    expect(isRed(tiny.fill)).toBe(true);
    expect(isWhite(findFrameNamed(frames, 'all').fill)).toBe(true);
    expect(frames.map((f) => f.name)).not.toContain('py::gone:app.py');
  });

  it('shows a vanished frame in the reverse graph (baseline shape), coloured blue', () => {
    const frames = parseDiffFrames(renderDiffFlameGraph(baseline, current, { shape: 'baseline' }));
    const gone = findFrameNamed(frames, 'py::gone:app.py');
    expect(gone.samples).toBe(10); // widths are the baseline's
    expect(gone.title).toContain('before 11.76%, after 0.00%, Δ −11.76 pts');
    expect(isBlue(gone.fill)).toBe(true);
    expect(isRed(findFrameNamed(frames, 'py::work:app.py').fill)).toBe(true); // red still means "grew"
    expect(frames.map((f) => f.name)).not.toContain('py::tiny:app.py');
  });

  it('is all white when only the sample count differs', () => {
    const doubled: FoldedStacks = new Map([...current].map(([stack, weight]) => [stack, weight * 2]));
    for (const frame of parseDiffFrames(renderDiffFlameGraph(current, doubled))) expect(isWhite(frame.fill), frame.name).toBe(true);
  });

  it('says in words which run is which', () => {
    const svg = renderDiffFlameGraph(baseline, current);
    expect(svg).toContain('Shape and widths: current run (66 samples). Red: larger share than in the baseline (85 samples). Blue: smaller.');
    expect(svg).toContain('see the reverse graph (baseline shape)');
    const reverse = renderDiffFlameGraph(baseline, current, { shape: 'baseline', saturateAt: 10 });
    expect(reverse).toContain('Shape and widths: baseline run (85 samples). Red: larger share in the current run (66 samples). Blue: smaller.');
    expect(reverse).toContain('saturating at ±10 percentage points');
  });

  it('matches the golden SVGs and is valid XML', () => {
    const forward = renderDiffFlameGraph(baseline, current, { title: 'small diff' });
    const reverse = renderDiffFlameGraph(baseline, current, { title: 'small diff (reverse)', shape: 'baseline' });
    expect(XMLValidator.validate(forward)).toBe(true);
    expect(XMLValidator.validate(reverse)).toBe(true);
    expect(renderDiffFlameGraph(baseline, current, { title: 'small diff' })).toBe(forward);
    expectGolden('render', 'small-diff.svg', forward);
    expectGolden('render', 'small-diff-reverse.svg', reverse);
  });

  it('rejects a bad shape or saturation', () => {
    expect(() => renderDiffFlameGraph(baseline, current, { shape: 'both' as never })).toThrow(/shape/);
    expect(() => renderDiffFlameGraph(baseline, current, { saturateAt: 0 })).toThrow(/saturateAt/);
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
      expect(frame.title).toContain('after 0.00%');
      expect(isBlue(frame.fill)).toBe(true);
    }
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
