export const id = 967;
export const ids = [967];
export const modules = {

/***/ 98967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCompatFolder: () => (/* binding */ createCompatFolder)
});

// EXTERNAL MODULE: ./src/core/perf-header-time.ts
var perf_header_time = __webpack_require__(67564);
;// CONCATENATED MODULE: ./src/core/fold-compat-lines.ts
/**
 * The line rules of stackcollapse-perf.pl (fold-compat.ts), as the Perl tool matches them: which
 * lines are sample headers and what a header sets, and the parts of a frame line. Perl's `\s`,
 * `\S` on byte strings are ASCII space, \t, \n, \v, \f, \r; `.` is "anything but \n".
 */

const HEADER_PATTERN = /^([^\t\n\v\f\r ][^\n]+?)[\t\n\v\f\r ]+(\d+)\/*(\d+)*[\t\n\v\f\r ]+/;
const EVENT_PATTERN = /:[\t\n\v\f\r ]*(\d+)*[\t\n\v\f\r ]+([^\t\n\v\f\r ]+):[\t\n\v\f\r ]*$/;
const FRAME_PATTERN = /^[\t\n\v\f\r ]*(\w+)[\t\n\v\f\r ]*([^\n]+) \(([^\n]*)\)/;
/** What the header `line` sets; undefined when the Perl tool does not read it as a header (nor a line starting with a space). */
function readCompatHeader(line, naming) {
    if (line.length === 0 || isPerlSpace(line.charCodeAt(0)))
        return undefined;
    const match = HEADER_PATTERN.exec(line);
    return match === null ? undefined : readHeaderMatches(match, EVENT_PATTERN.exec(line), naming);
}
/**
 * What every header with this one's key sets (line-interner.ts `HeaderKeys`: the same bytes
 * outside its time), when that does not depend on the time: the Perl tool's matches end before it
 * (HEADER_PATTERN) and start after it (EVENT_PATTERN). undefined otherwise.
 */
function readKeyedCompatHeader(line, naming) {
    if (line.length === 0 || isPerlSpace(line.charCodeAt(0)) || line.charCodeAt(0) === 0x23 /* # */)
        return undefined;
    const time = (0,perf_header_time/* findHeaderTime */.E)(line);
    const match = HEADER_PATTERN.exec(line);
    if (time === undefined || match === null || match[0].length > time.start)
        return undefined;
    const event = EVENT_PATTERN.exec(line);
    if (event !== null && event.index < time.end)
        return undefined;
    return readHeaderMatches(match, event, naming);
}
function readHeaderMatches(match, event, naming) {
    const comm = match[1];
    let pid = match[2];
    let tid = match[3];
    if (tid === undefined || tid === '' || tid === '0') {
        tid = pid;
        pid = '?';
    }
    const samplePeriod = event === null ? undefined : event[1];
    const period = samplePeriod === undefined || samplePeriod === '' || samplePeriod === '0' ? 1 : Number(samplePeriod);
    let name;
    if (naming.tid === true)
        name = `${comm}-${pid}/${tid}`;
    else if (naming.pid === true)
        name = `${comm}-${pid}`;
    else
        name = comm;
    const pname = name.replaceAll(' ', '_');
    return { event: event === null ? undefined : event[2], period, pname, isJava: pname.startsWith('java') };
}
/**
 * The Perl tool's `/^\s*(\w+)\s*(.+) \((.*)\)/` on a stack line. Fast path with index arithmetic
 * for the shapes perf prints; the regular expression (with its backtracking) for anything else.
 */
