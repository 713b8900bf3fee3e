#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatHelp),
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/**
 * Command-line parsing for `python-perf-gate <command>`: `--name value`, `--name=value`, boolean
 * flags, and everything after `--` kept verbatim. Unknown options are errors that say which
 * options the command takes.
 */

function parseArgs(command, argv, specs) {
    const byName = new Map();
    for (const spec of specs) {
        byName.set(spec.name, spec);
        if (spec.alias)
            byName.set(spec.alias, spec);
    }
    const parsed = { options: new Map(), positionals: [], rest: [], help: false };
    for (let index = 0; index < argv.length; index += 1) {
        const word = argv[index];
        if (word === '--') {
            parsed.rest = argv.slice(index + 1);
            break;
        }
        if (word === '--help' || word === '-h') {
            parsed.help = true;
            continue;
        }
        if (!word.startsWith('--') || word === '-') {
            parsed.positionals.push(word);
            continue;
        }
        const equals = word.indexOf('=');
        const name = word.slice(2, equals === -1 ? undefined : equals);
        const spec = byName.get(name);
        if (!spec) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Unknown option '--${name}' for 'python-perf-gate ${command}'. Expected one of: ${specs.map((s) => `--${s.name}`).join(', ')}. Run 'python-perf-gate ${command} --help'.`);
        }
        if (spec.kind === 'flag') {
            if (equals !== -1) {
                const value = word.slice(equals + 1);
                if (!['true', 'false'].includes(value))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Invalid value '${value}' for option '--${name}'. Expected no value, or 'true' / 'false'.`);
                parsed.options.set(spec.name, value);
            }
            else {
                parsed.options.set(spec.name, 'true');
            }
            continue;
        }
        let value;
        if (equals !== -1)
            value = word.slice(equals + 1);
        else {
            value = argv[index + 1];
            index += 1;
        }
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Option '--${name}' needs a value. Run 'python-perf-gate ${command} --help'.`);
        parsed.options.set(spec.name, value);
    }
    return parsed;
}
function formatHelp(usage, description, specs) {
    const width = Math.max(0, ...specs.map((spec) => optionLabel(spec).length));
    const lines = [`Usage: ${usage}`, '', description, ''];
    if (specs.length > 0) {
        lines.push('Options:');
        for (const spec of specs)
            lines.push(`  ${optionLabel(spec).padEnd(width)}  ${spec.help}`);
        lines.push(`  ${'--help'.padEnd(width)}  Show this help.`);
    }
    return `${lines.join('\n')}\n`;
}
function optionLabel(spec) {
    const name = spec.alias ? `--${spec.name}, --${spec.alias}` : `--${spec.name}`;
    return spec.kind === 'value' ? `${name} VALUE` : name;
}


/***/ }),

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(916);
/* harmony import */ var _core_folded_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(885);
/* harmony import */ var _core_fold_python_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(278);
/* harmony import */ var _core_fold_compat_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(739);
/* harmony import */ var _core_flamegraph_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(208);
/* harmony import */ var _core_diff_flamegraph_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(400);
/* harmony import */ var _core_compare_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(716);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(927);
/* harmony import */ var _core_readiness_format_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(291);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(750);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(924);
/* harmony import */ var _shell_baseline_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(439);
/**
 * The terminal entry: `python-perf-gate <command>`. Runs the same pipeline as the Action so a CI
 * result can be reproduced locally. Exit codes: 0 ok / pass, 1 regression, 2 error or not ready.
 */

















const stderrReporter = {
    info: (line) => process.stderr.write(`${line}\n`),
    notice: (line) => process.stderr.write(`notice: ${line}\n`),
    warning: (line) => process.stderr.write(`warning: ${line}\n`),
};
const pythonOption = { name: 'python', kind: 'value', help: 'Interpreter (name on PATH or path). Default: newest CPython ≥ 3.12 found.' };
const modeOption = { name: 'mode', kind: 'value', help: 'auto | fp | perf-jit | dwarf (default auto: the cheapest mode the probe proves).' };
const eventOption = { name: 'event', kind: 'value', help: 'perf event (default cpu-clock, available on every runner).' };
const systemOptions = [
    { name: 'install-perf', kind: 'flag', help: 'Install perf with apt-get when it is missing.' },
    { name: 'allow-sudo', kind: 'flag', help: 'Allow sudo -n for apt-get and sysctl (perf_event_paranoid, kptr_restrict).' },
];
const compareOptions = [
    { name: 'alpha', kind: 'value', help: 'Significance level after Holm correction (default 0.01).' },
    { name: 'threshold', kind: 'value', help: "Minimum relative growth of a function's share (default 10%)." },
    { name: 'min-delta', kind: 'value', help: 'Minimum absolute growth in percentage points (default 0.5).' },
    { name: 'min-share', kind: 'value', help: 'Minimum share in either profile to be gated (default 1%).' },
    { name: 'time-threshold', kind: 'value', help: 'Also gate total wall time growing by this much (e.g. 10%). Default off.' },
];
const profileOptions = [
    pythonOption,
    { name: 'script', kind: 'value', help: 'Python script to profile; its arguments follow `--`.' },
    { name: 'run', kind: 'value', help: 'Shell command to profile instead of a script (PATH and $PYTHON point at the checked interpreter).' },
    { name: 'working-directory', kind: 'value', help: 'Directory the benchmark runs in (default: current).' },
    modeOption,
    eventOption,
    { name: 'frequency', kind: 'value', help: 'Sampling frequency in Hz, 1–20000 (default 999).' },
    { name: 'repeat', kind: 'value', help: 'Recorded runs, 1–100 (default 5).' },
    { name: 'warmup', kind: 'value', help: 'Unrecorded warm-up runs (default 0).' },
    { name: 'timeout-minutes', kind: 'value', help: 'Kill a run (perf and all its children) after this long (default 30).' },
    { name: 'out', alias: 'output-dir', kind: 'value', help: 'Output directory (default python-perf-gate-out).' },
    { name: 'view', kind: 'value', help: 'python (default) | mixed: keep interpreter frames too.' },
    { name: 'baseline', kind: 'value', help: 'Folded file or previous output directory to compare against.' },
    { name: 'fail-on-regression', kind: 'value', help: 'Exit 1 on a regression (default true).' },
    { name: 'fail-on-inconclusive', kind: 'value', help: 'Exit 1 when the comparison is inconclusive (default false).' },
    ...compareOptions,
    { name: 'keep-perf-data', kind: 'flag', help: 'Keep perf.data (and map files) in OUT/perf-data.' },
    { name: 'title', kind: 'value', help: 'Flame graph title.' },
    ...systemOptions,
];
const commands = {
    check: {
        usage: 'python-perf-gate check [--python PY] [--mode MODE] [--json]',
        description: 'Checks that this machine can profile Python with perf: Python build, perf, kernel permissions, and a probe recording of a known call chain in each candidate mode. Exit 0 ready, 2 not ready.',
        options: [pythonOption, modeOption, eventOption, { name: 'json', kind: 'flag', help: 'Print the readiness report as JSON.' }, ...systemOptions],
        async run(args) {
            const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .readSettings */ .sb)(cliSource(args, 'check'));
            const readiness = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_12__/* .runCheck */ .k)(settings, stderrReporter);
            process.stdout.write(args.options.has('json') ? (0,_core_readiness_format_js__WEBPACK_IMPORTED_MODULE_14__/* .formatReadinessJson */ ._2)(readiness) : (0,_core_readiness_format_js__WEBPACK_IMPORTED_MODULE_14__/* .formatReadinessText */ .FC)(readiness));
            return readiness.ready ? 0 : 2;
        },
    },
    profile: {
        usage: 'python-perf-gate profile [options] (--script FILE [-- ARGS…] | --run "CMD" | -- COMMAND…)',
        description: 'Profiles a benchmark under perf record, writes OUT/profile.folded, OUT/flamegraph.svg and OUT/report.json, and compares against --baseline. Exit 0 pass, 1 regression, 2 error.',
        options: profileOptions,
        async run(args) {
            const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .readSettings */ .sb)(cliSource(args, 'profile'));
            const outcome = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_12__/* .runProfilePipeline */ .X)(settings, stderrReporter);
            printOutcome(outcome);
            return outcome.exitCode;
        },
    },
    demo: {
        usage: 'python-perf-gate demo [--python PY] [--out DIR]',
        description: 'Profiles the bundled examples/bench.py (a few seconds) with the newest CPython ≥ 3.12 found and writes into ./python-perf-gate-out/.',
        options: [pythonOption, { name: 'out', alias: 'output-dir', kind: 'value', help: 'Output directory (default python-perf-gate-out).' }, ...systemOptions],
        async run(args) {
            const script = findBundledExample();
            args.options.set('script', script);
            args.options.set('working-directory', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(script)));
            args.options.set('repeat', args.options.get('repeat') ?? '3');
            args.options.set('title', 'python-perf-gate demo: examples/bench.py');
            args.rest = ['--seconds', '1.5'];
            const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .readSettings */ .sb)(cliSource(args, 'demo'));
            const outcome = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_12__/* .runProfilePipeline */ .X)(settings, stderrReporter);
            printOutcome(outcome);
            return outcome.exitCode;
        },
    },
    fold: {
        usage: 'python-perf-gate fold [FILE|-] [--view python|mixed|compat] [compat options]',
        description: "Folds `perf script` output (a file, or stdin) into folded stacks on stdout. --view compat gives stackcollapse-perf.pl's exact output.",
        options: [
            { name: 'view', kind: 'value', help: 'python (default) | mixed | compat.' },
            { name: 'working-directory', kind: 'value', help: 'Python paths under it become relative (default: current directory).' },
            { name: 'compat', kind: 'flag', help: 'Same as --view compat.' },
            { name: 'pid', kind: 'flag', help: 'compat: include PID in the process name.' },
            { name: 'tid', kind: 'flag', help: 'compat: include PID and TID.' },
            { name: 'kernel', kind: 'flag', help: 'compat: annotate kernel frames with _[k].' },
            { name: 'jit', kind: 'flag', help: 'compat: annotate JIT frames with _[j].' },
            { name: 'all', kind: 'flag', help: 'compat: all annotations.' },
            { name: 'addrs', kind: 'flag', help: 'compat: keep raw addresses of unknown frames.' },
            { name: 'event-filter', kind: 'value', help: 'compat: event to keep (default: the first seen).' },
        ],
        async run(args) {
            const input = args.positionals[0] ?? '-';
            const view = args.options.has('compat') ? 'compat' : (args.options.get('view') ?? 'python');
            let stacks;
            if (view === 'compat') {
                const options = {};
                for (const name of ['pid', 'tid', 'kernel', 'jit', 'all', 'addrs'])
                    if (args.options.has(name))
                        options[name] = true;
                const eventFilter = args.options.get('event-filter');
                if (eventFilter)
                    options.eventFilter = eventFilter;
                const folder = (0,_core_fold_compat_js__WEBPACK_IMPORTED_MODULE_15__/* .createCompatFolder */ .l)(options);
                await forEachLine(input, (line) => folder.pushLine(line));
                stacks = folder.finish();
            }
            else if (view === 'python' || view === 'mixed') {
                const folder = (0,_core_fold_python_js__WEBPACK_IMPORTED_MODULE_6__/* .createFolder */ .vV)({ view, workingDirectory: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(args.options.get('working-directory') ?? '.'), homeDirectory: process.env.HOME ?? '' });
                await forEachLine(input, (line) => folder.pushLine(line));
                const result = folder.finish();
                stacks = result.stacks;
                if (result.quality.samples === 0)
                    stderrReporter.warning('no samples found in the input; is it `perf script` output?');
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${view}' for option '--view'. Expected 'python', 'mixed' or 'compat'.`);
            }
            await writeLines((0,_core_folded_js__WEBPACK_IMPORTED_MODULE_16__/* .formatFoldedLines */ .re)(stacks));
            return 0;
        },
    },
    flamegraph: {
        usage: 'python-perf-gate flamegraph [FOLDED|-] [options]   |   python-perf-gate flamegraph --diff BASE CURRENT [options]',
        description: 'Renders folded stacks as an interactive SVG flame graph on stdout; --diff renders the differential graph (current shape, red = larger share than in BASE, blue = smaller).',
        options: [
            { name: 'title', kind: 'value', help: 'Title (default "Flame Graph").' },
            { name: 'subtitle', kind: 'value', help: 'Subtitle line.' },
            { name: 'minwidth', kind: 'value', help: 'Hide frames narrower than this: pixels (0.1) or percent ("0.5%").' },
            { name: 'width', kind: 'value', help: 'Image width in pixels (default 1200).' },
            { name: 'inverted', kind: 'flag', help: 'Icicle graph: root at the top.' },
            { name: 'colors', kind: 'value', help: 'python (default) | hot | mono.' },
            { name: 'diff', kind: 'flag', help: 'Differential flame graph of two folded files: BASE CURRENT.' },
            { name: 'shape', kind: 'value', help: 'With --diff: current (default) or baseline (shows frames that vanished).' },
        ],
        async run(args) {
            const options = readFlameGraphOptions(args);
            if (args.options.has('diff')) {
                const [base, current] = args.positionals;
                if (!base || !current)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y("'flamegraph --diff' needs two folded files: BASE CURRENT.");
                const shape = args.options.get('shape') ?? 'current';
                if (shape !== 'current' && shape !== 'baseline')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${shape}' for option '--shape'. Expected 'current' or 'baseline'.`);
                process.stdout.write((0,_core_diff_flamegraph_js__WEBPACK_IMPORTED_MODULE_8__/* .renderDiffFlameGraph */ .ll)(await readFoldedInput(base), await readFoldedInput(current), { ...options, shape }));
                return 0;
            }
            process.stdout.write((0,_core_flamegraph_js__WEBPACK_IMPORTED_MODULE_7__/* .renderFlameGraph */ .a2)(await readFoldedInput(args.positionals[0] ?? '-'), options));
            return 0;
        },
    },
    compare: {
        usage: 'python-perf-gate compare --baseline PATH --current PATH [--json]',
        description: 'Compares two profiles (folded files or python-perf-gate output directories) with per-function statistics. Exit 0 pass, 1 regression, 2 error.',
        options: [
            { name: 'baseline', kind: 'value', help: 'Baseline folded file or output directory.' },
            { name: 'current', kind: 'value', help: 'Current folded file or output directory.' },
            { name: 'json', kind: 'flag', help: 'Print the comparison as JSON.' },
            ...compareOptions,
            { name: 'fail-on-regression', kind: 'value', help: 'Exit 1 on a regression (default true).' },
            { name: 'fail-on-inconclusive', kind: 'value', help: 'Exit 1 when inconclusive (default false).' },
        ],
        async run(args) {
            const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .readSettings */ .sb)(cliSource(args, 'compare'));
            const baselinePath = args.options.get('baseline');
            const currentPath = args.options.get('current');
            if (!baselinePath || !currentPath)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y("'compare' needs --baseline PATH and --current PATH.");
            const load = async (path, flag) => {
                const loaded = await (0,_shell_baseline_js__WEBPACK_IMPORTED_MODULE_13__/* .loadBaselinePath */ .d)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), `option '--${flag}'`);
                if (!loaded)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${path}' for option '--${flag}'. The path does not exist.`);
                return loaded;
            };
            const baseline = await load(baselinePath, 'baseline');
            const current = await load(currentPath, 'current');
            const comparison = (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_9__/* .compareProfiles */ .GB)({
                baseline: baseline.runs.map((stacks) => ({ stacks })),
                current: current.runs.map((stacks) => ({ stacks })),
                baselineMeta: baseline.meta,
                currentMeta: current.meta,
                options: settings.compare,
            });
            process.stdout.write(args.options.has('json') ? `${JSON.stringify(comparison, null, 2)}\n` : (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .formatComparisonMarkdown */ .C9)(comparison));
            const fails = (comparison.verdict === 'regressed' && settings.failOnRegression) || (comparison.verdict === 'inconclusive' && settings.failOnInconclusive);
            return fails ? 1 : 0;
        },
    },
};
function cliSource(args, command) {
    return {
        get: (name) => (name === 'output-dir' ? args.options.get('out') : args.options.get(name)) ?? '',
        describe: (name) => `option '--${name === 'output-dir' ? 'out' : name}'`,
        baseDirectory: process.cwd(),
        trailing: command === 'profile' || command === 'demo' ? args.rest : [],
    };
}
function readFlameGraphOptions(args) {
    const options = {};
    const title = args.options.get('title');
    if (title !== undefined)
        options.title = title;
    const subtitle = args.options.get('subtitle');
    if (subtitle !== undefined)
        options.subtitle = subtitle;
    const minWidth = args.options.get('minwidth');
    if (minWidth !== undefined) {
        if (/^\d+(\.\d+)?%$/.test(minWidth))
            options.minWidth = minWidth;
        else if (/^\d+(\.\d+)?$/.test(minWidth))
            options.minWidth = Number(minWidth);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${minWidth}' for option '--minwidth'. Expected pixels (e.g. 0.1) or a percentage (e.g. '0.5%').`);
    }
    const width = args.options.get('width');
    if (width !== undefined) {
        if (!/^\d+$/.test(width) || Number(width) < 100 || Number(width) > 100000) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${width}' for option '--width'. Expected an integer 100–100000 (pixels).`);
        }
        options.width = Number(width);
    }
    if (args.options.has('inverted'))
        options.inverted = true;
    const colors = args.options.get('colors');
    if (colors !== undefined) {
        if (!['python', 'hot', 'mono'].includes(colors))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Invalid value '${colors}' for option '--colors'. Expected 'python', 'hot' or 'mono'.`);
        options.colors = colors;
    }
    return options;
}
async function forEachLine(input, onLine) {
    if (input !== '-' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Input file '${input}' does not exist.`);
    const stream = input === '-' ? process.stdin : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(input);
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: stream, crlfDelay: Infinity });
    for await (const line of lines)
        onLine(line);
}
async function readFoldedInput(input) {
    if (input === '-') {
        const { parseFoldedLines } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 885));
        const lines = [];
        await forEachLine('-', (line) => lines.push(line));
        return parseFoldedLines(lines);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Folded file '${input}' does not exist.`);
    return (0,_shell_baseline_js__WEBPACK_IMPORTED_MODULE_13__/* .readFoldedFile */ .r)(input);
}
async function writeLines(lines) {
    const chunk = 4096;
    for (let index = 0; index < lines.length; index += chunk) {
        const text = `${lines.slice(index, index + chunk).join('\n')}\n`;
        if (!process.stdout.write(text))
            await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
}
function printOutcome(outcome) {
    const files = outcome.files;
    const lines = [
        `verdict: ${outcome.verdict}${outcome.inconclusiveReasons.length > 0 ? ` (${outcome.inconclusiveReasons.join('; ')})` : ''}`,
        `folded:     ${files.folded}`,
        `flamegraph: ${files.flamegraph}`,
        `speedscope: ${files.speedscope}`,
        `report:     ${files.report}`,
    ];
    if (files.diff)
        lines.push(`diff:       ${files.diff}`);
    if (outcome.comparison)
        lines.push('', (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .formatComparisonMarkdown */ .C9)(outcome.comparison));
    process.stdout.write(`${lines.join('\n')}\n`);
}
/** examples/bench.py next to the bundle (dist/cli.js) or the sources (src/cli.ts). */
function findBundledExample() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', 'examples', 'bench.py'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, 'examples', 'bench.py')]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(candidate);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`The bundled example examples/bench.py was not found next to ${here}. Run the demo from a clone of python-perf-gate.`);
}
async function main(argv) {
    const [name, ...rest] = argv;
    const usage = `Usage: python-perf-gate <command> [options]\n\nCommands:\n${Object.entries(commands)
        .map(([key, command]) => `  ${key.padEnd(11)} ${command.description.split('. ')[0]}.`)
        .join('\n')}\n\nRun 'python-perf-gate <command> --help' for a command's options.\n`;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(usage);
        return name ? 0 : 2;
    }
    const command = commands[name];
    if (!command) {
        process.stderr.write(`Unknown command '${name}'.\n\n${usage}`);
        return 2;
    }
    try {
        const args = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArgs */ .Z)(name, rest, command.options);
        if (args.help) {
            process.stdout.write((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .formatHelp */ .B)(command.usage, command.description, command.options));
            return 0;
        }
        return await command.run(args);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y || error instanceof _settings_js__WEBPACK_IMPORTED_MODULE_11__/* .SettingsError */ .GN) {
            process.stderr.write(`error: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`error: ${error.stack ?? String(error)}\n`);
        return 2;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GB: () => (/* binding */ compareProfiles),
  MA: () => (/* binding */ formatP),
  Xf: () => (/* binding */ formatPoints),
  om: () => (/* binding */ formatRelative),
  T1: () => (/* binding */ formatShare)
});

// UNUSED EXPORTS: DEFAULT_COMPARE_OPTIONS, MIN_DISPERSION_DF, extractMinorVersion, resolveCompareOptions

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __nccwpck_require__(885);
// EXTERNAL MODULE: ./src/core/hotspots.ts
var hotspots = __nccwpck_require__(279);
;// CONCATENATED MODULE: ./src/core/stats.ts
/**
 * Statistics for the compare stage: descriptive helpers, Welch's t-test, Mann–Whitney U, an
 * overdispersed two-proportion z-test, a dispersion estimate, and Holm / Benjamini–Hochberg
 * p-value adjustments. Pure functions, no dependencies.
 *
 * Conventions shared by every test here: the first sample is `x`, the second `y`; `pGreater` is the
 * one-sided p-value for "x is larger than y", `pLess` for "x is smaller", `pTwoSided` for "differs".
 * Degenerate inputs (empty samples, zero variance) give `NaN` statistics and p = 1 unless the answer
 * is certain; callers that serialise results must map non-finite numbers to `null`.
 */
/** Arithmetic mean; `NaN` for an empty sample. */
function computeMean(values) {
    if (values.length === 0)
        return Number.NaN;
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}
/** Unbiased sample variance (divides by n − 1); `NaN` for fewer than two values. Two-pass for accuracy. */
function computeVariance(values) {
    if (values.length < 2)
        return Number.NaN;
    const mean = computeMean(values);
    let sumSquares = 0;
    let sumDeviations = 0;
    for (const value of values) {
        const deviation = value - mean;
        sumSquares += deviation * deviation;
        sumDeviations += deviation;
    }
    // Corrected two-pass algorithm: removes the rounding error left in the mean.
    return (sumSquares - (sumDeviations * sumDeviations) / values.length) / (values.length - 1);
}
/** Sample standard deviation (square root of the unbiased variance). */
function computeStandardDeviation(values) {
    return Math.sqrt(computeVariance(values));
}
/** Median (mean of the two middle values for an even count); `NaN` for an empty sample. */
function computeMedian(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
// ---------------------------------------------------------------------------------------------
// Special functions
// ---------------------------------------------------------------------------------------------
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** Natural log of the gamma function for x > 0 (Lanczos approximation, ~15 significant digits). */
function computeLogGamma(x) {
    if (x < 0.5) {
        // Reflection formula keeps the approximation in its accurate range.
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - computeLogGamma(1 - x);
    }
    const z = x - 1;
    let sum = LANCZOS_COEFFICIENTS[0];
    for (let i = 1; i < LANCZOS_G + 2; i += 1)
        sum += LANCZOS_COEFFICIENTS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;
/**
 * Regularized incomplete beta function I_x(a, b), evaluated with the continued fraction (modified
 * Lentz method) on whichever side of the mean converges fast.
 */
function computeRegularizedIncompleteBeta(x, a, b) {
    if (!(a > 0) || !(b > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = computeLogGamma(a + b) - computeLogGamma(a) - computeLogGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    const front = Math.exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return (front * evaluateBetaContinuedFraction(x, a, b)) / a;
    return 1 - (front * evaluateBetaContinuedFraction(1 - x, b, a)) / b;
}
function evaluateBetaContinuedFraction(x, a, b) {
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let result = d;
    for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
        const m2 = 2 * m;
        // Even step.
        let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + numerator * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + numerator / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        result *= d * c;
        // Odd step.
        numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + numerator * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + numerator / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        result *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return result;
}
/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), by series or continued fraction. */
function computeRegularizedUpperGamma(a, x) {
    if (!(a > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    const logFront = a * Math.log(x) - x - computeLogGamma(a);
    if (x < a + 1) {
        // Series for the lower function P, then Q = 1 − P.
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON)
                break;
        }
        return 1 - sum * Math.exp(logFront);
    }
    // Continued fraction for Q (modified Lentz).
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let result = d;
    for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
        const an = -n * (n - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        result *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.exp(logFront) * result;
}
/** P(Z > z) for a standard normal Z, accurate far into the tail. */
function computeNormalUpperTail(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    if (z === Infinity)
        return 0;
    if (z === -Infinity)
        return 1;
    // erfc(u) = Q(1/2, u²) for u ≥ 0.
    const half = 0.5 * computeRegularizedUpperGamma(0.5, (z * z) / 2);
    return z >= 0 ? half : 1 - half;
}
/** Standard normal CDF P(Z ≤ z). */
function computeNormalCdf(z) {
    return computeNormalUpperTail(-z);
}
/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional; Infinity → normal). */
function computeStudentTUpperTail(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return Number.NaN;
    if (df === Infinity)
        return computeNormalUpperTail(t);
    if (t === Infinity)
        return 0;
    if (t === -Infinity)
        return 1;
    // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2); each tail is half of it.
    const tail = 0.5 * computeRegularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** Student's t CDF P(T ≤ t). */
function computeStudentTCdf(t, df) {
    return computeStudentTUpperTail(-t, df);
}
/**
 * Welch's unequal-variance t-test of mean(x) vs mean(y). Needs at least two values per side (else
 * every p is NaN). When both variances are zero the answer is certain: p = 0 in the direction of a
 * non-zero difference, 1 otherwise.
 */
function runWelchTTest(x, y) {
    const meanX = computeMean(x);
    const meanY = computeMean(y);
    const nx = x.length;
    const ny = y.length;
    if (nx < 2 || ny < 2) {
        return { t: Number.NaN, df: Number.NaN, meanX, meanY, standardError: Number.NaN, pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
    }
    const vx = computeVariance(x) / nx;
    const vy = computeVariance(y) / ny;
    const standardError = Math.sqrt(vx + vy);
    const difference = meanX - meanY;
    if (standardError === 0) {
        const pGreater = difference > 0 ? 0 : 1;
        const pLess = difference < 0 ? 0 : 1;
        return { t: difference === 0 ? 0 : Math.sign(difference) * Infinity, df: Number.NaN, meanX, meanY, standardError, pGreater, pLess, pTwoSided: difference === 0 ? 1 : 0 };
    }
    const t = difference / standardError;
    const df = ((vx + vy) * (vx + vy)) / ((vx * vx) / (nx - 1) + (vy * vy) / (ny - 1));
    return { t, df, meanX, meanY, standardError, ...computeTPValues(t, df) };
}
function computeTPValues(t, df) {
    const pGreater = computeStudentTUpperTail(t, df);
    const pLess = computeStudentTUpperTail(-t, df);
    return { pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}
/** Largest nx + ny for the exact distribution (counts stay far below 2^53). */
const MANN_WHITNEY_EXACT_LIMIT = 40;
/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of x vs y. Exact p-values when there are no ties and the
 * samples are small; otherwise the normal approximation with tie correction and a continuity
 * correction of 1/2. Empty samples give NaN p-values.
 */
function runMannWhitneyUTest(x, y) {
    const nx = x.length;
    const ny = y.length;
    if (nx === 0 || ny === 0) {
        return { u: Number.NaN, z: Number.NaN, method: 'normal', pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
    }
    const pooled = [...x.map((value) => ({ value, fromX: true })), ...y.map((value) => ({ value, fromX: false }))];
    pooled.sort((a, b) => a.value - b.value);
    const n = pooled.length;
    let rankSumX = 0;
    let tieTerm = 0;
    for (let start = 0; start < n;) {
        let end = start + 1;
        while (end < n && pooled[end].value === pooled[start].value)
            end += 1;
        const size = end - start;
        const averageRank = (start + 1 + end) / 2;
        for (let i = start; i < end; i += 1)
            if (pooled[i].fromX)
                rankSumX += averageRank;
        tieTerm += size * size * size - size;
        start = end;
    }
    const u = rankSumX - (nx * (nx + 1)) / 2;
    if (tieTerm === 0 && n <= MANN_WHITNEY_EXACT_LIMIT) {
        const counts = countMannWhitneyDistribution(nx, ny);
        let total = 0;
        let atLeast = 0;
        let atMost = 0;
        for (let k = 0; k < counts.length; k += 1) {
            const count = counts[k];
            total += count;
            if (k >= u)
                atLeast += count;
            if (k <= u)
                atMost += count;
        }
        const pGreater = atLeast / total;
        const pLess = atMost / total;
        return { u, z: Number.NaN, method: 'exact', pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
    }
    const mean = (nx * ny) / 2;
    const variance = ((nx * ny) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0)) {
        return { u, z: Number.NaN, method: 'normal', pGreater: 1, pLess: 1, pTwoSided: 1 };
    }
    const sd = Math.sqrt(variance);
    const pGreater = computeNormalUpperTail((u - mean - 0.5) / sd);
    const pLess = computeNormalCdf((u - mean + 0.5) / sd);
    const z = u > mean ? (u - mean - 0.5) / sd : u < mean ? (u - mean + 0.5) / sd : 0;
    return { u, z, method: 'normal', pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}
/** counts[u] = number of arrangements of nx x-values among nx + ny ranks whose U equals u. */
function countMannWhitneyDistribution(nx, ny) {
    // Recurrence on the largest rank: it is an x (adds ny to U) or a y (adds nothing).
    // table[i][j] is the distribution for i x-values and j y-values.
    let previousRow = [];
    for (let i = 0; i <= nx; i += 1) {
        const row = [];
        for (let j = 0; j <= ny; j += 1) {
            if (i === 0 || j === 0) {
                row.push([1]);
                continue;
            }
            const withX = previousRow[j];
            const withY = row[j - 1];
            const size = i * j + 1;
            const counts = new Array(size).fill(0);
            for (let k = 0; k < withX.length; k += 1)
                counts[k + j] = counts[k + j] + withX[k];
            for (let k = 0; k < withY.length; k += 1)
                counts[k] = counts[k] + withY[k];
            row.push(counts);
        }
        previousRow = row;
    }
    return previousRow[ny];
}
/**
 * Two-proportion z-test on pooled counts with a quasi-binomial variance: Var = φ·p̂(1−p̂)(1/nx + 1/ny).
 * φ > 1 accounts for samples that are not independent draws (profiles vary between runs by more
 * than multinomial noise). A pooled proportion of 0 or 1 leaves nothing to test: p = 1.
 */
function runTwoProportionZTest(input) {
    const { countX, totalX, countY, totalY } = input;
    const dispersion = Math.max(1, input.dispersion);
    const proportionX = totalX > 0 ? countX / totalX : Number.NaN;
    const proportionY = totalY > 0 ? countY / totalY : Number.NaN;
    const pooledProportion = (countX + countY) / (totalX + totalY);
    const variance = dispersion * pooledProportion * (1 - pooledProportion) * (1 / totalX + 1 / totalY);
    if (!(totalX > 0) || !(totalY > 0) || !(variance > 0)) {
        return { z: Number.NaN, proportionX, proportionY, pooledProportion, pGreater: 1, pLess: 1, pTwoSided: 1 };
    }
    const z = (proportionX - proportionY) / Math.sqrt(variance);
    const pGreater = computeNormalUpperTail(z);
    const pLess = computeNormalCdf(z);
    return { z, proportionX, proportionY, pooledProportion, pGreater, pLess, pTwoSided: Math.min(1, 2 * Math.min(pGreater, pLess)) };
}
/**
 * Estimates the quasi-binomial dispersion φ from between-run variation: for each group (one
 * function on one side), the Pearson statistic Σ (c_i − n_i·p̂)² / (n_i·p̂·(1 − p̂)) over its runs has
 * expectation (runs − 1)·φ under a quasi-binomial model, so φ̂ = Σ χ² / Σ (runs − 1). Groups with a
 * small expected count in some run are skipped (their χ² is unstable).
 */
function estimateDispersion(groups, options = {}) {
    const minExpected = options.minExpected ?? 5;
    let chiSquare = 0;
    let degreesOfFreedom = 0;
    let used = 0;
    for (const group of groups) {
        const runs = group.counts.length;
        if (runs < 2 || group.totals.length !== runs)
            continue;
        let count = 0;
        let total = 0;
        for (let i = 0; i < runs; i += 1) {
            count += group.counts[i];
            total += group.totals[i];
        }
        if (!(total > 0))
            continue;
        const proportion = count / total;
        if (!(proportion > 0 && proportion < 1))
            continue;
        let qualifies = true;
        let statistic = 0;
        for (let i = 0; i < runs; i += 1) {
            const expected = group.totals[i] * proportion;
            if (expected < minExpected || group.totals[i] - expected < minExpected) {
                qualifies = false;
                break;
            }
            const deviation = group.counts[i] - expected;
            statistic += (deviation * deviation) / (expected * (1 - proportion));
        }
        if (!qualifies)
            continue;
        chiSquare += statistic;
        degreesOfFreedom += runs - 1;
        used += 1;
    }
    return { estimate: degreesOfFreedom > 0 ? chiSquare / degreesOfFreedom : Number.NaN, degreesOfFreedom, groups: used };
}
/**
 * Holm's step-down adjustment (controls the family-wise error rate). Returns adjusted p-values in
 * the input order: sorted ascending, p_(i)·(m − i + 1), made non-decreasing, capped at 1.
 * NaN inputs stay NaN and do not count toward m.
 */
function adjustHolm(pValues) {
    const order = orderFinite(pValues);
    const m = order.length;
    const adjusted = pValues.map(() => Number.NaN);
    let running = 0;
    order.forEach((index, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
        adjusted[index] = running;
    });
    return adjusted;
}
/**
 * Benjamini–Hochberg step-up adjustment (controls the false discovery rate): p_(i)·m / i, made
 * non-increasing from the largest down, capped at 1. NaN inputs stay NaN and do not count toward m.
 */
function adjustBenjaminiHochberg(pValues) {
    const order = orderFinite(pValues);
    const m = order.length;
    const adjusted = pValues.map(() => Number.NaN);
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank -= 1) {
        const index = order[rank];
        running = Math.min(running, (m / (rank + 1)) * pValues[index]);
        adjusted[index] = running;
    }
    return adjusted;
}
/** Applies the named correction. */
function adjustPValues(pValues, method) {
    return method === 'holm' ? adjustHolm(pValues) : adjustBenjaminiHochberg(pValues);
}
function orderFinite(pValues) {
    const indexes = [];
    pValues.forEach((p, index) => {
        if (!Number.isNaN(p))
            indexes.push(index);
    });
    // Stable tie-break by index keeps the output deterministic.
    return indexes.sort((a, b) => pValues[a] - pValues[b] || a - b);
}

;// CONCATENATED MODULE: ./src/core/compare.ts
/**
 * Compare stage: decides whether the current profiles regressed against the baseline profiles.
 *
 * The unit of comparison is a function's **share** of a run's samples (weight / run total), so runs
 * on machines of different speed stay comparable. Two shares are tested per function:
 *  - `own`: the time the function causes by itself — `ownPython` for `py::` functions (its own
 *    interpretation plus the native code it calls directly), `self` for native and kernel
 *    functions. This drives the root-cause analysis: a function whose own share grew is a `cause`.
 *  - `inclusive`: time spent in the function and everything beneath it. A function that regressed
 *    only inclusively is a `consequence`; `causedBy` names the causes found beneath it.
 *
 * Tests (one-sided, "share grew" for regressions and "share shrank" for improvements):
 *  - Both sides have ≥ `minRunsForWelch` runs (default 3): Welch's t-test on the per-run shares. It
 *    uses the real run-to-run variation. Mann–Whitney was rejected: with 5 vs 5 runs its smallest
 *    one-sided p is 1/252 ≈ 0.004, which no correction across dozens of functions lets through.
 *  - Otherwise: a two-proportion z-test on the pooled counts with the variance inflated by a
 *    dispersion factor φ (quasi-binomial). φ is estimated from the between-run variation of every
 *    function with enough samples (Pearson χ²/df, `estimateDispersion`) when a side has ≥ 2 runs and
 *    the estimate rests on ≥ `MIN_DISPERSION_DF` degrees of freedom, clamped to ≥ 1; else φ =
 *    `defaultDispersion` (2). Samples of one run are autocorrelated (program phases), so plain
 *    binomial variance (φ = 1) would overstate the evidence.
 * All tested hypotheses (own + inclusive, every function whose share reaches `minShare` on either
 * side) form one family per direction, corrected with Holm (default) or Benjamini–Hochberg.
 *
 * Shares are compositional: when one function gets faster every other share grows. So a growth
 * only counts when it also holds among the samples not attributed to significantly improved
 * functions (and an improvement only when it also holds outside regressed functions); the second
 * test uses the same family size and correction.
 */



const DEFAULT_COMPARE_OPTIONS = Object.freeze({
    alpha: 0.01,
    threshold: 0.1,
    minDelta: 0.005,
    minShare: 0.01,
    correction: 'holm',
    minSamples: 1000,
    minRunSamples: 100,
    minRunsForWelch: 3,
    timeThreshold: null,
    minRootedShare: 0.5,
    minPythonShare: 0.5,
    defaultDispersion: 2,
});
/** Degrees of freedom the dispersion estimate needs before it replaces the default. */
const MIN_DISPERSION_DF = 10;
/** Merges partial options over the defaults and validates them. */
function resolveCompareOptions(partial = {}) {
    const options = { ...DEFAULT_COMPARE_OPTIONS };
    for (const [key, value] of Object.entries(partial)) {
        if (value !== undefined)
            options[key] = value;
    }
    const inUnit = (name, value, open) => {
        if (!Number.isFinite(value) || value < 0 || value > 1 || (open && (value === 0 || value === 1))) {
            throw new Error(`Invalid compare option ${name}=${value}: expected a number ${open ? 'strictly ' : ''}between 0 and 1.`);
        }
    };
    inUnit('alpha', options.alpha, true);
    inUnit('minShare', options.minShare, false);
    inUnit('minDelta', options.minDelta, false);
    inUnit('minRootedShare', options.minRootedShare, false);
    inUnit('minPythonShare', options.minPythonShare, false);
    const nonNegative = ['threshold', 'minSamples', 'minRunSamples'];
    for (const name of nonNegative) {
        const value = options[name];
        if (!Number.isFinite(value) || value < 0)
            throw new Error(`Invalid compare option ${name}=${value}: expected a non-negative number.`);
    }
    if (!Number.isInteger(options.minRunsForWelch) || options.minRunsForWelch < 2) {
        throw new Error(`Invalid compare option minRunsForWelch=${options.minRunsForWelch}: expected an integer ≥ 2.`);
    }
    if (options.timeThreshold !== null && (!Number.isFinite(options.timeThreshold) || options.timeThreshold < 0)) {
        throw new Error(`Invalid compare option timeThreshold=${options.timeThreshold}: expected a non-negative number or null.`);
    }
    if (!Number.isFinite(options.defaultDispersion) || options.defaultDispersion < 1) {
        throw new Error(`Invalid compare option defaultDispersion=${options.defaultDispersion}: expected a number ≥ 1.`);
    }
    if (options.correction !== 'holm' && options.correction !== 'bh') {
        throw new Error(`Invalid compare option correction=${String(options.correction)}: expected 'holm' or 'bh'.`);
    }
    return options;
}
/** Compares baseline runs with current runs; see the module comment for the method. */
function compareProfiles(input) {
    const options = resolveCompareOptions(input.options);
    const baseline = buildSide(input.baseline.map((run) => run.stacks));
    const current = buildSide(input.current.map((run) => run.stacks));
    const baselineSummary = summarizeSide(input.baseline, baseline, input.baselineMeta);
    const currentSummary = summarizeSide(input.current, current, input.currentMeta);
    const reasons = collectValidityReasons(baselineSummary, currentSummary, options);
    const time = compareTimes(input.baseline, input.current, options);
    // Functions and which of their shares reach the floor.
    const names = new Set();
    for (const table of [...baseline.tables, ...current.tables])
        for (const name of table.functions.keys())
            names.add(name);
    const kinds = new Map();
    for (const table of [...baseline.tables, ...current.tables])
        for (const fn of table.functions.values())
            kinds.set(fn.name, fn.kind);
    const canTest = baseline.tables.length > 0 && current.tables.length > 0 && baselineSummary.samples > 0 && currentSummary.samples > 0;
    const method = !canTest
        ? null
        : baseline.tables.length >= options.minRunsForWelch && current.tables.length >= options.minRunsForWelch
            ? 'welch'
            : 'pooled-z';
    const dispersion = method === 'pooled-z' ? chooseDispersion(baseline, current, options) : null;
    const context = { method: method ?? 'pooled-z', dispersion: dispersion?.value ?? options.defaultDispersion, correction: options.correction };
    const considered = [];
    const testedKeys = [];
    let omitted = 0;
    for (const name of [...names].sort(folded/* compareBytes */.Xo)) {
        const maxShare = (metric) => Math.max(describeShares(baseline, name, metric, context.method).share, describeShares(current, name, metric, context.method).share);
        const inclusiveReaches = maxShare('inclusive') >= options.minShare;
        if (!inclusiveReaches) {
            omitted += 1;
            continue;
        }
        considered.push(name);
        if (!canTest)
            continue;
        testedKeys.push(`${name}\u0000inclusive`);
        if (maxShare('own') >= options.minShare)
            testedKeys.push(`${name}\u0000own`);
    }
    // Pass 1: plain shares.
    const plain = runFamily(baseline, current, testedKeys, context);
    const firstOutcomes = evaluateOutcomes(plain, options, baseline);
    // Pass 2: growth must survive without the improved functions' samples, and vice versa.
    const improvedOwn = namesWithOutcome(firstOutcomes, 'improved');
    const regressedOwn = namesWithOutcome(firstOutcomes, 'regressed');
    const withoutImproved = improvedOwn.size > 0 ? runFamily(excludeAttributed(baseline, improvedOwn), excludeAttributed(current, improvedOwn), testedKeys, context) : null;
    const withoutRegressed = regressedOwn.size > 0 ? runFamily(excludeAttributed(baseline, regressedOwn), excludeAttributed(current, regressedOwn), testedKeys, context) : null;
    const secondForGrowth = withoutImproved ? evaluateOutcomes(withoutImproved, options, baseline) : null;
    const secondForShrink = withoutRegressed ? evaluateOutcomes(withoutRegressed, options, baseline) : null;
    const metricResults = new Map();
    for (const key of testedKeys) {
        let outcome = firstOutcomes.get(key).outcome;
        let reason = firstOutcomes.get(key).reason;
        if (outcome === 'regressed' && secondForGrowth && secondForGrowth.get(key).outcome !== 'regressed') {
            outcome = 'unchanged';
            reason += `; but not once the samples of faster functions (${formatNameList(improvedOwn)}) are set aside: ${secondForGrowth.get(key).reason}`;
        }
        else if (outcome === 'improved' && secondForShrink && secondForShrink.get(key).outcome !== 'improved') {
            outcome = 'unchanged';
            reason += `; but not once the samples of slower functions (${formatNameList(regressedOwn)}) are set aside: ${secondForShrink.get(key).reason}`;
        }
        metricResults.set(key, { outcome, reason });
    }
    // Per-function decisions.
    const functions = considered.map((name) => {
        const kind = kinds.get(name);
        const newHotspot = baseline.tables.length > 0 && baseline.tables.every((table) => !table.functions.has(name));
        const metric = (which) => buildMetricComparison(name, which, baseline, current, plain.get(`${name}\u0000${which}`) ?? null, metricResults.get(`${name}\u0000${which}`) ?? null, context, options, canTest);
        const own = metric('own');
        const inclusive = metric('inclusive');
        let decision;
        let role = null;
        if (own.outcome === 'regressed') {
            decision = 'regressed';
            role = 'cause';
        }
        else if (inclusive.outcome === 'regressed') {
            decision = 'regressed';
            role = 'consequence';
        }
        else if (own.outcome === 'improved' || inclusive.outcome === 'improved') {
            decision = 'improved';
            role = own.outcome === 'improved' ? 'cause' : 'consequence';
        }
        else if (own.tested || inclusive.tested) {
            decision = 'unchanged';
        }
        else {
            decision = 'not-tested';
        }
        return { name, kind, decision, role, causedBy: [], within: null, newHotspot, reason: '', own, inclusive };
    });
    attachCauses(functions, current, 'regressed');
    attachCauses(functions, current, 'improved');
    attachOwners(functions, current);
    for (const fn of functions)
        fn.reason = describeFunctionReason(fn, canTest);
    const byDelta = (metric) => (a, b) => metric(b).deltaShare - metric(a).deltaShare || (0,folded/* compareBytes */.Xo)(a.name, b.name);
    const byShrink = (metric) => (a, b) => metric(a).deltaShare - metric(b).deltaShare || (0,folded/* compareBytes */.Xo)(a.name, b.name);
    const causes = functions.filter((fn) => fn.decision === 'regressed' && fn.role === 'cause').sort(byDelta((fn) => fn.own));
    const consequences = functions.filter((fn) => fn.decision === 'regressed' && fn.role === 'consequence').sort(byDelta((fn) => fn.inclusive));
    const improvedFunctions = [
        ...functions.filter((fn) => fn.decision === 'improved' && fn.role === 'cause').sort(byShrink((fn) => fn.own)),
        ...functions.filter((fn) => fn.decision === 'improved' && fn.role === 'consequence').sort(byShrink((fn) => fn.inclusive)),
    ];
    const timeRegressions = [time.wall, time.cpu].filter((entry) => entry !== null && entry.regressed);
    const regressions = [
        ...causes.map(toFunctionChange),
        ...consequences.map(toFunctionChange),
        ...timeRegressions.map(toTimeChange),
    ];
    const decisionOrder = { regressed: 0, improved: 1, unchanged: 2, 'not-tested': 3 };
    // Regressed and improved functions keep their report order (causes first); the rest go by share.
    const reportOrder = new Map([...causes, ...consequences, ...improvedFunctions].map((fn, index) => [fn.name, index]));
    const sortedFunctions = [...functions].sort((a, b) => decisionOrder[a.decision] - decisionOrder[b.decision] ||
        (reportOrder.get(a.name) ?? 0) - (reportOrder.get(b.name) ?? 0) ||
        Math.max(b.inclusive.baselineShare, b.inclusive.currentShare) - Math.max(a.inclusive.baselineShare, a.inclusive.currentShare) ||
        (0,folded/* compareBytes */.Xo)(a.name, b.name));
    let verdict;
    if (input.baseline.length === 0) {
        verdict = 'no-baseline';
        reasons.unshift('no baseline runs to compare against');
    }
    else if (reasons.length > 0) {
        verdict = 'inconclusive';
    }
    else if (regressions.length > 0) {
        verdict = 'regressed';
    }
    else {
        verdict = 'pass';
    }
    return {
        schemaVersion: 1,
        verdict,
        summary: describeVerdict(verdict, reasons, causes, consequences, timeRegressions, testedKeys.length, options),
        reasons,
        options,
        baseline: baselineSummary,
        current: currentSummary,
        method: { test: method, correction: options.correction, testedHypotheses: testedKeys.length, dispersion },
        regressions,
        improvements: improvedFunctions.map(toFunctionChange),
        functions: sortedFunctions,
        omittedFunctions: omitted,
        time,
    };
}
function buildSide(profiles) {
    const tables = profiles.map((stacks) => (0,hotspots/* computeFunctionTable */.Wz)(stacks));
    return { profiles, tables, totals: tables.map((table) => table.total) };
}
function selectWeight(table, name, metric) {
    const fn = table.functions.get(name);
    if (fn === undefined)
        return 0;
    return metric === 'own' ? (0,hotspots/* selectOwnWeight */.vM)(fn) : fn.inclusive;
}
/** The displayed/tested share of one side: mean of per-run shares for Welch, pooled share otherwise. */
function describeShares(side, name, metric, method) {
    const perRun = [];
    let count = 0;
    let total = 0;
    side.tables.forEach((table, i) => {
        const weight = selectWeight(table, name, metric);
        const runTotal = side.totals[i];
        count += weight;
        total += runTotal;
        perRun.push(runTotal > 0 ? weight / runTotal : 0);
    });
    const share = method === 'welch' ? (perRun.length > 0 ? computeMean(perRun) : 0) : total > 0 ? count / total : 0;
    return { share, sd: finiteOrNull(computeStandardDeviation(perRun)), perRun, count, total };
}
function runFamily(baseline, current, keys, context) {
    const results = new Map();
    for (const key of keys) {
        const [name, metric] = splitKey(key);
        const before = describeShares(baseline, name, metric, context.method);
        const after = describeShares(current, name, metric, context.method);
        let statistic;
        let df = null;
        let pGrow;
        let pShrink;
        if (context.method === 'welch') {
            const welch = runWelchTTest(after.perRun, before.perRun);
            statistic = welch.t;
            df = finiteOrNull(welch.df);
            pGrow = welch.pGreater;
            pShrink = welch.pLess;
        }
        else {
            const z = runTwoProportionZTest({ countX: after.count, totalX: after.total, countY: before.count, totalY: before.total, dispersion: context.dispersion });
            statistic = z.z;
            pGrow = z.pGreater;
            pShrink = z.pLess;
        }
        results.set(key, {
            baselineShare: before.share,
            currentShare: after.share,
            baselineSd: before.sd,
            currentSd: after.sd,
            statistic: finiteOrNull(statistic),
            df,
            pGrow: Number.isNaN(pGrow) ? 1 : pGrow,
            pShrink: Number.isNaN(pShrink) ? 1 : pShrink,
            pGrowAdjusted: 1,
            pShrinkAdjusted: 1,
        });
    }
    const ordered = keys.map((key) => results.get(key));
    const grow = adjustPValues(ordered.map((test) => test.pGrow), context.correction);
    const shrink = adjustPValues(ordered.map((test) => test.pShrink), context.correction);
    ordered.forEach((test, i) => {
        test.pGrowAdjusted = grow[i];
        test.pShrinkAdjusted = shrink[i];
    });
    return results;
}
function evaluateOutcomes(tests, options, baseline) {
    const outcomes = new Map();
    for (const [key, test] of tests) {
        const [name, metric] = splitKey(key);
        const absentInBaseline = baseline.tables.every((table) => !table.functions.has(name));
        outcomes.set(key, judgeMetric(test, metric, absentInBaseline, options));
    }
    return outcomes;
}
function judgeMetric(test, metric, absentInBaseline, options) {
    const label = metric === 'own' ? 'own share' : 'inclusive share';
    const delta = test.currentShare - test.baselineShare;
    const relative = test.baselineShare > 0 ? delta / test.baselineShare : null;
    const head = `${label} ${formatShare(test.baselineShare)} → ${formatShare(test.currentShare)} (${formatPoints(delta)}, ${relative === null ? 'new' : formatRelative(relative)})`;
    const correctionName = options.correction === 'holm' ? 'Holm' : 'BH';
    const reachesFloor = Math.max(test.baselineShare, test.currentShare) >= options.minShare;
    if (delta === 0)
        return { outcome: 'unchanged', reason: `${head}: no change` };
    const growing = delta > 0;
    const p = growing ? test.pGrow : test.pShrink;
    const pAdjusted = growing ? test.pGrowAdjusted : test.pShrinkAdjusted;
    const pText = `p=${formatP(p)} (${correctionName} ${formatP(pAdjusted)})`;
    const failures = [];
    if (!(pAdjusted < options.alpha))
        failures.push(`${pText} ≥ ${options.alpha}`);
    const newHotspot = growing && absentInBaseline;
    if (!newHotspot) {
        if (relative !== null && Math.abs(relative) < options.threshold) {
            failures.push(`relative ${growing ? 'growth' : 'shrink'} ${formatRelative(relative)} below ${formatPercent(options.threshold)}`);
        }
        if (Math.abs(delta) < options.minDelta)
            failures.push(`${formatPoints(delta)} below ${formatPoints(options.minDelta).replace('+', '')}`);
    }
    if (!reachesFloor)
        failures.push(`share below ${formatPercent(options.minShare)} in both profiles`);
    if (failures.length === 0) {
        const prefix = newHotspot ? 'new hotspot: ' : '';
        return { outcome: growing ? 'regressed' : 'improved', reason: `${prefix}${head}, ${pText} < ${options.alpha}` };
    }
    return { outcome: 'unchanged', reason: `${head}: ${failures.join(', ')}` };
}
function namesWithOutcome(outcomes, outcome) {
    const result = new Set();
    for (const [key, value] of outcomes) {
        const [name, metric] = splitKey(key);
        if (metric === 'own' && value.outcome === outcome)
            result.add(name);
    }
    return result;
}
/**
 * Drops the stacks whose samples a function in `names` owns (innermost Python frame for `py::`
 * names, leaf for native ones), keeping run totals consistent with what is left.
 */
function excludeAttributed(side, names) {
    const profiles = side.profiles.map((stacks) => {
        const kept = new Map();
        for (const [stack, weight] of stacks) {
            if (!isAttributedTo(stack, names))
                kept.set(stack, weight);
        }
        return kept;
    });
    return buildSide(profiles);
}
/** Whether a stack's samples belong to one of `names` in the `own` sense. */
function isAttributedTo(stack, names) {
    const frames = stack.split(';');
    let leaf;
    for (let i = frames.length - 1; i >= 0; i -= 1) {
        const frame = frames[i];
        if (frame === '' || frame === hotspots/* TRUNCATED_FRAME */.zq)
            continue;
        if (leaf === undefined) {
            leaf = frame;
            if (!frame.startsWith('py::') && names.has(frame))
                return true;
        }
        if (frame.startsWith('py::'))
            return names.has(frame);
    }
    return false;
}
function chooseDispersion(baseline, current, options) {
    const groups = [];
    for (const side of [baseline, current]) {
        if (side.tables.length < 2)
            continue;
        const names = new Set();
        for (const table of side.tables)
            for (const name of table.functions.keys())
                names.add(name);
        for (const name of names) {
            groups.push({ counts: side.tables.map((table) => selectWeight(table, name, 'own')), totals: side.totals });
        }
    }
    const estimate = estimateDispersion(groups);
    if (estimate.degreesOfFreedom >= MIN_DISPERSION_DF && Number.isFinite(estimate.estimate)) {
        return { value: Math.max(1, estimate.estimate), source: 'estimated', estimate: estimate.estimate, degreesOfFreedom: estimate.degreesOfFreedom };
    }
    return {
        value: options.defaultDispersion,
        source: 'default',
        estimate: finiteOrNull(estimate.estimate),
        degreesOfFreedom: estimate.degreesOfFreedom,
    };
}
function buildMetricComparison(name, metric, baseline, current, test, result, context, options, canTest) {
    const before = describeShares(baseline, name, metric, context.method);
    const after = describeShares(current, name, metric, context.method);
    const delta = after.share - before.share;
    const relative = before.share > 0 ? delta / before.share : null;
    const base = {
        metric,
        baselineShare: before.share,
        currentShare: after.share,
        deltaShare: delta,
        relativeChange: finiteOrNull(relative),
        baselineSd: before.sd,
        currentSd: after.sd,
    };
    if (test === null || result === null) {
        const label = metric === 'own' ? 'own share' : 'inclusive share';
        const why = canTest ? `below ${formatPercent(options.minShare)} in both profiles` : 'nothing to compare against';
        return {
            ...base,
            tested: false,
            method: null,
            statistic: null,
            df: null,
            pGrow: null,
            pShrink: null,
            pGrowAdjusted: null,
            pShrinkAdjusted: null,
            outcome: 'not-tested',
            reason: `${label} ${formatShare(before.share)} → ${formatShare(after.share)}: not tested (${why})`,
        };
    }
    return {
        ...base,
        tested: true,
        method: context.method,
        statistic: test.statistic,
        df: test.df,
        pGrow: finiteOrNull(test.pGrow),
        pShrink: finiteOrNull(test.pShrink),
        pGrowAdjusted: finiteOrNull(test.pGrowAdjusted),
        pShrinkAdjusted: finiteOrNull(test.pShrinkAdjusted),
        outcome: result.outcome,
        reason: result.reason,
    };
}
/**
 * Fills `causedBy` for consequences: causes of the same decision (regressed or improved) that sit
 * beneath them in some current stack.
 */
function attachCauses(functions, current, decision) {
    const group = functions.filter((fn) => fn.decision === decision);
    const consequences = new Map(group.filter((fn) => fn.role === 'consequence').map((fn) => [fn.name, new Set()]));
    const causes = new Map(group.filter((fn) => fn.role === 'cause').map((fn) => [fn.name, Math.abs(fn.own.deltaShare)]));
    if (consequences.size === 0 || causes.size === 0)
        return;
    for (const stack of (0,folded/* mergeStacks */.W3)(current.profiles).keys()) {
        const frames = stack.split(';');
        let firstConsequence = -1;
        for (let i = 0; i < frames.length; i += 1) {
            if (consequences.has(frames[i])) {
                firstConsequence = i;
                break;
            }
        }
        if (firstConsequence < 0)
            continue;
        // Every consequence seen so far gets every cause deeper in the stack.
        const seenConsequences = [];
        for (let i = firstConsequence; i < frames.length; i += 1) {
            const frame = frames[i];
            if (causes.has(frame))
                for (const name of seenConsequences)
                    if (name !== frame)
                        consequences.get(name).add(frame);
            if (consequences.has(frame))
                seenConsequences.push(frame);
        }
    }
    for (const fn of group) {
        const found = consequences.get(fn.name);
        if (found)
            fn.causedBy = [...found].sort((a, b) => causes.get(b) - causes.get(a) || (0,folded/* compareBytes */.Xo)(a, b));
    }
}
/** Fills `within` for native/kernel causes that sit directly under a Python cause of the same decision. */
function attachOwners(functions, current) {
    const pythonCauses = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind === 'python').map((fn) => [fn.name, fn.decision]));
    const natives = new Map(functions.filter((fn) => fn.role === 'cause' && fn.kind !== 'python').map((fn) => [fn.name, fn]));
    if (pythonCauses.size === 0 || natives.size === 0)
        return;
    const byOwner = new Map();
    const selfWeight = new Map();
    for (const [stack, weight] of (0,folded/* mergeStacks */.W3)(current.profiles)) {
        const frames = stack.split(';');
        const leaf = frames[frames.length - 1];
        if (!natives.has(leaf))
            continue;
        selfWeight.set(leaf, (selfWeight.get(leaf) ?? 0) + weight);
        let owner;
        for (let i = frames.length - 1; i >= 0 && owner === undefined; i -= 1)
            if (frames[i].startsWith('py::'))
                owner = frames[i];
        if (owner === undefined)
            continue;
        const owners = byOwner.get(leaf) ?? new Map();
        owners.set(owner, (owners.get(owner) ?? 0) + weight);
        byOwner.set(leaf, owners);
    }
    for (const [name, fn] of natives) {
        const owners = [...(byOwner.get(name) ?? new Map())].sort((a, b) => b[1] - a[1] || (0,folded/* compareBytes */.Xo)(a[0], b[0]));
        const top = owners[0];
        if (top && pythonCauses.get(top[0]) === fn.decision && top[1] >= 0.5 * (selfWeight.get(name) ?? 0))
            fn.within = top[0];
    }
}
function describeFunctionReason(fn, canTest) {
    if (!canTest)
        return `not tested: nothing to compare against; ${fn.own.reason}`;
    switch (fn.decision) {
        case 'regressed':
            if (fn.role === 'cause')
                return `${fn.own.reason}${fn.within ? `; called directly by ${fn.within}` : ''}`;
            return `${fn.inclusive.reason}; ${fn.own.tested ? fn.own.reason.replace(/^own share/, 'own share did not regress:') : 'own share too small to test'}; ${fn.causedBy.length > 0 ? `caused by ${fn.causedBy.join(', ')}` : 'no single cause beneath it reached significance'}`;
        case 'improved':
            if (fn.role === 'cause')
                return `${fn.own.reason}${fn.within ? `; called directly by ${fn.within}` : ''}`;
            return `${fn.inclusive.reason}${fn.causedBy.length > 0 ? `; because of ${fn.causedBy.join(', ')}` : ''}`;
        case 'unchanged':
            return fn.own.tested ? `${fn.own.reason}; ${fn.inclusive.reason}` : fn.inclusive.reason;
        case 'not-tested':
            return fn.inclusive.reason;
    }
}
function decidingMetric(fn) {
    if (fn.decision === 'regressed')
        return fn.role === 'cause' ? fn.own : fn.inclusive;
    if (fn.decision === 'improved')
        return fn.own.outcome === 'improved' ? fn.own : fn.inclusive;
    return fn.own;
}
function toFunctionChange(fn) {
    const metric = decidingMetric(fn);
    const growing = fn.decision === 'regressed';
    return {
        kind: 'function',
        name: fn.name,
        functionKind: fn.kind,
        role: fn.role,
        causedBy: fn.causedBy,
        within: fn.within,
        newHotspot: fn.newHotspot,
        metric: metric.metric,
        baselineShare: metric.baselineShare,
        currentShare: metric.currentShare,
        deltaShare: metric.deltaShare,
        relativeChange: metric.relativeChange,
        p: growing ? metric.pGrow : metric.pShrink,
        pAdjusted: growing ? metric.pGrowAdjusted : metric.pShrinkAdjusted,
        reason: fn.reason,
    };
}
function toTimeChange(entry) {
    return {
        kind: 'time',
        name: entry.name,
        baselineMean: entry.baseline.mean ?? 0,
        currentMean: entry.current.mean ?? 0,
        relativeChange: entry.relativeChange,
        p: entry.pGrow,
        pAdjusted: entry.pGrowAdjusted,
        reason: entry.reason,
    };
}
function summarizeSide(runs, side, meta) {
    let samples = 0;
    let truncated = 0;
    let python = 0;
    runs.forEach((run, i) => {
        samples += side.totals[i];
        truncated += side.tables[i].truncated;
        for (const [stack, weight] of run.stacks)
            if (stack.includes('py::'))
                python += weight;
    });
    return {
        runs: runs.length,
        samples,
        runSamples: [...side.totals],
        truncatedShare: samples > 0 ? truncated / samples : null,
        pythonShare: samples > 0 ? python / samples : null,
        meta: meta ?? null,
    };
}
function collectValidityReasons(baseline, current, options) {
    const reasons = [];
    if (current.runs === 0)
        reasons.push('no current runs');
    for (const [label, side] of [['baseline', baseline], ['current', current]]) {
        if (side.runs === 0)
            continue;
        if (side.samples < options.minSamples)
            reasons.push(`too few samples: ${label} has ${side.samples} (< ${options.minSamples})`);
        side.runSamples.forEach((count, i) => {
            if (count < options.minRunSamples)
                reasons.push(`too few samples: ${label} run ${i + 1} has ${count} (< ${options.minRunSamples})`);
        });
        const quality = side.meta?.quality;
        if (quality?.rootedShare !== undefined && quality.rootedShare < options.minRootedShare) {
            reasons.push(`poor stack quality: ${label} has ${formatShare(quality.rootedShare)} of samples reaching the process root (< ${formatPercent(options.minRootedShare)})`);
        }
        if (quality?.pythonShare !== undefined && quality.pythonShare < options.minPythonShare) {
            reasons.push(`poor stack quality: ${label} has ${formatShare(quality.pythonShare)} of samples with Python frames (< ${formatPercent(options.minPythonShare)})`);
        }
    }
    const before = baseline.meta;
    const after = current.meta;
    if (baseline.runs > 0 && before && after) {
        const minorBefore = extractMinorVersion(before.pythonVersion);
        const minorAfter = extractMinorVersion(after.pythonVersion);
        if (minorBefore !== null && minorAfter !== null && minorBefore !== minorAfter) {
            reasons.push(`different Python versions: baseline Python ${minorBefore}, current ${minorAfter}`);
        }
        if (before.mode !== undefined && after.mode !== undefined && before.mode !== after.mode) {
            reasons.push(`different profiling modes: baseline ${before.mode}, current ${after.mode}`);
        }
        if (before.event !== undefined && after.event !== undefined && before.event !== after.event) {
            reasons.push(`different perf events: baseline ${before.event}, current ${after.event}`);
        }
    }
    return reasons;
}
/** "3.13.0", "CPython 3.13.1+" → "3.13"; null when no version is recognisable. */
function extractMinorVersion(version) {
    if (version === undefined)
        return null;
    const match = /(\d+)\.(\d+)/.exec(version);
    return match ? `${match[1]}.${match[2]}` : null;
}
function compareTimes(baselineRuns, currentRuns, options) {
    const entries = ['wall', 'cpu'].map((name) => {
        const pick = (run) => (name === 'wall' ? run.wallSeconds : run.cpuSeconds);
        const values = (runs) => runs.map(pick).filter((value) => value !== undefined && Number.isFinite(value));
        const before = values(baselineRuns);
        const after = values(currentRuns);
        if (before.length === 0 || after.length === 0)
            return null;
        const side = (list) => ({ runs: list.length, mean: finiteOrNull(computeMean(list)), sd: finiteOrNull(computeStandardDeviation(list)), values: list });
        const meanBefore = computeMean(before);
        const meanAfter = computeMean(after);
        const welch = runWelchTTest(after, before);
        const entry = {
            name,
            baseline: side(before),
            current: side(after),
            relativeChange: finiteOrNull(meanBefore > 0 ? (meanAfter - meanBefore) / meanBefore : Number.NaN),
            pGrow: finiteOrNull(welch.pGreater),
            pTwoSided: finiteOrNull(welch.pTwoSided),
            pGrowAdjusted: null,
            gated: options.timeThreshold !== null,
            regressed: false,
            reason: '',
        };
        return entry;
    });
    const gated = entries.filter((entry) => entry !== null && entry.gated && entry.pGrow !== null);
    const adjusted = adjustPValues(gated.map((entry) => entry.pGrow), 'holm');
    gated.forEach((entry, i) => {
        entry.pGrowAdjusted = finiteOrNull(adjusted[i]);
    });
    for (const entry of entries) {
        if (entry === null)
            continue;
        const label = entry.name === 'wall' ? 'wall time' : 'CPU time';
        const head = `${label} ${formatSeconds(entry.baseline)} → ${formatSeconds(entry.current)} (${entry.relativeChange === null ? 'n/a' : formatRelative(entry.relativeChange)})`;
        const pText = entry.pGrow === null ? 'p n/a (needs 2 runs per side)' : `p=${formatP(entry.pGrow)}${entry.pGrowAdjusted !== null ? ` (Holm ${formatP(entry.pGrowAdjusted)})` : ''}`;
        if (options.timeThreshold === null) {
            entry.reason = `${head}, ${pText}; not gated (no time threshold)`;
            continue;
        }
        const failures = [];
        if (entry.relativeChange === null || entry.relativeChange < options.timeThreshold)
            failures.push(`growth below ${formatPercent(options.timeThreshold)}`);
        if (entry.pGrowAdjusted === null || !(entry.pGrowAdjusted < options.alpha))
            failures.push(`not significant at ${options.alpha}`);
        entry.regressed = failures.length === 0;
        entry.reason = entry.regressed ? `${head}, ${pText} < ${options.alpha}` : `${head}, ${pText}: ${failures.join(', ')}`;
    }
    return { wall: entries[0] ?? null, cpu: entries[1] ?? null };
}
function describeVerdict(verdict, reasons, causes, consequences, time, hypotheses, options) {
    switch (verdict) {
        case 'no-baseline':
            return 'no-baseline: no baseline runs to compare against';
        case 'inconclusive':
            return `inconclusive: ${reasons.join('; ')}`;
        case 'pass':
            return `pass: no significant regression (${hypotheses} shares tested, alpha ${options.alpha}, ${options.correction === 'holm' ? 'Holm' : 'Benjamini–Hochberg'})`;
        case 'regressed': {
            const parts = [];
            if (causes.length > 0)
                parts.push(`${causes.length} cause${causes.length === 1 ? '' : 's'}`);
            if (consequences.length > 0)
                parts.push(`${consequences.length} consequence${consequences.length === 1 ? '' : 's'}`);
            if (time.length > 0)
                parts.push(`total ${time.map((entry) => entry.name).join(' and ')} time`);
            const first = causes[0] ?? consequences[0];
            return `regressed: ${parts.join(', ')}${first ? `; first: ${first.name}` : ''}`;
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Formatting helpers (shared with the Markdown report)
// ---------------------------------------------------------------------------------------------
/** 0.1234 → "12.3%". */
function formatShare(share) {
    return `${(share * 100).toFixed(1)}%`;
}
/** 0.032 → "+3.2 pts". */
function formatPoints(delta) {
    const points = delta * 100;
    return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts`;
}
/** 0.26 → "+26%". */
function formatRelative(relative) {
    const percent = relative * 100;
    const digits = Math.abs(percent) < 10 ? 1 : 0;
    return `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(digits)}%`;
}
function formatPercent(fraction) {
    return `${Number((fraction * 100).toFixed(2))}%`;
}
/** Two significant digits: 0.00042 → "0.00042", 3.2e-7 → "3.2e-7". */
function formatP(p) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    if (p === 0)
        return '0';
    return String(Number(p.toPrecision(2)));
}
function formatSeconds(side) {
    if (side.mean === null)
        return 'n/a';
    return side.sd === null ? `${side.mean.toFixed(3)} s` : `${side.mean.toFixed(3)} s ± ${side.sd.toFixed(3)}`;
}
function formatNameList(names) {
    const list = [...names].sort(folded/* compareBytes */.Xo);
    return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}
