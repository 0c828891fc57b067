/** readInputs of qemu-selfhost-verify, without a bundle: bad values name the input and the expected form. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadActionMeta } from '../../shared/toolkit/action-meta.js';
import { Inputs, InputError } from '../../shared/toolkit/inputs.js';
import { readInputs } from '../../actions/qemu-selfhost-verify/inputs.js';

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
