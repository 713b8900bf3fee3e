/**
 * Gate accuracy on the bundled regression example (examples/regression/app.py: `--share S` /
 * `--calls-per-line C` sets how much of the samples `apply_discounts` holds, `--slowdown F` makes
 * its own time (1 + F) times longer).
 *
 * The power table: for each share {5, 15, 35, 60, 80}% and own-time slowdown {5, 10, 20}%, 20
 * comparisons of 5 + 5 runs with the default compare options, as the Action runs them. Recording
 * 20 × 10 fresh runs per cell would take hours, so per share one pool of real perf-jit runs is
 * recorded (bench/accuracy-pools.ts) — `baselineRuns` at slowdown 0, `runsPerLevel` at each
 * slowdown, `noisyRuns` at slowdown 0 with a CPU-bound neighbour process on the other core
 * (started before the recording and killed by its pid after), interleaved so load changes hit
 * every kind — and each comparison draws its runs from the pool with a seeded generator:
 *  - A/A quiet: 2 × `runsPerSide` distinct slowdown-0 runs, split into baseline and current;
 *  - A/A neighbour: `runsPerSide` quiet runs as baseline, `runsPerSide` neighbour runs as current;
 *  - A/B at slowdown F: `runsPerSide` quiet runs as baseline, `runsPerSide` level-F runs as current.
 * So the cells of one share share its quiet runs, and comparisons share runs with each other:
 * they are not independent experiments (stated in the output). Before the pool, pilot runs set
 * `--calls-per-line` until the measured share is within 8% (odds) of the wanted one, and `--lines`
 * so every run has the share's sample target.
 *
 * Samples per run: a slowdown of a function holding share s is resolved by the odds-ratio test
 * when log(1 + F) / √(φ · 2 / (R · N · s(1 − s))) clears the Holm-corrected t quantile (≈ 4 at
 * ~15 functions, alpha 0.01, the ~11 moderated df of 5 + 5 runs) with margin for power (+1.8):
 * N ≈ 36 · 2φ / (R · log²(1 + F) · s(1 − s)) samples per run, R runs per side. With φ ≈ 0.5
 * (the quiet φ̂ median, statistics.ts) and F = 10%, R = 5: N ≈ 800 / (s(1 − s)) — 16,800 at 5%,
 * 6,300 at 15%, 3,500 at 35%, 3,300 at 60%, 5,000 at 80%. The bench records each share at that
 * target (`SAMPLE_RULE`), at 5,000 Hz so the runs stay short (1–6 s; 999 Hz would need 17 s runs
 * at 5%), with an 8 KiB DWARF stack copy (app.py's stacks are 5 Python frames deep): at 5,000 Hz
 * the default 16 KiB made perf lose 4–21 chunks per run under load, which added run-to-run
 * variance (φ̂ 5.7 against 2.7 over 8 runs of the 80% share). What bounds the bench is perf
 * script's DWARF unwinding, ≈ 0.25 ms per sample here, whatever the frequency. The run-to-run
 * variation of the program itself is a floor no sample count moves (README, "Samples the gate
 * needs").
 *
 * A false alarm is an A/A verdict `regressed`; a detection is an A/B verdict `regressed` with
 * `apply_discounts` named first. The interval's coverage is counted against the slowdown the pool
 * itself shows (the odds ratio of `apply_discounts` pooled over all runs of the level against all
 * quiet runs — what the sampled program really did), and also against the nominal F.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareProfiles, DEFAULT_COMPARE_OPTIONS, type Comparison, type ProfileMeta } from '../src/core/compare/index.js';
import { combineQuality } from '../src/core/run-quality.js';
import { computeMedian } from '../src/core/stats.js';
import { createSeededRandom } from '../test/helpers/seeded-random.js';
import {
  buildPoolKey,
  buildSchedule,
  computeTargetShare,
  countTarget,
  parsePoolKey,
  recordSharePool,
  round,
  TARGET_FUNCTION,
  type PooledRun,
  type SharePool,
} from './accuracy-pools.js';
import type { BenchMachine } from './machine.js';
import { readLoad } from './machine.js';

export { buildSchedule } from './accuracy-pools.js';

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
  /** The shares the pilot runs measured while `--calls-per-line` was corrected. */
  pilotShares: number[];
  callsPerLine: number;
  lines: number;
  /** The sample target (SAMPLE_RULE) and the mean the quiet runs had. */
  targetSamples: number;
  meanSamples: number;
  aaComparisons: number;
  falseAlarms: number;
  /** A/A draws with a significant own time that the effect floors kept from failing. */
  significantOnly: number;
  noisyComparisons: number;
  noisyFalseAlarms: number;
  noisySignificantOnly: number;
  /** Smallest slowdown detected (and named first) in ≥ 19 of 20; null when none was. */
  smallestCaught: number | null;
}

