/**
 * Differential flame graph: one profile's shape, coloured by how much each frame's share of the
 * profile changed between a baseline run and the current run.
 *
 * A frame is a node of the call tree (the whole path from the root), so "share" is the frame's
 * inclusive weight divided by its own profile's total — two runs with different sample counts are
 * compared fairly. Δ = share in current − share in baseline, in percentage points: red when the
 * frame grew, blue when it shrank, white when unchanged, intensity ∝ |Δ| up to `saturateAt`.
 *
 * Difference from flamegraph.pl's `difffolded.pl` + `--negate`: those colour by the change of the
 * leaf (self) count in raw samples; here colour is the change of the inclusive, normalised share,
 * which is what the tooltip's before/after percentages show.
 *
 * A frame that vanished from the current run has no place in the current run's shape, so the
 * reverse graph exists: `shape: 'baseline'` draws the baseline's shape with the same colouring
 * (red still means "grew in the current run"); vanished frames show there in saturated blue. Call
 * the function twice to get both panels.
 */

import { formatWeight, type FoldedStacks } from '../folded.js';
import { formatRgb } from './colors.js';
import { flowColumns, listFlowFrames, sortStacks, type FlowedFrames } from './flow.js';
import { deriveFlowOptions } from './layout.js';
import { DEFAULT_FLAME_GRAPH_OPTIONS, resolveFlameGraphOptions, type FlameGraphOptions } from './options.js';
import { renderFlowedFlameGraph } from './svg.js';

export interface DiffFlameGraphOptions extends FlameGraphOptions {
  /**
   * Whose call tree gives the shape and widths: `current` (default; new and grown code is
   * visible) or `baseline` (the reverse graph, where code that vanished is visible).
   */
  shape: 'current' | 'baseline';
  /** |Δ share| in percentage points at which the colour is fully saturated. */
  saturateAt: number;
}

/** Defaults for the diff graph; `colors` is ignored (colour encodes the change). */
export const DEFAULT_DIFF_FLAME_GRAPH_OPTIONS: Readonly<DiffFlameGraphOptions> = Object.freeze({
  ...DEFAULT_FLAME_GRAPH_OPTIONS,
  title: 'Differential Flame Graph',
  shape: 'current' as const,
  saturateAt: 5,
});

/** Fully saturated colours; intermediate changes are mixed with white. */
const GREW = [215, 25, 28] as const;
const SHRANK = [33, 102, 205] as const;
/** |Δ| below this many percentage points counts as no change (white). */
const NEUTRAL_BAND = 0.005;

