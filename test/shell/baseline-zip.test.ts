/**
 * An artifact's zip is untrusted: entries that would land outside the destination (`../x`,
 * absolute names), symlinks, oversized or corrupt archives are refused as a whole before anything
 * is written, and nothing escapes the scratch directory. The fake serves hand-built zips to the
 * real `@actions/artifact` client.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyEnv, makeZip, type GitHubFake, type ZipEntry } from '../fakes/github-fakes.js';
import { useArtifactFake, type ArtifactsModule } from '../helpers/artifact-fake.js';
import { artifactLimits, zipNameProblem } from '../../src/shell/artifact-zip.js';
import { readGitHubContext } from '../../src/github-context.js';
import { loadBaselinePath } from '../../src/shell/baseline.js';

const shared = useArtifactFake('ppg-zip-');
let fake: GitHubFake;
let artifacts: ArtifactsModule;
let workDir: string;
const restorers = shared.restorers;
let nextRunId = 2001;

beforeAll(() => {
  ({ fake, artifacts, workDir } = shared);
});

/** Serves `zip` as the only artifact `name` of a new trusted run, downloads it as the baseline into `<case>/dst`. */
async function serveAndDownload(name: string, zip: Buffer) {
  const { run } = fake.createRun({ runId: nextRunId++, branch: 'main' });
  const artifact = fake.seedArtifact({ run, name, zip });
  const caseDir = join(workDir, name);
  mkdirSync(caseDir);
  const outcome = await artifacts.downloadBaselineArtifact({
    name,
    branch: 'main',
    token: 'read-token',
    repository: fake.repository,
    destination: join(caseDir, 'dst'),
    apiUrl: fake.apiUrl,
  });
  return { outcome, artifact, caseDir };
}

const benign: ZipEntry[] = [
  { name: 'report.json', data: '{}' },
  { name: 'runs/', data: '' },
  { name: 'runs/run-1.folded', data: 'main;f 1\n' },
];

