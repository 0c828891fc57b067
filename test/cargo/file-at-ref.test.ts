/** The base lockfile through real git: a full history, a new lockfile, a shallow clone that must fetch the base. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../../shared/toolkit/exec.js';
import type { RunCommand } from '../../shared/io.js';
import { readFileAtRef } from '../../shared/cargo/license-audit.js';

let dir: string;
let repo: string;
let baseSha: string;
let firstSha: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cla-git-'));
  repo = path.join(dir, 'repo');
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  writeFileSync(path.join(repo, 'README'), 'x\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'no lock yet');
  firstSha = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'Cargo.lock'), 'version = 4 # base\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'Cargo.lock'), 'version = 4 # head\n');
  git(repo, 'commit', '-q', '-am', 'head');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileAtRef', () => {
  it('reads the lockfile as it was at the base commit', async () => {
    const r = await readFileAtRef(runCommand, { cwd: repo, rev: baseSha, path: 'Cargo.lock' });
    expect(r).toEqual({ status: 'found', text: 'version = 4 # base\n', from: `git show ${baseSha}:./Cargo.lock` });
  });

  it('a lockfile that did not exist at the base is "absent" (the pull request adds it)', async () => {
    const r = await readFileAtRef(runCommand, { cwd: repo, rev: firstSha, path: 'Cargo.lock' });
    expect(r.status).toBe('absent');
  });

  it('a shallow clone fetches just the base commit, once', async () => {
    const clone = path.join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo}`, clone]);
    expect(() => git(clone, 'cat-file', '-e', baseSha)).toThrow();
    const calls: string[][] = [];
    const spy: RunCommand = (file, args, opts) => {
      calls.push([file, ...args]);
      return runCommand(file, args, opts);
    };
    const r = await readFileAtRef(spy, { cwd: clone, rev: baseSha, path: './Cargo.lock' });
    expect(r.status === 'found' && r.text).toBe('version = 4 # base\n');
    expect(calls.map((c) => c.slice(0, 2).join(' '))).toEqual(['git rev-parse', 'git rev-parse', 'git fetch', 'git rev-parse', 'git show']);
    expect(calls[2]).toEqual(['git', 'fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', baseSha]);
    expect(calls[4]).toEqual(['git', 'show', 'FETCH_HEAD:./Cargo.lock']);
  });

  it('passes the given environment to every git call', async () => {
    const envs: unknown[] = [];
    const spy: RunCommand = (file, args, opts) => {
      envs.push(opts?.env);
      return runCommand(file, args, opts);
    };
    await readFileAtRef(spy, { cwd: repo, rev: baseSha, path: 'Cargo.lock', env: { 'INPUT_GITHUB-TOKEN': undefined } });
    expect(envs.length).toBeGreaterThan(0);
    expect(envs.every((e) => JSON.stringify(e) === JSON.stringify({ 'INPUT_GITHUB-TOKEN': undefined }))).toBe(true);
  });

  it('an unknown revision that cannot be fetched is "unavailable" with advice, never a throw', async () => {
    const r = await readFileAtRef(runCommand, { cwd: repo, rev: 'f'.repeat(40), path: 'Cargo.lock' });
    expect(r.status).toBe('unavailable');
    expect(r.status === 'unavailable' && r.reason).toMatch(/fetch-depth: 0 or pass base-lockfile/);
  });

  it('outside a git repository it is "unavailable"', async () => {
    const r = await readFileAtRef(runCommand, { cwd: dir, rev: baseSha, path: 'Cargo.lock' });
    expect(r.status).toBe('unavailable');
  });
});
