/** How the comparison speaks: number formats shared with the Markdown report, reasons and the summary line. */
import { compareBytes } from '../folded.js';
import type { CorrectionMethod } from '../stats.js';
import type { Interval, TimeMetric, TimeSide } from './model.js';

/** 0.1234 → "12.3%". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** 0.032 → "+3.2 pts". */
export function formatPoints(delta: number): string {
  const points = delta * 100;
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts`;
}

/** 0.26 → "+26%", 0.031 → "+3.1%". */
export function formatRelative(relative: number): string {
  const percent = relative * 100;
  const digits = Math.abs(percent) < 10 ? 1 : 0;
  const text = Math.abs(percent).toFixed(digits);
  return `${percent >= 0 || Number(text) === 0 ? '+' : '−'}${text}%`;
}

/** An option value as a percentage: 0.1 → "10%", 0.005 → "0.5%". */
export function formatLimit(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** Two significant digits: 0.00042 → "0.00042", 3.2e-7 → "3.2e-7". */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return 'n/a';
  if (p === 0) return '0';
  return String(Number(p.toPrecision(2)));
}

/** "+9.0% … +23%". */
export function formatInterval(interval: Interval): string {
  return `${formatRelative(interval.low)} … ${formatRelative(interval.high)}`;
}

export function describeCorrection(correction: CorrectionMethod, style: { short: boolean }): string {
  // The causes' correction is weighted by share (family.ts); the words say so, so nobody checks p × m by hand.
  if (correction === 'holm') return style.short ? 'weighted Holm' : 'Holm, weighted by share';
  return style.short ? 'weighted BH' : 'Benjamini–Hochberg, weighted by share';
}

/** "own time +16% (95% interval +9.0% … +23%), share 42.5% → 46.1%"; "new" when absent from the baseline. */
export function describeTimeChange(change: {
  metric: TimeMetric;
  timeChange: number | null;
  interval95: Interval | null;
  baselineShare: number;
  currentShare: number;
}): string {
  const label = change.metric === 'own' ? 'own time' : 'inclusive time';
  const time =
    change.timeChange === null
      ? change.baselineShare === 0
        ? `${label} new`
        : `${label} gone`
      : `${label} ${formatRelative(change.timeChange)}${change.interval95 ? ` (95% interval ${formatInterval(change.interval95)})` : ''}`;
  return `${time}, share ${formatShare(change.baselineShare)} → ${formatShare(change.currentShare)}`;
}

/**
 * "; the data cannot resolve a 10% slowdown of py::a (own time's 95% interval reaches +14%) and 2
 * more: more samples per run narrow the intervals"; empty when every gateable own time is resolved.
 */
export function describeUnresolved(unresolved: { name: string; high: number }[], threshold: number): string {
  if (unresolved.length === 0) return '';
  const shown = unresolved.slice(0, 2).map((entry) => `${entry.name} (95% interval reaches ${formatRelative(entry.high)})`);
  const more = unresolved.length > 2 ? ` and ${unresolved.length - 2} more` : '';
  return `; the data cannot resolve a ${formatLimit(threshold)} slowdown of ${shown.join(', ')}${more}: more samples per run (a higher frequency or longer runs) narrow the intervals`;
}

export function formatSeconds(side: TimeSide): string {
  if (side.mean === null) return 'n/a';
  return side.sd === null ? `${side.mean.toFixed(3)} s` : `${side.mean.toFixed(3)} s ± ${side.sd.toFixed(3)}`;
}

/** Up to three names in byte order, then "and N more". */
export function formatNameList(names: Iterable<string>): string {
  const list = [...names].sort(compareBytes);
  return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

export function keepFinite(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}
