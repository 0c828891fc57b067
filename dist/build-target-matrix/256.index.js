export const id = 256;
export const ids = [256];
export const modules = {

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_SDK_ENV: () => (/* binding */ DEMO_SDK_ENV),
/* harmony export */   embeddedSources: () => (/* binding */ embeddedSources),
/* harmony export */   planRequest: () => (/* binding */ planRequest),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2330);
/** The one typed reader of build-target-matrix's inputs (names exactly as in action.yml). */


/** The demo's SDK environment, as a Yocto `environment-setup-*` script would export it. */
const DEMO_SDK_ENV = {
    RUSTFLAGS: '--sysroot=/opt/poky/5.0/sysroots/cortexa57-poky-linux -C link-arg=-Wl,-O1',
    CARGO_TARGET_AARCH64_POKY_LINUX_LINKER: 'aarch64-poky-linux-gcc',
    CARGO_TARGET_AARCH64_POKY_LINUX_RUSTFLAGS: '-C target-cpu=cortex-a57',
};
function embeddedSources(root) {
    const fx = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'fixtures', 'build-target-matrix', p);
    return {
        targets: 'fixtures/build-target-matrix/specs/x86_64-regicide-old.json',
        targetsFrom: [fx('regicide-firmware-1.0.ebuild')],
        targetPath: [fx('sdk-target-path')],
    };
}
function readInputs(inputs, where) {
    const targets = inputs.string('targets');
    const targetsFrom = inputs.list('targets-from').map((p) => resolveWorkspacePath('targets-from', p, where.workspace));
    const targetPath = inputs.list('target-path').map((p) => {
        if (p.split(/[\\/]/).includes('..'))
            throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('target-path', "directories without '..'", p);
        // SDKs install outside the workspace (/opt/...): absolute directories are allowed here.
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(where.workspace, p);
    });
    const toolchain = inputs.optional('toolchain');
    if (toolchain !== undefined && !/^[A-Za-z0-9_.+-]+$/.test(toolchain)) {
        throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('toolchain', 'a rustup toolchain name such as stable, nightly-2026-04-01 or 1.95.0', toolchain);
    }
    const commands = inputs
        .string('commands')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    if (commands.length === 0)
        throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('commands', 'at least one cargo command, e.g. build', '');
    for (const c of commands) {
        if (c.startsWith('cargo ') || c.startsWith('-'))
            throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('commands', "cargo subcommands without 'cargo', e.g. 'build --release'", c);
    }
    const runner = inputs.choice('runner', ['auto', 'qemu-user', 'qemu-system', 'none']);
    const allowBootstrap = inputs.boolean('allow-bootstrap');
    const mj = /^(\d+)(\s+batch)?$/.exec(inputs.string('max-jobs'));
    if (!mj || Number(mj[1]) < 1)
        throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('max-jobs', "a positive integer, optionally followed by 'batch' (e.g. '256' or '64 batch')", inputs.string('max-jobs'));
    // A path in the workspace must not lead out of it through a committed symlink.
    const configDir = inputs.path('config-dir', { base: where.workspace, stayInside: where.workspace });
    const v = inputs.optional('validate');
    if (v !== undefined && !['schema', 'rustc', 'codegen'].includes(v))
        throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('validate', "one of 'schema', 'rustc', 'codegen'", v);
    const failOn = inputs.choice('fail-on', ['error', 'warning', 'never']);
    const embedded = targets === '' && targetsFrom.length === 0 && targetPath.length === 0;
    const out = {
        targets,
        targetsFrom,
        targetPath,
        commands,
        runner,
        allowBootstrap,
        maxJobs: Number(mj[1]),
        batch: mj[2] !== undefined,
        configDir,
        failOn: embedded ? 'never' : failOn,
        embedded,
        demoEnv: {},
        base: where.workspace,
    };
    if (toolchain !== undefined)
        out.toolchain = toolchain;
    if (v !== undefined)
        out.validate = v;
    if (embedded) {
        const e = embeddedSources(where.root);
        out.targets = e.targets;
        out.targetsFrom = e.targetsFrom;
        out.targetPath = e.targetPath;
        out.demoEnv = { ...DEMO_SDK_ENV };
        out.base = where.root;
    }
    return out;
}
function resolveWorkspacePath(input, p, workspace) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(p) || p.split(/[\\/]/).includes('..')) {
        throw new _shared_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'paths relative to the workspace, without ..', p);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, p);
}
/** The domain's request for this run: the inputs, where the job runs, and the demo's SDK environment overlaid. */
function planRequest(inputs, run) {
    const { failOn: _failOn, embedded: _embedded, demoEnv, ...asked } = inputs;
    return { ...asked, workspace: run.workspace, env: { ...run.env, ...demoEnv }, rustc: run.rustc, tempDir: run.tempDir };
}


