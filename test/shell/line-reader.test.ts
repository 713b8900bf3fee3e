/** The fast line reader: Perl's line ends (`\n` only), whole characters across chunks, no lost last line. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { forEachLineOf } from '../../src/shell/line-reader.js';

async function readLines(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  await forEachLineOf(Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))), (line) => lines.push(line));
  return lines;
}

describe('forEachLineOf', () => {
  it('cuts at \\n only: \\r stays in the line, a lone \\r does not end one', async () => {
    expect(await readLines(['a\r\nb\rc\n\nd\n'])).toEqual(['a\r', 'b\rc', '', 'd']);
  });

  it('keeps a last line without its newline, and yields nothing for empty input', async () => {
    expect(await readLines(['x\ny'])).toEqual(['x', 'y']);
    expect(await readLines([])).toEqual([]);
    expect(await readLines(['\n'])).toEqual(['']);
  });

  it('joins lines and UTF-8 characters split across chunks', async () => {
    const bytes = Buffer.from('py::größe:é.py\nzweite 🙂 Zeile\n');
    const chunks = Array.from(bytes, (_, index) => bytes.subarray(index, index + 1));
    expect(await readLines(chunks)).toEqual(['py::größe:é.py', 'zweite 🙂 Zeile']);
  });
});
