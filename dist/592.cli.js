export const id = 592;
export const ids = [592,878];
export const modules = {

/***/ 11558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ detachString)
/* harmony export */ });
/**
 * Returns a copy of `text` that does not share memory with the line it was cut from. V8 keeps
 * the whole input chunk alive behind a substring; long-lived map keys must not do that, or memory
 * would grow with the input instead of with the number of distinct names.
 */
function detachString(text) {
    return ` ${text}`.slice(1);
}


/***/ }),

/***/ 29516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LineCache)
/* harmony export */ });
/* harmony import */ var _fold_detach_string_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11558);
/**
 * Whole callchain lines (as pushed, `\r` included) already seen, with the frame id each stands
 * for: the folder's fast path, one lookup per line instead of parsing it. perf prints the same
 * caller after the same callee line most of the time, so each line also remembers the line that
 * followed it last time; comparing two strings is much cheaper than hashing one.
 *
 * Only lines of frames that are not `(inlined)` are cached: an inlined frame takes the DSO of the
 * frame after it, so its line alone does not name it.
 */

/** At most this many distinct lines are cached (bounds memory on odd inputs). */
const MAX_CACHED_LINES = 1 << 17;
class LineCache {
    byText = new Map();
    /** Line id → its text, its frame id, and the line that followed it last time (text and id). */
    texts = [];
    frameIds = [];
    nextText = [];
    nextId = [];
    /** Line id of the previous line of the current run of cached lines, or -1. */
    previous = -1;
    /**
     * The frame id of `line` when it was seen before, else -1. A hit continues the run of cached
     * lines (and links it to the line before); call `breakRun` when a line goes anywhere else.
     */
    frameOf(line) {
        const previous = this.previous;
        let lineId = -1;
        if (previous >= 0 && line === this.nextText[previous]) {
            lineId = this.nextId[previous];
        }
        else {
            const found = this.byText.get(line);
            if (found === undefined)
                return -1;
            lineId = found;
            if (previous >= 0) {
                this.nextText[previous] = this.texts[found];
                this.nextId[previous] = found;
            }
        }
        this.previous = lineId;
        return this.frameIds[lineId];
    }
    /** The next line does not follow the previous cached one. */
    breakRun() {
        this.previous = -1;
    }
    /** Caches `line` as the line of frame `frameId`; it starts a new run. False when the cache is full (nothing cached). */
    add(line, frameId) {
        if (this.texts.length >= MAX_CACHED_LINES)
            return false;
        const text = (0,_fold_detach_string_js__WEBPACK_IMPORTED_MODULE_0__/* .detachString */ .r)(line);
        const lineId = this.texts.length;
        this.texts.push(text);
        this.frameIds.push(frameId);
        this.nextText.push(undefined);
        this.nextId.push(-1);
        this.byText.set(text, lineId);
        this.previous = lineId;
        return true;
    }
}


/***/ }),

