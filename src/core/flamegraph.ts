/**
 * Flame graph layout and SVG rendering.
 *
 * The layout follows Brendan Gregg's flamegraph.pl: stacks are walked in byte order and shared
 * prefixes are merged (`flow`), so a frame's width is the total weight of the stacks under it.
 * Deliberate differences from flamegraph.pl are marked "Difference:" below.
 *
 * The SVG is self-contained (inline style and script, no external fonts or files), byte-identical
 * for the same input, and written one element per line (one line per frame) so golden diffs stay
 * readable.
 */

import { growTypedArray } from './typed-arrays.js';
import { describePalette, FLAME_GRAPH_PALETTES, pickFrameColor, type FlameGraphPalette, type LegendEntry } from './flamegraph-colors.js';
import { buildFlameGraphScript, type FlameGraphScriptConfig } from './flamegraph-script.js';
import { sortedStackKeys, type FoldedStacks } from './folded.js';
import { escapeXml, serializeScriptJson, stripInvalidXmlChars } from './xml-escape.js';

export interface FlameGraphOptions {
  /** Heading at the top of the image. */
  title: string;
  /** Second heading line (e.g. the benchmark command); empty for none. */
  subtitle: string;
  /**
   * Frames narrower than this are left out: a number is pixels, a string like `"0.5%"` is a
   * percentage of the total weight.
   */
  minWidth: number | string;
  /** Image width in pixels. */
  width: number;
  /** Height of one frame row in pixels. */
  frameHeight: number;
  /** Font size of frame labels in pixels. */
  fontSize: number;
  /** Icicle graph: root at the top, callees below. */
  inverted: boolean;
  /** Palette: `python` (families by frame kind), `hot` (flamegraph.pl classic), `mono`. */
  colors: FlameGraphPalette;
  /** What the weights count, shown in tooltips. */
  countName: string;
}

/** The one place where defaults live. */
export const DEFAULT_FLAME_GRAPH_OPTIONS: Readonly<FlameGraphOptions> = Object.freeze({
  title: 'Flame Graph',
  subtitle: '',
  minWidth: 0.1,
  width: 1200,
  frameHeight: 16,
  fontSize: 12,
  inverted: false,
  colors: 'python',
  countName: 'samples',
});

/** Name of the root frame that spans the whole profile (flamegraph.pl's name too). */
export const ROOT_FRAME_NAME = 'all';

/** Horizontal padding left and right of the frame area, px. */
const XPAD = 10;
/** Gap between frame rows, px (flamegraph.pl's framepad). */
const FRAME_PAD = 1;
/** Average glyph width as a fraction of the font size, for label truncation (flamegraph.pl's value). */
const FONT_WIDTH = 0.59;
/** Fill of frames that match a search. */
const SEARCH_HIGHLIGHT = 'rgb(230,0,230)';

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

