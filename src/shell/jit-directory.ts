/**
 * Where `perf inject --jit` writes the jitted code of a perf-jit recording: one jitted-PID-N.so per
 * jitted function, beside the jitdump CPython always writes in /tmp, unless the recording's
 * jitdumps are renamed (perf-data-rewrite.ts `relocateJitdumps`) to sit in a private tmpfs
 * directory made here. The recorder runs perf inject and perf script in that directory and
 * removes it with the run.
 */
import { mkdtempSync, readdirSync, rmSync, statfsSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { relocateJitdumps } from './perf-data-rewrite.js';
import { listPerfTmpFiles, perfTmpDirectory } from './perf-files.js';

/** Linux's TMPFS_MAGIC, the `type` statfs reports for a tmpfs. */
const tmpfsMagic = 0x01021994;
/**
 * tmpfs bytes asked for per byte of jitdump: a jitted-PID-N.so takes a 4 KiB page or more for
 * one function, whose jitdump record is ~250 bytes (examples/bench.py: 124 KB of jitdump, 505
 * files, 2 MiB of tmpfs: 17 per byte; this leaves room for four times that).
 */
const tmpfsBytesPerJitdumpByte = 64;
const tmpfsSpareBytes = 64 * 1024 * 1024;

/**
 * A new directory on a tmpfs (/dev/shm) for the jitted-PID-N.so perf inject writes, when there is
 * one with room for the jitdumps' code (`jitdumpBytes`, their total size); undefined otherwise.
 * Creating hundreds of small files in /tmp on disk took 12–490 ms per 504 here, depending on
 * the moment, against 5 ms on tmpfs.
 */
export function createJitDirectory(options: { jitdumpBytes: number; parent?: string }): string | undefined {
  const parent = options.parent ?? '/dev/shm';
  try {
    const fs = statfsSync(parent);
    if (fs.type !== tmpfsMagic) return undefined;
    if (fs.bavail * fs.bsize < options.jitdumpBytes * tmpfsBytesPerJitdumpByte + tmpfsSpareBytes) return undefined;
    return mkdtempSync(join(parent, `python-perf-gate-jit-${process.pid}-`));
  } catch {
    return undefined;
  }
}

/**
 * Where perf inject --jit is to write the jitted code: a private tmpfs directory with room for it
 * (`createJitDirectory`), in which the recording's jitdumps, renamed `./jit-PID.dump`
 * in perf.data (perf-data-rewrite.ts `relocateJitdumps`), are links to the dumps CPython wrote in
 * /tmp; perf inject and perf script then run in it. Returns the directory and the jitdumps' total
 * size; undefined (perf's default: beside the dumps in /tmp) when there is no such tmpfs or the
 * recording could not be rewritten. A 5-run job of examples/bench.py --seconds 2 spent 1.5–1.6 s
 * after its last run this way against 2.1–3.5 s (3 interleaved sets of 3 jobs each way), most of
 * the difference perf inject creating files in /tmp.
 */
export function prepareJitDirectory(options: { dataPath: string; before: Set<string> }): { directory: string; jitdumpBytes: number } | undefined {
  let jitdumpBytes = 0;
  for (const name of listPerfTmpFiles()) {
    if (!name.startsWith('jit-') || options.before.has(name)) continue;
    try {
      jitdumpBytes += statSync(join(perfTmpDirectory, name)).size;
    } catch {
      // Gone meanwhile.
    }
  }
  if (jitdumpBytes === 0) return undefined;
  const directory = createJitDirectory({ jitdumpBytes });
  if (!directory) return undefined;
  const relocation = relocateJitdumps(options.dataPath);
  if (relocation.outcome !== 'relocated' || relocation.jitdumps.length === 0) {
    rmSync(directory, { recursive: true, force: true });
    return undefined;
  }
  for (const jitdump of relocation.jitdumps) {
    try {
      symlinkSync(jitdump.path, join(directory, basename(jitdump.name)));
    } catch {
      // Two dumps of one name (one pid) in different directories: perf inject reads the first.
    }
  }
  return { directory, jitdumpBytes };
}

/** A jitdump this big holds code records (its header is 40 bytes, a record ~250; `python -c pass` writes 47 KB). */
const jitdumpWithCodeBytes = 4096;

/**
 * Why the run cannot be used when perf inject wrote no jitted code into the directory for jitdumps
 * that hold code: a perf that does not follow the renamed jitdump leaves every jitted frame
 * unresolved. Undefined when it wrote some (or there was nothing to write).
 */
export function describeMissingJittedCode(jit: { directory: string; jitdumpBytes: number }): string | undefined {
  if (jit.jitdumpBytes < jitdumpWithCodeBytes || readdirSync(jit.directory).some((name) => name.startsWith('jitted-'))) return undefined;
  return `perf inject --jit wrote no jitted code into ${jit.directory} for the recording's jitdumps (${jit.jitdumpBytes.toLocaleString('en-US')} bytes), renamed ./jit-PID.dump there: this perf does not read a renamed jitdump, so no Python frame would be named. Please report it with the output of \`perf --version\`.`;
}
