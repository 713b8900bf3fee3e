/**
 * The record stage: runs one benchmark execution under `perf record`, turns the data into folded
 * stacks (inject → script → fold, streamed), and removes the files perf and CPython leave behind.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { ModePlan } from '../core/profiling-modes.js';
import { createFolder, type FoldOptions, type FoldResult } from '../core/fold-python.js';
import { describeExit, runCommand, runStreamingLines, type RunResult } from './process.js';

/** What to run: a script with the verified interpreter, a shell command, or an argv as given. */
export type Target =
  | { kind: 'script'; script: string; args: string[] }
  | { kind: 'run'; command: string }
  | { kind: 'argv'; argv: string[] };

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
  fold: FoldOptions;
  timeoutMs?: number;
  /** Move the final perf.data (and map files) here instead of deleting them. */
  keepPerfDataIn?: string;
  /** Extra environment for the benchmark. */
  env?: NodeJS.ProcessEnv;
  /** Used to name files of this run. */
  label: string;
}

export interface RecordedRun {
  label: string;
  /** The benchmark's own exit status. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallSeconds: number;
  /** CPU time of the profiled processes estimated from samples (samples ÷ frequency). */
  cpuSeconds: number;
  lostChunks: number;
  fold?: FoldResult;
  pids: number[];
  /** Last lines of the benchmark's output, for error messages. */
  logTail: string[];
  /** Set when the run did not produce a profile; says why. */
  failure?: string;
  perfDataPath?: string;
  /** Seconds spent in inject + script + fold. */
  processingSeconds: number;
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
      env.PATH = `${dirname(request.python)}${delimiter}${env.PATH ?? ''}`;
      env.PYTHON = request.python;
      return { argv: request.target.kind === 'run' ? ['/bin/sh', '-c', request.target.command] : request.target.argv, env };
  }
}

