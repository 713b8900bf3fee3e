/** Readiness as text (terminal), Markdown (job summary) and JSON (check --json). */
import { describeProbe, type Readiness } from './readiness.js';

interface Row {
  item: string;
  value: string;
}

function listRows(readiness: Readiness): Row[] {
  const python = readiness.python;
  const perf = readiness.perf;
  const rows: Row[] = [];
  if (python) {
    rows.push({ item: 'Python', value: `${python.implementation} ${python.version} (${python.executable})` });
    rows.push({ item: 'perf trampoline', value: python.perfTrampoline ? 'yes' : 'no' });
    rows.push({
      item: 'frame pointers',
      value: python.framePointers.present ? `yes (${python.framePointers.flags.join(' ')} in ${python.framePointers.foundIn.join(', ') || 'ABI'})` : 'no',
    });
    rows.push({ item: 'perf-jit (3.13+)', value: python.perfJitSupported ? 'available' : 'not available' });
    if (python.experimentalJit) rows.push({ item: 'experimental JIT', value: 'enabled (blocks trampolines)' });
    if (python.freeThreaded) rows.push({ item: 'free-threaded', value: 'yes' });
  } else {
    rows.push({ item: 'Python', value: 'not found' });
  }
  rows.push({ item: 'perf', value: perf.path ? `${perf.version ?? 'unknown version'} (${perf.path})${perf.brokenReason ? ` — broken: ${perf.brokenReason}` : ''}` : 'not found' });
  rows.push({ item: 'perf_event_paranoid', value: perf.paranoid === undefined ? 'unknown' : `${perf.paranoid}${perf.isRoot ? ' (running as root)' : ''}` });
  if (perf.kptrRestrict !== undefined) rows.push({ item: 'kptr_restrict', value: String(perf.kptrRestrict) });
  if (perf.cyclesSupported !== undefined) rows.push({ item: 'hardware cycles', value: perf.cyclesSupported ? 'supported' : 'not supported (no PMU)' });
  rows.push({ item: 'event', value: readiness.event });
  for (const probe of readiness.probes) rows.push({ item: `probe ${probe.mode}`, value: `${describeProbe(probe)} in ${probe.seconds.toFixed(2)} s` });
  rows.push({ item: 'mode', value: readiness.mode ?? 'none' });
  rows.push({ item: 'ready', value: readiness.ready ? 'yes' : 'no' });
  return rows;
}

export function formatReadinessText(readiness: Readiness): string {
  const rows = listRows(readiness);
  const width = Math.max(...rows.map((row) => row.item.length));
  const lines = rows.map((row) => `${row.item.padEnd(width)}  ${row.value}`);
  lines.push(`probes took ${readiness.probeSeconds.toFixed(2)} s`);
  for (const problem of readiness.problems) {
    lines.push(`${problem.severity.toUpperCase()} [${problem.code}] ${problem.message}`);
    if (problem.fix) lines.push(`  fix: ${problem.fix}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatReadinessMarkdown(readiness: Readiness): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = ['| Check | Result |', '| --- | --- |', ...listRows(readiness).map((row) => `| ${escape(row.item)} | ${escape(row.value)} |`)];
  for (const problem of readiness.problems) {
    const icon = problem.severity === 'error' ? '❌' : problem.severity === 'warning' ? '⚠️' : 'ℹ️';
    lines.push('', `${icon} **${problem.code}**: ${escape(problem.message)}${problem.fix ? ` _Fix:_ ${escape(problem.fix)}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The stable JSON shape of `check --json` (documented in the README). */
export function formatReadinessJson(readiness: Readiness): string {
  return `${JSON.stringify(
    {
      ready: readiness.ready,
      mode: readiness.mode ?? null,
      event: readiness.event,
      python: readiness.python ?? null,
      perf: readiness.perf,
      probes: readiness.probes,
      probeSeconds: readiness.probeSeconds,
      problems: readiness.problems,
    },
    null,
    2,
  )}\n`;
}
