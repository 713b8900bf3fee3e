export const id = 70;
export const ids = [70,885,266,647];
export const modules = {

/***/ 28885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ roundWeight),
/* harmony export */   IZ: () => (/* binding */ createFoldedParser),
/* harmony export */   K: () => (/* binding */ addStack),
/* harmony export */   S4: () => (/* binding */ sortedStackKeys),
/* harmony export */   W3: () => (/* binding */ mergeStacks),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   ck: () => (/* binding */ formatWeight),
/* harmony export */   fK: () => (/* binding */ formatFoldedText),
/* harmony export */   formatFoldedLines: () => (/* binding */ formatFoldedLines)
/* harmony export */ });
/* unused harmony exports totalWeight, parseFoldedLines, parseFoldedText */
/**
 * Folded stacks: Brendan Gregg's interchange format, one `root;…;leaf count` line per distinct stack.
 *
 * In memory a profile is a `FoldedStacks` map from the `;`-joined stack (root first) to its weight
 * (samples, or the event period when weighted). Every stage after folding speaks this type.
 */
/** Adds `weight` to `stack`, creating it when absent. */
function addStack(stacks, stack, weight) {
    stacks.set(stack, (stacks.get(stack) ?? 0) + weight);
}
/** Sums several profiles into a new one (e.g. the per-run profiles into the headline profile). */
function mergeStacks(profiles) {
    const merged = new Map();
    for (const profile of profiles) {
        for (const [stack, weight] of profile)
            addStack(merged, stack, weight);
    }
    return merged;
}
/** Total weight of a profile. */
function totalWeight(stacks) {
    let total = 0;
    for (const weight of stacks.values())
        total += weight;
    return total;
}
/**
 * A push parser of folded lines, for streams: memory grows with distinct stacks, not input size.
 * Like flamegraph.pl, the count is the last space-separated field, so frame names may contain
 * spaces; blank lines are ignored and repeated stacks are summed. A line without a numeric count is
 * an error that names its line number in the whole input, because silently dropping it would skew
 * every share computed later.
 */
function createFoldedParser() {
    const stacks = new Map();
    let lineNumber = 0;
    return {
        pushLine(raw) {
            lineNumber += 1;
            const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            if (line.trim() === '')
                return;
            const space = line.lastIndexOf(' ');
            const count = space > 0 ? Number(line.slice(space + 1)) : Number.NaN;
            if (!Number.isFinite(count) || count < 0) {
                throw new Error(`Invalid folded-stack line ${lineNumber}: '${truncateForMessage(line)}'. Expected 'frame;frame;… COUNT' with a non-negative number at the end.`);
            }
            addStack(stacks, line.slice(0, space), count);
        },
        finish: () => stacks,
    };
}
/** Parses folded lines (see createFoldedParser). */
function parseFoldedLines(lines) {
    const parser = createFoldedParser();
    for (const line of lines)
        parser.pushLine(line);
    return parser.finish();
}
/** Parses a whole folded text (convenience for small inputs and tests). */
function parseFoldedText(text) {
    return parseFoldedLines(text.split('\n'));
}
/**
 * Formats stacks as folded lines sorted by byte order of the stack (stackcollapse-perf.pl sorts
 * its output the same way), so equal profiles give identical files.
 */
function formatFoldedLines(stacks) {
    return sortedStackKeys(stacks).map((stack) => `${stack} ${formatWeight(stacks.get(stack) ?? 0)}`);
}
/** Formats stacks as a folded text with a trailing newline (empty profile → empty string). */
function formatFoldedText(stacks) {
    const lines = formatFoldedLines(stacks);
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
/**
 * Stack keys in byte (code-unit) order, the order flamegraph.pl's `flow` expects: the default
 * order of `Array.prototype.sort` for strings, which compares inside V8 instead of calling a
 * comparator (stacks share long prefixes, and each comparison walks them: `compareBytes`, which
 * compares twice, sorted 60,000 stacks in 213–333 ms here, the default sort in 148–171 ms).
 */
function sortedStackKeys(stacks) {
    return [...stacks.keys()].sort();
}
/** Byte-order comparison (Perl's `sort` on strings), independent of locale. */
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Weights as folded text and the flame graphs write them: integers as is, fractional weights (periods) to at most 6 decimals. */
function formatWeight(weight) {
    return String(roundWeight(weight));
}
/** The number formatWeight writes (`String(roundWeight(w)) === formatWeight(w)`), for writers that convert numbers in bulk. */
function roundWeight(weight) {
    return Number.isInteger(weight) ? weight : Number(weight.toFixed(6));
}
function truncateForMessage(line) {
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}


/***/ }),

