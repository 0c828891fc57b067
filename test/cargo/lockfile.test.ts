import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseLockfile,
  parseLockfileOrThrow,
  parseDependencySpec,
  parseSource,
  isCratesIo,
  LockfileError,
  multiVersionNames,
  workspaceMembers,
  CRATES_IO_REGISTRY,
  type Lockfile,
} from '../../shared/cargo/lockfile.js';
import { ConfigurationError } from '../../shared/io.js';
import { buildGraph } from '../../shared/cargo/graph.js';

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');
const hasBench = existsSync(BENCH);

function fixture(name: string): string {
  return readFileSync(join(FIX, name, 'Cargo.lock'), 'utf8');
}

function lockOf(name: string): Lockfile {
  const r = parseLockfile(fixture(name), { file: `${name}/Cargo.lock` });
  if (!r.ok) throw new Error(`fixture ${name} failed: ${r.error.message}`);
  return r.lock;
}

function pkg(lock: Lockfile, name: string, version?: string) {
  const list = (lock.byName.get(name) ?? []).filter((p) => version === undefined || p.version === version);
  expect(list.length, `${name} ${version ?? ''}`).toBe(1);
  return list[0]!;
}

describe('Cargo.lock versions', () => {
  it('V1: no version key, checksums moved from [metadata], `<none>` dropped', () => {
    const lock = lockOf('lock-v1-metadata');
    expect(lock.version).toBe(1);
    expect(lock.findings).toEqual([]);
    expect(pkg(lock, 'itoa').checksum).toBe('af150ab688ff2122fcef229be89cb50dd66af9e01a4ff320cc137eecc9bacc38');
    expect(pkg(lock, 'vendored').checksum).toBeUndefined();
    expect(pkg(lock, 'app').dependencies).toEqual([
      `itoa 1.0.9 (${CRATES_IO_REGISTRY})`,
      `serde 1.0.188 (${CRATES_IO_REGISTRY})`,
      'vendored 0.2.0 (git+https://example.org/vendored.git#0123456789abcdef0123456789abcdef01234567)',
    ]);
    expect(pkg(lock, 'vendored').git).toEqual({ url: 'https://example.org/vendored.git', commit: '0123456789abcdef0123456789abcdef01234567' });
  });

  it('V2: no version key, inline checksums, `name version` when a name has two versions', () => {
    const lock = lockOf('lock-v2-inline-checksum');
    expect(lock.version).toBe(2);
    expect(lock.findings).toEqual([]);
    expect(pkg(lock, 'app').dependencies).toEqual([
      `bitflags 1.3.2 (${CRATES_IO_REGISTRY})`,
      `bitflags 2.4.0 (${CRATES_IO_REGISTRY})`,
      `libc 0.2.148 (${CRATES_IO_REGISTRY})`,
    ]);
    expect(pkg(lock, 'libc').checksum).toBe('9cdc71e17332e86d2e1d38c1f99edcb6288ee11b815fb1a4b049eaa2114d369b');
    expect([...multiVersionNames(lock).keys()]).toEqual(['bitflags']);
  });

  it('V3: git sources with branch, rev and tag kept raw', () => {
    const lock = lockOf('lock-v3-git-branch');
    expect(lock.version).toBe(3);
    expect(pkg(lock, 'forked').git).toEqual({
      url: 'https://github.com/example/forked',
      reference: { kind: 'branch', value: 'feature/fast' },
      commit: '89abcdef0123456789abcdef0123456789abcdef',
    });
    expect(pkg(lock, 'pinned').git?.reference).toEqual({ kind: 'rev', value: '89abcde' });
    expect(pkg(lock, 'tagged').git?.reference).toEqual({ kind: 'tag', value: 'v2.0.0' });
    expect(pkg(lock, 'tagged').sourceKind).toBe('git');
    expect(pkg(lock, 'app').dependencies).toHaveLength(3);
  });

  it('V4: percent-encoded git query values are decoded; sparse registries recognised', () => {
    const lock = lockOf('lock-v4-git-url-encoded');
    expect(lock.version).toBe(4);
    expect(pkg(lock, 'forked').git?.reference).toEqual({ kind: 'branch', value: 'feature/fast' });
    expect(pkg(lock, 'plain').git).toEqual({ url: 'https://github.com/example/plain', commit: '0123456789abcdef0123456789abcdef01234567' });
    const mirror = pkg(lock, 'mirror');
    expect(mirror.sourceKind).toBe('sparse');
    expect(mirror.sourceUrl).toBe('https://index.example.org/');
    expect(pkg(lock, 'app').sourceKind).toBe('path');
    expect(pkg(lock, 'app').source).toBeUndefined();
  });

  it('refuses a newer lock version with the line of the key', () => {
    const r = parseLockfile(fixture('lock-version-5'), { file: 'x/Cargo.lock' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ severity: 'error', code: 'lock-unsupported-version', file: 'x/Cargo.lock', line: 2 });
    expect(r.error.message).toContain('version 5');
  });

  it('rejects a non-integer version', () => {
    const r = parseLockfile('version = "4"\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'lock-invalid-version', line: 1 });
  });

  it('accepts an explicit version = 2 with a warning (cargo itself never writes it)', () => {
    const r = parseLockfile('version = 2\n\n[[package]]\nname = "a"\nversion = "1.0.0"\n');
    expect(r.ok && r.lock.version).toBe(2);
    expect(r.ok && r.lock.findings.map((f) => f.code)).toEqual(['lock-explicit-old-version']);
  });
});

describe('malformed files', () => {
  it('a merge conflict is a typed error with its line', () => {
    const r = parseLockfile(fixture('lock-malformed-toml'), { file: 'Cargo.lock' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'lock-malformed-toml', file: 'Cargo.lock', line: 7 });
    expect(r.error.message).not.toContain('\n');
  });

  it('parseLockfileOrThrow throws a ConfigurationError carrying the finding', () => {
    try {
      parseLockfileOrThrow(fixture('lock-malformed-toml'), { file: 'ws/Cargo.lock' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LockfileError);
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as LockfileError).finding.line).toBe(7);
      expect((e as Error).message).toMatch(/^ws\/Cargo\.lock:7: /);
    }
  });

  it('`package` that is not an array of tables is unusable as a whole', () => {
    const r = parseLockfile('version = 4\npackage = "nope"\n');
    expect(!r.ok && r.error.code).toBe('lock-invalid-structure');
  });

  it('bad packages and dependencies become findings at the package line, the rest is kept', () => {
    const text = [
      'version = 4', // 1
      '', // 2
      '[[package]]', // 3
      'name = "app"', // 4
      'version = "0.1.0"', // 5
      'dependencies = ["ghost", "libc 9.9.9", 42, "libc"]', // 6
      '', // 7
      '[[package]]', // 8
      'name = "noversion"', // 9
      '', // 10
      '[[package]]', // 11
      'name = "libc"', // 12
      'version = "0.2.1"', // 13
      'source = "registry+https://github.com/rust-lang/crates.io-index"', // 14
      '', // 15
      '[[package]]', // 16
      'name = "libc"', // 17
      'version = "0.2.1"', // 18
      'source = "registry+https://github.com/rust-lang/crates.io-index"', // 19
      'checksum = 5', // 20
      '',
    ].join('\n');
    const r = parseLockfile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byCode = r.lock.findings.map((f) => [f.code, f.line]);
    expect(byCode).toEqual([
      ['lock-invalid-package', 8],
      ['lock-duplicate-package', 16],
      ['lock-unresolved-dependency', 3],
      ['lock-unresolved-dependency', 3],
      ['lock-invalid-dependency', 3],
    ]);
    expect(r.lock.findings[2]!.message).toContain('ghost');
    expect(r.lock.findings[3]!.message).toContain('9.9.9');
    expect(r.lock.packages.map((p) => p.id)).toEqual(['app 0.1.0', `libc 0.2.1 (${CRATES_IO_REGISTRY})`]);
    expect(r.lock.packages[0]!.dependencies).toEqual([`libc 0.2.1 (${CRATES_IO_REGISTRY})`]);
    expect(r.lock.packages[1]!.line).toBe(11);
  });

  it('an ambiguous bare name is reported, not guessed', () => {
    const r = parseLockfileOrThrow(fixture('lock-v2-inline-checksum').replace('"bitflags 1.3.2",', '"bitflags",'));
    expect(r.findings.map((f) => f.code)).toEqual(['lock-unresolved-dependency']);
    expect(r.findings[0]!.message).toContain('ambiguous');
  });
});

