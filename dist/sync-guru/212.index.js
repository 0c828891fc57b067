export const id = 212;
export const ids = [212];
export const modules = {

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   issueBody: () => (/* binding */ issueBody),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle)
/* harmony export */ });
/* harmony import */ var _shared_gentoo_drift_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(282);
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3563);


function buildReport(result) {
    return {
        version: 1,
        overlay: result.overlay,
        acceptKeywords: result.acceptKeywords,
        upstreams: result.upstreams,
        drift: {
            count: result.drift.driftCount,
            shadowed: result.drift.shadowedCount,
            counts: result.drift.counts,
            rows: result.drift.rows,
            packages: result.drift.packages,
        },
        integrity: {
            errors: result.integrity.errors,
            ...(result.integrity.verified ? { verified: result.integrity.verified } : {}),
            packages: result.integrity.packages.map((p) => ({
                package: p.package,
                distfiles: p.distfiles ?? null,
                distEntries: p.distEntries,
                ...(p.checks ? { checks: p.checks.map((c) => ({ distfile: c.distfile, status: c.status, expected: c.expected, ...(c.actual ? { actual: c.actual } : {}) })) } : {}),
            })),
        },
        findings: result.findings,
        upstreamFindings: result.upstreamFindings,
        timings: result.timings,
    };
}
function rowTable(rows) {
    return {
        header: ['Package', 'Ours', 'Upstream', 'What', 'Do'],
        cells: rows.map((r) => [
            (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.package),
            r.ours ?? '',
            `${r.theirs ?? ''}${r.theirs ? ' ' : ''}::${r.upstream}`,
            (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdWithCode */ .Xp)(r.detail),
            (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdWithCode */ .Xp)(r.action),
        ]),
    };
}
function upstreamLine(u) {
    const state = u.excluded
        ? `left out: ${u.excluded}`
        : u.syncError
            ? `fetch failed, previous checkout used`
            : u.synced
                ? `fetched (${u.attempts} attempt${u.attempts === 1 ? '' : 's'}, ${u.syncMs} ms)`
                : 'used in place';
    return [u.name, String(u.priority), u.commit ? u.commit.slice(0, 12) : '', state, u.signature ? (u.signature.verified ? 'verified' : 'NOT verified') : ''];
}
/** Markdown grouped by drift class (shared by the summary and the issue). */
function driftMarkdown(result, s) {
    const { drift } = result;
    if (drift.driftCount === 0) {
        s.paragraph(`No drift: every package of **${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(result.overlay.name)}** matches its upstream.`);
    }
    else {
        s.table(['Class', 'Rows'], _shared_gentoo_drift_check_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_CLASSES.filter((c) => drift.counts[c] > 0).map((c) => [_shared_gentoo_drift_check_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_CLASS_TITLES[c], String(drift.counts[c])]));
        for (const c of _shared_gentoo_drift_check_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_CLASSES) {
            const rows = drift.rows.filter((r) => r.class === c);
            if (rows.length === 0)
                continue;
            s.heading(`${_shared_gentoo_drift_check_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_CLASS_TITLES[c]} (${rows.length})`, 3);
            const t = rowTable(rows);
            s.table(t.header, t.cells);
        }
    }
    return s;
}
/** Integrity findings: first lines in a table; each mismatch in full below it (expected / actual / file, ready to paste). */
function integrityMarkdown(findings, s) {
    s.findings(findings.map((f) => ({ ...f, message: f.message.split('\n')[0], ...(f.code === 'distfile-mismatch' ? { hint: 'see below' } : {}) })));
    for (const m of findings.filter((f) => f.code === 'distfile-mismatch')) {
        s.details(m.message.split('\n')[0], new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD().code(`${m.message}\n\n${m.hint ?? ''}`));
    }
}
function buildSummary(result) {
    const s = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD();
    s.heading(`sync-guru: ${result.overlay.name}`);
    s.paragraph(`**${result.drift.driftCount}** drift row${result.drift.driftCount === 1 ? '' : 's'}, **${result.drift.shadowedCount}** shadowed, ` +
        `**${result.integrity.errors}** integrity error${result.integrity.errors === 1 ? '' : 's'}. ` +
        `Fetch ${result.timings.syncMs} ms, analysis ${result.timings.analysisMs} ms. Shadowing assumes ACCEPT_KEYWORDS="${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(result.acceptKeywords.join(' '))}".`);
    s.table(['Upstream', 'Priority', 'Commit', 'State', 'Signature'], result.upstreams.map(upstreamLine));
    driftMarkdown(result, s);
    s.heading('Manifest integrity', 3);
    if (result.integrity.verified) {
        const v = result.integrity.verified;
        s.paragraph(`Distfiles checked against DISTDIR: ${v.ok} ok, ${v.mismatch} mismatched, ${v.missing} not present, ${v.unreadable} unreadable.`);
    }
    const integrityFindings = result.integrity.findings.filter((f) => f.severity !== 'notice');
    if (integrityFindings.length === 0)
        s.paragraph('Every fetching package has DIST entries with the required hashes.');
    else
        integrityMarkdown(integrityFindings, s);
    const other = result.findings.filter((f) => !result.integrity.findings.includes(f));
    if (other.length) {
        s.heading('Sync and upstream findings', 3);
        s.findings(other);
    }
    const own = result.upstreamFindings.filter((u) => u.findings.length);
    if (own.length) {
        // Defects in the upstreams' own files: not the overlay's to fix, so collapsed and never annotated.
        const body = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD().paragraph('Defects in the upstreams\' own files; name an upstream in the input `validate` to report them as findings.');
        for (const u of own)
            body.heading(`${u.repo} (${u.findings.length})`, 4).findings(u.findings);
        s.details(`Upstream repositories: ${own.reduce((n, u) => n + u.findings.length, 0)} finding(s) of their own, not validated`, body);
    }
    return s;
}
function issueTitle(result) {
    return `Overlay drift: ${result.overlay.name} (${result.drift.driftCount} item${result.drift.driftCount === 1 ? '' : 's'})`;
}
function issueBody(result, runUrl) {
    const s = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD();
    s.paragraph(`sync-guru compared **${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(result.overlay.name)}** with ${result.upstreams.filter((u) => !u.excluded).map((u) => `${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(u.name)}${u.commit ? ` at ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(u.commit.slice(0, 12))}` : ''}`).join(', ')}` +
        `${runUrl ? ` in [this run](${runUrl})` : ''}. This issue is updated in place by every scheduled run and closed when the drift reaches zero.`);
    driftMarkdown(result, s);
    if (result.integrity.errors > 0) {
        s.heading('Manifest integrity', 3);
        integrityMarkdown(result.integrity.findings.filter((f) => f.severity === 'error'), s);
    }
    return s.toString();
}


/***/ })

};
