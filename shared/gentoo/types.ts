/**
 * Plain data shared by the shared/gentoo modules (and read by shared/rust for RUST_TARGETS). Each module owns
 * its parsing; these are the records that flow between them.
 */
import type { Finding } from '../finding.js';

/** A repository as configured (repos.conf) and/or found on disk. */
export interface RepoConfig {
  /** Section name in repos.conf (must equal profiles/repo_name). */
  name: string;
  location?: string;
  /** Effective priority: explicit, else -1000 for the main repo, else 0. */
  priority: number;
  /** Whether `priority` was written explicitly. */
  explicitPriority: boolean;
  syncType?: string;
  syncUri?: string;
  autoSync?: boolean;
  syncDepth?: number;
  masters?: string[];
  verifySignatures?: boolean;
  /** Other keys, kept verbatim. */
  extra: Record<string, string>;
  /** Where the section was read from. */
  file?: string;
  line?: number;
}

/** One value of an ebuild variable read statically. */
export type EbuildValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'array'; values: string[]; line: number }
  /** Built from expansions/conditions we cannot evaluate: never guessed. */
  | { kind: 'unknown'; raw: string; line: number; reason: string };

export interface EbuildInfo {
  /** Variables assigned at top level (EAPI, SLOT, KEYWORDS, IUSE, LICENSE, SRC_URI, RESTRICT, PROPERTIES,
   * CRATES, RUST_TARGETS, PATCHES, ... — every simple assignment found). */
  vars: Record<string, EbuildValue>;
  /** Eclasses from `inherit` lines. */
  inherit: string[];
  findings: Finding[];
  /** Set when bash refuses the file (as `bash -n` would): Portage cannot source it, so it has no metadata. */
  bashError?: { line: number; message: string };
  /** Only when eclasses were looked up: every eclass read (nested ones too), in order. */
  eclasses?: string[];
  /** Inherited eclasses no eclass directory has (or that bash refuses). */
  eclassesMissing?: string[];
  /** Every inherit ran and its eclass was read: a variable nobody set is really unset. */
  complete?: boolean;
  /** IUSE the inherited eclasses add (Portage keeps it apart from the ebuild's own, then joins them). */
  eclassIuse?: string[];
  /** `die` runs at global scope (in the ebuild, or in `eclass`, a path): Portage cannot source the ebuild. */
  dies?: { line: number; message: string; eclass?: string };
}

/** One ebuild found in a repository (from the ebuild text or from md5-cache when present). */
export interface EbuildRecord {
  repo: string;
  category: string;
  /** Package name, e.g. `rust`. */
  package: string;
  /** Version text as in the file name, with revision, e.g. `1.75.0-r1`. */
  version: string;
  /** Path relative to the repository root, e.g. `dev-lang/rust/rust-1.75.0-r1.ebuild`. */
  file: string;
  /** undefined when it could not be known statically. */
  slot?: string;
  keywords?: string[];
  eapi?: string;
  license?: string;
  /** Distfile names SRC_URI fetches (after `->` renames); undefined when unknown. */
  distfiles?: string[];
  /** md5 of the ebuild file (md5-cache `_md5_`, or computed). */
  md5?: string;
  /** Where the metadata came from. */
  source: 'md5-cache' | 'ebuild';
  /** bash refuses the ebuild, so Portage's metadata generation fails and emerge never considers it. */
  bashError?: { line: number; message: string };
  /** Sourcing the ebuild fails or yields invalid metadata (an eclass not found, no SLOT): emerge never considers it. */
  metadataError?: string;
  /** What emerge says of it ("masked by: …") when that is not "corruption" (metadata it could read, but invalid). */
  metadataMask?: string;
  /** USE flags of IUSE (eclasses' included, `+`/`-` defaults stripped); undefined when unknown. */
  iuse?: string[];
}