export async function recordRun(request: RecordRequest): Promise<RecordedRun> {
  mkdirSync(request.scratchDirectory, { recursive: true });
  mkdirSync(dirname(request.logPath), { recursive: true });
  const dataPath = join(request.scratchDirectory, `${request.label}.perf.data`);
  const buildIdDir = join(request.scratchDirectory, `${request.label}.buildid`);
  // perf caches every DSO it sees under ~/.debug; give it a private cache we delete afterwards.
  const perfEnv: NodeJS.ProcessEnv = { ...process.env, PERF_BUILDID_DIR: buildIdDir };
  const { argv, env } = buildWorkload(request);
  env.PERF_BUILDID_DIR = buildIdDir;
  const before = listPerfTmpFiles();
  const log = createWriteStream(request.logPath);
  const recordArgv = [
    request.perfPath,
    'record',
    '-e',
    request.event,
    '-F',
    String(request.frequency),
    ...request.plan.callGraphArgs,
    '--no-buildid-cache',
    '-o',
    dataPath,
    '--',
    ...argv,
  ];
  let record: RunResult;
  try {
    const options: Parameters<typeof runCommand>[1] = { cwd: request.workingDirectory, env, tee: log };
    if (request.timeoutMs !== undefined) options.timeoutMs = request.timeoutMs;
    record = await runCommand(recordArgv, options);
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
  const logTail = readTail(request.logPath, 50);
  const lostChunks = parseLostChunks(record.stderr);
  const run: RecordedRun = {
    label: request.label,
    exitCode: record.exitCode,
    signal: record.signal,
    timedOut: record.timedOut,
    wallSeconds: record.wallSeconds,
    cpuSeconds: 0,
    lostChunks,
    pids: [],
    logTail,
    processingSeconds: 0,
  };
  const pids = new Set<number>();
  try {
    if (record.spawnError) {
      run.failure = `perf could not be started (${record.spawnError.code ?? record.spawnError.message}) at ${request.perfPath}.`;
      return run;
    }
    if (/Workload failed/.test(record.stderr)) {
      run.failure = `The benchmark could not be started: ${firstMatchingLine(record.stderr, /Workload failed|No such file|Permission denied/) ?? argv[0]}.`;
      return run;
    }
    if (record.timedOut) {
      run.failure = `The benchmark was still running after the timeout of ${formatMinutes(request.timeoutMs ?? 0)}; perf and every process it started were killed.`;
      await collectPids(request.perfPath, dataPath, perfEnv, pids);
      return run;
    }
    if (record.exitCode !== 0) {
      run.failure = `The benchmark failed with ${describeExit(record)}.`;
      await collectPids(request.perfPath, dataPath, perfEnv, pids);
      return run;
    }
    const processingStarted = process.hrtime.bigint();
    let scriptInput = dataPath;
    if (request.plan.injectJit) {
      const injected = join(request.scratchDirectory, `${request.label}.jit.data`);
      const inject = await runCommand([request.perfPath, 'inject', '-i', dataPath, '--jit', '-o', injected], {
        env: perfEnv,
        cwd: request.scratchDirectory,
      });
      if (inject.exitCode !== 0) {
        run.failure = `perf inject --jit failed (${describeExit(inject)}): ${inject.stderr.trim().split('\n').slice(-3).join(' ')}`;
        await collectPids(request.perfPath, dataPath, perfEnv, pids);
        return run;
      }
      rmSync(dataPath, { force: true });
      scriptInput = injected;
    }
    const folder = createFolder(request.fold);
    const script = await runStreamingLines(
      [request.perfPath, 'script', '-i', scriptInput, '--no-inline', '--show-task-events', '-F', perfScriptFields],
      (line) => {
        if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
        else folder.pushLine(line);
      },
      { env: perfEnv, cwd: request.scratchDirectory },
    );
    if (script.exitCode !== 0) {
      run.failure = `perf script failed (${describeExit(script)}): ${script.stderr.trim().split('\n').slice(-3).join(' ')}`;
      return run;
    }
    run.fold = folder.finish();
    run.cpuSeconds = run.fold.quality.samples / request.frequency;
    run.processingSeconds = Number(process.hrtime.bigint() - processingStarted) / 1e9;
    if (request.keepPerfDataIn) {
      mkdirSync(request.keepPerfDataIn, { recursive: true });
      const kept = join(request.keepPerfDataIn, `${request.label}.perf.data`);
      renameSync(scriptInput, kept);
      run.perfDataPath = kept;
    }
    return run;
  } finally {
    run.pids = [...pids].sort((a, b) => a - b);
    removePerfTmpFiles({ pids, before, keepIn: request.keepPerfDataIn });
    rmSync(dataPath, { force: true });
    rmSync(join(request.scratchDirectory, `${request.label}.jit.data`), { force: true });
    rmSync(buildIdDir, { recursive: true, force: true });
  }
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

async function collectPids(perfPath: string, dataPath: string, env: NodeJS.ProcessEnv, pids: Set<number>): Promise<void> {
  if (!existsSync(dataPath)) return;
  await runStreamingLines(
    [perfPath, 'script', '-i', dataPath, '--show-task-events', '-F', 'pid'],
    (line) => {
      if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
    },
    { env },
  );
}

const perfTmpPattern = /^(?:perf-(\d+)\.map|jit-(\d+)\.dump|jitted-(\d+)-\d+\.so)$/;

function listPerfTmpFiles(): Set<string> {
  const dir = tmpdir();
  try {
    return new Set(readdirSync(dir).filter((name) => perfTmpPattern.test(name)));
  } catch {
    return new Set();
  }
}

/**
 * Removes /tmp/perf-PID.map, /tmp/jit-PID.dump and /tmp/jitted-PID-N.so of our processes only:
 * the pid must be one of the run's (from perf's task events) and the file must not have existed
 * before the run. With keepIn, map files move there with perf.data so it stays readable.
 */
function removePerfTmpFiles(options: { pids: Set<number>; before: Set<string>; keepIn: string | undefined }): void {
  const dir = tmpdir();
  for (const name of listPerfTmpFiles()) {
    const match = perfTmpPattern.exec(name);
    if (!match || options.before.has(name)) continue;
    const pid = Number(match[1] ?? match[2] ?? match[3]);
    if (!options.pids.has(pid)) continue;
    const path = join(dir, name);
    try {
      if (options.keepIn && name.startsWith('perf-') && statSync(path).isFile()) {
        renameSync(path, join(options.keepIn, name));
      } else {
        rmSync(path, { force: true });
      }
    } catch {
      // Already gone.
    }
  }
}

function readTail(path: string, lines: number): string[] {
  try {
    const text = readFileSync(path, 'utf8');
    return text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '').slice(-lines);
  } catch {
    return [];
  }
}

function firstMatchingLine(text: string, pattern: RegExp): string | undefined {
  return text.split('\n').find((line) => pattern.test(line))?.trim();
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}
