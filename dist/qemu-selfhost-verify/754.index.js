export const id = 754;
export const ids = [754];
export const modules = {

/***/ 6754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOG_TAIL_LINES: () => (/* binding */ LOG_TAIL_LINES),
/* harmony export */   QUOTE_CHARS: () => (/* binding */ QUOTE_CHARS),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary),
/* harmony export */   clip: () => (/* binding */ clip),
/* harmony export */   criteriaJson: () => (/* binding */ criteriaJson),
/* harmony export */   secondsText: () => (/* binding */ secondsText)
/* harmony export */ });
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6675);
/** The job summary and the JSON outputs of qemu-selfhost-verify. */

const LOG_TAIL_LINES = 30;
/** Characters kept of one quoted serial line or detail: a guest line may be 64 KiB and more. */
const QUOTE_CHARS = 400;
/** `text` cut to `max` characters with a visible mark of how much was left out. */
function clip(text, max = QUOTE_CHARS) {
    return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters in the serial log]`;
}
const ICON = { pass: '✅', fail: '❌', timeout: '⏱️', error: '💥', PASS: '✅', FAIL: '❌' };
function secondsText(ms) {
    return ms === undefined ? '' : (ms / 1000).toFixed(3);
}
function criteriaJson(boot) {
    return (boot?.criteria ?? []).map((c) => ({ id: c.id, result: c.result, detail: c.detail, seconds: Number((c.atMs / 1000).toFixed(3)) }));
}
function short(hash) {
    return hash ? hash.slice(0, 12) : '';
}
function sectionText(f) {
    if (!f.elf)
        return '';
    const s = f.elf.sections.slice(0, 6).map((d) => {
        if (d.change === 'size')
            return `${d.name} size ${d.sizeA}→${d.sizeB}`;
        if (d.change === 'content')
            return `${d.name} @+${d.firstDifference}`;
        return `${d.name} ${d.change}`;
    });
    if (f.elf.sections.length > 6)
        s.push(`…${f.elf.sections.length - 6} more`);
    return s.join(', ');
}
/** A fenced block that no line of `text` can close (guest output may contain backticks). */
function fenced(text, lang = 'text') {
    return (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdFence */ .F)(text, lang);
}
/** One line a reader can act on, for a boot that did not pass. */
function bootNextStep(b) {
    if (b.verdict === 'pass')
        return undefined;
    const log = `full log: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(b.serialLogPath)}`;
    if (b.verdict === 'error')
        return `QEMU did not run the guest: read QEMU stderr below (${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(b.stderrLogPath)}) and check the qemu, machine, kernel, disks and firmware inputs.`;
    switch (b.stoppedBy) {
        case 'boot-timeout':
            return 'the guest printed nothing on the first serial port: put its console there (e.g. `append: console=ttyS0`), check that the kernel or firmware boots, or raise `boot-timeout` (TCG is slow).';
        case 'silence-timeout':
            return `the guest went quiet: the serial lines below show where; raise \`silence-timeout\` if a step legitimately prints nothing for that long (${log}).`;
        case 'total-timeout':
            return `the run did not finish in time: the serial lines below show how far it got; raise \`timeout\` if it was still making progress (${log}).`;
        default:
            return `read the serial lines below, starting from the failed criteria (${log}).`;
    }
}
function buildSummary(x) {
    const s = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().heading('qemu-selfhost-verify', 2);
    // The reason and notes can quote guest output: no HTML from the guest reaches the page.
    s.paragraph(`**Verdict: ${ICON[x.verdict] ?? ''} ${x.verdict}** — ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(clip(x.reason, 2 * QUOTE_CHARS))}`);
    const next = x.boot ? bootNextStep(x.boot) : undefined;
    if (next)
        s.paragraph(`**What to do:** ${next}`);
    else if (x.compareFails) {
        s.paragraph('**What to do:** open the `compare-report` output (JSON) to see which files and sections differ; if only build paths differ, list them in `allow-path-prefixes` with `compare-mode: normalized`.');
    }
    if (x.embeddedNotes.length)
        s.paragraph(`Embedded demo: ${x.embeddedNotes.join('; ')}.`);
    const b = x.boot;
    if (b) {
        s.heading('Boot', 3);
        s.list([
            `accelerator: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(b.accel)} (${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(b.accelReason)})`,
            `first serial output after ${secondsText(b.bootMs) || '—'} s, marker after ${secondsText(b.markerMs) || '—'} s, QEMU gone after ${secondsText(b.durationMs)} s`,
            `stopped by: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(b.stoppedBy)}; QEMU ${b.exit.error ? `could not start: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(b.exit.error)}` : b.exit.signal ? `ended by ${b.exit.signal}` : `exited ${b.exit.code}`}`,
            `serial log: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(b.serialLogPath)}`,
            ...b.notes.slice(0, 20).map((n) => `note: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(clip(n))}`),
            ...(b.notes.length > 20 ? [`…and ${b.notes.length - 20} more notes`] : []),
        ]);
        const rows = b.criteria.map((c) => [clip(c.id, 128), `${ICON[c.result]} ${c.result}`, clip(c.detail), (c.atMs / 1000).toFixed(1)]);
        for (const id of b.missingCriteria)
            rows.push([id, '❔ not reported', 'required', '']);
        for (const r of b.requiredPatterns ?? []) {
            rows.push([`text: ${clip(r.pattern, 128)}`, r.line === undefined ? '❔ not seen' : `${ICON.PASS} seen`, r.line === undefined ? 'required pattern' : `serial line ${r.line}`, r.atMs === undefined ? '' : (r.atMs / 1000).toFixed(1)]);
        }
        if (rows.length)
            s.table(['criterion', 'result', 'detail', 's since start'], rows);
        else
            s.paragraph('_No criterion lines were reported._');
        if (b.verdict !== 'pass') {
            const tail = b.lastLines.slice(-LOG_TAIL_LINES).map((l) => clip(l)).join('\n');
            s.details(`Last ${Math.min(LOG_TAIL_LINES, b.lastLines.length)} serial lines`, fenced(tail || '(no serial output)'), true);
            if (b.stderrTail.trim())
                s.details('QEMU stderr (tail)', fenced(b.stderrTail.trim().split('\n').slice(-15).join('\n')));
        }
    }
    const c = x.compare;
    if (c) {
        s.heading('Comparison', 3);
        s.paragraph(`${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(c.a)} vs ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(c.b)} (${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(c.mode)}): **${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(c.status)}**` +
            (c.stages.expectation !== 'unknown' ? ` — ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(c.stages.note)}` : '') +
            (c.status === 'differs' && !x.compareFails ? ' (not counted as a failure)' : ''));
        const shown = c.files.filter((f) => f.status !== 'identical').slice(0, 50);
        const identical = c.counts.identical;
        if (shown.length) {
            s.table(['file', 'status', 'class', 'size a → b', 'sha256 a / b', 'first diff', 'sections', 'notes'], shown.map((f) => [
                f.path || '(file)',
                f.status,
                f.status === 'normalized-identical' ? 'embedded paths only' : (f.classification ?? ''),
                f.sizeA === undefined && f.sizeB === undefined ? '' : `${f.sizeA ?? '—'} → ${f.sizeB ?? '—'}`,
                f.sha256A ? `${short(f.sha256A)} / ${short(f.sha256B)}` : '',
                f.firstDifference ?? '',
                sectionText(f),
                f.notes.join('; '),
            ]));
        }
        const more = c.files.filter((f) => f.status !== 'identical').length - shown.length;
        const byStatus = [
            `${identical} identical`,
            ...(c.counts['normalized-identical'] ? [`${c.counts['normalized-identical']} identical once the declared paths are masked`] : []),
            ...['differs', 'only-in-a', 'only-in-b', 'type-differs'].filter((k) => c.counts[k]).map((k) => `${c.counts[k]} ${k}`),
        ];
        s.paragraph(`${c.files.length} file(s) compared: ${byStatus.join(', ')}${more > 0 ? `; ${more} more difference(s) in the JSON report` : ''}.`);
        for (const n of c.notes)
            s.paragraph(`> ${n}`);
    }
    return s;
}


/***/ })

};
