export const id = 647;
export const ids = [647,885,266];
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


/***/ })

};
