/**
 * CPython 3.12 without frame pointers (dwarf mode) sees only the innermost Python frame, so stacks
 * never reach the root — yet own times are exact. The gate judges own times there instead of
 * calling every comparison inconclusive.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

describe('the gate in dwarf mode (CPython 3.12)', () => {
  requirePerf();
  const python = findPython(12);
  const app = join(projectRoot, 'examples', 'regression', 'app.py');

  it('catches a doubled own time of apply_discounts and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-dwarf-'));
    const common = ['profile', '--python', python, '--repeat', '4', '--script', app];
    const base = runCli([...common, '--out', join(dir, 'a'), '--', '--lines', '150000']);
    expect(base.code, base.stderr).toBe(0);
    const current = runCli([...common, '--out', join(dir, 'b'), '--baseline', join(dir, 'a'), '--', '--lines', '150000', '--slowdown', '1']);
    const report = JSON.parse(readFileSync(join(dir, 'b', 'report.json'), 'utf8'));
    expect(report.mode).toBe('dwarf');
    expect(report.quality.rootedShare).toBeLessThan(0.5);
    expect({ code: current.code, verdict: report.verdict, reasons: report.inconclusiveReasons }).toEqual({ code: 1, verdict: 'regressed', reasons: [] });
    expect(report.comparison.regressions[0].name).toMatch(/^py::apply_discounts:/);
    expect(current.stderr).toMatch(/dwarf mode .* judges own times/);
  });
});
