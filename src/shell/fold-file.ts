/**
 * Folding a `perf script` capture for the CLI's `fold`: a file is cut into parts at sample
 * boundaries and folded on every core at once (this thread takes the first part, worker threads
 * the others), then the parts' stacks are summed; stdin and small files are folded here alone.
 *
 * The idea is inferno's (jonhoo/inferno, collapse-perf): samples are independent, so a capture cut
 * at blank lines folds to the same stacks part by part. What a fold carries from one sample to
 * the next is only the event it keeps (the first one seen, stackcollapse-perf.pl's rule), so that
 * is read from the head of the file first and given to every part. A part boundary is the start of
 * the line after a blank line: every folder has ended its sample there (compat: the Perl tool
 * stores it at the blank line; `--srcline` input, where a blank line can be a source line, is
 * never cut). Stacks are summed as numbers, and the output is sorted, so it is the same bytes as
 * a fold in one piece.
 *
 * A file is read as bytes, straight into the line interner's memory (line-interner.ts), which
 * numbers its callchain lines; the folder decodes only the lines it has to read. stdin is read as
 * text.
 *
 * The workers run the CLI's own entry (`workerUrl`), which hands over to `runFoldPartWorker`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Readable } from 'node:stream';
import type { CompatOptions } from '../core/fold-compat.js';
import type { FoldOptions } from '../core/fold-python.js';
import { addStack, type FoldedStacks } from '../core/folded.js';
import { FOLD_WORKER_ARGUMENT } from './fold-worker-argument.js';
import { forEachLinesOf, forEachScannedOfFileSync, type ScannedLineSink } from './line-reader.js';

export type FoldRequest = { view: 'compat'; compat: CompatOptions } | { view: 'python' | 'mixed'; fold: FoldOptions };

export interface FoldedCapture {
  stacks: FoldedStacks;
  /** Samples folded (Python and mixed views only). */
  samples?: number;
}

/** A capture folded straight to its folded text (`formatFoldedText` of its stacks, as UTF-8). */
export interface FoldedCaptureText {
  text: Uint8Array;
  /** Samples folded (Python and mixed views only). */
  samples?: number;
}

/**
 * Below this size a file is folded in one piece: each thread pays its start-up and its JIT
 * warm-up, which on a 29 MB capture cost about what a second core saves.
 */
const MIN_PARALLEL_BYTES = 64 * 1024 * 1024;
/** At most this many parts (threads). */
const MAX_PARTS = 4;
/** How far past an even cut a blank line is looked for, and how much of the head is read for the event. */
const SCAN_BYTES = 1024 * 1024;

interface PartMessage {
  entries: [string, number][];
  samples?: number;
}

/** Folds the capture on stdin (or any stream), in one piece. */
export async function foldCaptureStream(input: Readable, request: FoldRequest): Promise<FoldedCapture> {
  return foldLines(request, (folder) => forEachLinesOf(input, (text) => folder.pushLines(text)));
}

export interface FoldFileOptions {
  path: string;
  request: FoldRequest;
  /** The entry the worker threads run; it must call `runFoldPartWorker` when not on the main thread. */
  workerUrl: URL;
  /** Threads to use (default: `choosePartCount()`). */
  parts?: number;
  /** Smallest file folded in parts (default 64 MiB). */
  minParallelBytes?: number;
  /** Return the folded text instead of the stacks when the folder can write it (one part only). Default false. */
  text?: boolean;
}

