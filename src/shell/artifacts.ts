/**
 * Workflow artifacts: upload this run's report files, and fetch the newest baseline that a run on
 * another branch (usually the default branch) uploaded under the same name.
 *
 * Neither function throws: outcomes are values, so the caller can turn a failure into a warning
 * and carry on (the files stay on disk either way).
 */
import { isAbsolute, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { DefaultArtifactClient } from '@actions/artifact';
import type { GitHubContext } from '../github-context.js';
import { listRepositoryArtifacts, splitRepository, describeError, type RestArtifact } from './github-api.js';

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
    const uploadOptions = options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays };
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

export type BaselineOutcome =
  | { status: 'downloaded'; artifactId: number; runId: number; headSha?: string; path: string }
  | { status: 'not-found'; reason: string }
  | { status: 'failed'; reason: string };

export interface DownloadBaselineOptions {
  /** Artifact name to look for. */
  name: string;
  /** Only artifacts whose run's `head_branch` is this branch count. */
  branch: string;
  /** Token with `actions: read` on the repository. */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** Directory to extract the artifact into (created when missing). */
  destination: string;
  /**
   * REST base URL for the listing (the context's `apiUrl`). The download itself goes through
   * `@actions/artifact`, whose Octokit uses `GITHUB_API_URL` as it was when `@actions/github` was
   * first imported; in a workflow both are the same.
   */
  apiUrl: string;
  /** Pages of 100 artifacts to scan at most (newest first). Default 5. */
  maxPages?: number;
}

/** Finds the newest non-expired artifact `name` from `branch` and extracts it into `destination`. */
export async function downloadBaselineArtifact(options: DownloadBaselineOptions): Promise<BaselineOutcome> {
  const apiUrl = options.apiUrl;
  const repository = splitRepository(options.repository);
  if (!repository) return { status: 'failed', reason: `repository must be owner/name, got "${options.repository}"` };
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
    return { status: 'failed', reason: `listing artifacts failed: ${describeError(error)}` };
  }
  const chosen = selectBaselineArtifact(candidates, { name: options.name, branch: options.branch });
  if (!chosen) {
    return {
      status: 'not-found',
      reason: `no unexpired artifact "${options.name}" from branch "${options.branch}" in ${options.repository}`,
    };
  }
  const path = resolve(options.destination);
  try {
    await mkdir(path, { recursive: true });
    const client = new DefaultArtifactClient();
    await client.downloadArtifact(chosen.id, {
      path,
      findBy: {
        token: options.token,
        workflowRunId: chosen.workflowRun.id,
        repositoryOwner: repository.owner,
        repositoryName: repository.name,
      },
    });
  } catch (error) {
    return { status: 'failed', reason: `downloading artifact ${chosen.id} failed: ${describeError(error)}` };
  }
  return {
    status: 'downloaded',
    artifactId: chosen.id,
    runId: chosen.workflowRun.id,
    ...(chosen.workflowRun.headSha ? { headSha: chosen.workflowRun.headSha } : {}),
    path,
  };
}

/**
 * The newest (by `created_at`, then id) unexpired artifact called `name` whose run was on `branch`.
 */
export function selectBaselineArtifact(
  artifacts: readonly RestArtifact[],
  criteria: { name: string; branch: string },
): RestArtifact | undefined {
  let best: RestArtifact | undefined;
  for (const artifact of artifacts) {
    if (artifact.name !== criteria.name || artifact.expired || artifact.workflowRun.headBranch !== criteria.branch) continue;
    if (!best || compareNewest(artifact, best) < 0) best = artifact;
  }
  return best;
}

function compareNewest(a: RestArtifact, b: RestArtifact): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (Number.isFinite(byTime) && byTime !== 0) return byTime;
  return b.id - a.id;
}
