/** readInputs of qemu-selfhost-verify, without a bundle: bad values name the input and the expected form. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadActionMeta } from '../../shared/toolkit/action-meta.js';
import { Inputs, InputError } from '../../shared/toolkit/inputs.js';
import { readInputs } from '../../actions/qemu-selfhost-verify/inputs.js';
import { DEFAULT_FAILURE_PATTERNS } from '../../shared/vm/serial.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const meta = loadActionMeta('qemu-selfhost-verify', ROOT);
const base = mkdtempSync(path.join(os.tmpdir(), 'qsv-inputs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const ws = path.join(base, 'ws');
const temp = path.join(base, 'rt');
mkdirSync(path.join(ws, 'boot'), { recursive: true });
mkdirSync(temp, { recursive: true });
writeFileSync(path.join(ws, 'boot', 'vmlinuz'), 'kernel');
// A stand-in QEMU on PATH: these tests never start it.
mkdirSync(path.join(base, 'bin'));
writeFileSync(path.join(base, 'bin', 'qemu-system-x86_64'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
mkdirSync(path.join(ws, 'bin'));
writeFileSync(path.join(ws, 'bin', 'qemu'), 'not executable', { mode: 0o644 });
process.env.PATH = `${path.join(base, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;

function read(given: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp };
  for (const [k, v] of Object.entries(given)) env[`INPUT_${k.toUpperCase()}`] = v;
  return readInputs(new Inputs(meta, env), { workspace: ws, runnerTemp: temp });
}

function inputError(given: Record<string, string>): InputError {
  try {
    read(given);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`no InputError for ${JSON.stringify(given)}`);
}

describe('qemu-selfhost-verify readInputs', () => {
  it('a kernel in the workspace with defaults: no log path (the step folder decides), memory as given', () => {
    const r = read({ kernel: 'boot/vmlinuz', memory: '4G' });
    expect(r.boot.kernel).toBe(path.join(ws, 'boot', 'vmlinuz'));
    expect(r.boot.memory).toBe('4G');
    expect(r.boot.logPath).toBeUndefined();
    expect(r.compare.ignore).toEqual([]);
    expect(r.bootRequested).toBe(true);
  });

  it.each(['99999999999999999999G', '5T', '8388608M'])('memory %s beyond 4T names the input and the bound', (memory) => {
    const e = inputError({ kernel: 'boot/vmlinuz', memory });
    expect(e.input).toBe('memory');
    expect(e.message).toMatch(/at most 4T/);
  });

  it('memory at the bound is accepted', () => {
    expect(read({ kernel: 'boot/vmlinuz', memory: '4T' }).boot.memory).toBe('4T');
    expect(read({ kernel: 'boot/vmlinuz', memory: '4194304' }).boot.memory).toBe('4194304');
  });

  it.each([
    ['kernel', { kernel: 'boot' }],
    ['initrd', { kernel: 'boot/vmlinuz', initrd: 'boot' }],
    ['disks', { disks: 'boot' }],
    ['firmware', { firmware: 'boot' }],
  ])('%s that is a directory is refused as not a file', (name, given) => {
    const e = inputError(given);
    expect(e.input).toBe(name);
    expect(e.message).toMatch(/an existing file, got '.*boot'/);
  });

  it.each(['/etc/evil/serial.log', '../../x.log', '../outside.log'])('log-path %s outside the workspace and RUNNER_TEMP is refused', (logPath) => {
    const e = inputError({ kernel: 'boot/vmlinuz', 'log-path': logPath });
    expect(e.input).toBe('log-path');
    expect(e.message).toMatch(/inside the workspace .* or RUNNER_TEMP/);
  });

  it('log-path inside the workspace is resolved against it', () => {
    expect(read({ kernel: 'boot/vmlinuz', 'log-path': 'logs/serial.log' }).boot.logPath).toBe(path.join(ws, 'logs', 'serial.log'));
  });

  it('log-path that is an existing directory is refused', () => {
    const e = inputError({ kernel: 'boot/vmlinuz', 'log-path': 'boot' });
    expect(e.input).toBe('log-path');
    expect(e.message).toMatch(/a file path/);
  });

  it.each([
    ['stage-a', { 'stage-a': 'no/such/stage1', 'stage-b': 'boot' }],
    ['stage-b', { 'stage-a': 'boot', 'stage-b': 'no/such/stage2' }],
  ])('%s that does not exist names the input', (name, given) => {
    const e = inputError(given);
    expect(e.input).toBe(name);
    expect(e.message).toMatch(/an existing file or directory, got 'no\/such\/stage/);
  });

  it('a path prefix too short to mask safely names allow-path-prefixes', () => {
    const e = inputError({ 'stage-a': 'boot', 'stage-b': 'boot', 'allow-path-prefixes': '/home/runner/work/a\n/a' });
    expect(e.input).toBe('allow-path-prefixes');
    expect(e.message).toMatch(/at least 4 characters.*got '\/a'/);
  });

  it('a qemu program that is neither on PATH nor a file names the input, only when something boots', () => {
    const e = inputError({ kernel: 'boot/vmlinuz', qemu: 'qemu-system-nope' });
    expect(e.input).toBe('qemu');
    expect(e.message).toMatch(/a program on PATH or an existing file.*got 'qemu-system-nope'/);
    const notExecutable = inputError({ kernel: 'boot/vmlinuz', qemu: 'bin/qemu' });
    expect(notExecutable.input).toBe('qemu');
    expect(notExecutable.message).toMatch(/an executable file \('.*bin\/qemu' is not executable: chmod \+x\)/);
    // Comparing only: QEMU is never started, so it need not exist.
    expect(read({ qemu: 'qemu-system-nope', 'stage-a': 'boot', 'stage-b': 'boot' }).compareRequested).toBe(true);
  });

  it.each([
    ['qemu-system-aarch64', 'qemu-system-arm'],
    ['qemu-system-riscv64', 'qemu-system-misc'],
    ['qemu-system-ppc64', 'qemu-system-ppc'],
    ['qemu-system-s390x', 'qemu-system-s390x'],
  ])('a missing %s names the Debian package %s', (qemu, pkg) => {
    expect(inputError({ kernel: 'boot/vmlinuz', qemu }).message).toContain(`apt-get install ${pkg})`);
  });

  it('compare-ignore takes debug, and names itself for anything else', () => {
    expect(read({ 'stage-a': 'boot', 'stage-b': 'boot', 'compare-ignore': 'debug' }).compare.ignore).toEqual(['debug']);
    const e = inputError({ 'stage-a': 'boot', 'stage-b': 'boot', 'compare-ignore': 'comments' });
    expect(e.input).toBe('compare-ignore');
    expect(e.message).toMatch(/a list of 'debug'/);
  });

  it('VeridianOS as it is: marker texts with spaces and =, its criteria format, required texts, pass-after, a prompt to answer', () => {
    const r = read({
      firmware: 'boot/vmlinuz',
      disks: '- {path: boot/vmlinuz, interface: ide}\n- {path: boot/vmlinuz, interface: virtio, snapshot: true}',
      'pass-marker': '=== ALL SELF-HOSTING TESTS PASSED ===',
      'fail-marker': 'FAIL:',
      'pass-after': 'BOOTOK',
      'required-patterns': 'rustc\nHello from VeridianOS Rust\nAll tests passed',
      'criteria-format': String.raw`^\s*(?<id>\S+)\.\.\.\[(?<result>ok|failed)\]`,
      send: "- when: 'root@veridian:/# '\n  line: /home/user/self-host-test.sh",
      display: 'std',
    });
    expect(r.boot.protocol).toMatchObject({
      passMarker: '=== ALL SELF-HOSTING TESTS PASSED ===',
      failMarker: 'FAIL:',
      passAfter: 'BOOTOK',
      markerMatch: 'line',
      requiredPatterns: ['rustc', 'Hello from VeridianOS Rust', 'All tests passed'],
    });
    expect(r.boot.disks).toEqual([
      { path: path.join(ws, 'boot', 'vmlinuz'), interface: 'ide' },
      { path: path.join(ws, 'boot', 'vmlinuz'), interface: 'virtio', snapshot: true },
    ]);
    expect(r.boot.send).toEqual([{ when: 'root@veridian:/# ', line: '/home/user/self-host-test.sh' }]);
    expect(r.boot).toMatchObject({ display: 'std', network: 'none' });
  });

  it('plain disk lines keep their meaning (paths, virtio)', () => {
    expect(read({ disks: 'boot/vmlinuz\nboot/vmlinuz' }).boot.disks).toEqual([path.join(ws, 'boot', 'vmlinuz'), path.join(ws, 'boot', 'vmlinuz')]);
  });

  it('the default failure patterns are shared/vm\'s list, one per line', () => {
    expect(read({ kernel: 'boot/vmlinuz' }).boot.protocol.failurePatterns).toEqual([...DEFAULT_FAILURE_PATTERNS]);
  });

  it('exit codes as a YAML mapping, lists allowed', () => {
    expect(read({ kernel: 'boot/vmlinuz', 'exit-codes': '{pass: 0, fail: [1, 3]}' }).boot.exitCodes).toEqual({ pass: [0], fail: [1, 3] });
  });

  it.each([
    ['disks', { disks: '- {path: boot/vmlinuz, interface: scsi}' }, /an interface of virtio, ide, ahci, nvme, cdrom, got 'scsi'/],
    ['disks', { disks: '- {path: boot/vmlinuz, bus: 1}' }, /only the keys path, interface, readonly, snapshot, format \(not 'bus'\)/],
    ['disks', { disks: '- {path: no/such.img}' }, /an existing file, got '.*no\/such\.img'/],
    ['send', { kernel: 'boot/vmlinuz', send: '- when: "$ "' }, /a line: text for every item/],
    ['send', { kernel: 'boot/vmlinuz', send: 'when: x' }, /a list of \{when: <text>, line: <text>/],
    ['exit-codes', { kernel: 'boot/vmlinuz', 'exit-codes': '{pass: 300}' }, /pass: an exit code from 0 to 255/],
    ['exit-codes', { kernel: 'boot/vmlinuz', 'exit-codes': '{pass: 1, fail: 1}' }, /pass and fail codes that differ/],
    ['criteria-format', { kernel: 'boot/vmlinuz', 'criteria-format': '^(?<name>\\S+) (?<result>ok)' }, /named groups id and result/],
    ['criteria-format', { kernel: 'boot/vmlinuz', 'criteria-format': '^(?<id>' }, /named groups id and result.*Invalid regular expression/],
    ['pass-marker', { kernel: 'boot/vmlinuz', 'marker-match': 'regex', 'pass-marker': '(unclosed' }, /a valid regular expression \(marker-match: regex\)/],
    ['marker-match', { kernel: 'boot/vmlinuz', 'marker-match': 'glob' }, /one of 'line', 'substring', 'regex'/],
    ['display', { kernel: 'boot/vmlinuz', display: 'gtk' }, /one of 'none', 'std'/],
    ['fail-marker', { kernel: 'boot/vmlinuz', 'pass-marker': 'DONE', 'fail-marker': 'DONE' }, /different from pass-marker/],
  ])('%s: %j is refused naming the input and the form', (name, given, message) => {
    const e = inputError(given as Record<string, string>);
    expect(e.input).toBe(name);
    expect(e.message).toMatch(message);
  });

  it('reads every input declared in action.yml, and nothing else', () => {
    for (const given of [{ kernel: 'boot/vmlinuz' }, { 'stage-a': 'boot', 'stage-b': 'boot' }, {}]) {
      const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp };
      for (const [k, v] of Object.entries(given)) env[`INPUT_${k.toUpperCase()}`] = v;
      const inputs = new Inputs(meta, env);
      readInputs(inputs, { workspace: ws, runnerTemp: temp });
      expect([...inputs.read].sort()).toEqual(Object.keys(meta.inputs).sort());
    }
  });
});
