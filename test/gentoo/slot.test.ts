/**
 * SLOT as PMS 3.1.3 and Portage define it: a slot name is `[A-Za-z0-9_][A-Za-z0-9+_.-]*`, and from EAPI 5 SLOT
 * may be `slot/subslot`. An ebuild (or md5-cache entry) with any other SLOT is invalid metadata: emerge never
 * picks it. The table is what Portage itself answered (fixtures/setup-overlay/portage-oracle/slot-validity.json,
 * recorded with tools/slot-validity.py from Portage's source).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scanRepository } from '../../shared/gentoo/overlay.js';
import { pickEbuild } from '../../shared/gentoo/visibility.js';
import { isValidSlot, portageSlot } from '../../shared/gentoo/version.js';

interface OracleCase { eapi: string; slot: string; md5cache?: boolean; metadata: string; visible: boolean; invalid: string[]; xmatch_visible: boolean }
const ORACLE = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/setup-overlay/portage-oracle/slot-validity.json', import.meta.url)), 'utf8')) as { cases: OracleCase[] };

const tmp = mkdtempSync(path.join(tmpdir(), 'slot-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ebuildText = (eapi: string, slot: string): string =>
  `EAPI=${eapi}\nDESCRIPTION="x"\nHOMEPAGE="https://example.org"\nLICENSE="MIT"\nSLOT="${slot}"\nKEYWORDS="amd64"\n`;

/** The repository tools/slot-validity.py gave Portage: case i is app-misc/p<i>-1.0. */
function oracleRepo(): string {
  const root = path.join(tmp, 'oracle');
  const put = (f: string, t: string) => {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), t);
  };
  put('profiles/repo_name', 'test\n');
  put('profiles/categories', 'app-misc\n');
  put('metadata/layout.conf', 'masters =\ncache-formats = md5-dict\nthin-manifests = true\n');
  ORACLE.cases.forEach((c, i) => {
    const text = ebuildText(c.eapi, c.md5cache ? '0' : c.slot);
    put(`app-misc/p${i}/p${i}-1.0.ebuild`, text);
    put(`app-misc/p${i}/metadata.xml`, '<pkgmetadata/>\n');
    if (c.md5cache) {
      const md5 = createHash('md5').update(text).digest('hex');
      put(`metadata/md5-cache/app-misc/p${i}-1.0`, `DEFINED_PHASES=-\nDESCRIPTION=x\nEAPI=${c.eapi}\nHOMEPAGE=https://example.org\nKEYWORDS=amd64\nLICENSE=MIT\nSLOT=${c.slot}\n_md5_=${md5}\n`);
    }
  });
  return root;
}

describe('isValidSlot and portageSlot: what Portage answered', () => {
  it.each(ORACLE.cases.filter((c) => !c.md5cache).map((c) => [JSON.stringify(c.slot), c.eapi, c] as const))('SLOT=%s, EAPI %s', (_s, _e, c) => {
    // ebuild.sh writes SLOT=$(echo ${SLOT}): whitespace collapses, as in Portage's metadata
    expect(portageSlot(c.slot)).toBe(c.metadata);
    expect(isValidSlot(c.metadata, c.eapi)).toBe(c.visible);
  });
  it('an unknown EAPI does not make a subslot invalid (only EAPI 0-4 lack it)', () => {
    expect(isValidSlot('1/2', undefined)).toBe(true);
    expect(isValidSlot('1/2', '4')).toBe(false);
    expect(isValidSlot('1/2', '5')).toBe(true);
    expect(isValidSlot('@x', undefined)).toBe(false);
  });
});

