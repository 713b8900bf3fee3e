export const id = 430;
export const ids = [430];
export const modules = {

/***/ 11404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lG: () => (/* binding */ planMode)
/* harmony export */ });
/* unused harmony exports profilingModes, defaultDwarfStackBytes */
/**
 * The three ways to get Python frames into perf's stacks, and the perf/Python settings each needs.
 *
 * - `fp`: the perf trampoline (`PYTHONPERFSUPPORT=1`, i.e. `-X perf`) writes /tmp/perf-PID.map and
 *   perf unwinds with frame pointers. Cheapest, but only works when libpython was built with frame
 *   pointers (otherwise unwinding stops at the first Python frame).
 * - `perf-jit`: CPython ≥ 3.13 writes a jitdump with unwind info (`PYTHON_PERF_JIT_SUPPORT=1`);
 *   perf records DWARF stack copies with a monotonic clock (`-k 1`) and `perf inject --jit` merges the
 *   dump. Full Python stacks without frame pointers, at the price of large perf.data files.
 * - `dwarf`: the trampoline with DWARF unwinding, for 3.12 without frame pointers. Unwinding stops
 *   at the trampoline, so only the innermost Python frame is seen. Allowed, with a loud warning.
 */
const profilingModes = (/* unused pure expression or super */ null && (['fp', 'perf-jit', 'dwarf']));
/**
 * DWARF stack-copy size per sample. Measured here (CPython 3.13, perf-jit): ~2 KiB of C stack per
 * Python frame, so 16 KiB keeps ~25 Python frames. 16 KiB × 999 Hz ≈ 16 MB/s of perf.data per busy
 * thread: a 60 s single-threaded benchmark ≈ 1 GB. Recorded runs wait for processing only while
 * their perf.data files and the next run's (estimated as the last one's) stay within 2 GiB (the
 * record stage's `maxPendingBytes`); each is deleted once processed. Deeper stacks are
 * marked `[truncated]` by the folder rather than silently re-rooted.
 */
const defaultDwarfStackBytes = 16384;
function planMode(mode, options = {}) {
    const dwarfBytes = options.dwarfStackBytes ?? defaultDwarfStackBytes;
    switch (mode) {
        case 'fp':
            return { mode, env: { PYTHONPERFSUPPORT: '1' }, callGraphArgs: ['--call-graph', 'fp'], injectJit: false };
        case 'perf-jit':
            return {
                mode,
                env: { PYTHON_PERF_JIT_SUPPORT: '1' },
                // -k 1: jitdump timestamps are CLOCK_MONOTONIC; perf must record with the same clock.
                callGraphArgs: ['--call-graph', `dwarf,${dwarfBytes}`, '-k', '1'],
                injectJit: true,
            };
        case 'dwarf':
            return { mode, env: { PYTHONPERFSUPPORT: '1' }, callGraphArgs: ['--call-graph', `dwarf,${dwarfBytes}`], injectJit: false };
    }
}


/***/ }),

/***/ 38651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ isFullChain),
/* harmony export */   Tf: () => (/* binding */ buildProbeProgram),
/* harmony export */   WH: () => (/* binding */ describeProbe),
/* harmony export */   WP: () => (/* binding */ probeChain),
/* harmony export */   cN: () => (/* binding */ findStaticProblems),
/* harmony export */   jO: () => (/* binding */ chooseMode),
/* harmony export */   nT: () => (/* binding */ decideMaxStackRaise),
/* harmony export */   sk: () => (/* binding */ listCandidateModes)
/* harmony export */ });
/* unused harmony exports hasLeafFrame, wantedMaxStack */
const probeChain = ['ppg_probe_outer', 'ppg_probe_two', 'ppg_probe_three', 'ppg_probe_four', 'ppg_probe_leaf'];
/** The probe program: a known 5-deep call chain that burns CPU in its leaf for `seconds`. */
function buildProbeProgram(seconds) {
    return [
        'import time',
        `def ${probeChain[4]}(deadline):`,
        '    n = 0',
        '    while time.perf_counter() < deadline:',
        '        for i in range(2000):',
        '            n += i * i',
        '    return n',
        `def ${probeChain[3]}(d): return ${probeChain[4]}(d) + 1`,
        `def ${probeChain[2]}(d): return ${probeChain[3]}(d) + 1`,
        `def ${probeChain[1]}(d): return ${probeChain[2]}(d) + 1`,
        `def ${probeChain[0]}(d): return ${probeChain[1]}(d) + 1`,
        `${probeChain[0]}(time.perf_counter() + ${seconds})`,
        '',
    ].join('\n');
}
/** Problems that make profiling impossible or misleading, from the static facts alone. */
function findStaticProblems(python, perf) {
    const problems = [];
    if (python)
        problems.push(...findPythonProblems(python));
    problems.push(...findPerfProblems(perf));
    return problems;
}
const getPython = "Use actions/setup-python with python-version: '3.13' (or `uv python install 3.13`) and pass it as the 'python' input.";
function findPythonProblems(python) {
    const problems = [];
    const where = `Python ${python.version} at ${python.executable}`;
    if (python.implementation !== 'cpython') {
        problems.push({
            code: 'python-not-cpython',
            severity: 'error',
            message: `${where} is ${python.implementation}, not CPython; only CPython ≥ 3.12 has the perf trampoline.`,
            fix: getPython,
        });
        return problems;
    }
    if (python.major < 3 || (python.major === 3 && python.minor < 12)) {
        problems.push({
            code: 'python-too-old',
            severity: 'error',
            message: `${where} has no perf trampoline (needs CPython ≥ 3.12; 3.13+ recommended for full stacks without frame pointers).`,
            fix: getPython,
        });
        return problems;
    }
    if (!python.perfTrampoline) {
        problems.push({
            code: 'python-no-trampoline',
            severity: 'error',
            message: `${where} was built without the perf trampoline (sysconfig PY_HAVE_PERF_TRAMPOLINE is not set; it exists only on Linux x86-64 and aarch64).`,
            fix: getPython,
        });
    }
    if (python.experimentalJit) {
        problems.push({
            code: 'python-experimental-jit',
            severity: 'error',
            message: `${where} runs the experimental JIT, and perf trampolines cannot be activated while it is on.`,
            fix: 'Run the benchmark with PYTHON_JIT=0, or use a build without --enable-experimental-jit.',
        });
    }
    if (!python.framePointers.present) {
        problems.push({
            code: 'python-no-frame-pointers',
            severity: 'notice',
            message: `${where} was built without frame pointers, so the cheap 'fp' mode cannot unwind through the interpreter.`,
            fix: python.minor >= 13
                ? "Nothing to do: 'perf-jit' mode gives full stacks. For lower overhead use a frame-pointer build (uv's python-build-standalone ≥ 20260320, Fedora, CPython 3.15+)."
                : "Use CPython 3.13 ('perf-jit' mode) or a frame-pointer build (uv's python-build-standalone ≥ 20260320) for full Python stacks.",
        });
    }
    if (python.freeThreaded) {
        problems.push({
            code: 'python-free-threaded',
            severity: 'notice',
            message: `${where} is a free-threaded build; profiles include every thread's samples.`,
            fix: 'Nothing to do; compare it only with baselines from a free-threaded build of the same minor version.',
        });
    }
    return problems;
}
function findPerfProblems(perf) {
    const problems = [];
    if (!perf.path) {
        problems.push({
            code: 'perf-not-found',
            severity: 'error',
            message: 'perf was not found on PATH.',
            fix: "Set 'install-perf: true', or install it: `sudo apt-get install -y linux-tools-common linux-tools-$(uname -r)` on Ubuntu, `apt-get install -y linux-perf` on Debian.",
        });
        return problems;
    }
    if (perf.brokenReason) {
        problems.push({
            code: 'perf-broken',
            severity: 'error',
            message: `perf at ${perf.path} cannot run: ${perf.brokenReason}`,
            fix: "Set 'install-perf: true' (it falls back to linux-tools-generic / linux-tools-azure and calls the versioned binary), or install linux-tools for this kernel.",
        });
        return problems;
    }
    if (!perf.isRoot && perf.paranoid !== undefined && perf.paranoid > 2) {
        problems.push({
            code: 'perf-paranoid',
            severity: 'error',
            message: `kernel.perf_event_paranoid is ${perf.paranoid}, which forbids unprivileged profiling.`,
            fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.perf_event_paranoid=1` before this step.",
        });
    }
    else if (!perf.isRoot && perf.paranoid !== undefined && perf.paranoid > 1) {
        problems.push({
            code: 'perf-paranoid-user-only',
            severity: 'notice',
            message: `kernel.perf_event_paranoid is ${perf.paranoid}: only user-space is sampled; kernel time shows no kernel frames.`,
            fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.perf_event_paranoid=1`.",
        });
    }
    if (!perf.isRoot && perf.kptrRestrict !== undefined && perf.kptrRestrict > 0) {
        problems.push({
            code: 'perf-kptr-restrict',
            severity: 'notice',
            message: `kernel.kptr_restrict is ${perf.kptrRestrict}: kernel frames will show as [unknown].`,
            fix: "Set 'allow-sudo: true', or run `sudo sysctl -w kernel.kptr_restrict=0`.",
        });
    }
    if (perf.cyclesSupported === false) {
        problems.push({
            code: 'perf-no-hardware-counters',
            severity: 'notice',
            message: 'This machine has no usable hardware PMU (the cycles event is not supported); sampling uses the cpu-clock software event.',
            fix: "Nothing to do: cpu-clock samples CPU time on every runner, so baselines compare across runner types. Set 'event: cycles' only where every run has a PMU.",
        });
    }
    return problems;
}
/** Candidate modes for `auto`, cheapest first: only those the facts allow. */
function listCandidateModes(python, perf) {
    const modes = ['fp'];
    if (python.perfJitSupported && perf.injectJitSupported !== false)
        modes.push('perf-jit');
    modes.push('dwarf');
    return modes;
}
/** A probe shows full stacks when the whole known chain appears, in order, in one stack. */
function isFullChain(probe) {
    return !probe.error && probe.chainFound === probe.expectedChain.length;
}
/** A probe shows usable (leaf-only) Python frames when at least the leaf function appears. */
function hasLeafFrame(probe) {
    return !probe.error && probe.chainFound >= 1;
}
function describeProbe(probe) {
    if (probe.error)
        return `${probe.mode}: ${probe.error}`;
    const seen = probe.bestStack.length > 0 ? probe.bestStack.join(' → ') : 'no Python frames';
    return `${probe.mode}: ${probe.chainFound}/${probe.expectedChain.length} of the known chain in ${probe.samples} samples (deepest stack: ${seen})`;
}
/**
 * Decides the mode from the probes. `auto` takes the first candidate whose probe shows the full
 * chain, else `dwarf` when it shows at least the leaf (with a loud warning). A forced mode the probe
 * shows broken is an error that says what the probe saw.
 */
function chooseMode(request, probes) {
    const problems = [];
    if (request !== 'auto') {
        const probe = probes.find((p) => p.mode === request);
        if (!probe)
            return { problems: [{ code: 'mode-not-probed', severity: 'error', message: `Mode '${request}' was not probed.` }] };
        const acceptable = request === 'dwarf' ? hasLeafFrame(probe) : isFullChain(probe);
        if (!acceptable) {
            problems.push({
                code: 'mode-broken',
                severity: 'error',
                message: `Mode '${request}' was requested, but the probe shows it does not work here: ${describeProbe(probe)}.`,
                fix: "Use 'mode: auto' to pick the mode that works, or see the readiness table for what this Python build supports.",
            });
            return { problems };
        }
        if (request === 'dwarf')
            problems.push(dwarfWarning());
        return { mode: request, problems };
    }
    const full = probes.find(isFullChain);
    if (full)
        return { mode: full.mode, problems };
    const dwarf = probes.find((p) => p.mode === 'dwarf' && hasLeafFrame(p));
    if (dwarf)
        return { mode: 'dwarf', problems: [dwarfWarning()] };
    problems.push({
        code: 'probe-failed',
        severity: 'error',
        message: `No profiling mode produced Python frames. ${probes.map(describeProbe).join('; ')}.`,
        fix: 'Check the perf and Python problems above; a CPython 3.13 build gives full stacks in perf-jit mode.',
    });
    return { problems };
}
function dwarfWarning() {
    return {
        code: 'mode-dwarf-leaf-only',
        severity: 'warning',
        message: "Profiling in 'dwarf' mode: this Python has no frame pointers and no perf-jit support, so stacks stop at the innermost Python frame — callers are missing and inclusive times are meaningless; self time per function is still right.",
        fix: "Use CPython ≥ 3.13 (perf-jit mode) or a frame-pointer build (uv's python-build-standalone ≥ 20260320) for full stacks.",
    };
}
/**
 * In fp mode the kernel cuts every callchain at kernel.perf_event_max_stack native frames (default
 * 127, about 30 Python frames), so deep Python stacks end up under [truncated]. Returns the value to
 * raise it to, when the mode needs it and the user allowed sudo (or we are root); otherwise undefined.
 * DWARF modes are limited by the stack-copy size instead, which this does not change.
 */
const wantedMaxStack = 1024;
function decideMaxStackRaise(options) {
    if (options.mode !== 'fp')
        return undefined;
    if (options.perf.maxStack === undefined || options.perf.maxStack >= wantedMaxStack)
        return undefined;
    if (!options.allowSudo)
        return undefined;
    return wantedMaxStack;
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


/***/ }),

