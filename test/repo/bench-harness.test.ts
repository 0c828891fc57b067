import { describe, expect, it } from 'vitest';
import { curveResult, fitGrowth, formatCurve, formatTable, isolatedRatios, MAX_RUNS, MAX_WARMUPS, mergeProcesses, missedGoals, pageFaultCost, runCase, runCurve, withoutGcPauses, type BenchResult } from '../../bench/harness.js';

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

  it("splits each call's time into the collector's pauses and the rest, giving each pause to the call it began in", async () => {
    // ours keeps ~200,000 objects alive while it allocates them (scavenges copy them: long pauses inside its calls);
    // ref spins without allocating, so no pause can begin inside it
    let kept: { i: number }[] = [];
    const ours = () => {
      kept = [];
      for (let i = 0; i < 200_000; i++) kept.push({ i });
      return kept.length;
    };
    let x = 0;
    const ref = () => {
      for (let i = 0; i < 2_000_000; i++) x = (x + i) | 0;
      return x;
    };
    const split = await withoutGcPauses(ours, ref, 5);
    expect(split.oursGcShare).toBeGreaterThan(0);
    expect(split.oursGcShare).toBeLessThan(1);
    expect(split.refGcShare).toBe(0);
    expect(split.ratio).toBeGreaterThan(0);
    expect(Number.isFinite(split.ratio)).toBe(true);
  });

  it('measures each side alone in blocks (ours, ref, ref, ours) and, with a callable collector, each call after a minor collection', () => {
    const order: string[] = [];
    const gcs: unknown[] = [];
    const r = isolatedRatios(() => order.push('o'), () => order.push('r'), 4, (o) => {
      gcs.push(o);
      order.push('g');
    });
    // two calls a block, then four pairs each after its own minor collection
    expect(order.join('')).toBe(`oorrrroo${'gogr'.repeat(4)}`);
    expect(gcs.every((o) => (o as { type?: string })?.type === 'minor')).toBe(true);
    expect(r.alone).toBeGreaterThan(0);
    expect(r.nurseryEmptied).toBeGreaterThan(0);
    // without a collector to call, only the blocks
    order.length = 0;
    const plain = isolatedRatios(() => order.push('o'), () => order.push('r'), 4, undefined);
    expect(order.join('')).toBe('oorrrroo');
    expect(plain.nurseryEmptied).toBeUndefined();
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

  it('reads a case measured in several processes by the median of their medians, keeping each ratio, and meets its goal only by that median', async () => {
    const at = (ratio: number, oursMs: number, fastestRatio: number, extra = {}): BenchResult => ({ name: 'drift', reference: 'r', oursMs, refMs: oursMs / ratio, ratio, fastestRatio, runs: 100, load: 1.5, spanMs: 3000, comparable: true, goal: 2, meetsGoal: ratio <= 2, processes: 3, ...extra });
    // one unlucky process (2.3×) out of three: the case reads 1.6×, and says which processes gave what
    const m = mergeProcesses([at(2.3, 23, 2.6), at(1.5, 15, 2.2), at(1.6, 16, 2.3, { load: 9 })]);
    expect(m).toMatchObject({ ratio: 1.6, oursMs: 16, fastestRatio: 2.3, runs: 300, load: 1.5, processes: 3, processRatios: [2.3, 1.5, 1.6], meetsGoal: true, comparable: true });
    // two unlucky ones: missed, as it should be
    expect(mergeProcesses([at(2.3, 23, 2.6), at(2.1, 21, 2.2), at(1.6, 16, 2.3)]).meetsGoal).toBe(false);
    // a process whose pairs were too far apart makes the case no ratio at all
    const far = mergeProcesses([at(1.5, 15, 2), { ...at(1.5, 15, 2), comparable: false, spanMs: 70_000 }]);
    expect([far.comparable, far.meetsGoal, far.spanMs]).toEqual([false, false, 70_000]);
    expect(formatTable([m])).toContain('1.60× (fastest 2.30×; 3 processes: 2.30, 1.50, 1.60)');
    expect(mergeProcesses([at(3, 30, 3)])).toEqual(at(3, 30, 3));
    expect(() => mergeProcesses([])).toThrow(/at least one/);
    // a curve's processes reach every point's result (run.ts measures them again from there)
    const c = await runCurve({ name: 'c', unit: 'n', sizes: [1, 2], processes: 3, at: (n) => ({ name: `${n}`, reference: 'r', sampleMs: 0, warmMs: 0, ours: () => n, ref: () => n }) });
    expect(c.points.map((p) => p.processes)).toEqual([3, 3]);
    const one = await runCase({ name: 'x', reference: 'y', sampleMs: 0, warmMs: 0, ours: () => 1, ref: () => 1 });
    expect(one.processes).toBeUndefined();
  });

  it('prices a page fault: fresh pages, and pages written again after the spawn it is given', () => {
    let spawned = 0;
    const cost = pageFaultCost(() => spawned++, 4 << 20);
    expect(spawned).toBe(1);
    for (const us of [cost.firstTouchUs, cost.afterSpawnUs]) expect(Number.isFinite(us) && us >= 0).toBe(true);
  });
});
