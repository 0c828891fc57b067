import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeBareRemote, startFaultyHttpRemote, tempDir, type BareRemote, type FaultyHttpRemote } from '../harness/git-remotes.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { lsRemote, syncCheckout } from '../../shared/toolkit/git.js';

let src: string;
let remote: BareRemote;
let http: FaultyHttpRemote;
let work: string;
const noSleep = async () => {};

beforeAll(async () => {
  src = tempDir();
  mkdirSync(path.join(src, 'profiles'), { recursive: true });
  writeFileSync(path.join(src, 'profiles', 'repo_name'), 'guru\n');
  remote = makeBareRemote(src);
  http = await startFaultyHttpRemote(path.dirname(remote.dir));
  work = tempDir();
});
afterAll(async () => {
  await http.stop();
  remote.cleanup();
  rmSync(src, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const opts = { run: runCommand, attempts: 4, baseDelayMs: 1, maxTotalMs: 60_000, sleep: noSleep };

describe('syncCheckout', () => {
  it('clones over file:// and reports the commit', async () => {
    const dest = path.join(work, 'file-clone');
    const r = await syncCheckout({ uri: remote.url, dest }, opts);
    expect(r.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(r.commit).toBe(await lsRemote(runCommand, remote.url));
    expect(readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8')).toBe('guru\n');
    expect(r.replaced).toBe(false);
  });

  it('fetches a pinned commit and swaps a newer tree in only when complete', async () => {
    const dest = path.join(work, 'pinned');
    const first = await syncCheckout({ uri: remote.url, dest }, opts);
    writeFileSync(path.join(src, 'profiles', 'repo_name'), 'guru2\n');
    const second = remote.commit(src, 'rename');
    const r = await syncCheckout({ uri: remote.url, dest }, opts);
    expect(r.replaced).toBe(true);
    expect(r.commit).toBe(second);
    expect(readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8')).toBe('guru2\n');
    const back = await syncCheckout({ uri: remote.url, ref: first.commit, dest }, opts);
    expect(back.commit).toBe(first.commit);
    expect(readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8')).toBe('guru\n');
    // no temp siblings left behind
    expect(readdirSync(work).filter((n) => n.startsWith('pinned.'))).toEqual([]);
  });

  it('over HTTP: fails twice then succeeds', async () => {
    const dest = path.join(work, 'http-retry');
    http.failNext(2, 'status-500');
    const retries: number[] = [];
    const r = await syncCheckout({ uri: `${http.url}/remote.git`, dest }, { ...opts, onRetry: (i) => retries.push(i.attempt) });
    expect(r.attempts).toBe(3);
    expect(retries).toEqual([1, 2]);
    expect(existsSync(path.join(dest, 'profiles', 'repo_name'))).toBe(true);
  });

  it('over HTTP: a dropped connection is retried too', async () => {
    const dest = path.join(work, 'http-cut');
    http.failNext(1, 'cut');
    const r = await syncCheckout({ uri: `${http.url}/remote.git`, dest }, opts);
    expect(r.attempts).toBe(2);
  });

  it('fails always: gives up within its bound and keeps the previous checkout intact', async () => {
    const dest = path.join(work, 'http-keep');
    await syncCheckout({ uri: `${http.url}/remote.git`, dest }, opts);
    const before = readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8');
    http.failAlways('status-500');
    try {
      const err = await syncCheckout({ uri: `${http.url}/remote.git`, dest }, { ...opts, attempts: 3 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/gave up after 3 attempt/);
      expect((err as Error).message).toMatch(/previous checkout was kept/);
      expect(readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8')).toBe(before);
      expect(readdirSync(work).filter((n) => n.startsWith('http-keep.'))).toEqual([]);
    } finally {
      http.heal();
    }
  });

  it('a stalled remote is cut by the per-attempt timeout', async () => {
    const dest = path.join(work, 'http-stall');
    http.failAlways('stall');
    try {
      const err = await syncCheckout({ uri: `${http.url}/remote.git`, dest }, { ...opts, attempts: 2, attemptTimeoutMs: 1500 }).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/timed out/);
      expect(existsSync(dest)).toBe(false);
    } finally {
      http.heal();
    }
  });

  it('never replaces a non-empty directory that is not a checkout', async () => {
    const dest = path.join(work, 'precious');
    mkdirSync(dest, { recursive: true });
    writeFileSync(path.join(dest, 'notes.txt'), 'keep me');
    await expect(syncCheckout({ uri: remote.url, dest }, opts)).rejects.toThrow(/refusing to replace .* not a git checkout/);
    expect(readFileSync(path.join(dest, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses option-like uris and refs', async () => {
    await expect(syncCheckout({ uri: '--upload-pack=touch /tmp/x', dest: path.join(work, 'x') }, opts)).rejects.toThrow(/must not start with '-'/);
    await expect(syncCheckout({ uri: remote.url, ref: '--orphan', dest: path.join(work, 'x') }, opts)).rejects.toThrow(/not a valid/);
  });
});
