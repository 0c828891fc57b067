/**
 * Markdown for the crate license audit: the sticky PR comment (a verdict a reviewer reads in ten seconds,
 * the problems, then collapsed details) and the full job summary. The comment always fits GitHub's 65,536
 * character limit: tables shrink to their first rows, then to counts, with a pointer to the job summary.
 * The toolkit adds the hidden marker that finds the comment again; these functions return the body only.
 */
import type { AuditReport, CrateRow, UpdateRow } from './audit.js';
import type { Verdict } from './policy.js';

/** GitHub's limit for an issue comment body. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface CommentOptions {
  /** Characters available for the body (default: the limit minus room for the toolkit's marker). */
  maxLength?: number;
  /** Link to the job summary / run, used when the comment had to be shortened. */
  summaryUrl?: string;
  title?: string;
}

const ICON: Record<Verdict, string> = {
  denied: '⛔',
  'invalid-spdx': '❗',
  unknown: '❓',
  'needs-review': '👀',
  allowed: '✅',
};

const VERDICT_TEXT: Record<Verdict, string> = {
  denied: 'denied',
  'invalid-spdx': 'invalid SPDX',
  unknown: 'unknown',
  'needs-review': 'needs review',
  allowed: 'allowed',
};

const CELL_ESCAPE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '\\|',
  '`': "'",
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  '[': '\\[',
  ']': '\\]',
};
const CELL_SPECIAL = /[&<>|`*_~[\]]/;
const CELL_SPECIAL_ALL = /[&<>|`*_~[\]]/g;
// Whitespace other than single inner spaces (tabs, newlines, runs, leading/trailing).
const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * Text safe inside a markdown table cell (crate metadata is not trusted markup). One escaping pass, and none
 * at all for the usual plain name or version: the summary calls this for every cell of every crate.
 */
export function cell(text: string | undefined, max = 200): string {
  if (text === undefined || text === '') return '—';
  let t = CELL_ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (t === '') return '—';
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  return CELL_SPECIAL.test(t) ? t.replace(CELL_SPECIAL_ALL, (c) => CELL_ESCAPE[c]!) : t;
}

function code(text: string | undefined, max = 120): string {
  if (text === undefined || text === '') return '—';
  const t = text.replace(/\s+/g, ' ').trim();
  const short = t.length > max ? t.slice(0, max - 1) + '…' : t;
  // Inline code needs no escaping except the pipe (tables) and backticks.
  return '`' + short.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}

