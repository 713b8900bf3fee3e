/**
 * Sample counts the tests read: per run, a function's own or inclusive weight and the run total;
 * and the same profiles with the samples of chosen functions set aside (the reference of the
 * compositional guard).
 */
import type { FoldedStacks } from '../folded.js';
import { TRUNCATED_FRAME } from '../fold-python.js';
import { computeFunctionTable, selectOwnWeight, type FunctionTable } from '../hotspots.js';
import type { TimeMetric } from './model.js';

/** The runs of one side, with their function tables. */
export interface SideSamples {
  profiles: FoldedStacks[];
  tables: FunctionTable[];
  totals: number[];
}

/** One function's counts on one side: in the function, and in the run. */
export interface RunCounts {
  counts: number[];
  totals: number[];
}

export function buildSideSamples(profiles: FoldedStacks[]): SideSamples {
  const tables = profiles.map((stacks) => computeFunctionTable(stacks));
  return { profiles, tables, totals: tables.map((table) => table.total) };
}

/** A function's own or inclusive weight in one run's table (0 when absent). */
export function selectMetricWeight(table: FunctionTable, name: string, metric: TimeMetric): number {
  const fn = table.functions.get(name);
  if (fn === undefined) return 0;
  return metric === 'own' ? selectOwnWeight(fn) : fn.inclusive;
}

export function selectRunCounts(side: SideSamples, name: string, metric: TimeMetric): RunCounts {
  return { counts: side.tables.map((table) => selectMetricWeight(table, name, metric)), totals: [...side.totals] };
}

/** Pooled share Σ weight / Σ total; 0 without samples. */
export function computePooledShare(counts: RunCounts): number {
  const total = sumValues(counts.totals);
  return total > 0 ? sumValues(counts.counts) / total : 0;
}

export function sumValues(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

/**
 * The side without the stacks whose samples a function in `names` owns (innermost Python frame for
 * `py::` names, leaf for native ones); run totals shrink with them.
 */
export function setAsideFunctions(side: SideSamples, names: ReadonlySet<string>): SideSamples {
  const profiles = side.profiles.map((stacks) => {
    const kept: FoldedStacks = new Map();
    for (const [stack, weight] of stacks) if (!isOwnedByAny(stack, names)) kept.set(stack, weight);
    return kept;
  });
  return buildSideSamples(profiles);
}

/** Whether a stack's samples belong to one of `names` in the `own` sense. */
function isOwnedByAny(stack: string, names: ReadonlySet<string>): boolean {
  const frames = stack.split(';');
  let leafSeen = false;
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const frame = frames[i]!;
    if (frame === '' || frame === TRUNCATED_FRAME) continue;
    if (!leafSeen) {
      leafSeen = true;
      if (!frame.startsWith('py::') && names.has(frame)) return true;
    }
    if (frame.startsWith('py::')) return names.has(frame);
  }
  return false;
}
