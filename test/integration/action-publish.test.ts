/**
 * The bundled Action run as GitHub runs it, against local fakes of the artifact service and the
 * REST API that the real @actions/artifact and Octokit clients talk to over HTTP.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubFake } from '../fakes/github-fakes.js';
import { runAction } from '../helpers/action-env.js';
import { findPython, projectRoot, requirePerf } from '../helpers/tools.js';

function listZipEntries(zip: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ppg-zip-'));
  const path = join(dir, 'artifact.zip');
  writeFileSync(path, zip);
  const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
  return listing.split('\n').filter(Boolean).sort();
}

describe('the Action publishes to GitHub (fakes on 127.0.0.1, real clients)', () => {
  requirePerf();
  const python = findPython(13);
  const fake = new GitHubFake();
  const workspace = mkdtempSync(join(tmpdir(), 'ppg-publish-'));
  copyFileSync(join(projectRoot, 'examples', 'bench.py'), join(workspace, 'bench.py'));
  copyFileSync(join(projectRoot, 'test', 'fixtures', 'programs', 'ab_workload.py'), join(workspace, 'work.py'));
  const inputs = { python, script: 'bench.py', args: '--seconds 0.6', repeat: '3', 'github-token': 'write-token' };

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('run 1 uploads the documented files; run 2 on a PR downloads them as `baseline: artifact`, compares, and comments once', async () => {
    const main = fake.createRun({ runId: 101, branch: 'main' });
    const first = await runAction({ workspace, inputs: { ...inputs, 'output-dir': 'out-main' }, env: main.env });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.verdict).toBe('no-baseline');
    expect(Number(first.outputs['artifact-id'])).toBeGreaterThan(0);
    expect(first.outputs['artifact-url']).toMatch(/\/actions\/runs\/101\/artifacts\/\d+$/);
    const artifact = fake.artifacts.find((a) => String(a.id) === first.outputs['artifact-id']);
    expect(artifact?.name).toBe('python-perf-gate');
    const entries = listZipEntries(artifact!.zip!);
    for (const name of ['profile.folded', 'runs/run-1.folded', 'runs/run-3.folded', 'flamegraph.svg', 'profile.speedscope.json', 'report.json', 'readiness.json', 'logs/run-1.log']) {
      expect(entries, name).toContain(name);
    }
    expect(entries.some((name) => name.includes('perf.data'))).toBe(false);
    expect(first.summary).toContain(first.outputs['artifact-url']);
    // flamegraph.svg also on its own, unzipped (it opens in the browser from the run page), linked from the summary.
    const svg = fake.artifacts.find((a) => a.name === 'python-perf-gate-flamegraph.svg' && a.run === artifact!.run);
    expect(svg?.zip?.subarray(0, 200).toString('utf8')).toMatch(/^<\?xml[\s\S]*<svg/);
    expect(first.summary).toMatch(new RegExp(`\\[flame graph\\]\\([^)]*/artifacts/${svg!.id}\\)`));

    const pr = fake.createRun({ runId: 102, branch: 'feature' });
    const eventPath = join(workspace, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const prEnv = { ...pr.env, GITHUB_BASE_REF: 'main', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_WORKFLOW: 'perf' };
    const second = await runAction({
      workspace,
      inputs: { ...inputs, 'output-dir': 'out-pr', baseline: 'artifact', 'comment-on-pr': 'true' },
      env: prEnv,
    });
    // An A/A comparison passes, or — on a machine too busy for a verdict — is inconclusive, which fails the step by default.
    expect(second.code, second.stdout + second.stderr).toBe(second.outputs.verdict === 'inconclusive' ? 1 : 0);
    expect(['pass', 'inconclusive']).toContain(second.outputs.verdict);
    expect(second.stdout).toMatch(/Baseline: artifact 'python-perf-gate' #\d+ from run 101 on 'main'/);
    const report = JSON.parse(readFileSync(join(workspace, 'out-pr', 'report.json'), 'utf8'));
    expect(report.baseline.source).toMatch(/^artifact \d+ \(run 101, main\)$/);
    expect(report.comparison.baseline.runs).toBe(3);
    expect(existsSync(join(workspace, 'out-pr', 'diff.svg'))).toBe(true);
    expect(second.summary).toMatch(/\*\*(pass|inconclusive)\*\*/);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- python-perf-gate:perf:python-perf-gate -->');

    // Run again on the same PR: the sticky comment is edited, not duplicated.
    const again = fake.createRun({ runId: 103, branch: 'feature' });
    const third = await runAction({
      workspace,
      inputs: { ...inputs, 'output-dir': 'out-pr-2', baseline: 'artifact', 'comment-on-pr': 'true', 'upload-artifact': 'false' },
      env: { ...again.env, GITHUB_BASE_REF: 'main', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_WORKFLOW: 'perf' },
    });
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(fake.comments.get(7) ?? []).toHaveLength(1);
    expect(fake.requestsFor('RestUpdateComment').length).toBeGreaterThanOrEqual(1);
  });

  it('an upload failure is a warning: files kept, verdict unchanged, step not failed', async () => {
    const run = fake.createRun({ runId: 201, branch: 'main' });
    fake.failNext('BlobStageBlock', 500, { times: Infinity });
    try {
      const result = await runAction({ workspace, inputs: { ...inputs, 'output-dir': 'out-fail' }, env: run.env });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(/::warning::Artifact upload of 'python-perf-gate' failed: .*The files are still in/);
      expect(result.outputs.verdict).toBe('no-baseline');
      expect(result.outputs['artifact-id']).toBe('');
      expect(existsSync(join(workspace, 'out-fail', 'flamegraph.svg'))).toBe(true);
      expect(existsSync(join(workspace, 'out-fail', 'report.json'))).toBe(true);
    } finally {
      fake.failNext('BlobStageBlock', 500, { times: 0 });
    }
  });

  it('a read-only token (fork PR) posts no comment, leaves a notice, and does not fail the step', async () => {
    const run = fake.createRun({ runId: 301, branch: 'fork-feature' });
    const eventPath = join(workspace, 'event-fork.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 9 } }));
    const before = fake.comments.get(9)?.length ?? 0;
    const result = await runAction({
      workspace,
      inputs: { ...inputs, 'output-dir': 'out-fork', 'comment-on-pr': 'true', 'github-token': 'read-token', 'upload-artifact': 'false' },
      env: { ...run.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(fake.comments.get(9)?.length ?? 0).toBe(before);
    expect(result.stdout).toMatch(/::notice::comment-on-pr: the token cannot comment/);
    expect(result.summary).toContain('## python-perf-gate');
  });

  it('a regressed function is annotated at its def line and fails the step', async () => {
    const run = fake.createRun({ runId: 401, branch: 'main' });
    const common = { python, script: 'work.py', repeat: '4', 'upload-artifact': 'false' };
    const base = await runAction({ workspace, inputs: { ...common, args: '--factor 1', 'output-dir': 'ab-base' }, env: run.env });
    expect(base.code, base.stdout + base.stderr).toBe(0);
    const head = await runAction({ workspace, inputs: { ...common, args: '--factor 3', 'output-dir': 'ab-head', baseline: 'ab-base' }, env: run.env });
    expect(head.outputs.verdict, head.stdout).toBe('regressed');
    expect(head.code).not.toBe(0);
    const defLine = readFileSync(join(workspace, 'work.py'), 'utf8').split('\n').findIndex((line) => line.startsWith('def hot_function')) + 1;
    expect(head.stdout).toMatch(new RegExp(`::error title=python-perf-gate%3A hot_function regressed,file=work\\.py,line=${defLine}::py::hot_function:work\\.py: own time`));
    expect(head.stdout).toMatch(/::error::Performance regression: \d+ finding\(s\)\.%0A- py::hot_function:work\.py \(cause\): own time \+/);
    expect(Number(head.outputs.regressions)).toBeGreaterThanOrEqual(1);
  });
});
