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
 * destination and extracted by `extractZipStrictly` (artifact-zip.ts), refusing the whole artifact when any
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
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { DefaultArtifactClient } from '@actions/artifact';
import type { GitHubContext } from '../github-context.js';
import { describeError } from './describe-error.js';
import { artifactLimits, extractZipStrictly, formatBytes, ZipRefusedError } from './artifact-zip.js';
import {
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