/** Folds the capture in `path`, in parts on several cores when it is big enough. */
export async function foldCaptureFile(options: FoldFileOptions & { text: true }): Promise<FoldedCapture | FoldedCaptureText>;
export async function foldCaptureFile(options: FoldFileOptions): Promise<FoldedCapture>;
export async function foldCaptureFile(options: FoldFileOptions): Promise<FoldedCapture | FoldedCaptureText> {
  const { path, workerUrl } = options;
  const size = statSync(path).size;
  const divisible = size >= (options.minParallelBytes ?? MIN_PARALLEL_BYTES) && !isSrcline(options.request);
  const parts = divisible ? (options.parts ?? choosePartCount()) : 1;
  const boundaries = parts > 1 ? findPartBoundaries(path, { size, parts }) : [];
  const request = boundaries.length > 0 ? await withFirstEvent(path, options.request) : undefined;
  if (!request) return foldPart({ path, start: 0, end: size, request: options.request, text: options.text === true });
  const starts = [0, ...boundaries];
  const ends = [...boundaries, size];
  const workers = starts.slice(1).map((start, index) => foldPartInWorker({ workerUrl, path, start, end: ends[index + 1] as number, request }));
  const first = await foldPart({ path, start: 0, end: ends[0] as number, request });
  const results = [first, ...(await Promise.all(workers))];
  const stacks: FoldedStacks = new Map(first.stacks);
  let samples: number | undefined = first.samples;
  for (const result of results.slice(1)) {
    for (const [stack, weight] of result.stacks) addStack(stacks, stack, weight);
    if (samples !== undefined) samples += result.samples ?? 0;
  }
  return samples === undefined ? { stacks } : { stacks, samples };
}

/**
 * One part per core not taken by another runnable task right now (at most `MAX_PARTS`): on a busy
 * machine a second thread finds no free core, and the parts' start-up and merge only cost (on
 * this project's 2-core machine at load 7, 300 MB folded 25% slower in two parts than in one).
 * The count is the kernel's runnable tasks at this instant (/proc/loadavg's fourth field, this
 * thread included), not the 1-minute load average: that one still counts the programs that ran
 * just before us (a benchmark's or a script's previous steps) and kept a 300 MB fold on one
 * thread at load 1.2 on an idle 2-core machine (1.18–1.26 s; 0.81–0.93 s in two parts).
 */
export function choosePartCount(): number {
  const others = readOtherRunnableTasks() ?? Math.floor(loadavg()[0] ?? 0);
  return Math.max(1, Math.min(MAX_PARTS, availableParallelism() - others));
}

/**
 * Runnable tasks on the machine other than the calling thread, from /proc/loadavg: the fewest of
 * five looks 1 ms apart, so a kernel worker that was runnable for an instant does not count as a
 * busy core.
 */
function readOtherRunnableTasks(): number | undefined {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let fewest: number | undefined;
  for (let look = 0; look < 5; look += 1) {
    if (look > 0) Atomics.wait(pause, 0, 0, 1);
    let others: number | undefined;
    try {
      others = parseOtherRunnableTasks(readFileSync('/proc/loadavg', 'utf8'));
    } catch {
      return undefined;
    }
    if (others === undefined) return undefined;
    fewest = Math.min(fewest ?? Infinity, others);
  }
  return fewest;
}

/** Runnable tasks other than the reader in /proc/loadavg's text ("0.52 0.58 0.59 2/437 12345": 1); undefined when unreadable. */
export function parseOtherRunnableTasks(loadavgText: string): number | undefined {
  const running = Number(/^\S+ \S+ \S+ (\d+)\//.exec(loadavgText)?.[1]);
  return Number.isInteger(running) && running >= 1 ? running - 1 : undefined;
}

/** The worker side: folds the part named in `workerData` and posts its stacks back. */
export async function runFoldPartWorker(): Promise<void> {
  const { workerData, parentPort } = await import('node:worker_threads');
  const part = workerData as { path: string; start: number; end: number; request: FoldRequest };
  const result = await foldPart(part);
  const message: PartMessage = { entries: [...result.stacks], ...(result.samples === undefined ? {} : { samples: result.samples }) };
  parentPort?.postMessage(message);
}

async function foldPart(part: { path: string; start: number; end: number; request: FoldRequest; text: true }): Promise<FoldedCapture | FoldedCaptureText>;
async function foldPart(part: { path: string; start: number; end: number; request: FoldRequest; text?: boolean }): Promise<FoldedCapture>;
async function foldPart(part: { path: string; start: number; end: number; request: FoldRequest; text?: boolean }): Promise<FoldedCapture | FoldedCaptureText> {
  // A file is read as bytes, its callchain lines numbered by the line interner (line-interner.ts).
  const { LineInterner } = await import('../core/line-interner.js');
  const interner = new LineInterner();
  const read = (folder: ScannedLineSink): void => forEachScannedOfFileSync({ path: part.path, start: part.start, end: part.end, interner }, folder);
  return part.text === true ? foldLines(part.request, read, { text: true }) : foldLines(part.request, read);
}

async function foldPartInWorker(options: { workerUrl: URL; path: string; start: number; end: number; request: FoldRequest }): Promise<FoldedCapture> {
  const { workerUrl, ...part } = options;
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: part, argv: [FOLD_WORKER_ARGUMENT] });
    let result: FoldedCapture | undefined;
    worker.once('message', (message: PartMessage) => {
      result = { stacks: new Map(message.entries), ...(message.samples === undefined ? {} : { samples: message.samples }) };
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`The fold worker for bytes ${part.start}–${part.end} exited with code ${code} before it answered.`))));
  });
}

