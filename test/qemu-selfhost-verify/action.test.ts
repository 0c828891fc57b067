/**
 * End to end through the bundle (dist/qemu-selfhost-verify/index.js), as the runner runs it. Boots are real
 * (TCG, Debian kernel from .ci/fetch-kernel.mjs); comparisons use real files.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runAction } from '../harness/run-action.js';
import { processesWith, testInitramfs } from '../vm/boot-helpers.js';
import { bootSkipReason, canBoot, kernel } from '../vm/env.js';

const T = 240_000;
const small = { memory: '256M', cpus: '1' };

/** The lines between `::stop-commands::<token>` and `::<token>::`: what the runner shows as plain text. */
function stoppedBlock(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('::stop-commands::'));
  if (start < 0) return [];
  const token = lines[start]!.slice('::stop-commands::'.length);
  const end = lines.indexOf(`::${token}::`, start + 1);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe.skipIf(!canBoot)(`qemu-selfhost-verify booting for real ${bootSkipReason}`, () => {
  it('embedded default: boots, passes every criterion, compares two builds as normalized-identical', async () => {
    const r = await runAction('qemu-selfhost-verify', small, {}, { keep: true, timeoutMs: T });
    try {
      expect(r.exitCode, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(r.outputs.compare).toBe('normalized-identical');
      const criteria = JSON.parse(r.outputs.criteria!) as { id: string; result: string; seconds: number }[];
      expect(criteria.map((c) => c.id)).toContain('rust-static-binary');
      expect(criteria.every((c) => c.result === 'PASS' && c.seconds > 0)).toBe(true);
      expect(Number(r.outputs['marker-seconds'])).toBeGreaterThan(0);
      expect(Number(r.outputs['boot-seconds'])).toBeGreaterThanOrEqual(Number(r.outputs['marker-seconds']));
      expect(readFileSync(r.outputs.log!, 'utf8')).toMatch(/RUST_SELFHOST_PASS/);
      expect(existsSync(`${r.outputs.log!}.stderr`)).toBe(true);
      const report = JSON.parse(readFileSync(r.outputs['compare-report']!, 'utf8')) as { status: string; files: { path: string }[] };
      expect(report.status).toBe('normalized-identical');
      // The serial console streamed inside a group, commands stopped around it.
      expect(r.stdout).toMatch(/::group::Serial console \(live\)/);
      expect(stoppedBlock(r.stdout)).toContain('RUST_SELFHOST_PASS');
      expect(r.summary).toMatch(/\| rust-static-binary \| ✅ PASS \|/);
      expect(r.summary).toMatch(/\*\*Verdict: ✅ pass\*\*/);
      expect(r.summary).toMatch(/\| hello\.o \| normalized-identical \| embedded paths only \|/);
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  }, T);

  it('a failing guest fails the step, shows the last lines, and its workflow-command look-alikes stay plain text', async () => {
    const r = await runAction(
      'qemu-selfhost-verify',
      { ...small, kernel: kernel!.image, initrd: await testInitramfs(), append: 'console=ttyS0 panic=-1 quiet selfhost_mode=fail', 'exit-device': 'true' },
      {},
      { timeoutMs: T },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.compare).toBe('');
    expect(JSON.parse(r.outputs.criteria!)).toContainEqual(expect.objectContaining({ id: 'forced-failure', result: 'FAIL' }));
    expect(r.summary).toMatch(/<summary>Last \d+ serial lines<\/summary>/);
    expect(r.summary).toMatch(/RUST_SELFHOST_FAIL/);
    const block = stoppedBlock(r.stdout);
    expect(block).toContain('::error::injected by the guest');
    expect(block).toContain('::add-mask::kernel');
    expect(r.annotations.some((a) => /qemu-selfhost-verify: fail/.test(a.message))).toBe(true);
  }, T);

  it('a hanging guest times out and leaves no QEMU behind', async () => {
    const tag = `t${randomBytes(6).toString('hex')}`;
    const r = await runAction(
      'qemu-selfhost-verify',
      { ...small, kernel: kernel!.image, initrd: await testInitramfs(), append: `console=ttyS0 quiet selfhost_mode=hang tag=${tag}`, timeout: '4' },
      {},
      { timeoutMs: T },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('timeout');
    expect(r.summary).toMatch(/stopped by: total-timeout/);
    expect(processesWith(tag)).toEqual([]);
  }, T);
});

describe('qemu-selfhost-verify comparing only', () => {
  function stages(names: [string, string], contents: [string, string]): [string, string] {
    const d = mkdtempSync(join(tmpdir(), 'stages-'));
    names.forEach((n, i) => {
      mkdirSync(join(d, n, 'lib'), { recursive: true });
      writeFileSync(join(d, n, 'lib', 'librustc_driver.so'), contents[i]!);
      writeFileSync(join(d, n, 'lib', 'same'), 'same');
    });
    return [join(d, names[0]), join(d, names[1])];
  }

  it('stage1 vs stage2 differing is expected: reported, not failed', async () => {
    const [a, b] = stages(['stage1', 'stage2'], ['built by stage0', 'built by stage1']);
    const r = await runAction('qemu-selfhost-verify', { 'stage-a': a, 'stage-b': b });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', compare: 'differs', log: '', 'boot-seconds': '', criteria: '[]' });
    expect(r.summary).toMatch(/expected to differ/);
    expect(r.summary).toMatch(/\| lib\/librustc_driver\.so \| differs \|/);
  });

  it('stage2 vs stage3 differing is a real failure', async () => {
    const [a, b] = stages(['stage2', 'stage3'], ['one', 'two']);
    const r = await runAction('qemu-selfhost-verify', { 'stage-a': a, 'stage-b': b, 'compare-mode': 'strict' }, {}, { keep: true });
    try {
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ verdict: 'fail', compare: 'differs' });
      const report = JSON.parse(readFileSync(r.outputs['compare-report']!, 'utf8')) as { stages: { expectation: string } };
      expect(report.stages.expectation).toBe('fixpoint');
    } finally {
      rmSync(r.tempDir, { recursive: true, force: true });
    }
  });

  it('a second run in the same job keeps the first run\'s report and log (per-step files)', async () => {
    const [a, b] = stages(['stage2', 'stage3'], ['one', 'two']);
    const temp = mkdtempSync(join(tmpdir(), 'same-job-'));
    try {
      const first = await runAction('qemu-selfhost-verify', { 'stage-a': a, 'stage-b': b }, {}, { tempDir: temp });
      const second = await runAction('qemu-selfhost-verify', { 'stage-a': a, 'stage-b': a }, {}, { tempDir: temp });
      expect(first.outputs.compare).toBe('differs');
      expect(second.outputs.compare).toBe('identical');
      expect(second.outputs['compare-report']).not.toBe(first.outputs['compare-report']);
      expect(JSON.parse(readFileSync(first.outputs['compare-report']!, 'utf8')).status).toBe('differs');
      expect(JSON.parse(readFileSync(second.outputs['compare-report']!, 'utf8')).status).toBe('identical');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('bad input fails with an annotation naming the input', async () => {
    const r = await runAction('qemu-selfhost-verify', { memory: 'lots', 'stage-a': '/tmp', 'stage-b': '/tmp' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.some((a) => a.level === 'error' && /input 'memory': expected a size such as 512M or 2G, at most 4T, got 'lots'/.test(a.message))).toBe(true);
    const only = await runAction('qemu-selfhost-verify', { 'stage-a': '/tmp' });
    expect(only.annotations.some((a) => /input 'stage-b'/.test(a.message))).toBe(true);
  });

  it.each([
    [{ 'extra-args': '-device "virtio-rng-pci' }, /input 'extra-args': expected arguments separated by spaces, with every quote closed/],
    [{ firmware: 'a.fd\nb.fd\nc.fd' }, /input 'firmware': expected one image, or an OVMF code image and its VARS template/],
    [{ initrd: 'rootfs.cpio' }, /input 'initrd': expected to be used together with kernel/],
    [{ 'marker-match': 'regex', 'pass-marker': '(ok' }, /input 'pass-marker': expected a valid regular expression/],
    [{ accel: 'hvf' }, /input 'accel'/],
    [{ timeout: '0' }, /input 'timeout': expected an integer >= 1/],
    [{ kernel: 'no/such/vmlinux' }, /input 'kernel': expected an existing file, got '.*no\/such\/vmlinux'/],
    [{ kernel: '/etc/hostname', 'log-path': '/etc/evil/serial.log' }, /input 'log-path': expected a file inside the workspace/],
    [{ kernel: '/etc/hostname', memory: '99999999999999999999G' }, /input 'memory': expected a size such as 512M or 2G, at most 4T/],
    [{ kernel: '/etc' }, /input 'kernel': expected an existing file, got '\/etc'/],
    [{ kernel: '/etc/hostname', qemu: 'qemu-system-nope' }, /input 'qemu': expected a program on PATH/],
    [{ 'stage-a': '/nonexistent/a', 'stage-b': '/tmp' }, /input 'stage-a': expected an existing file or directory/],
    [{ qemu: 'qemu-system-aarch64', 'exit-device': 'true', 'stage-a': '/tmp', 'stage-b': '/tmp' }, /input 'exit-device': expected false for qemu-system-aarch64/],
  ])('rejects %j naming the input', async (inputs, message) => {
    const r = await runAction('qemu-selfhost-verify', inputs);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(message);
    // A user error, not an internal one: no stack trace anywhere.
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
