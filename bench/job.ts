/**
 * The whole job against the sum of its runs: `node dist/cli.js profile` with its defaults (5 runs,
 * auto mode) on examples/bench.py, a few jobs in a row. Per job: its wall time from spawn to exit,
 * the runs' own wall times (report.json), the probe's time (readiness.json) and the time from the
 * last run's end to the job's (processing, comparing, writing). Reported: the median of job ÷ Σ
 * runs, where the rest went, and an A/A comparison — one more job gated against the last one
 * (`--baseline`), whose verdict must be `pass`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, roundTo } from './interleave.js';
import { readLoad, type BenchMachine } from './machine.js';

export type JobBenchResult =
  | {
      benchmarkSeconds: number;
      /** Wall seconds of each job, spawn to exit. */
      jobSeconds: number[];
      /** Σ of the runs' wall seconds of each job. */
      runSeconds: number[];
      /** Median of jobSeconds[i] / runSeconds[i]. */
      medianRatio: number;
      /** Medians over the jobs: the probe, and the time after the last run was recorded. */
      medianProbeSeconds: number;
      medianAfterRunsSeconds: number;
      /** Verdict of one more job gated against the last one. */
      aaVerdict: string;
      load: [number, number];
    }
  | { skipped: string };

export async function benchJob(options: { quick: boolean; workDir: string; machine: BenchMachine; repoRoot: string }): Promise<JobBenchResult> {
  const cli = join(options.repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) return { skipped: `${cli} is missing: run npm run build first` };
  const jobCount = options.quick ? 1 : 3;
  const benchmarkSeconds = options.quick ? 0.5 : 2;
  const loadBefore = readLoad();
  const buildOutDir = (name: string) => join(options.workDir, 'job', name);
  const run = (out: string, extra: string[] = []) =>
    runJob({
      argv: [process.execPath, cli, 'profile', '--python', options.machine.python.executable, '--out', out, ...extra, '--script', join(options.repoRoot, 'examples', 'bench.py'), '--', '--seconds', String(benchmarkSeconds)],
      cwd: options.workDir,
      out,
    });
  const jobs: JobRun[] = [];
  for (let index = 0; index < jobCount; index += 1) jobs.push(await run(buildOutDir(`job-${index}`)));
  const aa = await run(buildOutDir('aa'), ['--baseline', buildOutDir(`job-${jobCount - 1}`)]);
  rmSync(join(options.workDir, 'job'), { recursive: true, force: true });
  const runSeconds = jobs.map((job) => job.runWalls.reduce((sum, wall) => sum + wall, 0));
  return {
    benchmarkSeconds,
    jobSeconds: jobs.map((job) => roundTo(job.jobSeconds, 3)),
    runSeconds: runSeconds.map((value) => roundTo(value, 3)),
    medianRatio: roundTo(median(jobs.map((job, index) => job.jobSeconds / runSeconds[index]!)), 3),
    medianProbeSeconds: roundTo(median(jobs.map((job) => job.probeSeconds)), 3),
    medianAfterRunsSeconds: roundTo(median(jobs.map((job) => job.afterRunsSeconds)), 3),
    aaVerdict: aa.verdict,
    load: [loadBefore, readLoad()],
  };
}

interface JobRun {
  jobSeconds: number;
  runWalls: number[];
  probeSeconds: number;
  /** From the line that says the last run was recorded to the job's exit. */
  afterRunsSeconds: number;
  verdict: string;
}

async function runJob(options: { argv: string[]; cwd: string; out: string }): Promise<JobRun> {
  const [command, ...args] = options.argv as [string, ...string[]];
  const started = performance.now();
  let lastRecorded = started;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let recordedLines = 0;
    const onChunk = (chunk: string) => {
      text += chunk;
      // Counted over everything so far: a line can arrive in two chunks.
      const seen = text.match(/run \d+\/\d+: [\d.]+ s recorded/g)?.length ?? 0;
      if (seen > recordedLines) lastRecorded = performance.now();
      recordedLines = seen;
    };
    child.stdout.setEncoding('utf8').on('data', onChunk);
    child.stderr.setEncoding('utf8').on('data', onChunk);
    child.on('error', reject);
    // 0 pass / no baseline, 1 regressed: both are results; 2 is an error.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${options.argv.join(' ')} exited with ${code}: ${text.trim().split('\n').slice(-5).join(' ')}`))));
  });
  const ended = performance.now();
  const report = JSON.parse(readFileSync(join(options.out, 'report.json'), 'utf8')) as { verdict: string; runs: { wallSeconds: number }[] };
  const readiness = JSON.parse(readFileSync(join(options.out, 'readiness.json'), 'utf8')) as { probeSeconds: number };
  return {
    jobSeconds: (ended - started) / 1000,
    runWalls: report.runs.map((run) => run.wallSeconds),
    probeSeconds: readiness.probeSeconds,
    afterRunsSeconds: (ended - lastRecorded) / 1000,
    verdict: report.verdict,
  };
}
