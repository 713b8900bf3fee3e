export const id = 314;
export const ids = [314];
export const modules = {

/***/ 74314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDiffFlameGraph: () => (/* binding */ renderDiffFlameGraph)
/* harmony export */ });
/* unused harmony exports DEFAULT_DIFF_FLAME_GRAPH_OPTIONS, compareFrameShares, listFramePaths, compareFrameOwnTimes, pickDiffColor */
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28885);
/* harmony import */ var _hotspots_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63279);
/* harmony import */ var _python_frame_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86592);
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68441);
/* harmony import */ var _flow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15725);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79267);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14995);
/* harmony import */ var _svg_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18555);
/**
 * Differential flame graph: one profile's shape, coloured by how each frame's own time changed
 * between a baseline run and the current run, saturated only where the gate found the change
 * significant.
 *
 * A frame is a node of the call tree (the whole path from the root). Its own time is what the gate
 * calls a function's own time, at that call path: the samples whose leaf is the frame (self), and
 * for a Python function also those whose innermost Python frame it is (the interpreter and native
 * code it calls directly). Each side's own time is divided by that side's total, so runs with
 * different sample counts compare fairly, and the colour follows the ratio, current ÷ baseline:
 * red when it grew, blue when it shrank, white when unchanged (or when the frame has no own time,
 * as callers whose time is all in their callees). Full colour is kept for frames of functions the
 * gate judged regressed (red) or improved (blue), at the call paths where the own time moved that
 * way; every other change is a pale tint, strongest at a ratio of `strongestAt` (or its inverse).
 * So a slower leaf is red and the callers above it stay white, and a run that passed shows no
 * saturated frame.
 *
 * Difference from flamegraph.pl's `difffolded.pl` + `flamegraph.pl`: those colour a frame by the
 * change of its self count in raw samples (normalised only with `-n`), scaled to the largest
 * change in the graph; here the own time includes a Python function's direct callees (the gate's
 * own time), shares are always normalised, intensity is a log ratio, and saturation means the
 * gate's verdict rather than the largest change.
 *
 * A frame that vanished from the current run has no place in the current run's shape, so the
 * reverse graph exists: `shape: 'baseline'` draws the baseline's shape with the same colouring
 * (red still means "grew in the current run"). Call the function twice to get both panels.
 */








