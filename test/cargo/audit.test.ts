import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { auditCrates, parseFailOn, problemRows, rowOrder, sortRows, type AuditReport, type CrateRow } from '../../shared/cargo/audit.js';
import { parsePolicy, buildPolicy, compilePolicy } from '../../shared/cargo/policy.js';
import { licensesFromDirectory, putLicense, type LicenseInfo } from '../../shared/cargo/license-sources.js';
import { ConfigurationError } from '../../shared/io.js';

const dir = fileURLToPath(new URL('../../fixtures/cargo/crates-audit-pr/', import.meta.url));
const head = parseLockfileOrThrow(readFileSync(dir + 'Cargo.lock', 'utf8'));
const base = parseLockfileOrThrow(readFileSync(dir + 'base.Cargo.lock', 'utf8'), { file: 'base.Cargo.lock' });
const policyText = readFileSync(dir + 'license-policy.yml', 'utf8');
const { licenses } = await licensesFromDirectory(dir + 'crates');

function audit(failOn: Parameters<typeof auditCrates>[0]['failOn'] = ['denied'], extra: Partial<Parameters<typeof auditCrates>[0]> = {}): AuditReport {
  return auditCrates({ head, base, licenses, policy: parsePolicy(policyText, 'license-policy.yml'), failOn, ...extra });
}

