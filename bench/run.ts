/**
 * `npm run bench [filter] [--check]`: runs bench/*.bench.ts, prints a ratio table and the curves, writes
 * bench/results.json. With `--check` it exits 1 when a goal is missed by the median (not in CI: timing on a
 * shared machine is for people to read).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatCurve, formatTable, missedGoals, runCase, runCurve, type BenchCase, type BenchCurve, type BenchResult, type CurveResult } from './harness.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const filter = args.find((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const say = (m: string) => process.stderr.write(`bench: ${m}\n`);
say(`load at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores, node ${process.version}`);
const results: BenchResult[] = [];
const curves: CurveResult[] = [];
for (const f of files) {
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