/***/ 16968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ FrameIdBuilder),
/* harmony export */   t: () => (/* binding */ StackTable)
/* harmony export */ });
/* harmony import */ var _typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30714);

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A growing `FrameIdSequence`: ids pushed one by one, with their running (FNV-1a style) hash. */
class FrameIdBuilder {
    /** Frame ids `ids[0..length)`, leaf first. */
    ids = new Int32Array(256);
    length = 0;
    hash = FNV_OFFSET_BASIS;
    /** Empties the sequence for a new sample. */
    clear() {
        this.length = 0;
        this.hash = FNV_OFFSET_BASIS;
    }
    push(id) {
        if (this.length === this.ids.length)
            this.ids = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.ids, this.ids.length * 2);
        this.ids[this.length] = id;
        this.length += 1;
        this.hash = Math.imul(this.hash ^ id, FNV_PRIME);
    }
}
class StackTable {
    /** Number of distinct sequences. */
    size = 0;
    pool = new Int32Array(1 << 16);
    poolUsed = 0;
    start = new Int32Array(1024);
    length = new Int32Array(1024);
    next = new Int32Array(1024);
    count = new Float64Array(1024);
    heads = new Map();
    /** Counts one sample (`weight`: 1, or its event period); returns the number of its distinct sequence (0, 1, 2, … in order of first appearance). */
    add(sample, weight = 1) {
        const { ids, length, hash } = sample;
        const key = (hash ^ Math.imul(length, 0x27d4eb2d)) & 0x3fffffff;
        const head = this.heads.get(key);
        let entry = head ?? -1;
        while (entry >= 0) {
            if (this.length[entry] === length && this.sameIds(entry, ids, length)) {
                this.count[entry] = this.count[entry] + weight;
                return entry;
            }
            entry = this.next[entry];
        }
        const index = this.size;
        if (index === this.start.length)
            this.growEntries();
        if (this.poolUsed + length > this.pool.length)
            this.pool = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.pool, Math.max(this.pool.length * 2, this.poolUsed + length));
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
    forEach(visit) {
        for (let entry = 0; entry < this.size; entry += 1) {
            const first = this.start[entry];
            visit(this.pool.subarray(first, first + this.length[entry]), this.count[entry]);
        }
    }
    /** The distinct sequences as stored (leaf first), for `writeFoldedText`; valid until the next `add`. */
    toSequences() {
        return { pool: this.pool, starts: this.start, lengths: this.length, weights: this.count, count: this.size, leafFirst: true };
    }
    sameIds(entry, ids, length) {
        const pool = this.pool;
        const offset = this.start[entry];
        for (let i = 0; i < length; i += 1) {
            if (pool[offset + i] !== ids[i])
                return false;
        }
        return true;
    }
    growEntries() {
        const capacity = this.start.length * 2;
        this.start = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.start, capacity);
        this.length = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.length, capacity);
        this.next = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.next, capacity);
        this.count = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .growTypedArray */ .X)(this.count, capacity);
    }
}


/***/ }),

/***/ 250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ SequencePool),
  r: () => (/* binding */ writeFoldedText)
});

