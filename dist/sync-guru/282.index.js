export const id = 282;
export const ids = [282];
export const modules = {

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_CLASSES: () => (/* reexport */ DRIFT_CLASSES),
  DRIFT_CLASS_TITLES: () => (/* reexport */ DRIFT_CLASS_TITLES),
  checkDrift: () => (/* binding */ checkDrift),
  parseRepoList: () => (/* reexport */ repo_list/* parseRepoList */.O)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/redact.ts
var redact = __webpack_require__(4781);
;// CONCATENATED MODULE: ./shared/fs-read.ts
/**
 * The small file-system readers domain code shares. "Absent" is an answer, not an error: a file that cannot
 * be read is `undefined`, a path that is not a directory (or does not exist) is `false`.
 */

/**
 * A file's bytes, or undefined when it is missing or unreadable. Read synchronously: for the thousands of
 * small local files a scan reads (ebuilds, Manifests, cache entries) one readFileSync costs a fraction of
 * fs/promises' readFile (a FileHandle, four thread-pool round trips and their promises per file), and nothing
 * else waits on the event loop meanwhile.
 */
async function readBytes(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/** A file's UTF-8 text, or undefined when it is missing or unreadable. Decoded as it is read (no Buffer in between:
 * a Manifest of hundreds of DIST lines is text only once). */
async function readText(file) {
    return readTextSync(file);
}
/** `readText` for a caller that cannot wait (a lookup made in the middle of a synchronous parse). */
function readTextSync(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The names in a directory (unsorted, as readdir gives them), or undefined when it cannot be listed. Listed
 * synchronously, like the reads above: one local directory costs less than a thread-pool round trip, during which
 * a run that has nothing else to do waits. */
async function readNames(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return undefined;
    }
}
/** Whether the path is an existing directory (following symlinks). A local stat, made synchronously (see readNames). */
async function isDir(p) {
    return isDirSync(p);
}
/** `isDir` for the few checks that run before anything asynchronous starts. */
function isDirSync(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
;// CONCATENATED MODULE: ./shared/sorted.ts
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

// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
;// CONCATENATED MODULE: ./shared/gentoo/findings.ts
/**
 * Every finding the gentoo domain makes (repository layout, repos.conf and priorities, Manifests, the user's
 * package.* configuration, visibility, setting up repositories and checking an overlay for drift), with what
 * it means and how it is usually fixed. Findings about an ebuild's bash are in `ebuild/findings.ts`.
 */

const REGEN_MANIFEST = 'Regenerate the Manifest with `pkgdev manifest` (or `ebuild <file> manifest`) and commit it.';
const findings_gentooFindings = (0,finding/* defineFindings */.IP)('gentoo', {
    // ---- profiles/repo_name, profiles/categories ----------------------------------------------------------
    'repo-name-empty': {
        severity: 'error',
        meaning: 'profiles/repo_name exists but its first line is empty.',
        docs: 'Portage names a repository by the first line of profiles/repo_name, and a repos.conf section must use ' +
            'exactly that name. With an empty first line the repository has no name, so no repos.conf section can ' +
            'match it and Portage drops the repository.',
        fix: 'Write the repository name (e.g. `regicide-rust`) on the first line of profiles/repo_name.',
    },
    'repo-name-whitespace': {
        severity: 'warning',
        meaning: 'The name in profiles/repo_name has spaces or tabs around it.',
        docs: 'The first line of profiles/repo_name is trimmed before use, so the name still works; the whitespace is ' +
            'usually left by a hand edit and is worth removing before a tool that does not trim meets it.',
        fix: 'Remove the surrounding whitespace from the first line of profiles/repo_name.',
    },
    'repo-name-invalid': {
        severity: 'error',
        meaning: 'The name in profiles/repo_name is not a valid repository name.',
        docs: 'A repository name uses only `[A-Za-z0-9_-]`, must not start with `-`, and must also be a valid package ' +
            'name (so it cannot end in `-<version>`, e.g. `repo-1.0`). Portage refuses a repository whose name breaks ' +
            'these rules, and every atom with `::<repo>` would be unparsable.',
        fix: 'Rename the repository in profiles/repo_name (and its repos.conf section) to a valid name.',
    },
    'category-invalid': {
        severity: 'error',
        meaning: 'A line of profiles/categories is not a valid category name.',
        docs: 'profiles/categories lists one category per line (`#` starts a comment). A category name uses ' +
            '`[A-Za-z0-9+_.-]` and does not start with `-`, `.` or `+`; a line with spaces or other characters names ' +
            'no category, so ebuilds under a directory of that name are never seen.',
        fix: 'Fix the spelling in profiles/categories, one category per line.',
    },
    'category-duplicate': {
        severity: 'notice',
        meaning: 'A category is listed twice in profiles/categories.',
        docs: 'Harmless to Portage (the list is a set), but a sign of a merge that went wrong or a hand-kept list that drifts.',
        fix: 'Delete the repeated line.',
    },
    // ---- metadata/layout.conf -------------------------------------------------------------------------------
    'layout-malformed-line': {
        severity: 'warning',
        meaning: 'A layout.conf line is not `key = value`.',
        docs: 'metadata/layout.conf is a list of `key = value` lines; Portage skips a line it cannot split, so whatever ' +
            'the line meant to set (masters, thin-manifests, …) silently keeps its default.',
        fix: 'Write the line as `key = value`, or remove it.',
    },
    'layout-duplicate-key': {
        severity: 'warning',
        meaning: 'A layout.conf key is set twice; the last value wins.',
        docs: 'Portage reads layout.conf top to bottom and the later assignment replaces the earlier one, which is rarely what the author of the first line expects.',
        fix: 'Keep one line per key.',
    },
    'layout-unknown-key': {
        severity: 'warning',
        meaning: 'A layout.conf key that Portage does not know; it is silently ignored.',
        docs: 'Portage understands a fixed set of layout.conf keys (masters, thin-manifests, sign-commits, ' +
            'sign-manifests, use-manifests, manifest-hashes, manifest-required-hashes, cache-formats, profile-formats, ' +
            'eapis-banned, eapis-deprecated, properties-allowed, restrict-allowed, repo-name, aliases, ' +
            'update-changelog) and ignores anything else without a word. RegicideOS\'s layout.conf sets `priority`, ' +
            '`eapis` and `properties`: none of them has any effect. Priority belongs in repos.conf.',
        fix: 'Remove the key, or move it where it has an effect (priority: repos.conf); check the spelling against portage(5).',
    },
    'layout-masters-empty': {
        severity: 'warning',
        meaning: 'layout.conf sets an empty `masters =` in a repository that is not ::gentoo.',
        docs: 'An empty `masters =` declares a standalone repository: Portage then gives it no master at all (unlike a ' +
            'missing key, which falls back to the main repository), so its ebuilds cannot inherit ::gentoo\'s eclasses ' +
            'or use its licenses, and profiles cannot build on ::gentoo\'s. Only ::gentoo itself (or a repository that ' +
            'really ships every eclass and license it uses) should have it.',
        fix: 'Set `masters = gentoo` in metadata/layout.conf.',
    },
    'layout-missing-masters': {
        severity: 'error',
        meaning: 'layout.conf does not set `masters`.',
        docs: 'An overlay inherits eclasses, licenses and profiles from its masters. Without the key Portage falls back ' +
            'to the main repository and prints "Repository \'<name>\' is missing masters attribute in ' +
            '\'…/metadata/layout.conf\'. Set \'masters = gentoo\' in this file for future compatibility" on every run. ' +
            'Only a standalone repository such as ::gentoo itself sets an empty `masters =`.',
        fix: 'Add `masters = gentoo` to metadata/layout.conf.',
    },
    'layout-bad-boolean': {
        severity: 'warning',
        meaning: 'A boolean layout.conf key has a value other than true or false.',
        docs: 'thin-manifests, sign-commits, sign-manifests and update-changelog take `true` or `false`. Portage lower-cases the value and compares it with `true`, so any other spelling (`yes`, `1`, `on`) silently means false — for sign-manifests, whose default is true, too.',
        fix: 'Set the key to `true` or `false`.',
    },
    'layout-bad-value': {
        severity: 'warning',
        meaning: '`use-manifests` is not strict, true or false.',
        docs: 'use-manifests decides whether Manifests are generated and required (`strict`, the default), generated but optional (`true`) or ignored (`false`). Portage treats any other value like `true`: missing Manifests are silently allowed.',
        fix: 'Set `use-manifests` to strict, true or false (or remove it: strict is the default).',
    },
    'layout-deprecated-hash': {
        severity: 'warning',
        meaning: 'manifest-hashes or manifest-required-hashes lists a deprecated hash.',
        docs: 'MD5, RMD160, SHA1 and WHIRLPOOL are deprecated for Manifests; ::gentoo and GURU write BLAKE2B and SHA512 and require BLAKE2B.',
        fix: 'Use `manifest-hashes = BLAKE2B SHA512` and `manifest-required-hashes = BLAKE2B`.',
    },
    'layout-unknown-hash': {
        severity: 'error',
        meaning: 'manifest-hashes or manifest-required-hashes lists a hash Portage does not know.',
        docs: 'Portage cannot generate or check a hash it does not know, so Manifests of this repository cannot be written or verified as configured.',
        fix: 'List only known hashes, e.g. `BLAKE2B SHA512`.',
    },
    'layout-required-hashes-not-subset': {
        severity: 'error',
        meaning: 'manifest-required-hashes asks for a hash that manifest-hashes does not generate.',
        docs: 'manifest-required-hashes defaults to all of manifest-hashes; a required hash that is not generated can ' +
            'never be present, so every Manifest entry of the repository fails verification.',
        fix: 'Add the hash to manifest-hashes, or drop it from manifest-required-hashes.',
    },
    // ---- scanning a repository -----------------------------------------------------------------------------
    'repo-unreadable': {
        severity: 'error',
        meaning: 'The repository directory cannot be read.',
        docs: 'The directory does not exist, is not a directory, or is not readable by the runner user, so nothing of the repository could be checked.',
        fix: 'Check the path and its permissions.',
    },
    'layout-missing': {
        severity: 'error',
        meaning: 'The repository has no metadata/layout.conf.',
        docs: 'Without layout.conf the repository has no masters: Portage falls back to the main repository and warns ' +
            '"missing masters attribute" on every run, and thin-manifests and the Manifest hash settings keep their ' +
            'defaults (full Manifests required for every package).',
        fix: 'Create metadata/layout.conf with at least `masters = gentoo` (and `thin-manifests = true` for a git overlay).',
    },
    'repo-name-missing': {
        severity: 'error',
        meaning: 'The repository has no profiles/repo_name.',
        docs: 'Portage names a repository by profiles/repo_name and drops a repos.conf section whose name differs. ' +
            'When layout.conf sets `repo-name`, that name is used and this is only a warning; otherwise the ' +
            'repository has no name at all.',
        fix: 'Create profiles/repo_name with the repository name on its first line.',
    },
    'repo-name-mismatch': {
        severity: 'warning',
        meaning: 'layout.conf `repo-name` differs from profiles/repo_name.',
        docs: 'Two names for one repository: profiles/repo_name is what Portage matches repos.conf sections against, so the layout.conf name only misleads readers and tools that read it.',
        fix: 'Make the two names equal (or remove `repo-name` from layout.conf).',
    },
    'categories-missing': {
        severity: 'warning',
        meaning: 'The repository has no profiles/categories.',
        docs: 'Portage only looks for ebuilds in categories listed in the union of every repository\'s ' +
            'profiles/categories. Without the file, this repository\'s ebuilds are visible only in categories that ' +
            'another configured repository happens to list; one of its own new categories is silently ignored.',
        fix: 'Create profiles/categories listing every category directory of the repository, one per line.',
    },
    'profiles-file-ignored': {
        severity: 'warning',
        meaning: 'A keywords file at the root of profiles/ that Portage does not read there.',
        docs: 'Keywords for a repository are accepted in profile nodes (`profiles/<profile>/package.accept_keywords`, for ' +
            'systems using that profile) or in the user\'s /etc/portage; `profiles/package.keywords` and ' +
            '`profiles/package.accept_keywords` at the root of a repository are never read (checked with Portage: a ' +
            'package they name stays unaccepted), so the keywords they carry are not accepted anywhere. RegicideOS\'s ' +
            'overlay ships such a file and expects it to take effect. The root `profiles/package.use` is different: ' +
            'Portage\'s UseManager reads it as repository-level configuration for that repository\'s own packages, so it ' +
            'is not reported.',
        fix: 'Move the lines to package.accept_keywords of a profile the repository lists in profiles/profiles.desc, or into /etc/portage (setup-overlay: the package-accept-keywords input).',
    },
    'category-name-invalid': {
        severity: 'error',
        meaning: 'A category directory has a name that is not a valid category name.',
        docs: 'Portage cannot address packages in a category whose name it cannot parse, so the ebuilds under it can never be installed.',
        fix: 'Rename the directory to a valid category name and list it in profiles/categories.',
    },
    'package-name-invalid': {
        severity: 'error',
        meaning: 'A package directory has a name that is not a valid package name.',
        docs: 'Package names use `[A-Za-z0-9+_-]`, do not start with `-` or `+`, and must not end in something that ' +
            'looks like a version (`-1.0`): Portage could not split `<name>-<version>` back apart.',
        fix: 'Rename the package directory (and its ebuilds) to a valid package name.',
    },
    'ebuild-name-invalid': {
        severity: 'error',
        meaning: 'An ebuild file name is not `<package>-<valid version>.ebuild`, so Portage ignores it.',
        docs: 'Portage reads the version from the file name: it must start with the package directory name and a dash, ' +
            'followed by a PMS version (`1.2.3`, `1.2.3_rc1`, `1.2.3-r1`). A file that does not parse is silently ' +
            'skipped, so the ebuild the maintainer thinks is there never exists for emerge.',
        fix: 'Rename the file to `<package>-<version>.ebuild` with a PMS version.',
    },
    'md5-cache-stale': {
        severity: 'notice',
        meaning: 'A metadata/md5-cache entry does not match its ebuild; the ebuild itself is read instead.',
        docs: 'Each md5-cache entry records the md5 of the ebuild (`_md5_`) it was generated from. When the ebuild ' +
            'changed since, the entry\'s SLOT, KEYWORDS and SRC_URI may be wrong, so the check reads the ebuild. ' +
            'Portage regenerates stale entries itself, at a cost on every emerge.',
        fix: 'Regenerate the cache (`egencache --update --repo <name>`).',
    },
    'ebuild-unreadable': {
        severity: 'error',
        meaning: 'An ebuild file cannot be read.',
        docs: 'The file is listed in the package directory but reading it failed (permissions, a dangling symlink), so nothing about it could be checked.',
        fix: 'Check the file and its permissions.',
    },
    'eapi-banned': {
        severity: 'error',
        meaning: 'The ebuild uses an EAPI that layout.conf `eapis-banned` bans in this repository.',
        docs: 'Portage refuses to use an ebuild whose EAPI the repository bans, so the version is not installable from this repository.',
        fix: 'Port the ebuild to a current EAPI (8).',
    },
    'eapi-deprecated': {
        severity: 'warning',
        meaning: 'The ebuild uses an EAPI that layout.conf `eapis-deprecated` deprecates in this repository.',
        docs: 'The ebuild still works, but the repository has announced that this EAPI will be banned; pkgcheck warns about it too.',
        fix: 'Port the ebuild to a current EAPI (8).',
    },
    'rust-slot-not-per-version': {
        severity: 'error',
        meaning: 'dev-lang/rust or rust-bin has a SLOT that is not its own version.',
        docs: '::gentoo slots dev-lang/rust and dev-lang/rust-bin per version (`SLOT="${PV%%_*}"`, e.g. 1.75.0 for ' +
            '1.75.0-r1): eselect-rust, rust.eclass and dependencies such as `dev-lang/rust:1.75.0` rely on it. An ' +
            'overlay ebuild with another SLOT collides with ::gentoo\'s slots and breaks those dependencies.',
        fix: 'Use `SLOT="${PV%%_*}"` like ::gentoo.',
    },
    'ebuild-eclass-missing': {
        severity: 'error',
        meaning: 'An ebuild inherits an eclass that neither its repository nor its masters have.',
        docs: 'Portage sources an ebuild with the eclasses of its own repository\'s eclass/ and of the masters named in ' +
            'metadata/layout.conf. When `inherit` names an eclass none of them has, inherit() dies, metadata generation ' +
            'fails, and emerge never considers that version ("masked by: corruption") — checked with Portage run from ' +
            'its source. Reported only when every master is among the configured repositories, so that "not found" is ' +
            'certain.',
        fix: 'Add the eclass to the repository\'s eclass/, list the repository that has it in `masters`, or fix the inherit line.',
    },
    'ebuild-dies-global': {
        severity: 'error',
        meaning: 'Sourcing the ebuild runs `die` at global scope (in the ebuild or an eclass it inherits).',
        docs: 'Portage sources every ebuild, with its eclasses, to generate its metadata. A `die` reached at global scope — ' +
            'an eclass\'s `case ${EAPI} in 7|8) ;; *) die …` for an EAPI it does not support, a variable an eclass ' +
            'needs before inherit — stops that, so emerge never considers the version ("masked by: corruption"). ' +
            'Reported only when the path to `die` is decided statically.',
        fix: 'Use an EAPI the eclass supports, or set what the eclass requires before `inherit`.',
    },
    'ebuild-slot-missing': {
        severity: 'error',
        meaning: 'Neither the ebuild nor an eclass it inherits sets SLOT.',
        docs: 'SLOT is mandatory metadata. Portage rejects an ebuild whose SLOT is empty after sourcing it with all its ' +
            'eclasses (acct-user, for instance, defaults it with `: ${SLOT:=0}`), so emerge never considers that version — ' +
            'checked with Portage run from its source. Reported only when every inherited eclass was read.',
        fix: 'Set SLOT="0" (or the slot the package needs).',
    },
    'ebuild-slot-invalid': {
        severity: 'error',
        meaning: 'SLOT is not a valid slot (PMS: `[A-Za-z0-9_][A-Za-z0-9+_.-]*`, or `slot/subslot` from EAPI 5).',
        docs: 'A slot name may contain only `[A-Za-z0-9+_.-]` and must not begin with `-`, `.` or `+`; from EAPI 5 SLOT may ' +
            'be `slot/subslot`, both parts slot names (PMS 3.1.3). Portage reads SLOT as the shell would echo it (spaces ' +
            'and newlines around a word are dropped, so `SLOT=" 0 "` is `0`, but `SLOT="0 1"` or a newline between two ' +
            'words is not one slot) and refuses any other value: emerge masks the version ("masked by: invalid: SLOT: ' +
            'invalid value") and never picks it. The same holds for a SLOT in a metadata/md5-cache entry. Checked with ' +
            'Portage run from its source; its portdbapi `xmatch` alone does not check SLOT, emerge does.',
        fix: 'Set SLOT to one slot name, e.g. SLOT="0", or SLOT="0/${PV}" for a sub-slot (EAPI 5 or later).',
    },
    'metadata-xml-missing': {
        severity: 'warning',
        meaning: 'A package directory has no metadata.xml.',
        docs: 'metadata.xml names the maintainers and upstream of a package. pkgcheck reports a missing one as an error ' +
            'only for the gentoo repository itself (GURU lacks some), so here it is a warning by default; setup-overlay ' +
            'and sync-guru can raise or silence it.',
        fix: 'Add metadata.xml with a <maintainer>.',
    },
    'manifest-unreadable': {
        severity: 'error',
        meaning: 'A package Manifest exists but cannot be read.',
        docs: 'Without the Manifest, emerge cannot verify the distfiles of the package and refuses to fetch them.',
        fix: 'Check the file and its permissions.',
    },
    'manifest-missing': {
        severity: 'error',
        meaning: 'A package has no Manifest although it needs one.',
        docs: 'Every package whose SRC_URI fetches something needs a DIST entry per distfile, and a repository without ' +
            'thin manifests needs a Manifest for every package. emerge refuses to fetch or build a package whose ' +
            'Manifest is missing (use-manifests = strict, the default).',
        fix: REGEN_MANIFEST,
    },
    'manifest-missing-dist': {
        severity: 'error',
        meaning: 'An ebuild fetches a file that has no DIST entry in the Manifest.',
        docs: 'emerge verifies every distfile against its DIST line (size and hashes) and refuses to fetch a file the ' +
            'Manifest does not list, so the ebuild cannot be built. The distfiles are read from SRC_URI (md5-cache or ' +
            'the ebuild, with `->` renames and USE conditionals).',
        fix: REGEN_MANIFEST,
    },
    'manifest-unused-dist': {
        severity: 'notice',
        meaning: 'The Manifest has DIST entries that no ebuild of the package fetches.',
        docs: 'Left over from removed versions: harmless, but noise in the Manifest. Only reported when every ebuild\'s distfiles are known.',
        fix: REGEN_MANIFEST,
    },
    'category-unlisted': {
        severity: 'warning',
        meaning: 'A category with ebuilds is listed in no repository\'s profiles/categories.',
        docs: 'Portage collects ebuilds only from categories in the union of every configured repository\'s ' +
            'profiles/categories. Ebuilds in an unlisted category are silently ignored: emerge says the package does ' +
            'not exist.',
        fix: 'Add the category to the repository\'s profiles/categories.',
    },
    'src-uri-not-static': {
        severity: 'notice',
        meaning: 'Some ebuilds build SRC_URI from values only known when the ebuild runs; their DIST entries were not checked.',
        docs: 'Without metadata/md5-cache, SRC_URI is read from the ebuild text; a value that depends on an eclass ' +
            'function or on shell logic the reader cannot follow is unknown, so whether the Manifest covers it was not ' +
            'checked rather than guessed.',
        fix: 'Provide metadata/md5-cache (`egencache --update`) so the real SRC_URI is known.',
    },
    // ---- Manifest ----------------------------------------------------------------------------------------------
    'manifest-malformed-line': {
        severity: 'error',
        meaning: 'A Manifest line is not `TYPE filename size HASHNAME hex …`.',
        docs: 'A Manifest line is `TYPE filename size (HASHNAME hexdigest)+` with TYPE one of DIST, EBUILD, AUX, MISC. ' +
            'Portage refuses a Manifest it cannot parse, so every file of the package fails verification.',
        fix: REGEN_MANIFEST,
    },
    'manifest-missing-hash': {
        severity: 'error',
        meaning: 'Manifest entries lack a hash that the repository requires (one finding per Manifest, at the first such entry).',
        docs: 'layout.conf manifest-required-hashes (default: all of manifest-hashes; BLAKE2B in ::gentoo and GURU) ' +
            'lists the hashes every entry must carry; Portage refuses an entry without them.',
        fix: REGEN_MANIFEST,
    },
    'manifest-not-thin': {
        severity: 'warning',
        meaning: 'A thin Manifest carries EBUILD, AUX or MISC lines.',
        docs: 'With `thin-manifests = true` (git overlays) only DIST lines belong in a Manifest: git already guarantees the other files, and the extra lines go stale with every commit.',
        fix: 'Drop the EBUILD/AUX/MISC lines (regenerate the Manifest).',
    },
    'manifest-duplicate-dist': {
        severity: 'error',
        meaning: 'A distfile is listed twice in the Manifest with different size or hashes.',
        docs: 'Portage cannot know which of two different entries to trust for one file, so verifying it fails. Two ' +
            'identical lines are only a notice (harmless duplication).',
        fix: REGEN_MANIFEST,
    },
    'manifest-unknown-hash': {
        severity: 'warning',
        meaning: 'Manifest entries carry a hash name Portage does not know (one finding per Manifest and name, at the first).',
        docs: 'The unknown digest is ignored; the entry is verified with the hashes that are known, if any.',
        fix: REGEN_MANIFEST,
    },
    'manifest-bad-digest': {
        severity: 'error',
        meaning: 'A digest in the Manifest has the wrong length or is not hexadecimal.',
        docs: 'Each hash has a fixed length (BLAKE2B and SHA512: 128 hex digits); a shorter or non-hex value usually means a truncated line or a hand edit, and the file can never verify.',
        fix: REGEN_MANIFEST,
    },
    'manifest-deprecated-hash': {
        severity: 'warning',
        meaning: 'Manifest entries carry a deprecated hash (one finding per Manifest and hash, at the first such entry).',
        docs: 'MD5, RMD160, SHA1 and WHIRLPOOL are deprecated; ::gentoo and GURU write BLAKE2B and SHA512.',
        fix: 'Regenerate the Manifest with BLAKE2B and SHA512.',
    },
    'manifest-unsafe-name': {
        severity: 'error',
        meaning: 'A DIST name is not a plain file name (it has a slash or is `.` / `..`).',
        docs: 'Distfiles live flat in DISTDIR; a name with a path separator would make a verifier read a file outside ' +
            'DISTDIR. The entry is not read, and Portage would not fetch it either.',
        fix: 'Use a plain file name (SRC_URI `-> name` renames the download).',
    },
    'distfile-missing': {
        severity: 'notice',
        meaning: 'A distfile named in the Manifest is not in the given DISTDIR, so it was not verified.',
        docs: 'Sizes and hashes are checked only for distfiles present in the `distdir` input; absent ones are reported so a reader knows what was not covered.',
        fix: 'Fetch the distfile into DISTDIR (or ignore: nothing is wrong with the Manifest).',
    },
    'distfile-unreadable': {
        severity: 'error',
        meaning: 'A distfile in DISTDIR could not be read to verify it.',
        docs: 'The file exists but reading it failed, so its size and hashes could not be compared with the Manifest.',
        fix: 'Check the file and its permissions.',
    },
    'distfile-mismatch': {
        severity: 'error',
        meaning: 'A distfile\'s size or hashes differ from its Manifest entry.',
        docs: 'emerge refuses a distfile whose size or BLAKE2B/SHA512 digest differs from the Manifest: either upstream ' +
            're-rolled the tarball or the file was tampered with. The finding shows expected and actual values and the ' +
            'Manifest line that matches the file on disk.',
        fix: 'If the new file is the right one, replace the DIST line with the one given in the finding; otherwise fetch the file again.',
    },
    // ---- metadata/md5-cache --------------------------------------------------------------------------------------
    'md5-cache-malformed-line': {
        severity: 'warning',
        meaning: 'An md5-cache line is not `KEY=value`, or `_eclasses_` is not name/md5 pairs.',
        docs: 'md5-cache entries are sorted `KEY=value` lines with `_eclasses_` as tab-separated name/md5 pairs; a line that does not fit is skipped.',
        fix: 'Regenerate the cache (`egencache --update`).',
    },
    'md5-cache-unknown-key': {
        severity: 'notice',
        meaning: 'An md5-cache entry has a key that is not a metadata key.',
        docs: 'The cache holds DEPEND, RDEPEND, SLOT, SRC_URI, KEYWORDS, EAPI and the other metadata keys plus `_eclasses_` and `_md5_`; another key is ignored.',
        fix: 'Regenerate the cache (`egencache --update`).',
    },
    'md5-cache-bad-md5': {
        severity: 'warning',
        meaning: 'The `_md5_` of an md5-cache entry is not 32 hex digits.',
        docs: 'Without a valid `_md5_` the entry cannot be matched to its ebuild, so it is not trusted and the ebuild is read instead.',
        fix: 'Regenerate the cache (`egencache --update`).',
    },
    // ---- the user's package.* configuration -------------------------------------------------------------------------
    'accept-keywords-empty': {
        severity: 'error',
        meaning: 'The accept-keywords input accepts no keyword at all.',
        docs: 'ACCEPT_KEYWORDS decides which KEYWORDS make an ebuild visible; with none accepted (empty, or only removals ' +
            'such as `-*`) no ebuild could ever be picked, so every "what would emerge pick" answer would be empty.',
        fix: "Give e.g. 'amd64', '~amd64' or '-* ~amd64'.",
    },
    'accept-keywords-bad-token': {
        severity: 'error',
        meaning: 'A keyword token is not a keyword.',
        docs: 'Keyword tokens are `arch` (stable), `~arch` (testing), `*`, `~*`, `**` (anything, even unkeyworded) and the removals `-*` / `-arch`; anything else is refused by Portage.',
        fix: 'Use one of the keyword forms, e.g. `~amd64`.',
    },
    'accept-keywords-unknown-keyword': {
        severity: 'warning',
        meaning: 'A keyword names an architecture Gentoo does not know.',
        docs: 'A keyword for an arch that is not in profiles/arch.list never matches any ebuild\'s KEYWORDS, so it accepts nothing: usually a typo (`amd46`).',
        fix: 'Use an arch from profiles/arch.list (amd64, arm64, x86, …).',
    },
    'package-config-bad-atom': {
        severity: 'error',
        meaning: 'A package.* line is not a valid atom; the line is ignored.',
        docs: 'package.mask, package.unmask and package.accept_keywords take one atom per line (`=dev-lang/rust-1.75.0-r1`, ' +
            '`>=dev-lang/rust-1.75`, `dev-lang/rust::gentoo`); Portage skips a line it cannot parse, so the mask or ' +
            'keyword the line meant never applies.',
        fix: 'Write one valid atom per line.',
    },
    'package-config-negation': {
        severity: 'error',
        meaning: 'A `-atom` line in /etc/portage; removals only work in profiles.',
        docs: 'A leading `-` removes an entry inherited from a parent profile; in the user\'s package.mask or package.unmask it means nothing and Portage ignores the line.',
        fix: 'To undo a mask, put the atom in package.unmask instead.',
    },
    'package-config-extra-token': {
        severity: 'error',
        meaning: 'A package.mask or package.unmask line has more than one word; the line is ignored.',
        docs: 'These files take exactly one atom per line; keywords after an atom belong in package.accept_keywords. Portage ignores the whole line.',
        fix: 'One atom per line; move keywords to package.accept_keywords.',
    },
    // ---- repos.conf and priorities ---------------------------------------------------------------------------------
    'repos-conf-duplicate-section': {
        severity: 'warning',
        meaning: 'A repos.conf file has the same [section] twice.',
        docs: 'Portage reads repos.conf with Python\'s configparser, which in its default strict mode raises an error for a section repeated within one file: the file is refused rather than the two sections merged.',
        fix: 'Merge the two sections into one.',
    },
    'repos-conf-syntax': {
        severity: 'error',
        meaning: 'A repos.conf line is neither `key = value` nor a [section] header, or comes before any section.',
        docs: 'repos.conf is an INI file read by configparser: every setting sits under a `[repository]` or `[DEFAULT]` header. A line that does not fit makes Portage refuse the file.',
        fix: 'Write `key = value` under a section header.',
    },
    'repos-conf-unknown-key': {
        severity: 'notice',
        meaning: 'A repos.conf key Portage does not know; it is ignored.',
        docs: 'Known keys include location, priority, masters, sync-type, sync-uri, auto-sync, sync-depth and sync-git-verify-commit-signature; an unknown key (often a typo) has no effect.',
        fix: 'Check the spelling against portage(5), or remove the key.',
    },
    'repos-conf-invalid-name': {
        severity: 'error',
        meaning: 'A repos.conf section name is not a valid repository name, so Portage drops it.',
        docs: 'Section names are repository names: `[A-Za-z0-9_-]`, not starting with `-`, not ending in `-<version>`.',
        fix: 'Rename the section to the repository\'s profiles/repo_name.',
    },
    'repos-conf-missing-location': {
        severity: 'error',
        meaning: 'A repos.conf section has no `location`, so Portage drops the repository.',
        docs: '`location` is the one required key: without it Portage does not know where the repository is and leaves it out entirely.',
        fix: "Add 'location = /var/db/repos/<name>'.",
    },
    'repos-conf-relative-location': {
        severity: 'warning',
        meaning: 'A repos.conf `location` is not an absolute path.',
        docs: 'A relative location resolves against whatever directory emerge happens to run in, so the repository is found or not depending on the caller.',
        fix: 'Use an absolute path.',
    },
    'repos-conf-name-mismatch': {
        severity: 'error',
        meaning: 'A repos.conf section name differs from the repository\'s profiles/repo_name, so Portage drops it.',
        docs: 'Portage matches each section with the repository at its location by name; when profiles/repo_name says something else (or is missing), the repository is not used at all.',
        fix: 'Rename the section to the repo_name, or fix profiles/repo_name.',
    },
    'repos-conf-bad-priority': {
        severity: 'error',
        meaning: 'A repos.conf `priority` is not an integer (or too large to compare exactly).',
        docs: 'Portage ignores a priority it cannot read as an integer and falls back to the default (0, or -1000 for the main repository), which changes which repository wins ties.',
        fix: 'Give an integer priority; a higher number wins.',
    },
    'repos-conf-bad-value': {
        severity: 'error',
        meaning: 'A repos.conf `sync-depth` / `clone-depth` is not a non-negative integer.',
        docs: 'The depth of a git sync must be a non-negative integer (0 = full history, default 1).',
        fix: 'Give a non-negative integer.',
    },
    'repos-conf-main-repo-missing': {
        severity: 'warning',
        meaning: '`main-repo` names a repository that has no usable section.',
        docs: 'The main repository (normally gentoo) provides eclasses, profiles and the `masters = gentoo` of every overlay; without it overlays cannot source their ebuilds.',
        fix: 'Add a section for the main repository, or fix `main-repo`.',
    },
    'precedence-unknown-repo': {
        severity: 'warning',
        meaning: 'The declared precedence names a repository that is not configured.',
        docs: 'The precedence (e.g. `regicide-rust > guru > gentoo`) can only be checked for repositories repos.conf has; a name that is not there is usually a typo.',
        fix: 'Name only configured repositories in the precedence.',
    },
    'priority-inverted': {
        severity: 'error',
        meaning: 'The priorities make a repository win ties that the declared precedence puts lower.',
        docs: 'In repos.conf a HIGHER priority wins, and only between identical versions; equal priorities are ordered ' +
            'by name (the later name wins). `[guru] priority = 20` with `[regicide-rust] priority = 10` makes GURU win, ' +
            'the opposite of "regicide-rust overrides GURU". The finding gives priorities that express the precedence. ' +
            'There is one finding per repository that wins ties it should lose: at the highest-declared repository it ' +
            'overrides, naming up to five of the others and counting the rest.',
        fix: 'Use the suggested priorities (e.g. regicide-rust = 100, guru = 50, gentoo left at -1000).',
    },
    'priority-tie-by-name': {
        severity: 'notice',
        meaning: 'Two repositories share a priority and the precedence holds only because of their names.',
        docs: 'Portage orders equal priorities by repository name (the later name wins ties); the intended order holds by accident and breaks on a rename. One notice per repository, naming the others it ties with.',
        fix: 'Give the repositories distinct priorities.',
    },
    // ---- what emerge would pick ----------------------------------------------------------------------------------------
    'no-visible-ebuild': {
        severity: 'warning',
        meaning: 'emerge would find no visible ebuild of a package: every candidate is masked or not keyworded.',
        docs: 'Visibility: an ebuild must not be masked and one of its KEYWORDS must be accepted (ACCEPT_KEYWORDS plus ' +
            'matching package.accept_keywords entries; `amd64` stable, `~amd64` testing, empty KEYWORDS only with ' +
            '`**`). With no visible candidate emerge fails with "masked by" for the package.',
        fix: 'Accept the keyword in package.accept_keywords, or unmask the version.',
    },
    'explain-bad-atom': {
        severity: 'error',
        meaning: 'An entry of the explain input is neither category/package nor a valid atom.',
        docs: 'setup-overlay explains which ebuild emerge would pick for each entry; one it cannot parse is skipped.',
        fix: 'Give category/package (dev-lang/rust) or an atom (>=dev-lang/rust-1.75::gentoo).',
    },
    'package-shadowed': {
        severity: 'warning',
        meaning: 'emerge would pick another repository\'s ebuild for a package the highest-precedence repository carries.',
        docs: 'Portage sorts candidates by version first and priority second: priority only decides between identical ' +
            'versions, so a newer version in ::gentoo always beats an older one in an overlay. For the same version, ' +
            'a higher priority elsewhere wins.',
        fix: 'For the same version raise the overlay\'s priority; against a newer version mask the competitor (package.mask) or ask for `<pkg>::<overlay>` explicitly.',
    },
    'pick-changed-by-priorities': {
        severity: 'warning',
        meaning: 'With the configured priorities emerge would pick a different ebuild than with the corrected ones.',
        docs: 'The priorities written to repos.conf express the declared precedence; this finding shows a package whose pick the configured (inverted) priorities would change.',
        fix: 'Use the written priorities in your own repos.conf.',
    },
    'accept-keywords-pins-nothing': {
        severity: 'warning',
        meaning: 'A versioned package.accept_keywords entry does not select that version.',
        docs: '`=dev-lang/rust-1.75.0-r1 ~amd64` only accepts a keyword, for that version in ANY repository; it does not ' +
            'make emerge pick it. A newer visible version still wins. The finding names what emerge picks instead.',
        fix: 'Mask the competitors (package.mask: `>dev-lang/rust-1.75.0-r1` or `dev-lang/rust::gentoo`), or request `dev-lang/rust::<repo>` explicitly.',
    },
    // ---- profiles/updates ------------------------------------------------------------------------------------------------
    'updates-malformed-line': {
        severity: 'warning',
        meaning: 'A profiles/updates line is not a valid `move` or `slotmove`.',
        docs: 'profiles/updates/<quarter>Q-<year> records package moves (`move <cat/old> <cat/new>`) and slot moves (`slotmove <atom> <old> <new>`); Portage skips a line it cannot parse, so that move is not applied.',
        fix: 'Fix the line to one of the two forms.',
    },
    'updates-bad-file-name': {
        severity: 'warning',
        meaning: 'A file in profiles/updates is not named `<quarter>Q-<year>`; Portage ignores it.',
        docs: 'Portage reads update files in chronological order from their names (`1Q-2024`, `2Q-2024`, …); a file named otherwise is never applied.',
        fix: 'Rename the file to `<quarter>Q-<year>`.',
    },
    // ---- setting up repositories (setup-overlay) ---------------------------------------------------------------------------
    'repo-dest-not-checkout': {
        severity: 'error',
        meaning: 'The clone destination exists and is not a git checkout; it is not replaced.',
        docs: 'A successful sync swaps the new clone into `<repos-dir>/<name>`. A directory there that is not a git ' +
            'checkout (and not empty) is someone\'s data, so setup-overlay leaves it alone and does not write a ' +
            'repos.conf that would point at it.',
        fix: 'Point repos-dir at a folder of its own (the default is under runner.temp), or remove that directory.',
    },
    'repo-sync-failed': {
        severity: 'error',
        meaning: 'A repository could not be cloned or fetched.',
        docs: 'Transient errors are retried with backoff (input retries); after the last attempt the previous checkout, ' +
            'if any, is kept untouched and validated instead. Credentials in the uri never appear in the message.',
        fix: 'Check the uri and ref.',
    },
    'repo-subdir-missing': {
        severity: 'error',
        meaning: 'The `subdir` of a repository does not exist in its checkout.',
        docs: 'An overlay can live inside a larger repository (RegicideOS keeps `overlays/regicide-rust/` in its main repo); when that folder is not in the checked-out ref there is no overlay to configure.',
        fix: 'Fix `subdir`, or the ref that should contain it.',
    },
    'repos-conf-not-written': {
        severity: 'error',
        meaning: 'repos.conf was not written because some repository has no usable checkout.',
        docs: 'A repos.conf that points at missing repositories would break every later emerge, so nothing is written until every repository is usable.',
        fix: 'Fix the sync errors reported beside this finding.',
    },
    'package-config-not-written': {
        severity: 'warning',
        meaning: 'A package.* input was not written because the config root has a file where a directory is expected.',
        docs: 'setup-overlay writes each package.* input as `<config-root>/<name>/setup-overlay`; when `<name>` is a plain file it is the user\'s, and is not touched.',
        fix: "Append the input's lines to the file yourself, or turn it into a directory.",
    },
    // ---- checking an overlay against its upstreams (sync-guru) ------------------------------------------------------------
    'upstream-sync-failed': {
        severity: 'error',
        meaning: 'An upstream could not be fetched.',
        docs: 'Fetches are retried with exponential backoff and jitter within timeout-minutes (shared by all upstreams). ' +
            'When a previous checkout exists, drift is computed against it and this is only a warning; without one the ' +
            'upstream is left out and the step fails.',
        fix: 'Check the uri and ref; raise retries, backoff-seconds or timeout-minutes for a flaky remote.',
    },
    'upstream-signature': {
        severity: 'error',
        meaning: 'The head commit of an upstream is not signed by a key in the keyring; it is left out.',
        docs: 'With verify-signatures, `git verify-commit` checks each fetched upstream\'s head against the given keys ' +
            'only (a throw-away GNUPGHOME). An unsigned head, an unknown key or a bad signature leaves the upstream out ' +
            'of the drift report and fails the step. When no upstream came from a remote, nothing was verified: a ' +
            'warning rather than a silent pass.',
        fix: 'Add the signing key to `keyring`, or find out why the upstream\'s head is not signed as expected.',
    },
    'upstream-missing': {
        severity: 'error',
        meaning: 'An upstream\'s location is not a directory; it is left out of the drift.',
        docs: 'Drift cannot be computed against a repository that is not there; the step fails so a scheduled check does not report "no drift" against nothing.',
        fix: 'Point location at the checkout (setup-overlay writes it), or remove the repository.',
    },
    'drift-lagging': {
        severity: 'warning',
        meaning: 'Upstream has a newer version than the overlay.',
        docs: 'The overlay carries an older version than GURU or ::gentoo; the finding says how many versions (and days, with git history) it is behind.',
        fix: 'Bump the overlay ebuild, or drop it if upstream\'s is enough.',
    },
    'drift-revision-bump': {
        severity: 'warning',
        meaning: 'Upstream has a newer revision of the overlay\'s version.',
        docs: 'A revision bump (`-r1` → `-r2`) usually carries a fix (dependencies, patches, security) the overlay copy lacks.',
        fix: 'Pick up upstream\'s changes in the overlay ebuild.',
    },
    'drift-content-differs': {
        severity: 'warning',
        meaning: 'The same version upstream has different ebuild content.',
        docs: 'Same cpv, different text: one side changed without a revision bump, so users of the two repositories build different things under one name.',
        fix: 'Reconcile the two ebuilds (and bump the revision of the one that changed).',
    },
    'drift-identical': {
        severity: 'notice',
        meaning: 'The overlay carries an ebuild identical to upstream\'s.',
        docs: 'An exact copy of an upstream ebuild only adds maintenance: upstream\'s would be used anyway (or the overlay\'s shadows it for no reason).',
        fix: 'Consider dropping the copy from the overlay.',
    },
    'drift-removed': {
        severity: 'warning',
        meaning: 'Upstream removed a version or package the overlay still carries.',
        docs: 'Evidence comes from the previous checkout or git history (the commit that removed it). Upstream removals are often security or breakage related.',
        fix: 'Check why upstream removed it; drop or keep it deliberately.',
    },
    'drift-moved': {
        severity: 'warning',
        meaning: 'Upstream moved the package to a new name (profiles/updates).',
        docs: 'A `move` (or `slotmove`) in upstream\'s profiles/updates renames the package (or its slot); the overlay\'s copy under the old name no longer overrides or tracks it.',
        fix: 'Move the overlay package to the new name.',
    },
    'drift-new-slot': {
        severity: 'notice',
        meaning: 'Upstream has a slot the overlay does not carry.',
        docs: 'A new slot (e.g. a new dev-lang/rust version slot) may be worth carrying in the overlay too.',
        fix: 'Add the slot to the overlay if its users need it.',
    },
    'drift-shadowed': {
        severity: 'warning',
        meaning: 'emerge would pick upstream\'s ebuild over the overlay\'s.',
        docs: 'Version first, priority second: a newer upstream version, or the same version in a repository with a higher priority, wins, so the overlay\'s ebuild is never installed.',
        fix: 'Bump the overlay ebuild, raise its priority for the same version, or mask the competitor.',
    },
});

// EXTERNAL MODULE: ./shared/gentoo/version.ts
var gentoo_version = __webpack_require__(1555);
;// CONCATENATED MODULE: ./shared/gentoo/atom.ts
/**
 * Package dependency specifications ("atoms", PMS §8.3) as written in config files and dependencies:
 * `[!|!!][op]category/package[-version][*][:slot][::repo][[use,deps]]`.
 *
 * Error handling: `parseAtom` never throws; it returns `{ ok: false, error }` with a sentence that names the
 * offending part and the expected form, so config parsers can turn it into a Finding with file and line.
 * `requireAtom` is the throwing variant (ConfigurationError) for single values such as action inputs.
 */


const OPERATOR_RE = /^(<=|>=|<|>|=|~)/;
const SLOT_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_FLAG_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;
const WILDCARD_NAME_RE = /^[A-Za-z0-9_*][A-Za-z0-9+_.*-]*$/;
function atom_parseAtom(text, options = {}) {
    const { allowRepo = true, allowBlocker = true, allowWildcard = false } = options;
    const fail = (why) => ({ ok: false, error: `Invalid atom '${text}': ${why}` });
    if (text === '')
        return { ok: false, error: 'Invalid atom: empty. Expected category/package, e.g. dev-lang/rust.' };
    if (/\s/.test(text))
        return fail('contains whitespace; one atom is one word.');
    let rest = text;
    let blocker;
    if (rest.startsWith('!!')) {
        blocker = 'strong';
        rest = rest.slice(2);
    }
    else if (rest.startsWith('!')) {
        blocker = 'weak';
        rest = rest.slice(1);
    }
    if (blocker) {
        if (!allowBlocker)
            return fail('blockers (! and !!) are not allowed here.');
        if (rest.startsWith('!'))
            return fail("too many '!': a blocker is '!' (weak) or '!!' (strong).");
    }
    let operator;
    const op = OPERATOR_RE.exec(rest);
    if (op) {
        operator = op[1];
        rest = rest.slice(op[1].length);
        if (OPERATOR_RE.test(rest))
            return fail(`more than one operator; expected one of < <= = >= > ~ before the category.`);
    }
    // USE dependencies come last: cat/pkg-ver:slot::repo[use]
    let useDeps = [];
    const bracket = rest.indexOf('[');
    if (bracket !== -1) {
        if (!rest.endsWith(']'))
            return fail("unterminated or misplaced USE dependency: '[...]' must close the atom.");
        const inner = rest.slice(bracket + 1, -1);
        if (inner.includes('[') || inner.includes(']'))
            return fail("nested or repeated '[...]'; write all USE dependencies in one list.");
        const parsed = parseUseDeps(inner);
        if (typeof parsed === 'string')
            return fail(parsed);
        useDeps = parsed;
        rest = rest.slice(0, bracket);
    }
    else if (rest.includes(']')) {
        return fail("']' without '['.");
    }
    let repo;
    const dc = rest.indexOf('::');
    if (dc !== -1) {
        repo = rest.slice(dc + 2);
        rest = rest.slice(0, dc);
        if (!allowRepo)
            return fail('a repository (::name) is only allowed in configuration files.');
        if (repo === '')
            return fail("empty repository name after '::'.");
        if (!(0,gentoo_version/* isValidRepoName */.i1)(repo))
            return fail(`invalid repository name '${repo}'; expected [A-Za-z0-9_][A-Za-z0-9_-]*.`);
    }
    let slot;
    const colon = rest.indexOf(':');
    if (colon !== -1) {
        const s = parseSlotDep(rest.slice(colon + 1));
        if (typeof s === 'string')
            return fail(s);
        slot = s;
        rest = rest.slice(0, colon);
    }
    const parts = rest.split('/');
    if (parts.length !== 2) {
        return fail(parts.length === 1
            ? `missing category; expected category/package, e.g. dev-lang/${rest || 'rust'}.`
            : `more than one '/'; expected category/package.`);
    }
    const category = parts[0];
    let pv = parts[1];
    if (category === '')
        return fail("empty category before '/'.");
    if (pv === '')
        return fail("empty package name after '/'.");
    if (pv.endsWith('*') && operator !== undefined) {
        if (operator !== '=')
            return fail(`a trailing '*' is only allowed with '=' (e.g. =${category}/${pv}), not with '${operator}'.`);
        pv = pv.slice(0, -1);
        operator = '=*';
    }
    const wildName = (n) => allowWildcard && n.includes('*');
    if (wildName(category)) {
        if (!WILDCARD_NAME_RE.test(category))
            return fail(`invalid category '${category}'.`);
    }
    else if (!(0,gentoo_version/* isValidCategoryName */.wo)(category)) {
        return fail(`invalid category '${category}'; expected [A-Za-z0-9_][A-Za-z0-9+_.-]*.`);
    }
    let pkg;
    let version;
    if (operator !== undefined) {
        if (wildName(pv))
            return fail('a package name with a wildcard cannot take a version.');
        const split = (0,gentoo_version/* splitPackageVersion */.Bz)(pv);
        if (!split) {
            return fail((0,gentoo_version/* isValidPackageName */.eW)(pv)
                ? `operator '${operator === '=*' ? '=' : operator}' needs a version: expected ${opText(operator)}${category}/${pv}-<version>.`
                : `cannot split '${pv}' into package-version; expected e.g. ${opText(operator)}${category}/rust-1.75.0-r1.`);
        }
        pkg = split.name;
        version = split.version;
        if (operator === '~' && version.revision !== '' && /[^0]/.test(version.revision)) {
            return fail(`'~' matches every revision, so a revision (-r${version.revision}) makes no sense; drop it.`);
        }
    }
    else {
        if (wildName(pv)) {
            // `dev-lang/rust-1*` is a version glob missing its '=', not a name pattern.
            if (pv.endsWith('*') && (0,gentoo_version/* splitPackageVersion */.Bz)(pv.slice(0, -1))) {
                return fail(`a trailing '*' after a version needs '=': write =${category}/${pv}.`);
            }
            if (!WILDCARD_NAME_RE.test(pv))
                return fail(`invalid package name '${pv}'.`);
        }
        else if (!(0,gentoo_version/* isValidPackageName */.eW)(pv)) {
            const split = (0,gentoo_version/* splitPackageVersion */.Bz)(pv);
            if (split) {
                return fail(`version '${split.version.text}' without an operator; write =${category}/${pv} for exactly this version (or >=, <=, <, >, ~).`);
            }
            if (pv.endsWith('*'))
                return fail(`a trailing '*' needs '=' and a version, e.g. =${category}/${pv.slice(0, -1)}-1*.`);
            return fail(`invalid package name '${pv}'; expected [A-Za-z0-9_][A-Za-z0-9+_-]* not ending in -<version>.`);
        }
        pkg = pv;
    }
    const atom = { text, category, package: pkg, useDeps };
    if (blocker)
        atom.blocker = blocker;
    if (operator)
        atom.operator = operator;
    if (version)
        atom.version = version;
    if (slot)
        atom.slot = slot;
    if (repo !== undefined)
        atom.repo = repo;
    return { ok: true, atom };
}
function opText(op) {
    return op === '=*' ? '=' : op;
}
function parseSlotDep(s) {
    if (s === '')
        return "empty slot after ':'; expected :SLOT, :SLOT/SUBSLOT, :*, := or :SLOT=.";
    if (s === '*')
        return { kind: 'any' };
    if (s === '=')
        return { kind: 'rebuild' };
    let body = s;
    let rebuild = false;
    if (body.endsWith('=')) {
        rebuild = true;
        body = body.slice(0, -1);
    }
    if (body.includes(':'))
        return `unexpected ':' in slot '${s}' (a repository is written '::name').`;
    const [slot, subslot, ...more] = body.split('/');
    if (more.length)
        return `slot '${s}' has more than one '/'; expected SLOT/SUBSLOT.`;
    if (!SLOT_NAME_RE.test(slot))
        return `invalid slot '${slot}' in ':${s}'; expected [A-Za-z0-9_][A-Za-z0-9+_.-]*.`;
    if (subslot !== undefined && !SLOT_NAME_RE.test(subslot))
        return `invalid sub-slot '${subslot}' in ':${s}'.`;
    const dep = { kind: 'named', slot, rebuild };
    if (subslot !== undefined)
        dep.subslot = subslot;
    return dep;
}
function parseUseDeps(inner) {
    if (inner === '')
        return "empty USE dependency list '[]'.";
    const out = [];
    for (const raw of inner.split(',')) {
        if (raw === '')
            return `empty entry in USE dependency list '[${inner}]' (stray comma).`;
        let t = raw;
        let bang = false;
        let minus = false;
        if (t.startsWith('!')) {
            bang = true;
            t = t.slice(1);
        }
        else if (t.startsWith('-')) {
            minus = true;
            t = t.slice(1);
        }
        let conditional;
        if (t.endsWith('=') || t.endsWith('?')) {
            conditional = t.slice(-1);
            t = t.slice(0, -1);
        }
        let missingDefault;
        const d = /\(([+-])\)$/.exec(t);
        if (d) {
            missingDefault = d[1];
            t = t.slice(0, -3);
        }
        if (!USE_FLAG_RE.test(t))
            return `invalid USE flag '${t}' in '[${inner}]'.`;
        if (bang && !conditional)
            return `'!${t}' needs '=' or '?' ('!${t}=' or '!${t}?'); to require it disabled write '-${t}'.`;
        if (minus && conditional)
            return `'-${t}${conditional}' mixes '-' with '${conditional}'; write '-${t}' or '!${t}${conditional}'.`;
        const dep = { flag: t, enabled: !bang && !minus };
        if (conditional)
            dep.conditional = conditional;
        if (missingDefault)
            dep.missingDefault = missingDefault;
        out.push(dep);
    }
    return out;
}
/** Throwing variant of parseAtom (ConfigurationError), e.g. for an action input. */
/**
 * A list of atoms as a person writes it: one per line, or separated by commas or spaces — but a comma inside a
 * USE dependency (`dev-lang/rust[clippy,rustfmt]`) belongs to the atom. `#` starts a comment.
 */
function splitAtomList(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        let cur = '';
        let depth = 0;
        const push = () => {
            if (cur)
                out.push(cur);
            cur = '';
        };
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '#' && depth === 0 && cur === '')
                break;
            if (c === '[')
                depth++;
            else if (c === ']')
                depth = Math.max(0, depth - 1);
            if (depth === 0 && (c === ',' || /\s/.test(c)))
                push();
            else
                cur += c;
        }
        push();
    }
    return out;
}
function requireAtom(text, options) {
    const r = atom_parseAtom(text, options);
    if (!r.ok)
        throw new ConfigurationError(r.error);
    return r.atom;
}
/** Canonical text of an atom. */
function formatAtom(a) {
    let out = a.blocker === 'strong' ? '!!' : a.blocker === 'weak' ? '!' : '';
    if (a.operator)
        out += a.operator === '=*' ? '=' : a.operator;
    out += `${a.category}/${a.package}`;
    if (a.version)
        out += `-${a.version.text}`;
    if (a.operator === '=*')
        out += '*';
    if (a.slot) {
        out += ':';
        if (a.slot.kind === 'any')
            out += '*';
        else if (a.slot.kind === 'rebuild')
            out += '=';
        else
            out += a.slot.slot + (a.slot.subslot !== undefined ? `/${a.slot.subslot}` : '') + (a.slot.rebuild ? '=' : '');
    }
    if (a.repo !== undefined)
        out += `::${a.repo}`;
    if (a.useDeps.length) {
        out +=
            '[' +
                a.useDeps
                    .map((u) => (u.conditional ? (u.enabled ? '' : '!') : u.enabled ? '' : '-') +
                    u.flag +
                    (u.missingDefault ? `(${u.missingDefault})` : '') +
                    (u.conditional ?? ''))
                    .join(',') +
                ']';
    }
    return out;
}
/**
 * Whether `atom` matches a package. USE dependencies are ignored (USE is not known here) and a blocker
 * matches what it blocks. A slot restriction never matches a package whose slot is unknown, and a repo
 * restriction never matches a package with no repo.
 */
