/**
 * The real `@actions/artifact` client and our REST calls against the local GitHub fake, over HTTP.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyEnv, type GitHubFake } from '../fakes/github-fakes.js';
import { useArtifactFake, type ArtifactsModule } from '../helpers/artifact-fake.js';
import { readGitHubContext } from '../../src/github-context.js';

const shared = useArtifactFake('ppg-artifacts-');
let fake: GitHubFake;
let artifacts: ArtifactsModule;
let workDir: string;
const restorers = shared.restorers;

beforeAll(() => {
  ({ fake, artifacts, workDir } = shared);
});

/** Enters a job of a new workflow run: its Actions environment is set until the test ends. */
function enterRun(runId: number, branch: string): ReturnType<GitHubFake['createRun']>['run'] {
  const { run, env } = fake.createRun({ runId, branch });
  restorers.push(applyEnv(env));
  return run;
}

/** Writes a report directory with a nested file; returns its path and the relative file names. */
function writeReport(name: string, contents: Record<string, string>): { dir: string; files: string[] } {
  const dir = join(workDir, name);
  for (const [file, text] of Object.entries(contents)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return { dir, files: Object.keys(contents) };
}

/** Entry names from a zip's central directory. */
function listZipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names.sort();
}

describe('uploadArtifact', () => {
  test('uploads the files as one zip whose entries are exactly those files', async () => {
    const run = enterRun(101, 'main');
    const report = writeReport('upload-ok', {
      'summary.md': '# hotspots\n',
      'flamegraph.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
      'profiles/run-1.folded': 'python;main;score_order 42\n',
    });
    writeFileSync(join(report.dir, 'not-listed.txt'), 'stays out of the artifact');

    const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files, retentionDays: 7 });

    const stored = fake.artifacts.find((artifact) => artifact.run === run && artifact.name === 'perf-report');
    expect(stored?.finalized).toBe(true);
    expect(outcome).toEqual({
      status: 'uploaded',
      id: stored?.id,
      size: stored?.zip?.length,
      url: `https://github.localhost/${fake.repository}/actions/runs/101/artifacts/${stored?.id}`,
    });
    expect(listZipEntries(stored!.zip!)).toEqual(['flamegraph.svg', 'profiles/run-1.folded', 'summary.md']);
    // The Twirp calls carried the backend ids from the runtime token, and the retention became an expiry.
    const create = fake.requestsFor('CreateArtifact')[0]?.json as Record<string, unknown>;
    expect(create).toMatchObject({ workflow_run_backend_id: run.runBackendId, workflow_job_run_backend_id: run.jobBackendId, name: 'perf-report' });
    expect(typeof create.expires_at).toBe('string');
    expect(stored?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('is skipped, without any request, outside GitHub Actions', async () => {
    restorers.push(applyEnv({ ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined }));
    const report = writeReport('upload-skip', { 'summary.md': 'x\n' });
    const before = fake.requests.length;

    const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files });

    expect(outcome.status).toBe('skipped');
    expect(outcome).toMatchObject({ reason: expect.stringContaining('ACTIONS_RUNTIME_TOKEN') });
    expect(fake.requests.length).toBe(before);
  });

  test('reports a persistent blob-storage 500 as failed and leaves the files on disk', async () => {
    enterRun(102, 'main');
    const report = writeReport('upload-500', { 'summary.md': 'kept\n', 'profiles/a.folded': 'a 1\n' });
    fake.failNext('BlobStageBlock', 500, { times: Infinity });
    try {
      const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files });
      expect(outcome.status).toBe('failed');
    } finally {
      fake.failNext('BlobStageBlock', 500, { times: 0 });
    }
    // The Azure client tries 4 times (delays 0 s, 4 s, 12 s: about 16 s measured here), then gives up.
    expect(fake.requestsFor('BlobStageBlock').filter((request) => request.status === 500)).toHaveLength(4);
    expect(fake.requests.filter((request) => request.operation === 'FinalizeArtifact' && request.status === 200)).toHaveLength(1); // only run 101's
    expect(readFileSync(join(report.dir, 'summary.md'), 'utf8')).toBe('kept\n');
    expect(existsSync(join(report.dir, 'profiles/a.folded'))).toBe(true);
  });

  test('rides out one transient 500 from the results service (the client retries after 3 s)', async () => {
    enterRun(103, 'main');
    const report = writeReport('upload-retry', { 'summary.md': 'retry\n' });
    fake.failNext('CreateArtifact', 500);
    const before = fake.requestsFor('CreateArtifact').length;

    const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files });

    expect(outcome.status).toBe('uploaded');
    expect(fake.requestsFor('CreateArtifact').slice(before).map((request) => request.status)).toEqual([500, 200]);
  });

  test('reports a second upload of the same name in one run as failed, without retrying', async () => {
    enterRun(104, 'main');
    const report = writeReport('upload-twice', { 'summary.md': 'once\n' });
    const first = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files });
    expect(first.status).toBe('uploaded');
    const before = fake.requestsFor('CreateArtifact').length;

    const second = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'perf-report', rootDirectory: report.dir, files: report.files });

    expect(second).toMatchObject({ status: 'failed', reason: expect.stringContaining('409') });
    expect(fake.requestsFor('CreateArtifact').slice(before).map((request) => request.status)).toEqual([409]);
  });
});

