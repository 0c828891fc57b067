/**
 * `license-sources: cargo` on a hostile pull request, through the built bundle as the runner runs it: the
 * checkout (fixtures/crate-license-audit/hostile-pr/cargo) adds a GPL crate, replaces crates.io with its own
 * "vendored" copy that claims MIT (.cargo/config.toml), and names its own toolchain (rust-toolchain.toml with
 * `path = "<checkout>/evil-tc"`, whose bin/cargo records what it can reach and reports every crate as MIT).
 * The runner's cargo configuration ($CARGO_HOME/config.toml) points crates.io at a local directory registry
 * (the trusted side, as crates.io would be). Skips without cargo and rustup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../harness/index.js';

const FX = path.join(ROOT, 'fixtures/crate-license-audit/hostile-pr/cargo');
const hasBundle = existsSync(path.join(ROOT, 'dist/crate-license-audit/index.js'));
const has = (tool: string) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasRust = has('cargo') && has('rustup');
if (!hasRust) console.warn('skipping the hostile cargo pull requests: install rustup with a default toolchain');

const TOKEN = 'ghs_prbot_cargo_token_4f1c';
let dir: string;
let runnerHome: string;

const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

/** The base commit (app, no dependency), then the pull request's files on top; `toolchain` adds rust-toolchain.toml. */
function checkout(name: string, options: { toolchain: boolean; cargoConfig: boolean; byPath?: boolean }): { ws: string; baseSha: string } {
  const ws = path.join(dir, name);
  cpSync(path.join(FX, 'base'), ws, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', ws]);
  gitIn(ws, 'add', '.');
  gitIn(ws, 'commit', '-q', '-m', 'base');
  const baseSha = gitIn(ws, 'rev-parse', 'HEAD');
  cpSync(path.join(FX, 'pr'), ws, { recursive: true });
  if (!options.cargoConfig) rmSync(path.join(ws, '.cargo'), { recursive: true });
  // The vendored copy as a path dependency instead of a source replacement.
  if (options.byPath) cpSync(path.join(FX, 'pr-path'), ws, { recursive: true });
  // The attacker knows where the runner checks out (/home/runner/work/<repo>/<repo>): an absolute path.
  if (options.toolchain) writeFileSync(path.join(ws, 'rust-toolchain.toml'), `[toolchain]\npath = "${path.join(ws, 'evil-tc')}"\n`);
  gitIn(ws, 'add', '-A');
  gitIn(ws, 'commit', '-q', '-m', 'pull request');
  return { ws, baseSha };
}

const event = (baseSha: string) => ({
  pull_request: { number: 9, base: { sha: baseSha, repo: { full_name: 'example/distro' } }, head: { repo: { full_name: 'mallory/distro' } } },
});

function audit(ws: string, baseSha: string, env: Record<string, string | undefined> = {}, inputs: Record<string, string> = {}) {
  return runAction(
    'crate-license-audit',
    { 'license-sources': 'cargo', deny: 'GPL-3.0-only', comment: 'never', 'github-token': TOKEN, ...inputs },
    { CARGO_HOME: runnerHome, ...env },
    { event: event(baseSha), eventName: 'pull_request', workspace: ws, keep: true, timeoutMs: 170_000 },
  );
}

beforeAll(() => {
  if (!hasRust || !hasBundle) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'prbot-cargo-'));
  // The runner's cargo configuration: crates.io is served from a directory (the registry's own files).
  runnerHome = path.join(dir, 'runner-cargo-home');
  mkdirSync(runnerHome);
  writeFileSync(path.join(runnerHome, 'config.toml'), `[source.crates-io]\nreplace-with = "registry"\n\n[source.registry]\ndirectory = "${path.join(FX, 'registry')}"\n`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasRust || !hasBundle)('a pull request cannot rewrite licenses or run its own programs through cargo', () => {
  it('its rust-toolchain.toml toolchain never runs, and the registry crate keeps the registry\'s license', { timeout: 180_000 }, async () => {
    const { ws, baseSha } = checkout('toolchain', { toolchain: true, cargoConfig: true });
    const r = await audit(ws, baseSha);
    try {
      expect(existsSync(path.join(ws, 'EVIL-RAN')), existsSync(path.join(ws, 'EVIL-RAN')) ? readFileSync(path.join(ws, 'EVIL-RAN'), 'utf8') : '').toBe(false);
      expect(r.exitCode, r.stdout.slice(-3000)).toBe(1);
      expect(r.outputs).toMatchObject({ denied: '1', added: '1' });
      expect(r.outputs.PWNOUT).toBeUndefined();
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { crates: { name: string; license?: string; verdict: string; licenseFrom?: string }[] };
      expect(report.crates.find((c) => c.name === 'gpl-tables')).toMatchObject({ license: 'GPL-3.0-only', verdict: 'denied' });
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('its .cargo/config.toml source replacement (a "vendored" copy claiming MIT) is not read', { timeout: 180_000 }, async () => {
    const { ws, baseSha } = checkout('cargo-config', { toolchain: false, cargoConfig: true });
    const r = await audit(ws, baseSha);
    try {
      expect(r.exitCode, r.stdout.slice(-3000)).toBe(1);
      expect(r.outputs.denied).toBe('1');
      const denied = r.annotations.find((a) => a.title === 'crate-license-denied');
      expect(denied).toMatchObject({ level: 'error', file: 'Cargo.lock' });
      expect(denied!.message).toMatch(/^gpl-tables 2\.1\.0: .*GPL-3\.0-only/);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('a crate the pull request vendors by path is judged by the license its copy declares, with a notice', { timeout: 180_000 }, async () => {
    const { ws, baseSha } = checkout('by-path', { toolchain: false, cargoConfig: false, byPath: true });
    // The copy says MIT: denying MIT shows the path crate is judged at all (it used to pass as a workspace member).
    const r = await audit(ws, baseSha, {}, { deny: 'MIT' });
    try {
      expect(r.exitCode, r.stdout.slice(-3000)).toBe(1);
      expect(r.outputs.denied).toBe('1');
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { crates: { name: string; license?: string; verdict: string; sourceKind: string }[]; workspaceMembers: { name: string }[] };
      expect(report.crates.find((c) => c.name === 'gpl-tables')).toMatchObject({ sourceKind: 'path', license: 'MIT', verdict: 'denied' });
      expect(report.workspaceMembers.map((m) => m.name)).toEqual(['app']);
      const notice = r.annotations.find((a) => a.title === 'license-declared-by-pr');
      expect(notice).toMatchObject({ level: 'notice', file: 'Cargo.lock' });
      expect(notice!.message).toBe("gpl-tables 2.1.0 is a path crate this pull request adds: its license (`MIT`) is declared by the pull request's own files; judged as declared");
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('the cargo that does run gets no token: not in its environment, not in the action\'s, not in any process\'s', { timeout: 180_000 }, async () => {
    const { ws, baseSha } = checkout('recorder', { toolchain: true, cargoConfig: true });
    // The runner's cargo, replaced by a recorder: PATH has it and no rustup, so it is the cargo that runs.
    const bin = path.join(dir, 'recorder-bin');
    const record = path.join(dir, 'recorded');
    mkdirSync(bin);
    mkdirSync(record);
    const metadata = path.join(dir, 'metadata.json');
    writeFileSync(metadata, JSON.stringify({ version: 1, packages: [{ name: 'app', version: '0.1.0', license: 'MIT' }, { name: 'gpl-tables', version: '2.1.0', license: 'GPL-3.0-only' }] }));
    writeFileSync(
      path.join(bin, 'cargo'),
      [
        '#!/bin/sh',
        `r=${record}`,
        'env > "$r/env"',
        'pwd > "$r/cwd"',
        'cat /proc/$PPID/environ > "$r/parent-environ" 2>/dev/null',
        // Every environment this user's processes were started with.
        'for f in /proc/[0-9]*/environ; do cat "$f" 2>/dev/null; printf "\\n"; done > "$r/all-environ"',
        '[ -n "$GITHUB_OUTPUT" ] && echo PWNOUT=2 >> "$GITHUB_OUTPUT"',
        `cat ${metadata}`,
      ].join('\n') + '\n',
    );
    chmodSync(path.join(bin, 'cargo'), 0o755);
    const r = await audit(ws, baseSha, { PATH: `${bin}:/usr/bin:/bin` });
    try {
      expect(r.exitCode, r.stdout.slice(-3000)).toBe(1);
      expect(r.outputs.denied).toBe('1');
      expect(existsSync(path.join(ws, 'EVIL-RAN'))).toBe(false);
      const env = readFileSync(path.join(record, 'env'), 'utf8');
      const parent = readFileSync(path.join(record, 'parent-environ'), 'utf8');
      const all = readFileSync(path.join(record, 'all-environ'), 'utf8');
      expect(parent.length).toBeGreaterThan(0);
      for (const [what, text] of [['env', env], ['/proc/$PPID/environ', parent], ['/proc/*/environ', all]] as const) {
        expect(text.includes(TOKEN), what).toBe(false);
      }
      expect(env).not.toMatch(/^(INPUT_|GITHUB_OUTPUT=|GITHUB_ENV=|GITHUB_PATH=|GITHUB_STEP_SUMMARY=)/m);
      // The action's started-with environment no longer names the runner's command files either.
      expect(parent).not.toMatch(/(^|\0)(GITHUB_OUTPUT|GITHUB_ENV|GITHUB_PATH|INPUT_GITHUB-TOKEN)=/);
      expect(r.outputs.PWNOUT).toBeUndefined();
      // cargo ran outside the checkout, with its own CARGO_HOME and the runner's toolchain pinned.
      const cwd = readFileSync(path.join(record, 'cwd'), 'utf8').trim();
      expect(path.relative(ws, cwd).startsWith('..')).toBe(true);
      expect(env).toMatch(/^CARGO_HOME=.*crate-license-audit-cargo-.*\/cargo-home$/m);
      expect(env).toMatch(/^RUSTC_WRAPPER=$/m);
      // The action still had the token for its own work: it masked it.
      expect(r.masks).toContain(TOKEN);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });
});
