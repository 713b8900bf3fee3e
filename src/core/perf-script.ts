/**
 * Streaming parser of `perf script` text.
 *
 * Push one line at a time (without its trailing newline); a sample is delivered to `onSample`
 * when it is complete: at the blank line perf prints after each callchain, when the next sample
 * header arrives (single-line samples recorded without a callchain) or at `finish()`. Nothing but
 * the sample being assembled is held, so memory does not grow with the input.
 *
 * Lines understood (what perf 5.x/6.x prints; fields may be missing when `-F` leaves them out):
 *   header  `COMM PID/TID [CPU] TIME: PERIOD EVENT: [rest]`  (COMM may contain spaces; a single
 *           number is taken as the TID, which is what default `perf script` prints)
 *   frame   `<ws>ADDR SYMBOL[+0xOFF] (DSO)`  (SYMBOL may contain spaces, parentheses, `;`, quotes)
 *   frame   `<ws>ADDR SYMBOL+0xOFF (inlined)`  (default output with inline expansion: the frame
 *           takes the DSO of the real frame at the same address that follows it, `inlined: true`)
 *   `#` comment lines (perf `--header`), blank lines; anything else is ignored.
 * A trailing `\r` is removed from every line.
 */

import { findHeaderTime } from './perf-header-time.js';

export interface PerfFrame {
  /** Instruction address as printed (hex, no `0x`). */
  address: string;
  /** Symbol without the `+0x…` offset; `[unknown]` when perf could not resolve it. */
  symbol: string;
  /** `0x…` offset when perf printed `symbol+0x…`. */
  offset?: string;
  /** Module path or pseudo-module (`[kernel.kallsyms]`, `[unknown]`, `/tmp/perf-PID.map`, …). */
  dso: string;
  /** Set for inline frames printed as `(inlined)`; `dso` then comes from the enclosing frame. */
  inlined?: boolean;
}

export interface PerfSample {
  comm: string;
  pid?: number;
  tid?: number;
  cpu?: number;
  /** Seconds, as printed. */
  time?: number;
  period?: number;
  event?: string;
  /** Leaf first, as perf prints. */
  frames: PerfFrame[];
}

export interface PerfScriptParser {
  pushLine(line: string): void;
  finish(): void;
}

/** A line reader (`createPerfLineReader`), which also takes a header already read. */
export interface PerfLineReader extends PerfScriptParser {
  /**
   * A header line read before (`readKeyedHeader`), as `pushLine` of it would: the handlers get
   * this same object for every such line, so they must not change it.
   */
  pushHeader(header: PerfSample): void;
}

const HEADER_PATTERN =
  /^[ \t]*([^ \t][^]*?)[ \t]+(\d+)(?:\/(\d+))?[ \t]+(?:\[(\d+)\][ \t]+)?(?:(\d+\.\d+):[ \t]+)?(?:(\d+)[ \t]+)?([^ \t]+):(?:[ \t]+([^]*))?$/;

/** The DSO perf prints for an inline frame (`SYMBOL+0xOFF (inlined)`). */
export const INLINED_DSO = 'inlined';

/**
 * Low-level callbacks of `createPerfLineReader`: the line structure of `perf script` text without
 * building objects per frame, for consumers that cache per distinct frame text (the folder).
 */
export interface PerfLineHandlers {
  /**
   * A sample header line. Any sample before it has already ended (`onSampleEnd`). `header.frames`
   * is empty: a frame printed on the header line itself arrives next through `onFrame`.
   */
  onHeader(header: PerfSample): void;
  /**
   * A callchain line of the current sample (leaf first, as perf prints). The frame text after the
   * address (`SYMBOL[+0xOFF] (DSO)`) starts at `tailStart`; what `parsePerfFrameLine` returns for
   * the line depends only on that tail and the address (`readFrameAddress`). `line` has no
   * trailing `\r`.
   */
  onFrame(line: string, tailStart: number): void;
  /** The current sample ended: blank line, next header, or `finish()`. */
  onSampleEnd(): void;
}

