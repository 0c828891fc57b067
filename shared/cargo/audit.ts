/**
 * The crate license audit: every package of the head Cargo.lock judged by the policy, who pulls it in, and
 * (with a base lock) what the change adds, removes, updates and newly duplicates. The result is plain
 * JSON-able data: the action writes it as the `report` output file and report.ts renders it.
 */
import { sortFindings, type Finding, pushAll } from '../finding.js';
import { cargoFindings, type CargoCode } from './findings.js';
import { packagePosition, type Lockfile, type LockPackage, type SourceKind } from './lockfile.js';
import { buildGraph, dependentCountArrays, directDependents, rootPaths, pathEdges, displayNameOf, packageOf, positionOf } from './graph.js';
import { diffLocks, type UpdateClass } from './diff.js';
import { parseExpression, type SpdxCorrection } from './spdx.js';
import {
  compilePolicy,
  evaluateCrate,
  unusedPolicyFindings,
  type Policy,
  type PolicyContext,
  type Verdict,
} from './policy.js';
import { packageLicenseKey, type LicenseInfo } from './license-sources.js';

export { FAIL_ON_VALUES, failOnInput, parseFailOn, type FailOn } from './audit-inputs.js';
import type { FailOn } from './audit-inputs.js';

export interface CrateRow {
  /** Cargo package id (`name version (source)`). */
  id: string;
  name: string;
  version: string;
  source?: string;
  sourceKind: SourceKind;
  /** Line of its `[[package]]` in the head Cargo.lock. */
  line: number;
  /** License text as the crate declares it. */
  license?: string;
  /** Normalised expression that was evaluated (after any clarification). */
  expression?: string;
  licenseFile?: string;
  /** Where the license was read (cargo metadata, a crate directory, a .crate). */
  licenseFrom?: string;
  verdict: Verdict;
  reason: string;
  /** Terms of the OR-branch that satisfied the policy. */
  satisfiedBy?: string[];
  /** Every correction made to the declared text (legacy `/`, case, deprecated ids). */
  corrections: string[];
  clarifiedBy?: string;
  exceptionUsed?: string;
  dependents: { direct: number; transitive: number };
  /**
   * Display names, workspace member first, ending with this crate; absent when no member reaches it. A path
   * longer than 7 keeps its first 3 and last 4 names with `...` ({@link PATH_ELIDED}) between (see `depth`).
   */
  path?: string[];
  /** Hops from the nearest workspace member (the whole path's length minus one); absent when unreachable. */
  depth?: number;
  /** Relative to the base lock, when there is one. */
  change?: 'added' | 'updated' | 'unchanged';
}

export interface UpdateRow {
  name: string;
  from: string;
  to: string;
  class: UpdateClass;
  fromLicense?: string;
  toLicense?: string;
  licenseChanged: boolean;
  verdict: Verdict;
  line: number;
}

export interface AddedRow {
  name: string;
  version: string;
  license?: string;
  verdict: Verdict;
  line: number;
  path?: string[];
}

export interface RemovedRow {
  name: string;
  version: string;
  license?: string;
}

export interface DuplicateRow {
  name: string;
  versions: string[];
  baseVersions: string[];
  /** Direct dependents of each head version (same order as `versions`): who pulls in the extra copy. */
  dependents: string[][];
  line: number;
}

export interface AuditDiff {
  added: AddedRow[];
  removed: RemovedRow[];
  updated: UpdateRow[];
  newlyDuplicated: DuplicateRow[];
  /** Updates whose license text changed (also present in `updated`). */
  licenseChanged: UpdateRow[];
  checksumChanged: { name: string; version: string; line: number }[];
  workspace: { added: string[]; removed: string[]; changed: string[] };
}

export interface QueryRow {
  query: string;
  found: boolean;
  crates: { name: string; version: string; verdict: Verdict; license?: string; path?: string[]; dependents: string[]; transitive: number }[];
}

export interface AuditTotals {
  crates: number;
  workspaceMembers: number;
  allowed: number;
  denied: number;
  unknown: number;
  invalidSpdx: number;
  needsReview: number;
  added: number;
  removed: number;
  updated: number;
  newlyDuplicated: number;
  licenseChanged: number;
  patch: number;
  minor: number;
  breaking: number;
  downgrade: number;
}

