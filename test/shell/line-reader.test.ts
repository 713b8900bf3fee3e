/** forEachStreamLine yields the lines node:readline (crlfDelay: Infinity) yields, however the bytes are chunked. */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { forEachStreamLine } from '../../src/shell/line-reader.js';
import { createSeededRandom } from '../helpers/seeded-random.js';

async function readWithReadline(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function readWithLineReader(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  await forEachStreamLine(Readable.from(chunks), (line) => lines.push(line));
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

describe('forEachStreamLine', () => {
  const texts = [
    '',
    '\n',
    'a;b 1',
    'a;b 1\n',
    'a;b 1\nc 2\n\n\nd 3',
    'a;b 1\r\nc 2\r\n',
    'old\rmac\rlines\r',
    'mixed\r\n\rlone\n\r\r\n',
    '\r',
    'py::<lambda>:é.py;emoji😀;日本 4\r\npy::f:ü.py 1\n',
  ];

  it.each(texts.map((text) => [JSON.stringify(text), text]))('%s: the same lines as readline, chunk by chunk and in random cuts', async (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const expected = await readWithReadline([bytes]);
    expect(await readWithLineReader([bytes])).toEqual(expected);
    expect(await readWithLineReader([...bytes].map((byte) => Buffer.from([byte])))).toEqual(expected);
    const random = createSeededRandom(text.length + 1);
    for (let round = 0; round < 20; round += 1) expect(await readWithLineReader(cutAtRandom(bytes, random))).toEqual(expected);
  });

  it('stops at the first line its callback throws on', async () => {
    const seen: string[] = [];
    const reading = forEachStreamLine(Readable.from([Buffer.from('a\nb\nc\n')]), (line) => {
      seen.push(line);
      if (line === 'b') throw new Error('bad line b');
    });
    await expect(reading).rejects.toThrow('bad line b');
    expect(seen).toEqual(['a', 'b']);
  });
});
