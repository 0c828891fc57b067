export const id = 731;
export const ids = [731];
export const modules = {

/***/ 2187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ defineFindings),
/* harmony export */   Lu: () => (/* binding */ reachesThreshold),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   iI: () => (/* binding */ pushAll),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* unused harmony exports finding, mostSevere, registeredCatalogues, lookupFinding */
const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
/** Low-level constructor; domain code makes findings through its catalogue (`defineFindings`). */
function finding(severity, code, message, where = {}) {
    const f = { severity, code, message };
    if (where.file !== undefined)
        f.file = where.file;
    if (where.line !== undefined)
        f.line = where.line;
    if (where.column !== undefined)
        f.column = where.column;
    if (where.hint !== undefined)
        f.hint = where.hint;
    return f;
}
function countBySeverity(findings) {
    const out = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        out[f.severity]++;
    return out;
}
/** Stable order for reports: by file, line, then severity (errors first), then code. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        cmp(a.code, b.code));
}
/** The `limit` most severe findings (stable within a severity), for the annotation budget. */
function mostSevere(findings, limit) {
    if (findings.length <= limit)
        return [...findings];
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
        .slice(0, limit)
        .map((x) => x.f);
}
// Code-unit order: stable across locales and far faster than localeCompare on large lists.
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** How many findings of one kind, one word apart, make a row of their own instead of one row each. */
const GROUP_MIN = 8;
/**
 * The findings in report order, where each set of at least GROUP_MIN findings with the same severity, code,
 * file and fix whose messages differ in exactly one word (no backticks, no line breaks) becomes one entry at
 * the place of its first member. Anything else stays a row of its own.
 */
