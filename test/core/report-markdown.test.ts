import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { compareProfiles, type RunProfile } from '../../src/core/compare/index.js';
import { computeFunctionTable } from '../../src/core/hotspots.js';
import { escapeMarkdown, formatComparisonMarkdown, formatHotspotsMarkdown } from '../../src/core/report-markdown.js';
import { formatRelative } from '../../src/core/compare/index.js';
import { fixturePath } from '../helpers/golden.js';

const bench = parseFoldedText(readFileSync(fixturePath('compare', 'bench-rounds3.folded'), 'utf8'));
const SCORE_ORDER = 'py::score_order:examples/bench.py';

/** Deterministic "runs": every run is the capture scaled, with one function's stacks scaled extra. */
function makeRuns(distribution: FoldedStacks, count: number, scaleFor: (run: number) => number, name?: string): RunProfile[] {
  return Array.from({ length: count }, (_, run) => {
    const stacks: FoldedStacks = new Map();
    for (const [stack, weight] of distribution) {
      const extra = name !== undefined && stack.split(';').includes(name) ? scaleFor(run) : 1;
      stacks.set(stack, Math.round(weight * 20 * extra + ((run * 7 + weight) % 3)));
    }
    return { stacks, wallSeconds: 3 + run * 0.01 + (name ? 0.5 : 0), cpuSeconds: 2.9 + run * 0.01 };
  });
}

/** Splits a table row into cells on unescaped pipes. */
function splitCells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe('escapeMarkdown', () => {
  it('escapes pipes, angle brackets and emphasis characters', () => {
    expect(escapeMarkdown('py::score_all.<locals>.<genexpr>:a|b.py')).toBe('py::score\\_all.&lt;locals&gt;.&lt;genexpr&gt;:a\\|b.py');
    expect(escapeMarkdown('py::__init__:x.py')).toBe('py::\\_\\_init\\_\\_:x.py');
    expect(escapeMarkdown('a & b `c` [d]')).toBe('a &amp; b \\`c\\` \\[d\\]');
  });
});

