/**
 * Every finding the gentoo domain makes (repository layout, repos.conf and priorities, Manifests, the user's
 * package.* configuration, visibility, setting up repositories and checking an overlay for drift), with what
 * it means and how it is usually fixed. Findings about an ebuild's bash are in `ebuild/findings.ts`.
 */
import { defineFindings, type Catalogue } from '../finding.js';

const REGEN_MANIFEST = 'Regenerate the Manifest with `pkgdev manifest` (or `ebuild <file> manifest`) and commit it.';

export const gentooFindings = defineFindings('gentoo', {
  // ---- profiles/repo_name, profiles/categories ----------------------------------------------------------
  'repo-name-empty': {
    severity: 'error',
    meaning: 'profiles/repo_name exists but its first line is empty.',
    docs:
      'Portage names a repository by the first line of profiles/repo_name, and a repos.conf section must use ' +
      'exactly that name. With an empty first line the repository has no name, so no repos.conf section can ' +
      'match it and Portage drops the repository.',
    fix: 'Write the repository name (e.g. `regicide-rust`) on the first line of profiles/repo_name.',
  },
  'repo-name-whitespace': {
    severity: 'warning',
    meaning: 'The name in profiles/repo_name has spaces or tabs around it.',
    docs:
      'The first line of profiles/repo_name is trimmed before use, so the name still works; the whitespace is ' +
      'usually left by a hand edit and is worth removing before a tool that does not trim meets it.',
    fix: 'Remove the surrounding whitespace from the first line of profiles/repo_name.',
  },
  'repo-name-invalid': {
    severity: 'error',
    meaning: 'The name in profiles/repo_name is not a valid repository name.',
    docs:
      'A repository name uses only `[A-Za-z0-9_-]`, must not start with `-`, and must also be a valid package ' +
      'name (so it cannot end in `-<version>`, e.g. `repo-1.0`). Portage refuses a repository whose name breaks ' +
      'these rules, and every atom with `::<repo>` would be unparsable.',
    fix: 'Rename the repository in profiles/repo_name (and its repos.conf section) to a valid name.',
  },
  'category-invalid': {
    severity: 'error',
    meaning: 'A line of profiles/categories is not a valid category name.',
    docs:
      'profiles/categories lists one category per line (`#` starts a comment). A category name uses ' +
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
    docs:
      'metadata/layout.conf is a list of `key = value` lines; Portage skips a line it cannot split, so whatever ' +
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
    docs:
      'Portage understands a fixed set of layout.conf keys (masters, thin-manifests, sign-commits, ' +
      'sign-manifests, use-manifests, manifest-hashes, manifest-required-hashes, cache-formats, profile-formats, ' +
      'eapis-banned, eapis-deprecated, properties-allowed, restrict-allowed, repo-name, aliases, ' +
      'update-changelog) and ignores anything else without a word. RegicideOS\'s layout.conf sets `priority`, ' +
      '`eapis` and `properties`: none of them has any effect. Priority belongs in repos.conf.',
    fix: 'Remove the key, or move it where it has an effect (priority: repos.conf); check the spelling against portage(5).',
  },
  'layout-masters-empty': {
    severity: 'warning',
    meaning: 'layout.conf sets an empty `masters =` in a repository that is not ::gentoo.',
    docs:
      'An empty `masters =` declares a standalone repository: Portage then gives it no master at all (unlike a ' +
      'missing key, which falls back to the main repository), so its ebuilds cannot inherit ::gentoo\'s eclasses ' +
      'or use its licenses, and profiles cannot build on ::gentoo\'s. Only ::gentoo itself (or a repository that ' +
      'really ships every eclass and license it uses) should have it.',
    fix: 'Set `masters = gentoo` in metadata/layout.conf.',
  },
  'layout-missing-masters': {
    severity: 'error',
    meaning: 'layout.conf does not set `masters`.',
    docs:
      'An overlay inherits eclasses, licenses and profiles from its masters. Without the key Portage falls back ' +
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
    docs:
      'manifest-required-hashes defaults to all of manifest-hashes; a required hash that is not generated can ' +
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
    docs:
      'Without layout.conf the repository has no masters: Portage falls back to the main repository and warns ' +
      '"missing masters attribute" on every run, and thin-manifests and the Manifest hash settings keep their ' +
      'defaults (full Manifests required for every package).',
    fix: 'Create metadata/layout.conf with at least `masters = gentoo` (and `thin-manifests = true` for a git overlay).',
  },
  'repo-name-missing': {
    severity: 'error',
    meaning: 'The repository has no profiles/repo_name.',
    docs:
      'Portage names a repository by profiles/repo_name and drops a repos.conf section whose name differs. ' +
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
    docs:
      'Portage only looks for ebuilds in categories listed in the union of every repository\'s ' +
      'profiles/categories. Without the file, this repository\'s ebuilds are visible only in categories that ' +
      'another configured repository happens to list; one of its own new categories is silently ignored.',
    fix: 'Create profiles/categories listing every category directory of the repository, one per line.',
  },
  'profiles-file-ignored': {
    severity: 'warning',
    meaning: 'A keywords file at the root of profiles/ that Portage does not read there.',
    docs:
      'Keywords for a repository are accepted in profile nodes (`profiles/<profile>/package.accept_keywords`, for ' +
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
    docs:
      'Package names use `[A-Za-z0-9+_-]`, do not start with `-` or `+`, and must not end in something that ' +
      'looks like a version (`-1.0`): Portage could not split `<name>-<version>` back apart.',
    fix: 'Rename the package directory (and its ebuilds) to a valid package name.',
  },
  'ebuild-name-invalid': {
    severity: 'error',
    meaning: 'An ebuild file name is not `<package>-<valid version>.ebuild`, so Portage ignores it.',
    docs:
      'Portage reads the version from the file name: it must start with the package directory name and a dash, ' +
      'followed by a PMS version (`1.2.3`, `1.2.3_rc1`, `1.2.3-r1`). A file that does not parse is silently ' +
      'skipped, so the ebuild the maintainer thinks is there never exists for emerge.',
    fix: 'Rename the file to `<package>-<version>.ebuild` with a PMS version.',
  },
  'md5-cache-stale': {
    severity: 'notice',
    meaning: 'A metadata/md5-cache entry does not match its ebuild; the ebuild itself is read instead.',
    docs:
      'Each md5-cache entry records the md5 of the ebuild (`_md5_`) it was generated from. When the ebuild ' +
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
    docs:
      '::gentoo slots dev-lang/rust and dev-lang/rust-bin per version (`SLOT="${PV%%_*}"`, e.g. 1.75.0 for ' +
      '1.75.0-r1): eselect-rust, rust.eclass and dependencies such as `dev-lang/rust:1.75.0` rely on it. An ' +
      'overlay ebuild with another SLOT collides with ::gentoo\'s slots and breaks those dependencies.',
    fix: 'Use `SLOT="${PV%%_*}"` like ::gentoo.',
  },
  'ebuild-eclass-missing': {
    severity: 'error',
    meaning: 'An ebuild inherits an eclass that neither its repository nor its masters have.',
    docs:
      'Portage sources an ebuild with the eclasses of its own repository\'s eclass/ and of the masters named in ' +
      'metadata/layout.conf. When `inherit` names an eclass none of them has, inherit() dies, metadata generation ' +
      'fails, and emerge never considers that version ("masked by: corruption") — checked with Portage run from ' +
      'its source. Reported only when every master is among the configured repositories, so that "not found" is ' +
      'certain.',
    fix: 'Add the eclass to the repository\'s eclass/, list the repository that has it in `masters`, or fix the inherit line.',
  },
  'ebuild-dies-global': {
    severity: 'error',
    meaning: 'Sourcing the ebuild runs `die` at global scope (in the ebuild or an eclass it inherits).',
    docs:
      'Portage sources every ebuild, with its eclasses, to generate its metadata. A `die` reached at global scope — ' +
      'an eclass\'s `case ${EAPI} in 7|8) ;; *) die …` for an EAPI it does not support, a variable an eclass ' +
      'needs before inherit — stops that, so emerge never considers the version ("masked by: corruption"). ' +
      'Reported only when the path to `die` is decided statically.',
    fix: 'Use an EAPI the eclass supports, or set what the eclass requires before `inherit`.',
  },
  'ebuild-slot-missing': {
    severity: 'error',
    meaning: 'Neither the ebuild nor an eclass it inherits sets SLOT.',
    docs:
      'SLOT is mandatory metadata. Portage rejects an ebuild whose SLOT is empty after sourcing it with all its ' +
      'eclasses (acct-user, for instance, defaults it with `: ${SLOT:=0}`), so emerge never considers that version — ' +
      'checked with Portage run from its source. Reported only when every inherited eclass was read.',
    fix: 'Set SLOT="0" (or the slot the package needs).',
  },
  'ebuild-slot-invalid': {
    severity: 'error',
    meaning: 'SLOT is not a valid slot (PMS: `[A-Za-z0-9_][A-Za-z0-9+_.-]*`, or `slot/subslot` from EAPI 5).',
    docs:
      'A slot name may contain only `[A-Za-z0-9+_.-]` and must not begin with `-`, `.` or `+`; from EAPI 5 SLOT may ' +
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
    docs:
      'metadata.xml names the maintainers and upstream of a package. pkgcheck reports a missing one as an error ' +
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
    docs:
      'Every package whose SRC_URI fetches something needs a DIST entry per distfile, and a repository without ' +
      'thin manifests needs a Manifest for every package. emerge refuses to fetch or build a package whose ' +
      'Manifest is missing (use-manifests = strict, the default).',
    fix: REGEN_MANIFEST,
  },
  'manifest-missing-dist': {
    severity: 'error',
    meaning: 'An ebuild fetches a file that has no DIST entry in the Manifest.',
    docs:
      'emerge verifies every distfile against its DIST line (size and hashes) and refuses to fetch a file the ' +
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
    docs:
      'Portage collects ebuilds only from categories in the union of every configured repository\'s ' +
      'profiles/categories. Ebuilds in an unlisted category are silently ignored: emerge says the package does ' +
      'not exist.',
    fix: 'Add the category to the repository\'s profiles/categories.',
  },
  'src-uri-not-static': {
    severity: 'notice',
    meaning: 'Some ebuilds build SRC_URI from values only known when the ebuild runs; their DIST entries were not checked.',
    docs:
      'Without metadata/md5-cache, SRC_URI is read from the ebuild text; a value that depends on an eclass ' +
      'function or on shell logic the reader cannot follow is unknown, so whether the Manifest covers it was not ' +
      'checked rather than guessed.',
    fix: 'Provide metadata/md5-cache (`egencache --update`) so the real SRC_URI is known.',
  },

  // ---- Manifest ----------------------------------------------------------------------------------------------
  'manifest-malformed-line': {
    severity: 'error',
    meaning: 'A Manifest line is not `TYPE filename size HASHNAME hex …`.',
    docs:
      'A Manifest line is `TYPE filename size (HASHNAME hexdigest)+` with TYPE one of DIST, EBUILD, AUX, MISC. ' +
      'Portage refuses a Manifest it cannot parse, so every file of the package fails verification.',
    fix: REGEN_MANIFEST,
  },
  'manifest-missing-hash': {
    severity: 'error',
    meaning: 'Manifest entries lack a hash that the repository requires (one finding per Manifest, at the first such entry).',
    docs:
      'layout.conf manifest-required-hashes (default: all of manifest-hashes; BLAKE2B in ::gentoo and GURU) ' +
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
    docs:
      'Portage cannot know which of two different entries to trust for one file, so verifying it fails. Two ' +
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
    docs:
      'Distfiles live flat in DISTDIR; a name with a path separator would make a verifier read a file outside ' +
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
    docs:
      'emerge refuses a distfile whose size or BLAKE2B/SHA512 digest differs from the Manifest: either upstream ' +
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
    docs:
      'ACCEPT_KEYWORDS decides which KEYWORDS make an ebuild visible; with none accepted (empty, or only removals ' +
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
    docs:
      'package.mask, package.unmask and package.accept_keywords take one atom per line (`=dev-lang/rust-1.75.0-r1`, ' +
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
    docs:
      'In repos.conf a HIGHER priority wins, and only between identical versions; equal priorities are ordered ' +
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
    docs:
      'Visibility: an ebuild must not be masked and one of its KEYWORDS must be accepted (ACCEPT_KEYWORDS plus ' +
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
    docs:
      'Portage sorts candidates by version first and priority second: priority only decides between identical ' +
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
    docs:
      '`=dev-lang/rust-1.75.0-r1 ~amd64` only accepts a keyword, for that version in ANY repository; it does not ' +
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
    docs:
      'A successful sync swaps the new clone into `<repos-dir>/<name>`. A directory there that is not a git ' +
      'checkout (and not empty) is someone\'s data, so setup-overlay leaves it alone and does not write a ' +
      'repos.conf that would point at it.',
    fix: 'Point repos-dir at a folder of its own (the default is under runner.temp), or remove that directory.',
  },
  'repo-sync-failed': {
    severity: 'error',
    meaning: 'A repository could not be cloned or fetched.',
    docs:
      'Transient errors are retried with backoff (input retries); after the last attempt the previous checkout, ' +
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
    docs:
      'Fetches are retried with exponential backoff and jitter within timeout-minutes (shared by all upstreams). ' +
      'When a previous checkout exists, drift is computed against it and this is only a warning; without one the ' +
      'upstream is left out and the step fails.',
    fix: 'Check the uri and ref; raise retries, backoff-seconds or timeout-minutes for a flaky remote.',
  },
  'upstream-signature': {
    severity: 'error',
    meaning: 'The head commit of an upstream is not signed by a key in the keyring; it is left out.',
    docs:
      'With verify-signatures, `git verify-commit` checks each fetched upstream\'s head against the given keys ' +
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

export type GentooCode = typeof gentooFindings extends Catalogue<infer C> ? C : never;
