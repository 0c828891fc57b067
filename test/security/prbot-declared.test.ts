/**
 * A license the pull request writes itself cannot vouch for a registry crate: through the built bundle, the
 * demo workspace's pull request (fixtures/crate-license-audit/hostile-pr/vendor-dir) adds the GPL crate and
 * rewrites the vendored copy that `license-sources: vendor` reads to claim MIT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../harness/index.js';

const hasBundle = existsSync(path.join(ROOT, 'dist/crate-license-audit/index.js'));
const FX = path.join(ROOT, 'fixtures/crate-license-audit');
let dir: string;
const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

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

const run = (ws: string, baseSha: string, sources = 'vendor\ndistro-tool\ndistro-tool-macros') =>
  runAction(
    'crate-license-audit',
    { policy: 'license-policy.yml', 'license-sources': sources, comment: 'never', 'fail-on': 'denied' },
    {},
    {
      event: { pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'example/distro' } }, head: { repo: { full_name: 'mallory/distro' } } } },
      eventName: 'pull_request',
      workspace: ws,
      keep: true,
      timeoutMs: 120_000,
    },
  );

beforeAll(() => {
  if (hasBundle) dir = mkdtempSync(path.join(os.tmpdir(), 'prbot-declared-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasBundle)('a license the pull request writes is its word, not the registry\'s', () => {
  it('a vendored registry crate it relicenses is not allowed on that word: needs review, with the file named', async () => {
    const { ws, baseSha } = pullRequest('relicense', (w) => {
      cpSync(path.join(FX, 'workspace/Cargo.lock'), path.join(w, 'Cargo.lock'));
      cpSync(path.join(FX, 'hostile-pr/vendor-dir'), w, { recursive: true });
    });
    const r = await run(ws, baseSha);
    try {
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { crates: { name: string; license?: string; verdict: string; reason: string }[] };
      const gpl = report.crates.find((c) => c.name === 'gpl-tables')!;
      expect(gpl).toMatchObject({ license: 'MIT', verdict: 'needs-review' });
      expect(gpl.reason).toBe("license declared by this pull request (vendor/gpl-tables-2.1.0/Cargo.toml), not by the crate's registry");
      const w = r.annotations.find((a) => a.title === 'license-declared-by-pr');
      expect(w).toMatchObject({ level: 'warning', file: 'Cargo.lock' });
      expect(w!.message).toMatch(/^gpl-tables 2\.1\.0: its license \(`MIT`\) is read from vendor\/gpl-tables-2\.1\.0\/Cargo\.toml, which this pull request changes; a pull request cannot vouch for a registry crate's license \(fix: read registry crates' licenses with license-sources: cargo/);
      // Vendored crates the pull request did not touch keep their verdicts.
      expect(report.crates.find((c) => c.name === 'pretty-report')!.verdict).toBe('allowed');
      expect(r.annotations.filter((a) => a.title === 'license-declared-by-pr')).toHaveLength(1);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });
});

/**
 * The pull request swaps a registry crate for its own path copy under the same name and version, as cargo's
 * `[replace]` does (the lock below is laid out as cargo 1.95 writes it for `[replace] "adler:1.0.2" = { path =
 * "../fork" }` over Debian's registry: the path package first, the registry one with `replace` and no
 * dependencies, and the dependent naming the registry one in full since the name and version are no longer
 * unique). The copy is GPL-3.0-only; the vendored registry crate says MIT.
 */
function replacedByFork(w: string): void {
  const lock = readFileSync(path.join(FX, 'workspace/Cargo.lock'), 'utf8')
    .replace(' "pretty-report",\n', ' "pretty-report 0.4.1 (registry+https://github.com/rust-lang/crates.io-index)",\n')
    .replace(
      /\[\[package\]\]\nname = "pretty-report"\nversion = "0\.4\.1"\nsource = "([^"]+)"\nchecksum = "([0-9a-f]+)"\ndependencies = \[\n((?: "[^"]+",\n)+)\]\n/,
      '[[package]]\nname = "pretty-report"\nversion = "0.4.1"\ndependencies = [\n$3]\n\n[[package]]\nname = "pretty-report"\nversion = "0.4.1"\nsource = "$1"\nchecksum = "$2"\nreplace = "pretty-report 0.4.1"\n',
    );
  expect(lock).toContain('replace = "pretty-report 0.4.1"');
  writeFileSync(path.join(w, 'Cargo.lock'), lock);
  writeFileSync(path.join(w, 'Cargo.toml'), `${readFileSync(path.join(w, 'Cargo.toml'), 'utf8')}\n[replace]\n"pretty-report:0.4.1" = { path = "forks/pretty-report" }\n`);
  mkdirSync(path.join(w, 'forks/pretty-report/src'), { recursive: true });
  writeFileSync(path.join(w, 'forks/pretty-report/Cargo.toml'), '[package]\nname = "pretty-report"\nversion = "0.4.1"\nedition = "2021"\nlicense = "GPL-3.0-only"\n');
  writeFileSync(path.join(w, 'forks/pretty-report/src/lib.rs'), '');
}

describe.skipIf(!hasBundle)('a path crate with a registry crate\'s name and version is not that crate', () => {
  type Report = { verdict: string; diff?: { added: { name: string }[] }; crates: { id: string; name: string; sourceKind: string; license?: string; verdict: string; dependents: { direct: number }; path?: string[] }[] };
  const fork = (report: Report) => report.crates.find((c) => c.name === 'pretty-report' && c.sourceKind === 'path');

  it('its own copy, swapped in by [replace], does not take the vendored registry crate\'s license', async () => {
    const { ws, baseSha } = pullRequest('replace', replacedByFork);
    const r = await run(ws, baseSha);
    try {
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as Report;
      // judged as the pull request's own crate, with no license anyone vouches for (it was MIT, allowed)
      expect(fork(report)).toMatchObject({ verdict: 'unknown' });
      expect(fork(report)!.license).toBeUndefined();
      const notice = r.annotations.find((a) => a.title === 'license-declared-by-pr' && a.message.startsWith('pretty-report 0.4.1 is a path crate'));
      expect(notice!.message).toContain('its license (none) is declared by the pull request\'s own files');
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('read from its own manifest, its own license is judged: denied', async () => {
    const { ws, baseSha } = pullRequest('replace-read', replacedByFork);
    const r = await run(ws, baseSha, 'vendor\ndistro-tool\ndistro-tool-macros\nforks/pretty-report');
    try {
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as Report;
      expect(fork(report)).toMatchObject({ license: 'GPL-3.0-only', verdict: 'denied' });
      // as cargo builds it: distro-tool depends on the copy, and the registry crate it replaces is not built
      expect(fork(report)).toMatchObject({ dependents: { direct: 1 }, path: ['distro-tool', 'pretty-report 0.4.1'] });
      expect(report.crates.filter((c) => c.name === 'pretty-report').map((c) => c.sourceKind)).toEqual(['path']);
      // nor is it among the crates the pull request brings into the build
      expect(report.diff!.added.map((a) => a.name)).not.toContain('pretty-report');
      expect(report.verdict).toBe('fail');
      expect(r.exitCode).toBe(1);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });
});
