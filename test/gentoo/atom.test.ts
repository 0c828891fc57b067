import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  atomMatches,
  formatAtom,
  globVersionMatches,
  parseAtom,
  requireAtom,
  type Atom,
  type PackageRef,
} from '../../shared/gentoo/atom.js';
import { ConfigurationError } from '../../shared/io.js';

function ok(text: string, opts?: Parameters<typeof parseAtom>[1]): Atom {
  const r = parseAtom(text, opts);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error}`);
  return r.atom;
}

describe('parseAtom: valid atoms', () => {
  it('plain category/package', () => {
    expect(ok('dev-lang/rust')).toEqual({ text: 'dev-lang/rust', category: 'dev-lang', package: 'rust', useDeps: [] });
  });
  it.each([
    ['<dev-lang/rust-1.75.0', '<'],
    ['<=dev-lang/rust-1.75.0', '<='],
    ['=dev-lang/rust-1.75.0-r1', '='],
    ['>=dev-lang/rust-1.75.0', '>='],
    ['>dev-lang/rust-1.75.0', '>'],
    ['~dev-lang/rust-1.75.0', '~'],
    ['=dev-lang/rust-1.75*', '=*'],
  ])('%s has operator %s', (text, op) => {
    const a = ok(text);
    expect(a.operator).toBe(op);
    expect(a.package).toBe('rust');
    expect(a.version?.text).toMatch(/^1\.75/);
  });
  it('package names that contain hyphens and digits', () => {
    const a = ok('>=dev-rust/rust-bin-1.97.1');
    expect([a.package, a.version?.text]).toEqual(['rust-bin', '1.97.1']);
    expect(ok('dev-libs/foo-r1').package).toBe('foo-r1');
  });
  it.each([
    [':*', { kind: 'any' }],
    [':=', { kind: 'rebuild' }],
    [':1.75', { kind: 'named', slot: '1.75', rebuild: false }],
    [':1.75=', { kind: 'named', slot: '1.75', rebuild: true }],
    [':0/1.75', { kind: 'named', slot: '0', subslot: '1.75', rebuild: false }],
    [':0/1.75=', { kind: 'named', slot: '0', subslot: '1.75', rebuild: true }],
  ])('slot %s', (slot, expected) => {
    expect(ok(`dev-lang/rust${slot}`).slot).toEqual(expected);
  });
  it('repo and slot and use deps together, in order', () => {
    const a = ok('!!>=dev-lang/rust-1.75.0:1.75/1.75=::regicide-rust[a,-b,c=,!d?,e(+),!f(-)=]');
    expect(a.blocker).toBe('strong');
    expect(a.repo).toBe('regicide-rust');
    expect(a.slot).toEqual({ kind: 'named', slot: '1.75', subslot: '1.75', rebuild: true });
    expect(a.useDeps).toEqual([
      { flag: 'a', enabled: true },
      { flag: 'b', enabled: false },
      { flag: 'c', enabled: true, conditional: '=' },
      { flag: 'd', enabled: false, conditional: '?' },
      { flag: 'e', enabled: true, missingDefault: '+' },
      { flag: 'f', enabled: false, conditional: '=', missingDefault: '-' },
    ]);
  });
  it('weak blocker', () => {
    expect(ok('!dev-lang/rust-bin').blocker).toBe('weak');
  });
  it('repo only', () => {
    const a = ok('dev-lang/rust::gentoo');
    expect(a.repo).toBe('gentoo');
    expect(a.slot).toBeUndefined();
  });
  it('wildcards only when allowed', () => {
    expect(ok('*/*::guru', { allowWildcard: true })).toMatchObject({ category: '*', package: '*', repo: 'guru' });
    expect(ok('dev-lang/*', { allowWildcard: true }).package).toBe('*');
    expect(parseAtom('*/*').ok).toBe(false);
    expect(parseAtom('dev-lang/rust-1*', { allowWildcard: true })).toMatchObject({ ok: false, error: expect.stringMatching(/needs '=': write =dev-lang\/rust-1\*/) });
  });
  it('formatAtom round-trips', () => {
    for (const t of [
      'dev-lang/rust',
      '!!>=dev-lang/rust-1.75.0:1.75/1.75=::regicide-rust[a,-b,c=,!d?,e(+),!f(-)=]',
      '=dev-lang/rust-1*',
      '~dev-lang/rust-1.75.0:*',
      '<dev-lang/rust-2:=',
    ]) {
      expect(formatAtom(ok(t))).toBe(t);
    }
  });
});

describe('parseAtom: precise errors', () => {
  it.each([
    ['', /empty/],
    ['rust', /missing category; expected category\/package, e\.g\. dev-lang\/rust/],
    ['dev-lang/rust/x', /more than one '\/'/],
    ['/rust', /empty category/],
    ['dev-lang/', /empty package name/],
    ['>=dev-lang/rust', /operator '>=' needs a version: expected >=dev-lang\/rust-<version>/],
    ['dev-lang/rust-1.75.0', /version '1\.75\.0' without an operator; write =dev-lang\/rust-1\.75\.0/],
    ['dev-lang/rust-1.75*', /trailing '\*' needs '=' and a version/],
    ['>=dev-lang/rust-1.75*', /only allowed with '='.*not with '>='/],
    ['~dev-lang/rust-1.75.0-r1', /'~' matches every revision/],
    ['>>dev-lang/rust-1', /more than one operator/],
    ['=<dev-lang/rust-1', /more than one operator/],
    ['!!!dev-lang/rust', /too many '!'/],
    ['dev-lang/rust:', /empty slot after ':'/],
    ['dev-lang/rust:1/2/3', /more than one '\/'/],
    ['dev-lang/rust:-1', /invalid slot '-1'/],
    ['dev-lang/rust:*=', /invalid slot '\*'/],
    ['dev-lang/rust::', /empty repository name/],
    ['dev-lang/rust::re.po', /invalid repository name 're\.po'/],
    ['dev-lang/rust[', /unterminated/],
    ['dev-lang/rust[]', /empty USE dependency list/],
    ['dev-lang/rust[a,,b]', /stray comma/],
    ['dev-lang/rust[!a]', /'!a' needs '=' or '\?'/],
    ['dev-lang/rust[-a?]', /mixes '-' with '\?'/],
    ['dev-lang/rust[a b]', /whitespace/],
    ['dev-lang/rust[$x]', /invalid USE flag '\$x'/],
    ['dev-lang/rust[a][b]', /nested or repeated/],
    ['dev-lang/rust]', /']' without '\['/],
    ['dev-lang/rust[a]::gentoo', /'\[\.\.\.\]' must close the atom/],
    ['.dev/rust', /invalid category '\.dev'/],
    ['dev-lang/-rust', /invalid package name '-rust'/],
    ['=dev-lang/rust-x', /operator '=' needs a version/],
    ['=dev-lang/rust-1-2', /cannot split 'rust-1-2' into package-version/],
  ])('%j -> %s', (text, message) => {
    const r = parseAtom(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      if (text !== '') expect(r.error).toContain(`'${text}'`);
    }
  });
  it('repo and blockers can be refused', () => {
    expect(parseAtom('dev-lang/rust::gentoo', { allowRepo: false })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only allowed in configuration files/),
    });
    expect(parseAtom('!dev-lang/rust', { allowBlocker: false })).toMatchObject({ ok: false });
  });
  it('requireAtom throws ConfigurationError', () => {
    expect(() => requireAtom('rust')).toThrow(ConfigurationError);
    expect(requireAtom('dev-lang/rust').package).toBe('rust');
  });
});

describe('atomMatches', () => {
  const rust = (version: string, extra: Partial<PackageRef> = {}): PackageRef => ({
    category: 'dev-lang',
    package: 'rust',
    version,
    slot: version.replace(/-r\d+$/, ''),
    repo: 'gentoo',
    ...extra,
  });
  it.each([
    ['dev-lang/rust', '1.75.0', true],
    ['dev-lang/rust-bin', '1.75.0', false],
    ['dev-util/rust', '1.75.0', false],
    ['=dev-lang/rust-1.75.0', '1.75.0', true],
    ['=dev-lang/rust-1.75.0', '1.75.0-r0', true],
    ['=dev-lang/rust-1.75.0', '1.75.0-r1', false],
    ['=dev-lang/rust-1.75.0-r1', '1.75.0-r1', true],
    ['~dev-lang/rust-1.75.0', '1.75.0-r7', true],
    ['~dev-lang/rust-1.75.0', '1.75.1', false],
    ['<dev-lang/rust-1.75.0', '1.74.9', true],
    ['<dev-lang/rust-1.75.0', '1.75.0_rc1', true],
    ['<dev-lang/rust-1.75.0', '1.75.0', false],
    ['<=dev-lang/rust-1.75.0', '1.75.0', true],
    ['<=dev-lang/rust-1.75.0', '1.75.0-r1', false],
    ['>dev-lang/rust-1.75.0-r1', '1.75.0-r2', true],
    ['>dev-lang/rust-1.75.0-r1', '1.75.0-r1', false],
    ['>=dev-lang/rust-1.75.0', '1.97.1', true],
    ['>=dev-lang/rust-1.75.0', '1.75.0_p1', true],
    ['=dev-lang/rust-1*', '1.75.0', true],
    ['=dev-lang/rust-1*', '1', true],
    ['=dev-lang/rust-1*', '10', false],
    ['=dev-lang/rust-1*', '10.1', false],
    ['=dev-lang/rust-1.7*', '1.75.0', false],
    ['=dev-lang/rust-1.75*', '1.75.0-r1', true],
    ['=dev-lang/rust-1.75*', '1.75', true],
    ['=dev-lang/rust-1.75*', '1.750', false],
    ['=dev-lang/rust-1.75.0_rc*', '1.75.0_rc2', true],
    ['=dev-lang/rust-1.75.0*', '1.75.0b', true],
    ['=dev-lang/rust-01*', '1.2', true],
    ['dev-lang/rust::gentoo', '1.75.0', true],
    ['dev-lang/rust::regicide-rust', '1.75.0', false],
    ['dev-lang/rust:1.75', '1.75.0', false],
    ['dev-lang/rust:1.75.0', '1.75.0-r1', true],
    ['dev-lang/rust:*', '1.75.0', true],
    ['dev-lang/rust[foo]', '1.75.0', true],
    ['!dev-lang/rust', '1.75.0', true],
  ])('%s matches %s: %s', (atom, version, expected) => {
    expect(atomMatches(ok(atom), rust(version))).toBe(expected);
  });
  it('sub-slots, and a missing sub-slot equals the slot', () => {
    const a = ok('dev-lang/rust:0/1.75');
    expect(atomMatches(a, rust('1.75.0', { slot: '0/1.75' }))).toBe(true);
    expect(atomMatches(a, rust('1.75.0', { slot: '0', subslot: '1.75' }))).toBe(true);
    expect(atomMatches(a, rust('1.75.0', { slot: '0/1.76' }))).toBe(false);
    expect(atomMatches(ok('dev-lang/rust:0/0'), rust('1.75.0', { slot: '0' }))).toBe(true);
    expect(atomMatches(a, rust('1.75.0', { slot: undefined }))).toBe(false);
  });
  it('wildcards', () => {
    const w = { allowWildcard: true };
    expect(atomMatches(ok('*/*::gentoo', w), rust('1'))).toBe(true);
    expect(atomMatches(ok('*/*::guru', w), rust('1'))).toBe(false);
    expect(atomMatches(ok('dev-*/rust', w), rust('1'))).toBe(true);
    expect(atomMatches(ok('dev-*/r*t', w), rust('1'))).toBe(true);
    expect(atomMatches(ok('sys-*/rust', w), rust('1'))).toBe(false);
    // A '.' in a category must be literal, not "any character".
    expect(atomMatches(ok('dev.*/x', w), { category: 'devx/x', package: 'x', version: '1' })).toBe(false);
  });
  it('accepts a parsed Version and rejects an invalid version string', () => {
    const a = ok('>=dev-lang/rust-1');
    expect(atomMatches(a, rust('bogus'))).toBe(false);
  });
  it('=ver* is a component-boundary prefix (property: an appended component or suffix always matches)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,3}(\.[0-9]{1,3}){0,3}$/), fc.stringMatching(/^(\.[0-9]{1,3}|_p[0-9]?|-r[0-9])$/), (base, tail) => {
        expect(globVersionMatches(base, base + tail)).toBe(true);
        // Appending a digit to the last component crosses no boundary.
        expect(globVersionMatches(base, base + '7')).toBe(false);
      }),
    );
  });
});
