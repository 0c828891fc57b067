/**
 * The text of /etc/portage package.accept_keywords, package.mask and package.unmask, plus ACCEPT_KEYWORDS
 * itself. Bad lines become Findings (file + line) and are skipped; nothing here throws.
 *
 * Comments: a line starting with `#` and, as Portage's grabfile does, any word starting with `#` ends the line.
 * Atoms may carry `::repo` and wildcards (`*` + `/` + `*`, `dev-lang/*`), as Portage allows in these files.
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { atomMatches, parseAtom, type Atom, type PackageRef } from './atom.js';
import { compareVersions, type Version } from './version.js';
import { firstIndex } from '../sorted.js';

export interface AcceptKeywordsEntry {
  atom: Atom;
  /** Keyword tokens as written. Empty means "`~ARCH`" (Portage's default for a bare atom). */
  keywords: string[];
  file: string;
  line: number;
}

export interface AtomEntry {
  atom: Atom;
  file: string;
  line: number;
}

export interface ParsedConfig<T> {
  entries: T[];
  findings: Finding[];
}

/** Gentoo's profiles/arch.list (stable arches and prefix keywords), used to flag typos such as `~amd46`. */
export const KNOWN_ARCHES: readonly string[] = [
  'alpha', 'amd64', 'arm', 'arm64', 'hppa', 'ia64', 'loong', 'm68k', 'mips', 'ppc', 'ppc64', 'riscv', 's390',
  'sparc', 'x86',
  // prefix keywords
  'amd64-linux', 'arm-linux', 'arm64-linux', 'ppc64-linux', 'riscv-linux', 'x86-linux', 'arm64-macos',
  'ppc-macos', 'x86-macos', 'x64-macos', 'x64-solaris', 'x86-solaris', 'x64-cygwin', 'x86-winnt',
];

const ARCH_RE = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

export type KeywordToken =
  | { kind: 'all-including-unkeyworded' } // **
  | { kind: 'any-stable' } // *
  | { kind: 'any-testing' } // ~*
  | { kind: 'stable'; arch: string } // amd64
  | { kind: 'testing'; arch: string } // ~amd64
  | { kind: 'reset' } // -*
  | { kind: 'remove'; keyword: string }; // -amd64, -~amd64

/** Classify one ACCEPT_KEYWORDS / package.accept_keywords token; null when it is not a keyword at all. */
export function parseKeywordToken(token: string): KeywordToken | null {
  if (token === '**') return { kind: 'all-including-unkeyworded' };
  if (token === '*') return { kind: 'any-stable' };
  if (token === '~*') return { kind: 'any-testing' };
  if (token === '-*') return { kind: 'reset' };
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
export function tokenArch(token: string): string | undefined {
  const t = parseKeywordToken(token);
  if (!t) return undefined;
  if (t.kind === 'stable' || t.kind === 'testing') return t.arch;
  if (t.kind === 'remove') return t.keyword.replace(/^~/, '');
  return undefined;
}

function checkKeyword(
  token: string,
  where: { file: string; line: number },
  knownArches: readonly string[],
  findings: Finding[],
): boolean {
  const parsed = parseKeywordToken(token);
  if (!parsed) {
    findings.push(
      gentooFindings.make('accept-keywords-bad-token', `'${token}' is not a keyword token.`, {
        ...where,
        hint: 'Use arch (stable), ~arch (testing), ~* (any testing), * (any stable), ** (anything, even unkeyworded) or -* / -arch.',
      }),
    );
    return false;
  }
  const arch = tokenArch(token);
  if (arch !== undefined && !knownArches.includes(arch)) {
    findings.push(
      gentooFindings.make('accept-keywords-unknown-keyword', `Keyword '${token}' names an arch '${arch}' that Gentoo does not know.`, {
        ...where,
        hint: `Known arches: ${knownArches.slice(0, 15).join(', ')}, ... (profiles/arch.list).`,
      }),
    );
  }
  return true;
}

/** ACCEPT_KEYWORDS as a whitespace-separated value (e.g. the `accept-keywords` input). */
export function parseAcceptKeywords(
  value: string,
  options: { file?: string; line?: number; knownArches?: readonly string[] } = {},
): { keywords: string[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = { file: options.file ?? 'ACCEPT_KEYWORDS', line: options.line ?? 1 };
  const keywords: string[] = [];
  for (const t of value.split(/\s+/).filter(Boolean)) {
    if (checkKeyword(t, where, options.knownArches ?? KNOWN_ARCHES, findings)) keywords.push(t);
  }
  return { keywords, findings };
}

/** Lines as Portage reads them: words, with `#` starting a comment at the start of any word. */
function* meaningfulLines(text: string): Generator<{ line: number; words: string[] }> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const words: string[] = [];
    for (const w of lines[i].split(/\s+/)) {
      if (w === '') continue;
      if (w.startsWith('#')) break;
      words.push(w);
    }
    if (words.length) yield { line: i + 1, words };
  }
}

