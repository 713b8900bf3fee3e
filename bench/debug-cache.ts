/**
 * Removes what `perf inject --jit` put into perf's build-id cache (~/.debug) for our processes.
 *
 * perf 6.1's `inject` ignores the PERF_BUILDID_DIR environment variable that recordRun sets (only
 * the global `perf --buildid-dir DIR` option is honoured), so every perf-jit recording adds a
 * `~/.debug/tmp/jitted-PID-N.so/` directory per jitted function (hundreds per run) plus a
 * `~/.debug/.build-id/xx/…` link to each. The benchmark records about a hundred runs; it removes
 * the entries of its own pids, created since it started, instead of leaving megabytes behind.
 */
import { lstatSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const jittedPattern = /jitted-(\d+)-\d+\.so/;

/** Removes cache entries of `pids` modified at or after `sinceMs`; returns how many were removed. */
export function removeJittedBuildIdCache(pids: Iterable<number>, options: { sinceMs: number; debugDir?: string }): number {
  const wanted = new Set(pids);
  if (wanted.size === 0) return 0;
  const debugDir = options.debugDir ?? join(homedir(), '.debug');
  const isOurs = (name: string, path: string): boolean => {
    const match = jittedPattern.exec(name);
    if (!match || !wanted.has(Number(match[1]))) return false;
    try {
      return lstatSync(path).mtimeMs >= options.sinceMs - 1000;
    } catch {
      return false;
    }
  };
  let removed = 0;
  for (const bucket of listDirectory(join(debugDir, '.build-id'))) {
    const bucketPath = join(debugDir, '.build-id', bucket);
    for (const link of listDirectory(bucketPath)) {
      const path = join(bucketPath, link);
      let target: string;
      try {
        target = readlinkSync(path);
      } catch {
        continue;
      }
      if (isOurs(target, path)) {
        rmSync(path, { force: true });
        removed += 1;
      }
    }
  }
  const tmpCache = join(debugDir, 'tmp');
  for (const name of listDirectory(tmpCache)) {
    const path = join(tmpCache, name);
    if (isOurs(name, path)) {
      rmSync(path, { recursive: true, force: true });
      removed += 1;
    }
  }
  return removed;
}

function listDirectory(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