describe('downloadBaselineArtifact', () => {
  const base = { token: 'read-token', branch: 'main' };

  test('downloads what run 1 uploaded into run 2, byte for byte', async () => {
    const contents = { 'summary.md': '# baseline\n', 'profiles/run-1.folded': 'python;main;hot 7\npython;main;cold 1\n' };
    const uploader = enterRun(201, 'main');
    const report = writeReport('baseline-src', contents);
    const uploaded = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'baseline-roundtrip', rootDirectory: report.dir, files: report.files });
    expect(uploaded.status).toBe('uploaded');
    restorers.pop()?.();

    enterRun(202, 'feature/speedup');
    const destination = join(workDir, 'baseline-dst');
    const outcome = await artifacts.downloadBaselineArtifact({ ...base, name: 'baseline-roundtrip', repository: fake.repository, destination, apiUrl: fake.apiUrl });

    expect(outcome).toEqual({
      status: 'downloaded',
      artifactId: uploaded.status === 'uploaded' ? uploaded.id : -1,
      runId: 201,
      headSha: uploader.headSha,
      path: destination,
      skipped: [],
    });
    for (const [file, text] of Object.entries(contents)) expect(readFileSync(join(destination, file), 'utf8')).toBe(text);
    const listing = fake.requestsFor('RestListArtifacts').at(-1);
    expect(listing?.query).toMatchObject({ name: 'baseline-roundtrip' });
    expect(listing?.authorization).toBe('token read-token');
    expect(fake.requestsFor('RestDownloadArtifact').at(-1)?.status).toBe(302);
  });

  test('picks the newest unexpired artifact from the branch, ignoring other branches and expired ones', async () => {
    const ids: Record<string, number> = {};
    const uploads: Array<[string, number, string]> = [
      ['main-old', 301, 'main'],
      ['main-good', 302, 'main'],
      ['feature-newer', 303, 'feature/x'],
      ['main-expired', 304, 'main'],
      ['other-name', 305, 'main'],
    ];
    for (const [label, runId, branch] of uploads) {
      enterRun(runId, branch);
      const report = writeReport(`select-${label}`, { 'which.txt': label });
      const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: label === 'other-name' ? 'other-report' : 'select-report', rootDirectory: report.dir, files: report.files });
      if (outcome.status !== 'uploaded') throw new Error(`upload ${label}: ${JSON.stringify(outcome)}`);
      ids[label] = outcome.id;
      restorers.pop()?.();
    }
    fake.expireArtifact(ids['main-expired']!);

    const destination = join(workDir, 'select-dst');
    const outcome = await artifacts.downloadBaselineArtifact({ ...base, name: 'select-report', repository: fake.repository, destination, apiUrl: fake.apiUrl });

    expect(outcome).toMatchObject({
      status: 'downloaded',
      artifactId: ids['main-good'],
      runId: 302,
      skipped: [
        { reason: 'expired', count: 1 },
        { reason: 'other-branch', count: 1 },
      ],
    });
    expect(readFileSync(join(destination, 'which.txt'), 'utf8')).toBe('main-good');

    const feature = await artifacts.downloadBaselineArtifact({ ...base, branch: 'feature/x', name: 'select-report', repository: fake.repository, destination: join(workDir, 'select-feature'), apiUrl: fake.apiUrl });
    expect(feature).toMatchObject({ status: 'downloaded', artifactId: ids['feature-newer'], runId: 303 });
  });

  test('pages through long listings', async () => {
    // 101 artifacts of the name: the branch's only one is on the second page of 100.
    enterRun(400, 'release');
    const report = writeReport('paging', { 'which.txt': 'release' });
    const target = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'paged-report', rootDirectory: report.dir, files: report.files });
    restorers.pop()?.();
    for (let runId = 401; runId <= 500; runId += 1) {
      enterRun(runId, 'main');
      const outcome = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'paged-report', rootDirectory: report.dir, files: report.files });
      expect(outcome.status).toBe('uploaded');
      restorers.pop()?.();
    }
    const before = fake.requestsFor('RestListArtifacts').length;

    const outcome = await artifacts.downloadBaselineArtifact({ ...base, branch: 'release', name: 'paged-report', repository: fake.repository, destination: join(workDir, 'paged-dst'), apiUrl: fake.apiUrl });

    expect(outcome).toMatchObject({ status: 'downloaded', artifactId: target.status === 'uploaded' ? target.id : -1, runId: 400 });
    expect(fake.requestsFor('RestListArtifacts').slice(before).map((request) => request.query.page)).toEqual(['1', '2']);
  });

  test('says not-found when no run of the branch uploaded the name', async () => {
    const outcome = await artifacts.downloadBaselineArtifact({ ...base, branch: 'never-built', name: 'select-report', repository: fake.repository, destination: join(workDir, 'nf-1'), apiUrl: fake.apiUrl });
    expect(outcome).toMatchObject({ status: 'not-found', reason: expect.stringContaining('never-built') });
    const missingName = await artifacts.downloadBaselineArtifact({ ...base, name: 'no-such-report', repository: fake.repository, destination: join(workDir, 'nf-2'), apiUrl: fake.apiUrl });
    expect(missingName.status).toBe('not-found');
    expect(existsSync(join(workDir, 'nf-1'))).toBe(false);
  });

  test('returns failed, without retrying, on a bad token or a failing download endpoint', async () => {
    const listings = fake.requestsFor('RestListArtifacts').length;
    const downloads = fake.requestsFor('RestDownloadArtifact').length;
    const badToken = await artifacts.downloadBaselineArtifact({ ...base, token: 'wrong', name: 'select-report', repository: fake.repository, destination: join(workDir, 'fail-1'), apiUrl: fake.apiUrl });
    expect(badToken).toMatchObject({ status: 'failed', reason: expect.stringContaining('Bad credentials') });

    fake.failNext('RestDownloadArtifact', 500);
    const broken = await artifacts.downloadBaselineArtifact({ ...base, name: 'select-report', repository: fake.repository, destination: join(workDir, 'fail-2'), apiUrl: fake.apiUrl });
    expect(broken).toMatchObject({ status: 'failed', reason: expect.stringContaining('500') });

    const badRepository = await artifacts.downloadBaselineArtifact({ ...base, name: 'select-report', repository: 'not-a-repo', destination: join(workDir, 'fail-3'), apiUrl: fake.apiUrl });
    expect(badRepository.status).toBe('failed');
    // One listing per call that got that far (the bad repository name is refused before any request), one download try.
    expect(fake.requestsFor('RestListArtifacts').length - listings).toBe(2);
    expect(fake.requestsFor('RestDownloadArtifact').length - downloads).toBe(1);
  });
});
