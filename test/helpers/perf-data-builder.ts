/**
 * Hand-made perf.data files (file mode, little-endian) for the exec-fix tests: a perf_file_header,
 * attrs with their ids, and records with a sample_id_all trailer laid out from each attr's
 * sample_type, as perf 6.1 writes them.
 */
import { PerfRecord, PerfSampleBit, PERF_RECORD_MISC_COMM_EXEC } from '../../src/core/perf-data-format.js';

export interface BuilderAttr {
  sampleType: number;
  sampleIdAll?: boolean;
  commExec?: boolean;
  ids: bigint[];
}

export interface BuilderRecord {
  type: number;
  misc?: number;
  /** Bytes between the header and the trailer. */
  body: Buffer;
  /** Trailer values; omitted → no trailer (user records). */
  sampleId?: { pid: number; tid: number; time: bigint; id?: bigint; cpu?: number };
  /** Which attr's layout the trailer follows (default 0). */
  attr?: number;
}

/** The default attr: sample_type of `perf record -e cpu-clock --call-graph dwarf -k 1` (perf 6.1). */
export const dwarfSampleType = 0xb12f;

const attrStructBytes = 128;
const attrEntryBytes = attrStructBytes + 16;

function sampleIdTrailer(sampleType: number, values: NonNullable<BuilderRecord['sampleId']>): Buffer {
  const words: Buffer[] = [];
  const u64 = (value: bigint) => {
    const word = Buffer.alloc(8);
    word.writeBigUInt64LE(value);
    words.push(word);
  };
  if (sampleType & PerfSampleBit.TID) {
    const word = Buffer.alloc(8);
    word.writeUInt32LE(values.pid, 0);
    word.writeUInt32LE(values.tid, 4);
    words.push(word);
  }
  if (sampleType & PerfSampleBit.TIME) u64(values.time);
  if (sampleType & PerfSampleBit.ID) u64(values.id ?? 0n);
  if (sampleType & PerfSampleBit.STREAM_ID) u64(values.id ?? 0n);
  if (sampleType & PerfSampleBit.CPU) u64(BigInt(values.cpu ?? 0));
  if (sampleType & PerfSampleBit.IDENTIFIER) u64(values.id ?? 0n);
  return Buffer.concat(words);
}

export function encodeRecord(record: BuilderRecord, attrs: readonly BuilderAttr[]): Buffer {
  const trailer = record.sampleId ? sampleIdTrailer((attrs[record.attr ?? 0] as BuilderAttr).sampleType, record.sampleId) : Buffer.alloc(0);
  const header = Buffer.alloc(8);
  header.writeUInt32LE(record.type, 0);
  header.writeUInt16LE(record.misc ?? 0, 4);
  header.writeUInt16LE(8 + record.body.length + trailer.length, 6);
  return Buffer.concat([header, record.body, trailer]);
}

export function buildPerfData(attrs: readonly BuilderAttr[], records: readonly BuilderRecord[], options: { features?: number[] } = {}): Buffer {
  const header = Buffer.alloc(104);
  header.write('PERFILE2', 0, 'latin1');
  header.writeBigUInt64LE(104n, 8);
  header.writeBigUInt64LE(BigInt(attrEntryBytes), 16);
  const idsStart = 104;
  const idsBytes = attrs.reduce((sum, attr) => sum + 8 * attr.ids.length, 0);
  const attrsStart = idsStart + idsBytes;
  const dataStart = attrsStart + attrs.length * attrEntryBytes;
  const ids = Buffer.alloc(idsBytes);
  const entries = Buffer.alloc(attrs.length * attrEntryBytes);
  let idOffset = 0;
  attrs.forEach((attr, index) => {
    const entry = index * attrEntryBytes;
    entries.writeUInt32LE(1, entry); // PERF_TYPE_SOFTWARE
    entries.writeUInt32LE(attrStructBytes, entry + 4);
    entries.writeBigUInt64LE(BigInt(attr.sampleType), entry + 24);
    const flags = (attr.sampleIdAll ?? true ? 1 << 18 : 0) | (attr.commExec ?? true ? 1 << 24 : 0) | (1 << 25);
    entries.writeUInt32LE(flags >>> 0, entry + 40);
    entries.writeBigUInt64LE(BigInt(idsStart + idOffset), entry + attrStructBytes);
    entries.writeBigUInt64LE(BigInt(8 * attr.ids.length), entry + attrStructBytes + 8);
    for (const id of attr.ids) {
      ids.writeBigUInt64LE(id, idOffset);
      idOffset += 8;
    }
  });
  const data = Buffer.concat(records.map((record) => encodeRecord(record, attrs)));
  header.writeBigUInt64LE(BigInt(attrsStart), 24);
  header.writeBigUInt64LE(BigInt(entries.length), 32);
  header.writeBigUInt64LE(BigInt(dataStart), 40);
  header.writeBigUInt64LE(BigInt(data.length), 48);
  for (const bit of options.features ?? []) header[72 + (bit >> 3)]! |= 1 << (bit & 7);
  return Buffer.concat([header, ids, entries, data]);
}

function u32s(...values: number[]): Buffer {
  const buffer = Buffer.alloc(4 * values.length);
  values.forEach((value, index) => buffer.writeUInt32LE(value >>> 0, 4 * index));
  return buffer;
}

/** PERF_RECORD_FORK / EXIT body: pid, ppid, tid, ptid, time. */
export function taskRecord(type: number, pid: number, ppid: number, time: bigint, tid = pid): BuilderRecord {
  const time64 = Buffer.alloc(8);
  time64.writeBigUInt64LE(time);
  return { type, body: Buffer.concat([u32s(pid, ppid, tid, ppid), time64]), sampleId: { pid: ppid, tid: ppid, time } };
}

export function forkRecord(pid: number, ppid: number, time: bigint, tid = pid): BuilderRecord {
  return taskRecord(PerfRecord.FORK, pid, ppid, time, tid);
}

export function execRecord(pid: number, comm: string, time: bigint): BuilderRecord {
  const name = Buffer.alloc(Math.ceil((comm.length + 1) / 8) * 8);
  name.write(comm, 'latin1');
  return { type: PerfRecord.COMM, misc: PERF_RECORD_MISC_COMM_EXEC, body: Buffer.concat([u32s(pid, pid), name]), sampleId: { pid, tid: pid, time } };
}

/** PERF_RECORD_MMAP2 of `path` at `address`. */
export function mmap2Record(pid: number, time: bigint, address: bigint, path: string): BuilderRecord {
  const fixed = Buffer.alloc(8 + 24 + 24 + 8);
  fixed.writeUInt32LE(pid, 0);
  fixed.writeUInt32LE(pid, 4);
  fixed.writeBigUInt64LE(address, 8);
  fixed.writeBigUInt64LE(0x1000n, 16);
  fixed.writeUInt32LE(5, 56); // prot r-x
  const name = Buffer.alloc(Math.ceil((path.length + 1) / 8) * 8);
  name.write(path, 'latin1');
  return { type: PerfRecord.MMAP2, misc: 2, body: Buffer.concat([fixed, name]), sampleId: { pid, tid: pid, time } };
}

/** A PERF_RECORD_SAMPLE of `bytes` opaque bytes (never parsed by the fix). */
export function sampleRecord(bytes: number, fill = 0xab): BuilderRecord {
  return { type: PerfRecord.SAMPLE, misc: 2, body: Buffer.alloc(bytes, fill) };
}

/** PERF_RECORD_FINISHED_ROUND: a user record without trailer. */
export function finishedRoundRecord(): BuilderRecord {
  return { type: 68, body: Buffer.alloc(0) };
}
