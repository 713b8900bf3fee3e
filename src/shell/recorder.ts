/**
 * Runs one benchmark execution under `perf record`, streams `perf script`'s text (after
 * `perf inject --jit` in perf-jit mode) line by line into a sink the fold stage supplies, and
 * removes the files perf and CPython leave behind (perf-files.ts). Also runs unrecorded warm-ups.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModePlan } from '../core/profiling-modes.js';
import type { Target } from '../core/target.js';
import { describeMissingJittedCode, prepareJitDirectory } from './jit-directory.js';
import { fixExecMaps, type ExecFixSummary } from './perf-data-rewrite.js';
import { keepJittedSymbols, listOurPerfTmpFiles, listPerfTmpFiles, moveFile, removeFiles } from './perf-files.js';
import { buildInterpreterEnvironment } from './tree-environment.js';
import { describeExit, readLogTail, runCommand, runCommandToLog, runPipedStreamingLines, runStreamingLines, type RunResult } from './process.js';

/** Receives `perf script`'s sample lines (task events are the recorder's own). */
export interface LineSink {
  pushLine(line: string): void;
}

export interface RecordRequest {
  perfPath: string;
  python: string;
  plan: ModePlan;
  event: string;
  frequency: number;
  target: Target;
  workingDirectory: string;
  /** Scratch directory for perf.data (deleted per run unless keepPerfDataIn is set). */
  scratchDirectory: string;
  /** Benchmark output (stdout + stderr, with perf's own messages) goes here. */
  logPath: string;
  /** Where the sample lines go. */
  sink: LineSink;
  timeoutMs?: number;
  /** Move the final perf.data (and map files) here instead of deleting them. */
  keepPerfDataIn?: string;
  /** Extra environment for the benchmark. */
  env?: NodeJS.ProcessEnv;
  /** A copy of /proc/kallsyms for perf inject and perf script (perf-files.ts `copyKallsyms`). */
  kallsymsPath?: string;
  /** Used to name files of this run. */
  label: string;
  /**
   * Given, the run's files in /tmp (perf-files.ts) are added here when it is processed, for the
   * caller to remove (`removeFiles`) once no other run is being processed; otherwise they are
   * removed at once. Without a tmpfs for the jitted code (`prepareJitDirectory`), perf inject
   * writes a jitted-PID-N.so per jitted function into /tmp (504 a run of examples/bench.py), and
   * unlinking them beside other runs' perf inject, which is creating its own there, is slow: the
   * 2,759 files of a 5-run job took 0.75 s of Node's main thread that way and 0.17 s after the
   * batch (both under strace).
   */
  tmpLeftovers?: string[];
}

export interface RecordedRun {
  label: string;
  /** The benchmark's own exit status. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallSeconds: number;
  lostChunks: number;
  pids: number[];
  /** Last lines of the benchmark's output, for error messages. */
  logTail: string[];
  /** Set when the run did not produce a profile; says why. */
  failure?: string;
  perfDataPath?: string;
  /**
   * With keepPerfDataIn: how to read the kept perf.data later — the perf command (with the kept
   * build-id cache of jitted code in perf-jit mode), and the kept perf-PID.map files, which perf
   * only reads from /tmp (fp and dwarf modes: copy them back first).
   */
  perfDataRead?: { command: string[]; mapFiles: string[] };
  /** Every perf command this run executed, in order (for the debug log). */
  perfCommands: string[][];
  /** Seconds spent in inject + script (+ the sink). */
  processingSeconds: number;
  /**
   * perf-jit mode: the private tmpfs directory perf inject wrote the jitted code to, when one was
   * used (`prepareJitDirectory`); removed with the run.
   */
  jitDirectory?: string;
  /** DWARF modes: the perf.data rewrite that keeps exec'd children unwindable (perf-data-rewrite.ts). */
  execFix?: ExecFixSummary;
}

/** The fields our folder reads; stable across perf versions and present for every sample type. */
export const perfScriptFields = 'comm,pid,tid,time,period,event,ip,sym,dso';

