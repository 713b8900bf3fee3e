/**
 * The in-place perf.data rewrite for exec'd children on small hand-made files: what it changes
 * (by timestamps, not file order), what it leaves alone, and the files it refuses without touching.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detachedPid, PerfRecord, PerfSampleBit, planExecFix, relocatedJitdumpName, sampleIdLayout } from '../../src/core/perf-data-format.js';
import { fixExecMaps, relocateJitdumps } from '../../src/shell/perf-data-rewrite.js';
import {
  buildPerfData,
  dwarfSampleType,
  execRecord,
  finishedRoundRecord,
  forkRecord,
  mmap2Record,
  sampleRecord,
  taskRecord,
  type BuilderAttr,
  type BuilderRecord,
} from '../helpers/perf-data-builder.js';

const scratch = mkdtempSync(join(tmpdir(), 'ppg-exec-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let fileCount = 0;
function writeData(bytes: Buffer): string {
  const path = join(scratch, `case-${(fileCount += 1)}.data`);
  writeFileSync(path, bytes);
  return path;
}

/** (type, pid) of each record of a file the builder made (data section from the header). */
function records(bytes: Buffer): { type: number; pid: number }[] {
  const start = Number(bytes.readBigUInt64LE(40));
  const end = start + Number(bytes.readBigUInt64LE(48));
  const out: { type: number; pid: number }[] = [];
  for (let position = start; position < end; position += bytes.readUInt16LE(position + 6)) {
    const type = bytes.readUInt32LE(position);
    out.push({ type, pid: type < 64 && type !== PerfRecord.SAMPLE ? bytes.readUInt32LE(position + 8) : -1 });
  }
  return out;
}

const attr: BuilderAttr = { sampleType: dwarfSampleType, ids: [11n, 12n] };
const libpython = '/opt/python/lib/libpython3.13.so.1.0';

/** A parent (100) that runs a child (101) which execs python; records deliberately out of time order. */
function subprocessRecording(): BuilderRecord[] {
  return [
    execRecord(100, 'python3.13', 1_000n),
    mmap2Record(100, 1_010n, 0x7f0000000000n, libpython),
    sampleRecord(2000),
    // CPU 1's buffer flushed first: the child's exec and maps, then (CPU 0) its fork.
    execRecord(101, 'python3.13', 5_000n),
    mmap2Record(101, 5_010n, 0x7f8000000000n, libpython),
    sampleRecord(16_000),
    finishedRoundRecord(),
    forkRecord(101, 100, 4_000n),
    mmap2Record(100, 4_500n, 0x7f0000100000n, '/tmp/jit-100.dump'),
    sampleRecord(300),
    taskRecord(PerfRecord.EXIT, 101, 100, 6_000n),
  ];
}