;// CONCATENATED MODULE: ./src/core/folded-writer-wasm.ts
// Generated from folded-writer.wat by scripts/build-wasm.mjs (npm run build): do not edit.
const foldedWriterWasmBase64 = 'AGFzbQEAAAABTAlgCH9/f39/f39/AX9gA39/fwBgBn9/f39/fwF/YAN+f38BfmACfn8Bf2ACf38Bf2AEf39/fwF/YAd/f39/f39/' +
    'AX9gBX9/f39/AX8DCgkAAQIDBAUGBwgFAwEAAQcmBQZtZW1vcnkCAAVidWlsZAAABGVtaXQAAgNzdW0ABwRzb3J0AAgKjwsJ+gEB' +
    'Cn8CQANAIAggAk8NASAAIAEoAgBBAnRqIQkgASgCBCEKQQQhCyADBEAgCSAKQQFrQQJ0aiEJQXwhCwsgByEPQQAhDAJAA0AgDCAK' +
    'Tw0BIAwEQCAHQTs6AAAgB0EBaiEHCyAEIAkoAgAgBWpBA3RqIQ0gDSgCBCEOIAcgDmpBEGohED8AQRB0IREgECARSwRAIBAgEWtB' +
    'EHZBwABqQABBAEgEQEF/DwsLIAcgDSgCACAOEAEgByAOaiEHIAkgC2ohCSAMQQFqIQwMAAsLIAYgDzYCACAGIAcgD2s2AgQgBkEI' +
    'aiEGIAFBCGohASAIQQFqIQgMAAsLIAcLMgEBfyAAIAJqIQMCQANAIAAgA08NASAAIAEpAwA3AwAgAEEIaiEAIAFBCGohAQwACwsL' +
    'yAEBCH8CQANAIAYgAU8NASAAIAZBAnRqKAIAIQcgAyACIAdBAnRqKAIAQQN0aiEIIAgoAgQhCSAEIAdBA3RqIQogCigCBCELIAUg' +
    'CSALampBEGohDD8AQRB0IQ0gDCANSwRAIAwgDWtBEHZBwABqQABBAEgEQEF/DwsLIAUgCCgCACAJ/AoAACAFIAlqIQUgBUEgOgAA' +
    'IAVBAWogCigCACALEAEgBSALQQFqaiEFIAVBCjoAACAFQQFqIQUgBkEBaiEGDAALCyAFC38BAn8gASACaiEDAkADQCABQQhqIANL' +
    'DQEgACABKQMAhUKV+Kn6l7fem55/fiEAIAAgAEIdiIUhACABQQhqIQEMAAsLIAMgAWshBCAEBEAgACABKQMAQgEgBEEDdK2GQgF9' +
    'g4VClfip+pe33puef34hACAAIABCHYiFIQALIAALFQAgACAAQiCIhacgAUGt1tO+AmxzCxYAQtORjK2I0dqfJCAAIAEQAyABEAQL' +
    'pAEDAX8BfgF/IAEgAyABIANJGyEEAkADQCAEQQhJDQEgACkDACACKQMAhSEFIAVCAFIEQCAFekIDiKchBiAAIAZqLQAAIAIgBmot' +
    'AABrDwsgAEEIaiEAIAJBCGohAiAEQQhrIQQMAAsLAkADQCAERQ0BIAAtAAAgAi0AAGshBiAGBEAgBg8LIABBAWohACACQQFqIQIg' +
    'BEEBayEEDAALCyABIANrC/cBAQh/AkADQCAHIABPDQEgASAHQQN0aigCACEJIAEgB0EDdGooAgQhCiAJIAoQBSAEcSELAkADQCAD' +
    'IAtBAnRqIQwgDCgCACENIA1FBEAgDCAIQQFqNgIAIAUgCEECdGogBzYCACAGIAhBA3RqIAIgB0EDdGorAwA5AwAgCEEBaiEIDAIL' +
    'IAEgBSANQQFrQQJ0aigCAEEDdGohDiAOKAIEIApGBEAgDigCACAKIAkgChAGRQRAIAYgDUEBa0EDdGohDCAMIAwrAwAgAiAHQQN0' +
    'aisDAKA5AwAMAwsLIAtBAWogBHEhCwwACwsgB0EBaiEHDAALCyAIC8cCAQ5/IAAhBiACIQdBASEFAkADQCAFIAFPDQFBACEJAkAD' +
    'QCAJIAFPDQEgCSAFaiABIAkgBWogAUkbIQogCiAFaiABIAogBWogAUkbIQsgCSEMIAohDSAJIQ4CQANAIA4gC08NASAMIApPBEAg' +
    'BiANQQJ0aigCACEPIA1BAWohDQUgDSALTwRAIAYgDEECdGooAgAhDyAMQQFqIQwFIAYgDEECdGooAgAhDyAGIA1BAnRqKAIAIRAg' +
    'BCADIA9BAnRqKAIAQQN0aiERIAQgAyAQQQJ0aigCAEEDdGohEiARKAIAIBEoAgQgEigCACASKAIEEAZBAEoEQCAQIQ8gDUEBaiEN' +
    'BSAMQQFqIQwLCwsgByAOQQJ0aiAPNgIAIA5BAWohDgwACwsgCyEJDAALCyAGIQggByEGIAghByAFQQF0IQUMAAsLIAYL';

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
// EXTERNAL MODULE: ./src/core/typed-arrays.ts
var typed_arrays = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/core/folded-writer.ts
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



const PAGE_BYTES = 65536;
/** Sequences whose texts one call of the module's `build` writes. */
const BUILD_BATCH = 256;
let compiled;
/**
 * The folded text (UTF-8, sorted, each line `root;…;leaf weight\n`) of `sequences`, where id i is
 * named `names[i + bias]`; undefined when a name is not ASCII. The text is a view of the module's
 * memory (of this call's own instance).
 */
