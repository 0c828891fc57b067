import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseAtom, requireAtom, type Atom } from '../../shared/gentoo/atom.js';
import {
  parsePackageAcceptKeywords,
  parsePackageMask,
  parsePackageUnmask,
  parseRepoPackageMask,
  type AcceptKeywordsEntry,
} from '../../shared/gentoo/package-config.js';
import type { EbuildRecord } from '../../shared/gentoo/types.js';
import { compareVersionStrings, parseVersion, type Version } from '../../shared/gentoo/version.js';
import {
  bestMatch,
  groupByPackage,
  packageKeywordTokens,
  missingKeywords,
  pickEbuild,
  shadowStatus,
  type RepoPriority,
  type VisibilityConfig,
} from '../../shared/gentoo/visibility.js';

/** keywords null = unknown (not readable statically). */
function eb(repo: string, cpv: string, keywords: string[] | null = ['amd64'], slot?: string): EbuildRecord {
  const [category, pv] = cpv.split('/');
  const m = /^(.+?)-(\d.*)$/.exec(pv)!;
  const r: EbuildRecord = {
    repo,
    category,
    package: m[1],
    version: m[2],
    file: `${category}/${m[1]}/${pv}.ebuild`,
    source: 'ebuild',
    slot: slot ?? m[2].replace(/-r\d+$/, ''),
  };
  if (keywords !== null) r.keywords = keywords;
  return r;
}

const CATS = ['dev-lang', 'dev-util', 'app-misc'];
// RegicideOS as configured: the intent is regicide-rust > guru > gentoo, but guru=20 beats regicide-rust=10.
const inverted: RepoPriority[] = [
  { name: 'gentoo', priority: -1000, categories: CATS },
  { name: 'guru', priority: 20, categories: ['dev-util'] },
  { name: 'regicide-rust', priority: 10 },
];
const stable: VisibilityConfig = { acceptKeywords: ['amd64'] };
const testing: VisibilityConfig = { acceptKeywords: ['~amd64'], arch: 'amd64' };

describe('pickEbuild: an ebuild bash refuses is never picked', () => {
  it('walks past it to the next visible version, as emerge does ("masked by: corruption")', () => {
    const broken: EbuildRecord = { ...eb('regicide-rust', 'dev-lang/rust-1.80.0'), bashError: { line: 210, message: 'syntax error: unexpected end of file' } };
    const prios: RepoPriority[] = [{ name: 'regicide-rust', priority: 10 }];
    const r = pickEbuild('dev-lang/rust', [broken, eb('regicide-rust', 'dev-lang/rust-1.75.0-r1')], prios, stable);
    expect(r.winner?.ref).toBe('dev-lang/rust-1.75.0-r1::regicide-rust');
    const lost = r.candidates.find((c) => c.ref === 'dev-lang/rust-1.80.0::regicide-rust');
    expect(lost).toMatchObject({ status: 'lost', lostBecause: 'corrupt' });
    expect(lost?.reason).toContain('bash refuses the ebuild (line 210: syntax error: unexpected end of file)');
    expect(r.explanation).toContain('newer rust-1.80.0::regicide-rust (bash refuses it, line 210) not visible');
    // alone, it leaves nothing to pick
    expect(pickEbuild('dev-lang/rust', [broken], prios, stable).winner).toBeUndefined();
  });
});

