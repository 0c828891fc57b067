export const id = 372;
export const ids = [372];
export const modules = {

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_MODES: () => (/* reexport */ audit_view/* COMMENT_MODES */.p8),
  FAIL_ON_VALUES: () => (/* reexport */ audit_inputs/* FAIL_ON_VALUES */.Qm),
  REPORT_LINE_KEYS: () => (/* binding */ REPORT_LINE_KEYS),
  auditCounts: () => (/* reexport */ audit_view/* auditCounts */.gn),
  commentAction: () => (/* reexport */ audit_view/* commentAction */.yE),
  copiesWithDependents: () => (/* reexport */ audit_view/* copiesWithDependents */.Ij),
  crateNotes: () => (/* reexport */ audit_view/* crateNotes */.np),
  deniedGraph: () => (/* reexport */ audit_view/* deniedGraph */.Cf),
  failOnInput: () => (/* reexport */ audit_inputs/* failOnInput */.cR),
  filesChangedSince: () => (/* binding */ filesChangedSince),
  findLockfile: () => (/* reexport */ audit_inputs/* findLockfile */.$M),
  gitFileAtBase: () => (/* binding */ gitFileAtBase),
  isPlainRevision: () => (/* reexport */ audit_inputs/* isPlainRevision */.eT),
  licenseAudit: () => (/* binding */ licenseAudit),
  licenseSourcesInput: () => (/* reexport */ audit_inputs/* licenseSourcesInput */.Gf),
  lockChanged: () => (/* reexport */ audit_view/* lockChanged */.I4),
  policyChangeSentence: () => (/* binding */ policyChangeSentence),
  policyNotes: () => (/* reexport */ audit_view/* policyNotes */.Y3),
  problemRows: () => (/* reexport */ problemRows),
  queryAnswers: () => (/* reexport */ audit_view/* queryAnswers */.el),
  readFileAtRef: () => (/* binding */ readFileAtRef),
  shortPath: () => (/* reexport */ audit_view/* shortPath */._1),
  unusableInput: () => (/* binding */ unusableInput),
  updateClassCounts: () => (/* reexport */ audit_view/* updateClassCounts */.Wy),
  updatesForReview: () => (/* reexport */ audit_view/* updatesForReview */.i_),
  wantsComment: () => (/* reexport */ audit_view/* wantsComment */.TH),
  warnedOnly: () => (/* reexport */ audit_view/* warnedOnly */.iH)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/finding.ts
var finding = __webpack_require__(2187);
// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./shared/cargo/findings.ts
/**
 * Every finding the cargo domain makes (Cargo.lock, crate license sources, the license policy, Gentoo license
 * data and CRATES/LICENSE, the audit itself), with what it means and how it is usually fixed.
 */

const cargoFindings = (0,finding/* defineFindings */.IP)('cargo', {
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

;// CONCATENATED MODULE: ./shared/cargo/lockfile.ts
/**
 * Cargo.lock reader: V1 (checksums in `[metadata]`), V2 (no `version` key, inline checksums), `version = 3`
 * and `version = 4` (URL-encoded git query values). Pure: text in, plain data + findings out.
 *
 * Dependency strings (`name`, `name version`, `name version (source)`) are resolved the way cargo's own
 * decoder does (src/cargo/core/resolver/encode.rs): by name, then version, then source; when the source is
 * omitted and one of the candidates has no source (a path/workspace package), the bare form means that one.
 */



/** The newest lockfile format understood; cargo 1.78+ writes 4. */
const MAX_LOCK_VERSION = 4;
const CRATES_IO_REGISTRY = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';
/** Thrown by {@link parseLockfileOrThrow}: the whole file is unusable. Carries the finding (with line). */
class LockfileError extends io/* ConfigurationError */.j {
    finding;
    name = 'LockfileError';
    constructor(finding) {
        super(finding.line !== undefined ? `${finding.file ?? 'Cargo.lock'}:${finding.line}: ${finding.message}` : finding.message);
        this.finding = finding;
    }
}
function formatPackageId(name, version, source) {
    // joined into one flat string, where `+` or a template makes a rope of five pieces: an id is hashed as a map key
    // and written into the report, both cheaper on a flat string (a fresh process's 2,500-crate audit: 1–3% faster)
    return source === undefined ? `${name} ${version}` : [name, ' ', version, ' (', source, ')'].join('');
}
/** A dependency string without its source (`name` or `name version`): the form V2 and later write when unambiguous. */
function isShortForm(dep) {
    const spec = parseDependencySpec(dep);
    return spec !== undefined && spec.source === undefined;
}
/**
 * Split a dependency string / V1 metadata key part. Returns undefined for text that is not of that form.
 * Split as cargo splits it (`EncodablePackageId::from_str`: at single spaces, nothing trimmed): a blank before the
 * name or after the version leaves an empty name or version, or a third part that is no `(source)`, which
 * names no package. cargo 1.95 drops such a dependency (` b`, `b `: the lock is re-resolved, or refused with
 * `--locked`) or refuses the lock (` b 1.0.0`, `b 1.0.0 `, `b  1.0.0`: "invalid serialized PackageId").
 */
function parseDependencySpec(s) {
    if (s === '')
        return undefined;
    const sp1 = s.indexOf(' ');
    if (sp1 < 0)
        return { name: s };
    if (sp1 === 0)
        return undefined;
    const name = s.slice(0, sp1);
    const rest = s.slice(sp1 + 1);
    const sp2 = rest.indexOf(' ');
    if (sp2 < 0)
        return rest === '' || rest.startsWith('(') ? undefined : { name, version: rest };
    if (sp2 === 0)
        return undefined;
    const version = rest.slice(0, sp2);
    const src = rest.slice(sp2 + 1);
    if (!src.startsWith('(') || !src.endsWith(')') || src.length < 3)
        return undefined;
    return { name, version, source: src.slice(1, -1) };
}
function isCratesIo(source) {
    return source === CRATES_IO_REGISTRY || source === CRATES_IO_SPARSE || source === 'sparse+https://index.crates.io';
}
/**
 * Parse a `source` value. `lockVersion` 4 percent-decodes git query values (cargo ≥1.78 encodes them);
 * older versions keep them raw.
 */
function parseSource(source, lockVersion = 4) {
    if (source === undefined)
        return { kind: 'path' };
    const plus = source.indexOf('+');
    const prefix = plus > 0 ? source.slice(0, plus) : '';
    const rest = plus > 0 ? source.slice(plus + 1) : source;
    switch (prefix) {
        case 'registry':
            return { kind: 'registry', url: rest };
        case 'sparse':
            return { kind: 'sparse', url: rest };
        case 'path':
            return { kind: 'path', url: rest };
        case 'git':
            return { kind: 'git', url: rest, git: parseGitSource(rest, lockVersion) };
        default:
            return { kind: 'other', url: rest };
    }
}
function parseGitSource(rest, lockVersion) {
    const hash = rest.indexOf('#');
    const commit = hash >= 0 ? rest.slice(hash + 1) : undefined;
    const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
    const q = beforeHash.indexOf('?');
    const git = { url: q >= 0 ? beforeHash.slice(0, q) : beforeHash };
    if (commit)
        git.commit = commit;
    if (q >= 0) {
        for (const pair of beforeHash.slice(q + 1).split('&')) {
            const eq = pair.indexOf('=');
            const key = eq >= 0 ? pair.slice(0, eq) : pair;
            if (key !== 'branch' && key !== 'tag' && key !== 'rev')
                continue;
            let value = eq >= 0 ? pair.slice(eq + 1) : '';
            // (a value without `%` decodes to itself: most are a plain branch, tag or commit)
            if (lockVersion >= 4 && value.includes('%'))
                value = safeDecode(value);
            git.reference = { kind: key, value };
        }
    }
    return git;
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/**
 * cargo's identity of a source (`SourceId` equality): the kind and the canonical URL (trailing `/` dropped;
 * for git-style URLs on github.com lower-cased over https, and a `.git` suffix dropped), plus for git the
 * reference with its query value decoded the way cargo's `query_pairs()` does (`?branch=feat%2Fx`, as V4
 * writes it, and `?branch=feat/x`, as V3 did, are one source; the old `?ref=` is a branch). cargo's identity
 * ignores the git commit (`#fragment`), so a V1 dependency string without it still names its package;
 * `withCommit` keeps it, for comparing two locks, where another commit is another package.
 */
function sourceIdentity(source, withCommit = false) {
    if (source === undefined || isCratesIo(source))
        return source;
    const cache = withCommit ? identityCache.withCommit : identityCache.bare;
    let hit = cache.get(source);
    if (hit === undefined) {
        hit = computeIdentity(source, withCommit);
        if (cache.size >= IDENTITY_CACHE_MAX)
            cache.clear();
        cache.set(source, hit);
    }
    return hit;
}
const identityCache = { bare: new Map(), withCommit: new Map() };
const IDENTITY_CACHE_MAX = 10_000;
function computeIdentity(source, withCommit) {
    const plus = source.indexOf('+');
    if (plus <= 0)
        return source;
    const kind = source.slice(0, plus);
    const rest = source.slice(plus + 1);
    if (kind === 'sparse')
        return `sparse+${canonicalUrl(source, true).slice('sparse+'.length)}`;
    if (kind !== 'git')
        return `${kind}+${canonicalUrl(rest, false)}`;
    const hash = rest.indexOf('#');
    const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
    const q = beforeHash.indexOf('?');
    let reference = '';
    if (q >= 0) {
        for (const pair of beforeHash.slice(q + 1).split('&')) {
            if (pair === '')
                continue;
            const eq = pair.indexOf('=');
            const key = formDecode(eq >= 0 ? pair.slice(0, eq) : pair);
            const value = eq >= 0 ? formDecode(pair.slice(eq + 1)) : '';
            if (key === 'branch' || key === 'ref')
                reference = `branch=${encodeURIComponent(value)}`;
            else if (key === 'rev' || key === 'tag')
                reference = `${key}=${encodeURIComponent(value)}`;
        }
    }
    const url = canonicalUrl(q >= 0 ? beforeHash.slice(0, q) : beforeHash, false);
    const commit = withCommit && hash >= 0 ? `#${rest.slice(hash + 1)}` : '';
    return `git+${url}${reference ? `?${reference}` : ''}${commit}`;
}
/** application/x-www-form-urlencoded value decoding (`+` is a space), as rust-url's `query_pairs()`. */
function formDecode(s) {
    const spaced = s.includes('+') ? s.replace(/\+/g, ' ') : s;
    if (!spaced.includes('%'))
        return spaced;
    // Runs of escapes are decoded as UTF-8 (lossy, like rust-url); an invalid escape stays as written.
    return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
        const bytes = new Uint8Array(run.length / 3);
        for (let i = 0; i < bytes.length; i++)
            bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
        return UTF8.decode(bytes);
    });
}
const UTF8 = new TextDecoder();
/** cargo's CanonicalUrl (src/cargo/util/canonical_url.rs); `plusScheme`: a `sparse+https` URL, not lower-cased. */
function canonicalUrl(raw, plusScheme) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return raw;
    }
    u.hash = '';
    u.search = '';
    let path = u.pathname;
    let head = u.href.slice(0, u.href.length - path.length);
    if (path.length > 1 && path.endsWith('/'))
        path = path.slice(0, -1);
    if (!plusScheme) {
        if (u.hostname === 'github.com') {
            head = `https${head.slice(head.indexOf(':'))}`;
            path = path.toLowerCase();
        }
        if (path.endsWith('.git'))
            path = path.slice(0, -4);
    }
    return head + path;
}
// A TOML basic string without escapes or control characters: its text is its value.
const METADATA_ITEM = /^"([^"\\\u0000-\u001f\u007f]*)" = "([^"\\\u0000-\u001f\u007f]*)"$/;
const BAD_SOURCE = /[\s()]/;
/**
 * What cargo accepts as a package name (Unicode identifier characters, `-`; crates.io narrows it to ASCII) and
 * as a version (semver: three numbers, then `-pre` and `+build` identifiers). Anything else is not a crate
 * cargo could have locked, and must never reach CRATES=, GIT_CRATES or a comment as a name.
 */
const CRATE_NAME = /^[\p{XID_Continue}-]+$/u;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/**
 * The lines after `[[package]]` in the order and layout cargo writes them: `name` and `version`, then `source`,
 * `checksum` and the `dependencies` array, each where present, every value plain ({@link isPlain}: the class below
 * leaves out exactly the quote, backslash and control characters it refuses) and every line ending in LF. One
 * match reads a package's lines with what its groups capture (1 name, 2 version, 3 source, 4 checksum, 5 the
 * dependency lines); the same lines one by one took ~2.5 times as long. It takes exactly what the line-by-line
 * fast path takes, in the same terms; it matches less where a line differs (CRLF, another key, a comment), and
 * that path reads the rest of the package.
 */
const PLAIN_VALUE = String.raw `[^"\\\x00-\x1f\x7f]*`;
const PACKAGE_LINES = new RegExp(String.raw `name = "(${PLAIN_VALUE})"\nversion = "(${PLAIN_VALUE})"\n(?:source = "(${PLAIN_VALUE})"\n)?(?:checksum = "(${PLAIN_VALUE})"\n)?` +
    String.raw `(?:dependencies = \[\n((?: "${PLAIN_VALUE}",\n)*)\]\n)?`, 'y');
/**
 * Lines in another layout than cargo's, as a script, another TOML writer or a person lays them out: blanks around
 * keys, `=` and values, basic or literal strings, a comment at the end. Each is matched from the start of its line
 * (sticky) and counts only when the match ends where the line does; what they do not match (quoted keys, an array
 * spread over lines with commas anywhere, …) is read by `looseLine`, which they agree with. Character for character
 * in a JavaScript loop, such a line took ~3 times as long as the same line in cargo's layout.
 *
 * A value is plain as {@link isPlain} says (a literal string refuses the same characters, and its own quote).
 * LOOSE_KEY: 1 key, 2 or 3 the value. LOOSE_ARRAY: 1 the array's elements, on one line. LOOSE_ELEMENT (a line
 * inside an array): 1 or 2 the value, 3 the comma after it.
 */
const PLAIN_LITERAL = String.raw `[^'"\\\x00-\x1f\x7f]*`;
const LOOSE_STRING = String.raw `(?:"(${PLAIN_VALUE})"|'(${PLAIN_LITERAL})')`;
const LOOSE_ITEM = String.raw `(?:"${PLAIN_VALUE}"|'${PLAIN_LITERAL}')`;
const LINE_END = String.raw `[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?`;
const LOOSE_KEY = new RegExp(String.raw `[ \t]*(name|version|source|checksum|replace)[ \t]*=[ \t]*${LOOSE_STRING}${LINE_END}`, 'y');
const LOOSE_ARRAY = new RegExp(String.raw `[ \t]*dependencies[ \t]*=[ \t]*\[[ \t]*((?:${LOOSE_ITEM}[ \t]*,[ \t]*)*(?:${LOOSE_ITEM}[ \t]*)?)\]${LINE_END}`, 'y');
const LOOSE_ELEMENT = new RegExp(String.raw `[ \t]*${LOOSE_STRING}[ \t]*(,?)${LINE_END}`, 'y');
const looseKeyLine = (key) => String.raw `[ \t]*${key}[ \t]*=[ \t]*${LOOSE_STRING}${LINE_END}\n`;
/**
 * PACKAGE_LINES for those lines: a package's keys in cargo's order, each a line as LOOSE_KEY reads it, and the
 * dependencies on one line as LOOSE_ARRAY reads them; one match for the package where a match per line took
 * ~2.5 ms more for 2,500 packages. Groups: 1–2 name, 3–4 version, 5–6 source, 7–8 checksum (basic or literal
 * string), 9 the array's elements.
 */
const LOOSE_PACKAGE = new RegExp(looseKeyLine('name') +
    looseKeyLine('version') +
    `(?:${looseKeyLine('source')})?(?:${looseKeyLine('checksum')})?` +
    String.raw `(?:[ \t]*dependencies[ \t]*=[ \t]*\[[ \t]*((?:${LOOSE_ITEM}[ \t]*,[ \t]*)*(?:${LOOSE_ITEM}[ \t]*)?)\]${LINE_END}\n)?`, 'y');
/** `text[from, to)` holds no quote, backslash or control character (a char loop beats a regex per value). */
function isPlain(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c < 32 || c === 34 || c === 92 || c === 127)
            return false;
    }
    return true;
}
/** The raw dependency list of every package when they are not resolved (never handed out, never written). */
const UNREAD_DEPENDENCIES = Object.freeze([]);
/**
 * A package as read, made by a constructor rather than an object literal: V8 moves the objects of a literal
 * whose objects tend to survive straight to the old generation, and each young string stored in them then
 * keeps that string alive until the next full collection (a scavenge counts every old-to-young pointer as live,
 * dead package or not), so every scavenge copied the strings of packages long gone. Every package gets the
 * same properties in the same order (absent ones undefined): one object shape. Fields are `declare`d and set in the
 * constructor only (see Row in audit.ts: a class field writes each property twice).
 */
class ParsedPackage {
    /** Where the package sits in its lock's `packages` (set once the lock is read; checked by whoever uses it). */
    #at = -1;
    constructor(id, key, name, version, source, sourceKind, sourceUrl, git, checksum, dependencies, line) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.version = version;
        this.source = source;
        this.sourceKind = sourceKind;
        this.sourceUrl = sourceUrl;
        this.git = git;
        this.checksum = checksum;
        this.dependencies = dependencies;
        this.line = line;
    }
    static at(p) {
        return #at in p ? p.#at : -1;
    }
    static place(p, at) {
        if (#at in p)
            p.#at = at;
    }
}
/**
 * Where a package read by {@link parseLockfile} sits in its lock's `packages`, or -1 (a package made elsewhere). A
 * lock made from another's packages (a subset, another order) keeps the positions of the first: check
 * `packages[i] === p` before using one.
 */
function packagePosition(p) {
    return ParsedPackage.at(p);
}
function newPackage(name, version, source, parsed, checksum, line) {
    const id = formatPackageId(name, version, source);
    const identity = sourceIdentity(source, true);
    const key = identity === source ? id : formatPackageId(name, version, identity);
    return new ParsedPackage(id, key, name, version, source, parsed.kind, parsed.url, parsed.git ? { ...parsed.git } : undefined, checksum, [], line);
}
function addPackage(built, byId, pkg, deps) {
    built.packages.push(pkg);
    built.rawDeps.push(deps);
    byId.set(pkg.id, pkg);
    const list = built.byName.get(pkg.name);
    if (list)
        list.push(pkg);
    else
        built.byName.set(pkg.name, [pkg]);
}
/**
 * Fast path for the exact layout cargo writes, about twice as fast as a general TOML parse plus the package
 * checks: `version = N`, `[[package]]` tables (`name`, `version`, `source`, `checksum`, `replace`, `dependencies`),
 * `[[patch.unused]]` tables (the same keys; skipped, as the general path skips `patch`) and V1's `[metadata]`.
 * Every line must have one of a few strict shapes that are valid TOML with an obvious meaning, and
 * every package must be well-formed; anything else (escapes, other keys, inline tables, odd spacing,
 * duplicate keys or packages, missing fields) returns undefined and the file goes through smol-toml and the
 * checks that report findings. The fuzz tests check that both paths agree.
 */
function scanCanonical(text, resolve) {
    const built = {
        rawVersion: undefined,
        packages: [],
        rawDeps: [],
        byId: undefined,
        byName: new Map(),
        metadata: undefined,
        headers: { packageLines: [], metadataLine: 0, rootLine: 0 },
        anyInlineChecksum: false,
        replaces: [],
    };
    let metadata;
    let state = 0; // 0 top, 1 package, 2 dependencies array, 3 metadata
    // In a `[[patch.unused]]` table (cargo lists a `[patch]` entry that matched nothing there: same keys as a
    // package, no package of the lock; the general path does not read `patch` either).
    let inPatch = false;
    let name;
    let version;
    let source;
    let checksum;
    // `replace = "<id>"`: cargo's deprecated `[replace]` (see Lockfile's `replacements`).
    let replace;
    let deps;
    let pkgLine = 0;
    let lockVersion = 1;
    let prevSource;
    let prevParsed = { kind: 'path' };
    // Dependency strings of the package being read, copied out at `]` into an array of their number.
    const depScratch = [];
    // cargo writes packages sorted by name: a name equal to the previous one extends its list, a name after
    // every earlier one (while the file stays sorted) is new, so most packages need no lookup by name.
    let prevName;
    let prevList;
    let sortedSoFar = true;
    // Names with MANY_VERSIONS packages or more: the `version source` of each (a version has no space, a source is
    // never empty), so a duplicate costs a lookup, not a walk through hundreds of versions for every one of them.
    const keysOf = new Map();
    // Close the package being read; false when it is not well-formed (the general path will say why).
    const finish = () => {
        if (inPatch) {
            inPatch = false;
            name = version = source = checksum = replace = undefined;
            deps = undefined;
            return true;
        }
        if (pkgLine === 0)
            return true;
        if (name === undefined || version === undefined || !CRATE_NAME.test(name) || !SEMVER.test(version))
            return false;
        if (source !== undefined) {
            if (source !== prevSource) {
                if (source === '' || BAD_SOURCE.test(source))
                    return false;
                prevParsed = parseSource(source, lockVersion);
                prevSource = source;
            }
            else
                source = prevSource; // one string for every package of a source
        }
        let list;
        if (name === prevName)
            list = prevList;
        else if (!sortedSoFar || (prevName !== undefined && name < prevName)) {
            sortedSoFar = false;
            list = built.byName.get(name);
        }
        // A duplicate package id is the same name, version and source (ids are `name version (source)`, and none
        // of the three can hold the separators).
        if (list) {
            if (list.length < MANY_VERSIONS) {
                for (const q of list)
                    if (q.version === version && q.source === source)
                        return false;
            }
            else {
                // a name with many packages: their `version source` in a set, kept from here on as they are added
                let keys = keysOf.get(list);
                if (!keys)
                    keysOf.set(list, (keys = new Set(list.map((q) => `${q.version} ${q.source ?? ''}`))));
                const key = `${version} ${source ?? ''}`;
                if (keys.has(key))
                    return false;
                keys.add(key);
            }
        }
        const pkg = newPackage(name, version, source, source === undefined ? { kind: 'path' } : prevParsed, checksum, pkgLine);
        if (checksum !== undefined)
            built.anyInlineChecksum = true;
        built.packages.push(pkg);
        built.rawDeps.push(deps);
        if (replace !== undefined)
            built.replaces.push([built.packages.length - 1, replace]);
        if (list)
            list.push(pkg);
        else
            built.byName.set(name, (list = [pkg]));
        prevName = name;
        prevList = list;
        name = version = source = checksum = replace = undefined;
        deps = undefined;
        pkgLine = 0;
        return true;
    };
    // What a line says, in the same terms whether it has cargo's layout or another (looseLine).
    const header = (kind, line) => {
        if (!finish())
            return false;
        if (kind === 'metadata') {
            if (metadata !== undefined)
                return false;
            metadata = Object.create(null);
            built.metadata = metadata;
            built.headers.metadataLine = line;
            state = 3;
            return true;
        }
        if (kind === 'patch')
            inPatch = true;
        else {
            pkgLine = line;
            built.headers.packageLines.push(line);
        }
        state = 1;
        return true;
    };
    // A package's (or unused patch's) string key: 1 name, 2 version, 3 source, 4 checksum, 5 replace. False for a repeat.
    const setKey = (key, value) => {
        if (key === 1) {
            if (name !== undefined)
                return false;
            name = value;
        }
        else if (key === 2) {
            if (version !== undefined)
                return false;
            version = value;
        }
        else if (key === 3) {
            if (source !== undefined)
                return false;
            source = value;
        }
        else if (key === 4) {
            if (checksum !== undefined)
                return false;
            checksum = value;
        }
        else {
            if (replace !== undefined)
                return false;
            replace = value;
        }
        return true;
    };
    // `dependencies = [`: its strings follow (state 2), each where a comma or the `[` left room for one (`element`).
    let element = true;
    const depsBegin = () => {
        if (deps !== undefined)
            return false;
        deps = [];
        element = true;
        state = 2;
        return true;
    };
    // Unresolved, the strings matter only to tell V1 from V2 (no `version` line); an unused patch's, never.
    const dep = (value) => {
        if (!inPatch && (resolve || built.rawVersion === undefined))
            depScratch.push(value);
    };
    const depsEnd = () => {
        deps = depScratch.length === 0 && !resolve ? UNREAD_DEPENDENCIES : depScratch.slice();
        depScratch.length = 0;
        state = 1;
    };
    const metadataItem = (key, value) => {
        if (Object.prototype.hasOwnProperty.call(metadata, key))
            return false;
        metadata[key] = value;
        return true;
    };
    // Top level: only `version = N`.
    const topVersion = (digits) => {
        if (built.rawVersion !== undefined || !/^(0|[1-9]\d{0,8})$/.test(digits))
            return false;
        built.rawVersion = Number(digits);
        if (built.rawVersion === 2 || built.rawVersion === 3 || built.rawVersion === 4)
            lockVersion = built.rawVersion;
        return true;
    };
    /**
     * A line in another layout than cargo's: blanks around keys, `=`, values and table names, a comment after
     * them, literal strings, quoted keys, an array's strings on one line or spread over lines with their commas
     * anywhere. False for what is not read here (escapes, multi-line strings, inline tables, dotted or other
     * keys, other values, a lone CR, a control character in a comment); the general path then reads the file.
     */
    const looseLine = (from, to, line) => {
        let p = skipBlanks(text, from, to);
        if (p === to)
            return true;
        let c = text.charCodeAt(p);
        if (c === 35)
            return commentOnly(text, p, to);
        if (state !== 2 && c === 91 /* [ */) {
            const double = text.charCodeAt(p + 1) === 91;
            p = skipBlanks(text, p + (double ? 2 : 1), to);
            const nameFrom = p;
            while (p < to && isTableNameChar(text.charCodeAt(p)))
                p++;
            const table = text.slice(nameFrom, p);
            p = skipBlanks(text, p, to);
            if (text.charCodeAt(p) !== 93 || (double && text.charCodeAt(p + 1) !== 93))
                return false;
            p += double ? 2 : 1;
            const kind = double ? (table === 'package' ? 'package' : table === 'patch.unused' ? 'patch' : undefined) : table === 'metadata' ? 'metadata' : undefined;
            return kind !== undefined && header(kind, line) && blankOrComment(text, p, to);
        }
        if (state !== 2) {
            // key = value
            let key;
            if (c === 34) {
                const e = plainString(text, p, to);
                if (e < 0)
                    return false;
                key = text.slice(p, e);
                p = e;
            }
            else {
                const keyFrom = p;
                while (p < to && isBareKeyChar(text.charCodeAt(p)))
                    p++;
                if (p === keyFrom)
                    return false;
                key = text.slice(keyFrom, p);
            }
            p = skipBlanks(text, p, to);
            if (text.charCodeAt(p) !== 61 /* = */)
                return false;
            p = skipBlanks(text, p + 1, to);
            c = text.charCodeAt(p);
            if (state === 0) {
                if (key !== 'version')
                    return false;
                const digitsFrom = p;
                while (p < to && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57)
                    p++;
                return p > digitsFrom && topVersion(text.slice(digitsFrom, p)) && blankOrComment(text, p, to);
            }
            if (state === 1 && key === 'dependencies' && c === 91) {
                if (!depsBegin())
                    return false;
                p++;
                // the array's strings follow on this line, and on the next ones if it is not closed here
            }
            else {
                if (c !== 34 && c !== 39)
                    return false;
                const e = plainString(text, p, to);
                if (e < 0)
                    return false;
                const value = text.slice(p + 1, e - 1);
                if (state === 3) {
                    if (key.charCodeAt(0) !== 34 || !metadataItem(key.slice(1, -1), value))
                        return false;
                }
                else {
                    const k = key === 'name' ? 1 : key === 'version' ? 2 : key === 'source' ? 3 : key === 'checksum' ? 4 : key === 'replace' ? 5 : 0;
                    if (k === 0 || !setKey(k, value))
                        return false;
                }
                return blankOrComment(text, e, to);
            }
        }
        // Inside `dependencies = [`: strings, commas, the closing `]`.
        for (;;) {
            p = skipBlanks(text, p, to);
            if (p === to)
                return true;
            c = text.charCodeAt(p);
            if (c === 35)
                return commentOnly(text, p, to);
            if (c === 93) {
                depsEnd();
                return blankOrComment(text, p + 1, to);
            }
            if (element && (c === 34 || c === 39)) {
                const e = plainString(text, p, to);
                if (e < 0)
                    return false;
                dep(text.slice(p + 1, e - 1));
                element = false;
                p = e;
            }
            else if (!element && c === 44 /* , */) {
                element = true;
                p++;
            }
            else
                return false;
        }
    };
    // A package's line in another layout that one of the LOOSE_ expressions reads whole: what reading it says, or
    // undefined when none matches (looseLine reads it then).
    const loosePackageLine = (from, to) => {
        LOOSE_KEY.lastIndex = from;
        const m = LOOSE_KEY.exec(text);
        if (m !== null && LOOSE_KEY.lastIndex === to) {
            const key = m[1];
            const k = key === 'name' ? 1 : key === 'version' ? 2 : key === 'source' ? 3 : key === 'checksum' ? 4 : 5;
            return setKey(k, m[2] ?? m[3]);
        }
        LOOSE_ARRAY.lastIndex = from;
        const a = LOOSE_ARRAY.exec(text);
        if (a === null || LOOSE_ARRAY.lastIndex !== to)
            return undefined;
        return oneLineArray(a[1]);
    };
    // The elements of an array on one line as LOOSE_ARRAY or LOOSE_PACKAGE matched them: strings that hold neither
    // quote, between blanks and commas.
    const oneLineArray = (items) => {
        if (!depsBegin())
            return false;
        for (let p = 0; p < items.length;) {
            const q = items.charCodeAt(p);
            if (q !== 34 && q !== 39) {
                p++;
                continue;
            }
            const e = items.indexOf(q === 34 ? '"' : "'", p + 1);
            dep(items.slice(p + 1, e));
            p = e + 1;
        }
        depsEnd();
        return true;
    };
    // An element of an array spread over lines, in another layout: read, or undefined when LOOSE_ELEMENT does not match.
    const looseElement = (from, to) => {
        LOOSE_ELEMENT.lastIndex = from;
        const m = LOOSE_ELEMENT.exec(text);
        if (m === null || LOOSE_ELEMENT.lastIndex !== to)
            return undefined;
        dep(m[1] ?? m[2]);
        element = m[3] !== '';
        return true;
    };
    const n = text.length;
    let lineNo = 0;
    let start = 0;
    while (start < n) {
        let end = text.indexOf('\n', start);
        const next = end < 0 ? n + 1 : end + 1;
        if (end < 0)
            end = n;
        lineNo++;
        // CRLF is a line end; a lone CR (even at the very end of the file) is not valid TOML.
        if (end > start && text.charCodeAt(end - 1) === 13) {
            if (end === n)
                return undefined;
            end--;
        }
        const from = start;
        const len = end - from;
        const c0 = len > 0 ? text.charCodeAt(from) : 0;
        start = next;
        if (len === 0)
            continue;
        if (c0 === 35 /* # */) {
            // TOML forbids control characters in comments: let the real parser report it.
            if (!commentOnly(text, from, end))
                return undefined;
            continue;
        }
        if (state === 2) {
            // ` "<text>",`
            if (element && c0 === 32 && len >= 4 && text.charCodeAt(from + 1) === 34 && text.charCodeAt(end - 1) === 44 && text.charCodeAt(end - 2) === 34 && isPlain(text, from + 2, end - 2)) {
                dep(text.slice(from + 2, end - 2));
            }
            else if (len === 1 && c0 === 93 /* ] */)
                depsEnd();
            else if (!((element && looseElement(from, end)) || looseLine(from, end, lineNo)))
                return undefined;
            continue;
        }
        if (c0 === 91 /* [ */) {
            let ok;
            if (len === 11 && text.startsWith('[[package]]', from)) {
                ok = header('package', lineNo);
                // the package's lines as cargo writes them, read by one match (see PACKAGE_LINES); the lines after the
                // last one it covers are read one by one below
                PACKAGE_LINES.lastIndex = next;
                const m = ok ? PACKAGE_LINES.exec(text) : null;
                if (m !== null) {
                    setKey(1, m[1]);
                    setKey(2, m[2]);
                    lineNo += 2;
                    if (m[3] !== undefined)
                        setKey(3, m[3]), lineNo++;
                    if (m[4] !== undefined)
                        setKey(4, m[4]), lineNo++;
                    start = PACKAGE_LINES.lastIndex;
                    if (m[5] !== undefined) {
                        depsBegin();
                        // ` "<text>",` lines between `dependencies = [` and `]`, each read where it lies in the text
                        const listEnd = start - 2;
                        for (let p = listEnd - m[5].length; p < listEnd; lineNo++) {
                            const q = text.indexOf('",\n', p + 2);
                            dep(text.slice(p + 2, q));
                            p = q + 3;
                        }
                        depsEnd();
                        lineNo += 2;
                    }
                }
                else if (ok) {
                    // the same lines in another layout (LOOSE_PACKAGE), one per key and the array on one line
                    LOOSE_PACKAGE.lastIndex = next;
                    const l = LOOSE_PACKAGE.exec(text);
                    if (l !== null) {
                        setKey(1, l[1] ?? l[2]);
                        setKey(2, l[3] ?? l[4]);
                        lineNo += 2;
                        if (l[5] !== undefined || l[6] !== undefined)
                            setKey(3, l[5] ?? l[6]), lineNo++;
                        if (l[7] !== undefined || l[8] !== undefined)
                            setKey(4, l[7] ?? l[8]), lineNo++;
                        if (l[9] !== undefined)
                            oneLineArray(l[9]), lineNo++;
                        start = LOOSE_PACKAGE.lastIndex;
                    }
                }
            }
            else if (len === 16 && text.startsWith('[[patch.unused]]', from))
                ok = header('patch', lineNo);
            else if (len === 10 && text.startsWith('[metadata]', from))
                ok = header('metadata', lineNo);
            else
                ok = looseLine(from, end, lineNo);
            if (!ok)
                return undefined;
            continue;
        }
        if (state === 1) {
            // `<key> = "<text>"` for the five string keys, or the dependencies array.
            let key = 0; // 1 name, 2 version, 3 source, 4 checksum, 5 replace
            let at = 0; // where the value starts
            if (text.charCodeAt(end - 1) === 34) {
                if (c0 === 110 && text.startsWith('name = "', from))
                    (key = 1), (at = 8);
                else if (c0 === 118 && text.startsWith('version = "', from))
                    (key = 2), (at = 11);
                else if (c0 === 115 && text.startsWith('source = "', from))
                    (key = 3), (at = 10);
                else if (c0 === 99 && text.startsWith('checksum = "', from))
                    (key = 4), (at = 12);
                else if (c0 === 114 && text.startsWith('replace = "', from))
                    (key = 5), (at = 11);
            }
            let ok;
            if (key !== 0 && len > at && isPlain(text, from + at, end - 1))
                ok = setKey(key, text.slice(from + at, end - 1));
            else if (len === 16 && text.startsWith('dependencies = [', from))
                ok = depsBegin();
            else if (len === 17 && text.startsWith('dependencies = []', from)) {
                ok = depsBegin();
                depsEnd();
            }
            else
                ok = loosePackageLine(from, end) ?? looseLine(from, end, lineNo);
            if (!ok)
                return undefined;
            continue;
        }
        if (state === 3) {
            const m = METADATA_ITEM.exec(text.slice(from, end));
            if (m ? !metadataItem(m[1], m[2]) : !looseLine(from, end, lineNo))
                return undefined;
            continue;
        }
        // top level: only `version = N` (a repeat fails in both)
        if (!((len >= 11 && text.startsWith('version = ', from) && topVersion(text.slice(from + 10, end))) || looseLine(from, end, lineNo)))
            return undefined;
    }
    if (state === 2 || !finish())
        return undefined;
    return built;
}
/** The first position at or after `p` (before `to`) that is not a space or a tab. */
function skipBlanks(text, p, to) {
    while (p < to) {
        const c = text.charCodeAt(p);
        if (c !== 32 && c !== 9)
            break;
        p++;
    }
    return p;
}
/** `text[p, to)` is a comment (from `#`) without a control character TOML forbids there. */
function commentOnly(text, p, to) {
    for (p++; p < to; p++) {
        const c = text.charCodeAt(p);
        if ((c < 32 && c !== 9) || c === 127)
            return false;
    }
    return true;
}
/** Nothing but blanks and maybe a comment from `p` to `to`. */
function blankOrComment(text, p, to) {
    p = skipBlanks(text, p, to);
    return p === to || (text.charCodeAt(p) === 35 && commentOnly(text, p, to));
}
/**
 * A one-line string at `p` (basic or literal, not multi-line) whose text is its value and is plain
 * ({@link isPlain}): the position after its closing quote, or -1.
 */
