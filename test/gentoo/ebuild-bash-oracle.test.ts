/**
 * The ebuild reader against its oracle, `bash -n` (the real bash on this machine): no `ebuild-syntax` finding
 * where bash accepts a file, exactly one — at the line bash names — where it refuses it.
 *
 * Two sources of files: small fixtures with the shapes of real GURU ebuilds the reader once called invalid
 * (and of RegicideOS's rust-1.80.0.ebuild, which bash refuses), and a corpus generated from GURU-shaped
 * constructs with a fixed seed, a quarter of it broken on purpose. Every expectation is bash's own answer,
 * computed here; the fixtures also state it, so the test cannot pass if bash stops answering.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBashSyntax } from '../../shared/gentoo/ebuild/bash-syntax.js';
import { parseEbuild } from '../../shared/gentoo/ebuild/parse.js';

const hasBash = spawnSync('bash', ['--version'], { encoding: 'utf8' }).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'bash-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** bash -n on `text`: undefined when accepted, else the line it names. */
function bashRejects(text: string, name: string): { line: number; message: string } | undefined {
  const file = path.join(dir, name.replace(/[^A-Za-z0-9._-]/g, '_'));
  writeFileSync(file, text);
  const r = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
  if (r.status === 0) return undefined;
  const m = /line (\d+): (?!warning)(.*)/.exec(r.stderr);
  if (!m) throw new Error(`bash -n failed without naming a line: ${r.stderr}`);
  return { line: Number(m[1]), message: m[2] };
}

function syntaxFindings(text: string, file: string) {
  return parseEbuild(text, file).findings.filter((f) => f.code === 'ebuild-syntax');
}

const HEAD = 'EAPI=8\n\ninherit meson\n\nDESCRIPTION="x"\nHOMEPAGE="https://example.org"\nSLOT="0"\nKEYWORDS="~amd64"\n\n';

