/**
 * The readiness check (the check stage's effects): gathers Python and perf facts, applies the fixes the user allowed, and runs the
 * empirical probe — a tiny program with a known 5-deep call chain recorded in each candidate mode.
 * Flags are hints; the probe decides.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planMode, type ModeRequest, type ProfilingMode } from '../core/profiling-modes.js';
import {
  buildProbeProgram,
  chooseMode,
  decideMaxStackRaise,
  findStaticProblems,
  isFullChain,
  listCandidateModes,
  probeChain,
  type PerfFacts,
  type ProbeResult,
  type Problem,
  type Readiness,
} from '../core/readiness.js';
import { createFolder } from '../core/fold-python.js';
import type { PythonFacts } from '../core/python-facts.js';
import { findNewestPython, readPythonFacts } from './python.js';
import { readPerfFacts } from './perf.js';
import { copyKallsyms } from './perf-files.js';
import { recordRun } from './recorder.js';
import { applyAllowedFixes, raiseMaxStack } from './system-fixes.js';

export interface CheckOptions {
  /** Interpreter name or path; undefined → the newest CPython ≥ 3.12 found. */
  python?: string;
  mode: ModeRequest;
  event: string;
  /** Where probe recordings are made (removed afterwards). */
  scratchDirectory: string;
  installPerf: boolean;
  allowSudo: boolean;
  /** Progress and notices go here. */
  log?: (line: string) => void;
  /** How errors name the python setting: "input 'python'" or "option '--python'". */
  describePython: string;
}

const probeSeconds = 0.15;
const probeFrequency = 999;

