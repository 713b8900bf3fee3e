/**
 * Running things in one of the two trees of a `baseline-ref` comparison (the head checkout and the
 * base worktree): the user's `prepare` command, and the environment that makes a tree's Python
 * processes import that tree's code.
 *
 * The editable-install trap: both trees share one interpreter and one site-packages. When a
 * prepare step runs `pip install -e .`, site-packages points at the tree that was prepared LAST —
 * through a `.pth` line with the tree's path (classic `setup.py develop`, setuptools' static
 * src-layout editable) or an `__editable___<name>_finder` appended to `sys.meta_path` (setuptools
 * PEP 660 editable of other layouts). A benchmark that runs in the other tree then imports the
 * wrong code, unless its own directory comes first on `sys.path` by accident (`python -c` or a
 * script at the tree root with a flat layout).
 *
 * `PYTHONPATH` entries come right after the script's directory on `sys.path`, before site-packages
 * and before any `.pth`-added entry, and the editable finders sit after `PathFinder` on
 * `sys.meta_path`, so `PYTHONPATH=<tree>:<tree>/src` makes the tree's own packages win in both
 * cases (checked with CPython 3.13, setuptools 67.6.1, pip 24.2: test/integration/editable-trap.test.ts).
 * What it cannot fix: compiled extensions that prepare did not build in that tree, and package
 * metadata (`importlib.metadata.version`, entry-point lists), which stays the last-installed one.
 */
import { statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { describeExit, readLogTail, runCommandToLog } from './process.js';
import { capitalize } from '../core/capitalize.js';

/**
 * Environment additions that put the checked interpreter's directory first on PATH and name it in
 * `$PYTHON`, so `python`, `pip`, `pytest` and `python -m …` in a shell command use it. Same rule as
 * `buildWorkload` in recorder.ts for `run` targets.
 */
export function buildInterpreterEnvironment(python: string, baseEnvironment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { PATH: `${dirname(python)}${delimiter}${baseEnvironment.PATH ?? ''}`, PYTHON: python };
}

/**
 * Environment additions for a process that must import `tree`'s own code: `PYTHONPATH` with the
 * tree root and, when it exists, its `src/` directory, before any PYTHONPATH already set in
 * `baseEnvironment`.
 */
export function buildTreeEnvironment(tree: string, baseEnvironment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const root = resolve(tree);
  const entries = [root];
  const src = join(root, 'src');
  if (isDirectory(src)) entries.push(src);
  const existing = baseEnvironment.PYTHONPATH;
  if (existing !== undefined && existing !== '') entries.push(existing);
  return { PYTHONPATH: entries.join(delimiter) };
}

export interface PrepareOptions {
  /** The user's `prepare` input: a shell line, run with `/bin/sh -c`. */
  command: string;
  /** How errors name the setting: "input 'prepare'" (default) or "option '--prepare'". */
  inputLabel?: string;
  /** Directory it runs in (the head checkout or the base worktree). */
  tree: string;
  /** Which tree, for messages: 'base' or 'head'. Default: the tree's path. */
  treeLabel?: string;
  /** The checked interpreter; its directory goes first on PATH and it is `$PYTHON`. */
  python: string;
  /** Extra environment (on top of process.env). */
  env?: NodeJS.ProcessEnv;
  /** Kill the command and everything it started after this long. Default: no limit. */
  timeoutMs?: number;
  /** The command's stdout and stderr go here. */
  logPath: string;
}

const messageTailLines = 10;
const detailTailLines = 50;

/** Runs the `prepare` command once in a tree; a failure is a UserError naming the input and the tree. */
export async function runPrepare(options: PrepareOptions): Promise<void> {
  const base: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  const env: NodeJS.ProcessEnv = { ...base, ...buildInterpreterEnvironment(options.python, base) };
  const label = options.treeLabel ?? options.tree;
  const result = await runCommandToLog(['/bin/sh', '-c', options.command], { cwd: options.tree, env, logPath: options.logPath, timeoutMs: options.timeoutMs });
  if (result.exitCode === 0 && !result.timedOut) return;
  const tail = readLogTail(options.logPath, detailTailLines);
  const where = `in the ${label} tree (${options.tree})`;
  const how = result.spawnError
    ? `could not be started ${where} (${result.spawnError.code ?? result.spawnError.message})`
    : result.timedOut
      ? `timed out ${where} after ${Number(((options.timeoutMs ?? 0) / 1000).toFixed(1))} s; it and every process it started were stopped`
      : `failed ${where} with ${describeExit(result)}`;
  const shown = tail.slice(-messageTailLines);
  throw new UserError(
    `${capitalize(options.inputLabel ?? "input 'prepare'")} ${how}. The command: ${options.command}` +
      (shown.length > 0 ? `\nLast lines of its output (all of it: ${options.logPath}):\n${shown.join('\n')}` : ''),
    { logTail: tail },
  );
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