function plainString(text, p, to) {
    const q = text.charCodeAt(p);
    if (text.charCodeAt(p + 1) === q && text.charCodeAt(p + 2) === q)
        return -1;
    const e = text.indexOf(q === 34 ? '"' : "'", p + 1);
    return e < 0 || e >= to || !isPlain(text, p + 1, e) ? -1 : e + 1;
}
function isBareKeyChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
function isTableNameChar(c) {
    return isBareKeyChar(c) || c === 46;
}
/** The general path: any valid TOML, every problem of a package a finding. */
function buildFromDocument(doc, headers, version, file, findings) {
    const byId = new Map();
    const built = {
        rawVersion: doc['version'],
        packages: [],
        rawDeps: [],
        byId,
        byName: new Map(),
        metadata: doc['metadata'],
        headers,
        anyInlineChecksum: false,
        replaces: [],
    };
    const rawPackages = doc['package'];
    const tables = [];
    if (rawPackages !== undefined) {
        if (!Array.isArray(rawPackages)) {
            return cargoFindings.make('lock-invalid-structure', `Cargo.lock \`package\` must be an array of tables ([[package]]), found ${describe(rawPackages)}.`, { file });
        }
        const linesMatch = headers.packageLines.length === rawPackages.length;
        rawPackages.forEach((raw, i) => tables.push({ raw, line: linesMatch ? headers.packageLines[i] : 0 }));
    }
    // Very old V1 files (cargo < 0.17?) kept the root package in `[root]`.
    if (doc['root'] !== undefined)
        tables.unshift({ raw: doc['root'], line: headers.rootLine });
    for (const { raw, line } of tables) {
        const at = () => ({ file, line: line || undefined });
        if (!isTable(raw)) {
            findings.push(cargoFindings.make('lock-invalid-package', `A [[package]] entry is ${describe(raw)}, not a table; ignored.`, at()));
            continue;
        }
        const name = raw['name'];
        const ver = raw['version'];
        if (typeof name !== 'string' || !CRATE_NAME.test(name)) {
            findings.push(cargoFindings.make('lock-invalid-package', `A [[package]] has no valid \`name\` (found ${describe(name)}); ignored.`, at()));
            continue;
        }
        if (typeof ver !== 'string' || !SEMVER.test(ver)) {
            findings.push(cargoFindings.make('lock-invalid-package', `Package \`${name}\` has no valid \`version\` (found ${describe(ver)}); ignored.`, at()));
            continue;
        }
        const src = raw['source'];
        if (src !== undefined && (typeof src !== 'string' || src === '' || BAD_SOURCE.test(src))) {
            findings.push(cargoFindings.make('lock-invalid-package', `Package \`${name} ${ver}\` has an invalid \`source\` (${describe(src)}); ignored.`, at()));
            continue;
        }
        const id = formatPackageId(name, ver, src);
        if (byId.has(id)) {
            findings.push(cargoFindings.make('lock-duplicate-package', `Package \`${id}\` is listed twice; the first entry is used.`, at()));
            continue;
        }
        let checksum;
        const sum = raw['checksum'];
        if (sum !== undefined) {
            if (typeof sum === 'string') {
                checksum = sum;
                built.anyInlineChecksum = true;
            }
            else {
                findings.push(cargoFindings.make('lock-invalid-checksum', `Package \`${id}\` has a non-text checksum (${describe(sum)}); ignored.`, at()));
            }
        }
        addPackage(built, byId, newPackage(name, ver, src, parseSource(src, version), checksum, line), raw['dependencies']);
        if (typeof raw['replace'] === 'string')
            built.replaces.push([built.packages.length - 1, raw['replace']]);
    }
    return built;
}
/**
 * Lines (1-based) of `[[package]]` headers and of `[metadata]`/`[root]`, for files that need the general
 * parser. A small TOML lexer: strings (all four kinds), comments and brackets inside values are skipped,
 * so only real table headers count.
 */
function scanHeaders(text) {
    const h = { packageLines: [], metadataLine: 0, rootLine: 0 };
    const n = text.length;
    let line = 1;
    let depth = 0; // brackets/braces open inside a value
    let atLineStart = true;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            atLineStart = true;
            i++;
            continue;
        }
        if (c === 32 || c === 9 || c === 13) {
            i++;
            continue;
        }
        if (c === 35 /* # */) {
            const e = text.indexOf('\n', i);
            i = e < 0 ? n : e;
            continue;
        }
        if (c === 34 /* " */ || c === 39 /* ' */) {
            const q = text[i];
            const triple = text.startsWith(q + q + q, i);
            if (triple) {
                let j = i + 3;
                for (;;) {
                    const e = text.indexOf(q + q + q, j);
                    if (e < 0) {
                        j = n;
                        break;
                    }
                    // A basic multi-line string may escape a quote: `\"""` does not close it.
                    if (q === '"' && isEscaped(text, e)) {
                        j = e + 1;
                        continue;
                    }
                    j = e + 3;
                    while (text[j] === q)
                        j++; // up to two extra quotes belong to the content
                    break;
                }
                for (let k = i; k < j; k++)
                    if (text.charCodeAt(k) === 10)
                        line++;
                i = j;
            }
            else {
                let j = i + 1;
                while (j < n) {
                    const d = text.charCodeAt(j);
                    if (d === 10)
                        break;
                    if (q === '"' && d === 92 /* \ */) {
                        j += 2;
                        continue;
                    }
                    if (d === c) {
                        j++;
                        break;
                    }
                    j++;
                }
                i = j;
            }
            atLineStart = false;
            continue;
        }
        if (c === 91 /* [ */ && atLineStart && depth === 0) {
            const e0 = text.indexOf('\n', i);
            const e = e0 < 0 ? n : e0;
            const header = text.slice(i, e);
            if (/^\[\[\s*package\s*\]\]/.test(header))
                h.packageLines.push(line);
            else if (/^\[\s*metadata\s*\]/.test(header))
                h.metadataLine = line;
            else if (/^\[\s*root\s*\]/.test(header))
                h.rootLine = line;
            i = e;
            continue;
        }
        if (c === 91 || c === 123)
            depth++;
        else if ((c === 93 || c === 125) && depth > 0)
            depth--;
        atLineStart = false;
        i++;
    }
    return h;
}
function isEscaped(text, at) {
    let k = at - 1;
    let slashes = 0;
    while (k >= 0 && text.charCodeAt(k) === 92) {
        slashes++;
        k--;
    }
    return slashes % 2 === 1;
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function describe(v) {
    if (v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'an array';
    if (v === null)
        return 'null';
    if (v instanceof Date)
        return 'a date';
    return typeof v === 'object' ? 'a table' : `${typeof v} ${JSON.stringify(v)}`;
}
/** Parse Cargo.lock text. Never throws: a file that cannot be used as a whole yields `{ ok: false, error }`. */
function parseLockfile(text, options = {}) {
    const file = options.file ?? 'Cargo.lock';
    const fail = (code, message, where = {}) => ({ ok: false, error: cargoFindings.make(code, message, { file, ...where }) });
    if (typeof text !== 'string')
        return fail('lock-invalid', 'Cargo.lock content is not text.');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const findings = [];
    const fast = options.generalParser ? undefined : scanCanonical(text, options.dependencies !== false);
    let doc;
    if (!fast) {
        try {
            doc = (0,dist/* parse */.qg)(text, { maxDepth: 64 });
        }
        catch (e) {
            if (e instanceof dist/* TomlError */.zx) {
                const first = String(e.message).replace(/^Invalid TOML document:\s*/, '').split('\n')[0] ?? '';
                return fail('lock-malformed-toml', `Cargo.lock is not valid TOML: ${first}`, {
                    line: e.line,
                    column: e.column,
                    hint: 'Regenerate it with `cargo generate-lockfile` or resolve the merge conflict.',
                });
            }
            return fail('lock-malformed-toml', `Cargo.lock is not valid TOML: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    // Version: absent means V1 or V2 (decided below); cargo writes 3 and 4 explicitly.
    let version;
    const rawVersion = fast ? fast.rawVersion : doc['version'];
    if (rawVersion === undefined) {
        version = 1; // refined after reading packages
    }
    else if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 1) {
        return fail('lock-invalid-version', `Cargo.lock \`version\` must be a positive integer, found ${describe(rawVersion)}.`, {
            line: findKeyLine(text, 'version'),
        });
    }
    else if (rawVersion > MAX_LOCK_VERSION) {
        return fail('lock-unsupported-version', `Cargo.lock version ${rawVersion} is newer than this action understands (V1 to V${MAX_LOCK_VERSION}).`, { line: findKeyLine(text, 'version'), hint: 'Update rust-distro-actions, or regenerate the lock with an older cargo.' });
    }
    else {
        version = rawVersion;
        if (version <= 2) {
            findings.push(cargoFindings.make('lock-explicit-old-version', `Cargo.lock says \`version = ${version}\`; cargo never writes V1/V2 explicitly and rejects it.`, {
                file,
                line: findKeyLine(text, 'version'),
            }));
        }
    }
    let built;
    if (fast)
        built = fast;
    else {
        const b = buildFromDocument(doc, scanHeaders(text), version, file, findings);
        if ('severity' in b)
            return { ok: false, error: b };
        built = b;
    }
    const { packages, rawDeps, byName, headers, anyInlineChecksum } = built;
    // By id, built on first use (V1 checksums need it here; see ParsedLockfile).
    const byId = () => (built.byId ??= indexById(packages));
    const byVersion = new Map();
    // V1: checksums live in [metadata] as "checksum <name> <version> (<source>)" = "<sum>".
    const metadata = built.metadata;
    let metadataChecksums = 0;
    if (metadata !== undefined) {
        if (!isTable(metadata)) {
            findings.push(cargoFindings.make('lock-invalid-metadata', `Cargo.lock [metadata] is ${describe(metadata)}, not a table; ignored.`, { file, line: headers.metadataLine || undefined }));
        }
        else {
            for (const [key, value] of Object.entries(metadata)) {
                if (!key.startsWith('checksum '))
                    continue;
                metadataChecksums++;
                // Keys name packages like dependency strings do (a git source may lack its `#commit`); cargo wrote each
                // as its package's id, which names that package whichever way it is looked up.
                const named = key.slice('checksum '.length);
                let pkg = byId().get(named);
                if (!pkg) {
                    const spec = parseDependencySpec(named);
                    pkg = (spec?.version !== undefined ? resolveSpec(spec, byName, byVersion) : null) ?? undefined;
                }
                if (!pkg) {
                    findings.push(cargoFindings.make('lock-orphan-checksum', `[metadata] has a checksum for \`${key.slice(9)}\`, which is not a package in this lock.`, { file, line: headers.metadataLine || undefined }));
                    continue;
                }
                if (typeof value !== 'string')
                    continue;
                // cargo wrote `<none>` for packages without a checksum (path and git sources).
                if (value !== '<none>' && pkg.checksum === undefined)
                    pkg.checksum = value;
            }
        }
    }
    // Where a finding about a package points: made for a finding only, not for each of 5,000 packages.
    const at = (pkg) => ({ file, line: pkg.line || undefined });
    const resolveCache = new Map();
    const idIndex = built.byId;
    let anyShortForm = false;
    let edges;
    if (options.dependencies === false) {
        // Only the V1/V2 decision below looks at dependency strings: does any use cargo's short form?
        if (rawVersion === undefined)
            anyShortForm = rawDeps.some((deps) => Array.isArray(deps) && deps.some((d) => typeof d === 'string' && isShortForm(d)));
    }
    else {
        // Each dependency as the position of its package too (LockEdges), so the graph needs no lookup by id.
        const n = packages.length;
        let most = 0;
        for (let i = 0; i < n; i++) {
            ParsedPackage.place(packages[i], i);
            const deps = rawDeps[i];
            if (Array.isArray(deps))
                most += deps.length;
        }
        const succStart = new Int32Array(n + 1);
        const succ = new Int32Array(most);
        let e = 0;
        for (let i = 0; i < n; i++) {
            succStart[i] = e;
            const pkg = packages[i];
            const deps = rawDeps[i];
            if (deps === undefined)
                continue;
            if (!Array.isArray(deps)) {
                findings.push(cargoFindings.make('lock-invalid-dependencies', `Package \`${pkg.id}\` has \`dependencies\` that is ${describe(deps)}, not an array; ignored.`, at(pkg)));
                continue;
            }
            // Resolved ids are written over the strings (this array is the parser's own), then it becomes the
            // package's list: one array of the right length, no growth.
            const out = deps;
            let kept = 0;
            for (let k = 0; k < out.length; k++) {
                const dep = out[k];
                if (typeof dep !== 'string') {
                    findings.push(cargoFindings.make('lock-invalid-dependency', `Package \`${pkg.id}\` lists a dependency that is ${describe(dep)}; ignored.`, at(pkg)));
                    continue;
                }
                // The short form cargo writes for a name with one package (a name has no space): a lookup by name.
                const space = dep.indexOf(' ');
                if (space === -1) {
                    const only = byName.get(dep);
                    if (only !== undefined && only.length === 1) {
                        anyShortForm = true;
                        out[kept++] = only[0].id;
                        succ[e++] = ParsedPackage.at(only[0]);
                        continue;
                    }
                }
                else if (space > 0 && dep.indexOf(' ', space + 1) === -1) {
                    // `name version`, the form for a name with several versions: the one package of that name and version,
                    // or of several (other sources) the one without a source, as resolveSpec says; anything else (no such
                    // package, blanks around it, a name with many versions) goes the way below, which says why.
                    const hit = byNameAndVersion(byName.get(dep.slice(0, space)), dep, space + 1);
                    if (hit !== undefined) {
                        anyShortForm = true;
                        out[kept++] = hit.id;
                        succ[e++] = ParsedPackage.at(hit);
                        continue;
                    }
                }
                let resolved = resolveCache.get(dep);
                // A package's own id names it (V1 writes every dependency so); looked up when the lookup by id exists already.
                const exact = resolved === undefined ? idIndex?.get(dep) : undefined;
                if (exact !== undefined) {
                    if (exact.source === undefined)
                        anyShortForm = true;
                    resolved = exact;
                    resolveCache.set(dep, resolved);
                }
                else if (resolved === undefined) {
                    const spec = parseDependencySpec(dep);
                    if (spec && spec.source === undefined)
                        anyShortForm = true;
                    resolved = spec ? resolveSpec(spec, byName, byVersion) : null;
                    resolveCache.set(dep, resolved);
                    if (resolved === null) {
                        const why = !spec ? 'is not of the form `name [version [(source)]]`' : describeMiss(spec, byName);
                        findings.push(cargoFindings.make('lock-unresolved-dependency', `Dependency \`${dep}\` of \`${pkg.id}\` ${why}; ignored.`, at(pkg)));
                    }
                }
                else if (resolved === null) {
                    findings.push(cargoFindings.make('lock-unresolved-dependency', `Dependency \`${dep}\` of \`${pkg.id}\` cannot be resolved; ignored.`, at(pkg)));
                }
                if (resolved) {
                    out[kept++] = resolved.id;
                    succ[e++] = ParsedPackage.at(resolved);
                }
            }
            out.length = kept;
            pkg.dependencies = out;
        }
        succStart[n] = e;
        edges = { packages, succStart, succ };
    }
    if (rawVersion === undefined) {
        // cargo: V2 stores checksums inline and shortens dependency strings; V1 does neither.
        version = anyInlineChecksum || (metadataChecksums === 0 && anyShortForm) ? 2 : 1;
        if (version === 2 && metadataChecksums > 0) {
            findings.push(cargoFindings.make('lock-mixed-checksums', 'Cargo.lock has both inline checksums and [metadata] checksums (a bad merge?); inline ones are used.', { file, line: headers.metadataLine || undefined }));
        }
    }
    // `[replace]`: named as a dependency string names a package (cargo writes the replacement's id); one that names
    // no other package of the lock replaces nothing (cargo would not have written it)
    const replacements = new Map();
    if (options.dependencies !== false) {
        for (const [i, text] of built.replaces) {
            const spec = parseDependencySpec(text);
            const by = spec ? resolveSpec(spec, byName, byVersion) : null;
            if (by && by !== packages[i])
                replacements.set(packages[i].id, by.id);
        }
    }
    return { ok: true, lock: new ParsedLockfile(version, file, packages, byName, findings, built.byId, edges, replacements) };
}
function indexById(packages) {
    return new Map(packages.map((p) => [p.id, p]));
}
/**
 * A parsed lock. Its lookup by id is made on first use, by a getter on the class: a getter written in an object
 * literal is a new function per object, and V8 gives each such object a map of its own in the old generation,
 * which then holds the getter, its closure and through it every package alive in every scavenge until a full
 * collection (a loop of lock audits spent most of its time copying dead locks).
 */
class ParsedLockfile {
    version;
    file;
    packages;
    byName;
    findings;
    replacements;
    #byId;
    #edges;
    constructor(version, file, packages, byName, findings, byId, edges, replacements = new Map()) {
        this.version = version;
        this.file = file;
        this.packages = packages;
        this.byName = byName;
        this.findings = findings;
        this.replacements = replacements;
        this.#byId = byId;
        this.#edges = edges;
    }
    static edges(lock) {
        return #edges in lock ? lock.#edges : undefined;
    }
    /** By id; the fast path does not need one (it finds duplicates by name), and an audit never asks (its graph indexes packages itself). */
    get byId() {
        return (this.#byId ??= indexById(this.packages));
    }
}
/**
 * The dependency edges the reader resolved, as positions (see LockEdges), for a lock {@link parseLockfile} read;
 * undefined for another (a lock made by hand, or read without resolving). Its `packages` is the array they index:
 * a lock whose packages or dependencies were changed since must not use them (buildGraph checks).
 */
function lockEdges(lock) {
    return ParsedLockfile.edges(lock);
}
/** Like {@link parseLockfile} but throws a {@link LockfileError} (a ConfigurationError) for an unusable file. */
function parseLockfileOrThrow(text, options = {}) {
    const r = parseLockfile(text, options);
    if (!r.ok)
        throw new LockfileError(r.error);
    return r.lock;
}
/** Packages of one name from which a version is looked up in a map instead of by walking the name's list. */
const MANY_VERSIONS = 16;
/** A name's packages by version: a name with 400 versions filtered its list once for each of 400 strings. */
function versionsOf(all, byVersion) {
    let m = byVersion.get(all);
    if (!m) {
        m = new Map();
        for (const p of all) {
            const list = m.get(p.version);
            if (list)
                list.push(p);
            else
                m.set(p.version, [p]);
        }
        byVersion.set(all, m);
    }
    return m;
}
/**
 * The package `dep.slice(from)` names among `list` (one name's packages) by its version, as {@link resolveSpec}
 * resolves a `name version` string: the only one of that version, or the only one of them without a source.
 * Undefined where it would not resolve, or where the name has MANY_VERSIONS packages (resolveSpec indexes those).
 */
function byNameAndVersion(list, dep, from) {
    if (list === undefined || list.length >= MANY_VERSIONS)
        return undefined;
    const len = dep.length - from;
    let hit;
    // at most one: two packages without a source and of one name and version would have one id
    let sourceless;
    let count = 0;
    for (const q of list) {
        if (q.version.length !== len || !dep.startsWith(q.version, from))
            continue;
        count++;
        hit = q;
        if (q.source === undefined)
            sourceless = q;
    }
    return count === 1 ? hit : sourceless;
}
function resolveSpec(spec, byName, byVersion) {
    const all = byName.get(spec.name);
    if (!all)
        return null;
    let cands = all;
    if (spec.version !== undefined) {
        const v = spec.version;
        cands = all.length >= MANY_VERSIONS ? (versionsOf(all, byVersion).get(v) ?? []) : cands.filter((p) => p.version === v);
    }
    else {
        // Without a version cargo requires a single version of the name (sources may still differ).
        const v0 = cands[0].version;
        if (cands.some((p) => p.version !== v0))
            return null;
    }
    if (cands.length === 0)
        return null;
    if (spec.source !== undefined) {
        const s = spec.source;
        // cargo looks the source up by SourceId: kind and canonical URL, without the git commit (old V1 strings
        // name `git+…?rev=X` while the package's source is `git+…?rev=X#X`).
        if (cands.length >= MANY_VERSIONS) {
            // one name and version from many sources (forks of one crate): by source and by identity from an index,
            // where a search of the candidates for each of n dependency strings was n² (10,000 forks: minutes)
            const index = sourceIndexOf(cands);
            const exact = index.exact.get(s);
            if (exact)
                return exact;
            const same = index.identity.get(sourceIdentity(s));
            return same?.length === 1 ? same[0] : null;
        }
        let hit = cands.find((p) => p.source === s);
        if (!hit) {
            const id = sourceIdentity(s);
            const same = cands.filter((p) => sourceIdentity(p.source) === id);
            if (same.length === 1)
                hit = same[0];
        }
        return hit ?? null;
    }
    if (cands.length === 1)
        return cands[0];
    // The bare form means the package without a source (path packages never write one).
    const pathOnes = cands.filter((p) => p.source === undefined);
    return pathOnes.length === 1 ? pathOnes[0] : null;
}
const sourceIndexes = new WeakMap();
function sourceIndexOf(cands) {
    let index = sourceIndexes.get(cands);
    if (index)
        return index;
    index = { exact: new Map(), identity: new Map() };
    for (const p of cands) {
        if (p.source === undefined)
            continue;
        // the first of a source, as a search in order finds it
        if (!index.exact.has(p.source))
            index.exact.set(p.source, p);
        const id = sourceIdentity(p.source);
        const list = index.identity.get(id);
        if (list)
            list.push(p);
        else
            index.identity.set(id, [p]);
    }
    sourceIndexes.set(cands, index);
    return index;
}
function describeMiss(spec, byName) {
    const all = byName.get(spec.name);
    if (!all)
        return `names no package in this lock (\`${spec.name}\`)`;
    const versions = [...new Set(all.map((p) => p.version))];
    if (spec.version === undefined)
        return `is ambiguous: \`${spec.name}\` has versions ${versions.join(', ')}`;
    if (!versions.includes(spec.version))
        return `names version ${spec.version}, but the lock has ${versions.join(', ')}`;
    if (spec.source !== undefined)
        return `names source ${spec.source}, which no \`${spec.name} ${spec.version}\` has`;
    return `is ambiguous: several \`${spec.name} ${spec.version}\` packages have a source`;
}
function findKeyLine(text, key) {
    const re = new RegExp(`^\\s*${key}\\s*=`, 'm');
    const m = re.exec(text);
    if (!m)
        return undefined;
    let line = 1;
    for (let i = 0; i < m.index; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Names with more than one package (distinct version or source), each list in file order. */
function multiVersionNames(lock) {
    const out = new Map();
    for (const [name, list] of lock.byName)
        if (list.length > 1)
            out.set(name, list);
    return out;
}
/** Workspace members and path dependencies: packages without a source. */
function workspaceMembers(lock) {
    return lock.packages.filter((p) => p.source === undefined);
}

;// CONCATENATED MODULE: ./shared/cargo/bitset-simd.ts
/**
 * The two innermost loops of the dependent counts (graph.ts, joinTotals) as WebAssembly SIMD: or-ing one bitset
 * into another and counting a bitset's set bits, 128 bits an instruction where JavaScript does 32. The module is
 * a few dozen bytes, written out below instruction by instruction (no toolchain, no binary blob), compiled once
 * per process on first use; the sets live in its memory, and JavaScript sees that memory as an Int32Array.
 *
 * WebAssembly SIMD is part of every Node the actions run on (since Node 16.4). Widths are in bytes and must be
 * positive multiples of 16 (joinTotals' blocks are multiples of four words).
 */
// Opcodes (WebAssembly core spec, binary format; SIMD from the fixed-width SIMD proposal, merged in 2.0).
const LOOP = 0x03;
const BLOCKTYPE_EMPTY = 0x40;
const END = 0x0b;
const BR_IF = 0x0d;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_GT_S = 0x4a;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const SIMD = 0xfd;
const V128_LOAD = 0x00;
const V128_STORE = 0x0b;
const I32X4_EXTRACT_LANE = 0x1b;
const V128_OR = 0x50;
const I8X16_POPCNT = 0x62;
const I16X8_EXTADD_PAIRWISE_I8X16_U = 0x7d;
const I32X4_EXTADD_PAIRWISE_I16X8_U = 0x7f;
const I32X4_ADD = 0xae;
const TYPE_I32 = 0x7f;
const TYPE_V128 = 0x7b;
const TYPE_FUNC = 0x60;
/** memarg of a v128 load or store: alignment 2^4, offset 0. */
const MEMARG = [4, 0];
function leb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
const simd = (op, ...immediates) => [SIMD, ...leb(op), ...immediates];
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, body) => [id, ...leb(body.length), ...body];
const bitset_simd_name = (s) => vec([...s].map((c) => [c.charCodeAt(0)]));
/** `local[i] += delta`, leaving nothing on the stack. */
const advance = (i, delta) => [LOCAL_GET, i, I32_CONST, ...leb(delta), I32_ADD, LOCAL_SET, i];
/** `local[i] -= 16; if (local[i] > 0) continue the loop`. */
const countDown = (i) => [LOCAL_GET, i, I32_CONST, 16, I32_SUB, LOCAL_TEE, i, I32_CONST, 0, I32_GT_S, BR_IF, 0];
/** or(dst, src, bytes): one v128 at a time, the loop's body first (bytes is never 0). */
const OR_BODY = [
    0, // no locals besides the parameters
    LOOP, BLOCKTYPE_EMPTY,
    LOCAL_GET, 0,
    LOCAL_GET, 0, ...simd(V128_LOAD, ...MEMARG),
    LOCAL_GET, 1, ...simd(V128_LOAD, ...MEMARG),
    ...simd(V128_OR),
    ...simd(V128_STORE, ...MEMARG),
    ...advance(0, 16),
    ...advance(1, 16),
    ...countDown(2),
    END,
    END,
];
/** count(src, bytes) → i32: per-byte popcounts widened pairwise to four i32 sums (local 2), added up at the end. */
const COUNT_BODY = [
    ...vec([[1, TYPE_V128]]),
    LOOP, BLOCKTYPE_EMPTY,
    LOCAL_GET, 2,
    LOCAL_GET, 0, ...simd(V128_LOAD, ...MEMARG),
    ...simd(I8X16_POPCNT),
    ...simd(I16X8_EXTADD_PAIRWISE_I8X16_U),
    ...simd(I32X4_EXTADD_PAIRWISE_I16X8_U),
    ...simd(I32X4_ADD),
    LOCAL_SET, 2,
    ...advance(0, 16),
    ...countDown(1),
    END,
    LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 0),
    LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 1),
    I32_ADD,
    LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 2),
    I32_ADD,
    LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 3),
    I32_ADD,
    END,
];
const MODULE = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    // types: 0 = (i32, i32, i32) → (), 1 = (i32, i32) → i32
    ...section(1, vec([
        [TYPE_FUNC, ...vec([[TYPE_I32], [TYPE_I32], [TYPE_I32]]), 0],
        [TYPE_FUNC, ...vec([[TYPE_I32], [TYPE_I32]]), 1, TYPE_I32],
    ])),
    // imports: env.memory, a memory (kind 2) with a minimum and no maximum (flag 0) of 0 pages
    ...section(2, vec([[...bitset_simd_name('env'), ...bitset_simd_name('memory'), 0x02, 0x00, 0x00]])),
    // functions: or has type 0, count type 1
    ...section(3, vec([[0], [1]])),
    // exports: both functions (kind 0)
    ...section(7, vec([[...bitset_simd_name('or'), 0x00, 0], [...bitset_simd_name('count'), 0x00, 1]])),
    ...section(10, vec([[...leb(OR_BODY.length), ...OR_BODY], [...leb(COUNT_BODY.length), ...COUNT_BODY]])),
]);
const PAGE = 65536;
/**
 * One instance and its memory for the process, grown to the largest set of bitsets asked for and kept (a 20,000-crate
 * layered lock needs 5 MB): a fresh memory per audit cost more than the unions it serves on a 5,000-crate lock
 * (each is a large reservation of address space, and its pages are faulted in anew).
 */
