import { describe, expect, it } from 'vitest';
import { plainBitsets, simdBitsets } from '../../shared/cargo/bitset-simd.js';

/** Set bits of a 32-bit word, the plain way. */
function bitsOf(w: number): number {
  let c = 0;
  for (let b = 0; b < 32; b++) c += (w >>> b) & 1;
  return c;
}

describe('WebAssembly SIMD bitsets (the dependent counts\' unions)', () => {
  it.each([
    ['WebAssembly SIMD', simdBitsets],
    ['plain JavaScript (no WebAssembly: node --jitless)', plainBitsets],
  ])('%s: or and count equal bit-by-bit loops on random words, sign bit included (fixed seed)', (_, make) => {
    let x = 7;
    const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    for (const words of [4, 64, 1_000, 40_000]) {
      const s = make(words);
      expect(s.words.length).toBe(words);
      expect(s.words.every((w) => w === 0), `${words} words start zeroed`).toBe(true);
      for (let i = 0; i < words; i++) s.words[i] = rnd() & rnd();
      s.words[0] = -0x80000000; // bit 31 alone
      const before = Int32Array.from(s.words);
      const half = (words >> 3) * 4; // a multiple of four words
      if (half === 0) {
        expect(s.count(0, words * 4)).toBe([...before].reduce((n, w) => n + bitsOf(w), 0));
        continue;
      }
      s.or(0, half * 4, half * 4);
      for (let i = 0; i < words; i++) expect(s.words[i], `word ${i} of ${words}`).toBe(i < half ? before[i]! | before[half + i]! : before[i]!);
      const expected = [...s.words.subarray(4, 4 + half)].reduce((n, w) => n + bitsOf(w), 0);
      expect(s.count(16, half * 4)).toBe(expected);
    }
  });

  it('a smaller request after a larger one reuses the memory, zeroed', () => {
    const big = simdBitsets(50_000);
    big.words.fill(-1);
    const small = simdBitsets(8);
    expect([...small.words]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(small.count(0, 32)).toBe(0);
  });
});
