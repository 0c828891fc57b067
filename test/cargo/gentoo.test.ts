import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { gentooEbuildVars, crateLicenseEntries, cratesValue, PKGCHECK_CRATES_LIMIT } from '../../shared/cargo/gentoo.js';
import { parseLicenseMapping } from '../../shared/cargo/license-groups.js';
import { parseExpression } from '../../shared/cargo/spdx.js';
import { buildPolicy } from '../../shared/cargo/policy.js';
import type { LicenseInfo } from '../../shared/cargo/license-sources.js';

const fixtures = fileURLToPath(new URL('../../fixtures/cargo/', import.meta.url));
const mapping = parseLicenseMapping(readFileSync(fixtures + 'gentoo-tree-mini/metadata/license-mapping.conf', 'utf8')).mapping;
const lock = parseLockfileOrThrow(readFileSync(fixtures + 'gentoo-lock-mixed/Cargo.lock', 'utf8'));

const info = (name: string, version: string, license?: string, licenseFile?: string): [string, LicenseInfo] => [
  `${name}@${version}`,
  { name, version, origin: 'directory', from: 'x', ...(license ? { license } : {}), ...(licenseFile ? { licenseFile } : {}) },
];
const licenses = new Map<string, LicenseInfo>([
  info('either', '1.6.1', 'MIT/Apache-2.0'),
  info('gitdep-core', '0.2.0', 'Apache-2.0 OR MIT'),
  info('gitdep-macros', '0.2.0', 'MIT'),
  info('internal', '3.0.0', 'MIT'),
  info('llvm-ish', '0.9.0', 'Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT'),
  info('needs-review', '1.0.0', undefined, 'LICENSE.txt'),
  info('ring', '0.17.8', undefined, 'LICENSE'),
  info('unicode-ident', '1.0.12', '(MIT OR Apache-2.0) AND Unicode-3.0'),
  info('weird', '0.1.0', 'MIT-like'),
  info('zerocopy', '0.8.39', 'BSD-2-Clause OR Apache-2.0 OR MIT'),
  info('zerocopy-derive', '0.8.39', 'BSD-2-Clause OR Apache-2.0 OR MIT'),
]);

