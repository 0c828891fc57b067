import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLockfileOrThrow, CRATES_IO_REGISTRY, type LockPackage, type Lockfile } from '../../shared/cargo/lockfile.js';
import { diffLocks, diffCounts, isEmptyDiff, pairUpdates } from '../../shared/cargo/diff.js';
import { classifyUpdate, compatEpochOf, compareVersionText, parseCargoVersion } from '../../shared/cargo/semver-class.js';

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');

const read = (p: string): Lockfile => parseLockfileOrThrow(readFileSync(p, 'utf8'), { file: p });
const short = (p: LockPackage) => `${p.name} ${p.version}`;

function fake(name: string, version: string, source: string | undefined = CRATES_IO_REGISTRY): LockPackage {
  const id = `${name} ${version}${source ? ` (${source})` : ''}`;
  const p: LockPackage = { id, key: id, name, version, sourceKind: source ? 'registry' : 'path', dependencies: [], line: 0 };
  if (source) p.source = source;
  return p;
}

describe('semver classes', () => {
  const table: [string, string, string][] = [
    ['1.0.9', '1.0.11', 'patch'],
    ['1.9.6', '1.10.2', 'minor'],
    ['1.9.6', '2.0.0', 'breaking'],
    ['0.7.3', '0.8.5', 'breaking'],
    ['0.3.1', '0.3.9', 'patch'],
    ['0.0.3', '0.0.4', 'breaking'],
    ['0.4.20', '0.4.19', 'downgrade'],
    ['2.0.0', '1.9.0', 'downgrade'],
    ['1.0.0-alpha.1', '1.0.0-alpha.2', 'patch'],
    ['1.0.0-rc.1', '1.0.0', 'patch'],
    ['1.0.0', '1.0.0-rc.1', 'downgrade'],
    ['1.0.0-alpha.10', '1.0.0-alpha.9', 'downgrade'],
    ['1.0.0-alpha', '1.0.0-alpha.1', 'patch'],
    ['1.0.0-2', '1.0.0-alpha', 'patch'],
    ['1.2.3+build.1', '1.2.3+build.2', 'patch'],
    ['0.4.0', '0.4.0', 'source'],
    ['1.0', '1.0.1', 'unknown'],
  ];
  for (const [from, to, cls] of table) it(`${from} → ${to}: ${cls}`, () => expect(classifyUpdate(from, to)).toBe(cls));

  it('compatibility epochs', () => {
    expect(['2.3.4', '0.3.4', '0.0.4', 'x'].map(compatEpochOf)).toEqual(['2', '0.3', '0.0.4', '?x']);
  });

  it('ordering follows semver precedence, unparsable last', () => {
    const vs = ['1.0.0', 'junk', '1.0.0-rc.1', '0.9.10', '1.0.0-alpha', '0.9.9', '10.0.0', '1.0.0-alpha.1'];
    expect([...vs].sort(compareVersionText)).toEqual(['0.9.9', '0.9.10', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-rc.1', '1.0.0', '10.0.0', 'junk']);
    expect(parseCargoVersion('01.0.0')).toBeUndefined();
    expect(parseCargoVersion('99999999999999999999.0.0')).toBeUndefined();
  });
});

describe('pairing per name', () => {
  it('one each side: paired whatever the epoch', () => {
    const r = pairUpdates([fake('rand', '0.7.3')], [fake('rand', '0.8.5')]);
    expect(r.pairs.map((u) => [short(u.from), short(u.to), u.class])).toEqual([['rand 0.7.3', 'rand 0.8.5', 'breaking']]);
  });

  it('several versions: only same-epoch pairs; the rest are added/removed', () => {
    const r = pairUpdates([fake('foo', '1.0.0'), fake('foo', '2.0.0')], [fake('foo', '3.0.0'), fake('foo', '2.1.0')]);
    expect(r.pairs.map((u) => [short(u.from), short(u.to), u.class])).toEqual([['foo 2.0.0', 'foo 2.1.0', 'minor']]);
    expect(r.removed.map(short)).toEqual(['foo 1.0.0']);
    expect(r.added.map(short)).toEqual(['foo 3.0.0']);
  });

  it('a name with several versions in head does not pair across epochs even 1:1', () => {
    const r = pairUpdates([fake('foo', '1.0.0')], [fake('foo', '3.0.0')], true);
    expect(r.pairs).toEqual([]);
    expect(r.removed.map(short)).toEqual(['foo 1.0.0']);
    expect(r.added.map(short)).toEqual(['foo 3.0.0']);
  });

  it('within an epoch the same source is preferred', () => {
    const git = 'git+https://h/foo#abc';
    const r = pairUpdates([fake('foo', '1.0.0', git), fake('foo', '1.1.0')], [fake('foo', '1.2.0'), fake('foo', '1.0.1', git)]);
    expect(r.pairs.map((u) => [u.from.source === git, short(u.from), short(u.to)])).toEqual([
      [true, 'foo 1.0.0', 'foo 1.0.1'],
      [false, 'foo 1.1.0', 'foo 1.2.0'],
    ]);
  });
});

describe('diffLocks on the fixture pair', () => {
  const base = read(join(FIX, 'lock-diff-semver-classes/base/Cargo.lock'));
  const head = read(join(FIX, 'lock-diff-semver-classes/head/Cargo.lock'));
  const d = diffLocks(base, head);

  it('added, removed, updated with each class', () => {
    expect(d.added.map(short)).toEqual(['brand-new 0.1.0', 'syn 2.0.38']);
    expect(d.removed.map(short)).toEqual(['old-gone 0.1.0']);
    expect(d.updated.map((u) => `${u.name} ${u.from.version} → ${u.to.version} ${u.class}`)).toEqual([
      'bitflags 2.3.0 → 2.4.0 minor',
      'itoa 1.0.9 → 1.0.11 patch',
      'log 0.4.20 → 0.4.19 downgrade',
      'patched-git 0.4.0 → 0.4.0 source',
      'rand 0.7.3 → 0.8.5 breaking',
      'regex 1.9.6 → 1.10.2 minor',
    ]);
    expect(d.updated.find((u) => u.name === 'patched-git')!.to.git?.commit).toBe('2222222222222222222222222222222222222222');
    expect(d.unchanged).toBe(2);
  });

  it('newly duplicated names, changed checksums, workspace members apart', () => {
    expect(d.newlyDuplicated.map((x) => [x.name, x.base.map(short), x.head.map(short)])).toEqual([['syn', ['syn 1.0.109'], ['syn 1.0.109', 'syn 2.0.38']]]);
    expect(d.checksumChanged.map((c) => short(c.head))).toEqual(['syn 1.0.109']);
    expect(d.workspace.changed.map((u) => `${u.name} ${u.from.version} → ${u.to.version}`)).toEqual(['app 0.1.0 → 0.2.0']);
    expect(d.updated.some((u) => u.name === 'app')).toBe(false);
    expect(d.workspace.added).toEqual([]);
  });

  it('counts', () => {
    expect(diffCounts(d)).toEqual({ patch: 1, minor: 2, breaking: 1, downgrade: 1, source: 1, unknown: 0, added: 2, removed: 1, updated: 6, newlyDuplicated: 1 });
  });

  it('a lock against itself is empty; reversed swaps added and removed', () => {
    expect(isEmptyDiff(diffLocks(head, head))).toBe(true);
    expect(isEmptyDiff(d)).toBe(false);
    const r = diffLocks(head, base);
    expect(r.added.map(short)).toEqual(d.removed.map(short));
    expect(r.removed.map(short)).toEqual(d.added.map(short));
    expect(r.updated.find((u) => u.name === 'log')!.class).toBe('patch');
    expect(r.newlyDuplicated).toEqual([]);
  });

  it('a workspace member added or removed is not an added/removed crate', () => {
    const extra = parseLockfileOrThrow(readFileSync(join(FIX, 'lock-diff-semver-classes/head/Cargo.lock'), 'utf8') + '\n[[package]]\nname = "new-member"\nversion = "0.1.0"\n');
    const x = diffLocks(head, extra);
    expect(x.added).toEqual([]);
    expect(x.workspace.added.map(short)).toEqual(['new-member 0.1.0']);
  });
});

describe('locks in name order (as cargo writes them) are compared in one walk', () => {
  // Two spellings of one git source (V3 and V4 query encodings) give two packages of one key in one lock.
  const SOURCES = [undefined, CRATES_IO_REGISTRY, 'sparse+https://index.crates.io/', 'git+https://h/r?branch=a%2Fb#c1', 'git+https://h/r?branch=a/b#c1', 'git+https://h/r#c2'];
  const pkg = fc.record({
    name: fc.constantFrom('a', 'b-x', 'c'),
    version: fc.constantFrom('0.1.0', '1.0.0', '2.0.0'),
    source: fc.nat(SOURCES.length - 1),
    checksum: fc.constantFrom(undefined, 'aa', 'bb'),
  });
  const lock = fc.uniqueArray(pkg, { selector: (p) => `${p.name} ${p.version} ${p.source}`, maxLength: 14 });
  const text = (pkgs: { name: string; version: string; source: number; checksum?: string | undefined }[]) =>
    'version = 4\n' +
    [...pkgs]
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((p) => `\n[[package]]\nname = "${p.name}"\nversion = "${p.version}"\n${SOURCES[p.source] ? `source = "${SOURCES[p.source]}"\n` : ''}${p.checksum ? `checksum = "${p.checksum}"\n` : ''}`)
      .join('');
  const ordered = (l: Lockfile) => l.packages.every((p, i) => i === 0 || l.packages[i - 1]!.name <= p.name);

  it('the same diff as matching by key through maps, two spellings of one source included (fixed seed)', () => {
    fc.assert(
      fc.property(lock, lock, (a, b) => {
        const base = parseLockfileOrThrow(text(a));
        const head = parseLockfileOrThrow(text(b), { dependencies: false });
        expect(ordered(base) && ordered(head)).toBe(true);
        expect(diffLocks(base, head)).toEqual(diffLocks(base, head, { byKey: true }));
      }),
      { seed: 20261203, numRuns: 1000 },
    );
  });

  it('a lock out of name order is matched by key', () => {
    const base = parseLockfileOrThrow(text([{ name: 'a', version: '1.0.0', source: 1 }, { name: 'b', version: '1.0.0', source: 1 }]));
    const head = parseLockfileOrThrow(text([{ name: 'a', version: '1.0.1', source: 1 }, { name: 'b', version: '1.0.0', source: 1 }]));
    const reversed: Lockfile = { ...head, packages: [...head.packages].reverse() };
    expect(ordered(reversed)).toBe(false);
    const d = diffLocks(base, reversed);
    expect(d).toEqual(diffLocks(base, head));
    expect(d.updated.map((u) => `${u.name} ${u.from.version} -> ${u.to.version}`)).toEqual(['a 1.0.0 -> 1.0.1']);
    expect(d.unchanged).toBe(1);
  });
});

describe.skipIf(!existsSync(BENCH))('real lock pairs (six months apart)', () => {
  for (const name of ['astral-sh-uv', 'rust-lang-cargo']) {
    it(`${name}: every package is accounted for exactly once`, () => {
      const base = read(join(BENCH, `${name}-old-Cargo.lock`));
      const head = read(join(BENCH, `${name}-Cargo.lock`));
      const d = diffLocks(base, head);
      const fromBase = [
        ...d.removed.map((p) => p.id),
        ...d.updated.map((u) => u.from.id),
        ...d.workspace.removed.map((p) => p.id),
        ...d.workspace.changed.map((u) => u.from.id),
      ];
      const fromHead = [
        ...d.added.map((p) => p.id),
        ...d.updated.map((u) => u.to.id),
        ...d.workspace.added.map((p) => p.id),
        ...d.workspace.changed.map((u) => u.to.id),
      ];
      expect(new Set(fromBase).size).toBe(fromBase.length);
      expect(new Set(fromHead).size).toBe(fromHead.length);
      expect(fromBase.length + d.unchanged).toBe(base.packages.length);
      expect(fromHead.length + d.unchanged).toBe(head.packages.length);
      for (const u of d.updated) {
        expect(u.from.name).toBe(u.to.name);
        expect(u.from.source).toBeDefined();
        const several = base.byName.get(u.name)!.length > 1 || head.byName.get(u.name)!.length > 1;
        if (several) expect(compatEpochOf(u.from.version)).toBe(compatEpochOf(u.to.version));
      }
      const c = diffCounts(d);
      expect(c.updated).toBeGreaterThan(100);
      expect(c.patch + c.minor + c.breaking + c.downgrade + c.source + c.unknown).toBe(c.updated);
    });
  }

  it('rust-lang/cargo: workspace member version bumps are not updates', () => {
    const d = diffLocks(read(join(BENCH, 'rust-lang-cargo-old-Cargo.lock')), read(join(BENCH, 'rust-lang-cargo-Cargo.lock')));
    expect(d.workspace.changed.length).toBeGreaterThan(0);
    expect(d.updated.filter((u) => u.from.source === undefined || u.to.source === undefined)).toEqual([]);
  });
});

describe('a path package sharing its name with a registry crate', () => {
  const lock = (pkgs: [string, string, boolean][]) =>
    parseLockfileOrThrow(
      'version = 4\n' +
        pkgs
          .map(([name, version, registry]) => `\n[[package]]\nname = "${name}"\nversion = "${version}"\n${registry ? `source = "${CRATES_IO_REGISTRY}"\n` : ''}`)
          .join(''),
    );
  it('does not make the registry crate "several versions": its breaking bump is still one update', () => {
    // rust-lang/cargo's own lock has cargo-platform and home both as a workspace path package and from crates.io.
    const base = lock([['app', '0.1.0', false], ['home', '0.4.2', true], ['home', '0.6.0', false]]);
    const head = lock([['app', '0.1.0', false], ['home', '0.5.12', true], ['home', '0.6.0', false]]);
    const d = diffLocks(base, head);
    expect(d.updated.map((u) => `${short(u.from)} → ${short(u.to)} ${u.class}`)).toEqual(['home 0.4.2 → home 0.5.12 breaking']);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.workspace).toEqual({ added: [], removed: [], changed: [] });
  });
});