describe('hostile zip entries', () => {
  const cases: Array<[string, ZipEntry, RegExp]> = [
    ['dotdot', { name: '../escape.txt', data: 'escaped' }, /entry "\.\.\/escape\.txt" has a '\.\.' segment/],
    ['dotdot-deep', { name: 'runs/../../escape.txt', data: 'escaped' }, /has a '\.\.' segment/],
    ['absolute', { name: '/tmp/ppg-zip-absolute.txt', data: 'absolute' }, /has an absolute path/],
    ['backslash', { name: '..\\escape.txt', data: 'escaped' }, /has a backslash/],
    ['drive', { name: 'C:/escape.txt', data: 'escaped' }, /has an absolute path/],
    ['symlink', { name: 'runs/run-2.folded', symlink: '/etc/passwd' }, /entry "runs\/run-2\.folded" is a symbolic link/],
    ['dir-symlink', { name: 'up', symlink: '..' }, /entry "up" is a symbolic link/],
    ['duplicate', { name: 'report.json', data: '{"runs": "shadow"}' }, /entry "report\.json" is in the zip twice/],
  ];
  for (const [label, entry, message] of cases) {
    test(`refuses the whole artifact for ${label}: ${JSON.stringify(entry.name)}`, async () => {
      const { outcome, artifact, caseDir } = await serveAndDownload(`zip-${label}`, makeZip([...benign, entry]));
      expect(outcome.status).toBe('failed');
      expect(outcome).toMatchObject({ reason: expect.stringMatching(new RegExp(`^artifact ${artifact.id} \\(run \\d+\\) was refused: `)) });
      expect(outcome.status === 'failed' && outcome.reason).toMatch(message);
      // Nothing was extracted anywhere: no destination, no scratch directory left, no escaped file.
      expect(readdirSync(caseDir)).toEqual([]);
      expect(existsSync(join(workDir, 'escape.txt'))).toBe(false);
      expect(existsSync('/tmp/ppg-zip-absolute.txt')).toBe(false);
    });
  }

  test('a benign hand-built zip (stored and deflated entries, a directory entry) is extracted as is', async () => {
    const text = 'python;main;hot 9\n'.repeat(200);
    const zip = makeDeflatedZip([...benign.map((entry) => ({ ...entry, data: String(entry.data) })), { name: 'runs/run-2.folded', data: text }]);
    const { outcome, caseDir } = await serveAndDownload('zip-benign', zip);
    expect(outcome).toMatchObject({ status: 'downloaded', path: join(caseDir, 'dst') });
    expect(readFileSync(join(caseDir, 'dst', 'runs', 'run-2.folded'), 'utf8')).toBe(text);
    expect(readFileSync(join(caseDir, 'dst', 'runs', 'run-1.folded'), 'utf8')).toBe('main;f 1\n');
    expect(readdirSync(caseDir)).toEqual(['dst']);
  });

  test('a corrupt archive, a wrong CRC and an entry that inflates past its declared size are refused', async () => {
    const notZip = await serveAndDownload('zip-garbage', Buffer.from('this is not a zip at all'));
    expect(notZip.outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('it is not a zip') });

    const good = makeZip([{ name: 'report.json', data: '{"a":1}' }]);
    const badCrc = Buffer.from(good);
    badCrc.writeUInt32LE((badCrc.readUInt32LE(badCrc.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16) ^ 1) >>> 0, badCrc.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16);
    const crc = await serveAndDownload('zip-crc', badCrc);
    expect(crc.outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining("entry 'report.json' fails its CRC-32 check") });

    // A deflate bomb in miniature: 1 MiB of zeros declared as 10 bytes.
    const bomb = makeDeflatedZip([{ name: 'runs/run-1.folded', data: '\0'.repeat(1024 * 1024) }], { declaredSize: 10 });
    const inflated = await serveAndDownload('zip-bomb', bomb);
    expect(inflated.outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('inflates to more than its declared 10 bytes') });
    for (const { caseDir } of [notZip, crc, inflated]) expect(readdirSync(caseDir)).toEqual([]);
  });

  test('a zip whose declared sizes exceed the limits is refused from its central directory, before extraction', async () => {
    // Two entries of 1 byte each declared just under 4 GiB.
    const huge = makeDeflatedZip([{ name: 'perf-data/run-1.data', data: 'x' }], { declaredSize: 0xfffffffe });
    const { outcome, caseDir } = await serveAndDownload('zip-declared-huge', joinZips(huge, 2));
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('its entries add up to more than 4 GiB') });
    expect(readdirSync(caseDir)).toEqual([]);
  });

  test('too many entries are refused', async () => {
    const entries = Array.from({ length: artifactLimits.entries + 1 }, (_, index) => ({ name: `f${index}`, data: '' }));
    const { outcome } = await serveAndDownload('zip-many', makeZip(entries));
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('it has 10,001 entries, over 10,000') });
  });

  test('a destination that is not empty is refused, and left alone', async () => {
    const { run } = fake.createRun({ runId: nextRunId++, branch: 'main' });
    fake.seedArtifact({ run, name: 'zip-nonempty', zip: makeZip(benign) });
    const destination = join(workDir, 'nonempty');
    mkdirSync(destination);
    writeFileSync(join(destination, 'mine.txt'), 'keep');
    const outcome = await artifacts.downloadBaselineArtifact({ name: 'zip-nonempty', branch: 'main', token: 'read-token', repository: fake.repository, destination, apiUrl: fake.apiUrl });
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('is not empty') });
    expect(readdirSync(destination)).toEqual(['mine.txt']);
  });
});

describe('an output directory through upload, download and load', () => {
  test('the real client\'s zip (deflate, data descriptors) comes back as the same baseline', async () => {
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'baseline', 'output-dir');
    const files = ['report.json', 'profile.folded', 'runs/run-1.folded', 'runs/run-2.folded'];
    const { run, env } = fake.createRun({ runId: nextRunId++, branch: 'main' });
    restorers.push(applyEnv(env));
    const uploaded = await artifacts.uploadArtifact({ github: readGitHubContext(process.env), name: 'zip-roundtrip', rootDirectory: fixture, files });
    expect(uploaded.status).toBe('uploaded');
    restorers.pop()?.();

    const destination = join(workDir, 'zip-roundtrip');
    const outcome = await artifacts.downloadBaselineArtifact({ name: 'zip-roundtrip', branch: 'main', token: 'read-token', repository: fake.repository, destination, apiUrl: fake.apiUrl });
    expect(outcome).toMatchObject({ status: 'downloaded', runId: run.runId, path: destination, skipped: [] });
    for (const file of files) expect(readFileSync(join(destination, file), 'utf8')).toBe(readFileSync(join(fixture, file), 'utf8'));
    const loaded = await loadBaselinePath(destination, { describe: "input 'baseline'", origin: `artifact ${uploaded.status === 'uploaded' ? uploaded.id : 0}` });
    expect(loaded).toEqual({ ...(await loadBaselinePath(fixture, { describe: "input 'baseline'" })), source: destination });
  });
});

