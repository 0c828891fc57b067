/**
 * Cargo.lock reader: V1 (checksums in `[metadata]`), V2 (no `version` key, inline checksums), `version = 3`
 * and `version = 4` (URL-encoded git query values). Pure: text in, plain data + findings out.
 *
 * Dependency strings (`name`, `name version`, `name version (source)`) are resolved the way cargo's own
 * decoder does (src/cargo/core/resolver/encode.rs): by name, then version, then source; when the source is
 * omitted and one of the candidates has no source (a path/workspace package), the bare form means that one.
 */
import { parse, TomlError } from 'smol-toml';
import type { Finding } from '../finding.js';
import { cargoFindings, type CargoCode } from './findings.js';
import { ConfigurationError } from '../io.js';

/** Cargo's full package id: `name version` or `name version (source)`; unique within one lockfile. */
export type PackageId = string;

export type SourceKind = 'registry' | 'sparse' | 'git' | 'path' | 'other';

export interface GitSource {
  /** Repository URL without `git+`, query and fragment. */
  url: string;
  /** The reference asked for in Cargo.toml, when not the default branch. */
  reference?: { kind: 'branch' | 'tag' | 'rev'; value: string };
  /** The resolved commit (the `#fragment`). */
  commit?: string;
}

export interface LockPackage {
  id: PackageId;
  /**
   * Identity across two locks: the id with the source as cargo identifies it ({@link sourceIdentity}, git
   * commit kept), so a V3 → V4 re-encoding of a git query is the same package. Equal to `id` for crates.io.
   */
  key: string;
  name: string;
  version: string;
  /** Raw `source` text; absent for workspace members and path dependencies. */
  source?: string;
  sourceKind: SourceKind;
  /** URL part of a registry/sparse/path/other source (after `kind+`). */
  sourceUrl?: string;
  git?: GitSource;
  /** Opaque text (Debian writes `Could not get crate checksum`); V1 checksums are moved here from `[metadata]`. */
  checksum?: string;
  /** Resolved dependency ids, in file order; unresolvable strings are dropped with a finding. */
  dependencies: PackageId[];
  /** 1-based line of this package's `[[package]]` header (0 when it could not be located). */
  line: number;
}

export type LockVersion = 1 | 2 | 3 | 4;

export interface Lockfile {
  version: LockVersion;
  /** Path used in findings. */
  file: string;
  /** In file order. */
  packages: LockPackage[];
  byId: Map<PackageId, LockPackage>;
  /** Every package of a name, in file order (cargo sorts by name, version, source). */
  byName: Map<string, LockPackage[]>;
  /** Problems inside an otherwise usable file (unresolvable dependency, duplicate package, …). */
  findings: Finding[];
  /**
   * cargo's deprecated `[replace]`: each replaced package's id, and the id of the package built in its place (the
   * replaced one's `replace = "<id>"`). cargo resolves every dependency on the replaced package to the
   * replacement and does not build the replaced one; {@link parseLockfile} fills it, empty when nothing is replaced.
   */
  replacements?: ReadonlyMap<PackageId, PackageId>;
}

export type ParseLockfileResult = { ok: true; lock: Lockfile } | { ok: false; error: Finding };

export interface ParseLockfileOptions {
  /** Path shown in findings; default `Cargo.lock`. */
  file?: string;
  /** Skip the fast path for cargo's canonical layout and always use smol-toml (tests compare both). */
  generalParser?: boolean;
  /**
   * `false`: dependency strings are neither resolved nor checked, every package's `dependencies` stays empty and
   * no dependency finding is made; everything else (packages, ids, checksums, version, other findings) is as
   * with `true`. For a lock read only to be compared package by package: the base of a diff.
   */
  dependencies?: boolean;
}

/** The newest lockfile format understood; cargo 1.78+ writes 4. */
export const MAX_LOCK_VERSION = 4;

export const CRATES_IO_REGISTRY = 'registry+https://github.com/rust-lang/crates.io-index';
export const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';

/** Thrown by {@link parseLockfileOrThrow}: the whole file is unusable. Carries the finding (with line). */
export class LockfileError extends ConfigurationError {
  override name = 'LockfileError';
  constructor(readonly finding: Finding) {
    super(finding.line !== undefined ? `${finding.file ?? 'Cargo.lock'}:${finding.line}: ${finding.message}` : finding.message);
  }
}

export function formatPackageId(name: string, version: string, source?: string): PackageId {
  // joined into one flat string, where `+` or a template makes a rope of five pieces: an id is hashed as a map key
  // and written into the report, both cheaper on a flat string (a fresh process's 2,500-crate audit: 1–3% faster)
  return source === undefined ? `${name} ${version}` : [name, ' ', version, ' (', source, ')'].join('');
}

export interface DependencySpec {
  name: string;
  version?: string;
  source?: string;
}

