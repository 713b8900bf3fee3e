/**
 * The three ways to get Python frames into perf's stacks, and the perf/Python settings each needs.
 *
 * - `fp`: the perf trampoline (`PYTHONPERFSUPPORT=1`, i.e. `-X perf`) writes /tmp/perf-PID.map and
 *   perf unwinds with frame pointers. Cheapest, but only works when libpython was built with frame
 *   pointers (otherwise unwinding stops at the first Python frame).
 * - `perf-jit`: CPython ≥ 3.13 writes a jitdump with unwind info (`PYTHON_PERF_JIT_SUPPORT=1`);
 *   perf records DWARF stack copies with a monotonic clock (`-k 1`) and `perf inject --jit` merges the
 *   dump. Full Python stacks without frame pointers, at the price of large perf.data files.
 * - `dwarf`: the trampoline with DWARF unwinding, for 3.12 without frame pointers. Unwinding stops
 *   at the trampoline, so only the innermost Python frame is seen. Allowed, with a loud warning.
 */

export type ProfilingMode = 'fp' | 'perf-jit' | 'dwarf';
export type ModeRequest = 'auto' | ProfilingMode;
export const profilingModes: readonly ProfilingMode[] = ['fp', 'perf-jit', 'dwarf'];

/**
 * DWARF stack-copy size per sample. Measured here (CPython 3.13, perf-jit): ~2 KiB of C stack per
 * Python frame, so 16 KiB keeps ~25 Python frames. 16 KiB × 999 Hz ≈ 16 MB/s of perf.data per busy
 * thread: a 60 s single-threaded benchmark ≈ 1 GB. Recorded runs wait for processing only while
 * their perf.data files and the next run's (estimated as the last one's) stay within 2 GiB (the
 * record stage's `maxPendingBytes`); each is deleted once processed. Deeper stacks are
 * marked `[truncated]` by the folder rather than silently re-rooted.
 */
export const defaultDwarfStackBytes = 16384;

export interface ModePlan {
  mode: ProfilingMode;
  /** Environment for every Python process the benchmark starts (inherited by children). */
  env: Record<string, string>;
  /** `perf record` options for the call graph. */
  callGraphArgs: string[];
  /** Whether `perf inject --jit` must run between record and script. */
  injectJit: boolean;
}

export function planMode(mode: ProfilingMode, options: { dwarfStackBytes?: number } = {}): ModePlan {
  const dwarfBytes = options.dwarfStackBytes ?? defaultDwarfStackBytes;
  switch (mode) {
    case 'fp':
      return { mode, env: { PYTHONPERFSUPPORT: '1' }, callGraphArgs: ['--call-graph', 'fp'], injectJit: false };
    case 'perf-jit':
      return {
        mode,
        env: { PYTHON_PERF_JIT_SUPPORT: '1' },
        // -k 1: jitdump timestamps are CLOCK_MONOTONIC; perf must record with the same clock.
        callGraphArgs: ['--call-graph', `dwarf,${dwarfBytes}`, '-k', '1'],
        injectJit: true,
      };
    case 'dwarf':
      return { mode, env: { PYTHONPERFSUPPORT: '1' }, callGraphArgs: ['--call-graph', `dwarf,${dwarfBytes}`], injectJit: false };
  }
}
