export const id = 989;
export const ids = [989];
export const modules = {

/***/ 97989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatComparisonText: () => (/* binding */ formatComparisonText)
/* harmony export */ });
const MAX_ROWS = 10;
function formatComparisonText(comparison) {
    const lines = [`verdict: ${comparison.verdict} — ${comparison.summary}`];
    const side = (runs, samples) => `${runs} run${runs === 1 ? '' : 's'}, ${samples} samples`;
    lines.push(`baseline: ${side(comparison.baseline.runs, comparison.baseline.samples)}; current: ${side(comparison.current.runs, comparison.current.samples)}`);
    for (const reason of comparison.reasons)
        lines.push(`  - ${reason}`);
    const regressions = comparison.regressions.filter((entry) => entry.kind === 'function');
    lines.push('', regressions.length === 0 ? 'No function regressed.' : 'Regressions (causes first):');
    lines.push(...formatChanges(regressions));
    if (comparison.improvements.length > 0)
        lines.push('', 'Top improvements:', ...formatChanges(comparison.improvements));
    const times = [comparison.time.wall, comparison.time.cpu].filter((entry) => entry !== null);
    if (times.length > 0)
        lines.push('', 'Total time:', ...times.map((entry) => `  ${entry.regressed ? 'REGRESSED ' : ''}${entry.reason}`));
    return `${lines.join('\n')}\n`;
}
function formatChanges(changes) {
    const lines = changes.slice(0, MAX_ROWS).map((change) => {
        const role = change.role === 'consequence'
            ? ` [consequence${change.causedBy.length > 0 ? ` of ${change.causedBy.join(', ')}` : ''}]`
            : change.within !== null
                ? ` [in ${change.within}]`
                : '';
        return `  ${change.name}${change.newHotspot ? ' (new)' : ''}: ${change.headline}${role}`;
    });
    if (changes.length > MAX_ROWS)
        lines.push(`  … and ${changes.length - MAX_ROWS} more.`);
    return lines;
}


/***/ })

};
