/**
 * End to end through the built bundle (dist/crate-license-audit), as the runner runs it: a real git checkout
 * of a pull request, the base lockfile read with git, and the fake GitHub API for the sticky comment.
 * Build first: `node .ci/build.mjs crate-license-audit`.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub, ROOT, runAction } from '../harness/index.js';

const BUNDLE = path.join(ROOT, 'dist/crate-license-audit/index.js');
const hasBundle = existsSync(BUNDLE);
const FX = path.join(ROOT, 'fixtures/crate-license-audit');

let dir: string;
let ws: string;
let baseSha: string;
let headSha: string;
let fake: FakeGitHub;

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

beforeAll(() => {
  if (!hasBundle) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'cla-e2e-'));
  ws = path.join(dir, 'checkout');
  cpSync(path.join(FX, 'workspace'), ws, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', ws]);
  cpSync(path.join(FX, 'base.Cargo.lock'), path.join(ws, 'Cargo.lock'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  cpSync(path.join(FX, 'workspace/Cargo.lock'), path.join(ws, 'Cargo.lock'));
  git('commit', '-q', '-am', 'pull request: add pretty-report, update crates');
  headSha = git('rev-parse', 'HEAD');
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

const PR_INPUTS = {
  policy: 'license-policy.yml',
  'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros',
  'github-token': 'ghs_e2e_token',
};

function run(inputs: Record<string, string>, event: Record<string, unknown> = { pull_request: { number: 7, base: { sha: baseSha } } }) {
  return runAction('crate-license-audit', inputs, { GITHUB_API_URL: fake.url, RDA_GITHUB_RETRY_BASE_MS: '5' }, { event, eventName: 'pull_request', workspace: ws, timeoutMs: 120_000 });
}

describe.skipIf(!hasBundle)('crate-license-audit bundle', () => {
  it('embedded default: the demo workspace, every output, no failure, no API call', async () => {
    const r = await runAction('crate-license-audit', {}, { GITHUB_API_URL: fake.url }, { keep: true, timeoutMs: 120_000 });
    try {
      expect(r.exitCode, r.stdout.slice(-2000)).toBe(0);
      expect(r.outputs).toMatchObject({ denied: '1', unknown: '2', added: '3', removed: '1', updated: '4', 'comment-id': '' });
      expect(r.outputs.crates).toMatch(/^CRATES="\n\tgpl-tables@2\.1\.0\n/);
      expect(r.outputs.license).toContain('Apache-2.0-with-LLVM-exceptions');
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      expect(report.totals).toMatchObject({ crates: 14, denied: 1, patch: 1, minor: 1, breaking: 1, downgrade: 1, newlyDuplicated: 1 });
      expect(r.summary).toContain('Embedded demo');
      expect(r.summary).toContain('#### Gentoo ebuild (14 crates)');
      expect(r.annotations.find((a) => a.title === 'crate-license-denied')).toMatchObject({ level: 'warning', file: 'fixtures/crate-license-audit/workspace/Cargo.lock', line: 30 });
      expect(fake.calls).toEqual([]);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('pull request: base from git, 502 twice then success → exactly one sticky comment; denied fails the step', async () => {
    fake.fail({ kind: 'status', status: 502 }, { method: 'POST', path: /\/comments$/, times: 2 });
    const r = await run(PR_INPUTS);
    expect(r.exitCode).toBe(1);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments')).map((c) => c.status)).toEqual([502, 502, 201]);
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- rust-distro-actions:crate-license-audit:Cargo\.lock -->\n### ❌ Crate licenses: fails on 1 denied crate/);
    expect(comments[0]!.body).toContain('distro-tool → pretty-report');
    expect(r.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(r.outputs).toMatchObject({ denied: '1', added: '3', removed: '1', updated: '4' });
    expect(fake.calls.every((c) => c.authorization === 'token ghs_e2e_token')).toBe(true);
    expect(r.masks).toContain('ghs_e2e_token');
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('ghs_e2e_token');
    const denied = r.annotations.find((a) => a.title === 'crate-license-denied');
    expect(denied).toMatchObject({ level: 'error', file: 'Cargo.lock', line: 30 });
    expect(r.annotations.some((a) => a.level === 'error' && /1 denied crate \(fail-on: denied\)/.test(a.message))).toBe(true);
    expect(r.summary).toContain(`Base: git show ${baseSha}:./Cargo.lock.`);

    // Same PR again: the comment is found by its marker and left alone; then a changed verdict updates it in place.
    const again = await run(PR_INPUTS);
    expect(again.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(fake.writes().filter((c) => c.status < 300)).toHaveLength(1);
    const relaxed = await run({ ...PR_INPUTS, 'fail-on': 'none' });
    expect(relaxed.exitCode).toBe(0);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(fake.comments.get(7)![0]!.body).toContain('passes (fail-on: nothing), but 1 denied');
  });

  it('403 (a fork token) → a warning naming the permission; the report is still in the summary', async () => {
    fake.fail({ kind: 'forbidden' }, { method: 'POST', times: Infinity });
    const r = await run({ ...PR_INPUTS, 'fail-on': 'none' });
    expect(r.exitCode).toBe(0);
    expect(fake.comments.get(7)).toHaveLength(0);
    expect(r.outputs['comment-id']).toBe('');
    const w = r.annotations.find((a) => a.level === 'warning' && /sticky comment not written/.test(a.message));
    expect(w?.message).toMatch(/pull-requests: write/);
    expect(r.summary).toContain('#### Problems');
    expect(r.summary).toContain('gpl-tables');
  });

  it('comment: on-change with an unchanged lockfile writes nothing, but refreshes an earlier comment', async () => {
    const unchanged = { pull_request: { number: 7, base: { sha: headSha } } };
    const r = await run(PR_INPUTS, unchanged);
    expect(r.exitCode).toBe(1); // the denied crate is still there; only the comment is skipped
    expect(r.outputs).toMatchObject({ added: '0', removed: '0', updated: '0', 'comment-id': '' });
    expect(fake.writes()).toEqual([]);
    expect(fake.comments.get(7)).toHaveLength(0);

    // An earlier push changed dependencies and got a comment; the lockfile change was then reverted.
    const first = await run(PR_INPUTS);
    expect(fake.comments.get(7)![0]!.body).toContain('+3 added');
    const again = await run(PR_INPUTS, unchanged);
    expect(again.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.comments.get(7)![0]!.body).not.toContain('+3 added');
  });

  it('comment: never makes no API call at all', async () => {
    const r = await run({ ...PR_INPUTS, comment: 'never' });
    expect(r.outputs['comment-id']).toBe('');
    expect(fake.calls).toEqual([]);
  });

  it('a Cargo.lock with a merge conflict: an error annotation at its line, a summary, a failed step', async () => {
    const w = mkdtempSync(path.join(os.tmpdir(), 'cla-conflict-'));
    try {
      cpSync(path.join(ROOT, 'fixtures/cargo/lock-malformed-toml/Cargo.lock'), path.join(w, 'Cargo.lock'));
      const r = await runAction('crate-license-audit', { lockfile: 'Cargo.lock', 'license-sources': 'none' }, { GITHUB_API_URL: fake.url }, { workspace: w, timeoutMs: 60_000 });
      expect(r.exitCode).toBe(1);
      expect(r.annotations[0]).toMatchObject({ level: 'error', file: 'Cargo.lock', line: 7, title: 'lock-malformed-toml' });
      expect(r.summary).toContain('the lockfile cannot be used');
      expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    } finally {
      rmSync(w, { recursive: true, force: true });
    }
  });

  it('a bad input is a failed run with an error naming it, and no stack trace', async () => {
    const r = await run({ ...PR_INPUTS, 'base-ref': '--output=/tmp/x' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatchObject({ level: 'error', title: 'Input error: base-ref' });
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});

describe.skipIf(!hasBundle)('bad input through the bundle: a clear error or finding naming the input or file and line, no stack trace', () => {
  let bad: string;
  beforeAll(() => {
    if (!hasBundle) return;
    bad = mkdtempSync(path.join(os.tmpdir(), 'cla-bad-'));
    const lock = readFileSync(path.join(FX, 'workspace/Cargo.lock'), 'utf8');
    writeFileSync(path.join(bad, 'Cargo.lock'), lock);
    writeFileSync(path.join(bad, 'v9.lock'), lock.replace(/^version = 4$/m, 'version = 9'));
    // Cut right after a [[package]] name: valid TOML, but the package has no version.
    writeFileSync(path.join(bad, 'cut.lock'), lock.split('\n').slice(0, 31).join('\n') + '\n');
    writeFileSync(path.join(bad, 'typo.yml'), 'allow: [MIT]\ndenny: [GPL-3.0-only]\n');
    execFileSync('git', ['init', '-q', bad]);
  });
  afterAll(() => {
    if (bad) rmSync(bad, { recursive: true, force: true });
  });
  const go = (inputs: Record<string, string>) =>
    runAction('crate-license-audit', { 'license-sources': 'none', ...inputs }, { GITHUB_API_URL: fake.url }, { workspace: bad, timeoutMs: 60_000 });
  const noStack = (r: { stdout: string; stderr: string }) => {
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    expect(r.stdout).not.toContain('internal error');
  };

  const cases: [string, Record<string, string>, number, { level: string; file?: string; line?: number; message: RegExp }][] = [
    ['Cargo.lock version 9', { lockfile: 'v9.lock' }, 1, { level: 'error', file: 'v9.lock', line: 3, message: /version 9 is newer than this action understands/ }],
    ['a truncated Cargo.lock', { lockfile: 'cut.lock' }, 1, { level: 'error', file: 'cut.lock', line: 30, message: /`gpl-tables` has no valid `version` \(found nothing\)/ }],
    ['a truncated Cargo.lock, even with fail-on: none', { lockfile: 'cut.lock', 'fail-on': 'none' }, 1, { level: 'error', message: /^crate-license-audit: 1 unreadable entry in cut\.lock \(the audit is incomplete\) \(fail-on: none\)$/ }],
    ['a policy file with a misspelt key', { policy: 'typo.yml' }, 1, { level: 'error', file: 'typo.yml', line: 2, message: /unknown key 'denny' \(did you mean 'deny'\?\)/ }],
    ['fail-on: denied, bogus', { 'fail-on': 'denied, bogus' }, 1, { level: 'error', message: /input 'fail-on': expected a subset of .* got 'bogus'/ }],
    ['comment: sometimes', { comment: 'sometimes' }, 1, { level: 'error', message: /input 'comment': expected one of .* got 'sometimes'/ }],
    ['a lockfile escaping the workspace', { lockfile: '../../etc/passwd' }, 1, { level: 'error', message: /input 'lockfile': expected a path inside/ }],
    ['a gentoo-tree that is missing', { 'gentoo-tree': 'gentoo' }, 1, { level: 'error', message: /input 'gentoo-tree': expected a directory .* got 'gentoo'/ }],
    // The audit still runs, without the comparison: a warning naming the input, the step passes.
    ['a base-ref that does not exist', { 'base-ref': 'origin/nope' }, 0, { level: 'warning', file: 'Cargo.lock', message: /^input 'base-ref' \('origin\/nope'\): no comparison with the base/ }],
  ];
  for (const [what, inputs, exitCode, annotation] of cases) {
    it(what, async () => {
      const r = await go(inputs);
      expect(r.exitCode, r.stdout.slice(-1500)).toBe(exitCode);
      const a = r.annotations.find((x) => annotation.message.test(x.message));
      expect(a, JSON.stringify(r.annotations.slice(0, 4))).toBeDefined();
      expect(a).toMatchObject({ level: annotation.level, ...(annotation.file ? { file: annotation.file } : {}), ...(annotation.line ? { line: annotation.line } : {}) });
      noStack(r);
    });
  }
});

const BENCH = path.join(ROOT, '..', 'shared', 'bench-data', 'cargo-locks');
describe.skipIf(!hasBundle || !existsSync(BENCH))('a real six-month update (astral-sh/uv, 720 → 753 crates)', () => {
  it('the comment stays under 65,536 characters and every row reaches the summary', { timeout: 120_000 }, async () => {
    const w = mkdtempSync(path.join(os.tmpdir(), 'cla-uv-'));
    try {
      cpSync(path.join(BENCH, 'astral-sh-uv-old-Cargo.lock'), path.join(w, 'base.lock'));
      cpSync(path.join(BENCH, 'astral-sh-uv-Cargo.lock'), path.join(w, 'Cargo.lock'));
      const r = await runAction(
        'crate-license-audit',
        { lockfile: 'Cargo.lock', 'base-lockfile': 'base.lock', 'license-sources': 'none', 'fail-on': 'new-duplicate', comment: 'always', 'github-token': 'ghs_x' },
        { GITHUB_API_URL: fake.url },
        { event: { pull_request: { number: 7, base: { sha: 'a'.repeat(40) } } }, eventName: 'pull_request', workspace: w, timeoutMs: 110_000 },
      );
      expect(r.exitCode).toBe(1); // newly duplicated crates, and fail-on says so
      const n = Number(r.outputs.updated);
      expect(n).toBeGreaterThan(200);
      const body = fake.comments.get(7)![0]!.body;
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(r.summary).toContain(`#### Updated (${n})`);
      expect(r.annotations.some((a) => a.title === 'crate-new-duplicate' && a.level === 'error')).toBe(true);
      expect(r.outputs.crates.split('\n').length).toBeGreaterThan(600);
    } finally {
      rmSync(w, { recursive: true, force: true });
    }
  });
});