/***/ }),

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

/***/ 2330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   MV: () => (/* binding */ envKnob),
/* harmony export */   d_: () => (/* binding */ inputEnvName),
/* harmony export */   dz: () => (/* reexport safe */ _io_js__WEBPACK_IMPORTED_MODULE_2__.d),
/* harmony export */   j1: () => (/* reexport safe */ _io_js__WEBPACK_IMPORTED_MODULE_2__.j),
/* harmony export */   pX: () => (/* binding */ evaluateDefault),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony exports confinedFile, displayPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7315);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3404);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8269);
/**
 * Typed input reading. The runner passes input `foo-bar` as env `INPUT_FOO-BAR` and does NOT enforce
 * `required`, and under the umbrella action no defaults reach us: so an empty value means "use the default
 * from this action's own action.yml", and `required` is enforced here.
 */





/** Lives in shared/io.ts so domain code can name an input in its errors without importing the toolkit. */

function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Evaluate the few expression contexts that action.yml defaults use. Unknown expressions become ''. */
function evaluateDefault(text, env) {
    return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr) => {
        switch (expr) {
            case 'runner.temp':
                return env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.TMPDIR ?? '/tmp', 'runner-temp');
            case 'runner.os':
                return env.RUNNER_OS ?? 'Linux';
            case 'github.workspace':
                return env.GITHUB_WORKSPACE ?? process.cwd();
            case 'github.token':
                return env.GITHUB_TOKEN ?? '';
            case 'github.repository':
                return env.GITHUB_REPOSITORY ?? '';
            default: {
                const m = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expr);
                return m ? (env[m[1]] ?? '') : '';
            }
        }
    });
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
class Inputs {
    meta;
    env;
    /** Names of the inputs the action read (checked against action.yml by a test). */
    read = new Set();
    /** Values that must be masked in logs (tokens). */
    secrets = [];
    constructor(meta, env = process.env) {
        this.meta = meta;
        this.env = env;
    }
    spec(name) {
        const spec = this.meta.inputs[name];
        if (!spec)
            throw new Error(`internal: input '${name}' is not declared in actions/${this.meta.id}/action.yml`);
        return spec;
    }
    /** The trimmed value, the evaluated default when empty, '' when neither. Enforces `required`. */
    raw(name) {
        const spec = this.spec(name);
        this.read.add(name);
        const value = this.value(name, spec);
        if (value === '' && spec.required)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `a value (${spec.description || 'required'})`, '');
        return value;
    }
    /** Whether the input has a value, its own or its default, without reading it (not in `read`, never an error). */
    hasValue(name) {
        return this.value(name, this.spec(name)) !== '';
    }
    value(name, spec) {
        const value = (this.env[inputEnvName(name)] ?? '').trim();
        return value === '' && spec.default !== undefined ? evaluateDefault(spec.default, this.env).trim() : value;
    }
    /** Whether the user gave a value (not the default). */
    given(name) {
        this.spec(name);
        return (this.env[inputEnvName(name)] ?? '').trim() !== '';
    }
    string(name) {
        return this.raw(name);
    }
    optional(name) {
        const v = this.raw(name);
        return v === '' ? undefined : v;
    }
    secret(name) {
        const v = this.raw(name);
        if (v)
            this.secrets.push(v);
        return v;
    }
    boolean(name) {
        const v = this.raw(name);
        if (v === '')
            return false;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, "a boolean ('true' or 'false')", v);
    }
    integer(name, range = {}) {
        const v = this.raw(name);
        const { min, max } = range;
        const expected = `an integer${min !== undefined ? ` >= ${min}` : ''}${max !== undefined ? `${min !== undefined ? ' and' : ''} <= ${max}` : ''}`;
        if (!/^[+-]?\d+$/.test(v))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, expected, v);
        const n = Number(v);
        if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, expected, v);
        }
        return n;
    }
    number(name, range = {}) {
        const v = this.raw(name);
        const n = Number(v);
        if (v === '' || !Number.isFinite(n) || (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `a number${range.min !== undefined ? ` >= ${range.min}` : ''}${range.max !== undefined ? ` <= ${range.max}` : ''}`, v);
        }
        return n;
    }
    choice(name, options) {
        const v = this.raw(name);
        if (!options.includes(v))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `one of ${options.map((o) => `'${o}'`).join(', ')}`, v);
        return v;
    }
    /** A list: one item per line or comma-separated; blank lines and `#` comments ignored. */
    list(name) {
        return splitList(this.raw(name));
    }
    /** A subset of allowed words. */
    subset(name, options) {
        const items = this.list(name);
        for (const it of items) {
            if (!options.includes(it)) {
                throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `a list of ${options.map((o) => `'${o}'`).join(', ')}`, it);
            }
        }
        return items;
    }
    /**
     * A YAML value (or undefined when empty). Syntax errors name the input and the line. The YAML library is
     * loaded by actionMain unless the action declared it reads no YAML input.
     */
    yaml(name, expected = 'YAML') {
        const v = this.raw(name);
        if (v === '')
            return undefined;
        const { parse } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .yamlLib */ .xG)();
        try {
            return parse(v);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `${expected} (${msg})`);
        }
    }
    /**
     * A path, resolved against `base` (default the workspace). With `within`, it must stay inside that
     * directory (no `..` escape, no absolute path elsewhere).
     */
    path(name, options = {}) {
        const v = this.raw(name);
        if (v === '')
            return undefined;
        return resolveInside(name, v, options.base ?? this.env.GITHUB_WORKSPACE ?? process.cwd(), options.within, options.stayInside);
    }
}
function splitList(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const t = line.replace(/(^|\s)#.*$/, '').trim();
        if (!t)
            continue;
        for (const part of t.split(',')) {
            const p = part.trim();
            if (p)
                out.push(p);
        }
    }
    return out;
}
/**
 * `value` resolved against `base`. With `within` (one directory or several), it must lie inside one of them —
 * as written AND once symlinks are resolved (the deepest existing part through realpath), so a committed link
 * (`portage -> /etc`, `serial.log -> ~/.bashrc`) cannot carry a read or a write out. With `stayInside`, only a
 * path that lies inside that directory as written must stay inside it really (config-root may be /etc/portage,
 * but a workspace path must not lead out of the workspace).
 */
