import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { atomMatches } from '../../shared/gentoo/atom.js';
import { parseVersion } from '../../shared/gentoo/version.js';
import {
  firstMatchingEntry,
  matchingEntries,
  parseAcceptKeywords,
  parseKeywordToken,
  parsePackageAcceptKeywords,
  parsePackageMask,
  parsePackageUnmask,
  parseRepoPackageMask,
  stackRepoMasks,
} from '../../shared/gentoo/package-config.js';

describe('parsePackageAcceptKeywords', () => {
  const text = [
    '# pin nothing: this only accepts a keyword',
    '',
    '=dev-lang/rust-1.75.0-r1 ~amd64',
    'dev-lang/rust-bin   ** # inline comment',
    '*/*::guru ~*',
    'dev-util/cargo-c',
    'app-misc/foo -* ~arm64 -~amd64 *',
    '  \t  ',
    'rust ~amd64',
    'dev-lang/go ~amd46',
    'dev-lang/zig ~am$d64',
  ].join('\n');
  const r = parsePackageAcceptKeywords(text, 'etc/portage/package.accept_keywords');

  it('keeps entries with their line numbers and keyword tokens', () => {
    expect(r.entries.map((e) => [e.line, e.atom.text, e.keywords])).toEqual([
      [3, '=dev-lang/rust-1.75.0-r1', ['~amd64']],
      [4, 'dev-lang/rust-bin', ['**']],
      [5, '*/*::guru', ['~*']],
      [6, 'dev-util/cargo-c', []],
      [7, 'app-misc/foo', ['-*', '~arm64', '-~amd64', '*']],
      [10, 'dev-lang/go', ['~amd46']],
      // line 11 has only a bad token: ignored rather than read as a bare atom (which would mean ~ARCH)
    ]);
    expect(r.entries[2].atom.repo).toBe('guru');
    expect(r.entries.every((e) => e.file === 'etc/portage/package.accept_keywords')).toBe(true);
  });
  it('reports bad atoms, unknown arches and bad tokens with file and line', () => {
    expect(r.findings.map((f) => [f.severity, f.code, f.line])).toEqual([
      ['error', 'package-config-bad-atom', 9],
      ['warning', 'accept-keywords-unknown-keyword', 10],
      ['error', 'accept-keywords-bad-token', 11],
    ]);
    expect(r.findings[0].message).toMatch(/missing category/);
    expect(r.findings[1].message).toMatch(/'~amd46'.*'amd46'/);
    expect(r.findings.every((f) => f.file === 'etc/portage/package.accept_keywords')).toBe(true);
  });
  it('accepts CRLF line endings', () => {
    const c = parsePackageAcceptKeywords('dev-lang/rust ~amd64\r\ndev-lang/go\r\n');
    expect(c.entries.map((e) => [e.line, e.keywords])).toEqual([
      [1, ['~amd64']],
      [2, []],
    ]);
    expect(c.findings).toEqual([]);
  });
  it('custom arch list', () => {
    const c = parsePackageAcceptKeywords('a/b ~myarch', 'f', { knownArches: ['myarch'] });
    expect(c.findings).toEqual([]);
  });
});

describe('parsePackageMask / parsePackageUnmask', () => {
  it('one atom per line; -atom and extra words are errors', () => {
    const r = parsePackageMask(
      ['# mask the competitor', 'dev-lang/rust::gentoo', '>dev-lang/rust-1.75.0-r1', '-dev-lang/rust', 'dev-lang/rust ~amd64', '!dev-lang/rust', '*/*::guru'].join('\n'),
      'package.mask',
    );
    expect(r.entries.map((e) => [e.line, e.atom.text])).toEqual([
      [2, 'dev-lang/rust::gentoo'],
      [3, '>dev-lang/rust-1.75.0-r1'],
      [7, '*/*::guru'],
    ]);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['package-config-negation', 4],
      ['package-config-extra-token', 5],
      ['package-config-bad-atom', 6],
    ]);
    expect(r.findings[0].hint).toMatch(/package\.unmask/);
    expect(r.findings[1].hint).toMatch(/package\.accept_keywords/);
    expect(r.findings[2].message).toMatch(/blockers/);
  });
  it('unmask uses its own file name', () => {
    const r = parsePackageUnmask('=dev-lang/rust-9999\nbad');
    expect(r.entries).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ file: 'package.unmask', line: 2, severity: 'error' });
  });
});

describe('keyword tokens', () => {
  it.each([
    ['**', { kind: 'all-including-unkeyworded' }],
    ['*', { kind: 'any-stable' }],
    ['~*', { kind: 'any-testing' }],
    ['-*', { kind: 'reset' }],
    ['amd64', { kind: 'stable', arch: 'amd64' }],
    ['~amd64', { kind: 'testing', arch: 'amd64' }],
    ['-amd64', { kind: 'remove', keyword: 'amd64' }],
    ['-~amd64', { kind: 'remove', keyword: '~amd64' }],
    ['~x64-macos', { kind: 'testing', arch: 'x64-macos' }],
    ['~~amd64', null],
    ['a$b', null],
    ['~', null],
    ['***', null],
  ])('%s', (t, expected) => {
    expect(parseKeywordToken(t)).toEqual(expected);
  });
  it('parseAcceptKeywords splits on whitespace and reports typos', () => {
    const r = parseAcceptKeywords('amd64  ~amd64\n~amd46 ~');
    expect(r.keywords).toEqual(['amd64', '~amd64', '~amd46']);
    expect(r.findings.map((f) => f.code)).toEqual(['accept-keywords-unknown-keyword', 'accept-keywords-bad-token']);
  });
});

