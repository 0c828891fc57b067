/**
 * Bench harness: every case measures ours against a reference measured in the same run (a physical floor or
 * a peer), alternating the two so machine noise hits both, and reports median and fastest-run ratios.
 * A curve case measures the same pair at several sizes and fits the growth of our time (linear, n log n,
 * quadratic), so "cost grows with what the user owns" is a printed figure, not a claim.
 */
import os from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';

export interface BenchCase {
  /** Short name shown in the table. */
  name: string;
  /** What the reference is, e.g. 'read the same files (floor)', 'cmp (peer)'. */
  reference: string;
  /** Goal as a ratio ours/reference, e.g. 3 for "≤ 3×". `--check` fails when the median misses it. */
  goal?: number;
  /**
   * Least repetitions of each side (default 5, never fewer than 5). A cheap case takes more, up to
   * {@link MAX_RUNS}, until its timed pairs have lasted {@link SAMPLE_MS}: a median of a few runs of a 50 ms case
   * swings with where the collector happens to run.
   */
  runs?: number;
  /** Milliseconds of timed pairs after which no more are added beyond `runs` (default {@link SAMPLE_MS}). */
  sampleMs?: number;
  /**
   * Least untimed alternating pairs first (default 1). A cheap case warms up for longer, until its warm-up pairs have
   * lasted {@link WARM_MS} (up to {@link MAX_WARMUPS}): V8 optimises a function only after many calls, and the
   * timed pairs of a 10 ms case otherwise start while one side's code is still interpreted.
   */
  warmups?: number;
  /** Milliseconds of warm-up pairs after which no more are added beyond `warmups` (default {@link WARM_MS}). */
  warmMs?: number;
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
  ours: () => Promise<unknown> | unknown;
  ref: () => Promise<unknown> | unknown;
  /**
   * `ours` and `ref` return `{ elapsedMs }`, the time they measured themselves, which is taken instead of the
   * wall time around the call: a child process that times its work and not its own start (node, the loader).
   */
  reportsTime?: boolean;
  /** Extra figures to print (peak memory, ops/s, …), computed after the runs. */
  extra?: () => Promise<Record<string, string | number>> | Record<string, string | number>;
  /**
   * Fresh processes the case is measured in (default 1; `npm run bench` runs the others, {@link mergeProcesses}).
   * For a case of a few milliseconds a side: how often the collector runs inside one side's runs is settled early
   * in a process and then holds for all of its pairs, so the median of 100 pairs moved by a quarter from one
   * process to the next (the same code, the same machine).
   */
  processes?: number;
}

/** One case measured at several sizes; `at(n)` gives the case for size n (its own setup/teardown). */
export interface BenchCurve {
  name: string;
  /** The sizes, ascending (3–4 of them). */
  sizes: number[];
  /** What a size counts, e.g. 'crates in the chain'. */
  unit: string;
  at: (n: number) => BenchCase;
  /** As {@link BenchCase.processes}, for every point. */
  processes?: number;
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
  /** 1-minute load average when the case started. */
  load: number;
  /** Milliseconds from the first to the last measurement of the case (both sides alternate inside it). */
  spanMs: number;
  /** False when ours and the reference were measured too far apart to make a ratio (> 1 minute). */
  comparable: boolean;
  extra?: Record<string, string | number>;
  /** Processes measured in, when more than one ({@link BenchCase.processes}). */
  processes?: number;
  /** With several processes: each one's median ratio, in the order they ran. */
  processRatios?: number[];
}

export interface CurveResult {
  name: string;
  unit: string;
  points: BenchResult[];
  sizes: number[];
  /** The growth model that fits our median times best. */
  growth: Growth;
  /**
   * The one that fits the reference's: on this machine even a floor such as smol-toml's parse grows faster than
   * linearly at these sizes (collections, caches), so ours is read against it, not against a straight line.
   */
  refGrowth: Growth;
}

export type Growth = 'constant' | 'linear' | 'n log n' | 'quadratic';

/** Pairs measured further apart than this are not a ratio (the machine's load may have changed). */
export const MAX_SPAN_MS = 60_000;
export const MIN_RUNS = 5;
/** A case adds timed pairs (up to MAX_RUNS) until they have lasted this long. */
export const SAMPLE_MS = 3_000;
export const MAX_RUNS = 101;
/** A case warms up (alternating pairs, untimed) until they have lasted this long, up to MAX_WARMUPS pairs. */
export const WARM_MS = 1_000;
export const MAX_WARMUPS = 200;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(fn: () => unknown, reported = false): Promise<number> {
  const t0 = performance.now();
  const r = await fn();
  const wall = performance.now() - t0;
  if (!reported) return wall;
  const ms = (r as { elapsedMs?: unknown } | undefined)?.elapsedMs;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new Error(`a case that reports its time returned ${JSON.stringify(r)}, not { elapsedMs }`);
  return ms;
}

