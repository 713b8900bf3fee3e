export const id = 555;
export const ids = [555,885,266,647];
export const modules = {

/***/ 68441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatRgb),
/* harmony export */   _0: () => (/* binding */ FLAME_GRAPH_PALETTES),
/* harmony export */   au: () => (/* binding */ pickFrameColor),
/* harmony export */   jY: () => (/* binding */ describePalette)
/* harmony export */ });
/* unused harmony exports classifyFrame, hashName */
/**
 * Frame colours for the flame graph: deterministic (a hash of the frame name, never randomness),
 * grouped into families by what kind of code a frame is, so a Python developer can tell their own
 * code from the interpreter, C extensions and the kernel at a glance.
 *
 * Like flamegraph.pl, the exact shade within a family comes from a hash of the name, so the same
 * function gets the same colour in every graph. Unlike flamegraph.pl (which hashes only the start
 * of the name and uses Perl's rand() for some palettes), the whole name is hashed with FNV-1a.
 */
const FLAME_GRAPH_PALETTES = ['python', 'hot', 'mono'];
/**
 * CPython's own C functions that show up between Python frames (the eval loop, call machinery,
 * the perf trampoline, startup). Names starting `_Py`/`Py` + capital or `_` are the C API.
 */
const INTERPRETER_NAME = /^(?:_Py|Py[A-Z_]|py_trampoline|cfunction_|method_vectorcall|builtin_|object_vacall|vectorcall_|slot_tp_|run_mod$|run_eval_code_obj$|pymain_)/;
/**
 * Names the fold stage invents: `[truncated]`, `[unknown]`, `[vdso]`. A bracketed name with a dot is
 * an unsymbolised native library (`[libz.so]`, `[_json.so]`): native code, not synthetic.
 */
const SYNTHETIC_NAME = /^\[[^\].]*\]$/;
/** Classifies a frame name by the conventions of the fold stage (see src/core/folded.ts users). */
function classifyFrame(name) {
    if (name.startsWith('py::'))
        return 'python';
    if (name.endsWith('_[k]'))
        return 'kernel';
    // `_[j]` marks JIT-compiled code; under CPython that is Python code, so it shares the family.
    if (name.endsWith('_[j]'))
        return 'python';
    if (SYNTHETIC_NAME.test(name))
        return 'synthetic';
    if (INTERPRETER_NAME.test(name))
        return 'interpreter';
    return 'native';
}
/** [min, max] per channel for each family of the `python` palette. */
const FAMILY_RANGES = {
    python: [[50, 110], [170, 225], [110, 175]], // greens to teals
    native: [[230, 255], [125, 190], [30, 80]], // oranges
    interpreter: [[190, 215], [185, 205], [135, 160]], // muted khaki yellows/greys
    kernel: [[165, 195], [140, 170], [215, 240]], // lavender purples (not the diff graph's blue)
    synthetic: [[175, 200], [175, 200], [175, 200]], // greys
};
const FAMILY_LABELS = {
    python: 'Python',
    native: 'Native / C extension',
    interpreter: 'CPython interpreter',
    kernel: 'Kernel',
    synthetic: 'Synthetic ([truncated], [unknown])',
};
const FAMILY_ORDER = ['python', 'native', 'interpreter', 'kernel', 'synthetic'];
/** Fill colour of a frame as `rgb(r,g,b)`, deterministic in the name and palette. */
function pickFrameColor(name, palette) {
    const hash = hashName(name);
    // Three independent-ish fractions in [0, 1) from different bits of the hash.
    const v1 = (hash & 0x3ff) / 1024;
    const v2 = ((hash >>> 10) & 0x3ff) / 1024;
    const v3 = ((hash >>> 20) & 0x3ff) / 1024;
    if (palette === 'hot') {
        // flamegraph.pl's "hot" ranges: red 205–255, green 0–230, blue 0–55.
        return formatRgb(205 + 50 * v3, 230 * v1, 55 * v2);
    }
    if (palette === 'mono') {
        const grey = 150 + 80 * v1;
        return formatRgb(grey, grey, grey);
    }
    const kind = classifyFrame(name);
    const [red, green, blue] = FAMILY_RANGES[kind];
    // Synthetic frames stay neutral grey: one fraction for all three channels.
    if (kind === 'synthetic')
        return formatRgb(mix(red, v1), mix(green, v1), mix(blue, v1));
    return formatRgb(mix(red, v1), mix(green, v2), mix(blue, v3));
}
/** Legend entries for a palette: one swatch per family for `python`, one explanatory entry otherwise. */
function describePalette(palette) {
    if (palette === 'python') {
        return FAMILY_ORDER.map((kind) => {
            const [red, green, blue] = FAMILY_RANGES[kind];
            return { color: formatRgb(mix(red, 0.5), mix(green, 0.5), mix(blue, 0.5)), label: FAMILY_LABELS[kind] };
        });
    }
    const sample = palette === 'hot' ? formatRgb(230, 115, 27) : formatRgb(190, 190, 190);
    return [{ color: sample, label: 'Colour is a hash of the name (no meaning)' }];
}
/** 32-bit FNV-1a over UTF-16 code units. */
function hashName(name) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < name.length; i += 1) {
        hash ^= name.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    // Final avalanche so short names that differ in one character still spread over all bits.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x45d9f3b);
    hash ^= hash >>> 16;
    return hash >>> 0;
}
function formatRgb(red, green, blue) {
    return `rgb(${Math.round(red)},${Math.round(green)},${Math.round(blue)})`;
}
function mix(range, fraction) {
    return range[0] + (range[1] - range[0]) * fraction;
}


/***/ }),

/***/ 15725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ listFlowFrames),
/* harmony export */   iU: () => (/* binding */ readColumnName),
/* harmony export */   sb: () => (/* binding */ sortStacks),
/* harmony export */   wD: () => (/* binding */ flowColumns)
/* harmony export */ });
/* unused harmony exports ROOT_FRAME_NAME, flowStacks */
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28885);
/* harmony import */ var _typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14995);
/**
 * The flow stage of a flame graph: Brendan Gregg's flamegraph.pl `flow`. Stacks are walked in byte
 * order and each stack's common prefix with the previous one is merged, so a frame is a node of
 * the call tree and its width is the total weight of the stacks under it. Deliberate differences
 * from flamegraph.pl are marked "Difference" below.
 */



