/**
 * The Python side of child activation: a module that a `.pth` file in the interpreter's
 * site-packages imports at every start-up, so Python processes that a harness starts with a cleaned
 * environment (pyperf's workers keep only PATH and HOME) still get perf support — environment
 * variables such as PYTHON_PERF_JIT_SUPPORT never reach them.
 *
 * The hook does nothing unless its marker file exists and the process descends from the process
 * named in it (our recorder): other users of the same interpreter, and other jobs on the machine,
 * are left alone, and a `.pth` left behind by a crash stays inert once the marker is gone.
 *
 * What it does, by mode (measured with CPython 3.12.1 / 3.13.0, pyenv builds, perf 6.1):
 *  - `fp` / `dwarf`: `sys.activate_stack_trampoline("perf")` and PYTHONPERFSUPPORT=1 for descendants.
 *  - `perf-jit`: CPython has no runtime switch for the jitdump backend (`activate_stack_trampoline`
 *    accepts only "perf"), so a process without PYTHON_PERF_JIT_SUPPORT sets it and re-executes
 *    itself (`os.execv(sys.executable, sys.orig_argv)`; the pid stays, start-up is paid twice, about
 *    15 ms). The variable is set before the exec, so an isolated (`-I`) interpreter that ignores it
 *    does not loop. It also flushes C stdio before `os._exit`: CPython writes the jitdump with
 *    buffered I/O and multiprocessing's fork children end in `os._exit`, which lost the dump's tail
 *    (a child's dump ended at 8,192 bytes; its hot functions came out unnamed).
 *  - Every activated process appends its pid, parent pid and command line to the process log (no
 *    module import needed), so the report can name each process by its command line.
 * Limits: `python -S` (no site), embedded interpreters and frozen applications do not run the hook.
 */
import type { ProfilingMode } from './profiling-modes.js';

export interface ActivationHookOptions {
  mode: ProfilingMode;
  /** The hook acts only while this file exists; it holds the pid whose descendants are ours. */
  markerPath: string;
  /** JSON lines, one per activated process. */
  processLogPath: string;
}

/** The hook module's source. */
export function buildActivationHook(options: ActivationHookOptions): string {
  const literal = (text: string) => JSON.stringify(text);
  return `# Written by python-perf-gate for one profiling session; removed when it ends. Inert without its marker.
def _python_perf_gate_hook():
    import os, sys
    marker = ${literal(options.markerPath)}
    try:
        with open(marker) as handle:
            owner = int(handle.read().strip() or "0")
    except (OSError, ValueError):
        return
    pid = os.getpid()
    while pid > 1 and pid != owner:
        try:
            with open("/proc/%d/stat" % pid) as handle:
                pid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return
    if pid != owner:
        return
    mode = ${literal(options.mode)}
    if mode == "perf-jit":
        if os.environ.get("PYTHON_PERF_JIT_SUPPORT") != "1" and not sys._xoptions.get("perf_jit"):
            argv = getattr(sys, "orig_argv", None)
            if argv and sys.executable:
                os.environ["PYTHON_PERF_JIT_SUPPORT"] = "1"
                try:
                    os.execv(sys.executable, argv)
                except OSError:
                    pass
        real_exit = os._exit
        def flushing_exit(code):
            try:
                import ctypes
                ctypes.CDLL(None).fflush(None)
            except Exception:
                pass
            real_exit(code)
        os._exit = flushing_exit
    else:
        os.environ["PYTHONPERFSUPPORT"] = "1"
        try:
            if not sys.is_stack_trampoline_active():
                sys.activate_stack_trampoline("perf")
        except (AttributeError, ValueError, RuntimeError):
            pass
    try:
        argv = list(getattr(sys, "orig_argv", sys.argv))
        fields = [str(os.getpid()), str(os.getppid()), str(len(argv))] + argv
        record = "".join(field + "\\0" for field in fields).encode("utf-8", "surrogateescape")
        fd = os.open(${literal(options.processLogPath)}, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, record)
        finally:
            os.close(fd)
    except Exception:
        pass
try:
    _python_perf_gate_hook()
except Exception:
    pass
del _python_perf_gate_hook
`;
}

/** One process the hook activated. */
export interface ActivatedProcess {
  pid: number;
  ppid: number;
  argv: string[];
}

/**
 * Reads the process log: per process `pid\0ppid\0argc\0arg…\0` (NUL cannot occur in an argument,
 * and no module has to be imported to write it). A record cut short by a killed process ends it.
 */
export function parseProcessLog(text: string): ActivatedProcess[] {
  const fields = text.split('\0');
  const processes: ActivatedProcess[] = [];
  let at = 0;
  while (at + 3 <= fields.length - 1) {
    const [pid, ppid, argc] = [Number(fields[at]), Number(fields[at + 1]), Number(fields[at + 2])];
    if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(argc) || argc < 0 || at + 3 + argc > fields.length - 1) break;
    processes.push({ pid, ppid, argv: fields.slice(at + 3, at + 3 + argc) });
    at += 3 + argc;
  }
  return processes;
}