/** Builds the benchmark's argv and environment for a target. */
export function buildWorkload(request: Pick<RecordRequest, 'python' | 'target' | 'plan' | 'env'>): {
  argv: string[];
  env: NodeJS.ProcessEnv;
} {
  const env: NodeJS.ProcessEnv = { ...process.env, ...request.env, ...request.plan.env };
  switch (request.target.kind) {
    case 'script':
      return { argv: [request.python, request.target.script, ...request.target.args], env };
    case 'argv':
    case 'run':
      // The one input that is a shell line by design. The verified interpreter comes first on PATH
      // and in $PYTHON, so `python`, `pytest`, `python -m …` inside it use the checked build.
      Object.assign(env, buildInterpreterEnvironment(request.python, env));
      return { argv: request.target.kind === 'run' ? ['/bin/sh', '-c', request.target.command] : request.target.argv, env };
  }
}

/**
 * `perf script --max-stack`: perf script stops every call chain at 127 frames by default (its
 * PERF_MAX_STACK_DEPTH), also where it unwinds DWARF stack dumps itself. A Python frame costs 4–5
 * native frames in perf-jit mode, so that cut a pytest run's chains at ~26 Python frames whatever
 * `dwarf-stack-size` was (measured: 708 of 1,593 samples reached the process root at 127, 1,590 at
 * 1024, same 64 KiB perf.data). 1024 is never the limit for a 64 KiB stack dump; in fp mode the
 * kernel's perf_event_max_stack caps the chain at record time.
 */
export const scriptMaxStackFrames = 1024;

/** Bytes of each benchmark stream kept in memory (the log file gets everything). */
export const keptOutputBytes = 256 * 1024;
/** Lines of the benchmark's log quoted in failure messages. */
export const logTailLines = 50;

/** A finished `perf record` of one run, waiting for `processCapture`. */
export interface Capture {
  request: RecordRequest;
  run: RecordedRun;
  dataPath: string;
  /** perf.data's size on disk (0 when perf wrote none): what waits in the scratch directory until processed. */
  dataBytes: number;
  injectedPath: string;
  buildIdDir: string;
  /** perf/CPython files in /tmp before the run (never removed: not ours). */
  before: Set<string>;
  /** The run's processes so far (a timeout's process group). */
  pids: Set<number>;
  perf: (...args: string[]) => string[];
}

/** Records one run and processes it: `processCapture(await captureRun(request))`. */
export async function recordRun(request: RecordRequest): Promise<RecordedRun> {
  return processCapture(await captureRun(request));
}

