import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  compareIntegers,
  compareVersionStrings,
  compareVersions,
  formatVersion,
  isValidCategoryName,
  isValidPackageName,
  isValidRepoName,
  parseVersion,
  sameVersionIgnoringRevision,
  splitPackageVersion,
  versionWithoutRevision,
  type Version,
} from '../../shared/gentoo/version.js';
import { ConfigurationError } from '../../shared/io.js';

// [a, b, expected sign of compare(a, b)]. The DOMAIN.md §1 examples come first.
const CASES: [string, string, -1 | 0 | 1][] = [
  // DOMAIN.md examples
  ['1.0_rc1', '1.0', -1],
  ['1.0', '1.0_p0', -1],
  ['1.0_rc1', '1.0_p0', -1],
  ['1.01', '1.1', -1],
  ['1.010', '1.01', 0],
  ['1.1', '1.09', 1],
  ['6.01.0', '6.010.0', 0],
  ['1.0_alpha_p1', '1.0_alpha', 1],
  ['1.0_alpha_beta', '1.0_alpha', -1],
  ['9999', '20250101', -1],
  ['1.75.0-r101', '1.75.0-r1', 1],
  ['1.500', '2', -1],
  ['1.0.0', '1.0', 1],
  ['1.0.0', '1.0b', 1],
  ['1.0', '1.0-r0', 0],
  // first component: integer, leading zeros ignored
  ['01', '1', 0],
  ['001.2', '1.2', 0],
  ['2', '10', -1],
  ['10', '9', 1],
  ['0', '0', 0],
  ['00', '0', 0],
  // later components: integer unless a leading zero
  ['1.2', '1.10', -1],
  ['1.10', '1.9', 1],
  ['1.02', '1.1', -1],
  ['1.02', '1.002', 1],
  ['1.0', '1.00', 0],
  ['1.0', '1.000', 0],
  ['1.00', '1', 1],
  ['1.05', '1.050', 0],
  ['1.050', '1.5', -1],
  ['1.001', '1.01', -1],
  ['1.2.3', '1.2.3', 0],
  ['1.2.3', '1.2.4', -1],
  ['1.2.3.4', '1.2.3', 1],
  ['1.2.3', '1.2.3.0', -1],
  // arbitrary length: beyond Number.MAX_SAFE_INTEGER and beyond 64 bits
  ['9007199254740993', '9007199254740992', 1],
  ['1.18446744073709551617', '1.18446744073709551616', 1],
  ['123456789012345678901234567890', '123456789012345678901234567891', -1],
  ['1.0000000000000000000000001', '1.00000000000000000000000010', 0],
  // letters
  ['1.0a', '1.0', 1],
  ['1.0a', '1.0b', -1],
  ['1.0z', '1.0.1', -1],
  ['1.0b', '1.0b', 0],
  ['1a', '1_p1', 1],
  // suffixes
  ['1.0_alpha', '1.0_beta', -1],
  ['1.0_beta', '1.0_pre', -1],
  ['1.0_pre', '1.0_rc', -1],
  ['1.0_rc', '1.0', -1],
  ['1.0', '1.0_p', -1],
  ['1.0_p', '1.0_p0', 0],
  ['1.0_alpha', '1.0_alpha0', 0],
  ['1.0_alpha1', '1.0_alpha2', -1],
  ['1.0_alpha10', '1.0_alpha9', 1],
  ['1.0_rc10', '1.0_rc2', 1],
  ['1.0_p1', '1.0_p1_p1', -1],
  ['1.0_p1_alpha', '1.0_p1', -1],
  ['1.0_alpha_alpha', '1.0_alpha', -1],
  ['1.0_rc1_p2', '1.0_rc1_p1', 1],
  ['1.0_rc1_p2', '1.0_rc2', -1],
  ['1.0_pre20250101', '1.0_pre20241231', 1],
  ['1.0a_alpha', '1.0', 1],
  ['1.0_p1', '1.0.1', -1],
  // revisions
  ['1.0-r1', '1.0', 1],
  ['1.0-r1', '1.0-r01', 0],
  ['1.0-r9', '1.0-r10', -1],
  ['1.0_p1', '1.0-r9', 1],
  ['1.0-r1', '1.0.0', -1],
  ['1.75.0-r1', '1.75.0', 1],
  ['1.75.0', '1.74.1-r5', 1],
  // real Rust ebuild versions
  ['1.97.1', '1.97.0-r1', 1],
  ['1.75.0-r1', '1.97.1', -1],
  ['1.88.0_beta20250501', '1.88.0', -1],
  ['9999', '1.97.1', 1],
];