function groupFindings(sorted) {
    const kinds = new Map();
    for (const f of sorted) {
        const key = `${f.severity}\0${f.code}\0${f.file ?? ''}\0${f.hint ?? ''}`;
        const list = kinds.get(key);
        if (list)
            list.push(f);
        else
            kinds.set(key, [f]);
    }
    const groups = new Map();
    for (const list of kinds.values()) {
        if (list.length < GROUP_MIN)
            continue;
        const t = oneWordApart(list.map((f) => f.message));
        if (!t)
            continue;
        groups.set(list[0], { group: list, ...t });
        for (const f of list.slice(1))
            groups.set(f, null);
    }
    if (groups.size === 0)
        return [...sorted];
    const out = [];
    for (const f of sorted) {
        const g = groups.get(f);
        if (g === undefined)
            out.push(f);
        else if (g !== null)
            out.push(g);
    }
    return out;
}
/** The common text around the one word in which the messages differ, or undefined when they differ otherwise. */
function oneWordApart(messages) {
    if (messages.some((m) => /[`\r\n]/.test(m)))
        return undefined;
    const first = messages[0];
    let p = first.length;
    let q = first.length;
    for (const m of messages) {
        let i = 0;
        while (i < p && i < m.length && m[i] === first[i])
            i++;
        p = i;
        let j = 0;
        while (j < q && j < m.length && m[m.length - 1 - j] === first[first.length - 1 - j])
            j++;
        q = j;
    }
    // Whole words: the prefix ends after a space, the suffix starts at a space or a punctuation mark.
    const prefix = first.slice(0, first.lastIndexOf(' ', p - 1) + 1);
    let suffix = first.slice(first.length - q);
    suffix = suffix.slice(suffix.search(/[\s.,;:!?)]|$/));
    if (messages.some((m) => m.length < prefix.length + suffix.length + 1))
        return undefined;
    const words = messages.map((m) => m.slice(prefix.length, m.length - suffix.length));
    if (words.some((w) => w === '' || /\s/.test(w)))
        return undefined;
    return { prefix, words, suffix };
}
/** Whether findings reach a `fail-on` threshold (`error` | `warning` | `never`). */
function reachesThreshold(findings, failOn) {
    if (failOn === 'never')
        return false;
    const min = SEVERITY_RANK[failOn];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= min);
}
const registry = new Map();
function defineFindings(domain, specs) {
    const cat = {
        domain,
        specs,
        has: (code) => Object.hasOwn(specs, code),
        make(code, message, where = {}) {
            if (!Object.hasOwn(specs, code))
                throw new Error(`finding code '${code}' is not in the ${domain} catalogue`);
            return finding(where.severity ?? specs[code].severity, code, message, where);
        },
    };
    registry.set(domain, cat);
    return cat;
}
/** Every catalogue registered so far (import the domains' `findings.ts` modules first), by domain name. */
function registeredCatalogues() {
    return [...registry.values()].sort((a, b) => cmp(a.domain, b.domain));
}
/** The catalogue entry of a code, searching every registered catalogue. */
function lookupFinding(code) {
    for (const c of registry.values())
        if (c.has(code))
            return { domain: c.domain, spec: c.specs[code] };
    return undefined;
}
/**
 * Append every item of `items` to `into`. `into.push(...items)` passes each item as an argument, and a list of
 * more than ~120,000 (one hostile file's findings) overflows the stack.
 */
function pushAll(into, items) {
    for (let i = 0; i < items.length; i++)
        into.push(items[i]);
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

/***/ 5731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTIONS_BOT: () => (/* reexport */ ACTIONS_BOT),
  COMMENT_LIMIT_CHARS: () => (/* reexport */ toolkit_summary/* COMMENT_LIMIT_CHARS */.iW),
  CommandError: () => (/* reexport */ exec/* CommandError */.Qd),
  ConfigurationError: () => (/* reexport */ toolkit_inputs/* ConfigurationError */.j1),
  InputError: () => (/* reexport */ toolkit_inputs/* InputError */.dz),
  Inputs: () => (/* reexport */ toolkit_inputs/* Inputs */.G0),
  Markdown: () => (/* reexport */ toolkit_summary/* Markdown */.oz),
  Outputs: () => (/* reexport */ Outputs),
  RetryError: () => (/* reexport */ RetryError),
  SUMMARY_LIMIT_BYTES: () => (/* reexport */ toolkit_summary/* SUMMARY_LIMIT_BYTES */.Jz),
  Summary: () => (/* reexport */ toolkit_summary/* Summary */.BD),
  actionMain: () => (/* reexport */ actionMain),
  annotate: () => (/* reexport */ annotate),
  backoffDelay: () => (/* reexport */ backoffDelay),
  capText: () => (/* reexport */ toolkit_summary/* capText */.yA),
  closeIssue: () => (/* reexport */ closeIssue),
  createGitHub: () => (/* reexport */ createGitHub),
  envKnob: () => (/* reexport */ toolkit_inputs/* envKnob */.MV),
  escapeCell: () => (/* reexport */ toolkit_summary/* escapeCell */.kq),
  escapeText: () => (/* reexport */ toolkit_summary/* escapeText */.X1),
  evaluateDefault: () => (/* reexport */ toolkit_inputs/* evaluateDefault */.pX),
  findOwnComment: () => (/* reexport */ findOwnComment),
  findingLine: () => (/* reexport */ toolkit_summary/* findingLine */.mC),
  findingWhereLine: () => (/* reexport */ toolkit_summary/* findingWhereLine */.NP),
  gitHead: () => (/* reexport */ gitHead),
  group: () => (/* reexport */ report_group),
  htmlText: () => (/* reexport */ toolkit_summary/* htmlText */.js),
  inputEnvName: () => (/* reexport */ toolkit_inputs/* inputEnvName */.d_),
  loadActionMeta: () => (/* reexport */ loadActionMeta),
  log: () => (/* reexport */ log),
  lsRemote: () => (/* reexport */ lsRemote),
  markdown: () => (/* reexport */ toolkit_summary/* markdown */.wD),
  markerComment: () => (/* reexport */ markerComment),
  mdCell: () => (/* reexport */ toolkit_summary/* mdCell */.cz),
  mdCode: () => (/* reexport */ toolkit_summary/* mdCode */.xs),
  mdFence: () => (/* reexport */ toolkit_summary/* mdFence */.F),
  mdText: () => (/* reexport */ toolkit_summary/* mdText */.bC),
  mdWithCode: () => (/* reexport */ toolkit_summary/* mdWithCode */.Xp),
  parseActionMeta: () => (/* reexport */ parseActionMeta),
  realClock: () => (/* reexport */ realClock),
  realSleep: () => (/* reexport */ realSleep),
  repoFromEnv: () => (/* reexport */ repoFromEnv),
  repoRoot: () => (/* reexport */ repoRoot),
  resolveInside: () => (/* reexport */ toolkit_inputs/* resolveInside */.LI),
  restoreCache: () => (/* reexport */ restoreCache),
  retry: () => (/* reexport */ retry),
  runChecked: () => (/* reexport */ exec/* runChecked */.X4),
  runCommand: () => (/* reexport */ exec/* runCommand */.d1),
  saveCache: () => (/* reexport */ saveCache),
  severityIcon: () => (/* reexport */ toolkit_summary/* severityIcon */.PE),
  splitList: () => (/* reexport */ toolkit_inputs/* splitList */.ry),
  stickyComment: () => (/* reexport */ stickyComment),
  syncCheckout: () => (/* reexport */ syncCheckout),
  tokenIdentity: () => (/* reexport */ tokenIdentity),
  upsertComment: () => (/* reexport */ upsertComment),
  upsertIssue: () => (/* reexport */ upsertIssue),
  writeFileAtomic: () => (/* reexport */ writeFileAtomic),
  writeFilesAtomic: () => (/* reexport */ writeFilesAtomic),
  writeSummary: () => (/* reexport */ writeSummary)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
const TEXT_SLICE = 16 * 1024;
/** Each slice of `text` to `write`, in order; a text of one slice is passed whole. */
function forEachSlice(text, write) {
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
    const n = (0,external_node_fs_.writeSync)(fd, part);
    const size = Buffer.byteLength(part);
    if (n >= size)
        return;
    const bytes = Buffer.from(part);
    for (let off = n; off < size;)
        off += (0,external_node_fs_.writeSync)(fd, bytes, off, size - off);
}
/**
 * Write `text` to `fd`: one string, or pieces written one after another as if joined (small pieces are joined
 * into slices first, so a list of 320 lines costs a few writes, not 320).
 */
function writeTextSync(fd, text) {
    if (typeof text === 'string') {
        forEachSlice(text, (part) => writePart(fd, part));
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
            forEachSlice(piece, (part) => writePart(fd, part));
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
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
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
        process.stdout.write(message + external_node_os_.EOL);
        return;
    }
    forEachSlice(message, (part) => void process.stdout.write(part));
    process.stdout.write(external_node_os_.EOL);
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
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, commandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // The block's three parts one after another, as appendFileSync of their concatenation writes them, without
    // first copying a large value into one string and one buffer (write-text.ts).
    const fd = (0,external_node_fs_.openSync)(file, 'a');
    try {
        writeTextSync(fd, [`${name}<<${delimiter}${external_node_os_.EOL}`, text, `${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`]);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/yaml.ts
var yaml = __webpack_require__(7315);
;// CONCATENATED MODULE: ./shared/toolkit/action-meta.ts
/**
 * An action's metadata (action.yml): the declared inputs with their defaults, and the declared outputs.
 * The toolkit reads inputs against it, so a typo'd or undeclared input is an internal error, not a silent ''.
 */



/** action.yml's text parsed (the YAML library must be loaded: loadYaml()). */
function parseActionMeta(id, text) {
    return metaFromDocument(id, (0,yaml/* yamlLib */.xG)().parse(text));
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
    const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'actions', id, 'action.yml'), 'utf8');
    const built = readBuiltMeta(external_node_path_default().join(root, 'dist', id, ACTION_JSON));
    return built?.source === text ? metaFromDocument(id, built.document) : parseActionMeta(id, text);
}
/** loadActionMeta, loading the YAML library first only when action.yml has to be parsed here. */
async function readActionMeta(id, root = repoRoot()) {
    const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'actions', id, 'action.yml'), 'utf8');
    const built = readBuiltMeta(external_node_path_default().join(root, 'dist', id, ACTION_JSON));
    if (built?.source === text)
        return metaFromDocument(id, built.document);
    await (0,yaml/* loadYaml */.yv)();
    return parseActionMeta(id, text);
}
/** The file the build writes beside each action's bundle (see loadActionMeta). */
const ACTION_JSON = 'action.json';
function readBuiltMeta(file) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
    const dir = path.join(root, 'actions');
    return readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'action.yml')))
        .map((d) => d.name)
        .sort();
}

// EXTERNAL MODULE: ./shared/toolkit/inputs.ts
var toolkit_inputs = __webpack_require__(2330);
// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/redact.ts
/**
 * Credentials in URIs, found and hidden in one place: the user info of `https://user:TOKEN@host/…` (and a
 * bare `https://TOKEN@host/…`) and token-like query or fragment parameters (`?access_token=`,
 * `private_token`, `token`, …). Every URI from inputs or from a repos.conf `sync-uri` is shown only in its
 * redacted form (logs, summaries, report files, annotations, issue and comment bodies); the secrets it
 * carried are returned so the toolkit can mask them (`::add-mask::`) and scrub them from anything it writes.
 *
 * Neutral module (no toolkit, no domain): domain code shows URIs through it, the toolkit masks with it.
 */
/** Query or fragment parameters whose value is a credential (compared lower-cased, `-` as `_`). */
const SECRET_PARAMS = new Set([
    'access_token',
    'private_token',
    'token',
    'auth',
    'auth_token',
    'authorization',
    'api_key',
    'apikey',
    'key',
    'secret',
    'client_secret',
    'password',
    'passwd',
    'pwd',
    'oauth_token',
    'refresh_token',
    'id_token',
    'jwt',
    'sig',
    'signature',
    'x_access_token',
    'job_token',
    'credential',
    'credentials',
]);
const REDACTED = '***';
function secretParam(name) {
    const n = name.toLowerCase().replace(/-/g, '_');
    return SECRET_PARAMS.has(n) || /(^|_)(token|secret|password)$/.test(n);
}
/** `a=1&token=x` with the secret values replaced; the values found are pushed to `secrets`. */
function redactParams(params, secrets) {
    return params
        .split('&')
        .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const name = safeDecode(pair.slice(0, eq));
        const value = pair.slice(eq + 1);
        if (!value || !secretParam(name))
            return pair;
        secrets.push(value);
        const decoded = safeDecode(value);
        if (decoded !== value)
            secrets.push(decoded);
        return `${pair.slice(0, eq)}=${REDACTED}`;
    })
        .join('&');
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return s;
    }
}
/**
 * A URI as it may be shown, and the credentials it carried (as written, and percent-decoded when that
 * differs: git and servers echo either form). ssh user names (`ssh://git@host`) are not secrets. Text that is
 * not a URI with a scheme is returned as it is.
 */
function redactUri(uri) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(uri);
    if (!m)
        return { shown: uri, secrets: [] };
    const [, scheme, authority, rest, query, fragment] = m;
    const secrets = [];
    let auth = authority;
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        const host = authority.slice(at + 1);
        const colon = userinfo.indexOf(':');
        const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
        const ssh = /^(ssh|git\+ssh|ssh\+git):\/\/$/i.test(scheme);
        if (password) {
            secrets.push(password);
            if (safeDecode(password) !== password)
                secrets.push(safeDecode(password));
        }
        // Over http(s) and the rest, a user name alone is a token (`https://TOKEN@github.com/…`).
        if (!ssh && user && !password) {
            secrets.push(user);
            if (safeDecode(user) !== user)
                secrets.push(safeDecode(user));
        }
        auth = ssh ? `${user}${password ? `:${REDACTED}` : ''}@${host}` : host;
    }
    const q = query ? `?${redactParams(query.slice(1), secrets)}` : '';
    const f = fragment ? `#${redactParams(fragment.slice(1), secrets)}` : '';
    // A URI inside the URI (`…?next=https://u:TOKEN@host`, a doubled `https://u:p@https://u:p@`) loses its user
    // info too.
    const tail = stripUserInfo(`${rest}${q}${f}`, (userinfo) => {
        const colon = userinfo.indexOf(':');
        const part = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
        secrets.push(part);
        if (safeDecode(part) !== part)
            secrets.push(safeDecode(part));
    });
    return { shown: `${scheme}${auth}${tail}`, secrets: [...new Set(secrets.filter((s) => s.length > 0))] };
}
const USER_INFO_AT = /[^/?#@\s]+@/y;
/**
 * `text` with every `//userinfo@` made `//` until none is left (removing one can bring the next after `//`:
 * `//a@b@`, `//a@/b@`), in one pass: after each `/` that makes a `//`, the user infos that follow are dropped.
 * (Replacing them again until nothing changed removed one a pass where they came one after another: 64,000
 * took 2.2 s.)
 */
function stripUserInfo(text, found) {
    if (!text.includes('@'))
        return text;
    let out = '';
    let i = 0;
    for (;;) {
        const slash = text.indexOf('/', i);
        if (slash < 0)
            break;
        // what is written always ends in `/`: a `/` right at i follows one
        const double = slash > i ? text.charCodeAt(slash - 1) === 47 : out.length > 0;
        out += text.slice(i, slash + 1);
        i = slash + 1;
        if (!double)
            continue;
        for (;;) {
            USER_INFO_AT.lastIndex = i;
            if (!USER_INFO_AT.exec(text))
                break;
            found(text.slice(i, USER_INFO_AT.lastIndex - 1));
            i = USER_INFO_AT.lastIndex;
        }
    }
    return out + text.slice(i);
}
/** Every URI inside free text (a git error, a log line) in its redacted form. */
function redactText(text) {
    if (!text.includes('://'))
        return text;
    // What /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"<>`()[\]{}|\\^]+/g matches, found from each `://` (that regex tried
    // again from every letter of a long run of letters and digits, such as a hex dump: a 64 KiB line took 2.4 s).
    let out = '';
    let done = 0;
    for (let k = text.indexOf('://'); k >= 0; k = text.indexOf('://', k + 1)) {
        // the scheme: the letters, digits, `+`, `.` and `-` before, from the first letter
        let start = k;
        while (start > done && SCHEME_CHAR.test(text[start - 1]))
            start--;
        while (start < k && !LETTER.test(text[start]))
            start++;
        if (start === k)
            continue;
        URI_BODY.lastIndex = k + 3;
        if (!URI_BODY.exec(text))
            continue;
        const end = URI_BODY.lastIndex;
        const u = text.slice(start, end);
        // A trailing period or comma ends a sentence, not the URI.
        const tail = /[.,;:!]+$/.exec(u)?.[0] ?? '';
        out += text.slice(done, start) + redactUri(u.slice(0, u.length - tail.length)).shown + tail;
        done = end;
        k = end - 1;
    }
    return out + text.slice(done);
}
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const LETTER = /[A-Za-z]/;
const URI_BODY = /[^\s'"<>`()[\]{}|\\^]+/y;

;// CONCATENATED MODULE: ./shared/toolkit/secrets.ts
/**
 * Secrets this run knows (tokens, credentials found in URIs), scrubbed from everything the toolkit writes:
 * log lines, annotations, outputs, the job summary, comment and issue bodies. `::add-mask::` hides them only
 * in the log, and only once the runner has seen the mask; files and API bodies need this. No @actions import,
 * so github.ts can use it too.
 */

const known = new Set();
/** Remember a secret (values under 4 characters would scrub ordinary words, and are not tokens). */
function rememberSecret(secret) {
    if (secret.length >= 4)
        known.add(secret);
}
/** The secrets a URI carries, remembered; returns the URI as it may be shown. */
function rememberUri(uri) {
    const r = redactUri(uri);
    for (const s of r.secrets)
        rememberSecret(s);
    return r;
}
/** `text` with every URI redacted and every known secret replaced by `***`. */
function scrub(text) {
    let t = redactText(text);
    for (const s of known)
        if (t.includes(s))
            t = t.split(s).join(REDACTED);
    return t;
}

// EXTERNAL MODULE: ./shared/toolkit/summary.ts + 1 modules
var toolkit_summary = __webpack_require__(3563);
;// CONCATENATED MODULE: ./shared/toolkit/report.ts
/**
 * Findings as annotations, outputs (multi-line safe), log groups, the job summary file, through the
 * runner's workflow commands (workflow-commands.ts).
 */







/** GitHub shows only the first annotations of each kind per step; past this we log a count instead. */
const ANNOTATION_LIMIT = 50;
function annotate(findings, limit = ANNOTATION_LIMIT, options = {}) {
    // Errors first, so notices never crowd an error out of the limit; file and line order within a severity.
    // `ordered`: the caller has already chosen the order (e.g. one of each kind first).
    const sorted = options.ordered ? [...findings] : (0,finding/* sortFindings */.Tc)(findings).sort((a, b) => finding/* SEVERITY_RANK */.f3[b.severity] - finding/* SEVERITY_RANK */.f3[a.severity]);
    let shown = 0;
    for (const f of sorted) {
        if (shown >= limit)
            break;
        const props = { title: f.code };
        if (f.file)
            props.file = f.file;
        if (f.line)
            props.startLine = f.line;
        if (f.column)
            props.startColumn = f.column;
        const msg = safe(f.hint ? `${f.message} (fix: ${f.hint})` : f.message);
        if (f.severity === 'error')
            error(msg, props);
        else if (f.severity === 'warning')
            warning(msg, props);
        else
            notice(msg, props);
        shown++;
    }
    if (sorted.length > shown)
        info(`${sorted.length - shown} more finding(s) not annotated; see the report.`);
    return shown;
}
/** GitHub keeps at most 1 MB per step output; past it the job loses the value (a 2.6 MB criteria list did). */
const OUTPUT_LIMIT_BYTES = 1_000_000;
class Outputs {
    declared;
    set = new Map();
    constructor(declared) {
        this.declared = declared;
    }
    put(name, value) {
        if (!(name in this.declared))
            throw new Error(`internal: output '${name}' is not declared in action.yml`);
        let text = scrub(typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));
        // (at most 3 UTF-8 bytes per UTF-16 unit: a shorter text needs no byte count)
        const size = text.length * 3 <= OUTPUT_LIMIT_BYTES ? 0 : Buffer.byteLength(text, 'utf8');
        if (size > OUTPUT_LIMIT_BYTES) {
            warning(`output '${name}' would be ${size} bytes, over GitHub's limit of 1 MB for one output: it is left empty. The step's report file has the full data.`);
            text = '';
        }
        this.set.set(name, text);
        setOutput(name, text);
    }
}
async function report_group(name, fn) {
    return group(name, fn);
}
/**
 * Text from outside (a remote's error body, a file name, a guest console line) without the characters a
 * runner acts on: it reads `\r` as the end of a line (so `x\r::warning::…` would be a command of its own),
 * and other C0/C1 controls, DEL and the Unicode line separators only disturb the log. Tabs and newlines stay.
 */
function plainText(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, '');
}
/** What may reach the log: no controls, no credentials (URIs redacted, known secrets scrubbed). */
function safe(text) {
    return scrub(plainText(text));
}
/** Inside `log.verbatim`: the token that turns workflow commands back on. */
let verbatimToken;
function stopCommands() {
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    info(`::stop-commands::${token}`);
    return token;
}
/** A log line; a line of it that would read as a workflow command (`::…`) is shown inside ::stop-commands::. */
function report_info(message) {
    const text = safe(message);
    if (verbatimToken !== undefined || !/^[ \t]*::/m.test(text)) {
        info(text);
        return;
    }
    const token = stopCommands();
    info(text);
    info(`::${token}::`);
}
const log = {
    info: report_info,
    warning: (m) => warning(safe(m)),
    error: (m) => error(safe(m)),
    debug: (m) => debug(safe(m)),
    mask: (secret) => {
        if (!secret)
            return;
        rememberSecret(secret);
        setSecret(secret);
    },
    /** Mask the credentials a URI carries (user info, token query parameters); returns it as it may be shown. */
    maskUri: (uri) => {
        const { shown, secrets } = rememberUri(uri);
        for (const s of secrets)
            setSecret(s);
        return shown;
    },
    startGroup: (name) => startGroup(safe(name).replace(/\n/g, ' ')),
    endGroup: () => endGroup(),
    /** Bytes written to stdout that the reader (the runner) has not taken yet. */
    backlog: () => process.stdout.writableLength,
    /**
     * Run `fn` with workflow commands off (`::stop-commands::`), for text that must be shown as it came (a
     * guest's serial console): nothing it prints can set an output, mask a value or forge an annotation.
     */
    async verbatim(fn) {
        if (verbatimToken !== undefined)
            return fn();
        verbatimToken = stopCommands();
        try {
            return await fn();
        }
        finally {
            info(`::${verbatimToken}::`);
            verbatimToken = undefined;
        }
    },
};
/** Append the summary to GITHUB_STEP_SUMMARY (capped at 1 MiB); a missing file is a warning, not a failure. */
function writeSummary(summary, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) {
        info('GITHUB_STEP_SUMMARY is not set; summary not written');
        return;
    }
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'a');
        try {
            writeTextSync(fd, [scrub(summary.render(toolkit_summary/* SUMMARY_LIMIT_BYTES */.Jz)), '\n']);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (e) {
        warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
    }
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

;// CONCATENATED MODULE: ./shared/toolkit/event.ts
/**
 * The event payload and name, read as @actions/github's `context` reads them (GITHUB_EVENT_PATH,
 * GITHUB_EVENT_NAME). Our own because importing @actions/github builds octokit and its HTTP stack at start-up,
 * and throws from the import itself on a malformed payload (a stack trace before the action could say
 * anything). Here a payload that is not a JSON object is a configuration error naming the file.
 */



/** Throws a ConfigurationError on a payload file that is not a JSON object; a missing file is said on stdout, as the runner's library does. */
function readEvent(env = process.env) {
    let event = {};
    const file = env.GITHUB_EVENT_PATH;
    if (file) {
        if ((0,external_node_fs_.existsSync)(file)) {
            let parsed;
            try {
                parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            }
            catch (e) {
                const why = e.code ?? (e instanceof Error ? e.message : String(e));
                throw new io/* ConfigurationError */.j(`the event payload GITHUB_EVENT_PATH='${file}' is not JSON (${why}); the runner writes it as a JSON object — check what replaced the file`);
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
                throw new io/* ConfigurationError */.j(`the event payload GITHUB_EVENT_PATH='${file}' is ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed)}, not a JSON object`);
            }
            event = parsed;
        }
        else
            process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist${external_node_os_.EOL}`);
    }
    return { event, eventName: env.GITHUB_EVENT_NAME ?? '' };
}
/** The pull request of an event payload, undefined when the event is not about one. */
function pullRequestOf(event) {
    const pr = event['pull_request'];
    if (!pr || typeof pr !== 'object')
        return undefined;
    const o = pr;
    const headRepo = o.head?.repo?.full_name;
    const baseRepo = o.base?.repo?.full_name;
    // A deleted fork has `head.repo: null`: it counts as a fork.
    const out = {
        sameRepository: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() === baseRepo.toLowerCase(),
    };
    if (typeof headRepo === 'string')
        out.headRepository = headRepo;
    if (typeof o.number === 'number' && Number.isSafeInteger(o.number) && o.number > 0)
        out.number = o.number;
    const sha = o.base?.sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        out.baseSha = sha;
    return out;
}

// EXTERNAL MODULE: ./shared/toolkit/paths.ts + 1 modules
var paths = __webpack_require__(8269);
;// CONCATENATED MODULE: ./shared/toolkit/github.ts


/** plugin-request-log's line for a failed request. */
const REQUEST_LOG_LINE = /^[A-Z]+ \S+ - \S+ with id \S+ in \d+ms$/;
async function createGitHub(options, env = process.env) {
    // octokit is its own chunk, loaded here: most runs never call the API (see octokit.ts).
    const { RetryingOctokit, spacedWrites } = await Promise.all(/* import() */[__webpack_require__.e(999), __webpack_require__.e(410)]).then(__webpack_require__.bind(__webpack_require__, 3410));
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? (Number(env.RDA_GITHUB_RETRY_BASE_MS) || 1000);
    const warn = options.warn ?? (() => { });
    const timeoutMs = options.timeoutMs ?? (Number(env.RDA_GITHUB_TIMEOUT_MS) || 30_000);
    // No request waits longer than timeoutMs: a server that accepts and never answers would hold the step.
    const timedFetch = (input, init) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
    };
    return new RetryingOctokit({
        request: { fetch: timedFetch },
        auth: options.token || undefined,
        baseUrl: (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'rust-distro-actions',
        // octokit logs every failed request as an error (`GET /user - 403 with id … in 7ms`): each failure that
        // matters is reported by the caller in words, and the expected 403 of GET /user for an installation token
        // (every run with GITHUB_TOKEN) is not a warning.
        log: { debug: () => { }, info: () => { }, warn, error: (m) => (REQUEST_LOG_LINE.test(m) ? undefined : warn(m)) },
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            // The plugin spaces writes 1 s, writes that notify 3 s and searches 2 s apart (its own limiters in
            // production); on a test's time base (ms instead of s) the same spacing in ms.
            ...(base !== 1000 ? { write: spacedWrites(base), notifications: spacedWrites(3 * base), search: spacedWrites(2 * base) } : {}),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                warn(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < 2 && retryAfter <= 120;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                warn(`GitHub secondary rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < 2 && retryAfter <= 120;
            },
        },
    });
}
function markerComment(marker) {
    if (!/^[A-Za-z0-9:._/@-]+$/.test(marker))
        throw new Error(`internal: marker '${marker}' has characters unsafe in an HTML comment`);
    return `<!-- rust-distro-actions:${marker} -->`;
}
function withMarker(marker, body) {
    const tag = markerComment(marker);
    const capped = (0,toolkit_summary/* capText */.yA)(scrub(body), toolkit_summary/* COMMENT_LIMIT_CHARS */.iW - tag.length - 2, 'chars', 'the full report is in the job summary');
    return `${tag}\n${capped}`;
}
function httpStatus(e) {
    return typeof e === 'object' && e !== null && 'status' in e ? Number(e.status) : undefined;
}
function describe(e) {
    return e instanceof Error ? e.message : String(e);
}
function failure(e, permission) {
    const status = httpStatus(e);
    if (status === 403 || status === 401) {
        return {
            status: 'forbidden',
            message: `GitHub refused the request (${status}): the token lacks \`${permission}\` permission (a pull request from a fork gets a read-only token). ${describe(e)}`,
        };
    }
    return { status: 'failed', message: `GitHub request failed${status ? ` (${status})` : ''}: ${describe(e)}` };
}
/** What GITHUB_TOKEN (the installation token of the github-actions app) writes as. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
const identities = new WeakMap();
/** A login GitHub gives an app's account (`github-actions[bot]`, `my-app[bot]`) is a Bot; any other a User. */
function identityOf(login) {
    return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
/**
 * Who this client's token is: `GET /user` for a personal token. An app installation token gets a 403 there;
 * GraphQL's `viewer` answers for it (`github-actions[bot]` for GITHUB_TOKEN, `<app-slug>[bot]` for a custom
 * GitHub App's token, e.g. from actions/create-github-app-token). When that fails too, github-actions[bot] is
 * assumed and a warning says so. Asked once per client.
 */
function tokenIdentity(gh) {
    let known = identities.get(gh);
    if (!known) {
        known = gh.rest.users.getAuthenticated().then((r) => ({ login: r.data.login, type: r.data.type }), (e) => {
            if (httpStatus(e) === 403)
                return viewerIdentity(gh);
            throw e;
        });
        identities.set(gh, known);
    }
    return known;
}
async function viewerIdentity(gh) {
    try {
        const r = await gh.graphql('query { viewer { login } }');
        const login = r?.viewer?.login;
        if (typeof login !== 'string' || !login)
            throw new Error('the answer names no viewer.login');
        return identityOf(login);
    }
    catch (e) {
        gh.log.warn(`could not tell which account the GitHub token writes as: GET /user was refused (403, an app installation token) and the GraphQL viewer query failed (${httpStatus(e) ? `${httpStatus(e)}: ` : ''}${describe(e)}); ` +
            `assuming ${ACTIONS_BOT.login}, what GITHUB_TOKEN writes as. If the token is another GitHub App's, this run does not find its own earlier comment or issue ` +
            `and takes ${ACTIONS_BOT.login}'s for its own.`);
        return ACTIONS_BOT;
    }
}
/**
 * Written by us: only then may a marker find it. Anyone can paste our hidden marker into a comment or an
 * issue; editing or closing theirs would put our verdict under their text. Login AND type must match: an
 * account named like the bot is not the bot.
 */
function ours(user, me) {
    return !!user && user.login === me.login && user.type === me.type;
}
/** The comment on an issue/PR that carries `marker` and that this token's identity wrote, if any. */
async function findOwnComment(gh, target, marker) {
    const tag = markerComment(marker);
    const me = await tokenIdentity(gh);
    const comments = await gh.paginate(gh.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return comments.find((c) => (c.body ?? '').includes(tag) && ours(c.user, me));
}
/** Create or update the one comment on an issue/PR that carries `marker` (and that we wrote). */
async function upsertComment(gh, target, marker, body) {
    const text = withMarker(marker, body);
    try {
        const existing = await findOwnComment(gh, target, marker);
        if (existing) {
            if (existing.body === text)
                return { status: 'unchanged', id: existing.id, url: existing.html_url };
            const r = await gh.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: text });
            return { status: 'updated', id: r.data.id, url: r.data.html_url };
        }
        const r = await gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: text });
        return { status: 'created', id: r.data.id, url: r.data.html_url };
    }
    catch (e) {
        return failure(e, 'pull-requests: write');
    }
}
/**
 * The sticky comment: `write` creates or updates it; `refresh` only updates one an earlier run wrote (so a
 * comment about since-reverted changes does not go stale). GitHub refusing it is a warning, never a failure.
 */
