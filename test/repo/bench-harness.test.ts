import { describe, expect, it } from 'vitest';
import { fitGrowth, missedGoals, runCase, type BenchResult } from '../../bench/harness.js';

describe('bench harness', () => {
  it('fits the growth of a curve from its times', () => {
    const n = [1000, 2000, 4000, 8000];
    expect(fitGrowth(n, n.map((x) => 3 + x * 0.01))).toBe('linear');
    expect(fitGrowth(n, n.map((x) => x * x * 1e-5))).toBe('quadratic');
    expect(fitGrowth(n, n.map((x) => x * Math.log2(x) * 0.002))).toBe('n log n');
    expect(fitGrowth(n, [50, 51, 49, 52])).toBe('constant');
  });

  it('never measures fewer than five alternating runs and records the load', async () => {
    const order: string[] = [];
    const r = await runCase({ name: 'x', reference: 'y', runs: 2, ours: () => order.push('o'), ref: () => order.push('r'), goal: 1e9 });
    expect(r.runs).toBe(5);
    // warm-up pair, then strictly alternating
    expect(order.join('')).toBe('or'.repeat(6));
    expect(r.load).toBeGreaterThanOrEqual(0);
    expect(r.comparable).toBe(true);
  });

  it('--check lists a missed goal, and a pair measured too far apart is never a met goal', () => {
    const base: BenchResult = { name: 'a', reference: 'r', oursMs: 3, refMs: 1, ratio: 3, fastestRatio: 3, runs: 5, load: 0, spanMs: 10, comparable: true, goal: 2, meetsGoal: false };
    const ok = { ...base, name: 'b', ratio: 1, meetsGoal: true };
    expect(missedGoals([base, ok], [])).toEqual(['a: 3.00× > 2×']);
    const far = { ...ok, name: 'c', comparable: false, meetsGoal: false };
    expect(missedGoals([far], [{ name: 'curve', unit: 'n', sizes: [1], growth: 'linear', points: [base] }])).toEqual(['c: not comparable > 2×', 'curve @ a: 3.00× > 2×']);
  });
});
