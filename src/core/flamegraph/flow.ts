/**
 * The flow stage of a flame graph: Brendan Gregg's flamegraph.pl `flow`. Stacks are walked in byte
 * order and each stack's common prefix with the previous one is merged, so a frame is a node of
 * the call tree and its width is the total weight of the stacks under it. Deliberate differences
 * from flamegraph.pl are marked "Difference" below.
 */

import { sortedStackKeys, type FoldedStacks } from '../folded.js';
import { growTypedArray } from '../typed-arrays.js';
import { parseMinWidth } from './options.js';

/** Name of the root frame that spans the whole profile (flamegraph.pl's name too). */
export const ROOT_FRAME_NAME = 'all';

/** One merged frame: a node of the call tree. */
export interface FlameFrame {
  name: string;
  /** 0 for the root (`all`), 1 for the outermost real frame. */
  depth: number;
  /** Weight of all stacks before this frame in the layout (its left edge, in samples). */
  start: number;
  /** Inclusive weight. */
  samples: number;
  /** Weight of stacks that end exactly at this frame. */
  self: number;
  /** Index of the parent frame in the same list; -1 for the root. */
  parent: number;
}

/**
 * The flowed call tree in columns (one typed-array slot per frame) rather than one object per
 * frame: a large profile has millions of unpruned frames, and only the few thousand that survive
 * pruning ever need an object or a name string. A frame's name is `keys[key[i]]` sliced from
 * `nameStart[i]` to `nameEnd[i]`.
 */
export interface FlowColumns {
  count: number;
  total: number;
  /**
   * Frames of the full flow left out by `FlowOptions.prune`; counted only with
   * `FlowOptions.countPruned` (otherwise undefined: counting walks every frame of the full flow).
   */
  pruned: number | undefined;
  /** Stacks with a positive weight, in byte order (`key` indexes this list). */
  keys: string[];
  key: Int32Array;
  nameStart: Int32Array;
  nameEnd: Int32Array;
  depth: Int32Array;
  parent: Int32Array;
  start: Float64Array;
  samples: Float64Array;
  self: Float64Array;
}

export interface FlowOptions {
  /**
   * Leave out frames narrower than `minWidth` (as in FlameGraphOptions) on a plot `plotWidth`
   * pixels wide: they are never opened. Default: keep every frame.
   */
  prune?: { minWidth: number | string; plotWidth: number };
  /** Count the frames `prune` left out (`FlowColumns.pruned`). Default false. */
  countPruned?: boolean;
}

const SEMICOLON = 59;
/** Characters compared at once when looking for the prefix two sorted stacks share. */
const PREFIX_BLOCK = 128;

function growColumns(columns: FlowColumns, needed: number): void {
  if (needed <= columns.key.length) return;
  const capacity = Math.max(needed, columns.key.length * 2);
  const grow = <T extends Int32Array | Float64Array>(array: T): T => growTypedArray(array, capacity);
  columns.key = grow(columns.key);
  columns.nameStart = grow(columns.nameStart);
  columns.nameEnd = grow(columns.nameEnd);
  columns.depth = grow(columns.depth);
  columns.parent = grow(columns.parent);
  columns.start = grow(columns.start);
  columns.samples = grow(columns.samples);
  columns.self = grow(columns.self);
}

/** Stacks with a positive weight in byte order (the order `flow` walks), and what each shares with the one before. */
export interface SortedStacks {
  keys: string[];
  weights: Float64Array;
  /**
   * Common prefix of `keys[k]` and `keys[k - 1]`, found lazily: `verified[k]` characters are known
   * to be equal; `exact[k]` is 1 once that is the whole common prefix. Only as much is compared as
   * the frames asked about need, so the long shared tails of frames that are never opened (too
   * narrow) are never compared.
   */
  verified: Int32Array;
  exact: Uint8Array;
  /** The weights summed in this order: the total flowColumns reports. */
  total: number;
}

export function sortStacks(stacks: FoldedStacks): SortedStacks {
  const keys: string[] = [];
  const weightList: number[] = [];
  let total = 0;
  for (const stack of sortedStackKeys(stacks)) {
    const weight = stacks.get(stack) ?? 0;
    // Zero-weight stacks are skipped (they would only add zero-width frames).
    if (!(weight > 0)) continue;
    keys.push(stack);
    weightList.push(weight);
    total += weight;
  }
  const exact = new Uint8Array(keys.length);
  if (keys.length > 0) exact[0] = 1; // the first stack shares nothing
  return { keys, weights: Float64Array.from(weightList), verified: new Int32Array(keys.length), exact, total };
}

