export const id = 439;
export const ids = [439,885,266,647];
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

/***/ 96633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ outputLayout),
/* harmony export */   XC: () => (/* binding */ runFoldedName),
/* harmony export */   fc: () => (/* binding */ compareRunNames)
/* harmony export */ });
/**
 * The output directory's layout. It is also the artifact's layout and what `baseline:` accepts,
 * so a previous run's directory (or its downloaded artifact) is a valid baseline as it is.
 */
const outputLayout = {
    /** Headline profile: all recorded runs merged, Python-aware view. */
    folded: 'profile.folded',
    /** One folded file per recorded run (the gate needs the spread between runs). */
    runsDirectory: 'runs',
    /** With baseline-ref: the base commit's runs, recorded in this job interleaved with ours. */
    baselineRunsDirectory: 'baseline-runs',
    flamegraph: 'flamegraph.svg',
    /** Differential flame graph: current shape, coloured by change against the baseline. */
    diff: 'diff.svg',
    /** The reverse: baseline's shape, so frames that vanished stay findable. */
    diffBaselineShape: 'diff-baseline.svg',
    baselineFolded: 'baseline.folded',
    speedscope: 'profile.speedscope.json',
    /** The same profile for go tool pprof, Pyroscope, Parca, Datadog (gzipped profile.proto). */
    pprof: 'profile.pb.gz',
    report: 'report.json',
    readiness: 'readiness.json',
    logsDirectory: 'logs',
    perfDataDirectory: 'perf-data',
};
function runFoldedName(index) {
    return `${outputLayout.runsDirectory}/run-${index}.folded`;
}
/** Sorts `run-N.folded` names by N (run-10 after run-9). */
function compareRunNames(a, b) {
    const number = (name) => Number(/run-(\d+)/.exec(name)?.[1] ?? Number.NaN);
    return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ }),

/***/ 76439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FoldedLineError: () => (/* binding */ FoldedLineError),
/* harmony export */   baselineLimits: () => (/* binding */ baselineLimits),
/* harmony export */   loadBaselinePath: () => (/* binding */ loadBaselinePath),
/* harmony export */   readFoldedFile: () => (/* binding */ readFoldedFile),
/* harmony export */   readFoldedStream: () => (/* binding */ readFoldedStream)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_folded_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28885);
/* harmony import */ var _core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96633);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45476);
/**
 * Loading a baseline: a folded file (one run), or a directory written by a previous run (the
 * output directory, or its downloaded artifact), whose `runs/run-N.folded` files keep the per-run
 * spread and whose report.json says which Python, mode and event made it.
 *
 * A baseline is untrusted input (an artifact was written by another run): sizes are bounded
 * (`baselineLimits`), report.json is type-checked field by field, and anything that does not fit
 * is a `UserError` naming the setting, the file (and where it came from), what was expected and
 * the fix. Nothing is skipped silently: a baseline that cannot be read fully never becomes a pass.
 */






const MiB = 1024 * 1024;
/**
 * Bounds on what a baseline may hold. python-perf-gate's own files are far smaller (a folded run
 * file is a few MB even for long runs: it holds distinct stacks, not samples; report.json tens of
 * KB), so only a broken or hostile baseline reaches them.
 */
