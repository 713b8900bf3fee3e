/**
 * render: the headline profile → the interactive flame graph and the speedscope and pprof exports, with a
 * title naming the benchmark and a subtitle saying how it was measured.
 */
import { renderFlameGraph } from '../core/flamegraph/svg.js';
import { gzipSync } from 'node:zlib';
import { encodePprof } from '../core/pprof.js';
import { toSpeedscope } from '../core/speedscope.js';
import { describeTarget, type Target } from '../core/target.js';
import type { Settings } from '../settings.js';
import type { Runner } from './check.js';
import type { Profile } from './fold.js';

export interface Labels {
  title: string;
  subtitle: string;
}

export interface Rendered {
  labels: Labels;
  flamegraph: string;
  speedscope: string;
  /** gzipped profile.proto. */
  pprof: Uint8Array;
}

export function describeProfile(input: { settings: Settings; target: Target; runner: Runner; profile: Profile }): Labels {
  const { settings, runner, profile } = input;
  const runs = profile.runs.length;
  const subtitle = [
    `Python ${runner.python.version}`,
    `mode ${runner.mode}`,
    `${runner.readiness.event} @ ${settings.frequency} Hz`,
    `${profile.quality.samples.toLocaleString('en-US')} samples`,
    `${runs} run${runs === 1 ? '' : 's'}`,
    settings.github.sha ? `commit ${settings.github.sha.slice(0, 12)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const title = settings.title ?? `python-perf-gate: ${describeTarget(input.target, { workingDirectory: settings.workingDirectory })}`;
  return { title, subtitle };
}

export function render(input: { profile: Profile; labels: Labels; frequency: number; event: string }): Rendered {
  const { profile, labels, frequency } = input;
  return {
    labels,
    flamegraph: renderFlameGraph(profile.headline, labels),
    speedscope: toSpeedscope(profile.processes, { name: labels.title, frequency }),
    // mtime 0 in the gzip header (Node's default) keeps the file byte-identical for the same profile.
    pprof: gzipSync(encodePprof(profile.headline, { frequency, event: input.event })),
  };
}