/** `app → a → … → x`: long paths keep both ends. */
export function pulledInBy(path: string[] | undefined): string {
  if (!path || path.length === 0) return '—';
  const via = path.length > 1 ? path.slice(0, -1) : path;
  const shown = via.length > 4 ? [...via.slice(0, 2), '…', ...via.slice(-1)] : via;
  return cell(shown.join(' → '));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * ❌ what failed the step (and what else is wrong but only warned about); ⚠️ a pass that still has problems,
 * saying they are outside fail-on; ✅ nothing to look at.
 */
function verdictLine(r: AuditReport, title: string): string {
  const t = r.totals;
  // Problems outside fail-on: warned about, never the reason for a failure.
  const notes: string[] = [];
  const warned = (cat: AuditReport['failOn'][number], n: number, text: string) => {
    if (n && !r.failOn.includes(cat)) notes.push(text);
  };
  warned('denied', t.denied, `${t.denied} denied`);
  warned('invalid-spdx', t.invalidSpdx, `${t.invalidSpdx} invalid SPDX`);
  warned('unknown', t.unknown, `${t.unknown} unknown`);
  warned('unknown', t.needsReview, `${t.needsReview} to review`);
  warned('new-duplicate', t.newlyDuplicated, plural(t.newlyDuplicated, 'new duplicate'));
  if (r.verdict === 'fail') {
    return `### ❌ ${title}: fails on ${r.failedBecause.join(' · ')}${notes.length ? ` — also ${notes.join(' · ')} (warnings only)` : ''}`;
  }
  const failOn = r.failOn.length ? r.failOn.join(', ') : 'nothing';
  return notes.length
    ? `### ⚠️ ${title}: passes (fail-on: ${failOn}), but ${notes.join(' · ')}`
    : `### ✅ ${title}: all ${plural(t.crates, 'crate')} pass the policy`;
}

function countsLine(r: AuditReport): string {
  const t = r.totals;
  const parts = [`**${plural(t.crates, 'crate')}**`];
  if (r.diff) {
    parts.push(`+${t.added} added`, `−${t.removed} removed`);
    const classes = (['breaking', 'minor', 'patch', 'downgrade'] as const).filter((c) => t[c] > 0).map((c) => `${t[c]} ${c}`);
    parts.push(`${t.updated} updated${classes.length ? ` (${classes.join(', ')})` : ''}`);
    if (t.newlyDuplicated) parts.push(`${t.newlyDuplicated} newly duplicated`);
    if (t.licenseChanged) parts.push(`**${plural(t.licenseChanged, 'license change')}**`);
  }
  parts.push(`fail-on: ${r.failOn.length ? r.failOn.join(', ') : 'nothing'}`);
  return parts.join(' · ');
}

type Table = { header: string[]; rows: string[][] };

function renderTable(t: Table, limit: number | undefined, more: (n: number) => string): string {
  const rows = limit === undefined ? t.rows : t.rows.slice(0, limit);
  const lines = [`| ${t.header.join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  if (rows.length < t.rows.length) lines.push('', more(t.rows.length - rows.length));
  return lines.join('\n');
}

function problemsTable(r: AuditReport): Table {
  const rows = r.crates.filter((c) => c.verdict !== 'allowed');
  return {
    header: ['', 'Crate', 'Version', 'License', 'Why', 'Pulled in by'],
    rows: rows.map((c) => [
      ICON[c.verdict],
      `${cell(c.name)}${c.change === 'added' ? ' 🆕' : ''}`,
      cell(c.version),
      code(c.expression ?? c.license ?? (c.licenseFile ? `license-file ${c.licenseFile}` : undefined)),
      cell(c.reason),
      pulledInBy(c.path),
    ]),
  };
}

function addedTable(r: AuditReport): Table {
  return {
    header: ['Crate', 'Version', 'License', 'Verdict', 'Pulled in by'],
    rows: (r.diff?.added ?? []).map((a) => [cell(a.name), cell(a.version), code(a.license), `${ICON[a.verdict]} ${VERDICT_TEXT[a.verdict]}`, pulledInBy(a.path)]),
  };
}

const CLASS_ORDER = { breaking: 0, downgrade: 1, minor: 2, patch: 3, source: 4, unknown: 5 } as const;

function updatedTable(r: AuditReport): Table {
  const ups = [...(r.diff?.updated ?? [])].sort(
    (a, b) => Number(b.licenseChanged) - Number(a.licenseChanged) || CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || (a.name < b.name ? -1 : 1),
  );
  return {
    header: ['Crate', 'From', 'To', 'Class', 'License'],
    rows: ups.map((u: UpdateRow) => [
      cell(u.name),
      cell(u.from),
      cell(u.to),
      u.class === 'breaking' ? '**breaking**' : u.class === 'downgrade' ? '**downgrade**' : u.class,
      u.licenseChanged ? `⚠️ ${code(u.fromLicense)} → ${code(u.toLicense)}` : code(u.toLicense),
    ]),
  };
}

function removedTable(r: AuditReport): Table {
  return { header: ['Crate', 'Version', 'License'], rows: (r.diff?.removed ?? []).map((x) => [cell(x.name), cell(x.version), code(x.license)]) };
}

function duplicatesTable(r: AuditReport): Table {
  // `2.0.87 ← pretty-report`: which dependents pull in each copy is what a reviewer needs to remove one.
  const who = (names: string[] | undefined) =>
    !names || names.length === 0 ? '' : ` ← ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3} more` : ''}`;
  return {
    header: ['Crate', 'Versions now (pulled in by)', 'Before'],
    rows: (r.diff?.newlyDuplicated ?? []).map((d) => [
      cell(d.name),
      cell(d.versions.map((v, i) => `${v}${who(d.dependents?.[i])}`).join('; '), 300),
      cell(d.baseVersions.join(', ') || 'absent'),
    ]),
  };
}

/** A small left-to-right graph of the shortest paths from workspace members to denied crates. */
export function mermaidGraph(r: AuditReport, maxEdges = 40): string | undefined {
  if (r.deniedGraph.length === 0) return undefined;
  const ids = new Map<string, string>();
  const node = (name: string) => {
    let id = ids.get(name);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(name, id);
    }
    return id;
  };
  const label = (name: string) => name.replace(/"/g, '#quot;').replace(/[<>]/g, '');
  const edges = r.deniedGraph.slice(0, maxEdges);
  const lines = ['```mermaid', 'graph LR'];
  for (const [a, b] of edges) lines.push(`  ${node(a)}["${label(a)}"] --> ${node(b)}["${label(b)}"]`);
  const denied = r.crates.filter((c) => c.verdict === 'denied');
  const deniedNames = new Set<string>();
  for (const c of denied) {
    const last = c.path?.[c.path.length - 1];
    if (last) deniedNames.add(last);
  }
  const deniedIds = [...ids].filter(([name]) => deniedNames.has(name)).map(([, id]) => id);
  if (deniedIds.length) {
    lines.push('  classDef denied fill:#ffd7d7,stroke:#d00,color:#700');
    lines.push(`  class ${deniedIds.join(',')} denied`);
  }
  lines.push('```');
  if (r.deniedGraph.length > edges.length) lines.push(`_${r.deniedGraph.length - edges.length} more edges in the job summary._`);
  return lines.join('\n');
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function querySection(r: AuditReport): string | undefined {
  if (r.queries.length === 0) return undefined;
  const parts: string[] = [];
  for (const q of r.queries) {
    if (!q.found) {
      parts.push(`- ${cell(q.query)}: not in the lock`);
      continue;
    }
    for (const c of q.crates) {
      const names = c.dependents.slice(0, 10).map((d) => cell(d));
      if (c.dependents.length > 10) names.push(`${c.dependents.length - 10} more`);
      const who = names.length ? names.join(', ') : 'nothing (a workspace member)';
      parts.push(
        `- **${cell(c.name)} ${cell(c.version)}** ${ICON[c.verdict]} ${code(c.license)}: needed by ${who}` +
          `${c.transitive ? ` (${plural(c.transitive, 'crate')} in all)` : ''}; path ${pulledInBy(c.path ? [...c.path, c.name] : undefined)}`,
      );
    }
  }
  return parts.join('\n');
}

interface Budget {
  /** Rows per table (undefined: all). */
  rows: number | undefined;
  graph: boolean;
}

function renderCommentWith(r: AuditReport, o: Required<Pick<CommentOptions, 'title'>> & CommentOptions, b: Budget): string {
  const more = (n: number) => `_…and ${n} more${o.summaryUrl ? ` in the [job summary](${o.summaryUrl})` : ' in the job summary'}._`;
  const out: string[] = [verdictLine(r, o.title), '', countsLine(r)];
  const problems = problemsTable(r);
  if (problems.rows.length) out.push('', renderTable(problems, b.rows, more));
  if (b.graph) {
    const g = mermaidGraph(r);
    if (g) out.push('', '**Who pulls in the denied crates**', '', g);
  }
  if (r.diff) {
    const sections: [string, Table][] = [
      [`Added (${r.diff.added.length})`, addedTable(r)],
      [`Updated (${r.diff.updated.length}${r.totals.licenseChanged ? `, ${plural(r.totals.licenseChanged, 'license change')}` : ''})`, updatedTable(r)],
      [`Removed (${r.diff.removed.length})`, removedTable(r)],
      [`Newly duplicated (${r.diff.newlyDuplicated.length})`, duplicatesTable(r)],
    ];
    for (const [title, table] of sections) {
      if (table.rows.length === 0) continue;
      out.push('', b.rows === 0 ? `- ${title}: see the job summary` : details(title, renderTable(table, b.rows, more)));
    }
    const ws = r.diff.workspace;
    const wsCount = ws.added.length + ws.removed.length + ws.changed.length;
    if (wsCount && b.rows !== 0) {
      const lines = [...ws.added.map((x) => `- added ${cell(x)}`), ...ws.removed.map((x) => `- removed ${cell(x)}`), ...ws.changed.map((x) => `- ${cell(x)}`)];
      const shown = b.rows === undefined ? lines : lines.slice(0, b.rows);
      if (shown.length < lines.length) shown.push(`- ${more(lines.length - shown.length)}`);
      out.push('', details(`Workspace members changed (${wsCount})`, shown.join('\n')));
    }
  }
  const q = querySection(r);
  if (q && b.rows !== 0) out.push('', details(`Why are these here? (${r.queries.length})`, q));
  return out.join('\n') + '\n';
}

/**
 * The sticky PR comment body. Shrinks tables (all rows, then 50, 20, 5, then only counts) until it fits;
 * a last-resort cut keeps the verdict line and says where the rest is.
 */
export function renderComment(report: AuditReport, options: CommentOptions = {}): string {
  const o = { title: 'Crate licenses', ...options };
  const max = options.maxLength ?? COMMENT_LIMIT - 512;
  const budgets: Budget[] = [
    { rows: undefined, graph: true },
    { rows: 50, graph: true },
    { rows: 20, graph: true },
    { rows: 5, graph: false },
    { rows: 0, graph: false },
  ];
  for (const b of budgets) {
    const body = renderCommentWith(report, o, b);
    if (body.length <= max) return body;
  }
  const note = `\n\n_The report is too large for a comment: see the ${o.summaryUrl ? `[job summary](${o.summaryUrl})` : 'job summary'}._\n`;
  const head = [verdictLine(report, o.title), '', countsLine(report)].join('\n');
  return head.slice(0, Math.max(0, max - note.length)) + note;
}

// ---------------------------------------------------------------------------------------------------------
// Job summary

function allCratesTable(r: AuditReport): Table {
  return {
    header: ['', 'Crate', 'Version', 'License', 'Allowed under (or why not)', 'Dependents (direct / all)', 'Notes'],
    rows: r.crates.map((c: CrateRow) => [
      ICON[c.verdict],
      cell(c.name),
      cell(c.version),
      code(c.license ?? (c.licenseFile ? `license-file ${c.licenseFile}` : undefined)),
      c.satisfiedBy ? code(c.satisfiedBy.join(' AND ')) : cell(c.verdict === 'allowed' ? undefined : c.reason),
      `${c.dependents.direct} / ${c.dependents.transitive}`,
      cell(
        [
          c.clarifiedBy ? `clarified by ${c.clarifiedBy}` : '',
          c.exceptionUsed ? `exception ${c.exceptionUsed}` : '',
          ...c.corrections,
        ]
          .filter(Boolean)
          .join('; ') || undefined,
        300,
      ),
    ]),
  };
}

/** The full job summary: every table, every crate. Falls back to fewer crate rows above 1 MiB. */
export function renderSummary(report: AuditReport, options: { title?: string; maxLength?: number } = {}): string {
  const title = options.title ?? 'Crate licenses';
  const max = options.maxLength ?? SUMMARY_LIMIT - 1024;
  const build = (crateRows: number | undefined): string => {
    const more = (n: number) => `_…and ${n} more rows (see the \`report\` JSON output)._`;
    const out: string[] = [verdictLine(report, title), '', countsLine(report)];
    const problems = problemsTable(report);
    if (problems.rows.length) out.push('', '#### Problems', '', renderTable(problems, undefined, more));
    const g = mermaidGraph(report, 200);
    if (g) out.push('', '#### Who pulls in the denied crates', '', g);
    if (report.diff) {
      const sections: [string, Table][] = [
        [`Added (${report.diff.added.length})`, addedTable(report)],
        [`Updated (${report.diff.updated.length})`, updatedTable(report)],
        [`Removed (${report.diff.removed.length})`, removedTable(report)],
        [`Newly duplicated (${report.diff.newlyDuplicated.length})`, duplicatesTable(report)],
      ];
      for (const [t, table] of sections) if (table.rows.length) out.push('', `#### ${t}`, '', renderTable(table, crateRows, more));
      if (report.diff.checksumChanged.length) {
        out.push('', '#### Checksum changed', '', ...report.diff.checksumChanged.map((c) => `- ${cell(c.name)} ${cell(c.version)}`));
      }
    }
    const q = querySection(report);
    if (q) out.push('', '#### Why are these here?', '', q);
    out.push('', `#### All crates (${report.crates.length})`, '', renderTable(allCratesTable(report), crateRows, more));
    if (report.licenseUse.length) {
      out.push(
        '',
        details(
          `Licenses in use (${report.licenseUse.length})`,
          renderTable({ header: ['License', 'Crates'], rows: report.licenseUse.map((l) => [code(l.expression, 300), String(l.crates)]) }, crateRows, more),
        ),
      );
    }
    const policyNotes = report.findings.filter((f) => f.code.startsWith('policy-'));
    if (policyNotes.length) {
      out.push('', details(`Policy notes (${policyNotes.length})`, policyNotes.map((f) => `- ${cell(f.message, 400)}${f.line ? ` (${cell(f.file)}:${f.line})` : ''}`).join('\n')));
    }
    return out.join('\n') + '\n';
  };
  for (const rows of [undefined, 2000, 500, 100]) {
    const body = build(rows);
    if (body.length <= max) return body;
  }
  const body = build(20);
  return body.length <= max ? body : body.slice(0, max - 80) + '\n\n_Summary truncated: see the `report` JSON output._\n';
}
