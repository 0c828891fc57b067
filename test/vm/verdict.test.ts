import { describe, it, expect } from 'vitest';
import type { CompareReport, FileStatus, StageExpectation } from '../../shared/artifacts/compare.js';
import { overallVerdict } from '../../shared/vm/verdict.js';

function report(status: CompareReport['status'], expectedToDiffer: boolean, counts: Partial<Record<FileStatus, number>> = {}): CompareReport {
  const stages: StageExpectation = expectedToDiffer
    ? { expectation: 'different-compilers', expectedToDiffer, note: 'stage1 vs stage2 differ by design' }
    : { expectation: 'fixpoint', expectedToDiffer, note: 'past the fixpoint' };
  return {
    status,
    a: '/a',
    b: '/b',
    mode: 'strict',
    files: [],
    counts: { identical: 0, 'normalized-identical': 0, differs: 0, 'only-in-a': 0, 'only-in-b': 0, 'type-differs': 0, ...counts },
    stages,
    notes: [],
  };
}

const passed = { verdict: 'pass' as const, reason: 'pass marker at 4.7 s' };

describe('overallVerdict', () => {
  it('a failed boot decides, whatever the comparison says', () => {
    const v = overallVerdict({ verdict: 'timeout', reason: 'no serial output' }, report('identical', false));
    expect(v).toEqual({ verdict: 'timeout', reason: 'no serial output', compareFails: false });
  });

  it('an unexpected difference fails a passed boot and counts every kind of difference', () => {
    const v = overallVerdict(passed, report('differs', false, { differs: 2, 'only-in-a': 1, 'only-in-b': 1, 'type-differs': 1, identical: 9 }));
    expect(v).toEqual({ verdict: 'fail', reason: 'stage-a and stage-b differ (5 file(s))', compareFails: true });
  });

  it('an unexpected difference fails without a boot too', () => {
    expect(overallVerdict(undefined, report('differs', false, { differs: 1 })).verdict).toBe('fail');
  });

  it('an expected difference passes and says why it is expected', () => {
    const v = overallVerdict(passed, report('differs', true, { differs: 3 }));
    expect(v.verdict).toBe('pass');
    expect(v.compareFails).toBe(false);
    expect(v.reason).toBe('pass marker at 4.7 s; comparison differs (expected: stage1 vs stage2 differ by design)');
    expect(overallVerdict(undefined, report('differs', true, { differs: 3 })).reason).toBe('comparison differs (expected: stage1 vs stage2 differ by design)');
  });

  it('a boot alone passes with its own reason', () => {
    expect(overallVerdict(passed, undefined)).toEqual({ verdict: 'pass', reason: 'pass marker at 4.7 s', compareFails: false });
  });
});
