/**
 * Did a profile measure the right tree? In a `baseline-ref` comparison the base worktree and the
 * head checkout hold the same package; an editable install of one tree can make a run in the other
 * import the wrong code (see src/shell/tree-environment.ts). A Python frame of a run names the file
 * its code came from, so a frame whose file lies in the OTHER tree proves the run measured the
 * wrong code.
 *
 * The folder rewrites Python paths (python-frame-names.ts): files under the run's working
 * directory become relative and files under the home directory become `~/…`. The other tree is
 * never the run's working directory, so its files stay absolute — unless it lies inside the
 * working directory or the home directory, in which case they take the same rewritten form; pass
 * the run's fold options to match those forms too.
 */
import type { FoldedStacks } from './folded.js';
import { isPythonFrameSymbol, normalisePythonPath, PYTHON_FRAME_PREFIX, stripTrailingSlashes } from './python-frame-names.js';

export interface ForeignFrameOptions {
  /** The working directory the run was folded with (its files are relative in the profile). */
  workingDirectory?: string;
  /** The home directory the run was folded with, if any. */
  homeDirectory?: string;
}

/**
 * Lists the distinct Python frames (`py::<qualname>:<path>`) of `stacks` whose file lies in
 * `otherTree`, in byte order. Empty when the profile only ran code from elsewhere.
 */
export function detectForeignFrames(stacks: FoldedStacks, otherTree: string, options: ForeignFrameOptions = {}): string[] {
  const prefixes = listTreePrefixes(otherTree, options);
  if (prefixes.length === 0) return [];
  const foreign = new Set<string>();
  const seen = new Set<string>();
  for (const stack of stacks.keys()) {
    for (const frame of stack.split(';')) {
      if (seen.has(frame)) continue;
      seen.add(frame);
      const path = pythonFramePath(frame);
      if (path !== undefined && prefixes.some((prefix) => path.startsWith(prefix))) foreign.add(frame);
    }
  }
  return [...foreign].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The file part of `py::<qualname>:<path>`; undefined for other frames. */
export function pythonFramePath(frame: string): string | undefined {
  if (!isPythonFrameSymbol(frame)) return undefined;
  const colon = frame.indexOf(':', PYTHON_FRAME_PREFIX.length);
  return colon < 0 ? undefined : frame.slice(colon + 1);
}

/** The forms a path inside `tree` can take in a folded profile: absolute, and as the folder rewrote it. */
function listTreePrefixes(tree: string, options: ForeignFrameOptions): string[] {
  const root = stripTrailingSlashes(tree);
  if (root === '' || root === '/') return [];
  const prefixes = [`${root}/`];
  if (options.workingDirectory !== undefined) {
    // A probe file name shows which form the folder gives to files of this tree.
    const probe = 'probe.py';
    const rewritten = normalisePythonPath(`${root}/${probe}`, {
      workingDirectory: options.workingDirectory,
      ...(options.homeDirectory !== undefined ? { homeDirectory: options.homeDirectory } : {}),
    });
    // Only a prefix of the tree itself is usable: a rewrite to `<site-packages>/…` or to the bare
    // file name (tree == working directory) would match the run's own files.
    if (rewritten.endsWith(`/${probe}`) && !rewritten.startsWith('<')) {
      const prefix = rewritten.slice(0, -probe.length);
      if (!prefixes.includes(prefix)) prefixes.push(prefix);
    }
  }
  return prefixes;
}
