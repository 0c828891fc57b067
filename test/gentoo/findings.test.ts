/**
 * The gentoo findings catalogue: every entry is documented, and each code that no other test or fixture
 * produced gets a row here that produces it through the real code path from minimal inputs (one row per code).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../shared/finding.js';
import { gentooFindings } from '../../shared/gentoo/findings.js';
import { parseLayoutConf } from '../../shared/gentoo/layout-conf.js';
import { parseManifest, verifyDistfiles } from '../../shared/gentoo/manifest.js';
import { scanRepository } from '../../shared/gentoo/overlay.js';
import { setupOverlay } from '../../shared/gentoo/overlay-setup.js';
import { checkDrift, type DriftCheckReport } from '../../shared/gentoo/drift-check.js';
import { driftRequest, type SyncGuruInputs } from '../../actions/sync-guru/inputs.js';
import { writeFileAtomic } from '../../shared/toolkit/files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gentoo-findings-'));
  temps.push(dir);
  return dir;
}

/** A file tree; `null` leaves a path out of the base, `{ dir: true }` makes a directory, `{ link }` a symlink. */
type Entry = string | null | { dir: true } | { link: string };
function tree(files: Record<string, Entry>): string {
  const dir = tempDir();
  for (const [f, e] of Object.entries(files)) {
    if (e === null) continue;
    const p = path.join(dir, f);
    mkdirSync(path.dirname(p), { recursive: true });
    if (typeof e === 'string') writeFileSync(p, e);
    else if ('dir' in e) mkdirSync(p, { recursive: true });
    else symlinkSync(e.link, p);
  }
  return dir;
}

const EBUILD = 'EAPI=8\nDESCRIPTION="x"\nSLOT="0"\nKEYWORDS="~amd64"\n';
/** A small valid overlay: thin manifests, one package that fetches nothing. */
const OVERLAY: Record<string, Entry> = {
  'metadata/layout.conf': 'masters = gentoo\nthin-manifests = true\n',
  'profiles/repo_name': 'test-repo\n',
  'profiles/categories': 'app-misc\n',
  'app-misc/foo/foo-1.0.ebuild': EBUILD,
  'app-misc/foo/metadata.xml': '<pkgmetadata/>\n',
};
const scan = async (over: Record<string, Entry>): Promise<Finding[]> => (await scanRepository(tree({ ...OVERLAY, ...over }))).findings;

const hex = (c: string) => c.repeat(128);
const dist = (file: string, size: number, c = 'a') => `DIST ${file} ${size} BLAKE2B ${hex(c)} SHA512 ${hex(c)}`;

let embedded: Promise<DriftCheckReport> | undefined;
/** sync-guru's embedded demo (it has every drift class), run once through the use case. */
function embeddedDrift(): Promise<DriftCheckReport> {
  const inputs: SyncGuruInputs = {
    overlay: {}, upstreams: [], embedded: true, sync: false, retries: 0, backoffSeconds: 0, timeoutMinutes: 1,
    verifySignatures: false, issue: false, issueLabels: [], githubToken: '', failOnDrift: false,
  };
  const noProcess = () => Promise.reject(new Error('no process expected'));
  embedded ??= checkDrift(driftRequest(inputs, { workspace: ROOT, root: ROOT, workDir: tempDir() }), {
    run: noProcess, sync: noProcess, info: () => {}, clock: () => 0, now: () => Date.parse('2026-03-11T00:00:00Z'),
  });
  return embedded;
}
const driftFinding = async (code: string): Promise<Finding[]> => (await embeddedDrift()).driftFindings.filter((f) => f.code === code).slice(0, 1);