describe('pickEbuild: priority only decides between identical versions', () => {
  const ebuilds = [
    eb('gentoo', 'dev-lang/rust-1.97.1'),
    eb('gentoo', 'dev-lang/rust-1.75.0-r1'),
    eb('regicide-rust', 'dev-lang/rust-1.75.0-r1'),
  ];
  it('a newer ::gentoo version beats an older overlay ebuild whatever the priorities', () => {
    const prios: RepoPriority[] = [
      { name: 'gentoo', priority: -1000, categories: CATS },
      { name: 'regicide-rust', priority: 100 },
    ];
    const r = pickEbuild('dev-lang/rust', ebuilds, prios, stable);
    expect(r.winner?.ref).toBe('dev-lang/rust-1.97.1::gentoo');
    expect(r.explanation).toMatch(/^rust-1\.97\.1::gentoo wins: newer version; priority only decides between identical versions/);
    expect(r.explanation).toContain('rust-1.75.0-r1::regicide-rust has priority 100 > -1000');
    expect(r.candidates.map((c) => [c.short, c.status, c.lostBecause])).toEqual([
      ['rust-1.97.1::gentoo', 'winner', undefined],
      ['rust-1.75.0-r1::regicide-rust', 'lost', 'older-version'],
      ['rust-1.75.0-r1::gentoo', 'lost', 'older-version'],
    ]);
    expect(r.candidates[1].reason).toMatch(/despite higher priority \(100 > -1000\)/);
  });
  it('identical versions: the higher priority wins', () => {
    const only = ebuilds.slice(1);
    const prios: RepoPriority[] = [
      { name: 'gentoo', priority: -1000, categories: CATS },
      { name: 'regicide-rust', priority: 100 },
    ];
    const r = pickEbuild('dev-lang/rust', only, prios, stable);
    expect(r.winner?.short).toBe('rust-1.75.0-r1::regicide-rust');
    expect(r.explanation).toBe('rust-1.75.0-r1::regicide-rust wins: same version as rust-1.75.0-r1::gentoo; higher priority (100 > -1000)');
    expect(r.candidates[1].lostBecause).toBe('lower-priority');
  });
  it('identical versions and equal priorities: the later name wins', () => {
    const e = [eb('alpha', 'dev-util/tool-1'), eb('zeta', 'dev-util/tool-1'), eb('mid', 'dev-util/tool-1')];
    const prios = ['alpha', 'zeta', 'mid'].map((name) => ({ name, priority: 0, categories: CATS }));
    const r = pickEbuild('dev-util/tool', e, prios, stable);
    expect(r.winner?.record.repo).toBe('zeta');
    expect(r.explanation).toMatch(/equal priority 0; 'zeta' sorts after 'mid'/);
  });
  it('the RegicideOS inverted case: GURU wins the tie the overlay meant to win', () => {
    const e = [eb('guru', 'dev-util/cargo-tool-2.0'), eb('regicide-rust', 'dev-util/cargo-tool-2.0')];
    const r = pickEbuild('dev-util/cargo-tool', e, inverted, stable);
    expect(r.winner?.record.repo).toBe('guru');
    const s = shadowStatus('dev-util/cargo-tool', 'regicide-rust', e, inverted, stable);
    expect(s.shadowed).toBe(true);
    expect(s.explanation).toMatch(/^cargo-tool-2\.0::regicide-rust is shadowed: cargo-tool-2\.0::guru wins: same version .* higher priority \(20 > 10\)/);
    // Corrected priorities flip it.
    const fixed = inverted.map((p) => ({ ...p, priority: p.name === 'regicide-rust' ? 100 : p.name === 'guru' ? 50 : -1000 }));
    expect(shadowStatus('dev-util/cargo-tool', 'regicide-rust', e, fixed, stable).shadowed).toBe(false);
  });
});

describe('pickEbuild: categories, atoms, repos', () => {
  it('ebuilds in a category no repo lists are ignored', () => {
    const e = [eb('regicide-rust', 'sys-kernel/regicide-kernel-1.0')];
    const r = pickEbuild('sys-kernel/regicide-kernel', e, inverted, stable);
    expect(r.winner).toBeUndefined();
    expect(r.candidates[0].lostBecause).toBe('category-not-listed');
    expect(r.explanation).toMatch(/profiles\/categories/);
    const s = shadowStatus('sys-kernel/regicide-kernel', 'regicide-rust', e, inverted, stable);
    expect([s.shadowed, s.ignored]).toEqual([false, true]);
    expect(s.explanation).toMatch(/Portage ignores it/);
    // Listed by any repo (the union) is enough.
    const listed = [...inverted.slice(0, 2), { name: 'regicide-rust', priority: 10, categories: ['sys-kernel'] }];
    expect(pickEbuild('sys-kernel/regicide-kernel', e, listed, stable).winner?.record.repo).toBe('regicide-rust');
  });
  it('an atom with ::repo really gets the overlay ebuild', () => {
    const e = [eb('gentoo', 'dev-lang/rust-1.97.1'), eb('regicide-rust', 'dev-lang/rust-1.75.0-r1')];
    const r = pickEbuild('dev-lang/rust', e, inverted, stable, requireAtom('dev-lang/rust::regicide-rust'));
    expect(r.winner?.short).toBe('rust-1.75.0-r1::regicide-rust');
    expect(r.candidates.find((c) => c.record.repo === 'gentoo')?.lostBecause).toBe('atom-mismatch');
  });
  it('unconfigured repos and invalid versions are excluded with a reason', () => {
    const e = [eb('nowhere', 'dev-lang/rust-2.0'), { ...eb('gentoo', 'dev-lang/rust-1.0'), version: '1.x' }];
    const r = pickEbuild('dev-lang/rust', e, inverted, stable);
    expect(r.winner).toBeUndefined();
    expect(r.candidates.map((c) => c.lostBecause).sort()).toEqual(['invalid-version', 'repo-not-configured']);
  });
  it('no ebuild at all', () => {
    expect(pickEbuild('dev-lang/none', [], inverted, stable).explanation).toBe('no ebuild of dev-lang/none in any repository');
  });
});

