import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedRustSlot, listPackageDirs, scanRepository, type Listings, type ParsedEbuilds } from '../../shared/gentoo/overlay.js';
import { withEbuilds } from '../../shared/gentoo/read-scope.js';
import { NOT_EVALUATED } from '../../shared/gentoo/ebuild/parse.js';

const fx = (name: string): string => fileURLToPath(new URL(`../../fixtures/gentoo/${name}`, import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('expectedRustSlot', () => {
  it.each([
    ['1.75.0', '1.75.0'],
    ['1.75.0-r1', '1.75.0'],
    ['1.80.0_beta20240601', '1.80.0'],
    ['9999', '9999'],
  ])('%s → %s', (v, s) => expect(expectedRustSlot(v)).toBe(s));
});

describe('scanRepository', () => {
  it('a clean overlay: records, no findings', async () => {
    const r = await scanRepository(fx('overlay-clean'));
    expect(r.findings).toEqual([]);
    expect(r.name).toBe('clean');
    expect(r.categories).toEqual(['app-misc', 'dev-lang']);
    expect(r.ebuilds).toEqual([
      expect.objectContaining({
        repo: 'clean', category: 'app-misc', package: 'hello', version: '1.0', file: 'app-misc/hello/hello-1.0.ebuild',
        slot: '0', keywords: ['~amd64'], eapi: '8', license: 'MIT', distfiles: ['hello-1.0.tar.gz'], source: 'ebuild',
      }),
      expect.objectContaining({ package: 'rust', version: '1.75.0-r1', slot: '1.75.0', distfiles: ['rustc-1.75.0-src.tar.xz'] }),
    ]);
    expect(r.ebuilds[0].md5).toMatch(/^[0-9a-f]{32}$/);
    expect(r.packages.map((p) => [p.dir, p.hasMetadataXml, p.manifest?.dist.size])).toEqual([
      ['app-misc/hello', true, 1],
      ['dev-lang/rust', true, 1],
    ]);
    expect(r.stats).toMatchObject({ packages: 2, ebuilds: 2, distEntries: 2, ebuildsParsed: 2 });
  });

  it('RegicideOS-style mistakes: every one is a finding at its file and line', async () => {
    const r = await scanRepository(fx('overlay-regicide-mistakes'), { base: REPO_ROOT });
    const got = r.findings.map((f) => `${f.severity} ${f.code} ${f.file}${f.line ? `:${f.line}` : ''}`).sort();
    const P = 'fixtures/gentoo/overlay-regicide-mistakes';
    expect(got).toEqual(
      [
        `warning layout-unknown-key ${P}/metadata/layout.conf:2`,
        `warning layout-unknown-key ${P}/metadata/layout.conf:3`,
        `warning layout-unknown-key ${P}/metadata/layout.conf:4`,
        `error layout-missing-masters ${P}/metadata/layout.conf:1`,
        `warning layout-deprecated-hash ${P}/metadata/layout.conf:6`,
        `error layout-required-hashes-not-subset ${P}/metadata/layout.conf:7`,
        `warning profiles-file-ignored ${P}/profiles/package.keywords`,
        `warning metadata-xml-missing ${P}/app-misc/nometa/nometa-1.0.ebuild`,
        `error ebuild-name-invalid ${P}/app-misc/tool/other-1.0.ebuild`,
        `error manifest-bad-digest ${P}/app-misc/tool/Manifest:2`,
        `error manifest-missing-dist ${P}/app-misc/tool/tool-2.0.ebuild:6`,
        `error manifest-missing ${P}/app-misc/unfetched/unfetched-3.1.ebuild`,
        `error ebuild-name-invalid ${P}/dev-lang/rust/rust-1.76.0-beta.ebuild`,
        `error rust-slot-not-per-version ${P}/dev-lang/rust/rust-1.75.0-r1.ebuild:6`,
        `error manifest-missing-hash ${P}/dev-lang/rust/Manifest:1`,
        `warning manifest-not-thin ${P}/dev-lang/rust/Manifest:2`,
        `warning category-unlisted ${P}/profiles/categories`,
      ].sort(),
    );
    expect(r.findings.find((f) => f.code === 'manifest-missing-dist')?.message).toContain('anyhow-1.0.86.crate');
    expect(r.findings.find((f) => f.code === 'rust-slot-not-per-version')?.message).toContain('"1.75.0"');
    // both lines lack BLAKE2B: one finding for the Manifest, at its first line, saying how many
    expect(r.findings.find((f) => f.code === 'manifest-missing-hash')?.message).toBe('2 entries lack required hash BLAKE2B (the first: rustc-1.75.0-src.tar.xz)');
    // ignored by Portage: invalid names are not records; the unlisted category is kept apart
    expect(r.ebuilds.map((e) => `${e.package}-${e.version}`)).toEqual(['nometa-1.0', 'tool-2.0', 'unfetched-3.1', 'rust-1.75.0-r1']);
    expect(r.ignored.map((e) => e.file)).toEqual(['sys-kernel/custom/custom-6.1.ebuild']);
  });

  it('takes the category union and the metadata.xml severity as options', async () => {
    const r = await scanRepository(fx('overlay-regicide-mistakes'), { categories: ['app-misc', 'dev-lang', 'sys-kernel'], metadataXml: 'error' });
    expect(r.findings.map((f) => f.code)).not.toContain('category-unlisted');
    expect(r.ignored).toEqual([]);
    expect(r.findings.find((f) => f.code === 'metadata-xml-missing')?.severity).toBe('error');
    const off = await scanRepository(fx('overlay-regicide-mistakes'), { metadataXml: 'off' });
    expect(off.findings.map((f) => f.code)).not.toContain('metadata-xml-missing');
  });

  it('uses md5-cache when present, and the ebuild otherwise', async () => {
    const r = await scanRepository(fx('overlay-md5-cache'));
    expect(r.findings).toEqual([]);
    expect(r.ebuilds).toEqual([
      expect.objectContaining({ source: 'md5-cache', slot: '0/1.2', keywords: ['~amd64', '~arm64'], distfiles: ['cached-1.2.tar.gz'] }),
    ]);
    expect(r.stats.md5CacheHits).toBe(1);
    const noCache = await scanRepository(fx('overlay-md5-cache'), { useMd5Cache: false });
    expect(noCache.ebuilds[0]).toMatchObject({ source: 'ebuild', slot: '0/1.2', distfiles: undefined });
    expect(noCache.findings.map((f) => f.code)).toEqual(['src-uri-not-static']);
    // the cache md5 is the md5 of the ebuild file
    expect(noCache.ebuilds[0].md5).toBe(r.ebuilds[0].md5);
  });

  it('reads only the packages asked for (and never paths outside the tree), keeping texts on request', async () => {
    const r = await scanRepository(fx('overlay-regicide-mistakes'), { packages: ['dev-lang/rust', 'app-misc/absent', '../escape', 'a/../../b'], keepText: true });
    expect(r.packages.map((p) => p.dir)).toEqual(['dev-lang/rust']);
    expect(r.ebuilds.map((e) => e.file)).toEqual(['dev-lang/rust/rust-1.75.0-r1.ebuild']);
    expect(r.texts?.get('dev-lang/rust/rust-1.75.0-r1.ebuild')).toContain('SLOT="stable"');
    // findings only for what was read (plus the repository-level files)
    expect(r.findings.some((f) => f.file?.startsWith('app-misc/'))).toBe(false);
    expect(r.findings.some((f) => f.code === 'rust-slot-not-per-version')).toBe(true);
  });

  it('checkManifests: false reads no Manifest and checks no distfile (an upstream compared only for drift)', async () => {
    const root = fileURLToPath(new URL('../../fixtures/sync-guru/overlay', import.meta.url));
    const full = await scanRepository(root);
    expect(full.findings.map((f) => f.code)).toContain('manifest-missing');
    expect(full.packages.find((p) => p.dir === 'dev-lang/rust')?.manifest?.dist.size).toBe(1);
    const lean = await scanRepository(root, { checkManifests: false });
    expect(lean.findings.filter((f) => f.code.startsWith('manifest-') || f.code === 'src-uri-not-static')).toEqual([]);
    expect(lean.packages.every((p) => p.manifest === undefined)).toBe(true);
    expect(lean.ebuilds.every((e) => e.distfiles === undefined && e.md5 !== undefined && e.slot !== undefined)).toBe(true);
    expect(lean.ebuilds.map((e) => e.version)).toEqual(full.ebuilds.map((e) => e.version));
  });

  it('listPackageDirs lists category/package directories without reading files', async () => {
    const root = fileURLToPath(new URL('../../fixtures/sync-guru/overlay', import.meta.url));
    const dirs = await listPackageDirs(root);
    expect(dirs).toEqual((await scanRepository(root)).packages.map((p) => p.dir));
    expect(await listPackageDirs(path.join(root, 'nope'))).toEqual([]);
  });

  describe('on a copy', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'overlay-test-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('reports a stale md5-cache entry with verifyCache and falls back to the ebuild', async () => {
      const root = path.join(tmp, 'stale');
      cpSync(fx('overlay-md5-cache'), root, { recursive: true });
      writeFileSync(path.join(root, 'app-misc/cached/cached-1.2.ebuild'), 'EAPI=8\nSLOT="1"\nSRC_URI="https://x/cached-1.2.tar.gz"\n');
      const r = await scanRepository(root, { verifyCache: true });
      expect(r.findings.map((f) => f.code)).toEqual(['md5-cache-stale']);
      expect(r.ebuilds[0]).toMatchObject({ source: 'ebuild', slot: '1' });
    });

    it('an ebuild bash refuses: one ebuild-syntax finding at bash\'s line, and the record says so', async () => {
      const root = path.join(tmp, 'broken');
      cpSync(fx('overlay-clean'), root, { recursive: true });
      // RegicideOS rust-1.80.0.ebuild's mistake: the quote inside the pattern substitution swallows the `}`
      const text = 'EAPI=8\nSLOT="1.80.0"\nKEYWORDS="~amd64"\nsrc_prepare() {\n\techo \'target.\'${A[@]// /.target.\'}\' > x\n}\n';
      writeFileSync(path.join(root, 'dev-lang/rust/rust-1.80.0.ebuild'), text);
      const r = await scanRepository(root, { checkManifests: false });
      expect(r.findings.filter((f) => f.code === 'ebuild-syntax')).toEqual([
        expect.objectContaining({ severity: 'error', file: 'dev-lang/rust/rust-1.80.0.ebuild', line: 7 }),
      ]);
      const rec = r.ebuilds.find((e) => e.version === '1.80.0');
      expect(rec?.bashError).toEqual({ line: 7, message: 'syntax error: unexpected end of file' });
      expect(r.ebuilds.find((e) => e.version === '1.75.0-r1')?.bashError).toBeUndefined();
    });

    it('survives an unreadable or empty tree', async () => {
      const r = await scanRepository(path.join(tmp, 'does-not-exist'));
      expect(r.findings.map((f) => f.code)).toEqual(['repo-unreadable']);
      const empty = path.join(tmp, 'empty');
      cpSync(fx('overlay-clean/profiles'), path.join(empty, 'profiles'), { recursive: true });
      const e = await scanRepository(empty);
      expect(e.findings.map((f) => f.code)).toEqual(['layout-missing']);
      expect(e.ebuilds).toEqual([]);
    });
  });
});

