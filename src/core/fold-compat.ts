/**
 * Compat view: the folded output of Brendan Gregg's `stackcollapse-perf.pl` (FlameGraph repo),
 * byte for byte, for the same options, so `fold --compat` can replace the Perl tool in existing
 * pipelines. Re-implemented from its documented behaviour; tested against the Perl tool's output
 * on captured `perf script` text (test/fixtures/fold, test/golden/fold/*.compat-*).
 *
 * Behaviour reproduced: the process-name root frame (spaces → `_`; `--pid` → `comm-PID`, `--tid`
 * → `comm-PID/TID`, `?` for the PID when perf printed one number), weighting by the event period
 * (1 when absent or 0), keeping only the first event type seen unless `eventFilter` is given,
 * `+0x…` offsets stripped, frames whose symbol starts with `(` skipped, `->` inline chains split
 * with `_[i]` on the inlined parts, `[unknown]` → `[<module basename>]` (`[unknown]` when the
 * module is unknown too; `--addrs` adds `<address>`), name tidying (`;` → `:`, everything from the
 * first `(` dropped except `(anonymous namespace)` and Go method names, quotes deleted, Java
 * `L` prefixes), `_[k]` for kernel modules (`--kernel`), `_[j]` for `/tmp/perf-PID.map` frames
 * (`--jit`), `--all` = both, `--srcline` (a source line follows each resolved frame line), and the
 * exact line-matching rules of the Perl tool, including its quirks (a sample is only stored at the
 * blank line that ends it; lines it does not recognise are ignored).
 *
 * Deliberate differences:
 * - `--inline` and `--context` are not supported: they run `addr2line`/`nm` on the binaries, an
 *   effect this pure module cannot have (perf's own inline output, `(inlined)` frames, is folded
 *   like any frame, as the Perl tool does without `--inline`).
 * - Input is text, not bytes: invalid UTF-8 has already become U+FFFD, and the caller's line
 *   splitting decides line ends. Perl treats `\s`/`\w`/`\d` as ASCII classes here; we match that.
 * - Output order comes from `formatFoldedText` (UTF-16 code-unit order), which equals the Perl
 *   tool's byte order except between astral-plane characters and U+E000–U+FFFF.
 * - The Perl tool's stderr warnings ("Unrecognized line", "Filtering for events of type") are not
 *   produced; the `# cmdline` header it parses is unused by its output and ignored here too.
 *
 * Speed (not behaviour): the Perl tool parses and tidies every callchain line and joins every
 * sample's frames into a string. perf repeats the same lines (same address, symbol and module)
 * sample after sample, so the names a line yields are kept by its whole text (`LineCache`, the
 * Python view's) and a line seen before costs one lookup; a sample is the sequence of its lines'
 * cache ids plus its process name, counted (weighted by period) in a `StackTable`, and each
 * distinct sequence becomes its `;`-joined string once, at `finish()`. A line's names depend
 * only on its text, the options and whether the process is Java; Java processes, `--srcline`
 * input (where a line's meaning depends on the line before) and lines beyond the cache's bound
 * take the Perl tool's way: names pushed and joined per sample. Bytes scanned by the line
 * interner (`pushScanned`, line-interner.ts) come with a number per distinct callchain line, so
 * a known line is found by its number in an array, without being decoded or looked up by text,
 * and headers with a key, so a thread's headers (which differ only in their time) are read once.
 * `finishText()` writes the folded text itself from the sequences (folded-writer.ts), without a
 * string per stack.
 */
import { isPerlSpace, matchFrameLine, readCompatHeader, readKeyedCompatHeader, type CompatHeader, type FrameLine } from './fold-compat-lines.js';
import { detachString } from './fold-detach-string.js';
import { LineCache } from './fold-line-cache.js';
import { HeaderKeys, MAX_LINE_NUMBERS, type ScannedLines } from './line-interner.js';
import { addStack, type FoldedStacks } from './folded.js';
import { writeFoldedText } from './folded-writer.js';
import { FrameIdBuilder, StackTable } from './fold-stack-table.js';