/***/ 91070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   choosePartCount: () => (/* binding */ choosePartCount),
/* harmony export */   foldCaptureFile: () => (/* binding */ foldCaptureFile),
/* harmony export */   foldCaptureStream: () => (/* binding */ foldCaptureStream),
/* harmony export */   parseOtherRunnableTasks: () => (/* binding */ parseOtherRunnableTasks),
/* harmony export */   runFoldPartWorker: () => (/* binding */ runFoldPartWorker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_folded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28885);
/* harmony import */ var _fold_worker_argument_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26580);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45476);
/**
 * Folding a `perf script` capture for the CLI's `fold`: a file is cut into parts at sample
 * boundaries and folded on every core at once (this thread takes the first part, worker threads
 * the others), then the parts' stacks are summed; stdin and small files are folded here alone.
 *
 * The idea is inferno's (jonhoo/inferno, collapse-perf): samples are independent, so a capture cut
 * at blank lines folds to the same stacks part by part. What a fold carries from one sample to
 * the next is only the event it keeps (the first one seen, stackcollapse-perf.pl's rule), so that
 * is read from the head of the file first and given to every part. A part boundary is the start of
 * the line after a blank line: every folder has ended its sample there (compat: the Perl tool
 * stores it at the blank line; `--srcline` input, where a blank line can be a source line, is
 * never cut). Stacks are summed as numbers, and the output is sorted, so it is the same bytes as
 * a fold in one piece.
 *
 * A file is read as bytes, straight into the line interner's memory (line-interner.ts), which
 * numbers its callchain lines; the folder decodes only the lines it has to read. stdin is read as
 * text.
 *
 * The workers run the CLI's own entry (`workerUrl`), which hands over to `runFoldPartWorker`.
 */





/**
 * Below this size a file is folded in one piece: each thread pays its start-up and its JIT
 * warm-up, which on a 29 MB capture cost about what a second core saves.
 */
const MIN_PARALLEL_BYTES = 64 * 1024 * 1024;
/** At most this many parts (threads). */
const MAX_PARTS = 4;
/** How far past an even cut a blank line is looked for, and how much of the head is read for the event. */
const SCAN_BYTES = 1024 * 1024;
/** Folds the capture on stdin (or any stream), in one piece. */
async function foldCaptureStream(input, request) {
    return foldLines(request, (folder) => (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachLinesOf */ .xk)(input, (text) => folder.pushLines(text)));
}
async function foldCaptureFile(options) {
    const { path, workerUrl } = options;
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    const divisible = size >= (options.minParallelBytes ?? MIN_PARALLEL_BYTES) && !isSrcline(options.request);
    const parts = divisible ? (options.parts ?? choosePartCount()) : 1;
    const boundaries = parts > 1 ? findPartBoundaries(path, { size, parts }) : [];
    const request = boundaries.length > 0 ? await withFirstEvent(path, options.request) : undefined;
    if (!request)
        return foldPart({ path, start: 0, end: size, request: options.request, text: options.text === true });
    const starts = [0, ...boundaries];
    const ends = [...boundaries, size];
    const workers = starts.slice(1).map((start, index) => foldPartInWorker({ workerUrl, path, start, end: ends[index + 1], request }));
    const first = await foldPart({ path, start: 0, end: ends[0], request });
    const results = [first, ...(await Promise.all(workers))];
    const stacks = new Map(first.stacks);
    let samples = first.samples;
    for (const result of results.slice(1)) {
        for (const [stack, weight] of result.stacks)
            (0,_core_folded_js__WEBPACK_IMPORTED_MODULE_3__/* .addStack */ .K)(stacks, stack, weight);
        if (samples !== undefined)
            samples += result.samples ?? 0;
    }
    return samples === undefined ? { stacks } : { stacks, samples };
}
/**
 * One part per core not taken by another runnable task right now (at most `MAX_PARTS`): on a busy
 * machine a second thread finds no free core, and the parts' start-up and merge only cost (on
 * this project's 2-core machine at load 7, 300 MB folded 25% slower in two parts than in one).
 * The count is the kernel's runnable tasks at this instant (/proc/loadavg's fourth field, this
 * thread included), not the 1-minute load average: that one still counts the programs that ran
 * just before us (a benchmark's or a script's previous steps) and kept a 300 MB fold on one
 * thread at load 1.2 on an idle 2-core machine (1.18–1.26 s; 0.81–0.93 s in two parts).
 */
