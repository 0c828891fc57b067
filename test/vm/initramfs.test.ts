import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../shared/toolkit/exec.js';
import { ConfigurationError } from '../../shared/io.js';
import { buildSelfhostInitramfs, defaultInitramfsRecipe, writeCpioNewc, type CpioEntry } from '../../shared/vm/initramfs.js';
import { busyboxPath, hasBusyboxStatic, hasRustc, repoRoot } from './env.js';

const hasCpio = spawnSync('cpio', ['--version'], { stdio: 'ignore' }).status === 0;

const entries: CpioEntry[] = [
  { kind: 'dir', path: 'bin' },
  { kind: 'file', path: 'bin/hello', data: Buffer.from('#!/bin/sh\necho hi\n'), mode: 0o755 },
  { kind: 'symlink', path: 'bin/sh', target: 'busybox' },
  { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
  { kind: 'file', path: 'odd', data: Buffer.from('abc') },
];

describe('writeCpioNewc', () => {
  it('is deterministic and 4-byte aligned with a trailer', () => {
    const a = writeCpioNewc(entries);
    expect(a.equals(writeCpioNewc(entries))).toBe(true);
    expect(a.subarray(0, 6).toString()).toBe('070701');
    expect(a.includes(Buffer.from('TRAILER!!!\0'))).toBe(true);
    // Every header starts on a 4-byte boundary.
    for (let at = a.indexOf('070701'); at >= 0; at = a.indexOf('070701', at + 1)) expect(at % 4).toBe(0);
  });

  it.skipIf(!hasCpio)('is read back by GNU cpio with names, modes, symlink target and device node (needs Debian package cpio)', () => {
    const archive = writeCpioNewc(entries);
    const listing = spawnSync('cpio', ['-itv', '--quiet'], { input: archive, encoding: 'utf8' });
    expect(listing.status).toBe(0);
    const lines = listing.stdout.trim().split('\n');
    expect(lines.map((l) => l.replace(/ -> .*$/, '').split(/\s+/).at(-1))).toEqual(['bin', 'bin/hello', 'bin/sh', 'dev/console', 'odd']);
    expect(lines[1]).toMatch(/^-rwxr-xr-x/);
    expect(lines[2]).toMatch(/^lrwxrwxrwx .* bin\/sh -> busybox$/);
    expect(lines[3]).toMatch(/^crw------- .* 5,\s+1 /);
    const dir = mkdtempSync(join(tmpdir(), 'cpio-'));
    const extract = spawnSync('cpio', ['-id', '--quiet', '--no-absolute-filenames', 'odd', 'bin/hello'], { input: archive, cwd: dir });
    expect(extract.status).toBe(0);
  });

  it('refuses paths that climb out of the archive root', () => {
    expect(() => writeCpioNewc([{ kind: 'file', path: '../etc/passwd', data: Buffer.alloc(0) }])).toThrow(ConfigurationError);
  });
});

describe.skipIf(!hasBusyboxStatic || !hasRustc)('buildSelfhostInitramfs (needs Debian package busybox-static, and rustc)', () => {
  it('builds once, then serves the cache; a changed recipe is a new key', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'initramfs-cache-'));
    const recipe = defaultInitramfsRecipe(repoRoot);
    const first = await buildSelfhostInitramfs({ cacheDir, busybox: busyboxPath!, ...recipe }, runCommand);
    expect(first.cached).toBe(false);
    const again = await buildSelfhostInitramfs({ cacheDir, busybox: busyboxPath!, ...recipe }, runCommand);
    expect(again).toEqual({ ...first, cached: true });
    if (hasCpio) {
      const names = spawnSync('cpio', ['-it', '--quiet', '-F', first.path], { encoding: 'utf8' }).stdout.trim().split('\n');
      expect(names).toEqual(expect.arrayContaining(['init', 'bin/busybox', 'bin/selfhost-probe', 'dev/console']));
    }
    const otherInit = join(cacheDir, 'init');
    writeFileSync(otherInit, '#!/bin/busybox sh\necho RUST_SELFHOST_PASS\n');
    const changed = await buildSelfhostInitramfs({ cacheDir, busybox: busyboxPath!, initScript: otherInit, probeSource: recipe.probeSource }, runCommand);
    expect(changed.key).not.toBe(first.key);
  }, 120_000);

  it('rejects a dynamically linked busybox and a probe that does not compile', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'initramfs-cache-'));
    const recipe = defaultInitramfsRecipe(repoRoot);
    await expect(buildSelfhostInitramfs({ cacheDir, busybox: process.execPath, ...recipe }, runCommand)).rejects.toThrow(/not a statically linked executable \(install busybox-static\)/);
    const broken = join(cacheDir, 'broken.rs');
    writeFileSync(broken, 'fn main() { let x: u32 = "no"; }\n');
    await expect(buildSelfhostInitramfs({ cacheDir, busybox: busyboxPath!, initScript: recipe.initScript, probeSource: broken }, runCommand)).rejects.toThrow(/Compiling .*broken.rs failed/);
  }, 120_000);
});
