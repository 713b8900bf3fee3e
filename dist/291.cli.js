export const id = 291;
export const ids = [291];
export const modules = {

/***/ 66291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReadinessJson: () => (/* binding */ formatReadinessJson),
/* harmony export */   formatReadinessMarkdown: () => (/* binding */ formatReadinessMarkdown),
/* harmony export */   formatReadinessText: () => (/* binding */ formatReadinessText)
/* harmony export */ });
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38651);
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


/***/ })

};
