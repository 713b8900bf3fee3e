/**
 * Profile quality per run: how far the recorded stacks can be trusted, for the run as a whole and
 * per process (`ProcessRunQuality`), and which processes came out without Python frames and why
 * (`findProcessesWithoutPython`).
 *
 * A sample without a Python frame either reaches the process root (the code ran outside Python:
 * start-up, a native thread, a process that ran no perf-enabled Python) or is cut before it
 * (perf's unwinding stopped before the first Python frame). A truncated sample that does carry a
 * Python frame is a stack deeper than perf could unwind. The shares below keep the three apart
 * (fold-quality.ts counts them).
 */
import type { FoldQuality, ProcessFoldQuality } from './fold-quality.js';

/** One process of one run. Shares are of the process's own samples (0–1). */
export interface ProcessRunQuality {
  pid: number;
  /** Parent pid, when the recorder knew it (perf's task events); absent otherwise. */
  ppid?: number;
  /** Command name perf printed (`comm`, at most 15 characters) in most of its samples. */
  comm: string;
  /** The full command line, when the child-activation hook saw the process start (Python processes). */
  argv?: string[];
  samples: number;
  /** Share with at least one Python frame. */
  pythonShare: number;
  /** Share whose stack reaches the process/thread root. */
  rootedShare: number;
  truncatedShare: number;
  /** Share that reaches the root without any Python frame (ran outside Python). */
  rootedWithoutPythonShare: number;
  /** Share cut before the root without any Python frame (unwinding stopped before the first Python frame). */
  truncatedWithoutPythonShare: number;
  /** Share with a frame in the interpreter's DSO (libpython / the python executable): the process runs CPython. */
  interpreterShare: number;
}

export interface RunQuality {
  samples: number;
  /** Share of samples whose stack reaches the process root (0–1). */
  rootedShare: number;
  truncatedShare: number;
  /** Share of samples with at least one Python frame. */
  pythonShare: number;
  /** Share of samples that reach the root without any Python frame. */
  rootedWithoutPythonShare: number;
  /**
   * Share of samples cut before the root without any Python frame: unwinding failed before the
   * first Python frame. (`truncatedShare − truncatedWithoutPythonShare` is the share of stacks
   * deeper than perf could unwind: cut, but with Python frames.)
   */
  truncatedWithoutPythonShare: number;
  /** Share of samples with a frame in the interpreter's DSO. */
  interpreterShare: number;
  /** Share of frames perf could not name. */
  unknownFrameShare: number;
  deepestPythonChain: number;
  lostChunks: number;
  /**
   * Per process, in order of first sample. For a combined quality (`combineQuality`), the
   * processes of all runs in run order (a pid belongs to one run).
   */
  processes: ProcessRunQuality[];
}

/** Below these the comparison is inconclusive, never a pass. */
export const qualityThresholds = {
  minRootedShare: 0.5,
  minPythonShare: 0.5,
  minSamplesPerRun: 100,
} as const;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function summarizeQuality(quality: FoldQuality, lostChunks: number): RunQuality {
  return {
    samples: quality.samples,
    rootedShare: share(quality.rootedSamples, quality.samples),
    truncatedShare: share(quality.truncatedSamples, quality.samples),
    pythonShare: share(quality.pythonSamples, quality.samples),
    rootedWithoutPythonShare: share(quality.rootedSamplesWithoutPython, quality.samples),
    truncatedWithoutPythonShare: share(quality.truncatedSamplesWithoutPython, quality.samples),
    interpreterShare: share(quality.interpreterSamples, quality.samples),
    unknownFrameShare: share(quality.unknownFrames, quality.totalFrames),
    deepestPythonChain: quality.deepestPythonChain,
    lostChunks,
    processes: quality.perProcess.map(summarizeProcessQuality),
  };
}

