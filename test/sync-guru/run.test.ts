/** syncGuru with the outside world faked: time bound across upstreams, kept checkouts, fatal errors. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandResult, RunCommand } from '../../shared/io.js';
import { driftRequest, type SyncGuruInputs } from '../../actions/sync-guru/inputs.js';
import { checkDrift, type DriftCheckDeps as SyncGuruDeps } from '../../shared/gentoo/drift-check.js';
import { runCommand } from '../../shared/toolkit/exec.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FX = path.join(ROOT, 'fixtures/sync-guru');
const tmp = mkdtempSync(path.join(tmpdir(), 'sync-guru-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const noGit: RunCommand = async (): Promise<CommandResult> => ({ code: 128, signal: null, stdout: '', stderr: 'not a git repository', timedOut: false, durationMs: 1 });

function inputs(over: Partial<SyncGuruInputs> = {}): SyncGuruInputs {
  return {
    overlay: { path: path.join(FX, 'overlay') },
    upstreams: [
      { name: 'guru', uri: 'https://example.invalid/guru.git' },
      { name: 'gentoo', uri: 'https://example.invalid/gentoo.git', priority: -1000 },
    ],
    embedded: false,
    sync: true,
    retries: 0,
    backoffSeconds: 0,
    timeoutMinutes: 1,
    verifySignatures: false,
    issue: false,
    issueLabels: [],
    githubToken: '',
    failOnDrift: false,
    ...over,
  };
}

describe('syncGuru', () => {
  it('shares timeout-minutes across upstreams: one that used it all up leaves none for the next', async () => {
    let now = 0;
    const seen: { uri: string; maxTotalMs: number }[] = [];
    const deps: SyncGuruDeps = {
      run: noGit,
      info: () => {},
      clock: () => now,
      now: () => 0,
      sync: async (spec, bounds) => {
        seen.push({ uri: spec.uri, maxTotalMs: bounds.maxTotalMs });
        now += 61_000; // the first fetch takes longer than the whole bound, then fails
        throw new Error('could not sync: timed out');
      },
    };
    const workDir = path.join(tmp, 'bound');
    const r = await checkDrift(driftRequest(inputs(), { workspace: tmp, root: ROOT, workDir }), deps);
    expect(seen).toEqual([{ uri: 'https://example.invalid/guru.git', maxTotalMs: 60_000 }]);
    expect(r.upstreams.map((u) => [u.name, u.excluded, u.syncError?.slice(0, 40)])).toEqual([
      ['guru', 'no checkout', 'could not sync: timed out'],
      ['gentoo', 'no checkout', 'not fetched: timeout-minutes (1) was use'],
    ]);
    expect(r.fatal).toHaveLength(2);
    expect(r.findings.filter((f) => f.code === 'upstream-sync-failed').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('a failed fetch with a previous checkout warns and compares against it', async () => {
    const workDir = path.join(tmp, 'kept');
    cpSync(path.join(FX, 'guru'), path.join(workDir, 'repos', 'guru'), { recursive: true });
    cpSync(path.join(FX, 'gentoo'), path.join(workDir, 'repos', 'gentoo'), { recursive: true });
    const deps: SyncGuruDeps = {
      run: noGit,
      info: () => {},
      clock: () => 0,
      now: () => 0,
      sync: async (spec) => {
        if (spec.uri.includes('gentoo')) return { path: spec.dest, commit: 'c'.repeat(40), attempts: 2, replaced: true };
        throw new Error('could not sync https://example.invalid/guru.git: exit 128 (the previous checkout was kept)');
      },
    };
    const r = await checkDrift(driftRequest(inputs(), { workspace: tmp, root: ROOT, workDir }), deps);
    expect(r.fatal).toEqual([]);
    expect(r.upstreams.map((u) => [u.name, u.synced, u.excluded, u.commit])).toEqual([
      ['guru', false, undefined, undefined],
      ['gentoo', true, undefined, 'c'.repeat(40)],
    ]);
    expect(r.findings.find((f) => f.code === 'upstream-sync-failed')).toMatchObject({ severity: 'warning' });
    expect(r.findings.find((f) => f.code === 'upstream-sync-failed')?.message).toContain('drift is computed against the previous checkout');
    // the previous GURU checkout is both the kept tree and the "before" state: nothing counts as removed
    expect(r.drift.counts.lagging).toBe(1);
    expect(r.drift.rows.some((x) => x.class === 'removed' && x.package === 'app-misc/old-tool')).toBe(false);
  });

  it('a path upstream with full git history gives days behind and the commit that removed our version', async () => {
    const repo = path.join(tmp, 'gentoo-git');
    cpSync(path.join(FX, 'gentoo'), repo, { recursive: true });
    const env = (date: string) => ({ ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'g', GIT_AUTHOR_EMAIL: 'g@example.invalid', GIT_COMMITTER_NAME: 'g', GIT_COMMITTER_EMAIL: 'g@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    const git = (date: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env: env(date), encoding: 'utf8' }).trim();
    const newer = ['rust-1.97.1.ebuild', 'rust-1.98.0.ebuild'];
    for (const f of newer) rmSync(path.join(repo, 'dev-lang/rust', f));
    cpSync(path.join(FX, 'overlay/dev-lang/rust/rust-1.75.0-r1.ebuild'), path.join(repo, 'dev-lang/rust/rust-1.75.0-r1.ebuild'));
    git('2026-01-01T00:00:00Z', 'init', '-q');
    git('2026-01-01T00:00:00Z', 'add', '-A');
    git('2026-01-01T00:00:00Z', 'commit', '-q', '-m', 'rust 1.75.0-r1');
    for (const f of newer) cpSync(path.join(FX, 'gentoo/dev-lang/rust', f), path.join(repo, 'dev-lang/rust', f));
    rmSync(path.join(repo, 'dev-lang/rust/rust-1.75.0-r1.ebuild'));
    git('2026-03-01T12:00:00Z', 'add', '-A');
    git('2026-03-01T12:00:00Z', 'commit', '-q', '-m', 'rust: add 1.97.1, 1.98.0, drop 1.75.0-r1');
    const head = git('2026-03-01T12:00:00Z', 'rev-parse', 'HEAD');
    // every question the drift asks of the history is answered by one walk of it, not one `git log` each
    const logs: string[][] = [];
    const run: RunCommand = (file, args, options) => {
      if (file === 'git' && args.includes('log')) logs.push([...args]);
      return runCommand(file, args, options);
    };
    const deps: SyncGuruDeps = { run, info: () => {}, clock: () => 0, now: () => Date.parse('2026-03-11T00:00:00Z'), sync: async () => { throw new Error('not fetched'); } };
    const r = await checkDrift(driftRequest(inputs({ upstreams: [{ name: 'guru', path: path.join(FX, 'guru') }, { name: 'gentoo', path: repo, priority: -1000 }] }), { workspace: tmp, root: ROOT, workDir: path.join(tmp, 'history') }), deps);
    // (one per checkout with history: the GURU fixture sits inside this project's own clone)
    const roots = logs.map((a) => a[a.indexOf('-C') + 1]);
    expect(new Set(roots).size).toBe(roots.length);
    expect(logs[roots.indexOf(repo)]).toEqual(expect.arrayContaining(['dev-lang/rust/rust-1.97.1.ebuild', 'dev-lang/rust/rust-1.75.0-r1.ebuild']));
    const lag = r.drift.rows.find((x) => x.class === 'lagging' && x.package === 'dev-lang/rust')!;
    expect(lag.behind).toEqual({ versions: ['1.97.1', '1.98.0'], days: 9 });
    const gone = r.drift.rows.find((x) => x.class === 'removed' && x.package === 'dev-lang/rust')!;
    expect(gone.evidence).toBe('git history');
    expect(gone.detail).toBe(`gentoo removed 1.75.0 in ${head.slice(0, 12)} (2026-03-01).`);
    expect(r.upstreams.find((u) => u.name === 'gentoo')?.commit).toBe(head);
  });

  it('verify-signatures with sync: false still verifies what setup-overlay fetched (sync-type = git), not path repositories', async () => {
    const conf = path.join(tmp, 'sig', 'repos.conf');
    mkdirSync(path.dirname(conf), { recursive: true });
    writeFileSync(conf, `[guru]\nlocation = ${path.join(FX, 'guru')}\nsync-type = git\nsync-uri = https://example.invalid/guru.git\n\n[gentoo]\nlocation = ${path.join(FX, 'gentoo')}\npriority = -1000\n\n[regicide-rust]\nlocation = ${path.join(FX, 'overlay')}\n`);
    const calls: string[] = [];
    const run: RunCommand = async (file, args) => {
      calls.push(`${file} ${args.join(' ')}`);
      const ok = (stdout: string, stderr = ''): CommandResult => ({ code: 0, signal: null, stdout, stderr, timedOut: false, durationMs: 1 });
      if (file === 'gpg') return ok('', 'gpg: key 0123: public key "Upstream Signer" imported\n');
      if (args.includes('verify-commit')) return ok('', '[GNUPG:] GOODSIG 0123 Upstream Signer <s@example.invalid>\n[GNUPG:] VALIDSIG 0123\n');
      if (args.includes('rev-parse') && args.includes('HEAD')) return ok(`${'d'.repeat(40)}\n`);
      return noGit(file, args);
    };
    const deps: SyncGuruDeps = { run, info: () => {}, clock: () => 0, now: () => 0, sync: async () => { throw new Error('must not fetch with sync: false'); } };
    const r = await checkDrift(driftRequest(inputs({ overlay: { name: 'regicide-rust', path: path.join(tmp, 'regicide-rust') }, reposConf: conf, upstreams: [], sync: false, verifySignatures: true, keyringText: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n' }), { workspace: tmp, root: ROOT, workDir: path.join(tmp, 'sig-work') }), deps);
    expect(r.fatal).toEqual([]);
    expect(r.upstreams.map((u) => [u.name, u.signature?.verified])).toEqual([['guru', true], ['gentoo', undefined]]);
    expect(calls.filter((c) => c.includes('verify-commit'))).toEqual([`git -C ${path.join(FX, 'guru')} verify-commit --raw HEAD`]);
    // nothing fetched from a remote: a warning that nothing was verified, never a silent pass
    const none = await checkDrift(driftRequest(inputs({ upstreams: [{ name: 'guru', path: path.join(FX, 'guru') }], sync: false, verifySignatures: true, keyringText: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n' }), { workspace: tmp, root: ROOT, workDir: path.join(tmp, 'sig-none') }), deps);
    expect(none.findings.find((f) => f.code === 'upstream-signature')).toMatchObject({ severity: 'warning', message: expect.stringContaining('nothing was verified') });
  });
});
