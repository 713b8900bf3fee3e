/**
 * fold: `perf script` lines → folded stacks, one folder per run (handed to the record stage as
 * its sink), then the runs summarised: per-run quality, warnings about it, and the current runs
 * merged into the headline profile.
 */
import { homedir } from 'node:os';
import { mergeStacks, type FoldedStacks } from '../core/folded.js';
import { createFolder, type FoldView } from '../core/fold-python.js';
import { combineQuality, summarizeQuality, type RunQuality } from '../core/run-quality.js';
import type { RunSummary } from '../core/report.js';
import type { Target } from '../core/target.js';
import type { Reporter } from '../reporter.js';
import type { Runner } from './check.js';
import type { CreateRunFolder, FoldedRun, Recording } from './record.js';

export interface Profile {
  runs: RunSummary[];
  quality: RunQuality;
  /** All current runs merged. */
  headline: FoldedStacks;
}

/** The sink for one run: the Python-aware (or mixed) folder, paths relative to the run's tree. */
export function createRunFolderFor(options: { view: FoldView }): CreateRunFolder {
  return (tree) => createFolder({ view: options.view, workingDirectory: tree.workingDirectory, homeDirectory: homedir() });
}

/** CPU seconds a run's samples stand for at `frequency` Hz. */
export function estimateCpuSeconds(run: FoldedRun, frequency: number): number {
  return run.fold.quality.samples / frequency;
}

export function fold(input: { recording: Recording; target: Target; runner: Runner; frequency: number; reporter: Reporter }): Profile {
  const { recording, reporter } = input;
  const runs: RunSummary[] = recording.current.map((run, i) => ({
    index: i + 1,
    samples: run.fold.quality.samples,
    wallSeconds: run.wallSeconds,
    cpuSeconds: estimateCpuSeconds(run, input.frequency),
    processingSeconds: run.processingSeconds,
    quality: summarizeQuality(run.fold.quality, run.lostChunks),
    pids: run.pids,
  }));
  const quality = combineQuality(runs.map((run) => run.quality));
  if (quality.pythonShare === 0) {
    reporter.warning(
      input.target.kind === 'run'
        ? `No sample carries a Python frame: the command did not run a perf-enabled Python. Make it call 'python' / '$PYTHON' (the checked interpreter ${input.runner.python.executable}), not a different one.`
        : 'No sample carries a Python frame; the profile shows native code only.',
    );
  }
  if (quality.truncatedShare > 0.01) {
    reporter.notice(
      `${(quality.truncatedShare * 100).toFixed(1)}% of samples have stacks deeper than perf could unwind; they are shown under [truncated] (deepest Python chain kept: ${quality.deepestPythonChain}).`,
    );
  }
  return { runs, quality, headline: mergeStacks(recording.current.map((run) => run.fold.stacks)) };
}
