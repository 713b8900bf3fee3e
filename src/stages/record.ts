/**
 * record: the benchmark's runs under perf — the head tree, and with `baseline-ref` the base tree
 * too, interleaved A B A B … so drift of the runner during the job hits both sides alike. Each
 * run's `perf script` lines go straight into a folder the fold stage supplies, so no run's text is
 * ever held whole; each run's folded profile is written as soon as it exists.
 *
 * The runs record back to back, and are processed (perf inject, perf script, the fold) after the
 * last one, several at once: nothing of ours runs beside a run being recorded, and processing,
 * about a third of a 2 s run's time each, shares the cores instead of queueing for one. The
 * waiting runs are processed before the next one records only when that run's perf.data (guessed
 * from the last one's) would take them past `maxPendingBytes`, or when the first round of runs
 * was long (`firstCheckSeconds`): then an error that only processing finds (perf inject failing,
 * the base tree's code in the head's profile) stops the job before the other runs, not after. A
 * run that failed stops the job once the runs recorded before it are processed (their folded
 * profiles are written).
 */
import { rmSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ActivatedProcess } from '../core/activation-hook.js';
import type { FoldResult } from '../core/fold-python.js';
import { mapConcurrently } from '../core/map-concurrently.js';
import { planMode } from '../core/profiling-modes.js';
import { formatShellCommand } from '../core/shell-words.js';
import type { Target } from '../core/target.js';
import { detectForeignFrames } from '../core/tree-check.js';
import { UserError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import type { Settings } from '../settings.js';
import type { OutputDirectory } from '../shell/output-dir.js';
import { installChildActivation, type ChildActivation } from '../shell/python-activation.js';
import { captureRun, processCapture, runUnprofiled, type Capture, type LineSink, type RecordedRun, type RecordRequest } from '../shell/recorder.js';
import { copyKallsyms, removeFiles } from '../shell/perf-files.js';
import { openTrees, type Tree } from '../shell/trees.js';
import type { Runner } from './check.js';

/** How often a long run says it is alive. */
const heartbeatMs = 30_000;

/** A run that produced a profile. */
export interface FoldedRun extends RecordedRun {
  fold: FoldResult;
  /** Python processes the child-activation hook saw start (with their command lines), when it was installed. */
  activated?: ActivatedProcess[];
}

export interface Recording {
  /** The current code's runs, in order. */
  current: FoldedRun[];
  /** With baseline-ref: the base commit's runs, recorded interleaved with `current`. */
  base: FoldedRun[];
  baseRef?: { ref: string; sha: string };
}

/** A sink for one run's `perf script` lines that folds them (the fold stage's `createRunFolder`). */
export type CreateRunFolder = (tree: { workingDirectory: string }) => LineSink & { finish(): FoldResult };

export interface RecordInput {
  settings: Settings;
  target: Target;
  runner: Runner;
  outputs: OutputDirectory;
  reporter: Reporter;
  createRunFolder: CreateRunFolder;
}

export async function record(input: RecordInput): Promise<Recording> {
  const { settings, runner, outputs, reporter } = input;
  const plan = planMode(runner.mode, { dwarfStackBytes: settings.dwarfStackBytes });
  const scratchDirectory = join(tmpdir(), 'python-perf-gate', `run-${process.pid}`);
  const timeoutMs = settings.timeoutMinutes * 60_000;
  const python = runner.python.executable;
  const trees = await openTrees({
    workingDirectory: settings.workingDirectory,
    target: input.target,
    baselineRef: settings.baselineRef,
    prepare: settings.prepare,
    python,
    timeoutMs,
    scratchRoot: settings.github.runnerTemp,
    prepareLogPath: (side) => outputs.logPath(`${filePrefix(side)}prepare`),
    describe: (name) => settings.describe(name),
    reporter,
  });
  const recording: Recording = { current: [], base: [] };
  if (trees.baseRef) recording.baseRef = trees.baseRef;
  let activation: ChildActivation | undefined;
  /** Recorded runs waiting to be processed, in recording order. */
  let pending: PendingRun[] = [];
  /** The processed runs' files in /tmp, removed after each batch. */
  const tmpLeftovers: string[] = [];
  const processPending = async () => {
    const runs = pending;
    pending = [];
    if (runs.length === 0) return;
    const recordedCount = runs.filter((run) => !run.capture.run.failure).length;
    const concurrency = Math.min(runs.length, processingConcurrency);
    if (recordedCount > 1) reporter.info(`Processing ${recordedCount} runs, ${concurrency} at a time …`);
    // Settles every run (failures included) before it returns.
    const settled = await mapConcurrently(runs, concurrency, async (run) => {
      const folded = await finishTreeRun({ ...input, ...run });
      if (run.activated) folded.activated = run.activated;
      outputs.writeRun({ side: run.tree.side, index: run.index, stacks: folded.fold.stacks });
      return folded;
    });
    // Once every run of the batch is processed: not beside another run's perf inject (recorder.ts).
    removeFiles(tmpLeftovers.splice(0));
    // In recording order, whatever order they finished in; the first run that failed stops the job.
    for (const [position, outcome] of settled.entries()) {
      if (outcome.status === 'rejected') throw outcome.reason;
      const folded = outcome.value;
      reporter.info(`${runs[position]!.name}: ${folded.fold.quality.samples.toLocaleString('en-US')} samples (processing ${folded.processingSeconds.toFixed(2)} s)`);
      (runs[position]!.tree.side === 'base' ? recording.base : recording.current).push(folded);
    }
  };
  try {
    if (settings.activateChildren) activation = await activateChildren({ python, runner, scratchDirectory, reporter });
    const kallsymsPath = copyKallsyms(scratchDirectory);
    for (const tree of trees.all) {
      for (let index = 1; index <= settings.warmup; index += 1) {
        reporter.info(`${tree.label}warm-up ${index}/${settings.warmup} …`);
        const logPath = outputs.logPath(`${filePrefix(tree.side)}warmup-${index}`);
        const failure = await runUnprofiled({ python, target: tree.target, plan, env: tree.env, workingDirectory: tree.workingDirectory, logPath, timeoutMs });
        if (failure) throw new UserError(`The warm-up run failed (${failure}); see ${logPath}. No profile was recorded.`);
      }
    }
    for (let index = 1; index <= settings.repeat; index += 1) {
      for (const tree of trees.all) {
        const name = `${tree.label}run ${index}/${settings.repeat}`;
        reporter.info(`${name} …`);
        const started = Date.now();
        const heartbeat = setInterval(() => reporter.info(`${name} still running (${Math.round((Date.now() - started) / 1000)} s)`), heartbeatMs);
        activation?.arm();
        let recorded: TreeCapture;
        let activated: ActivatedProcess[] | undefined;
        try {
          recorded = await captureTreeRun({ ...input, tree, index, plan, scratchDirectory, timeoutMs, kallsymsPath, tmpLeftovers });
        } finally {
          clearInterval(heartbeat);
          activated = activation?.disarm();
        }
        pending.push({ ...recorded, tree, index, name, activated });
        const { run } = recorded.capture;
        if (!run.failure) reporter.info(`${name}: ${run.wallSeconds.toFixed(1)} s recorded`);
        // The next run's perf.data is guessed to be as big as this one's.
        const waitingBytes = pending.reduce((sum, waiting) => sum + waiting.capture.dataBytes, 0) + recorded.capture.dataBytes;
        const longFirstRound = index === 1 && tree === trees.all[trees.all.length - 1] && pending.some((waiting) => waiting.capture.run.wallSeconds >= firstCheckSeconds);
        if (run.failure || waitingBytes > maxPendingBytes || longFirstRound) await processPending();
      }
    }
    await processPending();
  } finally {
    // Runs recorded before an error are still processed: their /tmp files are removed and their
    // folded profiles written. The error that brought us here is the one reported.
    await processPending().catch(() => undefined);
    activation?.remove();
    rmSync(scratchDirectory, { recursive: true, force: true });
    await trees.close();
  }
  return recording;
}

/**
 * Runs processed at once after the recordings: one per core and one more, which fills the time
 * perf inject and perf script wait for each other and for the disk (5 runs of a 2 s benchmark on
 * 2 cores, perf alone: 3.4–3.7 s one at a time, 2.0–2.2 s two, 1.7–1.8 s three).
 */
const processingConcurrency = availableParallelism() + 1;

/**
 * perf.data bytes that may wait in the scratch directory for processing, the next run's included;
 * beyond it the waiting runs are processed before the next one records (perf-jit at the default
 * 16 KiB stack copies writes ≈ 16 MB per second of a busy thread).
 */
const maxPendingBytes = 2 * 1024 ** 3;

/**
 * A first round of runs this long (seconds, any run) is processed before the second records, so
 * an error only processing finds is reported after one run instead of after all of them; below
 * it, waiting costs at most `repeat` short runs, and processing them together saves more.
 */
const firstCheckSeconds = 10;

async function activateChildren(options: { python: string; runner: Runner; scratchDirectory: string; reporter: Reporter }): Promise<ChildActivation | undefined> {
  const outcome = await installChildActivation({ python: options.python, mode: options.runner.mode, scratchDirectory: options.scratchDirectory });
  if (outcome.status === 'installed') {
    options.reporter.info(`Child activation: hook in ${outcome.activation.directory} while runs record (removed afterwards).`);
    return outcome.activation;
  }
  options.reporter.notice(
    `Child activation is off: ${outcome.reason}. Python processes that the benchmark starts with a cleaned environment (e.g. pyperf workers) will not be profiled; pass the variables through (pyperf: --inherit-environ=PYTHON_PERF_JIT_SUPPORT,PYTHONPERFSUPPORT) or use an interpreter whose site-packages is writable (a venv).`,
  );
  return undefined;
}

type TreeRunInput = RecordInput & { tree: Tree; index: number };
/** A recorded run and the folder its samples will go to. */
interface TreeCapture {
  capture: Capture;
  folder: ReturnType<CreateRunFolder>;
}

/** A recorded run waiting to be processed. */
interface PendingRun extends TreeCapture {
  tree: Tree;
  index: number;
  /** How messages name it ('run 2/5', 'base: run 2/5'). */
  name: string;
  activated: ActivatedProcess[] | undefined;
}

async function captureTreeRun(input: TreeRunInput & { plan: ReturnType<typeof planMode>; scratchDirectory: string; timeoutMs: number; kallsymsPath: string | undefined; tmpLeftovers: string[] }): Promise<TreeCapture> {
  const { settings, runner, outputs, tree, index } = input;
  const logPath = outputs.logPath(`${filePrefix(tree.side)}run-${index}`, { listed: true });
  const folder = input.createRunFolder({ workingDirectory: tree.workingDirectory });
  const request: RecordRequest = {
    perfPath: runner.perfPath,
    python: runner.python.executable,
    plan: input.plan,
    event: runner.readiness.event,
    frequency: settings.frequency,
    target: tree.target,
    workingDirectory: tree.workingDirectory,
    scratchDirectory: input.scratchDirectory,
    logPath,
    sink: folder,
    timeoutMs: input.timeoutMs,
    label: `${filePrefix(tree.side)}run-${index}`,
    env: tree.env,
    tmpLeftovers: input.tmpLeftovers,
  };
  if (settings.keepPerfData) request.keepPerfDataIn = outputs.perfDataDirectory;
  if (input.kallsymsPath) request.kallsymsPath = input.kallsymsPath;
  return { capture: await captureRun(request), folder };
}

async function finishTreeRun(input: TreeRunInput & TreeCapture): Promise<FoldedRun> {
  const { settings, tree, index, capture, folder } = input;
  const run = await processCapture(capture);
  for (const command of run.perfCommands) input.reporter.debug(`perf: ${formatShellCommand(command)}`);
  if (run.perfDataPath) input.outputs.addPerfData(run.perfDataPath);
  if (run.perfDataRead) input.reporter.info(describePerfDataRead(run.perfDataRead));
  if (run.failure) {
    const logPath = capture.request.logPath;
    const tail = run.logTail.length > 0 ? `\nLast ${run.logTail.length} lines of ${relative(process.cwd(), logPath) || logPath}:\n${run.logTail.join('\n')}` : '';
    throw new UserError(`${tree.label}Run ${index}/${settings.repeat}: ${run.failure} No comparison was made.${tail}`, { logTail: run.logTail });
  }
  const folded: FoldedRun = { ...run, fold: folder.finish() };
  if (tree.otherRoot) {
    const foreign = detectForeignFrames(folded.fold.stacks, tree.otherRoot, { workingDirectory: tree.workingDirectory, homeDirectory: homedir() });
    if (foreign.length > 0) {
      throw new UserError(
        `${tree.label}run ${index} executed code of the other tree (${tree.otherRoot}), so base and head would not be compared fairly: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}. Make the benchmark import from its working directory (the Action sets PYTHONPATH to each tree), or avoid installing the package outside the trees.`,
      );
    }
  }
  return folded;
}

/** How to open a kept perf.data later: the perf command, after copying map files back to /tmp, where perf looks for them. */
export function describePerfDataRead(read: { command: string[]; mapFiles: string[] }): string {
  const copy = read.mapFiles.length > 0 ? `${formatShellCommand(['cp', ...read.mapFiles, '/tmp/'])} && ` : '';
  return `perf.data kept; read it with: ${copy}${formatShellCommand(read.command)}`;
}

/** '' for the head tree's files, 'base-' for the base tree's. */
function filePrefix(side: Tree['side']): string {
  return side === 'base' ? 'base-' : '';
}