/** A dependency string without its source (`name` or `name version`): the form V2 and later write when unambiguous. */
function isShortForm(dep: string): boolean {
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
export function parseDependencySpec(s: string): DependencySpec | undefined {
  if (s === '') return undefined;
  const sp1 = s.indexOf(' ');
  if (sp1 < 0) return { name: s };
  if (sp1 === 0) return undefined;
  const name = s.slice(0, sp1);
  const rest = s.slice(sp1 + 1);
  const sp2 = rest.indexOf(' ');
  if (sp2 < 0) return rest === '' || rest.startsWith('(') ? undefined : { name, version: rest };
  if (sp2 === 0) return undefined;
  const version = rest.slice(0, sp2);
  const src = rest.slice(sp2 + 1);
  if (!src.startsWith('(') || !src.endsWith(')') || src.length < 3) return undefined;
  return { name, version, source: src.slice(1, -1) };
}

export function isCratesIo(source: string | undefined): boolean {
  return source === CRATES_IO_REGISTRY || source === CRATES_IO_SPARSE || source === 'sparse+https://index.crates.io';
}

export interface ParsedSource {
  kind: SourceKind;
  url?: string;
  git?: GitSource;
}

/**
 * Parse a `source` value. `lockVersion` 4 percent-decodes git query values (cargo ≥1.78 encodes them);
 * older versions keep them raw.
 */
export function parseSource(source: string | undefined, lockVersion: LockVersion = 4): ParsedSource {
  if (source === undefined) return { kind: 'path' };
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

function parseGitSource(rest: string, lockVersion: LockVersion): GitSource {
  const hash = rest.indexOf('#');
  const commit = hash >= 0 ? rest.slice(hash + 1) : undefined;
  const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = beforeHash.indexOf('?');
  const git: GitSource = { url: q >= 0 ? beforeHash.slice(0, q) : beforeHash };
  if (commit) git.commit = commit;
  if (q >= 0) {
    for (const pair of beforeHash.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const key = eq >= 0 ? pair.slice(0, eq) : pair;
      if (key !== 'branch' && key !== 'tag' && key !== 'rev') continue;
      let value = eq >= 0 ? pair.slice(eq + 1) : '';
      // (a value without `%` decodes to itself: most are a plain branch, tag or commit)
      if (lockVersion >= 4 && value.includes('%')) value = safeDecode(value);
      git.reference = { kind: key, value };
    }
  }
  return git;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
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
export function sourceIdentity(source: string | undefined, withCommit = false): string | undefined {
  if (source === undefined || isCratesIo(source)) return source;
  const cache = withCommit ? identityCache.withCommit : identityCache.bare;
  let hit = cache.get(source);
  if (hit === undefined) {
    hit = computeIdentity(source, withCommit);
    if (cache.size >= IDENTITY_CACHE_MAX) cache.clear();
    cache.set(source, hit);
  }
  return hit;
}

const identityCache = { bare: new Map<string, string>(), withCommit: new Map<string, string>() };
const IDENTITY_CACHE_MAX = 10_000;

function computeIdentity(source: string, withCommit: boolean): string {
  const plus = source.indexOf('+');
  if (plus <= 0) return source;
  const kind = source.slice(0, plus);
  const rest = source.slice(plus + 1);
  if (kind === 'sparse') return `sparse+${canonicalUrl(source, true).slice('sparse+'.length)}`;
  if (kind !== 'git') return `${kind}+${canonicalUrl(rest, false)}`;
  const hash = rest.indexOf('#');
  const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = beforeHash.indexOf('?');
  let reference = '';
  if (q >= 0) {
    for (const pair of beforeHash.slice(q + 1).split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = formDecode(eq >= 0 ? pair.slice(0, eq) : pair);
      const value = eq >= 0 ? formDecode(pair.slice(eq + 1)) : '';
      if (key === 'branch' || key === 'ref') reference = `branch=${encodeURIComponent(value)}`;
      else if (key === 'rev' || key === 'tag') reference = `${key}=${encodeURIComponent(value)}`;
    }
  }
  const url = canonicalUrl(q >= 0 ? beforeHash.slice(0, q) : beforeHash, false);
  const commit = withCommit && hash >= 0 ? `#${rest.slice(hash + 1)}` : '';
  return `git+${url}${reference ? `?${reference}` : ''}${commit}`;
}

/** application/x-www-form-urlencoded value decoding (`+` is a space), as rust-url's `query_pairs()`. */
function formDecode(s: string): string {
  const spaced = s.includes('+') ? s.replace(/\+/g, ' ') : s;
  if (!spaced.includes('%')) return spaced;
  // Runs of escapes are decoded as UTF-8 (lossy, like rust-url); an invalid escape stays as written.
  return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return UTF8.decode(bytes);
  });
}

const UTF8 = new TextDecoder();

/** cargo's CanonicalUrl (src/cargo/util/canonical_url.rs); `plusScheme`: a `sparse+https` URL, not lower-cased. */
function canonicalUrl(raw: string, plusScheme: boolean): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  u.hash = '';
  u.search = '';
  let path = u.pathname;
  let head = u.href.slice(0, u.href.length - path.length);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (!plusScheme) {
    if (u.hostname === 'github.com') {
      head = `https${head.slice(head.indexOf(':'))}`;
      path = path.toLowerCase();
    }
    if (path.endsWith('.git')) path = path.slice(0, -4);
  }
  return head + path;
}


interface Headers {
  packageLines: number[];
  metadataLine: number;
  rootLine: number;
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
const PLAIN_VALUE = String.raw`[^"\\\x00-\x1f\x7f]*`;
const PACKAGE_LINES = new RegExp(
  String.raw`name = "(${PLAIN_VALUE})"\nversion = "(${PLAIN_VALUE})"\n(?:source = "(${PLAIN_VALUE})"\n)?(?:checksum = "(${PLAIN_VALUE})"\n)?` +
    String.raw`(?:dependencies = \[\n((?: "${PLAIN_VALUE}",\n)*)\]\n)?`,
  'y',
);

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
const PLAIN_LITERAL = String.raw`[^'"\\\x00-\x1f\x7f]*`;
const LOOSE_STRING = String.raw`(?:"(${PLAIN_VALUE})"|'(${PLAIN_LITERAL})')`;
const LOOSE_ITEM = String.raw`(?:"${PLAIN_VALUE}"|'${PLAIN_LITERAL}')`;
const LINE_END = String.raw`[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?`;
const LOOSE_KEY = new RegExp(String.raw`[ \t]*(name|version|source|checksum|replace)[ \t]*=[ \t]*${LOOSE_STRING}${LINE_END}`, 'y');
const LOOSE_ARRAY = new RegExp(
  String.raw`[ \t]*dependencies[ \t]*=[ \t]*\[[ \t]*((?:${LOOSE_ITEM}[ \t]*,[ \t]*)*(?:${LOOSE_ITEM}[ \t]*)?)\]${LINE_END}`,
  'y',
);
const LOOSE_ELEMENT = new RegExp(String.raw`[ \t]*${LOOSE_STRING}[ \t]*(,?)${LINE_END}`, 'y');
const looseKeyLine = (key: string) => String.raw`[ \t]*${key}[ \t]*=[ \t]*${LOOSE_STRING}${LINE_END}\n`;
/**
 * PACKAGE_LINES for those lines: a package's keys in cargo's order, each a line as LOOSE_KEY reads it, and the
 * dependencies on one line as LOOSE_ARRAY reads them; one match for the package where a match per line took
 * ~2.5 ms more for 2,500 packages. Groups: 1–2 name, 3–4 version, 5–6 source, 7–8 checksum (basic or literal
 * string), 9 the array's elements.
 */
const LOOSE_PACKAGE = new RegExp(
  looseKeyLine('name') +
    looseKeyLine('version') +
    `(?:${looseKeyLine('source')})?(?:${looseKeyLine('checksum')})?` +
    String.raw`(?:[ \t]*dependencies[ \t]*=[ \t]*\[[ \t]*((?:${LOOSE_ITEM}[ \t]*,[ \t]*)*(?:${LOOSE_ITEM}[ \t]*)?)\]${LINE_END}\n)?`,
  'y',
);

/** `text[from, to)` holds no quote, backslash or control character (a char loop beats a regex per value). */
function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || c === 127) return false;
  }
  return true;
}

