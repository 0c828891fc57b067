/**
 * The cargo findings catalogue: every entry is documented, and each code that no other test or fixture
 * produced gets a row here that produces it through the real code path (one row per code).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../shared/finding.js';
import { cargoFindings } from '../../shared/cargo/findings.js';
import { parseLockfile, parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { licensesFromMetadata, readCrateDirectory, type LicenseInfo } from '../../shared/cargo/license-sources.js';
import { auditCrates } from '../../shared/cargo/audit.js';
import { buildPolicy, compilePolicy } from '../../shared/cargo/policy.js';
import { gentooEbuildVars } from '../../shared/cargo/gentoo.js';
import { parseLicenseMapping } from '../../shared/cargo/license-groups.js';
import { licenseAudit } from '../../shared/cargo/license-audit.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FX = path.join(ROOT, 'fixtures/crate-license-audit');
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cargo-findings-'));
  temps.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

const pkg = (name: string, version: string, extra = '') => `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = "${CRATES_IO}"\n${extra}`;
const lockFindings = (text: string) => {
  const r = parseLockfile(text);
  return r.ok ? r.lock.findings : [r.error];
};
const info = (name: string, version: string, fields: Partial<LicenseInfo>): [string, LicenseInfo] => [`${name}@${version}`, { name, version, origin: 'directory', from: 'x', ...fields }];
const audit = (head: string, over: { base?: string; licenses?: [string, LicenseInfo][]; policy?: unknown } = {}) =>
  auditCrates({
    head: parseLockfileOrThrow(head),
    ...(over.base !== undefined ? { base: parseLockfileOrThrow(over.base, { file: 'base.Cargo.lock' }) } : {}),
    licenses: new Map(over.licenses ?? []),
    policy: compilePolicy(buildPolicy(over.policy ?? {})),
    failOn: ['denied'],
    query: [],
  }).findings;
const gentoo = (lockText: string, licenses: [string, LicenseInfo][]) =>
  gentooEbuildVars({
    lock: parseLockfileOrThrow(lockText),
    licenses: new Map(licenses),
    mapping: parseLicenseMapping('[spdx-to-ebuild]\nMIT = MIT\nMPL-1.1 = MPL-1.1\n').mapping,
    clarify: [],
  }).findings;

/** [code, how it is produced, the finding it must contain] */
const rows: [string, () => Finding[] | Promise<Finding[]>, Partial<Finding>][] = [
  ['lock-invalid', () => lockFindings(42 as unknown as string), { severity: 'error', message: 'Cargo.lock content is not text.' }],
  [
    'lock-invalid-checksum',
    () => lockFindings(`version = 3\n\n${pkg('a', '1.0.0', 'checksum = 5\n')}`),
    { severity: 'warning', line: 3, message: `Package \`a 1.0.0 (${CRATES_IO})\` has a non-text checksum (number 5); ignored.` },
  ],
  ['lock-invalid-metadata', () => lockFindings(`metadata = "x"\n\n${pkg('a', '1.0.0')}`), { severity: 'warning', message: 'Cargo.lock [metadata] is string "x", not a table; ignored.' }],
  [
    'lock-orphan-checksum',
    () => lockFindings(`${pkg('a', '1.0.0')}\n[metadata]\n"checksum b 2.0.0 (${CRATES_IO})" = "00"\n`),
    { severity: 'warning', line: 6, message: `[metadata] has a checksum for \`b 2.0.0 (${CRATES_IO})\`, which is not a package in this lock.` },
  ],
  [
    'lock-mixed-checksums',
    () => lockFindings(`${pkg('a', '1.0.0', 'checksum = "00"\n')}\n[metadata]\n"checksum a 1.0.0 (${CRATES_IO})" = "00"\n`),
    { severity: 'warning', line: 7 },
  ],
  [
    'lock-invalid-dependencies',
    () => lockFindings(`version = 3\n\n${pkg('a', '1.0.0', 'dependencies = "b"\n')}`),
    { severity: 'error', line: 3, message: `Package \`a 1.0.0 (${CRATES_IO})\` has \`dependencies\` that is string "b", not an array; ignored.` },
  ],
  ['metadata-format-version', () => licensesFromMetadata({ version: 2, packages: [] }, 'meta.json').findings, { severity: 'warning', file: 'meta.json', message: 'format_version 2 is not 1; reading it anyway' }],
  ['crate-manifest-missing', async () => (await readCrateDirectory(tree({ 'README': 'x' }))).findings, { severity: 'warning', message: expect.stringMatching(/^no Cargo\.toml in /) as unknown as string }],
  [
    'crate-manifest-no-package',
    async () => (await readCrateDirectory(tree({ 'Cargo.toml': '[workspace]\nmembers = []\n' }))).findings,
    { severity: 'warning', message: 'Cargo.toml has no [package] table' },
  ],
  [
    'crate-manifest-incomplete',
    async () => (await readCrateDirectory(tree({ 'Cargo.toml': '[package]\nlicense = "MIT"\n' }))).findings,
    { severity: 'warning', message: 'Cargo.toml has no package name or version' },
  ],
  [
    'workspace-license-missing',
    async () => {
      const root = tree({ 'Cargo.toml': '[workspace]\nmembers = ["member"]\n[workspace.package]\nversion = "1.0.0"\n', 'member/Cargo.toml': '[package]\nname = "m"\nversion = "1.0.0"\nlicense.workspace = true\n' });
      return (await readCrateDirectory(path.join(root, 'member'))).findings;
    },
    { severity: 'warning', message: expect.stringMatching(/^license\.workspace = true but .*Cargo\.toml has no \[workspace\.package\] license$/) as unknown as string },
  ],
  [
    'policy-clarify-unused',
    () => audit(`version = 4\n\n${pkg('a', '1.0.0')}`, { licenses: [info('a', '1.0.0', { license: 'MIT' })], policy: { clarify: { 'nosuchcrate@1': 'MIT' } } }),
    { severity: 'warning', message: "clarify entry for 'nosuchcrate@1' matches no crate" },
  ],
  [
    'crate-license-invalid',
    () => audit(`version = 4\n\n${pkg('a', '1.0.0')}`, { licenses: [info('a', '1.0.0', { license: 'Made-Up-License' })] }),
    { severity: 'warning', line: 3, message: expect.stringMatching(/^a 1\.0\.0: /) as unknown as string },
  ],
  [
    'crate-license-needs-review',
    () => audit(`version = 4\n\n${pkg('a', '1.0.0')}`, { licenses: [info('a', '1.0.0', { licenseFile: 'LICENSE.txt' })] }),
    { severity: 'warning', line: 3, hint: 'add a clarify entry to the policy once the license is checked' },
  ],
  [
    'crate-checksum-changed',
    () =>
      audit(`version = 4\n\n${pkg('a', '1.0.0', 'checksum = "11"\n')}`, {
        base: `version = 4\n\n${pkg('a', '1.0.0', 'checksum = "22"\n')}`,
        licenses: [info('a', '1.0.0', { license: 'MIT' })],
      }),
    { severity: 'warning', line: 3, message: 'a 1.0.0 has a different checksum than in the base lock (republished or tampered?)' },
  ],
  ['gentoo-license-missing', () => gentoo(`version = 4\n\n${pkg('a', '1.0.0')}`, []), { severity: 'warning', message: 'no license known for a@1.0.0; LICENSE+= leaves it out' }],
  [
    'gentoo-license-alternative-dropped',
    () => gentoo(`version = 4\n\n${pkg('a', '1.0.0')}`, [info('a', '1.0.0', { license: 'MIT OR Unicode-3.0' })]),
    { severity: 'notice', message: 'Unicode-3.0 has no entry in metadata/license-mapping.conf; it was dropped from the OR choice of a@1.0.0' },
  ],
  [
    'gentoo-license-plus-fallback',
    () => gentoo(`version = 4\n\n${pkg('a', '1.0.0')}`, [info('a', '1.0.0', { license: 'MPL-1.1+' })]),
    { severity: 'notice', message: 'no mapping for MPL-1.1+; used MPL-1.1 for a@1.0.0' },
  ],
  [
    'gentoo-git-no-commit',
    () => gentoo('version = 4\n\n[[package]]\nname = "g"\nversion = "0.1.0"\nsource = "git+https://github.com/example/g"\n', []),
    { severity: 'warning', line: 3, message: 'git crate g has no resolved commit in Cargo.lock; it cannot be listed in GIT_CRATES' },
  ],
  [
    'gentoo-git-host',
    () => gentoo(`version = 4\n\n[[package]]\nname = "g"\nversion = "0.1.0"\nsource = "git+https://git.example.org/g#${'a'.repeat(40)}"\n`, []),
    { severity: 'warning', line: 3, message: 'git crate g comes from https://git.example.org/g; cargo.eclass GIT_CRATES only fetches from GitHub and GitLab' },
  ],
  [
    'gentoo-tree-missing',
    async () =>
      (
        await licenseAudit(
          {
            workspace: path.join(FX, 'workspace'),
            manifestPath: path.join(FX, 'workspace/Cargo.toml'),
            lockfile: path.join(FX, 'workspace/Cargo.lock'),
            lockfileDisplay: 'Cargo.lock',
            allow: [],
            deny: [],
            licenseSources: [],
            gentooTrees: [],
            query: [],
            failOn: [],
            gentooOutput: true,
          },
          { run: () => Promise.reject(new Error('no process expected')), info: () => {} },
        )
      ).findings,
    { severity: 'notice', hint: 'give a ::gentoo checkout as gentoo-tree' },
  ],
];

