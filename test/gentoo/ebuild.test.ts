import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { braceExpand } from '../../shared/gentoo/ebuild/brace.js';
import { QuoteStops } from '../../shared/gentoo/ebuild/bash-scan.js';
import { isAssignmentWord } from '../../shared/gentoo/ebuild/bash-syntax.js';
import { ebuildEnv, parseEbuild, splitAssignment } from '../../shared/gentoo/ebuild/parse.js';
import { parseSrcUri, srcUriDistfiles } from '../../shared/gentoo/ebuild/src-uri.js';
import type { EbuildValue } from '../../shared/gentoo/types.js';

const FILE = 'app-misc/tool/tool-1.2.3_rc1-r2.ebuild';
const v = (text: string, name: string, file: string | undefined = FILE): EbuildValue | undefined => parseEbuild(text, file).vars[name];
const str = (text: string, name: string, file?: string): string | undefined => {
  const x = v(text, name, file ?? FILE);
  return x?.kind === 'string' ? x.value : undefined;
};
const arr = (text: string, name: string): string[] | undefined => {
  const x = v(text, name);
  return x?.kind === 'array' ? x.values : undefined;
};

describe('ebuildEnv', () => {
  it('derives PN PV PR PVR P PF CATEGORY from the path', () => {
    expect(ebuildEnv(FILE)).toEqual({
      PN: 'tool', PV: '1.2.3_rc1', PR: 'r2', PVR: '1.2.3_rc1-r2', P: 'tool-1.2.3_rc1', PF: 'tool-1.2.3_rc1-r2', CATEGORY: 'app-misc',
    });
    expect(ebuildEnv('rust-1.75.0.ebuild')).toMatchObject({ PR: 'r0', PVR: '1.75.0', PF: 'rust-1.75.0' });
    expect(ebuildEnv('not-an-ebuild.txt')).toEqual({});
  });
});