describe('compareVersions table', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  it.each(CASES)('%s vs %s -> %i', (a, b, expected) => {
    expect(compareVersionStrings(a, b)).toBe(expected);
    // The table also proves the reverse direction.
    expect(compareVersionStrings(b, a)).toBe(-expected || 0);
  });
});

describe('parseVersion', () => {
  it('splits every part', () => {
    expect(parseVersion('1.75.0b_alpha_p3-r12')).toEqual({
      text: '1.75.0b_alpha_p3-r12',
      numbers: ['1', '75', '0'],
      letter: 'b',
      suffixes: [
        { kind: 'alpha', num: '' },
        { kind: 'p', num: '3' },
      ],
      revision: '12',
    });
  });
  it.each([
    '',
    '.1',
    '1.',
    '1..2',
    'a1',
    '1.0A',
    '1.0ab',
    '1.0_gamma',
    '1.0-r',
    '1.0-r1-r2',
    '1.0_rc-1',
    '1.0-rc1',
    '1.0_p1a',
    'v1.0',
    '1.0 ',
    '-1',
    '1.0-r1.2',
  ])('rejects %j', (text) => {
    expect(parseVersion(text)).toBeNull();
  });
  it('compareVersionStrings throws ConfigurationError naming the bad version', () => {
    expect(() => compareVersionStrings('1.0', '1.x')).toThrow(ConfigurationError);
    expect(() => compareVersionStrings('1.0', '1.x')).toThrow(/'1\.x'.*Expected/);
  });
  it('revision helpers', () => {
    const v = parseVersion('1.75.0_p1-r3')!;
    expect(versionWithoutRevision(v)).toBe('1.75.0_p1');
    expect(sameVersionIgnoringRevision(v, parseVersion('1.75.0_p1')!)).toBe(true);
    expect(sameVersionIgnoringRevision(v, parseVersion('1.75.0_p2')!)).toBe(false);
  });
});

describe('names', () => {
  it.each([
    ['rust', true],
    ['rust-bin', true],
    ['gtk+', true],
    ['_foo', true],
    ['foo-1', false], // ends in -<version>
    ['foo-1.0_rc1', false],
    ['foo-1a', false],
    ['foo-1-r1', false],
    ['foo-r1', true], // `r1` alone is not a version
    ['foo-1x', false], // `1x` is a version: number + letter
    ['foo-1xy', true], // `1xy` is not
    ['-foo', false],
    ['+foo', false],
    ['foo.bar', false],
    ['', false],
    ['foo bar', false],
  ])('isValidPackageName(%j) -> %s', (name, ok) => {
    expect(isValidPackageName(name)).toBe(ok);
  });
  it.each([
    ['dev-lang', true],
    ['app-misc', true],
    ['virtual', true],
    ['x11-libs', true],
    ['dev-perl.old', true],
    ['.dev', false],
    ['-dev', false],
    ['dev/lang', false],
    ['', false],
  ])('isValidCategoryName(%j) -> %s', (name, ok) => {
    expect(isValidCategoryName(name)).toBe(ok);
  });
  it.each([
    ['gentoo', true],
    ['regicide-rust', true],
    ['guru', true],
    ['my_repo', true],
    ['-x', false],
    ['repo-1.0', false],
    ['re.po', false],
    ['a+b', false],
  ])('isValidRepoName(%j) -> %s', (name, ok) => {
    expect(isValidRepoName(name)).toBe(ok);
  });
});

