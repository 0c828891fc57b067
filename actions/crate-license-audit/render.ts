/** crate-license-audit's job summary, sticky PR comment and output numbers, from the audit's report. */
import { copiesWithDependents, crateNotes, deniedGraph, policyChangeSentence, policyNotes, problemRows, queryAnswers, shortPath, updateClassCounts, updatesForReview, warnedOnly } from '../../shared/cargo/license-audit.js';
import type { AuditReport, LicenseAuditReport, UpdateRow, Verdict } from '../../shared/cargo/license-audit.js';
import { firstWithin, mdCodeCell as code, mdDataCell as cell, mdDetails as details, mdFence, mdList, mdMermaidGraph, mdTable, mdText, type MdTable } from '../../shared/markdown.js';
import { COMMENT_LIMIT_CHARS as COMMENT_LIMIT, SUMMARY_LIMIT_BYTES as SUMMARY_LIMIT } from '../../shared/toolkit/summary.js';
import type { AuditInputs } from './inputs.js';

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

/** One sticky comment per audited lockfile (a monorepo may audit several in one pull request). */
export function commentMarker(lockfileDisplay: string): string {
  return `crate-license-audit:${lockfileDisplay.replace(/[^A-Za-z0-9:._/@-]/g, '-')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown: the comment a reviewer reads in ten seconds (always under GitHub's 65,536 characters: tables shrink
// to their first rows, then to counts, with a pointer to the job summary) and the full job summary.

/** GitHub's limits for an issue comment body (characters) and one step's job summary (bytes). */
export { COMMENT_LIMIT, SUMMARY_LIMIT };

export interface CommentOptions {
  /** Characters available for the body (default: the limit minus room for the toolkit's marker). */
  maxLength?: number;
  /** Link to the job summary / run, used when the comment had to be shortened. */
  summaryUrl?: string;
  title?: string;
}

const ICON: Record<Verdict, string> = { denied: '⛔', 'invalid-spdx': '❗', unknown: '❓', 'needs-review': '👀', allowed: '✅' };
const VERDICT_TEXT: Record<Verdict, string> = { denied: 'denied', 'invalid-spdx': 'invalid SPDX', unknown: 'unknown', 'needs-review': 'needs review', allowed: 'allowed' };

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
  const notes = warnedOnly(r);
  if (r.verdict === 'fail') {
    return `### ❌ ${title}: fails on ${r.failedBecause.join(' · ')}${notes.length ? ` — also ${notes.join(' · ')} (warnings only)` : ''}`;
  }
  const failOn = r.failOn.length ? r.failOn.join(', ') : 'nothing';
  return notes.length ? `### ⚠️ ${title}: passes (fail-on: ${failOn}), but ${notes.join(' · ')}` : `### ✅ ${title}: all ${plural(r.totals.crates, 'crate')} pass the policy`;
}

function countsLine(r: AuditReport): string {
  const t = r.totals;
  const parts = [`**${plural(t.crates, 'crate')}**`];
  if (r.diff) {
    parts.push(`+${t.added} added`, `−${t.removed} removed`);
    const classes = updateClassCounts(r).map(([c, n]) => `${n} ${c}`);
    parts.push(`${t.updated} updated${classes.length ? ` (${classes.join(', ')})` : ''}`);
    if (t.newlyDuplicated) parts.push(`${t.newlyDuplicated} newly duplicated`);
    if (t.licenseChanged) parts.push(`**${plural(t.licenseChanged, 'license change')}**`);
  }
  parts.push(`fail-on: ${r.failOn.length ? r.failOn.join(', ') : 'nothing'}`);
  return parts.join(' · ');
}

function problemsTable(r: AuditReport): MdTable {
  return {
    header: ['', 'Crate', 'Version', 'License', 'Why', 'Pulled in by'],
    rows: problemRows(r).map((c) => [
      ICON[c.verdict],
      `${cell(c.name)}${c.change === 'added' ? ' 🆕' : ''}`,
      cell(c.version),
      code(c.expression ?? c.license ?? (c.licenseFile ? `license-file ${c.licenseFile}` : undefined)),
      cell(c.reason),
      pulledInBy(c.path),
    ]),
  };
}

