import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../shared/io.js';
import { bootAndVerify, type BootRequest } from '../../shared/vm/verify.js';
import { DEFAULT_PROTOCOL } from '../../shared/vm/serial.js';
import { FakeVm, fakeSpawner } from './fakes.js';

const tcgHost = { devKvmReadWrite: false, cpuinfo: '', modules: '' };

function request(dir: string, over: Partial<BootRequest> = {}): BootRequest {
  return {
    qemu: 'qemu-system-x86_64',
    memory: '512M',
    cpus: 1,
    accel: 'auto',
    disks: [],
    extraArgs: [],
    exitDevice: false,
    protocol: DEFAULT_PROTOCOL,
    requiredCriteria: [],
    bootTimeoutMs: 5_000,
    silenceTimeoutMs: 5_000,
    totalTimeoutMs: 10_000,
    serialLogPath: join(dir, 'logs', 'serial.log'),
    workDir: join(dir, 'work'),
    ...over,
  };
}

describe('bootAndVerify', () => {
  it('copies the OVMF VARS template per run and boots code read-only + the copy writable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const template = join(dir, 'OVMF_VARS.fd');
    writeFileSync(template, 'pristine vars');
    const vm = new FakeVm();
    const spawn = fakeSpawner([vm]);
    const p = bootAndVerify(request(dir, { disks: [join(dir, 'os.img')], firmware: { code: '/fw/OVMF_CODE.fd', varsTemplate: template } }), { spawn, probe: tcgHost });
    vm.write('RUST_SELFHOST_PASS\n');
    const r = await p;
    const args = spawn.calls[0]!.args;
    const pflash = args.filter((a) => a.startsWith('if=pflash'));
    expect(pflash[0]).toBe('if=pflash,format=raw,unit=0,readonly=on,file=/fw/OVMF_CODE.fd');
    const copy = /file=(.*)$/.exec(pflash[1]!)![1]!;
    expect(copy).not.toBe(template);
    expect(copy.startsWith(join(dir, 'work'))).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('pristine vars');
    expect(r).toMatchObject({ verdict: 'pass', accel: 'tcg', fellBackToTcg: false });
    expect(r.command.slice(1)).toEqual(args);
    // The stderr log sits beside the serial log.
    expect(existsSync(join(dir, 'logs', 'serial.log.stderr'))).toBe(true);
    // A unique -name marks this run's QEMU in the process table.
    expect(args[args.indexOf('-name') + 1]).toMatch(/^rda-selfhost-\d+-[0-9a-f]{8}$/);
  });

  it('rejects an unusable configuration before starting anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const spawn = fakeSpawner([]);
    await expect(bootAndVerify(request(dir, { memory: 'huge', kernel: '/k' }), { spawn, probe: tcgHost })).rejects.toThrow(ConfigurationError);
    expect(spawn.calls).toEqual([]);
  });
});

describe('claimStepFolder', () => {
  it('names the folder after the step and gives a second run of the same step its own', async () => {
    const { claimStepFolder } = await import('../../shared/vm/verify.js');
    const base = join(mkdtempSync(join(tmpdir(), 'steps-')), 'qemu-selfhost-verify');
    const first = claimStepFolder(base, '__run_2');
    const second = claimStepFolder(base, '__run_2');
    const other = claimStepFolder(base, 'verify/../x');
    expect(first).toBe(join(base, 'run_2'));
    expect(second).toBe(join(base, 'run_2-2'));
    expect(other).toBe(join(base, 'verify_.._x'));
    expect(existsSync(second)).toBe(true);
  });
});