export function summarizeProcessQuality(process: ProcessFoldQuality): ProcessRunQuality {
  const summary: ProcessRunQuality = {
    pid: process.pid,
    comm: process.comm,
    samples: process.samples,
    pythonShare: share(process.pythonSamples, process.samples),
    rootedShare: share(process.rootedSamples, process.samples),
    truncatedShare: share(process.truncatedSamples, process.samples),
    rootedWithoutPythonShare: share(process.rootedSamplesWithoutPython, process.samples),
    truncatedWithoutPythonShare: share(process.truncatedSamplesWithoutPython, process.samples),
    interpreterShare: share(process.interpreterSamples, process.samples),
  };
  if (process.ppid !== undefined) summary.ppid = process.ppid;
  return summary;
}

/** Sample-weighted mean of run qualities (deepest chain: the maximum; processes: all, in run order). */
export function combineQuality(runs: RunQuality[]): RunQuality {
  const samples = runs.reduce((sum, run) => sum + run.samples, 0);
  const weighted = (pick: (run: RunQuality) => number) =>
    samples > 0 ? runs.reduce((sum, run) => sum + pick(run) * run.samples, 0) / samples : 0;
  return {
    samples,
    rootedShare: weighted((run) => run.rootedShare),
    truncatedShare: weighted((run) => run.truncatedShare),
    pythonShare: weighted((run) => run.pythonShare),
    rootedWithoutPythonShare: weighted((run) => run.rootedWithoutPythonShare),
    truncatedWithoutPythonShare: weighted((run) => run.truncatedWithoutPythonShare),
    interpreterShare: weighted((run) => run.interpreterShare),
    unknownFrameShare: weighted((run) => run.unknownFrameShare),
    deepestPythonChain: Math.max(0, ...runs.map((run) => run.deepestPythonChain)),
    lostChunks: runs.reduce((sum, run) => sum + run.lostChunks, 0),
    processes: runs.flatMap((run) => run.processes),
  };
}

/**
 * Why a process came out without Python frames (judged on its samples that have none):
 * - `stack-cut`: most of them stop before the process root — perf could not unwind them (in
 *   perf-jit mode typically a child started with exec, whose unwinding stops at the first JIT
 *   frame), so its Python frames, if any, were not recorded;
 * - `python-without-perf-support`: they reach the root and run the interpreter, but no Python
 *   frame is named — this CPython ran without perf support (the harness started it with a
 *   cleaned environment, so `PYTHON_PERF_JIT_SUPPORT` / `PYTHONPERFSUPPORT` never reached it),
 *   or it ended before it ran any Python code;
 * - `not-python`: they reach the root and never enter the interpreter — the process ran no
 *   Python (a shell, a compiler, another tool the benchmark started).
 */
export type MissingPythonCause = 'stack-cut' | 'python-without-perf-support' | 'not-python';

/** A process of a run whose samples mostly carry no Python frame. */
export interface ProcessWithoutPython {
  /** Run number, 1-based, in the order of the `runs` given. */
  run: number;
  pid: number;
  ppid?: number;
  comm: string;
  /** The command line, when known (see ProcessRunQuality.argv). */
  argv?: string[];
  samples: number;
  /** The process's share of its run's samples (0–1). */
  shareOfRun: number;
  /** Share of the process's samples with a Python frame (below `qualityThresholds.minPythonShare`). */
  pythonShare: number;
  rootedShare: number;
  cause: MissingPythonCause;
  /** One sentence for the summary: what the samples show and what to do about it. */
  explanation: string;
}

/**
 * The processes whose samples carry a Python frame less often than
 * `qualityThresholds.minPythonShare` (also those with none at all), with their likely cause
 * (`MissingPythonCause`), biggest first. `runs` are the runs of one side, in order.
 */
export function findProcessesWithoutPython(runs: readonly RunQuality[]): ProcessWithoutPython[] {
  const found: ProcessWithoutPython[] = [];
  runs.forEach((run, index) => {
    for (const process of run.processes) {
      if (process.samples === 0 || process.pythonShare >= qualityThresholds.minPythonShare) continue;
      const cause = missingPythonCause(process);
      const entry: ProcessWithoutPython = {
        run: index + 1,
        pid: process.pid,
        comm: process.comm,
        samples: process.samples,
        shareOfRun: share(process.samples, run.samples),
        pythonShare: process.pythonShare,
        rootedShare: process.rootedShare,
        cause,
        explanation: explainMissingPython(process, cause),
      };
      if (process.ppid !== undefined) entry.ppid = process.ppid;
      if (process.argv) entry.argv = process.argv;
      found.push(entry);
    }
  });
  return found.sort((a, b) => b.samples - a.samples || a.run - b.run || a.pid - b.pid);
}

