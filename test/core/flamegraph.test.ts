import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { classifyFrame, describePalette, pickFrameColor } from '../../src/core/flamegraph/colors.js';
import { flowColumns, flowStacks } from '../../src/core/flamegraph/flow.js';
import { fitLabel, layoutFlameGraph } from '../../src/core/flamegraph/layout.js';
import { DEFAULT_FLAME_GRAPH_OPTIONS, parseMinWidth } from '../../src/core/flamegraph/options.js';
import { renderFlameGraph } from '../../src/core/flamegraph/svg.js';
import { parseFoldedText, sortedStackKeys, totalWeight, type FoldedStacks } from '../../src/core/folded.js';
import { parseFlameGraphFrames as parseFrames } from '../helpers/flamegraph-svg.js';
import { expectGolden, fixturePath } from '../helpers/golden.js';

function loadFixture(name: string): FoldedStacks {
  return parseFoldedText(readFileSync(fixturePath('render', name), 'utf8'));
}

const realProfile = loadFixture('bench-baseline.folded');

describe('flowStacks (flamegraph.pl flow)', () => {
  it('gives every frame the total weight of the stacks that pass through its path (real capture)', () => {
    const { frames, total } = flowStacks(realProfile);
    expect(total).toBe(totalWeight(realProfile));
    const paths = frames.map((frame) => frame);
    // Rebuild each frame's path from parent links and count independently by brute force.
    const pathOf = (index: number): string[] => {
      const names: string[] = [];
      for (let i = index; i > 0; i = frames[i]!.parent) names.unshift(frames[i]!.name);
      return names;
    };
    for (let i = 1; i < paths.length; i += 1) {
      const path = pathOf(i);
      let expected = 0;
      let expectedSelf = 0;
      for (const [stack, weight] of realProfile) {
        const names = stack.split(';');
        if (path.every((name, k) => names[k] === name)) {
          expected += weight;
          if (names.length === path.length) expectedSelf += weight;
        }
      }
      expect(frames[i]!.samples, path.join(';')).toBe(expected);
      expect(frames[i]!.self, path.join(';')).toBe(expectedSelf);
    }
  });

  it('merges shared prefixes into one frame and orders siblings by byte order', () => {
    const stacks = parseFoldedText('a;c 2\na;b 3\nb 1\na 4\n');
    const { frames } = flowStacks(stacks);
    expect(frames.map((f) => `${f.depth}:${f.name}@${f.start}+${f.samples}/self${f.self}`)).toEqual([
      '0:all@0+10/self0',
      '1:a@0+9/self4',
      '2:b@4+3/self3',
      '2:c@7+2/self2',
      '1:b@9+1/self1',
    ]);
  });
});

describe('flowStacks edge cases', () => {
  it('does not merge frames that only share a character prefix, and handles a stack that is a prefix of the next', () => {
    const { frames } = flowStacks(parseFoldedText('a;a;x 2\na;ab 1\na 3\na;a 4\n'));
    expect(frames.map((f) => `${f.depth}:${f.name}@${f.start}+${f.samples}/self${f.self}`)).toEqual([
      '0:all@0+10/self0',
      '1:a@0+10/self3',
      '2:a@3+6/self4',
      '3:x@7+2/self2',
      '2:ab@9+1/self1',
    ]);
  });
});

