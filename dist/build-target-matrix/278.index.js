export const id = 278;
export const ids = [278,245];
export const modules = {

/***/ 3404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** What the user must fix (bad input, bad config) as opposed to an internal bug. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A user error about one input: names the input and the expected form. */
class InputError extends ConfigurationError {
    input;
    expected;
    got;
    name = 'InputError';
    constructor(input, expected, got) {
        super(`input '${input}': expected ${expected}${got === undefined ? '' : `, got '${got.length > 120 ? `${got.slice(0, 120)}…` : got}'`}`);
        this.input = input;
        this.expected = expected;
        this.got = got;
    }
}


/***/ }),

/***/ 6278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRustToolchain: () => (/* reexport */ toolchain_file.parseRustToolchain),
  targetsFromCargoConfig: () => (/* binding */ targetsFromCargoConfig),
  targetsFromEbuild: () => (/* binding */ targetsFromEbuild),
  targetsFromFile: () => (/* binding */ targetsFromFile),
  targetsFromRustToolchain: () => (/* binding */ targetsFromRustToolchain)
});

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
;// CONCATENATED MODULE: ./shared/gentoo/version.ts
/**
 * PMS versions (Package Manager Specification §3.2, algorithms 3.1–3.7): parse, compare, format, and the
 * name rules that depend on them (a package name must not end in `-<valid version>`).
 *
 * Numbers are kept as digit strings and compared as text (length after stripping leading zeros, then
 * lexicographically), so components of any length compare exactly — `20250101000000000000` included.
 */

