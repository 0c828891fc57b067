/** `npm run bench [filter]`: runs bench/*.bench.ts, prints a ratio table, writes bench/results.json. */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, runCase, type BenchCase, type BenchResult } from './harness.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const results: BenchResult[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { cases?: BenchCase[] | (() => Promise<BenchCase[]>) };
  const cases = typeof mod.cases === 'function' ? await mod.cases() : (mod.cases ?? []);
  for (const c of cases) {
    process.stderr.write(`bench: ${f} :: ${c.name} …\n`);
    try {
      results.push(await runCase(c));
    } catch (e) {
      process.stderr.write(`bench: ${c.name} failed: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
}
console.log(formatTable(results));
writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} cases)`);
