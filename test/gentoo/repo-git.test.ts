/**
 * readHistory against git itself: one walk answers what `git log -1 --diff-filter=A|D -- <path>` answers for each
 * path, on a real repository with files added, removed, re-added and whole packages dropped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunCommand } from '../../shared/io.js';
import { readHistory } from '../../shared/gentoo/repo-git.js';
import { runCommand } from '../../shared/toolkit/exec.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'repo-git-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function history(): { repo: string; files: string[] } {
  const repo = path.join(tmp, `r${Math.random().toString(36).slice(2)}`);
  mkdirSync(repo);
  let day = 1;
  const git = (...args: string[]) => {
    const date = `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`;
    return execFileSync('git', ['-C', repo, ...args], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'g', GIT_AUTHOR_EMAIL: 'g@example.invalid', GIT_COMMITTER_NAME: 'g', GIT_COMMITTER_EMAIL: 'g@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
    });
  };
  const put = (f: string) => {
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    writeFileSync(path.join(repo, f), `${f} ${day}\n`);
  };
  const commit = (msg: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', msg);
    day++;
  };
  git('init', '-q');
  for (const f of ['dev-lang/rust/rust-1.0.ebuild', 'dev-lang/rust/metadata.xml', 'app-misc/old/old-1.ebuild', 'app-misc/old/metadata.xml', 'app-misc/keep/keep-1.ebuild', 'dev-util/odd name/odd name-1.ebuild', 'app-misc/ünï/ünï-1.ebuild']) put(f);
  commit('initial');
  put('dev-lang/rust/rust-1.1.ebuild');
  commit('rust 1.1');
  rmSync(path.join(repo, 'dev-lang/rust/rust-1.0.ebuild'));
  put('app-misc/keep/keep-2.ebuild');
  commit('rust: drop 1.0; keep 2');
  rmSync(path.join(repo, 'app-misc/old'), { recursive: true });
  commit('app-misc/old: treeclean');
  put('dev-lang/rust/rust-1.0.ebuild');
  commit('rust 1.0 again');
  for (let i = 0; i < 5; i++) {
    put(`sys-apps/filler/filler-${i}.ebuild`);
    commit(`filler ${i}`);
  }
  const files = git('log', '--format=', '--name-only').split('\n').filter(Boolean);
  return { repo, files: [...new Set(files)] };
}

const gitOne = (repo: string, filter: string, rel: string) =>
  execFileSync('git', ['--literal-pathspecs', '-C', repo, 'log', '-1', `--diff-filter=${filter}`, '--format=%H%x09%cI', '--', rel], { encoding: 'utf8' }).trim();

describe('readHistory', () => {
  it('answers each path as git log -1 --diff-filter=A|D -- <path> does, in one git call', async () => {
    const { repo, files } = history();
    const dirs = [...new Set(files.map((f) => path.dirname(f)))];
    const never = ['app-misc/never', 'app-misc/never/never-1.ebuild', 'dev-lang/rust/rust-9.ebuild'];
    let calls = 0;
    const run: RunCommand = (file, args, options) => {
      calls++;
      return runCommand(file, args, options);
    };
    const got = await readHistory(run, repo, { added: [...files, ...never], removed: [...files, ...dirs, ...never] });
    expect(calls).toBe(1);
    for (const f of [...files, ...never]) {
      const [, date] = gitOne(repo, 'A', f).split('\t');
      expect([f, got.added.get(f)]).toEqual([f, date]);
    }
    for (const p of [...files, ...dirs, ...never]) {
      const [commit, date] = gitOne(repo, 'D', p).split('\t');
      expect([p, got.removed.get(p)]).toEqual([p, commit ? { commit, date } : undefined]);
    }
    // the cases that matter: a treecleaned package, a version dropped and one dropped then re-added
    expect(got.removed.get('app-misc/old')?.date).toBe('2026-01-04T12:00:00+00:00');
    expect(got.removed.get('dev-lang/rust/rust-1.0.ebuild')?.date).toBe('2026-01-03T12:00:00+00:00');
    expect(got.added.get('dev-lang/rust/rust-1.0.ebuild')).toBe('2026-01-05T12:00:00+00:00');
    expect(got.added.has('app-misc/never/never-1.ebuild')).toBe(false);
  });

  it('stops the walk once every question has its answer, and keeps every answer', async () => {
    const { repo } = history();
    const questions = { added: ['sys-apps/filler/filler-4.ebuild', 'dev-lang/rust/rust-1.0.ebuild'], removed: ['app-misc/old', 'dev-lang/rust/rust-1.0.ebuild'] };
    let aborted = false;
    const run: RunCommand = (file, args, options) => {
      options?.signal?.addEventListener('abort', () => (aborted = true));
      return runCommand(file, args, options);
    };
    const got = await readHistory(run, repo, questions);
    expect(aborted).toBe(true);
    expect(Object.fromEntries(got.added)).toEqual({ 'sys-apps/filler/filler-4.ebuild': '2026-01-10T12:00:00+00:00', 'dev-lang/rust/rust-1.0.ebuild': '2026-01-05T12:00:00+00:00' });
    expect([...got.removed.keys()].sort()).toEqual(['app-misc/old', 'dev-lang/rust/rust-1.0.ebuild']);
  });

  it('a path is a path, never pathspec magic, and no question asks nothing of git', async () => {
    const { repo } = history();
    const got = await readHistory(runCommand, repo, { added: [':(glob)**'], removed: [':(glob)**', '*'] });
    expect([...got.added, ...got.removed]).toEqual([]);
    let calls = 0;
    await readHistory(async (...a) => (calls++, runCommand(...a)), repo, { added: [], removed: [] });
    expect(calls).toBe(0);
  });

  it('not a git checkout: no answers, no error', async () => {
    const dir = mkdtempSync(path.join(tmp, 'plain-'));
    const got = await readHistory(runCommand, dir, { added: ['a'], removed: ['b'] });
    expect([...got.added, ...got.removed]).toEqual([]);
  });
});
