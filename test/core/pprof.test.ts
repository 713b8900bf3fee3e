import { describe, expect, it } from 'vitest';
import { encodePprof } from '../../src/core/pprof.js';

/** A minimal reader of the protobuf wire format: field number → raw values (varints or bytes). */
function readFields(bytes: Uint8Array): Map<number, (number | Uint8Array)[]> {
  const fields = new Map<number, (number | Uint8Array)[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    let value: number | Uint8Array;
    if (key % 8 === 2) {
      const length = varint();
      value = bytes.slice(at, at + length);
      at += length;
    } else value = varint();
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}
/** Packed varints. */
function readPacked(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let value = 0;
  let scale = 1;
  for (const byte of bytes) {
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) {
      values.push(value);
      value = 0;
      scale = 1;
    }
  }
  return values;
}

describe('encodePprof', () => {
  const stacks = new Map([
    ['python3;py::main:app.py;py::parse:app.py', 30],
    ['python3;py::main:app.py;[libz.so]', 10],
  ]);
  const profile = readFields(encodePprof(stacks, { frequency: 1000, event: 'cpu-clock' }));
  const strings = (profile.get(6) ?? []).map((entry) => new TextDecoder().decode(entry as Uint8Array));

  it('has the string table pprof expects, with names and files of Python frames', () => {
    expect(strings[0]).toBe('');
    expect(strings).toEqual(expect.arrayContaining(['samples', 'count', 'cpu', 'nanoseconds', 'parse', 'app.py', 'py::parse:app.py', '[libz.so]']));
  });
  it('has one sample per stack with a count and its nanoseconds, leaf first', () => {
    const samples = (profile.get(2) ?? []).map((entry) => readFields(entry as Uint8Array));
    expect(samples).toHaveLength(2);
    const values = samples.map((sample) => readPacked(sample.get(2)![0] as Uint8Array));
    expect(values.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [10, 10_000_000],
      [30, 30_000_000],
    ]);
    // Leaf first: the parse sample's first location is the function named 'parse'.
    const functions = (profile.get(5) ?? []).map((entry) => readFields(entry as Uint8Array));
    const nameOf = (id: number) => strings[functions.find((fn) => fn.get(1)?.[0] === id)?.get(2)?.[0] as number];
    const locationIds = samples.map((sample) => readPacked(sample.get(1)![0] as Uint8Array));
    expect(locationIds.map((ids) => ids.map(nameOf))).toEqual(expect.arrayContaining([['parse', 'main', 'python3'], ['[libz.so]', 'main', 'python3']]));
    expect(profile.get(12)).toEqual([1_000_000]);
    expect(profile.get(4)).toHaveLength(4);
    expect(profile.get(5)).toHaveLength(4);
  });
  it('is deterministic', () => {
    expect(encodePprof(stacks, { frequency: 1000, event: 'cpu-clock' })).toEqual(encodePprof(new Map([...stacks].reverse()), { frequency: 1000, event: 'cpu-clock' }));
  });
});
