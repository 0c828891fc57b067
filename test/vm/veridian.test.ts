/**
 * A VeridianOS-shaped guest, adopted without changing a line of it: its serial console (kernel tests as
 * `  name...[ok]`, `[INIT] Results:` in pieces, BOOTOK, the vsh prompt, the self-host script) is replayed by
 * fixtures/vm/initramfs/veridian.sh. The verdict must be VeridianOS's own script's verdict
 * (scripts/self-host-verify.sh: five texts grepped from the log after a fixed sleep), known at the line
 * that decides it. First the replay runs as a plain process (every case, no QEMU), then in real boots.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnVmProcess } from '../../shared/vm/host.js';
import { runVm, type SendItem, type VmRunOptions } from '../../shared/vm/run.js';
import { DEFAULT_FAILURE_PATTERNS, DEFAULT_PROTOCOL, type SerialProtocol } from '../../shared/vm/serial.js';
import { runAction } from '../harness/run-action.js';
import { boot, processesWith, testInitramfs, uniqueName } from './boot-helpers.js';
import { bootSkipReason, busyboxPath, cacheDir, canBoot, repoRoot } from './env.js';

const replay = join(repoRoot, 'fixtures', 'vm', 'initramfs', 'veridian.sh');
const criteriaFormat = String.raw`^\s*(?<id>\S+)\.\.\.\[(?<result>ok|failed)\]`;
const prompt = 'root@veridian:/# ';

/** The configuration of the README's VeridianOS example. */
const protocol: SerialProtocol = {
  ...DEFAULT_PROTOCOL,
  passMarker: '=== ALL SELF-HOSTING TESTS PASSED ===',
  failMarker: 'FAIL:',
  passAfter: 'BOOTOK',
  requiredPatterns: ['rustc', 'Hello from VeridianOS Rust', 'All tests passed'],
  criteriaFormat,
  failurePatterns: ['BOOTFAIL', ...DEFAULT_FAILURE_PATTERNS],
};

/** VeridianOS's scripts/self-host-verify.sh: every one of its five `grep -q` patterns is in the log. */
function veridianScriptPasses(log: readonly string[]): boolean {
  return ['BOOTOK', 'rustc', 'Hello from VeridianOS Rust', 'All tests passed', 'ALL SELF-HOSTING TESTS PASSED'].every((p) => log.some((l) => l.includes(p)));
}

async function replayRun(kase: string, send: SendItem[]) {
  const dir = mkdtempSync(join(tmpdir(), `veridian-${kase}-`));
  const lines: string[] = [];
  const options: VmRunOptions = {
    command: { file: busyboxPath!, args: ['sh', replay, kase] },
    protocol,
    send,
    bootTimeoutMs: 20_000,
    // The replayed guest never powers off: a run with no verdict ends on silence, as VeridianOS's would.
    silenceTimeoutMs: 2_000,
    totalTimeoutMs: 60_000,
    serialLogPath: join(dir, 'serial.log'),
    stderrLogPath: join(dir, 'serial.log.stderr'),
    onLine: (t) => lines.push(t),
  };
  return { ...(await runVm(options, { spawn: spawnVmProcess })), lines };
}

describe.skipIf(!busyboxPath)('VeridianOS replayed as a plain process (needs busybox)', () => {
  // A pipe has no tty to turn the Enter key's CR into LF: the shell here reads lines ending in LF.
  const send: SendItem[] = [{ when: prompt, line: '/home/user/self-host-test.sh', enter: 'lf' }];

  it.each([
    ['pass', 'pass', /^pass marker at .*10 criteria passed$/],
    ['fail', 'fail', /^the guest reported the fail marker$/],
    ['nohello', 'fail', /required patterns had not appeared before it: 'Hello from VeridianOS Rust'$/],
    ['crash', 'fail', /^failure pattern '\^FATAL:' at serial line 13: FATAL:GP/],
    ['bootfail', 'fail', /^failure pattern 'BOOTFAIL' at serial line 13/],
    ['bootok', 'timeout', /silence timeout/],
  ])('%s: verdict %s, as VeridianOS\'s own script decides', async (kase, verdict, reason) => {
    const r = await replayRun(kase, send);
    expect(r.verdict, r.lines.join('\n')).toBe(verdict);
    expect(r.reason).toMatch(reason);
    expect(r.verdict === 'pass').toBe(veridianScriptPasses(r.lines));
  }, 30_000);

  it('pass: ten kernel tests read in its own format, the prompt answered once, decided at the last line', async () => {
    const r = await replayRun('pass', send);
    expect(r.criteria.map((c) => `${c.id}=${c.result}`)).toHaveLength(10);
    expect(r.criteria.every((c) => c.result === 'PASS')).toBe(true);
    expect(r.notes).toContain(`typed '/home/user/self-host-test.sh' after '${prompt}' appeared`);
    expect(r.requiredPatterns.every((p) => p.line !== undefined)).toBe(true);
    // Stopped by the pass marker itself, not by a sleep or a timeout.
    expect(r.stoppedBy).toBe('pass-marker');
    // Nothing after the deciding line but the next prompt (already on its way when QEMU was stopped).
    const at = r.lines.indexOf('=== ALL SELF-HOSTING TESTS PASSED ===');
    expect(r.lines.slice(at + 1).filter((l) => l !== prompt.trimEnd() && l !== prompt)).toEqual([]);
    expect(r.lines).toContain('[INIT] Results: 10/10 passed');
  }, 30_000);

  it('BOOTOK alone never passes, whatever the marker mode (VeridianOS prints it before the self-host test)', async () => {
    const r = await replayRun('pass', []);
    expect(r.verdict).toBe('timeout');
    expect(r.lines).toContain('BOOTOK');
  }, 30_000);
});

