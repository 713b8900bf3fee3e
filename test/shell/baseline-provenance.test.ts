/**
 * Which artifact may be a baseline: only one uploaded by a run of this repository (not a fork's
 * pull request, whatever its branch is called) triggered by push, schedule, workflow_dispatch or
 * merge_group, on the base branch. Against the local GitHub fake with the real Octokit and
 * `@actions/artifact` clients, plus the selection logic on its own.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyEnv, type FakeRun, type GitHubFake } from '../fakes/github-fakes.js';
import { useArtifactFake, type ArtifactsModule } from '../helpers/artifact-fake.js';
import { readGitHubContext } from '../../src/github-context.js';
import type { RestArtifact, RestWorkflowRun } from '../../src/shell/github-api.js';

const shared = useArtifactFake('ppg-provenance-');
let fake: GitHubFake;
let artifacts: ArtifactsModule;
let workDir: string;

beforeAll(() => {
  ({ fake, artifacts, workDir } = shared);
});

/** Uploads `which.txt` = `label` as artifact `name` from a job of a new run; returns the artifact id. */
async function uploadFrom(
  name: string,
  label: string,
  run: { runId: number; branch: string; event?: string; fork?: string },
): Promise<{ id: number; run: FakeRun }> {
  const { run: created, env } = fake.createRun(run);
  const restore = applyEnv(env);
  try {
    const dir = join(workDir, `src-${run.runId}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'which.txt'), label);
    const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name, rootDirectory: dir, files: ['which.txt'] });
    if (outcome.status !== 'uploaded') throw new Error(`upload ${label}: ${JSON.stringify(outcome)}`);
    return { id: outcome.id, run: created };
  } finally {
    restore();
  }
}

function download(name: string, destination: string, extra: { branch?: string; maxLookups?: number } = {}) {
  return artifacts.downloadBaselineArtifact({
    name,
    branch: extra.branch ?? 'main',
    token: 'read-token',
    repository: fake.repository,
    destination: join(workDir, destination),
    apiUrl: fake.apiUrl,
    ...(extra.maxLookups === undefined ? {} : { maxLookups: extra.maxLookups }),
  });
}

describe('downloadBaselineArtifact provenance', () => {
  test("a fork's artifact from a branch it calls main, newer than the genuine one, is skipped: the genuine one is used", async () => {
    const genuine = await uploadFrom('fork-newer', 'genuine', { runId: 1101, branch: 'main' });
    await uploadFrom('fork-newer', 'poisoned', { runId: 1102, branch: 'main', fork: 'mallory/octo-repo' });
    const lookups = fake.requestsFor('RestGetRun').length;

    const outcome = await download('fork-newer', 'fork-newer-dst');

    expect(outcome).toMatchObject({ status: 'downloaded', artifactId: genuine.id, runId: 1101, skipped: [{ reason: 'fork', count: 1 }] });
    expect(readFileSync(join(workDir, 'fork-newer-dst', 'which.txt'), 'utf8')).toBe('genuine');
    // The fork was excluded from the listing alone; only the genuine run was looked up.
    expect(fake.requestsFor('RestGetRun').slice(lookups).map((request) => request.path)).toEqual([
      `/api/repos/${fake.repository}/actions/runs/1101`,
    ]);
    expect(artifacts.formatBaselineSkips(outcome.skipped)).toBe("1 artifact from forks' pull requests");
  });

  test('only fork artifacts: not-found, with the skip counts, and nothing downloaded', async () => {
    await uploadFrom('fork-only', 'a', { runId: 1201, branch: 'main', fork: 'mallory/octo-repo' });
    await uploadFrom('fork-only', 'b', { runId: 1202, branch: 'main', fork: 'eve/octo-repo' });
    await uploadFrom('fork-only', 'c', { runId: 1203, branch: 'feature', fork: 'eve/octo-repo' });
    const downloads = fake.requestsFor('RestDownloadArtifact').length;

    const outcome = await download('fork-only', 'fork-only-dst');

    expect(outcome).toEqual({
      status: 'not-found',
      reason: expect.stringContaining('no unexpired artifact "fork-only" from a trusted run'),
      skipped: [
        { reason: 'other-branch', count: 1 },
        { reason: 'fork', count: 2 },
      ],
    });
    expect(outcome.status === 'not-found' && outcome.reason).toContain("skipped 1 artifact from other branches and 2 from forks' pull requests");
    expect(fake.requestsFor('RestDownloadArtifact').length).toBe(downloads);
  });

  test('a run that cannot be looked up is skipped, not trusted', async () => {
    const older = await uploadFrom('lookup', 'older', { runId: 1301, branch: 'main' });
    await uploadFrom('lookup', 'unverifiable', { runId: 1302, branch: 'main' });
    fake.failRunLookup(1302, 500);
    try {
      const outcome = await download('lookup', 'lookup-dst');
      expect(outcome).toMatchObject({
        status: 'downloaded',
        artifactId: older.id,
        skipped: [{ reason: 'lookup-failed', count: 1, detail: expect.stringMatching(/^run 1302: .*500/) }],
      });
      expect(readFileSync(join(workDir, 'lookup-dst', 'which.txt'), 'utf8')).toBe('older');

      fake.failRunLookup(1301, 404); // e.g. the run was deleted
      // Nothing verifiable: a failure (the gate turns it into inconclusive), not "no baseline yet".
      const none = await download('lookup', 'lookup-none');
      expect(none).toMatchObject({
        status: 'failed',
        reason: expect.stringContaining('no artifact "lookup" on branch "main" could be verified as coming from a trusted run; skipped 2 artifacts whose run'),
        skipped: [{ reason: 'lookup-failed', count: 2 }],
      });
      expect(artifacts.formatBaselineSkips(none.skipped)).toMatch(/^2 artifacts whose run could not be looked up \(run 1302: /);
    } finally {
      fake.failRunLookup(1301, 0);
      fake.failRunLookup(1302, 0);
    }
  });

  test("a pull_request run of this repository on the branch is skipped; the trusted events are accepted", async () => {
    const scheduled = await uploadFrom('events', 'schedule', { runId: 1401, branch: 'main', event: 'schedule' });
    await uploadFrom('events', 'pr', { runId: 1402, branch: 'main', event: 'pull_request' });
    await uploadFrom('events', 'pr-target', { runId: 1403, branch: 'main', event: 'pull_request_target' });
    await uploadFrom('events', 'workflow-run', { runId: 1404, branch: 'main', event: 'workflow_run' });

    const outcome = await download('events', 'events-dst');

    expect(outcome).toMatchObject({
      status: 'downloaded',
      artifactId: scheduled.id,
      skipped: [{ reason: 'pull-request-run', count: 3, detail: 'pull_request, pull_request_target, workflow_run' }],
    });
    expect(readFileSync(join(workDir, 'events-dst', 'which.txt'), 'utf8')).toBe('schedule');

    await uploadFrom('events-pr-only', 'pr', { runId: 1405, branch: 'main', event: 'pull_request' });
    expect(await download('events-pr-only', 'events-pr-only-dst')).toMatchObject({
      status: 'not-found',
      skipped: [{ reason: 'pull-request-run', count: 1, detail: 'pull_request' }],
    });

    for (const [index, event] of ['push', 'workflow_dispatch', 'merge_group'].entries()) {
      const trusted = await uploadFrom(`event-${event}`, event, { runId: 1410 + index, branch: 'main', event });
      expect(await download(`event-${event}`, `event-${event}-dst`)).toMatchObject({ status: 'downloaded', artifactId: trusted.id, skipped: [] });
    }
  });

  test('run lookups stop at maxLookups; the older candidates are counted as not checked', async () => {
    for (let runId = 1501; runId <= 1504; runId += 1) await uploadFrom('lookup-cap', `pr-${runId}`, { runId, branch: 'main', event: 'pull_request' });
    const lookups = fake.requestsFor('RestGetRun').length;

    const outcome = await download('lookup-cap', 'lookup-cap-dst', { maxLookups: 2 });

    expect(outcome).toMatchObject({
      status: 'failed',
      skipped: [
        { reason: 'pull-request-run', count: 2, detail: 'pull_request' },
        { reason: 'not-checked', count: 2 },
      ],
    });
    expect(fake.requestsFor('RestGetRun').length - lookups).toBe(2);
  });
});

describe('chooseTrustedBaseline', () => {
  const artifact = (id: number, workflowRun: Partial<RestArtifact['workflowRun']>, extra: Partial<RestArtifact> = {}): RestArtifact => ({
    id,
    name: 'perf-report',
    expired: false,
    createdAt: `2026-01-01T00:${String(id).padStart(2, '0')}:00Z`,
    workflowRun: { id: 100 + id, headBranch: 'main', repositoryId: 1, headRepositoryId: 1, ...workflowRun },
    ...extra,
  });
  const runs = (table: Record<number, Partial<RestWorkflowRun> | Error>) => async (runId: number): Promise<RestWorkflowRun> => {
    const entry = table[runId];
    if (entry === undefined) throw new Error(`no run ${runId}`);
    if (entry instanceof Error) throw entry;
    return { id: runId, event: 'push', headBranch: 'main', repositoryId: 1, headRepositoryId: 1, ...entry };
  };
  const choose = (list: RestArtifact[], lookup: (runId: number) => Promise<RestWorkflowRun>) =>
    artifacts.chooseTrustedBaseline(list, { name: 'perf-report', branch: 'main', maxLookups: 20, lookupRun: lookup });

  test('a listing without repository ids defers to the lookup, which must show the same repository', async () => {
    const list = [artifact(3, { repositoryId: undefined, headRepositoryId: undefined }), artifact(2, { headRepositoryId: undefined }), artifact(1, {})];
    const result = await choose(list, runs({ 103: { headRepositoryId: 7 }, 102: { headRepositoryId: undefined }, 101: {} }));
    expect(result.chosen?.id).toBe(1);
    expect(result.skipped).toEqual([{ reason: 'fork', count: 2 }]);
  });

  test("the lookup's branch must be the base branch too", async () => {
    const result = await choose([artifact(2, {}), artifact(1, {})], runs({ 102: { headBranch: 'gh-readonly-queue/main/pr-1' }, 101: {} }));
    expect(result.chosen?.id).toBe(1);
    expect(result.skipped).toEqual([{ reason: 'other-branch', count: 1 }]);
  });

  test('newest first by created_at whatever the listing order; other names are ignored, not counted', async () => {
    const list = [artifact(1, {}), artifact(5, {}, { name: 'other' }), artifact(4, {}, { expired: true }), artifact(3, {})];
    const result = await choose(list, runs({ 101: {}, 103: {} }));
    expect(result.chosen?.id).toBe(3);
    expect(result.skipped).toEqual([{ reason: 'expired', count: 1 }]);
  });

  test('an empty event counts as untrusted', async () => {
    const result = await choose([artifact(1, {})], runs({ 101: { event: '' } }));
    expect(result).toEqual({ skipped: [{ reason: 'pull-request-run', count: 1, detail: 'unknown' }] });
  });
});

describe('formatBaselineSkips', () => {
  test('lists the trust reasons only, unless asked for all', () => {
    const skipped = [
      { reason: 'expired', count: 4 },
      { reason: 'fork', count: 2 },
      { reason: 'pull-request-run', count: 1, detail: 'pull_request' },
    ] as const;
    expect(artifacts.formatBaselineSkips([...skipped])).toBe("2 artifacts from forks' pull requests and 1 from runs of untrusted events (pull_request)");
    expect(artifacts.formatBaselineSkips([...skipped], { all: true })).toBe(
      "4 artifacts that expired, 2 from forks' pull requests and 1 from runs of untrusted events (pull_request)",
    );
    expect(artifacts.formatBaselineSkips([{ reason: 'other-branch', count: 9 }])).toBeUndefined();
    expect(artifacts.formatBaselineSkips([])).toBeUndefined();
  });
});
