/**
 * The argv for `qemu-system-<arch>`: a plain function from a typed configuration to an argument array.
 * Nothing here touches the file system; copying the OVMF VARS template is `prepareFirmwareVars` in run.ts.
 */
import { ConfigurationError } from '../io.js';

export type Accel = 'kvm' | 'tcg';

/** Where the guest's first serial port goes. `stdio`: QEMU's stdout pipe (no byte can be lost: the pipe
 * exists before the guest starts). `socket`: a unix socket QEMU listens on and waits for us before running. */
export type SerialTransport = { kind: 'stdio' } | { kind: 'socket'; path: string };

export interface Firmware {
  /** Read-only code image (OVMF_CODE.fd), or a single BIOS image when `vars` is absent. */
  code: string;
  /** The per-run COPY of the VARS template (the guest writes to it; never pass the template itself). */
  vars?: string;
}

export type DiskInterface = 'virtio' | 'ide' | 'ahci' | 'nvme' | 'cdrom';

/** A disk image and how the guest sees it. */
export interface Disk {
  path: string;
  /** Default `virtio`. */
  interface?: DiskInterface;
  /** Default: `qcow2` for `.qcow2`, else `raw`. */
  format?: string;
  /** The guest cannot write to it. */
  readonly?: boolean;
  /** Writes go to a temporary file QEMU discards: the image stays as it was. */
  snapshot?: boolean;
}

export interface QemuConfig {
  /** Binary, e.g. `qemu-system-x86_64`. */
  qemu: string;
  machine?: string;
  /** `2048M`, `2G`, `512` (MiB). */
  memory: string;
  cpus: number;
  accel: Accel;
  kernel?: string;
  initrd?: string;
  append?: string;
  /** Disk images in order; a plain path is a virtio disk, format from the extension (`.qcow2` or raw). */
  disks?: readonly (string | Disk)[];
  /** `none` (default): no video device; `std`: a standard VGA (GRUB's gfxterm needs one), still no window. */
  display?: 'none' | 'std';
  /** `none` (default): no network device; `user`: user-mode networking (slirp) with a virtio NIC. */
  network?: 'none' | 'user';
  firmware?: Firmware;
  serial: SerialTransport;
  /** `isa-debug-exit` at 0xf4: the guest writes 0x10 -> QEMU exits 33 (pass), 0x11 -> 35 (fail). */
  exitDevice?: boolean;
  /** `-name`: also what lets a test find exactly this QEMU in the process table. */
  name?: string;
  /** Passed last, verbatim, one argument per element. */
  extraArgs?: readonly string[];
}

export interface QemuCommand {
  file: string;
  args: string[];
}

/** Exit codes produced by `isa-debug-exit` for the values the guest writes: (value << 1) | 1. */
export const EXIT_DEVICE_PASS_CODE = 33;
export const EXIT_DEVICE_FAIL_CODE = 35;
export const EXIT_DEVICE_IOBASE = 0xf4;

/** QEMU option values are comma-separated; a literal comma inside a value is written twice. */
export function escapeOptionValue(value: string): string {
  return value.replaceAll(',', ',,');
}

const MEMORY_RE = /^[1-9][0-9]*[KMGT]?$/i;
/** Largest guest memory accepted (4T): beyond it QEMU refuses or the host cannot provide it anyway. */
export const MAX_MEMORY_MIB = 4n * 1024n * 1024n;

/** Guest memory in MiB as QEMU reads `-m` (no suffix = MiB), or undefined when it is not a size. */
export function memoryMiB(text: string): bigint | undefined {
  if (!MEMORY_RE.test(text)) return undefined;
  const suffix = /[KMGT]$/i.test(text) ? text.slice(-1).toUpperCase() : '';
  // Exact integers (BigInt): a 20-digit size must not round to something that looks valid.
  const n = BigInt(suffix ? text.slice(0, -1) : text);
  if (suffix === 'K') return (n + 1023n) / 1024n;
  if (suffix === 'G') return n * 1024n;
  if (suffix === 'T') return n * 1024n * 1024n;
  return n;
}