describe('dependency strings', () => {
  it('parses the three forms and refuses others', () => {
    expect(parseDependencySpec('serde')).toEqual({ name: 'serde' });
    expect(parseDependencySpec('serde 1.0.1')).toEqual({ name: 'serde', version: '1.0.1' });
    expect(parseDependencySpec(`serde 1.0.1 (${CRATES_IO_REGISTRY})`)).toEqual({ name: 'serde', version: '1.0.1', source: CRATES_IO_REGISTRY });
    expect(parseDependencySpec('')).toBeUndefined();
    expect(parseDependencySpec('serde (x)')).toBeUndefined();
    expect(parseDependencySpec('serde 1.0 x')).toBeUndefined();
  });

  it('splits at single spaces as cargo does: a blank before the name or after the version is no form cargo reads', () => {
    // cargo 1.95 (EncodablePackageId::from_str): ` b` and `b ` name no package (the lock is re-resolved, or
    // refused with --locked); ` b 1.0.0`, `b 1.0.0 ` and `b  1.0.0` make it refuse the lock
    for (const s of [' serde', 'serde ', ' serde 1.0.1', 'serde 1.0.1 ', 'serde  1.0.1', ` serde 1.0.1 (${CRATES_IO_REGISTRY})`, `serde 1.0.1 (${CRATES_IO_REGISTRY}) `, ' ']) {
      expect(parseDependencySpec(s), JSON.stringify(s)).toBeUndefined();
    }
    // a tab is no separator: the whole string is a name, which no package has
    expect(parseDependencySpec('serde\t1.0.1')).toEqual({ name: 'serde\t1.0.1' });
    const lock = (dep: string) => `version = 4\n\n[[package]]\nname = "a"\nversion = "0.1.0"\ndependencies = [\n "${dep}",\n]\n\n[[package]]\nname = "b"\nversion = "1.0.0"\n`;
    for (const dep of [' b', 'b ', ' b 1.0.0', 'b 1.0.0 ', 'b  1.0.0', 'b\\t1.0.0']) {
      const r = parseLockfileOrThrow(lock(dep));
      expect(r.packages[0]!.dependencies, JSON.stringify(dep)).toEqual([]);
      expect(r.findings.map((f) => [f.code, f.line]), JSON.stringify(dep)).toEqual([['lock-unresolved-dependency', 3]]);
    }
    expect(parseLockfileOrThrow(lock('b 1.0.0')).packages[0]!.dependencies).toEqual(['b 1.0.0']);
  });

  it("a V1 [metadata] checksum key is split the same way: a blank too many names no package", () => {
    // cargo 1.95 refuses such a lock ("invalid encoding of checksum in lockfile: invalid serialized PackageId")
    const v1 = (key: string) =>
      `[[package]]\nname = "adler"\nversion = "1.0.2"\nsource = "${CRATES_IO_REGISTRY}"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "adler 1.0.2 (${CRATES_IO_REGISTRY})",\n]\n\n[metadata]\n"${key}" = "${'a'.repeat(64)}"\n`;
    const ok = parseLockfileOrThrow(v1(`checksum adler 1.0.2 (${CRATES_IO_REGISTRY})`));
    expect([ok.version, ok.packages[0]!.checksum, ok.findings]).toEqual([1, 'a'.repeat(64), []]);
    for (const key of [`checksum  adler 1.0.2 (${CRATES_IO_REGISTRY})`, `checksum adler 1.0.2 (${CRATES_IO_REGISTRY}) `, `checksum adler  1.0.2 (${CRATES_IO_REGISTRY})`]) {
      const r = parseLockfileOrThrow(v1(key));
      expect(r.packages[0]!.checksum, key).toBeUndefined();
      expect(r.findings.map((f) => f.code), key).toEqual(['lock-orphan-checksum']);
    }
  });

  it('the bare `name version` form means the package without a source (path vs registry tie)', () => {
    const lock = lockOf('lock-path-registry-tie');
    const reg = `cargo-platform 0.3.3 (${CRATES_IO_REGISTRY})`;
    expect(pkg(lock, 'cargo').dependencies[0]).toBe('cargo-platform 0.3.3');
    expect(pkg(lock, 'cargo_metadata').dependencies[0]).toBe(reg);
    expect(lock.byId.get('cargo-platform 0.3.3')!.sourceKind).toBe('path');
    expect(workspaceMembers(lock).map((p) => p.id)).toEqual(['cargo 0.101.0', 'cargo-platform 0.3.3']);
    expect(lock.findings).toEqual([]);
  });

  it('unresolved (a diff base): empty lists and no dependency findings, the same packages and version', () => {
    for (const name of ['lock-v1-metadata', 'lock-v2-inline-checksum', 'lock-path-registry-tie', 'lock-dev-cycle']) {
      for (const generalParser of [false, true]) {
        const full = parseLockfileOrThrow(fixture(name), { generalParser });
        const bare = parseLockfileOrThrow(fixture(name), { generalParser, dependencies: false });
        expect(bare.version, name).toBe(full.version);
        expect(bare.packages, name).toEqual(full.packages.map((p) => ({ ...p, dependencies: [] })));
        expect(full.packages.some((p) => p.dependencies.length > 0), name).toBe(true);
      }
    }
    // V2 has no version line: the short dependency form alone tells it from V1, resolved or not.
    const v2 = fixture('lock-v2-inline-checksum').replace(/^checksum = .*\n/gm, '');
    expect(parseLockfileOrThrow(v2).version).toBe(2);
    expect(parseLockfileOrThrow(v2, { dependencies: false }).version).toBe(2);
    const broken = `version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [\n "missing",\n]\n`;
    expect(parseLockfileOrThrow(broken).findings.map((f) => f.code)).toEqual(['lock-unresolved-dependency']);
    expect(parseLockfileOrThrow(broken, { dependencies: false }).findings).toEqual([]);
  });

  it('every package has the same properties in the same order, present or not, on both paths', () => {
    const keys = ['id', 'key', 'name', 'version', 'source', 'sourceKind', 'sourceUrl', 'git', 'checksum', 'dependencies', 'line'];
    for (const generalParser of [false, true]) {
      const lock = parseLockfileOrThrow(fixture('lock-v3-git-branch'), { generalParser });
      for (const p of lock.packages) expect(Object.keys(p), p.id).toEqual(keys);
      expect(lock.packages.some((p) => p.source === undefined) && lock.packages.some((p) => p.git !== undefined)).toBe(true);
    }
  });

  it('lazy lookups are getters of a class, never of the object (one hidden class for every lock and graph)', () => {
    // A getter written in an object literal is a new function per object: V8 then gives each object a map of
    // its own in the old generation, and that map keeps the object's closure (the whole lock) alive through
    // every scavenge until a full collection; a loop of audits spent most of its time copying dead locks.
    for (const generalParser of [false, true]) {
      const a = parseLockfileOrThrow(fixture('lock-dev-cycle'), { generalParser });
      const b = parseLockfileOrThrow(fixture('lock-v1-metadata'), { generalParser });
      expect(Object.getOwnPropertyDescriptor(a, 'byId')).toBeUndefined();
      expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
      expect([...a.byId.keys()]).toEqual(a.packages.map((p) => p.id));
      expect(a.byId).toBe(a.byId);
      const g = buildGraph(a);
      expect(Object.getOwnPropertyDescriptor(g, 'dependents')).toBeUndefined();
      expect(Object.getPrototypeOf(g)).toBe(Object.getPrototypeOf(buildGraph(b)));
      expect([...g.dependents.keys()]).toEqual(a.packages.map((p) => p.id));
    }
  });

  it('Debian checksum text is kept as opaque text', () => {
    expect(pkg(lockOf('lock-debian-checksum'), 'memchr').checksum).toBe('Could not get crate checksum');
  });

  it('source kinds', () => {
    expect(parseSource(undefined).kind).toBe('path');
    expect(parseSource(CRATES_IO_REGISTRY)).toEqual({ kind: 'registry', url: 'https://github.com/rust-lang/crates.io-index' });
    expect(parseSource('sparse+https://index.crates.io/').kind).toBe('sparse');
    expect(parseSource('path+file:///src/x').kind).toBe('path');
    expect(parseSource('local-registry+file:///r').kind).toBe('other');
    expect(parseSource('git+https://h/r?branch=a%2Fb#c', 3).git?.reference?.value).toBe('a%2Fb');
    expect(parseSource('git+https://h/r?branch=a%2Fb#c', 4).git?.reference?.value).toBe('a/b');
    expect(parseSource('git+https://h/r?branch=%E0%A4%A#c', 4).git?.reference?.value).toBe('%E0%A4%A');
    expect(isCratesIo(CRATES_IO_REGISTRY) && isCratesIo('sparse+https://index.crates.io/')).toBe(true);
    expect(isCratesIo('sparse+https://index.example.org/')).toBe(false);
  });
});