/**
 * True when stack `k` continues the frame of stack `k - 1` that ends at offset `end` (that frame
 * and all before it are the same in both stacks).
 */
function continuesFrame(sorted: SortedStacks, k: number, end: number): boolean {
  let common = sorted.verified[k]!;
  if (common > end) return true;
  const stack = sorted.keys[k]!;
  if (sorted.exact[k] === 0) {
    const previous = sorted.keys[k - 1]!;
    const shorter = Math.min(stack.length, previous.length);
    const limit = Math.min(shorter, end + 1);
    // Whole blocks first: comparing two substrings is native and much faster than a charCodeAt loop.
    while (common + PREFIX_BLOCK <= limit && stack.substring(common, common + PREFIX_BLOCK) === previous.substring(common, common + PREFIX_BLOCK)) {
      common += PREFIX_BLOCK;
    }
    while (common < limit && stack.charCodeAt(common) === previous.charCodeAt(common)) common += 1;
    sorted.verified[k] = common;
    if (common < limit || limit === shorter) sorted.exact[k] = 1;
    if (common > end) return true;
  }
  // `common` is now the whole common prefix, and at most `end`.
  return common === end && (stack.length === common || stack.charCodeAt(common) === SEMICOLON);
}

/**
 * How many of the open frames (ending at `openEnd[1..]`, root excluded) stack `k` continues. If it
 * continues a frame it continues all frames below it, so the deepest one is found by bisection
 * (a few comparisons per stack instead of one per open frame).
 */