/** A frame placed in the image. */
export interface FlameFrameBox extends FlameFrame {
  /** Index of this frame in the flowed columns it was placed from (flowColumns); `parent` refers to the kept list. */
  flowIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlameGraphLayout {
  /** Frames kept after pruning, parents before children, siblings in byte order of their stacks. */
  frames: FlameFrameBox[];
  total: number;
  /** Deepest kept depth (0 when only the root is left). */
  maxDepth: number;
  /**
   * Frames left out because they were narrower than `minWidth`. Counted by layoutFlameGraph;
   * undefined in the renderers' layouts (the count costs a walk over every frame of the full flow).
   */
  prunedFrames: number | undefined;
  imageWidth: number;
  imageHeight: number;
  /** Top and bottom of the frame area, px. */
  plotTop: number;
  plotBottom: number;
}

/** Fills in defaults and checks values, so errors name the option instead of producing a broken SVG. */
export function resolveFlameGraphOptions(options: Partial<FlameGraphOptions> = {}): FlameGraphOptions {
  const resolved: FlameGraphOptions = { ...DEFAULT_FLAME_GRAPH_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  if (!Number.isFinite(resolved.width) || resolved.width < 2 * XPAD + 10) {
    throw new Error(`Flame graph width must be a number of pixels ≥ ${2 * XPAD + 10}, got ${String(resolved.width)}.`);
  }
  if (!Number.isFinite(resolved.frameHeight) || resolved.frameHeight < 4) {
    throw new Error(`Flame graph frameHeight must be ≥ 4 pixels, got ${String(resolved.frameHeight)}.`);
  }
  if (!Number.isFinite(resolved.fontSize) || resolved.fontSize < 4) {
    throw new Error(`Flame graph fontSize must be ≥ 4 pixels, got ${String(resolved.fontSize)}.`);
  }
  if (!FLAME_GRAPH_PALETTES.includes(resolved.colors)) {
    throw new Error(`Unknown flame graph palette '${String(resolved.colors)}'. Use one of: ${FLAME_GRAPH_PALETTES.join(', ')}.`);
  }
  parseMinWidth(resolved.minWidth, 1, 1); // validates
  return resolved;
}

/**
 * Converts `minWidth` to a weight: frames lighter than this are pruned. `pixelsPerSample` is the
 * horizontal scale of the image.
 */
export function parseMinWidth(minWidth: number | string, total: number, pixelsPerSample: number): number {
  if (typeof minWidth === 'number') {
    if (!Number.isFinite(minWidth) || minWidth < 0) throw new Error(`minWidth must be ≥ 0 pixels, got ${minWidth}.`);
    return pixelsPerSample > 0 ? minWidth / pixelsPerSample : 0;
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%|px)?\s*$/.exec(minWidth);
  if (!match) throw new Error(`minWidth must be pixels (e.g. 0.1) or a percentage (e.g. "0.5%"), got '${minWidth}'.`);
  const value = Number(match[1]);
  if (match[2] === '%') return (total * value) / 100;
  return pixelsPerSample > 0 ? value / pixelsPerSample : 0;
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

/** Sorted stacks with a positive weight, and what each shares with the one before. */
interface SortedStacks {
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
  total: number;
}

function sortStacks(stacks: FoldedStacks): SortedStacks {
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
 * flamegraph.pl's `flow`: walks the stacks in byte order and merges each stack's common prefix
 * with the previous one; frames that differ are closed (their width is now known) and new ones
 * opened at the current offset.
 *
 * Differences: flamegraph.pl splits every stack and compares frame by frame; here the common
 * prefix is found by comparing characters with the previous stack and only the differing tail is
 * split (same result, much less allocation). flamegraph.pl collects nodes in a hash and emits them
 * in hash order; here frames are numbered when opened, which gives a deterministic pre-order
 * (parents before children) and lets each frame record its parent. Zero-weight stacks are skipped
 * (they would only add zero-width frames). Self weight is tracked per frame for the tooltips.
 *
 * With `prune`, before a frame is opened the stacks that continue it are summed (stopping as soon
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
  const minSamples = prune === undefined ? 0 : parseMinWidth(prune.minWidth, total, total > 0 ? prune.plotWidth / total : 0);
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
    let same = 0;
    while (same + 1 < open.length && continuesFrame(sorted, k, openEnd[same + 1]!)) same += 1;
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
    let same = 0;
    while (same + 1 < openEnd.length && continuesFrame(sorted, k, openEnd[same + 1]!)) same += 1;
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

/** The total `flowColumns(stacks).total` would report (positive weights summed in stack byte order), without flowing. */
export function flowTotal(stacks: FoldedStacks): number {
  return sumPositiveWeights(sortedStackKeys(stacks).map((stack) => stacks.get(stack) ?? 0));
}

function sumPositiveWeights(weights: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index]!;
    if (weight > 0) total += weight;
  }
  return total;
}

/** Name of frame `index` in flowed columns. */
export function nameOfColumn(columns: FlowColumns, index: number): string {
  const key = columns.key[index]!;
  return key < 0 ? ROOT_FRAME_NAME : columns.keys[key]!.slice(columns.nameStart[index], columns.nameEnd[index]);
}

function frameOfColumn(columns: FlowColumns, index: number): FlameFrame {
  return {
    name: nameOfColumn(columns, index),
    depth: columns.depth[index]!,
    start: columns.start[index]!,
    samples: columns.samples[index]!,
    self: columns.self[index]!,
    parent: columns.parent[index]!,
  };
}

/** All flowed frames as objects (pre-order; see flowColumns). Convenient for small profiles and tests. */
export function flowStacks(stacks: FoldedStacks): { frames: FlameFrame[]; total: number } {
  const columns = flowColumns(stacks);
  return { frames: listFlowFrames(columns), total: columns.total };
}

/** The frames of flowed columns as objects, index-aligned with the columns. */
export function listFlowFrames(columns: FlowColumns): FlameFrame[] {
  const frames: FlameFrame[] = [];
  for (let i = 0; i < columns.count; i += 1) frames.push(frameOfColumn(columns, i));
  return frames;
}

/** Vertical geometry shared by the layout and the SVG writer. */
interface VerticalLayout {
  titleY: number;
  subtitleY: number;
  controlsY: number;
  plotTop: number;
}

function computeTopPadding(options: FlameGraphOptions): VerticalLayout {
  const titleY = options.fontSize * 2;
  const subtitleY = titleY + options.fontSize + 6;
  const controlsY = (options.subtitle ? subtitleY : titleY) + options.fontSize + 6;
  return { titleY, subtitleY, controlsY, plotTop: controlsY + 8 };
}

/** Rows of legend text/swatches below the details line. */
export interface LegendSpec {
  lines: string[];
  swatches: LegendEntry[];
}

/** Places flowed frames in the image: widths ∝ weight, pruning frames narrower than `minWidth`. */
export function layoutFlameGraph(stacks: FoldedStacks, options: Partial<FlameGraphOptions> = {}): FlameGraphLayout {
  const resolved = resolveFlameGraphOptions(options);
  const flowOptions: FlowOptions = { ...flowOptionsFor(resolved), countPruned: true };
  return placeFrames(flowColumns(stacks, flowOptions), resolved, describePaletteLegend(resolved.colors));
}

/** Flow options that prune as the layout of `options` will (so pruned frames are never stored). */
export function flowOptionsFor(options: FlameGraphOptions): FlowOptions {
  return { prune: { minWidth: options.minWidth, plotWidth: options.width - 2 * XPAD } };
}

function placeFrames(columns: FlowColumns, options: FlameGraphOptions, legend: LegendSpec): FlameGraphLayout {
  const total = columns.total;
  const plotWidth = options.width - 2 * XPAD;
  const pixelsPerSample = total > 0 ? plotWidth / total : 0;
  const minSamples = parseMinWidth(options.minWidth, total, pixelsPerSample);
  // Pass 1: which frames survive pruning. A child is never wider than its parent, so pruning
  // never leaves orphans behind.
  const keptIndex = new Int32Array(columns.count).fill(-1);
  let keptCount = 0;
  let maxDepth = 0;
  if (total > 0) {
    const { samples: samplesOf, depth: depthOf, count } = columns;
    for (let i = 0; i < count; i += 1) {
      const samples = samplesOf[i]!;
      if (samples < minSamples || samples <= 0) continue;
      keptIndex[i] = keptCount;
      keptCount += 1;
      if (depthOf[i]! > maxDepth) maxDepth = depthOf[i]!;
    }
  }
  const prunedFrames = columns.pruned === undefined ? undefined : columns.pruned + columns.count - keptCount;
  const top = computeTopPadding(options);
  const plotBottom = top.plotTop + (maxDepth + 1) * options.frameHeight;
  const legendRows = legend.lines.length + countSwatchRows(legend.swatches, options);
  const imageHeight = plotBottom + options.fontSize + 12 + legendRows * (options.fontSize + 8) + 6;
  const rowHeight = options.frameHeight - FRAME_PAD;
  // Pass 2: geometry; parent indices are renumbered for the kept list.
  const boxes: FlameFrameBox[] = [];
  for (let i = 0; i < columns.count; i += 1) {
    if (keptIndex[i]! < 0) continue;
    const depth = columns.depth[i]!;
    const start = columns.start[i]!;
    const samples = columns.samples[i]!;
    const flowParent = columns.parent[i]!;
    const y = options.inverted ? top.plotTop + depth * options.frameHeight : plotBottom - (depth + 1) * options.frameHeight + FRAME_PAD;
    boxes.push({
      name: nameOfColumn(columns, i),
      depth,
      start,
      samples,
      self: columns.self[i]!,
      parent: flowParent >= 0 ? keptIndex[flowParent]! : -1,
      flowIndex: i,
      x: XPAD + start * pixelsPerSample,
      y,
      width: samples * pixelsPerSample,
      height: rowHeight,
    });
  }
  return { frames: boxes, total, maxDepth, prunedFrames, imageWidth: options.width, imageHeight, plotTop: top.plotTop, plotBottom };
}

function describePaletteLegend(palette: FlameGraphPalette): LegendSpec {
  return { lines: [], swatches: describePalette(palette) };
}

/**
 * Text shown inside a frame: the whole name if it fits, else as many characters as fit minus two
 * followed by `..` (flamegraph.pl's rule); nothing when fewer than 3 characters fit.
 */
export function fitLabel(name: string, width: number, fontSize: number): string {
  const chars = Math.floor(width / (fontSize * FONT_WIDTH));
  if (chars < 3) return '';
  if (name.length <= chars) return name;
  return `${name.substring(0, chars - 2)}..`;
}

/** Renders one flame graph as a self-contained interactive SVG. */
export function renderFlameGraph(stacks: FoldedStacks, options: Partial<FlameGraphOptions> = {}): string {
  const resolved = resolveFlameGraphOptions(options);
  const flowed = flowColumns(stacks, flowOptionsFor(resolved));
  const total = flowed.total;
  const colorCache = new Map<string, string>(); // names repeat across paths; hash each once
  return renderFlowedFlameGraph(flowed, resolved, {
    legend: describePaletteLegend(resolved.colors),
    fillFrame: (frame) => {
      const name = frame.depth === 0 ? '[all]' : frame.name;
      let color = colorCache.get(name);
      if (color === undefined) {
        color = pickFrameColor(name, resolved.colors);
        colorCache.set(name, color);
      }
      return color;
    },
    describeFrame: (frame) =>
      `${frame.name} (${formatWeight(frame.samples)} ${resolved.countName}, ${formatPercent(frame.samples, total)}%, self ${formatPercent(frame.self, total)}%)`,
  }).svg;
}

/** How the SVG writer colours and describes frames (the plain and the diff graph differ here). */
export interface FrameStyle {
  legend: LegendSpec;
  fillFrame: (frame: FlameFrameBox) => string;
  /** Tooltip and hover text of a frame. */
  describeFrame: (frame: FlameFrameBox) => string;
}

/** Lays out and writes a graph given a flow result; shared with the diff renderer. */
export function renderFlowedFlameGraph(
  flowed: FlowColumns,
  options: FlameGraphOptions,
  style: FrameStyle,
): { svg: string; layout: FlameGraphLayout } {
  const layout = placeFrames(flowed, options, style.legend);
  return { svg: writeFlameGraphSvg(layout, options, style), layout };
}

function writeFlameGraphSvg(layout: FlameGraphLayout, options: FlameGraphOptions, style: FrameStyle): string {
  const { imageWidth: width, imageHeight: height } = layout;
  const top = computeTopPadding(options);
  const fontSize = options.fontSize;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
  out.push(
    `<svg version="1.1" id="pfg-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg" data-total="${formatWeight(layout.total)}" data-count-name="${escapeXml(options.countName)}">`,
  );
  out.push('<style type="text/css"><![CDATA[');
  out.push(`text { font-family: Verdana, "DejaVu Sans", "Bitstream Vera Sans", sans-serif; font-size: ${fontSize}px; fill: rgb(0,0,0); }`);
  out.push(`#pfg-title { font-size: ${fontSize + 5}px; text-anchor: middle; }`);
  out.push('#pfg-subtitle { fill: rgb(80,80,80); text-anchor: middle; }');
  out.push('#pfg-search, #pfg-matched { text-anchor: end; }');
  out.push('.pfg-control { cursor: pointer; fill: rgb(20,60,170); }');
  out.push('.frame { cursor: pointer; }');
  out.push('.frame rect { rx: 2px; ry: 2px; }');
  out.push('.frame text { pointer-events: none; }');
  out.push('.frame:hover rect { stroke: rgb(0,0,0); stroke-width: 0.5; }');
  out.push('.pfg-hide { display: none; }');
  out.push('.pfg-parent { opacity: 0.5; }');
  out.push(']]></style>');
  out.push('<defs>');
  out.push('<linearGradient id="pfg-background" y1="0" y2="1" x1="0" x2="0">');
  out.push('<stop stop-color="rgb(248,248,248)" offset="5%"/>');
  out.push('<stop stop-color="rgb(238,238,222)" offset="95%"/>');
  out.push('</linearGradient>');
  out.push('</defs>');
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="url(#pfg-background)"/>`);
  out.push(`<text id="pfg-title" x="${formatCoord(width / 2)}" y="${top.titleY}">${escapeXml(options.title)}</text>`);
  if (options.subtitle) {
    out.push(`<text id="pfg-subtitle" x="${formatCoord(width / 2)}" y="${top.subtitleY}">${escapeXml(options.subtitle)}</text>`);
  }
  out.push(`<text id="pfg-unzoom" class="pfg-control pfg-hide" x="${XPAD}" y="${top.controlsY}">Reset Zoom</text>`);
  out.push(`<text id="pfg-search" class="pfg-control" x="${width - XPAD}" y="${top.controlsY}">Search</text>`);
  out.push('<g id="pfg-frames">');
  const textOffset = (options.frameHeight - FRAME_PAD) / 2 + fontSize / 3;
  // Names repeat across paths and rows repeat across frames: escape and format each once.
  const escapedNames = new Map<string, { clean: string; escaped: string }>();
  const rowCoords = new Map<number, string>();
  for (const frame of layout.frames) {
    let cached = escapedNames.get(frame.name);
    if (cached === undefined) {
      const clean = stripInvalidXmlChars(frame.name);
      cached = { clean, escaped: escapeXml(clean) };
      escapedNames.set(frame.name, cached);
    }
    let row = rowCoords.get(frame.y);
    if (row === undefined) {
      row = formatCoord(frame.y);
      rowCoords.set(frame.y, row);
    }
    const name = cached.clean;
    const label = fitLabel(name, frame.width, fontSize);
    const text =
      label === ''
        ? ''
        : `<text x="${formatCoord(frame.x + 3)}" y="${formatCoord(frame.y + textOffset)}">${label === name ? cached.escaped : escapeXml(label)}</text>`;
    out.push(
      `<g class="frame" data-name="${cached.escaped}" data-samples="${formatWeight(frame.samples)}" data-start="${formatWeight(frame.start)}"><title>${escapeDescription(style.describeFrame(frame), frame.name, cached.escaped)}</title><rect x="${formatCoord(frame.x)}" y="${row}" width="${formatCoord(frame.width)}" height="${formatCoord(frame.height)}" fill="${style.fillFrame(frame)}"/>${text}</g>`,
    );
  }
  out.push('</g>');
  if (layout.total <= 0) {
    out.push(`<text id="pfg-empty" x="${formatCoord(width / 2)}" y="${formatCoord(layout.plotTop + fontSize)}" text-anchor="middle">No ${escapeXml(options.countName)} in this profile.</text>`);
  }
  const detailsY = layout.plotBottom + fontSize + 8;
  out.push(`<text id="pfg-details" x="${XPAD}" y="${detailsY}"> </text>`);
  out.push(`<text id="pfg-matched" x="${width - XPAD}" y="${detailsY}"> </text>`);
  out.push(...writeLegend(style.legend, options, width, detailsY + 6));
  const config: FlameGraphScriptConfig = {
    total: layout.total,
    xpad: XPAD,
    plotWidth: width - 2 * XPAD,
    fontSize,
    fontWidth: FONT_WIDTH,
    inverted: options.inverted,
    highlight: SEARCH_HIGHLIGHT,
  };
  out.push('<script type="text/ecmascript"><![CDATA[');
  out.push(buildFlameGraphScript(serializeScriptJson(config)));
  out.push(']]></script>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * `escapeXml(description)`, reusing the escaped frame name when the description starts with it
 * (descriptions are `NAME (numbers…)`; the text after the name starts with a space, so escaping the
 * two parts separately gives the same result).
 */
function escapeDescription(description: string, name: string, escapedName: string): string {
  if (description.length > name.length && description.charCodeAt(name.length) === 0x20 && description.startsWith(name)) {
    return escapedName + escapeXml(description.slice(name.length));
  }
  return escapeXml(description);
}

const SWATCH_GAP = 18;

function swatchWidth(entry: LegendEntry, options: FlameGraphOptions): number {
  return options.fontSize + 4 + entry.label.length * options.fontSize * FONT_WIDTH + SWATCH_GAP;
}

function countSwatchRows(swatches: LegendEntry[], options: FlameGraphOptions): number {
  if (swatches.length === 0) return 0;
  let rows = 1;
  let x = XPAD;
  for (const entry of swatches) {
    const w = swatchWidth(entry, options);
    if (x > XPAD && x + w > options.width - XPAD) {
      rows += 1;
      x = XPAD;
    }
    x += w;
  }
  return rows;
}

function writeLegend(legend: LegendSpec, options: FlameGraphOptions, width: number, top: number): string[] {
  const out: string[] = ['<g id="pfg-legend">'];
  const rowHeight = options.fontSize + 8;
  let y = top;
  for (const line of legend.lines) {
    out.push(`<text x="${XPAD}" y="${formatCoord(y + options.fontSize)}">${escapeXml(line)}</text>`);
    y += rowHeight;
  }
  let x = XPAD;
  for (const entry of legend.swatches) {
    const w = swatchWidth(entry, options);
    if (x > XPAD && x + w > width - XPAD) {
      x = XPAD;
      y += rowHeight;
    }
    out.push(`<rect x="${formatCoord(x)}" y="${formatCoord(y + 2)}" width="${options.fontSize}" height="${options.fontSize}" rx="2" ry="2" fill="${entry.color}"/>`);
    out.push(`<text x="${formatCoord(x + options.fontSize + 4)}" y="${formatCoord(y + options.fontSize)}">${escapeXml(entry.label)}</text>`);
    x += w;
  }
  out.push('</g>');
  return out;
}

/** Coordinates with two decimals, trailing zeros dropped ("12", "12.5", "12.25"). */
export function formatCoord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/** Weights: integers as is, fractional weights (periods) to at most 6 decimals. */
export function formatWeight(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** `part` as a percentage of `total` with two decimals ("0.00" for an empty total). */
export function formatPercent(part: number, total: number): string {
  return total > 0 ? ((100 * part) / total).toFixed(2) : '0.00';
}
