/**
 * Folds `perf script` text of a Python program into the Action's two views.
 *
 * Both views weight every sample as 1 (sample counts, which the statistics downstream need), have
 * no process-name frame (so `python3` and `python3.13` runs compare), keep only the first event
 * type seen (like stackcollapse-perf.pl; fold-event-filter.ts), name frames as
 * fold-frame-names.ts says (Python frames `py::<qualname>:<normalised path>`, kernel frames
 * `_[k]`, …) and differ only in the frames they keep (fold-views.ts: `mixed` keeps all, `python`
 * drops the interpreter's evaluation and call machinery — keeping its C functions that do work,
 * such as `builtin_sum` or the regex engine, fold-interpreter-frames.ts — and the start-up frames
 * above the outermost Python frame).
 *
 * Truncated stacks: perf's DWARF unwinder copies a fixed amount of stack per sample, so deep
 * stacks lose their outer frames. A sample whose outermost frame is not a process or thread root
 * (`STACK_ROOT_SYMBOLS`, fold-frame-classification.ts) gets the synthetic root frame
 * `[truncated]` (`TRUNCATED_FRAME`), decided on the raw frames before any filtering, so it is
 * never drawn or compared as if its outermost surviving frame were the program root. The leaf is
 * untouched, so self time stays exact.
 *
 * How it stays fast (a few hundred MB of callchain lines per run): the pieces are
 * - `LineCache`: a callchain line seen before is known by its whole text, one lookup (or, for
 *   bytes scanned by the line interner, by its number: an array read, nothing decoded);
 * - `FrameTable`: a new line's frame text (`SYMBOL (DSO)`) is parsed, classified and named once,
 *   and becomes a small integer id;
 * - `SampleStack`: a sample is the sequence of its frame ids (`(inlined)` frames resolved on the way);
 * - `StackTable`: equal sequences are counted, not rebuilt;
 * - per sample, `QualityTally` adds it to its process's figures from flags kept per distinct
 *   sequence (fold-quality.ts);
 * - at `finish()`, per distinct sequence, `QualityTally` counts it and the view builds its string;
 *   `finishText()` instead hands the view's frame ids to folded-writer.ts, which writes the
 *   folded text itself (`fold FILE`);
 * - headers scanned by the line interner come with a key, the same for a thread's headers (they
 *   differ only in their time): a key's headers are read once (`HeaderKeys`, `readKeyedHeader`).
 */
import { addStack, type FoldedStacks } from './folded.js';
import { SequencePool, writeFoldedText } from './folded-writer.js';
import { FirstEventFilter } from './fold-event-filter.js';
import { FrameTable, type FrameInfo } from './fold-frame-table.js';
import { LineCache } from './fold-line-cache.js';
import { HeaderKeys, MAX_LINE_NUMBERS, type ScannedLines } from './line-interner.js';
import { QualityTally, reachesStackRoot, type FoldQuality } from './fold-quality.js';
import { SampleStack } from './fold-sample-stack.js';
import { StackTable } from './fold-stack-table.js';
import { appendMixedViewFrames, appendPythonViewFrames, type ViewFrames } from './fold-views.js';
import { createPerfLineReader, readFrameAddress, readKeyedHeader, type PerfSample } from './perf-script.js';
import type { PathNormalisationOptions } from './python-frame-names.js';

export type FoldView = 'python' | 'mixed';

/**
 * Name of the synthetic root frame put on top of stacks that do not reach a process or thread
 * root (see "Truncated stacks" above). It is not a function.
 */
export const TRUNCATED_FRAME = '[truncated]';

export interface FoldOptions {
  view: FoldView;
  /** Directory the program ran in; Python paths under it become relative. */
  workingDirectory: string;
  /** Home directory; Python paths under it become `~/…`. Omitted → not rewritten. */
  homeDirectory?: string;
  /** Also fold each process's stacks on their own (`FoldResult.processStacks`), e.g. for one speedscope profile per process. */
  perProcess?: boolean;
  /** The event to keep, when known: for a fold of one part of a capture, the first event of the whole. Default: the first event seen. */
  event?: string;
}

export interface FoldResult {
  stacks: FoldedStacks;
  quality: FoldQuality;
  /** With `perProcess`: the same stacks split by process (pid), in order of first sample; they sum to `stacks` (less the samples whose header named no process). */
  processStacks?: ProcessStacks[];
}