export interface CompatOptions {
  /** `--pid`: process name becomes `comm-PID`. Default false. */
  pid?: boolean;
  /** `--tid`: process name becomes `comm-PID/TID` (wins over `pid`). Default false. */
  tid?: boolean;
  /** `--kernel`: append `_[k]` to kernel frames. Default false. */
  kernel?: boolean;
  /** `--jit`: append `_[j]` to `/tmp/perf-PID.map` frames. Default false. */
  jit?: boolean;
  /** `--all`: kernel and jit annotations. Default false. */
  all?: boolean;
  /** `--addrs`: keep the raw address in unresolved frames, `[module <addr>]`. Default false. */
  addrs?: boolean;
  /** `--event-filter=EVENT`: keep only this event. Default: the first event seen. */
  eventFilter?: string;
  /** `--srcline`: input from `perf script -F+srcline`, one source line after each frame line. Default false. */
  srcline?: boolean;
}

export interface CompatFolder {
  /** One line, without its `\n`. */
  pushLine(line: string): void;
  /** Whole lines: `text` is one or more lines separated by `\n` (the last one without it); faster than line by line. */
  pushLines(text: string): void;
  /** Lines scanned by a `LineInterner` (bytes); faster than text. */
  pushScanned(lines: ScannedLines): void;
  /** The event kept: `eventFilter`, or the first event seen so far ('' while none). */
  event(): string;
  finish(): FoldedStacks;
  /**
   * Instead of `finish` (one or the other): the folded text `formatFoldedText(finish())` would
   * give, as UTF-8; undefined, with nothing finished, when it cannot be written so (a sample
   * folded by its names, or a name that is not ASCII: see folded-writer.ts).
   */
  finishText(): Uint8Array | undefined;
}

