/** The job summary (and PR comment) body: verdict first, then what a reviewer needs to judge it. */
import type { Comparison } from './compare.js';
import type { FoldedStacks } from './folded.js';
import { computeFunctionTable } from './hotspots.js';
import { formatComparisonMarkdown, formatHotspotsMarkdown } from './report-markdown.js';
import { formatReadinessMarkdown } from './readiness-format.js';
import type { Readiness } from './readiness.js';
import type { RunQuality } from './run-quality.js';

export interface SummaryInput {
  verdict: string;
  inconclusiveReasons: string[];
  readiness: Readiness;
  quality: RunQuality;
  runs: { index: number; samples: number; wallSeconds: number }[];
  headline: FoldedStacks;
  baseline?: FoldedStacks;
  comparison?: Comparison;
  artifactUrl?: string;
  /** Shown when no comparison could be made. */
  note?: string;
}

const verdictLines: Record<string, string> = {
  pass: '✅ **pass**: no function regressed significantly.',
  regressed: '❌ **regressed**: at least one function grew significantly beyond the thresholds.',
  inconclusive: '⚠️ **inconclusive**: the data cannot support a verdict.',
  'no-baseline': 'ℹ️ **no baseline**: profiled only; this run can be the baseline of the next.',
};

export function formatSummaryMarkdown(input: SummaryInput): string {
  const parts: string[] = ['## python-perf-gate', '', verdictLines[input.verdict] ?? `**${input.verdict}**`];
  if (input.inconclusiveReasons.length > 0) parts.push('', ...input.inconclusiveReasons.map((reason) => `- ${reason}`));
  if (input.note) parts.push('', input.note);
  if (input.artifactUrl) parts.push('', `Flame graphs, folded stacks and the full report: [artifact](${input.artifactUrl})`);
  const q = input.quality;
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  parts.push(
    '',
    `**Profile quality**: ${q.samples.toLocaleString('en-US')} samples in ${input.runs.length} run(s) · ${pct(q.rootedShare)} reach the process root · ${pct(q.pythonShare)} carry a Python frame · ${pct(q.unknownFrameShare)} unknown frames · deepest Python chain ${q.deepestPythonChain}${q.lostChunks > 0 ? ` · ${q.lostChunks} lost chunks` : ''}`,
  );
  if (input.comparison) parts.push('', formatComparisonMarkdown(input.comparison));
  const options: Parameters<typeof formatHotspotsMarkdown>[1] = { top: 15 };
  if (input.baseline) options.baseline = computeFunctionTable(input.baseline);
  parts.push('', '### Top hotspots', '', formatHotspotsMarkdown(computeFunctionTable(input.headline), options));
  parts.push('', '<details><summary>Readiness</summary>', '', formatReadinessMarkdown(input.readiness), '</details>', '');
  return parts.join('\n');
}
