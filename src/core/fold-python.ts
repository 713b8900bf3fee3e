/**
 * Folds `perf script` text of a Python program into the Action's two views.
 *
 * Both views weight every sample as 1 (sample counts, which the statistics downstream need), have
 * no process-name frame (so `python3` and `python3.13` runs compare), keep only the first event
 * type seen (like stackcollapse-perf.pl), rename Python frames `py::<qualname>:<normalised path>`
 * (see python-frame-names.ts) and mark kernel frames `_[k]` (stackcollapse's `--kernel`).
 *
 * - `mixed`: every frame is kept.
 * - `python`: frames of the interpreter itself (DSO `libpythonX…` or the `pythonX.Y` executable:
 *   eval loop, vectorcall glue, trampolines, dict internals, …) are dropped; Python frames and
 *   every other native frame (C extensions, libc, libz, kernel) stay where they were, below the
 *   Python frame that called them. When the sample has a Python frame, the native frames above
 *   (rootward of) its outermost Python frame — process start-up such as `_start`,
 *   `__libc_start_main`, `Py_BytesMain` — are dropped. A sample without any Python frame keeps
 *   its frames exactly as in the mixed view, so start-up and shutdown time stay visible.
 *
 * Truncated stacks: perf's DWARF unwinder copies a fixed amount of stack per sample, so deep
 * stacks lose their outer frames. A sample whose outermost frame is not a process or thread root
 * (`STACK_ROOT_SYMBOLS`) gets the synthetic root frame `[truncated]`, decided on the raw frames
 * before any filtering, so it is never drawn or compared as if its outermost surviving frame were
 * the program root. The leaf is untouched, so self time stays exact.
 *
 * Other frame names: `[unknown]` with a known DSO becomes `[<module>]` like stackcollapse's
 * `[<dso basename>]`, but without version and ABI tags (`normaliseModuleName`); `;` inside a name
 * becomes `:`; symbols are otherwise kept as perf printed them, without
 * the `+0x…` offset.
 */
import { growTypedArray } from './typed-arrays.js';
import { addStack, type FoldedStacks } from './folded.js';
import { createPerfLineReader, parsePerfFrameLine, readFrameAddress, type PerfFrame, type PerfSample } from './perf-script.js';
import { isPythonFrameSymbol, normalisePythonFrameName, type PathNormalisationOptions } from './python-frame-names.js';

export type FoldView = 'python' | 'mixed';

export interface FoldOptions {
  view: FoldView;
  /** Directory the program ran in; Python paths under it become relative. */
  workingDirectory: string;
  /** Home directory; Python paths under it become `~/…`. Omitted → not rewritten. */
  homeDirectory?: string;
}

export interface FoldQuality {
  /** Samples of the kept event. */
  samples: number;
  /** Samples whose outermost frame is a process/thread root. */
  rootedSamples: number;
  /** Samples that got the `[truncated]` root (samples − rootedSamples). */
  truncatedSamples: number;
  /** Samples with at least one Python frame. */
  pythonSamples: number;
  /** `[unknown]` symbols among all frames of kept samples. */
  unknownFrames: number;
  totalFrames: number;
  /** Most Python frames in one sample. */
  deepestPythonChain: number;
  /** The event kept (first seen); undefined when no sample named one. */
  event?: string;
  /** Other event names seen, in order of first appearance; their samples are not folded. */
  ignoredEvents: string[];
  /** Distinct processes among kept samples (by PID; by TID when perf printed only one number). */
  processes: number;
}

export interface FoldResult {
  stacks: FoldedStacks;
  quality: FoldQuality;
}

export interface Folder {
  pushLine(line: string): void;
  finish(): FoldResult;
}

/** Name of the synthetic root frame put on top of stacks that do not reach a process root. */
export const TRUNCATED_FRAME = '[truncated]';

/**
 * Outermost frames that mean "this stack reaches the start of a process or thread":
 * - process entry: `_start`, `__start`, `_start_c` (musl), `__libc_start_main` (also versioned,
 *   e.g. `__libc_start_main@@GLIBC_2.34`), `__libc_start_call_main`;
 * - thread entry: `clone`, `clone3`, `__clone`, `__clone3`, `__clone_internal` and their glibc
 *   `__GI___…` aliases, `start_thread`, `thread_start`;
 * - kernel threads and idle CPUs: `ret_from_fork`, `ret_from_fork_asm`, `secondary_startup_64`,
 *   `secondary_startup_64_no_verify`, `common_startup_64`, `start_kernel`,
 *   `x86_64_start_kernel`, `x86_64_start_reservations`.
 */
