/**
 * One crate-license-audit run in a process of its own, as the action runs it (once, with nothing compiled yet),
 * for the fresh-process curves of bench/crate-license-audit-scale.bench.ts. Prints `{"elapsedMs": …, "answer": …}`
 * (the report's size, or the number of packages parsed): elapsed from
 * reading the lock to the last piece of the report's JSON (`ours`), or to smol-toml's parse of it (`smol-toml`),
 * after every module is loaded, so node's and the loader's start are left out of both. The bench runs it bundled, as
 * the action's code is (bundledChild there); by hand:
 *
 *   node --import tsx bench/audit-cold-child.ts ours|smol-toml <Cargo.lock> <crates>
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { auditGenerated, generatedLicenses } from './crate-license-audit-scale.bench.js';

const [side, file, crates] = process.argv.slice(2);
if ((side !== 'ours' && side !== 'smol-toml') || !file || !Number.isInteger(Number(crates))) {
  process.stderr.write('usage: audit-cold-child.ts ours|smol-toml <Cargo.lock> <crates>\n');
  process.exitCode = 2;
} else {
  const licenses = side === 'ours' ? generatedLicenses(Number(crates)) : undefined;
  const t0 = performance.now();
  const answer = licenses ? auditGenerated(readFileSync(file, 'utf8'), licenses) : (parse(readFileSync(file, 'utf8')) as { package?: unknown[] }).package?.length;
  const elapsedMs = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ elapsedMs, answer })}\n`);
}
