/**
 * How far a fold can be trusted (`FoldQuality`): samples that reach a process root, samples with
 * Python frames, frames perf could not name, processes seen. Counted per distinct stack with its
 * weight, on the raw frames before any view drops some, so the python and mixed views report the
 * same quality.
 */
import { FrameOrigin } from './fold-frame-classification.js';
import type { FrameInfo } from './fold-frame-table.js';

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

/** True when the outermost frame of `ids` (leaf first) is a process/thread root. */
export function reachesStackRoot(ids: Int32Array, frames: readonly FrameInfo[]): boolean {
  return ids.length > 0 && (frames[ids[ids.length - 1] as number] as FrameInfo).root;
}

export class QualityTally {
  private samples = 0;
  private readonly processes = new Set<number>();
  private rootedSamples = 0;
  private truncatedSamples = 0;
  private pythonSamples = 0;
  private unknownFrames = 0;
  private totalFrames = 0;
  private deepestPythonChain = 0;

  constructor(private readonly frames: readonly FrameInfo[]) {}

  /** One kept sample of process `process` (undefined when perf printed none). */
  countSample(process: number | undefined): void {
    this.samples += 1;
    if (process !== undefined) this.processes.add(process);
  }

  /** A distinct stack (frame ids, leaf first) that `weight` samples had. */
  countStack(ids: Int32Array, weight: number): void {
    const frames = this.frames;
    let unknown = 0;
    let pythonFrames = 0;
    for (let index = 0; index < ids.length; index += 1) {
      const info = frames[ids[index] as number] as FrameInfo;
      if (info.unknown) unknown += 1;
      if (info.origin === FrameOrigin.Python) pythonFrames += 1;
    }
    if (reachesStackRoot(ids, frames)) this.rootedSamples += weight;
    else this.truncatedSamples += weight;
    this.totalFrames += ids.length * weight;
    this.unknownFrames += unknown * weight;
    if (pythonFrames > 0) this.pythonSamples += weight;
    if (pythonFrames > this.deepestPythonChain) this.deepestPythonChain = pythonFrames;
  }

  /** The counts so far, with the event choice of the fold. */
  summarise(events: { kept: string | undefined; ignored: readonly string[] }): FoldQuality {
    const quality: FoldQuality = {
      samples: this.samples,
      rootedSamples: this.rootedSamples,
      truncatedSamples: this.truncatedSamples,
      pythonSamples: this.pythonSamples,
      unknownFrames: this.unknownFrames,
      totalFrames: this.totalFrames,
      deepestPythonChain: this.deepestPythonChain,
      ignoredEvents: [...events.ignored],
      processes: this.processes.size,
    };
    if (events.kept !== undefined) quality.event = events.kept;
    return quality;
  }
}