/***/ 32377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ perfTmpDirectory),
/* harmony export */   WS: () => (/* binding */ removeFiles),
/* harmony export */   Wy: () => (/* binding */ copyKallsyms),
/* harmony export */   YM: () => (/* binding */ listOurPerfTmpFiles),
/* harmony export */   mV: () => (/* binding */ moveFile),
/* harmony export */   qN: () => (/* binding */ listPerfTmpFiles),
/* harmony export */   vH: () => (/* binding */ keepJittedSymbols)
/* harmony export */ });
/* unused harmony export removePerfTmpFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The files perf and CPython leave beside a recording: /tmp/perf-PID.map, /tmp/jit-PID.dump and
 * the jitted-PID-N.so that `perf inject --jit` writes — in a private tmpfs directory
 * (jit-directory.ts, removed with the run) or, without one, in /tmp. Those in /tmp are
 * removed once each run is processed (ours only), or, with keep-perf-data, kept with the perf.data
 * so it stays readable (the map files, and the jitted part of the run's build-id cache).
 */


const perfTmpPattern = /^(?:perf-(\d+)\.map|jit-(\d+)\.dump|jitted-(\d+)-\d+\.so)$/;
/**
 * Where CPython writes perf-PID.map and jit-PID.dump (and perf inject the jitted-PID-N.so next to
 * them): /tmp, hard-coded in CPython and perf regardless of TMPDIR.
 */
const perfTmpDirectory = '/tmp';
/** The perf/CPython files in /tmp now (taken before a run, so files of earlier runs are left alone). */
function listPerfTmpFiles() {
    const dir = perfTmpDirectory;
    try {
        return new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((name) => perfTmpPattern.test(name)));
    }
    catch {
        return new Set();
    }
}
/**
 * Removes /tmp/perf-PID.map, /tmp/jit-PID.dump and /tmp/jitted-PID-N.so of our processes only
 * (`listOurPerfTmpFiles`, then `removeFiles`). With keepIn, map files move there with perf.data so
 * it stays readable; returns their new paths.
 */
function removePerfTmpFiles(options) {
    const ours = listOurPerfTmpFiles(options);
    removeFiles(ours.toRemove);
    return ours.keptMaps;
}
/**
 * The perf/CPython files in /tmp that are ours: the pid must be one of the run's (from perf's
 * task events) and the file must not have existed before the run. With keepIn, map files are
 * moved there first (`keptMaps`, their new paths); the rest is returned, not removed.
 */
function listOurPerfTmpFiles(options) {
    const dir = perfTmpDirectory;
    const toRemove = [];
    const keptMaps = [];
    for (const name of listPerfTmpFiles()) {
        const match = perfTmpPattern.exec(name);
        if (!match || options.before.has(name))
            continue;
        const pid = Number(match[1] ?? match[2] ?? match[3]);
        if (!options.pids.has(pid))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            if (options.keepIn && name.startsWith('perf-') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(options.keepIn, { recursive: true });
                const kept = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.keepIn, name);
                moveFile(path, kept);
                keptMaps.push(kept);
                continue;
            }
        }
        catch {
            // Already gone.
            continue;
        }
        toRemove.push(path);
    }
    return { toRemove: toRemove.sort(), keptMaps: keptMaps.sort() };
}
/** Removes each file; one that is gone or cannot be removed is left (cleaning up never fails a job). */
function removeFiles(paths) {
    for (const path of paths) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
        }
        catch {
            // Left behind.
        }
    }
}
/** rename, or copy and delete when the destination is on another filesystem (EXDEV). */
function moveFile(from, to) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)(from, to);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(from, { force: true });
    }
}
/**
 * Copies the jitted-code part of a perf build-id cache to `destination`: each `.build-id/xx/…`
 * link whose target is a jitted-PID-N.so, and that target's directory (the ELF perf inject
 * wrote). The rest of the cache (copies of libpython, libc, kallsyms — tens of MB a run) is left
 * out: perf reads those from their own paths on this machine. Returns the number of jitted DSOs kept.
 */
function keepJittedSymbols(options) {
    const links = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.buildIdDir, '.build-id');
    let kept = 0;
    for (const prefix of safeReaddir(links)) {
        for (const name of safeReaddir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(links, prefix))) {
            const link = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(links, prefix, name);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(link).isSymbolicLink())
                continue;
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(link);
            if (!/(^|\/)jitted-\d+-\d+\.so\//.test(target))
                continue;
            const targetPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), target);
            const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(options.buildIdDir, targetPath);
            if (inside.startsWith('..') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(targetPath))
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.destination, '.build-id', prefix), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(target, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.destination, '.build-id', prefix, name));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)(targetPath, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.destination, inside), { recursive: true });
            kept += 1;
        }
    }
    return kept;
}
function safeReaddir(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).sort();
    }
    catch {
        return [];
    }
}
/**
 * A copy of /proc/kallsyms in `directory`, for `perf inject --kallsyms` and `perf script
 * --kallsyms`: each of them otherwise reads /proc/kallsyms 3–4 times, and the kernel formats its
 * ~120,000 lines anew every time (perf 6.1, inject | script of a 2 s run: 0.60 s → 0.47 s, same
 * output). A module loaded after the copy is missing from it. Undefined when it cannot be read,
 * and when its addresses are hidden (kernel.kptr_restrict, or not root: all zeros): perf leaves
 * kernel frames unresolved when /proc/kallsyms itself is restricted, but would take a copy's
 * zeros for addresses.
 */
function copyKallsyms(directory, options = {}) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.source ?? '/proc/kallsyms');
        const firstAddress = /^([0-9a-f]+) /.exec(text.subarray(0, 64).toString('latin1'))?.[1];
        if (firstAddress === undefined || /^0+$/.test(firstAddress))
            return undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(directory, { recursive: true });
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'kallsyms');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(copy, text);
        return copy;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 23543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   O6: () => (/* binding */ runCommandToLog),
/* harmony export */   Ty: () => (/* binding */ readLogTail),
/* harmony export */   Zc: () => (/* binding */ runStreamingLines),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   t0: () => (/* binding */ runPipedStreamingLines)
/* harmony export */ });
/* unused harmony exports createTailBuffer, listProcessGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45476);
/**
 * Running programs: argument arrays only, never a shell line built from strings.
 *
 * Every program goes through here, the short ones too (interpreter facts, perf --version, git,
 * apt-get, sysctl), rather than through @actions/exec, on purpose: a profiled benchmark must run
 * in its own process group so a timeout can stop perf *and* every process the benchmark started,
 * perf script's output must be consumed as a stream of lines, and the short commands need
 * timeouts as well (a `git fetch` waiting on a credential helper, a sitecustomize that hangs the
 * interpreter, apt-get waiting on a lock). @actions/exec 3 has no timeout, exposes neither the
 * child's pid nor process groups, and refuses an environment with unset values — so the project
 * does not depend on it (@actions/core still bundles it for its own use).
 */




const killGraceMs = 3000;
/** Runs a program to completion and collects its output (for small outputs only). */
async function runCommand(argv, options = {}) {
    const stdout = createTailBuffer(options.keepOutputBytes);
    const stderr = createTailBuffer(options.keepOutputBytes);
    const result = await runWithHandlers(argv, options, { onStdout: stdout.push, onStderr: stderr.push });
    return {
        ...result,
        stdout: stdout.text(),
        stderr: stderr.text(),
        droppedBytes: { stdout: stdout.dropped(), stderr: stderr.dropped() },
    };
}
/**
 * Collects chunks, keeping at most `limit` bytes (the newest). Without a limit it keeps all.
 * A multi-byte character cut at the front is dropped rather than decoded as garbage.
 */
/**
 * Runs `argv` with its stdout and stderr written to `logPath` (created, with its directory) as
 * they arrive; the result keeps what `keepOutputBytes` allows. The log is closed before it returns.
 */
async function runCommandToLog(argv, options) {
    const { logPath, timeoutMs, ...rest } = options;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(logPath), { recursive: true });
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(logPath);
    try {
        return await runCommand(argv, { ...rest, tee: log, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    }
    finally {
        await new Promise((resolve) => log.end(resolve));
    }
}
/** The last `lines` lines of a log file, reading at most its last 64 KiB (logs can be huge). */
function readLogTail(path, lines) {
    const maxBytes = 64 * 1024;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        const length = Math.min(size, maxBytes);
        const buffer = Buffer.alloc(length);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, length, size - length);
        let text = buffer.toString('utf8');
        // Reading from the middle of the file: the first line is partial.
        if (size > length)
            text = text.slice(text.indexOf('\n') + 1);
        const all = text.split('\n');
        if (all.at(-1) === '')
            all.pop();
        return all.slice(-lines);
    }
    catch {
        return [];
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function createTailBuffer(limit) {
    const chunks = [];
    let kept = 0;
    let dropped = 0;
    return {
        push(chunk) {
            chunks.push(chunk);
            kept += chunk.length;
            if (limit === undefined)
                return;
            while (kept > limit && chunks.length > 0) {
                const first = chunks[0];
                const excess = kept - limit;
                if (first.length <= excess) {
                    chunks.shift();
                    kept -= first.length;
                    dropped += first.length;
                }
                else {
                    chunks[0] = first.subarray(excess);
                    kept -= excess;
                    dropped += excess;
                }
            }
        },
        text() {
            let buffer = Buffer.concat(chunks);
            if (dropped > 0) {
                // Skip UTF-8 continuation bytes (10xxxxxx) left over from a character cut in half.
                let start = 0;
                while (start < buffer.length && start < 3 && (buffer[start] & 0xc0) === 0x80)
                    start += 1;
                buffer = buffer.subarray(start);
            }
            return buffer.toString('utf8');
        },
        dropped: () => dropped,
    };
}
/**
 * Runs a program and hands its stdout to `onLine` one line at a time, so outputs of hundreds of
 * megabytes never sit in memory. stderr is collected (it is small: warnings).
 */
async function runStreamingLines(argv, onLine, options = {}) {
    const stderr = createTailBuffer(options.keepOutputBytes);
    // When onLine throws, reading stops (the stream is destroyed, so the program gets EPIPE and
    // ends) and the error is rethrown once it has exited.
    let lineError;
    const result = await runWithHandlers(argv, options, {
        onStderr: stderr.push,
        onStdoutStream: (stream) => (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachLineOf */ .Cj)(stream, onLine).catch((error) => {
            lineError ??= { error };
        }),
    });
    if (lineError)
        throw lineError.error;
    return { ...result, stderr: stderr.text(), droppedBytes: { stdout: 0, stderr: stderr.dropped() } };
}
/**
 * Runs `producer | consumer` without a shell: the producer's stdout pipe is the consumer's stdin
 * (handed over at spawn, so Node never copies the bytes: 0.3 s of CPU per 33 MB perf.data when it
 * did), and the consumer's stdout reaches `onLine` line by line. Both run at once, and nothing
 * between them touches the disk. When `onLine` throws, the consumer is stopped, the producer ends
 * on its broken pipe, and the error is rethrown.
 */
async function runPipedStreamingLines(producer, consumer, onLine, options = {}) {
    const stderr = createTailBuffer(options.keepOutputBytes);
    let consumerRun;
    const producerResult = await runWithHandlers(producer, options, {
        onStderr: stderr.push,
        onStdoutStream: async (stream) => {
            // Spawned in this same tick (runStreamingLines spawns before its first await), before Node has
            // read anything from the pipe: spawn then stops Node reading it, and our end is closed.
            consumerRun = runStreamingLines(consumer, onLine, { ...options, stdin: stream });
            stream.destroy();
            await consumerRun.catch(() => undefined);
        },
    });
    const producerRun = { ...producerResult, stderr: stderr.text(), droppedBytes: { stdout: 0, stderr: stderr.dropped() } };
    const consumerResult = consumerRun ? await consumerRun : undefined;
    return { producer: producerRun, consumer: consumerResult ?? { ...producerRun, argv: consumer, exitCode: null } };
}
function runWithHandlers(argv, options, handlers) {
    const [file, ...args] = argv;
    if (!file)
        throw new Error('runCommand needs a program to run');
    const started = process.hrtime.bigint();
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.stdin ?? (options.input === undefined ? 'ignore' : 'pipe'), 'pipe', 'pipe'],
            // Its own process group, so a timeout can signal the program and all its descendants.
            detached: true,
        });
        let timedOut = false;
        let killedPids = [];
        let spawnError;
        let timer;
        let killTimer;
        const streamDone = [];
        if (options.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        if (handlers.onStdoutStream && child.stdout) {
            if (options.tee) {
                const tee = options.tee;
                child.stdout.on('data', (chunk) => tee.write(chunk));
            }
            streamDone.push(handlers.onStdoutStream(child.stdout));
        }
        else {
            child.stdout?.on('data', (chunk) => {
                handlers.onStdout?.(chunk);
                options.tee?.write(chunk);
            });
        }
        child.stderr?.on('data', (chunk) => {
            handlers.onStderr?.(chunk);
            options.tee?.write(chunk);
        });
        const stdoutClosed = new Promise((res) => (child.stdout ? child.stdout.once('close', () => res()) : res()));
        const stderrClosed = new Promise((res) => (child.stderr ? child.stderr.once('close', () => res()) : res()));
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                if (child.pid !== undefined)
                    killedPids = listProcessGroup(child.pid);
                signalGroup(child.pid, 'SIGTERM');
                killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), killGraceMs);
            }, options.timeoutMs);
        }
        child.once('error', (error) => {
            spawnError = error;
        });
        child.once('close', (code, signal) => {
            void Promise.all([stdoutClosed, stderrClosed, ...streamDone]).then(() => {
                if (timer)
                    clearTimeout(timer);
                if (killTimer)
                    clearTimeout(killTimer);
                // Anything the program left running in its group (daemonised children) goes too.
                if (timedOut)
                    signalGroup(child.pid, 'SIGKILL');
                const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
                const result = { argv, exitCode: code, signal, timedOut, stdout: '', stderr: '', wallSeconds, killedPids };
                if (spawnError)
                    result.spawnError = spawnError;
                resolve(result);
            });
        });
    });
}
/**
 * The processes whose process group is `groupId` (from /proc/PID/stat), the leader first. Empty
 * where /proc is not readable.
 */