export interface ProcessStacks {
  pid: number;
  stacks: FoldedStacks;
}

export interface Folder {
  /** One line, without its `\n`. */
  pushLine(line: string): void;
  /** Whole lines: `text` is one or more lines separated by `\n` (the last one without it); faster than line by line. */
  pushLines(text: string): void;
  /** Lines scanned by a `LineInterner` (bytes); faster than text. */
  pushScanned(lines: ScannedLines): void;
  finish(): FoldResult;
  /**
   * Instead of `finish` (one or the other): the folded text `formatFoldedText(finish().stacks)`
   * would give, as UTF-8, and the quality; undefined, with nothing finished, when it cannot be
   * written so (`perProcess`, or a name that is not ASCII: see folded-writer.ts).
   */
  finishText(): FoldedTextResult | undefined;
}

export interface FoldedTextResult {
  text: Uint8Array;
  quality: FoldQuality;
}

/** Creates a streaming folder: push `perf script` lines (without their `\n`), then `finish()`. */
export function createFolder(options: FoldOptions): Folder {
  const paths: PathNormalisationOptions = { workingDirectory: options.workingDirectory };
  if (options.homeDirectory !== undefined) paths.homeDirectory = options.homeDirectory;
  const frameTable = new FrameTable(paths);
  const frames = frameTable.frames;
  const lineCache = new LineCache();
  const sample = new SampleStack(frameTable);
  const stackTable = new StackTable();
  const events = new FirstEventFilter(options.event);
  const tally = new QualityTally(frames, { countStacksPerProcess: options.perProcess === true });
  const appendViewFrames: ViewFrames = options.view === 'mixed' ? appendMixedViewFrames : appendPythonViewFrames;
  /** Whether the sample being read is folded (its event is kept). */
  let collecting = false;
  /** The line as pushed (`\r` included), the key of `lineCache`; the reader sees it without `\r`. */
  let pushedLine = '';
  /** Its number from the line interner (`pushScanned`), or -1. */
  let pushedNumber = -1;
  const headers = new HeaderKeys(readKeyedHeader);
  /** Frame id of the line numbered n by the line interner, -1 while unknown; made at the first scan. */
  let frameOfNumber: Int32Array | undefined;

  const reader = createPerfLineReader({
    onHeader(header: PerfSample): void {
      sample.clear();
      collecting = events.accepts(header.event);
      if (collecting) tally.countSample(header.pid ?? header.tid, header.comm);
    },
    onFrame(line: string, tailStart: number): void {
      if (!collecting) return;
      const id = frameTable.idOfFrameLine(line, tailStart);
      const info = frames[id] as FrameInfo;
      if (info.inlinedSymbol !== undefined) {
        sample.deferInlined(readFrameAddress(line, tailStart), id);
        return;
      }
      if (sample.hasPendingInlined()) sample.pushPendingInlined({ address: readFrameAddress(line, tailStart), dso: info.dso });
      sample.push(id);
      // Not for a frame printed on a header line (`line` is then only the end of the pushed line).
      // A numbered line is found again by its number, any other by its text.
      if (line.length >= pushedLine.length - 1) {
        if (pushedNumber >= 0 && frameOfNumber) frameOfNumber[pushedNumber] = id;
        else lineCache.add(pushedLine, id);
      }
    },
    onSampleEnd(): void {
      if (!collecting) return;
      collecting = false;
      if (sample.hasPendingInlined()) sample.pushPendingInlined(undefined);
      tally.countSampleStack(stackTable.add(sample), sample.ids, sample.length);
    },
  });

  const pushLines = (text: string): void => {
    // One loop over the lines (V8 optimizes a hot loop within the call, long before a function
    // called once per line), the fast path inline: a callchain line seen before, inside a kept
    // sample, with no inlined frame to resolve (the reader would classify it as the same frame
    // line again).
    const length = text.length;
    let start = 0;
    while (start <= length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = length;
      const line = text.slice(start, end);
      start = end + 1;
      if (collecting && !sample.hasPendingInlined()) {
        const id = lineCache.frameOf(line);
        if (id >= 0) {
          sample.push(id);
          continue;
        }
      }
      lineCache.breakRun();
      pushedLine = line;
      pushedNumber = -1;
      reader.pushLine(line);
    }
  };

  const pushScanned = (lines: ScannedLines): void => {
    // As pushLines, on the lines' numbers: a callchain line whose number has a frame id is pushed
    // without being decoded (on the same conditions); any other line is decoded and read.
    const { count, ends, numbers } = lines;
    frameOfNumber ??= new Int32Array(MAX_LINE_NUMBERS).fill(-1);
    const frameIds = frameOfNumber;
    let start = 0;
    // Whether a known callchain line takes the fast path; only a line the reader reads changes it.
    let fast = collecting && !sample.hasPendingInlined();
    for (let index = 0; index < count; index += 1) {
      const end = ends[index] as number;
      const number = numbers[index] as number;
      if (fast && number >= 0) {
        const id = frameIds[number] as number;
        if (id >= 0) {
          sample.push(id);
          start = end + 1;
          continue;
        }
      }
      // A header is read once per key, when its key decides what it reads as.
      const header = number <= -3 ? headers.valueOf(number, lines, start, end) : null;
      lineCache.breakRun();
      if (header !== null) {
        reader.pushHeader(header);
      } else {
        pushedLine = lines.text(start, end);
        pushedNumber = number;
        reader.pushLine(pushedLine);
      }
      start = end + 1;
      fast = collecting && !sample.hasPendingInlined();
    }
  };

  return {
    // A line holds no `\n`, so it is a text of one line.
    pushLine: (line: string) => pushLines(line),
    pushLines,
    pushScanned,
    finish(): FoldResult {
      reader.finish();
      // Insertion order = order of first appearance, as when stacks were added sample by sample.
      const stacks: FoldedStacks = new Map();
      const kept: number[] = [];
      const names: string[] = [];
      /** Folded text of each distinct sequence, by its number (kept for the per-process split). */
      const texts: string[] | undefined = options.perProcess ? [] : undefined;
      stackTable.forEach((ids, count) => {
        tally.countStack(ids, count);
        keepViewFrames(kept, ids);
        names.length = 0;
        for (const id of kept) names.push(id === TRUNCATED_ID ? TRUNCATED_FRAME : (frames[id] as FrameInfo).name);
        const text = names.join(';');
        texts?.push(text);
        addStack(stacks, text, count);
      });
      const result: FoldResult = { stacks, quality: tally.summarise(events) };
      if (texts) result.processStacks = splitStacksByProcess(tally, texts);
      return result;
    },
    finishText(): FoldedTextResult | undefined {
      if (options.perProcess === true) return undefined;
      reader.finish();
      // Name of frame id i at names[i + 1]; names[0] is `[truncated]`'s.
      const names = [TRUNCATED_FRAME];
      for (const info of frames) names.push(info.name);
      const sequences = new SequencePool();
      const kept: number[] = [];
      stackTable.forEach((ids, count) => {
        keepViewFrames(kept, ids);
        sequences.add(kept, count);
      });
      const text = writeFoldedText(sequences.toSequences(), names, 1);
      if (text === undefined) return undefined;
      // Counted only once the text is written, so that `finish` can follow an undefined.
      stackTable.forEach((ids, count) => tally.countStack(ids, count));
      return { text, quality: tally.summarise(events) };
    },
  };

  /** `kept` := the frames the view keeps of `ids` (leaf first), root first, `[truncated]` (TRUNCATED_ID) first when the stack does not reach a process root. */
  function keepViewFrames(kept: number[], ids: Int32Array): void {
    kept.length = 0;
    if (!reachesStackRoot(ids, frames)) kept.push(TRUNCATED_ID);
    appendViewFrames(kept, ids, frames);
  }
}

/** The frame id standing for `TRUNCATED_FRAME` among a view's kept frames. */
const TRUNCATED_ID = -1;

/** Each process's stacks, from its samples per distinct sequence (several sequences can fold to one text). */
function splitStacksByProcess(tally: QualityTally, texts: readonly string[]): ProcessStacks[] {
  return tally.listProcessStackCounts().map(({ pid, stackCounts }) => {
    const stacks: FoldedStacks = new Map();
    for (const [entry, count] of stackCounts) addStack(stacks, texts[entry] as string, count);
    return { pid, stacks };
  });
}

/** Folds a whole sequence of lines (convenience over `createFolder`). */
export function foldLines(lines: Iterable<string>, options: FoldOptions): FoldResult {
  const folder = createFolder(options);
  for (const line of lines) folder.pushLine(line);
  return folder.finish();
}