function writeFoldedText(sequences, names, bias) {
    const { count } = sequences;
    if (count === 0)
        return new Uint8Array(0);
    compiled ??= new WebAssembly.Module(Uint8Array.from(atob(foldedWriterWasmBase64), (character) => character.charCodeAt(0)));
    const { memory, build, sum, sort, emit } = new WebAssembly.Instance(compiled).exports;
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
    if (read !== allNames.length || written !== allNames.length)
        return undefined;
    const spanWords = new Int32Array(memory.buffer, spans, names.length * 2);
    let at = nameBytes;
    for (let index = 0; index < names.length; index += 1) {
        const length = names[index].length;
        spanWords[index * 2] = at;
        spanWords[index * 2 + 1] = length;
        at += length;
    }
    new Int32Array(memory.buffer, pool, poolLength).set(sequences.pool.subarray(0, poolLength));
    const entryWords = new Int32Array(memory.buffer, entries, count * 2);
    for (let k = 0; k < count; k += 1) {
        entryWords[k * 2] = sequences.starts[k];
        entryWords[k * 2 + 1] = sequences.lengths[k];
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
    if (textsEnd < 0)
        throw new RangeError('folded text: out of memory');
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
    for (let index = 0; index < distinctCount; index += 1)
        orderWords[index] = index;
    const sorted = sort(order, distinctCount, scratch, distinct, texts);
    // The lines, in order (text, space, weight, newline), written by the module after the weights'
    // texts, which are ASCII digits (formatWeight).
    const sumValues = new Float64Array(memory.buffer, sums, distinctCount);
    const weightTexts = [];
    for (let index = 0; index < distinctCount; index += 1)
        weightTexts.push((0,folded/* formatWeight */.ck)(sumValues[index]));
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
        const length = weightTexts[index].length;
        weightWords[index * 2] = weightAt;
        weightWords[index * 2 + 1] = length;
        weightAt += length;
    }
    const linesEnd = emit(sorted, distinctCount, distinct, texts, weightSpans, lines);
    if (linesEnd < 0)
        throw new RangeError('folded text: out of memory');
    const text = new Uint8Array(memory.buffer, lines, linesEnd - lines);
    return text;
}
/** Regions laid out one after the other in a module's memory, from `start`. */
class Layout {
    memory;
    end;
    constructor(memory, start = 0) {
        this.memory = memory;
        this.end = start;
    }
    /** The offset of `size` more bytes, aligned to `align`. */
    reserve(size, align) {
        const offset = Math.ceil(this.end / align) * align;
        this.end = offset + size;
        return offset;
    }
    /** Grows the memory to hold every region reserved. */
    allocate() {
        const have = this.memory.buffer.byteLength;
        if (this.end > have)
            this.memory.grow(Math.ceil((this.end - have) / PAGE_BYTES));
    }
}
function poolEnd(sequences) {
    let end = 0;
    for (let k = 0; k < sequences.count; k += 1)
        end = Math.max(end, sequences.starts[k] + sequences.lengths[k]);
    return end;
}
/** A power of two of slots more than twice `count`, so the table stays under half full. */
function tableSlots(count) {
    let slots = 1024;
    while (slots <= count * 2)
        slots *= 2;
    return slots;
}
/** Sequences collected root first, one `add` each, for `writeFoldedText`. */
class SequencePool {
    pool = new Int32Array(16 * 1024);
    used = 0;
    starts = new Int32Array(1024);
    lengths = new Int32Array(1024);
    weights = new Float64Array(1024);
    count = 0;
    add(ids, weight) {
        if (this.used + ids.length > this.pool.length)
            this.pool = (0,typed_arrays/* growTypedArray */.X)(this.pool, Math.max(this.pool.length * 2, this.used + ids.length));
        if (this.count === this.starts.length) {
            this.starts = (0,typed_arrays/* growTypedArray */.X)(this.starts, this.count * 2);
            this.lengths = (0,typed_arrays/* growTypedArray */.X)(this.lengths, this.count * 2);
            this.weights = (0,typed_arrays/* growTypedArray */.X)(this.weights, this.count * 2);
        }
        this.pool.set(ids, this.used);
        this.starts[this.count] = this.used;
        this.lengths[this.count] = ids.length;
        this.weights[this.count] = weight;
        this.used += ids.length;
        this.count += 1;
    }
    toSequences() {
        return { pool: this.pool, starts: this.starts, lengths: this.lengths, weights: this.weights, count: this.count, leafFirst: false };
    }
}


