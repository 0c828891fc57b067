export const id = 421;
export const ids = [421];
export const modules = {

/***/ 3421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NAMES_PER_ROW: () => (/* binding */ NAMES_PER_ROW),
/* harmony export */   TARGET_ROWS: () => (/* binding */ TARGET_ROWS),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary),
/* harmony export */   planGroups: () => (/* binding */ planGroups)
/* harmony export */ });
/* harmony import */ var _shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3563);
/* harmony import */ var _shared_rust_matrix_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4429);
/** The job summary of build-target-matrix: toolchain, one row per target, spec findings, configs. */


const yesNo = (v) => (v === true ? 'yes' : v === false ? 'no' : '?');
/** Past this many targets the table has a row per plan shared by several targets, not a row per target. */
const TARGET_ROWS = 30;
/** The targets a row of that table names; the rest are counted (every one is in the facts file). */
const NAMES_PER_ROW = 100;
const TARGET_COLUMNS = ['target', 'tier', 'std', 'rustup std', 'os / arch', 'atomics', 'panic', 'toolchain', 'build-std', 'linker', 'runner', 'test', 'apt'];
/** The columns that say how a target is built and tested (its tier, toolchain, build-std, linker, runner, test, apt). */
const PLAN_COLUMNS = [1, 7, 8, 9, 10, 11, 12];
/** A target's row: its name, its facts, then its plan (or why it was skipped). */
function targetCells(r) {
    const f = r.facts;
    const e = r.planned?.entry;
    return [
        r.custom ? `${r.name} (custom)` : r.name,
        r.custom ? 'custom' : String(f?.tier ?? '?'),
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
}
/** Targets whose plan columns are equal, in the order of their first target. */
function planGroups(cells) {
    const groups = new Map();
    for (const c of cells) {
        const plan = PLAN_COLUMNS.map((i) => c[i]);
        // (a cell may hold any character a spec or an input gives it: a key that cannot join two plans into one)
        const key = JSON.stringify(plan);
        const g = groups.get(key);
        if (g)
            g.names.push(c[0]);
        else
            groups.set(key, { names: [c[0]], plan });
    }
    return [...groups.values()];
}
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
    const cells = result.rows.map(targetCells);
    if (cells.length <= TARGET_ROWS)
        s.table(TARGET_COLUMNS, cells);
    else {
        // A row per plan that targets share (they differ in facts the facts file has): 320 built-in targets are a
        // table a person can read, and every target is still named.
        const named = (names) => (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdown */ .wD)(`**${names.length}**: ${names.slice(0, NAMES_PER_ROW).map((n) => (0,_shared_toolkit_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(n).text).join(', ')}${names.length > NAMES_PER_ROW ? `, _and ${names.length - NAMES_PER_ROW} more_` : ''}`);
        s.table(['targets', ...PLAN_COLUMNS.map((i) => TARGET_COLUMNS[i])], planGroups(cells).map((g) => [named(g.names), ...g.plan]));
        s.paragraph(`_${cells.length} targets, so a row per plan they share; each target's os, arch, atomics and panic strategy are in the \`facts\` output's file._`);
    }
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
        const empty = configs.filter((r) => !r.planned.config.text.trim().includes('\n'));
        const emptySet = new Set(empty);
        const full = configs.filter((r) => !emptySet.has(r));
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


/***/ }),

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
  oz: () => (/* reexport */ Markdown),
  Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
  BD: () => (/* binding */ Summary),
  yA: () => (/* binding */ capText),
  kq: () => (/* binding */ escapeCell),
  X1: () => (/* binding */ escapeText),
  mC: () => (/* binding */ findingLine),
  NP: () => (/* binding */ findingWhereLine),
  js: () => (/* reexport */ htmlText),
  wD: () => (/* reexport */ markdown),
  cz: () => (/* reexport */ mdCell),
  xs: () => (/* reexport */ mdCode),
  F: () => (/* reexport */ mdFence),
  bC: () => (/* reexport */ mdText),
  Xp: () => (/* reexport */ mdWithCode),
  PE: () => (/* binding */ severityIcon)
});

// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/markdown.ts
/**
 * The one escaping layer for text from outside (crate names, SLOT values, file names, remote messages, guest
 * output) on its way into GitHub-flavoured Markdown: job summaries, PR comments, issue bodies. Data is shown,
 * never interpreted: no markup, no raw HTML, no image, no live link, no @mention and no issue cross-reference
 * (`owner/repo#1`, `#1`, `GH-1`) that would notify people or link elsewhere from the sticky comment or the
 * drift issue.
 *
 * Neutral module (no toolkit, no domain): domain renderers (shared/cargo/audit-view.ts, the actions' render.ts) and the toolkit's
 * Summary both use it. Tests render with markdown-it (html and linkify on) and assert nothing came alive.
 */
/** Markdown we wrote ourselves: a table cell or list item that must not be escaped again. */
class Markdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** Mark text as markdown we built (literal markup plus escaped data); table cells pass it through. */
function markdown(text) {
    return new Markdown(text);
}
// A zero-width space as an entity: invisible, and it keeps GitHub from reading what follows as a reference.
const ZWSP = '&#8203;';
/**
 * What GitHub would turn into a notification or a link, broken with a zero-width space:
 * `@user` / `@org/team` / `user@host` (mentions, e-mail links), `#12` / `owner/repo#12` / `GH-12` (issue
 * references), `scheme://` and `www.` (bare links).
 */
