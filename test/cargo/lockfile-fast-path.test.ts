/**
 * Every layout cargo writes is read by the lockfile reader's fast path, without the general TOML parser: a lock
 * that fell to smol-toml cost the audit ~4.5× the parse of the same file (issue 14's goal is ≤ 2×), and
 * cargo writes more than `[[package]]` and V1's `[metadata]`. The two fixtures below are cargo 1.95's own
 * output (`cargo generate-lockfile --offline`):
 * - lock-patch-unused: `[patch.crates-io] foo = { path = "../foo" }` that no dependency uses, which cargo
 *   records as a `[[patch.unused]]` table;
 * - lock-replace: `[replace] "foo:0.1.0" = { path = "../foo2" }` over a vendored registry crate, which cargo
 *   records as `replace = "foo 0.1.0"` in the replaced package.
 * Nor only cargo's layout: a lock edited by hand or written by a script or a formatter (blanks, comments after
 * values, literal strings, an array on one line) fell to smol-toml too, at ~3.7× the parse for the audit.
 * smol-toml's `parse` is watched (the general path is the only caller); both paths must still agree.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const calls = vi.hoisted(() => ({ parse: 0 }));
vi.mock('smol-toml', async (importOriginal) => {
  const real = await importOriginal<typeof import('smol-toml')>();
  return {
    ...real,
    parse: (...args: Parameters<typeof real.parse>) => {
      calls.parse++;
      return real.parse(...args);
    },
  };
});

const { parseLockfile, parseLockfileOrThrow } = await import('../../shared/cargo/lockfile.js');
const { buildGraph, directDependents } = await import('../../shared/cargo/graph.js');

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');
const fixture = (name: string) => readFileSync(join(FIX, name, 'Cargo.lock'), 'utf8');

/** Parsed on the fast path: smol-toml's parse is not called, and the general path reads the same lock. */
function readFast(text: string) {
  calls.parse = 0;
  const fast = parseLockfile(text);
  expect(calls.parse, 'the general TOML parser was used').toBe(0);
  expect(fast).toEqual(parseLockfile(text, { generalParser: true }));
  expect(calls.parse).toBe(1);
  return fast;
}

beforeEach(() => {
  calls.parse = 0;
});