function listProcessGroup(groupId) {
    const members = [];
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return members;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses, so split after the last ')'.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === groupId)
                members.push(Number(entry));
        }
        catch {
            // The process ended while we looked.
        }
    }
    return members.sort((a, b) => (a === groupId ? -1 : b === groupId ? 1 : a - b));
}
function signalGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is already gone.
    }
}
/** Describes how a finished program ended, for messages: "exit code 3", "signal SIGKILL". */
function describeExit(result) {
    if (result.timedOut)
        return 'timed out';
    if (result.signal)
        return `signal ${result.signal}`;
    return `exit code ${result.exitCode ?? 'unknown'}`;
}


/***/ }),

/***/ 10020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YC: () => (/* binding */ captureRun),
  kL: () => (/* binding */ processCapture),
  vj: () => (/* binding */ recordRun),
  uh: () => (/* binding */ runUnprofiled)
});

// UNUSED EXPORTS: addTaskEventPids, buildWorkload, classifyRecordFailure, keptOutputBytes, logTailLines, parseLostChunks, perfScriptFields, scriptMaxStackFrames

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/perf-data-format.ts
/**
 * The parts of the perf.data file format (file mode, as `perf record -o FILE` writes it) that the
 * exec fix needs, parsed from bytes the shell side has read: the file header, the attr section with
 * each attr's ids, record headers, and where a record's timestamp sits in its sample_id_all trailer.
 * Also the pure planning of the fix itself (which records to rewrite).
 *
 * Layouts (tools/perf/util/header.h, include/uapi/linux/perf_event.h):
 * - perf_file_header (104 bytes): magic "PERFILE2", size, attr_size, attrs {offset, size},
 *   data {offset, size}, event_types {offset, size}, a 256-bit feature bitmap. Pipe mode writes a
 *   16-byte perf_pipe_file_header (magic, size = 16) and its attrs as records instead.
 * - perf_file_attr: a perf_event_attr of attr.size bytes, then ids {offset, size} (u64 ids).
 * - records: perf_event_header {u32 type, u16 misc, u16 size}, size including the header.
 *   Non-sample kernel records (type < 64) end with the sample_id trailer when attr.sample_id_all
 *   is set: TID, TIME, ID, STREAM_ID, CPU, IDENTIFIER (each u64, present per sample_type bit), so
 *   TIME's distance from the record's end depends only on the bits after it.
 *
 * Only little-endian files are understood (a file written on a big-endian host has a
 * byte-swapped magic).
 */
const perfFileHeaderBytes = 104;
const perfPipeHeaderBytes = 16;
const perfRecordHeaderBytes = 8;
/** perf_event_attr size of the first ABI version; smaller attrs do not exist. */
const attrSizeVer0 = 64;
/** "PERFILE2" read as a little-endian u64, and as a big-endian file stores it. */
const magicLittle = 0x32454c4946524550n;
const magicBig = 0x50455246494c4532n;
const PerfRecord = {
    MMAP: 1,
    COMM: 3,
    EXIT: 4,
    FORK: 7,
    SAMPLE: 9,
    MMAP2: 10,
    /** First user (perf-synthesized) type; those carry no sample_id trailer. */
    USER_TYPE_START: 64,
    HEADER_ATTR: 64,
    /** Its AUX payload follows the record outside header.size. */
    AUXTRACE: 71,
    COMPRESSED: 81,
    /** perf ≥ 6.x's newer compressed record. */
    COMPRESSED2: 83,
};
const PerfSampleBit = {
    TID: 1 << 1,
    TIME: 1 << 2,
    ID: 1 << 6,
    CPU: 1 << 7,
    STREAM_ID: 1 << 9,
    IDENTIFIER: 1 << 16,
};
/** header.misc bit of a PERF_RECORD_COMM emitted by exec (attr.comm_exec). */
const PERF_RECORD_MISC_COMM_EXEC = 1 << 13;
/** perf_event_attr flag bits (the u64 at offset 40). */
const attrFlagSampleIdAll = 1 << 18;
const attrFlagCommExec = 1 << 24;
/** Feature bits of the header's bitmap (enum in tools/perf/util/header.h). */
const featureDirFormat = 24;
const featureCompressed = 27;
function view(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** A u64 offset or size as a number, or undefined when it does not fit exactly. */
function readSize(data, offset) {
    const value = data.getBigUint64(offset, true);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}
/**
 * Parses the file header from the file's first bytes (at least 16; 104 for a file-mode header).
 * Refuses pipe mode, other endianness, other formats, sections outside the file, compressed and
 * directory-format data.
 */
function parsePerfFileHeader(bytes, fileSize) {
    if (fileSize < perfPipeHeaderBytes || bytes.byteLength < perfPipeHeaderBytes)
        return { ok: false, reason: `not a perf.data file: only ${fileSize} bytes` };
    const data = view(bytes);
    const magic = data.getBigUint64(0, true);
    if (magic === magicBig)
        return { ok: false, reason: 'perf.data written on a big-endian machine (other byte order)' };
    if (magic !== magicLittle)
        return { ok: false, reason: 'not a perf.data file (no PERFILE2 magic)' };
    const headerSize = readSize(data, 8);
    if (headerSize === perfPipeHeaderBytes)
        return { ok: false, reason: 'pipe-mode perf.data (attrs and features inside the stream): only file mode is rewritten' };
    if (headerSize !== perfFileHeaderBytes)
        return { ok: false, reason: `unknown perf.data header size ${headerSize ?? 'huge'}` };
    if (fileSize < perfFileHeaderBytes || bytes.byteLength < perfFileHeaderBytes)
        return { ok: false, reason: `truncated perf.data: ${fileSize} bytes, shorter than its header` };
    const attrSize = readSize(data, 16);
    const attrs = { offset: readSize(data, 24), size: readSize(data, 32) };
    const dataSection = { offset: readSize(data, 40), size: readSize(data, 48) };
    if (attrSize === undefined || attrs.offset === undefined || attrs.size === undefined || dataSection.offset === undefined || dataSection.size === undefined) {
        return { ok: false, reason: 'perf.data header with out-of-range sections' };
    }
    if (attrSize < attrSizeVer0 + 16 || attrs.size === 0 || attrs.size % attrSize !== 0) {
        return { ok: false, reason: `perf.data attr section of ${attrs.size} bytes does not hold whole ${attrSize}-byte attrs` };
    }
    const features = bytes.slice(72, 104);
    const feature = (bit) => (features[bit >> 3] & (1 << (bit & 7))) !== 0;
    if (feature(featureCompressed))
        return { ok: false, reason: 'compressed perf.data (perf record -z): its records are not rewritten' };
    if (feature(featureDirFormat))
        return { ok: false, reason: 'directory-format perf.data (perf record --threads): only single files are rewritten' };
    if (attrs.offset + attrs.size > fileSize)
        return { ok: false, reason: `truncated perf.data: attr section ends at ${attrs.offset + attrs.size}, file is ${fileSize} bytes` };
    if (dataSection.offset < perfFileHeaderBytes)
        return { ok: false, reason: `perf.data data section at offset ${dataSection.offset}, inside the header` };
    if (dataSection.offset + dataSection.size > fileSize) {
        return { ok: false, reason: `truncated perf.data: data section ends at ${dataSection.offset + dataSection.size}, file is ${fileSize} bytes` };
    }
    return { ok: true, value: { attrSize, attrs: { offset: attrs.offset, size: attrs.size }, data: { offset: dataSection.offset, size: dataSection.size }, features } };
}
/** Parses one perf_file_attr entry (`attrSize` bytes). */
function parsePerfFileAttr(entry, attrSize) {
    if (entry.byteLength < attrSize)
        return { ok: false, reason: 'truncated attr entry' };
    const data = view(entry);
    const size = data.getUint32(4, true);
    if (size < attrSizeVer0 || size + 16 > attrSize)
        return { ok: false, reason: `perf_event_attr of ${size} bytes in a ${attrSize}-byte attr entry` };
    if (data.getUint32(28, true) !== 0)
        return { ok: false, reason: 'sample_type bits above 31 (a newer perf than this reader knows)' };
    const sampleType = data.getUint32(24, true);
    const flags = data.getUint32(40, true);
    const idsOffset = readSize(data, size);
    const idsSize = readSize(data, size + 8);
    if (idsOffset === undefined || idsSize === undefined || idsSize % 8 !== 0)
        return { ok: false, reason: 'attr with a malformed ids section' };
    return {
        ok: true,
        value: {
            type: data.getUint32(0, true),
            size,
            sampleType,
            sampleIdAll: (flags & attrFlagSampleIdAll) !== 0,
            commExec: (flags & attrFlagCommExec) !== 0,
            ids: { offset: idsOffset, size: idsSize },
        },
    };
}
/** Reads an ids section's u64 ids. */
function parseIds(bytes) {
    const data = view(bytes);
    const ids = [];
    for (let offset = 0; offset + 8 <= bytes.byteLength; offset += 8)
        ids.push(data.getBigUint64(offset, true));
    return ids;
}
function sampleIdLayout(sampleType) {
    const has = (bit) => (sampleType & bit) !== 0;
    const after = [PerfSampleBit.ID, PerfSampleBit.STREAM_ID, PerfSampleBit.CPU, PerfSampleBit.IDENTIFIER].filter(has).length;
    return { trailerBytes: 8 * (after + (has(PerfSampleBit.TIME) ? 1 : 0) + (has(PerfSampleBit.TID) ? 1 : 0)), timeFromEnd: 8 * (1 + after) };
}
function chooseTimeLocator(attrs) {
    const first = attrs[0];
    if (!first)
        return { ok: false, reason: 'perf.data without attrs' };
    for (const { attr } of attrs) {
        if (!attr.sampleIdAll)
            return { ok: false, reason: 'recorded without sample_id_all: task and mmap records carry no timestamps' };
        if ((attr.sampleType & PerfSampleBit.TIME) === 0)
            return { ok: false, reason: 'recorded without PERF_SAMPLE_TIME: task and mmap records carry no timestamps' };
    }
    const layouts = attrs.map(({ attr }) => sampleIdLayout(attr.sampleType));
    const firstLayout = layouts[0];
    if (layouts.every((layout) => layout.trailerBytes === firstLayout.trailerBytes && layout.timeFromEnd === firstLayout.timeFromEnd)) {
        return { ok: true, value: { kind: 'uniform', layout: firstLayout } };
    }
    if (!attrs.every(({ attr }) => (attr.sampleType & PerfSampleBit.IDENTIFIER) !== 0)) {
        return { ok: false, reason: 'attrs with different sample_id layouts and no PERF_SAMPLE_IDENTIFIER: a record\'s timestamp cannot be located' };
    }
    const byId = new Map();
    attrs.forEach(({ ids }, index) => {
        for (const id of ids)
            byId.set(id, layouts[index]);
    });
    return { ok: true, value: { kind: 'identifier', first: firstLayout, byId } };
}
/** pid/tid given to detached maps: above the kernel's PID_MAX_LIMIT (2^22), so no real process. */
const detachedPid = 0x3ffffff0;
const kindOrder = { fork: 0, exec: 1, exit: 2 };
/**
 * Plans the rewrite, by timestamps only (record order in perf.data is per-CPU buffer order).
 * For each pid, its lifecycle (`fork`: a new process, pid = tid ≠ ppid; `exec`; `exit` of the
 * process, pid = tid) is sorted by time, and a record is rewritten when the pid's next lifecycle
 * event after it is an exec:
 * - a fork followed by an exec: perf would clone the parent's maps into the child and keep them
 *   over the exec; as an EXIT (same layout) it is a no-op, and the exec's COMM creates the thread;
 * - an mmap followed by an exec belongs to an image the exec replaced (a re-exec, or perf's own
 *   workload before it execs the benchmark).
 * Looking at the next event, not only "before the pid's last exec", keeps a reused pid's earlier
 * process (a fork child that never exec'd) intact.
 */
function planExecFix(tasks, maps) {
    const byPid = new Map();
    let execs = 0;
    for (const task of tasks) {
        if (task.kind === 'exec')
            execs += 1;
        let list = byPid.get(task.pid);
        if (!list)
            byPid.set(task.pid, (list = []));
        list.push(task);
    }
    for (const list of byPid.values())
        list.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : kindOrder[a.kind] - kindOrder[b.kind]));
    /** The pid's first lifecycle event strictly after `time`. */
    const nextAfter = (list, time) => {
        let low = 0;
        let high = list.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (list[middle].time <= time)
                low = middle + 1;
            else
                high = middle;
        }
        return list[low];
    };
    const processes = new Set();
    const forks = [];
    for (const [pid, list] of byPid) {
        for (const task of list) {
            if (task.kind === 'fork' && nextAfter(list, task.time)?.kind === 'exec') {
                forks.push(task.offset);
                processes.add(pid);
            }
        }
    }
    const detached = [];
    for (const map of maps) {
        const list = byPid.get(map.pid);
        if (list && nextAfter(list, map.time)?.kind === 'exec') {
            detached.push(map.offset);
            processes.add(map.pid);
        }
    }
    return { forks: forks.sort((a, b) => a - b), maps: detached.sort((a, b) => a - b), processes: processes.size, execs };
}
/** Where an MMAP/MMAP2 record's file name starts (after the header and the fixed fields). */
const mmapFilenameOffset = { [PerfRecord.MMAP]: perfRecordHeaderBytes + 32, [PerfRecord.MMAP2]: perfRecordHeaderBytes + 64 };
/**
 * The name a jitdump's mmap record is given so that `perf inject --jit` writes the jitted code
 * beside its own working directory: `./jit-PID.dump` for an absolute `/DIR/jit-PID.dump`,
 * undefined for any other file (a name already relative among them). perf inject recognises a
 * jitdump by its name's `/jit-PID.dump` ending and writes each jitted-PID-N.so into the directory
 * of the name the record gives. Never longer than `path`, so it fits where the old name was.
 */