/** Name of the root frame that spans the whole profile (flamegraph.pl's name too). */
const ROOT_FRAME_NAME = 'all';
const SEMICOLON = 59;
/** Characters compared at once when looking for the prefix two sorted stacks share. */
const PREFIX_BLOCK = 128;
function growColumns(columns, needed) {
    if (needed <= columns.key.length)
        return;
    const capacity = Math.max(needed, columns.key.length * 2);
    const grow = (array) => (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .growTypedArray */ .X)(array, capacity);
    columns.key = grow(columns.key);
    columns.nameStart = grow(columns.nameStart);
    columns.nameEnd = grow(columns.nameEnd);
    columns.depth = grow(columns.depth);
    columns.parent = grow(columns.parent);
    columns.start = grow(columns.start);
    columns.samples = grow(columns.samples);
    columns.self = grow(columns.self);
}
function sortStacks(stacks) {
    const keys = [];
    const weightList = [];
    let total = 0;
    for (const stack of (0,_folded_js__WEBPACK_IMPORTED_MODULE_2__/* .sortedStackKeys */ .S4)(stacks)) {
        const weight = stacks.get(stack) ?? 0;
        // Zero-weight stacks are skipped (they would only add zero-width frames).
        if (!(weight > 0))
            continue;
        keys.push(stack);
        weightList.push(weight);
        total += weight;
    }
    const exact = new Uint8Array(keys.length);
    if (keys.length > 0)
        exact[0] = 1; // the first stack shares nothing
    return { keys, weights: Float64Array.from(weightList), verified: new Int32Array(keys.length), exact, total };
}
/**
 * True when stack `k` continues the frame of stack `k - 1` that ends at offset `end` (that frame
 * and all before it are the same in both stacks).
 */
function continuesFrame(sorted, k, end) {
    let common = sorted.verified[k];
    if (common > end)
        return true;
    const stack = sorted.keys[k];
    if (sorted.exact[k] === 0) {
        const previous = sorted.keys[k - 1];
        const shorter = Math.min(stack.length, previous.length);
        const limit = Math.min(shorter, end + 1);
        // Whole blocks first: comparing two substrings is native and much faster than a charCodeAt loop.
        while (common + PREFIX_BLOCK <= limit && stack.substring(common, common + PREFIX_BLOCK) === previous.substring(common, common + PREFIX_BLOCK)) {
            common += PREFIX_BLOCK;
        }
        while (common < limit && stack.charCodeAt(common) === previous.charCodeAt(common))
            common += 1;
        sorted.verified[k] = common;
        if (common < limit || limit === shorter)
            sorted.exact[k] = 1;
        if (common > end)
            return true;
    }
    // `common` is now the whole common prefix, and at most `end`.
    return common === end && (stack.length === common || stack.charCodeAt(common) === SEMICOLON);
}
/**
 * How many of the open frames (ending at `openEnd[1..]`, root excluded) stack `k` continues. If it
 * continues a frame it continues all frames below it, so the deepest one is found by bisection
 * (a few comparisons per stack instead of one per open frame).
 */
function countContinuedFrames(sorted, k, openEnd) {
    let low = 0; // continued (the root always is)
    let high = openEnd.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (continuesFrame(sorted, k, openEnd[middle]))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/**
 * flamegraph.pl's `flow`: walks the stacks in byte order and merges each stack's common prefix
 * with the previous one; frames that differ are closed (their width is now known) and new ones
 * opened at the current offset (`time`, as in flamegraph.pl).
 *
 * Difference: flamegraph.pl splits every stack and compares frame by frame; here the common
 * prefix is found by comparing characters with the previous stack and only the differing tail is
 * split (same result, much less allocation). flamegraph.pl collects nodes in a hash and emits them
 * in hash order; here frames are numbered when opened, which gives a deterministic pre-order
 * (parents before children) and lets each frame record its parent. Zero-weight stacks are skipped
 * (they would only add zero-width frames). Self weight is tracked per frame for the tooltips.
 *
 * Difference: flamegraph.pl flows every frame and drops the narrow ones afterwards. Here, with
 * `prune`, before a frame is opened the stacks that continue it are summed (stopping as soon
 * as the sum reaches the minimum): a frame that would end up too narrow is not opened, nor is
 * anything below it, and the following stacks that continue it are not split at all. The sum
 * repeats the additions the layout makes (`time` after minus `time` before), so the frames kept
 * are exactly those whose width reaches `minWidth`, and the large majority of a big profile's
 * frames (sub-pixel slivers) cost neither a column slot nor a look at their names.
 */
function flowColumns(stacks, options = {}) {
    const sorted = sortStacks(stacks);
    const { keys, weights } = sorted;
    const total = sorted.total;
    const prune = options.prune;
    const minSamples = prune === undefined ? 0 : (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMinWidth */ .K4)(prune.minWidth, { total, pixelsPerSample: total > 0 ? prune.plotWidth / total : 0 });
    const initial = 1024;
    const columns = {
        count: 1,
        total: 0,
        pruned: undefined,
        keys,
        key: new Int32Array(initial).fill(-1),
        nameStart: new Int32Array(initial),
        nameEnd: new Int32Array(initial),
        depth: new Int32Array(initial),
        parent: new Int32Array(initial),
        start: new Float64Array(initial),
        samples: new Float64Array(initial),
        self: new Float64Array(initial),
    };
    columns.parent[0] = -1; // frame 0 is the root; key -1 means "named ROOT_FRAME_NAME"
    const open = [0]; // frame index per depth of the stack currently open
    const openEnd = [0]; // end offset of each open frame's name in the stacks (index 0 unused)
    /** True when the frame opened now (at `time`, for stack `k`, ending at `end`) will be at least `minSamples` wide. */
    const reachesMinimum = (k, end, time) => {
        if (minSamples <= 0)
            return true;
        let until = time;
        let next = k;
        do {
            until += weights[next];
            if (until - time >= minSamples)
                return true;
            next += 1;
        } while (next < keys.length && continuesFrame(sorted, next, end));
        skipUntil = next;
        return false;
    };
    // Stacks before this index continue a frame found too narrow: nothing new is opened for them.
    let skipUntil = 0;
    let time = 0;
    for (let k = 0; k < keys.length; k += 1) {
        const stack = keys[k];
        const weight = weights[k];
        const same = countContinuedFrames(sorted, k, openEnd);
        for (let depth = open.length - 1; depth > same; depth -= 1) {
            const index = open[depth];
            columns.samples[index] = time - columns.start[index];
        }
        open.length = same + 1;
        openEnd.length = same + 1;
        // The leaf gets the self weight, unless it (or a frame above it) was too narrow to keep.
        let leafKept = k >= skipUntil;
        if (leafKept && stack !== '') {
            let position = same === 0 ? 0 : openEnd[same] + 1;
            while (position <= stack.length) {
                let end = stack.indexOf(';', position);
                if (end < 0)
                    end = stack.length;
                if (!reachesMinimum(k, end, time)) {
                    leafKept = false;
                    break;
                }
                const index = columns.count;
                growColumns(columns, index + 1);
                columns.key[index] = k;
                columns.nameStart[index] = position;
                columns.nameEnd[index] = end;
                columns.depth[index] = open.length;
                columns.parent[index] = open[open.length - 1];
                columns.start[index] = time;
                columns.count += 1;
                open.push(index);
                openEnd.push(end);
                position = end + 1;
            }
        }
        if (leafKept) {
            const leaf = open[open.length - 1];
            columns.self[leaf] = columns.self[leaf] + weight;
        }
        time += weight;
    }
    for (const index of open)
        columns.samples[index] = time - columns.start[index];
    columns.total = time;
    if (options.countPruned === true)
        columns.pruned = countFlowFrames(sorted) - columns.count;
    return columns;
}
/** Frames of the full (unpruned) flow, root included: the same walk without storing anything. */
function countFlowFrames(sorted) {
    const { keys } = sorted;
    let count = 1;
    const openEnd = [0];
    for (let k = 0; k < keys.length; k += 1) {
        const stack = keys[k];
        const same = countContinuedFrames(sorted, k, openEnd);
        openEnd.length = same + 1;
        if (stack === '')
            continue;
        let position = same === 0 ? 0 : openEnd[same] + 1;
        while (position <= stack.length) {
            let end = stack.indexOf(';', position);
            if (end < 0)
                end = stack.length;
            count += 1;
            openEnd.push(end);
            position = end + 1;
        }
    }
    return count;
}
/** Name of frame `index` in flowed columns (sliced from its stack only now). */
function readColumnName(columns, index) {
    const key = columns.key[index];
    return key < 0 ? ROOT_FRAME_NAME : columns.keys[key].slice(columns.nameStart[index], columns.nameEnd[index]);
}
function readColumnFrame(columns, index) {
    return {
        name: readColumnName(columns, index),
        depth: columns.depth[index],
        start: columns.start[index],
        samples: columns.samples[index],
        self: columns.self[index],
        parent: columns.parent[index],
    };
}
/** All flowed frames as objects (pre-order; see flowColumns). Convenient for small profiles and tests. */
function flowStacks(stacks) {
    const columns = flowColumns(stacks);
    return { frames: listFlowFrames(columns), total: columns.total };
}
/** The frames of flowed columns as objects, index-aligned with the columns. */
function listFlowFrames(columns) {
    const frames = [];
    for (let i = 0; i < columns.count; i += 1)
        frames.push(readColumnFrame(columns, i));
    return frames;
}


/***/ }),

