import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBytes, parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import {
  classifyFunction,
  computeFunctionTable,
  rankBySelf,
  rankFunctions,
  selectOwnWeight,
  type FunctionTable,
  type FunctionWeights,
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

  it('classifies frame names into function families', () => {
    expect(classifyFunction('py::score_order:examples/bench.py')).toBe('python');
    expect(classifyFunction('do_syscall_64_[k]')).toBe('kernel');
    expect(classifyFunction('deflate')).toBe('native');
  });

  it('counts 50k distinct deep stacks with recursion once per stack (its speed is the render bench\'s business)', () => {
    const stacks: FoldedStacks = new Map();
    for (let i = 0; i < 50_000; i += 1) {
      const frames = ['py::<module>:app.py', 'py::main:app.py'];
      for (let d = 0; d < 30; d += 1) frames.push(`py::f${(i * 7 + d * 13) % 400}:app.py`);
      frames.push(`native_${i % 97}`);
      stacks.set(frames.join(';'), 1 + (i % 5));
    }
    const table = computeFunctionTable(stacks);
    expect(table.functions.get('py::main:app.py')?.inclusive).toBe(table.total);
    // A function repeated within one stack (recursion) counts that stack's weight once inclusively.
    const f0 = [...stacks].filter(([stack]) => stack.split(';').includes('py::f0:app.py')).reduce((sum, [, weight]) => sum + weight, 0);
    expect(table.functions.get('py::f0:app.py')?.inclusive).toBe(f0);
  });
});

describe('ranking', () => {
  const table = computeFunctionTable(bench);

  it('breaks ties in self weight by inclusive weight, then by name in byte order', () => {
    const native = (name: string, self: number, inclusive: number): FunctionWeights => ({ name, kind: 'native', self, inclusive, ownPython: null });
    // Neither the table's order nor its reverse is the expected order, and byte order ('Z' < 'a')
    // differs from locale order, so only the documented rule passes.
    const functions = [native('zlib_compress', 3, 3), native('deflate', 5, 5), native('alpha', 3, 3), native('memcpy', 3, 9), native('Zstd_compress', 3, 3), native('idle', 0, 4)];
    const tied: FunctionTable = { total: 20, truncated: 0, functions: new Map(functions.map((fn) => [fn.name, fn])) };
    // memcpy ties the others on self but has more inclusive weight; idle has no self weight at all.
    expect(rankBySelf(tied, 10).map((fn) => fn.name)).toEqual(['deflate', 'memcpy', 'Zstd_compress', 'alpha', 'zlib_compress']);
    // A cut inside a tie keeps the ones the rule puts first.
    expect(rankBySelf(tied, 3).map((fn) => fn.name)).toEqual(['deflate', 'memcpy', 'Zstd_compress']);
    expect(rankBySelf(tied, 1)[0]!.selfShare).toBe(5 / 20);
  });

  it('ranks the real capture by self share, applying the tie rule to its many equal counts', () => {
    const ranked = rankBySelf(table, table.functions.size);
    expect(ranked.length).toBeGreaterThan(5);
    let ties = 0;
    for (let i = 1; i < ranked.length; i += 1) {
      const [before, after] = [ranked[i - 1]!, ranked[i]!];
      expect(before.self).toBeGreaterThanOrEqual(after.self);
      if (before.self !== after.self) continue;
      ties += 1;
      expect(before.inclusive, `${before.name} before ${after.name}`).toBeGreaterThanOrEqual(after.inclusive);
      if (before.inclusive === after.inclusive) expect(compareBytes(before.name, after.name), `${before.name} before ${after.name}`).toBeLessThan(0);
    }
    expect(ties).toBeGreaterThan(0);
    expect(ranked[0]!.selfShare).toBeCloseTo(ranked[0]!.self / 130, 12);
  });

  it('ranks by own share and filters by a minimum share', () => {
    const own = rankFunctions(table, { by: 'own', minShare: 0.05 });
    for (const fn of own) expect(selectOwnWeight(fn) / table.total).toBeGreaterThanOrEqual(0.05);
    expect(own.map((fn) => fn.name)).toContain('py::score_order:examples/bench.py');
    expect(own[0]!.ownPythonShare === null || own[0]!.ownPythonShare >= 0.05).toBe(true);
  });
});
