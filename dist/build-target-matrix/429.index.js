export const id = 429;
export const ids = [429];
export const modules = {

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ factsFromSpec),
/* harmony export */   Zs: () => (/* binding */ parseRustcVersion),
/* harmony export */   pH: () => (/* binding */ splitCombinedPrint),
/* harmony export */   q9: () => (/* binding */ parseAllTargetSpecs)
/* harmony export */ });
/* harmony import */ var _channel_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1198);
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


/***/ }),

/***/ 4429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countBySeverity: () => (/* reexport */ finding/* countBySeverity */.Ot),
  factsDocument: () => (/* binding */ factsDocument),
  factsJson: () => (/* binding */ factsJson),
  factsJsonPieces: () => (/* binding */ factsJsonPieces),
  hostFromTriple: () => (/* reexport */ hostFromTriple),
  planMatrix: () => (/* binding */ planMatrix),
  reachesThreshold: () => (/* reexport */ finding/* reachesThreshold */.Lu),
  runnerFor: () => (/* reexport */ runnerFor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/rust/findings.ts
var rust_findings = __webpack_require__(7183);
// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/rust/cargo-config.ts


/** `CARGO_TARGET_<TRIPLE>_` prefix as cargo spells it (upper case, `-`/`.` → `_`). */
function envTargetPrefix(target) {
    return `CARGO_TARGET_${target.toUpperCase().replace(/[-.]/g, '_')}_`;
}
/** What a TOML basic string must escape: `"`, `\\` and control characters. */
const TOML_ESCAPED = /["\\\x00-\x1f\x7f]/;
/** A TOML basic string. */
function tomlString(s) {
    // Most strings (a linker, qemu-aarch64, -L, a crate name) need no escape: quoted as they are.
    if (!TOML_ESCAPED.test(s))
        return `"${s}"`;
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
            (0,finding/* pushAll */.iI)(flags, splitFlags(v, encoded));
        }
    }
    for (const name of Object.keys(env).sort()) {
        if (/^CARGO_TARGET_[A-Z0-9_]+_RUSTFLAGS$/.test(name)) {
            vars.push(name);
            if (name === `${prefix}RUSTFLAGS`)
                (0,finding/* pushAll */.iI)(flags, splitFlags(env[name], false));
        }
    }
    flags = normaliseFlags(flags);
    let sysroot;
    let linker = env[`${prefix}LINKER`] || undefined;
    const kept = [];
    const seen = new Set();
    for (const f of flags) {
        if (f.startsWith('--sysroot='))
            sysroot = f.slice('--sysroot='.length);
        else if (f.startsWith('-C linker='))
            linker = f.slice('-C linker='.length);
        else if (!seen.has(f)) {
            seen.add(f);
            kept.push(f);
        }
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
        const own = new Set(rustflags);
        const moved = fromEnv.rustflags.filter((f) => !own.has(f));
        rustflags = [...(sysroot ? [`--sysroot=${sysroot}`] : []), ...moved, ...rustflags.filter((f) => !f.startsWith('--sysroot='))];
        clearEnv = fromEnv.vars;
        if (clearEnv.length > 0) {
            findings.push(rust_findings/* rustFindings */.R.make('sdk-env-moved', `SDK mode for ${input.target}: ${clearEnv.join(', ')} will be cleared; ${sysroot ? `sysroot ${sysroot}, ` : ''}${linker ? `linker ${linker}, ` : ''}${moved.length} other flag(s) moved into the config.`));
        }
    }
    else if (input.warnEnvironment !== false && rustflags.length > 0) {
        (0,finding/* pushAll */.iI)(findings, rustflagsEnvironmentFindings(env, input.target));
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

// EXTERNAL MODULE: ./shared/yaml.ts
var yaml = __webpack_require__(7315);
;// CONCATENATED MODULE: ./shared/json-lines.ts
/**
 * A JSON document as pieces of text written one after another (made as the writer reads them): the top level indented as
 * `JSON.stringify(doc, null, 2)` indents it, except that the arrays named in `lineKeys` hold one element per
 * line. A report of 100,000 crates is then ~100,000 short strings handed to the writer (which joins them into
 * slices, shared/toolkit/write-text.ts) instead of one pretty-printed string of 70 million characters (two
 * bytes each once any text in it is not Latin-1) built before the first byte is written; and it is still one line
 * per element to grep or diff. `JSON.parse` of the joined pieces equals `JSON.parse(JSON.stringify(doc))`, key
 * order included (tested). Pure, no dependencies.
 */
function jsonLines(doc, lineKeys) {
    // Made as they are read: each element's text is garbage once the writer has copied it, so a large report never
    // holds all of them at once (a collection meanwhile has only the current slice to copy). Read again, it starts over.
    return { [Symbol.iterator]: () => pieces(doc, lineKeys) };
}
/** Characters per piece of a listed array's elements (the writer's slices are 16K: two pieces fill about one). */
const BATCH = 8192;
function* pieces(doc, lineKeys) {
    let first = true;
    const member = (key) => {
        const head = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
        first = false;
        return head;
    };
    for (const key of Object.keys(doc)) {
        const value = doc[key];
        if (lineKeys.includes(key) && Array.isArray(value)) {
            yield member(key);
            if (value.length === 0) {
                yield '[]';
                continue;
            }
            // what JSON.stringify leaves out of an object (undefined, a function) is `null` in an array.
            // Elements go out in pieces of about BATCH characters, not one or two pieces each: every piece is a resumption
            // of this generator and a step of the writer's loop, and in a process's one run (nothing compiled yet) those
            // cost the 2,500 rows of a report 20 ms against 12 for stringifying them (a piece still holds a few dozen rows).
            let batch = '[\n    ';
            for (let i = 0; i < value.length; i++) {
                batch = i === 0 ? batch + (JSON.stringify(value[i]) ?? 'null') : batch + ',\n    ' + (JSON.stringify(value[i]) ?? 'null');
                if (batch.length >= BATCH) {
                    yield batch;
                    batch = '';
                }
            }
            yield `${batch}\n  ]`;
            continue;
        }
        const text = JSON.stringify(value, null, 2);
        // undefined, a function, a symbol or a toJSON that returns undefined: left out, as JSON.stringify leaves it
        if (text === undefined)
            continue;
        yield member(key);
        // one level deeper than its own text: JSON text has no raw line breaks inside strings
        yield text.includes('\n') ? text.replace(/\n/g, '\n  ') : text;
    }
    yield first ? '{}\n' : '\n}\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/rust/target-sources.ts
var target_sources = __webpack_require__(971);
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
    const name = t.custom ? (0,target_sources/* targetName */.je)(t.request.target) : f.target;
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
    (0,finding/* pushAll */.iI)(findings, config.findings.map((x) => ({ ...where, ...x })));
    // The config path is added by the job (`cargo --config <config>`): it is downloaded to its own temp dir.
    const cargoArgs = ['--target', t.request.target];
    if (o.features && o.features.length > 0)
        cargoArgs.push('--features', o.features.join(','));
    const rustc = opts.catalog.rustc;
    // one-shot digest (no Hash object per target)
    const hash = (0,external_node_crypto_.hash)('sha256', `${toolchain}\0${t.specText ?? ''}\0${config.text}\0${buildStd.join(',')}`).slice(0, 16);
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
                const key = (0,external_node_crypto_.hash)('sha256', batch.map((e) => e['cache-key']).join('\n')).slice(0, 16);
                jobs.push({ name: `${batch[0].target} … ${batch[batch.length - 1].target} (${batch.length})`, batch, 'cache-key': `batch-${key}` });
            }
            findings.push(rust_findings/* rustFindings */.R.make('batched', `${entries.length} targets in ${jobs.length} jobs of up to ${per}.`));
        }
    }
    let json = JSON.stringify({ include: jobs });
    // (A UTF-8 character is at most 3 bytes per UTF-16 unit: a shorter text needs no byte count.)
    if (json.length * 3 >= OUTPUT_LIMIT_BYTES && Buffer.byteLength(json, 'utf8') >= OUTPUT_LIMIT_BYTES) {
        findings.push(rust_findings/* rustFindings */.R.make('matrix-too-large', `The matrix is ${Buffer.byteLength(json, 'utf8')} bytes; GitHub caps a job output at 1 MB.`, {
            hint: 'Split the targets over two plan jobs, or shorten per-target commands.',
        }));
        jobs = [];
        json = JSON.stringify({ include: [] });
    }
    return { json, count: jobs.length === 0 ? 0 : entries.length, hasEntries: jobs.length > 0, jobs, findings };
}

