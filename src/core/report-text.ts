/**
 * The comparison as plain text for a terminal (the CLI's `compare` and `profile`): the same facts
 * as the Markdown report, without table syntax or HTML escaping, so `<locals>` reads as written.
 */
import type { Comparison, FunctionChange, TimeComparison } from './compare/index.js';

const MAX_ROWS = 10;

export function formatComparisonText(comparison: Comparison): string {
  const lines = [`verdict: ${comparison.verdict} — ${comparison.summary}`];
  const side = (runs: number, samples: number) => `${runs} run${runs === 1 ? '' : 's'}, ${samples} samples`;
  lines.push(`baseline: ${side(comparison.baseline.runs, comparison.baseline.samples)}; current: ${side(comparison.current.runs, comparison.current.samples)}`);
  for (const reason of comparison.reasons) lines.push(`  - ${reason}`);
  const regressions = comparison.regressions.filter((entry): entry is FunctionChange => entry.kind === 'function');
  lines.push('', regressions.length === 0 ? 'No function regressed.' : 'Regressions (causes first):');
  lines.push(...formatChanges(regressions));
  if (comparison.improvements.length > 0) lines.push('', 'Top improvements:', ...formatChanges(comparison.improvements));
  const times = [comparison.time.wall, comparison.time.cpu].filter((entry): entry is TimeComparison => entry !== null);
  if (times.length > 0) lines.push('', 'Total time:', ...times.map((entry) => `  ${entry.regressed ? 'REGRESSED ' : ''}${entry.reason}`));
  return `${lines.join('\n')}\n`;
}

function formatChanges(changes: FunctionChange[]): string[] {
  const lines = changes.slice(0, MAX_ROWS).map((change) => {
    const role =
      change.role === 'consequence'
        ? ` [consequence${change.causedBy.length > 0 ? ` of ${change.causedBy.join(', ')}` : ''}]`
        : change.within !== null
          ? ` [in ${change.within}]`
          : '';
    return `  ${change.name}${change.newHotspot ? ' (new)' : ''}: ${change.headline}${role}`;
  });
  if (changes.length > MAX_ROWS) lines.push(`  … and ${changes.length - MAX_ROWS} more.`);
  return lines;
}