/** Added, updated (license changes first), removed and newly duplicated crates, each with its title. */
function diffTables(r: AuditReport, updatedTitle: string): [string, MdTable][] {
  const d = r.diff!;
  const classText = (c: string) => (c === 'breaking' || c === 'downgrade' ? `**${c}**` : c);
  const licenseText = (u: UpdateRow) => (u.licenseChanged ? `⚠️ ${code(u.fromLicense)} → ${code(u.toLicense)}` : code(u.toLicense));
  const added = d.added.map((a) => [cell(a.name), cell(a.version), code(a.license), `${ICON[a.verdict]} ${VERDICT_TEXT[a.verdict]}`, pulledInBy(a.path)]);
  const updated = updatesForReview(r).map((u) => [cell(u.name), cell(u.from), cell(u.to), classText(u.class), licenseText(u)]);
  const removed = d.removed.map((x) => [cell(x.name), cell(x.version), code(x.license)]);
  const doubled = d.newlyDuplicated.map((x) => [cell(x.name), cell(copiesWithDependents(x), 300), cell(x.baseVersions.join(', ') || 'absent')]);
  return [
    [`Added (${d.added.length})`, { header: ['Crate', 'Version', 'License', 'Verdict', 'Pulled in by'], rows: added }],
    [updatedTitle, { header: ['Crate', 'From', 'To', 'Class', 'License'], rows: updated }],
    [`Removed (${d.removed.length})`, { header: ['Crate', 'Version', 'License'], rows: removed }],
    [`Newly duplicated (${d.newlyDuplicated.length})`, { header: ['Crate', 'Versions now (pulled in by)', 'Before'], rows: doubled }],
  ];
}

/** A small left-to-right graph of the shortest paths from workspace members to denied crates. */
export function mermaidGraph(r: AuditReport, maxEdges = 40): string | undefined {
  if (r.deniedGraph.length === 0) return undefined;
  const g = deniedGraph(r, maxEdges);
  const graph = mdMermaidGraph(g.edges, g.denied, { name: 'denied', style: 'fill:#ffd7d7,stroke:#d00,color:#700' });
  return g.more ? `${graph}\n_${g.more} more edges in the job summary._` : graph;
}

function querySection(r: AuditReport): string | undefined {
  if (r.queries.length === 0) return undefined;
  const lines = queryAnswers(r).map((a) => {
    if (!a.found) return `${cell(a.query)}: not in the lock`;
    const c = a.crate;
    const names = [...a.neededBy.map((d) => cell(d)), ...(a.more ? [`${a.more} more`] : [])];
    const who = names.length ? names.join(', ') : 'nothing (a workspace member)';
    const all = c.transitive ? ` (${plural(c.transitive, 'crate')} in all)` : '';
    return `**${cell(c.name)} ${cell(c.version)}** ${ICON[c.verdict]} ${code(c.license)}: needed by ${who}${all}; path ${pulledInBy(c.path ? [...c.path, c.name] : undefined)}`;
  });
  return mdList(lines);
}

/** Rows per table (undefined: all) and whether the graph is drawn. */
type Budget = { rows: number | undefined; graph: boolean };