// EXTERNAL MODULE: ./shared/rust/suggest.ts
var suggest = __webpack_require__(7191);
// EXTERNAL MODULE: ./shared/rust/matrix-start.ts
var matrix_start = __webpack_require__(3965);
// EXTERNAL MODULE: ./shared/rust/facts-query.ts
var facts_query = __webpack_require__(2975);
// EXTERNAL MODULE: ./shared/rust/facts.ts
var facts = __webpack_require__(8010);
// EXTERNAL MODULE: ./shared/rust/channel-manifest.ts
var channel_manifest = __webpack_require__(1198);
;// CONCATENATED MODULE: ./shared/rust/targets.ts






/** The embedded snapshot (shared/rust/snapshot.ts), loaded only when rustc cannot answer: it is 200 KB of code. */
const loadSnapshot = async () => (await __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 3939))).snapshotCatalog();
/**
 * Facts from the job's toolchain: one rustc call for sysroot + all specs + schema, then the channel
 * manifest in the sysroot (rustup installs) for rust-std availability and the version; `rustc -vV` only
 * when there is no manifest. Falls back to the snapshot with a notice when rustc cannot run.
 */
async function loadTargetCatalog(run, opts = {}, started) {
    const rustc = opts.rustc ?? 'rustc';
    const { result: r, early, call } = await (started ?? (0,facts_query/* queryRustc */.E)(run, opts));
    const fallBack = async (why) => {
        const cat = await loadSnapshot();
        cat.findings.push(rust_findings/* rustFindings */.R.make('rustc-unavailable', `Could not read target facts from ${rustc} (${why}); using the embedded snapshot from ${cat.rustc.line}.`, {
            hint: 'Install the toolchain before this step so facts match the compiler that builds.',
        }));
        return cat;
    };
    if (r.code !== 0)
        return fallBack(r.stderr.trim().split('\n')[0] || `exit ${r.code}`);
    const parts = (0,facts/* splitCombinedPrint */.pH)(r.stdout);
    let targets;
    try {
        targets = (0,facts/* parseAllTargetSpecs */.q9)(parts.specs);
    }
    catch (e) {
        // It exited 0 but printed no specs document (a wrapper, a broken toolchain): as if it could not run.
        return fallBack(`it printed no target specs: ${e instanceof Error ? e.message : String(e)}`);
    }
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
        schema = (await loadSnapshot()).schema;
        findings.push(rust_findings/* rustFindings */.R.make('schema-from-snapshot', `${rustc} has no target-spec-json-schema printer; validating custom specs against the snapshot's schema.`));
    }
    const sysroot = parts.sysroot || null;
    let manifest = null;
    let installedDirs = null;
    const pending = early;
    const same = pending !== null && pending.sysroot === sysroot;
    if (sysroot && (opts.readText || opts.readBlocks))
        manifest = (await (same ? pending.rustStd : (0,channel_manifest/* sysrootRustStd */.XF)(sysroot, opts))) ?? null;
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
        version = (0,facts/* parseRustcVersion */.Zs)(`rustc ${manifest.rustcVersion}`);
    }
    else {
        const v = await run(rustc, ['-vV'], call);
        version = v.code === 0 ? (0,facts/* parseRustcVersion */.Zs)(v.stdout) : (0,facts/* parseRustcVersion */.Zs)('');
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
    const findings = startFindings(start);
    const run = (0,matrix_start/* rustcRunner */.UM)(req, deps);
    // rustc starts first and the targets are gathered while it prints the specs (it is most of the wall time).
    // Its findings stay ahead of the sources' findings, as when the two ran one after the other.
    const facts = readFacts(req, deps, run, toolchain, findings, start.facts);
    const gathered = gatherTargets(req, deps);
    facts.catch(() => undefined);
    gathered.catch(() => undefined);
    const { catalog, validate, rustcEnv } = await facts;
    const merged = await gathered;
    (0,finding/* pushAll */.iI)(findings, merged.findings);
    const rows = await resolveTargets(merged.targets, { req, deps, run, catalog, validate, rustcEnv, findings });
    await planRows(rows, req, deps, catalog, toolchain, findings);
    // Rustflags in the job environment against the configs that set rustflags; SDK-mode targets (target-path,
    // or sdk: on the target) clear those variables themselves.
    const sdkMode = (r) => (r.request.options.sdk ?? r.request.origin === 'target-path') !== false;
    const exposed = rows.filter((r) => r.planned && !sdkMode(r));
    const hasFlags = (r) => r.planned.config.rustflags.length > 0;
    (0,finding/* pushAll */.iI)(findings, rustflagsEnvironmentFindings(req.env, exposed.filter(hasFlags).map((r) => r.name), exposed.filter((r) => !hasFlags(r)).map((r) => r.name)));
    const entries = rows.flatMap((r) => (r.planned ? [r.planned.entry] : []));
    const matrix = buildMatrix(entries, { maxJobs: req.maxJobs, batch: req.batch });
    (0,finding/* pushAll */.iI)(findings, matrix.findings);
    // Only when nothing was named at all: a rejected or missing target already has its own error.
    if (rows.length === 0 && !findings.some((f) => f.severity === 'error')) {
        findings.push(rust_findings/* rustFindings */.R.make('no-targets', 'No targets found in targets, targets-from or target-path.', { severity: 'warning', hint: 'Name triples or .json specs in targets, or point targets-from at a file that lists some.' }));
    }
    const factsPath = external_node_path_default().join(req.configDir, 'facts.json');
    await deps.writeFiles([[factsPath, factsJsonPieces(factsDocument(toolchain, toolchainFrom, catalog, validate, rows))]]);
    return { catalog, toolchain, toolchainFrom, validate, rows, matrix, findings, factsPath };
}
/** What choosing the toolchain found (an unusable rust-toolchain.toml channel). */
function startFindings(start) {
    const bad = start.invalidChannel;
    if (!bad)
        return [];
    return [
        rust_findings/* rustFindings */.R.make('toolchain-invalid', `rust-toolchain.toml channel ${JSON.stringify(bad.channel)} is not a toolchain name; using stable.`, {
            file: 'rust-toolchain.toml',
            ...(bad.line !== undefined ? { line: bad.line } : {}),
            hint: 'Write a channel such as "stable", "1.95.0" or "nightly-2026-04-01", or set the toolchain input.',
        }),
    ];
}
/**
 * Facts from that toolchain (without letting rustup download it here), else the default rustc, else the
 * snapshot; and the validation level that can actually run with them.
 */
