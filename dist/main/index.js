import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./shared/toolkit/write-text.ts
/**
 * Text written to a file descriptor a slice at a time. A large string written whole (fs.appendFileSync, a
 * Buffer.from before writeSync, a header concatenated in front of it) is first copied into fresh memory of its
 * size, once for the flattened string and once for its UTF-8 bytes; where a page fault costs ~12 µs (this
 * project's 2-core VM), each fresh 400 KB costs over a millisecond in faults alone, and build-target-matrix
 * writes four such texts (facts.json, the matrix output, the job summary, the log line). Slices of at most
 * 16K UTF-16 units are encoded through memory that is reused from one slice to the next, and the bytes are
 * those of the whole text encoded at once: a slice never ends between the two halves of a surrogate pair.
 * No dependencies beyond node:fs (the workflow-command writer uses it).
 */

/** UTF-16 units per slice: at most 48 KB of UTF-8. */
const TEXT_SLICE = (/* unused pure expression or super */ null && (16 * 1024));
/** Each slice of `text` to `write`, in order; a text of one slice is passed whole. */
function write_text_forEachSlice(text, write) {
    if (text.length <= TEXT_SLICE) {
        write(text);
        return;
    }
    for (let at = 0; at < text.length;) {
        let end = Math.min(text.length, at + TEXT_SLICE);
        const last = text.charCodeAt(end - 1);
        // a high surrogate whose low half is the next unit waits for the next slice
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        write(text.slice(at, end));
        at = end;
    }
}
/** All of `part`, however many calls the kernel takes for it. */
function writePart(fd, part) {
    const n = writeSync(fd, part);
    const size = Buffer.byteLength(part);
    if (n >= size)
        return;
    const bytes = Buffer.from(part);
    for (let off = n; off < size;)
        off += writeSync(fd, bytes, off, size - off);
}
/**
 * Write `text` to `fd`: one string, or pieces written one after another as if joined (small pieces are joined
 * into slices first, so a list of 320 lines costs a few writes, not 320).
 */
function write_text_writeTextSync(fd, text) {
    if (typeof text === 'string') {
        write_text_forEachSlice(text, (part) => writePart(fd, part));
        return;
    }
    let pending = [];
    let held = 0;
    const flush = () => {
        if (pending.length === 0)
            return;
        writePart(fd, pending.length === 1 ? pending[0] : pending.join(''));
        pending = [];
        held = 0;
    };
    for (const piece of text) {
        if (held + piece.length > TEXT_SLICE)
            flush();
        if (piece.length > TEXT_SLICE)
            write_text_forEachSlice(piece, (part) => writePart(fd, part));
        else if (piece.length > 0) {
            pending.push(piece);
            held += piece.length;
        }
    }
    flush();
}

;// CONCATENATED MODULE: ./shared/toolkit/workflow-commands.ts
/**
 * The runner's workflow commands (`::error file=…::`, `::add-mask::`, groups) and file commands
 * (GITHUB_OUTPUT `name<<delimiter` blocks), written byte for byte as @actions/core 3 writes them.
 *
 * Our own because importing @actions/core evaluates its OIDC client (@actions/http-client, undici, tunnel)
 * and @actions/exec on every start — most of a bundle's cold start — for getIDToken, which no action uses.
 * test/toolkit/workflow-commands.test.ts compares the output with @actions/core's.
 */