/** Defaults for the diff graph; `colors` is ignored (colour encodes the change). */
const DEFAULT_DIFF_FLAME_GRAPH_OPTIONS = Object.freeze({
    ..._options_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_FLAME_GRAPH_OPTIONS */ .En,
    title: 'Differential Flame Graph',
    shape: 'current',
    strongestAt: 2,
    significant: undefined,
});
/** Fully saturated colours (significant changes only); other changes are mixed with white. */
const GREW = [215, 25, 28];
const SHRANK = [33, 102, 205];
/** The strongest tint of a change the gate did not find significant (fraction of the way to full colour). */
const PALE_LIMIT = 0.35;
/** |log ratio| ÷ log(strongestAt) below this counts as no change (white). */
const NEUTRAL_BAND = 0.02;
/** First index in `[from, to)` whose key is not below `target` (byte order). */
function findLowerBound(keys, target, from, to) {
    let low = from;
    let high = to;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (keys[middle] < target)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * Before/after shares for every flowed frame of the `shape` profile (`shaped`), matched by call
 * path in the other profile (index-aligned with `shaped.frames`; `paths` are listFramePaths of them).
 */
function compareFrameShares(shaped, other, shape, paths = listFramePaths(shaped.frames)) {
    const { frames, total: shapeTotal } = shaped;
    // The other profile's weight under a call path P: the stack equal to P plus the stacks that
    // start with `P;`, which sit together in byte order (`P;` up to `P<`, `<` following `;`). A
    // frame's block lies inside its parent's, so each search only looks there.
    // Stacks with a positive weight in byte order, to find call paths by binary search.
    const sorted = (0,_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .sortStacks */ .sb)(other);
    const { keys, weights } = sorted;
    const blockStart = new Int32Array(frames.length);
    const blockEnd = new Int32Array(frames.length);
    const changes = [];
    for (let index = 0; index < frames.length; index += 1) {
        const frame = frames[index];
        let otherSamples = 0;
        if (frame.parent < 0) {
            blockEnd[index] = keys.length;
            otherSamples = sorted.total;
        }
        else {
            const path = paths[index];
            const from = blockStart[frame.parent];
            const to = blockEnd[frame.parent];
            const start = findLowerBound(keys, `${path};`, from, to);
            const end = findLowerBound(keys, `${path}<`, start, to);
            blockStart[index] = start;
            blockEnd[index] = end;
            // The empty stack is no frame at all (only part of the root).
            const exact = findLowerBound(keys, path, from, start);
            if (path !== '' && exact < start && keys[exact] === path)
                otherSamples += weights[exact];
            for (let k = start; k < end; k += 1)
                otherSamples += weights[k];
        }
        const shapeSamples = frame.samples;
        const shapePercent = shapeTotal > 0 ? (100 * shapeSamples) / shapeTotal : 0;
        const otherPercent = sorted.total > 0 ? (100 * otherSamples) / sorted.total : 0;
        const [beforePercent, afterPercent, beforeSamples, afterSamples] = shape === 'current'
            ? [otherPercent, shapePercent, otherSamples, shapeSamples]
            : [shapePercent, otherPercent, shapeSamples, otherSamples];
        changes.push({ beforePercent, afterPercent, beforeSamples, afterSamples });
    }
    return changes;
}
/** Call path of every frame (names from the root joined by `;`, as in the stacks; '' for the root). */
function listFramePaths(frames) {
    const paths = [];
    for (const frame of frames) {
        if (frame.parent < 0)
            paths.push('');
        else
            paths.push(frames[frame.parent].parent < 0 ? frame.name : `${paths[frame.parent]};${frame.name}`);
    }
    return paths;
}
function indexOwnWeights(stacks) {
    const innermostPython = new Map();
    let total = 0;
    for (const [stack, weight] of stacks) {
        if (!(weight > 0))
            continue; // as flowColumns: zero-weight stacks are not drawn
        total += weight;
        const inner = stack.lastIndexOf(`;${_python_frame_names_js__WEBPACK_IMPORTED_MODULE_6__/* .PYTHON_FRAME_PREFIX */ .w}`);
        const start = inner >= 0 ? inner + 1 : stack.startsWith(_python_frame_names_js__WEBPACK_IMPORTED_MODULE_6__/* .PYTHON_FRAME_PREFIX */ .w) ? 0 : -1;
        if (start < 0)
            continue;
        const end = stack.indexOf(';', start);
        const path = end < 0 ? stack : stack.slice(0, end);
        innermostPython.set(path, (innermostPython.get(path) ?? 0) + weight);
    }
    return { leaf: stacks, innermostPython, total };
}
function readOwnWeight(weights, path, name) {
    if (path === '')
        return 0; // the root is no function
    const weight = (0,_hotspots_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyFunction */ .xb)(name) === 'python' ? weights.innermostPython.get(path) : weights.leaf.get(path);
    return weight !== undefined && weight > 0 ? weight : 0;
}
/** Own-time shares of every frame of the `shape` profile (`paths`: listFramePaths of `frames`) and of the same call path in the other one. */
function compareFrameOwnTimes(frames, paths, profiles, shape) {
    const shaped = indexOwnWeights(profiles.shaped);
    const other = indexOwnWeights(profiles.other);
    return frames.map((frame, index) => {
        const path = paths[index];
        const shapedShare = shaped.total > 0 ? readOwnWeight(shaped, path, frame.name) / shaped.total : 0;
        const otherShare = other.total > 0 ? readOwnWeight(other, path, frame.name) / other.total : 0;
        return shape === 'current' ? { beforeShare: otherShare, afterShare: shapedShare } : { beforeShare: shapedShare, afterShare: otherShare };
    });
}
/**
 * Fill for an own-time change: red = grew, blue = shrank, white = unchanged or no own time. Full
 * colour only when `significant` (the gate's verdict, in this direction); otherwise a pale tint
 * growing with |log ratio| up to `strongestAt`. A frame new or gone on one side gets the strongest
 * tint its category allows.
 */
function pickDiffColor(change, options) {
    const { beforeShare, afterShare } = change;
    if (beforeShare === afterShare)
        return (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRgb */ .V)(255, 255, 255);
    const magnitude = beforeShare > 0 && afterShare > 0 ? Math.min(1, Math.abs(Math.log(afterShare / beforeShare)) / Math.log(options.strongestAt)) : 1;
    if (!options.significant && magnitude < NEUTRAL_BAND)
        return (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRgb */ .V)(255, 255, 255);
    const strength = options.significant ? 1 : PALE_LIMIT * magnitude;
    const target = afterShare > beforeShare ? GREW : SHRANK;
    return (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRgb */ .V)(255 + (target[0] - 255) * strength, 255 + (target[1] - 255) * strength, 255 + (target[2] - 255) * strength);
}
/** True when the gate judged the frame's function changed in the direction its own time moved here. */
function isSignificantHere(change, verdict) {
    if (verdict === undefined)
        return false;
    return verdict.direction === 'regressed' ? change.afterShare > change.beforeShare : change.afterShare < change.beforeShare;
}
/** Renders the differential flame graph (see the module comment for how to read it). */
function renderDiffFlameGraph(baseline, current, options = {}) {
    const { shape: shapeOption, strongestAt: strongestOption, significant, ...graphOptions } = options;
    const shape = shapeOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.shape;
    const strongestAt = strongestOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.strongestAt;
    if (shape !== 'current' && shape !== 'baseline')
        throw new Error(`Diff flame graph shape must be 'current' or 'baseline', got '${String(shape)}'.`);
    if (!Number.isFinite(strongestAt) || strongestAt <= 1)
        throw new Error(`strongestAt must be an own-time ratio above 1 (e.g. 2 = doubled or halved), got ${String(strongestAt)}.`);
    const resolved = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveFlameGraphOptions */ .Qn)({ ...graphOptions, title: graphOptions.title ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.title });
    const shaped = shape === 'current' ? current : baseline;
    const other = shape === 'current' ? baseline : current;
    // Only frames the image keeps are flowed (and compared); `flowIndex` indexes the changes.
    const flowed = (0,_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .flowColumns */ .wD)(shaped, (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .deriveFlowOptions */ .oz)(resolved));
    const frames = (0,_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .listFlowFrames */ .DA)(flowed);
    const otherFlowTotal = (0,_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .sortStacks */ .sb)(other).total; // the total flowColumns would report for it
    const paths = listFramePaths(frames);
    const shares = compareFrameShares({ frames, total: flowed.total }, other, shape, paths);
    const own = compareFrameOwnTimes(frames, paths, { shaped, other }, shape);
    const verdicts = new Map((significant ?? []).map((change) => [change.name, change]));
    const [currentTotal, baselineTotal] = shape === 'current' ? [flowed.total, otherFlowTotal] : [otherFlowTotal, flowed.total];
    const countName = resolved.countName;
    const strongest = (0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(strongestAt);
    const lines = [
        shape === 'current'
            ? `Shape and widths: current run (${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(currentTotal)} ${countName}); baseline ${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(baselineTotal)} ${countName}.`
            : `Reverse graph. Shape and widths: baseline run (${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(baselineTotal)} ${countName}); current ${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(currentTotal)} ${countName}.`,
        "Colour: change of each frame's own time (self; for Python also its direct native callees) as a share of its run. Red: grew. Blue: shrank. White: unchanged.",
        significant === undefined
            ? `No gate result given, so no frame is saturated: every tint is pale (strongest at ×${strongest} or ÷${strongest}).`
            : `Saturated: a function the gate found regressed (red) or improved (blue). Pale: a change it did not find significant (strongest at ×${strongest} or ÷${strongest}).`,
        shape === 'current'
            ? 'Frames that vanished from the current run are not drawn here: see the reverse graph (baseline shape).'
            : 'Frames that vanished from the current run are drawn here ("own … → 0.00%"); new frames appear only in the current-shape graph.',
    ];
    const swatches = [
        { color: pickDiffColor({ beforeShare: 1, afterShare: 2 }, { significant: true, strongestAt }), label: 'regressed (gate)' },
        { color: pickDiffColor({ beforeShare: 1, afterShare: strongestAt }, { significant: false, strongestAt }), label: 'grew, not significant' },
        { color: pickDiffColor({ beforeShare: 1, afterShare: 1 }, { significant: false, strongestAt }), label: 'unchanged' },
        { color: pickDiffColor({ beforeShare: strongestAt, afterShare: 1 }, { significant: false, strongestAt }), label: 'shrank, not significant' },
        { color: pickDiffColor({ beforeShare: 2, afterShare: 1 }, { significant: true, strongestAt }), label: 'improved (gate)' },
    ];
    return (0,_svg_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFlowedFlameGraph */ .H)(flowed, resolved, {
        legend: { lines, swatches },
        fillFrame: (frame) => {
            const change = own[frame.flowIndex];
            return pickDiffColor(change, { significant: isSignificantHere(change, verdicts.get(frame.name)), strongestAt });
        },
        describeFrame: (frame) => {
            const share = shares[frame.flowIndex];
            const change = own[frame.flowIndex];
            const verdict = verdicts.get(frame.name);
            return (`(own ${formatPercent(change.beforeShare)} → ${formatPercent(change.afterShare)}${formatRatio(change)}; ` +
                `inclusive ${share.beforePercent.toFixed(2)}% → ${share.afterPercent.toFixed(2)}%; baseline ${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(share.beforeSamples)} ${countName}, ` +
                `current ${(0,_folded_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeight */ .ck)(share.afterSamples)} ${countName}${verdict ? `; gate: ${verdict.direction}, ${verdict.summary}` : ''})`);
        },
    }).svg;
}
function formatPercent(share) {
    return `${(100 * share).toFixed(2)}%`;
}
/** ", ×1.50" (current ÷ baseline own share), ", new", ", gone", or nothing without own time on either side. */
function formatRatio(change) {
    const { beforeShare, afterShare } = change;
    if (beforeShare === 0)
        return afterShare === 0 ? '' : ', new';
    if (afterShare === 0)
        return ', gone';
    return `, ×${(afterShare / beforeShare).toFixed(2)}`;
}


/***/ }),