/***/ }),

/***/ 34878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ HeaderKeys),
  LineInterner: () => (/* binding */ LineInterner),
  B: () => (/* binding */ MAX_LINE_NUMBERS)
});

;// CONCATENATED MODULE: ./src/core/line-interner-wasm.ts
// Generated from line-interner.wat by scripts/build-wasm.mjs (npm run build): do not edit.
const lineInternerWasmBase64 = 'AGFzbQEAAAABNglgAX8AYAN/f38Bf2AFf39/f38Bf2ADf39/AGACf38Bf2ADfn9/AX5gAn5/AX9gAABgAX8BfwMNDAABAgMEBAUG' +
    'AgQHCAUEAQDAAgZICn8AQYCAwAALfwBBgILAAAt/AEGAgsACC38AQYCCwAQLfwFBgIAIC38BQQALfwBBgILABQt/AUGAgsAHC38B' +
    'Qf8fC38BQX8LB0YGBm1lbW9yeQIADWlucHV0Q2FwYWNpdHkDAAplbmRzT2Zmc2V0AwENbnVtYmVyc09mZnNldAMCBWxpbWl0AAAE' +
    'c2NhbgALCvELDAYAIAAkBAtsAAJAA0AgAkEISQ0BIAApAwAgASkDAFIEQEEADwsgAEEIaiEAIAFBCGohASACQQhrIQIMAAsLAkAD' +
    'QCACRQ0BIAAtAAAgAS0AAEcEQEEADwsgAEEBaiEAIAFBAWohASACQQFrIQIMAAsLQQELQAECfyMGIABBBXRqIQUgBSgCBCACIARq' +
    'RwRAQQAPCyAFKAIAIQYgBiABIAIQAUUEQEEADwsgBiACaiADIAQQAQszAAJAA0AgAUUNASAAIAFBAnRqIAAgAUECdGooAgw2AhAg' +
    'AUEBayEBDAALCyAAIAI2AhALjQEBBn8jCUEASARAQX8PCyMGIwlBBXRqIQICQANAIANBBE8NASACIANBAnRqKAIQIQQgBEEASA0B' +
    'IwYgBEEFdGohBSAFKAIEIQYgACAGaiEHIAcgAUkEQCAHLQAAQQpGBEAgBSgCACAAIAYQAQRAIAIgAyAEEAMgBCQJIAQPCwsLIANB' +
    'AWohAwwACwtBfwtGAQF/IAAgAUEAQQBC05GMrYjR2p8kIAAgARAGIAEQBxAIIQIjCUEATiACQQBOcQRAIwYjCUEFdGpBAyACEAML' +
    'IAIkCSACC38BAn8gASACaiEDAkADQCABQQhqIANLDQEgACABKQMAhUKV+Kn6l7fem55/fiEAIAAgAEIdiIUhACABQQhqIQEMAAsL' +
    'IAMgAWshBCAEBEAgACABKQMAQgEgBEEDdK2GQgF9g4VClfip+pe33puef34hACAAIABCHYiFIQALIAALFQAgACAAQiCIhacgAUGt' +
    '1tO+AmxzC4cCAQZ/IAQjCHEhBQNAIwMgBUEDdGohBiAGKAIEIQcgB0UEQCMFIwRPBEBBfg8LIwcgASADamohCD8AQRB0IQkgCCAJ' +
    'SwRAIAggCWtBEHZBwABqQABBAEgEQEF+DwsLIwcgACAB/AoAACMHIAFqIAIgA/wKAAAjBiMFQQV0aiEKIAojBzYCACAKIAEgA2o2' +
    'AgQgCiAENgIIIApCfzcDECAKQn83AxggBiAENgIAIAYjBUEBajYCBCAIJAcjBUEBaiQFIwVBAXQjCEsEQBAKCyMFQQFrDwsgBigC' +
    'ACAERgRAIAdBAWsgACABIAIgAxACBEAgB0EBaw8LCyAFQQFqIwhxIQUMAAtBfguEAgEHfyAAQQFqIQICQANAIAIgAU8NASACQQFr' +
    'LQAAIQQgBEEgRiAEQQlGciACLQAAQTBrQQpJcQRAIAIhA0EAIQUCQANAIAMgAU8NASADLQAAIQQgBEEwa0EKSQRAIANBAWohAwwB' +
    'CyAEQS5GIAVFcQRAIANBAWogAU8NAiADQQFqLQAAQTBrQQpPDQJBASEFIANBAWohAwwBCyAEQTpGIAVxBEAgAiAAayEGIAEgA2sh' +
    'ByAAIAYgAyAHQvemwMbjvIiUxQAgACAGEAYgAyAHEAYgBiAHahAHEAghCCAIQQBIBEBBfw8LQX0gCGsPCwwBCwsgAyECCyACQQFq' +
    'IQIMAAsLQX8LhwEBBH8jCEH//w9PBEAPCyMIQQF0QQFyJAgjA0EAIwhBAWpBA3T8CwACQANAIAAjBU8NASMGIABBBXRqKAIIIQEg' +
    'ASMIcSECAkADQCMDIAJBA3RqIQMgAygCBEUNASACQQFqIwhxIQIMAAsLIAMgATYCACADIABBAWo2AgQgAEEBaiEADAALCwuBAgMD' +
    'fwJ+A38CQANAIAEgAE8NASABIAAQBCEHIAdBAE4EQCABIwYgB0EFdGooAgRqIQYFIAEhAgJAA0AgAikDAEKKlKjQoMGChQqFIQQg' +
    'BEKBgoSIkKDAgAF9IARCf4WDQoCBgoSIkKDAgH+DIQUgBUIAUg0BIAJBCGohAgwACwsgAiAFekIDiKdqIQYgBiABSwR/IAEtAAAF' +
    'QQoLIQggCEEgRiAIQQlGcgRAIAEgBiABaxAFIQcFQX8kCSAIQQpHIAhBI0dxBEAgASAGEAkhBwsLCyMBIANBAnRqIAY2AgAjAiAD' +
    'QQJ0aiAHNgIAIANBAWohAyAGQQFqIQEMAAsLIAML';