describe('pickEbuild: masks', () => {
  const e = [eb('gentoo', 'dev-lang/rust-1.97.1'), eb('regicide-rust', 'dev-lang/rust-1.75.0-r1')];
  it('package.accept_keywords on a version pins nothing', () => {
    const cfg: VisibilityConfig = {
      ...stable,
      packageAcceptKeywords: parsePackageAcceptKeywords('=dev-lang/rust-1.75.0-r1 ~amd64').entries,
    };
    expect(pickEbuild('dev-lang/rust', e, inverted, cfg).winner?.record.repo).toBe('gentoo');
  });
  it('masking the competitor by repo gets the overlay ebuild', () => {
    const mask = parsePackageMask('dev-lang/rust::gentoo', 'etc/portage/package.mask');
    const r = pickEbuild('dev-lang/rust', e, inverted, { ...stable, packageMask: mask.entries });
    expect(r.winner?.short).toBe('rust-1.75.0-r1::regicide-rust');
    expect(r.candidates[0]).toMatchObject({ lostBecause: 'masked', reason: expect.stringMatching(/masked by dev-lang\/rust::gentoo \(etc\/portage\/package\.mask line 1\)/) });
    expect(r.explanation).toMatch(/newer rust-1\.97\.1::gentoo \(masked by etc\/portage\/package\.mask line 1\) not visible/);
  });
  it('masking by version range works too; unmask undoes it', () => {
    const mask = parsePackageMask('>dev-lang/rust-1.75.0-r1').entries;
    expect(pickEbuild('dev-lang/rust', e, inverted, { ...stable, packageMask: mask }).winner?.record.repo).toBe('regicide-rust');
    const unmask = parsePackageUnmask('=dev-lang/rust-1.97.1').entries;
    const r = pickEbuild('dev-lang/rust', e, inverted, { ...stable, packageMask: mask, packageUnmask: unmask });
    expect(r.winner?.record.repo).toBe('gentoo');
    expect(r.winner?.masked?.unmaskedBy?.line).toBe(1);
  });
  it("a repo's own profiles/package.mask only masks that repo's ebuilds", () => {
    const repoMask = parsePackageMask('dev-lang/rust', 'regicide-rust/profiles/package.mask').entries;
    const same = [eb('gentoo', 'dev-lang/rust-1.75.0-r1'), eb('regicide-rust', 'dev-lang/rust-1.75.0-r1')];
    const r = pickEbuild('dev-lang/rust', same, inverted, { ...stable, repoPackageMask: { 'regicide-rust': repoMask } });
    expect(r.winner?.record.repo).toBe('gentoo');
    const r2 = pickEbuild('dev-lang/rust', same, inverted, { ...stable, repoPackageMask: { guru: repoMask } });
    expect(r2.winner?.record.repo).toBe('regicide-rust');
  });
  it('everything masked: no winner, a finding', () => {
    const r = pickEbuild('dev-lang/rust', e, inverted, { ...stable, packageMask: parsePackageMask('dev-lang/rust').entries });
    expect(r.winner).toBeUndefined();
    expect(r.explanation).toMatch(/^no visible ebuild of dev-lang\/rust: rust-1\.97\.1::gentoo \(masked/);
    expect(r.findings[0].code).toBe('no-visible-ebuild');
  });
});

describe('pickEbuild: keywords', () => {
  const e = [
    eb('gentoo', 'dev-lang/rust-9999', []),
    eb('gentoo', 'dev-lang/rust-1.98.0', ['~amd64', '~arm64']),
    eb('gentoo', 'dev-lang/rust-1.97.1', ['amd64', '~arm64']),
  ];
  const pick = (cfg: VisibilityConfig) => pickEbuild('dev-lang/rust', e, inverted, cfg).winner?.record.version;
  it('stable only', () => expect(pick(stable)).toBe('1.97.1'));
  it('~amd64 over the profile arch', () => expect(pick(testing)).toBe('1.98.0'));
  it('empty KEYWORDS only with **', () => {
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('dev-lang/rust ~*').entries })).toBe('1.98.0');
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('dev-lang/rust **').entries })).toBe('9999');
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('=dev-lang/rust-9999 **').entries })).toBe('9999');
  });
  it('a bare package.accept_keywords atom means ~ARCH', () => {
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('dev-lang/rust').entries })).toBe('1.98.0');
  });
  it('::repo atoms in package.accept_keywords only apply to that repo', () => {
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('dev-lang/rust::guru ~amd64').entries })).toBe('1.97.1');
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords('*/*::gentoo ~amd64').entries })).toBe('1.98.0');
  });
  it('-* resets, then only what follows counts', () => {
    expect(pick({ acceptKeywords: ['amd64', '-*', '~arm64'] })).toBe('1.98.0');
    expect(pick({ acceptKeywords: ['~amd64', '-~amd64'], arch: 'amd64' })).toBe('1.97.1');
    expect(pick({ acceptKeywords: ['amd64', '-amd64'] })).toBeUndefined();
  });
  it("ACCEPT_KEYWORDS in a reason is Portage's effective value: the profile arch and make.conf's stacked, once each", () => {
    const r = pickEbuild('dev-lang/rust', e, inverted, { acceptKeywords: ['amd64'], arch: 'amd64' });
    expect(r.candidates[0].reason).toMatch(/not accepted by ACCEPT_KEYWORDS="amd64"\./);
    const t = pickEbuild('dev-lang/rust', e, inverted, { acceptKeywords: ['~amd64', 'amd64'], arch: 'amd64' });
    expect(t.candidates[0].reason).toMatch(/not accepted by ACCEPT_KEYWORDS="amd64 ~amd64"\./);
  });
  it('package.accept_keywords: the most specific atom is applied last, whatever the file order (Portage ordered_by_atom_specificity)', () => {
    // file order would leave ~amd64 accepted for 1.98.0; by specificity the =atom's -~amd64 comes last
    const text = '=dev-lang/rust-1.98.0 -~amd64\ndev-lang/rust ~amd64\n';
    expect(pick({ ...stable, packageAcceptKeywords: parsePackageAcceptKeywords(text).entries })).toBe('1.97.1');
    // and a general -~amd64 cannot undo a specific ~amd64
    const other = 'dev-lang/rust -~amd64\n=dev-lang/rust-1.98.0 ~amd64\n';
    expect(pick({ ...testing, packageAcceptKeywords: parsePackageAcceptKeywords(other).entries })).toBe('1.98.0');
  });
  it('keyword losses are explained', () => {
    const r = pickEbuild('dev-lang/rust', e, inverted, stable);
    expect(r.candidates[0]).toMatchObject({ lostBecause: 'keywords', missingKeywords: ['**'] });
    expect(r.candidates[0].reason).toMatch(/empty KEYWORDS \(needs \*\*\) not accepted by ACCEPT_KEYWORDS="amd64"/);
    expect(r.candidates[1].reason).toMatch(/KEYWORDS="~amd64 ~arm64" not accepted/);
  });
  it('unknown KEYWORDS: said so, not guessed', () => {
    const u = [eb('guru', 'dev-util/x-2', null), eb('guru', 'dev-util/x-1')];
    const r = pickEbuild('dev-util/x', u, inverted, stable);
    expect(r.winner?.record.version).toBe('1');
    expect(r.uncertain).toBe(true);
    expect(r.candidates[0].lostBecause).toBe('keywords-unknown');
    expect(r.explanation).toMatch(/uncertain: some KEYWORDS could not be read statically/);
  });
  it.each([
    [['amd64'], ['amd64'], true],
    [['~amd64'], ['amd64'], false],
    [['~amd64'], ['amd64', '~amd64'], true],
    [['-*'], ['amd64', '~amd64', '*', '~*'], false],
    [['-amd64'], ['amd64', '*'], false],
    [['-*', 'amd64'], ['amd64'], true],
    [['arm64'], ['*'], true],
    [['~arm64'], ['*'], false],
    [['~arm64'], ['~*'], true],
    [['~*'], ['~amd64'], true],
    [['*'], [], true],
    [[], ['*', '~*'], false],
    [[], ['**'], true],
  ])('KEYWORDS=%j accepted by %j: %s', (kws, accepted, ok) => {
    expect(missingKeywords(kws, new Set(accepted)).length === 0).toBe(ok);
  });
});

