/**
 * fold: `perf script` lines → folded stacks, one folder per run (handed to the record stage as
 * its sink), then the runs summarised: per-run quality, warnings about it, and the current runs
 * merged into the headline profile.
 */
import { homedir } from 'node:os';
import { mergeStacks, type FoldedStacks } from '../core/folded.js';
import { createFolder, type FoldView } from '../core/fold-python.js';
import { combineQuality, findProcessesWithoutPython, summarizeQuality, type RunQuality } from '../core/run-quality.js';
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
  /** Each process of each current run with samples, named for a profile menu (speedscope). */
  processes: NamedStacks[];
}

export interface NamedStacks {
  name: string;
  stacks: FoldedStacks;
}

/** The sink for one run: the Python-aware (or mixed) folder, paths relative to the run's tree. */
export function createRunFolderFor(options: { view: FoldView }): CreateRunFolder {
  return (tree) => createFolder({ view: options.view, workingDirectory: tree.workingDirectory, homeDirectory: homedir(), perProcess: true });
}

/** CPU seconds a run's samples stand for at `frequency` Hz. */
export function estimateCpuSeconds(run: FoldedRun, frequency: number): number {
  return run.fold.quality.samples / frequency;
}

/** Share of cut stacks above which the fold stage says how to keep more of them. */
const truncationNoticeShare = 0.05;

export interface FoldInput {
  recording: Recording;
  target: Target;
  runner: Runner;
  frequency: number;
  dwarfStackBytes: number;
  reporter: Reporter;
}

export function fold(input: FoldInput): Profile {
  const { recording, reporter } = input;
  const runs: RunSummary[] = recording.current.map((run, i) => ({
    index: i + 1,
    samples: run.fold.quality.samples,
    wallSeconds: run.wallSeconds,
    cpuSeconds: estimateCpuSeconds(run, input.frequency),
    processingSeconds: run.processingSeconds,
    quality: describeProcesses(summarizeQuality(run.fold.quality, run.lostChunks), run),
    pids: run.pids,
  }));
  const quality = combineQuality(runs.map((run) => run.quality));
  for (const process of findProcessesWithoutPython(runs.map((run) => run.quality))) {
    if (process.shareOfRun < 0.05) continue;
    const name = process.argv ? process.argv.join(' ') : process.comm;
    reporter.warning(`Run ${process.run}: process ${process.pid} (${name}) has ${(process.shareOfRun * 100).toFixed(1)}% of the run's samples, only ${(process.pythonShare * 100).toFixed(1)}% with a Python frame. ${process.explanation}`);
  }
  if (quality.pythonShare === 0) {
    reporter.warning(
      input.target.kind === 'run'
        ? `No sample carries a Python frame: the command did not run a perf-enabled Python. Make it call 'python' / '$PYTHON' (the checked interpreter ${input.runner.python.executable}), not a different one.`
        : 'No sample carries a Python frame; the profile shows native code only.',
    );
  }
  // Interpreter start-up alone (nested imports, glibc without frame pointers) cuts ~2% of a short fp
  // run's stacks; advise only above that. Two different causes: a stack cut after Python frames is
  // deeper than perf could unwind; one cut before any Python frame lost its unwinding in native code.
  const deepShare = quality.truncatedShare - quality.truncatedWithoutPythonShare;
  if (deepShare > truncationNoticeShare) {
    reporter.notice(
      `${(deepShare * 100).toFixed(1)}% of samples have stacks deeper than perf could unwind; they are shown under [truncated] (deepest Python chain kept: ${quality.deepestPythonChain}). ${adviseOnTruncation(input)}`,
    );
  }
  if (quality.truncatedWithoutPythonShare > truncationNoticeShare) {
    reporter.notice(
      `${(quality.truncatedWithoutPythonShare * 100).toFixed(1)}% of samples lost their stack in native code before reaching any Python frame (shown as [truncated];…): perf could not unwind through a library there. The per-process lines in report.json (quality.processes) show where.`,
    );
  }
  return { runs, quality, headline: mergeStacks(recording.current.map((run) => run.fold.stacks)), processes: nameProcessStacks(recording.current, runs) };
}

/** `run 2 · pid 4242 · python -m pytest -q tests` per process (the whole run when it was not split). */
function nameProcessStacks(current: readonly FoldedRun[], runs: readonly RunSummary[]): NamedStacks[] {
  return current.flatMap((run, index) => {
    const processes = runs[index]!.quality.processes;
    const split = run.fold.processStacks ?? [];
    if (split.length === 0) return [{ name: `run ${index + 1}`, stacks: run.fold.stacks }];
    return split
      .filter((entry) => entry.stacks.size > 0)
      .map((entry) => {
        const process = processes.find((candidate) => candidate.pid === entry.pid);
        const command = process?.argv ? process.argv.join(' ') : (process?.comm ?? '');
        const shown = command.length > 80 ? `${command.slice(0, 79)}…` : command;
        return { name: `run ${index + 1} · pid ${entry.pid}${shown ? ` · ${shown.replace(/\s+/g, ' ')}` : ''}`, stacks: entry.stacks };
      });
  });
}

/** Parent pids and command lines of the processes the child-activation hook saw start. */
function describeProcesses(quality: RunQuality, run: FoldedRun): RunQuality {
  const started = new Map((run.activated ?? []).map((process) => [process.pid, process]));
  for (const process of quality.processes) {
    const seen = started.get(process.pid);
    if (!seen) continue;
    process.ppid = seen.ppid;
    process.argv = seen.argv;
  }
  return quality;
}

/** How to keep more of deep stacks, for the mode that cut them. */
function adviseOnTruncation(input: FoldInput): string {
  if (input.runner.mode === 'fp') {
    const maxStack = input.runner.readiness.perf.maxStack;
    return `In fp mode the kernel caps call chains at kernel.perf_event_max_stack (${maxStack ?? 'unknown'} frames): set 'allow-sudo: true' to let the check raise it, or run 'sudo sysctl -w kernel.perf_event_max_stack=1024' in an earlier step.`;
  }
  const maximum = 65528;
  if (input.dwarfStackBytes >= maximum) return `perf copied ${maximum} bytes of stack per sample, its maximum; deeper stacks cannot be unwound in ${input.runner.mode} mode (a frame-pointer Python in fp mode can).`;
  // Measured with CPython 3.13 perf-jit: 16 KiB keeps ~26 Python frames, about 0.6 KiB each; a
  // pytest run's own frames alone are ~30 deep (32 KiB kept 91% of its samples rooted, 64 KiB all).
  const suggested = Math.min(maximum, input.dwarfStackBytes * 2);
  return `perf copied ${input.dwarfStackBytes} bytes of stack per sample (about 0.6 KiB per Python frame): set 'dwarf-stack-size' to ${suggested} (up to ${maximum}) to keep deeper stacks; perf.data grows in proportion.`;
}
