/**
 * setup-overlay end to end: the built bundle (dist/setup-overlay/index.js) run as the runner runs it, against
 * the embedded fixtures, real bare git remotes over file://, and git http-backend behind a faulty HTTP server.
 * Build first: `npm run build -- setup-overlay`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runAction, makeBareRemote, startFaultyHttpRemote, tempDir, git, type BareRemote, type FaultyHttpRemote } from '../harness/index.js';

const BUNDLE = path.join(ROOT, 'dist', 'setup-overlay', 'index.js');
const FX = path.join(ROOT, 'fixtures', 'setup-overlay');
const hasBundle = existsSync(BUNDLE);
if (!hasBundle) console.warn(`setup-overlay e2e skipped: no bundle at ${BUNDLE} (npm run build -- setup-overlay)`);
const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('setup-overlay git remote tests skipped: Debian package git is not installed');
    return false;
  }
})();
// Fast retries for the tests; the real defaults are seconds.
const FAST = { RDA_SYNC_RETRY_BASE_MS: '20', RDA_SYNC_MAX_TOTAL_MS: '60000' };

function readDir(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** Run with the runner temp kept long enough to read the JSON report. */
async function runWithReport(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const r = await runAction('setup-overlay', inputs, env, { keep: true });
  try {
    const report = r.outputs.report && existsSync(r.outputs.report) ? JSON.parse(readFileSync(r.outputs.report, 'utf8')) : undefined;
    return { r, report };
  } finally {
    rmSync(r.tempDir, { recursive: true, force: true });
  }
}

function yamlRepos(items: Record<string, unknown>[]): string {
  return items
    .map((o) => `- ${Object.entries(o).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n  ')}`)
    .join('\n');
}

