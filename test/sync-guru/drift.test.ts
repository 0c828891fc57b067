import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDrift, firstDifferingLine, isLiveVersion, normaliseEbuild, type DriftReport } from '../../shared/gentoo/drift.js';
import { scanRepository, type RepositoryScan } from '../../shared/gentoo/overlay.js';
import { parseUpdates, readUpdates, type UpdateEntry } from '../../shared/gentoo/updates.js';
import { parseVersion } from '../../shared/gentoo/version.js';
import type { EbuildRecord } from '../../shared/gentoo/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FX = path.join(ROOT, 'fixtures/sync-guru');
const CATS = ['app-misc', 'dev-lang', 'dev-util'];
const scan = (name: string): Promise<RepositoryScan> => scanRepository(path.join(FX, name), { categories: CATS, base: ROOT });
const VIS = { acceptKeywords: ['~amd64'], arch: 'amd64' };

describe('helpers', () => {
  it('normaliseEbuild ignores the header, trailing whitespace, CRLF and blank runs, not content', () => {
    const a = '# Copyright 1999-2026 Gentoo Authors\n# Distributed under the terms of the GNU General Public License v2\n\nEAPI=8\n\n\nSLOT="0"  \n';
    const b = '# Copyright 2025 Someone Else\r\n\r\nEAPI=8\r\n\r\nSLOT="0"\r\n\r\n';
    expect(normaliseEbuild(a)).toBe(normaliseEbuild(b));
    expect(normaliseEbuild(a)).not.toBe(normaliseEbuild(a.replace('SLOT="0"', 'SLOT="1"')));
    expect(normaliseEbuild('# a real comment\nX=1')).toContain('# a real comment');
  });
  it('firstDifferingLine counts the lines on one side only: the multiset difference, whatever the two share at either end', () => {
    // the reference: count every kept line of each side, one side positive, the other negative
    const kept = (t: string): string[] => t.split('\n').map((l) => l.replace(/[ \t]+$/, '')).filter((l) => l.trim() !== '' && !/^#\s*Copyright\b/i.test(l));
    const reference = (a: string, b: string): number => {
      const count = new Map<string, number>();
      for (const l of kept(a)) count.set(l, (count.get(l) ?? 0) + 1);
      for (const l of kept(b)) count.set(l, (count.get(l) ?? 0) - 1);
      return [...count.values()].reduce((s, c) => s + Math.abs(c), 0);
    };
    let seed = 20261203;
    const rnd = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // few distinct lines, so repeats, shared ends and moved lines are common
    const pool = ['EAPI=8', 'SLOT="0"', 'KEYWORDS="~amd64"', 'src_install() {', '}', '', '  ', 'X=1 ', '# Copyright 2026 x'];
    let differing = 0;
    for (let k = 0; k < 3000; k++) {
      const a = Array.from({ length: rnd(9) }, () => pool[rnd(pool.length)]);
      const b = rnd(2) ? [...a] : Array.from({ length: rnd(9) }, () => pool[rnd(pool.length)]);
      for (let e = rnd(3); e > 0; e--) b.splice(rnd(b.length + 1), rnd(2), pool[rnd(pool.length)]);
      const [ta, tb] = [a.join('\n'), b.join('\n')];
      expect(firstDifferingLine(ta, tb).changed, JSON.stringify([ta, tb])).toBe(reference(ta, tb));
      if (reference(ta, tb) > 0) differing++;
    }
    expect(differing).toBeGreaterThan(1000);
  });
  it('isLiveVersion', () => {
    expect(isLiveVersion(parseVersion('9999')!)).toBe(true);
    expect(isLiveVersion(parseVersion('1.2.9999')!)).toBe(true);
    expect(isLiveVersion(parseVersion('1.999')!)).toBe(false);
  });
});

describe('computeDrift on the sync-guru fixtures', () => {
  let report: DriftReport;
  let rows: string[];
  beforeAll(async () => {
    const [overlay, guru, gentoo, previous] = await Promise.all(['overlay', 'guru', 'gentoo', 'guru-last-sync'].map(scan));
    const updates = await readUpdates(guru.root, 'fixtures/sync-guru/guru/');
    report = await computeDrift({
      overlay,
      overlayPriority: 0,
      upstreams: [
        { scan: guru, priority: 0, updates: updates.entries, previous },
        { scan: gentoo, priority: -1000 },
      ],
      visibility: VIS,
      fileBase: ROOT,
    });
    rows = report.rows.map((r) => `${r.class} ${r.package} ${r.upstream} ${r.ours ?? '-'} ${r.theirs ?? '-'}`);
  });

  it('finds every drift class, each row against the upstream that carries the package', () => {
    expect(rows.sort()).toEqual(
      [
        'content-differs app-misc/differs guru 1.0 1.0',
        'identical app-misc/identical guru 2.1.0 2.1.0',
        'removed app-misc/old-tool guru 1.0 -',
        'moved app-misc/renamed guru 0.5 app-misc/new-name',
        'revision-bump app-misc/revised guru 3.0 3.0-r1',
        'shadowed app-misc/revised guru 3.0 3.0-r1',
        'lagging dev-lang/rust gentoo 1.75.0-r1 1.98.0',
        'shadowed dev-lang/rust gentoo 1.75.0-r1 1.98.0',
        // 2.0 is slot 2: a new slot, not a newer version of our slot-0 1.1
        'identical dev-util/slotted guru 1.1 1.1',
        'new-slot dev-util/slotted guru - :2',
        'shadowed dev-util/slotted guru 1.1 2.0',
      ].sort(),
    );
    expect(report.counts).toEqual({ lagging: 1, 'revision-bump': 1, 'content-differs': 1, identical: 2, removed: 1, moved: 1, 'new-slot': 1, shadowed: 3 });
    expect(report.driftCount).toBe(11);
    expect(report.shadowedCount).toBe(3);
    expect(report.packages.find((p) => p.package === 'app-misc/only-ours')).toEqual({ package: 'app-misc/only-ours', carriedBy: [], status: 'overlay-only', rows: 0 });
  });

  it('says what to do, with the wording maintainers act on', () => {
    const get = (cls: string, pkg: string) => report.rows.find((r) => r.class === cls && r.package === pkg)!;
    expect(get('identical', 'app-misc/identical').action).toBe("Identical to guru's 2.1.0: drop ours.");
    expect(get('lagging', 'dev-lang/rust').action).toBe('Rebase our patches onto 1.98.0.');
    expect(get('lagging', 'dev-lang/rust').behind).toEqual({ versions: ['1.97.1', '1.98.0'] });
    expect(get('shadowed', 'dev-lang/rust').action).toContain('Mask `dev-lang/rust::gentoo`');
    expect(get('shadowed', 'dev-lang/rust').action).toContain('if 1.75.0-r1 is meant to win');
    expect(get('shadowed', 'dev-lang/rust').detail).toContain('priority only decides between identical versions');
    expect(get('removed', 'app-misc/old-tool').evidence).toBe('previous checkout');
    // our old version merely cleaned up upstream: said in the lagging row, not a removal row of its own
    expect(get('lagging', 'dev-lang/rust').detail).toBe('gentoo has 2 newer versions (1.97.1, 1.98.0); it no longer carries our 1.75.0.');
    expect(get('content-differs', 'app-misc/differs').detail).toContain("ours is the one installed (equal priority 0, decided by name)");
    expect(get('moved', 'app-misc/renamed').detail).toContain('profiles/updates/1Q-2026:1');
  });

  it('points rows at our ebuild; content differences at the first differing line', () => {
    const d = report.rows.find((r) => r.class === 'content-differs')!;
    expect(d.file).toBe('fixtures/sync-guru/overlay/app-misc/differs/differs-1.0.ebuild');
    expect(d.line).toBe(13);
    expect(d.detail).toContain('2 lines differ');
  });
});

describe('computeDrift with injected history', () => {
  it('uses git history for removals and dates for days behind', async () => {
    const [overlay, guru, gentoo] = await Promise.all(['overlay', 'guru', 'gentoo'].map(scan));
    const calls: string[] = [];
    const r = await computeDrift({
      overlay,
      overlayPriority: 0,
      upstreams: [{ scan: guru, priority: 0 }, { scan: gentoo, priority: -1000 }],
      visibility: VIS,
      now: Date.parse('2026-03-11T00:00:00Z'),
      fileDate: async (_root, rel) => {
        calls.push(rel);
        return rel.endsWith('rust-1.97.1.ebuild') ? '2026-03-01T12:00:00Z' : undefined;
      },
      removedIn: async (_root, rel) => (rel === 'app-misc/old-tool' ? { commit: '0123456789abcdef0123', date: '2026-02-02T00:00:00Z' } : undefined),
    });
    const lag = r.rows.find((x) => x.class === 'lagging' && x.package === 'dev-lang/rust')!;
    expect(lag.behind).toEqual({ versions: ['1.97.1', '1.98.0'], days: 9 });
    expect(lag.detail).toContain('1.97.1 arrived 9 days ago');
    const gone = r.rows.find((x) => x.class === 'removed' && x.package === 'app-misc/old-tool')!;
    expect(gone).toMatchObject({ evidence: 'git history' });
    expect(gone.detail).toContain('0123456789ab (2026-02-02)');
    // without the previous checkout or history, a package no upstream carries is simply ours
    const noHistory = await computeDrift({ overlay, overlayPriority: 0, upstreams: [{ scan: guru, priority: 0 }, { scan: gentoo, priority: -1000 }], visibility: VIS });
    expect(noHistory.packages.find((p) => p.package === 'app-misc/old-tool')?.status).toBe('overlay-only');
    expect(calls).toContain('dev-lang/rust/rust-1.97.1.ebuild');
  });

  it('a higher overlay priority stops same-version shadowing but not newer versions', async () => {
    const [overlay, guru, gentoo] = await Promise.all(['overlay', 'guru', 'gentoo'].map(scan));
    const r = await computeDrift({ overlay, overlayPriority: 100, upstreams: [{ scan: guru, priority: 50 }, { scan: gentoo, priority: -1000 }], visibility: VIS });
    expect(r.rows.filter((x) => x.class === 'shadowed').map((x) => x.package).sort()).toEqual(['app-misc/revised', 'dev-lang/rust', 'dev-util/slotted']);
    // equal versions across repos: the identical copy is not shadowed at either priority
    expect(r.rows.some((x) => x.class === 'shadowed' && x.package === 'app-misc/identical')).toBe(false);
    const low = await computeDrift({ overlay, overlayPriority: -2000, upstreams: [{ scan: guru, priority: 50 }, { scan: gentoo, priority: -1000 }], visibility: VIS });
    const sh = low.rows.find((x) => x.class === 'shadowed' && x.package === 'app-misc/identical')!;
    expect(sh.action).toContain("Raise regicide-rust's priority above guru's (50)");
  });
});

/** In-memory repositories: `cat/pkg` -> [version, slot, text][] (texts are compared for same versions). */
type Spec = Record<string, [string, string | undefined, (string | null)?, string?][]>;
function memRepo(name: string, spec: Spec): RepositoryScan {
  const packages = Object.entries(spec).map(([cp, list]) => {
    const [category, pkg] = cp.split('/');
    const ebuilds = list.map(([version, slot, , md5]) => ({
      repo: name, category, package: pkg, version, file: `${cp}/${pkg}-${version}.ebuild`, slot, keywords: ['~amd64'], eapi: '8', source: 'ebuild' as const,
      ...(md5 ? { md5 } : {}),
    }));
    return { category, package: pkg, dir: cp, ebuilds, hasMetadataXml: true, hasManifest: false };
  });
  const texts = new Map<string, string>();
  // null: no text at all (an md5-cache upstream whose ebuild cannot be read)
  for (const [cp, list] of Object.entries(spec)) for (const [version, , text] of list) if (text !== null) texts.set(`${cp}/${cp.split('/')[1]}-${version}.ebuild`, text ?? `EAPI=8\n# ${version}\n`);
  return {
    root: `/mem/${name}`, name, categories: [...new Set(Object.keys(spec).map((cp) => cp.split('/')[0]))], packages,
    ebuilds: packages.flatMap((p) => p.ebuilds), ignored: [], texts, findings: [],
    stats: { packages: 0, ebuilds: 0, distEntries: 0, md5CacheHits: 0, ebuildsParsed: 0, unknownSrcUri: 0 },
  };
}
async function driftOf(ours: Spec, theirs: Spec, theirPriority = 0, updates: UpdateEntry[] = []): Promise<DriftReport> {
  return computeDrift({
    overlay: memRepo('ov', ours), overlayPriority: 0, upstreams: [{ scan: memRepo('guru', theirs), priority: theirPriority, updates }], visibility: VIS,
    readText: async () => undefined,
  });
}
const summary = (r: DriftReport): string[] => r.rows.map((x) => `${x.class} ${x.ours ?? '-'} ${x.theirs ?? '-'}`).sort();

describe('computeDrift version edge cases', () => {
  const same = 'EAPI=8\nSLOT="0"\n';
  it('1.010 and 1.01 are the same version: identical, not removed; 1.01-r1 is a revision bump of our 1.010', async () => {
    expect(summary(await driftOf({ 'a-b/x': [['1.010', '0', same]] }, { 'a-b/x': [['1.01', '0', same]] }))).toEqual(['identical 1.010 1.01']);
    expect(summary(await driftOf({ 'a-b/x': [['1.010', '0', same]] }, { 'a-b/x': [['1.01-r1', '0', same]] }))).toEqual([
      'revision-bump 1.010 1.01-r1', 'shadowed 1.010 1.01-r1',
    ]);
  });

  it('-r0 is no revision: 3.0-r0 against 3.0 is the same version; against 3.0-r1 a revision bump', async () => {
    expect(summary(await driftOf({ 'a-b/x': [['3.0-r0', '0', same]] }, { 'a-b/x': [['3.0', '0', same]] }))).toEqual(['identical 3.0-r0 3.0']);
    expect(summary(await driftOf({ 'a-b/x': [['3.0-r0', '0']] }, { 'a-b/x': [['3.0-r1', '0']] }))).toContain('revision-bump 3.0-r0 3.0-r1');
  });

  it('a same version shadowed by priority gets the priority advice, even when written differently', async () => {
    const r = await driftOf({ 'a-b/x': [['1.010', '0', 'EAPI=8\n# ours\n']] }, { 'a-b/x': [['1.01', '0', 'EAPI=8\n# theirs\n']] }, 50);
    expect(r.rows.find((x) => x.class === 'shadowed')?.action).toMatch(/^Raise ov's priority above guru's \(50\)/);
  });

  it('an older version of ours that upstream dropped is still a removal row; only the lagging one is folded', async () => {
    const r = await driftOf({ 'a-b/x': [['1.0', '0'], ['2.0', '0', same]] }, { 'a-b/x': [['2.0', '0', same], ['3.0', '0']] });
    expect(summary(r)).toEqual(['identical 2.0 2.0', 'lagging 2.0 3.0', 'removed 1.0 -', 'shadowed 2.0 3.0']);
    expect(summary(await driftOf({ 'a-b/x': [['1.0', '0']] }, { 'a-b/x': [['3.0', '0']] }))).toEqual(['lagging 1.0 3.0', 'shadowed 1.0 3.0']);
  });

  it('an upstream version Portage cannot source (bash refuses it, no valid metadata) is not a newer version', async () => {
    const theirs = memRepo('guru', { 'a-b/x': [['1.0', '0', same], ['2.0', '0'], ['3.0', '0']] });
    const [, two, three] = theirs.packages[0]!.ebuilds;
    two!.metadataError = 'SLOT: invalid value';
    three!.bashError = { line: 3, message: "syntax error near unexpected token `fi'" };
    const r = await computeDrift({ overlay: memRepo('ov', { 'a-b/x': [['1.0', '0', same]] }), overlayPriority: 0, upstreams: [{ scan: theirs, priority: 0 }], visibility: VIS, readText: async () => undefined });
    expect(summary(r)).toEqual(['identical 1.0 1.0']);
    // with a usable 2.0 it is lagging, as before
    delete two!.metadataError;
    const r2 = await computeDrift({ overlay: memRepo('ov', { 'a-b/x': [['1.0', '0', same]] }), overlayPriority: 0, upstreams: [{ scan: theirs, priority: 0 }], visibility: VIS, readText: async () => undefined });
    expect(summary(r2)).toEqual(['identical 1.0 1.0', 'lagging 1.0 2.0', 'shadowed 1.0 2.0']);
  });

  it('live ebuilds are neither lagging nor the version compared', async () => {
    expect(summary(await driftOf({ 'a-b/x': [['9999', '0', same]] }, { 'a-b/x': [['2.0', '0'], ['9999', '0', same]] }))).toEqual(['identical 9999 9999']);
    const r = await driftOf({ 'a-b/x': [['1.0', '0'], ['9999', '0', same]] }, { 'a-b/x': [['1.0', '0'], ['2.0', '0'], ['9999', '0', same]] });
    expect(r.rows.find((x) => x.class === 'lagging')).toMatchObject({ ours: '1.0', theirs: '2.0', behind: { versions: ['2.0'] } });
  });

  it('lagging is per slot: a newer version in another slot is a new slot, and its shadow leaves ours serving our slot', async () => {
    const r = await driftOf({ 'a-b/x': [['1.1', '1']] }, { 'a-b/x': [['1.1', '1'], ['1.2', '1'], ['2.0', '2']] });
    expect(summary(r)).toEqual(['identical 1.1 1.1', 'lagging 1.1 1.2', 'new-slot - :2', 'shadowed 1.1 2.0']);
    expect(r.rows.find((x) => x.class === 'lagging')?.action).toBe("Ours is identical to guru's 1.1: drop ours and use guru's 1.2.");
    // guru's 1.2 beats ours in slot 1 as well: the plain mask advice
    expect(r.rows.find((x) => x.class === 'shadowed')?.action).toBe('Mask `a-b/x::guru` in package.mask if 1.1 is meant to win; priority cannot do it.');
    // nothing beats ours in its slot: it still serves :1
    const serves = await driftOf({ 'a-b/x': [['1.1', '1']] }, { 'a-b/x': [['1.1', '1'], ['2.0', '2']] });
    expect(serves.rows.find((x) => x.class === 'shadowed')?.action).toMatch(/^Ours still serves a-b\/x:1 \(guru's 2\.0 is slot 2\); mask `a-b\/x::guru`/);
    // slot-per-version packages (dev-lang/rust) lag across slots, never report a new slot, and get the mask advice
    const one = await driftOf({ 'dev-lang/rust': [['1.75.0-r1', '1.75.0']] }, { 'dev-lang/rust': [['1.98.0', '1.98.0']] });
    expect(summary(one)).toEqual(['lagging 1.75.0-r1 1.98.0', 'shadowed 1.75.0-r1 1.98.0']);
    const rust = await driftOf({ 'dev-lang/rust': [['1.75.0-r1', '1.75.0']] }, { 'dev-lang/rust': [['1.97.1', '1.97.1'], ['1.98.0', '1.98.0']] });
    expect(rust.rows.find((x) => x.class === 'lagging')?.action).toBe('Rebase our patches onto 1.98.0.');
    expect(rust.rows.find((x) => x.class === 'shadowed')?.action).toBe('Mask `dev-lang/rust::guru` in package.mask if 1.75.0-r1 is meant to win; priority cannot do it.');
  });
});

describe('computeDrift content and slot moves', () => {
  it('same version: equal md5 (md5-cache _md5_) is identical without the texts; different md5 and no text is a difference', async () => {
    const md5 = 'a'.repeat(32);
    expect(summary(await driftOf({ 'a-b/x': [['1.0', '0', null, md5]] }, { 'a-b/x': [['1.0', '0', null, md5]] }))).toEqual(['identical 1.0 1.0']);
    expect(summary(await driftOf({ 'a-b/x': [['1.0', '0', null, md5]] }, { 'a-b/x': [['1.0', '0', null, 'b'.repeat(32)]] }))).toEqual(['content-differs 1.0 1.0']);
  });

  it('a slotmove of the slot we use is a moved row that says which SLOT to write', async () => {
    const { entries } = parseUpdates('slotmove a-b/x 0 2\n', 'guru/profiles/updates/2Q-2026');
    const r = await driftOf({ 'a-b/x': [['1.0', '0']] }, { 'a-b/x': [['1.0', '2']] }, 0, entries);
    const mv = r.rows.find((x) => x.class === 'moved')!;
    expect(mv).toMatchObject({ theirs: ':2', detail: 'guru moved a-b/x from slot 0 to 2 (guru/profiles/updates/2Q-2026:1).' });
    expect(mv.action).toBe('Change SLOT="0" to "2" in ours, or consumers of :2 will not find it.');
    expect(r.rows.some((x) => x.class === 'new-slot')).toBe(false);
  });
});

describe('one package with thousands of versions on both sides', () => {
  const rec = (repo: string, version: string, slot = '0'): EbuildRecord => ({ repo, category: 'dev-lang', package: 'foo', version, file: `dev-lang/foo/foo-${version}.ebuild`, slot, keywords: ['~amd64'], eapi: '8', md5: `${repo}${version}`, source: 'ebuild' });
  const scanOf = (name: string, ebuilds: EbuildRecord[]): RepositoryScan => ({
    root: `/nonexistent/${name}`, name, categories: ['dev-lang'],
    packages: [{ category: 'dev-lang', package: 'foo', dir: 'dev-lang/foo', ebuilds, hasMetadataXml: true, hasManifest: false }],
    ebuilds, ignored: [], findings: [], stats: { packages: 1, ebuilds: ebuilds.length, distEntries: 0, md5CacheHits: 0, ebuildsParsed: 0, unknownSrcUri: 0 },
  });
  const drift = (ours: EbuildRecord[], theirs: EbuildRecord[]) =>
    computeDrift({ overlay: scanOf('ovl', ours), overlayPriority: 0, upstreams: [{ scan: scanOf('gentoo', theirs), priority: -1000 }], visibility: { acceptKeywords: ['~amd64'], arch: 'amd64' }, readText: async () => 'same' });

  it('20,000 interleaved versions: a removed row each, naming ten of upstream\'s versions and how many more', async () => {
    // (each removed row listed every upstream version: 4,000 made 396 MB of text, 8,000 crashed the report)
    const n = 20_000;
    const d = await drift(Array.from({ length: n }, (_, i) => rec('ovl', `1.${2 * i + 1}`)), Array.from({ length: n }, (_, i) => rec('gentoo', `1.${2 * i + 2}`)));
    const removed = d.rows.filter((r) => r.class === 'removed');
    // all but 1.9999 (a live version) and the newest (its lagging row says it is gone)
    expect(removed).toHaveLength(n - 2);
    expect(removed[0]!.detail).toBe(`gentoo no longer carries 1.1 (it has 1.2, 1.4, 1.6, 1.8, 1.10, … ${n - 10} more …, 1.39992, 1.39994, 1.39996, 1.39998, 1.40000).`);
    expect(d.rows.reduce((sum, r) => sum + r.detail.length, 0)).toBeLessThan(n * 200);
  });

  it('20,000 same versions with other content, and a slot of 20,000 we lack: a row each, in linear time', async () => {
    const n = 20_000;
    const same = await drift(Array.from({ length: n }, (_, i) => rec('ovl', `1.${i}`)), Array.from({ length: n }, (_, i) => rec('gentoo', `1.${i}`)));
    expect(same.rows.filter((r) => r.class === 'identical')).toHaveLength(n);
    const slot = await drift([rec('ovl', '1.0', '1')], Array.from({ length: n }, (_, i) => rec('gentoo', `2.${i}`, '2')));
    expect(slot.rows.find((r) => r.class === 'new-slot')!.detail).toMatch(/^gentoo carries slot 2 \(2\.0, 2\.1, 2\.2, 2\.3, 2\.4, … 19990 more …, 2\.19995/);
  });
});
