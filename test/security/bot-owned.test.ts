/**
 * Bot-owned things are only the bot's: the sticky comment and the drift issue are found by their hidden
 * marker only among comments/issues the token's own identity wrote (`GET /user`; an app installation token,
 * which `GET /user` refuses, is asked GraphQL's `viewer`: GITHUB_TOKEN writes as github-actions[bot], a custom
 * GitHub App's token as `<app-slug>[bot]`). A stranger's comment or issue that carries the marker is never
 * edited or closed, nor is one by github-actions[bot] when the token is another app's; ours is created beside it.
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

describe('a custom GitHub App token (actions/create-github-app-token) writes as <app-slug>[bot]', () => {
  const marked = (m: string, text: string) => `${markerComment(m)}\n${text}`;

  it('finds and updates its own comment on the second run', async () => {
    const app = fake.addApp('ghs_custom_app', 'distro-bot');
    const first = await upsertComment(await gh('ghs_custom_app'), { ...repo, issueNumber: 7 }, 'audit', 'report 1');
    expect(first.status).toBe('created');
    const second = await upsertComment(await gh('ghs_custom_app'), { ...repo, issueNumber: 7 }, 'audit', 'report 2');
    expect(second.status === 'updated' && second.id).toBe(first.status === 'created' && first.id);
    expect(fake.comments.get(7)!.map((c) => [c.user.login, c.body])).toEqual([[app.login, marked('audit', 'report 2')]]);
    // GET /user refuses an installation token; GraphQL's viewer names the app's bot
    expect(fake.calls.filter((c) => c.path === '/user' || c.path === '/graphql').map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      'GET /user 403',
      'POST /graphql 200',
      'GET /user 403',
      'POST /graphql 200',
    ]);
  });

  it('finds and updates its own drift issue on the second run, and closes it', async () => {
    const app = fake.addApp('ghs_custom_app', 'distro-bot');
    const first = await upsertIssue(await gh('ghs_custom_app'), repo, 'sync-guru:x', { title: 'Overlay drift: x (1 item)', body: 'table 1' });
    const second = await upsertIssue(await gh('ghs_custom_app'), repo, 'sync-guru:x', { title: 'Overlay drift: x (2 items)', body: 'table 2' });
    expect(first.status).toBe('created');
    expect(second.status === 'updated' && second.number).toBe(first.status === 'created' && first.number);
    expect(fake.issues.filter((i) => !i.pull_request).map((i) => [i.user?.login, i.title])).toEqual([[app.login, 'Overlay drift: x (2 items)']]);
    const closed = await closeIssue(await gh('ghs_custom_app'), repo, 'sync-guru:x', 'done');
    expect(closed.status === 'closed' && closed.number).toBe(first.status === 'created' && first.number);
  });

  it("a github-actions[bot] comment or issue carrying the marker is not the app's: left alone, ours created", async () => {
    fake.addApp('ghs_custom_app', 'distro-bot');
    const stale = fake.addComment(7, marked('audit', 'written by the workflow token'), ACTIONS_BOT);
    const r = await upsertComment(await gh('ghs_custom_app'), { ...repo, issueNumber: 7 }, 'audit', 'report');
    expect(r.status).toBe('created');
    expect(stale.body).toBe(marked('audit', 'written by the workflow token'));
    expect(fake.calls.filter((c) => c.method === 'PATCH')).toEqual([]);
    const staleIssue = fake.addIssue({ title: 'Overlay drift: x', body: marked('sync-guru:x', 'old rows'), user: ACTIONS_BOT });
    expect((await upsertIssue(await gh('ghs_custom_app'), repo, 'sync-guru:x', { title: 'Overlay drift: x (1 item)', body: 'rows' })).status).toBe('created');
    expect((await closeIssue(await gh('ghs_custom_app'), repo, 'sync-guru:x', 'done')).status).toBe('closed');
    expect(staleIssue).toMatchObject({ title: 'Overlay drift: x', body: marked('sync-guru:x', 'old rows'), state: 'open' });
  });

  it('GITHUB_TOKEN still writes as github-actions[bot] and finds its own comment again', async () => {
    const first = await upsertComment(await gh('ghs_workflow'), { ...repo, issueNumber: 7 }, 'audit', 'one');
    const second = await upsertComment(await gh('ghs_workflow'), { ...repo, issueNumber: 7 }, 'audit', 'two');
    expect(second.status === 'updated' && second.id).toBe(first.status === 'created' && first.id);
    expect(fake.comments.get(7)!.map((c) => c.user)).toEqual([ACTIONS_BOT]);
  });

  it('when GraphQL fails too, github-actions[bot] is assumed — and a warning says so', async () => {
    const warnings: string[] = [];
    fake.fail({ kind: 'forbidden' }, { path: /^\/graphql$/, times: Infinity });
    const mine = fake.addComment(7, marked('audit', 'old'), ACTIONS_BOT);
    const client = await createGitHub({ token: 'ghs_workflow', apiUrl: fake.url, retryBaseMs: 5, warn: (m) => warnings.push(m) });
    const r = await upsertComment(client, { ...repo, issueNumber: 7 }, 'audit', 'new');
    expect(r.status === 'updated' && r.id).toBe(mine.id);
    expect(warnings).toEqual([expect.stringMatching(/^could not tell which account the GitHub token writes as: GET \/user was refused \(403, an app installation token\) and the GraphQL viewer query failed \(.*403.*\); assuming github-actions\[bot\]/)]);
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

  it("with a custom GitHub App's token: its own issue is found again on the next run; github-actions[bot]'s marked issue is not its own", async () => {
    const app = fake.addApp('ghs_distro_bot_app', 'distro-bot');
    const stale = fake.addIssue({ title: 'Overlay drift: regicide-rust (3 items)', body: `${markerComment('sync-guru:regicide-rust')}\nfrom the workflow token`, user: ACTIONS_BOT });
    const env = { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '5' };
    const first = await runAction('sync-guru', { issue: 'true', 'github-token': 'ghs_distro_bot_app' }, env);
    expect(first.stdout + first.stderr).not.toMatch(/Internal error/);
    const second = await runAction('sync-guru', { issue: 'true', 'github-token': 'ghs_distro_bot_app' }, env);
    const ours = fake.issues.filter((i) => i !== stale && !i.pull_request);
    expect(ours.map((i) => i.user)).toEqual([app]);
    expect([first.outputs['issue-number'], second.outputs['issue-number']]).toEqual([String(ours[0]!.number), String(ours[0]!.number)]);
    expect(second.stdout).toMatch(/drift issue (unchanged|updated) #/);
    expect(stale).toMatchObject({ title: 'Overlay drift: regicide-rust (3 items)', state: 'open', body: `${markerComment('sync-guru:regicide-rust')}\nfrom the workflow token` });
    expect(fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(`/issues/${stale.number}`))).toEqual([]);
    // no warning for the expected refusal of GET /user, none about the identity
    expect(first.annotations.filter((a) => a.level === 'warning' && /GET \/user|which account/.test(a.message))).toEqual([]);
  });
});
