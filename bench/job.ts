/**
 * The whole job against the sum of its runs: `node dist/cli.js profile` (defaults: 5 runs, auto
 * mode) on examples/bench.py, with `--overlap-processing true` and `false` in alternating order,
 * round after round, so both meet the same load. Per job: its wall time from spawn to exit and
 * the runs' own wall times (report.json). Reported: job ÷ Σ runs for each setting, and what the
 * overlap does to the measurement — the mean run wall time with overlap ÷ without (the runs
 * processed beside the next one must not get slower), and an A/A comparison: one more overlapped
 * job gated against the last sequential one (`--baseline`), whose verdict must be `pass`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, roundTo } from './interleave.js';
import { readLoad, type BenchMachine } from './machine.js';

export interface JobFigures {
  overlap: boolean;
  /** Wall seconds of each job, spawn to exit. */
  jobSeconds: number[];
  /** Σ of the runs' wall seconds of each job. */
  runSeconds: number[];
  /** Median of jobSeconds[i] / runSeconds[i]. */
  medianRatio: number;
  /** Mean wall seconds of one run, over every run of every job. */
  meanRunSeconds: number;
  /** What the jobs said about overlapping (the record stage's line). */
  decision: string;
}

export type JobBenchResult =
  | {
      benchmarkSeconds: number;
      rounds: number;
      overlapped: JobFigures;
      sequential: JobFigures;
      /** overlapped.meanRunSeconds / sequential.meanRunSeconds. */
      runWallRatio: number;
      /** Verdict of an overlapped job gated against the last sequential one. */
      aaVerdict: string;
      load: [number, number];
    }
  | { skipped: string };

export async function benchJob(options: { quick: boolean; workDir: string; machine: BenchMachine; repoRoot: string }): Promise<JobBenchResult> {
  const cli = join(options.repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) return { skipped: `${cli} is missing: run npm run build first` };
  const rounds = options.quick ? 1 : 3;
  const benchmarkSeconds = options.quick ? 0.5 : 2;
  const loadBefore = readLoad();
  const jobs = { true: [] as JobRun[], false: [] as JobRun[] };
  const outDir = (overlap: boolean, round: number) => join(options.workDir, 'job', `${overlap ? 'overlapped' : 'sequential'}-${round}`);
  const run = (overlap: boolean, out: string, extra: string[] = []) =>
    runJob({
      argv: [process.execPath, cli, 'profile', '--python', options.machine.python.executable, '--overlap-processing', String(overlap), '--out', out, ...extra, '--script', join(options.repoRoot, 'examples', 'bench.py'), '--', '--seconds', String(benchmarkSeconds)],
      cwd: options.workDir,
      out,
    });
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const overlap of order) jobs[String(overlap) as 'true' | 'false'].push(await run(overlap, outDir(overlap, round)));
  }
  const aa = await run(true, join(options.workDir, 'job', 'aa'), ['--baseline', outDir(false, rounds - 1)]);
  const overlapped = summarize(true, jobs.true);
  const sequential = summarize(false, jobs.false);
  rmSync(join(options.workDir, 'job'), { recursive: true, force: true });
  return {
    benchmarkSeconds,
    rounds,
    overlapped,
    sequential,
    runWallRatio: roundTo(overlapped.meanRunSeconds / sequential.meanRunSeconds, 4),
    aaVerdict: aa.verdict,
    load: [loadBefore, readLoad()],
  };
}

interface JobRun {
  jobSeconds: number;
  runWalls: number[];
  verdict: string;
  decision: string;
}

async function runJob(options: { argv: string[]; cwd: string; out: string }): Promise<JobRun> {
  const [command, ...args] = options.argv as [string, ...string[]];
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    child.on('error', reject);
    // 0 pass / no baseline, 1 regressed: both are results; 2 is an error.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(text) : reject(new Error(`${options.argv.join(' ')} exited with ${code}: ${text.trim().split('\n').slice(-5).join(' ')}`))));
  });
  const jobSeconds = (performance.now() - started) / 1000;
  const report = JSON.parse(readFileSync(join(options.out, 'report.json'), 'utf8')) as { verdict: string; runs: { wallSeconds: number }[] };
  const decision = output.split('\n').find((line) => /Processing overlaps|processed before the next/.test(line))?.trim() ?? 'no decision line';
  return { jobSeconds, runWalls: report.runs.map((run) => run.wallSeconds), verdict: report.verdict, decision };
}

function summarize(overlap: boolean, runs: JobRun[]): JobFigures {
  const walls = runs.flatMap((run) => run.runWalls);
  const runSeconds = runs.map((run) => run.runWalls.reduce((sum, wall) => sum + wall, 0));
  return {
    overlap,
    jobSeconds: runs.map((run) => roundTo(run.jobSeconds, 3)),
    runSeconds: runSeconds.map((value) => roundTo(value, 3)),
    medianRatio: roundTo(median(runs.map((run, index) => run.jobSeconds / runSeconds[index]!)), 3),
    meanRunSeconds: roundTo(walls.reduce((sum, wall) => sum + wall, 0) / walls.length, 4),
    decision: runs[runs.length - 1]?.decision ?? '',
  };
}