async function readFacts(req, deps, run, toolchain, findings, answer) {
    const fsIo = { readText: deps.readText, listDir: deps.listDir, ...(deps.readBlocks ? { readBlocks: deps.readBlocks } : {}), rustc: req.rustc };
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
    (0,finding/* pushAll */.iI)(findings, catalog.findings);
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
        if ((0,target_sources/* looksLikeYamlList */.RT)(req.targets))
            await (0,yaml/* loadYaml */.yv)();
        const r = (0,target_sources/* targetsFromInput */.Bd)(req.targets, 'targets');
        // Spec paths in the input are relative to the workspace (the repository root for the demo).
        r.targets = r.targets.map((t) => (t.kind === 'json' ? { ...t, target: displayPath(external_node_path_default().resolve(req.base, t.target), req.workspace) } : t));
        lists.push(r);
    }
    // The readers of ebuilds, rust-toolchain.toml and cargo configs load only when a file names targets.
    const files = req.targetsFrom.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(278)]).then(__webpack_require__.bind(__webpack_require__, 6278)) : undefined;
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
        lists.push(files.targetsFromFile(shown, text));
    }
    for (const dir of req.targetPath) {
        const names = await deps.listDir(dir);
        const shown = displayPath(dir, req.workspace);
        if (names === undefined) {
            lists.push({ targets: [], findings: [rust_findings/* rustFindings */.R.make('target-path-missing', `input 'target-path': directory ${shown} does not exist.`, { file: shown, hint: 'Install the SDK before this step, or fix the directory.' })] });
            continue;
        }
        lists.push((0,target_sources/* targetsFromDirectory */.GI)(shown, names));
    }
    return (0,target_sources/* mergeTargets */.zK)(lists);
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
        const row = { request, name: (0,target_sources/* targetName */.je)(request.target), custom: true, facts: null };
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
        const near = (0,suggest/* nearestTargets */.Ww)(request.target, sameArch(catalog, request.target));
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
    // The spec validator (schema, LLVM and rustc checks) loads with the first custom spec.
    const { confirmSpecWithRustc, validateTargetSpec } = await __webpack_require__.e(/* import() */ 886).then(__webpack_require__.bind(__webpack_require__, 6505));
    const check = validateTargetSpec(text, { file: request.target, catalog });
    row.check = check;
    row.facts = check.facts;
    (0,finding/* pushAll */.iI)(findings, check.findings);
    if (validate !== 'schema' && catalog.source === 'rustc' && check.spec) {
        const real = await confirmSpecWithRustc(run, abs, { rustc: req.rustc, level: validate, outDir: req.tempDir, file: request.target, env: rustcEnv, rustflags: request.options.rustflags ?? [] });
        row.rustc = real;
        if (!real.accepted && check.valid)
            (0,finding/* pushAll */.iI)(findings, real.findings);
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
        (0,finding/* pushAll */.iI)(findings, row.planned.findings);
    }
    // One batch; a path planned twice (a custom spec named like a built-in) ends with the later row's text.
    await deps.writeFiles(rows.flatMap((r) => (r.planned ? [[r.planned.entry.config, r.planned.config.text]] : [])));
}
/**
 * facts.json's text: the header fields indented, then one target per line — still one line to grep or diff
 * per target, at a tenth of the cost of indenting 320 targets' facts and entries (650 KB).
 */