function relocatedJitdumpName(path) {
    const match = /^\/(?:.*\/)?(jit-\d+\.dump)$/.exec(path);
    return match ? `./${match[1]}` : undefined;
}

;// CONCATENATED MODULE: ./src/shell/perf-data-rewrite.ts
/**
 * Rewrites a perf.data file in place, two ways.
 *
 * `fixExecMaps`: perf forgets the address space a process had before it exec'd. perf (6.1 and
 * later) clones a parent's maps into a child on PERF_RECORD_FORK and keeps them over the child's
 * exec; its libunwind code takes the lowest map of a DSO as that DSO's load base, so when ASLR
 * puts the child's libpython/libc above the parent's, DWARF unwinding of the exec'd child stops at
 * the first frame (about half of all `subprocess`-started Pythons). The fix (planned in
 * src/core/perf-data-format.ts, by timestamps):
 * 1. the FORK record of a new process that then execs becomes an EXIT record (same layout; a no-op
 *    for a thread perf does not know yet);
 * 2. MMAP/MMAP2 records of a process timed before its exec get a pid/tid no process has.
 *
 * `relocateJitdumps`: each jitdump's mmap record names it `./jit-PID.dump`, so `perf inject --jit`
 * run in another directory (which holds a link to the dump) writes its jitted-PID-N.so there
 * instead of beside the dump in /tmp, where CPython always puts it.
 *
 * The file keeps its size; each patch leaves a valid file on its own, and the whole data section
 * is checked before the first write. The scan streams: record headers are read in large
 * positioned chunks and only the bodies of task and mmap records are looked at.
 */


const defaultChunkBytes = 1024 * 1024;
/** Bound on the attr and ids sections we read whole (perf writes a few KiB). */
const maxMetadataBytes = 16 * 1024 * 1024;
class Refusal extends Error {
}
function fixExecMaps(path, options = {}) {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    return rewriteScanned(path, options, {
        refused: (reason) => ({ outcome: 'refused', processesFixed: 0, forksRewritten: 0, mapsDetached: 0, execs: 0, reason, seconds: seconds() }),
        rewrite: (fd, located, scan) => {
            const plan = planExecFix(scan.tasks, scan.maps);
            const summary = {
                outcome: plan.forks.length + plan.maps.length > 0 ? 'rewritten' : 'unchanged',
                processesFixed: plan.processes,
                forksRewritten: plan.forks.length,
                mapsDetached: plan.maps.length,
                execs: plan.execs,
                seconds: 0,
            };
            if (!located.commExec) {
                summary.reason = 'no attr has comm_exec: execs are not marked in this recording';
            }
            const exitType = Buffer.alloc(4);
            exitType.writeUInt32LE(PerfRecord.EXIT, 0);
            const detached = Buffer.alloc(8);
            detached.writeUInt32LE(detachedPid, 0);
            detached.writeUInt32LE(detachedPid, 4);
            for (const offset of plan.forks)
                writeFully(fd, exitType, offset);
            for (const offset of plan.maps)
                writeFully(fd, detached, offset + perfRecordHeaderBytes);
            summary.seconds = seconds();
            return summary;
        },
    });
}
/** Names each jitdump mapped in the recording `./jit-PID.dump` (see the module comment). */
function relocateJitdumps(path, options = {}) {
    return rewriteScanned(path, options, {
        refused: (reason) => ({ outcome: 'refused', jitdumps: [], reason }),
        rewrite: (fd, _located, scan) => {
            const jitdumps = [];
            for (const field of scan.jitdumps) {
                const name = relocatedJitdumpName(field.path);
                if (name === undefined)
                    continue;
                const bytes = Buffer.alloc(field.bytes);
                bytes.write(name, 'latin1');
                writeFully(fd, bytes, field.offset);
                if (!jitdumps.some((jitdump) => jitdump.path === field.path))
                    jitdumps.push({ path: field.path, name });
            }
            return { outcome: 'relocated', jitdumps };
        },
    });
}
/**
 * Opens `path` for rewriting, reads its layout and scans the whole data section, then hands them
 * to `rewrite`; a file that cannot be opened, is not understood (a Refusal) or fails to read or
 * write gives `refused(reason)` instead.
 */
