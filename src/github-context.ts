/**
 * The GitHub Actions environment, read once (by settings) into one typed value. Nothing else reads
 * GITHUB_*, RUNNER_* or ACTIONS_* variables; stages and shell modules get what they need from here.
 * Outside GitHub Actions every field is absent and `inActions` is false.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface GitHubContext {
  /** GITHUB_ACTIONS=true. */
  inActions: boolean;
  /** Commit being built (GITHUB_SHA). */
  sha?: string;
  /** The pull request's base branch (GITHUB_BASE_REF); pull-request events only. */
  baseRef?: string;
  /** Branch or tag name of this run (GITHUB_REF_NAME). */
  refName?: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository?: string;
  workflow?: string;
  /** e.g. push, pull_request, pull_request_target (GITHUB_EVENT_NAME). */
  eventName?: string;
  /** The pull request number from the event payload (GITHUB_EVENT_PATH), for pull-request events. */
  pullRequestNumber?: number;
  /** File the job summary is appended to (GITHUB_STEP_SUMMARY). */
  stepSummary?: string;
  /** Per-job scratch directory (RUNNER_TEMP). */
  runnerTemp?: string;
  /** The checkout (GITHUB_WORKSPACE); relative paths of inputs start here. */
  workspace?: string;
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** REST API root (GITHUB_API_URL), https://api.github.com when unset. */
  apiUrl: string;
  runId?: string;
  /**
   * Variables the artifact service needs that are missing (ACTIONS_RUNTIME_TOKEN,
   * ACTIONS_RESULTS_URL); empty when artifacts can be uploaded. The @actions/artifact client
   * reads them itself.
   */
  missingArtifactVariables: string[];
}

export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const value = (name: string) => (env[name] ? env[name] : undefined);
  const context: GitHubContext = {
    inActions: env.GITHUB_ACTIONS === 'true',
    apiUrl: value('GITHUB_API_URL') ?? 'https://api.github.com',
    missingArtifactVariables: ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]),
  };
  const fields = {
    sha: 'GITHUB_SHA',
    baseRef: 'GITHUB_BASE_REF',
    refName: 'GITHUB_REF_NAME',
    repository: 'GITHUB_REPOSITORY',
    workflow: 'GITHUB_WORKFLOW',
    eventName: 'GITHUB_EVENT_NAME',
    stepSummary: 'GITHUB_STEP_SUMMARY',
    runnerTemp: 'RUNNER_TEMP',
    workspace: 'GITHUB_WORKSPACE',
    serverUrl: 'GITHUB_SERVER_URL',
    runId: 'GITHUB_RUN_ID',
  } as const;
  for (const [field, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
    const found = value(name);
    if (found !== undefined) context[field] = found;
  }
  const pullRequestNumber = readPullRequestNumber(value('GITHUB_EVENT_PATH'));
  if (pullRequestNumber !== undefined) context.pullRequestNumber = pullRequestNumber;
  return context;
}

function readPullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } };
    const number = event.pull_request?.number;
    return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
  } catch {
    return undefined;
  }
}
