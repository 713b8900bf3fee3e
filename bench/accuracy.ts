/**
 * Gate accuracy on the bundled regression example (examples/regression/app.py: `--share S` gives
 * `apply_discounts` about S of the samples, `--slowdown F` makes its own time (1 + F) times longer).
 *
 * The power table: for each share {5, 15, 35, 60, 80}% and own-time slowdown {5, 10, 20}%, 20
 * comparisons of 5 + 5 runs with the default compare options, as the Action runs them. Recording
 * 20 × 10 fresh runs per cell would take hours, so per share one pool of real perf-jit runs is
 * recorded — `baselineRuns` at slowdown 0, `runsPerLevel` at each slowdown, `noisyRuns` at slowdown
 * 0 with a CPU-bound neighbour process on the other core (started before the recording and killed
 * by its pid after), interleaved so load changes hit every kind — and each comparison draws its
 * runs from the pool with a seeded generator (no Math.random):
 *  - A/A quiet: 2 × `runsPerSide` distinct slowdown-0 runs, split into baseline and current;
 *  - A/A noisy: `runsPerSide` quiet runs as baseline, `runsPerSide` neighbour runs as current
 *    (`noisyComparisons` per share, so 20 over the five shares);
 *  - A/B at slowdown F: `runsPerSide` quiet runs as baseline, `runsPerSide` level-F runs as current.
 * So the cells of one share share its baseline runs, and comparisons share runs with each other:
 * they are not independent experiments (stated in the output). Before the pool, one short pilot
 * run per share sets `--lines` so every run has about `targetSamples` samples.
 *
 * A false alarm is an A/A verdict `regressed`; a detection is an A/B verdict `regressed` with
 * `apply_discounts` named first. The interval's coverage is counted against the slowdown the pool
 * itself shows (the odds ratio of `apply_discounts` pooled over all runs of the level against all
 * quiet runs — what the sampled program really did, ± about 1%), and also against the nominal F.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compareProfiles, DEFAULT_COMPARE_OPTIONS, type Comparison, type ProfileMeta, type RunProfile } from '../src/core/compare/index.js';
import { createFolder } from '../src/core/fold-python.js';
import { computeFunctionTable, selectOwnWeight } from '../src/core/hotspots.js';
import { planMode } from '../src/core/profiling-modes.js';
import { combineQuality, summarizeQuality, type RunQuality } from '../src/core/run-quality.js';
import { computeMedian } from '../src/core/stats.js';
import { recordRun } from '../src/shell/recorder.js';
import { createSeededRandom } from '../test/helpers/seeded-random.js';
import type { BenchMachine } from './machine.js';
import { readLoad } from './machine.js';

export interface CellAccuracy {
  share: number;
  slowdown: number;
  /** The slowdown the pool shows: apply_discounts' odds ratio, all level runs against all quiet runs, − 1. */
  poolSlowdown: number;
  comparisons: number;
  /** Verdict `regressed`. */
  detected: number;
  /** Detected with apply_discounts as the first regression (a cause). */
  namedFirst: number;
  inconclusive: number;
  medianTimeChange: number | null;
  /** Comparisons whose 95% interval contains poolSlowdown / the nominal slowdown, of those with an interval. */
  coveredPool: number;
  coveredNominal: number;
  withInterval: number;
  /** Up to two comparisons that missed: the target's headline and why. */
  missed: string[];
}

export interface ShareAccuracy {
  share: number;
  /** apply_discounts' own share in the quiet runs. */
  measuredShare: number;
  lines: number;
  aaComparisons: number;
  falseAlarms: number;
  noisyComparisons: number;
  noisyFalseAlarms: number;
  /** Smallest slowdown detected (and named first) in ≥ 19 of 20; null when none was. */
  smallestCaught: number | null;
}

export interface AccuracyBenchResult {
  program: string;
  runsPerSide: number;
  comparisons: number;
  targetSamples: number;
  pool: { share: number; kind: 'quiet' | 'noisy' | 'slowed'; slowdown: number; runs: number; meanWallSeconds: number; meanSamples: number }[];
  recordSeconds: number;
  seed: number;
  compareOptions: { alpha: number; threshold: number; minDelta: number; minShare: number; correction: string };
  /** Totals over all shares. */
  falseAlarms: number;
  aaComparisons: number;
  noisyFalseAlarms: number;
  noisyComparisons: number;
  coveredPool: number;
  coveredNominal: number;
  withInterval: number;
  shares: ShareAccuracy[];
  /** One per share × slowdown. */
  levels: CellAccuracy[];
  method: string;
  loadBefore: number;
  loadAfter: number;
}