/***/ 29669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ FRAME_PAD),
/* harmony export */   QD: () => (/* binding */ XPAD),
/* harmony export */   f4: () => (/* binding */ FONT_WIDTH),
/* harmony export */   fi: () => (/* binding */ formatCoord),
/* harmony export */   vz: () => (/* binding */ computeHeadingRows)
/* harmony export */ });
/**
 * Fixed geometry of a flame graph image, shared by the option checks, the layout, the legend and
 * the SVG writer: paddings, font metrics, where the heading rows sit, and how coordinates are
 * written. Constants keep flamegraph.pl's names (`$xpad`, `$framepad`, `$fontwidth`) and values.
 */
/** Horizontal padding left and right of the frame area, px (flamegraph.pl's `$xpad`). */
const XPAD = 10;
/** Gap between frame rows, px (flamegraph.pl's `$framepad`). */
const FRAME_PAD = 1;
/** Average glyph width as a fraction of the font size, for label truncation (flamegraph.pl's `$fontwidth`). */
const FONT_WIDTH = 0.59;
/**
 * Where the heading rows go for these options.
 *
 * Difference: flamegraph.pl pads the top with `$ypad1` (plus `$ypad3` with a subtitle) and puts
 * Reset Zoom and Search on the title row; here the controls get a row of their own below the
 * title (and subtitle), so a long title never runs into them.
 */
function computeHeadingRows(options) {
    const titleY = options.fontSize * 2;
    const subtitleY = titleY + options.fontSize + 6;
    const controlsY = (options.subtitle ? subtitleY : titleY) + options.fontSize + 6;
    return { titleY, subtitleY, controlsY, plotTop: controlsY + 8 };
}
/**
 * Coordinates to a tenth of a pixel, trailing zeros dropped ("12", "12.5"), as flamegraph.pl writes
 * them (`%.1f`); the flame graph's script (script.ts) rounds the same way when it zooms.
 */
function formatCoord(value) {
    // The same text as String(Math.round(value * 10) / 10), built from integers: a frame's x and
    // width are written for every frame, and integers convert much faster than fractions.
    const tenths = Math.round(value * 10);
    const digit = tenths % 10;
    if (digit === 0)
        return String(tenths / 10 + 0); // + 0 turns -0 into 0
    const magnitude = Math.abs(tenths);
    return `${tenths < 0 ? '-' : ''}${(magnitude - (magnitude % 10)) / 10}.${magnitude % 10}`;
}


/***/ }),

/***/ 79267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ placeFrames),
/* harmony export */   oz: () => (/* binding */ deriveFlowOptions),
/* harmony export */   qv: () => (/* binding */ fitLabel)
/* harmony export */ });
/* unused harmony export layoutFlameGraph */
/* harmony import */ var _geometry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29669);
/* harmony import */ var _flow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15725);
/* harmony import */ var _legend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82844);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14995);
/**
 * The layout stage of a flame graph: places flowed frames in the image (x and width ∝ weight, one
 * row per depth, callees above callers or below them in an icicle graph), leaves out frames
 * narrower than `minWidth`, sizes the image, and fits labels into frames, as flamegraph.pl does.
 */




/** Places flowed frames in the image: widths ∝ weight, pruning frames narrower than `minWidth`. */
function layoutFlameGraph(stacks, options = {}) {
    const resolved = resolveFlameGraphOptions(options);
    const flowOptions = { ...deriveFlowOptions(resolved), countPruned: true };
    return placeFrames(flowColumns(stacks, flowOptions), resolved, describePaletteLegend(resolved.colors));
}
/** Flow options that prune as the layout of `options` will (so pruned frames are never stored). */
function deriveFlowOptions(options) {
    return { prune: { minWidth: options.minWidth, plotWidth: options.width - 2 * _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .XPAD */ .QD } };
}
/**
 * Lays out flowed columns; `legend` is only measured (its rows make the image taller).
 *
 * Difference: flamegraph.pl's bottom padding (`$ypad2`) holds only the details line; here it also
 * holds the legend rows.
 */