/** Runs the benchmark under `perf record`; the recording is processed (and cleaned up) by `processCapture`. */
export async function captureRun(request: RecordRequest): Promise<Capture> {
  mkdirSync(request.scratchDirectory, { recursive: true });
  // Absolute: perf inject and perf script may run in another directory (prepareJitDirectory).
  const scratchDirectory = resolve(request.scratchDirectory);
  const dataPath = join(scratchDirectory, `${request.label}.perf.data`);
  const injectedPath = join(scratchDirectory, `${request.label}.jit.data`);
  // perf caches every DSO it touches under ~/.debug: `record` obeys --no-buildid-cache, but
  // `inject --jit` copies each jitted-PID-N.so there regardless, and the PERF_BUILDID_DIR variable
  // is only perf's output to its children. perf's global `--buildid-dir` is honoured by every
  // subcommand, so each perf call gets a private cache that is deleted with the run.
  const buildIdDir = join(scratchDirectory, `${request.label}.buildid`);
  const perfCommands: string[][] = [];
  const perf = (...args: string[]) => {
    const argv = [request.perfPath, '--buildid-dir', buildIdDir, ...args];
    perfCommands.push(argv);
    return argv;
  };
  const { argv, env } = buildWorkload(request);
  const before = listPerfTmpFiles();
  const recordArgv = perf(
    'record',
    // BPF sideband events are of no use here and cost ~0.9 s per run: perf's sideband thread
    // waits out a 1 s poll at exit (measured with perf 6.1: 1.08 s → 0.22 s for `python -c pass`).
    '--no-bpf-event',
    '-e',
    request.event,
    '-F',
    String(request.frequency),
    ...request.plan.callGraphArgs,
    '--no-buildid-cache',
    // After the benchmark exits, perf record reads the whole perf.data again to list the build-ids
    // of the binaries it hit (measured here: a 2 s run's wall 2.49–2.54 s → 2.32–2.37 s over 3
    // pairs, 35 MB of perf.data in perf-jit mode; `python -c pass` 0.33–0.41 s → 0.22–0.25 s).
    // Processed right away, the binaries are the ones on disk, so perf script finds them by path;
    // only a kept perf.data, read later, needs the table.
    ...(request.keepPerfDataIn ? [] : ['--no-buildid']),
    '-o',
    dataPath,
    '--',
    ...argv,
  );
  const record = await runCommandToLog(recordArgv, { cwd: request.workingDirectory, env, logPath: request.logPath, keepOutputBytes: keptOutputBytes, timeoutMs: request.timeoutMs });
  const run: RecordedRun = {
    label: request.label,
    exitCode: record.exitCode,
    signal: record.signal,
    timedOut: record.timedOut,
    wallSeconds: record.wallSeconds,
    lostChunks: parseLostChunks(record.stderr),
    pids: [],
    logTail: readLogTail(request.logPath, logTailLines),
    processingSeconds: 0,
    perfCommands,
  };
  const failure = classifyRecordFailure(record, { perfPath: request.perfPath, timeoutMs: request.timeoutMs });
  if (failure) run.failure = failure;
  // Our processes: on a timeout, the group perf ran in (perf itself is harmless in it); otherwise and
  // in addition, every process perf saw (task events in perf.data).
  const dataBytes = existsSync(dataPath) ? statSync(dataPath).size : 0;
  return { request, run, dataPath, dataBytes, injectedPath, buildIdDir, before, pids: new Set<number>(record.killedPids), perf };
}

/**
 * Streams the recording's samples into the request's sink (perf inject --jit | perf script in
 * perf-jit mode), then removes what the run left in /tmp and the scratch directory (keeping
 * perf.data with keepPerfDataIn).
 */
