export const id = 183;
export const ids = [183];
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

/***/ 7183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ rustFindings)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2187);
/**
 * The rust domain's finding codes (target sources, toolchain facts, custom target-spec validation, cargo
 * configs, the job matrix): every finding shared/rust makes is made here, so each code has a severity, a
 * meaning, a documentation paragraph and the usual fix.
 */

const rustFindings = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .defineFindings */ .IP)('rust', {
    // Where targets come from (target-sources.ts, matrix-plan.ts).
    'target-invalid': {
        severity: 'error',
        meaning: 'A target entry is neither a target triple nor a path to a .json spec.',
        docs: 'Targets are either built-in triples (letters, digits, `_`, `.`, `-`, as `rustc --print target-list` names them) or paths to custom target JSON files, which rustc and cargo name by their file stem. Anything else (a word with spaces or shell characters, a YAML object without `target:`, a list inside a list) would reach `cargo --target` in every job, so the entry is dropped and the rest of the list is still read.',
        fix: 'Write a triple like thumbv6m-none-eabi, or a workspace-relative path ending in .json.',
    },
    'target-path-outside': {
        severity: 'error',
        meaning: 'A target spec path leaves the workspace (absolute, `..`, or a committed link to a file elsewhere).',
        docs: "A custom target spec is read and its text reaches annotations, the job summary and facts.json; a path that leaves the checkout (absolute, with `..`, or a symlink committed in the repository that resolves outside it) would let a pull request make the action read any file on the runner. Such specs are not read and do not enter the matrix. Directories given in `target-path` (an SDK's RUST_TARGET_PATH under /opt) are the one place specs may live outside the workspace, but not through `..`.",
        fix: 'Commit the spec inside the repository and name it relative to the workspace root.',
    },
    'target-option-runner-typo': {
        severity: 'warning',
        meaning: "A per-target `runner:` word is close to a runner mode, so it is probably a misspelt mode rather than a program.",
        docs: 'A per-target `runner:` is either a mode (`auto`, `qemu-user`, `qemu-system`, `none`) or the command cargo runs test binaries with (`[target.<triple>] runner` in the generated config). A single word within two edits of a mode (`qemu-sytem`) is taken as a command as written, which then fails in the test job with "command not found"; the warning names the mode it was probably meant to be.',
        fix: 'Write the mode correctly, or the command as a YAML list (runner: [my-runner]) if it really is one.',
    },
    'target-option-invalid': {
        severity: 'error',
        meaning: 'A per-target option has a value of the wrong kind (e.g. `runner:` that is neither a mode nor a command).',
        docs: 'Per-target settings in the `targets` YAML are typed: `runner:` takes one of the runner modes or a command (a string or a list of strings). Another kind of value (a number, a mapping, a boolean) cannot become a cargo `runner` entry, so it is ignored and the target falls back to the action-wide runner input.',
        fix: 'Write runner: qemu-system, or a command such as runner: [probe-rs, run, --chip, nRF52840_xxAA].',
    },
    'target-option-unknown': {
        severity: 'warning',
        meaning: 'A per-target YAML object has a key the action does not know; it is ignored.',
        docs: 'The per-target keys are target, commands, features, build-std, runner, linker, rustflags and sdk. Any other key is ignored, which silently drops a setting when it is a typo (`build_std`, `runer`); the hint names the known key within two edits of it, when there is one.',
        fix: 'Rename the key to one of the known ones, or delete it.',
    },
    'targets-yaml': {
        severity: 'error',
        meaning: 'The `targets` input looks like YAML but is not a valid YAML list.',
        docs: 'When the `targets` input starts like a YAML list (`- ` or `[`) it is parsed as YAML so each entry can carry per-target settings. A syntax error, or a document that is not a list, leaves no reliable way to tell which targets were meant, so none are read from the input and the error points at the line the YAML parser stopped on.',
        fix: 'Write one "- triple" or "- target: …" (with its settings indented below) per line.',
    },
    'ebuild-no-rust-targets': {
        severity: 'warning',
        meaning: 'An ebuild given in `targets-from` has no RUST_TARGETS array.',
        docs: 'From an ebuild the targets come from a top-level `RUST_TARGETS=( … )` array, read statically by shared/gentoo\'s ebuild reader (no bash runs). An ebuild without that variable yields no targets, which is usually the wrong file or a variable named differently in this overlay.',
        fix: 'Add RUST_TARGETS=( triple … ) at top level, or point targets-from at the ebuild that has it.',
    },
    'ebuild-rust-targets-unknown': {
        severity: 'warning',
        meaning: 'RUST_TARGETS is assigned in a way that cannot be read without running bash.',
        docs: 'The ebuild is never executed: RUST_TARGETS is read from its text, so a value built from command substitution, a variable set in an eclass, or a conditional assignment cannot be known statically. Rather than guess, no targets are taken from the ebuild and the line of the assignment is named.',
        fix: 'Write the triples literally in the array.',
    },
    'toml-syntax': {
        severity: 'error',
        meaning: 'A rust-toolchain.toml or .cargo/config.toml named in `targets-from` is not valid TOML.',
        docs: 'Targets are read from `[toolchain] targets` in rust-toolchain.toml and from `[build] target` in a cargo config, both TOML 1.0, as cargo and rustup parse them. A file that does not parse would also break rustup and cargo in the build jobs; no targets are read from it and the finding carries the parser\'s line.',
        fix: 'Fix the TOML at the line named; no targets were read from the file.',
    },
    'no-targets': {
        severity: 'notice',
        meaning: 'A source (or, as a warning, every source together) names no targets.',
        docs: 'A rust-toolchain.toml without `[toolchain] targets` or a cargo config without `[build] target` contributes nothing, which is noted for that file. When no source names any target at all (and nothing else already failed), the matrix is empty and the finding is raised to a warning: GitHub refuses an empty matrix ("does not contain any values"), so the fan-out job must be guarded with `if: needs.<plan>.outputs.has-entries == \'true\'`.',
        fix: 'Name triples or .json specs in targets, or point targets-from at a file that lists some.',
    },
    'target-path-empty': {
        severity: 'warning',
        meaning: 'A `target-path` directory holds no *.json target specs.',
        docs: 'Like rustc\'s RUST_TARGET_PATH, every `<name>.json` in a target-path directory is a target named by its stem (an SDK such as Avocado\'s installs one per machine). A directory with none usually means the SDK was not installed before this step or the path points one level too high or low.',
        fix: "Point target-path at the directory holding the SDK's <target>.json files.",
    },
    'targets-from-unknown': {
        severity: 'error',
        meaning: 'A `targets-from` file is of a kind targets cannot be read from.',
        docs: 'The file kind is decided by its name: `*.ebuild` (RUST_TARGETS), `rust-toolchain.toml` or `rust-toolchain`, `.cargo/config.toml` (or `config.toml`), and `*.json` (one custom target spec). Any other file is not read at all, rather than guessed at.',
        fix: 'Use an .ebuild, rust-toolchain.toml, .cargo/config.toml or a .json target spec.',
    },
    'target-duplicate': {
        severity: 'warning',
        meaning: 'Two sources name different targets with the same name; the first one is used.',
        docs: 'cargo and rustc name a JSON target by its file stem, so `specs/x86_64-myos.json` and `sdk/x86_64-myos.json` are the same `--target x86_64-myos` and would write the same config file and cache key. The first mention (in source order: targets, targets-from, target-path) wins; the later one is dropped and named here.',
        fix: 'Name the target in one place only, or rename one of the spec files.',
    },
    'targets-from-outside': {
        severity: 'error',
        meaning: 'A `targets-from` file is a committed link to a file outside the workspace; it is not read.',
        docs: 'A pull request can commit a symlink that points anywhere on the runner; reading through it would put that file\'s text into annotations and the job summary. The real path of every `targets-from` file is resolved first and a file outside the workspace is refused.',
        fix: 'Commit the file itself inside the repository, not a link to a file elsewhere.',
    },
    'targets-from-missing': {
        severity: 'error',
        meaning: 'A file named in `targets-from` does not exist.',
        docs: 'targets-from paths are relative to the workspace, so a missing file usually means the repository was not checked out before this step, or the path is relative to another directory. The other sources are still read; the missing one is an error so the matrix is not silently short of its targets.',
        fix: 'Give a path relative to the workspace, and check out the repository before this step.',
    },
    'target-path-missing': {
        severity: 'error',
        meaning: 'A `target-path` directory does not exist.',
        docs: 'target-path names directories searched like RUST_TARGET_PATH, typically inside an installed SDK (/opt/…). When the directory is missing the SDK was not installed (or extracted) before this step, and every target it would have provided is missing from the matrix.',
        fix: 'Install the SDK before this step, or fix the directory.',
    },
    // The toolchain and its facts (matrix-plan.ts, targets.ts).
    'toolchain-invalid': {
        severity: 'error',
        meaning: "rust-toolchain.toml's channel is not a toolchain name; stable is used instead.",
        docs: 'Without a `toolchain` input the channel of the repository\'s rust-toolchain.toml decides the toolchain, and it becomes a rustup argument in every generated job. A channel that is not a plain toolchain name (it starts with `-`, or holds spaces or shell characters) is refused rather than passed on, and the matrix is planned for stable.',
        fix: 'Write a channel such as "stable", "1.95.0" or "nightly-2026-04-01", or set the toolchain input.',
    },
    'facts-from-default-rustc': {
        severity: 'notice',
        meaning: 'The requested toolchain is not installed here; target facts come from the default rustc.',
        docs: 'Target facts (tier, std, host tools, the target-spec schema) are read from the toolchain the jobs will use, with RUSTUP_AUTO_INSTALL=0 so this step never downloads it. When it is missing the default rustc answers instead (run outside the workspace, so rustup does not pick the repository\'s own pin); its facts can differ from the requested toolchain\'s, e.g. a target promoted to tier 2 in a later release.',
        fix: 'Install the toolchain before this step (rustup toolchain install <toolchain>).',
    },
    'rustc-unavailable': {
        severity: 'notice',
        meaning: 'rustc could not be asked for target facts; the embedded snapshot is used.',
        docs: 'Facts come from `RUSTC_BOOTSTRAP=1 rustc -Z unstable-options --print all-target-specs-json` (every built-in spec with its tier, std and host-tools metadata) of the toolchain the jobs will use. When rustc is missing or fails, the snapshot embedded in the action (from a known rustc release) is used, and custom specs are checked against the schema only, since rustc cannot confirm them.',
        fix: 'Install the toolchain before this step so the facts match the compiler that builds.',
    },
    'schema-from-snapshot': {
        severity: 'notice',
        meaning: 'This rustc has no target-spec-json-schema printer; custom specs are validated against the snapshot\'s schema.',
        docs: '`rustc -Z unstable-options --print target-spec-json-schema` gives the toolchain\'s own JSON schema for target specs; older toolchains lack that printer. Their facts are still read, but custom specs are checked against the schema of the embedded snapshot, which may name fields this older rustc does not know yet.',
        fix: 'Use a newer toolchain for validation, or confirm specs with validate: rustc.',
    },
    'validate-without-rustc': {
        severity: 'error',
        meaning: "`validate: rustc` or `codegen` was asked for, but rustc did not run here.",
        docs: 'rustc reports one problem per run and some only at codegen (a data-layout that differs from LLVM\'s default, an unknown arch): `validate: rustc` asks the real compiler (`--print cfg`) about every custom spec, `codegen` also compiles a `#![no_core]` probe. Without a working rustc only the schema checks run; asked for by name, a check that silently did not run would pass a spec rustc rejects, so this is an error.',
        fix: 'Install the toolchain before this step, or set validate: schema.',
    },
    'target-unknown': {
        severity: 'error',
        meaning: 'A triple is not a built-in target of this rustc.',
        docs: 'Built-in targets are those `rustc --print target-list` names (320 in rustc 1.95); anything else needs a custom .json spec. A misspelt or outdated triple would fail in its job at `rustup target add`, so it is left out of the matrix here, and the hint names up to three built-ins of the same arch that it was probably meant to be (a triple cut short, such as `…-musl` for `…-musleabihf`, first).',
        fix: 'Use a name from rustc --print target-list, or give a .json spec.',
    },
    'spec-missing': {
        severity: 'error',
        meaning: 'A custom target spec path names a file that does not exist.',
        docs: 'Spec paths are relative to the workspace root (cargo-config paths to the project holding `.cargo/`). A spec that is not committed, or not checked out before this step, cannot be validated or built, so its target is left out of the matrix.',
        fix: 'Commit the .json or fix the path.',
    },
    'spec-shadows-builtin': {
        severity: 'warning',
        meaning: 'A custom spec file has the name of a built-in target; rustc uses the built-in.',
        docs: 'rustc resolves `--target <name>` to a built-in target before it looks for `<name>.json` on RUST_TARGET_PATH, so a spec named like a built-in (`x86_64-unknown-none.json`) is never used when the target is named; only the path form reaches it, and cargo\'s cache directories mix the two.',
        fix: 'Rename the file.',
    },
    'rustc-accepted': {
        severity: 'notice',
        meaning: 'rustc accepted a spec that the static checks reject.',
        docs: 'The static checks follow rustc\'s own rules, including those it applies only at codegen (LLVM\'s default data-layout, an arch without lowering), and the schema of the newest rustc. When `--print cfg` accepts a spec they reject, the problem is expected later: at codegen, or with a newer rustc. The spec stays out of the matrix.',
        fix: 'Fix what the checks above name.',
    },
    'rustc-rejected': {
        severity: 'error',
        meaning: 'rustc rejected the custom target spec (`--print cfg`, or the codegen probe).',
        docs: 'With `validate: rustc` the toolchain reads every custom spec (`rustc -Z unstable-options --print cfg --target <spec>.json`, RUSTC_BOOTSTRAP=1); with `codegen` it also compiles a `#![no_core]` crate for it, which catches what rustc only checks in LLVM. rustc stops at its first error; this finding carries that message and, when rustc gives one, the line of the spec.',
        fix: 'Fix what rustc names and run again: rustc reports one problem per run.',
    },
    // The job matrix (matrix.ts, cargo-config.ts).
    'build-std-disabled': {
        severity: 'warning',
        meaning: 'build-std is off for a target for which rustup ships no std.',
        docs: 'A target without a prebuilt standard library (every custom spec, tier-3 targets, some tier-2 targets without host tools) needs `-Zbuild-std` to compile core and alloc; with `build-std: false` cargo fails with "can\'t find crate for `core`". Only an SDK that provides the std in its sysroot makes it unnecessary.',
        fix: 'Drop build-std: false for this target, or list the crates (build-std: [core, alloc]).',
    },
    'build-std-assumed': {
        severity: 'notice',
        meaning: 'rustup could not be asked about a tier-3 target; build-std is turned on.',
        docs: 'Whether rustup ships std for a target is read from the toolchain\'s channel manifest, not from the tier (tier 2 does not mean rustup ships std). Without a manifest a tier-3 target is assumed to have no prebuilt std, since tier-3 targets have no official builds, so the job builds core with -Zbuild-std on nightly.',
        fix: 'Set build-std explicitly for the target if the assumption is wrong.',
    },
    'rustup-std-unknown': {
        severity: 'notice',
        meaning: 'No channel manifest says whether rustup ships std for a target; it is assumed that it does.',
        docs: 'Whether `rustup target add` can install a prebuilt std is read from the toolchain\'s multirust channel manifest. Without one (a toolchain not managed by rustup, or the snapshot) a tier-1 or tier-2 target is assumed to have one, and the job runs `rustup target add`, which fails if that is wrong.',
        fix: 'Set build-std: true for this target if `rustup target add` fails.',
    },
    runner: {
        severity: 'notice',
        meaning: 'No test runner fits a target; its test commands are skipped.',
        docs: 'Test binaries for another architecture run under qemu-user (Linux targets), qemu-system with semihosting (some bare-metal targets) or a command the user gives (probe-rs, a simulator). When none of these fits the target and the runner mode, the generated config has no runner and the job skips `cargo test`; with `runner: auto` bare-metal targets stay quiet and the summary says how to boot them instead.',
        fix: 'Give the target its own runner command (e.g. runner: [qemu-system-x86_64, -kernel]).',
    },
    'max-jobs-capped': {
        severity: 'warning',
        meaning: "max-jobs is above GitHub's 256 jobs per matrix; 256 is used.",
        docs: 'GitHub refuses a matrix that generates more than 256 jobs. A larger max-jobs cannot be honoured, so it is lowered to 256; with more targets than that, the plan either fails (too-many-jobs) or batches several targets per job.',
        fix: "Set max-jobs to 256 or less (add 'batch' to run several targets per job).",
    },
    'too-many-jobs': {
        severity: 'error',
        meaning: 'More targets than max-jobs; the matrix is left empty.',
        docs: 'GitHub allows at most 256 jobs per matrix, and max-jobs may set a lower limit. Without `batch` the plan does not drop targets silently: the matrix is emitted empty (has-entries false) and the error says how many targets there are.',
        fix: 'Raise max-jobs, narrow the targets, or add batch (e.g. "64 batch") to run several targets per job.',
    },
    batched: {
        severity: 'notice',
        meaning: 'There are more targets than max-jobs; several targets share each job.',
        docs: 'With `max-jobs: N batch` and more than N targets, the targets are split in order into at most N jobs of up to ceil(targets / N) each; each batch entry carries its targets and a cache key derived from theirs, so the fan-out job loops over them.',
    },
    'matrix-too-large': {
        severity: 'error',
        meaning: 'The matrix JSON is larger than the 1 MB GitHub allows for a job output.',
        docs: 'GitHub caps each job output at 1 MB; a larger `matrix` output is cut, and the fan-out job would read invalid JSON. The matrix is emitted empty instead (has-entries false) and the error gives its size.',
        fix: 'Split the targets over two plan jobs, or shorten per-target commands.',
    },
    'rustflags-in-environment': {
        severity: 'warning',
        meaning: "Rustflags in the job environment replace (RUSTFLAGS), lose to (CARGO_BUILD_RUSTFLAGS) or join the rustflags a generated config sets.",
        docs: 'cargo takes rustflags from the first source that is set: CARGO_ENCODED_RUSTFLAGS, then RUSTFLAGS, then the config files\' target.<triple>.rustflags (CARGO_TARGET_<TRIPLE>_RUSTFLAGS from the environment is joined with those), then build.rustflags (CARGO_BUILD_RUSTFLAGS in the environment). So a RUSTFLAGS left in the job environment silently replaces every rustflags of the generated `.cargo/config.toml`, and a CARGO_BUILD_RUSTFLAGS is silently ignored for a target whose config sets rustflags (as cargo 1.95 does in the tests); the Avocado SDK clears these for that reason, and the action generates config rather than RUSTFLAGS. The warning names only targets whose generated config sets rustflags; targets whose config sets none get a notice instead when RUSTFLAGS reaches them (fine for `-D warnings`, not for an SDK\'s `--sysroot`); targets in SDK mode clear these variables themselves and are not named.',
        fix: "Unset the variable for the build step (the SDK mode does this), or move its flags into the target's rustflags.",
    },
    'sdk-env-moved': {
        severity: 'notice',
        meaning: "SDK mode: the SDK's RUSTFLAGS variables are cleared and their flags moved into the generated config.",
        docs: "An SDK's environment-setup script exports RUSTFLAGS with its sysroot and CARGO_TARGET_<TRIPLE>_LINKER/RUSTFLAGS. Because RUSTFLAGS would replace the config's rustflags, SDK mode moves the sysroot, the linker and the other flags into the generated config and lists the variables in the entry's clear-env, for the job to unset before cargo runs.",
    },
    // JSON reading (json-positions.ts).
    'json-syntax': {
        severity: 'error',
        meaning: 'The target spec is not valid JSON.',
        docs: 'rustc reads target specs with a strict JSON parser and refuses the whole file at the first syntax error. The position of the error is reported; nothing after it could be checked.',
        fix: 'Fix the JSON at this point; everything after it could not be checked.',
    },
    'json-trailing-comma': {
        severity: 'error',
        meaning: 'A comma follows the last member of an object or array.',
        docs: 'Trailing commas are not JSON and rustc rejects the file. It is the most common slip in hand-written specs, so the reader reports it and reads on, and the other checks still run on the rest of the file.',
        fix: 'Delete the comma after the last element.',
    },
    'json-comment': {
        severity: 'error',
        meaning: 'The target spec contains a comment.',
        docs: 'JSON has no comments and rustc rejects a spec with `//` or `/* */` in it. The reader skips the comment so the rest of the file is still checked.',
        fix: 'Delete the comment; keep notes in "metadata": {"description": …}.',
    },
    'json-duplicate-key': {
        severity: 'error',
        meaning: 'An object in the target spec has the same key twice.',
        docs: 'JavaScript keeps the last of two equal keys silently, but rustc refuses a target spec with a duplicate field, so each duplicate is reported at its second occurrence.',
        fix: 'Keep one of the two.',
    },
    'json-missing-comma': {
        severity: 'error',
        meaning: 'Two members of an object (or two array elements) have no comma between them.',
        docs: 'A missing comma is a syntax error and rustc refuses the file there ("expected `,` or `}`"). The next key (or element) is unambiguous, so the reader reports the comma and reads on as if it were there: every other problem of the spec is still reported in the same run.',
        fix: 'Add a comma after the previous value.',
    },
    'json-bom': {
        severity: 'error',
        meaning: 'The target spec starts with (or contains) a UTF-8 byte-order mark.',
        docs: 'Some Windows editors save UTF-8 with a byte-order mark (EF BB BF). rustc\'s JSON reader does not skip it and refuses the file ("expected value at line 1 column 1"), which is puzzling since the mark is invisible. The reader reports it and skips it, so the rest is still checked.',
        fix: 'Save the file as UTF-8 without a byte-order mark.',
    },
    // Custom target spec validation (target-spec.ts).
    'spec-not-object': {
        severity: 'error',
        meaning: 'The target spec is valid JSON but not an object.',
        docs: 'A target spec is one JSON object of fields (llvm-target, data-layout, arch, …). An array, string or number at the top level is refused by rustc and nothing else can be checked.',
        fix: 'Wrap the fields in { … }.',
    },
    'spec-string-width': {
        severity: 'error',
        meaning: 'target-pointer-width or target-c-int-width is a string; rustc 1.95 wants a number.',
        docs: 'Older rustc releases read `"target-pointer-width": "64"`; rustc 1.95 wants an integer and rejects the string form, which is common in specs copied from old blog posts and OS tutorials.',
        fix: 'Write the width as a number, e.g. "target-pointer-width": 64.',
    },
    'spec-removed-field': {
        severity: 'error',
        meaning: 'The spec has a field that was removed from rustc.',
        docs: 'rustc rejects unknown fields in a target spec, and several old ones were removed outright (is-like-none, is-builtin, abi-blacklist, unsupported-abis, no-compiler-rt, the bitcode fields, …). Each one is named with what replaced it, if anything.',
        fix: 'Delete the field (the hint says what replaces it, if anything).',
    },
    'spec-renamed-field': {
        severity: 'error',
        meaning: 'The spec has a field under its old name.',
        docs: 'Some fields were renamed, and rustc 1.95 rejects the old name as unknown: eliminate-frame-pointer became frame-pointer (always / non-leaf / may-omit, inverted meaning), needs-plt became plt-by-default, is-like-osx is-like-darwin, has-elf-tls has-thread-local, target-os/env/vendor os/env/vendor.',
        fix: 'Use the new name (and value form) the hint gives.',
    },
    'spec-stack-probes-bool': {
        severity: 'error',
        meaning: 'stack-probes is a boolean; rustc 1.95 wants an object.',
        docs: 'stack-probes used to be `true`/`false`; rustc 1.95 wants `{"kind": "none" | "inline" | "call" | "inline-or-call"}` and rejects the boolean form.',
        fix: 'Write "stack-probes": {"kind": "inline"} (true) or {"kind": "none"} (false).',
    },
    'spec-not-integer': {
        severity: 'error',
        meaning: 'An integer field is written as a decimal number (64.0).',
        docs: 'JavaScript reads `64.0` as 64, but rustc\'s deserializer wants an integer literal where its schema says integer and refuses the file. The reader remembers which numbers were written with a fraction or exponent so this can be reported.',
        fix: 'Write the number without a fraction.',
    },
    'spec-legacy-value': {
        severity: 'warning',
        meaning: 'A field uses an old value name that rustc still reads.',
        docs: 'rustc still accepts `"rustc-abi": "x86-softfloat"`, but its schema lists only the new name `softfloat`; the old one may go away in a later release.',
        fix: 'Write "rustc-abi": "softfloat".',
    },
    'spec-string-number': {
        severity: 'error',
        meaning: 'A numeric field (max-atomic-width, c-enum-min-bits, …) is a string.',
        docs: 'Numeric fields must be JSON numbers; rustc rejects `"max-atomic-width": "64"`. Pointer and C int widths have their own code (spec-string-width) since they are the usual case in old specs.',
        fix: 'Write the number without quotes.',
    },
    'spec-missing-key': {
        severity: 'error',
        meaning: 'A key every target spec needs is missing.',
        docs: 'rustc needs llvm-target, data-layout, arch and target-pointer-width in every custom spec. The hint gives an example, and for data-layout the command that prints the closest built-in\'s layout to copy.',
        fix: 'Add the key (the hint gives an example).',
    },
    'spec-unknown-field': {
        severity: 'error',
        meaning: "A field is not in the toolchain's target-spec schema; rustc rejects unknown fields.",
        docs: 'The toolchain\'s own schema (`rustc -Z unstable-options --print target-spec-json-schema`) lists every field rustc reads, and rustc refuses a spec with any other. The hint names the schema field within three edits of it, when there is one.',
        fix: 'Rename it to the field the hint names, or delete it.',
    },
    'spec-schema': {
        severity: 'error',
        meaning: "A field's value does not match the toolchain's schema (type, allowed values, range).",
        docs: 'Values are checked against the toolchain\'s own target-spec schema: the type, the allowed strings of an enum (e.g. panic-strategy, relocation-model), and numeric ranges. rustc refuses the spec on the first such value; all are listed here.',
        fix: 'Write a value of the kind the message names.',
    },
    'spec-pointer-width': {
        severity: 'error',
        meaning: 'target-pointer-width is not 16, 32 or 64.',
        docs: 'rustc supports pointer widths of 16, 32 and 64 bits only and rejects a spec with any other ("unrecognized target-pointer-width"). The width also decides usize and isize, so it has to match the `p:` entry of data-layout as well.',
        fix: 'Use 16, 32 or 64.',
    },
    'spec-data-layout-pointer': {
        severity: 'error',
        meaning: 'data-layout and target-pointer-width disagree on the pointer size.',
        docs: 'rustc checks that the data-layout\'s pointer size (its `p:` entry; without one LLVM assumes 64) equals target-pointer-width and refuses the spec otherwise ("inconsistent target specification").',
        fix: 'Make them agree: "p:<width>:<width>" in data-layout, or change target-pointer-width.',
    },
    'spec-data-layout-endian': {
        severity: 'error',
        meaning: 'data-layout and target-endian disagree on the byte order.',
        docs: 'The data-layout starts with `e` (little-endian) or `E` (big-endian) and must match target-endian (little when absent); rustc refuses a spec where they differ.',
        fix: 'Change target-endian, or the first letter of data-layout.',
    },
    'spec-unknown-arch': {
        severity: 'error',
        meaning: 'arch is not one rustc knows; rustc accepts the file but panics at codegen.',
        docs: 'rustc reads any string as `arch`, but code generation has lowering only for the architectures its built-in targets use; an unknown one makes rustc panic at codegen ("no lowering implemented"). The arch is compared with those of the toolchain\'s built-in targets and the closest one is suggested.',
        fix: 'Use the arch of a built-in target (the hint suggests the closest).',
    },
    'spec-unknown-llvm-arch': {
        severity: 'error',
        meaning: "LLVM cannot create a TargetMachine for llvm-target: its arch is unknown to LLVM, or rustc's LLVM has no backend for it.",
        docs: "rustc hands llvm-target to LLVM, which reads its first component as the architecture (LLVM's Triple::parseArch: `i686`, `thumbv7em`, `riscv64`, `arm64`, …). An empty llvm-target, an arch LLVM does not know (`foo-unknown-none`, `x86-…`, `riscv64gc-…`), or one LLVM knows but rustc 1.95's LLVM was built without (spirv, ve, lanai, xcore, arc, …) leaves rustc without a TargetMachine: it crashes with an internal compiler error (\"could not create LLVM TargetMachine\") at `--print cfg` already. The arch is read as LLVM reads it, including the ARM and AArch64 sub-architecture spellings, and the hint names a built-in llvm-target of the spec's arch.",
        fix: 'Use an llvm-target LLVM knows for the arch (the hint gives a built-in one).',
    },
    'spec-data-layout-llvm-default': {
        severity: 'error',
        meaning: "data-layout differs from LLVM's default for the llvm-target and llvm-abiname; codegen fails.",
        docs: "rustc accepts such a spec and only fails at codegen, when it compares the spec's data-layout with the one LLVM computes for the llvm-target (\"data-layout for target … differs from LLVM target's … default layout\"). LLVM's layout depends on the triple (arch, OS, environment and object format: Mach-O mangling `m:o` for Apple triples, `m:w` for Windows COFF, `p:32:32` for gnux32) and on llvm-abiname (RISC-V ilp32e/lp64e stack alignment, MIPS o32/n32/n64, PowerPC64 ELFv2 `Fn32`), so the expected layout is computed from those two fields as LLVM 22 does, never copied from another spec: rustc's own xtensa built-ins carry a layout their LLVM rejects.",
        fix: "Use the data-layout the hint gives (LLVM's for this llvm-target and llvm-abiname).",
    },
    'spec-arch-llvm-mismatch': {
        severity: 'error',
        meaning: "arch names another architecture than llvm-target's LLVM backend.",
        docs: "rustc keeps a list of target features per arch and asks LLVM about each of them when it reads a spec; on another arch's backend LLVM does not know them and aborts (\"'+adx' is not a recognized feature for this target\") at `--print cfg`. Checked with rustc 1.95 for every arch with a feature list: x86 and x86_64 share the X86 backend, arm64ec is AArch64, the MIPS r6 archs are MIPS; msp430 and xtensa have no feature list and are not checked. The hint names the arch of the llvm-target.",
        fix: 'Set arch to the arch of the llvm-target (the hint names it), or use an llvm-target of the intended arch.',
    },
    'spec-needs-cpu': {
        severity: 'error',
        meaning: 'The spec sets need-explicit-cpu but the target entry passes no -C target-cpu.',
        docs: "A spec with `\"need-explicit-cpu\": true` (AVR, AMDGPU, and specs copied from them) reads fine, but rustc refuses to generate code for it unless the command line names a CPU (\"target requires explicitly specifying a cpu with `-C target-cpu`\"); the spec's own `cpu` does not count. The target entry's rustflags are checked for `-C target-cpu=…`, and with `validate: codegen` the same flags reach the codegen probe.",
        fix: 'Add rustflags: [-C, target-cpu=<cpu>] to the target entry.',
    },
    'spec-llvm-code-model': {
        severity: 'error',
        meaning: "code-model names a code model the arch's LLVM backend does not have.",
        docs: "LLVM aborts while creating the TargetMachine when the code model is not one the backend supports (\"target does not support the tiny CodeModel\"), which rustc does at `--print cfg`. Checked with rustc 1.95: `tiny` exists only on AArch64 with ELF (not for Apple or Windows triples), `kernel` only on x86 and x86_64, and AArch64 has no `medium`; `small` (the default) and `large` work everywhere rustc has a backend.",
        fix: 'Use "small" (delete code-model) or a code model the hint lists for the arch.',
    },
    'spec-llvm-relocation-model': {
        severity: 'error',
        meaning: 'relocation-model is one LLVM refuses for the target (AIX takes only PIC).',
        docs: "LLVM checks the relocation model while creating the TargetMachine, which rustc does at `--print cfg`: on AIX (an `…-ibm-aix` llvm-target) anything but pic or pie aborts (\"invalid relocation model, AIX only supports PIC\"). rustc itself accepts every relocation model its schema lists, so this shows only when LLVM runs. Checked with rustc 1.95.",
        fix: 'Write "relocation-model": "pic", or delete it.',
    },
    'spec-llvm-abiname': {
        severity: 'error',
        meaning: 'llvm-abiname does not fit the arch: a 64-bit MIPS ABI on 32-bit MIPS, a wrong PowerPC64 ABI, or a missing or unknown LoongArch ABI.',
        docs: "rustc passes llvm-abiname to LLVM and to its own float-ABI rules. On 32-bit MIPS an n32 or n64 ABI asks for 64-bit code and LLVM aborts (\"64-bit code requested on a subtarget that doesn't support it\"). rustc's LoongArch rules know exactly ilp32d, ilp32f, ilp32s, lp64d, lp64f and lp64s; without one of them (including no llvm-abiname at all) rustc panics with \"entered unreachable code\" before reading anything else. rustc's PowerPC64 rule: little-endian specs take elfv2, AIX none, big-endian elfv1 or elfv2 (\"invalid PowerPC64 ABI name\"). RISC-V ABI names have their own code (spec-riscv-abiname).",
        fix: 'Set llvm-abiname to the ABI the hint names.',
    },
    'spec-llvm-cpu': {
        severity: 'error',
        meaning: "cpu is one LLVM cannot generate code for on this arch, which is fatal there.",
        docs: "On most archs an unknown cpu is only a warning, but on x86_64 a CPU without 64-bit mode or one LLVM does not know aborts codegen (\"64-bit code requested on a subtarget that doesn't support it\"), on RISC-V an RV32 CPU for an RV64 triple or the reverse does (\"RV64 target requires an RV64 CPU\"), on LoongArch a CPU of the other width does, and on Hexagon an unknown CPU kills rustc with SIGILL. The CPUs that work are those rustc 1.95 compiled the `#![no_core]` probe with, one by one (bench/gen-llvm-cpus.ts writes the list).",
        fix: 'Use a CPU of the right width (the hint names one), or delete cpu.',
    },
    'spec-split-dwarf': {
        severity: 'error',
        meaning: 'Split DWARF (.dwo) asked for on an object format LLVM writes no .dwo for (Mach-O, XCOFF, GOFF).',
        docs: 'With "debuginfo-kind": "dwarf" (also the default when the key is absent) and "split-debuginfo": "packed" or "unpacked", rustc gives LLVM a split-DWARF file for every compilation, with or without -g. LLVM writes .dwo files only for ELF, COFF and Wasm objects: on an Apple (Mach-O), AIX (XCOFF) or z/OS (GOFF) llvm-target it aborts with "dwo only supported with COFF, ELF, and Wasm". Apple targets use "debuginfo-kind": "dwarf-dsym". Checked with rustc 1.95.',
        fix: 'On an Apple triple write "debuginfo-kind": "dwarf-dsym"; otherwise "split-debuginfo": "off".',
    },
    'spec-stack-probes-unsupported': {
        severity: 'error',
        meaning: 'stack-probes asks AArch64 for a probe call, which its LLVM backend does not implement.',
        docs: "AArch64's LLVM backend only emits inline stack probes; `{\"kind\": \"call\"}`, or `inline-or-call` with a min-llvm-version-for-inline above the toolchain's LLVM, makes codegen abort with \"Unsupported stack probing method\". rustc reads the spec without complaint, so this only shows in the first build.",
        fix: 'Write "stack-probes": {"kind": "inline"}.',
    },
    'spec-hard-float-without-sse': {
        severity: 'error',
        meaning: "An x86_64 spec disables SSE but keeps the hard-float ABI (no +soft-float): floats cannot be returned.",
        docs: "The x86_64 C ABI passes and returns f32/f64 in SSE registers. With `-sse` (or `-sse2` under `\"rustc-abi\": \"softfloat\"`) and without `+soft-float`, rustc only warns (\"must be enabled to ensure that the ABI of the current target can be implemented correctly\") and reads the spec, but the first `extern \"C\" fn` that takes or returns a float fails in LLVM (\"SSE register return with SSE disabled\"). The softfloat rustc-abi is implemented by the `+soft-float` feature alone, so both are needed for a kernel without SSE. The codegen probe passes f32, f64 and i128 through `extern \"C\"` to catch this.",
        fix: 'Add "+soft-float" to features (with "rustc-abi": "softfloat"), or stop disabling SSE.',
    },
    // rustc's consistency rules for JSON targets (spec-consistency.ts).
    'spec-inconsistent': {
        severity: 'error',
        meaning: 'An is-like-* flag (or the os) contradicts what it describes.',
        docs: 'rustc\'s consistency check requires each is-like-* flag to be set exactly when the spec is that kind of target (is-like-darwin iff vendor apple, is-like-windows iff os windows/uefi/cygwin, is-like-wasm iff a wasm arch, …), is-like-msvc to imply is-like-windows, and os emscripten to be wasm. It rejects the first contradiction; all are listed here.',
        fix: 'Set or delete the flag as the message says, or change the field it describes.',
    },
    'spec-linker-flavor': {
        severity: 'error',
        meaning: "linker-flavor does not fit the target's kind (darwin, msvc, wasm, emscripten, bpf, ptx).",
        docs: 'rustc requires the default linker flavor to belong to the family the target\'s properties imply: darwin flavors exactly for is-like-darwin, msvc for is-like-msvc, wasm for is-like-wasm, em-cc for emscripten, bpf exactly for the bpf arch (rustc 1.95 ties ptx and llbc to no arch). Old flavor names (gcc, ld.lld, …) are read as their new ones, and no linker-flavor (or gcc/ld) as rustc reads it from lld-flavor and linker-is-gnu.',
        fix: "Use a linker flavor of the target's family (the hint gives one).",
    },
    'spec-empty-link-args': {
        severity: 'error',
        meaning: 'A link-args table has an empty argument list for a linker flavor.',
        docs: 'rustc refuses a pre-link-args/late-link-args/post-link-args entry whose list for a flavor is empty (except on avr); such an entry has no effect and is usually a leftover.',
        fix: 'Delete the empty entry.',
    },
    'spec-link-args-flavor': {
        severity: 'error',
        meaning: 'A key of pre-link-args/late-link-args/post-link-args is not a linker flavor.',
        docs: "The link-args objects map a linker flavor to its arguments (`{\"gnu-cc\": [\"-nostartfiles\"]}`), and rustc refuses the spec when a key is not one of its flavors (\"invalid linker flavor, allowed values: …\"): gnu, gnu-lld, gnu-cc, gnu-lld-cc, darwin*, wasm-lld*, unix, unix-cc, msvc, msvc-lld, em-cc, bpf, llbc, ptx, and the old names gcc, ld, ld.lld, ld64.lld, lld-link, wasm-ld, em. The schema does not constrain the keys, so they are checked here.",
        fix: 'Key the arguments by the flavor that links the target, e.g. "gnu-cc" or "gnu-lld".',
    },
    'spec-self-contained-objects': {
        severity: 'error',
        meaning: 'pre-/post-link-objects-fallback is set but self-contained linking is not enabled.',
        docs: "The *-link-objects-fallback tables name the CRT objects rustc links when it links self-contained (rustc's pre_link_objects_self_contained / post_link_objects_self_contained). rustc refuses a spec that has them while self-contained linking is off (no link-self-contained, or false, and no crt-objects-fallback): \"if `link_self_contained` is disabled, then `pre_link_objects_self_contained` and `post_link_objects_self_contained` must be empty\". Copying these tables from a musl built-in without its crt-objects-fallback is the usual way to get there.",
        fix: 'Delete the fallback objects, or enable self-contained linking ("crt-objects-fallback": "musl").',
    },
    'spec-link-args-cc': {
        severity: 'error',
        meaning: 'A -Wl, link argument has no counterpart in the non-cc link args of a target that links through a C compiler.',
        docs: "rustc 1.95 re-keys the link-args objects to the target's linker family, and when the target's linker flavor goes through a C compiler (gnu-cc, gnu-lld-cc, wasm-lld-cc, unix-cc) it requires every `-Wl,X` argument, of any flavor's list, to appear as `X` in the non-cc lists (gnu, gnu-lld, wasm-lld, darwin, unix, ld, …) when there are any; otherwise it refuses the spec (\"link args for cc and non-cc versions of flavors are not consistent\"). Checked with rustc 1.95 on each pair; copying another target's link args (a wasm target's onto a Linux one) is the usual way to get there.",
        fix: 'Give the non-cc list the same arguments without "-Wl,", or drop it.',
    },
    'spec-entry-abi': {
        severity: 'error',
        meaning: "entry-abi is a calling convention the spec's arch does not have.",
        docs: "entry-abi names the calling convention of the program's entry point. rustc maps it onto the arch when it reads the spec, and for a convention of another arch (aapcs off ARM, win64 or sysv64 off x86_64, stdcall off 32-bit x86 outside Windows, riscv-interrupt-m off RISC-V, msp430-interrupt, ptx-kernel, …) it panics (\"called `Option::unwrap()` on a `None` value\"). Checked with rustc 1.95; the portable values (C, system, efiapi, Rust) are never reported.",
        fix: 'Write "entry-abi": "C", or delete it.',
    },
    'spec-empty-value': {
        severity: 'error',
        meaning: 'vendor or os is an empty string.',
        docs: 'rustc refuses an empty `vendor` or `os`. Bare-metal targets use `"os": "none"` (or leave it out); the vendor defaults to "unknown".',
        fix: 'Delete the field, or give it a value.',
    },
    'spec-os-unknown': {
        severity: 'error',
        meaning: '"os": "unknown" is reserved for a few built-in targets.',
        docs: 'rustc allows os "unknown" only for wasm32/wasm64-unknown-unknown and the Fortanix SGX target; a custom spec must say "none" for bare metal or name its OS.',
        fix: 'Use "os": "none" for bare metal, or the name of your OS.',
    },
    'spec-crt-static': {
        severity: 'error',
        meaning: 'A static CRT can be enabled but crt-static-respected is not set.',
        docs: 'When crt-static-default or crt-static-allows-dylibs is set, rustc requires crt-static-respected too, since the static-CRT choice would otherwise be silently ignored.',
        fix: 'Add "crt-static-respected": true.',
    },
    'spec-riscv-abiname': {
        severity: 'error',
        meaning: 'A RISC-V spec has no llvm-abiname, or one that is not a RISC-V ABI.',
        docs: 'rustc requires RISC-V specs to name their ABI (ilp32, ilp32f, ilp32d, ilp32e for riscv32; lp64, lp64f, lp64d, lp64e for riscv64) and rejects the file otherwise ("invalid RISC-V ABI name"). The hint picks the one that matches the float features.',
        fix: 'Set llvm-abiname to the ABI the hint names.',
    },
    'spec-arm-floatabi': {
        severity: 'error',
        meaning: 'An ARM spec does not set llvm-floatabi.',
        docs: 'rustc requires 32-bit ARM specs to say whether floats are passed in FPU registers ("hard", the eabihf ABIs) or integer registers ("soft").',
        fix: 'Add "llvm-floatabi": "hard" or "soft".',
    },
    'spec-rustc-abi': {
        severity: 'error',
        meaning: 'rustc-abi is not valid for this arch.',
        docs: 'rustc-abi x86-sse2 is only for 32-bit x86, and softfloat only for x86, x86_64 and s390x; other arches set their float ABI through llvm-abiname, llvm-floatabi or abi (aarch64 uses "abi": "softfloat").',
        fix: 'Delete rustc-abi, or set the float ABI the way the hint says for this arch.',
    },
    'spec-feature-syntax': {
        severity: 'error',
        meaning: 'A target feature in features does not start with + or -.',
        docs: 'features is a comma-separated list of LLVM target features, each enabled (+) or disabled (-); rustc rejects an entry without the sign.',
        fix: 'Write +feature to enable it or -feature to disable it.',
    },
    'spec-feature-conflict': {
        severity: 'error',
        meaning: 'A target feature is both enabled and disabled.',
        docs: 'A feature listed as both +f and -f in features would leave the result to the order LLVM applies them in; rustc 1.95 rejects such a spec ("is both enabled and disabled"), usually the sign of a features string assembled from two sources.',
        fix: 'Keep one of the two.',
    },
    'spec-abi-feature': {
        severity: 'error',
        meaning: 'features disables a feature the float ABI requires, or enables one it forbids.',
        docs: 'rustc checks target features against the ABI: a hard-float ABI needs its FPU features (x87/sse2 on x86_64, neon on aarch64, d/f for RISC-V abinames ending in d/f, fpregs for ARM hard float) and a soft-float one forbids them. It reports "required by the ABI but gets disabled" or "incompatible with the ABI but gets enabled".',
        fix: 'Change the feature or the ABI as the hint says for this arch.',
    },
    'spec-soft-float-abi': {
        severity: 'error',
        meaning: '+soft-float on x86 or x86_64 without the softfloat rustc-abi.',
        docs: 'Kernels and bootloaders used to build x86 targets with "+soft-float" in features alone; rustc 1.95 rejects that unless the spec also declares `"rustc-abi": "softfloat"`, since the default x86 ABI passes floats in SSE/x87 registers.',
        fix: 'Add "rustc-abi": "softfloat" (and keep "-mmx,-sse,…,+soft-float" in features).',
    },
});


/***/ })

};
