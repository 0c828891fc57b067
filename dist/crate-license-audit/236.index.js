export const id = 236;
export const ids = [236];
export const modules = {

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* reexport safe */ _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__.iW),
/* harmony export */   SUMMARY_LIMIT: () => (/* reexport safe */ _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__.Jz),
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   mermaidGraph: () => (/* binding */ mermaidGraph),
/* harmony export */   pulledInBy: () => (/* binding */ pulledInBy),
/* harmony export */   renderComment: () => (/* binding */ renderComment),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   summaryBody: () => (/* binding */ summaryBody)
/* harmony export */ });
/* harmony import */ var _shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6372);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
/** crate-license-audit's job summary, sticky PR comment and output numbers, from the audit's report. */



/** The sticky comment's body: a pull request that changes the policy says so right under the verdict. */
function commentBody(out) {
    const note = policyChangeNote(out);
    if (!note)
        return renderComment(out.audit);
    const body = renderComment(out.audit, { maxLength: _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW - 512 - note.length - 4 });
    const nl = body.indexOf('\n');
    return nl < 0 ? `${body}\n\n${note}\n` : `${body.slice(0, nl)}\n\n${note}\n${body.slice(nl)}`;
}
/** The policy change as a quoted warning (comment and summary). */
function policyChangeNote(out) {
    if (!out.policyChange)
        return undefined;
    const s = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.policyChangeSentence)(out.policyChange, { text: (t) => (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(t, 80) });
    return `> [!WARNING]\n> **${s.charAt(0).toUpperCase()}${s.slice(1)}.**`;
}
/** The job summary: the demo and base notes, the full report, and the Gentoo text when asked for. */
function summaryBody(inputs, out) {
    let summary = renderSummary(out.audit, { maxLength: 1024 * 1024 - 64 * 1024 });
    const notes = [];
    if (inputs.embedded) {
        notes.push('> **Embedded demo**: no Cargo.toml or Cargo.lock in the workspace and no lockfile inputs, so this audited the fixture workspace in `fixtures/crate-license-audit/` (see its README). `fail-on` is off and no comment is written unless given.');
    }
    const policy = policyChangeNote(out);
    if (policy)
        notes.push(policy);
    notes.push(`Base: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(out.baseNote)}.`);
    summary = `${notes.join('\n\n')}\n\n${summary}`;
    if (inputs.gentooOutput) {
        summary += `\n#### Gentoo ebuild (${out.gentoo.crateCount} crates)\n\n${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFence */ .F)(out.gentoo.text.trim(), 'bash')}\n`;
    }
    return summary;
}
/** One sticky comment per audited lockfile (a monorepo may audit several in one pull request). */
function commentMarker(lockfileDisplay) {
    return `crate-license-audit:${lockfileDisplay.replace(/[^A-Za-z0-9:._/@-]/g, '-')}`;
}
// ---------------------------------------------------------------------------------------------------------
// Markdown: the comment a reviewer reads in ten seconds (always under GitHub's 65,536 characters: tables shrink
// to their first rows, then to counts, with a pointer to the job summary) and the full job summary.
/** GitHub's limits for an issue comment body (characters) and one step's job summary (bytes). */

