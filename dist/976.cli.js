export const id = 976;
export const ids = [976];
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

/***/ 36976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProfilePipeline: () => (/* binding */ runProfilePipeline)
});

// EXTERNAL MODULE: ./src/core/hotspots.ts
var hotspots = __webpack_require__(63279);
;// CONCATENATED MODULE: ./src/core/report.ts

/** Functions listed under `hotspots`, by self share. */
const hotspotCount = 20;
function buildReport(input) {
    const table = (0,hotspots/* computeFunctionTable */.Wz)(input.headline);
    const share = (weight) => (table.total > 0 ? weight / table.total : 0);
    const report = {
        schemaVersion: 1,
        verdict: input.verdict,
        inconclusiveReasons: input.inconclusiveReasons,
        event: input.readiness.event,
        frequency: input.measurement.frequency,
        machine: input.measurement.machine,
        view: input.measurement.view,
        target: input.measurement.target,
        runs: input.runs,
        quality: input.quality,
        hotspots: (0,hotspots/* rankBySelf */.Uv)(table, hotspotCount).map((fn) => ({ name: fn.name, selfShare: share(fn.self), inclusiveShare: share(fn.inclusive) })),
        problems: input.readiness.problems,
        files: input.files,
    };
    const python = input.readiness.python;
    if (python)
        report.python = { version: python.version, executable: python.executable, implementation: python.implementation };
    if (input.readiness.mode)
        report.mode = input.readiness.mode;
    if (input.comparison)
        report.comparison = input.comparison;
    if (input.baseline) {
        const { meta } = input.baseline;
        report.baseline = { source: input.baseline.source, runs: input.baseline.runs };
        if (meta.pythonVersion)
            report.baseline.pythonVersion = meta.pythonVersion;
        if (meta.mode)
            report.baseline.mode = meta.mode;
        if (meta.event)
            report.baseline.event = meta.event;
    }
    return report;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __webpack_require__(28885);
// EXTERNAL MODULE: ./src/core/output-layout.ts
var output_layout = __webpack_require__(96633);
;// CONCATENATED MODULE: ./src/shell/output-dir.ts
/**
 * The output directory: the one place that writes the pipeline's files. Its layout
 * (core/output-layout.ts) is also the artifact's and what `baseline:` reads back. Each stage's
 * files are written as soon as the stage ends, so a later failure loses nothing already produced.
 */





function createOutputDirectory(options) {
    const out = options.directory;
    if ((0,external_node_fs_.existsSync)(out) && !(0,external_node_fs_.statSync)(out).isDirectory()) {
        throw new errors/* UserError */.y(`Invalid value '${out}' for ${options.describe}. Expected a directory (or a path to create one), but it is a file. Choose another output directory or remove the file.`);
    }
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.runsDirectory), { recursive: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.logsDirectory), { recursive: true });
    }
    catch (error) {
        throw new errors/* UserError */.y(`Invalid value '${out}' for ${options.describe}. The directory cannot be created (${error.code ?? error.message}). Choose a writable path.`);
    }
    const files = {
        directory: out,
        folded: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.folded),
        runs: [],
        flamegraph: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.flamegraph),
        speedscope: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.speedscope),
        pprof: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.pprof),
        report: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.report),
        readiness: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.readiness),
        logs: [],
        perfData: [],
    };
    const write = (path, text) => {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    };
    return {
        files,
        perfDataDirectory: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.perfDataDirectory),
        logPath(name, logOptions = { listed: false }) {
            const path = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.logsDirectory, `${name}.log`);
            if (logOptions.listed)
                files.logs.push(path);
            return path;
        },
        addPerfData: (path) => files.perfData.push(path),
        writeReadiness: (readiness) => write(files.readiness, `${JSON.stringify(readiness, null, 2)}\n`),
        writeRun({ side, index, stacks }) {
            const path = (0,external_node_path_.join)(out, side === 'base' ? `${output_layout/* outputLayout */.UW.baselineRunsDirectory}/run-${index}.folded` : (0,output_layout/* runFoldedName */.XC)(index));
            write(path, (0,folded/* formatFoldedText */.fK)(stacks));
            if (side === 'head')
                files.runs.push(path);
        },
        writeProfile(profile) {
            write(files.folded, (0,folded/* formatFoldedText */.fK)(profile.headline));
            write(files.flamegraph, profile.flamegraph);
            write(files.speedscope, profile.speedscope);
            write(files.pprof, profile.pprof);
        },
        writeComparison(comparison) {
            files.baselineFolded = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.baselineFolded);
            write(files.baselineFolded, (0,folded/* formatFoldedText */.fK)(comparison.baseline));
            files.diff = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.diff);
            write(files.diff, comparison.diff);
            files.diffBaselineShape = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.diffBaselineShape);
            write(files.diffBaselineShape, comparison.diffBaselineShape);
        },
        writeReport: (report) => write(files.report, `${JSON.stringify(report, null, 2)}\n`),
        listRelative() {
            const rel = (path) => (0,external_node_path_.relative)(out, path);
            const listed = {
                folded: rel(files.folded),
                runs: files.runs.map(rel),
                flamegraph: rel(files.flamegraph),
                speedscope: rel(files.speedscope),
                pprof: rel(files.pprof),
                readiness: rel(files.readiness),
                logs: files.logs.map(rel),
            };
            if (files.diff)
                listed.diff = rel(files.diff);
            if (files.diffBaselineShape)
                listed.diffBaselineShape = rel(files.diffBaselineShape);
            if (files.baselineFolded)
                listed.baselineFolded = rel(files.baselineFolded);
            if (files.perfData.length > 0)
                listed.perfData = files.perfData.map(rel);
            return listed;
        },
    };
}

// EXTERNAL MODULE: ./src/stages/check.ts + 6 modules
var check = __webpack_require__(99430);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/compare/index.ts + 12 modules
var compare = __webpack_require__(57720);
// EXTERNAL MODULE: ./src/core/flamegraph/diff.ts
var flamegraph_diff = __webpack_require__(74314);
;// CONCATENATED MODULE: ./src/core/run-quality.ts
/** Below these the comparison is inconclusive, never a pass. */
const qualityThresholds = {
    minRootedShare: 0.5,
    minPythonShare: 0.5,
    minSamplesPerRun: 100,
};
const share = (part, whole) => (whole > 0 ? part / whole : 0);
function summarizeQuality(quality, lostChunks) {
    return {
        samples: quality.samples,
        rootedShare: share(quality.rootedSamples, quality.samples),
        truncatedShare: share(quality.truncatedSamples, quality.samples),
        pythonShare: share(quality.pythonSamples, quality.samples),
        rootedWithoutPythonShare: share(quality.rootedSamplesWithoutPython, quality.samples),
        truncatedWithoutPythonShare: share(quality.truncatedSamplesWithoutPython, quality.samples),
        interpreterShare: share(quality.interpreterSamples, quality.samples),
        unknownFrameShare: share(quality.unknownFrames, quality.totalFrames),
        deepestPythonChain: quality.deepestPythonChain,
        lostChunks,
        processes: quality.perProcess.map(summarizeProcessQuality),
    };
}
function summarizeProcessQuality(process) {
    const summary = {
        pid: process.pid,
        comm: process.comm,
        samples: process.samples,
        pythonShare: share(process.pythonSamples, process.samples),
        rootedShare: share(process.rootedSamples, process.samples),
        truncatedShare: share(process.truncatedSamples, process.samples),
        rootedWithoutPythonShare: share(process.rootedSamplesWithoutPython, process.samples),
        truncatedWithoutPythonShare: share(process.truncatedSamplesWithoutPython, process.samples),
        interpreterShare: share(process.interpreterSamples, process.samples),
    };
    if (process.ppid !== undefined)
        summary.ppid = process.ppid;
    return summary;
}
/** Sample-weighted mean of run qualities (deepest chain: the maximum; processes: all, in run order). */
function combineQuality(runs) {
    const samples = runs.reduce((sum, run) => sum + run.samples, 0);
    const weighted = (pick) => samples > 0 ? runs.reduce((sum, run) => sum + pick(run) * run.samples, 0) / samples : 0;
    return {
        samples,
        rootedShare: weighted((run) => run.rootedShare),
        truncatedShare: weighted((run) => run.truncatedShare),
        pythonShare: weighted((run) => run.pythonShare),
        rootedWithoutPythonShare: weighted((run) => run.rootedWithoutPythonShare),
        truncatedWithoutPythonShare: weighted((run) => run.truncatedWithoutPythonShare),
        interpreterShare: weighted((run) => run.interpreterShare),
        unknownFrameShare: weighted((run) => run.unknownFrameShare),
        deepestPythonChain: Math.max(0, ...runs.map((run) => run.deepestPythonChain)),
        lostChunks: runs.reduce((sum, run) => sum + run.lostChunks, 0),
        processes: runs.flatMap((run) => run.processes),
    };
}
/**
 * The processes whose samples carry a Python frame less often than
 * `qualityThresholds.minPythonShare` (also those with none at all), with their likely cause
 * (`MissingPythonCause`), biggest first. `runs` are the runs of one side, in order.
 */
