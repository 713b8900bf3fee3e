/**
 * The frames each view keeps of a sample's stack, root first.
 *
 * - mixed: every frame.
 * - python: frames of the interpreter itself (DSO `libpythonX…` or the `pythonX.Y` executable:
 *   eval loop, vectorcall glue, trampolines, dict internals, …) are dropped; Python frames and
 *   every other native frame (C extensions, libc, libz, kernel) stay where they were, below the
 *   Python frame that called them. When the sample has a Python frame, the native frames above
 *   (rootward of) its outermost Python frame — process start-up such as `_start`,
 *   `__libc_start_main`, `Py_BytesMain` — are dropped. A sample without any Python frame keeps
 *   its frames exactly as in the mixed view, so start-up and shutdown time stay visible.
 */
import { FrameOrigin } from './fold-frame-classification.js';
import type { FrameInfo } from './fold-frame-table.js';

/** Appends to `names` the folded names of the frames a view keeps of `ids` (leaf first), root first. */
export type ViewFrames = (names: string[], ids: Int32Array, frames: readonly FrameInfo[]) => void;

export const appendMixedViewFrames: ViewFrames = (names, ids, frames) => {
  for (let index = ids.length - 1; index >= 0; index -= 1) names.push((frames[ids[index] as number] as FrameInfo).name);
};

export const appendPythonViewFrames: ViewFrames = (names, ids, frames) => {
  let outermostPython = ids.length - 1;
  while (outermostPython >= 0 && (frames[ids[outermostPython] as number] as FrameInfo).origin !== FrameOrigin.Python) outermostPython -= 1;
  if (outermostPython < 0) {
    appendMixedViewFrames(names, ids, frames);
    return;
  }
  for (let index = outermostPython; index >= 0; index -= 1) {
    const info = frames[ids[index] as number] as FrameInfo;
    if (info.origin !== FrameOrigin.Interpreter) names.push(info.name);
  }
};
