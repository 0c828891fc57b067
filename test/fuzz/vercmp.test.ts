/**
 * PMS version ordering against Portage's own vercmp: fixtures/gentoo/vercmp/pairs.txt holds 10,000 pairs
 * (leading zeros, numbers past 2^53, letters, suffix chains, `_p` against `-r`, revisions, near-misses) with the
 * sign Portage's vercmp gave, recorded from its source (fixtures/gentoo/vercmp/README.md). `npm run fuzz`
 * checks every pair; `npm test` a fixed sample of 500. Both also check order properties on generated versions.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersionStrings, parseVersion } from '../../shared/gentoo/version.js';
import { FUZZING, runs } from './runs.js';

const FILE = path.resolve(import.meta.dirname, '../../fixtures/gentoo/vercmp/pairs.txt');
const all = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const [a, b, sign] = l.split(' ');
    return { a, b, sign: Number(sign) };
  });

/** A fixed sample (the same 500 pairs on every run) for npm test. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const picked = new Set<number>();
  let x = seed;
  while (picked.size < Math.min(n, items.length)) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    picked.add(x % items.length);
  }
  return [...picked].sort((p, q) => p - q).map((i) => items[i]);
}

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe("version order equals Portage's vercmp", () => {
  const pairs = FUZZING ? all : sample(all, 500, 20261202);
  it(`${pairs.length} recorded pairs (of ${all.length})`, () => {
    expect(all.length).toBeGreaterThanOrEqual(10_000);
    const wrong = pairs.filter(({ a, b, sign: s }) => !parseVersion(a) || !parseVersion(b) || sign(compareVersionStrings(a, b)) !== s || sign(compareVersionStrings(b, a)) !== -s);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

const num = fc.oneof(
  fc.constantFrom('0', '00', '01', '010', '1', '10', '100', '9', '99'),
  fc.bigInt({ min: 0n, max: 10n ** 22n }).map(String),
);
const versionArb = fc
  .tuple(
    fc.array(num, { minLength: 1, maxLength: 4 }),
    fc.option(fc.constantFrom('a', 'b', 'z'), { nil: '' }),
    fc.array(fc.tuple(fc.constantFrom('alpha', 'beta', 'pre', 'rc', 'p'), fc.option(num, { nil: '' })), { maxLength: 3 }),
    fc.option(num, { nil: undefined }),
  )
  .map(([parts, letter, suffixes, rev]) => {
    // PMS: the first component is compared as an integer, so a leading zero there is fine too
    const v = parts.join('.') + letter + suffixes.map(([s, n]) => `_${s}${n}`).join('');
    return rev === undefined ? v : `${v}-r${rev}`;
  });

describe('version order is a total order', () => {
  it('antisymmetric and transitive on generated versions', () => {
    fc.assert(
      fc.property(versionArb, versionArb, versionArb, (a, b, c) => {
        const ab = sign(compareVersionStrings(a, b));
        expect(sign(compareVersionStrings(b, a))).toBe(-ab);
        const bc = sign(compareVersionStrings(b, c));
        if (ab <= 0 && bc <= 0) expect(compareVersionStrings(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: runs(300) },
    );
  });
});