/** What {@link withoutGcPauses} measured. */
export interface GcPauseSplit {
  /** Median ratio ours/ref of each call's time outside the collector's main-thread pauses. */
  ratio: number;
  /** The share of each side's timed calls that the collector's pauses took (0–1). */
  oursGcShare: number;
  refGcShare: number;
}

/**
 * `ours` and `ref` called alternately `runs` times each, and each call's time split into the collector's pauses
 * on the main thread (node's `gc` performance entries, each given to the call it began in) and the rest. For a
 * case of a few milliseconds a side the median of whole calls is a draw of where the collector lands: a parse
 * that keeps a large tree alive while it allocates pays ~12 ms a scavenge, where a call with less alive pays ~5,
 * and which calls the median picks decides the ratio. The ratio without pauses is the work itself; printed next
 * to the median it shows how much of a passing or failing figure is the collector.
 */
export async function withoutGcPauses(ours: () => unknown, ref: () => unknown, runs = 21): Promise<GcPauseSplit> {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const calls: { ours: boolean; start: number; end: number }[] = [];
  const call = (isOurs: boolean) => {
    const start = performance.now();
    (isOurs ? ours : ref)();
    calls.push({ ours: isOurs, start, end: performance.now() });
  };
  try {
    for (let i = 0; i < runs; i++) {
      call(i % 2 === 0);
      call(i % 2 !== 0);
    }
    // node creates a gc entry after the pause, from the event loop: let it run before reading them
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const e of observer.takeRecords()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  } finally {
    observer.disconnect();
  }
  const side = (isOurs: boolean) => {
    const net: number[] = [];
    let total = 0;
    let paused = 0;
    for (const c of calls) {
      if (c.ours !== isOurs) continue;
      let gc = 0;
      for (const p of pauses) if (p.start >= c.start && p.start < c.end) gc += Math.min(p.end, c.end) - p.start;
      net.push(c.end - c.start - gc);
      total += c.end - c.start;
      paused += gc;
    }
    return { net: median(net), share: total > 0 ? paused / total : 0 };
  };
  const o = side(true);
  const r = side(false);
  return { ratio: r.net > 0 ? o.net / r.net : Infinity, oursGcShare: o.share, refGcShare: r.share };
}

/** What {@link isolatedRatios} measured. */
export interface IsolatedRatios {
  /**
   * Mean time of a call ours / ref, each side called `calls` times back to back (in blocks ours, ref, ref, ours):
   * throughput, each side paying for the collections its own garbage causes, as a process that does only one
   * of the two would.
   */
  alone: number;
  /**
   * Median ratio ours / ref of calls that each start with an empty young generation (a minor collection, untimed,
   * before every call): each call's own work and the collections it alone causes, with nothing left by the other
   * side. Undefined when the collector cannot be called (node without --expose-gc).
   */
  nurseryEmptied?: number;
}

/**
 * Two more views of an in-process case, beside the alternating median {@link runCase} takes. For a case of a few
 * milliseconds a side, alternating calls make each side collect the other's garbage: smol-toml's parse of the
 * 2,500-crate DAG lock took 4.3 ms starting from an empty young generation, 12.5 ms called alone in a loop and
 * 4.5–12 ms alternating with the audit, so the alternating ratio is partly a draw of which call a scavenge lands
 * in. `alone` and `nurseryEmptied` each give every side its own collections only; together with the median they
 * bound what the case's goal means. Synchronous sides only.
 */
export function isolatedRatios(ours: () => unknown, ref: () => unknown, calls = 10, gc: ((o?: { type: 'minor' }) => void) | undefined = (globalThis as { gc?: (o?: { type: 'minor' }) => void }).gc): IsolatedRatios {
  const block = (fn: () => unknown, n: number) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    return performance.now() - t0;
  };
  const half = Math.max(1, Math.floor(calls / 2));
  let o = block(ours, half);
  let r = block(ref, half);
  r += block(ref, half);
  o += block(ours, half);
  const result: IsolatedRatios = { alone: r > 0 ? o / r : Infinity };
  if (typeof gc !== 'function') return result;
  const ratios: number[] = [];
  for (let i = 0; i < calls; i++) {
    gc({ type: 'minor' });
    let t0 = performance.now();
    ours();
    const a = performance.now() - t0;
    gc({ type: 'minor' });
    t0 = performance.now();
    ref();
    const b = performance.now() - t0;
    ratios.push(b > 0 ? a / b : Infinity);
  }
  result.nurseryEmptied = median(ratios);
  return result;
}

