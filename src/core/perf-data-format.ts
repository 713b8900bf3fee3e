/**
 * The parts of the perf.data file format (file mode, as `perf record -o FILE` writes it) that the
 * exec fix needs, parsed from bytes the shell side has read: the file header, the attr section with
 * each attr's ids, record headers, and where a record's timestamp sits in its sample_id_all trailer.
 * Also the pure planning of the fix itself (which records to rewrite).
 *
 * Layouts (tools/perf/util/header.h, include/uapi/linux/perf_event.h):
 * - perf_file_header (104 bytes): magic "PERFILE2", size, attr_size, attrs {offset, size},
 *   data {offset, size}, event_types {offset, size}, a 256-bit feature bitmap. Pipe mode writes a
 *   16-byte perf_pipe_file_header (magic, size = 16) and its attrs as records instead.
 * - perf_file_attr: a perf_event_attr of attr.size bytes, then ids {offset, size} (u64 ids).
 * - records: perf_event_header {u32 type, u16 misc, u16 size}, size including the header.
 *   Non-sample kernel records (type < 64) end with the sample_id trailer when attr.sample_id_all
 *   is set: TID, TIME, ID, STREAM_ID, CPU, IDENTIFIER (each u64, present per sample_type bit), so
 *   TIME's distance from the record's end depends only on the bits after it.
 *
 * Only little-endian files are understood (a file written on a big-endian host has a
 * byte-swapped magic).
 */

export const perfFileHeaderBytes = 104;
export const perfPipeHeaderBytes = 16;
export const perfRecordHeaderBytes = 8;
/** perf_event_attr size of the first ABI version; smaller attrs do not exist. */
const attrSizeVer0 = 64;

/** "PERFILE2" read as a little-endian u64, and as a big-endian file stores it. */
const magicLittle = 0x32454c4946524550n;
const magicBig = 0x50455246494c4532n;

export const PerfRecord = {
  MMAP: 1,
  COMM: 3,
  EXIT: 4,
  FORK: 7,
  SAMPLE: 9,
  MMAP2: 10,
  /** First user (perf-synthesized) type; those carry no sample_id trailer. */
  USER_TYPE_START: 64,
  HEADER_ATTR: 64,
  /** Its AUX payload follows the record outside header.size. */
  AUXTRACE: 71,
  COMPRESSED: 81,
  /** perf ≥ 6.x's newer compressed record. */
  COMPRESSED2: 83,
} as const;

export const PerfSampleBit = {
  TID: 1 << 1,
  TIME: 1 << 2,
  ID: 1 << 6,
  CPU: 1 << 7,
  STREAM_ID: 1 << 9,
  IDENTIFIER: 1 << 16,
} as const;

/** header.misc bit of a PERF_RECORD_COMM emitted by exec (attr.comm_exec). */
export const PERF_RECORD_MISC_COMM_EXEC = 1 << 13;

/** perf_event_attr flag bits (the u64 at offset 40). */
const attrFlagSampleIdAll = 1 << 18;
const attrFlagCommExec = 1 << 24;

/** Feature bits of the header's bitmap (enum in tools/perf/util/header.h). */
const featureDirFormat = 24;
const featureCompressed = 27;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface FileSection {
  offset: number;
  size: number;
}

export interface PerfFileHeader {
  attrSize: number;
  attrs: FileSection;
  data: FileSection;
  /** 256 feature bits. */
  features: Uint8Array;
}

