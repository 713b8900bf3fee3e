/**
 * Names of frames in the folded stacks of the python and mixed views: Python frames
 * `py::<qualname>:<normalised path>` (python-frame-names.ts), kernel frames with `_[k]`
 * (stackcollapse's `--kernel`), `[unknown]` with a known DSO as `[<module>]` like stackcollapse's
 * `[<dso basename>]` but without version and ABI tags (`normaliseModuleName`), `;` inside a name
 * as `:`; other symbols as perf printed them, without the `+0x…` offset. (The one synthetic
 * frame, `TRUNCATED_FRAME`, is added by the folder itself.)
 */
import { isPythonFrameSymbol, normalisePythonFrameName, type PathNormalisationOptions } from './python-frame-names.js';

export interface FrameToName {
  /** Symbol without the `+0x…` offset. */
  symbol: string;
  dso: string;
  /** The DSO is kernel code (`isKernelDso`): the name gets `_[k]`. */
  inKernel: boolean;
  /** How Python source paths are rewritten. */
  paths: PathNormalisationOptions;
}

/** The folded name of one frame, by the rules at the top of this file. */
export function buildFrameName(frame: FrameToName): string {
  const { symbol, dso } = frame;
  let name: string;
  if (isPythonFrameSymbol(symbol)) {
    name = normalisePythonFrameName(symbol, frame.paths);
  } else if (symbol === '[unknown]' || symbol.length === 0) {
    name = dso.length === 0 || dso === '[unknown]' ? '[unknown]' : `[${normaliseModuleName(dso)}]`;
  } else {
    name = symbol;
  }
  if (name.includes(';')) name = name.replaceAll(';', ':');
  return frame.inKernel ? `${name}_[k]` : name;
}

/**
 * The module name shown for a native frame perf could not name: the DSO's basename without the
 * parts that differ between runners for the same code — the library version (`libz.so.1.2.13` →
 * `libz.so`) and CPython's ABI tag on extension modules (`_json.cpython-313-x86_64-linux-gnu.so`
 * → `_json.so`) — so profiles from different machines compare. (The compat view keeps
 * stackcollapse-perf.pl's exact `[basename]`.)
 */
export function normaliseModuleName(dso: string): string {
  return dso
    .slice(dso.lastIndexOf('/') + 1)
    .replace(/\.(?:cpython-[^.]+|abi3)\.so$/, '.so')
    .replace(/\.so(?:\.\d+)+$/, '.so');
}
