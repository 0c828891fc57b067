import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadActionMeta } from '../../shared/toolkit/action-meta.js';
import { Inputs, InputError } from '../../shared/toolkit/inputs.js';
import { readInputs } from '../../actions/crate-license-audit/inputs.js';
import { findLockfile } from '../../shared/cargo/license-audit.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const meta = loadActionMeta('crate-license-audit', ROOT);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cla-inputs-'));
  temps.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

function read(ws: string, given: Record<string, string> = {}, event: Record<string, unknown> = {}) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, GITHUB_TOKEN: 'ghs_x' };
  for (const [k, v] of Object.entries(given)) env[`INPUT_${k.toUpperCase()}`] = v;
  const inputs = new Inputs(meta, env);
  const r = readInputs(inputs, { workspace: ws, root: ROOT, event });
  return { r, read: [...inputs.read].sort() };
}

const LOCK = 'version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n';

describe('readInputs', () => {
  it('an empty workspace and no inputs: the embedded demo, every input read', () => {
    const { r, read: names } = read(workspace());
    expect(r.embedded).toBe(true);
    expect(r.lockfile).toBe(path.join(ROOT, 'fixtures/crate-license-audit/workspace/Cargo.lock'));
    expect(r.baseLockfile).toBe(path.join(ROOT, 'fixtures/crate-license-audit/base.Cargo.lock'));
    expect(r.failOn).toEqual([]);
    expect(r.comment).toBe('never');
    expect(r.gentooOutput).toBe(true);
    expect(names).toEqual(Object.keys(meta.inputs).sort());
  });

  it('a workspace with a Cargo.lock is audited with the documented defaults', () => {
    const ws = workspace({ 'Cargo.toml': '[package]\nname="app"\nversion="0.1.0"\n', 'Cargo.lock': LOCK });
    const { r } = read(ws);
    expect(r.embedded).toBe(false);
    expect(r.lockfile).toBe(path.join(ws, 'Cargo.lock'));
    expect(r.lockfileDisplay).toBe('Cargo.lock');
    expect(r.failOn).toEqual(['denied']);
    expect(r.comment).toBe('on-change');
    expect(r.licenseSources).toEqual(['cargo']);
    expect(r.githubToken).toBe('ghs_x');
    expect(r.baseRef).toBeUndefined();
  });

  it('the lockfile of a member manifest is found at the workspace root', () => {
    const ws = workspace({ 'Cargo.lock': LOCK, 'crates/tool/Cargo.toml': '' });
    const { r } = read(ws, { 'manifest-path': 'crates/tool/Cargo.toml' });
    expect(r.lockfile).toBe(path.join(ws, 'Cargo.lock'));
    expect(findLockfile(path.join(ws, 'crates/tool/Cargo.toml'), path.join(ws, 'crates'))).toBe(path.join(ws, 'crates/tool/Cargo.lock'));
  });

  it('the pull request base SHA and number come from the event', () => {
    const ws = workspace({ 'Cargo.lock': LOCK });
    const sha = 'a'.repeat(40);
    const { r } = read(ws, {}, { pull_request: { number: 7, base: { sha } } });
    expect(r.baseRef).toBe(sha);
    expect(r.baseRefFrom).toBe('pull-request');
    expect(r.pullRequest).toBe(7);
  });

  it('fail-on none, and an explicit base-lockfile', () => {
    const ws = workspace({ 'Cargo.lock': LOCK });
    const { r } = read(ws, { 'fail-on': 'none', 'base-lockfile': 'base/Cargo.lock' }, { pull_request: { number: 7, base: { sha: 'b'.repeat(40) } } });
    expect(r.failOn).toEqual([]);
    expect(r.baseLockfile).toBe(path.join(ws, 'base/Cargo.lock'));
    expect(r.baseRef).toBeUndefined();
  });

  it("license-sources: none reads no licenses", () => {
    const ws = workspace({ 'Cargo.lock': LOCK });
    expect(read(ws, { 'license-sources': 'none' }).r.licenseSources).toEqual([]);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['none mixed with sources', { 'license-sources': 'none, vendor' }, /input 'license-sources': expected 'none' alone/],
    ['unknown fail-on value', { 'fail-on': 'denied, forbidden' }, /input 'fail-on': expected a subset of 'denied', 'unknown', 'invalid-spdx', 'new-duplicate', or 'none', got 'forbidden'/],
    ['comment mode', { comment: 'sometimes' }, /input 'comment': expected one of 'always', 'on-change', 'on-failure', 'never'/],
    ['base-ref that looks like an option', { 'base-ref': '--upload-pack=touch /tmp/x' }, /input 'base-ref': expected a commit SHA/],
    ['base-ref range', { 'base-ref': 'main..feature' }, /input 'base-ref'/],
    ['both base inputs', { 'base-ref': 'main', 'base-lockfile': 'b.lock' }, /input 'base-lockfile': expected either base-lockfile or base-ref/],
    ['lockfile outside the workspace', { lockfile: '../elsewhere/Cargo.lock' }, /input 'lockfile': expected a path inside/],
    ['policy outside the workspace', { policy: '/etc/passwd' }, /input 'policy': expected a path inside/],
    ['missing lockfile', { lockfile: 'nope/Cargo.lock' }, /input 'lockfile': expected a Cargo.lock to audit .* got 'nope\/Cargo.lock'/],
    ['gentoo-output not a boolean', { 'gentoo-output': 'maybe' }, /input 'gentoo-output': expected a boolean/],
    ['a gentoo-tree that is missing', { 'gentoo-tree': 'gentoo' }, /input 'gentoo-tree': expected a directory .* got 'gentoo'/],
    ['a gentoo-tree that is a file', { 'gentoo-tree': 'Cargo.lock' }, /input 'gentoo-tree': expected a directory .* got 'Cargo.lock'/],
  ];
  it('a Cargo.lock or policy committed as a symlink out of the workspace is refused', () => {
    const outside = workspace({ 'secret.txt': 'TOKEN=x\n' });
    const ws = workspace({ 'Cargo.toml': '[workspace]\n' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'Cargo.lock'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'policy.yml'));
    expect(() => read(ws)).toThrow(/input 'manifest-path': expected a file inside the workspace \(symlinks may not lead out of it\), got 'Cargo.toml'/);
    expect(() => read(ws, { lockfile: 'Cargo.lock' })).toThrow(/input 'lockfile': expected a (file|path) inside .*(symlinks may not lead out|it is a link to)/);
    const ok = workspace({ 'Cargo.lock': LOCK, 'real-policy.yml': 'allow: [MIT]\n' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ok, 'policy.yml'));
    expect(() => read(ok, { policy: 'policy.yml' })).toThrow(/input 'policy': expected a (file|path) inside .*(symlinks may not lead out|it is a link to)/);
    // A link that stays inside is fine.
    symlinkSync(path.join(ok, 'real-policy.yml'), path.join(ok, 'linked.yml'));
    expect(read(ok, { policy: 'linked.yml' }).r.policyFile).toBe(path.join(ok, 'linked.yml'));
  });

  for (const [what, given, message] of bad) {
    it(`rejects ${what} with an error naming the input`, () => {
      const ws = workspace({ 'Cargo.lock': LOCK });
      let err: unknown;
      try {
        read(ws, given);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(message);
    });
  }
});