describe('fixExecMaps', () => {
  it('turns the fork of an exec\'d child into an exit, by timestamp, and keeps the file size', () => {
    const bytes = buildPerfData([attr], subprocessRecording());
    const path = writeData(bytes);
    const summary = fixExecMaps(path);
    expect(summary).toMatchObject({ outcome: 'rewritten', processesFixed: 1, forksRewritten: 1, mapsDetached: 0, execs: 2 });
    expect(summary.reason).toBeUndefined();
    const after = readFileSync(path);
    expect(after.length).toBe(bytes.length);
    const types = records(after).map((record) => record.type);
    expect(types[7]).toBe(PerfRecord.EXIT);
    // Nothing else changed: exactly the 4-byte type of that record.
    const changed = [...after.keys()].filter((index) => after[index] !== bytes[index]);
    expect(changed).toEqual([offsetOf(bytes, 7)]);
    // Running it again finds nothing to do.
    expect(fixExecMaps(path)).toMatchObject({ outcome: 'unchanged', forksRewritten: 0, mapsDetached: 0 });
  });

  it('detaches the maps of an image a process replaced by exec\'ing again, and only those', () => {
    const bytes = buildPerfData(
      [attr],
      [
        forkRecord(200, 100, 1_000n),
        execRecord(200, 'setarch', 2_000n),
        mmap2Record(200, 2_100n, 0x7f1000000000n, '/usr/lib/x86_64-linux-gnu/libc.so.6'),
        sampleRecord(500),
        // The second image's maps are written before the second exec in file order but are later in time.
        mmap2Record(200, 3_100n, 0x7f2000000000n, libpython),
        execRecord(200, 'python3.13', 3_000n),
        mmap2Record(200, 2_900n, 0x7f1000100000n, '/usr/bin/setarch'),
      ],
    );
    const path = writeData(bytes);
    expect(fixExecMaps(path)).toMatchObject({ outcome: 'rewritten', processesFixed: 1, forksRewritten: 1, mapsDetached: 2, execs: 2 });
    expect(records(readFileSync(path))).toEqual([
      { type: PerfRecord.EXIT, pid: 200 },
      { type: PerfRecord.COMM, pid: 200 },
      { type: PerfRecord.MMAP2, pid: detachedPid },
      { type: PerfRecord.SAMPLE, pid: -1 },
      { type: PerfRecord.MMAP2, pid: 200 },
      { type: PerfRecord.COMM, pid: 200 },
      { type: PerfRecord.MMAP2, pid: detachedPid },
    ]);
  });

  it('leaves fork children that never exec, threads, and a reused pid\'s earlier process alone', () => {
    const bytes = buildPerfData(
      [attr],
      [
        forkRecord(300, 100, 1_000n), // multiprocessing fork child
        mmap2Record(300, 1_100n, 0x7f3000000000n, '/tmp/jit-300.dump'),
        forkRecord(100, 100, 1_200n, 301), // a thread of the parent
        taskRecord(PerfRecord.EXIT, 300, 100, 2_000n),
        // pid 300 reused by a subprocess child that execs
        forkRecord(300, 100, 3_000n),
        execRecord(300, 'python3.13', 3_500n),
      ],
    );
    const path = writeData(bytes);
    expect(fixExecMaps(path)).toMatchObject({ outcome: 'rewritten', forksRewritten: 1, mapsDetached: 0 });
    expect(records(readFileSync(path)).map((record) => record.type)).toEqual([
      PerfRecord.FORK,
      PerfRecord.MMAP2,
      PerfRecord.FORK,
      PerfRecord.EXIT,
      PerfRecord.EXIT,
      PerfRecord.COMM,
    ]);
  });

  it('finds each record\'s attr by PERF_SAMPLE_IDENTIFIER when the attrs\' trailers differ', () => {
    const withCpu: BuilderAttr = { sampleType: dwarfSampleType | PerfSampleBit.CPU | PerfSampleBit.IDENTIFIER, ids: [21n, 22n] };
    const plain: BuilderAttr = { sampleType: PerfSampleBit.TID | PerfSampleBit.TIME | PerfSampleBit.IDENTIFIER, ids: [31n] };
    const onAttr = (record: BuilderRecord, index: number, id: bigint): BuilderRecord => ({ ...record, attr: index, sampleId: { ...record.sampleId!, id } });
    const bytes = buildPerfData(
      [withCpu, plain],
      [
        onAttr(forkRecord(401, 400, 9_000n), 1, 31n),
        onAttr(execRecord(401, 'python3.13', 9_500n), 0, 22n),
        onAttr(mmap2Record(401, 9_400n, 0x7f4000000000n, '/usr/bin/python3.13'), 1, 31n),
        // perf's synthesized records have id 0: the first attr's layout.
        onAttr(mmap2Record(401, 9_600n, 0x7f4000100000n, libpython), 0, 0n),
      ],
    );
    const path = writeData(bytes);
    expect(fixExecMaps(path)).toMatchObject({ outcome: 'rewritten', forksRewritten: 1, mapsDetached: 1 });
    expect(records(readFileSync(path)).map((record) => record.pid)).toEqual([401, 401, detachedPid, 401]);
  });

  it('reads across chunk boundaries the same as in one piece', () => {
    const many: BuilderRecord[] = [];
    for (let child = 0; child < 40; child += 1) {
      const pid = 1000 + child;
      const t = BigInt(10_000 * (child + 1));
      many.push(sampleRecord(16_000 + child), forkRecord(pid, 100, t), sampleRecord(777), execRecord(pid, 'python3.13', t + 50n), mmap2Record(pid, t + 20n, 0x7f0000000000n, '/x'));
    }
    const bytes = buildPerfData([attr], many);
    const small = writeData(bytes);
    const large = writeData(bytes);
    expect(fixExecMaps(small, { chunkBytes: 1 })).toMatchObject({ outcome: 'rewritten', processesFixed: 40, forksRewritten: 40, mapsDetached: 40 });
    expect(fixExecMaps(large)).toMatchObject({ outcome: 'rewritten', processesFixed: 40, forksRewritten: 40, mapsDetached: 40 });
    expect(readFileSync(small).equals(readFileSync(large))).toBe(true);
  });

  it('reports a recording without exec-marked COMM records', () => {
    const path = writeData(buildPerfData([{ ...attr, commExec: false }], [forkRecord(101, 100, 4_000n)]));
    const summary = fixExecMaps(path);
    expect(summary.outcome).toBe('unchanged');
    expect(summary.reason).toMatch(/comm_exec/);
  });
});

