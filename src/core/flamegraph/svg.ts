/**
 * The SVG writer of a flame graph, and renderFlameGraph, which runs the stages (options, flow,
 * layout) and writes the result.
 *
 * The SVG is self-contained (inline style and script, no external fonts or files), byte-identical
 * for the same input, and written one element per line (one line per frame) so golden diffs stay
 * readable.
 */

import { formatWeight, type FoldedStacks } from '../folded.js';
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
      `${frame.name} (${formatWeight(frame.samples)} ${resolved.countName}, ${formatShareOfTotal(frame.samples, total)}%, self ${formatShareOfTotal(frame.self, total)}%)`,
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
  const headings = computeHeadingRows(options);
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
  out.push(`<text id="pfg-title" x="${formatCoord(width / 2)}" y="${headings.titleY}">${escapeXml(options.title)}</text>`);
  if (options.subtitle) {
    out.push(`<text id="pfg-subtitle" x="${formatCoord(width / 2)}" y="${headings.subtitleY}">${escapeXml(options.subtitle)}</text>`);
  }
  out.push(`<text id="pfg-unzoom" class="pfg-control pfg-hide" x="${XPAD}" y="${headings.controlsY}">Reset Zoom</text>`);
  out.push(`<text id="pfg-search" class="pfg-control" x="${width - XPAD}" y="${headings.controlsY}">Search</text>`);
  out.push('<g id="pfg-frames">');
  const textOffset = (options.frameHeight - FRAME_PAD) / 2 + fontSize / 3;
  // Names repeat across paths and rows repeat across frames: escape and format each once.
  const escapedNames = new Map<string, EscapedName>();
  const rowCoords = new Map<number, string>();
  for (const frame of layout.frames) {
    let cached = escapedNames.get(frame.name);
    if (cached === undefined) {
      const clean = stripInvalidXmlChars(frame.name);
      cached = { raw: frame.name, clean, escaped: escapeXml(clean) };
      escapedNames.set(frame.name, cached);
    }
    let row = rowCoords.get(frame.y);
    if (row === undefined) {
      row = formatCoord(frame.y);
      rowCoords.set(frame.y, row);
    }
    const label = fitLabel(labelFrame(cached.clean), frame.width, fontSize);
    const text = label === '' ? '' : `<text x="${formatCoord(frame.x + 3)}" y="${formatCoord(frame.y + textOffset)}">${label === cached.clean ? cached.escaped : escapeXml(label)}</text>`;
    out.push(
      `<g class="frame" data-name="${cached.escaped}" data-samples="${formatWeight(frame.samples)}" data-start="${formatWeight(frame.start)}"><title>${escapeDescription(style.describeFrame(frame), cached)}</title><rect x="${formatCoord(frame.x)}" y="${row}" width="${formatCoord(frame.width)}" height="${formatCoord(frame.height)}" fill="${style.fillFrame(frame)}"/>${text}</g>`,
    );
  }
  out.push('</g>');
  if (layout.total <= 0) {
    out.push(`<text id="pfg-empty" x="${formatCoord(width / 2)}" y="${formatCoord(layout.plotTop + fontSize)}" text-anchor="middle">No ${escapeXml(options.countName)} in this profile.</text>`);
  }
  const detailsY = layout.plotBottom + fontSize + 8;
  out.push(`<text id="pfg-details" x="${XPAD}" y="${detailsY}"> </text>`);
  out.push(`<text id="pfg-matched" x="${width - XPAD}" y="${detailsY}"> </text>`);
  out.push(...writeLegend(style.legend, options, detailsY + 6));
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

/** A frame name made safe for XML, once per distinct name. */
interface EscapedName {
  /** The name as in the profile. */
  raw: string;
  /** Without the characters XML forbids (what the label is cut from). */
  clean: string;
  /** `clean`, escaped for attributes and text. */
  escaped: string;
}

/**
 * `escapeXml(description)`, reusing the escaped frame name when the description starts with it
 * (descriptions are `NAME (numbers…)`; the text after the name starts with a space, so escaping the
 * two parts separately gives the same result).
 */
function escapeDescription(description: string, name: EscapedName): string {
  const { raw } = name;
  if (description.length > raw.length && description.charCodeAt(raw.length) === 0x20 && description.startsWith(raw)) {
    return name.escaped + escapeXml(description.slice(raw.length));
  }
  return escapeXml(description);
}

/** `part` as a percentage of `total` with two decimals ("0.00" for an empty total). */
function formatShareOfTotal(part: number, total: number): string {
  return total > 0 ? ((100 * part) / total).toFixed(2) : '0.00';
}
