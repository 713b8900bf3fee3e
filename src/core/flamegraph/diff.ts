/**
 * Differential flame graph: one profile's shape, coloured by how each frame's own time changed
 * between a baseline run and the current run, saturated only where the gate found the change
 * significant.
 *
 * A frame is a node of the call tree (the whole path from the root). Its own time is what the gate
 * calls a function's own time, at that call path: the samples whose leaf is the frame (self), and
 * for a Python function also those whose innermost Python frame it is (the interpreter and native
 * code it calls directly). Each side's own time is divided by that side's total, so runs with
 * different sample counts compare fairly, and the colour follows the ratio, current ÷ baseline:
 * red when it grew, blue when it shrank, white when unchanged (or when the frame has no own time,
 * as callers whose time is all in their callees). Full colour is kept for frames of functions the
 * gate judged regressed (red) or improved (blue), at the call paths where the own time moved that
 * way; every other change is a pale tint, strongest at a ratio of `strongestAt` (or its inverse).
 * So a slower leaf is red and the callers above it stay white, and a run that passed shows no
 * saturated frame.
 *
 * Difference from flamegraph.pl's `difffolded.pl` + `flamegraph.pl`: those colour a frame by the
 * change of its self count in raw samples (normalised only with `-n`), scaled to the largest
 * change in the graph; here the own time includes a Python function's direct callees (the gate's
 * own time), shares are always normalised, intensity is a log ratio, and saturation means the
 * gate's verdict rather than the largest change.
 *
 * A frame that vanished from the current run has no place in the current run's shape, so the
 * reverse graph exists: `shape: 'baseline'` draws the baseline's shape with the same colouring
 * (red still means "grew in the current run"). Call the function twice to get both panels.
 */

import { formatWeight, type FoldedStacks } from '../folded.js';
import { classifyFunction } from '../hotspots.js';
import { PYTHON_FRAME_PREFIX } from '../python-frame-names.js';
import { formatRgb } from './colors.js';
import { flowColumns, listFlowFrames, sortStacks, type FlameFrame, type FlowedFrames } from './flow.js';
import { deriveFlowOptions } from './layout.js';
import { DEFAULT_FLAME_GRAPH_OPTIONS, resolveFlameGraphOptions, type FlameGraphOptions } from './options.js';
import { renderFlowedFlameGraph } from './svg.js';

export interface DiffFlameGraphOptions extends FlameGraphOptions {
  /**
   * Whose call tree gives the shape and widths: `current` (default; new and grown code is
   * visible) or `baseline` (the reverse graph, where code that vanished is visible).
   */
  shape: 'current' | 'baseline';
  /** Own-time ratio (current ÷ baseline share, or its inverse) at which a pale tint is strongest. */
  strongestAt: number;
  /**
   * The functions (by frame name) whose own time the gate judged changed; only their frames are
   * saturated. Undefined when there is no gate result (the legend says so); empty on a pass.
   */
  significant: readonly SignificantChange[] | undefined;
}

/** A function whose own time the gate found significantly changed. */
export interface SignificantChange {
  /** Frame name, as in the folded stacks. */
  name: string;
  direction: 'regressed' | 'improved';
  /** The gate's words for the change, e.g. "own time +16% (95% interval +9.0% … +23%), share 42.5% → 46.1%". */
  summary: string;
}

/** Defaults for the diff graph; `colors` is ignored (colour encodes the change). */
export const DEFAULT_DIFF_FLAME_GRAPH_OPTIONS: Readonly<DiffFlameGraphOptions> = Object.freeze({
  ...DEFAULT_FLAME_GRAPH_OPTIONS,
  title: 'Differential Flame Graph',
  shape: 'current' as const,
  strongestAt: 2,
  significant: undefined,
});