export async function runCase(c: BenchCase): Promise<BenchResult> {
  const runs = Math.max(MIN_RUNS, c.runs ?? MIN_RUNS);
  const load = os.loadavg()[0] ?? 0;
  await c.setup?.();
  try {
    // warm-up (JIT tiers, page cache) for both sides, alternating as the timed runs do
    const warmStart = performance.now();
    for (let i = 0; i < (c.warmups ?? 1) || (i < MAX_WARMUPS && performance.now() - warmStart < (c.warmMs ?? WARM_MS)); i++) {
      await c.ours();
      await c.ref();
    }
    const ours: number[] = [];
    const ref: number[] = [];
    const start = performance.now();
    // The order flips every pair (ours, ref; ref, ours; …): whichever side runs second inherits the garbage of
    // the first, and a collection it triggers is paid by it; flipping spreads that over both sides.
    const reported = c.reportsTime === true;
    for (let i = 0; i < runs || (i < MAX_RUNS && performance.now() - start < (c.sampleMs ?? SAMPLE_MS)); i++) {
      if (i % 2 === 0) {
        ours.push(await time(c.ours, reported));
        ref.push(await time(c.ref, reported));
      } else {
        ref.push(await time(c.ref, reported));
        ours.push(await time(c.ours, reported));
      }
    }
    const spanMs = performance.now() - start;
    const oursMs = median(ours);
    const refMs = median(ref);
    const ratio = refMs > 0 ? oursMs / refMs : Infinity;
    const fastestRatio = Math.min(...ref) > 0 ? Math.min(...ours) / Math.min(...ref) : Infinity;
    const extra = c.extra ? await c.extra() : undefined;
    const comparable = spanMs <= MAX_SPAN_MS;
    return {
      name: c.name,
      reference: c.reference,
      oursMs,
      refMs,
      ratio,
      fastestRatio,
      runs: ours.length,
      load,
      spanMs,
      comparable,
      ...(c.goal !== undefined ? { goal: c.goal, meetsGoal: comparable && ratio <= c.goal } : {}),
      ...(extra ? { extra } : {}),
      ...((c.processes ?? 1) > 1 ? { processes: c.processes } : {}),
    };
  } finally {
    await c.teardown?.();
  }
}

/**
 * One result from the same case measured in several processes (the first one's result first): the medians of
 * their medians and of their fastest-run ratios, every process's ratio kept (`processRatios`), the load at the
 * first one's start. Each process's pairs alternate within it, so each ratio is a ratio; the case is comparable
 * only if every one of them was.
 */
export function mergeProcesses(rs: readonly BenchResult[]): BenchResult {
  const first = rs[0];
  if (!first) throw new Error('mergeProcesses needs at least one result');
  if (rs.length === 1) return first;
  const ratios = rs.map((r) => r.ratio);
  const ratio = median(ratios);
  const comparable = rs.every((r) => r.comparable);
  return {
    ...first,
    oursMs: median(rs.map((r) => r.oursMs)),
    refMs: median(rs.map((r) => r.refMs)),
    ratio,
    fastestRatio: median(rs.map((r) => r.fastestRatio)),
    runs: rs.reduce((s, r) => s + r.runs, 0),
    spanMs: Math.max(...rs.map((r) => r.spanMs)),
    comparable,
    ...(first.goal !== undefined ? { meetsGoal: comparable && ratio <= first.goal } : {}),
    processes: rs.length,
    processRatios: ratios,
  };
}

/**
 * The growth model whose shape fits the measured times best (least squares on t = a·f(n), compared by
 * relative residual). `constant` wins when times barely move while n grows.
 */
export function fitGrowth(sizes: number[], times: number[]): Growth {
  if (sizes.length < 2) return 'constant';
  const models: [Growth, (n: number) => number][] = [
    ['constant', () => 1],
    ['linear', (n) => n],
    ['n log n', (n) => n * Math.log2(Math.max(2, n))],
    ['quadratic', (n) => n * n],
  ];
  let best: Growth = 'constant';
  let bestErr = Infinity;
  for (const [name, f] of models) {
    const fs = sizes.map(f);
    // a = Σ t·f / Σ f² minimises Σ (t - a f)²; the error is relative so small and large sizes weigh alike.
    const a = fs.reduce((s, v, i) => s + v * times[i]!, 0) / fs.reduce((s, v) => s + v * v, 0);
    const err = fs.reduce((s, v, i) => s + ((a * v - times[i]!) / times[i]!) ** 2, 0);
    if (err < bestErr * 0.8 || (err < bestErr && name === 'constant')) {
      best = name;
      bestErr = err;
    }
  }
  return best;
}