function choosePartCount() {
    const others = readOtherRunnableTasks() ?? Math.floor((0,node_os__WEBPACK_IMPORTED_MODULE_1__.loadavg)()[0] ?? 0);
    return Math.max(1, Math.min(MAX_PARTS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - others));
}
/**
 * Runnable tasks on the machine other than the calling thread, from /proc/loadavg: the fewest of
 * five looks 1 ms apart, so a kernel worker that was runnable for an instant does not count as a
 * busy core.
 */
function readOtherRunnableTasks() {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let fewest;
    for (let look = 0; look < 5; look += 1) {
        if (look > 0)
            Atomics.wait(pause, 0, 0, 1);
        let others;
        try {
            others = parseOtherRunnableTasks((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/loadavg', 'utf8'));
        }
        catch {
            return undefined;
        }
        if (others === undefined)
            return undefined;
        fewest = Math.min(fewest ?? Infinity, others);
    }
    return fewest;
}
/** Runnable tasks other than the reader in /proc/loadavg's text ("0.52 0.58 0.59 2/437 12345": 1); undefined when unreadable. */
function parseOtherRunnableTasks(loadavgText) {
    const running = Number(/^\S+ \S+ \S+ (\d+)\//.exec(loadavgText)?.[1]);
    return Number.isInteger(running) && running >= 1 ? running - 1 : undefined;
}
/** The worker side: folds the part named in `workerData` and posts its stacks back. */
async function runFoldPartWorker() {
    const { workerData, parentPort } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 23));
    const part = workerData;
    const result = await foldPart(part);
    const message = { entries: [...result.stacks], ...(result.samples === undefined ? {} : { samples: result.samples }) };
    parentPort?.postMessage(message);
}
async function foldPart(part) {
    // A file is read as bytes, its callchain lines numbered by the line interner (line-interner.ts).
    const { LineInterner } = await __webpack_require__.e(/* import() */ 878).then(__webpack_require__.bind(__webpack_require__, 34878));
    const interner = new LineInterner();
    const read = (folder) => (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachScannedOfFileSync */ .Lq)({ path: part.path, start: part.start, end: part.end, interner }, folder);
    return part.text === true ? foldLines(part.request, read, { text: true }) : foldLines(part.request, read);
}
async function foldPartInWorker(options) {
    const { workerUrl, ...part } = options;
    const { Worker } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 23));
    return new Promise((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: part, argv: [_fold_worker_argument_js__WEBPACK_IMPORTED_MODULE_4__/* .FOLD_WORKER_ARGUMENT */ .R] });
        let result;
        worker.once('message', (message) => {
            result = { stacks: new Map(message.entries), ...(message.samples === undefined ? {} : { samples: message.samples }) };
        });
        worker.once('error', reject);
        worker.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`The fold worker for bytes ${part.start}–${part.end} exited with code ${code} before it answered.`))));
    });
}
async function foldLines(request, read, options = {}) {
    if (request.view === 'compat') {
        const { createCompatFolder } = await Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(967)]).then(__webpack_require__.bind(__webpack_require__, 98967));
        const folder = createCompatFolder(request.compat);
        await read(folder);
        const text = options.text === true ? folder.finishText() : undefined;
        return text === undefined ? { stacks: folder.finish() } : { text };
    }
    const { createFolder } = await Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 71467));
    const folder = createFolder(request.fold);
    await read(folder);
    const written = options.text === true ? folder.finishText() : undefined;
    if (written !== undefined)
        return { text: written.text, samples: written.quality.samples };
    const result = folder.finish();
    return { stacks: result.stacks, samples: result.quality.samples };
}
/**
 * The request with the event every part must keep, read from the file's head as the whole fold
 * would choose it; undefined when the head names none (then the file is folded in one piece).
 */
