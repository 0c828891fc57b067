/**
 * `npm run bench [filter] [--check]`: runs bench/*.bench.ts, prints a ratio table and the curves, writes
 * bench/results.json. With `--check` it exits 1 when a goal is missed by the median (not in CI: timing on a
 * shared machine is for people to read).
 *
 * Each bench file runs in a process of its own (this script again, with `--child <file> <out>`): a case then
 * inherits nothing from another file's cases — not the heap they filled and left for the collector (a 20 ms
 * case measured after them pays for collections of their garbage), not their JIT state — so a figure does
 * not depend on which files ran before it or on the filter given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { curveResult, formatCurve, formatTable, mergeProcesses, missedGoals, pageFaultCost, runCase, runCurve, type BenchCase, type BenchCurve, type BenchResult, type CurveResult } from './harness.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const say = (m: string) => process.stderr.write(`bench: ${m}\n`);

/** A case's key for `--only`: its name, or a curve's name and the size (`name @ size`). */
const pointKey = (curve: string, n: number): string => `${curve} @ ${n}`;

/** Runs one bench file's cases and curves in this process (with `only`, that case or curve point alone); what it measured. */
async function runFile(f: string, only?: string): Promise<{ results: BenchResult[]; curves: CurveResult[] }> {
  const results: BenchResult[] = [];
  const curves: CurveResult[] = [];
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as {
    cases?: BenchCase[] | (() => Promise<BenchCase[]> | BenchCase[]);
    curves?: BenchCurve[] | (() => Promise<BenchCurve[]> | BenchCurve[]);
  };
  const cases = typeof mod.cases === 'function' ? await mod.cases() : (mod.cases ?? []);
  const curvesOf = async (): Promise<BenchCurve[]> => (typeof mod.curves === 'function' ? await mod.curves() : (mod.curves ?? []));
  if (only !== undefined) {
    // one more process for a case measured in several (BenchCase.processes): its result alone
    const c = cases.find((x) => x.name === only);
    if (c) return { results: [await runCase(c)], curves: [] };
    for (const cv of await curvesOf()) {
      for (const n of cv.sizes) if (pointKey(cv.name, n) === only) return { results: [await runCase({ ...cv.at(n), processes: cv.processes })], curves: [] };
    }
    throw new Error(`${f} has no case or curve point ${JSON.stringify(only)}`);
  }
  for (const c of cases) {
    say(`${f} :: ${c.name} …`);
    try {
      results.push(await runCase(c));
    } catch (e) {
      say(`${c.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const c of await curvesOf()) {
    try {
      curves.push(await runCurve(c, (m) => say(`${f} :: ${m} …`)));
    } catch (e) {
      say(`${c.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { results, curves };
}

const childAt = args.indexOf('--child');
if (childAt >= 0) {
  const [file, out] = [args[childAt + 1]!, args[childAt + 2]!];
  const onlyAt = args.indexOf('--only');
  writeFileSync(out, JSON.stringify(await runFile(file, onlyAt >= 0 ? args[onlyAt + 1] : undefined)));
  process.exit(0);
}

const check = args.includes('--check');
const filter = args.find((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const faults = pageFaultCost(() => spawnSync('true'));
say(`load at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores, node ${process.version}; a page fault costs ${faults.firstTouchUs} µs (fresh page), ${faults.afterSpawnUs} µs (written again after a spawn)`);
const results: BenchResult[] = [];
const curves: CurveResult[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-run-'));
/** One process of this script for file `f` (all of it, or the case `only`); what it measured, or undefined. */
const child = (f: string, only?: string): { results: BenchResult[]; curves: CurveResult[] } | undefined => {
  const out = path.join(tmp, `${f}.json`);
  rmSync(out, { force: true });
  // The same node and loader flags (tsx's) as this process, this script, one file; the collector callable, for
  // the in-process cases' `nurseryEmptied` figure (harness.ts isolatedRatios).
  const r = spawnSync(process.execPath, [...process.execArgv, ...(process.execArgv.includes('--expose-gc') ? [] : ['--expose-gc']), fileURLToPath(import.meta.url), '--child', f, out, ...(only !== undefined ? ['--only', only] : [])], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as { results: BenchResult[]; curves: CurveResult[] };
  } catch {
    say(`${f}${only !== undefined ? ` (${only})` : ''} failed: its process ended with ${r.status ?? r.signal} before writing what it measured`);
    return undefined;
  }
};
/** A result measured in the first process, merged with its measurement in `processes - 1` more. */
const inProcesses = (f: string, key: string, first: BenchResult): BenchResult => {
  const all = [first];
  for (let k = 1; k < (first.processes ?? 1); k++) {
    say(`${f} :: ${key} (process ${k + 1} of ${first.processes}) …`);
    const got = child(f, key)?.results[0];
    if (got) all.push(got);
  }
  return mergeProcesses(all);
};
try {
  for (const f of files) {
    const got = child(f);
    if (!got) continue;
    results.push(...got.results.map((r) => inProcesses(f, r.name, r)));
    curves.push(...got.curves.map((c) => curveResult(c, c.points.map((p, i) => inProcesses(f, pointKey(c.name, c.sizes[i]!), p)))));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(formatTable(results));
for (const c of curves) console.log(`\n${formatCurve(c)}`);
writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load: os.loadavg(), pageFault: faults, results, curves }, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} cases, ${curves.length} curves)`);
if (check) {
  const missed = missedGoals(results, curves);
  if (missed.length) {
    console.log(`\nbench --check: ${missed.length} goal(s) missed:\n${missed.map((m) => `  ${m}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nbench --check: every goal met');
}
