/**
 * Bot-owned things are only the bot's: the sticky comment and the drift issue are found by their hidden
 * marker only among comments/issues the token's own identity wrote (`GET /user`; an app installation token,
 * which `GET /user` refuses, writes as github-actions[bot]). A stranger's comment or issue that carries the
 * marker is never edited or closed; ours is created beside it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../harness/fake-github.js';
import { ROOT, runAction } from '../harness/index.js';
import { closeIssue, createGitHub, markerComment, upsertComment, upsertIssue } from '../../shared/toolkit/github.js';

let fake: FakeGitHub;
const repo = { owner: 'example', repo: 'distro' };
const gh = (token = 'ghs_app') => createGitHub({ token, apiUrl: fake.url, retryBaseMs: 5 });
const stranger = { login: 'stranger', id: 66, type: 'User' as const };

beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  fake.addPullRequest(7);
});
afterEach(async () => fake.stop());

describe('sticky comment', () => {
  it("a stranger's comment carrying the marker is left alone; ours is created", async () => {
    const theirs = fake.addComment(7, `${markerComment('audit')}\nlooks like the bot`, stranger);
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'report');
    expect(r.status).toBe('created');
    expect(theirs.body).toBe(`${markerComment('audit')}\nlooks like the bot`);
    expect(fake.calls.filter((c) => c.method === 'PATCH')).toEqual([]);
    const ours = fake.comments.get(7)!.filter((c) => c.user.login === ACTIONS_BOT.login);
    expect(ours.map((c) => c.body)).toEqual([`${markerComment('audit')}\nreport`]);
    // and the next run updates ours, still not theirs
    const again = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'report 2');
    expect(again.status === 'updated' && again.id).toBe(ours[0]!.id);
    expect(theirs.body).toContain('looks like the bot');
  });

  it('a user account named like the bot is not the bot', async () => {
    fake.addComment(7, `${markerComment('audit')}\nx`, { login: 'github-actions[bot]', id: 5, type: 'User' });
    expect((await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'r')).status).toBe('created');
  });

  it("a personal access token: the token's user owns the comment, github-actions[bot] does not", async () => {
    const me = fake.addUser('ghp_maintainer', 'maintainer');
    fake.addComment(7, `${markerComment('audit')}\nfrom the workflow token`, ACTIONS_BOT);
    const mine = fake.addComment(7, `${markerComment('audit')}\nold`, me);
    const r = await upsertComment(await gh('ghp_maintainer'), { ...repo, issueNumber: 7 }, 'audit', 'new');
    expect(r.status === 'updated' && r.id).toBe(mine.id);
    expect(fake.calls.filter((c) => c.method === 'GET' && c.path === '/user')).toHaveLength(1);
  });
});

describe('drift issue', () => {
  it("a stranger's issue carrying the marker is neither rewritten nor closed", async () => {
    const theirs = fake.addIssue({ title: 'Overlay drift: mine now', body: `${markerComment('sync-guru:x')}\nplease merge evil`, user: stranger });
    const r = await upsertIssue(await gh(), repo, 'sync-guru:x', { title: 'Overlay drift: x (1 item)', body: 'table' });
    expect(r.status).toBe('created');
    expect(theirs).toMatchObject({ title: 'Overlay drift: mine now', state: 'open' });
    expect(theirs.body).toContain('please merge evil');
    const ours = fake.issues.find((i) => i.user?.login === ACTIONS_BOT.login)!;
    expect(r.status === 'created' && r.number).toBe(ours.number);
    // closing finds ours, not theirs
    const c = await closeIssue(await gh(), repo, 'sync-guru:x', 'done');
    expect(c.status === 'closed' && c.number).toBe(ours.number);
    expect(theirs.state).toBe('open');
    expect(fake.comments.get(theirs.number) ?? []).toEqual([]);
  });

  it('with only a stranger\'s marked issue open, closing is "absent"', async () => {
    const theirs = fake.addIssue({ title: 't', body: markerComment('sync-guru:y'), user: stranger });
    expect((await closeIssue(await gh(), repo, 'sync-guru:y', 'x')).status).toBe('absent');
    expect(theirs.state).toBe('open');
  });
});

const CLA = path.join(ROOT, 'dist/crate-license-audit/index.js');
const SYNC = path.join(ROOT, 'dist/sync-guru/index.js');

describe.skipIf(!existsSync(CLA))('crate-license-audit bundle', () => {
  it("does not patch a stranger's comment that carries its marker (comment: always creates ours)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rda-sec-bot-'));
    try {
      const ws = path.join(dir, 'ws');
      cpSync(path.join(ROOT, 'fixtures/crate-license-audit/workspace'), ws, { recursive: true });
      execFileSync('git', ['init', '-q', '-b', 'main', ws]);
      const git = (...args: string[]) =>
        execFileSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      const event = { pull_request: { number: 7, base: { sha: git('rev-parse', 'HEAD') } } };
      const forged = `${markerComment('crate-license-audit:Cargo.lock')}\n### ✅ Crate licenses: all crates pass the policy`;
      const theirs = fake.addComment(7, forged, stranger);
      const r = await runAction(
        'crate-license-audit',
        { policy: 'license-policy.yml', 'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros', 'github-token': 'ghs_sec', 'fail-on': 'none', comment: 'always' },
        { GITHUB_API_URL: fake.url, RDA_GITHUB_RETRY_BASE_MS: '5' },
        { event, eventName: 'pull_request', workspace: ws, timeoutMs: 120_000 },
      );
      expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
      expect(theirs.body).toBe(forged);
      expect(fake.calls.filter((c) => c.method === 'PATCH')).toEqual([]);
      const ours = fake.comments.get(7)!.filter((c) => c !== theirs);
      expect(ours).toHaveLength(1);
      expect(ours[0]!.user).toEqual(ACTIONS_BOT);
      expect(r.outputs['comment-id']).toBe(String(ours[0]!.id));
      // on-change with nothing changed only refreshes an earlier comment of ours: theirs is not one
      const refresh = await runAction(
        'crate-license-audit',
        { policy: 'license-policy.yml', 'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros', 'github-token': 'ghs_sec', 'fail-on': 'none' },
        { GITHUB_API_URL: fake.url, RDA_GITHUB_RETRY_BASE_MS: '5' },
        { event, eventName: 'pull_request', workspace: ws, timeoutMs: 120_000 },
      );
      expect(refresh.stdout + refresh.stderr).not.toMatch(/Internal error/);
      expect(theirs.body).toBe(forged);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(SYNC))('sync-guru bundle', () => {
  it("does not rewrite a stranger's issue that carries its marker", async () => {
    const theirs = fake.addIssue({ title: 'Overlay drift: regicide-rust (0 items)', body: `${markerComment('sync-guru:regicide-rust')}\nnothing to see`, user: stranger });
    const r = await runAction('sync-guru', { issue: 'true', 'github-token': 'ghs_sec' }, { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '5' });
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    expect(theirs).toMatchObject({ title: 'Overlay drift: regicide-rust (0 items)', state: 'open' });
    expect(theirs.body).toContain('nothing to see');
    const ours = fake.issues.filter((i) => i !== theirs && !i.pull_request);
    expect(ours).toHaveLength(1);
    expect(r.outputs['issue-number']).toBe(String(ours[0]!.number));
    void readFileSync;
  });
});
