import { describe, expect, it } from 'vitest';
import { closestByEdit, editDistance } from '../../shared/rust/suggest.js';

describe('closestByEdit', () => {
  const names = ['x86_64', 'aarch64', 'riscv64', 'arm', 'loongarch64'];

  it('the closest within the limit, the first of equals', () => {
    expect(closestByEdit('aarch46', names, 3)).toEqual({ name: 'aarch64', distance: 2 });
    expect(closestByEdit('rm', ['arm', 'rum'], 3)).toEqual({ name: 'arm', distance: 1 });
    expect(closestByEdit('sparc', names, 1)).toBeUndefined();
  });

  it('agrees with measuring every candidate', () => {
    for (const name of ['x86', 'riscv32', 'arm64', 'loongarch', 'mips', '']) {
      const all = names.map((c) => ({ name: c, distance: editDistance(c, name) }));
      const min = Math.min(...all.map((c) => c.distance));
      const first = all.find((c) => c.distance === min)!;
      expect(closestByEdit(name, names)).toEqual(first);
      expect(closestByEdit(name, names, 3)).toEqual(min <= 3 ? first : undefined);
    }
  });

  it('a 1 MiB name is not measured against names its length alone puts out of reach', () => {
    // (an unknown 256 KiB spec key measured against 120 field names took 75 s)
    expect(closestByEdit('x'.repeat(1 << 20), names, 3)).toBeUndefined();
  });
});
