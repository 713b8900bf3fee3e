/** The fast line reader: Perl's line ends (`\n` only), whole characters across chunks, no lost last line, however the bytes are cut. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { forEachLineOf, forEachLinesOfFileSync } from '../../src/shell/line-reader.js';
import { createSeededRandom } from '../helpers/seeded-random.js';

async function readLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  await forEachLineOf(Readable.from(chunks), (line) => lines.push(line));
  return lines;
}

/** What Perl's `<>` + chomp yields: split at `\n`, no empty line after a final `\n`. */
function splitLikePerl(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** `bytes` cut at random offsets (also inside UTF-8 sequences and between `\r` and `\n`). */
function cutAtRandom(bytes: Buffer, random: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  let start = 0;
  while (start < bytes.length) {
    const end = Math.min(bytes.length, start + 1 + Math.floor(random() * 7));
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

describe('forEachLineOf', () => {
  it('cuts at \\n only: \\r stays in the line, a lone \\r does not end one', async () => {
    expect(await readLines([Buffer.from('a\r\nb\rc\n\nd\n')])).toEqual(['a\r', 'b\rc', '', 'd']);
  });

  it('keeps a last line without its newline, and yields nothing for empty input', async () => {
    expect(await readLines([Buffer.from('x\ny')])).toEqual(['x', 'y']);
    expect(await readLines([])).toEqual([]);
    expect(await readLines([Buffer.from('\n')])).toEqual(['']);
  });

  const texts = ['', '\n', 'a;b 1', 'a;b 1\n', 'a;b 1\nc 2\n\n\nd 3', 'a;b 1\r\nc 2\r\n', 'mixed\r\n\rlone\n\r\r\n', 'py::<lambda>:é.py;emoji😀;日本 4\r\npy::f:ü.py 1\n'];

  it.each(texts.map((text) => [JSON.stringify(text), text]))('%s: the same lines whole, byte by byte and in random cuts', async (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const expected = splitLikePerl(text);
    expect(await readLines([bytes])).toEqual(expected);
    expect(await readLines([...bytes].map((byte) => Buffer.from([byte])))).toEqual(expected);
    const random = createSeededRandom(text.length + 1);
    for (let round = 0; round < 20; round += 1) expect(await readLines(cutAtRandom(bytes, random))).toEqual(expected);
  });

  it('decodes invalid UTF-8 to U+FFFD as a decode of the whole input does, however the bytes are cut', async () => {
    const random = createSeededRandom(7);
    // Random bytes, newline-rich, with lead bytes cut short, stray continuation bytes and overlongs.
    const alphabet = [0x0a, 0x0a, 0x61, 0x3b, 0x20, 0x0d, 0xc3, 0xa9, 0xe6, 0x97, 0xa5, 0xf0, 0x9f, 0x98, 0x80, 0x80, 0xff, 0xc0, 0xed, 0xa0];
    for (let round = 0; round < 30; round += 1) {
      const bytes = Buffer.from(Array.from({ length: 400 }, () => alphabet[Math.floor(random() * alphabet.length)] as number));
      const expected = splitLikePerl(bytes.toString('utf8'));
      expect(await readLines([bytes])).toEqual(expected);
      expect(await readLines(cutAtRandom(bytes, random))).toEqual(expected);
    }
  });

  it('stops at the first line its callback throws on', async () => {
    const seen: string[] = [];
    const reading = forEachLineOf(Readable.from([Buffer.from('a\nb\nc\n')]), (line) => {
      seen.push(line);
      if (line === 'b') throw new Error('bad line b');
    });
    await expect(reading).rejects.toThrow('bad line b');
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('forEachLinesOfFileSync', () => {
  it('reads a byte range of a file as the stream reader reads those bytes, across its 64 KiB reads', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pfg-line-reader-'));
    try {
      const text = Array.from({ length: 20_000 }, (_, index) => `py::größe_${index}:é.py;leaf 🙂 ${index}`).join('\n');
      const file = join(directory, 'lines.txt');
      writeFileSync(file, text);
      const bytes = Buffer.from(text);
      const start = bytes.indexOf('\n', 70_000) + 1;
      const end = bytes.indexOf('\n', 300_000) + 1;
      const lines: string[] = [];
      let texts = 0;
      forEachLinesOfFileSync({ path: file, start, end }, (whole) => {
        texts += 1;
        lines.push(...whole.split('\n'));
      });
      expect(lines).toEqual(await readLines([bytes.subarray(start, end)]));
      // Several lines at a time, in more than one read.
      expect(texts).toBeGreaterThan(1);
      expect(texts).toBeLessThan(lines.length / 100);
      expect(lines.length).toBeGreaterThan(1000);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