let instance;
/**
 * `words` 32-bit words, zeroed, in WebAssembly memory, with the SIMD or and count over them; valid until the next
 * call. Where WebAssembly is switched off (`node --jitless`), the same over an Int32Array in plain loops.
 */
function simdBitsets(words) {
    const wasm = globalThis.WebAssembly;
    if (wasm === undefined)
        return plainBitsets(words);
    const bytes = words * 4;
    if (!instance) {
        const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
        const { exports } = new wasm.Instance(new wasm.Module(MODULE), { env: { memory } });
        instance = { memory, or: exports.or, count: exports.count };
    }
    else if (instance.memory.buffer.byteLength < bytes) {
        instance.memory.grow(Math.ceil((bytes - instance.memory.buffer.byteLength) / PAGE));
    }
    const view = new Int32Array(instance.memory.buffer, 0, words);
    view.fill(0);
    return { words: view, or: instance.or, count: instance.count };
}
/** {@link simdBitsets} in plain JavaScript, 32 bits at a time (offsets and widths in bytes all the same). */
function plainBitsets(words) {
    const w = new Int32Array(words);
    return {
        words: w,
        or(dst, src, bytes) {
            const d = dst >> 2;
            const s = src >> 2;
            for (let k = 0; k < bytes >> 2; k++)
                w[d + k] |= w[s + k];
        },
        count(src, bytes) {
            let count = 0;
            for (let k = src >> 2, end = (src + bytes) >> 2; k < end; k++) {
                let x = w[k];
                x = (x - ((x >>> 1) & 0x55555555)) | 0;
                x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
                count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
            }
            return count;
        },
    };
}

;// CONCATENATED MODULE: ./shared/cargo/graph.ts
/**
 * Reverse-dependency view of a lockfile: who pulls a crate in, how many crates depend on it directly and
 * transitively, and the shortest path from a workspace member to it. Linear or near-linear in the size of
 * the lock (bitsets over strongly connected components) so it stays cheap on 750-package locks.
 *
 * Cargo.lock lists dev- and build-dependencies too, and dev-dependencies can form cycles between workspace
 * members; everything here tolerates cycles.
 */


/**
 * Packages by position and their dependency edges as positions, in compressed rows (the dependencies of `v`
 * are `succ[succStart[v] .. succStart[v + 1])`, its distinct direct dependents `rev[revStart[v] ..
 * revStart[v + 1])`): built once per graph, shared by the passes, a few typed arrays whatever the lock's size.
 */
class Adjacency {
    pkgs;
    succStart;
    succ;
    direct;
    revStart;
    rev;
    #index;
    constructor(pkgs, succStart, succ, 
    /** Distinct direct dependents of each package. */
    direct, revStart, 
    /** The direct dependents themselves, as positions, each once, in file order. */
    rev, index) {
        this.pkgs = pkgs;
        this.succStart = succStart;
        this.succ = succ;
        this.direct = direct;
        this.revStart = revStart;
        this.rev = rev;
        this.#index = index;
    }
    /** Position by id, made on first use: an audit finds its few ids by name (positionIn), not through it. */
    get index() {
        return (this.#index ??= positionsById(this.pkgs));
    }
}
/** Each package's position by id (the last one, should an id repeat). */
function positionsById(pkgs) {
    const index = new Map();
    for (let i = 0; i < pkgs.length; i++)
        index.set(pkgs[i].id, i);
    return index;
}
const adjacencyOf = new WeakMap();
function buildGraph(lock) {
    const pkgs = lock.packages;
    const n = pkgs.length;
    let index;
    let succStart;
    let succ;
    const read = lockEdges(lock);
    // the positions the reader resolved, where they still fit: no lookup by id for each of the lock's edges
    if (read && sameEdges(read, pkgs))
        ({ succStart, succ } = read);
    else {
        index = positionsById(pkgs);
        let edges = 0;
        for (let i = 0; i < n; i++)
            edges += pkgs[i].dependencies.length;
        succStart = new Int32Array(n + 1);
        succ = new Int32Array(edges);
        let e = 0;
        for (let i = 0; i < n; i++) {
            succStart[i] = e;
            const deps = pkgs[i].dependencies;
            for (let k = 0; k < deps.length; k++) {
                const j = index.get(deps[k]);
                if (j !== undefined)
                    succ[e++] = j;
            }
        }
        succStart[n] = e;
    }
    // `[replace]`: an edge to a replaced package leads to its replacement, as cargo builds it (a copy: the reader's
    // arrays stay as the lock says)
    if (lock.replacements && lock.replacements.size > 0) {
        index ??= positionsById(pkgs);
        const to = new Int32Array(n).map((_, j) => j);
        for (const [from, by] of lock.replacements) {
            const a = index.get(from);
            const b = index.get(by);
            if (a !== undefined && b !== undefined)
                to[a] = b;
        }
        succ = succ.map((j) => to[j]);
    }
    const direct = new Int32Array(n);
    // last[j]: the latest dependent counted for j (a dependency listed twice in one package counts once).
    const last = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
        for (let k = succStart[i]; k < succStart[i + 1]; k++) {
            const j = succ[k];
            if (last[j] !== i) {
                last[j] = i;
                direct[j]++;
            }
        }
    }
    const revStart = new Int32Array(n + 1);
    for (let j = 0; j < n; j++)
        revStart[j + 1] = revStart[j] + direct[j];
    const rev = new Int32Array(revStart[n]);
    const fill = revStart.slice(0, n);
    last.fill(-1);
    for (let i = 0; i < n; i++) {
        for (let k = succStart[i]; k < succStart[i + 1]; k++) {
            const j = succ[k];
            if (last[j] === i)
                continue;
            last[j] = i;
            rev[fill[j]++] = i;
        }
    }
    const roots = [];
    // the workspace's packages: those without a source, but for a path crate built in a replaced one's place (a
    // dependency, reached through the edges to the package it replaces)
    const replacing = lock.replacements && lock.replacements.size > 0 ? new Set(lock.replacements.values()) : undefined;
    for (let i = 0; i < n; i++)
        if (pkgs[i].source === undefined && !replacing?.has(pkgs[i].id))
            roots.push(pkgs[i].id);
    const adjacency = new Adjacency(pkgs, succStart, succ, direct, revStart, rev, index);
    const graph = new ReverseGraph(lock, roots, adjacency);
    adjacencyOf.set(graph, adjacency);
    return graph;
}
/** The reader's edges still describe `pkgs`: the same array, and each package's dependencies those ids, in order. */
function sameEdges(read, pkgs) {
    if (read.packages !== pkgs || read.succStart.length !== pkgs.length + 1)
        return false;
    const { succStart, succ } = read;
    for (let i = 0; i < pkgs.length; i++) {
        const deps = pkgs[i].dependencies;
        const from = succStart[i];
        if (deps.length !== succStart[i + 1] - from)
            return false;
        // the same string objects as the ids when nothing changed: a pointer comparison each
        for (let k = 0; k < deps.length; k++)
            if (deps[k] !== pkgs[succ[from + k]].id)
                return false;
    }
    return true;
}
/**
 * Where an id sits in `graph.lock.packages` (-1 when it is not there): through the lock's packages of its name (an
 * id starts with the name, which has no space) and the position the reader gave each, or the graph's index by id
 * where a name has many packages or the positions do not fit this lock. An audit looks up a few ids (its roots,
 * queries, denied crates, a diff's rows), and a map of 2,500 ids of ~75 characters each cost ~0.5 ms to build.
 */
function positionIn(graph, a, id) {
    const lock = graph.lock;
    const space = id.indexOf(' ');
    const list = lock.byName?.get(space < 0 ? id : id.slice(0, space));
    if (list !== undefined && list.length <= 8) {
        for (const q of list) {
            if (q.id !== id)
                continue;
            const i = packagePosition(q);
            if (i >= 0 && lock.packages[i] === q)
                return i;
            break;
        }
    }
    return a.index.get(id) ?? -1;
}
/**
 * The graph buildGraph returns. Its map of every package's dependents is made on first use (the audit asks for
 * a few crates' dependents, not for a map of every package), by a getter on the class, not one written in an
 * object literal: that would be a new function per graph, and V8 would give each graph a map of its own in the
 * old generation holding the getter's closure, and through it the lock, alive in every scavenge (see ParsedLockfile).
 */
class ReverseGraph {
    lock;
    roots;
    #dependents;
    #adjacency;
    constructor(lock, roots, adjacency) {
        this.lock = lock;
        this.roots = roots;
        this.#adjacency = adjacency;
    }
    get dependents() {
        if (!this.#dependents) {
            const pkgs = this.lock.packages;
            const { rev, revStart } = this.#adjacency;
            this.#dependents = new Map();
            for (let j = 0; j < revStart.length - 1; j++)
                this.#dependents.set(pkgs[j].id, idsAt(pkgs, rev, revStart[j], revStart[j + 1]));
        }
        return this.#dependents;
    }
}
function idsAt(pkgs, list, from, to) {
    const out = new Array(to - from);
    for (let k = from; k < to; k++)
        out[k - from] = pkgs[list[k]].id;
    return out;
}
function adjacency(graph) {
    let a = adjacencyOf.get(graph);
    if (!a) {
        // A graph object built by hand: derive the same view.
        a = adjacencyOf.get(buildGraph(graph.lock));
        adjacencyOf.set(graph, a);
    }
    return a;
}
function directDependents(graph, id) {
    const a = adjacencyOf.get(graph);
    if (!a)
        return graph.dependents.get(id) ?? [];
    const i = positionIn(graph, a, id);
    return i < 0 ? [] : idsAt(graph.lock.packages, a.rev, a.revStart[i], a.revStart[i + 1]);
}
/**
 * Direct and transitive dependents counts for every package, computed once, in time linear in the lock for
 * trees and chains. Over the condensation (cycles collapsed), a component with one dependent component `p`
 * has exactly the ancestors of `p` plus `p`: its count follows from `p`'s without any set. Only components
 * with two or more dependent components (joins) need a set union; those sets are bitsets over the packages,
 * built in column blocks of 2,048 packages so memory stays bounded on huge inputs. A lock where most crates
 * have several dependents (every real one) costs about edges × packages / 64 word operations: exact counts of
 * every crate's transitive dependents are a transitive closure, and no linear way to count them is known.
 */
function dependentCounts(graph) {
    const pkgs = graph.lock.packages;
    const { direct, transitive } = dependentCountArrays(graph);
    const out = new Map();
    for (let v = 0; v < pkgs.length; v++)
        out.set(pkgs[v].id, { direct: direct[v], transitive: transitive[v] });
    return out;
}
/** {@link dependentCounts} as arrays aligned with `graph.lock.packages` (no map of 100,000 objects). */
function dependentCountArrays(graph) {
    const pkgs = graph.lock.packages;
    const n = pkgs.length;
    const { succStart, succ, direct } = adjacency(graph);
    const { comp, count: compCount } = tarjan(n, succStart, succ);
    const size = new Int32Array(compCount);
    for (let v = 0; v < n; v++)
        size[comp[v]]++;
    // Where each component's packages start in Tarjan's order (the bits of joinTotals' sets), and its distinct
    // dependent components (preds), as flat arrays.
    const memberStart = new Int32Array(compCount + 1);
    for (let c = 0; c < compCount; c++)
        memberStart[c + 1] = memberStart[c] + size[c];
    const cyclic = new Uint8Array(compCount);
    const predCount = new Int32Array(compCount);
    const stamp = new Int32Array(compCount).fill(-1);
    for (let v = 0; v < n; v++) {
        const cv = comp[v];
        for (let k = succStart[v]; k < succStart[v + 1]; k++) {
            const cw = comp[succ[k]];
            if (cw === cv)
                cyclic[cv] = 1;
            else
                predCount[cw]++;
        }
    }
    const predStart = new Int32Array(compCount + 1);
    for (let c = 0; c < compCount; c++)
        predStart[c + 1] = predStart[c] + predCount[c];
    const predsRaw = new Int32Array(predStart[compCount]);
    const at = predStart.slice(0, compCount);
    for (let v = 0; v < n; v++) {
        const cv = comp[v];
        for (let k = succStart[v]; k < succStart[v + 1]; k++) {
            const cw = comp[succ[k]];
            if (cw !== cv)
                predsRaw[at[cw]++] = cv;
        }
    }
    // Distinct preds: the first one kept in `onlyPred`, their number in `distinct`.
    const distinct = new Int32Array(compCount);
    const onlyPred = new Int32Array(compCount).fill(-1);
    for (let c = 0; c < compCount; c++) {
        for (let k = predStart[c]; k < predStart[c + 1]; k++) {
            const p = predsRaw[k];
            if (stamp[p] === c)
                continue;
            stamp[p] = c;
            if (distinct[c]++ === 0)
                onlyPred[c] = p;
        }
    }
    const totals = new Float64Array(compCount);
    const joins = [];
    // Tarjan numbers components sinks first: from the last one (sources) every dependent comes first.
    for (let c = compCount - 1; c >= 0; c--)
        if (distinct[c] >= 2)
            joins.push(c);
    if (joins.length > 0)
        joinTotals(joins, { n, compCount, size, cyclic, memberStart, predsRaw, predStart, distinct, onlyPred }, totals);
    for (let c = compCount - 1; c >= 0; c--) {
        const own = cyclic[c] ? size[c] : 0;
        if (distinct[c] === 0)
            totals[c] = own;
        else if (distinct[c] === 1) {
            const p = onlyPred[c];
            totals[c] = own + totals[p] + (cyclic[p] ? 0 : size[p]);
        }
    }
    // A member of a cycle reaches itself; it is not its own dependent.
    const transitive = new Float64Array(n);
    for (let v = 0; v < n; v++)
        transitive[v] = totals[comp[v]] - cyclic[comp[v]];
    return { direct, transitive };
}
/**
 * Ancestor counts of the join components (two or more dependent components), by bitset union, block by
 * block. A pred that is not a join has the ancestors of the chain above it: what its set is made of is found
 * once, by walking up that chain to the nearest join, source or other set, and every component is walked once.
 */
function joinTotals(joins, g, totals) {
    const { n, compCount, cyclic, memberStart, predsRaw, predStart, distinct, onlyPred } = g;
    // Which components need a concrete set: every join, and every non-join pred of a join.
    const slot = new Int32Array(compCount).fill(-1);
    const needed = [];
    const need = (c) => {
        if (slot[c] === -1) {
            slot[c] = needed.length;
            needed.push(c);
        }
    };
    for (const c of joins) {
        need(c);
        for (let k = predStart[c]; k < predStart[c + 1]; k++)
            need(predsRaw[k]);
    }
    // A set that is not a join's walks up its chain of single dependents to the nearest set. Where two walks meet
    // (two crates whose one dependent is the same crate), that crate gets a set too and both stop there: each
    // component is then walked once, where many branches into one long chain walked it once per branch.
    const walkedBy = new Int32Array(compCount).fill(-1);
    const walkers = needed.length;
    for (let i = 0; i < walkers; i++) {
        let cur = needed[i];
        if (distinct[cur] >= 2)
            continue;
        while (distinct[cur] === 1) {
            const p = onlyPred[cur];
            if (slot[p] !== -1)
                break;
            if (walkedBy[p] !== -1) {
                need(p);
                break;
            }
            walkedBy[p] = i;
            cur = p;
        }
    }
    // Sources first (higher component numbers first), so every set a set is built from exists already.
    // (the components with a slot, read off in descending order: no comparison sort, whose comparator ran
    // uncompiled in a fresh process)
    const order = new Int32Array(needed.length);
    for (let c = compCount - 1, k = 0; c >= 0; c--) {
        if (slot[c] === -1)
            continue;
        slot[c] = k;
        order[k++] = c;
    }
    // What each needed set is the union of, by slot, worked out once for every block: `from` lists the slots whose
    // sets are or-ed in (a join's distinct dependent components; the nearest set up a chain of single dependents),
    // `add` the components whose members are set (those dependents themselves, and every component of that chain).
    const fromStart = new Int32Array(order.length + 1);
    const addStart = new Int32Array(order.length + 1);
    // Typed arrays (pushed to plain arrays, the 30,000 entries of a 5,000-crate graph took 4–5 ms more), sized for
    // the most there can be: a join's distinct dependents are among its predsRaw entries, each walk ends at one
    // set, every other component is walked once, and a cycle adds its own members.
    const from = new Int32Array(predsRaw.length + order.length);
    let add = new Int32Array(predsRaw.length + compCount + 2 * order.length);
    let nFrom = 0;
    let nAdd = 0;
    const pushAdd = (c) => {
        // never with the size above; kept so that a wrong bound costs time, not counts
        if (nAdd === add.length) {
            const bigger = new Int32Array(add.length * 2);
            bigger.set(add);
            add = bigger;
        }
        add[nAdd++] = c;
    };
    const seen = new Int32Array(compCount).fill(-1);
    for (let i = 0; i < order.length; i++) {
        const c = order[i];
        if (cyclic[c])
            pushAdd(c);
        if (distinct[c] >= 2) {
            for (let k = predStart[c]; k < predStart[c + 1]; k++) {
                const p = predsRaw[k];
                // predsRaw holds a component once per edge into c: or its set in once
                if (seen[p] === i)
                    continue;
                seen[p] = i;
                pushAdd(p);
                from[nFrom++] = slot[p];
            }
        }
        else {
            // One dependent component (or none): walk up the chain of single dependents.
            let cur = c;
            while (distinct[cur] === 1) {
                const p = onlyPred[cur];
                pushAdd(p);
                if (slot[p] !== -1) {
                    from[nFrom++] = slot[p];
                    break;
                }
                cur = p;
            }
        }
        fromStart[i + 1] = nFrom;
        addStart[i + 1] = nAdd;
    }
    const totalWords = (n + 31) >>> 5;
    // Narrow blocks: every union reads and writes `bw` words of two sets anywhere in the buffer, and 64 words (256
    // bytes) a set keep 20,000 sets at 5 MB, where 256 words made them 20 MB and each union a trip to memory.
    // Widths are multiples of four words (the words past the last package stay zero): the unions and counts run
    // 128 bits at a time (bitset-simd.ts).
    const blockWords = Math.min(roundUp4(totalWords), JOIN_BLOCK_WORDS);
    // One buffer for every block, in WebAssembly memory, seen from here as Int32 words (not Uint32: every word
    // then stays a small integer in V8, where a set bit 31 in a Uint32Array reads back as a heap number).
    const simd = simdBitsets(order.length * blockWords);
    const sets = simd.words;
    // The packages' bits follow the components in Tarjan's order (component c's are memberStart[c]…, dependencies
    // before their dependents): a block then holds the packages of a run of components, and a component after
    // that run (a dependent of none of them, since dependents come later) has nothing in the block. Each block
    // skips those sets, so the unions cost about half of every set times every block.
    const compAt = new Int32Array(n);
    for (let c = 0; c < compCount; c++)
        compAt.fill(c, memberStart[c], memberStart[c + 1]);
    const plan = { sets, simd, blockWords, addStart, add, memberStart, fromStart, from };
    for (let w0 = 0; w0 < totalWords; w0 += blockWords) {
        const bw = Math.min(blockWords, roundUp4(totalWords - w0));
        const lo = w0 * 32;
        const hi = Math.min(n, lo + bw * 32);
        const last = compAt[hi - 1];
        // order runs from sources (high numbers) down: the sets this block can touch are a suffix of it
        let first = 0;
        while (first < order.length && order[first] > last)
            first++;
        if (w0 > 0)
            sets.fill(0, first * blockWords);
        for (let i = first; i < order.length; i++)
            fillSet(plan, i, lo, hi, bw, first);
        for (const c of joins) {
            const i = slot[c];
            if (i < first)
                continue;
            totals[c] += simd.count(i * blockWords * 4, bw * 4);
        }
    }
}
/** Set `i` of the block of packages `lo`…`hi - 1` (`bw` words); sets before `first` have nothing in it. */
function fillSet(plan, i, lo, hi, bw, first) {
    const { sets, simd, blockWords, addStart, add, memberStart, fromStart, from } = plan;
    const dst = i * blockWords;
    for (let k = addStart[i]; k < addStart[i + 1]; k++) {
        const c = add[k];
        const from0 = Math.max(lo, memberStart[c]);
        const to = Math.min(hi, memberStart[c + 1]);
        if (from0 < to)
            setBits(sets, dst, from0 - lo, to - lo);
    }
    // Each dependent's set is or-ed in whole, also where it lies inside another dependent's (serde_json's beside
    // serde's): a union costs at most JOIN_BLOCK_WORDS / 4 SIMD operations, and looking for such a dependent among
    // the others cost more than the unions it saved (a 2,500-crate layered DAG's counts: 1.7 ms with the search,
    // 1.2 without; the uv and cargo locks' 0.26 and 0.17 ms, 0.23 and 0.16).
    for (let k = fromStart[i]; k < fromStart[i + 1]; k++) {
        const s = from[k];
        if (s < first)
            continue; // a set with nothing in this block
        simd.or(dst * 4, s * blockWords * 4, bw * 4);
    }
}
/** Sets bits `from`…`to - 1` of the set at `dst`. */
function setBits(sets, dst, from, to) {
    for (let col = from; col < to; col++)
        sets[dst + (col >>> 5)] |= 1 << (col & 31);
}
function roundUp4(words) {
    return (words + 3) & ~3;
}
/** Words (32 packages each) of a block of {@link joinTotals}. */
const JOIN_BLOCK_WORDS = 64;
/** Iterative Tarjan SCC (no recursion: deep chains must not overflow the stack). */
function tarjan(n, succStart, succ) {
    const idx = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const stack = new Int32Array(n);
    let sp = 0;
    let compCount = 0;
    let counter = 0;
    // The call stack: the package and the position of its next edge in `succ`.
    const callV = new Int32Array(n);
    const callE = new Int32Array(n);
    let top = -1;
    for (let s = 0; s < n; s++) {
        if (idx[s] !== -1)
            continue;
        callV[++top] = s;
        callE[top] = succStart[s];
        idx[s] = low[s] = counter++;
        stack[sp++] = s;
        onStack[s] = 1;
        while (top >= 0) {
            const v = callV[top];
            const e = callE[top];
            if (e < succStart[v + 1]) {
                callE[top] = e + 1;
                const w = succ[e];
                if (idx[w] === -1) {
                    idx[w] = low[w] = counter++;
                    stack[sp++] = w;
                    onStack[w] = 1;
                    callV[++top] = w;
                    callE[top] = succStart[w];
                }
                else if (onStack[w]) {
                    low[v] = Math.min(low[v], idx[w]);
                }
                continue;
            }
            top--;
            if (low[v] === idx[v]) {
                const c = compCount++;
                let w;
                do {
                    w = stack[--sp];
                    onStack[w] = 0;
                    comp[w] = c;
                } while (w !== v);
            }
            if (top >= 0) {
                const parent = callV[top];
                low[parent] = Math.min(low[parent], low[v]);
            }
        }
    }
    return { comp, count: compCount };
}
/** Longest path prefix {@link RootPaths.cappedPath} can keep (the BFS records each package's ancestor at this depth). */
const MAX_PATH_HEAD = 8;
/**
 * One breadth-first search from all workspace members at once; ties go to the earlier member and the
 * earlier-listed dependency, so paths are stable across runs.
 */
function rootPaths(graph) {
    const a = adjacency(graph);
    const { succStart, succ } = a;
    const pkgs = graph.lock.packages;
    const parent = new Int32Array(pkgs.length).fill(-2); // -2 unreached, -1 a root
    const depth = new Int32Array(pkgs.length);
    const queue = new Int32Array(pkgs.length);
    let queued = 0;
    // anchor[v]: v's ancestor at depth MAX_PATH_HEAD - 1 (v itself when shallower): where a capped head ends.
    const anchor = new Int32Array(pkgs.length);
    for (const r of graph.roots) {
        const i = positionIn(graph, a, r);
        if (i < 0 || parent[i] !== -2)
            continue;
        parent[i] = -1;
        anchor[i] = i;
        queue[queued++] = i;
    }
    for (let head = 0; head < queued; head++) {
        const v = queue[head];
        const d = depth[v] + 1;
        for (let k = succStart[v]; k < succStart[v + 1]; k++) {
            const w = succ[k];
            if (parent[w] !== -2)
                continue;
            parent[w] = v;
            depth[w] = d;
            anchor[w] = d < MAX_PATH_HEAD ? w : anchor[v];
            queue[queued++] = w;
        }
    }
    const walkUp = (from, steps, out = []) => {
        const start = out.length;
        for (let cur = from; cur >= 0 && out.length - start < steps; cur = parent[cur])
            out.push(cur);
        for (let a = start, b = out.length - 1; a < b; a++, b--)
            [out[a], out[b]] = [out[b], out[a]];
        return out;
    };
    return {
        pathTo(id) {
            const i = positionIn(graph, a, id);
            if (i < 0 || parent[i] === -2)
                return undefined;
            return walkUp(i, Infinity).map((k) => pkgs[k].id);
        },
        cappedPath(i, head, tail) {
            if (!(i >= 0 && i < pkgs.length) || parent[i] === -2)
                return undefined;
            const length = depth[i] + 1;
            if (length <= head + tail)
                return { path: walkUp(i, Infinity), omitted: 0, depth: depth[i] };
            const h = Math.min(head, MAX_PATH_HEAD);
            let a = anchor[i];
            for (let k = depth[a] + 1; k > h; k--)
                a = parent[a];
            return { path: walkUp(i, tail, walkUp(a, h)), omitted: length - h - tail, depth: depth[i] };
        },
        cappedLabels(i, head, tail, label, gap) {
            if (!(i >= 0 && i < pkgs.length) || parent[i] === -2)
                return undefined;
            const length = depth[i] + 1;
            if (length <= head + tail) {
                const labels = new Array(length);
                for (let k = length - 1, cur = i; k >= 0; k--, cur = parent[cur])
                    labels[k] = label(cur);
                return { labels, depth: depth[i] };
            }
            const h = Math.min(head, MAX_PATH_HEAD);
            const labels = new Array(h + 1 + tail);
            let cur = i;
            for (let k = h + tail; k > h; k--, cur = parent[cur])
                labels[k] = label(cur);
            labels[h] = gap;
            let a = anchor[i];
            for (let k = depth[a] + 1; k > h; k--)
                a = parent[a];
            for (let k = h - 1; k >= 0; k--, a = parent[a])
                labels[k] = label(a);
            return { labels, depth: depth[i] };
        },
        edgesTo(targets) {
            // The shortest paths form a tree: a path's edges not drawn yet are its end below the first package
            // already reached, so each target walks up only that far (linear in the edges drawn, not in depths).
            const drawn = new Uint8Array(pkgs.length);
            const edges = [];
            for (const t of targets) {
                const i = positionIn(graph, a, t);
                if (i < 0 || parent[i] === -2)
                    continue;
                const fresh = [];
                for (let cur = i; parent[cur] >= 0 && !drawn[cur]; cur = parent[cur]) {
                    drawn[cur] = 1;
                    fresh.push([pkgs[parent[cur]].id, pkgs[cur].id]);
                }
                for (let k = fresh.length - 1; k >= 0; k--)
                    edges.push(fresh[k]);
            }
            return edges;
        },
        depth(id) {
            const i = positionIn(graph, a, id);
            return i < 0 || parent[i] === -2 ? undefined : depth[i];
        },
    };
}
/** Convenience for a single query; prefer {@link rootPaths} when asking for many crates. */
function shortestPathFromRoot(graph, id) {
    return rootPaths(graph).pathTo(id);
}
/**
 * The sub-graph made of the shortest root paths to `targets` (for a small diagram of who pulls in denied
 * crates): edges `[from, to]`, deduplicated, in path order.
 */
function pathEdges(graph, targets, paths = rootPaths(graph)) {
    return paths.edgesTo(targets);
}
/** Where an id sits in `graph.lock.packages` (-1 when it is not there); see positionIn. */
function positionOf(graph, id) {
    return positionIn(graph, adjacency(graph), id);
}
/** The package of an id (see positionIn; no lookup table by id is built for it). */
function packageOf(graph, id) {
    const i = positionIn(graph, adjacency(graph), id);
    return i < 0 ? undefined : graph.lock.packages[i];
}
/** Short display name: `name` alone when unique in the lock, else `name version`. */
function displayName(lock, id) {
    const p = lock.byId.get(id);
    if (!p)
        return id;
    return displayNameOf(lock, p);
}
/** {@link displayName} of a package already at hand. */
function displayNameOf(lock, p) {
    return (lock.byName.get(p.name)?.length ?? 0) > 1 ? `${p.name} ${p.version}` : p.name;
}

;// CONCATENATED MODULE: ./shared/cargo/semver-class.ts
/**
 * Cargo's view of semver: versions, compatibility epochs and the class of a version change.
 * Small and allocation-light because the diff runs it for every changed crate of large locks.
 */
