/**
 * Frame colours for the flame graph: deterministic (a hash of the frame name, never randomness),
 * grouped into families by what kind of code a frame is, so a Python developer can tell their own
 * code from the interpreter, C extensions and the kernel at a glance.
 *
 * Like flamegraph.pl, the exact shade within a family comes from a hash of the name, so the same
 * function gets the same colour in every graph. Unlike flamegraph.pl (which hashes only the start
 * of the name and uses Perl's rand() for some palettes), the whole name is hashed with FNV-1a.
 */

import type { LegendEntry } from './legend.js';

/** Palettes: `python` colours by frame kind; `hot` is flamegraph.pl's classic; `mono` is greys. */
export type FlameGraphPalette = 'python' | 'hot' | 'mono';

export const FLAME_GRAPH_PALETTES: readonly FlameGraphPalette[] = ['python', 'hot', 'mono'];

/** What kind of code a frame is, as far as its name tells. */
export type FrameKind = 'python' | 'native' | 'interpreter' | 'kernel' | 'synthetic';

/**
 * CPython's own C functions that show up between Python frames (the eval loop, call machinery,
 * the perf trampoline, startup). Names starting `_Py`/`Py` + capital or `_` are the C API.
 */
const INTERPRETER_NAME =
  /^(?:_Py|Py[A-Z_]|py_trampoline|cfunction_|method_vectorcall|builtin_|object_vacall|vectorcall_|slot_tp_|run_mod$|run_eval_code_obj$|pymain_)/;

/**
 * Names the fold stage invents: `[truncated]`, `[unknown]`, `[vdso]`. A bracketed name with a dot is
 * an unsymbolised native library (`[libz.so]`, `[_json.so]`): native code, not synthetic.
 */
const SYNTHETIC_NAME = /^\[[^\].]*\]$/;

/** Classifies a frame name by the conventions of the fold stage (see src/core/folded.ts users). */
export function classifyFrame(name: string): FrameKind {
  if (name.startsWith('py::')) return 'python';
  if (name.endsWith('_[k]')) return 'kernel';
  // `_[j]` marks JIT-compiled code; under CPython that is Python code, so it shares the family.
  if (name.endsWith('_[j]')) return 'python';
  if (SYNTHETIC_NAME.test(name)) return 'synthetic';
  if (INTERPRETER_NAME.test(name)) return 'interpreter';
  return 'native';
}

/** [min, max] per channel for each family of the `python` palette. */
const FAMILY_RANGES: Record<FrameKind, readonly [readonly [number, number], readonly [number, number], readonly [number, number]]> = {
  python: [[50, 110], [170, 225], [110, 175]], // greens to teals
  native: [[230, 255], [125, 190], [30, 80]], // oranges
  interpreter: [[190, 215], [185, 205], [135, 160]], // muted khaki yellows/greys
  kernel: [[165, 195], [140, 170], [215, 240]], // lavender purples (not the diff graph's blue)
  synthetic: [[175, 200], [175, 200], [175, 200]], // greys
};

const FAMILY_LABELS: Record<FrameKind, string> = {
  python: 'Python',
  native: 'Native / C extension',
  interpreter: 'CPython interpreter',
  kernel: 'Kernel',
  synthetic: 'Synthetic ([truncated], [unknown])',
};

const FAMILY_ORDER: readonly FrameKind[] = ['python', 'native', 'interpreter', 'kernel', 'synthetic'];

/** Fill colour of a frame as `rgb(r,g,b)`, deterministic in the name and palette. */
export function pickFrameColor(name: string, palette: FlameGraphPalette): string {
  const hash = hashName(name);
  // Three independent-ish fractions in [0, 1) from different bits of the hash.
  const v1 = (hash & 0x3ff) / 1024;
  const v2 = ((hash >>> 10) & 0x3ff) / 1024;
  const v3 = ((hash >>> 20) & 0x3ff) / 1024;
  if (palette === 'hot') {
    // flamegraph.pl's "hot" ranges: red 205–255, green 0–230, blue 0–55.
    return formatRgb(205 + 50 * v3, 230 * v1, 55 * v2);
  }
  if (palette === 'mono') {
    const grey = 150 + 80 * v1;
    return formatRgb(grey, grey, grey);
  }
  const kind = classifyFrame(name);
  const [red, green, blue] = FAMILY_RANGES[kind];
  // Synthetic frames stay neutral grey: one fraction for all three channels.
  if (kind === 'synthetic') return formatRgb(mix(red, v1), mix(green, v1), mix(blue, v1));
  return formatRgb(mix(red, v1), mix(green, v2), mix(blue, v3));
}

/** Legend entries for a palette: one swatch per family for `python`, one explanatory entry otherwise. */
export function describePalette(palette: FlameGraphPalette): LegendEntry[] {
  if (palette === 'python') {
    return FAMILY_ORDER.map((kind) => {
      const [red, green, blue] = FAMILY_RANGES[kind];
      return { color: formatRgb(mix(red, 0.5), mix(green, 0.5), mix(blue, 0.5)), label: FAMILY_LABELS[kind] };
    });
  }
  const sample = palette === 'hot' ? formatRgb(230, 115, 27) : formatRgb(190, 190, 190);
  return [{ color: sample, label: 'Colour is a hash of the name (no meaning)' }];
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche so short names that differ in one character still spread over all bits.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function formatRgb(red: number, green: number, blue: number): string {
  return `rgb(${Math.round(red)},${Math.round(green)},${Math.round(blue)})`;
}

function mix(range: readonly [number, number], fraction: number): number {
  return range[0] + (range[1] - range[0]) * fraction;
}