export interface AuditReport {
  schema: 1;
  lockfile: string;
  baseLockfile?: string;
  verdict: 'pass' | 'fail';
  failOn: FailOn[];
  /** Human reasons for a fail, e.g. `2 denied crates`. Empty on pass. */
  failedBecause: string[];
  totals: AuditTotals;
  /** Every non-workspace package of the head lock, problems first, then by name and version. */
  crates: CrateRow[];
  workspaceMembers: { name: string; version: string; license?: string }[];
  diff?: AuditDiff;
  /** Edges (display names) of the shortest paths from workspace members to denied crates. */
  deniedGraph: [string, string][];
  queries: QueryRow[];
  /** Licenses in use: normalised expression -> number of crates. */
  licenseUse: { expression: string; crates: number }[];
  findings: Finding[];
}

export interface AuditInput {
  head: Lockfile;
  base?: Lockfile;
  /** By `name@version` (license-sources.ts). */
  licenses: ReadonlyMap<string, LicenseInfo>;
  /** Licenses for base-only versions (to show license changes); defaults to `licenses`. */
  baseLicenses?: ReadonlyMap<string, LicenseInfo>;
  policy: Policy | PolicyContext;
  failOn: readonly FailOn[];
  /** Crate names to explain (who pulls them in). */
  query?: readonly string[];
  /** Denied crates drawn in the graph (default 8). */
  maxGraphTargets?: number;
  /** Path packages (no `source`) to judge like dependencies, by package id: those a pull request adds. */
  judgePaths?: ReadonlySet<string>;
  /**
   * Crates whose license was read from a file the pull request wrote (`name@version` -> that file): the
   * declaration cannot vouch for the crate, so an allowed verdict becomes `needs-review` (a denied one stays).
   */
  declaredByPr?: ReadonlyMap<string, string>;
}

/** Names kept from the start and the end of a long dependency path in the report. */
const PATH_HEAD = 3;
const PATH_TAIL = 4;
/**
 * What stands for the names left out of a long path: three ASCII dots (no crate name has a dot). `…` made every
 * such row's JSON a two-byte string in V8 (one character outside Latin-1 is enough), twice the memory for the
 * same text: a 5,000-crate chain's rows took 22–27 ms to serialize against 15 with the dots.
 */
export const PATH_ELIDED = '...';

const PROBLEM_RANK: Record<Verdict, number> = { denied: 0, 'invalid-spdx': 1, unknown: 2, 'needs-review': 3, allowed: 4 };

const FINDING_CODE: Record<Exclude<Verdict, 'allowed'>, CargoCode> = {
  denied: 'crate-license-denied',
  unknown: 'crate-license-unknown',
  'invalid-spdx': 'crate-license-invalid',
  'needs-review': 'crate-license-needs-review',
};

function failCategory(v: Verdict): FailOn | undefined {
  if (v === 'denied') return 'denied';
  if (v === 'invalid-spdx') return 'invalid-spdx';
  if (v === 'unknown' || v === 'needs-review') return 'unknown';
  return undefined;
}

function isContext(p: Policy | PolicyContext): p is PolicyContext {
  return 'policy' in p;
}

function normalised(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const p = parseExpression(text);
  return p.ok ? p.expression : text.trim();
}

/**
 * Rows and their dependent counts are made by constructors, not object literals. V8 allocates the objects of
 * a literal whose objects outlive a collection straight in the old generation ("allocation-site
 * pretenuring"); an audit's thousands of rows all live until the report is written, so their literal was
 * pretenured, and every young string and array stored into an old row then took the slow write barrier: a
 * 5,000-crate chain audited about a third slower. Keys keep the literal's order (the parameters'), so the
 * JSON and every comparison are unchanged. Fields are `declare`d and set once, in the constructor: a parameter
 * property (or a plain field) becomes an ES2022 class field, which defines each property as undefined before
 * the constructor sets it, two writes for each (in the bundle too; a fresh process runs them uncompiled).
 */
class Dependents {
  declare direct: number;
  declare transitive: number;
  constructor(direct: number, transitive: number) {
    this.direct = direct;
    this.transitive = transitive;
  }
}

