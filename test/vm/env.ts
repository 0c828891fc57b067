/**
 * What the real-boot tests need, found once: qemu-system-x86 (qemu-system-x86_64), busybox-static
 * (/bin/busybox, static), the Debian kernel fetched by .ci/fetch-kernel.mjs into .cache/vm, rustc.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStaticExecutable, readElf } from '../../shared/artifacts/elf.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.cache', 'vm');

function onPath(program: string): boolean {
  return spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0;
}

export const hasQemu = onPath('qemu-system-x86_64');
export const busyboxPath = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
/** busybox-static, not the dynamic `busybox` package: the initramfs has no libc. */
async function isStatic(path: string): Promise<boolean> {
  const bytes = readFileSync(path);
  const elf = await readElf(async (pos, len) => bytes.subarray(pos, pos + len), bytes.length);
  return elf !== undefined && isStaticExecutable(elf);
}
export const hasBusyboxStatic = busyboxPath !== undefined && (await isStatic(busyboxPath));
export const hasRustc = onPath('rustc');

export interface CachedKernel {
  /** PVH-bootable ELF when available, else the bzImage. */
  image: string;
  pvh: boolean;
  version: string;
}

export function cachedKernel(): CachedKernel | undefined {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, 'kernel.json'), 'utf8')) as { vmlinux: string | null; vmlinuz: string; version: string };
    const image = join(cacheDir, m.vmlinux ?? m.vmlinuz);
    return existsSync(image) ? { image, pvh: m.vmlinux !== null, version: m.version } : undefined;
  } catch {
    return undefined;
  }
}

export const kernel = cachedKernel();
export const canBoot = hasQemu && hasBusyboxStatic && hasRustc && kernel !== undefined;
export const bootSkipReason = !hasQemu
  ? 'needs Debian package qemu-system-x86'
  : !hasBusyboxStatic
    ? 'needs Debian package busybox-static'
    : !kernel
      ? 'needs a Debian kernel: run node .ci/fetch-kernel.mjs (package linux-image-amd64)'
      : !hasRustc
        ? 'needs rustc'
        : '';
