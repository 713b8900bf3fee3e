/**
 * GitHub-flavoured Markdown for the job summary / PR comment: the comparison verdict with its
 * regression and improvement tables (each function's time change with its 95% interval, then its
 * share), and a hotspot table for a single profile.
 */
import {
  formatInterval,
  formatP,
  formatPoints,
  formatRelative,
  formatShare,
  type Comparison,
  type FunctionChange,
  type TimeComparison,
  type Verdict,
} from './compare/index.js';
import { rankFunctions, type FunctionTable } from './hotspots.js';

export interface ComparisonMarkdownOptions {
  /** Rows per table before "… and N more". Default 10. */
  maxRows?: number;
  /** Start with the verdict line (default); the job summary states the verdict itself, once. */
  withVerdict?: boolean;
}

export interface HotspotsMarkdownOptions {
  /** Number of functions, ranked by self share. */
  top: number;
  /** When given, adds Δ columns against this profile. */
  baseline?: FunctionTable;
}

const DEFAULT_MAX_ROWS = 10;

/** Said once, under the first table that uses the words. */
const OWN_TIME_DEFINITION =
  '*Own* time is a function’s own code plus the native code it calls directly; *inclusive* time adds everything it calls. Changes are relative to the rest of the program.';

const VERDICT_LABELS: Record<Verdict, string> = {
  pass: '✅ pass',
  regressed: '❌ regressed',
  inconclusive: '⚠️ inconclusive',
  'no-baseline': 'ℹ️ no baseline',
};

/**
 * Escapes text for a GFM table cell: HTML-significant `&`, `<`, `>` become entities, Markdown
 * punctuation (`\ | * _ ` [ ] ~`) is backslash-escaped, so `py::<module>` or `__init__` render as
 * written and a `|` cannot split the cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|*_`[\]~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, ' ');
}

/** The comparison as Markdown: verdict, reasons, regressions (causes first), improvements, time. */
export function formatComparisonMarkdown(comparison: Comparison, options: ComparisonMarkdownOptions = {}): string {
  const maxRows = Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS);
  const lines: string[] = [];
  if (options.withVerdict !== false) {
    lines.push(`**Verdict: ${VERDICT_LABELS[comparison.verdict]}** — ${escapeMarkdown(comparison.summary)}`);
    lines.push('');
  }
  lines.push(
    `Baseline: ${describeSide(comparison.baseline.runs, comparison.baseline.samples)}; current: ${describeSide(comparison.current.runs, comparison.current.samples)}.` +
      (comparison.method.test === null ? '' : ` Test: ${describeMethod(comparison)}.`),
  );
  if (comparison.reasons.length > 0) {
    lines.push('');
    for (const reason of comparison.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
  }

  const functionRegressions = comparison.regressions.filter((entry): entry is FunctionChange => entry.kind === 'function');
  lines.push('');
  lines.push('#### Regressions');
  lines.push('');
  if (functionRegressions.length === 0) {
    lines.push('No function regressed.');
  } else {
    lines.push(...formatChangeTable(functionRegressions, maxRows, comparison.options.correction === 'holm' ? 'Holm p' : 'BH p'));
    lines.push('', OWN_TIME_DEFINITION);
  }

  if (comparison.improvements.length > 0) {
    lines.push('');
    lines.push('#### Top improvements');
    lines.push('');
    lines.push(...formatChangeTable(comparison.improvements, maxRows, comparison.options.correction === 'holm' ? 'Holm p' : 'BH p'));
  }

  const timeLines = [comparison.time.wall, comparison.time.cpu]
    .filter((entry): entry is TimeComparison => entry !== null)
    .map((entry) => `- ${entry.regressed ? '❌ ' : ''}${escapeMarkdown(entry.reason)}`);
  if (timeLines.length > 0) {
    lines.push('');
    lines.push('#### Total time');
    lines.push('');
    lines.push(...timeLines);
  }
  return `${lines.join('\n')}\n`;
}