describe('fast path for cargo layout agrees with smol-toml', () => {
  const names = [
    'lock-v1-metadata',
    'lock-v2-inline-checksum',
    'lock-v3-git-branch',
    'lock-v4-git-url-encoded',
    'lock-path-registry-tie',
    'lock-debian-checksum',
    'lock-dev-cycle',
    'lock-diff-semver-classes/base',
    'lock-diff-semver-classes/head',
    'lock-version-5',
  ];
  for (const n of names) {
    it(n, () => {
      const text = fixture(n);
      expect(parseLockfile(text)).toEqual(parseLockfile(text, { generalParser: true }));
    });
  }

  it('CRLF line endings', () => {
    const text = fixture('lock-v2-inline-checksum').replace(/\n/g, '\r\n');
    const fast = parseLockfileOrThrow(text);
    expect(fast).toEqual(parseLockfileOrThrow(text, { generalParser: true }));
    expect(fast.packages).toHaveLength(4);
    expect(fast.packages[1]!.line).toBe(12);
  });

  it('a lone CR at the end of the file is invalid TOML on both paths', () => {
    const text = fixture('lock-debian-checksum').replace(/\n$/, '\r');
    const r = parseLockfile(text);
    expect(!r.ok && r.error.code).toBe('lock-malformed-toml');
  });

  it('escapes and unusual layout still parse (through smol-toml)', () => {
    const text = 'version = 4\n[[package]]\nname = "a\\u0062"\nversion = \'1.0.0\'\ndependencies = [ "c" ]\n[[package]]\n  name = "c"\n  version = "0.1.0"\n  source = "registry+https://x/y"\n';
    const lock = parseLockfileOrThrow(text);
    expect(lock.packages.map((p) => p.id)).toEqual(['ab 1.0.0', 'c 0.1.0 (registry+https://x/y)']);
    expect(lock.packages.map((p) => p.line)).toEqual([2, 6]);
    expect(lock.packages[0]!.dependencies).toEqual(['c 0.1.0 (registry+https://x/y)']);
  });

  it('packages out of cargo\'s order, repeated ones adjacent or not, and same name and version from two sources', () => {
    // The fast path looks names up only when the file stops being sorted; a repeat is found either way.
    const reg = 'registry+https://github.com/rust-lang/crates.io-index';
    const other = 'sparse+https://example.org/index/';
    const p = (name: string, version: string, source?: string, deps?: string[]) =>
      `\n[[package]]\nname = "${name}"\nversion = "${version}"\n${source ? `source = "${source}"\n` : ''}${deps ? `dependencies = [\n${deps.map((d) => ` "${d}",\n`).join('')}]\n` : ''}`;
    const text = [
      'version = 4\n',
      p('app', '0.1.0', undefined, ['b 1.0.0', 'b 2.0.0', `c 1.0.0 (${reg})`, `c 1.0.0 (${other})`, 'd']),
      p('b', '1.0.0', reg),
      p('c', '1.0.0', reg),
      p('c', '1.0.0', other),
      p('c', '1.0.0', reg), // repeated, next to its name
      p('b', '2.0.0', reg), // out of order: b after c
      p('b', '1.0.0', reg), // repeated, far from the first
      p('d', '0.3.0', reg, ['b 2.0.0']),
    ].join('');
    const fast = parseLockfileOrThrow(text);
    expect(fast).toEqual(parseLockfileOrThrow(text, { generalParser: true }));
    expect(fast.packages.map((q) => `${q.name} ${q.version}`)).toEqual(['app 0.1.0', 'b 1.0.0', 'c 1.0.0', 'c 1.0.0', 'b 2.0.0', 'd 0.3.0']);
    expect(fast.findings.filter((f) => f.code === 'lock-duplicate-package').map((f) => f.line)).toEqual([29, 39]);
    expect(fast.byName.get('b')!.map((q) => q.version)).toEqual(['1.0.0', '2.0.0']);
    expect(fast.packages[0]!.dependencies).toHaveLength(5);
  });

  it('a name with many versions: repeats found and dependencies resolved as with few (both paths)', () => {
    // From 16 packages of one name, repeats and `name version` strings are looked up by version, not walked.
    const reg = 'registry+https://github.com/rust-lang/crates.io-index';
    const git = 'git+https://example.org/m#0123456789abcdef0123456789abcdef01234567';
    const p = (name: string, version: string, source?: string, deps?: string[]) =>
      `\n[[package]]\nname = "${name}"\nversion = "${version}"\n${source ? `source = "${source}"\n` : ''}${deps ? `dependencies = [\n${deps.map((d) => ` "${d}",\n`).join('')}]\n` : ''}`;
    const versions = Array.from({ length: 40 }, (_, i) => `1.0.${i}`);
    const text = [
      'version = 4\n',
      p('app', '0.1.0', undefined, ['m 1.0.4', 'm 1.0.39', `m 1.0.20 (${git})`, `m 1.0.20 (${reg})`, 'm 1.0.3', 'm 9.9.9']),
      ...versions.map((v) => p('m', v, reg)),
      p('m', '1.0.20', git), // same version, another source: not a repeat
      p('m', '1.0.39', reg), // repeated, next to the last of its version
      p('m', '1.0.3', reg), // repeated, far from the first
      p('m', '1.0.3', git),
      p('m', '1.0.3', git), // repeated, both beyond the 16th package of the name
    ].join('');
    for (const generalParser of [false, true]) {
      const lock = parseLockfileOrThrow(text, { generalParser });
      // the `[[package]]` line of each package, in file order (0: app, 1–40: the registry versions, …)
      const headers = text.split('\n').flatMap((l, k) => (l === '[[package]]' ? [k + 1] : []));
      expect(lock.findings.filter((f) => f.code === 'lock-duplicate-package').map((f) => f.line)).toEqual([headers[42], headers[43], headers[45]]);
      expect(lock.byName.get('m')).toHaveLength(42);
      expect(lock.packages[0]!.dependencies).toEqual([`m 1.0.4 (${reg})`, `m 1.0.39 (${reg})`, `m 1.0.20 (${git})`, `m 1.0.20 (${reg})`]);
      // `m 1.0.3` names two packages (two sources), `m 9.9.9` none
      const unresolved = lock.findings.filter((f) => f.code === 'lock-unresolved-dependency').map((f) => f.message);
      expect(unresolved).toHaveLength(2);
      expect(unresolved[0]).toContain('m 1.0.3');
      expect(unresolved[1]).toContain('9.9.9');
    }
    expect(parseLockfileOrThrow(text)).toEqual(parseLockfileOrThrow(text, { generalParser: true }));
    // the only repeat is of a package added after the name's versions went into a set (the first repeat sends
    // the fast path to the general one, which would find any later one anyway)
    const late = ['version = 4\n', ...versions.map((v) => p('m', v, reg)), p('m', '1.0.3', git), p('m', '1.0.3', git)].join('');
    const fast = parseLockfileOrThrow(late);
    expect(fast.findings.map((f) => f.code)).toEqual(['lock-duplicate-package']);
    expect(fast).toEqual(parseLockfileOrThrow(late, { generalParser: true }));
  });

  it('a duplicate key inside a package is invalid TOML on both paths', () => {
    const text = 'version = 4\n\n[[package]]\nname = "a"\nname = "b"\nversion = "1.0.0"\n';
    const r = parseLockfile(text);
    expect(!r.ok && r.error).toMatchObject({ code: 'lock-malformed-toml', line: 5 });
  });
});

