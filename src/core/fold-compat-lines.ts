/**
 * The line rules of stackcollapse-perf.pl (fold-compat.ts), as the Perl tool matches them: which
 * lines are sample headers and what a header sets, and the parts of a frame line. Perl's `\s`,
 * `\S` on byte strings are ASCII space, \t, \n, \v, \f, \r; `.` is "anything but \n".
 */
import { findHeaderTime } from './perf-header-time.js';

const HEADER_PATTERN = /^([^\t\n\v\f\r ][^\n]+?)[\t\n\v\f\r ]+(\d+)\/*(\d+)*[\t\n\v\f\r ]+/;
const EVENT_PATTERN = /:[\t\n\v\f\r ]*(\d+)*[\t\n\v\f\r ]+([^\t\n\v\f\r ]+):[\t\n\v\f\r ]*$/;
const FRAME_PATTERN = /^[\t\n\v\f\r ]*(\w+)[\t\n\v\f\r ]*([^\n]+) \(([^\n]*)\)/;

/** What a sample header sets: its event (undefined: none read), period, process name, and whether that names a Java process. */
export interface CompatHeader {
  event: string | undefined;
  period: number;
  pname: string;
  isJava: boolean;
}

/** How a header names its process: `--pid` → `comm-PID`, `--tid` → `comm-PID/TID` (wins). */
export interface ProcessNaming {
  pid?: boolean;
  tid?: boolean;
}

export interface FrameLine {
  pc: string;
  rawfunc: string;
  mod: string;
}

/** What the header `line` sets; undefined when the Perl tool does not read it as a header (nor a line starting with a space). */
export function readCompatHeader(line: string, naming: ProcessNaming): CompatHeader | undefined {
  if (line.length === 0 || isPerlSpace(line.charCodeAt(0))) return undefined;
  const match = HEADER_PATTERN.exec(line);
  return match === null ? undefined : readHeaderMatches(match, EVENT_PATTERN.exec(line), naming);
}

/**
 * What every header with this one's key sets (line-interner.ts `HeaderKeys`: the same bytes
 * outside its time), when that does not depend on the time: the Perl tool's matches end before it
 * (HEADER_PATTERN) and start after it (EVENT_PATTERN). undefined otherwise.
 */
export function readKeyedCompatHeader(line: string, naming: ProcessNaming): CompatHeader | undefined {
  if (line.length === 0 || isPerlSpace(line.charCodeAt(0)) || line.charCodeAt(0) === 0x23 /* # */) return undefined;
  const time = findHeaderTime(line);
  const match = HEADER_PATTERN.exec(line);
  if (time === undefined || match === null || match[0].length > time.start) return undefined;
  const event = EVENT_PATTERN.exec(line);
  if (event !== null && event.index < time.end) return undefined;
  return readHeaderMatches(match, event, naming);
}

function readHeaderMatches(match: RegExpExecArray, event: RegExpExecArray | null, naming: ProcessNaming): CompatHeader {
  const comm = match[1] as string;
  let pid = match[2] as string;
  let tid = match[3];
  if (tid === undefined || tid === '' || tid === '0') {
    tid = pid;
    pid = '?';
  }
  const samplePeriod = event === null ? undefined : event[1];
  const period = samplePeriod === undefined || samplePeriod === '' || samplePeriod === '0' ? 1 : Number(samplePeriod);
  let name: string;
  if (naming.tid === true) name = `${comm}-${pid}/${tid}`;
  else if (naming.pid === true) name = `${comm}-${pid}`;
  else name = comm;
  const pname = name.replaceAll(' ', '_');
  return { event: event === null ? undefined : (event[2] as string), period, pname, isJava: pname.startsWith('java') };
}

/**
 * The Perl tool's `/^\s*(\w+)\s*(.+) \((.*)\)/` on a stack line. Fast path with index arithmetic
 * for the shapes perf prints; the regular expression (with its backtracking) for anything else.
 */
export function matchFrameLine(line: string): FrameLine | undefined {
  const length = line.length;
  let start = 0;
  while (start < length && isPerlSpace(line.charCodeAt(start))) start += 1;
  let wordEnd = start;
  while (wordEnd < length && isWordChar(line.charCodeAt(wordEnd))) wordEnd += 1;
  if (wordEnd > start) {
    let funcStart = wordEnd;
    while (funcStart < length && isPerlSpace(line.charCodeAt(funcStart))) funcStart += 1;
    const close = line.lastIndexOf(')');
    if (close >= 0) {
      const open = close >= 2 ? line.lastIndexOf(' (', close - 2) : -1;
      if (open > funcStart && line.indexOf('\n') < 0) {
        return { pc: line.slice(start, wordEnd), rawfunc: line.slice(funcStart, open), mod: line.slice(open + 2, close) };
      }
    }
  }
  const match = FRAME_PATTERN.exec(line);
  if (match === null) return undefined;
  return { pc: match[1] as string, rawfunc: match[2] as string, mod: match[3] as string };
}

/** Perl's `\s`: ASCII space, \t, \n, \v, \f, \r. */
export function isPerlSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
