/**
 * The folded text writer (folded-writer.ts) writes exactly the bytes the stacks' Map gives through
 * `formatFoldedText`: on every fold fixture in both views and every compat option set (through the
 * folders' `finishText`), and on hand-made and random sequences that stress byte order (names
 * that are the start of others, characters below ';'), summing by text (different names that
 * join to the same text), weights, memory growth and the cases it declines.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompatFolder, type CompatOptions } from '../../src/core/fold-compat.js';
import { createFolder, type FoldOptions } from '../../src/core/fold-python.js';
import { addStack, formatFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { SequencePool, writeFoldedText, type FoldedSequences } from '../../src/core/folded-writer.js';
import { LineInterner } from '../../src/core/line-interner.js';
import { forEachScannedOfFileSync } from '../../src/shell/line-reader.js';
import { foldCaptures } from '../helpers/fold-captures.js';
import { fixturePath } from '../helpers/golden.js';

const CAPTURES = [...foldCaptures, 'py313-jit-libpython-work'];
const COMPAT_OPTIONS: CompatOptions[] = [{}, { pid: true }, { tid: true }, { kernel: true }, { jit: true }, { all: true }, { addrs: true }, { all: true, tid: true, addrs: true }];
const DIRECTORIES = { workingDirectory: '/root/work', homeDirectory: '/root' };
const decoder = new TextDecoder();

/** What the Map path gives for root-first name lists: join, sum by text, format. */
function formatByMap(stacks: readonly { names: readonly string[]; weight: number }[]): string {
  const map: FoldedStacks = new Map();
  for (const { names, weight } of stacks) addStack(map, names.join(';'), weight);
  return formatFoldedText(map);
}

/** Root-first name lists as sequences of ids into `names` (each distinct name once). */
function toSequences(stacks: readonly { names: readonly string[]; weight: number }[]): { sequences: FoldedSequences; names: string[] } {
  const names: string[] = [];
  const ids = new Map<string, number>();
  const pool = new SequencePool();
  for (const stack of stacks) {
    pool.add(
      stack.names.map((name) => {
        let id = ids.get(name);
        if (id === undefined) {
          id = names.length;
          names.push(name);
          ids.set(name, id);
        }
        return id;
      }),
      stack.weight,
    );
  }
  return { sequences: pool.toSequences(), names };
}

