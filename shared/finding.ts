/**
 * The one finding type shared by every action. Domain modules return findings as plain data; the toolkit
 * renders them as annotations, job-summary rows and PR-comment lines.
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  severity: Severity;
  /** Stable machine-readable code, kebab-case, e.g. `priority-inverted`, `manifest-missing-hash`. */
  code: string;
  /** One sentence a person can act on. */
  message: string;
  /** Path of the offending file (relative to the workspace when possible). */
  file?: string;
  /** 1-based line number in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** How to fix it. */
  hint?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

export function finding(
  severity: Severity,
  code: string,
  message: string,
  where: { file?: string; line?: number; column?: number; hint?: string } = {},
): Finding {
  const f: Finding = { severity, code, message };
  if (where.file !== undefined) f.file = where.file;
  if (where.line !== undefined) f.line = where.line;
  if (where.column !== undefined) f.column = where.column;
  if (where.hint !== undefined) f.hint = where.hint;
  return f;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Stable order for reports: by file, line, then severity (errors first), then code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      cmp(a.code, b.code),
  );
}

// Code-unit order: stable across locales and far faster than localeCompare on large lists.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether findings reach a `fail-on` threshold (`error` | `warning` | `never`). */
export function reachesThreshold(findings: readonly Finding[], failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= min);
}
