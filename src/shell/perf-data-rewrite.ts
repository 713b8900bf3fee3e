/**
 * Rewrites a perf.data file in place, two ways.
 *
 * `fixExecMaps`: perf forgets the address space a process had before it exec'd. perf (6.1 and
 * later) clones a parent's maps into a child on PERF_RECORD_FORK and keeps them over the child's
 * exec; its libunwind code takes the lowest map of a DSO as that DSO's load base, so when ASLR
 * puts the child's libpython/libc above the parent's, DWARF unwinding of the exec'd child stops at
 * the first frame (about half of all `subprocess`-started Pythons). The fix (planned in
 * src/core/perf-data-format.ts, by timestamps):
 * 1. the FORK record of a new process that then execs becomes an EXIT record (same layout; a no-op
 *    for a thread perf does not know yet);
 * 2. MMAP/MMAP2 records of a process timed before its exec get a pid/tid no process has.
 *
 * `relocateJitdumps`: each jitdump's mmap record names it `./jit-PID.dump`, so `perf inject --jit`
 * run in another directory (which holds a link to the dump) writes its jitted-PID-N.so there
 * instead of beside the dump in /tmp, where CPython always puts it.
 *
 * The file keeps its size; each patch leaves a valid file on its own, and the whole data section
 * is checked before the first write. The scan streams: record headers are read in large
 * positioned chunks and only the bodies of task and mmap records are looked at.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import {
  chooseTimeLocator,
  detachedPid,
  parseIds,
  parsePerfFileAttr,
  parsePerfFileHeader,
  perfFileHeaderBytes,
  PERF_RECORD_MISC_COMM_EXEC,
  PerfRecord,
  perfRecordHeaderBytes,
  planExecFix,
  mmapFilenameOffset,
  relocatedJitdumpName,
  type MapEvent,
  type PerfFileAttr,
  type SampleIdLayout,
  type TaskEvent,
  type TimeLocator,
} from '../core/perf-data-format.js';

export interface ExecFixSummary {
  /** `rewritten`: records were changed; `unchanged`: understood, nothing to change; `refused`: not understood (or unreadable), untouched. */
  outcome: 'rewritten' | 'unchanged' | 'refused';
  /** Processes whose pre-exec maps perf will no longer see (a fork rewritten or maps detached). */
  processesFixed: number;
  forksRewritten: number;
  mapsDetached: number;
  /** Exec COMM records seen. */
  execs: number;
  /** Why the file was refused, or why nothing could be found to fix. */
  reason?: string;
  seconds: number;
}

export interface ExecFixOptions {
  /** Bytes per positioned read of the data section (default 1 MiB; measured on a 72 MB recording: 64 KiB–4 MiB all ≈ 10 ms warm, 16 MiB slower). */
  chunkBytes?: number;
}

const defaultChunkBytes = 1024 * 1024;
/** Bound on the attr and ids sections we read whole (perf writes a few KiB). */
const maxMetadataBytes = 16 * 1024 * 1024;

class Refusal extends Error {}

export function fixExecMaps(path: string, options: ExecFixOptions = {}): ExecFixSummary {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  return rewriteScanned<ExecFixSummary>(path, options, {
    refused: (reason) => ({ outcome: 'refused', processesFixed: 0, forksRewritten: 0, mapsDetached: 0, execs: 0, reason, seconds: seconds() }),
    rewrite: (fd, located, scan) => {
      const plan = planExecFix(scan.tasks, scan.maps);
      const summary: ExecFixSummary = {
        outcome: plan.forks.length + plan.maps.length > 0 ? 'rewritten' : 'unchanged',
        processesFixed: plan.processes,
        forksRewritten: plan.forks.length,
        mapsDetached: plan.maps.length,
        execs: plan.execs,
        seconds: 0,
      };
      if (!located.commExec) {
        summary.reason = 'no attr has comm_exec: execs are not marked in this recording';
      }
      const exitType = Buffer.alloc(4);
      exitType.writeUInt32LE(PerfRecord.EXIT, 0);
      const detached = Buffer.alloc(8);
      detached.writeUInt32LE(detachedPid, 0);
      detached.writeUInt32LE(detachedPid, 4);
      for (const offset of plan.forks) writeFully(fd, exitType, offset);
      for (const offset of plan.maps) writeFully(fd, detached, offset + perfRecordHeaderBytes);
      summary.seconds = seconds();
      return summary;
    },
  });
}

