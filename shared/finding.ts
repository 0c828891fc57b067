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

/** Low-level constructor; domain code makes findings through its catalogue (`defineFindings`). */
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

/** The `limit` most severe findings (stable within a severity), for the annotation budget. */
export function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
}

// Code-unit order: stable across locales and far faster than localeCompare on large lists.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings of one kind that differ in one word, for one report row (`No runner for <target> on …`, 196 times). */
export interface FindingGroup {
  group: Finding[];
  prefix: string;
  words: string[];
  suffix: string;
}

/** How many findings of one kind, one word apart, make a row of their own instead of one row each. */
const GROUP_MIN = 8;

/**
 * The findings in report order, where each set of at least GROUP_MIN findings with the same severity, code,
 * file and fix whose messages differ in exactly one word (no backticks, no line breaks) becomes one entry at
 * the place of its first member. Anything else stays a row of its own.
 */
export function groupFindings(sorted: readonly Finding[]): (Finding | FindingGroup)[] {
  const kinds = new Map<string, Finding[]>();
  for (const f of sorted) {
    const key = `${f.severity}\0${f.code}\0${f.file ?? ''}\0${f.hint ?? ''}`;
    const list = kinds.get(key);
    if (list) list.push(f);
    else kinds.set(key, [f]);
  }
  const groups = new Map<Finding, FindingGroup | null>();
  for (const list of kinds.values()) {
    if (list.length < GROUP_MIN) continue;
    const t = oneWordApart(list.map((f) => f.message));
    if (!t) continue;
    groups.set(list[0]!, { group: list, ...t });
    for (const f of list.slice(1)) groups.set(f, null);
  }
  if (groups.size === 0) return [...sorted];
  const out: (Finding | FindingGroup)[] = [];
  for (const f of sorted) {
    const g = groups.get(f);
    if (g === undefined) out.push(f);
    else if (g !== null) out.push(g);
  }
  return out;
}

/** The common text around the one word in which the messages differ, or undefined when they differ otherwise. */
function oneWordApart(messages: readonly string[]): { prefix: string; words: string[]; suffix: string } | undefined {
  if (messages.some((m) => /[`\r\n]/.test(m))) return undefined;
  const first = messages[0]!;
  let p = first.length;
  let q = first.length;
  for (const m of messages) {
    let i = 0;
    while (i < p && i < m.length && m[i] === first[i]) i++;
    p = i;
    let j = 0;
    while (j < q && j < m.length && m[m.length - 1 - j] === first[first.length - 1 - j]) j++;
    q = j;
  }
  // Whole words: the prefix ends after a space, the suffix starts at a space or a punctuation mark.
  const prefix = first.slice(0, first.lastIndexOf(' ', p - 1) + 1);
  let suffix = first.slice(first.length - q);
  suffix = suffix.slice(suffix.search(/[\s.,;:!?)]|$/));
  if (messages.some((m) => m.length < prefix.length + suffix.length + 1)) return undefined;
  const words = messages.map((m) => m.slice(prefix.length, m.length - suffix.length));
  if (words.some((w) => w === '' || /\s/.test(w))) return undefined;
  return { prefix, words, suffix };
}

/** Whether findings reach a `fail-on` threshold (`error` | `warning` | `never`). */
export function reachesThreshold(findings: readonly Finding[], failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= min);
}

/**
 * A catalogue of finding codes for one domain (pkgcheck's `known_results`): every finding is made through one,
 * so every code has a severity, a one-line meaning, a documentation paragraph and a default fix. The docs
 * (`docs/findings.md`, `rust-distro-actions codes`) are generated from the registered catalogues.
 */
export interface FindingSpec {
  /** The usual severity; a call may raise or lower it (`where.severity`) when the case says so. */
  severity: Severity;
  /** One line: what the finding means. */
  meaning: string;
  /** A documentation paragraph: why it matters, what the tool checked. */
  docs: string;
  /** The usual fix, for the docs (a call gives the hint for its own case). */
  fix?: string;
}

export interface FindingWhere {
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  severity?: Severity;
}

export interface Catalogue<C extends string = string> {
  /** The domain (`gentoo`, `cargo`, `rust`, `vm`, `artifacts`, `toolkit`) or a sub-part of one (`gentoo/ebuild`). */
  readonly domain: string;
  readonly specs: Readonly<Record<C, FindingSpec>>;
  /** Make a finding of a catalogued code. Severity defaults to the catalogue's. */
  make(code: C, message: string, where?: FindingWhere): Finding;
  has(code: string): code is C;
}

const registry = new Map<string, Catalogue>();

export function defineFindings<C extends string>(domain: string, specs: Record<C, FindingSpec>): Catalogue<C> {
  const cat: Catalogue<C> = {
    domain,
    specs,
    has: (code: string): code is C => Object.hasOwn(specs, code),
    make(code, message, where = {}) {
      if (!Object.hasOwn(specs, code)) throw new Error(`finding code '${code}' is not in the ${domain} catalogue`);
      return finding(where.severity ?? specs[code].severity, code, message, where);
    },
  };
  registry.set(domain, cat as unknown as Catalogue);
  return cat;
}

/** Every catalogue registered so far (import the domains' `findings.ts` modules first), by domain name. */
export function registeredCatalogues(): Catalogue[] {
  return [...registry.values()].sort((a, b) => cmp(a.domain, b.domain));
}

/** The catalogue entry of a code, searching every registered catalogue. */
export function lookupFinding(code: string): { domain: string; spec: FindingSpec } | undefined {
  for (const c of registry.values()) if (c.has(code)) return { domain: c.domain, spec: c.specs[code] };
  return undefined;
}

/**
 * Append every item of `items` to `into`. `into.push(...items)` passes each item as an argument, and a list of
 * more than ~120,000 (one hostile file's findings) overflows the stack.
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}
