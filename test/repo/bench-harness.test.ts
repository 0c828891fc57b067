import { describe, expect, it } from 'vitest';
import { curveResult, fitGrowth, formatCurve, MAX_RUNS, MAX_WARMUPS, missedGoals, runCase, type BenchResult } from '../../bench/harness.js';

describe('bench harness', () => {
  it('fits the growth of a curve from its times', () => {
    const n = [1000, 2000, 4000, 8000];
    expect(fitGrowth(n, n.map((x) => 3 + x * 0.01))).toBe('linear');
    expect(fitGrowth(n, n.map((x) => x * x * 1e-5))).toBe('quadratic');
    expect(fitGrowth(n, n.map((x) => x * Math.log2(x) * 0.002))).toBe('n log n');
    expect(fitGrowth(n, [50, 51, 49, 52])).toBe('constant');
  });

  it("prints a curve's growth beside the reference's, each fitted to its own medians", () => {
    const sizes = [1000, 2000, 4000];
    const point = (n: number): BenchResult => ({ name: `${n}`, reference: 'r', oursMs: n * 0.01, refMs: n * n * 1e-6, ratio: 1, fastestRatio: 1, runs: 5, load: 0, spanMs: 10, comparable: true });
    const c = curveResult({ name: 'parse', unit: 'crates', sizes }, sizes.map(point));
    expect([c.growth, c.refGrowth]).toEqual(['linear', 'quadratic']);
    expect(formatCurve(c).split('\n')[0]).toBe('parse — ours grows linear in crates (the reference: quadratic)');
  });

  it('never measures fewer than five pairs, flips their order every pair and records the load', async () => {
    const order: string[] = [];
    const r = await runCase({ name: 'x', reference: 'y', runs: 2, sampleMs: 0, warmMs: 0, ours: () => order.push('o'), ref: () => order.push('r'), goal: 1e9 });
    expect(r.runs).toBe(5);
    // warm-up pair, then ours first and ref first in turn
    expect(order.join('')).toBe(`or${'orro'.repeat(2)}or`);
    expect(r.load).toBeGreaterThanOrEqual(0);
    expect(r.comparable).toBe(true);
  });

  it('takes the time a case reports (a child timing its own work) instead of the wall time around it, and refuses a report without one', async () => {
    let k = 0;
    // ours reports 30, 31, 32, … ms, ref 10 ms, while both return at once
    const r = await runCase({ name: 'x', reference: 'y', sampleMs: 0, warmMs: 0, reportsTime: true, ours: () => ({ elapsedMs: 30 + k++ }), ref: () => ({ elapsedMs: 10 }) });
    expect(r.refMs).toBe(10);
    expect(r.oursMs).toBeGreaterThanOrEqual(30);
    expect(r.ratio).toBeGreaterThanOrEqual(3);
    await expect(runCase({ name: 'x', reference: 'y', sampleMs: 0, warmMs: 0, reportsTime: true, ours: () => 5, ref: () => ({ elapsedMs: 1 }) })).rejects.toThrow(/elapsedMs/);
  });

  it('adds pairs to a cheap case until its sampling time is spent, up to MAX_RUNS', async () => {
    const cheap = await runCase({ name: 'x', reference: 'y', ours: () => 1, ref: () => 2 });
    expect(cheap.runs).toBe(MAX_RUNS);
    let calls = 0;
    const slow = await runCase({ name: 'x', reference: 'y', sampleMs: 30, warmMs: 0, ours: () => new Promise((r) => setTimeout(r, 10)), ref: () => calls++ });
    expect(slow.runs).toBeGreaterThanOrEqual(5);
    expect(slow.runs).toBeLessThan(MAX_RUNS);
    expect(calls).toBe(slow.runs + 1);
  });

  it('warms a cheap case up until its warm-up time is spent, up to MAX_WARMUPS pairs, never fewer than `warmups`', async () => {
    let calls = 0;
    const slow = await runCase({ name: 'x', reference: 'y', runs: 5, sampleMs: 0, warmMs: 60, ours: () => new Promise((r) => setTimeout(r, 5)), ref: () => calls++ });
    expect(slow.runs).toBe(5);
    // at 5 ms or more a pair, 60 ms hold at least 2 and at most 12 warm-up pairs (not the one of a fixed count)
    expect(calls - slow.runs).toBeGreaterThanOrEqual(2);
    expect(calls - slow.runs).toBeLessThanOrEqual(12);
    let free = 0;
    const cheap = await runCase({ name: 'x', reference: 'y', runs: 5, sampleMs: 0, ours: () => 1, ref: () => free++ });
    expect(free - cheap.runs).toBe(MAX_WARMUPS);
    let counted = 0;
    const fixed = await runCase({ name: 'x', reference: 'y', runs: 5, sampleMs: 0, warmMs: 0, warmups: 3, ours: () => 1, ref: () => counted++ });
    expect(counted - fixed.runs).toBe(3);
  });

  it('--check lists a missed goal, and a pair measured too far apart is never a met goal', () => {
    const base: BenchResult = { name: 'a', reference: 'r', oursMs: 3, refMs: 1, ratio: 3, fastestRatio: 3, runs: 5, load: 0, spanMs: 10, comparable: true, goal: 2, meetsGoal: false };
    const ok = { ...base, name: 'b', ratio: 1, meetsGoal: true };
    expect(missedGoals([base, ok], [])).toEqual(['a: 3.00× > 2×']);
    const far = { ...ok, name: 'c', comparable: false, meetsGoal: false };
    expect(missedGoals([far], [{ name: 'curve', unit: 'n', sizes: [1], growth: 'linear', refGrowth: 'linear', points: [base] }])).toEqual(['c: not comparable > 2×', 'curve @ a: 3.00× > 2×']);
  });
});
