/**
 * Through the built bundle with the fake GitHub API: a pull request whose vendored crate declares a hostile
 * license string. The sticky comment and the job summary show it as text: no image, link, mention or
 * reference from it. Build first: `npm run build -- crate-license-audit`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, ROOT, runAction } from '../harness/index.js';
import { liveParts, render } from './inert-markdown.js';

const BUNDLE = path.join(ROOT, 'dist/crate-license-audit/index.js');
const FX = path.join(ROOT, 'fixtures/crate-license-audit');
const EVIL = '<img src=x onerror=alert(1)> `<img src=y>` ![i](https://evil.example/i.png) @evil-user evil/repo#4242 GH-4242 https://evil.example/bare www.evil.example';

describe.skipIf(!existsSync(BUNDLE))('crate-license-audit bundle: hostile crate metadata in the comment and the summary', () => {
  let dir: string;
  let ws: string;
  let baseSha: string;
  let fake: FakeGitHub;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rda-sec-md-'));
    ws = path.join(dir, 'checkout');
    cpSync(path.join(FX, 'workspace'), ws, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    execFileSync('git', ['init', '-q', '-b', 'main', ws]);
    cpSync(path.join(FX, 'base.Cargo.lock'), path.join(ws, 'Cargo.lock'));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    baseSha = git('rev-parse', 'HEAD');
    cpSync(path.join(FX, 'workspace/Cargo.lock'), path.join(ws, 'Cargo.lock'));
    // A crate whose name is the hostile text (the lockfile is the PR's), and a vendored one whose license is.
    writeFileSync(path.join(ws, 'Cargo.lock'), `${readFileSync(path.join(ws, 'Cargo.lock'), 'utf8')}\n[[package]]\nname = ${JSON.stringify(EVIL)}\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`);
    writeFileSync(path.join(ws, 'vendor/mystery-codec-0.2.0/Cargo.toml'), `[package]\nname = "mystery-codec"\nversion = "0.2.0"\nlicense = ${JSON.stringify(EVIL)}\n`);
    git('commit', '-q', '-am', 'pull request');
    fake = new FakeGitHub();
    await fake.start();
    fake.addPullRequest(7);
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the name and the license as inert text', async () => {
    const r = await runAction(
      'crate-license-audit',
      { policy: 'license-policy.yml', 'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros', 'github-token': 'ghs_sec', 'fail-on': 'none' },
      { GITHUB_API_URL: fake.url, RDA_GITHUB_RETRY_BASE_MS: '5' },
      { event: { pull_request: { number: 7, base: { sha: baseSha } } }, eventName: 'pull_request', workspace: ws, timeoutMs: 120_000 },
    );
    // (the unreadable lock entry fails the step whatever fail-on says; the comment is written first)
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    const body = fake.comments.get(7)?.[0]?.body ?? '';
    // the hostile text is in both, as text
    expect(body).toContain('evil-user');
    expect(r.summary).toContain('evil-user');
    const ours = (href: string) => !/evil/.test(href);
    expect(liveParts(render(body), ours)).toEqual([]);
    expect(liveParts(render(r.summary), ours)).toEqual([]);
  });
});

const SYNC_BUNDLE = path.join(ROOT, 'dist/sync-guru/index.js');

describe.skipIf(!existsSync(SYNC_BUNDLE))('sync-guru bundle: a hostile SLOT in an upstream ebuild, in the drift issue and the summary', () => {
  let ws: string;
  let fake: FakeGitHub;
  beforeAll(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'rda-sec-md-sg-'));
    cpSync(path.join(ROOT, 'fixtures/sync-guru/overlay'), path.join(ws, 'overlay'), { recursive: true });
    cpSync(path.join(ROOT, 'fixtures/sync-guru/guru'), path.join(ws, 'guru'), { recursive: true });
    const ebuild = path.join(ws, 'guru/dev-util/slotted/slotted-2.0.ebuild');
    const text = readFileSync(ebuild, 'utf8');
    // A valid slot name that a renderer would still link (`www.`): a new-slot row in the issue.
    writeFileSync(ebuild, text.replace('SLOT="2"', 'SLOT="www.evil-user.example"'));
    // Not a slot name at all (PMS 3.1.3): Portage refuses the ebuild, so it is no new slot and is not shown as one.
    writeFileSync(path.join(ws, 'guru/dev-util/slotted/slotted-3.0.ebuild'), text.replace('SLOT="2"', 'SLOT="@evil-user"'));
    fake = new FakeGitHub();
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('shows the slot as inert text', async () => {
    const upstreams = `- name: guru\n  path: guru\n- name: gentoo\n  path: ${path.join(ROOT, 'fixtures/sync-guru/gentoo')}\n`;
    const r = await runAction(
      'sync-guru',
      { overlay: 'overlay', upstreams, issue: 'true', 'github-token': 'ghs_sec' },
      { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'example/distro', RDA_GITHUB_RETRY_BASE_MS: '5' },
      { workspace: ws },
    );
    expect(r.stdout + r.stderr).not.toMatch(/Internal error/);
    const body = fake.issues[0]?.body ?? '';
    expect(body).toContain('evil-user');
    expect(r.summary).toContain('evil-user');
    const ours = (href: string) => !/evil/.test(href);
    expect(liveParts(render(body), ours)).toEqual([]);
    expect(liveParts(render(r.summary), ours)).toEqual([]);
    // the invalid SLOT reaches neither as a slot
    expect(body.match(/evil-user(?!\.example)/g)).toBeNull();
    expect(r.summary.match(/evil-user(?!\.example)/g)).toBeNull();
  });
});
