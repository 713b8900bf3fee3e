import { splitPythonFrameName } from '../../src/core/python-frame-names.js';

/** The Python functions of a folded stack, root first: `py::recurse:…/recursion.py` → `recurse`. */
export function listPythonFunctions(stack: string): string[] {
  return stack.split(';').flatMap((frame) => {
    const python = splitPythonFrameName(frame);
    if (python) return [python.qualname];
    return frame.startsWith('py::') ? [frame.slice(4)] : [];
  });
}