/** The raw dependency list of every package when they are not resolved (never handed out, never written). */
const UNREAD_DEPENDENCIES: readonly string[] = Object.freeze([]);

/** Packages read from the file before dependency strings are resolved (both parse paths produce this). */
interface Built {
  rawVersion: unknown;
  packages: LockPackage[];
  /** Raw `dependencies` value of each package (same index). */
  rawDeps: unknown[];
  /** Built by the general path (it reports duplicate ids); the fast path, which cannot see one, leaves it to first use. */
  byId: Map<PackageId, LockPackage> | undefined;
  byName: Map<string, LockPackage[]>;
  metadata: unknown;
  headers: Headers;
  anyInlineChecksum: boolean;
  /** Each package's `replace` text, by its position in `packages`. */
  replaces: [number, string][];
}

/**
 * A package as read, made by a constructor rather than an object literal: V8 moves the objects of a literal
 * whose objects tend to survive straight to the old generation, and each young string stored in them then
 * keeps that string alive until the next full collection (a scavenge counts every old-to-young pointer as live,
 * dead package or not), so every scavenge copied the strings of packages long gone. Every package gets the
 * same properties in the same order (absent ones undefined): one object shape. Fields are `declare`d and set in the
 * constructor only (see Row in audit.ts: a class field writes each property twice).
 */
