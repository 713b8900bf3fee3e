/**
 * Readiness: every fact about the Python build and perf, the probes' evidence, the chosen mode,
 * and every problem with a code, a message and a fix. Pure: the shell gathers facts and runs the
 * probes; this module decides.
 */
import type { PythonFacts } from './python-facts.js';
import type { ModeRequest, ProfilingMode } from './profiling-modes.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  fix?: string;
}

export interface PerfFacts {
  path?: string;
  version?: string;
  /** The binary exists but cannot run (e.g. Ubuntu's wrapper without the kernel-specific perf). */
  brokenReason?: string;
  paranoid?: number;
  kptrRestrict?: number;
  maxStack?: number;
  cyclesSupported?: boolean;
  injectJitSupported?: boolean;
  isRoot: boolean;
}

/** What one probe recording saw. */
export interface ProbeResult {
  mode: ProfilingMode;
  /** The probe's known call chain, outermost first. */
  expectedChain: string[];
  /** Longest run of the expected chain found in order in one stack (0–5). */
  chainFound: number;
  /** The deepest Python stack the probe saw, outermost first (names without `py::`). */
  bestStack: string[];
  samples: number;
  seconds: number;
  /** perf or Python failed to run; the reason. */
  error?: string;
}

export interface Readiness {
  ready: boolean;
  mode?: ProfilingMode;
  event: string;
  python?: PythonFacts;
  perf: PerfFacts;
  probes: ProbeResult[];
  problems: Problem[];
  /** Total wall time of the probes. */
  probeSeconds: number;
}

export const probeChain = ['ppg_probe_outer', 'ppg_probe_two', 'ppg_probe_three', 'ppg_probe_four', 'ppg_probe_leaf'];

/** The probe program: a known 5-deep call chain that burns CPU in its leaf for `seconds`. */
export function buildProbeProgram(seconds: number): string {
  return [
    'import time',
    `def ${probeChain[4]}(deadline):`,
    '    n = 0',
    '    while time.perf_counter() < deadline:',
    '        for i in range(2000):',
    '            n += i * i',
    '    return n',
    `def ${probeChain[3]}(d): return ${probeChain[4]}(d) + 1`,
    `def ${probeChain[2]}(d): return ${probeChain[3]}(d) + 1`,
    `def ${probeChain[1]}(d): return ${probeChain[2]}(d) + 1`,
    `def ${probeChain[0]}(d): return ${probeChain[1]}(d) + 1`,
    `${probeChain[0]}(time.perf_counter() + ${seconds})`,
    '',
  ].join('\n');
}

/** Problems that make profiling impossible or misleading, from the static facts alone. */
export function findStaticProblems(python: PythonFacts | undefined, perf: PerfFacts): Problem[] {
  const problems: Problem[] = [];
  if (python) problems.push(...findPythonProblems(python));
  problems.push(...findPerfProblems(perf));
  return problems;
}

const getPython =
  "Use actions/setup-python with python-version: '3.13' (or `uv python install 3.13`) and pass it as the 'python' input.";