describe('fixExecMaps refuses files it does not understand, leaving them untouched', () => {
  const good = () => buildPerfData([attr], subprocessRecording());
  const refusals: [string, () => Buffer, RegExp][] = [
    [
      'pipe mode',
      () => {
        const pipe = Buffer.alloc(16 + 40);
        pipe.write('PERFILE2', 0, 'latin1');
        pipe.writeBigUInt64LE(16n, 8);
        return pipe;
      },
      /pipe-mode/,
    ],
    ['compressed (feature bit)', () => buildPerfData([attr], subprocessRecording(), { features: [27] }), /compressed/],
    ['compressed (record)', () => buildPerfData([attr], [...subprocessRecording(), { type: PerfRecord.COMPRESSED, body: Buffer.alloc(64) }]), /compressed records/],
    ['directory format', () => buildPerfData([attr], subprocessRecording(), { features: [24] }), /directory-format/],
    ['no sample_id_all', () => buildPerfData([{ ...attr, sampleIdAll: false }], subprocessRecording()), /sample_id_all/],
    ['no TIME', () => buildPerfData([{ ...attr, sampleType: dwarfSampleType & ~PerfSampleBit.TIME }], subprocessRecording()), /PERF_SAMPLE_TIME/],
    [
      'big-endian',
      () => {
        const bytes = good();
        Buffer.from('PERFILE2', 'latin1').reverse().copy(bytes, 0);
        return bytes;
      },
      /big-endian/,
    ],
    ['not perf.data', () => Buffer.from('#!/bin/sh\necho this is not perf data at all, no\n'), /not a perf\.data file/],
    ['tiny file', () => Buffer.from('PERF'), /only 4 bytes/],
    ['truncated inside the data section', () => good().subarray(0, good().length - 100), /truncated/],
    ['truncated inside the header', () => good().subarray(0, 60), /truncated/],
    [
      'record crossing the end of the data section',
      () => {
        const bytes = good();
        bytes.writeBigUInt64LE(bytes.readBigUInt64LE(48) - 4n, 48);
        return bytes;
      },
      /crosses the end/,
    ],
    [
      'zero-size record',
      () => {
        const bytes = good();
        bytes.writeUInt16LE(0, dataStart(bytes) + 6);
        return bytes;
      },
      /record of 0 bytes/,
    ],
    [
      'different trailers without IDENTIFIER',
      () => buildPerfData([attr, { sampleType: dwarfSampleType | PerfSampleBit.CPU, ids: [9n] }], subprocessRecording()),
      /IDENTIFIER/,
    ],
    [
      'unknown sample id',
      () => {
        const withId: BuilderAttr = { sampleType: dwarfSampleType | PerfSampleBit.IDENTIFIER, ids: [5n] };
        const other: BuilderAttr = { sampleType: dwarfSampleType | PerfSampleBit.CPU | PerfSampleBit.IDENTIFIER, ids: [6n] };
        return buildPerfData([withId, other], [{ ...forkRecord(2, 1, 10n), sampleId: { pid: 1, tid: 1, time: 10n, id: 77n } }]);
      },
      /sample id 77/,
    ],
    ['AUX trace data', () => buildPerfData([attr], [{ type: PerfRecord.AUXTRACE, body: Buffer.alloc(40) }]), /AUXTRACE/],
  ];
  it.each(refusals)('%s', (_name, make, reason) => {
    const bytes = make();
    const path = writeData(bytes);
    const summary = fixExecMaps(path);
    expect(summary.outcome).toBe('refused');
    expect(summary.reason).toMatch(reason);
    expect(summary.forksRewritten + summary.mapsDetached).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a missing file', () => {
    expect(fixExecMaps(join(scratch, 'absent.data'))).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/cannot open/) });
  });

  it('a refused compressed record late in the file does not leave the forks before it rewritten', () => {
    const bytes = buildPerfData([attr], [...subprocessRecording(), { type: PerfRecord.COMPRESSED, body: Buffer.alloc(8) }]);
    const path = writeData(bytes);
    expect(fixExecMaps(path).outcome).toBe('refused');
    expect(statSync(path).size).toBe(bytes.length);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

/** The NUL-terminated file name of the MMAP2 record at `index` (name field at header + 64). */
function mmap2Name(bytes: Buffer, index: number): { name: string; field: Buffer } {
  const at = offsetOf(bytes, index);
  const field = bytes.subarray(at + 72, at + bytes.readUInt16LE(at + 6) - sampleIdLayout(dwarfSampleType).trailerBytes);
  return { name: field.toString('latin1', 0, field.indexOf(0)), field };
}

describe('relocateJitdumps', () => {
  it('renames each jitdump\'s mmap record ./jit-PID.dump in place, NUL-padded, and touches nothing else', () => {
    const bytes = buildPerfData([attr], subprocessRecording());
    const path = writeData(bytes);
    expect(relocateJitdumps(path)).toEqual({ outcome: 'relocated', jitdumps: [{ path: '/tmp/jit-100.dump', name: './jit-100.dump' }] });
    const after = readFileSync(path);
    expect(after.length).toBe(bytes.length);
    const jit = mmap2Name(after, 8);
    expect(jit.name).toBe('./jit-100.dump');
    expect([...jit.field.subarray('./jit-100.dump'.length)].every((byte) => byte === 0)).toBe(true);
    expect(mmap2Name(after, 1).name).toBe(libpython);
    // Only bytes of that one name field changed.
    const start = offsetOf(bytes, 8) + 72;
    const changed = [...after.keys()].filter((index) => after[index] !== bytes[index]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((index) => index >= start && index < start + jit.field.length)).toBe(true);
    // Again: the name is relative now, nothing to rename.
    expect(relocateJitdumps(path)).toEqual({ outcome: 'relocated', jitdumps: [] });
    expect(readFileSync(path).equals(after)).toBe(true);
  });

  it('finds nothing to rename in a recording without jitdumps', () => {
    const bytes = buildPerfData([attr], [execRecord(7, 'python3.13', 10n), mmap2Record(7, 20n, 0x7f0000000000n, libpython), sampleRecord(64)]);
    const path = writeData(bytes);
    expect(relocateJitdumps(path)).toEqual({ outcome: 'relocated', jitdumps: [] });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses what fixExecMaps refuses, leaving the file untouched', () => {
    const bytes = buildPerfData([attr], [...subprocessRecording(), { type: PerfRecord.COMPRESSED, body: Buffer.alloc(8) }]);
    const path = writeData(bytes);
    expect(relocateJitdumps(path)).toMatchObject({ outcome: 'refused', jitdumps: [], reason: expect.stringMatching(/compressed records/) });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(relocateJitdumps(join(scratch, 'absent.data'))).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/cannot open/) });
  });

  it('names only DIR/jit-PID.dump files, never longer than they were', () => {
    expect(relocatedJitdumpName('/tmp/jit-4194303.dump')).toBe('./jit-4194303.dump');
    expect(relocatedJitdumpName('/a/jit-1.dump')).toBe('./jit-1.dump');
    expect(relocatedJitdumpName('/jit-1.dump')).toBe('./jit-1.dump');
    for (const other of ['jit-12.dump', './jit-12.dump', 'tmp/jit-12.dump', '/tmp/jit-.dump', '/tmp/jit-12.dump.old', '/tmp/perf-12.map', '/tmp/jit-12x.dump', '//anon']) {
      expect(relocatedJitdumpName(other), other).toBeUndefined();
    }
  });
});