async function stickyComment(gh, target, marker, body, action) {
    if (action === 'refresh') {
        let exists;
        try {
            exists = (await findOwnComment(gh, target, marker)) !== undefined;
        }
        catch (e) {
            return { warning: `could not look for an earlier sticky comment: ${e instanceof Error ? e.message : String(e)}` };
        }
        if (!exists)
            return { skipped: 'nothing to comment on and no earlier comment to refresh' };
    }
    const r = await upsertComment(gh, target, marker, body);
    if (r.status === 'forbidden' || r.status === 'failed')
        return { warning: `sticky comment not written: ${r.message}. The job summary has the full report.` };
    return { id: r.id, status: r.status, ...(r.url ? { url: r.url } : {}) };
}
async function findIssue(gh, target, tag, state) {
    const me = await tokenIdentity(gh);
    // Only issues we opened: the creator filter asks GitHub for fewer pages, the check below is what counts.
    const issues = await gh.paginate(gh.rest.issues.listForRepo, {
        owner: target.owner,
        repo: target.repo,
        state,
        per_page: 100,
        ...(me.type === 'Bot' ? {} : { creator: me.login }),
    });
    return issues.find((i) => !i.pull_request && (i.body ?? '').includes(tag) && ours(i.user, me));
}
/** Create or update the one open issue that carries `marker` (and that we opened). */
async function upsertIssue(gh, target, marker, issue) {
    const tag = markerComment(marker);
    const text = withMarker(marker, issue.body);
    try {
        const existing = await findIssue(gh, target, tag, 'open');
        if (existing) {
            if (existing.body === text && existing.title === scrub(issue.title)) {
                return { status: 'unchanged', id: existing.id, number: existing.number, url: existing.html_url };
            }
            const r = await gh.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: existing.number, title: scrub(issue.title), body: text });
            return { status: 'updated', id: r.data.id, number: r.data.number, url: r.data.html_url };
        }
        const r = await gh.rest.issues.create({
            owner: target.owner,
            repo: target.repo,
            title: scrub(issue.title),
            body: text,
            ...(issue.labels?.length ? { labels: issue.labels } : {}),
        });
        return { status: 'created', id: r.data.id, number: r.data.number, url: r.data.html_url };
    }
    catch (e) {
        return failure(e, 'issues: write');
    }
}
/** Close the open issue we opened carrying `marker`, with a final comment; 'absent' when there is none. */
async function closeIssue(gh, target, marker, comment) {
    const tag = markerComment(marker);
    try {
        const existing = await findIssue(gh, target, tag, 'open');
        if (!existing)
            return { status: 'absent', id: 0 };
        await gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: existing.number, body: scrub(comment) });
        await gh.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return { status: 'closed', id: existing.id, number: existing.number, url: existing.html_url };
    }
    catch (e) {
        return failure(e, 'issues: write');
    }
}
/** `owner/repo` from GITHUB_REPOSITORY, with an error naming the expected form. */
function repoFromEnv(env = process.env) {
    const full = env.GITHUB_REPOSITORY ?? '';
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
    return m ? { owner: m[1], repo: m[2] } : undefined;
}