describe('auditCrates', () => {
  const r = audit();

  it('judges every non-workspace crate and fails on the denied one', () => {
    expect(r.verdict).toBe('fail');
    expect(r.failedBecause).toEqual(['1 denied crate']);
    expect(r.totals).toMatchObject({ crates: 11, workspaceMembers: 1, allowed: 8, denied: 1, unknown: 1, needsReview: 1, invalidSpdx: 0 });
    expect(r.workspaceMembers).toEqual([{ name: 'app', version: '0.1.0' }]);
    expect(problemRows(r).map((c) => [c.name, c.verdict])).toEqual([
      ['gpl-core', 'denied'],
      ['ghost', 'unknown'],
      ['mystery', 'needs-review'],
    ]);
  });

  it('gives the path, dependents and change of the transitively denied crate', () => {
    const gpl = r.crates.find((c) => c.name === 'gpl-core')!;
    expect(gpl).toMatchObject({
      path: ['app', 'wrapper', 'gpl-core'],
      dependents: { direct: 1, transitive: 2 },
      change: 'added',
      reason: 'GPL-3.0-only is denied',
      line: 33,
    });
    expect(r.deniedGraph).toEqual([
      ['app', 'wrapper'],
      ['wrapper', 'gpl-core'],
    ]);
  });

  it('records which OR-branch satisfied the policy and the corrections made', () => {
    const either = r.crates.find((c) => c.name === 'either')!;
    expect(either).toMatchObject({ license: 'MIT/Apache-2.0', expression: 'MIT OR Apache-2.0', satisfiedBy: ['MIT'], change: 'unchanged' });
    expect(either.corrections).toEqual(["the legacy '/' separator means OR"]);
    const llvm = r.crates.find((c) => c.name === 'llvm-ish')!;
    expect(llvm.satisfiedBy).toEqual(['Apache-2.0 WITH LLVM-exception']);
  });

  it('diffs base and head: each update class, license change, removed, newly duplicated', () => {
    const d = r.diff!;
    expect(d.added.map((a) => `${a.name} ${a.version}`)).toEqual(['ghost 1.0.0', 'gpl-core 2.0.0', 'mystery 0.1.0', 'rand 0.9.0']);
    expect(d.removed).toEqual([{ name: 'time-old', version: '0.1.0', license: 'MIT/Apache-2.0' }]);
    expect(Object.fromEntries(d.updated.map((u) => [u.name, u.class]))).toEqual({
      'llvm-ish': 'breaking',
      'old-thing': 'downgrade',
      relicensed: 'patch',
      serde: 'patch',
      wrapper: 'minor',
    });
    expect(d.licenseChanged).toEqual([
      expect.objectContaining({ name: 'relicensed', fromLicense: 'MIT', toLicense: 'MIT AND BSD-3-Clause', licenseChanged: true }),
    ]);
    expect(d.newlyDuplicated).toEqual([{ name: 'rand', versions: ['0.8.5', '0.9.0'], baseVersions: ['0.8.5'], dependents: [['app'], ['app']], line: 57 }]);
    expect(r.totals).toMatchObject({ added: 4, removed: 1, updated: 5, newlyDuplicated: 1, licenseChanged: 1, breaking: 1, minor: 1, patch: 2, downgrade: 1 });
  });

  it('base-only versions take their license from baseLicenses first, then from the head licenses', () => {
    const baseOnly = new Map([...licenses].filter(([k]) => k === 'relicensed@0.5.0').map(([k, v]) => [k, { ...v, license: 'ISC' }]));
    const d = audit(['denied'], { baseLicenses: baseOnly }).diff!;
    expect(d.updated.find((u) => u.name === 'relicensed')).toMatchObject({ fromLicense: 'ISC', toLicense: 'MIT AND BSD-3-Clause', licenseChanged: true });
    // Not in baseLicenses: found in the head licenses (the crate directories hold base-only versions too).
    expect(d.removed).toEqual([{ name: 'time-old', version: '0.1.0', license: 'MIT/Apache-2.0' }]);
  });

  it('a lock with unreadable packages (cut at a line end) fails whatever fail-on says: the audit is incomplete', () => {
    const cut = readFileSync(dir + 'Cargo.lock', 'utf8').split('\n');
    const at = cut.findIndex((l) => l === 'name = "serde"');
    const truncated = parseLockfileOrThrow(cut.slice(0, at + 1).join('\n') + '\n');
    expect(truncated.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 75, message: 'Package `serde` has no valid `version` (found nothing); ignored.' }),
    );
    for (const failOn of [[], ['denied']] as const) {
      const r = auditCrates({ head: truncated, licenses, policy: parsePolicy(policyText, 'license-policy.yml'), failOn: [...failOn] });
      expect(r.verdict).toBe('fail');
      expect(r.failedBecause).toContain('1 unreadable entry in Cargo.lock (the audit is incomplete)');
    }
  });

  it('findings point at Cargo.lock lines; severity follows fail-on', () => {
    const byCode = Object.fromEntries(r.findings.map((f) => [f.code, f]));
    expect(byCode['crate-license-denied']).toMatchObject({ severity: 'error', file: 'Cargo.lock', line: 33 });
    expect(byCode['crate-license-denied']?.message).toContain('pulled in by app → wrapper → gpl-core');
    expect(byCode['crate-license-unknown']).toMatchObject({ severity: 'warning', line: 27 });
    expect(byCode['crate-new-duplicate']).toMatchObject({ severity: 'notice', line: 57 });
    expect(byCode['crate-license-changed']).toMatchObject({ severity: 'warning', line: 69 });
    expect(byCode['policy-allow-unused']).toMatchObject({ file: 'license-policy.yml', line: 7, message: expect.stringContaining("'ISC'") });
  });

  it('fail-on decides the verdict', () => {
    const all = audit(['denied', 'unknown', 'invalid-spdx', 'new-duplicate']);
    expect(all.failedBecause).toEqual(['1 denied crate', '2 crates with an unknown or unreviewed license', '1 newly duplicated crate']);
    expect(all.findings.find((f) => f.code === 'crate-new-duplicate')?.severity).toBe('error');
    const none = audit([]);
    expect(none.verdict).toBe('pass');
    expect(none.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('explains queried crates', () => {
    const q = audit(['denied'], { query: ['rand', 'absent'] }).queries;
    expect(q[0]).toMatchObject({ query: 'rand', found: true });
    expect(q[0]!.crates.map((c) => [c.version, c.dependents, c.path])).toEqual([
      ['0.8.5', ['app'], ['app', 'rand 0.8.5']],
      ['0.9.0', ['app'], ['app', 'rand 0.9.0']],
    ]);
    expect(q[1]).toEqual({ query: 'absent', found: false, crates: [] });
  });

  it('names a crate of a name with several versions `name version` in paths, also in a lock whose packages are in another order', () => {
    const rows = (lock: typeof head) => auditCrates({ head: lock, licenses, policy: buildPolicy({ allow: ['MIT', 'Apache-2.0'] }), failOn: ['denied'] }).crates.filter((c) => c.name === 'rand');
    const paths = rows(head).map((c) => c.path);
    expect(paths).toEqual([['app', 'rand 0.8.5'], ['app', 'rand 0.9.0']]);
    // the same packages reversed: the reader's positions no longer fit them
    const reordered = Object.assign(Object.create(Object.getPrototypeOf(head) as object) as typeof head, head, { packages: [...head.packages].reverse() });
    expect(rows(reordered).map((c) => c.path)).toEqual(paths);
  });

  it('works without a base lock', () => {
    const solo = auditCrates({ head, licenses, policy: buildPolicy({ allow: ['MIT', 'Apache-2.0'] }), failOn: ['denied'] });
    expect(solo.diff).toBeUndefined();
    expect(solo.crates.every((c) => c.change === undefined)).toBe(true);
    expect(solo.totals.added).toBe(0);
  });

  it('a clarification fixes the license-file crate; a compiled policy is accepted', () => {
    const ctx = compilePolicy(buildPolicy({ allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'Apache-2.0 WITH LLVM-exception'], clarify: { mystery: 'MIT' } }));
    const rr = auditCrates({ head, base, licenses, policy: ctx, failOn: ['denied'] });
    expect(rr.crates.find((c) => c.name === 'mystery')).toMatchObject({ verdict: 'allowed', clarifiedBy: 'mystery' });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("writes a row's keys in one order, absent ones left out", () => {
    // The report's key order is part of what users diff between runs; rows are built by a constructor.
    const order = ['id', 'name', 'version', 'sourceKind', 'line', 'verdict', 'reason', 'corrections', 'dependents', 'source', 'license', 'expression', 'licenseFile', 'licenseFrom', 'satisfiedBy', 'clarifiedBy', 'exceptionUsed', 'path', 'depth', 'change'];
    for (const c of r.crates) {
      const keys = Object.keys(JSON.parse(JSON.stringify(c)) as object);
      expect(keys).toEqual(order.filter((k) => c[k as keyof typeof c] !== undefined));
      expect(Object.keys(c.dependents)).toEqual(['direct', 'transitive']);
    }
    const gpl = JSON.parse(JSON.stringify(r.crates.find((c) => c.name === 'gpl-core'))) as Record<string, unknown>;
    expect(Object.keys(gpl)).toEqual(['id', 'name', 'version', 'sourceKind', 'line', 'verdict', 'reason', 'corrections', 'dependents', 'source', 'license', 'expression', 'licenseFrom', 'path', 'depth', 'change']);
  });
});

describe('parseFailOn', () => {
  it('validates against the four values', () => {
    expect(parseFailOn(['denied', ' unknown ', 'denied', ''])).toEqual(['denied', 'unknown']);
    expect(() => parseFailOn(['denied', 'everything'])).toThrow(ConfigurationError);
    expect(() => parseFailOn(['x'])).toThrow("Invalid fail-on value 'x'. Expected a subset of: denied, unknown, invalid-spdx, new-duplicate.");
  });
});

describe('report order of the crate rows', () => {
  it('equals one stable sort by rank, name and version, whatever order the rows arrive in (fixed seed)', () => {
    let x = 11;
    const rnd = (k: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % k);
    const verdicts = ['allowed', 'allowed', 'allowed', 'denied', 'unknown', 'invalid-spdx', 'needs-review'] as const;
    for (const [n, sorted] of [[0, false], [1, false], [50, true], [50, false], [2_000, true], [2_000, false]] as const) {
      let rows = Array.from({ length: n }, (_, i) => ({
        // few names and versions: ties that only a stable sort keeps in arrival order (the `line` tells them apart)
        name: `n${rnd(40)}`,
        version: `1.${rnd(12)}.0`,
        verdict: verdicts[rnd(verdicts.length)]!,
        line: i,
      })) as unknown as CrateRow[];
      // a lock cargo wrote arrives sorted by name
      if (sorted) rows = [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const expected = [...rows].sort(rowOrder).map((r) => r.line);
      const got = [...rows];
      sortRows(got);
      expect(got.map((r) => r.line), `${n} rows, ${sorted ? 'sorted by name' : 'shuffled'}`).toEqual(expected);
    }
  });
});

describe('a crate from git or a path with a registry crate\'s name and version is judged on its own license', () => {
  const ctx = compilePolicy(buildPolicy({ allow: ['MIT'], deny: ['GPL-3.0-only'] }));
  const lock = (fork: string) =>
    parseLockfileOrThrow(
      `version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "foo",\n]\n\n[[package]]\nname = "foo"\nversion = "1.0.0"\n${fork}`,
    );
  // what a registry's copy of foo 1.0.0 says (a .crate, Debian's registry, cargo's registry src)
  const registry = () => {
    const m = new Map<string, LicenseInfo>();
    putLicense(m, { name: 'foo', version: '1.0.0', license: 'MIT', origin: 'crate-tarball', from: 'foo-1.0.0.crate', describes: ['registry'] });
    return m;
  };

  it('a git fork: unknown, not the registry crate\'s MIT', () => {
    const head = lock('source = "git+https://example.org/foo?branch=main#0123456789abcdef0123456789abcdef01234567"\n');
    const r = auditCrates({ head, licenses: registry(), policy: ctx, failOn: ['denied', 'unknown'] });
    expect(r.crates.find((c) => c.name === 'foo')).toMatchObject({ sourceKind: 'git', verdict: 'unknown' });
    expect(r.verdict).toBe('fail');
    // with what the fork itself says (cargo metadata of the fork's source): denied
    const own = registry();
    putLicense(own, { name: 'foo', version: '1.0.0', license: 'GPL-3.0-only', origin: 'cargo-metadata', from: 'meta.json', describes: ['git'] });
    expect(auditCrates({ head, licenses: own, policy: ctx, failOn: ['denied'] }).crates.find((c) => c.name === 'foo')).toMatchObject({ license: 'GPL-3.0-only', verdict: 'denied' });
  });

  it('a path crate judged as the pull request\'s (judgePaths): unknown, not the registry crate\'s MIT', () => {
    const head = lock('');
    const r = auditCrates({ head, licenses: registry(), policy: ctx, failOn: ['denied', 'unknown'], judgePaths: new Set(['foo 1.0.0']) });
    expect(r.crates.find((c) => c.name === 'foo')).toMatchObject({ sourceKind: 'path', verdict: 'unknown' });
    expect(r.crates.find((c) => c.name === 'foo')!.license).toBeUndefined();
  });
});
