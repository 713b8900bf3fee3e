/**
 * The layout stage of a flame graph: places flowed frames in the image (x and width ∝ weight, one
 * row per depth, callees above callers or below them in an icicle graph), leaves out frames
 * narrower than `minWidth`, sizes the image, and fits labels into frames, as flamegraph.pl does.
 */

import type { FoldedStacks } from '../folded.js';
import { FONT_WIDTH, FRAME_PAD, computeHeadingRows, XPAD } from './geometry.js';
import { flowColumns, readColumnName, type FlameFrame, type FlowColumns, type FlowOptions } from './flow.js';
import { countSwatchRows, describePaletteLegend, type LegendSpec } from './legend.js';
import { parseMinWidth, resolveFlameGraphOptions, type FlameGraphOptions } from './options.js';

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

/** Places flowed frames in the image: widths ∝ weight, pruning frames narrower than `minWidth`. */
export function layoutFlameGraph(stacks: FoldedStacks, options: Partial<FlameGraphOptions> = {}): FlameGraphLayout {
  const resolved = resolveFlameGraphOptions(options);
  const flowOptions: FlowOptions = { ...deriveFlowOptions(resolved), countPruned: true };
  return placeFrames(flowColumns(stacks, flowOptions), resolved, describePaletteLegend(resolved.colors));
}

/** Flow options that prune as the layout of `options` will (so pruned frames are never stored). */
export function deriveFlowOptions(options: FlameGraphOptions): FlowOptions {
  return { prune: { minWidth: options.minWidth, plotWidth: options.width - 2 * XPAD } };
}

/**
 * Lays out flowed columns; `legend` is only measured (its rows make the image taller).
 *
 * Difference: flamegraph.pl's bottom padding (`$ypad2`) holds only the details line; here it also
 * holds the legend rows.
 */
export function placeFrames(columns: FlowColumns, options: FlameGraphOptions, legend: LegendSpec): FlameGraphLayout {
  const total = columns.total;
  const plotWidth = options.width - 2 * XPAD;
  const pixelsPerSample = total > 0 ? plotWidth / total : 0;
  const minSamples = parseMinWidth(options.minWidth, { total, pixelsPerSample });
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
  const headings = computeHeadingRows(options);
  const plotBottom = headings.plotTop + (maxDepth + 1) * options.frameHeight;
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
    const y = options.inverted ? headings.plotTop + depth * options.frameHeight : plotBottom - (depth + 1) * options.frameHeight + FRAME_PAD;
    boxes.push({
      name: readColumnName(columns, i),
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
  return { frames: boxes, total, maxDepth, prunedFrames, imageWidth: options.width, imageHeight, plotTop: headings.plotTop, plotBottom };
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
