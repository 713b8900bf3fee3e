/**
 * Reads the frames back out of a rendered flame graph with a real XML parser (not regexes over our
 * own output): geometry and label from the `<g>` of each frame, fill from its colour class in the
 * `<style>`, name and numbers from the `#pfg-data` JSON the embedded script reads.
 */
import { XMLParser } from 'fast-xml-parser';
import type { FlameGraphData } from '../../src/core/flamegraph/script.js';

export interface ParsedFrame {
  name: string;
  samples: number;
  start: number;
  self: number;
  /** Tooltip text after the name when the renderer wrote one (the diff graph); else undefined. */
  details: string | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
  /** `rgb(r,g,b)`. */
  fill: string;
  label: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'g' || name === 'text' || name === 'rect' || name === 'script' });

export function parseFlameGraphFrames(svg: string): ParsedFrame[] {
  const doc = parser.parse(svg) as { svg: { g: Array<Record<string, unknown>>; script: Array<Record<string, unknown>> } };
  const framesGroup = doc.svg.g.find((g) => g.id === 'pfg-frames') as { g?: Array<Record<string, unknown>> } | undefined;
  const dataScript = doc.svg.script.find((script) => script.id === 'pfg-data');
  const data = JSON.parse(String(dataScript?.['#text'])) as FlameGraphData;
  const fills = new Map<string, string>();
  // The style is CDATA; its colour rules are one per line.
  for (const match of svg.matchAll(/^\.(c\d+) \{ fill: (rgb\(\d+,\d+,\d+\)); \}$/gm)) fills.set(match[1]!, match[2]!);
  const groups = framesGroup?.g ?? [];
  if (groups.length !== data.name.length) throw new Error(`${groups.length} frames drawn but ${data.name.length} in the data`);
  return groups.map((g, index) => {
    const rect = (g.rect as Array<Record<string, string>>)[0]!;
    const texts = (g.text as Array<Record<string, unknown> | string> | undefined) ?? [];
    const text = texts[0];
    const fill = fills.get(String(g.class));
    if (fill === undefined) throw new Error(`frame ${index} has class '${String(g.class)}', which has no fill`);
    return {
      name: data.names[data.name[index]!]!,
      samples: data.samples[index]!,
      start: data.start[index]!,
      self: data.self[index]!,
      details: data.details?.[index],
      x: Number(rect.x),
      y: Number(rect.y),
      width: Number(rect.width),
      height: Number(rect.height),
      fill,
      label: text === undefined ? '' : typeof text === 'string' ? text : String(text['#text'] ?? ''),
    };
  });
}
