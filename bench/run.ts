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
import { formatCurve, formatTable, missedGoals, runCase, runCurve, type BenchCase, type BenchCurve, type BenchResult, type CurveResult } from './harness.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const say = (m: string) => process.stderr.write(`bench: ${m}\n`);

/** Runs one bench file's cases and curves in this process; what it measured. */
async function runFile(f: string): Promise<{ results: BenchResult[]; curves: CurveResult[] }> {
  const results: BenchResult[] = [];
  const curves: CurveResult[] = [];
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as {
    cases?: BenchCase[] | (() => Promise<BenchCase[]> | BenchCase[]);
    curves?: BenchCurve[] | (() => Promise<BenchCurve[]> | BenchCurve[]);
  };
  const cases = typeof mod.cases === 'function' ? await mod.cases() : (mod.cases ?? []);
  for (const c of cases) {
    say(`${f} :: ${c.name} …`);
    try {
      results.push(await runCase(c));
    } catch (e) {
      say(`${c.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const cs = typeof mod.curves === 'function' ? await mod.curves() : (mod.curves ?? []);
  for (const c of cs) {
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
  writeFileSync(out, JSON.stringify(await runFile(file)));
  process.exit(0);
}

const check = args.includes('--check');
const filter = args.find((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

say(`load at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores, node ${process.version}`);
const results: BenchResult[] = [];
const curves: CurveResult[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-run-'));
try {
  for (const f of files) {
    const out = path.join(tmp, `${f}.json`);
    // The same node and loader flags (tsx's) as this process, this script, one file.
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', f, out], { stdio: ['ignore', 'inherit', 'inherit'] });
    try {
      const got = JSON.parse(readFileSync(out, 'utf8')) as { results: BenchResult[]; curves: CurveResult[] };
      results.push(...got.results);
      curves.push(...got.curves);
    } catch {
      say(`${f} failed: its process ended with ${r.status ?? r.signal} before writing what it measured`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(formatTable(results));
for (const c of curves) console.log(`\n${formatCurve(c)}`);
writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load: os.loadavg(), results, curves }, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} cases, ${curves.length} curves)`);
if (check) {
  const missed = missedGoals(results, curves);
  if (missed.length) {
    console.log(`\nbench --check: ${missed.length} goal(s) missed:\n${missed.map((m) => `  ${m}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nbench --check: every goal met');
}