describe("@actions/artifact's own extraction (why the zip is downloaded raw)", () => {
  test('unzip-stream 0.3.4 neither refuses nor reports hostile names: it rewrites them and writes symlinks as files', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { run } = fake.createRun({ runId: nextRunId++, branch: 'main' });
    const zip = makeZip([
      { name: '../escape.txt', data: 'escaped' },
      { name: 'runs/../../escape2.txt', data: 'escaped2' },
      { name: '/abs.txt', data: 'absolute' },
      { name: 'link', symlink: '/etc/passwd' },
    ]);
    const artifact = fake.seedArtifact({ run, name: 'library-behaviour', zip });
    const root = join(workDir, 'library-behaviour');
    const destination = join(root, 'a', 'dst');
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: destination,
      findBy: { token: 'read-token', workflowRunId: run.runId, repositoryOwner: 'octo-org', repositoryName: 'octo-repo' },
    });
    // Nothing lands outside, but nothing is refused either: `..` became `.`, `/abs.txt` was rooted
    // in the destination, and the symlink is a regular file holding its target.
    expect(readdirSync(root)).toEqual(['a']);
    expect(readdirSync(join(root, 'a'))).toEqual(['dst']);
    expect(readdirSync(destination).sort()).toEqual(['abs.txt', 'escape.txt', 'link', 'runs']);
    expect(readFileSync(join(destination, 'escape.txt'), 'utf8')).toBe('escaped');
    expect(readFileSync(join(destination, 'runs', 'escape2.txt'), 'utf8')).toBe('escaped2');
    expect(readFileSync(join(destination, 'link'), 'utf8')).toBe('/etc/passwd');
  });
});

describe('zipNameProblem', () => {
  test('accepts plain relative names only', () => {
    for (const name of ['report.json', 'runs/run-1.folded', 'runs/', 'a b/c.d', '.hidden', 'x..y']) expect(zipNameProblem(name)).toBeUndefined();
    for (const name of ['', '/', '../x', 'a/../b', 'a/..', '/abs', 'C:x', 'a\\b', 'a//b', './a', 'a/./b', 'nul\0byte']) {
      expect(zipNameProblem(name), name).toBeDefined();
    }
  });
});

/** Like `makeZip` but every entry deflated (method 8); `declaredSize` overrides the uncompressed size in both headers. */
function makeDeflatedZip(entries: Array<{ name: string; data: string }>, options: { declaredSize?: number } = {}): Buffer {
  const zip = makeZip(entries.map((entry) => ({ name: entry.name, data: entry.name.endsWith('/') ? '' : deflateRawSync(Buffer.from(entry.data)) })));
  // makeZip stored the deflated bytes: mark them deflated and put the real CRC and size in.
  let offset = 0;
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const centralOffset = zip.readUInt32LE(eocd + 16);
  let central = centralOffset;
  for (const entry of entries) {
    const nameLength = zip.readUInt16LE(offset + 26);
    const compressed = zip.readUInt32LE(offset + 18);
    const isDirectory = entry.name.endsWith('/');
    const size = options.declaredSize ?? Buffer.byteLength(entry.data);
    const crc = crc32Of(Buffer.from(entry.data));
    if (!isDirectory) {
      zip.writeUInt16LE(8, offset + 8);
      zip.writeUInt32LE(crc, offset + 14);
      zip.writeUInt32LE(size, offset + 22);
      zip.writeUInt16LE(8, central + 10);
      zip.writeUInt32LE(crc, central + 16);
      zip.writeUInt32LE(size, central + 24);
    }
    offset += 30 + nameLength + compressed;
    central += 46 + zip.readUInt16LE(central + 28);
  }
  return zip;
}

/** A zip with the single entry of `zip` repeated `times` (names suffixed), for declared-size totals. */
function joinZips(zip: Buffer, times: number): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const centralOffset = zip.readUInt32LE(eocd + 16);
  const local = zip.subarray(0, centralOffset);
  const central = zip.subarray(centralOffset, eocd);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  for (let index = 0; index < times; index += 1) {
    const copyLocal = Buffer.from(local);
    const copyCentral = Buffer.from(central);
    // Rename the entry: replace its last character with the copy's index (same length).
    const nameLength = copyLocal.readUInt16LE(26);
    copyLocal[30 + nameLength - 1] = 0x30 + index;
    copyCentral[46 + nameLength - 1] = 0x30 + index;
    copyCentral.writeUInt32LE(index * local.length, 42);
    locals.push(copyLocal);
    centrals.push(copyCentral);
  }
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt16LE(times, 8);
  end.writeUInt16LE(times, 10);
  end.writeUInt32LE(central.length * times, 12);
  end.writeUInt32LE(local.length * times, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function crc32Of(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
