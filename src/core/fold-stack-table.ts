/**
 * Distinct samples, stored once each and counted (or weighted): the frame-id sequence (leaf
 * first) of every distinct sample in one growing Int32Array, found again through a hash of the sequence
 * (collisions are resolved by comparing the ids). Memory grows with the number of distinct
 * stacks, not with the input.
 */
import type { FoldedSequences } from './folded-writer.js';
import { growTypedArray } from './typed-arrays.js';

/** A sample's frame ids `ids[0..length)` and their hash (what `SampleStack` holds). */
export interface FrameIdSequence {
  readonly ids: Int32Array;
  readonly length: number;
  readonly hash: number;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A growing `FrameIdSequence`: ids pushed one by one, with their running (FNV-1a style) hash. */
export class FrameIdBuilder implements FrameIdSequence {
  /** Frame ids `ids[0..length)`, leaf first. */
  ids = new Int32Array(256);
  length = 0;
  hash = FNV_OFFSET_BASIS;

  /** Empties the sequence for a new sample. */
  clear(): void {
    this.length = 0;
    this.hash = FNV_OFFSET_BASIS;
  }

  push(id: number): void {
    if (this.length === this.ids.length) this.ids = growTypedArray(this.ids, this.ids.length * 2);
    this.ids[this.length] = id;
    this.length += 1;
    this.hash = Math.imul(this.hash ^ id, FNV_PRIME);
  }
}

export class StackTable {
  /** Number of distinct sequences. */
  private size = 0;
  private pool = new Int32Array(1 << 16);
  private poolUsed = 0;
  private start = new Int32Array(1024);
  private length = new Int32Array(1024);
  private next = new Int32Array(1024);
  private count = new Float64Array(1024);
  private readonly heads = new Map<number, number>();

  /** Counts one sample (`weight`: 1, or its event period); returns the number of its distinct sequence (0, 1, 2, … in order of first appearance). */
  add(sample: FrameIdSequence, weight = 1): number {
    const { ids, length, hash } = sample;
    const key = (hash ^ Math.imul(length, 0x27d4eb2d)) & 0x3fffffff;
    const head = this.heads.get(key);
    let entry = head ?? -1;
    while (entry >= 0) {
      if (this.length[entry] === length && this.sameIds(entry, ids, length)) {
        this.count[entry] = (this.count[entry] as number) + weight;
        return entry;
      }
      entry = this.next[entry] as number;
    }
    const index = this.size;
    if (index === this.start.length) this.growEntries();
    if (this.poolUsed + length > this.pool.length) this.pool = growTypedArray(this.pool, Math.max(this.pool.length * 2, this.poolUsed + length));
    this.pool.set(ids.subarray(0, length), this.poolUsed);
    this.start[index] = this.poolUsed;
    this.length[index] = length;
    this.count[index] = weight;
    this.next[index] = head ?? -1;
    this.heads.set(key, index);
    this.poolUsed += length;
    this.size += 1;
    return index;
  }

  /**
   * Calls `visit` with the frame ids (leaf first; a view into the table, valid during the call)
   * and the count of every distinct sequence, in order of first appearance.
   */
  forEach(visit: (ids: Int32Array, count: number) => void): void {
    for (let entry = 0; entry < this.size; entry += 1) {
      const first = this.start[entry] as number;
      visit(this.pool.subarray(first, first + (this.length[entry] as number)), this.count[entry] as number);
    }
  }

  /** The distinct sequences as stored (leaf first), for `writeFoldedText`; valid until the next `add`. */
  toSequences(): FoldedSequences {
    return { pool: this.pool, starts: this.start, lengths: this.length, weights: this.count, count: this.size, leafFirst: true };
  }

  private sameIds(entry: number, ids: Int32Array, length: number): boolean {
    const pool = this.pool;
    const offset = this.start[entry] as number;
    for (let i = 0; i < length; i += 1) {
      if (pool[offset + i] !== ids[i]) return false;
    }
    return true;
  }

  private growEntries(): void {
    const capacity = this.start.length * 2;
    this.start = growTypedArray(this.start, capacity);
    this.length = growTypedArray(this.length, capacity);
    this.next = growTypedArray(this.next, capacity);
    this.count = growTypedArray(this.count, capacity);
  }
}
