/**
 * The machine the benchmarks run on: the CPython 3.13 and perf they use, what the readiness probe
 * says about each profiling mode, and the load average (other work on the machine skews timings).
 */
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { profilingModes, type ProfilingMode } from '../src/core/profiling-modes.js';
import { describeProbe, hasLeafFrame, isFullChain } from '../src/core/readiness.js';
import type { PythonFacts } from '../src/core/python-facts.js';
import { listPythonCandidates, readPythonFacts } from '../src/shell/python.js';
import { readPerfFacts } from '../src/shell/perf.js';
import { checkReadiness } from '../src/shell/readiness.js';

export interface ModeProbe {
  mode: ProfilingMode;
  /** What the probe recording showed: the whole known call chain, only the leaf, or nothing. */
  stacks: 'full' | 'leaf-only' | 'none';
  description: string;
}

export interface BenchMachine {
  python: PythonFacts;
  perfPath: string;
  perfVersion: string;
  event: string;
  frequency: number;
  cores: number;
  probes: ModeProbe[];
}

/** The sampling settings every recording in the benchmark uses (the project's defaults). */
export const benchEvent = 'cpu-clock';
export const benchFrequency = 999;

/** Finds CPython 3.13 (or $PPG_BENCH_PYTHON) and perf, and probes every profiling mode. */
export async function inspectMachine(options: { workDir: string }): Promise<BenchMachine> {
  const python = await findBenchPython();
  const perf = await readPerfFacts();
  if (!perf.path) throw new Error(`perf is required by the benchmark but was not found${perf.brokenReason ? `: ${perf.brokenReason}` : ''}.`);
  const scratch = join(options.workDir, 'probes');
  mkdirSync(scratch, { recursive: true });
  // The three probes are short (0.25 s each); run them side by side.
  const modes = profilingModes.filter((mode) => mode !== 'perf-jit' || python.perfJitSupported);
  const readinesses = await Promise.all(
    modes.map((mode) => checkReadiness({ python: python.executable, mode, event: benchEvent, scratchDirectory: scratch, installPerf: false, allowSudo: false, describePython: 'PPG_BENCH_PYTHON' })),
  );
  const probes: ModeProbe[] = [];
  for (const [index, mode] of modes.entries()) {
    const probe = readinesses[index]?.probes[0];
    if (!probe) continue;
    probes.push({
      mode,
      stacks: isFullChain(probe) ? 'full' : hasLeafFrame(probe) ? 'leaf-only' : 'none',
      description: describeProbe(probe),
    });
  }
  return {
    python,
    perfPath: perf.path,
    perfVersion: perf.version ?? 'unknown',
    event: benchEvent,
    frequency: benchFrequency,
    cores: cpus().length,
    probes,
  };
}

async function findBenchPython(): Promise<PythonFacts> {
  const requested = process.env.PPG_BENCH_PYTHON;
  const candidates = requested ? [requested] : listPythonCandidates();
  const rejected: string[] = [];
  for (const candidate of candidates) {
    const lookup = await readPythonFacts(candidate);
    if (lookup.status === 'missing') {
      rejected.push(lookup.reason);
      continue;
    }
    if (lookup.facts.minor === 13 && lookup.facts.perfJitSupported) return lookup.facts;
    rejected.push(`${candidate} is ${lookup.facts.implementation} ${lookup.facts.version}`);
  }
  throw new Error(`The benchmark needs CPython 3.13 with perf support (set PPG_BENCH_PYTHON to its path). Rejected: ${rejected.join('; ') || 'no candidates'}.`);
}

/** The 1-minute load average, rounded: printed next to every timing. */
export function readLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