class Row implements CrateRow {
  declare id: string;
  declare name: string;
  declare version: string;
  declare sourceKind: SourceKind;
  declare line: number;
  declare verdict: Verdict;
  declare reason: string;
  declare corrections: string[];
  declare dependents: Dependents;
  declare source: string | undefined;
  declare license: string | undefined;
  declare expression: string | undefined;
  declare licenseFile: string | undefined;
  declare licenseFrom: string | undefined;
  declare satisfiedBy: string[] | undefined;
  declare clarifiedBy: string | undefined;
  declare exceptionUsed: string | undefined;
  declare path: string[] | undefined;
  declare depth: number | undefined;
  declare change: CrateRow['change'];
  constructor(
    id: string,
    name: string,
    version: string,
    sourceKind: SourceKind,
    line: number,
    verdict: Verdict,
    reason: string,
    corrections: string[],
    dependents: Dependents,
    source: string | undefined,
    license: string | undefined,
    expression: string | undefined,
    licenseFile: string | undefined,
    licenseFrom: string | undefined,
    satisfiedBy: string[] | undefined,
    clarifiedBy: string | undefined,
    exceptionUsed: string | undefined,
    path: string[] | undefined,
    depth: number | undefined,
    change: CrateRow['change'],
  ) {
    this.id = id;
    this.name = name;
    this.version = version;
    this.sourceKind = sourceKind;
    this.line = line;
    this.verdict = verdict;
    this.reason = reason;
    this.corrections = corrections;
    this.dependents = dependents;
    this.source = source;
    this.license = license;
    this.expression = expression;
    this.licenseFile = licenseFile;
    this.licenseFrom = licenseFrom;
    this.satisfiedBy = satisfiedBy;
    this.clarifiedBy = clarifiedBy;
    this.exceptionUsed = exceptionUsed;
    this.path = path;
    this.depth = depth;
    this.change = change;
  }
}

/** Rows in report order: problems first (by rank), then by name and version as strings. */
export function rowOrder(a: CrateRow, b: CrateRow): number {
  return (
    PROBLEM_RANK[a.verdict] - PROBLEM_RANK[b.verdict] ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.version < b.version ? -1 : a.version > b.version ? 1 : 0)
  );
}

/**
 * Sorts the rows into {@link rowOrder} (stably). Most rows are allowed and arrive in lock order, which cargo
 * sorts by name: the problem rows are taken out first, and each group is sorted only when it is out of order
 * (one pass to look), so a lock cargo wrote costs a linear pass plus the sort of its few problem rows.
 */
export function sortRows(rows: CrateRow[]): void {
  const problems: CrateRow[] = [];
  const allowed: CrateRow[] = [];
  for (const r of rows) (r.verdict === 'allowed' ? allowed : problems).push(r);
  if (!inOrder(allowed)) allowed.sort(rowOrder);
  if (!inOrder(problems)) problems.sort(rowOrder);
  let k = 0;
  for (const r of problems) rows[k++] = r;
  for (const r of allowed) rows[k++] = r;
}

function inOrder(rows: readonly CrateRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rowOrder(rows[i - 1]!, rows[i]!) > 0) return false;
  return true;
}

/**
 * Each list of corrections (one per distinct license text: spdx.ts caches its parse) as its messages, made once
 * and shared by the rows of that text (frozen: no row can change another's).
 */
const correctionMessages = new WeakMap<readonly SpdxCorrection[], string[]>();
function messagesOf(corrections: readonly SpdxCorrection[]): string[] {
  let m = correctionMessages.get(corrections);
  if (!m) correctionMessages.set(corrections, (m = Object.freeze(corrections.map((c) => c.message)) as string[]));
  return m;
}
const NO_MESSAGES = Object.freeze([]) as unknown as string[];

/** `name version` at the position of each package whose name has several packages in the lock, else nothing. */
function severalVersionLabels(graph: ReturnType<typeof buildGraph>): (string | undefined)[] | undefined {
  const { packages, byName } = graph.lock;
  let labels: (string | undefined)[] | undefined;
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    labels ??= new Array<string | undefined>(packages.length).fill(undefined);
    for (const q of list) {
      // where the reader put it, or (a lock made from other packages) where the graph finds it
      let k = packagePosition(q);
      if (packages[k] !== q) k = positionOf(graph, q.id);
      if (k >= 0) labels[k] = `${q.name} ${q.version}`;
    }
  }
  return labels;
}