export async function processCapture(capture: Capture): Promise<RecordedRun> {
  const { request, run, dataPath, injectedPath, buildIdDir, before, pids, perf } = capture;
  try {
    if (run.failure) {
      if (existsSync(dataPath)) await collectPids(perf, dataPath, pids);
      return run;
    }
    const processingStarted = process.hrtime.bigint();
    // perf keeps a parent's maps in an exec'd child, which breaks its DWARF unwinding at random.
    if (request.plan.callGraphArgs.some((arg) => arg.includes('dwarf'))) run.execFix = fixExecMaps(dataPath);
    const sink = request.sink;
    const onLine = (line: string) => {
      if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
      else sink.pushLine(line);
    };
    const kallsyms = request.kallsymsPath ? ['--kallsyms', resolve(request.kallsymsPath)] : [];
    const scriptArgs = (input: string) => perf('script', ...kallsyms, '-i', input, '--no-inline', '--show-task-events', '--max-stack', String(scriptMaxStackFrames), '-F', perfScriptFields);
    const streamOptions = { cwd: request.scratchDirectory, keepOutputBytes: keptOutputBytes };
    let scriptInput = dataPath;
    let script: RunResult;
    if (request.plan.injectJit && !request.keepPerfDataIn) {
      const jit = prepareJitDirectory({ dataPath, before });
      const jitDirectory = jit?.directory;
      if (jitDirectory) run.jitDirectory = jitDirectory;
      // perf inject --jit | perf script: both at once, and no second copy of perf.data on disk.
      const piped = await runPipedStreamingLines(perf('inject', ...kallsyms, '-i', dataPath, '--jit', '-o', '-'), scriptArgs('-'), onLine, { ...streamOptions, cwd: jitDirectory ?? streamOptions.cwd });
      // perf script dying first leaves perf inject a broken pipe (SIGPIPE): then script is to blame.
      const scriptDiedFirst = piped.producer.signal === 'SIGPIPE' && piped.consumer.exitCode !== 0;
      if (piped.producer.exitCode !== 0 && !scriptDiedFirst) {
        run.failure = describeInjectFailure(piped.producer);
        await collectPids(perf, dataPath, pids);
        return run;
      }
      script = piped.consumer;
      const missing = jit && describeMissingJittedCode(jit);
      if (missing) {
        run.failure = missing;
        return run;
      }
    } else {
      if (request.plan.injectJit) {
        // Keeping perf.data: write the injected file, which is what perf report needs later.
        const inject = await runCommand(perf('inject', ...kallsyms, '-i', dataPath, '--jit', '-o', injectedPath), { cwd: request.scratchDirectory });
        if (inject.exitCode !== 0) {
          run.failure = describeInjectFailure(inject);
          await collectPids(perf, dataPath, pids);
          return run;
        }
        rmSync(dataPath, { force: true });
        scriptInput = injectedPath;
      }
      script = await runStreamingLines(scriptArgs(scriptInput), onLine, streamOptions);
    }
    if (script.exitCode !== 0) {
      run.failure = `perf script failed (${describeExit(script)}): ${lastLines(script.stderr, 3)}`;
      return run;
    }
    // perf script's stderr is perf's alone (record's is mixed with the benchmark's), and it repeats
    // the lost-chunk warning when the ring buffer overflowed during recording (inject keeps the
    // PERF_RECORD_LOST events).
    run.lostChunks = parseLostChunks(script.stderr);
    run.processingSeconds = Number(process.hrtime.bigint() - processingStarted) / 1e9;
    if (request.keepPerfDataIn) {
      mkdirSync(request.keepPerfDataIn, { recursive: true });
      const kept = join(request.keepPerfDataIn, `${request.label}.perf.data`);
      moveFile(scriptInput, kept);
      run.perfDataPath = kept;
      run.perfDataRead = { command: [request.perfPath, 'report', '-i', kept], mapFiles: [] };
      if (request.plan.injectJit) {
        // The injected perf.data names each jitted-PID-N.so in /tmp, which is removed below; perf
        // inject also copied them into the private build-id cache, where perf finds them by build id.
        const keptCache = join(request.keepPerfDataIn, `${request.label}.buildid`);
        if (keepJittedSymbols({ buildIdDir, destination: keptCache }) > 0) {
          run.perfDataRead.command = [request.perfPath, '--buildid-dir', keptCache, 'report', '-i', kept];
        }
      }
    }
    return run;
  } finally {
    run.pids = [...pids].sort((a, b) => a - b);
    const ours = listOurPerfTmpFiles({ pids, before, keepIn: request.keepPerfDataIn });
    if (request.tmpLeftovers) request.tmpLeftovers.push(...ours.toRemove);
    else removeFiles(ours.toRemove);
    if (run.perfDataRead) run.perfDataRead.mapFiles = ours.keptMaps;
    rmSync(dataPath, { force: true });
    rmSync(injectedPath, { force: true });
    rmSync(buildIdDir, { recursive: true, force: true });
    if (run.jitDirectory) rmSync(run.jitDirectory, { recursive: true, force: true });
  }
}

function describeInjectFailure(inject: RunResult): string {
  return `perf inject --jit failed (${describeExit(inject)}): ${lastLines(inject.stderr, 3)}`;
}

