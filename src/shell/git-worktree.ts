/**
 * The base commit of a comparison, checked out next to the user's checkout with `git worktree`, so
 * one job can profile base and head in turn (input `baseline-ref`).
 *
 * Resolution: `git rev-parse --verify --quiet <ref>^{commit}` in the user's checkout, then the
 * remote-tracking branch `refs/remotes/origin/<ref>` (a fetch-depth: 0 checkout has no local
 * branches but the checked-out one). When both fail — typical for actions/checkout's shallow, single-branch clone — the ref is fetched from
 * the repository's own remote (`origin` unless told otherwise) into FETCH_HEAD only:
 * `git fetch --no-tags --refmap= [--depth=N] origin <candidate>`, trying `refs/heads/<name>` and
 * then the name as given (a tag, a full sha, `refs/pull/…`). `origin/<name>` is looked up on the
 * remote as `<name>`. `--refmap=` (empty) stops git from updating remote-tracking branches, so the
 * user's refs, HEAD and config stay as they were. `--depth` is passed only when the clone is
 * already shallow (on a complete clone it would make the repository shallow); it is 1 plus the
 * ancestry steps of a `~N`/`^N` suffix, so `HEAD~1` and `main~2` work in a depth-1 clone.
 * What a fetch does change: new objects, FETCH_HEAD and, in a shallow clone, `.git/shallow`.
 *
 * The worktree is `git worktree add --detach <scratch>/base-<sha12> <sha>`: detached, so no branch
 * is created or moved. `remove()` runs `git worktree remove --force`, deletes what is left and
 * prunes, and checks that the worktree is no longer registered.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { describeExit, runCommand, type RunResult } from './process.js';
import { capitalize } from '../core/capitalize.js';

export interface BaseWorktree {
  /** Absolute path of the checked-out base tree. */
  path: string;
  /** The ref as the user gave it. */
  ref: string;
  /** Full commit id the ref resolved to. */
  sha: string;
  /** True when the commit was not in the checkout and had to be fetched from the remote. */
  fetched: boolean;
  /** Removes the worktree and its registration; safe to call more than once. */
  remove(): Promise<void>;
}

export interface CreateBaseWorktreeOptions {
  /** The user's checkout (the workspace). */
  repository: string;
  /** Branch, `origin/<branch>`, tag, commit id, or an expression such as `HEAD~1`. */
  ref: string;
  /** The worktree goes to `<scratchDirectory>/base-<sha12>`. Keep it outside the repository. */
  scratchDirectory: string;
  log?: (line: string) => void;
  /** Remote to fetch from. Default `origin`. */
  remote?: string;
  /** Limit for each git fetch. Default 5 minutes. */
  fetchTimeoutMs?: number;
  /** How errors name the setting: "input 'baseline-ref'" (default) or "option '--baseline-ref'". */
  inputLabel?: string;
}

const inputName = 'baseline-ref';
const defaultRemote = 'origin';
const defaultFetchTimeoutMs = 5 * 60_000;
const localTimeoutMs = 2 * 60_000;
const refExample = 'e.g. ${{ github.base_ref }}';

export async function createBaseWorktree(options: CreateBaseWorktreeOptions): Promise<BaseWorktree> {
  const log = options.log ?? (() => undefined);
  const ref = options.ref.trim();
  const remote = options.remote ?? defaultRemote;
  const repository = resolve(options.repository);
  const label = options.inputLabel ?? `input '${inputName}'`;
  checkRefSyntax(ref, label);
  await checkWorkTree(repository, label);

  // actions/checkout with fetch-depth: 0 creates no local branch besides the checked-out one, but
  // every branch as `refs/remotes/origin/<name>`: look there before going to the network.
  let sha = (await resolveCommit(repository, ref)) ?? (await resolveRemoteTracking(repository, ref, remote));
  let fetched = false;
  if (sha === undefined) {
    sha = await fetchCommit({ repository, ref, remote, timeoutMs: options.fetchTimeoutMs ?? defaultFetchTimeoutMs, log, label });
    fetched = true;
  }
  log(`${inputName} '${ref}' is commit ${sha}${fetched ? ` (fetched from '${remote}')` : ''}.`);

  const scratch = resolve(options.scratchDirectory);
  mkdirSync(scratch, { recursive: true });
  const path = join(scratch, `base-${sha.slice(0, 12)}`);
  // A worktree left by an interrupted earlier run at the same place would make `add` fail.
  if (existsSync(path)) await removeWorktree(repository, path);
  const add = await git(repository, ['worktree', 'add', '--detach', path, sha]);
  if (add.exitCode !== 0) {
    rmSync(path, { recursive: true, force: true });
    await git(repository, ['worktree', 'prune']);
    throw new UserError(
      `Could not check out ${inputName} '${ref}' (${sha}) as a git worktree at ${path}: ${gitMessage(add)}.`,
      { logTail: lastLines(add.stderr) },
    );
  }
  log(`Checked out ${sha.slice(0, 12)} at ${path}.`);

  let removed = false;
  return {
    path,
    ref,
    sha,
    fetched,
    async remove() {
      if (removed) return;
      await removeWorktree(repository, path);
      removed = true;
      log(`Removed the worktree at ${path}.`);
    },
  };
}

