/**
 * What the folder needs to know about one frame, from its symbol and DSO alone:
 * - whether it is a process or thread root (a stack ending there is complete, see `TRUNCATED_FRAME`);
 * - which code it runs (`FrameOrigin`): a Python function, a C function of the CPython
 *   interpreter (work, runtime or machinery: fold-interpreter-frames.ts), or other native code —
 *   the python view drops the interpreter's machinery;
 * - whether it is kernel code (its folded name gets `_[k]`).
 */
import { interpreterRole } from './fold-interpreter-frames.js';
import { isPythonFrameSymbol } from './python-frame-names.js';

/**
 * Outermost frames that mean "this stack reaches the start of a process or thread":
 * - process entry: `_start`, `__start`, `_start_c` (musl), `__libc_start_main` (also versioned,
 *   e.g. `__libc_start_main@@GLIBC_2.34`), `__libc_start_call_main`;
 * - thread entry: `clone`, `clone3`, `__clone`, `__clone3`, `__clone_internal` and their glibc
 *   `__GI___…` aliases, `start_thread`, `thread_start`;
 * - kernel threads and idle CPUs: `ret_from_fork`, `ret_from_fork_asm`, `secondary_startup_64`,
 *   `secondary_startup_64_no_verify`, `common_startup_64`, `start_kernel`,
 *   `x86_64_start_kernel`, `x86_64_start_reservations`.
 */
export const STACK_ROOT_SYMBOLS: ReadonlySet<string> = new Set([
  '_start',
  '__start',
  '_start_c',
  '__libc_start_main',
  '__libc_start_call_main',
  'clone',
  'clone3',
  '__clone',
  '__clone3',
  '__clone_internal',
  '__GI___clone',
  '__GI___clone3',
  '__GI___clone_internal',
  'start_thread',
  'thread_start',
  'ret_from_fork',
  'ret_from_fork_asm',
  'secondary_startup_64',
  'secondary_startup_64_no_verify',
  'common_startup_64',
  'start_kernel',
  'x86_64_start_kernel',
  'x86_64_start_reservations',
]);

/** True when `symbol` (without offset) is a process/thread root; versioned names such as `__libc_start_main@@GLIBC_2.34` count. */
export function isStackRootSymbol(symbol: string): boolean {
  if (STACK_ROOT_SYMBOLS.has(symbol)) return true;
  const at = symbol.indexOf('@');
  return at > 0 && STACK_ROOT_SYMBOLS.has(symbol.slice(0, at));
}

/** True for the DSO of the CPython interpreter: `libpython3.13.so.1.0`, `python3.13`, `python3`, `python3.13d`, `python`. */
export function isInterpreterDso(dso: string): boolean {
  const base = dso.slice(dso.lastIndexOf('/') + 1);
  return /^libpython\d/.test(base) || /^python\d*(?:\.\d+)?[a-z]*$/.test(base);
}

const USER_PSEUDO_DSOS = new Set(['[unknown]', '[vdso]', '[vsyscall]', '[vectors]', '[uprobes]', '[heap]', '[stack]', '[anon]']);

/** True for kernel code: `[kernel.kallsyms]`, `[guest.kernel.kallsyms]`, a `[module]`, or a `vmlinux` image. */
export function isKernelDso(dso: string): boolean {
  if (dso.startsWith('[') && dso.endsWith(']')) return !USER_PSEUDO_DSOS.has(dso);
  return /(?:^|\/)vmlinux[^/]*$/.test(dso);
}

/** Which code a frame runs, as the python view sees it. */
export const FrameOrigin = {
  /** Anything outside the interpreter: C extensions, libc, libz, the kernel, JIT stubs. */
  Native: 0,
  /** A Python function (`py::…` symbol). */
  Python: 1,
  /** A C function of the interpreter doing work a Python line asked for (`builtin_sum`, `sre_ucs1_match`, `list_sort`, …). */
  InterpreterWork: 2,
  /** The interpreter's allocator, deallocators, GC, eval breaker, GIL. */
  InterpreterRuntime: 3,
  /** The interpreter's evaluation, call, import and start-up glue (`_PyEval_EvalFrameDefault`, `PyObject_Vectorcall`, …). */
  InterpreterMachinery: 4,
} as const;

export type FrameOrigin = (typeof FrameOrigin)[keyof typeof FrameOrigin];

/** True for the three interpreter origins. */
export function isInterpreterOrigin(origin: FrameOrigin): boolean {
  return origin >= FrameOrigin.InterpreterWork;
}

const ORIGIN_OF_ROLE = {
  work: FrameOrigin.InterpreterWork,
  runtime: FrameOrigin.InterpreterRuntime,
  machinery: FrameOrigin.InterpreterMachinery,
} as const;

/**
 * A `py::` symbol is Python code wherever it lives; any other symbol in the interpreter's DSO is
 * the interpreter, in the role fold-interpreter-frames.ts gives it (a process root there, such
 * as the executable's `_start`, is machinery); anything else is native.
 */
export function classifyFrameOrigin(frame: { symbol: string; inInterpreterDso: boolean }): FrameOrigin {
  if (isPythonFrameSymbol(frame.symbol)) return FrameOrigin.Python;
  if (!frame.inInterpreterDso) return FrameOrigin.Native;
  if (isStackRootSymbol(frame.symbol)) return FrameOrigin.InterpreterMachinery;
  return ORIGIN_OF_ROLE[interpreterRole(frame.symbol)];
}
