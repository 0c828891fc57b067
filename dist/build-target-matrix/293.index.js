export const id = 293;
export const ids = [293];
export const modules = {

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countBySeverity: () => (/* reexport */ finding/* countBySeverity */.Ot),
  hostFromTriple: () => (/* reexport */ hostFromTriple),
  planMatrix: () => (/* binding */ planMatrix),
  reachesThreshold: () => (/* reexport */ finding/* reachesThreshold */.Lu),
  runnerFor: () => (/* reexport */ runnerFor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./shared/map-limit.ts
/** Bounded concurrency for I/O-bound loops (file reads and writes go through libuv's small thread pool). */
/** Run `fn` over items with at most `limit` in flight; results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

// EXTERNAL MODULE: ./shared/rust/findings.ts
var rust_findings = __webpack_require__(7183);
;// CONCATENATED MODULE: ./shared/rust/cargo-config.ts

/** `CARGO_TARGET_<TRIPLE>_` prefix as cargo spells it (upper case, `-`/`.` → `_`). */
function envTargetPrefix(target) {
    return `CARGO_TARGET_${target.toUpperCase().replace(/[-.]/g, '_')}_`;
}
/** A TOML basic string. */
function tomlString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
const tomlArray = (xs) => `[${xs.map(tomlString).join(', ')}]`;
const tomlKey = (k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k));
/** Split a RUSTFLAGS value (whitespace-separated) or CARGO_ENCODED_RUSTFLAGS (0x1f-separated). */
function splitFlags(value, encoded) {
    return (encoded ? value.split('\x1f') : value.split(/\s+/)).filter((x) => x.length > 0);
}
/** Joined `-C key=value` pairs and `--sysroot=` in either spelling, as one token each. */
function normaliseFlags(flags) {
    const out = [];
    for (let i = 0; i < flags.length; i++) {
        const f = flags[i];
        if ((f === '-C' || f === '--codegen' || f === '--sysroot' || f === '-L' || f === '--cfg' || f === '-Z') && i + 1 < flags.length) {
            out.push(f === '--sysroot' ? `--sysroot=${flags[++i]}` : `${f === '--codegen' ? '-C' : f} ${flags[++i]}`);
        }
        else
            out.push(f.startsWith('-C') && f.length > 2 && !f.startsWith('-C ') ? `-C ${f.slice(2)}` : f);
    }
    return out;
}
/** Back to argv tokens for the config array. */
function toArgs(flags) {
    return flags.flatMap((f) => (/^(-C|-L|--cfg|-Z) /.test(f) ? [f.slice(0, f.indexOf(' ')), f.slice(f.indexOf(' ') + 1)] : [f]));
}
/**
 * Warnings for rustflags in the job environment that meet the generated configs' `target.<triple>.rustflags`
 * (once per variable). `targets` are the targets whose config sets rustflags: where it sets none, nothing is
 * lost and nothing is said. cargo's order (verified with cargo 1.95 in the tests): CARGO_ENCODED_RUSTFLAGS,
 * else RUSTFLAGS, replace the config's rustflags; CARGO_TARGET_<TRIPLE>_RUSTFLAGS is joined with them; and
 * CARGO_BUILD_RUSTFLAGS is `build.rustflags`, which target rustflags take precedence over: it is ignored.
 */
function rustflagsEnvironmentFindings(env, targets, reached = []) {
    const list = typeof targets === 'string' ? [targets] : [...targets];
    const out = [];
    const set = (name) => env[name] !== undefined && env[name] !== '';
    const hint = "Unset it for the build step (the SDK mode does this), or move its flags into the target's rustflags input: cargo ignores config rustflags when it is set.";
    for (const name of ['RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']) {
        if (!set(name))
            continue;
        if (list.length > 0)
            out.push(rust_findings/* rustFindings */.R.make('rustflags-in-environment', `${name} is set in the job environment; cargo then applies it instead of the generated config's rustflags for ${what(list)}.`, { hint }));
        // `reached`: targets whose config sets no rustflags. Nothing of ours is lost, but an SDK's --sysroot or
        // target-cpu in it reaches them too: said as a notice, which fail-on: warning does not fail on.
        if (reached.length > 0) {
            out.push(rust_findings/* rustFindings */.R.make('rustflags-in-environment', `${name} is set in the job environment; cargo applies it to ${what(reached)} too (their generated configs set no rustflags).`, {
                severity: 'notice',
                hint: "Fine for flags every target takes (-D warnings); unset it for the build step if it carries one target's flags (an SDK's --sysroot).",
            }));
        }
    }
    if (list.length === 0)
        return out;
    if (set('CARGO_BUILD_RUSTFLAGS')) {
        out.push(rust_findings/* rustFindings */.R.make('rustflags-in-environment', `CARGO_BUILD_RUSTFLAGS is set in the job environment; cargo ignores it for ${what(list)}: the generated config's target rustflags take precedence over build.rustflags.`, {
            hint: "Move its flags into the target's rustflags input (the SDK mode does this), or unset it for the build step.",
        }));
    }
    for (const target of list) {
        const perTarget = `${envTargetPrefix(target)}RUSTFLAGS`;
        if (set(perTarget)) {
            out.push(rust_findings/* rustFindings */.R.make('rustflags-in-environment', `${perTarget} is set in the job environment; cargo joins it with the config's rustflags for ${target}.`, { hint }));
        }
    }
    return out;
}
const what = (list) => (list.length <= 4 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more targets`);
/** What an SDK environment injects for a target: flags to keep, its sysroot and linker, and the variables to clear. */
function sdkFlagsFromEnv(env, target) {
    const vars = [];
    let flags = [];
    const prefix = envTargetPrefix(target);
    for (const [name, encoded] of [
        ['CARGO_ENCODED_RUSTFLAGS', true],
        ['RUSTFLAGS', false],
        ['CARGO_BUILD_RUSTFLAGS', false],
    ]) {
        const v = env[name];
        if (v !== undefined) {
            vars.push(name);
            flags.push(...splitFlags(v, encoded));
        }
    }
    for (const name of Object.keys(env).sort()) {
        if (/^CARGO_TARGET_[A-Z0-9_]+_RUSTFLAGS$/.test(name)) {
            vars.push(name);
            if (name === `${prefix}RUSTFLAGS`)
                flags.push(...splitFlags(env[name], false));
        }
    }
    flags = normaliseFlags(flags);
    let sysroot;
    let linker = env[`${prefix}LINKER`] || undefined;
    const kept = [];
    for (const f of flags) {
        if (f.startsWith('--sysroot='))
            sysroot = f.slice('--sysroot='.length);
        else if (f.startsWith('-C linker='))
            linker = f.slice('-C linker='.length);
        else if (!kept.includes(f))
            kept.push(f);
    }
    const out = { rustflags: kept, vars };
    if (sysroot !== undefined)
        out.sysroot = sysroot;
    if (linker !== undefined)
        out.linker = linker;
    return out;
}
function generateCargoConfig(input) {
    const env = input.env ?? {};
    const findings = [];
    let rustflags = normaliseFlags([...(input.rustflags ?? [])]);
    let linker = input.linker ?? null;
    let clearEnv = [];
    if (input.sdk) {
        const fromEnv = sdkFlagsFromEnv(env, input.target);
        const given = typeof input.sdk === 'object' ? input.sdk : {};
        const sysroot = given.sysroot ?? fromEnv.sysroot;
        // The SDK knows its own cross linker better than a guess from the triple.
        linker = given.linker ?? fromEnv.linker ?? linker ?? null;
        const moved = fromEnv.rustflags.filter((f) => !rustflags.includes(f));
        rustflags = [...(sysroot ? [`--sysroot=${sysroot}`] : []), ...moved, ...rustflags.filter((f) => !f.startsWith('--sysroot='))];
        clearEnv = fromEnv.vars;
        if (clearEnv.length > 0) {
            findings.push(rust_findings/* rustFindings */.R.make('sdk-env-moved', `SDK mode for ${input.target}: ${clearEnv.join(', ')} will be cleared; ${sysroot ? `sysroot ${sysroot}, ` : ''}${linker ? `linker ${linker}, ` : ''}${moved.length} other flag(s) moved into the config.`));
        }
    }
    else if (input.warnEnvironment !== false && rustflags.length > 0) {
        findings.push(...rustflagsEnvironmentFindings(env, input.target));
    }
    const lines = [`# Generated by build-target-matrix for ${input.target}. Pass with: cargo --config <this file> …`];
    const buildStd = input.buildStd && input.buildStd.length > 0 ? [...input.buildStd] : null;
    if (input.custom || buildStd) {
        lines.push('', '[unstable]');
        if (input.custom)
            lines.push('json-target-spec = true');
        if (buildStd) {
            lines.push(`build-std = ${tomlArray(buildStd)}`);
            if (input.buildStdFeatures && input.buildStdFeatures.length > 0)
                lines.push(`build-std-features = ${tomlArray(input.buildStdFeatures)}`);
        }
    }
    const table = [];
    if (linker)
        table.push(`linker = ${tomlString(linker)}`);
    if (input.runner && input.runner.length > 0)
        table.push(`runner = ${tomlArray(input.runner)}`);
    if (rustflags.length > 0)
        table.push(`rustflags = ${tomlArray(toArgs(rustflags))}`);
    if (table.length > 0)
        lines.push('', `[target.${tomlKey(input.target)}]`, ...table);
    return { text: `${lines.join('\n')}\n`, clearEnv, rustflags: toArgs(rustflags), linker, findings };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
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
/** The alternatives of the brace group `{…}` opened at k, with the index of its `}`; null when not one. */
function braceAlternatives(raw, k, limit) {
    let depth = 1;
    let j = k + 1;
    const commas = [];
    while (j < raw.length && depth > 0) {
        const d = raw[j];
        if (d === '\\')
            j++;
        else if (d === '{')
            depth++;
        else if (d === '}')
            depth--;
        else if (d === ',' && depth === 1)
            commas.push(j);
        if (depth > 0)
            j++;
    }
    if (depth !== 0)
        return null;
    if (commas.length > 0) {
        const alts = [];
        let last = k + 1;
        for (const cpos of commas) {
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
/** Bash brace expansion of one raw word (`a{b,c}`, `{1..3}`), quote-aware. Returns [raw] when none. */
function braceExpand(raw, limit = 1000) {
    // the first unquoted `{` that is not `${` with a matching `}` containing a top-level `,` or `..`
    let k = 0;
    while (k < raw.length) {
        const skipped = skipRegion(raw, k);
        if (skipped !== -1) {
            k = skipped;
            continue;
        }
        if (raw[k] === '{') {
            const group = braceAlternatives(raw, k, limit);
            if (group) {
                const pre = raw.slice(0, k);
                const post = raw.slice(group.close + 1);
                const out = [];
                for (const alt of group.alts) {
                    for (const e of braceExpand(pre + alt + post, limit)) {
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

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/glob.ts
/** Bash glob patterns as used by `${x#pat}`, `${x/pat/rep}` and `[[ x == pat ]]`. */
/** Glob pattern (already expanded) to an anchored RegExp. Quoted parts are marked literal with \x00. */
function globToRegex(pat) {
    let out = '';
    for (let k = 0; k < pat.length; k++) {
        const c = pat[k];
        if (c === '\x00') {
            out += escapeRe(pat[++k] ?? '');
        }
        else if (c === '*')
            out += '[\\s\\S]*';
        else if (c === '?')
            out += '[\\s\\S]';
        else if (c === '[') {
            const end = pat.indexOf(']', k + 2);
            if (end === -1)
                out += '\\[';
            else {
                let cls = pat.slice(k + 1, end).replace(/\\/g, '\\\\');
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                out += `[${cls}]`;
                k = end;
            }
        }
        else if (c === '\\')
            out += escapeRe(pat[++k] ?? '');
        else
            out += escapeRe(c);
    }
    return new RegExp(`^(?:${out})$`);
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** `${v#re}` `${v##re}` `${v%re}` `${v%%re}` */
function trimPattern(value, op, re) {
    const len = value.length;
    if (op === '#') {
        for (let k = 0; k <= len; k++)
            if (re.test(value.slice(0, k)))
                return value.slice(k);
    }
    else if (op === '##') {
        for (let k = len; k >= 0; k--)
            if (re.test(value.slice(0, k)))
                return value.slice(k);
    }
    else if (op === '%') {
        for (let k = len; k >= 0; k--)
            if (re.test(value.slice(k)))
                return value.slice(0, k);
    }
    else if (op === '%%') {
        for (let k = 0; k <= len; k++)
            if (re.test(value.slice(k)))
                return value.slice(0, k);
    }
    return value;
}
/** `${v/re/rep}` `${v//re/rep}` `${v/#re/rep}` `${v/%re/rep}` */
function substitute(value, op, re, rep) {
    const src = re.source.slice(4, -2); // strip ^(?: … )$
    if (op === '/#') {
        for (let k = value.length; k >= 0; k--)
            if (re.test(value.slice(0, k)))
                return rep + value.slice(k);
        return value;
    }
    if (op === '/%') {
        for (let k = 0; k <= value.length; k++)
            if (re.test(value.slice(k)))
                return value.slice(0, k) + rep;
        return value;
    }
    if (src === '')
        return value;
    const g = new RegExp(src, op === '//' ? 'g' : '');
    return value.replace(g, () => rep);
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
    if (name === 'CARGO_CRATE_URIS' && ctx.cargoCrateUris !== undefined)
        return ctx.cargoCrateUris;
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
            let e = j + 1;
            while (e < n) {
                const x = raw.charCodeAt(e);
                if (x === 34 || x === 92 || x === 36 || x === 96)
                    break; // " \ $ `
                e++;
            }
            wLit(st, raw.slice(j, e), true);
            st.k = e;
        }
    }
    st.k++;
    return undefined;
}
/** Evaluate one shell word to fields (one field unless `split`). */
function evalWord(raw, ctx, opts) {
    const st = { raw, ctx, opts, fields: [], cur: '', curHas: false, k: 0 };
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
            values.push(...r.fields);
        }
    }
    return { kind: 'array', values, line };
}
/** `NAME+=value` onto the previous value (bash: a string appends to element 0 of an array). */
function appendValue(prev, value, rawValue) {
    if (prev.kind === 'unknown') {
        return { kind: 'unknown', raw: `${prev.raw} … ${rawValue}`, line: prev.line, reason: prev.reason };
    }
    if (value.kind === 'unknown')
        return { ...value, line: prev.line };
    if (prev.kind === 'string' && value.kind === 'string') {
        return { kind: 'string', value: prev.value + value.value, line: prev.line };
    }
    if (prev.kind === 'array' && value.kind === 'array') {
        return { kind: 'array', values: [...prev.values, ...value.values], line: prev.line };
    }
    if (prev.kind === 'array' && value.kind === 'string') {
        const vals = [...prev.values];
        vals[0] = (vals[0] ?? '') + value.value;
        return { kind: 'array', values: vals, line: prev.line };
    }
    if (prev.kind === 'string' && value.kind === 'array') {
        return { kind: 'array', values: [prev.value, ...value.values], line: prev.line };
    }
    return value;
}

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
    lineStarts = [0];
    pendingHeredocs = [];
    /** The end of the last token read, and whether bash's reader looked one character past it. */
    prevEnd = 0;
    prevLookahead = false;
    /** The earliest-opened `${…}` that spans lines: legal, but the usual trace of a quote that swallowed its `}`. */
    firstMultilineBrace;
    /** `comsub` parses the command list of a `$(…)` whose `(` was just read, up to and including its `)`. */
    constructor(src, comsub) {
        this.src = src;
        this.comsub = comsub;
        this.n = src.length;
        for (let k = src.indexOf('\n'); k !== -1; k = src.indexOf('\n', k + 1))
            this.lineStarts.push(k + 1);
    }
    // --- lines, as bash numbers them ---
    lineAt(pos) {
        if (pos >= this.n)
            return this.eofLine();
        const ls = this.lineStarts;
        let lo = 0;
        let hi = ls.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (ls[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
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
        for (;;) {
            const c = this.peek();
            if (c === '')
                break;
            const at = this.pos;
            if (isPlain(c.charCodeAt(0))) {
                let e = at + 1;
                while (e < this.n && isPlain(this.src.charCodeAt(e)))
                    e++;
                text += this.src.slice(at, e);
                this.pos = e;
                continue;
            }
            if (c === '\\') {
                this.pos++;
                const d = this.getc(false);
                text += '\\' + d;
                quoted = true;
                continue;
            }
            if (c === "'" || c === '"' || c === '`') {
                this.pos++;
                this.quoted(at, c);
                text += this.src.slice(at, this.pos);
                if (c !== '`')
                    quoted = true;
                continue;
            }
            if ((mode === 'cond-pattern' || mode === 'cond-regex') && this.extPattern(mode, c)) {
                text += this.src.slice(at, this.pos);
                continue;
            }
            if (c === '$' || c === '<' || c === '>') {
                if (this.dollar(c, false)) {
                    text += this.src.slice(at, this.pos);
                    if (c === '$' && (this.src[at + 1] === "'" || this.src[at + 1] === '"'))
                        quoted = true;
                    continue;
                }
            }
            if (c === '[' && ((text !== '' && (mode === 'cmd' || mode === 'prefix') && /^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) || (text === '' && mode === 'compound'))) {
                // NAME[subscript]= : the subscript may hold blanks and expansions
                this.pos++;
                this.matchedPair(at, '[', ']', 'subscript');
                text += this.src.slice(at, this.pos);
                continue;
            }
            if (c === '=' && (mode === 'cmd' || mode === 'prefix' || mode === 'assign') && /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/.test(text)) {
                this.pos++;
                text += '=';
                if (this.peek() === '(') {
                    this.pos++;
                    this.compoundAssignment(at + 1);
                    text += this.src.slice(at + 1, this.pos);
                }
                continue;
            }
            if (BREAK.has(c))
                break;
            this.pos++;
            text += c;
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
            let e = this.pos;
            while (e < this.n) {
                const x = this.src.charCodeAt(e);
                if (x === 34 || x === 92 || x === 36 || x === 96)
                    break; // " \ $ `
                e++;
            }
            this.pos = e;
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
            const nl = this.src.indexOf('\n', at);
            if (nl !== -1 && nl < this.pos && (!this.firstMultilineBrace || this.lineAt(at) < this.firstMultilineBrace.from)) {
                this.firstMultilineBrace = { from: this.lineAt(at), to: this.lineAt(this.pos - 1) };
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
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?=/;
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
            else if (t.k === 'word' && !named && ASSIGNMENT.test(t.text)) {
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

// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
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
});

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/lex.ts
/**
 * The bash layer, part one: words and operators, with quotes, expansions, comments, continuations and
 * here-documents. Knows nothing of Gentoo; problems are bash-level (an unterminated quote, an unclosed
 * here-document) and carry a character position.
 */
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
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
    constructor(text) {
        this.text = text;
        this.n = text.length;
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
            const code = text.charCodeAt(j);
            // fast path over plain characters
            if (code !== 34 && code !== 92 && code !== 36 && code !== 96) {
                j++;
                continue;
            }
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
            const c = text[i];
            if (META.has(c))
                break;
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










const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/;
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
    const lineStarts = [0];
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1))
        lineStarts.push(k + 1);
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
/**
 * Read the static variables of an ebuild. Never throws. When bash itself would refuse the file (the verdict of
 * bash-syntax.ts, which agrees with `bash -n`), that is one `ebuild-syntax` finding on `file` at the line bash
 * names, and `bashError` is set; what the reader merely cannot follow is never a finding.
 */
function parseEbuild(text, file, opts = {}) {
    const source = prepareSource(text, file);
    const ctx = { vars: new Map(), env: ebuildEnv(file) };
    const shared = {
        ctx, inherit: [], read: [], missing: [], complete: opts.eclass !== undefined && source.verdict.kind === 'ok', stack: [],
        fnAssigned: new Set(source.fnAssigned), eclassIuse: [],
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
        const ls = this.lineStarts;
        let lo = 0;
        let hi = ls.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (ls[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    // --- lists: split tokens into and-or lists of pipelines of commands ---
    runLists(toks) {
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
        for (let i = 0; i < toks.length; i++) {
            const t = toks[i];
            if (t.t === 'w' && t.raw === 'case' && cur.length === 0 && list.length === 0 && this.fnDepth === 0 && !this.fnPendingBrace) {
                const c = parseCase(toks, i);
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
            this.frames.push({ kind: 'branch', mode, anyTaken: mode === 'active', unknownSeen: mode === 'unknown', line });
            this.runLists(body);
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
        for (;;) {
            const step = this.keyword(words, wholeList);
            if (step === 'stop')
                return;
            if (step === 0)
                break;
            words = words.slice(step);
            if (words.length === 0)
                return;
        }
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
     * A reserved word at the start of `words`: updates the frames and returns how many words it took
     * (the rest is processed as a command), 'stop' when the whole command is taken, 0 when there is none.
     */
    keyword(words, wholeList) {
        const w0 = wordText(words[0]);
        if (w0 === undefined)
            return 0;
        const top = this.frames[this.frames.length - 1];
        if (top?.kind === 'case') {
            if (w0 === 'esac') {
                this.frames.pop();
                return 1;
            }
            // drop the `pattern)` prefix of a case branch
            const close = words.findIndex((w) => w.t === 'op' && w.v === ')');
            if (close !== -1 && !words.slice(0, close).some((w) => w.t === 'w' && ASSIGN_RE.test(w.raw)))
                return close + 1;
        }
        switch (w0) {
            case 'then':
            case 'do':
                return 1;
            case 'if':
            case 'elif':
                this.ifOrElif(w0, words, top, wholeList);
                return 'stop';
            case 'else':
                return this.elseWord(words[0], top);
            case 'fi':
                if (top?.kind === 'if')
                    this.frames.pop();
                return 1;
            case 'case':
                this.frames.push({ kind: 'case', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[0].pos) });
                return 'stop';
            case 'for':
            case 'while':
            case 'until':
            case 'select':
                this.frames.push({ kind: 'loop', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[0].pos) });
                return 'stop';
            case 'done':
                if (top?.kind === 'loop')
                    this.frames.pop();
                return 1;
            case '{':
                this.frames.push({ kind: 'group', mode: 'active', anyTaken: true, unknownSeen: false, line: this.lineAt(words[0].pos) });
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
            this.frames.push({
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
        const parentDead = this.frames.slice(0, -1).some((x) => x.mode === 'dead');
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
        const parentDead = this.frames.slice(0, -1).some((x) => x.mode === 'dead');
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
        const declares = w0 !== undefined && DECLARE_WORDS.has(w0);
        let k = 0;
        if (declares) {
            k = 1;
            while (k < words.length && words[k].t === 'w' && words[k].raw.startsWith('-'))
                k++;
        }
        const assigns = [];
        for (; k < words.length; k++) {
            const w = words[k];
            if (w.t === 'arr' || (w.t === 'w' && ASSIGN_RE.test(w.raw)))
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
    contextMode() {
        let unknown;
        for (const f of this.frames) {
            if (f.mode === 'dead')
                return { mode: 'dead' };
            if (f.mode === 'unknown' && !unknown)
                unknown = f;
        }
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
            const m = ASSIGN_RE.exec(tok.raw);
            name = m[1];
            if (m[2] !== undefined) {
                // element assignment X[i]=v: we do not track indices
                this.ctx.vars.set(name, { kind: 'unknown', raw: tok.raw, line, reason: `element assignment ${name}${m[2]}= is not tracked` });
                return;
            }
            append = m[3] === '+';
            rawValue = m[4];
        }
        else
            return;
        const reason = extraUnknown ?? (mode.mode === 'unknown' ? mode.reason : undefined);
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
                if (!this.isEclass && !sh.inherit.includes(e))
                    sh.inherit.push(e);
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
        const src = sh.eclass(name);
        if (!src || src.verdict.kind !== 'ok') {
            if (!sh.missing.includes(name))
                sh.missing.push(name);
            sh.complete = false;
            return;
        }
        for (const n of src.fnAssigned)
            sh.fnAssigned.add(n);
        if (!sh.read.includes(name))
            sh.read.push(name);
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
            sh.eclassIuse.push(...(iuse.kind === 'string' ? iuse.value.split(/\s+/) : iuse.values).filter(Boolean));
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
/** A token after which a reserved word is at the start of a command. */
function commandStart(prev) {
    if (!prev)
        return true;
    if (prev.t === 'op')
        return prev.v !== 'redir';
    return prev.t === 'w' && (prev.raw === 'then' || prev.raw === 'do' || prev.raw === 'else' || prev.raw === '{' || prev.raw === 'in');
}
/** `case WORD in [(]pat[|pat]…) body ;; … esac` from toks[i] (`case`); undefined when it is not that shape. */
function parseCase(toks, i) {
    const subj = toks[i + 1];
    if (subj?.t !== 'w')
        return undefined;
    let j = i + 2;
    while (toks[j]?.t === 'op' && toks[j].v === '\n')
        j++;
    if (wordText(toks[j]) !== 'in' || toks[j].t !== 'w')
        return undefined;
    j++;
    const branches = [];
    const isOp = (t, v) => t?.t === 'op' && t.v === v;
    for (;;) {
        while (isOp(toks[j], '\n') || isOp(toks[j], ';'))
            j++;
        const t = toks[j];
        if (!t)
            return undefined;
        if (t.t === 'w' && t.raw === 'esac')
            return { pos: toks[i].pos, subject: subj.raw, branches, end: j + 1 };
        if (isOp(t, '('))
            j++;
        const patterns = [];
        for (;;) {
            const p = toks[j];
            if (p?.t !== 'w')
                return undefined;
            patterns.push(p.raw);
            j++;
            if (isOp(toks[j], '|'))
                j++;
            else if (isOp(toks[j], ')')) {
                j++;
                break;
            }
            else
                return undefined;
        }
        // the body: up to `;;` / `;&` / `;;&` or a closing `esac`, nested case statements skipped
        const start = j;
        let depth = 0;
        let term = '';
        for (; j < toks.length; j++) {
            const b = toks[j];
            if (b.t === 'w' && commandStart(toks[j - 1])) {
                if (b.raw === 'case')
                    depth++;
                else if (b.raw === 'esac') {
                    if (depth === 0) {
                        term = 'esac';
                        break;
                    }
                    depth--;
                }
            }
            else if (depth === 0 && isOp(b, ';') && isOp(toks[j + 1], ';') && toks[j + 1].pos === b.pos + 1) {
                term = isOp(toks[j + 2], '&') && toks[j + 2].pos === b.pos + 2 ? ';;&' : ';;';
                break;
            }
            else if (depth === 0 && isOp(b, ';') && isOp(toks[j + 1], '&') && toks[j + 1].pos === b.pos + 1) {
                term = ';&';
                break;
            }
        }
        if (!term)
            return undefined;
        branches.push({ patterns, body: toks.slice(start, j), term });
        if (term !== 'esac')
            j += term.length;
    }
}
/** cargo.eclass computes CARGO_CRATE_URIS from CRATES (and GIT_CRATES) when inherited. */
function cargoCrateUris(ctx) {
    if (ctx.vars.has('GIT_CRATES'))
        return new Unknown('GIT_CRATES is set: git crate URIs are not computed statically');
    const crates = ctx.vars.get('CRATES');
    if (!crates)
        return '';
    if (crates.kind === 'unknown')
        return new Unknown(`CRATES is not known statically (${crates.reason})`);
    return crateUris(crates.kind === 'string' ? crates.value : crates.values.join(' '));
}
/** An assignment-only command or an `inherit`: its exit status is 0. */
function succeeds(words) {
    const w0 = wordText(words[0]);
    if (w0 === 'inherit' || w0 === ':' || w0 === 'true')
        return true;
    return words.every((w) => w.t === 'arr' || (w.t === 'w' && ASSIGN_RE.test(w.raw)));
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

// EXTERNAL MODULE: ./shared/rust/toolchain-file.ts
var toolchain_file = __webpack_require__(8245);
;// CONCATENATED MODULE: ./shared/rust/suggest.ts
/**
 * "Did you mean …?" for the rust domain: the names a misspelt target, option key, arch or spec field was
 * probably meant to be. Pure; the callers word the hints.
 */
/** Levenshtein distance (insertions, deletions, substitutions, each 1). */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/** A typo of `known`: at most two single-character edits. */
function closeEnough(known, k) {
    // The distance is at least the length difference: skip the table when that alone is too far.
    if (Math.abs(known.length - k.length) > 2)
        return false;
    return editDistance(known, k) <= 2;
}
/** The candidate with the smallest edit distance to `name` (the first of equals), or undefined when none. */
function closestByEdit(name, candidates) {
    let best;
    for (const c of candidates) {
        const distance = editDistance(c, name);
        if (!best || distance < best.distance)
            best = { name: c, distance };
    }
    return best;
}
/**
 * Up to three built-in names closest to a misspelt triple: same arch (the part before the first '-'), ranked by
 * shared prefix and suffix; a triple cut short (`…-musl` for `…-musleabihf`) ranks first.
 */
function nearestTargets(name, names) {
    const arch = name.split('-')[0];
    const scored = [];
    for (const n of names) {
        if (n.split('-')[0] !== arch)
            continue;
        if (n.startsWith(name)) {
            scored.push([n, n.length - name.length - 100]);
            continue;
        }
        let p = 0;
        while (p < n.length && p < name.length && n[p] === name[p])
            p++;
        let s = 0;
        while (s < n.length - p && s < name.length - p && n[n.length - 1 - s] === name[name.length - 1 - s])
            s++;
        const score = Math.max(n.length, name.length) - p - s;
        if (score <= 6)
            scored.push([n, score]);
    }
    scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    // A triple cut short is surely one of its completions: suggest only those then.
    const cut = scored.filter(([, score]) => score < 0);
    if (cut.length > 0)
        return cut.slice(0, 3).map(([n]) => n);
    // Otherwise only the best-scoring ones: a second guess further off is noise.
    return scored.filter(([, score]) => score === scored[0][1]).slice(0, 3).map(([n]) => n);
}

;// CONCATENATED MODULE: ./shared/rust/target-sources.ts
/**
 * Where targets come from: an input list (triples, spec paths, or YAML objects with per-target settings),
 * an ebuild's `RUST_TARGETS=( … )`, `rust-toolchain.toml` `targets`, `.cargo/config.toml` `[build] target`,
 * JSON spec files, and RUST_TARGET_PATH-style directories (every `*.json` is a target named by its stem).
 * Pure: callers read the files and pass the text.
 */






const TRIPLE = /^[A-Za-z0-9_.-]+$/;
const RUNNER_MODES = ['auto', 'qemu-user', 'qemu-system', 'none'];
function isSpecPath(s) {
    return /\.json$/i.test(s) || s.includes('/');
}
/** The name cargo and rustc give a target: the triple, or the spec file's stem. */
function targetName(target) {
    if (!isSpecPath(target))
        return target;
    return (target.split(/[\\/]/).pop() ?? target).replace(/\.json$/i, '');
}
/** Paths from inputs stay inside the workspace: relative, no `..`. */
function checkConfinedPath(p) {
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return `'${p}' is absolute; give a path relative to the workspace.`;
    if (p.split(/[\\/]/).includes('..'))
        return `'${p}' leaves the workspace ('..'); give a path inside it.`;
    return null;
}
/**
 * Where `"name"` is written in a TOML text, for names taken from one of its arrays in order: each search
 * starts after the previous find (a list of 12,000 names stays linear, and a name written twice is found
 * at each place), falling back to the first occurrence; -1 when it is not written quoted.
 */
function quotedFinder(text) {
    let from = 0;
    return (name) => {
        const needle = `"${name}"`;
        let at = text.indexOf(needle, from);
        if (at < 0)
            at = text.indexOf(needle);
        if (at >= 0)
            from = at + needle.length;
        return at;
    };
}
/** 1-based line of an offset in `text`; the newlines are found once (a list of 300 targets stays linear). */
function lineIndex(text) {
    const starts = [0];
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1))
        starts.push(k + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function request(target, origin, file, line, options = {}) {
    const r = { target, kind: isSpecPath(target) ? 'json' : 'triple', origin, options };
    if (file !== undefined)
        r.file = file;
    if (line !== undefined)
        r.line = line;
    return r;
}
function checkName(t, where, findings, confine) {
    if (isSpecPath(t)) {
        const bad = confine ? checkConfinedPath(t) : null;
        if (bad) {
            findings.push(rust_findings/* rustFindings */.R.make('target-path-outside', bad, { ...where, hint: 'Put the spec in the repository and name it relative to the workspace root.' }));
            return false;
        }
        // The file's stem is the target's name: a matrix entry, a file name, an env prefix. Same rule as a triple.
        // eslint-disable-next-line no-control-regex
        if (!TRIPLE.test(targetName(t)) || /[\x00-\x1f\x7f]/.test(t)) {
            findings.push(rust_findings/* rustFindings */.R.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Name the spec file <name>.json with a name of letters, digits, _, . and -.' }));
            return false;
        }
        return true;
    }
    if (!TRIPLE.test(t)) {
        findings.push(rust_findings/* rustFindings */.R.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Write a triple like thumbv6m-none-eabi, or a path ending in .json.' }));
        return false;
    }
    return true;
}
const strList = (v) => Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : undefined;
const OPTION_KEYS = ['target', 'commands', 'features', 'build-std', 'runner', 'linker', 'rustflags', 'sdk'];
/** Options from one YAML object; unknown keys and bad values become findings at the key's own line. */
function optionsFrom(obj, item, findings, keyLines = new Map()) {
    const o = {};
    for (const [k, v] of Object.entries(obj)) {
        const line = keyLines.get(k) ?? item.line;
        const where = { ...item, ...(line !== undefined ? { line } : {}) };
        switch (k) {
            case 'target':
                break;
            case 'commands':
                o.commands = Array.isArray(v) ? v.map(String) : String(v).split('\n').map((s) => s.trim()).filter(Boolean);
                break;
            case 'features':
                o.features = strList(v) ?? [];
                break;
            case 'build-std':
                o.buildStd = typeof v === 'boolean' ? v : (strList(v) ?? false);
                break;
            case 'runner':
                if (typeof v === 'string' && RUNNER_MODES.includes(v))
                    o.runner = v;
                else if (Array.isArray(v))
                    o.runner = v.map(String);
                else if (typeof v === 'string') {
                    o.runner = v.split(/\s+/).filter(Boolean);
                    // One word close to a mode is a typo more likely than a program named so.
                    const mode = o.runner.length === 1 ? RUNNER_MODES.find((m) => closeEnough(m, v)) : undefined;
                    if (mode) {
                        findings.push(rust_findings/* rustFindings */.R.make('target-option-runner-typo', `runner '${v}' is taken as a command to run tests with.`, { ...where, hint: `Did you mean runner: ${mode}? Write the command as a list (runner: [${v}]) if it is one.` }));
                    }
                }
                else
                    findings.push(rust_findings/* rustFindings */.R.make('target-option-invalid', `runner must be ${RUNNER_MODES.join(' | ')} or a command, got ${JSON.stringify(v)}.`, { ...where, hint: 'Write runner: qemu-system, or a command such as runner: [probe-rs, run, --chip, nRF52840_xxAA].' }));
                break;
            case 'linker':
                o.linker = String(v);
                break;
            case 'rustflags':
                o.rustflags = strList(v) ?? [];
                break;
            case 'sdk':
                if (typeof v === 'boolean')
                    o.sdk = v;
                else if (v && typeof v === 'object') {
                    const s = v;
                    o.sdk = {};
                    if (typeof s.sysroot === 'string')
                        o.sdk.sysroot = s.sysroot;
                    if (typeof s.linker === 'string')
                        o.sdk.linker = s.linker;
                }
                break;
            default: {
                const near = OPTION_KEYS.find((known) => closeEnough(known, k));
                findings.push(rust_findings/* rustFindings */.R.make('target-option-unknown', `Unknown per-target key '${k}' (ignored).`, {
                    ...where,
                    hint: `${near ? `Did you mean '${near}'? ` : ''}Known keys: ${OPTION_KEYS.join(', ')}.`,
                }));
            }
        }
    }
    return o;
}
/**
 * The `targets` input: a YAML list (strings or objects with `target:`), or plain triples/paths separated
 * by newlines, commas or spaces.
 */
function targetsFromInput(text, file = 'targets') {
    const findings = [];
    const targets = [];
    const trimmed = text.trim();
    if (trimmed === '')
        return { targets, findings };
    const looksYaml = /^(-\s|\[)/.test(trimmed) || /^\s*-\s/m.test(trimmed);
    if (!looksYaml) {
        // Each word on its own line (not the first place its text occurs: a triple can be part of another).
        const lineAt = lineIndex(text);
        for (const m of text.matchAll(/[^\s,]+/g)) {
            const word = m[0];
            const where = { file, line: lineAt(m.index) };
            if (checkName(word, where, findings, true))
                targets.push(request(word, 'input', file, where.line));
        }
        return { targets, findings };
    }
    const lc = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    const lineAt = (n) => (n?.range ? lc.linePos(n.range[0]).line : undefined);
    if (doc.errors.length > 0) {
        for (const e of doc.errors) {
            findings.push(rust_findings/* rustFindings */.R.make('targets-yaml', `targets is not valid YAML: ${e.message.split('\n')[0]}`, { file, line: lc.linePos(e.pos[0]).line, hint: 'Use a YAML list: one "- triple" or "- target: …" per line.' }));
        }
        return { targets, findings };
    }
    if (!(0,yaml_dist/* isSeq */.oP)(doc.contents)) {
        findings.push(rust_findings/* rustFindings */.R.make('targets-yaml', 'targets must be a YAML list.', { file, line: 1, hint: 'Write one "- triple" or "- target: …" per line.' }));
        return { targets, findings };
    }
    for (const item of doc.contents.items) {
        const line = lineAt(item);
        const where = { file, ...(line !== undefined ? { line } : {}) };
        if ((0,yaml_dist/* isScalar */.jn)(item)) {
            const t = String(item.value);
            if (checkName(t, where, findings, true))
                targets.push(request(t, 'input', file, line));
        }
        else if ((0,yaml_dist/* isMap */.jh)(item)) {
            const obj = item.toJSON();
            if (typeof obj.target !== 'string' || obj.target === '') {
                findings.push(rust_findings/* rustFindings */.R.make('target-invalid', 'A target object needs a `target:` (triple or .json path).', { ...where, hint: '- target: thumbv6m-none-eabi' }));
                continue;
            }
            if (!checkName(obj.target, where, findings, true))
                continue;
            const keyLines = new Map();
            for (const pair of item.items) {
                const at = lineAt(pair.key);
                if ((0,yaml_dist/* isScalar */.jn)(pair.key) && at !== undefined)
                    keyLines.set(String(pair.key.value), at);
            }
            targets.push(request(obj.target, 'input', file, line, optionsFrom(obj, where, findings, keyLines)));
        }
        else {
            findings.push(rust_findings/* rustFindings */.R.make('target-invalid', 'Each targets entry must be a string or an object.', { ...where, hint: 'Write "- thumbv6m-none-eabi" or "- target: thumbv6m-none-eabi" with its settings below.' }));
        }
    }
    return { targets, findings };
}
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
    let from = v.line > 1 ? text.split('\n').slice(0, v.line - 1).join('\n').length : 0;
    const lineAt = lineIndex(text);
    for (const t of values) {
        const at = text.indexOf(t, from);
        const line = at >= 0 ? lineAt(at) : v.line;
        if (at >= 0)
            from = at + t.length;
        const where = { file, line };
        if (checkName(t, where, findings, true))
            targets.push(request(t, 'ebuild', file, line));
    }
    return { targets, findings };
}

function targetsFromRustToolchain(text, file) {
    const { toolchain, findings } = (0,toolchain_file/* parseRustToolchain */.t)(text, file);
    const targets = [];
    const lineAt = lineIndex(text);
    const find = quotedFinder(text);
    for (const t of toolchain.targets) {
        const at = find(t);
        const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
        if (checkName(t, where, findings, true))
            targets.push(request(t, 'rust-toolchain', file, where.line));
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
    const lineAt = lineIndex(text);
    const find = quotedFinder(text);
    for (const t of list) {
        const at = find(t);
        const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
        const name = isSpecPath(t) && root && !t.startsWith('/') ? `${root}/${t}` : t;
        if (checkName(name, where, findings, true))
            targets.push(request(name, 'cargo-config', file, where.line));
    }
    if (list.length === 0)
        findings.push(rust_findings/* rustFindings */.R.make('no-targets', `${file} has no [build] target.`, { file }));
    return { targets, findings };
}
/** Every `*.json` in a RUST_TARGET_PATH-style directory (names given by the caller's listing). */
function targetsFromDirectory(dir, entries) {
    const findings = [];
    const clean = dir.replace(/\/+$/, '');
    if (clean.split(/[\\/]/).includes('..')) {
        findings.push(rust_findings/* rustFindings */.R.make('target-path-outside', `target-path '${dir}' contains '..'.`, { hint: 'Name the directory without ..' }));
        return { targets: [], findings };
    }
    const jsons = entries.filter((n) => /\.json$/i.test(n)).sort();
    if (jsons.length === 0)
        findings.push(rust_findings/* rustFindings */.R.make('target-path-empty', `No *.json target specs in ${dir}.`, { file: dir, hint: "Point target-path at the directory holding the SDK's <target>.json files." }));
    // A file name is a target name: one with a newline or a quote must not become a matrix entry.
    const named = jsons.filter((n) => checkName(`${clean}/${n}`, { file: dir }, findings, false));
    return { targets: named.map((n) => request(`${clean}/${n}`, 'target-path', dir, undefined)), findings };
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
        return checkName(path, { file: path }, findings, true) ? { targets: [request(path, 'json', path, undefined)], findings } : { targets: [], findings };
    }
    return {
        targets: [],
        findings: [rust_findings/* rustFindings */.R.make('targets-from-unknown', `Cannot read targets from '${path}'.`, { file: path, hint: 'Use an .ebuild, rust-toolchain.toml, .cargo/config.toml or a .json target spec.' })],
    };
}
/** One request per target name; the first mention wins, later ones from elsewhere are noted. */
function mergeTargets(lists) {
    const byName = new Map();
    const findings = [];
    for (const l of lists) {
        findings.push(...l.findings);
        for (const t of l.targets) {
            const key = targetName(t.target);
            const prev = byName.get(key);
            if (!prev)
                byName.set(key, t);
            else if (prev.target !== t.target) {
                findings.push(rust_findings/* rustFindings */.R.make('target-duplicate', `Target '${key}' comes from both ${prev.target} and ${t.target}; using the first.`, {
                    hint: 'Name it in one place only, or rename one of the spec files (cargo names a JSON target by its file stem).',
                    ...(t.file !== undefined ? { file: t.file } : {}),
                    ...(t.line !== undefined ? { line: t.line } : {}),
                }));
            }
            else if (Object.keys(prev.options).length === 0 && Object.keys(t.options).length > 0) {
                byName.set(key, { ...prev, options: t.options });
            }
        }
    }
    return { targets: [...byName.values()], findings };
}

;// CONCATENATED MODULE: ./shared/rust/matrix.ts
/**
 * From resolved targets to GitHub matrix entries: toolchain, build-std, linker, runner (qemu-user for Linux
 * targets of another arch, qemu-system only when asked for bare-metal ones), apt packages, the generated
 * cargo config and a cache key; then the GitHub limits (max jobs, 1 MB output, no empty matrix).
 */




/** Host info from a host triple such as x86_64-unknown-linux-gnu. */
function hostFromTriple(triple) {
    const t = triple ?? 'x86_64-unknown-linux-gnu';
    const first = t.split('-')[0] ?? 'x86_64';
    const arch = /^i[3-6]86$/.test(first) ? 'x86' : first.startsWith('armv') ? 'arm' : first.startsWith('riscv64') ? 'riscv64' : first;
    return { arch, os: t.includes('-linux') ? 'linux' : t.includes('-darwin') ? 'macos' : t.includes('-windows') ? 'windows' : 'unknown' };
}
/** Debian cross toolchain and qemu-user names for a Linux target. */
function linuxCross(f) {
    const le = f.endian === 'little';
    switch (f.arch) {
        case 'aarch64':
            return le ? { gnu: 'aarch64-linux-gnu', deb: 'arm64', qemu: 'aarch64' } : null;
        case 'arm':
            if (!le)
                return null;
            return f.abi.endsWith('hf') ? { gnu: 'arm-linux-gnueabihf', deb: 'armhf', qemu: 'arm' } : { gnu: 'arm-linux-gnueabi', deb: 'armel', qemu: 'arm' };
        case 'x86':
            return { gnu: 'i686-linux-gnu', deb: 'i386', qemu: 'i386' };
        case 'x86_64':
            return f.pointerWidth === 32 ? null : { gnu: 'x86_64-linux-gnu', deb: 'amd64', qemu: 'x86_64' };
        case 'riscv64':
            return { gnu: 'riscv64-linux-gnu', deb: 'riscv64', qemu: 'riscv64' };
        case 'powerpc':
            return { gnu: 'powerpc-linux-gnu', deb: 'powerpc', qemu: 'ppc' };
        case 'powerpc64':
            return le ? { gnu: 'powerpc64le-linux-gnu', deb: 'ppc64el', qemu: 'ppc64le' } : { gnu: 'powerpc64-linux-gnu', deb: 'ppc64', qemu: 'ppc64' };
        case 's390x':
            return { gnu: 's390x-linux-gnu', deb: 's390x', qemu: 's390x' };
        case 'mips':
            return le ? { gnu: 'mipsel-linux-gnu', deb: 'mipsel', qemu: 'mipsel' } : { gnu: 'mips-linux-gnu', deb: 'mips', qemu: 'mips' };
        case 'mips64':
            return le ? { gnu: 'mips64el-linux-gnuabi64', deb: 'mips64el', qemu: 'mips64el' } : { gnu: 'mips64-linux-gnuabi64', deb: 'mips64', qemu: 'mips64' };
        case 'sparc64':
            return { gnu: 'sparc64-linux-gnu', deb: 'sparc64', qemu: 'sparc64' };
        case 'm68k':
            return { gnu: 'm68k-linux-gnu', deb: 'm68k', qemu: 'm68k' };
        case 'loongarch64':
            return { gnu: 'loongarch64-linux-gnu', deb: 'loong64', qemu: 'loongarch64' };
        default:
            return null;
    }
}
/** Bare-metal machines qemu-system can boot a test binary on (semihosting for output and exit). */
const QEMU_SYSTEM = [
    { match: /^thumbv6m-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m0', '-machine', 'microbit'], apt: 'qemu-system-arm' },
    { match: /^thumbv7m-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m3', '-machine', 'lm3s6965evb'], apt: 'qemu-system-arm' },
    { match: /^thumbv7em-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m4', '-machine', 'netduinoplus2'], apt: 'qemu-system-arm' },
    { match: /^thumbv8m\.main-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m33', '-machine', 'mps2-an505'], apt: 'qemu-system-arm' },
    { match: /^riscv32/, binary: 'qemu-system-riscv32', args: ['-machine', 'sifive_e'], apt: 'qemu-system-misc' },
    { match: /^riscv64/, binary: 'qemu-system-riscv64', args: ['-machine', 'virt', '-bios', 'none'], apt: 'qemu-system-misc' },
    { match: /^aarch64-/, binary: 'qemu-system-aarch64', args: ['-machine', 'virt', '-cpu', 'cortex-a53'], apt: 'qemu-system-arm' },
];
const usesRustLld = (f) => f.linker === 'rust-lld' || (f.linkerFlavor !== null && /lld$/.test(f.linkerFlavor) && !/cc$/.test(f.linkerFlavor));
/** Linker and runner for one target. `mode` is the runner input (or a per-target command). */
function runnerFor(f, mode, host, custom = false) {
    const linux = f.os === 'linux';
    const cross = linux ? linuxCross(f) : null;
    const sameArch = f.arch === host.arch || (host.arch === 'x86_64' && f.arch === 'x86');
    const nativeOk = linux && host.os === 'linux' && sameArch && f.pointerWidth >= 32;
    const hasStd = f.std !== false;
    const apt = [];
    let linker = null;
    if (linux && f.arch === 'x86' && host.arch === 'x86_64') {
        // 32-bit x86 runs natively; the host gcc links it with multilib.
        apt.push('gcc-multilib');
    }
    else if (linux && cross && !usesRustLld(f) && f.arch !== host.arch) {
        linker = `${cross.gnu}-gcc`;
        apt.push(`gcc-${cross.gnu}`, `libc6-dev-${cross.deb}-cross`);
    }
    else if (f.os === 'windows' && f.env === 'gnu' && (f.arch === 'x86_64' || f.arch === 'x86')) {
        const mingw = f.arch === 'x86_64' ? 'x86_64' : 'i686';
        linker = `${mingw}-w64-mingw32-gcc`;
        apt.push(`gcc-mingw-w64-${mingw.replace('_', '-')}`);
    }
    if (Array.isArray(mode))
        return { kind: 'custom', command: [...mode], aptPackages: apt, canTest: true, linker };
    if (mode === 'none')
        return { kind: nativeOk ? 'native' : 'none', command: [], aptPackages: apt, canTest: nativeOk && hasStd, linker };
    if (mode === 'auto' || mode === 'qemu-user') {
        if (nativeOk)
            return { kind: 'native', command: [], aptPackages: apt, canTest: hasStd, linker };
        if (linux && cross) {
            const command = [`qemu-${cross.qemu}`];
            // glibc binaries need the cross loader and libraries; musl ones are static.
            if (f.env === 'gnu')
                command.push('-L', `/usr/${cross.gnu}`);
            return { kind: 'qemu-user', command, aptPackages: [...apt, 'qemu-user', 'qemu-user-binfmt'], canTest: hasStd, linker };
        }
        const note = mode === 'qemu-user'
            ? `qemu-user runs Linux binaries only; ${f.target} (os ${f.os}) gets no runner.`
            : f.os === 'none'
                ? `${f.target} is bare-metal: set runner: qemu-system to boot tests under QEMU.`
                : `No runner for ${f.target} on a ${host.arch} ${host.os} host.`;
        return { kind: 'none', command: [], aptPackages: apt, canTest: false, linker, note };
    }
    // qemu-system
    const m = custom ? undefined : QEMU_SYSTEM.find((q) => q.match.test(f.target));
    if (f.os === 'none' && m) {
        return {
            kind: 'qemu-system',
            command: [m.binary, ...m.args, '-nographic', '-semihosting-config', 'enable=on,target=native', '-kernel'],
            aptPackages: [...apt, m.apt],
            canTest: true,
            linker,
            note: 'Tests must report and exit through semihosting (e.g. defmt-test or semihosting::process::exit).',
        };
    }
    return { kind: 'none', command: [], aptPackages: apt, canTest: nativeOk && hasStd, linker, note: `No qemu-system machine known for ${f.target}; give a runner command instead.` };
}
const DEFAULT_BUILD_STD_NO_STD = ['core', 'alloc', 'compiler_builtins'];
const DEFAULT_BUILD_STD_STD = ['std', 'panic_abort'];
const isNightly = (tc) => /^nightly\b/.test(tc) || /^\d+\.\d+(\.\d+)?-nightly/.test(tc);
/** A per-target linker is an explicit choice: it beats the SDK's. */
function sdkMode(sdk, linker) {
    if (!sdk)
        return null;
    if (linker === undefined)
        return sdk;
    return { ...(typeof sdk === 'object' ? sdk : {}), linker };
}
function configFileName(target) {
    return `${target.replace(/[^A-Za-z0-9_.-]/g, '_')}.toml`;
}
/** One matrix entry (and its cargo config) for one target. */
function planTarget(t, opts) {
    const f = t.facts;
    const o = t.request.options;
    const findings = [];
    const where = { ...(t.request.file !== undefined ? { file: t.request.file } : {}), ...(t.request.line !== undefined ? { line: t.request.line } : {}) };
    const name = t.custom ? targetName(t.request.target) : f.target;
    // SDK mode: the SDK's sysroot already holds a std built for the target, and its linker fits it.
    const sdkOn = o.sdk ?? (t.request.origin === 'target-path' ? true : null);
    const sdkEnv = sdkOn ? sdkFlagsFromEnv(opts.env ?? {}, name) : null;
    const sdkSysroot = (typeof sdkOn === 'object' && sdkOn?.sysroot) || sdkEnv?.sysroot;
    const sdkLinker = (typeof sdkOn === 'object' && sdkOn?.linker) || sdkEnv?.linker;
    // build-std: custom specs always (unless an SDK sysroot provides std); built-ins when rustup ships nothing.
    let buildStd = [];
    const defaultCrates = f.std === true && !t.custom ? DEFAULT_BUILD_STD_STD : DEFAULT_BUILD_STD_NO_STD;
    if (Array.isArray(o.buildStd))
        buildStd = o.buildStd;
    else if (o.buildStd === true)
        buildStd = defaultCrates;
    else if (o.buildStd === false) {
        if (t.custom || f.rustupStd === false) {
            findings.push(rust_findings/* rustFindings */.R.make('build-std-disabled', `build-std is off for ${name}, but rustup ships no std for it; the build will not find core.`, { ...where, hint: 'Drop build-std: false for this target (or list the crates, e.g. build-std: [core, alloc]).' }));
        }
    }
    else if (t.custom && sdkSysroot) {
        // the SDK's std, found through --sysroot
    }
    else if (t.custom || f.rustupStd === false)
        buildStd = defaultCrates;
    else if (f.rustupStd === null && f.tier === 3) {
        buildStd = defaultCrates;
        findings.push(rust_findings/* rustFindings */.R.make('build-std-assumed', `Could not ask rustup about ${name}; tier-3 targets have no prebuilt std, so build-std is on.`, where));
    }
    else if (f.rustupStd === null) {
        findings.push(rust_findings/* rustFindings */.R.make('rustup-std-unknown', `Could not tell whether rustup ships std for ${name} (no channel manifest); assuming it does.`, { ...where, hint: 'Set build-std: true for this target if `rustup target add` fails.' }));
    }
    const needsUnstable = t.custom || buildStd.length > 0;
    let toolchain = opts.toolchain;
    let bootstrap = false;
    if (needsUnstable && !isNightly(toolchain)) {
        if (opts.allowBootstrap)
            bootstrap = true;
        else
            toolchain = 'nightly';
    }
    const runnerMode = o.runner ?? opts.runner;
    const runner = runnerFor(f, runnerMode, opts.host ?? hostFromTriple(opts.catalog.rustc.host), t.custom);
    if (sdkSysroot && runner.kind === 'qemu-user') {
        // Dynamic binaries load the SDK's libc, not Debian's cross one.
        runner.command = [runner.command[0], '-L', sdkSysroot];
    }
    if (sdkLinker && runner.linker) {
        runner.aptPackages = runner.aptPackages.filter((p) => !p.startsWith('gcc-') && !p.startsWith('libc6-dev-'));
        runner.linker = null;
    }
    if (runner.note && (runnerMode !== 'auto' || f.os !== 'none')) {
        findings.push(rust_findings/* rustFindings */.R.make('runner', runner.note, { ...where, hint: 'Test commands are skipped for it; give the target its own runner command (e.g. runner: [qemu-system-x86_64, -kernel]) to run them.' }));
    }
    const linker = o.linker ?? runner.linker;
    const config = generateCargoConfig({
        target: name,
        custom: t.custom,
        linker,
        runner: runner.command,
        rustflags: o.rustflags ?? [],
        buildStd,
        // No libc to provide memcpy and friends: take compiler_builtins' own.
        buildStdFeatures: buildStd.length > 0 && !buildStd.includes('std') && (f.os === 'none' || t.custom) ? ['compiler-builtins-mem'] : [],
        sdk: sdkMode(sdkOn, o.linker),
        ...(opts.env ? { env: opts.env } : {}),
        warnEnvironment: opts.warnEnvironment !== false,
    });
    findings.push(...config.findings.map((x) => ({ ...where, ...x })));
    // The config path is added by the job (`cargo --config <config>`): it is downloaded to its own temp dir.
    const cargoArgs = ['--target', t.request.target];
    if (o.features && o.features.length > 0)
        cargoArgs.push('--features', o.features.join(','));
    const rustc = opts.catalog.rustc;
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(`${toolchain}\0${t.specText ?? ''}\0${config.text}\0${buildStd.join(',')}`)
        .digest('hex')
        .slice(0, 16);
    const entry = {
        name: t.custom ? `${name} (custom)` : name,
        target: name,
        'target-arg': t.request.target,
        tier: t.custom ? null : f.tier,
        std: f.std,
        'no-std': f.noStd,
        'host-tools': t.custom ? false : f.hostTools,
        toolchain,
        components: buildStd.length > 0 ? ['rust-src'] : [],
        'build-std': buildStd.join(','),
        'cargo-args': cargoArgs,
        linker: config.linker,
        runner: runner.kind,
        'runner-command': runner.command,
        'can-test': runner.canTest && (buildStd.length === 0 || buildStd.includes('std') || f.std === true),
        'apt-packages': [...new Set(runner.aptPackages)].join(' '),
        config: `${opts.configDir}/${configFileName(name)}`,
        'cache-key': `${(rustc.commitHash ?? rustc.release).slice(0, 12)}-${name}-${hash}`,
        commands: o.commands ?? opts.commands,
        'rustup-target': !t.custom && buildStd.length === 0 && f.rustupStd !== false ? f.target : '',
        bootstrap,
        'clear-env': config.clearEnv,
        custom: t.custom,
    };
    return { entry, config, findings, runner };
}
/** GitHub's limits: job outputs are capped at 1 MB. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;
const GITHUB_MAX_JOBS = 256;
/** Apply max-jobs (fail, or batch several targets per job) and the output size limit. */
function buildMatrix(entries, opts) {
    const findings = [];
    const maxJobs = Math.max(1, Math.min(opts.maxJobs, GITHUB_MAX_JOBS));
    if (opts.maxJobs > GITHUB_MAX_JOBS) {
        findings.push(rust_findings/* rustFindings */.R.make('max-jobs-capped', `max-jobs ${opts.maxJobs} is above GitHub's ${GITHUB_MAX_JOBS} jobs per matrix; using ${GITHUB_MAX_JOBS}.`, {
            hint: `Set max-jobs to ${GITHUB_MAX_JOBS} or less (add 'batch', e.g. '${GITHUB_MAX_JOBS} batch', to run several targets per job when there are more).`,
        }));
    }
    let jobs = [...entries];
    if (entries.length > maxJobs) {
        if (!opts.batch) {
            findings.push(rust_findings/* rustFindings */.R.make('too-many-jobs', `${entries.length} targets exceed max-jobs ${maxJobs}; GitHub refuses a matrix that large.`, {
                hint: `Raise max-jobs (GitHub allows ${GITHUB_MAX_JOBS}), narrow the targets, or set max-jobs to "${maxJobs} batch" to run several targets per job.`,
            }));
            jobs = [];
        }
        else {
            const per = Math.ceil(entries.length / maxJobs);
            jobs = [];
            for (let i = 0; i < entries.length; i += per) {
                const batch = entries.slice(i, i + per);
                const key = (0,external_node_crypto_.createHash)('sha256').update(batch.map((e) => e['cache-key']).join('\n')).digest('hex').slice(0, 16);
                jobs.push({ name: `${batch[0].target} … ${batch[batch.length - 1].target} (${batch.length})`, batch, 'cache-key': `batch-${key}` });
            }
            findings.push(rust_findings/* rustFindings */.R.make('batched', `${entries.length} targets in ${jobs.length} jobs of up to ${per}.`));
        }
    }
    let json = JSON.stringify({ include: jobs });
    if (Buffer.byteLength(json, 'utf8') >= OUTPUT_LIMIT_BYTES) {
        findings.push(rust_findings/* rustFindings */.R.make('matrix-too-large', `The matrix is ${Buffer.byteLength(json, 'utf8')} bytes; GitHub caps a job output at 1 MB.`, {
            hint: 'Split the targets over two plan jobs, or shorten per-target commands.',
        }));
        jobs = [];
        json = JSON.stringify({ include: [] });
    }
    return { json, count: jobs.length === 0 ? 0 : entries.length, hasEntries: jobs.length > 0, jobs, findings };
}

;// CONCATENATED MODULE: ./shared/rust/facts.ts
const str = (v) => (typeof v === 'string' ? v : null);
const bool = (v) => (typeof v === 'boolean' ? v : null);
const num = (v) => typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
/** Facts from one target spec object as rustc prints it (`--print target-spec-json` shape). */
function factsFromSpec(target, spec) {
    const md = (spec.metadata && typeof spec.metadata === 'object' ? spec.metadata : {});
    const pointerWidth = num(spec['target-pointer-width']) ?? 0;
    const std = bool(md.std);
    const fam = spec['target-family'];
    return {
        target,
        tier: num(md.tier),
        description: str(md.description),
        std,
        hostTools: bool(md.host_tools),
        os: str(spec.os) ?? 'none',
        env: str(spec.env) ?? '',
        abi: str(spec.abi) ?? '',
        vendor: str(spec.vendor) ?? 'unknown',
        arch: str(spec.arch) ?? '',
        llvmTarget: str(spec['llvm-target']) ?? '',
        llvmAbiname: str(spec['llvm-abiname']) ?? '',
        dataLayout: str(spec['data-layout']) ?? '',
        pointerWidth,
        endian: spec['target-endian'] === 'big' ? 'big' : 'little',
        family: Array.isArray(fam) ? fam.filter((x) => typeof x === 'string') : typeof fam === 'string' ? [fam] : [],
        linker: str(spec.linker),
        linkerFlavor: str(spec['linker-flavor']),
        panicStrategy: str(spec['panic-strategy']) ?? 'unwind',
        maxAtomicWidth: num(spec['max-atomic-width']) ?? pointerWidth,
        atomicCas: bool(spec['atomic-cas']) ?? true,
        noStd: std === false,
        features: str(spec.features) ?? '',
        rustupStd: null,
        installed: null,
    };
}
/** Parse `rustc -vV` output. */
function parseRustcVersion(text) {
    const lines = text.split('\n').map((l) => l.trim());
    const line = lines.find((l) => l.startsWith('rustc ')) ?? '';
    const field = (k) => {
        const l = lines.find((x) => x.startsWith(`${k}: `));
        return l ? l.slice(k.length + 2).trim() : null;
    };
    const m = /^rustc (\S+)(?: \((\w+) (\d{4}-\d\d-\d\d)\))?/.exec(line);
    const hash = field('commit-hash');
    return {
        release: field('release') ?? m?.[1] ?? 'unknown',
        commitHash: hash && hash !== 'unknown' ? hash : (m?.[2] ?? null),
        commitDate: field('commit-date') ?? m?.[3] ?? null,
        host: field('host'),
        llvmVersion: field('LLVM version'),
        line,
    };
}
/**
 * Which targets rustup ships `rust-std` for, from the toolchain's `multirust-channel-manifest.toml`
 * (`[pkg.rust-std.target.<t>]` followed by `available = true|false`). A line scan: the file is ~1 MB and
 * only these two lines per target matter.
 */
function rustStdFromChannelManifest(text) {
    const available = new Map();
    // indexOf jumps between the headers: a regex over the whole megabyte costs more than rustc's own parse.
    const header = '\n[pkg.rust-std.target.';
    for (let at = text.indexOf(header); at >= 0; at = text.indexOf(header, at + header.length)) {
        const close = text.indexOf(']', at);
        // A triple with a dot is a quoted TOML key: [pkg.rust-std.target."thumbv8m.main-none-eabi"].
        const target = text.slice(at + header.length, close).replace(/^"(.*)"$/, '$1');
        const next = text.indexOf('\n', close);
        const line = text.slice(next + 1, text.indexOf('\n', next + 1));
        if (line.startsWith('available = '))
            available.set(target, line.trim() === 'available = true');
    }
    const pkg = text.indexOf('\n[pkg.rustc]\n');
    const v = pkg >= 0 ? /^version = "([^"]*)"/.exec(text.slice(pkg + 13, pkg + 200)) : null;
    return { available, rustcVersion: v ? v[1] : null };
}
/** Split the output of one rustc call `--print sysroot --print all-target-specs-json [--print target-spec-json-schema]`. */
function splitCombinedPrint(stdout) {
    const nl = stdout.indexOf('\n');
    const sysroot = stdout.slice(0, nl).trim();
    const rest = stdout.slice(nl + 1);
    // Both JSON documents are pretty-printed: only their own closing brace sits at column 0.
    const end = rest.indexOf('\n}');
    if (end < 0)
        return { sysroot, specs: rest, schema: null };
    const specs = rest.slice(0, end + 2);
    const schema = rest.slice(end + 2).trim();
    return { sysroot, specs, schema: schema.startsWith('{') ? schema : null };
}
/** Parse `--print all-target-specs-json` text into facts. */
function parseAllTargetSpecs(text) {
    const all = JSON.parse(text);
    const out = new Map();
    for (const name of Object.keys(all))
        out.set(name, factsFromSpec(name, all[name]));
    return out;
}

;// CONCATENATED MODULE: ./shared/rust/json-positions.ts
/**
 * A JSON reader that remembers where every value is (1-based line and column per JSON pointer), reports
 * duplicate keys (rustc rejects them) and tolerates the slips hand-written target specs have most — trailing
 * and missing commas, comments, a byte-order mark — as findings instead of stopping, so the rest can still be
 * checked.
 */
class Stop extends Error {
}
/** serde_json's default recursion limit. */
const json_positions_MAX_DEPTH = 128;
/** Escape one reference token of a JSON pointer (RFC 6901). */
function pointerToken(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
function parseJsonWithPositions(text) {
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const issues = [];
    const positions = new Map();
    const floats = new Set();
    const pos = () => ({ line, column: i - lineStart + 1 });
    const fail = (message, path) => {
        issues.push({ code: 'json-syntax', message, ...pos(), path, fatal: true });
        throw new Stop();
    };
    const skipWs = (path) => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                i++;
                line++;
                lineStart = i;
            }
            else if (c === 32 || c === 9 || c === 13) {
                i++;
            }
            else if (c === 0xfeff) {
                // serde_json (rustc) has no BOM handling: "expected value at line 1 column 1".
                issues.push({
                    code: 'json-bom',
                    message: i === 0 ? 'The file starts with a UTF-8 byte-order mark; rustc reads it as a stray character ("expected value at line 1 column 1").' : 'A byte-order mark (U+FEFF) stands between tokens; rustc refuses it.',
                    ...pos(),
                    path,
                    fatal: false,
                });
                i++;
            }
            else if (c === 47 /* / */ && (text[i + 1] === '/' || text[i + 1] === '*')) {
                issues.push({ code: 'json-comment', message: 'Comments are not JSON; rustc rejects the file.', ...pos(), path, fatal: false });
                if (text[i + 1] === '/') {
                    while (i < text.length && text[i] !== '\n')
                        i++;
                }
                else {
                    const end = text.indexOf('*/', i + 2);
                    const stop = end < 0 ? text.length : end + 2;
                    for (; i < stop; i++)
                        if (text[i] === '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                }
            }
            else
                return;
        }
    };
    const describe = () => (i >= text.length ? 'end of file' : `'${text[i]}'`);
    const parseString = (path) => {
        if (text[i] !== '"')
            fail(`Expected a string in double quotes, found ${describe()}.`, path);
        i++;
        let out = '';
        for (;;) {
            if (i >= text.length)
                fail('Unterminated string.', path);
            const c = text[i];
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\n')
                fail('Line break inside a string.', path);
            if (c === '\\') {
                const e = text[i + 1];
                const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in map) {
                    out += map[e];
                    i += 2;
                }
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else
                    fail(`Invalid escape '\\${e ?? ''}' in a string.`, path);
            }
            else {
                out += c;
                i++;
            }
        }
    };
    // serde_json (rustc's reader) stops at 128 levels; deeper input would also exhaust our own stack.
    let depth = 0;
    const nested = (path, parse) => {
        if (++depth > json_positions_MAX_DEPTH)
            fail(`Nested more than ${json_positions_MAX_DEPTH} levels deep; rustc's JSON reader stops there ("recursion limit exceeded").`, path);
        try {
            return parse(path);
        }
        finally {
            depth--;
        }
    };
    const parseValue = (path) => {
        skipWs(path);
        if (!positions.has(path))
            positions.set(path, pos());
        const c = text[i];
        if (c === '{')
            return nested(path, parseObject);
        if (c === '[')
            return nested(path, parseArray);
        if (c === '"')
            return parseString(path);
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
        if (m && m[0].length > 0 && c !== undefined && /[-0-9]/.test(c)) {
            i += m[0].length;
            if (m[2] !== undefined || m[3] !== undefined)
                floats.add(path);
            return Number(m[0]);
        }
        for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return v;
            }
        }
        if (c === "'")
            fail("Strings need double quotes, not single quotes.", path);
        return fail(`Expected a value, found ${describe()}.`, path);
    };
    const parseObject = (path) => {
        i++;
        const obj = {};
        skipWs(path);
        if (text[i] === '}') {
            i++;
            return obj;
        }
        for (;;) {
            skipWs(path);
            const keyPos = pos();
            if (text[i] !== '"')
                fail(`Expected a key in double quotes, found ${describe()}.`, path);
            const key = parseString(path);
            const child = `${path}/${pointerToken(key)}`;
            if (Object.prototype.hasOwnProperty.call(obj, key)) {
                issues.push({
                    code: 'json-duplicate-key',
                    message: `Key "${key}" appears twice; rustc rejects duplicate fields.`,
                    ...keyPos,
                    path: child,
                    fatal: false,
                });
            }
            else
                positions.set(child, keyPos);
            skipWs(child);
            if (text[i] !== ':')
                fail(`Expected ':' after key "${key}", found ${describe()}.`, child);
            i++;
            const v = parseValue(child);
            // defineProperty: a "__proto__" key stays a plain key (as in JSON.parse), never a prototype.
            if (!Object.prototype.hasOwnProperty.call(obj, key))
                Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
            skipWs(path);
            if (text[i] === ',') {
                const commaPos = pos();
                i++;
                skipWs(path);
                if (text[i] === '}') {
                    issues.push({ code: 'json-trailing-comma', message: 'Trailing comma before }.', ...commaPos, path, fatal: false });
                    i++;
                    return obj;
                }
                continue;
            }
            if (text[i] === '}') {
                i++;
                return obj;
            }
            // A key where a comma belongs: report the missing comma and read on (rustc stops here).
            if (text[i] === '"') {
                issues.push({ code: 'json-missing-comma', message: `Missing ',' after the value of "${key}".`, ...pos(), path: child, fatal: false });
                continue;
            }
            fail(`Expected ',' or '}' after the value of "${key}", found ${describe()}.`, child);
        }
    };
    const parseArray = (path) => {
        i++;
        const arr = [];
        skipWs(path);
        if (text[i] === ']') {
            i++;
            return arr;
        }
        for (;;) {
            arr.push(parseValue(`${path}/${arr.length}`));
            skipWs(path);
            if (text[i] === ',') {
                const commaPos = pos();
                i++;
                skipWs(path);
                if (text[i] === ']') {
                    issues.push({ code: 'json-trailing-comma', message: 'Trailing comma before ].', ...commaPos, path, fatal: false });
                    i++;
                    return arr;
                }
                continue;
            }
            if (text[i] === ']') {
                i++;
                return arr;
            }
            if (i < text.length && /["\[{\d-]/.test(text[i])) {
                issues.push({ code: 'json-missing-comma', message: "Missing ',' between two array elements.", ...pos(), path: `${path}/${arr.length - 1}`, fatal: false });
                continue;
            }
            fail(`Expected ',' or ']' in the array, found ${describe()}.`, path);
        }
    };
    let value;
    try {
        value = parseValue('');
        skipWs('');
        if (i < text.length)
            fail(`Unexpected ${describe()} after the end of the document.`, '');
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        value = undefined;
    }
    return { value, issues, positions, floats };
}
/** Where a pointer (or its nearest ancestor that has a position) starts. */
function positionOf(doc, path) {
    for (let p = path;; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        const at = doc.positions.get(p);
        if (at)
            return at;
        if (p === '')
            return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/rust/json-schema.ts
/**
 * The subset of JSON Schema (2020-12) that rustc's `--print target-spec-json-schema` uses: $ref into $defs,
 * type, enum, const, anyOf, oneOf, properties, additionalProperties, required, items, minimum, maximum,
 * pattern. Every problem is returned (not only the first), each at its JSON pointer.
 */

const typeOf = (v) => v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
const article = (t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
function validateAgainstSchema(root, value) {
    const rootObj = (root && typeof root === 'object' ? root : {});
    const resolve = (s) => {
        let cur = s;
        for (let n = 0; n < 32 && typeof cur === 'object' && typeof cur.$ref === 'string'; n++) {
            const ref = cur.$ref;
            if (!ref.startsWith('#/'))
                return true;
            let node = rootObj;
            for (const part of ref.slice(2).split('/'))
                node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
            cur = (node ?? true);
        }
        return cur;
    };
    const describe = (s0, depth = 0) => {
        const s = resolve(s0);
        if (s === true)
            return 'anything';
        if (s === false)
            return 'nothing';
        if (depth > 3)
            return 'a valid value';
        if ('const' in s)
            return JSON.stringify(s.const);
        if (Array.isArray(s.enum))
            return `one of ${s.enum.map((x) => JSON.stringify(x)).join(', ')}`;
        const alts = (s.anyOf ?? s.oneOf);
        if (Array.isArray(alts)) {
            const parts = alts.filter((a) => !(typeof resolve(a) === 'object' && resolve(a).type === 'null'));
            const words = parts.map((a) => describe(a, depth + 1));
            const consts = parts.every((a) => {
                const r = resolve(a);
                return typeof r === 'object' && 'const' in r;
            });
            return consts ? `one of ${words.join(', ')}` : words.join(' or ');
        }
        if (s.type === 'object' && Array.isArray(s.required) && s.required.length > 0 && s.properties) {
            const props = s.properties;
            return `an object like {${s.required.map((k) => `"${k}": ${describe(props[k] ?? true, depth + 1)}`).join(', ')}}`;
        }
        const t = Array.isArray(s.type) ? s.type.filter((x) => x !== 'null') : typeof s.type === 'string' ? [s.type] : [];
        if (t.length === 0)
            return 'a valid value';
        let w = t.map((x) => article(x === 'array' && s.items ? `array of ${stripArticle(describe(s.items, depth + 1))}` : x)).join(' or ');
        if (typeof s.pattern === 'string')
            w += ` matching ${s.pattern}`;
        return w;
    };
    // true when the value matches (no errors), used to choose among alternatives.
    const matches = (s, v) => check(s, v, '', null);
    const errors = [];
    /** Validate; push errors into `out` (null: just test). */
    function check(s0, v, path, out) {
        const s = resolve(s0);
        if (s === true)
            return true;
        if (s === false) {
            out?.push({ path, expected: 'nothing (not allowed)', kind: 'additional' });
            return false;
        }
        const alts = (s.anyOf ?? s.oneOf);
        if (Array.isArray(alts)) {
            const hits = alts.filter((a) => matches(a, v));
            if (hits.length === 0) {
                // One alternative of the right type: report inside it (finer paths, e.g. a bad key in an object).
                const sameType = alts.filter((a) => typeMatches(resolve(a), v));
                if (sameType.length === 1 && out)
                    return check(sameType[0], v, path, out);
                out?.push({ path, expected: describe(s), kind: 'type' });
                return false;
            }
        }
        if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(v)) {
            out?.push({ path, expected: JSON.stringify(s.const), kind: 'enum' });
            return false;
        }
        if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
            out?.push({ path, expected: describe(s), kind: 'enum' });
            return false;
        }
        if (s.type !== undefined && !typeMatches(s, v)) {
            out?.push({ path, expected: describe(s), kind: 'type' });
            return false;
        }
        let ok = true;
        if (typeof v === 'number') {
            if (typeof s.minimum === 'number' && v < s.minimum) {
                out?.push({ path, expected: `a number ≥ ${s.minimum}`, kind: 'range' });
                ok = false;
            }
            if (typeof s.maximum === 'number' && v > s.maximum) {
                out?.push({ path, expected: `a number ≤ ${s.maximum}`, kind: 'range' });
                ok = false;
            }
        }
        if (typeof v === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
            out?.push({ path, expected: describe(s), kind: 'pattern' });
            ok = false;
        }
        if (Array.isArray(v) && s.items !== undefined) {
            v.forEach((item, n) => {
                if (!check(s.items, item, `${path}/${n}`, out))
                    ok = false;
            });
        }
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const obj = v;
            const props = (s.properties ?? {});
            for (const k of (s.required ?? [])) {
                if (!hasOwn(obj, k)) {
                    out?.push({ path, expected: describe(props[k] ?? true), kind: 'required', key: k });
                    ok = false;
                }
            }
            for (const k of Object.keys(obj)) {
                const child = `${path}/${pointerToken(k)}`;
                if (hasOwn(props, k)) {
                    if (!check(props[k], obj[k], child, out))
                        ok = false;
                }
                else if (s.additionalProperties === false) {
                    out?.push({ path: child, expected: 'no such key', kind: 'additional', key: k });
                    ok = false;
                }
                else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
                    if (!check(s.additionalProperties, obj[k], child, out))
                        ok = false;
                }
            }
        }
        return ok;
    }
    function typeMatches(s, v) {
        if (typeof s !== 'object')
            return s;
        if (s.type === undefined)
            return true;
        const types = Array.isArray(s.type) ? s.type : [s.type];
        const t = typeOf(v);
        return types.some((x) => x === t || (x === 'number' && t === 'integer'));
    }
    check(root, value, '', errors);
    return errors;
}
/** Names of the top-level properties a schema allows (for "did you mean"). */
function schemaPropertyNames(root) {
    const props = root?.properties;
    return props ? Object.keys(props) : [];
}
/** Own keys only: "constructor" or "__proto__" in a spec are unknown fields, not Object.prototype members. */
function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}
function stripArticle(s) {
    return s.replace(/^an? /, '');
}

;// CONCATENATED MODULE: ./shared/rust/llvm-triple.ts
/**
 * What LLVM makes of a spec's `llvm-target`: its architecture (as LLVM's `Triple::parseArch` reads it), whether
 * rustc's LLVM has a backend for it, and LLVM's default data layout for the triple and ABI name
 * (`Triple::computeDataLayout`, LLVM 22). rustc compares a custom spec's `data-layout` with that string at
 * codegen and refuses any difference, so the expected layout is derived here from the triple and
 * `llvm-abiname`, never from another spec's layout (rustc's own xtensa built-ins differ from their LLVM's).
 */
/** Archs without a backend in rustc 1.95's LLVM: "could not create LLVM TargetMachine" (checked with rustc). */
const NO_BACKEND = new Set(['arc', 'tce', 'tcele', 'xcore', 'amdil', 'amdil64', 'hsail', 'hsail64', 'spir', 'spir64', 'spirv', 'spirv32', 'spirv64', 'kalimba', 'lanai', 'renderscript32', 'renderscript64', 'shave', 've', 'dxil', 'pe']);
const ARCH_NAMES = {};
const names = (arch, ...list) => {
    for (const n of list)
        ARCH_NAMES[n] = arch;
};
names('x86', 'i386', 'i486', 'i586', 'i686', 'i786', 'i886', 'i986');
names('x86_64', 'amd64', 'x86_64', 'x86_64h');
names('ppc', 'powerpc', 'powerpcspe', 'ppc', 'ppc32');
names('ppcle', 'powerpcle', 'ppcle', 'ppc32le');
names('ppc64', 'powerpc64', 'ppu', 'ppc64');
names('ppc64le', 'powerpc64le', 'ppc64le');
names('arm', 'xscale', 'arm');
names('armeb', 'xscaleeb', 'armeb');
names('aarch64', 'aarch64', 'arm64', 'arm64e', 'arm64ec');
names('aarch64_be', 'aarch64_be');
names('aarch64_32', 'aarch64_32', 'arm64_32');
names('arc', 'arc');
names('thumb', 'thumb');
names('thumbeb', 'thumbeb');
names('avr', 'avr');
names('m68k', 'm68k');
names('msp430', 'msp430');
names('mips', 'mips', 'mipseb', 'mipsallegrex', 'mipsisa32r6', 'mipsr6');
names('mipsel', 'mipsel', 'mipsallegrexel', 'mipsisa32r6el', 'mipsr6el');
names('mips64', 'mips64', 'mips64eb', 'mipsn32', 'mipsisa64r6', 'mips64r6', 'mipsn32r6');
names('mips64el', 'mips64el', 'mipsn32el', 'mipsisa64r6el', 'mips64r6el', 'mipsn32r6el');
names('r600', 'r600');
names('amdgcn', 'amdgcn');
names('riscv32', 'riscv32');
names('riscv64', 'riscv64');
names('riscv32be', 'riscv32be');
names('riscv64be', 'riscv64be');
names('hexagon', 'hexagon');
names('systemz', 's390x', 'systemz');
names('sparc', 'sparc');
names('sparcel', 'sparcel');
names('sparcv9', 'sparcv9', 'sparc64');
names('tce', 'tce');
names('tcele', 'tcele');
names('xcore', 'xcore');
names('nvptx', 'nvptx');
names('nvptx64', 'nvptx64');
names('amdil', 'amdil');
names('amdil64', 'amdil64');
names('hsail', 'hsail');
names('hsail64', 'hsail64');
names('spir', 'spir');
names('spir64', 'spir64');
names('spirv', 'spirv', 'spirv1.5', 'spirv1.6');
names('spirv32', 'spirv32', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((v) => `spirv32v${v}`));
names('spirv64', 'spirv64', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((v) => `spirv64v${v}`));
names('lanai', 'lanai');
names('renderscript32', 'renderscript32');
names('renderscript64', 'renderscript64');
names('shave', 'shave');
names('ve', 've');
names('wasm32', 'wasm32');
names('wasm64', 'wasm64');
names('csky', 'csky');
names('loongarch32', 'loongarch32');
names('loongarch64', 'loongarch64');
names('dxil', 'dxil', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'].map((v) => `dxilv${v}`));
names('xtensa', 'xtensa');
names('pe', 'pe');
/** ARM::getCanonicalArchName: '' when the name is not a valid ARM/AArch64 arch spelling. */
function armCanonical(name) {
    let a = name;
    let offset = -1;
    if (a.startsWith('arm64_32'))
        offset = 8;
    else if (a.startsWith('arm64e'))
        offset = 6;
    else if (a.startsWith('arm64'))
        offset = 5;
    else if (a.startsWith('aarch64_32'))
        offset = 10;
    else if (a.startsWith('arm'))
        offset = 3;
    else if (a.startsWith('thumb'))
        offset = 5;
    else if (a.startsWith('aarch64')) {
        offset = 7;
        if (a.includes('eb'))
            return '';
        if (a.slice(offset, offset + 3) === '_be')
            offset += 3;
    }
    if (offset >= 0 && a.slice(offset, offset + 2) === 'eb')
        offset += 2;
    else if (a.endsWith('eb'))
        a = a.slice(0, -2);
    if (offset >= 0)
        a = a.slice(offset);
    if (a === '')
        return name;
    if (offset >= 0) {
        if (a.length >= 2 && (a[0] !== 'v' || !/\d/.test(a[1])))
            return '';
        if (a.includes('eb'))
            return '';
    }
    return a;
}
/** Triple::parseARMArch. */
function parseArmArch(name) {
    const isa = name.startsWith('aarch64') || name.startsWith('arm64') ? 'aarch64' : name.startsWith('thumb') ? 'thumb' : name.startsWith('arm') ? 'arm' : null;
    const big = name.startsWith('armeb') || name.startsWith('thumbeb') || name.startsWith('aarch64_be') || ((name.startsWith('arm') || name.startsWith('thumb')) && name.endsWith('eb'));
    if (!isa)
        return null;
    const canonical = armCanonical(name);
    if (canonical === '')
        return null;
    if (isa === 'thumb' && (canonical.startsWith('v2') || canonical.startsWith('v3')))
        return null;
    if (isa === 'aarch64')
        return big ? 'aarch64_be' : 'aarch64';
    // v6-M is Thumb-only.
    if (/^v6(-|s-|s)?m/.test(canonical))
        return big ? 'thumbeb' : 'thumb';
    if (isa === 'thumb')
        return big ? 'thumbeb' : 'thumb';
    return big ? 'armeb' : 'arm';
}
/** Triple::parseArch: LLVM's arch for the first component of a triple, or null when LLVM knows no such arch. */
function parseLlvmArch(name) {
    const exact = Object.prototype.hasOwnProperty.call(ARCH_NAMES, name) ? ARCH_NAMES[name] : null;
    if (exact)
        return exact;
    if (name.startsWith('kalimba'))
        return 'kalimba';
    if (name.startsWith('arm') || name.startsWith('thumb') || name.startsWith('aarch64'))
        return parseArmArch(name);
    if (name === 'bpf' || name === 'bpf_le' || name === 'bpfel')
        return 'bpfel';
    if (name === 'bpf_be' || name === 'bpfeb')
        return 'bpfeb';
    return null;
}
/** rustc's LLVM can create a TargetMachine for this arch. */
function hasLlvmBackend(arch) {
    return !NO_BACKEND.has(arch);
}
const VENDORS = ['apple', 'pc', 'scei', 'sie', 'fsl', 'ibm', 'img', 'mti', 'nvidia', 'csr', 'amd', 'mesa', 'suse', 'oe', 'intel'];
const OSES = ['darwin', 'dragonfly', 'freebsd', 'fuchsia', 'ios', 'kfreebsd', 'linux', 'lv2', 'macos', 'netbsd', 'openbsd', 'solaris', 'uefi', 'win32', 'windows', 'zos', 'haiku', 'rtems', 'nacl', 'aix', 'cuda', 'nvcl', 'amdhsa', 'ps4', 'ps5', 'elfiamcu', 'tvos', 'watchos', 'bridgeos', 'driverkit', 'xros', 'visionos', 'mesa3d', 'amdpal', 'hermit', 'hurd', 'wasi', 'emscripten', 'shadermodel', 'liteos', 'serenity', 'vulkan'];
const ENVS = ['eabihf', 'eabi', 'gnuabin32', 'gnuabi64', 'gnueabihft64', 'gnueabihf', 'gnueabit64', 'gnueabi', 'gnuf32', 'gnuf64', 'gnusf', 'gnux32', 'gnu_ilp32', 'code16', 'gnut64', 'gnu', 'android', 'muslabin32', 'muslabi64', 'musleabihf', 'musleabi', 'muslf32', 'muslsf', 'muslx32', 'musl', 'msvc', 'itanium', 'cygnus', 'coreclr', 'simulator', 'macabi', 'pixel', 'vertex', 'geometry', 'hull', 'domain', 'compute', 'library', 'raygeneration', 'intersection', 'anyhit', 'closesthit', 'miss', 'callable', 'mesh', 'amplification', 'opencl', 'ohos', 'pauthtest', 'llvm'];
const FORMATS = [['xcoff', 'xcoff'], ['coff', 'coff'], ['elf', 'elf'], ['goff', 'goff'], ['macho', 'macho'], ['wasm', 'wasm'], ['spirv', 'spirv']];
const osOf = (c) => {
    const os = OSES.find((o) => c.startsWith(o));
    return os === 'win32' ? 'windows' : os === 'visionos' ? 'xros' : os === 'macos' ? 'macosx' : os;
};
const envOf = (c) => ENVS.find((e) => c.startsWith(e));
const formatOf = (c) => FORMATS.find(([s]) => c.endsWith(s))?.[1];
const DARWIN = new Set(['darwin', 'macosx', 'ios', 'tvos', 'watchos', 'bridgeos', 'driverkit', 'xros']);
/**
 * LLVM's reading of a triple after `Triple::normalize` (rustc normalizes before creating the TargetMachine):
 * components are recognised by kind wherever they stand, so `riscv32` and `thumbv7em-none-eabihf` read as LLVM does.
 */
function parseLlvmTriple(triple) {
    const parts = triple.split('-');
    const archName = parts[0] ?? '';
    const arch = parseLlvmArch(archName);
    const rest = parts.slice(1);
    const vendor = rest.find((c) => VENDORS.includes(c)) ?? 'unknown';
    // normalize rewrites the old Cygwin/MinGW spellings: x86_64-pc-cygwin is x86_64-pc-windows-cygnus.
    const legacy = rest.find((c) => c.startsWith('cygwin') || c.startsWith('mingw32'));
    const osPart = legacy ?? rest.find((c) => osOf(c) !== undefined);
    const os = legacy !== undefined ? 'windows' : osPart !== undefined ? osOf(osPart) : 'unknown';
    // The environment is the last component (normalize moves it there); its suffix may name the object format.
    const envPart = [...rest].reverse().find((c) => c !== osPart && (envOf(c) !== undefined || formatOf(c) !== undefined));
    const env = legacy !== undefined ? (legacy.startsWith('cygwin') ? 'cygnus' : 'gnu') : envPart !== undefined ? (envOf(envPart) ?? 'unknown') : 'unknown';
    const explicit = envPart !== undefined ? formatOf(envPart) : undefined;
    const t = { archName, arch, vendor: vendor === 'sie' ? 'scei' : vendor, os, env, objectFormat: 'elf' };
    t.objectFormat = explicit ?? defaultFormat(t);
    return t;
}
function defaultFormat(t) {
    switch (t.arch) {
        case null:
        case 'aarch64':
        case 'aarch64_32':
        case 'arm':
        case 'thumb':
        case 'x86':
        case 'x86_64':
            if (t.os === 'windows' || t.os === 'uefi')
                return 'coff';
            return DARWIN.has(t.os) ? 'macho' : 'elf';
        case 'mipsel':
            return t.os === 'windows' ? 'coff' : 'elf';
        case 'ppc64':
        case 'ppc':
            return t.os === 'aix' ? 'xcoff' : DARWIN.has(t.os) ? 'macho' : 'elf';
        case 'systemz':
            return t.os === 'zos' ? 'goff' : 'elf';
        case 'wasm32':
        case 'wasm64':
            return 'wasm';
        case 'spirv':
        case 'spirv32':
        case 'spirv64':
            return 'spirv';
        case 'dxil':
            return 'dxcontainer';
        default:
            return 'elf';
    }
}
const BIG_ENDIAN = new Set(['armeb', 'thumbeb', 'aarch64_be', 'ppc', 'ppc64', 'mips', 'mips64', 'sparc', 'sparcv9', 'systemz', 'bpfeb', 'riscv32be', 'riscv64be', 'm68k', 'tce', 'lanai']);
function llvmEndian(arch) {
    return BIG_ENDIAN.has(arch) ? 'big' : 'little';
}
function mangling(t) {
    if (t.objectFormat === 'goff')
        return '-m:l';
    if (t.objectFormat === 'macho')
        return '-m:o';
    if ((t.os === 'windows' || t.os === 'uefi') && t.objectFormat === 'coff')
        return t.arch === 'x86' ? '-m:x' : '-m:w';
    if (t.objectFormat === 'xcoff')
        return '-m:a';
    return '-m:e';
}
/** ARM::computeTargetABI. */
function armAbi(t, abiName) {
    let name = abiName;
    if (name === '') {
        if (t.objectFormat === 'macho') {
            const profileM = /^(arm|thumb)(eb)?v(6s?-?m|7e?-?m|8(\.1)?-?m)/.test(t.archName);
            name = t.env === 'eabi' || t.os === 'unknown' || profileM ? 'aapcs' : t.os === 'watchos' ? 'aapcs16' : 'apcs-gnu';
        }
        else if (t.os === 'windows')
            name = 'aapcs';
        else if (['android', 'gnueabi', 'gnueabit64', 'gnueabihf', 'gnueabihft64', 'musleabi', 'musleabihf', 'ohos'].includes(t.env))
            name = 'aapcs-linux';
        else if (t.env === 'eabihf' || t.env === 'eabi')
            name = 'aapcs';
        else if (t.os === 'netbsd')
            name = 'apcs-gnu';
        else
            name = 'aapcs';
    }
    if (name === 'aapcs16')
        return 'aapcs16';
    if (name.startsWith('aapcs'))
        return 'aapcs';
    if (name.startsWith('apcs'))
        return 'apcs';
    return 'unknown';
}
/** Triple::computeDataLayout(ABIName) of LLVM 22 for the archs rustc's LLVM has; null when LLVM has none. */
function llvmDataLayout(triple, abiName = '') {
    const t = parseLlvmTriple(triple);
    if (!t.arch || !hasLlvmBackend(t.arch))
        return null;
    const e = llvmEndian(t.arch) === 'big' ? 'E' : 'e';
    switch (t.arch) {
        case 'arm':
        case 'armeb':
        case 'thumb':
        case 'thumbeb':
            return armLayout(t, e, abiName);
        case 'aarch64':
        case 'aarch64_be':
        case 'aarch64_32':
            if (t.objectFormat === 'macho') {
                return t.arch === 'aarch64_32'
                    ? 'e-m:o-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32'
                    : 'e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32';
            }
            if (t.objectFormat === 'coff')
                return 'e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32';
            return `${e}-m:e${t.env === 'gnu_ilp32' ? '-p:32:32' : ''}-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32`;
        case 'avr':
            return 'e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8:16-a:8';
        case 'bpfel':
        case 'bpfeb':
            return `${e}-m:e-p:64:64-i64:64-i128:128-n32:64-S128`;
        case 'csky':
            return 'e-m:e-S32-p:32:32-i32:32:32-i64:32:32-f32:32:32-f64:32:32-v64:32:32-v128:32:32-a:0:32-Fi32-n32';
        case 'hexagon':
            return 'e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048';
        case 'loongarch32':
            return 'e-m:e-p:32:32-i64:64-n32-S128';
        case 'loongarch64':
            return 'e-m:e-p:64:64-i64:64-i128:128-n32:64-S128';
        case 'm68k':
            return 'E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16';
        case 'mips':
        case 'mipsel':
        case 'mips64':
        case 'mips64el':
            return mipsLayout(t, e, abiName);
        case 'msp430':
            return 'e-m:e-p:16:16-i32:16-i64:16-f32:16-f64:16-a:8-n8:16-S16';
        case 'ppc':
        case 'ppcle':
        case 'ppc64':
        case 'ppc64le':
            return powerLayout(t, e, abiName);
        case 'r600':
            return 'e-m:e-p:32:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1';
        case 'amdgcn':
            return 'e-m:e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9';
        case 'riscv32':
        case 'riscv64':
        case 'riscv32be':
        case 'riscv64be': {
            if (t.objectFormat === 'macho')
                return 'e-m:o-p:32:32-i64:64-n32-S128';
            const is64 = t.arch === 'riscv64' || t.arch === 'riscv64be';
            let r = `${e}-m:e${is64 ? '-p:64:64-i64:64-i128:128-n32:64' : '-p:32:32-i64:64-n32'}`;
            r += abiName === 'ilp32e' ? '-S32' : abiName === 'lp64e' ? '-S64' : '-S128';
            return r;
        }
        case 'sparc':
        case 'sparcel':
        case 'sparcv9': {
            const is64 = t.arch === 'sparcv9';
            return `${t.arch === 'sparcel' ? 'e' : 'E'}-m:e${is64 ? '' : '-p:32:32'}-i64:64-i128:128${is64 ? '-n32:64-S128' : '-f128:64-n32-S64'}`;
        }
        case 'systemz':
            // z/OS has no S64 (checked with rustc 1.95 on s390x-ibm-zos and s390x-ibm-zos-elf), and its ptr32 address space.
            return `E${t.os === 'zos' ? '' : '-S64'}${mangling(t)}${t.os === 'zos' ? '-p1:32:32' : ''}-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64`;
        case 'x86':
        case 'x86_64':
            return x86Layout(t);
        case 'xtensa':
            return 'e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32';
        case 'nvptx':
        case 'nvptx64': {
            let r = 'e';
            if (t.arch === 'nvptx')
                r += '-p:32:32-p6:32:32-p7:32:32';
            else if (abiName === 'shortptr')
                r += '-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32';
            else
                r += '-p6:32:32';
            return `${r}-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64`;
        }
        case 'wasm32':
        case 'wasm64': {
            const p = t.arch === 'wasm64' ? '64:64' : '32:32';
            return `e-m:e-p:${p}-p10:8:8-p20:8:8-i64:64-i128:128${t.os === 'emscripten' ? '-f128:64' : ''}-n32:64-S128-ni:1:10:20`;
        }
        default:
            return null;
    }
}
function armLayout(t, e, abiName) {
    const abi = armAbi(t, abiName);
    let r = `${e}${mangling(t)}-p:32:32-Fi8`;
    if (abi !== 'apcs')
        r += '-i64:64';
    if (abi === 'apcs')
        r += '-f64:32:64';
    if (abi === 'apcs')
        r += '-v64:32:64-v128:32:128';
    else if (abi !== 'aapcs16')
        r += '-v128:64:128';
    r += '-a:0:32-n32';
    r += abi === 'aapcs16' ? '-S128' : abi === 'aapcs' ? '-S64' : '-S32';
    return r;
}
function mipsLayout(t, e, abiName) {
    const abi = mipsAbi(t, abiName);
    // A 64-bit ABI on 32-bit MIPS: LLVM aborts before there is a layout (spec-llvm-abiname).
    if (abi !== 'o32' && (t.arch === 'mips' || t.arch === 'mipsel') && abiName !== '')
        return null;
    let r = `${e}${abi === 'o32' ? '-m:m' : '-m:e'}`;
    if (abi !== 'n64')
        r += '-p:32:32';
    r += '-i8:8:32-i16:16:32-i64:64';
    r += abi === 'o32' ? '-n32-S64' : '-i128:128-n32:64-S128';
    return r;
}
function powerLayout(t, e, abiName) {
    const is64 = t.arch === 'ppc64' || t.arch === 'ppc64le';
    let r = `${e}${mangling(t)}`;
    if (!is64 || t.os === 'lv2')
        r += '-p:32:32';
    const elfv2 = t.arch === 'ppc64' && (t.os === 'freebsd' || t.os === 'openbsd' || t.env.startsWith('musl'));
    if (t.arch === 'ppc64' && !elfv2 && abiName !== 'elfv2')
        r += '-Fi64';
    else if (t.os === 'aix')
        r += is64 ? '-Fi64' : '-Fi32';
    else
        r += '-Fn32';
    r += '-i64:64';
    r += is64 ? '-i128:128-n32:64' : '-n32';
    if (t.os === 'aix')
        r += '-f64:32:64';
    if (is64 && (t.os === 'aix' || t.os === 'linux'))
        r += '-S128-v256:256:256-v512:512:512';
    return r;
}
function x86Layout(t) {
    const is64 = t.arch === 'x86_64';
    const iamcu = t.os === 'elfiamcu';
    const windows = t.os === 'windows';
    let r = `e${mangling(t)}`;
    if (!is64 || t.env === 'gnux32' || t.env === 'muslx32')
        r += '-p:32:32';
    r += '-p270:32:32-p271:32:32-p272:64:64';
    if (is64 || windows)
        r += '-i64:64-i128:128';
    else if (iamcu)
        r += '-i64:32-f64:32';
    else
        r += '-i128:128-f64:32:64';
    if (iamcu)
        r += '';
    else if (is64 || DARWIN.has(t.os) || (windows && (t.env === 'msvc' || t.env === 'unknown')))
        r += '-f80:128';
    else
        r += '-f80:32';
    if (iamcu)
        r += '-f128:32';
    r += is64 ? '-n8:16:32:64' : '-n8:16:32';
    r += (!is64 && windows) || iamcu ? '-a:0:32-S32' : '-S128';
    return r;
}
/** LLVM's MIPS ABI for a triple and ABI name (getMipsABI in TargetDataLayout.cpp). */
function mipsAbi(t, abiName) {
    if (abiName.startsWith('o32'))
        return 'o32';
    if (abiName.startsWith('n32'))
        return 'n32';
    if (abiName.startsWith('n64'))
        return 'n64';
    if (t.env === 'gnuabin32' || t.env === 'muslabin32')
        return 'n32';
    return t.arch === 'mips64' || t.arch === 'mips64el' ? 'n64' : 'o32';
}
/** Pointer width LLVM's layout gives address space 0 (64 when it has no `p:` entry). */
function layoutPointerBits(layout) {
    for (const tok of layout.split('-')) {
        const m = /^p0?:(\d+):/.exec(tok);
        if (m)
            return Number(m[1]);
    }
    return 64;
}

;// CONCATENATED MODULE: ./shared/own.ts
/**
 * `table[key]` for a key that comes from outside (a spec file, a lockfile, a Manifest): only the table's own
 * entries, never what every object inherits — `table["valueOf"]` is Object.prototype.valueOf, and
 * `{"linker-flavor": "valueOf"}` once reached `f.split is not a function` that way.
 */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./shared/rust/spec-consistency.ts

const spec_consistency_bool = (v) => v === true;
const spec_consistency_str = (v, d = '') => (typeof v === 'string' ? v : d);
/** Old flavor names rustc still reads, as the new ones. */
const LEGACY_FLAVOR = {
    gcc: 'gnu-cc',
    ld: 'gnu',
    'ld.lld': 'gnu-lld',
    'ld64.lld': 'darwin-lld',
    'lld-link': 'msvc-lld',
    'wasm-ld': 'wasm-lld',
    em: 'em-cc',
};
/** The current name of a flavor (own keys only: "valueOf" is a flavor name from the file, not a lookup). */
function modernFlavor(flavor) {
    return own(LEGACY_FLAVOR, flavor) ?? flavor;
}
function flavorFamily(flavor) {
    const f = modernFlavor(flavor);
    return f.split('-')[0] ?? f;
}
/**
 * The linker flavor rustc settles on: the old "gcc" and "ld" (and no linker-flavor, which means "gcc") are read
 * by lld-flavor and linker-is-gnu (rustc's LinkerFlavor::from_cli_json): darwin, wasm, gnu, else unix.
 */
function linkerFlavor(spec) {
    const raw = typeof spec['linker-flavor'] === 'string' ? spec['linker-flavor'] : 'gcc';
    if (raw !== 'gcc' && raw !== 'ld')
        return raw;
    const cc = raw === 'gcc' ? '-cc' : '';
    const lld = spec_consistency_str(spec['lld-flavor'], 'gnu');
    if (lld === 'darwin')
        return `darwin${cc}`;
    if (lld === 'wasm')
        return `wasm-lld${cc}`;
    return lld === 'gnu' && spec['linker-is-gnu'] !== false ? `gnu${cc}` : `unix${cc}`;
}
/** Which target features the ABI needs enabled (required) or forbids (incompatible), by arch. */
function abiFeatureConstraints(spec) {
    const arch = spec_consistency_str(spec.arch);
    const rustcAbi = spec_consistency_str(spec['rustc-abi']);
    const softfloat = rustcAbi === 'softfloat' || rustcAbi === 'x86-softfloat';
    switch (arch) {
        case 'x86':
            if (softfloat)
                return { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' };
            if (rustcAbi === 'x86-sse2')
                return { required: ['x87', 'sse2'], incompatible: ['soft-float'], why: 'the x86-sse2 rustc-abi' };
            return { required: ['x87'], incompatible: ['soft-float'], why: 'the default hard-float x86 ABI' };
        case 'x86_64':
            if (softfloat)
                return { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' };
            return { required: ['x87', 'sse2'], incompatible: ['soft-float'], why: 'the default hard-float x86_64 ABI' };
        case 'arm':
            return spec['llvm-floatabi'] === 'hard'
                ? { required: ['fpregs'], incompatible: ['soft-float'], why: '"llvm-floatabi": "hard"' }
                : { required: [], incompatible: [], why: '' };
        case 'aarch64':
        case 'arm64ec':
            return spec_consistency_str(spec.abi) === 'softfloat'
                ? { required: [], incompatible: ['neon'], why: '"abi": "softfloat"' }
                : { required: ['neon'], incompatible: [], why: 'the hard-float AArch64 ABI (no "abi": "softfloat")' };
        case 'riscv32':
        case 'riscv64': {
            const n = spec_consistency_str(spec['llvm-abiname']);
            if (n.endsWith('d'))
                return { required: ['d'], incompatible: ['e', 'zfinx'], why: `"llvm-abiname": "${n}"` };
            if (n.endsWith('f'))
                return { required: ['f'], incompatible: ['e', 'zfinx'], why: `"llvm-abiname": "${n}"` };
            if (n === 'ilp32' || n === 'lp64')
                return { required: [], incompatible: ['e'], why: `"llvm-abiname": "${n}"` };
            if (n === 'ilp32e')
                return { required: [], incompatible: ['d'], why: '"llvm-abiname": "ilp32e"' };
            return { required: [], incompatible: [], why: '' };
        }
        case 'loongarch32':
        case 'loongarch64': {
            const n = spec_consistency_str(spec['llvm-abiname']);
            if (n.endsWith('d'))
                return { required: ['d'], incompatible: [], why: `"llvm-abiname": "${n}"` };
            if (n.endsWith('f'))
                return { required: ['f'], incompatible: [], why: `"llvm-abiname": "${n}"` };
            return { required: [], incompatible: [], why: '' };
        }
        case 's390x':
            return softfloat ? { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' } : { required: [], incompatible: ['soft-float'], why: 'the s390x hard-float ABI' };
        default:
            return { required: [], incompatible: [], why: '' };
    }
}
/** Apple's OSes: rustc's apple base panics on any other os with vendor "apple". */
const APPLE_OSES = ['macos', 'ios', 'tvos', 'watchos', 'visionos'];
/** rustc's consistency rules, all of them (rustc stops at the first). */
function consistencyProblems(spec) {
    const out = [];
    const add = (path, code, message, hint) => out.push({ path, code, message, hint });
    // null means "the default", as an absent key does.
    const f = {
        arch: spec_consistency_str(spec.arch),
        hasArch: typeof spec.arch === 'string',
        os: typeof spec.os === 'string' ? spec.os : 'none',
        vendor: typeof spec.vendor === 'string' ? spec.vendor : 'unknown',
        flavorRaw: linkerFlavor(spec),
        features: spec_consistency_str(spec.features),
    };
    likeFlagProblems(spec, f, add);
    linkerFlavorProblems(spec, f, add);
    linkArgProblems(spec, f, add);
    ccArgProblems(spec, f, add);
    valueProblems(spec, f, add);
    entryAbiProblems(spec, f, add);
    if (f.hasArch) {
        floatAbiProblems(spec, f, add);
        featureProblems(spec, f, add);
    }
    return out;
}
/** is-like-* must match what they describe (rustc: "… must be set if and only if …"). */
function likeFlagProblems(spec, { arch, hasArch, os, vendor, flavorRaw }, add) {
    // Dropping an is-like-* flag also ends that family's linker flavor (rustc: "`linker_flavor` must be `darwin` if and
    // only if `is_like_darwin` is set"): the fix says so, or the next run finds the flavor.
    const flavorToo = (family) => (flavorFamily(flavorRaw) === family ? ' and write "linker-flavor": "gnu-cc"' : '');
    // Setting one starts that family's flavor, likewise.
    const FAMILY_FLAVOR = { darwin: 'darwin-cc', wasm: 'wasm-lld', msvc: 'msvc' };
    const flavorTooSet = (family) => (own(FAMILY_FLAVOR, family) && flavorFamily(flavorRaw) !== family ? ` and write "linker-flavor": "${FAMILY_FLAVOR[family]}"` : '');
    const iff = (flag, holds, what, setHint = `Set "${flag}": true${flavorTooSet(flag.slice(8))}.`, unsetHint = `Delete "${flag}"${flavorToo(flag.slice(8))} (or set it to false), or change ${what.split(' is ')[0]}.`) => {
        if (spec_consistency_bool(spec[flag]) !== holds) {
            add(`/${flag}`, 'spec-inconsistent', `"${flag}" must be true exactly when ${what}; here it is ${spec_consistency_bool(spec[flag])}.`, holds ? setHint : unsetHint);
        }
    };
    // Apple's base only knows Apple's OSes: is-like-darwin on another os makes rustc panic, so the fix is the vendor.
    const darwinHint = APPLE_OSES.includes(os)
        ? `Set "is-like-darwin": true${flavorTooSet('darwin')}.`
        : `Write "vendor": "unknown" (or any vendor but apple: "apple" means a Darwin target, and rustc panics on is-like-darwin with os ${os}; Apple's OSes are ${APPLE_OSES.join(', ')}).`;
    // is-like-darwin on one of Apple's OSes with another vendor: the vendor is what changed.
    const notDarwinHint = APPLE_OSES.includes(os)
        ? `Write "vendor": "apple" ("${os}" is Apple's), or delete "is-like-darwin" and use a linker flavor of another family.`
        : undefined;
    iff('is-like-darwin', vendor === 'apple', '"vendor" is "apple"', darwinHint, notDarwinHint);
    iff('is-like-solaris', os === 'solaris' || os === 'illumos', '"os" is "solaris" or "illumos"');
    const windows = os === 'windows' || os === 'uefi' || os === 'cygwin';
    if (!windows && spec_consistency_bool(spec['is-like-windows']) && spec_consistency_bool(spec['is-like-msvc'])) {
        // is-like-msvc needs is-like-windows: both go, or rustc's next complaint is the msvc one.
        add('/is-like-windows', 'spec-inconsistent', `"is-like-windows" must be true exactly when "os" is "windows", "uefi" or "cygwin"; here it is true.`, `Delete "is-like-windows" and "is-like-msvc"${flavorToo('msvc') || ' (and use a non-MSVC linker flavor)'}, or change "os".`);
    }
    else
        iff('is-like-windows', windows, '"os" is "windows", "uefi" or "cygwin"');
    if (hasArch) {
        iff('is-like-gpu', arch === 'nvptx64' || arch === 'amdgpu', '"arch" is "nvptx64" or "amdgpu"');
        iff('is-like-wasm', arch === 'wasm32' || arch === 'wasm64', '"arch" is "wasm32" or "wasm64"');
    }
    if (vendor === 'apple' && spec_consistency_bool(spec['is-like-darwin']) && !APPLE_OSES.includes(os)) {
        add('/os', 'spec-inconsistent', `"vendor": "apple" with "os": "${os}": rustc's Apple base knows only ${APPLE_OSES.join(', ')} and panics ("tried to get deployment target for non-Apple platform").`, `Use one of Apple's OSes for "os", or another vendor (with "is-like-darwin" deleted and a linker flavor of that family).`);
    }
    if (spec_consistency_bool(spec['is-like-msvc']) && !spec_consistency_bool(spec['is-like-windows'])) {
        add('/is-like-msvc', 'spec-inconsistent', '"is-like-msvc" needs "is-like-windows".', 'Set "is-like-windows": true (and "os": "windows"), or drop "is-like-msvc".');
    }
    if (os === 'emscripten' && !spec_consistency_bool(spec['is-like-wasm'])) {
        add('/os', 'spec-inconsistent', 'The "emscripten" os only works on wasm targets.', 'Use "arch": "wasm32" with "is-like-wasm": true, or another os.');
    }
}
/** The default linker flavor must fit the target's kind. */
function linkerFlavorProblems(spec, { arch, hasArch, os, flavorRaw }, add) {
    const family = flavorFamily(flavorRaw);
    const flavor = modernFlavor(flavorRaw);
    const flavorIff = (holds, fam, want, because) => {
        if (holds !== fam) {
            add('/linker-flavor', 'spec-linker-flavor', `linker-flavor "${flavorRaw}" ${holds ? `must be ${want}` : `is only for targets where ${because}`}.`, holds ? `Use a ${want} flavor, e.g. "${want}".` : `Use a flavor of this target's family, e.g. "gnu-lld" or "gnu-cc".`);
        }
    };
    flavorIff(spec_consistency_bool(spec['is-like-darwin']), family === 'darwin', 'darwin-lld', '"is-like-darwin" is true');
    flavorIff(spec_consistency_bool(spec['is-like-msvc']), family === 'msvc', 'msvc-lld', '"is-like-msvc" is true');
    flavorIff(spec_consistency_bool(spec['is-like-wasm']) && os !== 'emscripten', family === 'wasm', 'wasm-lld', '"is-like-wasm" is true');
    flavorIff(os === 'emscripten', flavor === 'em-cc', 'em-cc', '"os" is "emscripten"');
    if (!hasArch)
        return;
    flavorIff(arch === 'bpf', flavor === 'bpf', 'bpf', '"arch" is "bpf"');
    // rustc 1.95 ties no other flavor to an arch: ptx and llbc link any arch's spec, and nvptx64 takes any flavor (checked).
}
/** The linker flavors rustc 1.95 reads as keys of the link-args objects (its error message lists them). */
const LINKER_FLAVORS = ['gnu', 'gnu-lld', 'gnu-cc', 'gnu-lld-cc', 'darwin', 'darwin-lld', 'darwin-cc', 'darwin-lld-cc', 'wasm-lld', 'wasm-lld-cc', 'unix', 'unix-cc', 'msvc-lld', 'msvc', 'em-cc', 'bpf', 'llbc', 'ptx', ...Object.keys(LEGACY_FLAVOR)];
const LINK_ARG_KEYS = ['pre-link-args', 'late-link-args', 'late-link-args-dynamic', 'late-link-args-static', 'post-link-args'];
function linkArgProblems(spec, { arch }, add) {
    for (const key of LINK_ARG_KEYS) {
        const v = spec[key];
        if (!v || typeof v !== 'object' || Array.isArray(v))
            continue;
        for (const [fl, args] of Object.entries(v)) {
            const at = `/${key}/${fl.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            if (!LINKER_FLAVORS.includes(fl)) {
                const gcc = LINKER_FLAVORS.includes(`${fl}-cc`) ? `"${fl}-cc"` : '"gnu-cc"';
                add(at, 'spec-link-args-flavor', `"${fl}" is not a linker flavor (rustc: "invalid linker flavor").`, `Key the arguments by the flavor that links this target, e.g. ${gcc} or "gnu-lld" (one of ${LINKER_FLAVORS.join(', ')}).`);
            }
            else if (Array.isArray(args) && args.length === 0 && arch !== 'avr') {
                add(at, 'spec-empty-link-args', `Empty argument list for linker flavor "${fl}".`, `Delete "${fl}": [] from "${key}".`);
            }
        }
    }
}
/**
 * rustc 1.95 re-keys link args to the target's linker family, and when the target links through a C compiler
 * (gnu*-cc, wasm-lld-cc, unix-cc) every `-Wl,X` argument must appear as X among the non-cc arguments, if there
 * are any ("link args for cc and non-cc versions of flavors are not consistent"; checked with rustc).
 */
const NON_CC = new Set(['gnu', 'gnu-lld', 'darwin', 'darwin-lld', 'wasm-lld', 'unix', 'ld', 'ld.lld', 'ld64.lld', 'wasm-ld']);
function ccArgProblems(spec, { flavorRaw }, add) {
    const target = modernFlavor(flavorRaw);
    if (!/^(gnu|gnu-lld|wasm-lld|unix)-cc$/.test(target))
        return;
    for (const key of LINK_ARG_KEYS) {
        const v = spec[key];
        if (!v || typeof v !== 'object' || Array.isArray(v))
            continue;
        const entries = Object.entries(v).filter((e) => Array.isArray(e[1]));
        const plain = entries.filter(([fl]) => NON_CC.has(fl));
        if (plain.length === 0)
            continue;
        const known = new Set(plain.flatMap(([, args]) => args));
        const missing = entries.flatMap(([fl, args]) => args.filter((a) => typeof a === 'string' && a.startsWith('-Wl,') && !known.has(a.slice(4))).map((a) => `"${a}" (${fl})`));
        if (missing.length === 0)
            continue;
        add(`/${key}`, 'spec-link-args-cc', `${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no counterpart without "-Wl," in the non-cc list${plain.length > 1 ? 's' : ''} (${plain.map(([fl]) => `"${fl}"`).join(', ')}); this target links through a C compiler ("${target}") and rustc refuses the spec ("link args for cc and non-cc versions of flavors are not consistent").`, `Give ${plain.map(([fl]) => `"${fl}"`).join(', ')} the same arguments without "-Wl,", or drop the non-cc list${plain.length > 1 ? 's' : ''}.`);
    }
}
/** entry-abi values that only one family of archs has: rustc panics on them elsewhere (checked with rustc 1.95). */
const ENTRY_ABI_ARCHS = [
    [['aapcs', 'aapcs-unwind', 'cmse-nonsecure-call', 'cmse-nonsecure-entry'], ['arm']],
    [['sysv64', 'sysv64-unwind', 'win64', 'win64-unwind'], ['x86_64']],
    [['x86-interrupt', 'vectorcall', 'vectorcall-unwind'], ['x86', 'x86_64']],
    [['riscv-interrupt-m', 'riscv-interrupt-s'], ['riscv32', 'riscv64']],
    [['msp430-interrupt'], ['msp430']],
    [['avr-interrupt', 'avr-non-blocking-interrupt'], ['avr']],
    [['ptx-kernel'], ['nvptx64']],
];
function entryAbiProblems(spec, { arch, hasArch, os }, add) {
    const abi = spec['entry-abi'];
    if (!hasArch || typeof abi !== 'string')
        return;
    // stdcall and its kin are x86-32 conventions; Windows maps them to C on other archs.
    const groups = os === 'windows' ? ENTRY_ABI_ARCHS : [...ENTRY_ABI_ARCHS, [['stdcall', 'stdcall-unwind', 'fastcall', 'fastcall-unwind', 'thiscall', 'thiscall-unwind'], ['x86']]];
    const group = groups.find(([abis]) => abis.includes(abi));
    if (!group || group[1].includes(arch))
        return;
    add('/entry-abi', 'spec-entry-abi', `"entry-abi": "${abi}" is a calling convention of ${group[1].join('/')} only; rustc panics on it for "${arch}".`, 'Write "entry-abi": "C" (or delete it: C is the default).');
}
function valueProblems(spec, { os, vendor }, add) {
    if (spec.vendor === '')
        add('/vendor', 'spec-empty-value', '"vendor" cannot be empty.', 'Delete it (the default is "unknown") or name the vendor.');
    if (spec.os === '')
        add('/os', 'spec-empty-value', '"os" cannot be empty.', 'Use "none" for bare metal, or the name of your OS.');
    const llvmTarget = spec_consistency_str(spec['llvm-target']);
    if (os === 'unknown' && !/^wasm(32|64)-unknown-unknown$/.test(llvmTarget) && !(spec_consistency_str(spec.env) === 'sgx' && vendor === 'fortanix')) {
        add('/os', 'spec-os-unknown', '"os": "unknown" is reserved for a few built-in targets.', 'Use "os": "none" for bare metal, or the name of your OS.');
    }
    selfContainedProblems(spec, add);
    if ((spec_consistency_bool(spec['crt-static-default']) || spec_consistency_bool(spec['crt-static-allows-dylibs'])) && !spec_consistency_bool(spec['crt-static-respected'])) {
        add(spec_consistency_bool(spec['crt-static-default']) ? '/crt-static-default' : '/crt-static-allows-dylibs', 'spec-crt-static', 'A static CRT can be enabled but "crt-static-respected" is not set.', 'Add "crt-static-respected": true.');
    }
}
/**
 * rustc: "if `link_self_contained` is disabled, then `pre_link_objects_self_contained` and
 * `post_link_objects_self_contained` must be empty". The JSON names are pre-/post-link-objects-fallback; self-contained
 * linking is on through "link-self-contained" (components) or "crt-objects-fallback" ("true", "musl", "mingw"; rustc 1.95
 * prints "false" for off).
 */
function selfContainedProblems(spec, add) {
    const nonEmpty = (v) => !!v && typeof v === 'object' && Object.keys(v).length > 0;
    const objects = ['pre-link-objects-fallback', 'post-link-objects-fallback'].filter((k) => nonEmpty(spec[k]));
    if (objects.length === 0)
        return;
    // rustc writes the old key as a string ("false", "true", "musl", "mingw"), the new one as {"components": […]}.
    const on = (v) => v === true || (typeof v === 'string' && v !== 'false');
    const lsc = spec['link-self-contained'];
    const components = lsc && typeof lsc === 'object' && !Array.isArray(lsc) ? lsc.components : undefined;
    const enabled = on(lsc) || (Array.isArray(components) && components.length > 0) || on(spec['crt-objects-fallback']);
    if (enabled)
        return;
    add(`/${objects[0]}`, 'spec-self-contained-objects', `"${objects.join('" and "')}" ${objects.length > 1 ? 'are' : 'is'} only used when linking self-contained, which this spec does not enable (rustc: "if \`link_self_contained\` is disabled, then \`pre_link_objects_self_contained\` and \`post_link_objects_self_contained\` must be empty").`, `Delete "${objects.join('" and "')}", or enable self-contained linking ("crt-objects-fallback": "musl" or "mingw", as those built-ins do).`);
}
const RISCV_ABIS = { riscv32: ['ilp32', 'ilp32f', 'ilp32d', 'ilp32e'], riscv64: ['lp64', 'lp64f', 'lp64d', 'lp64e'] };
/**
 * The RISC-V ABI name that matches the features (the fix for a missing or wrong one): the E base ISA takes the
 * E ABI (rustc: "target feature `e` is incompatible with the ABI" otherwise), else the float features decide.
 */
function riscvAbiGuess(arch, features) {
    const base = arch === 'riscv32' ? 'ilp32' : 'lp64';
    return /\+e\b/.test(features) ? `${base}e` : /\+d\b/.test(features) ? `${base}d` : /\+f\b/.test(features) ? `${base}f` : base;
}
/** The float ABI declarations: RISC-V and LoongArch ABI names, ARM's float ABI, rustc-abi. */
function floatAbiProblems(spec, { arch, features }, add) {
    const abiname = spec_consistency_str(spec['llvm-abiname']);
    if (arch === 'riscv32' || arch === 'riscv64') {
        const allowed = RISCV_ABIS[arch];
        if (!allowed.includes(abiname)) {
            const guess = riscvAbiGuess(arch, features);
            add(abiname ? '/llvm-abiname' : '', 'spec-riscv-abiname', abiname ? `"${abiname}" is not a ${arch} ABI name (rustc: "invalid RISC-V ABI name").` : `RISC-V specs need "llvm-abiname"; rustc rejects the file without it ("invalid RISC-V ABI name").`, `Use "llvm-abiname": "${guess}" (one of ${allowed.join(', ')}, matching the E and float features).`);
        }
    }
    if (arch === 'arm' && (spec['llvm-floatabi'] === undefined || spec['llvm-floatabi'] === null)) {
        const hard = spec_consistency_str(spec.abi).endsWith('hf');
        add('', 'spec-arm-floatabi', 'ARM specs must set "llvm-floatabi" to "hard" or "soft".', `Add "llvm-floatabi": "${hard ? 'hard' : 'soft'}" (${hard ? 'the eabihf ABI passes floats in FPU registers' : 'floats in integer registers'}).`);
    }
    const rustcAbi = spec_consistency_str(spec['rustc-abi']);
    if (rustcAbi === 'x86-sse2' && arch !== 'x86') {
        // On x86_64 with "+soft-float" the ABI meant is the softfloat one; otherwise the default needs no rustc-abi.
        const hint = arch === 'x86_64' && enabledFeatures(features).has('soft-float') ? 'Write "rustc-abi": "softfloat" (the features enable +soft-float).' : 'Delete "rustc-abi".';
        add('/rustc-abi', 'spec-rustc-abi', '"x86-sse2" is only valid for 32-bit x86.', hint);
    }
    else if ((rustcAbi === 'softfloat' || rustcAbi === 'x86-softfloat') && !['x86', 'x86_64', 's390x'].includes(arch)) {
        add('/rustc-abi', 'spec-rustc-abi', `"rustc-abi": "${rustcAbi}" is only valid for x86, x86_64 and s390x.`, arch === 'aarch64'
            ? `Delete "rustc-abi" and write "abi": "softfloat" and "features": "${softfloatFeatures(features)}", as aarch64-unknown-none-softfloat does.`
            : 'Delete "rustc-abi"; this arch sets its float ABI elsewhere ("llvm-abiname", "llvm-floatabi").');
    }
}
/** AArch64 features for the softfloat ABI: no FP/SIMD (rustc ties neon and fp-armv8). */
function softfloatFeatures(features) {
    const kept = features.split(',').filter((f) => f !== '' && !['+neon', '+fp-armv8', '-neon', '-fp-armv8'].includes(f));
    return [...kept, '-neon', '-fp-armv8'].join(',');
}
function enabledFeatures(features) {
    return new Set(features.split(',').filter((f) => f.startsWith('+')).map((f) => f.slice(1)));
}
/** rustc-abi names this arch does not take: the ABI's feature rules would describe the wrong ABI. */
function rustcAbiInvalid(spec, arch) {
    const r = spec_consistency_str(spec['rustc-abi']);
    return (r === 'x86-sse2' && arch !== 'x86') || ((r === 'softfloat' || r === 'x86-softfloat') && !['x86', 'x86_64', 's390x'].includes(arch));
}
/** Features: syntax, contradictions, and what the ABI requires or forbids. */
function featureProblems(spec, { arch, features }, add) {
    if (features === '')
        return;
    const enabled = new Set();
    const disabled = new Set();
    for (const feat of features.split(',')) {
        if (feat.startsWith('+'))
            enabled.add(feat.slice(1));
        else if (feat.startsWith('-'))
            disabled.add(feat.slice(1));
        else
            add('/features', 'spec-feature-syntax', `Target feature "${feat}" must start with + or -.`, `Write "+${feat}" to enable it or "-${feat}" to disable it.`);
    }
    for (const f of enabled) {
        if (disabled.has(f))
            add('/features', 'spec-feature-conflict', `Target feature "${f}" is both enabled and disabled.`, `Keep one of "+${f}" and "-${f}".`);
    }
    // A rustc-abi this arch does not take is reported above with its one fix; rules for the wrong ABI would contradict it.
    if (rustcAbiInvalid(spec, arch))
        return;
    const c = abiFeatureConstraints(spec);
    for (const f of c.required) {
        if (disabled.has(f)) {
            add('/features', 'spec-abi-feature', `"-${f}" disables a feature ${c.why} requires (rustc: "required by the ABI but gets disabled").`, abiHint(arch, f, 'required'));
        }
    }
    for (const f of c.incompatible) {
        if (enabled.has(f)) {
            const code = f === 'soft-float' && (arch === 'x86' || arch === 'x86_64') ? 'spec-soft-float-abi' : 'spec-abi-feature';
            add('/features', code, `"+${f}" is incompatible with ${c.why} (rustc: "incompatible with the ABI but gets enabled").`, abiHint(arch, f, 'incompatible'));
        }
    }
}
function abiHint(arch, feature, kind) {
    if ((arch === 'x86' || arch === 'x86_64') && feature === 'soft-float')
        return 'Add "rustc-abi": "softfloat" (and keep "-mmx,-sse,…,+soft-float" in features).';
    if ((arch === 'x86' || arch === 'x86_64') && kind === 'required')
        return `Keep ${feature} enabled, or switch to a soft-float ABI with "rustc-abi": "softfloat" and "+soft-float".`;
    if (arch === 'aarch64' && kind === 'required')
        return 'For a soft-float AArch64 target add "abi": "softfloat"; otherwise drop "-neon"/"-fp-armv8".';
    if (arch === 'aarch64')
        return 'Drop "+neon": the softfloat ABI cannot use FP registers.';
    if (arch === 'arm')
        return kind === 'required' ? 'Drop the "-fpregs", or use "llvm-floatabi": "soft".' : 'Drop "+soft-float", or use "llvm-floatabi": "soft".';
    if (arch.startsWith('riscv') || arch.startsWith('loongarch'))
        return kind === 'required' ? `Drop "-${feature}", or pick an "llvm-abiname" without hardware floats.` : `Drop "+${feature}", or pick a matching "llvm-abiname".`;
    return kind === 'required' ? `Drop "-${feature}".` : `Drop "+${feature}".`;
}

;// CONCATENATED MODULE: ./shared/rust/llvm-cpus.ts
// Generated by bench/gen-llvm-cpus.ts from rustc 1.95.0 (59807616e 2026-04-14) — do not edit.
/** Where an unknown `cpu` is fatal at codegen (per LLVM arch, and ppc64-aix): the CPUs rustc's LLVM compiles for. */
const LLVM_USABLE_CPUS = {
    "hexagon": ["generic", "hexagonv5", "hexagonv55", "hexagonv60", "hexagonv62", "hexagonv65", "hexagonv66", "hexagonv67", "hexagonv67t", "hexagonv68", "hexagonv69", "hexagonv71", "hexagonv71t", "hexagonv73", "hexagonv75", "hexagonv79", "hexagonv81"],
    "loongarch32": ["generic", "generic-la32", "loongarch32"],
    "loongarch64": ["generic", "generic-la64", "la464", "la664", "loongarch64"],
    "mips64": ["generic", "i6400", "i6500", "mips3", "mips4", "mips64", "mips64r2", "mips64r3", "mips64r5", "mips64r6", "octeon", "octeon+"],
    "ppc64-aix": ["440", "450", "601", "602", "603", "603e", "603ev", "604", "604e", "620", "7400", "7450", "750", "970", "a2", "e500mc", "e5500", "future", "g3", "g4", "g4+", "g5", "generic", "ppc", "ppc32", "ppc64", "ppc64le", "pwr10", "pwr11", "pwr3", "pwr4", "pwr5", "pwr5x", "pwr6", "pwr6x", "pwr7", "pwr8", "pwr9"],
    "riscv32": ["andes-a25", "andes-a45", "andes-n45", "generic", "generic-rv32", "rocket-rv32", "rp2350-hazard3", "sifive-e20", "sifive-e21", "sifive-e24", "sifive-e31", "sifive-e34", "sifive-e76", "syntacore-scr1-base", "syntacore-scr1-max", "syntacore-scr3-rv32", "syntacore-scr4-rv32", "syntacore-scr5-rv32"],
    "riscv64": ["andes-ax25", "andes-ax45", "andes-ax45mpv", "andes-nx45", "generic", "generic-rv64", "mips-p8700", "rocket-rv64", "sifive-p450", "sifive-p470", "sifive-p550", "sifive-p670", "sifive-p870", "sifive-s21", "sifive-s51", "sifive-s54", "sifive-s76", "sifive-u54", "sifive-u74", "sifive-x280", "sifive-x390", "spacemit-x60", "syntacore-scr3-rv64", "syntacore-scr4-rv64", "syntacore-scr5-rv64", "syntacore-scr7", "tt-ascalon-d8", "veyron-v1", "xiangshan-kunminghu", "xiangshan-nanhu"],
    "x86_64": ["alderlake", "amdfam10", "arrowlake", "arrowlake-s", "arrowlake_s", "athlon-fx", "athlon64", "athlon64-sse3", "atom", "atom_sse4_2", "atom_sse4_2_movbe", "barcelona", "bdver1", "bdver2", "bdver3", "bdver4", "bonnell", "broadwell", "btver1", "btver2", "cannonlake", "cascadelake", "clearwaterforest", "cooperlake", "core-avx-i", "core-avx2", "core2", "core_2_duo_sse4_1", "core_2_duo_ssse3", "core_2nd_gen_avx", "core_3rd_gen_avx", "core_4th_gen_avx", "core_4th_gen_avx_tsx", "core_5th_gen_avx", "core_5th_gen_avx_tsx", "core_aes_pclmulqdq", "core_i7_sse4_2", "corei7", "corei7-avx", "diamondrapids", "emeraldrapids", "generic", "goldmont", "goldmont-plus", "goldmont_plus", "gracemont", "grandridge", "graniterapids", "graniterapids-d", "graniterapids_d", "haswell", "icelake-client", "icelake-server", "icelake_client", "icelake_server", "ivybridge", "k8", "k8-sse3", "knl", "knm", "lunarlake", "meteorlake", "mic_avx512", "native", "nehalem", "nocona", "novalake", "opteron", "opteron-sse3", "pantherlake", "penryn", "raptorlake", "rocketlake", "sandybridge", "sapphirerapids", "sierraforest", "silvermont", "skx", "skylake", "skylake-avx512", "skylake_avx512", "slm", "tigerlake", "tremont", "westmere", "wildcatlake", "x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4", "znver1", "znver2", "znver3", "znver4", "znver5"],
};
/** Where LLVM only warns about an unknown `cpu`: the CPUs it knows but refuses at codegen. */
const LLVM_FATAL_CPUS = {
    "ppc64": ["e500"],
    "ppc64le": ["e500"],
};

;// CONCATENATED MODULE: ./shared/rust/spec-llvm.ts
/**
 * What rustc's LLVM refuses in a spec that rustc itself reads without complaint: an llvm-target LLVM cannot
 * create a TargetMachine for (rustc ICEs), a code model or ABI name the arch does not have, a CPU that is fatal
 * for the arch, a stack-probe method the backend lacks, floats returned in SSE registers with SSE disabled, and
 * the ABI names rustc's LoongArch rules do not know (rustc panics). Each rule was checked with rustc 1.95
 * (`--print cfg` and the `#![no_core]` codegen probe).
 */





const spec_llvm_str = (v) => (typeof v === 'string' ? v : '');
/** LLVM's default data layout for the spec's llvm-target and llvm-abiname; null when LLVM has none. */
function expectedDataLayout(spec) {
    if (typeof spec['llvm-target'] !== 'string')
        return null;
    // A RISC-V ABI name rustc refuses is replaced by the fix spec-riscv-abiname gives: the layout follows that one.
    const arch = spec_llvm_str(spec.arch);
    const riscv = own(RISCV_ABIS, arch);
    const abi = riscv && !riscv.includes(spec_llvm_str(spec['llvm-abiname'])) ? riscvAbiGuess(arch, spec_llvm_str(spec.features)) : spec_llvm_str(spec['llvm-abiname']);
    return llvmDataLayout(spec['llvm-target'], abi);
}
/** rustc's arch for an LLVM arch, for hints when the spec has none. */
const RUSTC_ARCH_OF = {
    x86: 'x86', x86_64: 'x86_64', arm: 'arm', armeb: 'arm', thumb: 'arm', thumbeb: 'arm', aarch64: 'aarch64', aarch64_be: 'aarch64', aarch64_32: 'aarch64',
    ppc: 'powerpc', ppcle: 'powerpc', ppc64: 'powerpc64', ppc64le: 'powerpc64', mips: 'mips', mipsel: 'mips', mips64: 'mips64', mips64el: 'mips64',
    riscv32: 'riscv32', riscv64: 'riscv64', loongarch32: 'loongarch32', loongarch64: 'loongarch64', sparc: 'sparc', sparcv9: 'sparc64',
    systemz: 's390x', wasm32: 'wasm32', wasm64: 'wasm64', nvptx64: 'nvptx64', amdgcn: 'amdgpu', avr: 'avr', bpfel: 'bpf', bpfeb: 'bpf',
    hexagon: 'hexagon', msp430: 'msp430', m68k: 'm68k', csky: 'csky', xtensa: 'xtensa',
};
/** The CPU to suggest where the arch's CPU list decides (a generic one of the right width). */
const GENERIC_CPU = { x86_64: 'x86-64', riscv32: 'generic-rv32', riscv64: 'generic-rv64', loongarch32: 'generic-la32', loongarch64: 'generic-la64', hexagon: 'hexagonv60', ppc64: 'pwr7', ppc64le: 'pwr8', 'ppc64-aix': 'pwr7', mips64: 'mips64r2' };
const LOONGARCH_ABIS = ['ilp32d', 'lp64d', 'ilp32f', 'lp64f', 'ilp32s', 'lp64s'];
function llvmProblems(spec, ctx = {}) {
    const out = [];
    const add = (path, code, message, hint) => out.push({ path, code, message, hint });
    const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : null;
    const arch = llvmTarget !== null ? parseLlvmTriple(llvmTarget).arch : null;
    if (llvmTarget !== null)
        targetProblems(llvmTarget, spec, ctx, add);
    if (arch && hasLlvmBackend(arch)) {
        archMismatchProblems(spec, arch, llvmTarget, add);
        codeModelProblems(spec, arch, add);
        relocationProblems(spec, llvmTarget, add);
        abiNameProblems(spec, arch, add);
        cpuProblems(spec, arch, add);
        stackProbeProblems(spec, arch, ctx, add);
        splitDwarfProblems(spec, llvmTarget, add);
    }
    sseProblems(spec, add);
    return out;
}
function targetProblems(llvmTarget, spec, ctx, add) {
    const archName = llvmTarget.split('-')[0] ?? '';
    const arch = parseLlvmArch(archName);
    const rustcArch = spec_llvm_str(spec.arch);
    const sameArch = (ctx.builtinLlvmTargets ?? []).filter((t) => {
        const a = parseLlvmArch(t.split('-')[0] ?? '');
        return a !== null && RUSTC_ARCH_OF[a] === rustcArch;
    });
    // A triple whose LLVM layout is the spec's own first: another one fails the layout check next.
    const fits = sameArch.filter((t) => llvmDataLayout(t, spec_llvm_str(spec['llvm-abiname'])) === spec['data-layout']);
    const pickFrom = (list) => list.find((t) => /-none(-elf)?$/.test(t)) ?? list.find((t) => t.includes('-none')) ?? list[0];
    const example = pickFrom(fits) ?? pickFrom(sameArch);
    const use = example ? `Write "llvm-target": "${example}" (a triple LLVM knows for "${rustcArch}").` : 'Use the llvm-target of the closest built-in (`rustc --print target-list`).';
    if (llvmTarget === '') {
        add('/llvm-target', 'spec-unknown-llvm-arch', 'llvm-target is empty; rustc cannot create an LLVM TargetMachine and crashes ("could not create LLVM TargetMachine").', use);
    }
    else if (arch === null) {
        // Spellings LLVM reads (its x86 is spelt i386…i686 in a triple, never "x86").
        const known = [...Object.keys(RUSTC_ARCH_OF).filter((k) => parseLlvmArch(k) !== null), 'i686'];
        const near = closestByEdit(archName, known);
        add('/llvm-target', 'spec-unknown-llvm-arch', `LLVM knows no arch "${archName}"; rustc cannot create an LLVM TargetMachine for "${llvmTarget}" and crashes.`, near && near.distance <= 2 ? `Write "llvm-target": "${[near.name, ...llvmTarget.split('-').slice(1)].join('-')}" (LLVM spells the arch "${near.name}").` : use);
    }
    else if (!hasLlvmBackend(arch)) {
        add('/llvm-target', 'spec-unknown-llvm-arch', `rustc's LLVM has no backend for "${archName}"; it cannot create a TargetMachine for "${llvmTarget}" and crashes.`, use);
    }
}
/** LLVM backend of each LLVM arch, and of each rustc arch whose target features rustc asks LLVM about. */
const BACKEND_OF_LLVM = {
    x86: 'x86', x86_64: 'x86', arm: 'arm', armeb: 'arm', thumb: 'arm', thumbeb: 'arm', aarch64: 'aarch64', aarch64_be: 'aarch64', aarch64_32: 'aarch64',
    ppc: 'ppc', ppcle: 'ppc', ppc64: 'ppc', ppc64le: 'ppc', mips: 'mips', mipsel: 'mips', mips64: 'mips', mips64el: 'mips',
    riscv32: 'riscv', riscv64: 'riscv', riscv32be: 'riscv', riscv64be: 'riscv', loongarch32: 'loongarch', loongarch64: 'loongarch',
    sparc: 'sparc', sparcel: 'sparc', sparcv9: 'sparc', systemz: 'systemz', wasm32: 'wasm', wasm64: 'wasm', nvptx: 'nvptx', nvptx64: 'nvptx',
    amdgcn: 'amdgpu', r600: 'amdgpu', avr: 'avr', bpfel: 'bpf', bpfeb: 'bpf', hexagon: 'hexagon', m68k: 'm68k', csky: 'csky', msp430: 'msp430', xtensa: 'xtensa',
};
/** msp430 and xtensa have no target-feature list in rustc, so it asks LLVM nothing (checked: accepted at --print cfg). */
const RUSTC_ARCH_BACKEND = {
    x86: 'x86', x86_64: 'x86', arm: 'arm', aarch64: 'aarch64', arm64ec: 'aarch64', powerpc: 'ppc', powerpc64: 'ppc', mips: 'mips', mips32r6: 'mips', mips64: 'mips', mips64r6: 'mips',
    riscv32: 'riscv', riscv64: 'riscv', loongarch32: 'loongarch', loongarch64: 'loongarch', sparc: 'sparc', sparc64: 'sparc', s390x: 'systemz', wasm32: 'wasm', wasm64: 'wasm',
    nvptx64: 'nvptx', amdgpu: 'amdgpu', avr: 'avr', bpf: 'bpf', hexagon: 'hexagon', m68k: 'm68k', csky: 'csky',
};
/** rustc asks LLVM about the target features of its arch: on another arch's backend LLVM aborts ("'+adx' is not a recognized feature"). */
function archMismatchProblems(spec, arch, llvmTarget, add) {
    const want = own(RUSTC_ARCH_BACKEND, spec_llvm_str(spec.arch));
    const have = BACKEND_OF_LLVM[arch];
    if (!want || !have || want === have)
        return;
    const fit = RUSTC_ARCH_OF[arch];
    add('/arch', 'spec-arch-llvm-mismatch', `"arch": "${spec_llvm_str(spec.arch)}" does not match llvm-target "${llvmTarget}" (LLVM's ${have} backend); rustc asks LLVM about ${spec_llvm_str(spec.arch)}'s target features and LLVM aborts ("… is not a recognized feature for this target").`, fit ? `Write "arch": "${fit}" (the arch of "${llvmTarget}"), or an llvm-target of the intended arch.` : `Use an llvm-target of the "${spec_llvm_str(spec.arch)}" arch.`);
}
function codeModelProblems(spec, arch, add) {
    const cm = spec['code-model'];
    if (typeof cm !== 'string')
        return;
    const aarch64 = arch === 'aarch64' || arch === 'aarch64_be' || arch === 'aarch64_32';
    const x86 = arch === 'x86' || arch === 'x86_64';
    // AArch64's tiny model exists for ELF only (Mach-O, COFF: "tiny code model is only supported on ELF").
    const triple = parseLlvmTriple(spec_llvm_str(spec['llvm-target']));
    const elf = triple.objectFormat === 'elf';
    // AArch64 ELF's ILP32 ABI (gnu_ilp32) cannot address data across the large model's 64-bit range (checked with
    // rustc 1.95: tiny and small build; arm64_32's Mach-O takes "large").
    const ilp32Elf = aarch64 && elf && /ilp32/.test(triple.env);
    if (cm === 'large' && ilp32Elf) {
        add('/code-model', 'spec-llvm-code-model', `AArch64's "large" code model is not available for ILP32 ("${spec_llvm_str(spec['llvm-target'])}"); rustc aborts (LLVM: "8 byte PC relative data relocation is not supported in ILP32").`, 'Use "small" (the default; delete "code-model") or "tiny".');
        return;
    }
    const bad = (cm === 'tiny' && !(aarch64 && elf)) || (cm === 'kernel' && !x86) || (cm === 'medium' && aarch64);
    if (!bad)
        return;
    add('/code-model', 'spec-llvm-code-model', aarch64 && cm === 'tiny'
        ? `AArch64's "tiny" code model exists for ELF only, not for "${spec_llvm_str(spec['llvm-target'])}"; rustc aborts (LLVM: "tiny code model is only supported on ELF").`
        : `LLVM's ${arch} backend has no "${cm}" code model; rustc aborts (LLVM: "${aarch64 ? 'Only small, tiny and large code models are allowed on AArch64' : `target does not support the ${cm} CodeModel`}").`, `Use "small" (the default; delete "code-model"), or ${aarch64 ? (elf ? '"tiny" or "large"' : '"large"') : x86 ? '"kernel", "medium" or "large"' : '"medium" or "large"'}.`);
}
/** AIX code is position-independent: LLVM refuses any other relocation model ("AIX only supports PIC"). */
function relocationProblems(spec, llvmTarget, add) {
    const rm = spec['relocation-model'];
    if (typeof rm !== 'string' || rm === 'pic' || rm === 'pie' || parseLlvmTriple(llvmTarget).os !== 'aix')
        return;
    add('/relocation-model', 'spec-llvm-relocation-model', `"relocation-model": "${rm}" on AIX; rustc aborts (LLVM: "invalid relocation model, AIX only supports PIC").`, 'Write "relocation-model": "pic" (or delete it).');
}
/**
 * rustc hands LLVM a split-DWARF (.dwo) file whenever "debuginfo-kind" is "dwarf" (the default) and
 * "split-debuginfo" is packed or unpacked, even without -g; LLVM writes .dwo only for ELF, COFF and Wasm objects
 * and aborts on Mach-O, XCOFF or GOFF ("dwo only supported with COFF, ELF, and Wasm"). Checked with rustc 1.95.
 */
function splitDwarfProblems(spec, llvmTarget, add) {
    const split = spec['split-debuginfo'];
    const kind = typeof spec['debuginfo-kind'] === 'string' ? spec['debuginfo-kind'] : 'dwarf';
    if ((split !== 'packed' && split !== 'unpacked') || kind !== 'dwarf')
        return;
    const format = parseLlvmTriple(llvmTarget).objectFormat;
    if (format === 'elf' || format === 'coff' || format === 'wasm')
        return;
    const apple = format === 'macho';
    add(spec['debuginfo-kind'] === 'dwarf' ? '/debuginfo-kind' : '/split-debuginfo', 'spec-split-dwarf', `"split-debuginfo": "${split}" with ${typeof spec['debuginfo-kind'] === 'string' ? '"debuginfo-kind": "dwarf"' : 'the default "debuginfo-kind" (dwarf)'} asks LLVM for split DWARF (.dwo) files, which it writes only for ELF, COFF and Wasm, not for the ${format} objects of "${llvmTarget}"; rustc aborts (LLVM: "dwo only supported with COFF, ELF, and Wasm").`, apple ? 'Write "debuginfo-kind": "dwarf-dsym" (Apple targets keep their DWARF in a .dSYM), or "split-debuginfo": "off".' : 'Write "split-debuginfo": "off".');
}
function abiNameProblems(spec, arch, add) {
    const abiname = spec_llvm_str(spec['llvm-abiname']);
    // A 64-bit ABI on a 32-bit MIPS triple works when the CPU or the features are 64-bit (checked with rustc 1.95).
    const cpu = spec_llvm_str(spec.cpu);
    const mips64Isa = (own(LLVM_USABLE_CPUS, 'mips64')?.includes(cpu) && cpu !== 'generic') || /(^|,)\+mips(3|4|5|64(r\d)?)(,|$)/.test(spec_llvm_str(spec.features));
    if ((arch === 'mips' || arch === 'mipsel') && (abiname.startsWith('n32') || abiname.startsWith('n64')) && !mips64Isa) {
        add('/llvm-abiname', 'spec-llvm-abiname', `"${abiname}" is a 64-bit MIPS ABI but "${spec_llvm_str(spec['llvm-target'])}" is 32-bit MIPS (LLVM: "64-bit code requested on a subtarget that doesn't support it").`, `Use "llvm-abiname": "o32" (or delete it) for 32-bit MIPS, or a mips64 llvm-target for ${abiname}.`);
    }
    const rustcArch = spec_llvm_str(spec.arch);
    if (rustcArch === 'powerpc64')
        powerpc64AbiProblems(spec, abiname, add);
    if ((rustcArch === 'loongarch32' || rustcArch === 'loongarch64') && !LOONGARCH_ABIS.includes(abiname)) {
        const w = rustcArch === 'loongarch64' ? 'lp64' : 'ilp32';
        const soft = /(^|,)-(f|d)\b/.test(spec_llvm_str(spec.features));
        add(abiname ? '/llvm-abiname' : '', 'spec-llvm-abiname', abiname
            ? `"${abiname}" is not a LoongArch ABI name; rustc panics on it ("internal error: entered unreachable code").`
            : 'LoongArch specs need "llvm-abiname"; without it rustc panics ("internal error: entered unreachable code").', `Use "llvm-abiname": "${w}${soft ? 's' : 'd'}" (one of ${LOONGARCH_ABIS.join(', ')}: d/f for hardware floats, s for soft-float).`);
    }
}
/** rustc's PowerPC64 rule: AIX no ABI name (asked first, whatever the byte order), little-endian elfv2, big-endian elfv1 or elfv2. */
function powerpc64AbiProblems(spec, abiname, add) {
    const little = spec['target-endian'] !== 'big';
    // rustc asks about AIX first: a little-endian spec with os aix also wants no ABI name.
    const aix = spec.os === 'aix';
    const allowed = aix ? [''] : little ? ['elfv2'] : ['elfv1', 'elfv2'];
    if (allowed.includes(abiname))
        return;
    const message = aix
        ? 'AIX targets always use the AIX ABI: "llvm-abiname" must be left out (rustc refuses the spec).'
        : little
            ? 'little-endian PowerPC64 targets only support the elfv2 ABI (rustc refuses the spec).'
            : `${abiname ? `"${abiname}" is not a PowerPC64 ABI name` : 'big-endian PowerPC64 specs need "llvm-abiname"'} (rustc: "invalid PowerPC64 ABI name").`;
    add(abiname ? '/llvm-abiname' : '', 'spec-llvm-abiname', message, aix ? 'Delete "llvm-abiname".' : little ? 'Write "llvm-abiname": "elfv2".' : `Write "llvm-abiname": "${spec.os === 'freebsd' || spec.os === 'openbsd' || (typeof spec.env === 'string' && spec.env.startsWith('musl')) ? 'elfv2' : 'elfv1'}" (Linux glibc uses elfv1; musl, FreeBSD and OpenBSD elfv2).`);
}
/**
 * The key of the CPU lists for a spec: its LLVM arch, but AIX apart (LLVM refuses an unknown CPU there), and 64-bit
 * MIPS only when "features" enable no 64-bit ISA (with +mips64r2 and the like any CPU name passes). null: no list.
 */
function cpuListKey(spec, arch) {
    if (arch === 'ppc64' && parseLlvmTriple(spec_llvm_str(spec['llvm-target'])).os === 'aix')
        return 'ppc64-aix';
    if (arch === 'mips64' || arch === 'mips64el')
        return /(^|,)\+mips(3|4|5|64(r\d)?)(,|$)/.test(spec_llvm_str(spec.features)) ? null : 'mips64';
    return arch;
}
/** A RISC-V target feature that fixes the width: +64bit/+32bit or a profile of that width (+rva23u64, +rvi20u32). */
function riscvWidthFeature(features, arch) {
    const w = arch === 'riscv64' ? '64' : '32';
    return features.split(',').some((f) => f === `+${w}bit` || new RegExp(`^\\+rv[a-z]+\\d+[a-z]${w}$`).test(f));
}
function cpuProblems(spec, arch, add) {
    const cpu = spec.cpu;
    if (typeof cpu !== 'string' || cpu === '')
        return;
    const key = cpuListKey(spec, arch);
    if (key === null)
        return;
    const usable = own(LLVM_USABLE_CPUS, key);
    const fatal = own(LLVM_FATAL_CPUS, key);
    if (usable ? usable.includes(cpu) : !fatal?.includes(cpu))
        return;
    // RISC-V features that give the width themselves (+64bit, a profile like +rva23u64): then LLVM takes any CPU
    // name but one of the other width ("RV32 and RV64 can't be combined").
    if ((arch === 'riscv32' || arch === 'riscv64') && riscvWidthFeature(spec_llvm_str(spec.features), arch)) {
        const other = own(LLVM_USABLE_CPUS, arch === 'riscv64' ? 'riscv32' : 'riscv64') ?? [];
        if (!other.includes(cpu) || usable?.includes(cpu))
            return;
    }
    if (!usable) {
        // PowerPC64: LLVM knows the CPU, but it is a 32-bit embedded one (SPE).
        add('/cpu', 'spec-llvm-cpu', `"cpu": "${cpu}" is a CPU LLVM's ${arch} backend refuses for this 64-bit target (LLVM: "SPE is only supported for 32-bit targets"); rustc aborts.`, `Use "cpu": "${GENERIC_CPU[key] ?? 'generic'}" or a 64-bit CPU from \`rustc --print target-cpus --target <a built-in of this arch>\`.`);
        return;
    }
    const near = closestByEdit(cpu, [...usable]);
    const why = arch === 'x86_64'
        ? 'is not a 64-bit x86 CPU LLVM knows (LLVM: "64-bit code requested on a subtarget that doesn\'t support it")'
        : arch.startsWith('riscv')
            ? `is not an ${arch === 'riscv64' ? 'RV64' : 'RV32'} CPU LLVM knows (LLVM: "${arch === 'riscv64' ? 'RV64 target requires an RV64 CPU' : 'RV32 target requires an RV32 CPU'}")`
            : arch === 'hexagon'
                ? 'is not a Hexagon CPU LLVM knows (rustc dies of SIGILL at --print cfg)'
                : key === 'mips64'
                    ? 'is not a 64-bit MIPS CPU LLVM knows, and "features" enable no 64-bit ISA (LLVM: "64-bit code requested on a subtarget that doesn\'t support it")'
                    : key === 'ppc64-aix'
                        ? 'is not a PowerPC CPU with the floating point AIX needs (LLVM: "soft-float is not yet supported on AIX")'
                        : `is not a ${arch} CPU LLVM knows (LLVM: "Please use one feature of 32bit and 64bit")`;
    add('/cpu', 'spec-llvm-cpu', `"cpu": "${cpu}" ${why}; rustc aborts${arch === 'hexagon' ? '' : ' at codegen'}.`, `Use "cpu": "${near && near.distance <= 2 ? near.name : GENERIC_CPU[key]}"${near && near.distance <= 2 ? '' : ' or another CPU from `rustc --print target-cpus --target <a built-in of this arch>`'}.`);
}
function stackProbeProblems(spec, arch, ctx, add) {
    if (arch !== 'aarch64' && arch !== 'aarch64_be' && arch !== 'aarch64_32')
        return;
    // Windows and UEFI probe with a __chkstk call, which the backend does implement (aarch64-unknown-uefi).
    const os = parseLlvmTriple(spec_llvm_str(spec['llvm-target'])).os;
    if (os === 'windows' || os === 'uefi')
        return;
    const sp = spec['stack-probes'];
    if (!sp || typeof sp !== 'object' || Array.isArray(sp))
        return;
    const kind = sp.kind;
    const min = sp['min-llvm-version-for-inline'];
    const llvm = ctx.llvmMajor ?? 22;
    const callOnThisLlvm = kind === 'inline-or-call' && Array.isArray(min) && typeof min[0] === 'number' && min[0] > llvm;
    if (kind !== 'call' && !callOnThisLlvm)
        return;
    add('/stack-probes', 'spec-stack-probes-unsupported', `AArch64's LLVM backend only probes the stack inline outside Windows; ${kind === 'call' ? '"call"' : `"inline-or-call" falls back to a call on LLVM ${llvm}`} aborts codegen (LLVM: "Unsupported stack probing method").`, 'Write "stack-probes": {"kind": "inline"}.');
}
/**
 * x86_64's hard-float ABI returns floats in SSE registers: with SSE disabled and no +soft-float, any
 * `extern "C" fn` returning f32/f64 fails at codegen (LLVM: "SSE register return with SSE disabled"). rustc
 * only warns, and reports "-sse2" without a softfloat rustc-abi itself (spec-abi-feature).
 */
function sseProblems(spec, add) {
    if (spec.arch !== 'x86_64' || typeof spec.features !== 'string')
        return;
    const list = spec.features.split(',');
    if (list.includes('+soft-float'))
        return;
    const rustcAbi = spec_llvm_str(spec['rustc-abi']);
    // Another rustc-abi is wrong for x86_64 and reported (spec-rustc-abi) with its own fix.
    if (!['', 'softfloat', 'x86-softfloat'].includes(rustcAbi))
        return;
    const softAbi = rustcAbi !== '';
    const noSse = list.includes('-sse') || list.includes('-sse2');
    if (!noSse || (!softAbi && list.includes('-sse2')))
        return;
    const off = list.includes('-sse') ? '-sse' : '-sse2';
    add('/features', 'spec-hard-float-without-sse', softAbi
        ? `"rustc-abi": "${rustcAbi}" without "+soft-float" keeps LLVM's hard-float ABI, and "${off}" leaves it no SSE registers for floats (LLVM: "SSE register return with SSE disabled").`
        : `"${off}" disables SSE, but the default x86_64 ABI returns floats in SSE registers (LLVM: "SSE register return with SSE disabled"); rustc only warns.`, softAbi
        ? `Write "features": "${spec.features},+soft-float".`
        : `For a kernel without SSE write "rustc-abi": "softfloat" and "features": "${spec.features},+soft-float"; otherwise drop "${off}".`);
}

;// CONCATENATED MODULE: ./shared/rust/spec-rustc.ts

/**
 * The smallest crate that makes rustc 1.95 run codegen for a target without core: the lang items it requires,
 * and `extern "C"` functions that pass and return f32, f64 and i128, so a float ABI LLVM cannot lower (SSE
 * disabled under the hard-float ABI) fails here as it would in the first real crate.
 */
const NO_CORE_PROBE = `#![feature(no_core, lang_items)]
#![allow(internal_features)]
#![no_core]
#![crate_type = "lib"]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[no_mangle] pub extern "C" fn rda_probe(x: u32) -> u32 { x }
#[no_mangle] pub extern "C" fn rda_probe_f32(x: f32) -> f32 { x }
#[no_mangle] pub extern "C" fn rda_probe_f64(x: f64) -> f64 { x }
#[no_mangle] pub extern "C" fn rda_probe_i128(x: i128) -> i128 { x }
`;
/** BPF has no aggregate returns, so no i128 through extern "C" on any BPF spec (LLVM: "aggregate returns are not supported"). */
function probeFor(arch) {
    return arch === 'bpf' ? NO_CORE_PROBE.replace(/^#\[no_mangle\] pub extern "C" fn rda_probe_i128.*\n/m, '') : NO_CORE_PROBE;
}
/** The `-C target-cpu=…` / `-C target-feature=…` options among rustflags, as separate arguments. */
function codegenFlags(rustflags) {
    const out = [];
    for (let n = 0; n < rustflags.length; n++) {
        const a = rustflags[n];
        const joined = /^-C(target-(?:cpu|feature)=.*)$/.exec(a) ?? /^--codegen=(target-(?:cpu|feature)=.*)$/.exec(a);
        if (joined)
            out.push('-C', joined[1]);
        else if ((a === '-C' || a === '--codegen') && /^target-(cpu|feature)=/.test(rustflags[n + 1] ?? ''))
            out.push('-C', rustflags[++n]);
    }
    return out;
}
/** Parse rustc's one error about a target spec into message/path/line/column. */
function parseRustcSpecError(stderr) {
    const lines = stderr.split('\n');
    // LLVM's fatal errors come without "error:" (`rustc-LLVM ERROR: …`), and before the panic or ICE text.
    const llvm = lines.find((l) => /^(rustc-)?LLVM ERROR: /.test(l));
    if (llvm)
        return { message: llvm.replace(/^(rustc-)?LLVM ERROR: /, 'LLVM: '), path: '' };
    const first = lines.find((l) => l.startsWith('error') || l.includes('panicked at'));
    if (!first)
        return null;
    let message = first.replace(/^error(\[\w+\])?: /, '');
    if (/panicked at/.test(first)) {
        const idx = lines.indexOf(first);
        message = `rustc panicked: ${lines[idx + 1] ?? first}`.trim();
    }
    if (/internal compiler error/.test(first)) {
        const real = lines.find((l, n) => n > lines.indexOf(first) && l.startsWith('error: '));
        if (real)
            message = real.slice(7);
    }
    const m = /^error loading target specification: (?:([\w-]+): )?(.*?)(?: at line (\d+) column (\d+))?$/.exec(message);
    if (m) {
        const path = m[1] ? `/${m[1]}` : '';
        const out = { message: m[2].replace(/, expected one of .*$/, ''), path };
        if (m[3])
            out.line = Number(m[3]);
        if (m[4])
            out.column = Number(m[4]);
        return out;
    }
    const field = /"([\w-]+)"/.exec(message);
    return { message, path: field ? `/${field[1]}` : '' };
}
function stem(file) {
    return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');
}
/** Ask the real rustc about a spec file: `--print cfg` (and a no_core compile for `codegen`). */
async function confirmSpecWithRustc(run, specPath, opts) {
    const rustc = opts.rustc ?? 'rustc';
    const env = { ...opts.env, RUSTC_BOOTSTRAP: '1' };
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const file = opts.file ?? specPath;
    const flags = codegenFlags(opts.rustflags ?? []);
    const reject = (stderr, stage) => {
        const e = parseRustcSpecError(stderr);
        const f = rust_findings/* rustFindings */.R.make('rustc-rejected', `rustc (${stage}) rejected the spec: ${e?.message ?? stderr.trim().split('\n')[0] ?? 'unknown error'}`, {
            file,
            ...(e?.line !== undefined ? { line: e.line } : {}),
            // Shown only when our own checks found nothing: there is no list above to point at.
            hint: 'Fix what rustc names and run again: rustc reports one problem per run.',
        });
        f.path = e?.path ?? '';
        return { accepted: false, cfg: null, findings: [f], stderr };
    };
    const r = await run(rustc, ['-Z', 'unstable-options', '--print', 'cfg', '--target', specPath, ...flags], { env, timeoutMs });
    if (r.code !== 0)
        return reject(r.stderr, '--print cfg');
    const cfg = new Map();
    for (const l of r.stdout.split('\n')) {
        const m = /^([\w]+)(?:="(.*)")?$/.exec(l.trim());
        if (!m)
            continue;
        const list = cfg.get(m[1]) ?? [];
        if (m[2] !== undefined)
            list.push(m[2]);
        cfg.set(m[1], list);
    }
    if (opts.level === 'codegen') {
        const out = `${opts.outDir ?? '.'}/rda-probe-${stem(specPath)}.o`;
        const c = await run(rustc, ['-Z', 'unstable-options', '--target', specPath, '--crate-name', 'rda_probe', '--emit=obj', '-C', 'panic=abort', ...flags, '-o', out, '-'], { env, timeoutMs, input: probeFor(cfg.get('target_arch')?.[0]) });
        if (c.code !== 0)
            return reject(c.stderr, 'codegen');
    }
    return { accepted: true, cfg, findings: [], stderr: r.stderr };
}

;// CONCATENATED MODULE: ./shared/rust/target-spec.ts










const REQUIRED_KEYS = ['llvm-target', 'data-layout', 'arch', 'target-pointer-width'];
/** Fields old specs carry that rustc 1.95 no longer knows, with what to write instead. */
const LEGACY_FIELDS = {
    'eliminate-frame-pointer': {
        renamedTo: 'frame-pointer',
        hint: 'Replace with "frame-pointer": "always" (was false) or "may-omit" (was true); "non-leaf" keeps them outside leaf functions.',
    },
    'is-like-none': { removed: true, hint: 'Delete it; "os": "none" (or no "os") already means a bare-metal target.' },
    'needs-plt': { renamedTo: 'plt-by-default', hint: 'Rename to "plt-by-default" (same meaning).' },
    'is-builtin': { removed: true, hint: 'Delete it; only compiled-in targets are built-in.' },
    'is-like-osx': { renamedTo: 'is-like-darwin', hint: 'Rename to "is-like-darwin".' },
    'has-elf-tls': { renamedTo: 'has-thread-local', hint: 'Rename to "has-thread-local".' },
    'default-hidden-visibility': {
        renamedTo: 'default-visibility',
        hint: 'Replace with "default-visibility": "hidden" (was true) or delete it (was false).',
    },
    'abi-blacklist': { removed: true, hint: 'Delete it; rustc decides unsupported ABIs per arch now.' },
    'unsupported-abis': { removed: true, hint: 'Delete it; rustc decides unsupported ABIs per arch now.' },
    'forces-embed-bitcode': { removed: true, hint: 'Delete it (bitcode embedding was removed).' },
    'bitcode-llvm-cmdline': { removed: true, hint: 'Delete it (bitcode embedding was removed).' },
    'i128-lowering': { removed: true, hint: 'Delete it.' },
    'no-compiler-rt': { removed: true, hint: 'Delete it; compiler_builtins is built with -Zbuild-std (add "compiler-builtins-mem" to build-std-features if there is no libc).' },
    'is-like-fuchsia': { removed: true, hint: 'Delete it; use "os": "fuchsia".' },
    'is-like-emscripten': { removed: true, hint: 'Delete it; use "os": "emscripten".' },
    'target-os': { renamedTo: 'os', hint: 'Rename to "os".' },
    'target-env': { renamedTo: 'env', hint: 'Rename to "env".' },
    'target-vendor': { renamedTo: 'vendor', hint: 'Rename to "vendor".' },
};
const INTEGER_FIELDS = ['target-pointer-width', 'target-c-int-width', 'max-atomic-width', 'min-atomic-width', 'c-enum-min-bits', 'default-dwarf-version', 'min-global-align', 'default-codegen-units'];
function parseDataLayout(dl) {
    let endian = 'little';
    let pointerBits = 64;
    let explicitPointer = false;
    for (const tok of dl.split('-')) {
        if (tok === 'e')
            endian = 'little';
        else if (tok === 'E')
            endian = 'big';
        else {
            const m = /^p(0?):(\d+):/.exec(tok) ?? /^p(0?):(\d+)$/.exec(tok);
            if (m) {
                pointerBits = Number(m[2]);
                explicitPointer = true;
            }
        }
    }
    return { endian, pointerBits, explicitPointer };
}
/** The built-in whose data-layout a custom spec should share: same llvm-target, else same LLVM arch, width and endianness. */
function closestBuiltin(spec, catalog) {
    const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : '';
    const exact = [...catalog.targets.values()].filter((f) => f.llvmTarget === llvmTarget);
    exact.sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.target.localeCompare(b.target));
    if (exact.length > 0)
        return { facts: exact[0], exact: true, layouts: [...new Set(exact.map((f) => f.dataLayout))] };
    const llvmArch = llvmTarget.split('-')[0] ?? '';
    const width = typeof spec['target-pointer-width'] === 'number' ? spec['target-pointer-width'] : Number(spec['target-pointer-width']);
    const endian = spec['target-endian'] === 'big' ? 'big' : 'little';
    const arch = typeof spec.arch === 'string' ? spec.arch : '';
    let near = [...catalog.targets.values()].filter((f) => f.llvmTarget.split('-')[0] === llvmArch && f.pointerWidth === width && f.endian === endian);
    if (near.length === 0)
        near = [...catalog.targets.values()].filter((f) => f.arch === arch && f.pointerWidth === width && f.endian === endian);
    // The ABI name changes the layout (RISC-V ilp32e's stack alignment, MIPS n32): compare like with like.
    const abiname = typeof spec['llvm-abiname'] === 'string' ? spec['llvm-abiname'] : '';
    const sameAbi = near.filter((f) => (f.llvmAbiname ?? '') === abiname);
    if (sameAbi.length > 0)
        near = sameAbi;
    if (near.length === 0)
        return null;
    // The most common layout among them is LLVM's default for that arch in all but OS-specific mangling.
    const count = new Map();
    for (const f of near)
        count.set(f.dataLayout, (count.get(f.dataLayout) ?? 0) + 1);
    const layouts = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
    // Name the most telling example: same name as the llvm-target, else same os, else the best-supported.
    const withLayout = near.filter((f) => f.dataLayout === layouts[0]);
    const os = typeof spec.os === 'string' ? spec.os : 'none';
    const best = withLayout.find((f) => f.target === llvmTarget) ??
        withLayout.find((f) => f.os === os) ??
        [...withLayout].sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.target.localeCompare(b.target))[0];
    return { facts: best, exact: false, layouts };
}
function target_spec_stem(file) {
    if (!file)
        return 'custom';
    const base = file.split(/[\\/]/).pop() ?? file;
    return base.replace(/\.json$/i, '');
}
const JSON_HINTS = {
    'json-syntax': 'Fix the JSON at this point; everything after it could not be checked.',
    'json-trailing-comma': 'Delete the comma after the last element.',
    'json-comment': 'Delete the comment; JSON has none (keep notes in a "metadata": {"description": …}).',
    'json-duplicate-key': 'Keep one of the two; rustc refuses the file otherwise.',
    'json-missing-comma': 'Add a comma after the previous value.',
    'json-bom': 'Save the file as UTF-8 without a byte-order mark.',
};
const p = (k) => `/${pointerToken(k)}`;
const target_spec_num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : null);
function validateTargetSpec(text, opts = {}) {
    const file = opts.file;
    const name = opts.name ?? target_spec_stem(file);
    const catalog = opts.catalog ?? null;
    const doc = parseJsonWithPositions(text);
    const findings = [];
    const make = (code, path, message, where) => {
        const f = rust_findings/* rustFindings */.R.make(code, message, { ...(file !== undefined ? { file } : {}), ...where });
        f.path = path;
        findings.push(f);
    };
    for (const issue of doc.issues)
        make(issue.code, issue.path, issue.message, { line: issue.line, column: issue.column, hint: JSON_HINTS[issue.code] });
    const done = (spec, facts, closest) => {
        findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
        return { name, ...(file !== undefined ? { file } : {}), spec, findings, valid: !findings.some((f) => f.severity === 'error'), facts, closest };
    };
    const value = doc.value;
    if (value === undefined)
        return done(null, null, null);
    const add = (code, path, message, hint, severity) => {
        const at = positionOf(doc, path);
        make(code, path, path ? `${path}: ${message}` : message, { ...(at ? { line: at.line, column: at.column } : {}), hint, ...(severity !== undefined ? { severity } : {}) });
    };
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        add('spec-not-object', '', 'A target spec must be a JSON object.', 'Wrap the fields in { … }.');
        return done(null, null, null);
    }
    const spec = value;
    const ctx = { spec, catalog, schema: opts.schema ?? catalog?.schema ?? null, handled: new Set(), schemaOnly: new Set(), add };
    if (spec['need-explicit-cpu'] === true && !codegenFlags(opts.rustflags ?? []).some((a) => a.startsWith('target-cpu='))) {
        add('spec-needs-cpu', p('need-explicit-cpu'), 'rustc compiles for this target only with -C target-cpu ("target requires explicitly specifying a cpu with `-C target-cpu`"), and the target entry gives none.', `Give the target entry rustflags: [-C, target-cpu=${typeof spec.cpu === 'string' && spec.cpu !== '' ? spec.cpu : '<cpu>'}] (the spec's "cpu" does not count).`);
    }
    oldFormFindings(ctx, doc);
    requiredKeyFindings(ctx);
    schemaFindings(ctx);
    layoutFindings(ctx);
    ruleFindings(ctx);
    const closest = builtinFindings(ctx);
    return done(spec, factsFromSpec(name, spec), closest);
}
/** Old forms rustc 1.95 rejects, each with its own fix. */
function oldFormFindings({ spec, schema, handled, schemaOnly, add }, doc) {
    for (const k of ['target-pointer-width', 'target-c-int-width']) {
        const v = spec[k];
        if (typeof v === 'string') {
            handled.add(p(k));
            // The pointer width is LLVM's for the llvm-target (what the data-layout check will want), else the string's.
            const llvmWidth = k === 'target-pointer-width' ? pointerWidthOf(spec) : null;
            const n = llvmWidth !== null ? String(llvmWidth) : /^\d+$/.test(v) ? v : k === 'target-pointer-width' ? '<16|32|64>' : '32';
            add('spec-string-width', p(k), `"${v}" is a string; rustc 1.95 wants a number.`, `Write "${k}": ${n} (no quotes).`);
        }
    }
    for (const [k, legacy] of Object.entries(LEGACY_FIELDS)) {
        if (!(k in spec))
            continue;
        handled.add(p(k));
        const what = legacy.removed ? 'was removed from rustc' : `was renamed to "${legacy.renamedTo}"`;
        const present = legacy.renamedTo && legacy.renamedTo in spec ? ` ("${legacy.renamedTo}" is already set: delete this one)` : '';
        add(legacy.removed ? 'spec-removed-field' : 'spec-renamed-field', p(k), `"${k}" ${what}; rustc rejects unknown fields.${present}`, legacy.hint);
    }
    if (typeof spec['stack-probes'] === 'boolean') {
        handled.add(p('stack-probes'));
        add('spec-stack-probes-bool', p('stack-probes'), `boolean stack-probes is the old form; rustc 1.95 wants an object.`, spec['stack-probes'] ? 'Write "stack-probes": {"kind": "inline"} (or {"kind": "call"} for the old __rust_probestack call).' : 'Write "stack-probes": {"kind": "none"}.');
    }
    // 64.0 reads as 64 in JavaScript, but rustc wants an integer literal where its schema says integer.
    const props = (schema?.properties ?? {});
    for (const fp of doc.floats) {
        const key = fp.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
        const t = props[key]?.type;
        const wantsInteger = fp.lastIndexOf('/') === 0 && (t === 'integer' || (Array.isArray(t) && t.includes('integer') && !t.includes('number')));
        if (wantsInteger || (fp.lastIndexOf('/') === 0 && !schema && INTEGER_FIELDS.includes(key))) {
            handled.add(fp);
            const v = spec[key];
            add('spec-not-integer', fp, `${key} is written as a decimal number; rustc wants an integer.`, `Write "${key}": ${typeof v === 'number' ? Math.trunc(v) : '<integer>'}.`);
        }
    }
    if (spec['rustc-abi'] === 'x86-softfloat') {
        // rustc still reads the old name, its schema lists only the new one (the arch rules still apply to it).
        schemaOnly.add(p('rustc-abi'));
        add('spec-legacy-value', p('rustc-abi'), '"x86-softfloat" is the old name of the softfloat rustc-abi.', 'Write "rustc-abi": "softfloat".');
    }
    for (const k of INTEGER_FIELDS) {
        const v = spec[k];
        if (typeof v === 'string' && !handled.has(p(k))) {
            handled.add(p(k));
            add('spec-string-number', p(k), `"${v}" is a string; rustc wants a number.`, `Write "${k}": ${/^\d+$/.test(v) ? v : '<number>'} (no quotes).`);
        }
    }
}
/** The pointer width LLVM gives the spec's llvm-target, else the data-layout's; null when neither is known. */
function pointerWidthOf(spec) {
    const llvm = expectedDataLayout(spec);
    if (llvm !== null)
        return layoutPointerBits(llvm);
    return typeof spec['data-layout'] === 'string' ? parseDataLayout(spec['data-layout']).pointerBits : null;
}
/** The rustc arch built-ins with this llvm-target's LLVM arch use (the catalog), else the usual mapping. */
function archFor(llvmTarget, catalog) {
    const llvmArch = parseLlvmTriple(llvmTarget).arch;
    if (!llvmArch)
        return null;
    const count = new Map();
    for (const f of catalog?.targets.values() ?? []) {
        if (parseLlvmTriple(f.llvmTarget).arch === llvmArch)
            count.set(f.arch, (count.get(f.arch) ?? 0) + 1);
    }
    const best = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return best ?? RUSTC_ARCH_OF[llvmArch] ?? null;
}
/** Required keys (also in the schema; reported here once, with an example derived from the rest of the spec). */
function requiredKeyFindings({ spec, catalog, add }) {
    const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : null;
    const arch = typeof spec.arch === 'string' ? spec.arch : null;
    // Among the built-ins of the arch, one whose LLVM layout is the spec's own (else the layout check fails next), bare metal first.
    const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
    const abiname = typeof spec['llvm-abiname'] === 'string' ? spec['llvm-abiname'] : '';
    const exampleTarget = arch && catalog
        ? [...catalog.targets.values()]
            .filter((f) => f.arch === arch)
            .sort((a, b) => Number(llvmDataLayout(b.llvmTarget, abiname) === dl) - Number(llvmDataLayout(a.llvmTarget, abiname) === dl) || Number(b.os === 'none') - Number(a.os === 'none'))[0]?.llvmTarget
        : undefined;
    const derivedArch = llvmTarget !== null ? archFor(llvmTarget, catalog) : null;
    const layout = expectedDataLayout(spec);
    const width = pointerWidthOf(spec);
    const examples = {
        'llvm-target': `"llvm-target": "${exampleTarget ?? 'x86_64-unknown-none'}"`,
        'data-layout': layout !== null ? `"data-layout": "${layout}" (LLVM's default for "${llvmTarget}")` : '"data-layout": "<LLVM\'s default for the llvm-target: rustc --print target-spec-json -Z unstable-options --target <closest built-in>>"',
        arch: derivedArch !== null ? `"arch": "${derivedArch}"` : '"arch": "<the rustc arch of the llvm-target, e.g. x86_64>"',
        'target-pointer-width': width !== null ? `"target-pointer-width": ${width}` : '"target-pointer-width": <16, 32 or 64: the pointer size of the llvm-target>',
    };
    for (const k of REQUIRED_KEYS) {
        if (!(k in spec))
            add('spec-missing-key', '', `Required key "${k}" is missing.`, `Add ${examples[k]}.`);
    }
}
/** The toolchain's own schema, for everything the specific rules did not already explain. */
function schemaFindings({ spec, schema, handled, schemaOnly, add }) {
    if (!schema) {
        builtinEnumFindings(spec, add);
        return;
    }
    const known = schemaPropertyNames(schema);
    for (const e of validateAgainstSchema(schema, spec)) {
        if (e.kind === 'required')
            continue;
        if ([...handled, ...schemaOnly].some((h) => e.path === h || e.path.startsWith(`${h}/`)))
            continue;
        if (e.kind === 'additional' && e.path.lastIndexOf('/') === 0) {
            const key = e.key ?? '';
            const near = closestByEdit(key, known);
            const hint = near && near.distance <= 3 ? `Did you mean "${near.name}"? Otherwise delete it.` : 'Delete it, or check `rustc -Z unstable-options --print target-spec-json-schema` for the current name.';
            add('spec-unknown-field', e.path, `Unknown field "${key}"; rustc rejects unknown fields.`, hint);
        }
        else if (e.kind === 'additional') {
            add('spec-unknown-field', e.path, `Key "${e.key ?? ''}" is not allowed here.`, 'Delete it.');
        }
        else {
            const got = valueAt(spec, e.path);
            add('spec-schema', e.path, `${JSON.stringify(got)} is not ${e.expected}.`, `Write ${e.expected} here.`);
        }
    }
}
/**
 * Without a schema (a caller with no catalog) only the linker flavor is checked against a list of our own: it is
 * the list rustc 1.95 prints in its error, which the link-args keys are checked against anyway, and an unknown
 * flavor otherwise passes every flavor rule unnoticed. Other enums wait for the schema (the actions always have
 * one: the toolchain's, else the snapshot's), so a newer rustc's new values are never refused from a stale list.
 */
function builtinEnumFindings(spec, add) {
    const flavor = spec['linker-flavor'];
    if (typeof flavor !== 'string' || LINKER_FLAVORS.includes(flavor))
        return;
    const near = closestByEdit(flavor, LINKER_FLAVORS);
    add('spec-schema', p('linker-flavor'), `"${flavor}" is not a linker flavor (rustc: "invalid linker flavor"; it knows ${LINKER_FLAVORS.join(', ')}).`, near && near.distance <= 3 ? `Did you mean "linker-flavor": "${near.name}"?` : `Write one of ${LINKER_FLAVORS.map((f) => `"${f}"`).join(', ')} here.`);
}
/**
 * data-layout against pointer width and endianness (rustc: "inconsistent target specification"), and against
 * LLVM's default for the llvm-target and llvm-abiname (rustc: a mismatch fails codegen). Every fix is LLVM's
 * layout, or the width/endianness LLVM's triple has: the spec's own layout is never the reference.
 */
function layoutFindings({ spec, add }) {
    const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
    const width = target_spec_num(spec['target-pointer-width']);
    if (width !== null && Number.isFinite(width) && ![16, 32, 64].includes(width)) {
        add('spec-pointer-width', p('target-pointer-width'), `${width} is not a pointer width rustc supports.`, 'Use 16, 32 or 64.');
    }
    if (dl === null)
        return;
    const llvm = expectedDataLayout(spec);
    // Not String(): an object from the file with its own "toString" key cannot be converted (the schema check says what is wrong).
    const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : '';
    const useLlvm = llvm !== null ? `"data-layout": "${llvm}"` : null;
    const layout = parseDataLayout(dl);
    if (width !== null && [16, 32, 64].includes(width) && layout.pointerBits !== width) {
        const llvmBits = llvm !== null ? layoutPointerBits(llvm) : null;
        const hint = llvmBits === null
            ? `Make them agree: "p:${width}:${width}" in data-layout, or "target-pointer-width": ${layout.pointerBits}.`
            : llvmBits === width
                ? `Use ${useLlvm}${alsoWidthEndian(spec, llvm)} (LLVM's for "${llvmTarget}").`
                : `Write "target-pointer-width": ${llvmBits}: "${llvmTarget}" has ${llvmBits}-bit pointers${llvm !== dl ? `, and use ${useLlvm}${alsoWidthEndian({ ...spec, 'target-pointer-width': llvmBits }, llvm)}` : ''}.`;
        add('spec-data-layout-pointer', p('data-layout'), `data-layout says pointers are ${layout.pointerBits}-bit${layout.explicitPointer ? '' : ' (no "p:" entry means 64)'}, but "target-pointer-width" is ${width}.`, hint);
    }
    const endian = spec['target-endian'] === 'big' ? 'big' : 'little';
    if (layout.endian !== endian) {
        const llvmEndian = llvm === null ? null : llvm.startsWith('E') ? 'big' : 'little';
        const hint = llvmEndian === null
            ? layout.endian === 'big'
                ? 'Add "target-endian": "big", or start data-layout with "e".'
                : 'Start data-layout with "E", or set "target-endian": "little".'
            : llvmEndian !== endian
                ? `Set "target-endian": "${llvmEndian}": "${llvmTarget}" is ${llvmEndian}-endian${llvm !== dl ? `, and use ${useLlvm}${alsoWidthEndian({ ...spec, 'target-endian': llvmEndian }, llvm)}` : ''}.`
                : `Use ${useLlvm}${alsoWidthEndian(spec, llvm)} (LLVM's for "${llvmTarget}").`;
        add('spec-data-layout-endian', p('data-layout'), `data-layout is ${layout.endian}-endian ("${layout.endian === 'big' ? 'E' : 'e'}"), but "target-endian" is ${endian}.`, hint);
    }
    if (llvm !== null && dl !== llvm) {
        const abi = typeof spec['llvm-abiname'] === 'string' && spec['llvm-abiname'] !== '' ? ` with "llvm-abiname": "${spec['llvm-abiname']}"` : '';
        add('spec-data-layout-llvm-default', p('data-layout'), `data-layout differs from LLVM's default for "${llvmTarget}"${abi} ("${llvm}"); rustc accepts the file but fails at codegen.`, `Use ${useLlvm}${alsoWidthEndian(spec, llvm)}.`);
    }
}
/** What else must change with LLVM's layout: its pointer width and byte order are rustc's checks too. */
function alsoWidthEndian(spec, llvm) {
    const parts = [];
    const bits = layoutPointerBits(llvm);
    if (target_spec_num(spec['target-pointer-width']) !== bits)
        parts.push(`"target-pointer-width": ${bits}`);
    const endian = llvm.startsWith('E') ? 'big' : 'little';
    if ((spec['target-endian'] === 'big' ? 'big' : 'little') !== endian)
        parts.push(`"target-endian": "${endian}"`);
    return parts.length > 0 ? ` with ${parts.join(' and ')}` : '';
}
/** rustc's consistency rules and LLVM's, all at once (rustc and LLVM stop at the first). */
function ruleFindings(ctx) {
    const { spec, catalog, handled, add } = ctx;
    const opts = { llvmMajor: Number(catalog?.rustc.llvmVersion?.split('.')[0]) || 22, builtinLlvmTargets: [...(catalog?.targets.values() ?? [])].map((f) => f.llvmTarget) };
    const again = (s) => [...consistencyProblems(s), ...llvmProblems(s, opts)];
    let problems = again(spec);
    // An unknown arch, or one of another LLVM backend, hides the rules of the arch it was meant to be (whose fix the
    // finding gives): check again with that one.
    const mismatch = problems.some((c) => c.code === 'spec-arch-llvm-mismatch') && typeof spec['llvm-target'] === 'string' ? archFor(spec['llvm-target'], catalog) : null;
    const near = mismatch ?? suggestedArch(spec, catalog);
    const withNear = near ? again({ ...spec, arch: near }) : [];
    if (mismatch) {
        // What the written arch alone asks for (its flags is-like-wasm/is-like-gpu, its llvm-abiname, its rustc-abi)
        // follows the arch the mismatch fix writes: a hint for the arch being replaced would contradict it, and
        // applying both gives a spec rustc refuses (seed 47: "llvm-abiname": "lp64d" beside "arch": "arm"). Only
        // what stays wrong with that arch is said, besides the mismatch itself.
        const stays = new Set(withNear.map((c) => `${c.code}@${c.path}`));
        problems = problems.filter((c) => c.code === 'spec-arch-llvm-mismatch' || stays.has(`${c.code}@${c.path}`));
    }
    for (const c of problems) {
        if (handled.has(c.path) && c.path !== '')
            continue;
        add(c.code, c.path, c.message, c.hint);
    }
    if (!near)
        return;
    const seen = new Set(problems.map((c) => `${c.code}@${c.path}`));
    for (const c of withNear) {
        if (seen.has(`${c.code}@${c.path}`) || (handled.has(c.path) && c.path !== ''))
            continue;
        add(c.code, c.path, `With "arch": "${near}" (the likely intent): ${c.message}`, c.hint);
    }
}
function knownArchs(catalog) {
    return [...new Set([...(catalog?.targets.values() ?? [])].map((f) => f.arch))];
}
/** The arch an unknown one was probably meant to be: the llvm-target's, else the closest spelling. */
function suggestedArch(spec, catalog) {
    const arch = typeof spec.arch === 'string' ? spec.arch : '';
    const archs = knownArchs(catalog);
    if (!arch || archs.length === 0 || archs.includes(arch))
        return null;
    const fromTarget = typeof spec['llvm-target'] === 'string' ? archFor(spec['llvm-target'], catalog) : null;
    if (fromTarget && archs.includes(fromTarget))
        return fromTarget;
    const near = closestByEdit(arch, archs);
    return near && near.distance <= 3 ? near.name : null;
}
/** Against the built-ins: an arch rustc has no lowering for (it panics at codegen); the closest built-in. */
function builtinFindings({ spec, catalog, add }) {
    if (!catalog || catalog.targets.size === 0)
        return null;
    const arch = typeof spec.arch === 'string' ? spec.arch : '';
    const archs = knownArchs(catalog);
    if (arch && !archs.includes(arch)) {
        const near = suggestedArch(spec, catalog);
        add('spec-unknown-arch', p('arch'), `"${arch}" is not an arch rustc knows; it accepts the file but panics at codegen ("no lowering implemented").`, near ? `Did you mean "${near}"?` : `Use one of: ${archs.sort().join(', ')}.`);
    }
    const near = closestBuiltin(spec, catalog);
    return near ? { facts: near.facts, exact: near.exact } : null;
}
function valueAt(obj, path) {
    let cur = obj;
    for (const part of path.split('/').slice(1)) {
        const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
        cur = cur?.[k];
    }
    return cur;
}

// EXTERNAL MODULE: ./shared/rust/matrix-start.ts
var matrix_start = __webpack_require__(3965);
// EXTERNAL MODULE: ./shared/rust/facts-query.ts
var facts_query = __webpack_require__(2975);
;// CONCATENATED MODULE: ./shared/rust/target-snapshot.ts
// Generated by .ci/gen-target-snapshot.ts from rustc 1.95.0 (59807616e 2026-04-14) — do not edit.
// Compact JSON kept in a string so every bundler and Node version can load it without JSON imports.
const TARGET_SNAPSHOT_JSON = "{\"rustc\":{\"release\":\"1.95.0\",\"commitHash\":\"59807616e1fa2540724bfbac14d7976d7e4a3860\",\"commitDate\":\"2026-04-14\",\"host\":\"x86_64-unknown-linux-gnu\",\"llvmVersion\":\"22.1.2\",\"line\":\"rustc 1.95.0 (59807616e 2026-04-14)\"},\"generatedBy\":\".ci/gen-target-snapshot.ts\",\"rustupStd\":{\"aarch64-apple-darwin\":true,\"aarch64-apple-ios\":true,\"aarch64-apple-ios-macabi\":true,\"aarch64-apple-ios-sim\":true,\"aarch64-apple-tvos\":true,\"aarch64-apple-tvos-sim\":true,\"aarch64-apple-visionos\":true,\"aarch64-apple-visionos-sim\":true,\"aarch64-apple-watchos\":true,\"aarch64-apple-watchos-sim\":true,\"aarch64-linux-android\":true,\"aarch64-pc-windows-gnullvm\":true,\"aarch64-pc-windows-msvc\":true,\"aarch64-unknown-fuchsia\":true,\"aarch64-unknown-linux-gnu\":true,\"aarch64-unknown-linux-musl\":true,\"aarch64-unknown-linux-ohos\":true,\"aarch64-unknown-none\":true,\"aarch64-unknown-none-softfloat\":true,\"aarch64-unknown-uefi\":true,\"arm-linux-androideabi\":true,\"arm-unknown-linux-gnueabi\":true,\"arm-unknown-linux-gnueabihf\":true,\"arm-unknown-linux-musleabi\":true,\"arm-unknown-linux-musleabihf\":true,\"arm64ec-pc-windows-msvc\":true,\"armv5te-unknown-linux-gnueabi\":true,\"armv5te-unknown-linux-musleabi\":true,\"armv7-linux-androideabi\":true,\"armv7-unknown-linux-gnueabi\":true,\"armv7-unknown-linux-gnueabihf\":true,\"armv7-unknown-linux-musleabi\":true,\"armv7-unknown-linux-musleabihf\":true,\"armv7-unknown-linux-ohos\":true,\"armv7a-none-eabi\":true,\"armv7a-none-eabihf\":true,\"armv7r-none-eabi\":true,\"armv7r-none-eabihf\":true,\"armv8r-none-eabihf\":true,\"i586-unknown-linux-gnu\":true,\"i586-unknown-linux-musl\":true,\"i686-linux-android\":true,\"i686-pc-windows-gnu\":true,\"i686-pc-windows-gnullvm\":true,\"i686-pc-windows-msvc\":true,\"i686-unknown-freebsd\":true,\"i686-unknown-linux-gnu\":true,\"i686-unknown-linux-musl\":true,\"i686-unknown-uefi\":true,\"loongarch64-unknown-linux-gnu\":true,\"loongarch64-unknown-linux-musl\":true,\"loongarch64-unknown-none\":true,\"loongarch64-unknown-none-softfloat\":true,\"nvptx64-nvidia-cuda\":true,\"powerpc-unknown-linux-gnu\":true,\"powerpc64-unknown-linux-gnu\":true,\"powerpc64-unknown-linux-musl\":true,\"powerpc64le-unknown-linux-gnu\":true,\"powerpc64le-unknown-linux-musl\":true,\"riscv32i-unknown-none-elf\":true,\"riscv32im-unknown-none-elf\":true,\"riscv32imac-unknown-none-elf\":true,\"riscv32imafc-unknown-none-elf\":true,\"riscv32imc-unknown-none-elf\":true,\"riscv64a23-unknown-linux-gnu\":true,\"riscv64gc-unknown-linux-gnu\":true,\"riscv64gc-unknown-linux-musl\":true,\"riscv64gc-unknown-none-elf\":true,\"riscv64imac-unknown-none-elf\":true,\"s390x-unknown-linux-gnu\":true,\"s390x-unknown-none-softfloat\":false,\"sparc64-unknown-linux-gnu\":true,\"sparcv9-sun-solaris\":true,\"thumbv6m-none-eabi\":true,\"thumbv7a-none-eabi\":false,\"thumbv7a-none-eabihf\":false,\"thumbv7em-none-eabi\":true,\"thumbv7em-none-eabihf\":true,\"thumbv7m-none-eabi\":true,\"thumbv7neon-linux-androideabi\":true,\"thumbv7neon-unknown-linux-gnueabihf\":true,\"thumbv7r-none-eabi\":false,\"thumbv7r-none-eabihf\":false,\"thumbv8m.base-none-eabi\":true,\"thumbv8m.main-none-eabi\":true,\"thumbv8m.main-none-eabihf\":true,\"thumbv8r-none-eabihf\":false,\"wasm32-unknown-emscripten\":true,\"wasm32-unknown-unknown\":true,\"wasm32-wasip1\":true,\"wasm32-wasip1-threads\":true,\"wasm32-wasip2\":true,\"wasm32v1-none\":true,\"x86_64-apple-darwin\":true,\"x86_64-apple-ios\":true,\"x86_64-apple-ios-macabi\":true,\"x86_64-fortanix-unknown-sgx\":true,\"x86_64-linux-android\":true,\"x86_64-pc-solaris\":true,\"x86_64-pc-windows-gnu\":true,\"x86_64-pc-windows-gnullvm\":true,\"x86_64-pc-windows-msvc\":true,\"x86_64-unknown-freebsd\":true,\"x86_64-unknown-fuchsia\":true,\"x86_64-unknown-illumos\":true,\"x86_64-unknown-linux-gnu\":true,\"x86_64-unknown-linux-gnuasan\":true,\"x86_64-unknown-linux-gnux32\":true,\"x86_64-unknown-linux-musl\":true,\"x86_64-unknown-linux-ohos\":true,\"x86_64-unknown-netbsd\":true,\"x86_64-unknown-none\":true,\"x86_64-unknown-redox\":true,\"x86_64-unknown-uefi\":true},\"targets\":{\"aarch64-apple-darwin\":{\"tier\":1,\"description\":\"ARM64 Apple macOS (11.0+, Big Sur+)\",\"std\":true,\"hostTools\":true,\"os\":\"macos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-macosx\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"aarch64-apple-ios\":{\"tier\":2,\"description\":\"ARM64 Apple iOS\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-ios\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a7\"},\"aarch64-apple-ios-macabi\":{\"tier\":2,\"description\":\"ARM64 Apple Mac Catalyst\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"macabi\",\"abi\":\"macabi\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-ios-macabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a12\"},\"aarch64-apple-ios-sim\":{\"tier\":2,\"description\":\"ARM64 Apple iOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-ios-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a7\"},\"aarch64-apple-tvos\":{\"tier\":2,\"description\":\"ARM64 Apple tvOS\",\"std\":true,\"hostTools\":false,\"os\":\"tvos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-tvos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a7\"},\"aarch64-apple-tvos-sim\":{\"tier\":2,\"description\":\"ARM64 Apple tvOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"tvos\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-tvos-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a7\"},\"aarch64-apple-visionos\":{\"tier\":2,\"description\":\"ARM64 Apple visionOS\",\"std\":true,\"hostTools\":false,\"os\":\"visionos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-xros\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a16\"},\"aarch64-apple-visionos-sim\":{\"tier\":2,\"description\":\"ARM64 Apple visionOS simulator\",\"std\":true,\"hostTools\":false,\"os\":\"visionos\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-xros-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a16\"},\"aarch64-apple-watchos\":{\"tier\":2,\"description\":\"ARM64 Apple watchOS\",\"std\":true,\"hostTools\":false,\"os\":\"watchos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-watchos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon,+apple-a7\"},\"aarch64-apple-watchos-sim\":{\"tier\":2,\"description\":\"ARM64 Apple watchOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"watchos\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64-apple-watchos-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a7\"},\"aarch64-kmc-solid_asp3\":{\"tier\":3,\"description\":\"ARM64 SOLID with TOPPERS/ASP3\",\"std\":true,\"hostTools\":false,\"os\":\"solid_asp3\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"kmc\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"aarch64-kmc-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon\"},\"aarch64-linux-android\":{\"tier\":2,\"description\":\"ARM64 Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-linux-android\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon\"},\"aarch64-nintendo-switch-freestanding\":{\"tier\":3,\"description\":\"ARM64 Nintendo Switch, Horizon\",\"std\":false,\"hostTools\":false,\"os\":\"horizon\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"nintendo\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8a,+neon,+crypto,+crc\"},\"aarch64-pc-windows-gnullvm\":{\"tier\":2,\"description\":\"ARM64 MinGW (Windows 10+), LLVM ABI\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"llvm\",\"vendor\":\"pc\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"aarch64-w64-mingw32-clang\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon\"},\"aarch64-pc-windows-msvc\":{\"tier\":1,\"description\":\"ARM64 Windows MSVC\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon\"},\"aarch64-unknown-freebsd\":{\"tier\":3,\"description\":\"ARM64 FreeBSD\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-freebsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-fuchsia\":{\"tier\":2,\"description\":\"ARM64 Fuchsia\",\"std\":true,\"hostTools\":false,\"os\":\"fuchsia\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-fuchsia\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+crc,+aes,+sha2,+neon\"},\"aarch64-unknown-helenos\":{\"tier\":3,\"description\":\"ARM64 HelenOS\",\"std\":true,\"hostTools\":false,\"os\":\"helenos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-helenos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"aarch64-helenos-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-hermit\":{\"tier\":3,\"description\":\"ARM64 Hermit\",\"std\":true,\"hostTools\":false,\"os\":\"hermit\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-hermit\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+strict-align,+neon\"},\"aarch64-unknown-illumos\":{\"tier\":3,\"description\":\"ARM64 illumos\",\"std\":true,\"hostTools\":true,\"os\":\"illumos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-solaris2.11\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"unix-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-linux-gnu\":{\"tier\":1,\"description\":\"ARM64 Linux (kernel 4.1, glibc 2.17+)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64-unknown-linux-gnu_ilp32\":{\"tier\":3,\"description\":\"ARM64 Linux (ILP32 ABI)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"ilp32\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-linux-gnu_ilp32\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64-unknown-linux-musl\":{\"tier\":2,\"description\":\"ARM64 Linux with musl 1.2.5\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64-unknown-linux-ohos\":{\"tier\":2,\"description\":\"ARM64 OpenHarmony\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"ohos\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-linux-ohos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"aarch64-unknown-managarm-mlibc\":{\"tier\":3,\"description\":\"managarm/aarch64\",\"std\":false,\"hostTools\":false,\"os\":\"managarm\",\"env\":\"mlibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-managarm-mlibc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8a\"},\"aarch64-unknown-netbsd\":{\"tier\":3,\"description\":\"ARM64 NetBSD\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-none\":{\"tier\":2,\"description\":\"Bare ARM64, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8a,+strict-align,+neon\"},\"aarch64-unknown-none-softfloat\":{\"tier\":2,\"description\":\"Bare ARM64, softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8a,+strict-align,-neon\"},\"aarch64-unknown-nto-qnx700\":{\"tier\":3,\"description\":\"ARM64 QNX Neutrino 7.0 RTOS\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto70\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-nto-qnx710\":{\"tier\":3,\"description\":\"ARM64 QNX Neutrino 7.1 RTOS with io-pkt network stack\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto71\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-nto-qnx710_iosock\":{\"tier\":3,\"description\":\"ARM64 QNX Neutrino 7.1 RTOS with io-sock network stack\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto71_iosock\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-nto-qnx800\":{\"tier\":3,\"description\":\"ARM64 QNX Neutrino 8.0 RTOS\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto80\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-nuttx\":{\"tier\":3,\"description\":\"AArch64 NuttX\",\"std\":true,\"hostTools\":false,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+strict-align,+neon\"},\"aarch64-unknown-openbsd\":{\"tier\":3,\"description\":\"ARM64 OpenBSD\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-openbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-redox\":{\"tier\":3,\"description\":\"ARM64 RedoxOS\",\"std\":null,\"hostTools\":false,\"os\":\"redox\",\"env\":\"relibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-redox\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-unknown-teeos\":{\"tier\":3,\"description\":\"ARM64 TEEOS\",\"std\":null,\"hostTools\":false,\"os\":\"teeos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+neon\"},\"aarch64-unknown-trusty\":{\"tier\":3,\"description\":\"ARM64 Trusty\",\"std\":true,\"hostTools\":false,\"os\":\"trusty\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-unknown-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+reserve-x18\"},\"aarch64-unknown-uefi\":{\"tier\":2,\"description\":\"ARM64 UEFI\",\"std\":null,\"hostTools\":false,\"os\":\"uefi\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-windows\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"msvc-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-uwp-windows-msvc\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a\"},\"aarch64-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+reserve-x18\"},\"aarch64_be-unknown-hermit\":{\"tier\":3,\"description\":\"ARM64 Hermit (big-endian)\",\"std\":true,\"hostTools\":false,\"os\":\"hermit\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-hermit\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+strict-align,+neon\"},\"aarch64_be-unknown-linux-gnu\":{\"tier\":3,\"description\":\"ARM64 Linux (big-endian)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64_be-unknown-linux-gnu_ilp32\":{\"tier\":3,\"description\":\"ARM64 Linux (big-endian, ILP32 ABI)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"ilp32\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-linux-gnu_ilp32\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64_be-unknown-linux-musl\":{\"tier\":3,\"description\":\"ARM64 Linux (big-endian) with musl-libc 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+outline-atomics\"},\"aarch64_be-unknown-netbsd\":{\"tier\":3,\"description\":\"ARM64 NetBSD (big-endian)\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"aarch64_be-unknown-none-softfloat\":{\"tier\":3,\"description\":\"Bare ARM64 (big-endian), softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64_be-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8a,+strict-align,-neon\"},\"aarch64v8r-unknown-none\":{\"tier\":3,\"description\":\"Bare Armv8-R AArch64, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8r,+strict-align\"},\"aarch64v8r-unknown-none-softfloat\":{\"tier\":3,\"description\":\"Bare Armv8-R AArch64, softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"aarch64\",\"llvmTarget\":\"aarch64-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+v8r,+strict-align,-neon\"},\"amdgcn-amd-amdhsa\":{\"tier\":3,\"description\":\"AMD GPU\",\"std\":false,\"hostTools\":false,\"os\":\"amdhsa\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"amd\",\"arch\":\"amdgpu\",\"llvmTarget\":\"amdgcn-amd-amdhsa\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"arm-linux-androideabi\":{\"tier\":2,\"description\":\"Armv6 Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"arm-linux-androideabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v5te\"},\"arm-unknown-linux-gnueabi\":{\"tier\":2,\"description\":\"Armv6 Linux (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"arm-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v6\"},\"arm-unknown-linux-gnueabihf\":{\"tier\":2,\"description\":\"Armv6 Linux, hardfloat (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"arm-unknown-linux-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v6,+vfp2\"},\"arm-unknown-linux-musleabi\":{\"tier\":2,\"description\":\"Armv6 Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"arm-unknown-linux-musleabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v6\"},\"arm-unknown-linux-musleabihf\":{\"tier\":2,\"description\":\"Armv6 Linux with musl 1.2.5, hardfloat\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"arm-unknown-linux-musleabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v6,+vfp2\"},\"arm64_32-apple-watchos\":{\"tier\":3,\"description\":\"ARM64 Apple watchOS with 32-bit pointers\",\"std\":true,\"hostTools\":false,\"os\":\"watchos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64_32-apple-watchos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon,+apple-a7\"},\"arm64e-apple-darwin\":{\"tier\":3,\"description\":\"ARM64e Apple Darwin\",\"std\":true,\"hostTools\":true,\"os\":\"macos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64e-apple-macosx\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"arm64e-apple-ios\":{\"tier\":3,\"description\":\"ARM64e Apple iOS\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64e-apple-ios\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a12,+v8.3a,+paca,+pacg\"},\"arm64e-apple-tvos\":{\"tier\":3,\"description\":\"ARM64e Apple tvOS\",\"std\":true,\"hostTools\":false,\"os\":\"tvos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"aarch64\",\"llvmTarget\":\"arm64e-apple-tvos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+neon,+apple-a12,+v8.3a,+paca,+pacg\"},\"arm64ec-pc-windows-msvc\":{\"tier\":2,\"description\":\"Arm64EC Windows MSVC\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"arm64ec\",\"llvmTarget\":\"arm64ec-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8a,+neon\"},\"armeb-unknown-linux-gnueabi\":{\"tier\":3,\"description\":\"Arm BE8 the default Arm big-endian architecture since Armv6\",\"std\":true,\"hostTools\":null,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armeb-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align,+v8,+crc\"},\"armebv7r-none-eabi\":{\"tier\":3,\"description\":\"Bare Armv7-R, Big Endian\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armebv7r-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"armebv7r-none-eabihf\":{\"tier\":3,\"description\":\"Bare Armv7-R, Big Endian, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armebv7r-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp3d16\"},\"armv4t-none-eabi\":{\"tier\":3,\"description\":\"Bare Armv4T\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv4t-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":false,\"noStd\":true,\"features\":\"+soft-float,+strict-align\"},\"armv4t-unknown-linux-gnueabi\":{\"tier\":3,\"description\":\"Armv4T Linux\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv4t-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float,+strict-align\"},\"armv5te-none-eabi\":{\"tier\":3,\"description\":\"Bare Armv5TE\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv5te-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":false,\"noStd\":true,\"features\":\"+soft-float,+strict-align\"},\"armv5te-unknown-linux-gnueabi\":{\"tier\":2,\"description\":\"Armv5TE Linux (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv5te-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float,+strict-align\"},\"armv5te-unknown-linux-musleabi\":{\"tier\":2,\"description\":\"Armv5TE Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv5te-unknown-linux-musleabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float,+strict-align\"},\"armv5te-unknown-linux-uclibceabi\":{\"tier\":3,\"description\":\"Armv5TE Linux with uClibc\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"uclibc\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv5te-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float,+strict-align\"},\"armv6-none-eabi\":{\"tier\":3,\"description\":\"Bare ARMv6 soft-float\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv6-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float,+strict-align,+v6k\"},\"armv6-none-eabihf\":{\"tier\":3,\"description\":\"Bare ARMv6 hard-float\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv6-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+strict-align,+v6k,+vfp2,-d32\"},\"armv6-unknown-freebsd\":{\"tier\":3,\"description\":\"Armv6 FreeBSD\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv6-unknown-freebsd-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v6,+vfp2\"},\"armv6-unknown-netbsd-eabihf\":{\"tier\":3,\"description\":\"Armv6 NetBSD w/hard-float\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv6-unknown-netbsdelf-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v6,+vfp2\"},\"armv6k-nintendo-3ds\":{\"tier\":3,\"description\":\"Armv6K Nintendo 3DS, Horizon (Requires devkitARM toolchain)\",\"std\":null,\"hostTools\":false,\"os\":\"horizon\",\"env\":\"newlib\",\"abi\":\"eabihf\",\"vendor\":\"nintendo\",\"arch\":\"arm\",\"llvmTarget\":\"armv6k-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"arm-none-eabi-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+vfp2\"},\"armv7-linux-androideabi\":{\"tier\":2,\"description\":\"Armv7-A Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-none-linux-android\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb-mode,+thumb2,+vfp3d16,-neon\"},\"armv7-rtems-eabihf\":{\"tier\":3,\"description\":\"Armv7 RTEMS (Requires RTEMS toolchain and kernel\",\"std\":true,\"hostTools\":false,\"os\":\"rtems\",\"env\":\"newlib\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+thumb2,+neon,+vfp3\"},\"armv7-sony-vita-newlibeabihf\":{\"tier\":3,\"description\":\"Armv7-A Cortex-A9 Sony PlayStation Vita (requires VITASDK toolchain)\",\"std\":true,\"hostTools\":false,\"os\":\"vita\",\"env\":\"newlib\",\"abi\":\"eabihf\",\"vendor\":\"sony\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-sony-vita-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"arm-vita-eabi-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+neon,+vfp3,+thumb2,+thumb-mode\"},\"armv7-unknown-freebsd\":{\"tier\":3,\"description\":\"Armv7-A FreeBSD\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-freebsd-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7-unknown-linux-gnueabi\":{\"tier\":2,\"description\":\"Armv7-A Linux (kernel 4.15, glibc 2.27)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon\"},\"armv7-unknown-linux-gnueabihf\":{\"tier\":2,\"description\":\"Armv7-A Linux, hardfloat (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7-unknown-linux-musleabi\":{\"tier\":2,\"description\":\"Armv7-A Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-musleabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon\"},\"armv7-unknown-linux-musleabihf\":{\"tier\":2,\"description\":\"Armv7-A Linux with musl 1.2.5, hardfloat\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-musleabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7-unknown-linux-ohos\":{\"tier\":2,\"description\":\"Armv7-A OpenHarmony\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"ohos\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-ohos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon\"},\"armv7-unknown-linux-uclibceabi\":{\"tier\":3,\"description\":\"Armv7-A Linux with uClibc, softfloat\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"uclibc\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon\"},\"armv7-unknown-linux-uclibceabihf\":{\"tier\":3,\"description\":\"Armv7-A Linux with uClibc, hardfloat\",\"std\":true,\"hostTools\":null,\"os\":\"linux\",\"env\":\"uclibc\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7-unknown-netbsd-eabihf\":{\"tier\":3,\"description\":\"Armv7-A NetBSD w/hard-float\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-netbsdelf-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7-unknown-trusty\":{\"tier\":3,\"description\":\"Armv7-A Trusty\",\"std\":true,\"hostTools\":false,\"os\":\"trusty\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-unknown-gnueabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon\"},\"armv7-wrs-vxworks-eabihf\":{\"tier\":3,\"description\":\"Armv7-A for VxWorks\",\"std\":null,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"eabihf\",\"vendor\":\"wrs\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7a-kmc-solid_asp3-eabi\":{\"tier\":3,\"description\":\"Arm SOLID with TOPPERS/ASP3\",\"std\":true,\"hostTools\":false,\"os\":\"solid_asp3\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"kmc\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"arm-kmc-eabi-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+soft-float,+thumb2,-neon\"},\"armv7a-kmc-solid_asp3-eabihf\":{\"tier\":3,\"description\":\"Arm SOLID with TOPPERS/ASP3, hardfloat\",\"std\":true,\"hostTools\":false,\"os\":\"solid_asp3\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"kmc\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"arm-kmc-eabi-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp3d16,+thumb2,-neon\"},\"armv7a-none-eabi\":{\"tier\":2,\"description\":\"Bare Armv7-A\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float,-neon,+strict-align\"},\"armv7a-none-eabihf\":{\"tier\":2,\"description\":\"Bare Armv7-A, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp3d16,-neon,+strict-align\"},\"armv7a-nuttx-eabi\":{\"tier\":3,\"description\":\"ARMv7-A Cortex-A with NuttX\",\"std\":true,\"hostTools\":false,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+soft-float,-neon,+strict-align\"},\"armv7a-nuttx-eabihf\":{\"tier\":3,\"description\":\"ARMv7-A Cortex-A with NuttX (hard float)\",\"std\":true,\"hostTools\":false,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb2,+vfp3,+neon,+strict-align\"},\"armv7a-vex-v5\":{\"tier\":3,\"description\":\"ARMv7-A Cortex-A9 VEX V5 Brain\",\"std\":true,\"hostTools\":false,\"os\":\"vexos\",\"env\":\"v5\",\"abi\":\"eabihf\",\"vendor\":\"vex\",\"arch\":\"arm\",\"llvmTarget\":\"armv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+neon,+vfp3d16,+thumb2\"},\"armv7k-apple-watchos\":{\"tier\":3,\"description\":\"Armv7-A Apple WatchOS\",\"std\":true,\"hostTools\":false,\"os\":\"watchos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"arm\",\"llvmTarget\":\"armv7k-apple-watchos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p:32:32-Fi8-i64:64-a:0:32-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp4,+neon\"},\"armv7r-none-eabi\":{\"tier\":2,\"description\":\"Bare Armv7-R\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7r-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"armv7r-none-eabihf\":{\"tier\":2,\"description\":\"Bare Armv7-R, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7r-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp3d16\"},\"armv7s-apple-ios\":{\"tier\":3,\"description\":\"ARMv7-A Apple-A6 Apple iOS\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"arm\",\"llvmTarget\":\"armv7s-apple-ios\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p:32:32-Fi8-f64:32:64-v64:32:64-v128:32:128-a:0:32-n32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+vfp4,+neon\"},\"armv8r-none-eabihf\":{\"tier\":2,\"description\":\"Bare Armv8-R, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv8r-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"avr-none\":{\"tier\":3,\"description\":null,\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"avr\",\"llvmTarget\":\"avr-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8:16-a:8\",\"pointerWidth\":16,\"endian\":\"little\",\"family\":[],\"linker\":\"avr-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":16,\"atomicCas\":false,\"noStd\":true,\"features\":\"\"},\"bpfeb-unknown-none\":{\"tier\":3,\"description\":\"BPF (big endian)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"bpf\",\"llvmTarget\":\"bpfeb\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"bpf\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":false,\"noStd\":true,\"features\":\"\"},\"bpfel-unknown-none\":{\"tier\":3,\"description\":\"BPF (little endian)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"bpf\",\"llvmTarget\":\"bpfel\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"bpf\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":false,\"noStd\":true,\"features\":\"\"},\"csky-unknown-linux-gnuabiv2\":{\"tier\":3,\"description\":\"C-SKY abiv2 Linux (little endian)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abiv2\",\"vendor\":\"unknown\",\"arch\":\"csky\",\"llvmTarget\":\"csky-unknown-linux-gnuabiv2\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-S32-p:32:32-i32:32:32-i64:32:32-f32:32:32-f64:32:32-v64:32:32-v128:32:32-a:0:32-Fi32-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+2e3,+3e7,+7e10,+cache,+dsp1e2,+dspe60,+e1,+e2,+edsp,+elrw,+hard-tp,+high-registers,+hwdiv,+mp,+mp1e2,+nvic,+trust\"},\"csky-unknown-linux-gnuabiv2hf\":{\"tier\":3,\"description\":\"C-SKY abiv2 Linux, hardfloat (little endian)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abiv2hf\",\"vendor\":\"unknown\",\"arch\":\"csky\",\"llvmTarget\":\"csky-unknown-linux-gnuabiv2\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-S32-p:32:32-i32:32:32-i64:32:32-f32:32:32-f64:32:32-v64:32:32-v128:32:32-a:0:32-Fi32-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+hard-float,+hard-float-abi,+2e3,+3e7,+7e10,+cache,+dsp1e2,+dspe60,+e1,+e2,+edsp,+elrw,+hard-tp,+high-registers,+hwdiv,+mp,+mp1e2,+nvic,+trust\"},\"hexagon-unknown-linux-musl\":{\"tier\":3,\"description\":\"Hexagon Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"hexagon\",\"llvmTarget\":\"hexagon-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"hexagon-unknown-linux-musl-clang\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"-small-data,+hvx-length128b\"},\"hexagon-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare Hexagon (v60+, HVX)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"hexagon\",\"llvmTarget\":\"hexagon-unknown-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"-small-data,+hvx-length128b\"},\"hexagon-unknown-qurt\":{\"tier\":3,\"description\":\"Hexagon QuRT\",\"std\":false,\"hostTools\":false,\"os\":\"qurt\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"hexagon\",\"llvmTarget\":\"hexagon-unknown-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"hexagon-clang\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"-small-data,+hvx-length128b\"},\"i386-apple-ios\":{\"tier\":3,\"description\":\"x86 Apple iOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"x86\",\"llvmTarget\":\"i386-apple-ios-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:128-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i586-unknown-linux-gnu\":{\"tier\":2,\"description\":\"32-bit Linux (kernel 3.2, glibc 2.17+)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i586-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i586-unknown-linux-musl\":{\"tier\":2,\"description\":\"32-bit Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i586-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i586-unknown-netbsd\":{\"tier\":3,\"description\":\"32-bit x86, resricted to Pentium\",\"std\":true,\"hostTools\":false,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i586-unknown-netbsdelf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i586-unknown-redox\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":null,\"os\":\"redox\",\"env\":\"relibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i586-unknown-redox\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-apple-darwin\":{\"tier\":3,\"description\":\"x86 Apple macOS (10.12+, Sierra+)\",\"std\":true,\"hostTools\":true,\"os\":\"macos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"x86\",\"llvmTarget\":\"i686-apple-macosx\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:128-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-linux-android\":{\"tier\":2,\"description\":\"32-bit x86 Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-linux-android\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mmx,+sse,+sse2,+sse3,+ssse3\"},\"i686-pc-nto-qnx700\":{\"tier\":3,\"description\":\"32-bit x86 QNX Neutrino 7.0 RTOS\",\"std\":false,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto70\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86\",\"llvmTarget\":\"i586-pc-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"i686-pc-windows-gnu\":{\"tier\":2,\"description\":\"32-bit MinGW (Windows 10+)\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"i686-w64-mingw32-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-pc-windows-gnullvm\":{\"tier\":2,\"description\":\"32-bit x86 MinGW (Windows 10+), LLVM ABI\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"llvm\",\"vendor\":\"pc\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"i686-w64-mingw32-clang\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-pc-windows-msvc\":{\"tier\":1,\"description\":\"32-bit MSVC (Windows 10+)\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-freebsd\":{\"tier\":2,\"description\":\"32-bit FreeBSD\",\"std\":true,\"hostTools\":false,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-freebsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-haiku\":{\"tier\":3,\"description\":\"32-bit Haiku\",\"std\":true,\"hostTools\":true,\"os\":\"haiku\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-haiku\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-helenos\":{\"tier\":3,\"description\":\"IA-32 (i686) HelenOS\",\"std\":true,\"hostTools\":false,\"os\":\"helenos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-helenos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"i686-helenos-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-hurd-gnu\":{\"tier\":3,\"description\":\"32-bit GNU/Hurd\",\"std\":true,\"hostTools\":true,\"os\":\"hurd\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-hurd-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-linux-gnu\":{\"tier\":1,\"description\":\"32-bit Linux (kernel 3.2, glibc 2.17+)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-linux-musl\":{\"tier\":2,\"description\":\"32-bit Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-netbsd\":{\"tier\":3,\"description\":\"NetBSD/i386 with SSE2\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-netbsdelf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-openbsd\":{\"tier\":3,\"description\":\"32-bit OpenBSD\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-openbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-unknown-uefi\":{\"tier\":2,\"description\":\"32-bit UEFI\",\"std\":null,\"hostTools\":false,\"os\":\"uefi\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"msvc-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"-mmx,-sse,+soft-float\"},\"i686-uwp-windows-gnu\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-uwp-windows-msvc\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-win7-windows-gnu\":{\"tier\":3,\"description\":\"32-bit MinGW (Windows 7+)\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"win7\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"i686-w64-mingw32-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-win7-windows-msvc\":{\"tier\":3,\"description\":\"32-bit MSVC (Windows 7+)\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"win7\",\"arch\":\"x86\",\"llvmTarget\":\"i686-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32-a:0:32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"i686-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"x86\",\"llvmTarget\":\"i686-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"loongarch32-unknown-none\":{\"tier\":3,\"description\":\"Freestanding/bare-metal LoongArch32\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"loongarch32\",\"llvmTarget\":\"loongarch32-unknown-none\",\"llvmAbiname\":\"ilp32d\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+f,+d\"},\"loongarch32-unknown-none-softfloat\":{\"tier\":3,\"description\":\"Freestanding/bare-metal LoongArch32 softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"loongarch32\",\"llvmTarget\":\"loongarch32-unknown-none\",\"llvmAbiname\":\"ilp32s\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"-f,-d\"},\"loongarch64-unknown-linux-gnu\":{\"tier\":2,\"description\":\"LoongArch64 Linux, LP64D ABI (kernel 5.19, glibc 2.36)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"loongarch64\",\"llvmTarget\":\"loongarch64-unknown-linux-gnu\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+f,+d,+lsx\"},\"loongarch64-unknown-linux-musl\":{\"tier\":2,\"description\":\"LoongArch64 Linux (LP64D ABI) with musl 1.2.5\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"loongarch64\",\"llvmTarget\":\"loongarch64-unknown-linux-musl\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+f,+d,+lsx\"},\"loongarch64-unknown-linux-ohos\":{\"tier\":3,\"description\":\"LoongArch64 OpenHarmony\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"ohos\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"loongarch64\",\"llvmTarget\":\"loongarch64-unknown-linux-ohos\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+f,+d,+lsx\"},\"loongarch64-unknown-none\":{\"tier\":2,\"description\":\"Freestanding/bare-metal LoongArch64\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"loongarch64\",\"llvmTarget\":\"loongarch64-unknown-none\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+f,+d,-lsx\"},\"loongarch64-unknown-none-softfloat\":{\"tier\":2,\"description\":\"Freestanding/bare-metal LoongArch64 softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"loongarch64\",\"llvmTarget\":\"loongarch64-unknown-none\",\"llvmAbiname\":\"lp64s\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"-f,-d\"},\"m68k-unknown-linux-gnu\":{\"tier\":3,\"description\":\"Motorola 680x0 Linux\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"m68k\",\"llvmTarget\":\"m68k-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"m68k-unknown-none-elf\":{\"tier\":3,\"description\":\"Motorola 680x0\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"m68k\",\"llvmTarget\":\"m68k\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"m68k-linux-gnu-ld\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"mips-mti-none-elf\":{\"tier\":3,\"description\":\"MIPS32r2 BE Baremetal Softfloat\",\"std\":null,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"mti\",\"arch\":\"mips\",\"llvmTarget\":\"mips\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float,+noabicalls\"},\"mips-unknown-linux-gnu\":{\"tier\":3,\"description\":\"MIPS Linux (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mips-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+fpxx,+nooddspreg\"},\"mips-unknown-linux-musl\":{\"tier\":3,\"description\":\"MIPS Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mips-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float\"},\"mips-unknown-linux-uclibc\":{\"tier\":3,\"description\":\"MIPS Linux with uClibc\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"uclibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mips-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float\"},\"mips64-openwrt-linux-musl\":{\"tier\":3,\"description\":\"MIPS64 for OpenWrt Linux musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"abi64\",\"vendor\":\"openwrt\",\"arch\":\"mips64\",\"llvmTarget\":\"mips64-unknown-linux-musl\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"E-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r2,+soft-float\"},\"mips64-unknown-linux-gnuabi64\":{\"tier\":3,\"description\":\"MIPS64 Linux, N64 ABI (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64\",\"llvmTarget\":\"mips64-unknown-linux-gnuabi64\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"E-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r2,+xgot\"},\"mips64-unknown-linux-muslabi64\":{\"tier\":3,\"description\":\"MIPS64 Linux, N64 ABI, musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64\",\"llvmTarget\":\"mips64-unknown-linux-musl\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"E-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r2,+xgot\"},\"mips64el-unknown-linux-gnuabi64\":{\"tier\":3,\"description\":\"MIPS64 Linux, N64 ABI (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64\",\"llvmTarget\":\"mips64el-unknown-linux-gnuabi64\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r2,+xgot\"},\"mips64el-unknown-linux-muslabi64\":{\"tier\":3,\"description\":\"MIPS64 Linux, N64 ABI, musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64\",\"llvmTarget\":\"mips64el-unknown-linux-musl\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r2,+xgot\"},\"mipsel-mti-none-elf\":{\"tier\":3,\"description\":\"MIPS32r2 LE Baremetal Softfloat\",\"std\":null,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"mti\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float,+noabicalls\"},\"mipsel-sony-psp\":{\"tier\":3,\"description\":\"MIPS (LE) Sony PlatStation Portable (PSP)\",\"std\":false,\"hostTools\":false,\"os\":\"psp\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"sony\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-sony-psp\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+single-float\"},\"mipsel-sony-psx\":{\"tier\":3,\"description\":\"MIPS (LE) Sony PlayStation 1 (PSX)\",\"std\":false,\"hostTools\":false,\"os\":\"psx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"sony\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-sony-psx\",\"llvmAbiname\":\"o32\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float\"},\"mipsel-unknown-linux-gnu\":{\"tier\":3,\"description\":\"MIPS (little endian) Linux (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+fpxx,+nooddspreg\"},\"mipsel-unknown-linux-musl\":{\"tier\":3,\"description\":\"MIPS (little endian) Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float\"},\"mipsel-unknown-linux-uclibc\":{\"tier\":3,\"description\":\"MIPS (LE) Linux with uClibc\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"uclibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r2,+soft-float\"},\"mipsel-unknown-netbsd\":{\"tier\":3,\"description\":\"32-bit MIPS (LE), requires mips32 cpu support\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float\"},\"mipsel-unknown-none\":{\"tier\":3,\"description\":\"Bare MIPS (LE) softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips\",\"llvmTarget\":\"mipsel-unknown-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+mips32r2,+soft-float,+noabicalls\"},\"mipsisa32r6-unknown-linux-gnu\":{\"tier\":3,\"description\":\"32-bit MIPS Release 6 Big Endian\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips32r6\",\"llvmTarget\":\"mipsisa32r6-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r6\"},\"mipsisa32r6el-unknown-linux-gnu\":{\"tier\":3,\"description\":\"32-bit MIPS Release 6 Little Endian\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"mips32r6\",\"llvmTarget\":\"mipsisa32r6el-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips32r6\"},\"mipsisa64r6-unknown-linux-gnuabi64\":{\"tier\":3,\"description\":\"64-bit MIPS Release 6 Big Endian\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64r6\",\"llvmTarget\":\"mipsisa64r6-unknown-linux-gnuabi64\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"E-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r6\"},\"mipsisa64r6el-unknown-linux-gnuabi64\":{\"tier\":3,\"description\":\"64-bit MIPS Release 6 Little Endian\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"abi64\",\"vendor\":\"unknown\",\"arch\":\"mips64r6\",\"llvmTarget\":\"mipsisa64r6el-unknown-linux-gnuabi64\",\"llvmAbiname\":\"n64\",\"dataLayout\":\"e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mips64r6\"},\"msp430-none-elf\":{\"tier\":3,\"description\":\"16-bit MSP430 microcontrollers\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"msp430\",\"llvmTarget\":\"msp430-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:16:16-i32:16-i64:16-f32:16-f64:16-a:8-n8:16-S16\",\"pointerWidth\":16,\"endian\":\"little\",\"family\":[],\"linker\":\"msp430-elf-gcc\",\"linkerFlavor\":\"unix-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":false,\"noStd\":true,\"features\":\"\"},\"nvptx64-nvidia-cuda\":{\"tier\":2,\"description\":\"--emit=asm generates PTX code that runs on NVIDIA GPUs\",\"std\":false,\"hostTools\":false,\"os\":\"cuda\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"nvidia\",\"arch\":\"nvptx64\",\"llvmTarget\":\"nvptx64-nvidia-cuda\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"llbc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"powerpc-unknown-freebsd\":{\"tier\":3,\"description\":\"PowerPC FreeBSD\",\"std\":true,\"hostTools\":false,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-freebsd13.0\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+secure-plt\"},\"powerpc-unknown-helenos\":{\"tier\":3,\"description\":\"PowerPC HelenOS\",\"std\":true,\"hostTools\":false,\"os\":\"helenos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-helenos\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"ppc-helenos-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc-unknown-linux-gnu\":{\"tier\":2,\"description\":\"PowerPC Linux (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+secure-plt\"},\"powerpc-unknown-linux-gnuspe\":{\"tier\":3,\"description\":\"PowerPC SPE Linux\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"spe\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-gnuspe\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+secure-plt,+msync\"},\"powerpc-unknown-linux-musl\":{\"tier\":3,\"description\":\"PowerPC Linux with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc-unknown-linux-muslspe\":{\"tier\":3,\"description\":\"PowerPC SPE Linux with musl\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"spe\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-muslspe\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+msync\"},\"powerpc-unknown-netbsd\":{\"tier\":3,\"description\":\"NetBSD 32-bit powerpc systems\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc-unknown-openbsd\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-openbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+secure-plt\"},\"powerpc-wrs-vxworks-spe\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"spe\",\"vendor\":\"wrs\",\"arch\":\"powerpc\",\"llvmTarget\":\"powerpc-unknown-linux-gnuspe\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-Fn32-i64:64-n32\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+secure-plt,+msync\"},\"powerpc64-ibm-aix\":{\"tier\":3,\"description\":\"64-bit AIX (7.2 and newer)\",\"std\":null,\"hostTools\":false,\"os\":\"aix\",\"env\":\"\",\"abi\":\"vec-extabi\",\"vendor\":\"ibm\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-ibm-aix\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:a-Fi64-i64:64-i128:128-n32:64-f64:32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":\"ld\",\"linkerFlavor\":\"unix\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64-unknown-freebsd\":{\"tier\":3,\"description\":\"PPC64 FreeBSD (ELFv2)\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-unknown-freebsd\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"E-m:e-Fn32-i64:64-i128:128-n32:64\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64-unknown-linux-gnu\":{\"tier\":2,\"description\":\"PowerPC Linux (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"elfv1\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-unknown-linux-gnu\",\"llvmAbiname\":\"elfv1\",\"dataLayout\":\"E-m:e-Fi64-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64-unknown-linux-musl\":{\"tier\":2,\"description\":\"64-bit PowerPC Linux with musl 1.2.5\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-unknown-linux-musl\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"E-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64-unknown-openbsd\":{\"tier\":3,\"description\":\"OpenBSD/powerpc64\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-unknown-openbsd\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"E-m:e-Fn32-i64:64-i128:128-n32:64\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"elfv1\",\"vendor\":\"wrs\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64-unknown-linux-gnu\",\"llvmAbiname\":\"elfv1\",\"dataLayout\":\"E-m:e-Fi64-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64le-unknown-freebsd\":{\"tier\":3,\"description\":\"PPC64LE FreeBSD\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64le-unknown-freebsd\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"e-m:e-Fn32-i64:64-i128:128-n32:64\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64le-unknown-linux-gnu\":{\"tier\":2,\"description\":\"PPC64LE Linux (kernel 3.10, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64le-unknown-linux-gnu\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"e-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"powerpc64le-unknown-linux-musl\":{\"tier\":2,\"description\":\"64-bit PowerPC Linux with musl 1.2.5, Little Endian\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"elfv2\",\"vendor\":\"unknown\",\"arch\":\"powerpc64\",\"llvmTarget\":\"powerpc64le-unknown-linux-musl\",\"llvmAbiname\":\"elfv2\",\"dataLayout\":\"e-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"riscv32-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32-unknown-linux-gnu\",\"llvmAbiname\":\"ilp32d\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv32e-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare RISC-V (RV32E ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"ilp32e\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32e\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+e,+forced-atomics\"},\"riscv32em-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare RISC-V (RV32EM ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"ilp32e\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32e\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+e,+m,+forced-atomics\"},\"riscv32emc-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare RISC-V (RV32EMC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"ilp32e\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32e\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+e,+m,+c,+forced-atomics\"},\"riscv32gc-unknown-linux-gnu\":{\"tier\":3,\"description\":\"RISC-V Linux (kernel 5.4, glibc 2.33)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32-unknown-linux-gnu\",\"llvmAbiname\":\"ilp32d\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv32gc-unknown-linux-musl\":{\"tier\":3,\"description\":\"RISC-V Linux (kernel 5.4, musl 1.2.5)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32-unknown-linux-musl\",\"llvmAbiname\":\"ilp32d\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv32i-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV32I ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+forced-atomics\"},\"riscv32im-risc0-zkvm-elf\":{\"tier\":3,\"description\":\"RISC Zero's zero-knowledge Virtual Machine (RV32IM ISA)\",\"std\":null,\"hostTools\":false,\"os\":\"zkvm\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"risc0\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m\"},\"riscv32im-unknown-none-elf\":{\"tier\":2,\"description\":null,\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+m,+forced-atomics\"},\"riscv32ima-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare RISC-V (RV32IMA ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a\"},\"riscv32imac-esp-espidf\":{\"tier\":3,\"description\":\"RISC-V ESP-IDF\",\"std\":true,\"hostTools\":false,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"riscv32-esp-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c\"},\"riscv32imac-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV32IMAC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a,+c\"},\"riscv32imac-unknown-nuttx-elf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c\"},\"riscv32imac-unknown-xous-elf\":{\"tier\":3,\"description\":\"RISC-V Xous (RV32IMAC ISA)\",\"std\":null,\"hostTools\":false,\"os\":\"xous\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c\"},\"riscv32imafc-esp-espidf\":{\"tier\":3,\"description\":\"RISC-V ESP-IDF\",\"std\":true,\"hostTools\":false,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32f\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"riscv32-esp-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c,+f\"},\"riscv32imafc-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV32IMAFC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32f\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a,+c,+f\"},\"riscv32imafc-unknown-nuttx-elf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32f\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c,+f\"},\"riscv32imc-esp-espidf\":{\"tier\":3,\"description\":\"RISC-V ESP-IDF\",\"std\":true,\"hostTools\":false,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"riscv32-esp-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+c\"},\"riscv32imc-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV32IMC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+m,+c,+forced-atomics\"},\"riscv32imc-unknown-nuttx-elf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv32\",\"llvmTarget\":\"riscv32\",\"llvmAbiname\":\"ilp32\",\"dataLayout\":\"e-m:e-p:32:32-i64:64-n32-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+c\"},\"riscv64-linux-android\":{\"tier\":3,\"description\":\"RISC-V 64-bit Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-linux-android\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+b,+v,+zicsr,+zifencei\"},\"riscv64-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-linux-gnu\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64a23-unknown-linux-gnu\":{\"tier\":2,\"description\":\"RISC-V Linux (kernel 6.8.0, glibc 2.39)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-linux-gnu\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+rva23u64\"},\"riscv64gc-unknown-freebsd\":{\"tier\":3,\"description\":\"RISC-V FreeBSD\",\"std\":true,\"hostTools\":false,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-freebsd\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-fuchsia\":{\"tier\":3,\"description\":\"RISC-V Fuchsia\",\"std\":true,\"hostTools\":false,\"os\":\"fuchsia\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-fuchsia\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-hermit\":{\"tier\":3,\"description\":\"RISC-V Hermit\",\"std\":true,\"hostTools\":false,\"os\":\"hermit\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-hermit\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-linux-gnu\":{\"tier\":2,\"description\":\"RISC-V Linux (kernel 4.20, glibc 2.29)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-linux-gnu\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-linux-musl\":{\"tier\":2,\"description\":\"RISC-V Linux (kernel 4.20, musl 1.2.5)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-linux-musl\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-managarm-mlibc\":{\"tier\":3,\"description\":\"managarm/riscv64\",\"std\":false,\"hostTools\":false,\"os\":\"managarm\",\"env\":\"mlibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-managarm-mlibc\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a,+f,+d,+c\"},\"riscv64gc-unknown-netbsd\":{\"tier\":3,\"description\":\"RISC-V NetBSD\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-netbsd\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV64IMAFDC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-nuttx-elf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-openbsd\":{\"tier\":3,\"description\":\"OpenBSD/riscv64\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-openbsd\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\"},\"riscv64gc-unknown-redox\":{\"tier\":3,\"description\":\"Redox OS\",\"std\":true,\"hostTools\":false,\"os\":\"redox\",\"env\":\"relibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64-unknown-redox\",\"llvmAbiname\":\"lp64d\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+f,+d,+c\"},\"riscv64im-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare RISC-V (RV64IM ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64\",\"llvmAbiname\":\"lp64\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":false,\"noStd\":true,\"features\":\"+m,+forced-atomics\"},\"riscv64imac-unknown-none-elf\":{\"tier\":2,\"description\":\"Bare RISC-V (RV64IMAC ISA)\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64\",\"llvmAbiname\":\"lp64\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+m,+a,+c\"},\"riscv64imac-unknown-nuttx-elf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"riscv64\",\"llvmTarget\":\"riscv64\",\"llvmAbiname\":\"lp64\",\"dataLayout\":\"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+m,+a,+c\"},\"s390x-unknown-linux-gnu\":{\"tier\":2,\"description\":\"S390x Linux (kernel 3.2, glibc 2.17)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"s390x\",\"llvmTarget\":\"s390x-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-S64-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"s390x-unknown-linux-musl\":{\"tier\":3,\"description\":\"S390x Linux (kernel 3.2, musl 1.2.5)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"s390x\",\"llvmTarget\":\"s390x-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-S64-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"s390x-unknown-none-softfloat\":{\"tier\":2,\"description\":\"S390x Linux\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"softfloat\",\"vendor\":\"unknown\",\"arch\":\"s390x\",\"llvmTarget\":\"s390x-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-S64-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float,-vector\"},\"sparc-unknown-linux-gnu\":{\"tier\":3,\"description\":\"32-bit SPARC Linux\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc\",\"llvmTarget\":\"sparc-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-i64:64-i128:128-f128:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v8plus\"},\"sparc-unknown-none-elf\":{\"tier\":3,\"description\":\"Bare 32-bit SPARC V7+\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc\",\"llvmTarget\":\"sparc-unknown-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-p:32:32-i64:64-i128:128-f128:64-n32-S64\",\"pointerWidth\":32,\"endian\":\"big\",\"family\":[],\"linker\":\"sparc-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"sparc64-unknown-helenos\":{\"tier\":3,\"description\":\"SPARC HelenOS\",\"std\":true,\"hostTools\":false,\"os\":\"helenos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc64\",\"llvmTarget\":\"sparc64-unknown-helenos\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[],\"linker\":\"sparc64-helenos-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"sparc64-unknown-linux-gnu\":{\"tier\":2,\"description\":\"SPARC Linux (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc64\",\"llvmTarget\":\"sparc64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"sparc64-unknown-netbsd\":{\"tier\":3,\"description\":\"NetBSD/sparc64\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc64\",\"llvmTarget\":\"sparc64-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"sparc64-unknown-openbsd\":{\"tier\":3,\"description\":\"OpenBSD/sparc64\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"sparc64\",\"llvmTarget\":\"sparc64-unknown-openbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"sparcv9-sun-solaris\":{\"tier\":2,\"description\":\"SPARC Solaris 11.4\",\"std\":true,\"hostTools\":true,\"os\":\"solaris\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"sun\",\"arch\":\"sparc64\",\"llvmTarget\":\"sparcv9-sun-solaris\",\"llvmAbiname\":\"\",\"dataLayout\":\"E-m:e-i64:64-i128:128-n32:64-S128\",\"pointerWidth\":64,\"endian\":\"big\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"unix-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"thumbv4t-none-eabi\":{\"tier\":3,\"description\":\"Thumb-mode Bare ARMv4T\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv4t-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":false,\"noStd\":true,\"features\":\"+soft-float,+strict-align\"},\"thumbv5te-none-eabi\":{\"tier\":3,\"description\":\"Thumb-mode Bare ARMv5TE\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv5te-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":0,\"atomicCas\":false,\"noStd\":true,\"features\":\"+soft-float,+strict-align\"},\"thumbv6-none-eabi\":{\"tier\":3,\"description\":\"Thumb-mode Bare ARMv6 soft-float\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv6-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float,+strict-align,+v6k\"},\"thumbv6m-none-eabi\":{\"tier\":2,\"description\":\"Bare ARMv6-M\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv6m-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+strict-align,+atomics-32\"},\"thumbv6m-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv6m-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align\"},\"thumbv7a-none-eabi\":{\"tier\":2,\"description\":\"Thumb-mode Bare Armv7-A\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+soft-float,-neon,+strict-align\"},\"thumbv7a-none-eabihf\":{\"tier\":2,\"description\":\"Thumb-mode Bare Armv7-A, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp3d16,-neon,+strict-align\"},\"thumbv7a-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+soft-float,-neon\"},\"thumbv7a-nuttx-eabihf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+vfp3,+neon\"},\"thumbv7a-pc-windows-msvc\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+vfp3,+neon\"},\"thumbv7a-uwp-windows-msvc\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7a-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+vfp3,+neon\"},\"thumbv7em-none-eabi\":{\"tier\":2,\"description\":\"Bare ARMv7E-M\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7em-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"thumbv7em-none-eabihf\":{\"tier\":2,\"description\":\"Bare ARMv7E-M, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7em-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp4d16sp\"},\"thumbv7em-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7em-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"thumbv7em-nuttx-eabihf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7em-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+vfp4d16sp\"},\"thumbv7m-none-eabi\":{\"tier\":2,\"description\":\"Bare ARMv7-M\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7m-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"thumbv7m-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7m-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"thumbv7neon-linux-androideabi\":{\"tier\":2,\"description\":\"Thumb2-mode ARMv7-A Android with NEON\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-none-linux-android\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb-mode,+thumb2,+vfp3,+neon\"},\"thumbv7neon-unknown-linux-gnueabihf\":{\"tier\":2,\"description\":\"Thumb2-mode ARMv7-A Linux with NEON (kernel 4.4, glibc 2.23)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-gnueabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb-mode,+thumb2,+vfp3,+neon\"},\"thumbv7neon-unknown-linux-musleabihf\":{\"tier\":3,\"description\":\"Thumb2-mode ARMv7-A Linux with NEON, musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"armv7-unknown-linux-musleabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+v7,+thumb-mode,+thumb2,+vfp3,+neon\"},\"thumbv7r-none-eabi\":{\"tier\":2,\"description\":\"Thumb-mode Bare Armv7-R\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7r-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"thumbv7r-none-eabihf\":{\"tier\":2,\"description\":\"Thumb-mode Bare Armv7-R, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv7r-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+vfp3d16\"},\"thumbv8m.base-none-eabi\":{\"tier\":2,\"description\":\"Bare ARMv8-M Baseline\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.base-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+strict-align\"},\"thumbv8m.base-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.base-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+strict-align\"},\"thumbv8m.main-none-eabi\":{\"tier\":2,\"description\":\"Bare ARMv8-M Mainline\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.main-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"thumbv8m.main-none-eabihf\":{\"tier\":2,\"description\":\"Bare ARMv8-M Mainline, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.main-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"+fp-armv8d16sp\"},\"thumbv8m.main-nuttx-eabi\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabi\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.main-none-eabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"thumbv8m.main-nuttx-eabihf\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":null,\"os\":\"nuttx\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8m.main-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"+fp-armv8d16sp\"},\"thumbv8r-none-eabihf\":{\"tier\":2,\"description\":\"Thumb-mode Bare Armv8-R, hardfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"eabihf\",\"vendor\":\"unknown\",\"arch\":\"arm\",\"llvmTarget\":\"thumbv8r-none-eabihf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"wasm32-unknown-emscripten\":{\"tier\":2,\"description\":\"WebAssembly via Emscripten\",\"std\":true,\"hostTools\":false,\"os\":\"emscripten\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-unknown-emscripten\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-f128:64-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\",\"wasm\"],\"linker\":null,\"linkerFlavor\":\"em-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"wasm32-unknown-unknown\":{\"tier\":2,\"description\":\"WebAssembly\",\"std\":true,\"hostTools\":false,\"os\":\"unknown\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"wasm32-wali-linux-musl\":{\"tier\":3,\"description\":\"WebAssembly Linux Interface with musl-libc\",\"std\":null,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-wasi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\",\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+atomics,+bulk-memory,+mutable-globals,+sign-ext\"},\"wasm32-wasip1\":{\"tier\":2,\"description\":\"WebAssembly with WASI\",\"std\":true,\"hostTools\":false,\"os\":\"wasi\",\"env\":\"p1\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-wasip1\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"wasm32-wasip1-threads\":{\"tier\":2,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"wasi\",\"env\":\"p1\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-wasi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+atomics,+bulk-memory,+mutable-globals\"},\"wasm32-wasip2\":{\"tier\":2,\"description\":\"WebAssembly\",\"std\":true,\"hostTools\":false,\"os\":\"wasi\",\"env\":\"p2\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-wasip2\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"wasm-component-ld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"wasm32-wasip3\":{\"tier\":3,\"description\":\"WebAssembly\",\"std\":true,\"hostTools\":false,\"os\":\"wasi\",\"env\":\"p3\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-wasip3\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"wasm-component-ld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"wasm32v1-none\":{\"tier\":2,\"description\":\"WebAssembly\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm32\",\"llvmTarget\":\"wasm32-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"+mutable-globals\"},\"wasm64-unknown-unknown\":{\"tier\":3,\"description\":\"WebAssembly\",\"std\":null,\"hostTools\":false,\"os\":\"unknown\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"wasm64\",\"llvmTarget\":\"wasm64-unknown-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:64:64-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"wasm\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"wasm-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+bulk-memory,+mutable-globals,+sign-ext,+nontrapping-fptoint\"},\"x86_64-apple-darwin\":{\"tier\":2,\"description\":\"x86_64 Apple macOS (10.12+, Sierra+)\",\"std\":true,\"hostTools\":true,\"os\":\"macos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-apple-macosx\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-apple-ios\":{\"tier\":2,\"description\":\"x86_64 Apple iOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-apple-ios-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-apple-ios-macabi\":{\"tier\":2,\"description\":\"x86_64 Apple Mac Catalyst\",\"std\":true,\"hostTools\":false,\"os\":\"ios\",\"env\":\"macabi\",\"abi\":\"macabi\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-apple-ios-macabi\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-apple-tvos\":{\"tier\":3,\"description\":\"x86_64 Apple tvOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"tvos\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-apple-tvos-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-apple-watchos-sim\":{\"tier\":3,\"description\":\"x86_64 Apple watchOS Simulator\",\"std\":true,\"hostTools\":false,\"os\":\"watchos\",\"env\":\"sim\",\"abi\":\"sim\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-apple-watchos-simulator\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-fortanix-unknown-sgx\":{\"tier\":2,\"description\":\"Fortanix ABI for 64-bit Intel SGX\",\"std\":true,\"hostTools\":false,\"os\":\"unknown\",\"env\":\"sgx\",\"abi\":\"fortanix\",\"vendor\":\"fortanix\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+rdrand,+rdseed,+lvi-cfi,+lvi-load-hardening\"},\"x86_64-linux-android\":{\"tier\":2,\"description\":\"64-bit x86 Android\",\"std\":true,\"hostTools\":false,\"os\":\"android\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-linux-android\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+mmx,+sse,+sse2,+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt\"},\"x86_64-lynx-lynxos178\":{\"tier\":3,\"description\":\"LynxOS-178\",\"std\":false,\"hostTools\":false,\"os\":\"lynxos178\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-unknown-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"x86_64-lynx-lynxos178-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"x86_64-pc-cygwin\":{\"tier\":3,\"description\":\"64-bit x86 Cygwin\",\"std\":true,\"hostTools\":false,\"os\":\"cygwin\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-cygwin\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"x86_64-pc-cygwin-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-pc-nto-qnx710\":{\"tier\":3,\"description\":\"x86 64-bit QNX Neutrino 7.1 RTOS with io-pkt network stack\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto71\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-pc-nto-qnx710_iosock\":{\"tier\":3,\"description\":\"x86 64-bit QNX Neutrino 7.1 RTOS with io-sock network stack\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto71_iosock\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-pc-nto-qnx800\":{\"tier\":3,\"description\":\"x86 64-bit QNX Neutrino 8.0 RTOS\",\"std\":true,\"hostTools\":false,\"os\":\"nto\",\"env\":\"nto80\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-unknown\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"qcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-pc-solaris\":{\"tier\":2,\"description\":\"64-bit Solaris 11.4\",\"std\":true,\"hostTools\":true,\"os\":\"solaris\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-solaris\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"unix-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-pc-windows-gnu\":{\"tier\":1,\"description\":\"64-bit MinGW (Windows 10+)\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"x86_64-w64-mingw32-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\"},\"x86_64-pc-windows-gnullvm\":{\"tier\":2,\"description\":\"64-bit x86 MinGW (Windows 10+), LLVM ABI\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"llvm\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"x86_64-w64-mingw32-clang\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\"},\"x86_64-pc-windows-msvc\":{\"tier\":1,\"description\":\"64-bit MSVC (Windows 10+)\",\"std\":true,\"hostTools\":true,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"pc\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\"},\"x86_64-unikraft-linux-musl\":{\"tier\":3,\"description\":\"64-bit Unikraft with musl 1.2.5\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unikraft\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"kraftld\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-dragonfly\":{\"tier\":3,\"description\":\"64-bit DragonFlyBSD\",\"std\":true,\"hostTools\":true,\"os\":\"dragonfly\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-dragonfly\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-freebsd\":{\"tier\":2,\"description\":\"64-bit FreeBSD\",\"std\":true,\"hostTools\":true,\"os\":\"freebsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-freebsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-fuchsia\":{\"tier\":2,\"description\":\"64-bit x86 Fuchsia\",\"std\":true,\"hostTools\":false,\"os\":\"fuchsia\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-fuchsia\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+lahfsahf,+popcnt,+sse3,+sse4.1,+sse4.2,+ssse3\"},\"x86_64-unknown-haiku\":{\"tier\":3,\"description\":\"64-bit Haiku\",\"std\":true,\"hostTools\":true,\"os\":\"haiku\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-haiku\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-helenos\":{\"tier\":3,\"description\":\"64-bit HelenOS\",\"std\":true,\"hostTools\":false,\"os\":\"helenos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-helenos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"amd64-helenos-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-hermit\":{\"tier\":3,\"description\":\"x86_64 Hermit\",\"std\":true,\"hostTools\":false,\"os\":\"hermit\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-hermit\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"+rdrand,+rdseed\"},\"x86_64-unknown-hurd-gnu\":{\"tier\":3,\"description\":\"64-bit GNU/Hurd\",\"std\":true,\"hostTools\":true,\"os\":\"hurd\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-hurd-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-illumos\":{\"tier\":2,\"description\":\"illumos\",\"std\":true,\"hostTools\":true,\"os\":\"illumos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-solaris\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"unix-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-l4re-uclibc\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":false,\"os\":\"l4re\",\"env\":\"uclibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-l4re-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"l4-bender\",\"linkerFlavor\":\"unix\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-linux-gnu\":{\"tier\":1,\"description\":\"64-bit Linux (kernel 3.2+, glibc 2.17+)\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-linux-gnuasan\":{\"tier\":2,\"description\":\"64-bit Linux (kernel 3.2+, glibc 2.17+) with ASAN enabled by default\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-linux-gnux32\":{\"tier\":2,\"description\":\"64-bit Linux (x32 ABI) (kernel 4.15, glibc 2.27)\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"gnu\",\"abi\":\"x32\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-gnux32\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-lld-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-linux-musl\":{\"tier\":2,\"description\":\"64-bit Linux with musl 1.2.5\",\"std\":true,\"hostTools\":true,\"os\":\"linux\",\"env\":\"musl\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-linux-none\":{\"tier\":3,\"description\":null,\"std\":false,\"hostTools\":null,\"os\":\"linux\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-none\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"x86_64-unknown-linux-ohos\":{\"tier\":2,\"description\":\"x86_64 OpenHarmony\",\"std\":true,\"hostTools\":false,\"os\":\"linux\",\"env\":\"ohos\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-ohos\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-managarm-mlibc\":{\"tier\":3,\"description\":\"managarm/amd64\",\"std\":false,\"hostTools\":false,\"os\":\"managarm\",\"env\":\"mlibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-managarm-mlibc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"x86_64-unknown-motor\":{\"tier\":3,\"description\":\"Motor OS\",\"std\":null,\"hostTools\":null,\"os\":\"motor\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-netbsd\":{\"tier\":2,\"description\":\"NetBSD/amd64\",\"std\":true,\"hostTools\":true,\"os\":\"netbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-netbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-none\":{\"tier\":2,\"description\":\"Freestanding/bare-metal x86_64 softfloat\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"gnu-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":true,\"features\":\"-mmx,-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-avx,-avx2,+soft-float\"},\"x86_64-unknown-openbsd\":{\"tier\":3,\"description\":\"64-bit OpenBSD\",\"std\":true,\"hostTools\":true,\"os\":\"openbsd\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-openbsd\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-redox\":{\"tier\":2,\"description\":\"Redox OS\",\"std\":true,\"hostTools\":false,\"os\":\"redox\",\"env\":\"relibc\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-redox\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-trusty\":{\"tier\":3,\"description\":\"x86_64 Trusty\",\"std\":true,\"hostTools\":false,\"os\":\"trusty\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-unknown-musl\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":null,\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-unknown-uefi\":{\"tier\":2,\"description\":\"64-bit UEFI\",\"std\":null,\"hostTools\":false,\"os\":\"uefi\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"unknown\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-windows\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[],\"linker\":\"rust-lld\",\"linkerFlavor\":\"msvc-lld\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"-mmx,-sse,+soft-float\"},\"x86_64-uwp-windows-gnu\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\"},\"x86_64-uwp-windows-msvc\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"uwp\",\"vendor\":\"uwp\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\"},\"x86_64-win7-windows-gnu\":{\"tier\":3,\"description\":\"64-bit MinGW (Windows 7+)\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"win7\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":\"x86_64-w64-mingw32-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-win7-windows-msvc\":{\"tier\":3,\"description\":\"64-bit MSVC (Windows 7+)\",\"std\":true,\"hostTools\":false,\"os\":\"windows\",\"env\":\"msvc\",\"abi\":\"\",\"vendor\":\"win7\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-pc-windows-msvc\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"windows\"],\"linker\":null,\"linkerFlavor\":\"msvc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64-wrs-vxworks\":{\"tier\":3,\"description\":null,\"std\":true,\"hostTools\":false,\"os\":\"vxworks\",\"env\":\"gnu\",\"abi\":\"\",\"vendor\":\"wrs\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64-unknown-linux-gnu\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"wr-c++\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":64,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"x86_64h-apple-darwin\":{\"tier\":3,\"description\":\"x86_64 Apple macOS with Intel Haswell+\",\"std\":true,\"hostTools\":true,\"os\":\"macos\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"apple\",\"arch\":\"x86_64\",\"llvmTarget\":\"x86_64h-apple-macosx\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\"pointerWidth\":64,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":null,\"linkerFlavor\":\"darwin-cc\",\"panicStrategy\":\"unwind\",\"maxAtomicWidth\":128,\"atomicCas\":true,\"noStd\":false,\"features\":\"-rdrand,-aes,-pclmulqdq,-rtm,-fsgsbase\"},\"xtensa-esp32-espidf\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":null,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"xtensa-esp32-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"xtensa-esp32-none-elf\":{\"tier\":3,\"description\":\"Xtensa ESP32\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"xtensa-esp32-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"},\"xtensa-esp32s2-espidf\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":null,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"xtensa-esp32s2-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"xtensa-esp32s2-none-elf\":{\"tier\":3,\"description\":\"Xtensa ESP32-S2\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"xtensa-esp32s2-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":false,\"noStd\":true,\"features\":\"+forced-atomics\"},\"xtensa-esp32s3-espidf\":{\"tier\":3,\"description\":null,\"std\":null,\"hostTools\":null,\"os\":\"espidf\",\"env\":\"newlib\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[\"unix\"],\"linker\":\"xtensa-esp32s3-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":false,\"features\":\"\"},\"xtensa-esp32s3-none-elf\":{\"tier\":3,\"description\":\"Xtensa ESP32-S3\",\"std\":false,\"hostTools\":false,\"os\":\"none\",\"env\":\"\",\"abi\":\"\",\"vendor\":\"espressif\",\"arch\":\"xtensa\",\"llvmTarget\":\"xtensa-none-elf\",\"llvmAbiname\":\"\",\"dataLayout\":\"e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32\",\"pointerWidth\":32,\"endian\":\"little\",\"family\":[],\"linker\":\"xtensa-esp32s3-elf-gcc\",\"linkerFlavor\":\"gnu-cc\",\"panicStrategy\":\"abort\",\"maxAtomicWidth\":32,\"atomicCas\":true,\"noStd\":true,\"features\":\"\"}},\"schema\":{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"title\":\"TargetSpecJson\",\"type\":\"object\",\"properties\":{\"abi\":{\"anyOf\":[{\"$ref\":\"#/$defs/Abi\"},{\"type\":\"null\"}]},\"abi-return-struct-as-int\":{\"type\":[\"boolean\",\"null\"]},\"allow-asm\":{\"type\":[\"boolean\",\"null\"]},\"allows-weak-linkage\":{\"type\":[\"boolean\",\"null\"]},\"arch\":{\"$ref\":\"#/$defs/Arch\"},\"archive-format\":{\"type\":[\"string\",\"null\"]},\"asm-args\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"}},\"atomic-cas\":{\"type\":[\"boolean\",\"null\"]},\"binary-format\":{\"anyOf\":[{\"$ref\":\"#/$defs/BinaryFormat\"},{\"type\":\"null\"}]},\"c-enum-min-bits\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0},\"code-model\":{\"anyOf\":[{\"$ref\":\"#/$defs/CodeModel\"},{\"type\":\"null\"}]},\"cpu\":{\"type\":[\"string\",\"null\"]},\"crt-objects-fallback\":{\"anyOf\":[{\"$ref\":\"#/$defs/LinkSelfContainedDefault\"},{\"type\":\"null\"}]},\"crt-static-allows-dylibs\":{\"type\":[\"boolean\",\"null\"]},\"crt-static-default\":{\"type\":[\"boolean\",\"null\"]},\"crt-static-respected\":{\"type\":[\"boolean\",\"null\"]},\"data-layout\":{\"type\":\"string\"},\"debuginfo-kind\":{\"anyOf\":[{\"$ref\":\"#/$defs/DebuginfoKind\"},{\"type\":\"null\"}]},\"default-codegen-backend\":{\"type\":[\"string\",\"null\"]},\"default-codegen-units\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0},\"default-dwarf-version\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint32\",\"minimum\":0},\"default-sanitizers\":{\"type\":[\"array\",\"null\"],\"items\":{\"$ref\":\"#/$defs/SanitizerSet\"}},\"default-uwtable\":{\"type\":[\"boolean\",\"null\"]},\"default-visibility\":{\"anyOf\":[{\"$ref\":\"#/$defs/SymbolVisibility\"},{\"type\":\"null\"}]},\"direct-access-external-data\":{\"type\":[\"boolean\",\"null\"]},\"disable-redzone\":{\"type\":[\"boolean\",\"null\"]},\"dll-prefix\":{\"type\":[\"string\",\"null\"]},\"dll-suffix\":{\"type\":[\"string\",\"null\"]},\"dll-tls-export\":{\"type\":[\"boolean\",\"null\"]},\"dynamic-linking\":{\"type\":[\"boolean\",\"null\"]},\"eh-frame-header\":{\"type\":[\"boolean\",\"null\"]},\"emit-debug-gdb-scripts\":{\"type\":[\"boolean\",\"null\"]},\"entry-abi\":{\"anyOf\":[{\"$ref\":\"#/$defs/ExternAbi\"},{\"type\":\"null\"}]},\"entry-name\":{\"type\":[\"string\",\"null\"]},\"env\":{\"anyOf\":[{\"$ref\":\"#/$defs/Env\"},{\"type\":\"null\"}]},\"exe-suffix\":{\"type\":[\"string\",\"null\"]},\"executables\":{\"type\":[\"boolean\",\"null\"]},\"features\":{\"type\":[\"string\",\"null\"]},\"frame-pointer\":{\"anyOf\":[{\"$ref\":\"#/$defs/FramePointer\"},{\"type\":\"null\"}]},\"function-sections\":{\"type\":[\"boolean\",\"null\"]},\"generate-arange-section\":{\"type\":[\"boolean\",\"null\"]},\"has-rpath\":{\"type\":[\"boolean\",\"null\"]},\"has-thread-local\":{\"type\":[\"boolean\",\"null\"]},\"has-thumb-interworking\":{\"type\":[\"boolean\",\"null\"]},\"is-like-aix\":{\"type\":[\"boolean\",\"null\"]},\"is-like-android\":{\"type\":[\"boolean\",\"null\"]},\"is-like-darwin\":{\"type\":[\"boolean\",\"null\"]},\"is-like-gpu\":{\"type\":[\"boolean\",\"null\"]},\"is-like-msvc\":{\"type\":[\"boolean\",\"null\"]},\"is-like-solaris\":{\"type\":[\"boolean\",\"null\"]},\"is-like-vexos\":{\"type\":[\"boolean\",\"null\"]},\"is-like-wasm\":{\"type\":[\"boolean\",\"null\"]},\"is-like-windows\":{\"type\":[\"boolean\",\"null\"]},\"late-link-args\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"late-link-args-dynamic\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"late-link-args-static\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"limit-rdylib-exports\":{\"type\":[\"boolean\",\"null\"]},\"link-env\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"}},\"link-env-remove\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"}},\"link-script\":{\"type\":[\"string\",\"null\"]},\"link-self-contained\":{\"anyOf\":[{\"$ref\":\"#/$defs/LinkSelfContainedComponentsWrapper\"},{\"type\":\"null\"}]},\"linker\":{\"type\":[\"string\",\"null\"]},\"linker-flavor\":{\"anyOf\":[{\"$ref\":\"#/$defs/LinkerFlavor\"},{\"type\":\"null\"}]},\"linker-is-gnu\":{\"type\":[\"boolean\",\"null\"]},\"lld-flavor\":{\"anyOf\":[{\"$ref\":\"#/$defs/LldFlavor\"},{\"type\":\"null\"}]},\"llvm-abiname\":{\"type\":[\"string\",\"null\"]},\"llvm-args\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"}},\"llvm-floatabi\":{\"anyOf\":[{\"$ref\":\"#/$defs/FloatAbi\"},{\"type\":\"null\"}]},\"llvm-mcount-intrinsic\":{\"type\":[\"string\",\"null\"]},\"llvm-target\":{\"type\":\"string\"},\"main-needs-argc-argv\":{\"type\":[\"boolean\",\"null\"]},\"max-atomic-width\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0},\"merge-functions\":{\"anyOf\":[{\"$ref\":\"#/$defs/MergeFunctions\"},{\"type\":\"null\"}]},\"metadata\":{\"anyOf\":[{\"$ref\":\"#/$defs/TargetSpecJsonMetadata\"},{\"type\":\"null\"}]},\"min-atomic-width\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0},\"min-global-align\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0},\"need-explicit-cpu\":{\"type\":[\"boolean\",\"null\"]},\"no-builtins\":{\"type\":[\"boolean\",\"null\"]},\"no-default-libraries\":{\"type\":[\"boolean\",\"null\"]},\"obj-is-bitcode\":{\"type\":[\"boolean\",\"null\"]},\"only-cdylib\":{\"type\":[\"boolean\",\"null\"]},\"os\":{\"anyOf\":[{\"$ref\":\"#/$defs/Os\"},{\"type\":\"null\"}]},\"override-export-symbols\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"}},\"panic-strategy\":{\"anyOf\":[{\"$ref\":\"#/$defs/PanicStrategy\"},{\"type\":\"null\"}]},\"plt-by-default\":{\"type\":[\"boolean\",\"null\"]},\"position-independent-executables\":{\"type\":[\"boolean\",\"null\"]},\"post-link-args\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"post-link-objects\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"post-link-objects-fallback\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"pre-link-args\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"pre-link-objects\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"pre-link-objects-fallback\":{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"relax-elf-relocations\":{\"type\":[\"boolean\",\"null\"]},\"relocation-model\":{\"anyOf\":[{\"$ref\":\"#/$defs/RelocModel\"},{\"type\":\"null\"}]},\"relro-level\":{\"anyOf\":[{\"$ref\":\"#/$defs/RelroLevel\"},{\"type\":\"null\"}]},\"requires-lto\":{\"type\":[\"boolean\",\"null\"]},\"requires-uwtable\":{\"type\":[\"boolean\",\"null\"]},\"rustc-abi\":{\"anyOf\":[{\"$ref\":\"#/$defs/RustcAbi\"},{\"type\":\"null\"}]},\"simd-types-indirect\":{\"type\":[\"boolean\",\"null\"]},\"singlethread\":{\"type\":[\"boolean\",\"null\"]},\"small-data-threshold-support\":{\"anyOf\":[{\"$ref\":\"#/$defs/SmallDataThresholdSupport\"},{\"type\":\"null\"}]},\"split-debuginfo\":{\"anyOf\":[{\"$ref\":\"#/$defs/SplitDebuginfo\"},{\"type\":\"null\"}]},\"stack-probes\":{\"anyOf\":[{\"$ref\":\"#/$defs/StackProbeType\"},{\"type\":\"null\"}]},\"static-initializer-must-be-acyclic\":{\"type\":[\"boolean\",\"null\"]},\"static-position-independent-executables\":{\"type\":[\"boolean\",\"null\"]},\"staticlib-prefix\":{\"type\":[\"string\",\"null\"]},\"staticlib-suffix\":{\"type\":[\"string\",\"null\"]},\"supported-sanitizers\":{\"type\":[\"array\",\"null\"],\"items\":{\"$ref\":\"#/$defs/SanitizerSet\"}},\"supported-split-debuginfo\":{\"type\":[\"array\",\"null\"],\"items\":{\"$ref\":\"#/$defs/SplitDebuginfo\"}},\"supports-stack-protector\":{\"type\":[\"boolean\",\"null\"]},\"supports-xray\":{\"type\":[\"boolean\",\"null\"]},\"target-c-int-width\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint16\",\"maximum\":65535,\"minimum\":0},\"target-endian\":{\"anyOf\":[{\"$ref\":\"#/$defs/Endian\"},{\"type\":\"null\"}]},\"target-family\":{\"anyOf\":[{\"$ref\":\"#/$defs/TargetFamiliesJson\"},{\"type\":\"null\"}]},\"target-mcount\":{\"type\":[\"string\",\"null\"]},\"target-pointer-width\":{\"type\":\"integer\",\"format\":\"uint16\",\"maximum\":65535,\"minimum\":0},\"tls-model\":{\"anyOf\":[{\"$ref\":\"#/$defs/TlsModel\"},{\"type\":\"null\"}]},\"trap-unreachable\":{\"type\":[\"boolean\",\"null\"]},\"use-ctors-section\":{\"type\":[\"boolean\",\"null\"]},\"vendor\":{\"type\":[\"string\",\"null\"]}},\"additionalProperties\":false,\"required\":[\"llvm-target\",\"target-pointer-width\",\"data-layout\",\"arch\"],\"$defs\":{\"Abi\":{\"type\":\"string\"},\"Arch\":{\"type\":\"string\"},\"BinaryFormat\":{\"type\":\"string\",\"enum\":[\"coff\",\"elf\",\"mach-o\",\"wasm\",\"xcoff\"]},\"CodeModel\":{\"type\":\"string\",\"enum\":[\"tiny\",\"small\",\"kernel\",\"medium\",\"large\"]},\"DebuginfoKind\":{\"description\":\"Which kind of debuginfo does the target use?\\n\\nUseful in determining whether a target supports Split DWARF (a target with\\n`DebuginfoKind::Dwarf` and supporting `SplitDebuginfo::Unpacked` for example).\",\"oneOf\":[{\"description\":\"DWARF debuginfo (such as that used on `x86_64_unknown_linux_gnu`).\",\"type\":\"string\",\"const\":\"dwarf\"},{\"description\":\"DWARF debuginfo in dSYM files (such as on Apple platforms).\",\"type\":\"string\",\"const\":\"dwarf-dsym\"},{\"description\":\"Program database files (such as on Windows).\",\"type\":\"string\",\"const\":\"pdb\"}]},\"Endian\":{\"type\":\"string\",\"enum\":[\"big\",\"little\"]},\"Env\":{\"type\":\"string\"},\"ExternAbi\":{\"type\":\"string\",\"enum\":[\"C\",\"C-unwind\",\"Rust\",\"aapcs\",\"aapcs-unwind\",\"avr-interrupt\",\"avr-non-blocking-interrupt\",\"cdecl\",\"cdecl-unwind\",\"cmse-nonsecure-call\",\"cmse-nonsecure-entry\",\"custom\",\"efiapi\",\"fastcall\",\"fastcall-unwind\",\"gpu-kernel\",\"msp430-interrupt\",\"ptx-kernel\",\"riscv-interrupt-m\",\"riscv-interrupt-s\",\"rust-call\",\"rust-cold\",\"rust-invalid\",\"rust-preserve-none\",\"stdcall\",\"stdcall-unwind\",\"system\",\"system-unwind\",\"sysv64\",\"sysv64-unwind\",\"thiscall\",\"thiscall-unwind\",\"unadjusted\",\"vectorcall\",\"vectorcall-unwind\",\"win64\",\"win64-unwind\",\"x86-interrupt\"]},\"FloatAbi\":{\"description\":\"The float ABI setting to be configured in the LLVM target machine.\",\"type\":\"string\",\"enum\":[\"soft\",\"hard\"]},\"FramePointer\":{\"oneOf\":[{\"description\":\"Forces the machine code generator to always preserve the frame pointers.\",\"type\":\"string\",\"const\":\"always\"},{\"description\":\"Forces the machine code generator to preserve the frame pointers except for the leaf\\nfunctions (i.e. those that don't call other functions).\",\"type\":\"string\",\"const\":\"non-leaf\"},{\"description\":\"Allows the machine code generator to omit the frame pointers.\\n\\nThis option does not guarantee that the frame pointers will be omitted.\",\"type\":\"string\",\"const\":\"may-omit\"}]},\"LinkSelfContainedComponents\":{\"type\":\"string\",\"enum\":[\"crto\",\"libc\",\"unwind\",\"linker\",\"sanitizers\",\"mingw\"]},\"LinkSelfContainedComponentsWrapper\":{\"type\":\"object\",\"properties\":{\"components\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/LinkSelfContainedComponents\"}}},\"required\":[\"components\"]},\"LinkSelfContainedDefault\":{\"type\":\"string\",\"enum\":[\"false\",\"true\",\"wasm\",\"musl\",\"mingw\"]},\"LinkerFlavor\":{\"type\":\"string\",\"enum\":[\"gnu\",\"gnu-lld\",\"gnu-cc\",\"gnu-lld-cc\",\"darwin\",\"darwin-lld\",\"darwin-cc\",\"darwin-lld-cc\",\"wasm-lld\",\"wasm-lld-cc\",\"unix\",\"unix-cc\",\"msvc-lld\",\"msvc\",\"em-cc\",\"bpf\",\"llbc\",\"ptx\",\"gcc\",\"ld\",\"ld.lld\",\"ld64.lld\",\"lld-link\",\"wasm-ld\",\"em\"]},\"LldFlavor\":{\"type\":\"string\",\"enum\":[\"wasm\",\"darwin\",\"gnu\",\"link\"]},\"MergeFunctions\":{\"type\":\"string\",\"enum\":[\"disabled\",\"trampolines\",\"aliases\"]},\"Os\":{\"type\":\"string\"},\"PanicStrategy\":{\"type\":\"string\",\"enum\":[\"unwind\",\"abort\",\"immediate-abort\"]},\"RelocModel\":{\"type\":\"string\",\"enum\":[\"static\",\"pic\",\"pie\",\"dynamic-no-pic\",\"ropi\",\"rwpi\",\"ropi-rwpi\"]},\"RelroLevel\":{\"type\":\"string\",\"enum\":[\"full\",\"partial\",\"off\",\"none\"]},\"RustcAbi\":{\"description\":\"The Rustc-specific variant of the ABI used for this target.\",\"oneOf\":[{\"description\":\"On x86-32 only: make use of SSE and SSE2 for ABI purposes.\",\"type\":\"string\",\"const\":\"x86-sse2\"},{\"description\":\"On x86-32/64 and S390x: do not use any FPU or SIMD registers for the ABI.\",\"type\":\"string\",\"const\":\"softfloat\"}]},\"SanitizerSet\":{\"type\":\"string\",\"enum\":[\"address\",\"leak\",\"memory\",\"thread\",\"hwaddress\",\"cfi\",\"memtag\",\"shadow-call-stack\",\"kcfi\",\"kernel-address\",\"safestack\",\"dataflow\",\"realtime\"]},\"SmallDataThresholdSupport\":{\"type\":\"string\",\"pattern\":\"^none|default-for-arch|llvm-module-flag=.+|llvm-arg=.+$\"},\"SplitDebuginfo\":{\"oneOf\":[{\"description\":\"Split debug-information is disabled, meaning that on supported platforms\\nyou can find all debug information in the executable itself. This is\\nonly supported for ELF effectively.\\n\\n* Windows - not supported\\n* macOS - don't run `dsymutil`\\n* ELF - `.debug_*` sections\",\"type\":\"string\",\"const\":\"off\"},{\"description\":\"Split debug-information can be found in a \\\"packed\\\" location separate\\nfrom the final artifact. This is supported on all platforms.\\n\\n* Windows - `*.pdb`\\n* macOS - `*.dSYM` (run `dsymutil`)\\n* ELF - `*.dwp` (run `thorin`)\",\"type\":\"string\",\"const\":\"packed\"},{\"description\":\"Split debug-information can be found in individual object files on the\\nfilesystem. The main executable may point to the object files.\\n\\n* Windows - not supported\\n* macOS - supported, scattered object files\\n* ELF - supported, scattered `*.dwo` or `*.o` files (see `SplitDwarfKind`)\",\"type\":\"string\",\"const\":\"unpacked\"}]},\"StackProbeType\":{\"oneOf\":[{\"description\":\"Don't emit any stack probes.\",\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"none\"}},\"required\":[\"kind\"]},{\"description\":\"It is harmless to use this option even on targets that do not have backend support for\\nstack probes as the failure mode is the same as if no stack-probe option was specified in\\nthe first place.\",\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"inline\"}},\"required\":[\"kind\"]},{\"description\":\"Call `__rust_probestack` whenever stack needs to be probed.\",\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"call\"}},\"required\":[\"kind\"]},{\"description\":\"Use inline option for LLVM versions later than specified in `min_llvm_version_for_inline`\\nand call `__rust_probestack` otherwise.\",\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"inline-or-call\"},\"min-llvm-version-for-inline\":{\"type\":\"array\",\"maxItems\":3,\"minItems\":3,\"prefixItems\":[{\"type\":\"integer\",\"format\":\"uint32\",\"minimum\":0},{\"type\":\"integer\",\"format\":\"uint32\",\"minimum\":0},{\"type\":\"integer\",\"format\":\"uint32\",\"minimum\":0}]}},\"required\":[\"kind\",\"min-llvm-version-for-inline\"]}]},\"SymbolVisibility\":{\"type\":\"string\",\"enum\":[\"hidden\",\"protected\",\"interposable\"]},\"TargetFamiliesJson\":{\"anyOf\":[{\"type\":\"array\",\"items\":{\"type\":\"string\"}},{\"type\":\"string\"}]},\"TargetSpecJsonMetadata\":{\"type\":\"object\",\"properties\":{\"description\":{\"type\":[\"string\",\"null\"]},\"host_tools\":{\"type\":[\"boolean\",\"null\"]},\"std\":{\"type\":[\"boolean\",\"null\"]},\"tier\":{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0}}},\"TlsModel\":{\"type\":\"string\",\"enum\":[\"global-dynamic\",\"local-dynamic\",\"initial-exec\",\"local-exec\",\"emulated\"]}}}}";

;// CONCATENATED MODULE: ./shared/rust/targets.ts






let snapshotCache;
/** The embedded snapshot (made by .ci/gen-target-snapshot.ts), parsed once. */
function snapshotCatalog() {
    if (snapshotCache)
        return cloneCatalog(snapshotCache);
    const snap = JSON.parse(TARGET_SNAPSHOT_JSON);
    const targets = new Map();
    for (const [name, f] of Object.entries(snap.targets)) {
        targets.set(name, { target: name, ...f, rustupStd: snap.rustupStd ? snap.rustupStd[name] === true : null, installed: null });
    }
    snapshotCache = { source: 'snapshot', rustc: snap.rustc, targets, schema: snap.schema, sysroot: null, findings: [] };
    return cloneCatalog(snapshotCache);
}
function cloneCatalog(c) {
    return { ...c, targets: new Map(c.targets), findings: [...c.findings] };
}
/**
 * Facts from the job's toolchain: one rustc call for sysroot + all specs + schema, then the channel
 * manifest in the sysroot (rustup installs) for rust-std availability and the version; `rustc -vV` only
 * when there is no manifest. Falls back to the snapshot with a notice when rustc cannot run.
 */
async function loadTargetCatalog(run, opts = {}, started) {
    const rustc = opts.rustc ?? 'rustc';
    const { result: r, early, call } = await (started ?? (0,facts_query/* queryRustc */.E)(run, opts));
    if (r.code !== 0) {
        const cat = snapshotCatalog();
        const why = r.stderr.trim().split('\n')[0] || `exit ${r.code}`;
        cat.findings.push(rust_findings/* rustFindings */.R.make('rustc-unavailable', `Could not read target facts from ${rustc} (${why}); using the embedded snapshot from ${cat.rustc.line}.`, {
            hint: 'Install the toolchain before this step so facts match the compiler that builds.',
        }));
        return cat;
    }
    const parts = splitCombinedPrint(r.stdout);
    const targets = parseAllTargetSpecs(parts.specs);
    const findings = [];
    let schema = null;
    if (parts.schema) {
        try {
            schema = JSON.parse(parts.schema);
        }
        catch {
            schema = null;
        }
    }
    if (schema === null) {
        schema = snapshotCatalog().schema;
        findings.push(rust_findings/* rustFindings */.R.make('schema-from-snapshot', `${rustc} has no target-spec-json-schema printer; validating custom specs against the snapshot's schema.`));
    }
    const sysroot = parts.sysroot || null;
    let manifest = null;
    let installedDirs = null;
    const pending = early;
    const same = pending !== null && pending.sysroot === sysroot;
    if (sysroot && opts.readText) {
        const text = same ? await pending.manifest : await opts.readText(`${sysroot}/lib/rustlib/multirust-channel-manifest.toml`);
        if (text !== undefined)
            manifest = rustStdFromChannelManifest(text);
    }
    if (sysroot && opts.listDir) {
        const names = same ? await pending.dirs : await opts.listDir(`${sysroot}/lib/rustlib`);
        if (names)
            installedDirs = new Set(names);
    }
    for (const f of targets.values()) {
        if (manifest)
            f.rustupStd = manifest.available.get(f.target) ?? false;
        if (installedDirs)
            f.installed = installedDirs.has(f.target);
    }
    let version;
    if (manifest?.rustcVersion) {
        version = parseRustcVersion(`rustc ${manifest.rustcVersion}`);
    }
    else {
        const v = await run(rustc, ['-vV'], call);
        version = v.code === 0 ? parseRustcVersion(v.stdout) : parseRustcVersion('');
    }
    if (version.host === null)
        version.host = hostFromSysroot(sysroot, installedDirs);
    return { source: 'rustc', rustc: version, targets, schema, sysroot, findings };
}
/** rustup sysroots end in `<channel>-<host triple>`. */
function hostFromSysroot(sysroot, dirs) {
    if (!sysroot)
        return null;
    const last = sysroot.split('/').pop() ?? '';
    for (const d of dirs ?? [])
        if (last.endsWith(`-${d}`))
            return d;
    const m = /-(x86_64|aarch64|i686|riscv64gc|powerpc64le|s390x|armv7)-(.+)$/.exec(last);
    return m ? `${m[1]}-${m[2]}` : null;
}
/** Targets sharing an arch (used to find the closest built-in for a custom spec). */
function targetsByLlvmTarget(catalog) {
    const out = new Map();
    for (const f of catalog.targets.values()) {
        const list = out.get(f.llvmTarget);
        if (list)
            list.push(f);
        else
            out.set(f.llvmTarget, [f]);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/rust/matrix-plan.ts
/**
 * build-target-matrix's use case, from one plain request and its ports to a report: gather targets from every
 * source, read the toolchain's facts once, validate custom specs (optionally confirmed by rustc), plan each
 * target, write the configs and facts.json, and apply GitHub's matrix limits.
 */










// What the action needs besides the use case: one import for its rendering and exit decision.


const LINK_HINT = 'Commit the file itself inside the repository, not a link to a file elsewhere.';
/** Where a committed symlink leads out of `root` (its text would reach annotations and the summary). */
async function linkOutside(deps, p, root) {
    if (!deps.realPath)
        return undefined;
    const real = await deps.realPath(p);
    if (real === undefined)
        return undefined;
    const rel = external_node_path_default().relative((await deps.realPath(root)) ?? root, real);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? real : undefined;
}
/** Workspace-relative when inside it (so the fan-out job finds it in its checkout), else absolute. */
function displayPath(p, workspace) {
    const rel = external_node_path_default().relative(workspace, p);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : p;
}
/** Where a target was named, for its findings. */
const namedAt = (r) => ({ ...(r.file !== undefined ? { file: r.file } : {}), ...(r.line !== undefined ? { line: r.line } : {}) });
async function planMatrix(req, deps) {
    // The toolchain and rustc's facts query: started by the caller before this code loaded, or here.
    const start = deps.started ?? (await (0,matrix_start/* startMatrix */.Gr)(req, deps));
    const { toolchain, toolchainFrom } = start;
    const findings = [...start.findings];
    const run = (0,matrix_start/* rustcRunner */.UM)(req, deps);
    // rustc starts first and the targets are gathered while it prints the specs (it is most of the wall time).
    // Its findings stay ahead of the sources' findings, as when the two ran one after the other.
    const facts = readFacts(req, deps, run, toolchain, findings, start.facts);
    const gathered = gatherTargets(req, deps);
    facts.catch(() => undefined);
    gathered.catch(() => undefined);
    const { catalog, validate, rustcEnv } = await facts;
    const merged = await gathered;
    findings.push(...merged.findings);
    const rows = await resolveTargets(merged.targets, { req, deps, run, catalog, validate, rustcEnv, findings });
    await planRows(rows, req, deps, catalog, toolchain, findings);
    // Rustflags in the job environment against the configs that set rustflags; SDK-mode targets (target-path,
    // or sdk: on the target) clear those variables themselves.
    const sdkMode = (r) => (r.request.options.sdk ?? r.request.origin === 'target-path') !== false;
    const exposed = rows.filter((r) => r.planned && !sdkMode(r));
    const hasFlags = (r) => r.planned.config.rustflags.length > 0;
    findings.push(...rustflagsEnvironmentFindings(req.env, exposed.filter(hasFlags).map((r) => r.name), exposed.filter((r) => !hasFlags(r)).map((r) => r.name)));
    const entries = rows.flatMap((r) => (r.planned ? [r.planned.entry] : []));
    const matrix = buildMatrix(entries, { maxJobs: req.maxJobs, batch: req.batch });
    findings.push(...matrix.findings);
    // Only when nothing was named at all: a rejected or missing target already has its own error.
    if (rows.length === 0 && !findings.some((f) => f.severity === 'error')) {
        findings.push(rust_findings/* rustFindings */.R.make('no-targets', 'No targets found in targets, targets-from or target-path.', { severity: 'warning', hint: 'Name triples or .json specs in targets, or point targets-from at a file that lists some.' }));
    }
    const factsPath = external_node_path_default().join(req.configDir, 'facts.json');
    await deps.writeFileAtomic(factsPath, `${JSON.stringify(factsDocument(toolchain, toolchainFrom, catalog, validate, rows), null, 2)}\n`);
    return { catalog, toolchain, toolchainFrom, validate, rows, matrix, findings, factsPath };
}
/**
 * Facts from that toolchain (without letting rustup download it here), else the default rustc, else the
 * snapshot; and the validation level that can actually run with them.
 */
async function readFacts(req, deps, run, toolchain, findings, answer) {
    const fsIo = { readText: deps.readText, listDir: deps.listDir, rustc: req.rustc };
    // The same toolchain confirms custom specs (rustc --print cfg / codegen) when it answered.
    const rustcEnv = { RUSTUP_AUTO_INSTALL: '0', RUSTUP_TOOLCHAIN: toolchain };
    let catalog = await loadTargetCatalog(run, (0,matrix_start/* toolchainFactsOptions */.Nr)(req, deps, toolchain), answer);
    if (catalog.source === 'snapshot') {
        const plain = await loadTargetCatalog(run, fsIo);
        delete rustcEnv.RUSTUP_TOOLCHAIN;
        if (plain.source === 'rustc') {
            plain.findings.push(rust_findings/* rustFindings */.R.make('facts-from-default-rustc', `Toolchain ${toolchain} is not installed here; facts come from the default rustc (${plain.rustc.line}).`, {
                hint: `Install ${toolchain} before this step (rustup toolchain install ${toolchain}) so the facts are those of the compiler that builds.`,
            }));
            catalog = plain;
        }
    }
    findings.push(...catalog.findings);
    const asked = req.validate ?? (catalog.source === 'rustc' ? 'rustc' : 'schema');
    // What actually ran (the summary and facts.json report this one).
    const validate = catalog.source === 'rustc' ? asked : 'schema';
    if (asked !== 'schema' && catalog.source !== 'rustc') {
        // Asked for by name: a check that silently did not run would pass a spec rustc rejects.
        findings.push(rust_findings/* rustFindings */.R.make('validate-without-rustc', `input 'validate': ${asked} needs rustc, which did not run here; custom specs were checked against the schema only.`, {
            hint: 'Install the toolchain before this step (rustup toolchain install …), or set validate: schema.',
        }));
    }
    return { catalog, validate, rustcEnv };
}
/** Every source's targets, merged (first wins), with the findings of reading them. */
async function gatherTargets(req, deps) {
    const lists = [];
    if (req.targets) {
        const r = targetsFromInput(req.targets, 'targets');
        // Spec paths in the input are relative to the workspace (the repository root for the demo).
        r.targets = r.targets.map((t) => (t.kind === 'json' ? { ...t, target: displayPath(external_node_path_default().resolve(req.base, t.target), req.workspace) } : t));
        lists.push(r);
    }
    for (const file of req.targetsFrom) {
        const shown = displayPath(file, req.workspace);
        const out = await linkOutside(deps, file, req.base);
        if (out !== undefined) {
            lists.push({ targets: [], findings: [rust_findings/* rustFindings */.R.make('targets-from-outside', `input 'targets-from': ${shown} is a link to ${out}, outside the workspace; not read.`, { file: shown, hint: LINK_HINT })] });
            continue;
        }
        const text = await deps.readText(file);
        if (text === undefined) {
            lists.push({ targets: [], findings: [rust_findings/* rustFindings */.R.make('targets-from-missing', `input 'targets-from': ${shown} does not exist.`, { file: shown, hint: 'Give a path relative to the workspace (and check out the repository before this step).' })] });
            continue;
        }
        // Spec paths found in a file are relative to the workspace already (cargo config: to its project).
        lists.push(targetsFromFile(shown, text));
    }
    for (const dir of req.targetPath) {
        const names = await deps.listDir(dir);
        const shown = displayPath(dir, req.workspace);
        if (names === undefined) {
            lists.push({ targets: [], findings: [rust_findings/* rustFindings */.R.make('target-path-missing', `input 'target-path': directory ${shown} does not exist.`, { file: shown, hint: 'Install the SDK before this step, or fix the directory.' })] });
            continue;
        }
        lists.push(targetsFromDirectory(shown, names));
    }
    return mergeTargets(lists);
}
/** One row per target: built-in facts, or a validated custom spec; `skipped` says why one is left out. */
async function resolveTargets(requests, ctx) {
    const rows = [];
    const customNames = new Set();
    for (const request of requests) {
        if (request.kind === 'triple') {
            rows.push(resolveBuiltin(request, ctx));
            continue;
        }
        const row = { request, name: targetName(request.target), custom: true, facts: null };
        rows.push(row);
        await resolveCustom(row, customNames, ctx);
    }
    return rows;
}
/** The built-in names by arch (the part before the first '-'): suggestions only look within one. */
const namesByArch = new WeakMap();
function sameArch(catalog, name) {
    let index = namesByArch.get(catalog);
    if (!index) {
        index = new Map();
        for (const n of catalog.targets.keys()) {
            const arch = n.split('-')[0];
            const list = index.get(arch);
            if (list)
                list.push(n);
            else
                index.set(arch, [n]);
        }
        namesByArch.set(catalog, index);
    }
    return index.get(name.split('-')[0]) ?? [];
}
function resolveBuiltin(request, { catalog, findings }) {
    const facts = catalog.targets.get(request.target) ?? null;
    const row = { request, name: request.target, custom: false, facts };
    if (!facts) {
        const near = nearestTargets(request.target, sameArch(catalog, request.target));
        findings.push(rust_findings/* rustFindings */.R.make('target-unknown', `${request.target} is not a built-in target of ${catalog.rustc.line || 'this rustc'}.`, {
            ...namedAt(request),
            hint: near.length > 0 ? `Did you mean ${near.join(' or ')}? (rustc --print target-list)` : 'See rustc --print target-list, or give a .json spec.',
        }));
        row.skipped = 'unknown target';
    }
    return row;
}
async function resolveCustom(row, customNames, { req, deps, run, catalog, validate, rustcEnv, findings }) {
    const { request, name } = row;
    const abs = external_node_path_default().resolve(req.workspace, request.target);
    // RUST_TARGET_PATH directories may live outside (an SDK in /opt); specs named in the repository may not.
    const out = request.origin === 'target-path' ? undefined : await linkOutside(deps, abs, req.base);
    if (out !== undefined) {
        findings.push(rust_findings/* rustFindings */.R.make('target-path-outside', `Target spec ${request.target} is a link to ${out}, outside the workspace; not read.`, { ...namedAt(request), hint: LINK_HINT }));
        row.skipped = 'spec outside the workspace';
        return;
    }
    const text = await deps.readText(abs);
    if (text === undefined) {
        findings.push(rust_findings/* rustFindings */.R.make('spec-missing', `Target spec ${request.target} does not exist.`, {
            ...namedAt(request),
            hint: 'Spec paths are relative to the workspace root; commit the .json or fix the path.',
        }));
        row.skipped = 'spec file missing';
        return;
    }
    if (catalog.targets.has(name)) {
        findings.push(rust_findings/* rustFindings */.R.make('spec-shadows-builtin', `${request.target} has the name of the built-in ${name}; rustc picks the built-in for --target ${name}.`, { file: request.target, hint: 'Rename the file.' }));
    }
    if (customNames.has(name))
        row.skipped = 'duplicate name';
    customNames.add(name);
    const check = validateTargetSpec(text, { file: request.target, catalog });
    row.check = check;
    row.facts = check.facts;
    findings.push(...check.findings);
    if (validate !== 'schema' && catalog.source === 'rustc' && check.spec) {
        const real = await confirmSpecWithRustc(run, abs, { rustc: req.rustc, level: validate, outDir: req.tempDir, file: request.target, env: rustcEnv, rustflags: request.options.rustflags ?? [] });
        row.rustc = real;
        if (!real.accepted && check.valid)
            findings.push(...real.findings);
        if (real.accepted && !check.valid) {
            findings.push(rust_findings/* rustFindings */.R.make('rustc-accepted', `rustc (${validate}) accepted ${request.target} although the checks above found errors; they fail later (codegen, or a newer rustc).`, { file: request.target }));
        }
    }
    if (!check.valid || (row.rustc && !row.rustc.accepted))
        row.skipped = 'invalid spec';
}
/** Plan every row that is not skipped and write its cargo config. */
async function planRows(rows, req, deps, catalog, toolchain, findings) {
    const planOpts = {
        catalog,
        toolchain,
        allowBootstrap: req.allowBootstrap,
        runner: req.runner,
        commands: req.commands,
        configDir: req.configDir,
        env: req.env,
        warnEnvironment: false,
    };
    for (const row of rows) {
        if (row.skipped || !row.facts)
            continue;
        const specText = row.custom ? await deps.readText(external_node_path_default().resolve(req.workspace, row.request.target)) : undefined;
        row.planned = planTarget({ request: row.request, facts: row.facts, custom: row.custom, ...(specText !== undefined ? { specText } : {}), ...(row.check ? { check: row.check } : {}) }, planOpts);
        findings.push(...row.planned.findings);
    }
    // Written side by side (one after the other, 300 configs wait on the file system 300 times over); a path
    // planned twice (a custom spec named like a built-in) ends with the later row's text, as in row order.
    const byPath = new Map();
    for (const r of rows)
        if (r.planned)
            byPath.set(r.planned.entry.config, r.planned.config.text);
    await mapLimit([...byPath], 16, ([file, text]) => deps.writeFileAtomic(file, text));
}
/** facts.json: what the toolchain said about every target, and what became of it. */
function factsDocument(toolchain, toolchainFrom, catalog, validate, rows) {
    return {
        toolchain,
        toolchainFrom,
        source: catalog.source,
        rustc: catalog.rustc,
        validate,
        targets: rows.map((r) => ({
            name: r.name,
            request: r.request.target,
            origin: r.request.origin,
            custom: r.custom,
            skipped: r.skipped ?? null,
            facts: r.facts,
            findings: r.check?.findings ?? [],
            cfg: r.rustc?.cfg ? Object.fromEntries(r.rustc.cfg) : null,
            rustc: r.rustc ? { accepted: r.rustc.accepted, error: r.rustc.findings[0]?.message ?? null } : null,
            entry: r.planned?.entry ?? null,
        })),
    };
}


/***/ })

};