function findProcessesWithoutPython(runs) {
    const found = [];
    runs.forEach((run, index) => {
        for (const process of run.processes) {
            if (process.samples === 0 || process.pythonShare >= qualityThresholds.minPythonShare)
                continue;
            const cause = missingPythonCause(process);
            const entry = {
                run: index + 1,
                pid: process.pid,
                comm: process.comm,
                samples: process.samples,
                shareOfRun: share(process.samples, run.samples),
                pythonShare: process.pythonShare,
                rootedShare: process.rootedShare,
                cause,
                explanation: explainMissingPython(process, cause),
            };
            if (process.ppid !== undefined)
                entry.ppid = process.ppid;
            if (process.argv)
                entry.argv = process.argv;
            found.push(entry);
        }
    });
    return found.sort((a, b) => b.samples - a.samples || a.run - b.run || a.pid - b.pid);
}
/** The likely cause for a process's samples without Python frames (see `MissingPythonCause`). */
function missingPythonCause(process) {
    if (process.truncatedWithoutPythonShare > process.rootedWithoutPythonShare)
        return 'stack-cut';
    return process.interpreterShare > 0 ? 'python-without-perf-support' : 'not-python';
}
function explainMissingPython(process, cause) {
    const who = `${process.comm || 'process'} (pid ${process.pid})`;
    const python = `${percent(process.pythonShare)} of its ${process.samples} samples carry a Python frame`;
    switch (cause) {
        case 'stack-cut':
            return (`${who}: ${python}; ${percent(process.truncatedWithoutPythonShare)} stop before the process root without reaching one, ` +
                'so perf could not unwind them (in perf-jit mode typically a child started with exec, whose unwinding stops at the first JIT frame).');
        case 'python-without-perf-support':
            return (`${who}: ${python}, although its stacks reach the process root and run the interpreter: ` +
                'this Python ran without perf support — the harness probably started it with a cleaned environment, so PYTHON_PERF_JIT_SUPPORT / PYTHONPERFSUPPORT ' +
                'never reached it (let the variables through, e.g. pyperf --inherit-environ), or it ended before it ran any Python code.');
        case 'not-python':
            return `${who}: ${python}; its stacks reach the process root and never enter the Python interpreter: the process ran no Python (a shell or another tool the benchmark started).`;
    }
}
const percent = (value) => `${(value * 100).toFixed(1)}%`;
/** Reasons the profile itself is too poor to gate on; empty when it is fine. */
function findQualityProblems(quality, runs, options = { requireRooted: true }) {
    const reasons = [];
    // dwarf mode (3.12 without frame pointers) keeps only the innermost Python frame: stacks never
    // reach the root there, yet own times are exact — so rooting is not required in that mode.
    if (options.requireRooted && quality.rootedShare < qualityThresholds.minRootedShare) {
        const deep = Math.max(0, quality.truncatedShare - quality.truncatedWithoutPythonShare);
        reasons.push(`only ${percent(quality.rootedShare)} of samples reach the process root (stacks truncated: ${percent(deep)} deeper than perf could unwind, ` +
            `${percent(quality.truncatedWithoutPythonShare)} cut before their first Python frame; need ≥ ${percent(qualityThresholds.minRootedShare)})`);
    }
    if (quality.pythonShare < qualityThresholds.minPythonShare) {
        reasons.push(`only ${percent(quality.pythonShare)} of samples carry a Python frame (need ≥ ${percent(qualityThresholds.minPythonShare)})${describeCauses(runs)}`);
    }
    const thin = runs.filter((run) => run.samples < qualityThresholds.minSamplesPerRun);
    if (thin.length > 0)
        reasons.push(`${thin.length} run(s) have fewer than ${qualityThresholds.minSamplesPerRun} samples`);
    return reasons;
}
/** `: N process(es) …` naming how many processes lack Python frames for each cause; empty when none do. */
function describeCauses(runs) {
    const byCause = new Map();
    for (const process of findProcessesWithoutPython(runs))
        byCause.set(process.cause, (byCause.get(process.cause) ?? 0) + 1);
    const words = {
        'stack-cut': 'had stacks cut before their first Python frame',
        'python-without-perf-support': 'ran Python without perf support',
        'not-python': 'ran no Python',
    };
    const parts = [...byCause].map(([cause, count]) => `${count} process(es) ${words[cause]}`);
    return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

// EXTERNAL MODULE: ./src/shell/baseline.ts
var shell_baseline = __webpack_require__(76439);
// EXTERNAL MODULE: ./src/core/fold-python.ts + 9 modules
var fold_python = __webpack_require__(71467);
;// CONCATENATED MODULE: ./src/stages/fold.ts
/**
 * fold: `perf script` lines → folded stacks, one folder per run (handed to the record stage as
 * its sink), then the runs summarised: per-run quality, warnings about it, and the current runs
 * merged into the headline profile.
 */




/** The sink for one run: the Python-aware (or mixed) folder, paths relative to the run's tree. */
function createRunFolderFor(options) {
    return (tree) => (0,fold_python.createFolder)({ view: options.view, workingDirectory: tree.workingDirectory, homeDirectory: (0,external_node_os_.homedir)(), perProcess: true });
}
/** CPU seconds a run's samples stand for at `frequency` Hz. */
function estimateCpuSeconds(run, frequency) {
    return run.fold.quality.samples / frequency;
}
/** Share of cut stacks above which the fold stage says how to keep more of them. */
const truncationNoticeShare = 0.05;
function fold(input) {
    const { recording, reporter } = input;
    const runs = recording.current.map((run, i) => ({
        index: i + 1,
        samples: run.fold.quality.samples,
        wallSeconds: run.wallSeconds,
        cpuSeconds: estimateCpuSeconds(run, input.frequency),
        processingSeconds: run.processingSeconds,
        quality: describeProcesses(summarizeQuality(run.fold.quality, run.lostChunks), run),
        pids: run.pids,
    }));
    const quality = combineQuality(runs.map((run) => run.quality));
    for (const process of findProcessesWithoutPython(runs.map((run) => run.quality))) {
        if (process.shareOfRun < 0.05)
            continue;
        const name = process.argv ? process.argv.join(' ') : process.comm;
        reporter.warning(`Run ${process.run}: process ${process.pid} (${name}) has ${(process.shareOfRun * 100).toFixed(1)}% of the run's samples, only ${(process.pythonShare * 100).toFixed(1)}% with a Python frame. ${process.explanation}`);
    }
    if (quality.pythonShare === 0) {
        reporter.warning(input.target.kind === 'run'
            ? `No sample carries a Python frame: the command did not run a perf-enabled Python. Make it call 'python' / '$PYTHON' (the checked interpreter ${input.runner.python.executable}), not a different one.`
            : 'No sample carries a Python frame; the profile shows native code only.');
    }
    // Interpreter start-up alone (nested imports, glibc without frame pointers) cuts ~2% of a short fp
    // run's stacks; advise only above that. Two different causes: a stack cut after Python frames is
    // deeper than perf could unwind; one cut before any Python frame lost its unwinding in native code.
    const deepShare = quality.truncatedShare - quality.truncatedWithoutPythonShare;
    if (deepShare > truncationNoticeShare) {
        reporter.notice(`${(deepShare * 100).toFixed(1)}% of samples have stacks deeper than perf could unwind; they are shown under [truncated] (deepest Python chain kept: ${quality.deepestPythonChain}). ${adviseOnTruncation(input)}`);
    }
    if (quality.truncatedWithoutPythonShare > truncationNoticeShare) {
        reporter.notice(`${(quality.truncatedWithoutPythonShare * 100).toFixed(1)}% of samples lost their stack in native code before reaching any Python frame (shown as [truncated];…): perf could not unwind through a library there. The per-process lines in report.json (quality.processes) show where.`);
    }
    return { runs, quality, headline: (0,folded/* mergeStacks */.W3)(recording.current.map((run) => run.fold.stacks)), processes: nameProcessStacks(recording.current, runs) };
}
/** `run 2 · pid 4242 · python -m pytest -q tests` per process (the whole run when it was not split). */
function nameProcessStacks(current, runs) {
    return current.flatMap((run, index) => {
        const processes = runs[index].quality.processes;
        const split = run.fold.processStacks ?? [];
        if (split.length === 0)
            return [{ name: `run ${index + 1}`, stacks: run.fold.stacks }];
        return split
            .filter((entry) => entry.stacks.size > 0)
            .map((entry) => {
            const process = processes.find((candidate) => candidate.pid === entry.pid);
            const command = process?.argv ? process.argv.join(' ') : (process?.comm ?? '');
            const shown = command.length > 80 ? `${command.slice(0, 79)}…` : command;
            return { name: `run ${index + 1} · pid ${entry.pid}${shown ? ` · ${shown.replace(/\s+/g, ' ')}` : ''}`, stacks: entry.stacks };
        });
    });
}
/** Parent pids and command lines of the processes the child-activation hook saw start. */
function describeProcesses(quality, run) {
    const started = new Map((run.activated ?? []).map((process) => [process.pid, process]));
    for (const process of quality.processes) {
        const seen = started.get(process.pid);
        if (!seen)
            continue;
        process.ppid = seen.ppid;
        process.argv = seen.argv;
    }
    return quality;
}
/** How to keep more of deep stacks, for the mode that cut them. */
function adviseOnTruncation(input) {
    if (input.runner.mode === 'fp') {
        const maxStack = input.runner.readiness.perf.maxStack;
        return `In fp mode the kernel caps call chains at kernel.perf_event_max_stack (${maxStack ?? 'unknown'} frames): set 'allow-sudo: true' to let the check raise it, or run 'sudo sysctl -w kernel.perf_event_max_stack=1024' in an earlier step.`;
    }
    const maximum = 65528;
    if (input.dwarfStackBytes >= maximum)
        return `perf copied ${maximum} bytes of stack per sample, its maximum; deeper stacks cannot be unwound in ${input.runner.mode} mode (a frame-pointer Python in fp mode can).`;
    // Measured with CPython 3.13 perf-jit: 16 KiB keeps ~26 Python frames, about 0.6 KiB each; a
    // pytest run's own frames alone are ~30 deep (32 KiB kept 91% of its samples rooted, 64 KiB all).
    const suggested = Math.min(maximum, input.dwarfStackBytes * 2);
    return `perf copied ${input.dwarfStackBytes} bytes of stack per sample (about 0.6 KiB per Python frame): set 'dwarf-stack-size' to ${suggested} (up to ${maximum}) to keep deeper stacks; perf.data grows in proportion.`;
}

;// CONCATENATED MODULE: ./src/stages/compare.ts
/**
 * compare: find the baseline — the base tree's runs recorded in this job (`baseline-ref`), a
 * stored profile (`baseline: <path>`), or the newest artifact of the base branch
 * (`baseline: artifact`) — judge the current runs against it, and draw the differential flame
 * graphs that show the comparison.
 */










async function compare_compare(input) {
    const { settings, runner, recording, profile, reporter } = input;
    // dwarf mode sees only the innermost Python frame: own times are exact, inclusive times and
    // rooted stacks do not exist there, so it gates own times without asking for rooted stacks.
    const leafOnly = runner.mode === 'dwarf';
    const inconclusiveReasons = findQualityProblems(profile.quality, profile.runs.map((run) => run.quality), { requireRooted: !leafOnly });
    if (leafOnly)
        reporter.notice("dwarf mode (CPython 3.12 without frame pointers) sees only the innermost Python frame: the gate judges own times; inclusive times cannot be measured in this mode.");
    const found = await findBaseline(input);
    if (found.problem) {
        // A gate that could not fetch its baseline must not look like a first run.
        return { verdict: 'inconclusive', inconclusiveReasons: [...inconclusiveReasons, found.problem] };
    }
    const baseline = found.baseline;
    if (!baseline) {
        reporter.notice(settings.baseline
            ? `No baseline found for '${settings.baseline}'; this run becomes a baseline for the next one. Verdict: no-baseline.`
            : "No baseline given: profiled only. Set 'baseline' to gate regressions.");
        return { verdict: 'no-baseline', inconclusiveReasons };
    }
    const currentMeta = {
        pythonVersion: runner.python.version,
        mode: runner.mode,
        event: runner.readiness.event,
        quality: { rootedShare: profile.quality.rootedShare, pythonShare: profile.quality.pythonShare },
        machine: runner.machine,
    };
    const comparison = (0,compare.compareProfiles)({
        baseline: baseline.runs,
        current: recording.current.map((run, index) => ({ stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: profile.runs[index]?.cpuSeconds })),
        currentMeta,
        baselineMeta: baseline.meta,
        options: leafOnly ? { ...settings.compare, minRootedShare: 0 } : settings.compare,
    });
    let verdict = comparison.verdict;
    if (verdict === 'pass' && inconclusiveReasons.length > 0)
        verdict = 'inconclusive';
    if (verdict === 'inconclusive')
        inconclusiveReasons.push(...comparison.reasons);
    const baselineStacks = (0,folded/* mergeStacks */.W3)(baseline.runs.map((run) => run.stacks));
    const { title, subtitle } = input.labels;
    const significant = listSignificantOwnTimes(comparison);
    const diff = {
        current: (0,flamegraph_diff.renderDiffFlameGraph)(baselineStacks, profile.headline, { title: `Differential: ${title}`, subtitle, significant }),
        baselineShape: (0,flamegraph_diff.renderDiffFlameGraph)(baselineStacks, profile.headline, { title: `Differential (baseline shape): ${title}`, subtitle, shape: 'baseline', significant }),
    };
    return { verdict, inconclusiveReasons, comparison, baseline, baselineStacks, diff };
}
/** The functions whose own time the gate judged regressed or improved: the diff graphs saturate only these. */
function listSignificantOwnTimes(comparison) {
    const significant = [];
    for (const fn of comparison.functions) {
        const { outcome } = fn.own;
        if (outcome === 'regressed' || outcome === 'improved')
            significant.push({ name: fn.name, direction: outcome, summary: (0,compare.describeTimeChange)(fn.own) });
    }
    return significant;
}
async function findBaseline(input) {
    const { settings, recording, runner } = input;
    if (recording.baseRef) {
        const { ref, sha } = recording.baseRef;
        return {
            baseline: {
                source: `baseline-ref ${ref} (${sha.slice(0, 12)}), profiled in this job`,
                runs: recording.base.map((run) => ({ stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: estimateCpuSeconds(run, settings.frequency) })),
                meta: { pythonVersion: runner.python.version, mode: runner.mode, event: runner.readiness.event, machine: runner.machine },
            },
        };
    }
    if (!settings.baseline)
        return {};
    if (settings.baseline !== 'artifact') {
        const baseline = await (0,shell_baseline.loadBaselinePath)(settings.baseline, { describe: settings.describe('baseline') });
        return baseline ? { baseline } : {};
    }
    return downloadBaseline(input);
}
/**
 * The newest non-expired artifact of the same name from the PR's base branch (or, on a push, from
 * this branch: the previous run), found through the REST API with a read-only token.
 */
async function downloadBaseline(input) {
    const { settings, reporter } = input;
    const { github } = settings;
    const branch = github.baseRef || github.refName;
    const repository = github.repository;
    if (!branch || !repository) {
        throw new errors/* UserError */.y(`Invalid value 'artifact' for ${settings.describe('baseline')}. It needs the GitHub Actions environment (GITHUB_REPOSITORY and GITHUB_BASE_REF or GITHUB_REF_NAME); outside GitHub pass a path instead.`);
    }
    if (!settings.githubToken) {
        throw new errors/* UserError */.y(`'baseline: artifact' needs ${settings.describe('github-token')} (the default \${{ github.token }} with 'actions: read' is enough).`);
    }
    const name = settings.artifact.name;
    const destination = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'python-perf-gate', `baseline-${process.pid}`);
    (0,external_node_fs_.rmSync)(destination, { recursive: true, force: true });
    // Imported here, not at the top: the artifact and REST clients are most of the bundle, and only this path needs them.
    const { downloadBaselineArtifact, formatBaselineSkips } = await Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(234)]).then(__webpack_require__.bind(__webpack_require__, 42234));
    const outcome = await downloadBaselineArtifact({ name, branch, token: settings.githubToken, repository, destination, apiUrl: github.apiUrl });
    const skipped = formatBaselineSkips(outcome.skipped, {});
    if (skipped && outcome.status !== 'failed')
        reporter.notice(`Baseline artifacts not trusted and skipped: ${skipped}. Only runs of this repository on '${branch}' from push, schedule, workflow_dispatch or merge_group events are baselines.`);
    switch (outcome.status) {
        case 'downloaded': {
            reporter.info(`Baseline: artifact '${name}' #${outcome.artifactId} from run ${outcome.runId} on '${branch}'${outcome.headSha ? ` (${outcome.headSha.slice(0, 12)})` : ''}.`);
            const baseline = await (0,shell_baseline.loadBaselinePath)(outcome.path, {
                describe: settings.describe('baseline'),
                origin: `artifact ${outcome.artifactId} from run ${outcome.runId} on '${branch}'`,
            });
            if (baseline)
                baseline.source = `artifact ${outcome.artifactId} (run ${outcome.runId}, ${branch})`;
            return baseline ? { baseline } : {};
        }
        case 'not-found':
            reporter.notice(`No baseline artifact '${name}' on '${branch}' yet: ${outcome.reason}`);
            return {};
        case 'failed':
            reporter.warning(`The baseline artifact could not be downloaded: ${outcome.reason}`);
            return { problem: `the baseline artifact '${name}' from '${branch}' could not be downloaded (${outcome.reason})` };
    }
}

