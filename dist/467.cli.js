export const id = 467;
export const ids = [467];
export const modules = {

/***/ 71467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ TRUNCATED_FRAME),
  createFolder: () => (/* binding */ createFolder)
});

// UNUSED EXPORTS: foldLines

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
// EXTERNAL MODULE: ./src/core/folded-writer.ts + 1 modules
var folded_writer = __webpack_require__(250);
// EXTERNAL MODULE: ./src/core/fold-detach-string.ts
var fold_detach_string = __webpack_require__(11558);
;// CONCATENATED MODULE: ./src/core/fold-event-filter.ts
/**
 * Which samples a fold keeps by event: only the first event type seen, like
 * stackcollapse-perf.pl (a capture of `cpu-clock` and `page-faults` would otherwise add up
 * incomparable weights). Samples that name no event are kept.
 */

class FirstEventFilter {
    /** The event kept (the first one seen, or the one given); undefined while no sample named one. */
    kept;
    /** Other event names seen, in order of first appearance. */
    ignored = [];
    /** `kept`: the event to keep when it is known already (the first event of a whole capture whose part this fold reads). */
    constructor(kept) {
        this.kept = kept;
    }
    /** True when a sample of `event` is folded. */
    accepts(event) {
        if (event === undefined)
            return true;
        if (this.kept === undefined) {
            this.kept = (0,fold_detach_string/* detachString */.r)(event);
            return true;
        }
        if (event === this.kept)
            return true;
        if (!this.ignored.includes(event))
            this.ignored.push((0,fold_detach_string/* detachString */.r)(event));
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/fold-interpreter-frames.ts
/** Machinery by exact name (after removing clone suffixes). */
const MACHINERY_NAMES = new Set([
    // Evaluation: the perf trampolines (with their per-call lookup of the code object's
    // trampoline) and the frame push/pop helpers of the eval loop.
    'py_trampoline_evaluator',
    '_Py_trampoline_func_start',
    '_Py_trampoline_func_end',
    'PyUnstable_Code_GetExtra',
    '_PyCode_GetExtra',
    'clear_thread_frame',
    'clear_gen_frame',
    // Calls.
    'object_vacall',
    'cfunction_call',
    'wrapper_call',
    'wrapperdescr_call',
    'call_unbound',
    'call_unbound_noarg',
    'call_attribute',
    'type_call',
    'method_call',
    'methoddescr_call',
    'classmethoddescr_call',
    'property_descr_get',
    'property_descr_set',
    // Generator and coroutine resumption from C (`sum(x for x in …)`, `list(gen)`, `"".join(gen)`).
    'gen_iternext',
    'coro_wrapper_iternext',
    // Start-up and thread entry (normally above the outermost Python frame, dropped anyway).
    'Py_RunMain',
    'Py_BytesMain',
    'Py_Main',
    'run_mod',
    'run_eval_code_obj',
    'exec_code_in_module',
    'main',
    'thread_run',
    'pythread_wrapper',
]);
/** Machinery by prefix. */
const MACHINERY_PREFIXES = [
    // Evaluation: `_PyEval_EvalFrameDefault`, `_PyEval_EvalFrame`, `_PyEval_Vector`,
    // `_PyEval_FrameClearAndPop`, 3.12's `_PyEvalFrameClearAndPop`, …; `PyEval_EvalCode(Ex)`,
    // `PyEval_EvalFrame(Ex)`, the old `PyEval_Call…` API; frame clearing; 3.14's tail-calling
    // opcode functions.
    '_PyEval',
    'PyEval_EvalCode',
    'PyEval_EvalFrame',
    'PyEval_Call',
    '_PyFrame_',
    '_TAIL_CALL_',
    // Calls: vectorcall and tp_call glue, bound methods, C-function and method-descriptor
    // trampolines, slot functions that call a Python dunder.
    'PyObject_Vectorcall',
    '_PyObject_Vectorcall',
    'PyVectorcall_',
    '_PyVectorcall_',
    '_PyFunction_Vectorcall',
    'PyObject_Call',
    '_PyObject_Call',
    '_PyObject_FastCall',
    '_PyObject_MakeTpCall',
    'method_vectorcall',
    'cfunction_vectorcall',
    'vectorcall_',
    'slot_tp_',
    'slot_nb_',
    'slot_sq_',
    'slot_mp_',
    'slot_am_',
    'slot_bf_',
    'gen_send',
    'gen_throw',
    '_gen_throw',
    // Code running: exec/eval, class bodies, imports.
    'builtin_exec',
    'builtin_eval',
    'builtin___build_class__',
    'builtin___import__',
    'PyImport_',
    'import_',
    // Start-up.
    'pymain_',
    '_PyRun_',
    'PyRun_',
];
/** Runtime by exact name (after removing clone suffixes). */
const RUNTIME_NAMES = new Set([
    // Allocation (pymalloc and its entry points).
    'PyObject_Malloc',
    'PyObject_Calloc',
    'PyObject_Realloc',
    'PyObject_Free',
    '_PyObject_Malloc',
    '_PyObject_Calloc',
    '_PyObject_Realloc',
    '_PyObject_Free',
    'allocate_from_new_pool',
    'new_arena',
    'PyType_GenericAlloc',
    '_PyType_AllocNoTrack',
    // Reference counting.
    '_Py_NewReference',
    '_Py_Dealloc',
    // Garbage collector (tracking checks, collections).
    'PyObject_IS_GC',
    '_PyObject_IS_GC',
    '_Py_RunGC',
    '_Py_ScheduleGC',
    'visit_decref',
    'visit_reachable',
    'deduce_unreachable',
    'move_unreachable',
    // Eval breaker, signals, errors, GIL.
    '_Py_HandlePending',
    'PyErr_CheckSignals',
    '_PyErr_CheckSignalsTstate',
    'PyErr_Occurred',
    'take_gil',
    'drop_gil',
    'PyEval_RestoreThread',
    'PyEval_SaveThread',
    '_PyThreadState_Attach',
    '_PyThreadState_Detach',
]);
/** Runtime by prefix. */
const RUNTIME_PREFIXES = [
    'PyMem_',
    '_PyMem_',
    'pymalloc_',
    '_PyObject_New', // _PyObject_New, _PyObject_NewVar
    '_PyObject_GC_', // _PyObject_GC_New, _PyObject_GC_NewVar, _PyObject_GC_Link, …
    'PyObject_GC_', // PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, …
    'gc_', // gc_collect_main, gc_collect_region, … (Python/gc.c)
    '_PyGC_',
    'PyGC_',
];
/** Runtime by suffix: deallocators (`list_dealloc`, `tupledealloc`, `_PyFloat_ExactDealloc`) and GC traversal (`dict_traverse`). */
const RUNTIME_SUFFIXES = ['dealloc', 'Dealloc', '_traverse'];
/**
 * The role of interpreter symbol `symbol` (as perf printed it, without `+0x…` offset). Only for
 * frames in the interpreter's DSO.
 */
function interpreterRole(symbol) {
    if (symbol.length === 0 || symbol === '[unknown]' || symbol.endsWith('@plt'))
        return 'machinery';
    const name = baseName(symbol);
    if (RUNTIME_NAMES.has(name) || hasPrefix(name, RUNTIME_PREFIXES) || hasSuffix(name, RUNTIME_SUFFIXES))
        return 'runtime';
    if (MACHINERY_NAMES.has(name) || hasPrefix(name, MACHINERY_PREFIXES))
        return 'machinery';
    return 'work';
}
/** `symbol` without GCC clone suffixes (`.cold`, `.isra.0`, …) and symbol versions (`@…`). */
function baseName(symbol) {
    let end = symbol.length;
    const dot = symbol.indexOf('.');
    if (dot > 0)
        end = dot;
    const at = symbol.indexOf('@');
    if (at > 0 && at < end)
        end = at;
    return end === symbol.length ? symbol : symbol.slice(0, end);
}
function hasPrefix(name, prefixes) {
    for (const prefix of prefixes)
        if (name.startsWith(prefix))
            return true;
    return false;
}
function hasSuffix(name, suffixes) {
    for (const suffix of suffixes)
        if (name.endsWith(suffix))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/core/python-frame-names.ts
var python_frame_names = __webpack_require__(86592);
;// CONCATENATED MODULE: ./src/core/fold-frame-classification.ts
/**
 * What the folder needs to know about one frame, from its symbol and DSO alone:
 * - whether it is a process or thread root (a stack ending there is complete, see `TRUNCATED_FRAME`);
 * - which code it runs (`FrameOrigin`): a Python function, a C function of the CPython
 *   interpreter (work, runtime or machinery: fold-interpreter-frames.ts), or other native code —
 *   the python view drops the interpreter's machinery;
 * - whether it is kernel code (its folded name gets `_[k]`).
 */


/**
 * Outermost frames that mean "this stack reaches the start of a process or thread":
 * - process entry: `_start`, `__start`, `_start_c` (musl), `__libc_start_main` (also versioned,
 *   e.g. `__libc_start_main@@GLIBC_2.34`), `__libc_start_call_main`;
 * - thread entry: `clone`, `clone3`, `__clone`, `__clone3`, `__clone_internal` and their glibc
 *   `__GI___…` aliases, `start_thread`, `thread_start`;
 * - kernel threads and idle CPUs: `ret_from_fork`, `ret_from_fork_asm`, `secondary_startup_64`,
 *   `secondary_startup_64_no_verify`, `common_startup_64`, `start_kernel`,
 *   `x86_64_start_kernel`, `x86_64_start_reservations`.
 */
const STACK_ROOT_SYMBOLS = new Set([
    '_start',
    '__start',
    '_start_c',
    '__libc_start_main',
    '__libc_start_call_main',
    'clone',
    'clone3',
    '__clone',
    '__clone3',
    '__clone_internal',
    '__GI___clone',
    '__GI___clone3',
    '__GI___clone_internal',
    'start_thread',
    'thread_start',
    'ret_from_fork',
    'ret_from_fork_asm',
    'secondary_startup_64',
    'secondary_startup_64_no_verify',
    'common_startup_64',
    'start_kernel',
    'x86_64_start_kernel',
    'x86_64_start_reservations',
]);
/** True when `symbol` (without offset) is a process/thread root; versioned names such as `__libc_start_main@@GLIBC_2.34` count. */
function isStackRootSymbol(symbol) {
    if (STACK_ROOT_SYMBOLS.has(symbol))
        return true;
    const at = symbol.indexOf('@');
    return at > 0 && STACK_ROOT_SYMBOLS.has(symbol.slice(0, at));
}
/** True for the DSO of the CPython interpreter: `libpython3.13.so.1.0`, `python3.13`, `python3`, `python3.13d`, `python`. */
function isInterpreterDso(dso) {
    const base = dso.slice(dso.lastIndexOf('/') + 1);
    return /^libpython\d/.test(base) || /^python\d*(?:\.\d+)?[a-z]*$/.test(base);
}
const USER_PSEUDO_DSOS = new Set(['[unknown]', '[vdso]', '[vsyscall]', '[vectors]', '[uprobes]', '[heap]', '[stack]', '[anon]']);
/** True for kernel code: `[kernel.kallsyms]`, `[guest.kernel.kallsyms]`, a `[module]`, or a `vmlinux` image. */
function isKernelDso(dso) {
    if (dso.startsWith('[') && dso.endsWith(']'))
        return !USER_PSEUDO_DSOS.has(dso);
    return /(?:^|\/)vmlinux[^/]*$/.test(dso);
}
/** Which code a frame runs, as the python view sees it. */
const FrameOrigin = {
    /** Anything outside the interpreter: C extensions, libc, libz, the kernel, JIT stubs. */
    Native: 0,
    /** A Python function (`py::…` symbol). */
    Python: 1,
    /** A C function of the interpreter doing work a Python line asked for (`builtin_sum`, `sre_ucs1_match`, `list_sort`, …). */
    InterpreterWork: 2,
    /** The interpreter's allocator, deallocators, GC, eval breaker, GIL. */
    InterpreterRuntime: 3,
    /** The interpreter's evaluation, call, import and start-up glue (`_PyEval_EvalFrameDefault`, `PyObject_Vectorcall`, …). */
    InterpreterMachinery: 4,
};
/** True for the three interpreter origins. */
function isInterpreterOrigin(origin) {
    return origin >= FrameOrigin.InterpreterWork;
}
const ORIGIN_OF_ROLE = {
    work: FrameOrigin.InterpreterWork,
    runtime: FrameOrigin.InterpreterRuntime,
    machinery: FrameOrigin.InterpreterMachinery,
};
/**
 * A `py::` symbol is Python code wherever it lives; any other symbol in the interpreter's DSO is
 * the interpreter, in the role fold-interpreter-frames.ts gives it (a process root there, such
 * as the executable's `_start`, is machinery); anything else is native.
 */
function classifyFrameOrigin(frame) {
    if ((0,python_frame_names/* isPythonFrameSymbol */.Ep)(frame.symbol))
        return FrameOrigin.Python;
    if (!frame.inInterpreterDso)
        return FrameOrigin.Native;
    if (isStackRootSymbol(frame.symbol))
        return FrameOrigin.InterpreterMachinery;
    return ORIGIN_OF_ROLE[interpreterRole(frame.symbol)];
}

;// CONCATENATED MODULE: ./src/core/fold-frame-names.ts
/**
 * Names of frames in the folded stacks of the python and mixed views: Python frames
 * `py::<qualname>:<normalised path>` (python-frame-names.ts), kernel frames with `_[k]`
 * (stackcollapse's `--kernel`), `[unknown]` with a known DSO as `[<module>]` like stackcollapse's
 * `[<dso basename>]` but without version and ABI tags (`normaliseModuleName`), `;` inside a name
 * as `:`; other symbols as perf printed them, without the `+0x…` offset. (The one synthetic
 * frame, `TRUNCATED_FRAME`, is added by the folder itself.)
 */

/** The folded name of one frame, by the rules at the top of this file. */
function buildFrameName(frame) {
    const { symbol, dso } = frame;
    let name;
    if ((0,python_frame_names/* isPythonFrameSymbol */.Ep)(symbol)) {
        name = (0,python_frame_names/* normalisePythonFrameName */.Z9)(symbol, frame.paths);
    }
    else if (symbol === '[unknown]' || symbol.length === 0) {
        name = dso.length === 0 || dso === '[unknown]' ? '[unknown]' : `[${normaliseModuleName(dso)}]`;
    }
    else {
        name = symbol;
    }
    if (name.includes(';'))
        name = name.replaceAll(';', ':');
    return frame.inKernel ? `${name}_[k]` : name;
}
/**
 * The module name shown for a native frame perf could not name: the DSO's basename without the
 * parts that differ between runners for the same code — the library version (`libz.so.1.2.13` →
 * `libz.so`) and CPython's ABI tag on extension modules (`_json.cpython-313-x86_64-linux-gnu.so`
 * → `_json.so`) — so profiles from different machines compare. (The compat view keeps
 * stackcollapse-perf.pl's exact `[basename]`.)
 */
function normaliseModuleName(dso) {
    return dso
        .slice(dso.lastIndexOf('/') + 1)
        .replace(/\.(?:cpython-[^.]+|abi3)\.so$/, '.so')
        .replace(/\.so(?:\.\d+)+$/, '.so');
}

// EXTERNAL MODULE: ./src/core/perf-header-time.ts
var perf_header_time = __webpack_require__(67564);
;// CONCATENATED MODULE: ./src/core/perf-script.ts
/**
 * Streaming parser of `perf script` text.
 *
 * Push one line at a time (without its trailing newline); a sample is delivered to `onSample`
 * when it is complete: at the blank line perf prints after each callchain, when the next sample
 * header arrives (single-line samples recorded without a callchain) or at `finish()`. Nothing but
 * the sample being assembled is held, so memory does not grow with the input.
 *
 * Lines understood (what perf 5.x/6.x prints; fields may be missing when `-F` leaves them out):
 *   header  `COMM PID/TID [CPU] TIME: PERIOD EVENT: [rest]`  (COMM may contain spaces; a single
 *           number is taken as the TID, which is what default `perf script` prints)
 *   frame   `<ws>ADDR SYMBOL[+0xOFF] (DSO)`  (SYMBOL may contain spaces, parentheses, `;`, quotes)
 *   frame   `<ws>ADDR SYMBOL+0xOFF (inlined)`  (default output with inline expansion: the frame
 *           takes the DSO of the real frame at the same address that follows it, `inlined: true`)
 *   `#` comment lines (perf `--header`), blank lines; anything else is ignored.
 * A trailing `\r` is removed from every line.
 */

const HEADER_PATTERN = /^[ \t]*([^ \t][^]*?)[ \t]+(\d+)(?:\/(\d+))?[ \t]+(?:\[(\d+)\][ \t]+)?(?:(\d+\.\d+):[ \t]+)?(?:(\d+)[ \t]+)?([^ \t]+):(?:[ \t]+([^]*))?$/;
/** The DSO perf prints for an inline frame (`SYMBOL+0xOFF (inlined)`). */
const INLINED_DSO = 'inlined';
/**
 * Creates a push reader that recognises header, callchain, comment and blank lines and reports
 * them to `handlers` (the grammar at the top of this file). Frames before the first header are
 * ignored.
 */
function createPerfLineReader(handlers) {
    let inSample = false;
    const { onHeader, onFrame, onSampleEnd } = handlers;
    const endSample = () => {
        if (!inSample)
            return;
        inSample = false;
        onSampleEnd();
    };
    return {
        pushLine(rawLine) {
            const line = rawLine.length > 0 && rawLine.charCodeAt(rawLine.length - 1) === 0x0d /* \r */ ? rawLine.slice(0, -1) : rawLine;
            if (line.length === 0) {
                endSample();
                return;
            }
            const first = line.charCodeAt(0);
            if (first === 0x20 || first === 0x09) {
                const tailStart = findFrameTail(line);
                if (tailStart > 0) {
                    if (inSample)
                        onFrame(line, tailStart);
                    return;
                }
                if (line.trim().length === 0) {
                    endSample();
                    return;
                }
            }
            else if (first === 0x23 /* # */) {
                return;
            }
            const header = matchHeaderLine(line);
            if (header !== undefined) {
                endSample();
                inSample = true;
                onHeader(header.sample);
                const rest = header.rest;
                if (rest !== undefined && rest.length > 0) {
                    const tailStart = findFrameTail(rest);
                    if (tailStart > 0)
                        onFrame(rest, tailStart);
                }
            }
        },
        pushHeader(header) {
            endSample();
            inSample = true;
            onHeader(header);
        },
        finish() {
            endSample();
        },
    };
}
/**
 * The sample every header line with this one's key reads as (line-interner.ts `HeaderKeys`: the
 * same bytes outside its time), when that does not depend on the time: the time is the header's
 * time field (and nowhere else in the line), and no frame follows the event. The sample has no
 * `time`. undefined otherwise, and for a line `pushLine` would not read as a header.
 */
function readKeyedHeader(rawLine) {
    const line = rawLine.length > 0 && rawLine.charCodeAt(rawLine.length - 1) === 0x0d /* \r */ ? rawLine.slice(0, -1) : rawLine;
    const first = line.charCodeAt(0);
    if (line.length === 0 || first === 0x20 || first === 0x09 || first === 0x23 /* # */)
        return undefined;
    const time = (0,perf_header_time/* findHeaderTime */.E)(line);
    const header = matchHeaderLine(line);
    if (time === undefined || header === undefined || (header.rest !== undefined && header.rest.length > 0))
        return undefined;
    const text = line.slice(time.start, time.end);
    if (header.timeText !== text || line.indexOf(text) !== line.lastIndexOf(text))
        return undefined;
    delete header.sample.time;
    return header.sample;
}
/** Creates a push parser that calls `onSample` once per complete sample. */
function createPerfScriptParser(onSample) {
    let current;
    let pendingInline = false;
    return createPerfLineReader({
        onHeader(header) {
            current = header;
            pendingInline = false;
        },
        onFrame(line, tailStart) {
            const frame = buildFrame(line, tailStart);
            if (frame.dso === INLINED_DSO)
                pendingInline = true;
            current?.frames.push(frame);
        },
        onSampleEnd() {
            const sample = current;
            current = undefined;
            if (sample === undefined)
                return;
            if (pendingInline)
                resolveInlinedFrames(sample.frames);
            pendingInline = false;
            onSample(sample);
        },
    });
}
/**
 * Parses a sample header line; returns undefined when the line is not one. Text after the event
 * (samples recorded without a callchain) becomes the single frame when it reads as a frame.
 */
function parsePerfHeaderLine(line) {
    const header = matchHeaderLine(line);
    if (header === undefined)
        return undefined;
    const rest = header.rest;
    if (rest !== undefined && rest.length > 0) {
        const frame = parsePerfFrameLine(rest);
        if (frame !== undefined)
            header.sample.frames.push(frame);
    }
    return header.sample;
}
function matchHeaderLine(line) {
    const match = HEADER_PATTERN.exec(line);
    if (match === null)
        return undefined;
    const [, comm, first, second, cpu, time, period, event, rest] = match;
    const sample = { comm: comm ?? '', frames: [] };
    if (second !== undefined) {
        sample.pid = Number(first);
        sample.tid = Number(second);
    }
    else {
        sample.tid = Number(first);
    }
    if (cpu !== undefined)
        sample.cpu = Number(cpu);
    if (time !== undefined)
        sample.time = Number(time);
    if (period !== undefined)
        sample.period = Number(period);
    if (event !== undefined)
        sample.event = event;
    return { sample, rest, timeText: time };
}
/**
 * Parses a callchain line `<ws>ADDR SYMBOL[+0xOFF] (DSO)` with index arithmetic only (this is the
 * hot path: a few hundred MB of these lines per run). The DSO is the text between the last ` (`
 * and the final `)`, so symbols may contain spaces and parentheses. Without a `(DSO)` part the
 * whole rest is the symbol and `dso` is empty. Returns undefined when the line does not start
 * with a hex address followed by a space.
 */
function parsePerfFrameLine(line) {
    const tailStart = findFrameTail(line);
    if (tailStart < 0)
        return undefined;
    return buildFrame(line, tailStart);
}
/**
 * Index where the frame text after `<ws>ADDR ` starts, or -1 when `line` is not a callchain line
 * (no hex address followed by a space and at least one more character).
 */
function findFrameTail(line) {
    FRAME_START.lastIndex = 0;
    return FRAME_START.test(line) ? FRAME_START.lastIndex : -1;
}
/** Blanks, a maximal hex run, one space (sticky: only at the start; a regex beats a charCodeAt loop here). */
const FRAME_START = /[ \t]*[0-9a-fA-F]+ /y;
/** The address of a callchain line whose frame text starts at `tailStart` (see findFrameTail). */
function readFrameAddress(line, tailStart) {
    const end = tailStart - 1;
    let start = end;
    while (start > 0 && isHexDigit(line.charCodeAt(start - 1)))
        start -= 1;
    return line.slice(start, end);
}
/** The frame of a line whose frame text starts at `symbolStart` (see findFrameTail). */
function buildFrame(line, symbolStart) {
    const end = symbolStart - 1;
    const address = readFrameAddress(line, symbolStart);
    let last = line.length;
    while (last > end && line.charCodeAt(last - 1) === 0x20)
        last -= 1;
    let symbolEnd = last;
    let dso = '';
    if (line.charCodeAt(last - 1) === 0x29 /* ) */) {
        const open = line.lastIndexOf(' (', last - 2);
        if (open >= end) {
            dso = line.slice(open + 2, last - 1);
            symbolEnd = open;
        }
    }
    if (symbolEnd < symbolStart)
        symbolEnd = symbolStart;
    const plus = line.lastIndexOf('+0x', symbolEnd - 1);
    if (plus > symbolStart && plus + 3 < symbolEnd && isHexRun(line, plus + 3, symbolEnd)) {
        const frame = { address, symbol: line.slice(symbolStart, plus), offset: line.slice(plus + 1, symbolEnd), dso };
        if (dso === INLINED_DSO)
            frame.inlined = true;
        return frame;
    }
    const frame = { address, symbol: line.slice(symbolStart, symbolEnd), dso };
    if (dso === INLINED_DSO)
        frame.inlined = true;
    return frame;
}
/** Gives `(inlined)` frames the DSO of the next real frame at the same address (perf prints inline frames first). */
function resolveInlinedFrames(frames) {
    for (let index = frames.length - 1; index >= 0; index -= 1) {
        const frame = frames[index];
        if (frame === undefined || frame.dso !== INLINED_DSO)
            continue;
        const outer = frames[index + 1];
        frame.dso = outer !== undefined && outer.address === frame.address ? outer.dso : '[unknown]';
    }
}
function isHexDigit(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);
}
function isHexRun(text, from, to) {
    for (let index = from; index < to; index += 1) {
        if (!isHexDigit(text.charCodeAt(index)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/fold-frame-table.ts
/**
 * The distinct frames of a fold, numbered 0, 1, 2, … in order of first appearance, with what the
 * folder needs of each (`FrameInfo`). Samples are sequences of these ids, so a frame is parsed,
 * classified and named once, however often perf prints it.
 *
 * Three caches, all keyed by text perf repeats: the frame text after the address
 * (`SYMBOL[+0xOFF] (DSO)`, the same for every address inside one function), the DSO (classified
 * once), and per DSO the symbol without offset (named once). Resolved `(inlined)` frames are
 * numbered by DSO + symbol.
 */




/** At most this many distinct frame texts are cached (bounds memory on odd inputs). */
const MAX_CACHED_TAILS = 1 << 18;
class FrameTable {
    paths;
    /** Frame id → its description. */
    frames = [];
    byTail = new Map();
    bySymbol = new Map();
    dsos = new Map();
    constructor(paths) {
        this.paths = paths;
    }
    /** The id of the frame of callchain line `line` whose frame text starts at `tailStart` (see `findFrameTail`). */
    idOfFrameLine(line, tailStart) {
        const tail = line.slice(tailStart);
        const id = this.byTail.get(tail);
        return id === undefined ? this.addFrameLine(line, tail) : id;
    }
    /** The id of frame `symbol` in `dso` (for `(inlined)` frames once their DSO is known). */
    idOfSymbol(symbol, dso) {
        const key = `${dso}\n${symbol}`;
        let id = this.bySymbol.get(key);
        if (id === undefined) {
            id = this.frames.length;
            this.frames.push(this.describeFrame(symbol, dso));
            this.bySymbol.set(key, id);
        }
        return id;
    }
    addFrameLine(line, tail) {
        const frame = parsePerfFrameLine(line);
        const id = this.frames.length;
        this.frames.push(this.describeFrame(frame.symbol, frame.dso));
        if (this.byTail.size < MAX_CACHED_TAILS)
            this.byTail.set((0,fold_detach_string/* detachString */.r)(tail), id);
        return id;
    }
    describeFrame(symbol, dso) {
        const unknown = symbol === '[unknown]';
        const root = isStackRootSymbol(symbol);
        if (dso === INLINED_DSO) {
            return { name: '', origin: FrameOrigin.Native, unknown, root, dso: INLINED_DSO, inlinedSymbol: (0,fold_detach_string/* detachString */.r)(symbol) };
        }
        const info = this.describeDso(dso);
        const origin = classifyFrameOrigin({ symbol, inInterpreterDso: info.interpreter });
        return { name: this.nameFrame(symbol, dso, info), origin, unknown, root, dso: (0,fold_detach_string/* detachString */.r)(dso), inlinedSymbol: undefined };
    }
    describeDso(dso) {
        let info = this.dsos.get(dso);
        if (info === undefined) {
            info = { interpreter: isInterpreterDso(dso), kernel: isKernelDso(dso), names: new Map() };
            this.dsos.set((0,fold_detach_string/* detachString */.r)(dso), info);
        }
        return info;
    }
    nameFrame(symbol, dso, info) {
        let name = info.names.get(symbol);
        if (name === undefined) {
            name = (0,fold_detach_string/* detachString */.r)(buildFrameName({ symbol, dso, inKernel: info.kernel, paths: this.paths }));
            info.names.set((0,fold_detach_string/* detachString */.r)(symbol), name);
        }
        return name;
    }
}

// EXTERNAL MODULE: ./src/core/fold-line-cache.ts
var fold_line_cache = __webpack_require__(29516);
// EXTERNAL MODULE: ./src/core/line-interner.ts + 1 modules
var line_interner = __webpack_require__(34878);
// EXTERNAL MODULE: ./src/core/typed-arrays.ts
var typed_arrays = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/core/fold-quality.ts
/**
 * How far a fold can be trusted (`FoldQuality`): samples that reach a process root, samples with
 * Python frames, frames perf could not name, and the same per process (`ProcessFoldQuality`).
 * Counted on the raw frames before any view drops some, so the python and mixed views report the
 * same quality.
 *
 * The whole-fold figures are counted per distinct stack with its weight (at `finish()`). The
 * per-process figures need the process of every sample, so they are counted per sample, from
 * flags computed once per distinct stack (`StackFlag`): a few array reads per sample.
 *
 * Why samples lack Python frames, told apart by where their stack ends:
 * - it reaches the process/thread root (`rootedSamplesWithoutPython`): the code really ran outside
 *   Python — start-up, native threads, or a process that ran no perf-enabled Python (with
 *   interpreter frames: a Python whose perf support was off, e.g. a harness that cleaned the
 *   environment; without: not Python at all, e.g. a shell);
 * - it is cut before the root (`truncatedSamplesWithoutPython`): perf's unwinding stopped before
 *   it reached any Python frame (in perf-jit mode typically an exec'd child whose unwinding stops
 *   at the first JIT frame), so the Python frames may be there but were not recorded.
 * Truncated samples that do carry Python frames (`truncatedSamples − truncatedSamplesWithoutPython`)
 * are stacks deeper than the dwarf stack dump: their innermost frames are right, their outermost
 * ones missing.
 */



/** True when the outermost frame of `ids` (leaf first) is a process/thread root. */
function reachesStackRoot(ids, frames) {
    return ids.length > 0 && frames[ids[ids.length - 1]].root;
}
/** What one distinct stack is, for the per-process counts (bit flags). */
const StackFlag = { Python: 1, Rooted: 2, Interpreter: 4 };
class QualityTally {
    frames;
    options;
    samples = 0;
    rootedSamples = 0;
    truncatedSamples = 0;
    pythonSamples = 0;
    rootedSamplesWithoutPython = 0;
    truncatedSamplesWithoutPython = 0;
    interpreterSamples = 0;
    unknownFrames = 0;
    totalFrames = 0;
    deepestPythonChain = 0;
    /** By process id, in order of first sample. */
    processes = new Map();
    /** Process of the sample being read; undefined when its header named none. */
    current;
    /** `StackFlag`s of the distinct stacks `0..flaggedStacks)` (StackTable entry order). */
    stackFlags = new Uint8Array(1024);
    flaggedStacks = 0;
    constructor(frames, options = { countStacksPerProcess: false }) {
        this.frames = frames;
        this.options = options;
    }
    /** One kept sample of process `process` (undefined when perf printed none) named `comm`; its stack follows (`countSampleStack`). */
    countSample(process, comm) {
        this.samples += 1;
        if (process === undefined) {
            this.current = undefined;
            return;
        }
        let tally = this.current;
        if (tally === undefined || tally.quality.pid !== process) {
            tally = this.processes.get(process);
            if (tally === undefined) {
                tally = { quality: emptyProcessQuality(process), comms: new Map(), stackCounts: this.options.countStacksPerProcess ? new Map() : undefined };
                this.processes.set(process, tally);
            }
            this.current = tally;
        }
        tally.quality.samples += 1;
        const seen = tally.comms.get(comm);
        if (seen === undefined)
            tally.comms.set((0,fold_detach_string/* detachString */.r)(comm), 1);
        else
            tally.comms.set(comm, seen + 1);
    }
    /**
     * The stack of the sample announced by the last `countSample`: `entry` is its distinct-stack
     * number (StackTable's, 0, 1, 2, … in order of first appearance), `ids[0..length)` its frames.
     */
    countSampleStack(entry, ids, length) {
        if (entry === this.flaggedStacks)
            this.flagStack(ids, length);
        const tally = this.current;
        if (tally === undefined)
            return;
        const flags = this.stackFlags[entry];
        const quality = tally.quality;
        const stackCounts = tally.stackCounts;
        if (stackCounts !== undefined)
            stackCounts.set(entry, (stackCounts.get(entry) ?? 0) + 1);
        const python = (flags & StackFlag.Python) !== 0;
        if (python)
            quality.pythonSamples += 1;
        if ((flags & StackFlag.Interpreter) !== 0)
            quality.interpreterSamples += 1;
        if ((flags & StackFlag.Rooted) !== 0) {
            quality.rootedSamples += 1;
            if (!python)
                quality.rootedSamplesWithoutPython += 1;
        }
        else {
            quality.truncatedSamples += 1;
            if (!python)
                quality.truncatedSamplesWithoutPython += 1;
        }
    }
    /** A distinct stack (frame ids, leaf first) that `weight` samples had. */
    countStack(ids, weight) {
        const frames = this.frames;
        let unknown = 0;
        let pythonFrames = 0;
        let interpreter = false;
        for (let index = 0; index < ids.length; index += 1) {
            const info = frames[ids[index]];
            if (info.unknown)
                unknown += 1;
            if (info.origin === FrameOrigin.Python)
                pythonFrames += 1;
            else if (isInterpreterOrigin(info.origin))
                interpreter = true;
        }
        const rooted = reachesStackRoot(ids, frames);
        if (rooted)
            this.rootedSamples += weight;
        else
            this.truncatedSamples += weight;
        this.totalFrames += ids.length * weight;
        this.unknownFrames += unknown * weight;
        if (pythonFrames > 0)
            this.pythonSamples += weight;
        else if (rooted)
            this.rootedSamplesWithoutPython += weight;
        else
            this.truncatedSamplesWithoutPython += weight;
        if (interpreter)
            this.interpreterSamples += weight;
        if (pythonFrames > this.deepestPythonChain)
            this.deepestPythonChain = pythonFrames;
    }
    /** With `countStacksPerProcess`: each process's samples per distinct-stack number, in order of first sample. */
    listProcessStackCounts() {
        return [...this.processes.values()].map((tally) => ({ pid: tally.quality.pid, stackCounts: tally.stackCounts ?? new Map() }));
    }
    /** The counts so far, with the event choice of the fold. */
    summarise(events) {
        const quality = {
            samples: this.samples,
            rootedSamples: this.rootedSamples,
            truncatedSamples: this.truncatedSamples,
            pythonSamples: this.pythonSamples,
            rootedSamplesWithoutPython: this.rootedSamplesWithoutPython,
            truncatedSamplesWithoutPython: this.truncatedSamplesWithoutPython,
            interpreterSamples: this.interpreterSamples,
            unknownFrames: this.unknownFrames,
            totalFrames: this.totalFrames,
            deepestPythonChain: this.deepestPythonChain,
            ignoredEvents: [...events.ignored],
            processes: this.processes.size,
            perProcess: [...this.processes.values()].map((tally) => ({ ...tally.quality, comm: mostFrequent(tally.comms) })),
        };
        if (events.kept !== undefined)
            quality.event = events.kept;
        return quality;
    }
    flagStack(ids, length) {
        const frames = this.frames;
        let flags = 0;
        for (let index = 0; index < length; index += 1) {
            const origin = frames[ids[index]].origin;
            if (origin === FrameOrigin.Python)
                flags |= StackFlag.Python;
            else if (isInterpreterOrigin(origin))
                flags |= StackFlag.Interpreter;
        }
        if (length > 0 && frames[ids[length - 1]].root)
            flags |= StackFlag.Rooted;
        if (this.flaggedStacks === this.stackFlags.length)
            this.stackFlags = (0,typed_arrays/* growTypedArray */.X)(this.stackFlags, this.stackFlags.length * 2);
        this.stackFlags[this.flaggedStacks] = flags;
        this.flaggedStacks += 1;
    }
}
function emptyProcessQuality(pid) {
    return {
        pid,
        comm: '',
        samples: 0,
        pythonSamples: 0,
        rootedSamples: 0,
        truncatedSamples: 0,
        rootedSamplesWithoutPython: 0,
        truncatedSamplesWithoutPython: 0,
        interpreterSamples: 0,
    };
}
/** The key with the highest count; the first seen on a tie. */
function mostFrequent(counts) {
    let best = '';
    let bestCount = 0;
    for (const [key, count] of counts) {
        if (count > bestCount) {
            best = key;
            bestCount = count;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/core/fold-stack-table.ts
var fold_stack_table = __webpack_require__(16968);
;// CONCATENATED MODULE: ./src/core/fold-sample-stack.ts

class SampleStack extends fold_stack_table/* FrameIdBuilder */.g {
    frameTable;
    /** `(inlined)` frames waiting for the next real frame: [address, frame id, …]. */
    pending = [];
    constructor(frameTable) {
        super();
        this.frameTable = frameTable;
    }
    /** Empties the stack for a new sample. */
    clear() {
        super.clear();
        this.pending.length = 0;
    }
    /** True while `(inlined)` frames wait for the frame that gives them their DSO. */
    hasPendingInlined() {
        return this.pending.length > 0;
    }
    /** Holds back the `(inlined)` frame `id` printed at `address` until the next real frame. */
    deferInlined(address, id) {
        this.pending.push(address, id);
    }
    /**
     * Pushes the waiting `(inlined)` frames, each resolved to the DSO of the frame after it when at
     * the same address, else `[unknown]`. `outer` is the real frame that follows them; undefined
     * at the end of the sample.
     */
    pushPendingInlined(outer) {
        const pending = this.pending;
        const frames = this.frameTable.frames;
        const resolved = [];
        let address = outer?.address;
        let dso = outer?.dso ?? '';
        for (let index = pending.length - 2; index >= 0; index -= 2) {
            const frameAddress = pending[index];
            const info = frames[pending[index + 1]];
            dso = address !== undefined && address === frameAddress ? dso : '[unknown]';
            address = frameAddress;
            resolved.push(this.frameTable.idOfSymbol(info.inlinedSymbol, dso));
        }
        pending.length = 0;
        for (let index = resolved.length - 1; index >= 0; index -= 1)
            this.push(resolved[index]);
    }
}

;// CONCATENATED MODULE: ./src/core/fold-views.ts
/**
 * The frames each view keeps of a sample's stack, root first.
 *
 * - mixed: every frame.
 * - python: when the sample has a Python frame,
 *   - the native frames above (rootward of) its outermost Python frame — process start-up such
 *     as `_start`, `__libc_start_main`, `Py_BytesMain` — are dropped;
 *   - below it, Python frames and native frames outside the interpreter (C extensions, libc,
 *     libz, kernel) stay where they were, under the Python frame that called them;
 *   - the interpreter's own C functions (DSO `libpythonX…` or the `pythonX.Y` executable) are
 *     kept or dropped by their role (fold-interpreter-frames.ts): machinery (eval loop, call
 *     glue, trampolines, imports) is dropped, so its time is the Python caller's own time;
 *     work (`builtin_sum`, `sre_ucs1_match`, `list_sort`, `dict_get`, …) stays as a native frame
 *     under its Python caller; runtime (allocator, deallocators, GC, eval breaker, GIL) stays
 *     below the innermost Python frame and is dropped above it, where it would only stand
 *     between a Python frame and the Python code it triggered (`__del__`, a weakref callback).
 *   A sample without any Python frame keeps its frames exactly as in the mixed view, so start-up
 *   and shutdown time stay visible.
 */

const appendMixedViewFrames = (kept, ids) => {
    for (let index = ids.length - 1; index >= 0; index -= 1)
        kept.push(ids[index]);
};
const appendPythonViewFrames = (kept, ids, frames) => {
    let outermostPython = -1;
    let innermostPython = -1;
    for (let index = 0; index < ids.length; index += 1) {
        if (frames[ids[index]].origin !== FrameOrigin.Python)
            continue;
        if (innermostPython < 0)
            innermostPython = index;
        outermostPython = index;
    }
    if (outermostPython < 0) {
        appendMixedViewFrames(kept, ids, frames);
        return;
    }
    for (let index = outermostPython; index >= 0; index -= 1) {
        const id = ids[index];
        const origin = frames[id].origin;
        if (origin === FrameOrigin.InterpreterMachinery)
            continue;
        if (origin === FrameOrigin.InterpreterRuntime && index > innermostPython)
            continue;
        kept.push(id);
    }
};

;// CONCATENATED MODULE: ./src/core/fold-python.ts
/**
 * Folds `perf script` text of a Python program into the Action's two views.
 *
 * Both views weight every sample as 1 (sample counts, which the statistics downstream need), have
 * no process-name frame (so `python3` and `python3.13` runs compare), keep only the first event
 * type seen (like stackcollapse-perf.pl; fold-event-filter.ts), name frames as
 * fold-frame-names.ts says (Python frames `py::<qualname>:<normalised path>`, kernel frames
 * `_[k]`, …) and differ only in the frames they keep (fold-views.ts: `mixed` keeps all, `python`
 * drops the interpreter's evaluation and call machinery — keeping its C functions that do work,
 * such as `builtin_sum` or the regex engine, fold-interpreter-frames.ts — and the start-up frames
 * above the outermost Python frame).
 *
 * Truncated stacks: perf's DWARF unwinder copies a fixed amount of stack per sample, so deep
 * stacks lose their outer frames. A sample whose outermost frame is not a process or thread root
 * (`STACK_ROOT_SYMBOLS`, fold-frame-classification.ts) gets the synthetic root frame
 * `[truncated]` (`TRUNCATED_FRAME`), decided on the raw frames before any filtering, so it is
 * never drawn or compared as if its outermost surviving frame were the program root. The leaf is
 * untouched, so self time stays exact.
 *
 * How it stays fast (a few hundred MB of callchain lines per run): the pieces are
 * - `LineCache`: a callchain line seen before is known by its whole text, one lookup (or, for
 *   bytes scanned by the line interner, by its number: an array read, nothing decoded);
 * - `FrameTable`: a new line's frame text (`SYMBOL (DSO)`) is parsed, classified and named once,
 *   and becomes a small integer id;
 * - `SampleStack`: a sample is the sequence of its frame ids (`(inlined)` frames resolved on the way);
 * - `StackTable`: equal sequences are counted, not rebuilt;
 * - per sample, `QualityTally` adds it to its process's figures from flags kept per distinct
 *   sequence (fold-quality.ts);
 * - at `finish()`, per distinct sequence, `QualityTally` counts it and the view builds its string;
 *   `finishText()` instead hands the view's frame ids to folded-writer.ts, which writes the
 *   folded text itself (`fold FILE`);
 * - headers scanned by the line interner come with a key, the same for a thread's headers (they
 *   differ only in their time): a key's headers are read once (`HeaderKeys`, `readKeyedHeader`).
 */











/**
 * Name of the synthetic root frame put on top of stacks that do not reach a process or thread
 * root (see "Truncated stacks" above). It is not a function.
 */
const TRUNCATED_FRAME = '[truncated]';
/** Creates a streaming folder: push `perf script` lines (without their `\n`), then `finish()`. */
function createFolder(options) {
    const paths = { workingDirectory: options.workingDirectory };
    if (options.homeDirectory !== undefined)
        paths.homeDirectory = options.homeDirectory;
    const frameTable = new FrameTable(paths);
    const frames = frameTable.frames;
    const lineCache = new fold_line_cache/* LineCache */.p();
    const sample = new SampleStack(frameTable);
    const stackTable = new fold_stack_table/* StackTable */.t();
    const events = new FirstEventFilter(options.event);
    const tally = new QualityTally(frames, { countStacksPerProcess: options.perProcess === true });
    const appendViewFrames = options.view === 'mixed' ? appendMixedViewFrames : appendPythonViewFrames;
    /** Whether the sample being read is folded (its event is kept). */
    let collecting = false;
    /** The line as pushed (`\r` included), the key of `lineCache`; the reader sees it without `\r`. */
    let pushedLine = '';
    /** Its number from the line interner (`pushScanned`), or -1. */
    let pushedNumber = -1;
    const headers = new line_interner/* HeaderKeys */.o(readKeyedHeader);
    /** Frame id of the line numbered n by the line interner, -1 while unknown; made at the first scan. */
    let frameOfNumber;
    const reader = createPerfLineReader({
        onHeader(header) {
            sample.clear();
            collecting = events.accepts(header.event);
            if (collecting)
                tally.countSample(header.pid ?? header.tid, header.comm);
        },
        onFrame(line, tailStart) {
            if (!collecting)
                return;
            const id = frameTable.idOfFrameLine(line, tailStart);
            const info = frames[id];
            if (info.inlinedSymbol !== undefined) {
                sample.deferInlined(readFrameAddress(line, tailStart), id);
                return;
            }
            if (sample.hasPendingInlined())
                sample.pushPendingInlined({ address: readFrameAddress(line, tailStart), dso: info.dso });
            sample.push(id);
            // Not for a frame printed on a header line (`line` is then only the end of the pushed line).
            // A numbered line is found again by its number, any other by its text.
            if (line.length >= pushedLine.length - 1) {
                if (pushedNumber >= 0 && frameOfNumber)
                    frameOfNumber[pushedNumber] = id;
                else
                    lineCache.add(pushedLine, id);
            }
        },
        onSampleEnd() {
            if (!collecting)
                return;
            collecting = false;
            if (sample.hasPendingInlined())
                sample.pushPendingInlined(undefined);
            tally.countSampleStack(stackTable.add(sample), sample.ids, sample.length);
        },
    });
    const pushLines = (text) => {
        // One loop over the lines (V8 optimizes a hot loop within the call, long before a function
        // called once per line), the fast path inline: a callchain line seen before, inside a kept
        // sample, with no inlined frame to resolve (the reader would classify it as the same frame
        // line again).
        const length = text.length;
        let start = 0;
        while (start <= length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = length;
            const line = text.slice(start, end);
            start = end + 1;
            if (collecting && !sample.hasPendingInlined()) {
                const id = lineCache.frameOf(line);
                if (id >= 0) {
                    sample.push(id);
                    continue;
                }
            }
            lineCache.breakRun();
            pushedLine = line;
            pushedNumber = -1;
            reader.pushLine(line);
        }
    };
    const pushScanned = (lines) => {
        // As pushLines, on the lines' numbers: a callchain line whose number has a frame id is pushed
        // without being decoded (on the same conditions); any other line is decoded and read.
        const { count, ends, numbers } = lines;
        frameOfNumber ??= new Int32Array(line_interner/* MAX_LINE_NUMBERS */.B).fill(-1);
        const frameIds = frameOfNumber;
        let start = 0;
        // Whether a known callchain line takes the fast path; only a line the reader reads changes it.
        let fast = collecting && !sample.hasPendingInlined();
        for (let index = 0; index < count; index += 1) {
            const end = ends[index];
            const number = numbers[index];
            if (fast && number >= 0) {
                const id = frameIds[number];
                if (id >= 0) {
                    sample.push(id);
                    start = end + 1;
                    continue;
                }
            }
            // A header is read once per key, when its key decides what it reads as.
            const header = number <= -3 ? headers.valueOf(number, lines, start, end) : null;
            lineCache.breakRun();
            if (header !== null) {
                reader.pushHeader(header);
            }
            else {
                pushedLine = lines.text(start, end);
                pushedNumber = number;
                reader.pushLine(pushedLine);
            }
            start = end + 1;
            fast = collecting && !sample.hasPendingInlined();
        }
    };
    return {
        // A line holds no `\n`, so it is a text of one line.
        pushLine: (line) => pushLines(line),
        pushLines,
        pushScanned,
        finish() {
            reader.finish();
            // Insertion order = order of first appearance, as when stacks were added sample by sample.
            const stacks = new Map();
            const kept = [];
            const names = [];
            /** Folded text of each distinct sequence, by its number (kept for the per-process split). */
            const texts = options.perProcess ? [] : undefined;
            stackTable.forEach((ids, count) => {
                tally.countStack(ids, count);
                keepViewFrames(kept, ids);
                names.length = 0;
                for (const id of kept)
                    names.push(id === TRUNCATED_ID ? TRUNCATED_FRAME : frames[id].name);
                const text = names.join(';');
                texts?.push(text);
                (0,folded/* addStack */.K)(stacks, text, count);
            });
            const result = { stacks, quality: tally.summarise(events) };
            if (texts)
                result.processStacks = splitStacksByProcess(tally, texts);
            return result;
        },
        finishText() {
            if (options.perProcess === true)
                return undefined;
            reader.finish();
            // Name of frame id i at names[i + 1]; names[0] is `[truncated]`'s.
            const names = [TRUNCATED_FRAME];
            for (const info of frames)
                names.push(info.name);
            const sequences = new folded_writer/* SequencePool */.o();
            const kept = [];
            stackTable.forEach((ids, count) => {
                keepViewFrames(kept, ids);
                sequences.add(kept, count);
            });
            const text = (0,folded_writer/* writeFoldedText */.r)(sequences.toSequences(), names, 1);
            if (text === undefined)
                return undefined;
            // Counted only once the text is written, so that `finish` can follow an undefined.
            stackTable.forEach((ids, count) => tally.countStack(ids, count));
            return { text, quality: tally.summarise(events) };
        },
    };
    /** `kept` := the frames the view keeps of `ids` (leaf first), root first, `[truncated]` (TRUNCATED_ID) first when the stack does not reach a process root. */
    function keepViewFrames(kept, ids) {
        kept.length = 0;
        if (!reachesStackRoot(ids, frames))
            kept.push(TRUNCATED_ID);
        appendViewFrames(kept, ids, frames);
    }
}
/** The frame id standing for `TRUNCATED_FRAME` among a view's kept frames. */
const TRUNCATED_ID = -1;
/** Each process's stacks, from its samples per distinct sequence (several sequences can fold to one text). */
function splitStacksByProcess(tally, texts) {
    return tally.listProcessStackCounts().map(({ pid, stackCounts }) => {
        const stacks = new Map();
        for (const [entry, count] of stackCounts)
            (0,folded/* addStack */.K)(stacks, texts[entry], count);
        return { pid, stacks };
    });
}
/** Folds a whole sequence of lines (convenience over `createFolder`). */
function foldLines(lines, options) {
    const folder = createFolder(options);
    for (const line of lines)
        folder.pushLine(line);
    return folder.finish();
}


/***/ }),

/***/ 86592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ isPythonFrameSymbol),
/* harmony export */   GI: () => (/* binding */ normalisePythonPath),
/* harmony export */   Z9: () => (/* binding */ normalisePythonFrameName),
/* harmony export */   lU: () => (/* binding */ splitPythonFrameName),
/* harmony export */   oI: () => (/* binding */ stripTrailingSlashes),
/* harmony export */   w: () => (/* binding */ PYTHON_FRAME_PREFIX)
/* harmony export */ });
/**
 * Names of Python frames as they appear in folded stacks.
 *
 * CPython's perf support names each Python function `py::<qualname>:<filename>` with the file's
 * path as the interpreter saw it. Those paths carry machine-specific prefixes (the runner's
 * workspace, the tool cache, a virtualenv, the home directory) that would make the same function
 * look different between two machines or two Python installs. We rewrite them so that profiles
 * taken in different places compare frame for frame:
 *
 *   `<frozen abc>`, `<string>`, any `<…>`         → unchanged
 *   `…/site-packages/pkg/mod.py`, `…/dist-packages/…` → `<site-packages>/pkg/mod.py`
 *   `…/lib/python3.13/json/encoder.py` (also lib64, python3.13t) → `<stdlib>/json/encoder.py`
 *   `<workingDirectory>/examples/bench.py`         → `examples/bench.py`
 *   `<homeDirectory>/x/y.py`                       → `~/x/y.py`
 *   relative paths                                 → without a leading `./`
 *   anything else                                  → unchanged
 *
 * site-packages is checked before the stdlib rule because it lives inside `lib/pythonX.Y/`; both
 * are checked before the working directory because a virtualenv often sits inside the workspace.
 */
/** Prefix of every Python frame symbol. */
const PYTHON_FRAME_PREFIX = 'py::';
const PACKAGE_DIRECTORIES = ['/site-packages/', '/dist-packages/'];
const STDLIB_DIRECTORY = /\/lib(?:64)?\/python\d+(?:\.\d+)?[a-z]*\//;
/** True for a perf symbol written by CPython's perf trampoline or perf-jit support. */
function isPythonFrameSymbol(symbol) {
    return symbol.startsWith(PYTHON_FRAME_PREFIX);
}
/**
 * `py::<qualname>:<file>` → its qualname and file (the qualname never contains `:`); undefined for
 * other frames and for Python frames without a `:file` or with an empty qualname.
 */
function splitPythonFrameName(name) {
    if (!isPythonFrameSymbol(name))
        return undefined;
    const colon = name.indexOf(':', PYTHON_FRAME_PREFIX.length);
    if (colon <= PYTHON_FRAME_PREFIX.length)
        return undefined;
    return { qualname: name.slice(PYTHON_FRAME_PREFIX.length, colon), file: name.slice(colon + 1) };
}
/**
 * Rewrites `py::<qualname>:<filename>` to `py::<qualname>:<normalised filename>`. The qualname
 * never contains `:`, so the filename starts after the first `:` following the prefix. Other
 * symbols are returned unchanged.
 */
function normalisePythonFrameName(symbol, options) {
    if (!isPythonFrameSymbol(symbol))
        return symbol;
    const colon = symbol.indexOf(':', PYTHON_FRAME_PREFIX.length);
    if (colon < 0)
        return symbol;
    return symbol.slice(0, colon + 1) + normalisePythonPath(symbol.slice(colon + 1), options);
}
/** Rewrites one Python source path by the rules at the top of this file. */
function normalisePythonPath(path, options) {
    if (path.startsWith('<'))
        return path;
    for (const marker of PACKAGE_DIRECTORIES) {
        const at = path.lastIndexOf(marker);
        if (at >= 0)
            return `<site-packages>/${path.slice(at + marker.length)}`;
    }
    const stdlib = STDLIB_DIRECTORY.exec(path);
    if (stdlib !== null)
        return `<stdlib>/${path.slice(stdlib.index + stdlib[0].length)}`;
    const relativeToWork = relativeTo(path, options.workingDirectory);
    if (relativeToWork !== undefined)
        return relativeToWork;
    if (options.homeDirectory !== undefined) {
        const relativeToHome = relativeTo(path, options.homeDirectory);
        if (relativeToHome !== undefined)
            return relativeToHome === '.' ? '~' : `~/${relativeToHome}`;
    }
    if (path.startsWith('./'))
        return path.slice(2);
    return path;
}
function relativeTo(path, directory) {
    const base = stripTrailingSlashes(directory);
    if (base.length === 0)
        return undefined;
    if (path === base)
        return '.';
    if (path.startsWith(base) && path.charCodeAt(base.length) === 0x2f /* / */)
        return path.slice(base.length + 1);
    return undefined;
}
/** `path` without trailing `/` (but `/` stays `/`). */
function stripTrailingSlashes(path) {
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === 0x2f)
        end -= 1;
    return path.slice(0, end);
}


/***/ })

};
