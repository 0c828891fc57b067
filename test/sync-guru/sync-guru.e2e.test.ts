/**
 * sync-guru end to end: the built bundle (dist/sync-guru/index.js) run as the runner runs it, on the embedded
 * fixtures, against real bare git remotes over file:// and git http-backend behind a faulty HTTP server,
 * with real gpg signatures and the fake GitHub API. Build first: `npm run build -- sync-guru`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FakeGitHub, makeBareRemote, ROOT, runAction, startFaultyHttpRemote, tempDir, type BareRemote } from '../harness/index.js';

const BUNDLE = path.join(ROOT, 'dist', 'sync-guru', 'index.js');
const FX = path.join(ROOT, 'fixtures', 'sync-guru');
const hasBundle = existsSync(BUNDLE);
let hasGpg = false;
try {
  execFileSync('gpg', ['--version'], { stdio: 'ignore' });
  hasGpg = true;
} catch {
  hasGpg = false;
}
// Fast retries for the tests; the real defaults are seconds.
const FAST = { retries: '3', 'backoff-seconds': '0.02' };

interface Report {
  overlay: { name: string };
  upstreams: { name: string; commit?: string; synced: boolean; attempts?: number; syncError?: string; excluded?: string; signature?: { verified: boolean; message: string } }[];
  drift: { count: number; counts: Record<string, number>; rows: { class: string; package: string; evidence?: string; behind?: { days?: number } }[] };
  integrity: { errors: number };
  timings: { syncMs: number; analysisMs: number };
}

function yamlList(items: Record<string, unknown>[]): string {
  return items.map((o) => `- ${Object.entries(o).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n  ')}`).join('\n');
}

function readReport(p: string | undefined): Report {
  expect(p && existsSync(p), `report ${p} exists`).toBe(true);
  return JSON.parse(readFileSync(p!, 'utf8')) as Report;
}

/** A workspace holding a copy of the fixture overlay (so annotations are workspace-relative). */
function workspaceWithOverlay(): string {
  const ws = tempDir('rda-sync-guru-ws-');
  cpSync(path.join(FX, 'overlay'), path.join(ws, 'overlay'), { recursive: true });
  return ws;
}

