/**
 * Fixed geometry of a flame graph image, shared by the option checks, the layout, the legend and
 * the SVG writer: paddings, font metrics, where the heading rows sit, and how coordinates are
 * written. Constants keep flamegraph.pl's names (`$xpad`, `$framepad`, `$fontwidth`) and values.
 */

import type { FlameGraphOptions } from './options.js';

/** Horizontal padding left and right of the frame area, px (flamegraph.pl's `$xpad`). */
export const XPAD = 10;
/** Gap between frame rows, px (flamegraph.pl's `$framepad`). */
export const FRAME_PAD = 1;
/** Average glyph width as a fraction of the font size, for label truncation (flamegraph.pl's `$fontwidth`). */
export const FONT_WIDTH = 0.59;

/** Vertical positions of the heading rows and the top of the frame area, px. */
export interface HeadingRows {
  titleY: number;
  subtitleY: number;
  /** Baseline of the Reset Zoom and Search controls. */
  controlsY: number;
  plotTop: number;
}

/**
 * Where the heading rows go for these options.
 *
 * Difference: flamegraph.pl pads the top with `$ypad1` (plus `$ypad3` with a subtitle) and puts
 * Reset Zoom and Search on the title row; here the controls get a row of their own below the
 * title (and subtitle), so a long title never runs into them.
 */
export function computeHeadingRows(options: Pick<FlameGraphOptions, 'fontSize' | 'subtitle'>): HeadingRows {
  const titleY = options.fontSize * 2;
  const subtitleY = titleY + options.fontSize + 6;
  const controlsY = (options.subtitle ? subtitleY : titleY) + options.fontSize + 6;
  return { titleY, subtitleY, controlsY, plotTop: controlsY + 8 };
}

/**
 * Coordinates to a tenth of a pixel, trailing zeros dropped ("12", "12.5"), as flamegraph.pl writes
 * them (`%.1f`); the flame graph's script (script.ts) rounds the same way when it zooms.
 */
export function formatCoord(value: number): string {
  // The same text as String(Math.round(value * 10) / 10), built from integers: a frame's x and
  // width are written for every frame, and integers convert much faster than fractions.
  const tenths = Math.round(value * 10);
  const digit = tenths % 10;
  if (digit === 0) return String(tenths / 10 + 0); // + 0 turns -0 into 0
  const magnitude = Math.abs(tenths);
  return `${tenths < 0 ? '-' : ''}${(magnitude - (magnitude % 10)) / 10}.${magnitude % 10}`;
}
