/** crate-license-audit's job summary, sticky PR comment, annotations and output numbers, from the audit's report. */
import { SEVERITY_RANK, type Finding } from '../../shared/finding.js';
import {
  auditCounts,
  copiesWithDependents,
  policyChangeSentence,
  crateNotes,
  deniedGraph,
  lockChanged,
  policyNotes,
  shortPath,
  updatesForReview,
  warnedOnly,
  type AuditReport,
  type CrateRow,
  type LicenseAuditReport,
  type UpdateRow,
  type Verdict,
} from '../../shared/cargo/license-audit.js';
import { findOwnComment, upsertComment, type GitHub, type RepoRef } from '../../shared/toolkit/github.js';
import { mdCell, mdCode, mdFence, mdText, mdWithCode } from '../../shared/toolkit/summary.js';
import type { AuditInputs, CommentMode } from './inputs.js';

/** The sticky comment's body: a pull request that changes the policy says so right under the verdict. */
export function commentBody(out: Pick<LicenseAuditReport, 'audit' | 'policyChange'>): string {
  const note = policyChangeNote(out);
  if (!note) return renderComment(out.audit);
  const body = renderComment(out.audit, { maxLength: COMMENT_LIMIT - 512 - note.length - 4 });
  const nl = body.indexOf('\n');
  return nl < 0 ? `${body}\n\n${note}\n` : `${body.slice(0, nl)}\n\n${note}\n${body.slice(nl)}`;
}

/** The policy change as a quoted warning (comment and summary). */
function policyChangeNote(out: Pick<LicenseAuditReport, 'policyChange'>): string | undefined {
  if (!out.policyChange) return undefined;
  const s = policyChangeSentence(out.policyChange, { text: (t) => cell(t, 80) });
  return `> [!WARNING]\n> **${s.charAt(0).toUpperCase()}${s.slice(1)}.**`;
}

/** The job summary: the demo and base notes, the full report, and the Gentoo text when asked for. */
export function summaryBody(inputs: Pick<AuditInputs, 'embedded' | 'gentooOutput'>, out: LicenseAuditReport): string {
  let summary = renderSummary(out.audit, { maxLength: 1024 * 1024 - 64 * 1024 });
  const notes: string[] = [];
  if (inputs.embedded) {
    notes.push(
      '> **Embedded demo**: no Cargo.toml or Cargo.lock in the workspace and no lockfile inputs, so this audited the fixture workspace in `fixtures/crate-license-audit/` (see its README). `fail-on` is off and no comment is written unless given.',
    );
  }
  const policy = policyChangeNote(out);
  if (policy) notes.push(policy);
  notes.push(`Base: ${mdText(out.baseNote)}.`);
  summary = `${notes.join('\n\n')}\n\n${summary}`;
  if (inputs.gentooOutput) {
    summary += `\n#### Gentoo ebuild (${out.gentoo.crateCount} crates)\n\n${mdFence(out.gentoo.text.trim(), 'bash')}\n`;
  }
  return summary;
}