function finiteOrNull(value) {
    return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}
function splitKey(key) {
    const cut = key.lastIndexOf('\u0000');
    return [key.slice(0, cut), key.slice(cut + 1)];
}


/***/ }),

/***/ 400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ll: () => (/* binding */ renderDiffFlameGraph)
/* harmony export */ });
/* unused harmony exports DEFAULT_DIFF_FLAME_GRAPH_OPTIONS, compareFrameShares, pickDiffColor */
/* harmony import */ var _flamegraph_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(208);
/* harmony import */ var _flamegraph_colors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(163);
/**
 * Differential flame graph: one profile's shape, coloured by how much each frame's share of the
 * profile changed between a baseline run and the current run.
 *
 * A frame is a node of the call tree (the whole path from the root), so "share" is the frame's
 * inclusive weight divided by its own profile's total — two runs with different sample counts are
 * compared fairly. Δ = share in current − share in baseline, in percentage points: red when the
 * frame grew, blue when it shrank, white when unchanged, intensity ∝ |Δ| up to `saturateAt`.
 *
 * Difference from flamegraph.pl's `difffolded.pl` + `--negate`: those colour by the change of the
 * leaf (self) count in raw samples; here colour is the change of the inclusive, normalised share,
 * which is what the tooltip's before/after percentages show.
 *
 * A frame that vanished from the current run has no place in the current run's shape, so the
 * reverse graph exists: `shape: 'baseline'` draws the baseline's shape with the same colouring
 * (red still means "grew in the current run"); vanished frames show there in saturated blue. Call
 * the function twice to get both panels.
 */