describe('splitPackageVersion', () => {
  it.each([
    ['rust-1.75.0-r1', 'rust', '1.75.0-r1'],
    ['rust-bin-1.97.1', 'rust-bin', '1.97.1'],
    ['foo-bar-2-1.0', null, null], // foo-bar-2 is not a valid name, `2-1.0` not a version
    ['gtk+-3.24.0', 'gtk+', '3.24.0'],
    ['foo-r1-1.0', 'foo-r1', '1.0'],
    ['pkg-9999', 'pkg', '9999'],
    ['pkg-1.0_rc1_p2-r3', 'pkg', '1.0_rc1_p2-r3'],
    ['pkg', null, null],
    ['pkg-', null, null],
    ['-1.0', null, null],
    ['pkg-1.0-r', null, null],
  ])('%s', (pv, name, version) => {
    const r = splitPackageVersion(pv);
    if (name === null) expect(r).toBeNull();
    else {
      expect(r?.name).toBe(name);
      expect(r?.version.text).toBe(version);
    }
  });
});

// ---- property tests --------------------------------------------------------------------------------------

const digits = fc.stringMatching(/^[0-9]{1,25}$/);
const suffix = fc.record({
  kind: fc.constantFrom('alpha', 'beta', 'pre', 'rc', 'p' as const),
  num: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,6}$/)),
});
const versionArb: fc.Arbitrary<Version> = fc
  .record({
    numbers: fc.array(fc.oneof(digits, fc.constantFrom('0', '00', '1', '01', '10', '100')), {
      minLength: 1,
      maxLength: 5,
    }),
    letter: fc.oneof(fc.constant(''), fc.constantFrom('a', 'b', 'z')),
    suffixes: fc.array(suffix, { maxLength: 3 }),
    revision: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,4}$/)),
  })
  .map((p) => {
    const v = { text: '', ...p } as Version;
    v.text = formatVersion(v);
    return v;
  });

describe('properties', () => {
  it('parse(format(v)) round-trips', () => {
    fc.assert(
      fc.property(versionArb, (v) => {
        expect(parseVersion(formatVersion(v))).toEqual(v);
      }),
    );
  });
  it('reflexive', () => {
    fc.assert(fc.property(versionArb, (v) => compareVersions(v, v) === 0));
  });
  it('antisymmetric', () => {
    fc.assert(
      fc.property(versionArb, versionArb, (a, b) => {
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0);
      }),
    );
  });
  it('transitive (on sorted triples, and equality)', () => {
    fc.assert(
      fc.property(versionArb, versionArb, versionArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareVersions);
        expect(compareVersions(x, z)).toBeLessThanOrEqual(0);
        if (compareVersions(x, y) === 0 && compareVersions(y, z) === 0) expect(compareVersions(x, z)).toBe(0);
        if (compareVersions(x, y) < 0 || compareVersions(y, z) < 0) expect(compareVersions(x, z)).toBe(-1);
      }),
    );
  });
  it('-r0 equals no revision; a revision bump is always newer', () => {
    fc.assert(
      fc.property(versionArb, fc.integer({ min: 1, max: 999 }), (v, r) => {
        expect(compareVersions({ ...v, revision: '0' }, { ...v, revision: '' })).toBe(0);
        const base = { ...v, revision: '' };
        expect(compareVersions({ ...v, revision: String(r) }, base)).toBe(1);
      }),
    );
  });
  it('compareIntegers agrees with BigInt', () => {
    fc.assert(
      fc.property(digits, digits, (a, b) => {
        const x = BigInt(a);
        const y = BigInt(b);
        expect(compareIntegers(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });
  it('an extra component always beats a letter or suffix', () => {
    fc.assert(
      fc.property(versionArb, digits, (v, extra) => {
        const longer: Version = { ...v, numbers: [...v.numbers, extra], letter: '', suffixes: [], revision: '' };
        expect(compareVersions(longer, v)).toBe(1);
      }),
    );
  });
});
