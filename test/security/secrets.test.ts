/**
 * Secrets never leak: a token in a remote's user info or in its query string (`?access_token=`) is masked
 * before git runs and reaches none of the places text can go — the log, the outputs, the job summary, the
 * report file, the annotations, the issue body. One function (shared/redact.ts) finds them for every action.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactText, redactUri } from '../../shared/redact.js';
import { FakeGitHub, ROOT, runAction, tempDir, type RunResult } from '../harness/index.js';
import { startHostileServer, type HostileServer } from './hostile-server.js';

const USERINFO_TOKEN = 'ghs_userinfoSECRET0123456789';
const QUERY_TOKEN = 'glpat-querySECRET98765';

describe('redactUri', () => {
  it.each([
    [`https://x-access-token:${USERINFO_TOKEN}@github.com/o/r.git`, 'https://github.com/o/r.git', [USERINFO_TOKEN]],
    [`https://${USERINFO_TOKEN}@github.com/o/r.git`, 'https://github.com/o/r.git', [USERINFO_TOKEN]],
    [`https://example.org/r.git?access_token=${QUERY_TOKEN}`, 'https://example.org/r.git?access_token=***', [QUERY_TOKEN]],
    [`https://example.org/r.git?ref=main&private_token=${QUERY_TOKEN}`, 'https://example.org/r.git?ref=main&private_token=***', [QUERY_TOKEN]],
    [`https://example.org/r?token=a%2Fb#x`, 'https://example.org/r?token=***#x', ['a%2Fb', 'a/b']],
    [`https://example.org/cb#access_token=${QUERY_TOKEN}`, 'https://example.org/cb#access_token=***', [QUERY_TOKEN]],
    [`http://u:${USERINFO_TOKEN}@h/r?Job-Token=${QUERY_TOKEN}`, 'http://h/r?Job-Token=***', [USERINFO_TOKEN, QUERY_TOKEN]],
    ['ssh://git@example.org/r.git', 'ssh://git@example.org/r.git', []],
    ['git@github.com:o/r.git', 'git@github.com:o/r.git', []],
    ['https://github.com/o/r.git?ref=main', 'https://github.com/o/r.git?ref=main', []],
  ])('%s is shown as %s', (uri, shown, secrets) => {
    expect(redactUri(uri)).toEqual({ shown, secrets });
  });

  it('finds URIs inside free text (a git error), sentence punctuation kept', () => {
    expect(redactText(`fatal: unable to access 'https://u:${USERINFO_TOKEN}@h/r.git/': 500. See https://h/x?token=${QUERY_TOKEN}.`)).toBe(
      "fatal: unable to access 'https://h/r.git/': 500. See https://h/x?token=***.",
    );
  });
});

/** Every file under `dir`, as text. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, 'latin1'));
}

/** All the places a run's text went, except the `::add-mask::` commands themselves. */
function everything(r: RunResult, fake: FakeGitHub): string {
  return [
    r.stdout.split(/\r?\n/).filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    r.stderr,
    JSON.stringify(r.outputs),
    r.summary,
    JSON.stringify(r.annotations),
    ...filesUnder(path.join(r.tempDir, '_temp')),
    JSON.stringify(fake.calls.map((c) => c.body)),
  ].join('\n');
}

