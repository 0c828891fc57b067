/** The job summary of qemu-selfhost-verify as a reader sees it. */
import { describe, it, expect } from 'vitest';
import { buildSummary } from '../../actions/qemu-selfhost-verify/render.js';
import type { CompareReport, FileComparison } from '../../shared/artifacts/compare.js';
import type { BootReport } from '../../shared/vm/verify.js';

function boot(over: Partial<BootReport>): BootReport {
  return {
    verdict: 'pass',
    reason: 'pass marker at 4.7 s',
    stoppedBy: 'pass-marker',
    criteria: [],
    missingCriteria: [],
    exit: { code: 0, signal: null },
    verdictMs: 4700,
    durationMs: 4800,
    lastLines: ['booting', 'RUST_SELFHOST_PASS'],
    serialLogPath: '/rt/serial.log',
    stderrLogPath: '/rt/serial.log.stderr',
    stderrTail: '',
    notes: [],
    accel: 'tcg',
    accelReason: 'requested',
    fellBackToTcg: false,
    command: ['qemu-system-x86_64'],
    ...over,
  } as BootReport;
}

function file(path: string, status: FileComparison['status']): FileComparison {
  return { path, status, notes: [] };
}

function compare(files: FileComparison[]): CompareReport {
  const counts = { identical: 0, 'normalized-identical': 0, differs: 0, 'only-in-a': 0, 'only-in-b': 0, 'type-differs': 0 };
  for (const f of files) counts[f.status]++;
  const status = counts.differs ? 'differs' : counts['normalized-identical'] ? 'normalized-identical' : 'identical';
  return {
    status,
    a: '/a',
    b: '/b',
    mode: 'normalized',
    files,
    counts,
    stages: { expectation: 'unknown', expectedToDiffer: false, note: '' },
    notes: [],
  };
}

describe('qemu-selfhost-verify summary', () => {
  it('counts every compared file by status, not only the byte-identical ones', () => {
    const md = buildSummary({
      verdict: 'pass',
      reason: 'comparison normalized-identical',
      compare: compare([file('hello.o', 'normalized-identical'), file('a', 'identical'), file('b', 'identical')]),
      compareFails: false,
      embeddedNotes: [],
    }).render();
    expect(md).toMatch(/3 file\(s\) compared: 2 identical, 1 identical once the declared paths are masked\./);
    expect(md).not.toMatch(/^0 file\(s\) identical/m);
  });

  it('guest lines cannot close the code fence of the serial tail', () => {
    const md = buildSummary({
      verdict: 'fail',
      reason: 'the guest reported the fail marker',
      boot: boot({ verdict: 'fail', stoppedBy: 'fail-marker', lastLines: ['```', '# injected heading', '````'] }),
      compareFails: false,
      embeddedNotes: [],
    }).render();
    // The fence around the tail is longer than any backtick run inside it.
    expect(md).toMatch(/^`````text\n```\n# injected heading\n````\n`````$/m);
  });

  it.each([
    ['timeout', 'boot-timeout', /What to do:\*\* .*console=ttyS0/],
    ['timeout', 'silence-timeout', /What to do:\*\* .*silence-timeout/],
    ['fail', 'fail-marker', /What to do:\*\* .*serial lines below.*\/rt\/serial\.log/],
    ['error', 'exited', /What to do:\*\* .*QEMU stderr/],
  ] as const)('a %s stopped by %s says what to do', (verdict, stoppedBy, next) => {
    const md = buildSummary({
      verdict,
      reason: 'r',
      boot: boot({ verdict, stoppedBy, stderrTail: verdict === 'error' ? 'qemu: could not load kernel' : '' }),
      compareFails: false,
      embeddedNotes: [],
    }).render();
    expect(md).toMatch(next);
  });

  it('a pass has no what-to-do line', () => {
    const md = buildSummary({ verdict: 'pass', reason: 'r', boot: boot({}), compareFails: false, embeddedNotes: [] }).render();
    expect(md).not.toMatch(/What to do/);
  });

  it('an unexpected stage difference says what to do', () => {
    const md = buildSummary({
      verdict: 'fail',
      reason: 'stage-a and stage-b differ (1 file(s))',
      compare: compare([file('lib/x.so', 'differs')]),
      compareFails: true,
      embeddedNotes: [],
    }).render();
    expect(md).toMatch(/What to do:\*\* .*compare-report/);
  });

  it('guest text quoted in the verdict and the notes carries no HTML', () => {
    const md = buildSummary({
      verdict: 'fail',
      reason: "failure pattern 'Kernel panic' at serial line 3: Kernel panic <img src=x onerror=alert(1)>",
      boot: boot({ verdict: 'fail', stoppedBy: 'failure-pattern', notes: ['serial line 2: malformed criterion line ignored: SELFHOST_CRITERION <script>x</script>'] }),
      compareFails: false,
      embeddedNotes: [],
    }).render();
    expect(md).not.toMatch(/<img|<script/);
    expect(md).toContain('Kernel panic &lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('SELFHOST_CRITERION &lt;script&gt;');
  });
});

describe('qemu-selfhost-verify summary size', () => {
  it('huge serial lines on failure are cut, so the comparison stays in the summary under the 1 MiB cap', () => {
    const long = 'x'.repeat(128 * 1024);
    const md = buildSummary({
      verdict: 'fail',
      reason: `failure pattern 'FATAL:' at serial line 40: ${long}`,
      boot: boot({
        verdict: 'fail',
        stoppedBy: 'failure-pattern',
        lastLines: Array.from({ length: 40 }, (_, i) => `${i} ${long}`),
        criteria: [{ id: 'big', result: 'FAIL', detail: long, atMs: 1000, line: 3 }],
        notes: Array.from({ length: 100 }, () => `note ${long}`),
      }),
      compare: compare([file('hello.o', 'differs')]),
      compareFails: true,
      embeddedNotes: [],
    }).render();
    expect(Buffer.byteLength(md)).toBeLessThan(100 * 1024);
    expect(md).toMatch(/### Comparison/);
    expect(md).toMatch(/\| hello\.o \| differs \|/);
    expect(md).toMatch(/more characters in the serial log/);
    expect(md).not.toMatch(/truncated/i);
  });
});
