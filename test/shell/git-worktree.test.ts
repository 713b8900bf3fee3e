/**
 * createBaseWorktree against real git repositories in a temporary directory: a bare "origin", a
 * full clone and a shallow single-branch clone like actions/checkout makes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createBaseWorktree, listFetchCandidates, listWorktrees, splitAncestrySuffix } from '../../src/shell/git-worktree.js';

const identity = ['-c', 'user.name=Perf Gate Test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main'];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function commitFile(repo: string, content: string, message: string): string {
  writeFileSync(join(repo, 'version.txt'), `${content}\n`);
  git(repo, 'add', 'version.txt');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** Everything a baseline checkout must not change in the user's repository. */
function snapshotUserState(repo: string): { head: string; symbolic: string; refs: string; config: string; status: string } {
  return {
    head: git(repo, 'rev-parse', 'HEAD'),
    symbolic: git(repo, 'symbolic-ref', '-q', 'HEAD'),
    refs: git(repo, 'for-each-ref', '--format=%(refname) %(objectname)'),
    config: git(repo, 'config', '--local', '--list'),
    status: git(repo, 'status', '--porcelain'),
  };
}

let root: string;
let origin: string;
let full: string;
let scratch: string;
const commits: Record<'first' | 'second' | 'feature' | 'annotated', string> = { first: '', second: '', feature: '', annotated: '' };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ppg-worktree-'));
  const source = join(root, 'source');
  mkdirSync(source);
  git(source, 'init', '-q', '-b', 'main');
  commits.first = commitFile(source, 'first', 'first');
  git(source, 'tag', 'v1');
  commits.second = commitFile(source, 'second', 'second');
  git(source, 'tag', '-a', 'v2', '-m', 'annotated release');
  commits.annotated = commits.second;
  git(source, 'checkout', '-q', '-b', 'feature');
  commits.feature = commitFile(source, 'feature', 'feature work');
  git(source, 'checkout', '-q', 'main');
  origin = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', source, origin);
  full = join(root, 'full');
  git(root, 'clone', '-q', `file://${origin}`, full);
  git(full, 'checkout', '-q', 'feature');
  scratch = join(root, 'scratch');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('createBaseWorktree in a complete clone', () => {
  const cases: Array<{ ref: string; expected: keyof typeof commits }> = [
    { ref: 'main', expected: 'second' },
    { ref: 'origin/main', expected: 'second' },
    { ref: 'v1', expected: 'first' },
    { ref: 'v2', expected: 'annotated' },
    { ref: 'HEAD~1', expected: 'second' },
    { ref: 'main~1', expected: 'first' },
  ];
  for (const { ref, expected } of cases) {
    it(`resolves '${ref}' without fetching and checks out that commit`, async () => {
      const before = snapshotUserState(full);
      const lines: string[] = [];
      const worktree = await createBaseWorktree({ repository: full, ref, scratchDirectory: scratch, log: (line) => lines.push(line) });
      try {
        expect(worktree.sha).toBe(commits[expected]);
        expect(worktree.fetched).toBe(false);
        expect(worktree.ref).toBe(ref);
        expect(worktree.path).toBe(join(scratch, `base-${commits[expected].slice(0, 12)}`));
        expect(readFileSync(join(worktree.path, 'version.txt'), 'utf8').trim()).toBe(expected === 'annotated' ? 'second' : expected);
        expect(git(worktree.path, 'rev-parse', 'HEAD')).toBe(commits[expected]);
        expect(await listWorktrees(full)).toEqual([full, worktree.path]);
        expect(lines.join('\n')).toContain(`is commit ${commits[expected]}`);
      } finally {
        await worktree.remove();
      }
      expect(await listWorktrees(full)).toEqual([full]);
      expect(existsSync(worktree.path)).toBe(false);
      expect(snapshotUserState(full)).toEqual(before);
    });
  }

  it("finds 'main' as origin/main when there is no local branch of that name (actions/checkout with fetch-depth: 0)", async () => {
    const noLocalMain = join(root, 'no-local-main');
    git(root, 'clone', '-q', `file://${origin}`, noLocalMain);
    git(noLocalMain, 'checkout', '-q', 'feature');
    git(noLocalMain, 'branch', '-q', '-D', 'main');
    expect(() => git(noLocalMain, 'rev-parse', '--verify', '--quiet', 'main^{commit}')).toThrow();
    const before = snapshotUserState(noLocalMain);
    for (const [ref, expected] of [['main', commits.second], ['main~1', commits.first]] as const) {
      const worktree = await createBaseWorktree({ repository: noLocalMain, ref, scratchDirectory: scratch });
      expect(worktree).toMatchObject({ sha: expected, fetched: false });
      await worktree.remove();
    }
    expect(snapshotUserState(noLocalMain)).toEqual(before);
    expect(await listWorktrees(noLocalMain)).toEqual([noLocalMain]);
  });

  it('resolves a full and an abbreviated commit id', async () => {
    for (const ref of [commits.first, commits.first.slice(0, 9)]) {
      const worktree = await createBaseWorktree({ repository: full, ref, scratchDirectory: scratch });
      expect(worktree.sha).toBe(commits.first);
      await worktree.remove();
    }
    expect(await listWorktrees(full)).toEqual([full]);
  });

  it('remove() twice is harmless, and a second worktree of the same commit replaces a leftover directory', async () => {
    const first = await createBaseWorktree({ repository: full, ref: 'main', scratchDirectory: scratch });
    // Simulates a run that died without removing its worktree.
    const second = await createBaseWorktree({ repository: full, ref: 'main', scratchDirectory: scratch });
    expect(second.path).toBe(first.path);
    expect(await listWorktrees(full)).toEqual([full, second.path]);
    await second.remove();
    await second.remove();
    await first.remove();
    expect(await listWorktrees(full)).toEqual([full]);
    expect(existsSync(second.path)).toBe(false);
  });

  it('a ref that exists nowhere is an error naming the input, the value and what git said', async () => {
    const before = snapshotUserState(full);
    const error = await createBaseWorktree({ repository: full, ref: 'mian', scratchDirectory: scratch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid value 'mian' for input 'baseline-ref'\. git could not find it locally or fetch it from 'origin': /);
    expect(message).toContain("couldn't find remote ref");
    expect(message).toContain('Expected a branch, tag or commit of this repository, e.g. ${{ github.base_ref }}.');
    expect(await listWorktrees(full)).toEqual([full]);
    expect(snapshotUserState(full)).toEqual(before);
  });

  it('refuses a ref that git would read as an option', async () => {
    await expect(createBaseWorktree({ repository: full, ref: '--output=/tmp/x', scratchDirectory: scratch })).rejects.toThrow(
      /Invalid value '--output=\/tmp\/x' for input 'baseline-ref'.*leading '-'/,
    );
    await expect(createBaseWorktree({ repository: full, ref: '  ', scratchDirectory: scratch })).rejects.toThrow(/Input 'baseline-ref' is empty/);
  });
});

describe('createBaseWorktree in a shallow single-branch clone (actions/checkout)', () => {
  let shallow: string;
  beforeAll(() => {
    shallow = join(root, 'shallow');
    git(root, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'feature', `file://${origin}`, shallow);
  });

  it('the clone really lacks main and the base commit', () => {
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(() => git(shallow, 'rev-parse', '--verify', '--quiet', 'main^{commit}')).toThrow();
    expect(() => git(shallow, 'cat-file', '-e', `${commits.second}^{commit}`)).toThrow();
  });

  const cases: Array<{ ref: string; expected: keyof typeof commits }> = [
    { ref: 'main', expected: 'second' },
    { ref: 'origin/main', expected: 'second' },
    { ref: 'refs/heads/main', expected: 'second' },
    { ref: 'v1', expected: 'first' },
    { ref: 'main~1', expected: 'first' },
    { ref: 'HEAD~1', expected: 'second' },
  ];
  for (const { ref, expected } of cases) {
    it(`fetches '${ref}' into FETCH_HEAD only, leaving branches, HEAD and config alone`, async () => {
      const before = snapshotUserState(shallow);
      const lines: string[] = [];
      const worktree = await createBaseWorktree({ repository: shallow, ref, scratchDirectory: scratch, log: (line) => lines.push(line) });
      try {
        expect(worktree.sha).toBe(commits[expected]);
        expect(worktree.fetched).toBe(true);
        expect(readFileSync(join(worktree.path, 'version.txt'), 'utf8').trim()).toBe(expected);
        expect(lines.join('\n')).toMatch(/not in this shallow checkout; running git fetch --no-tags --refmap= --no-recurse-submodules --depth=\d origin /);
      } finally {
        await worktree.remove();
      }
      expect(await listWorktrees(shallow)).toEqual([shallow]);
      expect(snapshotUserState(shallow)).toEqual(before);
    });
  }

  it('fetches a full commit id that is not in the clone', async () => {
    const fresh = join(root, 'shallow-sha');
    git(root, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'feature', `file://${origin}`, fresh);
    const worktree = await createBaseWorktree({ repository: fresh, ref: commits.first, scratchDirectory: scratch });
    expect(worktree).toMatchObject({ sha: commits.first, fetched: true });
    await worktree.remove();
    expect(await listWorktrees(fresh)).toEqual([fresh]);
  });

  it('a misspelt branch is an error that shows what was tried', async () => {
    const error = await createBaseWorktree({ repository: shallow, ref: 'mian', scratchDirectory: scratch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Invalid value 'mian' for input 'baseline-ref'\. git could not find it locally or fetch it from 'origin': .*couldn't find remote ref refs\/heads\/mian.*couldn't find remote ref mian/);
  });

  it('a remote that does not answer is an error naming the input', async () => {
    const broken = join(root, 'broken-remote');
    git(root, 'clone', '-q', '--depth', '1', `file://${origin}`, broken);
    git(broken, 'remote', 'set-url', 'origin', `file://${join(root, 'gone.git')}`);
    await expect(createBaseWorktree({ repository: broken, ref: 'feature', scratchDirectory: scratch })).rejects.toThrow(
      /Invalid value 'feature' for input 'baseline-ref'\. git could not find it locally or fetch it from 'origin': .*gone\.git/,
    );
  });
});

describe('createBaseWorktree outside a git checkout', () => {
  it('a plain directory is an error that names the input and the directory', async () => {
    const plain = join(root, 'not-a-repo');
    mkdirSync(plain, { recursive: true });
    const error = await createBaseWorktree({ repository: plain, ref: 'main', scratchDirectory: scratch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^Input 'baseline-ref' needs a git checkout: ${plain} is not a git work tree \\(.*not a git repository`));
  });

  it('a missing directory is the same error', async () => {
    await expect(createBaseWorktree({ repository: join(root, 'missing'), ref: 'main', scratchDirectory: scratch })).rejects.toThrow(
      /needs a git checkout: .*missing is not a git work tree \(the directory does not exist\)/,
    );
  });
});

describe('ref helpers', () => {
  it('counts the parent steps of an ancestry suffix', () => {
    expect(splitAncestrySuffix('main')).toEqual({ base: 'main', suffix: '', steps: 0 });
    expect(splitAncestrySuffix('HEAD~1')).toEqual({ base: 'HEAD', suffix: '~1', steps: 1 });
    expect(splitAncestrySuffix('main~2^2')).toEqual({ base: 'main', suffix: '~2^2', steps: 3 });
    expect(splitAncestrySuffix('HEAD^^')).toEqual({ base: 'HEAD', suffix: '^^', steps: 2 });
    expect(splitAncestrySuffix('v1^0')).toEqual({ base: 'v1', suffix: '^0', steps: 0 });
  });

  it('asks the remote for the branch first, then the name as given', () => {
    expect(listFetchCandidates('main', 'origin')).toEqual(['refs/heads/main', 'main']);
    expect(listFetchCandidates('origin/main', 'origin')).toEqual(['refs/heads/main', 'main']);
    expect(listFetchCandidates('refs/remotes/origin/release/1.x', 'origin')).toEqual(['refs/heads/release/1.x', 'release/1.x']);
    expect(listFetchCandidates('refs/pull/7/merge', 'origin')).toEqual(['refs/pull/7/merge']);
    expect(listFetchCandidates('a'.repeat(40), 'origin')).toEqual(['a'.repeat(40)]);
  });
});