const baselineLimits = {
    /** One folded file (a `baseline:` file, `profile.folded` or one `runs/run-N.folded`): 256 MiB. */
    foldedFileBytes: 256 * MiB,
    /** All folded files of a directory together: 1 GiB. */
    foldedTotalBytes: 1024 * MiB,
    /** report.json: 16 MiB. */
    reportBytes: 16 * MiB,
    /** `runs/run-N.folded` files in a directory. */
    runFiles: 1000,
};
/** A folded line that does not parse, with the file and line it is on. */
class FoldedLineError extends Error {
    line;
    text;
    file;
    name = 'FoldedLineError';
    constructor(message, 
    /** 1-based line number in the whole input. */
    line, 
    /** The line as read. */
    text, file) {
        super(message);
        this.line = line;
        this.text = text;
        this.file = file;
    }
}
/** Reads folded stacks from a stream (a file, or stdin) without holding the text in memory. */
async function readFoldedStream(input, file) {
    const parser = (0,_core_folded_js__WEBPACK_IMPORTED_MODULE_5__/* .createFoldedParser */ .IZ)();
    let line = 0;
    await (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachLineOf */ .Cj)(input, (text) => {
        line += 1;
        try {
            parser.pushLine(text);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new FoldedLineError(file === undefined ? message : `${message} (in ${file})`, line, text, file);
        }
    });
    return parser.finish();
}
/** Reads a folded file as a stream (baselines can be large); a bad line's error names the file and the line. */
async function readFoldedFile(path) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
    try {
        return await readFoldedStream(stream, path);
    }
    finally {
        stream.destroy();
    }
}
/** Loads a baseline from a path (file or directory). Missing path → undefined (first run). */
async function loadBaselinePath(path, options) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const invalid = invalidBaseline(path, options);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
        if (/\.zip$/i.test(path)) {
            throw invalid('Zip files are not read directly.', `Extract it (unzip -d DIR ${path}) and pass the directory, or use 'baseline: artifact'.`);
        }
        checkFoldedFiles([path], invalid);
        return { source: path, runs: [{ stacks: await readBaselineFolded(path, invalid) }], meta: {} };
    }
    const runsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .outputLayout */ .UW.runsDirectory);
    const runFiles = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(runsDir)
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(runsDir)
            .filter((name) => /^run-\d+\.folded$/.test(name))
            .sort(_core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRunNames */ .fc)
            .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runsDir, name))
        : [];
    const headline = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .outputLayout */ .UW.folded);
    if (runFiles.length === 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(headline)) {
        throw invalid(`Found neither ${_core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .outputLayout */ .UW.runsDirectory}/run-N.folded nor ${_core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .outputLayout */ .UW.folded} in it.`, 'Expected a folded-stacks file or a directory written by python-perf-gate; point the setting at one.');
    }
    if (runFiles.length > baselineLimits.runFiles) {
        throw invalid(`${runsDir} holds ${runFiles.length.toLocaleString('en-US')} run-N.folded files; a baseline may have at most ${baselineLimits.runFiles.toLocaleString('en-US')}.`, 'Use a baseline recorded with fewer runs.');
    }
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .outputLayout */ .UW.report);
    const report = readReport(reportPath, invalid);
    if (runFiles.length === 0) {
        checkFoldedFiles([headline], invalid);
        return { source: path, runs: [{ stacks: await readBaselineFolded(headline, invalid) }], meta: report?.meta ?? {} };
    }
    const times = report?.runTimes;
    if (times && times.length !== runFiles.length) {
        throw invalid(`${reportPath} lists ${times.length} runs but ${runsDir} holds ${runFiles.length} run-N.folded files.`, 'Expected one report entry per run file, as python-perf-gate writes them; use the directory as the run left it.');
    }
    checkFoldedFiles(runFiles, invalid);
    const runs = [];
    for (const [index, file] of runFiles.entries()) {
        runs.push({ stacks: await readBaselineFolded(file, invalid), ...times?.[index] });
    }
    return { source: path, runs, meta: report?.meta ?? {} };
}
/** `Invalid value '<path>' for <setting> (<origin>). <problem> <fix>` */
function invalidBaseline(path, options) {
    const origin = options.origin ? ` (${options.origin})` : '';
    return (problem, fix) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Invalid value '${path}' for ${options.describe}${origin}. ${problem} ${fix}`);
}
/** Before reading any: each folded file is a regular file within the size limit, and all of them within the total. */
function checkFoldedFiles(files, invalid) {
    let total = 0;
    for (const file of files) {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (!stats.isFile()) {
            throw invalid(`${file} is not a regular file.`, 'Expected a folded-stacks file; replace it with one.');
        }
        if (stats.size > baselineLimits.foldedFileBytes) {
            throw invalid(`${file} is ${formatMiB(stats.size)}; a baseline's folded file may have at most ${formatMiB(baselineLimits.foldedFileBytes)}.`, 'Expected folded stacks as python-perf-gate writes them (one line per distinct stack); use such a baseline.');
        }
        total += stats.size;
        if (total > baselineLimits.foldedTotalBytes) {
            throw invalid(`Its ${files.length} folded files add up to more than ${formatMiB(baselineLimits.foldedTotalBytes)}.`, 'Use a baseline with fewer or smaller run files.');
        }
    }
}
/** Reads a checked folded file; a line that does not parse names the file and the line. */
async function readBaselineFolded(file, invalid) {
    try {
        return await readFoldedFile(file);
    }
    catch (error) {
        if (!(error instanceof FoldedLineError))
            throw error;
        throw invalid(`${file} line ${error.line} is not a folded-stack line: ${JSON.stringify(error.text.length > 120 ? `${error.text.slice(0, 117)}...` : error.text)}; expected 'frame;frame;… COUNT' with a non-negative number at the end.`, 'Replace the baseline with one written by python-perf-gate (or by stackcollapse-perf.pl).');
    }
}
/**
 * The parts of a previous report.json a baseline uses (Python version, mode, event, quality, each
 * run's times), type-checked: a field of the wrong type is an error, not ignored. Absent fields
 * stay absent; no report.json → undefined.
 */