function atomMatches(atom, pkg) {
    if (!nameMatches(atom.category, pkg.category) || !nameMatches(atom.package, pkg.package))
        return false;
    if (atom.repo !== undefined && atom.repo !== pkg.repo)
        return false;
    if (atom.operator && atom.version) {
        const v = typeof pkg.version === 'string' ? (0,gentoo_version/* parseVersion */.ot)(pkg.version) : pkg.version;
        if (!v)
            return false;
        if (!versionMatches(atom.operator, atom.version, v))
            return false;
    }
    if (atom.slot && atom.slot.kind === 'named') {
        if (pkg.slot === undefined)
            return false;
        const [slot, sub] = splitSlot(pkg.slot, pkg.subslot);
        if (slot !== atom.slot.slot)
            return false;
        if (atom.slot.subslot !== undefined && sub !== atom.slot.subslot)
            return false;
    }
    return true;
}
function splitSlot(slot, subslot) {
    const i = slot.indexOf('/');
    if (i !== -1)
        return [slot.slice(0, i), subslot ?? slot.slice(i + 1)];
    // PMS: a missing sub-slot equals the slot.
    return [slot, subslot ?? slot];
}
/**
 * A wildcard atom's category or name against a name: `*` is any run of characters. The pieces between stars
 * are plain text, so the earliest place each occurs is the right one. (As a regular expression, each `*` a `.*`,
 * a failing match tried every split: `*a*a*a*a*a*a*a*a*a*b` in a repository's package.mask took 37 s.)
 */
function nameMatches(pattern, name) {
    if (!pattern.includes('*'))
        return pattern === name;
    const pieces = pattern.split('*');
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
        return false;
    let at = first.length;
    const end = name.length - last.length;
    for (let k = 1; k < pieces.length - 1; k++) {
        const piece = pieces[k];
        const found = name.indexOf(piece, at);
        if (found < 0 || found + piece.length > end)
            return false;
        at = found + piece.length;
    }
    return true;
}
function versionMatches(op, want, have) {
    switch (op) {
        case '=':
            return (0,gentoo_version/* compareVersions */.Zy)(have, want) === 0;
        case '~':
            return (0,gentoo_version/* sameVersionIgnoringRevision */.rx)(have, want);
        case '<':
            return (0,gentoo_version/* compareVersions */.Zy)(have, want) < 0;
        case '<=':
            return (0,gentoo_version/* compareVersions */.Zy)(have, want) <= 0;
        case '>':
            return (0,gentoo_version/* compareVersions */.Zy)(have, want) > 0;
        case '>=':
            return (0,gentoo_version/* compareVersions */.Zy)(have, want) >= 0;
        case '=*':
            return globVersionMatches(want.text, have.text);
    }
}
/**
 * `=ver*`: a textual prefix match on component boundaries, as Portage does it (bug 560466): `=1*` matches
 * `1`, `1.2`, `1_rc1`, `1-r3` but not `10`. The first component's leading zeros are ignored on both sides.
 */
function globVersionMatches(prefix, version) {
    const p = normaliseFirstComponent(prefix);
    const v = normaliseFirstComponent(version);
    if (!v.startsWith(p))
        return false;
    const next = v.charAt(p.length);
    if (next === '' || '._-'.includes(next))
        return true;
    return isDigit(p.charAt(p.length - 1)) !== isDigit(next);
}
function normaliseFirstComponent(v) {
    const m = /^0+(?=\d)/.exec(v);
    return m ? v.slice(m[0].length) : v;
}
function isDigit(c) {
    return c >= '0' && c <= '9';
}

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/src-uri.ts
/** Parse SRC_URI text (USE-conditional groups and `->` renames). */
function parseSrcUri(text) {
    const toks = text.split(/\s+/).filter(Boolean);
    const out = [];
    const stack = [];
    const condStack = [];
    let pendingCond = null;
    for (let k = 0; k < toks.length; k++) {
        const t = toks[k];
        if (t.endsWith('?') && toks[k + 1] === '(') {
            pendingCond = t.slice(0, -1);
            continue;
        }
        if (t === '(') {
            condStack.push(pendingCond);
            if (pendingCond !== null)
                stack.push(pendingCond);
            pendingCond = null;
            continue;
        }
        if (t === ')') {
            const c = condStack.pop();
            if (c !== null && c !== undefined)
                stack.pop();
            continue;
        }
        if (t === '->' || t === '||')
            continue;
        let distfile = t.slice(t.lastIndexOf('/') + 1);
        if (toks[k + 1] === '->' && toks[k + 2] !== undefined) {
            distfile = toks[k + 2];
            k += 2;
        }
        if (distfile === '')
            continue;
        out.push({ uri: t, distfile, conditions: [...stack] });
    }
    return out;
}
/** Distfile names SRC_URI fetches (all USE-conditional groups included), in order, without duplicates.
 * undefined when the value is not known statically. */
