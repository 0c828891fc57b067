export const id = 886;
export const ids = [886];
export const modules = {

/***/ 6505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  confirmSpecWithRustc: () => (/* reexport */ confirmSpecWithRustc),
  validateTargetSpec: () => (/* binding */ validateTargetSpec)
});

// UNUSED EXPORTS: LEGACY_FIELDS, NO_CORE_PROBE, REQUIRED_KEYS, closestBuiltin, codegenFlags, parseDataLayout, parseRustcSpecError

// EXTERNAL MODULE: ./shared/rust/facts.ts
var facts = __webpack_require__(8010);
// EXTERNAL MODULE: ./shared/rust/findings.ts
var rust_findings = __webpack_require__(7183);
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
const MAX_DEPTH = 128;
/**
 * Below a pointer longer than this nothing gets a position or float record of its own (a finding there points at
 * the nearest ancestor that has one; the long key itself keeps its line). Only a key no spec field has makes a
 * pointer this long, and V8 hashes a string of more than 16,383 characters by its length alone: the members of one
 * object under a 16 KiB key all fell in one bucket of the positions map, and 4,000 of them took 29 s.
 */
const MAX_POINTER = 4096;
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
        if (++depth > MAX_DEPTH)
            fail(`Nested more than ${MAX_DEPTH} levels deep; rustc's JSON reader stops there ("recursion limit exceeded").`, path);
        try {
            return parse(path);
        }
        finally {
            depth--;
        }
    };
    const parseValue = (path) => {
        skipWs(path);
        if (path.length <= MAX_POINTER && !positions.has(path))
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
            if ((m[2] !== undefined || m[3] !== undefined) && path.length <= MAX_POINTER)
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
            else if (path.length <= MAX_POINTER)
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

const bool = (v) => v === true;
const str = (v, d = '') => (typeof v === 'string' ? v : d);
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
    const lld = str(spec['lld-flavor'], 'gnu');
    if (lld === 'darwin')
        return `darwin${cc}`;
    if (lld === 'wasm')
        return `wasm-lld${cc}`;
    return lld === 'gnu' && spec['linker-is-gnu'] !== false ? `gnu${cc}` : `unix${cc}`;
}
/** Which target features the ABI needs enabled (required) or forbids (incompatible), by arch. */
function abiFeatureConstraints(spec) {
    const arch = str(spec.arch);
    const rustcAbi = str(spec['rustc-abi']);
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
            return str(spec.abi) === 'softfloat'
                ? { required: [], incompatible: ['neon'], why: '"abi": "softfloat"' }
                : { required: ['neon'], incompatible: [], why: 'the hard-float AArch64 ABI (no "abi": "softfloat")' };
        case 'riscv32':
        case 'riscv64': {
            const n = str(spec['llvm-abiname']);
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
            const n = str(spec['llvm-abiname']);
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
        arch: str(spec.arch),
        hasArch: typeof spec.arch === 'string',
        os: typeof spec.os === 'string' ? spec.os : 'none',
        vendor: typeof spec.vendor === 'string' ? spec.vendor : 'unknown',
        flavorRaw: linkerFlavor(spec),
        features: str(spec.features),
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
        if (bool(spec[flag]) !== holds) {
            add(`/${flag}`, 'spec-inconsistent', `"${flag}" must be true exactly when ${what}; here it is ${bool(spec[flag])}.`, holds ? setHint : unsetHint);
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
    if (!windows && bool(spec['is-like-windows']) && bool(spec['is-like-msvc'])) {
        // is-like-msvc needs is-like-windows: both go, or rustc's next complaint is the msvc one.
        add('/is-like-windows', 'spec-inconsistent', `"is-like-windows" must be true exactly when "os" is "windows", "uefi" or "cygwin"; here it is true.`, `Delete "is-like-windows" and "is-like-msvc"${flavorToo('msvc') || ' (and use a non-MSVC linker flavor)'}, or change "os".`);
    }
    else
        iff('is-like-windows', windows, '"os" is "windows", "uefi" or "cygwin"');
    if (hasArch) {
        iff('is-like-gpu', arch === 'nvptx64' || arch === 'amdgpu', '"arch" is "nvptx64" or "amdgpu"');
        iff('is-like-wasm', arch === 'wasm32' || arch === 'wasm64', '"arch" is "wasm32" or "wasm64"');
    }
    if (vendor === 'apple' && bool(spec['is-like-darwin']) && !APPLE_OSES.includes(os)) {
        add('/os', 'spec-inconsistent', `"vendor": "apple" with "os": "${os}": rustc's Apple base knows only ${APPLE_OSES.join(', ')} and panics ("tried to get deployment target for non-Apple platform").`, `Use one of Apple's OSes for "os", or another vendor (with "is-like-darwin" deleted and a linker flavor of that family).`);
    }
    if (bool(spec['is-like-msvc']) && !bool(spec['is-like-windows'])) {
        add('/is-like-msvc', 'spec-inconsistent', '"is-like-msvc" needs "is-like-windows".', 'Set "is-like-windows": true (and "os": "windows"), or drop "is-like-msvc".');
    }
    if (os === 'emscripten' && !bool(spec['is-like-wasm'])) {
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
    flavorIff(bool(spec['is-like-darwin']), family === 'darwin', 'darwin-lld', '"is-like-darwin" is true');
    flavorIff(bool(spec['is-like-msvc']), family === 'msvc', 'msvc-lld', '"is-like-msvc" is true');
    flavorIff(bool(spec['is-like-wasm']) && os !== 'emscripten', family === 'wasm', 'wasm-lld', '"is-like-wasm" is true');
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
    const llvmTarget = str(spec['llvm-target']);
    if (os === 'unknown' && !/^wasm(32|64)-unknown-unknown$/.test(llvmTarget) && !(str(spec.env) === 'sgx' && vendor === 'fortanix')) {
        add('/os', 'spec-os-unknown', '"os": "unknown" is reserved for a few built-in targets.', 'Use "os": "none" for bare metal, or the name of your OS.');
    }
    selfContainedProblems(spec, add);
    if ((bool(spec['crt-static-default']) || bool(spec['crt-static-allows-dylibs'])) && !bool(spec['crt-static-respected'])) {
        add(bool(spec['crt-static-default']) ? '/crt-static-default' : '/crt-static-allows-dylibs', 'spec-crt-static', 'A static CRT can be enabled but "crt-static-respected" is not set.', 'Add "crt-static-respected": true.');
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
    const abiname = str(spec['llvm-abiname']);
    if (arch === 'riscv32' || arch === 'riscv64') {
        const allowed = RISCV_ABIS[arch];
        if (!allowed.includes(abiname)) {
            const guess = riscvAbiGuess(arch, features);
            add(abiname ? '/llvm-abiname' : '', 'spec-riscv-abiname', abiname ? `"${abiname}" is not a ${arch} ABI name (rustc: "invalid RISC-V ABI name").` : `RISC-V specs need "llvm-abiname"; rustc rejects the file without it ("invalid RISC-V ABI name").`, `Use "llvm-abiname": "${guess}" (one of ${allowed.join(', ')}, matching the E and float features).`);
        }
    }
    if (arch === 'arm' && (spec['llvm-floatabi'] === undefined || spec['llvm-floatabi'] === null)) {
        const hard = str(spec.abi).endsWith('hf');
        add('', 'spec-arm-floatabi', 'ARM specs must set "llvm-floatabi" to "hard" or "soft".', `Add "llvm-floatabi": "${hard ? 'hard' : 'soft'}" (${hard ? 'the eabihf ABI passes floats in FPU registers' : 'floats in integer registers'}).`);
    }
    const rustcAbi = str(spec['rustc-abi']);
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
    const r = str(spec['rustc-abi']);
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

// EXTERNAL MODULE: ./shared/rust/suggest.ts
var suggest = __webpack_require__(7191);
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
        const near = (0,suggest/* closestByEdit */.D$)(archName, known, 2);
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
    const near = (0,suggest/* closestByEdit */.D$)(cpu, [...usable], 2);
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
const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : null);
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
    return done(spec, (0,facts/* factsFromSpec */.P_)(name, spec), closest);
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
            const near = (0,suggest/* closestByEdit */.D$)(key, known, 3);
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
    const near = (0,suggest/* closestByEdit */.D$)(flavor, LINKER_FLAVORS, 3);
    add('spec-schema', p('linker-flavor'), `"${flavor}" is not a linker flavor (rustc: "invalid linker flavor"; it knows ${LINKER_FLAVORS.join(', ')}).`, near && near.distance <= 3 ? `Did you mean "linker-flavor": "${near.name}"?` : `Write one of ${LINKER_FLAVORS.map((f) => `"${f}"`).join(', ')} here.`);
}
/**
 * data-layout against pointer width and endianness (rustc: "inconsistent target specification"), and against
 * LLVM's default for the llvm-target and llvm-abiname (rustc: a mismatch fails codegen). Every fix is LLVM's
 * layout, or the width/endianness LLVM's triple has: the spec's own layout is never the reference.
 */
function layoutFindings({ spec, add }) {
    const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
    const width = num(spec['target-pointer-width']);
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
    if (num(spec['target-pointer-width']) !== bits)
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
    const near = (0,suggest/* closestByEdit */.D$)(arch, archs, 3);
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


/***/ })

};