function readReport(reportPath, invalid) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(reportPath))
        return undefined;
    const fix = 'Replace the baseline with a directory written by python-perf-gate (its report.json as written).';
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(reportPath);
    if (!stats.isFile())
        throw invalid(`${reportPath} is not a regular file.`, fix);
    if (stats.size > baselineLimits.reportBytes) {
        throw invalid(`${reportPath} is ${formatMiB(stats.size)}; a baseline's report.json may have at most ${formatMiB(baselineLimits.reportBytes)}.`, fix);
    }
    let report;
    try {
        report = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(reportPath, 'utf8'));
    }
    catch (error) {
        throw invalid(`${reportPath} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, fix);
    }
    const wrongType = (field, expected, value) => invalid(`${reportPath}: '${field}' is ${describeJson(value)}; expected ${expected}.`, fix);
    if (!isObject(report))
        throw wrongType('(top level)', 'an object', report);
    const optionalString = (object, key, field) => {
        const value = object[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw wrongType(field, 'a string', value);
        return value;
    };
    const optionalNumber = (object, key, field, range) => {
        const value = object[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'number' || !Number.isFinite(value) || value < range[0] || value > range[1]) {
            throw wrongType(field, range[1] === Infinity ? `a number ≥ ${range[0]}` : `a number from ${range[0]} to ${range[1]}`, value);
        }
        return value;
    };
    const optionalObject = (object, key, field) => {
        const value = object[key];
        if (value === undefined)
            return undefined;
        if (!isObject(value))
            throw wrongType(field, 'an object', value);
        return value;
    };
    const meta = {};
    const python = optionalObject(report, 'python', 'python');
    const version = python && optionalString(python, 'version', 'python.version');
    if (version)
        meta.pythonVersion = version;
    const mode = optionalString(report, 'mode', 'mode');
    if (mode)
        meta.mode = mode;
    const event = optionalString(report, 'event', 'event');
    if (event)
        meta.event = event;
    const machine = optionalObject(report, 'machine', 'machine');
    if (machine) {
        meta.machine = {};
        const cpuModel = optionalString(machine, 'cpuModel', 'machine.cpuModel');
        if (cpuModel)
            meta.machine.cpuModel = cpuModel;
        const cores = optionalNumber(machine, 'cores', 'machine.cores', [1, 1_000_000]);
        if (cores !== undefined)
            meta.machine.cores = cores;
        const kernel = optionalString(machine, 'kernel', 'machine.kernel');
        if (kernel)
            meta.machine.kernel = kernel;
    }
    const quality = optionalObject(report, 'quality', 'quality');
    if (quality) {
        meta.quality = {
            rootedShare: optionalNumber(quality, 'rootedShare', 'quality.rootedShare', [0, 1]),
            pythonShare: optionalNumber(quality, 'pythonShare', 'quality.pythonShare', [0, 1]),
        };
    }
    const fields = { meta };
    if (report.runs !== undefined) {
        if (!Array.isArray(report.runs))
            throw wrongType('runs', 'an array', report.runs);
        fields.runTimes = report.runs.map((run, index) => {
            if (!isObject(run))
                throw wrongType(`runs[${index}]`, 'an object', run);
            const times = {};
            const wallSeconds = optionalNumber(run, 'wallSeconds', `runs[${index}].wallSeconds`, [0, Infinity]);
            if (wallSeconds !== undefined)
                times.wallSeconds = wallSeconds;
            const cpuSeconds = optionalNumber(run, 'cpuSeconds', `runs[${index}].cpuSeconds`, [0, Infinity]);
            if (cpuSeconds !== undefined)
                times.cpuSeconds = cpuSeconds;
            return times;
        });
    }
    return fields;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `a string ("12.5")`, `a number (3)`, `null`, `an array`, … for messages. */
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    switch (typeof value) {
        case 'string':
            return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)})`;
        case 'number':
            return `the number ${value}`;
        case 'boolean':
            return `the boolean ${value}`;
        case 'object':
            return 'an object';
        default:
            return typeof value;
    }
}
function formatMiB(bytes) {
    const mib = bytes / MiB;
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
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