/** Defaults for the diff graph; `colors` is ignored (colour encodes the change). */
const DEFAULT_DIFF_FLAME_GRAPH_OPTIONS = Object.freeze({
    ..._flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_FLAME_GRAPH_OPTIONS */ .En,
    title: 'Differential Flame Graph',
    shape: 'current',
    saturateAt: 5,
});
/** Fully saturated colours; intermediate changes are mixed with white. */
const GREW = [215, 25, 28];
const SHRANK = [33, 102, 205];
/** |Δ| below this many percentage points counts as no change (white). */
const NEUTRAL_BAND = 0.005;
/** Call tree of a profile: inclusive weight per path from the root. */
function buildTrie(stacks) {
    const root = { total: 0, children: new Map() };
    for (const [stack, weight] of stacks) {
        if (!(weight > 0))
            continue;
        root.total += weight;
        let node = root;
        if (stack === '')
            continue;
        for (const name of stack.split(';')) {
            let child = node.children.get(name);
            if (!child) {
                child = { total: 0, children: new Map() };
                node.children.set(name, child);
            }
            child.total += weight;
            node = child;
        }
    }
    return root;
}
/**
 * Before/after shares for every flowed frame of the `shape` profile, matched by call path in the
 * other profile (index-aligned with `frames`).
 */
