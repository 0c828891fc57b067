/** The step's verdict from the boot's verdict and the stage comparison (either may be absent). */
import type { CompareReport } from '../artifacts/compare.js';
import type { Verdict } from './run.js';

export interface OverallVerdict {
  verdict: Verdict;
  reason: string;
  /** The comparison differs where it should not (stage2 vs stage3, a rebuild, unknown stages). */
  compareFails: boolean;
}

function differing(c: CompareReport): number {
  return c.counts.differs + c.counts['only-in-a'] + c.counts['only-in-b'] + c.counts['type-differs'];
}

function comparisonText(c: CompareReport): string {
  return `comparison ${c.status}${c.status === 'differs' ? ` (expected: ${c.stages.note})` : ''}`;
}

/** A failed boot decides; otherwise an unexpected difference fails; otherwise pass. */
export function overallVerdict(boot: { verdict: Verdict; reason: string } | undefined, compare: CompareReport | undefined): OverallVerdict {
  const compareFails = compare !== undefined && compare.status === 'differs' && !compare.stages.expectedToDiffer;
  if (boot && boot.verdict !== 'pass') return { verdict: boot.verdict, reason: boot.reason, compareFails };
  if (compare && compareFails) return { verdict: 'fail', reason: `stage-a and stage-b differ (${differing(compare)} file(s))`, compareFails };
  if (boot) return { verdict: 'pass', reason: boot.reason + (compare ? `; ${comparisonText(compare)}` : ''), compareFails };
  if (compare) return { verdict: 'pass', reason: comparisonText(compare), compareFails };
  return { verdict: 'pass', reason: 'nothing failed', compareFails };
}
