/**
 * Workflow artifacts: upload this run's report files, and fetch the newest baseline that a trusted
 * run on another branch (usually the default branch) uploaded under the same name.
 *
 * Trust: an artifact of the right name and branch is not enough. A fork's pull request from a
 * branch the fork calls `main` runs with `head_branch: main` and can upload under any name, so a
 * baseline candidate must also come from a run of this repository (`head_repository_id ==
 * repository_id` in the listing) whose event is one of `trustedBaselineEvents` (looked up per run;
 * a run that cannot be looked up is skipped, never trusted). Every skipped candidate is counted
 * in the outcome (`skipped`), so the caller can say why an older artifact, or none, was used.
 *
 * Contents: the zip is downloaded as it is (`skipDecompress`) into a scratch directory next to the
 * destination and extracted here (`extractZipStrictly`), refusing the whole artifact when any
 * entry name is absolute or has `..`, `.`, empty or backslash segments, when an entry is a symlink
 * or another special file, encrypted, or compressed other than stored/deflate, and when it has
 * more entries or bytes than `artifactLimits`, all checked from the central directory before a
 * byte is written. (`@actions/artifact` 6.2's own extraction, unzip-stream 0.3.4, does not refuse
 * such entries: it rewrites `..` segments to `.`, roots absolute names inside the destination and
 * writes symlink entries as plain files holding the target, and it has no size bound.)
 *
 * Neither function throws: outcomes are values, so the caller can turn a failure into a warning
 * and carry on (the files stay on disk either way).
 */
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { DefaultArtifactClient } from '@actions/artifact';
import type { GitHubContext } from '../github-context.js';
import {
  describeError,
  getWorkflowRun,
  listRepositoryArtifacts,
  splitRepository,
  type RestArtifact,
  type RestWorkflowRun,
} from './github-api.js';

