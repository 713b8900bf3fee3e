/**
 * Post-processing overhead: what the pipeline adds after `perf record` for one realistic run —
 * examples/bench.py --seconds 8 recorded in perf-jit mode with the Action's perf arguments — timed
 * against `perf script` alone on the same injected data, in the same process, minutes apart.
 *
 *   pipeline = jitdump relocation + perf inject --jit -o - | perf script -i - | fold (streamed, as recordRun does)  +  render  +  compare
 *   baseline = the same perf script command with its output thrown away (to /dev/null)
 *
 * Both are repeated (2× full, 1× quick) alternately and the fastest of each is kept, which is the
 * usual defence against other load on the machine. Compare is the current run against itself (one
 * run per side), enough to exercise the function tables and tests once.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compareProfiles } from '../src/core/compare/index.js';
import { renderFlameGraph } from '../src/core/flamegraph/svg.js';
import { createFolder, type FoldResult } from '../src/core/fold-python.js';
import { planMode } from '../src/core/profiling-modes.js';
import { runCommand, runPipedStreamingLines, runStreamingLines } from '../src/shell/process.js';
import { listPerfTmpFiles, removePerfTmpFiles } from '../src/shell/perf-files.js';
import { prepareJitDirectory } from '../src/shell/jit-directory.js';
import { addTaskEventPids, buildWorkload, perfScriptFields } from '../src/shell/recorder.js';
import type { BenchMachine } from './machine.js';
import { readLoad } from './machine.js';

export interface PostProcessBenchResult {
  benchmark: string;
  recordWallSeconds: number;
  perfDataMB: number;
  injectedDataMB: number;
  samples: number;
  repeats: number;
  /** Fastest of the repeats, per step. */
  injectSeconds: number;
  /** perf inject --jit -o - | perf script -i - | fold, as recordRun runs it (the two perf processes overlap). */
  pipedSeconds: number;
  /** recordRun's `prepareJitDirectory` (the jitted code's tmpfs directory and the perf.data rename), once; 0 when it found no tmpfs. */
  prepareSeconds: number;
  /** Where perf inject wrote the jitted code: 'tmpfs' (prepareJitDirectory) or '/tmp'. */
  jittedCodeIn: string;
  scriptFoldSeconds: number;
  renderSeconds: number;
  compareSeconds: number;
  pipelineSeconds: number;
  perfScriptAloneSeconds: number;
  /** pipelineSeconds ÷ perfScriptAloneSeconds. Target ≤ 1.3. */
  ratioToPerfScript: number;
  /** (script|fold + render + compare) ÷ perf script alone: what the project adds besides perf inject. */
  ratioWithoutInject: number;
  /** pipelineSeconds ÷ the profiled benchmark's wall time. */
  shareOfBenchmarkWall: number;
  loadBefore: number;
  loadAfter: number;
}

export interface PostProcessBenchOptions {
  quick: boolean;
  workDir: string;
  machine: BenchMachine;
  repoRoot: string;
}


