/** The job summary (and PR comment) body: verdict first, then what a reviewer needs to judge it. */
import type { Comparison } from './compare/index.js';
import type { FoldedStacks } from './folded.js';
import { computeFunctionTable } from './hotspots.js';
import { escapeMarkdown, formatComparisonMarkdown, formatHotspotsMarkdown } from './report-markdown.js';
import { formatReadinessMarkdown } from './readiness-format.js';
import type { Readiness } from './readiness.js';
import { findProcessesWithoutPython, type RunQuality } from './run-quality.js';

export interface SummaryInput {
  verdict: string;
  inconclusiveReasons: string[];
  readiness: Readiness;
  quality: RunQuality;
  runs: { index: number; samples: number; wallSeconds: number; quality: RunQuality }[];
  headline: FoldedStacks;
  baseline?: FoldedStacks;
  comparison?: Comparison;
  artifactUrl?: string;
  /** A direct link to the flame graph (its own unzipped artifact), when uploaded. */
  flamegraphUrl?: string;
  /** How to fix an inconclusive verdict: one line per cause. */
  inconclusiveFixes?: string[];
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
  if (input.comparison && input.verdict === 'regressed') parts.push('', input.comparison.summary);
  if (input.inconclusiveReasons.length > 0) parts.push('', ...input.inconclusiveReasons.map((reason) => `- ${reason}`));
  const fixes = input.inconclusiveFixes ?? [];
  if (fixes.length > 0) parts.push('', '**To fix:**', ...fixes.map((fix) => `- ${fix}`));
  if (input.note) parts.push('', input.note);
  const links = [
    input.flamegraphUrl ? `[flame graph](${input.flamegraphUrl})` : undefined,
    input.artifactUrl ? `[all files: flame graphs, folded stacks, pprof, report](${input.artifactUrl})` : undefined,
  ].filter(Boolean);
  if (links.length > 0) parts.push('', `Open: ${links.join(' · ')}`);
  const q = input.quality;
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const runs = input.runs.length;
  parts.push(
    '',
    `**Profile quality**: ${q.samples.toLocaleString('en-US')} samples in ${runs} ${runs === 1 ? 'run' : 'runs'} · ${pct(q.rootedShare)} reach the process root · ${pct(q.pythonShare)} carry a Python frame · ${pct(q.unknownFrameShare)} unknown frames · deepest Python chain ${q.deepestPythonChain}${q.lostChunks > 0 ? ` · ${q.lostChunks} lost chunks` : ''}`,
  );
  const missing = findProcessesWithoutPython(input.runs.map((run) => run.quality)).filter((process) => process.shareOfRun >= 0.05);
  if (missing.length > 0) {
    parts.push('', '**Processes without Python frames**', '');
    for (const process of missing.slice(0, 10)) {
      const name = escapeMarkdown(process.argv ? process.argv.join(' ') : process.comm);
      parts.push(`- run ${process.run}, pid ${process.pid} (${name}): ${pct(process.shareOfRun)} of the run, ${pct(process.pythonShare)} with Python frames. ${escapeMarkdown(process.explanation)}`);
    }
  }
  if (input.comparison) parts.push('', formatComparisonMarkdown(input.comparison, { withVerdict: false }));
  const options: Parameters<typeof formatHotspotsMarkdown>[1] = { top: 15 };
  if (input.baseline) options.baseline = computeFunctionTable(input.baseline);
  parts.push('', '### Top hotspots', '', formatHotspotsMarkdown(computeFunctionTable(input.headline), options));
  parts.push('', '<details><summary>Readiness</summary>', '', formatReadinessMarkdown(input.readiness), '</details>', '');
  return parts.join('\n');
}