describe('pruning while flowing', () => {
  // Real captures, once with their integer sample counts and once with fractional weights (as
  // period-weighted profiles have), where float rounding could make a look-ahead sum differ.
  const profiles: Array<[string, FoldedStacks]> = ['bench-baseline.folded', 'bench-current.folded', 'names.folded'].flatMap((name) => {
    const stacks = loadFixture(name);
    const fractional: FoldedStacks = new Map([...stacks].map(([stack, weight], index) => [stack, weight * 0.37 + (index % 7) * 0.013]));
    return [[name, stacks], [`${name} (fractional)`, fractional]] as Array<[string, FoldedStacks]>;
  });
  const plotWidth = DEFAULT_FLAME_GRAPH_OPTIONS.width - 20;

  it.each(profiles)('%s: keeps exactly the unpruned frames at least minWidth wide, with the same numbers', (_name, stacks) => {
    const all = flowStacks(stacks);
    const sampleCounts = [...new Set(all.frames.map((frame) => frame.samples))].sort((a, b) => a - b);
    // Thresholds exactly at frame widths (the edge cases), between them, and as percentages.
    const widths: Array<number | string> = [0, 0.1, 7, 50, '3%', '12.5%'];
    for (const samples of sampleCounts.slice(0, 6)) widths.push((samples * plotWidth) / all.total);
    for (const minWidth of widths) {
      const minSamples = parseMinWidth(minWidth, { total: all.total, pixelsPerSample: plotWidth / all.total });
      const expected = all.frames.filter((frame) => frame.samples >= minSamples && frame.samples > 0);
      const layout = layoutFlameGraph(stacks, { minWidth });
      const describe = (frame: { name: string; depth: number; start: number; samples: number; self: number }) =>
        `${frame.depth}:${frame.name}@${frame.start}+${frame.samples}/self${frame.self}`;
      expect(layout.frames.map(describe), String(minWidth)).toEqual(expected.map(describe));
      expect(layout.prunedFrames, String(minWidth)).toBe(all.frames.length - expected.length);
      // Parents point at the same frames as in the full flow.
      const keptIndex = new Map(expected.map((frame, index) => [frame, index]));
      expect(layout.frames.map((frame) => frame.parent)).toEqual(expected.map((frame) => (frame.parent < 0 ? -1 : keptIndex.get(all.frames[frame.parent]!))));
      const columns = flowColumns(stacks, { prune: { minWidth, plotWidth } });
      expect(columns.count, String(minWidth)).toBe(expected.filter((frame) => frame.samples > 0 || frame.depth === 0).length);
    }
  });
});

describe('layoutFlameGraph', () => {
  const small = loadFixture('small.folded');
  const total = totalWeight(small);

  it('makes widths proportional to samples and keeps children inside their parents', () => {
    const layout = layoutFlameGraph(realProfile);
    const scale = (DEFAULT_FLAME_GRAPH_OPTIONS.width - 20) / totalWeight(realProfile);
    for (const frame of layout.frames) {
      expect(frame.width).toBeCloseTo(frame.samples * scale, 9);
      if (frame.parent < 0) continue;
      const parent = layout.frames[frame.parent]!;
      expect(frame.depth).toBe(parent.depth + 1);
      expect(frame.x).toBeGreaterThanOrEqual(parent.x - 1e-9);
      expect(frame.x + frame.width).toBeLessThanOrEqual(parent.x + parent.width + 1e-9);
      expect(frame.y).toBeLessThan(parent.y); // flame graph: callees above callers
    }
    // Children never add up to more than their parent.
    const childSum = new Map<number, number>();
    layout.frames.forEach((f) => f.parent >= 0 && childSum.set(f.parent, (childSum.get(f.parent) ?? 0) + f.samples));
    for (const [parent, sum] of childSum) expect(sum).toBeLessThanOrEqual(layout.frames[parent]!.samples);
    expect(layout.frames[0]!.width).toBeCloseTo(DEFAULT_FLAME_GRAPH_OPTIONS.width - 20, 9);
  });

  it('prunes frames narrower than minWidth in pixels', () => {
    // 1180 px for 66 samples: 1 sample is ~17.9 px, 5 samples ~89 px.
    const layout = layoutFlameGraph(small, { minWidth: 100 });
    const names = layout.frames.map((f) => f.name);
    expect(names).not.toContain('py::tiny:app.py');
    expect(names).not.toContain('memcpy');
    expect(names).toContain('py::parse:app.py');
    for (const frame of layout.frames) expect(frame.width).toBeGreaterThanOrEqual(100);
    expect(layout.prunedFrames).toBe(flowStacks(small).frames.length - layout.frames.length);
    expect(layoutFlameGraph(small).frames.map((f) => f.name)).toContain('py::tiny:app.py');
  });

  it('prunes frames below a percentage of the total', () => {
    const layout = layoutFlameGraph(small, { minWidth: '10%' });
    for (const frame of layout.frames) expect(frame.samples / total).toBeGreaterThanOrEqual(0.1);
    expect(layout.frames.map((f) => f.name)).not.toContain('[truncated]'); // 5/66 = 7.6 %
    expect(layout.frames.map((f) => f.name)).toContain('py::parse:app.py'); // 20/66
  });

  it('puts the root at the top and callees below in an icicle graph', () => {
    const layout = layoutFlameGraph(small, { inverted: true });
    const root = layout.frames[0]!;
    for (const frame of layout.frames) {
      if (frame.parent >= 0) expect(frame.y).toBeGreaterThan(layout.frames[frame.parent]!.y);
      expect(frame.y).toBeGreaterThanOrEqual(root.y);
    }
    expect(root.y).toBe(layout.plotTop);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => layoutFlameGraph(small, { minWidth: 'wide' })).toThrow(/minWidth/);
    expect(() => layoutFlameGraph(small, { width: 5 })).toThrow(/width/);
    expect(() => layoutFlameGraph(small, { colors: 'rainbow' as never })).toThrow(/palette/);
  });
});