export function auditCrates(input: AuditInput): AuditReport {
  const { head, base } = input;
  const ctx = isContext(input.policy) ? input.policy : compilePolicy(input.policy);
  const failOn = [...input.failOn];
  const graph = buildGraph(head);
  const counts = dependentCountArrays(graph);
  const paths = rootPaths(graph);
  const show = (id: string) => {
    const p = packageOf(graph, id);
    return p ? displayNameOf(head, p) : id;
  };
  // Capped so a deep chain costs linear time and a bounded report, not the sum of all path lengths.
  // Display names by position: `name`, or `name version` for the names with several packages (each made once,
  // where every path through such a crate made its own, and a set of them cost ~1.5 ms per 5,000 packages).
  const labels = severalVersionLabels(graph);
  const nameAt = (k: number) => labels?.[k] ?? head.packages[k]!.name;
  const pathAt = (i: number): { names: string[]; depth: number } | undefined => {
    const p = paths.cappedLabels(i, PATH_HEAD, PATH_TAIL, nameAt, PATH_ELIDED);
    return p && { names: p.labels, depth: p.depth };
  };
  const diff = base ? diffLocks(base, head) : undefined;
  const added = new Set(diff?.added);
  const updated = new Set(diff?.updated.map((u) => u.to));
  const findings: Finding[] = [...ctx.policy.findings];

  const rows: CrateRow[] = [];
  const rowAt: (CrateRow | undefined)[] = new Array(head.packages.length);
  // The row of a head package, for the diff's few lookups, through the graph's index by id.
  const rowOf = (p: LockPackage) => rowAt[positionOf(graph, p.id)];
  const workspaceMembers: AuditReport['workspaceMembers'] = [];
  const replaced = head.replacements;
  head.packages.forEach((p, i) => {
    // `[replace]`d: not built (its dependents use the replacement, which has the row), so not judged
    if (replaced?.has(p.id)) return;
    const key = packageLicenseKey(p);
    const info = input.licenses.get(key);
    if (p.source === undefined && !input.judgePaths?.has(p.id)) {
      workspaceMembers.push({ name: p.name, version: p.version, ...(info?.license !== undefined ? { license: info.license } : {}) });
      return;
    }
    const crate: Parameters<typeof evaluateCrate>[1] = { name: p.name, version: p.version };
    if (info?.license !== undefined) crate.license = info.license;
    if (info?.licenseFile !== undefined) crate.licenseFile = info.licenseFile;
    const ev = evaluateCrate(ctx, crate);
    const declaredIn = input.declaredByPr?.get(key);
    if (declaredIn !== undefined && ev.verdict === 'allowed' && !ev.clarifiedBy) {
      ev.verdict = 'needs-review';
      ev.reason = `license declared by this pull request (${declaredIn}), not by the crate's registry`;
    }
    const path = pathAt(i);
    // Every key in its final order at once (no property added later); absent ones are undefined, which JSON
    // leaves out, so the report reads as if they were never set.
    const row: CrateRow = new Row(
      p.id,
      p.name,
      p.version,
      p.sourceKind,
      p.line,
      ev.verdict,
      info === undefined && !ev.clarifiedBy ? 'no license source knows this crate (add it to license-sources)' : ev.reason,
      ev.corrections.length ? messagesOf(ev.corrections) : NO_MESSAGES,
      new Dependents(counts.direct[i]!, counts.transitive[i]!),
      p.source,
      info?.license,
      ev.expression,
      info?.licenseFile,
      info?.from,
      ev.satisfiedBy || undefined,
      ev.clarifiedBy || undefined,
      ev.exceptionUsed || undefined,
      path?.names,
      path?.depth,
      diff ? (added.has(p) ? 'added' : updated.has(p) ? 'updated' : 'unchanged') : undefined,
    );
    rows.push(row);
    rowAt[i] = row;
  });
  sortRows(rows);

  for (const r of rows) {
    if (r.verdict === 'allowed') continue;
    const cat = failCategory(r.verdict);
    const via = r.path && r.path.length > 1 ? `; pulled in by ${r.path.join(' → ')}` : '';
    findings.push(
      cargoFindings.make(FINDING_CODE[r.verdict], `${r.name} ${r.version}: ${r.reason}${via}`, {
        severity: cat && failOn.includes(cat) ? 'error' : 'warning',
        file: head.file,
        line: r.line,
        ...(r.verdict === 'needs-review' || r.verdict === 'unknown' ? { hint: 'add a clarify entry to the policy once the license is checked' } : {}),
      }),
    );
  }

  let auditDiff: AuditDiff | undefined;
  if (diff && base) {
    const baseLicenses = input.baseLicenses ?? input.licenses;
    // Base-only versions: one lookup (two only when separate base licenses were given); head versions
    // were looked up once already and sit in their rows.
    const licOf = (p: LockPackage): string | undefined => {
      const key = packageLicenseKey(p);
      const info = baseLicenses.get(key) ?? (baseLicenses === input.licenses ? undefined : input.licenses.get(key));
      return info?.license;
    };
    // a `[replace]`d package is not built: no row, and no line among the changes that enter the build
    const built = (p: LockPackage) => !replaced?.has(p.id);
    const updated: UpdateRow[] = diff.updated.filter((u) => built(u.to)).map((u) => {
      const fromLicense = licOf(u.from);
      const toLicense = rowOf(u.to)?.license;
      const row: UpdateRow = {
        name: u.name,
        from: u.from.version,
        to: u.to.version,
        class: u.class,
        licenseChanged: fromLicense !== undefined && toLicense !== undefined && normalised(fromLicense) !== normalised(toLicense),
        verdict: rowOf(u.to)?.verdict ?? 'unknown',
        line: u.to.line,
      };
      if (fromLicense !== undefined) row.fromLicense = fromLicense;
      if (toLicense !== undefined) row.toLicense = toLicense;
      return row;
    });
    const newlyDuplicated: DuplicateRow[] = diff.newlyDuplicated.map((d) => ({
      name: d.name,
      versions: d.head.map((p) => p.version),
      baseVersions: d.base.map((p) => p.version),
      dependents: d.head.map((p) => directDependents(graph, p.id).map(show)),
      line: d.head[0]?.line ?? 0,
    }));
    auditDiff = {
      added: diff.added.filter(built).map((p) => {
        const r = rowOf(p);
        const a: AddedRow = { name: p.name, version: p.version, verdict: r?.verdict ?? 'unknown', line: p.line };
        if (r?.license !== undefined) a.license = r.license;
        if (r?.path) a.path = r.path;
        return a;
      }),
      removed: diff.removed.map((p) => {
        const lic = licOf(p);
        return { name: p.name, version: p.version, ...(lic !== undefined ? { license: lic } : {}) };
      }),
      updated,
      newlyDuplicated,
      licenseChanged: updated.filter((u) => u.licenseChanged),
      checksumChanged: diff.checksumChanged.map((c) => ({ name: c.head.name, version: c.head.version, line: c.head.line })),
      workspace: {
        added: diff.workspace.added.map((p) => `${p.name} ${p.version}`),
        removed: diff.workspace.removed.map((p) => `${p.name} ${p.version}`),
        changed: diff.workspace.changed.map((u) => `${u.name} ${u.from.version} → ${u.to.version}`),
      },
    };
    for (const d of newlyDuplicated) {
      findings.push(
        cargoFindings.make('crate-new-duplicate', `${d.name} is now in the lock ${d.versions.length} times (${d.versions.join(', ')})`, {
          severity: failOn.includes('new-duplicate') ? 'error' : 'notice',
          file: head.file,
          line: d.line,
        }),
      );
    }
    for (const u of auditDiff.licenseChanged) {
      findings.push(
        cargoFindings.make('crate-license-changed', `${u.name} ${u.from} → ${u.to} changes its license from ${u.fromLicense} to ${u.toLicense}`, {
          file: head.file,
          line: u.line,
        }),
      );
    }
    for (const c of auditDiff.checksumChanged) {
      findings.push(
        cargoFindings.make('crate-checksum-changed', `${c.name} ${c.version} has a different checksum than in the base lock (republished or tampered?)`, {
          file: head.file,
          line: c.line,
        }),
      );
    }
  }

  const denied = rows.filter((r) => r.verdict === 'denied');
  const deniedGraph = pathEdges(
    graph,
    denied.slice(0, input.maxGraphTargets ?? 8).map((r) => r.id),
    paths,
  ).map(([a, b]) => [show(a), show(b)] as [string, string]);

  const queries: QueryRow[] = (input.query ?? []).map((q) => {
    const pkgs = head.byName.get(q.trim()) ?? [];
    return {
      query: q,
      found: pkgs.length > 0,
      crates: pkgs.map((p) => {
        // through the graph's index by id (indexOf per queried version was O(packages), a map by package an
        // identity hash for each of them)
        const i = positionOf(graph, p.id);
        const r = rowAt[i];
        const c: QueryRow['crates'][number] = {
          name: p.name,
          version: p.version,
          verdict: r?.verdict ?? 'allowed',
          dependents: directDependents(graph, p.id).map(show),
          transitive: counts.transitive[i] ?? 0,
        };
        if (r?.license !== undefined) c.license = r.license;
        const path = pathAt(i)?.names;
        if (path) c.path = path;
        return c;
      }),
    };
  });

  const use = new Map<string, number>();
  for (const r of rows) {
    const key = r.expression ?? r.license ?? (r.licenseFile ? `license-file ${r.licenseFile}` : '(none)');
    use.set(key, (use.get(key) ?? 0) + 1);
  }
  const licenseUse = [...use].map(([expression, crates]) => ({ expression, crates })).sort((a, b) => b.crates - a.crates || (a.expression < b.expression ? -1 : 1));

  pushAll(findings, unusedPolicyFindings(ctx));

  const verdicts: Record<Verdict, number> = { allowed: 0, denied: 0, unknown: 0, 'invalid-spdx': 0, 'needs-review': 0 };
  for (const r of rows) verdicts[r.verdict]++;
  const count = (v: Verdict) => verdicts[v];
  const totals: AuditTotals = {
    crates: rows.length,
    workspaceMembers: workspaceMembers.length,
    allowed: count('allowed'),
    denied: count('denied'),
    unknown: count('unknown'),
    invalidSpdx: count('invalid-spdx'),
    needsReview: count('needs-review'),
    added: auditDiff?.added.length ?? 0,
    removed: auditDiff?.removed.length ?? 0,
    updated: auditDiff?.updated.length ?? 0,
    newlyDuplicated: auditDiff?.newlyDuplicated.length ?? 0,
    licenseChanged: auditDiff?.licenseChanged.length ?? 0,
    patch: auditDiff?.updated.filter((u) => u.class === 'patch').length ?? 0,
    minor: auditDiff?.updated.filter((u) => u.class === 'minor').length ?? 0,
    breaking: auditDiff?.updated.filter((u) => u.class === 'breaking').length ?? 0,
    downgrade: auditDiff?.updated.filter((u) => u.class === 'downgrade').length ?? 0,
  };

  const failedBecause: string[] = [];
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  // Packages the lock parser had to skip were never judged: whatever fail-on says, that is no pass.
  const unreadable = head.findings.filter((f) => f.severity === 'error').length;
  if (unreadable) failedBecause.push(`${unreadable} unreadable ${unreadable === 1 ? 'entry' : 'entries'} in ${head.file} (the audit is incomplete)`);
  if (failOn.includes('denied') && totals.denied) failedBecause.push(plural(totals.denied, 'denied crate'));
  if (failOn.includes('invalid-spdx') && totals.invalidSpdx) failedBecause.push(plural(totals.invalidSpdx, 'crate') + ' with an invalid license expression');
  if (failOn.includes('unknown') && totals.unknown + totals.needsReview) {
    failedBecause.push(plural(totals.unknown + totals.needsReview, 'crate') + ' with an unknown or unreviewed license');
  }
  if (failOn.includes('new-duplicate') && totals.newlyDuplicated) failedBecause.push(plural(totals.newlyDuplicated, 'newly duplicated crate'));

  const report: AuditReport = {
    schema: 1,
    lockfile: head.file,
    verdict: failedBecause.length ? 'fail' : 'pass',
    failOn,
    failedBecause,
    totals,
    crates: rows,
    workspaceMembers,
    deniedGraph,
    queries,
    licenseUse,
    findings: sortFindings(findings),
  };
  if (base) report.baseLockfile = base.file;
  if (auditDiff) report.diff = auditDiff;
  return report;
}

/** Rows that need a reviewer's eye: every crate whose verdict is not `allowed`. */
export function problemRows(report: AuditReport): CrateRow[] {
  return report.crates.filter((r) => r.verdict !== 'allowed');
}
