/**
 * The toolchain's rustc found without running rustup's proxy (shared/rust/rustup-direct.ts): only when the
 * answer is certain, and then the same rustc the proxy runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directRustc } from '../../shared/rust/rustup-direct.js';

const base = mkdtempSync(path.join(tmpdir(), 'rda-rustup-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A rustup install: `bin/` with rustup and its proxies (`link`: symbolic or hard), and toolchains by name. */
function install(name: string, link: 'symlink' | 'hardlink', toolchains: string[]): { bin: string; home: string } {
  const root = path.join(base, name);
  const bin = path.join(root, 'cargo', 'bin');
  const home = path.join(root, 'rustup');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'rustup'), '#!/bin/sh\n');
  chmodSync(path.join(bin, 'rustup'), 0o755);
  if (link === 'symlink') symlinkSync('rustup', path.join(bin, 'rustc'));
  else linkSync(path.join(bin, 'rustup'), path.join(bin, 'rustc'));
  for (const t of toolchains) {
    mkdirSync(path.join(home, 'toolchains', t, 'bin'), { recursive: true });
    writeFileSync(path.join(home, 'toolchains', t, 'bin', 'rustc'), '');
  }
  return { bin, home };
}

describe('directRustc', () => {
  const sym = install('sym', 'symlink', ['stable-x86_64-unknown-linux-gnu', 'nightly-2026-04-01-x86_64-unknown-linux-gnu', '1.95.0-x86_64-unknown-linux-gnu', 'mytc']);
  const env = { PATH: `/nonexistent:${sym.bin}:/usr/bin`, RUSTUP_HOME: sym.home };
  const tc = (t: string) => path.join(sym.home, 'toolchains', t, 'bin', 'rustc');

  it('a channel, a dated nightly, a version, a full name and a linked custom toolchain', () => {
    expect(directRustc('rustc', 'stable', env)).toBe(tc('stable-x86_64-unknown-linux-gnu'));
    expect(directRustc('rustc', 'nightly-2026-04-01', env)).toBe(tc('nightly-2026-04-01-x86_64-unknown-linux-gnu'));
    expect(directRustc('rustc', '1.95.0', env)).toBe(tc('1.95.0-x86_64-unknown-linux-gnu'));
    expect(directRustc('rustc', 'stable-x86_64-unknown-linux-gnu', env)).toBe(tc('stable-x86_64-unknown-linux-gnu'));
    expect(directRustc('rustc', 'mytc', env)).toBe(tc('mytc'));
  });

  it('rustup-init installs hard links, not symbolic ones', () => {
    const hard = install('hard', 'hardlink', ['stable-aarch64-unknown-linux-musl']);
    expect(directRustc('rustc', 'stable', { PATH: hard.bin, RUSTUP_HOME: hard.home })).toBe(path.join(hard.home, 'toolchains', 'stable-aarch64-unknown-linux-musl', 'bin', 'rustc'));
    // RUSTUP_HOME unset: ~/.rustup
    expect(directRustc('rustc', 'stable', { PATH: hard.bin, HOME: path.join(base, 'nohome') })).toBeUndefined();
  });

  it('left to the proxy whenever it is not certain', () => {
    // not installed, or only a longer name that merely starts alike (1.95 is not 1.95.0)
    expect(directRustc('rustc', 'beta', env)).toBeUndefined();
    expect(directRustc('rustc', '1.95', env)).toBeUndefined();
    // another program (the RDA_RUSTC knob), or a name that is no toolchain name
    expect(directRustc('/opt/rust/bin/rustc', 'stable', env)).toBeUndefined();
    expect(directRustc('rustc', '../stable', env)).toBeUndefined();
    // the first rustc on PATH is not rustup's (a distribution's rustc before ~/.cargo/bin)
    const distro = path.join(base, 'distro-bin');
    mkdirSync(distro);
    writeFileSync(path.join(distro, 'rustc'), '#!/bin/sh\n');
    expect(directRustc('rustc', 'stable', { ...env, PATH: `${distro}:${sym.bin}` })).toBeUndefined();
    // a relative PATH entry first: execvp's answer depends on the working directory
    expect(directRustc('rustc', 'stable', { ...env, PATH: `bin:${sym.bin}` })).toBeUndefined();
    // two hosts' toolchains of one channel: rustup picks by its host, which only rustup knows here
    const two = install('two', 'symlink', ['stable-x86_64-unknown-linux-gnu', 'stable-i686-unknown-linux-gnu']);
    expect(directRustc('rustc', 'stable', { PATH: two.bin, RUSTUP_HOME: two.home })).toBeUndefined();
    // a toolchain directory without rustc (a partial install)
    const empty = install('empty', 'symlink', []);
    mkdirSync(path.join(empty.home, 'toolchains', 'stable-x86_64-unknown-linux-gnu', 'bin'), { recursive: true });
    expect(directRustc('rustc', 'stable', { PATH: empty.bin, RUSTUP_HOME: empty.home })).toBeUndefined();
  });

  const rustup = spawnSync('rustup', ['toolchain', 'list'], { encoding: 'utf8' });
  it.skipIf(rustup.status !== 0)("on this machine's rustup: the same rustc the proxy runs (same sysroot, same version)", () => {
    const direct = directRustc('rustc', 'stable', process.env);
    expect(direct).toBeDefined();
    const ask = (program: string, args: string[]) => spawnSync(program, args, { encoding: 'utf8', env: { ...process.env, RUSTUP_TOOLCHAIN: 'stable' } }).stdout;
    expect(ask(direct!, ['--print', 'sysroot'])).toBe(ask('rustc', ['--print', 'sysroot']));
    expect(ask(direct!, ['-vV'])).toBe(ask('rustc', ['-vV']));
  });
});
