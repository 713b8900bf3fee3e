/**
 * Export to speedscope's file format (https://www.speedscope.app/file-format-schema.json), so a
 * profile can be opened in https://www.speedscope.app or the speedscope CLI for a time-ordered,
 * left-heavy or sandwich view.
 *
 * One `sampled` profile per process given (as py-spy writes one per thread; speedscope's profile
 * menu switches between them and opens the busiest): each distinct folded stack is one sample
 * (root first, as speedscope expects) whose weight is the stack's CPU time in seconds (count ÷
 * sampling frequency), or its count when the frequency is not known. Frames are shared by all
 * profiles and numbered in order of first appearance while walking the profiles in the order
 * given and each one's stacks in byte order, so the same input always gives the same JSON.
 */

import { sortedStackKeys, type FoldedStacks } from './folded.js';
import { splitPythonFrameName } from './python-frame-names.js';

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';

export interface SpeedscopeFrame {
  name: string;
  /** Source file of a Python frame (`py::<qualname>:<file>`), when the name carries one. */
  file?: string;
}

export interface SpeedscopeSampledProfile {
  type: 'sampled';
  name: string;
  /** 'seconds' when the sampling frequency is known, else 'none' (plain sample counts). */
  unit: 'seconds' | 'none';
  startValue: number;
  endValue: number;
  samples: number[][];
  weights: number[];
}

export interface SpeedscopeFile {
  $schema: typeof SPEEDSCOPE_SCHEMA;
  shared: { frames: SpeedscopeFrame[] };
  profiles: SpeedscopeSampledProfile[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

/** Builds the speedscope document (an object; see toSpeedscope for the JSON text). */
export interface SpeedscopeOptions {
  name: string;
  /** Sampling frequency in Hz: weights become seconds of CPU time (samples ÷ frequency). */
  frequency?: number;
}

/** One profile of the file: a name (e.g. the process) and its folded stacks. */
export interface SpeedscopeProfileInput {
  name: string;
  stacks: FoldedStacks;
}

export function buildSpeedscope(profiles: readonly SpeedscopeProfileInput[], options: SpeedscopeOptions): SpeedscopeFile {
  const scale = options.frequency && options.frequency > 0 ? 1 / options.frequency : 1;
  const frames: SpeedscopeFrame[] = [];
  const frameIndex = new Map<string, number>();
  const built = profiles.map((profile): SpeedscopeSampledProfile => {
    const samples: number[][] = [];
    const weights: number[] = [];
    for (const stack of sortedStackKeys(profile.stacks)) {
      const weight = profile.stacks.get(stack) ?? 0;
      if (!(weight > 0)) continue;
      const names = stack === '' ? [] : stack.split(';');
      samples.push(
        names.map((name) => {
          let index = frameIndex.get(name);
          if (index === undefined) {
            index = frames.length;
            frameIndex.set(name, index);
            frames.push(describeFrame(name));
          }
          return index;
        }),
      );
      weights.push(weight * scale);
    }
    return {
      type: 'sampled',
      name: profile.name,
      // With the frequency, weights are seconds (like py-spy's exports); without it, sample counts.
      unit: scale === 1 ? 'none' : 'seconds',
      startValue: 0,
      endValue: weights.reduce((sum, weight) => sum + weight, 0),
      samples,
      weights,
    };
  });
  let busiest = 0;
  built.forEach((profile, index) => {
    if (profile.endValue > (built[busiest]?.endValue ?? 0)) busiest = index;
  });
  return {
    $schema: SPEEDSCOPE_SCHEMA,
    shared: { frames },
    profiles: built,
    name: options.name,
    activeProfileIndex: busiest,
    exporter: 'python-perf-gate',
  };
}

/** Speedscope JSON text for the profiles, deterministic for the same input. */
export function toSpeedscope(profiles: readonly SpeedscopeProfileInput[], options: SpeedscopeOptions): string {
  return `${JSON.stringify(buildSpeedscope(profiles, options))}\n`;
}

/** Keeps the full folded name (so searches match the flame graph) and adds the file of Python frames. */
function describeFrame(name: string): SpeedscopeFrame {
  const file = splitPythonFrameName(name)?.file;
  return file ? { name, file } : { name };
}