function resolveInside(inputName, value, base, within, stayInside) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, value);
    const roots = within === undefined ? [] : typeof within === 'string' ? [within] : within;
    const check = (rs, lexicalRequired) => {
        let c;
        try {
            c = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .checkWithin */ .KC)(resolved, rs);
        }
        catch (e) {
            if (e instanceof _paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DanglingLinkError */ .jv)
                throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(inputName, `a path without dangling symbolic links ('${e.link}' points nowhere)`, value);
            throw e;
        }
        const where = rs.map((r) => `'${node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(r)}'`).join(' or ');
        if (!c.ok && c.why === 'outside' && lexicalRequired)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(inputName, `a path inside ${where}`, value);
        if (!c.ok && c.why === 'escapes')
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(inputName, `a path inside ${where} (it is a link to '${c.real}')`, value);
    };
    if (roots.length)
        check(roots, true);
    if (stayInside !== undefined)
        check([stayInside], false);
    return resolved;
}
/**
 * `file` when it does not exist yet or lies inside `workspace` once symlinks are resolved: a pull request can
 * commit `Cargo.lock` (or a policy) as a link to any file on the runner, which a check of the path as written
 * (or a file found by searching upwards) does not see. `given` is the input's value, for the message.
 */
function confinedFile(input, file, workspace, given) {
    const at = realPathWithin(file, [realpathSync.native(workspace)]);
    if (at && !at.within)
        throw new InputError(input, 'a file inside the workspace (symlinks may not lead out of it)', given);
    return file;
}
/** `file` as messages show it: relative to `base` with `/` when inside it, else as it is. */
function displayPath(file, base) {
    const rel = path.relative(base, file);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
/**
 * A test knob from the environment (never needed on a runner, e.g. a shorter retry backoff): a number >= 0,
 * or undefined when unset or not such a number.
 */
function envKnob(env, name) {
    const v = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : undefined;
}


/***/ }),

/***/ 8269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jv: () => (/* reexport */ DanglingLinkError),
  ZU: () => (/* binding */ PathEscapeError),
  KC: () => (/* reexport */ checkWithin),
  X9: () => (/* binding */ fsProblem)
});

// UNUSED EXPORTS: isWithin, realPathOf, realPathWithin

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/real-path.ts
/**
 * Real paths, for confinement that also holds through symlinks (a repository can commit `portage -> /home/runner/.ssh`
 * or `vendor/foo/Cargo.toml -> /proc/self/environ`). Plain node, no toolkit: the toolkit's write checks
 * (toolkit/paths.ts re-exports these) and domain code that reads files from a pull request's checkout
 * (shared/cargo/license-sources.ts) share it.
 */



