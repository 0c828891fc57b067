export const id = 421;
export const ids = [421];
export const modules = {

/***/ 3421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSummary: () => (/* binding */ buildSummary)
/* harmony export */ });
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3563);
/* harmony import */ var _shared_rust_matrix_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7985);
/** The job summary of build-target-matrix: toolchain, one row per target, spec findings, configs. */


const yesNo = (v) => (v === true ? 'yes' : v === false ? 'no' : '?');
function buildSummary(result, inputs) {
    const s = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD();
    const c = (0,_shared_rust_matrix_plan_js__WEBPACK_IMPORTED_MODULE_1__.countBySeverity)(result.findings);
    s.heading('build-target-matrix');
    if (inputs.embedded) {
        s.paragraph('_Embedded demo: the RegicideOS targets from an ebuild, an SDK target through a RUST_TARGET_PATH fixture (with a simulated SDK environment), and an old-style custom OS spec. fail-on is ignored._');
    }
    const cat = result.catalog;
    s.paragraph(`Toolchain **${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(result.toolchain)}** (${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(result.toolchainFrom)}); facts from ${cat.source === 'rustc' ? (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(cat.rustc.line) : `the embedded snapshot of ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(cat.rustc.line)}`}` +
        ` (${cat.targets.size} built-in targets); custom specs validated with **${result.validate}**.`);
    s.paragraph(`**${result.matrix.count}** target(s) in the matrix, ${result.rows.filter((r) => r.skipped).length} skipped; ${c.error} error(s), ${c.warning} warning(s).`);
    s.table(['target', 'tier', 'std', 'rustup std', 'os / arch', 'atomics', 'panic', 'toolchain', 'build-std', 'linker', 'runner', 'test', 'apt'], result.rows.map((r) => {
        const f = r.facts;
        const e = r.planned?.entry;
        return [
            r.custom ? `${r.name} (custom)` : r.name,
            r.custom ? 'custom' : (f?.tier ?? '?'),
            yesNo(f?.std),
            r.custom ? '-' : yesNo(f?.rustupStd),
            f ? `${f.os} / ${f.arch}` : '',
            f ? `${f.maxAtomicWidth}${f.atomicCas ? '' : ' (no CAS)'}` : '',
            f?.panicStrategy ?? '',
            e?.toolchain ?? '',
            e ? e['build-std'] || '-' : '',
            e?.linker ?? (e ? '-' : ''),
            e ? (e['runner-command'].length ? `${e.runner}: ${e['runner-command'].join(' ')}` : e.runner) : `skipped: ${r.skipped ?? ''}`,
            e ? yesNo(e['can-test']) : '',
            e?.['apt-packages'] ?? '',
        ];
    }));
    // runner: auto stays quiet about bare-metal targets (no notice each); one line says how to test them.
    const host = (0,_shared_rust_matrix_plan_js__WEBPACK_IMPORTED_MODULE_1__.hostFromTriple)(result.catalog.rustc.host);
    const bootable = result.rows.filter((r) => r.planned?.entry.runner === 'none' && r.facts?.os === 'none' && !r.custom && (0,_shared_rust_matrix_plan_js__WEBPACK_IMPORTED_MODULE_1__.runnerFor)(r.facts, 'qemu-system', host).kind === 'qemu-system');
    if (bootable.length > 0) {
        s.paragraph(`Tests are skipped for ${bootable.map((r) => (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.name)).join(', ')} (bare metal, no runner): set \`runner: qemu-system\` to boot them under QEMU with semihosting.`);
    }
    for (const r of result.rows) {
        if (!r.check)
            continue;
        const body = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD();
        if (r.check.findings.length === 0)
            body.paragraph('No findings.');
        // The file is in the heading: one line column instead of the path repeated on every row.
        else
            body.table(['', 'line', 'finding', 'fix'], r.check.findings.map((f) => [(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .severityIcon */ .PE)(f.severity), f.line ?? '', (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdWithCode */ .Xp)(f.message), (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdWithCode */ .Xp)(f.hint ?? '')]));
        if (r.rustc) {
            const first = r.rustc.findings[0];
            body.paragraph(r.rustc.accepted
                ? `rustc (${result.validate === 'codegen' ? 'codegen' : '--print cfg'}) accepts it.`
                : `${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdWithCode */ .Xp)(first?.message ?? 'rustc rejected it.')}${first?.line ? ` (line ${first.line})` : ''} — rustc reports only its first error; the table lists all of them.`);
        }
        if (r.check.closest)
            body.paragraph(`Closest built-in: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.check.closest.facts.target)}${r.check.closest.exact ? ' (same llvm-target)' : ''}.`);
        s.details(`${r.request.target}: ${r.check.findings.length} finding(s)`, body, !r.check.valid);
    }
    const configs = result.rows.filter((r) => r.planned);
    if (configs.length > 0) {
        const body = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD();
        // A config with nothing but its header line is one name in a list, not an empty code block.
        const empty = configs.filter((r) => r.planned.config.text.trim().split('\n').length <= 1);
        const full = configs.filter((r) => !empty.includes(r));
        if (empty.length > 0)
            body.paragraph(`Nothing to set (prebuilt std, default linker, no runner): ${empty.map((r) => (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.name)).join(', ')}.`);
        for (const r of full.slice(0, 50)) {
            body.paragraph(`${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.planned.entry.config)}${r.planned.entry['clear-env'].length ? ` — clear before cargo: ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.planned.entry['clear-env'].join(', '))}` : ''}`);
            body.code(r.planned.config.text, 'toml');
        }
        if (full.length > 50)
            body.paragraph(`_…and ${full.length - 50} more in the config directory._`);
        s.details(`Generated cargo configs (${configs.length})`, body);
    }
    const inSpecs = new Set(result.rows.flatMap((r) => r.check?.findings ?? []));
    const other = result.findings.filter((f) => !inSpecs.has(f));
    if (other.length > 0) {
        s.heading('Findings', 3);
        s.findings(other);
    }
    return s;
}


/***/ })

};
