/**
 * record: the benchmark's runs under perf — the head tree, and with `baseline-ref` the base tree
 * too, interleaved A B A B … so drift of the runner during the job hits both sides alike. Each
 * run's `perf script` lines go straight into a folder the fold stage supplies, so no run's text is
 * ever held whole; each run's folded profile is written as soon as it exists.
 *
 * Processing a run (perf inject, perf script, the fold) costs about a third of a 2 s run. Where
 * the first run left a core idle, run N can be processed while run N+1 records, at niceness 19 so
 * the benchmark keeps its core (`overlap-processing`, opt-in: the processing is still a neighbour,
 * and a cache-bound function measured +25% beside it in one A/A comparison); one run is processed
 * at a time, in order, and a failed run stops the job before the next one records.
 */
import { rmSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ActivatedProcess } from '../core/activation-hook.js';
import type { FoldResult } from '../core/fold-python.js';
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
  /** The run being processed, settled (never rejects): its error, if it failed. */
  let inFlight: Promise<{ error: unknown } | undefined> | undefined;
  const settleProcessing = async () => {
    const settled = await inFlight;
    inFlight = undefined;
    if (settled) throw settled.error;
  };
  try {
    if (settings.activateChildren) activation = await activateChildren({ python, runner, scratchDirectory, reporter });
    for (const tree of trees.all) {
      for (let index = 1; index <= settings.warmup; index += 1) {
        reporter.info(`${tree.label}warm-up ${index}/${settings.warmup} …`);
        const logPath = outputs.logPath(`${filePrefix(tree.side)}warmup-${index}`);
        const failure = await runUnprofiled({ python, target: tree.target, plan, env: tree.env, workingDirectory: tree.workingDirectory, logPath, timeoutMs });
        if (failure) throw new UserError(`The warm-up run failed (${failure}); see ${logPath}. No profile was recorded.`);
      }
    }
    const cores = availableParallelism();
    const total = settings.repeat * trees.all.length;
    let overlap: boolean | undefined = settings.overlapProcessing ? undefined : false;
    let recorded = 0;
    for (let index = 1; index <= settings.repeat; index += 1) {
      for (const tree of trees.all) {
        const name = `${tree.label}run ${index}/${settings.repeat}`;
        reporter.info(`${name} …`);
        const started = Date.now();
        const heartbeat = setInterval(() => reporter.info(`${name} still running (${Math.round((Date.now() - started) / 1000)} s)`), heartbeatMs);
        activation?.arm();
        let capture: TreeCapture;
        let activated: ActivatedProcess[] | undefined;
        try {
          capture = await captureTreeRun({ ...input, tree, index, plan, scratchDirectory, timeoutMs });
        } finally {
          clearInterval(heartbeat);
          activated = activation?.disarm();
        }
        recorded += 1;
        if (overlap === undefined) {
          const { benchmarkCpuSeconds: cpuSeconds, wallSeconds } = capture.capture.run;
          overlap = decideOverlap({ cpuSeconds, wallSeconds, cores });
          reporter.info(describeOverlap({ overlap, cpuSeconds, wallSeconds, cores }));
        }
        // One run is processed at a time, in order; a failure of the one before stops here.
        await settleProcessing();
        const processing = finishTreeRun({ ...input, tree, index, ...capture, niceness: overlap ? overlapNiceness : undefined }).then((run) => {
          if (activated) run.activated = activated;
          outputs.writeRun({ side: tree.side, index, stacks: run.fold.stacks });
          (tree.side === 'base' ? recording.base : recording.current).push(run);
          reporter.info(`${name}: ${run.wallSeconds.toFixed(1)} s, ${run.fold.quality.samples.toLocaleString('en-US')} samples (processing ${run.processingSeconds.toFixed(2)} s)`);
        });
        // Handled at once (an unhandled rejection would end the process while the next run records).
        inFlight = processing.then(
          () => undefined,
          (error: unknown) => ({ error }),
        );
        // A failed run stops the job before another one records.
        if (!overlap || recorded === total || capture.capture.run.failure) await settleProcessing();
      }
    }
  } finally {
    // Never delete the scratch directory under a run still being processed.
    await inFlight;
    activation?.remove();
    rmSync(scratchDirectory, { recursive: true, force: true });
    await trees.close();
  }
  return recording;
}

/** Niceness of processing that overlaps a recorded run: it yields the CPU to the benchmark first. */
const overlapNiceness = 19;

/**
 * Idle CPU (in cores) the first run must leave for processing to overlap the next ones: most of
 * a core, not a whole one. A single-threaded benchmark measured 1.00–1.03 cores by the CPU time of
 * perf record and its children, 0.86–0.88 by perf's sample count (the decision's source; the
 * difference is not traced).
 */
const minIdleCores = 0.75;

/**
 * Whether run N's processing may overlap run N+1's recording: only when the first run left most
 * of a core idle (cores − the benchmark's CPU seconds ÷ its wall seconds ≥
 * `minIdleCores`), so the processing does not take a core the benchmark uses. Unknown CPU time: no.
 */
export function decideOverlap(options: { cpuSeconds: number | undefined; wallSeconds: number; cores: number }): boolean {
  const { cpuSeconds, wallSeconds, cores } = options;
  if (cpuSeconds === undefined || !(wallSeconds > 0)) return false;
  return cores - cpuSeconds / wallSeconds >= minIdleCores;
}

function describeOverlap(options: { overlap: boolean; cpuSeconds: number | undefined; wallSeconds: number; cores: number }): string {
  const used = options.cpuSeconds === undefined ? 'an unknown number of' : (options.cpuSeconds / options.wallSeconds).toFixed(2);
  return options.overlap
    ? `Processing overlaps the next run at low priority (run 1 used ${used} of ${options.cores} cores).`
    : `Each run is processed before the next starts (run 1 used ${used} of ${options.cores} cores; overlapping needs ${minIdleCores} of a core idle).`;
}

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

async function captureTreeRun(input: TreeRunInput & { plan: ReturnType<typeof planMode>; scratchDirectory: string; timeoutMs: number }): Promise<TreeCapture> {
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
  };
  if (settings.keepPerfData) request.keepPerfDataIn = outputs.perfDataDirectory;
  return { capture: await captureRun(request), folder };
}

async function finishTreeRun(input: TreeRunInput & TreeCapture & { niceness: number | undefined }): Promise<FoldedRun> {
  const { settings, tree, index, capture, folder } = input;
  const run = await processCapture(capture, input.niceness === undefined ? {} : { niceness: input.niceness });
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