export function buildQemuCommand(config: QemuConfig): QemuCommand {
  if (!/^[A-Za-z0-9._/+-]+$/.test(config.qemu)) {
    throw new ConfigurationError(`Invalid qemu binary '${config.qemu}'. Expected a program name such as qemu-system-x86_64.`);
  }
  const mib = memoryMiB(config.memory);
  if (mib === undefined || mib > MAX_MEMORY_MIB) {
    throw new ConfigurationError(`Invalid memory '${config.memory}'. Expected a size such as 512M or 2G, at most 4T.`);
  }
  if (!Number.isInteger(config.cpus) || config.cpus < 1 || config.cpus > 1024) {
    throw new ConfigurationError(`Invalid cpus '${config.cpus}'. Expected an integer from 1 to 1024.`);
  }
  const disks = config.disks ?? [];
  if (!config.kernel && disks.length === 0 && !config.firmware) {
    throw new ConfigurationError('Nothing to boot: give a kernel (with an optional initrd), disks, or firmware.');
  }
  if ((config.initrd || config.append) && !config.kernel) {
    throw new ConfigurationError('initrd and append need a kernel.');
  }

  const args: string[] = ['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot'];
  if (config.name) args.push('-name', escapeOptionValue(config.name));
  if (config.machine) args.push('-machine', config.machine);
  args.push('-accel', config.accel);
  // Under KVM the host CPU model avoids TCG-only feature emulation; TCG keeps QEMU's default model.
  if (config.accel === 'kvm') args.push('-cpu', 'host');
  args.push('-m', config.memory, '-smp', String(config.cpus));

  // A named chardev with signal=off: a ^C byte from the guest must not kill QEMU.
  if (config.serial.kind === 'stdio') {
    args.push('-chardev', 'stdio,id=serial0,signal=off');
  } else {
    args.push('-chardev', `socket,id=serial0,path=${escapeOptionValue(config.serial.path)},server=on,wait=on`);
  }
  args.push('-serial', 'chardev:serial0');

  if (config.firmware) {
    if (config.firmware.vars) {
      args.push('-drive', `if=pflash,format=raw,unit=0,readonly=on,file=${escapeOptionValue(config.firmware.code)}`);
      args.push('-drive', `if=pflash,format=raw,unit=1,file=${escapeOptionValue(config.firmware.vars)}`);
    } else {
      args.push('-bios', config.firmware.code);
    }
  }
  if (config.kernel) {
    args.push('-kernel', config.kernel);
    if (config.initrd) args.push('-initrd', config.initrd);
    if (config.append) args.push('-append', config.append);
  }
  const x86 = /(?:x86_64|i386)$/.test(config.qemu);
  disks.forEach((d, i) => args.push(...diskArgs(typeof d === 'string' ? { path: d } : d, i, x86)));
  if (config.display === 'std') args.push('-device', 'VGA');
  if (config.network === 'user') args.push('-nic', 'user,model=virtio-net-pci');
  if (config.exitDevice) {
    args.push('-device', `isa-debug-exit,iobase=0x${EXIT_DEVICE_IOBASE.toString(16)},iosize=0x04`);
  }
  args.push(...(config.extraArgs ?? []));
  return { file: config.qemu, args };
}

const FORMAT_RE = /^[a-z0-9]+$/;

/** `-drive` (and `-device`) arguments for disk number `i`. */
function diskArgs(disk: Disk, i: number, x86: boolean): string[] {
  const format = disk.format ?? (/\.qcow2$/i.test(disk.path) ? 'qcow2' : 'raw');
  if (!FORMAT_RE.test(format)) throw new ConfigurationError(`Invalid disk format '${format}'. Expected a QEMU image format such as raw or qcow2.`);
  const iface = disk.interface ?? 'virtio';
  const cdrom = iface === 'cdrom';
  const opts = [
    ...(disk.readonly || cdrom ? ['readonly=on'] : []),
    ...(disk.snapshot ? ['snapshot=on'] : []),
  ];
  const drive = (extra: string[]) => ['-drive', [`file=${escapeOptionValue(disk.path)}`, `format=${format}`, ...extra, ...opts].join(',')];
  const id = `disk${i}`;
  switch (iface) {
    case 'virtio':
      return drive(['if=virtio', `index=${i}`, 'media=disk']);
    case 'ide':
      // The machine's own IDE/AHCI controller (q35: ich9-ahci, pc: piix), as `-device ide-hd` does.
      return [...drive(['if=none', `id=${id}`]), '-device', `ide-hd,drive=${id}`];
    case 'ahci':
      return [...drive(['if=none', `id=${id}`]), '-device', `ahci,id=ahci${i}`, '-device', `ide-hd,drive=${id},bus=ahci${i}.0`];
    case 'nvme':
      return [...drive(['if=none', `id=${id}`]), '-device', `nvme,serial=${id},drive=${id}`];
    case 'cdrom':
      // x86 machines have an IDE/AHCI bus; elsewhere (virt) a CD sits on virtio-scsi.
      return x86
        ? [...drive(['if=none', `id=${id}`, 'media=cdrom']), '-device', `ide-cd,drive=${id}`]
        : [...drive(['if=none', `id=${id}`, 'media=cdrom']), '-device', `virtio-scsi-pci,id=scsi${i}`, '-device', `scsi-cd,drive=${id},bus=scsi${i}.0`];
  }
}

/** Debian's package holding `qemu-system-<arch>` (what to install when it is missing). */
export function qemuPackage(binary: string): string {
  const arch = /qemu-system-([a-z0-9_]+)$/.exec(binary.split('/').pop() ?? '')?.[1] ?? 'x86_64';
  if (arch === 'x86_64' || arch === 'i386') return 'qemu-system-x86';
  if (arch === 'aarch64' || arch === 'arm') return 'qemu-system-arm';
  if (arch.startsWith('ppc')) return 'qemu-system-ppc';
  if (arch.startsWith('mips')) return 'qemu-system-mips';
  if (arch.startsWith('sparc')) return 'qemu-system-sparc';
  if (arch === 's390x') return 'qemu-system-s390x';
  // riscv32/64, loongarch64, m68k, sh4, … are in the catch-all package.
  return 'qemu-system-misc';
}

/**
 * Split a user's `extra-args` text into arguments: whitespace separates, single or double quotes group,
 * no shell expansion of any kind (the result goes to spawn as an array).
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (quote) throw new ConfigurationError(`Unterminated ${quote} quote in extra-args: ${text}`);
  if (has) out.push(cur);
  return out;
}