function placeFrames(columns, options, legend) {
    const total = columns.total;
    const plotWidth = options.width - 2 * _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .XPAD */ .QD;
    const pixelsPerSample = total > 0 ? plotWidth / total : 0;
    const minSamples = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMinWidth */ .K4)(options.minWidth, { total, pixelsPerSample });
    // Pass 1: which frames survive pruning. A child is never wider than its parent, so pruning
    // never leaves orphans behind.
    const keptIndex = new Int32Array(columns.count).fill(-1);
    let keptCount = 0;
    let maxDepth = 0;
    if (total > 0) {
        const { samples: samplesOf, depth: depthOf, count } = columns;
        for (let i = 0; i < count; i += 1) {
            const samples = samplesOf[i];
            if (samples < minSamples || samples <= 0)
                continue;
            keptIndex[i] = keptCount;
            keptCount += 1;
            if (depthOf[i] > maxDepth)
                maxDepth = depthOf[i];
        }
    }
    const prunedFrames = columns.pruned === undefined ? undefined : columns.pruned + columns.count - keptCount;
    const headings = (0,_geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .computeHeadingRows */ .vz)(options);
    const plotBottom = headings.plotTop + (maxDepth + 1) * options.frameHeight;
    const legendRows = legend.lines.length + (0,_legend_js__WEBPACK_IMPORTED_MODULE_1__/* .countSwatchRows */ .Xr)(legend.swatches, options);
    const imageHeight = plotBottom + options.fontSize + 12 + legendRows * (options.fontSize + 8) + 6;
    const rowHeight = options.frameHeight - _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .FRAME_PAD */ .AV;
    // Pass 2: geometry; parent indices are renumbered for the kept list.
    const boxes = [];
    for (let i = 0; i < columns.count; i += 1) {
        if (keptIndex[i] < 0)
            continue;
        const depth = columns.depth[i];
        const start = columns.start[i];
        const samples = columns.samples[i];
        const flowParent = columns.parent[i];
        const y = options.inverted ? headings.plotTop + depth * options.frameHeight : plotBottom - (depth + 1) * options.frameHeight + _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .FRAME_PAD */ .AV;
        boxes.push({
            name: (0,_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .readColumnName */ .iU)(columns, i),
            depth,
            start,
            samples,
            self: columns.self[i],
            parent: flowParent >= 0 ? keptIndex[flowParent] : -1,
            flowIndex: i,
            x: _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .XPAD */ .QD + start * pixelsPerSample,
            y,
            width: samples * pixelsPerSample,
            height: rowHeight,
        });
    }
    return { frames: boxes, total, maxDepth, prunedFrames, imageWidth: options.width, imageHeight, plotTop: headings.plotTop, plotBottom };
}
/**
 * Text shown inside a frame: the whole name if it fits, else as many characters as fit minus two
 * followed by `..` (flamegraph.pl's rule); nothing when fewer than 3 characters fit.
 */
function fitLabel(name, width, fontSize) {
    const chars = Math.floor(width / (fontSize * _geometry_js__WEBPACK_IMPORTED_MODULE_3__/* .FONT_WIDTH */ .f4));
    if (chars < 3)
        return '';
    if (name.length <= chars)
        return name;
    return `${name.substring(0, chars - 2)}..`;
}


/***/ }),

/***/ 82844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ writeLegend),
/* harmony export */   MQ: () => (/* binding */ describePaletteLegend),
/* harmony export */   Xr: () => (/* binding */ countSwatchRows)
/* harmony export */ });
/* harmony import */ var _xml_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42980);
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68441);
/* harmony import */ var _geometry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29669);
/**
 * The legend below a flame graph's details line: lines of text, then colour swatches that wrap
 * onto as many rows as the image width needs. flamegraph.pl draws no legend; the layout asks how
 * many rows it takes (to size the image) and the SVG writer draws it.
 */



/** The legend of a plain flame graph: the palette's swatches, no text. */
function describePaletteLegend(palette) {
    return { lines: [], swatches: (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .describePalette */ .jY)(palette) };
}
/** Horizontal space between one swatch's label and the next swatch, px. */
const SWATCH_GAP = 18;
/** Width a swatch takes with its label and the gap after it, px. */
function measureSwatch(entry, options) {
    return options.fontSize + 4 + entry.label.length * options.fontSize * _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .FONT_WIDTH */ .f4 + SWATCH_GAP;
}
/** Rows of the image the swatches wrap onto (0 without swatches). */
function countSwatchRows(swatches, options) {
    if (swatches.length === 0)
        return 0;
    let rows = 1;
    let x = _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD;
    for (const entry of swatches) {
        const w = measureSwatch(entry, options);
        if (x > _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD && x + w > options.width - _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD) {
            rows += 1;
            x = _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD;
        }
        x += w;
    }
    return rows;
}
/** SVG lines of the legend, starting at `top` px; wraps swatches as countSwatchRows counted. */
function writeLegend(legend, options, top) {
    const out = ['<g id="pfg-legend">'];
    const rowHeight = options.fontSize + 8;
    let y = top;
    for (const line of legend.lines) {
        out.push(`<text x="${_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD}" y="${(0,_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoord */ .fi)(y + options.fontSize)}">${(0,_xml_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(line)}</text>`);
        y += rowHeight;
    }
    let x = _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD;
    for (const entry of legend.swatches) {
        const w = measureSwatch(entry, options);
        if (x > _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD && x + w > options.width - _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD) {
            x = _geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .XPAD */ .QD;
            y += rowHeight;
        }
        out.push(`<rect x="${(0,_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoord */ .fi)(x)}" y="${(0,_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoord */ .fi)(y + 2)}" width="${options.fontSize}" height="${options.fontSize}" rx="2" ry="2" fill="${entry.color}"/>`);
        out.push(`<text x="${(0,_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoord */ .fi)(x + options.fontSize + 4)}" y="${(0,_geometry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoord */ .fi)(y + options.fontSize)}">${(0,_xml_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(entry.label)}</text>`);
        x += w;
    }
    out.push('</g>');
    return out;
}


/***/ }),

/***/ 14995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ DEFAULT_FLAME_GRAPH_OPTIONS),
/* harmony export */   K4: () => (/* binding */ parseMinWidth),
/* harmony export */   Qn: () => (/* binding */ resolveFlameGraphOptions)
/* harmony export */ });
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68441);
/* harmony import */ var _geometry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29669);
/**
 * Options of the flame graph renderers: their defaults, the checks every renderer runs first, and
 * the conversion of `minWidth` (pixels or a percentage) to a weight.
 */


