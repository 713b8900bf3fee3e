/**
 * Gate accuracy on the bundled regression example (examples/regression/app.py, whose
 * `--slowdown F` makes `apply_discounts` do (1 + F) times its work).
 *
 * Recording 20 A/A and 20 A/B comparisons of 5 + 5 fresh runs each would take hundreds of runs, so
 * a pool of real perf-jit runs is recorded once — `baselineRuns` at slowdown 0 and `runsPerLevel`
 * at each slowdown level, interleaved (0, 0.10, 0, 0.15, …) so load changes hit every level — and
 * each comparison draws its runs from the pool with a seeded generator (no Math.random):
 *  - A/A: 2 × `runsPerSide` distinct slowdown-0 runs, split into baseline and current;
 *  - A/B at level F: `runsPerSide` slowdown-0 runs as baseline, `runsPerSide` level-F runs as current.
 * Comparisons share runs with each other (they are not independent experiments), which is stated
 * in the output. Every comparison is `compareProfiles` with the default options, as the Action.
 *
 * A false alarm is an A/A verdict `regressed`; a detection is an A/B verdict `regressed`
 * (whether `apply_discounts` is named as a cause is counted separately).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compareProfiles, DEFAULT_COMPARE_OPTIONS, type ProfileMeta, type RunProfile } from '../src/core/compare.js';
import type { CorrectionMethod } from '../src/core/stats.js';
import { createSeededRandom } from '../test/helpers/seeded-random.js';
import { computeFunctionTable, selectOwnWeight } from '../src/core/hotspots.js';
import { planMode } from '../src/core/profiling-modes.js';
import { combineQuality, summarizeQuality, type RunQuality } from '../src/core/run-quality.js';
import { computeMedian } from '../src/core/stats.js';
import { recordFolded } from '../test/helpers/record-folded.js';
import type { BenchMachine } from './machine.js';
import { readLoad } from './machine.js';

export interface LevelAccuracy {
  slowdown: number;
  comparisons: number;
  /** Verdict `regressed`. */
  detected: number;
  /** Detected, and `apply_discounts` is among the regressions' causes. */
  namedTarget: number;
  inconclusive: number;
  /** Mean share of `apply_discounts` (own) in this level's pooled runs. */
  targetShare: number;
  /** Medians over the comparisons, for `apply_discounts`'s own share: relative growth and Holm-adjusted p. */
  medianTargetGrowth: number | null;
  medianTargetPAdjusted: number | null;
  /** The first three comparisons that did not detect the slowdown: verdict, the target's own growth and p, and why when p was significant. */
  missed: string[];
}