export const STACK_ROOT_SYMBOLS: ReadonlySet<string> = new Set([
  '_start',
  '__start',
  '_start_c',
  '__libc_start_main',
  '__libc_start_call_main',
  'clone',
  'clone3',
  '__clone',
  '__clone3',
  '__clone_internal',
  '__GI___clone',
  '__GI___clone3',
  '__GI___clone_internal',
  'start_thread',
  'thread_start',
  'ret_from_fork',
  'ret_from_fork_asm',
  'secondary_startup_64',
  'secondary_startup_64_no_verify',
  'common_startup_64',
  'start_kernel',
  'x86_64_start_kernel',
  'x86_64_start_reservations',
]);

/** True when `symbol` (without offset) is a process/thread root; versioned names such as `__libc_start_main@@GLIBC_2.34` count. */
export function isStackRootSymbol(symbol: string): boolean {
  if (STACK_ROOT_SYMBOLS.has(symbol)) return true;
  const at = symbol.indexOf('@');
  return at > 0 && STACK_ROOT_SYMBOLS.has(symbol.slice(0, at));
}

/** True for the DSO of the CPython interpreter: `libpython3.13.so.1.0`, `python3.13`, `python3`, `python3.13d`, `python`. */
export function isInterpreterDso(dso: string): boolean {
  const base = dso.slice(dso.lastIndexOf('/') + 1);
  return /^libpython\d/.test(base) || /^python\d*(?:\.\d+)?[a-z]*$/.test(base);
}

/** True for kernel code: `[kernel.kallsyms]`, `[guest.kernel.kallsyms]`, a `[module]`, or a `vmlinux` image. */
export function isKernelDso(dso: string): boolean {
  if (dso.startsWith('[') && dso.endsWith(']')) return !USER_PSEUDO_DSOS.has(dso);
  return /(?:^|\/)vmlinux[^/]*$/.test(dso);
}

const INLINED_DSO = 'inlined';

const USER_PSEUDO_DSOS = new Set(['[unknown]', '[vdso]', '[vsyscall]', '[vectors]', '[uprobes]', '[heap]', '[stack]', '[anon]']);

const enum FrameKind {
  Native = 0,
  Interpreter = 1,
  Python = 2,
}

interface DsoInfo {
  interpreter: boolean;
  kernel: boolean;
  /** symbol → folded name, for this DSO. */
  names: Map<string, string>;
}

/** What the folder needs of one distinct frame (a symbol in a DSO); frames are numbered by `FrameTable`. */
interface FrameInfo {
  /** Folded name (`py::…`, `…_[k]`, `[libfoo.so]`, …); empty for an unresolved `(inlined)` frame. */
  name: string;
  kind: FrameKind;
  /** Symbol is `[unknown]` (counted in `unknownFrames`). */
  unknown: boolean;
  /** Symbol is a process/thread root. */
  root: boolean;
  /** DSO as printed; `inlined` for an `(inlined)` frame, which is resolved per sample. */
  dso: string;
  /** Symbol as printed, kept only for `(inlined)` frames (needed to resolve them). */
  inlinedSymbol: string | undefined;
}

/** At most this many distinct frame lines / frame texts are cached (bounds memory on odd inputs). */
const MAX_CACHED_LINES = 1 << 17;
const MAX_CACHED_TAILS = 1 << 18;

/**
 * Distinct samples, stored once each: the frame-id sequence (leaf first) of every distinct sample
 * in one growing Int32Array, found again through a hash of the sequence (collisions are resolved
 * by comparing the ids). Memory grows with the number of distinct stacks, not with the input.
 */
class StackTable {
  /** Number of distinct sequences. */
  size = 0;
  pool = new Int32Array(1 << 16);
  poolUsed = 0;
  start = new Int32Array(1024);
  length = new Int32Array(1024);
  next = new Int32Array(1024);
  count = new Float64Array(1024);
  private readonly heads = new Map<number, number>();