describe('root profiles/ files, as Portage reads them', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'root-profiles-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const repo = (name: string, files: Record<string, string>) => {
    const root = path.join(tmp, name);
    for (const [f, t] of Object.entries({ 'profiles/repo_name': `${name}\n`, 'profiles/categories': 'app-misc\n', 'metadata/layout.conf': 'masters = gentoo\n', ...files })) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), t);
    }
    return root;
  };
  it('package.use is read (UseManager: repository-level USE); package.keywords / package.accept_keywords are not', async () => {
    const r = await scanRepository(repo('plain', { 'profiles/package.use': 'app-misc/x foo\n', 'profiles/package.keywords': 'app-misc/x ~amd64\n', 'profiles/package.accept_keywords': 'app-misc/x ~amd64\n' }));
    const ignored = r.findings.filter((f) => f.code === 'profiles-file-ignored');
    expect(ignored.map((f) => f.file)).toEqual(['profiles/package.accept_keywords', 'profiles/package.keywords']);
    // no profile of its own: the hint says so and names the file that works
    expect(ignored[1].hint).toMatch(/defines no profile \(no profiles\/profiles\.desc\), so move its lines to \/etc\/portage\/package\.accept_keywords/);
    expect(ignored[1].hint).not.toMatch(/package\.use/);
  });
  it("with profiles of its own, the hint names the profile's package.accept_keywords", async () => {
    const r = await scanRepository(repo('withprofiles', {
      'profiles/package.keywords': 'app-misc/x ~amd64\n',
      'profiles/profiles.desc': '# arch profile status\namd64 regicide/amd64/dev dev\namd64 regicide/amd64 stable\n',
    }));
    const f = r.findings.find((x) => x.code === 'profiles-file-ignored');
    expect(f?.hint).toMatch(/^Move its lines to profiles\/regicide\/amd64\/package\.accept_keywords \(the profile regicide\/amd64 that profiles\/profiles\.desc lists, or another of its 2 profiles\)/);
  });
  it('an empty "masters =" outside ::gentoo is a warning; ::gentoo itself has one', async () => {
    const r = await scanRepository(repo('standalone', { 'metadata/layout.conf': 'masters =\n' }));
    expect(r.findings.filter((f) => f.code === 'layout-masters-empty').map((f) => [f.file, f.line])).toEqual([['metadata/layout.conf', 1]]);
    const g = await scanRepository(repo('gentoo', { 'metadata/layout.conf': 'masters =\n' }));
    expect(g.findings.filter((f) => f.code === 'layout-masters-empty')).toEqual([]);
  });
  it('a missing metadata.xml: pkgcheck requires it only in the gentoo repository', async () => {
    const root = repo('nometa', { 'app-misc/x/x-1.ebuild': 'EAPI=8\nSLOT=0\nKEYWORDS="~amd64"\n' });
    const f = (await scanRepository(root)).findings.find((x) => x.code === 'metadata-xml-missing');
    expect(f?.hint).toMatch(/pkgcheck requires it in the gentoo repository itself/);
    expect(f?.hint).not.toMatch(/pkgcheck reports this as an error\)/);
  });
});

