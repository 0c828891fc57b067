/** setup-overlay's pieces without the bundle: input parsing, planning, and the sync/cache flow with fakes. */
import { describe, it, expect, afterEach } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRepositories, redactUri, type SetupOverlayInputs } from '../../actions/setup-overlay/inputs.js';
import { explain, highestRepo, planRepos, visibilityFromInputs, type PlannedRepo } from '../../shared/gentoo/overlay-plan.js';
import type { RepositoryScan } from '../../shared/gentoo/overlay.js';
import type { EbuildRecord } from '../../shared/gentoo/types.js';
import { cacheKey, setupOverlay, type OverlaySetupDeps as SetupDeps } from '../../shared/gentoo/overlay-setup.js';
import type { CheckoutSpec } from '../../shared/io.js';
import { writeFileAtomic } from '../../shared/toolkit/files.js';
import { buildReport, buildSummary, precedenceDiagram } from '../../actions/setup-overlay/render.js';
import { scanRepository } from '../../shared/gentoo/overlay.js';
import { InputError } from '../../shared/toolkit/inputs.js';

const tempDir = (prefix = 'rda-test-') => mkdtempSync(path.join(os.tmpdir(), prefix));

const FX = fileURLToPath(new URL('../../fixtures/setup-overlay/', import.meta.url));
const CATS = ['app-misc', 'dev-lang', 'dev-util'];

describe('parseRepositories', () => {
  it('accepts uri and path repositories; resolves paths against the workspace', () => {
    const r = parseRepositories(
      [
        { name: 'gentoo', path: 'repos/gentoo' },
        { name: 'regicide-rust', uri: 'https://github.com/x/y.git', ref: 'v1.2', subdir: 'overlay/', priority: '100' },
      ],
      '/ws',
    );
    expect(r).toEqual([
      { name: 'gentoo', path: '/ws/repos/gentoo' },
      { name: 'regicide-rust', uri: 'https://github.com/x/y.git', ref: 'v1.2', subdir: 'overlay', priority: 100 },
    ]);
  });
  it.each([
    [[{ name: 'a', uri: 'u', prio: 1 }], /unknown key 'prio'/],
    [[{ name: 'a.b', uri: 'u' }], /a name in item 1 that matches/],
    [[{ name: 'repo-1.0', uri: 'u' }], /not end in -<version>/],
    [[{ name: 'a', uri: 'u' }, { name: 'a', uri: 'v' }], /item 2 repeats 'a'/],
    [[{ uri: 'u' }], /a name in item 1/],
    [[{ name: 'a', uri: '--upload-pack=x' }], /a uri that does not start with '-' in item 1/],
    [[{ name: 'a', uri: 'u', ref: '--x' }], /a branch, tag or commit as 'ref'/],
    [[{ name: 'a', path: '/p', ref: 'main' }], /'ref' only on a 'uri' repository/],
    [[{ name: 'a', uri: 'u', priority: 'high' }], /an integer 'priority' in item 1/],
    [[{ name: 'a', uri: 'u', subdir: '..' }], /without '\.\.'/],
    [['gentoo'], /item 1 to be a mapping/],
    [[], /at least one repository/],
  ])('%j', (value, why) => {
    expect(() => parseRepositories(value, '/ws')).toThrow(InputError);
    expect(() => parseRepositories(value, '/ws')).toThrow(why);
  });
});

async function scans() {
  const out = [];
  for (const name of ['gentoo', 'guru', 'regicide-rust']) {
    out.push({ name, location: path.join(FX, name), scan: await scanRepository(path.join(FX, name), { categories: CATS }) });
  }
  return out;
}