function compareFrameShares(frames, shapeTotal, other, shape) {
    const otherRoot = buildTrie(other);
    const otherNodes = [];
    const changes = [];
    for (const frame of frames) {
        const node = frame.parent < 0 ? otherRoot : otherNodes[frame.parent]?.children.get(frame.name);
        otherNodes.push(node);
        const shapeSamples = frame.samples;
        const otherSamples = node?.total ?? 0;
        const shapePercent = shapeTotal > 0 ? (100 * shapeSamples) / shapeTotal : 0;
        const otherPercent = otherRoot.total > 0 ? (100 * otherSamples) / otherRoot.total : 0;
        const [beforePercent, afterPercent, beforeSamples, afterSamples] = shape === 'current'
            ? [otherPercent, shapePercent, otherSamples, shapeSamples]
            : [shapePercent, otherPercent, shapeSamples, otherSamples];
        changes.push({ beforePercent, afterPercent, deltaPoints: afterPercent - beforePercent, beforeSamples, afterSamples });
    }
    return changes;
}
/** Fill for a share change: red = grew, blue = shrank, white = unchanged, saturating at `saturateAt`. */
function pickDiffColor(deltaPoints, saturateAt) {
    if (Math.abs(deltaPoints) < NEUTRAL_BAND)
        return (0,_flamegraph_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRgb */ .V)(255, 255, 255);
    const strength = Math.min(1, Math.abs(deltaPoints) / saturateAt);
    const target = deltaPoints > 0 ? GREW : SHRANK;
    return (0,_flamegraph_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRgb */ .V)(255 + (target[0] - 255) * strength, 255 + (target[1] - 255) * strength, 255 + (target[2] - 255) * strength);
}
/** Renders the differential flame graph (see the module comment for how to read it). */
function renderDiffFlameGraph(baseline, current, options = {}) {
    const { shape: shapeOption, saturateAt: saturateOption, ...graphOptions } = options;
    const shape = shapeOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.shape;
    const saturateAt = saturateOption ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.saturateAt;
    if (shape !== 'current' && shape !== 'baseline')
        throw new Error(`Diff flame graph shape must be 'current' or 'baseline', got '${String(shape)}'.`);
    if (!Number.isFinite(saturateAt) || saturateAt <= 0)
        throw new Error(`saturateAt must be a positive number of percentage points, got ${String(saturateAt)}.`);
    const resolved = (0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveFlameGraphOptions */ .Qn)({ ...graphOptions, title: graphOptions.title ?? DEFAULT_DIFF_FLAME_GRAPH_OPTIONS.title });
    const shaped = shape === 'current' ? current : baseline;
    const other = shape === 'current' ? baseline : current;
    const flowed = (0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .flowColumns */ .wD)(shaped);
    const otherFlowTotal = (0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .flowColumns */ .wD)(other).total;
    const changes = compareFrameShares((0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .flowStacks */ .Qd)(shaped).frames, flowed.total, other, shape);
    const [currentTotal, baselineTotal] = shape === 'current' ? [flowed.total, otherFlowTotal] : [otherFlowTotal, flowed.total];
    const countName = resolved.countName;
    const lines = shape === 'current'
        ? [
            `Shape and widths: current run (${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(currentTotal)} ${countName}). Red: larger share than in the baseline (${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(baselineTotal)} ${countName}). Blue: smaller.`,
            `Colour intensity grows with the change in the frame's share of its run's total, saturating at ±${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(saturateAt)} percentage points; white: unchanged.`,
            'Frames that vanished from the current run are not drawn here: see the reverse graph (baseline shape).',
        ]
        : [
            `Reverse graph. Shape and widths: baseline run (${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(baselineTotal)} ${countName}). Red: larger share in the current run (${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(currentTotal)} ${countName}). Blue: smaller.`,
            `Colour intensity grows with the change in the frame's share of its run's total, saturating at ±${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(saturateAt)} percentage points; white: unchanged.`,
            'Frames that vanished from the current run are drawn here (blue, "after 0.00%"); new frames appear only in the current-shape graph.',
        ];
    const half = saturateAt / 2;
    const swatches = [-saturateAt, -half, 0, half, saturateAt].map((delta) => ({
        color: pickDiffColor(delta, saturateAt),
        label: delta === 0 ? 'no change' : `${delta > 0 ? '+' : '−'}${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(Math.abs(delta))} pts`,
    }));
    return (0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .renderFlowedFlameGraph */ .Hz)(flowed, resolved, {
        legend: { lines, swatches },
        fillFrame: (frame) => {
            const change = changes[frame.flowIndex];
            return pickDiffColor(change?.deltaPoints ?? 0, saturateAt);
        },
        describeFrame: (frame) => {
            const change = changes[frame.flowIndex];
            if (!change)
                return frame.name;
            const sign = change.deltaPoints >= 0 ? '+' : '−';
            return (`${frame.name} (before ${change.beforePercent.toFixed(2)}%, after ${change.afterPercent.toFixed(2)}%, ` +
                `Δ ${sign}${Math.abs(change.deltaPoints).toFixed(2)} pts; baseline ${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(change.beforeSamples)} ${countName}, ` +
                `current ${(0,_flamegraph_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWeight */ .ck)(change.afterSamples)} ${countName})`);
        },
    }).svg;
}


/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/** Names perf or stackcollapse invent: `[truncated]`, `[unknown]`, `[libfoo.so]`, the root `all`. */
const SYNTHETIC_NAME = /^\[[^\]]*\]$/;
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

/***/ 208:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  En: () => (/* binding */ DEFAULT_FLAME_GRAPH_OPTIONS),
  wD: () => (/* binding */ flowColumns),
  Qd: () => (/* binding */ flowStacks),
  ck: () => (/* binding */ formatWeight),
  a2: () => (/* binding */ renderFlameGraph),
  Hz: () => (/* binding */ renderFlowedFlameGraph),
  Qn: () => (/* binding */ resolveFlameGraphOptions)
});

// UNUSED EXPORTS: ROOT_FRAME_NAME, fitLabel, formatCoord, formatPercent, layoutFlameGraph, nameOfColumn, parseMinWidth

// EXTERNAL MODULE: ./src/core/flamegraph-colors.ts
var flamegraph_colors = __nccwpck_require__(163);
;// CONCATENATED MODULE: ./src/core/flamegraph-script.ts
/**
 * The interactive script embedded in every flame graph SVG (hover details, click-to-zoom, regex
 * search). Written for this project, in plain ES5-style JavaScript with no dependencies, so the SVG
 * works when opened from disk (file://) in any current browser.
 *
 * It reads everything it needs from the DOM (`<g class="frame" data-name data-samples data-start>`
 * plus each frame's `<title>`) and from a small JSON config passed in by the renderer, so frame
 * names never appear in the script text itself.
 *
 * Stable hooks for tests and for people: `#pfg-details` (hover text), `#pfg-matched` (search
 * result), `#pfg-unzoom` (Reset Zoom), `#pfg-search` (Search / Reset Search), and the functions
 * `window.pfgSearch(regexString)` → matched percent (or null for an invalid regex),
 * `window.pfgResetSearch()`, `window.pfgResetZoom()`.
 */
const SCRIPT_BODY = String.raw `(function (cfg) {
  'use strict';
  var doc = document;
  var byId = function (id) { return doc.getElementById(id); };
  var details = byId('pfg-details');
  var matched = byId('pfg-matched');
  var unzoomButton = byId('pfg-unzoom');
  var searchButton = byId('pfg-search');
  var group = byId('pfg-frames');
  var frames = [];
  var searching = false;
  var eps = cfg.total * 1e-9;

  var nodes = group ? group.getElementsByTagName('g') : [];
  for (var i = 0; i < nodes.length; i++) {
    var g = nodes[i];
    if (!g.classList.contains('frame')) continue;
    var rect = g.getElementsByTagName('rect')[0];
    var title = g.getElementsByTagName('title')[0];
    g.pfgIndex = frames.length;
    frames.push({
      g: g,
      rect: rect,
      text: g.getElementsByTagName('text')[0],
      name: g.getAttribute('data-name') || '',
      samples: Number(g.getAttribute('data-samples')),
      start: Number(g.getAttribute('data-start')),
      y: Number(rect.getAttribute('y')),
      fill: rect.getAttribute('fill'),
      title: title ? title.textContent : ''
    });
  }

  // Same rule as the renderer's fitLabel: room for N glyphs shows N-2 characters plus "..".
  function fitLabel(name, width) {
    var chars = Math.floor(width / (cfg.fontSize * cfg.fontWidth));
    if (chars < 3) return '';
    if (name.length <= chars) return name;
    return name.substring(0, chars - 2) + '..';
  }

  function place(frame, x, width) {
    frame.rect.setAttribute('x', x.toFixed(2));
    frame.rect.setAttribute('width', width.toFixed(2));
    if (frame.text) {
      frame.text.setAttribute('x', (x + 3).toFixed(2));
      frame.text.textContent = fitLabel(frame.name, width);
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
    for (var i = 0; i < frames.length; i++) frames[i].rect.setAttribute('fill', frames[i].fill);
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
        frames[i].rect.setAttribute('fill', cfg.highlight);
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

  if (group) {
    group.addEventListener('mouseover', function (event) {
      var f = frameOf(event.target);
      if (f && details) details.textContent = f.title;
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
})`;
/**
 * The script text, config applied. `configJson` must come from serializeScriptJson (no `<`, `>`
 * or `&`), which keeps the CDATA section that wraps it well-formed.
 */
function buildFlameGraphScript(configJson) {
    return `${SCRIPT_BODY}(${configJson});`;
}

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __nccwpck_require__(885);
;// CONCATENATED MODULE: ./src/core/xml-escape.ts
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

;// CONCATENATED MODULE: ./src/core/flamegraph.ts
/**
 * Flame graph layout and SVG rendering.
 *
 * The layout follows Brendan Gregg's flamegraph.pl: stacks are walked in byte order and shared
 * prefixes are merged (`flow`), so a frame's width is the total weight of the stacks under it.
 * Deliberate differences from flamegraph.pl are marked "Difference:" below.
 *
 * The SVG is self-contained (inline style and script, no external fonts or files), byte-identical
 * for the same input, and written one element per line (one line per frame) so golden diffs stay
 * readable.
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
/** Name of the root frame that spans the whole profile (flamegraph.pl's name too). */
const ROOT_FRAME_NAME = 'all';
/** Horizontal padding left and right of the frame area, px. */
const XPAD = 10;
/** Gap between frame rows, px (flamegraph.pl's framepad). */
const FRAME_PAD = 1;
/** Average glyph width as a fraction of the font size, for label truncation (flamegraph.pl's value). */
const FONT_WIDTH = 0.59;
/** Fill of frames that match a search. */
const SEARCH_HIGHLIGHT = 'rgb(230,0,230)';
/** Fills in defaults and checks values, so errors name the option instead of producing a broken SVG. */
function resolveFlameGraphOptions(options = {}) {
    const resolved = { ...DEFAULT_FLAME_GRAPH_OPTIONS };
    for (const [key, value] of Object.entries(options)) {
        if (value !== undefined)
            resolved[key] = value;
    }
    if (!Number.isFinite(resolved.width) || resolved.width < 2 * XPAD + 10) {
        throw new Error(`Flame graph width must be a number of pixels ≥ ${2 * XPAD + 10}, got ${String(resolved.width)}.`);
    }
    if (!Number.isFinite(resolved.frameHeight) || resolved.frameHeight < 4) {
        throw new Error(`Flame graph frameHeight must be ≥ 4 pixels, got ${String(resolved.frameHeight)}.`);
    }
    if (!Number.isFinite(resolved.fontSize) || resolved.fontSize < 4) {
        throw new Error(`Flame graph fontSize must be ≥ 4 pixels, got ${String(resolved.fontSize)}.`);
    }
    if (!flamegraph_colors/* FLAME_GRAPH_PALETTES */._0.includes(resolved.colors)) {
        throw new Error(`Unknown flame graph palette '${String(resolved.colors)}'. Use one of: ${flamegraph_colors/* FLAME_GRAPH_PALETTES */._0.join(', ')}.`);
    }
    parseMinWidth(resolved.minWidth, 1, 1); // validates
    return resolved;
}
/**
 * Converts `minWidth` to a weight: frames lighter than this are pruned. `pixelsPerSample` is the
 * horizontal scale of the image.
 */
