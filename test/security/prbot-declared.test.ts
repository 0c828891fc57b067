/**
 * A license the pull request writes itself cannot vouch for a registry crate: through the built bundle, the
 * demo workspace's pull request (fixtures/crate-license-audit/hostile-pr/vendor-dir) adds the GPL crate and
 * rewrites the vendored copy that `license-sources: vendor` reads to claim MIT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const run = (ws: string, baseSha: string) =>
  runAction(
    'crate-license-audit',
    { policy: 'license-policy.yml', 'license-sources': 'vendor\ndistro-tool\ndistro-tool-macros', comment: 'never', 'fail-on': 'denied' },
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