describe('planRepos and explain', () => {
  it('keeps priorities that already express the precedence', async () => {
    const [g, u, r] = await scans();
    const plan = planRepos([g, { ...u, priority: 5 }, { ...r, priority: 7 }], ['regicide-rust', 'guru', 'gentoo']);
    expect(plan.corrected).toBe(false);
    expect(plan.findings).toEqual([]);
    expect(plan.repos.map((p) => p.written.priority)).toEqual([-1000, 5, 7]);
  });
  it('no ::gentoo among the repositories: the finding names the input, not the repos.conf file we write', async () => {
    const [, u, r] = await scans();
    const plan = planRepos([u, r], undefined);
    const f = plan.findings.find((x) => x.code === 'repos-conf-main-repo-missing');
    expect(f?.file).toBeUndefined();
    expect(f?.message).toMatch(/no repository named 'gentoo' in input 'repositories'/);
    expect(f?.hint).toMatch(/- name: gentoo/);
  });
  it.each(['-*', '-* -amd64'])("accept-keywords '%s' accepts nothing: an error naming the input", (acceptKeywords) => {
    const vis = visibilityFromInputs({ acceptKeywords, packageAcceptKeywords: '', packageMask: '', packageUnmask: '' });
    expect(vis.findings.map((f) => [f.severity, f.code])).toEqual([['error', 'accept-keywords-empty']]);
    expect(vis.findings[0].message).toMatch(/input 'accept-keywords'.*nothing is accepted; expected e\.g\. 'amd64'/);
  });
  it("accept-keywords '-* ~amd64' is a real choice, not an error", () => {
    expect(visibilityFromInputs({ acceptKeywords: '-* ~amd64', packageAcceptKeywords: '', packageMask: '', packageUnmask: '' }).findings).toEqual([]);
  });
  it('corrects inverted priorities and says what the configured ones would pick', async () => {
    const [g, u, r] = await scans();
    const plan = planRepos([g, { ...u, priority: 20 }, { ...r, priority: 10 }], ['regicide-rust', 'guru', 'gentoo']);
    expect(plan.corrected).toBe(true);
    expect(plan.findings.map((f) => f.code)).toEqual(['priority-inverted']);
    expect(plan.reposConf['regicide-rust.conf']).toContain('priority = 100');
    const vis = visibilityFromInputs({ acceptKeywords: 'amd64', packageAcceptKeywords: '', packageMask: '', packageUnmask: '' });
    const ex = explain(plan.repos, ['dev-util/cargo-tool', 'dev-lang/rust'], vis.config, highestRepo(plan.repos, ['regicide-rust']));
    expect(ex.providers['dev-util/cargo-tool'].provider).toBe('dev-util/cargo-tool-2.0::regicide-rust');
    expect(ex.explanations[0].withConfigured?.winner?.ref).toBe('dev-util/cargo-tool-2.0::guru');
    expect(ex.findings.map((f) => f.code).sort()).toEqual(['package-shadowed', 'pick-changed-by-priorities']);
    const shadow = ex.findings.find((f) => f.code === 'package-shadowed')!;
    expect(shadow.file).toBe('regicide-rust/dev-lang/rust/rust-1.75.0-r1.ebuild');
    expect(shadow.hint).toMatch(/Priorities cannot help against a newer version/);
  });
  it('a section name that differs from profiles/repo_name is an error', async () => {
    const [g, u] = await scans();
    const plan = planRepos([g, { ...u, name: 'GURU' }], undefined);
    const f = plan.findings.find((x) => x.code === 'repos-conf-name-mismatch');
    expect(f?.message).toMatch(/\[GURU\] points at a repository whose profiles\/repo_name is 'guru'/);
    expect(f?.file).toBeUndefined();
  });
  it('without precedence, the highest repository is the one that wins ties', async () => {
    const [g, u, r] = await scans();
    const plan = planRepos([g, { ...u, priority: 3 }, r], undefined);
    expect(highestRepo(plan.repos, undefined)).toBe('guru');
  });
  it('explain: bad requests are findings; ~ARCH keywords and masks are honoured', async () => {
    const [g, u, r] = await scans();
    const plan = planRepos([g, u, r], ['regicide-rust', 'guru', 'gentoo']);
    const vis = visibilityFromInputs({ acceptKeywords: '~amd64', packageAcceptKeywords: '', packageMask: '=dev-lang/rust-1.98.0', packageUnmask: '' });
    expect(vis.config.arch).toBe('amd64');
    const ex = explain(plan.repos, ['dev-lang/rust', 'rust', '>=dev-lang/rust-', 'dev-util/rustup'], vis.config, 'regicide-rust');
    expect(ex.providers['dev-lang/rust'].provider).toBe('dev-lang/rust-1.97.1::gentoo');
    expect(ex.providers['dev-lang/rust'].reason).toMatch(/newer rust-1\.98\.0::gentoo \(masked by package\.mask line 1\) not visible/);
    expect(ex.providers['dev-util/rustup'].provider).toBe('dev-util/rustup-1.28.2::guru');
    expect(ex.findings.filter((f) => f.code === 'explain-bad-atom')).toHaveLength(2);
  });
  it('the summary and report carry the tables, the diagram and the repos.conf', async () => {
    const [g, u, r] = await scans();
    const plan = planRepos([g, { ...u, priority: 20 }, { ...r, priority: 10 }], ['regicide-rust', 'guru', 'gentoo']);
    const vis = visibilityFromInputs({ acceptKeywords: 'amd64', packageAcceptKeywords: '', packageMask: '', packageUnmask: '' });
    const explained = explain(plan.repos, ['dev-lang/rust'], vis.config, 'regicide-rust');
    const result = { repos: plan.repos.map((p) => ({ name: p.name, source: 'path' as const, location: p.location })), plan, explained, findings: [...plan.findings, ...explained.findings], validated: ['regicide-rust'], upstreamFindings: [], written: [], reposConfDir: '/x/repos.conf' };
    const inputs = { precedence: ['regicide-rust', 'guru', 'gentoo'], embedded: false } as unknown as SetupOverlayInputs;
    const d = precedenceDiagram(result, inputs);
    expect(d).toContain('r_regicide_rust -->|wins ties over| r_guru');
    expect(d).toContain('c_r_guru --> c_r_regicide_rust'); // as configured, guru won
    const md = buildSummary(result, inputs).render();
    expect(md).toContain('| dev-lang/rust | dev-lang/rust-1.97.1::gentoo |');
    expect(md).toContain('priority = 100');
    const report = buildReport(result, inputs) as { providers: object; explanations: { candidates: unknown[] }[] };
    expect(report.providers).toEqual(explained.providers);
    expect(report.explanations[0].candidates).toHaveLength(4); // three ::gentoo versions and the overlay one
  });
});