;// CONCATENATED MODULE: ./src/core/line-interner.ts
/**
 * Numbering the callchain lines of `perf script` bytes, so a folder knows a line seen before
 * without decoding, cutting or hashing it in JavaScript.
 *
 * A folder reading text spends most of a 29 MB capture on each line's string: decoding it,
 * cutting it out, and hashing it to look it up (V8 hashes all of a string, ~1.5 ns a character,
 * and most of a short CLI run goes by before its JIT has optimized the loop). Here a small
 * WebAssembly module (line-interner.wat) does that part on the bytes, 8 at a time: it finds each
 * line's end, and gives every distinct callchain line (one that starts with a space or a tab) a
 * number, the same for the same bytes; the folder keeps what it knows per number in an array and
 * decodes only the lines it has to read (headers, blank lines, callchain lines new to it).
 *
 * Equal bytes decode to equal text, so a number stands for one line's text; the folder's
 * result is the same as from the text (test/shell/fold-scanned.test.ts checks every fixture).
 * Header lines get a key instead, the same for headers that differ only in their time (each
 * sample's header does), so a folder parses each distinct header once (when its parse does not
 * read the time: the folder checks that).
 */

/**
 * What the header lines of each key read as, read from the first one of the key. Header lines
 * (their first byte neither a space, a tab nor `#`) with the same bytes outside their time
 * (perf-header-time.ts) have the same key, `-3 - k` in `ScannedLines.numbers` (k from the numbers'
 * range, below `MAX_LINE_NUMBERS`); a header without a time has none (-1), like any other line.
 */