function srcUriDistfiles(value) {
    if (value === undefined)
        return [];
    let text;
    if (typeof value === 'string')
        text = value;
    else if (value.kind === 'unknown')
        return undefined;
    else
        text = value.kind === 'string' ? value.value : value.values.join(' ');
    // parseSrcUri's walk in one pass over the text, without its entries or its tokens (a cargo ebuild's SRC_URI has
    // hundreds): each word is found in place, with the next one for the lookahead, and only distfile names are sliced
    const seen = new Set();
    let a = wordStart(text, 0);
    let b = a === -1 ? -1 : wordEnd(text, a);
    while (a !== -1) {
        const na = wordStart(text, b);
        const nb = na === -1 ? -1 : wordEnd(text, na);
        const len = b - a;
        const c = text.charCodeAt(a);
        const separator = len === 1 ? c === 40 || c === 41 /* ( ) */ : len === 2 && ((c === 45 && text.charCodeAt(a + 1) === 62) /* -> */ || (c === 124 && text.charCodeAt(a + 1) === 124)) /* || */;
        // `flag? (` opens a group
        const condition = text.charCodeAt(b - 1) === 63 && nb - na === 1 && text.charCodeAt(na) === 40;
        if (!separator && !condition) {
            // `uri -> name`: the name is the distfile, and the walk goes on after it
            if (nb - na === 2 && text.charCodeAt(na) === 45 && text.charCodeAt(na + 1) === 62) {
                const ra = wordStart(text, nb);
                if (ra !== -1) {
                    const rb = wordEnd(text, ra);
                    seen.add(text.slice(ra, rb));
                    a = wordStart(text, rb);
                    b = a === -1 ? -1 : wordEnd(text, a);
                    continue;
                }
            }
            const slash = text.lastIndexOf('/', b - 1);
            const distfile = text.slice(slash >= a ? slash + 1 : a, b);
            if (distfile !== '')
                seen.add(distfile);
        }
        a = na;
        b = nb;
    }
    return [...seen];
}
/** Where the next word starts at or after `i`; -1 when only white space is left. */
function wordStart(text, i) {
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i < text.length ? i : -1;
}
/** Where the word starting at `i` ends (the index after its last character). */
function wordEnd(text, i) {
    while (i < text.length && !isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/** What `/\s/` matches (ASCII and Unicode white space, as `split(/\s+/)` splits on). */
function isSpace(c) {
    if (c < 128)
        return c === 32 || (c >= 9 && c <= 13);
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** A variable's value as one string (arrays joined by spaces); undefined when absent or unknown. */
function valueText(v) {
    if (!v || v.kind === 'unknown')
        return undefined;
    return v.kind === 'string' ? v.value : v.values.join(' ');
}

;// CONCATENATED MODULE: ./shared/gentoo/updates.ts
/**
 * profiles/updates: package moves and slot moves, one file per quarter (`1Q-2024`, …), applied in date order.
 * Lines: `move <cat/old> <cat/new>` and `slotmove <atom> <old-slot> <new-slot>`.
 */








const SLOT_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const FILE_RE = /^([1-4])Q-(\d{4})$/;
/** `cat/pkg` with valid names and nothing else (no version, operator, slot or repo). */
function isPlainPackage(text) {
    const slash = text.indexOf('/');
    if (slash === -1 || text.indexOf('/', slash + 1) !== -1)
        return false;
    return (0,gentoo_version/* isValidCategoryName */.wo)(text.slice(0, slash)) && (0,gentoo_version/* isValidPackageName */.eW)(text.slice(slash + 1));
}
/**
 * Whether the words of a trimmed line are separated by single spaces only (no tab or other blank, never two in a
 * row): then `split(' ')` gives what `split(/\s+/)` gives. A loop over the line: the regex /\s\s|[^\S ]/ it
 * replaces was most of the time of reading ::gentoo's ~7,000 lines of history.
 */
function singleSpaced(l) {
    let space = false;
    for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (c === 32) {
            if (space)
                return false;
            space = true;
        }
        else if (isSpace(c))
            return false;
        else
            space = false;
    }
    return true;
}
/** Parse one updates file. `file` is the path reported in findings. */
function parseUpdates(text, file) {
    const entries = [];
    const findings = [];
    const bad = (l, line, why) => {
        findings.push(findings_gentooFindings.make('updates-malformed-line', `${why}: "${l.length > 100 ? `${l.slice(0, 100)}…` : l}"`, {
            file, line, hint: 'Expected "move <cat/old> <cat/new>" or "slotmove <atom> <old-slot> <new-slot>"; Portage skips this line.',
        }));
    };
    // ::gentoo's history is thousands of lines, read once per run in a fresh process: the common line (no comment,
    // single spaces) is split without a regex
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = i + 1;
        const raw = lines[i];
        const l = (raw.includes('#') ? raw.replace(/#.*$/, '') : raw).trim();
        if (l === '')
            continue;
        const simple = singleSpaced(l);
        // the common lines, single-spaced `move a b` and `slotmove atom s1 s2`, are read in place: no array of words
        if (simple && l.startsWith('move ')) {
            const sp = l.indexOf(' ', 5);
            if (sp !== -1 && l.indexOf(' ', sp + 1) === -1) {
                const from = l.slice(5, sp);
                const to = l.slice(sp + 1);
                if (!isPlainPackage(from) || !isPlainPackage(to))
                    bad(l, line, 'move needs two plain category/package names');
                else if (from === to)
                    bad(l, line, 'move to the same name');
                else
                    entries.push({ kind: 'move', from, to, file, line });
                continue;
            }
        }
        // two white spaces in a row, or one other than a space (tab, Unicode): the general split
        const t = simple ? l.split(' ') : l.split(/\s+/);
        if (t[0] === 'move') {
            if (t.length !== 3)
                bad(l, line, `move takes 2 arguments, got ${t.length - 1}`);
            else if (!isPlainPackage(t[1]) || !isPlainPackage(t[2]))
                bad(l, line, 'move needs two plain category/package names');
            else if (t[1] === t[2])
                bad(l, line, 'move to the same name');
            else
                entries.push({ kind: 'move', from: t[1], to: t[2], file, line });
        }
        else if (t[0] === 'slotmove') {
            if (t.length !== 4)
                bad(l, line, `slotmove takes 3 arguments, got ${t.length - 1}`);
            else {
                const a = atom_parseAtom(t[1]);
                if (!a.ok)
                    bad(l, line, `slotmove atom "${t[1]}" is not valid (${a.error})`);
                else if (!SLOT_RE.test(t[2]) || !SLOT_RE.test(t[3]))
                    bad(l, line, 'slotmove slots must be slot names');
                else
                    entries.push({ kind: 'slotmove', atom: t[1], fromSlot: t[2], toSlot: t[3], file, line });
            }
        }
        else {
            bad(l, line, `unknown update command "${t[0]}"`);
        }
    }
    return { entries, findings };
}
/** Updates file names in the order Portage applies them (year, then quarter); others are returned apart. */
function orderUpdateFiles(names) {
    const ordered = [];
    const invalid = [];
    for (const n of names) {
        const m = FILE_RE.exec(n);
        if (m)
            ordered.push({ name: n, key: Number(m[2]) * 10 + Number(m[1]) });
        else if (!n.startsWith('.'))
            invalid.push(n);
    }
    ordered.sort((a, b) => a.key - b.key);
    return { ordered: ordered.map((o) => o.name), invalid };
}
/**
 * Read `<root>/profiles/updates/*` in order. `filePrefix` is prepended to finding paths (so annotations point
 * at the file). A missing directory is no updates.
 */
async function readUpdates(root, filePrefix = '') {
    const dir = external_node_path_default().join(root, 'profiles', 'updates');
    const names = await readNames(dir);
    if (!names)
        return { entries: [], findings: [] };
    const { ordered, invalid } = orderUpdateFiles(names);
    const findings = invalid.map((n) => findings_gentooFindings.make('updates-bad-file-name', `profiles/updates/${n} is not named <quarter>Q-<year>; Portage ignores it`, {
        file: `${filePrefix}profiles/updates/${n}`,
    }));
    const texts = await Promise.all(ordered.map((n) => readText(external_node_path_default().join(dir, n))));
    const entries = [];
    ordered.forEach((n, i) => {
        const text = texts[i];
        if (text === undefined)
            return;
        const r = parseUpdates(text, `${filePrefix}profiles/updates/${n}`);
        (0,finding/* pushAll */.iI)(entries, r.entries);
        (0,finding/* pushAll */.iI)(findings, r.findings);
    });
    return { entries, findings };
}
/**
 * Where `pkg` ends up after every move (following chains `a -> b -> c`, stopping at cycles). undefined when
 * no move applies.
 */
function resolveMove(pkg, entries) {
    const index = moveIndex(entries);
    const chain = [];
    let cur = pkg;
    const seen = new Set([pkg]);
    // entries are in application order: a later move of the new name continues the chain
    let at = -1;
    for (;;) {
        const list = index.get(cur);
        if (!list)
            break;
        // the first move of `cur` after the last one applied
        const lo = firstIndex(list.length, (k) => list[k] > at);
        if (lo === list.length)
            break;
        at = list[lo];
        const e = entries[at];
        chain.push(e);
        cur = e.to;
        if (seen.has(cur))
            break;
        seen.add(cur);
    }
    return chain.length === 0 ? undefined : { to: cur, chain };
}
/**
 * Where each package's moves are among `entries`, made once per list: a walk of every entry for each package of
 * an overlay cost packages x entries (32,000 of each: 12 s).
 */
const moveIndexes = new WeakMap();
function moveIndex(entries) {
    let index = moveIndexes.get(entries);
    if (!index) {
        index = new Map();
        for (let i = 0; i < entries.length; i++) {
            const e = entries[i];
            if (e.kind !== 'move')
                continue;
            const list = index.get(e.from);
            if (list)
                list.push(i);
            else
                index.set(e.from, [i]);
        }
        moveIndexes.set(entries, index);
    }
    return index;
}
/** Slot moves whose atom names `pkg` (category/package), in application order. */
function slotMovesFor(pkg, entries) {
    return slotMoveLookup(entries)(pkg);
}
/**
 * `slotMovesFor` over the same entries for many packages: every slot move's atom is parsed once, on the first
 * question, and the moves are grouped by the package they name. (Parsing every atom again for each package of an
 * overlay cost ~80 ms for 50 packages; filtering a category's moves for each package cost packages x moves.)
 */
function slotMoveLookup(entries) {
    let byPackage;
    return (pkg) => {
        if (!byPackage) {
            byPackage = new Map();
            for (const e of entries) {
                if (e.kind !== 'slotmove')
                    continue;
                const a = atom_parseAtom(e.atom);
                if (!a.ok)
                    continue;
                const cp = `${a.atom.category}/${a.atom.package}`;
                const list = byPackage.get(cp);
                if (list)
                    list.push(e);
                else
                    byPackage.set(cp, [e]);
            }
        }
        return byPackage.get(pkg)?.slice() ?? [];
    };
}

;// CONCATENATED MODULE: ./shared/gentoo/package-config.ts




/** Gentoo's profiles/arch.list (stable arches and prefix keywords), used to flag typos such as `~amd46`. */
const KNOWN_ARCHES = [
    'alpha', 'amd64', 'arm', 'arm64', 'hppa', 'ia64', 'loong', 'm68k', 'mips', 'ppc', 'ppc64', 'riscv', 's390',
    'sparc', 'x86',
    // prefix keywords
    'amd64-linux', 'arm-linux', 'arm64-linux', 'ppc64-linux', 'riscv-linux', 'x86-linux', 'arm64-macos',
    'ppc-macos', 'x86-macos', 'x64-macos', 'x64-solaris', 'x86-solaris', 'x64-cygwin', 'x86-winnt',
];
const ARCH_RE = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
/** Classify one ACCEPT_KEYWORDS / package.accept_keywords token; null when it is not a keyword at all. */
function parseKeywordToken(token) {
    if (token === '**')
        return { kind: 'all-including-unkeyworded' };
    if (token === '*')
        return { kind: 'any-stable' };
    if (token === '~*')
        return { kind: 'any-testing' };
    if (token === '-*')
        return { kind: 'reset' };
    if (token.startsWith('-')) {
        const inner = token.slice(1);
        const arch = inner.startsWith('~') ? inner.slice(1) : inner;
        return ARCH_RE.test(arch) ? { kind: 'remove', keyword: inner } : null;
    }
    if (token.startsWith('~')) {
        const arch = token.slice(1);
        return ARCH_RE.test(arch) ? { kind: 'testing', arch } : null;
    }
    return ARCH_RE.test(token) ? { kind: 'stable', arch: token } : null;
}
/** The arch a keyword token names (`~amd64` → amd64, `-~arm64` → arm64), or undefined for `*`-style tokens. */
function tokenArch(token) {
    const t = parseKeywordToken(token);
    if (!t)
        return undefined;
    if (t.kind === 'stable' || t.kind === 'testing')
        return t.arch;
    if (t.kind === 'remove')
        return t.keyword.replace(/^~/, '');
    return undefined;
}
function checkKeyword(token, where, knownArches, findings) {
    const parsed = parseKeywordToken(token);
    if (!parsed) {
        findings.push(findings_gentooFindings.make('accept-keywords-bad-token', `'${token}' is not a keyword token.`, {
            ...where,
            hint: 'Use arch (stable), ~arch (testing), ~* (any testing), * (any stable), ** (anything, even unkeyworded) or -* / -arch.',
        }));
        return false;
    }
    const arch = tokenArch(token);
    if (arch !== undefined && !knownArches.includes(arch)) {
        findings.push(findings_gentooFindings.make('accept-keywords-unknown-keyword', `Keyword '${token}' names an arch '${arch}' that Gentoo does not know.`, {
            ...where,
            hint: `Known arches: ${knownArches.slice(0, 15).join(', ')}, ... (profiles/arch.list).`,
        }));
    }
    return true;
}
/** ACCEPT_KEYWORDS as a whitespace-separated value (e.g. the `accept-keywords` input). */
function parseAcceptKeywords(value, options = {}) {
    const findings = [];
    const where = { file: options.file ?? 'ACCEPT_KEYWORDS', line: options.line ?? 1 };
    const keywords = [];
    for (const t of value.split(/\s+/).filter(Boolean)) {
        if (checkKeyword(t, where, options.knownArches ?? KNOWN_ARCHES, findings))
            keywords.push(t);
    }
    return { keywords, findings };
}
/** Lines as Portage reads them: words, with `#` starting a comment at the start of any word. */
function* meaningfulLines(text) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const words = [];
        for (const w of lines[i].split(/\s+/)) {
            if (w === '')
                continue;
            if (w.startsWith('#'))
                break;
            words.push(w);
        }
        if (words.length)
            yield { line: i + 1, words };
    }
}
function parseConfigAtom(word, where, findings) {
    const r = atom_parseAtom(word, { allowRepo: true, allowBlocker: false, allowWildcard: true });
    if (!r.ok) {
        findings.push(findings_gentooFindings.make('package-config-bad-atom', `${r.error} The line is ignored.`, {
            ...where,
            hint: 'One atom per line, e.g. =dev-lang/rust-1.75.0-r1, >=dev-lang/rust-1.75, dev-lang/rust::gentoo.',
        }));
        return undefined;
    }
    return r.atom;
}
function parsePackageAcceptKeywords(text, file = 'package.accept_keywords', options = {}) {
    const findings = [];
    const entries = [];
    for (const { line, words } of meaningfulLines(text)) {
        const where = { file, line };
        const atom = parseConfigAtom(words[0], where, findings);
        if (!atom)
            continue;
        const keywords = [];
        for (const t of words.slice(1)) {
            if (checkKeyword(t, where, options.knownArches ?? KNOWN_ARCHES, findings))
                keywords.push(t);
        }
        // Only bad tokens: dropping them would turn the line into a bare atom (= ~ARCH), so ignore the line.
        if (words.length > 1 && keywords.length === 0)
            continue;
        entries.push({ atom, keywords, file, line });
    }
    return { entries, findings };
}
function parseAtomList(text, file, kind) {
    const findings = [];
    const entries = [];
    for (const { line, words } of meaningfulLines(text)) {
        const where = { file, line };
        if (words[0].startsWith('-') && words[0].length > 1) {
            findings.push(findings_gentooFindings.make('package-config-negation', `'${words[0]}': a leading '-' (removing an entry) only works in profiles, not in /etc/portage/${kind}. The line is ignored.`, {
                ...where,
                hint: kind === 'package.mask' ? `Put ${words[0].slice(1)} in package.unmask instead.` : `Delete the line instead.`,
            }));
            continue;
        }
        if (words.length > 1) {
            findings.push(findings_gentooFindings.make('package-config-extra-token', `${kind} takes one atom per line; '${words.slice(1).join(' ')}' after '${words[0]}' is not allowed. The line is ignored.`, {
                ...where,
                hint: kind === 'package.mask' ? 'Keywords belong in package.accept_keywords.' : undefined,
            }));
            continue;
        }
        const atom = parseConfigAtom(words[0], where, findings);
        if (atom)
            entries.push({ atom, file, line });
    }
    return { entries, findings };
}
function parsePackageMask(text, file = 'package.mask') {
    return parseAtomList(text, file, 'package.mask');
}
function parsePackageUnmask(text, file = 'package.unmask') {
    return parseAtomList(text, file, 'package.unmask');
}
/**
 * A repository's own profiles/package.mask. Unlike /etc/portage, `-atom` lines are allowed there: they
 * remove an atom inherited from a master repository. Portage stacks each master's list with the repo's
 * own (incrementally) and appends `::<repo>` to the result, so the masks only ever apply to that repo's
 * ebuilds; `stackRepoMasks` does the stacking.
 */
function parseRepoPackageMask(text, file = 'profiles/package.mask') {
    const findings = [];
    const entries = [];
    const removals = [];
    for (const { line, words } of meaningfulLines(text)) {
        const where = { file, line };
        if (words.length > 1) {
            findings.push(gentooFindings.make('package-config-extra-token', `package.mask takes one atom per line; '${words.slice(1).join(' ')}' after '${words[0]}' is not allowed. The line is ignored.`, where));
            continue;
        }
        const negated = words[0].startsWith('-') && words[0].length > 1;
        const atom = parseConfigAtom(negated ? words[0].slice(1) : words[0], where, findings);
        if (!atom)
            continue;
        (negated ? removals : entries).push({ atom, file, line });
    }
    return { entries, findings, removals };
}
/**
 * The masks that apply to one repository's ebuilds: each master's list minus the repo's `-atom` removals,
 * plus the repo's own atoms minus removals of them (as Portage's MaskManager stacks them).
 */
function stackRepoMasks(own, masters) {
    const removed = new Set(own.removals.map((r) => r.atom.text));
    const out = [];
    for (const m of masters)
        for (const e of m.entries)
            if (!removed.has(e.atom.text))
                out.push(e);
    // The last line each atom is removed on (a search of every removal per entry: 40,000 of each took 63 s).
    const lastRemoval = new Map();
    for (const r of own.removals)
        lastRemoval.set(r.atom.text, Math.max(lastRemoval.get(r.atom.text) ?? -Infinity, r.line));
    for (const e of own.entries) {
        // An own `-atom` after the atom removes it; before it, it removes only the master's.
        const later = (lastRemoval.get(e.atom.text) ?? -Infinity) > e.line;
        if (!later)
            out.push(e);
    }
    return out;
}
const entryIndexes = new WeakMap();
function restricted(a) {
    return a.repo !== undefined || a.slot?.kind === 'named';
}
function entryIndex(entries) {
    const cached = entryIndexes.get(entries);
    if (cached)
        return cached;
    const byPackage = new Map();
    const wild = [];
    entries.forEach((e, i) => {
        const a = e.atom;
        if (a.category.includes('*') || a.package.includes('*')) {
            wild.push({ e, i });
            return;
        }
        const key = `${a.category}/${a.package}`;
        let p = byPackage.get(key);
        if (!p)
            byPackage.set(key, (p = { exact: [], lower: [], lowerMin: [], upper: [], upperMin: [], any: [], rest: [] }));
        const op = a.operator && a.version ? a.operator : undefined;
        if (op === '=')
            p.exact.push({ e, i });
        else if (restricted(a))
            p.rest.push({ e, i });
        else if (op === '>' || op === '>=')
            p.lower.push({ e, i });
        else if (op === '<' || op === '<=')
            p.upper.push({ e, i });
        else if (op === undefined)
            p.any.push({ e, i });
        else
            p.rest.push({ e, i });
    });
    const byVersion = (first) => (x, y) => (0,gentoo_version/* compareVersions */.Zy)(x.e.atom.version, y.e.atom.version) ||
        Number(y.e.atom.operator === first) - Number(x.e.atom.operator === first) ||
        x.i - y.i;
    for (const p of byPackage.values()) {
        p.exact.sort(byVersion('='));
        p.lower.sort(byVersion('>='));
        p.upper.sort(byVersion('<'));
        let min;
        p.lowerMin = p.lower.map((x) => (min = min && min.i < x.i ? min : x));
        min = undefined;
        p.upperMin = new Array(p.upper.length);
        for (let k = p.upper.length - 1; k >= 0; k--) {
            const x = p.upper[k];
            p.upperMin[k] = min = min && min.i < x.i ? min : x;
        }
    }
    const index = { byPackage, wild };
    entryIndexes.set(entries, index);
    return index;
}
/** The entries matching `ref` (firstOnly: a set that includes the first match), in no particular order. */
function matchingIndexed(entries, ref, firstOnly) {
    const index = entryIndex(entries);
    const p = index.byPackage.get(`${ref.category}/${ref.package}`);
    const v = ref.version;
    const out = [];
    let best = Infinity;
    const take = (x) => {
        out.push(x);
        if (x.i < best)
            best = x.i;
    };
    // Entries tried one by one, in position order; only the first match counts when firstOnly.
    const tryEach = (list) => {
        for (const x of list) {
            if (firstOnly && x.i >= best)
                return;
            if (atomMatches(x.e.atom, ref)) {
                take(x);
                if (firstOnly)
                    return;
            }
        }
    };
    if (p) {
        // `=`: the run of entries at an equal version (by version, then position).
        for (let k = firstIndex(p.exact.length, (k) => (0,gentoo_version/* compareVersions */.Zy)(p.exact[k].e.atom.version, v) >= 0); k < p.exact.length; k++) {
            const x = p.exact[k];
            if ((0,gentoo_version/* compareVersions */.Zy)(x.e.atom.version, v) !== 0)
                break;
            if (atomMatches(x.e.atom, ref)) {
                take(x);
                if (firstOnly)
                    break;
            }
        }
        // `>=X` matches when X <= v, `>X` when X < v: a prefix of `lower`.
        const lowerEnd = firstIndex(p.lower.length, (k) => {
            const x = p.lower[k].e.atom;
            const c = (0,gentoo_version/* compareVersions */.Zy)(x.version, v);
            return x.operator === '>=' ? c > 0 : c >= 0;
        });
        if (firstOnly) {
            if (lowerEnd > 0)
                take(p.lowerMin[lowerEnd - 1]);
        }
        else
            for (let k = 0; k < lowerEnd; k++)
                take(p.lower[k]);
        // `<X` matches when X > v, `<=X` when X >= v: a suffix of `upper`.
        const upperStart = firstIndex(p.upper.length, (k) => {
            const x = p.upper[k].e.atom;
            const c = (0,gentoo_version/* compareVersions */.Zy)(x.version, v);
            return x.operator === '<=' ? c >= 0 : c > 0;
        });
        if (firstOnly) {
            if (upperStart < p.upper.length)
                take(p.upperMin[upperStart]);
        }
        else
            for (let k = upperStart; k < p.upper.length; k++)
                take(p.upper[k]);
        if (firstOnly) {
            if (p.any.length)
                take(p.any[0]);
        }
        else
            for (const x of p.any)
                take(x);
        tryEach(p.rest);
    }
    tryEach(index.wild);
    return out;
}
/** The first entry of `entries` whose atom matches the ebuild (as `entries.find((e) => atomMatches(e.atom, ref))`). */
function firstMatchingEntry(entries, ref) {
    if (!entries?.length)
        return undefined;
    let first;
    for (const x of matchingIndexed(entries, ref, true))
        if (!first || x.i < first.i)
            first = x;
    return first?.e;
}
/** Every entry whose atom matches the ebuild, in list order (as `entries.filter((e) => atomMatches(e.atom, ref))`). */
function matchingEntries(entries, ref) {
    if (!entries?.length)
        return [];
    return matchingIndexed(entries, ref, false)
        .sort((x, y) => x.i - y.i)
        .map((x) => x.e);
}

;// CONCATENATED MODULE: ./shared/gentoo/visibility.ts





function applyIncremental(tokens) {
    const out = new Set();
    for (const t of tokens) {
        if (t === '-*')
            out.clear();
        else if (t.startsWith('-'))
            out.delete(t.slice(1));
        else
            out.add(t);
    }
    return out;
}
/** The effective ACCEPT_KEYWORDS (profile ARCH, then the configured tokens, stacked), sorted as Portage's config
 * stores an incremental variable: `amd64` + `amd64` is `amd64`, `amd64` + `~amd64` is `amd64 ~amd64`. */
function effectiveAcceptKeywords(config) {
    const effective = applyIncremental([...(config.arch ? [config.arch] : []), ...config.acceptKeywords]);
    return [...effective].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function keywordState(config) {
    const global = effectiveAcceptKeywords(config);
    // Portage: a bare atom in package.accept_keywords means "~" + each global keyword not starting with ~ or -.
    const defaults = global.filter((k) => k[0] !== '~' && k[0] !== '-').map((k) => `~${k}`);
    return { global, defaults };
}
/** Portage's best_match_to_list ranks: `=` 6, `~` 5, `=*` 4, a slot 3, `> < >= <=` 2, none 1; wildcards below. */
const OPERATOR_RANK = { '=': 6, '~': 5, '=*': 4, '>': 2, '<': 2, '>=': 2, '<=': 2 };
/**
 * The most specific of `atoms` for the package (Portage's best_match_to_list; all of them match it). Ordering by
 * taking it again and again is what `bySpecificity` restates; tests compare the two.
 */
function bestMatch(atoms, v) {
    let max = -99;
    let best;
    for (const x of atoms) {
        if (x.category.includes('*') || x.package.includes('*')) {
            const rank = x.operator === '=*' ? 0 : x.slot !== undefined ? -1 : -2;
            if (max < rank) {
                max = rank;
                best = x;
            }
            continue;
        }
        if (x.slot !== undefined && max < 3) {
            max = 3;
            best = x;
        }
        const rank = x.operator ? OPERATOR_RANK[x.operator] : 1;
        if (rank > max) {
            max = rank;
            best = x;
        }
        else if (rank === max && rank === 2 && best?.version && x.version) {
            // two ranges: the one whose version is closest to the package's wins
            const b = best.version;
            if (compareVersions(b, v) === 0 || compareVersions(b, x.version) === 0)
                continue;
            if (compareVersions(x.version, v) === 0) {
                best = x;
                continue;
            }
            const sorted = [b, v, x.version].sort(compareVersions);
            if ((sorted[0] === v || sorted[2] === v) && sorted[1] === x.version)
                best = x;
        }
    }
    return best;
}
/** bestMatch's rank of an atom; 2 (a version range without slot) is the one rank whose ties bestMatch breaks by version. */
function specificityRank(x) {
    if (x.category.includes('*') || x.package.includes('*'))
        return x.operator === '=*' ? 0 : x.slot !== undefined ? -1 : -2;
    const rank = x.operator ? OPERATOR_RANK[x.operator] : 1;
    return x.slot !== undefined ? Math.max(3, rank) : rank;
}
/**
 * `keys` most specific first: what taking bestMatch of the remaining keys again and again gives (Portage's
 * ordered_by_atom_specificity), in O(n log n) rather than O(n²) bestMatch steps (400 entries of one package took
 * 79 s in setup-overlay's explain). bestMatch takes the highest rank, the earliest key among equal ranks, except
 * between version ranges (rank 2, no slot): there a range at the package's version wins (the earliest of them);
 * otherwise the earliest remaining range decides the side of the version (below or above) and the range closest
 * to the version on that side wins, the earliest among equal versions. A property test compares it with the loop.
 */
function bySpecificity(keys, v) {
    const byRank = new Map();
    keys.forEach((k, i) => {
        const r = specificityRank(k);
        let list = byRank.get(r);
        if (!list)
            byRank.set(r, (list = []));
        list.push(i);
    });
    const out = [];
    for (const r of [...byRank.keys()].sort((a, b) => b - a)) {
        const positions = byRank.get(r);
        if (r !== 2) {
            for (const i of positions)
                out.push(keys[i]);
            continue;
        }
        const side = new Map();
        const below = [];
        const above = [];
        for (const i of positions) {
            const c = (0,gentoo_version/* compareVersions */.Zy)(keys[i].version, v);
            if (c === 0)
                out.push(keys[i]);
            else {
                side.set(i, c < 0 ? -1 : 1);
                (c < 0 ? below : above).push(i);
            }
        }
        // closest to v first, then earliest
        below.sort((a, b) => (0,gentoo_version/* compareVersions */.Zy)(keys[b].version, keys[a].version) || a - b);
        above.sort((a, b) => (0,gentoo_version/* compareVersions */.Zy)(keys[a].version, keys[b].version) || a - b);
        const taken = new Set();
        let next = 0; // into positions: the earliest range not yet taken
        let b = 0;
        let a = 0;
        while (b < below.length || a < above.length) {
            while (!side.has(positions[next]) || taken.has(positions[next]))
                next++;
            const pick = side.get(positions[next]) === -1 ? below[b++] : above[a++];
            taken.add(pick);
            out.push(keys[pick]);
        }
    }
    return out;
}
/**
 * The keyword tokens package.accept_keywords adds for one package: the entries that match it, grouped by atom
 * (lines with the same atom add up), least specific first and most specific last (Portage's
 * ordered_by_atom_specificity), so a specific `-~amd64` wins over a general `~amd64` whatever the file order.
 * Among equally specific atoms the one written first is applied last, as in Portage. A bare atom means
 * `defaults`.
 */
function packageKeywordTokens(entries, v, defaults) {
    if (!entries.length)
        return [];
    const groups = new Map();
    for (const e of entries) {
        let g = groups.get(e.atom.text);
        if (!g)
            groups.set(e.atom.text, (g = { atom: e.atom, keywords: [], extended: e.atom.category.includes('*') || e.atom.package.includes('*') }));
        (0,finding/* pushAll */.iI)(g.keywords, e.keywords);
    }
    // Portage's dict holds plain atoms before wildcard ones
    const keys = [...groups.values()].sort((a, b) => Number(a.extended) - Number(b.extended)).map((g) => g.atom);
    return bySpecificity(keys, v).reverse().flatMap((a) => {
        const kws = groups.get(a.text).keywords;
        return kws.length ? kws : defaults;
    });
}
/** Portage's KeywordsManager._getMissingKeywords: which of the ebuild's KEYWORDS block it ([] = accepted). */
function missingKeywords(ebuildKeywords, accepted) {
    let match = false;
    let hasStable = false;
    let hasTesting = false;
    for (const gp of ebuildKeywords) {
        if (gp === '*') {
            match = true;
            break;
        }
        else if (gp === '~*') {
            hasTesting = true;
            if ([...accepted].some((x) => x.startsWith('~'))) {
                match = true;
                break;
            }
        }
        else if (accepted.has(gp)) {
            match = true;
            break;
        }
        else if (gp.startsWith('~')) {
            hasTesting = true;
        }
        else if (!gp.startsWith('-')) {
            hasStable = true;
        }
    }
    if (!match && ((hasTesting && accepted.has('~*')) || (hasStable && accepted.has('*')) || accepted.has('**')))
        match = true;
    if (match)
        return [];
    return ebuildKeywords.length ? [...ebuildKeywords] : ['**'];
}
/**
 * USE dependencies of a requested atom, as Portage's bestmatch-visible applies them: each flag must be in the
 * ebuild's IUSE unless the dependency gives a default (`flag(+)`, `flag(-)`); whether it is enabled is not
 * asked (checked with Portage: `pkg[-foo]` matches an ebuild whose IUSE has foo). undefined = IUSE unknown.
 */
function useDepsMatch(atom, iuse) {
    const needed = atom.useDeps.filter((d) => !d.missingDefault);
    if (!needed.length)
        return true;
    if (iuse === undefined)
        return undefined;
    return needed.every((d) => iuse.includes(d.flag));
}
function packageRef(r, version) {
    const ref = { category: r.category, package: r.package, version, repo: r.repo };
    if (r.slot !== undefined)
        ref.slot = r.slot;
    return ref;
}
/**
 * A candidate of the walk, with a slot for every field the walk sets, in the order it first sets them (so a report
 * lists them as before; those left undefined are not written). Set one by one on a copy of `base`, each new field
 * grew the object's property store: two of those stores were half of a pick's time.
 */
function walked(base) {
    return {
        record: base.record, ref: base.ref, short: base.short, priority: base.priority, status: base.status, reason: base.reason,
        masked: undefined, acceptedBy: undefined, keywordsAccepted: undefined, missingKeywords: undefined, lostBecause: undefined,
    };
}
/** Sort key comparison: version, then priority, then repo name — ascending (the best is last). */
function compareCandidates(a, b) {
    return (0,gentoo_version/* compareVersions */.Zy)(a.v, b.v) || a.priority - b.priority || (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0);
}
function where(e) {
    return `${e.file} line ${e.line}`;
}
/**
 * Pick the ebuild emerge would install for `pkg` (`category/package`) from `ebuilds` (any packages; others
 * are ignored). `atom` narrows the request (`dev-lang/rust::regicide-rust`, `<dev-lang/rust-1.80`).
 */
function pickEbuild(pkg, ebuilds, repos, config, atom) {
    // pkg.split('/')'s first two parts, without its array
    const slash = pkg.indexOf('/');
    const category = slash === -1 ? pkg : pkg.slice(0, slash);
    const end = slash === -1 ? -1 : pkg.indexOf('/', slash + 1);
    const name = slash === -1 ? undefined : pkg.slice(slash + 1, end === -1 ? pkg.length : end);
    const findings = [];
    const priorities = new Map(repos.map((r) => [r.name, r.priority]));
    // Only records of `category` are candidates: whether some repository lists it is asked once, through a Set per
    // repository's list made once (a Set of every repository's categories built per package cost more than the
    // rest of the pick; a search of each list per package made 64,000 packages and categories take 24 s).
    const categoryIgnored = repos.some((r) => r.categories !== undefined) && !repos.some((r) => r.categories !== undefined && categorySet(r.categories).has(category));
    const kw = keywordState(config);
    const excluded = [];
    const sortable = [];
    let iuseUnknown = false;
    for (const r of ebuilds) {
        if (r.category !== category || r.package !== name)
            continue;
        const short = `${r.package}-${r.version}::${r.repo}`;
        const base = { record: r, ref: `${r.category}/${short}`, short, priority: priorities.get(r.repo) ?? 0, status: 'lost', reason: '' };
        const v = (0,gentoo_version/* parseVersion */.ot)(r.version);
        if (!priorities.has(r.repo)) {
            excluded.push({ ...base, lostBecause: 'repo-not-configured', reason: `${short}: repository '${r.repo}' is not configured.` });
        }
        else if (!v) {
            excluded.push({ ...base, lostBecause: 'invalid-version', reason: `${short}: '${r.version}' is not a valid version.` });
        }
        else if (categoryIgnored) {
            excluded.push({
                ...base,
                lostBecause: 'category-not-listed',
                reason: `${short}: category '${r.category}' is in no repository's profiles/categories, so Portage ignores it.`,
            });
        }
        else if (atom && !atomMatches(atom, packageRef(r, v))) {
            excluded.push({ ...base, lostBecause: 'atom-mismatch', reason: `${short}: does not match '${atom.text}'.` });
        }
        else if (atom && useDepsMatch(atom, r.iuse) === false) {
            const flags = atom.useDeps.filter((d) => !d.missingDefault && !r.iuse.includes(d.flag)).map((d) => d.flag);
            excluded.push({ ...base, lostBecause: 'atom-mismatch', reason: `${short}: does not match '${atom.text}': IUSE has no ${flags.join(', ')}.` });
        }
        else {
            if (atom && useDepsMatch(atom, r.iuse) === undefined)
                iuseUnknown = true;
            sortable.push({ c: walked(base), v, priority: base.priority, repo: r.repo });
        }
    }
    sortable.sort(compareCandidates);
    // Evaluate mask and keywords for every remaining candidate, so losers can say whether they were visible.
    for (const s of sortable) {
        const c = s.c;
        const ref = packageRef(c.record, s.v);
        // Through an index of each list, not a scan of every entry per version (package-config.ts).
        const maskEntry = firstMatchingEntry(config.packageMask, ref) ?? firstMatchingEntry(config.repoPackageMask?.[c.record.repo], ref);
        if (maskEntry) {
            const unmask = firstMatchingEntry(config.packageUnmask, ref);
            c.masked = unmask ? { by: maskEntry, unmaskedBy: unmask } : { by: maskEntry };
        }
        else
            c.masked = null;
        const acceptedBy = matchingEntries(config.packageAcceptKeywords, ref);
        if (acceptedBy.length)
            c.acceptedBy = acceptedBy;
        if (c.record.keywords === undefined) {
            c.keywordsAccepted = undefined;
        }
        else {
            const tokens = [...kw.global, ...packageKeywordTokens(acceptedBy, s.v, kw.defaults)];
            const missing = missingKeywords(c.record.keywords, applyIncremental(tokens));
            c.keywordsAccepted = missing.length === 0;
            if (missing.length)
                c.missingKeywords = missing;
        }
    }
    const isMasked = (c) => !!c.masked && !c.masked.unmaskedBy;
    let winnerIndex = -1;
    for (let i = sortable.length - 1; i >= 0; i--) {
        const c = sortable[i].c;
        if (!c.record.bashError && !c.record.metadataError && !isMasked(c) && c.keywordsAccepted === true) {
            winnerIndex = i;
            break;
        }
    }
    const winner = winnerIndex >= 0 ? sortable[winnerIndex].c : undefined;
    let uncertain = iuseUnknown;
    for (let i = sortable.length - 1; i >= 0; i--) {
        const { c, v } = sortable[i];
        if (i === winnerIndex) {
            c.status = 'winner';
            continue;
        }
        if (i > winnerIndex) {
            // Reached before the winner in the walk: it lost by being invisible.
            const broken = c.record.bashError;
            if (broken) {
                c.lostBecause = 'corrupt';
                c.reason = `${c.short}: bash refuses the ebuild (line ${broken.line}: ${broken.message}), so Portage has no metadata for it (emerge: "masked by: corruption").`;
            }
            else if (c.record.metadataError) {
                c.lostBecause = 'corrupt';
                c.reason = `${c.short}: ${c.record.metadataError}, so Portage has no valid metadata for it (emerge: "masked by: ${c.record.metadataMask ?? 'corruption'}").`;
            }
            else if (isMasked(c)) {
                c.lostBecause = 'masked';
                c.reason = `${c.short} is masked by ${c.masked.by.atom.text} (${where(c.masked.by)}).`;
            }
            else if (c.keywordsAccepted === undefined) {
                c.lostBecause = 'keywords-unknown';
                c.reason = `${c.short}: KEYWORDS could not be read statically; counted as not accepted, so the answer may differ.`;
                uncertain = true;
            }
            else {
                c.lostBecause = 'keywords';
                const kws = c.record.keywords.length ? `KEYWORDS="${c.record.keywords.join(' ')}"` : 'empty KEYWORDS (needs **)';
                c.reason = `${c.short}: ${kws} not accepted by ACCEPT_KEYWORDS="${kw.global.join(' ')}"${c.acceptedBy ? ' + package.accept_keywords' : ''}.`;
            }
        }
        else {
            const w = sortable[winnerIndex];
            if ((0,gentoo_version/* compareVersions */.Zy)(v, w.v) === 0) {
                c.lostBecause = 'lower-priority';
                c.reason =
                    c.priority === w.priority
                        ? `${c.short}: same version and priority (${c.priority}) as ${w.c.short}; the repository name that sorts later ('${w.repo}') wins.`
                        : `${c.short}: same version as ${w.c.short}, lower priority (${c.priority} < ${w.priority}).`;
            }
            else {
                c.lostBecause = 'older-version';
                c.reason = `${c.short}: older than ${w.c.short}${c.priority > w.priority ? ` despite higher priority (${c.priority} > ${w.priority}); priority only decides between identical versions` : ''}.`;
            }
        }
    }
    const candidates = [...sortable.map((s) => s.c).reverse(), ...excluded];
    let explanation;
    if (winner) {
        const w = sortable[winnerIndex];
        const parts = [];
        const beaten = sortable.slice(0, winnerIndex).filter((s) => s.priority > w.priority && (0,gentoo_version/* compareVersions */.Zy)(s.v, w.v) < 0);
        if (beaten.length) {
            const best = beaten[beaten.length - 1];
            parts.push(`newer version; priority only decides between identical versions (${best.c.short} has priority ${best.priority} > ${w.priority})`);
        }
        const ties = sortable.slice(0, winnerIndex).filter((s) => (0,gentoo_version/* compareVersions */.Zy)(s.v, w.v) === 0);
        if (ties.length) {
            const t = ties[ties.length - 1];
            parts.push(t.priority === w.priority
                ? `same version as ${t.c.short} at equal priority ${w.priority}; '${w.repo}' sorts after '${t.repo}'`
                : `same version as ${t.c.short}; higher priority (${w.priority} > ${t.priority})`);
        }
        const skipped = sortable.slice(winnerIndex + 1).map((s) => s.c);
        if (skipped.length)
            parts.push(`newer ${skipped.map((c) => `${c.short} (${lossShort(c)})`).join(', ')} not visible`);
        if (!parts.length)
            parts.push(sortable.length === 1 ? 'only candidate' : 'highest visible version');
        explanation = `${winner.short} wins: ${parts.join('; ')}`;
        if (uncertain)
            explanation += iuseUnknown ? ' (uncertain: some IUSE, which USE dependencies need, could not be read statically)' : ' (uncertain: some KEYWORDS could not be read statically)';
        winner.reason = explanation;
    }
    else if (sortable.length) {
        explanation = `no visible ebuild of ${pkg}: ${sortable.map((s) => `${s.c.short} (${lossShort(s.c)})`).reverse().join(', ')}`;
        findings.push(findings_gentooFindings.make('no-visible-ebuild', `emerge would find no visible ebuild of ${pkg}: ${sortable.length} candidate(s), all masked or not keyworded.`, {
            hint: 'Accept the keyword in package.accept_keywords or unmask the version.',
        }));
    }
    else {
        explanation = excluded.length
            ? `no candidate for ${pkg}: ${excluded.map((c) => c.reason).join(' ')}`
            : `no ebuild of ${pkg} in any repository`;
    }
    return { package: pkg, ...(winner ? { winner } : {}), candidates, explanation, uncertain, findings };
}
function lossShort(c) {
    switch (c.lostBecause) {
        case 'masked':
            return `masked by ${where(c.masked.by)}`;
        case 'keywords':
            return `keywords ${c.missingKeywords.join(' ')} not accepted`;
        case 'keywords-unknown':
            return 'KEYWORDS unknown';
        case 'corrupt':
            return c.record.bashError ? `bash refuses it, line ${c.record.bashError.line}` : c.record.metadataError;
        default:
            return c.lostBecause ?? 'lost';
    }
}
/**
 * Whether `repo`'s ebuilds of `pkg` are shadowed: the repo has the package, but emerge would install
 * another repository's ebuild (a newer version, or the same version at higher priority).
 */
function shadowStatus(pkg, repo, ebuilds, repos, config) {
    const r = pickEbuild(pkg, ebuilds, repos, config);
    const mine = r.candidates.filter((c) => c.record.repo === repo);
    if (!mine.length)
        return { shadowed: false, explanation: `${repo} has no ebuild of ${pkg}` };
    const ours = mine.find((c) => c.masked !== undefined) ?? mine[0];
    if (ours.masked === undefined && ours.lostBecause !== 'atom-mismatch') {
        return { shadowed: false, ignored: true, ours, explanation: ours.reason };
    }
    if (!r.winner)
        return { shadowed: false, ours, explanation: r.explanation };
    if (r.winner.record.repo === repo)
        return { shadowed: false, ours, winner: r.winner, explanation: r.explanation };
    return {
        shadowed: true,
        ours,
        winner: r.winner,
        explanation: `${ours.short} is shadowed: ${r.explanation}`,
    };
}
/** Group records by `category/package` (for picking every package of a repo). */
function groupByPackage(ebuilds) {
    const out = new Map();
    for (const e of ebuilds) {
        const k = `${e.category}/${e.package}`;
        let list = out.get(k);
        if (!list)
            out.set(k, (list = []));
        list.push(e);
    }
    return out;
}
const categorySets = new WeakMap();
/** A repository's profiles/categories as a Set, made once per list. */
function categorySet(categories) {
    let set = categorySets.get(categories);
    if (!set) {
        set = new Set(categories);
        categorySets.set(categories, set);
    }
    return set;
}

;// CONCATENATED MODULE: ./shared/gentoo/drift.ts
/**
 * Overlay drift against its upstreams (GURU, ::gentoo): for every package the overlay carries, compared with
 * whichever upstream carries it (DOMAIN.md §1 "Drift classes"). Each row says what to do.
 *
 * Classes: lagging (upstream has newer versions), revision-bump (upstream revised our version),
 * content-differs (same version, different ebuild), identical (same version, same ebuild: ours is redundant),
 * removed (upstream dropped the version or the package), moved (profiles/updates move/slotmove),
 * new-slot (upstream carries a slot we do not), shadowed (emerge would pick upstream's ebuild over ours).
 *
 * Reads ebuild texts only for same-version pairs whose md5 differs (to compare normalised text); the outside
 * world (git history for dates and removals) comes in as optional callbacks.
 */






const DRIFT_CLASSES = ['lagging', 'revision-bump', 'content-differs', 'identical', 'removed', 'moved', 'new-slot', 'shadowed'];
/** What each class means, for summaries. */
const DRIFT_CLASS_TITLES = {
    lagging: 'Upstream has newer versions',
    'revision-bump': 'Upstream revised our version',
    'content-differs': 'Same version, different content',
    identical: 'Identical to upstream: ours is redundant',
    removed: 'Removed upstream',
    moved: 'Moved upstream in profiles/updates',
    'new-slot': 'New upstream slot',
    shadowed: 'Shadowed: emerge would pick upstream',
};
const defaultRead = (p) => (0,promises_.readFile)(p, 'utf8').catch(() => undefined);
/** Live ebuilds (9999 and friends) are not releases: left out of lagging and removal checks. */
function isLiveVersion(v) {
    return v.numbers.some((n) => /^9{4,}$/.test(n));
}
/**
 * Ebuild text with what does not change behaviour removed: the copyright/licence header lines, trailing
 * whitespace, CRLF, runs of blank lines. Two ebuilds equal after this are the same package recipe.
 */
function normaliseEbuild(text) {
    const out = [];
    let blank = false;
    for (const raw of lines(text)) {
        const l = trimEnd(raw);
        if (isHeader(l))
            continue;
        if (l === '') {
            if (!blank && out.length > 0)
                out.push('');
            blank = true;
            continue;
        }
        blank = false;
        out.push(l);
    }
    while (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    return out.join('\n');
}
/** The lines of a text (CRLF and CR line ends as LF). */
const lines = (text) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
/** A line without trailing blanks and tabs (the regex only runs on a line that has some). */
function trimEnd(l) {
    const c = l.charCodeAt(l.length - 1);
    return c === 32 || c === 9 ? l.replace(/[ \t]+$/, '') : l;
}
/** The copyright/licence header lines (only a line starting with `#` is tested). */
const isHeader = (l) => l.charCodeAt(0) === 35 && (/^#\s*Copyright\b/i.test(l) || /^#\s*Distributed under the terms of\b/i.test(l));
/** First line (1-based, in `ours`) where the normalised texts differ, mapped back to the original file, and how many
 * lines are on one side only (header and blank lines aside). */
function firstDifferingLine(ours, theirs) {
    const a = lines(ours);
    const skip = (l) => isHeader(l) || l.trim() === '';
    const ai = a.map((l, i) => ({ l: trimEnd(l), i })).filter((x) => !skip(x.l));
    const b = lines(theirs).map(trimEnd).filter((l) => !skip(l));
    let first = -1;
    for (let k = 0; k < Math.max(ai.length, b.length); k++) {
        if (ai[k]?.l !== b[k]) {
            first = k < ai.length ? ai[k].i + 1 : a.length;
            break;
        }
    }
    // rough size of the change: lines present on one side only. Lines the two share at the start and at the end
    // would count once on each side and cancel: only those between are counted.
    let head = 0;
    while (head < ai.length && head < b.length && ai[head].l === b[head])
        head++;
    let tail = 0;
    while (tail < ai.length - head && tail < b.length - head && ai[ai.length - 1 - tail].l === b[b.length - 1 - tail])
        tail++;
    const count = new Map();
    for (let k = head; k < ai.length - tail; k++)
        count.set(ai[k].l, (count.get(ai[k].l) ?? 0) + 1);
    for (let k = head; k < b.length - tail; k++)
        count.set(b[k], (count.get(b[k]) ?? 0) - 1);
    let changed = 0;
    for (const c of count.values())
        changed += Math.abs(c);
    return { line: first === -1 ? 1 : first, changed };
}
function recs(list) {
    const out = [];
    for (const r of list) {
        const v = (0,gentoo_version/* parseVersion */.ot)(r.version);
        if (v)
            out.push({ r, v, base: (0,gentoo_version/* versionWithoutRevision */.C)(v), bv: { ...v, revision: '' } });
    }
    return out.sort((x, y) => (0,gentoo_version/* compareVersions */.Zy)(x.v, y.v));
}
const sameBase = (a, b) => (0,gentoo_version/* compareVersions */.Zy)(a.bv, b.bv) === 0;
/** Group records (in version order, so PMS-equal bases are neighbours) by base version. */
function byBase(list) {
    const out = [];
    for (const x of list) {
        const g = out[out.length - 1];
        if (g && sameBase(g[0], x))
            g.push(x);
        else
            out.push([x]);
    }
    return out;
}
/**
 * The first position in `sorted` (records in version order) whose version (`v`) or base (`bv`) is not below `at`:
 * one package's thousands of versions on both sides were matched each against all the others (4,000: 33 s).
 */
function firstAtLeast(sorted, at, key) {
    return firstIndex(sorted.length, (k) => (0,gentoo_version/* compareVersions */.Zy)(sorted[k][key], at) >= 0);
}
/** The records of `sorted` with the base of `x` (neighbours in version order). */
function withBaseOf(sorted, x) {
    const from = firstAtLeast(sorted, x.bv, 'bv');
    let to = from;
    while (to < sorted.length && sameBase(sorted[to], x))
        to++;
    return sorted.slice(from, to);
}
/** Versions for a sentence: all of ten or fewer, else the first and last five around how many more. */
function versionList(versions) {
    if (versions.length <= 10)
        return versions.join(', ');
    return `${versions.slice(0, 5).join(', ')}, … ${versions.length - 10} more …, ${versions.slice(-5).join(', ')}`;
}
const mainSlot = (s) => (s === undefined ? undefined : s.split('/')[0]);
/** `list` grouped by `key`, each group in the list's order, the groups in the order their keys first appear. */
function groupBy(list, key) {
    const out = new Map();
    for (const x of list) {
        const k = key(x);
        const g = out.get(k);
        if (g)
            g.push(x);
        else
            out.set(k, [x]);
    }
    return out;
}
function daysBetween(isoDate, now) {
    if (!isoDate)
        return undefined;
    const t = Date.parse(isoDate);
    if (!Number.isFinite(t))
        return undefined;
    return Math.max(0, Math.floor((now - t) / 86_400_000));
}
async function computeDrift(input) {
    const { overlay } = input;
    const read = input.readText ?? defaultRead;
    const now = input.now ?? Date.now();
    const fileBase = external_node_path_default().resolve(input.fileBase ?? overlay.root);
    const ourFile = (r) => external_node_path_default().relative(fileBase, external_node_path_default().join(overlay.root, r.file)).split((external_node_path_default()).sep).join('/');
    const rows = [];
    const findings = [];
    const packages = [];
    // Index upstream packages once.
    const index = input.upstreams.map((u) => {
        const byPkg = new Map();
        // A version Portage cannot source (bash refuses it, its metadata is invalid) is no version emerge could
        // install: never "newer", never the same version as ours. The package itself is still carried.
        for (const p of u.scan.packages)
            byPkg.set(`${p.category}/${p.package}`, p.ebuilds.filter((r) => !r.bashError && !r.metadataError));
        const prev = new Map();
        for (const p of u.previous?.packages ?? [])
            prev.set(`${p.category}/${p.package}`, p.ebuilds);
        return { u, byPkg, prev, slotMoves: slotMoveLookup(u.updates ?? []) };
    });
    const repos = [
        { name: overlay.name, priority: input.overlayPriority, categories: overlay.categories },
        ...input.upstreams.map((u) => ({ name: u.scan.name, priority: u.priority, categories: u.scan.categories })),
    ];
    // Between identical versions the higher priority wins, then the later name (DOMAIN.md §1).
    const tie = (theirPriority, theirName) => {
        const oursWins = input.overlayPriority > theirPriority || (input.overlayPriority === theirPriority && overlay.name > theirName);
        const how = input.overlayPriority === theirPriority ? `equal priority ${theirPriority}, decided by name` : `priority ${input.overlayPriority} vs ${theirPriority}`;
        return `${oursWins ? 'ours' : `${theirName}'s`} is the one installed (${how})`;
    };
    for (const pkgRec of overlay.packages) {
        const pkg = `${pkgRec.category}/${pkgRec.package}`;
        const before = rows.length;
        const ours = recs(pkgRec.ebuilds);
        if (ours.length === 0)
            continue;
        const newestOurs = [...ours].reverse().find((x) => !isLiveVersion(x.v)) ?? ours[ours.length - 1];
        const carriers = index.filter((x) => x.byPkg.has(pkg));
        if (carriers.length === 0) {
            // moved or removed upstream, or ours alone
            for (const { u, prev } of index) {
                const mv = resolveMove(pkg, u.updates ?? []);
                if (mv) {
                    const last = mv.chain[mv.chain.length - 1];
                    const target = index.find((x) => x.byPkg.has(mv.to));
                    rows.push({
                        class: 'moved', package: pkg, upstream: u.scan.name, ours: ours.map((x) => x.r.version).join(', '), theirs: mv.to,
                        detail: `${u.scan.name} moved ${pkg} to ${mv.to} (${last.file}:${last.line})${target ? `; ${target.u.scan.name} carries ${mv.to}` : ''}.`,
                        action: `Rename ours to ${mv.to} (git mv, update dependencies), or drop it if ${u.scan.name}'s ${mv.to} is what you need.`,
                        file: ourFile(newestOurs.r), line: 1,
                    });
                    break;
                }
                let evidence;
                let when = '';
                if (prev.has(pkg))
                    evidence = 'previous checkout';
                else if (input.removedIn) {
                    const gone = await input.removedIn(u.scan.root, pkg);
                    if (gone) {
                        evidence = 'git history';
                        when = ` in ${gone.commit.slice(0, 12)}${gone.date ? ` (${gone.date.slice(0, 10)})` : ''}`;
                    }
                }
                if (evidence) {
                    rows.push({
                        class: 'removed', package: pkg, upstream: u.scan.name, ours: ours.map((x) => x.r.version).join(', '), evidence,
                        detail: `${u.scan.name} removed ${pkg}${when}; ours (${ours.map((x) => x.r.version).join(', ')}) is now the only copy.`,
                        action: `Keep ours only if you still need it (you now maintain it alone, without upstream fixes); otherwise drop it.`,
                        file: ourFile(newestOurs.r), line: 1,
                    });
                    break;
                }
            }
            packages.push({ package: pkg, carriedBy: [], status: rows.length > before ? 'drift' : 'overlay-only', rows: rows.length - before });
            continue;
        }
        for (const { u, prev, slotMoves } of carriers) {
            const name = u.scan.name;
            const theirs = recs(index.find((x) => x.u === u).byPkg.get(pkg));
            const theirsReleases = theirs.filter((x) => !isLiveVersion(x.v));
            const newestTheirs = theirsReleases[theirsReleases.length - 1];
            // same version: identical or different content
            for (const o of ours) {
                const at = firstAtLeast(theirs, o.v, 'v');
                const t = at < theirs.length && (0,gentoo_version/* compareVersions */.Zy)(theirs[at].v, o.v) === 0 ? theirs[at] : undefined;
                if (!t)
                    continue;
                let same = o.r.md5 !== undefined && o.r.md5 === t.r.md5;
                let line;
                let changed = 0;
                if (!same) {
                    // texts kept by the scan (keepText) are not read again
                    const [a, b] = await Promise.all([
                        overlay.texts?.get(o.r.file) ?? read(external_node_path_default().join(overlay.root, o.r.file)),
                        u.scan.texts?.get(t.r.file) ?? read(external_node_path_default().join(u.scan.root, t.r.file)),
                    ]);
                    if (a !== undefined && b !== undefined) {
                        same = normaliseEbuild(a) === normaliseEbuild(b);
                        if (!same)
                            ({ line, changed } = firstDifferingLine(a, b));
                    }
                }
                if (same) {
                    rows.push({
                        class: 'identical', package: pkg, upstream: name, ours: o.r.version, theirs: t.r.version,
                        detail: `Our ${o.r.version} is identical to ${name}'s (copyright header and whitespace aside).`,
                        action: `Identical to ${name}'s ${t.r.version}: drop ours.`,
                        file: ourFile(o.r), line: 1,
                    });
                }
                else {
                    rows.push({
                        class: 'content-differs', package: pkg, upstream: name, ours: o.r.version, theirs: t.r.version,
                        detail: `Our ${o.r.version} differs from ${name}'s${changed ? ` (${changed} line${changed === 1 ? '' : 's'} differ)` : ''}, first at line ${line ?? 1}; ${tie(u.priority, name)}.`,
                        action: `Merge ${name}'s changes into ours, or bump our revision so the difference is explicit.`,
                        file: ourFile(o.r), line: line ?? 1,
                    });
                }
            }
            // upstream revised a version we carry
            const ourBases = byBase(ours);
            for (const list of ourBases) {
                const ourBest = list[list.length - 1];
                const newer = withBaseOf(theirs, ourBest).filter((x) => (0,gentoo_version/* compareVersions */.Zy)(x.v, ourBest.v) > 0);
                if (newer.length === 0)
                    continue;
                const best = newer[newer.length - 1];
                rows.push({
                    class: 'revision-bump', package: pkg, upstream: name, ours: ourBest.r.version, theirs: best.r.version,
                    detail: `${name} revised ${ourBest.base} as ${best.r.version}; ours is ${ourBest.r.version}.`,
                    action: `Diff ${name}'s ${best.r.version} against our ${ourBest.r.version} and take the fix (then drop ours if nothing else differs).`,
                    file: ourFile(ourBest.r), line: 1,
                });
            }
            // lagging: newer upstream releases in the slot of ours (other slots are new-slot rows). Packages slotted
            // per version (dev-lang/rust) or with a slot not known statically compare across all releases.
            // slotted per version like dev-lang/rust (SLOT="${PV%%_*}"): judged on both sides, so one upstream version is enough
            const both = [...ours, ...theirs];
            const perVersion = new Set(both.map((x) => mainSlot(x.r.slot))).size > 1 && both.every((x) => mainSlot(x.r.slot) === x.base.replace(/_.*$/, ''));
            const slotAware = !perVersion && ours.every((o) => o.r.slot !== undefined) && theirs.every((t) => t.r.slot !== undefined);
            const ourReleases = ours.filter((x) => !isLiveVersion(x.v));
            const groups = slotAware ? [...groupBy(ourReleases, (o) => mainSlot(o.r.slot)).values()] : [ourReleases];
            const theirsBySlot = slotAware ? groupBy(theirsReleases, (t) => mainSlot(t.r.slot)) : undefined;
            const lagFor = new Map();
            for (const group of groups) {
                if (group.length === 0)
                    continue;
                const mine = group[group.length - 1];
                let pool = theirsBySlot ? (theirsBySlot.get(mainSlot(mine.r.slot)) ?? []) : theirsReleases;
                // upstream has nothing left in our slot (moved on to another): its newer releases are still ahead of ours
                if (pool.length === 0 && groups.length === 1)
                    pool = theirsReleases;
                const firstNewer = [];
                for (const t of pool) {
                    // (the pool is in version order: a base seen already is the last one kept)
                    const last = firstNewer[firstNewer.length - 1];
                    if ((0,gentoo_version/* compareVersions */.Zy)(t.bv, mine.bv) > 0 && !(last && sameBase(last, t)))
                        firstNewer.push(t);
                }
                if (firstNewer.length === 0)
                    continue;
                const newerBases = firstNewer.map((t) => t.base);
                const date = input.fileDate ? await input.fileDate(u.scan.root, firstNewer[0].r.file) : undefined;
                const days = daysBetween(date, now);
                const newest = pool[pool.length - 1].r.version;
                const copy = theirs.find((t) => (0,gentoo_version/* compareVersions */.Zy)(t.v, mine.v) === 0 && rows.some((r) => r.class === 'identical' && r.package === pkg && r.upstream === name && r.ours === mine.r.version));
                const lagRow = {
                    class: 'lagging', package: pkg, upstream: name, ours: mine.r.version, theirs: newest,
                    detail: `${name} has ${newerBases.length} newer version${newerBases.length === 1 ? '' : 's'} (${versionList(newerBases)})${days !== undefined ? `; ${firstNewer[0].r.version} arrived ${days} day${days === 1 ? '' : 's'} ago` : ''}.`,
                    // a verbatim copy has no patches to rebase
                    action: copy ? `Ours is identical to ${name}'s ${copy.r.version}: drop ours and use ${name}'s ${newest}.` : `Rebase our patches onto ${newest}.`,
                    file: ourFile(mine.r), line: 1,
                    behind: { versions: newerBases, ...(days !== undefined ? { days } : {}) },
                };
                rows.push(lagRow);
                lagFor.set(mine.r.version, lagRow);
            }
            // versions upstream no longer carries
            const prevRecs = recs(prev.get(pkg) ?? []);
            let theirsText;
            for (const list of ourBases) {
                const o = list[list.length - 1];
                const b = o.base;
                if (isLiveVersion(o.v) || withBaseOf(theirs, o).length > 0 || !newestTheirs)
                    continue;
                if ((0,gentoo_version/* compareVersions */.Zy)(o.v, newestTheirs.v) > 0)
                    continue; // ours is ahead: not a removal
                let evidence = 'absent upstream';
                let when = '';
                if (withBaseOf(prevRecs, o).length > 0)
                    evidence = 'previous checkout';
                else if (input.removedIn) {
                    const rel = `${pkg}/${pkgRec.package}-${o.r.version}.ebuild`;
                    const gone = await input.removedIn(u.scan.root, rel);
                    if (gone) {
                        evidence = 'git history';
                        when = ` in ${gone.commit.slice(0, 12)}${gone.date ? ` (${gone.date.slice(0, 10)})` : ''}`;
                    }
                }
                // our lagging version merely gone from upstream (old versions are cleaned up): said in the lagging row
                const lag = lagFor.get(o.r.version);
                if (evidence === 'absent upstream' && lag) {
                    lag.detail = `${lag.detail.replace(/\.$/, '')}; it no longer carries our ${b}.`;
                    continue;
                }
                rows.push({
                    class: 'removed', package: pkg, upstream: name, ours: o.r.version,
                    detail: evidence === 'absent upstream'
                        ? `${name} no longer carries ${b} (it has ${(theirsText ??= versionList(theirs.map((x) => x.r.version)))}).`
                        : `${name} removed ${b}${when}.`,
                    action: `Upstream dropped ${b}: drop ours too, unless we need it (then we maintain it alone).`,
                    file: ourFile(o.r), line: 1, evidence,
                });
            }
            // slot moves of a slot we use
            const movedTo = new Set();
            for (const sm of slotMoves(pkg)) {
                if (!ours.some((o) => mainSlot(o.r.slot) === sm.fromSlot))
                    continue;
                movedTo.add(sm.toSlot);
                rows.push({
                    class: 'moved', package: pkg, upstream: name, theirs: `:${sm.toSlot}`,
                    detail: `${name} moved ${sm.atom} from slot ${sm.fromSlot} to ${sm.toSlot} (${sm.file}:${sm.line}).`,
                    action: `Change SLOT="${sm.fromSlot}" to "${sm.toSlot}" in ours, or consumers of :${sm.toSlot} will not find it.`,
                    file: ourFile(ours.find((o) => mainSlot(o.r.slot) === sm.fromSlot).r), line: 1,
                });
            }
            // new upstream slots (not for per-version slotting such as dev-lang/rust, where lagging says it)
            const ourSlots = new Set(ours.map((o) => mainSlot(o.r.slot)));
            if (!ourSlots.has(undefined) && !perVersion) {
                const bySlot = new Map();
                for (const t of theirs) {
                    const s = mainSlot(t.r.slot);
                    // a slot our slot was moved to is the moved row's news, not a new slot
                    if (s === undefined || ourSlots.has(s) || movedTo.has(s))
                        continue;
                    const list = bySlot.get(s);
                    if (list)
                        list.push(t.r.version);
                    else
                        bySlot.set(s, [t.r.version]);
                }
                for (const [s, versions] of bySlot) {
                    rows.push({
                        class: 'new-slot', package: pkg, upstream: name, theirs: `:${s}`,
                        detail: `${name} carries slot ${s} (${versionList(versions)}), which we do not.`,
                        action: `Add a ${pkg}:${s} ebuild if our users need it; otherwise nothing to do.`,
                        file: ourFile(newestOurs.r), line: 1,
                    });
                }
            }
        }
        // shadowed: would emerge pick upstream's?
        const all = [...pkgRec.ebuilds, ...carriers.flatMap((c) => c.byPkg.get(pkg))];
        const sh = shadowStatus(pkg, overlay.name, all, repos, input.visibility);
        if (sh.shadowed && sh.winner && sh.ours) {
            const w = sh.winner.record;
            const o = sh.ours.record;
            const [wv, ov] = [(0,gentoo_version/* parseVersion */.ot)(w.version), (0,gentoo_version/* parseVersion */.ot)(o.version)];
            const sameVersion = wv !== null && ov !== null && (0,gentoo_version/* compareVersions */.Zy)(wv, ov) === 0;
            // a winner in another slot leaves ours installable for `pkg:slot` (not for slot-per-version packages
            // such as dev-lang/rust, where every version has its own slot and the plain atom is what users ask for)
            const [ws, os] = [mainSlot(w.slot), mainSlot(o.slot)];
            const ownSlot = (rec, v) => v !== null && mainSlot(rec.slot) === (0,gentoo_version/* versionWithoutRevision */.C)(v).replace(/_.*$/, '');
            // …and only when nothing in our own slot beats ours too
            const otherSlot = ws !== undefined && os !== undefined && ws !== os && !(ownSlot(w, wv) && ownSlot(o, ov)) &&
                !shadowStatus(pkg, overlay.name, all.filter((e) => mainSlot(e.slot) === os), repos, input.visibility).shadowed;
            const action = sameVersion
                ? `Raise ${overlay.name}'s priority above ${w.repo}'s (${sh.winner.priority}) in repos.conf if ours is meant to win: higher wins between identical versions.`
                : otherSlot
                    ? `Ours still serves ${pkg}:${os} (${w.repo}'s ${w.version} is slot ${ws}); mask \`${pkg}::${w.repo}\` in package.mask only if ${o.version} is meant to win for plain ${pkg}.`
                    : `Mask \`${pkg}::${w.repo}\` in package.mask if ${o.version} is meant to win; priority cannot do it.`;
            rows.push({
                class: 'shadowed', package: pkg, upstream: w.repo, ours: o.version, theirs: w.version,
                detail: sh.explanation, action, file: ourFile(o), line: 1,
            });
        }
        packages.push({
            package: pkg,
            carriedBy: carriers.map((c) => c.u.scan.name),
            status: rows.length > before ? 'drift' : 'in-sync',
            rows: rows.length - before,
        });
    }
    const counts = Object.fromEntries(DRIFT_CLASSES.map((c) => [c, 0]));
    for (const r of rows)
        counts[r.class]++;
    return {
        overlay: overlay.name,
        rows,
        packages,
        counts,
        driftCount: rows.length,
        shadowedCount: counts.shadowed,
        findings,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/own.ts
/**
 * `table[key]` for a key that comes from outside (a spec file, a lockfile, a Manifest): only the table's own
 * entries, never what every object inherits — `table["valueOf"]` is Object.prototype.valueOf, and
 * `{"linker-flavor": "valueOf"}` once reached `f.split is not a function` that way.
 */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./shared/gentoo/layout-conf.ts


/** Portage's default when layout.conf has no `manifest-hashes`. */
const DEFAULT_MANIFEST_HASHES = ['BLAKE2B', 'SHA512'];
const DEPRECATED_HASHES = new Set(['MD5', 'RMD160', 'SHA1', 'WHIRLPOOL']);
/** Hash names Portage knows (portage.checksum). */
const KNOWN_HASHES = new Set([
    'BLAKE2B', 'BLAKE2S', 'SHA256', 'SHA512', 'SHA3_256', 'SHA3_512', 'STREEBOG256', 'STREEBOG512',
    'MD5', 'RMD160', 'SHA1', 'WHIRLPOOL',
]);
const KNOWN_LAYOUT_KEYS = new Set([
    'masters', 'thin-manifests', 'sign-commits', 'sign-manifests', 'use-manifests', 'manifest-hashes',
    'manifest-required-hashes', 'cache-formats', 'profile-formats', 'eapis-banned', 'eapis-deprecated',
    'eapis-testing', 'properties-allowed', 'restrict-allowed', 'repo-name', 'aliases', 'update-changelog',
    'profile_eapi_when_unspecified',
]);
/** Keys people put in layout.conf that belong elsewhere, with where. */
const MISPLACED = {
    priority: 'priority belongs in repos.conf (a higher number wins, and only between identical versions)',
    eapis: 'there is no "eapis" key; use eapis-banned / eapis-deprecated',
    properties: 'there is no "properties" key; use properties-allowed',
    restrict: 'there is no "restrict" key; use restrict-allowed',
    location: 'location belongs in repos.conf',
    'sync-uri': 'sync-uri belongs in repos.conf',
    'sync-type': 'sync-type belongs in repos.conf',
    'auto-sync': 'auto-sync belongs in repos.conf',
};
const words = (v) => (v ?? '').split(/\s+/).filter(Boolean);
function bool(v, dflt) {
    if (v === undefined)
        return dflt;
    const l = v.trim().toLowerCase();
    return l === 'true' ? true : l === 'false' ? false : dflt;
}
function parseLayoutConf(text, file) {
    const findings = [];
    const raw = {};
    const lines = text.split('\n');
    lines.forEach((rawLine, idx) => {
        const line = idx + 1;
        const l = rawLine.replace(/\r$/, '').trim();
        if (l === '' || l.startsWith('#'))
            return;
        const eq = l.indexOf('=');
        if (eq <= 0) {
            findings.push(findings_gentooFindings.make('layout-malformed-line', `layout.conf line is not "key = value": "${l.slice(0, 80)}"`, {
                file, line, hint: 'Portage ignores this line.',
            }));
            return;
        }
        const key = l.slice(0, eq).trim();
        const value = l.slice(eq + 1).trim();
        if (raw[key]) {
            findings.push(findings_gentooFindings.make('layout-duplicate-key', `"${key}" is set again (first at line ${raw[key].line}); the last one wins`, { file, line }));
        }
        raw[key] = { value, line };
        if (!KNOWN_LAYOUT_KEYS.has(key)) {
            findings.push(findings_gentooFindings.make('layout-unknown-key', `"${key}" is not a layout.conf key: Portage silently ignores it`, {
                file, line, hint: own(MISPLACED, key) ?? 'Remove it, or check the spelling against portage(5).',
            }));
        }
    });
    const get = (k) => raw[k]?.value;
    const manifestHashes = raw['manifest-hashes'] ? words(get('manifest-hashes')) : [...DEFAULT_MANIFEST_HASHES];
    const manifestRequiredHashes = raw['manifest-required-hashes'] ? words(get('manifest-required-hashes')) : [...manifestHashes];
    const um = (get('use-manifests') ?? 'strict').toLowerCase();
    const layout = {
        masters: raw.masters ? words(get('masters')) : undefined,
        thinManifests: bool(get('thin-manifests'), false),
        signCommits: bool(get('sign-commits'), false),
        signManifests: bool(get('sign-manifests'), true),
        useManifests: um === 'true' || um === 'false' ? um : 'strict',
        manifestHashes,
        manifestRequiredHashes,
        cacheFormats: words(get('cache-formats')),
        profileFormats: raw['profile-formats'] ? words(get('profile-formats')) : ['pms'],
        eapisBanned: words(get('eapis-banned')),
        eapisDeprecated: words(get('eapis-deprecated')),
        propertiesAllowed: raw['properties-allowed'] ? words(get('properties-allowed')) : undefined,
        restrictAllowed: raw['restrict-allowed'] ? words(get('restrict-allowed')) : undefined,
        repoName: get('repo-name'),
        aliases: words(get('aliases')),
        updateChangelog: bool(get('update-changelog'), false),
        raw,
    };
    if (!raw.masters) {
        findings.push(findings_gentooFindings.make('layout-missing-masters', 'layout.conf does not set "masters"', {
            file, line: 1, hint: 'Add "masters = gentoo" for an overlay (an empty "masters =" only for a standalone repository like ::gentoo).',
        }));
    }
    for (const key of ['thin-manifests', 'sign-commits', 'sign-manifests', 'update-changelog']) {
        const r = raw[key];
        if (r && !/^(true|false)$/i.test(r.value)) {
            findings.push(findings_gentooFindings.make('layout-bad-boolean', `"${key} = ${r.value}" is not true or false`, { file, line: r.line }));
        }
    }
    if (raw['use-manifests'] && !/^(strict|true|false)$/i.test(raw['use-manifests'].value)) {
        const r = raw['use-manifests'];
        findings.push(findings_gentooFindings.make('layout-bad-value', `"use-manifests = ${r.value}" is not strict, true or false`, { file, line: r.line }));
    }
    for (const key of ['manifest-hashes', 'manifest-required-hashes']) {
        const r = raw[key];
        if (!r)
            continue;
        for (const h of words(r.value)) {
            if (DEPRECATED_HASHES.has(h)) {
                findings.push(findings_gentooFindings.make('layout-deprecated-hash', `${key} lists ${h}, a deprecated hash`, {
                    file, line: r.line, hint: 'Use "BLAKE2B SHA512" as ::gentoo and GURU do.',
                }));
            }
            else if (!KNOWN_HASHES.has(h)) {
                findings.push(findings_gentooFindings.make('layout-unknown-hash', `${key} lists "${h}", which Portage does not know`, { file, line: r.line }));
            }
        }
    }
    const missing = manifestRequiredHashes.filter((h) => !manifestHashes.includes(h));
    if (missing.length > 0) {
        const r = raw['manifest-required-hashes'];
        findings.push(findings_gentooFindings.make('layout-required-hashes-not-subset', `manifest-required-hashes has ${missing.join(', ')}, which manifest-hashes does not generate`, {
            file, line: r?.line, hint: 'Every required hash must also be listed in manifest-hashes.',
        }));
    }
    return { layout, findings };
}

;// CONCATENATED MODULE: ./shared/gentoo/manifest.ts
/**
 * Package Manifests: `TYPE filename size (HASHNAME hexdigest)+`, TYPE one of DIST EBUILD AUX MISC.
 * Parsing is pure; `verifyDistfiles` reads files (streamed, every hash in one pass).
 */







const TYPES = new Set(['DIST', 'EBUILD', 'AUX', 'MISC']);
/**
 * Whether text[from, from + n) is lower-case hex. `(c - 48) | (57 - c)` is negative exactly when c is no digit, and
 * `(c - 97) | (102 - c)` when it is no letter a-f: their AND is negative for a character that is neither, and one
 * such character makes the OR of all of them negative. No branch per character: a DIST line has 256 of them, and
 * this loop was most of the parse.
 */
function lowerHexAt(text, from, n) {
    let acc = 0;
    for (let i = from; i < from + n; i++) {
        const c = text.charCodeAt(i);
        acc |= ((c - 48) | (57 - c)) & ((c - 97) | (102 - c));
    }
    return acc >= 0;
}
const TAIL_SHA512 = ' SHA512 ';
const TAIL_BLAKE2B = ' BLAKE2B ';
/**
 * The line ::gentoo and GURU write, `TYPE name size BLAKE2B <128 hex> SHA512 <128 hex>` (an optional `\r` before
 * the line end), read in place: the two digests sit at fixed offsets from the line's end, so only the type, name
 * and size are searched for. Any other line is undefined (the general path reads it). The same lines as
 * /^(DIST|EBUILD|AUX|MISC) ([^ \n]+) (\d+) BLAKE2B ([0-9a-f]{128}) SHA512 ([0-9a-f]{128})\r?$/ (a test holds the
 * two together), at a third of that regex's cost: V8 checked the 256 hex digits of each line one costly step at a time.
 */
function regularManifestLine(text, start, end) {
    let e = end;
    if (e > start && text.charCodeAt(e - 1) === 13)
        e--;
    const sha = e - 128;
    const blake = sha - TAIL_SHA512.length - 128;
    const sizeEnd = blake - TAIL_BLAKE2B.length;
    if (sizeEnd < start || !text.startsWith(TAIL_SHA512, sha - TAIL_SHA512.length) || !text.startsWith(TAIL_BLAKE2B, sizeEnd))
        return undefined;
    const sp1 = text.indexOf(' ', start);
    if (sp1 === -1 || sp1 >= sizeEnd)
        return undefined;
    const type = text.slice(start, sp1);
    if (!TYPES.has(type))
        return undefined;
    const sp2 = text.indexOf(' ', sp1 + 1);
    // a name of one character at least, then the size: digits only, one at least
    if (sp2 <= sp1 + 1 || sp2 + 1 >= sizeEnd)
        return undefined;
    for (let i = sp2 + 1; i < sizeEnd; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return undefined;
    }
    if (!lowerHexAt(text, blake, 128) || !lowerHexAt(text, sha, 128))
        return undefined;
    return { type: type, file: text.slice(sp1 + 1, sp2), size: text.slice(sp2 + 1, sizeEnd), blake2b: text.slice(blake, blake + 128), sha512: text.slice(sha, sha + 128) };
}
const REGULAR_LINE_RE = /^(?:DIST|EBUILD|AUX|MISC) [^ ]+ \d+(?: [A-Z0-9_]+ [0-9a-f]+)+$/;
/** 0 = not hex, 1 = lower-case hex, 2 = hex with upper-case letters. A loop: regexes were the hot spot here. */
function hexKind(s) {
    if (s.length === 0)
        return 0;
    let upper = false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102))
            continue;
        if (c >= 65 && c <= 70)
            upper = true;
        else
            return 0;
    }
    return upper ? 2 : 1;
}
const DIGITS_RE = /^\d+$/;
function malformed(msg, l, file, line) {
    return findings_gentooFindings.make('manifest-malformed-line', `${msg}: "${l.length > 100 ? l.slice(0, 100) + '…' : l}"`, {
        file, line, hint: 'Expected "TYPE filename size HASHNAME hex [HASHNAME hex …]"; regenerate with `ebuild … manifest` or `pkgdev manifest`.',
    });
}
/** Hex digest length per hash name. */
const HASH_HEX_LENGTH = {
    BLAKE2B: 128, BLAKE2S: 64, SHA256: 64, SHA512: 128, SHA3_256: 64, SHA3_512: 128, STREEBOG256: 64,
    STREEBOG512: 128, MD5: 32, RMD160: 40, SHA1: 40, WHIRLPOOL: 128,
};
/** Manifest hash name -> node:crypto algorithm. */
const NODE_HASH = {
    BLAKE2B: 'blake2b512', BLAKE2S: 'blake2s256', SHA256: 'sha256', SHA512: 'sha512', SHA3_256: 'sha3-256',
    SHA3_512: 'sha3-512', SHA1: 'sha1', MD5: 'md5', RMD160: 'ripemd160',
};
function parseManifest(text, opts = {}) {
    const { file } = opts;
    const required = opts.requiredHashes ?? DEFAULT_MANIFEST_HASHES;
    const findings = [];
    const entries = [];
    const dist = new Map();
    let thinReported = false;
    const once = perManifest(findings, file);
    // required hashes the fast path's line (BLAKE2B and SHA512) lacks
    const fastMissing = required.filter((h) => h !== 'BLAKE2B' && h !== 'SHA512');
    let line = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        line++;
        // Fast path: the line ::gentoo and GURU write (BLAKE2B + SHA512, lower-case hex), read in place.
        const fm = regularManifestLine(text, start, end);
        if (fm !== undefined) {
            start = end + 1;
            const type = fm.type;
            const entry = { type, file: fm.file, size: Number(fm.size), hashes: { BLAKE2B: fm.blake2b, SHA512: fm.sha512 }, line };
            if (fastMissing.length > 0)
                once.missing(fastMissing, entry.file, line);
            if (type !== 'DIST') {
                if (opts.thin && !thinReported) {
                    findings.push(findings_gentooFindings.make('manifest-not-thin', `${type} entry in a thin Manifest: only DIST lines belong (thin-manifests = true)`, {
                        file, line, hint: 'Drop the EBUILD/AUX/MISC lines; git already covers those files.',
                    }));
                    thinReported = true;
                }
                entries.push(entry);
                continue;
            }
            const prev = dist.get(entry.file);
            if (prev) {
                const same = prev.size === entry.size && JSON.stringify(prev.hashes) === JSON.stringify(entry.hashes);
                findings.push(findings_gentooFindings.make('manifest-duplicate-dist', same
                    ? `DIST ${entry.file} is listed twice (first at line ${prev.line})`
                    : `DIST ${entry.file} is listed twice with different size or hashes (first at line ${prev.line})`, { file, line, severity: same ? 'notice' : 'error' }));
            }
            else
                dist.set(entry.file, entry);
            entries.push(entry);
            continue;
        }
        const l = text.slice(start, end).trim();
        start = end + 1;
        if (l === '')
            continue;
        // The common line (single spaces, lower-case hex digests) is recognised by one regex over the line;
        // only other lines pay for per-token checks.
        const regular = REGULAR_LINE_RE.test(l);
        const tok = regular || !/\s\s|\t/.test(l) ? l.split(' ') : l.split(/\s+/);
        const problem = !TYPES.has(tok[0])
            ? `unknown Manifest entry type "${tok[0]}"`
            : tok.length < 5
                ? 'too few fields'
                : (tok.length - 3) % 2 !== 0
                    ? 'hash names and digests are not in pairs'
                    : !DIGITS_RE.test(tok[2])
                        ? `size "${tok[2]}" is not a number of bytes`
                        : undefined;
        if (problem) {
            findings.push(malformed(problem, l, file, line));
            continue;
        }
        const type = tok[0];
        const name = tok[1];
        const hashes = {};
        let ok = true;
        for (let k = 3; k < tok.length; k += 2) {
            const h = tok[k];
            const hex = tok[k + 1];
            // Own keys only: a hash named "constructor" in a Manifest is unknown, not Object's constructor.
            const len = own(HASH_HEX_LENGTH, h);
            const kind = regular ? 1 : hexKind(hex);
            if (len === undefined) {
                once.unknown(h, name, line);
            }
            else if (hex.length !== len || kind === 0) {
                findings.push(findings_gentooFindings.make('manifest-bad-digest', `${h} of ${name} is not ${len} hex digits (got ${hex.length} characters)`, {
                    file, line, hint: 'The line was probably truncated or edited by hand; regenerate the Manifest.',
                }));
                ok = false;
            }
            if (DEPRECATED_HASHES.has(h))
                once.deprecated(h, name, line);
            // digests are written in lower case; only mixed-case ones pay for a copy
            hashes[h] = kind === 2 ? hex.toLowerCase() : hex;
        }
        if (!ok)
            continue;
        let missing;
        for (const h of required)
            if (!(h in hashes))
                (missing ??= []).push(h);
        if (missing)
            once.missing(missing, name, line);
        const entry = { type, file: name, size: Number(tok[2]), hashes, line };
        if (opts.thin && type !== 'DIST') {
            if (!thinReported) {
                findings.push(findings_gentooFindings.make('manifest-not-thin', `${type} entry in a thin Manifest: only DIST lines belong (thin-manifests = true)`, {
                    file, line, hint: 'Drop the EBUILD/AUX/MISC lines; git already covers those files.',
                }));
                thinReported = true;
            }
        }
        if (type === 'DIST') {
            const prev = dist.get(name);
            if (prev) {
                const same = prev.size === entry.size && JSON.stringify(prev.hashes) === JSON.stringify(entry.hashes);
                findings.push(findings_gentooFindings.make('manifest-duplicate-dist', same
                    ? `DIST ${name} is listed twice (first at line ${prev.line})`
                    : `DIST ${name} is listed twice with different size or hashes (first at line ${prev.line})`, { file, line, severity: same ? 'notice' : 'error' }));
                entries.push(entry);
                continue;
            }
            dist.set(name, entry);
        }
        entries.push(entry);
    }
    once.close();
    return { manifest: { entries, dist }, findings };
}
/**
 * A deprecated or unknown hash, or a set of required hashes missing, is one finding per Manifest (pkgcheck's
 * DeprecatedManifestHash is one result per package), not one per line: a Manifest written before BLAKE2B lacks it
 * on every line, and a Rust package's Manifest has hundreds of lines. The finding stays where the first such
 * entry is, in line order among the others; when more entries share it, its message says how many.
 */
function perManifest(findings, file) {
    const seen = new Map();
    const note = (key, first, line, what, make) => {
        const prev = seen.get(key);
        if (prev)
            prev.count++;
        else {
            const finding = make();
            findings.push(finding);
            seen.set(key, { finding, first, count: 1, what });
        }
    };
    return {
        deprecated(hash, name, line) {
            note(`d ${hash}`, name, line, `carry ${hash}, a deprecated hash`, () => findings_gentooFindings.make('manifest-deprecated-hash', `${name} carries ${hash}, a deprecated hash`, { file, line, hint: 'Regenerate with BLAKE2B and SHA512.' }));
        },
        unknown(hash, name, line) {
            note(`u ${hash}`, name, line, `carry the unknown hash "${hash}"`, () => findings_gentooFindings.make('manifest-unknown-hash', `unknown hash "${hash}" for ${name}`, { file, line }));
        },
        missing(hashes, name, line) {
            const list = `hash${hashes.length > 1 ? 'es' : ''} ${hashes.join(', ')}`;
            note(`m ${list}`, name, line, `lack required ${list}`, () => findings_gentooFindings.make('manifest-missing-hash', `${name} lacks required ${list}`, {
                file, line, hint: 'Regenerate the Manifest (manifest-required-hashes in metadata/layout.conf).',
            }));
        },
        close() {
            for (const { finding, first, count, what } of seen.values()) {
                if (count > 1)
                    finding.message = `${count} entries ${what} (the first: ${first})`;
            }
        },
    };
}
let supported;
function nodeSupports(alg) {
    supported ??= new Set((0,external_node_crypto_.getHashes)());
    return supported.has(alg);
}
/** Size plus every hash of the file in one streamed pass. */
async function hashFile(file, hashNames) {
    const hs = [];
    for (const h of hashNames) {
        const alg = own(NODE_HASH, h);
        if (alg && nodeSupports(alg))
            hs.push([h, (0,external_node_crypto_.createHash)(alg)]);
    }
    let size = 0;
    await new Promise((resolve, reject) => {
        const s = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
        s.on('data', (chunk) => {
            const b = chunk;
            size += b.length;
            for (const [, h] of hs)
                h.update(b);
        });
        s.on('error', reject);
        s.on('end', () => resolve());
    });
    const hashes = {};
    for (const [name, h] of hs)
        hashes[name] = h.digest('hex');
    return { size, hashes };
}
/** The Manifest line that matches a file, ready to paste. */
function manifestLine(distfile, actual) {
    return `DIST ${distfile} ${actual.size} ${Object.entries(actual.hashes).map(([k, v]) => `${k} ${v}`).join(' ')}`;
}
/**
 * Check every DIST entry against `distdir`: size and each hash node:crypto supports (BLAKE2B and SHA512
 * among them), streamed. A missing distfile is a notice (not downloaded here), not an error.
 */
async function verifyDistfiles(manifest, distdir, opts = {}) {
    const findings = [];
    const entries = [...manifest.dist.values()].filter((e) => !opts.only || opts.only.includes(e.file));
    const checks = new Array(entries.length);
    const limit = Math.max(1, opts.concurrency ?? 4);
    let next = 0;
    const worker = async () => {
        while (next < entries.length) {
            const idx = next++;
            const e = entries[idx];
            const where = { file: opts.file, line: e.line };
            const p = external_node_path_default().join(distdir, e.file);
            const expected = { size: e.size, hashes: e.hashes };
            if (e.file.includes('/') || e.file.includes('\\') || e.file === '..' || e.file === '.') {
                checks[idx] = { distfile: e.file, status: 'unsafe-name', expected, path: p };
                findings.push(findings_gentooFindings.make('manifest-unsafe-name', `DIST name "${e.file}" is not a plain file name; not read`, where));
                continue;
            }
            let isFile = false;
            try {
                isFile = (await (0,promises_.stat)(p)).isFile();
            }
            catch {
                isFile = false;
            }
            if (!isFile) {
                checks[idx] = { distfile: e.file, status: 'missing', expected, path: p };
                findings.push(findings_gentooFindings.make('distfile-missing', `${e.file} is not in ${distdir}; not verified`, where));
                continue;
            }
            let actual;
            try {
                actual = await hashFile(p, Object.keys(e.hashes));
            }
            catch (err) {
                checks[idx] = { distfile: e.file, status: 'unreadable', expected, path: p };
                findings.push(findings_gentooFindings.make('distfile-unreadable', `${e.file} could not be read: ${err.message}`, where));
                continue;
            }
            const diffs = [];
            if (actual.size !== e.size)
                diffs.push(`  size:    expected ${e.size}, actual ${actual.size}`);
            for (const [h, hex] of Object.entries(actual.hashes)) {
                if (e.hashes[h] !== hex)
                    diffs.push(`  ${h}: expected ${e.hashes[h]}\n  ${' '.repeat(h.length)}  actual   ${hex}`);
            }
            if (diffs.length === 0) {
                checks[idx] = { distfile: e.file, status: 'ok', expected, actual, path: p };
                continue;
            }
            checks[idx] = { distfile: e.file, status: 'mismatch', expected, actual, path: p };
            findings.push(findings_gentooFindings.make('distfile-mismatch', `Manifest mismatch for ${e.file}\n  file:    ${p}\n${diffs.join('\n')}`, {
                ...where,
                hint: `If the new file is the right one, the Manifest line is:\n${manifestLine(e.file, actual)}`,
            }));
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, entries.length) }, worker));
    return { checks, findings };
}