/** The one place where defaults live. */
const DEFAULT_FLAME_GRAPH_OPTIONS = Object.freeze({
    title: 'Flame Graph',
    subtitle: '',
    minWidth: 0.1,
    width: 1200,
    frameHeight: 16,
    fontSize: 12,
    inverted: false,
    colors: 'python',
    countName: 'samples',
});
/** Fills in defaults and checks values, so errors name the option instead of producing a broken SVG. */
function resolveFlameGraphOptions(options = {}) {
    const resolved = { ...DEFAULT_FLAME_GRAPH_OPTIONS };
    for (const [key, value] of Object.entries(options)) {
        if (value !== undefined)
            resolved[key] = value;
    }
    if (!Number.isFinite(resolved.width) || resolved.width < 2 * _geometry_js__WEBPACK_IMPORTED_MODULE_1__/* .XPAD */ .QD + 10) {
        throw new Error(`Flame graph width must be a number of pixels ≥ ${2 * _geometry_js__WEBPACK_IMPORTED_MODULE_1__/* .XPAD */ .QD + 10}, got ${String(resolved.width)}.`);
    }
    if (!Number.isFinite(resolved.frameHeight) || resolved.frameHeight < 4) {
        throw new Error(`Flame graph frameHeight must be ≥ 4 pixels, got ${String(resolved.frameHeight)}.`);
    }
    if (!Number.isFinite(resolved.fontSize) || resolved.fontSize < 4) {
        throw new Error(`Flame graph fontSize must be ≥ 4 pixels, got ${String(resolved.fontSize)}.`);
    }
    if (!_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAME_GRAPH_PALETTES */ ._0.includes(resolved.colors)) {
        throw new Error(`Unknown flame graph palette '${String(resolved.colors)}'. Use one of: ${_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAME_GRAPH_PALETTES */ ._0.join(', ')}.`);
    }
    parseMinWidth(resolved.minWidth, { total: 1, pixelsPerSample: 1 }); // validates
    return resolved;
}
/** Converts `minWidth` to a weight: frames lighter than this are pruned. */
function parseMinWidth(minWidth, scale) {
    const { total, pixelsPerSample } = scale;
    if (typeof minWidth === 'number') {
        if (!Number.isFinite(minWidth) || minWidth < 0)
            throw new Error(`minWidth must be ≥ 0 pixels, got ${minWidth}.`);
        return pixelsPerSample > 0 ? minWidth / pixelsPerSample : 0;
    }
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%|px)?\s*$/.exec(minWidth);
    if (!match)
        throw new Error(`minWidth must be pixels (e.g. 0.1) or a percentage (e.g. "0.5%"), got '${minWidth}'.`);
    const value = Number(match[1]);
    if (match[2] === '%')
        return (total * value) / 100;
    return pixelsPerSample > 0 ? value / pixelsPerSample : 0;
}


/***/ }),

/***/ 18555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderFlameGraph: () => (/* binding */ renderFlameGraph),
  H: () => (/* binding */ renderFlowedFlameGraph)
});

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
// EXTERNAL MODULE: ./src/core/xml-escape.ts
var xml_escape = __webpack_require__(42980);
// EXTERNAL MODULE: ./src/core/flamegraph/colors.ts
var colors = __webpack_require__(68441);
// EXTERNAL MODULE: ./src/core/flamegraph/flow.ts
var flow = __webpack_require__(15725);
// EXTERNAL MODULE: ./src/core/flamegraph/geometry.ts
var geometry = __webpack_require__(29669);
// EXTERNAL MODULE: ./src/core/python-frame-names.ts
var python_frame_names = __webpack_require__(86592);
;// CONCATENATED MODULE: ./src/core/flamegraph/label.ts

/**
 * What a frame's box shows: the name without what the colour and the tooltip already say — no
 * `py::` prefix and no `:file` for Python frames, no `_[k]` / `_[j]` annotation. The tooltip, the
 * search and `data-name` keep the full folded name. The flame graph's script (script.ts) applies
 * the same rule when a zoom re-fits the labels.
 */
function labelFrame(name) {
    const python = (0,python_frame_names/* splitPythonFrameName */.lU)(name);
    if (python)
        return python.qualname;
    if ((0,python_frame_names/* isPythonFrameSymbol */.Ep)(name))
        return name.slice(python_frame_names/* PYTHON_FRAME_PREFIX */.w.length);
    if (name.endsWith('_[k]') || name.endsWith('_[j]'))
        return name.slice(0, -4);
    return name;
}

// EXTERNAL MODULE: ./src/core/flamegraph/layout.ts
var flamegraph_layout = __webpack_require__(79267);
// EXTERNAL MODULE: ./src/core/flamegraph/legend.ts
var legend = __webpack_require__(82844);
// EXTERNAL MODULE: ./src/core/flamegraph/options.ts
var flamegraph_options = __webpack_require__(14995);
;// CONCATENATED MODULE: ./src/core/flamegraph/script.ts
/**
 * The interactive script embedded in every flame graph SVG (hover details, click-to-zoom, regex
 * search). Written for this project, in plain ES5-style JavaScript with no dependencies, so the SVG
 * works when opened from disk (file://) in any current browser.
 *
 * The frames are drawn in the SVG (`<g class="cN"><rect/><text/></g>` per frame, in the order of
 * the layout; the class gives the fill), and what a frame is — name, samples, start, self — is in
 * the JSON of `<script type="application/json" id="pfg-data">` (FlameGraphData), one column per
 * field, index-aligned with the frames. Names are stored once each and the tooltip text is made
 * here on hover (a `<title>` is added to the hovered frame then), so a large graph does not carry
 * every name twice and a sentence per frame.
 *
 * Stable hooks for tests and for people: `#pfg-details` (hover text), `#pfg-matched` (search
 * result), `#pfg-unzoom` (Reset Zoom), `#pfg-search` (Search / Reset Search), and the functions
 * `window.pfgSearch(regexString)` → matched percent (or null for an invalid regex),
 * `window.pfgResetSearch()`, `window.pfgResetZoom()`, `window.pfgFindFrames(name)` → the `<g>`
 * elements of the frames with that name.
 */