function writeText(stacks: readonly { names: readonly string[]; weight: number }[]): string | undefined {
  const { sequences, names } = toSequences(stacks);
  const bytes = writeFoldedText(sequences, names, 0);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

describe('folders written straight to text', () => {
  let written = 0;
  for (const capture of CAPTURES) {
    const text = readFileSync(fixturePath('fold', `${capture}.txt`), 'utf8');
    it(`${capture}: compat, every option set`, () => {
      for (const options of COMPAT_OPTIONS) {
        const byMap = createCompatFolder(options);
        byMap.pushLines(text);
        const byText = createCompatFolder(options);
        byText.pushLines(text);
        const bytes = byText.finishText();
        if (bytes === undefined) continue;
        written += 1;
        expect(decoder.decode(bytes), JSON.stringify(options)).toBe(formatFoldedText(byMap.finish()));
      }
    });
    for (const view of ['python', 'mixed'] as const) {
      it(`${capture}: ${view} view, stacks and quality`, () => {
        const options: FoldOptions = { view, ...DIRECTORIES };
        const byMap = createFolder(options);
        byMap.pushLines(text);
        const byText = createFolder(options);
        byText.pushLines(text);
        const result = byText.finishText();
        const expected = byMap.finish();
        const expectedText = formatFoldedText(expected.stacks);
        if (result === undefined) {
          // Declined only for a name that is not ASCII; the folder is then finished as usual,
          // nothing counted twice.
          expect(expectedText).toMatch(/[^\x00-\x7f]/);
          const finished = byText.finish();
          expect(formatFoldedText(finished.stacks)).toBe(expectedText);
          expect(finished.quality).toEqual(expected.quality);
          return;
        }
        expect(decoder.decode(result.text)).toBe(expectedText);
        expect(result.quality).toEqual(expected.quality);
      });
    }
  }

  it('wrote the compat text of most fixtures (a fixture with a Java or names-only sample declines)', () => {
    expect(written).toBeGreaterThan(CAPTURES.length * COMPAT_OPTIONS.length * 0.5);
  });

  it('a folder fed scanned bytes writes the same text', () => {
    const path = fixturePath('fold', 'py313-jit-bench.txt');
    const scanned = createCompatFolder();
    forEachScannedOfFileSync({ path, interner: new LineInterner(), scanBytes: 1500 }, scanned);
    const byMap = createCompatFolder();
    byMap.pushLines(readFileSync(path, 'utf8'));
    const bytes = scanned.finishText();
    expect(bytes).toBeDefined();
    expect(decoder.decode(bytes)).toBe(formatFoldedText(byMap.finish()));
  });

  it('declines per-process folds and non-ASCII names, finishing nothing', () => {
    const text = readFileSync(fixturePath('fold', 'py313-jit-bench.txt'), 'utf8');
    const perProcess = createFolder({ view: 'python', ...DIRECTORIES, perProcess: true });
    perProcess.pushLines(text);
    expect(perProcess.finishText()).toBeUndefined();
    expect(perProcess.finish().stacks.size).toBeGreaterThan(0);
    const accented = createCompatFolder();
    accented.pushLines('pythön 1 [000] 1.000001: 1 cpu-clock:\n\t1 f (/lib/x.so)\n');
    expect(accented.finishText()).toBeUndefined();
    expect(formatFoldedText(accented.finish())).toBe('pythön;f 1\n');
  });
});

describe('writeFoldedText', () => {
  it('orders by bytes: a stack that is the start of another first, characters below ";" before it', () => {
    const stacks = [
      { names: ['a', 'b'], weight: 1 },
      { names: ['a'], weight: 2 },
      { names: ['a.b'], weight: 3 },
      { names: ['a b'], weight: 4 },
      { names: ['a', 'b', 'c'], weight: 5 },
      { names: ['a:', 'x'], weight: 6 },
      { names: ['a<'], weight: 7 },
      { names: ['ab'], weight: 8 },
      { names: ['', 'a'], weight: 9 },
      { names: ['abcdefghijklmnopq', 'r'], weight: 10 },
      { names: ['abcdefghijklmnopqr'], weight: 11 },
      { names: ['abcdefghijklmnop'], weight: 12 },
    ];
    const expected = formatByMap(stacks);
    expect(expected.split('\n')[0]).toBe(';a 9');
    expect(writeText(stacks)).toBe(expected);
  });

  it('sums sequences whose texts are the same, in their order (fractional weights as the Map sums them)', () => {
    const stacks = [
      { names: ['a;b', 'c'], weight: 0.1 },
      { names: ['a', 'b;c'], weight: 0.2 },
      { names: ['a', 'b', 'c'], weight: 0.3 },
      { names: ['x'], weight: 1e15 },
      { names: ['x'], weight: 1 },
    ];
    expect(writeText(stacks)).toBe(formatByMap(stacks));
    expect(writeText(stacks)).toContain('a;b;c 0.6\n');
  });

  it('reads leaf-first sequences and a bias, as a compat folder hands them', () => {
    // Ids -1 and -2 name processes (names[bias - 1], names[bias - 2]); 0, 1, 2 frames.
    const names = ['proc-b', 'proc-a', 'leaf', 'middle', 'root'];
    const sequences: FoldedSequences = {
      pool: Int32Array.from([0, 1, 2, -1, 2, -2]),
      starts: Int32Array.from([0, 4]),
      lengths: Int32Array.from([4, 2]),
      weights: Float64Array.from([3, 4]),
      count: 2,
      leafFirst: true,
    };
    expect(decoder.decode(writeFoldedText(sequences, names, 2))).toBe('proc-a;root;middle;leaf 3\nproc-b;root 4\n');
  });

  it('writes nothing for no sequences, and declines a name that is not ASCII', () => {
    expect(writeText([])).toBe('');
    expect(writeText([{ names: ['a', 'é'], weight: 1 }])).toBeUndefined();
    expect(writeText([{ names: ['a', '\u{1F600}'], weight: 1 }])).toBeUndefined();
  });

  it('grows its memory for texts far larger than it starts with (and across its batches of sequences)', () => {
    const frames = Array.from({ length: 300 }, (_, index) => `frame_${index}_${'x'.repeat(index % 50)}`);
    const stacks = Array.from({ length: 3000 }, (_, index) => ({ names: frames.slice(index % 7, 40 + (index % 260)), weight: 1 + (index % 3) }));
    const text = writeText(stacks);
    expect(text?.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(text).toBe(formatByMap(stacks));
  });

  it('matches the Map path on random stacks over a small alphabet', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', ';', ' ', '.', ':', '~', 'Z'), maxLength: 4 });
    const stacks = fc.array(fc.record({ names: fc.array(name, { minLength: 1, maxLength: 5 }), weight: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.001, max: 10, noNaN: true })) }), { maxLength: 40 });
    fc.assert(
      fc.property(stacks, (drawn) => {
        expect(writeText(drawn)).toBe(formatByMap(drawn));
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
