/**
 * Whose findings are these? A run reads upstream repositories (::gentoo, GURU) to answer "what would emerge
 * pick", shadowing and drift, but their own defects are not the user's to fix: they are counted and listed
 * apart, never annotated, never counted as `errors`, never reach `fail-on`. The user's own repositories —
 * those named in `validate`, by default the ones given as local paths other than ::gentoo and GURU — are
 * validated in full.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../finding.js';

/** The upstreams every overlay is layered on: never the user's by default, even as a local path. */
export const WELL_KNOWN_UPSTREAMS: readonly string[] = ['gentoo', 'guru'];

/**
 * The repositories validated when `validate` is not given: those the user has as a local path (their own
 * checkout or workspace folder), except ::gentoo and GURU. A repository cloned from a uri is an upstream.
 */
export function defaultValidated(repositories: readonly { name: string; path?: string }[]): string[] {
  return repositories.filter((r) => r.path !== undefined && !WELL_KNOWN_UPSTREAMS.includes(r.name)).map((r) => r.name);
}

/** One upstream repository's own findings, kept apart from the user's. */
export interface UpstreamFindings {
  repo: string;
  findings: Finding[];
}

/** Counts per severity of the upstream findings (for the summary line and the JSON report). */
export function upstreamCounts(upstream: readonly UpstreamFindings[]): Record<Severity, number> & { total: number } {
  const out = { error: 0, warning: 0, notice: 0, total: 0 };
  for (const u of upstream) {
    for (const f of u.findings) {
      out[f.severity]++;
      out.total++;
    }
  }
  return out;
}

/**
 * The findings to annotate, in order, at most `limit`: errors before warnings before notices, and within a
 * severity one of each code before a second of any, so a kind with many findings (forty missing
 * metadata.xml files) cannot crowd every other kind out of the step's annotations. Within a code, file and
 * line order.
 */
export function annotationOrder(findings: readonly Finding[], limit: number): Finding[] {
  const out: Finding[] = [];
  const severities: Severity[] = ['error', 'warning', 'notice'];
  for (const sev of severities.sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])) {
    const byCode = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== sev) continue;
      let list = byCode.get(f.code);
      if (!list) byCode.set(f.code, (list = []));
      list.push(f);
    }
    const queues = [...byCode.values()].map((l) =>
      [...l].sort((a, b) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)),
    );
    for (let round = 0; queues.some((q) => q.length > round); round++) {
      for (const q of queues) {
        if (q.length > round) out.push(q[round]);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