const VERSION_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
// Diffs and sorts ask for the same few thousand versions many times.
const cache = new Map();
function parseCargoVersion(text) {
    const hit = cache.get(text);
    if (hit !== undefined)
        return hit ?? undefined;
    const v = parseUncached(text);
    if (cache.size >= 50_000)
        cache.clear();
    cache.set(text, v ?? null);
    return v;
}
function parseUncached(text) {
    const m = VERSION_RE.exec(text);
    if (!m)
        return undefined;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    const patch = Number(m[3]);
    if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor) || !Number.isSafeInteger(patch))
        return undefined;
    return Object.freeze({ major, minor, patch, pre: Object.freeze(m[4] ? m[4].split('.') : []) });
}
/** The semver-compatibility epoch cargo uses for `^` requirements: `1`, `0.3`, `0.0.7`. */
function compatEpoch(v) {
    if (v.major > 0)
        return String(v.major);
    if (v.minor > 0)
        return `0.${v.minor}`;
    return `0.0.${v.patch}`;
}
/** Epoch of a version string; unparsable versions are their own epoch. */
function compatEpochOf(text) {
    const v = parseCargoVersion(text);
    return v ? compatEpoch(v) : `?${text}`;
}
function comparePre(a, b) {
    // A release sorts after any pre-release of the same version.
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) - Number(y) < 0 ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}
function compareCargoVersions(a, b) {
    return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || comparePre(a.pre, b.pre);
}
/** Compare version strings; unparsable ones sort after parsable ones, then as text. */
function compareVersionText(a, b) {
    const x = parseCargoVersion(a);
    const y = parseCargoVersion(b);
    if (x && y)
        return compareCargoVersions(x, y);
    if (x)
        return -1;
    if (y)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function classifyUpdate(from, to) {
    if (from === to)
        return 'source';
    const a = parseCargoVersion(from);
    const b = parseCargoVersion(to);
    if (!a || !b)
        return 'unknown';
    const c = compareCargoVersions(a, b);
    if (c > 0)
        return 'downgrade';
    if (c === 0)
        return 'patch'; // differ only in build metadata
    if (compatEpoch(a) !== compatEpoch(b))
        return 'breaking';
    if (a.major > 0 && a.minor !== b.minor)
        return 'minor';
    return 'patch';
}

;// CONCATENATED MODULE: ./shared/cargo/diff.ts


function byNameVersion(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersionText(a.version, b.version) || cmp(a.id, b.id);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function group(list) {
    const m = new Map();
    for (const p of list) {
        const l = m.get(p.name);
        if (l)
            l.push(p);
        else
            m.set(p.name, [p]);
    }
    return m;
}
function update(from, to) {
    return { name: to.name, from, to, class: classifyUpdate(from.version, to.version) };
}
/**
 * Pair the base-only and head-only packages of one name. `severalVersions`: the name has more than one
 * package in base or in head; then only packages of the same compatibility epoch are paired.
 */
function pairUpdates(gone, came, severalVersions = gone.length > 1 || came.length > 1) {
    if (!severalVersions && gone.length === 1 && came.length === 1)
        return { pairs: [update(gone[0], came[0])], removed: [], added: [] };
    const pairs = [];
    const removed = [];
    const added = [];
    const cameByEpoch = new Map();
    for (const p of [...came].sort(byNameVersion)) {
        const e = compatEpochOf(p.version);
        const l = cameByEpoch.get(e);
        if (l)
            l.push(p);
        else
            cameByEpoch.set(e, [p]);
    }
    for (const g of [...gone].sort(byNameVersion)) {
        const cands = cameByEpoch.get(compatEpochOf(g.version));
        if (!cands || cands.length === 0) {
            removed.push(g);
            continue;
        }
        // Within an epoch prefer the same source (a registry crate stays a registry crate), then the lowest version.
        let k = cands.findIndex((c) => c.source === g.source);
        if (k < 0)
            k = cands.findIndex((c) => c.sourceKind === g.sourceKind);
        if (k < 0)
            k = 0;
        pairs.push(update(g, cands[k]));
        cands.splice(k, 1);
    }
    for (const l of cameByEpoch.values())
        (0,finding/* pushAll */.iI)(added, l);
    return { pairs, removed, added };
}
/**
 * By key, not id: the same package may be written differently by two cargo versions (V3 → V4 git queries).
 * A key that occurs twice in one lock (two spellings of one git source) matches as one Map entry would: a head
 * package is compared with the base's last package of its key.
 */
function splitByKey(base, head) {
    const out = { onlyBase: [], onlyHead: [], checksumChanged: [], unchanged: 0 };
    const headByKey = new Map();
    for (const p of head.packages)
        headByKey.set(p.key, p);
    const baseByKey = new Map();
    for (const p of base.packages) {
        baseByKey.set(p.key, p);
        if (!headByKey.has(p.key))
            out.onlyBase.push(p);
    }
    for (const p of head.packages) {
        const b = baseByKey.get(p.key);
        if (b)
            matched(out, b, p);
        else
            out.onlyHead.push(p);
    }
    return out;
}
function matched(out, b, h) {
    out.unchanged++;
    if (b.checksum !== undefined && h.checksum !== undefined && b.checksum !== h.checksum)
        out.checksumChanged.push({ base: b, head: h });
}
function sortedByName(pkgs) {
    for (let i = 1; i < pkgs.length; i++)
        if (pkgs[i].name < pkgs[i - 1].name)
            return false;
    return true;
}
/** Same key: same name (the caller's), same version, same source identity. Equal sources need no key at all. */
function sameKey(b, h) {
    return b.version === h.version && (b.source === h.source || b.key === h.key);
}
/**
 * {@link splitByKey} for locks whose packages are in name order, as cargo writes them: one walk over both,
 * comparing only packages of the same name, so no key is hashed (the same result, property-tested).
 */
function splitSorted(base, head) {
    const out = { onlyBase: [], onlyHead: [], checksumChanged: [], unchanged: 0 };
    const B = base.packages;
    const H = head.packages;
    let i = 0;
    let j = 0;
    while (i < B.length || j < H.length) {
        if (j === H.length || (i < B.length && B[i].name < H[j].name)) {
            out.onlyBase.push(B[i++]);
            continue;
        }
        if (i === B.length || H[j].name < B[i].name) {
            out.onlyHead.push(H[j++]);
            continue;
        }
        const name = B[i].name;
        let i2 = i + 1;
        while (i2 < B.length && B[i2].name === name)
            i2++;
        let j2 = j + 1;
        while (j2 < H.length && H[j2].name === name)
            j2++;
        for (let x = i; x < i2; x++) {
            let inHead = false;
            for (let y = j; y < j2 && !inHead; y++)
                inHead = sameKey(B[x], H[y]);
            if (!inHead)
                out.onlyBase.push(B[x]);
        }
        for (let y = j; y < j2; y++) {
            let last;
            for (let x = i; x < i2; x++)
                if (sameKey(B[x], H[y]))
                    last = B[x];
            if (last)
                matched(out, last, H[y]);
            else
                out.onlyHead.push(H[y]);
        }
        i = i2;
        j = j2;
    }
    return out;
}
/**
 * `byKey`: match packages through maps of their keys whatever the order (the tests compare it with the walk over
 * name-ordered locks, which is otherwise taken).
 */
function diffLocks(base, head, options = {}) {
    // A name with hundreds of packages (no real lock has one) would make the walk's per-name comparison quadratic.
    const walk = !options.byKey && sortedByName(base.packages) && sortedByName(head.packages) && maxPerName(base) * maxPerName(head) <= 256;
    const { onlyBase, onlyHead, checksumChanged, unchanged } = walk ? splitSorted(base, head) : splitByKey(base, head);
    const isLocal = (p) => p.source === undefined;
    const out = {
        added: [],
        removed: [],
        updated: [],
        newlyDuplicated: [],
        checksumChanged,
        workspace: { added: [], removed: [], changed: [] },
        unchanged,
    };
    const goneByName = group(onlyBase.filter((p) => !isLocal(p)));
    const cameByName = group(onlyHead.filter((p) => !isLocal(p)));
    for (const name of new Set([...goneByName.keys(), ...cameByName.keys()])) {
        // Several versions of the crate itself: a workspace path package of the same name does not count.
        const registryCount = (l) => l.byName.get(name)?.filter((p) => !isLocal(p)).length ?? 0;
        const several = registryCount(base) > 1 || registryCount(head) > 1;
        const r = pairUpdates(goneByName.get(name) ?? [], cameByName.get(name) ?? [], several);
        (0,finding/* pushAll */.iI)(out.updated, r.pairs);
        (0,finding/* pushAll */.iI)(out.removed, r.removed);
        (0,finding/* pushAll */.iI)(out.added, r.added);
    }
    // Workspace/path packages: a version bump of a member is shown as "changed", never as an update.
    const localGone = group(onlyBase.filter(isLocal));
    const localCame = group(onlyHead.filter(isLocal));
    for (const name of new Set([...localGone.keys(), ...localCame.keys()])) {
        const g = (localGone.get(name) ?? []).sort(byNameVersion);
        const c = (localCame.get(name) ?? []).sort(byNameVersion);
        const n = Math.min(g.length, c.length);
        for (let i = 0; i < n; i++)
            out.workspace.changed.push(update(g[i], c[i]));
        (0,finding/* pushAll */.iI)(out.workspace.removed, g.slice(n));
        (0,finding/* pushAll */.iI)(out.workspace.added, c.slice(n));
    }
    // Duplicates are distinct versions of the crate itself: a workspace/path package that shares a registry
    // crate's name (rust-lang/cargo's own `cargo-platform`) is another package, not a second copy.
    for (const [name, all] of head.byName) {
        if (all.length < 2)
            continue;
        const list = all.filter((p) => !isLocal(p));
        if (distinctVersions(list) < 2)
            continue;
        const before = (base.byName.get(name) ?? []).filter((p) => !isLocal(p));
        if (distinctVersions(before) <= 1)
            out.newlyDuplicated.push({ name, base: before, head: list });
    }
    out.added.sort(byNameVersion);
    out.removed.sort(byNameVersion);
    out.updated.sort((a, b) => byNameVersion(a.from, b.from));
    out.workspace.added.sort(byNameVersion);
    out.workspace.removed.sort(byNameVersion);
    out.workspace.changed.sort((a, b) => byNameVersion(a.from, b.from));
    out.newlyDuplicated.sort((a, b) => cmp(a.name, b.name));
    checksumChanged.sort((a, b) => byNameVersion(a.head, b.head));
    return out;
}
function maxPerName(lock) {
    let m = 0;
    for (const l of lock.byName.values())
        if (l.length > m)
            m = l.length;
    return m;
}
function distinctVersions(list) {
    return list.length < 2 ? list.length : new Set(list.map((p) => p.version)).size;
}
function diffCounts(d) {
    const c = {
        patch: 0,
        minor: 0,
        breaking: 0,
        downgrade: 0,
        source: 0,
        unknown: 0,
        added: d.added.length,
        removed: d.removed.length,
        updated: d.updated.length,
        newlyDuplicated: d.newlyDuplicated.length,
    };
    for (const u of d.updated)
        c[u.class]++;
    return c;
}
/** True when the two locks resolve to the same set of packages (workspace members included). */
function isEmptyDiff(d) {
    return (d.added.length + d.removed.length + d.updated.length + d.checksumChanged.length === 0 &&
        d.workspace.added.length + d.workspace.removed.length + d.workspace.changed.length === 0);
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(3988);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/deprecated.json
var spdx_exceptions_deprecated = __webpack_require__(7165);
;// CONCATENATED MODULE: ./shared/own.ts
/**
 * `table[key]` for a key that comes from outside (a spec file, a lockfile, a Manifest): only the table's own
 * entries, never what every object inherits — `table["valueOf"]` is Object.prototype.valueOf, and
 * `{"linker-flavor": "valueOf"}` once reached `f.split is not a function` that way.
 */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./shared/cargo/spdx.ts
/**
 * SPDX license expressions as crates write them: normalise the legacy forms (`MIT/Apache-2.0`, `mit or
 * apache-2.0`, `Apache2`), report every change, then parse with spdx-expression-parse@5.
 *
 * Matching semantics (used by policy.ts): a license term is its id, its `+` and its `WITH` exception, compared
 * exactly. `Apache-2.0 WITH LLVM-exception` is not `Apache-2.0`; `GPL-2.0-or-later` is not `GPL-2.0-only` nor
 * `GPL-3.0-only` (cargo-deny >= 0.18.4 semantics, unlike spdx-satisfies' ranges). Deprecated GNU ids are
 * rewritten to their SPDX replacements (`GPL-2.0` -> `GPL-2.0-only`, `GPL-2.0+` -> `GPL-2.0-or-later`), and
 * that rewrite is reported like any other correction.
 */







/** Longer inputs are refused rather than parsed: no real crate needs them and they bound parser recursion. */
const MAX_EXPRESSION_LENGTH = 2000;
const CURRENT_IDS = new Set(spdx_license_ids);
const ALL_IDS = new Set([...spdx_license_ids, ...deprecated]);
const ALL_EXCEPTIONS = new Set([...spdx_exceptions, ...spdx_exceptions_deprecated]);
const IDS_BY_LOWER = new Map([...ALL_IDS].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS_BY_LOWER = new Map([...ALL_EXCEPTIONS].map((id) => [id.toLowerCase(), id]));
function isLicenseId(id) {
    return ALL_IDS.has(id);
}
function isDeprecatedLicenseId(id) {
    return ALL_IDS.has(id) && !CURRENT_IDS.has(id);
}
function isExceptionId(id) {
    return ALL_EXCEPTIONS.has(id);
}
/** SPDX's own replacements for the deprecated GNU ids (license list "deprecated" notes). */
const GNU_FAMILIES = [
    'GPL-1.0', 'GPL-2.0', 'GPL-3.0', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'AGPL-1.0', 'AGPL-3.0',
    'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3',
];
const GNU_WITH_EXCEPTION = {
    'GPL-2.0-with-GCC-exception': ['GPL-2.0-or-later', 'GCC-exception-2.0'],
    'GPL-2.0-with-autoconf-exception': ['GPL-2.0-or-later', 'Autoconf-exception-2.0'],
    'GPL-2.0-with-bison-exception': ['GPL-2.0-or-later', 'Bison-exception-2.2'],
    'GPL-2.0-with-classpath-exception': ['GPL-2.0-only', 'Classpath-exception-2.0'],
    'GPL-2.0-with-font-exception': ['GPL-2.0-only', 'Font-exception-2.0'],
    'GPL-3.0-with-GCC-exception': ['GPL-3.0-only', 'GCC-exception-3.1'],
    'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only', 'Autoconf-exception-3.0'],
};
/** Aliases seen in real Cargo.toml files that name exactly one SPDX license. */
const ALIASES = {
    'asl-2.0': 'Apache-2.0',
    asl2: 'Apache-2.0',
    'apache-2': 'Apache-2.0',
    cc0: 'CC0-1.0',
    boost: 'BSL-1.0',
    'bsd-2': 'BSD-2-Clause',
    'bsd-3': 'BSD-3-Clause',
    bsd2: 'BSD-2-Clause',
    bsd3: 'BSD-3-Clause',
};
/**
 * Fix one id that is not on the SPDX list, or return undefined. Only unambiguous rewrites: letter case, a
 * known alias, a missing `-` or `.0` in a version (`Apache2`, `MPL-2`, `GPLv3`). Never whole expressions.
 */
function correctLicenseId(word) {
    const lower = word.toLowerCase();
    const cased = IDS_BY_LOWER.get(lower);
    if (cased !== undefined)
        return { id: cased, kind: 'id-case' };
    // Own keys only: a license text of "constructor" is a word, not a lookup into Object.prototype.
    const alias = own(ALIASES, lower);
    if (alias !== undefined)
        return { id: alias, kind: 'id-fixed' };
    const m = /^([a-z]+?)-?v?(\d+(?:\.\d+)?)$/.exec(lower);
    if (m) {
        const [, name, ver] = m;
        for (const candidate of [`${name}-${ver}`, `${name}-${ver}.0`]) {
            const hit = IDS_BY_LOWER.get(candidate) ?? ALIASES[candidate];
            if (hit !== undefined)
                return { id: hit, kind: 'id-fixed' };
        }
    }
    return undefined;
}
function tokenize(src) {
    const out = [];
    const re = /\s+|\(|\)|\/|[^\s()/]+/gy;
    let m;
    while ((m = re.exec(src)) !== null) {
        const s = m[0];
        if (/^\s/.test(s))
            continue;
        if (s === '(')
            out.push({ t: '(' });
        else if (s === ')')
            out.push({ t: ')' });
        else if (s === '/')
            out.push({ t: 'op', op: 'OR' });
        else if (/^(and|or|with)$/i.test(s))
            out.push({ t: 'op', op: s.toUpperCase() });
        else if (!/^[A-Za-z0-9.+:-]+$/.test(s)) {
            return { kind: 'syntax', message: `'${s}' is not an SPDX license id or operator`, token: s };
        }
        else
            out.push({ t: 'word', text: s });
    }
    return out;
}
const VERSION_WORD = /^v?\d+(?:\.\d+)*\+?$/i;
/**
 * `Apache 2.0`, `MPL 2.0`, `GPL 3`: a name and its version written apart. Joined with `-` when that gives a
 * license id (directly or through {@link correctLicenseId}), and reported; `MIT 2.0` stays a syntax error.
 */
function joinSpacedVersions(toks, corrections) {
    const out = [];
    for (let i = 0; i < toks.length; i++) {
        const tok = toks[i];
        const next = toks[i + 1];
        const prev = out[out.length - 1];
        const afterWith = prev !== undefined && prev.t === 'op' && prev.op === 'WITH';
        if (tok.t === 'word' && next?.t === 'word' && !afterWith && VERSION_WORD.test(next.text) && !isLicenseId(tok.text)) {
            const plus = next.text.endsWith('+') ? '+' : '';
            const joined = `${tok.text}-${plus ? next.text.slice(0, -1) : next.text}`;
            const id = ALL_IDS.has(joined) ? joined : correctLicenseId(joined)?.id;
            if (id !== undefined) {
                const from = `${tok.text} ${next.text}`;
                corrections.push({ kind: 'id-fixed', from, to: `${id}${plus}`, message: `license id '${from}' read as '${id}${plus}'` });
                out.push({ t: 'word', text: `${id}${plus}` });
                i++;
                continue;
            }
        }
        out.push(tok);
    }
    return out;
}
/** Structural errors with a message a person understands (the strict parser's are terse or absent). */
function checkShape(toks) {
    let depth = 0;
    // `operand` is true when the previous token ends an operand (a word or ')').
    let operand = false;
    for (const tok of toks) {
        if (tok.t === '(') {
            if (operand)
                return { kind: 'syntax', message: "'(' follows a license without an operator between them", token: '(' };
            depth++;
        }
        else if (tok.t === ')') {
            if (!operand)
                return { kind: 'syntax', message: "')' closes an empty or unfinished group", token: ')' };
            if (--depth < 0)
                return { kind: 'syntax', message: "')' has no matching '('", token: ')' };
        }
        else if (tok.t === 'op') {
            if (!operand)
                return { kind: 'syntax', message: `operator ${tok.op} has no license before it`, token: tok.op };
            operand = false;
            continue;
        }
        else if (operand) {
            return { kind: 'syntax', message: `'${tok.text}' follows a license without an operator between them`, token: tok.text };
        }
        operand = tok.t !== '(';
    }
    if (!operand)
        return { kind: 'syntax', message: 'the expression ends with an operator or an open group' };
    if (depth > 0)
        return { kind: 'syntax', message: "a '(' is never closed", token: '(' };
    return undefined;
}
/** Rewrite a crate's license text into strict SPDX, recording each change. */
function normaliseExpression(raw, options = {}) {
    const modernise = options.modernise ?? true;
    const corrections = [];
    const src = raw.trim();
    if (src === '')
        return { text: '', corrections, error: { kind: 'empty', message: 'the license expression is empty' } };
    if (src.length > MAX_EXPRESSION_LENGTH) {
        return {
            text: '',
            corrections,
            error: { kind: 'too-long', message: `the license expression is longer than ${MAX_EXPRESSION_LENGTH} characters` },
        };
    }
    const tokenized = tokenize(src);
    if (!Array.isArray(tokenized))
        return { text: '', corrections, error: tokenized };
    const toks = joinSpacedVersions(tokenized, corrections);
    const shape = checkShape(toks);
    if (shape)
        return { text: '', corrections, error: shape };
    // Operator case and the legacy slash are reported once per expression, not per occurrence.
    if (src.includes('/')) {
        corrections.push({
            kind: 'legacy-slash',
            from: src,
            to: '',
            message: "the legacy '/' separator means OR",
        });
    }
    const lowerOps = [...new Set(src.match(/(?<![A-Za-z0-9.+:-])(?:and|or|with)(?![A-Za-z0-9.+:-])/gi) ?? [])].filter((w) => w !== w.toUpperCase());
    for (const w of lowerOps) {
        corrections.push({ kind: 'operator-case', from: w, to: w.toUpperCase(), message: `operator '${w}' written as '${w.toUpperCase()}'` });
    }
    const parts = [];
    let error;
    for (let i = 0; i < toks.length; i++) {
        const tok = toks[i];
        if (tok.t !== 'word') {
            parts.push(tok.t === 'op' ? tok.op : tok.t);
            continue;
        }
        const prev = toks[i - 1];
        const afterWith = prev !== undefined && prev.t === 'op' && prev.op === 'WITH';
        if (afterWith) {
            const exc = fixException(tok.text, corrections);
            if (exc === undefined) {
                error ??= { kind: 'unknown-exception', message: `'${tok.text}' is not an SPDX exception id`, token: tok.text };
                parts.push(tok.text);
            }
            else
                parts.push(exc);
            continue;
        }
        const fixed = fixLicense(tok.text, corrections, modernise);
        if (fixed === undefined) {
            error ??= { kind: 'unknown-id', message: `'${tok.text}' is not an SPDX license id`, token: tok.text };
            parts.push(tok.text);
        }
        else
            parts.push(fixed);
    }
    if (corrections[0]?.kind === 'legacy-slash')
        corrections[0].to = join(parts);
    const text = join(parts);
    return error ? { text, corrections, error } : { text, corrections };
}
function join(parts) {
    return parts.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}
function fixException(word, corrections) {
    if (ALL_EXCEPTIONS.has(word))
        return word;
    const cased = EXCEPTIONS_BY_LOWER.get(word.toLowerCase());
    if (cased !== undefined) {
        corrections.push({ kind: 'exception-case', from: word, to: cased, message: `exception '${word}' written as '${cased}'` });
    }
    return cased;
}
function fixLicense(word, corrections, modernise) {
    // LicenseRef-/DocumentRef- are user-defined: keep, fixing only the prefix case.
    const ref = /^(documentref-[A-Za-z0-9.-]+:)?(licenseref-)([A-Za-z0-9.-]+)$/i.exec(word);
    if (ref) {
        const doc = ref[1] ? 'DocumentRef-' + ref[1].slice('documentref-'.length) : '';
        const out = `${doc}LicenseRef-${ref[3]}`;
        if (out !== word)
            corrections.push({ kind: 'id-case', from: word, to: out, message: `'${word}' written as '${out}'` });
        return out;
    }
    const plus = word.endsWith('+') && word.length > 1;
    const base = plus ? word.slice(0, -1) : word;
    if (base.includes('+'))
        return undefined;
    let id = ALL_IDS.has(base) ? base : undefined;
    if (id === undefined) {
        const c = correctLicenseId(base);
        if (c === undefined)
            return undefined;
        id = c.id;
        corrections.push({
            kind: c.kind,
            from: base,
            to: id,
            message: c.kind === 'id-case' ? `license id '${base}' written as '${id}'` : `license id '${base}' read as '${id}'`,
        });
    }
    if (modernise) {
        const exc = own(GNU_WITH_EXCEPTION, id);
        if (exc && !plus) {
            const to = `${exc[0]} WITH ${exc[1]}`;
            corrections.push({ kind: 'deprecated-id', from: id, to, message: `deprecated id '${id}' replaced by '${to}'` });
            return to;
        }
        if (GNU_FAMILIES.includes(id)) {
            const to = `${id}${plus ? '-or-later' : '-only'}`;
            const from = `${id}${plus ? '+' : ''}`;
            corrections.push({ kind: 'deprecated-id', from, to, message: `deprecated id '${from}' replaced by '${to}'` });
            return to;
        }
    }
    return plus ? `${id}+` : id;
}
/**
 * Results by input, one cache per `modernise` setting: a lock repeats a handful of license texts hundreds of
 * times. Keyed by the text itself (no key string built per call). Treat results as read-only.
 */
const parseCaches = { modern: new Map(), kept: new Map() };
const PARSE_CACHE_MAX = 10_000;
/** Normalise, then parse strictly. Never throws: problems come back as a typed error. Results are shared: do not mutate. */
function parseExpression(raw, options = {}) {
    const cache = options.modernise ?? true ? parseCaches.modern : parseCaches.kept;
    const hit = cache.get(raw);
    if (hit)
        return hit;
    const result = spdx_parseUncached(raw, options);
    if (cache.size >= PARSE_CACHE_MAX)
        cache.clear();
    cache.set(raw, result);
    return result;
}
function spdx_parseUncached(raw, options) {
    const norm = normaliseExpression(raw, options);
    if (norm.error)
        return { ok: false, raw, expression: norm.text, error: norm.error, corrections: norm.corrections };
    let info;
    try {
        info = spdx_expression_parse_default()(norm.text);
    }
    catch (e) {
        const detail = e instanceof Error && e.message ? e.message : 'unexpected end of expression';
        return {
            ok: false,
            raw,
            expression: norm.text,
            error: { kind: 'syntax', message: `invalid SPDX expression '${norm.text}': ${detail}` },
            corrections: norm.corrections,
        };
    }
    const ast = fromInfo(info);
    return { ok: true, raw, expression: formatExpression(ast), ast, corrections: norm.corrections };
}
function fromInfo(info) {
    if ('license' in info) {
        const node = { type: 'license', id: info.license, plus: info.plus === true };
        if (info.exception !== undefined)
            node.exception = info.exception;
        return node;
    }
    const type = info.conjunction;
    const terms = [];
    // Flatten chains of the same operator (the parser nests them to the right).
    for (const side of [info.left, info.right]) {
        const child = fromInfo(side);
        if (child.type === type)
            (0,finding/* pushAll */.iI)(terms, child.terms);
        else
            terms.push(child);
    }
    return { type, terms };
}
function termKey(term) {
    return `${term.id}${term.plus ? '+' : ''}${term.exception ? ` WITH ${term.exception}` : ''}`;
}
/** Canonical text: AND binds tighter than OR, so only OR inside AND needs parentheses. */
function formatExpression(node) {
    if (node.type === 'license')
        return termKey(node);
    const sep = node.type === 'and' ? ' AND ' : ' OR ';
    return node.terms
        .map((t) => (t.type === 'or' && node.type === 'and' ? `(${formatExpression(t)})` : formatExpression(t)))
        .join(sep);
}
/** Every license term in the expression, deduplicated by key, in order of appearance. */
function licenseTerms(node) {
    const seen = new Map();
    const walk = (n) => {
        if (n.type === 'license') {
            const t = { id: n.id, plus: n.plus };
            if (n.exception !== undefined)
                t.exception = n.exception;
            if (!seen.has(termKey(t)))
                seen.set(termKey(t), t);
        }
        else
            n.terms.forEach(walk);
    };
    walk(node);
    return [...seen.values()];
}
/** Above this many alternatives an expression is reported rather than expanded. */
const MAX_BRANCHES = 256;
/**
 * The expression as alternatives (disjunctive normal form): the crate may be used under any one branch, and
 * a branch needs all of its terms. Returns undefined when expansion would exceed MAX_BRANCHES.
 */
const branchCache = new WeakMap();
function orBranches(node) {
    if (branchCache.has(node))
        return branchCache.get(node);
    const result = expandBranches(node);
    // kept with the parsed expression while it is cached; a large one (256 branches of 200 terms, 350 KB) is made
    // again when asked instead
    let size = 0;
    for (const b of result ?? [])
        size += b.length;
    if (size <= MAX_CACHED_TERMS)
        branchCache.set(node, result);
    return result;
}
/** The most terms (over all branches) of an expansion kept with its expression. */
const MAX_CACHED_TERMS = 1_024;
function expandBranches(node) {
    if (node.type === 'license') {
        const t = { id: node.id, plus: node.plus };
        if (node.exception !== undefined)
            t.exception = node.exception;
        return [[t]];
    }
    if (node.type === 'or') {
        const out = [];
        for (const child of node.terms) {
            const b = orBranches(child);
            if (b === undefined || out.length + b.length > MAX_BRANCHES)
                return undefined;
            (0,finding/* pushAll */.iI)(out, b);
        }
        return out;
    }
    // Every combination of one branch of each child, its terms in the children's order, each term once. Each
    // combination is made once, at the end: multiplying out child by child made every branch again at each step,
    // deduplicating all its terms each time (256 branches of 200 terms: 200 ms and 1.3 MB an expression).
    const children = [];
    let count = 1;
    for (const child of node.terms) {
        const b = orBranches(child);
        if (b === undefined || count * b.length > MAX_BRANCHES)
            return undefined;
        count *= b.length;
        children.push(b);
    }
    const out = [];
    const pick = new Array(children.length).fill(0);
    for (let n = 0; n < count; n++) {
        const seen = new Set();
        const terms = [];
        for (let c = 0; c < children.length; c++) {
            for (const t of children[c][pick[c]]) {
                const key = termKey(t);
                if (seen.has(key))
                    continue;
                seen.add(key);
                terms.push(t);
            }
        }
        out.push(terms);
        // the next combination, the last child's branch changing fastest (the order the old product had)
        for (let c = children.length - 1; c >= 0; c--) {
            if (++pick[c] < children[c].length)
                break;
            pick[c] = 0;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
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

;// CONCATENATED MODULE: ./shared/cargo/license-groups.ts
/**
 * Gentoo license data: `profiles/license_groups` (named sets of Gentoo license names, nesting with `@GROUP`,
 * negation with `-name`/`-@GROUP`, overlays adding members) and `metadata/license-mapping.conf`
 * (`[spdx-to-ebuild]`: SPDX key -> ebuild LICENSE text; keys case-insensitive, `WITH` matched exactly, a `+`
 * key falls back to the key without `+`, as the file's own header says).
 */




const NAME = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
/** Parse one `license_groups` file, adding to `into` (pass the ::gentoo result to layer an overlay on it). */
function parseLicenseGroups(text, file = 'profiles/license_groups', into = new Map()) {
    const findings = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = i + 1;
        const content = raw.replace(/#.*/, '').trim();
        if (content === '')
            return;
        const [group, ...members] = content.split(/\s+/);
        if (!group || !NAME.test(group)) {
            findings.push(cargoFindings.make('license-group-malformed', `'${group}' is not a license group name`, { file, line }));
            return;
        }
        if (members.length === 0) {
            findings.push(cargoFindings.make('license-group-empty', `group ${group} has no members on this line`, { file, line }));
        }
        const entries = into.get(group) ?? [];
        for (const m of members) {
            const negate = m.startsWith('-');
            const rest = negate ? m.slice(1) : m;
            const isGroup = rest.startsWith('@');
            const name = isGroup ? rest.slice(1) : rest;
            if (!NAME.test(name)) {
                findings.push(cargoFindings.make('license-group-malformed', `'${m}' in group ${group} is not a license or @group name`, { file, line }));
                continue;
            }
            entries.push({ name, group: isGroup, negate, file, line });
        }
        into.set(group, entries);
    });
    return { groups: into, findings };
}
/**
 * Members of a group with nesting and negation resolved (a set: its order is not the definition's): `-x` removes x
 * from what came before it, `-@G` removes all of G. Unknown groups and cycles are findings, never exceptions.
 *
 * Each group is expanded once, depth first without recursion (a chain 4,000 groups deep overflowed the stack), with
 * the groups being expanded in a Set; a group's members are merged the smaller set into the larger, and the set of
 * a group that only one line names is taken over rather than copied (a chain 3,000 deep copied 4.5 million names:
 * 3.3 s). Findings are those of the recursive definition, in its order; a property test compares the two.
 */
function expandGroup(defs, name) {
    const findings = [];
    const cache = new Map();
    // How many lines name each group: a group named once is never looked up again once merged.
    const named = new Map();
    for (const entries of defs.values())
        for (const e of entries)
            if (e.group)
                named.set(e.name, (named.get(e.name) ?? 0) + 1);
    const frames = [];
    const path = [];
    const onPath = new Set();
    const at = (from) => (from ? { file: from.file, line: from.line } : {});
    /** The members of `g` when known now (cached, unknown, a cycle), else undefined after starting its frame. */
    const enter = (g, from) => {
        const cached = cache.get(g);
        if (cached)
            return cached;
        const entries = defs.get(g);
        if (!entries) {
            findings.push(cargoFindings.make('license-group-unknown', `license group @${g} is not defined`, at(from)));
            return new Set();
        }
        if (onPath.has(g)) {
            findings.push(cargoFindings.make('license-group-cycle', `license groups form a cycle: @${[...path, g].join(' -> @')}`, at(from)));
            return new Set();
        }
        frames.push({ group: g, entries, next: 0, out: new Set() });
        path.push(g);
        onPath.add(g);
        return undefined;
    };
    /** Apply one line's names to the frame: add them, or remove them (`-`). `own`: the set may be taken over. */
    const apply = (f, negate, names, own) => {
        if (negate) {
            if (names.size < f.out.size)
                for (const n of names)
                    f.out.delete(n);
            else
                for (const n of f.out)
                    if (names.has(n))
                        f.out.delete(n);
        }
        else if (own && names.size > f.out.size) {
            for (const n of f.out)
                names.add(n);
            f.out = names;
        }
        else
            for (const n of names)
                f.out.add(n);
    };
    const first = enter(name);
    if (first)
        return { members: first, findings };
    let members = new Set();
    while (frames.length) {
        const f = frames[frames.length - 1];
        if (f.next < f.entries.length) {
            const e = f.entries[f.next++];
            if (!e.group) {
                if (e.negate)
                    f.out.delete(e.name);
                else
                    f.out.add(e.name);
                continue;
            }
            const known = enter(e.name, e);
            // A cached set may be named by other lines too: never take it over.
            if (known)
                apply(f, e.negate, known, false);
            continue;
        }
        frames.pop();
        path.pop();
        onPath.delete(f.group);
        cache.set(f.group, f.out);
        const parent = frames[frames.length - 1];
        if (!parent) {
            members = f.out;
            break;
        }
        const line = parent.entries[parent.next - 1];
        apply(parent, line.negate, f.out, named.get(f.group) === 1);
    }
    return { members, findings };
}
function mappingKey(text) {
    return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
/** Parse `metadata/license-mapping.conf`; only the `[spdx-to-ebuild]` section is read. */
function parseLicenseMapping(text, file = 'metadata/license-mapping.conf', into) {
    const mapping = into ?? { file, entries: new Map() };
    const findings = [];
    let section;
    let sawSection = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const content = raw.trim();
        if (content === '' || content.startsWith('#') || content.startsWith(';'))
            return;
        const sec = /^\[([^\]]*)\]$/.exec(content);
        if (sec) {
            section = sec[1].trim();
            if (section === 'spdx-to-ebuild')
                sawSection = true;
            return;
        }
        if (section !== 'spdx-to-ebuild')
            return;
        const eq = content.indexOf('=');
        if (eq <= 0) {
            findings.push(cargoFindings.make('license-mapping-malformed', `expected 'SPDX-ID = Gentoo-name', got '${content}'`, { file, line }));
            return;
        }
        const key = content.slice(0, eq).trim();
        const value = content.slice(eq + 1).trim();
        if (value === '') {
            findings.push(cargoFindings.make('license-mapping-malformed', `'${key}' maps to nothing`, { file, line }));
            return;
        }
        mapping.entries.set(mappingKey(key), { key, value, file, line });
    });
    if (!sawSection) {
        findings.push(cargoFindings.make('license-mapping-no-section', 'no [spdx-to-ebuild] section found', { file }));
    }
    return { mapping, findings };
}
/** Gentoo LICENSE text for one SPDX term; `X+` without its own entry falls back to `X` (and says so). */
function mapTerm(mapping, term) {
    const exc = term.exception ? ` with ${term.exception}` : '';
    const exact = mapping.entries.get(mappingKey(`${term.id}${term.plus ? '+' : ''}${exc}`));
    if (exact)
        return { ok: true, value: exact.value };
    if (term.plus) {
        const noPlus = mapping.entries.get(mappingKey(`${term.id}${exc}`));
        if (noPlus)
            return { ok: true, value: noPlus.value, viaFallback: noPlus.key };
    }
    if (/^(DocumentRef-[^:]*:)?LicenseRef-/i.test(term.id))
        return { ok: false, reason: 'license-ref' };
    return { ok: false, reason: 'unmapped' };
}
/** Parse ebuild LICENSE text; undefined when it is not well formed. */
function parseEbuildLicense(text) {
    const toks = text.split(/\s+/).filter(Boolean);
    let i = 0;
    const list = (closing) => {
        const items = [];
        while (i < toks.length) {
            const t = toks[i++];
            if (t === ')')
                return closing ? items : undefined;
            if (t === '||' || t === '(') {
                if (t === '||' && toks[i++] !== '(')
                    return undefined;
                const inner = list(true);
                if (!inner)
                    return undefined;
                items.push({ kind: t === '||' ? 'any' : 'all', items: inner });
            }
            else if (NAME.test(t))
                items.push({ kind: 'name', name: t });
            else
                return undefined;
        }
        return closing ? undefined : items;
    };
    const items = list(false);
    return items ? { kind: 'all', items } : undefined;
}
/** Whether an ebuild LICENSE value is acceptable when only `members` are. */
function ebuildLicenseWithin(value, members) {
    if (value.kind === 'name')
        return members.has(value.name);
    if (value.kind === 'all')
        return value.items.every((v) => ebuildLicenseWithin(v, members));
    return value.items.some((v) => ebuildLicenseWithin(v, members));
}
/** Every license name in an ebuild LICENSE value. */
function ebuildLicenseNames(value) {
    return value.kind === 'name' ? [value.name] : value.items.flatMap(ebuildLicenseNames);
}
/**
 * Read license data from repository trees: the first is ::gentoo, later ones are overlays whose groups add
 * members and whose mapping entries override. Missing files are findings (a tree may lack the mapping).
 */
async function loadGentooLicenseData(trees, 
/** Reads one of the two files, undefined when it is not there (default: the file system). */
read = (file) => (0,promises_.readFile)(file, 'utf8').catch(() => undefined)) {
    const groups = new Map();
    const mapping = { file: 'metadata/license-mapping.conf', entries: new Map() };
    const findings = [];
    const files = [];
    let sawGroups = false;
    let sawMapping = false;
    for (const tree of trees) {
        const groupsFile = (0,external_node_path_.join)(tree, 'profiles', 'license_groups');
        const text = await read(groupsFile);
        if (text !== undefined) {
            (0,finding/* pushAll */.iI)(findings, parseLicenseGroups(text, groupsFile, groups).findings);
            files.push(groupsFile);
            sawGroups = true;
        }
        const mappingFile = (0,external_node_path_.join)(tree, 'metadata', 'license-mapping.conf');
        const mtext = await read(mappingFile);
        if (mtext !== undefined) {
            (0,finding/* pushAll */.iI)(findings, parseLicenseMapping(mtext, mappingFile, mapping).findings);
            files.push(mappingFile);
            sawMapping = true;
        }
    }
    if (!sawGroups) {
        findings.push(cargoFindings.make('license-groups-missing', `no profiles/license_groups in ${trees.join(', ') || '(no trees given)'}`));
    }
    if (!sawMapping) {
        findings.push(cargoFindings.make('license-mapping-missing', `no metadata/license-mapping.conf in ${trees.join(', ') || '(no trees given)'}`));
    }
    return { groups, mapping, findings, files };
}

;// CONCATENATED MODULE: ./shared/cargo/policy.ts
/**
 * License policy: `allow`, `deny`, per-crate `exceptions`, `clarify`, and Gentoo license groups (`@FREE`).
 *
 * Semantics (documented in the action README):
 * - A crate is allowed when ONE of its OR-branches is allowed: every license of the branch is allowed (by
 *   `allow`, a group in `allow`, or the crate's exception) and none is denied. The first such branch, in the
 *   order the crate wrote them, is reported as `satisfiedBy`.
 * - `deny` wins over `allow` and over exceptions. A deny entry `X` also denies `X WITH <exception>` (the
 *   exception grants extra permissions, it does not lift the denial); `X WITH e` denies only that term.
 * - With no `allow` list at all, everything not denied is allowed.
 * - Licenses are compared exactly (spdx.ts): `Apache-2.0 WITH LLVM-exception` needs its own entry;
 *   `GPL-2.0-or-later` admits only `GPL-2.0-or-later` (cargo-deny >= 0.18.4), never `GPL-3.0-only`.
 * - A group entry (`@FREE`) admits an SPDX license when license-mapping.conf maps it to Gentoo names that are
 *   all members of the group. An unmapped license cannot be judged by a group: the verdict is `unknown`
 *   (say which id), never a guess.
 * - `license-file` without `license` is `needs-review`; a clarification replaces both.
 */








const POLICY_KEYS = ['allow', 'deny', 'exceptions', 'clarify'];
function guessFormat(file, text) {
    if (/\.toml$/i.test(file))
        return 'toml';
    if (/\.ya?ml$/i.test(file))
        return 'yaml';
    // TOML tables/arrays-of-tables or `key = value` lines; YAML otherwise.
    // (blanks within the line only: `\s*` ran on over blank lines from every line start, 160,000 of them 30 s)
    return /^[^\S\n\r\u2028\u2029]*(\[\[?[A-Za-z_-]+\]\]?|[A-Za-z_-]+\s*=)/m.test(text) ? 'toml' : 'yaml';
}
/** Parse a policy file (YAML or TOML). Throws ConfigurationError listing every problem, each naming its key. */
function parsePolicy(text, file = 'license-policy.yml', format) {
    const fmt = format ?? guessFormat(file, text);
    let raw;
    try {
        raw = fmt === 'toml' ? (0,dist/* parse */.qg)(text) : (0,yaml_dist.parse)(text);
    }
    catch (e) {
        if (e instanceof dist/* TomlError */.zx)
            throw new PolicyError([{ message: `invalid TOML: ${e.message.split('\n')[0]}`, file, line: e.line }]);
        if (e instanceof yaml_dist.YAMLParseError) {
            const line = e.linePos?.[0]?.line;
            throw new PolicyError([{ message: `invalid YAML: ${e.message.split('\n')[0]}`, file, ...(line ? { line } : {}) }]);
        }
        throw new PolicyError([{ message: `cannot be read as ${fmt.toUpperCase()}: ${String(e)}`, file }]);
    }
    if (raw === null || raw === undefined)
        raw = {};
    return buildPolicy(raw, { file, text });
}
/**
 * The 1-based line where `value` appears after `key`, for findings; one per policy text. A key is found once,
 * and each value is searched from where the previous value of that key was found (a list's entries are in
 * order), then from the key; lines are counted by a binary search over the line starts. Searching the text from
 * its start for each entry took 50 s for a 32,000-entry policy, which a pull request's own policy file reaches.
 */
function locator(text) {
    if (text === undefined)
        return () => undefined;
    const keyAt = new Map();
    const nextFrom = new Map();
    const lineOf = lineIndex(text);
    return (key, value) => {
        let k = keyAt.get(key);
        if (k === undefined) {
            const m = new RegExp(`(^|[\\s\\[{,])["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=\\]]`, 'm').exec(text);
            // The key itself, not the newline or bracket matched before it.
            k = m ? m.index + m[1].length : -1;
            keyAt.set(key, k);
        }
        const from = nextFrom.get(key);
        let v = from !== undefined && value !== '' ? text.indexOf(value, from) : -1;
        if (v < 0)
            v = text.indexOf(value, k < 0 ? 0 : k);
        if (v >= 0 && value !== '')
            nextFrom.set(key, v + value.length);
        const at = v >= 0 ? v : k;
        return at < 0 ? undefined : lineOf(at);
    };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** An unusable policy: every problem, each a finding at its file and line (the action annotates them). */
class PolicyError extends io/* ConfigurationError */.j {
    problems;
    name = 'PolicyError';
    findings;
    constructor(problems) {
        const where = (p) => (p.file !== undefined ? `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ` : '');
        super(problems.length === 1
            ? `invalid license policy: ${where(problems[0])}${problems[0].message}`
            : `invalid license policy:\n${problems.map((p) => `  - ${where(p)}${p.message}`).join('\n')}`);
        this.problems = problems;
        this.findings = problems.map((p) => cargoFindings.make('policy-invalid', p.message, { ...(p.file !== undefined ? { file: p.file } : {}), ...(p.line !== undefined ? { line: p.line } : {}) }));
    }
}
/** The known key closest to a misspelt one (at most two edits away), for "did you mean". */
function closestKey(key) {
    let best;
    let bestD = 3;
    for (const k of POLICY_KEYS) {
        // Levenshtein distance, small strings only.
        let prev = Array.from({ length: k.length + 1 }, (_, j) => j);
        for (let i = 1; i <= key.length; i++) {
            const cur = [i];
            for (let j = 1; j <= k.length; j++)
                cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (key[i - 1] === k[j - 1] ? 0 : 1));
            prev = cur;
        }
        if (prev[k.length] < bestD) {
            bestD = prev[k.length];
            best = k;
        }
    }
    return best;
}
/**
 * Validate an already-parsed policy object (from a file or built from action inputs).
 * `where.text` is the source text, used to point findings at lines.
 */
function buildPolicy(raw, where = {}) {
    const file = where.file;
    const problems = [];
    const findings = [];
    const locate = locator(where.text);
    const at = (key, value) => {
        const line = locate(key, value);
        const loc = {};
        if (file !== undefined)
            loc.file = file;
        if (line !== undefined)
            loc.line = line;
        return loc;
    };
    // Problems point at the line of `key` (and of `value` after it, when given).
    const errors = {
        push(message, key, value = '') {
            problems.push({ message, ...(key !== undefined ? at(key, value) : file !== undefined ? { file } : {}) });
        },
    };
    if (!isRecord(raw)) {
        throw new PolicyError([{ message: `a policy must be a mapping with keys ${POLICY_KEYS.join(', ')}`, ...(file !== undefined ? { file } : {}) }]);
    }
    for (const key of Object.keys(raw)) {
        if (!POLICY_KEYS.includes(key)) {
            const near = closestKey(key);
            errors.push(`unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${POLICY_KEYS.join(', ')}`, key);
        }
    }
    const entries = (key, value, label) => {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
            errors.push(`'${label}' must be a list of SPDX license ids or @GROUP names, e.g. ${label}: [MIT, Apache-2.0, "@FREE"]`, key);
            return [];
        }
        const out = [];
        for (const text of value) {
            const loc = at(key, text);
            const entry = parseEntry(text.trim(), loc);
            if (typeof entry === 'string')
                errors.push(`'${label}' entry '${text}': ${entry}`, key, text);
            else {
                out.push(entry);
                if (entry.kind === 'license') {
                    for (const c of entry.corrections) {
                        findings.push(cargoFindings.make('policy-entry-corrected', `'${label}' entry: ${c.message}`, loc));
                    }
                }
            }
        }
        return out;
    };
    const allow = raw['allow'] === undefined ? undefined : entries('allow', raw['allow'], 'allow');
    const deny = raw['deny'] === undefined ? [] : entries('deny', raw['deny'], 'deny');
    const exceptions = [];
    const rawExc = raw['exceptions'];
    if (rawExc !== undefined) {
        // Either a list of {crate|name, allow} (cargo-deny style) or a map crate-spec -> list.
        const list = [];
        if (Array.isArray(rawExc)) {
            rawExc.forEach((e, i) => {
                const name = isRecord(e) ? (e['crate'] ?? e['name']) : undefined;
                if (!isRecord(e) || typeof name !== 'string') {
                    errors.push(`'exceptions[${i}]' must be {crate: "name" or "name@range", allow: [ids]}`, 'exceptions');
                    return;
                }
                const extra = Object.keys(e).filter((k) => !['crate', 'name', 'allow'].includes(k));
                if (extra.length)
                    errors.push(`'exceptions[${i}]' has unknown key '${extra[0]}'; expected crate and allow`, 'exceptions', extra[0]);
                list.push([name, e['allow'], `exceptions[${i}].allow`]);
            });
        }
        else if (isRecord(rawExc)) {
            for (const [k, v] of Object.entries(rawExc))
                list.push([k, v, `exceptions.${k}`]);
        }
        else {
            errors.push(`'exceptions' must be a list of {crate, allow} or a map of crate -> [ids]`, 'exceptions');
        }
        for (const [spec, allowList, label] of list) {
            const cs = parseCrateSpec(spec);
            if (typeof cs === 'string') {
                errors.push(`'${label}': ${cs}`, 'exceptions', spec);
                continue;
            }
            exceptions.push({ ...cs, ...at('exceptions', spec), allow: entries('exceptions', allowList, label) });
        }
    }
    const clarify = [];
    const rawClar = raw['clarify'];
    if (rawClar !== undefined) {
        const list = [];
        if (Array.isArray(rawClar)) {
            rawClar.forEach((e, i) => {
                const name = isRecord(e) ? (e['crate'] ?? e['name']) : undefined;
                if (!isRecord(e) || typeof name !== 'string') {
                    errors.push(`'clarify[${i}]' must be {crate: "name" or "name@range", expression: "SPDX expression"}`, 'clarify');
                    return;
                }
                list.push([name, e['expression'] ?? e['license'], `clarify[${i}].expression`]);
            });
        }
        else if (isRecord(rawClar)) {
            for (const [k, v] of Object.entries(rawClar))
                list.push([k, v, `clarify.${k}`]);
        }
        else {
            errors.push(`'clarify' must be a map of crate -> "SPDX expression" or a list of {crate, expression}`, 'clarify');
        }
        for (const [spec, expr, label] of list) {
            const cs = parseCrateSpec(spec);
            if (typeof cs === 'string') {
                errors.push(`'${label}': ${cs}`, 'clarify', spec);
                continue;
            }
            if (typeof expr !== 'string') {
                errors.push(`'${label}' must be an SPDX expression string, e.g. "MIT AND ISC"`, 'clarify', spec);
                continue;
            }
            const parsed = parseExpression(expr);
            if (!parsed.ok) {
                errors.push(`'${label}': ${parsed.error.message}`, 'clarify', spec);
                continue;
            }
            const loc = at('clarify', spec);
            for (const c of parsed.corrections)
                findings.push(cargoFindings.make('policy-entry-corrected', `'${label}': ${c.message}`, loc));
            clarify.push({ ...cs, ...loc, expression: parsed.expression });
        }
    }
    if (problems.length)
        throw new PolicyError(problems);
    return { allow, deny, exceptions, clarify, findings };
}
function parseEntry(text, loc) {
    if (text.startsWith('@')) {
        const group = text.slice(1);
        if (!/^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/.test(group))
            return 'expected @GROUP-NAME, e.g. @FREE';
        return { ...loc, text, kind: 'group', group };
    }
    const p = parseExpression(text);
    if (!p.ok)
        return p.error.message;
    if (p.ast.type !== 'license')
        return 'expected one license (AND/OR are not allowed in a list entry)';
    const term = { id: p.ast.id, plus: p.ast.plus };
    if (p.ast.exception !== undefined)
        term.exception = p.ast.exception;
    return { ...loc, text, kind: 'license', term, key: termKey(term), corrections: p.corrections };
}
/** `name` or `name@range` (semver range, e.g. `ring@^0.17` or `ring@0.16.20`). */
function parseCrateSpec(spec) {
    const at = spec.indexOf('@');
    const name = (at < 0 ? spec : spec.slice(0, at)).trim();
    if (!/^[A-Za-z0-9_-]+$/.test(name))
        return `'${spec}' is not a crate name; expected name or name@semver-range`;
    if (at < 0)
        return { spec, name };
    const range = spec.slice(at + 1).trim();
    if (semver_default().validRange(range) === null)
        return `'${range}' in '${spec}' is not a semver range; expected e.g. ${name}@^1.2 or ${name}@=1.2.3`;
    return { spec, name, range };
}
function crateSpecMatches(spec, name, version) {
    if (spec.name !== name)
        return false;
    if (spec.range === undefined)
        return true;
    return semver_default().valid(version) !== null && rangeOf(spec.range).test(version);
}
/**
 * Each range string parsed once (semver's own cache keeps 1,000, so a policy with more ranges than that parsed
 * one again for every crate it was tried against). The ranges are the policy's, so their number is bounded by it.
 */
const ranges = new Map();
function rangeOf(range) {
    let r = ranges.get(range);
    if (r === undefined) {
        r = new (semver_default()).Range(range, { includePrerelease: true });
        if (ranges.size >= MAX_CACHED_RANGES)
            ranges.clear();
        ranges.set(range, r);
    }
    return r;
}
const MAX_CACHED_RANGES = 100_000;
/**
 * The entries of `list` whose crate spec matches a crate, in the list's order. A crate is only ever matched by
 * entries of its own name, so only those are tried: trying every entry for every crate made a pull request's
 * policy of 16,000 exceptions and clarifications against 4,000 crates take 23 s.
 */
function crateSpecIndex(list, spec) {
    const byName = new Map();
    for (const x of list) {
        const name = spec(x).name;
        const same = byName.get(name);
        if (same)
            same.push(x);
        else
            byName.set(name, [x]);
    }
    return (name, version) => {
        const same = byName.get(name);
        return same === undefined ? NONE : same.filter((x) => crateSpecMatches(spec(x), name, version));
    };
}
/** Merge inline lists (action inputs `allow`, `deny`) over a file policy. */
function mergePolicy(base, inline) {
    const extra = buildPolicy({
        ...(inline.allow && inline.allow.length ? { allow: [...inline.allow] } : {}),
        ...(inline.deny && inline.deny.length ? { deny: [...inline.deny] } : {}),
    }, { file: 'inputs' });
    const allow = base.allow === undefined && extra.allow === undefined ? undefined : [...(base.allow ?? []), ...(extra.allow ?? [])];
    return { ...base, allow, deny: [...base.deny, ...extra.deny], findings: [...base.findings, ...extra.findings] };
}
const EMPTY_POLICY = { allow: undefined, deny: [], exceptions: [], clarify: [], findings: [] };
/** Resolve groups once. Throws ConfigurationError when a group is used without Gentoo data or is unknown. */
function compilePolicy(policy, gentoo) {
    const errors = [];
    const problem = (entry, message) => errors.push({ message, ...(entry.file !== undefined ? { file: entry.file } : {}), ...(entry.line !== undefined ? { line: entry.line } : {}) });
    const ref = (entry) => {
        if (entry.kind !== 'group')
            return { entry, used: false };
        if (!gentoo) {
            problem(entry, `'${entry.text}' needs Gentoo license data (give a ::gentoo checkout as gentoo-tree)`);
            return { entry, used: false, members: new Set() };
        }
        if (!gentoo.groups.has(entry.group)) {
            problem(entry, `license group '${entry.text}' is not defined in ${gentoo.files.filter((f) => f.endsWith('license_groups')).join(', ') || 'the Gentoo data'}`);
            return { entry, used: false, members: new Set() };
        }
        return { entry, used: false, members: expandGroup(gentoo.groups, entry.group).members };
    };
    const ctx = {
        policy,
        allow: policy.allow?.map(ref),
        deny: policy.deny.map(ref),
        exceptions: policy.exceptions.map((exception) => ({ exception, matched: false, used: false, allow: exception.allow.map(ref) })),
        clarify: policy.clarify.map((clarification) => ({ clarification, used: false })),
        decisions: new Map(),
    };
    if (gentoo)
        ctx.gentoo = gentoo;
    if (errors.length)
        throw new PolicyError(errors);
    return ctx;
}
const refIndexes = new WeakMap();
function refIndex(refs) {
    let ix = refIndexes.get(refs);
    if (ix)
        return ix;
    ix = { firstByKey: new Map(), groups: [] };
    const seenGroups = new Set();
    for (let at = 0; at < refs.length; at++) {
        const e = refs[at].entry;
        if (e.kind === 'license') {
            if (!ix.firstByKey.has(e.key))
                ix.firstByKey.set(e.key, at);
        }
        else if (!seenGroups.has(e.group)) {
            // a later entry of the same group decides every term as this one does
            seenGroups.add(e.group);
            ix.groups.push({ at, ref: refs[at] });
        }
    }
    refIndexes.set(refs, ix);
    return ix;
}
/**
 * `family`: an entry without `WITH` also matches the term with any exception (for deny: an exception adds
 * permissions to X, it does not make a denied X acceptable). Allow lists match exactly.
 */
function matchTerm(refs, term, gentoo, family = false) {
    const key = termKey(term);
    const bare = family && term.exception !== undefined ? termKey({ id: term.id, plus: term.plus }) : undefined;
    const ix = refIndex(refs);
    // the first entry that matches, as a walk of the list in order would find it
    let licenseAt = ix.firstByKey.get(key) ?? Infinity;
    if (bare !== undefined)
        licenseAt = Math.min(licenseAt, ix.firstByKey.get(bare) ?? Infinity);
    let unmapped = false;
    for (const { at, ref: r } of ix.groups) {
        if (at > licenseAt)
            break;
        if (!gentoo || !r.members)
            continue;
        r.decided ??= new Map();
        let d = r.decided.get(key);
        if (d === undefined) {
            const mapped = mapTerm(gentoo.mapping, term);
            const value = mapped.ok ? parseEbuildLicense(mapped.value) : undefined;
            d = !mapped.ok ? 'unmapped' : value && ebuildLicenseWithin(value, r.members) ? 'in' : 'out';
            r.decided.set(key, d);
        }
        if (d === 'in')
            return { hit: true, ref: r };
        if (d === 'unmapped')
            unmapped = true;
    }
    if (licenseAt !== Infinity)
        return { hit: true, ref: refs[licenseAt] };
    return { hit: false, unmapped };
}
/** Decide one crate. Marks the policy entries it used in `ctx`. */
function evaluateCrate(ctx, crate) {
    const ev = { name: crate.name, version: crate.version, verdict: 'unknown', reason: '', corrections: NO_CORRECTIONS };
    let text = crate.license;
    if (crate.license !== undefined)
        ev.declared = crate.license;
    ctx.forCrate ??= {
        clarify: crateSpecIndex(ctx.clarify, (c) => c.clarification),
        exceptions: crateSpecIndex(ctx.exceptions, (e) => e.exception),
    };
    for (const c of ctx.forCrate.clarify(crate.name, crate.version)) {
        c.used = true;
        text = c.clarification.expression;
        ev.clarifiedBy = c.clarification.spec;
        break;
    }
    if (text === undefined || text.trim() === '') {
        delete ev.declared;
        if (crate.licenseFile !== undefined) {
            ev.verdict = 'needs-review';
            ev.reason = `only license-file '${crate.licenseFile}' is given; read it and add a clarify entry`;
        }
        else
            ev.reason = 'no license information found for this crate';
        return ev;
    }
    const parsed = parseExpression(text);
    ev.corrections = parsed.corrections;
    if (!parsed.ok) {
        ev.verdict = 'invalid-spdx';
        ev.reason = parsed.error.message;
        return ev;
    }
    ev.expression = parsed.expression;
    const exceptions = ctx.forCrate.exceptions(crate.name, crate.version);
    // Without crate-specific exceptions the decision depends on the expression only: compute it once per lock
    // (and its branches only then: a large expansion is not kept, see orBranches).
    let d = exceptions.length === 0 ? ctx.decisions.get(parsed.expression) : undefined;
    const branches = d === undefined ? orBranches(parsed.ast) : undefined;
    if (d === undefined && branches === undefined) {
        ev.verdict = 'needs-review';
        ev.reason = 'the expression has too many alternatives to check automatically';
        return ev;
    }
    for (const e of exceptions)
        e.matched = true;
    if (d === undefined) {
        d = decide(ctx, branches, exceptions);
        if (exceptions.length === 0)
            ctx.decisions.set(parsed.expression, d);
    }
    ev.verdict = d.verdict;
    ev.reason = d.reason;
    if (d.satisfiedBy)
        ev.satisfiedBy = d.satisfiedBy;
    if (d.branches)
        ev.branches = d.branches;
    if (d.exceptionUsed)
        ev.exceptionUsed = d.exceptionUsed;
    return ev;
}
const NO_CORRECTIONS = [];
const NONE = [];
function decide(ctx, branches, exceptions) {
    // Each distinct term is judged once, and its verdict shared by every branch that has it: 256 branches of a
    // 200-term AND judged 50,000 terms and kept as many verdicts per expression (1.3 MB; 2,000 such crates: out of
    // memory).
    const termJudged = new Map();
    const judgeTerm = (term) => {
        const key = termKey(term);
        let j = termJudged.get(key);
        if (j)
            return j;
        const denied = matchTerm(ctx.deny, term, ctx.gentoo, true);
        if (denied.hit)
            j = { verdict: { term: key, status: 'denied', by: denied.ref.entry.text } };
        else if (ctx.allow === undefined)
            j = { verdict: { term: key, status: 'allowed' } };
        else {
            const allowed = matchTerm(ctx.allow, term, ctx.gentoo);
            if (allowed.hit)
                j = { verdict: { term: key, status: 'allowed', by: allowed.ref.entry.text }, ref: allowed.ref };
            else {
                const viaException = exceptions.map((e) => ({ e, m: matchTerm(e.allow, term, ctx.gentoo) })).find((x) => x.m.hit);
                if (viaException && viaException.m.hit) {
                    j = { verdict: { term: key, status: 'allowed', by: `exception ${viaException.e.exception.spec}: ${viaException.m.ref.entry.text}` }, ref: viaException.m.ref, exc: viaException.e };
                }
                else
                    j = { verdict: { term: key, status: allowed.unmapped ? 'unmapped' : 'not-allowed' } };
            }
        }
        termJudged.set(key, j);
        return j;
    };
    const judged = branches.map((branch) => {
        const verdicts = [];
        const refs = [];
        let exc;
        for (const term of branch) {
            const j = judgeTerm(term);
            verdicts.push(j.verdict);
            if (j.ref)
                refs.push(j.ref);
            if (j.exc)
                exc = j.exc;
        }
        return exc ? { verdicts, refs, exc } : { verdicts, refs };
    });
    for (const j of judged) {
        if (j.verdicts.every((v) => v.status === 'allowed')) {
            for (const r of j.refs)
                r.used = true;
            if (j.exc)
                j.exc.used = true;
        }
    }
    const win = judged.find((j) => j.verdicts.every((v) => v.status === 'allowed'));
    if (win) {
        const ev = {
            verdict: 'allowed',
            reason: judged.length > 1 ? `allowed under ${win.verdicts.map((v) => v.term).join(' AND ')}` : 'allowed',
            satisfiedBy: win.verdicts.map((v) => v.term),
        };
        if (win.exc)
            ev.exceptionUsed = win.exc.exception.spec;
        return ev;
    }
    const all = judged.map((j) => j.verdicts);
    const problems = [...new Map(all.flat().filter((v) => v.status !== 'allowed').map((v) => [v.term + v.status, v])).values()];
    const describe = (v) => v.status === 'denied'
        ? v.by !== undefined && v.by !== v.term
            ? `${v.term} is denied by '${v.by}'`
            : `${v.term} is denied`
        : v.status === 'unmapped'
            ? `${v.term} has no Gentoo mapping, so license groups cannot decide it`
            : `${v.term} is not allowed`;
    // A branch blocked only by unmapped ids could still be fine: that is unknown, not denied.
    const undecided = all.some((b) => b.every((v) => v.status === 'allowed' || v.status === 'unmapped'));
    const out = { verdict: undecided ? 'unknown' : 'denied', reason: problems.map(describe).join('; ') };
    // the per-branch detail, kept with the decision for every crate of the expression, when it is of a size to read
    let size = 0;
    for (const b of all)
        size += b.length;
    if (size <= MAX_BRANCH_DETAIL)
        out.branches = all;
    return out;
}
/** The most term verdicts (over all OR-branches) an evaluation keeps as per-branch detail. */
const MAX_BRANCH_DETAIL = 1_024;
/** Unused allow entries, exceptions and clarifications, as findings at their policy lines. */
function unusedPolicyFindings(ctx) {
    const out = [];
    const where = (l) => {
        const w = {};
        if (l.file !== undefined)
            w.file = l.file;
        if (l.line !== undefined)
            w.line = l.line;
        return w;
    };
    for (const r of ctx.allow ?? []) {
        if (!r.used) {
            out.push(cargoFindings.make('policy-allow-unused', `allow entry '${r.entry.text}' was not needed by any crate`, {
                ...where(r.entry),
                hint: 'remove it to keep the policy tight',
            }));
        }
    }
    for (const e of ctx.exceptions) {
        const ex = e.exception;
        if (!e.matched) {
            out.push(cargoFindings.make('policy-exception-unmatched', `exception for '${ex.spec}' matches no crate in the lockfile`, where(ex)));
        }
        else if (!e.used) {
            out.push(cargoFindings.make('policy-exception-unused', `exception for '${ex.spec}' was not needed: the crate is allowed without it`, where(ex)));
        }
    }
    for (const c of ctx.clarify) {
        if (!c.used) {
            out.push(cargoFindings.make('policy-clarify-unused', `clarify entry for '${c.clarification.spec}' matches no crate`, where(c.clarification)));
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
        return readFileSync(file);
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
        return readFileSync(file, 'utf8');
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
        return readdirSync(dir);
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

// EXTERNAL MODULE: ./shared/real-path.ts
var real_path = __webpack_require__(5026);
// EXTERNAL MODULE: ./shared/child-env.ts
var child_env = __webpack_require__(3258);
// EXTERNAL MODULE: ./shared/cargo/audit-inputs.ts
var audit_inputs = __webpack_require__(9462);
;// CONCATENATED MODULE: ./shared/cargo/license-sources.ts
/**
 * Where crate licenses come from: `cargo metadata --format-version 1` JSON (a file, or cargo run through a
 * RunCommand), crate directories (`cargo vendor` output, `~/.cargo/registry/src/<index>/<name>-<version>`,
 * Debian's `/usr/share/cargo/registry/<name>-<version>`), and Gentoo DISTDIR `.crate` tarballs (gzip tar; we
 * read only `<name>-<version>/Cargo.toml`). `license.workspace = true` is resolved through the workspace root.
 * A crate with only `license-file` keeps that path so policy.ts can say "needs review"; it is never accepted
 * silently.
 */











/**
 * The key of a crate's license: `name@version` for a registry crate, `name@version (git)` and
 * `name@version (path)` for the others, so that a crate of one kind never finds the license of another of the
 * same name and version. A lock package's key is {@link packageLicenseKey}.
 */
function licenseKey(name, version, kind = 'registry') {
    return kind === 'registry' ? `${name}@${version}` : `${name}@${version} (${kind})`;
}
/** A lock package's kind of source, as {@link licenseKey} takes it (sparse and other registries are registries). */
function licenseKind(sourceKind) {
    return sourceKind === 'git' ? 'git' : sourceKind === 'path' ? 'path' : 'registry';
}
/** The key under which a lock package's license is found. */
function packageLicenseKey(p) {
    return licenseKey(p.name, p.version, licenseKind(p.sourceKind));
}
const ANY_KIND = ['registry', 'git', 'path'];
/** Put `info` under the key of every kind it speaks for (a later source of the same kind replaces it). */
function putLicense(licenses, info) {
    for (const kind of info.describes ?? ANY_KIND)
        licenses.set(licenseKey(info.name, info.version, kind), info);
}
// ---------------------------------------------------------------------------------------------------------
// cargo metadata
/** Read `cargo metadata --format-version 1` output (cargo has already resolved workspace inheritance). */
function licensesFromMetadata(json, from = 'cargo-metadata.json') {
    const findings = [];
    const licenses = new Map();
    let data = json;
    if (typeof json === 'string') {
        try {
            data = JSON.parse(json);
        }
        catch (e) {
            throw new io/* ConfigurationError */.j(`${from}: not JSON (expected the output of cargo metadata --format-version 1): ${e.message}`);
        }
    }
    const obj = data;
    if (typeof obj !== 'object' || obj === null || !Array.isArray(obj.packages)) {
        throw new io/* ConfigurationError */.j(`${from}: expected the output of cargo metadata --format-version 1 (an object with "packages")`);
    }
    if (obj.version !== undefined && obj.version !== 1) {
        findings.push(cargoFindings.make('metadata-format-version', `format_version ${JSON.stringify(obj.version)} is not 1; reading it anyway`, { file: from }));
    }
    for (const [i, p] of obj.packages.entries()) {
        const pkg = p;
        if (typeof pkg?.['name'] !== 'string' || typeof pkg['version'] !== 'string') {
            findings.push(cargoFindings.make('metadata-package-malformed', `packages[${i}] has no name/version`, { file: from }));
            continue;
        }
        const info = { name: pkg['name'], version: pkg['version'], origin: 'cargo-metadata', from };
        // A path package (no source) is described by its own Cargo.toml, wherever that is.
        if (pkg['source'] === null && typeof pkg['manifest_path'] === 'string' && (0,external_node_path_.isAbsolute)(pkg['manifest_path']))
            info.file = pkg['manifest_path'];
        if (typeof pkg['license'] === 'string')
            info.license = pkg['license'];
        if (typeof pkg['license_file'] === 'string')
            info.licenseFile = pkg['license_file'];
        // cargo says where each package came from: it speaks for that kind only (without `source`, for any)
        const source = pkg['source'];
        if (source === null)
            info.describes = ['path'];
        else if (typeof source === 'string')
            info.describes = [source.startsWith('git+') ? 'git' : 'registry'];
        putLicense(licenses, info);
    }
    return { licenses, findings };
}

/**
 * Which cargo and rustc the runner itself would use: `rustup which` asked from `cwd` (outside the checkout, so
 * no `rust-toolchain.toml` of the pull request is seen) with the runner's own RUSTUP_TOOLCHAIN, if any.
 * Without rustup (a distribution's cargo), `cargo` and `rustc` from PATH, which read no toolchain file at all.
 */
async function runnerToolchain(run, cwd, inheritedEnv) {
    const env = (0,child_env/* scrubbedEnv */.wS)(inheritedEnv);
    const which = async (tool) => {
        const r = await run('rustup', ['which', tool], { cwd, env, timeoutMs: 60_000 }).catch(() => undefined);
        const out = r?.code === 0 ? r.stdout.trim() : '';
        return (0,external_node_path_.isAbsolute)(out) && !out.includes('\n') ? out : undefined;
    };
    const cargo = await which('cargo');
    if (cargo === undefined)
        return { cargo: 'cargo', rustc: inheritedEnv['RUSTC'] || 'rustc' };
    const rustc = inheritedEnv['RUSTC'] || (await which('rustc')) || (0,external_node_path_.join)((0,external_node_path_.dirname)(cargo), 'rustc');
    const fromPath = /[\\/]toolchains[\\/]([^\\/]+)[\\/]bin[\\/][^\\/]+$/.exec(cargo)?.[1];
    const toolchain = inheritedEnv['RUSTUP_TOOLCHAIN'] || fromPath;
    return { cargo, rustc, ...(toolchain ? { toolchain } : {}) };
}
/** The runner's cargo configuration file (`$CARGO_HOME/config.toml`, or the legacy `config`), if it has one. */
async function runnerCargoConfig(inheritedEnv) {
    const home = inheritedEnv['CARGO_HOME'] || (inheritedEnv['HOME'] ? (0,external_node_path_.join)(inheritedEnv['HOME'], '.cargo') : undefined);
    if (!home)
        return undefined;
    for (const name of ['config.toml', 'config']) {
        const file = (0,external_node_path_.join)(home, name);
        if ((await (0,promises_.stat)(file).catch(() => undefined))?.isFile())
            return file;
    }
    return undefined;
}
/**
 * Run `cargo metadata --format-version 1` on the checkout's manifest and read it, without letting the
 * checkout choose any program or setting: cargo is the runner's toolchain (`rustup which`, absolute path,
 * RUSTUP_TOOLCHAIN and RUSTC pinned, no rustc wrapper), it runs in `scratch` (so neither `.cargo/config.toml`
 * nor `rust-toolchain.toml` of the checkout is read), with its own CARGO_HOME (no registry cache or
 * credentials of the runner) and the runner's cargo configuration passed as `--config <file>`; its environment
 * has no action input, token or runner command file. Registry crates are downloaded from the registry and
 * checked against the lockfile's checksums, so their licenses are the registry's.
 * Throws ConfigurationError with cargo's stderr on failure.
 */
async function runCargoMetadata(run, options, inheritedEnv = process.env) {
    const tc = options.cargo !== undefined ? { cargo: options.cargo, rustc: inheritedEnv['RUSTC'] || 'rustc' } : await runnerToolchain(run, options.scratch, inheritedEnv);
    const args = ['metadata', '--format-version', '1', '--manifest-path', options.manifestPath];
    if (options.locked ?? true)
        args.push('--locked');
    if (options.offline)
        args.push('--offline');
    const config = await runnerCargoConfig(inheritedEnv);
    if (config)
        args.push('--config', config);
    const pinned = {
        CARGO_HOME: (0,external_node_path_.join)(options.scratch, 'cargo-home'),
        RUSTC: tc.rustc,
        RUSTC_WRAPPER: '',
        RUSTC_WORKSPACE_WRAPPER: '',
        ...(tc.toolchain ? { RUSTUP_TOOLCHAIN: tc.toolchain } : {}),
    };
    const r = await run(tc.cargo, args, {
        cwd: options.scratch,
        env: (0,child_env/* scrubbedEnv */.wS)(inheritedEnv, { ...pinned, ...options.env }),
        timeoutMs: options.timeoutMs ?? 300_000,
    });
    if (r.code !== 0) {
        const why = r.timedOut ? 'timed out' : `exited with ${r.code ?? r.signal}`;
        const tail = r.stderr.trim().split('\n').slice(-8).join('\n');
        throw new io/* ConfigurationError */.j(`cargo ${args.join(' ')} ${why}:\n${tail}`);
    }
    return licensesFromMetadata(r.stdout, `cargo metadata (${options.manifestPath})`);
}
function sourceBounds(roots) {
    const abs = [...new Set(roots.map((r) => (0,external_node_path_.resolve)(r)))];
    return { roots: abs, realRoots: abs.map((r) => (0,real_path/* realPathWithin */.Nm)(r, [])?.real ?? r) };
}
/**
 * The path to read for `file`: its real path when it lies within the bounds (or when there are none), a
 * finding when a link carries it out, undefined when it does not exist.
 */
function guard(file, bounds) {
    const r = (0,real_path/* realPathWithin */.Nm)(file, bounds?.realRoots ?? []);
    if (!r)
        return undefined;
    if (!bounds || r.within)
        return { real: r.real };
    return {
        finding: cargoFindings.make('license-source-link-outside', `${file} is a symbolic link out of the license source and the workspace (to ${r.real}); it was not read`, {
            file, hint: 'Commit the file itself, or give the directory it points at as a license-sources entry.',
        }),
    };
}
function readManifestFields(text, file) {
    let toml;
    try {
        toml = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const line = e.line;
        return cargoFindings.make('crate-manifest-malformed', `cannot parse Cargo.toml: ${e.message.split('\n')[0]}`, {
            file,
            ...(line !== undefined ? { line } : {}),
        });
    }
    const pkg = (toml['package'] ?? toml['project']);
    if (typeof pkg !== 'object' || pkg === null) {
        return cargoFindings.make('crate-manifest-no-package', 'Cargo.toml has no [package] table', { file });
    }
    const inherits = (v) => typeof v === 'object' && v !== null && v.workspace === true;
    const out = {
        licenseInherited: inherits(pkg['license']),
        licenseFileInherited: inherits(pkg['license-file']),
        versionInherited: inherits(pkg['version']),
    };
    if (typeof pkg['name'] === 'string')
        out.name = pkg['name'];
    if (typeof pkg['version'] === 'string')
        out.version = pkg['version'];
    if (typeof pkg['license'] === 'string')
        out.license = pkg['license'];
    if (typeof pkg['license-file'] === 'string')
        out.licenseFile = pkg['license-file'];
    return out;
}
/**
 * Walk up from a member's directory to the Cargo.toml with `[workspace]` (as cargo does), at most 32 levels;
 * with bounds, only through directories inside them, and never through a link out of them.
 */
async function findWorkspacePackage(memberDir, bounds, findings) {
    let dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(memberDir));
    for (let i = 0; i < 32; i++) {
        if (bounds && !bounds.roots.some((r) => (0,real_path/* isWithin */.UO)(r, dir)))
            break;
        const file = (0,external_node_path_.join)(dir, 'Cargo.toml');
        const g = guard(file, bounds);
        if (g && 'finding' in g)
            findings.push(g.finding);
        const pkg = g && 'real' in g ? await workspacePackageIn(g.real) : undefined;
        if (pkg)
            return { file, pkg };
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/**
 * The `[workspace.package]` table of a Cargo.toml (`{}` when it has `[workspace]` without one), or undefined when
 * it is not a workspace root or cannot be read; each file parsed once while it is unchanged (size and time): 1,000
 * vendored crates inheriting their license from a 400 KB root parsed it 1,000 times (20 s).
 */
async function workspacePackageIn(real) {
    const st = await (0,promises_.stat)(real).catch(() => undefined);
    if (!st)
        return undefined;
    const hit = workspaceRoots.get(real);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs)
        return hit.pkg;
    const text = await (0,promises_.readFile)(real, 'utf8').catch(() => undefined);
    let pkg;
    if (text !== undefined) {
        try {
            const toml = (0,dist/* parse */.qg)(text);
            const ws = toml['workspace'];
            if (ws && typeof ws === 'object')
                pkg = ws['package'] ?? {};
        }
        catch {
            // Not our problem here: the member's own finding says the license is unresolved.
        }
    }
    if (workspaceRoots.size >= 256)
        workspaceRoots.clear();
    workspaceRoots.set(real, { size: st.size, mtimeMs: st.mtimeMs, pkg });
    return pkg;
}
const workspaceRoots = new Map();
/**
 * Read one crate directory's Cargo.toml. The workspace root is looked up only when a field says
 * `workspace = true` (published crates never do: `cargo package` resolves inheritance).
 */
async function readCrateDirectory(dir, bounds) {
    const file = (0,external_node_path_.join)(dir, 'Cargo.toml');
    const g = guard(file, bounds);
    if (g && 'finding' in g)
        return { findings: [g.finding] };
    const text = g ? await (0,promises_.readFile)(g.real, 'utf8').catch(() => undefined) : undefined;
    if (text === undefined)
        return { findings: [cargoFindings.make('crate-manifest-missing', `no Cargo.toml in ${dir}`, { file: dir })] };
    const m = readManifestFields(text, file);
    if ('severity' in m)
        return { findings: [m] };
    const findings = [];
    let inherited = false;
    if (m.licenseInherited || m.licenseFileInherited || m.versionInherited) {
        const ws = await findWorkspacePackage(dir, bounds, findings);
        if (!ws) {
            findings.push(cargoFindings.make('workspace-root-missing', 'license.workspace = true but no workspace root Cargo.toml was found above it', { file }));
        }
        else {
            if (m.licenseInherited) {
                if (typeof ws.pkg['license'] === 'string') {
                    m.license = ws.pkg['license'];
                    inherited = true;
                }
                else {
                    findings.push(cargoFindings.make('workspace-license-missing', `license.workspace = true but ${ws.file} has no [workspace.package] license`, { file }));
                }
            }
            if (m.licenseFileInherited && typeof ws.pkg['license-file'] === 'string') {
                m.licenseFile = ws.pkg['license-file'];
                inherited = true;
            }
            if (m.versionInherited && typeof ws.pkg['version'] === 'string')
                m.version = ws.pkg['version'];
        }
    }
    if (m.name === undefined || m.version === undefined) {
        findings.push(cargoFindings.make('crate-manifest-incomplete', 'Cargo.toml has no package name or version', { file }));
        return { findings };
    }
    const info = { name: m.name, version: m.version, origin: 'directory', from: dir, file: (0,external_node_path_.resolve)(file) };
    if (m.license !== undefined)
        info.license = m.license;
    if (m.licenseFile !== undefined)
        info.licenseFile = m.licenseFile;
    if (inherited)
        info.inherited = true;
    const describes = await unpackedFrom(dir, bounds);
    if (describes)
        info.describes = describes;
    return { info, findings };
}
/**
 * What a crate directory was unpacked from, by the marker cargo leaves: `.cargo-checksum.json` in a vendored
 * crate (`cargo vendor`, a directory source such as Debian's registry), whose `package` checksum is null for a
 * git crate; `.cargo-ok` in a crate cargo unpacked from its registry (`~/.cargo/registry/src`). Neither:
 * undefined (a crate directory given as itself speaks for any kind; see `vendored` for one found in a source).
 */
async function unpackedFrom(dir, bounds) {
    const marker = async (name) => {
        const g = guard((0,external_node_path_.join)(dir, name), bounds);
        return g && !('finding' in g) ? (0,promises_.readFile)(g.real, 'utf8').catch(() => undefined) : undefined;
    };
    const checksums = await marker('.cargo-checksum.json');
    if (checksums !== undefined) {
        let pkg;
        try {
            pkg = JSON.parse(checksums)?.package;
        }
        catch {
            // unreadable: vendored all the same, from a registry or git
            return ['registry', 'git'];
        }
        return pkg === null ? ['git'] : ['registry'];
    }
    return (await marker('.cargo-ok')) !== undefined ? ['registry'] : undefined;
}
// ---------------------------------------------------------------------------------------------------------
// .crate tarballs
/** Decompressed size above which a .crate is refused (a real crate is a few MiB). */
const MAX_CRATE_BYTES = 256 * 1024 * 1024;
/** Entries read before giving up on finding Cargo.toml. */
const MAX_TAR_ENTRIES = 100_000;
function tarString(buf, start, len) {
    const slice = buf.subarray(start, start + len);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}
function tarSize(buf, start) {
    // Base-256 (GNU) when the high bit is set; octal text otherwise.
    if ((buf[start] & 0x80) !== 0) {
        let n = 0;
        for (let i = start + 1; i < start + 12; i++)
            n = n * 256 + buf[i];
        return n;
    }
    const text = tarString(buf, start, 12).trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return undefined;
    return parseInt(text, 8);
}
/** The content of one file in a tar archive, or undefined. Understands ustar prefixes, GNU `L` and pax `path`. */
function findInTar(tar, wanted) {
    let off = 0;
    let longName;
    for (let n = 0; n < MAX_TAR_ENTRIES && off + 512 <= tar.length; n++) {
        const header = tar.subarray(off, off + 512);
        if (header.every((b) => b === 0))
            return undefined;
        const size = tarSize(tar, off + 124);
        if (size === undefined || off + 512 + size > tar.length)
            return undefined;
        const type = String.fromCharCode(header[156] || 0x30);
        const data = tar.subarray(off + 512, off + 512 + size);
        let path = tarString(tar, off, 100);
        const magic = tarString(tar, off + 257, 6);
        if (magic.startsWith('ustar')) {
            const prefix = tarString(tar, off + 345, 155);
            if (prefix)
                path = `${prefix}/${path}`;
        }
        if (longName !== undefined) {
            path = longName;
            longName = undefined;
        }
        off += 512 + Math.ceil(size / 512) * 512;
        if (type === 'L') {
            // the name and the NULs that pad it (`/\0+$/` tried again from every NUL: 160,000 of them, 43 s)
            const text = data.toString('utf8');
            let end = text.length;
            while (end > 0 && text.charCodeAt(end - 1) === 0)
                end--;
            longName = text.slice(0, end);
            continue;
        }
        if (type === 'x') {
            const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
            if (m)
                longName = m[1];
            continue;
        }
        if ((type === '0' || type === '7') && wanted(path.replace(/^\.\//, '')))
            return { path, data };
    }
    return undefined;
}
/** Read the license fields from a `.crate` (Gentoo DISTDIR, `cargo package` output). */
async function readCrateTarball(path, bounds) {
    const fail = (code, message) => ({ findings: [cargoFindings.make(code, message, { file: path })] });
    const g = guard(path, bounds);
    if (g && 'finding' in g)
        return { findings: [g.finding] };
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(await (0,promises_.readFile)(g?.real ?? path), { maxOutputLength: MAX_CRATE_BYTES });
    }
    catch (e) {
        return fail('crate-tarball-unreadable', `cannot decompress: ${e.message}`);
    }
    const stem = (0,external_node_path_.basename)(path).replace(/\.crate$/, '');
    // The manifest sits at `<name>-<version>/Cargo.toml`; fall back to any top-level one.
    const hit = findInTar(tar, (p) => p === `${stem}/Cargo.toml`) ?? findInTar(tar, (p) => /^[^/]+\/Cargo\.toml$/.test(p));
    if (!hit)
        return fail('crate-tarball-no-manifest', `no ${stem}/Cargo.toml inside`);
    const m = readManifestFields(hit.data.toString('utf8'), `${path}!${hit.path}`);
    if ('severity' in m)
        return { findings: [m] };
    if (m.name === undefined || m.version === undefined)
        return fail('crate-manifest-incomplete', 'Cargo.toml has no package name or version');
    // a `.crate` is what a registry serves
    const info = { name: m.name, version: m.version, origin: 'crate-tarball', from: path, file: (0,external_node_path_.resolve)(path), describes: ['registry'] };
    if (m.license !== undefined)
        info.license = m.license;
    if (m.licenseFile !== undefined)
        info.licenseFile = m.licenseFile;
    return { info, findings: [] };
}
// ---------------------------------------------------------------------------------------------------------
// Directory scanning
const isFile = async (p) => (await (0,promises_.stat)(p).catch(() => undefined))?.isFile() ?? false;
/** The `.crate` file name of a crate, as cargo and Gentoo's DISTDIR write it. */
function crateFileName(name, version) {
    return `${name}-${version}.crate`;
}
function wantedCrates(packages) {
    const files = new Set();
    const git = new Set();
    for (const p of packages) {
        const kind = licenseKind(p.sourceKind);
        if (kind === 'registry')
            files.add(crateFileName(p.name, p.version));
        else if (kind === 'git')
            git.add(`${p.name}-${p.version}`).add(p.name);
    }
    return { files, only: git.size === 0, git };
}
/** {@link WantedCrates} as {@link CollectOptions}. */
function wantedOptions(w) {
    return { wantedCrates: w.files, wantedOnly: w.only, wantedGit: w.git };
}
/**
 * Every crate under `root`: root itself when it holds a Cargo.toml; otherwise its children that hold one
 * (vendor, Debian registry) or are `.crate` files (DISTDIR); and one level further for
 * `~/.cargo/registry/src/<index>/`. Unreadable entries are findings. With `wanted` (file names from
 * {@link crateFileName}), only those `.crate` files are opened: a DISTDIR holds the crates of every package
 * on the machine, and decompressing them all would make the cost follow the DISTDIR instead of the lock. With
 * `wantedOnly` too (see {@link WantedCrates}), when every wanted crate lies in `root` as its `.crate` or its
 * `<name>-<version>/` directory, they are opened by name and `root` is not listed: listing a DISTDIR of 5,000
 * distfiles cost more than reading a lock's five crates, and reading every crate of Debian's registry (111 here,
 * thousands on a build host) ~1 ms each. The same holds one level down, in the index directories of cargo's
 * `registry/src` (every crate a machine's builds ever unpacked) and `registry/cache`: where every wanted crate is
 * in one of them, only those are read; there, the git packages' directory names (`wantedGit`) are read where
 * they are found and do not make the source listed where they are not.
 */
async function licensesFromDirectory(root, wanted, within = [], wantedOnly = false, wantedGit) {
    const licenses = new Map();
    const findings = [];
    // every file read must really lie in the source (or in `within`, the workspace): a link out is skipped
    const bounds = sourceBounds([root, ...within]);
    const add = (r) => {
        (0,finding/* pushAll */.iI)(findings, r.findings);
        if (r.info)
            putLicense(licenses, r.info);
    };
    if (!(await isDir(root)))
        throw new io/* ConfigurationError */.j(`license source '${root}' is not a directory`);
    if (await isFile((0,external_node_path_.join)(root, 'Cargo.toml'))) {
        add(await readCrateDirectory(root, bounds));
        return { licenses, findings };
    }
    if (wanted && wantedOnly && wanted.size > 0) {
        // Each wanted crate as a `.crate` or as its unpacked `<name>-<version>/`: in `root` (a DISTDIR, Debian's
        // registry, a vendor directory of versioned names), else in the index directories below it (cargo's
        // `registry/src/<index>/` and `registry/cache/<index>/`). One miss (a vendor directory of bare names, a crate
        // not fetched) and the source is listed as before, after one look, not one per crate.
        const names = [...wanted].sort((a, b) => a.localeCompare(b));
        const found = (await findByName([root], names, bounds)) ?? (await findByName(await indexDirectories(root), names, bounds));
        if (found) {
            for (const read of found)
                add(await read());
            return { licenses, findings };
        }
    }
    else if (wanted && wantedGit && wantedGit.size > 0) {
        // Git packages too. Below index directories (cargo's registry, which never holds a git crate: cargo checks
        // those out under `git/checkouts`; or directories of vendor directories) each is looked for by its names,
        // `<name>-<version>/` and `<name>/`, and read where found; one not found is not a reason to read every crate
        // of a cargo home. The registry crates must all be there, as above.
        const index = await indexDirectories(root);
        const found = await findByName(index, [...wanted].sort((a, b) => a.localeCompare(b)), bounds, [...wantedGit]);
        if (found) {
            for (const read of found)
                add(await read());
            return { licenses, findings };
        }
    }
    const scan = async (dir, depth) => {
        // A plain file is read only when it is a wanted `.crate`: the rest (a DISTDIR's other distfiles and other
        // packages' crates, tens of thousands on a build host) is dropped before the sort, which then orders a few
        // entries instead of every one of them.
        const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true }))
            .filter((e) => !e.isFile() || (e.name.endsWith('.crate') && (!wanted || wanted.has(e.name))))
            .sort((a, b) => a.name.localeCompare(b.name));
        for (const e of entries) {
            const p = (0,external_node_path_.join)(dir, e.name);
            const crateFile = e.name.endsWith('.crate');
            if (crateFile && wanted && !wanted.has(e.name))
                continue;
            let kind = e.isFile() ? 'file' : e.isDirectory() ? 'dir' : undefined;
            if (e.isSymbolicLink()) {
                // a link is followed only where it stays inside: a crate directory or .crate linked out is not read
                const g = guard(p, bounds);
                if (!g)
                    continue;
                if ('finding' in g) {
                    if (crateFile || (await isDir(p)))
                        findings.push(g.finding);
                    continue;
                }
                const st = await (0,promises_.stat)(g.real).catch(() => undefined);
                kind = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : undefined;
            }
            if (kind === 'file' && crateFile)
                add(await readCrateTarball(p, bounds));
            else if (kind === 'dir') {
                if (await isFile((0,external_node_path_.join)(p, 'Cargo.toml')))
                    add(vendored(await readCrateDirectory(p, bounds)));
                else if (depth > 0)
                    await scan(p, depth - 1);
            }
        }
    };
    await scan(root, 1);
    return { licenses, findings };
}
/**
 * Readers of the crates `names` (`.crate` file names) and of the directory names `optional`, as a listing of `dirs`
 * (in order, each sorted as `localeCompare` sorts) would read them: every copy, a `<name>-<version>.crate` and an
 * unpacked `<name>-<version>/` (or an optional `<name>/`) in any of `dirs`, each entry once, in that order, so
 * that the same entries are kept as the listing keeps (a later read replaces an earlier one; a read that fails
 * replaces nothing). Undefined when one of `names` is in none of `dirs`.
 */
async function findByName(dirs, names, bounds, optional = []) {
    if (dirs.length === 0 || names.length + optional.length === 0)
        return undefined;
    const look = async (crate, dirName) => {
        const hits = [];
        for (let at = 0; at < dirs.length; at++) {
            const dir = (0,external_node_path_.join)(dirs[at], dirName);
            if (await isFile((0,external_node_path_.join)(dir, 'Cargo.toml')))
                hits.push({ at, entry: dirName, read: async () => vendored(await readCrateDirectory(dir, bounds)) });
            if (crate !== undefined) {
                const file = (0,external_node_path_.join)(dirs[at], crate);
                if (await isFile(file))
                    hits.push({ at, entry: crate, read: () => readCrateTarball(file, bounds) });
            }
        }
        return hits;
    };
    const crateDir = (n) => n.slice(0, -'.crate'.length);
    // the first crate that must be there is looked for first: a source without it is given up after one look
    const first = names.length > 0 ? await look(names[0], crateDir(names[0])) : [];
    if (names.length > 0 && first.length === 0)
        return undefined;
    const found = [first, ...(await Promise.all([...names.slice(1).map((n) => look(n, crateDir(n))), ...optional.map((d) => look(undefined, d))]))];
    if (found.slice(0, names.length).some((h) => h.length === 0))
        return undefined;
    // each entry once (a git package's `<name>-<version>/` is a registry crate's unpacked directory too)
    const entries = new Map();
    for (const h of found.flat())
        entries.set(`${h.at}/${h.entry}`, h);
    return [...entries.values()].sort((x, y) => x.at - y.at || x.entry.localeCompare(y.entry)).map((h) => h.read);
}
/** At most this many index directories are looked into by name (cargo's home has one or two per registry). */
const MAX_INDEX_DIRECTORIES = 16;
/**
 * The directories of `root` when it is laid out as cargo's `registry/src` or `registry/cache`: nothing but
 * plain directories (no file, no link, none a crate itself), at most {@link MAX_INDEX_DIRECTORIES}, in the
 * order a listing reads them; otherwise none. Read entry by entry and given up at the first that does not fit:
 * a DISTDIR or a vendor directory that missed a crate is listed once, by the listing that follows, not twice.
 */
async function indexDirectories(root) {
    const dirs = [];
    let handle;
    try {
        handle = await (0,promises_.opendir)(root);
        for (let e = await handle.read(); e !== null; e = await handle.read()) {
            if (!e.isDirectory() || dirs.length === MAX_INDEX_DIRECTORIES || (await isFile((0,external_node_path_.join)(root, e.name, 'Cargo.toml'))))
                return [];
            dirs.push(e.name);
        }
    }
    catch {
        return [];
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
    return dirs.sort((a, b) => a.localeCompare(b)).map((d) => (0,external_node_path_.join)(root, d));
}
/**
 * A crate found inside a directory source (a vendor directory, a registry) without cargo's marker is still one
 * of the third-party crates such a directory holds: it speaks for a registry or git package, never for a path
 * crate of the project (which a directory given as the crate itself, or `cargo`, describes).
 */
function vendored(r) {
    if (r.info && r.info.describes === undefined)
        r.info.describes = ['registry', 'git'];
    return r;
}
// ---------------------------------------------------------------------------------------------------------
// All sources together

/**
 * Read every source in order; the first source that knows a crate wins, later ones fill gaps. A source is
 * `cargo` (run cargo metadata), a `.json` file (its output), or a directory (see licensesFromDirectory).
 * Relative paths are resolved inside the workspace and may not climb out of it; absolute paths (a Debian
 * registry, `~/.cargo/registry/src`) are taken as given.
 */
async function collectLicenses(specs, options) {
    const licenses = new Map();
    const findings = [];
    const read = [];
    for (const spec of specs.map((s) => s.trim()).filter(Boolean)) {
        let set;
        if (spec === 'cargo') {
            if (!options.run || !options.scratch)
                throw new io/* ConfigurationError */.j("license source 'cargo' needs a way to run cargo (the run and scratch ports)");
            set = await runCargoMetadata(options.run, {
                scratch: await options.scratch(),
                manifestPath: options.manifestPath,
                ...(options.offline !== undefined ? { offline: options.offline } : {}),
                ...(options.env !== undefined ? { env: options.env } : {}),
            });
        }
        else {
            const path = confine(options.workspace, spec);
            const expected = "expected 'cargo', a .json file written by cargo metadata, or a directory of crates";
            if (spec.endsWith('.json')) {
                const text = await (0,promises_.readFile)(path, 'utf8').catch((e) => {
                    throw new io/* ConfigurationError */.j(`license-sources entry '${spec}' cannot be read (${e.code ?? e.message}); ${expected}`);
                });
                set = licensesFromMetadata(text, spec);
                for (const info of set.licenses.values())
                    info.file = path;
            }
            else {
                if (!(await isDir(path)))
                    throw new io/* ConfigurationError */.j(`license-sources entry '${spec}' is not a directory (${path}); ${expected}`);
                set = await licensesFromDirectory(path, options.wantedCrates, [options.workspace], options.wantedOnly, options.wantedGit);
            }
        }
        read.push(spec);
        (0,finding/* pushAll */.iI)(findings, set.findings);
        for (const [k, v] of set.licenses)
            if (!licenses.has(k))
                licenses.set(k, v);
    }
    return { licenses, findings, read };
}
function confine(workspace, spec) {
    if ((0,external_node_path_.isAbsolute)(spec))
        return spec;
    const abs = (0,external_node_path_.resolve)(workspace, spec);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), abs);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new io/* ConfigurationError */.j(`license-sources entry '${spec}' is outside the workspace; give an absolute path if that is intended`);
    }
    // As written is not enough: the checkout is the pull request's, and a committed `meta.json -> /proc/self/environ`
    // or `vendor -> /home/runner` would be read from outside it.
    const real = realOrSelf(abs);
    const realRel = (0,external_node_path_.relative)(realOrSelf((0,external_node_path_.resolve)(workspace)), real);
    if (realRel.startsWith('..') || (0,external_node_path_.isAbsolute)(realRel)) {
        throw new io/* ConfigurationError */.j(`license-sources entry '${spec}' leads outside the workspace through a symbolic link (to '${real}'); give an absolute path if that is intended`);
    }
    return abs;
}
function realOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}

;// CONCATENATED MODULE: ./shared/cargo/audit.ts
/**
 * The crate license audit: every package of the head Cargo.lock judged by the policy, who pulls it in, and
 * (with a base lock) what the change adds, removes, updates and newly duplicates. The result is plain
 * JSON-able data: the action writes it as the `report` output file and report.ts renders it.
 */









/** Names kept from the start and the end of a long dependency path in the report. */
const PATH_HEAD = 3;
const PATH_TAIL = 4;
/**
 * What stands for the names left out of a long path: three ASCII dots (no crate name has a dot). `…` made every
 * such row's JSON a two-byte string in V8 (one character outside Latin-1 is enough), twice the memory for the
 * same text: a 5,000-crate chain's rows took 22–27 ms to serialize against 15 with the dots.
 */
const PATH_ELIDED = '...';
const PROBLEM_RANK = { denied: 0, 'invalid-spdx': 1, unknown: 2, 'needs-review': 3, allowed: 4 };
const FINDING_CODE = {
    denied: 'crate-license-denied',
    unknown: 'crate-license-unknown',
    'invalid-spdx': 'crate-license-invalid',
    'needs-review': 'crate-license-needs-review',
};
function failCategory(v) {
    if (v === 'denied')
        return 'denied';
    if (v === 'invalid-spdx')
        return 'invalid-spdx';
    if (v === 'unknown' || v === 'needs-review')
        return 'unknown';
    return undefined;
}
function isContext(p) {
    return 'policy' in p;
}
function normalised(text) {
    if (text === undefined)
        return undefined;
    const p = parseExpression(text);
    return p.ok ? p.expression : text.trim();
}
/**
 * Rows and their dependent counts are made by constructors, not object literals. V8 allocates the objects of
 * a literal whose objects outlive a collection straight in the old generation ("allocation-site
 * pretenuring"); an audit's thousands of rows all live until the report is written, so their literal was
 * pretenured, and every young string and array stored into an old row then took the slow write barrier: a
 * 5,000-crate chain audited about a third slower. Keys keep the literal's order (the parameters'), so the
 * JSON and every comparison are unchanged. Fields are `declare`d and set once, in the constructor: a parameter
 * property (or a plain field) becomes an ES2022 class field, which defines each property as undefined before
 * the constructor sets it, two writes for each (in the bundle too; a fresh process runs them uncompiled).
 */
class Dependents {
    constructor(direct, transitive) {
        this.direct = direct;
        this.transitive = transitive;
    }
}
class Row {
    constructor(id, name, version, sourceKind, line, verdict, reason, corrections, dependents, source, license, expression, licenseFile, licenseFrom, satisfiedBy, clarifiedBy, exceptionUsed, path, depth, change) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.sourceKind = sourceKind;
        this.line = line;
        this.verdict = verdict;
        this.reason = reason;
        this.corrections = corrections;
        this.dependents = dependents;
        this.source = source;
        this.license = license;
        this.expression = expression;
        this.licenseFile = licenseFile;
        this.licenseFrom = licenseFrom;
        this.satisfiedBy = satisfiedBy;
        this.clarifiedBy = clarifiedBy;
        this.exceptionUsed = exceptionUsed;
        this.path = path;
        this.depth = depth;
        this.change = change;
    }
}
/** Rows in report order: problems first (by rank), then by name and version as strings. */
function rowOrder(a, b) {
    return (PROBLEM_RANK[a.verdict] - PROBLEM_RANK[b.verdict] ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}
/**
 * Sorts the rows into {@link rowOrder} (stably). Most rows are allowed and arrive in lock order, which cargo
 * sorts by name: the problem rows are taken out first, and each group is sorted only when it is out of order
 * (one pass to look), so a lock cargo wrote costs a linear pass plus the sort of its few problem rows.
 */
function sortRows(rows) {
    const problems = [];
    const allowed = [];
    for (const r of rows)
        (r.verdict === 'allowed' ? allowed : problems).push(r);
    if (!inOrder(allowed))
        allowed.sort(rowOrder);
    if (!inOrder(problems))
        problems.sort(rowOrder);
    let k = 0;
    for (const r of problems)
        rows[k++] = r;
    for (const r of allowed)
        rows[k++] = r;
}
function inOrder(rows) {
    for (let i = 1; i < rows.length; i++)
        if (rowOrder(rows[i - 1], rows[i]) > 0)
            return false;
    return true;
}
/**
 * Each list of corrections (one per distinct license text: spdx.ts caches its parse) as its messages, made once
 * and shared by the rows of that text (frozen: no row can change another's).
 */
const correctionMessages = new WeakMap();
function messagesOf(corrections) {
    let m = correctionMessages.get(corrections);
    if (!m)
        correctionMessages.set(corrections, (m = Object.freeze(corrections.map((c) => c.message))));
    return m;
}
const NO_MESSAGES = Object.freeze([]);
/** `name version` at the position of each package whose name has several packages in the lock, else nothing. */
function severalVersionLabels(graph) {
    const { packages, byName } = graph.lock;
    let labels;
    for (const list of byName.values()) {
        if (list.length < 2)
            continue;
        labels ??= new Array(packages.length).fill(undefined);
        for (const q of list) {
            // where the reader put it, or (a lock made from other packages) where the graph finds it
            let k = packagePosition(q);
            if (packages[k] !== q)
                k = positionOf(graph, q.id);
            if (k >= 0)
                labels[k] = `${q.name} ${q.version}`;
        }
    }
    return labels;
}
function auditCrates(input) {
    const { head, base } = input;
    const ctx = isContext(input.policy) ? input.policy : compilePolicy(input.policy);
    const failOn = [...input.failOn];
    const graph = buildGraph(head);
    const counts = dependentCountArrays(graph);
    const paths = rootPaths(graph);
    const show = (id) => {
        const p = packageOf(graph, id);
        return p ? displayNameOf(head, p) : id;
    };
    // Capped so a deep chain costs linear time and a bounded report, not the sum of all path lengths.
    // Display names by position: `name`, or `name version` for the names with several packages (each made once,
    // where every path through such a crate made its own, and a set of them cost ~1.5 ms per 5,000 packages).
    const labels = severalVersionLabels(graph);
    const nameAt = (k) => labels?.[k] ?? head.packages[k].name;
    const pathAt = (i) => {
        const p = paths.cappedLabels(i, PATH_HEAD, PATH_TAIL, nameAt, PATH_ELIDED);
        return p && { names: p.labels, depth: p.depth };
    };
    const diff = base ? diffLocks(base, head) : undefined;
    const added = new Set(diff?.added);
    const updated = new Set(diff?.updated.map((u) => u.to));
    const findings = [...ctx.policy.findings];
    const rows = [];
    const rowAt = new Array(head.packages.length);
    // The row of a head package, for the diff's few lookups, through the graph's index by id.
    const rowOf = (p) => rowAt[positionOf(graph, p.id)];
    const workspaceMembers = [];
    const replaced = head.replacements;
    head.packages.forEach((p, i) => {
        // `[replace]`d: not built (its dependents use the replacement, which has the row), so not judged
        if (replaced?.has(p.id))
            return;
        const key = packageLicenseKey(p);
        const info = input.licenses.get(key);
        if (p.source === undefined && !input.judgePaths?.has(p.id)) {
            workspaceMembers.push({ name: p.name, version: p.version, ...(info?.license !== undefined ? { license: info.license } : {}) });
            return;
        }
        const crate = { name: p.name, version: p.version };
        if (info?.license !== undefined)
            crate.license = info.license;
        if (info?.licenseFile !== undefined)
            crate.licenseFile = info.licenseFile;
        const ev = evaluateCrate(ctx, crate);
        const declaredIn = input.declaredByPr?.get(key);
        if (declaredIn !== undefined && ev.verdict === 'allowed' && !ev.clarifiedBy) {
            ev.verdict = 'needs-review';
            ev.reason = `license declared by this pull request (${declaredIn}), not by the crate's registry`;
        }
        const path = pathAt(i);
        // Every key in its final order at once (no property added later); absent ones are undefined, which JSON
        // leaves out, so the report reads as if they were never set.
        const row = new Row(p.id, p.name, p.version, p.sourceKind, p.line, ev.verdict, info === undefined && !ev.clarifiedBy ? 'no license source knows this crate (add it to license-sources)' : ev.reason, ev.corrections.length ? messagesOf(ev.corrections) : NO_MESSAGES, new Dependents(counts.direct[i], counts.transitive[i]), p.source, info?.license, ev.expression, info?.licenseFile, info?.from, ev.satisfiedBy || undefined, ev.clarifiedBy || undefined, ev.exceptionUsed || undefined, path?.names, path?.depth, diff ? (added.has(p) ? 'added' : updated.has(p) ? 'updated' : 'unchanged') : undefined);
        rows.push(row);
        rowAt[i] = row;
    });
    sortRows(rows);
    for (const r of rows) {
        if (r.verdict === 'allowed')
            continue;
        const cat = failCategory(r.verdict);
        const via = r.path && r.path.length > 1 ? `; pulled in by ${r.path.join(' → ')}` : '';
        findings.push(cargoFindings.make(FINDING_CODE[r.verdict], `${r.name} ${r.version}: ${r.reason}${via}`, {
            severity: cat && failOn.includes(cat) ? 'error' : 'warning',
            file: head.file,
            line: r.line,
            ...(r.verdict === 'needs-review' || r.verdict === 'unknown' ? { hint: 'add a clarify entry to the policy once the license is checked' } : {}),
        }));
    }
    let auditDiff;
    if (diff && base) {
        const baseLicenses = input.baseLicenses ?? input.licenses;
        // Base-only versions: one lookup (two only when separate base licenses were given); head versions
        // were looked up once already and sit in their rows.
        const licOf = (p) => {
            const key = packageLicenseKey(p);
            const info = baseLicenses.get(key) ?? (baseLicenses === input.licenses ? undefined : input.licenses.get(key));
            return info?.license;
        };
        // a `[replace]`d package is not built: no row, and no line among the changes that enter the build
        const built = (p) => !replaced?.has(p.id);
        const updated = diff.updated.filter((u) => built(u.to)).map((u) => {
            const fromLicense = licOf(u.from);
            const toLicense = rowOf(u.to)?.license;
            const row = {
                name: u.name,
                from: u.from.version,
                to: u.to.version,
                class: u.class,
                licenseChanged: fromLicense !== undefined && toLicense !== undefined && normalised(fromLicense) !== normalised(toLicense),
                verdict: rowOf(u.to)?.verdict ?? 'unknown',
                line: u.to.line,
            };
            if (fromLicense !== undefined)
                row.fromLicense = fromLicense;
            if (toLicense !== undefined)
                row.toLicense = toLicense;
            return row;
        });
        const newlyDuplicated = diff.newlyDuplicated.map((d) => ({
            name: d.name,
            versions: d.head.map((p) => p.version),
            baseVersions: d.base.map((p) => p.version),
            dependents: d.head.map((p) => directDependents(graph, p.id).map(show)),
            line: d.head[0]?.line ?? 0,
        }));
        auditDiff = {
            added: diff.added.filter(built).map((p) => {
                const r = rowOf(p);
                const a = { name: p.name, version: p.version, verdict: r?.verdict ?? 'unknown', line: p.line };
                if (r?.license !== undefined)
                    a.license = r.license;
                if (r?.path)
                    a.path = r.path;
                return a;
            }),
            removed: diff.removed.map((p) => {
                const lic = licOf(p);
                return { name: p.name, version: p.version, ...(lic !== undefined ? { license: lic } : {}) };
            }),
            updated,
            newlyDuplicated,
            licenseChanged: updated.filter((u) => u.licenseChanged),
            checksumChanged: diff.checksumChanged.map((c) => ({ name: c.head.name, version: c.head.version, line: c.head.line })),
            workspace: {
                added: diff.workspace.added.map((p) => `${p.name} ${p.version}`),
                removed: diff.workspace.removed.map((p) => `${p.name} ${p.version}`),
                changed: diff.workspace.changed.map((u) => `${u.name} ${u.from.version} → ${u.to.version}`),
            },
        };
        for (const d of newlyDuplicated) {
            findings.push(cargoFindings.make('crate-new-duplicate', `${d.name} is now in the lock ${d.versions.length} times (${d.versions.join(', ')})`, {
                severity: failOn.includes('new-duplicate') ? 'error' : 'notice',
                file: head.file,
                line: d.line,
            }));
        }
        for (const u of auditDiff.licenseChanged) {
            findings.push(cargoFindings.make('crate-license-changed', `${u.name} ${u.from} → ${u.to} changes its license from ${u.fromLicense} to ${u.toLicense}`, {
                file: head.file,
                line: u.line,
            }));
        }
        for (const c of auditDiff.checksumChanged) {
            findings.push(cargoFindings.make('crate-checksum-changed', `${c.name} ${c.version} has a different checksum than in the base lock (republished or tampered?)`, {
                file: head.file,
                line: c.line,
            }));
        }
    }
    const denied = rows.filter((r) => r.verdict === 'denied');
    const deniedGraph = pathEdges(graph, denied.slice(0, input.maxGraphTargets ?? 8).map((r) => r.id), paths).map(([a, b]) => [show(a), show(b)]);
    const queries = (input.query ?? []).map((q) => {
        const pkgs = head.byName.get(q.trim()) ?? [];
        return {
            query: q,
            found: pkgs.length > 0,
            crates: pkgs.map((p) => {
                // through the graph's index by id (indexOf per queried version was O(packages), a map by package an
                // identity hash for each of them)
                const i = positionOf(graph, p.id);
                const r = rowAt[i];
                const c = {
                    name: p.name,
                    version: p.version,
                    verdict: r?.verdict ?? 'allowed',
                    dependents: directDependents(graph, p.id).map(show),
                    transitive: counts.transitive[i] ?? 0,
                };
                if (r?.license !== undefined)
                    c.license = r.license;
                const path = pathAt(i)?.names;
                if (path)
                    c.path = path;
                return c;
            }),
        };
    });
    const use = new Map();
    for (const r of rows) {
        const key = r.expression ?? r.license ?? (r.licenseFile ? `license-file ${r.licenseFile}` : '(none)');
        use.set(key, (use.get(key) ?? 0) + 1);
    }
    const licenseUse = [...use].map(([expression, crates]) => ({ expression, crates })).sort((a, b) => b.crates - a.crates || (a.expression < b.expression ? -1 : 1));
    (0,finding/* pushAll */.iI)(findings, unusedPolicyFindings(ctx));
    const verdicts = { allowed: 0, denied: 0, unknown: 0, 'invalid-spdx': 0, 'needs-review': 0 };
    for (const r of rows)
        verdicts[r.verdict]++;
    const count = (v) => verdicts[v];
    const totals = {
        crates: rows.length,
        workspaceMembers: workspaceMembers.length,
        allowed: count('allowed'),
        denied: count('denied'),
        unknown: count('unknown'),
        invalidSpdx: count('invalid-spdx'),
        needsReview: count('needs-review'),
        added: auditDiff?.added.length ?? 0,
        removed: auditDiff?.removed.length ?? 0,
        updated: auditDiff?.updated.length ?? 0,
        newlyDuplicated: auditDiff?.newlyDuplicated.length ?? 0,
        licenseChanged: auditDiff?.licenseChanged.length ?? 0,
        patch: auditDiff?.updated.filter((u) => u.class === 'patch').length ?? 0,
        minor: auditDiff?.updated.filter((u) => u.class === 'minor').length ?? 0,
        breaking: auditDiff?.updated.filter((u) => u.class === 'breaking').length ?? 0,
        downgrade: auditDiff?.updated.filter((u) => u.class === 'downgrade').length ?? 0,
    };
    const failedBecause = [];
    const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
    // Packages the lock parser had to skip were never judged: whatever fail-on says, that is no pass.
    const unreadable = head.findings.filter((f) => f.severity === 'error').length;
    if (unreadable)
        failedBecause.push(`${unreadable} unreadable ${unreadable === 1 ? 'entry' : 'entries'} in ${head.file} (the audit is incomplete)`);
    if (failOn.includes('denied') && totals.denied)
        failedBecause.push(plural(totals.denied, 'denied crate'));
    if (failOn.includes('invalid-spdx') && totals.invalidSpdx)
        failedBecause.push(plural(totals.invalidSpdx, 'crate') + ' with an invalid license expression');
    if (failOn.includes('unknown') && totals.unknown + totals.needsReview) {
        failedBecause.push(plural(totals.unknown + totals.needsReview, 'crate') + ' with an unknown or unreviewed license');
    }
    if (failOn.includes('new-duplicate') && totals.newlyDuplicated)
        failedBecause.push(plural(totals.newlyDuplicated, 'newly duplicated crate'));
    const report = {
        schema: 1,
        lockfile: head.file,
        verdict: failedBecause.length ? 'fail' : 'pass',
        failOn,
        failedBecause,
        totals,
        crates: rows,
        workspaceMembers,
        deniedGraph,
        queries,
        licenseUse,
        findings: (0,finding/* sortFindings */.Tc)(findings),
    };
    if (base)
        report.baseLockfile = base.file;
    if (auditDiff)
        report.diff = auditDiff;
    return report;
}
/** Rows that need a reviewer's eye: every crate whose verdict is not `allowed`. */
function problemRows(report) {
    return report.crates.filter((r) => r.verdict !== 'allowed');
}

;// CONCATENATED MODULE: ./shared/cargo/gentoo-license.ts


function sym(term) {
    return { t: 'sym', key: termKey(term), term };
}
const identity = new WeakMap();
/** Structural identity (boolean.py's `==`: symbols by key, functions by the set of their operands). */
function idOf(e) {
    if (e.t === 'sym')
        return `\u0001${e.key}`;
    let id = identity.get(e);
    if (id === undefined) {
        id = `${e.t}(${[...new Set(e.args.map(idOf))].sort().join('\u0000')})`;
        identity.set(e, id);
    }
    return id;
}
const dual = (t) => (t === 'and' ? 'or' : 'and');
const SORT_ORDER = { sym: 5, and: 10, or: 25 };
/** boolean.py's `a < b` for canonical operands (license symbols compare by text: license_expression). */
function lessThan(a, b) {
    if (a.t !== b.t)
        return SORT_ORDER[a.t] < SORT_ORDER[b.t];
    if (a.t === 'sym')
        return a.key < b.key;
    const bArgs = b.args;
    const n = Math.min(a.args.length, bArgs.length);
    for (let i = 0; i < n; i++) {
        if (idOf(a.args[i]) === idOf(bArgs[i]))
            continue;
        return lessThan(a.args[i], bArgs[i]);
    }
    return a.args.length < bArgs.length;
}
/** boolean.py `DualBase.simplify()` for expressions without NOT (licenses have none). */
function simplify(e) {
    if (e.t === 'sym')
        return e;
    const t = e.t;
    const flat = [];
    for (const a of e.args.map(simplify)) {
        if (a.t === t)
            (0,finding/* pushAll */.iI)(flat, a.args);
        else
            flat.push(a);
    }
    const seen = new Set();
    const args = flat.filter((a) => !seen.has(idOf(a)) && (seen.add(idOf(a)), true));
    if (args.length === 1)
        return args[0];
    // Absorption: an operand of the dual kind that holds another operand goes. The result is the same in any
    // order (containment is transitive: what absorbs an absorber absorbs what it absorbed), so each is asked
    // through an index instead of against every other (N distinct `A OR B` pairs: 4,000 took 8 s).
    const absorbed = absorbedOperands(args, dual(t));
    if (absorbed.size) {
        const kept = args.filter((_, k) => !absorbed.has(k));
        args.length = 0;
        (0,finding/* pushAll */.iI)(args, kept);
    }
    if (args.length === 1)
        return args[0];
    args.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
    return { t, args };
}
/** Positions of the operands of kind `d` that hold another operand (boolean.py's `contains`). */
function absorbedOperands(args, d) {
    const out = new Set();
    const at = new Map();
    args.forEach((a, k) => at.set(idOf(a), k));
    // member id -> the operands of kind d holding it
    const holders = new Map();
    const members = args.map((a, k) => {
        if (a.t !== d)
            return undefined;
        const ids = new Set(a.args.map(idOf));
        for (const m of ids) {
            const list = holders.get(m);
            if (list)
                list.push(k);
            else
                holders.set(m, [k]);
        }
        return ids;
    });
    // holding another operand as a member
    args.forEach((_, j) => {
        const ids = members[j];
        if (!ids)
            return;
        for (const m of ids) {
            const k = at.get(m);
            if (k !== undefined && k !== j) {
                out.add(j);
                return;
            }
        }
    });
    // holding every member of another operand of kind d, found among the holders of its rarest member
    args.forEach((_, i) => {
        const mine = members[i];
        if (!mine || mine.size === 0)
            return;
        let fewest;
        for (const m of mine) {
            const list = holders.get(m);
            if (!fewest || list.length < fewest.length)
                fewest = list;
        }
        for (const j of fewest) {
            if (j === i || out.has(j))
                continue;
            const theirs = members[j];
            let all = true;
            for (const m of mine) {
                if (!theirs.has(m)) {
                    all = false;
                    break;
                }
            }
            if (all)
                out.add(j);
        }
    });
    return out;
}
/** pycargoebuild `spdx_to_ebuild`: ebuild LICENSE tokens; `mapped` gives a symbol's Gentoo value. */
function ebuildTokens(e, mapped, inOr = false) {
    if (e.t === 'and') {
        const inner = e.args.flatMap((a) => ebuildTokens(a, mapped, false));
        return inOr ? ['(', ...inner, ')'] : inner;
    }
    if (e.t === 'or') {
        const inner = e.args.flatMap((a) => ebuildTokens(a, mapped, true));
        return inOr ? inner : ['||', '(', ...inner, ')'];
    }
    if (e.t !== 'sym')
        return [];
    const words = mapped(e.term).split(/\s+/).filter(Boolean);
    if (words.length > 1 && inOr)
        return isPureOr(words) ? words.slice(2, -1) : ['(', ...words, ')'];
    return words;
}
/** `|| ( … )` and nothing after its closing parenthesis. */
function isPureOr(words) {
    if (words[0] !== '||' || words[1] !== '(')
        return false;
    let level = 1;
    for (const w of words.slice(2)) {
        if (w === ')')
            level--;
        else if (level === 0)
            return false;
        else if (w === '(')
            level++;
    }
    return true;
}
/**
 * pycargoebuild `format_license_var(value, prefix=…)` with `line_width` 72: the text that goes between the
 * quotes after `prefix` (`LICENSE+="`), either ` a b c` on one line or `\n\t…\n` lines.
 */
function formatLicenseVar(tokens, prefix = 'LICENSE+=" ', lineWidth = 72) {
    const value = tokens.join(' ');
    let i = 0;
    const group = (g) => {
        while (i < tokens.length) {
            const tok = tokens[i++];
            if (tok === '||' || tok === '(') {
                const pre = tok === '||' ? [tok, tokens[i++]] : [tok];
                g.values.push(group({ prefix: pre, values: [], suffix: [] }));
            }
            else if (tok === ')') {
                g.suffix.push(tok);
                return g;
            }
            else
                g.values.push(tok);
        }
        return g;
    };
    const ast = group({ prefix: [], values: [], suffix: [] });
    const flat = ast.values.every((v) => typeof v === 'string');
    const oneFlatGroup = !flat && ast.values.length === 1 && ast.values[0].values.every((v) => typeof v === 'string');
    if ((flat || oneFlatGroup) && prefix.length + value.length + 1 <= lineWidth)
        return ` ${value}`.replace(/^ $/, '');
    const lines = [];
    const formatInto = (indent, g) => {
        let span = [];
        for (const v of [...g.values, undefined]) {
            if (typeof v === 'string') {
                span.push(v);
                continue;
            }
            if (span.length)
                lines.push({ indent, tokens: span });
            span = [];
            if (v === undefined)
                return;
            if (v.values.every((x) => typeof x === 'string')) {
                const sub = [...v.prefix, ...v.values, ...v.suffix];
                if ('    '.repeat(indent).length + sub.join(' ').length <= lineWidth) {
                    lines.push({ indent, tokens: sub });
                    continue;
                }
            }
            lines.push({ indent, tokens: v.prefix });
            formatInto(indent + 1, v);
            lines.push({ indent, tokens: v.suffix });
        }
    };
    formatInto(1, ast);
    let out = '\n';
    for (const line of lines)
        for (const w of wrap(line.tokens, lineWidth - line.indent * 4))
            out += `${'\t'.repeat(line.indent)}${w}\n`;
    return out;
}
/** Python's TextWrapper(break_long_words=False, break_on_hyphens=False).wrap over single-spaced words. */
function wrap(words, width) {
    const out = [];
    let cur = '';
    for (const w of words) {
        if (cur === '')
            cur = w;
        else if (cur.length + 1 + w.length <= width)
            cur += ` ${w}`;
        else {
            out.push(cur);
            cur = w;
        }
    }
    if (cur !== '')
        out.push(cur);
    return out;
}

;// CONCATENATED MODULE: ./shared/cargo/gentoo.ts









/** A stable text for deduplicating crate license parts (the simplification does the real work). */
function formatLicenseExpr(e) {
    return e.t === 'sym' ? e.key : `${e.t}(${e.args.map(formatLicenseExpr).join(',')})`;
}
/** pkgcheck's ExcessiveCrates threshold (it warns above this many). */
const PKGCHECK_CRATES_LIMIT = 300;
const bytewise = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** `name@version` of every crates.io package; only characters cargo allows in both (no quote, `$`, space). */
function cratesValue(packages) {
    const inert = (t) => /^[\p{XID_Continue}.+@-]+$/u.test(t);
    return [...new Set(packages.filter((p) => isCratesIo(p.source)).map((p) => `${p.name}@${p.version}`).filter(inert))].sort(bytewise);
}
function quoteBlock(name, entries) {
    return entries.length === 0 ? `${name}=""` : `${name}="\n${entries.map((e) => `\t${e}\n`).join('')}"`;
}
/** cargo.eclass GIT_CRATES entries: `[name]='<repo URL>;<commit>;<repo>-%commit%[/<path>]'`. */
function gitCrates(lock, findings) {
    const git = lock.packages.filter((p) => p.sourceKind === 'git');
    const perRepo = new Map();
    for (const p of git) {
        const key = `${p.git?.url ?? ''}#${p.git?.commit ?? ''}`;
        const same = perRepo.get(key);
        if (same)
            same.push(p);
        else
            perRepo.set(key, [p]);
    }
    const out = [];
    for (const p of git) {
        const at = { file: lock.file, line: p.line };
        const url = (p.git?.url ?? '').replace(/\.git$/, '').replace(/\/$/, '');
        const commit = p.git?.commit;
        if (!commit) {
            findings.push(cargoFindings.make('gentoo-git-no-commit', `git crate ${p.name} has no resolved commit in Cargo.lock; it cannot be listed in GIT_CRATES`, at));
            continue;
        }
        // The entry is bash inside single quotes: a URL or commit with anything but URL characters would end the
        // quotes (and a crate name is only what cargo allows: lockfile.ts). Such a crate is not listed.
        if (!/^[A-Za-z0-9:/._~%+@-]+$/.test(url) || !/^[0-9a-f]{7,64}$/.test(commit) || !/^[\p{XID_Continue}-]+$/u.test(p.name)) {
            findings.push(cargoFindings.make('gentoo-git-host', `git crate ${p.name} comes from ${JSON.stringify(url)} at ${JSON.stringify(commit)}, which is not a plain URL and commit id; it is not listed in GIT_CRATES`, at));
            continue;
        }
        if (!/^https:\/\/(github\.com|gitlab\.com)\//.test(url)) {
            findings.push(cargoFindings.make('gentoo-git-host', `git crate ${p.name} comes from ${url}; cargo.eclass GIT_CRATES only fetches from GitHub and GitLab`, at));
        }
        const repo = url.split('/').pop() ?? p.name;
        let entry = `[${p.name}]='${url};${commit};${repo}-%commit%`;
        if ((perRepo.get(`${p.git?.url ?? ''}#${commit}`)?.length ?? 0) > 1) {
            findings.push(cargoFindings.make('gentoo-git-subdir', `git crate ${p.name} shares its repository with other crates: append /<path-to-crate> to its GIT_CRATES entry`, at));
        }
        entry += `'`;
        out.push(entry);
    }
    return [...new Set(out)].sort(bytewise);
}
/**
 * SPDX ids that license_expression (pycargoebuild) reads as their successors before mapping: deprecated ids
 * SPDX replaced by another id. Gentoo's license-mapping.conf maps only the successors (`BSD-2-Clause-FreeBSD`
 * is `BSD-2-Clause-Views`, mapped to `BSD-2`). The deprecated GNU ids are modernised by spdx.ts already.
 */
const SPDX_SUCCESSORS = {
    'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
    'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
    Nunit: 'zlib-acknowledgement',
    'StandardML-NJ': 'SMLNJ',
    'bzip2-1.0.5': 'bzip2-1.0.6',
};
function successor(term) {
    const id = own(SPDX_SUCCESSORS, term.id);
    return id === undefined ? term : { ...term, id };
}
/**
 * One crate's license reduced to what can be written in LICENSE. Unmapped alternatives of an OR are dropped
 * (the remaining choice is still correct) and reported; an unmapped license that is required is reported
 * (`unmapped`) and must be added by hand; the top-level AND parts that map are kept.
 */
function pruneLicense(node, mapping) {
    const unmapped = [];
    const dropped = [];
    const fallbacks = [];
    const walk = (n) => {
        if (n.type === 'license') {
            const term = successor(n);
            const m = mapTerm(mapping, term);
            if (!m.ok || !parseEbuildLicense(m.value)) {
                unmapped.push(termKey(n));
                return undefined;
            }
            if (m.viaFallback)
                fallbacks.push(`${termKey(n)} -> ${m.viaFallback}`);
            return sym(term);
        }
        if (n.type === 'and') {
            const parts = n.terms.map(walk);
            if (parts.some((p) => p === undefined))
                return undefined;
            return { t: 'and', args: parts };
        }
        const parts = [];
        n.terms.forEach((t) => {
            const before = unmapped.length;
            const r = walk(t);
            if (r)
                parts.push(r);
            else
                (0,finding/* pushAll */.iI)(dropped, unmapped.splice(before));
        });
        if (parts.length === 0) {
            (0,finding/* pushAll */.iI)(unmapped, dropped.splice(0));
            return undefined;
        }
        return parts.length === 1 ? parts[0] : { t: 'or', args: parts };
    };
    const tops = node.type === 'and' ? node.terms : [node];
    const parts = tops.map(walk).filter((p) => p !== undefined);
    return { parts, unmapped, dropped, fallbacks };
}
/** The ebuild LICENSE of the licenses `parts` (all required), simplified and ordered as pycargoebuild does. */
function ebuildLicense(parts, mapping) {
    if (parts.length === 0)
        return { tokens: [], entries: [] };
    const simple = simplify(parts.length === 1 ? parts[0] : { t: 'and', args: parts });
    const mapped = (term) => {
        const m = mapTerm(mapping, term);
        return m.ok ? m.value : termKey(term);
    };
    const tops = simple.t === 'and' ? simple.args : [simple];
    return { tokens: ebuildTokens(simple, mapped), entries: tops.map((e) => ebuildTokens(e, mapped).join(' ')) };
}
/**
 * One crate's license as ebuild LICENSE entries (the top-level AND operands of its simplified expression,
 * in pycargoebuild's order), with what could not be mapped.
 */
function crateLicenseEntries(node, mapping) {
    const r = pruneLicense(node, mapping);
    return { entries: ebuildLicense(r.parts, mapping).entries, unmapped: r.unmapped, dropped: r.dropped, fallbacks: r.fallbacks };
}
function gentooEbuildVars(input) {
    const { lock, licenses, mapping } = input;
    const findings = [];
    const crates = cratesValue(lock.packages);
    if (crates.length > PKGCHECK_CRATES_LIMIT) {
        findings.push(cargoFindings.make('gentoo-too-many-crates', `CRATES lists ${crates.length} crates; pkgcheck warns above ${PKGCHECK_CRATES_LIMIT} (consider a crate tarball)`, {
            file: lock.file,
        }));
    }
    for (const p of lock.packages) {
        if ((p.sourceKind === 'registry' || p.sourceKind === 'sparse') && !isCratesIo(p.source)) {
            findings.push(cargoFindings.make('gentoo-foreign-registry', `${p.name} ${p.version} comes from ${p.source}; cargo.eclass fetches only from crates.io`, {
                file: lock.file,
                line: p.line,
            }));
        }
    }
    const git = gitCrates(lock, findings);
    const parts = new Map();
    const unmappedBy = new Map();
    const droppedBy = new Map();
    const fallbackBy = new Map();
    // (appended in place: a copy of the list per crate made 40,000 crates of one license take 50 s)
    const note = (m, key, crate) => {
        const list = m.get(key);
        if (list)
            list.push(crate);
        else
            m.set(key, [crate]);
    };
    const seen = new Set();
    const clarifyFor = crateSpecIndex(input.clarify ?? [], (c) => c);
    for (const p of lock.packages) {
        if (p.sourceKind === 'path')
            continue;
        const key = packageLicenseKey(p);
        if (seen.has(key))
            continue;
        seen.add(key);
        const at = { file: lock.file, line: p.line };
        const info = licenses.get(key);
        const clar = clarifyFor(p.name, p.version)[0];
        const text = clar?.expression ?? info?.license;
        if (text === undefined) {
            if (info?.licenseFile !== undefined) {
                findings.push(cargoFindings.make('gentoo-license-file', `${key} has only license-file '${info.licenseFile}': inspect it and add its license to LICENSE separately`, at));
            }
            else {
                findings.push(cargoFindings.make('gentoo-license-missing', `no license known for ${key}; LICENSE+= leaves it out`, at));
            }
            continue;
        }
        const parsed = parseExpression(text);
        if (!parsed.ok) {
            findings.push(cargoFindings.make('gentoo-license-invalid', `${key}: ${parsed.error.message}; LICENSE+= leaves it out`, at));
            continue;
        }
        const r = pruneLicense(parsed.ast, mapping);
        for (const u of new Set(r.unmapped))
            note(unmappedBy, u, key);
        for (const d of new Set(r.dropped))
            note(droppedBy, d, key);
        for (const f of new Set(r.fallbacks))
            note(fallbackBy, f, key);
        for (const e of r.parts)
            parts.set(formatLicenseExpr(e), e);
    }
    const list = (crates) => (crates.length > 5 ? `${crates.slice(0, 5).join(', ')} and ${crates.length - 5} more` : crates.join(', '));
    for (const [id, cs] of [...unmappedBy].sort(([a], [b]) => bytewise(a, b))) {
        findings.push(cargoFindings.make('gentoo-license-unmapped', `${id} has no entry in ${mapping.file}; it is missing from LICENSE+= (needed by ${list(cs)})`, {
            file: lock.file,
            hint: `add the Gentoo name for ${id} to LICENSE by hand, or to license-mapping.conf`,
        }));
    }
    for (const [id, cs] of [...droppedBy].sort(([a], [b]) => bytewise(a, b))) {
        findings.push(cargoFindings.make('gentoo-license-alternative-dropped', `${id} has no entry in ${mapping.file}; it was dropped from the OR choice of ${list(cs)}`, {
            file: lock.file,
        }));
    }
    for (const [f, cs] of fallbackBy) {
        findings.push(cargoFindings.make('gentoo-license-plus-fallback', `no mapping for ${f.split(' -> ')[0]}; used ${f.split(' -> ')[1]} for ${list(cs)}`, { file: lock.file }));
    }
    const license = ebuildLicense([...parts.values()], mapping);
    // pycargoebuild writes `CRATES="\n"` for no crates: cargo.eclass refuses an empty CRATES.
    const cratesText = crates.length ? quoteBlock('CRATES', crates) : 'CRATES="\n"';
    const gitText = git.length ? `declare -A GIT_CRATES=(\n${git.map((g) => `\t${g}\n`).join('')})` : '';
    const licenseText = `# Dependent crate licenses\nLICENSE+="${formatLicenseVar(license.tokens)}"`;
    return {
        crates: cratesText,
        gitCrates: gitText,
        license: licenseText,
        text: [cratesText, gitText, licenseText].filter(Boolean).join('\n\n') + '\n',
        crateCount: crates.length,
        licenseEntries: license.entries,
        findings,
    };
}

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

// EXTERNAL MODULE: ./shared/cargo/audit-view.ts
var audit_view = __webpack_require__(114);
;// CONCATENATED MODULE: ./shared/cargo/license-audit.ts
/**
 * The crate license audit as one use case: from a request (plain data: which lockfiles, which base, which
 * policy, where licenses come from) and its ports (processes, file reads, the base revision, the report
 * writer) to a report (plain data). The action only reads inputs into the request and renders the report.
 */













/** The report's arrays that grow with the lock: one element per line in report.json. */
const REPORT_LINE_KEYS = ['crates', 'workspaceMembers', 'deniedGraph', 'findings'];
// What the action needs besides the use case: the input checks that are cargo knowledge, and the types.




async function licenseAudit(req, ports) {
    const readText = async (file, what) => {
        try {
            return await (ports.readText ?? defaultReadText)(file);
        }
        catch (e) {
            throw new io/* ConfigurationError */.j(`cannot read ${what} '${file}': ${e.code ?? String(e)}`);
        }
    };
    const findings = [];
    const head = parseLockfileOrThrow(await readText(req.lockfile, 'lockfile'), { file: req.lockfileDisplay });
    (0,finding/* pushAll */.iI)(findings, head.findings);
    const base = await readBase(req, ports, findings);
    if (base.lock)
        ports.info(`base lockfile: ${base.note} (${base.lock.packages.length} packages)`);
    else
        ports.info(base.note);
    const policies = await readPolicies(req, ports, readText);
    const inline = (p) => (req.allow.length || req.deny.length ? mergePolicy(p, { allow: req.allow, deny: req.deny }) : p);
    const policy = inline(policies.judged);
    let gentooData;
    if (req.gentooTrees.length) {
        gentooData = await loadGentooLicenseData(req.gentooTrees, gentooReader(req, ports));
        (0,finding/* pushAll */.iI)(findings, gentooData.findings);
        ports.info(`Gentoo license data: ${gentooData.files.join(', ') || 'none found'}`);
    }
    const ctx = compilePolicy(policy, gentooData);
    const sources = await collectLicenses(req.licenseSources, {
        workspace: req.workspace,
        manifestPath: req.manifestPath,
        run: ports.run,
        ...(ports.scratchDir ? { scratch: ports.scratchDir } : {}),
        ...wantedOptions(wantedCrates([...head.packages, ...(base.lock?.packages ?? [])])),
    });
    (0,finding/* pushAll */.iI)(findings, sources.findings);
    ports.info(`licenses of ${new Set(sources.licenses.values()).size} crates read from ${sources.read.join(', ') || 'no source'}`);
    const declared = req.pullRequestBase !== undefined && base.lock
        ? await declaredByPullRequest({ workspace: req.workspace, rev: req.pullRequestBase, head, base: base.lock, licenses: sources.licenses }, ports)
        : undefined;
    if (declared)
        (0,finding/* pushAll */.iI)(findings, declared.findings);
    const judging = declared ? { judgePaths: declared.judgePaths, declaredByPr: declared.declaredByPr } : {};
    const audit = auditCrates({
        head,
        ...(base.lock ? { base: base.lock } : {}),
        licenses: sources.licenses,
        policy: ctx,
        failOn: req.failOn,
        query: req.query,
        ...judging,
    });
    (0,finding/* pushAll */.iI)(findings, audit.findings);
    let policyChange;
    if (policies.change) {
        policyChange = comparePolicies(policies.change, audit, () => {
            const headPolicy = inline(policies.change.head);
            return auditCrates({ head, ...(base.lock ? { base: base.lock } : {}), licenses: sources.licenses, policy: compilePolicy(headPolicy, gentooData), failOn: req.failOn, query: [], ...judging });
        });
        findings.push(cargoFindings.make('policy-changed-by-pr', policyChangeSentence(policyChange), { file: policyChange.file, hint: 'the base commit\'s policy applies until the change is merged; a maintainer may set policy-from: head for a pull request from this repository' }));
    }
    const gentoo = gentooEbuildVars({
        lock: head,
        licenses: sources.licenses,
        mapping: gentooData?.mapping ?? { file: 'metadata/license-mapping.conf', entries: new Map() },
        clarify: policy.clarify,
    });
    if (req.gentooOutput) {
        (0,finding/* pushAll */.iI)(findings, gentoo.findings);
        if (!gentooData) {
            findings.push(cargoFindings.make('gentoo-tree-missing', 'gentoo-output without gentoo-tree: LICENSE+= cannot map SPDX ids to Gentoo names', { hint: 'give a ::gentoo checkout as gentoo-tree' }));
        }
    }
    if (req.reportPath !== undefined) {
        if (!ports.writeFileAtomic)
            throw new Error('licenseAudit: reportPath needs the writeFileAtomic port');
        // One crate (finding, workspace member, graph edge) per line: a 100,000-crate report is not first built as
        // one pretty-printed string of ~70 million characters.
        await ports.writeFileAtomic(req.reportPath, jsonLines(audit, REPORT_LINE_KEYS));
    }
    return {
        audit,
        head,
        ...(base.lock ? { base: base.lock } : {}),
        baseNote: base.note,
        gentoo,
        ...(policyChange ? { policyChange } : {}),
        findings: (0,finding/* sortFindings */.Tc)(findings),
    };
}
/**
 * The head lockfile or the policy cannot be used at all (a merge conflict, a newer format, a misspelt key):
 * what it is and the findings that point at the line; undefined for any other error.
 */
function unusableInput(e) {
    if (e instanceof LockfileError)
        return { what: 'the lockfile', findings: [e.finding] };
    if (e instanceof PolicyError)
        return { what: 'the license policy', findings: e.findings };
    return undefined;
}
async function readPolicies(req, ports, readText) {
    if (req.policyFile === undefined)
        return { judged: EMPTY_POLICY };
    const display = req.policyDisplay ?? req.policyFile;
    if (req.policyRev === undefined)
        return { judged: parsePolicy(await readText(req.policyFile, 'policy'), display) };
    const rev = req.policyRev;
    const rel = external_node_path_default().relative(req.workspace, req.policyFile).split((external_node_path_default()).sep).join('/');
    const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev, env: (0,child_env/* scrubbedEnv */.wS)(process.env) });
    const atBase = await readAtBase(rel, rev);
    if (atBase.status === 'unavailable') {
        // Never fall back to the checkout's policy: that is the pull request's.
        throw new io/* ConfigurationError */.j(`input 'policy': a pull request is judged with the license policy of its base commit, and '${rel}' cannot be read at ${rev}: ${atBase.reason}`);
    }
    const headText = await (ports.readText ?? defaultReadText)(req.policyFile).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw new io/* ConfigurationError */.j(`cannot read policy '${req.policyFile}': ${e.code ?? String(e)}`);
    });
    if (atBase.status === 'absent') {
        if (headText === undefined)
            throw new io/* ConfigurationError */.j(`cannot read policy '${req.policyFile}': ENOENT (nor is it in the base commit ${rev})`);
        return { judged: EMPTY_POLICY, change: { file: display, baseRev: rev, change: 'added', ...headPolicy(headText, display) } };
    }
    // The base's own policy problems are located in the base's text, not at the pull request's lines.
    const judged = parsePolicy(atBase.text, `${rev.slice(0, 12)}:${display}`);
    if (headText === atBase.text)
        return { judged };
    if (headText === undefined)
        return { judged, change: { file: display, baseRev: rev, change: 'deleted', head: EMPTY_POLICY } };
    return { judged, change: { file: display, baseRev: rev, change: 'changed', ...headPolicy(headText, display) } };
}
function headPolicy(text, display) {
    try {
        return { head: parsePolicy(text, display) };
    }
    catch (e) {
        if (e instanceof PolicyError)
            return { unusable: e.findings.map((f) => `${f.file ?? display}${f.line ? `:${f.line}` : ''}: ${f.message}`)[0] ?? e.message };
        throw e;
    }
}
/**
 * On a pull request, a Gentoo tree inside the checkout is the pull request's: its license groups say what
 * `@FREE` means, so they are policy, read at the base commit like the policy file. Trees outside the checkout,
 * or in a repository of their own inside it (the reusable workflow checks ::gentoo out under the workspace;
 * a pull request cannot commit a `.git`), are read as they are.
 */