function parseConfigAtom(word: string, where: { file: string; line: number }, findings: Finding[]): Atom | undefined {
  const r = parseAtom(word, { allowRepo: true, allowBlocker: false, allowWildcard: true });
  if (!r.ok) {
    findings.push(
      gentooFindings.make('package-config-bad-atom', `${r.error} The line is ignored.`, {
        ...where,
        hint: 'One atom per line, e.g. =dev-lang/rust-1.75.0-r1, >=dev-lang/rust-1.75, dev-lang/rust::gentoo.',
      }),
    );
    return undefined;
  }
  return r.atom;
}

export function parsePackageAcceptKeywords(
  text: string,
  file = 'package.accept_keywords',
  options: { knownArches?: readonly string[] } = {},
): ParsedConfig<AcceptKeywordsEntry> {
  const findings: Finding[] = [];
  const entries: AcceptKeywordsEntry[] = [];
  for (const { line, words } of meaningfulLines(text)) {
    const where = { file, line };
    const atom = parseConfigAtom(words[0], where, findings);
    if (!atom) continue;
    const keywords: string[] = [];
    for (const t of words.slice(1)) {
      if (checkKeyword(t, where, options.knownArches ?? KNOWN_ARCHES, findings)) keywords.push(t);
    }
    // Only bad tokens: dropping them would turn the line into a bare atom (= ~ARCH), so ignore the line.
    if (words.length > 1 && keywords.length === 0) continue;
    entries.push({ atom, keywords, file, line });
  }
  return { entries, findings };
}

function parseAtomList(text: string, file: string, kind: 'package.mask' | 'package.unmask'): ParsedConfig<AtomEntry> {
  const findings: Finding[] = [];
  const entries: AtomEntry[] = [];
  for (const { line, words } of meaningfulLines(text)) {
    const where = { file, line };
    if (words[0].startsWith('-') && words[0].length > 1) {
      findings.push(
        gentooFindings.make('package-config-negation', `'${words[0]}': a leading '-' (removing an entry) only works in profiles, not in /etc/portage/${kind}. The line is ignored.`, {
          ...where,
          hint: kind === 'package.mask' ? `Put ${words[0].slice(1)} in package.unmask instead.` : `Delete the line instead.`,
        }),
      );
      continue;
    }
    if (words.length > 1) {
      findings.push(
        gentooFindings.make('package-config-extra-token', `${kind} takes one atom per line; '${words.slice(1).join(' ')}' after '${words[0]}' is not allowed. The line is ignored.`, {
          ...where,
          hint: kind === 'package.mask' ? 'Keywords belong in package.accept_keywords.' : undefined,
        }),
      );
      continue;
    }
    const atom = parseConfigAtom(words[0], where, findings);
    if (atom) entries.push({ atom, file, line });
  }
  return { entries, findings };
}

export function parsePackageMask(text: string, file = 'package.mask'): ParsedConfig<AtomEntry> {
  return parseAtomList(text, file, 'package.mask');
}

export function parsePackageUnmask(text: string, file = 'package.unmask'): ParsedConfig<AtomEntry> {
  return parseAtomList(text, file, 'package.unmask');
}

/**
 * A repository's own profiles/package.mask. Unlike /etc/portage, `-atom` lines are allowed there: they
 * remove an atom inherited from a master repository. Portage stacks each master's list with the repo's
 * own (incrementally) and appends `::<repo>` to the result, so the masks only ever apply to that repo's
 * ebuilds; `stackRepoMasks` does the stacking.
 */
export function parseRepoPackageMask(text: string, file = 'profiles/package.mask'): ParsedConfig<AtomEntry> & { removals: AtomEntry[] } {
  const findings: Finding[] = [];
  const entries: AtomEntry[] = [];
  const removals: AtomEntry[] = [];
  for (const { line, words } of meaningfulLines(text)) {
    const where = { file, line };
    if (words.length > 1) {
      findings.push(gentooFindings.make('package-config-extra-token', `package.mask takes one atom per line; '${words.slice(1).join(' ')}' after '${words[0]}' is not allowed. The line is ignored.`, where));
      continue;
    }
    const negated = words[0].startsWith('-') && words[0].length > 1;
    const atom = parseConfigAtom(negated ? words[0].slice(1) : words[0], where, findings);
    if (!atom) continue;
    (negated ? removals : entries).push({ atom, file, line });
  }
  return { entries, findings, removals };
}

