/**
 * No git process sync-guru or setup-overlay starts can see a token: not in its own environment, not in the
 * action's (a child reads its parent's `/proc/$PPID/environ`, the environment the action was started with),
 * not in any process's. Through the built bundles, as the runner runs them, with the runner's git replaced
 * by a recorder early on PATH that writes down what it can reach and then runs the real git.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, makeBareRemote, ROOT, runAction, tempDir, type BareRemote } from '../harness/index.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('git child environment tests skipped: Debian package git is not installed');
    return false;
  }
})();
const bundle = (name: string) => existsSync(path.join(ROOT, 'dist', name, 'index.js'));

/** Every credential the runner can hand an action, each with its own value. */
const TOKENS = {
  'INPUT_GITHUB-TOKEN': 'ghs_input_token_5b2e9d',
  INPUT_TOKEN: 'ghs_umbrella_token_c41a07',
  GITHUB_TOKEN: 'ghs_env_token_7f3d11',
  GH_TOKEN: 'ghp_gh_token_2a9c44',
  ACTIONS_RUNTIME_TOKEN: 'runtime_token_e8b6f2',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc_token_9d0b3c',
  /** Not a token variable, but it holds the github-token input's value. */
  MY_PAT: 'ghs_input_token_5b2e9d',
};

let dir: string;
let bin: string;
let record: string;

beforeAll(() => {
  dir = tempDir('rda-git-child-env-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  bin = tempDir('rda-git-recorder-bin-');
  record = tempDir('rda-git-recorded-');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    path.join(bin, 'git'),
    [
      '#!/bin/sh',
      `r=${record}/$$`,
      'mkdir -p "$r"',
      'printf "%s\\n" "$*" > "$r/args"',
      'env > "$r/env"',
      'cat /proc/$PPID/environ > "$r/parent-environ" 2>/dev/null',
      // Every environment this user's processes were started with.
      'for f in /proc/[0-9]*/environ; do cat "$f" 2>/dev/null; printf "\\n"; done > "$r/all-environ"',
      `exec ${realGit} "$@"`,
    ].join('\n') + '\n',
  );
  chmodSync(path.join(bin, 'git'), 0o755);
});
afterEach(() => {
  rmSync(bin, { recursive: true, force: true });
  rmSync(record, { recursive: true, force: true });
});

function runnerEnv(extra: Record<string, string> = {}, omit: (keyof typeof TOKENS)[] = []): Record<string, string> {
  const env: Record<string, string> = { ...TOKENS };
  for (const k of ['INPUT_GITHUB-TOKEN', ...omit]) delete env[k];
  return { ...env, PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, ...extra };
}

/** What each git run could reach; asserts there was at least one and that none saw a token. */
function expectNoTokenReached(): void {
  const runs = readdirSync(record);
  expect(runs.length, 'git ran through the recorder').toBeGreaterThan(0);
  const values = [...new Set(Object.values(TOKENS))];
  for (const run of runs) {
    const at = (f: string) => readFileSync(path.join(record, run, f), 'utf8');
    const args = at('args').trim();
    const env = at('env');
    const parent = at('parent-environ');
    expect(parent.length, `git ${args}: /proc/$PPID/environ was readable`).toBeGreaterThan(0);
    for (const [what, text] of [['env', env], ['/proc/$PPID/environ', parent], ['/proc/*/environ', at('all-environ')]] as const) {
      for (const v of values) expect(text.includes(v), `git ${args}: ${what} holds ${v}`).toBe(false);
    }
    // Nor the runner's command files or the inputs: a child has no business with them.
    expect(env, `git ${args}`).not.toMatch(/^(INPUT_|GITHUB_OUTPUT=|GITHUB_ENV=|GITHUB_PATH=|GITHUB_STATE=|GITHUB_STEP_SUMMARY=|ACTIONS_RUNTIME_TOKEN=)/m);
    expect(parent, `git ${args}`).not.toMatch(/(^|\0)(INPUT_[^=]*|GITHUB_TOKEN|GH_TOKEN|GITHUB_OUTPUT|GITHUB_ENV|GITHUB_PATH)=/);
  }
}