function gentooReader(req, ports) {
    const rev = req.policyRev;
    if (rev === undefined)
        return undefined;
    const root = external_node_path_default().resolve(req.workspace);
    const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev, env: (0,child_env/* scrubbedEnv */.wS)(process.env) });
    const ownRepository = (file) => {
        for (let dir = external_node_path_default().dirname(external_node_path_default().resolve(file)); dir !== root && dir.startsWith(root + (external_node_path_default()).sep); dir = external_node_path_default().dirname(dir)) {
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
                return true;
        }
        return false;
    };
    return async (file) => {
        const rel = external_node_path_default().relative(root, external_node_path_default().resolve(file));
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) || ownRepository(file))
            return (ports.readText ?? defaultReadText)(file).catch(() => undefined);
        const r = await readAtBase(rel.split((external_node_path_default()).sep).join('/'), rev);
        if (r.status === 'found')
            return r.text;
        if (r.status === 'absent')
            return undefined;
        throw new io/* ConfigurationError */.j(`input 'gentoo-tree': '${rel}' is inside the pull request's checkout, so it is read at the base commit ${rev}, and it cannot be: ${r.reason}`);
    };
}
/** What the pull request's policy would change: the verdict and every crate whose verdict differs. */
function comparePolicies(change, judged, auditWithHead) {
    const { head: _head, ...out } = change;
    if (change.head === undefined)
        return out;
    let other;
    try {
        other = auditWithHead();
    }
    catch (e) {
        // A policy that parses can still be unusable (a @GROUP without a gentoo-tree).
        if (e instanceof PolicyError)
            return { ...out, unusable: e.findings[0]?.message ?? e.message };
        throw e;
    }
    const now = new Map(judged.crates.map((c) => [c.id, c.verdict]));
    const crates = other.crates
        .filter((c) => now.get(c.id) !== undefined && now.get(c.id) !== c.verdict)
        .map((c) => ({ name: c.name, version: c.version, now: now.get(c.id), wouldBe: c.verdict }));
    return { ...out, wouldBe: { verdict: other.verdict, failedBecause: other.failedBecause, judged: judged.verdict, crates } };
}
/**
 * One sentence for the comment, the summary and the annotation. `text` escapes what came from the lockfile
 * (crate names and versions) for where the sentence goes.
 */
