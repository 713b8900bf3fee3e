/** Profile quality per run: how far the recorded stacks can be trusted. */
import type { FoldQuality } from './fold-quality.js';

export interface RunQuality {
  samples: number;
  /** Share of samples whose stack reaches the process root (0–1). */
  rootedShare: number;
  truncatedShare: number;
  /** Share of samples with at least one Python frame. */
  pythonShare: number;
  /** Share of frames perf could not name. */
  unknownFrameShare: number;
  deepestPythonChain: number;
  lostChunks: number;
}

/** Below these the comparison is inconclusive, never a pass. */
export const qualityThresholds = {
  minRootedShare: 0.5,
  minPythonShare: 0.5,
  minSamplesPerRun: 100,
} as const;

export function summarizeQuality(quality: FoldQuality, lostChunks: number): RunQuality {
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  return {
    samples: quality.samples,
    rootedShare: share(quality.rootedSamples, quality.samples),
    truncatedShare: share(quality.truncatedSamples, quality.samples),
    pythonShare: share(quality.pythonSamples, quality.samples),
    unknownFrameShare: share(quality.unknownFrames, quality.totalFrames),
    deepestPythonChain: quality.deepestPythonChain,
    lostChunks,
  };
}

/** Sample-weighted mean of run qualities (deepest chain: the maximum). */
export function combineQuality(runs: RunQuality[]): RunQuality {
  const samples = runs.reduce((sum, run) => sum + run.samples, 0);
  const weighted = (pick: (run: RunQuality) => number) =>
    samples > 0 ? runs.reduce((sum, run) => sum + pick(run) * run.samples, 0) / samples : 0;
  return {
    samples,
    rootedShare: weighted((run) => run.rootedShare),
    truncatedShare: weighted((run) => run.truncatedShare),
    pythonShare: weighted((run) => run.pythonShare),
    unknownFrameShare: weighted((run) => run.unknownFrameShare),
    deepestPythonChain: Math.max(0, ...runs.map((run) => run.deepestPythonChain)),
    lostChunks: runs.reduce((sum, run) => sum + run.lostChunks, 0),
  };
}

/** Reasons the profile itself is too poor to gate on; empty when it is fine. */
export function findQualityProblems(quality: RunQuality, runs: RunQuality[]): string[] {
  const reasons: string[] = [];
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  if (quality.rootedShare < qualityThresholds.minRootedShare) {
    reasons.push(`only ${percent(quality.rootedShare)} of samples reach the process root (stacks truncated; need ≥ ${percent(qualityThresholds.minRootedShare)})`);
  }
  if (quality.pythonShare < qualityThresholds.minPythonShare) {
    reasons.push(`only ${percent(quality.pythonShare)} of samples carry a Python frame (need ≥ ${percent(qualityThresholds.minPythonShare)})`);
  }
  const thin = runs.filter((run) => run.samples < qualityThresholds.minSamplesPerRun);
  if (thin.length > 0) reasons.push(`${thin.length} run(s) have fewer than ${qualityThresholds.minSamplesPerRun} samples`);
  return reasons;
}
