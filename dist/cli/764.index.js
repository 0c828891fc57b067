export const id = 764;
export const ids = [764];
export const modules = {

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cataloguesFor: () => (/* binding */ cataloguesFor),
  renderCodes: () => (/* binding */ renderCodes)
});

// UNUSED EXPORTS: actionDomains, registeredCatalogues, renderFindingsMarkdown

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./shared/finding.ts
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
function finding_registeredCatalogues() {
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

;// CONCATENATED MODULE: ./shared/gentoo/findings.ts
/**
 * Every finding the gentoo domain makes (repository layout, repos.conf and priorities, Manifests, the user's
 * package.* configuration, visibility, setting up repositories and checking an overlay for drift), with what
 * it means and how it is usually fixed. Findings about an ebuild's bash are in `ebuild/findings.ts`.
 */

const REGEN_MANIFEST = 'Regenerate the Manifest with `pkgdev manifest` (or `ebuild <file> manifest`) and commit it.';
const gentooFindings = defineFindings('gentoo', {
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

;// CONCATENATED MODULE: ./shared/gentoo/ebuild/findings.ts
/** Findings made while reading an ebuild's bash. */

const ebuildFindings = defineFindings('gentoo/ebuild', {
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

;// CONCATENATED MODULE: ./shared/rust/findings.ts
/**
 * The rust domain's finding codes (target sources, toolchain facts, custom target-spec validation, cargo
 * configs, the job matrix): every finding shared/rust makes is made here, so each code has a severity, a
 * meaning, a documentation paragraph and the usual fix.
 */

const rustFindings = defineFindings('rust', {
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

;// CONCATENATED MODULE: ./shared/cargo/findings.ts
/**
 * Every finding the cargo domain makes (Cargo.lock, crate license sources, the license policy, Gentoo license
 * data and CRATES/LICENSE, the audit itself), with what it means and how it is usually fixed.
 */

const cargoFindings = defineFindings('cargo', {
    // ---- Cargo.lock --------------------------------------------------------------------------------------
    'lock-invalid': {
        severity: 'error',
        meaning: 'The lockfile content is not text at all.',
        docs: 'The parser was handed something other than text (a caller bug or a binary file read as the lockfile). ' +
            'Nothing in it can be read, so the audit stops before judging any crate.',
        fix: 'Point `lockfile` at the Cargo.lock that cargo wrote.',
    },
    'lock-malformed-toml': {
        severity: 'error',
        meaning: 'Cargo.lock is not valid TOML, so neither cargo nor the audit can read it.',
        docs: 'cargo refuses a lockfile it cannot parse as TOML, and so does the audit: the usual cause is an unresolved ' +
            'merge conflict (`<<<<<<<` markers) or a hand edit. The finding names the line and column the TOML parser ' +
            'stopped at. For the base lockfile of a pull request the same problem is only a warning: the head is still ' +
            'audited, without the comparison.',
        fix: 'Resolve the merge conflict, or regenerate the lock with `cargo generate-lockfile`.',
    },
    'lock-invalid-version': {
        severity: 'error',
        meaning: 'The top-level `version` key of Cargo.lock is not a positive integer.',
        docs: 'cargo writes `version = 3` or `version = 4` as a bare integer at the top of the lock (V1 and V2 have no ' +
            'version key at all); any other value means the file was edited by hand or by another tool, and cargo ' +
            'rejects it.',
        fix: 'Remove the key or regenerate the lock with cargo.',
    },
    'lock-unsupported-version': {
        severity: 'error',
        meaning: 'Cargo.lock uses a format version newer than the audit understands (V1 to V4).',
        docs: 'Lockfile formats change meaning between versions (V4 URL-encodes git source URLs, for example), so reading ' +
            'an unknown newer format as if it were V4 could silently misname crates. The audit refuses it with a clear ' +
            'message instead, as DOMAIN.md asks.',
        fix: 'Update rust-distro-actions, or regenerate the lock with an older cargo.',
    },
    'lock-explicit-old-version': {
        severity: 'warning',
        meaning: 'Cargo.lock says `version = 1` or `version = 2`, which cargo never writes.',
        docs: 'V1 and V2 lockfiles carry no `version` key: cargo tells them apart by where the checksums live. An ' +
            'explicit `version = 1` or `2` is a hand edit that cargo rejects; the audit reads the file as that version ' +
            'anyway and warns.',
        fix: 'Remove the `version` line, or let cargo rewrite the lock in a current format.',
    },
    'lock-invalid-structure': {
        severity: 'error',
        meaning: 'The `package` key of Cargo.lock is not an array of `[[package]]` tables.',
        docs: 'Every crate of a lock is one `[[package]]` table; when `package` is a string, a single table or anything ' +
            'else, there is no list of crates to audit.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-invalid-package': {
        severity: 'error',
        meaning: 'A `[[package]]` entry lacks a usable name, version or source and is ignored.',
        docs: 'A package is identified by name, version and source; an entry that is not a table, has no name or version, ' +
            'or has a name, version or source cargo would never write (empty, with spaces, not text) cannot be keyed, ' +
            'diffed or judged. It is left out of the audit and named at its line so nothing disappears silently.',
        fix: 'Regenerate the lock with cargo, or fix the entry at the named line.',
    },
    'lock-duplicate-package': {
        severity: 'warning',
        meaning: 'The same package (name, version and source) is listed twice; the first entry is used.',
        docs: 'cargo keys packages by (name, version, source) and never writes one twice; a duplicate is usually a bad ' +
            'merge of two lock changes. The first entry wins, so the audit and the diff still see each package once.',
        fix: 'Remove the duplicate entry or regenerate the lock.',
    },
    'lock-invalid-checksum': {
        severity: 'warning',
        meaning: 'A package has a `checksum` that is not text; it is ignored.',
        docs: 'Checksums are read as opaque text (Debian writes `Could not get crate checksum`), but a number, table or ' +
            'array there is not something cargo writes. The package is kept without a checksum, so a checksum change ' +
            'against the base cannot be seen for it.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-invalid-metadata': {
        severity: 'warning',
        meaning: 'The `[metadata]` section of Cargo.lock is not a table; it is ignored.',
        docs: 'V1 lockfiles keep their checksums in `[metadata]` as `"checksum <name> <version> (<source>)" = "<sum>"` ' +
            'keys. When `metadata` is not a table those checksums cannot be read; the packages are still audited.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-orphan-checksum': {
        severity: 'warning',
        meaning: 'A V1 `[metadata]` checksum names a package that is not in the lock.',
        docs: 'Each `checksum <name> <version> (<source>)` key of a V1 lock belongs to one `[[package]]`. A key that ' +
            'matches none is left over from a removed crate or a bad merge; it is ignored.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-mixed-checksums': {
        severity: 'warning',
        meaning: 'The lock has inline checksums and `[metadata]` checksums at once; the inline ones are used.',
        docs: 'V1 keeps checksums in `[metadata]`, V2 and later inline in each `[[package]]`; cargo never writes both. A ' +
            'lock with both is almost always a merge of a V1 and a V2 lock. It is read as V2 (inline checksums win).',
        fix: 'Regenerate the lock with one cargo version.',
    },
    'lock-invalid-dependencies': {
        severity: 'error',
        meaning: 'A package has a `dependencies` value that is not an array; its dependencies are ignored.',
        docs: 'Dependencies are what "who depends on this crate" and the shortest paths are built from. When the value ' +
            'is not an array of strings, the package keeps no edges, so crates it pulls in may look unreachable.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-invalid-dependency': {
        severity: 'error',
        meaning: 'One entry of a package\'s `dependencies` is not text; it is ignored.',
        docs: 'Each dependency is written as `name`, `name version` or `name version (source)`. A number or table in ' +
            'the list is not a dependency cargo would write; the edge is dropped and named at the package line.',
        fix: 'Regenerate the lock with cargo.',
    },
    'lock-unresolved-dependency': {
        severity: 'warning',
        meaning: 'A dependency string does not name exactly one package of the lock; it is ignored.',
        docs: 'cargo writes the shortest unambiguous form of each dependency and resolves it by name, then version, then ' +
            'source (the bare form meaning the package without a source when a path and a registry package share name ' +
            'and version; a source compared as cargo\'s SourceId does: kind and canonical URL, git query values decoded, ' +
            'the git `#commit` ignored, which old V1 strings leave out). A string that names no package, or several, ' +
            'points at a hand edit or a bad merge; the edge ' +
            'is dropped, and the message says which part did not match.',
        fix: 'Regenerate the lock with cargo.',
    },
    // ---- License sources (cargo metadata, crate directories, .crate tarballs) ------------------------------
    'metadata-format-version': {
        severity: 'warning',
        meaning: 'The cargo metadata JSON has a `version` other than 1; it is read anyway.',
        docs: '`cargo metadata --format-version 1` writes `"version": 1`. A different value means a future format whose ' +
            'fields may differ; the packages\' `name`, `version`, `license` and `license_file` are read as in version 1.',
        fix: 'Write the file with `cargo metadata --format-version 1`.',
    },
    'metadata-package-malformed': {
        severity: 'warning',
        meaning: 'A package in the cargo metadata JSON has no name or version; it is skipped.',
        docs: 'Licenses are matched to lock entries by name and version; a package without them cannot be matched and ' +
            'its license is not used.',
        fix: 'Regenerate the JSON with `cargo metadata --format-version 1`.',
    },
    'license-source-link-outside': {
        severity: 'warning',
        meaning: 'A file inside a license source is a symbolic link out of that source and the workspace; it was not read.',
        docs: 'A license source in the checkout is the pull request\'s: a committed `vendor/foo/Cargo.toml -> /proc/self/environ`, ' +
            '`vendor/bar -> /home/runner/...` or `distfiles/x.crate -> ~/.ssh/...` would otherwise be read (and could ' +
            'claim any license, or leak what it points at). Every file read from a license source (a crate\'s Cargo.toml, ' +
            'a `.crate`, a workspace root Cargo.toml above a vendored crate) must really lie inside that source or the ' +
            'workspace once symbolic links are resolved; links that stay inside are followed. The file is skipped, so ' +
            'the crates it would describe have no license from it.',
        fix: 'Commit the file itself instead of a link, or give the directory the link points at as a license-sources entry (an absolute path is taken as given). For a build-time DISTDIR of links, give the real distfiles directory.',
    },
    'crate-manifest-missing': {
        severity: 'warning',
        meaning: 'A crate directory given as a license source has no Cargo.toml.',
        docs: 'A vendored or registry crate directory (`cargo vendor`, `~/.cargo/registry/src/*/<name>-<version>`, ' +
            'Debian\'s `/usr/share/cargo/registry`) holds the crate\'s Cargo.toml, which is where its `license` is read. ' +
            'A directory without one contributes no license.',
        fix: 'Check the license-sources entry points at crate directories.',
    },
    'crate-manifest-malformed': {
        severity: 'warning',
        meaning: 'A crate\'s Cargo.toml is not valid TOML; its license is not read.',
        docs: 'The license comes from the `[package]` table of the crate\'s own Cargo.toml; when the file does not parse ' +
            'the crate\'s license stays unknown. The finding names the line the TOML parser stopped at.',
        fix: 'Re-vendor the crate (`cargo vendor`) or fix the file.',
    },
    'crate-manifest-no-package': {
        severity: 'warning',
        meaning: 'A crate\'s Cargo.toml has no `[package]` table (a virtual workspace manifest?).',
        docs: 'Only a `[package]` (or the old `[project]`) table names a crate and its license; a workspace root manifest ' +
            'has none. The directory contributes no license.',
        fix: 'Point license-sources at the crate directories, not at a workspace root.',
    },
    'crate-manifest-incomplete': {
        severity: 'warning',
        meaning: 'A crate\'s Cargo.toml has no package name or version.',
        docs: 'Licenses are matched to lock entries by name and version. A manifest without them (or inheriting the ' +
            'version from a workspace that cannot be found) cannot be matched, so its license is not used.',
        fix: 'Re-vendor the crate, or give its workspace root as well.',
    },
    'workspace-root-missing': {
        severity: 'warning',
        meaning: 'A crate inherits `license.workspace = true` but no workspace root was found above it.',
        docs: 'cargo resolves `license.workspace = true` (and `version`, `license-file`) from `[workspace.package]` of ' +
            'the workspace root Cargo.toml above the crate. Without that root the inherited license is unknown.',
        fix: 'Include the workspace root in the license source, or vendor the published crate (cargo fills the field in on publish).',
    },
    'workspace-license-missing': {
        severity: 'warning',
        meaning: 'A crate inherits `license.workspace = true` but the workspace root defines no license.',
        docs: 'cargo reads an inherited license from `[workspace.package] license` of the root manifest. When the root ' +
            'has no such key, cargo itself would refuse the crate, and the audit has no license for it.',
        fix: 'Add `license` to `[workspace.package]`, or give the crate its own `license`.',
    },
    'crate-tarball-unreadable': {
        severity: 'warning',
        meaning: 'A `.crate` file cannot be decompressed; its license is not read.',
        docs: 'A `.crate` (Gentoo DISTDIR, `cargo package` output) is a gzip-compressed tar. A file that is not gzip, is ' +
            'truncated, or would decompress beyond the size limit is skipped with this finding.',
        fix: 'Download the crate again.',
    },
    'crate-tarball-no-manifest': {
        severity: 'warning',
        meaning: 'A `.crate` file has no `<name>-<version>/Cargo.toml` inside.',
        docs: 'cargo packages a crate as `<name>-<version>/…` with its Cargo.toml at the top of that folder. A tarball ' +
            'without one is not a crate cargo published; its license is not read.',
        fix: 'Check the file is a crate from a registry.',
    },
    // ---- License policy -----------------------------------------------------------------------------------
    'policy-invalid': {
        severity: 'error',
        meaning: 'The license policy cannot be used (a misspelt key, an invalid SPDX entry, a bad crate range).',
        docs: 'A policy that is half understood would judge crates by rules the user did not write, so any problem in it ' +
            'stops the audit: unknown keys (with a "did you mean"), entries that are not SPDX licenses or `@GROUP`s, ' +
            'crate specs whose semver range does not parse. Each problem is a finding at its line in the policy file.',
        fix: 'Fix the entry at the named line.',
    },
    'policy-entry-corrected': {
        severity: 'notice',
        meaning: 'A policy entry was not a valid SPDX id as written and was corrected.',
        docs: 'Policy entries are compared exactly with the crates\' normalised licenses, so they are normalised the same ' +
            'way: the legacy `/` separator, the case of an id (`mit` -> `MIT`), deprecated ids. Each correction is ' +
            'reported so the policy can be written in the form it is read in.',
        fix: 'Write the entry as the corrected SPDX id.',
    },
    'policy-allow-unused': {
        severity: 'notice',
        meaning: 'An `allow` entry was not needed by any crate of the lock.',
        docs: 'An allow list that grows with every past dependency admits licenses nobody reviewed for the current tree. ' +
            'An entry counts as needed when it allowed at least one crate of the lock.',
        fix: 'Remove the entry to keep the policy tight.',
    },
    'policy-exception-unmatched': {
        severity: 'warning',
        meaning: 'A per-crate exception matches no crate of the lock (name or version range).',
        docs: 'An exception is `name` or `name@<semver range>` plus the licenses it allows for that crate only. When no ' +
            'crate of the lock has the name, or none of its versions is in the range, the exception is dead: often a ' +
            'typo, or the crate was updated out of the range and now fails without anyone noticing why.',
        fix: 'Correct the crate name or range, or remove the exception.',
    },
    'policy-exception-unused': {
        severity: 'notice',
        meaning: 'A per-crate exception matched its crate but was not needed: the policy allows it anyway.',
        docs: 'The crate\'s license is allowed by the general `allow` list (or no allow list is set), so the exception ' +
            'grants nothing.',
        fix: 'Remove the exception.',
    },
    'policy-clarify-unused': {
        severity: 'warning',
        meaning: 'A `clarify` entry matches no crate of the lock.',
        docs: 'A clarification replaces a crate\'s declared license (or its missing one) after someone read the license ' +
            'text; it has the highest precedence. One that matches no crate by name and range is stale or misspelt, ' +
            'and the crate it was meant for is judged on its declared license instead.',
        fix: 'Correct the crate name or range, or remove the entry.',
    },
    // ---- Gentoo license data (license_groups, license-mapping.conf) ----------------------------------------
    'license-groups-missing': {
        severity: 'warning',
        meaning: 'None of the given Gentoo trees has `profiles/license_groups`.',
        docs: 'Policy entries such as `@FREE` or `@OSI-APPROVED` are Gentoo license groups, defined in ' +
            '`profiles/license_groups` of ::gentoo (overlays may add members). Without the file no group can be ' +
            'expanded, so crates are judged without them.',
        fix: 'Give a ::gentoo checkout as the first gentoo-tree.',
    },
    'license-mapping-missing': {
        severity: 'warning',
        meaning: 'None of the given Gentoo trees has `metadata/license-mapping.conf`.',
        docs: 'Gentoo names licenses differently from SPDX (`BSD-3-Clause` is `BSD`); `metadata/license-mapping.conf` ' +
            '(`[spdx-to-ebuild]`) translates them. Without it, `@GROUP` entries cannot judge any SPDX license and ' +
            '`LICENSE+=` cannot be written.',
        fix: 'Give a ::gentoo checkout as the first gentoo-tree.',
    },
    'license-group-malformed': {
        severity: 'warning',
        meaning: 'A `license_groups` line has a group or member name that is not a valid name.',
        docs: 'Each line is `GROUP member member @OTHERGROUP …`, with `-` to negate a member or group. A token that is ' +
            'not a license or `@group` name is ignored.',
        fix: 'Fix the line in profiles/license_groups.',
    },
    'license-group-empty': {
        severity: 'notice',
        meaning: 'A `license_groups` line names a group with no members.',
        docs: 'The line adds nothing to the group; in an overlay it is usually an unfinished edit.',
        fix: 'Add the members or remove the line.',
    },
    'license-group-unknown': {
        severity: 'warning',
        meaning: 'A policy entry or a group refers to a license group that no tree defines.',
        docs: 'Groups nest (`@FREE` contains `@FREE-SOFTWARE`, …) and the policy may name any of them. A group that is ' +
            'not defined in any given tree expands to nothing, so nothing is allowed or denied through it.',
        fix: 'Correct the group name, or give the tree that defines it.',
    },
    'license-group-cycle': {
        severity: 'warning',
        meaning: 'License groups include each other in a cycle.',
        docs: 'Expanding `@A` that contains `@B` that contains `@A` would never end; the cycle is cut where it closes and ' +
            'the path of groups is named.',
        fix: 'Remove one of the inclusions.',
    },
    'license-mapping-malformed': {
        severity: 'warning',
        meaning: 'A `license-mapping.conf` line is not `SPDX-ID = Gentoo-name`, or maps to nothing.',
        docs: 'Lines of the `[spdx-to-ebuild]` section map a (case-insensitive) SPDX key to ebuild LICENSE text. A line ' +
            'without `=`, or with nothing after it, is ignored.',
        fix: 'Fix the line in metadata/license-mapping.conf.',
    },
    'license-mapping-no-section': {
        severity: 'warning',
        meaning: '`license-mapping.conf` has no `[spdx-to-ebuild]` section.',
        docs: 'Only the `[spdx-to-ebuild]` section is read; a file without it maps nothing.',
        fix: 'Check the file is ::gentoo\'s metadata/license-mapping.conf.',
    },
    // ---- Gentoo CRATES= / LICENSE= ------------------------------------------------------------------------
    'gentoo-tree-missing': {
        severity: 'notice',
        meaning: 'Gentoo output was asked for without a Gentoo tree, so LICENSE+= cannot be written.',
        docs: 'CRATES= needs only the lock, but LICENSE+= needs ::gentoo\'s license-mapping.conf to turn SPDX ids into ' +
            'Gentoo license names; the audit never guesses a name.',
        fix: 'Give a ::gentoo checkout as gentoo-tree.',
    },
    'gentoo-too-many-crates': {
        severity: 'warning',
        meaning: 'CRATES= lists more crates than pkgcheck accepts without a warning (300).',
        docs: 'Each crate in CRATES= is a distfile and a Manifest line; pkgcheck warns above 300 crates. Large Rust ' +
            'packages ship a crate tarball (a vendored dependency archive) instead.',
        fix: 'Ship a vendored crate tarball in SRC_URI instead of listing every crate.',
    },
    'gentoo-foreign-registry': {
        severity: 'warning',
        meaning: 'A crate comes from a registry other than crates.io, which cargo.eclass cannot fetch.',
        docs: 'cargo.eclass builds SRC_URI for CRATES= from crates.io download URLs only; a crate from another registry ' +
            '(`registry+` or `sparse+` with a different URL) would be fetched from the wrong place.',
        fix: 'Fetch the crate through SRC_URI by hand, or vendor it.',
    },
    'gentoo-git-no-commit': {
        severity: 'warning',
        meaning: 'A git crate has no resolved commit in Cargo.lock and cannot be listed in GIT_CRATES.',
        docs: 'GIT_CRATES entries pin a repository to one commit (`url;commit;dir`); cargo writes the commit after `#` in ' +
            'the source URL. Without it there is nothing to pin.',
        fix: 'Run `cargo update -p <crate>` so the lock records the commit.',
    },
    'gentoo-git-host': {
        severity: 'warning',
        meaning: 'A git crate is hosted somewhere cargo.eclass GIT_CRATES cannot fetch from.',
        docs: 'cargo.eclass derives GIT_CRATES tarball URLs from GitHub\'s and GitLab\'s archive URL patterns only; a ' +
            'crate from another host gets a URL that does not exist.',
        fix: 'Fetch that repository through SRC_URI by hand.',
    },
    'gentoo-git-subdir': {
        severity: 'notice',
        meaning: 'Several crates come from the same git repository and commit: each needs its sub-path.',
        docs: 'A GIT_CRATES entry is `<url>;<commit>;<dir>`, where `<dir>` is the folder the repository archive unpacks ' +
            'to (`<repo>-%commit%`). When several crates live in one repository, each entry must say where its crate ' +
            'is inside that folder, or cargo.eclass points every one of them at the repository root.',
        fix: 'Append `/<path-to-crate>` to the directory field of each of those GIT_CRATES entries.',
    },
    'gentoo-license-file': {
        severity: 'warning',
        meaning: 'A crate has only `license-file`, so its Gentoo license must be added by hand.',
        docs: 'A crate that ships its license as a file has no SPDX expression to map; LICENSE+= cannot include it until ' +
            'someone reads the file.',
        fix: 'Read the file and add its Gentoo license name to LICENSE, or add a clarify entry.',
    },
    'gentoo-license-missing': {
        severity: 'warning',
        meaning: 'No license is known for a crate, so LICENSE+= leaves it out.',
        docs: 'No license source knew the crate (it was not vendored, not in cargo metadata output) and no clarification ' +
            'names it; the ebuild\'s LICENSE would be incomplete.',
        fix: 'Add a license source that has the crate, or a clarify entry.',
    },
    'gentoo-license-invalid': {
        severity: 'warning',
        meaning: 'A crate\'s license is not a valid SPDX expression, so LICENSE+= leaves it out.',
        docs: 'Only a parsed SPDX expression can be mapped term by term to Gentoo names (AND as juxtaposition, OR as ' +
            '`|| ( … )`).',
        fix: 'Add a clarify entry with the crate\'s real SPDX expression.',
    },
    'gentoo-license-unmapped': {
        severity: 'warning',
        meaning: 'An SPDX id has no entry in license-mapping.conf and is missing from LICENSE+=.',
        docs: 'Modern ids such as `Unicode-3.0` may not be in ::gentoo\'s mapping yet; the audit reports them instead of ' +
            'guessing a Gentoo name, and lists the crates that need them.',
        fix: 'Add the Gentoo name to LICENSE by hand, or the id to license-mapping.conf.',
    },
    'gentoo-license-alternative-dropped': {
        severity: 'notice',
        meaning: 'An unmapped SPDX id was dropped from an OR choice; the other alternatives remain.',
        docs: 'In `A OR B` with no Gentoo name for `B`, LICENSE+= keeps `A` alone: still correct (the user may choose ' +
            'A), but narrower than the crate\'s own terms.',
        fix: 'Add the id to license-mapping.conf if the alternative matters.',
    },
    'gentoo-license-plus-fallback': {
        severity: 'notice',
        meaning: 'An `id+` license had no mapping of its own; the mapping of the id without `+` was used.',
        docs: 'license-mapping.conf\'s own header says a `+` key falls back to the key without `+` (`GPL-2.0+` maps like ' +
            '`GPL-2.0`); the audit does so and says which crates it applied to.',
        fix: 'None needed; add an explicit mapping to silence it.',
    },
    // ---- The audit ----------------------------------------------------------------------------------------
    'crate-license-denied': {
        severity: 'warning',
        meaning: 'A crate\'s license is denied by the policy (an error when fail-on has `denied`).',
        docs: 'A crate is denied when every OR-branch of its license contains a denied license (`deny` wins over `allow` ' +
            'and over exceptions; a denied `X` also denies `X WITH <exception>`). The finding sits at the crate\'s ' +
            '`[[package]]` line and names the shortest path from a workspace member.',
        fix: 'Replace the dependency, or add a per-crate exception after legal review.',
    },
    'crate-license-unknown': {
        severity: 'warning',
        meaning: 'No license is known for a crate, or a group cannot judge it (an error when fail-on has `unknown`).',
        docs: 'Either no license source knows the crate (add one: `cargo`, a vendor directory, cargo metadata JSON), or ' +
            'the policy judges through a Gentoo group and the crate\'s SPDX id has no Gentoo mapping: the verdict is ' +
            'unknown rather than a guess.',
        fix: 'Add a clarify entry to the policy once the license is checked.',
    },
    'crate-license-invalid': {
        severity: 'warning',
        meaning: 'A crate\'s license is not a valid SPDX expression (an error when fail-on has `invalid-spdx`).',
        docs: 'The declared license was normalised (legacy `/`, case, deprecated ids: each correction reported) and ' +
            'still does not parse as an SPDX expression: an unknown id, a typo, or free text.',
        fix: 'Add a clarify entry with the crate\'s real SPDX expression.',
    },
    'crate-license-needs-review': {
        severity: 'warning',
        meaning: 'A crate gives only `license-file`; someone must read it (an error when fail-on has `unknown`).',
        docs: 'cargo allows `license-file` instead of an SPDX `license`; the file\'s terms cannot be judged by the ' +
            'policy until a person reads them and records the result as a clarification.',
        fix: 'Add a clarify entry to the policy once the license is checked.',
    },
    'crate-new-duplicate': {
        severity: 'notice',
        meaning: 'The change makes a crate appear in more versions than before (an error when fail-on has `new-duplicate`).',
        docs: 'Two semver-incompatible versions of one crate both compile into the program: more build time, bigger ' +
            'binaries, and twice the code to review. Counted as distinct versions of the packages outside the workspace ' +
            '(a workspace member that shares a crates.io crate\'s name and version is not a copy). The summary names the ' +
            'dependents that pull in each copy.',
        fix: 'Update the dependents so they agree on one version.',
    },
    'crate-license-changed': {
        severity: 'warning',
        meaning: 'An updated crate changed its license between the base and the head version.',
        docs: 'A patch or minor update is usually accepted without review; a license change inside one is exactly what ' +
            'a reviewer must not miss (the new license may still pass the policy).',
        fix: 'Review the new license.',
    },
    'crate-checksum-changed': {
        severity: 'warning',
        meaning: 'A crate has the same name, version and source as in the base but a different checksum.',
        docs: 'crates.io never changes a published version, so the same (name, version, source) with another checksum ' +
            'means a registry republished it or the lock was tampered with.',
        fix: 'Check where the crate comes from before merging.',
    },
    'base-lockfile-missing': {
        severity: 'warning',
        meaning: 'The given base lockfile does not exist: every crate counts as added.',
        docs: 'With `base-lockfile` pointing at a missing file the audit assumes the pull request introduces Cargo.lock; ' +
            'if it does not, the path is wrong and the diff is meaningless.',
        fix: 'Correct base-lockfile if the pull request does not introduce Cargo.lock.',
    },
    'license-declared-by-pr': {
        severity: 'warning',
        meaning: 'A crate\'s license comes from a file the pull request wrote, not from the crate\'s registry or the base commit.',
        docs: 'Everything in a pull request\'s checkout is the pull request\'s word. For a registry or git crate whose license ' +
            'was read from a file inside the checkout (a `vendor/` directory, a `.crate`, a cargo-metadata JSON) that the ' +
            'base commit does not have as it is now, the audit compares the file with `git show <base-sha>:<file>`: a ' +
            'changed or new declaration cannot allow the crate by itself, so an allowed verdict becomes needs-review (a ' +
            'denied one stays denied). A path crate the pull request adds (vendored by path, a `[patch]` by path, a new ' +
            'workspace member) is judged like a dependency, with this finding as a notice, because its license is ' +
            'whatever its new Cargo.toml says.',
        fix: "Read registry crates' licenses with license-sources: cargo (from the registry), or settle the crate with a clarify entry in the base policy once checked.",
    },
    'policy-changed-by-pr': {
        severity: 'warning',
        meaning: 'The pull request changes the license policy file; it was judged with the base commit\'s policy.',
        docs: 'On a pull request the policy file is read at the base commit (`git show <base-sha>:<policy>`), because a ' +
            'pull request that adds a GPL crate could otherwise edit the policy to allow it and pass its own check. When ' +
            'the checkout\'s file differs (changed, added or deleted), the audit evaluates it too and says what it would ' +
            'change: the verdict and every crate whose verdict differs, or why the new file cannot be used. The verdict ' +
            'of this run stays the base policy\'s until the change is merged.',
        fix: 'Review the policy change like code; a maintainer may set policy-from: head for a pull request from this repository.',
    },
    'base-lockfile-unavailable': {
        severity: 'warning',
        meaning: 'The base lockfile could not be read from git; the audit runs without a comparison.',
        docs: 'The base lockfile is `git show <base>:<path>` in the checkout; a shallow checkout first fetches just the ' +
            'base commit. When that fails (no git checkout, no credentials, an unknown revision) the head is still ' +
            'audited, but nothing is reported as added, removed or updated.',
        fix: 'Use `fetch-depth: 0` in actions/checkout, or pass base-lockfile.',
    },
});

;// CONCATENATED MODULE: ./shared/findings-docs.ts
/**
 * The finding catalogues of every domain, and the documents made from them: `docs/findings.md` (`npm run gen`)
 * and `rust-distro-actions codes [action]`. Which catalogues belong to an action is read from what its folder
 * imports (`shared/<domain>/…`), so a new action needs no entry here.
 */








/** The domains an action's folder imports (`shared/<domain>/…`, the toolkit aside). */
function actionDomains(root, action) {
    const dir = external_node_path_default().join(root, 'actions', action);
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const domains = new Set();
    for (const f of (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.ts'))) {
        for (const m of (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, f), 'utf8').matchAll(/from '\.\.\/\.\.\/shared\/([a-z0-9-]+)\//g)) {
            if (m[1] !== 'toolkit')
                domains.add(m[1]);
        }
    }
    return [...domains].sort();
}
/** The catalogues of an action (a domain's sub-catalogues such as `gentoo/ebuild` included), or all. */
function cataloguesFor(root, action) {
    const all = finding_registeredCatalogues();
    if (!action)
        return all;
    const domains = actionDomains(root, action);
    return all.filter((c) => domains.some((d) => c.domain === d || c.domain.startsWith(`${d}/`)));
}
function entries(cats) {
    return cats.flatMap((c) => Object.entries(c.specs).map(([code, spec]) => [c.domain, code, spec])).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}
/** `rust-distro-actions codes [action]`: one line per code, then its fix. */
function renderCodes(cats) {
    const rows = entries(cats);
    const w = Math.max(4, ...rows.map(([, code]) => code.length));
    return rows.map(([domain, code, s]) => `${code.padEnd(w)}  ${s.severity.padEnd(7)}  ${s.meaning}  [${domain}]${s.fix ? `\n${' '.repeat(w + 11)}fix: ${s.fix}` : ''}`).join('\n');
}
function actionsOf(root) {
    const dir = path.join(root, 'actions');
    return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'action.yml'))).sort() : [];
}
/** docs/findings.md, generated: every code with its severity, meaning, documentation and fix. */
function renderFindingsMarkdown(root) {
    const out = [
        '<!-- generated by `npm run gen` from shared/*/findings.ts; do not edit -->',
        '# Findings',
        '',
        'Every finding the actions report has a stable code. Each code is defined once, in its domain\'s catalogue',
        '(`shared/<domain>/findings.ts`), with its usual severity, what it means, why it matters and the usual fix.',
        'A step may raise or lower a severity for a case (the annotation shows the one that applies).',
        '`rust-distro-actions codes [action]` prints the same list in a terminal.',
        '',
        '| action | catalogues |',
        '|---|---|',
    ];
    for (const a of actionsOf(root))
        out.push(`| ${a} | ${cataloguesFor(root, a).map((c) => `[${c.domain}](#${c.domain.replace(/\//g, '')})`).join(', ') || '—'} |`);
    for (const c of registeredCatalogues()) {
        out.push('', `## ${c.domain}`, '');
        for (const [, code, s] of entries([c])) {
            out.push(`### \`${code}\``, '', `**${s.severity}** — ${s.meaning}`, '', s.docs, '');
            if (s.fix)
                out.push(`Fix: ${s.fix}`, '');
        }
    }
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}


/***/ })

};
