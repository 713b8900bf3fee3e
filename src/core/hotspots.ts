/**
 * Per-function weights of a profile in the Python-aware view: self, inclusive and (for Python
 * functions) own-Python time, plus ranking helpers.
 *
 * Frame families: `py::<qualname>:<file>` is a Python function, a name ending in `_[k]` is kernel
 * code, anything else is native. `[truncated]` is the synthetic root of a stack that did not reach
 * the process root; it is not a function, so it gets no row, but its samples count in `total`.
 */
import { compareBytes, type FoldedStacks } from './folded.js';
import { TRUNCATED_FRAME } from './fold-python.js';
import { isPythonFrameSymbol } from './python-frame-names.js';

export type FunctionKind = 'python' | 'native' | 'kernel';

export interface FunctionWeights {
  name: string;
  kind: FunctionKind;
  /** Weight of stacks where this function is the leaf frame. */
  self: number;
  /** Weight of stacks containing this function, counted once per stack even under recursion. */
  inclusive: number;
  /**
   * Python functions only (else null): weight of stacks where this is the innermost Python frame,
   * i.e. its own interpretation time plus the native code it calls directly.
   */
  ownPython: number | null;
}

export interface FunctionTable {
  /** Total weight of the profile, including stacks rooted at `[truncated]`. */
  total: number;
  /** Weight of stacks rooted at `[truncated]`. */
  truncated: number;
  /** Every function by name. */
  functions: Map<string, FunctionWeights>;
}

/** The family of the function a folded frame name stands for (see the top of this file). */
export function classifyFunction(name: string): FunctionKind {
  if (isPythonFrameSymbol(name)) return 'python';
  if (name.endsWith('_[k]')) return 'kernel';
  return 'native';
}

/**
 * The weight that a function causes by itself: `ownPython` for Python functions (a Python function
 * is responsible for the native code it calls directly, e.g. `zlib.compress`), `self` otherwise.
 */
export function selectOwnWeight(fn: FunctionWeights): number {
  return fn.ownPython ?? fn.self;
}

interface Accumulator extends FunctionWeights {
  /** Index of the last stack that added to `inclusive` (dedupes recursion without a Set per stack). */
  lastStack: number;
}

/** Builds the function table of a profile in one pass over its stacks. */
export function computeFunctionTable(stacks: FoldedStacks): FunctionTable {
  const functions = new Map<string, Accumulator>();
  let total = 0;
  let truncated = 0;
  let stackIndex = 0;
  for (const [stack, weight] of stacks) {
    stackIndex += 1;
    total += weight;
    if (weight === 0) continue;
    const frames = stack.split(';');
    if (frames[0] === TRUNCATED_FRAME) truncated += weight;
    let innermostPython: Accumulator | undefined;
    let leaf: Accumulator | undefined;
    for (const name of frames) {
      if (name === '' || name === TRUNCATED_FRAME) continue;
      let entry = functions.get(name);
      if (entry === undefined) {
        const kind = classifyFunction(name);
        entry = { name, kind, self: 0, inclusive: 0, ownPython: kind === 'python' ? 0 : null, lastStack: 0 };
        functions.set(name, entry);
      }
      if (entry.lastStack !== stackIndex) {
        entry.lastStack = stackIndex;
        entry.inclusive += weight;
      }
      if (entry.kind === 'python') innermostPython = entry;
      leaf = entry;
    }
    if (leaf !== undefined) leaf.self += weight;
    if (innermostPython !== undefined) innermostPython.ownPython = (innermostPython.ownPython ?? 0) + weight;
  }
  const result = new Map<string, FunctionWeights>();
  for (const name of [...functions.keys()].sort(compareBytes)) {
    const { lastStack: _ignored, ...weights } = functions.get(name)!;
    result.set(name, weights);
  }
  return { total, truncated, functions: result };
}

/** A function with its weights as shares of the profile total. */
export interface RankedFunction extends FunctionWeights {
  selfShare: number;
  inclusiveShare: number;
  /** `ownPython / total` for Python functions, else null. */
  ownPythonShare: number | null;
}

export type RankingKey = 'self' | 'inclusive' | 'own';

export interface RankOptions {
  /** Which weight orders the list: `self`, `inclusive`, or `own` (ownPython for Python functions, self otherwise). */
  by: RankingKey;
  /** How many functions to return (default: all). */
  top?: number;
  /** Drop functions whose ranking share is below this (default 0: keep all). */
  minShare?: number;
}

/**
 * Functions ordered by the chosen share, largest first; ties broken by inclusive weight, then by
 * name in byte order, so the order is deterministic.
 */
export function rankFunctions(table: FunctionTable, options: RankOptions): RankedFunction[] {
  const key = (fn: FunctionWeights): number =>
    options.by === 'self' ? fn.self : options.by === 'inclusive' ? fn.inclusive : selectOwnWeight(fn);
  const minWeight = (options.minShare ?? 0) * table.total;
  const candidates = [...table.functions.values()].filter((fn) => key(fn) > 0 && key(fn) >= minWeight);
  candidates.sort((a, b) => key(b) - key(a) || b.inclusive - a.inclusive || compareBytes(a.name, b.name));
  const limited = options.top === undefined ? candidates : candidates.slice(0, Math.max(0, options.top));
  return limited.map((fn) => toRanked(fn, table.total));
}

/** The top `top` functions by self share. */
export function rankBySelf(table: FunctionTable, top: number): RankedFunction[] {
  return rankFunctions(table, { by: 'self', top });
}

function toRanked(fn: FunctionWeights, total: number): RankedFunction {
  const share = (weight: number): number => (total > 0 ? weight / total : 0);
  return {
    ...fn,
    selfShare: share(fn.self),
    inclusiveShare: share(fn.inclusive),
    ownPythonShare: fn.ownPython === null ? null : share(fn.ownPython),
  };
}
