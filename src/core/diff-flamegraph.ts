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

import {
  DEFAULT_FLAME_GRAPH_OPTIONS,
  flowColumns,
  flowStacks,
  formatWeight,
  renderFlowedFlameGraph,
  resolveFlameGraphOptions,
  type FlameFrame,
  type FlameGraphOptions,
} from './flamegraph.js';
import { formatRgb } from './flamegraph-colors.js';
import type { FoldedStacks } from './folded.js';

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

interface TrieNode {
  total: number;
  children: Map<string, TrieNode>;
}

/** Call tree of a profile: inclusive weight per path from the root. */
function buildTrie(stacks: FoldedStacks): TrieNode {
  const root: TrieNode = { total: 0, children: new Map() };
  for (const [stack, weight] of stacks) {
    if (!(weight > 0)) continue;
    root.total += weight;
    let node = root;
    if (stack === '') continue;
    for (const name of stack.split(';')) {
      let child = node.children.get(name);
      if (!child) {
        child = { total: 0, children: new Map() };
        node.children.set(name, child);
      }
      child.total += weight;
      node = child;
    }
  }
  return root;
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
 * Before/after shares for every flowed frame of the `shape` profile, matched by call path in the
 * other profile (index-aligned with `frames`).
 */
export function compareFrameShares(
  frames: FlameFrame[],
  shapeTotal: number,
  other: FoldedStacks,
  shape: DiffFlameGraphOptions['shape'],
): FrameShareChange[] {
  const otherRoot = buildTrie(other);
  const otherNodes: (TrieNode | undefined)[] = [];
  const changes: FrameShareChange[] = [];
  for (const frame of frames) {
    const node = frame.parent < 0 ? otherRoot : otherNodes[frame.parent]?.children.get(frame.name);
    otherNodes.push(node);
    const shapeSamples = frame.samples;
    const otherSamples = node?.total ?? 0;
    const shapePercent = shapeTotal > 0 ? (100 * shapeSamples) / shapeTotal : 0;
    const otherPercent = otherRoot.total > 0 ? (100 * otherSamples) / otherRoot.total : 0;
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
  const flowed = flowColumns(shaped);
  const otherFlowTotal = flowColumns(other).total;
  const changes = compareFrameShares(flowStacks(shaped).frames, flowed.total, other, shape);
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
      if (!change) return frame.name;
      const sign = change.deltaPoints >= 0 ? '+' : '−';
      return (
        `${frame.name} (before ${change.beforePercent.toFixed(2)}%, after ${change.afterPercent.toFixed(2)}%, ` +
        `Δ ${sign}${Math.abs(change.deltaPoints).toFixed(2)} pts; baseline ${formatWeight(change.beforeSamples)} ${countName}, ` +
        `current ${formatWeight(change.afterSamples)} ${countName})`
      );
    },
  }).svg;
}
