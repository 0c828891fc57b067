/** The protocol an existing OS can be read with as it is: marker modes, required texts, its own criteria. */
import { describe, it, expect } from 'vitest';
import { createSerialParser, DEFAULT_PROTOCOL, isCommandLineEcho, markerMatcher, type SerialEvent, type SerialProtocol } from '../../shared/vm/serial.js';

function parse(text: string | string[], over: Partial<SerialProtocol> = {}) {
  const events: SerialEvent[] = [];
  const p = createSerialParser({ ...DEFAULT_PROTOCOL, ...over }, (e) => events.push(e));
  (Array.isArray(text) ? text : [text]).forEach((c, i) => p.push(c, i * 10));
  p.end(1000);
  return { state: p.state, events, parser: p };
}

describe('marker texts and match modes', () => {
  it('any text is a marker: spaces, =, punctuation', () => {
    const r = parse('boot\n=== ALL SELF-HOSTING TESTS PASSED ===\n', { passMarker: '=== ALL SELF-HOSTING TESTS PASSED ===' });
    expect(r.state.passAtMs).toBe(0);
  });

  it('line (default): at a line start after blanks, not mid-line, not running into a longer word', () => {
    const m = markerMatcher('BOOTOK');
    expect(m('BOOTOK')).toBe(true);
    expect(m('   BOOTOK (3.2 s)')).toBe(true);
    expect(m('BOOTOKAY')).toBe(false);
    expect(m('[INIT] BOOTOK')).toBe(false);
    // A marker ending in punctuation may be followed by anything.
    expect(markerMatcher('FAIL:')('FAIL:rustc')).toBe(true);
  });

  it('substring: anywhere in a line; regex: a JavaScript regular expression', () => {
    expect(markerMatcher('TESTS PASSED', 'substring')('=== ALL SELF-HOSTING TESTS PASSED ===')).toBe(true);
    expect(markerMatcher('^(BOOTFAIL|FAIL: )', 'regex')('FAIL: rustc compilation failed')).toBe(true);
    expect(markerMatcher('^(BOOTFAIL|FAIL: )', 'regex')('no FAIL: here')).toBe(false);
  });

  it('the fail marker wins when one line matches both', () => {
    const r = parse('PASS 3 FAIL 1\n', { passMarker: 'PASS', failMarker: 'FAIL', markerMatch: 'substring' });
    expect(r.state.failAtMs).toBe(0);
    expect(r.state.passAtMs).toBeUndefined();
  });
});

describe('the kernel echoing its command line never counts', () => {
  const cmdline = 'console=ttyS0 panic=-1 RUST_SELFHOST_PASS FATAL:x rustc';

  it.each(['line', 'substring', 'regex'] as const)('in %s mode: markers, required patterns, failure patterns, criteria', (markerMatch) => {
    const r = parse(
      [
        `[    0.000000] Command line: ${cmdline}\n`,
        `[    0.012000] Kernel command line: ${cmdline}\n`,
        `[    0.500000] Unknown kernel command line parameters "RUST_SELFHOST_PASS FATAL:x", will be passed to user space.\n`,
        '[    1.000000] Run /init as init process\n',
        '[    1.000000]   with arguments:\n',
        '[    1.000000]     /init\n',
        '[    1.000000]     RUST_SELFHOST_PASS\n',
        '[    1.000000]   with environment:\n',
        '[    1.000000]     HOME=/\n',
        `${cmdline}\n`,
      ],
      { markerMatch, requiredPatterns: ['rustc'], failurePatterns: ['FATAL:'], commandLine: cmdline },
    );
    expect(r.state.passAtMs).toBeUndefined();
    expect(r.state.failurePattern).toBeUndefined();
    expect(r.state.required[0]!.line).toBeUndefined();
    expect(r.state.echoLines).toBe(9); // all but "Run /init as init process"
    expect(r.state.finished).toBe(false);
  });

  it('a line after the init argument list is judged again', () => {
    const r = parse(['  with arguments:\n', '    /init\n', 'RUST_SELFHOST_PASS\n']);
    expect(r.state.passAtMs).toBe(20);
  });

  it('recognises Linux forms and the given command line only', () => {
    expect(isCommandLineEcho('[    0.000000] Command line: BOOT_IMAGE=/vmlinuz')).toBe(true);
    expect(isCommandLineEcho('Kernel command line: quiet')).toBe(true);
    expect(isCommandLineEcho('my command line: x')).toBe(false);
    expect(isCommandLineEcho('bootargs: console=ttyAMA0 init=/sbin/init', 'console=ttyAMA0 init=/sbin/init')).toBe(true);
  });
});

