/**
 * LICENSE+= and CRATES= against Gentoo's pycargoebuild, the tool Gentoo developers use: the expected values
 * in pycargoebuild-license.json were written by pycargoebuild itself (test/cargo/derive-pycargoebuild.py):
 * every Debian crate workspace (`librust-*-dev`, resolved by cargo offline) and 300 seeded mixes of real
 * crate license texts, with the real license-mapping.conf entries they use. Equal means no ebuild churn
 * when a maintainer switches between the two tools.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLockfileOrThrow, CRATES_IO_REGISTRY } from '../../shared/cargo/lockfile.js';
import { gentooEbuildVars } from '../../shared/cargo/gentoo.js';
import { parseLicenseMapping } from '../../shared/cargo/license-groups.js';
import type { LicenseInfo } from '../../shared/cargo/license-sources.js';

interface Case {
  kind: 'debian' | 'mix';
  workspace: string;
  crates: { name: string; version: string; license: string | null }[];
  CRATES?: string;
  license?: string;
  error?: string;
}
const data = JSON.parse(readFileSync(new URL('./pycargoebuild-license.json', import.meta.url), 'utf8')) as { mapping: Record<string, string>; cases: Case[] };
const mapping = parseLicenseMapping(`[spdx-to-ebuild]\n${Object.entries(data.mapping).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`).mapping;

function ours(c: Case) {
  const lock = parseLockfileOrThrow(
    `version = 4\n${c.crates.map((p) => `\n[[package]]\nname = "${p.name}"\nversion = "${p.version}"\nsource = "${CRATES_IO_REGISTRY}"\n`).join('')}`,
  );
  const licenses = new Map<string, LicenseInfo>(
    c.crates.filter((p) => p.license !== null).map((p) => [`${p.name}@${p.version}`, { name: p.name, version: p.version, origin: 'directory', from: 'x', license: p.license! }]),
  );
  return gentooEbuildVars({ lock, licenses, mapping });
}

describe('pycargoebuild parity', () => {
  const cases = data.cases.filter((c) => c.license !== undefined);

  it(`LICENSE+= equals pycargoebuild's on every case it can write (${cases.length})`, () => {
    const differ = cases
      .map((c) => ({ c, got: ours(c).license }))
      .filter(({ c, got }) => got !== `# Dependent crate licenses\nLICENSE+="${c.license}"`)
      .map(({ c, got }) => `${c.workspace}: ${JSON.stringify(c.crates.map((p) => p.license))}\n  pycargoebuild ${JSON.stringify(c.license)}\n  ours          ${JSON.stringify(got.slice(got.indexOf('"')))}`);
    expect(differ.slice(0, 5).join('\n')).toBe('');
    expect(cases.filter((c) => c.kind === 'debian').length).toBeGreaterThan(100);
  });

  it('CRATES= equals pycargoebuild\'s on every Debian workspace', () => {
    const debian = data.cases.filter((c) => c.kind === 'debian');
    expect(debian.filter((c) => `CRATES="${c.CRATES}"` !== ours(c).crates).map((c) => c.workspace)).toEqual([]);
  });

  it('flate2: the narrowest any-of group implies the others (issue 16)', () => {
    const flate2 = data.cases.find((c) => c.workspace.startsWith('flate2-'))!;
    expect(flate2.crates.map((p) => p.license)).toEqual(expect.arrayContaining(['0BSD OR MIT OR Apache-2.0', 'MIT OR Apache-2.0']));
    expect(ours(flate2).license).toBe('# Dependent crate licenses\nLICENSE+=" || ( Apache-2.0 MIT )"');
  });

  it('BSD-2-Clause-FreeBSD is mapped as its successor BSD-2-Clause-Views (BSD-2), as pycargoebuild reads it', () => {
    const c: Case = { kind: 'mix', workspace: 'freebsd', crates: [{ name: 'a', version: '1.0.0', license: 'BSD-2-Clause-FreeBSD' }] };
    const out = ours(c);
    expect(out.license).toBe('# Dependent crate licenses\nLICENSE+=" BSD-2"');
    expect(out.findings).toEqual([]);
    // Taken from the derived cases: pycargoebuild's own answer for it.
    const withIt = data.cases.filter((k) => k.crates.some((p) => p.license === 'BSD-2-Clause-FreeBSD'));
    expect(withIt.length).toBeGreaterThan(0);
    for (const k of withIt) expect(k.license).toMatch(/\bBSD-2\b/);
  });

  it('`Apache 2.0` is corrected (and reported by the audit), so LICENSE has Apache-2.0', () => {
    const c: Case = { kind: 'mix', workspace: 'spaced', crates: [{ name: 'a', version: '1.0.0', license: 'MIT OR Apache 2.0' }] };
    expect(ours(c).license).toBe('# Dependent crate licenses\nLICENSE+=" || ( Apache-2.0 MIT )"');
  });

  it('a license pycargoebuild cannot map is an error there, a finding here', () => {
    const failed = data.cases.find((c) => c.error === 'unmatched zlib-acknowledgement')!;
    expect(ours(failed).findings.map((f) => f.code)).toContain('gentoo-license-alternative-dropped');
  });
});