describe('pickEbuild properties', () => {
  const versions = ['1.0', '1.0-r1', '1.1', '1.1_rc1', '2.0', '2.0_p1', '0.9'];
  const repoNames = ['gentoo', 'guru', 'regicide-rust'];
  const arb = fc.record({
    items: fc.array(fc.tuple(fc.constantFrom(...repoNames), fc.constantFrom(...versions), fc.boolean()), { minLength: 1, maxLength: 10 }),
    prios: fc.tuple(fc.integer({ min: -1000, max: 100 }), fc.integer({ min: -1000, max: 100 }), fc.integer({ min: -1000, max: 100 })),
  });
  it('the winner is the newest visible version; among equal versions the highest (priority, name)', () => {
    fc.assert(
      fc.property(arb, ({ items, prios }) => {
        const e = items.map(([repo, v, kw]) => eb(repo, `dev-lang/rust-${v}`, kw ? ['amd64'] : ['~amd64']));
        const repos = repoNames.map((name, i) => ({ name, priority: prios[i], categories: CATS }));
        const r = pickEbuild('dev-lang/rust', e, repos, stable);
        const visible = e.filter((x) => x.keywords![0] === 'amd64');
        if (!visible.length) {
          expect(r.winner).toBeUndefined();
          return;
        }
        const prio = (n: string) => prios[repoNames.indexOf(n)];
        const best = visible.reduce((a, b) => {
          const c = compareVersionStrings(a.version, b.version) || prio(a.repo) - prio(b.repo) || a.repo.localeCompare(b.repo);
          return c >= 0 ? a : b;
        });
        expect(r.winner?.record.repo).toBe(best.repo);
        expect(compareVersionStrings(r.winner!.record.version, best.version)).toBe(0);
        // Every candidate has a reason to have lost.
        for (const c of r.candidates) if (c.status === 'lost') expect(c.lostBecause).toBeDefined();
      }),
    );
  });
});

