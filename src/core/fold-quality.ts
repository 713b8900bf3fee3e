/**
 * How far a fold can be trusted (`FoldQuality`): samples that reach a process root, samples with
 * Python frames, frames perf could not name, and the same per process (`ProcessFoldQuality`).
 * Counted on the raw frames before any view drops some, so the python and mixed views report the
 * same quality.
 *
 * The whole-fold figures are counted per distinct stack with its weight (at `finish()`). The
 * per-process figures need the process of every sample, so they are counted per sample, from
 * flags computed once per distinct stack (`StackFlag`): a few array reads per sample.
 *
 * Why samples lack Python frames, told apart by where their stack ends:
 * - it reaches the process/thread root (`rootedSamplesWithoutPython`): the code really ran outside
 *   Python — start-up, native threads, or a process that ran no perf-enabled Python (with
 *   interpreter frames: a Python whose perf support was off, e.g. a harness that cleaned the
 *   environment; without: not Python at all, e.g. a shell);
 * - it is cut before the root (`truncatedSamplesWithoutPython`): perf's unwinding stopped before
 *   it reached any Python frame (in perf-jit mode typically an exec'd child whose unwinding stops
 *   at the first JIT frame), so the Python frames may be there but were not recorded.
 * Truncated samples that do carry Python frames (`truncatedSamples − truncatedSamplesWithoutPython`)
 * are stacks deeper than the dwarf stack dump: their innermost frames are right, their outermost
 * ones missing.
 */
import { detachString } from './fold-detach-string.js';
import { FrameOrigin, isInterpreterOrigin } from './fold-frame-classification.js';
import type { FrameInfo } from './fold-frame-table.js';
import { growTypedArray } from './typed-arrays.js';

/** Quality figures of one process within a fold. All counts are kept samples. */
export interface ProcessFoldQuality {
  /** Process id perf printed (the PID of `PID/TID`; the TID when perf printed only one number). */
  pid: number;
  /** Parent process id: perf's task events know it, `perf script` sample lines do not, so the fold leaves it unset for the recorder to fill. */
  ppid?: number;
  /** Command name perf printed (`comm`, the kernel's 15-character name) in most of the process's samples (an exec changes it). */
  comm: string;
  samples: number;
  /** Samples with at least one Python frame. */
  pythonSamples: number;
  /** Samples whose outermost frame is a process/thread root. */
  rootedSamples: number;
  /** Samples cut before a process/thread root (samples − rootedSamples). */
  truncatedSamples: number;
  /** Rooted samples without any Python frame (the code ran outside Python). */
  rootedSamplesWithoutPython: number;
  /** Truncated samples without any Python frame (unwinding stopped before the first Python frame). */
  truncatedSamplesWithoutPython: number;
  /** Samples with at least one frame in the interpreter's DSO (libpython or the python executable). */
  interpreterSamples: number;
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
  /** Rooted samples without any Python frame (see the top of this file). */
  rootedSamplesWithoutPython: number;
  /** Truncated samples without any Python frame (see the top of this file). */
  truncatedSamplesWithoutPython: number;
  /** Samples with at least one frame in the interpreter's DSO. */
  interpreterSamples: number;
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
  /** The same figures per process, in order of first sample. Samples whose header names no process are in the totals only. */
  perProcess: ProcessFoldQuality[];
}

/** True when the outermost frame of `ids` (leaf first) is a process/thread root. */
export function reachesStackRoot(ids: Int32Array, frames: readonly FrameInfo[]): boolean {
  return ids.length > 0 && (frames[ids[ids.length - 1] as number] as FrameInfo).root;
}

/** What one distinct stack is, for the per-process counts (bit flags). */
const StackFlag = { Python: 1, Rooted: 2, Interpreter: 4 } as const;

interface ProcessTally {
  quality: ProcessFoldQuality;
  /** comm → samples, to pick the name of most samples. */
  comms: Map<string, number>;
  /** Distinct-stack number → samples of this process; only when the tally counts stacks per process. */
  stackCounts: Map<number, number> | undefined;
}

export class QualityTally {
  private samples = 0;
  private rootedSamples = 0;
  private truncatedSamples = 0;
  private pythonSamples = 0;
  private rootedSamplesWithoutPython = 0;
  private truncatedSamplesWithoutPython = 0;
  private interpreterSamples = 0;
  private unknownFrames = 0;
  private totalFrames = 0;
  private deepestPythonChain = 0;
  /** By process id, in order of first sample. */
  private readonly processes = new Map<number, ProcessTally>();
  /** Process of the sample being read; undefined when its header named none. */
  private current: ProcessTally | undefined;
  /** `StackFlag`s of the distinct stacks `0..flaggedStacks)` (StackTable entry order). */
  private stackFlags = new Uint8Array(1024);
  private flaggedStacks = 0;

  constructor(
    private readonly frames: readonly FrameInfo[],
    private readonly options: { countStacksPerProcess: boolean } = { countStacksPerProcess: false },
  ) {}