function rewriteScanned(path, options, handlers) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r+');
    }
    catch (error) {
        return handlers.refused(`cannot open ${path} for rewriting: ${error.message}`);
    }
    try {
        const located = readLayout(fd, (0,external_node_fs_.fstatSync)(fd).size);
        return handlers.rewrite(fd, located, scanData(fd, located.data, located.locator, options.chunkBytes ?? defaultChunkBytes));
    }
    catch (error) {
        if (error instanceof Refusal)
            return handlers.refused(error.message);
        return handlers.refused(`error while reading or rewriting ${path}: ${error.message}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readFully(fd, length, position) {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
        const read = (0,external_node_fs_.readSync)(fd, buffer, done, length - done, position + done);
        if (read === 0)
            throw new Refusal(`truncated perf.data: end of file at ${position + done}, expected ${length - done} more bytes`);
        done += read;
    }
    return buffer;
}
function writeFully(fd, buffer, position) {
    let done = 0;
    while (done < buffer.length)
        done += (0,external_node_fs_.writeSync)(fd, buffer, done, buffer.length - done, position + done);
}
function unwrap(parsed) {
    if (!parsed.ok)
        throw new Refusal(parsed.reason);
    return parsed.value;
}
function readLayout(fd, fileSize) {
    const header = unwrap(parsePerfFileHeader(readFully(fd, Math.min(fileSize, perfFileHeaderBytes), 0), fileSize));
    if (header.attrs.size > maxMetadataBytes)
        throw new Refusal(`perf.data attr section of ${header.attrs.size} bytes (too large to be real)`);
    const section = readFully(fd, header.attrs.size, header.attrs.offset);
    const attrs = [];
    for (let offset = 0; offset < section.length; offset += header.attrSize) {
        const attr = unwrap(parsePerfFileAttr(section.subarray(offset, offset + header.attrSize), header.attrSize));
        if (attr.ids.size > maxMetadataBytes || attr.ids.offset + attr.ids.size > fileSize)
            throw new Refusal('truncated perf.data: an attr\'s ids lie outside the file');
        attrs.push({ attr, ids: parseIds(readFully(fd, attr.ids.size, attr.ids.offset)) });
    }
    return { data: header.data, locator: unwrap(chooseTimeLocator(attrs)), commExec: attrs.some(({ attr }) => attr.commExec) };
}
/**
 * Walks the data section record by record. Headers are parsed from chunks read at the position of
 * the next header; a record the fix does not need is skipped by its size, so one larger than what
 * is left of the chunk is never read.
 */
function scanData(fd, data, locator, chunkBytes) {
    const end = data.offset + data.size;
    const chunk = Buffer.allocUnsafe(Math.max(chunkBytes, 1 << 16));
    let chunkStart = 0;
    let chunkEnd = 0;
    /** Makes [position, position + length) available in `chunk`; returns its index there. */
    const ensure = (position, length) => {
        if (position < chunkStart || position + length > chunkEnd) {
            const wanted = Math.min(chunk.length, end - position);
            let done = 0;
            while (done < wanted) {
                const read = (0,external_node_fs_.readSync)(fd, chunk, done, wanted - done, position + done);
                if (read === 0)
                    throw new Refusal(`truncated perf.data: end of file at ${position + done} inside the data section (ends at ${end})`);
                done += read;
            }
            chunkStart = position;
            chunkEnd = position + done;
        }
        return position - chunkStart;
    };
    const layoutOf = (at, size) => {
        if (locator.kind === 'uniform')
            return locator.layout;
        const id = chunk.readBigUInt64LE(at + size - 8);
        if (id === 0n)
            return locator.first;
        const layout = locator.byId.get(id);
        if (!layout)
            throw new Refusal(`record with sample id ${id}, which no attr has`);
        return layout;
    };
    /** Trailer timestamp of the record at chunk index `at`; `body`: bytes after the header before the trailer, at least. */
    const timeOf = (at, size, body, position) => {
        const layout = layoutOf(at, size);
        if (size < perfRecordHeaderBytes + body + layout.trailerBytes)
            throw new Refusal(`record of type ${chunk.readUInt32LE(at)} at offset ${position} is too short (${size} bytes) for its sample_id trailer`);
        return chunk.readBigUInt64LE(at + size - layout.timeFromEnd);
    };
    const tasks = [];
    const maps = [];
    const jitdumps = [];
    let position = data.offset;
    while (position < end) {
        if (end - position < perfRecordHeaderBytes)
            throw new Refusal(`truncated perf.data: ${end - position} bytes left at offset ${position}, less than a record header`);
        let at = ensure(position, perfRecordHeaderBytes);
        const type = chunk.readUInt32LE(at);
        const misc = chunk.readUInt16LE(at + 4);
        const size = chunk.readUInt16LE(at + 6);
        if (size < perfRecordHeaderBytes)
            throw new Refusal(`corrupt perf.data: record of ${size} bytes at offset ${position}`);
        if (position + size > end)
            throw new Refusal(`truncated perf.data: record at offset ${position} (${size} bytes) crosses the end of the data section`);
        switch (type) {
            case PerfRecord.COMPRESSED:
            case PerfRecord.COMPRESSED2:
                throw new Refusal('compressed records (perf record -z): their contents cannot be rewritten in place');
            case PerfRecord.AUXTRACE:
                throw new Refusal('AUX area tracing data (PERF_RECORD_AUXTRACE): not rewritten');
            case PerfRecord.HEADER_ATTR:
                throw new Refusal('attrs inside the data section (PERF_RECORD_HEADER_ATTR, a file converted from pipe mode)');
            case PerfRecord.FORK:
            case PerfRecord.EXIT: {
                at = ensure(position, size);
                const pid = chunk.readUInt32LE(at + 8);
                const ppid = chunk.readUInt32LE(at + 12);
                const tid = chunk.readUInt32LE(at + 16);
                const time = timeOf(at, size, 24, position);
                if (pid === tid && (type === PerfRecord.EXIT || pid !== ppid))
                    tasks.push({ kind: type === PerfRecord.FORK ? 'fork' : 'exit', pid, time, offset: position });
                break;
            }
            case PerfRecord.COMM:
                if ((misc & PERF_RECORD_MISC_COMM_EXEC) !== 0) {
                    at = ensure(position, size);
                    tasks.push({ kind: 'exec', pid: chunk.readUInt32LE(at + 8), time: timeOf(at, size, 8, position), offset: position });
                }
                break;
            case PerfRecord.MMAP:
            case PerfRecord.MMAP2: {
                at = ensure(position, size);
                maps.push({ pid: chunk.readUInt32LE(at + 8), time: timeOf(at, size, 32, position), offset: position });
                const nameStart = mmapFilenameOffset[type];
                const nameEnd = size - layoutOf(at, size).trailerBytes;
                if (nameEnd > nameStart) {
                    const field = chunk.subarray(at + nameStart, at + nameEnd);
                    const terminator = field.indexOf(0);
                    const name = field.toString('latin1', 0, terminator < 0 ? field.length : terminator);
                    if (name.endsWith('.dump'))
                        jitdumps.push({ path: name, offset: position + nameStart, bytes: field.length });
                }
                break;
            }
        }
        position += size;
    }
    return { tasks, maps, jitdumps };
}

// EXTERNAL MODULE: ./src/shell/perf-files.ts
var perf_files = __webpack_require__(32377);
;// CONCATENATED MODULE: ./src/shell/jit-directory.ts
/**
 * Where `perf inject --jit` writes the jitted code of a perf-jit recording: one jitted-PID-N.so per
 * jitted function, beside the jitdump CPython always writes in /tmp, unless the recording's
 * jitdumps are renamed (perf-data-rewrite.ts `relocateJitdumps`) to sit in a private tmpfs
 * directory made here. The recorder runs perf inject and perf script in that directory and
 * removes it with the run.
 */




/** Linux's TMPFS_MAGIC, the `type` statfs reports for a tmpfs. */
const tmpfsMagic = 0x01021994;
/**
 * tmpfs bytes asked for per byte of jitdump: a jitted-PID-N.so takes a 4 KiB page or more for
 * one function, whose jitdump record is ~250 bytes (examples/bench.py: 124 KB of jitdump, 505
 * files, 2 MiB of tmpfs: 17 per byte; this leaves room for four times that).
 */
const tmpfsBytesPerJitdumpByte = 64;
const tmpfsSpareBytes = 64 * 1024 * 1024;
/**
 * A new directory on a tmpfs (/dev/shm) for the jitted-PID-N.so perf inject writes, when there is
 * one with room for the jitdumps' code (`jitdumpBytes`, their total size); undefined otherwise.
 * Creating hundreds of small files in /tmp on disk took 12–490 ms per 504 here, depending on
 * the moment, against 5 ms on tmpfs.
 */
function createJitDirectory(options) {
    const parent = options.parent ?? '/dev/shm';
    try {
        const fs = (0,external_node_fs_.statfsSync)(parent);
        if (fs.type !== tmpfsMagic)
            return undefined;
        if (fs.bavail * fs.bsize < options.jitdumpBytes * tmpfsBytesPerJitdumpByte + tmpfsSpareBytes)
            return undefined;
        return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `python-perf-gate-jit-${process.pid}-`));
    }
    catch {
        return undefined;
    }
}
/**
 * Where perf inject --jit is to write the jitted code: a private tmpfs directory with room for it
 * (`createJitDirectory`), in which the recording's jitdumps, renamed `./jit-PID.dump`
 * in perf.data (perf-data-rewrite.ts `relocateJitdumps`), are links to the dumps CPython wrote in
 * /tmp; perf inject and perf script then run in it. Returns the directory and the jitdumps' total
 * size; undefined (perf's default: beside the dumps in /tmp) when there is no such tmpfs or the
 * recording could not be rewritten. A 5-run job of examples/bench.py --seconds 2 spent 1.5–1.6 s
 * after its last run this way against 2.1–3.5 s (3 interleaved sets of 3 jobs each way), most of
 * the difference perf inject creating files in /tmp.
 */
function prepareJitDirectory(options) {
    let jitdumpBytes = 0;
    for (const name of (0,perf_files/* listPerfTmpFiles */.qN)()) {
        if (!name.startsWith('jit-') || options.before.has(name))
            continue;
        try {
            jitdumpBytes += (0,external_node_fs_.statSync)((0,external_node_path_.join)(perf_files/* perfTmpDirectory */.QI, name)).size;
        }
        catch {
            // Gone meanwhile.
        }
    }
    if (jitdumpBytes === 0)
        return undefined;
    const directory = createJitDirectory({ jitdumpBytes });
    if (!directory)
        return undefined;
    const relocation = relocateJitdumps(options.dataPath);
    if (relocation.outcome !== 'relocated' || relocation.jitdumps.length === 0) {
        (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        return undefined;
    }
    for (const jitdump of relocation.jitdumps) {
        try {
            (0,external_node_fs_.symlinkSync)(jitdump.path, (0,external_node_path_.join)(directory, (0,external_node_path_.basename)(jitdump.name)));
        }
        catch {
            // Two dumps of one name (one pid) in different directories: perf inject reads the first.
        }
    }
    return { directory, jitdumpBytes };
}
/** A jitdump this big holds code records (its header is 40 bytes, a record ~250; `python -c pass` writes 47 KB). */
const jitdumpWithCodeBytes = 4096;
/**
 * Why the run cannot be used when perf inject wrote no jitted code into the directory for jitdumps
 * that hold code: a perf that does not follow the renamed jitdump leaves every jitted frame
 * unresolved. Undefined when it wrote some (or there was nothing to write).
 */
function describeMissingJittedCode(jit) {
    if (jit.jitdumpBytes < jitdumpWithCodeBytes || (0,external_node_fs_.readdirSync)(jit.directory).some((name) => name.startsWith('jitted-')))
        return undefined;
    return `perf inject --jit wrote no jitted code into ${jit.directory} for the recording's jitdumps (${jit.jitdumpBytes.toLocaleString('en-US')} bytes), renamed ./jit-PID.dump there: this perf does not read a renamed jitdump, so no Python frame would be named. Please report it with the output of \`perf --version\`.`;
}

// EXTERNAL MODULE: ./src/shell/tree-environment.ts
var tree_environment = __webpack_require__(15524);
// EXTERNAL MODULE: ./src/shell/process.ts
var shell_process = __webpack_require__(23543);
;// CONCATENATED MODULE: ./src/shell/recorder.ts
/**
 * Runs one benchmark execution under `perf record`, streams `perf script`'s text (after
 * `perf inject --jit` in perf-jit mode) line by line into a sink the fold stage supplies, and
 * removes the files perf and CPython leave behind (perf-files.ts). Also runs unrecorded warm-ups.
 */







/** The fields our folder reads; stable across perf versions and present for every sample type. */
const perfScriptFields = 'comm,pid,tid,time,period,event,ip,sym,dso';
/** Builds the benchmark's argv and environment for a target. */
function buildWorkload(request) {
    const env = { ...process.env, ...request.env, ...request.plan.env };
    switch (request.target.kind) {
        case 'script':
            return { argv: [request.python, request.target.script, ...request.target.args], env };
        case 'argv':
        case 'run':
            // The one input that is a shell line by design. The verified interpreter comes first on PATH
            // and in $PYTHON, so `python`, `pytest`, `python -m …` inside it use the checked build.
            Object.assign(env, (0,tree_environment/* buildInterpreterEnvironment */.o7)(request.python, env));
            return { argv: request.target.kind === 'run' ? ['/bin/sh', '-c', request.target.command] : request.target.argv, env };
    }
}
/**
 * `perf script --max-stack`: perf script stops every call chain at 127 frames by default (its
 * PERF_MAX_STACK_DEPTH), also where it unwinds DWARF stack dumps itself. A Python frame costs 4–5
 * native frames in perf-jit mode, so that cut a pytest run's chains at ~26 Python frames whatever
 * `dwarf-stack-size` was (measured: 708 of 1,593 samples reached the process root at 127, 1,590 at
 * 1024, same 64 KiB perf.data). 1024 is never the limit for a 64 KiB stack dump; in fp mode the
 * kernel's perf_event_max_stack caps the chain at record time.
 */
const scriptMaxStackFrames = 1024;
/** Bytes of each benchmark stream kept in memory (the log file gets everything). */
const keptOutputBytes = 256 * 1024;
/** Lines of the benchmark's log quoted in failure messages. */
const logTailLines = 50;
/** Records one run and processes it: `processCapture(await captureRun(request))`. */
async function recordRun(request) {
    return processCapture(await captureRun(request));
}
/** Runs the benchmark under `perf record`; the recording is processed (and cleaned up) by `processCapture`. */
async function captureRun(request) {
    (0,external_node_fs_.mkdirSync)(request.scratchDirectory, { recursive: true });
    // Absolute: perf inject and perf script may run in another directory (prepareJitDirectory).
    const scratchDirectory = (0,external_node_path_.resolve)(request.scratchDirectory);
    const dataPath = (0,external_node_path_.join)(scratchDirectory, `${request.label}.perf.data`);
    const injectedPath = (0,external_node_path_.join)(scratchDirectory, `${request.label}.jit.data`);
    // perf caches every DSO it touches under ~/.debug: `record` obeys --no-buildid-cache, but
    // `inject --jit` copies each jitted-PID-N.so there regardless, and the PERF_BUILDID_DIR variable
    // is only perf's output to its children. perf's global `--buildid-dir` is honoured by every
    // subcommand, so each perf call gets a private cache that is deleted with the run.
    const buildIdDir = (0,external_node_path_.join)(scratchDirectory, `${request.label}.buildid`);
    const perfCommands = [];
    const perf = (...args) => {
        const argv = [request.perfPath, '--buildid-dir', buildIdDir, ...args];
        perfCommands.push(argv);
        return argv;
    };
    const { argv, env } = buildWorkload(request);
    const before = (0,perf_files/* listPerfTmpFiles */.qN)();
    const recordArgv = perf('record', 
    // BPF sideband events are of no use here and cost ~0.9 s per run: perf's sideband thread
    // waits out a 1 s poll at exit (measured with perf 6.1: 1.08 s → 0.22 s for `python -c pass`).
    '--no-bpf-event', '-e', request.event, '-F', String(request.frequency), ...request.plan.callGraphArgs, '--no-buildid-cache', 
    // After the benchmark exits, perf record reads the whole perf.data again to list the build-ids
    // of the binaries it hit (measured here: a 2 s run's wall 2.49–2.54 s → 2.32–2.37 s over 3
    // pairs, 35 MB of perf.data in perf-jit mode; `python -c pass` 0.33–0.41 s → 0.22–0.25 s).
    // Processed right away, the binaries are the ones on disk, so perf script finds them by path;
    // only a kept perf.data, read later, needs the table.
    ...(request.keepPerfDataIn ? [] : ['--no-buildid']), '-o', dataPath, '--', ...argv);
    const record = await (0,shell_process/* runCommandToLog */.O6)(recordArgv, { cwd: request.workingDirectory, env, logPath: request.logPath, keepOutputBytes: keptOutputBytes, timeoutMs: request.timeoutMs });
    const run = {
        label: request.label,
        exitCode: record.exitCode,
        signal: record.signal,
        timedOut: record.timedOut,
        wallSeconds: record.wallSeconds,
        lostChunks: parseLostChunks(record.stderr),
        pids: [],
        logTail: (0,shell_process/* readLogTail */.Ty)(request.logPath, logTailLines),
        processingSeconds: 0,
        perfCommands,
    };
    const failure = classifyRecordFailure(record, { perfPath: request.perfPath, timeoutMs: request.timeoutMs });
    if (failure)
        run.failure = failure;
    // Our processes: on a timeout, the group perf ran in (perf itself is harmless in it); otherwise and
    // in addition, every process perf saw (task events in perf.data).
    const dataBytes = (0,external_node_fs_.existsSync)(dataPath) ? (0,external_node_fs_.statSync)(dataPath).size : 0;
    return { request, run, dataPath, dataBytes, injectedPath, buildIdDir, before, pids: new Set(record.killedPids), perf };
}
/**
 * Streams the recording's samples into the request's sink (perf inject --jit | perf script in
 * perf-jit mode), then removes what the run left in /tmp and the scratch directory (keeping
 * perf.data with keepPerfDataIn).
 */
async function processCapture(capture) {
    const { request, run, dataPath, injectedPath, buildIdDir, before, pids, perf } = capture;
    try {
        if (run.failure) {
            if ((0,external_node_fs_.existsSync)(dataPath))
                await collectPids(perf, dataPath, pids);
            return run;
        }
        const processingStarted = process.hrtime.bigint();
        // perf keeps a parent's maps in an exec'd child, which breaks its DWARF unwinding at random.
        if (request.plan.callGraphArgs.some((arg) => arg.includes('dwarf')))
            run.execFix = fixExecMaps(dataPath);
        const sink = request.sink;
        const onLine = (line) => {
            if (line.includes('PERF_RECORD_'))
                addTaskEventPids(line, pids);
            else
                sink.pushLine(line);
        };
        const kallsyms = request.kallsymsPath ? ['--kallsyms', (0,external_node_path_.resolve)(request.kallsymsPath)] : [];
        const scriptArgs = (input) => perf('script', ...kallsyms, '-i', input, '--no-inline', '--show-task-events', '--max-stack', String(scriptMaxStackFrames), '-F', perfScriptFields);
        const streamOptions = { cwd: request.scratchDirectory, keepOutputBytes: keptOutputBytes };
        let scriptInput = dataPath;
        let script;
        if (request.plan.injectJit && !request.keepPerfDataIn) {
            const jit = prepareJitDirectory({ dataPath, before });
            const jitDirectory = jit?.directory;
            if (jitDirectory)
                run.jitDirectory = jitDirectory;
            // perf inject --jit | perf script: both at once, and no second copy of perf.data on disk.
            const piped = await (0,shell_process/* runPipedStreamingLines */.t0)(perf('inject', ...kallsyms, '-i', dataPath, '--jit', '-o', '-'), scriptArgs('-'), onLine, { ...streamOptions, cwd: jitDirectory ?? streamOptions.cwd });
            // perf script dying first leaves perf inject a broken pipe (SIGPIPE): then script is to blame.
            const scriptDiedFirst = piped.producer.signal === 'SIGPIPE' && piped.consumer.exitCode !== 0;
            if (piped.producer.exitCode !== 0 && !scriptDiedFirst) {
                run.failure = describeInjectFailure(piped.producer);
                await collectPids(perf, dataPath, pids);
                return run;
            }
            script = piped.consumer;
            const missing = jit && describeMissingJittedCode(jit);
            if (missing) {
                run.failure = missing;
                return run;
            }
        }
        else {
            if (request.plan.injectJit) {
                // Keeping perf.data: write the injected file, which is what perf report needs later.
                const inject = await (0,shell_process/* runCommand */.d1)(perf('inject', ...kallsyms, '-i', dataPath, '--jit', '-o', injectedPath), { cwd: request.scratchDirectory });
                if (inject.exitCode !== 0) {
                    run.failure = describeInjectFailure(inject);
                    await collectPids(perf, dataPath, pids);
                    return run;
                }
                (0,external_node_fs_.rmSync)(dataPath, { force: true });
                scriptInput = injectedPath;
            }
            script = await (0,shell_process/* runStreamingLines */.Zc)(scriptArgs(scriptInput), onLine, streamOptions);
        }
        if (script.exitCode !== 0) {
            run.failure = `perf script failed (${(0,shell_process/* describeExit */.KE)(script)}): ${lastLines(script.stderr, 3)}`;
            return run;
        }
        // perf script's stderr is perf's alone (record's is mixed with the benchmark's), and it repeats
        // the lost-chunk warning when the ring buffer overflowed during recording (inject keeps the
        // PERF_RECORD_LOST events).
        run.lostChunks = parseLostChunks(script.stderr);
        run.processingSeconds = Number(process.hrtime.bigint() - processingStarted) / 1e9;
        if (request.keepPerfDataIn) {
            (0,external_node_fs_.mkdirSync)(request.keepPerfDataIn, { recursive: true });
            const kept = (0,external_node_path_.join)(request.keepPerfDataIn, `${request.label}.perf.data`);
            (0,perf_files/* moveFile */.mV)(scriptInput, kept);
            run.perfDataPath = kept;
            run.perfDataRead = { command: [request.perfPath, 'report', '-i', kept], mapFiles: [] };
            if (request.plan.injectJit) {
                // The injected perf.data names each jitted-PID-N.so in /tmp, which is removed below; perf
                // inject also copied them into the private build-id cache, where perf finds them by build id.
                const keptCache = (0,external_node_path_.join)(request.keepPerfDataIn, `${request.label}.buildid`);
                if ((0,perf_files/* keepJittedSymbols */.vH)({ buildIdDir, destination: keptCache }) > 0) {
                    run.perfDataRead.command = [request.perfPath, '--buildid-dir', keptCache, 'report', '-i', kept];
                }
            }
        }
        return run;
    }
    finally {
        run.pids = [...pids].sort((a, b) => a - b);
        const ours = (0,perf_files/* listOurPerfTmpFiles */.YM)({ pids, before, keepIn: request.keepPerfDataIn });
        if (request.tmpLeftovers)
            request.tmpLeftovers.push(...ours.toRemove);
        else
            (0,perf_files/* removeFiles */.WS)(ours.toRemove);
        if (run.perfDataRead)
            run.perfDataRead.mapFiles = ours.keptMaps;
        (0,external_node_fs_.rmSync)(dataPath, { force: true });
        (0,external_node_fs_.rmSync)(injectedPath, { force: true });
        (0,external_node_fs_.rmSync)(buildIdDir, { recursive: true, force: true });
        if (run.jitDirectory)
            (0,external_node_fs_.rmSync)(run.jitDirectory, { recursive: true, force: true });
    }
}
function describeInjectFailure(inject) {
    return `perf inject --jit failed (${(0,shell_process/* describeExit */.KE)(inject)}): ${lastLines(inject.stderr, 3)}`;
}
/** A warm-up: the workload with the mode's environment but without perf; output to `logPath`. */
async function runUnprofiled(request) {
    const { argv, env } = buildWorkload(request);
    // The log gets all output; memory keeps only a bounded tail.
    const result = await (0,shell_process/* runCommandToLog */.O6)(argv, { cwd: request.workingDirectory, env, logPath: request.logPath, keepOutputBytes: keptOutputBytes, timeoutMs: request.timeoutMs });
    if (result.timedOut)
        return `timed out after ${formatDuration(request.timeoutMs ?? 0)}; it and every process it started were killed`;
    if (result.exitCode !== 0 || result.spawnError)
        return (0,shell_process/* describeExit */.KE)(result);
    return undefined;
}
/**
 * Why a `perf record` call produced no usable recording, or undefined when it did. Distinguishes
 * perf that could not start, a workload that could not be executed, perf failing on its own (no
 * "Captured and wrote" line, e.g. permissions or a bad event), a timeout, and the benchmark's own
 * non-zero exit.
 */
function classifyRecordFailure(record, context) {
    if (record.spawnError) {
        const code = record.spawnError.code ?? record.spawnError.message;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code;
        return `perf could not be started at ${context.perfPath} (${why}). Run \`python-perf-gate check\` to see what this runner needs.`;
    }
    if (record.timedOut) {
        return `The benchmark timed out after ${formatDuration(context.timeoutMs ?? 0)} (timeout-minutes); perf and every process it started were killed.`;
    }
    // perf ≤ 5.x: "Workload failed: …"; perf 6.x: "Failed to collect 'EVENT' for the 'PROG' workload: …".
    const workload = firstMatchingLine(record.stderr, /Workload failed|Failed to collect .* workload/);
    if (workload)
        return `The benchmark could not be started: ${workload}`;
    const captured = /\[ perf record: Captured and wrote/.test(record.stderr);
    if (!captured && (record.exitCode !== 0 || record.signal)) {
        return `perf record failed (${(0,shell_process/* describeExit */.KE)(record)}) without finishing its recording: ${firstLines(record.stderr, 3) || 'no message'}. Run \`python-perf-gate check\` to see what this runner needs.`;
    }
    if (record.exitCode !== 0 || record.signal)
        return `The benchmark failed with ${(0,shell_process/* describeExit */.KE)(record)}.`;
    return undefined;
}
/** perf prints "Processed N events and lost M chunks!" when its ring buffer overflowed. */
function parseLostChunks(stderr) {
    let lost = 0;
    for (const match of stderr.matchAll(/lost (\d+) chunks/g))
        lost += Number(match[1]);
    return lost;
}
/** Reads process ids from perf's task events (`PERF_RECORD_COMM`, `PERF_RECORD_FORK(pid:tid)`). */
function addTaskEventPids(line, pids) {
    const lead = /^\s*\S.*?\s+(\d+)\/(\d+)\s/.exec(line);
    if (lead && Number(lead[1]) > 0)
        pids.add(Number(lead[1]));
    const fork = /PERF_RECORD_FORK\((\d+):(\d+)\)/.exec(line);
    if (fork)
        pids.add(Number(fork[1]));
    const comm = /PERF_RECORD_COMM(?: exec)?: .*:(\d+)\/(\d+)\s*$/.exec(line);
    if (comm && Number(comm[1]) > 0)
        pids.add(Number(comm[1]));
}
async function collectPids(perf, dataPath, pids) {
    await (0,shell_process/* runStreamingLines */.Zc)(perf('script', '-i', dataPath, '--show-task-events', '-F', 'pid'), (line) => {
        if (line.includes('PERF_RECORD_'))
            addTaskEventPids(line, pids);
    });
}
function firstLines(text, count) {
    return text.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, count).join(' ');
}
function lastLines(text, count) {
    return text.trim().split('\n').slice(-count).map((line) => line.trim()).filter(Boolean).join(' ');
}
function firstMatchingLine(text, pattern) {
    return text.split('\n').find((line) => pattern.test(line))?.trim();
}
function formatDuration(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}


/***/ }),