describe('explain at scale', () => {
  const rec = (repo: string, version: string): EbuildRecord => ({
    repo, category: 'dev-lang', package: 'foo', version, file: `dev-lang/foo/foo-${version}.ebuild`, slot: '0', keywords: ['~amd64'], eapi: '8', source: 'ebuild',
  });
  const planned = (name: string, priority: number): PlannedRepo => {
    const scan: RepositoryScan = {
      root: `/x/${name}`, name, categories: ['dev-lang'], packages: [], ebuilds: ['1.0', '1.1', '1.2'].map((v) => rec(name, v)), ignored: [], findings: [],
      stats: { packages: 0, ebuilds: 0, distEntries: 0, md5CacheHits: 0, ebuildsParsed: 0, unknownSrcUri: 0 },
    };
    const rc = { name, location: `/x/${name}`, priority, explicitPriority: true, extra: {} };
    return { name, location: `/x/${name}`, configured: rc, written: rc, scan, filePrefix: `${name}/` };
  };
  it('4,500 package.accept_keywords version lines of one package: the package is picked once, not once per line', () => {
    // (each line picked its package again, and each pick ordered every line: 400 lines took 79 s)
    const n = 4500;
    const text = [...Array.from({ length: n }, (_, k) => `>=dev-lang/foo-0.${k} ~amd64`), '=dev-lang/foo-1.0 ~amd64'].join('\n');
    const vis = visibilityFromInputs({ acceptKeywords: 'amd64', packageAcceptKeywords: text, packageMask: '', packageUnmask: '' });
    const ex = explain([planned('gentoo', -1000), planned('ovl', 100)], ['dev-lang/foo'], vis.config, 'ovl');
    expect(ex.providers['dev-lang/foo'].provider).toBe('dev-lang/foo-1.2::ovl');
    // the ranges all match the winner; only the `=` line pins nothing
    expect(ex.findings.map((f) => f.code)).toEqual(['accept-keywords-pins-nothing']);
    expect(ex.findings[0].message).toContain(`line ${n + 1} '=dev-lang/foo-1.0 ~amd64'`);
  });
});

