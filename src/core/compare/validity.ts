/** Whether a comparison can be trusted: enough samples, good stacks, like measured against like. */
import type { CompareOptions } from './options.js';
import type { ProfileMeta, RunProfile, SideSummary } from './model.js';
import type { SideSamples } from './samples.js';
import { formatLimit, formatShare } from './wording.js';

export function summarizeSide(runs: RunProfile[], side: SideSamples, meta: ProfileMeta | undefined): SideSummary {
  let samples = 0;
  let truncated = 0;
  let python = 0;
  runs.forEach((run, i) => {
    samples += side.totals[i]!;
    truncated += side.tables[i]!.truncated;
    for (const [stack, weight] of run.stacks) if (stack.includes('py::')) python += weight;
  });
  return {
    runs: runs.length,
    samples,
    runSamples: [...side.totals],
    truncatedShare: samples > 0 ? truncated / samples : null,
    pythonShare: samples > 0 ? python / samples : null,
    meta: meta ?? null,
  };
}

/** Why the comparison is inconclusive; empty when it is valid. */
export function collectValidityReasons(sides: { baseline: SideSummary; current: SideSummary }, options: CompareOptions): string[] {
  const { baseline, current } = sides;
  const reasons: string[] = [];
  if (current.runs === 0) reasons.push('no current runs');
  for (const [label, side] of [['baseline', baseline], ['current', current]] as const) {
    if (side.runs === 0) continue;
    if (side.samples < options.minSamples) reasons.push(`too few samples: ${label} has ${side.samples} (< ${options.minSamples})`);
    side.runSamples.forEach((count, i) => {
      if (count < options.minRunSamples) reasons.push(`too few samples: ${label} run ${i + 1} has ${count} (< ${options.minRunSamples})`);
    });
    const quality = side.meta?.quality;
    if (quality?.rootedShare !== undefined && quality.rootedShare < options.minRootedShare) {
      reasons.push(`poor stack quality: ${label} has ${formatShare(quality.rootedShare)} of samples reaching the process root (< ${formatLimit(options.minRootedShare)})`);
    }
    if (quality?.pythonShare !== undefined && quality.pythonShare < options.minPythonShare) {
      reasons.push(`poor stack quality: ${label} has ${formatShare(quality.pythonShare)} of samples with Python frames (< ${formatLimit(options.minPythonShare)})`);
    }
  }
  const before = baseline.meta;
  const after = current.meta;
  if (baseline.runs > 0 && before && after) reasons.push(...collectMismatches(before, after));
  return reasons;
}

function collectMismatches(before: ProfileMeta, after: ProfileMeta): string[] {
  const reasons: string[] = [];
  const minorBefore = extractMinorVersion(before.pythonVersion);
  const minorAfter = extractMinorVersion(after.pythonVersion);
  if (minorBefore !== null && minorAfter !== null && minorBefore !== minorAfter) {
    reasons.push(`different Python versions: baseline Python ${minorBefore}, current ${minorAfter}`);
  }
  if (before.mode !== undefined && after.mode !== undefined && before.mode !== after.mode) {
    reasons.push(`different profiling modes: baseline ${before.mode}, current ${after.mode}`);
  }
  if (before.event !== undefined && after.event !== undefined && before.event !== after.event) {
    reasons.push(`different perf events: baseline ${before.event}, current ${after.event}`);
  }
  const cpuBefore = before.machine?.cpuModel?.trim();
  const cpuAfter = after.machine?.cpuModel?.trim();
  if (cpuBefore && cpuAfter && cpuBefore !== cpuAfter) {
    // Relative function costs move between CPU models (caches, vector units, branch predictors) by
    // an amount not measured here, so no floor is known to be wide enough: profile both sides on
    // the same machine (baseline-ref) to gate.
    reasons.push(
      `different CPU models: baseline "${cpuBefore}", current "${cpuAfter}" — relative function times differ between CPUs by an unmeasured amount; profile the baseline in the same job (baseline-ref) to gate`,
    );
  }
  return reasons;
}

/** "3.13.0", "CPython 3.13.1+" → "3.13"; null when no version is recognisable. */
export function extractMinorVersion(version: string | undefined): string | null {
  if (version === undefined) return null;
  const match = /(\d+)\.(\d+)/.exec(version);
  return match ? `${match[1]}.${match[2]}` : null;
}