const SCRIPT_BODY = String.raw `(function (cfg) {
  'use strict';
  var doc = document;
  var svgNs = 'http://www.w3.org/2000/svg';
  var byId = function (id) { return doc.getElementById(id); };
  var details = byId('pfg-details');
  var matched = byId('pfg-matched');
  var unzoomButton = byId('pfg-unzoom');
  var searchButton = byId('pfg-search');
  var group = byId('pfg-frames');
  var dataNode = byId('pfg-data');
  var data = dataNode ? JSON.parse(dataNode.textContent) : { names: [], name: [], samples: [], start: [], self: [] };
  var frames = [];
  var searching = false;
  var eps = cfg.total * 1e-9;

  var nodes = group ? group.children : [];
  var count = Math.min(nodes.length, data.name.length);
  for (var i = 0; i < count; i++) {
    var g = nodes[i];
    var rect = g.getElementsByTagName('rect')[0];
    g.pfgIndex = i;
    frames.push({
      g: g,
      rect: rect,
      text: g.getElementsByTagName('text')[0] || null,
      titled: false,
      name: data.names[data.name[i]],
      samples: data.samples[i],
      start: data.start[i],
      self: data.self[i],
      details: data.details ? data.details[i] : null,
      y: Number(rect.getAttribute('y'))
    });
  }

  // The renderer's formatCoord: a tenth of a pixel, no trailing zeros.
  function coord(value) {
    var rounded = Math.round(value * 10) / 10;
    return rounded === 0 ? '0' : String(rounded);
  }

  function share(part) {
    return (cfg.total > 0 ? (100 * part) / cfg.total : 0).toFixed(2);
  }

  function describe(f) {
    if (f.details !== null) return f.name + ' ' + f.details;
    return f.name + ' (' + f.samples + ' ' + cfg.countName + ', ' + share(f.samples) + '%, self ' + share(f.self) + '%)';
  }

  // Same rule as label.ts's labelFrame: no py:: prefix or :file, no _[k] / _[j].
  function labelOf(name) {
    if (name.indexOf('py::') === 0) {
      var colon = name.indexOf(':', 4);
      return colon > 4 ? name.slice(4, colon) : name.slice(4);
    }
    if (/_\[[kj]\]$/.test(name)) return name.slice(0, -4);
    return name;
  }

  // Same rule as the renderer's fitLabel: room for N glyphs shows N-2 characters plus "..".
  function fitLabel(name, width) {
    var chars = Math.floor(width / (cfg.fontSize * cfg.fontWidth));
    if (chars < 3) return '';
    if (name.length <= chars) return name;
    return name.substring(0, chars - 2) + '..';
  }

  function place(frame, x, width) {
    frame.rect.setAttribute('x', coord(x));
    frame.rect.setAttribute('width', coord(width));
    var label = fitLabel(labelOf(frame.name), width);
    if (label && !frame.text) {
      // Frames too narrow for a label at first get one when a zoom makes room.
      frame.text = doc.createElementNS(svgNs, 'text');
      frame.text.setAttribute('y', coord(frame.y + cfg.textOffset));
      frame.g.appendChild(frame.text);
    }
    if (frame.text) {
      frame.text.setAttribute('x', coord(x + 3));
      frame.text.textContent = label;
    }
  }

  function frameOf(node) {
    while (node && node !== group) {
      if (node.pfgIndex !== undefined) return frames[node.pfgIndex];
      node = node.parentNode;
    }
    return null;
  }

  function zoom(target) {
    var scale = cfg.plotWidth / target.samples;
    var end = target.start + target.samples;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      var fEnd = f.start + f.samples;
      var encloses = f.start <= target.start + eps && fEnd >= end - eps;
      var inside = f.start >= target.start - eps && fEnd <= end + eps;
      var below = cfg.inverted ? f.y < target.y : f.y > target.y;
      var above = cfg.inverted ? f.y > target.y : f.y < target.y;
      f.g.classList.remove('pfg-hide');
      f.g.classList.remove('pfg-parent');
      if (f === target || (encloses && below)) {
        if (f !== target) f.g.classList.add('pfg-parent');
        place(f, cfg.xpad, cfg.plotWidth);
      } else if (inside && above) {
        place(f, cfg.xpad + (f.start - target.start) * scale, f.samples * scale);
      } else {
        f.g.classList.add('pfg-hide');
      }
    }
    if (unzoomButton) unzoomButton.classList.remove('pfg-hide');
  }

  function resetZoom() {
    var scale = cfg.total > 0 ? cfg.plotWidth / cfg.total : 0;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      f.g.classList.remove('pfg-hide');
      f.g.classList.remove('pfg-parent');
      place(f, cfg.xpad + f.start * scale, f.samples * scale);
    }
    if (unzoomButton) unzoomButton.classList.add('pfg-hide');
  }

  function resetSearch() {
    for (var i = 0; i < frames.length; i++) frames[i].g.classList.remove('pfg-match');
    searching = false;
    if (matched) matched.textContent = ' ';
    if (searchButton) searchButton.textContent = 'Search';
  }

  // Highlights frames whose name matches, and reports the share of samples under at least one
  // match: a match nested inside another match is not counted again.
  function search(term) {
    resetSearch();
    if (!term) return null;
    var re;
    try {
      re = new RegExp(term);
    } catch (error) {
      if (matched) matched.textContent = 'Invalid regex: ' + term;
      return null;
    }
    var hits = [];
    for (var i = 0; i < frames.length; i++) {
      if (re.test(frames[i].name)) {
        frames[i].g.classList.add('pfg-match');
        hits.push(frames[i]);
      }
    }
    hits.sort(function (a, b) { return a.start - b.start || b.samples - a.samples; });
    var covered = -Infinity;
    var sum = 0;
    for (var j = 0; j < hits.length; j++) {
      if (hits[j].start + eps >= covered) {
        sum += hits[j].samples;
        covered = hits[j].start + hits[j].samples;
      }
    }
    var percent = cfg.total > 0 ? (100 * sum) / cfg.total : 0;
    searching = true;
    if (matched) matched.textContent = 'Matched: ' + percent.toFixed(2) + '%';
    if (searchButton) searchButton.textContent = 'Reset Search';
    return percent;
  }

  function promptSearch() {
    var term = window.prompt('Search frames by regular expression (e.g. ^py:: or json)', '');
    if (term) search(term);
  }

  function findFrames(name) {
    var found = [];
    for (var i = 0; i < frames.length; i++) if (frames[i].name === name) found.push(frames[i].g);
    return found;
  }

  if (group) {
    group.addEventListener('mouseover', function (event) {
      var f = frameOf(event.target);
      if (!f) return;
      var text = describe(f);
      if (details) details.textContent = text;
      if (!f.titled) {
        // The browser's own tooltip, made when first needed.
        var title = doc.createElementNS(svgNs, 'title');
        title.textContent = text;
        f.g.insertBefore(title, f.g.firstChild);
        f.titled = true;
      }
    });
    group.addEventListener('mouseout', function (event) {
      if (frameOf(event.target) && details) details.textContent = ' ';
    });
    group.addEventListener('click', function (event) {
      var f = frameOf(event.target);
      if (f && f.samples > 0) zoom(f);
    });
  }
  if (unzoomButton) unzoomButton.addEventListener('click', resetZoom);
  if (searchButton) {
    searchButton.addEventListener('click', function () {
      if (searching) resetSearch();
      else promptSearch();
    });
  }
  window.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'F')) {
      event.preventDefault();
      promptSearch();
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      promptSearch();
    } else if (event.key === 'Escape') {
      resetSearch();
      resetZoom();
    }
  });

  window.pfgSearch = search;
  window.pfgResetSearch = resetSearch;
  window.pfgResetZoom = resetZoom;
  window.pfgFindFrames = findFrames;
})`;
/**
 * The script text, config applied. `configJson` must come from serializeScriptJson (no `<`, `>`
 * or `&`), which keeps the CDATA section that wraps it well-formed.
 */