describe('gentooEbuildVars', () => {
  const out = gentooEbuildVars({
    lock,
    licenses,
    mapping,
    clarify: buildPolicy({ clarify: { 'ring@0.17': 'MIT AND ISC AND OpenSSL' } }).clarify,
  });

  it('lists crates.io crates as name@version, bytewise sorted, without path, git or foreign-registry crates', () => {
    expect(out.crates).toBe(
      'CRATES="\n' +
        ['either@1.6.1', 'llvm-ish@0.9.0', 'needs-review@1.0.0', 'ring@0.17.8', 'unicode-ident@1.0.12', 'weird@0.1.0', 'zerocopy-derive@0.8.39', 'zerocopy@0.8.39']
          .map((c) => `\t${c}\n`)
          .join('') +
        '"',
    );
    expect(out.crateCount).toBe(8);
  });

  it('writes GIT_CRATES in cargo.eclass form and asks for the subdirectory when a repo holds several crates', () => {
    expect(out.gitCrates).toBe(
      'declare -A GIT_CRATES=(\n' +
        "\t[gitdep-core]='https://github.com/example/gitdep;0123456789abcdef0123456789abcdef01234567;gitdep-%commit%'\n" +
        "\t[gitdep-macros]='https://github.com/example/gitdep;0123456789abcdef0123456789abcdef01234567;gitdep-%commit%'\n" +
        ')',
    );
    expect(out.findings.filter((f) => f.code === 'gentoo-git-subdir').map((f) => f.line)).toEqual([28, 33]);
  });

  it('maps licenses, OR as || ( ), AND as separate entries, deduplicated and absorbed', () => {
    // MIT is required by ring (clarified) and gitdep-macros, so every || ( … MIT … ) is implied and dropped;
    // a short value stays on one line, as pycargoebuild writes it.
    expect(out.licenseEntries).toEqual(['ISC', 'MIT', 'openssl']);
    expect(out.license).toBe('# Dependent crate licenses\nLICENSE+=" ISC MIT openssl"');
  });

  it('reports unmapped ids by name with the crates affected, and never guesses', () => {
    const unmapped = out.findings.filter((f) => f.code === 'gentoo-license-unmapped');
    expect(unmapped.map((f) => f.message)).toEqual([
      'Unicode-3.0 has no entry in metadata/license-mapping.conf; it is missing from LICENSE+= (needed by unicode-ident@1.0.12)',
    ]);
    expect(out.text).not.toContain('Unicode');
  });

  it('warns about license-file crates, invalid text and foreign registries', () => {
    const codes = out.findings.map((f) => `${f.code}:${f.line ?? ''}`);
    expect(codes).toContain('gentoo-license-file:49');
    expect(codes).toContain('gentoo-license-invalid:67');
    expect(codes).toContain('gentoo-foreign-registry:38');
    // ring has license-file only, but the clarification supplies its license.
    expect(codes).not.toContain('gentoo-license-file:55');
  });

  it('warns above the pkgcheck limit', () => {
    const many = Array.from(
      { length: PKGCHECK_CRATES_LIMIT + 1 },
      (_, i) => `[[package]]\nname = "c${i}"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`,
    ).join('\n');
    const big = gentooEbuildVars({ lock: parseLockfileOrThrow(`version = 4\n\n${many}`), licenses: new Map(), mapping });
    expect(big.findings.filter((f) => f.code === 'gentoo-too-many-crates')).toHaveLength(1);
    expect(out.findings.some((f) => f.code === 'gentoo-too-many-crates')).toBe(false);
  });

  it('empty lock gives empty variables', () => {
    const empty = gentooEbuildVars({ lock: parseLockfileOrThrow('version = 4\n'), licenses: new Map(), mapping });
    // pycargoebuild writes CRATES="\n" (cargo.eclass refuses an empty CRATES).
    expect(empty.text).toBe('CRATES="\n"\n\n# Dependent crate licenses\nLICENSE+=""\n');
  });
});

describe('crateLicenseEntries', () => {
  const entries = (expr: string) => {
    const p = parseExpression(expr);
    if (!p.ok) throw new Error(p.error.message);
    return crateLicenseEntries(p.ast, mapping);
  };
  it.each([
    ['MIT', ['MIT']],
    ['MIT OR Apache-2.0', ['|| ( Apache-2.0 MIT )']],
    // pycargoebuild's order: names before groups, names by their SPDX id, groups operand by operand.
    ['(BSD-3-Clause OR MIT) AND Zlib', ['ZLIB', '|| ( BSD MIT )']],
    ['MIT AND ISC OR Apache-2.0', ['|| ( Apache-2.0 ( ISC MIT ) )']],
    ['Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT', ['|| ( Apache-2.0 Apache-2.0-with-LLVM-exceptions MIT )']],
    ['Unicode-DFS-2016', ['Unicode-DFS-2016 MIT']],
    ['MPL-1.1+', ['MPL-1.1']],
    ['MIT OR MIT', ['MIT']],
  ])('%s -> %j', (expr, want) => {
    expect(entries(expr).entries).toEqual(want);
  });

  it('drops an unmapped OR alternative and reports it; an unmapped required license leaves the crate out', () => {
    expect(entries('MIT OR Unicode-3.0')).toMatchObject({ entries: ['MIT'], dropped: ['Unicode-3.0'], unmapped: [] });
    expect(entries('MIT AND Unicode-3.0')).toMatchObject({ entries: ['MIT'], unmapped: ['Unicode-3.0'] });
    expect(entries('(MIT OR ISC) AND Unicode-3.0')).toMatchObject({ entries: ['|| ( ISC MIT )'], unmapped: ['Unicode-3.0'] });
    expect(entries('LicenseRef-x OR Unicode-3.0')).toMatchObject({ entries: [], unmapped: ['LicenseRef-x', 'Unicode-3.0'] });
    expect(entries('MPL-1.1+').fallbacks).toEqual(['MPL-1.1+ -> MPL-1.1']);
  });

  it('cratesValue deduplicates', () => {
    expect(cratesValue([...lock.packages, ...lock.packages])).toHaveLength(8);
  });
});