export interface AccuracyBenchResult {
  program: string;
  runsPerSide: number;
  comparisons: number;
  /** The sampling frequency of every pool run (Hz), and the rule that sets samples per run. */
  frequency: number;
  dwarfStackBytes: number;
  sampleRule: string;
  pool: { share: number; kind: 'quiet' | 'noisy' | 'slowed'; slowdown: number; runs: number; meanWallSeconds: number; meanSamples: number; lostChunks: number; loadMin: number; loadMax: number }[];
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
  /** Progress lines (stderr), when given. */
  progress?: (text: string) => void;
}

const SEED = 20261202;
/** Samples per run for a function holding `share` (see the header), and the frequency that gets them. */
export const SAMPLE_RULE = { coefficient: 800, minimum: 3_000, frequency: 5_000, dwarfStackBytes: 8_192 };

export function computeSampleTarget(share: number): number {
  return Math.max(SAMPLE_RULE.minimum, Math.round(SAMPLE_RULE.coefficient / (share * (1 - share)) / 100) * 100);
}

export async function benchAccuracy(options: AccuracyBenchOptions): Promise<AccuracyBenchResult> {
  const loadBefore = readLoad();
  const { quick } = options;
  const plan = quick
    ? { shares: [0.35], levels: [0.2], runsPerSide: 3, baselineRuns: 6, runsPerLevel: 3, noisyRuns: 3, comparisons: 2, noisyComparisons: 2, frequency: 999, dwarfStackBytes: 16_384, sampleTarget: () => 500 }
    : {
        shares: [0.05, 0.15, 0.35, 0.6, 0.8],
        levels: [0.05, 0.1, 0.2],
        runsPerSide: 5,
        baselineRuns: 10,
        runsPerLevel: 6,
        noisyRuns: 7,
        comparisons: 20,
        noisyComparisons: 20,
        frequency: SAMPLE_RULE.frequency,
        dwarfStackBytes: SAMPLE_RULE.dwarfStackBytes,
        sampleTarget: computeSampleTarget,
      };
  const scratch = join(options.workDir, 'accuracy');
  mkdirSync(scratch, { recursive: true });
  const recordStarted = performance.now();
  const recorded: (SharePool & { targetSamples: number })[] = [];
  try {
    for (const share of plan.shares) {
      const targetSamples = plan.sampleTarget(share);
      const pool = await recordSharePool(
        { machine: options.machine, repoRoot: options.repoRoot, scratch, frequency: plan.frequency, dwarfStackBytes: plan.dwarfStackBytes },
        { share, targetSamples, schedule: buildSchedule(plan), label: String(share) },
      );
      recorded.push({ ...pool, targetSamples });
      options.progress?.(`share ${share}: pool recorded (${pool.lines} lines, ${Math.round((performance.now() - recordStarted) / 1000)} s so far)`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const recordSeconds = (performance.now() - recordStarted) / 1000;

  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const random = createSeededRandom(SEED);
  const shares: ShareAccuracy[] = [];
  const levels: CellAccuracy[] = [];
  for (const { share, lines, pools, callsPerLine, pilotShares, targetSamples } of recorded) {
    const quiet = pools.get(buildPoolKey({ slowdown: 0, noisy: false }))!;
    const noisy = pools.get(buildPoolKey({ slowdown: 0, noisy: true }))!;
    let falseAlarms = 0;
    let significantOnly = 0;
    // An A/A draw: an alarm when regressed; "significant only" when some own time's corrected p
    // was below alpha but the effect floors (threshold, min-delta at the interval's end) stopped it.
    const judgeAa = (comparison: Comparison): 'alarm' | 'significant' | 'quiet' => {
      if (comparison.verdict === 'regressed') return 'alarm';
      const significant = comparison.functions.some((fn) => fn.own.pGrowAdjusted !== null && fn.own.pGrowAdjusted < comparison.options.alpha);
      return significant ? 'significant' : 'quiet';
    };
    for (let i = 0; i < plan.comparisons; i += 1) {
      const drawn = drawDistinct(quiet, 2 * plan.runsPerSide, random);
      const outcome = judgeAa(compare(options.machine, drawn.slice(0, plan.runsPerSide), drawn.slice(plan.runsPerSide)));
      if (outcome === 'alarm') falseAlarms += 1;
      if (outcome === 'significant') significantOnly += 1;
    }
    let noisyFalseAlarms = 0;
    let noisySignificantOnly = 0;
    for (let i = 0; i < plan.noisyComparisons; i += 1) {
      const outcome = judgeAa(compare(options.machine, drawDistinct(quiet, plan.runsPerSide, random), drawDistinct(noisy, plan.runsPerSide, random)));
      if (outcome === 'alarm') noisyFalseAlarms += 1;
      if (outcome === 'significant') noisySignificantOnly += 1;
    }
    const cells = plan.levels.map((slowdown) => evaluateCell({ machine: options.machine, share, slowdown, quiet, slowed: pools.get(buildPoolKey({ slowdown, noisy: false }))!, plan, random }));
    levels.push(...cells);
    const caught = cells.filter((cell) => cell.namedFirst >= Math.ceil(0.95 * cell.comparisons)).map((cell) => cell.slowdown);
    shares.push({
      share,
      measuredShare: round(computeTargetShare(quiet), 4),
      pilotShares,
      callsPerLine,
      lines,
      targetSamples,
      meanSamples: Math.round(sum(quiet.map((run) => run.quality.samples)) / quiet.length),
      aaComparisons: plan.comparisons,
      falseAlarms,
      significantOnly,
      noisyComparisons: plan.noisyComparisons,
      noisyFalseAlarms,
      noisySignificantOnly,
      smallestCaught: caught.length > 0 ? Math.min(...caught) : null,
    });
  }
  return {
    program: 'examples/regression/app.py --calls-per-line C --slowdown F (C and --lines set per share by pilot runs)',
    runsPerSide: plan.runsPerSide,
    comparisons: plan.comparisons,
    frequency: plan.frequency,
    dwarfStackBytes: plan.dwarfStackBytes,
    sampleRule: quick ? '500 per run' : `max(${SAMPLE_RULE.minimum}, ${SAMPLE_RULE.coefficient} / (s(1 − s))) per run at ${SAMPLE_RULE.frequency} Hz`,
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
          lostChunks: sum(runs.map((run) => run.quality.lostChunks)),
          loadMin: Math.min(...runs.map((run) => run.load)),
          loadMax: Math.max(...runs.map((run) => run.load)),
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
      `per share one pool of real perf-jit runs at ${plan.frequency} Hz, dwarf-stack-size ${plan.dwarfStackBytes} (${plan.baselineRuns} quiet at slowdown 0, ${plan.runsPerLevel} per slowdown, ${plan.noisyRuns} at slowdown 0 with a CPU-bound neighbour; interleaved); ` +
      `each comparison draws ${plan.runsPerSide} + ${plan.runsPerSide} distinct runs with a seeded generator (seed ${SEED}), so the cells of a share share its quiet runs (baseline of every A/A and A/B draw) and comparisons share runs`,
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

function measurePoolSlowdown(quiet: PooledRun[], slowed: PooledRun[]): number {
  const before = countTarget(quiet);
  const after = countTarget(slowed);
  return after.own / (after.total - after.own) / (before.own / (before.total - before.own)) - 1;
}