describe.skipIf(!hasBundle)('setup-overlay bundle', () => {
  let work: string;
  beforeAll(() => {
    work = tempDir('rda-setup-overlay-e2e-');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('embedded default: shows the inverted priorities, writes corrected repos.conf, explains picks', async () => {
    const trace = path.join(work, 'trace.json');
    const r = await runAction('setup-overlay', {}, { RDA_TRACE_FILE: trace }, { keep: true });
    try {
      expect(r.exitCode).toBe(0); // the demo's fail-on defaults to never
      const conf = readDir(r.outputs['repos-conf']);
      expect(Object.keys(conf)).toEqual(['DEFAULT.conf', 'gentoo.conf', 'guru.conf', 'regicide-rust.conf']);
      expect(conf['regicide-rust.conf']).toContain('priority = 100');
      expect(conf['guru.conf']).toContain('priority = 50');
      expect(conf['gentoo.conf']).not.toContain('priority');
      expect(r.outputs.errors).toBe('1');
      const inverted = r.annotations.find((a) => a.title === 'priority-inverted');
      expect(inverted?.level).toBe('error');
      expect(inverted?.message).toMatch(/\[guru\] priority = 20 is higher than \[regicide-rust\] priority = 10/);
      const providers = JSON.parse(r.outputs.providers) as Record<string, { provider: string; reason: string }>;
      expect(providers['dev-lang/rust'].provider).toBe('dev-lang/rust-1.97.1::gentoo');
      expect(providers['dev-lang/rust'].reason).toMatch(/^rust-1\.97\.1::gentoo wins: newer version; priority only decides between identical versions/);
      expect(providers['dev-util/cargo-tool'].provider).toBe('dev-util/cargo-tool-2.0::regicide-rust');
      const titles = r.annotations.map((a) => a.title);
      expect(titles).toEqual(expect.arrayContaining(['package-shadowed', 'pick-changed-by-priorities', 'accept-keywords-pins-nothing', 'layout-unknown-key', 'profiles-file-ignored']));
      const layout = r.annotations.find((a) => a.title === 'layout-unknown-key');
      expect([layout?.file, layout?.line]).toEqual(['regicide-rust/metadata/layout.conf', 6]);
      expect(r.summary).toContain('```mermaid');
      expect(r.summary).toContain('| dev-lang/rust | dev-lang/rust-1.97.1::gentoo |');
      const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
      expect(report.repositories.map((x: { name: string; priority: number; configuredPriority: number }) => [x.name, x.configuredPriority, x.priority])).toEqual([
        ['gentoo', -1000, -1000],
        ['guru', 20, 50],
        ['regicide-rust', 10, 100],
      ]);
      expect(JSON.parse(r.outputs.locations)).toEqual({ gentoo: `${FX}/gentoo`, guru: `${FX}/guru`, 'regicide-rust': `${FX}/regicide-rust` });
      // The package.accept_keywords of the demo is written too.
      expect(readFileSync(path.join(path.dirname(r.outputs['repos-conf']), 'package.accept_keywords', 'setup-overlay'), 'utf8')).toContain('=dev-lang/rust-1.75.0-r1 ~amd64');
      // Every input declared in action.yml is read; every output is set.
      const meta = parseYaml(readFileSync(path.join(ROOT, 'actions', 'setup-overlay', 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
      expect(JSON.parse(readFileSync(trace, 'utf8')).inputsRead).toEqual(Object.keys(meta.inputs).sort());
      expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(meta.outputs).sort());
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('embedded default with fail-on given fails on the inverted priorities', async () => {
    const r = await runAction('setup-overlay', { 'fail-on': 'error' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/1 error\(s\).*fail-on: error/);
  });

  describe.skipIf(!hasGit)('git remotes over file://', () => {
    let guru: BareRemote;
    let regicide: BareRemote;
    let bundle: BareRemote;
    beforeAll(() => {
      guru = makeBareRemote(path.join(FX, 'guru'));
      regicide = makeBareRemote(path.join(FX, 'regicide-rust'));
      // An overlay that lives inside a larger repository (subdir).
      const src = tempDir('rda-monorepo-');
      mkdirSync(path.join(src, 'gentoo', 'overlay'), { recursive: true });
      cpSync(path.join(FX, 'regicide-rust'), path.join(src, 'gentoo', 'overlay'), { recursive: true });
      writeFileSync(path.join(src, 'README.md'), 'distro monorepo\n');
      bundle = makeBareRemote(src);
      rmSync(src, { recursive: true, force: true });
    });
    afterAll(() => {
      guru.cleanup();
      regicide.cleanup();
      bundle.cleanup();
    });

    it('clones, validates, and writes repos.conf with sync-uri; precedence without priorities', async () => {
      const dir = tempDir('rda-so-');
      try {
        const repositories = yamlRepos([
          { name: 'gentoo', path: `${FX}/gentoo` },
          { name: 'guru', uri: guru.url },
          { name: 'regicide-rust', uri: regicide.url, ref: 'master' },
        ]);
        const { r, report } = await runWithReport({
          repositories,
          precedence: 'regicide-rust > guru > gentoo',
          'config-root': `${dir}/portage`,
          'repos-dir': `${dir}/repos`,
          cache: 'false',
          'fail-on': 'error',
        });
        expect(r.exitCode).toBe(0);
        expect(r.outputs.errors).toBe('0');
        expect(JSON.parse(r.outputs.locations)).toEqual({ gentoo: `${FX}/gentoo`, guru: `${dir}/repos/guru`, 'regicide-rust': `${dir}/repos/regicide-rust` });
        expect(existsSync(`${dir}/repos/guru/dev-util/cargo-tool/cargo-tool-2.0.ebuild`)).toBe(true);
        const conf = readDir(`${dir}/portage/repos.conf`);
        expect(conf['guru.conf']).toBe(`[guru]\nlocation = ${dir}/repos/guru\npriority = 50\nauto-sync = no\nsync-type = git\nsync-uri = ${guru.url}\n`);
        const commit = git(['--git-dir', regicide.dir, 'rev-parse', 'master']).trim();
        expect(report.repositories.find((x: { name: string }) => x.name === 'regicide-rust').commit).toBe(commit);
        // Default explain: every package of the highest-precedence repository.
        expect(Object.keys(JSON.parse(r.outputs.providers)).sort()).toEqual(['dev-lang/rust', 'dev-util/cargo-tool']);
        expect(r.summary).toContain(commit.slice(0, 12));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('subdir: an overlay inside a larger repository', async () => {
      const dir = tempDir('rda-so-');
      try {
        const r = await runAction('setup-overlay', {
          repositories: yamlRepos([
            { name: 'gentoo', path: `${FX}/gentoo` },
            { name: 'regicide-rust', uri: bundle.url, subdir: 'gentoo/overlay' },
          ]),
          'config-root': `${dir}/portage`,
          'repos-dir': `${dir}/repos`,
          cache: 'false',
          explain: 'dev-lang/rust::regicide-rust\napp-misc/hello',
        });
        expect(JSON.parse(r.outputs.locations)['regicide-rust']).toBe(`${dir}/repos/regicide-rust/gentoo/overlay`);
        expect(readFileSync(`${dir}/portage/repos.conf/regicide-rust.conf`, 'utf8')).toContain(`location = ${dir}/repos/regicide-rust/gentoo/overlay`);
        const providers = JSON.parse(r.outputs.providers);
        expect(providers['dev-lang/rust::regicide-rust'].provider).toBe('dev-lang/rust-1.75.0-r1::regicide-rust');
        expect(providers['app-misc/hello'].provider).toBe('app-misc/hello-2.12::gentoo');
        // No priorities, no precedence: both overlays stay at Portage's defaults.
        expect(readFileSync(`${dir}/portage/repos.conf/regicide-rust.conf`, 'utf8')).not.toContain('priority');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a missing subdir is an error and nothing is written', async () => {
      const dir = tempDir('rda-so-');
      try {
        const r = await runAction('setup-overlay', {
          repositories: yamlRepos([{ name: 'regicide-rust', uri: bundle.url, subdir: 'nope' }]),
          'config-root': `${dir}/portage`,
          'repos-dir': `${dir}/repos`,
          cache: 'false',
        });
        expect(r.exitCode).toBe(1);
        expect(r.annotations.map((a) => a.title)).toEqual(expect.arrayContaining(['repo-subdir-missing', 'repos-conf-not-written']));
        expect(existsSync(`${dir}/portage`)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('package.mask of the competitor really selects the overlay ebuild', async () => {
      const dir = tempDir('rda-so-');
      try {
        const r = await runAction('setup-overlay', {
          repositories: yamlRepos([
            { name: 'gentoo', path: `${FX}/gentoo` },
            { name: 'regicide-rust', uri: regicide.url, priority: 100 },
          ]),
          'package-mask': 'dev-lang/rust::gentoo',
          'config-root': `${dir}/portage`,
          'repos-dir': `${dir}/repos`,
          cache: 'false',
        });
        expect(r.exitCode).toBe(0);
        expect(JSON.parse(r.outputs.providers)['dev-lang/rust'].provider).toBe('dev-lang/rust-1.75.0-r1::regicide-rust');
        expect(readFileSync(`${dir}/portage/package.mask/setup-overlay`, 'utf8')).toBe('dev-lang/rust::gentoo\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe.skipIf(!hasGit)('faulty HTTP remote (git http-backend)', () => {
    let remote: BareRemote;
    let http: FaultyHttpRemote;
    let url: string;
    beforeAll(async () => {
      remote = makeBareRemote(path.join(FX, 'regicide-rust'));
      http = await startFaultyHttpRemote(path.dirname(remote.dir));
      url = `${http.url}/${path.basename(remote.dir)}`;
    });
    afterAll(async () => {
      await http.stop();
      remote.cleanup();
    });

    const run = (dir: string, extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
      runWithReport(
        {
          repositories: yamlRepos([
            { name: 'gentoo', path: `${FX}/gentoo` },
            { name: 'regicide-rust', uri: url },
          ]),
          'config-root': `${dir}/portage`,
          'repos-dir': `${dir}/repos`,
          cache: 'false',
          ...extra,
        },
        { ...FAST, ...env },
      );

    it('a token in the uri is masked and shown nowhere, even when a failing attempt is logged', async () => {
      const dir = tempDir('rda-so-');
      const token = 'ghp_e2eSecret0123456789';
      try {
        http.heal();
        http.failNext(1, 'status-500');
        const withToken = url.replace('http://', `http://x-access-token:${token}@`);
        const r = await runAction(
          'setup-overlay',
          {
            repositories: yamlRepos([
              { name: 'gentoo', path: `${FX}/gentoo` },
              { name: 'regicide-rust', uri: withToken },
            ]),
            'config-root': `${dir}/portage`,
            'repos-dir': `${dir}/repos`,
            cache: 'false',
          },
          FAST,
        );
        expect(r.exitCode).toBe(0);
        expect(r.masks).toContain(token);
        // The mask command itself carries the token; everything else must not.
        const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
        expect(shown).toMatch(/attempt 1 failed/);
        for (const text of [shown, r.summary, JSON.stringify(r.outputs), readFileSync(`${dir}/portage/repos.conf/regicide-rust.conf`, 'utf8')]) {
          expect(text).not.toContain(token);
        }
        expect(readFileSync(`${dir}/portage/repos.conf/regicide-rust.conf`, 'utf8')).toContain(`sync-uri = ${url}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fails twice, then succeeds within the retries', async () => {
      const dir = tempDir('rda-so-');
      try {
        http.heal();
        http.failNext(2, 'status-500');
        const { r, report } = await run(dir);
        expect(r.exitCode).toBe(0);
        expect(report.repositories[1].attempts).toBe(3);
        expect(r.stdout).toMatch(/attempt 1 failed/);
        expect(existsSync(`${dir}/portage/repos.conf/regicide-rust.conf`)).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fails always: a clear error within the bound, nothing written, no checkout', async () => {
      const dir = tempDir('rda-so-');
      try {
        http.failAlways('status-500');
        const { r, report } = await run(dir, { retries: '2' });
        expect(r.exitCode).toBe(1);
        const err = r.annotations.find((a) => a.title === 'repo-sync-failed');
        expect(err?.message).toMatch(/regicide-rust: could not sync .* 3 attempt/);
        expect(existsSync(`${dir}/portage`)).toBe(false);
        expect(existsSync(`${dir}/repos/regicide-rust`)).toBe(false);
        expect(report.repositories[1]).toMatchObject({ attempts: null, location: null, syncError: expect.stringMatching(/3 attempt/) });
      } finally {
        http.heal();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a failing re-sync keeps the previous checkout and says so', async () => {
      const dir = tempDir('rda-so-');
      try {
        http.heal();
        const first = await run(dir);
        expect(first.r.exitCode).toBe(0);
        const before = git(['-C', `${dir}/repos/regicide-rust`, 'rev-parse', 'HEAD']).trim();
        http.failAlways('cut');
        const { r } = await run(dir, { retries: '1' });
        expect(r.exitCode).toBe(1);
        expect(r.annotations.find((a) => a.title === 'repo-sync-failed')?.message).toMatch(/previous checkout was kept/);
        expect(git(['-C', `${dir}/repos/regicide-rust`, 'rev-parse', 'HEAD']).trim()).toBe(before);
        expect(existsSync(`${dir}/repos/regicide-rust/dev-lang/rust/rust-1.75.0-r1.ebuild`)).toBe(true);
        // No temp clones left behind.
        expect(readdirSync(`${dir}/repos`)).toEqual(['regicide-rust']);
      } finally {
        http.heal();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a stalled remote ends at the per-attempt timeout', async () => {
      const dir = tempDir('rda-so-');
      try {
        http.failAlways('stall');
        const { r } = await run(dir, { retries: '1' }, { RDA_SYNC_ATTEMPT_TIMEOUT_MS: '1500' });
        expect(r.exitCode).toBe(1);
        expect(r.timedOut).toBe(false);
        expect(r.annotations.find((a) => a.title === 'repo-sync-failed')?.message).toMatch(/timed out/);
      } finally {
        http.heal();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it("upstream defects are not annotated, not counted and never fail the step; the user's are, one of each kind first", async () => {
    const dir = tempDir('rda-so-scope-');
    try {
      cpSync(FX, `${dir}/fx`, { recursive: true });
      // GURU with errors of its own: a Manifest entry that is not one, and a package without metadata.xml
      writeFileSync(`${dir}/fx/guru/dev-util/rustup/Manifest`, 'DIST rustup-1.28.2.tar.gz notasize\n');
      rmSync(`${dir}/fx/guru/dev-util/rustup/metadata.xml`);
      const repositories = yamlRepos([
        { name: 'gentoo', path: `${dir}/fx/gentoo` },
        { name: 'guru', path: `${dir}/fx/guru`, priority: 50 },
        { name: 'regicide-rust', path: `${dir}/fx/regicide-rust`, priority: 100 },
      ]);
      // GURU is read for the packages the overlay carries and the ones asked about: rustup is asked about
      const explain = 'dev-lang/rust\ndev-util/cargo-tool\ndev-util/rustup';
      const common = { repositories, precedence: 'regicide-rust > guru > gentoo', 'config-root': `${dir}/portage`, 'repos-dir': `${dir}/repos`, 'fail-on': 'error', explain };
      const { r, report } = await runWithReport(common);
      expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
      expect(r.outputs.errors).toBe('0');
      expect(r.annotations.filter((a) => a.file?.includes('/guru/') || a.file?.includes('/gentoo/'))).toEqual([]);
      expect(r.annotations.map((a) => a.title)).toEqual(expect.arrayContaining(['layout-unknown-key', 'profiles-file-ignored', 'package-shadowed']));
      // one of each kind before a second layout-unknown-key
      expect(r.annotations.slice(0, 3).map((a) => a.title).sort()).toEqual(['layout-unknown-key', 'package-shadowed', 'profiles-file-ignored']);
      expect(report.upstream.find((u: { repo: string }) => u.repo === 'guru').counts.warnings).toBeGreaterThan(0);
      expect(r.summary).toMatch(/<summary>Upstream repositories: \d+ finding\(s\) of their own/);

      const asked = await runWithReport({ ...common, validate: 'regicide-rust, guru' });
      expect(asked.r.exitCode).toBe(1);
      expect(asked.r.annotations.some((a) => a.level === 'error' && a.file?.endsWith('guru/dev-util/rustup/Manifest'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('bad input: an input error, and nothing written', () => {
    it.each([
      ['a name that escapes repos-dir', { repositories: '- name: ../evil\n  path: /tmp' }, /input 'repositories': expected a name in item 1 that matches/],
      ['an absolute subdir', { repositories: '- name: x\n  uri: file:///nowhere\n  subdir: /etc' }, /'subdir' in item 1 that is a relative path/],
      ['a subdir with ..', { repositories: '- name: x\n  uri: file:///nowhere\n  subdir: a/../../b' }, /without '\.\.'/],
      ['both uri and path', { repositories: '- name: x\n  uri: file:///a\n  path: /b' }, /exactly one of 'uri' or 'path' in item 1 \('x'\), got 'both'/],
      ['not a list', { repositories: 'name: x' }, /input 'repositories': expected a YAML list of \{name, uri \| path/],
      ['a precedence with commas', { precedence: 'guru,gentoo' }, /input 'precedence': expected repository names separated by '>', highest first, e\.g\. 'regicide-rust > guru > gentoo', got 'guru,gentoo'/],
      ['a precedence naming an unknown repo', { precedence: 'nope > gentoo' }, /only names listed in 'repositories'/],
      ['a bad fail-on', { 'fail-on': 'sometimes' }, /input 'fail-on': expected one of 'error', 'warning', 'never'/],
      ['a bad package.mask line', { 'package-mask': 'dev-lang/rust\nrust-1.0' }, /input 'package-mask', line 2: Invalid atom 'rust-1\.0'/],
      ['an empty accept-keywords', { 'accept-keywords': '~' }, /accept-keywords/],
    ])('%s', async (_what, inputs, message) => {
      const dir = tempDir('rda-so-');
      try {
        // Unrelated files in config-root stay untouched.
        mkdirSync(`${dir}/portage/repos.conf`, { recursive: true });
        writeFileSync(`${dir}/portage/make.conf`, 'FEATURES="test"\n');
        writeFileSync(`${dir}/portage/repos.conf/other.conf`, '[other]\nlocation = /var/db/repos/other\n');
        const r = await runAction('setup-overlay', { 'config-root': `${dir}/portage`, 'repos-dir': `${dir}/repos`, ...inputs });
        expect(r.exitCode).toBe(1);
        expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n')).toMatch(message);
        expect(readdirSync(`${dir}/portage`).sort()).toEqual(['make.conf', 'repos.conf']);
        expect(readdirSync(`${dir}/portage/repos.conf`)).toEqual(['other.conf']);
        expect(existsSync(`${dir}/repos`)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes beside unrelated files without touching them', async () => {
      const dir = tempDir('rda-so-');
      try {
        mkdirSync(`${dir}/portage/repos.conf`, { recursive: true });
        writeFileSync(`${dir}/portage/repos.conf/other.conf`, '[other]\nlocation = /o\n');
        const r = await runAction('setup-overlay', { 'config-root': `${dir}/portage`, 'repos-dir': `${dir}/repos` });
        expect(r.exitCode).toBe(0);
        expect(readdirSync(`${dir}/portage/repos.conf`).sort()).toEqual(['DEFAULT.conf', 'gentoo.conf', 'guru.conf', 'other.conf', 'regicide-rust.conf']);
        expect(readFileSync(`${dir}/portage/repos.conf/other.conf`, 'utf8')).toBe('[other]\nlocation = /o\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
