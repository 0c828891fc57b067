import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cleanLine, createSerialParser, DEFAULT_PROTOCOL, growingLineSearch, startsWithMarker, type SerialEvent } from '../../shared/vm/serial.js';

function parseAll(chunks: (string | Uint8Array)[], protocol = DEFAULT_PROTOCOL) {
  const events: SerialEvent[] = [];
  const p = createSerialParser(protocol, (e) => events.push(e));
  chunks.forEach((c, i) => p.push(c, i * 10));
  p.end(chunks.length * 10);
  return { events, state: p.state, lines: events.filter((e) => e.kind === 'line').map((e) => (e as { text: string }).text) };
}

describe('serial line splitting and cleaning', () => {
  it('splits on LF, CRLF and lone CR, also when CR and LF arrive in different chunks', () => {
    const { lines } = parseAll(['one\r', '\ntwo\r\nthree\rfour\n', 'five']);
    expect(lines).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('strips colour, cursor and OSC escape sequences and stray control characters', () => {
    expect(cleanLine('\x1b[1;32mRUST_SELFHOST_PASS\x1b[0m')).toBe('RUST_SELFHOST_PASS');
    expect(cleanLine('\x1b[2K\x1b[?25lSELFHOST_BEGIN')).toBe('SELFHOST_BEGIN');
    expect(cleanLine('\x1b]0;title\x07text\x1b(B')).toBe('text');
    expect(cleanLine('a\x00b\x08c\tcol')).toBe('abc\tcol');
  });

  it('decodes UTF-8 split across chunks', () => {
    const bytes = new TextEncoder().encode('SELFHOST_CRITERION utf8 PASS café ✓\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside "é"
    const { state } = parseAll([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(state.criteria[0]!.detail).toBe('café ✓');
  });

  it('cuts an endless line at 64 KiB instead of buffering without bound', () => {
    const { lines } = parseAll(['x'.repeat(70 * 1024)]);
    expect(lines.length).toBe(1);
    expect(lines[0]!.length).toBe(70 * 1024);
    const { lines: many } = parseAll(['x'.repeat(40 * 1024), 'y'.repeat(40 * 1024), '\n']);
    // Cut after the chunk that crossed 64 KiB; the newline then ends an empty line.
    expect(many).toEqual(['x'.repeat(40 * 1024) + 'y'.repeat(40 * 1024), '']);
  });
});

describe('long lines', () => {
  it('a marker after a line cut at 64 KiB is still mid-line: no false pass', () => {
    // 65,537 bytes without a newline, a pause (separate chunk), then the marker text: one line, no pass.
    const { state, lines } = parseAll(['x'.repeat(65_537), 'RUST_SELFHOST_PASS\n']);
    expect(state.passAtMs).toBeUndefined();
    expect(state.finished).toBe(false);
    expect(lines.join('')).toBe('x'.repeat(65_537) + 'RUST_SELFHOST_PASS');
    // Criteria and the fail marker are mid-line too.
    const more = parseAll(['y'.repeat(70_000), 'SELFHOST_CRITERION a PASS\n', 'RUST_SELFHOST_FAIL\n']);
    expect(more.state.criteria).toEqual([]);
    expect(more.state.failAtMs).toBe(20);
  });

  it('a failure pattern counts anywhere, also in the rest of a cut line', () => {
    const { state } = parseAll(['z'.repeat(65_537), 'Kernel panic - not syncing\n']);
    expect(state.failurePattern?.pattern).toBe('Kernel panic');
  });

  it('the line after the cut line starts a line again', () => {
    const { state } = parseAll(['x'.repeat(65_537), 'more\nRUST_SELFHOST_PASS\n']);
    expect(state.passAtMs).toBe(10);
  });
});

describe('line ends through a tty', () => {
  it('CR CR LF (ONLCR on a guest CR LF) ends one line, not two', () => {
    const { lines } = parseAll(['one\r\r\ntwo\r\r', '\nthree\r\n\nfour\r']);
    expect(lines).toEqual(['one', 'two', 'three', '', 'four']);
  });
});

describe('markers', () => {
  it('matches markers only at the start of a line and as whole words', () => {
    expect(startsWithMarker('RUST_SELFHOST_PASS', 'RUST_SELFHOST_PASS')).toBe(true);
    expect(startsWithMarker('RUST_SELFHOST_PASS all good', 'RUST_SELFHOST_PASS')).toBe(true);
    expect(startsWithMarker('RUST_SELFHOST_PASSWORD', 'RUST_SELFHOST_PASS')).toBe(false);
    // Leading blanks are allowed (an OS indents its output); a printk timestamp is not a blank.
    expect(startsWithMarker('  RUST_SELFHOST_PASS', 'RUST_SELFHOST_PASS')).toBe(true);
    expect(startsWithMarker('[    1.000] RUST_SELFHOST_PASS', 'RUST_SELFHOST_PASS')).toBe(false);
    expect(startsWithMarker('[    0.000000] Command line: console=ttyS0 RUST_SELFHOST_PASS', 'RUST_SELFHOST_PASS')).toBe(false);
  });

  it('does not pass on the kernel echoing its command line', () => {
    const { state } = parseAll([
      '[    0.000000] Command line: console=ttyS0 RUST_SELFHOST_PASS\n',
      'Kernel command line: RUST_SELFHOST_PASS SELFHOST_CRITERION x PASS\n',
    ]);
    expect(state.passAtMs).toBeUndefined();
    expect(state.criteria).toEqual([]);
    expect(state.finished).toBe(false);
  });

  it('reads begin, criteria with details, and the pass marker with their times and lines', () => {
    const { state, events } = parseAll(['boot noise\nSELFHOST_BEGIN\n', 'SELFHOST_CRITERION cargo-build PASS built 12 crates\n', 'SELFHOST_CRITERION std-tests FAIL 3 failed\nRUST_SELFHOST_PASS\n']);
    expect(state.begun).toBe(true);
    expect(state.criteria).toEqual([
      { id: 'cargo-build', result: 'PASS', detail: 'built 12 crates', atMs: 10, line: 3 },
      { id: 'std-tests', result: 'FAIL', detail: '3 failed', atMs: 20, line: 4 },
    ]);
    expect(state.passAtMs).toBe(20);
    expect(state.finished).toBe(true);
    expect(events.filter((e) => e.kind === 'pass')).toHaveLength(1);
  });

  it('keeps a FAIL once reported even if the same criterion later says PASS', () => {
    const { state } = parseAll(['SELFHOST_CRITERION a FAIL first\nSELFHOST_CRITERION a PASS retry\nSELFHOST_CRITERION b PASS\nSELFHOST_CRITERION b FAIL later\n']);
    expect(state.criteria.map((c) => `${c.id}=${c.result}`)).toEqual(['a=FAIL', 'b=FAIL']);
  });

  it('reports malformed criterion lines instead of guessing', () => {
    const { events, state } = parseAll(['SELFHOST_CRITERION onlyid\nSELFHOST_CRITERION x MAYBE\nSELFHOST_CRITERION bad$id PASS\n']);
    expect(events.filter((e) => e.kind === 'malformed-criterion')).toHaveLength(3);
    expect(state.criteria).toEqual([]);
  });

  it('ends on a failure pattern anywhere in the line, and ignores markers after the end', () => {
    const { state } = parseAll(['[    2.1] Kernel panic - not syncing: Attempted to kill init!\n', 'RUST_SELFHOST_PASS\n']);
    expect(state.failurePattern).toMatchObject({ pattern: 'Kernel panic', line: 1 });
    expect(state.passAtMs).toBeUndefined();
  });

  it('uses configured marker names', () => {
    const protocol = { beginMarker: 'BEGIN', passMarker: 'OK', failMarker: 'NOT_OK', criteriaPrefix: 'CHECK', failurePatterns: ['BUG:'] };
    const { state } = parseAll(['CHECK boot PASS\nRUST_SELFHOST_PASS\nOK\n'], protocol);
    expect(state.criteria.map((c) => c.id)).toEqual(['boot']);
    expect(state.passAtMs).toBe(0);
    expect(parseAll(['NOT_OK\n'], protocol).state.failAtMs).toBe(0);
    expect(parseAll(['x BUG: oops\n'], protocol).state.failurePattern?.pattern).toBe('BUG:');
  });

  it('gives the same lines and verdict state however the bytes are chunked', () => {
    const text =
      'noise\r\n\x1b[1mSELFHOST_BEGIN\x1b[0m\r\nSELFHOST_CRITERION a PASS é\r\n\rSELFHOST_CRITERION b FAIL x\nRUST_SELFHOST_FAIL\r\ntrailing';
    const bytes = new TextEncoder().encode(text);
    const whole = parseAll([bytes]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const sorted = [0, ...cuts.sort((x, y) => x - y), bytes.length];
        const chunks = sorted.slice(1).map((end, i) => bytes.subarray(sorted[i]!, end));
        const r = parseAll(chunks);
        expect(r.lines).toEqual(whole.lines);
        expect(r.state.criteria.map((c) => [c.id, c.result, c.detail])).toEqual(whole.state.criteria.map((c) => [c.id, c.result, c.detail]));
        expect(r.state.failAtMs !== undefined).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('at scale', () => {
  it('50,000 distinct criteria are kept in first-report order, each id once, a later FAIL replacing its PASS', () => {
    // (each criterion line searched the list of those before it: 8,000 took 5 s, 50,000 would take minutes)
    let text = '';
    for (let i = 0; i < 50_000; i++) text += `SELFHOST_CRITERION c-${i} PASS detail ${i}\n`;
    text += 'SELFHOST_CRITERION c-7 FAIL late\nSELFHOST_CRITERION c-9 PASS again\n';
    const { state } = parseAll([text]);
    expect(state.criteria).toHaveLength(50_000);
    expect(state.criteria[49_999]!.id).toBe('c-49999');
    expect(state.criteria[7]).toMatchObject({ id: 'c-7', result: 'FAIL', detail: 'late', line: 50_001 });
    expect(state.criteria[9]).toMatchObject({ id: 'c-9', result: 'PASS', detail: 'again', line: 50_002 });
  });
});

describe('searching the line being printed (a prompt) as it grows', () => {
  const alphabet = ['\x1b', '\x9b', '[', ']', '\x07', '\\', 'P', '_', '(', ' ', '0', '1', ';', 'm', 'a', 'b', '$', '\x00', '\t', 'é'];
  it('answers what cleaning the whole line and searching it answers, after every piece, however it is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join('')),
        fc.uniqueArray(fc.integer({ min: 1, max: 59 }), { maxLength: 20 }),
        fc.array(fc.constantFrom('a', 'b', '$', ' ', '0', 'm', '1'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
        fc.array(fc.constantFrom('a', 'b', '$', ' ', '0', 'm', '1'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
        fc.nat(20),
        (line, cuts, needle, other, switchAt) => {
          const ends = [...cuts.filter((c) => c < line.length).sort((x, y) => x - y), line.length];
          const search = growingLineSearch();
          let start = 0;
          ends.forEach((end, i) => {
            search.append(line.slice(start, end));
            start = end;
            const seen = line.slice(0, end);
            const n = i >= switchAt ? other : needle;
            expect(search.includes(seen, n)).toBe(cleanLine(seen).includes(n));
          });
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('a new line starts the search afresh', () => {
    const search = growingLineSearch();
    search.append('\x1b]0;title');
    expect(search.includes('\x1b]0;title', 'login')).toBe(false);
    search.reset();
    search.append('login: ');
    expect(search.includes('login: ', 'login')).toBe(true);
  });
});
