import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECHO_BACKLOG_HIGH, ECHO_BACKLOG_LOW, runVm, verifyBoot, judge, type VmRunOptions } from '../../shared/vm/run.js';
import { DEFAULT_PROTOCOL, createSerialParser } from '../../shared/vm/serial.js';
import { FakeTime, FakeVm, fakeSpawner } from './fakes.js';

const flush = () => new Promise((r) => setImmediate(r));
/** Wait (bounded) for real asynchronous work such as closing log files. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!cond()) throw new Error('condition not reached');
}

function options(dir: string, over: Partial<VmRunOptions> = {}): VmRunOptions {
  return {
    command: { file: 'qemu-system-x86_64', args: ['-name', 'fake'] },
    protocol: DEFAULT_PROTOCOL,
    bootTimeoutMs: 5_000,
    silenceTimeoutMs: 20_000,
    totalTimeoutMs: 60_000,
    killGraceMs: 1_000,
    serialLogPath: join(dir, 'serial.log'),
    stderrLogPath: join(dir, 'qemu-stderr.log'),
    ...over,
  };
}

function setup(over: Partial<VmRunOptions> = {}, vm = new FakeVm()) {
  const dir = mkdtempSync(join(tmpdir(), 'vm-run-'));
  const time = new FakeTime();
  const spawn = fakeSpawner([vm]);
  const lines: string[] = [];
  const promise = runVm(options(dir, { onLine: (t) => lines.push(t), ...over }), { spawn, clock: time.clock, timers: time.timers });
  return { dir, time, vm, spawn, promise, lines };
}

describe('runVm with a fake QEMU', () => {
  it('passes on the pass marker, stops QEMU at once, and writes a timestamped log and stderr', async () => {
    const { time, vm, promise, lines, spawn } = setup();
    time.advance(1500);
    vm.write('Linux version 6.1\r\nSELFHOST_BEGIN\r\n');
    vm.writeStderr('qemu: warning: something\n');
    time.advance(500);
    vm.write('SELFHOST_CRITERION rustc-runs PASS 1.95\n');
    time.advance(250);
    vm.write('RUST_SELFHOST_PASS\n');
    const r = await promise;
    expect(spawn.calls[0]!.args).toEqual(['-name', 'fake']);
    expect(vm.signals).toEqual(['SIGTERM']);
    expect(r).toMatchObject({ verdict: 'pass', stoppedBy: 'pass-marker', bootMs: 1500, markerMs: 2250, verdictMs: 2250 });
    expect(r.criteria).toEqual([{ id: 'rustc-runs', result: 'PASS', detail: '1.95', atMs: 2000, line: 3 }]);
    expect(lines).toEqual(['Linux version 6.1', 'SELFHOST_BEGIN', 'SELFHOST_CRITERION rustc-runs PASS 1.95', 'RUST_SELFHOST_PASS']);
    const log = readFileSync(r.serialLogPath, 'utf8');
    expect(log).toContain('[    1.500] Linux version 6.1\n');
    expect(log).toContain('[    2.250] RUST_SELFHOST_PASS\n');
    expect(log).toMatch(/verdict pass/);
    expect(readFileSync(r.stderrLogPath, 'utf8')).toBe('qemu: warning: something\n');
  });

  it('fails when a criterion failed even though the pass marker came', async () => {
    const { vm, promise } = setup();
    vm.write('SELFHOST_CRITERION a PASS\nSELFHOST_CRITERION b FAIL linker missing\nRUST_SELFHOST_PASS\n');
    const r = await promise;
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('criteria failed: b (linker missing)');
  });

  it('a reason names ten failed or missing criteria and counts the rest (the report has every one)', async () => {
    // (the reason listed every failed criterion with the guest's detail: 64,000 of them made one line of megabytes
    // in the log, the summary and the verdict output)
    const n = 64_000;
    const { vm, promise } = setup({ requiredCriteria: Array.from({ length: n }, (_, i) => `need${i}`) });
    vm.write(`${Array.from({ length: n }, (_, i) => `SELFHOST_CRITERION c${i} FAIL detail ${i}\n`).join('')}RUST_SELFHOST_PASS\n`);
    const r = await promise;
    expect(r.verdict).toBe('fail');
    expect(r.criteria).toHaveLength(n);
    expect(r.reason).toBe(`criteria failed: ${Array.from({ length: 10 }, (_, i) => `c${i} (detail ${i})`).join(', ')} and ${n - 10} more`);
    expect(r.missingCriteria).toHaveLength(n);
  });

  it('fails when a required criterion was never reported', async () => {
    const { vm, promise } = setup({ requiredCriteria: ['a', 'stage2-builds'] });
    vm.write('SELFHOST_CRITERION a PASS\nRUST_SELFHOST_PASS\n');
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'fail', missingCriteria: ['stage2-builds'] });
    expect(r.reason).toBe('required criteria not reported: stage2-builds');
    const many = setup({ requiredCriteria: Array.from({ length: 12 }, (_, i) => `s${i}`) });
    many.vm.write('RUST_SELFHOST_PASS\n');
    expect((await many.promise).reason).toBe('required criteria not reported: s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 and 2 more');
  });

  it('QEMU exiting 0 without a marker is a failure, not a pass', async () => {
    const { vm, promise } = setup();
    vm.write('reboot: Power down\n');
    vm.exit({ code: 0, signal: null });
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'fail', stoppedBy: 'exited' });
    expect(r.reason).toBe('QEMU exited with code 0 without the pass marker');
  });

  it('QEMU failing before any output is an error that quotes its stderr', async () => {
    const { vm, promise } = setup();
    vm.writeStderr("qemu-system-x86_64: -kernel /nope: could not open kernel file '/nope'\n");
    vm.exit({ code: 1, signal: null });
    const r = await promise;
    expect(r.verdict).toBe('error');
    expect(r.reason).toContain('could not open kernel file');
  });

  it('a program that cannot start is an error', async () => {
    const { vm, promise } = setup();
    vm.exit({ code: null, signal: null, error: 'spawn qemu-system-x86_64 ENOENT' });
    expect((await promise).verdict).toBe('error');
  });

  it('boot timeout: no byte in time -> SIGTERM, then SIGKILL after the grace when QEMU ignores it', async () => {
    const vm = new FakeVm();
    vm.onSignal = (sig, v) => {
      if (sig === 'SIGKILL') v.exit({ code: null, signal: 'SIGKILL' });
    };
    const { time, promise } = setup({}, vm);
    time.advance(4_999);
    expect(vm.signals).toEqual([]);
    time.advance(1);
    expect(vm.signals).toEqual(['SIGTERM']);
    time.advance(999);
    expect(vm.signals).toEqual(['SIGTERM']);
    time.advance(1);
    expect(vm.signals).toEqual(['SIGTERM', 'SIGKILL']);
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'timeout', stoppedBy: 'boot-timeout' });
    expect(r.bootMs).toBeUndefined();
    expect(time.timerCount).toBe(0);
  });

  it('silence timeout counts from the last serial byte: progress dots without a newline are activity', async () => {
    const { time, vm, promise } = setup({ silenceTimeoutMs: 3_000 });
    vm.write('SELFHOST_BEGIN\n');
    time.advance(2_000);
    vm.write('still working\n');
    time.advance(2_999);
    expect(vm.signals).toEqual([]);
    vm.write('compiling');
    for (let i = 0; i < 5; i++) {
      time.advance(2_500);
      vm.write('.');
    }
    expect(vm.signals).toEqual([]);
    time.advance(2_999);
    expect(vm.signals).toEqual([]);
    time.advance(1);
    expect(vm.signals).toEqual(['SIGTERM']);
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'timeout', stoppedBy: 'silence-timeout' });
    expect(r.reason).toMatch(/no serial output for 3.0 s/);
    expect(r.lastLines.at(-1)).toBe('compiling.....');
  });

  it('total timeout applies even while the guest keeps talking', async () => {
    const { time, vm, promise } = setup({ totalTimeoutMs: 10_000, silenceTimeoutMs: 2_000 });
    for (let i = 0; i < 12; i++) {
      vm.write(`tick ${i}\n`);
      time.advance(1_000);
    }
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'timeout', stoppedBy: 'total-timeout', verdictMs: 10_000 });
  });

  it('a failure pattern ends the run early', async () => {
    const { vm, promise } = setup();
    vm.write('SELFHOST_BEGIN\n[    3.2] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100\n');
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'fail', stoppedBy: 'failure-pattern' });
    expect(r.reason).toContain("failure pattern 'Kernel panic' at serial line 2");
  });

  it('with the exit device: waits for QEMU and needs exit code 33', async () => {
    const ok = setup({ exitDevice: true });
    ok.vm.write('RUST_SELFHOST_PASS\n');
    await flush();
    expect(ok.vm.signals).toEqual([]);
    ok.vm.exit({ code: 33, signal: null });
    expect(await ok.promise).toMatchObject({ verdict: 'pass', stoppedBy: 'exited' });

    const bad = setup({ exitDevice: true });
    bad.vm.write('RUST_SELFHOST_PASS\n');
    bad.vm.exit({ code: 35, signal: null });
    const r = await bad.promise;
    expect(r.verdict).toBe('fail');
    expect(r.reason).toContain('35 (the guest wrote the fail value)');

    const stuck = setup({ exitDevice: true, exitGraceMs: 4_000 });
    stuck.vm.write('RUST_SELFHOST_PASS\n');
    stuck.time.advance(4_000);
    const s = await stuck.promise;
    expect(s).toMatchObject({ verdict: 'fail', stoppedBy: 'exit-grace' });
  });
});

describe('runVm reading an existing OS as it is', () => {
  it('types a line at the prompt (no newline yet), once, in order, each at a later prompt', async () => {
    const { vm, promise } = setup({
      protocol: { ...DEFAULT_PROTOCOL, passMarker: '=== ALL SELF-HOSTING TESTS PASSED ===' },
      send: [
        { when: 'root@veridian:/# ', line: '/home/user/self-host-test.sh' },
        { when: 'root@veridian:/# ', line: 'poweroff', enter: 'lf' },
      ],
    });
    vm.write('BOOTOK\r\nroot@veridian:/# ');
    await flush();
    expect(vm.typed).toEqual(['/home/user/self-host-test.sh\r']);
    // The guest echoes the typed line on the prompt's line: that is not a new prompt.
    vm.write('/home/user/self-host-test.sh\r\n=== VeridianOS Rust Self-Hosting Verification ===\r\n');
    expect(vm.typed).toHaveLength(1);
    vm.write('root@veridian:/# ');
    expect(vm.typed).toEqual(['/home/user/self-host-test.sh\r', 'poweroff\n']);
    vm.write('poweroff\r\n=== ALL SELF-HOSTING TESTS PASSED ===\r\n');
    const r = await promise;
    expect(r.verdict).toBe('pass');
    expect(r.notes).toContain("typed '/home/user/self-host-test.sh' after 'root@veridian:/# ' appeared");
  });

  it('a 64 KiB line printed byte by byte while a prompt is awaited: each byte is cleaned a bounded number of times', async () => {
    // (the whole partial line was cleaned again for each chunk: 64 KiB of progress dots one byte at a time,
    // 2 billion characters and 6.6 s)
    const { vm, promise } = setup({ send: [{ when: 'login: ', line: 'root' }] });
    const orig = String.prototype.replace;
    let cleaned = 0;
    String.prototype.replace = function (this: string, ...args: unknown[]) {
      if (args[0] instanceof RegExp) cleaned += this.length;
      return (orig as (...a: unknown[]) => string).apply(this, args);
    } as typeof String.prototype.replace;
    const dots = 60 * 1024;
    try {
      vm.write('\x1b[32m');
      for (let i = 0; i < dots; i++) vm.write('.');
      vm.write('\x1b[0m login: ');
    } finally {
      String.prototype.replace = orig;
    }
    await flush();
    expect(vm.typed).toEqual(['root\r']);
    expect(cleaned).toBeGreaterThan(dots);
    expect(cleaned).toBeLessThan(10 * dots);
    vm.write('root\r\nRUST_SELFHOST_PASS\n');
    expect((await promise).verdict).toBe('pass');
  });

  it('our own typed text echoed back never passes', async () => {
    const { vm, time, promise } = setup({ send: [{ when: '$ ', line: 'echo RUST_SELFHOST_PASS' }], silenceTimeoutMs: 1_000 });
    vm.write('$ ');
    vm.write('echo RUST_SELFHOST_PASS\r\n');
    time.advance(1_000);
    const r = await promise;
    expect(r).toMatchObject({ verdict: 'timeout', stoppedBy: 'silence-timeout' });
  });

  it('the pass marker with required patterns missing is a fail that names them', async () => {
    const { vm, promise } = setup({ protocol: { ...DEFAULT_PROTOCOL, passMarker: 'BOOTOK', requiredPatterns: ['rustc', 'Hello from VeridianOS Rust'] } });
    vm.write('rustc 1.93.0\nBOOTOK\n');
    const r = await promise;
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe("the pass marker came, but these required patterns had not appeared before it: 'Hello from VeridianOS Rust'");
  });

  it('a pass marker before pass-after is noted and not counted', async () => {
    const { vm, promise } = setup({ protocol: { ...DEFAULT_PROTOCOL, passMarker: 'DONE', passAfter: 'BOOTOK' } });
    vm.write('DONE\nBOOTOK\nDONE\n');
    const r = await promise;
    expect(r.verdict).toBe('pass');
    expect(r.notes).toContain('serial line 1: the pass marker came before the pass-after text and was not counted');
  });

  it('exit codes (semihosting, a test device): a pass needs a pass code; a fail code fails, with or without a marker', async () => {
    const exitCodes = { pass: [0], fail: [1, 3] };
    const ok = setup({ exitCodes });
    ok.vm.write('RUST_SELFHOST_PASS\n');
    await flush();
    expect(ok.vm.signals).toEqual([]);
    ok.vm.exit({ code: 0, signal: null });
    expect(await ok.promise).toMatchObject({ verdict: 'pass', reason: 'pass marker at 0.0 s, QEMU exited 0' });

    const bad = setup({ exitCodes });
    bad.vm.write('RUST_SELFHOST_PASS\n');
    bad.vm.exit({ code: 3, signal: null });
    expect((await bad.promise).reason).toBe('the pass marker was seen but QEMU exited with 3 (the guest wrote the fail value), expected 0 (exit-codes)');

    const early = setup({ exitCodes });
    early.vm.write('booting\n');
    early.vm.exit({ code: 1, signal: null });
    expect((await early.promise).reason).toBe('QEMU exited with code 1 (a fail exit code) without the pass marker');
  });
});

describe('runVm echo to a slow reader', () => {
  it('skips lines while the reader lags, then says how many, and notes it; the serial log keeps every line', async () => {
    let backlog = 0;
    const shown: string[] = [];
    const { vm, promise } = setup({ echo: { write: (t) => shown.push(t), backlog: () => backlog } });
    vm.write('one\n');
    backlog = ECHO_BACKLOG_HIGH + 1;
    vm.write('two\nthree\n');
    backlog = ECHO_BACKLOG_LOW + 1; // still behind: keeps skipping until the low mark
    vm.write('four\n');
    backlog = 0;
    vm.write('five\n');
    backlog = ECHO_BACKLOG_HIGH + 1;
    vm.write('six\nRUST_SELFHOST_PASS\n');
    const r = await promise;
    // One write per chunk of serial output, not per line.
    expect(shown).toHaveLength(3);
    expect(shown.join('\n').split('\n')).toEqual([
      'one',
      '[… 3 serial lines (15 bytes) not shown here while the job log caught up; the serial log has every line]',
      'five',
      '[… 2 serial lines (23 bytes) not shown here while the job log caught up; the serial log has every line]',
    ]);
    expect(r.verdict).toBe('pass');
    expect(r.notes).toContain('5 serial lines were not shown in the job log while it caught up (a slow reader); the serial log has every line');
    expect(readFileSync(r.serialLogPath, 'utf8')).toMatch(/ two\n.* three\n.* four\n.* five\n.* six\n/s);
  });
});

describe('runVm logs', () => {
  it('a log folder that cannot be created is a configuration error before QEMU starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vm-run-'));
    writeFileSync(join(dir, 'file'), '');
    const spawn = fakeSpawner([]);
    await expect(runVm(options(dir, { serialLogPath: join(dir, 'file', 'serial.log') }), { spawn })).rejects.toThrow(/Cannot create the folder of the log/);
    expect(spawn.calls).toEqual([]);
  });
});

describe('verifyBoot', () => {
  const kvmHost = { devKvmReadWrite: true, cpuinfo: 'flags : vmx\n', modules: 'kvm_intel 1 0 - Live\n' };

  it('retries once under TCG when a KVM boot prints nothing, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vm-run-'));
    const time = new FakeTime();
    const kvmVm = new FakeVm();
    const tcgVm = new FakeVm();
    const spawn = fakeSpawner([kvmVm, tcgVm]);
    const p = verifyBoot(
      { ...options(dir), accel: 'auto', probe: kvmHost, commandFor: (accel) => ({ file: 'qemu-system-x86_64', args: ['-accel', accel] }) },
      { spawn, clock: time.clock, timers: time.timers },
    );
    time.advance(5_000);
    await until(() => spawn.calls.length === 2);
    tcgVm.write('RUST_SELFHOST_PASS\n');
    const r = await p;
    expect(spawn.calls.map((c) => c.args[1])).toEqual(['kvm', 'tcg']);
    expect(r).toMatchObject({ verdict: 'pass', accel: 'tcg', fellBackToTcg: true });
    expect(r.notes[0]).toMatch(/KVM printed nothing within the boot timeout .*retried once under TCG/);
  });

  it('does not retry an explicit kvm request or a TCG boot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vm-run-'));
    const time = new FakeTime();
    const vm = new FakeVm();
    const spawn = fakeSpawner([vm]);
    const p = verifyBoot(
      { ...options(dir), accel: 'kvm', probe: kvmHost, commandFor: (accel) => ({ file: 'q', args: [accel] }) },
      { spawn, clock: time.clock, timers: time.timers },
    );
    time.advance(5_000);
    const r = await p;
    expect(r).toMatchObject({ verdict: 'timeout', accel: 'kvm', fellBackToTcg: false });
    expect(spawn.calls).toHaveLength(1);
  });
});

describe('judge', () => {
  it('never passes on exit status alone', () => {
    const state = createSerialParser(DEFAULT_PROTOCOL).state;
    const base = { state, sawOutput: true, requiredCriteria: [], exitDevice: true, timeouts: { bootMs: 1, silenceMs: 1, totalMs: 1, exitGraceMs: 1 }, stderrTail: '' };
    expect(judge({ ...base, stoppedBy: 'exited', exit: { code: 33, signal: null } }).verdict).toBe('fail');
    expect(judge({ ...base, stoppedBy: 'exited', exit: { code: 0, signal: null } }).verdict).toBe('fail');
  });
});
