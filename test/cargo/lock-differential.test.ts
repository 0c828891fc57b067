/**
 * shared/cargo against an oracle written from cargo's decoder rules (lock-oracle.ts) on real lock pairs: the
 * packages that go and come, every package's resolved dependencies, the unresolvable strings. The pairs
 * here are the ones the repository can read offline (../shared/bench-data, skipped when absent); the script
 * bench/crate-license-audit-differential.ts runs the same check over the history of any git repository.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { disagreements, oracleRead } from './lock-oracle.js';

const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');

describe('the oracle itself', () => {
  it('reads a V1 git dependency without #commit as cargo does, and V3/V4 git queries as one source', () => {
    const git = 'git+https://github.com/alacritty/vte?rev=4f44023dab081f7da74fee14bc53b10ee8f96a1e';
    const v1 = oracleRead(`[[package]]\nname = "a"\nversion = "0.1.0"\ndependencies = [\n "vte 0.8.0 (${git})",\n]\n\n[[package]]\nname = "vte"\nversion = "0.8.0"\nsource = "${git}#4f44023dab081f7da74fee14bc53b10ee8f96a1e"\n`);
    expect(v1.unresolved).toEqual([]);
    const lock = (q: string) => `version = 4\n\n[[package]]\nname = "x"\nversion = "0.1.0"\nsource = "git+https://github.com/evenyag/influxdb_iox?branch=${q}#10ef0d0b"\n`;
    expect(disagreements(lock('feat/line-protocol'), lock('feat%2Fline-protocol'))).toEqual([]);
    expect(oracleRead(lock('feat/line-protocol')).packages[0]!.key).toBe(oracleRead(lock('feat%2Fline-protocol')).packages[0]!.key);
  });
});

describe.skipIf(!existsSync(BENCH))('real lock pairs (../shared/bench-data/cargo-locks)', () => {
  const read = (f: string) => readFileSync(join(BENCH, f), 'utf8');
  // The body runs at collection even when skipped: read nothing when the data is not there.
  const there = existsSync(BENCH);
  const pairs: [string, string, string][] = (there ? readdirSync(BENCH) : [])
    .filter((f) => f.endsWith('-old-Cargo.lock'))
    .map((f) => [f.replace('-old-Cargo.lock', ''), read(f), read(f.replace('-old-', '-'))]);
  const samples = there ? readdirSync(join(BENCH, 'format-samples')).sort() : [];
  // V1 → V2 → V3 (deno, 2019–2022): each pair crosses a format change.
  for (let i = 0; i + 1 < samples.length; i++) pairs.push([`${samples[i]} → ${samples[i + 1]}`, read(`format-samples/${samples[i]}`), read(`format-samples/${samples[i + 1]}`)]);

  for (const [label, base, head] of pairs) {
    it(`${label}: diff, resolution and unresolved strings agree with the oracle`, () => {
      expect(disagreements(base, head)).toEqual([]);
    });
  }
});