function findPythonProblems(python: PythonFacts): Problem[] {
  const problems: Problem[] = [];
  const where = `Python ${python.version} at ${python.executable}`;
  if (python.implementation !== 'cpython') {
    problems.push({
      code: 'python-not-cpython',
      severity: 'error',
      message: `${where} is ${python.implementation}, not CPython; only CPython ≥ 3.12 has the perf trampoline.`,
      fix: getPython,
    });
    return problems;
  }
  if (python.major < 3 || (python.major === 3 && python.minor < 12)) {
    problems.push({
      code: 'python-too-old',
      severity: 'error',
      message: `${where} has no perf trampoline (needs CPython ≥ 3.12; 3.13+ recommended for full stacks without frame pointers).`,
      fix: getPython,
    });
    return problems;
  }
  if (!python.perfTrampoline) {
    problems.push({
      code: 'python-no-trampoline',
      severity: 'error',
      message: `${where} was built without the perf trampoline (sysconfig PY_HAVE_PERF_TRAMPOLINE is not set; it exists only on Linux x86-64 and aarch64).`,
      fix: getPython,
    });
  }
  if (python.experimentalJit) {
    problems.push({
      code: 'python-experimental-jit',
      severity: 'error',
      message: `${where} runs the experimental JIT, and perf trampolines cannot be activated while it is on.`,
      fix: 'Run the benchmark with PYTHON_JIT=0, or use a build without --enable-experimental-jit.',
    });
  }
  if (!python.framePointers.present) {
    problems.push({
      code: 'python-no-frame-pointers',
      severity: 'notice',
      message: `${where} was built without frame pointers, so the cheap 'fp' mode cannot unwind through the interpreter.`,
      fix:
        python.minor >= 13
          ? "Nothing to do: 'perf-jit' mode gives full stacks. For lower overhead use a frame-pointer build (uv's python-build-standalone ≥ 20260320, Fedora, CPython 3.15+)."
          : "Use CPython 3.13 ('perf-jit' mode) or a frame-pointer build (uv's python-build-standalone ≥ 20260320) for full Python stacks.",
    });
  }
  if (python.freeThreaded) {
    problems.push({
      code: 'python-free-threaded',
      severity: 'notice',
      message: `${where} is a free-threaded build; profiles include every thread's samples.`,
      fix: 'Nothing to do; compare it only with baselines from a free-threaded build of the same minor version.',
    });
  }
  return problems;
}

