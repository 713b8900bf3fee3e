/**
 * The files perf and CPython leave beside a recording: /tmp/perf-PID.map, /tmp/jit-PID.dump and
 * the jitted-PID-N.so that `perf inject --jit` writes — in a private tmpfs directory
 * (jit-directory.ts, removed with the run) or, without one, in /tmp. Those in /tmp are
 * removed once each run is processed (ours only), or, with keep-perf-data, kept with the perf.data
 * so it stays readable (the map files, and the jitted part of the run's build-id cache).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const perfTmpPattern = /^(?:perf-(\d+)\.map|jit-(\d+)\.dump|jitted-(\d+)-\d+\.so)$/;
/**
 * Where CPython writes perf-PID.map and jit-PID.dump (and perf inject the jitted-PID-N.so next to
 * them): /tmp, hard-coded in CPython and perf regardless of TMPDIR.
 */
export const perfTmpDirectory = '/tmp';

/** The perf/CPython files in /tmp now (taken before a run, so files of earlier runs are left alone). */
export function listPerfTmpFiles(): Set<string> {
  const dir = perfTmpDirectory;
  try {
    return new Set(readdirSync(dir).filter((name) => perfTmpPattern.test(name)));
  } catch {
    return new Set();
  }
}

/**
 * Removes /tmp/perf-PID.map, /tmp/jit-PID.dump and /tmp/jitted-PID-N.so of our processes only
 * (`listOurPerfTmpFiles`, then `removeFiles`). With keepIn, map files move there with perf.data so
 * it stays readable; returns their new paths.
 */
export function removePerfTmpFiles(options: { pids: Set<number>; before: Set<string>; keepIn?: string | undefined }): string[] {
  const ours = listOurPerfTmpFiles(options);
  removeFiles(ours.toRemove);
  return ours.keptMaps;
}

/**
 * The perf/CPython files in /tmp that are ours: the pid must be one of the run's (from perf's
 * task events) and the file must not have existed before the run. With keepIn, map files are
 * moved there first (`keptMaps`, their new paths); the rest is returned, not removed.
 */
export function listOurPerfTmpFiles(options: { pids: Set<number>; before: Set<string>; keepIn?: string | undefined }): { toRemove: string[]; keptMaps: string[] } {
  const dir = perfTmpDirectory;
  const toRemove: string[] = [];
  const keptMaps: string[] = [];
  for (const name of listPerfTmpFiles()) {
    const match = perfTmpPattern.exec(name);
    if (!match || options.before.has(name)) continue;
    const pid = Number(match[1] ?? match[2] ?? match[3]);
    if (!options.pids.has(pid)) continue;
    const path = join(dir, name);
    try {
      if (options.keepIn && name.startsWith('perf-') && statSync(path).isFile()) {
        mkdirSync(options.keepIn, { recursive: true });
        const kept = join(options.keepIn, name);
        moveFile(path, kept);
        keptMaps.push(kept);
        continue;
      }
    } catch {
      // Already gone.
      continue;
    }
    toRemove.push(path);
  }
  return { toRemove: toRemove.sort(), keptMaps: keptMaps.sort() };
}

/** Removes each file; one that is gone or cannot be removed is left (cleaning up never fails a job). */
export function removeFiles(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Left behind.
    }
  }
}

/** rename, or copy and delete when the destination is on another filesystem (EXDEV). */
export function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to);
    rmSync(from, { force: true });
  }
}

/**
 * Copies the jitted-code part of a perf build-id cache to `destination`: each `.build-id/xx/…`
 * link whose target is a jitted-PID-N.so, and that target's directory (the ELF perf inject
 * wrote). The rest of the cache (copies of libpython, libc, kallsyms — tens of MB a run) is left
 * out: perf reads those from their own paths on this machine. Returns the number of jitted DSOs kept.
 */
export function keepJittedSymbols(options: { buildIdDir: string; destination: string }): number {
  const links = join(options.buildIdDir, '.build-id');
  let kept = 0;
  for (const prefix of safeReaddir(links)) {
    for (const name of safeReaddir(join(links, prefix))) {
      const link = join(links, prefix, name);
      if (!lstatSync(link).isSymbolicLink()) continue;
      const target = readlinkSync(link);
      if (!/(^|\/)jitted-\d+-\d+\.so\//.test(target)) continue;
      const targetPath = resolve(dirname(link), target);
      const inside = relative(options.buildIdDir, targetPath);
      if (inside.startsWith('..') || !existsSync(targetPath)) continue;
      mkdirSync(join(options.destination, '.build-id', prefix), { recursive: true });
      symlinkSync(target, join(options.destination, '.build-id', prefix, name));
      cpSync(targetPath, join(options.destination, inside), { recursive: true });
      kept += 1;
    }
  }
  return kept;
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}

/**
 * A copy of /proc/kallsyms in `directory`, for `perf inject --kallsyms` and `perf script
 * --kallsyms`: each of them otherwise reads /proc/kallsyms 3–4 times, and the kernel formats its
 * ~120,000 lines anew every time (perf 6.1, inject | script of a 2 s run: 0.60 s → 0.47 s, same
 * output). A module loaded after the copy is missing from it. Undefined when it cannot be read,
 * and when its addresses are hidden (kernel.kptr_restrict, or not root: all zeros): perf leaves
 * kernel frames unresolved when /proc/kallsyms itself is restricted, but would take a copy's
 * zeros for addresses.
 */
export function copyKallsyms(directory: string, options: { source?: string } = {}): string | undefined {
  try {
    const text = readFileSync(options.source ?? '/proc/kallsyms');
    const firstAddress = /^([0-9a-f]+) /.exec(text.subarray(0, 64).toString('latin1'))?.[1];
    if (firstAddress === undefined || /^0+$/.test(firstAddress)) return undefined;
    mkdirSync(directory, { recursive: true });
    const copy = join(directory, 'kallsyms');
    writeFileSync(copy, text);
    return copy;
  } catch {
    return undefined;
  }
}
