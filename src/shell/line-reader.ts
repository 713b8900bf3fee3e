/**
 * Reading text one line at a time, fast: `perf script` captures run to hundreds of megabytes, and
 * node:readline costs more than folding them (an event and a regular expression per line).
 *
 * Lines end at `\n` only, as Perl's `<>` reads them (stackcollapse-perf.pl): a `\r` before it stays
 * in the line, and a lone `\r` does not end one (readline would cut there). A last line without its
 * newline is still a line.
 *
 * Bytes are cut at their last `\n` and only the complete lines before it are decoded, as one
 * string per read: a `\n` byte is never part of a UTF-8 sequence, so no character is split, and an
 * invalid sequence decodes to U+FFFD exactly as in a decode of the whole input. The few bytes after
 * the last `\n` wait for the next read. This takes no string decoder and no concatenation of the
 * rest with the next text (each would copy every byte once more; splitting a 29 MB capture into
 * lines took 27 ms instead of 35 ms without them, fastest of 12).
 *
 * Reads are 64 KiB: the decoded text then stays a young-generation string (256 KiB ones land in
 * V8's large-object space and folded a 29 MB capture slower). Files are read synchronously into
 * one reused buffer, which folded that capture with about a third less CPU than a read stream.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { LineInterner, ScannedLines } from '../core/line-interner.js';

const CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;

/** Calls `onLine` for every line of `input` (without its `\n`), in order. */
export async function forEachLineOf(input: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  await forEachLinesOf(input, (text) => cutLines(text, onLine));
}

/**
 * Calls `onLines` with the lines of `input`, in order, several at a time: each `text` is whole
 * lines separated by `\n`, the last one without its `\n` (what a folder's `pushLines` takes).
 */
export async function forEachLinesOf(input: NodeJS.ReadableStream, onLines: (text: string) => void): Promise<void> {
  const cutter = createLineCutter(onLines);
  for await (const chunk of input as AsyncIterable<Buffer | string>) cutter.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  cutter.end();
}

/** `forEachLinesOf` on bytes `[start, end)` of a file (default: all of it). */
export function forEachLinesOfFileSync(options: { path: string; start?: number; end?: number }, onLines: (text: string) => void): void {
  const fd = openSync(options.path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const cutter = createLineCutter(onLines);
    const end = options.end ?? Number.POSITIVE_INFINITY;
    let position = options.start ?? 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      if (read <= 0) break;
      position += read;
      cutter.write(buffer.subarray(0, read));
    }
    cutter.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * Cuts bytes written in any pieces into texts of whole lines. `write` may be given a view into a
 * buffer that is reused afterwards: what it keeps (a line not ended yet) is copied.
 */
function createLineCutter(onLines: (text: string) => void): { write(bytes: Buffer): void; end(): void } {
  // The bytes of the line not ended yet, in the pieces they came in.
  let rest: Buffer[] = [];
  return {
    write(bytes: Buffer): void {
      const first = bytes.indexOf(NEWLINE);
      if (first < 0) {
        if (bytes.length > 0) rest.push(Buffer.from(bytes));
        return;
      }
      let from = 0;
      if (rest.length > 0) {
        rest.push(bytes.subarray(0, first));
        onLines(Buffer.concat(rest).toString('utf8'));
        rest = [];
        from = first + 1;
      }
      const last = bytes.lastIndexOf(NEWLINE);
      if (last >= from) onLines(bytes.toString('utf8', from, last));
      if (last + 1 < bytes.length) rest.push(Buffer.from(bytes.subarray(last + 1)));
    },
    end(): void {
      if (rest.length > 0) onLines(Buffer.concat(rest).toString('utf8'));
      rest = [];
    },
  };
}

/** Hands every line of `text` (complete lines without the last one's `\n`) to `onLine`. */
function cutLines(text: string, onLine: (line: string) => void): void {
  let start = 0;
  let newline = text.indexOf('\n');
  while (newline >= 0) {
    onLine(text.slice(start, newline));
    start = newline + 1;
    newline = text.indexOf('\n', start);
  }
  onLine(start === 0 ? text : text.slice(start));
}

/** What reads a capture both ways: scanned bytes (`pushScanned`) and, past a line too long to scan, text. */
export interface ScannedLineSink {
  pushScanned(lines: ScannedLines): void;
  pushLines(text: string): void;
}

/**
 * Bytes `[start, end)` of a file (default: all of it), as the same lines `forEachLinesOfFileSync`
 * gives, numbered by `interner` and handed to `sink.pushScanned` a scan at a time. Reads go
 * straight into the interner's memory; the bytes after the last `\n` of a read wait for the next
 * one, and a last line without its `\n` gets one. A line longer than one scan holds (no `\n` in
 * `interner.capacity` bytes: not `perf script` output) sends the rest of the range to
 * `sink.pushLines` as text instead.
 */
export function forEachScannedOfFileSync(options: { path: string; start?: number; end?: number; interner: LineInterner; scanBytes?: number }, sink: ScannedLineSink): void {
  const { interner } = options;
  /** The most bytes one scan takes (default: all the interner takes; smaller in tests). */
  const scanBytes = Math.min(options.scanBytes ?? interner.capacity, interner.capacity);
  const end = options.end ?? Number.POSITIVE_INFINITY;
  const fd = openSync(options.path, 'r');
  let position = options.start ?? 0;
  let carry = 0;
  /** Where the text reader takes over (a line too long to scan), if it must. */
  let textFrom: number | undefined;
  try {
    for (;;) {
      let input = interner.input();
      const want = Math.min(scanBytes - carry, end - position);
      const read = want > 0 ? readSync(fd, input, carry, want, position) : 0;
      position += read;
      let length = carry + read;
      if (length === 0) return;
      const last = read === 0 || position >= end;
      let cut = input.lastIndexOf(NEWLINE, length - 1);
      if (last && cut !== length - 1) {
        input[length] = NEWLINE;
        cut = length;
        length += 1;
      }
      if (cut < 0) {
        textFrom = position - length;
        break;
      }
      sink.pushScanned(interner.scan(cut + 1));
      if (last) return;
      input = interner.input();
      input.copyWithin(0, cut + 1, length);
      carry = length - (cut + 1);
    }
  } finally {
    closeSync(fd);
  }
  if (textFrom !== undefined) forEachLinesOfFileSync({ path: options.path, start: textFrom, end: options.end }, (text) => sink.pushLines(text));
}
