export const id = 221;
export const ids = [221];
export const modules = {

/***/ 4221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary),
/* harmony export */   counts: () => (/* binding */ counts),
/* harmony export */   precedenceDiagram: () => (/* binding */ precedenceDiagram)
/* harmony export */ });
/* harmony import */ var _shared_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2187);
/* harmony import */ var _shared_gentoo_overlay_setup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4160);
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3563);
/** The job summary and the JSON report of a setup-overlay run. */



const rank = (f) => (f.severity === 'error' ? 2 : f.severity === 'warning' ? 1 : 0);
function counts(findings) {
    const c = (0,_shared_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(findings);
    return { errors: c.error, warnings: c.warning, notices: c.notice };
}
/** Rows per table in the job summary; the JSON report has everything. */
const TABLE_LIMIT = 300;
/** Mermaid node ids must be plain words. */
function nodeId(name) {
    return `r_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}
/** Precedence as Portage will apply it (highest first), with the declared one when it differs. */
function precedenceDiagram(result, inputs) {
    const repos = result.plan?.repos ?? [];
    const order = (0,_shared_gentoo_overlay_setup_js__WEBPACK_IMPORTED_MODULE_1__.portageOrder)(repos.map((r) => ({ name: r.name, priority: r.written.priority }))).reverse();
    const lines = ['flowchart LR'];
    for (const r of order)
        lines.push(`  ${nodeId(r.name)}["${r.name}<br/>priority ${r.priority}"]`);
    for (let i = 0; i + 1 < order.length; i++) {
        lines.push(`  ${nodeId(order[i].name)} -->|wins ties over| ${nodeId(order[i + 1].name)}`);
    }
    if (inputs.precedence && result.plan?.corrected) {
        const configured = (0,_shared_gentoo_overlay_setup_js__WEBPACK_IMPORTED_MODULE_1__.portageOrder)(repos.map((r) => ({ name: r.name, priority: r.configured.priority }))).reverse();
        lines.push('  subgraph configured["as configured (before correction)"]');
        for (const r of configured)
            lines.push(`    c_${nodeId(r.name)}["${r.name}<br/>priority ${r.priority}"]`);
        for (let i = 0; i + 1 < configured.length; i++)
            lines.push(`    c_${nodeId(configured[i].name)} --> c_${nodeId(configured[i + 1].name)}`);
        lines.push('  end');
    }
    return lines.join('\n');
}
/** Findings the what-to-do list speaks about by name; the rest are counted. */
const EXPLAINED = new Set(['priority-inverted', 'pick-changed-by-priorities', 'package-shadowed', 'accept-keywords-pins-nothing', 'repos-conf-not-written']);
/** The outcome and what to do, for the top of the summary: readable without scrolling. */
function outcome(s, result) {
    const c = counts(result.findings);
    if (!result.reposConfDir || !result.plan) {
        s.paragraph(`**repos.conf was not written.** Fix the ${c.errors} error(s) under Findings and run again.`);
        return;
    }
    const order = (0,_shared_gentoo_overlay_setup_js__WEBPACK_IMPORTED_MODULE_1__.portageOrder)(result.plan.repos.map((r) => ({ name: r.name, priority: r.written.priority })))
        .reverse()
        .map((r) => `${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(r.name)} ${r.priority}`)
        .join(' > ');
    s.paragraph(`repos.conf written to ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(result.reposConfDir)}${result.plan.corrected ? ', with priorities corrected to express the precedence: ' : ', in this order: '}${order} (a higher priority wins ties between identical versions).`);
    const todo = [];
    if (result.plan.corrected)
        todo.push('Use these priorities in your own repos.conf: the configured ones contradict the declared precedence.');
    const shadowed = result.findings.filter((f) => f.code === 'package-shadowed');
    if (shadowed.length) {
        // The same condition as the package-shadowed finding: the highest repository has it, another wins.
        const pkgs = (result.explained?.explanations ?? [])
            .filter((e) => e.result.winner && e.result.winner.record.repo !== result.highest && e.result.candidates.some((x) => x.record.repo === result.highest))
            .map((e) => e.request);
        const names = pkgs.slice(0, 5).map(_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC).join(', ') + (pkgs.length > 5 ? `, …` : '');
        todo.push(`${shadowed.length} package(s) of ${(0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.highest)} shadowed: emerge picks another repository's ebuild for ${names}. See the fix column under Findings.`);
    }
    const pins = result.findings.filter((f) => f.code === 'accept-keywords-pins-nothing').length;
    if (pins)
        todo.push(`package.accept_keywords pins nothing: ${pins} version entry(ies) only accept keywords. To pin a version, mask its competitors in package.mask.`);
    const rest = result.findings.filter((f) => !EXPLAINED.has(f.code));
    const restErrors = rest.filter((f) => f.severity === 'error').length;
    const restWarnings = rest.filter((f) => f.severity === 'warning').length;
    const parts = [...(restErrors ? [`${restErrors} other error(s)`] : []), ...(restWarnings ? [`${restWarnings} other warning(s)`] : [])];
    if (parts.length)
        todo.push(`${parts.join(' and ')} at the files named under Findings.`);
    if (todo.length)
        s.paragraph('**What to do:**').list(todo);
}
function buildSummary(result, inputs) {
    const s = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD();
    const c = counts(result.findings);
    s.heading('setup-overlay', 2);
    if (inputs.embedded) {
        s.paragraph('Embedded demo: fixtures of a ::gentoo-like repository, a GURU-like one and a regicide-like overlay, configured with the inverted priorities of the RegicideOS notes (guru 20, regicide-rust 10) and the precedence `regicide-rust > guru > gentoo`. `fail-on` defaults to `never` here.');
    }
    const validated = result.validated.length ? result.validated.map(_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC).join(', ') : 'no repository';
    const up = (0,_shared_gentoo_overlay_setup_js__WEBPACK_IMPORTED_MODULE_1__.upstreamCounts)(result.upstreamFindings);
    const upNames = result.upstreamFindings.filter((u) => u.findings.length).map((u) => (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(u.repo));
    s.paragraph(`${c.errors} error(s), ${c.warnings} warning(s), ${c.notices} notice(s) about your configuration and ${validated} (input \`validate\`).` +
        (up.total ? ` Upstream ${upNames.join(', ')}: ${up.total} finding(s) of their own, not annotated and not counted (under Upstream repositories).` : ''));
    outcome(s, result);
    // The user's findings lead: errors first, then warnings; notices folded away.
    s.heading('Findings', 3);
    if (!result.findings.length)
        s.paragraph('None.');
    for (const sev of ['error', 'warning']) {
        const fs = result.findings.filter((f) => f.severity === sev);
        if (fs.length)
            s.findings(fs, { limit: TABLE_LIMIT });
    }
    const notices = result.findings.filter((f) => f.severity === 'notice');
    if (notices.length)
        s.details(`${notices.length} notice(s)`, new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD().findings(notices, { limit: TABLE_LIMIT }));
    s.heading('Repositories', 3);
    s.table(['name', 'priority written', 'configured', 'location', 'commit', 'source'], result.repos.map((r) => {
        const p = result.plan?.repos.find((x) => x.name === r.name);
        return [
            r.name,
            p ? String(p.written.priority) : '—',
            p ? `${p.configured.priority}${p.configured.explicitPriority ? '' : ' (default)'}` : '—',
            r.location ?? '(none)',
            r.commit ? r.commit.slice(0, 12) : '—',
            r.source === 'path' ? 'path' : `${r.uri}${r.ref ? `@${r.ref}` : ''}${r.fromCache ? ' (cache)' : r.attempts ? ` (${r.attempts} attempt(s))` : ''}${r.syncError ? ' — sync FAILED' : ''}`,
        ];
    }));
    if (result.plan) {
        s.heading('Precedence', 3);
        s.paragraph('A higher priority wins, and only between identical versions: a newer version elsewhere always wins.');
        s.mermaid(precedenceDiagram(result, inputs));
    }
    if (result.explained && result.explained.explanations.length) {
        const all = result.explained.explanations;
        s.heading('What emerge would pick', 3);
        s.table(['package', 'emerge picks', 'why'], all.slice(0, TABLE_LIMIT).map((e) => [e.request, e.result.winner?.ref ?? '(nothing visible)', e.result.explanation]));
        if (all.length > TABLE_LIMIT)
            s.paragraph(`_…and ${all.length - TABLE_LIMIT} more packages (see the JSON report)._`);
    }
    if (up.total) {
        // Not the user's to fix (a real ::gentoo or GURU brings many): collapsed, most severe first.
        const body = new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD();
        body.paragraph('These repositories are read for what emerge would pick, shadowing and drift, not validated. Name one in the input `validate` to validate it.');
        for (const u of result.upstreamFindings) {
            if (!u.findings.length)
                continue;
            const uc = counts(u.findings);
            body.heading(`${u.repo}: ${uc.errors} error(s), ${uc.warnings} warning(s), ${uc.notices} notice(s)`, 4);
            body.findings((0,_shared_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(u.findings).sort((a, b) => rank(b) - rank(a)), { limit: TABLE_LIMIT });
        }
        s.details(`Upstream repositories: ${up.total} finding(s) of their own (${up.error} error(s), ${up.warning} warning(s)), not validated`, body);
    }
    if (result.plan) {
        const files = Object.entries(result.plan.reposConf)
            .map(([f, t]) => `# ${f}\n${t}`)
            .join('\n');
        s.details(`repos.conf written to ${result.reposConfDir ?? '(not written)'}${result.plan.corrected ? ' (priorities corrected)' : ''}`, new _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD().code(files, 'ini'), true);
    }
    return s;
}
function buildReport(result, inputs) {
    return {
        action: 'setup-overlay',
        embedded: inputs.embedded,
        precedence: inputs.precedence ?? null,
        counts: counts(result.findings),
        validated: result.validated,
        upstream: result.upstreamFindings.map((u) => ({ repo: u.repo, counts: counts(u.findings), findings: (0,_shared_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(u.findings) })),
        repositories: result.repos.map((r) => {
            const p = result.plan?.repos.find((x) => x.name === r.name);
            return {
                name: r.name,
                source: r.source,
                uri: r.uri ?? null,
                ref: r.ref ?? null,
                subdir: r.subdir ?? null,
                location: r.location ?? null,
                commit: r.commit ?? null,
                attempts: r.attempts ?? null,
                fromCache: r.fromCache ?? false,
                syncError: r.syncError ?? null,
                configuredPriority: p?.configured.priority ?? null,
                priority: p?.written.priority ?? null,
                repoName: p?.scan.name ?? null,
                stats: p?.scan.stats ?? null,
            };
        }),
        reposConf: result.plan?.reposConf ?? null,
        reposConfDir: result.reposConfDir ?? null,
        written: result.written,
        providers: result.explained?.providers ?? {},
        explanations: (result.explained?.explanations ?? []).map((e) => ({
            request: e.request,
            provider: e.result.winner?.ref ?? null,
            explanation: e.result.explanation,
            uncertain: e.result.uncertain,
            candidates: e.result.candidates.map((c) => ({ ref: c.ref, priority: c.priority, status: c.status, lostBecause: c.lostBecause ?? null, reason: c.reason })),
            withConfiguredPriorities: e.withConfigured ? { provider: e.withConfigured.winner?.ref ?? null, explanation: e.withConfigured.explanation } : null,
        })),
        findings: (0,_shared_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(result.findings),
    };
}


/***/ })

};