describe('setupOverlay with fake git and cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function inputs(dir: string, over: Partial<SetupOverlayInputs> = {}): SetupOverlayInputs {
    return {
      repositories: [
        { name: 'gentoo', path: path.join(FX, 'gentoo') },
        { name: 'regicide-rust', uri: 'https://example.invalid/regicide.git', ref: 'main' },
      ],
      embedded: false,
      configRoot: `${dir}/portage`,
      reposDir: `${dir}/repos`,
      acceptKeywords: 'amd64',
      packageAcceptKeywords: '',
      packageMask: '',
      packageUnmask: '',
      explain: [],
      cache: true,
      failOn: 'error',
      retries: 4,
      ...over,
    };
  }

  function fakes(commit: string, cached: boolean) {
    const calls: string[] = [];
    const deps: SetupDeps = {
      writeFileAtomic,
      sync: async (spec: CheckoutSpec) => {
        calls.push(`sync ${spec.uri}@${spec.ref}`);
        cpSync(path.join(FX, 'regicide-rust'), spec.dest, { recursive: true });
        writeFileSync(path.join(spec.dest, '.head'), commit);
        return { path: spec.dest, commit, attempts: 1, replaced: false };
      },
      resolveRemote: async (uri, ref) => {
        calls.push(`ls-remote ${uri} ${ref}`);
        return commit;
      },
      head: async (dir) => readFileSync(path.join(dir, '.head'), 'utf8'),
      restoreCache: async (paths, key) => {
        calls.push(`restore ${key}`);
        if (!cached) return undefined;
        cpSync(path.join(FX, 'regicide-rust'), paths[0], { recursive: true });
        writeFileSync(path.join(paths[0], '.head'), commit);
        return key;
      },
      saveCache: async (_paths, key) => {
        calls.push(`save ${key}`);
        return true;
      },
      info: () => {},
    };
    return { deps, calls };
  }

  it('cache miss: ls-remote, clone, save under uri+ref+commit', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const commit = 'a'.repeat(40);
    const { deps, calls } = fakes(commit, false);
    const res = await setupOverlay({ ...inputs(dir), workspace: dir }, deps);
    const key = cacheKey('https://example.invalid/regicide.git', 'main', commit);
    expect(calls).toEqual([`ls-remote https://example.invalid/regicide.git main`, `restore ${key}`, 'sync https://example.invalid/regicide.git@main', `save ${key}`]);
    expect(res.repos[1]).toMatchObject({ commit, fromCache: false, attempts: 1, location: `${dir}/repos/regicide-rust` });
    expect(existsSync(`${dir}/portage/repos.conf/regicide-rust.conf`)).toBe(true);
  });
  it('cache hit: no clone', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const commit = 'b'.repeat(40);
    const { deps, calls } = fakes(commit, true);
    const res = await setupOverlay({ ...inputs(dir), workspace: dir }, deps);
    expect(calls.some((c) => c.startsWith('sync'))).toBe(false);
    expect(res.repos[1]).toMatchObject({ commit, fromCache: true });
  });
  it('a directory in repos-dir that is not a git checkout is never replaced', async () => {
    const dir = tempDir();
    dirs.push(dir);
    mkdirSync(`${dir}/repos/regicide-rust`, { recursive: true });
    writeFileSync(`${dir}/repos/regicide-rust/precious.txt`, 'keep me');
    const { deps, calls } = fakes('d'.repeat(40), false);
    const res = await setupOverlay({ ...inputs(dir, { cache: false }), workspace: dir }, deps);
    expect(calls.some((c) => c.startsWith('sync'))).toBe(false);
    expect(readFileSync(`${dir}/repos/regicide-rust/precious.txt`, 'utf8')).toBe('keep me');
    const f = res.findings.find((x) => x.code === 'repo-dest-not-checkout');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain(`${dir}/repos/regicide-rust`);
    expect(f?.hint).toMatch(/repos-dir/);
    expect(res.reposConfDir).toBeUndefined();
  });
  it('cache off: no ls-remote, no cache calls', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { deps, calls } = fakes('c'.repeat(40), false);
    await setupOverlay({ ...inputs(dir, { cache: false }), workspace: dir }, deps);
    expect(calls).toEqual(['sync https://example.invalid/regicide.git@main']);
  });
  it('cache keys differ by uri, ref and commit', () => {
    const k = cacheKey('u', 'main', 'c1');
    expect(new Set([k, cacheKey('v', 'main', 'c1'), cacheKey('u', 'dev', 'c1'), cacheKey('u', 'main', 'c2')]).size).toBe(4);
    expect(k).toMatch(/^setup-overlay-v1-[0-9a-f]{16}-main-c1$/);
  });
  it('a path that does not exist is an input error before anything happens', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { deps, calls } = fakes('d'.repeat(40), false);
    const bad = inputs(dir, { repositories: [{ name: 'gentoo', path: `${dir}/nope` }] });
    await expect(setupOverlay({ ...bad, workspace: dir }, deps)).rejects.toThrow(/input 'repositories': expected an existing directory for 'gentoo'/);
    expect(calls).toEqual([]);
    expect(existsSync(`${dir}/portage`)).toBe(false);
  });
  it('repos.conf as a file in config-root is an input error', async () => {
    const dir = tempDir();
    dirs.push(dir);
    mkdirSync(`${dir}/portage`, { recursive: true });
    writeFileSync(`${dir}/portage/repos.conf`, '[gentoo]\nlocation = /g\n');
    const { deps } = fakes('e'.repeat(40), false);
    await expect(setupOverlay({ ...inputs(dir), workspace: dir }, deps)).rejects.toThrow(/repos\.conf is a file/);
    expect(readFileSync(`${dir}/portage/repos.conf`, 'utf8')).toBe('[gentoo]\nlocation = /g\n');
  });
  it('a path repository inside the workspace gets workspace-relative finding paths', async () => {
    const dir = tempDir();
    dirs.push(dir);
    cpSync(path.join(FX, 'regicide-rust'), `${dir}/overlay`, { recursive: true });
    const { deps } = fakes('f'.repeat(40), false);
    const res = await setupOverlay({ ...inputs(dir, { repositories: [{ name: 'gentoo', path: path.join(FX, 'gentoo') }, { name: 'regicide-rust', path: `${dir}/overlay` }] }), workspace: dir }, deps);
    expect(res.findings.find((f) => f.code === 'layout-unknown-key')?.file).toBe('overlay/metadata/layout.conf');
  });
});

