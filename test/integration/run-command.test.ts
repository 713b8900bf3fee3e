/**
 * `run:` profiles a shell command. The checked interpreter comes first on PATH and in $PYTHON, so a
 * plain `python` in the command is the perf-enabled one — not pyenv's default 3.11 here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

describe('profile --run (a shell command)', () => {
  requirePerf();
  const python = findPython(13);

  it('a plain `python` and `$PYTHON` in the command run the checked interpreter, and their Python frames are profiled', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppg-run-'));
    const command = 'python examples/bench.py --seconds 0.5 && "$PYTHON" -c "import sys; print(sys.version)"';
    const result = runCli(['profile', '--python', python, '--repeat', '1', '--out', out, '--run', command], { cwd: projectRoot });
    expect(result.code, result.stderr).toBe(0);
    const log = readFileSync(join(out, 'logs', 'run-1.log'), 'utf8');
    expect(log).toMatch(/^3\.13\./m);
    const folded = readFileSync(join(out, 'profile.folded'), 'utf8');
    expect(folded).toMatch(/py::main:examples\/bench\.py;py::run_round:examples\/bench\.py/);
    expect(result.stderr).not.toMatch(/did not run a perf-enabled Python/);
  });

  it('a command that runs no perf-enabled Python is profiled, with a warning that says so', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppg-run-'));
    const command = 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done';
    const result = runCli(['profile', '--python', python, '--repeat', '1', '--out', out, '--run', command], { cwd: projectRoot });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning: No sample carries a Python frame: the command did not run a perf-enabled Python/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.quality.pythonShare).toBe(0);
    expect(report.quality.samples).toBeGreaterThan(0);
  });
});