const ICON = { denied: '⛔', 'invalid-spdx': '❗', unknown: '❓', 'needs-review': '👀', allowed: '✅' };
const VERDICT_TEXT = { denied: 'denied', 'invalid-spdx': 'invalid SPDX', unknown: 'unknown', 'needs-review': 'needs review', allowed: 'allowed' };
/** `app → a → … → x`: long paths keep both ends. */
function pulledInBy(path) {
    if (!path || path.length === 0)
        return '—';
    return (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)((0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.shortPath)(path).join(' → '));
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * ❌ what failed the step (and what else is wrong but only warned about); ⚠️ a pass that still has problems,
 * saying they are outside fail-on; ✅ nothing to look at.
 */
function verdictLine(r, title) {
    const notes = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.warnedOnly)(r);
    if (r.verdict === 'fail') {
        return `### ❌ ${title}: fails on ${r.failedBecause.join(' · ')}${notes.length ? ` — also ${notes.join(' · ')} (warnings only)` : ''}`;
    }
    const failOn = r.failOn.length ? r.failOn.join(', ') : 'nothing';
    return notes.length ? `### ⚠️ ${title}: passes (fail-on: ${failOn}), but ${notes.join(' · ')}` : `### ✅ ${title}: all ${plural(r.totals.crates, 'crate')} pass the policy`;
}
function countsLine(r) {
    const t = r.totals;
    const parts = [`**${plural(t.crates, 'crate')}**`];
    if (r.diff) {
        parts.push(`+${t.added} added`, `−${t.removed} removed`);
        const classes = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.updateClassCounts)(r).map(([c, n]) => `${n} ${c}`);
        parts.push(`${t.updated} updated${classes.length ? ` (${classes.join(', ')})` : ''}`);
        if (t.newlyDuplicated)
            parts.push(`${t.newlyDuplicated} newly duplicated`);
        if (t.licenseChanged)
            parts.push(`**${plural(t.licenseChanged, 'license change')}**`);
    }
    parts.push(`fail-on: ${r.failOn.length ? r.failOn.join(', ') : 'nothing'}`);
    return parts.join(' · ');
}
function problemsTable(r) {
    return {
        header: ['', 'Crate', 'Version', 'License', 'Why', 'Pulled in by'],
        rows: (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.problemRows)(r).map((c) => [
            ICON[c.verdict],
            `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.name)}${c.change === 'added' ? ' 🆕' : ''}`,
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.version),
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(c.expression ?? c.license ?? (c.licenseFile ? `license-file ${c.licenseFile}` : undefined)),
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.reason),
            pulledInBy(c.path),
        ]),
    };
}
/** Added, updated (license changes first), removed and newly duplicated crates, each with its title. */
function diffTables(r, updatedTitle) {
    const d = r.diff;
    const classText = (c) => (c === 'breaking' || c === 'downgrade' ? `**${c}**` : c);
    const licenseText = (u) => (u.licenseChanged ? `⚠️ ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(u.fromLicense)} → ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(u.toLicense)}` : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(u.toLicense));
    const added = d.added.map((a) => [(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(a.name), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(a.version), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(a.license), `${ICON[a.verdict]} ${VERDICT_TEXT[a.verdict]}`, pulledInBy(a.path)]);
    const updated = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.updatesForReview)(r).map((u) => [(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(u.name), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(u.from), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(u.to), classText(u.class), licenseText(u)]);
    const removed = d.removed.map((x) => [(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x.name), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x.version), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(x.license)]);
    const doubled = d.newlyDuplicated.map((x) => [(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x.name), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)((0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.copiesWithDependents)(x), 300), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x.baseVersions.join(', ') || 'absent')]);
    return [
        [`Added (${d.added.length})`, { header: ['Crate', 'Version', 'License', 'Verdict', 'Pulled in by'], rows: added }],
        [updatedTitle, { header: ['Crate', 'From', 'To', 'Class', 'License'], rows: updated }],
        [`Removed (${d.removed.length})`, { header: ['Crate', 'Version', 'License'], rows: removed }],
        [`Newly duplicated (${d.newlyDuplicated.length})`, { header: ['Crate', 'Versions now (pulled in by)', 'Before'], rows: doubled }],
    ];
}
/** A small left-to-right graph of the shortest paths from workspace members to denied crates. */
function mermaidGraph(r, maxEdges = 40) {
    if (r.deniedGraph.length === 0)
        return undefined;
    const g = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.deniedGraph)(r, maxEdges);
    const graph = (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdMermaidGraph */ .PH)(g.edges, g.denied, { name: 'denied', style: 'fill:#ffd7d7,stroke:#d00,color:#700' });
    return g.more ? `${graph}\n_${g.more} more edges in the job summary._` : graph;
}
function querySection(r) {
    if (r.queries.length === 0)
        return undefined;
    const lines = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.queryAnswers)(r).map((a) => {
        if (!a.found)
            return `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(a.query)}: not in the lock`;
        const c = a.crate;
        const names = [...a.neededBy.map((d) => (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(d)), ...(a.more ? [`${a.more} more`] : [])];
        const who = names.length ? names.join(', ') : 'nothing (a workspace member)';
        const all = c.transitive ? ` (${plural(c.transitive, 'crate')} in all)` : '';
        return `**${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.name)} ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.version)}** ${ICON[c.verdict]} ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(c.license)}: needed by ${who}${all}; path ${pulledInBy(c.path ? [...c.path, c.name] : undefined)}`;
    });
    return (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdList */ .Ej)(lines);
}
function renderCommentWith(r, o, b) {
    const more = (n) => `_…and ${n} more${o.summaryUrl ? ` in the [job summary](${o.summaryUrl})` : ' in the job summary'}._`;
    const out = [verdictLine(r, o.title), '', countsLine(r)];
    const problems = problemsTable(r);
    if (problems.rows.length)
        out.push('', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(problems, b.rows, more));
    const g = b.graph ? mermaidGraph(r) : undefined;
    if (g)
        out.push('', '**Who pulls in the denied crates**', '', g);
    if (r.diff) {
        const changes = r.totals.licenseChanged ? `, ${plural(r.totals.licenseChanged, 'license change')}` : '';
        for (const [title, table] of diffTables(r, `Updated (${r.diff.updated.length}${changes})`)) {
            if (table.rows.length)
                out.push('', b.rows === 0 ? `- ${title}: see the job summary` : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDetails */ .mF)(title, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(table, b.rows, more)));
        }
        const ws = r.diff.workspace;
        const members = [...ws.added.map((x) => `added ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x)}`), ...ws.removed.map((x) => `removed ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x)}`), ...ws.changed.map((x) => (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(x))];
        if (members.length && b.rows !== 0)
            out.push('', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDetails */ .mF)(`Workspace members changed (${members.length})`, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdList */ .Ej)(members, b.rows, more)));
    }
    const q = querySection(r);
    if (q && b.rows !== 0)
        out.push('', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDetails */ .mF)(`Why are these here? (${r.queries.length})`, q));
    return out.join('\n') + '\n';
}
/**
 * The sticky PR comment body. Shrinks tables (all rows, then 50, 20, 5, then only counts) until it fits;
 * a last-resort cut keeps the verdict line and says where the rest is.
 */