/** The Debian kernel with its EFI stub (bzImage), for a UEFI boot. */
function efiKernel(): string | undefined {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, 'kernel.json'), 'utf8')) as { vmlinuz: string };
    const file = join(cacheDir, m.vmlinuz);
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

const ovmf = { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', vars: '/usr/share/OVMF/OVMF_VARS_4M.fd' };
const hasOvmf = existsSync(ovmf.code) && existsSync(ovmf.vars);
const T = 420_000;

describe.skipIf(!canBoot)(`VeridianOS replayed in real boots ${bootSkipReason}`, () => {
  beforeAll(async () => {
    await testInitramfs();
  }, T);

  it.skipIf(!hasOvmf || !efiKernel())('UEFI (OVMF, the kernel\'s EFI stub) with an IDE and a virtio disk, through the action: passes with no guest change (needs Debian package ovmf)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veridian-uefi-'));
    const [uefiImage, rootfs] = [join(dir, 'veridian-uefi.img'), join(dir, 'rootfs-rust.img')];
    writeFileSync(uefiImage, Buffer.alloc(1 << 20));
    writeFileSync(rootfs, Buffer.alloc(1 << 20));
    const kernel = join(dir, 'vmlinuz');
    copyFileSync(efiKernel()!, kernel);
    const tag = `t${uniqueName().replace(/\W/g, '')}`;
    const r = await runAction(
      'qemu-selfhost-verify',
      {
        machine: 'q35',
        memory: '256M',
        cpus: '1',
        accel: 'tcg',
        firmware: `${ovmf.code}\n${ovmf.vars}`,
        kernel,
        initrd: await testInitramfs(),
        append: `console=ttyS0 panic=-1 quiet selfhost_mode=veridian-pass tag=${tag}`,
        disks: `- {path: ${uefiImage}, interface: ide}\n- {path: ${rootfs}, interface: virtio, snapshot: true}`,
        'criteria-format': criteriaFormat,
        'pass-after': 'BOOTOK',
        send: `- when: '${prompt}'\n  line: /home/user/self-host-test.sh`,
        'required-patterns': 'rustc\nHello from VeridianOS Rust\nAll tests passed',
        'pass-marker': '=== ALL SELF-HOSTING TESTS PASSED ===',
        'fail-marker': 'FAIL:',
        'failure-patterns': `BOOTFAIL\n${DEFAULT_FAILURE_PATTERNS.join('\n')}`,
        'boot-timeout': '240',
        timeout: '360',
      },
      {},
      { timeoutMs: T - 10_000, keep: true },
    );
    expect(r.outputs.verdict, r.stdout.slice(-3000)).toBe('pass');
    const criteria = JSON.parse(r.outputs.criteria!) as { id: string; result: string }[];
    expect(criteria).toHaveLength(10);
    const log = readFileSync(r.outputs.log!, 'utf8');
    // The real command line: OVMF pflash, the UEFI image on IDE, the root disk on virtio.
    expect(log).toMatch(/-device ide-hd,drive=disk0/);
    expect(log).toMatch(/if=virtio,index=1,media=disk,snapshot=on/);
    expect(log).toMatch(/if=pflash/);
    expect(log).toMatch(/root@veridian:\/# \/home\/user\/self-host-test\.sh/);
    expect(r.summary).toMatch(/\| text: Hello from VeridianOS Rust \| ✅ seen \|/);
    expect(processesWith(tag)).toEqual([]);
  }, T);

  it('direct kernel boot: the self-host script fails to link hello.rs, the run fails at that line', async () => {
    const r = await boot({
      mode: 'veridian-fail',
      run: { protocol, send: [{ when: prompt, line: '/home/user/self-host-test.sh' }] },
    });
    expect(r.verdict, r.lines.join('\n')).toBe('fail');
    expect(r.stoppedBy).toBe('fail-marker');
    expect(r.lines).toContain('FAIL: rustc compilation failed');
    expect(veridianScriptPasses(r.lines)).toBe(false);
  }, T);
});