export async function benchPostProcessing(options: PostProcessBenchOptions): Promise<PostProcessBenchResult> {
  const loadBefore = readLoad();
  const { machine, repoRoot } = options;
  const seconds = options.quick ? 1 : 8;
  const repeats = options.quick ? 1 : 2;
  const scratch = join(options.workDir, 'postprocess');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const dataPath = join(scratch, 'bench.perf.data');
  const injectedPath = join(scratch, 'bench.jit.data');
  const buildIdDir = join(scratch, 'buildid');
  // As recordRun: every perf call gets a private build-id cache (deleted with the scratch directory).
  const perf = (...args: string[]) => [machine.perfPath, '--buildid-dir', buildIdDir, ...args];
  const plan = planMode('perf-jit');
  const { argv, env } = buildWorkload({
    python: machine.python.executable,
    plan,
    target: { kind: 'script', script: join(repoRoot, 'examples', 'bench.py'), args: ['--seconds', String(seconds)] },
  });
  const before = listPerfTmpFiles();
  const pids = new Set<number>();
  let jitDirectory: string | undefined;
  try {
    const record = await runCommand(
      perf('record', '--no-bpf-event', '-e', machine.event, '-F', String(machine.frequency), ...plan.callGraphArgs, '--no-buildid-cache', '--no-buildid', '-o', dataPath, '--', ...argv),
      { cwd: repoRoot, env },
    );
    if (record.exitCode !== 0) throw new Error(`perf record of examples/bench.py failed (exit ${record.exitCode}): ${record.stderr.trim().split('\n').slice(-3).join(' ')}`);
    // As recordRun: the jitted code on tmpfs when there is one, every perf command run there.
    const prepareStarted = performance.now();
    jitDirectory = prepareJitDirectory({ dataPath, before })?.directory;
    const prepareSeconds = jitDirectory ? elapsed(prepareStarted) : 0;
    const cwd = jitDirectory ?? scratch;
    const scriptArgv = perf('script', '-i', injectedPath, '--no-inline', '--show-task-events', '-F', perfScriptFields);
    const best = { inject: Infinity, piped: Infinity, scriptFold: Infinity, render: Infinity, compare: Infinity, pipeline: Infinity, afterInject: Infinity, scriptAlone: Infinity };
    let samples = 0;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      // The pipeline, step by step.
      let started = performance.now();
      const inject = await runCommand(perf('inject', '-i', dataPath, '--jit', '-o', injectedPath), { cwd });
      if (inject.exitCode !== 0) throw new Error(`perf inject --jit failed: ${inject.stderr.trim()}`);
      const injectSeconds = elapsed(started);
      started = performance.now();
      const folder = createFolder({ view: 'python', workingDirectory: repoRoot, homeDirectory: homedir() });
      const script = await runStreamingLines(
        scriptArgv,
        (line) => {
          if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
          else folder.pushLine(line);
        },
        { cwd },
      );
      if (script.exitCode !== 0) throw new Error(`perf script failed: ${script.stderr.trim()}`);
      folder.finish();
      const scriptFoldSeconds = elapsed(started);
      // The pipeline as recordRun runs it: perf inject --jit -o - | perf script -i -, folded as it streams.
      started = performance.now();
      const pipedFolder = createFolder({ view: 'python', workingDirectory: repoRoot, homeDirectory: homedir() });
      const piped = await runPipedStreamingLines(
        perf('inject', '-i', dataPath, '--jit', '-o', '-'),
        perf('script', '-i', '-', '--no-inline', '--show-task-events', '-F', perfScriptFields),
        (line) => {
          if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
          else pipedFolder.pushLine(line);
        },
        { cwd },
      );
      if (piped.producer.exitCode !== 0 || piped.consumer.exitCode !== 0) throw new Error(`perf inject | perf script failed: ${piped.producer.stderr.trim()} ${piped.consumer.stderr.trim()}`);
      const fold: FoldResult = pipedFolder.finish();
      const pipedSeconds = elapsed(started);
      started = performance.now();
      renderFlameGraph(fold.stacks, { title: 'post-processing benchmark' });
      const renderSeconds = elapsed(started);
      started = performance.now();
      compareProfiles({ baseline: [{ stacks: fold.stacks }], current: [{ stacks: fold.stacks }] });
      const compareSeconds = elapsed(started);
      samples = fold.quality.samples;
      best.inject = Math.min(best.inject, injectSeconds);
      best.scriptFold = Math.min(best.scriptFold, scriptFoldSeconds);
      best.render = Math.min(best.render, renderSeconds);
      best.compare = Math.min(best.compare, compareSeconds);
      best.piped = Math.min(best.piped, pipedSeconds);
      best.pipeline = Math.min(best.pipeline, prepareSeconds + pipedSeconds + renderSeconds + compareSeconds);
      best.afterInject = Math.min(best.afterInject, scriptFoldSeconds + renderSeconds + compareSeconds);
      // perf script alone, same command and data, output discarded.
      best.scriptAlone = Math.min(best.scriptAlone, await timeToDevNull(scriptArgv, { cwd }));
    }
    return {
      benchmark: `examples/bench.py --seconds ${seconds}, perf-jit, ${machine.event} @ ${machine.frequency} Hz`,
      recordWallSeconds: round(record.wallSeconds, 3),
      perfDataMB: round(statSync(dataPath).size / 2 ** 20, 1),
      injectedDataMB: round(statSync(injectedPath).size / 2 ** 20, 1),
      samples,
      repeats,
      injectSeconds: round(best.inject, 3),
      pipedSeconds: round(best.piped, 3),
      prepareSeconds: round(prepareSeconds, 3),
      jittedCodeIn: jitDirectory ? 'tmpfs' : '/tmp',
      scriptFoldSeconds: round(best.scriptFold, 3),
      renderSeconds: round(best.render, 3),
      compareSeconds: round(best.compare, 3),
      pipelineSeconds: round(best.pipeline, 3),
      perfScriptAloneSeconds: round(best.scriptAlone, 3),
      ratioToPerfScript: round(best.pipeline / best.scriptAlone, 3),
      ratioWithoutInject: round(best.afterInject / best.scriptAlone, 3),
      shareOfBenchmarkWall: round(best.pipeline / record.wallSeconds, 3),
      loadBefore,
      loadAfter: readLoad(),
    };
  } finally {
    if (pids.size === 0 && existsSync(dataPath)) {
      // Failed before perf script ran: read the pids from the task events to clean up after them.
      await runStreamingLines(perf('script', '-i', dataPath, '--show-task-events', '-F', 'pid'), (line) => {
        if (line.includes('PERF_RECORD_')) addTaskEventPids(line, pids);
      }, { cwd: scratch });
    }
    removePerfTmpFiles({ pids, before });
    if (jitDirectory) rmSync(jitDirectory, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs a command with stdout going to /dev/null; returns its wall time in seconds. */
async function timeToDevNull(argv: string[], options: { cwd: string }): Promise<number> {
  const devNull = openSync('/dev/null', 'w');
  try {
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, stdio: ['ignore', devNull, 'ignore'] });
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new Error(`${argv.slice(0, 2).join(' ')} exited with ${code}`);
    return elapsed(started);
  } finally {
    closeSync(devNull);
  }
}

function elapsed(started: number): number {
  return (performance.now() - started) / 1000;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