describe('groupByPackage', () => {
  it('groups by category/package', () => {
    const g = groupByPackage([eb('a', 'dev-lang/rust-1'), eb('b', 'dev-lang/rust-2'), eb('a', 'dev-util/x-1')]);
    expect([...g.keys()]).toEqual(['dev-lang/rust', 'dev-util/x']);
    expect(g.get('dev-lang/rust')).toHaveLength(2);
  });
});

describe('pickEbuild at scale', () => {
  it("200,000 packages, each in its own of 200,000 categories: whether a repository lists the category is a lookup", () => {
    // (each pick searched every repository's list: 64,000 packages and categories took 24 s in setup-overlay)
    const n = 200_000;
    const cats = Array.from({ length: n }, (_, i) => `cat${i}-x`);
    const repos: RepoPriority[] = [
      { name: 'gentoo', priority: -1000, categories: ['app-misc'] },
      { name: 'ovl', priority: 0, categories: cats },
    ];
    let picked = 0;
    for (let i = 0; i < n; i++) if (pickEbuild(`cat${i}-x/foo`, [eb('ovl', `cat${i}-x/foo-1.0`)], repos, { acceptKeywords: ['amd64'], arch: 'amd64' }).winner) picked++;
    expect(picked).toBe(n);
    // a category no repository lists is still ignored
    expect(pickEbuild('nowhere/foo', [eb('ovl', 'nowhere/foo-1.0')], repos, { acceptKeywords: ['amd64'], arch: 'amd64' }).winner).toBeUndefined();
  });
});

/** packageKeywordTokens as first written: take bestMatch of the remaining atoms again and again (O(n²) bestMatch steps). */
function keywordTokensByRepeatedBestMatch(entries: readonly AcceptKeywordsEntry[], v: Version, defaults: readonly string[]): string[] {
  if (!entries.length) return [];
  const groups = new Map<string, { atom: Atom; keywords: string[]; extended: boolean }>();
  for (const e of entries) {
    let g = groups.get(e.atom.text);
    if (!g) groups.set(e.atom.text, (g = { atom: e.atom, keywords: [], extended: e.atom.category.includes('*') || e.atom.package.includes('*') }));
    g.keywords.push(...e.keywords);
  }
  let keys = [...groups.values()].sort((a, b) => Number(a.extended) - Number(b.extended)).map((g) => g.atom);
  const ordered: Atom[] = [];
  while (keys.length) {
    const best = bestMatch(keys, v);
    if (!best) break;
    ordered.push(best);
    keys = keys.filter((k) => k !== best);
  }
  return ordered.reverse().flatMap((a) => {
    const kws = groups.get(a.text)!.keywords;
    return kws.length ? kws : defaults;
  });
}