const VERSION_RE = /^(\d+(?:\.\d+)*)([a-z]?)((?:_(?:alpha|beta|pre|rc|p)\d*)*)(?:-r(\d+))?$/;
const SUFFIX_RE = /_(alpha|beta|pre|rc|p)(\d*)/g;
const SUFFIX_ORDER = { alpha: 0, beta: 1, pre: 2, rc: 3, p: 5 };
function parseVersion(text) {
    const m = VERSION_RE.exec(text);
    if (!m)
        return null;
    const suffixes = [];
    if (m[3]) {
        for (const s of m[3].matchAll(SUFFIX_RE))
            suffixes.push({ kind: s[1], num: s[2] ?? '' });
    }
    return { text, numbers: m[1].split('.'), letter: m[2] ?? '', suffixes, revision: m[4] ?? '' };
}
function isValidVersion(text) {
    return VERSION_RE.test(text);
}
/** Compare two non-negative decimal integers given as digit strings (`''` counts as 0). */
function compareIntegers(a, b) {
    const x = stripLeadingZeros(a);
    const y = stripLeadingZeros(b);
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
function stripLeadingZeros(s) {
    let i = 0;
    while (i < s.length && s.charCodeAt(i) === 48)
        i++;
    return s.slice(i);
}
function stripTrailingZeros(s) {
    let j = s.length;
    while (j > 0 && s.charCodeAt(j - 1) === 48)
        j--;
    return s.slice(0, j);
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}
/** Algorithm 3.3: a later component with a leading zero compares as a decimal fraction (string). */
function compareLaterComponent(a, b) {
    if (a.startsWith('0') || b.startsWith('0')) {
        const x = stripTrailingZeros(a);
        const y = stripTrailingZeros(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return compareIntegers(a, b);
}
/** PMS algorithm 3.1. Returns -1, 0 or 1. */
function compareVersions(a, b) {
    let c = compareIntegers(a.numbers[0], b.numbers[0]);
    if (c)
        return c;
    const n = Math.min(a.numbers.length, b.numbers.length);
    for (let i = 1; i < n; i++) {
        c = compareLaterComponent(a.numbers[i], b.numbers[i]);
        if (c)
            return c;
    }
    // More components wins — before the letter is looked at (1.0.0 > 1.0b).
    if (a.numbers.length !== b.numbers.length)
        return a.numbers.length > b.numbers.length ? 1 : -1;
    if (a.letter !== b.letter)
        return a.letter < b.letter ? -1 : 1; // '' sorts first: no letter < any letter
    const s = Math.min(a.suffixes.length, b.suffixes.length);
    for (let i = 0; i < s; i++) {
        const x = a.suffixes[i];
        const y = b.suffixes[i];
        if (x.kind !== y.kind)
            return sign(SUFFIX_ORDER[x.kind] - SUFFIX_ORDER[y.kind]);
        c = compareIntegers(x.num, y.num);
        if (c)
            return c;
    }
    // An extra trailing suffix wins only if it is _p (1.0_p1 > 1.0, 1.0_rc1 < 1.0).
    if (a.suffixes.length > s)
        return a.suffixes[s].kind === 'p' ? 1 : -1;
    if (b.suffixes.length > s)
        return b.suffixes[s].kind === 'p' ? -1 : 1;
    return compareIntegers(a.revision, b.revision);
}
/** Compare two version strings; throws ConfigurationError naming the invalid one. */
function compareVersionStrings(a, b) {
    return compareVersions(requireVersion(a), requireVersion(b));
}
function requireVersion(text) {
    const v = parseVersion(text);
    if (!v) {
        throw new ConfigurationError(`Invalid version '${text}'. Expected num(.num)*[letter](_alpha|_beta|_pre|_rc|_p[num])*[-rnum], e.g. 1.75.0_rc1-r1.`);
    }
    return v;
}
/** Canonical text built from the parts (equals `v.text` for anything parseVersion returned). */
function formatVersion(v) {
    let out = v.numbers.join('.') + v.letter;
    for (const s of v.suffixes)
        out += `_${s.kind}${s.num}`;
    if (v.revision !== '')
        out += `-r${v.revision}`;
    return out;
}
/** The version without its revision, e.g. `1.75.0` for `1.75.0-r1`. */
function versionWithoutRevision(v) {
    return formatVersion({ ...v, revision: '' });
}
/** Whether two versions are equal ignoring the revision (the `~` atom operator). */
function sameVersionIgnoringRevision(a, b) {
    return compareVersions({ ...a, revision: '' }, { ...b, revision: '' }) === 0;
}
/** True when `name` ends in a hyphen followed by something that is a valid version. */
function endsInVersion(name) {
    for (let i = name.indexOf('-'); i !== -1; i = name.indexOf('-', i + 1)) {
        if (VERSION_RE.test(name.slice(i + 1)))
            return true;
    }
    return false;
}
const PACKAGE_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const CATEGORY_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const REPO_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
/** PMS 3.1.2: `[A-Za-z0-9_][A-Za-z0-9+_-]*`, not ending in `-<valid version>`. */
function isValidPackageName(name) {
    return PACKAGE_NAME_RE.test(name) && !endsInVersion(name);
}
/** PMS 3.1.1: `[A-Za-z0-9_][A-Za-z0-9+_.-]*`. */
function isValidCategoryName(name) {
    return CATEGORY_NAME_RE.test(name);
}
const SLOT_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
/** EAPIs before sub-slots (Portage: `slot_operator` from EAPI 5; an unknown EAPI is not held against a SLOT). */
const EAPIS_WITHOUT_SUBSLOT = new Set(['0', '1', '2', '3', '4']);
/**
 * SLOT as Portage's metadata has it: ebuild.sh writes `SLOT=$(echo ${SLOT})`, so runs of spaces, tabs and
 * newlines become one space and the ends are trimmed (`" 0\n"` is `0`; `"0\n1"` is `0 1`, which is invalid).
 */
function portageSlot(value) {
    return value.split(/[ \t\n]+/).filter(Boolean).join(' ');
}
/**
 * Why a SLOT (as in Portage's metadata) is invalid, or undefined when it is valid. PMS 3.1.3: a slot name is
 * `[A-Za-z0-9_][A-Za-z0-9+_.-]*`; from EAPI 5 SLOT may be `slot/subslot`, both slot names. Portage
 * (`_get_slot_re`) refuses anything else, and emerge then masks the version ("invalid: SLOT: invalid value").
 */
function slotProblem(slot, eapi) {
    if (slot === '')
        return 'empty';
    const parts = slot.split('/');
    if (parts.length > 2 || !parts.every((p) => SLOT_NAME_RE.test(p)))
        return 'invalid';
    if (parts.length === 2 && eapi !== undefined && EAPIS_WITHOUT_SUBSLOT.has(eapi))
        return 'subslot-eapi';
    return undefined;
}
/** A valid SLOT for this EAPI (see slotProblem). */
function isValidSlot(slot, eapi) {
    return slotProblem(slot, eapi) === undefined;
}
/** PMS 3.1.5: `[A-Za-z0-9_][A-Za-z0-9_-]*`, not ending in `-<valid version>`. */
function isValidRepoName(name) {
    return REPO_NAME_RE.test(name) && !endsInVersion(name);
}
/**
 * Split `<name>-<version>` (e.g. `rust-1.75.0-r1`). Because a valid name cannot end in `-<version>`, at most
 * one split point is valid. Returns null when there is none.
 */
function splitPackageVersion(pv) {
    for (let i = pv.indexOf('-'); i !== -1; i = pv.indexOf('-', i + 1)) {
        const version = parseVersion(pv.slice(i + 1));
        if (!version)
            continue;
        const name = pv.slice(0, i);
        if (isValidPackageName(name))
            return { name, version };
    }
    return null;
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/brace.ts
/** Bash brace expansion, and quote-aware matching of `${…}` / `$(…)` inside an already lexed word. */
/** Index just past the `}` closing the `${` whose body starts at j. */
function matchBrace(s, j) {
    let depth = 1;
    while (j < s.length) {
        const c = s[j];
        if (c === '\\')
            j += 2;
        else if (c === "'")
            j = s.indexOf("'", j + 1) + 1 || s.length;
        else if (c === '"') {
            j++;
            while (j < s.length && s[j] !== '"')
                j += s[j] === '\\' ? 2 : 1;
            j++;
        }
        else if (c === '$' && s[j + 1] === '{') {
            depth++;
            j += 2;
        }
        else if (c === '}') {
            depth--;
            j++;
            if (depth === 0)
                return j;
        }
        else
            j++;
    }
    return s.length;
}
/** Index just past the `)` closing the `$(` whose body starts at j. */
function matchParen(s, j) {
    let depth = 1;
    while (j < s.length) {
        const c = s[j];
        if (c === '\\')
            j += 2;
        else if (c === "'")
            j = s.indexOf("'", j + 1) + 1 || s.length;
        else if (c === '(') {
            depth++;
            j++;
        }
        else if (c === ')') {
            depth--;
            j++;
            if (depth === 0)
                return j;
        }
        else
            j++;
    }
    return s.length;
}
/** Index past the quoted or expansion region starting at k, or -1 when raw[k] starts none. */
function skipRegion(raw, k) {
    const c = raw[k];
    if (c === '\\')
        return k + 2;
    if (c === "'")
        return raw.indexOf("'", k + 1) + 1 || raw.length;
    if (c === '"') {
        k++;
        while (k < raw.length && raw[k] !== '"')
            k += raw[k] === '\\' ? 2 : 1;
        return k + 1;
    }
    if (c === '$' && raw[k + 1] === '{')
        return matchBrace(raw, k + 2);
    if (c === '$' && raw[k + 1] === '(')
        return matchParen(raw, k + 2);
    return -1;
}
function braceTable(raw) {
    const close = new Int32Array(raw.length).fill(-1);
    const comma = new Int32Array(raw.length).fill(-1);
    /** The open `{`s, and where the last comma directly inside each is (the `{` itself while none). */
    const open = [];
    const lastComma = [];
    for (let j = 0; j < raw.length; j++) {
        const d = raw.charCodeAt(j);
        if (d === 92 /* \ */)
            j++;
        else if (d === 123 /* { */) {
            open.push(j);
            lastComma.push(j);
        }
        else if (d === 125 /* } */) {
            if (open.length > 0)
                close[open.pop()] = j;
            lastComma.pop();
        }
        else if (d === 44 /* , */ && open.length > 0) {
            comma[lastComma[lastComma.length - 1]] = j;
            lastComma[lastComma.length - 1] = j;
        }
    }
    return { close, comma };
}
/** The alternatives of the brace group `{…}` opened at k, with the index of its `}`; null when not one. */
function braceAlternatives(raw, k, limit, table) {
    const j = table.close[k];
    if (j === -1)
        return null;
    if (table.comma[k] !== -1) {
        const alts = [];
        let last = k + 1;
        for (let cpos = table.comma[k]; cpos !== -1; cpos = table.comma[cpos]) {
            alts.push(raw.slice(last, cpos));
            last = cpos + 1;
        }
        alts.push(raw.slice(last, j));
        return { alts, close: j };
    }
    const rm = /^(-?\d+)\.\.(-?\d+)$/.exec(raw.slice(k + 1, j));
    if (!rm)
        return null;
    const a = Number(rm[1]);
    const b = Number(rm[2]);
    if (Math.abs(b - a) >= limit)
        return null;
    const alts = [];
    for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1)
        alts.push(String(x));
    return { alts, close: j };
}
/**
 * The most characters the words one brace expansion builds (the words it ends with and those it builds on the way)
 * may hold, beyond 16 per character of the word: a word of thousands of groups (`{a,b}{a,b}…`) built and read a
 * word of its own length for each group before its first result (4,000: 1 s and 400 MB, and 8,000 ran out of stack).
 */
const BRACE_EXPANSION_BUDGET = 4_000_000;
/**
 * Bash brace expansion of one raw word (`a{b,c}`, `{1..3}`), quote-aware. Returns [raw] when none. At most `limit` + 1
 * words; a RangeError when expanding the word would build more than BRACE_EXPANSION_BUDGET characters (the reader
 * reports that as ebuild-too-deep).
 */
function braceExpand(raw, limit = 1000) {
    return expand(raw, limit, { left: BRACE_EXPANSION_BUDGET + 16 * raw.length });
}
function expand(raw, limit, budget) {
    // the first unquoted `{` that is not `${` with a matching `}` containing a top-level `,` or `..`
    let table;
    let k = 0;
    while (k < raw.length) {
        const skipped = skipRegion(raw, k);
        if (skipped !== -1) {
            k = skipped;
            continue;
        }
        if (raw[k] === '{') {
            const group = braceAlternatives(raw, k, limit, (table ??= braceTable(raw)));
            if (group) {
                const pre = raw.slice(0, k);
                const post = raw.slice(group.close + 1);
                const out = [];
                for (const alt of group.alts) {
                    budget.left -= pre.length + alt.length + post.length;
                    if (budget.left < 0)
                        throw new RangeError(`brace expansion of a word of ${raw.length} characters builds more than ${BRACE_EXPANSION_BUDGET} characters`);
                    for (const e of expand(pre + alt + post, limit, budget)) {
                        out.push(e);
                        if (out.length > limit)
                            return out;
                    }
                }
                return out;
            }
        }
        k++;
    }
    return [raw];
}

// EXTERNAL MODULE: ./shared/sorted.ts
var sorted = __webpack_require__(9125);
;// CONCATENATED MODULE: ./shared/gentoo/ebuild/bash-scan.ts
/**
 * The character level of bash's reader, as bash 5.2's parse.y does it: line continuations, quotes, `${…}`,
 * `$(…)`, `$((…))`, backquotes, here-document bodies, and the tokens (words, operators, newlines) the grammar in
 * bash-syntax.ts reads. Only the syntax is followed; nothing is expanded.
 *
 * Problems are thrown: `BashSyntaxError` when bash itself would refuse the text (with the line bash names and
 * its message), `BashUnsure` when the text uses something this reader does not follow exactly (the caller
 * then says nothing rather than guess).
 */

class BashSyntaxError {
    line;
    message;
    context;
    constructor(line, message, context) {
        this.line = line;
        this.message = message;
        this.context = context;
    }
}
class BashUnsure {
    line;
    reason;
    constructor(line, reason) {
        this.line = line;
        this.reason = reason;
    }
}
const BLANK = new Set([' ', '\t']);
/** bash's shellbreak: characters that end a word. */
const BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** Characters a word can run over without a decision (fast path); everything else is looked at one by one. */
const PLAIN = new Uint8Array(128).fill(1);
for (const ch of ' \t\n;&|()<>\\\'"`$[=@!*+?')
    PLAIN[ch.charCodeAt(0)] = 0;
const isPlain = (code) => code >= 128 || PLAIN[code] === 1;
/** Operators after which bash's reader peeks at one more character (to rule out a longer operator). */
const LOOKAHEAD_OPS = new Set([';', '&', '|', '(', ')', '<', '>', '<<', ';;', '&>']);
const REDIRECT_OPS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<&', '>&', '<>', '>|', '&>', '&>>']);
const isRedirectOp = (op) => REDIRECT_OPS.has(op);
class BashScanner {
    src;
    comsub;
    pos = 0;
    n;
    lineStarts;
    pendingHeredocs = [];
    /** The end of the last token read, and whether bash's reader looked one character past it. */
    prevEnd = 0;
    prevLookahead = false;
    /** The earliest-opened `${…}` that spans lines: legal, but the usual trace of a quote that swallowed its `}`. */
    firstMultilineBrace;
    stops;
    /** `comsub` parses the command list of a `$(…)` whose `(` was just read, up to and including its `)`. */
    constructor(src, comsub) {
        this.src = src;
        this.comsub = comsub;
        this.n = src.length;
        this.stops = new QuoteStops(src);
        this.lineStarts = (0,sorted/* lineStartsOf */.xV)(src);
    }
    // --- lines, as bash numbers them ---
    lineAt(pos) {
        if (pos >= this.n)
            return this.eofLine();
        return (0,sorted/* lineAtOffset */.dk)(this.lineStarts, pos);
    }
    /** The line bash is on after reading a token that ends at `end`, with its one-character lookahead or not:
     * bash's count moves on only once it reads past a newline (which a line continuation makes it do). */
    lineAfter(end, lookahead) {
        if (!lookahead)
            return this.lineAt(end - 1);
        let p = end;
        while (this.src[p] === '\\' && this.src[p + 1] === '\n')
            p += 2;
        return p < this.n ? this.lineAt(p) : this.lineStarts.length;
    }
    /**
     * The line bash names at the end of the file: one past the last line (bash ends an unterminated last line
     * itself), and one more when the last token ran into the end through a trailing line continuation (bash
     * then reads the end twice).
     */
    eofLine() {
        const newlines = this.lineStarts.length - 1;
        const base = newlines + (this.n > 0 && this.src[this.n - 1] !== '\n' ? 2 : 1);
        const tail = this.src.slice(this.prevEnd);
        return base + (this.prevLookahead && tail !== '' && /^(\\\n)*\\?$/.test(tail) ? 1 : 0);
    }
    eofIn(open, close) {
        return new BashSyntaxError(this.lineAt(open), `unexpected EOF while looking for matching \`${close}'`);
    }
    // --- characters (bash's shell_getc: `\` + newline vanishes unless quoted) ---
    /** The next character without consuming it ('' at the end), skipping line continuations when `join`. */
    peek(join = true) {
        if (join)
            while (this.src[this.pos] === '\\' && this.src[this.pos + 1] === '\n')
                this.pos += 2;
        return this.pos < this.n ? this.src[this.pos] : '';
    }
    getc(join = true) {
        const c = this.peek(join);
        if (c !== '')
            this.pos++;
        return c;
    }
    // --- tokens ---
    next(mode) {
        const t = this.token(mode);
        if (t.k !== 'eof') {
            this.prevEnd = t.end;
            this.prevLookahead = t.k === 'word' || (t.k === 'op' && LOOKAHEAD_OPS.has(t.op));
        }
        return t;
    }
    token(mode) {
        for (;;) {
            const c = this.peek();
            if (BLANK.has(c))
                this.pos++;
            else
                break;
        }
        const start = this.pos;
        const c = this.peek();
        if (c === '')
            return { k: 'eof', start, end: start };
        if (c === '#') {
            // a comment runs to the end of the line; a continuation does not extend it
            while (this.pos < this.n && this.src[this.pos] !== '\n')
                this.pos++;
            if (this.pos >= this.n)
                return { k: 'eof', start: this.pos, end: this.pos };
        }
        if (this.peek() === '\n') {
            const nlAt = this.pos;
            this.pos++;
            this.readHeredocBodies();
            return { k: 'nl', start: nlAt, end: this.pos };
        }
        if (BREAK.has(c) && !(mode === 'cond-regex' && (c === '(' || c === '|'))) {
            const op = this.operator(mode);
            if (op !== undefined)
                return { k: 'op', op, start, end: this.pos };
            // `<(` / `>(`: a process substitution starts a word
        }
        return this.word(mode, start);
    }
    /** Read an operator at pos; undefined for `<(` / `>(` (left unread). */
    operator(mode) {
        const c = this.getc();
        const d = this.peek();
        if ((c === '<' || c === '>') && d === '(') {
            this.pos--;
            return undefined;
        }
        const two = c + d;
        if (c === d) {
            if (c === '(') {
                if (mode !== 'cmd')
                    return '(';
                this.pos++;
                this.arithCommand();
                return '((';
            }
            if (c === ')')
                return ')';
            this.pos++;
            if (c === '<') {
                const e = this.peek();
                if (e === '-' || e === '<') {
                    this.pos++;
                    return '<<' + e;
                }
                return '<<';
            }
            if (c === ';' && this.peek() === '&') {
                this.pos++;
                return ';;&';
            }
            return two;
        }
        if (two === '<&' || two === '>&' || two === '<>' || two === '>|' || two === '|&' || two === ';&') {
            this.pos++;
            return two;
        }
        if (two === '&>') {
            this.pos++;
            if (this.peek() === '>') {
                this.pos++;
                return '&>>';
            }
            return '&>';
        }
        return c;
    }
    /** `((` … `))` at the start of a command: bash's parse_dparen. */
    arithCommand() {
        const open = this.pos - 2;
        this.matchedPair(open, '(', ')', 'arith');
        if (this.peek() !== ')') {
            // bash re-reads it as nested subshells `( (…) … )`; not followed here
            throw new BashUnsure(this.lineAt(open), '`((` not closed by `))` (nested subshells) is not followed');
        }
        this.pos++;
    }
    /** Register a here-document whose body starts after the next newline token. */
    heredoc(delimWord, strip) {
        const quoted = /['"\\]/.test(delimWord);
        this.pendingHeredocs.push({ delim: quoteRemoval(delimWord), quoted, strip });
    }
    readHeredocBodies() {
        while (this.pendingHeredocs.length > 0) {
            const h = this.pendingHeredocs.shift();
            // a body that reaches the end of the file is only a warning in bash
            while (this.pos < this.n) {
                let line = '';
                for (;;) {
                    let e = this.src.indexOf('\n', this.pos);
                    if (e === -1)
                        e = this.n;
                    const piece = this.src.slice(this.pos, e);
                    this.pos = Math.min(e + 1, this.n);
                    // an unquoted delimiter makes `\` + newline a continuation inside the body too
                    if (!h.quoted && endsWithOddBackslashes(piece) && e < this.n) {
                        line += piece.slice(0, -1);
                        continue;
                    }
                    line += piece;
                    break;
                }
                if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim)
                    break;
            }
        }
    }
    // --- words (bash's read_token_word) ---
    word(mode, start) {
        let text = '';
        let quoted = false;
        // What the `[` and `=` decisions ask of the text so far, kept as it grows: testing it with a regex at each
        // `[` or `=` read the whole word again each time (a word of 80,000 `=`: 3 s). `name` is where the name at its
        // start ends (final once shorter than the text), `last2` its last two characters.
        const word = new WordShape();
        const add = (piece) => {
            text += piece;
            word.add(piece);
        };
        for (;;) {
            const c = this.peek();
            if (c === '')
                break;
            const at = this.pos;
            if (isPlain(c.charCodeAt(0))) {
                let e = at + 1;
                while (e < this.n && isPlain(this.src.charCodeAt(e)))
                    e++;
                add(this.src.slice(at, e));
                this.pos = e;
                continue;
            }
            if (c === '\\') {
                this.pos++;
                const d = this.getc(false);
                add('\\' + d);
                quoted = true;
                continue;
            }
            if (c === "'" || c === '"' || c === '`') {
                this.pos++;
                this.quoted(at, c);
                add(this.src.slice(at, this.pos));
                if (c !== '`')
                    quoted = true;
                continue;
            }
            if ((mode === 'cond-pattern' || mode === 'cond-regex') && this.extPattern(mode, c)) {
                add(this.src.slice(at, this.pos));
                continue;
            }
            if (c === '$' || c === '<' || c === '>') {
                if (this.dollar(c, false)) {
                    add(this.src.slice(at, this.pos));
                    if (c === '$' && (this.src[at + 1] === "'" || this.src[at + 1] === '"'))
                        quoted = true;
                    continue;
                }
            }
            if (c === '[' && ((text !== '' && (mode === 'cmd' || mode === 'prefix') && word.isName(text)) || (text === '' && mode === 'compound'))) {
                // NAME[subscript]= : the subscript may hold blanks and expansions
                this.pos++;
                this.matchedPair(at, '[', ']', 'subscript');
                add(this.src.slice(at, this.pos));
                continue;
            }
            if (c === '=' && (mode === 'cmd' || mode === 'prefix' || mode === 'assign') && word.isAssignmentLeft(text)) {
                this.pos++;
                add('=');
                if (this.peek() === '(') {
                    this.pos++;
                    this.compoundAssignment(at + 1);
                    add(this.src.slice(at + 1, this.pos));
                }
                continue;
            }
            if (BREAK.has(c))
                break;
            this.pos++;
            add(c);
        }
        // a number or {name} right before `<` / `>` belongs to the redirection (bash's NUMBER / REDIR_WORD)
        const after = this.src[this.pos];
        const redirPrefix = (after === '<' || after === '>') && (/^\d+$/.test(text) || /^\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(text));
        return { k: 'word', text, quoted, start, end: this.pos, redirPrefix };
    }
    /** After reading the opening quote at `open`. */
    quoted(open, q) {
        if (q === "'") {
            const e = this.src.indexOf("'", this.pos);
            if (e === -1)
                throw this.eofIn(open, "'");
            this.pos = e + 1;
        }
        else if (q === '"')
            this.doubleQuoted(open);
        else
            this.backquoted(open);
    }
    doubleQuoted(open) {
        for (;;) {
            // run over characters that mean nothing inside double quotes
            this.pos = this.stops.next(this.pos);
            const c = this.getc();
            if (c === '')
                throw this.eofIn(open, '"');
            if (c === '"')
                return;
            if (c === '\\')
                this.getc(false);
            else if (c === '`')
                this.backquoted(this.pos - 1);
            else if (c === '$') {
                this.pos--;
                if (!this.dollar('$', true))
                    this.pos++;
            }
        }
    }
    backquoted(open) {
        for (;;) {
            const c = this.getc();
            if (c === '')
                throw this.eofIn(open, '`');
            if (c === '`')
                return;
            if (c === '\\')
                this.getc(false);
        }
    }
    ansiQuoted(open) {
        for (;;) {
            const c = this.getc(false);
            if (c === '')
                throw this.eofIn(open, "'");
            if (c === "'")
                return;
            if (c === '\\')
                this.getc(false);
        }
    }
    /**
     * At `$`, `<` or `>`: read `$(…)`, `$((…))`, `${…}`, `$[…]`, `$'…'`, `$"…"`, `<(…)`, `>(…)` and return
     * true; false (nothing read) when `c` starts none of them. Within double quotes `$'` and `$"` are plain.
     */
    dollar(c, inDouble) {
        const at = this.pos;
        this.pos++;
        const d = this.peek();
        if (d === '(') {
            this.pos++;
            // `$((`, and also `<((` / `>((`, are read as arithmetic first (bash's parse_comsub)
            if (this.peek() === '(')
                this.matchedPair(at, '(', ')', 'arith');
            else
                this.comsub();
            return true;
        }
        if (c === '$' && d === '{') {
            this.pos++;
            this.matchedPair(at, '{', '}', 'dolbrace');
            // the first newline at or after `at` ends its line (searching the text for it, each `${` of a line of
            // thousands searched the rest of the line)
            const line = this.lineAt(at);
            const nl = line < this.lineStarts.length ? this.lineStarts[line] - 1 : -1;
            if (nl !== -1 && nl < this.pos && (!this.firstMultilineBrace || line < this.firstMultilineBrace.from)) {
                this.firstMultilineBrace = { from: line, to: this.lineAt(this.pos - 1) };
            }
            return true;
        }
        if (c === '$' && d === '[') {
            this.pos++;
            this.matchedPair(at, '[', ']', 'arith');
            return true;
        }
        if (c === '$' && d === "'" && !inDouble) {
            this.pos++;
            this.ansiQuoted(at);
            return true;
        }
        if (c === '$' && d === '"' && !inDouble) {
            this.pos++;
            this.doubleQuoted(at);
            return true;
        }
        this.pos = at;
        return false;
    }
    /**
     * bash's parse_matched_pair for a grouping construct whose opening was just read. Quotes inside are always
     * quotes (also within double quotes). What else nests depends on the construct, as in parse.y:
     * `dolbrace` `${…}` (the first `}` closes; `$(`, `${`, `$[`, `<(`, `>(` nest), `subscript` `NAME[…]=`
     * (`[` counted; the same nest), `arith` `$((…))` / `((…))` / `$[…]` (its opening counted; only `$(` nests),
     * `paren` an extended glob or regex group (`(` counted; nothing nests).
     */
    matchedPair(open, o, close, kind) {
        let depth = 1;
        let prev = '';
        let dollarAt = -1;
        for (;;) {
            const c = this.getc();
            if (c === '')
                throw this.eofIn(open, close);
            if (c === '$' && prev !== '$')
                dollarAt = this.pos - 1;
            if (c === '\\') {
                this.getc(false);
                prev = '';
                continue;
            }
            if (c === close) {
                depth--;
                if (depth === 0)
                    return;
            }
            else if (c === o && kind !== 'dolbrace')
                depth++;
            if (c === "'" && prev === '$')
                this.ansiQuoted(this.pos - 2);
            else if (c === "'" || c === '"' || c === '`')
                this.quoted(this.pos - 1, c);
            else if (prev === '$' && kind !== 'paren' && (c === '(' || ((c === '{' || c === '[') && kind !== 'arith'))) {
                if (c === o && kind !== 'dolbrace')
                    depth--; // counted above; the nested construct reads its own close
                this.pos = dollarAt;
                this.dollar('$', false);
            }
            else if ((prev === '<' || prev === '>') && c === '(' && (kind === 'dolbrace' || kind === 'subscript')) {
                this.comsub();
            }
            prev = prev === '$' && c === '$' ? '' : c;
        }
    }
    /** `NAME=(` was read: words up to `)`, newlines and comments allowed (bash's parse_compound_assignment). */
    compoundAssignment(open) {
        for (;;) {
            const t = this.next('compound');
            if (t.k === 'nl')
                continue;
            if (t.k === 'eof')
                throw this.eofIn(open, ')');
            if (t.k === 'op' && t.op === ')')
                return;
            if (t.k === 'op')
                throw new BashSyntaxError(this.lineAt(t.end - 1), `syntax error near unexpected token \`${t.op}'`);
        }
    }
    /** Extended glob `@(…)` `!(…)` `*(…)` `+(…)` `?(…)` in a `[[ ]]` pattern, and `( … )` groups in a `=~` regex. */
    extPattern(mode, c) {
        const at = this.pos;
        if (mode === 'cond-regex' && c === '(') {
            this.pos++;
            this.matchedPair(at, '(', ')', 'paren');
            return true;
        }
        if (mode === 'cond-regex' && c === '|') {
            this.pos++;
            return true;
        }
        if ('@!*+?'.includes(c) && this.src[at + 1] === '(') {
            this.pos += 2;
            this.matchedPair(at, '(', ')', 'paren');
            return true;
        }
        return false;
    }
}
/**
 * The shape of a word being read, for the two questions its reader asks at `[` and `=`: is it a name
 * (/^[A-Za-z_][A-Za-z0-9_]*$/), and is it what may stand left of an assignment's `=`
 * (/^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/). The name at the start is looked at once, and of the rest only
 * the last two characters and the one after the name matter: each question costs the same at any length.
 */
class WordShape {
    length = 0;
    /** text[0, nameEnd) is the name at the start; final once shorter than the text looked at (`nameSeen`). */
    nameEnd = 0;
    nameSeen = 0;
    afterName = '';
    last2 = '';
    add(piece) {
        if (piece === '')
            return;
        this.length += piece.length;
        this.last2 = piece.length >= 2 ? piece.slice(-2) : this.last2.slice(-1) + piece;
    }
    nameOf(text) {
        if (this.nameEnd === this.nameSeen && this.nameSeen < this.length) {
            // still all name: go on from where it stopped
            this.nameEnd = nameEnd(text, this.nameEnd);
            this.nameSeen = this.length;
            if (this.nameEnd < this.length)
                this.afterName = text[this.nameEnd];
        }
        return this.nameEnd;
    }
    /** /^[A-Za-z_][A-Za-z0-9_]*$/.test(text), text being what was added. */
    isName(text) {
        return this.length > 0 && this.nameOf(text) === this.length;
    }
    /** /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/.test(text), text being what was added. */
    isAssignmentLeft(text) {
        const e = this.nameOf(text);
        if (e === 0)
            return false;
        let end = this.length;
        let last = this.last2[this.last2.length - 1];
        if (last === '+') {
            end--;
            last = this.last2.length >= 2 ? this.last2[0] : undefined;
        }
        if (end === e)
            return true;
        return this.afterName === '[' && last === ']' && end - e >= 2;
    }
}
function endsWithOddBackslashes(s) {
    let k = 0;
    while (k < s.length && s[s.length - 1 - k] === '\\')
        k++;
    return k % 2 === 1;
}
/** The delimiter of a here-document: the word with its quotes removed. */
function quoteRemoval(w) {
    let out = '';
    for (let k = 0; k < w.length; k++) {
        const c = w[k];
        if (c === '\\')
            out += w[++k] ?? '';
        else if (c === "'") {
            const e = w.indexOf("'", k + 1);
            out += w.slice(k + 1, e === -1 ? w.length : e);
            k = e === -1 ? w.length : e;
        }
        else if (c === '"') {
            k++;
            while (k < w.length && w[k] !== '"') {
                if (w[k] === '\\' && '$`"\\\n'.includes(w[k + 1] ?? ''))
                    k++;
                out += w[k++];
            }
        }
        else
            out += c;
    }
    return out;
}
/** The end of the shell name `[A-Za-z_][A-Za-z0-9_]*` at the start of `s`; 0 when there is none. `from`: s[0, from)
 * is known to be a name already. */
function nameEnd(s, from = 0) {
    if (from === 0) {
        const c0 = s.charCodeAt(0);
        if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95))
            return 0;
    }
    let i = Math.max(from, 1);
    for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95))
            break;
    }
    return i;
}
/** The characters that end a run of plain text inside double quotes: `"` `\` `$` and the backquote. */
const QUOTE_STOPS = ['"', '\\', '$', '`'];
/**
 * Where the run of plain characters inside double quotes that starts at a position ends: the next `"`, `\`, `$` or
 * backquote of `text`. Found with indexOf, which V8 runs vectorized (here ~40× a loop of charCodeAt over a CRATES
 * list of a few thousand characters), and each character's next position is remembered, so one text is searched
 * for each of them about once whatever the number of lookups. Positions asked for may go back: a remembered one
 * serves only a lookup between where its search started and what it found.
 */
