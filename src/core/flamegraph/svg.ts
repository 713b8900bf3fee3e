/**
 * The SVG writer of a flame graph, and renderFlameGraph, which runs the stages (options, flow,
 * layout) and writes the result.
 *
 * The SVG is self-contained (inline style and script, no external fonts or files), byte-identical
 * for the same input, and written one element per line (one line per frame) so golden diffs stay
 * readable.
 *
 * Difference: flamegraph.pl writes each frame as a `<g>` with a `<title>` sentence, the rect with
 * its fill and rounded corners, and a `<text>` (empty when no label fits). Here a frame is
 * `<g class="cN"><rect x y width height/></g>` plus a `<text>` only when a label fits: the fill
 * is a CSS class per distinct colour, the corners are CSS, and name, samples, start and self are
 * in the script's data (names once each; script.ts makes the tooltip on hover). The frames are the
 * same, the file about half as large. Coordinates have one decimal, as in flamegraph.pl.
 */

import { roundWeight, type FoldedStacks } from '../folded.js';
import { escapeXml, serializeScriptJson, stripInvalidXmlChars } from '../xml-escape.js';
import { pickFrameColor } from './colors.js';
import { flowColumns, type FlowColumns } from './flow.js';
import { FONT_WIDTH, FRAME_PAD, computeHeadingRows, formatCoord, XPAD } from './geometry.js';
import { labelFrame } from './label.js';
import { deriveFlowOptions, fitLabel, placeFrames, type FlameFrameBox, type FlameGraphLayout } from './layout.js';
import { describePaletteLegend, writeLegend, type LegendSpec } from './legend.js';
import { resolveFlameGraphOptions, type FlameGraphOptions } from './options.js';
import { buildFlameGraphScript, type FlameGraphScriptConfig } from './script.js';

/** Fill of frames that match a search. */
const SEARCH_HIGHLIGHT = 'rgb(230,0,230)';

/** Renders one flame graph as a self-contained interactive SVG. */
export function renderFlameGraph(stacks: FoldedStacks, options: Partial<FlameGraphOptions> = {}): string {
  const resolved = resolveFlameGraphOptions(options);
  const flowed = flowColumns(stacks, deriveFlowOptions(resolved));
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
  }).svg;
}