;// CONCATENATED MODULE: ./shared/gentoo/integrity.ts
/**
 * Manifest integrity of an overlay: every package that fetches files has a DIST entry with the required
 * hashes for each distfile (from the repository scan), and, given a DISTDIR, each present distfile matches
 * its size, BLAKE2B and SHA512 (streamed). Mismatches read as expected / actual / file, ready to paste.
 */



/** Finding codes that are Manifest integrity problems (from scanRepository and verifyDistfiles). */
const INTEGRITY_CODES = new Set([
    'manifest-missing', 'manifest-missing-dist', 'manifest-missing-hash', 'manifest-bad-digest', 'manifest-malformed-line',
    'manifest-unreadable', 'manifest-duplicate-dist', 'manifest-deprecated-hash', 'manifest-unknown-hash', 'manifest-not-thin',
    'manifest-unused-dist', 'manifest-unsafe-name', 'distfile-mismatch', 'distfile-missing', 'distfile-unreadable',
    'src-uri-not-static', 'layout-required-hashes-not-subset', 'layout-deprecated-hash', 'layout-unknown-hash',
]);
async function checkIntegrity(scan, opts = {}) {
    const findings = scan.findings.filter((f) => INTEGRITY_CODES.has(f.code));
    const fileBase = external_node_path_default().resolve(opts.fileBase ?? scan.root);
    const rel = (p) => external_node_path_default().relative(fileBase, external_node_path_default().join(scan.root, p)).split((external_node_path_default()).sep).join('/');
    const packages = [];
    let verified;
    if (opts.distdir)
        verified = { ok: 0, mismatch: 0, missing: 0, unreadable: 0 };
    for (const p of scan.packages) {
        const known = p.ebuilds.every((e) => e.distfiles !== undefined);
        const distfiles = known ? [...new Set(p.ebuilds.flatMap((e) => e.distfiles ?? []))] : undefined;
        const entry = { package: `${p.category}/${p.package}`, distEntries: p.manifest?.dist.size ?? 0 };
        if (distfiles)
            entry.distfiles = distfiles;
        if (opts.distdir && p.manifest && p.manifest.dist.size > 0) {
            const r = await verifyDistfiles(p.manifest, opts.distdir, { file: rel(`${p.dir}/Manifest`), concurrency: opts.concurrency ?? 4 });
            entry.checks = r.checks;
            (0,finding/* pushAll */.iI)(findings, r.findings);
            for (const c of r.checks) {
                if (c.status === 'ok')
                    verified.ok++;
                else if (c.status === 'mismatch')
                    verified.mismatch++;
                else if (c.status === 'missing')
                    verified.missing++;
                else
                    verified.unreadable++;
            }
        }
        packages.push(entry);
    }
    return { packages, findings, errors: findings.filter((f) => f.severity === 'error').length, ...(verified ? { verified } : {}) };
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
        this.lineStarts = lineStartsOf(src);
    }
    // --- lines, as bash numbers them ---
    lineAt(pos) {
        if (pos >= this.n)
            return this.eofLine();
        return lineAtOffset(this.lineStarts, pos);
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
    const sp = (0,gentoo_version/* splitPackageVersion */.Bz)(base.slice(0, -'.ebuild'.length));
    if (!sp)
        return {};
    const pv = (0,gentoo_version/* versionWithoutRevision */.C)(sp.version);
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
    const lineStarts = lineStartsOf(text);
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
        return lineAtOffset(this.lineStarts, pos);
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

;// CONCATENATED MODULE: ./shared/gentoo/eclass.ts
/**
 * Where an ebuild's eclasses come from: its repository's `eclass/` and its masters' (layout.conf `masters`),
 * the repository's own first, then the masters from the last listed to the first — Portage's eclass lookup,
 * where a later tree overrides an earlier one. Each eclass is read once and prepared once; parse.ts reads its
 * global scope again for every ebuild that inherits it.
 */



/** The eclass directories of a repository, highest precedence first. */
function eclassDirs(root, masterLocations) {
    return [root, ...[...masterLocations].reverse()].map((l) => external_node_path_default().join(l, 'eclass'));
}
/**
 * The eclasses of `dirs` (highest precedence first): the directories are listed now, and an eclass's text is read
 * and prepared when an ebuild first inherits it (::gentoo has ~570 eclasses; the ebuilds a run reads use a few).
 * The file of the first directory that has the eclass and can be read is the one used, as before it was read
 * up front; a name no directory has (or can read) is undefined.
 */
async function loadEclasses(dirs) {
    const files = new Map();
    for (const dir of dirs) {
        const names = await readNames(dir);
        if (!names)
            continue;
        for (const n of names) {
            if (!n.endsWith('.eclass'))
                continue;
            const name = n.slice(0, -'.eclass'.length);
            const file = external_node_path_default().join(dir, n);
            const list = files.get(name);
            if (list)
                list.push(file);
            else
                files.set(name, [file]);
        }
    }
    const prepared = new Map();
    return (name) => {
        if (prepared.has(name))
            return prepared.get(name);
        let p;
        for (const file of files.get(name) ?? []) {
            const text = readTextSync(file);
            if (text === undefined)
                continue;
            p = prepareSource(text, file);
            break;
        }
        prepared.set(name, p);
        return p;
    };
}

;// CONCATENATED MODULE: ./shared/gentoo/md5-cache.ts

const MD5_CACHE_KEYS = new Set([
    'DEPEND', 'RDEPEND', 'SLOT', 'SRC_URI', 'RESTRICT', 'HOMEPAGE', 'LICENSE', 'DESCRIPTION', 'KEYWORDS',
    'INHERITED', 'IUSE', 'REQUIRED_USE', 'PDEPEND', 'BDEPEND', 'EAPI', 'PROPERTIES', 'DEFINED_PHASES', 'IDEPEND',
    'INHERIT', '_eclasses_', '_md5_',
]);
function parseMd5Cache(text, file) {
    const findings = [];
    const values = {};
    const eclasses = {};
    let md5;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].replace(/\r$/, '');
        if (l === '')
            continue;
        const eq = l.indexOf('=');
        if (eq <= 0) {
            findings.push(findings_gentooFindings.make('md5-cache-malformed-line', `md5-cache line is not KEY=value: "${l.slice(0, 80)}"`, { file, line: i + 1 }));
            continue;
        }
        const key = l.slice(0, eq);
        const value = l.slice(eq + 1);
        if (!MD5_CACHE_KEYS.has(key)) {
            findings.push(findings_gentooFindings.make('md5-cache-unknown-key', `md5-cache key "${key}" is not a known metadata key`, { file, line: i + 1 }));
        }
        if (key === '_eclasses_') {
            const parts = value.split('\t');
            if (parts.length % 2 !== 0) {
                findings.push(findings_gentooFindings.make('md5-cache-malformed-line', '_eclasses_ is not name/md5 pairs', { file, line: i + 1 }));
            }
            for (let k = 0; k + 1 < parts.length; k += 2)
                eclasses[parts[k]] = parts[k + 1];
        }
        else if (key === '_md5_') {
            if (!/^[0-9a-f]{32}$/i.test(value)) {
                findings.push(findings_gentooFindings.make('md5-cache-bad-md5', `_md5_ "${value}" is not 32 hex digits`, { file, line: i + 1 }));
            }
            else
                md5 = value.toLowerCase();
        }
        values[key] = value;
    }
    return { entry: { values, eclasses, md5 }, findings };
}