describe('repository profiles/package.mask', () => {
  it('allows -atom removals and stacks masters like Portage', () => {
    const gentoo = parseRepoPackageMask('# last rites\n=dev-lang/rust-1.98.0\ndev-util/old-tool\n', 'gentoo/profiles/package.mask');
    const overlay = parseRepoPackageMask('-dev-util/old-tool\n=dev-lang/rust-9999\n-=dev-lang/rust-9999\n>=dev-util/cargo-tool-3\nbad atom\n', 'overlay/profiles/package.mask');
    expect(gentoo.findings).toEqual([]);
    expect(overlay.removals.map((r) => r.atom.text)).toEqual(['dev-util/old-tool', '=dev-lang/rust-9999']);
    expect(overlay.findings.map((f) => [f.code, f.line])).toEqual([['package-config-extra-token', 5]]);
    const stacked = stackRepoMasks(overlay, [gentoo]);
    expect(stacked.map((e) => `${e.file}:${e.line} ${e.atom.text}`)).toEqual([
      'gentoo/profiles/package.mask:2 =dev-lang/rust-1.98.0',
      'overlay/profiles/package.mask:4 >=dev-util/cargo-tool-3',
    ]);
    // No masters: only its own list.
    expect(stackRepoMasks(gentoo, []).map((e) => e.atom.text)).toEqual(['=dev-lang/rust-1.98.0', 'dev-util/old-tool']);
  });
});

describe('stackRepoMasks at scale', () => {
  it("100,000 own atoms and 100,000 removals: each removal after its atom removes it, before it does not", () => {
    // (each entry searched every removal: 40,000 of each took 63 s)
    const n = 100_000;
    const text = [
      ...Array.from({ length: n }, (_, i) => `=app-misc/x${i}-1.0`),
      ...Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `-=app-misc/x${i}-1.0` : `-=app-misc/y${i}-1.0`)),
      '=app-misc/late-1.0',
    ].join('\n');
    const own = parseRepoPackageMask(`-=app-misc/late-1.0\n${text}`);
    const kept = stackRepoMasks(own, []);
    expect(kept).toHaveLength(n / 2 + 1);
    expect(kept[0]!.atom.text).toBe('=app-misc/x1-1.0');
    expect(kept[kept.length - 1]!.atom.text).toBe('=app-misc/late-1.0');
  });
});

describe('firstMatchingEntry / matchingEntries: the index answers as a scan of every entry does', () => {
  // Versions that compare equal in different spellings (1.0, 1.0-r0), leading zeros, letters, suffixes, revisions.
  const VERSIONS = ['0.9', '1', '1.0', '1.0-r0', '1.0-r1', '1.00', '1.01', '1.0a', '1.0_rc1', '1.0_p1', '1.0.0', '1.1', '1.10', '2', '2.0-r3'];
  const OPS = ['', '=', '~', '>', '>=', '<', '<=', '=*'];
  const NAMES = ['app-misc/foo', 'app-misc/bar', 'dev-lang/foo', 'app-misc/*', '*/foo', '*/*', 'app-*/f*'];
  const atomText = fc
    .record({
      op: fc.constantFrom(...OPS),
      name: fc.constantFrom(...NAMES),
      version: fc.constantFrom(...VERSIONS),
      slot: fc.constantFrom('', '', ':0', ':1', ':1/2', ':*', ':='),
      repo: fc.constantFrom('', '', '::gentoo', '::ovl'),
    })
    .map(({ op, name, version, slot, repo }) => {
      if (op === '') return `${name}${slot}${repo}`;
      if (op === '=*') return `=${name}-${version.replace(/-r\d+$/, '')}*${slot}${repo}`;
      return `${op}${name}-${version}${slot}${repo}`;
    });
  const ref = fc.record({
    name: fc.constantFrom('app-misc/foo', 'app-misc/bar', 'dev-lang/foo', 'app-misc/baz'),
    version: fc.constantFrom(...VERSIONS),
    slot: fc.constantFrom(undefined, '0', '1', '1/2', '1/3'),
    repo: fc.constantFrom('gentoo', 'ovl'),
  });
  it('property: the first match is find(), all matches are filter(), for every ebuild asked of one list', () => {
    fc.assert(
      fc.property(fc.array(atomText, { maxLength: 40 }), fc.array(ref, { minLength: 1, maxLength: 12 }), (atoms, refs) => {
        const { entries } = parsePackageMask(atoms.join('\n'));
        for (const r of refs) {
          const [category, pkg] = r.name.split('/');
          const p = { category: category!, package: pkg!, version: parseVersion(r.version)!, repo: r.repo, ...(r.slot !== undefined ? { slot: r.slot } : {}) };
          expect(firstMatchingEntry(entries, p)).toBe(entries.find((e) => atomMatches(e.atom, p)));
          expect(matchingEntries(entries, p)).toEqual(entries.filter((e) => atomMatches(e.atom, p)));
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('no list, an empty list', () => {
    const p = { category: 'app-misc', package: 'foo', version: parseVersion('1.0')! };
    expect(firstMatchingEntry(undefined, p)).toBeUndefined();
    expect(matchingEntries([], p)).toEqual([]);
  });
});
