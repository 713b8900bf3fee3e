/** What a finished pipeline hands its driver: the verdict, everything behind it, and the files written. */
import type { Comparison, Verdict } from './core/compare/index.js';
import type { FoldedStacks } from './core/folded.js';
import type { Readiness } from './core/readiness.js';
import type { Report, RunSummary } from './core/report.js';
import type { RunQuality } from './core/run-quality.js';
import type { Baseline } from './shell/baseline.js';
import type { OutputFiles } from './shell/output-dir.js';

export interface ProfileOutcome {
  verdict: Verdict;
  /** 0 pass / no-baseline / tolerated, 1 regression (or inconclusive when asked to fail). */
  exitCode: 0 | 1;
  readiness: Readiness;
  runs: RunSummary[];
  quality: RunQuality;
  comparison?: Comparison;
  baseline?: Pick<Baseline, 'source' | 'runs' | 'meta'>;
  /** All current runs merged (what profile.folded holds). */
  headline: FoldedStacks;
  /** All baseline runs merged (what baseline.folded holds), when there was a baseline. */
  baselineStacks?: FoldedStacks;
  inconclusiveReasons: string[];
  files: OutputFiles;
  report: Report;
}