;// CONCATENATED MODULE: ./shared/toolkit/action.ts
/**
 * The frame every action's main.ts runs in: inputs against its action.yml, outputs, summary, annotations,
 * and error handling that tells user errors (ConfigurationError, InputError: plain message, annotated) from
 * internal ones (with a stack). Exits explicitly so dangling handles cannot hang a step — but only once the
 * output has reached the runner's pipe (exit.ts).
 */












/** Whether the YAML library must be loaded before `run` reads the inputs (ActionMainOptions.yamlInputs). */
function needsYaml(yamlInputs, inputs) {
    if (yamlInputs === undefined)
        return true;
    if (yamlInputs === false)
        return false;
    return yamlInputs.some((name) => inputs.hasValue(name));
}
async function actionMain(id, run, options = {}) {
    const env = process.env;
    let ctx;
    try {
        const root = repoRoot(env);
        const meta = await readActionMeta(id, root);
        const inputs = new toolkit_inputs/* Inputs */.G0(meta, env);
        if (needsYaml(options.yamlInputs, inputs))
            await (0,yaml/* loadYaml */.yv)();
        ctx = {
            meta,
            inputs,
            outputs: new Outputs(meta.outputs),
            summary: new toolkit_summary/* Summary */.BD(),
            env,
            workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
            runnerTemp: env.RUNNER_TEMP ?? `${env.TMPDIR ?? '/tmp'}/runner-temp`,
            root,
            // A payload that is not a JSON object is a configuration error naming the file (event.ts).
            ...readEvent(env),
            repo: repoFromEnv(env),
            annotate: (f, o) => annotate(f, undefined, o),
            log: log,
            github: (token) => {
                log.mask(token);
                return createGitHub({ token, warn: (m) => warning(m) }, env);
            },
            fail: (message) => setFailed(safe(message)),
        };
        // With step debug logging (RUNNER_DEBUG=1): the payload this run saw (which PR, which base, which ref).
        if (isDebug())
            debug(`event ${ctx.eventName || '(none)'}: ${JSON.stringify(ctx.event)}`);
        await run(ctx);
    }
    catch (e) {
        // One annotation per user error (setFailed would add a second, untitled one).
        if (e instanceof toolkit_inputs/* InputError */.dz) {
            error(safe(e.message), { title: `Input error: ${e.input}` });
            process.exitCode = 1;
        }
        else if (e instanceof io/* ConfigurationError */.j) {
            error(safe(e.message), { title: 'Configuration error' });
            process.exitCode = 1;
        }
        else if ((0,paths/* fsProblem */.X9)(e)) {
            // Disk full, a read-only RUNNER_TEMP, a path that is not a directory: the runner's to fix, not a bug.
            error(safe((0,paths/* fsProblem */.X9)(e)), { title: 'File system error' });
            process.exitCode = 1;
        }
        else {
            const err = e instanceof Error ? e : new Error(String(e));
            error(safe(`internal error: ${err.stack ?? err.message}`), { title: 'Internal error' });
            setFailed(safe(`internal error in ${id}: ${err.message}`));
        }
    }
    finally {
        if (ctx) {
            for (const s of ctx.inputs.secrets)
                log.mask(s);
            if (!ctx.summary.isEmpty)
                writeSummary(ctx.summary, env);
            // For the test that proves every declared input is read: which ones this run read (and whether it loaded
            // the YAML library, for the one that proves a run given no YAML input does not).
            if (env.RDA_TRACE_FILE) {
                try {
                    (0,external_node_fs_.writeFileSync)(env.RDA_TRACE_FILE, JSON.stringify({ action: id, inputsRead: [...ctx.inputs.read].sort(), yamlLoaded: (0,yaml/* yamlLoaded */.tF)() }));
                }
                catch {
                    // tracing is best-effort
                }
            }
        }
    }
    exitWhenFlushed(Number(process.exitCode ?? 0) || 0);
}