function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
const escapeData = (s) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,…::message`; empty values are left out (the space stays, as @actions/core writes it). */
function issueCommand(command, properties, message) {
    let text = `::${command || 'missing.command'}`;
    const entries = Object.entries(properties);
    if (entries.length)
        text += ` ${entries.filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}`;
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function annotation(kind, message, p) {
    const props = Object.keys(p).length
        ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
        : {};
    issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}
const error = (message, properties = {}) => annotation('error', message, properties);
const warning = (message, properties = {}) => annotation('warning', message, properties);
const notice = (message, properties = {}) => annotation('notice', message, properties);
const debug = (message) => issueCommand('debug', {}, message);
/** A log line; a long one (a 200 KB matrix) is written in slices, not first copied whole with its line end. */
function info(message) {
    if (message.length <= 4096) {
        process.stdout.write(message + EOL);
        return;
    }
    forEachSlice(message, (part) => void process.stdout.write(part));
    process.stdout.write(EOL);
}
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
const startGroup = (name) => issueCommand('group', {}, name);
const endGroup = () => issueCommand('endgroup', {}, '');
const isDebug = () => process.env.RUNNER_DEBUG === '1';
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** GITHUB_OUTPUT when the runner gives one (a heredoc block with a random delimiter), else the old command. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, commandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const text = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    // The block's three parts one after another, as appendFileSync of their concatenation writes them, without
    // first copying a large value into one string and one buffer (write-text.ts).
    const fd = openSync(file, 'a');
    try {
        writeTextSync(fd, [`${name}<<${delimiter}${EOL}`, text, `${EOL}${delimiter}${EOL}`]);
    }
    finally {
        closeSync(fd);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./shared/toolkit/action-meta.ts
/**
 * An action's metadata (action.yml): the declared inputs with their defaults, and the declared outputs.
 * The toolkit reads inputs against it, so a typo'd or undeclared input is an internal error, not a silent ''.
 */



/** action.yml's text parsed (the YAML library must be loaded: loadYaml()). */
function parseActionMeta(id, text) {
    return metaFromDocument(id, yamlLib().parse(text));
}
/** The metadata from action.yml's parsed document (`yaml`'s `parse`, or the build's copy of it). */
function metaFromDocument(id, parsed) {
    const doc = (parsed ?? {});
    const inputs = {};
    const rawInputs = (doc.inputs ?? {});
    for (const [name, spec] of Object.entries(rawInputs)) {
        const s = spec ?? {};
        const def = s.default;
        inputs[name] = {
            name,
            description: String(s.description ?? ''),
            required: s.required === true || s.required === 'true',
            ...(def === undefined || def === null ? {} : { default: String(def) }),
        };
    }
    const outputs = {};
    for (const [name, spec] of Object.entries((doc.outputs ?? {}))) {
        outputs[name] = { description: String(spec?.description ?? '') };
    }
    const runs = (doc.runs ?? {});
    return {
        id,
        name: String(doc.name ?? id),
        description: String(doc.description ?? ''),
        inputs,
        outputs,
        runs: { using: String(runs.using ?? ''), ...(runs.main ? { main: String(runs.main) } : {}) },
    };
}
/**
 * The repository root of a running bundle: `dist/<name>/index.js` -> two levels up. `RDA_ROOT` overrides
 * (used by unit tests that do not run from a bundle).
 */
function repoRoot(env = process.env, script = process.argv[1] ?? '') {
    if (env.RDA_ROOT)
        return external_node_path_default().resolve(env.RDA_ROOT);
    return external_node_path_default().resolve(external_node_path_default().dirname(script), '..', '..');
}
/**
 * action.yml as the running bundle sees it. The build writes `dist/<id>/action.json` (the text it parsed and
 * `yaml`'s document of it), which spares every start the YAML parse (a fifth of a bundle's cold start); it is
 * used only while its text is the action.yml on disk, so an edited action.yml is always read afresh.
 */
function loadActionMeta(id, root = repoRoot()) {
    const text = readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8');
    const built = readBuiltMeta(path.join(root, 'dist', id, ACTION_JSON));
    return built?.source === text ? metaFromDocument(id, built.document) : parseActionMeta(id, text);
}
/** loadActionMeta, loading the YAML library first only when action.yml has to be parsed here. */
async function readActionMeta(id, root = repoRoot()) {
    const text = readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8');
    const built = readBuiltMeta(path.join(root, 'dist', id, ACTION_JSON));
    if (built?.source === text)
        return metaFromDocument(id, built.document);
    await loadYaml();
    return parseActionMeta(id, text);
}
/** The file the build writes beside each action's bundle (see loadActionMeta). */
const ACTION_JSON = 'action.json';
function readBuiltMeta(file) {
    try {
        const v = JSON.parse(readFileSync(file, 'utf8'));
        return typeof v.source === 'string' ? { source: v.source, document: v.document } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The actions this repository holds: every `actions/<id>/` with an action.yml, sorted. The umbrella, the CLI
 * and the build find them here, so a new action needs no list edited outside its own folder.
 */
function actionIds(root = repoRoot()) {
    const dir = external_node_path_default().join(root, 'actions');
    return (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, d.name, 'action.yml')))
        .map((d) => d.name)
        .sort();
}

;// CONCATENATED MODULE: ./shared/toolkit/exit.ts
/**
 * Ending a process without losing its output. A runner reads a step's stdout through a pipe, and Node writes
 * to pipes asynchronously: `process.exit()` right after writing drops whatever is still queued (the end of a
 * log group, the last annotations, the failure message). So the exit code is set first, and the process
 * exits only once stdout and stderr have handed everything to the OS — still explicitly, so a dangling HTTP
 * handle (octokit, the cache client) cannot keep a finished step alive.
 */
function exitWhenFlushed(code, fallbackMs = 30_000) {
    process.exitCode = code;
    const exit = () => process.exit(code);
    // A reader that never drains (a stopped pager) must not hold the step forever; unref'd, so it never
    // delays an exit that nothing else is holding up.
    setTimeout(exit, fallbackMs).unref();
    flushed(process.stdout, () => flushed(process.stderr, exit));
}
/** Call `then` once everything written to `stream` so far is written out (write callbacks run in order). */
function flushed(stream, then) {
    try {
        stream.write('', () => then());
    }
    catch {
        then();
    }
}

;// CONCATENATED MODULE: ./shared/child-env.ts
/**
 * The environment a child process of an action may see. Action inputs carry the token, the runtime tokens
 * reach the cache and OIDC services, and the runner's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT,
 * …) would let a child set variables, PATH or outputs for later steps: none of them is a child's business.
 */
const SECRET_ENV = /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;
/** Variables that hold a credential by themselves (the rest of SECRET_ENV are inputs and file paths). */
const TOKEN_ENV = /^(GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|INPUT_.*TOKEN.*)$/i;
/** Whether a child process must not inherit `name`. */
function isChildSecret(name) {
    return SECRET_ENV.test(name);
}
/** Whether `name` holds a credential by itself (a token), not only a path or an ordinary input. */
function isTokenVariable(name) {
    return TOKEN_ENV.test(name);
}
/** `env` for a child: the given variables, with every secret-carrying variable of `inherited` removed. */
function scrubbedEnv(inherited, extra = {}) {
    const env = {};
    for (const k of Object.keys(inherited))
        if (SECRET_ENV.test(k))
            env[k] = undefined;
    return { ...env, ...extra };
}

;// CONCATENATED MODULE: ./shared/toolkit/environ.ts
/**
 * Take variables out of this process's environment for good. Deleting from `process.env` is not enough: the
 * kernel shows the environment the process was started with (`/proc/<pid>/environ`, the strings at the top
 * of its stack) to every process of the same user, so a child could read the token the runner gave this
 * action from `/proc/$PPID/environ`. On Linux the bytes of that block are overwritten through
 * `/proc/self/mem`; `process.env` keeps what this process itself still needs (`hide`) or loses it (`remove`).
 */


/** The start and end address of the initial environment block (proc(5): fields 50 and 51 of /proc/self/stat). */
function environBlock() {
    const stat = (0,external_node_fs_namespaceObject.readFileSync)('/proc/self/stat', 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
    const start = Number(fields[50 - 3]);
    const end = Number(fields[51 - 3]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start || end - start > 64 * 1024 * 1024) {
        throw new Error('/proc/self/stat has no usable env_start/env_end');
    }
    return { start, end };
}
/**
 * Each `NAME=value` entry of an environment block (entries end at a NUL byte), as `visit(name, start, end)`; a
 * run of NUL bytes (what an earlier call cleared) is stepped over, and only names are decoded, not the block.
 */
function forEachEntry(block, visit) {
    let at = 0;
    while (at < block.length) {
        if (block[at] === 0) {
            at++;
            continue;
        }
        let stop = block.indexOf(0, at);
        if (stop < 0)
            stop = block.length;
        const eq = block.indexOf(0x3d, at);
        if (eq > at && eq < stop)
            visit(block.toString('utf8', at, eq), at, stop);
        at = stop + 1;
    }
}
/**
 * Hide or remove every variable `select` names. On Linux the initial environment block is overwritten with
 * NUL bytes at each selected `NAME=value`; elsewhere (or when /proc is not available) only `process.env`
 * changes and `ok` is false.
 */
function hideEnvironment(select) {
    const removed = [];
    const hidden = [];
    const keep = new Map();
    const selected = new Set();
    for (const [name, value] of Object.entries(process.env)) {
        if (value === undefined)
            continue;
        const action = select(name, value);
        if (!action)
            continue;
        selected.add(name);
        if (action === 'hide')
            keep.set(name, value);
    }
    // unsetenv first: the live environ array then no longer points into the block we are about to clear.
    for (const name of selected)
        delete process.env[name];
    const restore = () => {
        for (const [name, value] of keep) {
            process.env[name] = value;
            hidden.push(name);
        }
        for (const name of selected)
            if (!keep.has(name))
                removed.push(name);
    };
    if (selected.size === 0) {
        restore();
        return { ok: true, removed, hidden };
    }
    if (process.platform !== 'linux') {
        restore();
        return { ok: false, reason: `${process.platform} has no /proc/self/mem to clear the environment the process was started with`, removed, hidden };
    }
    try {
        const { start, end } = environBlock();
        const fd = (0,external_node_fs_namespaceObject.openSync)('/proc/self/mem', 'r+');
        let left;
        try {
            const block = Buffer.alloc(end - start);
            (0,external_node_fs_namespaceObject.readSync)(fd, block, 0, block.length, start);
            // The span cleared, written back at once (each write through /proc/self/mem is a trip through the kernel).
            let first = block.length;
            let last = 0;
            forEachEntry(block, (name, at, stop) => {
                if (!selected.has(name))
                    return;
                block.fill(0, at, stop);
                first = Math.min(first, at);
                last = stop;
            });
            if (last > first)
                (0,external_node_fs_namespaceObject.writeSync)(fd, block, first, last - first, start + first);
            // What a child reading /proc/<pid>/environ gets is these bytes (env_start..env_end of this process's
            // memory): read back from the kernel, they must name none of the selected variables.
            const after = Buffer.alloc(end - start);
            (0,external_node_fs_namespaceObject.readSync)(fd, after, 0, after.length, start);
            left = [];
            forEachEntry(after, (name) => {
                if (selected.has(name))
                    left.push(name);
            });
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        restore();
        return left.length ? { ok: false, reason: `/proc/self/environ still shows ${left.join(', ')}`, removed, hidden } : { ok: true, removed, hidden };
    }
    catch (e) {
        restore();
        return { ok: false, reason: `cannot clear the environment the process was started with: ${e.message}`, removed, hidden };
    }
}
/**
 * What every action that starts a process calls once its inputs are read and before the first child starts:
 * each variable a child has no business with (`isChildSecret`: inputs, tokens, the runner's command files)
 * leaves the environment this process was started with. A credential (`isTokenVariable`, or any variable
 * whose value is one of `secrets`, the secret inputs' values) leaves `process.env` too, unless `keep` names it
 * because this process still reads it there (ACTIONS_RUNTIME_TOKEN for the cache client); everything else
 * stays in `process.env` for the toolkit, and `runCommand` does not pass it on.
 */
function hideFromChildren(secrets, keep = () => false) {
    return hideEnvironment(childSecretAction(secrets, keep));
}
/** The choice `hideFromChildren` makes for one variable (undefined: a child may see it). */
function childSecretAction(secrets, keep = () => false) {
    return (name, value) => {
        const secret = value !== '' && secrets.includes(value);
        if (!secret && !isChildSecret(name))
            return undefined;
        if (keep(name))
            return 'hide';
        return secret || isTokenVariable(name) ? 'remove' : 'hide';
    };
}

;// CONCATENATED MODULE: ./shared/toolkit/umbrella.ts
/**
 * The umbrella action: `command:` picks one of the actions under actions/ (found there, not listed here); the
 * chosen bundle runs as a child with the same environment, so it behaves exactly like
 * `uses: …/actions/<command>`. Inputs the umbrella declares but the user left empty arrive empty, and each
 * action applies its own defaults.
 */








async function main() {
    const root = repoRoot();
    const commands = actionIds(root);
    const command = (process.env['INPUT_COMMAND'] ?? '').trim();
    if (!commands.includes(command)) {
        const msg = `input 'command': expected one of ${commands.map((c) => `'${c}'`).join(', ')}, got '${command}'`;
        error(msg, { title: 'Input error: command' });
        setFailed(msg);
        return 1;
    }
    const bundle = external_node_path_default().join(root, 'dist', command, 'index.js');
    if (!(0,external_node_fs_namespaceObject.existsSync)(bundle)) {
        setFailed(`internal error: the ${command} bundle is missing at ${bundle}`);
        return 1;
    }
    const env = { ...process.env };
    delete env['INPUT_COMMAND'];
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [bundle], { env, stdio: 'inherit' });
        // The chosen action has its own copy now. This process waits for it holding nothing a descendant of it
        // (git, cargo, QEMU) could read at /proc/<this pid>/environ: inputs, tokens, the runner's command files,
        // and any other variable that carries a token's value.
        const tokens = Object.entries(process.env).filter(([k, v]) => v && isTokenVariable(k)).map(([, v]) => v);
        hideFromChildren(tokens);
        child.on('error', (e) => {
            setFailed(`could not start ${command}: ${e.message}`);
            resolve(1);
        });
        child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
}
main().then((code) => exitWhenFlushed(code));

