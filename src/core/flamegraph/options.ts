/**
 * Options of the flame graph renderers: their defaults, the checks every renderer runs first, and
 * the conversion of `minWidth` (pixels or a percentage) to a weight.
 */

import { FLAME_GRAPH_PALETTES, type FlameGraphPalette } from './colors.js';
import { XPAD } from './geometry.js';

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
  parseMinWidth(resolved.minWidth, { total: 1, pixelsPerSample: 1 }); // validates
  return resolved;
}

/** The horizontal scale a `minWidth` is converted with. */
export interface MinWidthScale {
  /** Total weight of the profile (for percentages). */
  total: number;
  /** Pixels per unit of weight (for pixel widths); 0 for an empty profile. */
  pixelsPerSample: number;
}

/** Converts `minWidth` to a weight: frames lighter than this are pruned. */
export function parseMinWidth(minWidth: number | string, scale: MinWidthScale): number {
  const { total, pixelsPerSample } = scale;
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
