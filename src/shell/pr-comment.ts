/**
 * The sticky pull-request comment: one comment per workflow and artifact, found again by a hidden
 * HTML marker and edited in place on every run, so a PR carries the latest report and no history
 * of stale ones. Never throws; a fork's read-only token is an expected outcome (`forbidden`).
 */
import { describeError, errorStatus } from './describe-error.js';
import { createOctokit, splitRepository } from './github-api.js';

export type StickyCommentOutcome =
  | { status: 'created' | 'updated'; id: number; url?: string }
  | { status: 'forbidden'; reason: string }
  | { status: 'failed'; reason: string };

export interface UpsertStickyCommentOptions {
  /** Token allowed to write issues/pull requests (`pull-requests: write`). */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** Pull request (issue) number. */
  issueNumber: number;
  /** Hidden marker identifying our comment, e.g. `<!-- python-perf-gate:${workflow}:${artifactName} -->`. */
  marker: string;
  /** Comment body (Markdown); the marker is prepended when the body does not contain it. */
  body: string;
  /** REST base URL (the context's `apiUrl`). */
  apiUrl: string;
}

/** The body actually posted: `body` with `marker` on its first line unless it already contains it. */
export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** Updates the first comment containing `marker`, or creates one. */
export async function upsertStickyComment(options: UpsertStickyCommentOptions): Promise<StickyCommentOutcome> {
  const repository = splitRepository(options.repository);
  if (!repository) return { status: 'failed', reason: `repository must be owner/name, got "${options.repository}"` };
  if (options.marker.trim() === '') return { status: 'failed', reason: 'the sticky-comment marker is empty' };
  const apiUrl = options.apiUrl;
  const octokit = createOctokit({ apiUrl, token: options.token });
  const target = { owner: repository.owner, repo: repository.name };
  const body = withMarker(options.body, options.marker);

  let existingId: number | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...target,
      issue_number: options.issueNumber,
      per_page: 100,
    });
    existingId = comments.find((comment) => comment.body?.includes(options.marker))?.id;
  } catch (error) {
    return classifyFailure(error, 'listing comments');
  }

  try {
    if (existingId !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({ ...target, comment_id: existingId, body });
      return { status: 'updated', id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    }
    const { data } = await octokit.rest.issues.createComment({ ...target, issue_number: options.issueNumber, body });
    return { status: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
  } catch (error) {
    return classifyFailure(error, existingId !== undefined ? `updating comment ${existingId}` : 'creating a comment');
  }
}

function classifyFailure(error: unknown, action: string): StickyCommentOutcome {
  const status = errorStatus(error);
  const reason = `${action} failed: ${describeError(error)}`;
  // A fork's GITHUB_TOKEN is read-only: writes answer 403 ("Resource not accessible by integration"),
  // and some setups hide the pull request entirely (404).
  if (status === 403 || status === 404) return { status: 'forbidden', reason };
  return { status: 'failed', reason };
}