describe('formatComparisonMarkdown', () => {
  const regressed = compareProfiles({
    baseline: makeRuns(bench, 5, () => 1),
    current: makeRuns(bench, 5, (run) => 1.9 + run * 0.05, SCORE_ORDER),
    options: { timeThreshold: 0.05 },
  });

  it('shows the verdict, then regressions with causes first', () => {
    expect(regressed.verdict).toBe('regressed');
    const markdown = formatComparisonMarkdown(regressed);
    const lines = markdown.split('\n');
    expect(lines[0]).toMatch(/^\*\*Verdict: ❌ regressed\*\* — regressed: /);
    const header = lines.findIndex((line) => line.startsWith('| Function |'));
    expect(header).toBeGreaterThan(0);
    const first = splitCells(lines[header + 2]!).map((cell) => cell.trim());
    expect(first[0]).toBe('py::score\\_order:examples/bench.py');
    expect(first[1]).toBe('own');
    // Its time change with the 95% interval, then the share before → after.
    expect(first[2]).toMatch(/^\+\d+%$/);
    expect(first[3]).toMatch(/^\+\d+(\.\d)?% … \+\d+(\.\d)?%$/);
    expect(first[4]).toMatch(/^\d+\.\d% → \d+\.\d%$/);
    expect(first[8]).toBe('cause');
    const change = regressed.regressions[0]!;
    expect(change.kind === 'function' && first[2] === formatRelative(change.timeChange!)).toBe(true);
    const consequenceRow = lines.find((line) => line.includes('py::score\\_all.&lt;locals&gt;.&lt;genexpr&gt;'))!;
    expect(consequenceRow).toContain('consequence of py::score\\_order:examples/bench.py');
    // Every row of the table has as many cells as the header.
    const headerCells = splitCells(lines[header]!).length;
    for (let i = header; i < lines.length && lines[i]!.startsWith('|'); i += 1) expect(splitCells(lines[i]!)).toHaveLength(headerCells);
    // No raw HTML from function names.
    expect(markdown).not.toMatch(/[<>]/);
    // Time section, with the gated wall-time regression marked.
    expect(markdown).toContain('#### Total time');
    expect(markdown).toMatch(/- ❌ wall time 3\.020 s ± 0\.016 → 3\.520 s ± 0\.016 \(\+17%\)/);
  });

  it('names the Python function a native cause sits in', () => {
    const compress = 'py::compress_report:examples/bench.py';
    const comparison = compareProfiles({ baseline: makeRuns(bench, 5, () => 1), current: makeRuns(bench, 5, (run) => 1.9 + run * 0.05, compress) });
    const lines = formatComparisonMarkdown(comparison).split('\n');
    const row = lines.find((line) => line.startsWith('| \\[libz.so.1.2.13\\] |'))!;
    expect(splitCells(row).map((cell) => cell.trim())[8]).toBe('cause, in py::compress\\_report:examples/bench.py');
  });

  it('limits the rows and says how many are left out', () => {
    const markdown = formatComparisonMarkdown(regressed, { maxRows: 1 });
    const functionRegressions = regressed.regressions.filter((entry) => entry.kind === 'function').length;
    expect(functionRegressions).toBeGreaterThan(1);
    expect(markdown).toContain(`… and ${functionRegressions - 1} more.`);
  });

  it('lists improvements without failing on them', () => {
    const improved = compareProfiles({ baseline: makeRuns(bench, 5, (run) => 1.9 + run * 0.05, SCORE_ORDER), current: makeRuns(bench, 5, () => 1) });
    const markdown = formatComparisonMarkdown(improved);
    expect(markdown.split('\n')[0]).toMatch(/^\*\*Verdict: ✅ pass\*\*/);
    expect(markdown).toContain('No function regressed.');
    const section = markdown.slice(markdown.indexOf('#### Top improvements'));
    const firstRow = section.split('\n').find((line) => line.startsWith('| py::'))!;
    expect(firstRow).toContain('py::score\\_order:examples/bench.py');
    expect(splitCells(firstRow)[2]!.trim()).toMatch(/^−\d+%$/);
    expect(splitCells(firstRow)[5]!.trim()).toMatch(/^−\d+\.\d$/);
  });

  it('lists the reasons of an inconclusive comparison', () => {
    const tiny = compareProfiles({ baseline: [{ stacks: new Map([['py::a:x.py', 30]]) }], current: [{ stacks: new Map([['py::a:x.py', 20]]) }] });
    const markdown = formatComparisonMarkdown(tiny);
    expect(markdown).toMatch(/^\*\*Verdict: ⚠️ inconclusive\*\*/);
    expect(markdown).toContain('- too few samples: baseline has 30 (< 1000)'.replace('<', '&lt;'));
  });
});

describe('formatHotspotsMarkdown', () => {
  const table = computeFunctionTable(bench);

  it('ranks the top functions by self share', () => {
    const markdown = formatHotspotsMarkdown(table, { top: 5 });
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(5);
    const selfShares = rows.map((row) => Number(splitCells(row)[2]!.trim().replace('%', '')));
    for (let i = 1; i < selfShares.length; i += 1) expect(selfShares[i - 1]!).toBeGreaterThanOrEqual(selfShares[i]!);
    // The first row is the function with the most leaf samples (found independently here).
    const topSelf = [...table.functions.values()].sort((a, b) => b.self - a.self)[0]!;
    expect(splitCells(rows[0]!)[2]!.trim()).toBe(`${((topSelf.self / 130) * 100).toFixed(1)}%`);
    expect(markdown).toContain('4.6% of samples are in stacks cut before the process root');
  });

  it('adds Δ columns against a baseline and escapes names', () => {
    const current: FoldedStacks = new Map(bench);
    current.set('py::main:app.py;py::a|b:<x>.py', 40);
    const markdown = formatHotspotsMarkdown(computeFunctionTable(current), { top: 3, baseline: table });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('| # | Function | Self | Inclusive | Own (Python) | Δ self | Δ inclusive |');
    const row = lines.find((line) => line.includes('py::a\\|b:&lt;x&gt;.py'))!;
    expect(splitCells(row).map((cell) => cell.trim()).slice(5)).toEqual(['new', 'new']);
    const others = lines.filter((line) => /^\| [23] \|/.test(line));
    for (const other of others) expect(splitCells(other)[5]!.trim()).toMatch(/^[+−]\d+\.\d pts$/);
  });
});