export interface PerfFileAttr {
  type: number;
  /** attr.size: the ids section follows the attr at this offset inside the entry. */
  size: number;
  /** The low 32 bits of sample_type (every bit this module looks at is below 32). */
  sampleType: number;
  sampleIdAll: boolean;
  commExec: boolean;
  ids: FileSection;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A u64 offset or size as a number, or undefined when it does not fit exactly. */
function readSize(data: DataView, offset: number): number | undefined {
  const value = data.getBigUint64(offset, true);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

/**
 * Parses the file header from the file's first bytes (at least 16; 104 for a file-mode header).
 * Refuses pipe mode, other endianness, other formats, sections outside the file, compressed and
 * directory-format data.
 */
export function parsePerfFileHeader(bytes: Uint8Array, fileSize: number): Parsed<PerfFileHeader> {
  if (fileSize < perfPipeHeaderBytes || bytes.byteLength < perfPipeHeaderBytes) return { ok: false, reason: `not a perf.data file: only ${fileSize} bytes` };
  const data = view(bytes);
  const magic = data.getBigUint64(0, true);
  if (magic === magicBig) return { ok: false, reason: 'perf.data written on a big-endian machine (other byte order)' };
  if (magic !== magicLittle) return { ok: false, reason: 'not a perf.data file (no PERFILE2 magic)' };
  const headerSize = readSize(data, 8);
  if (headerSize === perfPipeHeaderBytes) return { ok: false, reason: 'pipe-mode perf.data (attrs and features inside the stream): only file mode is rewritten' };
  if (headerSize !== perfFileHeaderBytes) return { ok: false, reason: `unknown perf.data header size ${headerSize ?? 'huge'}` };
  if (fileSize < perfFileHeaderBytes || bytes.byteLength < perfFileHeaderBytes) return { ok: false, reason: `truncated perf.data: ${fileSize} bytes, shorter than its header` };
  const attrSize = readSize(data, 16);
  const attrs = { offset: readSize(data, 24), size: readSize(data, 32) };
  const dataSection = { offset: readSize(data, 40), size: readSize(data, 48) };
  if (attrSize === undefined || attrs.offset === undefined || attrs.size === undefined || dataSection.offset === undefined || dataSection.size === undefined) {
    return { ok: false, reason: 'perf.data header with out-of-range sections' };
  }
  if (attrSize < attrSizeVer0 + 16 || attrs.size === 0 || attrs.size % attrSize !== 0) {
    return { ok: false, reason: `perf.data attr section of ${attrs.size} bytes does not hold whole ${attrSize}-byte attrs` };
  }
  const features = bytes.slice(72, 104);
  const feature = (bit: number) => ((features[bit >> 3] as number) & (1 << (bit & 7))) !== 0;
  if (feature(featureCompressed)) return { ok: false, reason: 'compressed perf.data (perf record -z): its records are not rewritten' };
  if (feature(featureDirFormat)) return { ok: false, reason: 'directory-format perf.data (perf record --threads): only single files are rewritten' };
  if (attrs.offset + attrs.size > fileSize) return { ok: false, reason: `truncated perf.data: attr section ends at ${attrs.offset + attrs.size}, file is ${fileSize} bytes` };
  if (dataSection.offset < perfFileHeaderBytes) return { ok: false, reason: `perf.data data section at offset ${dataSection.offset}, inside the header` };
  if (dataSection.offset + dataSection.size > fileSize) {
    return { ok: false, reason: `truncated perf.data: data section ends at ${dataSection.offset + dataSection.size}, file is ${fileSize} bytes` };
  }
  return { ok: true, value: { attrSize, attrs: { offset: attrs.offset, size: attrs.size }, data: { offset: dataSection.offset, size: dataSection.size }, features } };
}

/** Parses one perf_file_attr entry (`attrSize` bytes). */
export function parsePerfFileAttr(entry: Uint8Array, attrSize: number): Parsed<PerfFileAttr> {
  if (entry.byteLength < attrSize) return { ok: false, reason: 'truncated attr entry' };
  const data = view(entry);
  const size = data.getUint32(4, true);
  if (size < attrSizeVer0 || size + 16 > attrSize) return { ok: false, reason: `perf_event_attr of ${size} bytes in a ${attrSize}-byte attr entry` };
  if (data.getUint32(28, true) !== 0) return { ok: false, reason: 'sample_type bits above 31 (a newer perf than this reader knows)' };
  const sampleType = data.getUint32(24, true);
  const flags = data.getUint32(40, true);
  const idsOffset = readSize(data, size);
  const idsSize = readSize(data, size + 8);
  if (idsOffset === undefined || idsSize === undefined || idsSize % 8 !== 0) return { ok: false, reason: 'attr with a malformed ids section' };
  return {
    ok: true,
    value: {
      type: data.getUint32(0, true),
      size,
      sampleType,
      sampleIdAll: (flags & attrFlagSampleIdAll) !== 0,
      commExec: (flags & attrFlagCommExec) !== 0,
      ids: { offset: idsOffset, size: idsSize },
    },
  };
}

/** Reads an ids section's u64 ids. */
export function parseIds(bytes: Uint8Array): bigint[] {
  const data = view(bytes);
  const ids: bigint[] = [];
  for (let offset = 0; offset + 8 <= bytes.byteLength; offset += 8) ids.push(data.getBigUint64(offset, true));
  return ids;
}

/** The sample_id trailer of one attr: its size and TIME's distance from the record's end. */
export interface SampleIdLayout {
  trailerBytes: number;
  timeFromEnd: number;
}

export function sampleIdLayout(sampleType: number): SampleIdLayout {
  const has = (bit: number) => (sampleType & bit) !== 0;
  const after = [PerfSampleBit.ID, PerfSampleBit.STREAM_ID, PerfSampleBit.CPU, PerfSampleBit.IDENTIFIER].filter(has).length;
  return { trailerBytes: 8 * (after + (has(PerfSampleBit.TIME) ? 1 : 0) + (has(PerfSampleBit.TID) ? 1 : 0)), timeFromEnd: 8 * (1 + after) };
}

/**
 * How to find a non-sample record's timestamp: one layout for every attr, or (attrs with different
 * layouts) per attr, found by the record's PERF_SAMPLE_IDENTIFIER (its last u64). Id 0 is perf's
 * synthesized records and means the first attr, as in perf's evlist__event2evsel.
 */
export type TimeLocator = { kind: 'uniform'; layout: SampleIdLayout } | { kind: 'identifier'; first: SampleIdLayout; byId: Map<bigint, SampleIdLayout> };

export function chooseTimeLocator(attrs: readonly { attr: PerfFileAttr; ids: readonly bigint[] }[]): Parsed<TimeLocator> {
  const first = attrs[0];
  if (!first) return { ok: false, reason: 'perf.data without attrs' };
  for (const { attr } of attrs) {
    if (!attr.sampleIdAll) return { ok: false, reason: 'recorded without sample_id_all: task and mmap records carry no timestamps' };
    if ((attr.sampleType & PerfSampleBit.TIME) === 0) return { ok: false, reason: 'recorded without PERF_SAMPLE_TIME: task and mmap records carry no timestamps' };
  }
  const layouts = attrs.map(({ attr }) => sampleIdLayout(attr.sampleType));
  const firstLayout = layouts[0] as SampleIdLayout;
  if (layouts.every((layout) => layout.trailerBytes === firstLayout.trailerBytes && layout.timeFromEnd === firstLayout.timeFromEnd)) {
    return { ok: true, value: { kind: 'uniform', layout: firstLayout } };
  }
  if (!attrs.every(({ attr }) => (attr.sampleType & PerfSampleBit.IDENTIFIER) !== 0)) {
    return { ok: false, reason: 'attrs with different sample_id layouts and no PERF_SAMPLE_IDENTIFIER: a record\'s timestamp cannot be located' };
  }
  const byId = new Map<bigint, SampleIdLayout>();
  attrs.forEach(({ ids }, index) => {
    for (const id of ids) byId.set(id, layouts[index] as SampleIdLayout);
  });
  return { ok: true, value: { kind: 'identifier', first: firstLayout, byId } };
}

/** A process's fork, exec or exit, with the file offset of its record. */
export interface TaskEvent {
  kind: 'fork' | 'exec' | 'exit';
  pid: number;
  time: bigint;
  offset: number;
}

export interface MapEvent {
  pid: number;
  time: bigint;
  offset: number;
}

export interface ExecFixPlan {
  /** Offsets of FORK records to turn into EXIT records. */
  forks: number[];
  /** Offsets of MMAP/MMAP2 records whose pid/tid become `detachedPid`. */
  maps: number[];
  /** Distinct pids with a rewritten fork or detached map. */
  processes: number;
  execs: number;
}

/** pid/tid given to detached maps: above the kernel's PID_MAX_LIMIT (2^22), so no real process. */
export const detachedPid = 0x3ffffff0;

const kindOrder = { fork: 0, exec: 1, exit: 2 } as const;

/**
 * Plans the rewrite, by timestamps only (record order in perf.data is per-CPU buffer order).
 * For each pid, its lifecycle (`fork`: a new process, pid = tid ≠ ppid; `exec`; `exit` of the
 * process, pid = tid) is sorted by time, and a record is rewritten when the pid's next lifecycle
 * event after it is an exec:
 * - a fork followed by an exec: perf would clone the parent's maps into the child and keep them
 *   over the exec; as an EXIT (same layout) it is a no-op, and the exec's COMM creates the thread;
 * - an mmap followed by an exec belongs to an image the exec replaced (a re-exec, or perf's own
 *   workload before it execs the benchmark).
 * Looking at the next event, not only "before the pid's last exec", keeps a reused pid's earlier
 * process (a fork child that never exec'd) intact.
 */
export function planExecFix(tasks: readonly TaskEvent[], maps: readonly MapEvent[]): ExecFixPlan {
  const byPid = new Map<number, TaskEvent[]>();
  let execs = 0;
  for (const task of tasks) {
    if (task.kind === 'exec') execs += 1;
    let list = byPid.get(task.pid);
    if (!list) byPid.set(task.pid, (list = []));
    list.push(task);
  }
  for (const list of byPid.values()) list.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : kindOrder[a.kind] - kindOrder[b.kind]));
  /** The pid's first lifecycle event strictly after `time`. */
  const nextAfter = (list: readonly TaskEvent[], time: bigint): TaskEvent | undefined => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle] as TaskEvent).time <= time) low = middle + 1;
      else high = middle;
    }
    return list[low];
  };
  const processes = new Set<number>();
  const forks: number[] = [];
  for (const [pid, list] of byPid) {
    for (const task of list) {
      if (task.kind === 'fork' && nextAfter(list, task.time)?.kind === 'exec') {
        forks.push(task.offset);
        processes.add(pid);
      }
    }
  }
  const detached: number[] = [];
  for (const map of maps) {
    const list = byPid.get(map.pid);
    if (list && nextAfter(list, map.time)?.kind === 'exec') {
      detached.push(map.offset);
      processes.add(map.pid);
    }
  }
  return { forks: forks.sort((a, b) => a - b), maps: detached.sort((a, b) => a - b), processes: processes.size, execs };
}

/** Where an MMAP/MMAP2 record's file name starts (after the header and the fixed fields). */
export const mmapFilenameOffset: Readonly<Record<number, number>> = { [PerfRecord.MMAP]: perfRecordHeaderBytes + 32, [PerfRecord.MMAP2]: perfRecordHeaderBytes + 64 };

/**
 * The name a jitdump's mmap record is given so that `perf inject --jit` writes the jitted code
 * beside its own working directory: `./jit-PID.dump` for an absolute `/DIR/jit-PID.dump`,
 * undefined for any other file (a name already relative among them). perf inject recognises a
 * jitdump by its name's `/jit-PID.dump` ending and writes each jitted-PID-N.so into the directory
 * of the name the record gives. Never longer than `path`, so it fits where the old name was.
 */
export function relocatedJitdumpName(path: string): string | undefined {
  const match = /^\/(?:.*\/)?(jit-\d+\.dump)$/.exec(path);
  return match ? `./${match[1]}` : undefined;
}