function policyChangeSentence(c, options = {}) {
    const maxCrates = options.maxCrates ?? 10;
    const text = options.text ?? ((s) => s);
    const rev = c.baseRev.slice(0, 12);
    const what = c.change === 'added'
        ? `this pull request adds the license policy \`${c.file}\`: it was judged without it (the base commit ${rev} has none)`
        : c.change === 'deleted'
            ? `this pull request deletes the license policy \`${c.file}\`: it was judged with the base commit's policy (${rev})`
            : `this pull request changes the license policy \`${c.file}\`: it was judged with the base commit's policy (${rev})`;
    if (c.unusable !== undefined)
        return `${what}; the new policy cannot be used: ${c.unusable}`;
    if (!c.wouldBe)
        return what;
    const newOne = c.change === 'deleted' ? 'without a policy file' : 'the new policy';
    const verdict = (c.wouldBe.verdict === 'pass' ? 'pass' : `fail (${c.wouldBe.failedBecause.join(', ')})`) +
        (c.wouldBe.verdict !== c.wouldBe.judged ? ` instead of ${c.wouldBe.judged === 'pass' ? 'passing' : 'failing'}` : '');
    const list = c.wouldBe.crates.slice(0, maxCrates).map((x) => `${text(x.name)} ${text(x.version)} ${x.now} → ${x.wouldBe}`);
    const more = c.wouldBe.crates.length > maxCrates ? ` and ${c.wouldBe.crates.length - maxCrates} more` : '';
    const crates = list.length ? `, and change ${list.join(', ')}${more}` : ', and change no crate\'s verdict';
    return `${what}; ${newOne} would ${verdict}${crates}`;
}
/**
 * Which licenses the pull request itself declares. A path crate (no `source` in Cargo.lock: vendored by path,
 * a `[patch]` by path, or a new workspace member) that the base lock does not have is judged like a
 * dependency, with a notice. A registry or git crate whose license was read from a file inside the checkout
 * (a `vendor/` directory, a `.crate`, a cargo-metadata JSON) that the base commit does not have as it is now
 * cannot vouch for itself: the audit names the file and does not allow it on that word alone.
 */