/**
 * The masks that apply to one repository's ebuilds: each master's list minus the repo's `-atom` removals,
 * plus the repo's own atoms minus removals of them (as Portage's MaskManager stacks them).
 */
export function stackRepoMasks(
  own: { entries: readonly AtomEntry[]; removals: readonly AtomEntry[] },
  masters: readonly { entries: readonly AtomEntry[] }[],
): AtomEntry[] {
  const removed = new Set(own.removals.map((r) => r.atom.text));
  const out: AtomEntry[] = [];
  for (const m of masters) for (const e of m.entries) if (!removed.has(e.atom.text)) out.push(e);
  // The last line each atom is removed on (a search of every removal per entry: 40,000 of each took 63 s).
  const lastRemoval = new Map<string, number>();
  for (const r of own.removals) lastRemoval.set(r.atom.text, Math.max(lastRemoval.get(r.atom.text) ?? -Infinity, r.line));
  for (const e of own.entries) {
    // An own `-atom` after the atom removes it; before it, it removes only the master's.
    const later = (lastRemoval.get(e.atom.text) ?? -Infinity) > e.line;
    if (!later) out.push(e);
  }
  return out;
}

/**
 * Which entries of a package.mask / package.unmask / package.accept_keywords list match one ebuild, without trying
 * every entry against every ebuild (8,000 versions of a package against 8,000 of its mask lines took 3.6 s).
 * The list is indexed once (per array; the lists are never changed after parsing): entries by package, and within a
 * package `=` atoms sorted by version, `>`/`>=` and `<`/`<=` atoms sorted so that those matching a version are a
 * prefix (suffix) of their list. Wildcard atoms and those with a repository or a named slot are tried one by one.
 * The answers are those of `entries.find` / `entries.filter` with `atomMatches` (a property test compares them).
 */
interface Indexed<T> {
  e: T;
  /** Position in the list (file order). */
  i: number;
}

interface PackageEntries<T> {
  /** `=` atoms, by version, then position. */
  exact: Indexed<T>[];
  /** Unrestricted `>`/`>=` atoms by version, `>=` first at equal versions: those matching a version are a prefix. */
  lower: Indexed<T>[];
  /** lowerMin[k]: the entry with the smallest position among lower[0..k]. */
  lowerMin: Indexed<T>[];
  /** Unrestricted `<`/`<=` atoms by version, `<` first at equal versions: those matching a version are a suffix. */
  upper: Indexed<T>[];
  /** upperMin[k]: the entry with the smallest position among upper[k..]. */
  upperMin: Indexed<T>[];
  /** Unrestricted atoms without a version: they match every version (position order). */
  any: Indexed<T>[];
  /** Everything else of the package, tried one by one (position order). */
  rest: Indexed<T>[];
}

interface EntryIndex<T> {
  byPackage: Map<string, PackageEntries<T>>;
  /** Wildcard atoms, tried one by one (position order). */
  wild: Indexed<T>[];
}

const entryIndexes = new WeakMap<readonly { atom: Atom }[], EntryIndex<unknown>>();

function restricted(a: Atom): boolean {
  return a.repo !== undefined || a.slot?.kind === 'named';
}

function entryIndex<T extends { atom: Atom }>(entries: readonly T[]): EntryIndex<T> {
  const cached = entryIndexes.get(entries) as EntryIndex<T> | undefined;
  if (cached) return cached;
  const byPackage = new Map<string, PackageEntries<T>>();
  const wild: Indexed<T>[] = [];
  entries.forEach((e, i) => {
    const a = e.atom;
    if (a.category.includes('*') || a.package.includes('*')) {
      wild.push({ e, i });
      return;
    }
    const key = `${a.category}/${a.package}`;
    let p = byPackage.get(key);
    if (!p) byPackage.set(key, (p = { exact: [], lower: [], lowerMin: [], upper: [], upperMin: [], any: [], rest: [] }));
    const op = a.operator && a.version ? a.operator : undefined;
    if (op === '=') p.exact.push({ e, i });
    else if (restricted(a)) p.rest.push({ e, i });
    else if (op === '>' || op === '>=') p.lower.push({ e, i });
    else if (op === '<' || op === '<=') p.upper.push({ e, i });
    else if (op === undefined) p.any.push({ e, i });
    else p.rest.push({ e, i });
  });
  const byVersion = (first: string) => (x: Indexed<T>, y: Indexed<T>) =>
    compareVersions(x.e.atom.version!, y.e.atom.version!) ||
    Number(y.e.atom.operator === first) - Number(x.e.atom.operator === first) ||
    x.i - y.i;
  for (const p of byPackage.values()) {
    p.exact.sort(byVersion('='));
    p.lower.sort(byVersion('>='));
    p.upper.sort(byVersion('<'));
    let min: Indexed<T> | undefined;
    p.lowerMin = p.lower.map((x) => (min = min && min.i < x.i ? min : x));
    min = undefined;
    p.upperMin = new Array<Indexed<T>>(p.upper.length);
    for (let k = p.upper.length - 1; k >= 0; k--) {
      const x = p.upper[k]!;
      p.upperMin[k] = min = min && min.i < x.i ? min : x;
    }
  }
  const index: EntryIndex<T> = { byPackage, wild };
  entryIndexes.set(entries, index as EntryIndex<unknown>);
  return index;
}

