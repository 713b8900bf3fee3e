/**
 * Folding a file as scanned bytes (the line interner numbers its callchain lines, line-interner.ts)
 * gives exactly what folding its text gives, for every fold fixture, every compat option set and
 * both Python-aware views; also across scan boundaries, past a line too long for one scan, and
 * when the interner runs out of numbers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCompatFolder, type CompatOptions } from '../../src/core/fold-compat.js';
import { createFolder, type FoldOptions, type FoldResult } from '../../src/core/fold-python.js';
import { formatFoldedText } from '../../src/core/folded.js';
import { LineInterner } from '../../src/core/line-interner.js';
import { forEachLinesOfFileSync, forEachScannedOfFileSync } from '../../src/shell/line-reader.js';
import { foldCaptures } from '../helpers/fold-captures.js';
import { fixturePath, goldenPath } from '../helpers/golden.js';

const CAPTURES = [...foldCaptures, 'py313-jit-libpython-work', 'srcline'];
const COMPAT_OPTIONS: CompatOptions[] = [{}, { pid: true }, { tid: true }, { kernel: true }, { jit: true }, { all: true }, { addrs: true }, { all: true, tid: true, addrs: true }];
const DIRECTORIES = { workingDirectory: '/root/work', homeDirectory: '/root' };
const directory = mkdtempSync(join(tmpdir(), 'ppg-fold-scanned-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function compatByText(path: string, options: CompatOptions): string {
  const folder = createCompatFolder(options);
  forEachLinesOfFileSync({ path }, (text) => folder.pushLines(text));
  return formatFoldedText(folder.finish());
}

function compatScanned(path: string, options: CompatOptions, scan: { scanBytes?: number; maxNumbers?: number } = {}): string {
  const folder = createCompatFolder(options);
  const interner = new LineInterner(scan.maxNumbers === undefined ? {} : { maxNumbers: scan.maxNumbers });
  forEachScannedOfFileSync({ path, interner, ...(scan.scanBytes === undefined ? {} : { scanBytes: scan.scanBytes }) }, folder);
  return formatFoldedText(folder.finish());
}

function describeFold(result: FoldResult): unknown {
  return { stacks: formatFoldedText(result.stacks), quality: result.quality, processes: result.processStacks?.map((entry) => [entry.pid, formatFoldedText(entry.stacks)]) };
}

function pythonByText(path: string, view: FoldOptions['view']): unknown {
  const folder = createFolder({ view, ...DIRECTORIES, perProcess: true });
  forEachLinesOfFileSync({ path }, (text) => folder.pushLines(text));
  return describeFold(folder.finish());
}

function pythonScanned(path: string, view: FoldOptions['view'], scan: { scanBytes?: number; maxNumbers?: number } = {}): unknown {
  const folder = createFolder({ view, ...DIRECTORIES, perProcess: true });
  const interner = new LineInterner(scan.maxNumbers === undefined ? {} : { maxNumbers: scan.maxNumbers });
  forEachScannedOfFileSync({ path, interner, ...(scan.scanBytes === undefined ? {} : { scanBytes: scan.scanBytes }) }, folder);
  return describeFold(folder.finish());
}

function writeCapture(name: string, bytes: Buffer | string): string {
  const path = join(directory, name);
  writeFileSync(path, bytes);
  return path;
}

describe('folding scanned bytes gives what folding the text gives', () => {
  for (const capture of CAPTURES) {
    const path = fixturePath('fold', `${capture}.txt`);
    // Whole reads, and scans of at most 1,500 bytes: most samples then cross a scan boundary.
    for (const scanBytes of [undefined, 1500]) {
      it(`${capture}, ${scanBytes ? `scans of ${scanBytes} bytes` : 'whole reads'}`, () => {
        for (const options of capture === 'srcline' ? [{ srcline: true }, { srcline: true, all: true }] : COMPAT_OPTIONS) {
          const expected = compatByText(path, options);
          expect(expected.length).toBeGreaterThan(0);
          expect(compatScanned(path, options, { scanBytes }), JSON.stringify(options)).toBe(expected);
        }
        if (capture === 'srcline') return;
        for (const view of ['python', 'mixed'] as const) expect(pythonScanned(path, view, { scanBytes }), view).toEqual(pythonByText(path, view));
      });
    }
  }

  it('matches stackcollapse-perf.pl on a capture (its golden output)', () => {
    const path = fixturePath('fold', 'py313-jit-bench.txt');
    expect(compatScanned(path, {})).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.compat.folded'), 'utf8'));
  });

  it('goes on as text past a line longer than one scan takes', () => {
    const capture = readFileSync(fixturePath('fold', 'py313-jit-threads.txt'), 'utf8');
    const middle = capture.indexOf('\n\n', capture.length >> 1) + 2;
    const path = writeCapture('long-line.txt', `${capture.slice(0, middle)}# ${'x'.repeat(5000)}\n${capture.slice(middle)}`);
    expect(compatScanned(path, {}, { scanBytes: 2000 })).toBe(compatByText(path, {}));
    expect(pythonScanned(path, 'python', { scanBytes: 2000 })).toEqual(pythonByText(path, 'python'));
  });

  it('numbers no more lines than asked, and reads the others as text with the same result', () => {
    const path = fixturePath('fold', 'py313-jit-deep-recursion.txt');
    expect(compatScanned(path, {}, { maxNumbers: 7 })).toBe(compatByText(path, {}));
    expect(pythonScanned(path, 'python', { maxNumbers: 7 })).toEqual(pythonByText(path, 'python'));
  });

  it('keeps CRLF, tab-indented callchains, invalid UTF-8 and a last line without its newline as the text reader does', () => {
    const capture = readFileSync(fixturePath('fold', 'py313-jit-bench.txt'), 'utf8');
    const sample = capture.slice(0, capture.indexOf('\n\n') + 2);
    const bytes = Buffer.concat([
      Buffer.from(sample.replaceAll('\n', '\r\n')),
      Buffer.from(sample.replace(/\n {7,}/g, '\n\t')),
      Buffer.from(sample.replace('_dl_start', '_dl_caf\xc3\xa9_\xff\xfe_start'), 'latin1'),
      Buffer.from(sample, 'utf8'),
      Buffer.from(sample.trimEnd()),
    ]);
    const path = writeCapture('odd-bytes.txt', bytes);
    for (const scanBytes of [undefined, 700]) {
      expect(compatScanned(path, {}, { scanBytes })).toBe(compatByText(path, {}));
      expect(pythonScanned(path, 'mixed', { scanBytes })).toEqual(pythonByText(path, 'mixed'));
    }
    expect(compatByText(path, {})).toContain('\ufffd');
  });

  it('reads a keyed header once only when its key decides it: times inside a comm, frames on the header line, two events, periods, CRLF, Java', () => {
    const capture = readFileSync(fixturePath('fold', 'py313-jit-bench.txt'), 'utf8');
    const first = capture.slice(0, capture.indexOf('\n\n') + 2);
    const callchain = first.slice(first.indexOf('\n') + 1);
    const headers = [
      (time: string) => `python3.13 20000/20000 [001] ${time}:    1001001 cpu-clock: `,
      (time: string) => `my 1.5: prog 123/123 [001] ${time}:    1001001 cpu-clock: `,
      (time: string) => `my 2.5: prog 124/124 [001] 3.25: ${time}:    1001001 cpu-clock: `,
      (time: string) => `python3.13 20000/20000 [001] ${time}:          1 page-faults: `,
      (time: string) => `python3.13 20001/20002 ${time}:        250 cpu-clock: `,
      (time: string) => `python3.13 20001/20002 ${time}:        500 cpu-clock: `,
      (time: string) => `java 300/301 [000] ${time}: 1001001 cpu-clock: `,
      (time: string) => `python3.13 20003/20003 [000] ${time}: 1001001 cpu-clock:\r`,
    ];
    let text = '';
    for (let round = 0; round < 3; round += 1) {
      for (const [index, header] of headers.entries()) {
        const time = `${1000 + round}.${String(index * 7 + round).padStart(6, '0')}`;
        text += `${header(time)}\n${index === 7 ? callchain.replaceAll('\n', '\r\n') : callchain}`;
      }
      // Samples without a callchain: the frame is on the header line.
      text += `python3.13 20004/20004 [000] ${1000 + round}.5:    1001001 cpu-clock:      7f00 sym_${round} (/lib/x.so)\n`;
    }
    const path = writeCapture('keyed-headers.txt', text);
    for (const scanBytes of [undefined, 900]) {
      for (const options of COMPAT_OPTIONS) expect(compatScanned(path, options, { scanBytes }), JSON.stringify(options)).toBe(compatByText(path, options));
      for (const view of ['python', 'mixed'] as const) expect(pythonScanned(path, view, { scanBytes }), view).toEqual(pythonByText(path, view));
    }
    expect(compatByText(path, { pid: true })).toContain('my_1.5:_prog-123');
    // 27 samples, less the 3 of the second event and the 3 whose event the reader takes for their
    // second time ('3.25: 1000.000014:' reads as time 3.25, event '1000.000014').
    expect(pythonByText(path, 'mixed')).toMatchObject({ quality: { samples: 21, ignoredEvents: expect.arrayContaining(['page-faults', '1000.000014']) } });
  });

  it('folds an empty file to nothing', () => {
    const path = writeCapture('empty.txt', '');
    expect(compatScanned(path, {})).toBe('');
    expect(pythonScanned(path, 'python')).toEqual(pythonByText(path, 'python'));
  });
});

describe('LineInterner', () => {
  function scan(interner: LineInterner, text: string): { numbers: number[]; texts: string[] } {
    const bytes = Buffer.from(text);
    interner.input().set(bytes);
    const lines = interner.scan(bytes.length);
    const numbers: number[] = [];
    const texts: string[] = [];
    let start = 0;
    for (let index = 0; index < lines.count; index += 1) {
      numbers.push(lines.numbers[index] as number);
      texts.push(lines.text(start, lines.ends[index] as number));
      start = (lines.ends[index] as number) + 1;
    }
    return { numbers, texts };
  }

  it('numbers callchain lines by their bytes, the same number for the same line, and no other line', () => {
    const interner = new LineInterner();
    const first = scan(interner, 'comm 1 1.0: 1 cpu-clock:\n\t    aa f (x)\n        bb g (y)\n\n\t    aa f (x)\n\t    aa f (y)\n#c\n');
    expect(first.texts).toEqual(['comm 1 1.0: 1 cpu-clock:', '\t    aa f (x)', '        bb g (y)', '', '\t    aa f (x)', '\t    aa f (y)', '#c']);
    // The header gets a key (-3 - 0), from the same range as the numbers.
    expect(first.numbers).toEqual([-3, 1, 2, -1, 1, 3, -1]);
    // Numbers hold across scans; the line that follows another (predicted) and one looked up agree.
    expect(scan(interner, '        bb g (y)\n\t    aa f (x)\n        bb g (y)\n').numbers).toEqual([2, 1, 2]);
  });

  it('tells apart lines that differ only past their first 8-byte words, or only in length', () => {
    const interner = new LineInterner();
    const lines = ['\t'.padEnd(40, 'a'), `${'\t'.padEnd(39, 'a')}b`, '\t'.padEnd(41, 'a'), '\t'.padEnd(48, 'a'), '\t'.padEnd(47, 'a')];
    const { numbers } = scan(interner, `${[...lines, ...lines].join('\n')}\n`);
    expect(numbers).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
  });

  it('keeps numbering correctly as its table and memory grow', () => {
    const interner = new LineInterner();
    const distinct = Array.from({ length: 9000 }, (_, index) => `\t    ${index.toString(16).padStart(12, '0')} function_${index}_${'z'.repeat(700)} (/lib/x.so)`);
    const numbers: number[] = [];
    for (let from = 0; from < distinct.length; from += 1000) numbers.push(...scan(interner, `${distinct.slice(from, from + 1000).join('\n')}\n`).numbers);
    expect(numbers).toEqual(distinct.map((_, index) => index));
    const bytesBefore = interner.input().buffer.byteLength;
    const again = scan(interner, `${distinct[8999]}\n${distinct[0]}\n${distinct[4500]}\n`);
    // 9,000 lines of ~730 bytes are kept past the memory the module starts with.
    expect(bytesBefore).toBeGreaterThan(20 * 1024 * 1024);
    expect(again.numbers).toEqual([8999, 0, 4500]);
    expect(again.texts[0]).toBe(distinct[8999]);
  });

  it('keys header lines by their bytes outside their time, and no other line', () => {
    const interner = new LineInterner();
    const { numbers } = scan(
      interner,
      [
        'p 10/10 [000] 5.000001: 1 cpu-clock:',
        'p 10/10 [000] 5.000002: 1 cpu-clock:',
        'p 10/10 [000] 15.1: 1 cpu-clock:',
        'p 10/11 [000] 5.000001: 1 cpu-clock:',
        'p 10/10 [000] 5 1 cpu-clock:',
        'p 1.5x: 10/10 [000] 5.000003: 1 cpu-clock:',
        'p 1.5x: 10/10 [000] 5.000004: 1 cpu-clock:',
        '#p 10/10 [000] 5.000001: 1 cpu-clock:',
        '\t    aa f (x)',
        '',
      ].join('\n') + '\n',
    );
    // Same key for the first three (k = 0), another for another thread, none without a time or
    // for a comment; the time is the first DIGITS.DIGITS before a ':' (past '1.5x').
    expect(numbers).toEqual([-3, -3, -3, -4, -1, -5, -5, -1, 3, -1]);
  });

  it('gives -2 past its limit of numbers', () => {
    const interner = new LineInterner({ maxNumbers: 2 });
    expect(scan(interner, '\ta\n\tb\n\tc\n\ta\n').numbers).toEqual([0, 1, -2, 0]);
  });
});