describe.skipIf(!hasBundle)('sync-guru bundle', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('embedded default: every drift class, integrity errors, every input read and output set', async () => {
    const trace = path.join(tempDir('rda-trace-'), 'trace.json');
    cleanup.push(path.dirname(trace));
    const r = await runAction('sync-guru', {}, { RDA_TRACE_FILE: trace }, { keep: true });
    cleanup.push(r.tempDir);
    expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
    expect(r.outputs).toMatchObject({ 'drift-count': '11', 'has-drift': 'true', 'shadowed-count': '3', 'integrity-errors': '2', 'issue-number': '' });
    const report = readReport(r.outputs.report);
    expect(report.drift.counts).toEqual({ lagging: 1, 'revision-bump': 1, 'content-differs': 1, identical: 2, removed: 1, moved: 1, 'new-slot': 1, shadowed: 3 });
    const shadow = r.annotations.find((a) => a.title === 'drift-shadowed' && a.file?.endsWith('dev-lang/rust/rust-1.75.0-r1.ebuild'));
    expect(shadow?.level).toBe('warning');
    expect(shadow?.message).toContain('mask `dev-lang/rust::gentoo`'.replace('mask', 'Mask'));
    expect(r.annotations.find((a) => a.title === 'drift-content-differs')).toMatchObject({ file: 'regicide-rust/app-misc/differs/differs-1.0.ebuild', line: 13 });
    expect(r.annotations.find((a) => a.title === 'distfile-mismatch')?.message).toMatch(/expected 31, actual 34/);
    // the summary is grouped by class, with the action column
    for (const h of ['### Upstream has newer versions (1)', '### Shadowed: emerge would pick upstream (3)', '### Moved upstream in profiles/updates (1)', '### Manifest integrity']) {
      expect(r.summary).toContain(h);
    }
    expect(r.summary).toContain('Rebase our patches onto 1.98.0.');
    expect(r.summary).toContain('DIST only-ours-1.0.tar.gz 34 BLAKE2B ');
    const meta = parseYaml(readFileSync(path.join(ROOT, 'actions', 'sync-guru', 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
    expect((JSON.parse(readFileSync(trace, 'utf8')) as { inputsRead: string[] }).inputsRead).toEqual(Object.keys(meta.inputs).sort());
    expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(meta.outputs).sort());
  });

  it('fail-on-drift fails the step after writing the report', async () => {
    const r = await runAction('sync-guru', { 'fail-on-drift': 'true' }, {}, { keep: true });
    cleanup.push(r.tempDir);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('11 drift row(s) in regicide-rust (fail-on-drift: true)');
    expect(readReport(r.outputs.report).drift.count).toBe(11);
  });

  it('bad inputs are input errors naming the input', async () => {
    const a = await runAction('sync-guru', { overlay: 'overlay', upstreams: 'name: not-a-list' });
    expect(a.exitCode).toBe(1);
    expect(a.annotations[0]?.message).toMatch(/^input 'upstreams': expected a YAML list of \{name, uri \| path, ref\?, priority\?\}/);
    const b = await runAction('sync-guru', { upstreams: yamlList([{ name: 'guru', path: FX }]) });
    expect(b.annotations[0]?.message).toMatch(/^input 'overlay': expected the path of the overlay/);
    const c = await runAction('sync-guru', { overlay: 'o', upstreams: yamlList([{ name: '../escape', uri: 'file:///x' }]) });
    expect(c.annotations[0]?.message).toContain("a name in item 1 that matches");
    const d = await runAction('sync-guru', { overlay: 'o', upstreams: yamlList([{ name: 'guru', path: FX }]), 'verify-signatures': 'true' });
    expect(d.annotations[0]?.message).toMatch(/^input 'keyring'/);
  });

  it('a repos-conf location that is not there, a corrupt Manifest and a bad updates line are located, without a stack', async () => {
    const ws = workspaceWithOverlay();
    cleanup.push(ws);
    writeFileSync(path.join(ws, 'overlay/dev-lang/rust/Manifest'), 'DIST rustc-1.75.0-src.tar.xz 12 BLAKE2B zz\ngarbage\n');
    cpSync(path.join(FX, 'guru'), path.join(ws, 'guru'), { recursive: true });
    writeFileSync(path.join(ws, 'guru/profiles/updates/1Q-2026'), 'move app-misc/renamed app-misc/new-name\nmove a b c\n');
    mkdirSync(path.join(ws, 'conf'));
    writeFileSync(path.join(ws, 'conf/repos.conf'), `[guru]\nlocation = ${path.join(ws, 'guru')}\n\n[gentoo]\nlocation = ${path.join(ws, 'nowhere')}\n\n[regicide-rust]\nlocation = ${path.join(ws, 'overlay')}\n`);
    // validate: guru makes GURU's own defects (its profiles/updates) findings too
    const r = await runAction('sync-guru', { overlay: 'regicide-rust', 'repos-conf': 'conf/repos.conf', validate: 'guru' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(r.annotations.find((a) => a.title === 'upstream-missing')).toMatchObject({
      file: 'conf/repos.conf', line: 5, message: expect.stringMatching(/^input 'repos-conf': \[gentoo\] location \S+nowhere is not a directory/),
    });
    const manifest = r.annotations.filter((a) => a.file === 'overlay/dev-lang/rust/Manifest').map((a) => a.line);
    expect(manifest).toEqual([1, 2]);
    expect(r.annotations.find((a) => a.title === 'updates-malformed-line')).toMatchObject({ file: 'guru/profiles/updates/1Q-2026', line: 2 });
  });

  it.skipIf(!hasGpg)('a keyring that is not a key is an input error naming the file and gpg\'s reason', async () => {
    const r = await runAction('sync-guru', { overlay: 'overlay', upstreams: yamlList([{ name: 'guru', path: path.join(FX, 'guru') }]), 'verify-signatures': 'true', keyring: path.join(FX, 'guru/profiles/repo_name') }, {}, { workspace: workspaceWithOverlay() });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toBe(`input 'keyring': expected OpenPGP public keys gpg can import (gpg: no valid OpenPGP data found.), got '${path.join(FX, 'guru/profiles/repo_name')}'`);
  });

  describe('git upstreams', () => {
    let guru: BareRemote;
    let gentoo: BareRemote;
    beforeAll(() => {
      guru = makeBareRemote(path.join(FX, 'guru-last-sync'));
      gentoo = makeBareRemote(path.join(FX, 'gentoo'));
    });
    afterAll(() => {
      guru.cleanup();
      gentoo.cleanup();
    });

    it('fetches over file://, then sees what upstream removed since the previous checkout', async () => {
      const ws = workspaceWithOverlay();
      const temp = tempDir('rda-sync-guru-temp-');
      cleanup.push(ws, temp);
      const inputs = {
        overlay: 'overlay',
        upstreams: yamlList([{ name: 'guru', uri: guru.url }, { name: 'gentoo', uri: gentoo.url }]),
        ...FAST,
      };
      const first = await runAction('sync-guru', inputs, {}, { workspace: ws, tempDir: temp });
      expect(first.exitCode, first.stdout.slice(-2000)).toBe(0);
      const r1 = readReport(first.outputs.report);
      expect(r1.upstreams.map((u) => [u.name, u.synced, u.commit])).toEqual([
        ['guru', true, execFileSync('git', ['--git-dir', guru.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()],
        ['gentoo', true, execFileSync('git', ['--git-dir', gentoo.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()],
      ]);
      // old-tool is still in GURU: not removed yet
      expect(r1.drift.rows.some((x) => x.class === 'removed' && x.package === 'app-misc/old-tool')).toBe(false);
      // annotations point into the workspace copy
      expect(first.annotations.find((a) => a.title === 'drift-lagging')?.file).toBe('overlay/dev-lang/rust/rust-1.75.0-r1.ebuild');

      // upstream moves on: old-tool removed, new-name added, a malformed updates line
      const next = tempDir('rda-guru-next-');
      cleanup.push(next);
      cpSync(path.join(FX, 'guru'), next, { recursive: true });
      writeFileSync(path.join(next, 'profiles/updates/1Q-2026'), 'move app-misc/renamed app-misc/new-name\nmove only-one-arg\n');
      const commit = guru.commit(next, 'drop old-tool');
      const second = await runAction('sync-guru', inputs, {}, { workspace: ws, tempDir: temp });
      expect(second.exitCode, second.stdout.slice(-2000)).toBe(0);
      const r2 = readReport(second.outputs.report);
      expect(r2.upstreams[0]).toMatchObject({ name: 'guru', synced: true, commit });
      expect(r2.drift.rows.find((x) => x.class === 'removed' && x.package === 'app-misc/old-tool')?.evidence).toBe('previous checkout');
      expect(r2.drift.rows.some((x) => x.class === 'moved' && x.package === 'app-misc/renamed')).toBe(true);
      // GURU's own defect: not the overlay's to fix, so counted in the report and never annotated
      expect(second.annotations.find((a) => a.title === 'updates-malformed-line')).toBeUndefined();
      expect(second.summary).toContain('Upstream repositories: 1 finding(s) of their own, not validated');
      const up = (JSON.parse(readFileSync(second.outputs.report, 'utf8')) as { upstreamFindings: { repo: string; findings: { code: string; file: string; line: number }[] }[] }).upstreamFindings;
      expect(up).toEqual([{ repo: 'guru', findings: [expect.objectContaining({ code: 'updates-malformed-line', file: 'guru/profiles/updates/1Q-2026', line: 2 })] }]);
      expect(r2.timings.syncMs).toBeGreaterThan(0);
    });

    it('reads upstreams, priorities, make.conf and package.mask from repos-conf (setup-overlay layout)', async () => {
      const ws = workspaceWithOverlay();
      cleanup.push(ws);
      const cfg = path.join(ws, 'portage');
      const conf = path.join(cfg, 'repos.conf');
      mkdirSync(conf, { recursive: true });
      cpSync(path.join(FX, 'gentoo'), path.join(ws, 'repos', 'gentoo'), { recursive: true });
      writeFileSync(path.join(conf, 'DEFAULT.conf'), '[DEFAULT]\nmain-repo = gentoo\n');
      writeFileSync(path.join(conf, 'gentoo.conf'), `[gentoo]\nlocation = ${path.join(ws, 'repos', 'gentoo')}\n`);
      writeFileSync(path.join(conf, 'guru.conf'), `[guru]\nlocation = ${path.join(ws, 'repos', 'guru')}\npriority = 50\nsync-type = git\nsync-uri = ${guru.url}\n`);
      writeFileSync(path.join(conf, 'regicide-rust.conf'), `[regicide-rust]\nlocation = ${path.join(ws, 'overlay')}\npriority = 100\n`);
      mkdirSync(path.join(cfg, 'package.mask'), { recursive: true });
      writeFileSync(path.join(cfg, 'package.mask', 'setup-overlay'), 'dev-lang/rust::gentoo\n');
      writeFileSync(path.join(cfg, 'make.conf'), 'ACCEPT_KEYWORDS="~amd64"\n');
      const r = await runAction('sync-guru', { overlay: 'regicide-rust', 'repos-conf': 'portage/repos.conf', ...FAST }, {}, { workspace: ws, keep: true });
      cleanup.push(r.tempDir);
      expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
      const rep = readReport(r.outputs.report) as Report & { acceptKeywords: string[] };
      expect(rep.overlay).toMatchObject({ name: 'regicide-rust', priority: 100 });
      expect(rep.upstreams.map((u) => [u.name, u.synced])).toEqual([['gentoo', false], ['guru', true]]);
      expect(rep.acceptKeywords).toEqual(['~amd64']);
      // the user's package.mask makes the overlay's rust win; GURU's newer revisions still shadow ours
      const shadowed = rep.drift.rows.filter((x) => x.class === 'shadowed').map((x) => x.package).sort();
      expect(shadowed).toEqual(['app-misc/revised', 'dev-util/slotted']);
      expect(r.outputs['shadowed-count']).toBe('2');
    });

    it('retries a flaky HTTP remote, keeps the previous checkout when it stays down, fails within the bound without one', async () => {
      const remote = await startFaultyHttpRemote(path.dirname(guru.dir));
      const ws = workspaceWithOverlay();
      const temp = tempDir('rda-sync-guru-temp-');
      cleanup.push(ws, temp);
      try {
        const url = `${remote.url}/${path.basename(guru.dir)}`;
        const inputs = { overlay: 'overlay', upstreams: yamlList([{ name: 'guru', uri: url }, { name: 'gentoo', path: path.join(FX, 'gentoo') }]), ...FAST };
        remote.failNext(2, 'status-500');
        const ok = await runAction('sync-guru', inputs, {}, { workspace: ws, tempDir: temp });
        expect(ok.exitCode, ok.stdout.slice(-2000)).toBe(0);
        const r1 = readReport(ok.outputs.report);
        expect(r1.upstreams[0]).toMatchObject({ synced: true, attempts: 3 });
        expect(ok.stdout).toMatch(/attempt 1 failed .*retrying in \d+ ms/);

        remote.failAlways('cut');
        const kept = await runAction('sync-guru', { ...inputs, 'timeout-minutes': '0.5' }, {}, { workspace: ws, tempDir: temp });
        expect(kept.exitCode, kept.stdout.slice(-2000)).toBe(0);
        const r2 = readReport(kept.outputs.report);
        expect(r2.upstreams[0].synced).toBe(false);
        expect(r2.upstreams[0].syncError).toMatch(/could not sync .* \(the previous checkout was kept\)/);
        expect(kept.annotations.find((a) => a.title === 'upstream-sync-failed')).toMatchObject({ level: 'warning' });
        expect(r2.drift.count).toBeGreaterThan(0); // computed against the kept checkout

        remote.failAlways('stall');
        const fresh = tempDir('rda-sync-guru-temp-');
        cleanup.push(fresh);
        const t0 = Date.now();
        const gone = await runAction('sync-guru', { ...inputs, 'timeout-minutes': '0.1' }, { RDA_SYNC_ATTEMPT_TIMEOUT_MS: '1500' }, { workspace: ws, tempDir: fresh });
        expect(Date.now() - t0).toBeLessThan(40_000);
        expect(gone.exitCode).toBe(1);
        expect(gone.annotations.find((a) => a.title === 'upstream-sync-failed')).toMatchObject({ level: 'error' });
        expect(gone.stdout).toMatch(/could not sync guru and there is no previous checkout/);
        expect(readReport(gone.outputs.report).upstreams[0].excluded).toBe('no checkout');
      } finally {
        await remote.stop();
      }
    });
  });

  describe.skipIf(!hasGpg)('signatures (gnupg)', () => {
    let base: string;
    let signed: string;
    let unsigned: string;
    let goodKey: string;
    let otherKey: string;
    beforeAll(() => {
      base = tempDir('rda-sync-guru-gpg-');
      const genKey = (home: string, uid: string): string => {
        mkdirSync(home, { recursive: true, mode: 0o700 });
        execFileSync('gpg', ['--batch', '--homedir', home, '--passphrase', '', '--quick-gen-key', uid, 'ed25519', 'sign', 'never'], { stdio: 'ignore' });
        return execFileSync('gpg', ['--batch', '--homedir', home, '--armor', '--export', uid], { encoding: 'utf8' });
      };
      const home = path.join(base, 'gnupg');
      goodKey = genKey(home, 'Upstream Signer <signer@example.invalid>');
      otherKey = genKey(path.join(base, 'other'), 'Someone Else <else@example.invalid>');
      const env = { ...process.env, GNUPGHOME: home, GIT_CONFIG_NOSYSTEM: '1', HOME: base, GIT_AUTHOR_NAME: 'S', GIT_AUTHOR_EMAIL: 'signer@example.invalid', GIT_COMMITTER_NAME: 'S', GIT_COMMITTER_EMAIL: 'signer@example.invalid' };
      const make = (name: string, sign: boolean): string => {
        const work = path.join(base, name);
        cpSync(path.join(FX, 'guru'), work, { recursive: true });
        const g = (args: string[]) => execFileSync('git', args, { cwd: work, env, stdio: 'pipe' });
        g(['init', '-q', '--initial-branch=master']);
        g(['add', '-A']);
        g(['-c', 'user.signingkey=signer@example.invalid', 'commit', '-q', ...(sign ? ['-S'] : []), '-m', 'upstream']);
        return work;
      };
      signed = make('signed', true);
      unsigned = make('unsigned', false);
    });
    afterAll(() => rmSync(base, { recursive: true, force: true }));

    it('verifies the head commit against the keyring; unsigned or unknown keys fail clearly', async () => {
      const ws = workspaceWithOverlay();
      cleanup.push(ws);
      const run = (dir: string, keyring: string) =>
        runAction('sync-guru', {
          overlay: 'overlay',
          upstreams: yamlList([{ name: 'guru', uri: `file://${dir}` }, { name: 'gentoo', path: path.join(FX, 'gentoo') }]),
          'verify-signatures': 'true',
          keyring,
          ...FAST,
        }, {}, { workspace: ws, keep: true });
      const good = await run(signed, goodKey);
      cleanup.push(good.tempDir);
      expect(good.exitCode, good.stdout.slice(-2000)).toBe(0);
      expect(readReport(good.outputs.report).upstreams[0].signature).toMatchObject({ verified: true });
      expect(readReport(good.outputs.report).upstreams[0].signature?.message).toContain('good signature from Upstream Signer');

      const wrong = await run(signed, otherKey);
      cleanup.push(wrong.tempDir);
      expect(wrong.exitCode).toBe(1);
      expect(wrong.annotations.find((a) => a.title === 'upstream-signature')?.message).toMatch(/is signed by key \S+, which is not in the keyring; left out of the drift report/);
      const w = readReport(wrong.outputs.report);
      expect(w.upstreams[0].excluded).toBe('signature not verified');
      expect(w.drift.rows.every((x) => (x as { upstream?: string }).upstream !== 'guru')).toBe(true);

      const none = await run(unsigned, goodKey);
      cleanup.push(none.tempDir);
      expect(none.exitCode).toBe(1);
      expect(none.annotations.find((a) => a.title === 'upstream-signature')?.message).toMatch(/is not signed/);
    });
  });

  describe('the drift issue', () => {
    let fake: FakeGitHub;
    let url: string;
    beforeAll(async () => {
      fake = new FakeGitHub();
      url = await fake.start();
    });
    afterAll(async () => fake.stop());
    const env = () => ({ GITHUB_API_URL: url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '1' });

    it('opens one issue, updates it in place, and closes it when drift reaches zero', async () => {
      const inputs = { issue: 'true', 'github-token': 'ghs_test', 'issue-labels': 'overlay-drift, automated' };
      const first = await runAction('sync-guru', inputs, env());
      expect(first.exitCode, first.stdout.slice(-2000)).toBe(0);
      expect(fake.issues).toHaveLength(1);
      const issue = fake.issues[0];
      expect(first.outputs['issue-number']).toBe(String(issue.number));
      expect(issue.title).toBe('Overlay drift: regicide-rust (11 items)');
      expect(issue.body).toContain('<!-- rust-distro-actions:sync-guru:regicide-rust -->');
      expect(issue.body).toContain('Mask `dev-lang/rust::gentoo` in package.mask if 1.75.0-r1 is meant to win');
      // a distfile mismatch is one table line and a collapsed block, not a wall of hashes in a cell
      expect(issue.body).toContain('<details><summary>Manifest mismatch for only-ours-1.0.tar.gz</summary>');
      expect(issue.body).not.toMatch(/\| Manifest mismatch[^|\n]*<br>/);
      expect(issue.labels.map((l) => (typeof l === 'string' ? l : (l as { name: string }).name))).toEqual(['overlay-drift', 'automated']);
      expect(first.masks).toContain('ghs_test');

      const second = await runAction('sync-guru', { ...inputs, 'issue-labels': '' }, env());
      expect(second.exitCode).toBe(0);
      expect(fake.issues).toHaveLength(1);
      expect(second.outputs['issue-number']).toBe(String(issue.number));

      // an overlay with nothing upstream carries: zero drift closes the issue with a comment
      const ws = tempDir('rda-sync-guru-ws-');
      cleanup.push(ws);
      mkdirSync(path.join(ws, 'overlay'), { recursive: true });
      for (const p of ['profiles', 'metadata', 'app-misc/only-ours']) cpSync(path.join(FX, 'overlay', p), path.join(ws, 'overlay', p), { recursive: true });
      const clean = await runAction('sync-guru', {
        ...inputs,
        overlay: 'overlay',
        upstreams: yamlList([{ name: 'guru', path: path.join(FX, 'guru') }, { name: 'gentoo', path: path.join(FX, 'gentoo') }]),
      }, env(), { workspace: ws });
      expect(clean.exitCode, clean.stdout.slice(-2000)).toBe(0);
      expect(clean.outputs['drift-count']).toBe('0');
      expect(clean.outputs['has-drift']).toBe('false');
      expect(fake.issues[0].state).toBe('closed');
      expect((fake.comments.get(issue.number) ?? []).at(-1)?.body).toContain('No drift left for **regicide-rust**');
      expect(clean.outputs['issue-number']).toBe(String(issue.number));
    });

    it('an API that keeps failing is retried, then a warning; the report is still written', async () => {
      fake.fail({ kind: 'status', status: 502 }, { times: 1000 });
      const r = await runAction('sync-guru', { issue: 'true', 'github-token': 'ghs_test' }, env(), { keep: true });
      cleanup.push(r.tempDir);
      expect(r.exitCode).toBe(0);
      const getCalls = fake.calls.filter((c) => c.method === 'GET' && /\/issues/.test(c.path));
      expect(getCalls.length).toBeGreaterThan(1); // retried
      expect(r.annotations.find((a) => a.level === 'warning' && /drift issue was not updated/.test(a.message))?.message).toMatch(/GitHub request failed \(502\)/);
      expect(r.outputs['issue-number']).toBe('');
      expect(readReport(r.outputs.report).drift.count).toBe(11);
    });

    it('a token without issues: write becomes a warning naming the permission', async () => {
      const f2 = new FakeGitHub();
      const u2 = await f2.start();
      try {
        f2.fail({ kind: 'forbidden' }, { times: 1000 });
        const r = await runAction('sync-guru', { issue: 'true', 'github-token': 'ghs_ro' }, { GITHUB_API_URL: u2, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '1' });
        expect(r.exitCode).toBe(0);
        expect(r.annotations.find((a) => a.level === 'warning' && /drift issue was not updated/.test(a.message))?.message).toContain('`issues: write`');
      } finally {
        await f2.stop();
      }
    });
  });
});
