/**
 * Fuzzing the lockfile reader: mutated real and fixture lockfiles and generated documents. The reader must
 * only ever return a lock (with findings) or a typed error finding — never throw — and the fast path for
 * cargo's layout must agree with the general smol-toml path on every input.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLockfile, formatPackageId, type ParseLockfileResult } from '../../shared/cargo/lockfile.js';
import { buildGraph, dependentCounts, rootPaths } from '../../shared/cargo/graph.js';
import { diffLocks } from '../../shared/cargo/diff.js';

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');

const seeds: string[] = [
  'lock-v1-metadata',
  'lock-v2-inline-checksum',
  'lock-v3-git-branch',
  'lock-v4-git-url-encoded',
  'lock-path-registry-tie',
  'lock-dev-cycle',
  'lock-diff-semver-classes/head',
  'lock-patch-unused',
  'lock-replace',
].map((n) => readFileSync(join(FIX, n, 'Cargo.lock'), 'utf8'));
// Another layout than cargo's (blanks, comments after values, literal strings, an array on one line, commas first).
seeds.push(
  "version=4 # x\n\n[[ package ]]\n  name = 'app'\n  version = \"0.1.0\" # y\n  dependencies = [ 'b', \"c 1.0.0\" , ]\n[[package]]\t# z\nname=\"b\"\nversion = '2.0.0'\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\ndependencies = [\n  \"c\" # w\n  , 'app'\n]\n[[package]]\nname = \"c\"\nversion = \"1.0.0\"\n[ metadata ]\n\"checksum b 2.0.0 (registry+https://github.com/rust-lang/crates.io-index)\" = 'ab' # v\n",
);
// Keys in cargo's order in another layout, each package read by one match (LOOSE_PACKAGE in lockfile.ts), and
// an array's strings indented on lines of their own (as tomli-w writes them).
seeds.push(
  "version = 4\n\n[[package]]\n  name = 'app'\n  version = \"0.1.0\"  # the member\n  dependencies = ['b', \"c 1.0.0\", ]\n\n[[package]]\n  name = \"b\"\n  version = '2.0.0'\n  source = 'registry+https://github.com/rust-lang/crates.io-index'\n  checksum = \"ab\" # sum\n  dependencies = [ \"c 1.0.0\" ]\n\n[[package]]\nname = \"c\"\nversion = \"1.0.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\ndependencies = [\n    \"d\",\n    'e' ,\n]\n\n[[package]]\nname = \"c\"\nversion = \"2.0.0\"\n\n[[package]]\nname = \"d\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"e\"\nversion = \"0.1.0\"\n",
);
// Slices of real locks keep each parse cheap while carrying real shapes.
for (const f of ['rust-lang-cargo-Cargo.lock', 'format-samples/deno-2019-v1-Cargo.lock']) {
  const p = join(BENCH, f);
  if (!existsSync(p)) continue;
  const text = readFileSync(p, 'utf8');
  const cut = text.indexOf('[[package]]', 6000);
  seeds.push(text.slice(0, cut));
  if (f.includes('v1')) seeds.push(text.slice(0, 3000) + text.slice(text.indexOf('[metadata]')));
}

const SNIPPETS = [
  '[[package]]\n', '[metadata]\n', '[root]\n', 'version = 4\n', 'version = 5\n', 'version = "3"\n', 'name = "x"\n',
  'version = "1.0.0"\n', 'source = "git+https://h/r?branch=a%ZZ#c"\n', 'checksum = "<none>"\n', 'dependencies = [\n',
  ' "x",\n', ' "x 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)",\n', ']\n', '"', "'''", '"""', '=', '[', ']',
  '\\', '\\u00e9', '\r', '\u0000', '\uFEFF', '#', ' ', '\n', '{', '}', 'package = 1\n', 'dependencies = "x"\n',
  '[[patch.unused]]\n', '[patch]\n', 'replace = "x 1.0.0"\n', 'patch = 1\n',
  // other layouts than cargo's (read by the fast path too)
  '\t', '  ', ' # c\n', ',', ' ,', "'x'", '"x"', "'x 1.0.0'", '[[ package ]]\n', '[ metadata ]\n', 'dependencies = ["x", "y"]\n',
  'dependencies = [\n', '  "x" ,', '"checksum x 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)" = "<none>"\n',
  'name = \'x\'\n', '"name" = "x"\n', 'version = 4 # c\n', 'a.b = "x"\n', '\u0001', '\u007f',
];

function check(text: string): ParseLockfileResult {
  let fast: ParseLockfileResult;
  try {
    fast = parseLockfile(text);
  } catch (e) {
    throw new Error(`parseLockfile threw on input ${JSON.stringify(text.slice(0, 300))}: ${String(e)}`);
  }
  if (!fast.ok) {
    expect(typeof fast.error.code).toBe('string');
    expect(fast.error.severity).toBe('error');
    if (fast.error.line !== undefined) expect(fast.error.line).toBeGreaterThanOrEqual(1);
  } else {
    for (const f of fast.lock.findings) expect(f.code).toMatch(/^lock-/);
    for (const p of fast.lock.packages) for (const d of p.dependencies) expect(fast.lock.byId.has(d)).toBe(true);
    // Downstream consumers must cope with whatever the reader accepts.
    const g = buildGraph(fast.lock);
    dependentCounts(g);
    rootPaths(g).pathTo(fast.lock.packages[0]?.id ?? '');
    diffLocks(fast.lock, fast.lock);
  }
  expect(fast).toEqual(parseLockfile(text, { generalParser: true }));
  expectUnresolvedAgrees(text, fast);
  return fast;
}

const DEPENDENCY_CODES = new Set(['lock-invalid-dependencies', 'lock-invalid-dependency', 'lock-unresolved-dependency']);

/** `dependencies: false` (a diff's base) reads the same lock on both paths, only without dependency lists and their findings. */
function expectUnresolvedAgrees(text: string, full: ParseLockfileResult): void {
  for (const generalParser of [false, true]) {
    const u = parseLockfile(text, { dependencies: false, generalParser });
    if (!full.ok || !u.ok) {
      expect(u).toEqual(full);
      continue;
    }
    expect(u.lock.version).toBe(full.lock.version);
    expect(u.lock.packages).toEqual(full.lock.packages.map((p) => ({ ...p, dependencies: [] })));
    expect(u.lock.findings).toEqual(full.lock.findings.filter((f) => !DEPENDENCY_CODES.has(f.code)));
    expect([...u.lock.byName.keys()]).toEqual([...full.lock.byName.keys()]);
  }
}

