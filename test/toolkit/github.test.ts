import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../harness/fake-github.js';
import { closeIssue, createGitHub, markerComment, upsertComment, upsertIssue } from '../../shared/toolkit/github.js';

let fake: FakeGitHub;
const repo = { owner: 'example', repo: 'distro' };
const warnings: string[] = [];
const gh = () => createGitHub({ token: 'ghs_test', apiUrl: fake.url, retryBaseMs: 5, warn: (m) => warnings.push(m) });

beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  fake.addPullRequest(7);
  warnings.length = 0;
});
afterEach(async () => fake.stop());

describe('upsertComment', () => {
  it('creates one comment with the hidden marker and the token in the auth header', async () => {
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'crate-license-audit', 'hello');
    expect(r.status).toBe('created');
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${markerComment('crate-license-audit')}\nhello`);
    expect(fake.calls.every((c) => c.authorization === 'token ghs_test')).toBe(true);
  });

  it('finds its comment on a later page and updates it in place', async () => {
    fake.pageSize = 100;
    for (let i = 0; i < 230; i++) fake.addComment(7, `chatter ${i}`);
    const first = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'v1');
    for (let i = 0; i < 5; i++) fake.addComment(7, `more ${i}`);
    const second = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'v2');
    expect(second.status).toBe('updated');
    expect(second.status === 'updated' && first.status === 'created' && second.id === first.id).toBe(true);
    const ours = fake.comments.get(7)!.filter((c) => c.body.includes(markerComment('audit')));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.endsWith('v2')).toBe(true);
    // it read all three pages to look for the marker
    expect(fake.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/comments')).length).toBeGreaterThanOrEqual(3 + 3);
  });

  it('a 502 twice then success posts exactly one comment', async () => {
    fake.fail({ kind: 'status', status: 502 }, { method: 'POST', path: /\/comments$/, times: 2 });
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'body');
    expect(r.status).toBe('created');
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments')).map((c) => c.status)).toEqual([502, 502, 201]);
  });

  it('a permanent 403 is a warning that names the missing permission, not a throw', async () => {
    fake.fail({ kind: 'forbidden' }, { method: 'POST', times: Infinity });
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'body');
    expect(r.status).toBe('forbidden');
    expect(r.status === 'forbidden' && r.message).toMatch(/pull-requests: write/);
    expect(fake.comments.get(7)).toHaveLength(0);
  });

  it('retries after a primary rate limit (x-ratelimit-remaining: 0) and a secondary one (retry-after)', async () => {
    fake.fail({ kind: 'rate-limit', resetInSeconds: 0 }, { method: 'GET', times: 1 });
    fake.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { method: 'POST', times: 1 });
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'body');
    expect(r.status).toBe('created');
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(warnings.some((w) => /rate limit/.test(w))).toBe(true);
    expect(warnings.some((w) => /secondary rate limit/.test(w))).toBe(true);
  });

  it('caps the body under 65,536 characters with a visible note', async () => {
    const big = 'x'.repeat(70_000) + '\n' + '| a | b |\n'.repeat(5000);
    await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', big);
    const body = fake.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/Truncated/);
  });

  it('leaves an unchanged comment alone', async () => {
    await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'same');
    const r = await upsertComment(await gh(), { ...repo, issueNumber: 7 }, 'audit', 'same');
    expect(r.status).toBe('unchanged');
    expect(fake.writes().filter((c) => c.method === 'PATCH')).toHaveLength(0);
  });
});

describe('upsertIssue / closeIssue', () => {
  it('creates one issue, then updates the same one, then closes it with a comment', async () => {
    fake.addIssue({ title: 'unrelated', body: 'no marker' });
    const a = await upsertIssue(await gh(), repo, 'drift:regicide-rust', { title: 'Overlay drift: 3 packages', body: 'table', labels: ['drift'] });
    expect(a.status).toBe('created');
    const b = await upsertIssue(await gh(), repo, 'drift:regicide-rust', { title: 'Overlay drift: 2 packages', body: 'table 2' });
    expect(b.status).toBe('updated');
    const ours = fake.issues.filter((i) => i.body.includes(markerComment('drift:regicide-rust')));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.title).toBe('Overlay drift: 2 packages');
    expect(ours[0]!.labels.map((l) => l.name)).toEqual(['drift']);
    const c = await closeIssue(await gh(), repo, 'drift:regicide-rust', 'No drift any more.');
    expect(c.status).toBe('closed');
    expect(ours[0]!.state).toBe('closed');
    expect(fake.comments.get(ours[0]!.number)?.[0]?.body).toBe('No drift any more.');
    expect((await closeIssue(await gh(), repo, 'drift:regicide-rust', 'x')).status).toBe('absent');
  });

  it('a permanent 403 names issues: write', async () => {
    fake.fail({ kind: 'forbidden' }, { method: 'POST', times: Infinity });
    const r = await upsertIssue(await gh(), repo, 'drift:x', { title: 't', body: 'b' });
    expect(r.status).toBe('forbidden');
    expect(r.status === 'forbidden' && r.message).toMatch(/issues: write/);
    expect(fake.issues.filter((i) => !i.pull_request)).toHaveLength(0);
  });

  it('ignores pull requests that carry the marker', async () => {
    fake.issues.push({ id: 1, number: 99, title: 'pr', body: markerComment('drift:y'), state: 'open', labels: [], html_url: '', pull_request: { url: '' } });
    const r = await upsertIssue(await gh(), repo, 'drift:y', { title: 't', body: 'b' });
    expect(r.status).toBe('created');
  });
});