export type UploadOutcome =
  | { status: 'uploaded'; id: number; size: number; url?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

export interface UploadArtifactOptions {
  /** Artifact name; one upload per name per workflow run. */
  name: string;
  /** Directory the archive paths are relative to. */
  rootDirectory: string;
  /** Files to include: absolute, or relative to `rootDirectory`. */
  files: string[];
  /** Days to keep the artifact; default: the repository's setting. */
  retentionDays?: number;
  /**
   * Upload one file as it is, not zipped, so it opens in the browser from the run page. The
   * artifact is then named after the file (the service's rule), so give the file a unique name.
   */
  skipArchive?: boolean;
  /**
   * Decides whether the artifact service is reachable and builds the artifact's web URL. The
   * `@actions/artifact` client itself reads its variables from the environment.
   */
  github: Pick<GitHubContext, 'missingArtifactVariables' | 'serverUrl' | 'repository' | 'runId'>;
}

/** Uploads `files` as one zip artifact; `skipped` outside GitHub Actions, `failed` on any error. */
export async function uploadArtifact(options: UploadArtifactOptions): Promise<UploadOutcome> {
  const missing = options.github.missingArtifactVariables;
  if (missing.length > 0) {
    return { status: 'skipped', reason: `not running in GitHub Actions (${missing.join(' and ')} not set)` };
  }
  if (options.files.length === 0) return { status: 'skipped', reason: 'no files to upload' };
  const rootDirectory = resolve(options.rootDirectory);
  const files = options.files.map((file) => (isAbsolute(file) ? file : resolve(rootDirectory, file)));
  try {
    const client = new DefaultArtifactClient();
    const uploadOptions = {
      ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
      ...(options.skipArchive ? { skipArchive: true } : {}),
    };
    const result = await client.uploadArtifact(options.name, files, rootDirectory, uploadOptions);
    if (result.id === undefined) return { status: 'failed', reason: 'the artifact service returned no artifact id' };
    const url = artifactWebUrl(options.github, result.id);
    return { status: 'uploaded', id: result.id, size: result.size ?? 0, ...(url ? { url } : {}) };
  } catch (error) {
    return { status: 'failed', reason: describeError(error) };
  }
}

/** `{server}/{repository}/actions/runs/{runId}/artifacts/{id}`, when all are known. */
export function artifactWebUrl(github: Pick<GitHubContext, 'serverUrl' | 'repository' | 'runId'>, id: number): string | undefined {
  const { serverUrl, repository, runId } = github;
  if (!serverUrl || !repository || !runId) return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

/** Events whose runs may provide a baseline: none of them runs code from a pull request. */
export const trustedBaselineEvents: readonly string[] = ['push', 'schedule', 'workflow_dispatch', 'merge_group'];

/**
 * Bounds on a downloaded baseline artifact, checked before (the listing's zip size) and after
 * extraction. Far above what python-perf-gate uploads (a few MB); they stop a hostile or broken
 * artifact from filling the runner's disk unnoticed. `baselineLimits` (baseline.ts) bound the files
 * that are then read.
 */
export const artifactLimits = {
  /** `size_in_bytes` of the zip: 1 GiB. */
  zipBytes: 1024 * 1024 * 1024,
  /** Sum of the extracted files: 4 GiB. */
  extractedBytes: 4 * 1024 * 1024 * 1024,
  /** Extracted files and directories. */
  entries: 10_000,
} as const;

/**
 * Why a candidate artifact was not used:
 * - `expired`: past its retention;
 * - `other-branch`: its run was not on the branch (by the listing, or by the run lookup);
 * - `fork`: its run's code came from another repository (a fork's pull request), or the head
 *   repository is unknown;
 * - `pull-request-run`: a run of this repository whose event is not in `trustedBaselineEvents`
 *   (`pull_request`, `pull_request_target`, `workflow_run`, `issue_comment`, …);
 * - `lookup-failed`: `GET …/actions/runs/{id}` failed (deleted run, missing permission, outage);
 * - `not-checked`: older candidates left unexamined after `maxLookups` run lookups.
 */
export type BaselineSkipReason = 'expired' | 'other-branch' | 'fork' | 'pull-request-run' | 'lookup-failed' | 'not-checked';

export interface BaselineSkip {
  reason: BaselineSkipReason;
  /** Candidates skipped for this reason (at least 1). */
  count: number;
  /** For `pull-request-run`: the events seen, e.g. `pull_request, workflow_run`; for `lookup-failed`: the first error. */
  detail?: string;
}

/** Skip reasons that are about trust (the others are routine: old or other-branch artifacts). */
export const provenanceSkipReasons: readonly BaselineSkipReason[] = ['fork', 'pull-request-run', 'lookup-failed', 'not-checked'];

/**
 * Every status carries `skipped`: one entry per reason that occurred, in `BaselineSkipReason` order;
 * empty when none. `not-found` means no candidate is trusted; when none was chosen but some could
 * not be checked (`lookup-failed`, `not-checked`) the status is `failed` instead, since one of
 * them might have been the baseline.
 */
export type BaselineOutcome =
  | { status: 'downloaded'; artifactId: number; runId: number; headSha?: string; path: string; skipped: BaselineSkip[] }
  | { status: 'not-found'; reason: string; skipped: BaselineSkip[] }
  | { status: 'failed'; reason: string; skipped: BaselineSkip[] };

export interface DownloadBaselineOptions {
  /** Artifact name to look for. */
  name: string;
  /** Only artifacts whose run's `head_branch` is this branch count. */
  branch: string;
  /** Token with `actions: read` on the repository. */
  token: string;
  /** `owner/name`. */
  repository: string;
  /**
   * Directory to extract the artifact into: missing or empty (created). The archive is extracted
   * next to it first and moved here once checked.
   */
  destination: string;
  /**
   * REST base URL for the listing and run lookups (the context's `apiUrl`). The download itself
   * goes through `@actions/artifact`, whose Octokit uses `GITHUB_API_URL` as it was when
   * `@actions/github` was first imported; in a workflow both are the same.
   */
  apiUrl: string;
  /** Pages of 100 artifacts to scan at most (newest first). Default 5. */
  maxPages?: number;
  /** Run lookups at most (newest candidates first). Default 20. */
  maxLookups?: number;
}

/**
 * Finds the newest non-expired artifact `name` from a trusted run on `branch` (see the module
 * comment) and extracts it into `destination`.
 */
export async function downloadBaselineArtifact(options: DownloadBaselineOptions): Promise<BaselineOutcome> {
  const apiUrl = options.apiUrl;
  const repository = splitRepository(options.repository);
  if (!repository) return { status: 'failed', reason: `repository must be owner/name, got "${options.repository}"`, skipped: [] };
  let candidates: RestArtifact[];
  try {
    candidates = await listRepositoryArtifacts({
      apiUrl,
      token: options.token,
      repository: options.repository,
      name: options.name,
      maxPages: options.maxPages ?? 5,
    });
  } catch (error) {
    return { status: 'failed', reason: `listing artifacts failed: ${describeError(error)}`, skipped: [] };
  }
  const target = { apiUrl, token: options.token, repository: options.repository };
  const { chosen, skipped } = await chooseTrustedBaseline(candidates, {
    name: options.name,
    branch: options.branch,
    maxLookups: options.maxLookups ?? 20,
    lookupRun: (runId) => getWorkflowRun({ ...target, runId }),
  });
  if (!chosen) {
    const skips = formatBaselineSkips(skipped, { all: true });
    if (skipped.some((skip) => skip.reason === 'lookup-failed' || skip.reason === 'not-checked')) {
      // Some candidate might have been trusted: "could not tell" is a failure, not "there is none".
      return {
        status: 'failed',
        reason: `no artifact "${options.name}" on branch "${options.branch}" could be verified as coming from a trusted run; skipped ${skips}`,
        skipped,
      };
    }
    return {
      status: 'not-found',
      reason: `no unexpired artifact "${options.name}" from a trusted run (${trustedBaselineEvents.join(', ')}) on branch "${options.branch}" in ${options.repository}${skips ? `; skipped ${skips}` : ''}`,
      skipped,
    };
  }
  const failed = (reason: string): BaselineOutcome => ({ status: 'failed', reason, skipped });
  if (chosen.sizeInBytes !== undefined && chosen.sizeInBytes > artifactLimits.zipBytes) {
    return failed(`artifact ${chosen.id} (run ${chosen.workflowRun.id}) is ${formatBytes(chosen.sizeInBytes)}, over the ${formatBytes(artifactLimits.zipBytes)} a baseline artifact may have`);
  }
  const path = resolve(options.destination);
  let scratch: string | undefined;
  try {
    const problem = await prepareDestination(path);
    if (problem) return failed(problem);
    scratch = await mkdtemp(join(dirname(path), `.${basename(path)}-download-`));
    const raw = join(scratch, 'zip');
    await mkdir(raw);
    try {
      const client = new DefaultArtifactClient();
      await client.downloadArtifact(chosen.id, {
        path: raw,
        skipDecompress: true,
        findBy: {
          token: options.token,
          workflowRunId: chosen.workflowRun.id,
          repositoryOwner: repository.owner,
          repositoryName: repository.name,
        },
      });
    } catch (error) {
      return failed(`downloading artifact ${chosen.id} failed: ${describeError(error)}`);
    }
    const downloaded = await readdir(raw);
    if (downloaded.length !== 1 || !downloaded[0]) return failed(`downloading artifact ${chosen.id} gave ${downloaded.length} files, expected one zip`);
    const extracted = join(scratch, 'artifact');
    try {
      await extractZipStrictly(join(raw, downloaded[0]), extracted);
    } catch (error) {
      if (error instanceof ZipRefusedError) return failed(`artifact ${chosen.id} (run ${chosen.workflowRun.id}) was refused: ${error.message}`);
      throw error;
    }
    await rmdir(path).catch(() => undefined);
    await rename(extracted, path);
  } catch (error) {
    return failed(`extracting artifact ${chosen.id} failed: ${describeError(error)}`);
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  return {
    status: 'downloaded',
    artifactId: chosen.id,
    runId: chosen.workflowRun.id,
    ...(chosen.workflowRun.headSha ? { headSha: chosen.workflowRun.headSha } : {}),
    path,
    skipped,
  };
}

/**
 * One line for a notice, e.g. `2 artifacts from forks' pull requests and 1 whose run could not be
 * looked up (HTTP 500: …)`; undefined when nothing was skipped for a trust reason (or at all, with
 * `all`, which also lists expired and other-branch candidates).
 */
export function formatBaselineSkips(skipped: readonly BaselineSkip[], options: { all?: boolean } = {}): string | undefined {
  const parts = skipped
    .filter((skip) => options.all || provenanceSkipReasons.includes(skip.reason))
    .map((skip, index) => {
      const noun = index === 0 ? (skip.count === 1 ? '1 artifact ' : `${skip.count} artifacts `) : `${skip.count} `;
      const detail = skip.detail ? ` (${skip.detail})` : '';
      switch (skip.reason) {
        case 'expired':
          return `${noun}that expired`;
        case 'other-branch':
          return `${noun}from other branches`;
        case 'fork':
          return `${noun}from forks' pull requests`;
        case 'pull-request-run':
          return `${noun}from runs of untrusted events${detail}`;
        case 'lookup-failed':
          return `${noun}whose run could not be looked up${detail}`;
        case 'not-checked':
          return `${noun}not checked (run lookup limit reached)`;
      }
    });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The newest (by `created_at`, then id) unexpired artifact called `name` whose run was on `branch`
 * and came from this repository, by the listing alone. The run's event still has to be checked
 * (`chooseTrustedBaseline`).
 */
export function selectBaselineArtifact(
  artifacts: readonly RestArtifact[],
  criteria: { name: string; branch: string },
): RestArtifact | undefined {
  return rankBaselineCandidates(artifacts, criteria).candidates[0];
}

/**
 * Candidates in order (newest first), after the checks the listing allows; the rest counted by
 * reason.
 */
export function rankBaselineCandidates(
  artifacts: readonly RestArtifact[],
  criteria: { name: string; branch: string },
): { candidates: RestArtifact[]; skipped: Map<BaselineSkipReason, number> } {
  const skipped = new Map<BaselineSkipReason, number>();
  const count = (reason: BaselineSkipReason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const candidates: RestArtifact[] = [];
  for (const artifact of artifacts) {
    if (artifact.name !== criteria.name) continue;
    const run = artifact.workflowRun;
    if (artifact.expired) count('expired');
    else if (run.headBranch !== criteria.branch) count('other-branch');
    else if (run.repositoryId !== undefined && run.headRepositoryId !== undefined && run.repositoryId !== run.headRepositoryId) count('fork');
    else candidates.push(artifact);
  }
  return { candidates: candidates.sort(compareNewest), skipped };
}

/**
 * Walks the candidates newest first and looks each one's run up until one is trusted: event in
 * `trustedBaselineEvents`, on `branch`, head repository = repository (when the listing did not
 * say, the lookup must). A failed lookup skips the candidate.
 */
export async function chooseTrustedBaseline(
  artifacts: readonly RestArtifact[],
  options: { name: string; branch: string; maxLookups: number; lookupRun: (runId: number) => Promise<RestWorkflowRun> },
): Promise<{ chosen?: RestArtifact; skipped: BaselineSkip[] }> {
  const { candidates, skipped: counts } = rankBaselineCandidates(artifacts, options);
  const count = (reason: BaselineSkipReason, by = 1) => counts.set(reason, (counts.get(reason) ?? 0) + by);
  const events = new Set<string>();
  let firstLookupError: string | undefined;
  let chosen: RestArtifact | undefined;
  let lookups = 0;
  for (const [index, candidate] of candidates.entries()) {
    if (lookups >= options.maxLookups) {
      count('not-checked', candidates.length - index);
      break;
    }
    lookups += 1;
    let run: RestWorkflowRun;
    try {
      run = await options.lookupRun(candidate.workflowRun.id);
    } catch (error) {
      firstLookupError ??= `run ${candidate.workflowRun.id}: ${describeError(error)}`;
      count('lookup-failed');
      continue;
    }
    if (run.repositoryId === undefined || run.headRepositoryId === undefined || run.repositoryId !== run.headRepositoryId) {
      count('fork');
    } else if (!trustedBaselineEvents.includes(run.event)) {
      events.add(run.event || 'unknown');
      count('pull-request-run');
    } else if (run.headBranch !== options.branch) {
      count('other-branch');
    } else {
      chosen = candidate;
      break;
    }
  }
  const order: BaselineSkipReason[] = ['expired', 'other-branch', 'fork', 'pull-request-run', 'lookup-failed', 'not-checked'];
  const skipped = order.flatMap((reason): BaselineSkip[] => {
    const n = counts.get(reason);
    if (!n) return [];
    const detail = reason === 'pull-request-run' ? [...events].sort().join(', ') : reason === 'lookup-failed' ? firstLookupError : undefined;
    return [{ reason, count: n, ...(detail ? { detail } : {}) }];
  });
  return { ...(chosen ? { chosen } : {}), skipped };
}

function compareNewest(a: RestArtifact, b: RestArtifact): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (Number.isFinite(byTime) && byTime !== 0) return byTime;
  return b.id - a.id;
}

/** A destination that is missing is fine, an empty directory too; anything else is refused (nothing is deleted). */
async function prepareDestination(path: string): Promise<string | undefined> {
  await mkdir(dirname(path), { recursive: true });
  const stats = await lstat(path).catch(() => undefined);
  if (!stats) return undefined;
  if (!stats.isDirectory()) return `the destination ${path} exists and is not a directory`;
  if ((await readdir(path)).length > 0) return `the destination ${path} is not empty`;
  return undefined;
}

/** A zip that `extractZipStrictly` will not extract; the message says which entry and why. */
export class ZipRefusedError extends Error {
  override name = 'ZipRefusedError';
}

interface ZipEntryInfo {
  name: string;
  isDirectory: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * Extracts `zipPath` into `destination` (created; must not exist), after checking every entry in
 * the central directory (see the module comment) and the totals against `artifactLimits`. Each
 * entry is streamed, inflated with its declared size as a hard cap, and its CRC-32 checked.
 * Throws `ZipRefusedError` for an archive it refuses, other errors for I/O failures.
 */
export async function extractZipStrictly(zipPath: string, destination: string): Promise<void> {
  const { size: zipSize } = await stat(zipPath);
  if (zipSize > artifactLimits.zipBytes) throw new ZipRefusedError(`the zip is ${formatBytes(zipSize)}, over ${formatBytes(artifactLimits.zipBytes)}`);
  const entries = await readZipDirectory(zipPath, zipSize);
  const root = resolve(destination);
  await mkdir(root);
  const file = await open(zipPath, 'r');
  try {
    for (const entry of entries) {
      const target = resolve(root, entry.name);
      if (!target.startsWith(root + sep)) throw new ZipRefusedError(`entry '${entry.name}' would land outside the destination`);
      if (entry.isDirectory) {
        await mkdir(target, { recursive: true });
        continue;
      }
      const header = Buffer.alloc(30);
      await file.read(header, 0, 30, entry.localOffset);
      if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipRefusedError(`entry '${entry.name}' has no local header at offset ${entry.localOffset}`);
      const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (dataStart + entry.compressedSize > zipSize) throw new ZipRefusedError(`entry '${entry.name}' runs past the end of the zip`);
      await mkdir(dirname(target), { recursive: true });
      let written = 0;
      let crc = 0;
      const check = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          if (written > entry.size) {
            callback(new ZipRefusedError(`entry '${entry.name}' inflates to more than its declared ${formatBytes(entry.size)}`));
            return;
          }
          crc = crc32(chunk, crc);
          callback(null, chunk);
        },
      });
      const source = entry.compressedSize === 0 ? Readable.from([]) : createReadStream(zipPath, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
      const sink = createWriteStream(target, { flags: 'wx', mode: 0o644 });
      try {
        if (entry.method === 8) await pipeline(source, createInflateRaw(), check, sink);
        else await pipeline(source, check, sink);
      } catch (error) {
        if (error instanceof ZipRefusedError) throw error;
        if ((error as { code?: unknown }).code === 'EEXIST') throw new ZipRefusedError(`entry '${entry.name}' is in the zip twice`);
        if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('Z_')) {
          throw new ZipRefusedError(`entry '${entry.name}' is not valid deflate data (${describeError(error)})`);
        }
        throw error;
      }
      if (written !== entry.size) throw new ZipRefusedError(`entry '${entry.name}' has ${written} bytes, its header says ${entry.size}`);
      if ((crc >>> 0) !== entry.crc) throw new ZipRefusedError(`entry '${entry.name}' fails its CRC-32 check`);
    }
  } finally {
    await file.close();
  }
}

/** The central directory's entries, each checked; throws `ZipRefusedError` on the first problem. */
async function readZipDirectory(zipPath: string, zipSize: number): Promise<ZipEntryInfo[]> {
  const file = await open(zipPath, 'r');
  try {
    const tailLength = Math.min(zipSize, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, zipSize - tailLength);
    let eocd = -1;
    for (let index = tailLength - 22; index >= 0; index -= 1) {
      if (tail.readUInt32LE(index) === 0x06054b50) {
        eocd = index;
        break;
      }
    }
    if (eocd < 0) throw new ZipRefusedError('it is not a zip (no end of central directory)');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw new ZipRefusedError('it is a zip64 archive (python-perf-gate\'s artifacts are far below the sizes that need one)');
    }
    if (count > artifactLimits.entries) throw new ZipRefusedError(`it has ${count.toLocaleString('en-US')} entries, over ${artifactLimits.entries.toLocaleString('en-US')}`);
    if (directoryOffset + directorySize > zipSize) throw new ZipRefusedError('its central directory runs past the end of the zip');
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntryInfo[] = [];
    const names = new Set<string>();
    let total = 0;
    let offset = 0;
    for (let index = 0; index < count; index += 1) {
      if (offset + 46 > directorySize || directory.readUInt32LE(offset) !== 0x02014b50) throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
      const madeBy = directory.readUInt16LE(offset + 4) >> 8;
      const flags = directory.readUInt16LE(offset + 8);
      const method = directory.readUInt16LE(offset + 10);
      const crc = directory.readUInt32LE(offset + 16);
      const compressedSize = directory.readUInt32LE(offset + 20);
      const size = directory.readUInt32LE(offset + 24);
      const nameLength = directory.readUInt16LE(offset + 28);
      const extraLength = directory.readUInt16LE(offset + 30);
      const commentLength = directory.readUInt16LE(offset + 32);
      const mode = directory.readUInt32LE(offset + 38) >>> 16;
      const localOffset = directory.readUInt32LE(offset + 42);
      if (offset + 46 + nameLength > directorySize) throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
      const name = directory.toString('utf8', offset + 46, offset + 46 + nameLength);
      offset += 46 + nameLength + extraLength + commentLength;
      const shown = JSON.stringify(name);
      const problem = zipNameProblem(name);
      if (problem) throw new ZipRefusedError(`entry ${shown} ${problem}`);
      const isDirectory = name.endsWith('/');
      const type = mode & S_IFMT;
      if (madeBy === 3 && type !== 0 && type !== (isDirectory ? S_IFDIR : S_IFREG)) {
        throw new ZipRefusedError(`entry ${shown} is ${type === 0o120000 ? 'a symbolic link' : 'not a regular file or directory'}`);
      }
      if (flags & 0x1) throw new ZipRefusedError(`entry ${shown} is encrypted`);
      if (!isDirectory && method !== 0 && method !== 8) throw new ZipRefusedError(`entry ${shown} uses compression method ${method} (expected stored or deflate)`);
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefusedError(`entry ${shown} needs zip64`);
      const key = name.replace(/\/$/, '');
      if (names.has(key)) throw new ZipRefusedError(`entry ${shown} is in the zip twice`);
      names.add(key);
      total += size;
      if (total > artifactLimits.extractedBytes) throw new ZipRefusedError(`its entries add up to more than ${formatBytes(artifactLimits.extractedBytes)}`);
      entries.push({ name, isDirectory, method, crc, compressedSize, size, localOffset });
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Why an entry name is unsafe to extract, or undefined: only plain relative `a/b/c` (a trailing `/` for directories). */
export function zipNameProblem(name: string): string | undefined {
  if (name === '' || name === '/') return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL byte in its name';
  if (name.includes('\\')) return 'has a backslash in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return "has a '..' segment (it would land outside the destination)";
  if (segments.some((segment) => segment === '' || segment === '.')) return "has an empty or '.' segment";
  return undefined;
}

/** `512 MiB`, `3.2 KiB`, `17 bytes`. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
