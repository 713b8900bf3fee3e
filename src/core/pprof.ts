/**
 * Export to pprof's profile.proto (github.com/google/pprof/proto/profile.proto), the format
 * `go tool pprof`, Pyroscope, Parca and Datadog ingest, so a CI profile can join a team's
 * continuous profiling. The bytes are the uncompressed message; pprof files are gzipped
 * (`profile.pb.gz`), which the caller does.
 *
 * Mapping: each distinct folded stack is one Sample whose locations run leaf first (pprof's order,
 * the reverse of folded text), with two values — `samples/count` and `cpu/nanoseconds` (count ×
 * the sampling period) — and `period_type` cpu/nanoseconds. Each frame name is one Function and
 * one Location (no addresses: folded stacks keep none). Python frames `py::<qualname>:<file>` give
 * the function's name and file; other frames keep their folded name. Ids and the string table are
 * numbered in order of first appearance over the stacks in byte order: deterministic output.
 */
import { sortedStackKeys, type FoldedStacks } from './folded.js';
import { splitPythonFrameName } from './python-frame-names.js';

export interface PprofOptions {
  /** Sampling frequency in Hz: the period is 1e9 / frequency nanoseconds. */
  frequency: number;
  /** The perf event, recorded as a comment. */
  event: string;
}

export function encodePprof(stacks: FoldedStacks, options: PprofOptions): Uint8Array {
  const strings = new Map<string, number>([['', 0]]);
  const intern = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const periodNs = Math.round(1e9 / options.frequency);
  const out = new ProtoWriter();
  const sampleType = (type: string, unit: string) => new ProtoWriter().int(1, intern(type)).int(2, intern(unit)).bytes();
  out.message(1, sampleType('samples', 'count'));
  out.message(1, sampleType('cpu', 'nanoseconds'));

  const functionIds = new Map<string, number>();
  const functions: Uint8Array[] = [];
  const locations: Uint8Array[] = [];
  const locate = (name: string): number => {
    let id = functionIds.get(name);
    if (id === undefined) {
      id = functionIds.size + 1;
      functionIds.set(name, id);
      // Python frames: the qualname and its file; other frames keep their folded name.
      const python = splitPythonFrameName(name);
      functions.push(new ProtoWriter().int(1, id).int(2, intern(python?.qualname ?? name)).int(3, intern(name)).int(4, intern(python?.file ?? '')).bytes());
      const line = new ProtoWriter().int(1, id).bytes();
      locations.push(new ProtoWriter().int(1, id).message(4, line).bytes());
    }
    return id;
  };
  for (const stack of sortedStackKeys(stacks)) {
    const count = stacks.get(stack) ?? 0;
    if (!(count > 0)) continue;
    const frames = stack === '' ? [] : stack.split(';');
    const ids = frames.map(locate).reverse();
    const value = Math.round(count);
    out.message(2, new ProtoWriter().packed(1, ids).packed(2, [value, value * periodNs]).bytes());
  }
  for (const location of locations) out.message(4, location);
  for (const fn of functions) out.message(5, fn);
  const comment = intern(`python-perf-gate: perf event ${options.event} at ${options.frequency} Hz`);
  const periodType = new ProtoWriter().int(1, intern('cpu')).int(2, intern('nanoseconds')).bytes();
  // The string table must be complete before it is written, so every intern() happens above.
  for (const text of strings.keys()) out.string(6, text);
  out.message(11, periodType);
  out.int(12, periodNs);
  out.packed(13, [comment]);
  return out.bytes();
}

/** Just enough of the protobuf wire format: varints, length-delimited fields, packed varints. */
class ProtoWriter {
  private readonly chunks: number[] = [];

  int(field: number, value: number): this {
    if (value === 0) return this;
    this.varint(field * 8);
    this.varint(value);
    return this;
  }

  string(field: number, text: string): this {
    return this.field(field, new TextEncoder().encode(text));
  }

  message(field: number, body: Uint8Array): this {
    return this.field(field, body);
  }

  packed(field: number, values: number[]): this {
    if (values.length === 0) return this;
    const body = new ProtoWriter();
    for (const value of values) body.varint(value);
    return this.field(field, body.bytes());
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }

  private field(field: number, body: Uint8Array): this {
    this.varint(field * 8 + 2);
    this.varint(body.length);
    for (const byte of body) this.chunks.push(byte);
    return this;
  }

  /** Non-negative integers up to 2^53 (division, not bit operations, past 2^31). */
  private varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.chunks.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.chunks.push(rest);
  }
}