function parseMinWidth(minWidth, total, pixelsPerSample) {
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
const SEMICOLON = 59;
function growColumns(columns, needed) {
    if (needed <= columns.key.length)
        return;
    const capacity = Math.max(needed, columns.key.length * 2);
    const grow = (array) => {
        const next = new array.constructor(capacity);
        next.set(array);
        return next;
    };
    columns.key = grow(columns.key);
    columns.nameStart = grow(columns.nameStart);
    columns.nameEnd = grow(columns.nameEnd);
    columns.depth = grow(columns.depth);
    columns.parent = grow(columns.parent);
    columns.start = grow(columns.start);
    columns.samples = grow(columns.samples);
    columns.self = grow(columns.self);
}
/**
 * flamegraph.pl's `flow`: walks the stacks in byte order and merges each stack's common prefix
 * with the previous one; frames that differ are closed (their width is now known) and new ones
 * opened at the current offset.
 *
 * Differences: flamegraph.pl splits every stack and compares frame by frame; here the common
 * prefix is found by comparing characters with the previous stack and only the differing tail is
 * split (same result, much less allocation). flamegraph.pl collects nodes in a hash and emits them
 * in hash order; here frames are numbered when opened, which gives a deterministic pre-order
 * (parents before children) and lets each frame record its parent. Zero-weight stacks are skipped
 * (they would only add zero-width frames). Self weight is tracked per frame for the tooltips.
 */
function flowColumns(stacks) {
    const keys = (0,folded/* sortedStackKeys */.S4)(stacks);
    const initial = 1024;
    const columns = {
        count: 1,
        total: 0,
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
    const openEnd = [0]; // end offset of each open frame's name in `previous` (index 0 unused)
    let previous = '';
    let time = 0;
    for (let keyIndex = 0; keyIndex < keys.length; keyIndex += 1) {
        const stack = keys[keyIndex];
        const weight = stacks.get(stack) ?? 0;
        if (!(weight > 0))
            continue;
        // Common character prefix with the previous stack, then the number of whole frames it covers.
        let common = 0;
        const limit = Math.min(stack.length, previous.length);
        while (common < limit && stack.charCodeAt(common) === previous.charCodeAt(common))
            common += 1;
        let same = 0;
        while (same + 1 < open.length) {
            const end = openEnd[same + 1];
            if (end < common || (end === common && (stack.length === common || stack.charCodeAt(common) === SEMICOLON)))
                same += 1;
            else
                break;
        }
        for (let depth = open.length - 1; depth > same; depth -= 1) {
            const index = open[depth];
            columns.samples[index] = time - columns.start[index];
        }
        open.length = same + 1;
        openEnd.length = same + 1;
        if (stack !== '') {
            let position = same === 0 ? 0 : openEnd[same] + 1;
            while (position <= stack.length) {
                let end = stack.indexOf(';', position);
                if (end < 0)
                    end = stack.length;
                const index = columns.count;
                growColumns(columns, index + 1);
                columns.key[index] = keyIndex;
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
        const leaf = open[open.length - 1];
        columns.self[leaf] = columns.self[leaf] + weight;
        time += weight;
        previous = stack;
    }
    for (const index of open)
        columns.samples[index] = time - columns.start[index];
    columns.total = time;
    return columns;
}
/** Name of frame `index` in flowed columns. */
function nameOfColumn(columns, index) {
    const key = columns.key[index];
    return key < 0 ? ROOT_FRAME_NAME : columns.keys[key].slice(columns.nameStart[index], columns.nameEnd[index]);
}
function frameOfColumn(columns, index) {
    return {
        name: nameOfColumn(columns, index),
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
    const frames = [];
    for (let i = 0; i < columns.count; i += 1)
        frames.push(frameOfColumn(columns, i));
    return { frames, total: columns.total };
}
function computeTopPadding(options) {
    const titleY = options.fontSize * 2;
    const subtitleY = titleY + options.fontSize + 6;
    const controlsY = (options.subtitle ? subtitleY : titleY) + options.fontSize + 6;
    return { titleY, subtitleY, controlsY, plotTop: controlsY + 8 };
}
/** Places flowed frames in the image: widths ∝ weight, pruning frames narrower than `minWidth`. */
function layoutFlameGraph(stacks, options = {}) {
    const resolved = resolveFlameGraphOptions(options);
    return placeFrames(flowColumns(stacks), resolved, describePaletteLegend(resolved.colors));
}
function placeFrames(columns, options, legend) {
    const total = columns.total;
    const plotWidth = options.width - 2 * XPAD;
    const pixelsPerSample = total > 0 ? plotWidth / total : 0;
    const minSamples = parseMinWidth(options.minWidth, total, pixelsPerSample);
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
    const prunedFrames = columns.count - keptCount;
    const top = computeTopPadding(options);
    const plotBottom = top.plotTop + (maxDepth + 1) * options.frameHeight;
    const legendRows = legend.lines.length + countSwatchRows(legend.swatches, options);
    const imageHeight = plotBottom + options.fontSize + 12 + legendRows * (options.fontSize + 8) + 6;
    const rowHeight = options.frameHeight - FRAME_PAD;
    // Pass 2: geometry; parent indices are renumbered for the kept list.
    const boxes = [];
    for (let i = 0; i < columns.count; i += 1) {
        if (keptIndex[i] < 0)
            continue;
        const frame = frameOfColumn(columns, i);
        const parent = frame.parent >= 0 ? keptIndex[frame.parent] : -1;
        const y = options.inverted
            ? top.plotTop + frame.depth * options.frameHeight
            : plotBottom - (frame.depth + 1) * options.frameHeight + FRAME_PAD;
        boxes.push({ ...frame, parent, flowIndex: i, x: XPAD + frame.start * pixelsPerSample, y, width: frame.samples * pixelsPerSample, height: rowHeight });
    }
    return { frames: boxes, total, maxDepth, prunedFrames, imageWidth: options.width, imageHeight, plotTop: top.plotTop, plotBottom };
}
function describePaletteLegend(palette) {
    return { lines: [], swatches: (0,flamegraph_colors/* describePalette */.jY)(palette) };
}
/**
 * Text shown inside a frame: the whole name if it fits, else as many characters as fit minus two
 * followed by `..` (flamegraph.pl's rule); nothing when fewer than 3 characters fit.
 */
function fitLabel(name, width, fontSize) {
    const chars = Math.floor(width / (fontSize * FONT_WIDTH));
    if (chars < 3)
        return '';
    if (name.length <= chars)
        return name;
    return `${name.substring(0, chars - 2)}..`;
}
/** Renders one flame graph as a self-contained interactive SVG. */
function renderFlameGraph(stacks, options = {}) {
    const resolved = resolveFlameGraphOptions(options);
    const flowed = flowColumns(stacks);
    const total = flowed.total;
    const colorCache = new Map(); // names repeat across paths; hash each once
    return renderFlowedFlameGraph(flowed, resolved, {
        legend: describePaletteLegend(resolved.colors),
        fillFrame: (frame) => {
            const name = frame.depth === 0 ? '[all]' : frame.name;
            let color = colorCache.get(name);
            if (color === undefined) {
                color = (0,flamegraph_colors/* pickFrameColor */.au)(name, resolved.colors);
                colorCache.set(name, color);
            }
            return color;
        },
        describeFrame: (frame) => `${frame.name} (${formatWeight(frame.samples)} ${resolved.countName}, ${formatPercent(frame.samples, total)}%, self ${formatPercent(frame.self, total)}%)`,
    }).svg;
}
/** Lays out and writes a graph given a flow result; shared with the diff renderer. */
function renderFlowedFlameGraph(flowed, options, style) {
    const layout = placeFrames(flowed, options, style.legend);
    return { svg: writeFlameGraphSvg(layout, options, style), layout };
}
function writeFlameGraphSvg(layout, options, style) {
    const { imageWidth: width, imageHeight: height } = layout;
    const top = computeTopPadding(options);
    const fontSize = options.fontSize;
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
    out.push(`<svg version="1.1" id="pfg-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg" data-total="${formatWeight(layout.total)}" data-count-name="${escapeXml(options.countName)}">`);
    out.push('<style type="text/css"><![CDATA[');
    out.push(`text { font-family: Verdana, "DejaVu Sans", "Bitstream Vera Sans", sans-serif; font-size: ${fontSize}px; fill: rgb(0,0,0); }`);
    out.push(`#pfg-title { font-size: ${fontSize + 5}px; text-anchor: middle; }`);
    out.push('#pfg-subtitle { fill: rgb(80,80,80); text-anchor: middle; }');
    out.push('#pfg-search, #pfg-matched { text-anchor: end; }');
    out.push('.pfg-control { cursor: pointer; fill: rgb(20,60,170); }');
    out.push('.frame { cursor: pointer; }');
    out.push('.frame text { pointer-events: none; }');
    out.push('.frame:hover rect { stroke: rgb(0,0,0); stroke-width: 0.5; }');
    out.push('.pfg-hide { display: none; }');
    out.push('.pfg-parent { opacity: 0.5; }');
    out.push(']]></style>');
    out.push('<defs>');
    out.push('<linearGradient id="pfg-background" y1="0" y2="1" x1="0" x2="0">');
    out.push('<stop stop-color="rgb(248,248,248)" offset="5%"/>');
    out.push('<stop stop-color="rgb(238,238,222)" offset="95%"/>');
    out.push('</linearGradient>');
    out.push('</defs>');
    out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="url(#pfg-background)"/>`);
    out.push(`<text id="pfg-title" x="${formatCoord(width / 2)}" y="${top.titleY}">${escapeXml(options.title)}</text>`);
    if (options.subtitle) {
        out.push(`<text id="pfg-subtitle" x="${formatCoord(width / 2)}" y="${top.subtitleY}">${escapeXml(options.subtitle)}</text>`);
    }
    out.push(`<text id="pfg-unzoom" class="pfg-control pfg-hide" x="${XPAD}" y="${top.controlsY}">Reset Zoom</text>`);
    out.push(`<text id="pfg-search" class="pfg-control" x="${width - XPAD}" y="${top.controlsY}">Search</text>`);
    out.push('<g id="pfg-frames">');
    const textOffset = (options.frameHeight - FRAME_PAD) / 2 + fontSize / 3;
    const escapedNames = new Map(); // names repeat across paths
    for (const frame of layout.frames) {
        let cached = escapedNames.get(frame.name);
        if (cached === undefined) {
            const clean = stripInvalidXmlChars(frame.name);
            cached = { clean, escaped: escapeXml(clean) };
            escapedNames.set(frame.name, cached);
        }
        const name = cached.clean;
        const label = fitLabel(name, frame.width, fontSize);
        const text = label ? `<text x="${formatCoord(frame.x + 3)}" y="${formatCoord(frame.y + textOffset)}">${escapeXml(label)}</text>` : '';
        out.push(`<g class="frame" data-name="${cached.escaped}" data-samples="${formatWeight(frame.samples)}" data-start="${formatWeight(frame.start)}"><title>${escapeXml(style.describeFrame(frame))}</title><rect x="${formatCoord(frame.x)}" y="${formatCoord(frame.y)}" width="${formatCoord(frame.width)}" height="${formatCoord(frame.height)}" rx="2" ry="2" fill="${style.fillFrame(frame)}"/>${text}</g>`);
    }
    out.push('</g>');
    if (layout.total <= 0) {
        out.push(`<text id="pfg-empty" x="${formatCoord(width / 2)}" y="${formatCoord(layout.plotTop + fontSize)}" text-anchor="middle">No ${escapeXml(options.countName)} in this profile.</text>`);
    }
    const detailsY = layout.plotBottom + fontSize + 8;
    out.push(`<text id="pfg-details" x="${XPAD}" y="${detailsY}"> </text>`);
    out.push(`<text id="pfg-matched" x="${width - XPAD}" y="${detailsY}"> </text>`);
    out.push(...writeLegend(style.legend, options, width, detailsY + 6));
    const config = {
        total: layout.total,
        xpad: XPAD,
        plotWidth: width - 2 * XPAD,
        fontSize,
        fontWidth: FONT_WIDTH,
        inverted: options.inverted,
        highlight: SEARCH_HIGHLIGHT,
    };
    out.push('<script type="text/ecmascript"><![CDATA[');
    out.push(buildFlameGraphScript(serializeScriptJson(config)));
    out.push(']]></script>');
    out.push('</svg>');
    return `${out.join('\n')}\n`;
}
const SWATCH_GAP = 18;
function swatchWidth(entry, options) {
    return options.fontSize + 4 + entry.label.length * options.fontSize * FONT_WIDTH + SWATCH_GAP;
}
function countSwatchRows(swatches, options) {
    if (swatches.length === 0)
        return 0;
    let rows = 1;
    let x = XPAD;
    for (const entry of swatches) {
        const w = swatchWidth(entry, options);
        if (x > XPAD && x + w > options.width - XPAD) {
            rows += 1;
            x = XPAD;
        }
        x += w;
    }
    return rows;
}
function writeLegend(legend, options, width, top) {
    const out = ['<g id="pfg-legend">'];
    const rowHeight = options.fontSize + 8;
    let y = top;
    for (const line of legend.lines) {
        out.push(`<text x="${XPAD}" y="${formatCoord(y + options.fontSize)}">${escapeXml(line)}</text>`);
        y += rowHeight;
    }
    let x = XPAD;
    for (const entry of legend.swatches) {
        const w = swatchWidth(entry, options);
        if (x > XPAD && x + w > width - XPAD) {
            x = XPAD;
            y += rowHeight;
        }
        out.push(`<rect x="${formatCoord(x)}" y="${formatCoord(y + 2)}" width="${options.fontSize}" height="${options.fontSize}" rx="2" ry="2" fill="${entry.color}"/>`);
        out.push(`<text x="${formatCoord(x + options.fontSize + 4)}" y="${formatCoord(y + options.fontSize)}">${escapeXml(entry.label)}</text>`);
        x += w;
    }
    out.push('</g>');
    return out;
}
/** Coordinates with two decimals, trailing zeros dropped ("12", "12.5", "12.25"). */
function formatCoord(value) {
    const rounded = Math.round(value * 100) / 100;
    return rounded === 0 ? '0' : String(rounded);
}
/** Weights: integers as is, fractional weights (periods) to at most 6 decimals. */
function formatWeight(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
/** `part` as a percentage of `total` with two decimals ("0.00" for an empty total). */
function formatPercent(part, total) {
    return total > 0 ? ((100 * part) / total).toFixed(2) : '0.00';
}


/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createCompatFolder)
/* harmony export */ });
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(885);
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
 */

// Perl's \s, \S on byte strings: ASCII space, \t, \n, \v, \f, \r. `.` is "anything but \n".
const HEADER_PATTERN = /^([^\t\n\v\f\r ][^\n]+?)[\t\n\v\f\r ]+(\d+)\/*(\d+)*[\t\n\v\f\r ]+/;
const EVENT_PATTERN = /:[\t\n\v\f\r ]*(\d+)*[\t\n\v\f\r ]+([^\t\n\v\f\r ]+):[\t\n\v\f\r ]*$/;
const FRAME_PATTERN = /^[\t\n\v\f\r ]*(\w+)[\t\n\v\f\r ]*([^\n]+) \(([^\n]*)\)/;
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
    const commitPending = () => {
        for (let index = pendingSource.length - 1; index >= 0; index -= 1)
            stack.push(pendingSource[index]);
        pendingSource = [];
        pendingIndex = 0;
        pendingResolvedCount = 0;
    };
    const handleFrame = (frame) => {
        const rawfunc = frame.rawfunc.replace(OFFSET_SUFFIX, '');
        if (rawfunc.startsWith('('))
            return;
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
            return;
        }
        for (let index = inline.length - 1; index >= 0; index -= 1)
            stack.push(inline[index]);
    };
    const handleHeader = (match, line) => {
        const comm = match[1];
        let pid = match[2];
        let tid = match[3];
        if (tid === undefined || tid === '' || tid === '0') {
            tid = pid;
            pid = '?';
        }
        let samplePeriod;
        const event = EVENT_PATTERN.exec(line);
        if (event !== null) {
            samplePeriod = event[1];
            const name = event[2];
            if (eventFilter === '')
                eventFilter = name;
            else if (name !== eventFilter)
                return;
        }
        period = samplePeriod === undefined || samplePeriod === '' || samplePeriod === '0' ? 1 : Number(samplePeriod);
        let name;
        if (options.tid === true)
            name = `${comm}-${pid}/${tid}`;
        else if (options.pid === true)
            name = `${comm}-${pid}`;
        else
            name = comm;
        pname = name.replaceAll(' ', '_');
        isJava = pname.startsWith('java');
    };
    return {
        pushLine(line) {
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
                stack.push(pname);
                stack.reverse();
                (0,_folded_js__WEBPACK_IMPORTED_MODULE_0__/* .addStack */ .K)(collapsed, stack.join(';'), period);
                stack.length = 0;
                pname = undefined;
                return;
            }
            if (!isPerlSpace(line.charCodeAt(0))) {
                const header = HEADER_PATTERN.exec(line);
                if (header !== null) {
                    handleHeader(header, line);
                    return;
                }
            }
            if (pname === undefined)
                return;
            const frame = matchFrameLine(line);
            if (frame !== undefined)
                handleFrame(frame);
        },
        finish() {
            // Like the Perl tool: a sample without its terminating blank line is not stored.
            return collapsed;
        },
    };
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
function isPerlSpace(code) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
function isWordChar(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}


/***/ }),

/***/ 278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vV: () => (/* binding */ createFolder)
});

// UNUSED EXPORTS: STACK_ROOT_SYMBOLS, TRUNCATED_FRAME, foldLines, isInterpreterDso, isKernelDso, isStackRootSymbol

// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __nccwpck_require__(885);
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
const INLINED_DSO = 'inlined';
/** Creates a push parser that calls `onSample` once per complete sample. */
function createPerfScriptParser(onSample) {
    let current;
    let pendingInline = false;
    const flush = () => {
        if (current === undefined)
            return;
        const sample = current;
        current = undefined;
        if (pendingInline)
            resolveInlinedFrames(sample.frames);
        pendingInline = false;
        onSample(sample);
    };
    return {
        pushLine(rawLine) {
            const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
            if (line.length === 0) {
                flush();
                return;
            }
            const first = line.charCodeAt(0);
            if (first === 0x20 || first === 0x09) {
                const frame = parsePerfFrameLine(line);
                if (frame !== undefined) {
                    if (current !== undefined) {
                        current.frames.push(frame);
                        if (frame.dso === INLINED_DSO)
                            pendingInline = true;
                    }
                    return;
                }
                if (line.trim().length === 0) {
                    flush();
                    return;
                }
            }
            else if (first === 0x23 /* # */) {
                return;
            }
            const header = parsePerfHeaderLine(line);
            if (header !== undefined) {
                flush();
                current = header;
                if (header.frames.length > 0 && header.frames[0]?.dso === INLINED_DSO)
                    pendingInline = true;
            }
        },
        finish() {
            flush();
        },
    };
}
/**
 * Parses a sample header line; returns undefined when the line is not one. Text after the event
 * (samples recorded without a callchain) becomes the single frame when it reads as a frame.
 */
function parsePerfHeaderLine(line) {
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
    if (rest !== undefined && rest.length > 0) {
        const frame = parsePerfFrameLine(rest);
        if (frame !== undefined)
            sample.frames.push(frame);
    }
    return sample;
}
/**
 * Parses a callchain line `<ws>ADDR SYMBOL[+0xOFF] (DSO)` with index arithmetic only (this is the
 * hot path: a few hundred MB of these lines per run). The DSO is the text between the last ` (`
 * and the final `)`, so symbols may contain spaces and parentheses. Without a `(DSO)` part the
 * whole rest is the symbol and `dso` is empty. Returns undefined when the line does not start
 * with a hex address followed by a space.
 */
function parsePerfFrameLine(line) {
    const length = line.length;
    let start = 0;
    while (start < length) {
        const code = line.charCodeAt(start);
        if (code !== 0x20 && code !== 0x09)
            break;
        start += 1;
    }
    let end = start;
    while (end < length && isHexDigit(line.charCodeAt(end)))
        end += 1;
    if (end === start || end >= length || line.charCodeAt(end) !== 0x20)
        return undefined;
    const address = line.slice(start, end);
    let last = length;
    while (last > end && line.charCodeAt(last - 1) === 0x20)
        last -= 1;
    const symbolStart = end + 1;
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

;// CONCATENATED MODULE: ./src/core/python-frame-names.ts
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
const PYTHON_FRAME_PREFIX = 'py::';
const PACKAGE_DIRECTORIES = ['/site-packages/', '/dist-packages/'];
const STDLIB_DIRECTORY = /\/lib(?:64)?\/python\d+(?:\.\d+)?[a-z]*\//;
/** True for a perf symbol written by CPython's perf trampoline or perf-jit support. */
function isPythonFrameSymbol(symbol) {
    return symbol.startsWith(PYTHON_FRAME_PREFIX);
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
function stripTrailingSlashes(directory) {
    let end = directory.length;
    while (end > 1 && directory.charCodeAt(end - 1) === 0x2f)
        end -= 1;
    return directory.slice(0, end);
}

;// CONCATENATED MODULE: ./src/core/fold-python.ts
/**
 * Folds `perf script` text of a Python program into the Action's two views.
 *
 * Both views weight every sample as 1 (sample counts, which the statistics downstream need), have
 * no process-name frame (so `python3` and `python3.13` runs compare), keep only the first event
 * type seen (like stackcollapse-perf.pl), rename Python frames `py::<qualname>:<normalised path>`
 * (see python-frame-names.ts) and mark kernel frames `_[k]` (stackcollapse's `--kernel`).
 *
 * - `mixed`: every frame is kept.
 * - `python`: frames of the interpreter itself (DSO `libpythonX…` or the `pythonX.Y` executable:
 *   eval loop, vectorcall glue, trampolines, dict internals, …) are dropped; Python frames and
 *   every other native frame (C extensions, libc, libz, kernel) stay where they were, below the
 *   Python frame that called them. When the sample has a Python frame, the native frames above
 *   (rootward of) its outermost Python frame — process start-up such as `_start`,
 *   `__libc_start_main`, `Py_BytesMain` — are dropped. A sample without any Python frame keeps
 *   its frames exactly as in the mixed view, so start-up and shutdown time stay visible.
 *
 * Truncated stacks: perf's DWARF unwinder copies a fixed amount of stack per sample, so deep
 * stacks lose their outer frames. A sample whose outermost frame is not a process or thread root
 * (`STACK_ROOT_SYMBOLS`) gets the synthetic root frame `[truncated]`, decided on the raw frames
 * before any filtering, so it is never drawn or compared as if its outermost surviving frame were
 * the program root. The leaf is untouched, so self time stays exact.
 *
 * Other frame names: `[unknown]` with a known DSO becomes `[<dso basename>]` (as stackcollapse
 * does), `;` inside a name becomes `:`; symbols are otherwise kept as perf printed them, without
 * the `+0x…` offset.
 */



/** Name of the synthetic root frame put on top of stacks that do not reach a process root. */
const TRUNCATED_FRAME = '[truncated]';
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
/** True for kernel code: `[kernel.kallsyms]`, `[guest.kernel.kallsyms]`, a `[module]`, or a `vmlinux` image. */
function isKernelDso(dso) {
    if (dso.startsWith('[') && dso.endsWith(']'))
        return !USER_PSEUDO_DSOS.has(dso);
    return /(?:^|\/)vmlinux[^/]*$/.test(dso);
}
const USER_PSEUDO_DSOS = new Set(['[unknown]', '[vdso]', '[vsyscall]', '[vectors]', '[uprobes]', '[heap]', '[stack]', '[anon]']);
/** Creates a streaming folder: push `perf script` lines, then `finish()`. */
function createFolder(options) {
    const keepInterpreter = options.view === 'mixed';
    const pathOptions = { workingDirectory: options.workingDirectory };
    if (options.homeDirectory !== undefined)
        pathOptions.homeDirectory = options.homeDirectory;
    const stacks = new Map();
    const dsos = new Map();
    const processes = new Set();
    const ignoredEvents = [];
    const quality = {
        samples: 0,
        rootedSamples: 0,
        truncatedSamples: 0,
        pythonSamples: 0,
        unknownFrames: 0,
        totalFrames: 0,
        deepestPythonChain: 0,
        ignoredEvents,
        processes: 0,
    };
    let keptEvent;
    let eventChosen = false;
    const names = [];
    const kinds = [];
    const parts = [];
    const describeDso = (dso) => {
        let info = dsos.get(dso);
        if (info === undefined) {
            info = { interpreter: isInterpreterDso(dso), kernel: isKernelDso(dso), names: new Map() };
            dsos.set(detachString(dso), info);
        }
        return info;
    };
    const nameFrame = (frame, info) => {
        let name = info.names.get(frame.symbol);
        if (name === undefined) {
            name = detachString(buildFrameName(frame, info.kernel, pathOptions));
            info.names.set(detachString(frame.symbol), name);
        }
        return name;
    };
    const onSample = (sample) => {
        if (sample.event !== undefined) {
            if (!eventChosen) {
                eventChosen = true;
                keptEvent = detachString(sample.event);
                quality.event = keptEvent;
            }
            else if (sample.event !== keptEvent) {
                if (!ignoredEvents.includes(sample.event))
                    ignoredEvents.push(detachString(sample.event));
                return;
            }
        }
        quality.samples += 1;
        const process = sample.pid ?? sample.tid;
        if (process !== undefined)
            processes.add(process);
        const frames = sample.frames;
        const count = frames.length;
        quality.totalFrames += count;
        const outermost = frames[count - 1];
        const rooted = outermost !== undefined && isStackRootSymbol(outermost.symbol);
        if (rooted)
            quality.rootedSamples += 1;
        else
            quality.truncatedSamples += 1;
        names.length = 0;
        kinds.length = 0;
        let pythonFrames = 0;
        let outermostPython = -1;
        // Root first: walk perf's leaf-first list backwards.
        for (let index = count - 1; index >= 0; index -= 1) {
            const frame = frames[index];
            if (frame.symbol === '[unknown]')
                quality.unknownFrames += 1;
            const info = describeDso(frame.dso);
            const kind = isPythonFrameSymbol(frame.symbol) ? 2 /* FrameKind.Python */ : info.interpreter ? 1 /* FrameKind.Interpreter */ : 0 /* FrameKind.Native */;
            if (kind === 2 /* FrameKind.Python */) {
                pythonFrames += 1;
                if (outermostPython < 0)
                    outermostPython = names.length;
            }
            names.push(nameFrame(frame, info));
            kinds.push(kind);
        }
        if (pythonFrames > 0)
            quality.pythonSamples += 1;
        if (pythonFrames > quality.deepestPythonChain)
            quality.deepestPythonChain = pythonFrames;
        parts.length = 0;
        if (!rooted)
            parts.push(TRUNCATED_FRAME);
        if (keepInterpreter || outermostPython < 0) {
            for (let index = 0; index < names.length; index += 1)
                parts.push(names[index]);
        }
        else {
            for (let index = outermostPython; index < names.length; index += 1) {
                if (kinds[index] !== 1 /* FrameKind.Interpreter */)
                    parts.push(names[index]);
            }
        }
        // join() yields a flat string that owns its memory: safe as a long-lived map key.
        (0,folded/* addStack */.K)(stacks, parts.join(';'), 1);
    };
    const parser = createPerfScriptParser(onSample);
    return {
        pushLine: parser.pushLine,
        finish() {
            parser.finish();
            quality.processes = processes.size;
            return { stacks, quality: { ...quality, ignoredEvents: [...ignoredEvents] } };
        },
    };
}
/** Folds a whole sequence of lines (convenience over `createFolder`). */
function foldLines(lines, options) {
    const folder = createFolder(options);
    for (const line of lines)
        folder.pushLine(line);
    return folder.finish();
}
function buildFrameName(frame, kernel, pathOptions) {
    let name;
    if (isPythonFrameSymbol(frame.symbol)) {
        name = normalisePythonFrameName(frame.symbol, pathOptions);
    }
    else if (frame.symbol === '[unknown]' || frame.symbol.length === 0) {
        name = frame.dso.length === 0 || frame.dso === '[unknown]' ? '[unknown]' : `[${frame.dso.slice(frame.dso.lastIndexOf('/') + 1)}]`;
    }
    else {
        name = frame.symbol;
    }
    if (name.includes(';'))
        name = name.replaceAll(';', ':');
    return kernel ? `${name}_[k]` : name;
}
/**
 * Returns a copy of `text` that does not share memory with the line it was cut from. V8 keeps
 * the whole input chunk alive behind a substring; long-lived map keys must not do that, or memory
 * would grow with the input instead of with the number of distinct names.
 */
function detachString(text) {
    return (` ${text}`).slice(1);
}


/***/ }),

/***/ 885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ addStack),
/* harmony export */   S4: () => (/* binding */ sortedStackKeys),
/* harmony export */   W3: () => (/* binding */ mergeStacks),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   fK: () => (/* binding */ formatFoldedText),
/* harmony export */   parseFoldedLines: () => (/* binding */ parseFoldedLines),
/* harmony export */   re: () => (/* binding */ formatFoldedLines)
/* harmony export */ });
/* unused harmony exports totalWeight, parseFoldedText */
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
 * Parses folded lines. Like flamegraph.pl, the count is the last space-separated field, so frame
 * names may contain spaces; blank lines are ignored and repeated stacks are summed. A line without
 * a numeric count is an error that names the line number, because silently dropping it would skew
 * every share computed later.
 */
function parseFoldedLines(lines) {
    const stacks = new Map();
    let lineNumber = 0;
    for (const raw of lines) {
        lineNumber += 1;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            continue;
        const space = line.lastIndexOf(' ');
        const count = space > 0 ? Number(line.slice(space + 1)) : Number.NaN;
        if (!Number.isFinite(count) || count < 0) {
            throw new Error(`Invalid folded-stack line ${lineNumber}: '${truncateForMessage(line)}'. Expected 'frame;frame;… COUNT' with a non-negative number at the end.`);
        }
        addStack(stacks, line.slice(0, space), count);
    }
    return stacks;
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
/** Stack keys in byte (code-unit) order, the order flamegraph.pl's `flow` expects. */
function sortedStackKeys(stacks) {
    return [...stacks.keys()].sort(compareBytes);
}
/** Byte-order comparison (Perl's `sort` on strings), independent of locale. */
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function formatWeight(weight) {
    return Number.isInteger(weight) ? String(weight) : String(Number(weight.toFixed(6)));
}
function truncateForMessage(line) {
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ rankBySelf),
/* harmony export */   Wz: () => (/* binding */ computeFunctionTable),
/* harmony export */   vM: () => (/* binding */ selectOwnWeight),
/* harmony export */   zq: () => (/* binding */ TRUNCATED_FRAME)
/* harmony export */ });
/* unused harmony exports classifyFrame, rankFunctions, rankByInclusive */
/* harmony import */ var _folded_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(885);
/**
 * Per-function weights of a profile in the Python-aware view: self, inclusive and (for Python
 * functions) own-Python time, plus ranking helpers.
 *
 * Frame families: `py::<qualname>:<file>` is a Python function, a name ending in `_[k]` is kernel
 * code, anything else is native. `[truncated]` is the synthetic root of a stack that did not reach
 * the process root; it is not a function, so it gets no row, but its samples count in `total`.
 */

/** The synthetic root frame of a stack that was cut before the process root. */
const TRUNCATED_FRAME = '[truncated]';
/** Classifies a frame name into its family. */
function classifyFrame(name) {
    if (name.startsWith('py::'))
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
        if (frames[0] === TRUNCATED_FRAME)
            truncated += weight;
        let innermostPython;
        let leaf;
        for (const name of frames) {
            if (name === '' || name === TRUNCATED_FRAME)
                continue;
            let entry = functions.get(name);
            if (entry === undefined) {
                const kind = classifyFrame(name);
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
    for (const name of [...functions.keys()].sort(_folded_js__WEBPACK_IMPORTED_MODULE_0__/* .compareBytes */ .Xo)) {
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
    candidates.sort((a, b) => key(b) - key(a) || b.inclusive - a.inclusive || (0,_folded_js__WEBPACK_IMPORTED_MODULE_0__/* .compareBytes */ .Xo)(a.name, b.name));
    const limited = options.top === undefined ? candidates : candidates.slice(0, Math.max(0, options.top));
    return limited.map((fn) => toRanked(fn, table.total));
}
/** The top `top` functions by self share. */
function rankBySelf(table, top) {
    return rankFunctions(table, { by: 'self', top });
}
/** The top `top` functions by inclusive share. */
function rankByInclusive(table, top) {
    return rankFunctions(table, { by: 'inclusive', top });
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


/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ outputLayout),
/* harmony export */   XC: () => (/* binding */ runFoldedName),
/* harmony export */   dP: () => (/* binding */ runLogName),
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
    flamegraph: 'flamegraph.svg',
    /** Differential flame graph: current shape, coloured by change against the baseline. */
    diff: 'diff.svg',
    /** The reverse: baseline's shape, so frames that vanished stay findable. */
    diffBaselineShape: 'diff-baseline.svg',
    baselineFolded: 'baseline.folded',
    speedscope: 'profile.speedscope.json',
    report: 'report.json',
    readiness: 'readiness.json',
    logsDirectory: 'logs',
    perfDataDirectory: 'perf-data',
};
function runFoldedName(index) {
    return `${outputLayout.runsDirectory}/run-${index}.folded`;
}
function runLogName(index) {
    return `${outputLayout.logsDirectory}/run-${index}.log`;
}
/** Sorts `run-N.folded` names by N (run-10 after run-9). */
function compareRunNames(a, b) {
    const number = (name) => Number(/run-(\d+)/.exec(name)?.[1] ?? Number.NaN);
    return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ }),

/***/ 291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ formatReadinessText),
/* harmony export */   _2: () => (/* binding */ formatReadinessJson)
/* harmony export */ });
/* unused harmony export formatReadinessMarkdown */
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(651);
/** Readiness as text (terminal), Markdown (job summary) and JSON (check --json). */

function listRows(readiness) {
    const python = readiness.python;
    const perf = readiness.perf;
    const rows = [];
    if (python) {
        rows.push({ item: 'Python', value: `${python.implementation} ${python.version} (${python.executable})` });
        rows.push({ item: 'perf trampoline', value: python.perfTrampoline ? 'yes' : 'no' });
        rows.push({
            item: 'frame pointers',
            value: python.framePointers.present ? `yes (${python.framePointers.flags.join(' ')} in ${python.framePointers.foundIn.join(', ') || 'ABI'})` : 'no',
        });
        rows.push({ item: 'perf-jit (3.13+)', value: python.perfJitSupported ? 'available' : 'not available' });
        if (python.experimentalJit)
            rows.push({ item: 'experimental JIT', value: 'enabled (blocks trampolines)' });
        if (python.freeThreaded)
            rows.push({ item: 'free-threaded', value: 'yes' });
    }
    else {
        rows.push({ item: 'Python', value: 'not found' });
    }
    rows.push({ item: 'perf', value: perf.path ? `${perf.version ?? 'unknown version'} (${perf.path})${perf.brokenReason ? ` — broken: ${perf.brokenReason}` : ''}` : 'not found' });
    rows.push({ item: 'perf_event_paranoid', value: perf.paranoid === undefined ? 'unknown' : `${perf.paranoid}${perf.isRoot ? ' (running as root)' : ''}` });
    if (perf.kptrRestrict !== undefined)
        rows.push({ item: 'kptr_restrict', value: String(perf.kptrRestrict) });
    if (perf.cyclesSupported !== undefined)
        rows.push({ item: 'hardware cycles', value: perf.cyclesSupported ? 'supported' : 'not supported (no PMU)' });
    rows.push({ item: 'event', value: readiness.event });
    for (const probe of readiness.probes)
        rows.push({ item: `probe ${probe.mode}`, value: `${(0,_readiness_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProbe */ .WH)(probe)} in ${probe.seconds.toFixed(2)} s` });
    rows.push({ item: 'mode', value: readiness.mode ?? 'none' });
    rows.push({ item: 'ready', value: readiness.ready ? 'yes' : 'no' });
    return rows;
}
function formatReadinessText(readiness) {
    const rows = listRows(readiness);
    const width = Math.max(...rows.map((row) => row.item.length));
    const lines = rows.map((row) => `${row.item.padEnd(width)}  ${row.value}`);
    lines.push(`probes took ${readiness.probeSeconds.toFixed(2)} s`);
    for (const problem of readiness.problems) {
        lines.push(`${problem.severity.toUpperCase()} [${problem.code}] ${problem.message}`);
        if (problem.fix)
            lines.push(`  fix: ${problem.fix}`);
    }
    return `${lines.join('\n')}\n`;
}
function formatReadinessMarkdown(readiness) {
    const escape = (text) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const lines = ['| Check | Result |', '| --- | --- |', ...listRows(readiness).map((row) => `| ${escape(row.item)} | ${escape(row.value)} |`)];
    for (const problem of readiness.problems) {
        const icon = problem.severity === 'error' ? '❌' : problem.severity === 'warning' ? '⚠️' : 'ℹ️';
        lines.push('', `${icon} **${problem.code}**: ${escape(problem.message)}${problem.fix ? ` _Fix:_ ${escape(problem.fix)}` : ''}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The stable JSON shape of `check --json` (documented in the README). */
function formatReadinessJson(readiness) {
    return `${JSON.stringify({
        ready: readiness.ready,
        mode: readiness.mode ?? null,
        event: readiness.event,
        python: readiness.python ?? null,
        perf: readiness.perf,
        probes: readiness.probes,
        probeSeconds: readiness.probeSeconds,
        problems: readiness.problems,
    }, null, 2)}\n`;
}


/***/ }),

/***/ 651:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ isFullChain),
/* harmony export */   Tf: () => (/* binding */ buildProbeProgram),
/* harmony export */   WH: () => (/* binding */ describeProbe),
/* harmony export */   WP: () => (/* binding */ probeChain),
/* harmony export */   cN: () => (/* binding */ findStaticProblems),
/* harmony export */   jO: () => (/* binding */ chooseMode),
/* harmony export */   sk: () => (/* binding */ listCandidateModes)
/* harmony export */ });
/* unused harmony export hasLeafFrame */
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


/***/ }),

