/**
 * Real boots under TCG: Debian kernel (.ci/fetch-kernel.mjs) + busybox initramfs with a static Rust
 * program. The scenario is picked on the kernel command line (`selfhost_mode=`), so one cached initramfs
 * serves every case.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { boot, processesWith, testInitramfs, uniqueName } from './boot-helpers.js';
import { bootSkipReason, canBoot, repoRoot } from './env.js';

const T = 150_000;

describe.skipIf(!canBoot)(`real QEMU boots ${bootSkipReason}`, () => {
  beforeAll(async () => {
    await testInitramfs();
  }, T);

  it('pass: criteria from init and from the static Rust program, pass marker, QEMU exits 33', async () => {
    const r = await boot({ mode: 'pass', exitDevice: true });
    expect(r.reason).toMatch(/QEMU exited 33/);
    expect(r.verdict).toBe('pass');
    expect(r.exit.code).toBe(33);
    expect(r.criteria.map((c) => `${c.id}=${c.result}`)).toEqual([
      'kernel-userspace=PASS',
      'rust-std-fs=PASS',
      'rust-std-thread=PASS',
      'rust-std-collections=PASS',
      'rust-static-binary=PASS',
    ]);
    expect(r.bootMs).toBeGreaterThan(0);
    expect(r.markerMs).toBeGreaterThanOrEqual(r.bootMs!);
    const log = readFileSync(r.serialLogPath, 'utf8');
    expect(log).toMatch(/^\[\s+\d+\.\d{3}\] RUST_SELFHOST_PASS$/m);
  }, T);

  it('fail: a criterion FAIL and the fail marker; the exit device reports 35', async () => {
    const r = await boot({ mode: 'fail', exitDevice: true });
    expect(r.verdict).toBe('fail');
    expect(r.criteria.find((c) => c.id === 'forced-failure')).toMatchObject({ result: 'FAIL', detail: 'selfhost_mode=fail' });
    expect(r.reason).toContain('forced-failure');
    expect(r.exit.code).toBe(35);
  }, T);

  it('hang: the total timeout stops the run and no QEMU of ours is left', async () => {
    const name = uniqueName();
    const r = await boot({ mode: 'hang', name, run: { totalTimeoutMs: 6_000, killGraceMs: 2_000 } });
    expect(r).toMatchObject({ verdict: 'timeout', stoppedBy: 'total-timeout' });
    expect(processesWith(name)).toEqual([]);
    expect(readFileSync(r.serialLogPath, 'utf8')).toMatch(/stopped by total-timeout; verdict timeout/);
  }, T);

  it('kernel panic: the failure pattern ends the run early', async () => {
    const r = await boot({ mode: 'panic' });
    expect(r).toMatchObject({ verdict: 'fail', stoppedBy: 'failure-pattern' });
    expect(r.reason).toMatch(/Kernel panic - not syncing/);
  }, T);

  it('the marker in the kernel command line does not pass a guest that never printed it', async () => {
    const r = await boot({ mode: 'nomarker', quiet: false, append: 'RUST_SELFHOST_PASS SELFHOST_CRITERION' });
    // The kernel did echo it, mid-line (whole since QEMU's stdout is a file: see the stalled-reader case below).
    expect(r.lines.some((l) => /Command line: .*RUST_SELFHOST_PASS/.test(l))).toBe(true);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toMatch(/without the pass marker/);
    expect(r.criteria.every((c) => c.result === 'PASS')).toBe(true);
  }, T);

  it('a reader that stalls loses nothing: the kernel\'s own console lines come out whole', async () => {
    // This process's event loop blocked for 300 ms in every 350 while the kernel prints its first lines. Through a
    // pipe, QEMU's UART then waited for us and the kernel's console writes, which wait only so long, lost bytes
    // (3 of 6 boots lost part of the command line at one such stall); QEMU's stdout is a file now, which never waits.
    const stalls = [200, 550, 900, 1250, 1600].map((at) =>
      setTimeout(() => {
        const end = Date.now() + 300;
        while (Date.now() < end);
      }, at),
    );
    const r = await boot({ mode: 'nomarker', quiet: false, append: 'RUST_SELFHOST_PASS SELFHOST_CRITERION' }).finally(() => stalls.forEach(clearTimeout));
    expect(r.lines.filter((l) => /Command line: /.test(l))).toEqual([expect.stringMatching(/ selfhost_mode=nomarker RUST_SELFHOST_PASS SELFHOST_CRITERION$/)]);
    // a lost line end merges two of the kernel's lines into one: never two timestamps on a line
    expect(r.lines.filter((l) => (l.match(/\[\s*\d+\.\d{6}\]/g) ?? []).length > 1)).toEqual([]);
    expect(r.verdict).toBe('fail');
    expect(r.criteria.map((c) => c.result)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  }, T);

  it('CRLF and colour escapes, read through the unix socket transport', async () => {
    const r = await boot({ mode: 'crlf', serial: 'socket' });
    expect(r.verdict).toBe('pass');
    expect(r.lines.some((l) => l.startsWith('SELFHOST_CRITERION kernel-userspace PASS kernel 6.'))).toBe(true);
    expect(r.criteria.map((c) => c.id)).toContain('rust-static-binary');
    expect(r.lines.some((l) => l.includes('\x1b') || l.includes('\r'))).toBe(false);
  }, T);

  it('no orphan when the Node process running the VM is killed', async () => {
    const name = uniqueName();
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'vm', 'orphan-child.ts'), name], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Wait until QEMU is running (the child says so), then kill the child the way a runner cancels a step.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      child.on('exit', () => reject(new Error('child exited early')));
    });
    expect(processesWith(name).length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    for (let i = 0; i < 100 && processesWith(name).length; i++) await new Promise((r) => setTimeout(r, 50));
    const left = processesWith(name);
    // Do not leave our own orphan behind if the assertion fails.
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
  }, T);
});