describe('scans of one run share directory listings and parsed ebuilds', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rda-shared-scan-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const repo = (name: string, files: Record<string, string>): string => {
    const root = path.join(tmp, name);
    for (const [f, t] of Object.entries({ 'profiles/repo_name': `${name}\n`, 'profiles/categories': 'app-misc\n', 'metadata/layout.conf': 'masters = gentoo\n', ...files })) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), t);
    }
    return root;
  };
  const EBUILD = 'EAPI=8\ninherit kw\nSLOT="0"\n';
  const gentoo = repo('gentoo', { 'metadata/layout.conf': 'masters =\n', 'eclass/kw.eclass': 'KEYWORDS="~amd64"\n' });
  const a = repo('a', { 'app-misc/x/x-1.ebuild': EBUILD });
  const b = repo('b', { 'app-misc/x/x-1.ebuild': EBUILD });
  // its own kw.eclass comes before ::gentoo's
  const c = repo('c', { 'app-misc/x/x-1.ebuild': EBUILD, 'eclass/kw.eclass': 'KEYWORDS="amd64"\n' });
  const repoLocations = { gentoo, a, b, c };
  const FILE = 'app-misc/x/x-1.ebuild';
  const strip = (s: Awaited<ReturnType<typeof scanRepository>>) => ({ ebuilds: s.ebuilds.map((e) => ({ ...e, repo: '' })), findings: s.findings });

  it('the same file with the same eclasses is parsed once, with the same records and findings as alone', async () => {
    const parsed: ParsedEbuilds = new Map();
    const sa = await scanRepository(a, { repoLocations, parsed });
    const sb = await scanRepository(b, { repoLocations, parsed });
    expect(parsed.get(FILE)).toHaveLength(1);
    expect(sb.ebuilds[0].keywords).toEqual(['~amd64']);
    expect(strip(sb)).toEqual(strip(await scanRepository(b, { repoLocations })));
    expect(strip(sa)).toEqual(strip(sb));
  });
  it('parsed again where an eclass it inherits is another file, or the text differs', async () => {
    const parsed: ParsedEbuilds = new Map();
    await scanRepository(a, { repoLocations, parsed });
    const sc = await scanRepository(c, { repoLocations, parsed });
    expect(sc.ebuilds[0].keywords).toEqual(['amd64']);
    expect(parsed.get(FILE)).toHaveLength(2);
    const d = repo('d', { [FILE]: EBUILD.replace('SLOT="0"', 'SLOT="1"') });
    const sd = await scanRepository(d, { repoLocations: { ...repoLocations, d }, parsed });
    expect(sd.ebuilds[0].slot).toBe('1');
    expect(parsed.get(FILE)).toHaveLength(3);
    // without eclasses (no repoLocations) is another reading too
    const se = await scanRepository(a, { parsed });
    expect(se.ebuilds[0].keywords).toBeUndefined();
    expect(parsed.get(FILE)).toHaveLength(4);
  });
  it("an ebuild's md5 is its file's, whatever its bytes: invalid UTF-8, a U+FFFD of its own, a BOM, CRLF", async () => {
    const bodies: Record<string, Buffer> = {
      'x-1': Buffer.from('EAPI=8\nSLOT="0"\n'),
      'x-2': Buffer.concat([Buffer.from('EAPI=8\nSLOT="0"\nDESCRIPTION="'), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff]), Buffer.from('"\n')]),
      'x-3': Buffer.from('EAPI=8\nSLOT="0"\nDESCRIPTION="\ufffd ✓ 🦀"\n'),
      'x-4': Buffer.from('\ufeffEAPI=8\r\nSLOT="0"\r\n'),
    };
    const root = repo('md5', {});
    for (const [pf, b] of Object.entries(bodies)) {
      mkdirSync(path.join(root, 'app-misc/x'), { recursive: true });
      writeFileSync(path.join(root, `app-misc/x/${pf}.ebuild`), b);
    }
    const s = await scanRepository(root, {});
    expect(s.ebuilds.map((e) => [e.version, e.md5])).toEqual(Object.entries(bodies).map(([pf, b]) => [pf.slice(2), createHash('md5').update(b).digest('hex')]));
  });
  it('a parse that skipped SRC_URI (no Manifest check) serves another such scan only: the overlay after it evaluates SRC_URI', async () => {
    const FETCH = 'EAPI=8\ninherit kw\nSLOT="0"\nSRC_URI="https://e.org/${P}.tar.gz"\n';
    const up = repo('up', { [FILE]: FETCH });
    const ov = repo('ov', { [FILE]: FETCH, 'app-misc/x/Manifest': `DIST x-1.tar.gz 1 BLAKE2B ${'a'.repeat(128)} SHA512 ${'b'.repeat(128)}\n` });
    const locations = { ...repoLocations, up, ov };
    const parsed: ParsedEbuilds = new Map();
    const su = await scanRepository(up, { repoLocations: locations, parsed, checkManifests: false, keepInfo: true });
    expect(su.infos!.get(FILE)!.vars.SRC_URI).toMatchObject({ kind: 'unknown', reason: NOT_EVALUATED });
    expect(su.ebuilds[0].keywords).toEqual(['~amd64']);
    const so = await scanRepository(ov, { repoLocations: locations, parsed });
    expect(so.ebuilds[0].distfiles).toEqual(['x-1.tar.gz']);
    expect(strip(so)).toEqual(strip(await scanRepository(ov, { repoLocations: locations })));
    expect(parsed.get(FILE)).toHaveLength(2);
    // the other way round, the full parse serves the scan that skips
    const again: ParsedEbuilds = new Map();
    await scanRepository(ov, { repoLocations: locations, parsed: again });
    const su2 = await scanRepository(up, { repoLocations: locations, parsed: again, checkManifests: false });
    expect(again.get(FILE)).toHaveLength(1);
    expect(strip(su2)).toEqual(strip(su));
  });
  it('a text several files hold (versions bumped by copying, an overlay copy at another version) is prepared once, and read per file', async () => {
    const COPY = 'EAPI=8\ninherit kw\nSLOT="0"\nSRC_URI="https://e.org/${P}.tar.gz"\n';
    const BROKEN = 'EAPI=8\nSLOT="0"\nif true; then\n';
    const manifest = ['x-1', 'x-2', 'x-3'].map((p) => `DIST ${p}.tar.gz 1 BLAKE2B ${'a'.repeat(128)} SHA512 ${'b'.repeat(128)}`).join('\n');
    const up = repo('copies-up', { 'app-misc/x/x-1.ebuild': COPY, 'app-misc/x/x-2.ebuild': COPY, 'app-misc/x/x-3.ebuild': COPY, 'app-misc/y/y-1.ebuild': BROKEN, 'app-misc/y/y-2.ebuild': BROKEN });
    const ov = repo('copies-ov', { 'app-misc/x/x-3.ebuild': COPY, 'app-misc/x/Manifest': `${manifest}\n` });
    const locations = { ...repoLocations, up, ov };
    const prepared = new Map();
    const so = await scanRepository(ov, { repoLocations: locations, prepared });
    const su = await scanRepository(up, { repoLocations: locations, prepared });
    // two texts among six ebuilds in two scans
    expect(prepared.size).toBe(2);
    // each version reads its own name: ${P}, and the syntax finding's file
    expect(so.ebuilds[0].distfiles).toEqual(['x-3.tar.gz']);
    expect(su.ebuilds.filter((e) => e.package === 'x').map((e) => e.keywords)).toEqual([['~amd64'], ['~amd64'], ['~amd64']]);
    expect(su.findings.filter((f) => f.code === 'ebuild-syntax').map((f) => f.file)).toEqual(['app-misc/y/y-1.ebuild', 'app-misc/y/y-2.ebuild']);
    expect(su.ebuilds.filter((e) => e.package === 'y').every((e) => e.bashError?.line === 4)).toBe(true);
    // the same records and findings as scans that share nothing
    expect(strip(so)).toEqual(strip(await scanRepository(ov, { repoLocations: locations })));
    expect(strip(su)).toEqual(strip(await scanRepository(up, { repoLocations: locations })));
    const withSrc = await scanRepository(up, { repoLocations: locations, prepared: new Map() });
    expect(withSrc.ebuilds.filter((e) => e.package === 'x').map((e) => e.distfiles)).toEqual([['x-1.tar.gz'], ['x-2.tar.gz'], ['x-3.tar.gz']]);
  });
  it('directories listed before the scan (listPackageDirs, withEbuilds) are not listed again', async () => {
    const l = repo('l', { [FILE]: EBUILD });
    const listings: Listings = new Map();
    expect(withEbuilds(l, await listPackageDirs(l, 64, listings), listings)).toEqual(['app-misc/x']);
    expect([...listings.keys()].sort()).toEqual([path.join(l, 'app-misc'), path.join(l, 'app-misc/x')]);
    // the scan takes the listing it is given: a file added since is not seen
    writeFileSync(path.join(l, 'app-misc/x/x-2.ebuild'), EBUILD);
    expect((await scanRepository(l, { listings })).ebuilds.map((e) => e.version)).toEqual(['1']);
    expect((await scanRepository(l)).ebuilds.map((e) => e.version)).toEqual(['1', '2']);
  });
});
