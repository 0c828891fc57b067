/**
 * Bench harness: every case measures ours against a reference measured in the same run (a physical floor or
 * a peer), alternating the two so machine noise hits both, and reports medians and the ratio.
 */
export interface BenchCase {
  /** Short name shown in the table. */
  name: string;
  /** What the reference is, e.g. 'read the same files (floor)', 'cmp (peer)'. */
  reference: string;
  /** Goal as a ratio ours/reference, e.g. 3 for "≤ 3×". */
  goal?: number;
  /** Repetitions of each side (default 5). */
  runs?: number;
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
  ours: () => Promise<unknown> | unknown;
  ref: () => Promise<unknown> | unknown;
  /** Extra figures to print (peak memory, ops/s, …), computed after the runs. */
  extra?: () => Promise<Record<string, string | number>> | Record<string, string | number>;
}

export interface BenchResult {
  name: string;
  reference: string;
  oursMs: number;
  refMs: number;
  ratio: number;
  /** Ratio of the fastest runs: steadier than the median on a loaded machine. */
  fastestRatio: number;
  goal?: number;
  meetsGoal?: boolean;
  runs: number;
  extra?: Record<string, string | number>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function runCase(c: BenchCase): Promise<BenchResult> {
  const runs = c.runs ?? 5;
  await c.setup?.();
  try {
    await c.ours(); // warm-up (JIT, page cache) for both sides
    await c.ref();
    const ours: number[] = [];
    const ref: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await time(c.ours));
      ref.push(await time(c.ref));
    }
    const oursMs = median(ours);
    const refMs = median(ref);
    const ratio = refMs > 0 ? oursMs / refMs : Infinity;
    const fastestRatio = Math.min(...ref) > 0 ? Math.min(...ours) / Math.min(...ref) : Infinity;
    const extra = c.extra ? await c.extra() : undefined;
    return {
      name: c.name,
      reference: c.reference,
      oursMs,
      refMs,
      ratio,
      fastestRatio,
      runs,
      ...(c.goal !== undefined ? { goal: c.goal, meetsGoal: ratio <= c.goal } : {}),
      ...(extra ? { extra } : {}),
    };
  } finally {
    await c.teardown?.();
  }
}

export function formatTable(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.oursMs.toFixed(1)} ms`,
    `${r.refMs.toFixed(1)} ms  (${r.reference})`,
    `${r.ratio.toFixed(2)}× (fastest ${r.fastestRatio.toFixed(2)}×)`,
    r.goal === undefined ? '' : `${r.meetsGoal ? 'meets' : 'MISSES'} ≤ ${r.goal}×`,
    r.extra ? Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : '',
  ]);
  const header = ['case', 'ours (median)', 'reference (median)', 'ratio median (fastest)', 'goal', 'extra'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