function renderCommentWith(r: AuditReport, o: Required<Pick<CommentOptions, 'title'>> & CommentOptions, b: Budget): string {
  const more = (n: number) => `_…and ${n} more${o.summaryUrl ? ` in the [job summary](${o.summaryUrl})` : ' in the job summary'}._`;
  const out = [verdictLine(r, o.title), '', countsLine(r)];
  const problems = problemsTable(r);
  if (problems.rows.length) out.push('', mdTable(problems, b.rows, more));
  const g = b.graph ? mermaidGraph(r) : undefined;
  if (g) out.push('', '**Who pulls in the denied crates**', '', g);
  if (r.diff) {
    const changes = r.totals.licenseChanged ? `, ${plural(r.totals.licenseChanged, 'license change')}` : '';
    for (const [title, table] of diffTables(r, `Updated (${r.diff.updated.length}${changes})`)) {
      if (table.rows.length) out.push('', b.rows === 0 ? `- ${title}: see the job summary` : details(title, mdTable(table, b.rows, more)));
    }
    const ws = r.diff.workspace;
    const members = [...ws.added.map((x) => `added ${cell(x)}`), ...ws.removed.map((x) => `removed ${cell(x)}`), ...ws.changed.map((x) => cell(x))];
    if (members.length && b.rows !== 0) out.push('', details(`Workspace members changed (${members.length})`, mdList(members, b.rows, more)));
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
  const body = firstWithin(max, budgets, (b) => renderCommentWith(report, o, b));
  if (body !== undefined) return body;
  const note = `\n\n_The report is too large for a comment: see the ${o.summaryUrl ? `[job summary](${o.summaryUrl})` : 'job summary'}._\n`;
  return [verdictLine(report, o.title), '', countsLine(report)].join('\n').slice(0, Math.max(0, max - note.length)) + note;
}

// ---------------------------------------------------------------------------------------------------------
// Job summary

function allCratesTable(r: AuditReport): MdTable {
  return {
    header: ['', 'Crate', 'Version', 'License', 'Allowed under (or why not)', 'Dependents (direct / all)', 'Notes'],
    rows: r.crates.map((c) => [
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

function summaryWith(report: AuditReport, title: string, crateRows: number | undefined): string {
  const more = (n: number) => `_…and ${n} more rows (see the \`report\` JSON output)._`;
  const out = [verdictLine(report, title), '', countsLine(report)];
  const problems = problemsTable(report);
  if (problems.rows.length) out.push('', '#### Problems', '', mdTable(problems, undefined, more));
  const g = mermaidGraph(report, 200);
  if (g) out.push('', '#### Who pulls in the denied crates', '', g);
  if (report.diff) {
    for (const [t, table] of diffTables(report, `Updated (${report.diff.updated.length})`)) {
      if (table.rows.length) out.push('', `#### ${t}`, '', mdTable(table, crateRows, more));
    }
    const sums = report.diff.checksumChanged.map((c) => `${cell(c.name)} ${cell(c.version)}`);
    if (sums.length) out.push('', '#### Checksum changed', '', mdList(sums));
  }
  const q = querySection(report);
  if (q) out.push('', '#### Why are these here?', '', q);
  out.push('', `#### All crates (${report.crates.length})`, '', mdTable(allCratesTable(report), crateRows, more));
  if (report.licenseUse.length) {
    const table = { header: ['License', 'Crates'], rows: report.licenseUse.map((l) => [code(l.expression, 300), String(l.crates)]) };
    out.push('', details(`Licenses in use (${report.licenseUse.length})`, mdTable(table, crateRows, more)));
  }
  const notes = policyNotes(report).map((f) => `${cell(f.message, 400)}${f.line ? ` (${cell(f.file)}:${f.line})` : ''}`);
  if (notes.length) out.push('', details(`Policy notes (${notes.length})`, mdList(notes)));
  return out.join('\n') + '\n';
}

/** The full job summary: every table, every crate. Falls back to fewer crate rows above 1 MiB. */
export function renderSummary(report: AuditReport, options: { title?: string; maxLength?: number } = {}): string {
  const title = options.title ?? 'Crate licenses';
  const max = options.maxLength ?? SUMMARY_LIMIT - 1024;
  const body = firstWithin(max, [undefined, 2000, 500, 100], (rows) => summaryWith(report, title, rows)) ?? summaryWith(report, title, 20);
  return body.length <= max ? body : body.slice(0, max - 80) + '\n\n_Summary truncated: see the `report` JSON output._\n';
}
