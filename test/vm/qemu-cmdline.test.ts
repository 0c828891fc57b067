import { describe, it, expect } from 'vitest';
import { ConfigurationError } from '../../shared/io.js';
import { buildQemuCommand, memoryMiB, splitArgs, type QemuConfig } from '../../shared/vm/qemu-cmdline.js';

const base: QemuConfig = { qemu: 'qemu-system-x86_64', memory: '256M', cpus: 1, accel: 'tcg', kernel: '/k/vmlinux', serial: { kind: 'stdio' } };

function after(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1]!] : []));
}

describe('buildQemuCommand', () => {
  it('starts from a clean machine and boots kernel + initrd + append with serial on stdio', () => {
    const { file, args } = buildQemuCommand({ ...base, initrd: '/k/initrd.cpio', append: 'console=ttyS0 panic=-1', machine: 'q35', name: 'run-1' });
    expect(file).toBe('qemu-system-x86_64');
    expect(args.slice(0, 5)).toEqual(['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot']);
    expect(after(args, '-kernel')).toEqual(['/k/vmlinux']);
    expect(after(args, '-initrd')).toEqual(['/k/initrd.cpio']);
    expect(after(args, '-append')).toEqual(['console=ttyS0 panic=-1']);
    expect(after(args, '-machine')).toEqual(['q35']);
    expect(after(args, '-accel')).toEqual(['tcg']);
    expect(after(args, '-m')).toEqual(['256M']);
    expect(after(args, '-smp')).toEqual(['1']);
    expect(after(args, '-name')).toEqual(['run-1']);
    expect(after(args, '-chardev')).toEqual(['stdio,id=serial0,signal=off']);
    expect(after(args, '-serial')).toEqual(['chardev:serial0']);
    expect(args).not.toContain('-cpu');
    expect(args).not.toContain('-device');
  });

  it('disks as VeridianOS attaches them: the UEFI image on IDE, the root disk on virtio, and the other interfaces', () => {
    const { args } = buildQemuCommand({
      ...base,
      kernel: undefined,
      disks: [
        { path: '/img/uefi.img', interface: 'ide' },
        { path: '/img/root.img', interface: 'virtio', snapshot: true },
        { path: '/img/n.qcow2', interface: 'nvme', readonly: true },
        { path: '/img/a.img', interface: 'ahci' },
        { path: '/img/os.iso', interface: 'cdrom' },
      ],
    });
    expect(after(args, '-drive')).toEqual([
      'file=/img/uefi.img,format=raw,if=none,id=disk0',
      'file=/img/root.img,format=raw,if=virtio,index=1,media=disk,snapshot=on',
      'file=/img/n.qcow2,format=qcow2,if=none,id=disk2,readonly=on',
      'file=/img/a.img,format=raw,if=none,id=disk3',
      'file=/img/os.iso,format=raw,if=none,id=disk4,media=cdrom,readonly=on',
    ]);
    expect(after(args, '-device')).toEqual(['ide-hd,drive=disk0', 'nvme,serial=disk2,drive=disk2', 'ahci,id=ahci3', 'ide-hd,drive=disk3,bus=ahci3.0', 'ide-cd,drive=disk4']);
    // Off x86 a CD-ROM sits on virtio-scsi (the virt machine has no IDE).
    const arm = buildQemuCommand({ ...base, qemu: 'qemu-system-aarch64', kernel: undefined, disks: [{ path: '/img/os.iso', interface: 'cdrom' }] });
    expect(after(arm.args, '-device')).toEqual(['virtio-scsi-pci,id=scsi0', 'scsi-cd,drive=disk0,bus=scsi0.0']);
  });

  it('display std adds a VGA (never a window), network user a virtio NIC; both absent by default', () => {
    const { args } = buildQemuCommand({ ...base, display: 'std', network: 'user' });
    expect(after(args, '-display')).toEqual(['none']);
    expect(after(args, '-device')).toEqual(['VGA']);
    expect(after(args, '-nic')).toEqual(['user,model=virtio-net-pci']);
    expect(buildQemuCommand(base).args).not.toContain('-nic');
  });

  it('puts the serial console on a waiting unix socket server', () => {
    const { args } = buildQemuCommand({ ...base, serial: { kind: 'socket', path: '/tmp/run,1/serial.sock' } });
    expect(after(args, '-chardev')).toEqual(['socket,id=serial0,path=/tmp/run,,1/serial.sock,server=on,wait=on']);
  });

  it('boots disks with OVMF pflash code read-only and the VARS copy writable', () => {
    const { args } = buildQemuCommand({
      ...base,
      kernel: undefined,
      accel: 'kvm',
      disks: ['/img/root.qcow2', '/img/data,1.img'],
      firmware: { code: '/fw/OVMF_CODE.fd', vars: '/run/OVMF_VARS.fd' },
    });
    expect(after(args, '-drive')).toEqual([
      'if=pflash,format=raw,unit=0,readonly=on,file=/fw/OVMF_CODE.fd',
      'if=pflash,format=raw,unit=1,file=/run/OVMF_VARS.fd',
      'file=/img/root.qcow2,format=qcow2,if=virtio,index=0,media=disk',
      'file=/img/data,,1.img,format=raw,if=virtio,index=1,media=disk',
    ]);
    expect(after(args, '-cpu')).toEqual(['host']);
    expect(args).not.toContain('-kernel');
  });

  it('uses -bios for a single firmware image', () => {
    const { args } = buildQemuCommand({ ...base, kernel: undefined, disks: ['/d.img'], firmware: { code: '/fw/bios.bin' } });
    expect(after(args, '-bios')).toEqual(['/fw/bios.bin']);
  });

  it('adds isa-debug-exit and the extra arguments last, verbatim', () => {
    const { args } = buildQemuCommand({ ...base, exitDevice: true, extraArgs: ['-device', 'virtio-rng-pci', '-append-ish;rm -rf /'] });
    expect(after(args, '-device')).toEqual(['isa-debug-exit,iobase=0xf4,iosize=0x04', 'virtio-rng-pci']);
    expect(args.slice(-3)).toEqual(['-device', 'virtio-rng-pci', '-append-ish;rm -rf /']);
  });

  it('rejects what QEMU would reject later, with the expected form', () => {
    expect(() => buildQemuCommand({ ...base, memory: 'lots' })).toThrow(/Invalid memory 'lots'. Expected a size such as 512M/);
    expect(() => buildQemuCommand({ ...base, memory: '99999999999999999999G' })).toThrow(/at most 4T/);
    expect(() => buildQemuCommand({ ...base, cpus: 0 })).toThrow(ConfigurationError);
    expect(() => buildQemuCommand({ ...base, qemu: 'qemu; rm' })).toThrow(/Invalid qemu binary/);
    expect(() => buildQemuCommand({ ...base, kernel: undefined })).toThrow(/Nothing to boot/);
    expect(() => buildQemuCommand({ ...base, kernel: undefined, disks: ['/d'], initrd: '/i' })).toThrow(/need a kernel/);
  });
});

describe('splitArgs', () => {
  it('splits on whitespace, groups quotes, expands nothing', () => {
    expect(splitArgs(`-device virtio-rng-pci  -append "a b" '$HOME' x""y`)).toEqual(['-device', 'virtio-rng-pci', '-append', 'a b', '$HOME', 'xy']);
    expect(splitArgs('  \n ')).toEqual([]);
    expect(splitArgs(`""`)).toEqual(['']);
    expect(() => splitArgs(`"open`)).toThrow(/Unterminated/);
  });
});

describe('memoryMiB', () => {
  it.each([
    ['512', 512n],
    ['512M', 512n],
    ['2G', 2048n],
    ['2g', 2048n],
    ['1T', 1048576n],
    ['1536K', 2n],
    ['1K', 1n],
    ['99999999999999999999G', 99999999999999999999n * 1024n],
  ])('%s is %s MiB, as QEMU reads -m', (text, mib) => {
    expect(memoryMiB(text)).toBe(mib);
  });

  it.each(['', '0', '0M', '2GB', '-1G', '1.5G', ' 2G'])('%j is not a size', (text) => {
    expect(memoryMiB(text)).toBeUndefined();
  });
});