/***/ 15524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kn: () => (/* binding */ buildTreeEnvironment),
/* harmony export */   o7: () => (/* binding */ buildInterpreterEnvironment),
/* harmony export */   vv: () => (/* binding */ runPrepare)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23543);
/* harmony import */ var _core_capitalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82177);
/**
 * Running things in one of the two trees of a `baseline-ref` comparison (the head checkout and the
 * base worktree): the user's `prepare` command, and the environment that makes a tree's Python
 * processes import that tree's code.
 *
 * The editable-install trap: both trees share one interpreter and one site-packages. When a
 * prepare step runs `pip install -e .`, site-packages points at the tree that was prepared LAST —
 * through a `.pth` line with the tree's path (classic `setup.py develop`, setuptools' static
 * src-layout editable) or an `__editable___<name>_finder` appended to `sys.meta_path` (setuptools
 * PEP 660 editable of other layouts). A benchmark that runs in the other tree then imports the
 * wrong code, unless its own directory comes first on `sys.path` by accident (`python -c` or a
 * script at the tree root with a flat layout).
 *
 * `PYTHONPATH` entries come right after the script's directory on `sys.path`, before site-packages
 * and before any `.pth`-added entry, and the editable finders sit after `PathFinder` on
 * `sys.meta_path`, so `PYTHONPATH=<tree>:<tree>/src` makes the tree's own packages win in both
 * cases (checked with CPython 3.13, setuptools 67.6.1, pip 24.2: test/integration/editable-trap.test.ts).
 * What it cannot fix: compiled extensions that prepare did not build in that tree, and package
 * metadata (`importlib.metadata.version`, entry-point lists), which stays the last-installed one.
 */





/**
 * Environment additions that put the checked interpreter's directory first on PATH and name it in
 * `$PYTHON`, so `python`, `pip`, `pytest` and `python -m …` in a shell command use it. Same rule as
 * `buildWorkload` in recorder.ts for `run` targets.
 */
function buildInterpreterEnvironment(python, baseEnvironment = process.env) {
    return { PATH: `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(python)}${node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter}${baseEnvironment.PATH ?? ''}`, PYTHON: python };
}
/**
 * Environment additions for a process that must import `tree`'s own code: `PYTHONPATH` with the
 * tree root and, when it exists, its `src/` directory, before any PYTHONPATH already set in
 * `baseEnvironment`.
 */
function buildTreeEnvironment(tree, baseEnvironment = process.env) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(tree);
    const entries = [root];
    const src = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'src');
    if (isDirectory(src))
        entries.push(src);
    const existing = baseEnvironment.PYTHONPATH;
    if (existing !== undefined && existing !== '')
        entries.push(existing);
    return { PYTHONPATH: entries.join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter) };
}
const messageTailLines = 10;
const detailTailLines = 50;
/** Runs the `prepare` command once in a tree; a failure is a UserError naming the input and the tree. */
async function runPrepare(options) {
    const base = { ...process.env, ...options.env };
    const env = { ...base, ...buildInterpreterEnvironment(options.python, base) };
    const label = options.treeLabel ?? options.tree;
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommandToLog */ .O6)(['/bin/sh', '-c', options.command], { cwd: options.tree, env, logPath: options.logPath, timeoutMs: options.timeoutMs });
    if (result.exitCode === 0 && !result.timedOut)
        return;
    const tail = (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .readLogTail */ .Ty)(options.logPath, detailTailLines);
    const where = `in the ${label} tree (${options.tree})`;
    const how = result.spawnError
        ? `could not be started ${where} (${result.spawnError.code ?? result.spawnError.message})`
        : result.timedOut
            ? `timed out ${where} after ${Number(((options.timeoutMs ?? 0) / 1000).toFixed(1))} s; it and every process it started were stopped`
            : `failed ${where} with ${(0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)(result)}`;
    const shown = tail.slice(-messageTailLines);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${(0,_core_capitalize_js__WEBPACK_IMPORTED_MODULE_4__/* .capitalize */ .Z)(options.inputLabel ?? "input 'prepare'")} ${how}. The command: ${options.command}` +
        (shown.length > 0 ? `\nLast lines of its output (all of it: ${options.logPath}):\n${shown.join('\n')}` : ''), { logTail: tail });
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 99430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptRunner: () => (/* binding */ acceptRunner),
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/readiness.ts
var core_readiness = __webpack_require__(38651);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/shell/machine.ts
/** Facts about the machine a profile was recorded on, so a stored baseline from another CPU is recognised. */


function readMachineFacts() {
    const facts = { cores: (0,external_node_os_.availableParallelism)(), kernel: (0,external_node_os_.release)() };
    try {
        const model = /^model name\s*:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
        if (model)
            facts.cpuModel = model;
    }
    catch {
        // Not Linux, or /proc is not mounted: the comparison then cannot tell CPUs apart.
    }
    return facts;
}

// EXTERNAL MODULE: ./src/core/profiling-modes.ts
var profiling_modes = __webpack_require__(11404);
// EXTERNAL MODULE: ./src/core/fold-python.ts + 9 modules
var fold_python = __webpack_require__(71467);
;// CONCATENATED MODULE: ./src/core/python-facts.ts
/**
 * Facts about a Python interpreter, read from the interpreter itself, and what they imply for
 * profiling with perf. The snippet below runs inside the candidate Python (any version ≥ 2.7 must
 * be able to print its JSON, so a too-old interpreter is reported, not crashed on).
 */
/** Printed as one JSON object by `python -c FACTS_SNIPPET`. */
const FACTS_SNIPPET = String.raw `
import json, platform, sys, sysconfig
names = ["PY_HAVE_PERF_TRAMPOLINE", "HAVE_PERF_TRAMPOLINE", "CFLAGS", "PY_CFLAGS", "PY_CFLAGS_NODIST",
         "PY_CORE_CFLAGS", "CONFIGURE_CFLAGS", "CONFIGURE_CFLAGS_NODIST", "BASECFLAGS", "OPT", "CFLAGS_NODIST",
         "CONFIG_ARGS", "Py_GIL_DISABLED", "Py_ENABLE_SHARED", "LDLIBRARY", "MULTIARCH"]
jit = None
try:
    jit = bool(sys._jit.is_enabled())
except Exception:
    jit = None
gil = None
try:
    gil = bool(sys._is_gil_enabled())
except Exception:
    gil = None