export interface JitdumpRelocation {
  /** `relocated`: the jitdumps are now named `./jit-PID.dump`; `refused`: not understood (or unreadable), untouched. */
  outcome: 'relocated' | 'refused';
  /** The jitdumps the recording maps, by the name they had (e.g. /tmp/jit-1234.dump), and the name each has now. */
  jitdumps: { path: string; name: string }[];
  reason?: string;
}

/** The name field of an MMAP/MMAP2 record: where it is in the file and how many bytes it has. */
interface JitdumpName {
  path: string;
  offset: number;
  bytes: number;
}

/** Names each jitdump mapped in the recording `./jit-PID.dump` (see the module comment). */
export function relocateJitdumps(path: string, options: ExecFixOptions = {}): JitdumpRelocation {
  return rewriteScanned<JitdumpRelocation>(path, options, {
    refused: (reason) => ({ outcome: 'refused', jitdumps: [], reason }),
    rewrite: (fd, _located, scan) => {
      const jitdumps: JitdumpRelocation['jitdumps'] = [];
      for (const field of scan.jitdumps) {
        const name = relocatedJitdumpName(field.path);
        if (name === undefined) continue;
        const bytes = Buffer.alloc(field.bytes);
        bytes.write(name, 'latin1');
        writeFully(fd, bytes, field.offset);
        if (!jitdumps.some((jitdump) => jitdump.path === field.path)) jitdumps.push({ path: field.path, name });
      }
      return { outcome: 'relocated', jitdumps };
    },
  });
}

type Layout = ReturnType<typeof readLayout>;
type Scan = ReturnType<typeof scanData>;

/**
 * Opens `path` for rewriting, reads its layout and scans the whole data section, then hands them
 * to `rewrite`; a file that cannot be opened, is not understood (a Refusal) or fails to read or
 * write gives `refused(reason)` instead.
 */