function findPerfProblems(perf: PerfFacts): Problem[] {
  const problems: Problem[] = [];
  if (!perf.path) {
    problems.push({
      code: 'perf-not-found',
      severity: 'error',
      message: 'perf was not found on PATH.',
      fix: "Set 'install-perf: true', or install it: `sudo apt-get install -y linux-tools-common linux-tools-$(uname -r)` on Ubuntu, `apt-get install -y linux-perf` on Debian.",
    });
    return problems;
  }
  if (perf.brokenReason) {
    problems.push({
      code: 'perf-broken',
      severity: 'error',
      message: `perf at ${perf.path} cannot run: ${perf.brokenReason}`,
      fix: "Set 'install-perf: true' (it falls back to linux-tools-generic / linux-tools-azure and calls the versioned binary), or install linux-tools for this kernel.",
    });
    return problems;
  }
  if (!perf.isRoot && perf.paranoid !== undefined && perf.paranoid > 2) {
    problems.push({
      code: 'perf-paranoid',
      severity: 'error',
      message: `kernel.perf_event_paranoid is ${perf.paranoid}, which forbids unprivileged profiling.`,
      fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.perf_event_paranoid=1` before this step.",
    });
  } else if (!perf.isRoot && perf.paranoid !== undefined && perf.paranoid > 1) {
    problems.push({
      code: 'perf-paranoid-user-only',
      severity: 'notice',
      message: `kernel.perf_event_paranoid is ${perf.paranoid}: only user-space is sampled; kernel time shows no kernel frames.`,
      fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.perf_event_paranoid=1`.",
    });
  }
  if (!perf.isRoot && perf.kptrRestrict !== undefined && perf.kptrRestrict > 0) {
    problems.push({
      code: 'perf-kptr-restrict',
      severity: 'notice',
      message: `kernel.kptr_restrict is ${perf.kptrRestrict}: kernel frames will show as [unknown].`,
      fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.kptr_restrict=0`.",
    });
  }
  if (perf.cyclesSupported === false) {
    problems.push({
      code: 'perf-no-hardware-counters',
      severity: 'notice',
      message: 'This machine has no usable hardware PMU (the cycles event is not supported); sampling uses the cpu-clock software event.',
      fix: "Nothing to do: cpu-clock samples CPU time on every runner, so baselines compare across runner types. Set 'event: cycles' only where every run has a PMU.",
    });
  }
  return problems;
}

/** Candidate modes for `auto`, cheapest first: only those the facts allow. */
export function listCandidateModes(python: PythonFacts, perf: PerfFacts): ProfilingMode[] {
  const modes: ProfilingMode[] = ['fp'];
  if (python.perfJitSupported && perf.injectJitSupported !== false) modes.push('perf-jit');
  modes.push('dwarf');
  return modes;
}

/** A probe shows full stacks when the whole known chain appears, in order, in one stack. */
export function isFullChain(probe: ProbeResult): boolean {
  return !probe.error && probe.chainFound === probe.expectedChain.length;
}

/** A probe shows usable (leaf-only) Python frames when at least the leaf function appears. */
export function hasLeafFrame(probe: ProbeResult): boolean {
  return !probe.error && probe.chainFound >= 1;
}

export function describeProbe(probe: ProbeResult): string {
  if (probe.error) return `${probe.mode}: ${probe.error}`;
  const seen = probe.bestStack.length > 0 ? probe.bestStack.join(' → ') : 'no Python frames';
  return `${probe.mode}: ${probe.chainFound}/${probe.expectedChain.length} of the known chain in ${probe.samples} samples (deepest stack: ${seen})`;
}

/**
 * Decides the mode from the probes. `auto` takes the first candidate whose probe shows the full
 * chain, else `dwarf` when it shows at least the leaf (with a loud warning). A forced mode the probe
 * shows broken is an error that says what the probe saw.
 */
export function chooseMode(
  request: ModeRequest,
  probes: ProbeResult[],
): { mode?: ProfilingMode; problems: Problem[] } {
  const problems: Problem[] = [];
  if (request !== 'auto') {
    const probe = probes.find((p) => p.mode === request);
    if (!probe) return { problems: [{ code: 'mode-not-probed', severity: 'error', message: `Mode '${request}' was not probed.` }] };
    const acceptable = request === 'dwarf' ? hasLeafFrame(probe) : isFullChain(probe);
    if (!acceptable) {
      problems.push({
        code: 'mode-broken',
        severity: 'error',
        message: `Mode '${request}' was requested, but the probe shows it does not work here: ${describeProbe(probe)}.`,
        fix: "Use 'mode: auto' to pick the mode that works, or see the readiness table for what this Python build supports.",
      });
      return { problems };
    }
    if (request === 'dwarf') problems.push(dwarfWarning());
    return { mode: request, problems };
  }
  const full = probes.find(isFullChain);
  if (full) return { mode: full.mode, problems };
  const dwarf = probes.find((p) => p.mode === 'dwarf' && hasLeafFrame(p));
  if (dwarf) return { mode: 'dwarf', problems: [dwarfWarning()] };
  problems.push({
    code: 'probe-failed',
    severity: 'error',
    message: `No profiling mode produced Python frames. ${probes.map(describeProbe).join('; ')}.`,
    fix: 'Check the perf and Python problems above; a CPython 3.13 build gives full stacks in perf-jit mode.',
  });
  return { problems };
}

function dwarfWarning(): Problem {
  return {
    code: 'mode-dwarf-leaf-only',
    severity: 'warning',
    message:
      "Profiling in 'dwarf' mode: this Python has no frame pointers and no perf-jit support, so stacks stop at the innermost Python frame — callers are missing and inclusive times are meaningless; self time per function is still right.",
    fix: "Use CPython ≥ 3.13 (perf-jit mode) or a frame-pointer build (uv's python-build-standalone ≥ 20260320) for full stacks.",
  };
}

/**
 * In fp mode the kernel cuts every callchain at kernel.perf_event_max_stack native frames (default
 * 127, about 30 Python frames), so deep Python stacks end up under [truncated]. Returns the value to
 * raise it to, when the mode needs it and the user allowed sudo (or we are root); otherwise undefined.
 * DWARF modes are limited by the stack-copy size instead, which this does not change.
 */
export const wantedMaxStack = 1024;

export function decideMaxStackRaise(options: { mode: ProfilingMode; perf: PerfFacts; allowSudo: boolean }): number | undefined {
  if (options.mode !== 'fp') return undefined;
  if (options.perf.maxStack === undefined || options.perf.maxStack >= wantedMaxStack) return undefined;
  if (!options.allowSudo) return undefined;
  return wantedMaxStack;
}