export interface AccuracyBenchOptions {
  quick: boolean;
  workDir: string;
  machine: BenchMachine;
  repoRoot: string;
}

const TARGET_FUNCTION = 'py::apply_discounts:';
const SEED = 20261202;
const PILOT_LINES = 60_000;

interface PooledRun {
  profile: RunProfile;
  quality: RunQuality;
}

export async function benchAccuracy(options: AccuracyBenchOptions): Promise<AccuracyBenchResult> {
  const loadBefore = readLoad();
  const { quick } = options;
  const plan = quick
    ? { shares: [0.35], levels: [0.2], runsPerSide: 3, baselineRuns: 6, runsPerLevel: 3, noisyRuns: 3, comparisons: 2, noisyComparisons: 2, targetSamples: 500 }
    : { shares: [0.05, 0.15, 0.35, 0.6, 0.8], levels: [0.05, 0.1, 0.2], runsPerSide: 5, baselineRuns: 10, runsPerLevel: 6, noisyRuns: 6, comparisons: 20, noisyComparisons: 4, targetSamples: 2500 };
  const scratch = join(options.workDir, 'accuracy');
  mkdirSync(scratch, { recursive: true });
  const recordStarted = performance.now();
  const recorded: { share: number; lines: number; pools: Map<string, PooledRun[]> }[] = [];
  try {
    for (const share of plan.shares) {
      const pilot = await recordExample(options, { scratch, share, slowdown: 0, lines: PILOT_LINES, noisy: false, label: `pilot-${share}` });
      const lines = Math.max(10_000, Math.round((PILOT_LINES * plan.targetSamples) / Math.max(1, pilot.quality.samples)));
      const pools = new Map<string, PooledRun[]>();
      for (const [index, kind] of buildSchedule(plan).entries()) {
        const run = await recordExample(options, { scratch, share, slowdown: kind.slowdown, lines, noisy: kind.noisy, label: `${share}-${index}` });
        const key = buildPoolKey(kind);
        pools.set(key, [...(pools.get(key) ?? []), run]);
      }
      recorded.push({ share, lines, pools });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const recordSeconds = (performance.now() - recordStarted) / 1000;

  const random = createSeededRandom(SEED);
  const shares: ShareAccuracy[] = [];
  const levels: CellAccuracy[] = [];
  for (const { share, lines, pools } of recorded) {
    const quiet = pools.get(buildPoolKey({ slowdown: 0, noisy: false }))!;
    const noisy = pools.get(buildPoolKey({ slowdown: 0, noisy: true }))!;
    let falseAlarms = 0;
    for (let i = 0; i < plan.comparisons; i += 1) {
      const drawn = drawDistinct(quiet, 2 * plan.runsPerSide, random);
      if (compare(options.machine, drawn.slice(0, plan.runsPerSide), drawn.slice(plan.runsPerSide)).verdict === 'regressed') falseAlarms += 1;
    }
    let noisyFalseAlarms = 0;
    for (let i = 0; i < plan.noisyComparisons; i += 1) {
      if (compare(options.machine, drawDistinct(quiet, plan.runsPerSide, random), drawDistinct(noisy, plan.runsPerSide, random)).verdict === 'regressed') noisyFalseAlarms += 1;
    }
    const cells = plan.levels.map((slowdown) => evaluateCell({ machine: options.machine, share, slowdown, quiet, slowed: pools.get(buildPoolKey({ slowdown, noisy: false }))!, plan, random }));
    levels.push(...cells);
    const caught = cells.filter((cell) => cell.namedFirst >= Math.ceil(0.95 * cell.comparisons)).map((cell) => cell.slowdown);
    shares.push({
      share,
      measuredShare: round(computeTargetShare(quiet), 4),
      lines,
      aaComparisons: plan.comparisons,
      falseAlarms,
      noisyComparisons: plan.noisyComparisons,
      noisyFalseAlarms,
      smallestCaught: caught.length > 0 ? Math.min(...caught) : null,
    });
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    program: 'examples/regression/app.py --share S --slowdown F (--lines set per share by a pilot run)',
    runsPerSide: plan.runsPerSide,
    comparisons: plan.comparisons,
    targetSamples: plan.targetSamples,
    pool: recorded.flatMap(({ share, pools }) =>
      [...pools].map(([key, runs]) => {
        const kind = parsePoolKey(key);
        return {
          share,
          kind: kind.noisy ? ('noisy' as const) : kind.slowdown === 0 ? ('quiet' as const) : ('slowed' as const),
          slowdown: kind.slowdown,
          runs: runs.length,
          meanWallSeconds: round(sum(runs.map((run) => run.profile.wallSeconds ?? 0)) / runs.length, 3),
          meanSamples: Math.round(sum(runs.map((run) => run.quality.samples)) / runs.length),
        };
      }),
    ),
    recordSeconds: round(recordSeconds, 1),
    seed: SEED,
    compareOptions: {
      alpha: DEFAULT_COMPARE_OPTIONS.alpha,
      threshold: DEFAULT_COMPARE_OPTIONS.threshold,
      minDelta: DEFAULT_COMPARE_OPTIONS.minDelta,
      minShare: DEFAULT_COMPARE_OPTIONS.minShare,
      correction: DEFAULT_COMPARE_OPTIONS.correction,
    },
    falseAlarms: sum(shares.map((entry) => entry.falseAlarms)),
    aaComparisons: sum(shares.map((entry) => entry.aaComparisons)),
    noisyFalseAlarms: sum(shares.map((entry) => entry.noisyFalseAlarms)),
    noisyComparisons: sum(shares.map((entry) => entry.noisyComparisons)),
    coveredPool: sum(levels.map((cell) => cell.coveredPool)),
    coveredNominal: sum(levels.map((cell) => cell.coveredNominal)),
    withInterval: sum(levels.map((cell) => cell.withInterval)),
    shares,
    levels,
    method:
      `per share one pool of real perf-jit runs (${plan.baselineRuns} quiet at slowdown 0, ${plan.runsPerLevel} per slowdown, ${plan.noisyRuns} at slowdown 0 with a CPU-bound neighbour; interleaved); ` +
      `each comparison draws ${plan.runsPerSide} + ${plan.runsPerSide} distinct runs with a seeded generator (seed ${SEED}), so the cells of a share share its quiet runs and comparisons share runs`,
    loadBefore,
    loadAfter: readLoad(),
  };
}

/** One share × slowdown cell: detections, naming and the interval's coverage. */
function evaluateCell(context: {
  machine: BenchMachine;
  share: number;
  slowdown: number;
  quiet: PooledRun[];
  slowed: PooledRun[];
  plan: { runsPerSide: number; comparisons: number };
  random: () => number;
}): CellAccuracy {
  const { plan, random, slowdown } = context;
  const poolSlowdown = measurePoolSlowdown(context.quiet, context.slowed);
  const cell: CellAccuracy = {
    share: context.share,
    slowdown,
    poolSlowdown: round(poolSlowdown, 4),
    comparisons: plan.comparisons,
    detected: 0,
    namedFirst: 0,
    inconclusive: 0,
    medianTimeChange: null,
    coveredPool: 0,
    coveredNominal: 0,
    withInterval: 0,
    missed: [],
  };
  const changes: number[] = [];
  for (let i = 0; i < plan.comparisons; i += 1) {
    const comparison = compare(context.machine, drawDistinct(context.quiet, plan.runsPerSide, random), drawDistinct(context.slowed, plan.runsPerSide, random));
    const target = comparison.functions.find((fn) => fn.name.startsWith(TARGET_FUNCTION));
    const interval = target?.own.interval95;
    if (target?.own.timeChange != null) changes.push(target.own.timeChange);
    if (interval) {
      cell.withInterval += 1;
      if (interval.low <= poolSlowdown && poolSlowdown <= interval.high) cell.coveredPool += 1;
      if (interval.low <= slowdown && slowdown <= interval.high) cell.coveredNominal += 1;
    }
    if (comparison.verdict === 'inconclusive') cell.inconclusive += 1;
    if (comparison.verdict === 'regressed') cell.detected += 1;
    const first = comparison.regressions[0];
    if (comparison.verdict === 'regressed' && first?.kind === 'function' && first.role === 'cause' && first.name.startsWith(TARGET_FUNCTION)) cell.namedFirst += 1;
    else if (cell.missed.length < 2) cell.missed.push(describeMiss(comparison, target?.own.reason));
  }
  cell.medianTimeChange = changes.length > 0 ? round(computeMedian(changes), 4) : null;
  return cell;
}

function describeMiss(comparison: Comparison, targetReason: string | undefined): string {
  return `${comparison.verdict}; apply_discounts: ${targetReason ?? 'not found'}`.slice(0, 260);
}

function compare(machine: BenchMachine, baseline: PooledRun[], current: PooledRun[]): Comparison {
  const meta = (side: PooledRun[]): ProfileMeta => {
    const quality = combineQuality(side.map((run) => run.quality));
    return { pythonVersion: machine.python.version, mode: 'perf-jit', event: machine.event, quality: { rootedShare: quality.rootedShare, pythonShare: quality.pythonShare } };
  };
  return compareProfiles({ baseline: baseline.map((run) => run.profile), current: current.map((run) => run.profile), baselineMeta: meta(baseline), currentMeta: meta(current) });
}

async function recordExample(
  options: AccuracyBenchOptions,
  run: { scratch: string; share: number; slowdown: number; lines: number; noisy: boolean; label: string },
): Promise<PooledRun> {
  const { machine, repoRoot } = options;
  const directory = join(repoRoot, 'examples', 'regression');
  const folder = createFolder({ view: 'python', workingDirectory: directory, homeDirectory: homedir() });
  // The neighbour: a busy loop in its own process, started before perf and killed by its pid after.
  const neighbour = run.noisy ? spawn(machine.python.executable, ['-c', 'while True: pass'], { stdio: 'ignore' }) : undefined;
  try {
    const recorded = await recordRun({
      perfPath: machine.perfPath,
      python: machine.python.executable,
      plan: planMode('perf-jit'),
      event: machine.event,
      frequency: machine.frequency,
      target: { kind: 'script', script: join(directory, 'app.py'), args: ['--lines', String(run.lines), '--share', String(run.share), '--slowdown', String(run.slowdown)] },
      workingDirectory: directory,
      scratchDirectory: run.scratch,
      logPath: join(run.scratch, `${run.label}.log`),
      sink: folder,
      label: `accuracy-${run.label}`,
    });
    if (recorded.failure) throw new Error(`Recording the regression example (share ${run.share}, slowdown ${run.slowdown}) failed: ${recorded.failure}`);
    const fold = folder.finish();
    return {
      profile: { stacks: fold.stacks, wallSeconds: recorded.wallSeconds, cpuSeconds: fold.quality.samples / machine.frequency },
      quality: summarizeQuality(fold.quality, recorded.lostChunks),
    };
  } finally {
    if (neighbour?.pid !== undefined) process.kill(neighbour.pid, 'SIGKILL');
  }
}

type PoolKind = { slowdown: number; noisy: boolean };

const buildPoolKey = (kind: PoolKind) => `${kind.noisy ? 'noisy' : 'quiet'}:${kind.slowdown}`;

function parsePoolKey(key: string): PoolKind {
  const [noise, slowdown] = key.split(':');
  return { noisy: noise === 'noisy', slowdown: Number(slowdown) };
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

/** `count` distinct items, by a partial Fisher–Yates shuffle of a copy. */
export function drawDistinct<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (count > items.length) throw new Error(`Cannot draw ${count} distinct runs from a pool of ${items.length}.`);
  const copy = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** apply_discounts' own samples and all samples, summed over runs. */
function countTarget(runs: PooledRun[]): { own: number; total: number } {
  let own = 0;
  let total = 0;
  for (const run of runs) {
    const table = computeFunctionTable(run.profile.stacks);
    total += table.total;
    for (const [name, weights] of table.functions) if (name.startsWith(TARGET_FUNCTION)) own += selectOwnWeight(weights);
  }
  return { own, total };
}

function measurePoolSlowdown(quiet: PooledRun[], slowed: PooledRun[]): number {
  const before = countTarget(quiet);
  const after = countTarget(slowed);
  return after.own / (after.total - after.own) / (before.own / (before.total - before.own)) - 1;
}

function computeTargetShare(runs: PooledRun[]): number {
  const counts = countTarget(runs);
  return counts.total > 0 ? counts.own / counts.total : 0;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