/** Shapes of real files (GURU unless said), reduced to what made the old reader stumble; line = bash's line. */
const FIXTURES: { name: string; text: string; bash: 'accepts' | { line: number } }[] = [
  {
    // media-sound/spct: a helper defined inside a phase, then passed to multilib_foreach_abi
    name: 'media-sound/spct/spct-1.2.4.ebuild',
    text: HEAD + 'src_compile() {\n\tspct_compile() {\n\t\tif multilib_is_native_abi; then\n\t\t\temake ARCH="$(tc-arch)" bin\n\t\tfi\n\n\t\tif use libspct; then\n\t\t\temake lib\n\t\tfi\n\t}\n\n\tmultilib_foreach_abi spct_compile\n}\n\nsrc_install() {\n\tspct_install() {\n\t\temake PREFIX="${ED}/usr" LIBDIR="${ED}/usr/$(get_libdir)" \\\n\t\t\tinstall-bin\n\t}\n\n\tmultilib_foreach_abi spct_install\n\tdodoc README.md\n}\n',
    bash: 'accepts',
  },
  {
    // media-sound/Tauon: nested helpers with `|| die` and a positional parameter
    name: 'media-sound/Tauon/Tauon-9999.ebuild',
    text: HEAD + 'PATCHES=(\n\t"${FILESDIR}/${PN}-7.9.0-phazor-build.patch"\n)\n\nsrc_compile() {\n\tdistutils-r1_src_compile\n\n\tbuild_locale() {\n\t\tmsgfmt -o "locale/${1}/LC_MESSAGES/tauon.mo" "locale/${1}/LC_MESSAGES/tauon.po" || die\n\t}\n\n\tplocale_for_each_locale build_locale\n}\n\npython_install() {\n\tinstall_locale() {\n\t\tinsinto "/usr/share/locale/${1}/LC_MESSAGES"\n\t}\n\n\tplocale_for_each_locale install_locale\n\tsed -i \'s/Exec=tauon/Exec=tauonmb/g\' extra/tauonmb.desktop || die\n}\n',
    bash: 'accepts',
  },
  {
    // sys-cluster/genders: a function defined inside an `if` inside a phase, an array assignment beside it
    name: 'sys-cluster/genders/genders-1.32.1.ebuild',
    text: HEAD + 'src_install() {\n\tdefault\n\n\tif use perl ; then\n\t\tpushd "${S}/src/extensions/perl" || die\n\t\tmyinst=( DESTDIR="${D}" )\n\t\tpopd || die\n\tfi\n\n\tif use python; then\n\t\tpython_install() {\n\t\t\tdistutils-r1_python_install\n\t\t}\n\t\tdistutils-r1_src_install\n\tfi\n\n\tfind "${ED}" -name \'*.la\' -delete || die\n}\n',
    bash: 'accepts',
  },
  {
    // sci-electronics/kactus2: a helper with `$(…)` in exported values and in an argument, then a second one
    name: 'sci-electronics/kactus2/kactus2-9999.ebuild',
    text: HEAD + 'src_compile() {\n\tdefault\n\tpython_compile() {\n\t\tcp -TR "${S}/" "${BUILD_DIR}/" || die\n\t\tsed -e "s|PYTHON_CONFIG=.*|PYTHON_CONFIG=${EPYTHON}-config|" -i .qmake.conf || die\n\t\texport PYTHON_C_FLAGS="$(python_get_CFLAGS)"\n\t\teqmake6 PREFIX="$(python_get_library_path)"\n\t\tpopd\n\t}\n\tpython_foreach_impl run_in_build_dir python_compile\n}\n\nsrc_install() {\n\temake -j1 INSTALL_ROOT="${D}" install\n\tpython_install() {\n\t\tpython_domodule _pythonAPI.so\n\t}\n\tpython_foreach_impl run_in_build_dir python_install\n}\n',
    bash: 'accepts',
  },
  {
    // phosh-base/phosh-shell: `$(meson_use …)` array elements, a nested test helper, a here-document fed by `-`
    name: 'phosh-base/phosh-shell/phosh-shell-0.50.1.ebuild',
    text: HEAD + 'src_configure() {\n\tlocal emesonargs=(\n\t\t-Dcompositor="${EPREFIX}"/usr/bin/phoc\n\t\t$(meson_use gtk-doc gtk_doc)\n\t\t$(meson_feature test-full phoc_tests)\n\t)\n\tmeson_src_configure\n}\n\nsrc_test() {\n\tmy_src_test() {\n\t\tlocal -x LC_ALL="C.UTF-8"\n\t\tif use test-full; then\n\t\t\tmeson_src_test --suite integration || return 1\n\t\tfi\n\t}\n\n\tcat data/phoc.ini - > "${T}"/phoc.ini <<- EOF || die\n\t\t[core]\n\t\txwayland=false\n\tEOF\n\n\tvirtx my_src_test\n}\n',
    bash: 'accepts',
  },
  {
    // dev-python/openai: a background job, `$!`, a helper with readarray and `[[ … == … ]]`, a while loop
    name: 'dev-python/openai/openai-2.29.0.ebuild',
    text: HEAD + 'src_test() {\n\t"${mock}" --host 127.0.0.1 -p 4010 \\\n\t\t"${DISTDIR}/${API_SPEC}" &> .stdy.log &\n\tlocal mock_pid=$!\n\n\tis_mock_running() {\n\t\tlocal -a args\n\t\treadarray -d \'\' args < "/proc/${mock_pid}/cmdline" 2>/dev/null || return 1\n\t\t[[ "${args[1]}" == "${mock}" ]]\n\t}\n\n\tlocal attempts=0\n\twhile ! curl -sf "http://127.0.0.1:4010/_x-steady/health" &>/dev/null; do\n\t\tif ! is_mock_running; then\n\t\t\tdie "Mock server failed to start"\n\t\tfi\n\t\tsleep 0.1\n\tdone\n\tlocal ret=${?}\n\t[[ ${ret} -ne 0 ]] && die\n}\n',
    bash: 'accepts',
  },
  {
    // games-emulation/dosbox-x: a helper whose body is comments and `use … && ! has_version …`
    name: 'games-emulation/dosbox-x/dosbox-x-9999.ebuild',
    text: HEAD + 'pkg_preinst() {\n\txdg_pkg_preinst\n\n\tnewuse() {\n\t\tlocal flag="${1}"\n\n\t\t# The \'has_version\' call tests if any USE flags are newly enabled.\n\t\tuse "${flag}" && ! has_version "${CATEGORY}/${PN}[${flag}]"\n\t}\n\n\tnewuse debug && PRINT_NOTES_FOR_DEBUGGER=1\n}\n',
    bash: 'accepts',
  },
  {
    // RegicideOS overlays/regicide-rust/dev-rust/rust/rust-1.80.0.ebuild: a quote inside a pattern
    // substitution swallows the `}`, so `${…}` runs on to a later line and the file ends inside the function
    name: 'dev-rust/rust/rust-1.80.0.ebuild',
    text: HEAD + 'src_prepare() {\n\tdefault\n\n\tif use embedded_targets; then\n\t\techo \'target.\'${EMBEDDED_TARGETS[@]// /.target.\'}\' > config.toml\n\tfi\n\n\techo \'target.\'${AI_TARGETS[@]// /.target.\'}\' >> config.toml\n}\n\nsrc_configure() {\n\tlocal tools="cargo,clippy,rustfmt"\n\tuse doc && tools+=",rust-docs"\n}\n\npkg_postinst() {\n\telog "installed"\n}',
    bash: { line: 28 },
  },
  {
    // the same mistake at the top level: bash names the line of the unclosed `${`
    name: 'dev-rust/rust/rust-1.80.1.ebuild',
    text: HEAD + "echo 'target.'${A[@]// /.target.'}'\n",
    bash: { line: 10 },
  },
];

