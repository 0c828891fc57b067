/**
 * A pull request never judges itself with its own license policy: through the built bundle, on a real git
 * checkout of a pull request (fixtures/crate-license-audit/hostile-pr/policy) that adds a GPL crate and
 * edits the policy to allow GPL, with a `pull_request` event from a fork and the fake GitHub API.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub, ROOT, runAction } from '../harness/index.js';

const hasBundle = existsSync(path.join(ROOT, 'dist/crate-license-audit/index.js'));
const FX = path.join(ROOT, 'fixtures/crate-license-audit');

let dir: string;
let fake: FakeGitHub;
const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

/** A checkout whose base commit is the demo workspace with the base lock, and whose head applies `change`. */
function pullRequest(name: string, change: (ws: string) => void): { ws: string; baseSha: string } {
  const ws = path.join(dir, name);
  cpSync(path.join(FX, 'workspace'), ws, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', ws]);
  cpSync(path.join(FX, 'base.Cargo.lock'), path.join(ws, 'Cargo.lock'));
  gitIn(ws, 'add', '.');
  gitIn(ws, 'commit', '-q', '-m', 'base');
  const baseSha = gitIn(ws, 'rev-parse', 'HEAD');
  change(ws);
  gitIn(ws, 'add', '-A');
  gitIn(ws, 'commit', '-q', '-m', 'pull request');
  return { ws, baseSha };
}

const addGplAndAllowIt = (ws: string) => {
  cpSync(path.join(FX, 'workspace/Cargo.lock'), path.join(ws, 'Cargo.lock'));
  cpSync(path.join(FX, 'hostile-pr/policy/license-policy.yml'), path.join(ws, 'license-policy.yml'));
};

function event(baseSha: string, headRepo: string | null = 'mallory/distro') {
  return {
    pull_request: {
      number: 7,
      base: { sha: baseSha, repo: { full_name: 'example/distro' } },
      head: { sha: 'f'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
    },
  };
}

const INPUTS = { policy: 'license-policy.yml', 'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros', 'github-token': 'ghs_policy_token' };

function run(ws: string, ev: Record<string, unknown>, inputs: Record<string, string> = {}) {
  return runAction('crate-license-audit', { ...INPUTS, ...inputs }, { GITHUB_API_URL: fake.url, RDA_GITHUB_RETRY_BASE_MS: '5' }, { event: ev, eventName: 'pull_request', workspace: ws, timeoutMs: 120_000 });
}

beforeAll(() => {
  if (hasBundle) dir = mkdtempSync(path.join(os.tmpdir(), 'prbot-policy-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  fake.addPullRequest(7);
});
afterEach(async () => fake.stop());

describe.skipIf(!hasBundle)('the pull request does not choose its license policy', () => {
  it('a fork that edits the policy to allow its GPL crate is judged with the base policy, and told what its policy would change', async () => {
    const { ws, baseSha } = pullRequest('edit', addGplAndAllowIt);
    const r = await run(ws, event(baseSha));
    expect(r.exitCode, r.stdout.slice(-2000)).toBe(1);
    expect(r.outputs.denied).toBe('1');
    const sentence =
      'this pull request changes the license policy `license-policy.yml`: it was judged with the base commit\'s policy (' +
      baseSha.slice(0, 12) +
      '); the new policy would pass instead of failing, and change gpl-tables 2.1.0 denied → allowed';
    const body = fake.comments.get(7)![0]!.body;
    // Right under the verdict line, before any table.
    expect(body.split('\n').slice(0, 5).join('\n')).toContain(`> **T${sentence.slice(1)}.**`);
    expect(body).toMatch(/### ❌ Crate licenses: fails on 1 denied crate/);
    expect(r.summary.slice(0, 2000)).toContain(`T${sentence.slice(1)}.`);
    const note = r.annotations.find((a) => a.title === 'policy-changed-by-pr');
    expect(note).toMatchObject({ level: 'warning', file: 'license-policy.yml' });
    expect(note!.message).toContain(sentence);
  });

  it('a pull request that only edits the policy still gets the comment (comment: on-change)', async () => {
    const { ws, baseSha } = pullRequest('policy-only', (w) => cpSync(path.join(FX, 'hostile-pr/policy/license-policy.yml'), path.join(w, 'license-policy.yml')));
    const r = await run(ws, event(baseSha), { 'fail-on': 'none' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ added: '0', removed: '0', updated: '0' });
    const body = fake.comments.get(7)![0]!.body;
    expect(body).toContain('this pull request changes the license policy `license-policy.yml`'.replace(/^t/, 'T'));
    // The base lock has no denied crate, and the edit changes no verdict.
    expect(body).toContain("the new policy would pass, and change no crate's verdict");
  });

  it('a policy the pull request deletes still judges it', async () => {
    const del = pullRequest('delete', (w) => {
      cpSync(path.join(FX, 'workspace/Cargo.lock'), path.join(w, 'Cargo.lock'));
      rmSync(path.join(w, 'license-policy.yml'));
    });
    const r = await run(del.ws, event(del.baseSha));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.denied).toBe('1');
    expect(r.summary).toContain('his pull request deletes the license policy `license-policy.yml`: it was judged with the base commit\'s policy');
    expect(r.summary).toContain('without a policy file would pass instead of failing');
  });

  it('policy-from: head is refused for a fork (and a deleted fork), with an error naming the input', async () => {
    const { ws, baseSha } = pullRequest('fork-head', addGplAndAllowIt);
    for (const headRepo of ['mallory/distro', null]) {
      const r = await run(ws, event(baseSha, headRepo), { 'policy-from': 'head' });
      expect(r.exitCode).toBe(1);
      expect(r.annotations[0]).toMatchObject({ level: 'error', title: 'Input error: policy-from' });
      expect(r.annotations[0]!.message).toMatch(/expected 'base' for a pull request from a fork .*only a pull request from this repository may be judged with its own policy, got 'head'/);
      expect(fake.comments.get(7)).toHaveLength(0);
    }
  });

  it('policy-from: head on a same-repository pull request uses its policy (a maintainer opted in)', async () => {
    const { ws, baseSha } = pullRequest('same-repo-head', addGplAndAllowIt);
    const r = await run(ws, event(baseSha, 'example/distro'), { 'policy-from': 'head' });
    expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
    expect(r.outputs.denied).toBe('0');
    // Without the opt-in, the same pull request is judged by the base policy.
    const base = await run(ws, event(baseSha, 'example/distro'));
    expect(base.exitCode).toBe(1);
  });

  it('a base commit that cannot be read fails closed: never the checkout\'s policy', async () => {
    const { ws } = pullRequest('no-base', addGplAndAllowIt);
    const r = await run(ws, event('c'.repeat(40)));
    expect(r.exitCode).toBe(1);
    const err = r.annotations.find((a) => a.level === 'error')!;
    expect(err.message).toMatch(/^input 'policy': a pull request is judged with the license policy of its base commit, and 'license-policy\.yml' cannot be read at c{40}: /);
    expect(r.outputs.denied).toBeUndefined();
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('a policy file the pull request turns into a symlink out of the checkout is refused', async () => {
    const { ws, baseSha } = pullRequest('symlink', (w) => {
      rmSync(path.join(w, 'license-policy.yml'));
      writeFileSync(path.join(dir, 'outside.yml'), 'allow: [GPL-3.0-only]\n');
      execFileSync('ln', ['-s', path.join(dir, 'outside.yml'), path.join(w, 'license-policy.yml')]);
    });
    const r = await run(ws, event(baseSha));
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatchObject({ level: 'error', title: 'Input error: policy' });
  });
});