function describeSide(runs: number, samples: number): string {
  return `${runs} run${runs === 1 ? '' : 's'}, ${samples} samples`;
}

function describeMethod(comparison: Comparison): string {
  const { method, options } = comparison;
  const dispersion = method.dispersion;
  const prior = dispersion
    ? ` (run-to-run dispersion φ₀=${Number(dispersion.prior.toFixed(2))}${dispersion.source === 'default' ? ', default' : `, d₀=${dispersion.priorDegreesOfFreedom === null ? '∞' : Number(dispersion.priorDegreesOfFreedom.toFixed(1))}`})`
    : '';
  const correction = options.correction === 'holm' ? 'Holm' : 'Benjamini–Hochberg';
  return (
    `each function's time against the rest of the program, moderated quasi-binomial${prior}; ` +
    `${correction} over ${method.testedHypotheses} times (${method.ownHypotheses} own, ${method.inclusiveHypotheses} inclusive), alpha ${options.alpha}; ` +
    `fails from ${formatRelative(options.threshold)} time and ${formatPoints(options.minDelta)} share`
  );
}

function formatChangeTable(changes: FunctionChange[], maxRows: number, adjustedLabel: string): string[] {
  const rows = [
    `| Function | Time | Change | 95% interval | Share | Δ pts | p | ${adjustedLabel} | Role |`,
    '|---|---|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const change of changes.slice(0, maxRows)) {
    const role =
      change.role === 'consequence'
        ? `consequence${change.causedBy.length > 0 ? ` of ${change.causedBy.map(escapeMarkdown).join(', ')}` : ''}`
        : change.role === 'cause' && change.within !== null
          ? `cause, in ${escapeMarkdown(change.within)}`
          : (change.role ?? '');
    const cells = [
      `${escapeMarkdown(change.name)}${change.newHotspot ? ' (new)' : ''}`,
      change.metric,
      change.timeChange === null ? 'new' : formatRelative(change.timeChange),
      change.interval95 === null ? '—' : formatInterval(change.interval95),
      `${formatShare(change.baselineShare)} → ${formatShare(change.currentShare)}`,
      formatPoints(change.shareChange).replace(' pts', ''),
      formatP(change.p),
      formatP(change.pAdjusted),
      role,
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  if (changes.length > maxRows) rows.push('', `… and ${changes.length - maxRows} more.`);
  return rows;
}

/** The top functions of one profile by self share, with Δ against a baseline profile when given. */
export function formatHotspotsMarkdown(table: FunctionTable, options: HotspotsMarkdownOptions): string {
  const ranked = rankFunctions(table, { by: 'self', top: options.top });
  const baseline = options.baseline;
  const header = ['#', 'Function', 'Self', 'Inclusive', 'Own (Python)'];
  if (baseline) header.push('Δ self', 'Δ inclusive');
  const rows = [`| ${header.join(' | ')} |`, `|--:|---|${'--:|'.repeat(header.length - 2)}`];
  ranked.forEach((fn, index) => {
    const cells = [
      String(index + 1),
      escapeMarkdown(fn.name),
      formatShare(fn.selfShare),
      formatShare(fn.inclusiveShare),
      fn.ownPythonShare === null ? '—' : formatShare(fn.ownPythonShare),
    ];
    if (baseline) {
      const before = baseline.functions.get(fn.name);
      const share = (weight: number) => (baseline.total > 0 ? weight / baseline.total : 0);
      if (before === undefined) {
        cells.push('new', 'new');
      } else {
        cells.push(formatPoints(fn.selfShare - share(before.self)), formatPoints(fn.inclusiveShare - share(before.inclusive)));
      }
    }
    rows.push(`| ${cells.join(' | ')} |`);
  });
  if (ranked.length === 0) return 'No samples.\n';
  const truncatedNote =
    table.truncated > 0 ? `\n${formatShare(table.truncated / table.total)} of samples are in stacks cut before the process root ([truncated]).\n` : '';
  return `${rows.join('\n')}\n${truncatedNote.replace('[truncated]', '\\[truncated\\]')}`;
}