/** A warm-up: the workload with the mode's environment but without perf; output to `logPath`. */
export async function runUnprofiled(request: Pick<RecordRequest, 'python' | 'target' | 'plan' | 'env' | 'workingDirectory' | 'logPath' | 'timeoutMs'>): Promise<string | undefined> {
  const { argv, env } = buildWorkload(request);
  // The log gets all output; memory keeps only a bounded tail.
  const result = await runCommandToLog(argv, { cwd: request.workingDirectory, env, logPath: request.logPath, keepOutputBytes: keptOutputBytes, timeoutMs: request.timeoutMs });
  if (result.timedOut) return `timed out after ${formatDuration(request.timeoutMs ?? 0)}; it and every process it started were killed`;
  if (result.exitCode !== 0 || result.spawnError) return describeExit(result);
  return undefined;
}

/**
 * Why a `perf record` call produced no usable recording, or undefined when it did. Distinguishes
 * perf that could not start, a workload that could not be executed, perf failing on its own (no
 * "Captured and wrote" line, e.g. permissions or a bad event), a timeout, and the benchmark's own
 * non-zero exit.
 */
export function classifyRecordFailure(
  record: Pick<RunResult, 'exitCode' | 'signal' | 'timedOut' | 'stderr' | 'spawnError'>,
  context: { perfPath: string; timeoutMs?: number | undefined },
): string | undefined {
  if (record.spawnError) {
    const code = record.spawnError.code ?? record.spawnError.message;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code;
    return `perf could not be started at ${context.perfPath} (${why}). Run \`python-perf-gate check\` to see what this runner needs.`;
  }
  if (record.timedOut) {
    return `The benchmark timed out after ${formatDuration(context.timeoutMs ?? 0)} (timeout-minutes); perf and every process it started were killed.`;
  }
  // perf ≤ 5.x: "Workload failed: …"; perf 6.x: "Failed to collect 'EVENT' for the 'PROG' workload: …".
  const workload = firstMatchingLine(record.stderr, /Workload failed|Failed to collect .* workload/);
  if (workload) return `The benchmark could not be started: ${workload}`;
  const captured = /\[ perf record: Captured and wrote/.test(record.stderr);
  if (!captured && (record.exitCode !== 0 || record.signal)) {
    return `perf record failed (${describeExit(record)}) without finishing its recording: ${firstLines(record.stderr, 3) || 'no message'}. Run \`python-perf-gate check\` to see what this runner needs.`;
  }
  if (record.exitCode !== 0 || record.signal) return `The benchmark failed with ${describeExit(record)}.`;
  return undefined;
}

/** perf prints "Processed N events and lost M chunks!" when its ring buffer overflowed. */
export function parseLostChunks(stderr: string): number {
  let lost = 0;
  for (const match of stderr.matchAll(/lost (\d+) chunks/g)) lost += Number(match[1]);
  return lost;
}

/** Reads process ids from perf's task events (`PERF_RECORD_COMM`, `PERF_RECORD_FORK(pid:tid)`). */
export function addTaskEventPids(line: string, pids: Set<number>): void {
  const lead = /^\s*\S.*?\s+(\d+)\/(\d+)\s/.exec(line);
  if (lead && Number(lead[1]) > 0) pids.add(Number(lead[1]));
  const fork = /PERF_RECORD_FORK\((\d+):(\d+)\)/.exec(line);
  if (fork) pids.add(Number(fork[1]));
  const comm = /PERF_RECORD_COMM(?: exec)?: .*:(\d+)\/(\d+)\s*$/.exec(line);
  if (comm && Number(comm[1]) > 0) pids.add(Number(comm[1]));
}

async function collectPids(perf: (...args: string[]) => string[], dataPath: string, pids: Set<number>): Promise<void> {
  await runStreamingLines(perf('script', '-i', dataPath, '--show-task-events', '-F', 'pid'), (line) => {
    if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
  });
}

function firstLines(text: string, count: number): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, count).join(' ');
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).map((line) => line.trim()).filter(Boolean).join(' ');
}

function firstMatchingLine(text: string, pattern: RegExp): string | undefined {
  return text.split('\n').find((line) => pattern.test(line))?.trim();
}

function formatDuration(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