;// CONCATENATED MODULE: ./shared/gentoo/repo-meta.ts


/** First line of profiles/repo_name; undefined name when unusable. */
function parseRepoName(text, file) {
    const findings = [];
    const first = (text.split('\n')[0] ?? '').replace(/\r$/, '');
    const name = first.trim();
    if (name === '') {
        findings.push(findings_gentooFindings.make('repo-name-empty', 'profiles/repo_name is empty: Portage cannot name this repository', { file, line: 1 }));
        return { findings };
    }
    if (name !== first) {
        findings.push(findings_gentooFindings.make('repo-name-whitespace', 'profiles/repo_name has surrounding whitespace', { file, line: 1 }));
    }
    if (!(0,gentoo_version/* isValidRepoName */.i1)(name)) {
        findings.push(findings_gentooFindings.make('repo-name-invalid', `"${name}" is not a valid repository name`, {
            file, line: 1, hint: 'Use [A-Za-z0-9_-], not starting with "-" and not ending in "-<version>".',
        }));
        return { findings };
    }
    return { name, findings };
}
/** profiles/categories: one category per line, `#` comments. */
function parseCategories(text, file) {
    const findings = [];
    const categories = [];
    const seen = new Map();
    text.split('\n').forEach((rawLine, idx) => {
        const line = idx + 1;
        const l = rawLine.replace(/#.*$/, '').trim();
        if (l === '')
            return;
        if (!(0,gentoo_version/* isValidCategoryName */.wo)(l) || /\s/.test(l)) {
            findings.push(findings_gentooFindings.make('category-invalid', `"${l}" is not a valid category name`, { file, line }));
            return;
        }
        const prev = seen.get(l);
        if (prev !== undefined) {
            findings.push(findings_gentooFindings.make('category-duplicate', `category "${l}" is listed again (first at line ${prev})`, { file, line }));
            return;
        }
        seen.set(l, line);
        categories.push({ name: l, line });
    });
    return { categories, findings };
}

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

;// CONCATENATED MODULE: ./shared/gentoo/overlay.ts
/**
 * Scan a repository tree (an overlay, GURU, ::gentoo) into ebuild records plus findings about what Portage
 * would do differently from what the maintainer expects.
 *
 * Reads each directory once and each file once, with a bounded pool of concurrent async reads. Ebuild
 * metadata comes from metadata/md5-cache when present (trusted like Portage's cache; `verifyCache` compares
 * `_md5_` against the ebuild), else from the static reading of the ebuild text (parseEbuild).
 */
















/** What a scan that checks no Manifest does not evaluate: SRC_URI only says what the Manifest must list. */
const UNUSED_WITHOUT_MANIFESTS = new Set(['SRC_URI']);
/** parseEbuild, or the parse of the same text at the same path by another scan when every eclass it looked up
 * is the same file with the same text in this repository: parseEbuild reads nothing else. A parse that skipped
 * SRC_URI serves only another that skips it. */
function parseShared(text, file, eclass, parsed, skip, prepared) {
    const options = (lookup) => ({ prepared, ...(lookup ? { eclass: lookup } : {}), ...(skip ? { skip: UNUSED_WITHOUT_MANIFESTS } : {}) });
    if (!parsed)
        return parseEbuild(text, file, options(eclass));
    const same = (a, b) => a === b || (a !== undefined && b !== undefined && a.file === b.file && a.text === b.text);
    const earlier = parsed.get(file);
    const hit = earlier?.find((e) => e.text === text && (skip || !e.skipped) && e.withEclasses === (eclass !== undefined) && [...e.eclasses].every(([n, src]) => same(src, eclass(n))));
    if (hit)
        return hit.info;
    const eclasses = new Map();
    const info = parseEbuild(text, file, options(eclass ? (n) => {
        const src = eclass(n);
        eclasses.set(n, src);
        return src;
    } : undefined));
    const entry = { text, withEclasses: eclass !== undefined, eclasses, skipped: skip, info };
    if (earlier)
        earlier.push(entry);
    else
        parsed.set(file, [entry]);
    return info;
}
/** Portage's main repository: the implicit master of a repository whose layout.conf has no masters key. */
const MAIN_REPO_NAME = 'gentoo';
/** Top-level directories that are never categories. */
const NOT_CATEGORIES = new Set(['profiles', 'metadata', 'eclass', 'licenses', 'scripts', 'distfiles', 'packages', 'files']);
/**
 * Root profiles/ files Portage never reads: keywords are accepted only by profile nodes and /etc/portage.
 * (A repository's root `profiles/package.use` IS read: UseManager applies it to that repository's packages.)
 */
const IGNORED_PROFILE_FILES = ['package.keywords', 'package.accept_keywords'];
/** The profile directories profiles/profiles.desc lists (`arch path status`), stable ones first. */
function listedProfiles(text) {
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
        const w = line.replace(/#.*/, '').trim().split(/\s+/);
        if (w.length >= 3)
            rows.push({ path: w[1], stable: w[2] === 'stable' });
    }
    return [...rows.filter((r) => r.stable), ...rows.filter((r) => !r.stable)].map((r) => r.path);
}
/** The SLOT ::gentoo gives dev-lang/rust and rust-bin: `${PV%%_*}` (e.g. 1.75.0 for 1.75.0-r1). */
function expectedRustSlot(version) {
    const v = (0,gentoo_version/* splitPackageVersion */.Bz)(`x-${version}`)?.version;
    if (!v)
        return undefined;
    const pv = (0,gentoo_version/* versionWithoutRevision */.C)(v);
    const u = pv.indexOf('_');
    return u === -1 ? pv : pv.slice(0, u);
}
/** Names only (no Dirent objects): below the root every entry's kind follows from its name or from a read. */
async function listNames(p, listings) {
    const known = listings?.get(p);
    if (known)
        return known;
    const names = await readNames(p);
    if (names)
        listings?.set(p, names);
    return names;
}
async function listDir(p) {
    try {
        return (0,external_node_fs_.readdirSync)(p, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
}
const md5 = (data) => (0,external_node_crypto_.createHash)('md5').update(data).digest('hex');
/** `path.join(dir, name)` for an absolute, normalized `dir` and one name read from a directory (no separator, not
 * `.` or `..`): the same string without path.join's normalizing pass, which allocated more than the scan's reads. */
function child(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name;
}
/** `category/package` directory candidates of a tree (files such as metadata.xml fail to list as a package later:
 * no stat per entry here). */
async function packageCandidates(absRoot, rootList, limit, listings) {
    const out = [];
    const catDirs = rootList.filter((d) => d.isDirectory() && !d.name.startsWith('.') && !NOT_CATEGORIES.has(d.name)).map((d) => d.name).sort();
    const catLists = await mapLimit(catDirs, limit, (c) => listNames(child(absRoot, c), listings));
    catDirs.forEach((c, i) => {
        for (const name of catLists[i] ?? []) {
            if (!name.startsWith('.') && name !== 'metadata.xml')
                out.push({ category: c, package: name });
        }
    });
    return out;
}
/** The `category/package` directories of a tree, without reading any file (a superset of its packages: a
 * directory without ebuilds is listed too). For choosing what to read of a large upstream. The category listings
 * go to `listings` when given (a scan of the same tree then does not list them again). */
async function overlay_listPackageDirs(root, concurrency = 64, listings) {
    const absRoot = external_node_path_default().resolve(root);
    const rootList = await listDir(absRoot);
    if (!rootList)
        return [];
    return (await packageCandidates(absRoot, rootList, concurrency, listings)).map((p) => `${p.category}/${p.package}`);
}
/** The record's side of an invalid SLOT: why Portage refuses its metadata, and what emerge says of it. */
function slotInvalid(problem, eapi) {
    if (problem === 'empty')
        return { metadataError: 'SLOT is not set', metadataMask: 'invalid: SLOT: undefined' };
    return {
        metadataError: problem === 'subslot-eapi' ? `its SLOT has a sub-slot, which EAPI ${eapi} does not allow` : 'its SLOT is not a valid slot name',
        metadataMask: 'invalid: SLOT: invalid value',
    };
}
/** The SLOT a finding names: quoted as JSON (control characters escaped), at most 60 characters. */
function slotInvalidWhy(problem, slot, eapi) {
    const shown = JSON.stringify(slot.length > 60 ? `${slot.slice(0, 60)}…` : slot);
    return problem === 'subslot-eapi'
        ? `SLOT=${shown}, a sub-slot, but EAPI ${eapi} has no sub-slots (they came with EAPI 5)`
        : `SLOT=${shown}, which is not a valid slot (one slot name, [A-Za-z0-9_][A-Za-z0-9+_.-]*, or slot/subslot)`;
}
async function scanRepository(root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const base = external_node_path_default().resolve(opts.base ?? root);
    // paths below the root are built from names read from it: relative to the root itself, a path is what it is
    const rel = base === absRoot
        ? (p) => (p === '.' ? '' : p)
        : (p) => external_node_path_default().relative(base, external_node_path_default().join(absRoot, p)).split((external_node_path_default()).sep).join('/');
    const limit = opts.concurrency ?? 64;
    const findings = [];
    const stats = { packages: 0, ebuilds: 0, distEntries: 0, md5CacheHits: 0, ebuildsParsed: 0, unknownSrcUri: 0 };
    const [rootList, layoutText, repoNameText, categoriesText, profilesList, md5Root] = await Promise.all([
        listDir(absRoot),
        readText(external_node_path_default().join(absRoot, 'metadata', 'layout.conf')),
        readText(external_node_path_default().join(absRoot, 'profiles', 'repo_name')),
        readText(external_node_path_default().join(absRoot, 'profiles', 'categories')),
        listDir(external_node_path_default().join(absRoot, 'profiles')),
        opts.useMd5Cache === false ? Promise.resolve(undefined) : listDir(external_node_path_default().join(absRoot, 'metadata', 'md5-cache')),
    ]);
    if (!rootList) {
        findings.push(findings_gentooFindings.make('repo-unreadable', `repository directory ${absRoot} cannot be read`, { file: rel('.') }));
        return { root: absRoot, name: opts.repoName ?? external_node_path_default().basename(absRoot), categories: [], packages: [], ebuilds: [], ignored: [], findings, stats };
    }
    let layout;
    if (layoutText === undefined) {
        findings.push(findings_gentooFindings.make('layout-missing', 'metadata/layout.conf is missing', {
            file: rel('metadata/layout.conf'), hint: 'Create it with at least "masters = gentoo" (and "thin-manifests = true" for git overlays).',
        }));
    }
    else {
        const r = parseLayoutConf(layoutText, rel('metadata/layout.conf'));
        layout = r.layout;
        (0,finding/* pushAll */.iI)(findings, r.findings);
    }
    let name = opts.repoName ?? external_node_path_default().basename(absRoot);
    if (repoNameText === undefined) {
        findings.push(findings_gentooFindings.make('repo-name-missing', 'profiles/repo_name is missing', {
            severity: layout?.repoName ? 'warning' : 'error',
            file: rel('profiles/repo_name'), hint: 'Create it with the repository name on its first line; repos.conf sections must use that name.',
        }));
        if (layout?.repoName)
            name = layout.repoName;
    }
    else {
        const r = parseRepoName(repoNameText, rel('profiles/repo_name'));
        (0,finding/* pushAll */.iI)(findings, r.findings);
        if (r.name)
            name = r.name;
    }
    if (layout?.masters?.length === 0 && name !== MAIN_REPO_NAME) {
        findings.push(findings_gentooFindings.make('layout-masters-empty', `layout.conf sets an empty "masters =": Portage gives ${name} no master, so its ebuilds cannot use ::gentoo's eclasses or licenses`, {
            file: rel('metadata/layout.conf'), line: layout.raw.masters?.line, hint: 'Set "masters = gentoo" (an empty masters is only for a standalone repository such as ::gentoo itself).',
        }));
    }
    if (layout?.repoName && repoNameText !== undefined && layout.repoName !== name) {
        findings.push(findings_gentooFindings.make('repo-name-mismatch', `layout.conf repo-name "${layout.repoName}" differs from profiles/repo_name "${name}"`, {
            file: rel('metadata/layout.conf'), line: layout.raw['repo-name']?.line,
        }));
    }
    let ownCategories = [];
    if (categoriesText !== undefined) {
        const r = parseCategories(categoriesText, rel('profiles/categories'));
        ownCategories = r.categories.map((c) => c.name);
        (0,finding/* pushAll */.iI)(findings, r.findings);
    }
    let listed;
    if (opts.categories)
        listed = new Set(opts.categories);
    else if (categoriesText !== undefined)
        listed = new Set(ownCategories);
    else {
        findings.push(findings_gentooFindings.make('categories-missing', 'profiles/categories is missing: ebuilds are only seen in categories another repository lists', {
            file: rel('profiles/categories'), hint: 'List every category directory of this repository, one per line.',
        }));
    }
    const ignoredRoot = (profilesList ?? []).filter((f) => IGNORED_PROFILE_FILES.includes(f.name));
    if (ignoredRoot.length) {
        // name the profile the lines could go to: the repository's own, from profiles.desc
        const desc = await readText(external_node_path_default().join(absRoot, 'profiles', 'profiles.desc'));
        const profiles = desc !== undefined ? listedProfiles(desc) : [];
        const target = profiles.length
            ? `profiles/${profiles[0]}/package.accept_keywords (the profile ${profiles[0]} that profiles/profiles.desc lists${profiles.length > 1 ? `, or another of its ${profiles.length} profiles` : ''})`
            : undefined;
        for (const f of ignoredRoot) {
            findings.push(findings_gentooFindings.make('profiles-file-ignored', `profiles/${f.name} at the repository root is never read by Portage: keywords are accepted only by a profile's package.accept_keywords and /etc/portage`, {
                file: rel(`profiles/${f.name}`),
                hint: target
                    ? `Move its lines to ${target}, which systems using that profile read; or to /etc/portage/package.accept_keywords (setup-overlay: the package-accept-keywords input).`
                    : `This repository defines no profile (no profiles/profiles.desc), so move its lines to /etc/portage/package.accept_keywords (setup-overlay: the package-accept-keywords input), or to package.accept_keywords of the profile your systems use.`,
            }));
        }
    }
    // Eclasses: this repository's and its masters' (a master not configured is not read: its eclasses stay unknown).
    // Without a masters key Portage takes the main repository as master.
    let eclass;
    const masterNames = layout?.masters ?? (name === MAIN_REPO_NAME ? [] : [MAIN_REPO_NAME]);
    // every master configured: an eclass none of them has is one Portage cannot find either
    let eclassesComplete = false;
    if (opts.repoLocations) {
        const masters = masterNames.map((m) => opts.repoLocations[m]).filter((l) => l !== undefined);
        eclassesComplete = masters.length === masterNames.length;
        eclass = await loadEclasses(eclassDirs(absRoot, masters));
    }
    const eclassWhere = masterNames.length
        ? `in neither ${name}'s eclass/ nor that of its master${masterNames.length > 1 ? 's' : ''} (${masterNames.join(', ')})`
        : `not in ${name}'s eclass/ (it has no master)`;
    const metadataSeverity = opts.metadataXml ?? 'warning';
    const thin = layout?.thinManifests ?? false;
    const required = layout?.manifestRequiredHashes;
    const md5Cats = new Set((md5Root ?? []).filter((d) => d.isDirectory()).map((d) => d.name));
    const checkManifests = opts.checkManifests !== false;
    // Category directories -> package directories (or only the packages asked for: nothing else is read).
    const pkgDirs = [];
    if (opts.packages) {
        // a category this tree does not have holds none of the packages: not listed (a failed listing costs an error)
        const here = new Set(rootList.map((d) => d.name));
        for (const cp of new Set(opts.packages)) {
            const parts = cp.split('/');
            // names from the caller become paths: only plain category/package, never `..`
            if (parts.length !== 2 || !(0,gentoo_version/* isValidCategoryName */.wo)(parts[0]) || !/^[A-Za-z0-9_][A-Za-z0-9+_-]*$/.test(parts[1]))
                continue;
            if (!here.has(parts[0]))
                continue;
            pkgDirs.push({ category: parts[0], package: parts[1] });
        }
    }
    else {
        (0,finding/* pushAll */.iI)(pkgDirs, await packageCandidates(absRoot, rootList, limit, opts.listings));
    }
    pkgDirs.sort((a, b) => (a.category === b.category ? (a.package < b.package ? -1 : a.package > b.package ? 1 : 0) : a.category < b.category ? -1 : 1));
    const infos = opts.keepInfo ? new Map() : undefined;
    const texts = opts.keepText ? new Map() : undefined;
    const categoriesWithEbuilds = new Set();
    const unknownSrc = [];
    const packages = await mapLimit(pkgDirs, limit, async ({ category, package: pkg }) => {
        const dir = `${category}/${pkg}`;
        const absDir = child(child(absRoot, category), pkg);
        const list = await listNames(absDir, opts.listings);
        if (!list)
            return undefined;
        const ebuildFiles = list.filter((n) => n.endsWith('.ebuild')).sort();
        if (ebuildFiles.length === 0)
            return undefined;
        const local = [];
        const hasMetadataXml = list.includes('metadata.xml');
        const hasManifest = list.includes('Manifest');
        categoriesWithEbuilds.add(category);
        if (!(0,gentoo_version/* isValidCategoryName */.wo)(category)) {
            local.push(findings_gentooFindings.make('category-name-invalid', `"${category}" is not a valid category name`, { file: rel(dir) }));
        }
        if (!(0,gentoo_version/* isValidPackageName */.eW)(pkg)) {
            local.push(findings_gentooFindings.make('package-name-invalid', `"${pkg}" is not a valid package name`, { file: rel(dir), hint: 'Names use [A-Za-z0-9+_-] and must not end in "-<version>".' }));
        }
        // texts prepared for this package's versions (or the run's, when shared): a version bumped by copying is prepared once
        const prepared = opts.prepared ?? new Map();
        const valid = [];
        for (const f of ebuildFiles) {
            const pf = f.slice(0, -'.ebuild'.length);
            const sp = (0,gentoo_version/* splitPackageVersion */.Bz)(pf);
            if (!sp || sp.name !== pkg) {
                const prefixOk = pf.startsWith(`${pkg}-`);
                local.push(findings_gentooFindings.make('ebuild-name-invalid', prefixOk
                    ? `${f}: "${pf.slice(pkg.length + 1)}" is not a valid version, so Portage ignores this ebuild`
                    : `${f} does not start with "${pkg}-" (the package directory name), so Portage ignores it`, {
                    file: rel(`${dir}/${f}`), hint: `Name it ${pkg}-<version>.ebuild with a PMS version such as 1.2.3, 1.2.3_rc1 or 1.2.3-r1.`,
                }));
                continue;
            }
            valid.push({ fileName: f, version: sp.version.text, pf });
        }
        const [manifestText, ...metas] = await Promise.all([
            hasManifest && checkManifests ? readText(child(absDir, 'Manifest')) : Promise.resolve(undefined),
            ...valid.map(async (v) => {
                const file = `${dir}/${v.fileName}`;
                const cacheText = md5Cats.has(category) ? await readText(external_node_path_default().join(absRoot, 'metadata', 'md5-cache', category, v.pf)) : undefined;
                if (cacheText !== undefined) {
                    const c = parseMd5Cache(cacheText, rel(`metadata/md5-cache/${category}/${v.pf}`));
                    const values = c.entry.values;
                    let stale = false;
                    if (opts.verifyCache) {
                        const buf = await readBytes(child(absDir, v.fileName));
                        if (buf && c.entry.md5 && md5(buf) !== c.entry.md5)
                            stale = true;
                    }
                    if (!stale) {
                        stats.md5CacheHits++;
                        // an entry without SLOT has an empty one (empty values are left out): invalid like any other bad SLOT
                        const eapi = values.EAPI ?? '0';
                        const problem = (0,gentoo_version/* slotProblem */.gN)(values.SLOT ?? '', eapi);
                        const rec = {
                            repo: '', category, package: pkg, version: v.version, file,
                            slot: problem ? undefined : values.SLOT, keywords: (values.KEYWORDS ?? '').split(/\s+/).filter(Boolean),
                            eapi: values.EAPI ?? '0', license: values.LICENSE, distfiles: checkManifests ? srcUriDistfiles(values.SRC_URI ?? '') : undefined,
                            md5: c.entry.md5, source: 'md5-cache',
                            iuse: [...new Set((values.IUSE ?? '').split(/\s+/).filter(Boolean).map((f) => f.replace(/^[+-]/, '')))],
                        };
                        const cacheFindings = [...c.findings];
                        if (problem) {
                            const cacheFile = rel(`metadata/md5-cache/${category}/${v.pf}`);
                            const line = cacheText.split('\n').findIndex((l) => l.startsWith('SLOT=')) + 1 || undefined;
                            Object.assign(rec, slotInvalid(problem, eapi));
                            cacheFindings.push(problem === 'empty'
                                ? findings_gentooFindings.make('ebuild-slot-missing', `the md5-cache entry for ${v.pf} has no SLOT: Portage rejects its metadata, so emerge never considers it`, {
                                    file: cacheFile, hint: 'Regenerate the cache (egencache --update) after setting SLOT in the ebuild.',
                                })
                                : findings_gentooFindings.make('ebuild-slot-invalid', `the md5-cache entry for ${v.pf} has ${slotInvalidWhy(problem, values.SLOT, eapi)}: Portage rejects its metadata, so emerge never considers it`, {
                                    file: cacheFile, line, hint: 'Fix SLOT in the ebuild and regenerate the cache (egencache --update).',
                                }));
                        }
                        return { rec, findings: cacheFindings, srcLine: undefined, slotLine: undefined };
                    }
                    local.push(findings_gentooFindings.make('md5-cache-stale', `md5-cache entry for ${v.pf} does not match the ebuild; read the ebuild instead`, {
                        file: rel(`metadata/md5-cache/${category}/${v.pf}`), hint: 'Regenerate the cache (egencache --update).',
                    }));
                }
                const buf = await readBytes(child(absDir, v.fileName));
                if (!buf) {
                    return { rec: undefined, findings: [findings_gentooFindings.make('ebuild-unreadable', `${v.fileName} cannot be read`, { file: rel(file) })], srcLine: undefined, slotLine: undefined };
                }
                stats.ebuildsParsed++;
                const text = buf.toString('utf8');
                if (texts)
                    texts.set(file, text);
                const info = parseShared(text, rel(file), eclass, opts.parsed, !checkManifests, prepared);
                // parseEbuild derives PN/PV from the file name it is given; keep annotations pointing at the real path
                if (infos)
                    infos.set(file, info);
                const vars = info.vars;
                const str = (k) => {
                    const x = vars[k];
                    return x?.kind === 'string' ? x.value : x?.kind === 'array' ? x.values.join(' ') : undefined;
                };
                let distfiles;
                if (!checkManifests)
                    distfiles = undefined;
                else if (vars.SRC_URI)
                    distfiles = srcUriDistfiles(vars.SRC_URI);
                // every eclass read and none set SRC_URI: it is empty; an eclass not read may have set it
                else
                    distfiles = info.complete || info.inherit.length === 0 ? [] : undefined;
                const eapiVar = vars.EAPI;
                // KEYWORDS nobody set is empty (a live ebuild) once every eclass is known to have been read
                const keywords = vars.KEYWORDS ? (vars.KEYWORDS.kind !== 'unknown' ? (str('KEYWORDS') ?? '').split(/\s+/).filter(Boolean) : undefined) : info.complete ? [] : undefined;
                // SLOT as Portage's metadata has it ($(echo ${SLOT}): the first element of an array, whitespace collapsed)
                const slotVar = vars.SLOT;
                const slot = slotVar?.kind === 'string' ? (0,gentoo_version/* portageSlot */.n$)(slotVar.value) : slotVar?.kind === 'array' ? (0,gentoo_version/* portageSlot */.n$)(slotVar.values[0] ?? '') : undefined;
                const eapi = eapiVar === undefined ? '0' : str('EAPI');
                const problem = slot === undefined ? undefined : (0,gentoo_version/* slotProblem */.gN)(slot, eapi);
                const rec = {
                    repo: '', category, package: pkg, version: v.version, file,
                    // an invalid SLOT is no slot: nothing downstream (drift, per-version slots) takes it for one
                    slot: problem ? undefined : slot, keywords,
                    eapi, license: str('LICENSE'), distfiles, md5: md5(buf), source: 'ebuild',
                };
                if (info.bashError)
                    rec.bashError = info.bashError;
                // IUSE as Portage's metadata has it: the ebuild's own plus what its eclasses add
                const ownIuse = vars.IUSE === undefined ? [] : vars.IUSE.kind === 'unknown' ? undefined : (str('IUSE') ?? '').split(/\s+/).filter(Boolean);
                const eclassIuse = info.complete ? info.eclassIuse : info.inherit.length === 0 ? [] : undefined;
                if (ownIuse && eclassIuse)
                    rec.iuse = [...new Set([...ownIuse, ...eclassIuse].map((f) => f.replace(/^[+-]/, '')))];
                const metaFindings = [];
                if (!info.bashError && info.dies) {
                    const where = info.dies.eclass ? `${external_node_path_default().basename(info.dies.eclass)} line ${info.dies.line}` : `line ${info.dies.line}`;
                    rec.metadataError = `it dies while Portage sources it (${where}: die ${info.dies.message})`;
                    metaFindings.push(findings_gentooFindings.make('ebuild-dies-global', `${v.fileName}: die runs at global scope (${where}: die ${info.dies.message}); Portage cannot source the ebuild, so emerge never considers it`, {
                        file: rel(file), ...(info.dies.eclass ? {} : { line: info.dies.line }), hint: 'Fix the condition that leads to die (an EAPI the eclass does not support, a variable that must be set before inherit).',
                    }));
                }
                else if (!info.bashError && info.eclassesMissing?.length && eclassesComplete) {
                    const names = info.eclassesMissing.map((e) => `${e}.eclass`).join(', ');
                    rec.metadataError = `inherit fails: ${names} is ${eclassWhere}`;
                    metaFindings.push(findings_gentooFindings.make('ebuild-eclass-missing', `${v.fileName}: inherit needs ${names}, which is ${eclassWhere}; Portage cannot source the ebuild, so emerge never considers it`, {
                        file: rel(file), hint: 'Add the eclass to eclass/, add the repository that has it to masters in metadata/layout.conf, or fix the inherit line.',
                    }));
                }
                else if (!info.bashError && info.complete && (vars.SLOT === undefined || problem === 'empty')) {
                    Object.assign(rec, slotInvalid('empty', eapi));
                    metaFindings.push(findings_gentooFindings.make('ebuild-slot-missing', `${v.fileName} sets no SLOT (nor does any eclass it inherits): Portage rejects its metadata, so emerge never considers it`, {
                        file: rel(file), line: vars.SLOT?.line, hint: 'Set SLOT="0" (or the slot the package needs).',
                    }));
                }
                else if (!info.bashError && problem && problem !== 'empty' && (info.complete || info.inherit.length === 0)) {
                    // the ebuild's own SLOT is final when no eclass could change it (every one read, or none inherited)
                    Object.assign(rec, slotInvalid(problem, eapi));
                    metaFindings.push(findings_gentooFindings.make('ebuild-slot-invalid', `${v.fileName} has ${slotInvalidWhy(problem, slot, eapi)}: Portage rejects its metadata, so emerge never considers it`, {
                        file: rel(file), line: slotVar?.line, hint: 'Set SLOT to one slot name ([A-Za-z0-9_][A-Za-z0-9+_.-]*), e.g. SLOT="0", or "slot/subslot" from EAPI 5.',
                    }));
                }
                return { rec, findings: [...info.findings, ...metaFindings], srcLine: vars.SRC_URI?.line, slotLine: vars.SLOT?.line };
            }),
        ]);
        const ebuilds = [];
        for (const m of metas) {
            (0,finding/* pushAll */.iI)(local, m.findings);
            if (m.rec)
                ebuilds.push(m.rec);
        }
        // EAPI policy from layout.conf
        for (const r of ebuilds) {
            if (r.eapi === undefined || !layout)
                continue;
            if (layout.eapisBanned.includes(r.eapi)) {
                local.push(findings_gentooFindings.make('eapi-banned', `EAPI ${r.eapi} is banned in this repository (layout.conf eapis-banned)`, { file: rel(r.file) }));
            }
            else if (layout.eapisDeprecated.includes(r.eapi)) {
                local.push(findings_gentooFindings.make('eapi-deprecated', `EAPI ${r.eapi} is deprecated in this repository (layout.conf eapis-deprecated)`, { file: rel(r.file) }));
            }
        }
        // dev-lang/rust and rust-bin: ::gentoo slots them per version
        if (category === 'dev-lang' && (pkg === 'rust' || pkg === 'rust-bin')) {
            for (const r of ebuilds) {
                const want = expectedRustSlot(r.version);
                if (r.slot === undefined || want === undefined)
                    continue;
                const slot = r.slot.split('/')[0];
                if (slot !== want) {
                    local.push(findings_gentooFindings.make('rust-slot-not-per-version', `SLOT="${r.slot}" for dev-lang/${pkg}-${r.version}: ::gentoo slots ${pkg} per version ("${want}")`, {
                        file: rel(r.file),
                        line: metas.find((m) => m.rec === r)?.slotLine,
                        hint: `Use SLOT="\${PV%%_*}" like ::gentoo: eselect-rust, rust.eclass and dependencies such as dev-lang/${pkg}:${want} expect it.`,
                    }));
                }
            }
        }
        // metadata.xml
        if (!hasMetadataXml && metadataSeverity !== 'off') {
            local.push(findings_gentooFindings.make('metadata-xml-missing', `${dir} has no metadata.xml`, {
                severity: metadataSeverity,
                file: rel(`${dir}/${valid[0]?.fileName ?? ebuildFiles[0]}`), hint: 'Add metadata.xml with a <maintainer> (pkgcheck requires it in the gentoo repository itself, where a missing one is an error).',
            }));
        }
        // Manifest
        let manifest;
        const fetching = ebuilds.filter((r) => r.distfiles && r.distfiles.length > 0);
        if (manifestText !== undefined) {
            const r = parseManifest(manifestText, { file: rel(`${dir}/Manifest`), thin, requiredHashes: required });
            manifest = r.manifest;
            (0,finding/* pushAll */.iI)(local, r.findings);
            stats.distEntries += r.manifest.dist.size;
        }
        else if (!checkManifests) {
            // not read on purpose
        }
        else if (hasManifest) {
            local.push(findings_gentooFindings.make('manifest-unreadable', `${dir}/Manifest cannot be read`, { file: rel(`${dir}/Manifest`) }));
        }
        else if (fetching.length > 0 || (!thin && layout !== undefined)) {
            local.push(findings_gentooFindings.make('manifest-missing', fetching.length > 0
                ? `${dir} has no Manifest, but ${fetching.map((r) => external_node_path_default().posix.basename(r.file)).join(', ')} fetch${fetching.length === 1 ? 'es' : ''} files`
                : `${dir} has no Manifest and this repository does not use thin manifests`, {
                file: rel(`${dir}/${valid[0]?.fileName ?? ebuildFiles[0]}`), hint: 'Run `pkgdev manifest` (or `ebuild … manifest`) in the package directory and commit the Manifest.',
            }));
        }
        if (manifest) {
            // the DIST entries some ebuild fetches: what is left of the Manifest is unused
            const used = new Set();
            for (let i = 0; i < ebuilds.length; i++) {
                const r = ebuilds[i];
                if (!r.distfiles)
                    continue;
                const missing = [];
                for (const d of r.distfiles) {
                    if (manifest.dist.has(d))
                        used.add(d);
                    else
                        missing.push(d);
                }
                if (missing.length > 0) {
                    const srcLine = metas.find((m) => m.rec === r)?.srcLine;
                    local.push(findings_gentooFindings.make('manifest-missing-dist', `${external_node_path_default().posix.basename(r.file)} fetches ${missing.length === 1 ? missing[0] : `${missing.length} files (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`} with no DIST entry in the Manifest`, {
                        file: rel(r.file), line: srcLine, hint: 'Regenerate the Manifest (pkgdev manifest); emerge refuses to fetch files the Manifest does not list.',
                    }));
                }
            }
            // stale DIST lines, only when every ebuild's distfiles are known
            if (ebuilds.length > 0 && used.size < manifest.dist.size && ebuilds.every((r) => r.distfiles !== undefined)) {
                const unused = [...manifest.dist.keys()].filter((d) => !used.has(d));
                if (unused.length > 0) {
                    local.push(findings_gentooFindings.make('manifest-unused-dist', `${unused.length} DIST entr${unused.length === 1 ? 'y is' : 'ies are'} used by no ebuild: ${unused.slice(0, 5).join(', ')}${unused.length > 5 ? ', …' : ''}`, {
                        file: rel(`${dir}/Manifest`), line: manifest.dist.get(unused[0])?.line,
                    }));
                }
            }
        }
        // an ebuild Portage cannot source has no SRC_URI to check
        if (checkManifests)
            for (const r of ebuilds)
                if (r.distfiles === undefined && !r.metadataError && !r.bashError)
                    unknownSrc.push(r.file);
        return { category, package: pkg, dir, ebuilds, hasMetadataXml, hasManifest, manifest: opts.keepManifests === false ? undefined : manifest, findings: local };
    });
    const out = [];
    const ebuilds = [];
    const ignored = [];
    for (const p of packages) {
        if (!p)
            continue;
        const withF = p;
        (0,finding/* pushAll */.iI)(findings, withF.findings ?? []);
        delete withF.findings;
        for (const r of p.ebuilds)
            r.repo = name;
        out.push(p);
        if (listed && !listed.has(p.category))
            (0,finding/* pushAll */.iI)(ignored, p.ebuilds);
        else
            (0,finding/* pushAll */.iI)(ebuilds, p.ebuilds);
    }
    if (listed) {
        for (const c of [...categoriesWithEbuilds].sort()) {
            if (listed.has(c))
                continue;
            findings.push(findings_gentooFindings.make('category-unlisted', `category "${c}" is listed in no repository's profiles/categories: Portage silently ignores its ebuilds`, {
                file: rel('profiles/categories'), hint: `Add "${c}" to profiles/categories.`,
            }));
        }
    }
    if (unknownSrc.length > 0) {
        stats.unknownSrcUri = unknownSrc.length;
        findings.push(findings_gentooFindings.make('src-uri-not-static', `${unknownSrc.length} ebuild${unknownSrc.length === 1 ? '' : 's'} build SRC_URI from values only known at build time, so their DIST entries were not checked: ${unknownSrc.slice(0, 5).join(', ')}${unknownSrc.length > 5 ? ', …' : ''}`, {
            file: rel(unknownSrc[0]), hint: 'Provide metadata/md5-cache (egencache) to check them.',
        }));
    }
    stats.packages = out.length;
    stats.ebuilds = ebuilds.length + ignored.length;
    return { root: absRoot, name, layout, categories: ownCategories, packages: out, ebuilds, ignored, infos, texts, findings, stats };
}

;// CONCATENATED MODULE: ./shared/gentoo/make-conf.ts
/** make.conf, as far as a runner without Portage needs it. */
/**
 * ACCEPT_KEYWORDS from make.conf: the last simple `ACCEPT_KEYWORDS="…"` line (optionally `export`ed, quoted or
 * not, with a trailing comment) wins, as later assignments do in bash; undefined when there is none.
 */
function acceptKeywordsFromMakeConf(text) {
    let out;
    for (const l of text.split('\n')) {
        const value = acceptKeywordsAssignment(l);
        if (value !== undefined)
            out = value.split(/\s+/).filter(Boolean);
    }
    return out;
}
const ASSIGNMENT = /^\s*(?:export\s+)?ACCEPT_KEYWORDS=/;
const WHITESPACE = /\s/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/**
 * The value of one line `ACCEPT_KEYWORDS=…`, read as `/^\s*(?:export\s+)?ACCEPT_KEYWORDS=(["']?)([^"'#]*)\1\s*(?:#.*)?$/`
 * reads it, without that expression's backtracking (`ACCEPT_KEYWORDS=a`, 80,000 spaces and a quote took 6 s): the
 * value runs to the first quote or `#`; a value opened by a quote must be closed by the same quote; then only
 * whitespace, and a comment that — as `.` stops at them — holds no line terminator. undefined when it does not read.
 */
function acceptKeywordsAssignment(line) {
    const head = ASSIGNMENT.exec(line);
    if (!head)
        return undefined;
    let i = head[0].length;
    const quote = line[i] === '"' || line[i] === "'" ? line[i] : '';
    if (quote)
        i++;
    let end = i;
    while (end < line.length && line[end] !== '"' && line[end] !== "'" && line[end] !== '#')
        end++;
    const value = line.slice(i, end);
    let rest = end;
    if (quote) {
        if (line[rest] !== quote)
            return undefined;
        rest++;
    }
    while (rest < line.length && WHITESPACE.test(line[rest]))
        rest++;
    if (rest < line.length && (line[rest] !== '#' || LINE_TERMINATOR.test(line.slice(rest + 1))))
        return undefined;
    return value;
}

;// CONCATENATED MODULE: ./shared/gentoo/portage-config.ts
/**
 * A Portage configuration root (what /etc/portage holds; setup-overlay writes one beside repos.conf): the
 * visibility settings emerge would apply, read from make.conf and the package.* files or directories.
 */






/**
 * A config file, or a directory of them (package.mask/ etc.) read recursively in name order, skipping hidden
 * files and editor backups (`~`) as Portage does.
 */
async function readConfigPath(p) {
    if (await isDir(p)) {
        const names = (await (0,promises_.readdir)(p)).filter((n) => !n.startsWith('.') && !n.endsWith('~')).sort();
        const out = [];
        for (const n of names)
            (0,finding/* pushAll */.iI)(out, await readConfigPath(external_node_path_default().join(p, n)));
        return out;
    }
    const text = await readText(p);
    return text === undefined ? [] : [{ file: p, text }];
}
/** ACCEPT_KEYWORDS (make.conf, else `fallback`), package.accept_keywords, package.mask and package.unmask of a config root. */
async function readVisibilityConfig(configRoot, fallback) {
    const mk = await readText(external_node_path_default().join(configRoot, 'make.conf'));
    const ak = mk !== undefined ? acceptKeywordsFromMakeConf(mk) : undefined;
    const visibility = { acceptKeywords: ak?.length ? ak : fallback, arch: 'amd64' };
    const pak = (await readConfigPath(external_node_path_default().join(configRoot, 'package.accept_keywords'))).flatMap((s) => parsePackageAcceptKeywords(s.text, s.file).entries);
    const pm = (await readConfigPath(external_node_path_default().join(configRoot, 'package.mask'))).flatMap((s) => parsePackageMask(s.text, s.file).entries);
    const pu = (await readConfigPath(external_node_path_default().join(configRoot, 'package.unmask'))).flatMap((s) => parsePackageUnmask(s.text, s.file).entries);
    if (pak.length)
        visibility.packageAcceptKeywords = pak;
    if (pm.length)
        visibility.packageMask = pm;
    if (pu.length)
        visibility.packageUnmask = pu;
    return visibility;
}

;// CONCATENATED MODULE: ./shared/gentoo/repo-git.ts
/** git's stdout, or undefined when git fails (not a checkout, no such commit, timeout). */
async function gitOut(run, cwd, args) {
    const r = await run('git', ['-C', cwd, ...args], { env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, timeoutMs: 60_000 });
    return r.code === 0 ? r.stdout : undefined;
}
/** Whether the checkout has its full history (not shallow, and a git checkout at all): dates and removals can be read. */
async function hasFullHistory(run, root) {
    const shallow = await gitOut(run, root, ['rev-parse', '--is-shallow-repository']);
    return shallow !== undefined && shallow.trim() === 'false';
}
/**
 * Every question of {@link HistoryQuestions} answered by one walk of the history, newest commit first
 * (`git log --diff-filter=AD --name-status` limited to the paths asked about), as `git log -1 --diff-filter=A|D
 * -- <path>` answers each; the walk stops once each has its answer. One `git log` per question walked the whole
 * history for every path never deleted (an overlay's own package, an ebuild upstream never had): with a full
 * clone, N walks of ~1 s per 20,000 commits (::gentoo has over a million). The walk has the same time limit as
 * any git call here; what it found before the limit is kept, and a question it did not reach stays unanswered
 * (no evidence, as when the checkout has no history).
 */
async function readHistory(run, root, questions) {
    const answers = { added: new Map(), removed: new Map() };
    const added = new Set(questions.added);
    const removed = new Set(questions.removed);
    if (added.size === 0 && removed.size === 0)
        return answers;
    // A deleted file answers for itself and for each directory above it that was asked about.
    const removedFor = (file) => {
        const out = [];
        for (let at = file.length; at > 0; at = file.lastIndexOf('/', at - 1)) {
            const p = file.slice(0, at);
            if (removed.has(p) && !answers.removed.has(p))
                out.push(p);
        }
        return out;
    };
    let left = added.size + removed.size;
    const stop = new AbortController();
    // -z: paths exactly as stored (no quoting); %x01 starts a commit, whose header ends at a NUL and is followed by
    // `<status>\0<path>\0` pairs (the first status after a newline).
    let tail = '';
    let commit;
    let status = '';
    const token = (t) => {
        if (t.charCodeAt(0) === 1) {
            const [hash = '', date = ''] = t.slice(1).split('\t');
            commit = { commit: hash, ...(date ? { date } : {}) };
            status = '';
            return;
        }
        if (status === '') {
            status = t.trim();
            return;
        }
        const file = t;
        if (commit && status === 'A' && added.has(file) && !answers.added.has(file) && commit.date) {
            answers.added.set(file, commit.date);
            left--;
        }
        else if (commit && status === 'D') {
            for (const p of removedFor(file)) {
                answers.removed.set(p, commit);
                left--;
            }
        }
        status = '';
        if (left === 0)
            stop.abort();
    };
    const onStdout = (chunk) => {
        if (left === 0)
            return;
        const parts = (tail + chunk).split('\0');
        tail = parts.pop();
        for (const t of parts)
            if (left > 0)
                token(t);
    };
    const paths = [...new Set([...added, ...removed])];
    await run('git', ['--literal-pathspecs', '-C', root, 'log', '--no-renames', '--diff-filter=AD', '--name-status', '-z', '--format=%x01%H%x09%cI', '--', ...paths], { env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, timeoutMs: 60_000, onStdout, signal: stop.signal, maxBuffer: 0 });
    return answers;
}

;// CONCATENATED MODULE: ./shared/gentoo/read-scope.ts
/**
 * What to read of an upstream repository. The actions compare the user's repositories with ::gentoo and GURU;
 * the answers (what emerge would pick, drift, shadowing) only ever look at the packages the user's
 * repositories carry and the ones asked about by name. So an upstream is read per package, for those only
 * (with its profiles, updates and categories): a 20-package overlay over a 19,000-package ::gentoo reads ~20
 * package directories of it, and cost follows the user's overlay, not the size of ::gentoo.
 */




/**
 * The `category/package` directories of a tree that hold an `.ebuild` file: exactly the packages a scan of
 * the whole tree keeps (listed, nothing parsed).
 */
async function packagesWithEbuilds(root) {
    return withEbuilds(root, await listPackageDirs(root));
}
/** Those of `dirs` (from listPackageDirs) that hold an `.ebuild` file; their listings go to `listings` when given
 * (a scan of the same tree then does not list them again). */
function withEbuilds(root, dirs, listings) {
    const absRoot = external_node_path_default().resolve(root);
    return dirs.filter((cp) => {
        const dir = external_node_path_default().join(absRoot, cp);
        let names = listings?.get(dir);
        if (!names) {
            try {
                names = (0,external_node_fs_.readdirSync)(dir);
            }
            catch {
                return false;
            }
            listings?.set(dir, names);
        }
        return names.some((n) => n.endsWith('.ebuild'));
    });
}
/**
 * The packages requests name (`explain` items: `cat/pkg` or an atom; package.accept_keywords entries), read
 * as the explanation reads them; wildcards and what does not parse name none (they are reported there).
 */
function packagesNamed(requests, atoms = []) {
    const out = [];
    for (const request of requests) {
        if (/[<>=~!:[\]]/.test(request) || request.includes('::')) {
            const a = parseAtom(request, { allowBlocker: false });
            if (a.ok)
                out.push(`${a.atom.category}/${a.atom.package}`);
        }
        else if (/^[^/\s]+\/[^/\s]+$/.test(request))
            out.push(request);
    }
    for (const { atom } of atoms) {
        if (!atom.category.includes('*') && !atom.package.includes('*'))
            out.push(`${atom.category}/${atom.package}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/gentoo/repos-conf.ts
/**
 * repos.conf: read (a file or a directory of files, INI as Python's configparser reads it for Portage),
 * compute effective priorities, check a declared precedence against them, and write one file per repo.
 *
 * The real priority model (DOMAIN.md §1): a HIGHER number wins; the main repo (`[DEFAULT] main-repo`,
 * normally gentoo) defaults to -1000, any other repo without `priority` to 0; equal priorities are ordered
 * by name (the later name wins). Priority only chooses between identical versions.
 *
 * Parsing is pure (`parseReposConf` takes texts); only `readReposConf` touches the file system.
 */





/** Keys Portage's repos.conf knows (sync-* keys of sync modules are accepted by prefix). */
const KNOWN_KEYS = new Set([
    'location', 'priority', 'masters', 'aliases', 'auto-sync', 'eclass-overrides', 'force', 'clone-depth',
    'strict-misc-digests', 'volatile', 'main-repo', 'user-location', 'module-specific-options',
]);
const DEFAULT_ONLY_KEYS = new Set(['main-repo']);
function isKnownKey(key) {
    return KNOWN_KEYS.has(key) || key.startsWith('sync-');
}
/** Parse repos.conf texts in order (later files override earlier ones per key, as Portage reads them). */
function parseReposConf(sources, options = {}) {
    const findings = [];
    const sections = new Map();
    for (const src of sources) {
        const seenInFile = new Set();
        let current;
        let lastKey;
        const lines = src.text.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            const raw = lines[i];
            const lineNo = i + 1;
            const at = { file: src.file, line: lineNo };
            if (/^\s*$/.test(raw)) {
                lastKey = undefined;
                continue;
            }
            if (/^\s*[#;]/.test(raw))
                continue;
            // configparser: an indented line continues the previous value.
            if (/^\s/.test(raw) && current && lastKey) {
                const v = current.values.get(lastKey);
                v.value = v.value ? `${v.value}\n${raw.trim()}` : raw.trim();
                continue;
            }
            const sec = /^\[([^\]]*)\]\s*$/.exec(raw);
            if (sec) {
                const name = sec[1].trim();
                lastKey = undefined;
                if (seenInFile.has(name)) {
                    findings.push(findings_gentooFindings.make('repos-conf-duplicate-section', `Section [${name}] appears twice in ${src.file}; Portage refuses such a file.`, {
                        ...at,
                        hint: 'Merge the two sections into one.',
                    }));
                }
                seenInFile.add(name);
                current = sections.get(name);
                if (!current) {
                    current = { name, file: src.file, line: lineNo, values: new Map() };
                    sections.set(name, current);
                }
                continue;
            }
            const kv = splitKeyValue(raw.trim());
            if (!kv || /^\s/.test(raw)) {
                findings.push(findings_gentooFindings.make('repos-conf-syntax', `Cannot read '${raw.trim()}': expected 'key = value' or a [section] header.`, at));
                continue;
            }
            if (!current) {
                findings.push(findings_gentooFindings.make('repos-conf-syntax', `'${raw.trim()}' comes before any [section] header.`, {
                    ...at,
                    hint: 'Put it under [DEFAULT] or a [repository] section.',
                }));
                continue;
            }
            // configparser lower-cases option names.
            const key = kv[0].toLowerCase();
            current.values.set(key, { value: kv[1].trim(), file: src.file, line: lineNo });
            lastKey = key;
        }
    }
    const defaultsSection = sections.get('DEFAULT');
    const defaults = {};
    const keyLocations = {};
    if (defaultsSection) {
        keyLocations.DEFAULT = {};
        for (const [k, v] of defaultsSection.values) {
            defaults[k] = v.value;
            keyLocations.DEFAULT[k] = { file: v.file, line: v.line };
            if (!isKnownKey(k))
                findings.push(findings_gentooFindings.make('repos-conf-unknown-key', `Unknown key '${k}' in [DEFAULT]; Portage ignores it.`, { file: v.file, line: v.line }));
        }
    }
    const mainRepoExplicit = defaults['main-repo'] !== undefined && defaults['main-repo'] !== '';
    const mainRepo = mainRepoExplicit ? defaults['main-repo'] : 'gentoo';
    const repos = [];
    const dropped = [];
    for (const sec of sections.values()) {
        if (sec.name === 'DEFAULT')
            continue;
        const where = { file: sec.file, line: sec.line };
        // Section keys override [DEFAULT] keys (configparser inheritance).
        const values = new Map();
        if (defaultsSection)
            for (const [k, v] of defaultsSection.values)
                if (!DEFAULT_ONLY_KEYS.has(k))
                    values.set(k, v);
        for (const [k, v] of sec.values)
            values.set(k, v);
        keyLocations[sec.name] = Object.fromEntries([...values].map(([k, v]) => [k, { file: v.file, line: v.line }]));
        if (!(0,gentoo_version/* isValidRepoName */.i1)(sec.name)) {
            dropped.push({ name: sec.name, reason: 'invalid repository name', ...where });
            findings.push(findings_gentooFindings.make('repos-conf-invalid-name', `[${sec.name}] is not a valid repository name, so Portage drops it.`, {
                ...where,
                hint: 'Names use [A-Za-z0-9_-], do not start with - and do not end in -<version>.',
            }));
            continue;
        }
        const loc = values.get('location');
        if (!loc || loc.value === '') {
            dropped.push({ name: sec.name, reason: 'no location', ...where });
            findings.push(findings_gentooFindings.make('repos-conf-missing-location', `[${sec.name}] has no 'location', so Portage drops the repository.`, {
                ...where,
                hint: `Add 'location = /var/db/repos/${sec.name}'.`,
            }));
            continue;
        }
        if (!loc.value.startsWith('/')) {
            findings.push(findings_gentooFindings.make('repos-conf-relative-location', `[${sec.name}] location '${loc.value}' is not an absolute path.`, {
                file: loc.file,
                line: loc.line,
            }));
        }
        const expectedName = options.repoNames?.[sec.name];
        if (options.repoNames && sec.name in options.repoNames && expectedName !== sec.name) {
            const reason = expectedName === undefined ? 'no profiles/repo_name' : `profiles/repo_name is '${expectedName}'`;
            dropped.push({ name: sec.name, reason, ...where });
            findings.push(findings_gentooFindings.make('repos-conf-name-mismatch', `[${sec.name}] points at a repository whose ${reason}; Portage drops a repository whose section name differs from its repo_name.`, {
                ...where,
                hint: expectedName ? `Rename the section to [${expectedName}].` : `Create ${loc.value}/profiles/repo_name containing '${sec.name}'.`,
            }));
            continue;
        }
        const repo = { name: sec.name, location: loc.value, priority: 0, explicitPriority: false, extra: {}, file: sec.file, line: sec.line };
        for (const [k, v] of values) {
            const at = { file: v.file, line: v.line };
            switch (k) {
                case 'location':
                    break;
                case 'priority': {
                    if (/^[+-]?\d+$/.test(v.value) && !Number.isSafeInteger(Number(v.value))) {
                        // Portage would take it; we cannot compare or write it back exactly.
                        findings.push(findings_gentooFindings.make('repos-conf-bad-priority', `[${sec.name}] priority '${v.value}' is too large; use a number between -9007199254740991 and 9007199254740991.`, at));
                    }
                    else if (/^[+-]?\d+$/.test(v.value)) {
                        repo.priority = Number.parseInt(v.value, 10);
                        repo.explicitPriority = true;
                    }
                    else {
                        findings.push(findings_gentooFindings.make('repos-conf-bad-priority', `[${sec.name}] priority '${v.value}' is not an integer; Portage ignores it.`, at));
                    }
                    break;
                }
                case 'sync-type':
                    repo.syncType = v.value;
                    break;
                case 'sync-uri':
                    repo.syncUri = v.value;
                    break;
                case 'auto-sync':
                    repo.autoSync = parseBool(v.value, true);
                    break;
                case 'sync-depth':
                case 'clone-depth':
                    if (/^\d+$/.test(v.value))
                        repo.syncDepth = Number.parseInt(v.value, 10);
                    else
                        findings.push(findings_gentooFindings.make('repos-conf-bad-value', `[${sec.name}] ${k} '${v.value}' is not a non-negative integer.`, at));
                    break;
                case 'masters':
                    repo.masters = v.value.split(/\s+/).filter(Boolean);
                    break;
                case 'sync-git-verify-commit-signature':
                    repo.verifySignatures = parseBool(v.value, false);
                    break;
                default:
                    repo.extra[k] = v.value;
                    if (!isKnownKey(k)) {
                        findings.push(findings_gentooFindings.make('repos-conf-unknown-key', `Unknown key '${k}' in [${sec.name}]; Portage ignores it.`, at));
                    }
            }
        }
        if (!repo.explicitPriority)
            repo.priority = repo.name === mainRepo ? -1000 : 0;
        repos.push(repo);
    }
    if (mainRepoExplicit && !repos.some((r) => r.name === mainRepo)) {
        const at = keyLocations.DEFAULT?.['main-repo'];
        findings.push(findings_gentooFindings.make('repos-conf-main-repo-missing', `main-repo = ${mainRepo}, but no usable [${mainRepo}] section exists.`, at ?? {}));
    }
    return { mainRepo, mainRepoExplicit, defaults, repos, dropped, keyLocations, findings };
}
const repos_conf_LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/**
 * `key = value` / `key: value` split at the first `=` or `:`, as `/^([^=:]+?)\s*[=:]\s*(.*)$/` does, without that
 * expression's backtracking (a key-less line of 80,000 spaces took 4 s): undefined for no separator or an empty key,
 * and — as `.` stops at them — for a value (after its leading spaces) holding a line terminator.
 */
function splitKeyValue(line) {
    const eq = line.indexOf('=');
    const colon = line.indexOf(':');
    const sep = eq === -1 ? colon : colon === -1 ? eq : Math.min(eq, colon);
    if (sep <= 0)
        return undefined;
    // The lazy key keeps the whitespace before the separator out; it is at least one character.
    let keyEnd = sep;
    while (keyEnd > 1 && /\s/.test(line[keyEnd - 1]))
        keyEnd--;
    let valueStart = sep + 1;
    while (valueStart < line.length && /\s/.test(line[valueStart]))
        valueStart++;
    const value = line.slice(valueStart);
    if (repos_conf_LINE_TERMINATOR.test(value))
        return undefined;
    return [line.slice(0, keyEnd), value];
}
function parseBool(v, fallback) {
    const s = v.toLowerCase();
    if (['yes', 'true', '1', 'on'].includes(s))
        return true;
    if (['no', 'false', '0', 'off'].includes(s))
        return false;
    return fallback;
}
/**
 * Read a repos.conf file or directory. Directory entries are read recursively in name order, skipping
 * hidden files and editor backups (`~`), as Portage does.
 */
async function readReposConf(path, options = {}) {
    const sources = [];
    const walk = async (p) => {
        const s = await (0,promises_.stat)(p);
        if (s.isDirectory()) {
            const names = (await (0,promises_.readdir)(p)).filter((n) => !n.startsWith('.') && !n.endsWith('~')).sort();
            for (const n of names)
                await walk((0,external_node_path_.join)(p, n));
        }
        else {
            sources.push({ file: p, text: await (0,promises_.readFile)(p, 'utf8') });
        }
    };
    await walk(path);
    return parseReposConf(sources, options);
}
/** Portage's order: ascending (priority, name). The last entry wins ties between identical versions. */
function portageOrder(repos) {
    return [...repos].sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Whether `a` beats `b` on a tie between identical versions. */
function winsTie(a, b) {
    return a.priority > b.priority || (a.priority === b.priority && a.name > b.name);
}
const PRECEDENCE_FORM = "Expected repository names separated by '>', highest first, e.g. 'regicide-rust > guru > gentoo'.";
/** `regicide-rust > guru > gentoo` → `['regicide-rust', 'guru', 'gentoo']` (highest first). */
function parsePrecedence(text) {
    const t = text.trim();
    const bad = (why) => new ConfigurationError(`Invalid precedence '${text}': ${why} ${PRECEDENCE_FORM}`);
    if (t === '')
        throw bad('it is empty.');
    if (t.includes('<'))
        throw bad("'<' is not accepted; write the highest-precedence repository first, with '>'.");
    const names = t.split('>').map((s) => s.trim());
    const seen = new Set();
    for (const n of names) {
        if (n === '')
            throw bad("a name is missing between '>' separators.");
        if (/[,;|]/.test(n))
            throw bad(`'${n}' uses '${/[,;|]/.exec(n)[0]}' as a separator.`);
        if (/\s/.test(n))
            throw bad(`'${n}' contains spaces; separate names with '>'.`);
        if (!isValidRepoName(n))
            throw bad(`'${n}' is not a valid repository name.`);
        if (seen.has(n))
            throw bad(`'${n}' appears twice.`);
        seen.add(n);
    }
    return names;
}
/**
 * Priorities that express a precedence (highest first) under the real rule. Scheme: counting from the lowest
 * repository upwards, the k-th gets `step * k` (50, 100, 150, ...). When the lowest is the main repo, it keeps
 * its default -1000 and is not counted, so `['regicide-rust', 'guru', 'gentoo']` → regicide-rust 100,
 * guru 50, gentoo -1000. Gaps of `step` leave room for repos added later.
 */
function prioritiesFromPrecedence(order, options = {}) {
    const mainRepo = options.mainRepo ?? 'gentoo';
    const step = options.step ?? 50;
    const out = {};
    const lowestFirst = [...order].reverse();
    let k = 0;
    lowestFirst.forEach((name, i) => {
        if (i === 0 && name === mainRepo)
            out[name] = -1000;
        else
            out[name] = step * ++k;
    });
    return out;
}
/** Return repos with the priorities from `prioritiesFromPrecedence` applied (the main repo at -1000 stays implicit). */
function applyPrecedence(repos, order, mainRepo = 'gentoo') {
    const prios = prioritiesFromPrecedence(order, { mainRepo });
    return repos.map((r) => {
        if (!(r.name in prios))
            return r;
        const p = prios[r.name];
        return { ...r, priority: p, explicitPriority: !(r.name === mainRepo && p === -1000) };
    });
}
/** Up to this many repositories, a precedence is quoted whole and the hint gives every repository's priority. */
const PRECEDENCE_QUOTED = 12;
/** Further repositories a finding names besides its own pair. */
const ALSO_NAMED = 5;
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `a, b, c, d, e and 3 more`: at most ALSO_NAMED names. */
function someNames(names, total) {
    const shown = names.slice(0, ALSO_NAMED).join(', ');
    return total > ALSO_NAMED ? `${shown} and ${total - ALSO_NAMED} more` : shown;
}
/**
 * Findings where configured priorities contradict a declared precedence (highest first): one error per repository
 * that wins ties against repositories declared above it, pointing at its `priority` line, and one notice per
 * repository whose place holds only by name. Each names the highest-declared such repository as the pair it is
 * about, and a few of the others (one finding per violated pair, each with a hint naming every repository, was
 * 80,000 findings and 400 MB of report for 400 repositories).
 */
function checkPrecedence(repos, order, options = {}) {
    const findings = [];
    const byName = new Map(repos.map((r) => [r.name, r]));
    const quoted = order.length <= PRECEDENCE_QUOTED;
    const declared = quoted ? order.join(' > ') : `${order.slice(0, 3).join(' > ')} > … > ${order[order.length - 1]} (${order.length} repositories)`;
    for (const n of order) {
        if (!byName.has(n)) {
            findings.push(gentooFindings.make('precedence-unknown-repo', `The precedence '${declared}' names '${n}', which is not configured.`, options.file ? { file: options.file } : {}));
        }
    }
    const suggestion = prioritiesFromPrecedence(order, { mainRepo: options.mainRepo });
    const allHint = `In repos.conf a HIGHER priority wins (main repo -1000, others 0); to express '${declared}' use ${order
        .map((n) => `${n} = ${suggestion[n]}`)
        .join(', ')}. Priority only decides between identical versions.`;
    // With many repositories each hint gives the priorities of the two it is about, and the rule for the rest.
    const hint = (a, b) => quoted
        ? allHint
        : `In repos.conf a HIGHER priority wins (main repo -1000, others 0); to express '${declared}' use ${a} = ${suggestion[a]}, ${b} = ${suggestion[b]} (the lowest repository 50 and each higher one 50 more; a main repository at the bottom keeps -1000). Priority only decides between identical versions.`;
    const at = (r) => {
        const loc = options.keyLocations?.[r.name]?.priority;
        if (loc)
            return { file: loc.file, line: loc.line };
        return r.file !== undefined ? { file: r.file, ...(r.line !== undefined ? { line: r.line } : {}) } : {};
    };
    const desc = (r) => (r.explicitPriority ? `priority = ${r.priority}` : `default priority ${r.priority}`);
    // Per repository (declared at j), the repositories declared above it that it wins ties against, and those it
    // loses to only by name: the first of each and a few more names. Findings in the order of their pairs (i, j).
    const found = [];
    const declaredRepos = order.map((n) => byName.get(n));
    for (let j = 0; j < order.length; j++) {
        const lo = declaredRepos[j];
        if (!lo)
            continue;
        const inverted = { first: -1, count: 0, names: [] };
        const byNameOnly = { first: -1, count: 0, names: [] };
        for (let i = 0; i < j; i++) {
            const hi = declaredRepos[i];
            if (!hi || hi.priority > lo.priority)
                continue;
            const list = hi.priority === lo.priority && hi.name > lo.name ? byNameOnly : inverted;
            if (list.first === -1)
                list.first = i;
            else if (list.names.length < ALSO_NAMED)
                list.names.push(hi.name);
            list.count++;
        }
        if (inverted.first !== -1) {
            const hi = byName.get(order[inverted.first]);
            const also = inverted.count > 1
                ? ` [${lo.name}] also wins ties against ${plural(inverted.count - 1, 'more repository', 'more repositories')} declared above it: ${someNames(inverted.names, inverted.count - 1)}.`
                : '';
            const finding = hi.priority < lo.priority
                ? gentooFindings.make('priority-inverted', `[${lo.name}] ${desc(lo)} is higher than [${hi.name}] ${desc(hi)}, so ${lo.name} wins ties between identical versions: the opposite of the declared precedence '${hi.name} > ${lo.name}'. A higher priority wins.${also}`, { ...at(lo), hint: hint(hi.name, lo.name) })
                : gentooFindings.make('priority-inverted', `[${hi.name}] and [${lo.name}] share priority ${hi.priority}, so the name that sorts later ('${lo.name}') wins ties: the opposite of the declared precedence '${hi.name} > ${lo.name}'.${also}`, { ...at(hi), hint: hint(hi.name, lo.name) });
            found.push({ i: inverted.first, j, finding });
        }
        if (byNameOnly.first !== -1) {
            const hi = byName.get(order[byNameOnly.first]);
            const also = byNameOnly.count > 1
                ? ` The same holds for ${plural(byNameOnly.count - 1, 'more repository', 'more repositories')} declared above [${lo.name}]: ${someNames(byNameOnly.names, byNameOnly.count - 1)}.`
                : '';
            found.push({
                i: byNameOnly.first,
                j,
                finding: gentooFindings.make('priority-tie-by-name', `[${hi.name}] and [${lo.name}] share priority ${hi.priority}; '${hi.name} > ${lo.name}' holds only because '${hi.name}' sorts after '${lo.name}'.${also}`, { ...at(hi), hint: hint(hi.name, lo.name) }),
            });
        }
    }
    found.sort((a, b) => a.i - b.i || a.j - b.j);
    for (const f of found)
        findings.push(f.finding);
    return findings;
}
const KEY_ORDER = (/* unused pure expression or super */ null && (['location', 'masters', 'priority', 'auto-sync', 'sync-type', 'sync-uri', 'sync-depth', 'sync-git-verify-commit-signature']));
/**
 * One file per repository (`<name>.conf`) plus `DEFAULT.conf` with main-repo. Deterministic: fixed key
 * order, extra keys sorted; `priority` written only when explicit.
 */
function writeReposConf(repos, options = {}) {
    const out = {};
    const mainRepo = options.mainRepo ?? 'gentoo';
    out['DEFAULT.conf'] = `[DEFAULT]\nmain-repo = ${mainRepo}\n`;
    for (const r of [...repos].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (!isValidRepoName(r.name))
            throw new ConfigurationError(`Cannot write repos.conf for invalid repository name '${r.name}'.`);
        const kv = {};
        if (r.location !== undefined)
            kv.location = r.location;
        if (r.masters?.length)
            kv.masters = r.masters.join(' ');
        if (r.explicitPriority)
            kv.priority = String(r.priority);
        if (r.autoSync !== undefined)
            kv['auto-sync'] = r.autoSync ? 'yes' : 'no';
        if (r.syncType !== undefined)
            kv['sync-type'] = r.syncType;
        if (r.syncUri !== undefined)
            kv['sync-uri'] = r.syncUri;
        if (r.syncDepth !== undefined)
            kv['sync-depth'] = String(r.syncDepth);
        if (r.verifySignatures !== undefined)
            kv['sync-git-verify-commit-signature'] = r.verifySignatures ? 'yes' : 'no';
        for (const k of Object.keys(r.extra).sort())
            if (!(k in kv))
                kv[k] = r.extra[k];
        const keys = [...KEY_ORDER.filter((k) => k in kv), ...Object.keys(kv).filter((k) => !KEY_ORDER.includes(k))];
        for (const [k, v] of Object.entries(kv)) {
            if (/[\r\n]/.test(v))
                throw new ConfigurationError(`Value of '${k}' for [${r.name}] contains a line break.`);
        }
        out[`${r.name}.conf`] = `[${r.name}]\n${keys.map((k) => `${k} = ${kv[k]}`).join('\n')}\n`;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/gentoo/repo-set.ts
/** Several repositories read together, as Portage reads them. */



/**
 * The categories Portage knows: the union of every repository's profiles/categories. An ebuild in a category
 * no repository lists is silently ignored by Portage.
 */
async function categoryUnion(locations) {
    const union = new Set();
    for (const loc of locations) {
        const text = await readText(external_node_path_default().join(loc, 'profiles', 'categories'));
        if (text !== undefined)
            for (const c of parseCategories(text).categories)
                union.add(c.name);
    }
    return union;
}
/** Prefix that makes a repository's file paths workspace-relative when it is inside the workspace, else `<name>/`. */
function filePrefixFor(location, workspace, name) {
    const rel = external_node_path_default().relative(workspace, location);
    if (rel === '')
        return '';
    if (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
        return `${rel.split((external_node_path_default()).sep).join('/')}/`;
    return `${name}/`;
}

;// CONCATENATED MODULE: ./shared/gentoo/signature.ts
/**
 * Commit signature verification through the exec port: the user's keys go into a throw-away GNUPGHOME, and
 * `git verify-commit` decides against that keyring only (never the runner's own trust store).
 */




/**
 * Import the keyring into a fresh GNUPGHOME under `workDir`, run `fn` with it, remove it afterwards. Keys gpg
 * cannot import are an input error naming `keyring` with gpg's own reason.
 */
async function withKeyring(run, workDir, keyring, fn) {
    const home = await (0,promises_.mkdtemp)(external_node_path_default().join(workDir, 'gnupg-'));
    try {
        let keyFile = keyring.keyringFile;
        if (keyring.keyringText !== undefined) {
            keyFile = external_node_path_default().join(home, 'keyring.asc');
            await (0,promises_.writeFile)(keyFile, keyring.keyringText);
        }
        const imp = await run('gpg', ['--batch', '--no-tty', '--homedir', home, '--import', keyFile], { env: { LC_ALL: 'C' }, timeoutMs: 60_000 });
        if (imp.code !== 0 || !/imported|unchanged/.test(imp.stderr)) {
            // gpg's own reason ("no valid OpenPGP data found") beside the value, not gpg's summary line
            const why = imp.stderr.split('\n').map((l) => l.replace(/^gpg: /, '').trim()).find((l) => l && !/^(Total number processed|keybox|trustdb|directory)/.test(l) && !/created$/.test(l));
            throw new io/* InputError */.d('keyring', `OpenPGP public keys gpg can import${why ? ` (gpg: ${why})` : ''}`, keyring.keyringFile ?? 'the armored key block');
        }
        return await fn(home);
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
/** `git verify-commit HEAD` against the keyring in `gnupgHome`, read from gpg's machine-readable status lines. */
async function verifyHead(run, repo, gnupgHome) {
    const head = (await gitOut(run, repo, ['rev-parse', 'HEAD']))?.trim() ?? 'HEAD';
    const r = await run('git', ['-C', repo, 'verify-commit', '--raw', 'HEAD'], { env: { GNUPGHOME: gnupgHome, LC_ALL: 'C' }, timeoutMs: 60_000 });
    const err = r.stderr;
    if (r.code === 0 && /GOODSIG|VALIDSIG/.test(err)) {
        const who = /GOODSIG \S+ (.*)/.exec(err)?.[1] ?? 'a key in the keyring';
        return { verified: true, message: `head ${head.slice(0, 12)} has a good signature from ${who}` };
    }
    if (/NO_PUBKEY|ERRSIG/.test(err)) {
        const key = /NO_PUBKEY (\S+)/.exec(err)?.[1] ?? /ERRSIG (\S+)/.exec(err)?.[1];
        return { verified: false, message: `head ${head.slice(0, 12)} is signed by key ${key ?? '(unknown)'}, which is not in the keyring` };
    }
    if (/BADSIG/.test(err))
        return { verified: false, message: `head ${head.slice(0, 12)} has a BAD signature` };
    if (err.trim() === '' || /no signature found/i.test(err))
        return { verified: false, message: `head ${head.slice(0, 12)} is not signed` };
    return { verified: false, message: `head ${head.slice(0, 12)} could not be verified: ${err.trim().split('\n').slice(-2).join(' | ')}` };
}

// EXTERNAL MODULE: ./shared/gentoo/repo-list.ts
var repo_list = __webpack_require__(9800);
;// CONCATENATED MODULE: ./shared/gentoo/drift-check.ts
/**
 * sync-guru's use case, with the outside world passed in: resolve the overlay and its upstreams, sync them
 * (retries, atomic swap, previous checkout kept), verify signatures, scan, compute drift and Manifest integrity.
 */




















// What the action needs to read its inputs and render the report, so it imports this module alone.


/** Findings and step-failing errors collected along the way. */
/**
 * The uri git is given, credentials and all; the report, the log and the findings only ever see
 * `UpstreamState.uri`, its redacted form.
 */
const remoteUri = new WeakMap();
function setRemote(u, uri) {
    remoteUri.set(u, uri);
    u.uri = (0,redact/* redactUri */.sU)(uri).shown;
}
/** An error about fetching `u`, without the credentials its uri carried. */
function withoutCredentials(u, text) {
    const raw = remoteUri.get(u);
    if (raw === undefined)
        return (0,redact/* redactText */.Rd)(text);
    const { shown, secrets } = (0,redact/* redactUri */.sU)(raw);
    return secrets.reduce((t, s) => t.split(s).join('***'), (0,redact/* redactText */.Rd)(text.split(raw).join(shown)));
}
/** A path relative to the workspace when it is inside it. */
function wsRel(workspace, f) {
    const r = external_node_path_default().relative(workspace, f);
    return r.startsWith('..') || external_node_path_default().isAbsolute(r) ? f : r.split((external_node_path_default()).sep).join('/');
}
/** The overlay and its upstreams, from repos-conf or from the upstream list. */
async function resolveRepositories(req, deps, out) {
    const res = { overlayLocation: '', overlayPriority: 0, upstreams: [], locationAt: new Map(), fromRemote: new Set() };
    if (req.reposConf !== undefined) {
        if (!(0,external_node_fs_.existsSync)(req.reposConf))
            throw new io/* InputError */.d('repos-conf', 'an existing repos.conf file or directory', req.reposConf);
        const conf = await readReposConf(req.reposConf);
        // sections Portage drops (no location, bad name, bad priority) are the user's to fix
        for (const f of conf.findings)
            if (f.severity !== 'notice')
                out.findings.push(f.file !== undefined ? { ...f, file: wsRel(req.workspace, f.file) } : f);
        res.configRoot = external_node_path_default().dirname(req.reposConf);
        const byName = req.overlay.name !== undefined ? conf.repos.find((r) => r.name === req.overlay.name) : undefined;
        const byPath = conf.repos.find((r) => r.location !== undefined && external_node_path_default().resolve(r.location) === req.overlay.path);
        const self = byName ?? byPath;
        if (self) {
            res.overlayLocation = external_node_path_default().resolve(self.location);
            res.overlayName = self.name;
            res.overlayPriority = self.priority;
        }
        else if (req.overlay.path && (await isDir(req.overlay.path))) {
            res.overlayLocation = req.overlay.path;
        }
        else {
            throw new io/* InputError */.d('overlay', `a repository in repos-conf (${conf.repos.map((r) => r.name).join(', ')}) or an overlay directory`, req.overlay.name ?? req.overlay.path);
        }
        for (const r of conf.repos) {
            if (r === self || !r.location)
                continue;
            const location = external_node_path_default().resolve(r.location);
            let git = req.sync && r.syncType === 'git' && !!r.syncUri;
            if (git && (0,external_node_fs_.existsSync)(location)) {
                // A location inside a larger checkout (setup-overlay's `subdir`) cannot be replaced by a clone of the
                // whole repository: use it as it is.
                const top = (await gitOut(deps.run, location, ['rev-parse', '--show-toplevel']))?.trim();
                if (top !== undefined && (await (0,promises_.realpath)(top).catch(() => top)) !== (await (0,promises_.realpath)(location).catch(() => location))) {
                    git = false;
                    deps.info(`${r.name}: ${location} is a sub-directory of the checkout ${top}; not fetched, used as it is`);
                }
            }
            const u = { name: r.name, source: git ? 'git' : 'path', location, priority: r.priority, synced: false };
            const at = conf.keyLocations[r.name]?.location;
            if (at)
                res.locationAt.set(r.name, { file: wsRel(req.workspace, at.file), line: at.line });
            if (git)
                setRemote(u, r.syncUri);
            // with sync: false, setup-overlay fetched it: still a remote's commit to verify
            if (r.syncType === 'git' && r.syncUri)
                res.fromRemote.add(r.name);
            res.upstreams.push(u);
        }
    }
    else {
        res.overlayLocation = req.overlay.path;
        for (const u of req.upstreams) {
            const location = u.uri ? external_node_path_default().join(req.workDir, 'repos', u.name) : u.path;
            const s = { name: u.name, source: u.uri ? 'git' : 'path', location, priority: u.priority ?? (u.name === 'gentoo' ? -1000 : 0), synced: false };
            if (u.uri) {
                setRemote(s, u.uri);
                res.fromRemote.add(u.name);
            }
            if (u.ref)
                s.ref = u.ref;
            res.upstreams.push(s);
        }
    }
    if (!(await isDir(res.overlayLocation)))
        throw new io/* InputError */.d('overlay', 'an existing overlay directory', res.overlayLocation);
    if (res.upstreams.length === 0)
        throw new io/* InputError */.d('repos-conf', 'at least one upstream repository besides the overlay', req.reposConf ?? '');
    return res;
}
/**
 * Fetch each git upstream into a temporary sibling, swapped in only when complete, all within timeout-minutes.
 * Returns each fetched upstream's checkout as it was before (removals since then are drift evidence).
 */
async function syncUpstreams(req, upstreams, overlayPackages, deps, out) {
    const syncStart = deps.clock();
    const boundMs = req.timeoutMinutes * 60_000;
    const previous = new Map();
    for (const u of upstreams) {
        if (u.source !== 'git' || !req.sync)
            continue;
        const dest = u.location;
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dest, 'profiles', 'repo_name')))
            previous.set(u.name, await scanRepository(dest, { repoName: u.name, checkManifests: false, packages: overlayPackages }));
        const left = boundMs - (deps.clock() - syncStart);
        if (left <= 0) {
            u.syncError = `not fetched: timeout-minutes (${req.timeoutMinutes}) was used up by the upstreams before it`;
        }
        else {
            const t0 = deps.clock();
            try {
                const r = await deps.sync({ uri: remoteUri.get(u) ?? u.uri, ...(u.ref ? { ref: u.ref } : {}), dest, depth: 1 }, { maxTotalMs: left, attemptTimeoutMs: Math.min(left, deps.attemptTimeoutMs ?? left) });
                u.synced = true;
                u.commit = r.commit;
                u.attempts = r.attempts;
                deps.info(`${u.name}: fetched ${r.commit.slice(0, 12)} from ${u.uri} in ${r.attempts} attempt(s)`);
            }
            catch (e) {
                u.syncError = withoutCredentials(u, e instanceof Error ? e.message : String(e));
            }
            u.syncMs = Math.round(deps.clock() - t0);
        }
        if (u.syncError) {
            const kept = (0,external_node_fs_.existsSync)(external_node_path_default().join(dest, 'profiles', 'repo_name'));
            out.findings.push(findings_gentooFindings.make('upstream-sync-failed', `${u.name}: ${u.syncError}${kept ? '; drift is computed against the previous checkout' : ''}`, {
                severity: kept ? 'warning' : 'error',
                hint: 'Check the uri and ref; transient network errors are retried (inputs retries, backoff-seconds, timeout-minutes).',
            }));
            if (!kept) {
                u.excluded = 'no checkout';
                out.fatal.push(`could not sync ${u.name} and there is no previous checkout: ${u.syncError}`);
            }
        }
    }
    return { previous, syncMs: Math.round(deps.clock() - syncStart) };
}
/** Verify the head commit of every upstream that came from a remote; an unverified one is left out of the drift. */
async function verifySignatures(req, upstreams, fromRemote, deps, out) {
    await withKeyring(deps.run, req.workDir, req, async (home) => {
        // only what came from a remote: a local path is the user's own checkout
        const toVerify = upstreams.filter((u) => !u.excluded && u.location && fromRemote.has(u.name));
        if (toVerify.length === 0) {
            out.findings.push(findings_gentooFindings.make('upstream-signature', 'verify-signatures is true, but no upstream came from a git remote (uri, or sync-type = git in repos-conf): nothing was verified', {
                severity: 'warning',
                hint: 'Signatures are checked on fetched upstreams only; a path upstream is your own checkout.',
            }));
        }
        for (const u of toVerify) {
            if (!u.location)
                continue;
            u.signature = await verifyHead(deps.run, u.location, home);
            if (!u.signature.verified) {
                u.excluded = 'signature not verified';
                out.fatal.push(`${u.name}: ${u.signature.message}`);
                out.findings.push(findings_gentooFindings.make('upstream-signature', `${u.name}: ${u.signature.message}; left out of the drift report`, {
                    hint: 'Add the signing key to `keyring`, or check whether the upstream was tampered with.',
                }));
            }
            else
                deps.info(`${u.name}: ${u.signature.message}`);
        }
    });
}
/** Commits of upstreams used in place; an upstream without a directory is left out (and fails the step). */
async function checkLocations(req, res, deps, out) {
    for (const u of res.upstreams) {
        if (req.readGit && !u.excluded && u.location && !u.commit)
            u.commit = (await gitOut(deps.run, u.location, ['rev-parse', 'HEAD']))?.trim() || undefined;
        if (!u.excluded && (!u.location || !(await isDir(u.location)))) {
            u.excluded = 'location missing';
            const at = res.locationAt.get(u.name);
            const msg = at
                ? `input 'repos-conf': [${u.name}] location ${u.location} is not a directory`
                : `${u.name}: ${u.location ?? '(no location)'} is not a directory`;
            out.findings.push(findings_gentooFindings.make('upstream-missing', `${msg}; ${u.name} is left out of the drift`, {
                ...(at ?? {}), hint: at ? 'Point location at the checkout (setup-overlay writes it), or remove the section.' : 'Check the path.',
            }));
            out.fatal.push(msg);
        }
    }
}
/** What emerge would see: ACCEPT_KEYWORDS, package.* next to repos.conf, each repository's profiles/package.mask. */
async function visibilityFor(configRoot, repos) {
    const visibility = configRoot ? await readVisibilityConfig(configRoot, ['~amd64']) : { acceptKeywords: ['~amd64'], arch: 'amd64' };
    const repoMasks = {};
    for (const [name, loc] of repos) {
        const t = await readText(external_node_path_default().join(loc, 'profiles', 'package.mask'));
        if (t !== undefined)
            repoMasks[name] = parsePackageMask(t, `${loc}/profiles/package.mask`).entries;
    }
    if (Object.keys(repoMasks).length)
        visibility.repoPackageMask = repoMasks;
    return visibility;
}
/**
 * Check one overlay against its upstreams: sync them, verify signatures when asked, then compute drift for
 * every package the overlay carries and the integrity of its Manifests. Bad inputs throw an InputError;
 * everything else is a finding, and what must fail the step regardless of fail-on-drift is in `fatal`.
 */
async function checkDrift(req, deps) {
    const out = { findings: [], fatal: [] };
    const { findings, fatal } = out;
    const { workspace } = req;
    (0,external_node_fs_.mkdirSync)(req.workDir, { recursive: true });
    // 1. Resolve the overlay and its upstreams.
    const res = await resolveRepositories(req, deps, out);
    const { overlayLocation, overlayPriority, upstreams } = res;
    let overlayName = res.overlayName;
    if (!overlayName) {
        const rn = await readText(external_node_path_default().join(overlayLocation, 'profiles', 'repo_name'));
        overlayName = (rn !== undefined ? parseRepoName(rn).name : undefined) ?? external_node_path_default().basename(overlayLocation);
    }
    // The overlay's package directories (what the previous upstream checkout is read for): listed, not parsed.
    // Each directory of the overlay is listed once: its scan below reuses these listings.
    const overlayListings = new Map();
    const overlayPackages = await overlay_listPackageDirs(overlayLocation, 64, overlayListings);
    // 2. Sync, 3. signatures, then what is left usable.
    const { previous, syncMs } = await syncUpstreams(req, upstreams, overlayPackages, deps, out);
    if (req.verifySignatures)
        await verifySignatures(req, upstreams, res.fromRemote, deps, out);
    await checkLocations(req, res, deps, out);
    // 4. Scan the overlay and every usable upstream; categories are the union (as Portage sees them).
    const t0 = deps.clock();
    const usable = upstreams.filter((u) => !u.excluded);
    const union = await categoryUnion([overlayLocation, ...usable.map((u) => u.location)]);
    const cats = union.size ? { categories: union } : {};
    const repoLocations = Object.fromEntries([[overlayName, overlayLocation], ...usable.map((u) => [u.name, u.location])]);
    const overlayPrefix = filePrefixFor(overlayLocation, workspace, overlayName);
    // profiles/updates of each upstream; its defects are the upstream's unless it is validated
    const updates = new Map();
    const validated = new Set(req.validate ?? []);
    const known = new Set([overlayName, ...upstreams.map((u) => u.name)]);
    const unknownNames = [...validated].filter((n) => !known.has(n));
    if (unknownNames.length)
        throw new io/* InputError */.d('validate', `names of the overlay or its upstreams (${[...known].join(', ')})`, unknownNames.join(', '));
    const upstreamFindings = [];
    for (const u of usable) {
        const r = await readUpdates(u.location, filePrefixFor(u.location, workspace, u.name));
        updates.set(u.name, r.entries);
        if (validated.has(u.name))
            (0,finding/* pushAll */.iI)(findings, r.findings);
        else if (r.findings.length)
            upstreamFindings.push({ repo: u.name, findings: r.findings });
    }
    // Upstreams are read only for the packages the overlay carries (and where upstream moved them): a
    // 50-package overlay does not pay for reading all of ::gentoo. Those are the overlay's package directories
    // that hold an ebuild (what its scan keeps), known before the overlay is scanned.
    const wanted = new Set();
    for (const cp of withEbuilds(overlayLocation, overlayPackages, overlayListings)) {
        wanted.add(cp);
        for (const list of updates.values()) {
            const mv = resolveMove(cp, list);
            if (mv)
                wanted.add(mv.to);
        }
    }
    // an ebuild the overlay copied verbatim from an upstream is parsed once: the overlay's parse (SRC_URI and all)
    // serves the upstream scan that follows it (scans read files synchronously: side by side, they gained nothing)
    // (and one it copied at another version is syntax-checked and lexed once: `prepared`)
    const parsed = new Map();
    const prepared = new Map();
    const overlayScan = await scanRepository(overlayLocation, { repoName: overlayName, ...cats, keepText: true, repoLocations, listings: overlayListings, parsed, prepared });
    // upstream Manifests are not ours to fix: not read
    const upstreamScans = await Promise.all(usable.map((u) => scanRepository(u.location, { repoName: u.name, ...cats, checkManifests: false, keepText: true, packages: wanted, repoLocations, parsed, prepared })));
    for (const [name, p] of Object.entries(req.previous ?? {})) {
        if (!previous.has(name) && (await isDir(p)))
            previous.set(name, await scanRepository(p, { repoName: name, checkManifests: false, packages: wanted }));
    }
    // 5. What emerge would see.
    const visibility = await visibilityFor(res.configRoot, [[overlayName, overlayLocation], ...usable.map((u) => [u.name, u.location])]);
    // 6. Drift, with git history where the checkout has it.
    const withHistory = new Set();
    if (req.readGit)
        for (const u of usable)
            if (await hasFullHistory(deps.run, u.location))
                withHistory.add(external_node_path_default().resolve(u.location));
    const driftInput = {
        overlay: overlayScan,
        overlayPriority,
        upstreams: usable.map((u, i) => ({
            scan: upstreamScans[i],
            priority: u.priority,
            updates: updates.get(u.name) ?? [],
            ...(previous.has(u.name) ? { previous: previous.get(u.name) } : {}),
        })),
        visibility,
        now: deps.now(),
    };
    // What the drift asks of each history is known only as it goes: a first pass collects every question (with no
    // answers it asks at least what the pass with answers asks), one walk of each history answers them all, and the
    // drift is computed again with the answers. One `git log` per question walked the whole history each time.
    const histories = new Map();
    if (withHistory.size > 0) {
        const asked = new Map();
        const ask = (root) => {
            const key = external_node_path_default().resolve(root);
            if (!withHistory.has(key))
                return undefined;
            let q = asked.get(key);
            if (!q)
                asked.set(key, (q = { added: new Set(), removed: new Set() }));
            return q;
        };
        await computeDrift({
            ...driftInput,
            fileDate: async (root, rel) => void ask(root)?.added.add(rel),
            removedIn: async (root, rel) => void ask(root)?.removed.add(rel),
        });
        await Promise.all([...asked].map(async ([root, q]) => histories.set(root, await readHistory(deps.run, root, q))));
    }
    const drift = await computeDrift({
        ...driftInput,
        fileDate: async (root, rel) => histories.get(external_node_path_default().resolve(root))?.added.get(rel),
        removedIn: async (root, rel) => histories.get(external_node_path_default().resolve(root))?.removed.get(rel),
    });
    for (const r of drift.rows)
        if (r.file !== undefined)
            r.file = `${overlayPrefix}${r.file}`;
    // 7. Integrity of the overlay's Manifests.
    const integrity = await checkIntegrity(overlayScan, req.distdir ? { distdir: req.distdir } : {});
    const prefixed = (f) => (f.file !== undefined ? { ...f, file: `${overlayPrefix}${f.file}` } : f);
    integrity.findings = integrity.findings.map(prefixed);
    (0,finding/* pushAll */.iI)(findings, integrity.findings);
    const analysisMs = Math.round(deps.clock() - t0);
    const driftFindings = drift.rows.map((r) => findings_gentooFindings.make(`drift-${r.class}`, `${r.package}: ${r.detail} ${r.action}`, {
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
    }));
    return {
        overlay: { name: overlayName, location: overlayLocation, priority: overlayPriority },
        upstreams,
        drift,
        integrity,
        findings,
        driftFindings,
        upstreamFindings,
        acceptKeywords: visibility.acceptKeywords,
        timings: { syncMs, analysisMs },
        fatal,
    };
}


/***/ })

};
