/**
 * The trees whose code is profiled: the checkout (head) and, with `baseline-ref`, the base commit
 * in a git worktree, each with its environment (PYTHONPATH to its own code) and `prepare` run once
 * in it, base first.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Target } from '../core/target.js';
import { capitalize } from '../core/capitalize.js';
import { UserError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import { createBaseWorktree } from './git-worktree.js';
import { describeExit, runCommand } from './process.js';
import { buildTreeEnvironment, runPrepare } from './tree-environment.js';

export interface Tree {
  side: 'head' | 'base';
  /** Prefix for progress lines ('' or 'base '). */
  label: string;
  workingDirectory: string;
  target: Target;
  env: Record<string, string>;
  /** The other tree's root: a Python frame from there means the run measured the wrong code. */
  otherRoot?: string;
}

export interface Trees {
  /** Base first when there is one: runs go base, head, base, head … */
  all: Tree[];
  baseRef?: { ref: string; sha: string };
  /** Removes the base worktree (and its scratch directory when empty). */
  close(): Promise<void>;
}

export interface OpenTreesOptions {
  workingDirectory: string;
  target: Target;
  baselineRef?: string | undefined;
  prepare?: string | undefined;
  python: string;
  timeoutMs: number;
  /** Where worktrees go (RUNNER_TEMP in Actions); default the system temp directory. */
  scratchRoot?: string | undefined;
  /** `prepare`'s log for a tree. */
  prepareLogPath(side: Tree['side']): string;
  describe(name: 'baseline-ref' | 'prepare'): string;
  reporter: Reporter;
}

export async function openTrees(options: OpenTreesOptions): Promise<Trees> {
  const { target, baselineRef } = options;
  const head: Tree = { side: 'head', label: '', workingDirectory: options.workingDirectory, target, env: {} };
  if (!baselineRef) return { all: [head], close: async () => undefined };
  const toplevel = await runCommand(['git', '-C', options.workingDirectory, 'rev-parse', '--show-toplevel'], { timeoutMs: 30_000 });
  if (toplevel.exitCode !== 0) {
    throw new UserError(
      `${capitalize(options.describe('baseline-ref'))} needs a git checkout: ${options.workingDirectory} is not inside a git work tree (${toplevel.stderr.trim() || describeExit(toplevel)}). Run actions/checkout first, or use 'baseline' with a path.`,
    );
  }
  const headRoot = toplevel.stdout.trim();
  const scratch = join(options.scratchRoot || tmpdir(), 'python-perf-gate-worktrees');
  mkdirSync(scratch, { recursive: true });
  const removeScratchWhenEmpty = () => {
    try {
      if (readdirSync(scratch).length === 0) rmdirSync(scratch);
    } catch {
      // Already gone, or shared with another job that still uses it.
    }
  };
  let worktree;
  try {
    worktree = await createBaseWorktree({
      repository: headRoot,
      ref: baselineRef,
      scratchDirectory: scratch,
      log: (line) => options.reporter.info(line),
      inputLabel: options.describe('baseline-ref'),
    });
  } catch (error) {
    removeScratchWhenEmpty();
    throw error;
  }
  const close = async () => {
    await worktree.remove();
    removeScratchWhenEmpty();
  };
  options.reporter.info(`baseline-ref ${baselineRef} → ${worktree.sha.slice(0, 12)} in ${worktree.path}${worktree.fetched ? ' (fetched)' : ''}`);
  try {
    const at = `at baseline-ref ${baselineRef} (${worktree.sha.slice(0, 12)})`;
    const inside = relative(headRoot, options.workingDirectory);
    const baseWorkingDirectory = join(worktree.path, inside);
    if (!existsSync(baseWorkingDirectory)) throw new UserError(`The working directory '${inside || '.'}' does not exist ${at}.`);
    let baseTarget = target;
    if (target.kind === 'script') {
      const script = relative(options.workingDirectory, target.script);
      baseTarget = { ...target, script: join(baseWorkingDirectory, script) };
      if (!existsSync(baseTarget.script)) {
        throw new UserError(`The benchmark script '${script}' does not exist ${at}. A new benchmark has no baseline: drop 'baseline-ref' for this change.`);
      }
    }
    head.env = buildTreeEnvironment(headRoot);
    head.otherRoot = worktree.path;
    const base: Tree = {
      side: 'base',
      label: 'base ',
      workingDirectory: baseWorkingDirectory,
      target: baseTarget,
      env: buildTreeEnvironment(worktree.path),
      otherRoot: headRoot,
    };
    if (options.prepare) {
      // Base first, head last: whatever prepare installs, the user's environment ends on head.
      for (const tree of [base, head]) {
        options.reporter.info(`prepare (${tree.side}): ${options.prepare}`);
        await runPrepare({
          command: options.prepare,
          inputLabel: options.describe('prepare'),
          tree: tree.workingDirectory,
          treeLabel: tree.side,
          python: options.python,
          env: { ...process.env, ...tree.env },
          timeoutMs: options.timeoutMs,
          logPath: options.prepareLogPath(tree.side),
        });
      }
    }
    return { all: [base, head], baseRef: { ref: baselineRef, sha: worktree.sha }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