function rewriteScanned<T>(path: string, options: ExecFixOptions, handlers: { rewrite: (fd: number, located: Layout, scan: Scan) => T; refused: (reason: string) => T }): T {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    return handlers.refused(`cannot open ${path} for rewriting: ${(error as Error).message}`);
  }
  try {
    const located = readLayout(fd, fstatSync(fd).size);
    return handlers.rewrite(fd, located, scanData(fd, located.data, located.locator, options.chunkBytes ?? defaultChunkBytes));
  } catch (error) {
    if (error instanceof Refusal) return handlers.refused(error.message);
    return handlers.refused(`error while reading or rewriting ${path}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Refusal(`truncated perf.data: end of file at ${position + done}, expected ${length - done} more bytes`);
    done += read;
  }
  return buffer;
}

function writeFully(fd: number, buffer: Buffer, position: number): void {
  let done = 0;
  while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done, position + done);
}

function unwrap<T>(parsed: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!parsed.ok) throw new Refusal(parsed.reason);
  return parsed.value;
}

function readLayout(fd: number, fileSize: number): { data: { offset: number; size: number }; locator: TimeLocator; commExec: boolean } {
  const header = unwrap(parsePerfFileHeader(readFully(fd, Math.min(fileSize, perfFileHeaderBytes), 0), fileSize));
  if (header.attrs.size > maxMetadataBytes) throw new Refusal(`perf.data attr section of ${header.attrs.size} bytes (too large to be real)`);
  const section = readFully(fd, header.attrs.size, header.attrs.offset);
  const attrs: { attr: PerfFileAttr; ids: bigint[] }[] = [];
  for (let offset = 0; offset < section.length; offset += header.attrSize) {
    const attr = unwrap(parsePerfFileAttr(section.subarray(offset, offset + header.attrSize), header.attrSize));
    if (attr.ids.size > maxMetadataBytes || attr.ids.offset + attr.ids.size > fileSize) throw new Refusal('truncated perf.data: an attr\'s ids lie outside the file');
    attrs.push({ attr, ids: parseIds(readFully(fd, attr.ids.size, attr.ids.offset)) });
  }
  return { data: header.data, locator: unwrap(chooseTimeLocator(attrs)), commExec: attrs.some(({ attr }) => attr.commExec) };
}

/**
 * Walks the data section record by record. Headers are parsed from chunks read at the position of
 * the next header; a record the fix does not need is skipped by its size, so one larger than what
 * is left of the chunk is never read.
 */
function scanData(fd: number, data: { offset: number; size: number }, locator: TimeLocator, chunkBytes: number): { tasks: TaskEvent[]; maps: MapEvent[]; jitdumps: JitdumpName[] } {
  const end = data.offset + data.size;
  const chunk = Buffer.allocUnsafe(Math.max(chunkBytes, 1 << 16));
  let chunkStart = 0;
  let chunkEnd = 0;
  /** Makes [position, position + length) available in `chunk`; returns its index there. */
  const ensure = (position: number, length: number): number => {
    if (position < chunkStart || position + length > chunkEnd) {
      const wanted = Math.min(chunk.length, end - position);
      let done = 0;
      while (done < wanted) {
        const read = readSync(fd, chunk, done, wanted - done, position + done);
        if (read === 0) throw new Refusal(`truncated perf.data: end of file at ${position + done} inside the data section (ends at ${end})`);
        done += read;
      }
      chunkStart = position;
      chunkEnd = position + done;
    }
    return position - chunkStart;
  };
  const layoutOf = (at: number, size: number): SampleIdLayout => {
    if (locator.kind === 'uniform') return locator.layout;
    const id = chunk.readBigUInt64LE(at + size - 8);
    if (id === 0n) return locator.first;
    const layout = locator.byId.get(id);
    if (!layout) throw new Refusal(`record with sample id ${id}, which no attr has`);
    return layout;
  };
  /** Trailer timestamp of the record at chunk index `at`; `body`: bytes after the header before the trailer, at least. */
  const timeOf = (at: number, size: number, body: number, position: number): bigint => {
    const layout = layoutOf(at, size);
    if (size < perfRecordHeaderBytes + body + layout.trailerBytes) throw new Refusal(`record of type ${chunk.readUInt32LE(at)} at offset ${position} is too short (${size} bytes) for its sample_id trailer`);
    return chunk.readBigUInt64LE(at + size - layout.timeFromEnd);
  };
  const tasks: TaskEvent[] = [];
  const maps: MapEvent[] = [];
  const jitdumps: JitdumpName[] = [];
  let position = data.offset;
  while (position < end) {
    if (end - position < perfRecordHeaderBytes) throw new Refusal(`truncated perf.data: ${end - position} bytes left at offset ${position}, less than a record header`);
    let at = ensure(position, perfRecordHeaderBytes);
    const type = chunk.readUInt32LE(at);
    const misc = chunk.readUInt16LE(at + 4);
    const size = chunk.readUInt16LE(at + 6);
    if (size < perfRecordHeaderBytes) throw new Refusal(`corrupt perf.data: record of ${size} bytes at offset ${position}`);
    if (position + size > end) throw new Refusal(`truncated perf.data: record at offset ${position} (${size} bytes) crosses the end of the data section`);
    switch (type) {
      case PerfRecord.COMPRESSED:
      case PerfRecord.COMPRESSED2:
        throw new Refusal('compressed records (perf record -z): their contents cannot be rewritten in place');
      case PerfRecord.AUXTRACE:
        throw new Refusal('AUX area tracing data (PERF_RECORD_AUXTRACE): not rewritten');
      case PerfRecord.HEADER_ATTR:
        throw new Refusal('attrs inside the data section (PERF_RECORD_HEADER_ATTR, a file converted from pipe mode)');
      case PerfRecord.FORK:
      case PerfRecord.EXIT: {
        at = ensure(position, size);
        const pid = chunk.readUInt32LE(at + 8);
        const ppid = chunk.readUInt32LE(at + 12);
        const tid = chunk.readUInt32LE(at + 16);
        const time = timeOf(at, size, 24, position);
        if (pid === tid && (type === PerfRecord.EXIT || pid !== ppid)) tasks.push({ kind: type === PerfRecord.FORK ? 'fork' : 'exit', pid, time, offset: position });
        break;
      }
      case PerfRecord.COMM:
        if ((misc & PERF_RECORD_MISC_COMM_EXEC) !== 0) {
          at = ensure(position, size);
          tasks.push({ kind: 'exec', pid: chunk.readUInt32LE(at + 8), time: timeOf(at, size, 8, position), offset: position });
        }
        break;
      case PerfRecord.MMAP:
      case PerfRecord.MMAP2: {
        at = ensure(position, size);
        maps.push({ pid: chunk.readUInt32LE(at + 8), time: timeOf(at, size, 32, position), offset: position });
        const nameStart = mmapFilenameOffset[type] as number;
        const nameEnd = size - layoutOf(at, size).trailerBytes;
        if (nameEnd > nameStart) {
          const field = chunk.subarray(at + nameStart, at + nameEnd);
          const terminator = field.indexOf(0);
          const name = field.toString('latin1', 0, terminator < 0 ? field.length : terminator);
          if (name.endsWith('.dump')) jitdumps.push({ path: name, offset: position + nameStart, bytes: field.length });
        }
        break;
      }
    }
    position += size;
  }
  return { tasks, maps, jitdumps };
}