describe('the lockfile fast path reads every layout cargo writes', () => {
  const written = [
    'lock-v1-metadata',
    'lock-v2-inline-checksum',
    'lock-v3-git-branch',
    'lock-v4-git-url-encoded',
    'lock-path-registry-tie',
    'lock-debian-checksum',
    'lock-dev-cycle',
    'lock-patch-unused',
    'lock-replace',
  ];
  for (const name of written) it(name, () => expect(readFast(fixture(name)).ok).toBe(true));

  it('real locks of every version (../shared/bench-data/cargo-locks), where present', () => {
    const files = ['rust-lang-cargo-Cargo.lock', 'astral-sh-uv-Cargo.lock', 'format-samples/deno-2019-v1-Cargo.lock', 'format-samples/deno-2020-v2-Cargo.lock', 'format-samples/deno-2022-v3-Cargo.lock'];
    for (const f of files.filter((f) => existsSync(join(BENCH, f)))) expect(readFast(readFileSync(join(BENCH, f), 'utf8')).ok, f).toBe(true);
  });

  it('an unused patch is not a package of the lock, and its dependency strings are not resolved', () => {
    const text = `${fixture('lock-patch-unused')}\n[[patch.unused]]\nname = "baz"\nversion = "0.3.0"\nsource = "git+https://example.org/baz#0123456789abcdef0123456789abcdef01234567"\ndependencies = [\n "nowhere 9.9.9",\n]\n`;
    const r = readFast(text);
    const lock = r.ok ? r.lock : undefined;
    expect(lock?.packages.map((p) => p.id)).toEqual(['app 0.1.0', 'bar 0.2.0']);
    expect(lock?.findings).toEqual([]);
    // V4 either way; without a version line, the packages' strings alone decide V1 or V2
    expect(lock?.version).toBe(4);
  });

  it('a replaced package keeps its own id, checksum and dependencies as written, and names its replacement', () => {
    const reg = 'foo 0.1.0 (registry+https://github.com/rust-lang/crates.io-index)';
    for (const generalParser of [false, true]) {
      const lock = parseLockfileOrThrow(fixture('lock-replace'), { generalParser });
      expect(lock.packages.map((p) => p.id)).toEqual(['app 0.1.0', 'foo 0.1.0', reg]);
      expect(lock.packages[0]!.dependencies).toEqual([reg]);
      expect(lock.packages[2]!.checksum).toMatch(/^0{64}$/);
      // `replace = "foo 0.1.0"`: the path package without a source, which cargo builds instead
      expect([...lock.replacements!]).toEqual([[reg, 'foo 0.1.0']]);
      // as cargo builds it: app depends on the path copy, which is a dependency, not a workspace member
      const g = buildGraph(lock);
      expect(g.roots).toEqual(['app 0.1.0']);
      expect(directDependents(g, 'foo 0.1.0')).toEqual(['app 0.1.0']);
      expect(directDependents(g, reg)).toEqual([]);
    }
    // a `replace` that names the package itself, or none, replaces nothing
    for (const to of ['foo 0.1.0 (registry+https://github.com/rust-lang/crates.io-index)', 'bar 9.9.9']) {
      const lock = parseLockfileOrThrow(fixture('lock-replace').replace('replace = "foo 0.1.0"', `replace = "${to}"`));
      expect(lock.replacements!.size).toBe(0);
      expect(directDependents(buildGraph(lock), reg)).toEqual(['app 0.1.0']);
    }
  });

  it('a key repeated in an unused patch or a `replace` repeated is invalid TOML, as on the general path', () => {
    for (const [text, line] of [
      [`${fixture('lock-patch-unused')}name = "again"\n`, 19],
      [`${fixture('lock-replace')}replace = "foo 0.1.0"\n`, 22],
    ] as const) {
      calls.parse = 0;
      const r = parseLockfile(text);
      expect(!r.ok && r.error).toMatchObject({ code: 'lock-malformed-toml', line });
      expect(calls.parse).toBe(1);
    }
  });
});

/**
 * The same lock in another layout, chosen line by line by `rnd`: blanks around keys, `=`, values and table names,
 * comments after them and on lines of their own, literal strings, arrays on one line or with their commas
 * elsewhere, blank lines. Each choice is valid TOML with the same meaning.
 */