// Each view's folder is imported when used: `fold --compat` starts without loading the Python view's code.
/** Folds what `read` hands a folder, to the folded text with `text` when the folder can write it (folded-writer.ts), else to stacks. */
async function foldLines(request: FoldRequest, read: (folder: ScannedLineSink) => void | Promise<void>, options: { text: true }): Promise<FoldedCapture | FoldedCaptureText>;
async function foldLines(request: FoldRequest, read: (folder: ScannedLineSink) => void | Promise<void>): Promise<FoldedCapture>;
async function foldLines(request: FoldRequest, read: (folder: ScannedLineSink) => void | Promise<void>, options: { text?: boolean } = {}): Promise<FoldedCapture | FoldedCaptureText> {
  if (request.view === 'compat') {
    const { createCompatFolder } = await import('../core/fold-compat.js');
    const folder = createCompatFolder(request.compat);
    await read(folder);
    const text = options.text === true ? folder.finishText() : undefined;
    return text === undefined ? { stacks: folder.finish() } : { text };
  }
  const { createFolder } = await import('../core/fold-python.js');
  const folder = createFolder(request.fold);
  await read(folder);
  const written = options.text === true ? folder.finishText() : undefined;
  if (written !== undefined) return { text: written.text, samples: written.quality.samples };
  const result = folder.finish();
  return { stacks: result.stacks, samples: result.quality.samples };
}

/**
 * The request with the event every part must keep, read from the file's head as the whole fold
 * would choose it; undefined when the head names none (then the file is folded in one piece).
 */
async function withFirstEvent(path: string, request: FoldRequest): Promise<FoldRequest | undefined> {
  const lines = readHead(path).split('\n');
  lines.pop(); // perhaps cut short
  if (request.view === 'compat') {
    if (request.compat.eventFilter) return request;
    const { createCompatFolder } = await import('../core/fold-compat.js');
    const folder = createCompatFolder(request.compat);
    for (const line of lines) {
      folder.pushLine(line);
      if (folder.event() !== '') return { view: 'compat', compat: { ...request.compat, eventFilter: folder.event() } };
    }
    return undefined;
  }
  const { createFolder } = await import('../core/fold-python.js');
  const folder = createFolder(request.fold);
  for (const line of lines) folder.pushLine(line);
  const event = folder.finish().quality.event;
  return event === undefined ? undefined : { view: request.view, fold: { ...request.fold, event } };
}

/**
 * Byte offsets that cut the file into about `parts` even parts, each the start of the line after
 * a blank line (`\n\n`) found within `SCAN_BYTES` past the even cut; fewer when none is found.
 */
function findPartBoundaries(path: string, options: { size: number; parts: number }): number[] {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(SCAN_BYTES);
  const boundaries: number[] = [];
  try {
    for (let part = 1; part < options.parts; part += 1) {
      const cut = Math.max(Math.floor((options.size * part) / options.parts), (boundaries[boundaries.length - 1] ?? 0) + 1);
      const read = readSync(fd, buffer, 0, SCAN_BYTES, cut);
      const blank = buffer.subarray(0, read).indexOf('\n\n');
      if (blank >= 0 && cut + blank + 2 < options.size) boundaries.push(cut + blank + 2);
    }
  } finally {
    closeSync(fd);
  }
  return boundaries;
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, SCAN_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

function isSrcline(request: FoldRequest): boolean {
  return request.view === 'compat' && request.compat.srcline === true;
}