/** [code, how it is produced, the finding it must contain] */
const rows: [string, () => Finding[] | Promise<Finding[]>, Partial<Finding>][] = [
  [
    'layout-bad-value',
    () => parseLayoutConf('masters = gentoo\nuse-manifests = maybe\n', 'metadata/layout.conf').findings,
    { severity: 'warning', file: 'metadata/layout.conf', line: 2, message: '"use-manifests = maybe" is not strict, true or false' },
  ],
  ['repo-name-missing', () => scan({ 'profiles/repo_name': null }), { severity: 'error', file: 'profiles/repo_name', message: 'profiles/repo_name is missing' }],
  [
    'repo-name-mismatch',
    () => scan({ 'metadata/layout.conf': 'masters = gentoo\nthin-manifests = true\nrepo-name = other\n' }),
    { severity: 'warning', file: 'metadata/layout.conf', line: 3, message: 'layout.conf repo-name "other" differs from profiles/repo_name "test-repo"' },
  ],
  [
    'categories-missing',
    () => scan({ 'profiles/categories': null }),
    { severity: 'warning', file: 'profiles/categories', message: 'profiles/categories is missing: ebuilds are only seen in categories another repository lists' },
  ],
  ['category-name-invalid', () => scan({ 'bad@cat/foo/foo-1.0.ebuild': EBUILD }), { severity: 'error', message: '"bad@cat" is not a valid category name' }],
  ['package-name-invalid', () => scan({ 'app-misc/bar-1/bar-1-1.0.ebuild': EBUILD }), { severity: 'error', message: '"bar-1" is not a valid package name' }],
  [
    'ebuild-unreadable',
    () => scan({ 'app-misc/foo/foo-2.0.ebuild': { link: 'no-such-file' } }),
    { severity: 'error', file: 'app-misc/foo/foo-2.0.ebuild', message: 'foo-2.0.ebuild cannot be read' },
  ],
  [
    'eapi-banned',
    () => scan({ 'metadata/layout.conf': 'masters = gentoo\nthin-manifests = true\neapis-banned = 6\n', 'app-misc/foo/foo-1.0.ebuild': EBUILD.replace('EAPI=8', 'EAPI=6') }),
    { severity: 'error', file: 'app-misc/foo/foo-1.0.ebuild', message: 'EAPI 6 is banned in this repository (layout.conf eapis-banned)' },
  ],
  [
    'eapi-deprecated',
    () => scan({ 'metadata/layout.conf': 'masters = gentoo\nthin-manifests = true\neapis-deprecated = 7\n', 'app-misc/foo/foo-1.0.ebuild': EBUILD.replace('EAPI=8', 'EAPI=7') }),
    { severity: 'warning', file: 'app-misc/foo/foo-1.0.ebuild', message: 'EAPI 7 is deprecated in this repository (layout.conf eapis-deprecated)' },
  ],
  [
    'manifest-unreadable',
    () => scan({ 'app-misc/foo/Manifest': { dir: true } }),
    { severity: 'error', file: 'app-misc/foo/Manifest', message: 'app-misc/foo/Manifest cannot be read' },
  ],
  [
    'manifest-unused-dist',
    () =>
      scan({
        'app-misc/foo/foo-1.0.ebuild': `${EBUILD}SRC_URI="https://example.org/foo-1.0.tar.gz"\n`,
        'app-misc/foo/Manifest': `${dist('foo-1.0.tar.gz', 10)}\n${dist('foo-0.9.tar.gz', 9)}\n`,
      }),
    { severity: 'notice', file: 'app-misc/foo/Manifest', line: 2, message: '1 DIST entry is used by no ebuild: foo-0.9.tar.gz' },
  ],
  [
    'manifest-duplicate-dist',
    () => parseManifest(`${dist('a.tar.gz', 10)}\n${dist('a.tar.gz', 11)}\n`, { file: 'Manifest' }).findings,
    { severity: 'error', file: 'Manifest', line: 2, message: 'DIST a.tar.gz is listed twice with different size or hashes (first at line 1)' },
  ],
  [
    'manifest-unknown-hash',
    () => parseManifest(`${dist('a.tar.gz', 10)} FOO 0123\n`, { file: 'Manifest' }).findings,
    { severity: 'warning', file: 'Manifest', line: 1, message: 'unknown hash "FOO" for a.tar.gz' },
  ],
  [
    'distfile-unreadable',
    async () => {
      // A file that exists but fails to read (EIO), even for root.
      const distdir = tree({ 'a.tar.gz': { link: '/proc/self/mem' } });
      return (await verifyDistfiles(parseManifest(`${dist('a.tar.gz', 10)}\n`).manifest, distdir)).findings;
    },
    { severity: 'error', message: expect.stringMatching(/^a\.tar\.gz could not be read: /) as unknown as string },
  ],
  [
    'package-config-not-written',
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'package.mask'), '# the user\'s own file\n');
      const fx = (n: string) => path.join(ROOT, 'fixtures/setup-overlay', n);
      const r = await setupOverlay(
        {
          repositories: [{ name: 'gentoo', path: fx('gentoo') }, { name: 'guru', path: fx('guru') }],
          configRoot: dir, reposDir: path.join(dir, 'repos'), acceptKeywords: '~amd64', packageAcceptKeywords: '',
          packageMask: '>=dev-lang/rust-2\n', packageUnmask: '', explain: [], cache: false, workspace: dir,
        },
        {
          sync: () => Promise.reject(new Error('no git')), resolveRemote: async () => undefined, head: async () => 'x',
          restoreCache: async () => undefined, saveCache: async () => false, writeFileAtomic, info: () => {},
        },
      );
      expect(readFileSync(path.join(dir, 'package.mask'), 'utf8')).toBe('# the user\'s own file\n');
      return r.findings;
    },
    { severity: 'warning', hint: expect.stringMatching(/^Append the input's lines to .*package\.mask yourself/) as unknown as string },
  ],
  ['drift-revision-bump', () => driftFinding('drift-revision-bump'), { severity: 'warning', file: expect.stringMatching(/^fixtures\/sync-guru\/overlay\//) as unknown as string }],
  ['drift-identical', () => driftFinding('drift-identical'), { severity: 'notice' }],
  ['drift-removed', () => driftFinding('drift-removed'), { severity: 'warning' }],
  ['drift-moved', () => driftFinding('drift-moved'), { severity: 'warning' }],
  ['drift-new-slot', () => driftFinding('drift-new-slot'), { severity: 'notice' }],
];

describe('gentoo findings that no other test produces', () => {
  for (const [code, produce, expected] of rows) {
    it.skipIf(code === 'distfile-unreadable' && !existsSync('/proc/self/mem'))(code, async () => {
      const findings = await produce();
      expect(findings.filter((f) => f.code === code)).toEqual([expect.objectContaining({ ...expected, code })]);
    });
  }

  it('a case may set its own severity: identical duplicates, repo-name from layout.conf', async () => {
    expect(parseManifest(`${dist('a.tar.gz', 10)}\n${dist('a.tar.gz', 10)}\n`).findings).toEqual([
      expect.objectContaining({ code: 'manifest-duplicate-dist', severity: 'notice', message: 'DIST a.tar.gz is listed twice (first at line 1)' }),
    ]);
    const f = await scan({ 'profiles/repo_name': null, 'metadata/layout.conf': 'masters = gentoo\nthin-manifests = true\nrepo-name = test-repo\n' });
    expect(f.filter((x) => x.code === 'repo-name-missing').map((x) => x.severity)).toEqual(['warning']);
  });

  it('each drift row is one finding whose severity is its class\'s catalogue severity', async () => {
    const r = await embeddedDrift();
    expect(r.driftFindings.map((f) => f.code)).toEqual(r.drift.rows.map((row) => `drift-${row.class}`));
    for (const f of r.driftFindings) expect(f.severity, f.code).toBe(gentooFindings.specs[f.code as keyof typeof gentooFindings.specs].severity);
  });
});

describe('the gentoo catalogue', () => {
  it('documents every code: a one-line meaning, a paragraph, a fix', () => {
    for (const [code, spec] of Object.entries(gentooFindings.specs)) {
      expect(spec.meaning, code).toMatch(/^[^\n]{10,200}$/);
      expect(spec.docs.length, code).toBeGreaterThan(60);
      expect(spec.fix, code).toBeTruthy();
    }
  });

  it('every code is produced and asserted by some test (so none can silently stop firing)', () => {
    const files = readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts') && f !== path.join('gentoo', 'findings.test.ts'));
    const text = files.map((f) => readFileSync(path.join(ROOT, 'test', f), 'utf8')).join('\n') + rows.map(([code]) => code).join('\n');
    const missing = Object.keys(gentooFindings.specs).filter((code) => !new RegExp(`(?<![a-z0-9-])${code}(?![a-z0-9-])`).test(text));
    expect(missing).toEqual([]);
  });

  it('every finding made in shared/gentoo goes through a catalogue', () => {
    const dir = path.join(ROOT, 'shared/gentoo');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const raw = files.filter((f) => /(?<![\w.])finding\(/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(raw).toEqual([]);
  });

  it('refuses a code it does not list', () => {
    expect(() => gentooFindings.make('no-such-code' as never, 'x')).toThrow("finding code 'no-such-code' is not in the gentoo catalogue");
  });
});
