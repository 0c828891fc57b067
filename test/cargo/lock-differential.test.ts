/**
 * shared/cargo against an oracle written from cargo's decoder rules (lock-oracle.ts) on real lock pairs: the
 * packages that go and come, every package's resolved dependencies, the unresolvable strings. The pairs
 * here are the ones the repository can read offline (../shared/bench-data, skipped when absent); the script
 * bench/crate-license-audit-differential.ts runs the same check over the history of any git repository.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { disagreements, oracleRead } from './lock-oracle.js';
import { generatedMixedLock } from '../../bench/crate-license-audit-scale.bench.js';

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

describe('generated locks with names of several versions and sources (fixed seed)', () => {
  const REG = 'registry+https://github.com/rust-lang/crates.io-index';
  const ALT = 'sparse+https://example.org/index/';
  const GIT = 'git+https://example.org/r?branch=main#0123456789abcdef0123456789abcdef01234567';
  // a name's packages: versions and sources drawn from a few, so that `name version` strings are sometimes one
  // package, sometimes several (another source; a path one among them or not), sometimes none
  const pkg = fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), version: fc.constantFrom('1.0.0', '1.0.1', '2.0.0'), source: fc.constantFrom(undefined, REG, ALT, GIT) });
  const lockText = fc
    .tuple(fc.uniqueArray(pkg, { minLength: 1, maxLength: 14, selector: (p) => `${p.name} ${p.version} ${p.source ?? ''}` }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(8)), { maxLength: 40 }))
    .map(([pkgs, edges]) => {
      const deps = pkgs.map(() => new Set<string>());
      for (const [from, to, form] of edges) {
        const q = pkgs[to % pkgs.length]!;
        // every form cargo writes or a person could: name, name version, name version (source), two blanks, a miss,
        // and a blank before or after the name or the whole string (cargo splits at single spaces and trims nothing)
        const full = `${q.name} ${q.version}${q.source ? ` (${q.source})` : ''}`;
        const s = [q.name, `${q.name} ${q.version}`, full, `${q.name}  ${q.version}`, `${q.name} 9.9.9`, ` ${q.name}`, `${q.name} `, ` ${q.name} ${q.version}`, `${full} `][form]!;
        deps[from % pkgs.length]!.add(s);
      }
      return (
        'version = 4\n' +
        pkgs
          .map((p, i) => `\n[[package]]\nname = "${p.name}"\nversion = "${p.version}"\n${p.source ? `source = "${p.source}"\n` : ''}${deps[i]!.size ? `dependencies = [\n${[...deps[i]!].map((d) => ` "${d}",\n`).join('')}]\n` : ''}`)
          .join('')
      );
    });

  it("the benchmark's lock with two versions of some crates, git and path crates resolves as cargo's rules say", () => {
    const text = generatedMixedLock(400);
    expect(oracleRead(text).unresolved).toEqual([]);
    expect(disagreements(text, text)).toEqual([]);
  });

  it('every dependency resolves as cargo resolves it, or is unresolved where cargo would not resolve it', () => {
    fc.assert(
      fc.property(lockText, (text) => {
        expect(disagreements(text, text)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261204 },
    );
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