function neutralise(escaped) {
    // `#` first: the entities inserted after it contain `#` and digits themselves.
    return escaped
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
        .replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Data as inline Markdown text: every character with a Markdown or HTML meaning is escaped, line breaks
 * become spaces (one item stays one line), and mentions, references and links are neutralised.
 */
function mdText(data) {
    return inline(oneLine(String(data ?? '')));
}
function inline(s) {
    // Most text is plain names, numbers and words, which the escaping returns unchanged: return it at once (a
    // 320-target summary spent most of its time escaping). Exactly the strings escapeInlineFully leaves as they are.
    return isPlain(s) ? s : escapeInlineFully(s);
}
// Text the escaping returns unchanged: no Markdown, HTML, mention, reference or link character, not starting a
// block (a list marker, `1.`), no `www.`, `GH-1` or `://` (see escapeInlineFully and neutralise).
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_ .,:;=()'"/+-]*$/;
// (`_` only inside a word: snake_case stays as it is, any other `_` is escaped)
const PLAIN_NOT = /www\.|gh-\d|:\/\/|^\d{1,9}[.)](?= |$)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/i;
const isPlain = (s) => PLAIN.test(s) && !PLAIN_NOT.test(s);
/** inline() without its shortcut for plain text; the tests hold the shortcut to it. */
function escapeInlineFully(s) {
    const escaped = s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Backslash escapes work for any ASCII punctuation in CommonMark; these have a meaning inline (`!` and
        // `(` only after a `[`, which is escaped). `_` inside a word never emphasises, so snake_case stays as is.
        .replace(/[\\`*[\]|~$]/g, '\\$&')
        .replace(/_/g, (m, i, str) => (/[A-Za-z0-9]/.test(str[i - 1] ?? '') && /[A-Za-z0-9]/.test(str[i + 1] ?? '') ? m : '\\_'))
        // At the start of a line, what would open a block: a heading, a list item, a numbered list, an underline.
        .replace(/^([ \t]*)(#{1,6}|[+-])(?=[ \t]|$)/, '$1\\$2')
        .replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
        .replace(/^([ \t]*)(?=[=-]+[ \t]*$)/, '$1\\');
    return neutralise(escaped);
}
/**
 * Data as text inside raw HTML (`<summary>…</summary>`, where Markdown escapes would show literally):
 * HTML-escaped, with mentions and references neutralised (GitHub finds those in HTML text too).
 */
function htmlText(data) {
    const s = oneLine(String(data ?? ''))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return neutralise(s);
}
/**
 * Data as an inline code span, whatever backticks it holds: the fence is longer than any backtick run inside
 * (CommonMark's rule), padded when the text starts or ends with a backtick. Nothing inside a code span is
 * markup, a mention or a link.
 */
function mdCode(data) {
    const s = oneLine(String(data ?? ''));
    if (s === '')
        return new Markdown('');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
    return new Markdown(`${fence}${pad}${s}${pad}${fence}`);
}
/**
 * A message we composed with `…` around names (a finding, a drift row's advice): each backtick pair becomes
 * a code span of its own (mdCode), everything else is text (mdText), so the look stays and nothing inside
 * either can act, however the data's own backticks pair up.
 */
function mdWithCode(message) {
    const parts = oneLine(String(message ?? '')).split(/`([^`]+)`/);
    return new Markdown(parts.map((p, i) => (i % 2 ? mdCode(p).text : inline(p))).join(''));
}
/**
 * A table cell: data (anything but Markdown) is escaped as text; Markdown we built passes. In both, `|`
 * would end the cell (inside code spans too, by GFM's table rule) and a line break would end the row.
 */
function mdCell(value) {
    if (value instanceof Markdown)
        return value.text.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    const text = typeof value === 'string' ? value : String(value ?? '');
    // Plain cells (most are names and numbers) go straight through inline's shortcut; an empty one stays empty.
    if (text === '' || isPlain(text))
        return text;
    // A line break in data stays visible inside the cell.
    if (!text.includes('\n'))
        return inline(oneLine(text));
    return text.split(/\r?\n/).map((line) => inline(oneLine(line))).join('<br>');
}
/** Line breaks and other controls as single spaces: one datum never starts a new block. */
function oneLine(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\r\n\u2028\u2029\x85]+/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}
/**
 * Data as a fenced block (a log tail, a generated file): the fence is longer than any backtick run inside, so
 * no line of the data can close it; controls other than tabs and newlines are dropped.
 */
function mdFence(data, lang = '') {
    // eslint-disable-next-line no-control-regex
    const text = data.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${/^[\w+-]*$/.test(lang) ? lang : ''}\n${text}\n${fence}`;
}
// ---------------------------------------------------------------------------------------------------------
// Building blocks for reports written as strings (PR comments, job summaries): each escapes through the
// helpers above, so data reaches Markdown only through this module.
// Whitespace other than single inner spaces (tabs, newlines, runs, leading/trailing).
const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;
/** Data as a table cell of at most `max` characters (`…` when cut); `—` when empty. Escaped as mdCell. */
function mdDataCell(text, max = 200) {
    if (text === undefined || text === '')
        return '—';
    let t = CELL_ODD_SPACE.test(text) ? squeezed(text, max) : text;
    if (t === '')
        return '—';
    if (t.length > max)
        t = t.slice(0, max - 1) + '…';
    // plain names and versions take mdCell's shortcut
    return mdCell(t);
}
/** Data as a code span in a table cell (its `|` escaped), at most `max` characters; `—` when empty. */
function mdCodeCell(text, max = 120) {
    if (text === undefined || text === '')
        return '—';
    const t = squeezed(text, max);
    return mdCell(mdCode(t.length > max ? t.slice(0, max - 1) + '…' : t));
}
/**
 * `text` with its whitespace runs made one space and trimmed, made only as far as `limit` characters and one
 * more (enough to cut it): a 16 MB license text was made whole for a 120-character cell, ten times a run (26 s).
 */
function squeezed(text, limit) {
    const ws = /\s+/g;
    let i = 0;
    ws.lastIndex = 0;
    const lead = ws.exec(text);
    if (lead && lead.index === 0)
        i = lead[0].length;
    let out = '';
    while (i < text.length) {
        if (out.length > limit)
            return out;
        ws.lastIndex = i;
        const m = ws.exec(text);
        if (!m) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, m.index);
        i = m.index + m[0].length;
        if (i < text.length)
            out += ' ';
    }
    return out;
}
/** The table with its first `limit` rows (all when undefined), then a blank line and `more(rows left out)`. */
function mdTable(t, limit, more) {
    const rows = limit === undefined ? t.rows : t.rows.slice(0, limit);
    const lines = [`| ${t.header.join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
    if (rows.length < t.rows.length)
        lines.push('', more(t.rows.length - rows.length));
    return lines.join('\n');
}
/** Markdown list items (built by the caller): the first `limit` (all when undefined), then `more(left out)`. */
function mdList(items, limit, more) {
    const shown = limit === undefined ? [...items] : items.slice(0, limit);
    if (shown.length < items.length && more)
        shown.push(more(items.length - shown.length));
    return shown.map((i) => `- ${i}`).join('\n');
}
/** `a, b, c and 12 more`: at most `max` of the items (each through `show`), and how many were left out. */
function listSome(items, max, show = String) {
    const shown = items.slice(0, max).map(show).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/** A collapsed section: the title as HTML text, the body Markdown the caller built. */
function mdDetails(title, body) {
    return `<details><summary>${htmlText(title)}</summary>\n\n${body}\n\n</details>`;
}
/**
 * A left-to-right Mermaid graph of `edges`, the `marked` nodes styled with `classDef` as class `name`.
 * Labels keep only `[A-Za-z0-9_.+ -]` (and quotes as `#quot;`), so no label can close its quote, its node or
 * the fence.
 */
function mdMermaidGraph(edges, marked, mark) {
    const ids = new Map();
    const node = (name) => {
        let id = ids.get(name);
        if (!id) {
            id = `n${ids.size}`;
            ids.set(name, id);
        }
        return id;
    };
    const label = (name) => name.replace(/[^A-Za-z0-9_.+ "-]/g, '').replace(/"/g, '#quot;');
    const lines = ['```mermaid', 'graph LR'];
    for (const [a, b] of edges)
        lines.push(`  ${node(a)}["${label(a)}"] --> ${node(b)}["${label(b)}"]`);
    const markedIds = [...ids].filter(([name]) => marked.has(name)).map(([, id]) => id);
    if (markedIds.length) {
        lines.push(`  classDef ${mark.name} ${mark.style}`);
        lines.push(`  class ${markedIds.join(',')} ${mark.name}`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** The first of `attempts` rendered within `max` characters (shorter and shorter renderings), or undefined. */
function firstWithin(max, attempts, render) {
    for (const a of attempts) {
        const text = render(a);
        if (text.length <= max)
            return text;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/toolkit/summary.ts



const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
/** A table cell from data (escaped) or from `Markdown` we built (`mdCode(x)`, `markdown(…)`: passed through). */
function escapeCell(text) {
    return mdCell(text);
}
/** Data as inline Markdown text (see shared/markdown.ts: no markup, HTML, mention, reference or link). */
function escapeText(text) {
    return mdText(text);
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeText(text)}\n`);
        return this;
    }
    paragraph(markdown) {
        this.parts.push(`${markdown}\n`);
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
        return this;
    }
    /**
     * A markdown table. A cell is data (escaped) unless it is `Markdown` (`mdCode(x)`, `markdown(…)`); with
     * `raw`, every string cell is Markdown the caller built. `|` and line breaks never break a row.
     */
    table(header, rows, options = {}) {
        if (!rows.length)
            return this;
        const escape = options.raw ? (c) => mdCell(typeof c === 'string' ? markdown(c) : c) : mdCell;
        // A column repeats its values (`yes`, a severity icon, a toolchain): each distinct text is escaped once.
        const seen = new Map();
        const cell = (c) => {
            if (typeof c !== 'string')
                return escape(c);
            let out = seen.get(c);
            if (out === undefined)
                seen.set(c, (out = escape(c)));
            return out;
        };
        const lines = [
            `| ${header.map(escapeCell).join(' | ')} |`,
            `| ${header.map(() => '---').join(' | ')} |`,
            ...rows.map((r) => `| ${header.map((_, i) => cell(r[i])).join(' | ')} |`),
        ];
        this.parts.push(`${lines.join('\n')}\n`);
        return this;
    }
    details(summary, body, open = false) {
        const inner = typeof body === 'string' ? body : body.toString();
        this.parts.push(`<details${open ? ' open' : ''}><summary>${htmlText(summary)}</summary>\n\n${inner}\n</details>\n`);
        return this;
    }
    code(text, lang = '') {
        this.parts.push(`${mdFence(text, lang)}\n`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    findings(findings, options = {}) {
        const limit = options.limit ?? 500;
        const entries = (0,finding/* groupFindings */.kG)((0,finding/* sortFindings */.Tc)(findings));
        // Findings of one kind share their fix text (320 targets without a runner: one hint): escaped once.
        const hints = new Map();
        const hint = (h) => {
            let m = hints.get(h);
            if (!m)
                hints.set(h, (m = mdWithCode(h)));
            return m;
        };
        const shown = entries.slice(0, limit);
        const rows = shown.map((e) => {
            if ('group' in e) {
                const f = e.group[0];
                return [severityIcon(f.severity), f.code, groupMessage(e), groupWhere(e.group), hint(f.hint ?? '')];
            }
            return [severityIcon(e.severity), e.code, mdWithCode(e.message), e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '', hint(e.hint ?? '')];
        });
        this.table(['', 'code', 'finding', 'where', 'fix'], rows);
        const left = findings.length - shown.reduce((n, e) => n + ('group' in e ? e.group.length : 1), 0);
        if (left > 0)
            this.paragraph(`_…and ${left} more findings (see the JSON report)._`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    get isEmpty() {
        return this.parts.length === 0;
    }
    toString() {
        return this.parts.join('\n');
    }
    /** The text within `limit` units (bytes for 'bytes', UTF-16 chars for 'chars'), with a truncation note. */
    render(limit = SUMMARY_LIMIT_BYTES, unit = 'bytes', note = 'the full report is in the JSON report file') {
        return capText(this.toString(), limit, unit, note);
    }
}
function groupMessage(g) {
    const prefix = g.prefix.trim();
    const suffix = g.suffix.trim();
    const list = `${g.words.map((w) => mdCode(w).text).join(', ')} (${g.words.length})`;
    return markdown(`${prefix ? `${mdText(prefix)} ` : ''}${list}${suffix ? `${/^\s/.test(g.suffix) ? ' ' : ''}${mdText(suffix)}` : ''}`);
}
function groupWhere(group) {
    const file = group[0].file;
    if (!file)
        return '';
    // A loop, not Math.min(...lines): a group may be larger than a call's argument limit.
    let lo = Infinity;
    let hi = -Infinity;
    for (const f of group) {
        if (f.line === undefined)
            continue;
        lo = Math.min(lo, f.line);
        hi = Math.max(hi, f.line);
    }
    if (lo === Infinity)
        return file;
    return lo === hi ? `${file}:${lo}` : `${file}:${lo}–${hi}`;
}
function severityIcon(severity) {
    return severity === 'error' ? '❌' : severity === 'warning' ? '⚠️' : 'ℹ️';
}
/** One finding as a markdown list line (PR comments). */
function findingLine(f) {
    const where = f.file ? ` — ${mdCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
    return `${severityIcon(f.severity)} **${mdText(f.code)}**: ${mdWithCode(f.message)}${where}${f.hint ? ` _(fix: ${mdWithCode(f.hint)})_` : ''}`;
}
/** A finding as a list item that needs no code or severity: `` `file` line 3: message ``. */
function findingWhereLine(f) {
    return `${f.file ? `${mdCode(f.file)}${f.line ? ` line ${f.line}` : ''}: ` : ''}${mdWithCode(f.message)}`;
}
function capText(text, limit, unit, note) {
    const size = (s) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
    if (size(text) <= limit)
        return text;
    const tail = `\n\n> **Truncated**: this text was cut to stay under ${unit === 'bytes' ? `${limit} bytes` : `${limit} characters`}; ${note}.\n`;
    let room = limit - size(tail);
    for (;;) {
        let cut = text.slice(0, Math.max(0, room));
        while (size(cut) > room)
            cut = cut.slice(0, Math.floor(cut.length * 0.95));
        // Do not leave half a line (a broken table row or an open tag).
        const nl = cut.lastIndexOf('\n');
        if (nl > 0)
            cut = cut.slice(0, nl);
        // Close an open <details> and code fence so the note stays visible.
        const opens = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
        const closing = opens > 0 ? '\n</details>'.repeat(opens) : '';
        const fences = (cut.match(/^```/gm) ?? []).length;
        const out = `${cut}${fences % 2 ? '\n```' : ''}${closing}${tail}`;
        if (size(out) <= limit || room <= 0)
            return out;
        room -= size(out) - limit;
    }
}


/***/ })

};