describe('required patterns and pass-after', () => {
  const veridian = {
    passMarker: '=== ALL SELF-HOSTING TESTS PASSED ===',
    failMarker: 'FAIL:',
    passAfter: 'BOOTOK',
    requiredPatterns: ['rustc', 'Hello from VeridianOS Rust', 'All tests passed'],
  };

  it('records where each required text first appeared', () => {
    const r = parse(['BOOTOK\n', 'rustc 1.93.0-dev\n', 'Hello from VeridianOS Rust!\n', 'All tests passed!\n', '=== ALL SELF-HOSTING TESTS PASSED ===\n'], veridian);
    expect(r.state.required.map((x) => x.line)).toEqual([2, 3, 4]);
    expect(r.state.passAtMs).toBe(40);
  });

  it('a pass marker before pass-after does not count (and says so); the later one does', () => {
    const r = parse(['=== ALL SELF-HOSTING TESTS PASSED ===\n', 'BOOTOK\n', '=== ALL SELF-HOSTING TESTS PASSED ===\n'], veridian);
    expect(r.events.filter((e) => e.kind === 'pass-ignored')).toEqual([{ kind: 'pass-ignored', line: 1, atMs: 0 }]);
    expect(r.state.passAtMs).toBe(20);
  });

  it('BOOTOK then a failed compile: the fail marker, not a pass', () => {
    const r = parse(['BOOTOK\n', 'rustc 1.93.0-dev\n', 'error: linking with `cc` failed\n', 'FAIL: rustc compilation failed\n'], veridian);
    expect(r.state.failAtMs).toBe(30);
    expect(r.state.passAtMs).toBeUndefined();
  });
});

describe('criteria in the OS\'s own format', () => {
  const criteriaFormat = String.raw`^\s*(?<id>\S+)\.\.\.\[(?<result>ok|failed)\](?:\s+(?<detail>.*))?`;

  it('reads id, result and detail from named groups; ok passes, failed fails', () => {
    const r = parse('  memory_alloc...[ok]\n  ipc_roundtrip...[failed] timeout after 5 s\nnoise\n', { criteriaFormat });
    expect(r.state.criteria.map((c) => [c.id, c.result, c.detail])).toEqual([
      ['memory_alloc', 'PASS', ''],
      ['ipc_roundtrip', 'FAIL', 'timeout after 5 s'],
    ]);
  });

  it('pass/PASS/passed and fail/FAIL/failed in any case; anything else is malformed', () => {
    const re = String.raw`^T (?<id>\w+) (?<result>\w+)`;
    const r = parse('T a PASS\nT b passed\nT c FAIL\nT d Failed\nT e maybe\n', { criteriaFormat: re });
    expect(r.state.criteria.map((c) => `${c.id}=${c.result}`)).toEqual(['a=PASS', 'b=PASS', 'c=FAIL', 'd=FAIL']);
    expect(r.events.filter((e) => e.kind === 'malformed-criterion')).toHaveLength(1);
  });

  it('replaces the SELFHOST_CRITERION form', () => {
    const r = parse('SELFHOST_CRITERION a PASS\n  b...[ok]\n', { criteriaFormat });
    expect(r.state.criteria.map((c) => c.id)).toEqual(['b']);
  });

  it('lines written in pieces (VeridianOS writes "[INIT] Results: " and the counts separately) are one line', () => {
    const r = parse(['[INIT] Results: ', '29', '/29 ', 'passed\n', '  boot...', '[ok]\n'], { criteriaFormat, requiredPatterns: ['[INIT] Results: 29/29 passed'] });
    expect(r.state.required[0]!.line).toBe(1);
    expect(r.state.criteria.map((c) => c.id)).toEqual(['boot']);
  });
});

describe('failure patterns', () => {
  it('the defaults catch Linux, OVMF x86 and AArch64 exceptions, Rust panics, BSD panic and FATAL at a line start', () => {
    for (const line of [
      '[    3.1] Kernel panic - not syncing: VFS: Unable to mount root fs',
      '!!!! X64 Exception Type - 0D(#GP - General Protection)  CPU Apic ID - 00000000 !!!!',
      'Synchronous Exception at 0x000000007F5A3B10',
      "thread 'main' panicked at src/main.rs:2:5:",
      'panic: page fault',
      'FATAL:GP at 0xffff800000123456',
    ]) {
      expect(parse(`${line}\n`).state.failurePattern?.text, line).toBe(line);
    }
  });

  it('but not a FATAL or panic in the middle of a harmless line', () => {
    for (const line of ["modprobe: FATAL: Module virtio_blk not found in directory /lib/modules/6.1", "don't panic: the disk is fine"]) {
      expect(parse(`${line}\n`).state.failurePattern, line).toBeUndefined();
    }
  });
});

describe('typed input', () => {
  it('shows the line being printed (a prompt has no newline), and does not judge our own input echoed back', () => {
    const p = createSerialParser({ ...DEFAULT_PROTOCOL, passMarker: 'DONE', markerMatch: 'substring' });
    p.push('BOOTOK\r\n\x1b[1mroot@veridian:/# \x1b[0m', 0);
    expect(p.partial()).toBe('root@veridian:/# ');
    p.expectEcho('echo DONE');
    p.push('echo DONE\r\n', 10);
    expect(p.state.passAtMs).toBeUndefined();
    expect(p.state.echoLines).toBe(1);
    p.push('DONE\r\n', 20);
    expect(p.state.passAtMs).toBe(20);
  });
});