describe('setupOverlay: repository package.mask stacking', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const noGit: SetupDeps = {
    writeFileAtomic,
    sync: async () => {
      throw new Error('no git here');
    },
    resolveRemote: async () => undefined,
    head: async () => 'x',
    restoreCache: async () => undefined,
    saveCache: async () => false,
    info: () => {},
  };
  const base = (dir: string, overlay: string): SetupOverlayInputs => ({
    repositories: [
      { name: 'gentoo', path: path.join(FX, 'gentoo') },
      { name: 'regicide-rust', path: overlay },
    ],
    embedded: false,
    precedence: ['regicide-rust', 'gentoo'],
    configRoot: `${dir}/portage`,
    reposDir: `${dir}/repos`,
    acceptKeywords: '~amd64',
    packageAcceptKeywords: '',
    packageMask: '',
    packageUnmask: '',
    explain: ['dev-lang/rust'],
    cache: false,
    failOn: 'error',
    retries: 0,
  });
  function overlayWith198(dir: string, ownMask?: string): string {
    const o = `${dir}/overlay`;
    cpSync(path.join(FX, 'regicide-rust'), o, { recursive: true });
    const e = readFileSync(`${o}/dev-lang/rust/rust-1.75.0-r1.ebuild`, 'utf8').replace('KEYWORDS="amd64"', 'KEYWORDS="~amd64"');
    writeFileSync(`${o}/dev-lang/rust/rust-1.98.0.ebuild`, e);
    if (ownMask !== undefined) writeFileSync(`${o}/profiles/package.mask`, ownMask);
    return o;
  }
  it("::gentoo's profiles/package.mask masks its own ebuild and, through masters, the overlay's", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const res = await setupOverlay({ ...base(dir, overlayWith198(dir)), workspace: dir }, noGit);
    const p = res.explained!.providers['dev-lang/rust'];
    expect(p.provider).toBe('dev-lang/rust-1.97.1::gentoo');
    expect(p.reason).toMatch(/rust-1\.98\.0::regicide-rust \(masked by .*gentoo\/profiles\/package\.mask line 2\)/);
  });
  it("an overlay's -atom lifts the master's mask for its own ebuilds only", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const res = await setupOverlay({ ...base(dir, overlayWith198(dir, '-=dev-lang/rust-1.98.0\n')), workspace: dir }, noGit);
    const c = res.explained!.explanations[0].result;
    expect(c.winner?.ref).toBe('dev-lang/rust-1.98.0::regicide-rust');
    expect(c.candidates.find((x) => x.ref === 'dev-lang/rust-1.98.0::gentoo')?.lostBecause).toBe('lower-priority');
    expect(c.candidates.find((x) => x.ref === 'dev-lang/rust-1.98.0::gentoo')?.masked?.by.line).toBe(2);
  });
});