/** Lists the paths of the worktrees registered in a repository (the main one first). */
export async function listWorktrees(repository: string): Promise<string[]> {
  const list = await git(repository, ['worktree', 'list', '--porcelain']);
  if (list.exitCode !== 0) throw new Error(`git worktree list failed in ${repository}: ${gitMessage(list)}`);
  return list.stdout
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice('worktree '.length));
}

async function removeWorktree(repository: string, path: string): Promise<void> {
  // Fails when the directory is not (or no longer) a worktree; the steps after it cover that.
  await git(repository, ['worktree', 'remove', '--force', '--force', path]);
  rmSync(path, { recursive: true, force: true });
  const prune = await git(repository, ['worktree', 'prune']);
  if (prune.exitCode !== 0) throw new Error(`git worktree prune failed in ${repository}: ${gitMessage(prune)}`);
  if ((await listWorktrees(repository)).includes(path)) {
    throw new Error(`The worktree ${path} is still registered in ${repository} after git worktree remove and prune.`);
  }
}

function checkRefSyntax(ref: string, label: string): void {
  if (ref === '') {
    throw new UserError(`${capitalize(label)} is empty. Expected a branch, tag or commit of this repository, ${refExample}.`);
  }
  // Argument arrays keep the shell out, but a leading '-' would still be read as a git option.
  if (ref.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(ref)) {
    throw new UserError(
      `Invalid value '${ref}' for ${label}. Expected a branch, tag or commit of this repository without spaces or a leading '-', ${refExample}.`,
    );
  }
}

async function checkWorkTree(repository: string, label: string): Promise<void> {
  const inside = existsSync(repository)
    ? await git(repository, ['rev-parse', '--is-inside-work-tree'])
    : undefined;
  if (inside?.spawnError) {
    throw new UserError(`${capitalize(label)} needs git on PATH, but it could not be started (${inside.spawnError.code ?? inside.spawnError.message}).`);
  }
  if (inside === undefined || inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
    const why = inside === undefined ? 'the directory does not exist' : gitMessage(inside);
    throw new UserError(
      `${capitalize(label)} needs a git checkout: ${repository} is not a git work tree (${why}). Check out the repository first (actions/checkout) or remove ${label}.`,
    );
  }
}