describe('perf-data-format', () => {
  it('puts TIME before ID, STREAM_ID, CPU and IDENTIFIER in the trailer', () => {
    expect(sampleIdLayout(dwarfSampleType)).toEqual({ trailerBytes: 16, timeFromEnd: 8 });
    expect(sampleIdLayout(PerfSampleBit.TID | PerfSampleBit.TIME | PerfSampleBit.ID | PerfSampleBit.CPU | PerfSampleBit.IDENTIFIER)).toEqual({ trailerBytes: 40, timeFromEnd: 32 });
  });

  it('plans by each pid\'s next lifecycle event', () => {
    const plan = planExecFix(
      [
        { kind: 'exec', pid: 7, time: 50n, offset: 3 },
        { kind: 'fork', pid: 7, time: 10n, offset: 1 },
        { kind: 'exit', pid: 8, time: 30n, offset: 5 },
        { kind: 'fork', pid: 8, time: 20n, offset: 4 },
      ],
      [
        { pid: 7, time: 40n, offset: 2 },
        { pid: 7, time: 60n, offset: 6 },
        { pid: 8, time: 25n, offset: 7 },
        { pid: 9, time: 1n, offset: 8 },
      ],
    );
    expect(plan).toEqual({ forks: [1], maps: [2], processes: 1, execs: 1 });
  });
});

function dataStart(bytes: Buffer): number {
  return Number(bytes.readBigUInt64LE(40));
}

/** File offset of the index-th record. */
function offsetOf(bytes: Buffer, index: number): number {
  let position = dataStart(bytes);
  for (let i = 0; i < index; i += 1) position += bytes.readUInt16LE(position + 6);
  return position;
}
