/**
 * The frames each view keeps of a sample's stack, root first.
 *
 * - mixed: every frame.
 * - python: when the sample has a Python frame,
 *   - the native frames above (rootward of) its outermost Python frame — process start-up such
 *     as `_start`, `__libc_start_main`, `Py_BytesMain` — are dropped;
 *   - below it, Python frames and native frames outside the interpreter (C extensions, libc,
 *     libz, kernel) stay where they were, under the Python frame that called them;
 *   - the interpreter's own C functions (DSO `libpythonX…` or the `pythonX.Y` executable) are
 *     kept or dropped by their role (fold-interpreter-frames.ts): machinery (eval loop, call
 *     glue, trampolines, imports) is dropped, so its time is the Python caller's own time;
 *     work (`builtin_sum`, `sre_ucs1_match`, `list_sort`, `dict_get`, …) stays as a native frame
 *     under its Python caller; runtime (allocator, deallocators, GC, eval breaker, GIL) stays
 *     below the innermost Python frame and is dropped above it, where it would only stand
 *     between a Python frame and the Python code it triggered (`__del__`, a weakref callback).
 *   A sample without any Python frame keeps its frames exactly as in the mixed view, so start-up
 *   and shutdown time stay visible.
 */
import { FrameOrigin } from './fold-frame-classification.js';
import type { FrameInfo } from './fold-frame-table.js';

/** Appends to `kept` the ids of the frames a view keeps of `ids` (leaf first), root first. */
export type ViewFrames = (kept: number[], ids: Int32Array, frames: readonly FrameInfo[]) => void;

export const appendMixedViewFrames: ViewFrames = (kept, ids) => {
  for (let index = ids.length - 1; index >= 0; index -= 1) kept.push(ids[index] as number);
};

export const appendPythonViewFrames: ViewFrames = (kept, ids, frames) => {
  let outermostPython = -1;
  let innermostPython = -1;
  for (let index = 0; index < ids.length; index += 1) {
    if ((frames[ids[index] as number] as FrameInfo).origin !== FrameOrigin.Python) continue;
    if (innermostPython < 0) innermostPython = index;
    outermostPython = index;
  }
  if (outermostPython < 0) {
    appendMixedViewFrames(kept, ids, frames);
    return;
  }
  for (let index = outermostPython; index >= 0; index -= 1) {
    const id = ids[index] as number;
    const origin = (frames[id] as FrameInfo).origin;
    if (origin === FrameOrigin.InterpreterMachinery) continue;
    if (origin === FrameOrigin.InterpreterRuntime && index > innermostPython) continue;
    kept.push(id);
  }
};