function factsJson(doc) {
    return [...factsJsonPieces(doc)].join('');
}
/** factsJson's text as pieces written one after another (one per target): no 400 KB string is built. */
function factsJsonPieces(doc) {
    return jsonLines(doc, ['targets']);
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


/***/ }),

/***/ 7191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ closestByEdit),
/* harmony export */   Ww: () => (/* binding */ nearestTargets),
/* harmony export */   zC: () => (/* binding */ closeEnough)
/* harmony export */ });
/* unused harmony export editDistance */
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
/**
 * The candidate with the smallest edit distance to `name` (the first of equals) within `max`, or undefined when
 * none. A candidate whose length alone puts it past `max`, or past the best so far, is not measured: the
 * distance is at least the length difference (a 256 KiB key measured against 120 names took 75 s).
 */
function closestByEdit(name, candidates, max = Infinity) {
    let best;
    for (const c of candidates) {
        const apart = Math.abs(c.length - name.length);
        if (apart > max || (best && apart >= best.distance))
            continue;
        const distance = editDistance(c, name);
        if (distance > max)
            continue;
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


/***/ }),

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ targetsFromInput),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   GI: () => (/* binding */ targetsFromDirectory),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   NQ: () => (/* binding */ quotedFinder),
/* harmony export */   RT: () => (/* binding */ looksLikeYamlList),
/* harmony export */   je: () => (/* binding */ targetName),
/* harmony export */   vh: () => (/* binding */ wordFinder),
/* harmony export */   x0: () => (/* binding */ isSpecPath),
/* harmony export */   zK: () => (/* binding */ mergeTargets)
/* harmony export */ });
/* unused harmony export checkConfinedPath */
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7315);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7183);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7191);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
/* harmony import */ var _sorted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9125);





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
    return wordFinder(text, 0, { wrap: true, quoted: true });
}
/**
 * Where each value of a list is written in `text`: the first place at or after the previous hit (from `start`)
 * where it is a quoted string's whole content (`"x"`, `'x'`, also one of several on a line, in `{target="x"}` or
 * before a `#`; not in a comment, nor in a TOML table header when `quoted`), or, unless `quoted`, a word once its quotes are removed (`"t1"-none-eabi` is `t1-none-eabi`;
 * words end at blanks and at `( ) [ ] { } , = #`). `wrap`: a value not found after the previous hit is looked for
 * from the start. -1: not written so (made by expansion). The places are found once: a search of the text per
 * value took 5.5 s for 32,000 values not written literally.
 */