function relayout(text: string, rnd: () => number): string {
  const pick = <T,>(...xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const blank = () => pick('', '', ' ', '\t', '  ');
  const after = () => pick('', '', ' ', ' # note', '\t# note: "x" [y]');
  const quote = (v: string) => (rnd() < 0.3 ? `'${v}'` : `"${v}"`);
  const out: string[] = [];
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (rnd() < 0.05) out.push(pick('', '# a comment', '   ', '\t# another'));
    let m: RegExpMatchArray | null;
    if ((m = /^\[\[?(package|metadata|patch\.unused)\]\]?$/.exec(l))) {
      const [open, close] = l.startsWith('[[') ? ['[[', ']]'] : ['[', ']'];
      out.push(`${blank()}${open}${blank()}${m[1]}${blank()}${close}${after()}`);
    } else if ((m = /^(version) = (\d+)$/.exec(l))) out.push(`${blank()}version${blank()}=${blank()}${m[2]}${after()}`);
    else if ((m = /^([a-z]+) = "(.*)"$/.exec(l))) out.push(`${blank()}${m[1]}${blank()}=${blank()}${quote(m[2]!)}${after()}`);
    else if ((m = /^("[^"]*") = "(.*)"$/.exec(l))) out.push(`${blank()}${m[1]}${blank()}=${blank()}${quote(m[2]!)}${after()}`);
    else if (l === 'dependencies = [') {
      const items: string[] = [];
      while (lines[++k] !== ']') items.push(/^ "(.*)",$/.exec(lines[k]!)![1]!);
      const head = `${blank()}dependencies${blank()}=${blank()}[`;
      if (rnd() < 0.5) out.push(`${head}${items.map((d) => `${blank()}${quote(d)}`).join(',')}${pick('', ',', ' , ')}${blank()}]${after()}`);
      else {
        // commas after each string, or before each but the first (and maybe one before the `]`)
        const trailing = rnd() < 0.5;
        out.push(`${head}${after()}`);
        items.forEach((d, i) => out.push(trailing ? `${blank()}${quote(d)}${blank()},${after()}` : `${i === 0 ? '' : ','}${blank()}${quote(d)}${after()}`));
        out.push(`${!trailing && items.length && rnd() < 0.5 ? ',' : ''}${blank()}]${after()}`);
      }
    } else out.push(l);
  }
  return out.join(pick('\n', '\r\n'));
}

describe('a package cargo wrote is read by one match, the rest of it line by line', () => {
  const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
  const sum = (c: string) => c.repeat(64);
  it('lines after the ones the match covers, in any package, with the line of each package and every dependency', () => {
    const text = [
      'version = 3',
      '',
      '[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "a",\n "b 1.0.0",\n "",\n]',
      // the same keys and order, then a key the match does not read
      `[[package]]\nname = "a"\nversion = "0.2.0"\nsource = "${CRATES_IO}"\nchecksum = "${sum('a')}"\nreplace = "a 0.2.0"`,
      // a comment after the source: the match ends after the version
      `[[package]]\nname = "b"\nversion = "1.0.0"\nsource = "${CRATES_IO}" # pinned\nchecksum = "${sum('b')}"\ndependencies = [\n "c",\n]`,
      // an empty list on one line; a dependency on a line with a comment
      `[[package]]\nname = "b"\nversion = "2.0.0"\nsource = "${CRATES_IO}"\nchecksum = "${sum('c')}"\ndependencies = []`,
      `[[package]]\nname = "c"\nversion = "0.3.0"\nsource = "${CRATES_IO}"\nchecksum = "${sum('d')}"\ndependencies = [\n "a", # the first\n]`,
      // the last package without a line end after its list
      `[[package]]\nname = "d"\nversion = "0.4.0"\ndependencies = [\n "c",\n]`,
    ].join('\n\n');
    for (const t of [text, `${text}\n`]) {
      const r = readFast(t);
      const lock = r.ok ? r.lock : undefined;
      expect(lock?.packages.map((p) => [p.id, p.line, p.dependencies])).toEqual([
        ['app 0.1.0', 5, ['a 0.2.0 (registry+https://github.com/rust-lang/crates.io-index)', 'b 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)']],
        [`a 0.2.0 (${CRATES_IO})`, 14, []],
        [`b 1.0.0 (${CRATES_IO})`, 21, [`c 0.3.0 (${CRATES_IO})`]],
        [`b 2.0.0 (${CRATES_IO})`, 30, []],
        [`c 0.3.0 (${CRATES_IO})`, 37, [`a 0.2.0 (${CRATES_IO})`]],
        ['d 0.4.0', 46, [`c 0.3.0 (${CRATES_IO})`]],
      ]);
      // the empty dependency string of app is a finding, at app's line, on both paths
      expect(lock?.findings.map((f) => [f.code, f.line])).toEqual([['lock-unresolved-dependency', 5]]);
    }
  });

  it('a value with a backslash or a control character, or a CRLF line, is not read by the match', () => {
    for (const [line, value] of [
      ['version = "1.0.\\u0030"', 'the escape'],
      ['version = "1.0.0"\r', 'CRLF'],
    ] as const) {
      const text = `version = 4\n\n[[package]]\nname = "x"\n${line}\n`;
      const fast = parseLockfile(text);
      expect(fast, value).toEqual(parseLockfile(text, { generalParser: true }));
    }
  });
});

describe('the lockfile fast path reads other layouts than cargo\'s', () => {
  it('a lock with comments after values, blanks, literal strings and arrays on one line', () => {
    const text = [
      'version=4   # written by a script',
      '',
      '[[ package ]]',
      "  name = 'app'",
      '  version = "0.1.0"  # the workspace',
      "  dependencies = [ 'b', \"c 1.0.0\" , ]",
      '[[package]]\t# two',
      'name = "b"',
      'version = "2.0.0"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      'dependencies = [  # its only dependency',
      '  "c 1.0.0"',
      '  # a comment inside the array',
      ']',
      '[[package]]',
      'name = "c"',
      'version = "1.0.0"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      'checksum = "ab"',
      'dependencies = []',
    ].join('\n');
    const r = readFast(text);
    const lock = r.ok ? r.lock : undefined;
    const reg = '(registry+https://github.com/rust-lang/crates.io-index)';
    expect(lock?.packages.map((p) => [p.id, p.line, p.dependencies])).toEqual([
      ['app 0.1.0', 3, [`b 2.0.0 ${reg}`, `c 1.0.0 ${reg}`]],
      [`b 2.0.0 ${reg}`, 7, [`c 1.0.0 ${reg}`]],
      [`c 1.0.0 ${reg}`, 15, []],
    ]);
    expect(lock?.version).toBe(4);
  });

  it('every fixture relaid out at random reads the same on both paths, without the general parser (fixed seed)', () => {
    const sources = ['lock-v1-metadata', 'lock-v2-inline-checksum', 'lock-v3-git-branch', 'lock-v4-git-url-encoded', 'lock-dev-cycle', 'lock-patch-unused', 'lock-replace'].map(fixture);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.integer(), (which, seed) => {
        let x = seed >>> 0;
        const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
        const text = relayout(sources[which]!, rnd);
        const r = readFast(text);
        const same = parseLockfile(sources[which]!);
        // the same packages and dependencies as cargo's layout of it (lines move with the comments put in)
        expect(r.ok && same.ok && r.lock.packages.map((p) => [p.id, p.checksum, p.dependencies])).toEqual(same.ok && same.lock.packages.map((p) => [p.id, p.checksum, p.dependencies]));
        expect(r.ok && r.lock.version).toBe(same.ok && same.lock.version);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('what the fast path does not read goes to the general one, which says what is wrong', () => {
    for (const [text, code] of [
      ['version = 4\n[[package]]\nname = "a\\u0062"\nversion = "1.0.0"\n', undefined],
      ['version = 4\n[[package]]\nname = """a"""\nversion = "1.0.0"\n', undefined],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [ "b", ]\n[[package]]\nname = "b"\nversion = "1.0.0"\nlinks = { x = 1 }\n', undefined],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0" # \u0001\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [ "b" "c" ]\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [ , ]\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\n  name = "b"\n', 'lock-malformed-toml'],
      // lines the expressions for other layouts (LOOSE_KEY, LOOSE_ARRAY, LOOSE_ELEMENT) must not take
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [\n  "b"\n  "c"\n]\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\n  checksum = "ab" "cd"\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\n  version = \'1.0.0\' # \u007f\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\n  dependencies = [ "b",, ]\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\n  dependencies = [\n  \'b\' , # x\n  , "c"\n]\n', 'lock-malformed-toml'],
      ['version = 4\n[[package]]\n  name = \'a"b\'\nversion = "1.0.0"\n', undefined],
      ['version = 4\n[[package]]\nname = "a"\n  version = \'1.0.0\\\'\n', undefined],
      ['version = 4\n[[package]]\nname = "a"\n  version = "1.0.0"\n  version = "1.0.1"\n', 'lock-malformed-toml'],
    ] as const) {
      calls.parse = 0;
      const r = parseLockfile(text);
      expect(calls.parse, text).toBe(1);
      expect(r.ok ? undefined : r.error.code, text).toBe(code);
      expect(r).toEqual(parseLockfile(text, { generalParser: true }));
    }
  });
});