describe('scanRepository: an invalid SLOT is invalid metadata (ebuild-slot-invalid)', () => {
  it('every oracle case: emerge never considers exactly the ones Portage refuses, from the ebuild and from md5-cache', async () => {
    const s = await scanRepository(oracleRepo(), { repoName: 'test', repoLocations: {} });
    ORACLE.cases.forEach((c, i) => {
      const rec = s.ebuilds.find((e) => e.package === `p${i}`);
      const label = `${JSON.stringify(c.slot)} EAPI ${c.eapi}${c.md5cache ? ' (md5-cache)' : ''}`;
      expect(rec, label).toBeDefined();
      expect(rec!.source, label).toBe(c.md5cache ? 'md5-cache' : 'ebuild');
      expect(rec!.metadataError === undefined, label).toBe(c.visible);
      if (c.visible) expect(rec!.slot, label).toBe(c.metadata);
      // the invalid value is no slot: nothing downstream (drift's new-slot rows, rust's per-version check) sees it
      else expect(rec!.slot, label).toBeUndefined();
      const mine = s.findings.filter((f) => f.file === (c.md5cache ? `metadata/md5-cache/app-misc/p${i}-1.0` : `app-misc/p${i}/p${i}-1.0.ebuild`) && /^ebuild-slot-/.test(f.code));
      expect(mine.map((f) => f.code), label).toEqual(c.visible ? [] : [c.metadata === '' ? 'ebuild-slot-missing' : 'ebuild-slot-invalid']);
    });
  });

  it('the finding names the value quoted (control characters escaped) and the line; the record says why', async () => {
    const root = path.join(tmp, 'one');
    const put = (f: string, t: string) => {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), t);
    };
    put('profiles/repo_name', 'one\n');
    put('profiles/categories', 'app-misc\n');
    put('metadata/layout.conf', 'masters = gentoo\nthin-manifests = true\n');
    put('app-misc/x/metadata.xml', '<pkgmetadata/>\n');
    put('app-misc/x/x-1.0.ebuild', ebuildText('8', '0'));
    put('app-misc/x/x-2.0.ebuild', ebuildText('8', '@maintainer'));
    put('app-misc/x/x-3.0.ebuild', ebuildText('8', '0\x1b[31m\r::warning::x'));
    put('app-misc/x/x-4.0.ebuild', ebuildText('4', '1/2'));
    const s = await scanRepository(root);
    const f = s.findings.filter((x) => x.code === 'ebuild-slot-invalid');
    expect(f.map((x) => [x.severity, x.file, x.line])).toEqual([
      ['error', 'app-misc/x/x-2.0.ebuild', 5],
      ['error', 'app-misc/x/x-3.0.ebuild', 5],
      ['error', 'app-misc/x/x-4.0.ebuild', 5],
    ]);
    expect(f[0].message).toContain('x-2.0.ebuild has SLOT="@maintainer", which is not a valid slot');
    expect(f[1].message).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(f[1].message).toContain('\\u001b[31m\\r::warning::x');
    expect(f[2].message).toMatch(/EAPI 4 has no sub-slots/);
    const rec = s.ebuilds.find((e) => e.version === '2.0');
    expect(rec?.metadataError).toBe('its SLOT is not a valid slot name');
    // emerge picks 1.0: the newer ones are invalid metadata
    const pick = pickEbuild('app-misc/x', s.ebuilds, [{ name: 'one', priority: 0 }], { acceptKeywords: ['amd64'] });
    expect(pick.winner?.ref).toBe('app-misc/x-1.0::one');
    expect(pick.candidates.filter((c) => c.status === 'lost').map((c) => [c.ref, c.lostBecause])).toEqual([
      ['app-misc/x-4.0::one', 'corrupt'],
      ['app-misc/x-3.0::one', 'corrupt'],
      ['app-misc/x-2.0::one', 'corrupt'],
    ]);
    // what emerge itself says of such a version
    expect(pick.candidates.find((c) => c.ref === 'app-misc/x-2.0::one')?.reason).toContain('emerge: "masked by: invalid: SLOT: invalid value"');
    expect(JSON.stringify(pick)).not.toContain('@maintainer');
  });

  it('a SLOT with spaces around one word is that word (Portage trims it), not a finding', async () => {
    const root = path.join(tmp, 'trim');
    for (const [f, t] of Object.entries({ 'profiles/repo_name': 'trim\n', 'profiles/categories': 'app-misc\n', 'metadata/layout.conf': 'masters = gentoo\n', 'app-misc/x/metadata.xml': '<pkgmetadata/>\n', 'app-misc/x/x-1.0.ebuild': ebuildText('8', ' 0\n') })) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), t);
    }
    const s = await scanRepository(root, { checkManifests: false });
    expect(s.findings.filter((f) => /slot/.test(f.code))).toEqual([]);
    expect(s.ebuilds[0]).toMatchObject({ slot: '0' });
    expect(s.ebuilds[0].metadataError).toBeUndefined();
  });
});