const mutation = (len: number) =>
  fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(len), s: fc.constantFrom(...SNIPPETS) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(len), n: fc.integer({ min: 1, max: 80 }) }),
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(len), c: fc.integer({ min: 0, max: 127 }) }),
    fc.record({ op: fc.constant('dupline' as const), at: fc.nat(len) }),
  );

function apply(text: string, muts: { op: string; at: number; s?: string; n?: number; c?: number }[]): string {
  let t = text;
  for (const m of muts) {
    const at = Math.min(m.at, t.length);
    if (m.op === 'insert') t = t.slice(0, at) + m.s + t.slice(at);
    else if (m.op === 'delete') t = t.slice(0, at) + t.slice(at + (m.n ?? 1));
    else if (m.op === 'flip') t = t.slice(0, at) + String.fromCharCode(m.c ?? 0) + t.slice(at + 1);
    else {
      const s = t.lastIndexOf('\n', at - 1) + 1;
      let e = t.indexOf('\n', at);
      if (e < 0) e = t.length;
      t = t.slice(0, e) + '\n' + t.slice(s, e) + t.slice(e);
    }
  }
  return t;
}

describe('lockfile fuzz', () => {
  it('mutated lockfiles: a lock or a typed error, fast path = general path (3,000 inputs)', () => {
    let ok = 0;
    let errors = 0;
    for (const seed of seeds) {
      fc.assert(
        fc.property(fc.array(mutation(seed.length), { minLength: 1, maxLength: 4 }), (muts) => {
          const r = check(apply(seed, muts));
          if (r.ok) ok++;
          else errors++;
        }),
        { numRuns: Math.ceil(3000 / seeds.length), seed: 20261122 },
      );
    }
    // Both outcomes must be exercised, or the mutations are too weak/strong to mean anything.
    expect(ok).toBeGreaterThan(300);
    expect(errors).toBeGreaterThan(300);
  });

  it('arbitrary text never throws (1,000 inputs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => {
        check(s);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('generated canonical locks round-trip: packages, sources and resolved dependencies', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
    const version = fc.tuple(fc.nat(3), fc.nat(12), fc.nat(30)).map(([a, b, c]) => `${a}.${b}.${c}`);
    const source = fc.constantFrom(
      undefined,
      'registry+https://github.com/rust-lang/crates.io-index',
      'sparse+https://index.example.org/',
      'git+https://github.com/o/r?branch=x%2Fy#0123456789abcdef0123456789abcdef01234567',
    );
    const lockArb = fc
      .uniqueArray(fc.record({ name, version, source }), {
        minLength: 1,
        maxLength: 25,
        selector: (p) => formatPackageId(p.name, p.version, p.source),
      })
      .chain((pkgs) =>
        fc.tuple(fc.constant(pkgs), fc.array(fc.array(fc.nat(pkgs.length - 1), { maxLength: 5 }), { minLength: pkgs.length, maxLength: pkgs.length })),
      );
    fc.assert(
      fc.property(lockArb, fc.constantFrom(3, 4), ([pkgs, depIdx], v) => {
        const ids = pkgs.map((p) => formatPackageId(p.name, p.version, p.source));
        // cargo's shortest-unambiguous encoding of a dependency
        const encode = (i: number) => {
          const p = pkgs[i]!;
          const same = pkgs.filter((q) => q.name === p.name);
          if (same.length === 1) return p.name;
          const sameVer = same.filter((q) => q.version === p.version);
          if (new Set(same.map((q) => q.version)).size === same.length) return `${p.name} ${p.version}`;
          if (sameVer.length === 1 || p.source === undefined) return `${p.name} ${p.version}`;
          return ids[i]!;
        };
        let text = `# generated\nversion = ${v}\n`;
        pkgs.forEach((p, i) => {
          text += `\n[[package]]\nname = "${p.name}"\nversion = "${p.version}"\n`;
          if (p.source) text += `source = "${p.source}"\n`;
          const deps = [...new Set(depIdx[i]!)];
          if (deps.length) text += `dependencies = [\n${deps.map((d) => ` "${encode(d)}",\n`).join('')}]\n`;
        });
        const r = check(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.lock.findings).toEqual([]);
        expect(r.lock.packages.map((p) => p.id)).toEqual(ids);
        r.lock.packages.forEach((p, i) => expect(p.dependencies).toEqual([...new Set(depIdx[i]!)].map((d) => ids[d])));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