describe.skipIf(!hasBench)('real lockfiles (../shared/bench-data/cargo-locks)', () => {
  const cases: [string, number, number][] = [
    ['rust-lang-cargo-Cargo.lock', 4, 550],
    ['rust-lang-cargo-old-Cargo.lock', 4, 533],
    ['astral-sh-uv-Cargo.lock', 4, 753],
    ['astral-sh-uv-old-Cargo.lock', 4, 720],
    ['format-samples/deno-2019-v1-Cargo.lock', 1, 165],
    ['format-samples/deno-2020-v2-Cargo.lock', 2, 307],
    ['format-samples/deno-2022-v3-Cargo.lock', 3, 517],
  ];
  for (const [file, version, count] of cases) {
    it(`${file}: V${version}, ${count} packages, every dependency resolved, lines point at headers`, () => {
      const text = readFileSync(join(BENCH, file), 'utf8');
      const lock = parseLockfileOrThrow(text, { file });
      expect(lock.version).toBe(version);
      expect(lock.packages).toHaveLength(count);
      expect(lock.findings).toEqual([]);
      const lines = text.split('\n');
      const bad = lock.packages.filter(
        (p) => lines[p.line - 1] !== '[[package]]' || lines[p.line] !== `name = "${p.name}"` || p.dependencies.some((d) => !lock.byId.has(d)),
      );
      expect(bad.map((p) => p.id)).toEqual([]);
      // Dependency count equals the raw dependency lines: nothing dropped.
      const rawDeps = text.split('\n').filter((l) => /^ "[^"]+",$/.test(l)).length;
      expect(lock.packages.reduce((n, p) => n + p.dependencies.length, 0)).toBe(rawDeps);
      const registry = lock.packages.filter((p) => p.sourceKind === 'registry');
      expect(registry.every((p) => p.checksum !== undefined && /^[0-9a-f]{64}$/.test(p.checksum))).toBe(true);
      expect(parseLockfile(text, { file })).toEqual(parseLockfile(text, { file, generalParser: true }));
    });
  }

  it("rust-lang/cargo: `cargo-platform 0.3.3` is both a workspace member and a crates.io package", () => {
    const lock = parseLockfileOrThrow(readFileSync(join(BENCH, 'rust-lang-cargo-Cargo.lock'), 'utf8'));
    const both = lock.byName.get('cargo-platform')!;
    expect(both.map((p) => p.sourceKind)).toEqual(['path', 'registry']);
    const cargo = lock.packages.find((p) => p.name === 'cargo' && p.source === undefined)!;
    expect(cargo.dependencies).toContain('cargo-platform 0.3.3');
    const meta = lock.packages.find((p) => p.name === 'cargo_metadata')!;
    expect(meta.dependencies).toContain(`cargo-platform 0.3.3 (${CRATES_IO_REGISTRY})`);
  });
});
