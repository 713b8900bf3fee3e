/**
 * A folder's distinct sequences written straight to folded text: the bytes of
 * `formatFoldedText(finish().stacks)`, without building a string per stack.
 *
 * At the end of a 29 MB capture's fold (3,403 distinct sequences of 57 frames), `finish` joined
 * every sequence's names (15–23 ms: V8 joins at ~50–90 ns a string, whatever its length), summed
 * them by text in a Map (~9 ms of hashing 1.6 KB keys), and the CLI then sorted, formatted and
 * encoded the text (~15 ms more) — as long as the rest of the fold. Here each name's bytes are
 * kept once and a small WebAssembly module (folded-writer.wat) does the rest on bytes: it writes
 * every sequence's text, sums the sequences by text (in their order, as the Map did, so the sums
 * are the same numbers), and sorts the distinct texts by byte order.
 *
 * Byte order is the code-unit order of JavaScript's sort (folded.ts `sortedStackKeys`) for ASCII
 * text only, so a name that is not ASCII makes `writeFoldedText` return undefined, and the caller
 * formats the stacks as text.
 */
import { foldedWriterWasmBase64 } from './folded-writer-wasm.js';
import { formatWeight } from './folded.js';
import { growTypedArray } from './typed-arrays.js';

/** Distinct frame-id sequences, as `StackTable` keeps them. */
export interface FoldedSequences {
  /** Every sequence's ids, one after the other. */
  pool: Int32Array;
  /** Sequence k: ids `pool[starts[k] .. starts[k] + lengths[k])`. */
  starts: Int32Array;
  lengths: Int32Array;
  /** Sequence k's weight (samples, or summed periods). */
  weights: Float64Array;
  count: number;
  /** Ids leaf first (StackTable's order), else root first. */
  leafFirst: boolean;
}

interface WriterExports {
  memory: WebAssembly.Memory;
  build(pool: number, entries: number, count: number, leafFirst: number, spans: number, bias: number, texts: number, out: number): number;
  sum(count: number, texts: number, weights: number, table: number, mask: number, distinct: number, sums: number): number;
  sort(order: number, n: number, scratch: number, distinct: number, texts: number): number;
  emit(sorted: number, n: number, distinct: number, texts: number, weightSpans: number, out: number): number;
}

const PAGE_BYTES = 65536;
/** Sequences whose texts one call of the module's `build` writes. */
const BUILD_BATCH = 256;

let compiled: WebAssembly.Module | undefined;

/**
 * The folded text (UTF-8, sorted, each line `root;…;leaf weight\n`) of `sequences`, where id i is
 * named `names[i + bias]`; undefined when a name is not ASCII. The text is a view of the module's
 * memory (of this call's own instance).
 */