function renderComment(report, options = {}) {
    const o = { title: 'Crate licenses', ...options };
    const max = options.maxLength ?? _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW - 512;
    const budgets = [
        { rows: undefined, graph: true },
        { rows: 50, graph: true },
        { rows: 20, graph: true },
        { rows: 5, graph: false },
        { rows: 0, graph: false },
    ];
    const body = (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .firstWithin */ .mL)(max, budgets, (b) => renderCommentWith(report, o, b));
    if (body !== undefined)
        return body;
    const note = `\n\n_The report is too large for a comment: see the ${o.summaryUrl ? `[job summary](${o.summaryUrl})` : 'job summary'}._\n`;
    return [verdictLine(report, o.title), '', countsLine(report)].join('\n').slice(0, Math.max(0, max - note.length)) + note;
}
// ---------------------------------------------------------------------------------------------------------
// Job summary
function allCratesTable(r) {
    return {
        header: ['', 'Crate', 'Version', 'License', 'Allowed under (or why not)', 'Dependents (direct / all)', 'Notes'],
        rows: r.crates.map((c) => [
            ICON[c.verdict],
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.name),
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.version),
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(c.license ?? (c.licenseFile ? `license-file ${c.licenseFile}` : undefined)),
            c.satisfiedBy ? (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(c.satisfiedBy.join(' AND ')) : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.verdict === 'allowed' ? undefined : c.reason),
            `${c.dependents.direct} / ${c.dependents.transitive}`,
            (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)((0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.crateNotes)(c).join('; ') || undefined, 300),
        ]),
    };
}
function summaryWith(report, title, crateRows) {
    const more = (n) => `_…and ${n} more rows (see the \`report\` JSON output)._`;
    const out = [verdictLine(report, title), '', countsLine(report)];
    const problems = problemsTable(report);
    if (problems.rows.length)
        out.push('', '#### Problems', '', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(problems, undefined, more));
    const g = mermaidGraph(report, 200);
    if (g)
        out.push('', '#### Who pulls in the denied crates', '', g);
    if (report.diff) {
        for (const [t, table] of diffTables(report, `Updated (${report.diff.updated.length})`)) {
            if (table.rows.length)
                out.push('', `#### ${t}`, '', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(table, crateRows, more));
        }
        const sums = report.diff.checksumChanged.map((c) => `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.name)} ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(c.version)}`);
        if (sums.length)
            out.push('', '#### Checksum changed', '', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdList */ .Ej)(sums));
    }
    const q = querySection(report);
    if (q)
        out.push('', '#### Why are these here?', '', q);
    out.push('', `#### All crates (${report.crates.length})`, '', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(allCratesTable(report), crateRows, more));
    if (report.licenseUse.length) {
        const table = { header: ['License', 'Crates'], rows: report.licenseUse.map((l) => [(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeCell */ .nn)(l.expression, 300), String(l.crates)]) };
        out.push('', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDetails */ .mF)(`Licenses in use (${report.licenseUse.length})`, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(table, crateRows, more)));
    }
    const notes = (0,_shared_cargo_license_audit_js__WEBPACK_IMPORTED_MODULE_0__.policyNotes)(report).map((f) => `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(f.message, 400)}${f.line ? ` (${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDataCell */ .wp)(f.file)}:${f.line})` : ''}`);
    if (notes.length)
        out.push('', (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDetails */ .mF)(`Policy notes (${notes.length})`, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdList */ .Ej)(notes)));
    return out.join('\n') + '\n';
}
/** The full job summary: every table, every crate. Falls back to fewer crate rows above 1 MiB. */
function renderSummary(report, options = {}) {
    const title = options.title ?? 'Crate licenses';
    const max = options.maxLength ?? _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_LIMIT_BYTES */ .Jz - 1024;
    const body = (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .firstWithin */ .mL)(max, [undefined, 2000, 500, 100], (rows) => summaryWith(report, title, rows)) ?? summaryWith(report, title, 20);
    return body.length <= max ? body : body.slice(0, max - 80) + '\n\n_Summary truncated: see the `report` JSON output._\n';
}


/***/ })

};
