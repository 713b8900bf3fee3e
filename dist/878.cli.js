export const id = 878;
export const ids = [878];
export const modules = {

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


/***/ })

};