export async function checkReadiness(options: CheckOptions): Promise<Readiness> {
  const log = options.log ?? (() => undefined);
  const problems: Problem[] = [];
  // Independent facts, gathered at once (each runs a few short processes).
  const [pythonLookup, perfFacts] = await Promise.all([lookUpPython(options), readPerfFacts()]);
  const python = pythonLookup.python;
  if (pythonLookup.problem) problems.push(pythonLookup.problem);

  let perf = perfFacts;
  const fixes = await applyAllowedFixes({ perf, installPerf: options.installPerf, allowSudo: options.allowSudo, log });
  problems.push(...fixes.problems);
  if (fixes.changed) perf = await readPerfFacts();

  problems.push(...findStaticProblems(python, perf));
  const readiness: Readiness = { ready: false, event: options.event, perf, probes: [], problems, probeSeconds: 0 };
  if (python) readiness.python = python;
  if (problems.some((problem) => problem.severity === 'error') || !python || !perf.path) return readiness;

  const started = process.hrtime.bigint();
  const scratch = mkdtempSync(join(options.scratchDirectory, 'probe-'));
  try {
    readiness.probes = await runProbes({ python, perf, perfPath: perf.path, request: options.mode, event: options.event, scratch, kallsymsPath: copyKallsyms(scratch) });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    readiness.probeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const choice = chooseMode(options.mode, readiness.probes);
  readiness.problems.push(...choice.problems);
  if (choice.mode) readiness.mode = choice.mode;
  const maxStack = choice.mode ? decideMaxStackRaise({ mode: choice.mode, perf, allowSudo: options.allowSudo }) : undefined;
  if (maxStack !== undefined) {
    readiness.problems.push(await raiseMaxStack({ value: maxStack, current: perf.maxStack, isRoot: perf.isRoot, log }));
  }
  readiness.ready = choice.mode !== undefined && !readiness.problems.some((problem) => problem.severity === 'error');
  return readiness;
}

/** The interpreter named by the settings, or the newest one found; a problem when there is none. */
async function lookUpPython(options: Pick<CheckOptions, 'python' | 'describePython'>): Promise<{ python?: PythonFacts; problem?: Problem }> {
  if (options.python) {
    const lookup = await readPythonFacts(options.python);
    if (lookup.status === 'found') return { python: lookup.facts };
    return {
      problem: {
        code: 'python-not-found',
        severity: 'error',
        message: `Invalid value '${options.python}' for ${options.describePython}: ${lookup.reason}`,
        fix: "Pass a CPython ≥ 3.12 executable (name on PATH or full path), e.g. the 'python-path' output of actions/setup-python.",
      },
    };
  }
  const found = await findNewestPython();
  if (found.facts) return { python: found.facts };
  return {
    problem: {
      code: 'python-not-found',
      severity: 'error',
      message: `No CPython ≥ 3.12 with the perf trampoline was found. Rejected: ${found.rejected.join('; ') || 'no python3 on PATH'}.`,
      fix: "Use actions/setup-python with python-version: '3.13' (or `uv python install 3.13`) and pass it as the 'python' input.",
    },
  };
}

async function runProbes(context: {
  python: PythonFacts;
  perf: PerfFacts;
  perfPath: string;
  request: ModeRequest;
  event: string;
  scratch: string;
  kallsymsPath: string | undefined;
}): Promise<ProbeResult[]> {
  if (context.request !== 'auto') return [await runProbe(context, context.request)];
  const candidates = listCandidateModes(context.python, context.perf);
  // Probe the full-stack candidates side by side (two cores); dwarf only when neither works,
  // unless dwarf is the only fallback anyway (3.12), in which case it runs alongside fp.
  const first = candidates.includes('perf-jit') ? candidates.filter((mode) => mode !== 'dwarf') : candidates;
  const probes = await Promise.all(first.map((mode) => runProbe(context, mode)));
  if (!probes.some(isFullChain) && candidates.includes('dwarf') && !first.includes('dwarf')) {
    probes.push(await runProbe(context, 'dwarf'));
  }
  return probes;
}

async function runProbe(
  context: { python: PythonFacts; perfPath: string; event: string; scratch: string; kallsymsPath: string | undefined },
  mode: ProfilingMode,
): Promise<ProbeResult> {
  const started = process.hrtime.bigint();
  const directory = join(context.scratch, mode);
  mkdirSync(directory, { recursive: true });
  const program = join(directory, 'ppg_probe.py');
  writeFileSync(program, buildProbeProgram(probeSeconds));
  const result: ProbeResult = { mode, expectedChain: probeChain, chainFound: 0, bestStack: [], samples: 0, seconds: 0 };
  try {
    const folder = createFolder({ view: 'python', workingDirectory: directory });
    const run = await recordRun({
      perfPath: context.perfPath,
      python: context.python.executable,
      plan: planMode(mode),
      event: context.event,
      frequency: probeFrequency,
      target: { kind: 'script', script: program, args: [] },
      workingDirectory: directory,
      scratchDirectory: directory,
      logPath: join(directory, 'probe.log'),
      sink: folder,
      timeoutMs: 60_000,
      label: `probe-${mode}`,
      ...(context.kallsymsPath ? { kallsymsPath: context.kallsymsPath } : {}),
    });
    if (run.failure) {
      result.error = `${run.failure} ${run.logTail.slice(-3).join(' ')}`.trim();
      return result;
    }
    const fold = folder.finish();
    result.samples = fold.quality.samples;
    for (const stack of fold.stacks.keys()) {
      const names = stack
        .split(';')
        .filter((frame) => frame.startsWith('py::'))
        .map((frame) => frame.slice(4, frame.lastIndexOf(':')));
      const found = measureChain(names);
      if (found > result.chainFound || (found === result.chainFound && names.length > result.bestStack.length)) {
        result.chainFound = found;
        result.bestStack = names;
      }
    }
    return result;
  } finally {
    result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
}

/**
 * How much of the probe chain a stack shows: the longest tail of the chain (ending at the leaf)
 * found as consecutive Python frames in order. Leaf-only stacks (dwarf mode) score 1.
 */
export function measureChain(pythonFrames: string[]): number {
  let best = 0;
  for (let end = 0; end < pythonFrames.length; end += 1) {
    if (pythonFrames[end] !== probeChain[probeChain.length - 1]) continue;
    let length = 0;
    while (
      length < probeChain.length &&
      end - length >= 0 &&
      pythonFrames[end - length] === probeChain[probeChain.length - 1 - length]
    ) {
      length += 1;
    }
    best = Math.max(best, length);
  }
  return best;
}
