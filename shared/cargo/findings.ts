/**
 * Every finding the cargo domain makes (Cargo.lock, crate license sources, the license policy, Gentoo license
 * data and CRATES/LICENSE, the audit itself), with what it means and how it is usually fixed.
 */
import { defineFindings, type Catalogue } from '../finding.js';

export const cargoFindings = defineFindings('cargo', {
  // ---- Cargo.lock --------------------------------------------------------------------------------------
  'lock-invalid': {
    severity: 'error',
    meaning: 'The lockfile content is not text at all.',
    docs:
      'The parser was handed something other than text (a caller bug or a binary file read as the lockfile). ' +
      'Nothing in it can be read, so the audit stops before judging any crate.',
    fix: 'Point `lockfile` at the Cargo.lock that cargo wrote.',
  },
  'lock-malformed-toml': {
    severity: 'error',
    meaning: 'Cargo.lock is not valid TOML, so neither cargo nor the audit can read it.',
    docs:
      'cargo refuses a lockfile it cannot parse as TOML, and so does the audit: the usual cause is an unresolved ' +
      'merge conflict (`<<<<<<<` markers) or a hand edit. The finding names the line and column the TOML parser ' +
      'stopped at. For the base lockfile of a pull request the same problem is only a warning: the head is still ' +
      'audited, without the comparison.',
    fix: 'Resolve the merge conflict, or regenerate the lock with `cargo generate-lockfile`.',
  },
  'lock-invalid-version': {
    severity: 'error',
    meaning: 'The top-level `version` key of Cargo.lock is not a positive integer.',
    docs:
      'cargo writes `version = 3` or `version = 4` as a bare integer at the top of the lock (V1 and V2 have no ' +
      'version key at all); any other value means the file was edited by hand or by another tool, and cargo ' +
      'rejects it.',
    fix: 'Remove the key or regenerate the lock with cargo.',
  },
  'lock-unsupported-version': {
    severity: 'error',
    meaning: 'Cargo.lock uses a format version newer than the audit understands (V1 to V4).',
    docs:
      'Lockfile formats change meaning between versions (V4 URL-encodes git source URLs, for example), so reading ' +
      'an unknown newer format as if it were V4 could silently misname crates. The audit refuses it with a clear ' +
      'message instead, as DOMAIN.md asks.',
    fix: 'Update rust-distro-actions, or regenerate the lock with an older cargo.',
  },
  'lock-explicit-old-version': {
    severity: 'warning',
    meaning: 'Cargo.lock says `version = 1` or `version = 2`, which cargo never writes.',
    docs:
      'V1 and V2 lockfiles carry no `version` key: cargo tells them apart by where the checksums live. An ' +
      'explicit `version = 1` or `2` is a hand edit that cargo rejects; the audit reads the file as that version ' +
      'anyway and warns.',
    fix: 'Remove the `version` line, or let cargo rewrite the lock in a current format.',
  },
  'lock-invalid-structure': {
    severity: 'error',
    meaning: 'The `package` key of Cargo.lock is not an array of `[[package]]` tables.',
    docs:
      'Every crate of a lock is one `[[package]]` table; when `package` is a string, a single table or anything ' +
      'else, there is no list of crates to audit.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-invalid-package': {
    severity: 'error',
    meaning: 'A `[[package]]` entry lacks a usable name, version or source and is ignored.',
    docs:
      'A package is identified by name, version and source; an entry that is not a table, has no name or version, ' +
      'or has a name, version or source cargo would never write (empty, with spaces, not text) cannot be keyed, ' +
      'diffed or judged. It is left out of the audit and named at its line so nothing disappears silently.',
    fix: 'Regenerate the lock with cargo, or fix the entry at the named line.',
  },
  'lock-duplicate-package': {
    severity: 'warning',
    meaning: 'The same package (name, version and source) is listed twice; the first entry is used.',
    docs:
      'cargo keys packages by (name, version, source) and never writes one twice; a duplicate is usually a bad ' +
      'merge of two lock changes. The first entry wins, so the audit and the diff still see each package once.',
    fix: 'Remove the duplicate entry or regenerate the lock.',
  },
  'lock-invalid-checksum': {
    severity: 'warning',
    meaning: 'A package has a `checksum` that is not text; it is ignored.',
    docs:
      'Checksums are read as opaque text (Debian writes `Could not get crate checksum`), but a number, table or ' +
      'array there is not something cargo writes. The package is kept without a checksum, so a checksum change ' +
      'against the base cannot be seen for it.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-invalid-metadata': {
    severity: 'warning',
    meaning: 'The `[metadata]` section of Cargo.lock is not a table; it is ignored.',
    docs:
      'V1 lockfiles keep their checksums in `[metadata]` as `"checksum <name> <version> (<source>)" = "<sum>"` ' +
      'keys. When `metadata` is not a table those checksums cannot be read; the packages are still audited.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-orphan-checksum': {
    severity: 'warning',
    meaning: 'A V1 `[metadata]` checksum names a package that is not in the lock.',
    docs:
      'Each `checksum <name> <version> (<source>)` key of a V1 lock belongs to one `[[package]]`. A key that ' +
      'matches none is left over from a removed crate or a bad merge; it is ignored.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-mixed-checksums': {
    severity: 'warning',
    meaning: 'The lock has inline checksums and `[metadata]` checksums at once; the inline ones are used.',
    docs:
      'V1 keeps checksums in `[metadata]`, V2 and later inline in each `[[package]]`; cargo never writes both. A ' +
      'lock with both is almost always a merge of a V1 and a V2 lock. It is read as V2 (inline checksums win).',
    fix: 'Regenerate the lock with one cargo version.',
  },
  'lock-invalid-dependencies': {
    severity: 'error',
    meaning: 'A package has a `dependencies` value that is not an array; its dependencies are ignored.',
    docs:
      'Dependencies are what "who depends on this crate" and the shortest paths are built from. When the value ' +
      'is not an array of strings, the package keeps no edges, so crates it pulls in may look unreachable.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-invalid-dependency': {
    severity: 'error',
    meaning: 'One entry of a package\'s `dependencies` is not text; it is ignored.',
    docs:
      'Each dependency is written as `name`, `name version` or `name version (source)`. A number or table in ' +
      'the list is not a dependency cargo would write; the edge is dropped and named at the package line.',
    fix: 'Regenerate the lock with cargo.',
  },
  'lock-unresolved-dependency': {
    severity: 'warning',
    meaning: 'A dependency string does not name exactly one package of the lock; it is ignored.',
    docs:
      'cargo writes the shortest unambiguous form of each dependency and resolves it by name, then version, then ' +
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
    docs:
      '`cargo metadata --format-version 1` writes `"version": 1`. A different value means a future format whose ' +
      'fields may differ; the packages\' `name`, `version`, `license` and `license_file` are read as in version 1.',
    fix: 'Write the file with `cargo metadata --format-version 1`.',
  },
  'metadata-package-malformed': {
    severity: 'warning',
    meaning: 'A package in the cargo metadata JSON has no name or version; it is skipped.',
    docs:
      'Licenses are matched to lock entries by name and version; a package without them cannot be matched and ' +
      'its license is not used.',
    fix: 'Regenerate the JSON with `cargo metadata --format-version 1`.',
  },
  'license-source-link-outside': {
    severity: 'warning',
    meaning: 'A file inside a license source is a symbolic link out of that source and the workspace; it was not read.',
    docs:
      'A license source in the checkout is the pull request\'s: a committed `vendor/foo/Cargo.toml -> /proc/self/environ`, ' +
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
    docs:
      'A vendored or registry crate directory (`cargo vendor`, `~/.cargo/registry/src/*/<name>-<version>`, ' +
      'Debian\'s `/usr/share/cargo/registry`) holds the crate\'s Cargo.toml, which is where its `license` is read. ' +
      'A directory without one contributes no license.',
    fix: 'Check the license-sources entry points at crate directories.',
  },
  'crate-manifest-malformed': {
    severity: 'warning',
    meaning: 'A crate\'s Cargo.toml is not valid TOML; its license is not read.',
    docs:
      'The license comes from the `[package]` table of the crate\'s own Cargo.toml; when the file does not parse ' +
      'the crate\'s license stays unknown. The finding names the line the TOML parser stopped at.',
    fix: 'Re-vendor the crate (`cargo vendor`) or fix the file.',
  },
  'crate-manifest-no-package': {
    severity: 'warning',
    meaning: 'A crate\'s Cargo.toml has no `[package]` table (a virtual workspace manifest?).',
    docs:
      'Only a `[package]` (or the old `[project]`) table names a crate and its license; a workspace root manifest ' +
      'has none. The directory contributes no license.',
    fix: 'Point license-sources at the crate directories, not at a workspace root.',
  },
  'crate-manifest-incomplete': {
    severity: 'warning',
    meaning: 'A crate\'s Cargo.toml has no package name or version.',
    docs:
      'Licenses are matched to lock entries by name and version. A manifest without them (or inheriting the ' +
      'version from a workspace that cannot be found) cannot be matched, so its license is not used.',
    fix: 'Re-vendor the crate, or give its workspace root as well.',
  },
  'workspace-root-missing': {
    severity: 'warning',
    meaning: 'A crate inherits `license.workspace = true` but no workspace root was found above it.',
    docs:
      'cargo resolves `license.workspace = true` (and `version`, `license-file`) from `[workspace.package]` of ' +
      'the workspace root Cargo.toml above the crate. Without that root the inherited license is unknown.',
    fix: 'Include the workspace root in the license source, or vendor the published crate (cargo fills the field in on publish).',
  },
  'workspace-license-missing': {
    severity: 'warning',
    meaning: 'A crate inherits `license.workspace = true` but the workspace root defines no license.',
    docs:
      'cargo reads an inherited license from `[workspace.package] license` of the root manifest. When the root ' +
      'has no such key, cargo itself would refuse the crate, and the audit has no license for it.',
    fix: 'Add `license` to `[workspace.package]`, or give the crate its own `license`.',
  },
  'crate-tarball-unreadable': {
    severity: 'warning',
    meaning: 'A `.crate` file cannot be decompressed; its license is not read.',
    docs:
      'A `.crate` (Gentoo DISTDIR, `cargo package` output) is a gzip-compressed tar. A file that is not gzip, is ' +
      'truncated, or would decompress beyond the size limit is skipped with this finding.',
    fix: 'Download the crate again.',
  },
  'crate-tarball-no-manifest': {
    severity: 'warning',
    meaning: 'A `.crate` file has no `<name>-<version>/Cargo.toml` inside.',
    docs:
      'cargo packages a crate as `<name>-<version>/…` with its Cargo.toml at the top of that folder. A tarball ' +
      'without one is not a crate cargo published; its license is not read.',
    fix: 'Check the file is a crate from a registry.',
  },

  // ---- License policy -----------------------------------------------------------------------------------
  'policy-invalid': {
    severity: 'error',
    meaning: 'The license policy cannot be used (a misspelt key, an invalid SPDX entry, a bad crate range).',
    docs:
      'A policy that is half understood would judge crates by rules the user did not write, so any problem in it ' +
      'stops the audit: unknown keys (with a "did you mean"), entries that are not SPDX licenses or `@GROUP`s, ' +
      'crate specs whose semver range does not parse. Each problem is a finding at its line in the policy file.',
    fix: 'Fix the entry at the named line.',
  },
  'policy-entry-corrected': {
    severity: 'notice',
    meaning: 'A policy entry was not a valid SPDX id as written and was corrected.',
    docs:
      'Policy entries are compared exactly with the crates\' normalised licenses, so they are normalised the same ' +
      'way: the legacy `/` separator, the case of an id (`mit` -> `MIT`), deprecated ids. Each correction is ' +
      'reported so the policy can be written in the form it is read in.',
    fix: 'Write the entry as the corrected SPDX id.',
  },
  'policy-allow-unused': {
    severity: 'notice',
    meaning: 'An `allow` entry was not needed by any crate of the lock.',
    docs:
      'An allow list that grows with every past dependency admits licenses nobody reviewed for the current tree. ' +
      'An entry counts as needed when it allowed at least one crate of the lock.',
    fix: 'Remove the entry to keep the policy tight.',
  },
  'policy-exception-unmatched': {
    severity: 'warning',
    meaning: 'A per-crate exception matches no crate of the lock (name or version range).',
    docs:
      'An exception is `name` or `name@<semver range>` plus the licenses it allows for that crate only. When no ' +
      'crate of the lock has the name, or none of its versions is in the range, the exception is dead: often a ' +
      'typo, or the crate was updated out of the range and now fails without anyone noticing why.',
    fix: 'Correct the crate name or range, or remove the exception.',
  },
  'policy-exception-unused': {
    severity: 'notice',
    meaning: 'A per-crate exception matched its crate but was not needed: the policy allows it anyway.',
    docs:
      'The crate\'s license is allowed by the general `allow` list (or no allow list is set), so the exception ' +
      'grants nothing.',
    fix: 'Remove the exception.',
  },
  'policy-clarify-unused': {
    severity: 'warning',
    meaning: 'A `clarify` entry matches no crate of the lock.',
    docs:
      'A clarification replaces a crate\'s declared license (or its missing one) after someone read the license ' +
      'text; it has the highest precedence. One that matches no crate by name and range is stale or misspelt, ' +
      'and the crate it was meant for is judged on its declared license instead.',
    fix: 'Correct the crate name or range, or remove the entry.',
  },

  // ---- Gentoo license data (license_groups, license-mapping.conf) ----------------------------------------
  'license-groups-missing': {
    severity: 'warning',
    meaning: 'None of the given Gentoo trees has `profiles/license_groups`.',
    docs:
      'Policy entries such as `@FREE` or `@OSI-APPROVED` are Gentoo license groups, defined in ' +
      '`profiles/license_groups` of ::gentoo (overlays may add members). Without the file no group can be ' +
      'expanded, so crates are judged without them.',
    fix: 'Give a ::gentoo checkout as the first gentoo-tree.',
  },
  'license-mapping-missing': {
    severity: 'warning',
    meaning: 'None of the given Gentoo trees has `metadata/license-mapping.conf`.',
    docs:
      'Gentoo names licenses differently from SPDX (`BSD-3-Clause` is `BSD`); `metadata/license-mapping.conf` ' +
      '(`[spdx-to-ebuild]`) translates them. Without it, `@GROUP` entries cannot judge any SPDX license and ' +
      '`LICENSE+=` cannot be written.',
    fix: 'Give a ::gentoo checkout as the first gentoo-tree.',
  },
  'license-group-malformed': {
    severity: 'warning',
    meaning: 'A `license_groups` line has a group or member name that is not a valid name.',
    docs:
      'Each line is `GROUP member member @OTHERGROUP …`, with `-` to negate a member or group. A token that is ' +
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
    docs:
      'Groups nest (`@FREE` contains `@FREE-SOFTWARE`, …) and the policy may name any of them. A group that is ' +
      'not defined in any given tree expands to nothing, so nothing is allowed or denied through it.',
    fix: 'Correct the group name, or give the tree that defines it.',
  },
  'license-group-cycle': {
    severity: 'warning',
    meaning: 'License groups include each other in a cycle.',
    docs:
      'Expanding `@A` that contains `@B` that contains `@A` would never end; the cycle is cut where it closes and ' +
      'the path of groups is named.',
    fix: 'Remove one of the inclusions.',
  },
  'license-mapping-malformed': {
    severity: 'warning',
    meaning: 'A `license-mapping.conf` line is not `SPDX-ID = Gentoo-name`, or maps to nothing.',
    docs:
      'Lines of the `[spdx-to-ebuild]` section map a (case-insensitive) SPDX key to ebuild LICENSE text. A line ' +
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
    docs:
      'CRATES= needs only the lock, but LICENSE+= needs ::gentoo\'s license-mapping.conf to turn SPDX ids into ' +
      'Gentoo license names; the audit never guesses a name.',
    fix: 'Give a ::gentoo checkout as gentoo-tree.',
  },
  'gentoo-too-many-crates': {
    severity: 'warning',
    meaning: 'CRATES= lists more crates than pkgcheck accepts without a warning (300).',
    docs:
      'Each crate in CRATES= is a distfile and a Manifest line; pkgcheck warns above 300 crates. Large Rust ' +
      'packages ship a crate tarball (a vendored dependency archive) instead.',
    fix: 'Ship a vendored crate tarball in SRC_URI instead of listing every crate.',
  },
  'gentoo-foreign-registry': {
    severity: 'warning',
    meaning: 'A crate comes from a registry other than crates.io, which cargo.eclass cannot fetch.',
    docs:
      'cargo.eclass builds SRC_URI for CRATES= from crates.io download URLs only; a crate from another registry ' +
      '(`registry+` or `sparse+` with a different URL) would be fetched from the wrong place.',
    fix: 'Fetch the crate through SRC_URI by hand, or vendor it.',
  },
  'gentoo-git-no-commit': {
    severity: 'warning',
    meaning: 'A git crate has no resolved commit in Cargo.lock and cannot be listed in GIT_CRATES.',
    docs:
      'GIT_CRATES entries pin a repository to one commit (`url;commit;dir`); cargo writes the commit after `#` in ' +
      'the source URL. Without it there is nothing to pin.',
    fix: 'Run `cargo update -p <crate>` so the lock records the commit.',
  },
  'gentoo-git-host': {
    severity: 'warning',
    meaning: 'A git crate is hosted somewhere cargo.eclass GIT_CRATES cannot fetch from.',
    docs:
      'cargo.eclass derives GIT_CRATES tarball URLs from GitHub\'s and GitLab\'s archive URL patterns only; a ' +
      'crate from another host gets a URL that does not exist.',
    fix: 'Fetch that repository through SRC_URI by hand.',
  },
  'gentoo-git-subdir': {
    severity: 'notice',
    meaning: 'Several crates come from the same git repository and commit: each needs its sub-path.',
    docs:
      'A GIT_CRATES entry is `<url>;<commit>;<dir>`, where `<dir>` is the folder the repository archive unpacks ' +
      'to (`<repo>-%commit%`). When several crates live in one repository, each entry must say where its crate ' +
      'is inside that folder, or cargo.eclass points every one of them at the repository root.',
    fix: 'Append `/<path-to-crate>` to the directory field of each of those GIT_CRATES entries.',
  },
  'gentoo-license-file': {
    severity: 'warning',
    meaning: 'A crate has only `license-file`, so its Gentoo license must be added by hand.',
    docs:
      'A crate that ships its license as a file has no SPDX expression to map; LICENSE+= cannot include it until ' +
      'someone reads the file.',
    fix: 'Read the file and add its Gentoo license name to LICENSE, or add a clarify entry.',
  },
  'gentoo-license-missing': {
    severity: 'warning',
    meaning: 'No license is known for a crate, so LICENSE+= leaves it out.',
    docs:
      'No license source knew the crate (it was not vendored, not in cargo metadata output) and no clarification ' +
      'names it; the ebuild\'s LICENSE would be incomplete.',
    fix: 'Add a license source that has the crate, or a clarify entry.',
  },
  'gentoo-license-invalid': {
    severity: 'warning',
    meaning: 'A crate\'s license is not a valid SPDX expression, so LICENSE+= leaves it out.',
    docs:
      'Only a parsed SPDX expression can be mapped term by term to Gentoo names (AND as juxtaposition, OR as ' +
      '`|| ( … )`).',
    fix: 'Add a clarify entry with the crate\'s real SPDX expression.',
  },
  'gentoo-license-unmapped': {
    severity: 'warning',
    meaning: 'An SPDX id has no entry in license-mapping.conf and is missing from LICENSE+=.',
    docs:
      'Modern ids such as `Unicode-3.0` may not be in ::gentoo\'s mapping yet; the audit reports them instead of ' +
      'guessing a Gentoo name, and lists the crates that need them.',
    fix: 'Add the Gentoo name to LICENSE by hand, or the id to license-mapping.conf.',
  },
  'gentoo-license-alternative-dropped': {
    severity: 'notice',
    meaning: 'An unmapped SPDX id was dropped from an OR choice; the other alternatives remain.',
    docs:
      'In `A OR B` with no Gentoo name for `B`, LICENSE+= keeps `A` alone: still correct (the user may choose ' +
      'A), but narrower than the crate\'s own terms.',
    fix: 'Add the id to license-mapping.conf if the alternative matters.',
  },
  'gentoo-license-plus-fallback': {
    severity: 'notice',
    meaning: 'An `id+` license had no mapping of its own; the mapping of the id without `+` was used.',
    docs:
      'license-mapping.conf\'s own header says a `+` key falls back to the key without `+` (`GPL-2.0+` maps like ' +
      '`GPL-2.0`); the audit does so and says which crates it applied to.',
    fix: 'None needed; add an explicit mapping to silence it.',
  },

  // ---- The audit ----------------------------------------------------------------------------------------
  'crate-license-denied': {
    severity: 'warning',
    meaning: 'A crate\'s license is denied by the policy (an error when fail-on has `denied`).',
    docs:
      'A crate is denied when every OR-branch of its license contains a denied license (`deny` wins over `allow` ' +
      'and over exceptions; a denied `X` also denies `X WITH <exception>`). The finding sits at the crate\'s ' +
      '`[[package]]` line and names the shortest path from a workspace member.',
    fix: 'Replace the dependency, or add a per-crate exception after legal review.',
  },
  'crate-license-unknown': {
    severity: 'warning',
    meaning: 'No license is known for a crate, or a group cannot judge it (an error when fail-on has `unknown`).',
    docs:
      'Either no license source knows the crate (add one: `cargo`, a vendor directory, cargo metadata JSON), or ' +
      'the policy judges through a Gentoo group and the crate\'s SPDX id has no Gentoo mapping: the verdict is ' +
      'unknown rather than a guess.',
    fix: 'Add a clarify entry to the policy once the license is checked.',
  },
  'crate-license-invalid': {
    severity: 'warning',
    meaning: 'A crate\'s license is not a valid SPDX expression (an error when fail-on has `invalid-spdx`).',
    docs:
      'The declared license was normalised (legacy `/`, case, deprecated ids: each correction reported) and ' +
      'still does not parse as an SPDX expression: an unknown id, a typo, or free text.',
    fix: 'Add a clarify entry with the crate\'s real SPDX expression.',
  },
  'crate-license-needs-review': {
    severity: 'warning',
    meaning: 'A crate gives only `license-file`; someone must read it (an error when fail-on has `unknown`).',
    docs:
      'cargo allows `license-file` instead of an SPDX `license`; the file\'s terms cannot be judged by the ' +
      'policy until a person reads them and records the result as a clarification.',
    fix: 'Add a clarify entry to the policy once the license is checked.',
  },
  'crate-new-duplicate': {
    severity: 'notice',
    meaning: 'The change makes a crate appear in more versions than before (an error when fail-on has `new-duplicate`).',
    docs:
      'Two semver-incompatible versions of one crate both compile into the program: more build time, bigger ' +
      'binaries, and twice the code to review. Counted as distinct versions of the packages outside the workspace ' +
      '(a workspace member that shares a crates.io crate\'s name and version is not a copy). The summary names the ' +
      'dependents that pull in each copy.',
    fix: 'Update the dependents so they agree on one version.',
  },
  'crate-license-changed': {
    severity: 'warning',
    meaning: 'An updated crate changed its license between the base and the head version.',
    docs:
      'A patch or minor update is usually accepted without review; a license change inside one is exactly what ' +
      'a reviewer must not miss (the new license may still pass the policy).',
    fix: 'Review the new license.',
  },
  'crate-checksum-changed': {
    severity: 'warning',
    meaning: 'A crate has the same name, version and source as in the base but a different checksum.',
    docs:
      'crates.io never changes a published version, so the same (name, version, source) with another checksum ' +
      'means a registry republished it or the lock was tampered with.',
    fix: 'Check where the crate comes from before merging.',
  },
  'base-lockfile-missing': {
    severity: 'warning',
    meaning: 'The given base lockfile does not exist: every crate counts as added.',
    docs:
      'With `base-lockfile` pointing at a missing file the audit assumes the pull request introduces Cargo.lock; ' +
      'if it does not, the path is wrong and the diff is meaningless.',
    fix: 'Correct base-lockfile if the pull request does not introduce Cargo.lock.',
  },
  'license-declared-by-pr': {
    severity: 'warning',
    meaning: 'A crate\'s license comes from a file the pull request wrote, not from the crate\'s registry or the base commit.',
    docs:
      'Everything in a pull request\'s checkout is the pull request\'s word. For a registry or git crate whose license ' +
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
    docs:
      'On a pull request the policy file is read at the base commit (`git show <base-sha>:<policy>`), because a ' +
      'pull request that adds a GPL crate could otherwise edit the policy to allow it and pass its own check. When ' +
      'the checkout\'s file differs (changed, added or deleted), the audit evaluates it too and says what it would ' +
      'change: the verdict and every crate whose verdict differs, or why the new file cannot be used. The verdict ' +
      'of this run stays the base policy\'s until the change is merged.',
    fix: 'Review the policy change like code; a maintainer may set policy-from: head for a pull request from this repository.',
  },
  'base-lockfile-unavailable': {
    severity: 'warning',
    meaning: 'The base lockfile could not be read from git; the audit runs without a comparison.',
    docs:
      'The base lockfile is `git show <base>:<path>` in the checkout; a shallow checkout first fetches just the ' +
      'base commit. When that fails (no git checkout, no credentials, an unknown revision) the head is still ' +
      'audited, but nothing is reported as added, removed or updated.',
    fix: 'Use `fetch-depth: 0` in actions/checkout, or pass base-lockfile.',
  },
});

export type CargoCode = typeof cargoFindings extends Catalogue<infer C> ? C : never;