function wordFinder(text, start, options) {
    const { wrap, quoted } = options;
    let at;
    let from = start;
    const note = (key, index) => {
        const list = at.get(key);
        if (list)
            list.push(index);
        else
            at.set(key, [index]);
    };
    return (value) => {
        if (!at) {
            at = new Map();
            // (not in a comment, nor in a TOML table header: `[target."x"]` configures x, it does not list it)
            for (const m of text.matchAll(quoted ? QUOTED_OR_SKIPPED_TOML : QUOTED_OR_SKIPPED))
                if (m[1] !== undefined || m[2] !== undefined)
                    note(m[1] ?? m[2], m.index);
            if (!quoted)
                for (const m of text.matchAll(/[^\s()[\]{},=#]+/g))
                    note(m[0].replace(/["']/g, ''), m.index);
            // in text order, each place once (a word that is a whole quoted string is found both ways)
            if (!quoted)
                for (const [key, list] of at)
                    if (list.length > 1)
                        at.set(key, [...new Set(list)].sort((a, b) => a - b));
        }
        const list = at.get(value);
        if (!list)
            return -1;
        const k = (0,_sorted_js__WEBPACK_IMPORTED_MODULE_2__/* .firstIndex */ .v4)(list.length, (i) => list[i] >= from);
        const hit = k < list.length ? list[k] : wrap ? list[0] : -1;
        if (hit >= 0 && hit >= from)
            from = hit + 1;
        return hit;
    };
}
const QUOTED_OR_SKIPPED = /(?<=^|\s)#[^\n]*|"([^"\n]*)"|'([^'\n]*)'/gm;
const QUOTED_OR_SKIPPED_TOML = /(?<=^|\s)#[^\n]*|^[ \t]*\[[^\n]*|"([^"\n]*)"|'([^'\n]*)'/gm;
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
            findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-path-outside', bad, { ...where, hint: 'Put the spec in the repository and name it relative to the workspace root.' }));
            return false;
        }
        // The file's stem is the target's name: a matrix entry, a file name, an env prefix. Same rule as a triple.
        // eslint-disable-next-line no-control-regex
        if (!TRIPLE.test(targetName(t)) || /[\x00-\x1f\x7f]/.test(t)) {
            findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Name the spec file <name>.json with a name of letters, digits, _, . and -.' }));
            return false;
        }
        return true;
    }
    if (!TRIPLE.test(t)) {
        findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Write a triple like thumbv6m-none-eabi, or a path ending in .json.' }));
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
                    const mode = o.runner.length === 1 ? RUNNER_MODES.find((m) => (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closeEnough */ .zC)(m, v)) : undefined;
                    if (mode) {
                        findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-option-runner-typo', `runner '${v}' is taken as a command to run tests with.`, { ...where, hint: `Did you mean runner: ${mode}? Write the command as a list (runner: [${v}]) if it is one.` }));
                    }
                }
                else
                    findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-option-invalid', `runner must be ${RUNNER_MODES.join(' | ')} or a command, got ${JSON.stringify(v)}.`, { ...where, hint: 'Write runner: qemu-system, or a command such as runner: [probe-rs, run, --chip, nRF52840_xxAA].' }));
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
                const near = OPTION_KEYS.find((known) => (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closeEnough */ .zC)(known, k));
                findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-option-unknown', `Unknown per-target key '${k}' (ignored).`, {
                    ...where,
                    hint: `${near ? `Did you mean '${near}'? ` : ''}Known keys: ${OPTION_KEYS.join(', ')}.`,
                }));
            }
        }
    }
    return o;
}
/** Whether targetsFromInput reads `text` as a YAML list (then the YAML library must be loaded first). */
function looksLikeYamlList(text) {
    const trimmed = text.trim();
    // (blanks within a line: `^\s*` ran on over blank lines from every line start, 64,000 of them 2.3 s)
    return /^(-\s|\[)/.test(trimmed) || /^[^\S\n\r\u2028\u2029]*-\s/m.test(trimmed);
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
    if (!looksLikeYamlList(text)) {
        // Each word on its own line (not the first place its text occurs: a triple can be part of another).
        const lineAt = (0,_sorted_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIndex */ .Dp)(text);
        for (const m of text.matchAll(/[^\s,]+/g)) {
            const word = m[0];
            const where = { file, line: lineAt(m.index) };
            if (checkName(word, where, findings, true))
                targets.push(request(word, 'input', file, where.line));
        }
        return { targets, findings };
    }
    // The YAML library was loaded by the caller (loadYaml()) when looksLikeYamlList said so.
    const { LineCounter, parseDocument, isMap, isScalar, isSeq } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .yamlLib */ .xG)();
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
    const lineAt = (n) => (n?.range ? lc.linePos(n.range[0]).line : undefined);
    if (doc.errors.length > 0) {
        for (const e of doc.errors) {
            findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('targets-yaml', `targets is not valid YAML: ${e.message.split('\n')[0]}`, { file, line: lc.linePos(e.pos[0]).line, hint: 'Use a YAML list: one "- triple" or "- target: …" per line.' }));
        }
        return { targets, findings };
    }
    if (!isSeq(doc.contents)) {
        findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('targets-yaml', 'targets must be a YAML list.', { file, line: 1, hint: 'Write one "- triple" or "- target: …" per line.' }));
        return { targets, findings };
    }
    for (const item of doc.contents.items) {
        const line = lineAt(item);
        const where = { file, ...(line !== undefined ? { line } : {}) };
        if (isScalar(item)) {
            const t = String(item.value);
            if (checkName(t, where, findings, true))
                targets.push(request(t, 'input', file, line));
        }
        else if (isMap(item)) {
            const obj = item.toJSON();
            if (typeof obj.target !== 'string' || obj.target === '') {
                findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-invalid', 'A target object needs a `target:` (triple or .json path).', { ...where, hint: '- target: thumbv6m-none-eabi' }));
                continue;
            }
            if (!checkName(obj.target, where, findings, true))
                continue;
            const keyLines = new Map();
            for (const pair of item.items) {
                const at = lineAt(pair.key);
                if (isScalar(pair.key) && at !== undefined)
                    keyLines.set(String(pair.key.value), at);
            }
            targets.push(request(obj.target, 'input', file, line, optionsFrom(obj, where, findings, keyLines)));
        }
        else {
            findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-invalid', 'Each targets entry must be a string or an object.', { ...where, hint: 'Write "- thumbv6m-none-eabi" or "- target: thumbv6m-none-eabi" with its settings below.' }));
        }
    }
    return { targets, findings };
}
/** Every `*.json` in a RUST_TARGET_PATH-style directory (names given by the caller's listing). */
function targetsFromDirectory(dir, entries) {
    const findings = [];
    const clean = dir.replace(/\/+$/, '');
    if (clean.split(/[\\/]/).includes('..')) {
        findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-path-outside', `target-path '${dir}' contains '..'.`, { hint: 'Name the directory without ..' }));
        return { targets: [], findings };
    }
    const jsons = entries.filter((n) => /\.json$/i.test(n)).sort();
    if (jsons.length === 0)
        findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-path-empty', `No *.json target specs in ${dir}.`, { file: dir, hint: "Point target-path at the directory holding the SDK's <target>.json files." }));
    // A file name is a target name: one with a newline or a quote must not become a matrix entry.
    const named = jsons.filter((n) => checkName(`${clean}/${n}`, { file: dir }, findings, false));
    return { targets: named.map((n) => request(`${clean}/${n}`, 'target-path', dir, undefined)), findings };
}
/** One request per target name; the first mention wins, later ones from elsewhere are noted. */
function mergeTargets(lists) {
    const byName = new Map();
    const findings = [];
    for (const l of lists) {
        (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .pushAll */ .iI)(findings, l.findings);
        for (const t of l.targets) {
            const key = targetName(t.target);
            const prev = byName.get(key);
            if (!prev)
                byName.set(key, t);
            else if (prev.target !== t.target) {
                findings.push(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rustFindings */ .R.make('target-duplicate', `Target '${key}' comes from both ${prev.target} and ${t.target}; using the first.`, {
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


/***/ }),

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   dk: () => (/* binding */ lineAtOffset),
/* harmony export */   v4: () => (/* binding */ firstIndex),
/* harmony export */   xV: () => (/* binding */ lineStartsOf)
/* harmony export */ });
/** Binary searches over sorted data, and the line of an offset in a text. Neutral module (no domain). */
/** The first k in [0, n) for which `pred` holds, n when none (`pred` is false, then true, as k grows). */
function firstIndex(n, pred) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pred(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** The offset where each line of `text` starts (the first is 0). */
function lineStartsOf(text) {
    const starts = [0];
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1))
        starts.push(k + 1);
    return starts;
}
/** The 1-based line holding `offset`, given the lines' start offsets in order. */
function lineAtOffset(lineStarts, offset) {
    return firstIndex(lineStarts.length, (k) => lineStarts[k] > offset);
}
/** 1-based line of an offset in `text`; the newlines are found once, on the first call. */
function lineIndex(text) {
    let starts;
    return (offset) => lineAtOffset((starts ??= lineStartsOf(text)), offset);
}


/***/ }),

/***/ 7315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tF: () => (/* binding */ yamlLoaded),
/* harmony export */   xG: () => (/* binding */ yamlLib),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
let lib;
async function loadYaml() {
    return (lib ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)));
}
/** The library loaded by loadYaml(); calling this first is a bug (an internal error, not a user's). */
function yamlLib() {
    if (!lib)
        throw new Error('internal: the YAML library is used before loadYaml() loaded it');
    return lib;
}
/** Whether loadYaml() has loaded the library in this process (a run's trace records it: RDA_TRACE_FILE). */
function yamlLoaded() {
    return lib !== undefined;
}


/***/ })

};
