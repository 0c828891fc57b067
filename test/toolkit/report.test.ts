import { describe, expect, it, vi } from 'vitest';
import { annotate } from '../../shared/toolkit/report.js';
import { parseWorkflowCommands, annotationsFrom } from '../../shared/toolkit/local-run.js';
import type { Finding } from '../../shared/finding.js';

function capture(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('annotate', () => {
  it('renders a finding as an annotation at file and line with the code as title and the hint', () => {
    const out = capture(() => annotate([{ severity: 'error', code: 'bad-name', message: 'x is bad', file: 'a/b.ebuild', line: 3, hint: 'rename it' }]));
    expect(annotationsFrom(parseWorkflowCommands(out))).toEqual([{ level: 'error', file: 'a/b.ebuild', line: 3, title: 'bad-name', message: 'x is bad (fix: rename it)' }]);
  });

  it('keeps errors when notices would fill the limit', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 10; i++) findings.push({ severity: 'notice', code: 'n', message: `notice ${i}`, file: 'a.txt', line: i + 1 });
    findings.push({ severity: 'error', code: 'e', message: 'the error', file: 'z.txt', line: 99 });
    const out = capture(() => annotate(findings, 3));
    const a = annotationsFrom(parseWorkflowCommands(out));
    expect(a).toHaveLength(3);
    expect(a[0]).toMatchObject({ level: 'error', message: 'the error' });
    expect(out).toMatch(/8 more finding\(s\) not annotated/);
  });
});