function matchFrameLine(line) {
    const length = line.length;
    let start = 0;
    while (start < length && isPerlSpace(line.charCodeAt(start)))
        start += 1;
    let wordEnd = start;
    while (wordEnd < length && isWordChar(line.charCodeAt(wordEnd)))
        wordEnd += 1;
    if (wordEnd > start) {
        let funcStart = wordEnd;
        while (funcStart < length && isPerlSpace(line.charCodeAt(funcStart)))
            funcStart += 1;
        const close = line.lastIndexOf(')');
        if (close >= 0) {
            const open = close >= 2 ? line.lastIndexOf(' (', close - 2) : -1;
            if (open > funcStart && line.indexOf('\n') < 0) {
                return { pc: line.slice(start, wordEnd), rawfunc: line.slice(funcStart, open), mod: line.slice(open + 2, close) };
            }
        }
    }
    const match = FRAME_PATTERN.exec(line);
    if (match === null)
        return undefined;
    return { pc: match[1], rawfunc: match[2], mod: match[3] };
}
/** Perl's `\s`: ASCII space, \t, \n, \v, \f, \r. */
function isPerlSpace(code) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
function isWordChar(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

// EXTERNAL MODULE: ./src/core/fold-detach-string.ts
var fold_detach_string = __webpack_require__(11558);
// EXTERNAL MODULE: ./src/core/fold-line-cache.ts
var fold_line_cache = __webpack_require__(29516);
// EXTERNAL MODULE: ./src/core/line-interner.ts + 1 modules
var line_interner = __webpack_require__(34878);
// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
// EXTERNAL MODULE: ./src/core/folded-writer.ts + 1 modules
var folded_writer = __webpack_require__(250);
// EXTERNAL MODULE: ./src/core/fold-stack-table.ts
var fold_stack_table = __webpack_require__(16968);
;// CONCATENATED MODULE: ./src/core/fold-compat.ts
/**
 * Compat view: the folded output of Brendan Gregg's `stackcollapse-perf.pl` (FlameGraph repo),
 * byte for byte, for the same options, so `fold --compat` can replace the Perl tool in existing
 * pipelines. Re-implemented from its documented behaviour; tested against the Perl tool's output
 * on captured `perf script` text (test/fixtures/fold, test/golden/fold/*.compat-*).
 *
 * Behaviour reproduced: the process-name root frame (spaces → `_`; `--pid` → `comm-PID`, `--tid`
 * → `comm-PID/TID`, `?` for the PID when perf printed one number), weighting by the event period
 * (1 when absent or 0), keeping only the first event type seen unless `eventFilter` is given,
 * `+0x…` offsets stripped, frames whose symbol starts with `(` skipped, `->` inline chains split
 * with `_[i]` on the inlined parts, `[unknown]` → `[<module basename>]` (`[unknown]` when the
 * module is unknown too; `--addrs` adds `<address>`), name tidying (`;` → `:`, everything from the
 * first `(` dropped except `(anonymous namespace)` and Go method names, quotes deleted, Java
 * `L` prefixes), `_[k]` for kernel modules (`--kernel`), `_[j]` for `/tmp/perf-PID.map` frames
 * (`--jit`), `--all` = both, `--srcline` (a source line follows each resolved frame line), and the
 * exact line-matching rules of the Perl tool, including its quirks (a sample is only stored at the
 * blank line that ends it; lines it does not recognise are ignored).
 *
 * Deliberate differences:
 * - `--inline` and `--context` are not supported: they run `addr2line`/`nm` on the binaries, an
 *   effect this pure module cannot have (perf's own inline output, `(inlined)` frames, is folded
 *   like any frame, as the Perl tool does without `--inline`).
 * - Input is text, not bytes: invalid UTF-8 has already become U+FFFD, and the caller's line
 *   splitting decides line ends. Perl treats `\s`/`\w`/`\d` as ASCII classes here; we match that.
 * - Output order comes from `formatFoldedText` (UTF-16 code-unit order), which equals the Perl
 *   tool's byte order except between astral-plane characters and U+E000–U+FFFF.
 * - The Perl tool's stderr warnings ("Unrecognized line", "Filtering for events of type") are not
 *   produced; the `# cmdline` header it parses is unused by its output and ignored here too.
 *
 * Speed (not behaviour): the Perl tool parses and tidies every callchain line and joins every
 * sample's frames into a string. perf repeats the same lines (same address, symbol and module)
 * sample after sample, so the names a line yields are kept by its whole text (`LineCache`, the
 * Python view's) and a line seen before costs one lookup; a sample is the sequence of its lines'
 * cache ids plus its process name, counted (weighted by period) in a `StackTable`, and each
 * distinct sequence becomes its `;`-joined string once, at `finish()`. A line's names depend
 * only on its text, the options and whether the process is Java; Java processes, `--srcline`
 * input (where a line's meaning depends on the line before) and lines beyond the cache's bound
 * take the Perl tool's way: names pushed and joined per sample. Bytes scanned by the line
 * interner (`pushScanned`, line-interner.ts) come with a number per distinct callchain line, so
 * a known line is found by its number in an array, without being decoded or looked up by text,
 * and headers with a key, so a thread's headers (which differ only in their time) are read once.
 * `finishText()` writes the folded text itself from the sequences (folded-writer.ts), without a
 * string per stack.
 */







const OFFSET_SUFFIX = /\+0x[\da-f]+$/;
const GO_METHOD = /\.\([^\n]*\)\./;
const FROM_FIRST_PAREN = /\((?!anonymous namespace\))[^\n]*/;
const KERNEL_MODULE = /(?:^\[|vmlinux$)/;
const PERF_MAP = /\/tmp\/perf-\d+\.map/;
/** Creates a streaming folder with stackcollapse-perf.pl's semantics. */
function createCompatFolder(options = {}) {
    const annotateKernel = options.kernel === true || options.all === true;
    const annotateJit = options.jit === true || options.all === true;
    const includeAddrs = options.addrs === true;
    const srcline = options.srcline === true;
    let eventFilter = options.eventFilter ?? '';
    const collapsed = new Map();
    // Frames leaf first (the Perl tool unshifts onto the root end; we push and reverse at the end).
    const stack = [];
    let pname;
    let period = 1;
    let isJava = false;
    // --srcline: names of the current frame line still waiting for their source line.
    let pendingSource = [];
    let pendingResolvedCount = 0;
    let pendingIndex = 0;
    const lineCache = new fold_line_cache/* LineCache */.p();
    /** Cached line id → the names it pushes onto `stack` (leaf first; empty for a line that is no frame). */
    const cachedNames = [];
    /** Cached line id → how many names it pushes (the hot loop reads only this). */
    const nameCounts = [];
    const noNames = [];
    // The current sample as cache ids (`inIds`), else as names in `stack`; at its end the process
    // name's id is added as `-(id + 1)`, the root.
    const sequence = new fold_stack_table/* FrameIdBuilder */.g();
    const sequences = new fold_stack_table/* StackTable */.t();
    const pnameIds = new Map();
    const pnames = [];
    let inIds = !srcline;
    /** From ids to names for the rest of this sample (a line that has no cache id). */
    const leaveIds = () => {
        if (!inIds)
            return;
        inIds = false;
        for (let index = 0; index < sequence.length; index += 1)
            pushNames(cachedNames[sequence.ids[index]]);
        sequence.clear();
    };
    const endSample = (name) => {
        if (inIds) {
            let id = pnameIds.get(name);
            if (id === undefined) {
                id = pnames.length;
                pnames.push((0,fold_detach_string/* detachString */.r)(name));
                pnameIds.set(pnames[id], id);
            }
            sequence.push(-(id + 1));
            sequences.add(sequence, period);
            sequence.clear();
        }
        else {
            stack.push(name);
            stack.reverse();
            (0,folded/* addStack */.K)(collapsed, stack.join(';'), period);
            stack.length = 0;
        }
        inIds = !srcline;
    };
    const commitPending = () => {
        for (let index = pendingSource.length - 1; index >= 0; index -= 1)
            stack.push(pendingSource[index]);
        pendingSource = [];
        pendingIndex = 0;
        pendingResolvedCount = 0;
    };
    /** The names a frame line pushes onto `stack`, leaf first (for `--srcline`, it sets `pendingSource` instead). */
    const nameFrame = (frame) => {
        const rawfunc = frame.rawfunc.replace(OFFSET_SUFFIX, '');
        if (rawfunc.startsWith('('))
            return noNames;
        const parts = rawfunc.split('->');
        while (parts.length > 0 && parts[parts.length - 1] === '')
            parts.pop();
        const inline = [];
        let unknown = false;
        let resolvedCount = 0;
        for (const part of parts) {
            let func = part;
            if (func === '[unknown]') {
                if (frame.mod !== '[unknown]') {
                    func = frame.mod.slice(frame.mod.lastIndexOf('/') + 1);
                }
                else {
                    func = 'unknown';
                    unknown = true;
                }
                func = includeAddrs ? `[${func} <${frame.pc}>]` : `[${func}]`;
            }
            func = func.replaceAll(';', ':');
            if (!GO_METHOD.test(func))
                func = func.replace(FROM_FIRST_PAREN, '');
            func = func.replace(/["']/g, '');
            if (isJava && func.includes('/') && func.startsWith('L'))
                func = func.slice(1);
            if (inline.length > 0) {
                if (!func.includes('_[i]'))
                    func += '_[i]';
            }
            else if (annotateKernel && KERNEL_MODULE.test(frame.mod) && !frame.mod.includes('unknown')) {
                func += '_[k]';
            }
            else if (annotateJit && PERF_MAP.test(frame.mod)) {
                if (!func.includes('_[j]'))
                    func += '_[j]';
            }
            // --srcline: a source line is read for each part until the first unknown part.
            if (srcline && !unknown)
                resolvedCount += 1;
            inline.push(func);
        }
        if (srcline && resolvedCount > 0) {
            pendingSource = inline;
            pendingResolvedCount = resolvedCount;
            pendingIndex = 0;
            return noNames;
        }
        return inline.reverse();
    };
    const pushNames = (names) => {
        for (const name of names)
            stack.push(name);
    };
    const applyHeader = (header) => {
        if (header.event !== undefined) {
            if (eventFilter === '')
                eventFilter = header.event;
            else if (header.event !== eventFilter)
                return;
        }
        period = header.period;
        pname = header.pname;
        isJava = header.isJava;
    };
    const headers = new line_interner/* HeaderKeys */.o((line) => readKeyedCompatHeader(line, options));
    /** Cache id of the line numbered n by the line interner (`pushScanned`), -1 while unknown; made at the first scan. */
    let cacheIdOfNumber;
    /** Any line, by the Perl tool's rules; `number`: its number from the line interner, or -1. */
    const pushAnyLine = (line, number = -1) => {
        if (pendingSource.length > 0) {
            // The Perl tool reads this line itself as the source line of the frame before.
            const source = line.replace(/\[[^\n]*?\]/g, '').replace(/^[\t\n\v\f\r ]*/, '').replace(/[\t\n\v\f\r ]*$/, '');
            if (source !== '')
                pendingSource[pendingIndex] += `:${source}`;
            pendingIndex += 1;
            if (pendingIndex >= pendingResolvedCount)
                commitPending();
            return;
        }
        if (line.charCodeAt(0) === 0x23 /* # */)
            return;
        if (line.length === 0) {
            if (pname === undefined)
                return;
            endSample(pname);
            pname = undefined;
            return;
        }
        const header = readCompatHeader(line, options);
        if (header !== undefined) {
            applyHeader(header);
            return;
        }
        if (pname === undefined)
            return;
        if (srcline || isJava) {
            leaveIds();
            const frame = matchFrameLine(line);
            if (frame !== undefined)
                pushNames(nameFrame(frame));
            return;
        }
        let id = number >= 0 && cacheIdOfNumber ? cacheIdOfNumber[number] : lineCache.frameOf(line);
        if (id < 0) {
            const frame = matchFrameLine(line);
            const names = frame === undefined ? noNames : nameFrame(frame).map(fold_detach_string/* detachString */.r);
            id = cachedNames.length;
            // A numbered line is found again by its number (the interner bounds how many there are); any
            // other by its text, while the text cache has room.
            if (number >= 0 && cacheIdOfNumber) {
                cacheIdOfNumber[number] = id;
            }
            else if (!lineCache.add(line, id)) {
                leaveIds();
                pushNames(names);
                return;
            }
            cachedNames.push(names);
            nameCounts.push(names.length);
        }
        if (!inIds)
            pushNames(cachedNames[id]);
        else if (nameCounts[id] > 0)
            sequence.push(id);
    };
    const pushLines = (text) => {
        // One loop over the lines, the commonest case inline: a callchain line seen before, in a
        // sample read as cache ids. V8 optimizes a hot loop within the call (on-stack replacement),
        // long before it would a function called once per line; the rest goes through pushAnyLine.
        const length = text.length;
        let start = 0;
        while (start <= length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = length;
            const line = text.slice(start, end);
            start = end + 1;
            if (inIds && pname !== undefined && !isJava && line.length > 0 && isPerlSpace(line.charCodeAt(0))) {
                const id = lineCache.frameOf(line);
                if (id >= 0) {
                    if (nameCounts[id] > 0)
                        sequence.push(id);
                    continue;
                }
            }
            pushAnyLine(line);
        }
    };
    const pushScanned = (lines) => {
        // As pushLines, on the lines' numbers: a callchain line whose number has a cache id is
        // pushed without being decoded; any other line is decoded and read by the Perl tool's rules.
        const { count, ends, numbers } = lines;
        cacheIdOfNumber ??= new Int32Array(line_interner/* MAX_LINE_NUMBERS */.B).fill(-1);
        const cacheIds = cacheIdOfNumber;
        let start = 0;
        // Whether a known callchain line is read as a cache id; only a line read in full changes it.
        let asId = inIds && pname !== undefined && !isJava;
        for (let index = 0; index < count; index += 1) {
            const end = ends[index];
            const number = numbers[index];
            if (asId && number >= 0) {
                const id = cacheIds[number];
                if (id >= 0) {
                    if (nameCounts[id] > 0)
                        sequence.push(id);
                    start = end + 1;
                    continue;
                }
            }
            // A header is read once per key, when its key decides what it sets.
            const header = number <= -3 && pendingSource.length === 0 ? headers.valueOf(number, lines, start, end) : null;
            if (header !== null)
                applyHeader(header);
            else
                pushAnyLine(lines.text(start, end), number);
            start = end + 1;
            asId = inIds && pname !== undefined && !isJava;
        }
    };
    return {
        // A line holds no `\n`, so it is a text of one line.
        pushLine: (line) => pushLines(line),
        pushLines,
        pushScanned,
        event: () => eventFilter,
        finish() {
            // Like the Perl tool: a sample without its terminating blank line is not stored.
            const stacks = new Map(collapsed);
            const names = [];
            sequences.forEach((ids, weight) => {
                names.length = 0;
                names.push(pnames[-ids[ids.length - 1] - 1]);
                for (let index = ids.length - 2; index >= 0; index -= 1) {
                    const lineNames = cachedNames[ids[index]];
                    for (let part = lineNames.length - 1; part >= 0; part -= 1)
                        names.push(lineNames[part]);
                }
                (0,folded/* addStack */.K)(stacks, names.join(';'), weight);
            });
            return stacks;
        },
        finishText() {
            // Only when every sample was read as cache ids (none was folded by its names).
            if (collapsed.size > 0)
                return undefined;
            // Name of id i at names[i + pnames.length]: a process name's id is -(p + 1), a line's its
            // cache id (the line's names, root first, joined).
            const names = [...pnames].reverse();
            for (const lineNames of cachedNames)
                names.push(lineNames.length === 1 ? lineNames[0] : [...lineNames].reverse().join(';'));
            return (0,folded_writer/* writeFoldedText */.r)(sequences.toSequences(), names, pnames.length);
        },
    };
}


/***/ })

};