/**
 * Creates a push reader that recognises header, callchain, comment and blank lines and reports
 * them to `handlers` (the grammar at the top of this file). Frames before the first header are
 * ignored.
 */
export function createPerfLineReader(handlers: PerfLineHandlers): PerfLineReader {
  let inSample = false;
  const { onHeader, onFrame, onSampleEnd } = handlers;

  const endSample = (): void => {
    if (!inSample) return;
    inSample = false;
    onSampleEnd();
  };

  return {
    pushLine(rawLine: string): void {
      const line = rawLine.length > 0 && rawLine.charCodeAt(rawLine.length - 1) === 0x0d /* \r */ ? rawLine.slice(0, -1) : rawLine;
      if (line.length === 0) {
        endSample();
        return;
      }
      const first = line.charCodeAt(0);
      if (first === 0x20 || first === 0x09) {
        const tailStart = findFrameTail(line);
        if (tailStart > 0) {
          if (inSample) onFrame(line, tailStart);
          return;
        }
        if (line.trim().length === 0) {
          endSample();
          return;
        }
      } else if (first === 0x23 /* # */) {
        return;
      }
      const header = matchHeaderLine(line);
      if (header !== undefined) {
        endSample();
        inSample = true;
        onHeader(header.sample);
        const rest = header.rest;
        if (rest !== undefined && rest.length > 0) {
          const tailStart = findFrameTail(rest);
          if (tailStart > 0) onFrame(rest, tailStart);
        }
      }
    },
    pushHeader(header: PerfSample): void {
      endSample();
      inSample = true;
      onHeader(header);
    },
    finish(): void {
      endSample();
    },
  };
}

/**
 * The sample every header line with this one's key reads as (line-interner.ts `HeaderKeys`: the
 * same bytes outside its time), when that does not depend on the time: the time is the header's
 * time field (and nowhere else in the line), and no frame follows the event. The sample has no
 * `time`. undefined otherwise, and for a line `pushLine` would not read as a header.
 */
export function readKeyedHeader(rawLine: string): PerfSample | undefined {
  const line = rawLine.length > 0 && rawLine.charCodeAt(rawLine.length - 1) === 0x0d /* \r */ ? rawLine.slice(0, -1) : rawLine;
  const first = line.charCodeAt(0);
  if (line.length === 0 || first === 0x20 || first === 0x09 || first === 0x23 /* # */) return undefined;
  const time = findHeaderTime(line);
  const header = matchHeaderLine(line);
  if (time === undefined || header === undefined || (header.rest !== undefined && header.rest.length > 0)) return undefined;
  const text = line.slice(time.start, time.end);
  if (header.timeText !== text || line.indexOf(text) !== line.lastIndexOf(text)) return undefined;
  delete header.sample.time;
  return header.sample;
}

/** Creates a push parser that calls `onSample` once per complete sample. */
export function createPerfScriptParser(onSample: (sample: PerfSample) => void): PerfScriptParser {
  let current: PerfSample | undefined;
  let pendingInline = false;
  return createPerfLineReader({
    onHeader(header: PerfSample): void {
      current = header;
      pendingInline = false;
    },
    onFrame(line: string, tailStart: number): void {
      const frame = buildFrame(line, tailStart);
      if (frame.dso === INLINED_DSO) pendingInline = true;
      current?.frames.push(frame);
    },
    onSampleEnd(): void {
      const sample = current;
      current = undefined;
      if (sample === undefined) return;
      if (pendingInline) resolveInlinedFrames(sample.frames);
      pendingInline = false;
      onSample(sample);
    },
  });
}

/**
 * Parses a sample header line; returns undefined when the line is not one. Text after the event
 * (samples recorded without a callchain) becomes the single frame when it reads as a frame.
 */
export function parsePerfHeaderLine(line: string): PerfSample | undefined {
  const header = matchHeaderLine(line);
  if (header === undefined) return undefined;
  const rest = header.rest;
  if (rest !== undefined && rest.length > 0) {
    const frame = parsePerfFrameLine(rest);
    if (frame !== undefined) header.sample.frames.push(frame);
  }
  return header.sample;
}

