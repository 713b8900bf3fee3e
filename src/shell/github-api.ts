/**
 * Thin wrappers over the GitHub REST API calls the publish stage makes, using the Octokit from
 * `@actions/github` (already bundled through `@actions/artifact`; it honours the runner's proxy
 * settings). Every function takes its base URL explicitly.
 */
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/** The fields of a REST artifact that baseline selection needs. */
export interface RestArtifact {
  id: number;
  name: string;
  expired: boolean;
  createdAt: string;
  /** Size of the zip (`size_in_bytes`), when the listing gave one. */
  sizeInBytes?: number;
  workflowRun: {
    id: number;
    headBranch?: string;
    headSha?: string;
    /** The repository the run belongs to. */
    repositoryId?: number;
    /** Where the run's code came from: another id for a fork's pull request. */
    headRepositoryId?: number;
  };
}

/** The fields of `GET /repos/{owner}/{repo}/actions/runs/{id}` that baseline provenance needs. */
export interface RestWorkflowRun {
  id: number;
  /** `push`, `pull_request`, `schedule`, … */
  event: string;
  headBranch?: string;
  repositoryId?: number;
  /** Absent when the head repository is gone (a deleted fork). */
  headRepositoryId?: number;
}

export interface ApiTarget {
  /** REST base URL, e.g. `https://api.github.com` or `${GITHUB_API_URL}`. */
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repository: string;
}

/** `owner/name` → parts, or undefined when it is not of that shape. */
export function splitRepository(repository: string): { owner: string; name: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repository.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { owner: match[1], name: match[2] };
}

export function createOctokit(target: { apiUrl: string; token: string }): Octokit {
  return getOctokit(target.token, { baseUrl: target.apiUrl.replace(/\/+$/, '') });
}

/**
 * Lists the repository's artifacts called `name` (newest first, as the API returns them), reading
 * at most `maxPages` pages of 100.
 */
export async function listRepositoryArtifacts(options: ApiTarget & { name: string; maxPages: number }): Promise<RestArtifact[]> {
  const repository = splitRepository(options.repository);
  if (!repository) throw new Error(`repository must be owner/name, got "${options.repository}"`);
  const octokit = createOctokit(options);
  const perPage = 100;
  const found: RestArtifact[] = [];
  for (let page = 1; page <= options.maxPages; page += 1) {
    const response = await octokit.rest.actions.listArtifactsForRepo({
      owner: repository.owner,
      repo: repository.name,
      name: options.name,
      per_page: perPage,
      page,
    });
    const artifacts = response.data.artifacts;
    for (const artifact of artifacts) {
      const run = artifact.workflow_run;
      if (!run?.id) continue;
      found.push({
        id: artifact.id,
        name: artifact.name,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? '',
        workflowRun: {
          id: run.id,
          ...(run.head_branch ? { headBranch: run.head_branch } : {}),
          ...(run.head_sha ? { headSha: run.head_sha } : {}),
          ...(typeof run.repository_id === 'number' ? { repositoryId: run.repository_id } : {}),
          ...(typeof run.head_repository_id === 'number' ? { headRepositoryId: run.head_repository_id } : {}),
        },
        ...(typeof artifact.size_in_bytes === 'number' ? { sizeInBytes: artifact.size_in_bytes } : {}),
      });
    }
    if (artifacts.length < perPage) break;
  }
  return found;
}

/** Looks one workflow run up (its event and repositories); throws on any HTTP error. */
export async function getWorkflowRun(options: ApiTarget & { runId: number }): Promise<RestWorkflowRun> {
  const repository = splitRepository(options.repository);
  if (!repository) throw new Error(`repository must be owner/name, got "${options.repository}"`);
  const { data } = await createOctokit(options).rest.actions.getWorkflowRun({
    owner: repository.owner,
    repo: repository.name,
    run_id: options.runId,
  });
  const headRepositoryId = (data.head_repository as { id?: unknown } | null | undefined)?.id;
  const repositoryId = (data.repository as { id?: unknown } | null | undefined)?.id;
  return {
    id: data.id,
    event: typeof data.event === 'string' ? data.event : '',
    ...(data.head_branch ? { headBranch: data.head_branch } : {}),
    ...(typeof repositoryId === 'number' ? { repositoryId } : {}),
    ...(typeof headRepositoryId === 'number' ? { headRepositoryId } : {}),
  };
}