function countContinuedFrames(sorted: SortedStacks, k: number, openEnd: readonly number[]): number {
  let low = 0; // continued (the root always is)
  let high = openEnd.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (continuesFrame(sorted, k, openEnd[middle]!)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * flamegraph.pl's `flow`: walks the stacks in byte order and merges each stack's common prefix
 * with the previous one; frames that differ are closed (their width is now known) and new ones
 * opened at the current offset (`time`, as in flamegraph.pl).
 *
 * Difference: flamegraph.pl splits every stack and compares frame by frame; here the common
 * prefix is found by comparing characters with the previous stack and only the differing tail is
 * split (same result, much less allocation). flamegraph.pl collects nodes in a hash and emits them
 * in hash order; here frames are numbered when opened, which gives a deterministic pre-order
 * (parents before children) and lets each frame record its parent. Zero-weight stacks are skipped
 * (they would only add zero-width frames). Self weight is tracked per frame for the tooltips.
 *
 * Difference: flamegraph.pl flows every frame and drops the narrow ones afterwards. Here, with
 * `prune`, before a frame is opened the stacks that continue it are summed (stopping as soon
 * as the sum reaches the minimum): a frame that would end up too narrow is not opened, nor is
 * anything below it, and the following stacks that continue it are not split at all. The sum
 * repeats the additions the layout makes (`time` after minus `time` before), so the frames kept
 * are exactly those whose width reaches `minWidth`, and the large majority of a big profile's
 * frames (sub-pixel slivers) cost neither a column slot nor a look at their names.
 */
export function flowColumns(stacks: FoldedStacks, options: FlowOptions = {}): FlowColumns {
  const sorted = sortStacks(stacks);
  const { keys, weights } = sorted;
  const total = sorted.total;
  const prune = options.prune;
  const minSamples = prune === undefined ? 0 : parseMinWidth(prune.minWidth, { total, pixelsPerSample: total > 0 ? prune.plotWidth / total : 0 });
  const initial = 1024;
  const columns: FlowColumns = {
    count: 1,
    total: 0,
    pruned: undefined,
    keys,
    key: new Int32Array(initial).fill(-1),
    nameStart: new Int32Array(initial),
    nameEnd: new Int32Array(initial),
    depth: new Int32Array(initial),
    parent: new Int32Array(initial),
    start: new Float64Array(initial),
    samples: new Float64Array(initial),
    self: new Float64Array(initial),
  };
  columns.parent[0] = -1; // frame 0 is the root; key -1 means "named ROOT_FRAME_NAME"
  const open: number[] = [0]; // frame index per depth of the stack currently open
  const openEnd: number[] = [0]; // end offset of each open frame's name in the stacks (index 0 unused)
  /** True when the frame opened now (at `time`, for stack `k`, ending at `end`) will be at least `minSamples` wide. */
  const reachesMinimum = (k: number, end: number, time: number): boolean => {
    if (minSamples <= 0) return true;
    let until = time;
    let next = k;
    do {
      until += weights[next]!;
      if (until - time >= minSamples) return true;
      next += 1;
    } while (next < keys.length && continuesFrame(sorted, next, end));
    skipUntil = next;
    return false;
  };
  // Stacks before this index continue a frame found too narrow: nothing new is opened for them.
  let skipUntil = 0;
  let time = 0;
  for (let k = 0; k < keys.length; k += 1) {
    const stack = keys[k]!;
    const weight = weights[k]!;
    const same = countContinuedFrames(sorted, k, openEnd);
    for (let depth = open.length - 1; depth > same; depth -= 1) {
      const index = open[depth]!;
      columns.samples[index] = time - columns.start[index]!;
    }
    open.length = same + 1;
    openEnd.length = same + 1;
    // The leaf gets the self weight, unless it (or a frame above it) was too narrow to keep.
    let leafKept = k >= skipUntil;
    if (leafKept && stack !== '') {
      let position = same === 0 ? 0 : openEnd[same]! + 1;
      while (position <= stack.length) {
        let end = stack.indexOf(';', position);
        if (end < 0) end = stack.length;
        if (!reachesMinimum(k, end, time)) {
          leafKept = false;
          break;
        }
        const index = columns.count;
        growColumns(columns, index + 1);
        columns.key[index] = k;
        columns.nameStart[index] = position;
        columns.nameEnd[index] = end;
        columns.depth[index] = open.length;
        columns.parent[index] = open[open.length - 1]!;
        columns.start[index] = time;
        columns.count += 1;
        open.push(index);
        openEnd.push(end);
        position = end + 1;
      }
    }
    if (leafKept) {
      const leaf = open[open.length - 1]!;
      columns.self[leaf] = columns.self[leaf]! + weight;
    }
    time += weight;
  }
  for (const index of open) columns.samples[index] = time - columns.start[index]!;
  columns.total = time;
  if (options.countPruned === true) columns.pruned = countFlowFrames(sorted) - columns.count;
  return columns;
}

/** Frames of the full (unpruned) flow, root included: the same walk without storing anything. */
function countFlowFrames(sorted: SortedStacks): number {
  const { keys } = sorted;
  let count = 1;
  const openEnd: number[] = [0];
  for (let k = 0; k < keys.length; k += 1) {
    const stack = keys[k]!;
    const same = countContinuedFrames(sorted, k, openEnd);
    openEnd.length = same + 1;
    if (stack === '') continue;
    let position = same === 0 ? 0 : openEnd[same]! + 1;
    while (position <= stack.length) {
      let end = stack.indexOf(';', position);
      if (end < 0) end = stack.length;
      count += 1;
      openEnd.push(end);
      position = end + 1;
    }
  }
  return count;
}

/** Name of frame `index` in flowed columns (sliced from its stack only now). */
export function readColumnName(columns: FlowColumns, index: number): string {
  const key = columns.key[index]!;
  return key < 0 ? ROOT_FRAME_NAME : columns.keys[key]!.slice(columns.nameStart[index], columns.nameEnd[index]);
}

function readColumnFrame(columns: FlowColumns, index: number): FlameFrame {
  return {
    name: readColumnName(columns, index),
    depth: columns.depth[index]!,
    start: columns.start[index]!,
    samples: columns.samples[index]!,
    self: columns.self[index]!,
    parent: columns.parent[index]!,
  };
}

/** Flowed frames as objects with the profile's total. */
export interface FlowedFrames {
  /** Pre-order (parents before children), as flowColumns numbers them. */
  frames: FlameFrame[];
  total: number;
}

/** All flowed frames as objects (pre-order; see flowColumns). Convenient for small profiles and tests. */
export function flowStacks(stacks: FoldedStacks): FlowedFrames {
  const columns = flowColumns(stacks);
  return { frames: listFlowFrames(columns), total: columns.total };
}

/** The frames of flowed columns as objects, index-aligned with the columns. */
export function listFlowFrames(columns: FlowColumns): FlameFrame[] {
  const frames: FlameFrame[] = [];
  for (let i = 0; i < columns.count; i += 1) frames.push(readColumnFrame(columns, i));
  return frames;
}

