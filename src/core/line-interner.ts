/**
 * Numbering the callchain lines of `perf script` bytes, so a folder knows a line seen before
 * without decoding, cutting or hashing it in JavaScript.
 *
 * A folder reading text spends most of a 29 MB capture on each line's string: decoding it,
 * cutting it out, and hashing it to look it up (V8 hashes all of a string, ~1.5 ns a character,
 * and most of a short CLI run goes by before its JIT has optimized the loop). Here a small
 * WebAssembly module (line-interner.wat) does that part on the bytes, 8 at a time: it finds each
 * line's end, and gives every distinct callchain line (one that starts with a space or a tab) a
 * number, the same for the same bytes; the folder keeps what it knows per number in an array and
 * decodes only the lines it has to read (headers, blank lines, callchain lines new to it).
 *
 * Equal bytes decode to equal text, so a number stands for one line's text; the folder's
 * result is the same as from the text (test/shell/fold-scanned.test.ts checks every fixture).
 * Header lines get a key instead, the same for headers that differ only in their time (each
 * sample's header does), so a folder parses each distinct header once (when its parse does not
 * read the time: the folder checks that).
 */
import { lineInternerWasmBase64 } from './line-interner-wasm.js';

/** The lines of one `scan`: line k ends at `ends[k]` (its `\n`; it starts after the previous one's), with number `numbers[k]`. */
export interface ScannedLines {
  readonly count: number;
  readonly ends: Int32Array;
  /**
   * ≥ 0: a callchain line's number; -2: a callchain line left without one (more distinct lines
   * than `maxNumbers`); ≤ -3: a header line's key, `-3 - k` (`HeaderKeys`); -1: any other line
   * (empty ones included).
   */
  readonly numbers: Int32Array;
  /** The text of bytes `[start, end)` (UTF-8; an invalid sequence becomes U+FFFD, as when Node decodes a Buffer). */
  text(start: number, end: number): string;
}

interface InternerExports {
  memory: WebAssembly.Memory;
  inputCapacity: WebAssembly.Global;
  endsOffset: WebAssembly.Global;
  numbersOffset: WebAssembly.Global;
  limit(max: number): void;
  scan(length: number): number;
}

/**
 * What the header lines of each key read as, read from the first one of the key. Header lines
 * (their first byte neither a space, a tab nor `#`) with the same bytes outside their time
 * (perf-header-time.ts) have the same key, `-3 - k` in `ScannedLines.numbers` (k from the numbers'
 * range, below `MAX_LINE_NUMBERS`); a header without a time has none (-1), like any other line.
 */
export class HeaderKeys<T> {
  private readonly values: (T | null)[] = [];

  /** `readKeyed`: what every header with this one's key reads as; undefined when that depends on the time. */
  constructor(private readonly readKeyed: (line: string) => T | undefined) {}

  /**
   * What the header `[start, end)` of `lines`, numbered `number` (≤ -3), reads as (decoded for a
   * key's first header only); null: read each such header in full.
   */
  valueOf(number: number, lines: ScannedLines, start: number, end: number): T | null {
    const key = -3 - number;
    let value = this.values[key];
    if (value === undefined) {
      value = this.readKeyed(lines.text(start, end)) ?? null;
      this.values[key] = value;
    }
    return value;
  }
}

/** At most this many distinct lines are numbered (the module's table holds twice as many slots). */
export const MAX_LINE_NUMBERS = 1 << 17;

let compiled: WebAssembly.Module | undefined;

export class LineInterner {
  /** Bytes one `scan` takes at most. */
  readonly capacity: number;
  private readonly exports: InternerExports;
  private readonly decoder = new TextDecoder('utf-8');
  private bytes: Uint8Array;

  constructor(options: { maxNumbers?: number } = {}) {
    compiled ??= new WebAssembly.Module(Uint8Array.from(atob(lineInternerWasmBase64), (character) => character.charCodeAt(0)));
    this.exports = new WebAssembly.Instance(compiled).exports as unknown as InternerExports;
    this.exports.limit(Math.min(options.maxNumbers ?? MAX_LINE_NUMBERS, MAX_LINE_NUMBERS));
    this.capacity = this.exports.inputCapacity.value as number;
    this.bytes = new Uint8Array(this.exports.memory.buffer);
  }

  /** Where to put the bytes of the next `scan`: `capacity` bytes, and one more for a `\n` after a last line without one. Valid until the next `scan`. */
  input(): Uint8Array {
    if (this.bytes.buffer !== this.exports.memory.buffer) this.bytes = new Uint8Array(this.exports.memory.buffer);
    return this.bytes.subarray(0, this.capacity + 1);
  }

  /** Cuts `input()[0, length)`, whole lines each ended by `\n`, into lines and numbers them. */
  scan(length: number): ScannedLines {
    if (length > this.capacity + 1) throw new RangeError(`scan of ${length} bytes: at most ${this.capacity + 1}`);
    const count = this.exports.scan(length);
    const buffer = this.exports.memory.buffer;
    const bytes = new Uint8Array(buffer);
    this.bytes = bytes;
    const decoder = this.decoder;
    return {
      count,
      ends: new Int32Array(buffer, this.exports.endsOffset.value as number, count),
      numbers: new Int32Array(buffer, this.exports.numbersOffset.value as number, count),
      text: (start, end) => (end > start ? decoder.decode(bytes.subarray(start, end)) : ''),
    };
  }
}
