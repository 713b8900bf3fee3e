/**
 * Causes before consequences: which regressed (or improved) causes sit beneath a consequence, and
 * which Python cause directly calls a native one.
 */
import { compareBytes, mergeStacks } from '../folded.js';
import type { Decision, FunctionComparison } from './model.js';
import type { SideSamples } from './samples.js';

/**
 * Fills `causedBy` for consequences: causes of the same decision that sit beneath them in some
 * current stack, the largest share change first.
 */
export function attachCauses(functions: FunctionComparison[], current: SideSamples, decision: Decision): void {
  const group = functions.filter((fn) => fn.decision === decision);
  const consequences = new Map(group.filter((fn) => fn.role === 'consequence').map((fn) => [fn.name, new Set<string>()]));
  const causes = new Map(group.filter((fn) => fn.role === 'cause').map((fn) => [fn.name, Math.abs(fn.own.shareChange)]));
  if (consequences.size === 0 || causes.size === 0) return;
  for (const stack of mergeStacks(current.profiles).keys()) {
    const frames = stack.split(';');
    const first = frames.findIndex((frame) => consequences.has(frame));
    if (first < 0) continue;
    // Every consequence seen so far gets every cause deeper in the stack.
    const seen: string[] = [];
    for (let i = first; i < frames.length; i += 1) {
      const frame = frames[i]!;
      if (causes.has(frame)) for (const name of seen) if (name !== frame) consequences.get(name)!.add(frame);
      if (consequences.has(frame)) seen.push(frame);
    }
  }
  for (const fn of group) {
    const found = consequences.get(fn.name);
    if (found) fn.causedBy = [...found].sort((a, b) => causes.get(b)! - causes.get(a)! || compareBytes(a, b));
  }
}

/** Fills `within` for native/kernel causes that sit directly under a Python cause of the same decision. */
export function attachOwners(functions: FunctionComparison[], current: SideSamples): void {
  const pythonCauses = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind === 'python').map((fn) => [fn.name, fn.decision]));
  const natives = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind !== 'python').map((fn) => [fn.name, fn]));
  if (pythonCauses.size === 0 || natives.size === 0) return;
  const byOwner = new Map<string, Map<string, number>>();
  const selfWeight = new Map<string, number>();
  for (const [stack, weight] of mergeStacks(current.profiles)) {
    const frames = stack.split(';');
    const leaf = frames[frames.length - 1]!;
    if (!natives.has(leaf)) continue;
    selfWeight.set(leaf, (selfWeight.get(leaf) ?? 0) + weight);
    let owner: string | undefined;
    for (let i = frames.length - 1; i >= 0 && owner === undefined; i -= 1) if (frames[i]!.startsWith('py::')) owner = frames[i];
    if (owner === undefined) continue;
    const owners = byOwner.get(leaf) ?? new Map<string, number>();
    owners.set(owner, (owners.get(owner) ?? 0) + weight);
    byOwner.set(leaf, owners);
  }
  for (const [name, fn] of natives) {
    const owners = [...(byOwner.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0]));
    const top = owners[0];
    if (top && pythonCauses.get(top[0]) === fn.decision && top[1] >= 0.5 * (selfWeight.get(name) ?? 0)) fn.within = top[0];
  }
}