describe('redactText and redactUri on long and hostile text', () => {
  // The plain statement of what they do, as regular expressions applied until nothing changes: the reference the
  // one-pass code must agree with on every text.
  const referenceText = (text: string) =>
    text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"<>`()[\]{}|\\^]+/g, (u) => {
      const tail = /[.,;:!]+$/.exec(u)?.[0] ?? '';
      return redactUri(u.slice(0, u.length - tail.length)).shown + tail;
    });
  const referenceStrip = (text: string) => {
    const strip = (t: string) => t.replace(/\/\/([^/?#@\s]+)@/g, '//');
    for (let next = strip(text); next !== text; next = strip(text)) text = next;
    return text;
  };
  const pieces = ['/', '/', '@', 'a', 'Z', '9', ':', '?', '#', ' ', 'https', 'git+ssh', '.', '-', '+', '%41', '=', '&', 'token', '(', ',', '\n', '"', 'é'];
  const textOf = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

  it('agree with the regular expressions applied until nothing changes', () => {
    fc.assert(
      fc.property(textOf, (t) => {
        expect(redactText(t)).toBe(referenceText(t));
        expect(redactText(`see https://u:p@h/${t}`)).toBe(referenceText(`see https://u:p@h/${t}`));
        const uri = redactUri(`https://h/${t}`).shown;
        expect(uri).toBe(referenceStrip(uri));
      }),
      { numRuns: 5_000 },
    );
  });

  it('a 1 MiB run of hex digits with a URI after it: each character looked at a bounded number of times', () => {
    // (the scheme was looked for from every letter of the run: a 64 KiB line took 2.4 s)
    const hex = '0123456789abcdef'.repeat(65_536);
    expect(redactText(`${hex} https://user:sekrit@example.org/x`)).toBe(`${hex} https://example.org/x`);
    // the run is the scheme's start, from its first letter: still one URI, its user info gone
    expect(redactText(`${hex}https://user:sekrit@example.org/x`)).toBe(`${hex}https://example.org/x`);
  });

  it('a million user infos one after another are all removed in one pass, each a secret', () => {
    // (each pass removed one: 64,000 took 2.2 s)
    const r = redactUri(`https://h/x?next=//${'a:b@'.repeat(1_000_000)}h2/y`);
    expect(r.shown).toBe('https://h/x?next=//h2/y');
    expect(r.secrets).toEqual(['b']);
  });
});

describe('through the bundles, against a remote that fails', () => {
  let server: HostileServer;
  let fake: FakeGitHub;
  const cleanup: string[] = [];
  beforeAll(async () => {
    // The body echoes a credential the way a misbehaving proxy might; git shows it as `remote: …`.
    server = await startHostileServer(500, `denied for https://x:${USERINFO_TOKEN}@proxy/?access_token=${QUERY_TOKEN}\n`);
    fake = new FakeGitHub();
    await fake.start();
  });
  afterAll(async () => {
    await server.stop();
    await fake.stop();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });
  const uri = () => `http://x-access-token:${USERINFO_TOKEN}@${server.url.replace('http://', '')}/guru.git?access_token=${QUERY_TOKEN}`;

  it.skipIf(!existsSync(path.join(ROOT, 'dist/sync-guru/index.js')))('sync-guru: log, outputs, summary, report, annotations, issue body', async () => {
    const ws = tempDir('rda-sec-secret-');
    cleanup.push(ws);
    const upstreams = `- name: guru\n  uri: ${uri()}\n- name: gentoo\n  path: ${path.join(ROOT, 'fixtures/sync-guru/gentoo')}\n`;
    const r = await runAction(
      'sync-guru',
      { overlay: path.join(ROOT, 'fixtures/sync-guru/overlay'), upstreams, retries: '1', 'backoff-seconds': '0.01', issue: 'true', 'github-token': 'ghs_sec' },
      { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '5' },
      { workspace: ws, keep: true },
    );
    cleanup.push(r.tempDir);
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(r.masks).toEqual(expect.arrayContaining([USERINFO_TOKEN, QUERY_TOKEN]));
    // the failure is reported, with the uri in its shown form
    expect(r.annotations.some((a) => a.message.includes('access_token=***'))).toBe(true);
    const all = everything(r, fake);
    expect(all).not.toContain(USERINFO_TOKEN);
    expect(all).not.toContain(QUERY_TOKEN);
  });

  it.skipIf(!existsSync(path.join(ROOT, 'dist/setup-overlay/index.js')))('setup-overlay: log, outputs, summary, report, annotations, repos.conf', async () => {
    const dir = tempDir('rda-sec-secret-so-');
    cleanup.push(dir);
    const repositories = `- name: gentoo\n  path: ${path.join(ROOT, 'fixtures/setup-overlay/gentoo')}\n- name: regicide-rust\n  uri: ${uri()}\n`;
    const r = await runAction(
      'setup-overlay',
      { repositories, 'config-root': `${dir}/portage`, 'repos-dir': `${dir}/repos`, cache: 'false', retries: '1' },
      { RDA_SYNC_RETRY_BASE_MS: '10', RDA_SYNC_MAX_TOTAL_MS: '30000' },
      { keep: true },
    );
    cleanup.push(r.tempDir);
    expect(r.masks).toEqual(expect.arrayContaining([USERINFO_TOKEN, QUERY_TOKEN]));
    const all = [everything(r, fake), ...filesUnder(dir)].join('\n');
    expect(all).toContain('guru.git');
    expect(all).not.toContain(USERINFO_TOKEN);
    expect(all).not.toContain(QUERY_TOKEN);
  });
});