  /** Adds one sample with frame ids `ids[0..length)` and hash `hash`. */
  add(ids: Int32Array, length: number, hash: number): void {
    const key = (hash ^ Math.imul(length, 0x27d4eb2d)) & 0x3fffffff;
    const head = this.heads.get(key);
    let entry = head ?? -1;
    while (entry >= 0) {
      if (this.length[entry] === length && this.sameIds(entry, ids, length)) {
        this.count[entry] = (this.count[entry] as number) + 1;
        return;
      }
      entry = this.next[entry] as number;
    }
    const index = this.size;
    if (index === this.start.length) this.growEntries();
    if (this.poolUsed + length > this.pool.length) {
      const pool = new Int32Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    this.pool.set(ids.subarray(0, length), this.poolUsed);
    this.start[index] = this.poolUsed;
    this.length[index] = length;
    this.count[index] = 1;
    this.next[index] = head ?? -1;
    this.heads.set(key, index);
    this.poolUsed += length;
    this.size += 1;
  }

  private sameIds(entry: number, ids: Int32Array, length: number): boolean {
    const pool = this.pool;
    const offset = this.start[entry] as number;
    for (let i = 0; i < length; i += 1) {
      if (pool[offset + i] !== ids[i]) return false;
    }
    return true;
  }

  private growEntries(): void {
    const capacity = this.start.length * 2;
    const grow = <T extends Int32Array | Float64Array>(array: T): T => growTypedArray(array, capacity);
    this.start = grow(this.start);
    this.length = grow(this.length);
    this.next = grow(this.next);
    this.count = grow(this.count);
  }
}

/**
 * Creates a streaming folder: push `perf script` lines, then `finish()`.
 *
 * Cost per callchain line is one Map lookup: a line seen before (perf prints the same address and
 * symbol again and again) is known by its whole text; a new line is classified by the perf-script
 * reader and its frame text after the address (`SYMBOL (DSO)`) is parsed and named once. Frames
 * are small integer ids; a sample is the sequence of its frame ids; equal sequences are counted,
 * not rebuilt, and the folded stack strings are built once per distinct sequence at `finish()`.
 */
export function createFolder(options: FoldOptions): Folder {
  const keepInterpreter = options.view === 'mixed';
  const pathOptions: PathNormalisationOptions = { workingDirectory: options.workingDirectory };
  if (options.homeDirectory !== undefined) pathOptions.homeDirectory = options.homeDirectory;
  const dsos = new Map<string, DsoInfo>();
  const processes = new Set<number>();
  const ignoredEvents: string[] = [];
  let keptEvent: string | undefined;
  let eventChosen = false;
  let samples = 0;

  // Frame ids: by frame text after the address, and (for resolved inlined frames) by DSO + symbol.
  const frames: FrameInfo[] = [];
  const byTail = new Map<string, number>();
  // Whole callchain lines (as pushed, `\r` included) of frames that are not `(inlined)`, numbered:
  // line id → its text and frame id, and the line that followed it last time (perf prints the
  // same caller after the same callee line most of the time, and comparing two strings is much
  // cheaper than hashing one).
  const byLine = new Map<string, number>();
  const lineTexts: string[] = [];
  const lineFrames: number[] = [];
  const nextLineText: (string | undefined)[] = [];
  const nextLine: number[] = [];
  /** Line id of the previous callchain line of the current sample, or -1. */
  let previousLine = -1;
  let pushedLine = '';
  const bySymbol = new Map<string, number>();
  const table = new StackTable();

  // The sample being read.
  let keep = false;
  let ids = new Int32Array(256);
  let depth = 0;
  let hash = 0;
  // `(inlined)` frames waiting for the next real frame: [address, frame id, …].
  const pendingInline: (string | number)[] = [];

  const describeDso = (dso: string): DsoInfo => {
    let info = dsos.get(dso);
    if (info === undefined) {
      info = { interpreter: isInterpreterDso(dso), kernel: isKernelDso(dso), names: new Map() };
      dsos.set(detachString(dso), info);
    }
    return info;
  };

  const nameFrame = (frame: PerfFrame, info: DsoInfo): string => {
    let name = info.names.get(frame.symbol);
    if (name === undefined) {
      name = detachString(buildFrameName(frame, info.kernel, pathOptions));
      info.names.set(detachString(frame.symbol), name);
    }
    return name;
  };

  const describeFrame = (symbol: string, dso: string): FrameInfo => {
    const common = { unknown: symbol === '[unknown]', root: isStackRootSymbol(symbol) };
    if (dso === INLINED_DSO) {
      return { ...common, name: '', kind: FrameKind.Native, dso: INLINED_DSO, inlinedSymbol: detachString(symbol) };
    }
    const info = describeDso(dso);
    const kind = isPythonFrameSymbol(symbol) ? FrameKind.Python : info.interpreter ? FrameKind.Interpreter : FrameKind.Native;
    const frame: PerfFrame = { address: '', symbol, dso };
    return { ...common, name: nameFrame(frame, info), kind, dso: detachString(dso), inlinedSymbol: undefined };
  };

  const idOfTail = (line: string, tail: string): number => {
    const frame = parsePerfFrameLine(line) as PerfFrame;
    const id = frames.length;
    frames.push(describeFrame(frame.symbol, frame.dso));
    if (byTail.size < MAX_CACHED_TAILS) byTail.set(detachString(tail), id);
    return id;
  };

  const idOfSymbol = (symbol: string, dso: string): number => {
    const key = `${dso}\n${symbol}`;
    let id = bySymbol.get(key);
    if (id === undefined) {
      id = frames.length;
      frames.push(describeFrame(symbol, dso));
      bySymbol.set(key, id);
    }
    return id;
  };

  const pushId = (id: number): void => {
    if (depth === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[depth] = id;
    depth += 1;
    hash = Math.imul(hash ^ id, 0x01000193);
  };

  /** Resolves waiting `(inlined)` frames like perf-script.ts does: DSO of the next frame at the same address. */
  const resolvePendingInline = (outerAddress: string | undefined, outerDso: string): void => {
    const resolved: number[] = [];
    let address = outerAddress;
    let dso = outerDso;
    for (let index = pendingInline.length - 2; index >= 0; index -= 2) {
      const frameAddress = pendingInline[index] as string;
      const info = frames[pendingInline[index + 1] as number] as FrameInfo;
      dso = address !== undefined && address === frameAddress ? dso : '[unknown]';
      address = frameAddress;
      resolved.push(idOfSymbol(info.inlinedSymbol as string, dso));
    }
    pendingInline.length = 0;
    for (let index = resolved.length - 1; index >= 0; index -= 1) pushId(resolved[index] as number);
  };

  const reader = createPerfLineReader({
    onHeader(header: PerfSample): void {
      depth = 0;
      hash = 0x811c9dc5;
      pendingInline.length = 0;
      const event = header.event;
      if (event !== undefined) {
        if (!eventChosen) {
          eventChosen = true;
          keptEvent = detachString(event);
        } else if (event !== keptEvent) {
          if (!ignoredEvents.includes(event)) ignoredEvents.push(detachString(event));
          keep = false;
          return;
        }
      }
      keep = true;
      samples += 1;
      const process = header.pid ?? header.tid;
      if (process !== undefined) processes.add(process);
    },
    onFrame(line: string, tailStart: number): void {
      if (!keep) return;
      const tail = line.slice(tailStart);
      let id = byTail.get(tail);
      if (id === undefined) id = idOfTail(line, tail);
      const info = frames[id] as FrameInfo;
      if (info.inlinedSymbol !== undefined) {
        pendingInline.push(readFrameAddress(line, tailStart), id);
        return;
      }
      if (pendingInline.length > 0) resolvePendingInline(readFrameAddress(line, tailStart), info.dso);
      pushId(id);
      // Not for a frame printed on a header line (`line` is then only the end of the pushed line).
      if (line.length >= pushedLine.length - 1 && lineTexts.length < MAX_CACHED_LINES) {
        const text = detachString(pushedLine);
        const lineId = lineTexts.length;
        lineTexts.push(text);
        lineFrames.push(id);
        nextLineText.push(undefined);
        nextLine.push(-1);
        byLine.set(text, lineId);
        previousLine = lineId;
      }
    },
    onSampleEnd(): void {
      if (!keep) return;
      keep = false;
      if (pendingInline.length > 0) resolvePendingInline(undefined, '');
      table.add(ids, depth, hash);
    },
  });

  return {
    pushLine(line: string): void {
      // Fast path: a callchain line seen before, inside a kept sample, with no inlined frame to
      // resolve (the reader would classify it as the same frame line again).
      if (keep && pendingInline.length === 0) {
        const previous = previousLine;
        let lineId = -1;
        if (previous >= 0 && line === nextLineText[previous]) {
          lineId = nextLine[previous] as number;
        } else {
          const found = byLine.get(line);
          if (found !== undefined) {
            lineId = found;
            if (previous >= 0) {
              nextLineText[previous] = lineTexts[found];
              nextLine[previous] = found;
            }
          }
        }
        if (lineId >= 0) {
          pushId(lineFrames[lineId] as number);
          previousLine = lineId;
          return;
        }
      }
      previousLine = -1;
      pushedLine = line;
      reader.pushLine(line);
    },
    finish(): FoldResult {
      reader.finish();
      return summarise();
    },
  };

  function summarise(): FoldResult {
    const quality: FoldQuality = {
      samples,
      rootedSamples: 0,
      truncatedSamples: 0,
      pythonSamples: 0,
      unknownFrames: 0,
      totalFrames: 0,
      deepestPythonChain: 0,
      ignoredEvents: [...ignoredEvents],
      processes: processes.size,
    };
    if (keptEvent !== undefined) quality.event = keptEvent;
    // Insertion order = order of first appearance, as when stacks were added sample by sample.
    const stacks: FoldedStacks = new Map();
    const parts: string[] = [];
    const { pool, start, length, count } = table;
    for (let entry = 0; entry < table.size; entry += 1) {
      const weight = count[entry] as number;
      const first = start[entry] as number;
      const frameCount = length[entry] as number;
      const last = first + frameCount - 1; // outermost frame (perf prints the leaf first)
      let unknown = 0;
      let pythonFrames = 0;
      let outermostPython = -1;
      for (let index = last; index >= first; index -= 1) {
        const info = frames[pool[index] as number] as FrameInfo;
        if (info.unknown) unknown += 1;
        if (info.kind === FrameKind.Python) {
          pythonFrames += 1;
          if (outermostPython < 0) outermostPython = index;
        }
      }
      const rooted = frameCount > 0 && (frames[pool[last] as number] as FrameInfo).root;
      if (rooted) quality.rootedSamples += weight;
      else quality.truncatedSamples += weight;
      quality.totalFrames += frameCount * weight;
      quality.unknownFrames += unknown * weight;
      if (pythonFrames > 0) quality.pythonSamples += weight;
      if (pythonFrames > quality.deepestPythonChain) quality.deepestPythonChain = pythonFrames;

      parts.length = 0;
      if (!rooted) parts.push(TRUNCATED_FRAME);
      if (keepInterpreter || outermostPython < 0) {
        for (let index = last; index >= first; index -= 1) parts.push((frames[pool[index] as number] as FrameInfo).name);
      } else {
        for (let index = outermostPython; index >= first; index -= 1) {
          const info = frames[pool[index] as number] as FrameInfo;
          if (info.kind !== FrameKind.Interpreter) parts.push(info.name);
        }
      }
      addStack(stacks, parts.join(';'), weight);
    }
    return { stacks, quality };
  }
}

/** Folds a whole sequence of lines (convenience over `createFolder`). */
export function foldLines(lines: Iterable<string>, options: FoldOptions): FoldResult {
  const folder = createFolder(options);
  for (const line of lines) folder.pushLine(line);
  return folder.finish();
}

function buildFrameName(frame: PerfFrame, kernel: boolean, pathOptions: PathNormalisationOptions): string {
  let name: string;
  if (isPythonFrameSymbol(frame.symbol)) {
    name = normalisePythonFrameName(frame.symbol, pathOptions);
  } else if (frame.symbol === '[unknown]' || frame.symbol.length === 0) {
    name = frame.dso.length === 0 || frame.dso === '[unknown]' ? '[unknown]' : `[${normaliseModuleName(frame.dso)}]`;
  } else {
    name = frame.symbol;
  }
  if (name.includes(';')) name = name.replaceAll(';', ':');
  return kernel ? `${name}_[k]` : name;
}

/**
 * The module name shown for a native frame perf could not name: the DSO's basename without the
 * parts that differ between runners for the same code — the library version (`libz.so.1.2.13` →
 * `libz.so`) and CPython's ABI tag on extension modules (`_json.cpython-313-x86_64-linux-gnu.so`
 * → `_json.so`) — so profiles from different machines compare. (The compat view keeps
 * stackcollapse-perf.pl's exact `[basename]`.)
 */
export function normaliseModuleName(dso: string): string {
  return dso
    .slice(dso.lastIndexOf('/') + 1)
    .replace(/\.(?:cpython-[^.]+|abi3)\.so$/, '.so')
    .replace(/\.so(?:\.\d+)+$/, '.so');
}

/**
 * Returns a copy of `text` that does not share memory with the line it was cut from. V8 keeps
 * the whole input chunk alive behind a substring; long-lived map keys must not do that, or memory
 * would grow with the input instead of with the number of distinct names.
 */
function detachString(text: string): string {
  return (` ${text}`).slice(1);
}
