/**
 * `baseline-ref`: the base commit is profiled in the same run from a git worktree, interleaved
 * with the current code (A B A B …), with real git, real perf and CPython 3.13.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
  });
}

/** A repository whose HEAD makes hot_function do 3× the work it did at HEAD~1. */
function makeRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'ppg-ref-'));
  const source = readFileSync(join(projectRoot, 'test', 'fixtures', 'programs', 'ab_workload.py'), 'utf8');
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'work.py'), source.replace('default=1.0)', 'default=1.0)  # base'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  writeFileSync(join(repo, 'work.py'), source.replace('default=1.0)', 'default=3.0)  # head: 3x the work'));
  git(repo, 'commit', '-q', '-am', 'head');
  return repo;
}

describe('profile --baseline-ref (real git worktree, real perf)', () => {
  requirePerf();
  const python = findPython(13);
  const repo = makeRepository();

  it('profiles base and head interleaved and names the regressed function first', () => {
    const out = join(repo, '..', `${repo.split('/').pop()}-out-ab`);
    const result = runCli(
      ['profile', '--python', python, '--script', 'work.py', '--repeat', '3', '--out', out, '--baseline-ref', 'HEAD~1', '--prepare', 'echo prepared in $PWD'],
      { cwd: repo },
    );
    expect(result.code, result.stderr).toBe(1);
    const order = [...result.stderr.matchAll(/^(base run|run) (\d)\/3: [\d.]+ s recorded$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual(['base run 1', 'run 1', 'base run 2', 'run 2', 'base run 3', 'run 3']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('regressed');
    expect(report.baseline.source).toMatch(/^baseline-ref HEAD~1 \([0-9a-f]{12}\), profiled in this job$/);
    expect(report.comparison.regressions[0].name).toBe('py::hot_function:work.py');
    expect(report.comparison.regressions[0].role).toBe('cause');
    expect(existsSync(join(out, 'baseline-runs', 'run-3.folded'))).toBe(true);
    expect(readFileSync(join(out, 'logs', 'base-prepare.log'), 'utf8')).toMatch(/prepared in .*base-[0-9a-f]{12}/);
    expect(readFileSync(join(out, 'logs', 'prepare.log'), 'utf8')).toContain(`prepared in ${repo}`);
    // Base frames carry the same relative names as head frames, so they compare.
    expect(readFileSync(join(out, 'baseline.folded'), 'utf8')).toContain('py::hot_function:work.py');
    // The worktree is gone and the user's checkout is untouched.
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(git(repo, 'status', '--porcelain').trim()).toBe('');
  });

  it('the same commit on both sides passes (A/A)', () => {
    const out = join(repo, '..', `${repo.split('/').pop()}-out-aa`);
    const result = runCli(['profile', '--python', python, '--script', 'work.py', '--repeat', '3', '--out', out, '--baseline-ref', 'HEAD'], { cwd: repo });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(['pass', 'inconclusive']).toContain(report.verdict);
    expect(report.comparison.regressions).toEqual([]);
  });

  it('an unknown ref is an error naming the value', () => {
    const result = runCli(['profile', '--python', python, '--script', 'work.py', '--repeat', '1', '--out', join(repo, '..', 'x'), '--baseline-ref', 'no-such-branch'], {
      cwd: repo,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid value 'no-such-branch' for option '--baseline-ref'/);
  });

  it('baseline and baseline-ref together are rejected', () => {
    const result = runCli(['profile', '--script', 'work.py', '--baseline', 'x', '--baseline-ref', 'HEAD'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Both option '--baseline' .* and option '--baseline-ref' .* are set/);
  });
});
