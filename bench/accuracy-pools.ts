/**
 * The recorded pools of the accuracy benchmark (bench/accuracy.ts): per share, pilot runs that set
 * `--calls-per-line` (so the share holds) and `--lines` (so every run has the share's sample
 * target), then the interleaved pool of quiet, slowed and neighbour runs. Each run notes the
 * 1-minute load average when it started: other work on the machine moves the program's speed,
 * the odds stay comparable.
 */
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RunProfile } from '../src/core/compare/index.js';
import { createFolder } from '../src/core/fold-python.js';
import { computeFunctionTable, selectOwnWeight } from '../src/core/hotspots.js';
import { planMode } from '../src/core/profiling-modes.js';
import { summarizeQuality, type RunQuality } from '../src/core/run-quality.js';
import { recordRun } from '../src/shell/recorder.js';
import type { BenchMachine } from './machine.js';
import { readLoad } from './machine.js';

export const TARGET_FUNCTION = 'py::apply_discounts:';

export interface PooledRun {
  profile: RunProfile;
  quality: RunQuality;
  load: number;
}

export type PoolKind = { slowdown: number; noisy: boolean };

export interface SharePool {
  share: number;
  lines: number;
  callsPerLine: number;
  /** Shares the pilots measured, in order (the last one set the calls). */
  pilotShares: number[];
  pools: Map<string, PooledRun[]>;
}

export interface PoolRecording {
  machine: BenchMachine;
  repoRoot: string;
  scratch: string;
  frequency: number;
  /** perf's DWARF stack copy per sample (the Action's `dwarf-stack-size`). */
  dwarfStackBytes: number;
}

const PILOT_LINES = 40_000;
/** Pilots stop when the measured share's odds are within this factor of the wanted odds. */
const SHARE_ODDS_TOLERANCE = 1.08;
const MAX_PILOTS = 3;
const LINES_MARGIN = 1.15;

export const buildPoolKey = (kind: PoolKind) => `${kind.noisy ? 'noisy' : 'quiet'}:${kind.slowdown}`;

export function parsePoolKey(key: string): PoolKind {
  const [noise, slowdown] = key.split(':');
  return { noisy: noise === 'noisy', slowdown: Number(slowdown) };
}

/** Pilots, then the pool of one share. */
export async function recordSharePool(
  recording: PoolRecording,
  request: { share: number; targetSamples: number; schedule: PoolKind[]; label: string },
): Promise<SharePool> {
  const { share } = request;
  const odds = (value: number) => value / (1 - value);
  // The wall time per line grows about as 1 / (1 − share): pilots of similar length at every share.
  const pilotLines = Math.max(5_000, Math.round(PILOT_LINES * (1 - share)));
  let callsPerLine: number | undefined;
  const pilotShares: number[] = [];
  let pilot: PooledRun | undefined;
  for (let attempt = 0; attempt < MAX_PILOTS; attempt += 1) {
    const recorded = await recordExample(recording, { share, callsPerLine, slowdown: 0, lines: pilotLines, noisy: false, label: `${request.label}-pilot-${attempt}` });
    pilot = recorded.run;
    callsPerLine ??= recorded.callsPerLine;
    const measured = computeTargetShare([pilot]);
    pilotShares.push(round(measured, 4));
    const ratio = odds(share) / odds(Math.min(0.999, Math.max(0.001, measured)));
    if (Math.abs(Math.log(ratio)) < Math.log(SHARE_ODDS_TOLERANCE)) break;
    if (attempt < MAX_PILOTS - 1) callsPerLine *= ratio;
  }
  // Samples per line move with the load (cpu-clock counts CPU time, which contention stretches):
  // aim a little above the target so most runs reach it.
  const lines = Math.max(2_000, Math.round((LINES_MARGIN * pilotLines * request.targetSamples) / Math.max(1, pilot!.quality.samples)));
  const pools = new Map<string, PooledRun[]>();
  for (const [index, kind] of request.schedule.entries()) {
    const { run } = await recordExample(recording, { share, callsPerLine, slowdown: kind.slowdown, lines, noisy: kind.noisy, label: `${request.label}-${index}` });
    const key = buildPoolKey(kind);
    pools.set(key, [...(pools.get(key) ?? []), run]);
  }
  return { share, lines, callsPerLine: callsPerLine!, pilotShares, pools };
}