async function withFirstEvent(path, request) {
    const lines = readHead(path).split('\n');
    lines.pop(); // perhaps cut short
    if (request.view === 'compat') {
        if (request.compat.eventFilter)
            return request;
        const { createCompatFolder } = await Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(967)]).then(__webpack_require__.bind(__webpack_require__, 98967));
        const folder = createCompatFolder(request.compat);
        for (const line of lines) {
            folder.pushLine(line);
            if (folder.event() !== '')
                return { view: 'compat', compat: { ...request.compat, eventFilter: folder.event() } };
        }
        return undefined;
    }
    const { createFolder } = await Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 71467));
    const folder = createFolder(request.fold);
    for (const line of lines)
        folder.pushLine(line);
    const event = folder.finish().quality.event;
    return event === undefined ? undefined : { view: request.view, fold: { ...request.fold, event } };
}
/**
 * Byte offsets that cut the file into about `parts` even parts, each the start of the line after
 * a blank line (`\n\n`) found within `SCAN_BYTES` past the even cut; fewer when none is found.
 */
function findPartBoundaries(path, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    const buffer = Buffer.alloc(SCAN_BYTES);
    const boundaries = [];
    try {
        for (let part = 1; part < options.parts; part += 1) {
            const cut = Math.max(Math.floor((options.size * part) / options.parts), (boundaries[boundaries.length - 1] ?? 0) + 1);
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, SCAN_BYTES, cut);
            const blank = buffer.subarray(0, read).indexOf('\n\n');
            if (blank >= 0 && cut + blank + 2 < options.size)
                boundaries.push(cut + blank + 2);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return boundaries;
}
function readHead(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buffer = Buffer.alloc(SCAN_BYTES);
        return buffer.toString('utf8', 0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, SCAN_BYTES, 0));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function isSrcline(request) {
    return request.view === 'compat' && request.compat.srcline === true;
}


/***/ }),

/***/ 45476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ forEachLineOf),
/* harmony export */   Lq: () => (/* binding */ forEachScannedOfFileSync),
/* harmony export */   xk: () => (/* binding */ forEachLinesOf)
/* harmony export */ });
/* unused harmony export forEachLinesOfFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reading text one line at a time, fast: `perf script` captures run to hundreds of megabytes, and
 * node:readline costs more than folding them (an event and a regular expression per line).
 *
 * Lines end at `\n` only, as Perl's `<>` reads them (stackcollapse-perf.pl): a `\r` before it stays
 * in the line, and a lone `\r` does not end one (readline would cut there). A last line without its
 * newline is still a line.
 *
 * Bytes are cut at their last `\n` and only the complete lines before it are decoded, as one
 * string per read: a `\n` byte is never part of a UTF-8 sequence, so no character is split, and an
 * invalid sequence decodes to U+FFFD exactly as in a decode of the whole input. The few bytes after
 * the last `\n` wait for the next read. This takes no string decoder and no concatenation of the
 * rest with the next text (each would copy every byte once more; splitting a 29 MB capture into
 * lines took 27 ms instead of 35 ms without them, fastest of 12).
 *
 * Reads are 64 KiB: the decoded text then stays a young-generation string (256 KiB ones land in
 * V8's large-object space and folded a 29 MB capture slower). Files are read synchronously into
 * one reused buffer, which folded that capture with about a third less CPU than a read stream.
 */

const CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;
/** Calls `onLine` for every line of `input` (without its `\n`), in order. */
async function forEachLineOf(input, onLine) {
    await forEachLinesOf(input, (text) => cutLines(text, onLine));
}
/**
 * Calls `onLines` with the lines of `input`, in order, several at a time: each `text` is whole
 * lines separated by `\n`, the last one without its `\n` (what a folder's `pushLines` takes).
 */