;// CONCATENATED MODULE: ./src/core/map-concurrently.ts
/** Running async work over a list with a bound on how much runs at once. */
/**
 * `work` on each item, at most `concurrency` at a time, started in order; the outcomes in the
 * items' order. Every item runs even when one fails.
 */
async function mapConcurrently(items, concurrency, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const drainQueue = async () => {
        while (next < items.length) {
            const position = next;
            next += 1;
            try {
                outcomes[position] = { status: 'fulfilled', value: await work(items[position]) };
            }
            catch (reason) {
                outcomes[position] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, drainQueue));
    return outcomes;
}

// EXTERNAL MODULE: ./src/core/profiling-modes.ts
var profiling_modes = __webpack_require__(11404);
// EXTERNAL MODULE: ./src/core/shell-words.ts
var shell_words = __webpack_require__(77609);
// EXTERNAL MODULE: ./src/core/python-frame-names.ts
var python_frame_names = __webpack_require__(86592);
;// CONCATENATED MODULE: ./src/core/tree-check.ts

/**
 * Lists the distinct Python frames (`py::<qualname>:<path>`) of `stacks` whose file lies in
 * `otherTree`, in byte order. Empty when the profile only ran code from elsewhere.
 */
function detectForeignFrames(stacks, otherTree, options = {}) {
    const prefixes = listTreePrefixes(otherTree, options);
    if (prefixes.length === 0)
        return [];
    const foreign = new Set();
    const seen = new Set();
    for (const stack of stacks.keys()) {
        for (const frame of stack.split(';')) {
            if (seen.has(frame))
                continue;
            seen.add(frame);
            const path = pythonFramePath(frame);
            if (path !== undefined && prefixes.some((prefix) => path.startsWith(prefix)))
                foreign.add(frame);
        }
    }
    return [...foreign].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The file part of `py::<qualname>:<path>`; undefined for other frames. */
function pythonFramePath(frame) {
    if (!(0,python_frame_names/* isPythonFrameSymbol */.Ep)(frame))
        return undefined;
    const colon = frame.indexOf(':', python_frame_names/* PYTHON_FRAME_PREFIX */.w.length);
    return colon < 0 ? undefined : frame.slice(colon + 1);
}
/** The forms a path inside `tree` can take in a folded profile: absolute, and as the folder rewrote it. */
function listTreePrefixes(tree, options) {
    const root = (0,python_frame_names/* stripTrailingSlashes */.oI)(tree);
    if (root === '' || root === '/')
        return [];
    const prefixes = [`${root}/`];
    if (options.workingDirectory !== undefined) {
        // A probe file name shows which form the folder gives to files of this tree.
        const probe = 'probe.py';
        const rewritten = (0,python_frame_names/* normalisePythonPath */.GI)(`${root}/${probe}`, {
            workingDirectory: options.workingDirectory,
            ...(options.homeDirectory !== undefined ? { homeDirectory: options.homeDirectory } : {}),
        });
        // Only a prefix of the tree itself is usable: a rewrite to `<site-packages>/…` or to the bare
        // file name (tree == working directory) would match the run's own files.
        if (rewritten.endsWith(`/${probe}`) && !rewritten.startsWith('<')) {
            const prefix = rewritten.slice(0, -probe.length);
            if (!prefixes.includes(prefix))
                prefixes.push(prefix);
        }
    }
    return prefixes;
}

;// CONCATENATED MODULE: ./src/core/activation-hook.ts
/** The hook module's source. */
function buildActivationHook(options) {
    const literal = (text) => JSON.stringify(text);
    return `# Written by python-perf-gate for one profiling session; removed when it ends. Inert without its marker.
def _python_perf_gate_hook():
    import os, sys
    marker = ${literal(options.markerPath)}
    try:
        with open(marker) as handle:
            owner = int(handle.read().strip() or "0")
    except (OSError, ValueError):
        return
    pid = os.getpid()
    while pid > 1 and pid != owner:
        try:
            with open("/proc/%d/stat" % pid) as handle:
                pid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return
    if pid != owner:
        return
    mode = ${literal(options.mode)}
    if mode == "perf-jit":
        if os.environ.get("PYTHON_PERF_JIT_SUPPORT") != "1" and not sys._xoptions.get("perf_jit"):
            argv = getattr(sys, "orig_argv", None)
            if argv and sys.executable:
                os.environ["PYTHON_PERF_JIT_SUPPORT"] = "1"
                try:
                    os.execv(sys.executable, argv)
                except OSError:
                    pass
        real_exit = os._exit
        def flushing_exit(code):
            try:
                import ctypes
                ctypes.CDLL(None).fflush(None)
            except Exception:
                pass
            real_exit(code)
        os._exit = flushing_exit
    else:
        os.environ["PYTHONPERFSUPPORT"] = "1"
        try:
            if not sys.is_stack_trampoline_active():
                sys.activate_stack_trampoline("perf")
        except (AttributeError, ValueError, RuntimeError):
            pass
    try:
        argv = list(getattr(sys, "orig_argv", sys.argv))
        fields = [str(os.getpid()), str(os.getppid()), str(len(argv))] + argv
        record = "".join(field + "\\0" for field in fields).encode("utf-8", "surrogateescape")
        fd = os.open(${literal(options.processLogPath)}, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, record)
        finally:
            os.close(fd)
    except Exception:
        pass
try:
    _python_perf_gate_hook()
except Exception:
    pass
del _python_perf_gate_hook
`;
}
/**
 * Reads the process log: per process `pid\0ppid\0argc\0arg…\0` (NUL cannot occur in an argument,
 * and no module has to be imported to write it). A record cut short by a killed process ends it.
 */
function parseProcessLog(text) {
    const fields = text.split('\0');
    const processes = [];
    let at = 0;
    while (at + 3 <= fields.length - 1) {
        const [pid, ppid, argc] = [Number(fields[at]), Number(fields[at + 1]), Number(fields[at + 2])];
        if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(argc) || argc < 0 || at + 3 + argc > fields.length - 1)
            break;
        processes.push({ pid, ppid, argv: fields.slice(at + 3, at + 3 + argc) });
        at += 3 + argc;
    }
    return processes;
}

// EXTERNAL MODULE: ./src/shell/process.ts
var shell_process = __webpack_require__(23543);
;// CONCATENATED MODULE: ./src/shell/python-activation.ts
/**
 * Child activation: puts the hook of core/activation-hook.ts into the checked interpreter's
 * site-packages (a venv's own when the interpreter is one) as `<name>.py` plus a one-line `.pth`
 * that imports it, arms it (the marker file) only while a recorded run is going on, and removes
 * both files — and their bytecode — when profiling ends. Nothing is written when site-packages is
 * not writable; the caller says so.
 */




const siteSnippet = 'import json, site; print(json.dumps(site.getsitepackages()))';
async function installChildActivation(options) {
    const found = await (0,shell_process/* runCommand */.d1)([options.python, '-c', siteSnippet], { timeoutMs: 30_000 });
    if (found.exitCode !== 0)
        return { status: 'skipped', reason: `${options.python} did not report its site-packages (${found.stderr.trim() || 'no output'})` };
    let candidates;
    try {
        candidates = JSON.parse(found.stdout).filter((entry) => typeof entry === 'string');
    }
    catch {
        return { status: 'skipped', reason: `${options.python} printed no site-packages list` };
    }
    const directory = candidates.find((candidate) => isWritableDirectory(candidate));
    if (!directory)
        return { status: 'skipped', reason: `none of its site-packages directories is writable (${candidates.join(', ') || 'none'})` };
    (0,external_node_fs_.mkdirSync)(options.scratchDirectory, { recursive: true });
    const name = `_python_perf_gate_${process.pid}`;
    const markerPath = (0,external_node_path_.join)(options.scratchDirectory, `${name}.active`);
    const processLogPath = (0,external_node_path_.join)(options.scratchDirectory, `${name}.processes.jsonl`);
    const modulePath = (0,external_node_path_.join)(directory, `${name}.py`);
    const pthPath = (0,external_node_path_.join)(directory, `${name}.pth`);
    (0,external_node_fs_.writeFileSync)(modulePath, buildActivationHook({ mode: options.mode, markerPath, processLogPath }));
    (0,external_node_fs_.writeFileSync)(pthPath, `import ${name}\n`);
    const activation = {
        directory,
        arm() {
            (0,external_node_fs_.rmSync)(processLogPath, { force: true });
            (0,external_node_fs_.writeFileSync)(markerPath, `${process.pid}\n`);
        },
        disarm() {
            (0,external_node_fs_.rmSync)(markerPath, { force: true });
            const processes = (0,external_node_fs_.existsSync)(processLogPath) ? parseProcessLog((0,external_node_fs_.readFileSync)(processLogPath, 'utf8')) : [];
            (0,external_node_fs_.rmSync)(processLogPath, { force: true });
            return processes;
        },
        remove() {
            (0,external_node_fs_.rmSync)(markerPath, { force: true });
            (0,external_node_fs_.rmSync)(processLogPath, { force: true });
            (0,external_node_fs_.rmSync)(pthPath, { force: true });
            (0,external_node_fs_.rmSync)(modulePath, { force: true });
            const cache = (0,external_node_path_.join)(directory, '__pycache__');
            try {
                for (const file of (0,external_node_fs_.readdirSync)(cache))
                    if (file.startsWith(`${name}.`))
                        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(cache, file), { force: true });
            }
            catch {
                // No bytecode was written.
            }
        },
    };
    return { status: 'installed', activation };
}
function isWritableDirectory(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        return (0,external_node_fs_.readdirSync)(path) !== undefined;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/shell/recorder.ts + 3 modules
var recorder = __webpack_require__(10020);
// EXTERNAL MODULE: ./src/shell/perf-files.ts
var perf_files = __webpack_require__(32377);
// EXTERNAL MODULE: ./src/core/capitalize.ts
var capitalize = __webpack_require__(82177);
;// CONCATENATED MODULE: ./src/shell/git-worktree.ts
/**
 * The base commit of a comparison, checked out next to the user's checkout with `git worktree`, so
 * one job can profile base and head in turn (input `baseline-ref`).
 *
 * Resolution: `git rev-parse --verify --quiet <ref>^{commit}` in the user's checkout, then the
 * remote-tracking branch `refs/remotes/origin/<ref>` (a fetch-depth: 0 checkout has no local
 * branches but the checked-out one). When both fail — typical for actions/checkout's shallow, single-branch clone — the ref is fetched from
 * the repository's own remote (`origin` unless told otherwise) into FETCH_HEAD only:
 * `git fetch --no-tags --refmap= [--depth=N] origin <candidate>`, trying `refs/heads/<name>` and
 * then the name as given (a tag, a full sha, `refs/pull/…`). `origin/<name>` is looked up on the
 * remote as `<name>`. `--refmap=` (empty) stops git from updating remote-tracking branches, so the
 * user's refs, HEAD and config stay as they were. `--depth` is passed only when the clone is
 * already shallow (on a complete clone it would make the repository shallow); it is 1 plus the
 * ancestry steps of a `~N`/`^N` suffix, so `HEAD~1` and `main~2` work in a depth-1 clone.
 * What a fetch does change: new objects, FETCH_HEAD and, in a shallow clone, `.git/shallow`.
 *
 * The worktree is `git worktree add --detach <scratch>/base-<sha12> <sha>`: detached, so no branch
 * is created or moved. `remove()` runs `git worktree remove --force`, deletes what is left and
 * prunes, and checks that the worktree is no longer registered.
 */





const inputName = 'baseline-ref';
const defaultRemote = 'origin';
const defaultFetchTimeoutMs = 5 * 60_000;
const localTimeoutMs = 2 * 60_000;
const refExample = 'e.g. ${{ github.base_ref }}';
async function createBaseWorktree(options) {
    const log = options.log ?? (() => undefined);
    const ref = options.ref.trim();
    const remote = options.remote ?? defaultRemote;
    const repository = (0,external_node_path_.resolve)(options.repository);
    const label = options.inputLabel ?? `input '${inputName}'`;
    checkRefSyntax(ref, label);
    await checkWorkTree(repository, label);
    // actions/checkout with fetch-depth: 0 creates no local branch besides the checked-out one, but
    // every branch as `refs/remotes/origin/<name>`: look there before going to the network.
    let sha = (await resolveCommit(repository, ref)) ?? (await resolveRemoteTracking(repository, ref, remote));
    let fetched = false;
    if (sha === undefined) {
        sha = await fetchCommit({ repository, ref, remote, timeoutMs: options.fetchTimeoutMs ?? defaultFetchTimeoutMs, log, label });
        fetched = true;
    }
    log(`${inputName} '${ref}' is commit ${sha}${fetched ? ` (fetched from '${remote}')` : ''}.`);
    const scratch = (0,external_node_path_.resolve)(options.scratchDirectory);
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    const path = (0,external_node_path_.join)(scratch, `base-${sha.slice(0, 12)}`);
    // A worktree left by an interrupted earlier run at the same place would make `add` fail.
    if ((0,external_node_fs_.existsSync)(path))
        await removeWorktree(repository, path);
    const add = await git(repository, ['worktree', 'add', '--detach', path, sha]);
    if (add.exitCode !== 0) {
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        await git(repository, ['worktree', 'prune']);
        throw new errors/* UserError */.y(`Could not check out ${inputName} '${ref}' (${sha}) as a git worktree at ${path}: ${gitMessage(add)}.`, { logTail: lastLines(add.stderr) });
    }
    log(`Checked out ${sha.slice(0, 12)} at ${path}.`);
    let removed = false;
    return {
        path,
        ref,
        sha,
        fetched,
        async remove() {
            if (removed)
                return;
            await removeWorktree(repository, path);
            removed = true;
            log(`Removed the worktree at ${path}.`);
        },
    };
}
/** Lists the paths of the worktrees registered in a repository (the main one first). */
async function listWorktrees(repository) {
    const list = await git(repository, ['worktree', 'list', '--porcelain']);
    if (list.exitCode !== 0)
        throw new Error(`git worktree list failed in ${repository}: ${gitMessage(list)}`);
    return list.stdout
        .split('\n')
        .filter((line) => line.startsWith('worktree '))
        .map((line) => line.slice('worktree '.length));
}
async function removeWorktree(repository, path) {
    // Fails when the directory is not (or no longer) a worktree; the steps after it cover that.
    await git(repository, ['worktree', 'remove', '--force', '--force', path]);
    (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    const prune = await git(repository, ['worktree', 'prune']);
    if (prune.exitCode !== 0)
        throw new Error(`git worktree prune failed in ${repository}: ${gitMessage(prune)}`);
    if ((await listWorktrees(repository)).includes(path)) {
        throw new Error(`The worktree ${path} is still registered in ${repository} after git worktree remove and prune.`);
    }
}
function checkRefSyntax(ref, label) {
    if (ref === '') {
        throw new errors/* UserError */.y(`${(0,capitalize/* capitalize */.Z)(label)} is empty. Expected a branch, tag or commit of this repository, ${refExample}.`);
    }
    // Argument arrays keep the shell out, but a leading '-' would still be read as a git option.
    if (ref.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(ref)) {
        throw new errors/* UserError */.y(`Invalid value '${ref}' for ${label}. Expected a branch, tag or commit of this repository without spaces or a leading '-', ${refExample}.`);
    }
}
async function checkWorkTree(repository, label) {
    const inside = (0,external_node_fs_.existsSync)(repository)
        ? await git(repository, ['rev-parse', '--is-inside-work-tree'])
        : undefined;
    if (inside?.spawnError) {
        throw new errors/* UserError */.y(`${(0,capitalize/* capitalize */.Z)(label)} needs git on PATH, but it could not be started (${inside.spawnError.code ?? inside.spawnError.message}).`);
    }
    if (inside === undefined || inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
        const why = inside === undefined ? 'the directory does not exist' : gitMessage(inside);
        throw new errors/* UserError */.y(`${(0,capitalize/* capitalize */.Z)(label)} needs a git checkout: ${repository} is not a git work tree (${why}). Check out the repository first (actions/checkout) or remove ${label}.`);
    }
}
async function resolveCommit(repository, ref) {
    const parsed = await git(repository, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    const sha = parsed.stdout.trim();
    return parsed.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
async function resolveRemoteTracking(repository, ref, remote) {
    const { base, suffix } = splitAncestrySuffix(ref);
    if (base.startsWith('refs/') || base === 'HEAD' || base.startsWith(`${remote}/`))
        return undefined;
    return resolveCommit(repository, `refs/remotes/${remote}/${base}${suffix}`);
}
/** Splits `main~2^2` into `main` and the number of parent steps (3), for fetch depths. */
function splitAncestrySuffix(ref) {
    const match = /^(.+?)((?:[~^]\d*)+)$/.exec(ref);
    if (!match)
        return { base: ref, suffix: '', steps: 0 };
    const suffix = match[2];
    let steps = 0;
    for (const step of suffix.matchAll(/([~^])(\d*)/g)) {
        const count = step[2] === '' ? 1 : Number(step[2]);
        // `~N` walks N first parents; `^N` is one step to the N-th parent (`^0` is the commit itself).
        steps += step[1] === '~' ? count : Math.min(count, 1);
    }
    return { base: match[1], suffix, steps };
}
/** What to ask the remote for, in order: a branch of that name, then the name as given. */
function listFetchCandidates(name, remote) {
    const candidates = [];
    const add = (candidate) => {
        if (!candidates.includes(candidate))
            candidates.push(candidate);
    };
    const withoutRemote = name.startsWith(`${remote}/`) ? name.slice(remote.length + 1) : name;
    const fromRemotes = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(name);
    const branch = fromRemotes && fromRemotes[1] === remote ? fromRemotes[2] : withoutRemote;
    if (/^[0-9a-f]{40}$/.test(branch) || /^[0-9a-f]{64}$/.test(branch))
        return [branch];
    if (!branch.startsWith('refs/'))
        add(`refs/heads/${branch}`);
    add(branch);
    return candidates;
}
async function fetchCommit(request) {
    const { repository, ref, remote } = request;
    const shallow = (await git(repository, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const { base, suffix, steps } = splitAncestrySuffix(ref);
    const depthArgs = shallow ? [`--depth=${steps + 1}`] : [];
    const failures = [];
    // `HEAD~1` in a depth-1 clone: the base is here, its parents are not; fetch the base deeper.
    const localBase = suffix === '' ? undefined : await resolveCommit(repository, base);
    const candidates = localBase !== undefined ? [localBase] : listFetchCandidates(base, remote);
    for (const candidate of candidates) {
        const argv = ['fetch', '--no-tags', '--refmap=', '--no-recurse-submodules', ...depthArgs, remote, candidate];
        request.log(`${inputName} '${ref}' is not in this ${shallow ? 'shallow ' : ''}checkout; running git ${argv.join(' ')}`);
        const fetch = await git(repository, argv, request.timeoutMs);
        if (fetch.exitCode !== 0) {
            failures.push(fetch.timedOut ? `git fetch ${candidate} timed out` : gitMessage(fetch));
            continue;
        }
        const sha = await resolveCommit(repository, `FETCH_HEAD${suffix}`);
        if (sha !== undefined)
            return sha;
        failures.push(`fetched ${candidate}, but FETCH_HEAD${suffix} is not a commit`);
    }
    throw new errors/* UserError */.y(`Invalid value '${ref}' for ${request.label}. git could not find it locally or fetch it from '${remote}': ${uniqueMessages(failures)}. ` +
        `Expected a branch, tag or commit of this repository, ${refExample}. ` +
        `If the repository is private and actions/checkout ran with persist-credentials: false, git cannot fetch; use fetch-depth: 0 instead.`);
}
async function git(repository, args, timeoutMs = localTimeoutMs) {
    return (0,shell_process/* runCommand */.d1)(['git', '-C', repository, ...args], {
        // Never wait for a password prompt that nobody will answer.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        timeoutMs,
    });
}
function gitMessage(result) {
    if (result.spawnError)
        return `git could not be started (${result.spawnError.code ?? result.spawnError.message})`;
    const lines = result.stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^From /.test(line) && !/^hint: /.test(line));
    // git's own verdicts first ("fatal: …", "error: …"); the advice paragraph after them only if there are none.
    const verdicts = lines.filter((line) => /^(?:fatal|error): /.test(line));
    const chosen = verdicts.length > 0 ? verdicts.slice(0, 3) : lines.slice(-2);
    const text = chosen.join(' ').replace(/\.+$/, '');
    return text !== '' ? text : `git ${result.argv.slice(3).join(' ')} ended with ${(0,shell_process/* describeExit */.KE)(result)}`;
}
function uniqueMessages(messages) {
    return [...new Set(messages)].join('; ');
}
function lastLines(text) {
    return text.trim().split('\n').slice(-20);
}

// EXTERNAL MODULE: ./src/shell/tree-environment.ts
var tree_environment = __webpack_require__(15524);
;// CONCATENATED MODULE: ./src/shell/trees.ts
/**
 * The trees whose code is profiled: the checkout (head) and, with `baseline-ref`, the base commit
 * in a git worktree, each with its environment (PYTHONPATH to its own code) and `prepare` run once
 * in it, base first.
 */








async function openTrees(options) {
    const { target, baselineRef } = options;
    const head = { side: 'head', label: '', workingDirectory: options.workingDirectory, target, env: {} };
    if (!baselineRef)
        return { all: [head], close: async () => undefined };
    const toplevel = await (0,shell_process/* runCommand */.d1)(['git', '-C', options.workingDirectory, 'rev-parse', '--show-toplevel'], { timeoutMs: 30_000 });
    if (toplevel.exitCode !== 0) {
        throw new errors/* UserError */.y(`${(0,capitalize/* capitalize */.Z)(options.describe('baseline-ref'))} needs a git checkout: ${options.workingDirectory} is not inside a git work tree (${toplevel.stderr.trim() || (0,shell_process/* describeExit */.KE)(toplevel)}). Run actions/checkout first, or use 'baseline' with a path.`);
    }
    const headRoot = toplevel.stdout.trim();
    const scratch = (0,external_node_path_.join)(options.scratchRoot || (0,external_node_os_.tmpdir)(), 'python-perf-gate-worktrees');
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    const removeScratchWhenEmpty = () => {
        try {
            if ((0,external_node_fs_.readdirSync)(scratch).length === 0)
                (0,external_node_fs_.rmdirSync)(scratch);
        }
        catch {
            // Already gone, or shared with another job that still uses it.
        }
    };
    let worktree;
    try {
        worktree = await createBaseWorktree({
            repository: headRoot,
            ref: baselineRef,
            scratchDirectory: scratch,
            log: (line) => options.reporter.info(line),
            inputLabel: options.describe('baseline-ref'),
        });
    }
    catch (error) {
        removeScratchWhenEmpty();
        throw error;
    }
    const close = async () => {
        await worktree.remove();
        removeScratchWhenEmpty();
    };
    options.reporter.info(`baseline-ref ${baselineRef} → ${worktree.sha.slice(0, 12)} in ${worktree.path}${worktree.fetched ? ' (fetched)' : ''}`);
    try {
        const at = `at baseline-ref ${baselineRef} (${worktree.sha.slice(0, 12)})`;
        const inside = (0,external_node_path_.relative)(headRoot, options.workingDirectory);
        const baseWorkingDirectory = (0,external_node_path_.join)(worktree.path, inside);
        if (!(0,external_node_fs_.existsSync)(baseWorkingDirectory))
            throw new errors/* UserError */.y(`The working directory '${inside || '.'}' does not exist ${at}.`);
        let baseTarget = target;
        if (target.kind === 'script') {
            const script = (0,external_node_path_.relative)(options.workingDirectory, target.script);
            baseTarget = { ...target, script: (0,external_node_path_.join)(baseWorkingDirectory, script) };
            if (!(0,external_node_fs_.existsSync)(baseTarget.script)) {
                throw new errors/* UserError */.y(`The benchmark script '${script}' does not exist ${at}. A new benchmark has no baseline: drop 'baseline-ref' for this change.`);
            }
        }
        head.env = (0,tree_environment/* buildTreeEnvironment */.kn)(headRoot);
        head.otherRoot = worktree.path;
        const base = {
            side: 'base',
            label: 'base ',
            workingDirectory: baseWorkingDirectory,
            target: baseTarget,
            env: (0,tree_environment/* buildTreeEnvironment */.kn)(worktree.path),
            otherRoot: headRoot,
        };
        if (options.prepare) {
            // Base first, head last: whatever prepare installs, the user's environment ends on head.
            for (const tree of [base, head]) {
                options.reporter.info(`prepare (${tree.side}): ${options.prepare}`);
                await (0,tree_environment/* runPrepare */.vv)({
                    command: options.prepare,
                    inputLabel: options.describe('prepare'),
                    tree: tree.workingDirectory,
                    treeLabel: tree.side,
                    python: options.python,
                    env: { ...process.env, ...tree.env },
                    timeoutMs: options.timeoutMs,
                    logPath: options.prepareLogPath(tree.side),
                });
            }
        }
        return { all: [base, head], baseRef: { ref: baselineRef, sha: worktree.sha }, close };
    }
    catch (error) {
        await close();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/stages/record.ts
/**
 * record: the benchmark's runs under perf — the head tree, and with `baseline-ref` the base tree
 * too, interleaved A B A B … so drift of the runner during the job hits both sides alike. Each
 * run's `perf script` lines go straight into a folder the fold stage supplies, so no run's text is
 * ever held whole; each run's folded profile is written as soon as it exists.
 *
 * The runs record back to back, and are processed (perf inject, perf script, the fold) after the
 * last one, several at once: nothing of ours runs beside a run being recorded, and processing,
 * about a third of a 2 s run's time each, shares the cores instead of queueing for one. The
 * waiting runs are processed before the next one records only when that run's perf.data (guessed
 * from the last one's) would take them past `maxPendingBytes`, or when the first round of runs
 * was long (`firstCheckSeconds`): then an error that only processing finds (perf inject failing,
 * the base tree's code in the head's profile) stops the job before the other runs, not after. A
 * run that failed stops the job once the runs recorded before it are processed (their folded
 * profiles are written).
 */












/** How often a long run says it is alive. */
const heartbeatMs = 30_000;
async function record(input) {
    const { settings, runner, outputs, reporter } = input;
    const plan = (0,profiling_modes/* planMode */.lG)(runner.mode, { dwarfStackBytes: settings.dwarfStackBytes });
    const scratchDirectory = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'python-perf-gate', `run-${process.pid}`);
    const timeoutMs = settings.timeoutMinutes * 60_000;
    const python = runner.python.executable;
    const trees = await openTrees({
        workingDirectory: settings.workingDirectory,
        target: input.target,
        baselineRef: settings.baselineRef,
        prepare: settings.prepare,
        python,
        timeoutMs,
        scratchRoot: settings.github.runnerTemp,
        prepareLogPath: (side) => outputs.logPath(`${filePrefix(side)}prepare`),
        describe: (name) => settings.describe(name),
        reporter,
    });
    const recording = { current: [], base: [] };
    if (trees.baseRef)
        recording.baseRef = trees.baseRef;
    let activation;
    /** Recorded runs waiting to be processed, in recording order. */
    let pending = [];
    /** The processed runs' files in /tmp, removed after each batch. */
    const tmpLeftovers = [];
    const processPending = async () => {
        const runs = pending;
        pending = [];
        if (runs.length === 0)
            return;
        const recordedCount = runs.filter((run) => !run.capture.run.failure).length;
        const concurrency = Math.min(runs.length, processingConcurrency);
        if (recordedCount > 1)
            reporter.info(`Processing ${recordedCount} runs, ${concurrency} at a time …`);
        // Settles every run (failures included) before it returns.
        const settled = await mapConcurrently(runs, concurrency, async (run) => {
            const folded = await finishTreeRun({ ...input, ...run });
            if (run.activated)
                folded.activated = run.activated;
            outputs.writeRun({ side: run.tree.side, index: run.index, stacks: folded.fold.stacks });
            return folded;
        });
        // Once every run of the batch is processed: not beside another run's perf inject (recorder.ts).
        (0,perf_files/* removeFiles */.WS)(tmpLeftovers.splice(0));
        // In recording order, whatever order they finished in; the first run that failed stops the job.
        for (const [position, outcome] of settled.entries()) {
            if (outcome.status === 'rejected')
                throw outcome.reason;
            const folded = outcome.value;
            reporter.info(`${runs[position].name}: ${folded.fold.quality.samples.toLocaleString('en-US')} samples (processing ${folded.processingSeconds.toFixed(2)} s)`);
            (runs[position].tree.side === 'base' ? recording.base : recording.current).push(folded);
        }
    };
    try {
        if (settings.activateChildren)
            activation = await activateChildren({ python, runner, scratchDirectory, reporter });
        const kallsymsPath = (0,perf_files/* copyKallsyms */.Wy)(scratchDirectory);
        for (const tree of trees.all) {
            for (let index = 1; index <= settings.warmup; index += 1) {
                reporter.info(`${tree.label}warm-up ${index}/${settings.warmup} …`);
                const logPath = outputs.logPath(`${filePrefix(tree.side)}warmup-${index}`);
                const failure = await (0,recorder/* runUnprofiled */.uh)({ python, target: tree.target, plan, env: tree.env, workingDirectory: tree.workingDirectory, logPath, timeoutMs });
                if (failure)
                    throw new errors/* UserError */.y(`The warm-up run failed (${failure}); see ${logPath}. No profile was recorded.`);
            }
        }
        for (let index = 1; index <= settings.repeat; index += 1) {
            for (const tree of trees.all) {
                const name = `${tree.label}run ${index}/${settings.repeat}`;
                reporter.info(`${name} …`);
                const started = Date.now();
                const heartbeat = setInterval(() => reporter.info(`${name} still running (${Math.round((Date.now() - started) / 1000)} s)`), heartbeatMs);
                activation?.arm();
                let recorded;
                let activated;
                try {
                    recorded = await captureTreeRun({ ...input, tree, index, plan, scratchDirectory, timeoutMs, kallsymsPath, tmpLeftovers });
                }
                finally {
                    clearInterval(heartbeat);
                    activated = activation?.disarm();
                }
                pending.push({ ...recorded, tree, index, name, activated });
                const { run } = recorded.capture;
                if (!run.failure)
                    reporter.info(`${name}: ${run.wallSeconds.toFixed(1)} s recorded`);
                // The next run's perf.data is guessed to be as big as this one's.
                const waitingBytes = pending.reduce((sum, waiting) => sum + waiting.capture.dataBytes, 0) + recorded.capture.dataBytes;
                const longFirstRound = index === 1 && tree === trees.all[trees.all.length - 1] && pending.some((waiting) => waiting.capture.run.wallSeconds >= firstCheckSeconds);
                if (run.failure || waitingBytes > maxPendingBytes || longFirstRound)
                    await processPending();
            }
        }
        await processPending();
    }
    finally {
        // Runs recorded before an error are still processed: their /tmp files are removed and their
        // folded profiles written. The error that brought us here is the one reported.
        await processPending().catch(() => undefined);
        activation?.remove();
        (0,external_node_fs_.rmSync)(scratchDirectory, { recursive: true, force: true });
        await trees.close();
    }
    return recording;
}
/**
 * Runs processed at once after the recordings: one per core and one more, which fills the time
 * perf inject and perf script wait for each other and for the disk (5 runs of a 2 s benchmark on
 * 2 cores, perf alone: 3.4–3.7 s one at a time, 2.0–2.2 s two, 1.7–1.8 s three).
 */
const processingConcurrency = (0,external_node_os_.availableParallelism)() + 1;
/**
 * perf.data bytes that may wait in the scratch directory for processing, the next run's included;
 * beyond it the waiting runs are processed before the next one records (perf-jit at the default
 * 16 KiB stack copies writes ≈ 16 MB per second of a busy thread).
 */
const maxPendingBytes = 2 * 1024 ** 3;
/**
 * A first round of runs this long (seconds, any run) is processed before the second records, so
 * an error only processing finds is reported after one run instead of after all of them; below
 * it, waiting costs at most `repeat` short runs, and processing them together saves more.
 */
const firstCheckSeconds = 10;
async function activateChildren(options) {
    const outcome = await installChildActivation({ python: options.python, mode: options.runner.mode, scratchDirectory: options.scratchDirectory });
    if (outcome.status === 'installed') {
        options.reporter.info(`Child activation: hook in ${outcome.activation.directory} while runs record (removed afterwards).`);
        return outcome.activation;
    }
    options.reporter.notice(`Child activation is off: ${outcome.reason}. Python processes that the benchmark starts with a cleaned environment (e.g. pyperf workers) will not be profiled; pass the variables through (pyperf: --inherit-environ=PYTHON_PERF_JIT_SUPPORT,PYTHONPERFSUPPORT) or use an interpreter whose site-packages is writable (a venv).`);
    return undefined;
}
async function captureTreeRun(input) {
    const { settings, runner, outputs, tree, index } = input;
    const logPath = outputs.logPath(`${filePrefix(tree.side)}run-${index}`, { listed: true });
    const folder = input.createRunFolder({ workingDirectory: tree.workingDirectory });
    const request = {
        perfPath: runner.perfPath,
        python: runner.python.executable,
        plan: input.plan,
        event: runner.readiness.event,
        frequency: settings.frequency,
        target: tree.target,
        workingDirectory: tree.workingDirectory,
        scratchDirectory: input.scratchDirectory,
        logPath,
        sink: folder,
        timeoutMs: input.timeoutMs,
        label: `${filePrefix(tree.side)}run-${index}`,
        env: tree.env,
        tmpLeftovers: input.tmpLeftovers,
    };
    if (settings.keepPerfData)
        request.keepPerfDataIn = outputs.perfDataDirectory;
    if (input.kallsymsPath)
        request.kallsymsPath = input.kallsymsPath;
    return { capture: await (0,recorder/* captureRun */.YC)(request), folder };
}
async function finishTreeRun(input) {
    const { settings, tree, index, capture, folder } = input;
    const run = await (0,recorder/* processCapture */.kL)(capture);
    for (const command of run.perfCommands)
        input.reporter.debug(`perf: ${(0,shell_words/* formatShellCommand */.h)(command)}`);
    if (run.perfDataPath)
        input.outputs.addPerfData(run.perfDataPath);
    if (run.perfDataRead)
        input.reporter.info(describePerfDataRead(run.perfDataRead));
    if (run.failure) {
        const logPath = capture.request.logPath;
        const tail = run.logTail.length > 0 ? `\nLast ${run.logTail.length} lines of ${(0,external_node_path_.relative)(process.cwd(), logPath) || logPath}:\n${run.logTail.join('\n')}` : '';
        throw new errors/* UserError */.y(`${tree.label}Run ${index}/${settings.repeat}: ${run.failure} No comparison was made.${tail}`, { logTail: run.logTail });
    }
    const folded = { ...run, fold: folder.finish() };
    if (tree.otherRoot) {
        const foreign = detectForeignFrames(folded.fold.stacks, tree.otherRoot, { workingDirectory: tree.workingDirectory, homeDirectory: (0,external_node_os_.homedir)() });
        if (foreign.length > 0) {
            throw new errors/* UserError */.y(`${tree.label}run ${index} executed code of the other tree (${tree.otherRoot}), so base and head would not be compared fairly: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}. Make the benchmark import from its working directory (the Action sets PYTHONPATH to each tree), or avoid installing the package outside the trees.`);
        }
    }
    return folded;
}
/** How to open a kept perf.data later: the perf command, after copying map files back to /tmp, where perf looks for them. */
function describePerfDataRead(read) {
    const copy = read.mapFiles.length > 0 ? `${(0,shell_words/* formatShellCommand */.h)(['cp', ...read.mapFiles, '/tmp/'])} && ` : '';
    return `perf.data kept; read it with: ${copy}${(0,shell_words/* formatShellCommand */.h)(read.command)}`;
}
/** '' for the head tree's files, 'base-' for the base tree's. */
function filePrefix(side) {
    return side === 'base' ? 'base-' : '';
}

// EXTERNAL MODULE: ./src/core/flamegraph/svg.ts + 2 modules
var svg = __webpack_require__(18555);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/core/pprof.ts
/**
 * Export to pprof's profile.proto (github.com/google/pprof/proto/profile.proto), the format
 * `go tool pprof`, Pyroscope, Parca and Datadog ingest, so a CI profile can join a team's
 * continuous profiling. The bytes are the uncompressed message; pprof files are gzipped
 * (`profile.pb.gz`), which the caller does.
 *
 * Mapping: each distinct folded stack is one Sample whose locations run leaf first (pprof's order,
 * the reverse of folded text), with two values — `samples/count` and `cpu/nanoseconds` (count ×
 * the sampling period) — and `period_type` cpu/nanoseconds. Each frame name is one Function and
 * one Location (no addresses: folded stacks keep none). Python frames `py::<qualname>:<file>` give
 * the function's name and file; other frames keep their folded name. Ids and the string table are
 * numbered in order of first appearance over the stacks in byte order: deterministic output.
 */


function encodePprof(stacks, options) {
    const strings = new Map([['', 0]]);
    const intern = (text) => {
        let index = strings.get(text);
        if (index === undefined) {
            index = strings.size;
            strings.set(text, index);
        }
        return index;
    };
    const periodNs = Math.round(1e9 / options.frequency);
    const out = new ProtoWriter();
    const sampleType = (type, unit) => new ProtoWriter().int(1, intern(type)).int(2, intern(unit)).bytes();
    out.message(1, sampleType('samples', 'count'));
    out.message(1, sampleType('cpu', 'nanoseconds'));
    const functionIds = new Map();
    const functions = [];
    const locations = [];
    const locate = (name) => {
        let id = functionIds.get(name);
        if (id === undefined) {
            id = functionIds.size + 1;
            functionIds.set(name, id);
            // Python frames: the qualname and its file; other frames keep their folded name.
            const python = (0,python_frame_names/* splitPythonFrameName */.lU)(name);
            functions.push(new ProtoWriter().int(1, id).int(2, intern(python?.qualname ?? name)).int(3, intern(name)).int(4, intern(python?.file ?? '')).bytes());
            const line = new ProtoWriter().int(1, id).bytes();
            locations.push(new ProtoWriter().int(1, id).message(4, line).bytes());
        }
        return id;
    };
    for (const stack of (0,folded/* sortedStackKeys */.S4)(stacks)) {
        const count = stacks.get(stack) ?? 0;
        if (!(count > 0))
            continue;
        const frames = stack === '' ? [] : stack.split(';');
        const ids = frames.map(locate).reverse();
        const value = Math.round(count);
        out.message(2, new ProtoWriter().packed(1, ids).packed(2, [value, value * periodNs]).bytes());
    }
    for (const location of locations)
        out.message(4, location);
    for (const fn of functions)
        out.message(5, fn);
    const comment = intern(`python-perf-gate: perf event ${options.event} at ${options.frequency} Hz`);
    const periodType = new ProtoWriter().int(1, intern('cpu')).int(2, intern('nanoseconds')).bytes();
    // The string table must be complete before it is written, so every intern() happens above.
    for (const text of strings.keys())
        out.string(6, text);
    out.message(11, periodType);
    out.int(12, periodNs);
    out.packed(13, [comment]);
    return out.bytes();
}
/** Just enough of the protobuf wire format: varints, length-delimited fields, packed varints. */
class ProtoWriter {
    chunks = [];
    int(field, value) {
        if (value === 0)
            return this;
        this.varint(field * 8);
        this.varint(value);
        return this;
    }
    string(field, text) {
        return this.field(field, new TextEncoder().encode(text));
    }
    message(field, body) {
        return this.field(field, body);
    }
    packed(field, values) {
        if (values.length === 0)
            return this;
        const body = new ProtoWriter();
        for (const value of values)
            body.varint(value);
        return this.field(field, body.bytes());
    }
    bytes() {
        return Uint8Array.from(this.chunks);
    }
    field(field, body) {
        this.varint(field * 8 + 2);
        this.varint(body.length);
        for (const byte of body)
            this.chunks.push(byte);
        return this;
    }
    /** Non-negative integers up to 2^53 (division, not bit operations, past 2^31). */
    varint(value) {
        let rest = value;
        while (rest >= 0x80) {
            this.chunks.push((rest % 0x80) | 0x80);
            rest = Math.floor(rest / 0x80);
        }
        this.chunks.push(rest);
    }
}

;// CONCATENATED MODULE: ./src/core/speedscope.ts
/**
 * Export to speedscope's file format (https://www.speedscope.app/file-format-schema.json), so a
 * profile can be opened in https://www.speedscope.app or the speedscope CLI for a time-ordered,
 * left-heavy or sandwich view.
 *
 * One `sampled` profile per process given (as py-spy writes one per thread; speedscope's profile
 * menu switches between them and opens the busiest): each distinct folded stack is one sample
 * (root first, as speedscope expects) whose weight is the stack's CPU time in seconds (count ÷
 * sampling frequency), or its count when the frequency is not known. Frames are shared by all
 * profiles and numbered in order of first appearance while walking the profiles in the order
 * given and each one's stacks in byte order, so the same input always gives the same JSON.
 */


const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';
function buildSpeedscope(profiles, options) {
    const scale = options.frequency && options.frequency > 0 ? 1 / options.frequency : 1;
    const frames = [];
    const frameIndex = new Map();
    const built = profiles.map((profile) => {
        const samples = [];
        const weights = [];
        for (const stack of (0,folded/* sortedStackKeys */.S4)(profile.stacks)) {
            const weight = profile.stacks.get(stack) ?? 0;
            if (!(weight > 0))
                continue;
            const names = stack === '' ? [] : stack.split(';');
            samples.push(names.map((name) => {
                let index = frameIndex.get(name);
                if (index === undefined) {
                    index = frames.length;
                    frameIndex.set(name, index);
                    frames.push(describeFrame(name));
                }
                return index;
            }));
            weights.push(weight * scale);
        }
        return {
            type: 'sampled',
            name: profile.name,
            // With the frequency, weights are seconds (like py-spy's exports); without it, sample counts.
            unit: scale === 1 ? 'none' : 'seconds',
            startValue: 0,
            endValue: weights.reduce((sum, weight) => sum + weight, 0),
            samples,
            weights,
        };
    });
    let busiest = 0;
    built.forEach((profile, index) => {
        if (profile.endValue > (built[busiest]?.endValue ?? 0))
            busiest = index;
    });
    return {
        $schema: SPEEDSCOPE_SCHEMA,
        shared: { frames },
        profiles: built,
        name: options.name,
        activeProfileIndex: busiest,
        exporter: 'python-perf-gate',
    };
}
/** Speedscope JSON text for the profiles, deterministic for the same input. */
function toSpeedscope(profiles, options) {
    return `${JSON.stringify(buildSpeedscope(profiles, options))}\n`;
}
/** Keeps the full folded name (so searches match the flame graph) and adds the file of Python frames. */
function describeFrame(name) {
    const file = (0,python_frame_names/* splitPythonFrameName */.lU)(name)?.file;
    return file ? { name, file } : { name };
}

;// CONCATENATED MODULE: ./src/core/target.ts

/** The target as a user would type it, with the script relative to the working directory. */
function describeTarget(target, options) {
    switch (target.kind) {
        case 'script':
            return [(0,external_node_path_.relative)(options.workingDirectory, target.script) || target.script, ...target.args].join(' ');
        case 'run':
            return target.command;
        case 'argv':
            return target.argv.join(' ');
    }
}

;// CONCATENATED MODULE: ./src/stages/render.ts
/**
 * render: the headline profile → the interactive flame graph and the speedscope and pprof exports, with a
 * title naming the benchmark and a subtitle saying how it was measured.
 */





function describeProfile(input) {
    const { settings, runner, profile } = input;
    const runs = profile.runs.length;
    const subtitle = [
        `Python ${runner.python.version}`,
        `mode ${runner.mode}`,
        `${runner.readiness.event} @ ${settings.frequency} Hz`,
        `${profile.quality.samples.toLocaleString('en-US')} samples`,
        `${runs} run${runs === 1 ? '' : 's'}`,
        settings.github.sha ? `commit ${settings.github.sha.slice(0, 12)}` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const title = settings.title ?? `python-perf-gate: ${describeTarget(input.target, { workingDirectory: settings.workingDirectory })}`;
    return { title, subtitle };
}
function render(input) {
    const { profile, labels, frequency } = input;
    return {
        labels,
        flamegraph: (0,svg.renderFlameGraph)(profile.headline, labels),
        speedscope: toSpeedscope(profile.processes, { name: labels.title, frequency }),
        // mtime 0 in the gzip header (Node's default) keeps the file byte-identical for the same profile.
        pprof: (0,external_node_zlib_.gzipSync)(encodePprof(profile.headline, { frequency, event: input.event })),
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The pipeline, as one line: settings → check → record → fold → render → compare → publish.
 * `main.ts` (the Action) and `cli.ts` (the terminal) both call `runProfilePipeline` with settings
 * already read; publishing to GitHub is the Action's own last step (stages/publish.ts). Every
 * stage's files are written by the output directory as soon as the stage ends.
 */








async function runProfilePipeline(settings, reporter) {
    const target = settings.target;
    if (!target)
        throw new errors/* UserError */.y(`Nothing to profile. Set ${settings.describe('script')} (a Python file, with optional 'args') or ${settings.describe('run')} (a shell command).`);
    const outputs = createOutputDirectory({ directory: settings.outputDir, describe: settings.describe('output-dir') });
    const readiness = await reporter.group('check', () => (0,check.check)(settings, reporter));
    outputs.writeReadiness(readiness);
    const runner = (0,check.acceptRunner)(readiness, reporter);
    const recording = await reporter.group('record', () => record({ settings, target, runner, outputs, reporter, createRunFolder: createRunFolderFor({ view: settings.view }) }));
    const profile = fold({ recording, target, runner, frequency: settings.frequency, dwarfStackBytes: settings.dwarfStackBytes, reporter });
    const labels = describeProfile({ settings, target, runner, profile });
    const rendered = render({ profile, labels, frequency: settings.frequency, event: readiness.event });
    outputs.writeProfile({ headline: profile.headline, flamegraph: rendered.flamegraph, speedscope: rendered.speedscope, pprof: rendered.pprof });
    const gate = await reporter.group('compare', () => compare_compare({ settings, runner, recording, profile, labels, reporter }));
    if (gate.baselineStacks && gate.diff) {
        outputs.writeComparison({ baseline: gate.baselineStacks, diff: gate.diff.current, diffBaselineShape: gate.diff.baselineShape });
    }
    const fails = (gate.verdict === 'regressed' && settings.failOnRegression) || (gate.verdict === 'inconclusive' && settings.failOnInconclusive);
    const report = buildReport({
        verdict: gate.verdict,
        inconclusiveReasons: gate.inconclusiveReasons,
        readiness,
        measurement: { frequency: settings.frequency, view: settings.view, target, machine: runner.machine },
        runs: profile.runs,
        quality: profile.quality,
        headline: profile.headline,
        comparison: gate.comparison,
        baseline: gate.baseline && { source: gate.baseline.source, runs: gate.baseline.runs.length, meta: gate.baseline.meta },
        files: outputs.listRelative(),
    });
    outputs.writeReport(report);
    const outcome = {
        verdict: gate.verdict,
        exitCode: fails ? 1 : 0,
        readiness,
        runs: profile.runs,
        quality: profile.quality,
        inconclusiveReasons: gate.inconclusiveReasons,
        files: outputs.files,
        report,
        headline: profile.headline,
    };
    if (gate.baselineStacks)
        outcome.baselineStacks = gate.baselineStacks;
    if (gate.comparison)
        outcome.comparison = gate.comparison;
    if (gate.baseline)
        outcome.baseline = gate.baseline;
    return outcome;
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


/***/ })

};
