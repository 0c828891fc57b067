/** Real boots of the Debian kernel with the test initramfs (TCG, small memory, one CPU). */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCommand } from '../../shared/toolkit/exec.js';
import { buildSelfhostInitramfs, defaultInitramfsRecipe } from '../../shared/vm/initramfs.js';
import { buildQemuCommand, type QemuConfig } from '../../shared/vm/qemu-cmdline.js';
import { spawnVmProcess } from '../../shared/vm/host.js';
import { runVm, type VmRunOptions, type VmRunResult } from '../../shared/vm/run.js';
import { DEFAULT_PROTOCOL } from '../../shared/vm/serial.js';
import { busyboxPath, cacheDir, kernel, repoRoot } from './env.js';

let initrd: Promise<string> | undefined;
export function testInitramfs(): Promise<string> {
  initrd ??= buildSelfhostInitramfs({ cacheDir, busybox: busyboxPath!, ...defaultInitramfsRecipe(repoRoot) }, runCommand).then((r) => r.path);
  return initrd;
}

/** A name no other process has: lets a test prove that no QEMU of ours is left. */
export function uniqueName(): string {
  return `selfhost-test-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Pids of live processes whose argv contains `needle`. */
export function processesWith(needle: string): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle)) out.push(Number(d));
    } catch {
      // Exited while we looked.
    }
  }
  return out;
}

export interface BootCase {
  mode: string;
  /** Appended after the standard `console=ttyS0 panic=-1`. */
  append?: string;
  quiet?: boolean;
  exitDevice?: boolean;
  serial?: 'stdio' | 'socket';
  name?: string;
  run?: Partial<VmRunOptions>;
}

export async function boot(c: BootCase): Promise<VmRunResult & { dir: string; lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), `boot-${c.mode}-`));
  const socket = join(dir, 'serial.sock');
  const config: QemuConfig = {
    qemu: 'qemu-system-x86_64',
    memory: '256M',
    cpus: 1,
    accel: 'tcg',
    kernel: kernel!.image,
    initrd: await testInitramfs(),
    append: ['console=ttyS0', 'panic=-1', c.quiet === false ? '' : 'quiet', `selfhost_mode=${c.mode}`, c.append ?? ''].filter(Boolean).join(' '),
    serial: c.serial === 'socket' ? { kind: 'socket', path: socket } : { kind: 'stdio' },
    exitDevice: c.exitDevice ?? false,
    name: c.name ?? uniqueName(),
  };
  const lines: string[] = [];
  const result = await runVm(
    {
      command: buildQemuCommand(config),
      protocol: DEFAULT_PROTOCOL,
      exitDevice: c.exitDevice ?? false,
      bootTimeoutMs: 90_000,
      silenceTimeoutMs: 90_000,
      totalTimeoutMs: 120_000,
      serialLogPath: join(dir, 'serial.log'),
      stderrLogPath: join(dir, 'qemu-stderr.log'),
      ...(c.serial === 'socket' && { serialSocket: socket }),
      onLine: (t) => lines.push(t),
      ...c.run,
    },
    { spawn: spawnVmProcess },
  );
  return { ...result, dir, lines };
}