/** The summary when the lockfile or the policy cannot be used at all. */
export function unusableLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file ? `${mdCode(f.file)}${f.line ? ` line ${f.line}` : ''}: ` : ''}${mdWithCode(f.message)}`);
}

/**
 * What to do with the sticky comment: `write` it (create or update), only `refresh` one that an earlier run
 * wrote (so a comment about since-reverted changes or a since-fixed failure does not go stale), or `skip`.
 */
export function commentAction(mode: CommentMode, report: AuditReport, policyChanged = false): 'write' | 'refresh' | 'skip' {
  // A pull request that changes the policy is a change reviewers must see, even with the same lockfile.
  if (wantsComment(mode, report) || (mode === 'on-change' && policyChanged)) return 'write';
  return mode === 'never' ? 'skip' : 'refresh';
}

/** Whether the sticky comment is written for this report. */
export function wantsComment(mode: CommentMode, report: AuditReport): boolean {
  switch (mode) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'on-failure':
      return report.verdict === 'fail';
    case 'on-change':
      return lockChanged(report);
  }
}

/** Short numbers for outputs. */
export const outputCounts = auditCounts;

/** One sticky comment per audited lockfile (a monorepo may audit several in one pull request). */
export function commentMarker(lockfileDisplay: string): string {
  return `crate-license-audit:${lockfileDisplay.replace(/[^A-Za-z0-9:._/@-]/g, '-')}`;
}

/** The `limit` most severe findings (stable within a severity), for the annotation budget. */
export function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
}

export type CommentResult = { id: number; status: string; url?: string } | { skipped: string } | { warning: string };

/** Write or refresh the sticky comment; GitHub refusing it is a warning, never a failure. */
export async function stickyComment(
  gh: GitHub,
  target: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
  action: 'write' | 'refresh',
): Promise<CommentResult> {
  if (action === 'refresh') {
    let exists: boolean;
    try {
      exists = (await findOwnComment(gh, target, marker)) !== undefined;
    } catch (e) {
      return { warning: `could not look for an earlier sticky comment: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!exists) return { skipped: 'nothing to comment on and no earlier comment to refresh' };
  }
  const r = await upsertComment(gh, target, marker, body);
  if (r.status === 'forbidden' || r.status === 'failed') return { warning: `sticky comment not written: ${r.message}. The job summary has the full report.` };
  return { id: r.id, status: r.status, ...(r.url ? { url: r.url } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Markdown: the comment a reviewer reads in ten seconds (always under GitHub's 65,536 characters: tables shrink
// to their first rows, then to counts, with a pointer to the job summary) and the full job summary.

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

// Plain names and versions need no escaping (the summary calls cell() for every cell of every crate).
const CELL_PLAIN = /^[A-Za-z0-9][A-Za-z0-9 .+,;=()'"/-]*$/;
// Whitespace other than single inner spaces (tabs, newlines, runs, leading/trailing).
const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * Text safe inside a markdown table cell (crate metadata is not trusted markup): shared/markdown.ts escapes
 * markup and HTML and breaks mentions, issue references and links.
 */
export function cell(text: string | undefined, max = 200): string {
  if (text === undefined || text === '') return '—';
  let t = CELL_ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (t === '') return '—';
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  return CELL_PLAIN.test(t) && !/www\.|gh-\d/i.test(t) ? t : mdCell(t);
}

function code(text: string | undefined, max = 120): string {
  if (text === undefined || text === '') return '—';
  const t = text.replace(/\s+/g, ' ').trim();
  const short = t.length > max ? t.slice(0, max - 1) + '…' : t;
  // A code span whose `|` is escaped: every caller puts it in a table row.
  return mdCell(mdCode(short));
}

/** `app → a → … → x`: long paths keep both ends. */
export function pulledInBy(path: string[] | undefined): string {
  if (!path || path.length === 0) return '—';
  return cell(shortPath(path).join(' → '));
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
  const notes = warnedOnly(r);
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

function updatedTable(r: AuditReport): Table {
  const ups = updatesForReview(r);
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
  return {
    header: ['Crate', 'Versions now (pulled in by)', 'Before'],
    rows: (r.diff?.newlyDuplicated ?? []).map((d) => [cell(d.name), cell(copiesWithDependents(d), 300), cell(d.baseVersions.join(', ') || 'absent')]),
  };
}

/** A small left-to-right graph of the shortest paths from workspace members to denied crates. */
export function mermaidGraph(r: AuditReport, maxEdges = 40): string | undefined {
  if (r.deniedGraph.length === 0) return undefined;
  const g = deniedGraph(r, maxEdges);
  const ids = new Map<string, string>();
  const node = (name: string) => {
    let id = ids.get(name);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(name, id);
    }
    return id;
  };
  // Crate names are [A-Za-z0-9_-] for cargo; anything else from a hostile lockfile is dropped, so a label
  // cannot close the quote, the node or the fence.
  const label = (name: string) => name.replace(/[^A-Za-z0-9_.+ "-]/g, '').replace(/"/g, '#quot;');
  const lines = ['```mermaid', 'graph LR'];
  for (const [a, b] of g.edges) lines.push(`  ${node(a)}["${label(a)}"] --> ${node(b)}["${label(b)}"]`);
  const deniedIds = [...ids].filter(([name]) => g.denied.has(name)).map(([, id]) => id);
  if (deniedIds.length) {
    lines.push('  classDef denied fill:#ffd7d7,stroke:#d00,color:#700');
    lines.push(`  class ${deniedIds.join(',')} denied`);
  }
  lines.push('```');
  if (g.more) lines.push(`_${g.more} more edges in the job summary._`);
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
      cell(crateNotes(c).join('; ') || undefined, 300),
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
    const notes = policyNotes(report);
    if (notes.length) {
      out.push('', details(`Policy notes (${notes.length})`, notes.map((f) => `- ${cell(f.message, 400)}${f.line ? ` (${cell(f.file)}:${f.line})` : ''}`).join('\n')));
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