  /** One kept sample of process `process` (undefined when perf printed none) named `comm`; its stack follows (`countSampleStack`). */
  countSample(process: number | undefined, comm: string): void {
    this.samples += 1;
    if (process === undefined) {
      this.current = undefined;
      return;
    }
    let tally = this.current;
    if (tally === undefined || tally.quality.pid !== process) {
      tally = this.processes.get(process);
      if (tally === undefined) {
        tally = { quality: emptyProcessQuality(process), comms: new Map(), stackCounts: this.options.countStacksPerProcess ? new Map() : undefined };
        this.processes.set(process, tally);
      }
      this.current = tally;
    }
    tally.quality.samples += 1;
    const seen = tally.comms.get(comm);
    if (seen === undefined) tally.comms.set(detachString(comm), 1);
    else tally.comms.set(comm, seen + 1);
  }

  /**
   * The stack of the sample announced by the last `countSample`: `entry` is its distinct-stack
   * number (StackTable's, 0, 1, 2, … in order of first appearance), `ids[0..length)` its frames.
   */
  countSampleStack(entry: number, ids: Int32Array, length: number): void {
    if (entry === this.flaggedStacks) this.flagStack(ids, length);
    const tally = this.current;
    if (tally === undefined) return;
    const flags = this.stackFlags[entry] as number;
    const quality = tally.quality;
    const stackCounts = tally.stackCounts;
    if (stackCounts !== undefined) stackCounts.set(entry, (stackCounts.get(entry) ?? 0) + 1);
    const python = (flags & StackFlag.Python) !== 0;
    if (python) quality.pythonSamples += 1;
    if ((flags & StackFlag.Interpreter) !== 0) quality.interpreterSamples += 1;
    if ((flags & StackFlag.Rooted) !== 0) {
      quality.rootedSamples += 1;
      if (!python) quality.rootedSamplesWithoutPython += 1;
    } else {
      quality.truncatedSamples += 1;
      if (!python) quality.truncatedSamplesWithoutPython += 1;
    }
  }

  /** A distinct stack (frame ids, leaf first) that `weight` samples had. */
  countStack(ids: Int32Array, weight: number): void {
    const frames = this.frames;
    let unknown = 0;
    let pythonFrames = 0;
    let interpreter = false;
    for (let index = 0; index < ids.length; index += 1) {
      const info = frames[ids[index] as number] as FrameInfo;
      if (info.unknown) unknown += 1;
      if (info.origin === FrameOrigin.Python) pythonFrames += 1;
      else if (isInterpreterOrigin(info.origin)) interpreter = true;
    }
    const rooted = reachesStackRoot(ids, frames);
    if (rooted) this.rootedSamples += weight;
    else this.truncatedSamples += weight;
    this.totalFrames += ids.length * weight;
    this.unknownFrames += unknown * weight;
    if (pythonFrames > 0) this.pythonSamples += weight;
    else if (rooted) this.rootedSamplesWithoutPython += weight;
    else this.truncatedSamplesWithoutPython += weight;
    if (interpreter) this.interpreterSamples += weight;
    if (pythonFrames > this.deepestPythonChain) this.deepestPythonChain = pythonFrames;
  }

  /** With `countStacksPerProcess`: each process's samples per distinct-stack number, in order of first sample. */
  listProcessStackCounts(): { pid: number; stackCounts: ReadonlyMap<number, number> }[] {
    return [...this.processes.values()].map((tally) => ({ pid: tally.quality.pid, stackCounts: tally.stackCounts ?? new Map<number, number>() }));
  }

  /** The counts so far, with the event choice of the fold. */
  summarise(events: { kept: string | undefined; ignored: readonly string[] }): FoldQuality {
    const quality: FoldQuality = {
      samples: this.samples,
      rootedSamples: this.rootedSamples,
      truncatedSamples: this.truncatedSamples,
      pythonSamples: this.pythonSamples,
      rootedSamplesWithoutPython: this.rootedSamplesWithoutPython,
      truncatedSamplesWithoutPython: this.truncatedSamplesWithoutPython,
      interpreterSamples: this.interpreterSamples,
      unknownFrames: this.unknownFrames,
      totalFrames: this.totalFrames,
      deepestPythonChain: this.deepestPythonChain,
      ignoredEvents: [...events.ignored],
      processes: this.processes.size,
      perProcess: [...this.processes.values()].map((tally) => ({ ...tally.quality, comm: mostFrequent(tally.comms) })),
    };
    if (events.kept !== undefined) quality.event = events.kept;
    return quality;
  }

  private flagStack(ids: Int32Array, length: number): void {
    const frames = this.frames;
    let flags = 0;
    for (let index = 0; index < length; index += 1) {
      const origin = (frames[ids[index] as number] as FrameInfo).origin;
      if (origin === FrameOrigin.Python) flags |= StackFlag.Python;
      else if (isInterpreterOrigin(origin)) flags |= StackFlag.Interpreter;
    }
    if (length > 0 && (frames[ids[length - 1] as number] as FrameInfo).root) flags |= StackFlag.Rooted;
    if (this.flaggedStacks === this.stackFlags.length) this.stackFlags = growTypedArray(this.stackFlags, this.stackFlags.length * 2);
    this.stackFlags[this.flaggedStacks] = flags;
    this.flaggedStacks += 1;
  }
}

function emptyProcessQuality(pid: number): ProcessFoldQuality {
  return {
    pid,
    comm: '',
    samples: 0,
    pythonSamples: 0,
    rootedSamples: 0,
    truncatedSamples: 0,
    rootedSamplesWithoutPython: 0,
    truncatedSamplesWithoutPython: 0,
    interpreterSamples: 0,
  };
}

/** The key with the highest count; the first seen on a tie. */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