class HeaderKeys {
    readKeyed;
    values = [];
    /** `readKeyed`: what every header with this one's key reads as; undefined when that depends on the time. */
    constructor(readKeyed) {
        this.readKeyed = readKeyed;
    }
    /**
     * What the header `[start, end)` of `lines`, numbered `number` (≤ -3), reads as (decoded for a
     * key's first header only); null: read each such header in full.
     */
    valueOf(number, lines, start, end) {
        const key = -3 - number;
        let value = this.values[key];
        if (value === undefined) {
            value = this.readKeyed(lines.text(start, end)) ?? null;
            this.values[key] = value;
        }
        return value;
    }
}
/** At most this many distinct lines are numbered (the module's table holds twice as many slots). */
const MAX_LINE_NUMBERS = 1 << 17;
let compiled;
class LineInterner {
    /** Bytes one `scan` takes at most. */
    capacity;
    exports;
    decoder = new TextDecoder('utf-8');
    bytes;
    constructor(options = {}) {
        compiled ??= new WebAssembly.Module(Uint8Array.from(atob(lineInternerWasmBase64), (character) => character.charCodeAt(0)));
        this.exports = new WebAssembly.Instance(compiled).exports;
        this.exports.limit(Math.min(options.maxNumbers ?? MAX_LINE_NUMBERS, MAX_LINE_NUMBERS));
        this.capacity = this.exports.inputCapacity.value;
        this.bytes = new Uint8Array(this.exports.memory.buffer);
    }
    /** Where to put the bytes of the next `scan`: `capacity` bytes, and one more for a `\n` after a last line without one. Valid until the next `scan`. */
    input() {
        if (this.bytes.buffer !== this.exports.memory.buffer)
            this.bytes = new Uint8Array(this.exports.memory.buffer);
        return this.bytes.subarray(0, this.capacity + 1);
    }
    /** Cuts `input()[0, length)`, whole lines each ended by `\n`, into lines and numbers them. */
    scan(length) {
        if (length > this.capacity + 1)
            throw new RangeError(`scan of ${length} bytes: at most ${this.capacity + 1}`);
        const count = this.exports.scan(length);
        const buffer = this.exports.memory.buffer;
        const bytes = new Uint8Array(buffer);
        this.bytes = bytes;
        const decoder = this.decoder;
        return {
            count,
            ends: new Int32Array(buffer, this.exports.endsOffset.value, count),
            numbers: new Int32Array(buffer, this.exports.numbersOffset.value, count),
            text: (start, end) => (end > start ? decoder.decode(bytes.subarray(start, end)) : ''),
        };
    }
}


/***/ }),

/***/ 67564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ findHeaderTime)
/* harmony export */ });
/**
 * Where a `perf script` header line's time is (`start` to `end`, the `:` after it): the first
 * `DIGITS.DIGITS` after a space or a tab and before a `:`. The line interner keys header lines by
 * their bytes outside it (line-interner.wat `$headerKey`, the same rule on bytes), so that the
 * headers of one thread, which differ only there, are read once. undefined when there is none.
 */
function findHeaderTime(line) {
    const match = HEADER_TIME.exec(line);
    if (match === null)
        return undefined;
    return { start: match.index + 1, end: match.index + match[0].length - 1 };
}
const HEADER_TIME = /[ \t]\d+\.\d+:/;


/***/ }),

/***/ 30714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ growTypedArray)
/* harmony export */ });
/** Returns a typed array of the same kind with `capacity` elements, holding a copy of `array`. */
function growTypedArray(array, capacity) {
    const next = new array.constructor(capacity);
    next.set(array);
    return next;
}


/***/ })

};
