/**
 * Which C functions of the CPython interpreter the python view keeps. Applies only to frames
 * whose DSO is the interpreter (`libpythonX.Y…` or the `pythonX.Y` executable,
 * `isInterpreterDso`); natives of extension modules, libc, the kernel, … are never looked up
 * here and always stay.
 *
 * Every C function of the interpreter is one of three roles (`InterpreterRole`):
 *
 * - **machinery** — the evaluation and call glue that sits between a Python frame and whatever it
 *   runs next (another Python function, a C function). The python view drops it, so its time
 *   counts as the Python caller's own time (what the eval loop did for that function), and
 *   consecutive Python frames stay adjacent. Exact names and prefixes in `MACHINERY_NAMES` /
 *   `MACHINERY_PREFIXES` below; also every `*@plt` stub, the process and thread roots
 *   (`_start` of the python executable; `classifyFrameOrigin` checks `isStackRootSymbol` before
 *   asking here), and frames perf could not name (`[unknown]` inside the interpreter: a
 *   stripped build would otherwise fill the view with `[libpython3.13.so]` between Python frames).
 * - **runtime** — memory allocation, reference-count deallocation, the garbage collector, the
 *   eval breaker and the GIL (`RUNTIME_NAMES` / `RUNTIME_PREFIXES` / `RUNTIME_SUFFIXES`). Real
 *   cost, so it is kept where it is the work being done: below the innermost Python frame (under
 *   the Python function or the C function that allocated, freed or collected). Above the
 *   innermost Python frame — a deallocation running `__del__`, a collection running a weakref
 *   callback or finalizer, the eval breaker running a signal handler — it is dropped like
 *   machinery, so the Python caller and the Python code it triggered stay adjacent.
 * - **work** — everything else: what a Python line called and its helpers. Builtins
 *   (`builtin_sum`, `builtin_sorted`, `builtin_len`, …; not `builtin_exec` / `builtin_eval` /
 *   `builtin___build_class__` / `builtin___import__`, which run Python code and are machinery),
 *   type methods (`list_sort`, `list_sort_impl`, `unicode_split`, `dict_get`, `_Py_dict_lookup`,
 *   …), the regex engine (`_sre_SRE_Pattern_match`, `sre_ucs1_match`, …), arithmetic reached
 *   from opcodes (`_PyLong_Add`, `float_add`, `PyNumber_Add`, …), attribute lookup, marshal, the
 *   compiler. Kept as native frames below their Python caller, wherever they are (a key function
 *   called by `sorted` stays under `builtin_sorted;list_sort_impl`, as a C extension calling back
 *   into Python does).
 *
 * Names are matched exactly or by prefix, never by substring (`PyObject_Call…` is machinery,
 * `PyObject_Calloc` is runtime and is checked first), after removing GCC's clone suffixes
 * (`.cold`, `.isra.0`, `.constprop.0`, `.part.0`, `.lto_priv.0`: a C name has no `.`).
 * The lists follow CPython 3.12–3.14's symbol names (seen in real 3.12 and 3.13 perf captures);
 * a static helper renamed by a later CPython falls back to work, which is visible and harmless.
 */
/** What an interpreter C function is to the python view (see the top of this file). */
export type InterpreterRole = 'machinery' | 'runtime' | 'work';

/** Machinery by exact name (after removing clone suffixes). */
export const MACHINERY_NAMES: ReadonlySet<string> = new Set([
  // Evaluation: the perf trampolines (with their per-call lookup of the code object's
  // trampoline) and the frame push/pop helpers of the eval loop.
  'py_trampoline_evaluator',
  '_Py_trampoline_func_start',
  '_Py_trampoline_func_end',
  'PyUnstable_Code_GetExtra',
  '_PyCode_GetExtra',
  'clear_thread_frame',
  'clear_gen_frame',
  // Calls.
  'object_vacall',
  'cfunction_call',
  'wrapper_call',
  'wrapperdescr_call',
  'call_unbound',
  'call_unbound_noarg',
  'call_attribute',
  'type_call',
  'method_call',
  'methoddescr_call',
  'classmethoddescr_call',
  'property_descr_get',
  'property_descr_set',
  // Generator and coroutine resumption from C (`sum(x for x in …)`, `list(gen)`, `"".join(gen)`).
  'gen_iternext',
  'coro_wrapper_iternext',
  // Start-up and thread entry (normally above the outermost Python frame, dropped anyway).
  'Py_RunMain',
  'Py_BytesMain',
  'Py_Main',
  'run_mod',
  'run_eval_code_obj',
  'exec_code_in_module',
  'main',
  'thread_run',
  'pythread_wrapper',
]);