/** How the SVG writer colours and describes frames (the plain and the diff graph differ here). */
export interface FrameStyle {
  legend: LegendSpec;
  /** Fill colour, `rgb(r,g,b)`. */
  fillFrame: (frame: FlameFrameBox) => string;
  /**
   * Tooltip and hover text after the frame's name, e.g. the diff graph's `(own 1.00% → 2.00%, ×2.00; …)`. Without it
   * the script shows `(N samples, P%, self S%)`.
   */
  describeFrame?: (frame: FlameFrameBox) => string;
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
  const headings = computeHeadingRows(options);
  const fontSize = options.fontSize;
  const textOffset = (options.frameHeight - FRAME_PAD) / 2 + fontSize / 3;
  const frames = writeFrames(layout, { style, fontSize, textOffset, frameHeight: formatCoord(options.frameHeight - FRAME_PAD) });
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
  out.push(`<svg version="1.1" id="pfg-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  out.push('<style type="text/css"><![CDATA[');
  out.push(`text { font-family: Verdana, "DejaVu Sans", "Bitstream Vera Sans", sans-serif; font-size: ${fontSize}px; fill: rgb(0,0,0); }`);
  out.push(`#pfg-title { font-size: ${fontSize + 5}px; text-anchor: middle; }`);
  out.push('#pfg-subtitle { fill: rgb(80,80,80); text-anchor: middle; }');
  out.push('#pfg-search, #pfg-matched { text-anchor: end; }');
  out.push('.pfg-control { cursor: pointer; fill: rgb(20,60,170); }');
  out.push('#pfg-frames > g { cursor: pointer; }');
  out.push('#pfg-frames rect { rx: 2px; ry: 2px; }');
  out.push('#pfg-frames text { pointer-events: none; }');
  out.push('#pfg-frames > g:hover rect { stroke: rgb(0,0,0); stroke-width: 0.5; }');
  out.push(`#pfg-frames > g.pfg-match { fill: ${SEARCH_HIGHLIGHT}; }`);
  out.push('.pfg-hide { display: none; }');
  out.push('.pfg-parent { opacity: 0.5; }');
  // A frame's `<g>` carries its colour class; the rect inherits the fill, the label's own rule wins.
  frames.fills.forEach((fill, index) => out.push(`.c${index} { fill: ${fill}; }`));
  out.push(']]></style>');
  out.push('<defs>');
  out.push('<linearGradient id="pfg-background" y1="0" y2="1" x1="0" x2="0">');
  out.push('<stop stop-color="rgb(248,248,248)" offset="5%"/>');
  out.push('<stop stop-color="rgb(238,238,222)" offset="95%"/>');
  out.push('</linearGradient>');
  out.push('</defs>');
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="url(#pfg-background)"/>`);
  out.push(`<text id="pfg-title" x="${formatCoord(width / 2)}" y="${headings.titleY}">${escapeXml(options.title)}</text>`);
  if (options.subtitle) {
    out.push(`<text id="pfg-subtitle" x="${formatCoord(width / 2)}" y="${headings.subtitleY}">${escapeXml(options.subtitle)}</text>`);
  }
  out.push(`<text id="pfg-unzoom" class="pfg-control pfg-hide" x="${XPAD}" y="${headings.controlsY}">Reset Zoom</text>`);
  out.push(`<text id="pfg-search" class="pfg-control" x="${width - XPAD}" y="${headings.controlsY}">Search</text>`);
  out.push('<g id="pfg-frames">');
  if (frames.lines !== '') out.push(frames.lines);
  out.push('</g>');
  if (layout.total <= 0) {
    out.push(`<text id="pfg-empty" x="${formatCoord(width / 2)}" y="${formatCoord(layout.plotTop + fontSize)}" text-anchor="middle">No ${escapeXml(options.countName)} in this profile.</text>`);
  }
  const detailsY = layout.plotBottom + fontSize + 8;
  out.push(`<text id="pfg-details" x="${XPAD}" y="${detailsY}"> </text>`);
  out.push(`<text id="pfg-matched" x="${width - XPAD}" y="${detailsY}"> </text>`);
  out.push(...writeLegend(style.legend, options, detailsY + 6));
  // The data is JSON made safe by serializeScriptJson (no `<`, `>`, `&`): no CDATA needed.
  out.push(`<script type="application/json" id="pfg-data">${frames.dataJson}</script>`);
  const config: FlameGraphScriptConfig = {
    total: layout.total,
    countName: options.countName,
    xpad: XPAD,
    plotWidth: width - 2 * XPAD,
    fontSize,
    fontWidth: FONT_WIDTH,
    textOffset,
    inverted: options.inverted,
  };
  out.push('<script type="text/ecmascript"><![CDATA[');
  out.push(buildFlameGraphScript(serializeScriptJson(config)));
  out.push(']]></script>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A distinct frame name, prepared once (names repeat across call paths). */
interface NameEntry {
  /** Position in the data's `names`. */
  index: number;
  /** What the box shows when the whole label fits (labelFrame of the name without XML-illegal characters). */
  label: string;
  /** `label`, escaped for text. */
  escapedLabel: string;
  /** True when no prefix of `label` needs escaping (nor can end in half a surrogate pair). */
  plainLabel: boolean;
  /** The fill last given to a frame of this name and its class (frames of one name mostly share it). */
  fill: string;
  fillClass: string;
}

/** Frame lines joined into one string at a time (see writeFrames). */
const LINES_PER_BLOCK = 256;

/** Characters that make a cut label need escaping: markup, quotes, surrogates (a cut may split a pair). */
const NEEDS_ESCAPE = /[&<>"'\uD800-\uDFFF]/;

/** The frame lines, the fills their classes stand for, and the data of the script. */
interface WrittenFrames {
  /** One `<g>` per line (no trailing newline). */
  lines: string;
  /** Fill of class `cN` at index N. */
  fills: string[];
  dataJson: string;
}

/** Writes the frames and their data in one pass: each distinct name and fill is prepared once. */
function writeFrames(
  layout: FlameGraphLayout,
  options: { style: FrameStyle; fontSize: number; textOffset: number; frameHeight: string },
): WrittenFrames {
  const { style, fontSize, textOffset, frameHeight } = options;
  const { frames } = layout;
  const entries = new Map<string, NameEntry>();
  const names: string[] = [];
  const fillClasses = new Map<string, string>();
  const fills: string[] = [];
  // Rows repeat across frames: each depth's rect and label y is formatted once.
  const rectRows: string[] = [];
  const textRows: string[] = [];
  // Lines are joined a block at a time: a line is a tree of small strings until it is flattened,
  // and a whole graph's worth of those trees outliving the young generation costs more in garbage
  // collection than the writing itself.
  const blocks: string[] = [];
  let block: string[] = [];
  // Numbers go into the JSON by Array.join, which writes them as formatWeight would (roundWeight).
  const nameColumn = new Array<number>(frames.length);
  const samplesColumn = new Array<number>(frames.length);
  const startColumn = new Array<number>(frames.length);
  const selfColumn = new Array<number>(frames.length);
  const details: string[] | undefined = style.describeFrame ? new Array<string>(frames.length) : undefined;
  for (let i = 0; i < frames.length; i += 1) {
    const frame = frames[i]!;
    let entry = entries.get(frame.name);
    if (entry === undefined) {
      const clean = stripInvalidXmlChars(frame.name);
      const label = labelFrame(clean);
      entry = { index: names.length, label, escapedLabel: escapeXml(label), plainLabel: !NEEDS_ESCAPE.test(label), fill: '', fillClass: '' };
      entries.set(frame.name, entry);
      names.push(clean);
    }
    const fill = style.fillFrame(frame);
    if (fill !== entry.fill) {
      let fillClass = fillClasses.get(fill);
      if (fillClass === undefined) {
        fillClass = `c${fills.length}`;
        fillClasses.set(fill, fillClass);
        fills.push(fill);
      }
      entry.fill = fill;
      entry.fillClass = fillClass;
    }
    const depth = frame.depth;
    let row = rectRows[depth];
    if (row === undefined) {
      row = formatCoord(frame.y);
      rectRows[depth] = row;
      textRows[depth] = formatCoord(frame.y + textOffset);
    }
    const label = fitLabel(entry.label, frame.width, fontSize);
    const text =
      label === '' ? '' : `<text x="${formatCoord(frame.x + 3)}" y="${textRows[depth]!}">${label === entry.label ? entry.escapedLabel : entry.plainLabel ? label : escapeXml(label)}</text>`;
    block.push(`<g class="${entry.fillClass}"><rect x="${formatCoord(frame.x)}" y="${row}" width="${formatCoord(frame.width)}" height="${frameHeight}"/>${text}</g>`);
    if (block.length === LINES_PER_BLOCK) {
      blocks.push(block.join('\n'));
      block = [];
    }
    nameColumn[i] = entry.index;
    samplesColumn[i] = roundWeight(frame.samples);
    startColumn[i] = roundWeight(frame.start);
    selfColumn[i] = roundWeight(frame.self);
    if (details) details[i] = style.describeFrame!(frame);
  }
  const columns = [
    `"names":${serializeScriptJson(names)}`,
    `"name":[${nameColumn.join(',')}]`,
    `"samples":[${samplesColumn.join(',')}]`,
    `"start":[${startColumn.join(',')}]`,
    `"self":[${selfColumn.join(',')}]`,
  ];
  if (details) columns.push(`"details":${serializeScriptJson(details)}`);
  if (block.length > 0) blocks.push(block.join('\n'));
  return { lines: blocks.join('\n'), fills, dataJson: `{${columns.join(',')}}` };
}