async function resolveCommit(repository: string, ref: string): Promise<string | undefined> {
  const parsed = await git(repository, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const sha = parsed.stdout.trim();
  return parsed.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

async function resolveRemoteTracking(repository: string, ref: string, remote: string): Promise<string | undefined> {
  const { base, suffix } = splitAncestrySuffix(ref);
  if (base.startsWith('refs/') || base === 'HEAD' || base.startsWith(`${remote}/`)) return undefined;
  return resolveCommit(repository, `refs/remotes/${remote}/${base}${suffix}`);
}

/** Splits `main~2^2` into `main` and the number of parent steps (3), for fetch depths. */
export function splitAncestrySuffix(ref: string): { base: string; suffix: string; steps: number } {
  const match = /^(.+?)((?:[~^]\d*)+)$/.exec(ref);
  if (!match) return { base: ref, suffix: '', steps: 0 };
  const suffix = match[2] as string;
  let steps = 0;
  for (const step of suffix.matchAll(/([~^])(\d*)/g)) {
    const count = step[2] === '' ? 1 : Number(step[2]);
    // `~N` walks N first parents; `^N` is one step to the N-th parent (`^0` is the commit itself).
    steps += step[1] === '~' ? count : Math.min(count, 1);
  }
  return { base: match[1] as string, suffix, steps };
}

/** What to ask the remote for, in order: a branch of that name, then the name as given. */
export function listFetchCandidates(name: string, remote: string): string[] {
  const candidates: string[] = [];
  const add = (candidate: string): void => {
    if (!candidates.includes(candidate)) candidates.push(candidate);
  };
  const withoutRemote = name.startsWith(`${remote}/`) ? name.slice(remote.length + 1) : name;
  const fromRemotes = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(name);
  const branch = fromRemotes && fromRemotes[1] === remote ? (fromRemotes[2] as string) : withoutRemote;
  if (/^[0-9a-f]{40}$/.test(branch) || /^[0-9a-f]{64}$/.test(branch)) return [branch];
  if (!branch.startsWith('refs/')) add(`refs/heads/${branch}`);
  add(branch);
  return candidates;
}

async function fetchCommit(request: {
  repository: string;
  ref: string;
  remote: string;
  timeoutMs: number;
  log: (line: string) => void;
  label: string;
}): Promise<string> {
  const { repository, ref, remote } = request;
  const shallow = (await git(repository, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  const { base, suffix, steps } = splitAncestrySuffix(ref);
  const depthArgs = shallow ? [`--depth=${steps + 1}`] : [];
  const failures: string[] = [];

  // `HEAD~1` in a depth-1 clone: the base is here, its parents are not; fetch the base deeper.
  const localBase = suffix === '' ? undefined : await resolveCommit(repository, base);
  const candidates = localBase !== undefined ? [localBase] : listFetchCandidates(base, remote);
  for (const candidate of candidates) {
    const argv = ['fetch', '--no-tags', '--refmap=', '--no-recurse-submodules', ...depthArgs, remote, candidate];
    request.log(`${inputName} '${ref}' is not in this ${shallow ? 'shallow ' : ''}checkout; running git ${argv.join(' ')}`);
    const fetch = await git(repository, argv, request.timeoutMs);
    if (fetch.exitCode !== 0) {
      failures.push(fetch.timedOut ? `git fetch ${candidate} timed out` : gitMessage(fetch));
      continue;
    }
    const sha = await resolveCommit(repository, `FETCH_HEAD${suffix}`);
    if (sha !== undefined) return sha;
    failures.push(`fetched ${candidate}, but FETCH_HEAD${suffix} is not a commit`);
  }
  throw new UserError(
    `Invalid value '${ref}' for ${request.label}. git could not find it locally or fetch it from '${remote}': ${uniqueMessages(failures)}. ` +
      `Expected a branch, tag or commit of this repository, ${refExample}. ` +
      `If the repository is private and actions/checkout ran with persist-credentials: false, git cannot fetch; use fetch-depth: 0 instead.`,
  );
}

async function git(repository: string, args: string[], timeoutMs = localTimeoutMs): Promise<RunResult> {
  return runCommand(['git', '-C', repository, ...args], {
    // Never wait for a password prompt that nobody will answer.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    timeoutMs,
  });
}

function gitMessage(result: RunResult): string {
  if (result.spawnError) return `git could not be started (${result.spawnError.code ?? result.spawnError.message})`;
  const lines = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^From /.test(line) && !/^hint: /.test(line));
  // git's own verdicts first ("fatal: …", "error: …"); the advice paragraph after them only if there are none.
  const verdicts = lines.filter((line) => /^(?:fatal|error): /.test(line));
  const chosen = verdicts.length > 0 ? verdicts.slice(0, 3) : lines.slice(-2);
  const text = chosen.join(' ').replace(/\.+$/, '');
  return text !== '' ? text : `git ${result.argv.slice(3).join(' ')} ended with ${describeExit(result)}`;
}

function uniqueMessages(messages: string[]): string {
  return [...new Set(messages)].join('; ');
}

function lastLines(text: string): string[] {
  return text.trim().split('\n').slice(-20);
}