describe('packageKeywordTokens: ordering by specificity', () => {
  const VERSIONS = ['0.9', '1', '1.0', '1.0-r0', '1.0-r1', '1.00', '1.0a', '1.0_rc1', '1.0_p1', '1.1', '1.10', '2', '3.0'];
  const atom = fc
    .record({
      op: fc.constantFrom('', '=', '~', '>', '>=', '<', '<=', '>', '>=', '<', '<=', '=*'),
      name: fc.constantFrom('dev-lang/foo', 'dev-lang/foo', 'dev-lang/foo', 'dev-lang/*', '*/foo', '*/*'),
      version: fc.constantFrom(...VERSIONS),
      slot: fc.constantFrom('', '', '', ':0', ':1/2', ':*'),
      repo: fc.constantFrom('', '', '::gentoo'),
    })
    .map(({ op, name, version, slot, repo }) => {
      const text = op === '' ? `${name}${slot}${repo}` : op === '=*' ? `=${name}-${version.replace(/-r\d+$/, '')}*${slot}${repo}` : `${op}${name}-${version}${slot}${repo}`;
      const r = parseAtom(text, { allowRepo: true, allowBlocker: false, allowWildcard: true });
      return r.ok ? r.atom : undefined;
    })
    .filter((a): a is Atom => a !== undefined);
  it('property: the same tokens as taking the best match of the remaining atoms again and again', () => {
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 30 }), fc.constantFrom(...VERSIONS), (atoms, version) => {
        // one distinct token per line shows the order; a repeated atom text adds up its lines' tokens
        const entries: AcceptKeywordsEntry[] = atoms.map((a, i) => ({ atom: a, keywords: i % 7 === 3 ? [] : [`k${i}`], file: 'f', line: i + 1 }));
        const v = parseVersion(version)!;
        expect(packageKeywordTokens(entries, v, ['~amd64'])).toEqual(keywordTokensByRepeatedBestMatch(entries, v, ['~amd64']));
      }),
      { numRuns: 3000 },
    );
  });
  it('25,000 version ranges of one package: ordered without comparing every one with every other', () => {
    // (bestMatch of the remaining ranges taken again and again: 4,000 lines took 2 s, 400 in setup-overlay's explain 79 s)
    const n = 25_000;
    const text = Array.from({ length: n }, (_, k) => `${k % 2 ? '>=' : '<'}dev-lang/foo-${k % 2 ? '0' : '2'}.${k} ~amd64`).join('\n');
    const entries = parsePackageAcceptKeywords(text).entries.map((e, i) => ({ ...e, keywords: [`k${i}`] }));
    const tokens = packageKeywordTokens(entries, parseVersion('1.5')!, ['~amd64']);
    expect(tokens).toHaveLength(n);
    // line 1 (`<dev-lang/foo-2.0`) is the earliest range: it puts the winner above 1.5, where 2.0 is the closest; applied last
    expect(tokens.at(-1)).toBe('k0');
  });
});

describe('pickEbuild at scale: masks', () => {
  it('40,000 versions of a package and 40,000 package.mask lines of it: each version finds its mask without a scan', () => {
    // (every version tried every mask line: 8,000 of each took 3.6 s)
    const n = 40_000;
    const masks = parseRepoPackageMask(Array.from({ length: n }, (_, i) => `=app-misc/foo-1.${i * 2 + 1}`).join('\n')).entries;
    const ebuilds = Array.from({ length: n }, (_, i) => eb('ovl', `app-misc/foo-1.${i}`, ['~amd64'], '0'));
    const unmask = parsePackageUnmask('=app-misc/foo-1.39999').entries;
    const r = pickEbuild('app-misc/foo', ebuilds, [{ name: 'ovl', priority: 0, categories: ['app-misc'] }], {
      acceptKeywords: ['~amd64'],
      arch: 'amd64',
      repoPackageMask: { ovl: masks },
      packageUnmask: unmask,
    });
    // 1.39999 is masked (odd) but unmasked; 1.39998 is the next
    expect(r.winner?.short).toBe('foo-1.39999::ovl');
    expect(r.candidates.filter((c) => c.masked && !c.masked.unmaskedBy)).toHaveLength(n / 2 - 1);
    expect(r.candidates.find((c) => c.short === 'foo-1.39997::ovl')?.masked?.by.line).toBe(19_999);
  });
});
