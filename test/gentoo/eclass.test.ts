/**
 * Eclasses are part of an ebuild: SLOT, KEYWORDS and SRC_URI set in an inherited eclass's global scope, and
 * values chosen by `case ${PV}` / `[[ … ${PV} … ]]`, are known when the version is. Portage's answers for
 * the same shapes are in fixtures/setup-overlay/portage-oracle (test/setup-overlay/portage-oracle.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_ECLASS_READS, NOT_EVALUATED, parseEbuild, prepareSource } from '../../shared/gentoo/ebuild/parse.js';
import { scanRepository } from '../../shared/gentoo/overlay.js';
import { loadEclasses } from '../../shared/gentoo/eclass.js';
import type { EbuildValue } from '../../shared/gentoo/types.js';

const FX = path.resolve(import.meta.dirname, '../../fixtures/setup-overlay/portage-oracle');
const val = (v: EbuildValue | undefined) => (v === undefined ? undefined : v.kind === 'string' ? v.value : v.kind === 'array' ? v.values : `unknown: ${v.reason}`);

function eclasses(map: Record<string, string>) {
  return (name: string) => (map[name] === undefined ? undefined : prepareSource(map[name], `eclass/${name}.eclass`));
}

describe('case ${PV} and [[ ]] on a known version', () => {
  const fetsh = 'EAPI=7\ncase "${PV}" in\n\t9999)\n\t\tinherit git-r3\n\t\t;;\n\t*)\n\t\tSRC_URI="https://e.org/v${PV}.tar.gz -> fet-${PV}.tar.gz"\n\t\tKEYWORDS="~amd64"\nesac\nSLOT="0"\n';
  it('runs the branch the version selects (the last branch needs no ;;)', () => {
    const rel = parseEbuild(fetsh, 'app-misc/fetsh/fetsh-1.9.ebuild');
    expect(val(rel.vars.KEYWORDS)).toBe('~amd64');
    expect(val(rel.vars.SRC_URI)).toBe('https://e.org/v1.9.tar.gz -> fet-1.9.tar.gz');
    expect(rel.inherit).toEqual([]);
    const live = parseEbuild(fetsh, 'app-misc/fetsh/fetsh-9999.ebuild');
    expect(live.vars.KEYWORDS).toBeUndefined();
    expect(live.inherit).toEqual(['git-r3']);
  });
  it('alternatives, fall-through and an unknown word', () => {
    const t = 'case ${PV} in\n  1.*|2.*) A=old ;&\n  3.*) B=also ;;\n  *) C=no ;;\nesac\ncase ${UNKNOWN_THING} in\n  x) D=1 ;;\nesac\n';
    const i = parseEbuild(t, 'a-b/c/c-2.5.ebuild');
    expect([val(i.vars.A), val(i.vars.B), i.vars.C]).toEqual(['old', 'also', undefined]);
    expect(val(i.vars.D)).toMatch(/^unknown: assigned inside a case branch/);
  });
  it.each([
    ['[[ -z ${PV%%*9999} ]]', '1.7', 'rel'],
    ['[[ -z ${PV%%*9999} ]]', '9999', 'live'],
    ['[[ ${PV} == 9999 ]]', '9999', 'live'],
    ['[[ -n ${PV/*9999*} ]]', '1.7', 'live'],
    ['[[ ! ${PV%%*9999} ]]', '9999', 'live'],
    ['[ -z "${PV%%*9999}" ]', '9999', 'live'],
  ])('if %s (PV %s)', (cond, pv, want) => {
    const i = parseEbuild(`if ${cond}; then\n\tX=live\nelse\n\tX=rel\nfi\n`, `a-b/c/c-${pv}.ebuild`);
    expect(val(i.vars.X)).toBe(want);
  });
  it('[[ c ]] && A=… || B=… follows the exit statuses', () => {
    const i = parseEbuild('[[ -z ${PV%%*9999} ]] && inherit git-r3 || KEYWORDS="~amd64"\n', 'a-b/c/c-1.2.ebuild');
    expect(val(i.vars.KEYWORDS)).toBe('~amd64');
    expect(i.inherit).toEqual([]);
  });
});

describe('names that are properties of every object', () => {
  it('${valueOf=1}, : ${constructor:=x}: read as ordinary unset names, never as Object.prototype members', () => {
    for (const eclass of [undefined, eclasses({})]) {
      const i = parseEbuild('RUST_TARGETS=(${valueOf=1})\n: ${constructor:=x}\nY=${toString:-d}\n', 'a-b/c/c-1.ebuild', eclass ? { eclass } : {});
      expect(typeof val(i.vars.RUST_TARGETS) === 'string' || Array.isArray(val(i.vars.RUST_TARGETS))).toBe(true);
      if (eclass) expect([val(i.vars.RUST_TARGETS), val(Object.entries(i.vars).find(([k]) => k === 'constructor')?.[1]), val(i.vars.Y)]).toEqual([['1'], 'x', 'd']);
    }
  });
});

describe('inherit reads the eclass chain', () => {
  const acct = eclasses({
    'acct-group': 'if [[ -z ${_ACCT_GROUP_ECLASS} ]]; then\n_ACCT_GROUP_ECLASS=1\ncase ${EAPI} in\n\t7|8) ;;\n\t*) die ;;\nesac\ninherit user-info\nIUSE="eclass-flag"\n: "${DESCRIPTION:="System group: ${PN}"}"\n: "${SLOT:=0}"\n: "${KEYWORDS:=~alpha amd64 ~mips}"\nS=${WORKDIR}\nacct-group_pkg_pretend() { :; }\nfi\n',
    'user-info': 'if [[ -z ${_USER_INFO_ECLASS} ]]; then\n_USER_INFO_ECLASS=1\nfi\n',
  });
  it('`: ${KEYWORDS:=…}` in an eclass gives an ebuild without KEYWORDS its keywords (acct-group/1password)', () => {
    const i = parseEbuild('EAPI=8\ninherit acct-group\nIUSE="own"\nACCT_GROUP_ID=-1\n', 'acct-group/1password/1password-0.ebuild', { eclass: acct });
    expect([val(i.vars.KEYWORDS), val(i.vars.SLOT), val(i.vars.DESCRIPTION)]).toEqual(['~alpha amd64 ~mips', '0', 'System group: 1password']);
    expect(i.eclasses).toEqual(['acct-group', 'user-info']);
    expect(i.inherit).toEqual(['acct-group']);
    expect(i.complete).toBe(true);
    // Portage keeps an eclass's IUSE apart from the ebuild's: the ebuild's own value only
    expect(val(i.vars.IUSE)).toBe('own');
  });
  it('a value the ebuild set before inherit is kept by := and replaced by a plain assignment after', () => {
    const i = parseEbuild('EAPI=8\nKEYWORDS="~amd64"\ninherit acct-group\nSLOT="1"\n', 'acct-group/x/x-0.ebuild', { eclass: acct });
    expect([val(i.vars.KEYWORDS), val(i.vars.SLOT)]).toEqual(['~amd64', '1']);
  });
  it('without eclasses (or with one missing) what an eclass could set stays unknown, never guessed', () => {
    expect(parseEbuild('EAPI=8\ninherit acct-group\n', 'acct-group/x/x-0.ebuild').vars.KEYWORDS).toBeUndefined();
    const i = parseEbuild('EAPI=8\ninherit acct-group nowhere\n', 'acct-group/x/x-0.ebuild', { eclass: acct });
    expect(i.eclassesMissing).toEqual(['nowhere']);
    expect(i.complete).toBe(false);
  });
  it('a variable some function assigns is not "unset": a function called at global scope may set it', () => {
    const lookup = eclasses({ fn: '_fn_set() { FN_URIS="https://e.org/a"; }\n_fn_set\n' });
    const i = parseEbuild('EAPI=8\ninherit fn\nSRC_URI="${FN_URIS}"\nDOCS="${NEVER_SET}"\n', 'a-b/c/c-1.ebuild', { eclass: lookup });
    expect(val(i.vars.SRC_URI)).toMatch(/^unknown:/);
    expect(val(i.vars.DOCS)).toBe('');
  });
});

describe('loadEclasses', () => {
  it('lists the directories, reads an eclass when first looked up, the first readable one in precedence order; only listed names', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'rda-eclass-'));
    try {
      const [own, master] = [path.join(tmp, 'own', 'eclass'), path.join(tmp, 'gentoo', 'eclass')];
      mkdirSync(own, { recursive: true });
      mkdirSync(master, { recursive: true });
      writeFileSync(path.join(own, 'a.eclass'), 'A=own\n');
      writeFileSync(path.join(master, 'a.eclass'), 'A=master\n');
      // a directory named like an eclass cannot be read: the master's file is used
      mkdirSync(path.join(own, 'b.eclass'));
      writeFileSync(path.join(master, 'b.eclass'), 'B=master\n');
      writeFileSync(path.join(master, 'late.eclass'), 'LATE=before\n');
      writeFileSync(path.join(tmp, 'outside.eclass'), 'X=1\n');
      const lookup = await loadEclasses([own, master]);
      // read when looked up, not when loaded: ::gentoo's hundreds of eclasses are not read for a few inherits
      writeFileSync(path.join(master, 'late.eclass'), 'LATE=after\n');
      expect(lookup('late')?.text).toBe('LATE=after\n');
      expect(lookup('a')).toMatchObject({ text: 'A=own\n', file: path.join(own, 'a.eclass') });
      expect(lookup('b')).toMatchObject({ text: 'B=master\n', file: path.join(master, 'b.eclass') });
      expect(lookup('a')).toBe(lookup('a'));
      // names come from inherit lines: only what the directories list is ever opened
      for (const n of ['missing', '../outside', '../../outside', '__proto__', 'constructor']) expect(lookup(n), n).toBeUndefined();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('ParseOptions.skip: SRC_URI left unevaluated where nothing needs it', () => {
  const skip = new Set(['SRC_URI']);
  const lookup = eclasses({
    cargo: 'CARGO_ECLASS=1\n',
    uris: 'SRC_URI+=" https://e.org/${PN}-extra.tar.gz"\nKEYWORDS="~amd64"\n',
    reads: 'SRC_URI+=" https://e.org/more"\nDEP_FROM_URI="${SRC_URI#https://}"\n',
  });
  /** Everything parseEbuild says, SRC_URI aside. */
  const rest = (i: ReturnType<typeof parseEbuild>) => ({ ...i, vars: Object.fromEntries(Object.entries(i.vars).filter(([k]) => k !== 'SRC_URI')) });

  it('SRC_URI is unknown (not evaluated); every other value, inherit, finding and verdict is as without skipping', () => {
    // the ebuild assigns SRC_URI, then an eclass appends to it
    const text = 'EAPI=8\nCRATES="a@1.0.0 b@2.0.0"\ninherit cargo\nSRC_URI="https://e.org/${P}.tar.gz ${CARGO_CRATE_URIS}"\ninherit uris\nSLOT="0/${PV}"\n';
    const full = parseEbuild(text, 'a-b/c/c-1.ebuild', { eclass: lookup });
    const skipped = parseEbuild(text, 'a-b/c/c-1.ebuild', { eclass: lookup, skip });
    expect(val(full.vars.SRC_URI)).toBe('https://e.org/c-1.tar.gz https://crates.io/api/v1/crates/a/1.0.0/download -> a-1.0.0.crate\nhttps://crates.io/api/v1/crates/b/2.0.0/download -> b-2.0.0.crate https://e.org/c-extra.tar.gz');
    expect(skipped.vars.SRC_URI).toMatchObject({ kind: 'unknown', reason: NOT_EVALUATED });
    expect(rest(skipped)).toEqual(rest(full));
  });

  it.each([
    ['another variable built from it', 'SRC_URI="https://e.org/${P}.tar.gz"\nS_URI="${SRC_URI%.tar.gz}"\n', 'S_URI', 'https://e.org/c-1'],
    ['a condition on it', 'SRC_URI="https://e.org/x"\n[[ -n ${SRC_URI} ]] && KEYWORDS="~amd64"\n', 'KEYWORDS', '~amd64'],
    ['an eclass reading it', 'SRC_URI="https://e.org/x"\ninherit reads\n', 'DEP_FROM_URI', 'e.org/x https://e.org/more'],
    ['its length', 'SRC_URI="abc"\nN=${#SRC_URI}\n', 'N', '3'],
  ])('read by %s: the ebuild is read again without skipping, so the value is the one bash computes', (_, body, name, want) => {
    const text = `EAPI=8\n${body}`;
    const skipped = parseEbuild(text, 'a-b/c/c-1.ebuild', { eclass: lookup, skip });
    expect(val(skipped.vars[name])).toBe(want);
    expect(skipped).toEqual(parseEbuild(text, 'a-b/c/c-1.ebuild', { eclass: lookup }));
  });

  it('on every ebuild of the fixtures: the same answer but SRC_URI', () => {
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (e.name.endsWith('.ebuild')) files.push(path.join(d, e.name));
      }
    };
    walk(path.resolve(import.meta.dirname, '../../fixtures'));
    expect(files.length).toBeGreaterThan(80);
    let unevaluated = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const rel = f.split(path.sep).slice(-3).join('/');
      const full = parseEbuild(text, rel, { eclass: lookup });
      const skipped = parseEbuild(text, rel, { eclass: lookup, skip });
      expect(rest(skipped), rel).toEqual(rest(full));
      const s = skipped.vars.SRC_URI;
      if (s?.kind === 'unknown' && s.reason === NOT_EVALUATED) unevaluated++;
      else expect(s, rel).toEqual(full.vars.SRC_URI);
    }
    expect(unevaluated).toBeGreaterThan(30);
  });
});