/***/ 63279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ rankBySelf),
/* harmony export */   Wz: () => (/* binding */ computeFunctionTable),
/* harmony export */   vM: () => (/* binding */ selectOwnWeight),
/* harmony export */   xb: () => (/* binding */ classifyFunction)
/* harmony export */ });
/* unused harmony export rankFunctions */
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28885);
/* harmony import */ var _fold_python_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71467);
/* harmony import */ var _python_frame_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86592);
/**
 * Per-function weights of a profile in the Python-aware view: self, inclusive and (for Python
 * functions) own-Python time, plus ranking helpers.
 *
 * Frame families: `py::<qualname>:<file>` is a Python function, a name ending in `_[k]` is kernel
 * code, anything else is native. `[truncated]` is the synthetic root of a stack that did not reach
 * the process root; it is not a function, so it gets no row, but its samples count in `total`.
 */



/** The family of the function a folded frame name stands for (see the top of this file). */
function classifyFunction(name) {
    if ((0,_python_frame_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isPythonFrameSymbol */ .Ep)(name))
        return 'python';
    if (name.endsWith('_[k]'))
        return 'kernel';
    return 'native';
}
/**
 * The weight that a function causes by itself: `ownPython` for Python functions (a Python function
 * is responsible for the native code it calls directly, e.g. `zlib.compress`), `self` otherwise.
 */