async function declaredByPullRequest(w, ports) {
    const out = { judgePaths: new Set(), declaredByPr: new Map(), findings: [] };
    // By name: a workspace member whose version the pull request bumps is not a new crate.
    const inBase = new Set(w.base.packages.filter((p) => p.source === undefined).map((p) => p.name));
    const gitOptions = { cwd: w.workspace, rev: w.rev, env: (0,child_env/* scrubbedEnv */.wS)(process.env) };
    const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, gitOptions);
    const readHead = ports.readText ?? defaultReadText;
    const root = external_node_path_default().resolve(w.workspace);
    const inside = (file) => {
        const rel = external_node_path_default().relative(root, file);
        return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
    };
    // With git itself (no readAtBase given), every file's state at once, in three git processes.
    let known;
    // One failed read of the base (no commit, no fetch) says it for every file: no further git calls.
    let baseUnreadable = false;
    if (!ports.readAtBase) {
        const wanted = new Set();
        for (const p of w.head.packages) {
            const file = p.source === undefined ? undefined : w.licenses.get(packageLicenseKey(p))?.file;
            if (file !== undefined && inside(file))
                wanted.add(file);
        }
        const states = wanted.size > 1 ? await filesChangedSince(ports.run, gitOptions, [...wanted]) : undefined;
        if (states instanceof Map)
            known = states;
        else if (states !== undefined)
            baseUnreadable = true;
    }
    const files = new Map();
    const fileState = (file) => {
        const rel = external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
        let p = files.get(rel);
        if (!p) {
            p = (async () => {
                if (baseUnreadable)
                    return { state: 'changed' };
                const state = known?.get(file);
                if (state !== undefined && (state !== 'changed' || !file.endsWith('.json')))
                    return { state };
                const [then, now] = await Promise.all([readAtBase(rel, w.rev), readHead(file).catch(() => undefined)]);
                if (then.status === 'absent')
                    return { state: 'added' };
                if (then.status !== 'found') {
                    baseUnreadable = true;
                    return { state: 'changed' };
                }
                if (then.text === now)
                    return { state: 'same' };
                if (!file.endsWith('.json'))
                    return { state: 'changed' };
                // A cargo-metadata JSON: only each crate's own entry matters.
                return { state: 'json', base: licensesFromMetadata(then.text, rel).licenses };
            })();
            files.set(rel, p);
        }
        return p;
    };
    const compare = async (file, key) => {
        const f = await fileState(file);
        if (f.state !== 'json')
            return f.state;
        const was = f.base.get(key);
        const is = w.licenses.get(key);
        return was && is && was.license === is.license && was.licenseFile === is.licenseFile ? 'same' : 'changed';
    };
    for (const p of w.head.packages) {
        const key = packageLicenseKey(p);
        const info = w.licenses.get(key);
        const license = info?.license !== undefined ? `\`${info.license}\`` : info?.licenseFile !== undefined ? `license-file ${info.licenseFile}` : 'none';
        if (p.source === undefined) {
            if (inBase.has(p.name))
                continue;
            out.judgePaths.add(p.id);
            out.findings.push(cargoFindings.make('license-declared-by-pr', `${p.name} ${p.version} is a path crate this pull request adds: its license (${license}) is declared by the pull request's own files; judged as declared`, {
                file: w.head.file,
                line: p.line,
                severity: 'notice',
            }));
            continue;
        }
        if (!info?.file || !inside(info.file))
            continue;
        const state = await compare(info.file, key);
        if (state === 'same')
            continue;
        const rel = external_node_path_default().relative(root, info.file).split((external_node_path_default()).sep).join('/');
        out.declaredByPr.set(key, rel);
        out.findings.push(cargoFindings.make('license-declared-by-pr', `${p.name} ${p.version}: its license (${license}) is read from ${rel}, which this pull request ${state === 'added' ? 'adds' : 'changes'}; a pull request cannot vouch for a ${p.sourceKind === 'git' ? 'git' : 'registry'} crate's license`, { file: w.head.file, line: p.line, hint: "read registry crates' licenses with license-sources: cargo, or settle it with a clarify entry in the base policy" }));
    }
    return out;
}
function defaultReadText(file) {
    return (0,promises_.readFile)(file, 'utf8');
}
function emptyLock(file) {
    return parseLockfileOrThrow('version = 4\n', { file });
}
async function readBase(req, ports, findings) {
    if (req.baseLockfile !== undefined) {
        const display = req.baseLockfileDisplay ?? req.baseLockfile;
        const text = await (ports.readText ?? defaultReadText)(req.baseLockfile).catch(() => undefined);
        if (text === undefined) {
            findings.push(cargoFindings.make('base-lockfile-missing', `base lockfile '${display}' does not exist: every crate counts as added`, {
                hint: 'correct base-lockfile if the pull request does not introduce Cargo.lock',
            }));
            return { lock: emptyLock(display), note: `${display} does not exist (the lockfile is new)` };
        }
        return { lock: parseBase(text, display, findings), note: display };
    }
    if (req.baseRef === undefined)
        return { note: 'no base: not a pull request, and neither base-ref nor base-lockfile was given' };
    const rel = external_node_path_default().relative(req.workspace, req.lockfile).split((external_node_path_default()).sep).join('/');
    // git gets no action inputs or tokens (the fetch uses the checkout's own credentials, if any).
    const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev: req.baseRef, env: (0,child_env/* scrubbedEnv */.wS)(process.env) });
    const r = await readAtBase(rel);
    if (r.status === 'found')
        return { lock: parseBase(r.text, `${req.baseRef.slice(0, 12)}:${rel}`, findings), note: r.from };
    if (r.status === 'absent')
        return { lock: emptyLock(`${req.baseRef.slice(0, 12)}:${rel}`), note: `${rel} does not exist at ${req.baseRef} (the lockfile is new)` };
    const what = req.baseRefFrom === 'input' ? `input 'base-ref' ('${req.baseRef}'): no comparison with the base` : "no comparison with the pull request's base commit";
    findings.push(cargoFindings.make('base-lockfile-unavailable', `${what}: ${r.reason}`, { file: req.lockfileDisplay }));
    return { note: r.reason };
}
function parseBase(text, display, findings) {
    // Read only to be compared: its dependency lists are not resolved (and nothing it says about them is reported).
    const r = parseLockfile(text, { file: display, dependencies: false });
    if (r.ok)
        return r.lock;
    // A broken base must not block reviewing the head: say so and audit without the comparison.
    findings.push({ ...r.error, severity: 'warning', message: `base lockfile unusable, no comparison: ${r.error.message}` });
    return undefined;
}
// ---------------------------------------------------------------------------------------------------------
// The base revision through git
/** The readAtBase port through git: every file read at `rev` in the checkout `cwd` (see readFileAtRef). */
function gitFileAtBase(run, options) {
    return (file, rev) => readFileAtRef(run, { ...options, ...(rev !== undefined ? { rev } : {}), path: file });
}
const MISSING_PATH = /does not exist in|exists on disk, but not in|path '.*' does not exist/i;
function firstLine(s) {
    return s.trim().split('\n')[0] ?? '';
}
/**
 * A file at a revision: `git show <rev>:./<path>` in the checkout (argument arrays only). A shallow checkout
 * (actions/checkout's default depth 1) lacks the base commit: fetch just that commit once and try again. A
 * file that does not exist at the revision is `absent` (the pull request introduces it).
 */