const OFFSET_SUFFIX = /\+0x[\da-f]+$/;
const GO_METHOD = /\.\([^\n]*\)\./;
const FROM_FIRST_PAREN = /\((?!anonymous namespace\))[^\n]*/;
const KERNEL_MODULE = /(?:^\[|vmlinux$)/;
const PERF_MAP = /\/tmp\/perf-\d+\.map/;

/** Creates a streaming folder with stackcollapse-perf.pl's semantics. */
export function createCompatFolder(options: CompatOptions = {}): CompatFolder {
  const annotateKernel = options.kernel === true || options.all === true;
  const annotateJit = options.jit === true || options.all === true;
  const includeAddrs = options.addrs === true;
  const srcline = options.srcline === true;
  let eventFilter = options.eventFilter ?? '';
  const collapsed: FoldedStacks = new Map();
  // Frames leaf first (the Perl tool unshifts onto the root end; we push and reverse at the end).
  const stack: string[] = [];
  let pname: string | undefined;
  let period = 1;
  let isJava = false;
  // --srcline: names of the current frame line still waiting for their source line.
  let pendingSource: string[] = [];
  let pendingResolvedCount = 0;
  let pendingIndex = 0;
  const lineCache = new LineCache();
  /** Cached line id → the names it pushes onto `stack` (leaf first; empty for a line that is no frame). */
  const cachedNames: string[][] = [];
  /** Cached line id → how many names it pushes (the hot loop reads only this). */
  const nameCounts: number[] = [];
  const noNames: string[] = [];
  // The current sample as cache ids (`inIds`), else as names in `stack`; at its end the process
  // name's id is added as `-(id + 1)`, the root.
  const sequence = new FrameIdBuilder();
  const sequences = new StackTable();
  const pnameIds = new Map<string, number>();
  const pnames: string[] = [];
  let inIds = !srcline;

  /** From ids to names for the rest of this sample (a line that has no cache id). */
  const leaveIds = (): void => {
    if (!inIds) return;
    inIds = false;
    for (let index = 0; index < sequence.length; index += 1) pushNames(cachedNames[sequence.ids[index] as number] as string[]);
    sequence.clear();
  };

  const endSample = (name: string): void => {
    if (inIds) {
      let id = pnameIds.get(name);
      if (id === undefined) {
        id = pnames.length;
        pnames.push(detachString(name));
        pnameIds.set(pnames[id] as string, id);
      }
      sequence.push(-(id + 1));
      sequences.add(sequence, period);
      sequence.clear();
    } else {
      stack.push(name);
      stack.reverse();
      addStack(collapsed, stack.join(';'), period);
      stack.length = 0;
    }
    inIds = !srcline;
  };

  const commitPending = (): void => {
    for (let index = pendingSource.length - 1; index >= 0; index -= 1) stack.push(pendingSource[index] as string);
    pendingSource = [];
    pendingIndex = 0;
    pendingResolvedCount = 0;
  };

  /** The names a frame line pushes onto `stack`, leaf first (for `--srcline`, it sets `pendingSource` instead). */
  const nameFrame = (frame: FrameLine): string[] => {
    const rawfunc = frame.rawfunc.replace(OFFSET_SUFFIX, '');
    if (rawfunc.startsWith('(')) return noNames;
    const parts = rawfunc.split('->');
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    const inline: string[] = [];
    let unknown = false;
    let resolvedCount = 0;
    for (const part of parts) {
      let func = part;
      if (func === '[unknown]') {
        if (frame.mod !== '[unknown]') {
          func = frame.mod.slice(frame.mod.lastIndexOf('/') + 1);
        } else {
          func = 'unknown';
          unknown = true;
        }
        func = includeAddrs ? `[${func} <${frame.pc}>]` : `[${func}]`;
      }
      func = func.replaceAll(';', ':');
      if (!GO_METHOD.test(func)) func = func.replace(FROM_FIRST_PAREN, '');
      func = func.replace(/["']/g, '');
      if (isJava && func.includes('/') && func.startsWith('L')) func = func.slice(1);
      if (inline.length > 0) {
        if (!func.includes('_[i]')) func += '_[i]';
      } else if (annotateKernel && KERNEL_MODULE.test(frame.mod) && !frame.mod.includes('unknown')) {
        func += '_[k]';
      } else if (annotateJit && PERF_MAP.test(frame.mod)) {
        if (!func.includes('_[j]')) func += '_[j]';
      }
      // --srcline: a source line is read for each part until the first unknown part.
      if (srcline && !unknown) resolvedCount += 1;
      inline.push(func);
    }
    if (srcline && resolvedCount > 0) {
      pendingSource = inline;
      pendingResolvedCount = resolvedCount;
      pendingIndex = 0;
      return noNames;
    }
    return inline.reverse();
  };

  const pushNames = (names: string[]): void => {
    for (const name of names) stack.push(name);
  };

  const applyHeader = (header: CompatHeader): void => {
    if (header.event !== undefined) {
      if (eventFilter === '') eventFilter = header.event;
      else if (header.event !== eventFilter) return;
    }
    period = header.period;
    pname = header.pname;
    isJava = header.isJava;
  };

  const headers = new HeaderKeys((line: string) => readKeyedCompatHeader(line, options));

  /** Cache id of the line numbered n by the line interner (`pushScanned`), -1 while unknown; made at the first scan. */
  let cacheIdOfNumber: Int32Array | undefined;

  /** Any line, by the Perl tool's rules; `number`: its number from the line interner, or -1. */
  const pushAnyLine = (line: string, number = -1): void => {
    if (pendingSource.length > 0) {
      // The Perl tool reads this line itself as the source line of the frame before.
      const source = line.replace(/\[[^\n]*?\]/g, '').replace(/^[\t\n\v\f\r ]*/, '').replace(/[\t\n\v\f\r ]*$/, '');
      if (source !== '') pendingSource[pendingIndex] += `:${source}`;
      pendingIndex += 1;
      if (pendingIndex >= pendingResolvedCount) commitPending();
      return;
    }
    if (line.charCodeAt(0) === 0x23 /* # */) return;
    if (line.length === 0) {
      if (pname === undefined) return;
      endSample(pname);
      pname = undefined;
      return;
    }
    const header = readCompatHeader(line, options);
    if (header !== undefined) {
      applyHeader(header);
      return;
    }
    if (pname === undefined) return;
    if (srcline || isJava) {
      leaveIds();
      const frame = matchFrameLine(line);
      if (frame !== undefined) pushNames(nameFrame(frame));
      return;
    }
    let id = number >= 0 && cacheIdOfNumber ? (cacheIdOfNumber[number] as number) : lineCache.frameOf(line);
    if (id < 0) {
      const frame = matchFrameLine(line);
      const names = frame === undefined ? noNames : nameFrame(frame).map(detachString);
      id = cachedNames.length;
      // A numbered line is found again by its number (the interner bounds how many there are); any
      // other by its text, while the text cache has room.
      if (number >= 0 && cacheIdOfNumber) {
        cacheIdOfNumber[number] = id;
      } else if (!lineCache.add(line, id)) {
        leaveIds();
        pushNames(names);
        return;
      }
      cachedNames.push(names);
      nameCounts.push(names.length);
    }
    if (!inIds) pushNames(cachedNames[id] as string[]);
    else if ((nameCounts[id] as number) > 0) sequence.push(id);
  };

  const pushLines = (text: string): void => {
    // One loop over the lines, the commonest case inline: a callchain line seen before, in a
    // sample read as cache ids. V8 optimizes a hot loop within the call (on-stack replacement),
    // long before it would a function called once per line; the rest goes through pushAnyLine.
    const length = text.length;
    let start = 0;
    while (start <= length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = length;
      const line = text.slice(start, end);
      start = end + 1;
      if (inIds && pname !== undefined && !isJava && line.length > 0 && isPerlSpace(line.charCodeAt(0))) {
        const id = lineCache.frameOf(line);
        if (id >= 0) {
          if ((nameCounts[id] as number) > 0) sequence.push(id);
          continue;
        }
      }
      pushAnyLine(line);
    }
  };

  const pushScanned = (lines: ScannedLines): void => {
    // As pushLines, on the lines' numbers: a callchain line whose number has a cache id is
    // pushed without being decoded; any other line is decoded and read by the Perl tool's rules.
    const { count, ends, numbers } = lines;
    cacheIdOfNumber ??= new Int32Array(MAX_LINE_NUMBERS).fill(-1);
    const cacheIds = cacheIdOfNumber;
    let start = 0;
    // Whether a known callchain line is read as a cache id; only a line read in full changes it.
    let asId = inIds && pname !== undefined && !isJava;
    for (let index = 0; index < count; index += 1) {
      const end = ends[index] as number;
      const number = numbers[index] as number;
      if (asId && number >= 0) {
        const id = cacheIds[number] as number;
        if (id >= 0) {
          if ((nameCounts[id] as number) > 0) sequence.push(id);
          start = end + 1;
          continue;
        }
      }
      // A header is read once per key, when its key decides what it sets.
      const header = number <= -3 && pendingSource.length === 0 ? headers.valueOf(number, lines, start, end) : null;
      if (header !== null) applyHeader(header);
      else pushAnyLine(lines.text(start, end), number);
      start = end + 1;
      asId = inIds && pname !== undefined && !isJava;
    }
  };

  return {
    // A line holds no `\n`, so it is a text of one line.
    pushLine: (line: string) => pushLines(line),
    pushLines,
    pushScanned,
    event: () => eventFilter,
    finish(): FoldedStacks {
      // Like the Perl tool: a sample without its terminating blank line is not stored.
      const stacks: FoldedStacks = new Map(collapsed);
      const names: string[] = [];
      sequences.forEach((ids, weight) => {
        names.length = 0;
        names.push(pnames[-(ids[ids.length - 1] as number) - 1] as string);
        for (let index = ids.length - 2; index >= 0; index -= 1) {
          const lineNames = cachedNames[ids[index] as number] as string[];
          for (let part = lineNames.length - 1; part >= 0; part -= 1) names.push(lineNames[part] as string);
        }
        addStack(stacks, names.join(';'), weight);
      });
      return stacks;
    },
    finishText(): Uint8Array | undefined {
      // Only when every sample was read as cache ids (none was folded by its names).
      if (collapsed.size > 0) return undefined;
      // Name of id i at names[i + pnames.length]: a process name's id is -(p + 1), a line's its
      // cache id (the line's names, root first, joined).
      const names = [...pnames].reverse();
      for (const lineNames of cachedNames) names.push(lineNames.length === 1 ? (lineNames[0] as string) : [...lineNames].reverse().join(';'));
      return writeFoldedText(sequences.toSequences(), names, pnames.length);
    },
  };
}