function selectOwnWeight(fn) {
    return fn.ownPython ?? fn.self;
}
/** Builds the function table of a profile in one pass over its stacks. */
function computeFunctionTable(stacks) {
    const functions = new Map();
    let total = 0;
    let truncated = 0;
    let stackIndex = 0;
    for (const [stack, weight] of stacks) {
        stackIndex += 1;
        total += weight;
        if (weight === 0)
            continue;
        const frames = stack.split(';');
        if (frames[0] === _fold_python_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUNCATED_FRAME */ .z)
            truncated += weight;
        let innermostPython;
        let leaf;
        for (const name of frames) {
            if (name === '' || name === _fold_python_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUNCATED_FRAME */ .z)
                continue;
            let entry = functions.get(name);
            if (entry === undefined) {
                const kind = classifyFunction(name);
                entry = { name, kind, self: 0, inclusive: 0, ownPython: kind === 'python' ? 0 : null, lastStack: 0 };
                functions.set(name, entry);
            }
            if (entry.lastStack !== stackIndex) {
                entry.lastStack = stackIndex;
                entry.inclusive += weight;
            }
            if (entry.kind === 'python')
                innermostPython = entry;
            leaf = entry;
        }
        if (leaf !== undefined)
            leaf.self += weight;
        if (innermostPython !== undefined)
            innermostPython.ownPython = (innermostPython.ownPython ?? 0) + weight;
    }
    const result = new Map();
    for (const name of [...functions.keys()].sort(_folded_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)) {
        const { lastStack: _ignored, ...weights } = functions.get(name);
        result.set(name, weights);
    }
    return { total, truncated, functions: result };
}
/**
 * Functions ordered by the chosen share, largest first; ties broken by inclusive weight, then by
 * name in byte order, so the order is deterministic.
 */
function rankFunctions(table, options) {
    const key = (fn) => options.by === 'self' ? fn.self : options.by === 'inclusive' ? fn.inclusive : selectOwnWeight(fn);
    const minWeight = (options.minShare ?? 0) * table.total;
    const candidates = [...table.functions.values()].filter((fn) => key(fn) > 0 && key(fn) >= minWeight);
    candidates.sort((a, b) => key(b) - key(a) || b.inclusive - a.inclusive || (0,_folded_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(a.name, b.name));
    const limited = options.top === undefined ? candidates : candidates.slice(0, Math.max(0, options.top));
    return limited.map((fn) => toRanked(fn, table.total));
}
/** The top `top` functions by self share. */
function rankBySelf(table, top) {
    return rankFunctions(table, { by: 'self', top });
}
function toRanked(fn, total) {
    const share = (weight) => (total > 0 ? weight / total : 0);
    return {
        ...fn,
        selfShare: share(fn.self),
        inclusiveShare: share(fn.inclusive),
        ownPythonShare: fn.ownPython === null ? null : share(fn.ownPython),
    };
}


/***/ })

};