/** First index in `[from, to)` whose key is not below `target` (byte order). */
function findLowerBound(keys: string[], target: string, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Share change of one frame, in percentage points of each run's total. */
export interface FrameShareChange {
  beforePercent: number;
  afterPercent: number;
  deltaPoints: number;
  beforeSamples: number;
  afterSamples: number;
}

/**
 * Before/after shares for every flowed frame of the `shape` profile (`shaped`), matched by call
 * path in the other profile (index-aligned with `shaped.frames`).
 */
export function compareFrameShares(shaped: FlowedFrames, other: FoldedStacks, shape: DiffFlameGraphOptions['shape']): FrameShareChange[] {
  const { frames, total: shapeTotal } = shaped;
  // The other profile's weight under a call path P: the stack equal to P plus the stacks that
  // start with `P;`, which sit together in byte order (`P;` up to `P<`, `<` following `;`). A
  // frame's block lies inside its parent's, so each search only looks there.
  // Stacks with a positive weight in byte order, to find call paths by binary search.
  const sorted = sortStacks(other);
  const { keys, weights } = sorted;
  const paths: string[] = [];
  const blockStart = new Int32Array(frames.length);
  const blockEnd = new Int32Array(frames.length);
  const changes: FrameShareChange[] = [];
  for (let index = 0; index < frames.length; index += 1) {
    const frame = frames[index]!;
    let otherSamples = 0;
    if (frame.parent < 0) {
      paths.push('');
      blockEnd[index] = keys.length;
      otherSamples = sorted.total;
    } else {
      const parent = frames[frame.parent]!;
      const path = parent.parent < 0 ? frame.name : `${paths[frame.parent]!};${frame.name}`;
      paths.push(path);
      const from = blockStart[frame.parent]!;
      const to = blockEnd[frame.parent]!;
      const start = findLowerBound(keys, `${path};`, from, to);
      const end = findLowerBound(keys, `${path}<`, start, to);
      blockStart[index] = start;
      blockEnd[index] = end;
      // The empty stack is no frame at all (only part of the root).
      const exact = findLowerBound(keys, path, from, start);
      if (path !== '' && exact < start && keys[exact] === path) otherSamples += weights[exact]!;
      for (let k = start; k < end; k += 1) otherSamples += weights[k]!;
    }
    const shapeSamples = frame.samples;
    const shapePercent = shapeTotal > 0 ? (100 * shapeSamples) / shapeTotal : 0;
    const otherPercent = sorted.total > 0 ? (100 * otherSamples) / sorted.total : 0;
    const [beforePercent, afterPercent, beforeSamples, afterSamples] =
      shape === 'current'
        ? [otherPercent, shapePercent, otherSamples, shapeSamples]
        : [shapePercent, otherPercent, shapeSamples, otherSamples];
    changes.push({ beforePercent, afterPercent, deltaPoints: afterPercent - beforePercent, beforeSamples, afterSamples });
  }
  return changes;
}

/** Fill for a share change: red = grew, blue = shrank, white = unchanged, saturating at `saturateAt`. */
export function pickDiffColor(deltaPoints: number, saturateAt: number): string {
  if (Math.abs(deltaPoints) < NEUTRAL_BAND) return formatRgb(255, 255, 255);
  const strength = Math.min(1, Math.abs(deltaPoints) / saturateAt);
  const target = deltaPoints > 0 ? GREW : SHRANK;
  return formatRgb(
    255 + (target[0] - 255) * strength,
    255 + (target[1] - 255) * strength,
    255 + (target[2] - 255) * strength,
  );
}

/** Renders the differential flame graph (see the module comment for how to read it). */
export function renderDiffFlameGraph(
  baseline: FoldedStacks,
  current: FoldedStacks,
  options: Partial<DiffFlameGraphOptions> = {},
): string {
  const { shape: shapeOption, saturateAt: saturateOption, ...graphOptions } = options;
  const shape = shapeOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.shape;
  const saturateAt = saturateOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.saturateAt;
  if (shape !== 'current' && shape !== 'baseline') throw new Error(`Diff flame graph shape must be 'current' or 'baseline', got '${String(shape)}'.`);
  if (!Number.isFinite(saturateAt) || saturateAt <= 0) throw new Error(`saturateAt must be a positive number of percentage points, got ${String(saturateAt)}.`);
  const resolved = resolveFlameGraphOptions({ ...graphOptions, title: graphOptions.title ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.title });
  const shaped = shape === 'current' ? current : baseline;
  const other = shape === 'current' ? baseline : current;
  // Only frames the image keeps are flowed (and compared); `flowIndex` indexes `changes`.
  const flowed = flowColumns(shaped, deriveFlowOptions(resolved));
  const otherFlowTotal = sortStacks(other).total; // the total flowColumns would report for it
  const changes = compareFrameShares({ frames: listFlowFrames(flowed), total: flowed.total }, other, shape);
  const [currentTotal, baselineTotal] = shape === 'current' ? [flowed.total, otherFlowTotal] : [otherFlowTotal, flowed.total];
  const countName = resolved.countName;
  const lines =
    shape === 'current'
      ? [
          `Shape and widths: current run (${formatWeight(currentTotal)} ${countName}). Red: larger share than in the baseline (${formatWeight(baselineTotal)} ${countName}). Blue: smaller.`,
          `Colour intensity grows with the change in the frame's share of its run's total, saturating at ±${formatWeight(saturateAt)} percentage points; white: unchanged.`,
          'Frames that vanished from the current run are not drawn here: see the reverse graph (baseline shape).',
        ]
      : [
          `Reverse graph. Shape and widths: baseline run (${formatWeight(baselineTotal)} ${countName}). Red: larger share in the current run (${formatWeight(currentTotal)} ${countName}). Blue: smaller.`,
          `Colour intensity grows with the change in the frame's share of its run's total, saturating at ±${formatWeight(saturateAt)} percentage points; white: unchanged.`,
          'Frames that vanished from the current run are drawn here (blue, "after 0.00%"); new frames appear only in the current-shape graph.',
        ];
  const half = saturateAt / 2;
  const swatches = [-saturateAt, -half, 0, half, saturateAt].map((delta) => ({
    color: pickDiffColor(delta, saturateAt),
    label: delta === 0 ? 'no change' : `${delta > 0 ? '+' : '−'}${formatWeight(Math.abs(delta))} pts`,
  }));
  return renderFlowedFlameGraph(flowed, resolved, {
    legend: { lines, swatches },
    fillFrame: (frame) => {
      const change = changes[frame.flowIndex];
      return pickDiffColor(change?.deltaPoints ?? 0, saturateAt);
    },
    describeFrame: (frame) => {
      const change = changes[frame.flowIndex];
      if (!change) return '';
      const sign = change.deltaPoints >= 0 ? '+' : '−';
      return (
        `(before ${change.beforePercent.toFixed(2)}%, after ${change.afterPercent.toFixed(2)}%, ` +
        `Δ ${sign}${Math.abs(change.deltaPoints).toFixed(2)} pts; baseline ${formatWeight(change.beforeSamples)} ${countName}, ` +
        `current ${formatWeight(change.afterSamples)} ${countName})`
      );
    },
  }).svg;
}