describe('fitLabel', () => {
  it('truncates with .. when the name does not fit and drops text below 3 characters', () => {
    const charWidth = 12 * 0.59;
    expect(fitLabel('deflate', charWidth * 7, 12)).toBe('deflate');
    expect(fitLabel('deflate', charWidth * 6, 12)).toBe('defl..');
    expect(fitLabel('deflate', charWidth * 3, 12)).toBe('d..');
    expect(fitLabel('deflate', charWidth * 2.9, 12)).toBe('');
  });
});

describe('frame colours', () => {
  it('classifies real frame names into families', () => {
    expect(classifyFrame('py::score_all.<locals>.<genexpr>:examples/bench.py')).toBe('python');
    expect(classifyFrame('py::<module>:<stdlib>/json/encoder.py')).toBe('python');
    expect(classifyFrame('_PyEval_EvalFrameDefault')).toBe('interpreter');
    expect(classifyFrame('PyObject_Vectorcall')).toBe('interpreter');
    expect(classifyFrame('py_trampoline_evaluator')).toBe('interpreter');
    expect(classifyFrame('_Py_dict_lookup')).toBe('interpreter');
    expect(classifyFrame('deflate')).toBe('native');
    expect(classifyFrame('zlib_Compress_impl')).toBe('native');
    expect(classifyFrame('memcpy')).toBe('native');
    expect(classifyFrame('asm_exc_page_fault_[k]')).toBe('kernel');
    expect(classifyFrame('[truncated]')).toBe('synthetic');
    expect(classifyFrame('[unknown]')).toBe('synthetic');
    expect(classifyFrame('[libfoo.so]')).toBe('native'); // an unsymbolised library is native code
  });

  it('is deterministic and keeps each family in its own hue range', () => {
    const rgb = (color: string) => color.match(/\d+/g)!.map(Number) as [number, number, number];
    for (const name of sortedStackKeys(realProfile).flatMap((s) => s.split(';'))) {
      const color = pickFrameColor(name, 'python');
      expect(pickFrameColor(name, 'python')).toBe(color);
      const [r, g, b] = rgb(color);
      const kind = classifyFrame(name);
      if (kind === 'python') expect(g).toBeGreaterThan(r + 50); // green/teal
      if (kind === 'native') expect(r).toBeGreaterThan(b + 140); // orange
      if (kind === 'kernel') expect(b).toBeGreaterThan(g + 40); // purple
      if (kind === 'synthetic') expect(r === g && g === b).toBe(true); // grey
      if (kind === 'interpreter') expect(Math.abs(r - g)).toBeLessThan(35); // muted khaki
    }
    expect(describePalette('python').map((e) => e.label)).toEqual([
      'Python',
      'Native / C extension',
      'CPython interpreter',
      'Kernel',
      'Synthetic ([truncated], [unknown])',
    ]);
  });
});