async function forEachLinesOf(input, onLines) {
    const cutter = createLineCutter(onLines);
    for await (const chunk of input)
        cutter.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    cutter.end();
}
/** `forEachLinesOf` on bytes `[start, end)` of a file (default: all of it). */
function forEachLinesOfFileSync(options, onLines) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(options.path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const cutter = createLineCutter(onLines);
        const end = options.end ?? Number.POSITIVE_INFINITY;
        let position = options.start ?? 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
            if (read <= 0)
                break;
            position += read;
            cutter.write(buffer.subarray(0, read));
        }
        cutter.end();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Cuts bytes written in any pieces into texts of whole lines. `write` may be given a view into a
 * buffer that is reused afterwards: what it keeps (a line not ended yet) is copied.
 */
function createLineCutter(onLines) {
    // The bytes of the line not ended yet, in the pieces they came in.
    let rest = [];
    return {
        write(bytes) {
            const first = bytes.indexOf(NEWLINE);
            if (first < 0) {
                if (bytes.length > 0)
                    rest.push(Buffer.from(bytes));
                return;
            }
            let from = 0;
            if (rest.length > 0) {
                rest.push(bytes.subarray(0, first));
                onLines(Buffer.concat(rest).toString('utf8'));
                rest = [];
                from = first + 1;
            }
            const last = bytes.lastIndexOf(NEWLINE);
            if (last >= from)
                onLines(bytes.toString('utf8', from, last));
            if (last + 1 < bytes.length)
                rest.push(Buffer.from(bytes.subarray(last + 1)));
        },
        end() {
            if (rest.length > 0)
                onLines(Buffer.concat(rest).toString('utf8'));
            rest = [];
        },
    };
}
/** Hands every line of `text` (complete lines without the last one's `\n`) to `onLine`. */
function cutLines(text, onLine) {
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
        onLine(text.slice(start, newline));
        start = newline + 1;
        newline = text.indexOf('\n', start);
    }
    onLine(start === 0 ? text : text.slice(start));
}
/**
 * Bytes `[start, end)` of a file (default: all of it), as the same lines `forEachLinesOfFileSync`
 * gives, numbered by `interner` and handed to `sink.pushScanned` a scan at a time. Reads go
 * straight into the interner's memory; the bytes after the last `\n` of a read wait for the next
 * one, and a last line without its `\n` gets one. A line longer than one scan holds (no `\n` in
 * `interner.capacity` bytes: not `perf script` output) sends the rest of the range to
 * `sink.pushLines` as text instead.
 */
function forEachScannedOfFileSync(options, sink) {
    const { interner } = options;
    /** The most bytes one scan takes (default: all the interner takes; smaller in tests). */
    const scanBytes = Math.min(options.scanBytes ?? interner.capacity, interner.capacity);
    const end = options.end ?? Number.POSITIVE_INFINITY;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(options.path, 'r');
    let position = options.start ?? 0;
    let carry = 0;
    /** Where the text reader takes over (a line too long to scan), if it must. */
    let textFrom;
    try {
        for (;;) {
            let input = interner.input();
            const want = Math.min(scanBytes - carry, end - position);
            const read = want > 0 ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, input, carry, want, position) : 0;
            position += read;
            let length = carry + read;
            if (length === 0)
                return;
            const last = read === 0 || position >= end;
            let cut = input.lastIndexOf(NEWLINE, length - 1);
            if (last && cut !== length - 1) {
                input[length] = NEWLINE;
                cut = length;
                length += 1;
            }
            if (cut < 0) {
                textFrom = position - length;
                break;
            }
            sink.pushScanned(interner.scan(cut + 1));
            if (last)
                return;
            input = interner.input();
            input.copyWithin(0, cut + 1, length);
            carry = length - (cut + 1);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    if (textFrom !== undefined)
        forEachLinesOfFileSync({ path: options.path, start: textFrom, end: options.end }, (text) => sink.pushLines(text));
}


/***/ })

};