/** The entries matching `ref` (firstOnly: a set that includes the first match), in no particular order. */
function matchingIndexed<T extends { atom: Atom }>(
  entries: readonly T[],
  ref: PackageRef & { version: Version },
  firstOnly: boolean,
): Indexed<T>[] {
  const index = entryIndex(entries);
  const p = index.byPackage.get(`${ref.category}/${ref.package}`);
  const v = ref.version;
  const out: Indexed<T>[] = [];
  let best = Infinity;
  const take = (x: Indexed<T>) => {
    out.push(x);
    if (x.i < best) best = x.i;
  };
  // Entries tried one by one, in position order; only the first match counts when firstOnly.
  const tryEach = (list: readonly Indexed<T>[]) => {
    for (const x of list) {
      if (firstOnly && x.i >= best) return;
      if (atomMatches(x.e.atom, ref)) {
        take(x);
        if (firstOnly) return;
      }
    }
  };
  if (p) {
    // `=`: the run of entries at an equal version (by version, then position).
    for (let k = firstIndex(p.exact.length, (k) => compareVersions(p.exact[k]!.e.atom.version!, v) >= 0); k < p.exact.length; k++) {
      const x = p.exact[k]!;
      if (compareVersions(x.e.atom.version!, v) !== 0) break;
      if (atomMatches(x.e.atom, ref)) {
        take(x);
        if (firstOnly) break;
      }
    }
    // `>=X` matches when X <= v, `>X` when X < v: a prefix of `lower`.
    const lowerEnd = firstIndex(p.lower.length, (k) => {
      const x = p.lower[k]!.e.atom;
      const c = compareVersions(x.version!, v);
      return x.operator === '>=' ? c > 0 : c >= 0;
    });
    if (firstOnly) {
      if (lowerEnd > 0) take(p.lowerMin[lowerEnd - 1]!);
    } else for (let k = 0; k < lowerEnd; k++) take(p.lower[k]!);
    // `<X` matches when X > v, `<=X` when X >= v: a suffix of `upper`.
    const upperStart = firstIndex(p.upper.length, (k) => {
      const x = p.upper[k]!.e.atom;
      const c = compareVersions(x.version!, v);
      return x.operator === '<=' ? c >= 0 : c > 0;
    });
    if (firstOnly) {
      if (upperStart < p.upper.length) take(p.upperMin[upperStart]!);
    } else for (let k = upperStart; k < p.upper.length; k++) take(p.upper[k]!);
    if (firstOnly) {
      if (p.any.length) take(p.any[0]!);
    } else for (const x of p.any) take(x);
    tryEach(p.rest);
  }
  tryEach(index.wild);
  return out;
}

/** The first entry of `entries` whose atom matches the ebuild (as `entries.find((e) => atomMatches(e.atom, ref))`). */
export function firstMatchingEntry<T extends { atom: Atom }>(entries: readonly T[] | undefined, ref: PackageRef & { version: Version }): T | undefined {
  if (!entries?.length) return undefined;
  let first: Indexed<T> | undefined;
  for (const x of matchingIndexed(entries, ref, true)) if (!first || x.i < first.i) first = x;
  return first?.e;
}

/** Every entry whose atom matches the ebuild, in list order (as `entries.filter((e) => atomMatches(e.atom, ref))`). */
export function matchingEntries<T extends { atom: Atom }>(entries: readonly T[] | undefined, ref: PackageRef & { version: Version }): T[] {
  if (!entries?.length) return [];
  return matchingIndexed(entries, ref, false)
    .sort((x, y) => x.i - y.i)
    .map((x) => x.e);
}
