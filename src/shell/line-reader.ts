/**
 * Reading text one line at a time, fast: `perf script` captures run to hundreds of megabytes, and
 * node:readline costs more than folding them (an event and a regular expression per line). Reads
 * big chunks, decodes UTF-8 (a character split across chunks is kept whole by the stream's
 * decoder) and cuts lines with indexOf.
 *
 * Lines end at `\n` only, as Perl's `<>` reads them (stackcollapse-perf.pl): a `\r` before it stays
 * in the line, and a lone `\r` does not end one (readline would cut there). A last line without its
 * newline is still a line.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Bytes per read: few enough reads that their cost vanishes. */
const CHUNK_BYTES = 1 << 16;

/** Calls `onLine` for every line of `input` (without its `\n`), in order. */
export async function forEachLineOf(input: Readable, onLine: (line: string) => void): Promise<void> {
  input.setEncoding('utf8');
  let pending = '';
  for await (const chunk of input) {
    const text = pending.length > 0 ? pending + (chunk as string) : (chunk as string);
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      onLine(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    pending = start === 0 ? text : text.slice(start);
  }
  if (pending.length > 0) onLine(pending);
}

/** Opens `path` for `forEachLineOf`, in big reads. */
export function openTextFile(path: string): Readable {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}