describe('ebuild reader vs bash -n: real GURU shapes', () => {
  it.skipIf(!hasBash).each(FIXTURES)('$name', ({ name, text, bash }) => {
    const verdict = bashRejects(text, name);
    expect(verdict === undefined ? 'accepts' : { line: verdict.line }).toEqual(bash);
    const found = syntaxFindings(text, name);
    if (bash === 'accepts') expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ code: 'ebuild-syntax', severity: 'error', line: bash.line, file: name });
      expect(found[0].message).toContain(verdict!.message);
    }
  });

  it('names the stray ${…} of the RegicideOS mistake, and still reads the variables before it', () => {
    const rust = FIXTURES.find((f) => f.name === 'dev-rust/rust/rust-1.80.0.ebuild')!;
    const info = parseEbuild(rust.text, rust.name);
    expect(info.bashError).toEqual({ line: 28, message: 'syntax error: unexpected end of file' });
    expect(info.findings[0].message).toContain('unexpected end of file: the ${…} expansion opened on line 14 runs to line 23');
    expect(info.vars.SLOT).toMatchObject({ kind: 'string', value: '0' });
  });

  it('keeps the assignments inside nested helper functions out of the global variables', () => {
    const dosbox = FIXTURES.find((f) => f.name.startsWith('games-emulation/dosbox-x'))!;
    const info = parseEbuild(dosbox.text, dosbox.name);
    expect(info.vars.PRINT_NOTES_FOR_DEBUGGER).toBeUndefined();
    expect(info.vars.KEYWORDS).toMatchObject({ kind: 'string', value: '~amd64' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// A generated corpus of GURU-shaped ebuilds (fixed seed).

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One-line commands of the kinds GURU ebuilds use (all valid bash). */
const SIMPLE: string[] = [
  'einfo "Building ${PN} (${PV})"',
  'emake CC="$(tc-getCC)" AR="$(tc-getAR)" || die',
  'local n=$(( ${#PATCHES[@]} + 1 ))',
  '(( n++ ))',
  '[[ ${PV} == 9999 ]] && EGIT_BRANCH=main',
  "sed -i -e 's/a(b)/c/' -e \"s|@P@|${EPREFIX}|\" Makefile || die",
  'echo "${x//\\}/}"',
  "echo \"${x//'}'/}\"",
  'v="${x//[{}]/}"',
  'v=${x/#\\{/}',
  'local -a myconf=( $(use_with foo) "$(use_enable bar)" --with-x="$(usex x yes no)" )',
  'myconf+=( $(usex debug "--enable-debug" "") )',
  'x=$(echo "a)" \'b)\' \\( c \\))',
  'x="$(cd "${S}" && ls -1 | grep -E \'^(a|b)$\')"',
  '[[ ${x} =~ ^([0-9]+)\\.([0-9]+)$ ]] || die',
  'while read -r l; do echo "${l}"; done < <(ls)',
  'x=${y:-$(foo "${z}")}',
  'declare -A m=( [k]=v ["a b"]=c )',
  ': ${FOO:=bar}',
  'exec 3>&1',
  'cmd 2>/dev/null >&2',
  'echo \'don\'"\'"\'t\'',
  'printf \'%s\\n\' "${A[@]/#/-I}"',
  'echo a#b # a comment with (parens) and don\'t',
  "x=$'a\\'b'",
  'echo $[1 + 2]',
  'x=`echo a`',
  'set -- "${@}" --flag',
  'local -x LC_ALL="C.UTF-8"',
  'use test && tests=( $(find . -name "*_test.py") ) || tests=()',
  'cp -r {a,b}/c "${ED}"/usr/share/${PN}{,-data} || die',
  'x=$((16#ff + (2 * 3)))',
  '[[ -n ${A} && ( ${B} == b* || ${C} != @(x|y) ) ]]',
  'echo ${A[@]// /.target.}',
  'tee "${T}"/log >/dev/null <<<"${x}"',
  'mapfile -t files < <(find . -type f -print0 | xargs -0 echo)',
  'x="$(printf \'%s\' "$(basename "$(pwd)")")"',
];

/** Multi-line constructs; `body` gives a block of statements at a deeper indentation. */
type Gen = (ind: string, body: (ind: string) => string[], r: () => number) => string[];
const COMPOUND: Gen[] = [
  (i, b) => [`${i}if use foo; then`, ...b(i + '\t'), `${i}elif [[ \${PV} == *9999* ]]; then`, ...b(i + '\t'), `${i}else`, ...b(i + '\t'), `${i}fi`],
  (i, b) => [`${i}case \${ARCH} in`, `${i}\tamd64|x86)`, ...b(i + '\t\t'), `${i}\t\t;;`, `${i}\t(arm*)`, `${i}\t\t;;`, `${i}\t*) ${'einfo other'} ;;`, `${i}esac`],
  (i, b) => [`${i}for f in "\${PATCHES[@]}" *.diff; do`, ...b(i + '\t'), `${i}done`],
  (i, b) => [`${i}for (( i = 0; i < 3; i++ )); do`, ...b(i + '\t'), `${i}done`],
  (i, b) => [`${i}while read -r a b; do`, ...b(i + '\t'), `${i}done < "\${T}"/list`],
  (i, b) => [`${i}{`, ...b(i + '\t'), `${i}} > "\${T}"/out`],
  (i, b) => [`${i}(`, ...b(i + '\t'), `${i})`],
  (i, b, r) => {
    const name = `helper_${Math.floor(r() * 1000)}`;
    return [`${i}${name}() {`, ...b(i + '\t'), `${i}}`, `${i}multilib_foreach_abi ${name}`];
  },
  (i, b) => [`${i}local out=$(`, ...b(i + '\t'), `${i})`],
  (i) => [`${i}cat > "\${T}"/cfg <<-EOF`, `${i}\t[build]`, `${i}\tx = "$(`, `${i}\t} fi done '`, `${i}\tEOF`],
  (i) => [`${i}cat <<'EOF' > x`, `if then "unbalanced ' \${`, 'EOF'],
  (i) => [`${i}emake \\`, `${i}\tPREFIX="\${EPREFIX}/usr" \\`, `${i}\tDESTDIR="\${D}" \\`, `${i}\tinstall`],
  (i) => [`${i}local args=(`, `${i}\t--a="$(usex a)"`, `${i}\t# a comment ) with a paren`, `${i}\t$(use_enable b)`, `${i})`],
  (i, b) => [`${i}if ! has_version dev-lang/rust; then`, ...b(i + '\t'), `${i}fi`],
  (i, b) => [`${i}until false; do`, ...b(i + '\t'), `${i}\tbreak`, `${i}done`],
];

function block(r: () => number, ind: string, depth: number): string[] {
  const out: string[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    if (depth < 3 && r() < 0.35) {
      const g = COMPOUND[Math.floor(r() * COMPOUND.length)];
      out.push(...g(ind, (i) => block(r, i, depth + 1), r));
    } else out.push(ind + SIMPLE[Math.floor(r() * SIMPLE.length)]);
  }
  return out;
}

function generate(r: () => number): string {
  const lines = ['EAPI=8', '', 'inherit cargo meson', '', 'DESCRIPTION="generated"', 'SLOT="0"', 'KEYWORDS="~amd64"', 'IUSE="foo test"', ''];
  if (r() < 0.5) lines.push('PATCHES=(', '\t"${FILESDIR}"/${PN}-1.0-fix.patch', ')', '');
  for (const phase of ['src_prepare', 'src_configure', 'src_compile', 'src_install'].filter(() => r() < 0.7)) {
    lines.push(`${phase}() {`, ...block(r, '\t', 0), '}', '');
  }
  return lines.join('\n');
}

/** Ways to break a file; whether bash then refuses it is bash's to say. */
const BREAKERS: ((lines: string[], r: () => number) => void)[] = [
  (l, r) => dropLineMatching(l, r, /^\s*(fi|done|esac|\}|\))$/),
  (l, r) => l.splice(pick(l, r), 0, '\tfi'),
  (l, r) => l.splice(pick(l, r), 0, '}'),
  (l, r) => l.splice(pick(l, r), 0, '\techo \'target.\'${A[@]// /.target.\'}\' > config.toml'),
  (l, r) => l.splice(pick(l, r), 0, '\teinfo "oops'),
  (l, r) => l.splice(pick(l, r), 0, '\tx=$(foo'),
  (l, r) => l.splice(pick(l, r), 0, '\tarr=( a ; b )'),
  (l, r) => l.splice(pick(l, r), 0, '\t( )'),
  (l, r) => l.splice(pick(l, r), 0, 'f() { }'),
  (l, r) => l.splice(pick(l, r), 0, '\techo a=(b)'),
  (l, r) => l.splice(pick(l, r), 0, '\tif true; then'),
  (l, r) => l.splice(pick(l, r), 0, '\tcase x a) ;; esac'),
  (l, r) => l.splice(pick(l, r), 0, '\tthen'),
  (l, r) => l.splice(pick(l, r), 0, "\tv=${x/'/}"),
];

function pick(lines: string[], r: () => number): number {
  return 9 + Math.floor(r() * (lines.length - 9));
}

function dropLineMatching(lines: string[], r: () => number, re: RegExp): void {
  const idx = lines.map((l, k) => (re.test(l) ? k : -1)).filter((k) => k >= 0);
  if (idx.length) lines.splice(idx[Math.floor(r() * idx.length)], 1);
}

describe('ebuild reader vs bash -n: generated corpus', () => {
  it.skipIf(!hasBash)('agrees with bash -n on every file of a 400-file corpus (seed 20240611)', () => {
    const r = rng(20240611);
    const tally = { accepted: 0, rejected: 0, agree: 0 };
    const disagreements: string[] = [];
    for (let n = 0; n < 400; n++) {
      const lines = generate(r).split('\n');
      if (r() < 0.25) BREAKERS[Math.floor(r() * BREAKERS.length)](lines, r);
      const text = lines.join('\n');
      const name = `app-misc/gen/gen-${n}.ebuild`;
      const bash = bashRejects(text, `gen-${n}.ebuild`);
      const found = syntaxFindings(text, name);
      if (bash) tally.rejected++;
      else tally.accepted++;
      const ok = bash === undefined ? found.length === 0 : found.length === 1 && found[0].line === bash.line;
      if (ok) tally.agree++;
      else disagreements.push(`${name}: bash ${bash ? `line ${bash.line}: ${bash.message}` : 'accepts'}; ours ${found.map((f) => `${f.line}: ${f.message}`).join(' | ') || 'none'} (${checkBashSyntax(text).kind})\n${text}`);
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // both answers are well represented, so neither half of the claim is vacuous
    expect(tally.accepted).toBeGreaterThan(250);
    expect(tally.rejected).toBeGreaterThan(60);
    expect(tally.agree).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Token soup: short random texts from bash's own pieces (fixed seed). Mostly invalid, which is the point:
// the reader must name bash's line for each, and must never call a text invalid that bash accepts.

const PIECES = [
  ' ', ' ', ' ', '\n', '\n', ';', ';;', '&', '&&', '||', '|', '(', ')', '((', '))', '{', '}', '{ ', ' }', 'if ', 'then ', 'fi',
  'else ', 'elif ', 'for x in a; do ', 'done', 'while a; do ', 'case x in ', 'a) ', 'esac', '"', "'", '`', '$(', '${', '$((',
  '$[', '\\', '\\\n', '#', 'echo ', 'a', 'b=', 'c=(', '=', '<<EOF\n', 'EOF\n', '<<-E\n\tx\n\tE\n', '<', '>', '>&', '2>', '[[ ',
  ' ]]', ' == ', ' =~ ', '@(a|b)', 'f() ', 'function g ', '!', 'time ', "$'", '$"', '<(', '[', ']', '*', '?', '-', 'x',
  'local ', 'declare -a ', ' in ', 'do ', 'select y in z; do ', '}}', '/', '//', "'}'", '"}"', '%', ':-', 'coproc ',
];

describe('ebuild reader vs bash -n: token soup', () => {
  it.skipIf(!hasBash)('never refuses what bash accepts, and names bash\'s line for what it refuses (500 texts, seed 7)', () => {
    const r = rng(7);
    const tally = { accepted: 0, rejected: 0, unknown: 0 };
    const wrong: string[] = [];
    for (let n = 0; n < 500; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 14);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(r() * PIECES.length)];
      text += '\n';
      const bash = bashRejects(text, `soup-${n}.sh`);
      const v = checkBashSyntax(text);
      if (bash) tally.rejected++;
      else tally.accepted++;
      if (v.kind === 'unknown') {
        tally.unknown++;
        continue;
      }
      const ours = v.kind === 'error' ? v.line : undefined;
      if (ours !== bash?.line) wrong.push(`${JSON.stringify(text)}: bash ${bash ? `line ${bash.line}: ${bash.message}` : 'accepts'}; ours ${v.kind === 'error' ? `line ${v.line}: ${v.message}` : 'accepts'}`);
    }
    expect(wrong).toEqual([]);
    expect(tally.accepted).toBeGreaterThan(50);
    expect(tally.rejected).toBeGreaterThan(300);
    // "unknown" stays the exception (`((`…`)` read as subshells, odd `[[ ]]`, `coproc`)
    expect(tally.unknown).toBeLessThan(50);
  });
});
