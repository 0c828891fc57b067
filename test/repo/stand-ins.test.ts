/**
 * The stand-ins every GitHub-facing test trusts are held to GitHub's published descriptions: the loopback
 * fake API to the REST OpenAPI description (api.github.com), the event payload fixtures to the webhooks
 * description. Each check is shown to catch what it must.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upsertComment, upsertIssue, closeIssue, createGitHub } from '../../shared/toolkit/github.js';
import { EVENT_FIXTURES, eventFixture, FakeGitHub, ROOT } from '../harness/index.js';
import { checkGraphqlExchange } from '../harness/fake-github.js';
import { checkExchange, checkWebhookPayload } from '../harness/openapi.js';

const repo = { owner: 'example', repo: 'distro' };

describe('the fake REST API answers as the description says GitHub does', () => {
  it('every route the toolkit uses, with pagination and updates, passes the description both ways', async () => {
    const fake = new FakeGitHub();
    const url = await fake.start();
    fake.pageSize = 2;
    fake.addPullRequest(7);
    for (let i = 0; i < 3; i++) fake.addComment(7, `other ${i}`);
    fake.pullFiles.set(7, [{ filename: 'Cargo.lock', status: 'modified' }]);
    const gh = await createGitHub({ token: 'ghs_test', warn: () => {}, retryBaseMs: 5 }, { GITHUB_API_URL: url });
    await upsertComment(gh, { ...repo, issueNumber: 7 }, 'm', 'first');
    await upsertComment(gh, { ...repo, issueNumber: 7 }, 'm', 'second');
    await upsertIssue(gh, repo, 'drift', { title: 'Drift', body: 'rows', labels: ['overlay-drift'] });
    await upsertIssue(gh, repo, 'drift', { title: 'Drift', body: 'more rows', labels: ['overlay-drift'] });
    await closeIssue(gh, repo, 'drift', 'gone');
    await gh.rest.pulls.listFiles({ ...repo, pull_number: 7 });
    await gh.rest.issues.get({ ...repo, issue_number: 7 });
    // a personal access token: GET /user answers (an installation token gets its 403)
    fake.addUser('ghp_maintainer', 'maintainer');
    await upsertComment(await createGitHub({ token: 'ghp_maintainer', warn: () => {}, retryBaseMs: 5 }, { GITHUB_API_URL: url }), { ...repo, issueNumber: 7 }, 'm', 'mine');
    expect(fake.calls.filter((c) => c.path === '/user').map((c) => c.status)).toEqual([403, 200]);
    // a custom GitHub App's installation token: GET /user refuses it, GraphQL's viewer names its bot
    fake.addApp('ghs_custom_app', 'distro-bot');
    await upsertComment(await createGitHub({ token: 'ghs_custom_app', warn: () => {}, retryBaseMs: 5 }, { GITHUB_API_URL: url }), { ...repo, issueNumber: 7 }, 'm', 'app');
    expect(fake.calls.filter((c) => c.path === '/graphql').map((c) => c.response)).toEqual([{ data: { viewer: { login: 'github-actions[bot]' } } }, { data: { viewer: { login: 'distro-bot[bot]' } } }]);
    expect(new Set(fake.calls.map((c) => `${c.method} ${c.path.replace(/\d+/g, 'N')}`))).toEqual(
      new Set([
        'GET /user',
        'POST /graphql',
        'GET /repos/example/distro/issues/N/comments',
        'POST /repos/example/distro/issues/N/comments',
        'PATCH /repos/example/distro/issues/comments/N',
        'GET /repos/example/distro/issues',
        'POST /repos/example/distro/issues',
        'PATCH /repos/example/distro/issues/N',
        'GET /repos/example/distro/pulls/N/files',
        'GET /repos/example/distro/issues/N',
      ]),
    );
    expect(fake.violations()).toEqual([]);
    await fake.stop();
  });

  it('stop() fails on an undocumented route, an undocumented query parameter or a malformed body', async () => {
    const fake = new FakeGitHub();
    const url = await fake.start();
    await fetch(`${url}/repos/example/distro/issues/7/coments`);
    await fetch(`${url}/repos/example/distro/issues?sort_by=age`);
    await fetch(`${url}/repos/example/distro/issues`, { method: 'POST', body: JSON.stringify({ title: 'x', labels: 'bug' }) });
    const v = fake.violations();
    expect(v).toEqual(
      expect.arrayContaining([
        'GET /repos/example/distro/issues/7/coments: no such route in the REST API description',
        "GET /repos/example/distro/issues: query parameter 'sort_by' is not documented for issues/list-for-repo",
        'POST /repos/example/distro/issues body.labels: expected array, got string',
      ]),
    );
    await expect(fake.stop()).rejects.toThrow(/does not allow/);
  });

  it("GraphQL (not in the REST description) is held to the shape written down in the fake", async () => {
    const fake = new FakeGitHub();
    const url = await fake.start();
    fake.addApp('ghs_custom_app', 'distro-bot');
    const post = (body: unknown, token?: string) =>
      fetch(`${url}/graphql`, { method: 'POST', body: JSON.stringify(body), headers: token ? { authorization: `bearer ${token}` } : {} }).then(async (r) => [r.status, await r.json()]);
    expect(await post({ query: 'query { viewer { login } }' }, 'ghs_custom_app')).toEqual([200, { data: { viewer: { login: 'distro-bot[bot]' } } }]);
    expect(await post({ query: '{ viewer { login } }' }, 'ghs_workflow')).toEqual([200, { data: { viewer: { login: 'github-actions[bot]' } } }]);
    expect(await post({ query: 'query { viewer { login } }' })).toEqual([401, expect.objectContaining({ message: 'This endpoint requires you to be authenticated.' })]);
    expect(fake.violations()).toEqual([]);
    await post({ query: 'query { viewer { login id } }' }, 'ghs_custom_app');
    await post({ query: 'query { viewer { login } }', vars: {} }, 'ghs_custom_app');
    expect(fake.violations()).toEqual([
      'POST /graphql: the fake models only `query { viewer { login } }`, not "query { viewer { login id } }"',
      "POST /graphql body: 'vars' is not a GraphQL request field",
    ]);
    expect(checkGraphqlExchange({ method: 'POST', path: '/graphql', query: {}, body: { query: '{ viewer { login } }' }, authorization: 'token x', status: 200, response: { viewer: { login: 'x' } } })).toEqual([
      'POST /graphql → 200: expected {data: {viewer: {login: string}}}',
    ]);
    await expect(fake.stop()).rejects.toThrow(/does not allow/);
  });

  it('a response missing what GitHub always sends is caught (the shape the fake used to answer with)', () => {
    const old = { id: 1, body: 'x', user: { login: 'github-actions[bot]' }, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', html_url: 'https://github.com/x' };
    const v = checkExchange({ method: 'POST', path: '/repos/example/distro/issues/7/comments', query: {}, body: { body: 'x' }, status: 201, response: old });
    expect(v).toEqual(expect.arrayContaining([expect.stringMatching(/missing required 'node_id'/), expect.stringMatching(/\.user: missing required 'avatar_url'/)]));
    expect(checkExchange({ method: 'PATCH', path: '/repos/example/distro/issues/3', query: {}, body: { state: 'shut' }, status: 200, response: {} })).toEqual(
      expect.arrayContaining([expect.stringMatching(/body\.state: "shut" is not one of/)]),
    );
  });
});

describe('event payload fixtures are what GitHub sends', () => {
  const files = readdirSync(path.join(ROOT, 'fixtures', 'events')).filter((f) => f.endsWith('.json'));

  it('there is a fixture for each event the actions read, and nothing else', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EVENT_FIXTURES).sort());
  });

  for (const [name, hook] of Object.entries(EVENT_FIXTURES)) {
    it(`${name}.json conforms to the '${hook}' webhook`, () => {
      expect(checkWebhookPayload(hook, eventFixture(name as keyof typeof EVENT_FIXTURES))).toEqual([]);
    });
  }

  it('a patched payload is checked too, and the hand-made shapes tests used are refused', () => {
    const pr = eventFixture('pull_request.opened', { number: 7, pull_request: { number: 7, base: { sha: 'a'.repeat(40) } } });
    expect((pr.pull_request as { base: { sha: string; ref: string } }).base).toMatchObject({ sha: 'a'.repeat(40), ref: 'master' });
    expect(() => eventFixture('pull_request.opened', { number: '7' })).toThrow(/number: expected integer, got string/);
    expect(checkWebhookPayload('pull-request-opened', { pull_request: { number: 7, base: { sha: 'a'.repeat(40) } } })).toEqual(
      expect.arrayContaining(["pull-request-opened: missing required 'repository'", "pull-request-opened.pull_request: missing required 'head'"]),
    );
  });
});
