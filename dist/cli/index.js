#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./shared/yaml.ts
let lib;
async function yaml_loadYaml() {
    return (lib ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
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
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, d.name, 'action.yml')))
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./shared/toolkit/local-run.ts
/**
 * Run an action bundle exactly as the Actions runner does: a child `node` process with INPUT_ variables
 * (the runner's name mangling: spaces -> '_', upper case, hyphens KEPT), fresh GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY files, an event payload, RUNNER_TEMP and GITHUB_WORKSPACE.
 * Used by the CLI and by the tests (one spawning code path).
 */





/** The repository root: the nearest ancestor with package.json named rust-distro-actions. */
function findRoot(start = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (;;) {
        const pkg = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === 'rust-distro-actions')
                    return dir;
            }
            catch {
                // keep looking
            }
        }
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            throw new Error(`cannot find the rust-distro-actions root above ${start}`);
        dir = up;
    }
}
function bundlePath(action, root = findRoot()) {
    if (!/^[a-z0-9-]+$/.test(action))
        throw new Error(`unknown action '${action}'`);
    return external_node_path_default().join(root, 'dist', action, 'index.js');
}
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Parse a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
function parseCommandFile(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line)
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delim] = heredoc;
            const body = [];
            i++;
            while (i < lines.length && lines[i] !== delim)
                body.push(lines[i++]);
            if (i >= lines.length)
                throw new Error(`unterminated '${name}<<${delim}' block`);
            out[name] = body.join('\n');
            continue;
        }
        const eq = line.indexOf('=');
        if (eq > 0)
            out[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return out;
}
function unescapeData(s) {
    return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s) {
    return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
/** Workflow commands (`::name key=value,…::message`) from the step's stdout. */
function parseWorkflowCommands(stdout) {
    const out = [];
    // `::stop-commands::TOKEN` turns command processing off until a line `::TOKEN::` (as the runner does).
    let stopToken;
    for (const line of stdout.split(/\r?\n/)) {
        if (stopToken !== undefined) {
            if (line === `::${stopToken}::`)
                stopToken = undefined;
            continue;
        }
        const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
        if (!m)
            continue;
        if (m[1] === 'stop-commands') {
            stopToken = m[3] ?? '';
            continue;
        }
        const properties = {};
        for (const kv of (m[2] ?? '').split(',')) {
            const eq = kv.indexOf('=');
            if (eq > 0)
                properties[kv.slice(0, eq).trim()] = unescapeProperty(kv.slice(eq + 1));
        }
        out.push({ command: m[1], properties, message: unescapeData(m[3] ?? '') });
    }
    return out;
}
function annotationsFrom(commands) {
    const out = [];
    for (const c of commands) {
        if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice')
            continue;
        const a = { level: c.command, message: c.message };
        if (c.properties.file)
            a.file = c.properties.file;
        if (c.properties.line)
            a.line = Number(c.properties.line);
        if (c.properties.title)
            a.title = c.properties.title;
        out.push(a);
    }
    return out;
}
const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
async function runBundle(bundle, options = {}) {
    const action = external_node_path_default().basename(external_node_path_default().dirname(bundle));
    if (!(0,external_node_fs_.existsSync)(bundle))
        throw new Error(`no bundle at ${bundle}: run 'npm run build' first`);
    const temp = options.tempDir ?? (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), `rda-${action}-`));
    const files = {};
    const cmdDir = external_node_path_default().join(temp, '_runner_file_commands');
    (0,external_node_fs_.mkdirSync)(cmdDir, { recursive: true });
    for (const f of RUNNER_FILES) {
        files[f] = external_node_path_default().join(cmdDir, f.toLowerCase());
        (0,external_node_fs_.writeFileSync)(files[f], '');
    }
    const runnerTemp = external_node_path_default().join(temp, '_temp');
    (0,external_node_fs_.mkdirSync)(runnerTemp, { recursive: true });
    const workspace = options.workspace ?? external_node_path_default().join(temp, 'workspace');
    (0,external_node_fs_.mkdirSync)(workspace, { recursive: true });
    let eventPath;
    if (typeof options.event === 'string')
        eventPath = external_node_path_default().resolve(options.event);
    else {
        eventPath = external_node_path_default().join(temp, 'event.json');
        (0,external_node_fs_.writeFileSync)(eventPath, JSON.stringify(options.event ?? {}));
    }
    // Start from the parent's environment without anything the runner itself would set.
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (v === undefined || k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('RUNNER_') || k.startsWith('STATE_'))
            continue;
        env[k] = v;
    }
    Object.assign(env, {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
        GITHUB_REPOSITORY: 'example/distro',
        GITHUB_REPOSITORY_OWNER: 'example',
        // A real-looking commit id (git's own first commit); an all-zero one is what a test forbids anywhere.
        GITHUB_SHA: 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_NUMBER: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'http://127.0.0.1:9/unreachable',
        GITHUB_ACTION: action,
        RUNNER_TEMP: runnerTemp,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        ...files,
    });
    for (const [k, v] of Object.entries(options.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    for (const [name, value] of Object.entries(options.inputs ?? {}))
        env[inputEnvName(name)] = value;
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    // A spawn that fails before its pipes exist (EMFILE) has none: it reports only through 'error'.
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (c) => {
        stdout += c;
        options.onStdout?.(c);
    });
    child.stderr?.on('data', (c) => {
        stderr += c;
    });
    // The child leads its own process group; anything it started detached (QEMU) leads another one, which only
    // the child knows: so it is asked first (SIGTERM, which it handles by stopping those), and killed only after
    // a grace.
    const signalGroup = (signal) => {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            // gone
        }
    };
    let killTimer;
    const stop = (signal) => {
        signalGroup(signal);
        killTimer ??= setTimeout(() => signalGroup('SIGKILL'), 5_000);
    };
    let timedOut = false;
    const timeoutMs = options.timeoutMs ?? 600_000;
    const timer = timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            stop('SIGTERM');
        }, timeoutMs)
        : undefined;
    let interrupted;
    const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((sig) => {
        const handler = () => {
            interrupted ??= sig;
            stop(sig);
        };
        if (options.forwardSignals)
            process.on(sig, handler);
        return [sig, handler];
    });
    const exitCode = await new Promise((resolve) => {
        child.on('error', () => resolve(127));
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    clearTimeout(timer);
    clearTimeout(killTimer);
    for (const [sig, handler] of forwarded)
        process.removeListener(sig, handler);
    const commands = parseWorkflowCommands(stdout);
    const result = {
        action,
        exitCode: timedOut ? 124 : exitCode,
        outputs: parseCommandFile((0,external_node_fs_.readFileSync)(files.GITHUB_OUTPUT, 'utf8')),
        annotations: annotationsFrom(commands),
        summary: (0,external_node_fs_.readFileSync)(files.GITHUB_STEP_SUMMARY, 'utf8'),
        stdout,
        stderr,
        commands,
        env: parseCommandFile((0,external_node_fs_.readFileSync)(files.GITHUB_ENV, 'utf8')),
        path: (0,external_node_fs_.readFileSync)(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
        masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
        tempDir: temp,
        timedOut,
        ...(interrupted && { interrupted }),
    };
    if (!options.keep && !options.tempDir)
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    return result;
}

;// CONCATENATED MODULE: ./shared/toolkit/cli.ts
/**
 * `rust-distro-actions` — run an action's bundle locally exactly as the Actions runner would.
 *   rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--json] [--keep]
 *   rust-distro-actions run <action> --help     (the action's inputs and outputs, from its action.yml)
 *   rust-distro-actions list
 *   rust-distro-actions demo          (every action on its embedded fixtures; `npm start`)
 *   rust-distro-actions codes [action] (the catalogued finding codes, as in docs/findings.md)
 */







const USAGE = `usage:
  rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--event-name NAME] [--json] [--keep]
  rust-distro-actions run <action> --help     the action's inputs and outputs
  rust-distro-actions list                    every action and its inputs
  rust-distro-actions demo                    every action on its embedded fixtures (npm start)
  rust-distro-actions codes [action]          every finding code: severity, meaning, fix (docs/findings.md)
  rust-distro-actions help                    this text`;
const HELP_FLAGS = new Set(['help', '--help', '-h']);
/** The action's own inputs bound its run (qemu-selfhost-verify's `timeout` may be hours); a Ctrl-C or a
 * SIGTERM to the CLI reaches the action, which stops what it started (QEMU) before it goes. */
const UNCAPPED = { timeoutMs: 0, forwardSignals: true };
/** The shell's convention for a process ended by a signal. */
function signalExit(signal) {
    return 128 + (external_node_os_namespaceObject.constants.signals[signal] ?? 15);
}
class UsageError extends Error {
}
function loadMeta(root, id) {
    return parseActionMeta(id, (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'actions', id, 'action.yml'), 'utf8'));
}
/** `run <action> --help`: what `--with` accepts, straight from action.yml. */
function actionHelp(meta) {
    const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
    const lines = [`rust-distro-actions run ${meta.id} [--with name=value]... [--event payload.json] [--json] [--keep]`, '', oneLine(meta.description), '', 'inputs:'];
    for (const i of Object.values(meta.inputs)) {
        const tags = [i.required ? 'required' : '', i.default !== undefined && i.default !== '' ? `default: ${oneLine(i.default)}` : ''].filter(Boolean);
        lines.push(`  --with ${i.name}=…${tags.length ? `  (${tags.join('; ')})` : ''}`);
        if (i.description)
            lines.push(`      ${oneLine(i.description)}`);
    }
    const outs = Object.entries(meta.outputs);
    if (outs.length) {
        lines.push('', 'outputs:');
        for (const [name, o] of outs)
            lines.push(`  ${name}: ${oneLine(o.description)}`);
    }
    lines.push('', 'With no inputs the action runs on its embedded fixtures.');
    return lines.join('\n');
}
function readable(r) {
    const lines = [];
    lines.push(`== ${r.action}: ${r.exitCode === 0 ? 'succeeded' : `FAILED (exit ${r.exitCode})`}`);
    const outs = Object.entries(r.outputs);
    if (outs.length) {
        lines.push('-- outputs');
        for (const [k, v] of outs)
            lines.push(`${k}: ${v.length > 400 ? `${v.slice(0, 400)}… (${v.length} chars)` : v}`);
    }
    if (r.annotations.length) {
        lines.push(`-- annotations (${r.annotations.length})`);
        for (const a of r.annotations) {
            lines.push(`${a.level}${a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : ''}${a.title ? ` [${a.title}]` : ''}: ${a.message}`);
        }
    }
    if (r.summary.trim()) {
        lines.push('-- summary');
        lines.push(r.summary.trim());
    }
    if (r.exitCode !== 0 && r.stderr.trim()) {
        lines.push('-- stderr');
        lines.push(r.stderr.trim().split('\n').slice(-20).join('\n'));
    }
    return lines.join('\n');
}
async function main(argv) {
    const root = findRoot();
    // action.yml is read as YAML here (loadMeta): the library loads on demand in every bundle.
    await yaml_loadYaml();
    const [cmd, ...rest] = argv;
    if (cmd !== undefined && HELP_FLAGS.has(cmd)) {
        console.log(USAGE);
        return 0;
    }
    if (cmd === 'list') {
        for (const id of actionIds(root)) {
            const meta = loadMeta(root, id);
            console.log(`${id} — ${meta.description}`);
            for (const i of Object.values(meta.inputs)) {
                console.log(`  --with ${i.name}=…${i.required ? ' (required)' : ''}${i.default !== undefined ? ` [default: ${i.default}]` : ''}`);
            }
        }
        return 0;
    }
    if (cmd === 'codes') {
        const action = rest[0];
        if (action !== undefined && !actionIds(root).includes(action))
            throw new UsageError(`codes: unknown action '${action}'; one of: ${actionIds(root).join(', ')}`);
        // Loaded on demand: the catalogues are data of every domain, which no other command needs.
        const { cataloguesFor, renderCodes } = await __nccwpck_require__.e(/* import() */ 764).then(__nccwpck_require__.bind(__nccwpck_require__, 764));
        const cats = cataloguesFor(root, action);
        console.log(cats.length ? renderCodes(cats) : `${action} makes no catalogued findings (its verdicts are outputs and the job summary).`);
        return 0;
    }
    if (cmd === 'demo') {
        const ids = actionIds(root);
        const failed = [];
        for (const id of ids) {
            const r = await runBundle(bundlePath(id, root), { inputs: {}, ...UNCAPPED });
            if (r.interrupted)
                return signalExit(r.interrupted);
            console.log(readable(r));
            console.log('');
            if (r.exitCode !== 0)
                failed.push(id);
        }
        // The last line is the verdict, so `npm start | tail -1` (and a CI log) says what failed.
        if (failed.length) {
            console.log(`demo: ${failed.length} of ${ids.length} action(s) FAILED on their embedded fixtures: ${failed.join(', ')} (see each report above)`);
            return 1;
        }
        console.log(`demo: all ${ids.length} actions succeeded on their embedded fixtures; see each summary above`);
        return 0;
    }
    if (cmd !== 'run')
        throw new UsageError(cmd ? `unknown command '${cmd}'` : 'no command given');
    const action = rest.shift();
    if (action === '--help' || action === '-h') {
        console.log(USAGE);
        return 0;
    }
    if (!action || action.startsWith('-'))
        throw new UsageError('run: which action? (see `rust-distro-actions list`)');
    if (!actionIds(root).includes(action))
        throw new UsageError(`unknown action '${action}'; one of: ${actionIds(root).join(', ')}`);
    const meta = loadMeta(root, action);
    if (rest.some((a) => a === '--help' || a === '-h')) {
        console.log(actionHelp(meta));
        return 0;
    }
    const inputs = {};
    let event;
    let eventName;
    let json = false;
    let keep = false;
    while (rest.length) {
        const a = rest.shift();
        if (a === '--with' || a === '-w') {
            const kv = rest.shift();
            const eq = kv?.indexOf('=') ?? -1;
            if (!kv || eq <= 0)
                throw new UsageError(`--with expects name=value, got '${kv ?? ''}'`);
            inputs[kv.slice(0, eq)] = kv.slice(eq + 1);
        }
        else if (a.startsWith('--with=')) {
            const kv = a.slice(7);
            const eq = kv.indexOf('=');
            if (eq <= 0)
                throw new UsageError(`--with expects name=value, got '${kv}'`);
            inputs[kv.slice(0, eq)] = kv.slice(eq + 1);
        }
        else if (a === '--event')
            event = rest.shift();
        else if (a === '--event-name')
            eventName = rest.shift();
        else if (a === '--json')
            json = true;
        else if (a === '--keep')
            keep = true;
        else
            throw new UsageError(`unknown option '${a}'`);
    }
    for (const name of Object.keys(inputs)) {
        if (!(name in meta.inputs))
            throw new UsageError(`action '${action}' has no input '${name}'; inputs: ${Object.keys(meta.inputs).join(', ')}`);
    }
    if (event && !(0,external_node_fs_.existsSync)(event))
        throw new UsageError(`--event: no file '${event}'`);
    const r = await runBundle(bundlePath(action, root), {
        inputs,
        ...(event ? { event } : {}),
        ...(eventName ? { eventName } : {}),
        keep,
        workspace: process.cwd(),
        ...UNCAPPED,
        ...(json ? {} : { onStdout: undefined }),
    });
    if (json) {
        console.log(JSON.stringify({ action: r.action, exitCode: r.exitCode, outputs: r.outputs, annotations: r.annotations, summary: r.summary }, null, 2));
    }
    else {
        console.log(readable(r));
        if (keep)
            console.log(`-- kept ${r.tempDir}`);
    }
    if (r.interrupted)
        return signalExit(r.interrupted);
    return r.exitCode === 0 ? 0 : 1;
}
main(process.argv.slice(2)).then((code) => exitWhenFlushed(code), (e) => {
    if (e instanceof UsageError) {
        console.error(`rust-distro-actions: ${e.message}\n${USAGE}`);
        exitWhenFlushed(2);
        return;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    exitWhenFlushed(1);
});