export async function runCurve(c: BenchCurve, log: (m: string) => void = () => {}): Promise<CurveResult> {
  const points: BenchResult[] = [];
  for (const n of c.sizes) {
    log(`${c.name} @ ${n} ${c.unit}`);
    points.push(await runCase(c.processes === undefined ? c.at(n) : { ...c.at(n), processes: c.processes }));
  }
  return curveResult(c, points);
}

/** A curve's points with the growth models fitted to our medians and to the reference's. */
export function curveResult(c: Pick<BenchCurve, 'name' | 'unit' | 'sizes'>, points: BenchResult[]): CurveResult {
  return {
    name: c.name,
    unit: c.unit,
    sizes: c.sizes,
    points,
    growth: fitGrowth(c.sizes, points.map((p) => p.oursMs)),
    refGrowth: fitGrowth(c.sizes, points.map((p) => p.refMs)),
  };
}

function ratioCell(r: BenchResult): string {
  if (!r.comparable) return `not a ratio (measured over ${(r.spanMs / 1000).toFixed(0)} s)`;
  const each = r.processRatios ? `; ${r.processRatios.length} processes: ${r.processRatios.map((x) => x.toFixed(2)).join(', ')}` : '';
  return `${r.ratio.toFixed(2)}× (fastest ${r.fastestRatio.toFixed(2)}×${each})`;
}

export function formatTable(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.oursMs.toFixed(1)} ms`,
    `${r.refMs.toFixed(1)} ms  (${r.reference})`,
    ratioCell(r),
    r.goal === undefined ? '' : `${r.meetsGoal ? 'meets' : 'MISSES'} ≤ ${r.goal}×`,
    `${r.load.toFixed(1)}`,
    r.extra ? Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : '',
  ]);
  const header = ['case', 'ours (median)', 'reference (median)', 'ratio median (fastest)', 'goal', 'load', 'extra'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function formatCurve(c: CurveResult): string {
  const lines = [`${c.name} — ours grows ${c.growth} in ${c.unit} (the reference: ${c.refGrowth})`];
  for (let i = 0; i < c.points.length; i++) {
    const p = c.points[i]!;
    lines.push(`  ${String(c.sizes[i]).padStart(9)} ${c.unit}: ours ${p.oursMs.toFixed(1)} ms, ref ${p.refMs.toFixed(1)} ms, ${ratioCell(p)}${p.goal === undefined ? '' : ` ${p.meetsGoal ? 'meets' : 'MISSES'} ≤ ${p.goal}×`}${p.extra ? ` ${Object.entries(p.extra).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`);
  }
  return lines.join('\n');
}

/** The goals a `--check` run fails on: every comparable case (and curve point) whose median misses its goal. */
export function missedGoals(results: BenchResult[], curves: CurveResult[]): string[] {
  const all = [...results, ...curves.flatMap((c) => c.points.map((p) => ({ ...p, name: `${c.name} @ ${p.name}` })))];
  return all.filter((r) => r.goal !== undefined && !r.meetsGoal).map((r) => `${r.name}: ${r.comparable ? `${r.ratio.toFixed(2)}×` : 'not comparable'} > ${r.goal}×`);
}

/** What touching memory costs on this machine, in µs a 4 KiB page (see {@link pageFaultCost}). */
export interface PageFaultCost {
  /** First write to a page never touched before (the kernel maps and zeroes it). */
  firstTouchUs: number;
  /** First write to a page this process had written before it spawned a child (copy-on-write after the fork). */
  afterSpawnUs: number;
}

/**
 * The machine's price of a page fault, measured at the start of a run: a fresh process's memory is mostly
 * untouched pages (64 MiB: above any size glibc serves from memory it already has), and node spawns children with fork(), after which every page it writes again faults once
 * more. On a VM whose faults go through the hypervisor (this one's: ~10–14 µs, against ~0.5–2 on bare metal),
 * that price is much of a short process's time: build-target-matrix's whole run touches ~4,000 fresh pages after
 * it spawns rustc. Printed beside the load so a whole-process ratio can be read against it.
 */
export function pageFaultCost(spawn: () => void, bytes = 64 << 20): PageFaultCost {
  const page = 4096;
  const buf = Buffer.allocUnsafeSlow(bytes);
  const pages = bytes / page;
  const touch = (value: number): number => {
    const start = performance.now();
    for (let i = 0; i < bytes; i += page) buf[i] = value;
    return ((performance.now() - start) * 1000) / pages;
  };
  const firstTouchUs = touch(1);
  spawn();
  const afterSpawnUs = touch(2);
  return { firstTouchUs: Math.round(firstTouchUs * 10) / 10, afterSpawnUs: Math.round(afterSpawnUs * 10) / 10 };
}