describe('parseEbuild: quoting and assignments', () => {
  it('reads plain, double- and single-quoted values with their lines', () => {
    const info = parseEbuild('EAPI=8\nSLOT="0"\nLICENSE=\'MIT\'\nDESCRIPTION="It\'s \\"quoted\\""\n', FILE);
    expect(info.vars.EAPI).toEqual({ kind: 'string', value: '8', line: 1 });
    expect(info.vars.SLOT).toEqual({ kind: 'string', value: '0', line: 2 });
    expect(info.vars.LICENSE).toEqual({ kind: 'string', value: 'MIT', line: 3 });
    expect(info.vars.DESCRIPTION).toEqual({ kind: 'string', value: 'It\'s "quoted"', line: 4 });
    expect(info.findings).toEqual([]);
  });

  it('keeps multi-line quoted strings', () => {
    expect(str('KEYWORDS="\n\t~amd64\n\t~arm64\n"\n', 'KEYWORDS')).toBe('\n\t~amd64\n\t~arm64\n');
  });

  it('joins line continuations', () => {
    expect(str('IUSE="a \\\nb"\nX=one\\\ntwo\n', 'IUSE')).toBe('a b');
    expect(str('X=one\\\ntwo\n', 'X')).toBe('onetwo');
  });

  it('reads bash arrays spanning lines, with comments and quoted elements', () => {
    const text = 'RUST_TARGETS=(\n\tx86_64-unknown-linux-gnu # host\n\t"aarch64-unknown-linux-gnu"\n\t\'a b\' c"d e"\n)\n';
    expect(v(text, 'RUST_TARGETS')).toEqual({
      kind: 'array',
      values: ['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'a b', 'cd e'],
      line: 1,
    });
  });

  it('appends with += to strings and arrays', () => {
    expect(str('LICENSE="MIT"\nLICENSE+=" Apache-2.0"\n', 'LICENSE')).toBe('MIT Apache-2.0');
    expect(arr('PATCHES=( a.patch )\nPATCHES+=( b.patch )\n', 'PATCHES')).toEqual(['a.patch', 'b.patch']);
    expect(str('IUSE+="x"\n', 'IUSE')).toBe('x');
  });

  it('reads export/declare assignments and several assignments on one line', () => {
    const info = parseEbuild('export A=1 B="2"\ndeclare -a C=( x y )\nD=3; E=4\n', FILE);
    expect(Object.fromEntries(Object.entries(info.vars).map(([k, x]) => [k, x.kind === 'string' ? x.value : x.kind === 'array' ? x.values : x.kind]))).toEqual({
      A: '1', B: '2', C: ['x', 'y'], D: '3', E: '4',
    });
  });

  it('does not treat `X=1 command` as an assignment', () => {
    expect(v('LC_ALL=C sort file\n', 'LC_ALL')).toBeUndefined();
  });

  it('unset removes a variable', () => {
    expect(v('A=1\nunset A\n', 'A')).toBeUndefined();
  });
});

describe('QuoteStops', () => {
  it('finds the next " \\ $ or backquote as a scan would, for lookups that go forward, repeat and go back', () => {
    const scan = (t: string, i: number): number => {
      let e = i;
      while (e < t.length && !'"\\$`'.includes(t[e])) e++;
      return e;
    };
    let seed = 20261203;
    const rnd = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const chars = ['a', ' ', '\n', '"', '\\', '$', '`', '\'', 'é'];
    let lookups = 0;
    for (let k = 0; k < 500; k++) {
      const t = Array.from({ length: rnd(40) }, () => chars[rnd(chars.length)]).join('');
      const stops = new QuoteStops(t);
      let i = 0;
      for (let q = 0; q < 30; q++) {
        // mostly forward from the last stop (as the scanners go), sometimes anywhere
        i = rnd(4) === 0 ? rnd(t.length + 1) : Math.min(t.length, stops.next(i) + rnd(2));
        expect(stops.next(i), `${JSON.stringify(t)} @${i}`).toBe(scan(t, i));
        lookups++;
      }
    }
    expect(lookups).toBe(15_000);
  });
});

describe('assignment words, read in place', () => {
  // the regexes they replace, as references
  const EVALUATOR = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/;
  const BASH = /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?=/;
  // words built from the pieces where the two readings can go wrong: name characters and their neighbours
  // (0 9 A Z a z _ and @ [ ` {), brackets, + and =, quotes, blanks, and characters past ASCII
  const pieces = ['A', 'z', '_', '0', '9', '@', '`', '{', '/', ':', '[', ']', '+', '=', '"', "'", ' ', '\n', '$', 'é', 'X_1', '[i]', '+=', '=v', ']=', '[a]b', ']+='];
  let seed = 20261203;
  const rnd = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const words = new Set<string>(['', 'A=', 'A+=', 'A[=', 'A[]=', 'A[x]y]=', 'A[x]+', 'A]=', '_=', '9A=', 'CRATES="\n\tanyhow@1.0.86\n"']);
  // half of them start with a name, so the readings past it (subscript, +, =) are reached often
  for (let k = 0; k < 30_000; k++) words.add((rnd(2) ? ['A', 'X_1', '_'][rnd(3)] : '') + Array.from({ length: 1 + rnd(7) }, () => pieces[rnd(pieces.length)]).join(''));

  it('splitAssignment has the parts the regex captures, on every word it matches, and none where it does not', () => {
    let matched = 0;
    for (const w of words) {
      const m = EVALUATOR.exec(w);
      expect(splitAssignment(w), JSON.stringify(w)).toEqual(m ? { name: m[1], index: m[2], append: m[3] === '+', value: m[4] } : undefined);
      if (m) matched++;
    }
    expect(matched).toBeGreaterThan(2000);
  });
  it("isAssignmentWord is bash's reading: the regex's answer on every word", () => {
    let yes = 0;
    for (const w of words) {
      expect(isAssignmentWord(w), JSON.stringify(w)).toBe(BASH.test(w));
      if (BASH.test(w)) yes++;
    }
    // and where the two readings differ (a subscript with a `]` inside), both are reached
    expect([...words].filter((w) => BASH.test(w) !== EVALUATOR.test(w)).length).toBeGreaterThan(50);
    expect(yes).toBeGreaterThan(2000);
  });
});

describe('parseEbuild: expansions', () => {
  it('expands PN/PV/P/PVR and earlier variables', () => {
    const text = 'MY_PN="${PN^}"\nMY_P="${MY_PN}-${PV}"\nS="${WORKDIR}/${MY_P}"\nSRC_URI="https://x.org/${P}/${PVR}.tgz"\n';
    expect(str(text, 'MY_P')).toBe('Tool-1.2.3_rc1');
    expect(str(text, 'S')).toBe('${WORKDIR}/Tool-1.2.3_rc1');
    expect(str(text, 'SRC_URI')).toBe('https://x.org/tool-1.2.3_rc1/1.2.3_rc1-r2.tgz');
  });

  it('evaluates the parameter operators', () => {
    const f = 'dev-lang/rust/rust-1.75.0_beta2-r1.ebuild';
    const q = (expr: string): string | undefined => str(`X="${expr}"\n`, 'X', f);
    expect(q('${PV%%_*}')).toBe('1.75.0');
    expect(q('${PV%.*}')).toBe('1.75');
    expect(q('${PV%%.*}')).toBe('1');
    expect(q('${PV#*.}')).toBe('75.0_beta2');
    expect(q('${PV##*.}')).toBe('0_beta2');
    expect(q('${PV//./_}')).toBe('1_75_0_beta2');
    expect(q('${PV/./-}')).toBe('1-75.0_beta2');
    expect(q('${PV/_beta/-beta.}')).toBe('1.75.0-beta.2');
    expect(q('${PV:0:4}')).toBe('1.75');
    expect(q('${PN^^}')).toBe('RUST');
    expect(q('${#PN}')).toBe('4');
    expect(q('${CATEGORY}')).toBe('dev-lang');
  });

  it('evaluates ver_cut and ver_rs', () => {
    const f = 'app-misc/a/a-1.2.3.4.ebuild';
    expect(str('X=$(ver_cut 1-2)\n', 'X', f)).toBe('1.2');
    expect(str('X=$(ver_cut 3-)\n', 'X', f)).toBe('3.4');
    expect(str('X="$(ver_rs 1- _)"\n', 'X', f)).toBe('1_2_3_4');
    expect(str('X=$(ver_rs 3 -)\n', 'X', f)).toBe('1.2.3-4');
    expect(str('X=$(ver_cut 2 5.6.7)\n', 'X', f)).toBe('6');
  });

  it('marks values built from eclass variables, command substitutions or arithmetic unknown, with a reason', () => {
    const info = parseEbuild('RDEPEND="${PYTHON_DEPS} dev-libs/foo"\nA=$(usex x y z)\nB=$((1+2))\nC=`date`\n', FILE);
    expect(info.vars.RDEPEND).toMatchObject({ kind: 'unknown', line: 1, raw: '"${PYTHON_DEPS} dev-libs/foo"' });
    expect((info.vars.RDEPEND as { reason: string }).reason).toContain('PYTHON_DEPS');
    expect(info.vars.A).toMatchObject({ kind: 'unknown' });
    expect((info.vars.A as { reason: string }).reason).toContain('command substitution');
    expect(info.vars.B).toMatchObject({ kind: 'unknown' });
    expect(info.vars.C).toMatchObject({ kind: 'unknown' });
  });

  it('cannot expand PV without a file name', () => {
    expect(parseEbuild('SLOT="${PV}"\n').vars.SLOT).toMatchObject({ kind: 'unknown' });
  });

  it('an unknown value stays unknown when appended to', () => {
    expect(v('A="${X}"\nA+=" b"\n', 'A')).toMatchObject({ kind: 'unknown' });
  });

  it('keeps build-time directories verbatim in arrays', () => {
    expect(arr('PATCHES=( "${FILESDIR}/${P}-fix.patch" "${FILESDIR}"/other.patch )\n', 'PATCHES')).toEqual([
      '${FILESDIR}/tool-1.2.3_rc1-fix.patch',
      '${FILESDIR}/other.patch',
    ]);
  });

  it('brace-expands array elements and splits "${A[@]}"', () => {
    expect(arr('PYTHON_COMPAT=( python3_{11..13} pypy3 )\n', 'PYTHON_COMPAT')).toEqual(['python3_11', 'python3_12', 'python3_13', 'pypy3']);
    expect(arr('A=( x "y z" )\nB=( "${A[@]}" w )\n', 'B')).toEqual(['x', 'y z', 'w']);
    expect(str('A=( x y )\nB="${A[*]}"\n', 'B')).toBe('x y');
    expect(braceExpand('a{b,c}d{1..2}')).toEqual(['abd1', 'abd2', 'acd1', 'acd2']);
    expect(braceExpand('"{a,b}"')).toEqual(['"{a,b}"']);
  });

  it('refuses file-name patterns in array elements', () => {
    expect(v('PATCHES=( "${FILESDIR}"/*.patch )\n', 'PATCHES')).toMatchObject({ kind: 'unknown' });
  });
});

describe('parseEbuild: conditions, functions, inherit', () => {
  const LIVE = 'if [[ ${PV} == *9999* ]]; then\n\tinherit git-r3\n\tEGIT_REPO_URI="https://x"\nelse\n\tSRC_URI="https://x/${P}.tar.gz"\n\tKEYWORDS="~amd64"\nfi\n';

  it('takes the branch of a [[ ${PV} == pattern ]] it can decide', () => {
    const rel = parseEbuild(LIVE, 'app-misc/x/x-1.0.ebuild');
    expect(rel.vars.KEYWORDS).toMatchObject({ kind: 'string', value: '~amd64' });
    expect(rel.vars.EGIT_REPO_URI).toBeUndefined();
    expect(rel.inherit).toEqual([]);
    const live = parseEbuild(LIVE, 'app-misc/x/x-9999.ebuild');
    expect(live.vars.KEYWORDS).toBeUndefined();
    expect(live.inherit).toEqual(['git-r3']);
  });

  it('marks assignments under undecidable conditions unknown, never guessed', () => {
    const info = parseEbuild(LIVE); // no file name: PV unknown
    expect(info.vars.KEYWORDS).toMatchObject({ kind: 'unknown', line: 6 });
    expect((info.vars.KEYWORDS as { reason: string }).reason).toMatch(/condition \(line 4\)/);
    const use = parseEbuild('if use foo; then\n\tX=1\nfi\nY=2\n', FILE);
    expect(use.vars.X).toMatchObject({ kind: 'unknown' });
    expect(use.vars.Y).toMatchObject({ kind: 'string', value: '2' });
  });

  it('decides `if true` / `if false` blocks', () => {
    expect(str('if true; then\n\tA=on\nfi\nif false; then\n\tB=off\nfi\n', 'A')).toBe('on');
    expect(v('if false; then\n\tB=off\nfi\n', 'B')).toBeUndefined();
    expect(str('if ! false; then B=yes; fi\n', 'B')).toBe('yes');
  });

  it('handles elif chains', () => {
    const text = 'if [[ ${PV} == 9999 ]]; then\n\tK=live\nelif [[ ${PV} == *_rc* ]]; then\n\tK=rc\nelse\n\tK=stable\nfi\n';
    expect(str(text, 'K', 'a/b/b-1.0_rc1.ebuild')).toBe('rc');
    expect(str(text, 'K', 'a/b/b-1.0.ebuild')).toBe('stable');
    expect(str(text, 'K', 'a/b/b-9999.ebuild')).toBe('live');
  });

  it('decides `[[ … ]] && X=` and `|| X=` lists, and marks `use x && X=` unknown', () => {
    expect(str('[[ ${PV} == *_rc* ]] && RESTRICT=test\n', 'RESTRICT')).toBe('test');
    expect(v('[[ ${PV} == *_rc* ]] || RESTRICT=test\n', 'RESTRICT')).toBeUndefined();
    expect(v('use x && A=1\n', 'A')).toMatchObject({ kind: 'unknown' });
    expect(v('has_version foo || A=1\n', 'A')).toMatchObject({ kind: 'unknown' });
  });

  it('marks assignments inside case and loops unknown', () => {
    expect(v('case ${ARCH} in\n\tamd64) A=x ;;\n\t*) A=y ;;\nesac\n', 'A')).toMatchObject({ kind: 'unknown' });
    expect(v('for x in a b; do\n\tB+=" $x"\ndone\n', 'B')).toMatchObject({ kind: 'unknown' });
  });

  it('ignores function bodies, including here-documents with braces and quotes', () => {
    const text = [
      'SLOT="0"',
      'src_prepare() {',
      '\tSLOT=bogus',
      '\tcat > x <<-EOF',
      '\t} { " \'',
      '\tEOF',
      '\tif true; then :; fi',
      '\tdefault',
      '}',
      'function pkg_postinst {',
      '\tKEYWORDS=x',
      '}',
      'src_test() { SLOT=also-bogus; }',
      'KEYWORDS="~amd64"',
    ].join('\n');
    const info = parseEbuild(text, FILE);
    expect(info.vars.SLOT).toMatchObject({ kind: 'string', value: '0' });
    expect(info.vars.KEYWORDS).toMatchObject({ kind: 'string', value: '~amd64', line: 14 });
    expect(info.findings).toEqual([]);
  });

  it('collects inherit across continuation lines', () => {
    expect(parseEbuild('inherit cargo \\\n\tflag-o-matic\ninherit toolchain-funcs\n', FILE).inherit).toEqual(['cargo', 'flag-o-matic', 'toolchain-funcs']);
  });
});

describe('SRC_URI', () => {
  it('reads renames and USE-conditional groups', () => {
    const text = 'https://a.org/v${PV}.tar.gz -> x-1.tar.gz\n test? ( https://a.org/testdata.zip )\n !system-llvm? ( amd64? ( https://l.org/llvm.tar.xz -> llvm-17.tar.xz ) )\n mirror://gentoo/aa/patches.tar.xz';
    expect(parseSrcUri(text)).toEqual([
      { uri: 'https://a.org/v${PV}.tar.gz', distfile: 'x-1.tar.gz', conditions: [] },
      { uri: 'https://a.org/testdata.zip', distfile: 'testdata.zip', conditions: ['test'] },
      { uri: 'https://l.org/llvm.tar.xz', distfile: 'llvm-17.tar.xz', conditions: ['!system-llvm', 'amd64'] },
      { uri: 'mirror://gentoo/aa/patches.tar.xz', distfile: 'patches.tar.xz', conditions: [] },
    ]);
    expect(srcUriDistfiles('a.org/f.tgz b.org/f.tgz')).toEqual(['f.tgz']);
    expect(srcUriDistfiles({ kind: 'unknown', raw: '', line: 1, reason: 'x' })).toBeUndefined();
    expect(srcUriDistfiles(undefined)).toEqual([]);
    // the same names as parseSrcUri's entries, on every arrangement of groups, renames and separators
    const parts = ['https://a.org/f-1.tar.gz', 'mirror://x/g.tgz', '->', 'h.crate', 'test?', '(', ')', '!x?', '||', 'https://b.org/f-1.tar.gz', 'https://c.org/', 'i.zip'];
    let seed = 20260501;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let k = 0; k < 2000; k++) {
      // every white space /\s/ knows separates words, Unicode's too
      const text = Array.from({ length: rnd(12) }, () => parts[rnd(parts.length)]).join([' ', '\n\t', '  ', '\v\f\r', '\u00a0', '\u2003\u3000', '\ufeff', '\u2028'][rnd(8)]);
      expect(srcUriDistfiles(text), text).toEqual([...new Set(parseSrcUri(text).map((e) => e.distfile))]);
    }
  });

  it('computes CARGO_CRATE_URIS from CRATES at inherit time, as cargo.eclass does', () => {
    const text = 'CRATES="\n\tanyhow@1.0.86\n\tlibc-0.2.155\n"\ninherit cargo\nSRC_URI="https://x.org/${P}.tar.gz ${CARGO_CRATE_URIS}"\n';
    expect(srcUriDistfiles(v(text, 'SRC_URI'))).toEqual(['tool-1.2.3_rc1.tar.gz', 'anyhow-1.0.86.crate', 'libc-0.2.155.crate']);
    // CRATES set only after inherit: the eclass saw none
    expect(srcUriDistfiles(v('inherit cargo\nCRATES="a@1.0.0"\nSRC_URI="${CARGO_CRATE_URIS}"\n', 'SRC_URI'))).toEqual([]);
    // CRATES changed after inherit: the URIs are those of the value inherit saw (computed when first expanded)
    expect(srcUriDistfiles(v('CRATES="a@1.0.0"\ninherit cargo\nCRATES="b@2.0.0"\nSRC_URI="${CARGO_CRATE_URIS}"\n', 'SRC_URI'))).toEqual(['a-1.0.0.crate']);
    // the legacy function reads CRATES when called
    expect(srcUriDistfiles(v('CRATES="a@1.0.0"\nSRC_URI="$(cargo_crate_uris)"\n', 'SRC_URI'))).toEqual(['a-1.0.0.crate']);
    // git crates are not computed
    expect(v('declare -A GIT_CRATES=( [a]="u;c" )\nCRATES="b@1.0.0"\ninherit cargo\nSRC_URI="${CARGO_CRATE_URIS}"\n', 'SRC_URI')).toMatchObject({ kind: 'unknown' });
  });
});