/**
 * The path the kernel would reach: the deepest existing ancestor resolved with realpath, the rest appended.
 * A dangling symlink on the way counts as existing (its target is where a write would go): it is refused.
 */
function realPathOf(p) {
    const abs = external_node_path_default().resolve(p);
    const rest = [];
    let cur = abs;
    for (;;) {
        try {
            const real = external_node_fs_.realpathSync.native(cur);
            return rest.length ? external_node_path_default().join(real, ...rest.reverse()) : real;
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' && isSymlink(cur))
                throw new DanglingLinkError(cur);
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw e;
            const parent = external_node_path_default().dirname(cur);
            if (parent === cur)
                return abs;
            rest.push(external_node_path_default().basename(cur));
            cur = parent;
        }
    }
}
class DanglingLinkError extends io/* ConfigurationError */.j {
    link;
    name = 'DanglingLinkError';
    constructor(link) {
        super(`'${link}' is a symbolic link to something that does not exist`);
        this.link = link;
    }
}
function isSymlink(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Whether `p` is `root` or below it (both absolute, already real). */
function isWithin(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Where `p` may go among `roots`: the first root it lies in lexically must also hold its real path. Returns
 * `{ ok: true }`, or why not (`outside` lexically, or `escapes` through a link to `real`).
 */
function checkWithin(p, roots) {
    const abs = external_node_path_default().resolve(p);
    const real = realPathOf(abs);
    const realRoots = roots.map((r) => realPathOf(r));
    if (!roots.some((r) => isWithin(external_node_path_default().resolve(r), abs)) && !realRoots.some((r) => isWithin(r, abs)))
        return { ok: false, why: 'outside' };
    if (!realRoots.some((r) => isWithin(r, real)))
        return { ok: false, why: 'escapes', real };
    return { ok: true, real };
}
/**
 * Where an existing file or directory really is, and whether that is inside one of `realRoots` (real paths).
 * Undefined when it does not exist (or is a dangling link): there is nothing to read.
 */
function realPathWithin(p, realRoots) {
    let real;
    try {
        real = realpathSync.native(p);
    }
    catch {
        return undefined;
    }
    return { real, within: realRoots.some((r) => isWithin(r, real)) };
}

;// CONCATENATED MODULE: ./shared/toolkit/paths.ts
/**
 * Paths that stay where they belong, also through symlinks. A check on the path as written is not enough: a
 * repository can commit `portage -> /home/runner/.ssh` or `serial.log -> ~/.bashrc`, and a write through it
 * lands outside. So: resolve the real path of the longest existing part (symlinks followed by the kernel's
 * own rules, via realpath) before confining, and write files without following a link at the last step.
 */



/** A write refused because a symlink would carry it out of its directory: the user's tree to fix. */
class PathEscapeError extends io/* ConfigurationError */.j {
    file;
    root;
    real;
    name = 'PathEscapeError';
    constructor(file, root, real) {
        super(`refusing to write '${file}': ${real ? `a symbolic link leads it to '${real}', ` : ''}outside '${root}'`);
        this.file = file;
        this.root = root;
        this.real = real;
    }
}
/** What the user can do about a failed file operation, by errno. */
const FS_FIX = {
    ENOSPC: 'the disk is full: free space on the runner (or point RUNNER_TEMP and the output paths at a larger disk)',
    EDQUOT: 'the disk quota is used up: free space or raise the quota',
    EROFS: 'the file system is read-only: point RUNNER_TEMP and the output paths at a writable directory',
    EACCES: 'permission denied: make the directory writable for the runner user, or choose another path',
    EPERM: 'the operation is not permitted there: choose another path',
    ENOTDIR: 'a part of the path is a file, not a directory: remove it or choose another path',
    EISDIR: 'the path is a directory where a file is expected: choose a file path',
    ELOOP: 'the path is (or goes through) a symbolic link where none is allowed, or links loop: replace the link with a real directory or file',
    EEXIST: 'something already exists at the path: remove it or choose another path',
    EMFILE: 'too many open files: raise the open-file limit (ulimit -n)',
    ENAMETOOLONG: 'the path is too long: choose a shorter one',
};
/**
 * A failed file operation (a Node error with an errno code and a path) as one sentence naming the path and
 * what to do; undefined for anything else.
 */
function fsProblem(e) {
    if (!(e instanceof Error))
        return undefined;
    const { code, path: p, syscall } = e;
    if (typeof code !== 'string' || !Object.hasOwn(FS_FIX, code))
        return undefined;
    return `cannot ${syscall ?? 'write'}${typeof p === 'string' ? ` '${p}'` : ''} (${code}): ${FS_FIX[code]}.`;
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
