import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import {
  classifyFrame,
  computeFunctionTable,
  rankByInclusive,
  rankBySelf,
  rankFunctions,
  selectOwnWeight,
} from '../../src/core/hotspots.js';
import { fixturePath } from '../helpers/golden.js';

const bench = parseFoldedText(readFileSync(fixturePath('compare', 'bench-rounds3.folded'), 'utf8'));

/** Independent, naive reference: a Set per stack, explicit scans. */
function computeNaive(stacks: FoldedStacks): Map<string, { self: number; inclusive: number; own: number }> {
  const result = new Map<string, { self: number; inclusive: number; own: number }>();
  const get = (name: string) => {
    if (!result.has(name)) result.set(name, { self: 0, inclusive: 0, own: 0 });
    return result.get(name)!;
  };
  for (const [stack, weight] of stacks) {
    const frames = stack.split(';').filter((frame) => frame !== '[truncated]');
    for (const name of new Set(frames)) get(name).inclusive += weight;
    if (frames.length > 0) get(frames[frames.length - 1]!).self += weight;
    const python = frames.filter((frame) => frame.startsWith('py::'));
    if (python.length > 0) get(python[python.length - 1]!).own += weight;
  }
  return result;
}

describe('computeFunctionTable', () => {
  it('computes self, inclusive (once per stack under recursion) and own-Python weights', () => {
    const stacks = parseFoldedText(
      [
        'py::main:app.py;py::walk:app.py;py::walk:app.py;py::walk:app.py 5',
        'py::main:app.py;py::compress:app.py;zlib_compress;deflate 7',
        'py::main:app.py;py::compress:app.py;zlib_compress;deflate;clear_page_erms_[k] 2',
        '[truncated];py::walk:app.py;memcpy 3',
        '[truncated] 1',
        'do_lookup_x 4',
      ].join('\n'),
    );
    const table = computeFunctionTable(stacks);
    expect(table.total).toBe(22);
    expect(table.truncated).toBe(4);
    expect(table.functions.has('[truncated]')).toBe(false);
    expect(table.functions.get('py::walk:app.py')).toEqual({ name: 'py::walk:app.py', kind: 'python', self: 5, inclusive: 8, ownPython: 8 });
    expect(table.functions.get('py::main:app.py')).toEqual({ name: 'py::main:app.py', kind: 'python', self: 0, inclusive: 14, ownPython: 0 });
    expect(table.functions.get('py::compress:app.py')?.ownPython).toBe(9);
    expect(table.functions.get('deflate')).toEqual({ name: 'deflate', kind: 'native', self: 7, inclusive: 9, ownPython: null });
    expect(table.functions.get('clear_page_erms_[k]')?.kind).toBe('kernel');
    expect(table.functions.get('memcpy')?.self).toBe(3);
    expect(table.functions.get('do_lookup_x')?.inclusive).toBe(4);
    expect(selectOwnWeight(table.functions.get('deflate')!)).toBe(7);
    expect(selectOwnWeight(table.functions.get('py::compress:app.py')!)).toBe(9);
  });

  it('matches a naive reference on the real bench.py capture', () => {
    const table = computeFunctionTable(bench);
    const naive = computeNaive(bench);
    expect(table.total).toBe(130);
    expect(table.truncated).toBe(6);
    expect([...table.functions.keys()].sort()).toEqual([...naive.keys()].sort());
    for (const [name, expected] of naive) {
      const actual = table.functions.get(name)!;
      expect(actual.self, name).toBe(expected.self);
      expect(actual.inclusive, name).toBe(expected.inclusive);
      expect(actual.ownPython ?? 0, name).toBe(expected.own);
    }
    // Hand-checked with grep on the fixture: score_order is in 18 stacks, the leaf of 16.
    const score = table.functions.get('py::score_order:examples/bench.py')!;
    expect([score.self, score.inclusive, score.ownPython]).toEqual([16, 18, 18]);
    // The libz frame recurses; its inclusive weight counts each stack once.
    const libz = table.functions.get('[libz.so.1.2.13]')!;
    expect(libz.inclusive).toBe(23);
    // Conservation: leaves + bare [truncated] stacks cover the total.
    let selfSum = 0;
    for (const fn of table.functions.values()) selfSum += fn.self;
    expect(selfSum).toBe(table.total);
  });

  it('classifies frame families', () => {
    expect(classifyFrame('py::score_order:examples/bench.py')).toBe('python');
    expect(classifyFrame('do_syscall_64_[k]')).toBe('kernel');
    expect(classifyFrame('deflate')).toBe('native');
  });

  it('handles 50k distinct deep stacks quickly', () => {
    const stacks: FoldedStacks = new Map();
    for (let i = 0; i < 50_000; i += 1) {
      const frames = ['py::<module>:app.py', 'py::main:app.py'];
      for (let d = 0; d < 30; d += 1) frames.push(`py::f${(i * 7 + d * 13) % 400}:app.py`);
      frames.push(`native_${i % 97}`);
      stacks.set(frames.join(';'), 1 + (i % 5));
    }
    const started = performance.now();
    const table = computeFunctionTable(stacks);
    const elapsed = performance.now() - started;
    expect(table.functions.get('py::main:app.py')?.inclusive).toBe(table.total);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('ranking', () => {
  const table = computeFunctionTable(bench);

  it('ranks by self share with deterministic ties', () => {
    const top = rankBySelf(table, 5);
    expect(top).toHaveLength(5);
    for (let i = 1; i < top.length; i += 1) expect(top[i - 1]!.selfShare).toBeGreaterThanOrEqual(top[i]!.selfShare);
    expect(top[0]!.selfShare).toBeCloseTo(top[0]!.self / 130, 12);
    expect(rankBySelf(table, 5)).toEqual(top);
  });

  it('ranks by inclusive share: the module root covers every bench.py sample', () => {
    const top = rankByInclusive(table, 3);
    expect(top[0]!.name).toBe('py::<module>:examples/bench.py');
    expect(top[0]!.inclusiveShare).toBeCloseTo(table.functions.get('py::<module>:examples/bench.py')!.inclusive / 130, 12);
  });

  it('ranks by own share and filters by a minimum share', () => {
    const own = rankFunctions(table, { by: 'own', minShare: 0.05 });
    for (const fn of own) expect(selectOwnWeight(fn) / table.total).toBeGreaterThanOrEqual(0.05);
    expect(own.map((fn) => fn.name)).toContain('py::score_order:examples/bench.py');
    expect(own[0]!.ownPythonShare === null || own[0]!.ownPythonShare >= 0.05).toBe(true);
  });
});
