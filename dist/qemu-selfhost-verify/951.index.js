export const id = 951;
export const ids = [951];
export const modules = {

/***/ 5951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   overallVerdict: () => (/* binding */ overallVerdict)
/* harmony export */ });
function differing(c) {
    return c.counts.differs + c.counts['only-in-a'] + c.counts['only-in-b'] + c.counts['type-differs'];
}
function comparisonText(c) {
    return `comparison ${c.status}${c.status === 'differs' ? ` (expected: ${c.stages.note})` : ''}`;
}
/** A failed boot decides; otherwise an unexpected difference fails; otherwise pass. */
function overallVerdict(boot, compare) {
    const compareFails = compare !== undefined && compare.status === 'differs' && !compare.stages.expectedToDiffer;
    if (boot && boot.verdict !== 'pass')
        return { verdict: boot.verdict, reason: boot.reason, compareFails };
    if (compare && compareFails)
        return { verdict: 'fail', reason: `stage-a and stage-b differ (${differing(compare)} file(s))`, compareFails };
    if (boot)
        return { verdict: 'pass', reason: boot.reason + (compare ? `; ${comparisonText(compare)}` : ''), compareFails };
    if (compare)
        return { verdict: 'pass', reason: comparisonText(compare), compareFails };
    return { verdict: 'pass', reason: 'nothing failed', compareFails };
}


/***/ })

};
