export const id = 79;
export const ids = [79];
export const modules = {

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