/** The likely cause for a process's samples without Python frames (see `MissingPythonCause`). */
export function missingPythonCause(process: ProcessRunQuality): MissingPythonCause {
  if (process.truncatedWithoutPythonShare > process.rootedWithoutPythonShare) return 'stack-cut';
  return process.interpreterShare > 0 ? 'python-without-perf-support' : 'not-python';
}

function explainMissingPython(process: ProcessRunQuality, cause: MissingPythonCause): string {
  const who = `${process.comm || 'process'} (pid ${process.pid})`;
  const python = `${percent(process.pythonShare)} of its ${process.samples} samples carry a Python frame`;
  switch (cause) {
    case 'stack-cut':
      return (
        `${who}: ${python}; ${percent(process.truncatedWithoutPythonShare)} stop before the process root without reaching one, ` +
        'so perf could not unwind them (in perf-jit mode typically a child started with exec, whose unwinding stops at the first JIT frame).'
      );
    case 'python-without-perf-support':
      return (
        `${who}: ${python}, although its stacks reach the process root and run the interpreter: ` +
        'this Python ran without perf support — the harness probably started it with a cleaned environment, so PYTHON_PERF_JIT_SUPPORT / PYTHONPERFSUPPORT ' +
        'never reached it (let the variables through, e.g. pyperf --inherit-environ), or it ended before it ran any Python code.'
      );
    case 'not-python':
      return `${who}: ${python}; its stacks reach the process root and never enter the Python interpreter: the process ran no Python (a shell or another tool the benchmark started).`;
  }
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Reasons the profile itself is too poor to gate on; empty when it is fine. */
export function findQualityProblems(quality: RunQuality, runs: RunQuality[], options: { requireRooted: boolean } = { requireRooted: true }): string[] {
  const reasons: string[] = [];
  // dwarf mode (3.12 without frame pointers) keeps only the innermost Python frame: stacks never
  // reach the root there, yet own times are exact — so rooting is not required in that mode.
  if (options.requireRooted && quality.rootedShare < qualityThresholds.minRootedShare) {
    const deep = Math.max(0, quality.truncatedShare - quality.truncatedWithoutPythonShare);
    reasons.push(
      `only ${percent(quality.rootedShare)} of samples reach the process root (stacks truncated: ${percent(deep)} deeper than perf could unwind, ` +
        `${percent(quality.truncatedWithoutPythonShare)} cut before their first Python frame; need ≥ ${percent(qualityThresholds.minRootedShare)})`,
    );
  }
  if (quality.pythonShare < qualityThresholds.minPythonShare) {
    reasons.push(`only ${percent(quality.pythonShare)} of samples carry a Python frame (need ≥ ${percent(qualityThresholds.minPythonShare)})${describeCauses(runs)}`);
  }
  const thin = runs.filter((run) => run.samples < qualityThresholds.minSamplesPerRun);
  if (thin.length > 0) reasons.push(`${thin.length} run(s) have fewer than ${qualityThresholds.minSamplesPerRun} samples`);
  return reasons;
}

/** `: N process(es) …` naming how many processes lack Python frames for each cause; empty when none do. */
function describeCauses(runs: readonly RunQuality[]): string {
  const byCause = new Map<MissingPythonCause, number>();
  for (const process of findProcessesWithoutPython(runs)) byCause.set(process.cause, (byCause.get(process.cause) ?? 0) + 1);
  const words: Record<MissingPythonCause, string> = {
    'stack-cut': 'had stacks cut before their first Python frame',
    'python-without-perf-support': 'ran Python without perf support',
    'not-python': 'ran no Python',
  };
  const parts = [...byCause].map(([cause, count]) => `${count} process(es) ${words[cause]}`);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}