class QuoteStops {
    text;
    found = [0, 0, 0, 0];
    searchedFrom = [Infinity, Infinity, Infinity, Infinity];
    constructor(text) {
        this.text = text;
    }
    /** The first index at or after `i` holding a stop; the text's length when there is none. */
    next(i) {
        let min = this.text.length;
        for (let c = 0; c < 4; c++) {
            if (!(this.searchedFrom[c] <= i && i <= this.found[c])) {
                const k = this.text.indexOf(QUOTE_STOPS[c], i);
                this.found[c] = k === -1 ? this.text.length : k;
                this.searchedFrom[c] = i;
            }
            if (this.found[c] < min)
                min = this.found[c];
        }
        return min;
    }
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/glob.ts
/** Bash glob patterns as used by `${x#pat}`, `${x/pat/rep}` and `[[ x == pat ]]`. */
/**
 * Glob pattern (already expanded) to an anchored RegExp. Quoted parts are marked literal with \x00.
 *
 * Every piece between two `*` matches a fixed number of characters, so the earliest place each such piece
 * matches is the right one: each is matched there once, atomically (`(?=([\s\S]*?piece))\1`, a lookahead the
 * engine never goes back into), and only the piece after the last `*` is tried from the end. Each `*` as
 * `[\s\S]*` made a failing match try every split: `*a*a*a*a*a*a*a*b` against 40 characters took 3 s, and two
 * more stars ten times as long (ebuild conditions, `case`, `${x#…}`; all from the repository).
 */
function globToRegex(pat) {
    const pieces = [''];
    // how many characters each piece matches
    const lengths = [0];
    for (let k = 0; k < pat.length; k++) {
        const c = pat[k];
        let out;
        if (c === '\x00') {
            out = escapeRe(pat[++k] ?? '');
        }
        else if (c === '*') {
            pieces.push('');
            lengths.push(0);
            continue;
        }
        else if (c === '?')
            out = '[\\s\\S]';
        else if (c === '[') {
            const b = bracket(pat, k);
            if (b === undefined)
                out = '\\[';
            else {
                out = b.re;
                k = b.end;
            }
        }
        else if (c === '\\')
            out = escapeRe(pat[++k] ?? '');
        else
            out = escapeRe(c);
        pieces[pieces.length - 1] += out;
        if (out !== '')
            lengths[lengths.length - 1]++;
    }
    let body = pieces[0];
    if (pieces.length > 1) {
        let group = 0;
        for (const piece of pieces.slice(1, -1))
            if (piece)
                body += `(?=([\\s\\S]*?${piece}))\\${++group}`;
        body += `[\\s\\S]*${pieces[pieces.length - 1]}`;
    }
    try {
        const re = new RegExp(`^(?:${body})$`);
        globPieces.set(re, pieces.map((src, i) => ({ src, len: lengths[i] })));
        return re;
    }
    catch {
        // a class bash reads and JavaScript does not (`[z-a]`): it matches nothing
        return NO_MATCH;
    }
}
const NO_MATCH = /(?!)/;
const globPieces = new WeakMap();
/** Whether piece p matches v at i. */
function pieceAt(v, p, i) {
    if (i < 0 || i + p.len > v.length)
        return false;
    if (p.len === 0)
        return true;
    const re = (p.sticky ??= new RegExp(p.src, 'y'));
    re.lastIndex = i;
    return re.test(v);
}
/** The first place at or after `from` where p matches and ends by `limit`; -1 when none. */
function pieceFirst(v, p, from, limit) {
    if (p.len === 0)
        return from <= limit ? from : -1;
    const re = (p.global ??= new RegExp(p.src, 'g'));
    re.lastIndex = from;
    const m = re.exec(v);
    return m !== null && m.index + p.len <= limit ? m.index : -1;
}
/** The last place in [lo, hi] where p matches; -1 when none. */
function pieceLast(v, p, lo, hi) {
    for (let q = hi; q >= lo; q--)
        if (pieceAt(v, p, q))
            return q;
    return -1;
}
/**
 * Where the pieces between the first and the last can go in v[from, limit): the end of their earliest places (each
 * as early as it goes after the one before), -1 when they do not fit. Placed later, they fit no better.
 */
function middleEarliest(v, ps, from, limit) {
    let pos = from;
    for (let i = 1; i < ps.length - 1; i++) {
        const q = pieceFirst(v, ps[i], pos, limit);
        if (q === -1)
            return -1;
        pos = q + ps[i].len;
    }
    return pos;
}
/** The start of the latest places of the middle pieces in v[lo, limit) (each as late as it goes before the next); -1
 * when they do not fit. */
function middleLatest(v, ps, lo, limit) {
    let pos = limit;
    for (let i = ps.length - 2; i >= 1; i--) {
        const q = pieceLast(v, ps[i], lo, pos - ps[i].len);
        if (q === -1)
            return -1;
        pos = q;
    }
    return pos;
}
/**
 * The length of the shortest (or longest) prefix of v that re matches; -1 when none. What testing v.slice(0, k) for
 * each k gives, found from the pieces: the first one at 0, the middle ones at their earliest, and then the first (or
 * last) place of the last piece (each k tested took as long as the value: 64,000 characters, 5 s).
 */
function prefixCut(v, re, longest) {
    if (re === NO_MATCH)
        return -1;
    const ps = globPieces.get(re);
    if (ps === undefined) {
        if (longest)
            for (let k = v.length; k >= 0; k--)
                if (re.test(v.slice(0, k)))
                    return k;
        if (!longest)
            for (let k = 0; k <= v.length; k++)
                if (re.test(v.slice(0, k)))
                    return k;
        return -1;
    }
    const first = ps[0];
    if (!pieceAt(v, first, 0))
        return -1;
    if (ps.length === 1)
        return first.len;
    const last = ps[ps.length - 1];
    const e = middleEarliest(v, ps, first.len, v.length - last.len);
    if (e === -1)
        return -1;
    const p = longest ? pieceLast(v, last, e, v.length - last.len) : pieceFirst(v, last, e, v.length);
    return p === -1 ? -1 : p + last.len;
}
/** Where the longest (or shortest) suffix of v that re matches starts; -1 when none. As prefixCut, from the other end:
 * the last piece at the end, and the first piece at its first place (longest: a later one fits no better) or at the
 * last place before the latest places of the middle ones. */
function suffixCut(v, re, longest) {
    if (re === NO_MATCH)
        return -1;
    const ps = globPieces.get(re);
    if (ps === undefined) {
        if (longest)
            for (let k = 0; k <= v.length; k++)
                if (re.test(v.slice(k)))
                    return k;
        if (!longest)
            for (let k = v.length; k >= 0; k--)
                if (re.test(v.slice(k)))
                    return k;
        return -1;
    }
    const n = v.length;
    const last = ps[ps.length - 1];
    if (!pieceAt(v, last, n - last.len))
        return -1;
    if (ps.length === 1)
        return n - last.len;
    const first = ps[0];
    const limit = n - last.len;
    if (longest) {
        const k = pieceFirst(v, first, 0, limit);
        if (k === -1)
            return -1;
        return middleEarliest(v, ps, k + first.len, limit) === -1 ? -1 : k;
    }
    const s = middleLatest(v, ps, first.len, limit);
    if (s === -1)
        return -1;
    return pieceLast(v, first, 0, s - first.len);
}
/**
 * The bracket expression opening at `pat[k]` as bash reads it, as one RegExp class, and where its `]` is; undefined
 * when there is no closing `]` (the `[` is then itself). A `]` right after `[`, `[!` or `[^` is a member; `\\x`
 * and quoted characters are themselves; `[:name:]` is a POSIX class (an unknown name matches nothing, as in bash);
 * `[.x.]` and `[=x=]` are `x`; a `-` first, last or next to a POSIX class is itself; a `[:` without its `:]` is not
 * a member, and a `[.` without its `.]` makes the expression match nothing (both as bash 5.2 does). A reversed range makes the
 * RegExp invalid (matching nothing, as in bash). Taking the text up to the first `]` as the class read `[]a]`,
 * `[a\\]]` and `[[:digit:]]` otherwise than bash does.
 */
function bracket(pat, k) {
    let j = k + 1;
    let negate = false;
    if (pat[j] === '!' || pat[j] === '^') {
        negate = true;
        j++;
    }
    let body = '';
    let never = false;
    // the previous member when it can start a range (a single character), else undefined
    let single;
    for (let first = true; j < pat.length; first = false, j++) {
        let c = pat[j];
        if (c === ']' && !first)
            return { re: never ? (negate ? '[\\s\\S]' : '(?!)') : `[${negate ? '^' : ''}${body}]`, end: j };
        if (c === '[' && (pat[j + 1] === ':' || pat[j + 1] === '.' || pat[j + 1] === '=')) {
            const kind = pat[j + 1];
            const close = pat.indexOf(`${kind}]`, j + 2);
            if (close >= 0) {
                const name = pat.slice(j + 2, close);
                j = close + 1;
                if (kind === ':') {
                    const cls = POSIX_CLASSES[name];
                    if (cls === undefined)
                        never = true;
                    else
                        body += cls;
                    single = undefined;
                    continue;
                }
                // a collating element of one character is that character; bash knows no other here
                if (name.length !== 1) {
                    never = true;
                    single = undefined;
                    continue;
                }
                c = name;
            }
            else if (kind === ':') {
                // bash: a `[:` that no `:]` closes is not a member, the `:` after it is
                single = undefined;
                continue;
            }
            else if (kind === '.') {
                // bash: nor can the bracket expression match anything
                never = true;
                single = undefined;
                continue;
            }
        }
        const escaped = c === '\x00' || c === '\\';
        if (escaped)
            c = pat[++j] ?? '';
        if (c === '-' && !escaped && single !== undefined && j + 1 < pat.length && pat[j + 1] !== ']') {
            // a range from the previous single character to the next one
            let to = pat[++j];
            if (to === '\x00' || to === '\\')
                to = pat[++j] ?? '';
            else if (to === '[' && (pat[j + 1] === '.' || pat[j + 1] === '=')) {
                const close = pat.indexOf(`${pat[j + 1]}]`, j + 2);
                if (close >= 0) {
                    to = pat.slice(j + 2, close);
                    j = close + 1;
                }
            }
            body += `-${classChar(to)}`;
            single = undefined;
            continue;
        }
        body += classChar(c);
        single = c.length === 1 ? c : undefined;
    }
    return undefined;
}
function classChar(c) {
    return c.replace(/[\\\]\[^-]/g, '\\$&');
}
/** POSIX character classes in the C locale (a runner's shell), as RegExp class members. */
const POSIX_CLASSES = {
    alpha: 'A-Za-z',
    digit: '0-9',
    alnum: '0-9A-Za-z',
    upper: 'A-Z',
    lower: 'a-z',
    space: ' \\t\\n\\r\\f\\v',
    blank: ' \\t',
    punct: '!-\\/:-@\\[-`{-~',
    xdigit: '0-9A-Fa-f',
    cntrl: '\\x00-\\x1f\\x7f',
    print: '\\x20-\\x7e',
    graph: '\\x21-\\x7e',
    word: '0-9A-Za-z_',
};
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** `${v#re}` `${v##re}` `${v%re}` `${v%%re}` */
function trimPattern(value, op, re) {
    if (op === '#' || op === '##') {
        const k = prefixCut(value, re, op === '##');
        return k === -1 ? value : value.slice(k);
    }
    if (op === '%' || op === '%%') {
        const k = suffixCut(value, re, op === '%%');
        return k === -1 ? value : value.slice(0, k);
    }
    return value;
}
/** `${v/re/rep}` `${v//re/rep}` `${v/#re/rep}` `${v/%re/rep}` */
function substitute(value, op, re, rep) {
    const src = re.source.slice(4, -2); // strip ^(?: … )$
    if (op === '/#') {
        const k = prefixCut(value, re, true);
        return k === -1 ? value : rep + value.slice(k);
    }
    if (op === '/%') {
        const k = suffixCut(value, re, true);
        return k === -1 ? value : value.slice(0, k) + rep;
    }
    if (src === '' || re === NO_MATCH)
        return value;
    const ps = globPieces.get(re);
    if (ps === undefined) {
        const g = new RegExp(src, op === '//' ? 'g' : '');
        return value.replace(g, (m, ...args) => (m === '' && value.length > 0 && args[args.length - 2] === value.length ? '' : rep));
    }
    // Each match found from the pieces (the leftmost start, the longest there): an unanchored search of the
    // pattern tried every start, each as long as the rest of the value (`${v/*9/X}` on 64,000 characters: 3.5 s).
    const n = value.length;
    let out = '';
    let from = 0;
    while (from <= n) {
        const m = leftmostLongest(value, ps, from);
        if (m === undefined)
            break;
        const [start, end] = m;
        // bash goes on after a match while there is text left: a pattern that matches nothing (`*` after the whole
        // word) is not replaced again at the end, except in an empty word (bash: `w=abc; ${w//*/X}` is X, not XX)
        if (start === end && start === n && n > 0)
            break;
        out += value.slice(from, start) + rep;
        if (end === start) {
            out += value.slice(start, start + 1);
            from = start + 1;
        }
        else
            from = end;
        if (op !== '//')
            break;
    }
    return from <= n ? out + value.slice(from) : out;
}
/**
 * The leftmost match in v at or after `from`, and the longest there, as [start, end). Only the first place of the
 * first piece can start one: a later start puts the middle pieces no earlier, so the last piece fits no better.
 */
function leftmostLongest(v, ps, from) {
    const first = ps[0];
    const s = pieceFirst(v, first, from, v.length);
    if (s === -1)
        return undefined;
    if (ps.length === 1)
        return [s, s + first.len];
    const last = ps[ps.length - 1];
    const e = middleEarliest(v, ps, s + first.len, v.length - last.len);
    if (e === -1)
        return undefined;
    const q = pieceLast(v, last, e, v.length - last.len);
    return q === -1 ? undefined : [s, q + last.len];
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/unknown.ts
/** A value the static reader cannot evaluate, with the reason shown to the user. */
class Unknown {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/ver-funcs.ts
/**
 * The package-manager functions whose result is fully determined by their arguments and PV, so a static
 * reader can evaluate them: eapi7-ver's `ver_cut` / `ver_rs` (PMS 12.3.14) and cargo.eclass's
 * `cargo_crate_uris` (CRATES → SRC_URI lines).
 */

/** Split a version into alternating [sep0, comp1, sep1, comp2, …, sepN]. */
function verSplit(v) {
    const out = [];
    let k = 0;
    while (k <= v.length) {
        let s = '';
        while (k < v.length && !/[A-Za-z0-9]/.test(v[k]))
            s += v[k++];
        out.push(s);
        if (k >= v.length)
            break;
        let c = '';
        if (/[0-9]/.test(v[k]))
            while (k < v.length && /[0-9]/.test(v[k]))
                c += v[k++];
        else
            while (k < v.length && /[A-Za-z]/.test(v[k]))
                c += v[k++];
        out.push(c);
    }
    if (out.length % 2 === 0)
        out.push('');
    return out;
}
function parseRange(r, max) {
    const m = /^(\d+)(-(\d*))?$/.exec(r);
    if (!m)
        return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : m[3] === '' ? max : Number(m[3]);
    return [a, Math.min(b, max)];
}
function verCut(args, pv) {
    if (args.length < 1 || args.length > 2)
        return new Unknown('ver_cut takes a range and an optional version');
    const parts = verSplit(args[1] ?? pv);
    const ncomp = (parts.length - 1) / 2;
    const r = parseRange(args[0], ncomp);
    if (!r)
        return new Unknown(`ver_cut range "${args[0]}" is not understood`);
    const [a, b] = r;
    // component i is parts[2i-1]; include separators between a and b
    const from = a <= 0 ? 0 : 2 * a - 1;
    const to = 2 * b - 1;
    if (to < from)
        return '';
    return parts.slice(from, to + 1).join('');
}
function verRs(args, pv) {
    let version = pv;
    const a = [...args];
    if (a.length % 2 === 1)
        version = a.pop();
    const parts = verSplit(version);
    const ncomp = (parts.length - 1) / 2;
    for (let k = 0; k < a.length; k += 2) {
        const r = parseRange(a[k], ncomp);
        if (!r)
            return new Unknown(`ver_rs range "${a[k]}" is not understood`);
        for (let s = r[0]; s <= r[1]; s++) {
            // separator s sits after component s (index 2s); only replaced when present between components
            const idx = 2 * s;
            if (idx < parts.length && (parts[idx] !== '' || (s > 0 && s < ncomp)))
                parts[idx] = a[k + 1];
        }
    }
    return parts.join('');
}
/** `name@version` (or legacy `name-version`) → [name, version]. */
function splitCrate(spec) {
    const at = spec.indexOf('@');
    if (at > 0)
        return [spec.slice(0, at), spec.slice(at + 1)];
    const m = /^([A-Za-z0-9_-]+?)-(\d+\.\d+\.\d+.*)$/.exec(spec);
    return m ? [m[1], m[2]] : null;
}
/** The SRC_URI lines cargo.eclass computes from a CRATES value. */
function crateUris(crates) {
    const out = [];
    for (const c of crates.split(/\s+/).filter(Boolean)) {
        const nv = splitCrate(c);
        if (!nv)
            return new Unknown(`crate "${c}" is neither name@version nor name-version`);
        out.push(`https://crates.io/api/v1/crates/${nv[0]}/${nv[1]}/download -> ${nv[0]}-${nv[1]}.crate`);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/expand.ts





/** Build-time directories kept verbatim (the package manager decides them; they are not content). */
const VERBATIM_VARS = new Set([
    'FILESDIR', 'WORKDIR', 'T', 'D', 'ED', 'S', 'EPREFIX', 'EROOT', 'ROOT', 'BROOT', 'DISTDIR', 'SYSROOT',
    'ESYSROOT', 'HOME', 'TMPDIR',
]);
function lookupScalar(ctx, name) {
    const v = ctx.vars.get(name);
    if (v) {
        if (v.kind === 'string')
            return v.value;
        if (v.kind === 'array')
            return v.values[0] ?? '';
        return new Unknown(`\${${name}} is not known statically (${v.reason})`);
    }
    if (Object.hasOwn(ctx.env, name))
        return ctx.env[name];
    if (name === 'CARGO_CRATE_URIS' && ctx.cargoCrateUris !== undefined) {
        if (typeof ctx.cargoCrateUris === 'function')
            ctx.cargoCrateUris = ctx.cargoCrateUris();
        return ctx.cargoCrateUris;
    }
    if (VERBATIM_VARS.has(name))
        return `\${${name}}`;
    if (ctx.unset?.(name))
        return '';
    return new Unknown(`\${${name}} is not set in this file (eclass, profile or package-manager variable)`);
}
function lookupArray(ctx, name) {
    const v = ctx.vars.get(name);
    if (v && v.kind === 'array')
        return v.values;
    const s = lookupScalar(ctx, name);
    if (s instanceof Unknown)
        return s;
    return [s];
}
/** Evaluate a pattern word inside `${…}`: expansions resolved, quoted characters marked literal. */
function evalPattern(raw, ctx) {
    const r = evalWord(raw, ctx, { pattern: true });
    if (r instanceof Unknown)
        return r;
    return r.fields.join(' ');
}
/** `${#NAME}` / `${#NAME[@]}` */
function lengthExpand(body, ctx) {
    const name = body.slice(1);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        const v = lookupScalar(ctx, name);
        return v instanceof Unknown ? v : { text: [String(v.length)], isArray: false };
    }
    const am = /^([A-Za-z_][A-Za-z0-9_]*)\[[@*]\]$/.exec(name);
    if (am) {
        const a = lookupArray(ctx, am[1]);
        return a instanceof Unknown ? a : { text: [String(a.length)], isArray: false };
    }
    return new Unknown(`\${${body}} cannot be evaluated statically`);
}
/** The value(s) `${NAME…}` / `${NAME[i]…}` starts from, before its operator. */
function baseValues(name, sub, body, ctx) {
    if (sub === '@' || sub === '*') {
        const a = lookupArray(ctx, name);
        if (a instanceof Unknown)
            return a;
        // "${A[*]}" joins; ${A[@]} keeps the elements (unquoted, the caller splits them anyway)
        return { text: sub === '*' ? [a.join(' ')] : a, isArray: sub === '@' };
    }
    if (sub !== undefined) {
        const v = ctx.vars.get(name);
        if (v && v.kind === 'array')
            return { text: [v.values[Number(sub)] ?? ''], isArray: false };
        if (v && v.kind === 'unknown')
            return new Unknown(`\${${name}} is not known statically (${v.reason})`);
        if (sub === '0') {
            const s = lookupScalar(ctx, name);
            return s instanceof Unknown ? s : { text: [s], isArray: false };
        }
        return new Unknown(`\${${body}} cannot be evaluated statically`);
    }
    const s = lookupScalar(ctx, name);
    return s instanceof Unknown ? s : { text: [s], isArray: false };
}
/** `${NAME:-w}` `${NAME-w}` `${NAME:+w}` `${NAME+w}` (and `=` `?`, read like `-`: the assignment `:=` makes is
 * the caller's); undefined when `rest` is not one of them. */
function defaultExpand(name, rest, ctx) {
    const dm = /^(:?)([-+=?])([\s\S]*)$/.exec(rest);
    if (!dm)
        return undefined;
    const isUnset = !ctx.vars.has(name) && !Object.hasOwn(ctx.env, name) && !!ctx.unset?.(name);
    const v = isUnset ? '' : lookupScalar(ctx, name);
    if (v instanceof Unknown)
        return v;
    const useAlt = dm[1] === ':' ? v !== '' : !isUnset;
    if (dm[2] === '?')
        return useAlt ? { text: [v], isArray: false } : new Unknown(`\${${name}${rest}} is unset: bash stops here`);
    if (dm[2] === '=')
        dm[2] = '-';
    const word = evalWord(dm[3], ctx, {});
    if (word instanceof Unknown)
        return dm[2] === '-' && useAlt ? { text: [v], isArray: false } : word;
    if (dm[2] === '-')
        return { text: [useAlt ? v : word.fields.join(' ')], isArray: false };
    return { text: [useAlt ? word.fields.join(' ') : ''], isArray: false };
}
/** Apply the operator `rest` (`#pat`, `/pat/rep`, `:off:len`, `^^`, …) to every value. */
function applyOperator(base, rest, body, ctx) {
    const apply = (fn) => ({ text: base.text.map(fn), isArray: base.isArray });
    let om;
    if ((om = /^(##|#|%%|%)([\s\S]*)$/.exec(rest))) {
        const pat = evalPattern(om[2], ctx);
        if (pat instanceof Unknown)
            return pat;
        const re = globToRegex(pat);
        const op = om[1];
        return apply((s) => trimPattern(s, op, re));
    }
    if ((om = /^(\/\/|\/#|\/%|\/)((?:\\.|[^/])*)(?:\/([\s\S]*))?$/.exec(rest))) {
        const pat = evalPattern(om[2], ctx);
        if (pat instanceof Unknown)
            return pat;
        const repW = evalWord(om[3] ?? '', ctx, {});
        if (repW instanceof Unknown)
            return repW;
        const re = globToRegex(pat);
        const op = om[1];
        const rep = repW.fields.join(' ');
        return apply((s) => substitute(s, op, re, rep));
    }
    if ((om = /^:(\s*-?\d+)(?::(\s*-?\d+))?$/.exec(rest))) {
        const off = Number(om[1]);
        const len = om[2] === undefined ? undefined : Number(om[2]);
        return apply((s) => {
            const start = off < 0 ? Math.max(0, s.length + off) : off;
            if (len === undefined)
                return s.slice(start);
            if (len < 0)
                return s.slice(start, s.length + len);
            return s.slice(start, start + len);
        });
    }
    if (rest === '^^')
        return apply((s) => s.toUpperCase());
    if (rest === ',,')
        return apply((s) => s.toLowerCase());
    if (rest === '^')
        return apply((s) => s.charAt(0).toUpperCase() + s.slice(1));
    if (rest === ',')
        return apply((s) => s.charAt(0).toLowerCase() + s.slice(1));
    return new Unknown(`\${${body}} uses an expansion that is not evaluated statically`);
}
/** Expand the body of `${…}`. */
function paramExpand(body, ctx) {
    if (body.startsWith('#'))
        return lengthExpand(body, ctx);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[(@|\*|\d+)\])?/.exec(body);
    if (!m)
        return new Unknown(`\${${body}} cannot be evaluated statically`);
    const name = m[1];
    const rest = body.slice(m[0].length);
    if (m[3] === undefined) {
        // defaults need to know set-ness before the value
        const d = defaultExpand(name, rest, ctx);
        if (d !== undefined)
            return d;
    }
    const base = baseValues(name, m[3], body, ctx);
    if (base instanceof Unknown || rest === '')
        return base;
    return applyOperator(base, rest, body, ctx);
}
function commandSubst(inner, ctx) {
    const words = inner.trim().split(/\s+/).filter(Boolean);
    const fn = words[0];
    if (fn !== 'ver_cut' && fn !== 'ver_rs' && fn !== 'cargo_crate_uris') {
        return new Unknown(`$(${inner.trim().slice(0, 60)}) is a command substitution`);
    }
    const args = [];
    for (const w of words.slice(1)) {
        const r = evalWord(w, ctx, {});
        if (r instanceof Unknown)
            return r;
        // unquoted expansions split into several arguments, as bash would
        for (const f of r.fields)
            args.push(f);
    }
    const pv = ctx.env.PV;
    if (pv === undefined)
        return new Unknown(`$(${fn}) needs PV, which is only known from the file name`);
    if (fn === 'ver_cut')
        return verCut(args, pv);
    if (fn === 'ver_rs')
        return verRs(args, pv);
    if (args.length > 0)
        return crateUris(args.join(' '));
    const crates = lookupScalar(ctx, 'CRATES');
    return crates instanceof Unknown ? crates : crateUris(crates);
}
function wLit(st, s, quoted) {
    if (st.opts.pattern && quoted)
        st.cur += s.replace(/[\s\S]/g, '\x00$&');
    else
        st.cur += s;
    st.curHas = true;
}
function wPush(st, parts, quoted, isArray) {
    if (quoted && isArray) {
        // "${A[@]}": one field per element, glued to the surrounding text
        for (let idx = 0; idx < parts.length; idx++) {
            if (idx > 0) {
                st.fields.push(st.cur);
                st.cur = '';
            }
            wLit(st, parts[idx], true);
        }
        return;
    }
    const s = parts.length === 1 ? parts[0] : parts.join(' ');
    if (quoted || !st.opts.split) {
        wLit(st, s, quoted);
        return;
    }
    const pieces = s.split(/[ \t\n]+/);
    for (let idx = 0; idx < pieces.length; idx++) {
        if (idx > 0 && st.curHas) {
            st.fields.push(st.cur);
            st.cur = '';
            st.curHas = false;
        }
        if (pieces[idx] !== '')
            wLit(st, pieces[idx], false);
    }
}
const NAME_AT_START = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Expand the `$…` at st.k. */
function wDollar(st, quoted) {
    const { raw, ctx } = st;
    const k = st.k;
    const next = raw[k + 1];
    if (next === '{') {
        const end = matchBrace(raw, k + 2);
        const r = paramExpand(raw.slice(k + 2, end - 1), ctx);
        if (r instanceof Unknown)
            return r;
        wPush(st, r.text, quoted, r.isArray);
        st.k = end;
        return undefined;
    }
    if (next === '(') {
        if (raw[k + 2] === '(')
            return new Unknown('$(( … )) arithmetic is not evaluated statically');
        const end = matchParen(raw, k + 2);
        const r = commandSubst(raw.slice(k + 2, end - 1), ctx);
        if (r instanceof Unknown)
            return r;
        wPush(st, [r], quoted, false);
        st.k = end;
        return undefined;
    }
    const nm = NAME_AT_START.exec(raw.slice(k + 1));
    if (nm) {
        const v = lookupScalar(ctx, nm[0]);
        if (v instanceof Unknown)
            return v;
        wPush(st, [v], quoted, false);
        st.k = k + 1 + nm[0].length;
        return undefined;
    }
    if (next !== undefined && /[0-9@*#?$!-]/.test(next))
        return new Unknown(`$${next} is a special parameter`);
    wLit(st, '$', quoted);
    st.k = k + 1;
    return undefined;
}
/** The inside of a `"…"` starting at st.k (the opening quote); leaves st.k past the closing quote. */
function wDoubleQuoted(st) {
    const { raw } = st;
    const n = raw.length;
    st.curHas = true;
    st.k++;
    while (st.k < n && raw[st.k] !== '"') {
        const j = st.k;
        const d = raw[j];
        if (d === '\\') {
            const e = raw[j + 1];
            if (e === '\n')
                st.k += 2;
            else if (e === '$' || e === '`' || e === '"' || e === '\\') {
                wLit(st, e, true);
                st.k += 2;
            }
            else {
                wLit(st, '\\', true);
                st.k++;
            }
        }
        else if (d === '$') {
            const u = wDollar(st, true);
            if (u)
                return u;
        }
        else if (d === '`')
            return new Unknown('`…` is a command substitution');
        else {
            // copy the run of plain characters at once (long CRATES lists)
            const e = (st.stops ??= new QuoteStops(raw)).next(j + 1);
            wLit(st, raw.slice(j, e), true);
            st.k = e;
        }
    }
    st.k++;
    return undefined;
}
/** Evaluate one shell word to fields (one field unless `split`). */
function evalWord(raw, ctx, opts) {
    const st = { raw, ctx, opts, fields: [], cur: '', curHas: false, k: 0, stops: undefined };
    const n = raw.length;
    while (st.k < n) {
        const k = st.k;
        const c = raw[k];
        if (c === '\\') {
            if (raw[k + 1] !== '\n')
                wLit(st, raw[k + 1] ?? '', true);
            st.k = k + 2;
        }
        else if (c === "'") {
            const end = raw.indexOf("'", k + 1);
            const e = end === -1 ? n : end;
            wLit(st, raw.slice(k + 1, e), true);
            st.k = e + 1;
        }
        else if (c === '$' && raw[k + 1] === "'") {
            return new Unknown("$'…' quoting is not evaluated statically");
        }
        else if (c === '"') {
            const u = wDoubleQuoted(st);
            if (u)
                return u;
        }
        else if (c === '$') {
            const u = wDollar(st, false);
            if (u)
                return u;
        }
        else if (c === '`') {
            return new Unknown('`…` is a command substitution');
        }
        else {
            if (opts.split && (c === '*' || c === '?' || c === '[')) {
                return new Unknown(`"${raw}" would be expanded as a file name pattern at build time`);
            }
            wLit(st, c, false);
            st.k = k + 1;
        }
    }
    if (st.curHas || !opts.split)
        st.fields.push(st.cur);
    return { fields: st.fields };
}

// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/gentoo/ebuild/assign.ts




/** Evaluate the right-hand side of `NAME=raw` or `NAME=( elems )`. */
function assignedValue(ctx, rawValue, line, elems) {
    if (elems === undefined) {
        const r = evalWord(rawValue, ctx, {});
        return r instanceof Unknown
            ? { kind: 'unknown', raw: rawValue, line, reason: r.reason }
            : { kind: 'string', value: r.fields.join(' '), line };
    }
    const values = [];
    for (const e of elems) {
        for (const ex of braceExpand(e)) {
            const r = evalWord(ex, ctx, { split: true });
            if (r instanceof Unknown)
                return { kind: 'unknown', raw: rawValue, line, reason: r.reason };
            (0,finding/* pushAll */.iI)(values, r.fields);
        }
    }
    return { kind: 'array', values, line };
}
/**
 * Values something holds on to past the next assignment (cargo.eclass's CRATES as at `inherit cargo`): `+=` makes
 * a new value from these instead of adding to them.
 */
const retained = new WeakSet();
/** Keep `v` as it is now: a later `+=` to its variable leaves it unchanged. */
function retainValue(v) {
    retained.add(v);
}
/**
 * `NAME+=value` onto the previous value (bash: a string appends to element 0 of an array). An array is extended in
 * place (`A+=( x )` a thousand times copied the array a thousand times); the previous value is the variable's own,
 * replaced by the result, unless retained.
 */
function appendValue(prev, value, rawValue) {
    if (prev.kind === 'unknown') {
        return { kind: 'unknown', raw: `${prev.raw} … ${rawValue}`, line: prev.line, reason: prev.reason };
    }
    if (value.kind === 'unknown')
        return { ...value, line: prev.line };
    if (prev.kind === 'string' && value.kind === 'string') {
        return { kind: 'string', value: prev.value + value.value, line: prev.line };
    }
    if (prev.kind === 'array' && (value.kind === 'array' || value.kind === 'string')) {
        const own = retained.has(prev) ? { kind: 'array', values: [...prev.values], line: prev.line } : prev;
        if (value.kind === 'array')
            (0,finding/* pushAll */.iI)(own.values, value.values);
        else
            own.values[0] = (own.values[0] ?? '') + value.value;
        return own;
    }
    if (prev.kind === 'string' && value.kind === 'array') {
        return { kind: 'array', values: [prev.value, ...value.values], line: prev.line };
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/bash-syntax.ts
/**
 * "Would `bash -n` accept this file?" — bash 5.2's grammar (parse.y) over the tokens of bash-scan.ts: lists,
 * pipelines, `if`/`case`/`for`/`select`/`while`/`until`, `{ }`, `( )`, `(( ))`, `[[ ]]`, function definitions
 * (nested too), redirections and here-documents, and `$( … )` parsed as the commands it holds.
 *
 * Three answers: `ok`; `error` with the line and message bash itself prints; `unknown` when the file uses
 * something this reader does not follow exactly (`coproc`, `((` read back as subshells, anything odd inside
 * `[[ ]]`, where bash's own exit status is inconsistent) — an unknown is never reported as a finding.
 * Options are bash's defaults, as Portage sources an ebuild: extended globs are off outside `[[ ]]` (Portage's
 * isolated-functions.sh sets expand_aliases and extdebug, not extglob), so `@(a|b)` there is an error.
 */

/** Check the syntax of a whole file as `bash -n` does (bash 5.2, default options). Never throws. */
function checkBashSyntax(src) {
    const p = new BashParser(src);
    try {
        p.program();
        return { kind: 'ok', functions: p.functions };
    }
    catch (e) {
        if (e instanceof BashSyntaxError)
            return { kind: 'error', line: e.line, message: e.message, ...(e.context ? { context: e.context } : {}) };
        if (e instanceof BashUnsure)
            return { kind: 'unknown', line: e.line, reason: e.reason };
        if (e instanceof RangeError)
            return { kind: 'unknown', line: 1, reason: 'nested too deeply to follow' };
        throw e;
    }
}
const RESERVED = new Set([
    'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in',
    'function', 'time', '{', '}', '!', '[[', ']]', 'coproc',
]);
/** Commands after which `NAME=( … )` is still an assignment (bash's ASSIGNMENT_BUILTIN, plus eval and let). */
const DECLARATION = new Set(['alias', 'declare', 'export', 'local', 'readonly', 'typeset', 'eval', 'let']);
const COMPOUND_START = new Set(['{', 'if', 'for', 'select', 'while', 'until', 'case', '[[']);
/**
 * Whether a word is an assignment as bash's parser sees one: what /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?=/
 * matches (a test holds the two together), a subscript reaching any `]` followed by `=` or `+=`. Only the name
 * and what follows it are read, not the whole word.
 */
function isAssignmentWord(s) {
    const end = nameEnd(s);
    if (end === 0)
        return false;
    const assignsAt = (k) => s.charCodeAt(k) === 61 || (s.charCodeAt(k) === 43 && s.charCodeAt(k + 1) === 61);
    if (s.charCodeAt(end) !== 91 /* [ */)
        return assignsAt(end);
    for (let k = s.indexOf(']', end + 1); k !== -1; k = s.indexOf(']', k + 1))
        if (assignsAt(k + 1))
            return true;
    return false;
}
const MAX_DEPTH = 400;
const THEN = new Set(['then']);
const ELSE_FI = new Set(['elif', 'else', 'fi']);
const FI = new Set(['fi']);
const DO = new Set(['do']);
const DONE = new Set(['done']);
const BRACE = new Set(['}']);
const PAREN = new Set([')']);
const CASE_END = new Set([';;', ';&', ';;&', 'esac']);
const COND_OPS = new Set(['(', ')', '&&', '||', '<', '>']);
const isWord = (t, text) => t.k === 'word' && !t.quoted && t.text === text;
class BashParser {
    functions = [];
    sc;
    la;
    lastEnd = 0;
    comsubDepth = 0;
    fnDepth = 0;
    depth = 0;
    /** Constructs open at the current point, innermost last: named when the file ends inside one. */
    open = [];
    constructor(src) {
        this.sc = new BashScanner(src, () => this.comsub());
    }
    // --- tokens ---
    peek(mode) {
        if (this.la) {
            if (this.la.mode === mode || !modeMatters(this.la.tok))
                return this.la.tok;
            // read again in the new mode (a word's `NAME=(`, subscripts and patterns depend on it)
            this.sc.pos = this.la.tok.start;
            this.la = undefined;
        }
        const tok = this.sc.next(mode);
        this.la = { tok, mode };
        return tok;
    }
    consume() {
        const t = this.la.tok;
        this.la = undefined;
        this.lastEnd = t.end;
        return t;
    }
    unexpected(t) {
        if (t.k === 'eof') {
            const message = this.comsubDepth > 0 ? "unexpected EOF while looking for matching `)'" : 'syntax error: unexpected end of file';
            throw new BashSyntaxError(this.sc.eofLine(), message, this.eofContext());
        }
        if (t.k === 'nl')
            throw new BashSyntaxError(this.sc.lineAt(t.start), "syntax error near unexpected token `newline'");
        const text = t.k === 'op' ? t.op : t.text;
        // bash has read one character past most tokens (past line continuations too): its line counts
        const lookahead = t.k === 'word' || LOOKAHEAD_OPS.has(t.op);
        throw new BashSyntaxError(this.sc.lineAfter(t.end, lookahead), `syntax error near unexpected token \`${text}'`);
    }
    /** Why the file ended too early, in the user's terms: what is still open, and a `${…}` that ran over lines. */
    eofContext() {
        const parts = [];
        const span = this.sc.firstMultilineBrace;
        if (span)
            parts.push(`the \${…} expansion opened on line ${span.from} runs to line ${span.to} (a quote inside it?)`);
        let inner = this.open[this.open.length - 1];
        // the body of `name() {` is the function itself to the reader
        const outer = this.open[this.open.length - 2];
        if (inner?.what === 'the "{"' && outer?.what.startsWith('the function '))
            inner = outer;
        if (inner)
            parts.push(`${inner.what} opened on line ${inner.line} is not closed`);
        return parts.join('; ');
    }
    opened(what, t) {
        this.open.push({ what, line: this.sc.lineAt(t.start) });
    }
    newlines(mode = 'cmd') {
        while (this.peek(mode).k === 'nl')
            this.consume();
    }
    expectWord(text) {
        const t = this.peek('cmd');
        if (!isWord(t, text))
            this.unexpected(t);
        this.consume();
    }
    expectOp(op, mode = 'arg') {
        const t = this.peek(mode);
        if (t.k !== 'op' || t.op !== op)
            this.unexpected(t);
        this.consume();
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            throw new BashUnsure(this.sc.lineAt(this.sc.pos), 'nested too deeply to follow');
    }
    // --- lists ---
    program() {
        for (;;) {
            const t = this.peek('cmd');
            if (t.k === 'eof')
                return;
            if (t.k === 'nl') {
                this.consume();
                continue;
            }
            this.andOr();
            const s = this.peek('arg');
            if (s.k === 'eof')
                return;
            if (s.k === 'nl' || (s.k === 'op' && (s.op === ';' || s.op === '&')))
                this.consume();
            else
                this.unexpected(s);
        }
    }
    /** bash's compound_list: commands up to one of `terms` (reserved words or operators) in command position. */
    list(terms, allowEmpty = false) {
        this.newlines();
        let count = 0;
        for (;;) {
            const t = this.peek('cmd');
            if (t.k === 'eof' || (t.k === 'op' && terms.has(t.op)) || (t.k === 'word' && !t.quoted && terms.has(t.text)))
                break;
            this.andOr();
            count++;
            const s = this.peek('arg');
            if (s.k === 'nl' || (s.k === 'op' && (s.op === ';' || s.op === '&'))) {
                this.consume();
                this.newlines();
                continue;
            }
            break;
        }
        if (count === 0 && !allowEmpty)
            this.unexpected(this.peek('cmd'));
    }
    andOr() {
        this.pipeline();
        for (;;) {
            const t = this.peek('arg');
            if (t.k !== 'op' || (t.op !== '&&' && t.op !== '||'))
                return;
            this.consume();
            this.newlines();
            this.pipeline();
        }
    }
    pipeline() {
        let t = this.peek('cmd');
        if (isWord(t, 'time')) {
            this.consume();
            t = this.peek('cmd');
            if (isWord(t, '-p')) {
                this.consume();
                t = this.peek('cmd');
            }
            if (endsPipeline(t))
                return;
        }
        while (isWord(t, '!')) {
            this.consume();
            t = this.peek('cmd');
            if (endsPipeline(t))
                return; // a lone `!` is a command
        }
        this.command();
        for (;;) {
            const s = this.peek('arg');
            if (s.k !== 'op' || (s.op !== '|' && s.op !== '|&'))
                return;
            this.consume();
            this.newlines();
            this.command();
        }
    }
    // --- commands ---
    command() {
        this.enter();
        const t = this.peek('cmd');
        if (t.k === 'eof' || t.k === 'nl')
            this.unexpected(t);
        if (t.k === 'op') {
            if (t.op === '(') {
                this.consume();
                this.opened('the subshell "("', t);
                this.list(PAREN);
                this.expectOp(')', 'cmd');
                this.open.pop();
                this.redirects();
            }
            else if (t.op === '((') {
                this.consume();
                this.redirects();
            }
            else if (isRedirectOp(t.op))
                this.simpleCommand();
            else
                this.unexpected(t);
        }
        else if (!t.quoted && RESERVED.has(t.text)) {
            this.consume();
            this.opened(`the "${t.text}"`, t);
            this.compound(t);
            this.open.pop();
        }
        else
            this.simpleCommand();
        this.depth--;
    }
    /** A command starting with the reserved word `t` (already read). */
    compound(t) {
        switch (t.text) {
            case 'if':
                this.ifCommand();
                break;
            case 'for':
            case 'select':
                this.forCommand(t.text === 'select');
                break;
            case 'while':
            case 'until':
                this.list(DO);
                this.expectWord('do');
                this.list(DONE);
                this.expectWord('done');
                break;
            case 'case':
                this.caseCommand();
                break;
            case '{':
                this.list(BRACE);
                this.expectWord('}');
                break;
            case '[[':
                this.condCommand(t);
                break;
            case 'function':
                this.functionKeyword(t);
                return;
            case 'coproc':
            case 'time':
            case '!':
                throw new BashUnsure(this.sc.lineAt(t.start), `\`${t.text}\` here is not followed`);
            default:
                this.unexpected(t);
        }
        this.redirects();
    }
    ifCommand() {
        this.list(THEN);
        this.expectWord('then');
        this.list(ELSE_FI);
        for (;;) {
            const t = this.peek('cmd');
            if (isWord(t, 'elif')) {
                this.consume();
                this.list(THEN);
                this.expectWord('then');
                this.list(ELSE_FI);
            }
            else if (isWord(t, 'else')) {
                this.consume();
                this.list(FI);
                this.expectWord('fi');
                return;
            }
            else if (isWord(t, 'fi')) {
                this.consume();
                return;
            }
            else
                this.unexpected(t);
        }
    }
    forCommand(select) {
        let t = this.peek('cmd');
        if (!select && t.k === 'op' && t.op === '((') {
            this.consume();
            const s = this.peek('arg');
            if (s.k === 'op' && s.op === ';')
                this.consume();
            this.newlines();
            this.loopBody();
            return;
        }
        if (t.k !== 'word')
            this.unexpected(t);
        this.consume();
        this.newlines();
        t = this.peek('cmd');
        if (isWord(t, 'in')) {
            this.consume();
            for (;;) {
                const w = this.peek('arg');
                if (w.k === 'word')
                    this.consume();
                else if (w.k === 'nl' || (w.k === 'op' && w.op === ';')) {
                    this.consume();
                    break;
                }
                else
                    this.unexpected(w);
            }
            this.newlines();
        }
        else if (t.k === 'op' && t.op === ';') {
            this.consume();
            this.newlines();
        }
        this.loopBody();
    }
    /** `do … done` or `{ … }` after `for`/`select`. */
    loopBody() {
        const t = this.peek('cmd');
        if (isWord(t, 'do')) {
            this.consume();
            this.list(DONE);
            this.expectWord('done');
        }
        else if (isWord(t, '{')) {
            this.consume();
            this.list(BRACE);
            this.expectWord('}');
        }
        else
            this.unexpected(t);
    }
    caseCommand() {
        const w = this.peek('arg');
        if (w.k !== 'word')
            this.unexpected(w);
        this.consume();
        this.newlines();
        this.expectWord('in');
        for (;;) {
            this.newlines('arg');
            let t = this.peek('arg');
            if (isWord(t, 'esac')) {
                this.consume();
                return;
            }
            if (t.k === 'op' && t.op === '(') {
                this.consume();
                t = this.peek('arg');
            }
            this.casePatterns(t);
            this.list(CASE_END, true);
            const e = this.peek('cmd');
            if (isWord(e, 'esac')) {
                this.consume();
                return;
            }
            if (e.k !== 'op' || !CASE_END.has(e.op))
                this.unexpected(e);
            this.consume();
        }
    }
    /** `pat | pat … )` starting at token `t`. */
    casePatterns(t) {
        for (;;) {
            if (t.k !== 'word')
                this.unexpected(t);
            this.consume();
            const s = this.peek('arg');
            if (s.k === 'op' && s.op === ')') {
                this.consume();
                return;
            }
            if (s.k !== 'op' || s.op !== '|')
                this.unexpected(s);
            this.consume();
            t = this.peek('arg');
        }
    }
    /** `[[ … ]]` after `[[`: followed up to its `]]`; the expression itself is not checked. */
    condCommand(open) {
        try {
            this.condWords(open);
        }
        catch (e) {
            // bash's own answers inside [[ ]] vary (some of its errors there still exit 0): not followed
            if (e instanceof BashSyntaxError)
                throw new BashUnsure(this.sc.lineAt(open.start), `inside [[ ]]: ${e.message}`);
            throw e;
        }
    }
    condWords(open) {
        let mode = 'cond';
        for (;;) {
            const t = this.peek(mode);
            if (t.k === 'eof')
                throw new BashUnsure(this.sc.lineAt(open.start), '`[[` not closed by `]]`');
            this.consume();
            mode = 'cond';
            if (t.k === 'nl')
                continue;
            if (t.k === 'op') {
                if (!COND_OPS.has(t.op))
                    throw new BashUnsure(this.sc.lineAt(open.start), `\`${t.op}\` inside [[ ]] is not followed`);
                continue;
            }
            if (t.quoted)
                continue;
            if (t.text === ']]')
                return;
            if (t.text === '==' || t.text === '=' || t.text === '!=')
                mode = 'cond-pattern';
            else if (t.text === '=~')
                mode = 'cond-regex';
        }
    }
    /** `function NAME [()] body`, after `function`. */
    functionKeyword(kw) {
        const name = this.peek('arg');
        if (name.k !== 'word')
            this.unexpected(name);
        this.consume();
        const p = this.peek('arg');
        if (p.k === 'op' && p.op === '(') {
            this.consume();
            this.expectOp(')');
        }
        this.functionBody(name.text, kw.start);
    }
    functionBody(name, start) {
        this.open.push({ what: `the function ${name}()`, line: this.sc.lineAt(start) });
        this.newlines();
        const t = this.peek('cmd');
        const compound = t.k === 'op' ? t.op === '(' || t.op === '((' : t.k === 'word' && !t.quoted && COMPOUND_START.has(t.text);
        if (!compound)
            this.unexpected(t);
        this.fnDepth++;
        this.command();
        this.fnDepth--;
        if (this.fnDepth === 0 && this.comsubDepth === 0)
            this.functions.push({ name, start, end: this.lastEnd });
        this.open.pop();
    }
    simpleCommand() {
        let mode = 'cmd';
        let first = true;
        let named = false;
        for (;;) {
            const t = this.peek(mode);
            if ((t.k === 'op' && isRedirectOp(t.op)) || (t.k === 'word' && t.redirPrefix)) {
                this.redirect();
                // after a redirection `((` no longer starts arithmetic
                if (mode === 'cmd')
                    mode = 'prefix';
            }
            else if (t.k === 'word' && !named && isAssignmentWord(t.text)) {
                this.consume();
                mode = 'prefix';
            }
            else if (t.k === 'word') {
                this.consume();
                if (!named) {
                    named = true;
                    if (first && this.functionDefinition(t))
                        return;
                    mode = DECLARATION.has(t.text) && !t.quoted ? 'assign' : 'arg';
                }
            }
            else
                return;
            first = false;
        }
    }
    /** `NAME ( ) body` when `name` is followed by `(`; false when it is not. */
    functionDefinition(name) {
        // Only a `(` (after blanks, or a line continuation) can follow: anything else is not looked at here. Reading
        // the next word in `arg` mode, to read it again in the mode its command wants (`export`: `assign`), parsed
        // each `$(…)` in it twice, and `export $(export $(…))` nested 20 deep 2^20 times.
        if (!this.la) {
            let k = name.end;
            while (this.sc.src[k] === ' ' || this.sc.src[k] === '\t')
                k++;
            const c = this.sc.src[k];
            if (c !== '(' && c !== '\\')
                return false;
        }
        const p = this.peek('arg');
        if (p.k !== 'op' || p.op !== '(')
            return false;
        this.consume();
        this.expectOp(')');
        this.functionBody(name.text, name.start);
        return true;
    }
    redirects() {
        for (;;) {
            const t = this.peek('arg');
            if ((t.k === 'op' && isRedirectOp(t.op)) || (t.k === 'word' && t.redirPrefix))
                this.redirect();
            else
                return;
        }
    }
    /** One redirection, at the token just peeked: `[n|{var}]op target`. */
    redirect() {
        let t = this.consume();
        if (t.k === 'word') {
            t = this.peek('arg');
            if (t.k !== 'op' || !isRedirectOp(t.op))
                this.unexpected(t);
            this.consume();
        }
        const op = t.op;
        const w = this.peek('arg');
        if (w.k !== 'word' || w.redirPrefix)
            this.unexpected(w);
        this.consume();
        if (op === '<<' || op === '<<-')
            this.sc.heredoc(w.text, op === '<<-');
    }
    /** The commands of a `$( … )` whose `(` the scanner just read, up to and including its `)`. */
    comsub() {
        const saved = this.la;
        this.la = undefined;
        this.comsubDepth++;
        this.open.push({ what: 'the "$("', line: this.sc.lineAt(this.sc.pos - 1) });
        this.enter();
        this.list(PAREN, true);
        this.expectOp(')', 'cmd');
        this.depth--;
        this.open.pop();
        this.comsubDepth--;
        this.la = saved;
    }
}
/** What may follow a lone `time` or `!` (bash's list_terminator). */
const endsPipeline = (t) => t.k === 'eof' || t.k === 'nl' || (t.k === 'op' && t.op === ';');
/**
 * Whether a token read in one mode is read again when asked for in another: words only. An operator keeps
 * its first reading: `(` read where no command starts stays `(` (bash decides `((` by the token before it),
 * and newlines have already consumed their here-documents.
 */
function modeMatters(t) {
    return t.k === 'word';
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/condition.ts
/**
 * The conditions a static reader can decide: `[[ lhs == pattern ]]`, `[ a = b ]` (and `!=`), the string
 * tests `[[ -z w ]]`, `[[ -n w ]]`, `[[ w ]]` (with `!` inside or before the brackets), `true`, `false`, `:`.
 * Ebuilds use them on `${PV}` to tell a live 9999 ebuild from a release (`[[ -z ${PV%%*9999} ]]`), and
 * eclasses for their include guards (`[[ ! ${_FOO_ECLASS} ]]`).
 */



/** A decidable test command → true/false; anything else → undefined. */
function evalCondition(words, ctx) {
    const ws = words.map((w) => (w.t === 'w' ? w.raw : w.t === 'op' ? w.v : '\u0000'));
    let neg = false;
    if (ws[0] === '!') {
        neg = true;
        ws.shift();
    }
    // `if true; then` / `if false; then` (used to switch blocks on and off)
    if (ws.length === 1 && (ws[0] === 'true' || ws[0] === ':' || ws[0] === 'false'))
        return (ws[0] !== 'false') !== neg;
    const double = ws[0] === '[[' && ws.at(-1) === ']]';
    if (!double && !(ws[0] === '[' && ws.at(-1) === ']'))
        return undefined;
    const inner = ws.slice(1, -1);
    if (inner[0] === '!') {
        neg = !neg;
        inner.shift();
    }
    const r = inner.length === 3 ? compare(inner, double, ctx) : inner.length <= 2 ? stringTest(inner, double, ctx) : undefined;
    return r === undefined ? undefined : neg ? !r : r;
}
/** `lhs == pattern`, `lhs = rhs`, `lhs != …`. */
function compare([l, op, r], double, ctx) {
    if (op !== '==' && op !== '=' && op !== '!=')
        return undefined;
    const lhs = evalWord(l, ctx, {});
    if (lhs instanceof Unknown)
        return undefined;
    let matched;
    if (double) {
        const pat = evalPattern(r, ctx);
        if (pat instanceof Unknown)
            return undefined;
        matched = globToRegex(pat).test(lhs.fields.join(' '));
    }
    else {
        const rhs = evalWord(r, ctx, {});
        if (rhs instanceof Unknown)
            return undefined;
        matched = lhs.fields.join(' ') === rhs.fields.join(' ');
    }
    return op === '!=' ? !matched : matched;
}
/** `-z w` (empty), `-n w` and `w` alone (not empty). In `[ ]` an unquoted word that expands to nothing
 * vanishes (`[ -n ]` is true), so only quoted words are decided there. */
function stringTest(inner, double, ctx) {
    let op = '-n';
    let word;
    if (inner.length === 2) {
        if (inner[0] !== '-z' && inner[0] !== '-n')
            return undefined;
        [op, word] = inner;
    }
    else if (inner.length === 1 && !inner[0].startsWith('-'))
        word = inner[0];
    if (word === undefined || (!double && !/^"[^"]*"$/.test(word)))
        return undefined;
    const v = evalWord(word, ctx, {});
    if (v instanceof Unknown)
        return undefined;
    const empty = v.fields.join(' ') === '';
    return op === '-z' ? empty : !empty;
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/findings.ts
/** Findings made while reading an ebuild's bash. */

const ebuildFindings = (0,finding/* defineFindings */.IP)('gentoo/ebuild', {
    'ebuild-syntax': {
        severity: 'error',
        meaning: 'The ebuild is not valid bash, so the package manager cannot source it.',
        docs: 'Portage sources every ebuild with bash to generate its metadata (the md5-cache entry); when bash refuses ' +
            'the file, metadata generation fails and the ebuild is invisible to emerge — it is never installed, and ' +
            '`emerge` reports it as corrupt or simply skips it. The check reads the file as bash does: quotes, ' +
            '`${…}` and `$(…)` expansions, here-documents, arrays, and the pairing of `if`/`fi`, `case`/`esac`, ' +
            '`do`/`done`, `{`/`}` and function bodies. It reports only what bash itself would refuse (the reference is ' +
            '`bash -n` on the same file); a construct the reader cannot follow is left alone rather than reported.',
        fix: 'Run `bash -n` on the ebuild and fix the line it names (usually an unclosed quote, `fi`, `done` or `}`).',
    },
    'ebuild-too-deep': {
        severity: 'warning',
        meaning: 'The ebuild nests expansions, braces or `case` more deeply than the reader follows, so it was not read.',
        docs: 'Thousands of levels of `${`, `{a,b}` or `case` inside one another are not something a real ebuild has; ' +
            'the reader stops instead of exhausting its stack, and reads the file as one that sets nothing: it has no ' +
            'SLOT or KEYWORDS here, so it is never the version emerge would pick.',
        fix: 'Flatten the construct the message names; a generated ebuild can usually build the value in a loop.',
    },
});

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/lex.ts
/**
 * The bash layer, part one: words and operators, with quotes, expansions, comments, continuations and
 * here-documents. Knows nothing of Gentoo; problems are bash-level (an unterminated quote, an unclosed
 * here-document) and carry a character position.
 */

/** 1 for the characters that end a word: blank, newline and the operator characters `; & | ( ) < >`. */
const META = new Uint8Array(128);
for (const c of ' \t\n;&|()<>')
    META[c.charCodeAt(0)] = 1;
/** Split ebuild text into tokens. Never throws on bad input: problems are collected. */
function lex(text) {
    const l = new Lexer(text);
    l.run();
    return { toks: l.toks, problems: l.problems };
}
class Lexer {
    text;
    toks = [];
    problems = [];
    n;
    i = 0;
    pendingHeredocs = [];
    stops;
    constructor(text) {
        this.text = text;
        this.n = text.length;
        this.stops = new QuoteStops(text);
    }
    // --- skipping quoted and nested regions; each returns the index just past the region ---
    /** start at the opening `'` */
    skipSingle(start) {
        const end = this.text.indexOf("'", start + 1);
        if (end === -1) {
            this.problems.push({ pos: start, message: 'unterminated single quote' });
            return this.n;
        }
        return end + 1;
    }
    /** start at `$'` */
    skipAnsi(start) {
        const { text, n } = this;
        let j = start + 2;
        while (j < n && text[j] !== "'")
            j += text[j] === '\\' ? 2 : 1;
        if (j >= n) {
            this.problems.push({ pos: start, message: "unterminated $'…' quote" });
            return n;
        }
        return j + 1;
    }
    skipBacktick(start) {
        const { text, n } = this;
        let j = start + 1;
        while (j < n && text[j] !== '`')
            j += text[j] === '\\' ? 2 : 1;
        if (j >= n) {
            this.problems.push({ pos: start, message: 'unterminated backquote' });
            return n;
        }
        return j + 1;
    }
    /** start at the `"` */
    skipDouble(start) {
        const { text, n } = this;
        let j = start + 1;
        while (j < n) {
            // over the plain characters at once
            j = this.stops.next(j);
            if (j >= n)
                break;
            const c = text[j];
            if (c === '"')
                return j + 1;
            if (c === '\\')
                j += 2;
            else if (c === '$' && text[j + 1] === '(')
                j = this.skipParen(j + 2);
            else if (c === '$' && text[j + 1] === '{')
                j = this.skipBrace(j + 2, true);
            else if (c === '`')
                j = this.skipBacktick(j);
            else
                j++;
        }
        this.problems.push({ pos: start, message: 'unterminated double quote' });
        return n;
    }
    /** j just after `${` */
    skipBrace(j, inDouble) {
        const { text, n } = this;
        const start = j - 2;
        while (j < n) {
            const c = text[j];
            if (c === '}')
                return j + 1;
            if (c === '\\')
                j += 2;
            else if (c === '"')
                j = this.skipDouble(j);
            else if (c === "'" && !inDouble)
                j = this.skipSingle(j);
            else if (c === '$' && text[j + 1] === '{')
                j = this.skipBrace(j + 2, inDouble);
            else if (c === '$' && text[j + 1] === '(')
                j = this.skipParen(j + 2);
            else if (c === '`')
                j = this.skipBacktick(j);
            else
                j++;
        }
        this.problems.push({ pos: start, message: 'unterminated ${…} expansion' });
        return n;
    }
    /** j just after `(` of `$(`; balanced parentheses with quotes */
    skipParen(j) {
        const { text, n } = this;
        const start = j - 2;
        let depth = 1;
        while (j < n) {
            const c = text[j];
            if (c === '(')
                depth++;
            else if (c === ')') {
                depth--;
                if (depth === 0)
                    return j + 1;
            }
            else if (c === '\\') {
                j += 2;
                continue;
            }
            else if (c === '"') {
                j = this.skipDouble(j);
                continue;
            }
            else if (c === "'") {
                j = this.skipSingle(j);
                continue;
            }
            else if (c === '`') {
                j = this.skipBacktick(j);
                continue;
            }
            j++;
        }
        this.problems.push({ pos: start, message: 'unterminated $(…) substitution' });
        return n;
    }
    readWord() {
        const { text, n } = this;
        const start = this.i;
        let i = this.i;
        while (i < n) {
            const code = text.charCodeAt(i);
            if (code < 128 && META[code] === 1)
                break;
            // a character that is nothing special: the most common case, decided on its code alone
            if (code !== 92 && code !== 39 && code !== 34 && code !== 96 && code !== 36) {
                i++;
                continue;
            }
            const c = text[i];
            if (c === '\\')
                i += 2;
            else if (c === "'")
                i = this.skipSingle(i);
            else if (c === '"')
                i = this.skipDouble(i);
            else if (c === '`')
                i = this.skipBacktick(i);
            else if (c === '$' && text[i + 1] === '(')
                i = this.skipParen(i + 2);
            else if (c === '$' && text[i + 1] === '{')
                i = this.skipBrace(i + 2, false);
            else if (c === '$' && text[i + 1] === "'")
                i = this.skipAnsi(i);
            else
                i++;
        }
        if (i > n)
            i = n;
        this.i = i;
        return text.slice(start, i);
    }
    skipBlankAndComments(alsoNewlines) {
        const { text, n } = this;
        while (this.i < n) {
            const c = text[this.i];
            if (c === ' ' || c === '\t' || c === '\r')
                this.i++;
            else if (c === '\\' && text[this.i + 1] === '\n')
                this.i += 2;
            else if (c === '#') {
                const e = text.indexOf('\n', this.i);
                this.i = e === -1 ? n : e;
            }
            else if (alsoNewlines && c === '\n')
                this.i++;
            else
                break;
        }
    }
    /** After a newline: consume the bodies of the here-documents opened on the line just ended. */
    skipHeredocs() {
        const { text, n } = this;
        while (this.pendingHeredocs.length > 0) {
            const h = this.pendingHeredocs.shift();
            let found = false;
            while (this.i < n) {
                let e = text.indexOf('\n', this.i);
                if (e === -1)
                    e = n;
                let lineText = text.slice(this.i, e);
                if (lineText.endsWith('\r'))
                    lineText = lineText.slice(0, -1);
                if (h.strip)
                    lineText = lineText.replace(/^\t+/, '');
                this.i = e + 1;
                if (lineText === h.delim) {
                    found = true;
                    break;
                }
            }
            if (this.i > n)
                this.i = n;
            if (!found)
                this.problems.push({ pos: h.pos, message: `here-document is not closed by "${h.delim}"` });
        }
    }
    run() {
        const { text, n } = this;
        while (this.i < n) {
            this.skipBlankAndComments(false);
            if (this.i >= n)
                break;
            const c = text[this.i];
            const pos = this.i;
            if (c === '\n') {
                this.toks.push({ t: 'op', v: '\n', pos });
                this.i++;
                this.skipHeredocs();
            }
            else if (c === ';' || c === '(' || c === ')') {
                this.toks.push({ t: 'op', v: c, pos });
                this.i++;
            }
            else if (c === '&' || c === '|')
                this.controlOperator(c, pos);
            else if (c === '<' || c === '>')
                this.redirection(pos);
            else
                this.wordOrArray(pos);
        }
    }
    controlOperator(c, pos) {
        const { text } = this;
        if (text[this.i + 1] === c) {
            this.toks.push({ t: 'op', v: c + c, pos });
            this.i += 2;
        }
        else {
            this.toks.push({ t: 'op', v: c, pos });
            this.i++;
            if (text[this.i] === '&' || (c === '&' && text[this.i] === '>'))
                this.i++;
        }
    }
    redirection(pos) {
        const { text } = this;
        if (text.startsWith('<<<', this.i)) {
            this.i += 3;
        }
        else if (text.startsWith('<<', this.i)) {
            this.i += 2;
            const strip = text[this.i] === '-';
            if (strip)
                this.i++;
            this.skipBlankAndComments(false);
            const w = this.readWord();
            this.pendingHeredocs.push({ delim: w.replace(/['"\\]/g, ''), strip, pos });
        }
        else {
            this.i++;
            while (text[this.i] === '>' || text[this.i] === '&' || text[this.i] === '|')
                this.i++;
        }
        // the redirection target is read as an ordinary word and ignored by the command processor
        this.toks.push({ t: 'op', v: 'redir', pos });
    }
    wordOrArray(pos) {
        const { text, n } = this;
        const w = this.readWord();
        if (w === '') {
            this.i++;
            return;
        }
        const am = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=$/.exec(w);
        if (!am || text[this.i] !== '(') {
            this.toks.push({ t: 'w', raw: w, pos });
            return;
        }
        this.i++;
        const elems = [];
        let closed = false;
        for (;;) {
            this.skipBlankAndComments(true);
            if (this.i >= n)
                break;
            if (text[this.i] === ')') {
                this.i++;
                closed = true;
                break;
            }
            const e = this.readWord();
            if (e === '') {
                // a stray metacharacter inside an array: keep it as text so the value becomes unknown
                elems.push(text[this.i]);
                this.i++;
            }
            else
                elems.push(e);
        }
        if (!closed)
            this.problems.push({ pos, message: `array ${am[1]}=( … ) is not closed` });
        this.toks.push({ t: 'arr', name: am[1], append: am[2] === '+', elems, raw: text.slice(pos, this.i), pos });
    }
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/parse.ts













/**
 * An assignment word, `NAME=v`, `NAME+=v` or `NAME[i]=v`, read in place: what
 * /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/ matches, with the same parts (a test holds the two
 * together). That regex ran over every word of a command to its end, and a CRATES value is one word of thousands
 * of characters; here only the name and what follows it are looked at. `index` is `[i]` as written.
 */
function splitAssignment(raw) {
    const end = nameEnd(raw);
    if (end === 0)
        return undefined;
    let j = end;
    let index;
    if (raw.charCodeAt(j) === 91 /* [ */) {
        const close = raw.indexOf(']', j + 1);
        if (close === -1)
            return undefined;
        index = raw.slice(j, close + 1);
        j = close + 1;
    }
    const append = raw.charCodeAt(j) === 43; /* + */
    if (append)
        j++;
    if (raw.charCodeAt(j) !== 61 /* = */)
        return undefined;
    return { name: raw.slice(0, end), index, append, value: raw.slice(j + 1) };
}
/** Whether `raw` is an assignment word. */
const isAssignment = (raw) => splitAssignment(raw) !== undefined;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const DECLARE_WORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
/** Environment derived from a file name such as `dev-lang/rust/rust-1.75.0-r1.ebuild`. */
function ebuildEnv(file) {
    if (!file)
        return {};
    const parts = file.split(/[\\/]/);
    const base = parts[parts.length - 1] ?? '';
    if (!base.endsWith('.ebuild'))
        return {};
    const sp = splitPackageVersion(base.slice(0, -'.ebuild'.length));
    if (!sp)
        return {};
    const pv = versionWithoutRevision(sp.version);
    const rev = sp.version.revision;
    const env = {
        PN: sp.name,
        PV: pv,
        PR: `r${rev === '' ? '0' : rev}`,
        PVR: rev === '' ? pv : `${pv}-r${rev}`,
        P: `${sp.name}-${pv}`,
        PF: rev === '' ? `${sp.name}-${pv}` : `${sp.name}-${pv}-r${rev}`,
    };
    if (parts.length >= 3)
        env.CATEGORY = parts[parts.length - 3];
    return env;
}
function prepareSource(text, file) {
    const lineStarts = (0,sorted/* lineStartsOf */.xV)(text);
    const verdict = checkBashSyntax(text);
    // the lexer's own problems are not reported: the bash verdict is the one answer on syntax
    const all = lex(text).toks;
    const fnAssigned = new Set();
    let toks = all;
    if (verdict.kind === 'ok') {
        // with the real function bodies known, the reader skips them exactly (nested definitions included)
        toks = outsideFunctions(all, verdict.functions);
        for (const t of insideFunctions(all, verdict.functions)) {
            if (t.t === 'arr')
                fnAssigned.add(t.name);
            else if (t.t === 'w') {
                const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?\+?=/.exec(t.raw);
                if (m)
                    fnAssigned.add(m[1]);
            }
        }
    }
    return { text, file, lineStarts, verdict, toks, fnAssigned };
}
/** The reason of a value left unevaluated by `ParseOptions.skip`. */
const NOT_EVALUATED = 'not evaluated: the caller does not use it';
/** The variables of one reading, noting whether a value left unevaluated was ever looked up. */
class WatchedVars extends Map {
    skippedRead = false;
    get(name) {
        const v = super.get(name);
        if (v !== undefined && v.kind === 'unknown' && v.reason === NOT_EVALUATED)
            this.skippedRead = true;
        return v;
    }
}
/** Set at global scope while an ebuild is sourced for its metadata: never "unset" for the static reader. */
const PROVIDED_VARS = new Set([
    'EAPI', 'ARCH', 'USE', 'EBUILD_PHASE', 'EBUILD_PHASE_FUNC', 'ECLASS', 'INHERITED', 'CHOST', 'CBUILD', 'CTARGET',
    'ABI', 'DEFAULT_ABI', 'MULTILIB_ABIS', 'KERNEL', 'ELIBC', 'USERLAND', 'LINGUAS', 'L10N', 'PORTDIR', 'ECLASSDIR',
    'PATH', 'IFS', 'PWD', 'OLDPWD', 'UID', 'EUID', 'USER', 'LANG', 'LC_ALL', 'TERM', 'RANDOM', 'SECONDS', 'LINENO',
    'FUNCNAME', 'BASH_SOURCE', 'BASH_VERSION', 'BASH_VERSINFO', 'HOSTTYPE', 'OSTYPE', 'MACHTYPE', 'SHELLOPTS',
    'BASHOPTS', 'PIPESTATUS', 'PPID', 'HOSTNAME',
]);
/** Portage keeps an eclass's contributions to these apart (E_IUSE, …) and restores the ebuild's own after it. */
const ECLASS_ACCUMULATED = ['IUSE', 'REQUIRED_USE', 'DEPEND', 'RDEPEND', 'PDEPEND', 'BDEPEND', 'IDEPEND', 'PROPERTIES', 'RESTRICT'];
/** State shared by the reader of an ebuild and the readers of the eclasses it inherits. */
/** The most eclasses one ebuild's inherits source, nested ones and repeats included (a real one: tens). */
const MAX_ECLASS_READS = 2_000;
/**
 * Read the static variables of an ebuild. Never throws. When bash itself would refuse the file (the verdict of
 * bash-syntax.ts, which agrees with `bash -n`), that is one `ebuild-syntax` finding on `file` at the line bash
 * names, and `bashError` is set; what the reader merely cannot follow is never a finding.
 */
function parseEbuild(text, file, opts = {}) {
    try {
        return parseEbuildUnguarded(text, file, opts);
    }
    catch (e) {
        // thousands of levels of `${`, `{a,b}` or `case`: the recursive readers ran out of stack
        if (!(e instanceof RangeError))
            throw e;
        const where = file !== undefined ? { file } : {};
        return {
            vars: {},
            inherit: [],
            findings: [ebuildFindings.make('ebuild-too-deep', `${file ?? 'the ebuild'} nests expansions, braces or case more deeply than the reader follows (${e.message}); it was not read`, where)],
            complete: false,
        };
    }
}
function parseEbuildUnguarded(text, file, opts) {
    let source = opts.prepared?.get(text);
    if (source === undefined) {
        source = prepareSource(text, file);
        opts.prepared?.set(text, source);
    }
    else if (source.file !== file)
        source = { ...source, file };
    if (opts.skip?.size) {
        const vars = new WatchedVars();
        const info = readSource(source, file, opts, vars, opts.skip);
        if (!vars.skippedRead)
            return info;
    }
    return readSource(source, file, opts, new Map(), undefined);
}
function readSource(source, file, opts, vars, skip) {
    const ctx = { vars, env: ebuildEnv(file) };
    const shared = {
        ctx, inherit: [], read: [], missing: [], inheritSet: new Set(), readSet: new Set(), missingSet: new Set(), complete: opts.eclass !== undefined && source.verdict.kind === 'ok', stack: [], eclassReads: 0,
        fnAssigned: new Set(source.fnAssigned), eclassIuse: [], ...(skip ? { skip } : {}),
    };
    if (opts.eclass) {
        shared.eclass = opts.eclass;
        ctx.unset = (name) => shared.complete && !shared.fnAssigned.has(name) && !PROVIDED_VARS.has(name);
    }
    const info = new EbuildReader(source, shared, false).read();
    if (shared.died)
        info.dies = shared.died;
    if (opts.eclass) {
        info.eclasses = shared.read;
        if (shared.missing.length)
            info.eclassesMissing = shared.missing;
        info.complete = shared.complete;
        if (shared.complete && shared.eclassIuse)
            info.eclassIuse = shared.eclassIuse;
    }
    return info;
}
const wordText = (t) => t === undefined ? undefined : t.t === 'w' ? t.raw : t.t === 'op' ? t.v : undefined;
class EbuildReader {
    source;
    shared;
    isEclass;
    findings = [];
    lineStarts;
    ctx;
    file;
    frames = [];
    fnDepth = 0; // >0 while inside a function body
    fnPendingBrace = false;
    constructor(source, shared, 
    /** Reading an inherited eclass: its syntax is not the ebuild's finding, its inherits not the ebuild's. */
    isEclass) {
        this.source = source;
        this.shared = shared;
        this.isEclass = isEclass;
        this.lineStarts = source.lineStarts;
        this.ctx = shared.ctx;
        this.file = source.file;
    }
    /** Run an eclass's global scope (its own reader: frames and function state are per file). */
    run() {
        this.runLists(this.source.toks);
    }
    read() {
        const verdict = this.source.verdict;
        let bashError;
        if (verdict.kind === 'error') {
            bashError = { line: verdict.line, message: verdict.message };
            const context = verdict.context ? `: ${verdict.context}` : '';
            this.findings.push(ebuildFindings.make('ebuild-syntax', `bash -n: line ${verdict.line}: ${verdict.message}${context} (bash refuses this file, so Portage cannot read its metadata)`, {
                file: this.file,
                line: verdict.line,
                hint: 'Run `bash -n` on the ebuild and fix what it names; until then emerge does not see this version.',
            }));
        }
        this.runLists(this.source.toks);
        const vars = {};
        for (const [k, v] of this.ctx.vars)
            vars[k] = v;
        return { vars, inherit: this.shared.inherit, findings: this.findings, ...(bashError ? { bashError } : {}) };
    }
    lineAt(pos) {
        return (0,sorted/* lineAtOffset */.dk)(this.lineStarts, pos);
    }
    // --- lists: split tokens into and-or lists of pipelines of commands ---
    /** The commands of toks[from, to) (a `case` branch's body is read in place, not copied out). */
    runLists(toks, from = 0, to = toks.length) {
        let list = []; // commands of the current and-or list
        let connectors = [];
        let cur = [];
        const flush = () => {
            if (cur.length > 0)
                list.push(cur);
            cur = [];
            if (list.length > 0)
                this.andOrList(list, connectors);
            list = [];
            connectors = [];
        };
        for (let i = from; i < to; i++) {
            const t = toks[i];
            if (t.t === 'w' && t.raw === 'case' && cur.length === 0 && list.length === 0 && this.fnDepth === 0 && !this.fnPendingBrace) {
                const c = parseCase(toks, i, to);
                if (c) {
                    this.caseStatement(c);
                    i = c.end - 1;
                    continue;
                }
            }
            if (t.t === 'op' && t.v === '\n' && cur.length === 0 && list.length > 0) {
                // `a ||` / `a &&` / `a |` then a newline: the list goes on on the next line
                continue;
            }
            if (t.t === 'op' && (t.v === '\n' || t.v === ';' || t.v === '&')) {
                flush();
            }
            else if (t.t === 'op' && (t.v === '&&' || t.v === '||' || t.v === '|')) {
                if (cur.length > 0)
                    list.push(cur);
                cur = [];
                connectors.push(t.v);
            }
            else
                cur.push(t);
        }
        flush();
    }
    andOrList(list, connectors) {
        if (list.length === 1) {
            this.command(list[0], {}, undefined);
            return;
        }
        // `[[ cond ]] && X=…` / `|| X=…`: decide when the condition is known
        const first = list[0];
        const w0 = wordText(first[0]);
        if (w0 === 'if' || w0 === 'elif' || w0 === 'while' || w0 === 'until') {
            this.command(first, {}, list);
            for (const c of list.slice(1))
                this.command(c, { skip: true }, undefined);
            return;
        }
        const c = evalCondition(first, this.ctx);
        const line = this.lineAt(first[0]?.pos ?? 0);
        const reason = `assigned under a condition (line ${line}) that is not evaluated statically`;
        this.command(list[0], { skip: c !== undefined }, undefined);
        // `[[ c ]] && X=… || Y=…`: with c decided, follow the exit statuses; an assignment or inherit succeeds,
        // any other command's status is not known, and neither is what runs after it
        let status = c;
        for (let k = 1; k < list.length; k++) {
            const conn = connectors[k - 1];
            if (status === undefined || conn === '|') {
                this.command(list[k], { unknown: reason }, undefined);
                status = undefined;
                continue;
            }
            const run = conn === '&&' ? status : !status;
            if (!run) {
                this.command(list[k], { skip: true }, undefined);
                continue;
            }
            this.command(list[k], {}, undefined);
            status = succeeds(list[k]) ? true : undefined;
        }
    }
    /**
     * Run the branch a known WORD selects (`;&` falls through into the next body, `;;&` tests the next
     * patterns too); with WORD or a pattern unknown, every branch from there on is read as conditional.
     */
    caseStatement(c) {
        const line = this.lineAt(c.pos);
        const outer = this.contextMode().mode;
        const subject = outer === 'active' ? evalWord(c.subject, this.ctx, {}) : undefined;
        const runBody = (body, mode) => {
            this.pushFrame({ kind: 'branch', mode, anyTaken: mode === 'active', unknownSeen: mode === 'unknown', line });
            this.runLists(c.toks, body.from, body.to);
            this.frames.pop();
        };
        if (outer === 'dead')
            return;
        if (subject === undefined || subject instanceof Unknown) {
            for (const b of c.branches)
                runBody(b.body, 'unknown');
            return;
        }
        const value = subject.fields.join(' ');
        let unknownFrom = -1;
        let fallInto = false;
        for (let k = 0; k < c.branches.length; k++) {
            const b = c.branches[k];
            let matched = fallInto;
            if (!matched) {
                for (const p of b.patterns) {
                    const pat = evalPattern(p, this.ctx);
                    if (pat instanceof Unknown) {
                        unknownFrom = k;
                        break;
                    }
                    if (globToRegex(pat).test(value)) {
                        matched = true;
                        break;
                    }
                }
            }
            if (unknownFrom !== -1)
                break;
            fallInto = false;
            if (!matched)
                continue;
            runBody(b.body, 'active');
            if (b.term === ';&')
                fallInto = true;
            else if (b.term !== ';;&')
                return;
        }
        if (unknownFrom !== -1)
            for (const b of c.branches.slice(unknownFrom))
                runBody(b.body, 'unknown');
    }
    // --- one simple command ---
    /** Process one simple command. `cond` is an extra unknown reason from an and-or list. */
    command(wordsIn, cond, wholeList) {
        let words = dropRedirections(wordsIn);
        if (words.length === 0)
            return;
        if (this.fnDepth > 0 || this.fnPendingBrace) {
            this.insideFunction(words);
            return;
        }
        // reserved words are taken from the front by moving `at` (slicing the rest off for each of thousands of
        // `{ { { …` copied the command each time)
        const prefix = {};
        let at = 0;
        for (;;) {
            const step = this.keyword(words, at, wholeList, prefix);
            if (step === 'stop')
                return;
            if (step === 0)
                break;
            at += step;
            if (at >= words.length)
                return;
        }
        if (at > 0)
            words = words.slice(at);
        if (this.functionDefinition(words))
            return;
        if (!cond.skip)
            this.simpleCommand(words, cond);
    }
    /** Inside a function body only the braces matter: its assignments are not global. */
    insideFunction(words) {
        if (this.fnPendingBrace) {
            const first = wordText(words[0]);
            if (first === '{') {
                this.fnPendingBrace = false;
                this.fnDepth = 1;
            }
            else if (first === '(') {
                // subshell body: treat like braces closed by `)` — rare; give up on the body
                this.fnPendingBrace = false;
            }
            else
                return;
            words = words.slice(1);
            if (words.length === 0)
                return;
        }
        const w0 = wordText(words[0]);
        if (w0 === '{')
            this.fnDepth++;
        else if (w0 === '}')
            this.fnDepth--;
    }
    /**
     * A reserved word at words[at]: updates the frames and returns how many words it took (the rest is
     * processed as a command), 'stop' when the whole command is taken, 0 when there is none.
     */
    keyword(words, at, wholeList, prefix) {
        const w0 = wordText(words[at]);
        if (w0 === undefined)
            return 0;
        const top = this.frames[this.frames.length - 1];
        if (top?.kind === 'case') {
            if (w0 === 'esac') {
                this.frames.pop();
                return 1;
            }
            // drop the `pattern)` prefix of a case branch
            const close = (prefix.close ??= new NextIndex(words, (w) => w.t === 'op' && w.v === ')')).from(at);
            if (close !== -1) {
                const assignment = (prefix.assignment ??= new NextIndex(words, (w) => w.t === 'w' && isAssignment(w.raw))).from(at);
                if (assignment === -1 || assignment > close)
                    return close + 1 - at;
            }
        }
        switch (w0) {
            case 'then':
            case 'do':
                return 1;
            case 'if':
            case 'elif':
                this.ifOrElif(w0, at === 0 ? words : words.slice(at), top, wholeList);
                return 'stop';
            case 'else':
                return this.elseWord(words[at], top);
            case 'fi':
                if (top?.kind === 'if')
                    this.frames.pop();
                return 1;
            case 'case':
                this.pushFrame({ kind: 'case', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[at].pos) });
                return 'stop';
            case 'for':
            case 'while':
            case 'until':
            case 'select':
                this.pushFrame({ kind: 'loop', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[at].pos) });
                return 'stop';
            case 'done':
                if (top?.kind === 'loop')
                    this.frames.pop();
                return 1;
            case '{':
                this.pushFrame({ kind: 'group', mode: 'active', anyTaken: true, unknownSeen: false, line: this.lineAt(words[at].pos) });
                return 1;
            case '}':
                if (top?.kind === 'group')
                    this.frames.pop();
                return 1;
            default:
                return 0;
        }
    }
    ifOrElif(w0, words, top, wholeList) {
        const line = this.lineAt(words[0].pos);
        const c = wholeList && wholeList.length > 1 ? undefined : evalCondition(words.slice(1), this.ctx);
        if (w0 === 'if') {
            const parentDead = this.contextMode().mode === 'dead';
            this.pushFrame({
                kind: 'if',
                mode: parentDead ? 'dead' : c === undefined ? 'unknown' : c ? 'active' : 'dead',
                anyTaken: c === true,
                unknownSeen: c === undefined,
                line,
            });
            return;
        }
        const f = top?.kind === 'if' ? top : undefined;
        if (!f)
            return;
        const parentDead = f.outerDead;
        if (parentDead || f.anyTaken)
            f.mode = 'dead';
        else if (f.unknownSeen || c === undefined) {
            f.mode = 'unknown';
            f.unknownSeen = true;
            f.line = line;
        }
        else {
            f.mode = c ? 'active' : 'dead';
            f.anyTaken = c;
        }
    }
    elseWord(word, top) {
        const f = top?.kind === 'if' ? top : undefined;
        if (!f)
            return 'stop';
        const parentDead = f.outerDead;
        if (parentDead || f.anyTaken)
            f.mode = 'dead';
        else if (f.unknownSeen) {
            f.mode = 'unknown';
            f.line = this.lineAt(word.pos);
        }
        else
            f.mode = 'active';
        return 1;
    }
    /** `name() {`, `name () {`, `function name {`: true when `words` start a function definition. */
    functionDefinition(words) {
        const w0 = wordText(words[0]);
        const w1 = wordText(words[1]);
        const w2 = wordText(words[2]);
        let bodyAt = -1;
        if (w0 === 'function' && words[1]?.t === 'w') {
            bodyAt = wordText(words[2]) === '(' && wordText(words[3]) === ')' ? 4 : 2;
        }
        else if (words[0].t === 'w' && w1 === '(' && w2 === ')' && w0 !== undefined && NAME_RE.test(w0)) {
            bodyAt = 3;
        }
        if (bodyAt === -1)
            return false;
        if (wordText(words[bodyAt]) === '{') {
            this.fnDepth = 1;
            if (wordText(words[bodyAt + 1]) === '}')
                this.fnDepth = 0;
        }
        else
            this.fnPendingBrace = true;
        return true;
    }
    /** A command that is not a reserved word: `inherit`, `unset`, declarations and assignments. */
    simpleCommand(words, cond) {
        const mode = this.contextMode();
        const w0 = wordText(words[0]);
        if (w0 === 'inherit') {
            if (!cond.unknown)
                this.doInherit(words.slice(1), mode);
            else
                this.shared.complete = false;
            return;
        }
        if (w0 === 'die' && mode.mode === 'active' && !cond.unknown && !this.shared.died) {
            // Portage stops sourcing here: the ebuild has no metadata ("masked by: corruption")
            const msg = words.slice(1).map((w) => (w.t === 'w' ? evalWord(w.raw, this.ctx, {}) : undefined)).map((r) => (r && !(r instanceof Unknown) ? r.fields.join(' ') : '…'));
            this.shared.died = { line: this.lineAt(words[0].pos), message: msg.join(' '), ...(this.isEclass && this.file ? { eclass: this.file } : {}) };
            return;
        }
        if (w0 === 'local')
            return; // only meaningful in functions
        if (w0 === ':') {
            this.defaultAssignments(words.slice(1), mode, cond);
            return;
        }
        if (w0 === 'unset') {
            this.unset(words.slice(1), mode, cond);
            return;
        }
        // (a first word longer than any of them is not hashed: it may be a value of thousands of characters)
        const declares = w0 !== undefined && w0.length <= 8 && DECLARE_WORDS.has(w0);
        let k = 0;
        if (declares) {
            k = 1;
            while (k < words.length && words[k].t === 'w' && words[k].raw.startsWith('-'))
                k++;
        }
        const assigns = [];
        for (; k < words.length; k++) {
            const w = words[k];
            if (w.t === 'arr' || (w.t === 'w' && isAssignment(w.raw)))
                assigns.push(w);
            else
                break;
        }
        // `X=1 cmd` sets X for cmd only
        if (k < words.length && !declares)
            return;
        for (const a of assigns)
            this.assign(a, mode, cond.unknown);
    }
    /** `: ${X:=default}` / `: "${X=default}"`: the expansion assigns X when it is unset (`:=`: or empty). */
    defaultAssignments(args, mode, cond) {
        if (mode.mode === 'dead')
            return;
        for (const w of args) {
            if (w.t !== 'w')
                continue;
            const m = /^("?)\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)=([\s\S]*)\}\1$/.exec(w.raw);
            if (!m)
                continue;
            const [, quote, name, colon, word] = m;
            const line = this.lineAt(w.pos);
            const reason = cond.unknown ?? (mode.mode === 'unknown' ? mode.reason : undefined);
            if (reason) {
                this.ctx.vars.set(name, { kind: 'unknown', raw: word, line, reason });
                continue;
            }
            const prev = this.ctx.vars.get(name);
            const isSet = prev !== undefined || Object.hasOwn(this.ctx.env, name);
            if (prev?.kind === 'unknown')
                continue;
            if (!isSet && !this.ctx.unset?.(name)) {
                this.ctx.vars.set(name, { kind: 'unknown', raw: word, line, reason: `\${${name}:=…} on line ${line} keeps a value set elsewhere (eclass, profile)` });
                continue;
            }
            const current = isSet ? evalWord(`\${${name}}`, this.ctx, {}) : { fields: [''] };
            const empty = !(current instanceof Unknown) && current.fields.join(' ') === '';
            if (isSet && (colon === '' || !empty))
                continue;
            // the default word is expanded as inside double quotes when the whole expansion is quoted
            this.ctx.vars.set(name, assignedValue(this.ctx, quote ? `"${word}"` : word, line, undefined));
        }
    }
    unset(args, mode, cond) {
        for (const w of args) {
            if (w.t !== 'w' || w.raw.startsWith('-'))
                continue;
            if (mode.mode === 'dead')
                continue;
            if (mode.mode === 'unknown' || cond.unknown) {
                this.ctx.vars.set(w.raw, { kind: 'unknown', raw: '', line: this.lineAt(w.pos), reason: mode.reason ?? cond.unknown ?? 'unset under a condition' });
            }
            else
                this.ctx.vars.delete(w.raw);
        }
    }
    pushFrame(f) {
        const top = this.frames[this.frames.length - 1];
        const { kind, mode, anyTaken, unknownSeen, line } = f;
        const outerDead = top !== undefined && (top.outerDead || top.mode === 'dead');
        const outerUnknown = top === undefined ? undefined : (top.outerUnknown ?? (top.mode === 'unknown' ? top : undefined));
        this.frames.push({ kind, mode, anyTaken, unknownSeen, line, outerDead, outerUnknown });
    }
    /** What the open frames make of a command: dead when one is, else unknown when one is (the outermost named). */
    contextMode() {
        const top = this.frames[this.frames.length - 1];
        if (top === undefined)
            return { mode: 'active' };
        if (top.outerDead || top.mode === 'dead')
            return { mode: 'dead' };
        const unknown = top.outerUnknown ?? (top.mode === 'unknown' ? top : undefined);
        if (unknown) {
            const what = unknown.kind === 'loop' ? 'a loop' : unknown.kind === 'case' || unknown.kind === 'branch' ? 'a case branch' : 'a condition';
            return { mode: 'unknown', reason: `assigned inside ${what} (line ${unknown.line}) that is not evaluated statically` };
        }
        return { mode: 'active' };
    }
    assign(tok, mode, extraUnknown) {
        if (mode.mode === 'dead')
            return;
        const line = this.lineAt(tok.pos);
        let name;
        let append;
        let rawValue;
        let elems;
        if (tok.t === 'arr') {
            name = tok.name;
            append = tok.append;
            rawValue = tok.raw.slice(tok.raw.indexOf('=') + 1);
            elems = tok.elems;
        }
        else if (tok.t === 'w') {
            const m = splitAssignment(tok.raw);
            name = m.name;
            if (m.index !== undefined) {
                // element assignment X[i]=v: we do not track indices
                this.ctx.vars.set(name, { kind: 'unknown', raw: tok.raw, line, reason: `element assignment ${name}${m.index}= is not tracked` });
                return;
            }
            append = m.append;
            rawValue = m.value;
        }
        else
            return;
        const reason = extraUnknown ?? (mode.mode === 'unknown' ? mode.reason : undefined) ?? (this.shared.skip?.has(name) ? NOT_EVALUATED : undefined);
        if (reason) {
            this.ctx.vars.set(name, { kind: 'unknown', raw: rawValue, line, reason });
            return;
        }
        const prev = this.ctx.vars.get(name);
        const value = assignedValue(this.ctx, rawValue, line, elems);
        this.ctx.vars.set(name, append && prev ? appendValue(prev, value, rawValue) : value);
    }
    doInherit(args, mode) {
        const sh = this.shared;
        if (mode.mode !== 'active') {
            // an eclass that may or may not be read: what it sets is not known
            if (mode.mode === 'unknown')
                sh.complete = false;
            return;
        }
        for (const a of args) {
            if (a.t !== 'w')
                continue;
            const r = evalWord(a.raw, this.ctx, { split: true });
            if (r instanceof Unknown) {
                sh.complete = false;
                continue;
            }
            for (const e of r.fields) {
                if (!this.isEclass && !sh.inheritSet.has(e)) {
                    sh.inheritSet.add(e);
                    sh.inherit.push(e);
                }
                this.source_eclass(e);
                if (e === 'cargo')
                    this.ctx.cargoCrateUris = cargoCrateUris(this.ctx);
            }
        }
    }
    /** Read an inherited eclass's global scope in place, as Portage's inherit() sources it. */
    source_eclass(name) {
        const sh = this.shared;
        if (!sh.eclass)
            return;
        if (sh.stack.includes(name) || sh.stack.length > 30)
            return;
        // Portage sources an eclass again at each inherit; eclasses guard against that, and a diamond of unguarded
        // ones is read 2^depth times (25 two-line eclasses: minutes). Past MAX_ECLASS_READS the rest is not known.
        if (++sh.eclassReads > MAX_ECLASS_READS) {
            sh.complete = false;
            return;
        }
        const src = sh.eclass(name);
        if (!src || src.verdict.kind !== 'ok') {
            if (!sh.missingSet.has(name)) {
                sh.missingSet.add(name);
                sh.missing.push(name);
            }
            sh.complete = false;
            return;
        }
        for (const n of src.fnAssigned)
            sh.fnAssigned.add(n);
        if (!sh.readSet.has(name)) {
            sh.readSet.add(name);
            sh.read.push(name);
        }
        const vars = this.ctx.vars;
        const saved = new Map(ECLASS_ACCUMULATED.map((k) => [k, vars.get(k)]));
        for (const k of ECLASS_ACCUMULATED)
            vars.delete(k);
        const outerEclass = vars.get('ECLASS');
        vars.set('ECLASS', { kind: 'string', value: name, line: 0 });
        sh.stack.push(name);
        new EbuildReader(src, sh, true).run();
        sh.stack.pop();
        const iuse = vars.get('IUSE');
        if (iuse?.kind === 'unknown')
            sh.eclassIuse = undefined;
        else if (iuse && sh.eclassIuse)
            (0,finding/* pushAll */.iI)(sh.eclassIuse, (iuse.kind === 'string' ? iuse.value.split(/\s+/) : iuse.values).filter(Boolean));
        if (outerEclass)
            vars.set('ECLASS', outerEclass);
        else
            vars.delete('ECLASS');
        for (const [k, v] of saved) {
            if (v)
                vars.set(k, v);
            else
                vars.delete(k);
        }
    }
}
/** The first index at or after a given one whose token satisfies `test`, -1 when none; each token is tested about
 * once whatever the number of lookups, as long as they do not go back. */
class NextIndex {
    toks;
    test;
    searchedFrom = Infinity;
    found = -1;
    constructor(toks, test) {
        this.toks = toks;
        this.test = test;
    }
    from(i) {
        if (!(this.searchedFrom <= i && (this.found === -1 || i <= this.found))) {
            this.searchedFrom = i;
            this.found = -1;
            for (let k = i; k < this.toks.length; k++) {
                if (this.test(this.toks[k])) {
                    this.found = k;
                    break;
                }
            }
        }
        return this.found;
    }
}
/** A token after which a reserved word is at the start of a command. */
function commandStart(prev) {
    if (!prev)
        return true;
    if (prev.t === 'op')
        return prev.v !== 'redir';
    return prev.t === 'w' && (prev.raw === 'then' || prev.raw === 'do' || prev.raw === 'else' || prev.raw === '{' || prev.raw === 'in');
}
/**
 * For each `case` at the start of a command, the index of the `esac` (at the start of a command) that closes it, -1
 * when none does: the bracket matching of the two words. Found once per token list; a branch body holding a nested
 * case jumps over it instead of counting its way through it at every level of nesting.
 */
const esacIndexes = new WeakMap();
function esacIndex(toks) {
    let out = esacIndexes.get(toks);
    if (out)
        return out;
    out = new Int32Array(toks.length).fill(-1);
    const open = [];
    for (let j = 0; j < toks.length; j++) {
        const b = toks[j];
        if (b.t !== 'w' || !commandStart(toks[j - 1]))
            continue;
        if (b.raw === 'case')
            open.push(j);
        else if (b.raw === 'esac' && open.length > 0)
            out[open.pop()] = j;
    }
    esacIndexes.set(toks, out);
    return out;
}
/** `case WORD in [(]pat[|pat]…) body ;; … esac` from toks[i] (`case`), within toks[…, end); undefined when it is
 * not that shape. */
function parseCase(toks, i, end) {
    const at = (k) => (k < end ? toks[k] : undefined);
    const subj = at(i + 1);
    if (subj?.t !== 'w')
        return undefined;
    let j = i + 2;
    while (at(j)?.t === 'op' && at(j).v === '\n')
        j++;
    if (wordText(at(j)) !== 'in' || at(j).t !== 'w')
        return undefined;
    j++;
    const branches = [];
    const isOp = (t, v) => t?.t === 'op' && t.v === v;
    for (;;) {
        while (isOp(at(j), '\n') || isOp(at(j), ';'))
            j++;
        const t = at(j);
        if (!t)
            return undefined;
        if (t.t === 'w' && t.raw === 'esac')
            return { pos: toks[i].pos, subject: subj.raw, toks, branches, end: j + 1 };
        if (isOp(t, '('))
            j++;
        const patterns = [];
        for (;;) {
            const p = at(j);
            if (p?.t !== 'w')
                return undefined;
            patterns.push(p.raw);
            j++;
            if (isOp(at(j), '|'))
                j++;
            else if (isOp(at(j), ')')) {
                j++;
                break;
            }
            else
                return undefined;
        }
        // the body: up to `;;` / `;&` / `;;&` or a closing `esac`, nested case statements jumped over
        const start = j;
        let term = '';
        for (; j < end; j++) {
            const b = toks[j];
            if (b.t === 'w' && commandStart(toks[j - 1])) {
                if (b.raw === 'case') {
                    const esac = esacIndex(toks)[j];
                    if (esac === -1 || esac >= end)
                        return undefined;
                    j = esac;
                }
                else if (b.raw === 'esac') {
                    term = 'esac';
                    break;
                }
            }
            else if (isOp(b, ';') && isOp(at(j + 1), ';') && at(j + 1).pos === b.pos + 1) {
                term = isOp(at(j + 2), '&') && at(j + 2).pos === b.pos + 2 ? ';;&' : ';;';
                break;
            }
            else if (isOp(b, ';') && isOp(at(j + 1), '&') && at(j + 1).pos === b.pos + 1) {
                term = ';&';
                break;
            }
        }
        if (!term)
            return undefined;
        branches.push({ patterns, body: { from: start, to: j }, term });
        if (term !== 'esac')
            j += term.length;
    }
}
/** cargo.eclass computes CARGO_CRATE_URIS from CRATES (and GIT_CRATES) when inherited: from their values at that
 * point, turned into URIs when first expanded. */
function cargoCrateUris(ctx) {
    if (ctx.vars.has('GIT_CRATES'))
        return new Unknown('GIT_CRATES is set: git crate URIs are not computed statically');
    const crates = ctx.vars.get('CRATES');
    if (!crates)
        return '';
    if (crates.kind === 'unknown')
        return new Unknown(`CRATES is not known statically (${crates.reason})`);
    retainValue(crates);
    return () => crateUris(crates.kind === 'string' ? crates.value : crates.values.join(' '));
}
/** An assignment-only command or an `inherit`: its exit status is 0. */
function succeeds(words) {
    const w0 = wordText(words[0]);
    if (w0 === 'inherit' || w0 === ':' || w0 === 'true')
        return true;
    return words.every((w) => w.t === 'arr' || (w.t === 'w' && isAssignment(w.raw)));
}
/** Drop redirections and their targets. */
function dropRedirections(wordsIn) {
    const words = [];
    for (let k = 0; k < wordsIn.length; k++) {
        const w = wordsIn[k];
        if (w.t === 'op' && w.v === 'redir') {
            k++;
            continue;
        }
        words.push(w);
    }
    return words;
}
/** The tokens inside the given function definitions. */
function insideFunctions(toks, fns) {
    if (fns.length === 0)
        return [];
    const out = [];
    let f = 0;
    for (const t of toks) {
        while (f < fns.length && fns[f].end <= t.pos)
            f++;
        if (f < fns.length && t.pos >= fns[f].start)
            out.push(t);
    }
    return out;
}
/** The tokens outside the given function definitions (their bodies hold no global assignments). */
function outsideFunctions(toks, fns) {
    if (fns.length === 0)
        return toks;
    const out = [];
    let f = 0;
    for (const t of toks) {
        while (f < fns.length && fns[f].end <= t.pos)
            f++;
        if (f < fns.length && t.pos >= fns[f].start)
            continue;
        out.push(t);
    }
    return out;
}

// EXTERNAL MODULE: ./shared/rust/findings.ts
var rust_findings = __webpack_require__(7183);
// EXTERNAL MODULE: ./shared/rust/toolchain-file.ts
var toolchain_file = __webpack_require__(8245);
// EXTERNAL MODULE: ./shared/rust/target-sources.ts
var target_sources = __webpack_require__(971);
;// CONCATENATED MODULE: ./shared/rust/target-files.ts
/**
 * Targets named in files (`targets-from`): an ebuild's RUST_TARGETS, rust-toolchain.toml's targets, a cargo
 * config's `[build] target`, or a JSON spec. Apart from target-sources.ts because of what it loads (the ebuild
 * reader, the TOML parser): a run whose targets come from the input alone never loads it.
 */






/** `RUST_TARGETS=( … )` from an ebuild, read with shared/gentoo's ebuild reader. */
function targetsFromEbuild(text, file) {
    const info = parseEbuild(text, file);
    const findings = [];
    const targets = [];
    const v = info.vars.RUST_TARGETS;
    if (!v) {
        findings.push(rust_findings/* rustFindings */.R.make('ebuild-no-rust-targets', `${file} has no RUST_TARGETS array.`, { file, hint: 'Add RUST_TARGETS=( triple … ) at top level.' }));
        return { targets, findings };
    }
    if (v.kind === 'unknown') {
        findings.push(rust_findings/* rustFindings */.R.make('ebuild-rust-targets-unknown', `RUST_TARGETS cannot be read statically (${v.reason}).`, { file, line: v.line, hint: 'Write the triples literally in the array.' }));
        return { targets, findings };
    }
    const values = v.kind === 'array' ? v.values : v.value.split(/\s+/).filter(Boolean);
    // Each value's own line when it can be found after the assignment, else the assignment's.
    const lineAt = (0,sorted/* lineIndex */.Dp)(text);
    const find = (0,target_sources/* wordFinder */.vh)(text, v.line > 1 ? text.split('\n', v.line - 1).join('\n').length : 0, { wrap: false, quoted: false });
    for (const t of values) {
        const at = find(t);
        const line = at >= 0 ? lineAt(at) : v.line;
        const where = { file, line };
        if ((0,target_sources/* checkName */.I3)(t, where, findings, true))
            targets.push((0,target_sources/* request */.Em)(t, 'ebuild', file, line));
    }
    return { targets, findings };
}

function targetsFromRustToolchain(text, file) {
    const { toolchain, findings } = (0,toolchain_file.parseRustToolchain)(text, file);
    const targets = [];
    const lineAt = (0,sorted/* lineIndex */.Dp)(text);
    const find = (0,target_sources/* quotedFinder */.NQ)(text);
    for (const t of toolchain.targets) {
        const at = find(t);
        const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
        if ((0,target_sources/* checkName */.I3)(t, where, findings, true))
            targets.push((0,target_sources/* request */.Em)(t, 'rust-toolchain', file, where.line));
    }
    if (targets.length === 0 && findings.length === 0)
        findings.push(rust_findings/* rustFindings */.R.make('no-targets', `${file} lists no [toolchain] targets.`, { file }));
    return { targets, findings };
}
/** `.cargo/config.toml` `[build] target` (a string or an array). */
function targetsFromCargoConfig(text, file) {
    const findings = [];
    const targets = [];
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const err = e;
        findings.push(rust_findings/* rustFindings */.R.make('toml-syntax', `${file} is not valid TOML: ${(err.message ?? '').split('\n')[0]}`, { file, ...(err.line ? { line: err.line } : {}), hint: 'Fix the TOML at this line; no targets were read from the file.' }));
        return { targets, findings };
    }
    const build = (doc.build ?? {});
    const raw = build.target;
    const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((x) => typeof x === 'string') : [];
    // Spec paths in a cargo config are relative to the directory holding `.cargo/`.
    const root = file.replace(/\\/g, '/').replace(/(^|\/)\.cargo\/config(\.toml)?$/, '');
    const lineAt = (0,sorted/* lineIndex */.Dp)(text);
    const find = (0,target_sources/* quotedFinder */.NQ)(text);
    for (const t of list) {
        const at = find(t);
        const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
        const name = (0,target_sources/* isSpecPath */.x0)(t) && root && !t.startsWith('/') ? `${root}/${t}` : t;
        if ((0,target_sources/* checkName */.I3)(name, where, findings, true))
            targets.push((0,target_sources/* request */.Em)(name, 'cargo-config', file, where.line));
    }
    if (list.length === 0)
        findings.push(rust_findings/* rustFindings */.R.make('no-targets', `${file} has no [build] target.`, { file }));
    return { targets, findings };
}
/** Dispatch on the file name: ebuild, rust-toolchain(.toml), cargo config, or a JSON spec. */
function targetsFromFile(path, text) {
    const base = path.split(/[\\/]/).pop() ?? path;
    if (base.endsWith('.ebuild'))
        return targetsFromEbuild(text, path);
    if (base === 'rust-toolchain.toml' || base === 'rust-toolchain')
        return targetsFromRustToolchain(text, path);
    if (/(^|\/)\.cargo\/config(\.toml)?$/.test(path.replace(/\\/g, '/')) || base === 'config.toml')
        return targetsFromCargoConfig(text, path);
    if (base.endsWith('.json')) {
        const findings = [];
        return (0,target_sources/* checkName */.I3)(path, { file: path }, findings, true) ? { targets: [(0,target_sources/* request */.Em)(path, 'json', path, undefined)], findings } : { targets: [], findings };
    }
    return {
        targets: [],
        findings: [rust_findings/* rustFindings */.R.make('targets-from-unknown', `Cannot read targets from '${path}'.`, { file: path, hint: 'Use an .ebuild, rust-toolchain.toml, .cargo/config.toml or a .json target spec.' })],
    };
}


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRustToolchain: () => (/* binding */ parseRustToolchain)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/** `rust-toolchain.toml` (and the legacy one-line `rust-toolchain`): which toolchain a repository asks for. */


/** `rust-toolchain.toml` (or the legacy one-line `rust-toolchain`). */
function parseRustToolchain(text, file = 'rust-toolchain.toml') {
    const empty = { channel: null, targets: [], components: [], profile: null };
    const trimmed = text.trim();
    if (!trimmed.includes('[') && !trimmed.includes('=') && /^[\w.+-]+$/.test(trimmed))
        return { toolchain: { ...empty, channel: trimmed }, findings: [] };
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        const err = e;
        return {
            toolchain: empty,
            findings: [_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .rustFindings */ .R.make('toml-syntax', `${file} is not valid TOML: ${(err.message ?? '').split('\n')[0]}`, { file, ...(err.line ? { line: err.line } : {}), hint: 'Fix the TOML at this line; no targets were read from the file.' })],
        };
    }
    const tc = (doc.toolchain ?? {});
    const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    return {
        toolchain: {
            channel: typeof tc.channel === 'string' ? tc.channel : typeof tc.path === 'string' ? null : null,
            targets: list(tc.targets),
            components: list(tc.components),
            profile: typeof tc.profile === 'string' ? tc.profile : null,
        },
        findings: [],
    };
}


/***/ })

};
