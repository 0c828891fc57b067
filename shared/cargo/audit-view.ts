/**
 * What a reviewer of a crate license audit looks at first, as plain data (no markdown): the problems that are
 * outside fail-on, the updates in review order, the shortened dependency paths, who pulls in the denied crates,
 * the notes per crate. The action's render.ts turns these into the PR comment and the job summary.
 */
import type { Finding } from '../finding.js';
import type { AuditReport, CrateRow, DuplicateRow, QueryRow, UpdateRow } from './audit.js';

/** Problems outside fail-on (`1 denied`, `2 to review`): warned about, never the reason for a failure. */
export function warnedOnly(r: AuditReport): string[] {
  const t = r.totals;
  const notes: string[] = [];
  const warned = (cat: AuditReport['failOn'][number], n: number, text: string) => {
    if (n && !r.failOn.includes(cat)) notes.push(text);
  };
  warned('denied', t.denied, `${t.denied} denied`);
  warned('invalid-spdx', t.invalidSpdx, `${t.invalidSpdx} invalid SPDX`);
  warned('unknown', t.unknown, `${t.unknown} unknown`);
  warned('unknown', t.needsReview, `${t.needsReview} to review`);
  warned('new-duplicate', t.newlyDuplicated, `${t.newlyDuplicated} ${t.newlyDuplicated === 1 ? 'new duplicate' : 'new duplicates'}`);
  return notes;
}

const CLASS_ORDER = { breaking: 0, downgrade: 1, minor: 2, patch: 3, source: 4, unknown: 5 } as const;

/** License changes first, then breaking, downgrade, minor, patch; by name within a class. */
export function updatesForReview(r: AuditReport): UpdateRow[] {
  return [...(r.diff?.updated ?? [])].sort(
    (a, b) => Number(b.licenseChanged) - Number(a.licenseChanged) || CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || (a.name < b.name ? -1 : 1),
  );
}

/** The crates on the way to a crate (its root path without itself); a long path keeps both ends around `…`. */
export function shortPath(path: readonly string[]): string[] {
  const via = path.length > 1 ? path.slice(0, -1) : [...path];
  return via.length > 4 ? [...via.slice(0, 2), '…', ...via.slice(-1)] : via;
}

/** `2.0.87 ← pretty-report; 1.0.109 ← a, b, c +2 more`: which dependents pull in each copy (what removing one takes). */
export function copiesWithDependents(d: DuplicateRow): string {
  const who = (names: string[] | undefined) =>
    !names || names.length === 0 ? '' : ` ← ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3} more` : ''}`;
  return d.versions.map((v, i) => `${v}${who(d.dependents?.[i])}`).join('; ');
}

/** The shortest paths from workspace members to denied crates: the first `maxEdges` edges and the denied names. */
export function deniedGraph(r: AuditReport, maxEdges: number): { edges: [string, string][]; denied: Set<string>; more: number } {
  const denied = new Set<string>();
  for (const c of r.crates) {
    if (c.verdict !== 'denied') continue;
    const last = c.path?.[c.path.length - 1];
    if (last) denied.add(last);
  }
  const edges = r.deniedGraph.slice(0, maxEdges) as [string, string][];
  return { edges, denied, more: r.deniedGraph.length - edges.length };
}

/** What changed a crate's verdict besides its license: a clarification, an exception, corrections of its text. */
export function crateNotes(c: CrateRow): string[] {
  return [c.clarifiedBy ? `clarified by ${c.clarifiedBy}` : '', c.exceptionUsed ? `exception ${c.exceptionUsed}` : '', ...c.corrections].filter(Boolean);
}

/** The policy's own findings (unused entries, shadowed exceptions). */
export function policyNotes(r: AuditReport): Finding[] {
  return r.findings.filter((f) => f.code.startsWith('policy-'));
}

/** Whether the pull request changes the lock at all (packages or checksums); false without a base. */
export function lockChanged(r: AuditReport): boolean {
  const d = r.diff;
  if (!d) return false;
  return d.added.length + d.removed.length + d.updated.length + d.checksumChanged.length > 0;
}

/** The numbers an action reports: needs-review counts as unknown (nobody could check the license). */
export function auditCounts(r: AuditReport): { denied: number; unknown: number; added: number; removed: number; updated: number } {
  const t = r.totals;
  return { denied: t.denied, unknown: t.unknown + t.needsReview, added: t.added, removed: t.removed, updated: t.updated };
}

type UpdateClass = 'breaking' | 'minor' | 'patch' | 'downgrade';

/** The update classes with at least one update, in the order a reviewer reads them: `[['breaking', 1], …]`. */
export function updateClassCounts(r: AuditReport): [UpdateClass, number][] {
  const t = r.totals;
  return (['breaking', 'minor', 'patch', 'downgrade'] as const).filter((c) => t[c] > 0).map((c) => [c, t[c]]);
}

/** When the pull request comment is written. */
export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-change', 'on-failure', 'never'];

/** Whether the comment is written for this report under `mode`. */
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

/**
 * What to do with the comment: `write` it (create or update), only `refresh` one that an earlier run wrote (so
 * a comment about since-reverted changes or a since-fixed failure does not go stale), or `skip`.
 */
export function commentAction(mode: CommentMode, report: AuditReport, policyChanged = false): 'write' | 'refresh' | 'skip' {
  // A pull request that changes the policy is a change reviewers must see, even with the same lockfile.
  if (wantsComment(mode, report) || (mode === 'on-change' && policyChanged)) return 'write';
  return mode === 'never' ? 'skip' : 'refresh';
}

export type QueryAnswer =
  | { found: false; query: string }
  | { found: true; crate: QueryRow['crates'][number]; neededBy: string[]; more: number };

/** What the `query` input asked, one answer per crate version: the first `max` crates that need it, and how many more. */
export function queryAnswers(r: AuditReport, max = 10): QueryAnswer[] {
  return r.queries.flatMap((q): QueryAnswer[] =>
    q.found ? q.crates.map((crate) => ({ found: true, crate, neededBy: crate.dependents.slice(0, max), more: Math.max(0, crate.dependents.length - max) })) : [{ found: false, query: q.query }],
  );
}
