/**
 * The legend below a flame graph's details line: lines of text, then colour swatches that wrap
 * onto as many rows as the image width needs. flamegraph.pl draws no legend; the layout asks how
 * many rows it takes (to size the image) and the SVG writer draws it.
 */

import { escapeXml } from '../xml-escape.js';
import { describePalette, type FlameGraphPalette } from './colors.js';
import { FONT_WIDTH, formatCoord, XPAD } from './geometry.js';
import type { FlameGraphOptions } from './options.js';

export interface LegendEntry {
  /** Swatch colour, `rgb(r,g,b)`. */
  color: string;
  label: string;
}

/** Rows of legend text/swatches below the details line. */
export interface LegendSpec {
  lines: string[];
  swatches: LegendEntry[];
}

/** The legend of a plain flame graph: the palette's swatches, no text. */
export function describePaletteLegend(palette: FlameGraphPalette): LegendSpec {
  return { lines: [], swatches: describePalette(palette) };
}

/** Horizontal space between one swatch's label and the next swatch, px. */
const SWATCH_GAP = 18;

/** Width a swatch takes with its label and the gap after it, px. */
function measureSwatch(entry: LegendEntry, options: FlameGraphOptions): number {
  return options.fontSize + 4 + entry.label.length * options.fontSize * FONT_WIDTH + SWATCH_GAP;
}

/** Rows of the image the swatches wrap onto (0 without swatches). */
export function countSwatchRows(swatches: LegendEntry[], options: FlameGraphOptions): number {
  if (swatches.length === 0) return 0;
  let rows = 1;
  let x = XPAD;
  for (const entry of swatches) {
    const w = measureSwatch(entry, options);
    if (x > XPAD && x + w > options.width - XPAD) {
      rows += 1;
      x = XPAD;
    }
    x += w;
  }
  return rows;
}

/** SVG lines of the legend, starting at `top` px; wraps swatches as countSwatchRows counted. */
export function writeLegend(legend: LegendSpec, options: FlameGraphOptions, top: number): string[] {
  const out: string[] = ['<g id="pfg-legend">'];
  const rowHeight = options.fontSize + 8;
  let y = top;
  for (const line of legend.lines) {
    out.push(`<text x="${XPAD}" y="${formatCoord(y + options.fontSize)}">${escapeXml(line)}</text>`);
    y += rowHeight;
  }
  let x = XPAD;
  for (const entry of legend.swatches) {
    const w = measureSwatch(entry, options);
    if (x > XPAD && x + w > options.width - XPAD) {
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