describe('credentials in a repository uri', () => {
  const TOKEN = 'ghp_secret0123456789abcdef';

  it.each([
    [`https://x-access-token:${TOKEN}@github.com/o/r.git`, 'https://github.com/o/r.git', TOKEN],
    [`https://${TOKEN}@github.com/o/r.git`, 'https://github.com/o/r.git', TOKEN],
    ['https://github.com/o/r.git', 'https://github.com/o/r.git', undefined],
    ['ssh://git@example.org/r.git', 'ssh://git@example.org/r.git', undefined],
    ['git@github.com:o/r.git', 'git@github.com:o/r.git', undefined],
  ])('%s is shown as %s', (uri, shown, secret) => {
    expect(redactUri(uri)).toEqual({ shown, secrets: secret ? [secret] : [] });
  });

  it('never reach the summary, the report, repos.conf or the log; git still gets them', async () => {
    const dir = tempDir();
    try {
      const uri = `https://x-access-token:${TOKEN}@example.invalid/regicide.git`;
      const logged: string[] = [];
      const synced: string[] = [];
      const inputs: SetupOverlayInputs = {
        repositories: [
          { name: 'gentoo', path: path.join(FX, 'gentoo') },
          { name: 'regicide-rust', uri },
        ],
        embedded: false,
        configRoot: `${dir}/portage`,
        reposDir: `${dir}/repos`,
        acceptKeywords: 'amd64',
        packageAcceptKeywords: '',
        packageMask: '',
        packageUnmask: '',
        explain: [],
        cache: false,
        failOn: 'error',
        retries: 0,
      };
      const deps: SetupDeps = {
        writeFileAtomic,
        sync: async (spec) => {
          synced.push(spec.uri);
          cpSync(path.join(FX, 'regicide-rust'), spec.dest, { recursive: true });
          return { path: spec.dest, commit: 'c'.repeat(40), attempts: 1, replaced: false };
        },
        resolveRemote: async () => undefined,
        head: async () => 'c'.repeat(40),
        restoreCache: async () => undefined,
        saveCache: async () => false,
        info: (m) => logged.push(m),
      };
      const ok = await setupOverlay({ ...inputs, workspace: dir }, deps);
      expect(synced).toEqual([uri]);
      const conf = readFileSync(`${dir}/portage/repos.conf/regicide-rust.conf`, 'utf8');
      expect(conf).toContain('sync-uri = https://example.invalid/regicide.git');
      const failing: SetupDeps = {
        ...deps,
        sync: async () => {
          throw new Error(`could not sync ${uri} after 1 attempt(s): fatal: unable to access '${uri}/'`);
        },
      };
      rmSync(`${dir}/repos`, { recursive: true, force: true });
      const bad = await setupOverlay({ ...inputs, workspace: dir }, failing);
      expect(bad.findings.find((f) => f.code === 'repo-sync-failed')?.message).toContain('https://example.invalid/regicide.git');
      for (const r of [ok, bad]) {
        const text = [buildSummary(r, inputs).render(), JSON.stringify(buildReport(r, inputs)), JSON.stringify(r.findings), ...logged].join('\n');
        expect(text).not.toContain(TOKEN);
        expect(text).toContain('example.invalid/regicide.git');
      }
      expect(conf).not.toContain(TOKEN);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