/** Fully saturated colours (significant changes only); other changes are mixed with white. */
const GREW = [215, 25, 28] as const;
const SHRANK = [33, 102, 205] as const;
/** The strongest tint of a change the gate did not find significant (fraction of the way to full colour). */
const PALE_LIMIT = 0.35;
/** |log ratio| ÷ log(strongestAt) below this counts as no change (white). */
const NEUTRAL_BAND = 0.02;

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

/** Inclusive share of one frame before and after, in percent of each run's total (the tooltip's "inclusive"). */
export interface FrameShareChange {
  beforePercent: number;
  afterPercent: number;
  beforeSamples: number;
  afterSamples: number;
}

/**
 * Before/after shares for every flowed frame of the `shape` profile (`shaped`), matched by call
 * path in the other profile (index-aligned with `shaped.frames`; `paths` are listFramePaths of them).
 */
export function compareFrameShares(
  shaped: FlowedFrames,
  other: FoldedStacks,
  shape: DiffFlameGraphOptions['shape'],
  paths: readonly string[] = listFramePaths(shaped.frames),
): FrameShareChange[] {
  const { frames, total: shapeTotal } = shaped;
  // The other profile's weight under a call path P: the stack equal to P plus the stacks that
  // start with `P;`, which sit together in byte order (`P;` up to `P<`, `<` following `;`). A
  // frame's block lies inside its parent's, so each search only looks there.
  // Stacks with a positive weight in byte order, to find call paths by binary search.
  const sorted = sortStacks(other);
  const { keys, weights } = sorted;
  const blockStart = new Int32Array(frames.length);
  const blockEnd = new Int32Array(frames.length);
  const changes: FrameShareChange[] = [];
  for (let index = 0; index < frames.length; index += 1) {
    const frame = frames[index]!;
    let otherSamples = 0;
    if (frame.parent < 0) {
      blockEnd[index] = keys.length;
      otherSamples = sorted.total;
    } else {
      const path = paths[index]!;
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
    changes.push({ beforePercent, afterPercent, beforeSamples, afterSamples });
  }
  return changes;
}

/** Call path of every frame (names from the root joined by `;`, as in the stacks; '' for the root). */
export function listFramePaths(frames: readonly FlameFrame[]): string[] {
  const paths: string[] = [];
  for (const frame of frames) {
    if (frame.parent < 0) paths.push('');
    else paths.push(frames[frame.parent]!.parent < 0 ? frame.name : `${paths[frame.parent]!};${frame.name}`);
  }
  return paths;
}

/** Own time of one frame on each side, as a share of that side's total (fractions). */
export interface FrameOwnChange {
  beforeShare: number;
  afterShare: number;
}

/** Own weight per call path of one profile (see the module comment), and the profile's total. */
interface OwnWeights {
  /** Weight of the stack that ends exactly at a path (self). */
  leaf: FoldedStacks;
  /** Weight of the stacks whose innermost Python frame ends a path. */
  innermostPython: Map<string, number>;
  total: number;
}

function indexOwnWeights(stacks: FoldedStacks): OwnWeights {
  const innermostPython = new Map<string, number>();
  let total = 0;
  for (const [stack, weight] of stacks) {
    if (!(weight > 0)) continue; // as flowColumns: zero-weight stacks are not drawn
    total += weight;
    const inner = stack.lastIndexOf(`;${PYTHON_FRAME_PREFIX}`);
    const start = inner >= 0 ? inner + 1 : stack.startsWith(PYTHON_FRAME_PREFIX) ? 0 : -1;
    if (start < 0) continue;
    const end = stack.indexOf(';', start);
    const path = end < 0 ? stack : stack.slice(0, end);
    innermostPython.set(path, (innermostPython.get(path) ?? 0) + weight);
  }
  return { leaf: stacks, innermostPython, total };
}

function readOwnWeight(weights: OwnWeights, path: string, name: string): number {
  if (path === '') return 0; // the root is no function
  const weight = classifyFunction(name) === 'python' ? weights.innermostPython.get(path) : weights.leaf.get(path);
  return weight !== undefined && weight > 0 ? weight : 0;
}

/** Own-time shares of every frame of the `shape` profile (`paths`: listFramePaths of `frames`) and of the same call path in the other one. */
export function compareFrameOwnTimes(
  frames: readonly FlameFrame[],
  paths: readonly string[],
  profiles: { shaped: FoldedStacks; other: FoldedStacks },
  shape: DiffFlameGraphOptions['shape'],
): FrameOwnChange[] {
  const shaped = indexOwnWeights(profiles.shaped);
  const other = indexOwnWeights(profiles.other);
  return frames.map((frame, index) => {
    const path = paths[index]!;
    const shapedShare = shaped.total > 0 ? readOwnWeight(shaped, path, frame.name) / shaped.total : 0;
    const otherShare = other.total > 0 ? readOwnWeight(other, path, frame.name) / other.total : 0;
    return shape === 'current' ? { beforeShare: otherShare, afterShare: shapedShare } : { beforeShare: shapedShare, afterShare: otherShare };
  });
}

/**
 * Fill for an own-time change: red = grew, blue = shrank, white = unchanged or no own time. Full
 * colour only when `significant` (the gate's verdict, in this direction); otherwise a pale tint
 * growing with |log ratio| up to `strongestAt`. A frame new or gone on one side gets the strongest
 * tint its category allows.
 */
export function pickDiffColor(change: FrameOwnChange, options: { significant: boolean; strongestAt: number }): string {
  const { beforeShare, afterShare } = change;
  if (beforeShare === afterShare) return formatRgb(255, 255, 255);
  const magnitude = beforeShare > 0 && afterShare > 0 ? Math.min(1, Math.abs(Math.log(afterShare / beforeShare)) / Math.log(options.strongestAt)) : 1;
  if (!options.significant && magnitude < NEUTRAL_BAND) return formatRgb(255, 255, 255);
  const strength = options.significant ? 1 : PALE_LIMIT * magnitude;
  const target = afterShare > beforeShare ? GREW : SHRANK;
  return formatRgb(255 + (target[0] - 255) * strength, 255 + (target[1] - 255) * strength, 255 + (target[2] - 255) * strength);
}

/** True when the gate judged the frame's function changed in the direction its own time moved here. */
function isSignificantHere(change: FrameOwnChange, verdict: SignificantChange | undefined): boolean {
  if (verdict === undefined) return false;
  return verdict.direction === 'regressed' ? change.afterShare > change.beforeShare : change.afterShare < change.beforeShare;
}

/** Renders the differential flame graph (see the module comment for how to read it). */
export function renderDiffFlameGraph(
  baseline: FoldedStacks,
  current: FoldedStacks,
  options: Partial<DiffFlameGraphOptions> = {},
): string {
  const { shape: shapeOption, strongestAt: strongestOption, significant, ...graphOptions } = options;
  const shape = shapeOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.shape;
  const strongestAt = strongestOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.strongestAt;
  if (shape !== 'current' && shape !== 'baseline') throw new Error(`Diff flame graph shape must be 'current' or 'baseline', got '${String(shape)}'.`);
  if (!Number.isFinite(strongestAt) || strongestAt <= 1) throw new Error(`strongestAt must be an own-time ratio above 1 (e.g. 2 = doubled or halved), got ${String(strongestAt)}.`);
  const resolved = resolveFlameGraphOptions({ ...graphOptions, title: graphOptions.title ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.title });
  const shaped = shape === 'current' ? current : baseline;
  const other = shape === 'current' ? baseline : current;
  // Only frames the image keeps are flowed (and compared); `flowIndex` indexes the changes.
  const flowed = flowColumns(shaped, deriveFlowOptions(resolved));
  const frames = listFlowFrames(flowed);
  const otherFlowTotal = sortStacks(other).total; // the total flowColumns would report for it
  const paths = listFramePaths(frames);
  const shares = compareFrameShares({ frames, total: flowed.total }, other, shape, paths);
  const own = compareFrameOwnTimes(frames, paths, { shaped, other }, shape);
  const verdicts = new Map((significant ?? []).map((change) => [change.name, change]));
  const [currentTotal, baselineTotal] = shape === 'current' ? [flowed.total, otherFlowTotal] : [otherFlowTotal, flowed.total];
  const countName = resolved.countName;
  const strongest = formatWeight(strongestAt);
  const lines = [
    shape === 'current'
      ? `Shape and widths: current run (${formatWeight(currentTotal)} ${countName}); baseline ${formatWeight(baselineTotal)} ${countName}.`
      : `Reverse graph. Shape and widths: baseline run (${formatWeight(baselineTotal)} ${countName}); current ${formatWeight(currentTotal)} ${countName}.`,
    "Colour: change of each frame's own time (self; for Python also its direct native callees) as a share of its run. Red: grew. Blue: shrank. White: unchanged.",
    significant === undefined
      ? `No gate result given, so no frame is saturated: every tint is pale (strongest at ×${strongest} or ÷${strongest}).`
      : `Saturated: a function the gate found regressed (red) or improved (blue). Pale: a change it did not find significant (strongest at ×${strongest} or ÷${strongest}).`,
    shape === 'current'
      ? 'Frames that vanished from the current run are not drawn here: see the reverse graph (baseline shape).'
      : 'Frames that vanished from the current run are drawn here ("own … → 0.00%"); new frames appear only in the current-shape graph.',
  ];
  const swatches = [
    { color: pickDiffColor({ beforeShare: 1, afterShare: 2 }, { significant: true, strongestAt }), label: 'regressed (gate)' },
    { color: pickDiffColor({ beforeShare: 1, afterShare: strongestAt }, { significant: false, strongestAt }), label: 'grew, not significant' },
    { color: pickDiffColor({ beforeShare: 1, afterShare: 1 }, { significant: false, strongestAt }), label: 'unchanged' },
    { color: pickDiffColor({ beforeShare: strongestAt, afterShare: 1 }, { significant: false, strongestAt }), label: 'shrank, not significant' },
    { color: pickDiffColor({ beforeShare: 2, afterShare: 1 }, { significant: true, strongestAt }), label: 'improved (gate)' },
  ];
  return renderFlowedFlameGraph(flowed, resolved, {
    legend: { lines, swatches },
    fillFrame: (frame) => {
      const change = own[frame.flowIndex]!;
      return pickDiffColor(change, { significant: isSignificantHere(change, verdicts.get(frame.name)), strongestAt });
    },
    describeFrame: (frame) => {
      const share = shares[frame.flowIndex]!;
      const change = own[frame.flowIndex]!;
      const verdict = verdicts.get(frame.name);
      return (
        `(own ${formatPercent(change.beforeShare)} → ${formatPercent(change.afterShare)}${formatRatio(change)}; ` +
        `inclusive ${share.beforePercent.toFixed(2)}% → ${share.afterPercent.toFixed(2)}%; baseline ${formatWeight(share.beforeSamples)} ${countName}, ` +
        `current ${formatWeight(share.afterSamples)} ${countName}${verdict ? `; gate: ${verdict.direction}, ${verdict.summary}` : ''})`
      );
    },
  }).svg;
}

function formatPercent(share: number): string {
  return `${(100 * share).toFixed(2)}%`;
}

/** ", ×1.50" (current ÷ baseline own share), ", new", ", gone", or nothing without own time on either side. */
function formatRatio(change: FrameOwnChange): string {
  const { beforeShare, afterShare } = change;
  if (beforeShare === 0) return afterShare === 0 ? '' : ', new';
  if (afterShare === 0) return ', gone';
  return `, ×${(afterShare / beforeShare).toFixed(2)}`;
}
