/** crate-license-audit's job summary, sticky PR comment, annotations and output numbers, from the audit's report. */
import { SEVERITY_RANK, type Finding } from '../../shared/finding.js';
import type { AuditReport, LicenseAuditReport } from '../../shared/cargo/license-audit.js';
import { renderComment, renderSummary } from '../../shared/cargo/report.js';
import { markerComment, upsertComment, type GitHub, type RepoRef } from '../../shared/toolkit/github.js';
import type { AuditInputs, CommentMode } from './inputs.js';

/** The sticky comment's body. */
export function commentBody(out: LicenseAuditReport): string {
  return renderComment(out.audit);
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
  notes.push(`Base: ${out.baseNote}.`);
  summary = `${notes.join('\n\n')}\n\n${summary}`;
  if (inputs.gentooOutput) {
    summary += `\n#### Gentoo ebuild (${out.gentoo.crateCount} crates)\n\n\`\`\`bash\n${out.gentoo.text.trim()}\n\`\`\`\n`;
  }
  return summary;
}

/** The summary when the lockfile or the policy cannot be used at all. */
export function unusableLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file ? `\`${f.file}\`${f.line ? ` line ${f.line}` : ''}: ` : ''}${f.message}`);
}

/**
 * What to do with the sticky comment: `write` it (create or update), only `refresh` one that an earlier run
 * wrote (so a comment about since-reverted changes or a since-fixed failure does not go stale), or `skip`.
 */
export function commentAction(mode: CommentMode, report: AuditReport): 'write' | 'refresh' | 'skip' {
  if (wantsComment(mode, report)) return 'write';
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
    case 'on-change': {
      const d = report.diff;
      if (!d) return false;
      return d.added.length + d.removed.length + d.updated.length + d.checksumChanged.length > 0;
    }
  }
}

/** Short numbers for outputs. */
export function outputCounts(report: AuditReport): { denied: number; unknown: number; added: number; removed: number; updated: number } {
  const t = report.totals;
  return { denied: t.denied, unknown: t.unknown + t.needsReview, added: t.added, removed: t.removed, updated: t.updated };
}

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
    const tag = markerComment(marker);
    let exists: boolean;
    try {
      const comments = await gh.paginate(gh.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
      exists = comments.some((c) => (c.body ?? '').includes(tag));
    } catch (e) {
      return { warning: `could not look for an earlier sticky comment: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!exists) return { skipped: 'nothing to comment on and no earlier comment to refresh' };
  }
  const r = await upsertComment(gh, target, marker, body);
  if (r.status === 'forbidden' || r.status === 'failed') return { warning: `sticky comment not written: ${r.message}. The job summary has the full report.` };
  return { id: r.id, status: r.status, ...(r.url ? { url: r.url } : {}) };
}