export interface AccuracyBenchResult {
  program: string;
  lines: number;
  runsPerSide: number;
  pool: { slowdown: number; runs: number; meanWallSeconds: number; meanSamples: number }[];
  recordSeconds: number;
  seed: number;
  compareOptions: { alpha: number; threshold: number; minDelta: number; minShare: number };
  /** A/A comparisons. */
  falseAlarms: number;
  aaComparisons: number;
  aaInconclusive: number;
  levels: LevelAccuracy[];
  /** The correction the figures above use (the default), and both corrections on the same draws. */
  correction: CorrectionMethod;
  byCorrection: { correction: CorrectionMethod; falseAlarms: number; detected: { slowdown: number; detected: number; comparisons: number }[] }[];
  /** The headline A/B level (0.25). */
  headlineSlowdown: number;
  /** Smallest slowdown detected in ≥ 95% of its comparisons (19/20); null when none was. */
  smallestReliableSlowdown: number | null;
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

const TARGET_FUNCTION = 'py::apply_discounts';
const SEED = 20240917;

export async function benchAccuracy(options: AccuracyBenchOptions): Promise<AccuracyBenchResult> {
  const loadBefore = readLoad();
  const { machine, repoRoot, quick } = options;
  const plan = quick
    ? { lines: 80_000, runsPerSide: 3, baselineRuns: 6, runsPerLevel: 3, levels: [0.25], comparisons: 2 }
    : { lines: 300_000, runsPerSide: 5, baselineRuns: 30, runsPerLevel: 15, levels: [0.15, 0.25, 0.5], comparisons: 20 };
  const headlineSlowdown = 0.25;
  const program = join(repoRoot, 'examples', 'regression', 'app.py');
  const scratch = join(options.workDir, 'accuracy');
  mkdirSync(scratch, { recursive: true });

  // Record the pool, interleaving the levels.
  const pool = new Map<number, { profile: RunProfile; quality: RunQuality }[]>();
  const schedule = buildSchedule(plan.baselineRuns, plan.levels, plan.runsPerLevel);
  const recordStarted = performance.now();
  try {
    for (const [index, slowdown] of schedule.entries()) {
      const run = await recordFolded({
        perfPath: machine.perfPath,
        python: machine.python.executable,
        plan: planMode('perf-jit'),
        event: machine.event,
        frequency: machine.frequency,
        target: { kind: 'script', script: program, args: ['--lines', String(plan.lines), '--slowdown', String(slowdown)] },
        workingDirectory: join(repoRoot, 'examples', 'regression'),
        scratchDirectory: scratch,
        logPath: join(scratch, `run-${index}.log`),
        fold: { view: 'python', workingDirectory: join(repoRoot, 'examples', 'regression'), homeDirectory: homedir() },
        label: `accuracy-${index}`,
      });
      if (run.failure || !run.fold) throw new Error(`Recording the regression example (slowdown ${slowdown}) failed: ${run.failure ?? 'no profile'}`);
      const runs = pool.get(slowdown) ?? [];
      runs.push({
        profile: { stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: run.fold.quality.samples / machine.frequency },
        quality: summarizeQuality(run.fold.quality, run.lostChunks),
      });
      pool.set(slowdown, runs);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const recordSeconds = (performance.now() - recordStarted) / 1000;

  const baselinePool = pool.get(0)!;
  const compare = (baseline: typeof baselinePool, current: typeof baselinePool, correction: CorrectionMethod) => {
    const meta = (side: typeof baselinePool): ProfileMeta => {
      const quality = combineQuality(side.map((run) => run.quality));
      return { pythonVersion: machine.python.version, mode: 'perf-jit', event: machine.event, quality: { rootedShare: quality.rootedShare, pythonShare: quality.pythonShare } };
    };
    return compareProfiles({
      baseline: baseline.map((run) => run.profile),
      current: current.map((run) => run.profile),
      baselineMeta: meta(baseline),
      currentMeta: meta(current),
      options: { correction },
    });
  };

  // The same seeded draws for each correction, so the two columns compare like for like.
  const evaluate = (correction: CorrectionMethod) => {
    const random = createSeededRandom(SEED);
    let falseAlarms = 0;
    let aaInconclusive = 0;
    for (let i = 0; i < plan.comparisons; i += 1) {
      const drawn = drawDistinct(baselinePool, 2 * plan.runsPerSide, random);
      const comparison = compare(drawn.slice(0, plan.runsPerSide), drawn.slice(plan.runsPerSide), correction);
      if (comparison.verdict === 'regressed') falseAlarms += 1;
      if (comparison.verdict === 'inconclusive') aaInconclusive += 1;
    }
    const levels: LevelAccuracy[] = plan.levels.map((slowdown) => {
      const levelPool = pool.get(slowdown)!;
      let detected = 0;
      let namedTarget = 0;
      let inconclusive = 0;
      const growths: number[] = [];
      const pValues: number[] = [];
      const missed: string[] = [];
      for (let i = 0; i < plan.comparisons; i += 1) {
        const comparison = compare(drawDistinct(baselinePool, plan.runsPerSide, random), drawDistinct(levelPool, plan.runsPerSide, random), correction);
        const target = comparison.functions.find((fn) => fn.name.startsWith(`${TARGET_FUNCTION}:`));
        if (target?.own.relativeChange != null) growths.push(target.own.relativeChange);
        if (target?.own.pGrowAdjusted != null) pValues.push(target.own.pGrowAdjusted);
        if (comparison.verdict === 'inconclusive') inconclusive += 1;
        if (comparison.verdict !== 'regressed') {
          if (missed.length < 3) {
            const growth = target?.own.relativeChange;
            const p = target?.own.pGrowAdjusted;
            missed.push(
              `verdict ${comparison.verdict}; apply_discounts own share ${growth == null ? 'n/a' : `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`}` +
                `, ${correction === 'holm' ? 'Holm' : 'BH'} p ${p == null ? 'n/a' : p.toPrecision(2)} (${comparison.method.testedHypotheses} shares tested)` +
                (target?.own.reason.includes('; but not once') ? ` — ${target.own.reason.slice(target.own.reason.indexOf('but not once'), target.own.reason.indexOf('but not once') + 160)}` : ''),
            );
          }
          continue;
        }
        detected += 1;
        if (comparison.regressions.some((change) => change.kind === 'function' && change.role === 'cause' && change.name.startsWith(`${TARGET_FUNCTION}:`))) namedTarget += 1;
      }
      return {
        slowdown,
        comparisons: plan.comparisons,
        detected,
        namedTarget,
        inconclusive,
        targetShare: round(meanTargetShare(levelPool), 4),
        medianTargetGrowth: growths.length > 0 ? round(computeMedian(growths), 4) : null,
        medianTargetPAdjusted: pValues.length > 0 ? Number(computeMedian(pValues).toPrecision(3)) : null,
        missed,
      };
    });
    return { correction, falseAlarms, aaInconclusive, levels };
  };
  const evaluations = (['holm', 'bh'] as const).map(evaluate);
  const chosen = evaluations.find((evaluation) => evaluation.correction === DEFAULT_COMPARE_OPTIONS.correction)!;
  const { falseAlarms, aaInconclusive, levels } = chosen;
  const byCorrection = evaluations.map((evaluation) => ({
    correction: evaluation.correction,
    falseAlarms: evaluation.falseAlarms,
    detected: evaluation.levels.map((level) => ({ slowdown: level.slowdown, detected: level.detected, comparisons: level.comparisons })),
  }));
  const reliable = levels.filter((level) => level.detected >= Math.ceil(0.95 * level.comparisons)).map((level) => level.slowdown);
  return {
    program: `examples/regression/app.py --lines ${plan.lines}`,
    lines: plan.lines,
    runsPerSide: plan.runsPerSide,
    pool: [0, ...plan.levels].map((slowdown) => {
      const runs = pool.get(slowdown)!;
      return {
        slowdown,
        runs: runs.length,
        meanWallSeconds: round(runs.reduce((sum, run) => sum + (run.profile.wallSeconds ?? 0), 0) / runs.length, 3),
        meanSamples: Math.round(runs.reduce((sum, run) => sum + run.quality.samples, 0) / runs.length),
      };
    }),
    recordSeconds: round(recordSeconds, 1),
    seed: SEED,
    correction: DEFAULT_COMPARE_OPTIONS.correction,
    byCorrection,
    compareOptions: {
      alpha: DEFAULT_COMPARE_OPTIONS.alpha,
      threshold: DEFAULT_COMPARE_OPTIONS.threshold,
      minDelta: DEFAULT_COMPARE_OPTIONS.minDelta,
      minShare: DEFAULT_COMPARE_OPTIONS.minShare,
    },
    falseAlarms,
    aaComparisons: plan.comparisons,
    aaInconclusive,
    levels,
    headlineSlowdown,
    smallestReliableSlowdown: reliable.length > 0 ? Math.min(...reliable) : null,
    method:
      `pool of real perf-jit runs recorded once (${plan.baselineRuns} at slowdown 0, ${plan.runsPerLevel} per level, interleaved); ` +
      `each comparison draws ${plan.runsPerSide} + ${plan.runsPerSide} distinct runs with a seeded generator (seed ${SEED}), so comparisons share runs`,
    loadBefore,
    loadAfter: readLoad(),
  };
}

/** Recording order: the baseline runs spread evenly between the level runs. */
export function buildSchedule(baselineRuns: number, levels: number[], runsPerLevel: number): number[] {
  const others: number[] = [];
  for (let i = 0; i < runsPerLevel; i += 1) others.push(...levels);
  const schedule: number[] = [];
  const total = baselineRuns + others.length;
  let placedBaseline = 0;
  let placedOthers = 0;
  for (let slot = 0; slot < total; slot += 1) {
    // Place a baseline run whenever the baseline share of the slots so far falls behind.
    const wantBaseline = placedBaseline * total < baselineRuns * (slot + 1) && placedBaseline < baselineRuns;
    if (wantBaseline || placedOthers >= others.length) {
      schedule.push(0);
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

/** Mean over runs of `apply_discounts`'s own share (as compare tests it: `ownPython`). */
function meanTargetShare(runs: { profile: RunProfile }[]): number {
  let sum = 0;
  for (const run of runs) {
    const table = computeFunctionTable(run.profile.stacks);
    let own = 0;
    for (const [name, weights] of table.functions) if (name.startsWith(`${TARGET_FUNCTION}:`)) own += selectOwnWeight(weights);
    sum += table.total > 0 ? own / table.total : 0;
  }
  return runs.length > 0 ? sum / runs.length : 0;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
