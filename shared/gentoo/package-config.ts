/**
 * The text of /etc/portage package.accept_keywords, package.mask and package.unmask, plus ACCEPT_KEYWORDS
 * itself. Bad lines become Findings (file + line) and are skipped; nothing here throws.
 *
 * Comments: a line starting with `#` and, as Portage's grabfile does, any word starting with `#` ends the line.
 * Atoms may carry `::repo` and wildcards (`*` + `/` + `*`, `dev-lang/*`), as Portage allows in these files.
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { parseAtom, type Atom } from './atom.js';

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