describe('renderFlameGraph', () => {
  const small = loadFixture('small.folded');

  it('matches the golden SVG (small fixture)', () => {
    expectGolden('render', 'small.svg', renderFlameGraph(small, { title: 'small', subtitle: 'hand-written fixture' }));
  });

  it('matches the golden SVG (icicle, hot palette, percentage minWidth)', () => {
    expectGolden('render', 'small-inverted-hot.svg', renderFlameGraph(small, { inverted: true, colors: 'hot', minWidth: '2%', width: 800, countName: 'ticks' }));
  });

  it('matches the golden SVG (names that need escaping)', () => {
    expectGolden('render', 'names.svg', renderFlameGraph(loadFixture('names.folded'), { title: 'names & <escapes>' }));
  });

  it('is byte-identical for the same input regardless of map insertion order', () => {
    const reversed: FoldedStacks = new Map([...realProfile].reverse());
    const first = renderFlameGraph(realProfile);
    expect(renderFlameGraph(reversed)).toBe(first);
    expect(renderFlameGraph(realProfile)).toBe(first);
  });

  it('writes one frame per line, with name, samples, start and self in the data the script reads', () => {
    const svg = renderFlameGraph(small);
    const frameLines = svg.split('\n').filter((line) => /^<g class="c\d+"><rect /.test(line));
    const frames = parseFrames(svg);
    expect(frameLines.length).toBe(frames.length);
    const work = frames.find((f) => f.name === 'py::work:app.py')!;
    expect(work).toMatchObject({ samples: 40, self: 10, start: 26, details: undefined }); // the script's tooltip: samples, share, self share
    expect(work.label).toBe('work'); // the tooltip and the data keep the full name
    expect(work.fill).toBe(pickFrameColor('py::work:app.py', 'python'));
    expect(work.height).toBe(15);
    // Each name is stored once, however many frames have it.
    const names = frames.map((f) => f.name);
    const dataNames = JSON.parse(/<script type="application\/json" id="pfg-data">(.*)<\/script>/.exec(svg)![1]!).names as string[];
    expect(dataNames).toEqual([...new Set(names)]);
    expect(svg).toContain('id="pfg-details"');
    expect(svg).toContain('id="pfg-matched"');
    expect(svg).not.toMatch(/<script[^>]*src=|xlink:href="http|@import|url\(http/);
  });

  it('gives frames of the same colour one CSS class', () => {
    const svg = renderFlameGraph(realProfile);
    const frames = parseFrames(svg);
    const classes = [...svg.matchAll(/^<g class="(c\d+)">/gm)].map((match) => match[1]);
    const byFill = new Map<string, Set<string>>();
    frames.forEach((frame, index) => byFill.set(frame.fill, (byFill.get(frame.fill) ?? new Set()).add(classes[index]!)));
    for (const [fill, set] of byFill) expect(set.size, fill).toBe(1);
    frames.forEach((frame, index) => expect(frame.fill).toBe(pickFrameColor(index === 0 ? '[all]' : frame.name, 'python')));
  });

  it('writes valid XML and round-trips hostile names through attributes and text', () => {
    const nasty = new Map<string, number>([
      ['app;py::<listcomp>:a&b.py;py::<lambda>:"q".py', 3],
      ["app;it's;</script>;]]>", 2],
      ['app;ctl\u0001\u0008\u001f\uFFFE;lone\uD800surrogate;emoji😀ok', 1],
      [`app;${'x'.repeat(300)}`, 5],
    ]);
    const svg = renderFlameGraph(nasty, { title: 'a<b & "c"', subtitle: "it's \u0002" });
    expect(XMLValidator.validate(svg)).toBe(true);
    const names = parseFrames(svg).map((f) => f.name);
    expect(names).toContain('py::<listcomp>:a&b.py');
    expect(names).toContain('py::<lambda>:"q".py');
    expect(names).toContain("it's");
    expect(names).toContain('</script>');
    expect(names).toContain(']]>');
    expect(names).toContain('ctl');
    expect(names).toContain('lonesurrogate');
    expect(names).toContain('emoji😀ok');
    const long = parseFrames(svg).find((f) => f.name.startsWith('xxx'))!;
    expect(long.label.endsWith('..')).toBe(true);
    expect(long.label.length).toBeLessThan(300);
    for (const fixture of ['small.folded', 'names.folded', 'bench-baseline.folded', 'bench-current.folded']) {
      for (const options of [{}, { inverted: true }, { colors: 'mono' as const }]) {
        expect(XMLValidator.validate(renderFlameGraph(loadFixture(fixture), options))).toBe(true);
      }
    }
  });

  it('renders an empty profile as a valid SVG that says so', () => {
    const svg = renderFlameGraph(new Map());
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(parseFrames(svg)).toEqual([]);
    expect(svg).toContain('No samples in this profile.');
  });

  it('shows a legend for the palette', () => {
    expect(renderFlameGraph(small)).toContain('>CPython interpreter</text>');
    expect(renderFlameGraph(small, { colors: 'mono' })).toContain('Colour is a hash of the name (no meaning)');
  });
});