/***/ 927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ formatComparisonMarkdown)
/* harmony export */ });
/* unused harmony exports escapeMarkdown, formatHotspotsMarkdown */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(716);
/**
 * GitHub-flavoured Markdown for the job summary / PR comment: the comparison verdict with its
 * regression and improvement tables, and a hotspot table for a single profile.
 */


const DEFAULT_MAX_ROWS = 10;
const VERDICT_LABELS = {
    pass: '✅ pass',
    regressed: '❌ regressed',
    inconclusive: '⚠️ inconclusive',
    'no-baseline': 'ℹ️ no baseline',
};
/**
 * Escapes text for a GFM table cell: HTML-significant `&`, `<`, `>` become entities, Markdown
 * punctuation (`\ | * _ ` [ ] ~`) is backslash-escaped, so `py::<module>` or `__init__` render as
 * written and a `|` cannot split the cell.
 */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\|*_`[\]~]/g, (char) => `\\${char}`)
        .replace(/\r?\n/g, ' ');
}
/** The comparison as Markdown: verdict, reasons, regressions (causes first), improvements, time. */
function formatComparisonMarkdown(comparison, options = {}) {
    const maxRows = Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS);
    const lines = [];
    lines.push(`**Verdict: ${VERDICT_LABELS[comparison.verdict]}** — ${escapeMarkdown(comparison.summary)}`);
    lines.push('');
    lines.push(`Baseline: ${describeSide(comparison.baseline.runs, comparison.baseline.samples)}; current: ${describeSide(comparison.current.runs, comparison.current.samples)}.` +
        (comparison.method.test === null ? '' : ` Test: ${describeMethod(comparison)}.`));
    if (comparison.reasons.length > 0) {
        lines.push('');
        for (const reason of comparison.reasons)
            lines.push(`- ${escapeMarkdown(reason)}`);
    }
    const functionRegressions = comparison.regressions.filter((entry) => entry.kind === 'function');
    lines.push('');
    lines.push('#### Regressions');
    lines.push('');
    if (functionRegressions.length === 0) {
        lines.push('No function regressed.');
    }
    else {
        lines.push(...formatChangeTable(functionRegressions, maxRows, comparison.options.correction === 'holm' ? 'Holm p' : 'BH p'));
    }
    if (comparison.improvements.length > 0) {
        lines.push('');
        lines.push('#### Top improvements');
        lines.push('');
        lines.push(...formatChangeTable(comparison.improvements, maxRows, comparison.options.correction === 'holm' ? 'Holm p' : 'BH p'));
    }
    const timeLines = [comparison.time.wall, comparison.time.cpu]
        .filter((entry) => entry !== null)
        .map((entry) => `- ${entry.regressed ? '❌ ' : ''}${escapeMarkdown(entry.reason)}`);
    if (timeLines.length > 0) {
        lines.push('');
        lines.push('#### Total time');
        lines.push('');
        lines.push(...timeLines);
    }
    return `${lines.join('\n')}\n`;
}
function describeSide(runs, samples) {
    return `${runs} run${runs === 1 ? '' : 's'}, ${samples} samples`;
}
function describeMethod(comparison) {
    const { method, options } = comparison;
    const test = method.test === 'welch' ? "Welch's t-test on per-run shares" : 'pooled two-proportion z-test';
    const dispersion = method.dispersion ? ` (φ=${Number(method.dispersion.value.toFixed(2))}, ${method.dispersion.source})` : '';
    const correction = options.correction === 'holm' ? 'Holm' : 'Benjamini–Hochberg';
    return `${test}${dispersion}, ${correction} over ${method.testedHypotheses} shares, alpha ${options.alpha}`;
}
function formatChangeTable(changes, maxRows, adjustedLabel) {
    const rows = [
        `| Function | Share | Before | After | Δ pts | Relative | p | ${adjustedLabel} | Role |`,
        '|---|---|--:|--:|--:|--:|--:|--:|---|',
    ];
    for (const change of changes.slice(0, maxRows)) {
        const role = change.role === 'consequence'
            ? `consequence${change.causedBy.length > 0 ? ` of ${change.causedBy.map(escapeMarkdown).join(', ')}` : ''}`
            : change.role === 'cause' && change.within !== null
                ? `cause, in ${escapeMarkdown(change.within)}`
                : (change.role ?? '');
        rows.push(`| ${escapeMarkdown(change.name)}${change.newHotspot ? ' (new)' : ''} | ${change.metric} | ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(change.baselineShare)} | ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(change.currentShare)} | ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPoints */ .Xf)(change.deltaShare).replace(' pts', '')} | ${change.relativeChange === null ? 'new' : (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRelative */ .om)(change.relativeChange)} | ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatP */ .MA)(change.p)} | ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatP */ .MA)(change.pAdjusted)} | ${role} |`);
    }
    if (changes.length > maxRows)
        rows.push('', `… and ${changes.length - maxRows} more.`);
    return rows;
}
/** The top functions of one profile by self share, with Δ against a baseline profile when given. */
function formatHotspotsMarkdown(table, options) {
    const ranked = rankFunctions(table, { by: 'self', top: options.top });
    const baseline = options.baseline;
    const header = ['#', 'Function', 'Self', 'Inclusive', 'Own (Python)'];
    if (baseline)
        header.push('Δ self', 'Δ inclusive');
    const rows = [`| ${header.join(' | ')} |`, `|--:|---|${'--:|'.repeat(header.length - 2)}`];
    ranked.forEach((fn, index) => {
        const cells = [
            String(index + 1),
            escapeMarkdown(fn.name),
            formatShare(fn.selfShare),
            formatShare(fn.inclusiveShare),
            fn.ownPythonShare === null ? '—' : formatShare(fn.ownPythonShare),
        ];
        if (baseline) {
            const before = baseline.functions.get(fn.name);
            const share = (weight) => (baseline.total > 0 ? weight / baseline.total : 0);
            if (before === undefined) {
                cells.push('new', 'new');
            }
            else {
                cells.push(formatPoints(fn.selfShare - share(before.self)), formatPoints(fn.inclusiveShare - share(before.inclusive)));
            }
        }
        rows.push(`| ${cells.join(' | ')} |`);
    });
    if (ranked.length === 0)
        return 'No samples.\n';
    const truncatedNote = table.truncated > 0 ? `\n${formatShare(table.truncated / table.total)} of samples are in stacks cut before the process root ([truncated]).\n` : '';
    return `${rows.join('\n')}\n${truncatedNote.replace('[truncated]', '\\[truncated\\]')}`;
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A failure the user can fix; its message names the input, the value, what was expected and how to
 * fix it. The CLI exits 2 on it; the Action fails the step with the message (no stack trace).
 */
class UserError extends Error {
    details;
    name = 'UserError';
    constructor(message, details = {}) {
        super(message);
        this.details = details;
    }
}


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck),
  X: () => (/* binding */ runProfilePipeline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/core/folded.ts
var folded = __nccwpck_require__(885);
// EXTERNAL MODULE: ./src/core/output-layout.ts
var output_layout = __nccwpck_require__(633);
;// CONCATENATED MODULE: ./src/core/profiling-modes.ts
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
 * thread: a 60 s single-threaded benchmark ≈ 1 GB, plus the injected copy while it is being made;
 * runs are processed and deleted one at a time, so peak disk stays under 2 GB. Deeper stacks are
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

// EXTERNAL MODULE: ./src/core/readiness.ts
var core_readiness = __nccwpck_require__(651);
;// CONCATENATED MODULE: ./src/core/run-quality.ts
/** Below these the comparison is inconclusive, never a pass. */
const qualityThresholds = {
    minRootedShare: 0.5,
    minPythonShare: 0.5,
    minSamplesPerRun: 100,
};
function summarizeQuality(quality, lostChunks) {
    const share = (part, whole) => (whole > 0 ? part / whole : 0);
    return {
        samples: quality.samples,
        rootedShare: share(quality.rootedSamples, quality.samples),
        truncatedShare: share(quality.truncatedSamples, quality.samples),
        pythonShare: share(quality.pythonSamples, quality.samples),
        unknownFrameShare: share(quality.unknownFrames, quality.totalFrames),
        deepestPythonChain: quality.deepestPythonChain,
        lostChunks,
    };
}
/** Sample-weighted mean of run qualities (deepest chain: the maximum). */
function combineQuality(runs) {
    const samples = runs.reduce((sum, run) => sum + run.samples, 0);
    const weighted = (pick) => samples > 0 ? runs.reduce((sum, run) => sum + pick(run) * run.samples, 0) / samples : 0;
    return {
        samples,
        rootedShare: weighted((run) => run.rootedShare),
        truncatedShare: weighted((run) => run.truncatedShare),
        pythonShare: weighted((run) => run.pythonShare),
        unknownFrameShare: weighted((run) => run.unknownFrameShare),
        deepestPythonChain: Math.max(0, ...runs.map((run) => run.deepestPythonChain)),
        lostChunks: runs.reduce((sum, run) => sum + run.lostChunks, 0),
    };
}
/** Reasons the profile itself is too poor to gate on; empty when it is fine. */
function findQualityProblems(quality, runs) {
    const reasons = [];
    const percent = (share) => `${(share * 100).toFixed(1)}%`;
    if (quality.rootedShare < qualityThresholds.minRootedShare) {
        reasons.push(`only ${percent(quality.rootedShare)} of samples reach the process root (stacks truncated; need ≥ ${percent(qualityThresholds.minRootedShare)})`);
    }
    if (quality.pythonShare < qualityThresholds.minPythonShare) {
        reasons.push(`only ${percent(quality.pythonShare)} of samples carry a Python frame (need ≥ ${percent(qualityThresholds.minPythonShare)})`);
    }
    const thin = runs.filter((run) => run.samples < qualityThresholds.minSamplesPerRun);
    if (thin.length > 0)
        reasons.push(`${thin.length} run(s) have fewer than ${qualityThresholds.minSamplesPerRun} samples`);
    return reasons;
}

// EXTERNAL MODULE: ./src/core/flamegraph.ts + 2 modules
var flamegraph = __nccwpck_require__(208);
// EXTERNAL MODULE: ./src/core/diff-flamegraph.ts
var diff_flamegraph = __nccwpck_require__(400);
;// CONCATENATED MODULE: ./src/core/speedscope.ts
/**
 * Export to speedscope's file format (https://www.speedscope.app/file-format-schema.json), so a
 * profile can be opened in https://www.speedscope.app or the speedscope CLI for a time-ordered,
 * left-heavy or sandwich view.
 *
 * One `sampled` profile: each distinct folded stack is one sample (root first, as speedscope
 * expects) whose weight is the stack's count. Frames are shared and numbered in order of first
 * appearance while walking the stacks in byte order, so the same input always gives the same JSON.
 */

const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';
/** Builds the speedscope document (an object; see toSpeedscope for the JSON text). */
function buildSpeedscope(stacks, options) {
    const frames = [];
    const frameIndex = new Map();
    const samples = [];
    const weights = [];
    for (const stack of (0,folded/* sortedStackKeys */.S4)(stacks)) {
        const weight = stacks.get(stack) ?? 0;
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
        weights.push(weight);
    }
    return {
        $schema: SPEEDSCOPE_SCHEMA,
        shared: { frames },
        profiles: [
            {
                type: 'sampled',
                name: options.name,
                // Weights are sample counts (or event periods); speedscope's 'none' means "just numbers".
                unit: 'none',
                startValue: 0,
                endValue: weights.reduce((sum, weight) => sum + weight, 0),
                samples,
                weights,
            },
        ],
        name: options.name,
        activeProfileIndex: 0,
        exporter: 'python-perf-gate',
    };
}
/** Speedscope JSON text for a profile, deterministic for the same input. */
function toSpeedscope(stacks, options) {
    return `${JSON.stringify(buildSpeedscope(stacks, options))}\n`;
}
/** Keeps the full folded name (so searches match the flame graph) and adds the file of Python frames. */
function describeFrame(name) {
    if (name.startsWith('py::')) {
        const colon = name.indexOf(':', 4);
        if (colon > 4 && colon < name.length - 1)
            return { name, file: name.slice(colon + 1) };
    }
    return { name };
}

// EXTERNAL MODULE: ./src/core/hotspots.ts
var core_hotspots = __nccwpck_require__(279);
// EXTERNAL MODULE: ./src/core/compare.ts + 1 modules
var compare = __nccwpck_require__(716);
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

// EXTERNAL MODULE: ./src/shell/process.ts + 1 modules
var shell_process = __nccwpck_require__(379);
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
/** Versioned perf binaries installed by linux-tools-* packages, newest first. */
function listVersionedPerfBinaries() {
    const found = [];
    for (const root of ubuntuToolsDirs) {
        let versions = [];
        try {
            versions = (0,external_node_fs_.readdirSync)(root);
        }
        catch {
            continue;
        }
        for (const version of versions.sort().reverse()) {
            const path = (0,external_node_path_.join)(root, version, 'perf');
            if ((0,external_node_fs_.existsSync)(path))
                found.push(path);
        }
    }
    return found;
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

// EXTERNAL MODULE: ./src/shell/recorder.ts
var recorder = __nccwpck_require__(422);
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

;// CONCATENATED MODULE: ./src/shell/readiness.ts
/**
 * The check stage: gathers Python and perf facts, applies the fixes the user allowed, and runs the
 * empirical probe — a tiny program with a known 5-deep call chain recorded in each candidate mode.
 * Flags are hints; the probe decides.
 */








const probeSeconds = 0.25;
const probeFrequency = 999;
async function checkReadiness(options) {
    const log = options.log ?? (() => undefined);
    const problems = [];
    let python;
    if (options.python) {
        const lookup = await readPythonFacts(options.python);
        if (lookup.status === 'found')
            python = lookup.facts;
        else
            problems.push({
                code: 'python-not-found',
                severity: 'error',
                message: `Invalid value '${options.python}' for input 'python': ${lookup.reason}`,
                fix: "Pass a CPython ≥ 3.12 executable (name on PATH or full path), e.g. the 'python-path' output of actions/setup-python.",
            });
    }
    else {
        const found = await findNewestPython();
        if (found.facts)
            python = found.facts;
        else
            problems.push({
                code: 'python-not-found',
                severity: 'error',
                message: `No CPython ≥ 3.12 with the perf trampoline was found. Rejected: ${found.rejected.join('; ') || 'no python3 on PATH'}.`,
                fix: "Use actions/setup-python with python-version: '3.13' (or `uv python install 3.13`) and pass it as the 'python' input.",
            });
    }
    let perf = await readPerfFacts();
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
        readiness.probes = await runProbes({ python, perf, perfPath: perf.path, request: options.mode, event: options.event, scratch });
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        readiness.probeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const choice = (0,core_readiness/* chooseMode */.jO)(options.mode, readiness.probes);
    readiness.problems.push(...choice.problems);
    if (choice.mode)
        readiness.mode = choice.mode;
    readiness.ready = choice.mode !== undefined && !readiness.problems.some((problem) => problem.severity === 'error');
    return readiness;
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
        const run = await (0,recorder/* recordRun */.vj)({
            perfPath: context.perfPath,
            python: context.python.executable,
            plan: planMode(mode),
            event: context.event,
            frequency: probeFrequency,
            target: { kind: 'script', script: program, args: [] },
            workingDirectory: directory,
            scratchDirectory: directory,
            logPath: (0,external_node_path_.join)(directory, 'probe.log'),
            fold: { view: 'python', workingDirectory: directory },
            timeoutMs: 60_000,
            label: `probe-${mode}`,
        });
        if (run.failure || !run.fold) {
            result.error = `${run.failure ?? 'no profile'} ${run.logTail.slice(-3).join(' ')}`.trim();
            return result;
        }
        result.samples = run.fold.quality.samples;
        for (const stack of run.fold.stacks.keys()) {
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

// EXTERNAL MODULE: ./src/shell/baseline.ts
var baseline = __nccwpck_require__(439);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The pipeline, as one line: settings → check → record → fold → render → compare → (publish).
 * `main.ts` (the Action) and `cli.ts` (the terminal) both call `runProfilePipeline`; publishing to
 * GitHub is the Action's own last step.
 */


















/** settings → check. Throws UserError (with the readiness) when profiling cannot proceed. */
async function runCheck(settings, reporter) {
    const scratch = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'python-perf-gate');
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    const options = {
        mode: settings.mode,
        event: settings.event,
        scratchDirectory: scratch,
        installPerf: settings.installPerf,
        allowSudo: settings.allowSudo,
        log: (line) => reporter.info(line),
    };
    if (settings.python)
        options.python = settings.python;
    return checkReadiness(options);
}
async function runProfilePipeline(settings, reporter) {
    const target = settings.target;
    if (!target)
        throw new src_errors/* UserError */.y("Nothing to profile. Set 'script' (a Python file, with optional 'args') or 'run' (a shell command).");
    const out = settings.outputDir;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.runsDirectory), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.logsDirectory), { recursive: true });
    // check
    const readiness = await runCheck(settings, reporter);
    const readinessPath = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.readiness);
    (0,external_node_fs_.writeFileSync)(readinessPath, `${JSON.stringify(readiness, null, 2)}\n`);
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
    // record (+ fold, streamed per run)
    const plan = planMode(readiness.mode);
    const scratch = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'python-perf-gate', `run-${process.pid}`);
    const python = readiness.python.executable;
    const perfPath = readiness.perf.path;
    const timeoutMs = settings.timeoutMinutes * 60_000;
    for (let index = 1; index <= settings.warmup; index += 1) {
        reporter.info(`warm-up ${index}/${settings.warmup} …`);
        await runWarmup(settings, python, plan.env, timeoutMs, (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.logsDirectory, `warmup-${index}.log`));
    }
    const recorded = [];
    const files = {
        directory: out,
        folded: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.folded),
        runs: [],
        flamegraph: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.flamegraph),
        speedscope: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.speedscope),
        report: (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.report),
        readiness: readinessPath,
        logs: [],
        perfData: [],
    };
    try {
        for (let index = 1; index <= settings.repeat; index += 1) {
            const logPath = (0,external_node_path_.join)(out, (0,output_layout/* runLogName */.dP)(index));
            files.logs.push(logPath);
            const request = {
                perfPath,
                python,
                plan,
                event: readiness.event,
                frequency: settings.frequency,
                target,
                workingDirectory: settings.workingDirectory,
                scratchDirectory: scratch,
                logPath,
                fold: { view: settings.view, workingDirectory: settings.workingDirectory, homeDirectory: (0,external_node_os_.homedir)() },
                timeoutMs,
                label: `run-${index}`,
            };
            if (settings.keepPerfData)
                request.keepPerfDataIn = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.perfDataDirectory);
            const run = await (0,recorder/* recordRun */.vj)(request);
            if (run.perfDataPath)
                files.perfData.push(run.perfDataPath);
            if (run.failure || !run.fold) {
                const tail = run.logTail.length > 0 ? `\nLast ${run.logTail.length} lines of ${(0,external_node_path_.relative)(process.cwd(), logPath) || logPath}:\n${run.logTail.join('\n')}` : '';
                throw new src_errors/* UserError */.y(`Run ${index}/${settings.repeat}: ${run.failure ?? 'no profile was produced.'} No comparison was made.${tail}`, {
                    logTail: run.logTail,
                });
            }
            const runPath = (0,external_node_path_.join)(out, (0,output_layout/* runFoldedName */.XC)(index));
            (0,external_node_fs_.writeFileSync)(runPath, (0,folded/* formatFoldedText */.fK)(run.fold.stacks));
            files.runs.push(runPath);
            recorded.push(run);
            reporter.info(`run ${index}/${settings.repeat} … ${run.wallSeconds.toFixed(1)} s, ${run.fold.quality.samples.toLocaleString('en-US')} samples (processing ${run.processingSeconds.toFixed(2)} s)`);
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
    const runs = recorded.map((run, i) => ({
        index: i + 1,
        samples: run.fold?.quality.samples ?? 0,
        wallSeconds: run.wallSeconds,
        cpuSeconds: run.cpuSeconds,
        processingSeconds: run.processingSeconds,
        quality: summarizeQuality(run.fold.quality, run.lostChunks),
    }));
    const quality = combineQuality(runs.map((run) => run.quality));
    if (quality.pythonShare === 0) {
        reporter.warning(target.kind === 'run'
            ? `No sample carries a Python frame: the command did not run a perf-enabled Python. Make it call 'python' / '$PYTHON' (the checked interpreter ${python}), not a different one.`
            : 'No sample carries a Python frame; the profile shows native code only.');
    }
    if (quality.truncatedShare > 0.01) {
        reporter.notice(`${(quality.truncatedShare * 100).toFixed(1)}% of samples have stacks deeper than perf could unwind; they are shown under [truncated] (deepest Python chain kept: ${quality.deepestPythonChain}).`);
    }
    // fold: merge the runs into the headline profile
    const runStacks = recorded.map((run) => run.fold.stacks);
    const headline = (0,folded/* mergeStacks */.W3)(runStacks);
    (0,external_node_fs_.writeFileSync)(files.folded, (0,folded/* formatFoldedText */.fK)(headline));
    // render
    const subtitle = [
        `Python ${readiness.python.version}`,
        `mode ${readiness.mode}`,
        `${readiness.event} @ ${settings.frequency} Hz`,
        `${quality.samples.toLocaleString('en-US')} samples`,
        `${settings.repeat} run${settings.repeat === 1 ? '' : 's'}`,
        process.env.GITHUB_SHA ? `commit ${process.env.GITHUB_SHA.slice(0, 12)}` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const title = settings.title ?? `python-perf-gate: ${describeTarget(target, settings.workingDirectory)}`;
    (0,external_node_fs_.writeFileSync)(files.flamegraph, (0,flamegraph/* renderFlameGraph */.a2)(headline, { title, subtitle }));
    (0,external_node_fs_.writeFileSync)(files.speedscope, toSpeedscope(headline, { name: title }));
    // compare
    let baseline;
    if (settings.baseline) {
        baseline = await loadBaselineSource(settings, reporter);
    }
    const inconclusiveReasons = findQualityProblems(quality, runs.map((run) => run.quality));
    let comparison;
    let verdict = 'no-baseline';
    if (!baseline) {
        reporter.notice(settings.baseline
            ? `No baseline found for '${settings.baseline}'; this run becomes a baseline for the next one. Verdict: no-baseline.`
            : 'No baseline given: profiled only. Set \'baseline\' to gate regressions.');
    }
    else {
        const currentMeta = { pythonVersion: readiness.python.version, mode: readiness.mode, event: readiness.event, quality: { rootedShare: quality.rootedShare, pythonShare: quality.pythonShare } };
        const compareInput = {
            baseline: baseline.runs.map((stacks) => ({ stacks })),
            current: recorded.map((run) => ({ stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds })),
            currentMeta,
            baselineMeta: baseline.meta,
            options: settings.compare,
        };
        comparison = (0,compare/* compareProfiles */.GB)(compareInput);
        verdict = comparison.verdict;
        if (verdict === 'pass' && inconclusiveReasons.length > 0)
            verdict = 'inconclusive';
        if (verdict === 'inconclusive')
            inconclusiveReasons.push(...(comparison.reasons ?? []));
        const baselineStacks = (0,folded/* mergeStacks */.W3)(baseline.runs);
        files.baselineFolded = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.baselineFolded);
        (0,external_node_fs_.writeFileSync)(files.baselineFolded, (0,folded/* formatFoldedText */.fK)(baselineStacks));
        files.diff = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.diff);
        (0,external_node_fs_.writeFileSync)(files.diff, (0,diff_flamegraph/* renderDiffFlameGraph */.ll)(baselineStacks, headline, { title: `Differential: ${title}`, subtitle }));
        files.diffBaselineShape = (0,external_node_path_.join)(out, output_layout/* outputLayout */.UW.diffBaselineShape);
        (0,external_node_fs_.writeFileSync)(files.diffBaselineShape, (0,diff_flamegraph/* renderDiffFlameGraph */.ll)(baselineStacks, headline, { title: `Differential (baseline shape): ${title}`, subtitle, shape: 'baseline' }));
    }
    const exitCode = (verdict === 'regressed' && settings.failOnRegression) || (verdict === 'inconclusive' && settings.failOnInconclusive) ? 1 : 0;
    const report = buildReport({ settings, readiness, runs, quality, headline, verdict, inconclusiveReasons, comparison, baseline, files });
    (0,external_node_fs_.writeFileSync)(files.report, `${JSON.stringify(report, null, 2)}\n`);
    const outcome = { verdict, exitCode, readiness, runs, quality, inconclusiveReasons, files, report };
    if (comparison)
        outcome.comparison = comparison;
    if (baseline)
        outcome.baseline = { source: baseline.source, runs: baseline.runs, meta: baseline.meta };
    return outcome;
}
async function runWarmup(settings, python, modeEnv, timeoutMs, logPath) {
    const { buildWorkload } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 422));
    const { argv, env } = buildWorkload({ python, target: settings.target, plan: { mode: 'fp', env: modeEnv, callGraphArgs: [], injectJit: false } });
    const result = await (0,shell_process/* runCommand */.d1)(argv, { cwd: settings.workingDirectory, env, timeoutMs });
    (0,external_node_fs_.writeFileSync)(logPath, `${result.stdout}${result.stderr}`);
    if (result.exitCode !== 0) {
        throw new src_errors/* UserError */.y(`The warm-up run failed (${result.timedOut ? 'timed out' : `exit code ${result.exitCode}`}); see ${logPath}. No profile was recorded.`);
    }
}
function describeTarget(target, workingDirectory) {
    switch (target.kind) {
        case 'script':
            return [(0,external_node_path_.relative)(workingDirectory, target.script) || target.script, ...target.args].join(' ');
        case 'run':
            return target.command;
        case 'argv':
            return target.argv.join(' ');
    }
}
function buildReport(input) {
    const table = (0,core_hotspots/* computeFunctionTable */.Wz)(input.headline);
    const hotspots = (0,core_hotspots/* rankBySelf */.Uv)(table, 20).map((fn) => ({
        name: fn.name,
        selfShare: table.total > 0 ? fn.self / table.total : 0,
        inclusiveShare: table.total > 0 ? fn.inclusive / table.total : 0,
    }));
    const rel = (path) => (0,external_node_path_.relative)(input.files.directory, path);
    const files = {
        folded: rel(input.files.folded),
        runs: input.files.runs.map(rel),
        flamegraph: rel(input.files.flamegraph),
        speedscope: rel(input.files.speedscope),
        readiness: rel(input.files.readiness),
        logs: input.files.logs.map(rel),
    };
    if (input.files.diff)
        files.diff = rel(input.files.diff);
    if (input.files.diffBaselineShape)
        files.diffBaselineShape = rel(input.files.diffBaselineShape);
    if (input.files.baselineFolded)
        files.baselineFolded = rel(input.files.baselineFolded);
    if (input.files.perfData.length > 0)
        files.perfData = input.files.perfData.map(rel);
    const report = {
        schemaVersion: 1,
        verdict: input.verdict,
        inconclusiveReasons: input.inconclusiveReasons,
        event: input.readiness.event,
        frequency: input.settings.frequency,
        view: input.settings.view,
        target: input.settings.target,
        runs: input.runs,
        quality: input.quality,
        hotspots,
        problems: input.readiness.problems,
        files,
    };
    if (input.readiness.python) {
        report.python = { version: input.readiness.python.version, executable: input.readiness.python.executable, implementation: input.readiness.python.implementation };
    }
    if (input.readiness.mode)
        report.mode = input.readiness.mode;
    if (input.comparison)
        report.comparison = input.comparison;
    if (input.baseline) {
        report.baseline = { source: input.baseline.source, runs: input.baseline.runs.length };
        if (input.baseline.meta.pythonVersion)
            report.baseline.pythonVersion = input.baseline.meta.pythonVersion;
        if (input.baseline.meta.mode)
            report.baseline.mode = input.baseline.meta.mode;
        if (input.baseline.meta.event)
            report.baseline.event = input.baseline.meta.event;
    }
    return report;
}
async function loadBaselineSource(settings, reporter) {
    const spec = settings.baseline;
    if (spec === 'artifact') {
        reporter.warning("baseline: artifact is not available in this version; profiling without a baseline.");
        return undefined;
    }
    return (0,baseline/* loadBaselinePath */.d)(spec);
}


/***/ }),

/***/ 750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports defaults, splitArgs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one place that reads inputs — Action inputs or CLI options — and validates them into one
 * typed `Settings`. Every invalid value is reported as
 * "Invalid value 'x' for input 'frequency'. Expected an integer 1–20000." (or "option '--frequency'"
 * on the command line), so the user knows what to change.
 */


/** Documented defaults, in one place (action.yml repeats them for the marketplace page). */
const defaults = {
    workingDirectory: '.',
    mode: 'auto',
    event: 'cpu-clock',
    frequency: 999,
    repeat: 5,
    warmup: 0,
    timeoutMinutes: 30,
    outputDir: 'python-perf-gate-out',
    view: 'python',
    failOnRegression: true,
    failOnInconclusive: false,
    alpha: 0.01,
    thresholdPercent: 10,
    minDeltaPoints: 0.5,
    minSharePercent: 1,
    artifactName: 'python-perf-gate',
};
class SettingsError extends Error {
    name = 'SettingsError';
}
function readSettings(source) {
    const read = createReader(source);
    const workingDirectory = read.path('working-directory', defaults.workingDirectory);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workingDirectory) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory).isDirectory()) {
        throw new SettingsError(`Invalid value '${source.get('working-directory') || defaults.workingDirectory}' for ${source.describe('working-directory')}. Expected an existing directory; ${workingDirectory} is not one.`);
    }
    const settings = {
        workingDirectory,
        mode: read.choice('mode', ['auto', 'fp', 'perf-jit', 'dwarf'], defaults.mode),
        event: read.event('event', defaults.event),
        frequency: read.integer('frequency', { min: 1, max: 20000, fallback: defaults.frequency }),
        repeat: read.integer('repeat', { min: 1, max: 100, fallback: defaults.repeat }),
        warmup: read.integer('warmup', { min: 0, max: 20, fallback: defaults.warmup }),
        timeoutMinutes: read.number('timeout-minutes', { min: 0.01, max: 360, fallback: defaults.timeoutMinutes }),
        outputDir: read.path('output-dir', defaults.outputDir),
        view: read.choice('view', ['python', 'mixed'], defaults.view),
        failOnRegression: read.boolean('fail-on-regression', defaults.failOnRegression),
        failOnInconclusive: read.boolean('fail-on-inconclusive', defaults.failOnInconclusive),
        compare: {
            alpha: read.number('alpha', { min: 1e-9, max: 0.5, fallback: defaults.alpha }),
            threshold: read.percent('threshold', { fallback: defaults.thresholdPercent, max: 1000 }),
            minDelta: read.number('min-delta', { min: 0, max: 100, fallback: defaults.minDeltaPoints, expected: 'percentage points, e.g. 0.5' }) / 100,
            minShare: read.percent('min-share', { fallback: defaults.minSharePercent, max: 100 }),
        },
        keepPerfData: read.boolean('keep-perf-data', false),
        installPerf: read.boolean('install-perf', false),
        allowSudo: read.boolean('allow-sudo', false),
        artifact: {
            upload: read.boolean('upload-artifact', true),
            name: read.text('artifact-name') || defaults.artifactName,
        },
        commentOnPr: read.boolean('comment-on-pr', false),
    };
    const python = read.text('python');
    if (python)
        settings.python = python;
    const baseline = read.text('baseline');
    if (baseline)
        settings.baseline = baseline === 'artifact' ? baseline : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(source.baseDirectory, baseline);
    const timeThreshold = read.text('time-threshold');
    if (timeThreshold)
        settings.compare.timeThreshold = read.percent('time-threshold', { fallback: 0, max: 1000 });
    const retention = read.text('retention-days');
    if (retention)
        settings.artifact.retentionDays = read.integer('retention-days', { min: 1, max: 90, fallback: 0 });
    const title = read.text('title');
    if (title)
        settings.title = title;
    const token = read.text('github-token');
    if (token)
        settings.githubToken = token;
    if (!/^[A-Za-z0-9._-]+$/.test(settings.artifact.name)) {
        throw new SettingsError(`Invalid value '${settings.artifact.name}' for ${source.describe('artifact-name')}. Expected letters, digits, '.', '_' or '-'.`);
    }
    const target = readTarget(source, read, workingDirectory);
    if (target)
        settings.target = target;
    return settings;
}
function readTarget(source, read, workingDirectory) {
    const script = read.text('script');
    const run = read.text('run');
    if (script && run) {
        throw new SettingsError(`Both ${source.describe('script')} ('${script}') and ${source.describe('run')} ('${run}') are set. Expected exactly one: a Python script to run with the checked interpreter, or a shell command.`);
    }
    const args = read.text('args');
    const trailing = source.trailing ?? [];
    if (script) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, script);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            throw new SettingsError(`Invalid value '${script}' for ${source.describe('script')}. Expected a Python file; ${path} does not exist (relative paths start at the working directory, ${workingDirectory}).`);
        }
        return { kind: 'script', script: path, args: trailing.length > 0 ? trailing : splitArgs(args, source) };
    }
    if (args)
        throw new SettingsError(`${capitalize(source.describe('args'))} is set but ${source.describe('script')} is not. 'args' are passed to the script.`);
    if (run && trailing.length > 0)
        throw new SettingsError(`Both ${source.describe('run')} and a command after '--' are given. Expected one of them.`);
    if (run)
        return { kind: 'run', command: run };
    if (trailing.length > 0)
        return { kind: 'argv', argv: trailing };
    return undefined;
}
/**
 * Splits `args` like a shell would split words, without running a shell: whitespace separates,
 * single and double quotes group, backslash escapes. Newline-separated lists also work.
 */
function splitArgs(text, source) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote;
    for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else if (char === '\\' && quote === '"' && index + 1 < text.length)
                current += text[++index];
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            inWord = true;
        }
        else if (char === '\\' && index + 1 < text.length) {
            current += text[++index];
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += char;
            inWord = true;
        }
    }
    if (quote) {
        throw new SettingsError(`Invalid value '${text}' for ${source?.describe('args') ?? "input 'args'"}. A ${quote === '"' ? 'double' : 'single'} quote is not closed.`);
    }
    if (inWord)
        words.push(current);
    return words;
}
function createReader(source) {
    const invalid = (name, value, expected) => new SettingsError(`Invalid value '${value}' for ${source.describe(name)}. Expected ${expected}.`);
    const text = (name) => source.get(name).trim();
    return {
        text,
        path(name, fallback) {
            const value = text(name) || fallback;
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(source.baseDirectory, value);
        },
        integer(name, options) {
            const value = text(name);
            if (value === '')
                return options.fallback;
            const parsed = Number(value);
            if (!/^\d+$/.test(value) || parsed < options.min || parsed > options.max) {
                throw invalid(name, value, `an integer ${options.min}–${options.max}`);
            }
            return parsed;
        },
        number(name, options) {
            const value = text(name);
            if (value === '')
                return options.fallback;
            const parsed = Number(value);
            if (!/^[0-9.eE+-]+$/.test(value) || !Number.isFinite(parsed) || parsed < options.min || parsed > options.max) {
                throw invalid(name, value, options.expected ? `${options.expected} (${options.min}–${options.max})` : `a number ${options.min}–${options.max}`);
            }
            return parsed;
        },
        /** '10%' or '10' → 0.10. */
        percent(name, options) {
            const value = text(name);
            if (value === '')
                return options.fallback / 100;
            const parsed = Number(value.replace(/%$/, ''));
            if (!/^[0-9.]+%?$/.test(value) || !Number.isFinite(parsed) || parsed < 0 || parsed > options.max) {
                throw invalid(name, value, `a percentage 0–${options.max}, e.g. '10%' or '10'`);
            }
            return parsed / 100;
        },
        boolean(name, fallback) {
            const value = text(name).toLowerCase();
            if (value === '')
                return fallback;
            if (['true', 'yes', '1', 'on'].includes(value))
                return true;
            if (['false', 'no', '0', 'off'].includes(value))
                return false;
            throw invalid(name, text(name), "'true' or 'false'");
        },
        choice(name, allowed, fallback) {
            const value = text(name);
            if (value === '')
                return fallback;
            if (!allowed.includes(value))
                throw invalid(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
            return value;
        },
        event(name, fallback) {
            const value = text(name);
            if (value === '')
                return fallback;
            if (!/^[A-Za-z0-9_.:/=-]+$/.test(value))
                throw invalid(name, value, "a perf event name such as 'cpu-clock' or 'cycles'");
            return value;
        },
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ loadBaselinePath),
/* harmony export */   r: () => (/* binding */ readFoldedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_folded_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(885);
/* harmony import */ var _core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(633);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(916);
/**
 * Loading a baseline: a folded file (one run), or a directory written by a previous run (the
 * output directory, or its downloaded artifact), whose `runs/run-N.folded` files keep the per-run
 * spread and whose report.json says which Python, mode and event made it.
 */






/** Reads a folded file as a stream (baselines can be large). */
async function readFoldedFile(path) {
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path), crlfDelay: Infinity });
    const collected = [];
    const stacks = new Map();
    // Parse in chunks so memory stays bounded by distinct stacks, not file size.
    for await (const line of lines) {
        collected.push(line);
        if (collected.length >= 10_000) {
            mergeInto(stacks, (0,_core_folded_js__WEBPACK_IMPORTED_MODULE_5__.parseFoldedLines)(collected));
            collected.length = 0;
        }
    }
    mergeInto(stacks, (0,_core_folded_js__WEBPACK_IMPORTED_MODULE_5__.parseFoldedLines)(collected));
    return stacks;
}
function mergeInto(target, source) {
    for (const [stack, weight] of source)
        target.set(stack, (target.get(stack) ?? 0) + weight);
}
/** Loads a baseline from a path (file or directory). Missing path → undefined (first run). */
async function loadBaselinePath(path, describeInput = "input 'baseline'") {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
        if (/\.zip$/i.test(path)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Invalid value '${path}' for ${describeInput}. Zip files are not read directly; extract it (unzip -d DIR ${path}) and pass the directory, or use 'baseline: artifact'.`);
        }
        return { source: path, runs: [await readFoldedFile(path)], meta: {} };
    }
    const runsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .outputLayout */ .UW.runsDirectory);
    const runFiles = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(runsDir)
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(runsDir)
            .filter((name) => /^run-\d+\.folded$/.test(name))
            .sort(_core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRunNames */ .fc)
            .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runsDir, name))
        : [];
    const headline = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .outputLayout */ .UW.folded);
    if (runFiles.length === 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(headline)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Invalid value '${path}' for ${describeInput}. Expected a folded-stacks file or a directory written by python-perf-gate (with ${_core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .outputLayout */ .UW.runsDirectory}/run-N.folded or ${_core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .outputLayout */ .UW.folded}); found neither.`);
    }
    const runs = runFiles.length > 0 ? await Promise.all(runFiles.map(readFoldedFile)) : [await readFoldedFile(headline)];
    return { source: path, runs, meta: readMeta((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _core_output_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .outputLayout */ .UW.report)) };
}
function readMeta(reportPath) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(reportPath))
        return {};
    try {
        const report = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(reportPath, 'utf8'));
        const meta = {};
        if (report.python?.version)
            meta.pythonVersion = report.python.version;
        if (report.mode)
            meta.mode = report.mode;
        if (report.event)
            meta.event = report.event;
        if (report.quality)
            meta.quality = { rootedShare: report.quality.rootedShare, pythonShare: report.quality.pythonShare };
        return meta;
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KE: () => (/* binding */ describeExit),
  d1: () => (/* binding */ runCommand),
  Zc: () => (/* binding */ runStreamingLines)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __nccwpck_require__(481);
;// CONCATENATED MODULE: ./src/shell/process.ts
/**
 * Running programs: argument arrays only, never a shell line built from strings.
 *
 * This uses node:child_process rather than @actions/exec on purpose: a profiled benchmark must run
 * in its own process group so a timeout can stop perf *and* every process the benchmark started,
 * and perf script's output must be consumed as a stream of lines. @actions/exec exposes neither
 * the child's pid nor process groups.
 */


const killGraceMs = 3000;
/** Runs a program to completion and collects its output (for small outputs only). */
async function runCommand(argv, options = {}) {
    const stdout = [];
    const stderr = [];
    const result = await runWithHandlers(argv, options, {
        onStdout: (chunk) => stdout.push(chunk),
        onStderr: (chunk) => stderr.push(chunk),
    });
    return { ...result, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}
/**
 * Runs a program and hands its stdout to `onLine` one line at a time, so outputs of hundreds of
 * megabytes never sit in memory. stderr is collected (it is small: warnings).
 */
async function runStreamingLines(argv, onLine, options = {}) {
    const stderr = [];
    const result = await runWithHandlers(argv, options, {
        onStderr: (chunk) => stderr.push(chunk),
        onStdoutStream: (stream) => {
            const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
            lines.on('line', onLine);
            return new Promise((resolve) => lines.once('close', resolve));
        },
    });
    return { ...result, stderr: Buffer.concat(stderr).toString('utf8') };
}
function runWithHandlers(argv, options, handlers) {
    const [file, ...args] = argv;
    if (!file)
        throw new Error('runCommand needs a program to run');
    const started = process.hrtime.bigint();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            // Its own process group, so a timeout can signal the program and all its descendants.
            detached: true,
        });
        let timedOut = false;
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
                const result = { argv, exitCode: code, signal, timedOut, stdout: '', stderr: '', wallSeconds };
                if (spawnError)
                    result.spawnError = spawnError;
                resolve(result);
            });
        });
    });
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

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   buildWorkload: () => (/* binding */ buildWorkload),
/* harmony export */   vj: () => (/* binding */ recordRun)
/* harmony export */ });
/* unused harmony exports perfScriptFields, parseLostChunks, addTaskEventPids */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_fold_python_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(278);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(379);
/**
 * The record stage: runs one benchmark execution under `perf record`, turns the data into folded
 * stacks (inject → script → fold, streamed), and removes the files perf and CPython leave behind.
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
            env.PATH = `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(request.python)}${node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter}${env.PATH ?? ''}`;
            env.PYTHON = request.python;
            return { argv: request.target.kind === 'run' ? ['/bin/sh', '-c', request.target.command] : request.target.argv, env };
    }
}
async function recordRun(request) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(request.scratchDirectory, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(request.logPath), { recursive: true });
    const dataPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.scratchDirectory, `${request.label}.perf.data`);
    const buildIdDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.scratchDirectory, `${request.label}.buildid`);
    // perf caches every DSO it sees under ~/.debug; give it a private cache we delete afterwards.
    const perfEnv = { ...process.env, PERF_BUILDID_DIR: buildIdDir };
    const { argv, env } = buildWorkload(request);
    env.PERF_BUILDID_DIR = buildIdDir;
    const before = listPerfTmpFiles();
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(request.logPath);
    const recordArgv = [
        request.perfPath,
        'record',
        '-e',
        request.event,
        '-F',
        String(request.frequency),
        ...request.plan.callGraphArgs,
        '--no-buildid-cache',
        '-o',
        dataPath,
        '--',
        ...argv,
    ];
    let record;
    try {
        const options = { cwd: request.workingDirectory, env, tee: log };
        if (request.timeoutMs !== undefined)
            options.timeoutMs = request.timeoutMs;
        record = await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d1)(recordArgv, options);
    }
    finally {
        await new Promise((resolve) => log.end(resolve));
    }
    const logTail = readTail(request.logPath, 50);
    const lostChunks = parseLostChunks(record.stderr);
    const run = {
        label: request.label,
        exitCode: record.exitCode,
        signal: record.signal,
        timedOut: record.timedOut,
        wallSeconds: record.wallSeconds,
        cpuSeconds: 0,
        lostChunks,
        pids: [],
        logTail,
        processingSeconds: 0,
    };
    const pids = new Set();
    try {
        if (record.spawnError) {
            run.failure = `perf could not be started (${record.spawnError.code ?? record.spawnError.message}) at ${request.perfPath}.`;
            return run;
        }
        if (/Workload failed/.test(record.stderr)) {
            run.failure = `The benchmark could not be started: ${firstMatchingLine(record.stderr, /Workload failed|No such file|Permission denied/) ?? argv[0]}.`;
            return run;
        }
        if (record.timedOut) {
            run.failure = `The benchmark was still running after the timeout of ${formatMinutes(request.timeoutMs ?? 0)}; perf and every process it started were killed.`;
            await collectPids(request.perfPath, dataPath, perfEnv, pids);
            return run;
        }
        if (record.exitCode !== 0) {
            run.failure = `The benchmark failed with ${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(record)}.`;
            await collectPids(request.perfPath, dataPath, perfEnv, pids);
            return run;
        }
        const processingStarted = process.hrtime.bigint();
        let scriptInput = dataPath;
        if (request.plan.injectJit) {
            const injected = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.scratchDirectory, `${request.label}.jit.data`);
            const inject = await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d1)([request.perfPath, 'inject', '-i', dataPath, '--jit', '-o', injected], {
                env: perfEnv,
                cwd: request.scratchDirectory,
            });
            if (inject.exitCode !== 0) {
                run.failure = `perf inject --jit failed (${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(inject)}): ${inject.stderr.trim().split('\n').slice(-3).join(' ')}`;
                await collectPids(request.perfPath, dataPath, perfEnv, pids);
                return run;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dataPath, { force: true });
            scriptInput = injected;
        }
        const folder = (0,_core_fold_python_js__WEBPACK_IMPORTED_MODULE_3__/* .createFolder */ .vV)(request.fold);
        const script = await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runStreamingLines */ .Zc)([request.perfPath, 'script', '-i', scriptInput, '--no-inline', '--show-task-events', '-F', perfScriptFields], (line) => {
            if (line.includes('PERF_RECORD_'))
                addTaskEventPids(line, pids);
            else
                folder.pushLine(line);
        }, { env: perfEnv, cwd: request.scratchDirectory });
        if (script.exitCode !== 0) {
            run.failure = `perf script failed (${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(script)}): ${script.stderr.trim().split('\n').slice(-3).join(' ')}`;
            return run;
        }
        run.fold = folder.finish();
        run.cpuSeconds = run.fold.quality.samples / request.frequency;
        run.processingSeconds = Number(process.hrtime.bigint() - processingStarted) / 1e9;
        if (request.keepPerfDataIn) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(request.keepPerfDataIn, { recursive: true });
            const kept = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.keepPerfDataIn, `${request.label}.perf.data`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(scriptInput, kept);
            run.perfDataPath = kept;
        }
        return run;
    }
    finally {
        run.pids = [...pids].sort((a, b) => a - b);
        removePerfTmpFiles({ pids, before, keepIn: request.keepPerfDataIn });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dataPath, { force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.scratchDirectory, `${request.label}.jit.data`), { force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(buildIdDir, { recursive: true, force: true });
    }
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
async function collectPids(perfPath, dataPath, env, pids) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dataPath))
        return;
    await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runStreamingLines */ .Zc)([perfPath, 'script', '-i', dataPath, '--show-task-events', '-F', 'pid'], (line) => {
        if (line.includes('PERF_RECORD_'))
            addTaskEventPids(line, pids);
    }, { env });
}
const perfTmpPattern = /^(?:perf-(\d+)\.map|jit-(\d+)\.dump|jitted-(\d+)-\d+\.so)$/;
function listPerfTmpFiles() {
    const dir = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    try {
        return new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((name) => perfTmpPattern.test(name)));
    }
    catch {
        return new Set();
    }
}
/**
 * Removes /tmp/perf-PID.map, /tmp/jit-PID.dump and /tmp/jitted-PID-N.so of our processes only:
 * the pid must be one of the run's (from perf's task events) and the file must not have existed
 * before the run. With keepIn, map files move there with perf.data so it stays readable.
 */
function removePerfTmpFiles(options) {
    const dir = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    for (const name of listPerfTmpFiles()) {
        const match = perfTmpPattern.exec(name);
        if (!match || options.before.has(name))
            continue;
        const pid = Number(match[1] ?? match[2] ?? match[3]);
        if (!options.pids.has(pid))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        try {
            if (options.keepIn && name.startsWith('perf-') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.keepIn, name));
            }
            else {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
            }
        }
        catch {
            // Already gone.
        }
    }
}
function readTail(path, lines) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
        return text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '').slice(-lines);
    }
    catch {
        return [];
    }
}
function firstMatchingLine(text, pattern) {
    return text.split('\n').find((line) => pattern.test(line))?.trim();
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${Number((ms / 1000).toFixed(1))} s`;
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