paths = sysconfig.get_paths()
print(json.dumps({
    "executable": sys.executable,
    "version": platform.python_version(),
    "versionInfo": list(sys.version_info[:3]),
    "implementation": sys.implementation.name,
    "machine": platform.machine(),
    "platform": sys.platform,
    "config": dict((n, sysconfig.get_config_var(n)) for n in names),
    "jitEnabled": jit,
    "gilEnabled": gil,
    "stdlib": paths.get("stdlib"),
    "purelib": paths.get("purelib"),
}))
`;
/** sysconfig variables that carry compiler flags; frame-pointer flags can sit in any of them. */
const cflagsVariables = [
    'CFLAGS',
    'PY_CFLAGS',
    'PY_CFLAGS_NODIST',
    'PY_CORE_CFLAGS',
    'CONFIGURE_CFLAGS',
    'CONFIGURE_CFLAGS_NODIST',
    'CFLAGS_NODIST',
    'BASECFLAGS',
    'OPT',
    'CONFIG_ARGS',
];
/** Parses the snippet's JSON output; throws with the text when it is not what the snippet prints. */
function parseRawPythonFacts(text) {
    let value;
    try {
        value = JSON.parse(text.trim());
    }
    catch {
        throw new Error(`The interpreter did not print its facts as JSON. It printed: ${text.slice(0, 300)}`);
    }
    const raw = value;
    if (typeof raw.version !== 'string' || typeof raw.executable !== 'string' || typeof raw.config !== 'object' || raw.config === null) {
        throw new Error(`The interpreter's facts are missing fields: ${text.slice(0, 300)}`);
    }
    return raw;
}
/** Turns raw sysconfig facts into what profiling needs to know. */
function interpretPythonFacts(raw) {
    const [major = 0, minor = 0] = raw.versionInfo ?? raw.version.split('.').map(Number);
    const config = raw.config;
    const trampoline = isTruthyConfig(config.PY_HAVE_PERF_TRAMPOLINE) || isTruthyConfig(config.HAVE_PERF_TRAMPOLINE);
    const framePointers = findFramePointerFlags(config, raw.machine);
    const freeThreaded = isTruthyConfig(config.Py_GIL_DISABLED);
    const configArgs = String(config.CONFIG_ARGS ?? '');
    const jitConfigured = /--enable-experimental-jit(?!=no)/.test(configArgs);
    // 3.14+ reports the JIT state at run time; 3.13 only through its configure flags (where the JIT,
    // when built in, is on unless PYTHON_JIT=0).
    const experimentalJit = raw.jitEnabled ?? jitConfigured;
    return {
        executable: raw.executable,
        version: raw.version,
        major,
        minor,
        implementation: raw.implementation,
        machine: raw.machine,
        perfTrampoline: trampoline,
        framePointers,
        freeThreaded,
        experimentalJit: Boolean(experimentalJit),
        perfJitSupported: trampoline && (major > 3 || (major === 3 && minor >= 13)),
    };
}
function isTruthyConfig(value) {
    return value === 1 || value === '1' || value === 'yes';
}
/**
 * Finds frame-pointer flags. x86-64 and aarch64 need `-fno-omit-frame-pointer` (leaf frames also
 * want `-mno-omit-leaf-frame-pointer`); s390x unwinds through `-mbackchain`; ppc64le keeps a back
 * chain by ABI, so it needs no flag. A later `-fomit-frame-pointer` in the same variable wins, as it
 * does on a compiler command line.
 */
function findFramePointerFlags(config, machine) {
    if (/^ppc64/.test(machine))
        return { present: true, flags: ['(ppc64 back chain by ABI)'], foundIn: [] };
    const wanted = machine === 's390x' ? ['-mbackchain'] : ['-fno-omit-frame-pointer'];
    const flags = new Set();
    const foundIn = [];
    for (const name of cflagsVariables) {
        const value = config[name];
        if (typeof value !== 'string' || value === '')
            continue;
        const words = value.split(/\s+/).map((word) => word.replace(/^['"]|['"]$/g, '').replace(/^CFLAGS=/, ''));
        let enabled;
        for (const word of words) {
            if (wanted.includes(word))
                enabled = word;
            else if (word === '-fomit-frame-pointer' || word === '-mno-backchain')
                enabled = undefined;
        }
        if (enabled) {
            flags.add(enabled);
            foundIn.push(name);
            if (words.includes('-mno-omit-leaf-frame-pointer'))
                flags.add('-mno-omit-leaf-frame-pointer');
        }
    }
    return { present: foundIn.length > 0, flags: [...flags].sort(), foundIn };
}

// EXTERNAL MODULE: ./src/shell/process.ts
var shell_process = __webpack_require__(23543);
;// CONCATENATED MODULE: ./src/shell/python.ts
/** Finding a Python interpreter and reading its facts. */





/** Runs `python` and reads its facts. `requested` is a name on PATH or a path. */
async function readPythonFacts(requested, env = process.env) {
    const result = await (0,shell_process/* runCommand */.d1)([requested, '-c', FACTS_SNIPPET], { env, timeoutMs: 30_000 });
    if (result.spawnError) {
        return { status: 'missing', requested, reason: `'${requested}' was not found (${result.spawnError.code ?? result.spawnError.message}).` };
    }
    if (result.exitCode !== 0) {
        const said = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ');
        return { status: 'missing', requested, reason: `'${requested}' failed to run (exit code ${result.exitCode}): ${said}` };
    }
    try {
        return { status: 'found', requested, facts: interpretPythonFacts(parseRawPythonFacts(result.stdout)) };
    }
    catch (error) {
        return { status: 'missing', requested, reason: error.message };
    }
}
/**
 * Candidates for "the newest CPython ≥ 3.12 on this machine": `python3`, then versioned names on
 * PATH, then interpreters pyenv and uv installed but did not activate (pyenv's shims refuse to run a
 * version that is not selected, which is the usual state of a developer machine).
 */
function listPythonCandidates(env = process.env) {
    const names = ['python3', 'python3.15', 'python3.14', 'python3.13', 'python3.12'];
    const candidates = [];
    for (const name of names) {
        for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
            if (dir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))) {
                candidates.push((0,external_node_path_.join)(dir, name));
                break;
            }
        }
    }
    const home = env.HOME ?? (0,external_node_os_.homedir)();
    const pyenvRoot = env.PYENV_ROOT ?? (0,external_node_path_.join)(home, '.pyenv');
    for (const version of listDirectory((0,external_node_path_.join)(pyenvRoot, 'versions'))) {
        const match = /^(\d+)\.(\d+)/.exec(version);
        if (match && Number(match[1]) === 3 && Number(match[2]) >= 12)
            candidates.push((0,external_node_path_.join)(pyenvRoot, 'versions', version, 'bin', `python${match[1]}.${match[2]}`));
    }
    const uvRoot = (0,external_node_path_.join)(env.XDG_DATA_HOME ?? (0,external_node_path_.join)(home, '.local', 'share'), 'uv', 'python');
    for (const install of listDirectory(uvRoot)) {
        const match = /^cpython-(\d+)\.(\d+)/.exec(install);
        if (match && Number(match[2]) >= 12)
            candidates.push((0,external_node_path_.join)(uvRoot, install, 'bin', `python${match[1]}.${match[2]}`));
    }
    return [...new Set(candidates)];
}
/** Picks the newest interpreter ≥ 3.12 among the candidates; reports every one it rejected. */
async function findNewestPython(env = process.env) {
    const rejected = [];
    let best;
    for (const candidate of listPythonCandidates(env)) {
        const lookup = await readPythonFacts(candidate, env);
        if (lookup.status === 'missing') {
            rejected.push(lookup.reason);
            continue;
        }
        const facts = lookup.facts;
        if (facts.implementation !== 'cpython' || facts.major !== 3 || facts.minor < 12 || !facts.perfTrampoline) {
            rejected.push(`${candidate} is ${facts.implementation} ${facts.version}${facts.perfTrampoline ? '' : ' without the perf trampoline'}`);
            continue;
        }
        if (!best || facts.minor > best.minor)
            best = facts;
    }
    return best ? { facts: best, rejected } : { rejected };
}
function listDirectory(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path).sort();
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/shell/perf.ts
/** Finding perf and reading what it and the kernel allow. */




/** Ubuntu's /usr/bin/perf is a wrapper that execs /usr/lib/linux-tools/$(uname -r)/perf. */
const ubuntuToolsDirs = ['/usr/lib/linux-tools'];
async function readPerfFacts(options = {}) {
    const env = options.env ?? process.env;
    const facts = {
        isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
        paranoid: readSysctl('kernel/perf_event_paranoid'),
        kptrRestrict: readSysctl('kernel/kptr_restrict'),
        maxStack: readSysctl('kernel/perf_event_max_stack'),
    };
    const candidates = options.perfPath ? [options.perfPath] : [...findOnPath('perf', env), ...listVersionedPerfBinaries()];
    let firstBroken;
    for (const path of candidates) {
        const version = await (0,shell_process/* runCommand */.d1)([path, '--version'], { env, timeoutMs: 15_000 });
        const text = `${version.stdout}${version.stderr}`.trim();
        if (version.exitCode === 0 && /perf version/.test(text)) {
            facts.path = path;
            facts.version = text.replace(/^perf version\s*/, '');
            break;
        }
        const reason = version.spawnError
            ? `${version.spawnError.code ?? version.spawnError.message}`
            : /not found for kernel/i.test(text)
                ? `the wrapper has no perf for this kernel (${firstLine(text)})`
                : `'perf --version' failed: ${firstLine(text) || `exit code ${version.exitCode}`}`;
        firstBroken ??= { path, reason };
    }
    if (!facts.path) {
        if (firstBroken) {
            facts.path = firstBroken.path;
            facts.brokenReason = firstBroken.reason;
        }
        return facts;
    }
    const [cycles, inject] = await Promise.all([
        (0,shell_process/* runCommand */.d1)([facts.path, 'stat', '-e', 'cycles', '-x', ',', '--', 'true'], { env, timeoutMs: 15_000 }),
        (0,shell_process/* runCommand */.d1)([facts.path, 'inject', '-h'], { env, timeoutMs: 15_000 }),
    ]);
    const cyclesLine = cycles.stderr.split('\n').find((line) => line.includes('cycles')) ?? '';
    facts.cyclesSupported = cycles.exitCode === 0 && /^\d/.test(cyclesLine.trim());
    facts.injectJitSupported = /--jit/.test(`${inject.stdout}${inject.stderr}`);
    return facts;
}
function findOnPath(name, env) {
    const found = [];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)))
            found.push((0,external_node_path_.join)(dir, name));
    }
    return [...new Set(found)];
}
/**
 * Versioned perf binaries installed by linux-tools-* packages: the running kernel's first (what
 * Ubuntu's wrapper would exec), then the others newest first, compared as versions (6.11 after 6.8).
 */
