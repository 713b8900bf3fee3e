/** The bundled Action run as GitHub runs it, with real perf and real CPython 3.13. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-env.js';
import { findPython, projectRoot, requirePerf } from '../helpers/tools.js';

describe('dist/index.js as a GitHub Action step', () => {
  requirePerf();
  const python = findPython(13);
  const workspace = mkdtempSync(join(tmpdir(), 'ppg-workspace-'));
  copyFileSync(join(projectRoot, 'examples', 'bench.py'), join(workspace, 'bench.py'));
  const inputs = { python, script: 'bench.py', args: '--seconds 0.8', repeat: '3', 'upload-artifact': 'false' };

  it('profiles a script and writes outputs and the job summary; a second run compares against the first', async () => {
    const first = await runAction({ workspace, inputs: { ...inputs, 'output-dir': 'first' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.verdict).toBe('no-baseline');
    expect(first.outputs.mode).toBe('perf-jit');
    expect(first.outputs['python-version']).toMatch(/^3\.13\./);
    expect(Number(first.outputs.samples)).toBeGreaterThan(1000);
    expect(first.outputs.flamegraph).toBe(join(workspace, 'first', 'flamegraph.svg'));
    expect(existsSync(first.outputs.flamegraph as string)).toBe(true);
    expect(readFileSync(first.outputs.folded as string, 'utf8')).toMatch(/py::run_round:bench\.py;py::score_all:bench\.py/);
    expect(first.summary).toContain('## python-perf-gate');
    expect(first.summary).toContain('no baseline');
    expect(first.summary).toContain('Top hotspots');
    expect(first.summary).toContain('perf-jit');

    const second = await runAction({ workspace, inputs: { ...inputs, 'output-dir': 'second', baseline: 'first' } });
    // An A/A comparison passes, or — on a machine too busy for a verdict — is inconclusive, which fails the step by default.
    expect(second.code, second.stdout + second.stderr).toBe(second.outputs.verdict === 'inconclusive' ? 1 : 0);
    expect(['pass', 'inconclusive']).toContain(second.outputs.verdict);
    expect(second.outputs['diff-flamegraph']).toBe(join(workspace, 'second', 'diff.svg'));
    expect(existsSync(join(workspace, 'second', 'baseline.folded'))).toBe(true);
    expect(second.outputs.regressions).toBe('0');
    const report = JSON.parse(readFileSync(join(workspace, 'second', 'report.json'), 'utf8'));
    expect(report.comparison.baseline.runs).toBe(3);
    // The baseline directory's report.json carries each run's wall time, so total time is compared too.
    expect(report.comparison.time.wall.baseline.values).toHaveLength(3);
    expect(report.comparison.time.wall.current.values).toHaveLength(3);
    expect(report.comparison.time.wall.gated).toBe(false);
    expect(second.summary).toMatch(/pass|inconclusive/);
  });

  it('a failing benchmark fails the step with its exit code and last lines, and keeps its log', async () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'programs', 'exit_three.py'), join(workspace, 'exit_three.py'));
    const run = await runAction({ workspace, inputs: { python, script: 'exit_three.py', repeat: '2', 'upload-artifact': 'false', 'output-dir': 'failing' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::Run 1\/2: The benchmark failed with exit code 3\. No comparison was made\./);
    expect(run.stdout).toContain('something went wrong');
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary).toMatch(/❌ \*\*error\*\*[\s\S]*exit code 3/);
    expect(readFileSync(join(workspace, 'failing', 'logs', 'run-1.log'), 'utf8')).toContain('benchmark line 59');
    expect(existsSync(join(workspace, 'failing', 'report.json'))).toBe(false);
  });

  it('a bad input fails the step with a message naming the input, the value and what was expected', async () => {
    const run = await runAction({ workspace, inputs: { ...inputs, frequency: 'lots' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("::error::Invalid value 'lots' for input 'frequency'. Expected an integer 1–20000.");
  });
});