// EXTERNAL MODULE: ./shared/toolkit/exec.ts + 1 modules
var exec = __webpack_require__(3414);
;// CONCATENATED MODULE: ./shared/toolkit/retry.ts
const realSleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const realClock = () => performance.now();
class RetryError extends Error {
    attempts;
    lastError;
    elapsedMs;
    name = 'RetryError';
    constructor(message, attempts, lastError, elapsedMs) {
        super(message);
        this.attempts = attempts;
        this.lastError = lastError;
        this.elapsedMs = elapsedMs;
    }
}
/** The wait before attempt `attempt + 1` (full jitter). */
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * cap);
}
async function retry(fn, options) {
    const sleep = options.sleep ?? realSleep;
    const clock = options.clock ?? realClock;
    const random = options.random ?? Math.random;
    const maxDelay = options.maxDelayMs ?? 60_000;
    const maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
    const start = clock();
    let attempt = 0;
    for (;;) {
        attempt++;
        try {
            return await fn(attempt);
        }
        catch (error) {
            const elapsed = clock() - start;
            const why = error instanceof Error ? error.message : String(error);
            if (options.shouldRetry && !options.shouldRetry(error, attempt))
                throw error;
            if (attempt >= maxAttempts) {
                throw new RetryError(`gave up after ${attempt} attempt(s) in ${Math.round(elapsed)} ms: ${why}`, attempt, error, elapsed);
            }
            let delay = backoffDelay(attempt, options.baseDelayMs, maxDelay, random);
            const serverWait = options.retryAfterMs?.(error);
            if (serverWait !== undefined && serverWait > delay)
                delay = serverWait;
            if (options.maxTotalMs !== undefined && elapsed + delay >= options.maxTotalMs) {
                throw new RetryError(`gave up after ${attempt} attempt(s): the next try would pass the ${options.maxTotalMs} ms limit: ${why}`, attempt, error, elapsed);
            }
            options.onRetry?.({ attempt, delayMs: delay, error });
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./shared/toolkit/cache.ts
/** Fail-soft cache: trouble with the cache service is a warning, never a failed build. */

// Loaded on first use: the cache client (and its storage SDK) is most of a bundle's start-up cost, and most
// runs never touch it.
const loadCache = () => __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
async function restoreCache(paths, key, restoreKeys = []) {
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable()) {
            info('cache service not available here; continuing without cache');
            return undefined;
        }
        return await cache.restoreCache(paths, key, restoreKeys);
    }
    catch (e) {
        warning(`cache restore failed (continuing without cache): ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
async function saveCache(paths, key) {
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable())
            return false;
        await cache.saveCache(paths, key);
        return true;
    }
    catch (e) {
        warning(`cache save failed (continuing): ${e instanceof Error ? e.message : String(e)}`);
        return false;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./shared/toolkit/git.ts
/**
 * Git checkouts that never leave a half-synced tree: clone into a temporary sibling with retries and
 * backoff, then swap it into place. On final failure the previous checkout is untouched.
 */






const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    GCM_INTERACTIVE: 'never',
    LC_ALL: 'C',
};
const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
async function git(run, args, timeoutMs, cwd) {
    const r = await run('git', args, { env: GIT_ENV, ...(timeoutMs ? { timeoutMs } : {}), ...(cwd ? { cwd } : {}) });
    if (r.code !== 0) {
        const why = r.timedOut ? `timed out after ${r.durationMs} ms` : `exit ${r.code ?? r.signal}`;
        // git echoes remote URLs (and a remote's error body): never their credentials.
        const tail = redactText(r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | '));
        throw new Error(`git ${args[0]} ${why}${tail ? `: ${tail}` : ''}`);
    }
    return r.stdout;
}
async function gitHead(run, dir) {
    return (await git(run, ['-C', dir, 'rev-parse', 'HEAD'])).trim();
}
/** The commit a ref points at on the remote (for cache keys), or undefined when it cannot be resolved. */
async function lsRemote(run, uri, ref = 'HEAD', timeoutMs) {
    if (SHA_RE.test(ref))
        return ref.toLowerCase();
    const out = await git(run, ['ls-remote', '--', uri, ref], timeoutMs);
    const line = out.split('\n').find((l) => l.trim());
    return line?.split(/\s+/)[0];
}
async function cloneOnce(spec, tmp, opts) {
    await (0,promises_.rm)(tmp, { recursive: true, force: true });
    const depth = spec.depth ?? 1;
    const ref = spec.ref;
    if (ref && SHA_RE.test(ref)) {
        // A commit cannot be cloned by name: init, fetch that commit, check it out.
        await git(opts.run, ['init', '-q', tmp], opts.attemptTimeoutMs);
        await git(opts.run, ['-C', tmp, 'remote', 'add', 'origin', '--', spec.uri], opts.attemptTimeoutMs);
        await git(opts.run, ['-C', tmp, 'fetch', '-q', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', ref], opts.attemptTimeoutMs);
        await git(opts.run, ['-C', tmp, 'checkout', '-q', '--detach', 'FETCH_HEAD'], opts.attemptTimeoutMs);
    }
    else {
        const args = ['clone', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), ...(ref ? ['--branch', ref] : []), '--', spec.uri, tmp];
        await git(opts.run, args, opts.attemptTimeoutMs);
    }
    return gitHead(opts.run, tmp);
}
function sibling(dest, kind) {
    return external_node_path_default().join(external_node_path_default().dirname(dest), `.${external_node_path_default().basename(dest)}.${kind}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
}
/**
 * What a killed run left beside `dest`: a half clone (`.name.sync-*`) is removed; the previous checkout moved
 * aside (`.name.old-*`) is put back when `dest` is missing (a kill between the two renames), else removed.
 * Names of older versions (`name.sync-*`, `name.old-*`) count too.
 */
async function recoverLeftovers(dest) {
    const dir = external_node_path_default().dirname(dest);
    const base = external_node_path_default().basename(dest);
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return;
    }
    const of = (kind) => names.filter((n) => {
        const rest = [`.${base}.${kind}-`, `${base}.${kind}-`].find((p) => n.startsWith(p));
        return rest !== undefined && /^[0-9a-f]{8}$/.test(n.slice(rest.length));
    });
    for (const n of of('sync'))
        await (0,promises_.rm)(external_node_path_default().join(dir, n), { recursive: true, force: true });
    const olds = of('old');
    if (olds.length && !(0,external_node_fs_.existsSync)(dest)) {
        const withTime = await Promise.all(olds.map(async (n) => ({ n, t: (await (0,promises_.stat)(external_node_path_default().join(dir, n))).mtimeMs })));
        const newest = withTime.sort((a, b) => b.t - a.t)[0].n;
        await (0,promises_.rename)(external_node_path_default().join(dir, newest), dest);
        olds.splice(olds.indexOf(newest), 1);
    }
    for (const n of olds)
        await (0,promises_.rm)(external_node_path_default().join(dir, n), { recursive: true, force: true });
}
/**
 * Clone `spec.uri` at `spec.ref` into `spec.dest`. Retries with full-jitter backoff within `maxTotalMs`.
 * The new tree is built beside dest and swapped in only when complete.
 */
async function syncCheckout(spec, opts) {
    if (spec.uri.startsWith('-'))
        throw new Error(`repository uri '${redactUri(spec.uri).shown}' must not start with '-'`);
    if (spec.ref !== undefined && (spec.ref.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(spec.ref))) {
        throw new Error(`ref '${spec.ref}' is not a valid branch, tag or commit`);
    }
    const dest = external_node_path_default().resolve(spec.dest);
    await recoverLeftovers(dest);
    // Only a previous checkout may be replaced: never a directory the user keeps something else in.
    if ((0,external_node_fs_.existsSync)(dest) && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dest, '.git')) && (await (0,promises_.readdir)(dest)).length > 0) {
        throw new Error(`refusing to replace '${dest}': it exists, is not empty and is not a git checkout`);
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
    // Hidden siblings: a reader listing the parent (Portage's repos dir) never mistakes one for a repository.
    const tmp = sibling(dest, 'sync');
    let attempts = 0;
    let commit;
    try {
        commit = await retry(async (attempt) => {
            attempts = attempt;
            return cloneOnce(spec, tmp, opts);
        }, {
            maxAttempts: opts.attempts,
            baseDelayMs: opts.baseDelayMs,
            maxTotalMs: opts.maxTotalMs,
            ...(opts.sleep ? { sleep: opts.sleep } : {}),
            ...(opts.clock ? { clock: opts.clock } : {}),
            ...(opts.random ? { random: opts.random } : {}),
            ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
        });
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        const msg = e instanceof RetryError ? e.message : e instanceof Error ? e.message : String(e);
        const { shown, secrets } = redactUri(spec.uri);
        const why = secrets.reduce((t, x) => t.split(x).join('***'), msg);
        throw new Error(`could not sync ${shown}${spec.ref ? `@${spec.ref}` : ''}: ${why}${(0,external_node_fs_.existsSync)(dest) ? ' (the previous checkout was kept)' : ''}`);
    }
    const replaced = (0,external_node_fs_.existsSync)(dest);
    if (replaced) {
        const old = sibling(dest, 'old');
        await (0,promises_.rename)(dest, old);
        try {
            await (0,promises_.rename)(tmp, dest);
        }
        catch (e) {
            await (0,promises_.rename)(old, dest); // put the previous checkout back
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            throw e;
        }
        await (0,promises_.rm)(old, { recursive: true, force: true });
    }
    else {
        await (0,promises_.rename)(tmp, dest);
    }
    return { path: dest, commit, attempts, replaced };
}

;// CONCATENATED MODULE: ./shared/toolkit/files.ts
/**
 * Files written so a reader never sees half of one, and never through a link: a hidden temp file in the same
 * directory (`.name.tmp-…`: Portage and our repos.conf reader skip dot files, so an interrupted write is never
 * read as configuration), created exclusively with O_NOFOLLOW, then renamed over the target (a rename replaces
 * a symlink instead of writing through it). Temp files a killed run left behind are swept on the next write.
 */






const tempPrefix = (file) => `.${external_node_path_default().basename(file)}.tmp-`;
async function writeFileAtomic(file, text, options = {}) {
    await writeFilesAtomic([[file, text]], options);
}
/**
 * The directory of `file`, as path.dirname(path.resolve(file)) gives it: for an absolute POSIX path with no
 * `.`, `..` or empty segment (every config path a planner builds) the text before the last slash, without the
 * two passes over the path that resolving and normalising take (320 configs paid them in every run).
 */
function directoryOf(file) {
    const cut = file.lastIndexOf('/');
    if ((external_node_path_default()).sep === '/' && cut > 0 && file.charCodeAt(0) === 47 && cut < file.length - 1 && !/\/\/|\/\.\.?(?:\/|$)/.test(file))
        return file.slice(0, cut);
    return external_node_path_default().dirname(external_node_path_default().resolve(file));
}
/**
 * Several files, each written as writeFileAtomic writes one, in order (a path given twice ends with its later
 * text). Each directory among them is checked against `within` and prepared once for the whole batch, not once
 * per file: 320 configs in one directory cost one confinement check (two realpath calls) instead of 320.
 *
 * A directory that does not exist yet (a fresh RUNNER_TEMP's config directory) is written whole: its files
 * go straight into a hidden sibling `.name.tmp-…` made for this batch, which is then renamed into place, so
 * a reader sees all of them or none, and each file costs one file creation instead of a creation and a rename
 * (on a busy disk those metadata operations are most of the cost of 320 configs).
 */
async function writeFilesAtomic(files, options = {}) {
    const byDir = new Map();
    for (const [file, text] of files) {
        const dir = directoryOf(file);
        let list = byDir.get(dir);
        if (!list)
            byDir.set(dir, (list = new Map()));
        // delete first: the later text also takes the later place
        list.delete(file);
        list.set(file, text);
    }
    for (const [dir, list] of byDir) {
        if (options.within !== undefined) {
            const c = (0,paths/* checkWithin */.KC)(dir, [options.within]);
            if (!c.ok)
                throw new paths/* PathEscapeError */.ZU(list.keys().next().value, options.within, c.why === 'escapes' ? c.real : undefined);
        }
        if (list.size > 1 && !prepared.has(dir) && (await writeNewDir(dir, list)))
            continue;
        await prepareDir(dir);
        for (const [file, text] of list) {
            await sweepTemps(dir, tempPrefix(file));
            await writeOne(file, dir, text);
        }
    }
}
/**
 * Write `dir`, which must not exist yet, whole: false (nothing left behind) when it exists or appears meanwhile,
 * or its parent cannot hold the staging directory; the caller then writes file by file. The staging directory
 * sits in `dir`'s parent, where making `dir` itself creates an entry anyway (`dir` passed the `within` check).
 */
async function writeNewDir(dir, files) {
    const parent = external_node_path_default().dirname(dir);
    try {
        (0,external_node_fs_.lstatSync)(dir);
        return false;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return false;
    }
    const prefix = tempPrefix(dir);
    await sweepTemps(parent, prefix);
    const stage = external_node_path_default().join(parent, `${prefix}${nextTempSuffix()}`);
    try {
        (0,external_node_fs_.mkdirSync)(stage);
    }
    catch {
        return false;
    }
    try {
        for (const [file, text] of files)
            createFile(external_node_path_default().join(stage, external_node_path_default().basename(file)), text);
        (0,external_node_fs_.renameSync)(stage, dir);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(stage, { recursive: true, force: true });
        const code = e.code;
        // It appeared meanwhile (another writer): write file by file into it.
        if (code === 'EEXIST' || code === 'ENOTEMPTY')
            return false;
        throw e;
    }
    // Made and listed by this run: later writes into it (facts.json) need no listing.
    prepared.set(dir, Promise.resolve([]));
    return true;
}
/** Temp names: this process's random start, counted up (unique per write, 8 hex digits as sweepTemps expects). */
let tempSeq = (0,external_node_crypto_.randomBytes)(4).readUInt32BE(0);
const nextTempSuffix = () => (tempSeq = (tempSeq + 1) >>> 0).toString(16).padStart(8, '0');
async function writeOne(file, dir, text) {
    // The writes themselves are synchronous system calls: a config or a report is written whole in one go, and
    // 300 small files cost a third of what four round trips each through libuv's thread pool did.
    const tmp = external_node_path_default().join(dir, `${tempPrefix(file)}${nextTempSuffix()}`);
    try {
        createFile(tmp, text);
    }
    catch (e) {
        // the directory went away since this run made it: make it again
        if (e.code !== 'ENOENT')
            throw e;
        prepared.delete(dir);
        await prepareDir(dir);
        createFile(tmp, text);
    }
    try {
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/**
 * Create `p`, which must not exist (and is never followed as a link), holding `text`; a write or close that
 * fails leaves no file behind and reports its own error.
 */
function createFile(p, text) {
    const fd = (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        if (text instanceof Uint8Array)
            writeAll(fd, text);
        else
            writeTextSync(fd, text);
    }
    catch (e) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // the write's own error is the one to report
        }
        (0,external_node_fs_.rmSync)(p, { force: true });
        throw e;
    }
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(p, { force: true });
        throw e;
    }
}
function writeAll(fd, data) {
    for (let off = 0; off < data.length;)
        off += (0,external_node_fs_.writeSync)(fd, data, off, data.length - off);
}
/**
 * Each directory is created and listed once per run: what an interrupted earlier run left is there from the
 * start, and a temp this run creates is its own write's (removed by it on failure). 300 configs written into
 * one directory then cost one listing, not 300.
 */