describe('parseEbuild: malformed input', () => {
  // messages and lines as `bash -n` (bash 5.2) prints them for the same text
  it.each([
    ['SLOT="0\n', 'unexpected EOF while looking for matching `"\'', 1],
    ["A='x\n", "unexpected EOF while looking for matching `''", 1],
    ['A=( x y\n', "unexpected EOF while looking for matching `)'", 1],
    ['if [[ x ]]; then\nA=1\n', 'syntax error: unexpected end of file: the "if" opened on line 1 is not closed', 3],
    ['fi\n', "syntax error near unexpected token `fi'", 1],
    ['src_prepare() {\n\tdefault\n', 'unexpected end of file: the function src_prepare() opened on line 1 is not closed', 3],
    ['A=1\nB="$(foo\n', 'unexpected EOF while looking for matching `)\': the "$(" opened on line 2 is not closed', 3],
  ])('%j → finding', (text, msg, line) => {
    const info = parseEbuild(text, 'a/b/b-1.ebuild');
    expect(info.findings).toHaveLength(1);
    expect(info.findings[0]).toMatchObject({ code: 'ebuild-syntax', severity: 'error', file: 'a/b/b-1.ebuild', line });
    expect(info.findings[0].message).toContain(msg);
    expect(info.bashError?.line).toBe(line);
  });

  it('an unclosed here-document is only a warning to bash: no finding', () => {
    const info = parseEbuild('cat <<EOF\nnever closed\n', 'a/b/b-1.ebuild');
    expect(info.findings).toEqual([]);
    expect(info.bashError).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseEbuild(s, 'a/b/b-1.ebuild');
      }),
      { numRuns: 500 },
    );
    const alphabet = fc.constantFrom('A=', '"', "'", '$', '{', '}', '(', ')', '\\', '\n', ' ', ';', '&&', 'if', 'fi', 'then', '<<', 'EOF', '#', 'x', '${PV}', '$(', '[[', ']]', '==', '*');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const info = parseEbuild(parts.join(''), 'a/b/b-1.ebuild');
        for (const f of info.findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile depth and size', () => {
  const H = 'EAPI=8\nSLOT="0"\nKEYWORDS="~amd64"\n';
  const read = (text: string) => parseEbuild(text, 'app-misc/foo/foo-1.0.ebuild', { eclass: () => undefined });

  it('thousands of levels of ${, {a,b} or case: a finding that says so, not a stack overflow', () => {
    for (const text of [
      `${H}A=${'${'.repeat(16_000)}X${'}'.repeat(16_000)}\n`,
      `${H}A=( ${'{a,b}'.repeat(16_000)} )\n`,
      `${H}${'case x in x) '.repeat(4_000)}A=1${' ;; esac'.repeat(4_000)}\n`,
    ]) {
      const info = read(text);
      expect(info.findings.map((f) => f.code)).toEqual(['ebuild-too-deep']);
      expect(info.findings[0]).toMatchObject({ severity: 'warning', file: 'app-misc/foo/foo-1.0.ebuild' });
      expect(info.vars).toEqual({});
    }
  });

  it('command substitutions nested 26 deep after export, local and declare are checked once each', () => {
    // (the word after `export` was read in two modes, each reading every $(…) in it: 2^depth)
    for (const cmd of ['export', 'local', 'declare -a']) {
      const nested = `${cmd} $(`.repeat(26) + 'x' + ')'.repeat(26);
      expect(read(`${H}f() {\n${nested}\n}\n`).findings.filter((f) => f.code === 'ebuild-syntax')).toEqual([]);
      expect(read(`${H}f() {\n${nested.slice(0, -1)}\n}\n`).findings.map((f) => f.code)).toEqual(['ebuild-syntax']);
    }
  });

  it('an array of 300,000 fields from one expansion is read whole', () => {
    // (the fields were spread into push() as arguments: RangeError past ~120,000)
    const info = read(`${H}X="${'w '.repeat(300_000)}"\nA=( \${X} )\n`);
    const a = info.vars.A;
    expect(a?.kind).toBe('array');
    expect(a?.kind === 'array' && a.values.length).toBe(300_000);
  });
});