function matchHeaderLine(line: string): { sample: PerfSample; rest: string | undefined; timeText: string | undefined } | undefined {
  const match = HEADER_PATTERN.exec(line);
  if (match === null) return undefined;
  const [, comm, first, second, cpu, time, period, event, rest] = match;
  const sample: PerfSample = { comm: comm ?? '', frames: [] };
  if (second !== undefined) {
    sample.pid = Number(first);
    sample.tid = Number(second);
  } else {
    sample.tid = Number(first);
  }
  if (cpu !== undefined) sample.cpu = Number(cpu);
  if (time !== undefined) sample.time = Number(time);
  if (period !== undefined) sample.period = Number(period);
  if (event !== undefined) sample.event = event;
  return { sample, rest, timeText: time };
}

/**
 * Parses a callchain line `<ws>ADDR SYMBOL[+0xOFF] (DSO)` with index arithmetic only (this is the
 * hot path: a few hundred MB of these lines per run). The DSO is the text between the last ` (`
 * and the final `)`, so symbols may contain spaces and parentheses. Without a `(DSO)` part the
 * whole rest is the symbol and `dso` is empty. Returns undefined when the line does not start
 * with a hex address followed by a space.
 */
export function parsePerfFrameLine(line: string): PerfFrame | undefined {
  const tailStart = findFrameTail(line);
  if (tailStart < 0) return undefined;
  return buildFrame(line, tailStart);
}

/**
 * Index where the frame text after `<ws>ADDR ` starts, or -1 when `line` is not a callchain line
 * (no hex address followed by a space and at least one more character).
 */
export function findFrameTail(line: string): number {
  FRAME_START.lastIndex = 0;
  return FRAME_START.test(line) ? FRAME_START.lastIndex : -1;
}

/** Blanks, a maximal hex run, one space (sticky: only at the start; a regex beats a charCodeAt loop here). */
const FRAME_START = /[ \t]*[0-9a-fA-F]+ /y;

/** The address of a callchain line whose frame text starts at `tailStart` (see findFrameTail). */
export function readFrameAddress(line: string, tailStart: number): string {
  const end = tailStart - 1;
  let start = end;
  while (start > 0 && isHexDigit(line.charCodeAt(start - 1))) start -= 1;
  return line.slice(start, end);
}

/** The frame of a line whose frame text starts at `symbolStart` (see findFrameTail). */
function buildFrame(line: string, symbolStart: number): PerfFrame {
  const end = symbolStart - 1;
  const address = readFrameAddress(line, symbolStart);
  let last = line.length;
  while (last > end && line.charCodeAt(last - 1) === 0x20) last -= 1;
  let symbolEnd = last;
  let dso = '';
  if (line.charCodeAt(last - 1) === 0x29 /* ) */) {
    const open = line.lastIndexOf(' (', last - 2);
    if (open >= end) {
      dso = line.slice(open + 2, last - 1);
      symbolEnd = open;
    }
  }
  if (symbolEnd < symbolStart) symbolEnd = symbolStart;
  const plus = line.lastIndexOf('+0x', symbolEnd - 1);
  if (plus > symbolStart && plus + 3 < symbolEnd && isHexRun(line, plus + 3, symbolEnd)) {
    const frame: PerfFrame = { address, symbol: line.slice(symbolStart, plus), offset: line.slice(plus + 1, symbolEnd), dso };
    if (dso === INLINED_DSO) frame.inlined = true;
    return frame;
  }
  const frame: PerfFrame = { address, symbol: line.slice(symbolStart, symbolEnd), dso };
  if (dso === INLINED_DSO) frame.inlined = true;
  return frame;
}

/** Gives `(inlined)` frames the DSO of the next real frame at the same address (perf prints inline frames first). */
function resolveInlinedFrames(frames: PerfFrame[]): void {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index];
    if (frame === undefined || frame.dso !== INLINED_DSO) continue;
    const outer = frames[index + 1];
    frame.dso = outer !== undefined && outer.address === frame.address ? outer.dso : '[unknown]';
  }
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);
}

function isHexRun(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if (!isHexDigit(text.charCodeAt(index))) return false;
  }
  return true;
}