describe('cargo findings that no other test produces', () => {
  for (const [code, produce, expected] of rows) {
    it(code, async () => {
      const findings = await produce();
      expect(findings.filter((f) => f.code === code)).toEqual([expect.objectContaining({ ...expected, code })]);
    });
  }
});

describe('the cargo catalogue', () => {
  it('documents every code: a one-line meaning, a paragraph, a fix', () => {
    for (const [code, spec] of Object.entries(cargoFindings.specs)) {
      expect(spec.meaning, code).toMatch(/^[^\n]{10,200}$/);
      expect(spec.docs.length, code).toBeGreaterThan(60);
      expect(spec.fix, code).toBeTruthy();
    }
  });

  it('every code is produced and asserted by some test (so none can silently stop firing)', () => {
    const files = readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'));
    const text = files.map((f) => readFileSync(path.join(ROOT, 'test', f), 'utf8')).join('\n');
    const missing = Object.keys(cargoFindings.specs).filter((code) => !new RegExp(`(?<![a-z0-9-])${code}(?![a-z0-9-])`).test(text));
    expect(missing).toEqual([]);
  });

  it('refuses a code it does not list', () => {
    expect(() => cargoFindings.make('no-such-code' as never, 'x')).toThrow("finding code 'no-such-code' is not in the cargo catalogue");
  });

  it('makes a finding with the catalogued severity unless the case overrides it', () => {
    expect(cargoFindings.make('crate-new-duplicate', 'm', { file: 'Cargo.lock', line: 3 })).toEqual({ severity: 'notice', code: 'crate-new-duplicate', message: 'm', file: 'Cargo.lock', line: 3 });
    expect(cargoFindings.make('crate-new-duplicate', 'm', { severity: 'error' }).severity).toBe('error');
  });
});
