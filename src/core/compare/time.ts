/** Total wall and CPU time: Welch's t-test on per-run times, gated only with `timeThreshold`. */
import { adjustPValues, computeMean, computeStandardDeviation, runWelchTTest } from '../stats.js';
import type { CompareOptions } from './options.js';
import type { RunProfile, TimeChange, TimeComparison, TimeSide } from './model.js';
import { keepFinite, formatLimit, formatP, formatRelative, formatSeconds } from './wording.js';

export function compareTimes(runs: { baseline: RunProfile[]; current: RunProfile[] }, options: CompareOptions): { wall: TimeComparison | null; cpu: TimeComparison | null } {
  const entries = (['wall', 'cpu'] as const).map((name): TimeComparison | null => {
    const values = (list: RunProfile[]) =>
      list.map((run) => (name === 'wall' ? run.wallSeconds : run.cpuSeconds)).filter((value): value is number => value !== undefined && Number.isFinite(value));
    const before = values(runs.baseline);
    const after = values(runs.current);
    if (before.length === 0 || after.length === 0) return null;
    const side = (list: number[]): TimeSide => ({ runs: list.length, mean: keepFinite(computeMean(list)), sd: keepFinite(computeStandardDeviation(list)), values: list });
    const meanBefore = computeMean(before);
    const welch = runWelchTTest(after, before);
    return {
      name,
      baseline: side(before),
      current: side(after),
      relativeChange: keepFinite(meanBefore > 0 ? computeMean(after) / meanBefore - 1 : Number.NaN),
      pGrow: keepFinite(welch.pGreater),
      pTwoSided: keepFinite(welch.pTwoSided),
      pGrowAdjusted: null,
      gated: options.timeThreshold !== null,
      regressed: false,
      reason: '',
    };
  });
  const gated = entries.filter((entry): entry is TimeComparison => entry !== null && entry.gated && entry.pGrow !== null);
  const adjusted = adjustPValues(gated.map((entry) => entry.pGrow!), 'holm');
  gated.forEach((entry, i) => {
    entry.pGrowAdjusted = keepFinite(adjusted[i]!);
  });
  for (const entry of entries) if (entry !== null) judgeTime(entry, options);
  return { wall: entries[0] ?? null, cpu: entries[1] ?? null };
}

function judgeTime(entry: TimeComparison, options: CompareOptions): void {
  const head = describeTime(entry);
  const pText = entry.pGrow === null ? 'p n/a (needs 2 runs per side)' : `p=${formatP(entry.pGrow)}${entry.pGrowAdjusted !== null ? ` (Holm ${formatP(entry.pGrowAdjusted)})` : ''}`;
  if (options.timeThreshold === null) {
    entry.reason = `${head}, ${pText}; not gated (no time threshold)`;
    return;
  }
  const failures: string[] = [];
  if (entry.relativeChange === null || entry.relativeChange < options.timeThreshold) failures.push(`growth below ${formatLimit(options.timeThreshold)}`);
  if (entry.pGrowAdjusted === null || !(entry.pGrowAdjusted < options.alpha)) failures.push(`not significant at ${options.alpha}`);
  entry.regressed = failures.length === 0;
  entry.reason = entry.regressed ? `${head}, ${pText} < ${options.alpha}` : `${head}, ${pText}: ${failures.join(', ')}`;
}

/** "wall time 3.012 s ± 0.027 → 3.506 s ± 0.030 (+16%)". */
function describeTime(entry: TimeComparison): string {
  const label = entry.name === 'wall' ? 'wall time' : 'CPU time';
  return `${label} ${formatSeconds(entry.baseline)} → ${formatSeconds(entry.current)} (${entry.relativeChange === null ? 'n/a' : formatRelative(entry.relativeChange)})`;
}

export function buildTimeChange(entry: TimeComparison): TimeChange {
  return {
    kind: 'time',
    name: entry.name,
    baselineMean: entry.baseline.mean ?? 0,
    currentMean: entry.current.mean ?? 0,
    relativeChange: entry.relativeChange,
    p: entry.pGrow,
    pAdjusted: entry.pGrowAdjusted,
    headline: describeTime(entry),
    reason: entry.reason,
  };
}