describe.skipIf(!hasGit || !bundle('sync-guru'))('sync-guru bundle', () => {
  let guru: BareRemote;
  let gentoo: BareRemote;
  let fake: FakeGitHub;
  beforeAll(async () => {
    guru = makeBareRemote(path.join(ROOT, 'fixtures/sync-guru/guru-last-sync'));
    gentoo = makeBareRemote(path.join(ROOT, 'fixtures/sync-guru/gentoo'));
  });
  afterAll(() => {
    guru.cleanup();
    gentoo.cleanup();
  });
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterEach(async () => fake.stop());

  it('git clone/fetch/log see no token; the token still files the drift issue afterwards', { timeout: 120_000 }, async () => {
    const ws = path.join(dir, 'sync-ws');
    cpSync(path.join(ROOT, 'fixtures/sync-guru/overlay'), path.join(ws, 'overlay'), { recursive: true });
    const r = await runAction(
      'sync-guru',
      {
        overlay: 'overlay',
        upstreams: `- name: guru\n  uri: ${JSON.stringify(guru.url)}\n- name: gentoo\n  uri: ${JSON.stringify(gentoo.url)}`,
        issue: 'true',
        'github-token': TOKENS['INPUT_GITHUB-TOKEN'],
        retries: '0',
      },
      runnerEnv({ GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '5' }),
      { workspace: ws, timeoutMs: 100_000 },
    );
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
    expectNoTokenReached();
    // The action itself still used the token after git ran: the issue was filed with it.
    expect(fake.calls.length).toBeGreaterThan(0);
    expect(fake.calls.every((c) => c.authorization === `token ${TOKENS['INPUT_GITHUB-TOKEN']}`)).toBe(true);
    expect(r.outputs['issue-number']).toMatch(/^\d+$/);
  });
});

describe.skipIf(!hasGit || !bundle('setup-overlay'))('setup-overlay bundle', () => {
  let guru: BareRemote;
  beforeAll(() => {
    guru = makeBareRemote(path.join(ROOT, 'fixtures/setup-overlay/guru'));
  });
  afterAll(() => guru.cleanup());

  it('git ls-remote/clone/rev-parse see no token (also with the cache on)', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'so');
    mkdirSync(out, { recursive: true });
    const r = await runAction(
      'setup-overlay',
      {
        repositories: `- name: gentoo\n  path: ${JSON.stringify(path.join(ROOT, 'fixtures/setup-overlay/gentoo'))}\n- name: guru\n  uri: ${JSON.stringify(guru.url)}`,
        'config-root': path.join(out, 'portage'),
        'repos-dir': path.join(out, 'repos'),
        cache: 'true',
      },
      // The umbrella action passes every input it declares, a token among them.
      // (MY_PAT is only a workflow's variable here: setup-overlay has no secret input it could match.)
      runnerEnv({ 'INPUT_GITHUB-TOKEN': TOKENS['INPUT_GITHUB-TOKEN'], RDA_SYNC_RETRY_BASE_MS: '20' }, ['MY_PAT']),
      { timeoutMs: 100_000 },
    );
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    expect(r.outputs['repos-conf'], r.stdout.slice(-2000)).toBeTruthy();
    expect(existsSync(path.join(out, 'repos/guru/profiles/repo_name'))).toBe(true);
    expectNoTokenReached();
  });
});

describe.skipIf(!hasGit || !bundle('main') || !bundle('setup-overlay'))('the umbrella action (dist/main) running setup-overlay', () => {
  let guru: BareRemote;
  beforeAll(() => {
    guru = makeBareRemote(path.join(ROOT, 'fixtures/setup-overlay/guru'));
  });
  afterAll(() => guru.cleanup());

  it('the umbrella, waiting for its child, holds no token a git below it could read', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'umbrella');
    mkdirSync(out, { recursive: true });
    const r = await runAction(
      'main',
      {
        command: 'setup-overlay',
        repositories: `- name: gentoo\n  path: ${JSON.stringify(path.join(ROOT, 'fixtures/setup-overlay/gentoo'))}\n- name: guru\n  uri: ${JSON.stringify(guru.url)}`,
        'config-root': path.join(out, 'portage'),
        'repos-dir': path.join(out, 'repos'),
        cache: 'false',
      },
      runnerEnv({ 'INPUT_GITHUB-TOKEN': TOKENS['INPUT_GITHUB-TOKEN'], RDA_SYNC_RETRY_BASE_MS: '20' }, ['MY_PAT']),
      { timeoutMs: 100_000 },
    );
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    expect(r.outputs['repos-conf'], r.stdout.slice(-2000)).toBeTruthy();
    expectNoTokenReached();
  });
});