const prepared = new Map();
function prepareDir(dir) {
    let p = prepared.get(dir);
    if (!p) {
        p = (0,promises_.mkdir)(dir, { recursive: true }).then(() => (0,promises_.readdir)(dir).catch(() => undefined));
        p.catch(() => prepared.delete(dir));
        prepared.set(dir, p);
    }
    return p;
}
/**
 * Remove what an interrupted write left: `.name.tmp-*` (a file, or a staging directory of writeNewDir), and
 * the visible `name.tmp-*` older versions made.
 */
async function sweepTemps(dir, prefix) {
    const legacy = prefix.slice(1);
    const names = await prepareDir(dir).catch(() => undefined);
    if (!names)
        return;
    for (const n of names) {
        if ((n.startsWith(prefix) || n.startsWith(legacy)) && /\.tmp-[0-9a-f]{8}$/.test(n))
            await (0,promises_.rm)(external_node_path_default().join(dir, n), { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/toolkit/index.ts













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

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
  oz: () => (/* reexport */ Markdown),
  Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
  BD: () => (/* binding */ Summary),
  yA: () => (/* binding */ capText),
  kq: () => (/* binding */ escapeCell),
  X1: () => (/* binding */ escapeText),
  mC: () => (/* binding */ findingLine),
  NP: () => (/* binding */ findingWhereLine),
  js: () => (/* reexport */ htmlText),
  wD: () => (/* reexport */ markdown),
  cz: () => (/* reexport */ mdCell),
  xs: () => (/* reexport */ mdCode),
  F: () => (/* reexport */ mdFence),
  bC: () => (/* reexport */ mdText),
  Xp: () => (/* reexport */ mdWithCode),
  PE: () => (/* binding */ severityIcon)
});

// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/markdown.ts
/**
 * The one escaping layer for text from outside (crate names, SLOT values, file names, remote messages, guest
 * output) on its way into GitHub-flavoured Markdown: job summaries, PR comments, issue bodies. Data is shown,
 * never interpreted: no markup, no raw HTML, no image, no live link, no @mention and no issue cross-reference
 * (`owner/repo#1`, `#1`, `GH-1`) that would notify people or link elsewhere from the sticky comment or the
 * drift issue.
 *
 * Neutral module (no toolkit, no domain): domain renderers (shared/cargo/audit-view.ts, the actions' render.ts) and the toolkit's
 * Summary both use it. Tests render with markdown-it (html and linkify on) and assert nothing came alive.
 */
/** Markdown we wrote ourselves: a table cell or list item that must not be escaped again. */
class Markdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** Mark text as markdown we built (literal markup plus escaped data); table cells pass it through. */
function markdown(text) {
    return new Markdown(text);
}
// A zero-width space as an entity: invisible, and it keeps GitHub from reading what follows as a reference.
const ZWSP = '&#8203;';
/**
 * What GitHub would turn into a notification or a link, broken with a zero-width space:
 * `@user` / `@org/team` / `user@host` (mentions, e-mail links), `#12` / `owner/repo#12` / `GH-12` (issue
 * references), `scheme://` and `www.` (bare links).
 */
function neutralise(escaped) {
    // `#` first: the entities inserted after it contain `#` and digits themselves.
    return escaped
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
        .replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Data as inline Markdown text: every character with a Markdown or HTML meaning is escaped, line breaks
 * become spaces (one item stays one line), and mentions, references and links are neutralised.
 */
function mdText(data) {
    return inline(oneLine(String(data ?? '')));
}
function inline(s) {
    // Most text is plain names, numbers and words, which the escaping returns unchanged: return it at once (a
    // 320-target summary spent most of its time escaping). Exactly the strings escapeInlineFully leaves as they are.
    return isPlain(s) ? s : escapeInlineFully(s);
}
// Text the escaping returns unchanged: no Markdown, HTML, mention, reference or link character, not starting a
// block (a list marker, `1.`), no `www.`, `GH-1` or `://` (see escapeInlineFully and neutralise).
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_ .,:;=()'"/+-]*$/;
// (`_` only inside a word: snake_case stays as it is, any other `_` is escaped)
const PLAIN_NOT = /www\.|gh-\d|:\/\/|^\d{1,9}[.)](?= |$)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/i;
const isPlain = (s) => PLAIN.test(s) && !PLAIN_NOT.test(s);
/** inline() without its shortcut for plain text; the tests hold the shortcut to it. */
function escapeInlineFully(s) {
    const escaped = s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Backslash escapes work for any ASCII punctuation in CommonMark; these have a meaning inline (`!` and
        // `(` only after a `[`, which is escaped). `_` inside a word never emphasises, so snake_case stays as is.
        .replace(/[\\`*[\]|~$]/g, '\\$&')
        .replace(/_/g, (m, i, str) => (/[A-Za-z0-9]/.test(str[i - 1] ?? '') && /[A-Za-z0-9]/.test(str[i + 1] ?? '') ? m : '\\_'))
        // At the start of a line, what would open a block: a heading, a list item, a numbered list, an underline.
        .replace(/^([ \t]*)(#{1,6}|[+-])(?=[ \t]|$)/, '$1\\$2')
        .replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
        .replace(/^([ \t]*)(?=[=-]+[ \t]*$)/, '$1\\');
    return neutralise(escaped);
}
/**
 * Data as text inside raw HTML (`<summary>…</summary>`, where Markdown escapes would show literally):
 * HTML-escaped, with mentions and references neutralised (GitHub finds those in HTML text too).
 */
function htmlText(data) {
    const s = oneLine(String(data ?? ''))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return neutralise(s);
}
/**
 * Data as an inline code span, whatever backticks it holds: the fence is longer than any backtick run inside
 * (CommonMark's rule), padded when the text starts or ends with a backtick. Nothing inside a code span is
 * markup, a mention or a link.
 */
function mdCode(data) {
    const s = oneLine(String(data ?? ''));
    if (s === '')
        return new Markdown('');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
    return new Markdown(`${fence}${pad}${s}${pad}${fence}`);
}
/**
 * A message we composed with `…` around names (a finding, a drift row's advice): each backtick pair becomes
 * a code span of its own (mdCode), everything else is text (mdText), so the look stays and nothing inside
 * either can act, however the data's own backticks pair up.
 */
function mdWithCode(message) {
    const parts = oneLine(String(message ?? '')).split(/`([^`]+)`/);
    return new Markdown(parts.map((p, i) => (i % 2 ? mdCode(p).text : inline(p))).join(''));
}
/**
 * A table cell: data (anything but Markdown) is escaped as text; Markdown we built passes. In both, `|`
 * would end the cell (inside code spans too, by GFM's table rule) and a line break would end the row.
 */
function mdCell(value) {
    if (value instanceof Markdown)
        return value.text.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    const text = typeof value === 'string' ? value : String(value ?? '');
    // Plain cells (most are names and numbers) go straight through inline's shortcut; an empty one stays empty.
    if (text === '' || isPlain(text))
        return text;
    // A line break in data stays visible inside the cell.
    if (!text.includes('\n'))
        return inline(oneLine(text));
    return text.split(/\r?\n/).map((line) => inline(oneLine(line))).join('<br>');
}
/** Line breaks and other controls as single spaces: one datum never starts a new block. */
function oneLine(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\r\n\u2028\u2029\x85]+/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}
/**
 * Data as a fenced block (a log tail, a generated file): the fence is longer than any backtick run inside, so
 * no line of the data can close it; controls other than tabs and newlines are dropped.
 */
function mdFence(data, lang = '') {
    // eslint-disable-next-line no-control-regex
    const text = data.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${/^[\w+-]*$/.test(lang) ? lang : ''}\n${text}\n${fence}`;
}
// ---------------------------------------------------------------------------------------------------------
// Building blocks for reports written as strings (PR comments, job summaries): each escapes through the
// helpers above, so data reaches Markdown only through this module.
// Whitespace other than single inner spaces (tabs, newlines, runs, leading/trailing).
const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;
/** Data as a table cell of at most `max` characters (`…` when cut); `—` when empty. Escaped as mdCell. */
function mdDataCell(text, max = 200) {
    if (text === undefined || text === '')
        return '—';
    let t = CELL_ODD_SPACE.test(text) ? squeezed(text, max) : text;
    if (t === '')
        return '—';
    if (t.length > max)
        t = t.slice(0, max - 1) + '…';
    // plain names and versions take mdCell's shortcut
    return mdCell(t);
}
/** Data as a code span in a table cell (its `|` escaped), at most `max` characters; `—` when empty. */
function mdCodeCell(text, max = 120) {
    if (text === undefined || text === '')
        return '—';
    const t = squeezed(text, max);
    return mdCell(mdCode(t.length > max ? t.slice(0, max - 1) + '…' : t));
}
/**
 * `text` with its whitespace runs made one space and trimmed, made only as far as `limit` characters and one
 * more (enough to cut it): a 16 MB license text was made whole for a 120-character cell, ten times a run (26 s).
 */
function squeezed(text, limit) {
    const ws = /\s+/g;
    let i = 0;
    ws.lastIndex = 0;
    const lead = ws.exec(text);
    if (lead && lead.index === 0)
        i = lead[0].length;
    let out = '';
    while (i < text.length) {
        if (out.length > limit)
            return out;
        ws.lastIndex = i;
        const m = ws.exec(text);
        if (!m) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, m.index);
        i = m.index + m[0].length;
        if (i < text.length)
            out += ' ';
    }
    return out;
}
/** The table with its first `limit` rows (all when undefined), then a blank line and `more(rows left out)`. */
function mdTable(t, limit, more) {
    const rows = limit === undefined ? t.rows : t.rows.slice(0, limit);
    const lines = [`| ${t.header.join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
    if (rows.length < t.rows.length)
        lines.push('', more(t.rows.length - rows.length));
    return lines.join('\n');
}
/** Markdown list items (built by the caller): the first `limit` (all when undefined), then `more(left out)`. */
function mdList(items, limit, more) {
    const shown = limit === undefined ? [...items] : items.slice(0, limit);
    if (shown.length < items.length && more)
        shown.push(more(items.length - shown.length));
    return shown.map((i) => `- ${i}`).join('\n');
}
/** `a, b, c and 12 more`: at most `max` of the items (each through `show`), and how many were left out. */
function listSome(items, max, show = String) {
    const shown = items.slice(0, max).map(show).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/** A collapsed section: the title as HTML text, the body Markdown the caller built. */
function mdDetails(title, body) {
    return `<details><summary>${htmlText(title)}</summary>\n\n${body}\n\n</details>`;
}
/**
 * A left-to-right Mermaid graph of `edges`, the `marked` nodes styled with `classDef` as class `name`.
 * Labels keep only `[A-Za-z0-9_.+ -]` (and quotes as `#quot;`), so no label can close its quote, its node or
 * the fence.
 */
function mdMermaidGraph(edges, marked, mark) {
    const ids = new Map();
    const node = (name) => {
        let id = ids.get(name);
        if (!id) {
            id = `n${ids.size}`;
            ids.set(name, id);
        }
        return id;
    };
    const label = (name) => name.replace(/[^A-Za-z0-9_.+ "-]/g, '').replace(/"/g, '#quot;');
    const lines = ['```mermaid', 'graph LR'];
    for (const [a, b] of edges)
        lines.push(`  ${node(a)}["${label(a)}"] --> ${node(b)}["${label(b)}"]`);
    const markedIds = [...ids].filter(([name]) => marked.has(name)).map(([, id]) => id);
    if (markedIds.length) {
        lines.push(`  classDef ${mark.name} ${mark.style}`);
        lines.push(`  class ${markedIds.join(',')} ${mark.name}`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** The first of `attempts` rendered within `max` characters (shorter and shorter renderings), or undefined. */
function firstWithin(max, attempts, render) {
    for (const a of attempts) {
        const text = render(a);
        if (text.length <= max)
            return text;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/toolkit/summary.ts



const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
/** A table cell from data (escaped) or from `Markdown` we built (`mdCode(x)`, `markdown(…)`: passed through). */
function escapeCell(text) {
    return mdCell(text);
}
/** Data as inline Markdown text (see shared/markdown.ts: no markup, HTML, mention, reference or link). */
function escapeText(text) {
    return mdText(text);
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeText(text)}\n`);
        return this;
    }
    paragraph(markdown) {
        this.parts.push(`${markdown}\n`);
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
        return this;
    }
    /**
     * A markdown table. A cell is data (escaped) unless it is `Markdown` (`mdCode(x)`, `markdown(…)`); with
     * `raw`, every string cell is Markdown the caller built. `|` and line breaks never break a row.
     */
    table(header, rows, options = {}) {
        if (!rows.length)
            return this;
        const escape = options.raw ? (c) => mdCell(typeof c === 'string' ? markdown(c) : c) : mdCell;
        // A column repeats its values (`yes`, a severity icon, a toolchain): each distinct text is escaped once.
        const seen = new Map();
        const cell = (c) => {
            if (typeof c !== 'string')
                return escape(c);
            let out = seen.get(c);
            if (out === undefined)
                seen.set(c, (out = escape(c)));
            return out;
        };
        const lines = [
            `| ${header.map(escapeCell).join(' | ')} |`,
            `| ${header.map(() => '---').join(' | ')} |`,
            ...rows.map((r) => `| ${header.map((_, i) => cell(r[i])).join(' | ')} |`),
        ];
        this.parts.push(`${lines.join('\n')}\n`);
        return this;
    }
    details(summary, body, open = false) {
        const inner = typeof body === 'string' ? body : body.toString();
        this.parts.push(`<details${open ? ' open' : ''}><summary>${htmlText(summary)}</summary>\n\n${inner}\n</details>\n`);
        return this;
    }
    code(text, lang = '') {
        this.parts.push(`${mdFence(text, lang)}\n`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    findings(findings, options = {}) {
        const limit = options.limit ?? 500;
        const entries = (0,finding/* groupFindings */.kG)((0,finding/* sortFindings */.Tc)(findings));
        // Findings of one kind share their fix text (320 targets without a runner: one hint): escaped once.
        const hints = new Map();
        const hint = (h) => {
            let m = hints.get(h);
            if (!m)
                hints.set(h, (m = mdWithCode(h)));
            return m;
        };
        const shown = entries.slice(0, limit);
        const rows = shown.map((e) => {
            if ('group' in e) {
                const f = e.group[0];
                return [severityIcon(f.severity), f.code, groupMessage(e), groupWhere(e.group), hint(f.hint ?? '')];
            }
            return [severityIcon(e.severity), e.code, mdWithCode(e.message), e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '', hint(e.hint ?? '')];
        });
        this.table(['', 'code', 'finding', 'where', 'fix'], rows);
        const left = findings.length - shown.reduce((n, e) => n + ('group' in e ? e.group.length : 1), 0);
        if (left > 0)
            this.paragraph(`_…and ${left} more findings (see the JSON report)._`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    get isEmpty() {
        return this.parts.length === 0;
    }
    toString() {
        return this.parts.join('\n');
    }
    /** The text within `limit` units (bytes for 'bytes', UTF-16 chars for 'chars'), with a truncation note. */
    render(limit = SUMMARY_LIMIT_BYTES, unit = 'bytes', note = 'the full report is in the JSON report file') {
        return capText(this.toString(), limit, unit, note);
    }
}
function groupMessage(g) {
    const prefix = g.prefix.trim();
    const suffix = g.suffix.trim();
    const list = `${g.words.map((w) => mdCode(w).text).join(', ')} (${g.words.length})`;
    return markdown(`${prefix ? `${mdText(prefix)} ` : ''}${list}${suffix ? `${/^\s/.test(g.suffix) ? ' ' : ''}${mdText(suffix)}` : ''}`);
}
function groupWhere(group) {
    const file = group[0].file;
    if (!file)
        return '';
    // A loop, not Math.min(...lines): a group may be larger than a call's argument limit.
    let lo = Infinity;
    let hi = -Infinity;
    for (const f of group) {
        if (f.line === undefined)
            continue;
        lo = Math.min(lo, f.line);
        hi = Math.max(hi, f.line);
    }
    if (lo === Infinity)
        return file;
    return lo === hi ? `${file}:${lo}` : `${file}:${lo}–${hi}`;
}
function severityIcon(severity) {
    return severity === 'error' ? '❌' : severity === 'warning' ? '⚠️' : 'ℹ️';
}
/** One finding as a markdown list line (PR comments). */
function findingLine(f) {
    const where = f.file ? ` — ${mdCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
    return `${severityIcon(f.severity)} **${mdText(f.code)}**: ${mdWithCode(f.message)}${where}${f.hint ? ` _(fix: ${mdWithCode(f.hint)})_` : ''}`;
}
/** A finding as a list item that needs no code or severity: `` `file` line 3: message ``. */
function findingWhereLine(f) {
    return `${f.file ? `${mdCode(f.file)}${f.line ? ` line ${f.line}` : ''}: ` : ''}${mdWithCode(f.message)}`;
}
function capText(text, limit, unit, note) {
    const size = (s) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
    if (size(text) <= limit)
        return text;
    const tail = `\n\n> **Truncated**: this text was cut to stay under ${unit === 'bytes' ? `${limit} bytes` : `${limit} characters`}; ${note}.\n`;
    let room = limit - size(tail);
    for (;;) {
        let cut = text.slice(0, Math.max(0, room));
        while (size(cut) > room)
            cut = cut.slice(0, Math.floor(cut.length * 0.95));
        // Do not leave half a line (a broken table row or an open tag).
        const nl = cut.lastIndexOf('\n');
        if (nl > 0)
            cut = cut.slice(0, nl);
        // Close an open <details> and code fence so the note stays visible.
        const opens = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
        const closing = opens > 0 ? '\n</details>'.repeat(opens) : '';
        const fences = (cut.match(/^```/gm) ?? []).length;
        const out = `${cut}${fences % 2 ? '\n```' : ''}${closing}${tail}`;
        if (size(out) <= limit || room <= 0)
            return out;
        room -= size(out) - limit;
    }
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
