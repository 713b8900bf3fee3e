import { isPythonFrameSymbol, PYTHON_FRAME_PREFIX, splitPythonFrameName } from '../python-frame-names.js';

/**
 * What a frame's box shows: the name without what the colour and the tooltip already say — no
 * `py::` prefix and no `:file` for Python frames, no `_[k]` / `_[j]` annotation. The tooltip, the
 * search and `data-name` keep the full folded name. The flame graph's script (script.ts) applies
 * the same rule when a zoom re-fits the labels.
 */
export function labelFrame(name: string): string {
  const python = splitPythonFrameName(name);
  if (python) return python.qualname;
  if (isPythonFrameSymbol(name)) return name.slice(PYTHON_FRAME_PREFIX.length);
  if (name.endsWith('_[k]') || name.endsWith('_[j]')) return name.slice(0, -4);
  return name;
}