async function recordExample(
  recording: PoolRecording,
  run: { share: number; callsPerLine: number | undefined; slowdown: number; lines: number; noisy: boolean; label: string },
): Promise<{ run: PooledRun; callsPerLine: number }> {
  const { machine, repoRoot } = recording;
  const directory = join(repoRoot, 'examples', 'regression');
  const folder = createFolder({ view: 'python', workingDirectory: directory, homeDirectory: homedir() });
  const rate = run.callsPerLine === undefined ? ['--share', String(run.share)] : ['--calls-per-line', run.callsPerLine.toPrecision(6)];
  const load = readLoad();
  // The neighbour: a busy loop in its own process, started before perf and killed by its pid after.
  const neighbour = run.noisy ? spawn(machine.python.executable, ['-c', 'while True: pass'], { stdio: 'ignore' }) : undefined;
  try {
    const recorded = await recordRun({
      perfPath: machine.perfPath,
      python: machine.python.executable,
      plan: planMode('perf-jit', { dwarfStackBytes: recording.dwarfStackBytes }),
      event: machine.event,
      frequency: recording.frequency,
      target: { kind: 'script', script: join(directory, 'app.py'), args: ['--lines', String(run.lines), ...rate, '--slowdown', String(run.slowdown)] },
      workingDirectory: directory,
      scratchDirectory: recording.scratch,
      logPath: join(recording.scratch, `${run.label}.log`),
      sink: folder,
      label: `accuracy-${run.label}`,
    });
    if (recorded.failure) throw new Error(`Recording the regression example (share ${run.share}, slowdown ${run.slowdown}) failed: ${recorded.failure}`);
    const printed = recorded.logTail.map((line) => /calls_per_line=([\d.]+)/.exec(line)?.[1]).find((value) => value !== undefined);
    if (printed === undefined) throw new Error(`The regression example did not print calls_per_line: ${recorded.logTail.slice(-3).join(' | ')}`);
    const fold = folder.finish();
    return {
      run: {
        profile: { stacks: fold.stacks, wallSeconds: recorded.wallSeconds, cpuSeconds: fold.quality.samples / recording.frequency },
        quality: summarizeQuality(fold.quality, recorded.lostChunks),
        load,
      },
      callsPerLine: Number(printed),
    };
  } finally {
    if (neighbour?.pid !== undefined) process.kill(neighbour.pid, 'SIGKILL');
  }
}

/** Recording order for one share: the quiet baseline runs spread evenly among the others (levels and neighbour runs, round robin). */
export function buildSchedule(plan: { baselineRuns: number; levels: number[]; runsPerLevel: number; noisyRuns: number }): PoolKind[] {
  const others: PoolKind[] = [];
  for (let i = 0; i < Math.max(plan.runsPerLevel, plan.noisyRuns); i += 1) {
    if (i < plan.runsPerLevel) for (const slowdown of plan.levels) others.push({ slowdown, noisy: false });
    if (i < plan.noisyRuns) others.push({ slowdown: 0, noisy: true });
  }
  const total = plan.baselineRuns + others.length;
  const schedule: PoolKind[] = [];
  let placedBaseline = 0;
  let placedOthers = 0;
  for (let slot = 0; slot < total; slot += 1) {
    const wantBaseline = placedBaseline * total < plan.baselineRuns * (slot + 1) && placedBaseline < plan.baselineRuns;
    if (wantBaseline || placedOthers >= others.length) {
      schedule.push({ slowdown: 0, noisy: false });
      placedBaseline += 1;
    } else {
      schedule.push(others[placedOthers]!);
      placedOthers += 1;
    }
  }
  return schedule;
}

/** apply_discounts' own samples and all samples, summed over runs. */
export function countTarget(runs: PooledRun[]): { own: number; total: number } {
  let own = 0;
  let total = 0;
  for (const run of runs) {
    const table = computeFunctionTable(run.profile.stacks);
    total += table.total;
    for (const [name, weights] of table.functions) if (name.startsWith(TARGET_FUNCTION)) own += selectOwnWeight(weights);
  }
  return { own, total };
}

export function computeTargetShare(runs: PooledRun[]): number {
  const counts = countTarget(runs);
  return counts.total > 0 ? counts.own / counts.total : 0;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