function listVersionedPerfBinaries(options = {}) {
    const found = [];
    for (const root of options.root ? [options.root] : ubuntuToolsDirs) {
        let versions = [];
        try {
            versions = (0,external_node_fs_.readdirSync)(root);
        }
        catch {
            continue;
        }
        const running = options.kernelRelease ?? (0,external_node_os_.release)();
        for (const version of sortToolsVersions(versions, running)) {
            const path = (0,external_node_path_.join)(root, version, 'perf');
            if ((0,external_node_fs_.existsSync)(path))
                found.push(path);
        }
    }
    return found;
}
/** `running` first, then newest first by numeric parts ("6.8.0-1017-azure" < "6.11.0-1008-azure"). */
function sortToolsVersions(versions, running) {
    const parts = (version) => version.split(/[.-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const compare = (a, b) => {
        const left = parts(a);
        const right = parts(b);
        for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
            const x = left[index];
            const y = right[index];
            if (x === y)
                continue;
            if (x === undefined)
                return -1;
            if (y === undefined)
                return 1;
            if (typeof x === 'number' && typeof y === 'number')
                return x - y;
            return String(x) < String(y) ? -1 : 1;
        }
        return 0;
    };
    return [...versions].sort((a, b) => (a === running ? -1 : b === running ? 1 : compare(b, a)));
}
function readSysctl(name) {
    try {
        const value = Number((0,external_node_fs_.readFileSync)(`/proc/sys/${name}`, 'utf8').trim());
        return Number.isFinite(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function firstLine(text) {
    return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

// EXTERNAL MODULE: ./src/shell/perf-files.ts
var perf_files = __webpack_require__(32377);
// EXTERNAL MODULE: ./src/shell/recorder.ts + 3 modules
var recorder = __webpack_require__(10020);
;// CONCATENATED MODULE: ./src/shell/system-fixes.ts
/**
 * Fixes the Action may apply to the runner, each only behind its input and always reported:
 * `install-perf` installs perf with apt; `allow-sudo` lowers perf_event_paranoid / kptr_restrict.
 * Nothing here runs sudo unless the user said so.
 */



async function applyAllowedFixes(options) {
    const problems = [];
    let changed = false;
    const { perf, log } = options;
    const sudo = perf.isRoot ? [] : ['sudo', '-n'];
    const perfMissing = !perf.path || perf.brokenReason !== undefined;
    if (perfMissing && options.installPerf) {
        if (!perf.isRoot && !options.allowSudo) {
            problems.push({
                code: 'install-perf-needs-sudo',
                severity: 'error',
                message: "'install-perf: true' needs root to run apt-get, and 'allow-sudo' is false.",
                fix: "Set 'allow-sudo: true' as well, or install perf in an earlier step.",
            });
        }
        else {
            changed = (await installPerf(sudo, log, problems)) || changed;
        }
    }
    if (!perf.isRoot && options.allowSudo) {
        const settings = [
            ['kernel.perf_event_paranoid', perf.paranoid, 1],
            ['kernel.kptr_restrict', perf.kptrRestrict, 0],
        ];
        for (const [key, current, wanted] of settings) {
            if (current === undefined || current <= wanted)
                continue;
            log(`allow-sudo: running sudo -n sysctl -w ${key}=${wanted} (was ${current})`);
            const result = await (0,shell_process/* runCommand */.d1)(['sudo', '-n', 'sysctl', '-w', `${key}=${wanted}`], { timeoutMs: 30_000 });
            if (result.exitCode === 0) {
                changed = true;
                problems.push({ code: 'sysctl-lowered', severity: 'notice', message: `Set ${key}=${wanted} with sudo (was ${current}).` });
            }
            else {
                problems.push({
                    code: 'sysctl-failed',
                    severity: 'warning',
                    message: `sudo -n sysctl -w ${key}=${wanted} failed: ${(result.stderr || result.stdout).trim() || `exit code ${result.exitCode}`}`,
                    fix: 'Run the sysctl in an earlier step with sudo, or use a runner where passwordless sudo works.',
                });
            }
        }
    }
    return { changed, problems };
}
async function installPerf(sudo, log, problems) {
    const distro = readOsReleaseId();
    const kernel = (0,external_node_os_.release)();
    const attempts = distro === 'ubuntu'
        ? [
            ['linux-tools-common', `linux-tools-${kernel}`],
            ['linux-tools-common', 'linux-tools-generic'],
            ['linux-tools-common', 'linux-tools-azure'],
        ]
        : [['linux-perf']];
    const run = async (argv) => {
        log(`install-perf: ${argv.join(' ')}`);
        return (0,shell_process/* runCommand */.d1)(argv, { timeoutMs: 10 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    };
    await run([...sudo, 'apt-get', 'update']);
    for (const packages of attempts) {
        const result = await run([...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
        if (result.exitCode === 0) {
            problems.push({ code: 'perf-installed', severity: 'notice', message: `Installed ${packages.join(' ')} with apt-get.` });
            return true;
        }
        log(`install-perf: ${packages.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
    }
    problems.push({
        code: 'perf-install-failed',
        severity: 'error',
        message: `install-perf could not install perf (tried ${attempts.map((packages) => packages.join(' ')).join('; ')}).`,
        fix: 'Install perf in an earlier step; on Ubuntu, linux-tools-generic brings a versioned binary under /usr/lib/linux-tools/*/perf.',
    });
    return false;
}
function readOsReleaseId() {
    if (!(0,external_node_fs_.existsSync)('/etc/os-release'))
        return undefined;
    const match = /^ID=(.*)$/m.exec((0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8'));
    return match?.[1]?.replace(/"/g, '');
}
/** Raises kernel.perf_event_max_stack for fp mode (see decideMaxStackRaise); reports what happened. */
async function raiseMaxStack(options) {
    const argv = [...(options.isRoot ? [] : ['sudo', '-n']), 'sysctl', '-w', `kernel.perf_event_max_stack=${options.value}`];
    options.log(`allow-sudo: ${argv.join(' ')} (was ${options.current ?? 'unknown'}) so deep Python stacks are not cut in fp mode`);
    const result = await (0,shell_process/* runCommand */.d1)(argv, { timeoutMs: 30_000 });
    if (result.exitCode === 0) {
        return { code: 'sysctl-raised', severity: 'notice', message: `Set kernel.perf_event_max_stack=${options.value} (was ${options.current ?? 'unknown'}).` };
    }
    const said = (result.stderr || result.stdout).trim() || `exit code ${result.exitCode}`;
    // The kernel refuses the change (EBUSY) while any perf session with call graphs runs on the machine.
    const busy = /resource busy|EBUSY/i.test(said);
    return {
        code: 'sysctl-failed',
        severity: 'warning',
        message: `${argv.join(' ')} failed: ${said}${busy ? ' — the kernel refuses to change it while another perf session with call graphs is running on this machine' : ''}; stacks deeper than ${options.current ?? 127} native frames will be marked [truncated].`,
        fix: busy
            ? 'Raise it in an earlier step, before any other perf session starts (sudo sysctl -w kernel.perf_event_max_stack=1024), or accept truncated deep stacks.'
            : 'Raise it in an earlier step (sudo sysctl -w kernel.perf_event_max_stack=1024), or accept truncated deep stacks.',
    };
}

;// CONCATENATED MODULE: ./src/shell/readiness.ts
/**
 * The readiness check (the check stage's effects): gathers Python and perf facts, applies the fixes the user allowed, and runs the
 * empirical probe — a tiny program with a known 5-deep call chain recorded in each candidate mode.
 * Flags are hints; the probe decides.
 */










const probeSeconds = 0.15;
const probeFrequency = 999;
async function checkReadiness(options) {
    const log = options.log ?? (() => undefined);
    const problems = [];
    // Independent facts, gathered at once (each runs a few short processes).
    const [pythonLookup, perfFacts] = await Promise.all([lookUpPython(options), readPerfFacts()]);
    const python = pythonLookup.python;
    if (pythonLookup.problem)
        problems.push(pythonLookup.problem);
    let perf = perfFacts;
    const fixes = await applyAllowedFixes({ perf, installPerf: options.installPerf, allowSudo: options.allowSudo, log });
    problems.push(...fixes.problems);
    if (fixes.changed)
        perf = await readPerfFacts();
    problems.push(...(0,core_readiness/* findStaticProblems */.cN)(python, perf));
    const readiness = { ready: false, event: options.event, perf, probes: [], problems, probeSeconds: 0 };
    if (python)
        readiness.python = python;
    if (problems.some((problem) => problem.severity === 'error') || !python || !perf.path)
        return readiness;
    const started = process.hrtime.bigint();
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.scratchDirectory, 'probe-'));
    try {
        readiness.probes = await runProbes({ python, perf, perfPath: perf.path, request: options.mode, event: options.event, scratch, kallsymsPath: (0,perf_files/* copyKallsyms */.Wy)(scratch) });
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        readiness.probeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const choice = (0,core_readiness/* chooseMode */.jO)(options.mode, readiness.probes);
    readiness.problems.push(...choice.problems);
    if (choice.mode)
        readiness.mode = choice.mode;
    const maxStack = choice.mode ? (0,core_readiness/* decideMaxStackRaise */.nT)({ mode: choice.mode, perf, allowSudo: options.allowSudo }) : undefined;
    if (maxStack !== undefined) {
        readiness.problems.push(await raiseMaxStack({ value: maxStack, current: perf.maxStack, isRoot: perf.isRoot, log }));
    }
    readiness.ready = choice.mode !== undefined && !readiness.problems.some((problem) => problem.severity === 'error');
    return readiness;
}
/** The interpreter named by the settings, or the newest one found; a problem when there is none. */
async function lookUpPython(options) {
    if (options.python) {
        const lookup = await readPythonFacts(options.python);
        if (lookup.status === 'found')
            return { python: lookup.facts };
        return {
            problem: {
                code: 'python-not-found',
                severity: 'error',
                message: `Invalid value '${options.python}' for ${options.describePython}: ${lookup.reason}`,
                fix: "Pass a CPython ≥ 3.12 executable (name on PATH or full path), e.g. the 'python-path' output of actions/setup-python.",
            },
        };
    }
    const found = await findNewestPython();
    if (found.facts)
        return { python: found.facts };
    return {
        problem: {
            code: 'python-not-found',
            severity: 'error',
            message: `No CPython ≥ 3.12 with the perf trampoline was found. Rejected: ${found.rejected.join('; ') || 'no python3 on PATH'}.`,
            fix: "Use actions/setup-python with python-version: '3.13' (or `uv python install 3.13`) and pass it as the 'python' input.",
        },
    };
}
async function runProbes(context) {
    if (context.request !== 'auto')
        return [await runProbe(context, context.request)];
    const candidates = (0,core_readiness/* listCandidateModes */.sk)(context.python, context.perf);
    // Probe the full-stack candidates side by side (two cores); dwarf only when neither works,
    // unless dwarf is the only fallback anyway (3.12), in which case it runs alongside fp.
    const first = candidates.includes('perf-jit') ? candidates.filter((mode) => mode !== 'dwarf') : candidates;
    const probes = await Promise.all(first.map((mode) => runProbe(context, mode)));
    if (!probes.some(core_readiness/* isFullChain */.Pr) && candidates.includes('dwarf') && !first.includes('dwarf')) {
        probes.push(await runProbe(context, 'dwarf'));
    }
    return probes;
}
async function runProbe(context, mode) {
    const started = process.hrtime.bigint();
    const directory = (0,external_node_path_.join)(context.scratch, mode);
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const program = (0,external_node_path_.join)(directory, 'ppg_probe.py');
    (0,external_node_fs_.writeFileSync)(program, (0,core_readiness/* buildProbeProgram */.Tf)(probeSeconds));
    const result = { mode, expectedChain: core_readiness/* probeChain */.WP, chainFound: 0, bestStack: [], samples: 0, seconds: 0 };
    try {
        const folder = (0,fold_python.createFolder)({ view: 'python', workingDirectory: directory });
        const run = await (0,recorder/* recordRun */.vj)({
            perfPath: context.perfPath,
            python: context.python.executable,
            plan: (0,profiling_modes/* planMode */.lG)(mode),
            event: context.event,
            frequency: probeFrequency,
            target: { kind: 'script', script: program, args: [] },
            workingDirectory: directory,
            scratchDirectory: directory,
            logPath: (0,external_node_path_.join)(directory, 'probe.log'),
            sink: folder,
            timeoutMs: 60_000,
            label: `probe-${mode}`,
            ...(context.kallsymsPath ? { kallsymsPath: context.kallsymsPath } : {}),
        });
        if (run.failure) {
            result.error = `${run.failure} ${run.logTail.slice(-3).join(' ')}`.trim();
            return result;
        }
        const fold = folder.finish();
        result.samples = fold.quality.samples;
        for (const stack of fold.stacks.keys()) {
            const names = stack
                .split(';')
                .filter((frame) => frame.startsWith('py::'))
                .map((frame) => frame.slice(4, frame.lastIndexOf(':')));
            const found = measureChain(names);
            if (found > result.chainFound || (found === result.chainFound && names.length > result.bestStack.length)) {
                result.chainFound = found;
                result.bestStack = names;
            }
        }
        return result;
    }
    finally {
        result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
}
/**
 * How much of the probe chain a stack shows: the longest tail of the chain (ending at the leaf)
 * found as consecutive Python frames in order. Leaf-only stacks (dwarf mode) score 1.
 */
function measureChain(pythonFrames) {
    let best = 0;
    for (let end = 0; end < pythonFrames.length; end += 1) {
        if (pythonFrames[end] !== core_readiness/* probeChain */.WP[core_readiness/* probeChain */.WP.length - 1])
            continue;
        let length = 0;
        while (length < core_readiness/* probeChain */.WP.length &&
            end - length >= 0 &&
            pythonFrames[end - length] === core_readiness/* probeChain */.WP[core_readiness/* probeChain */.WP.length - 1 - length]) {
            length += 1;
        }
        best = Math.max(best, length);
    }
    return best;
}

;// CONCATENATED MODULE: ./src/stages/check.ts
/**
 * check: can this runner profile Python with perf? Settings in, the readiness report out (facts
 * and probes, from shell/readiness.ts); `acceptRunner` turns a ready report into the runner the
 * later stages use, or a UserError that lists every blocking problem with its fix.
 */







async function check(settings, reporter) {
    const scratchDirectory = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'python-perf-gate');
    (0,external_node_fs_.mkdirSync)(scratchDirectory, { recursive: true });
    const options = {
        mode: settings.mode,
        event: settings.event,
        scratchDirectory,
        installPerf: settings.installPerf,
        allowSudo: settings.allowSudo,
        log: (line) => reporter.info(line),
        describePython: settings.describe('python'),
    };
    if (settings.python)
        options.python = settings.python;
    return checkReadiness(options);
}
/** Reports the readiness notices and warnings; throws when profiling cannot proceed. */
function acceptRunner(readiness, reporter) {
    for (const problem of readiness.problems.filter((p) => p.severity !== 'error')) {
        const line = `${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`;
        if (problem.severity === 'warning')
            reporter.warning(line);
        else
            reporter.notice(line);
    }
    if (!readiness.ready || !readiness.mode || !readiness.python || !readiness.perf.path) {
        const errors = readiness.problems.filter((p) => p.severity === 'error');
        throw new src_errors/* UserError */.y(`This runner cannot profile Python with perf:\n${errors.map((p) => `- [${p.code}] ${p.message}${p.fix ? `\n  Fix: ${p.fix}` : ''}`).join('\n')}`);
    }
    reporter.info(`Python ${readiness.python.version} (${readiness.python.executable}), mode ${readiness.mode}, event ${readiness.event}; probe ${readiness.probeSeconds.toFixed(2)} s: ${readiness.probes.map(core_readiness/* describeProbe */.WH).join('; ')}`);
    return { readiness, mode: readiness.mode, python: readiness.python, perfPath: readiness.perf.path, machine: readMachineFacts() };
}


/***/ })

};
