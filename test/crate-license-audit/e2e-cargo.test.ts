/**
 * The bundle with `license-sources: cargo` against real crates: Debian's librust-*-dev packages put crate
 * sources under /usr/share/cargo/registry, and the runner's cargo configuration ($CARGO_HOME/config.toml;
 * the checkout's own .cargo/config.toml is never read) that replaces crates.io with that directory lets the
 * real `cargo metadata` resolve them (TESTING.md). Skips, naming the package,
 * when cargo or the Debian crates are missing (.ci/apt/crate-license-audit.txt installs them in CI).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../harness/index.js';

const REGISTRY = '/usr/share/cargo/registry';
const crateDir = (name: string) => (existsSync(REGISTRY) ? readdirSync(REGISTRY).find((d) => new RegExp(`^${name}-\\d`).test(d)) : undefined);
const hasCargo = (() => {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const missing = [!hasCargo && 'cargo', !crateDir('either') && 'librust-either-dev', !crateDir('serde') && 'librust-serde-dev'].filter(Boolean);
const hasBundle = existsSync(path.join(ROOT, 'dist/crate-license-audit/index.js'));
if (missing.length) console.warn(`skipping the real cargo end-to-end test: install ${missing.join(', ')}`);

let dir: string;
let runnerHome: string;
let baseSha: string;
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
const manifest = (deps: string) => `[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\nlicense = "MIT"\n\n[dependencies]\n${deps}`;

beforeAll(() => {
  if (missing.length || !hasBundle) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'cla-cargo-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/lib.rs'), '');
  runnerHome = mkdtempSync(path.join(os.tmpdir(), 'cla-cargo-home-'));
  writeFileSync(
    path.join(runnerHome, 'config.toml'),
    `[source.crates-io]\nreplace-with = "debian"\n\n[source.debian]\ndirectory = "${REGISTRY}"\n\n[net]\noffline = true\n`,
  );
  const cargoEnv = { ...process.env, CARGO_HOME: runnerHome };
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  writeFileSync(path.join(dir, 'Cargo.toml'), manifest('either = "1"\n'));
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: dir, stdio: 'ignore', env: cargoEnv });
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'Cargo.toml'), manifest('either = "1"\nserde = "1"\n'));
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: dir, stdio: 'ignore', env: cargoEnv });
  git('commit', '-q', '-am', 'add serde');
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (runnerHome) rmSync(runnerHome, { recursive: true, force: true });
});

describe.skipIf(missing.length > 0 || !hasBundle)('real cargo metadata over Debian crates', () => {
  it('licenses from `cargo metadata`, the legacy `/` corrected and reported, the added crate found', { timeout: 180_000 }, async () => {
    const r = await runAction(
      'crate-license-audit',
      { allow: 'MIT, Apache-2.0', 'fail-on': 'denied, unknown', comment: 'never' },
      { CARGO_HOME: runnerHome },
      { event: { pull_request: { number: 3, base: { sha: baseSha } } }, eventName: 'pull_request', workspace: dir, keep: true, timeoutMs: 170_000 },
    );
    try {
      expect(r.exitCode, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`).toBe(0);
      expect(r.outputs).toMatchObject({ denied: '0', unknown: '0', added: '1', removed: '0' });
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as {
        crates: { name: string; license?: string; licenseFrom?: string; verdict: string; corrections: string[] }[];
        workspaceMembers: { name: string; license?: string }[];
      };
      const either = report.crates.find((c) => c.name === 'either')!;
      expect(either.license).toBe('MIT/Apache-2.0');
      expect(either.verdict).toBe('allowed');
      expect(either.corrections.join(' ')).toMatch(/\//);
      expect(report.crates.find((c) => c.name === 'serde')!.license).toBe('MIT OR Apache-2.0');
      expect(report.workspaceMembers).toEqual([{ name: 'demo', version: '0.1.0', license: 'MIT' }]);
      expect(r.stdout).toMatch(/licenses of \d+ crates read from cargo/);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });
});
