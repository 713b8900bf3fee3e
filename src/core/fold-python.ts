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
 * Other frame names: `[unknown]` with a known DSO becomes `[<dso basename>]` (as stackcollapse
 * does), `;` inside a name becomes `:`; symbols are otherwise kept as perf printed them, without
 * the `+0x…` offset.
 */
import { addStack, type FoldedStacks } from './folded.js';
import { createPerfScriptParser, type PerfFrame, type PerfSample } from './perf-script.js';
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

/** Creates a streaming folder: push `perf script` lines, then `finish()`. */
export function createFolder(options: FoldOptions): Folder {
  const keepInterpreter = options.view === 'mixed';
  const pathOptions: PathNormalisationOptions = { workingDirectory: options.workingDirectory };
  if (options.homeDirectory !== undefined) pathOptions.homeDirectory = options.homeDirectory;
  const stacks: FoldedStacks = new Map();
  const dsos = new Map<string, DsoInfo>();
  const processes = new Set<number>();
  const ignoredEvents: string[] = [];
  const quality: FoldQuality = {
    samples: 0,
    rootedSamples: 0,
    truncatedSamples: 0,
    pythonSamples: 0,
    unknownFrames: 0,
    totalFrames: 0,
    deepestPythonChain: 0,
    ignoredEvents,
    processes: 0,
  };
  let keptEvent: string | undefined;
  let eventChosen = false;
  const names: string[] = [];
  const kinds: FrameKind[] = [];
  const parts: string[] = [];

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

  const onSample = (sample: PerfSample): void => {
    if (sample.event !== undefined) {
      if (!eventChosen) {
        eventChosen = true;
        keptEvent = detachString(sample.event);
        quality.event = keptEvent;
      } else if (sample.event !== keptEvent) {
        if (!ignoredEvents.includes(sample.event)) ignoredEvents.push(detachString(sample.event));
        return;
      }
    }
    quality.samples += 1;
    const process = sample.pid ?? sample.tid;
    if (process !== undefined) processes.add(process);
    const frames = sample.frames;
    const count = frames.length;
    quality.totalFrames += count;
    const outermost = frames[count - 1];
    const rooted = outermost !== undefined && isStackRootSymbol(outermost.symbol);
    if (rooted) quality.rootedSamples += 1;
    else quality.truncatedSamples += 1;

    names.length = 0;
    kinds.length = 0;
    let pythonFrames = 0;
    let outermostPython = -1;
    // Root first: walk perf's leaf-first list backwards.
    for (let index = count - 1; index >= 0; index -= 1) {
      const frame = frames[index] as PerfFrame;
      if (frame.symbol === '[unknown]') quality.unknownFrames += 1;
      const info = describeDso(frame.dso);
      const kind = isPythonFrameSymbol(frame.symbol) ? FrameKind.Python : info.interpreter ? FrameKind.Interpreter : FrameKind.Native;
      if (kind === FrameKind.Python) {
        pythonFrames += 1;
        if (outermostPython < 0) outermostPython = names.length;
      }
      names.push(nameFrame(frame, info));
      kinds.push(kind);
    }
    if (pythonFrames > 0) quality.pythonSamples += 1;
    if (pythonFrames > quality.deepestPythonChain) quality.deepestPythonChain = pythonFrames;

    parts.length = 0;
    if (!rooted) parts.push(TRUNCATED_FRAME);
    if (keepInterpreter || outermostPython < 0) {
      for (let index = 0; index < names.length; index += 1) parts.push(names[index] as string);
    } else {
      for (let index = outermostPython; index < names.length; index += 1) {
        if (kinds[index] !== FrameKind.Interpreter) parts.push(names[index] as string);
      }
    }
    // join() yields a flat string that owns its memory: safe as a long-lived map key.
    addStack(stacks, parts.join(';'), 1);
  };

  const parser = createPerfScriptParser(onSample);
  return {
    pushLine: parser.pushLine,
    finish(): FoldResult {
      parser.finish();
      quality.processes = processes.size;
      return { stacks, quality: { ...quality, ignoredEvents: [...ignoredEvents] } };
    },
  };
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
    name = frame.dso.length === 0 || frame.dso === '[unknown]' ? '[unknown]' : `[${frame.dso.slice(frame.dso.lastIndexOf('/') + 1)}]`;
  } else {
    name = frame.symbol;
  }
  if (name.includes(';')) name = name.replaceAll(';', ':');
  return kernel ? `${name}_[k]` : name;
}

/**
 * Returns a copy of `text` that does not share memory with the line it was cut from. V8 keeps
 * the whole input chunk alive behind a substring; long-lived map keys must not do that, or memory
 * would grow with the input instead of with the number of distinct names.
 */
function detachString(text: string): string {
  return (` ${text}`).slice(1);
}