function buildFlameGraphScript(configJson) {
    return `${SCRIPT_BODY}(${configJson});`;
}

;// CONCATENATED MODULE: ./src/core/flamegraph/svg.ts
/**
 * The SVG writer of a flame graph, and renderFlameGraph, which runs the stages (options, flow,
 * layout) and writes the result.
 *
 * The SVG is self-contained (inline style and script, no external fonts or files), byte-identical
 * for the same input, and written one element per line (one line per frame) so golden diffs stay
 * readable.
 *
 * Difference: flamegraph.pl writes each frame as a `<g>` with a `<title>` sentence, the rect with
 * its fill and rounded corners, and a `<text>` (empty when no label fits). Here a frame is
 * `<g class="cN"><rect x y width height/></g>` plus a `<text>` only when a label fits: the fill
 * is a CSS class per distinct colour, the corners are CSS, and name, samples, start and self are
 * in the script's data (names once each; script.ts makes the tooltip on hover). The frames are the
 * same, the file about half as large. Coordinates have one decimal, as in flamegraph.pl.
 */










/** Fill of frames that match a search. */
const SEARCH_HIGHLIGHT = 'rgb(230,0,230)';
/** Renders one flame graph as a self-contained interactive SVG. */
function renderFlameGraph(stacks, options = {}) {
    const resolved = (0,flamegraph_options/* resolveFlameGraphOptions */.Qn)(options);
    const flowed = (0,flow/* flowColumns */.wD)(stacks, (0,flamegraph_layout/* deriveFlowOptions */.oz)(resolved));
    const colorCache = new Map(); // names repeat across paths; hash each once
    return renderFlowedFlameGraph(flowed, resolved, {
        legend: (0,legend/* describePaletteLegend */.MQ)(resolved.colors),
        fillFrame: (frame) => {
            const name = frame.depth === 0 ? '[all]' : frame.name;
            let color = colorCache.get(name);
            if (color === undefined) {
                color = (0,colors/* pickFrameColor */.au)(name, resolved.colors);
                colorCache.set(name, color);
            }
            return color;
        },
    }).svg;
}
/** Lays out and writes a graph given a flow result; shared with the diff renderer. */
function renderFlowedFlameGraph(flowed, options, style) {
    const layout = (0,flamegraph_layout/* placeFrames */.GF)(flowed, options, style.legend);
    return { svg: writeFlameGraphSvg(layout, options, style), layout };
}
function writeFlameGraphSvg(layout, options, style) {
    const { imageWidth: width, imageHeight: height } = layout;
    const headings = (0,geometry/* computeHeadingRows */.vz)(options);
    const fontSize = options.fontSize;
    const textOffset = (options.frameHeight - geometry/* FRAME_PAD */.AV) / 2 + fontSize / 3;
    const frames = writeFrames(layout, { style, fontSize, textOffset, frameHeight: (0,geometry/* formatCoord */.fi)(options.frameHeight - geometry/* FRAME_PAD */.AV) });
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
    out.push(`<svg version="1.1" id="pfg-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
    out.push('<style type="text/css"><![CDATA[');
    out.push(`text { font-family: Verdana, "DejaVu Sans", "Bitstream Vera Sans", sans-serif; font-size: ${fontSize}px; fill: rgb(0,0,0); }`);
    out.push(`#pfg-title { font-size: ${fontSize + 5}px; text-anchor: middle; }`);
    out.push('#pfg-subtitle { fill: rgb(80,80,80); text-anchor: middle; }');
    out.push('#pfg-search, #pfg-matched { text-anchor: end; }');
    out.push('.pfg-control { cursor: pointer; fill: rgb(20,60,170); }');
    out.push('#pfg-frames > g { cursor: pointer; }');
    out.push('#pfg-frames rect { rx: 2px; ry: 2px; }');
    out.push('#pfg-frames text { pointer-events: none; }');
    out.push('#pfg-frames > g:hover rect { stroke: rgb(0,0,0); stroke-width: 0.5; }');
    out.push(`#pfg-frames > g.pfg-match { fill: ${SEARCH_HIGHLIGHT}; }`);
    out.push('.pfg-hide { display: none; }');
    out.push('.pfg-parent { opacity: 0.5; }');
    // A frame's `<g>` carries its colour class; the rect inherits the fill, the label's own rule wins.
    frames.fills.forEach((fill, index) => out.push(`.c${index} { fill: ${fill}; }`));
    out.push(']]></style>');
    out.push('<defs>');
    out.push('<linearGradient id="pfg-background" y1="0" y2="1" x1="0" x2="0">');
    out.push('<stop stop-color="rgb(248,248,248)" offset="5%"/>');
    out.push('<stop stop-color="rgb(238,238,222)" offset="95%"/>');
    out.push('</linearGradient>');
    out.push('</defs>');
    out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="url(#pfg-background)"/>`);
    out.push(`<text id="pfg-title" x="${(0,geometry/* formatCoord */.fi)(width / 2)}" y="${headings.titleY}">${(0,xml_escape/* escapeXml */.X)(options.title)}</text>`);
    if (options.subtitle) {
        out.push(`<text id="pfg-subtitle" x="${(0,geometry/* formatCoord */.fi)(width / 2)}" y="${headings.subtitleY}">${(0,xml_escape/* escapeXml */.X)(options.subtitle)}</text>`);
    }
    out.push(`<text id="pfg-unzoom" class="pfg-control pfg-hide" x="${geometry/* XPAD */.QD}" y="${headings.controlsY}">Reset Zoom</text>`);
    out.push(`<text id="pfg-search" class="pfg-control" x="${width - geometry/* XPAD */.QD}" y="${headings.controlsY}">Search</text>`);
    out.push('<g id="pfg-frames">');
    if (frames.lines !== '')
        out.push(frames.lines);
    out.push('</g>');
    if (layout.total <= 0) {
        out.push(`<text id="pfg-empty" x="${(0,geometry/* formatCoord */.fi)(width / 2)}" y="${(0,geometry/* formatCoord */.fi)(layout.plotTop + fontSize)}" text-anchor="middle">No ${(0,xml_escape/* escapeXml */.X)(options.countName)} in this profile.</text>`);
    }
    const detailsY = layout.plotBottom + fontSize + 8;
    out.push(`<text id="pfg-details" x="${geometry/* XPAD */.QD}" y="${detailsY}"> </text>`);
    out.push(`<text id="pfg-matched" x="${width - geometry/* XPAD */.QD}" y="${detailsY}"> </text>`);
    out.push(...(0,legend/* writeLegend */.B6)(style.legend, options, detailsY + 6));
    // The data is JSON made safe by serializeScriptJson (no `<`, `>`, `&`): no CDATA needed.
    out.push(`<script type="application/json" id="pfg-data">${frames.dataJson}</script>`);
    const config = {
        total: layout.total,
        countName: options.countName,
        xpad: geometry/* XPAD */.QD,
        plotWidth: width - 2 * geometry/* XPAD */.QD,
        fontSize,
        fontWidth: geometry/* FONT_WIDTH */.f4,
        textOffset,
        inverted: options.inverted,
    };
    out.push('<script type="text/ecmascript"><![CDATA[');
    out.push(buildFlameGraphScript((0,xml_escape/* serializeScriptJson */.E3)(config)));
    out.push(']]></script>');
    out.push('</svg>');
    return `${out.join('\n')}\n`;
}
/** Frame lines joined into one string at a time (see writeFrames). */
const LINES_PER_BLOCK = 256;
/** Characters that make a cut label need escaping: markup, quotes, surrogates (a cut may split a pair). */
const NEEDS_ESCAPE = /[&<>"'\uD800-\uDFFF]/;
/** Writes the frames and their data in one pass: each distinct name and fill is prepared once. */
function writeFrames(layout, options) {
    const { style, fontSize, textOffset, frameHeight } = options;
    const { frames } = layout;
    const entries = new Map();
    const names = [];
    const fillClasses = new Map();
    const fills = [];
    // Rows repeat across frames: each depth's rect and label y is formatted once.
    const rectRows = [];
    const textRows = [];
    // Lines are joined a block at a time: a line is a tree of small strings until it is flattened,
    // and a whole graph's worth of those trees outliving the young generation costs more in garbage
    // collection than the writing itself.
    const blocks = [];
    let block = [];
    // Numbers go into the JSON by Array.join, which writes them as formatWeight would (roundWeight).
    const nameColumn = new Array(frames.length);
    const samplesColumn = new Array(frames.length);
    const startColumn = new Array(frames.length);
    const selfColumn = new Array(frames.length);
    const details = style.describeFrame ? new Array(frames.length) : undefined;
    for (let i = 0; i < frames.length; i += 1) {
        const frame = frames[i];
        let entry = entries.get(frame.name);
        if (entry === undefined) {
            const clean = (0,xml_escape/* stripInvalidXmlChars */.Ei)(frame.name);
            const label = labelFrame(clean);
            entry = { index: names.length, label, escapedLabel: (0,xml_escape/* escapeXml */.X)(label), plainLabel: !NEEDS_ESCAPE.test(label), fill: '', fillClass: '' };
            entries.set(frame.name, entry);
            names.push(clean);
        }
        const fill = style.fillFrame(frame);
        if (fill !== entry.fill) {
            let fillClass = fillClasses.get(fill);
            if (fillClass === undefined) {
                fillClass = `c${fills.length}`;
                fillClasses.set(fill, fillClass);
                fills.push(fill);
            }
            entry.fill = fill;
            entry.fillClass = fillClass;
        }
        const depth = frame.depth;
        let row = rectRows[depth];
        if (row === undefined) {
            row = (0,geometry/* formatCoord */.fi)(frame.y);
            rectRows[depth] = row;
            textRows[depth] = (0,geometry/* formatCoord */.fi)(frame.y + textOffset);
        }
        const label = (0,flamegraph_layout/* fitLabel */.qv)(entry.label, frame.width, fontSize);
        const text = label === '' ? '' : `<text x="${(0,geometry/* formatCoord */.fi)(frame.x + 3)}" y="${textRows[depth]}">${label === entry.label ? entry.escapedLabel : entry.plainLabel ? label : (0,xml_escape/* escapeXml */.X)(label)}</text>`;
        block.push(`<g class="${entry.fillClass}"><rect x="${(0,geometry/* formatCoord */.fi)(frame.x)}" y="${row}" width="${(0,geometry/* formatCoord */.fi)(frame.width)}" height="${frameHeight}"/>${text}</g>`);
        if (block.length === LINES_PER_BLOCK) {
            blocks.push(block.join('\n'));
            block = [];
        }
        nameColumn[i] = entry.index;
        samplesColumn[i] = (0,folded/* roundWeight */.H2)(frame.samples);
        startColumn[i] = (0,folded/* roundWeight */.H2)(frame.start);
        selfColumn[i] = (0,folded/* roundWeight */.H2)(frame.self);
        if (details)
            details[i] = style.describeFrame(frame);
    }
    const columns = [
        `"names":${(0,xml_escape/* serializeScriptJson */.E3)(names)}`,
        `"name":[${nameColumn.join(',')}]`,
        `"samples":[${samplesColumn.join(',')}]`,
        `"start":[${startColumn.join(',')}]`,
        `"self":[${selfColumn.join(',')}]`,
    ];
    if (details)
        columns.push(`"details":${(0,xml_escape/* serializeScriptJson */.E3)(details)}`);
    if (block.length > 0)
        blocks.push(block.join('\n'));
    return { lines: blocks.join('\n'), fills, dataJson: `{${columns.join(',')}}` };
}


/***/ }),

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

/***/ 42980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ serializeScriptJson),
/* harmony export */   Ei: () => (/* binding */ stripInvalidXmlChars),
/* harmony export */   X: () => (/* binding */ escapeXml)
/* harmony export */ });
/**
 * XML escaping for the rendered SVGs.
 *
 * Frame names come straight from symbol tables and Python qualnames (`<module>`, `<lambda>`,
 * `<listcomp>`, C++ templates with `&` and quotes, arbitrary unicode), so every name that reaches
 * an attribute, a text node or the embedded script goes through one of these functions.
 */
/**
 * Characters that XML 1.0 forbids anywhere in a document: C0 controls other than tab, newline and
 * carriage return, lone UTF-16 surrogates, and U+FFFE/U+FFFF. (The `u` flag makes the class match
 * whole code points, so valid surrogate pairs are kept and only unpaired halves match.)
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
};
/** Removes characters that are illegal in XML 1.0 (they cannot be escaped, only dropped). */
function stripInvalidXmlChars(text) {
    return text.replace(INVALID_XML_CHARS, '');
}
/**
 * Escapes text for use in XML character data or a quoted attribute value (both quote kinds are
 * escaped, so either attribute quoting works), after stripping characters illegal in XML 1.0.
 */
function escapeXml(text) {
    return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}
/**
 * Serialises a value as JSON that is safe inside an SVG `<script>` CDATA section: `<`, `>` and `&`
 * become `\u` escapes (so `]]>` and `</script>` can never appear), U+2028/U+2029 are escaped for
 * older JavaScript parsers, and characters illegal in XML 1.0 are stripped from strings first.
 */
function serializeScriptJson(value) {
    const json = JSON.stringify(value, (_key, item) => (typeof item === 'string' ? stripInvalidXmlChars(item) : item));
    return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
