export const id = 878;
export const ids = [878];
export const modules = {

/***/ 34878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LineInterner: () => (/* binding */ LineInterner),
  B: () => (/* binding */ MAX_LINE_NUMBERS)
});

;// CONCATENATED MODULE: ./src/core/line-interner-wasm.ts
// Generated from line-interner.wat by scripts/build-wasm.mjs (npm run build): do not edit.
const lineInternerWasmBase64 = 'AGFzbQEAAAABIAZgAX8AYAN/f38Bf2ADf39/AGACf38Bf2AAAGABfwF/AwsKAAEBAgMDAwEEBQUEAQDAAgZICn8AQYCAwAALfwBB' +
    'gILAAAt/AEGAgsACC38AQYCCwAQLfwFBgIAIC38BQQALfwBBgILABQt/AUGAgsAHC38BQf8fC38BQX8LB0YGBm1lbW9yeQIADWlu' +
    'cHV0Q2FwYWNpdHkDAAplbmRzT2Zmc2V0AwENbnVtYmVyc09mZnNldAMCBWxpbWl0AAAEc2NhbgAJCp0JCgYAIAAkBAtsAAJAA0Ag' +
    'AkEISQ0BIAApAwAgASkDAFIEQEEADwsgAEEIaiEAIAFBCGohASACQQhrIQIMAAsLAkADQCACRQ0BIAAtAAAgAS0AAEcEQEEADwsg' +
    'AEEBaiEAIAFBAWohASACQQFrIQIMAAsLQQELJwEBfyMGIABBBXRqIQMgAygCBCACRgR/IAMoAgAgASACEAEFQQALCzMAAkADQCAB' +
    'RQ0BIAAgAUECdGogACABQQJ0aigCDDYCECABQQFrIQEMAAsLIAAgAjYCEAuNAQEGfyMJQQBIBEBBfw8LIwYjCUEFdGohAgJAA0Ag' +
    'A0EETw0BIAIgA0ECdGooAhAhBCAEQQBIDQEjBiAEQQV0aiEFIAUoAgQhBiAAIAZqIQcgByABSQRAIActAABBCkYEQCAFKAIAIAAg' +
    'BhABBEAgAiADIAQQAyAEJAkgBA8LCwsgA0EBaiEDDAALC0F/CzQBAX8gACABIAAgARAGEAchAiMJQQBOIAJBAE5xBEAjBiMJQQV0' +
    'akEDIAIQAwsgAiQJIAILngECAX4Cf0LTkYytiNHanyQhAiAAIAFqIQMCQANAIABBCGogA0sNASACIAApAwCFQpX4qfqXt96bnn9+' +
    'IQIgAiACQh2IhSECIABBCGohAAwACwsgAyAAayEEIAQEQCACIAApAwBCASAEQQN0rYZCAX2DhUKV+Kn6l7fem55/fiECIAIgAkId' +
    'iIUhAgsgAiACQiCIhacgAUGt1tO+AmxzC/ABAQZ/IAIjCHEhAwNAIwMgA0EDdGohBCAEKAIEIQUgBUUEQCMFIwRPBEBBfg8LIwcg' +
    'AWohBj8AQRB0IQcgBiAHSwRAIAYgB2tBEHZBwABqQABBAEgEQEF+DwsLIwcgACAB/AoAACMGIwVBBXRqIQggCCMHNgIAIAggATYC' +
    'BCAIIAI2AgggCEJ/NwMQIAhCfzcDGCAEIAI2AgAgBCMFQQFqNgIEIAYkByMFQQFqJAUjBUEBdCMISwRAEAgLIwVBAWsPCyAEKAIA' +
    'IAJGBEAgBUEBayAAIAEQAgRAIAVBAWsPCwsgA0EBaiMIcSEDDAALQX4LhwEBBH8jCEH//w9PBEAPCyMIQQF0QQFyJAgjA0EAIwhB' +
    'AWpBA3T8CwACQANAIAAjBU8NASMGIABBBXRqKAIIIQEgASMIcSECAkADQCMDIAJBA3RqIQMgAygCBEUNASACQQFqIwhxIQIMAAsL' +
    'IAMgATYCACADIABBAWo2AgQgAEEBaiEADAALCwvrAQMDfwJ+A38CQANAIAEgAE8NASABIAAQBCEHIAdBAE4EQCABIwYgB0EFdGoo' +
    'AgRqIQYFIAEhAgJAA0AgAikDAEKKlKjQoMGChQqFIQQgBEKBgoSIkKDAgAF9IARCf4WDQoCBgoSIkKDAgH+DIQUgBUIAUg0BIAJB' +
    'CGohAgwACwsgAiAFekIDiKdqIQYgBiABSwR/IAEtAAAFQQoLIQggCEEgRiAIQQlGcgRAIAEgBiABaxAFIQcFQX8kCQsLIwEgA0EC' +
    'dGogBjYCACMCIANBAnRqIAc2AgAgA0EBaiEDIAZBAWohAQwACwsgAws=';

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
 */

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
