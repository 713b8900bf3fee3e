/** The gate with real recordings: too little data is inconclusive, never a pass. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

describe('compare on real recordings', () => {
  requirePerf();
  const python = findPython(13);
  const script = join(projectRoot, 'test', 'fixtures', 'programs', 'ab_workload.py');

  it('1 run per side with few samples → inconclusive: exit 1 by default, 0 with --fail-on-inconclusive false', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-gate-'));
    const common = ['profile', '--python', python, '--script', script, '--repeat', '1', '--frequency', '99'];
    const base = runCli([...common, '--out', join(dir, 'a'), '--', '--rounds', '30']);
    expect(base.code, base.stderr).toBe(0);
    const current = runCli([...common, '--out', join(dir, 'b'), '--baseline', join(dir, 'a'), '--', '--rounds', '30']);
    expect(current.code, current.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'b', 'report.json'), 'utf8'));
    expect(report.verdict).toBe('inconclusive');
    expect(report.inconclusiveReasons.join(' ')).toMatch(/samples/);
    expect(current.stdout).toMatch(/^verdict: inconclusive/m);

    const strict = runCli(['compare', '--baseline', join(dir, 'a'), '--current', join(dir, 'b')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/inconclusive/i);
    const tolerant = runCli(['compare', '--baseline', join(dir, 'a'), '--current', join(dir, 'b'), '--fail-on-inconclusive', 'false']);
    expect(tolerant.code).toBe(0);
  });
});