export function writeFoldedText(sequences: FoldedSequences, names: readonly string[], bias: number): Uint8Array | undefined {
  const { count } = sequences;
  if (count === 0) return new Uint8Array(0);
  compiled ??= new WebAssembly.Module(Uint8Array.from(atob(foldedWriterWasmBase64), (character) => character.charCodeAt(0)));
  const { memory, build, sum, sort, emit } = new WebAssembly.Instance(compiled).exports as unknown as WriterExports;
  const layout = new Layout(memory);

  // The names' bytes, then where each one is: one encode of them all, ASCII exactly when every
  // character took one byte (so a name's bytes are where its characters are).
  const allNames = names.join('');
  const nameBytes = layout.reserve(allNames.length, 1);
  const spans = layout.reserve(names.length * 8, 4);
  const poolLength = poolEnd(sequences);
  const pool = layout.reserve(poolLength * 4, 4);
  const entries = layout.reserve(count * 8, 4);
  const weights = layout.reserve(count * 8, 8);
  const texts = layout.reserve(count * 8, 4);
  const out = layout.reserve(0, 8);
  layout.allocate();

  const { read, written } = new TextEncoder().encodeInto(allNames, new Uint8Array(memory.buffer, nameBytes, allNames.length));
  if (read !== allNames.length || written !== allNames.length) return undefined;
  const spanWords = new Int32Array(memory.buffer, spans, names.length * 2);
  let at = nameBytes;
  for (let index = 0; index < names.length; index += 1) {
    const length = (names[index] as string).length;
    spanWords[index * 2] = at;
    spanWords[index * 2 + 1] = length;
    at += length;
  }
  new Int32Array(memory.buffer, pool, poolLength).set(sequences.pool.subarray(0, poolLength));
  const entryWords = new Int32Array(memory.buffer, entries, count * 2);
  for (let k = 0; k < count; k += 1) {
    entryWords[k * 2] = sequences.starts[k] as number;
    entryWords[k * 2 + 1] = sequences.lengths[k] as number;
  }
  new Float64Array(memory.buffer, weights, count).set(sequences.weights.subarray(0, count));

  // Every sequence's text (the module grows the memory as it writes), then the sums by text. The
  // texts are written a batch of sequences per call: V8 runs a call to the end in the code it
  // started in, so later batches run in the optimized code its first ones made hot.
  let textsEnd = out;
  for (let first = 0; first < count && textsEnd >= 0; first += BUILD_BATCH) {
    const batch = Math.min(BUILD_BATCH, count - first);
    textsEnd = build(pool, entries + first * 8, batch, sequences.leafFirst ? 1 : 0, spans, bias, texts + first * 8, textsEnd);
  }
  if (textsEnd < 0) throw new RangeError('folded text: out of memory');
  const tail = new Layout(memory, textsEnd);
  const slots = tableSlots(count);
  const table = tail.reserve(slots * 4, 4);
  const distinct = tail.reserve(count * 4, 4);
  const sums = tail.reserve(count * 8, 8);
  const order = tail.reserve(count * 4, 4);
  const scratch = tail.reserve(count * 4, 4);
  tail.allocate();
  new Int32Array(memory.buffer, table, slots).fill(0);
  const distinctCount = sum(count, texts, weights, table, slots - 1, distinct, sums);
  const orderWords = new Int32Array(memory.buffer, order, distinctCount);
  for (let index = 0; index < distinctCount; index += 1) orderWords[index] = index;
  const sorted = sort(order, distinctCount, scratch, distinct, texts);

  // The lines, in order (text, space, weight, newline), written by the module after the weights'
  // texts, which are ASCII digits (formatWeight).
  const sumValues = new Float64Array(memory.buffer, sums, distinctCount);
  const weightTexts: string[] = [];
  for (let index = 0; index < distinctCount; index += 1) weightTexts.push(formatWeight(sumValues[index] as number));
  const allWeights = weightTexts.join('');
  const last = new Layout(memory, scratch + distinctCount * 4);
  const weightBytes = last.reserve(allWeights.length, 1);
  const weightSpans = last.reserve(distinctCount * 8, 4);
  const lines = last.reserve(0, 8);
  last.allocate();
  new TextEncoder().encodeInto(allWeights, new Uint8Array(memory.buffer, weightBytes, allWeights.length));
  const weightWords = new Int32Array(memory.buffer, weightSpans, distinctCount * 2);
  let weightAt = weightBytes;
  for (let index = 0; index < distinctCount; index += 1) {
    const length = (weightTexts[index] as string).length;
    weightWords[index * 2] = weightAt;
    weightWords[index * 2 + 1] = length;
    weightAt += length;
  }
  const linesEnd = emit(sorted, distinctCount, distinct, texts, weightSpans, lines);
  if (linesEnd < 0) throw new RangeError('folded text: out of memory');
  const text = new Uint8Array(memory.buffer, lines, linesEnd - lines);
  return text;
}

/** Regions laid out one after the other in a module's memory, from `start`. */
class Layout {
  private end: number;

  constructor(
    private readonly memory: WebAssembly.Memory,
    start = 0,
  ) {
    this.end = start;
  }

  /** The offset of `size` more bytes, aligned to `align`. */
  reserve(size: number, align: number): number {
    const offset = Math.ceil(this.end / align) * align;
    this.end = offset + size;
    return offset;
  }

  /** Grows the memory to hold every region reserved. */
  allocate(): void {
    const have = this.memory.buffer.byteLength;
    if (this.end > have) this.memory.grow(Math.ceil((this.end - have) / PAGE_BYTES));
  }
}

function poolEnd(sequences: FoldedSequences): number {
  let end = 0;
  for (let k = 0; k < sequences.count; k += 1) end = Math.max(end, (sequences.starts[k] as number) + (sequences.lengths[k] as number));
  return end;
}

/** A power of two of slots more than twice `count`, so the table stays under half full. */
function tableSlots(count: number): number {
  let slots = 1024;
  while (slots <= count * 2) slots *= 2;
  return slots;
}

/** Sequences collected root first, one `add` each, for `writeFoldedText`. */
export class SequencePool {
  private pool = new Int32Array(16 * 1024);
  private used = 0;
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private weights = new Float64Array(1024);
  private count = 0;

  add(ids: readonly number[], weight: number): void {
    if (this.used + ids.length > this.pool.length) this.pool = growTypedArray(this.pool, Math.max(this.pool.length * 2, this.used + ids.length));
    if (this.count === this.starts.length) {
      this.starts = growTypedArray(this.starts, this.count * 2);
      this.lengths = growTypedArray(this.lengths, this.count * 2);
      this.weights = growTypedArray(this.weights, this.count * 2);
    }
    this.pool.set(ids, this.used);
    this.starts[this.count] = this.used;
    this.lengths[this.count] = ids.length;
    this.weights[this.count] = weight;
    this.used += ids.length;
    this.count += 1;
  }

  toSequences(): FoldedSequences {
    return { pool: this.pool, starts: this.starts, lengths: this.lengths, weights: this.weights, count: this.count, leafFirst: false };
  }
}