const benchMapping = fileURLToPath(new URL('../../../shared/bench-data/gentoo-license-data/license-mapping.conf', import.meta.url));
const benchLock = fileURLToPath(new URL('../../../shared/bench-data/cargo-locks/rust-lang-cargo-Cargo.lock', import.meta.url));

describe('real data', () => {
  it.skipIf(!existsSync(benchMapping) || !existsSync(benchLock))('the real mapping renders common crate licenses; a real lock has > 300 crates', () => {
    const real = parseLicenseMapping(readFileSync(benchMapping, 'utf8')).mapping;
    const p = parseExpression('(MIT OR Apache-2.0) AND Unicode-DFS-2016');
    expect(p.ok && crateLicenseEntries(p.ast, real).entries).toEqual(['Unicode-DFS-2016', '|| ( Apache-2.0 MIT )']);
    const l = parseLockfileOrThrow(readFileSync(benchLock, 'utf8'));
    const out = gentooEbuildVars({ lock: l, licenses: new Map(), mapping: real });
    expect(out.crateCount).toBeGreaterThan(PKGCHECK_CRATES_LIMIT);
    expect(out.findings.some((f) => f.code === 'gentoo-too-many-crates')).toBe(true);
  });
});

describe('gentooEbuildVars at scale', () => {
  it('80,000 crates of one license that has no Gentoo name: one finding naming five of them, in linear time', () => {
    // (each crate copied the list of those before it: 40,000 took 50 s)
    const n = 80_000;
    let text = 'version = 4\n';
    const licenses = new Map<string, LicenseInfo>();
    for (let i = 0; i < n; i++) {
      text += `\n[[package]]\nname = "c${i}"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'0'.repeat(64)}"\n`;
      licenses.set(`c${i}@1.0.0`, { name: `c${i}`, version: '1.0.0', origin: 'directory', from: 'x', license: 'LicenseRef-Ours' });
    }
    const out = gentooEbuildVars({ lock: parseLockfileOrThrow(text), licenses, mapping: { file: 'license-mapping.conf', entries: new Map() } });
    expect(out.crateCount).toBe(n);
    const unmapped = out.findings.filter((f) => f.code === 'gentoo-license-unmapped');
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]!.message).toMatch(/needed by c0@1\.0\.0, c1@1\.0\.0, c2@1\.0\.0, c3@1\.0\.0, c4@1\.0\.0 and 79995 more\)$/);
  });
});

describe('LICENSE simplification at scale', () => {
  it('20,000 different OR pairs ANDed: each kept, and each holding a plain operand absorbed', async () => {
    // (every operand was asked against every other: 4,000 pairs took 8 s)
    const { simplify, sym, ebuildTokens } = await import('../../shared/cargo/gentoo-license.js');
    const s = (id: string) => sym({ id, plus: false });
    const n = 20_000;
    const pairs = Array.from({ length: n }, (_, i) => ({ t: 'or' as const, args: [s(`A${i}`), s(`B${i}`)] }));
    const kept = simplify({ t: 'and', args: pairs });
    expect(kept.t === 'and' && kept.args.length).toBe(n);
    // A7 on its own absorbs (A7 OR B7); (A8 OR B8) absorbs nothing
    const absorbed = simplify({ t: 'and', args: [...pairs, s('A7'), { t: 'or', args: [s('A9'), s('B9'), s('C9')] }] });
    expect(absorbed.t === 'and' && absorbed.args.length).toBe(n);
    const text = ebuildTokens(absorbed, (t) => t.id).join(' ');
    expect(text).not.toContain('A7 B7');
    expect(text).not.toContain('C9');
    expect(text).toContain('|| ( A8 B8 )');
  });
});