/** Machinery by prefix. */
export const MACHINERY_PREFIXES: readonly string[] = [
  // Evaluation: `_PyEval_EvalFrameDefault`, `_PyEval_EvalFrame`, `_PyEval_Vector`,
  // `_PyEval_FrameClearAndPop`, 3.12's `_PyEvalFrameClearAndPop`, …; `PyEval_EvalCode(Ex)`,
  // `PyEval_EvalFrame(Ex)`, the old `PyEval_Call…` API; frame clearing; 3.14's tail-calling
  // opcode functions.
  '_PyEval',
  'PyEval_EvalCode',
  'PyEval_EvalFrame',
  'PyEval_Call',
  '_PyFrame_',
  '_TAIL_CALL_',
  // Calls: vectorcall and tp_call glue, bound methods, C-function and method-descriptor
  // trampolines, slot functions that call a Python dunder.
  'PyObject_Vectorcall',
  '_PyObject_Vectorcall',
  'PyVectorcall_',
  '_PyVectorcall_',
  '_PyFunction_Vectorcall',
  'PyObject_Call',
  '_PyObject_Call',
  '_PyObject_FastCall',
  '_PyObject_MakeTpCall',
  'method_vectorcall',
  'cfunction_vectorcall',
  'vectorcall_',
  'slot_tp_',
  'slot_nb_',
  'slot_sq_',
  'slot_mp_',
  'slot_am_',
  'slot_bf_',
  'gen_send',
  'gen_throw',
  '_gen_throw',
  // Code running: exec/eval, class bodies, imports.
  'builtin_exec',
  'builtin_eval',
  'builtin___build_class__',
  'builtin___import__',
  'PyImport_',
  'import_',
  // Start-up.
  'pymain_',
  '_PyRun_',
  'PyRun_',
];

/** Runtime by exact name (after removing clone suffixes). */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set([
  // Allocation (pymalloc and its entry points).
  'PyObject_Malloc',
  'PyObject_Calloc',
  'PyObject_Realloc',
  'PyObject_Free',
  '_PyObject_Malloc',
  '_PyObject_Calloc',
  '_PyObject_Realloc',
  '_PyObject_Free',
  'allocate_from_new_pool',
  'new_arena',
  'PyType_GenericAlloc',
  '_PyType_AllocNoTrack',
  // Reference counting.
  '_Py_NewReference',
  '_Py_Dealloc',
  // Garbage collector (tracking checks, collections).
  'PyObject_IS_GC',
  '_PyObject_IS_GC',
  '_Py_RunGC',
  '_Py_ScheduleGC',
  'visit_decref',
  'visit_reachable',
  'deduce_unreachable',
  'move_unreachable',
  // Eval breaker, signals, errors, GIL.
  '_Py_HandlePending',
  'PyErr_CheckSignals',
  '_PyErr_CheckSignalsTstate',
  'PyErr_Occurred',
  'take_gil',
  'drop_gil',
  'PyEval_RestoreThread',
  'PyEval_SaveThread',
  '_PyThreadState_Attach',
  '_PyThreadState_Detach',
]);

/** Runtime by prefix. */
export const RUNTIME_PREFIXES: readonly string[] = [
  'PyMem_',
  '_PyMem_',
  'pymalloc_',
  '_PyObject_New', // _PyObject_New, _PyObject_NewVar
  '_PyObject_GC_', // _PyObject_GC_New, _PyObject_GC_NewVar, _PyObject_GC_Link, …
  'PyObject_GC_', // PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, …
  'gc_', // gc_collect_main, gc_collect_region, … (Python/gc.c)
  '_PyGC_',
  'PyGC_',
];

/** Runtime by suffix: deallocators (`list_dealloc`, `tupledealloc`, `_PyFloat_ExactDealloc`) and GC traversal (`dict_traverse`). */
export const RUNTIME_SUFFIXES: readonly string[] = ['dealloc', 'Dealloc', '_traverse'];

/**
 * The role of interpreter symbol `symbol` (as perf printed it, without `+0x…` offset). Only for
 * frames in the interpreter's DSO.
 */
export function interpreterRole(symbol: string): InterpreterRole {
  if (symbol.length === 0 || symbol === '[unknown]' || symbol.endsWith('@plt')) return 'machinery';
  const name = baseName(symbol);
  if (RUNTIME_NAMES.has(name) || hasPrefix(name, RUNTIME_PREFIXES) || hasSuffix(name, RUNTIME_SUFFIXES)) return 'runtime';
  if (MACHINERY_NAMES.has(name) || hasPrefix(name, MACHINERY_PREFIXES)) return 'machinery';
  return 'work';
}

/** `symbol` without GCC clone suffixes (`.cold`, `.isra.0`, …) and symbol versions (`@…`). */
function baseName(symbol: string): string {
  let end = symbol.length;
  const dot = symbol.indexOf('.');
  if (dot > 0) end = dot;
  const at = symbol.indexOf('@');
  if (at > 0 && at < end) end = at;
  return end === symbol.length ? symbol : symbol.slice(0, end);
}

function hasPrefix(name: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (name.startsWith(prefix)) return true;
  return false;
}

function hasSuffix(name: string, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) if (name.endsWith(suffix)) return true;
  return false;
}