class ParsedPackage implements LockPackage {
  declare id: PackageId;
  declare key: string;
  declare name: string;
  declare version: string;
  declare source: string | undefined;
  declare sourceKind: SourceKind;
  declare sourceUrl: string | undefined;
  declare git: GitSource | undefined;
  declare checksum: string | undefined;
  declare dependencies: PackageId[];
  declare line: number;
  /** Where the package sits in its lock's `packages` (set once the lock is read; checked by whoever uses it). */
  #at = -1;
  constructor(
    id: PackageId,
    key: string,
    name: string,
    version: string,
    source: string | undefined,
    sourceKind: SourceKind,
    sourceUrl: string | undefined,
    git: GitSource | undefined,
    checksum: string | undefined,
    dependencies: PackageId[],
    line: number,
  ) {
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

  static at(p: LockPackage): number {
    return #at in p ? p.#at : -1;
  }

  static place(p: LockPackage, at: number): void {
    if (#at in p) p.#at = at;
  }
}

/**
 * Where a package read by {@link parseLockfile} sits in its lock's `packages`, or -1 (a package made elsewhere). A
 * lock made from another's packages (a subset, another order) keeps the positions of the first: check
 * `packages[i] === p` before using one.
 */
export function packagePosition(p: LockPackage): number {
  return ParsedPackage.at(p);
}

/**
 * Every package's dependencies as positions in `packages`, in compressed rows (`succ[succStart[i] ..
 * succStart[i + 1])` are those of `packages[i]`, in the order of its `dependencies`), as the reader resolved
 * them: the dependency graph is built from them without a lookup table by id.
 */
export interface LockEdges {
  packages: readonly LockPackage[];
  succStart: Int32Array;
  succ: Int32Array;
}

function newPackage(name: string, version: string, source: string | undefined, parsed: ParsedSource, checksum: string | undefined, line: number): LockPackage {
  const id = formatPackageId(name, version, source);
  const identity = sourceIdentity(source, true);
  const key = identity === source ? id : formatPackageId(name, version, identity);
  return new ParsedPackage(id, key, name, version, source, parsed.kind, parsed.url, parsed.git ? { ...parsed.git } : undefined, checksum, [], line);
}

function addPackage(built: Built, byId: Map<PackageId, LockPackage>, pkg: LockPackage, deps: unknown): void {
  built.packages.push(pkg);
  built.rawDeps.push(deps);
  byId.set(pkg.id, pkg);
  const list = built.byName.get(pkg.name);
  if (list) list.push(pkg);
  else built.byName.set(pkg.name, [pkg]);
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
function scanCanonical(text: string, resolve: boolean): Built | undefined {
  const built: Built = {
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
  let metadata: Record<string, string> | undefined;
  let state = 0; // 0 top, 1 package, 2 dependencies array, 3 metadata
  // In a `[[patch.unused]]` table (cargo lists a `[patch]` entry that matched nothing there: same keys as a
  // package, no package of the lock; the general path does not read `patch` either).
  let inPatch = false;
  let name: string | undefined;
  let version: string | undefined;
  let source: string | undefined;
  let checksum: string | undefined;
  // `replace = "<id>"`: cargo's deprecated `[replace]` (see Lockfile's `replacements`).
  let replace: string | undefined;
  let deps: string[] | undefined;
  let pkgLine = 0;
  let lockVersion: LockVersion = 1;
  let prevSource: string | undefined;
  let prevParsed: ParsedSource = { kind: 'path' };
  // Dependency strings of the package being read, copied out at `]` into an array of their number.
  const depScratch: string[] = [];
  // cargo writes packages sorted by name: a name equal to the previous one extends its list, a name after
  // every earlier one (while the file stays sorted) is new, so most packages need no lookup by name.
  let prevName: string | undefined;
  let prevList: LockPackage[] | undefined;
  let sortedSoFar = true;
  // Names with MANY_VERSIONS packages or more: the `version source` of each (a version has no space, a source is
  // never empty), so a duplicate costs a lookup, not a walk through hundreds of versions for every one of them.
  const keysOf = new Map<LockPackage[], Set<string>>();

  // Close the package being read; false when it is not well-formed (the general path will say why).
  const finish = (): boolean => {
    if (inPatch) {
      inPatch = false;
      name = version = source = checksum = replace = undefined;
      deps = undefined;
      return true;
    }
    if (pkgLine === 0) return true;
    if (name === undefined || version === undefined || !CRATE_NAME.test(name) || !SEMVER.test(version)) return false;
    if (source !== undefined) {
      if (source !== prevSource) {
        if (source === '' || BAD_SOURCE.test(source)) return false;
        prevParsed = parseSource(source, lockVersion);
        prevSource = source;
      } else source = prevSource; // one string for every package of a source
    }
    let list: LockPackage[] | undefined;
    if (name === prevName) list = prevList;
    else if (!sortedSoFar || (prevName !== undefined && name < prevName)) {
      sortedSoFar = false;
      list = built.byName.get(name);
    }
    // A duplicate package id is the same name, version and source (ids are `name version (source)`, and none
    // of the three can hold the separators).
    if (list) {
      if (list.length < MANY_VERSIONS) {
        for (const q of list) if (q.version === version && q.source === source) return false;
      } else {
        // a name with many packages: their `version source` in a set, kept from here on as they are added
        let keys = keysOf.get(list);
        if (!keys) keysOf.set(list, (keys = new Set(list.map((q) => `${q.version} ${q.source ?? ''}`))));
        const key = `${version} ${source ?? ''}`;
        if (keys.has(key)) return false;
        keys.add(key);
      }
    }
    const pkg = newPackage(name, version, source, source === undefined ? { kind: 'path' } : prevParsed, checksum, pkgLine);
    if (checksum !== undefined) built.anyInlineChecksum = true;
    built.packages.push(pkg);
    built.rawDeps.push(deps);
    if (replace !== undefined) built.replaces.push([built.packages.length - 1, replace]);
    if (list) list.push(pkg);
    else built.byName.set(name, (list = [pkg]));
    prevName = name;
    prevList = list;
    name = version = source = checksum = replace = undefined;
    deps = undefined;
    pkgLine = 0;
    return true;
  };

  // What a line says, in the same terms whether it has cargo's layout or another (looseLine).
  const header = (kind: 'package' | 'patch' | 'metadata', line: number): boolean => {
    if (!finish()) return false;
    if (kind === 'metadata') {
      if (metadata !== undefined) return false;
      metadata = Object.create(null) as Record<string, string>;
      built.metadata = metadata;
      built.headers.metadataLine = line;
      state = 3;
      return true;
    }
    if (kind === 'patch') inPatch = true;
    else {
      pkgLine = line;
      built.headers.packageLines.push(line);
    }
    state = 1;
    return true;
  };
  // A package's (or unused patch's) string key: 1 name, 2 version, 3 source, 4 checksum, 5 replace. False for a repeat.
  const setKey = (key: number, value: string): boolean => {
    if (key === 1) {
      if (name !== undefined) return false;
      name = value;
    } else if (key === 2) {
      if (version !== undefined) return false;
      version = value;
    } else if (key === 3) {
      if (source !== undefined) return false;
      source = value;
    } else if (key === 4) {
      if (checksum !== undefined) return false;
      checksum = value;
    } else {
      if (replace !== undefined) return false;
      replace = value;
    }
    return true;
  };
  // `dependencies = [`: its strings follow (state 2), each where a comma or the `[` left room for one (`element`).
  let element = true;
  const depsBegin = (): boolean => {
    if (deps !== undefined) return false;
    deps = [];
    element = true;
    state = 2;
    return true;
  };
  // Unresolved, the strings matter only to tell V1 from V2 (no `version` line); an unused patch's, never.
  const dep = (value: string) => {
    if (!inPatch && (resolve || built.rawVersion === undefined)) depScratch.push(value);
  };
  const depsEnd = () => {
    deps = depScratch.length === 0 && !resolve ? (UNREAD_DEPENDENCIES as string[]) : depScratch.slice();
    depScratch.length = 0;
    state = 1;
  };
  const metadataItem = (key: string, value: string): boolean => {
    if (Object.prototype.hasOwnProperty.call(metadata, key)) return false;
    metadata![key] = value;
    return true;
  };
  // Top level: only `version = N`.
  const topVersion = (digits: string): boolean => {
    if (built.rawVersion !== undefined || !/^(0|[1-9]\d{0,8})$/.test(digits)) return false;
    built.rawVersion = Number(digits);
    if (built.rawVersion === 2 || built.rawVersion === 3 || built.rawVersion === 4) lockVersion = built.rawVersion;
    return true;
  };

  /**
   * A line in another layout than cargo's: blanks around keys, `=`, values and table names, a comment after
   * them, literal strings, quoted keys, an array's strings on one line or spread over lines with their commas
   * anywhere. False for what is not read here (escapes, multi-line strings, inline tables, dotted or other
   * keys, other values, a lone CR, a control character in a comment); the general path then reads the file.
   */
  const looseLine = (from: number, to: number, line: number): boolean => {
    let p = skipBlanks(text, from, to);
    if (p === to) return true;
    let c = text.charCodeAt(p);
    if (c === 35) return commentOnly(text, p, to);
    if (state !== 2 && c === 91 /* [ */) {
      const double = text.charCodeAt(p + 1) === 91;
      p = skipBlanks(text, p + (double ? 2 : 1), to);
      const nameFrom = p;
      while (p < to && isTableNameChar(text.charCodeAt(p))) p++;
      const table = text.slice(nameFrom, p);
      p = skipBlanks(text, p, to);
      if (text.charCodeAt(p) !== 93 || (double && text.charCodeAt(p + 1) !== 93)) return false;
      p += double ? 2 : 1;
      const kind = double ? (table === 'package' ? 'package' : table === 'patch.unused' ? 'patch' : undefined) : table === 'metadata' ? 'metadata' : undefined;
      return kind !== undefined && header(kind, line) && blankOrComment(text, p, to);
    }
    if (state !== 2) {
      // key = value
      let key: string;
      if (c === 34) {
        const e = plainString(text, p, to);
        if (e < 0) return false;
        key = text.slice(p, e);
        p = e;
      } else {
        const keyFrom = p;
        while (p < to && isBareKeyChar(text.charCodeAt(p))) p++;
        if (p === keyFrom) return false;
        key = text.slice(keyFrom, p);
      }
      p = skipBlanks(text, p, to);
      if (text.charCodeAt(p) !== 61 /* = */) return false;
      p = skipBlanks(text, p + 1, to);
      c = text.charCodeAt(p);
      if (state === 0) {
        if (key !== 'version') return false;
        const digitsFrom = p;
        while (p < to && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
        return p > digitsFrom && topVersion(text.slice(digitsFrom, p)) && blankOrComment(text, p, to);
      }
      if (state === 1 && key === 'dependencies' && c === 91) {
        if (!depsBegin()) return false;
        p++;
        // the array's strings follow on this line, and on the next ones if it is not closed here
      } else {
        if (c !== 34 && c !== 39) return false;
        const e = plainString(text, p, to);
        if (e < 0) return false;
        const value = text.slice(p + 1, e - 1);
        if (state === 3) {
          if (key.charCodeAt(0) !== 34 || !metadataItem(key.slice(1, -1), value)) return false;
        } else {
          const k = key === 'name' ? 1 : key === 'version' ? 2 : key === 'source' ? 3 : key === 'checksum' ? 4 : key === 'replace' ? 5 : 0;
          if (k === 0 || !setKey(k, value)) return false;
        }
        return blankOrComment(text, e, to);
      }
    }
    // Inside `dependencies = [`: strings, commas, the closing `]`.
    for (;;) {
      p = skipBlanks(text, p, to);
      if (p === to) return true;
      c = text.charCodeAt(p);
      if (c === 35) return commentOnly(text, p, to);
      if (c === 93) {
        depsEnd();
        return blankOrComment(text, p + 1, to);
      }
      if (element && (c === 34 || c === 39)) {
        const e = plainString(text, p, to);
        if (e < 0) return false;
        dep(text.slice(p + 1, e - 1));
        element = false;
        p = e;
      } else if (!element && c === 44 /* , */) {
        element = true;
        p++;
      } else return false;
    }
  };

  // A package's line in another layout that one of the LOOSE_ expressions reads whole: what reading it says, or
  // undefined when none matches (looseLine reads it then).
  const loosePackageLine = (from: number, to: number): boolean | undefined => {
    LOOSE_KEY.lastIndex = from;
    const m = LOOSE_KEY.exec(text);
    if (m !== null && LOOSE_KEY.lastIndex === to) {
      const key = m[1]!;
      const k = key === 'name' ? 1 : key === 'version' ? 2 : key === 'source' ? 3 : key === 'checksum' ? 4 : 5;
      return setKey(k, m[2] ?? m[3]!);
    }
    LOOSE_ARRAY.lastIndex = from;
    const a = LOOSE_ARRAY.exec(text);
    if (a === null || LOOSE_ARRAY.lastIndex !== to) return undefined;
    return oneLineArray(a[1]!);
  };
  // The elements of an array on one line as LOOSE_ARRAY or LOOSE_PACKAGE matched them: strings that hold neither
  // quote, between blanks and commas.
  const oneLineArray = (items: string): boolean => {
    if (!depsBegin()) return false;
    for (let p = 0; p < items.length; ) {
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
  const looseElement = (from: number, to: number): true | undefined => {
    LOOSE_ELEMENT.lastIndex = from;
    const m = LOOSE_ELEMENT.exec(text);
    if (m === null || LOOSE_ELEMENT.lastIndex !== to) return undefined;
    dep(m[1] ?? m[2]!);
    element = m[3] !== '';
    return true;
  };

  const n = text.length;
  let lineNo = 0;
  let start = 0;
  while (start < n) {
    let end = text.indexOf('\n', start);
    const next = end < 0 ? n + 1 : end + 1;
    if (end < 0) end = n;
    lineNo++;
    // CRLF is a line end; a lone CR (even at the very end of the file) is not valid TOML.
    if (end > start && text.charCodeAt(end - 1) === 13) {
      if (end === n) return undefined;
      end--;
    }
    const from = start;
    const len = end - from;
    const c0 = len > 0 ? text.charCodeAt(from) : 0;
    start = next;
    if (len === 0) continue;
    if (c0 === 35 /* # */) {
      // TOML forbids control characters in comments: let the real parser report it.
      if (!commentOnly(text, from, end)) return undefined;
      continue;
    }
    if (state === 2) {
      // ` "<text>",`
      if (element && c0 === 32 && len >= 4 && text.charCodeAt(from + 1) === 34 && text.charCodeAt(end - 1) === 44 && text.charCodeAt(end - 2) === 34 && isPlain(text, from + 2, end - 2)) {
        dep(text.slice(from + 2, end - 2));
      } else if (len === 1 && c0 === 93 /* ] */) depsEnd();
      else if (!((element && looseElement(from, end)) || looseLine(from, end, lineNo))) return undefined;
      continue;
    }
    if (c0 === 91 /* [ */) {
      let ok: boolean;
      if (len === 11 && text.startsWith('[[package]]', from)) {
        ok = header('package', lineNo);
        // the package's lines as cargo writes them, read by one match (see PACKAGE_LINES); the lines after the
        // last one it covers are read one by one below
        PACKAGE_LINES.lastIndex = next;
        const m = ok ? PACKAGE_LINES.exec(text) : null;
        if (m !== null) {
          setKey(1, m[1]!);
          setKey(2, m[2]!);
          lineNo += 2;
          if (m[3] !== undefined) setKey(3, m[3]), lineNo++;
          if (m[4] !== undefined) setKey(4, m[4]), lineNo++;
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
        } else if (ok) {
          // the same lines in another layout (LOOSE_PACKAGE), one per key and the array on one line
          LOOSE_PACKAGE.lastIndex = next;
          const l = LOOSE_PACKAGE.exec(text);
          if (l !== null) {
            setKey(1, l[1] ?? l[2]!);
            setKey(2, l[3] ?? l[4]!);
            lineNo += 2;
            if (l[5] !== undefined || l[6] !== undefined) setKey(3, l[5] ?? l[6]!), lineNo++;
            if (l[7] !== undefined || l[8] !== undefined) setKey(4, l[7] ?? l[8]!), lineNo++;
            if (l[9] !== undefined) oneLineArray(l[9]), lineNo++;
            start = LOOSE_PACKAGE.lastIndex;
          }
        }
      }
      else if (len === 16 && text.startsWith('[[patch.unused]]', from)) ok = header('patch', lineNo);
      else if (len === 10 && text.startsWith('[metadata]', from)) ok = header('metadata', lineNo);
      else ok = looseLine(from, end, lineNo);
      if (!ok) return undefined;
      continue;
    }
    if (state === 1) {
      // `<key> = "<text>"` for the five string keys, or the dependencies array.
      let key = 0; // 1 name, 2 version, 3 source, 4 checksum, 5 replace
      let at = 0; // where the value starts
      if (text.charCodeAt(end - 1) === 34) {
        if (c0 === 110 && text.startsWith('name = "', from)) (key = 1), (at = 8);
        else if (c0 === 118 && text.startsWith('version = "', from)) (key = 2), (at = 11);
        else if (c0 === 115 && text.startsWith('source = "', from)) (key = 3), (at = 10);
        else if (c0 === 99 && text.startsWith('checksum = "', from)) (key = 4), (at = 12);
        else if (c0 === 114 && text.startsWith('replace = "', from)) (key = 5), (at = 11);
      }
      let ok: boolean;
      if (key !== 0 && len > at && isPlain(text, from + at, end - 1)) ok = setKey(key, text.slice(from + at, end - 1));
      else if (len === 16 && text.startsWith('dependencies = [', from)) ok = depsBegin();
      else if (len === 17 && text.startsWith('dependencies = []', from)) {
        ok = depsBegin();
        depsEnd();
      } else ok = loosePackageLine(from, end) ?? looseLine(from, end, lineNo);
      if (!ok) return undefined;
      continue;
    }
    if (state === 3) {
      const m = METADATA_ITEM.exec(text.slice(from, end));
      if (m ? !metadataItem(m[1]!, m[2]!) : !looseLine(from, end, lineNo)) return undefined;
      continue;
    }
    // top level: only `version = N` (a repeat fails in both)
    if (!((len >= 11 && text.startsWith('version = ', from) && topVersion(text.slice(from + 10, end))) || looseLine(from, end, lineNo))) return undefined;
  }
  if (state === 2 || !finish()) return undefined;
  return built;
}

/** The first position at or after `p` (before `to`) that is not a space or a tab. */
function skipBlanks(text: string, p: number, to: number): number {
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

/** `text[p, to)` is a comment (from `#`) without a control character TOML forbids there. */
function commentOnly(text: string, p: number, to: number): boolean {
  for (p++; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c < 32 && c !== 9) || c === 127) return false;
  }
  return true;
}

/** Nothing but blanks and maybe a comment from `p` to `to`. */
function blankOrComment(text: string, p: number, to: number): boolean {
  p = skipBlanks(text, p, to);
  return p === to || (text.charCodeAt(p) === 35 && commentOnly(text, p, to));
}

/**
 * A one-line string at `p` (basic or literal, not multi-line) whose text is its value and is plain
 * ({@link isPlain}): the position after its closing quote, or -1.
 */
function plainString(text: string, p: number, to: number): number {
  const q = text.charCodeAt(p);
  if (text.charCodeAt(p + 1) === q && text.charCodeAt(p + 2) === q) return -1;
  const e = text.indexOf(q === 34 ? '"' : "'", p + 1);
  return e < 0 || e >= to || !isPlain(text, p + 1, e) ? -1 : e + 1;
}

function isBareKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function isTableNameChar(c: number): boolean {
  return isBareKeyChar(c) || c === 46;
}

/** The general path: any valid TOML, every problem of a package a finding. */
function buildFromDocument(doc: Record<string, unknown>, headers: Headers, version: LockVersion, file: string, findings: Finding[]): Built | Finding {
  const byId = new Map<PackageId, LockPackage>();
  const built: Built = {
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
  const tables: { raw: unknown; line: number }[] = [];
  if (rawPackages !== undefined) {
    if (!Array.isArray(rawPackages)) {
      return cargoFindings.make('lock-invalid-structure', `Cargo.lock \`package\` must be an array of tables ([[package]]), found ${describe(rawPackages)}.`, { file });
    }
    const linesMatch = headers.packageLines.length === rawPackages.length;
    rawPackages.forEach((raw, i) => tables.push({ raw, line: linesMatch ? headers.packageLines[i]! : 0 }));
  }
  // Very old V1 files (cargo < 0.17?) kept the root package in `[root]`.
  if (doc['root'] !== undefined) tables.unshift({ raw: doc['root'], line: headers.rootLine });

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
    let checksum: string | undefined;
    const sum = raw['checksum'];
    if (sum !== undefined) {
      if (typeof sum === 'string') {
        checksum = sum;
        built.anyInlineChecksum = true;
      } else {
        findings.push(cargoFindings.make('lock-invalid-checksum', `Package \`${id}\` has a non-text checksum (${describe(sum)}); ignored.`, at()));
      }
    }
    addPackage(built, byId, newPackage(name, ver, src, parseSource(src, version), checksum, line), raw['dependencies']);
    if (typeof raw['replace'] === 'string') built.replaces.push([built.packages.length - 1, raw['replace']]);
  }
  return built;
}

/**
 * Lines (1-based) of `[[package]]` headers and of `[metadata]`/`[root]`, for files that need the general
 * parser. A small TOML lexer: strings (all four kinds), comments and brackets inside values are skipped,
 * so only real table headers count.
 */
function scanHeaders(text: string): Headers {
  const h: Headers = { packageLines: [], metadataLine: 0, rootLine: 0 };
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
      const q = text[i]!;
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
          while (text[j] === q) j++; // up to two extra quotes belong to the content
          break;
        }
        for (let k = i; k < j; k++) if (text.charCodeAt(k) === 10) line++;
        i = j;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 10) break;
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
      if (/^\[\[\s*package\s*\]\]/.test(header)) h.packageLines.push(line);
      else if (/^\[\s*metadata\s*\]/.test(header)) h.metadataLine = line;
      else if (/^\[\s*root\s*\]/.test(header)) h.rootLine = line;
      i = e;
      continue;
    }
    if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && depth > 0) depth--;
    atLineStart = false;
    i++;
  }
  return h;
}

function isEscaped(text: string, at: number): boolean {
  let k = at - 1;
  let slashes = 0;
  while (k >= 0 && text.charCodeAt(k) === 92) {
    slashes++;
    k--;
  }
  return slashes % 2 === 1;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (v instanceof Date) return 'a date';
  return typeof v === 'object' ? 'a table' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Parse Cargo.lock text. Never throws: a file that cannot be used as a whole yields `{ ok: false, error }`. */
export function parseLockfile(text: string, options: ParseLockfileOptions = {}): ParseLockfileResult {
  const file = options.file ?? 'Cargo.lock';
  const fail = (code: CargoCode, message: string, where: { line?: number; column?: number; hint?: string } = {}) =>
    ({ ok: false, error: cargoFindings.make(code, message, { file, ...where }) }) as const;

  if (typeof text !== 'string') return fail('lock-invalid', 'Cargo.lock content is not text.');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const findings: Finding[] = [];
  const fast = options.generalParser ? undefined : scanCanonical(text, options.dependencies !== false);
  let doc: Record<string, unknown> | undefined;
  if (!fast) {
    try {
      doc = parse(text, { maxDepth: 64 }) as Record<string, unknown>;
    } catch (e) {
      if (e instanceof TomlError) {
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
  let version: LockVersion;
  const rawVersion = fast ? fast.rawVersion : doc!['version'];
  if (rawVersion === undefined) {
    version = 1; // refined after reading packages
  } else if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 1) {
    return fail('lock-invalid-version', `Cargo.lock \`version\` must be a positive integer, found ${describe(rawVersion)}.`, {
      line: findKeyLine(text, 'version'),
    });
  } else if (rawVersion > MAX_LOCK_VERSION) {
    return fail(
      'lock-unsupported-version',
      `Cargo.lock version ${rawVersion} is newer than this action understands (V1 to V${MAX_LOCK_VERSION}).`,
      { line: findKeyLine(text, 'version'), hint: 'Update rust-distro-actions, or regenerate the lock with an older cargo.' },
    );
  } else {
    version = rawVersion as LockVersion;
    if (version <= 2) {
      findings.push(
        cargoFindings.make('lock-explicit-old-version', `Cargo.lock says \`version = ${version}\`; cargo never writes V1/V2 explicitly and rejects it.`, {
          file,
          line: findKeyLine(text, 'version'),
        }),
      );
    }
  }

  let built: Built;
  if (fast) built = fast;
  else {
    const b = buildFromDocument(doc!, scanHeaders(text), version, file, findings);
    if ('severity' in b) return { ok: false, error: b };
    built = b;
  }
  const { packages, rawDeps, byName, headers, anyInlineChecksum } = built;
  // By id, built on first use (V1 checksums need it here; see ParsedLockfile).
  const byId = (): Map<PackageId, LockPackage> => (built.byId ??= indexById(packages));

  const byVersion: VersionIndex = new Map();
  // V1: checksums live in [metadata] as "checksum <name> <version> (<source>)" = "<sum>".
  const metadata = built.metadata;
  let metadataChecksums = 0;
  if (metadata !== undefined) {
    if (!isTable(metadata)) {
      findings.push(cargoFindings.make('lock-invalid-metadata', `Cargo.lock [metadata] is ${describe(metadata)}, not a table; ignored.`, { file, line: headers.metadataLine || undefined }));
    } else {
      for (const [key, value] of Object.entries(metadata)) {
        if (!key.startsWith('checksum ')) continue;
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
        if (typeof value !== 'string') continue;
        // cargo wrote `<none>` for packages without a checksum (path and git sources).
        if (value !== '<none>' && pkg.checksum === undefined) pkg.checksum = value;
      }
    }
  }

  // Where a finding about a package points: made for a finding only, not for each of 5,000 packages.
  const at = (pkg: LockPackage) => ({ file, line: pkg.line || undefined });
  const resolveCache = new Map<string, LockPackage | null>();
  const idIndex = built.byId;
  let anyShortForm = false;
  let edges: LockEdges | undefined;
  if (options.dependencies === false) {
    // Only the V1/V2 decision below looks at dependency strings: does any use cargo's short form?
    if (rawVersion === undefined) anyShortForm = rawDeps.some((deps) => Array.isArray(deps) && deps.some((d) => typeof d === 'string' && isShortForm(d)));
  } else {
    // Each dependency as the position of its package too (LockEdges), so the graph needs no lookup by id.
    const n = packages.length;
    let most = 0;
    for (let i = 0; i < n; i++) {
      ParsedPackage.place(packages[i]!, i);
      const deps = rawDeps[i];
      if (Array.isArray(deps)) most += deps.length;
    }
    const succStart = new Int32Array(n + 1);
    const succ = new Int32Array(most);
    let e = 0;
    for (let i = 0; i < n; i++) {
      succStart[i] = e;
      const pkg = packages[i]!;
      const deps = rawDeps[i];
      if (deps === undefined) continue;
      if (!Array.isArray(deps)) {
        findings.push(cargoFindings.make('lock-invalid-dependencies', `Package \`${pkg.id}\` has \`dependencies\` that is ${describe(deps)}, not an array; ignored.`, at(pkg)));
        continue;
      }
      // Resolved ids are written over the strings (this array is the parser's own), then it becomes the
      // package's list: one array of the right length, no growth.
      const out = deps as unknown[];
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
            out[kept++] = only[0]!.id;
            succ[e++] = ParsedPackage.at(only[0]!);
            continue;
          }
        } else if (space > 0 && dep.indexOf(' ', space + 1) === -1) {
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
          if (exact.source === undefined) anyShortForm = true;
          resolved = exact;
          resolveCache.set(dep, resolved);
        } else if (resolved === undefined) {
          const spec = parseDependencySpec(dep);
          if (spec && spec.source === undefined) anyShortForm = true;
          resolved = spec ? resolveSpec(spec, byName, byVersion) : null;
          resolveCache.set(dep, resolved);
          if (resolved === null) {
            const why = !spec ? 'is not of the form `name [version [(source)]]`' : describeMiss(spec, byName);
            findings.push(cargoFindings.make('lock-unresolved-dependency', `Dependency \`${dep}\` of \`${pkg.id}\` ${why}; ignored.`, at(pkg)));
          }
        } else if (resolved === null) {
          findings.push(cargoFindings.make('lock-unresolved-dependency', `Dependency \`${dep}\` of \`${pkg.id}\` cannot be resolved; ignored.`, at(pkg)));
        }
        if (resolved) {
          out[kept++] = resolved.id;
          succ[e++] = ParsedPackage.at(resolved);
        }
      }
      out.length = kept;
      pkg.dependencies = out as PackageId[];
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
  const replacements = new Map<PackageId, PackageId>();
  if (options.dependencies !== false) {
    for (const [i, text] of built.replaces) {
      const spec = parseDependencySpec(text);
      const by = spec ? resolveSpec(spec, byName, byVersion) : null;
      if (by && by !== packages[i]) replacements.set(packages[i]!.id, by.id);
    }
  }
  return { ok: true, lock: new ParsedLockfile(version, file, packages, byName, findings, built.byId, edges, replacements) };
}

function indexById(packages: readonly LockPackage[]): Map<PackageId, LockPackage> {
  return new Map(packages.map((p) => [p.id, p] as const));
}

/**
 * A parsed lock. Its lookup by id is made on first use, by a getter on the class: a getter written in an object
 * literal is a new function per object, and V8 gives each such object a map of its own in the old generation,
 * which then holds the getter, its closure and through it every package alive in every scavenge until a full
 * collection (a loop of lock audits spent most of its time copying dead locks).
 */
class ParsedLockfile implements Lockfile {
  #byId: Map<PackageId, LockPackage> | undefined;
  #edges: LockEdges | undefined;
  constructor(
    public version: LockVersion,
    public file: string,
    public packages: LockPackage[],
    public byName: Map<string, LockPackage[]>,
    public findings: Finding[],
    byId: Map<PackageId, LockPackage> | undefined,
    edges: LockEdges | undefined,
    public replacements: ReadonlyMap<PackageId, PackageId> = new Map(),
  ) {
    this.#byId = byId;
    this.#edges = edges;
  }

  static edges(lock: Lockfile): LockEdges | undefined {
    return #edges in lock ? lock.#edges : undefined;
  }

  /** By id; the fast path does not need one (it finds duplicates by name), and an audit never asks (its graph indexes packages itself). */
  get byId(): Map<PackageId, LockPackage> {
    return (this.#byId ??= indexById(this.packages));
  }
}

/**
 * The dependency edges the reader resolved, as positions (see LockEdges), for a lock {@link parseLockfile} read;
 * undefined for another (a lock made by hand, or read without resolving). Its `packages` is the array they index:
 * a lock whose packages or dependencies were changed since must not use them (buildGraph checks).
 */
export function lockEdges(lock: Lockfile): LockEdges | undefined {
  return ParsedLockfile.edges(lock);
}

/** Like {@link parseLockfile} but throws a {@link LockfileError} (a ConfigurationError) for an unusable file. */
export function parseLockfileOrThrow(text: string, options: ParseLockfileOptions = {}): Lockfile {
  const r = parseLockfile(text, options);
  if (!r.ok) throw new LockfileError(r.error);
  return r.lock;
}

/** Packages of one name from which a version is looked up in a map instead of by walking the name's list. */
const MANY_VERSIONS = 16;

/** Each name's packages by version (in lock order), made once per parse for a name with many versions. */
type VersionIndex = Map<LockPackage[], Map<string, LockPackage[]>>;

/** A name's packages by version: a name with 400 versions filtered its list once for each of 400 strings. */
function versionsOf(all: LockPackage[], byVersion: VersionIndex): Map<string, LockPackage[]> {
  let m = byVersion.get(all);
  if (!m) {
    m = new Map();
    for (const p of all) {
      const list = m.get(p.version);
      if (list) list.push(p);
      else m.set(p.version, [p]);
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
function byNameAndVersion(list: readonly LockPackage[] | undefined, dep: string, from: number): LockPackage | undefined {
  if (list === undefined || list.length >= MANY_VERSIONS) return undefined;
  const len = dep.length - from;
  let hit: LockPackage | undefined;
  // at most one: two packages without a source and of one name and version would have one id
  let sourceless: LockPackage | undefined;
  let count = 0;
  for (const q of list) {
    if (q.version.length !== len || !dep.startsWith(q.version, from)) continue;
    count++;
    hit = q;
    if (q.source === undefined) sourceless = q;
  }
  return count === 1 ? hit : sourceless;
}

function resolveSpec(spec: DependencySpec, byName: Map<string, LockPackage[]>, byVersion: VersionIndex): LockPackage | null {
  const all = byName.get(spec.name);
  if (!all) return null;
  let cands = all;
  if (spec.version !== undefined) {
    const v = spec.version;
    cands = all.length >= MANY_VERSIONS ? (versionsOf(all, byVersion).get(v) ?? []) : cands.filter((p) => p.version === v);
  } else {
    // Without a version cargo requires a single version of the name (sources may still differ).
    const v0 = cands[0]!.version;
    if (cands.some((p) => p.version !== v0)) return null;
  }
  if (cands.length === 0) return null;
  if (spec.source !== undefined) {
    const s = spec.source;
    // cargo looks the source up by SourceId: kind and canonical URL, without the git commit (old V1 strings
    // name `git+…?rev=X` while the package's source is `git+…?rev=X#X`).
    if (cands.length >= MANY_VERSIONS) {
      // one name and version from many sources (forks of one crate): by source and by identity from an index,
      // where a search of the candidates for each of n dependency strings was n² (10,000 forks: minutes)
      const index = sourceIndexOf(cands);
      const exact = index.exact.get(s);
      if (exact) return exact;
      const same = index.identity.get(sourceIdentity(s)!);
      return same?.length === 1 ? same[0]! : null;
    }
    let hit = cands.find((p) => p.source === s);
    if (!hit) {
      const id = sourceIdentity(s);
      const same = cands.filter((p) => sourceIdentity(p.source) === id);
      if (same.length === 1) hit = same[0];
    }
    return hit ?? null;
  }
  if (cands.length === 1) return cands[0]!;
  // The bare form means the package without a source (path packages never write one).
  const pathOnes = cands.filter((p) => p.source === undefined);
  return pathOnes.length === 1 ? pathOnes[0]! : null;
}

/** The packages of one name and version by source and by source identity (for resolveSpec; built once per list). */
interface SourceIndex {
  exact: Map<string, LockPackage>;
  identity: Map<string, LockPackage[]>;
}
const sourceIndexes = new WeakMap<readonly LockPackage[], SourceIndex>();

function sourceIndexOf(cands: readonly LockPackage[]): SourceIndex {
  let index = sourceIndexes.get(cands);
  if (index) return index;
  index = { exact: new Map(), identity: new Map() };
  for (const p of cands) {
    if (p.source === undefined) continue;
    // the first of a source, as a search in order finds it
    if (!index.exact.has(p.source)) index.exact.set(p.source, p);
    const id = sourceIdentity(p.source)!;
    const list = index.identity.get(id);
    if (list) list.push(p);
    else index.identity.set(id, [p]);
  }
  sourceIndexes.set(cands, index);
  return index;
}

function describeMiss(spec: DependencySpec, byName: Map<string, LockPackage[]>): string {
  const all = byName.get(spec.name);
  if (!all) return `names no package in this lock (\`${spec.name}\`)`;
  const versions = [...new Set(all.map((p) => p.version))];
  if (spec.version === undefined) return `is ambiguous: \`${spec.name}\` has versions ${versions.join(', ')}`;
  if (!versions.includes(spec.version)) return `names version ${spec.version}, but the lock has ${versions.join(', ')}`;
  if (spec.source !== undefined) return `names source ${spec.source}, which no \`${spec.name} ${spec.version}\` has`;
  return `is ambiguous: several \`${spec.name} ${spec.version}\` packages have a source`;
}

function findKeyLine(text: string, key: string): number | undefined {
  const re = new RegExp(`^\\s*${key}\\s*=`, 'm');
  const m = re.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Names with more than one package (distinct version or source), each list in file order. */
export function multiVersionNames(lock: Lockfile): Map<string, LockPackage[]> {
  const out = new Map<string, LockPackage[]>();
  for (const [name, list] of lock.byName) if (list.length > 1) out.set(name, list);
  return out;
}

/** Workspace members and path dependencies: packages without a source. */
export function workspaceMembers(lock: Lockfile): LockPackage[] {
  return lock.packages.filter((p) => p.source === undefined);
}