describe('scanRepository with the eclass chain (repoLocations)', () => {
  const repoLocations = { gentoo: path.join(FX, 'gentoo'), guru: path.join(FX, 'guru'), overlay: path.join(FX, 'overlay') };
  it("GURU's rhvoice-lang eclass: SRC_URI, KEYWORDS and SLOT known; the Manifest's DIST entry is used", async () => {
    const s = await scanRepository(repoLocations.guru, { repoName: 'guru', repoLocations });
    const en = s.ebuilds.find((e) => e.package === 'rhvoice-en')!;
    expect(en).toMatchObject({ slot: '0', keywords: ['~amd64', '~x86'], distfiles: ['rhvoice-en-4.2.zip'] });
    expect(s.findings.filter((f) => f.code === 'manifest-unused-dist' || f.code === 'src-uri-not-static')).toEqual([]);
    // ::gentoo's acct-group eclass keywords GURU's acct-group package
    expect(s.ebuilds.find((e) => e.package === '1password')?.keywords).toContain('amd64');
    // a live ebuild that sets no KEYWORDS has empty KEYWORDS, not unknown ones
    expect(s.ebuilds.find((e) => e.package === 'mpvpaper' && e.version === '9999')?.keywords).toEqual([]);
  });
  it('die at global scope (an EAPI the eclass refuses, a variable it needs before inherit): an error, never picked', async () => {
    const s = await scanRepository(repoLocations.guru, { repoName: 'guru', repoLocations });
    const dies = s.findings.filter((f) => f.code === 'ebuild-dies-global');
    expect(dies.map((f) => f.file)).toEqual(['acct-group/oldeapi/oldeapi-0.ebuild', 'app-accessibility/rhvoice-xx/rhvoice-xx-4.2.ebuild']);
    expect(dies[0].message).toMatch(/die runs at global scope \(acct-group\.eclass line \d+: die acct-group: EAPI 6 not supported\)/);
    expect(dies[1].message).toMatch(/die RHVOICE_LANG must be set before inherit/);
    expect(s.ebuilds.find((e) => e.package === 'rhvoice-xx')?.metadataError).toMatch(/dies while Portage sources it/);
    // `[[ ${CATEGORY} == acct-group ]] ||⏎ die`: the list goes on after the newline, and the condition holds
    expect(s.ebuilds.find((e) => e.package === '1password')?.metadataError).toBeUndefined();
  });
  it("a repository's own eclass overrides its master's of the same name", async () => {
    const s = await scanRepository(repoLocations.overlay, { repoName: 'overlay', repoLocations });
    expect(s.ebuilds.find((e) => e.package === 'released')?.keywords).toEqual(['~amd64']);
    const g = await scanRepository(repoLocations.gentoo, { repoName: 'gentoo', repoLocations });
    expect(g.ebuilds.find((e) => e.package === 'released' && e.version === '1.4')?.keywords).toEqual(['amd64', '~arm64']);
  });
  it('an eclass no repository has, and an ebuild without SLOT: errors, and never picked (as Portage)', async () => {
    const s = await scanRepository(repoLocations.overlay, { repoName: 'overlay', repoLocations });
    const f = s.findings.filter((x) => x.code === 'ebuild-eclass-missing' || x.code === 'ebuild-slot-missing').map((x) => [x.code, x.file]);
    expect(f).toEqual([
      ['ebuild-eclass-missing', 'app-misc/broken/broken-1.0.ebuild'],
      ['ebuild-slot-missing', 'app-misc/noslot/noslot-1.0.ebuild'],
    ]);
    expect(s.findings.find((x) => x.code === 'ebuild-eclass-missing')?.message).toMatch(/nowhere\.eclass, which is in neither overlay's eclass\/ nor that of its master \(gentoo\)/);
    // a master that is not configured: "not found" would be a guess, so nothing is said
    const partial = await scanRepository(repoLocations.overlay, { repoName: 'overlay', repoLocations: { overlay: repoLocations.overlay } });
    expect(partial.findings.filter((x) => x.code === 'ebuild-eclass-missing')).toEqual([]);
    expect(partial.ebuilds.find((e) => e.version === '1.0' && e.package === 'broken')?.metadataError).toBeUndefined();
  });
  it('without the eclasses, the DIST entry an eclass fetches cannot be judged unused', async () => {
    const s = await scanRepository(repoLocations.guru, { repoName: 'guru' });
    expect(s.ebuilds.find((e) => e.package === 'rhvoice-en')?.keywords).toBeUndefined();
    expect(s.ebuilds.find((e) => e.package === 'rhvoice-en')?.distfiles).toBeUndefined();
    expect(s.findings.filter((f) => f.code === 'manifest-unused-dist')).toEqual([]);
  });
});

describe('eclasses that inherit each other without guards', () => {
  it('a diamond 26 deep (2^26 inherits as Portage would source them) stops at the budget, incomplete', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'diamond-'));
    try {
      mkdirSync(path.join(dir, 'eclass'));
      const depth = 26;
      for (let i = 0; i < depth; i++) writeFileSync(path.join(dir, 'eclass', `e${i}.eclass`), `inherit e${i + 1} e${i + 1}\nX${i}=1\n`);
      writeFileSync(path.join(dir, 'eclass', `e${depth}.eclass`), 'LEAF=1\n');
      const eclass = await loadEclasses([path.join(dir, 'eclass')]);
      const info = parseEbuild('EAPI=8\nSLOT="0"\ninherit e0\nOWN=1\n', 'app-misc/foo/foo-1.0.ebuild', { eclass });
      expect(info.complete).toBe(false);
      expect(info.vars.LEAF).toMatchObject({ kind: 'string', value: '1' });
      expect(info.vars.OWN).toMatchObject({ kind: 'string', value: '1' });
      expect(info.eclasses).toHaveLength(depth + 1);
      // a diamond small enough is read whole
      const small = parseEbuild('EAPI=8\nSLOT="0"\ninherit e18\n', 'app-misc/foo/foo-1.0.ebuild', { eclass });
      expect(2 ** (depth - 18 + 1)).toBeLessThan(MAX_ECLASS_READS);
      expect(small.complete).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
