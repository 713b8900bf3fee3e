/** Finding a Python interpreter and reading its facts. */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { FACTS_SNIPPET, interpretPythonFacts, parseRawPythonFacts, type PythonFacts } from '../core/python-facts.js';
import { runCommand } from './process.js';

export type PythonLookup =
  | { status: 'found'; facts: PythonFacts; requested: string }
  | { status: 'missing'; requested: string; reason: string };

/** Runs `python` and reads its facts. `requested` is a name on PATH or a path. */
export async function readPythonFacts(requested: string, env: NodeJS.ProcessEnv = process.env): Promise<PythonLookup> {
  const result = await runCommand([requested, '-c', FACTS_SNIPPET], { env, timeoutMs: 30_000 });
  if (result.spawnError) {
    return { status: 'missing', requested, reason: `'${requested}' was not found (${result.spawnError.code ?? result.spawnError.message}).` };
  }
  if (result.exitCode !== 0) {
    const said = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ');
    return { status: 'missing', requested, reason: `'${requested}' failed to run (exit code ${result.exitCode}): ${said}` };
  }
  try {
    return { status: 'found', requested, facts: interpretPythonFacts(parseRawPythonFacts(result.stdout)) };
  } catch (error) {
    return { status: 'missing', requested, reason: (error as Error).message };
  }
}

/**
 * Candidates for "the newest CPython ≥ 3.12 on this machine": `python3`, then versioned names on
 * PATH, then interpreters pyenv and uv installed but did not activate (pyenv's shims refuse to run a
 * version that is not selected, which is the usual state of a developer machine).
 */
export function listPythonCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = ['python3', 'python3.15', 'python3.14', 'python3.13', 'python3.12'];
  const candidates: string[] = [];
  for (const name of names) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) {
        candidates.push(join(dir, name));
        break;
      }
    }
  }
  const home = env.HOME ?? homedir();
  const pyenvRoot = env.PYENV_ROOT ?? join(home, '.pyenv');
  for (const version of listDirectory(join(pyenvRoot, 'versions'))) {
    const match = /^(\d+)\.(\d+)/.exec(version);
    if (match && Number(match[1]) === 3 && Number(match[2]) >= 12) candidates.push(join(pyenvRoot, 'versions', version, 'bin', `python${match[1]}.${match[2]}`));
  }
  const uvRoot = join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'uv', 'python');
  for (const install of listDirectory(uvRoot)) {
    const match = /^cpython-(\d+)\.(\d+)/.exec(install);
    if (match && Number(match[2]) >= 12) candidates.push(join(uvRoot, install, 'bin', `python${match[1]}.${match[2]}`));
  }
  return [...new Set(candidates)];
}

/** Picks the newest interpreter ≥ 3.12 among the candidates; reports every one it rejected. */
export async function findNewestPython(env: NodeJS.ProcessEnv = process.env): Promise<{ facts?: PythonFacts; rejected: string[] }> {
  const rejected: string[] = [];
  let best: PythonFacts | undefined;
  for (const candidate of listPythonCandidates(env)) {
    const lookup = await readPythonFacts(candidate, env);
    if (lookup.status === 'missing') {
      rejected.push(lookup.reason);
      continue;
    }
    const facts = lookup.facts;
    if (facts.implementation !== 'cpython' || facts.major !== 3 || facts.minor < 12 || !facts.perfTrampoline) {
      rejected.push(`${candidate} is ${facts.implementation} ${facts.version}${facts.perfTrampoline ? '' : ' without the perf trampoline'}`);
      continue;
    }
    if (!best || facts.minor > best.minor) best = facts;
  }
  return best ? { facts: best, rejected } : { rejected };
}

function listDirectory(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}