async function readFileAtRef(run, options) {
    const rel = options.path.replace(/^\.\//, '');
    const from = `git show ${options.rev}:./${rel}`;
    const git = gitIn(run, options);
    const at = await commitAt(git, options);
    if ('unavailable' in at)
        return { status: 'unavailable', reason: at.unavailable };
    const r = await git(['show', `${at.commit}:./${rel}`]);
    const where = at.fetched ? `${from} (after fetching ${options.rev})` : from;
    if (r.code === 0)
        return { status: 'found', text: r.stdout, from: where };
    if (MISSING_PATH.test(r.stderr))
        return { status: 'absent', from: where };
    return { status: 'unavailable', reason: `${where} failed: ${firstLine(r.stderr) || `exit ${r.code}`}` };
}
function gitIn(run, options) {
    const timeoutMs = options.timeoutMs ?? 120_000;
    return (args, input) => run('git', args, { cwd: options.cwd, timeoutMs, maxBuffer: 256 * 1024 * 1024, ...(options.env ? { env: options.env } : {}), ...(input !== undefined ? { input } : {}) });
}
/**
 * The commit to read `options.rev` at. A shallow checkout (actions/checkout's default depth 1) lacks the base
 * commit: fetch just that commit.
 */
async function commitAt(git, options) {
    // `git show <missing-commit>:<path>` says "path does not exist", so check the commit exists first.
    const hasCommit = async (rev) => (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).code === 0;
    if (await hasCommit(options.rev))
        return { commit: options.rev, fetched: false };
    const top = await git(['rev-parse', '--git-dir']);
    if (top.code !== 0)
        return { unavailable: `${options.cwd} is not a git checkout (${firstLine(top.stderr) || `exit ${top.code}`}); pass base-lockfile instead` };
    // Shallow checkout: fetch only the base commit (GitHub serves any reachable commit by SHA).
    const remote = options.remote ?? 'origin';
    const f = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, options.rev]);
    if (f.code !== 0 || !(await hasCommit('FETCH_HEAD'))) {
        return {
            unavailable: `${options.rev} is not in the checkout and \`git fetch ${remote} ${options.rev}\` failed (${firstLine(f.stderr) || `exit ${f.code}`}); use fetch-depth: 0 or pass base-lockfile`,
        };
    }
    return { commit: 'FETCH_HEAD', fetched: true };
}
/**
 * Which of `files` (absolute, inside the checkout `cwd`) the checkout has as they are at `rev`: `same` (the same
 * bytes), `added` (not at `rev`) or `changed`. Three git processes in all, whatever the number of files: the
 * tree at `rev` (`ls-tree`) against the checkout's files hashed as git would store them, unfiltered
 * (`hash-object --no-filters`). Reading each file with `git show` took two processes a file: a vendor/ of 1,000
 * crates, 34 s. Undefined when git cannot answer that way (a file the checkout lacks, a name with a newline):
 * read each file instead.
 */
async function filesChangedSince(run, options, files) {
    const git = gitIn(run, options);
    const at = await commitAt(git, options);
    if ('unavailable' in at)
        return at;
    const root = external_node_path_default().resolve(options.cwd);
    const rels = files.map((f) => external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/'));
    if (rels.some((r) => r === '' || r.startsWith('../') || external_node_path_default().isAbsolute(r)) || files.some((f) => /[\n\r]/.test(f)))
        return undefined;
    // paths relative to `cwd`, as `git show <rev>:./<path>` reads them
    const tree = await git(['ls-tree', '-r', '-z', at.commit]);
    if (tree.code !== 0)
        return undefined;
    const blobAtRev = new Map();
    for (const entry of tree.stdout.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, id] = entry.slice(0, tab).split(' ');
        if (type === 'blob' && id !== undefined)
            blobAtRev.set(entry.slice(tab + 1), id);
    }
    const out = new Map();
    const toHash = [];
    rels.forEach((rel, i) => {
        if (blobAtRev.has(rel))
            toHash.push(i);
        else
            out.set(files[i], 'added');
    });
    if (toHash.length) {
        const hashed = await git(['hash-object', '--no-filters', '--stdin-paths'], toHash.map((i) => `${files[i]}\n`).join(''));
        const ids = hashed.stdout.split('\n');
        if (hashed.code !== 0 || ids.length < toHash.length)
            return undefined;
        toHash.forEach((i, k) => out.set(files[i], ids[k] === blobAtRev.get(rels[i]) ? 'same' : 'changed'));
    }
    return out;
}
// ---------------------------------------------------------------------------------------------------------
// Where cargo keeps the lockfile


/***/ })

};
