/**
 * Whose findings: upstream repositories (::gentoo, GURU) are read for picks but their own defects are not
 * the user's: never in `findings` (annotations, errors, fail-on), only counted apart. The user's come first.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SetupOverlayInputs } from '../../actions/setup-overlay/inputs.js';
import { buildReport, buildSummary } from '../../actions/setup-overlay/render.js';
import { setupOverlay } from '../../shared/gentoo/overlay-setup.js';
import { annotationOrder, defaultValidated } from '../../shared/gentoo/scope.js';
import { finding } from '../../shared/finding.js';
import { offlineDeps } from './offline-deps.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let fx: string;

const deps = offlineDeps;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'so-scope-'));
  fx = path.join(dir, 'fx');
  cpSync(path.join(ROOT, 'fixtures', 'setup-overlay'), fx, { recursive: true });
  // Upstream defects: GURU without a metadata.xml and with a Manifest line that is not one; ::gentoo with an
  // unlisted category.
  unlinkSync(path.join(fx, 'guru', 'dev-util', 'rustup', 'metadata.xml'));
  writeFileSync(path.join(fx, 'guru', 'dev-util', 'rustup', 'Manifest'), 'DIST rustup-1.28.2.tar.gz notasize\n');
  cpSync(path.join(fx, 'gentoo', 'app-misc'), path.join(fx, 'gentoo', 'app-unlisted'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function request(over: Partial<SetupOverlayInputs> = {}) {
  return {
    repositories: [
      { name: 'gentoo', path: path.join(fx, 'gentoo') },
      { name: 'guru', path: path.join(fx, 'guru'), priority: 50 },
      { name: 'regicide-rust', path: path.join(fx, 'regicide-rust'), priority: 100 },
    ],
    precedence: ['regicide-rust', 'guru', 'gentoo'],
    configRoot: path.join(dir, 'portage'),
    reposDir: path.join(dir, 'repos'),
    acceptKeywords: 'amd64',
    packageAcceptKeywords: '',
    packageMask: '',
    packageUnmask: '',
    explain: [],
    cache: false,
    workspace: dir,
    ...over,
  };
}

describe('validate: whose findings', () => {
  it('default: local repositories other than gentoo and guru; a uri repository is an upstream', () => {
    expect(
      defaultValidated([
        { name: 'gentoo', path: '/g' },
        { name: 'guru', path: '/u' },
        { name: 'regicide-rust', path: '/r' },
        { name: 'other', uri: 'https://example.org/o.git' } as { name: string; path?: string },
      ]),
    ).toEqual(['regicide-rust']);
  });

  // The planted defects are in packages the overlay does not carry: an upstream is read only for the packages
  // the user's repositories carry and the ones asked about, so these two are asked about here.
  const askedAbout = ['dev-lang/rust', 'dev-util/cargo-tool', 'dev-util/rustup', 'app-unlisted/hello'];

  it("upstream defects are neither findings nor errors; they are counted per repository", async () => {
    const r = await setupOverlay(request({ explain: askedAbout }), deps);
    expect(r.validated).toEqual(['regicide-rust']);
    const files = r.findings.map((f) => f.file ?? '');
    expect(files.filter((f) => f.startsWith('fx/guru/') || f.startsWith('fx/gentoo/'))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // the user's own defects are all still there (and the answer to what was asked: app-unlisted/hello is in a
    // category no repository lists, so emerge sees no ebuild of it)
    expect(new Set(r.findings.map((f) => f.code))).toEqual(new Set(['layout-unknown-key', 'profiles-file-ignored', 'package-shadowed', 'no-visible-ebuild']));
    const guru = r.upstreamFindings.find((u) => u.repo === 'guru')!;
    expect(guru.findings.map((f) => f.code)).toContain('metadata-xml-missing');
    const gentoo = r.upstreamFindings.find((u) => u.repo === 'gentoo')!;
    expect(gentoo.findings.map((f) => f.code)).toContain('category-unlisted');
    // still read for picks: GURU's rustup is there to be explained
    expect(r.plan!.repos.find((p) => p.name === 'guru')!.scan.ebuilds.map((e) => e.package)).toContain('rustup');
  });

  it('an upstream is read only for the packages the user\'s repositories carry (and the ones asked about)', async () => {
    const r = await setupOverlay(request(), deps);
    const read = (name: string) => r.plan!.repos.find((p) => p.name === name)!.scan.packages.map((p) => `${p.category}/${p.package}`);
    // regicide-rust carries dev-lang/rust and dev-util/cargo-tool: that is all that is read of GURU and ::gentoo
    expect(read('regicide-rust')).toEqual(['dev-lang/rust', 'dev-util/cargo-tool']);
    expect(read('guru')).toEqual(['dev-util/cargo-tool']);
    expect(read('gentoo')).toEqual(['dev-lang/rust']);
    // so the defects planted elsewhere upstream (GURU's rustup, ::gentoo's app-unlisted) are not read at all
    expect(r.upstreamFindings.flatMap((u) => u.findings.map((f) => f.code))).toEqual([]);
    // a package named in package.accept_keywords is read like one asked about
    const k = await setupOverlay(request({ packageAcceptKeywords: '=dev-util/rustup-1.28.2 ~amd64\n' }), deps);
    expect(k.plan!.repos.find((p) => p.name === 'guru')!.scan.packages.map((p) => p.package)).toEqual(['cargo-tool', 'rustup']);
  });

  it('validate: guru makes its defects the user\'s (and its Manifests are read)', async () => {
    const r = await setupOverlay(request({ validate: ['regicide-rust', 'guru'] }), deps);
    const codes = r.findings.filter((f) => f.file?.startsWith('fx/guru/')).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['metadata-xml-missing', 'manifest-malformed-line']));
    expect(r.upstreamFindings.map((u) => u.repo)).toEqual(['gentoo']);
  });

  it('the summary leads with the user\'s findings; upstream ones are collapsed below', async () => {
    const i: SetupOverlayInputs = { ...request({ explain: askedAbout }), embedded: false, failOn: 'error', retries: 0 };
    const result = await setupOverlay({ ...i, workspace: dir }, deps);
    const md = buildSummary(result, i).render();
    const findingsAt = md.indexOf('### Findings');
    expect(findingsAt).toBeGreaterThan(0);
    expect(findingsAt).toBeLessThan(md.indexOf('### Repositories'));
    expect(md).toMatch(/about your configuration and regicide-rust \(input `validate`\)\. Upstream gentoo, guru: \d+ finding\(s\) of their own, not annotated and not counted/);
    const up = md.indexOf('<details><summary>Upstream repositories:');
    expect(up).toBeGreaterThan(md.indexOf('### What emerge would pick'));
    expect(md.slice(0, up)).not.toContain('metadata-xml-missing');
    const report = buildReport(result, i) as { counts: { errors: number }; upstream: { repo: string; counts: { errors: number } }[] };
    expect(report.upstream.map((u) => u.repo)).toEqual(['gentoo', 'guru']);
  });
});

describe('annotationOrder', () => {
  it('errors first, then one of each kind before a second of any', () => {
    const fs = [
      ...Array.from({ length: 5 }, (_, i) => finding('warning', 'metadata-xml-missing', 'm', { file: `a/${i}` })),
      finding('warning', 'layout-unknown-key', 'l', { file: 'z' }),
      finding('notice', 'n', 'n'),
      finding('error', 'manifest-missing-dist', 'e', { file: 'y' }),
      finding('warning', 'category-unlisted', 'c', { file: 'b' }),
    ];
    const order = annotationOrder(fs, 4).map((f) => f.code);
    expect(order).toEqual(['manifest-missing-dist', 'metadata-xml-missing', 'layout-unknown-key', 'category-unlisted']);
    expect(annotationOrder(fs, Infinity)).toHaveLength(fs.length);
    expect(annotationOrder(fs, Infinity).at(-1)!.code).toBe('n');
  });
});
