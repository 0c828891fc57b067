/**
 * "Which ebuild would emerge pick" for one package across repositories, with no dependency solving, as
 * Portage does it (DOMAIN.md §1):
 *
 *  1. candidates: every (cpv, repo) whose category is listed in the union of all repos' profiles/categories;
 *  2. sort ascending by version, ties by ascending priority, equal priority by repo name (later name wins);
 *  3. keep those the requested atom matches;
 *  4. walk from the end; the first that is not masked (package.mask minus package.unmask) and whose KEYWORDS
 *     are accepted (ACCEPT_KEYWORDS + matching package.accept_keywords entries) wins.
 *
 * So priority only decides between identical versions: a newer ::gentoo ebuild beats an older overlay one.
 * Every candidate comes back with why it lost, and the result with one explanation sentence.
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { atomMatches, type Atom, type PackageRef } from './atom.js';
import { firstMatchingEntry, matchingEntries, type AcceptKeywordsEntry, type AtomEntry } from './package-config.js';
import type { EbuildRecord } from './types.js';
import { compareVersions, parseVersion, type Version } from './version.js';
import { pushAll } from '../finding.js';

export interface RepoPriority {
  name: string;
  /** Effective priority (higher wins ties between identical versions). */
  priority: number;
  /** profiles/categories of the repo; undefined when the repo has none. */
  categories?: readonly string[];
}

export interface VisibilityConfig {
  /** ACCEPT_KEYWORDS tokens, applied incrementally (`-*` clears, `-amd64` removes). */
  acceptKeywords: readonly string[];
  /**
   * The profile's ARCH, e.g. `amd64`. Portage's profile sets ACCEPT_KEYWORDS=ARCH and make.conf adds to it,
   * so with `arch: 'amd64'` an ACCEPT_KEYWORDS of `~amd64` means `amd64 ~amd64`. Omit for a literal value.
   */
  arch?: string;
  packageAcceptKeywords?: readonly AcceptKeywordsEntry[];
  packageMask?: readonly AtomEntry[];
  packageUnmask?: readonly AtomEntry[];
  /** Each repo's own profiles/package.mask: masks only that repo's ebuilds (Portage appends `::repo`). */
  repoPackageMask?: Readonly<Record<string, readonly AtomEntry[]>>;
}

export type LossReason =
  /** Category is in no repo's profiles/categories: Portage silently ignores the ebuild. */
  | 'category-not-listed'
  /** The repo is not configured (no priority known). */
  | 'repo-not-configured'
  /** The file name has no valid version. */
  | 'invalid-version'
  /** Excluded by the requested atom (e.g. `::regicide-rust`). */
  | 'atom-mismatch'
  | 'masked'
  | 'keywords'
  /** KEYWORDS could not be read statically; treated as not accepted. */
  | 'keywords-unknown'
  /** bash refuses the ebuild, so Portage has no metadata for it (emerge: "masked by: corruption"). */
  | 'corrupt'
  /** Visible, but an older version than the winner. */
  | 'older-version'
  /** Same version as the winner, lower priority (or equal priority and a name that sorts earlier). */
  | 'lower-priority';

export interface Candidate {
  record: EbuildRecord;
  /** `dev-lang/rust-1.75.0-r1::regicide-rust` */
  ref: string;
  /** `rust-1.75.0-r1::regicide-rust` */
  short: string;
  priority: number;
  /** undefined when excluded before the walk (category, repo, version, atom). */
  /** null = not masked; `unmaskedBy` set = masked then unmasked (visible). undefined when excluded early. */
  masked?: { by: AtomEntry; unmaskedBy?: AtomEntry } | null;
  /** Keywords accepted? undefined = KEYWORDS unknown. */
  keywordsAccepted?: boolean;
  /** When not accepted: the ebuild's KEYWORDS that no accepted keyword granted (`['**']` for empty KEYWORDS). */
  missingKeywords?: string[];
  /** package.accept_keywords entries that matched this ebuild. */
  acceptedBy?: AcceptKeywordsEntry[];
  status: 'winner' | 'lost';
  lostBecause?: LossReason;
  /** One sentence: why it won or lost. */
  reason: string;
}

export interface PickResult {
  /** `category/package` */
  package: string;
  winner?: Candidate;
  /** Every ebuild of the package, best first (sorted order reversed), excluded ones last. */
  candidates: Candidate[];
  /** e.g. `rust-1.97.1::gentoo wins: newer version; priority only decides between identical versions ...` */
  explanation: string;
  /** True when an unknown KEYWORDS value could change the answer. */
  uncertain: boolean;
  findings: Finding[];
}

interface KeywordState {
  /** ACCEPT_KEYWORDS as Portage's config holds it: the profile's and make.conf's stacked, sorted. */
  global: string[];
  defaults: string[];
}

function applyIncremental(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t === '-*') out.clear();
    else if (t.startsWith('-')) out.delete(t.slice(1));
    else out.add(t);
  }
  return out;
}

/** The effective ACCEPT_KEYWORDS (profile ARCH, then the configured tokens, stacked), sorted as Portage's config
 * stores an incremental variable: `amd64` + `amd64` is `amd64`, `amd64` + `~amd64` is `amd64 ~amd64`. */
export function effectiveAcceptKeywords(config: Pick<VisibilityConfig, 'arch' | 'acceptKeywords'>): string[] {
  const effective = applyIncremental([...(config.arch ? [config.arch] : []), ...config.acceptKeywords]);
  return [...effective].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function keywordState(config: VisibilityConfig): KeywordState {
  const global = effectiveAcceptKeywords(config);
  // Portage: a bare atom in package.accept_keywords means "~" + each global keyword not starting with ~ or -.
  const defaults = global.filter((k) => k[0] !== '~' && k[0] !== '-').map((k) => `~${k}`);
  return { global, defaults };
}

/** Portage's best_match_to_list ranks: `=` 6, `~` 5, `=*` 4, a slot 3, `> < >= <=` 2, none 1; wildcards below. */
const OPERATOR_RANK: Record<string, number> = { '=': 6, '~': 5, '=*': 4, '>': 2, '<': 2, '>=': 2, '<=': 2 };

/**
 * The most specific of `atoms` for the package (Portage's best_match_to_list; all of them match it). Ordering by
 * taking it again and again is what `bySpecificity` restates; tests compare the two.
 */
export function bestMatch(atoms: readonly Atom[], v: Version): Atom | undefined {
  let max = -99;
  let best: Atom | undefined;
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
    } else if (rank === max && rank === 2 && best?.version && x.version) {
      // two ranges: the one whose version is closest to the package's wins
      const b = best.version;
      if (compareVersions(b, v) === 0 || compareVersions(b, x.version) === 0) continue;
      if (compareVersions(x.version, v) === 0) {
        best = x;
        continue;
      }
      const sorted = [b, v, x.version].sort(compareVersions);
      if ((sorted[0] === v || sorted[2] === v) && sorted[1] === x.version) best = x;
    }
  }
  return best;
}

/** bestMatch's rank of an atom; 2 (a version range without slot) is the one rank whose ties bestMatch breaks by version. */
function specificityRank(x: Atom): number {
  if (x.category.includes('*') || x.package.includes('*')) return x.operator === '=*' ? 0 : x.slot !== undefined ? -1 : -2;
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
function bySpecificity(keys: readonly Atom[], v: Version): Atom[] {
  const byRank = new Map<number, number[]>();
  keys.forEach((k, i) => {
    const r = specificityRank(k);
    let list = byRank.get(r);
    if (!list) byRank.set(r, (list = []));
    list.push(i);
  });
  const out: Atom[] = [];
  for (const r of [...byRank.keys()].sort((a, b) => b - a)) {
    const positions = byRank.get(r)!;
    if (r !== 2) {
      for (const i of positions) out.push(keys[i]!);
      continue;
    }
    const side = new Map<number, -1 | 1>();
    const below: number[] = [];
    const above: number[] = [];
    for (const i of positions) {
      const c = compareVersions(keys[i]!.version!, v);
      if (c === 0) out.push(keys[i]!);
      else {
        side.set(i, c < 0 ? -1 : 1);
        (c < 0 ? below : above).push(i);
      }
    }
    // closest to v first, then earliest
    below.sort((a, b) => compareVersions(keys[b]!.version!, keys[a]!.version!) || a - b);
    above.sort((a, b) => compareVersions(keys[a]!.version!, keys[b]!.version!) || a - b);
    const taken = new Set<number>();
    let next = 0; // into positions: the earliest range not yet taken
    let b = 0;
    let a = 0;
    while (b < below.length || a < above.length) {
      while (!side.has(positions[next]!) || taken.has(positions[next]!)) next++;
      const pick = side.get(positions[next]!) === -1 ? below[b++]! : above[a++]!;
      taken.add(pick);
      out.push(keys[pick]!);
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
export function packageKeywordTokens(entries: readonly AcceptKeywordsEntry[], v: Version, defaults: readonly string[]): string[] {
  if (!entries.length) return [];
  const groups = new Map<string, { atom: Atom; keywords: string[]; extended: boolean }>();
  for (const e of entries) {
    let g = groups.get(e.atom.text);
    if (!g) groups.set(e.atom.text, (g = { atom: e.atom, keywords: [], extended: e.atom.category.includes('*') || e.atom.package.includes('*') }));
    pushAll(g.keywords, e.keywords);
  }
  // Portage's dict holds plain atoms before wildcard ones
  const keys = [...groups.values()].sort((a, b) => Number(a.extended) - Number(b.extended)).map((g) => g.atom);
  return bySpecificity(keys, v).reverse().flatMap((a) => {
    const kws = groups.get(a.text)!.keywords;
    return kws.length ? kws : defaults;
  });
}

/** Portage's KeywordsManager._getMissingKeywords: which of the ebuild's KEYWORDS block it ([] = accepted). */
export function missingKeywords(ebuildKeywords: readonly string[], accepted: ReadonlySet<string>): string[] {
  let match = false;
  let hasStable = false;
  let hasTesting = false;
  for (const gp of ebuildKeywords) {
    if (gp === '*') {
      match = true;
      break;
    } else if (gp === '~*') {
      hasTesting = true;
      if ([...accepted].some((x) => x.startsWith('~'))) {
        match = true;
        break;
      }
    } else if (accepted.has(gp)) {
      match = true;
      break;
    } else if (gp.startsWith('~')) {
      hasTesting = true;
    } else if (!gp.startsWith('-')) {
      hasStable = true;
    }
  }
  if (!match && ((hasTesting && accepted.has('~*')) || (hasStable && accepted.has('*')) || accepted.has('**'))) match = true;
  if (match) return [];
  return ebuildKeywords.length ? [...ebuildKeywords] : ['**'];
}

/**
 * USE dependencies of a requested atom, as Portage's bestmatch-visible applies them: each flag must be in the
 * ebuild's IUSE unless the dependency gives a default (`flag(+)`, `flag(-)`); whether it is enabled is not
 * asked (checked with Portage: `pkg[-foo]` matches an ebuild whose IUSE has foo). undefined = IUSE unknown.
 */
function useDepsMatch(atom: Atom, iuse: readonly string[] | undefined): boolean | undefined {
  const needed = atom.useDeps.filter((d) => !d.missingDefault);
  if (!needed.length) return true;
  if (iuse === undefined) return undefined;
  return needed.every((d) => iuse.includes(d.flag));
}

function packageRef(r: EbuildRecord, version: Version): PackageRef & { version: Version } {
  const ref: PackageRef & { version: Version } = { category: r.category, package: r.package, version, repo: r.repo };
  if (r.slot !== undefined) ref.slot = r.slot;
  return ref;
}

/**
 * A candidate of the walk, with a slot for every field the walk sets, in the order it first sets them (so a report
 * lists them as before; those left undefined are not written). Set one by one on a copy of `base`, each new field
 * grew the object's property store: two of those stores were half of a pick's time.
 */
function walked(base: Candidate): Candidate {
  return {
    record: base.record, ref: base.ref, short: base.short, priority: base.priority, status: base.status, reason: base.reason,
    masked: undefined, acceptedBy: undefined, keywordsAccepted: undefined, missingKeywords: undefined, lostBecause: undefined,
  };
}

/** Sort key comparison: version, then priority, then repo name — ascending (the best is last). */
function compareCandidates(a: { v: Version; priority: number; repo: string }, b: { v: Version; priority: number; repo: string }): number {
  return compareVersions(a.v, b.v) || a.priority - b.priority || (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0);
}

function where(e: { file: string; line: number }): string {
  return `${e.file} line ${e.line}`;
}

/**
 * Pick the ebuild emerge would install for `pkg` (`category/package`) from `ebuilds` (any packages; others
 * are ignored). `atom` narrows the request (`dev-lang/rust::regicide-rust`, `<dev-lang/rust-1.80`).
 */
export function pickEbuild(
  pkg: string,
  ebuilds: readonly EbuildRecord[],
  repos: readonly RepoPriority[],
  config: VisibilityConfig,
  atom?: Atom,
): PickResult {
  // pkg.split('/')'s first two parts, without its array
  const slash = pkg.indexOf('/');
  const category = slash === -1 ? pkg : pkg.slice(0, slash);
  const end = slash === -1 ? -1 : pkg.indexOf('/', slash + 1);
  const name = slash === -1 ? undefined : pkg.slice(slash + 1, end === -1 ? pkg.length : end);
  const findings: Finding[] = [];
  const priorities = new Map(repos.map((r) => [r.name, r.priority]));
  // Only records of `category` are candidates: whether some repository lists it is asked once, through a Set per
  // repository's list made once (a Set of every repository's categories built per package cost more than the
  // rest of the pick; a search of each list per package made 64,000 packages and categories take 24 s).
  const categoryIgnored = repos.some((r) => r.categories !== undefined) && !repos.some((r) => r.categories !== undefined && categorySet(r.categories).has(category));
  const kw = keywordState(config);

  const excluded: Candidate[] = [];
  const sortable: { c: Candidate; v: Version; priority: number; repo: string }[] = [];
  let iuseUnknown = false;
  for (const r of ebuilds) {
    if (r.category !== category || r.package !== name) continue;
    const short = `${r.package}-${r.version}::${r.repo}`;
    const base: Candidate = { record: r, ref: `${r.category}/${short}`, short, priority: priorities.get(r.repo) ?? 0, status: 'lost', reason: '' };
    const v = parseVersion(r.version);
    if (!priorities.has(r.repo)) {
      excluded.push({ ...base, lostBecause: 'repo-not-configured', reason: `${short}: repository '${r.repo}' is not configured.` });
    } else if (!v) {
      excluded.push({ ...base, lostBecause: 'invalid-version', reason: `${short}: '${r.version}' is not a valid version.` });
    } else if (categoryIgnored) {
      excluded.push({
        ...base,
        lostBecause: 'category-not-listed',
        reason: `${short}: category '${r.category}' is in no repository's profiles/categories, so Portage ignores it.`,
      });
    } else if (atom && !atomMatches(atom, packageRef(r, v))) {
      excluded.push({ ...base, lostBecause: 'atom-mismatch', reason: `${short}: does not match '${atom.text}'.` });
    } else if (atom && useDepsMatch(atom, r.iuse) === false) {
      const flags = atom.useDeps.filter((d) => !d.missingDefault && !r.iuse!.includes(d.flag)).map((d) => d.flag);
      excluded.push({ ...base, lostBecause: 'atom-mismatch', reason: `${short}: does not match '${atom.text}': IUSE has no ${flags.join(', ')}.` });
    } else {
      if (atom && useDepsMatch(atom, r.iuse) === undefined) iuseUnknown = true;
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
    } else c.masked = null;
    const acceptedBy = matchingEntries(config.packageAcceptKeywords, ref);
    if (acceptedBy.length) c.acceptedBy = acceptedBy;
    if (c.record.keywords === undefined) {
      c.keywordsAccepted = undefined;
    } else {
      const tokens = [...kw.global, ...packageKeywordTokens(acceptedBy, s.v, kw.defaults)];
      const missing = missingKeywords(c.record.keywords, applyIncremental(tokens));
      c.keywordsAccepted = missing.length === 0;
      if (missing.length) c.missingKeywords = missing;
    }
  }

  const isMasked = (c: Candidate) => !!c.masked && !c.masked.unmaskedBy;
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
      } else if (c.record.metadataError) {
        c.lostBecause = 'corrupt';
        c.reason = `${c.short}: ${c.record.metadataError}, so Portage has no valid metadata for it (emerge: "masked by: ${c.record.metadataMask ?? 'corruption'}").`;
      } else if (isMasked(c)) {
        c.lostBecause = 'masked';
        c.reason = `${c.short} is masked by ${c.masked!.by.atom.text} (${where(c.masked!.by)}).`;
      } else if (c.keywordsAccepted === undefined) {
        c.lostBecause = 'keywords-unknown';
        c.reason = `${c.short}: KEYWORDS could not be read statically; counted as not accepted, so the answer may differ.`;
        uncertain = true;
      } else {
        c.lostBecause = 'keywords';
        const kws = c.record.keywords!.length ? `KEYWORDS="${c.record.keywords!.join(' ')}"` : 'empty KEYWORDS (needs **)';
        c.reason = `${c.short}: ${kws} not accepted by ACCEPT_KEYWORDS="${kw.global.join(' ')}"${c.acceptedBy ? ' + package.accept_keywords' : ''}.`;
      }
    } else {
      const w = sortable[winnerIndex];
      if (compareVersions(v, w.v) === 0) {
        c.lostBecause = 'lower-priority';
        c.reason =
          c.priority === w.priority
            ? `${c.short}: same version and priority (${c.priority}) as ${w.c.short}; the repository name that sorts later ('${w.repo}') wins.`
            : `${c.short}: same version as ${w.c.short}, lower priority (${c.priority} < ${w.priority}).`;
      } else {
        c.lostBecause = 'older-version';
        c.reason = `${c.short}: older than ${w.c.short}${c.priority > w.priority ? ` despite higher priority (${c.priority} > ${w.priority}); priority only decides between identical versions` : ''}.`;
      }
    }
  }

  const candidates = [...sortable.map((s) => s.c).reverse(), ...excluded];
  let explanation: string;
  if (winner) {
    const w = sortable[winnerIndex];
    const parts: string[] = [];
    const beaten = sortable.slice(0, winnerIndex).filter((s) => s.priority > w.priority && compareVersions(s.v, w.v) < 0);
    if (beaten.length) {
      const best = beaten[beaten.length - 1];
      parts.push(
        `newer version; priority only decides between identical versions (${best.c.short} has priority ${best.priority} > ${w.priority})`,
      );
    }
    const ties = sortable.slice(0, winnerIndex).filter((s) => compareVersions(s.v, w.v) === 0);
    if (ties.length) {
      const t = ties[ties.length - 1];
      parts.push(
        t.priority === w.priority
          ? `same version as ${t.c.short} at equal priority ${w.priority}; '${w.repo}' sorts after '${t.repo}'`
          : `same version as ${t.c.short}; higher priority (${w.priority} > ${t.priority})`,
      );
    }
    const skipped = sortable.slice(winnerIndex + 1).map((s) => s.c);
    if (skipped.length) parts.push(`newer ${skipped.map((c) => `${c.short} (${lossShort(c)})`).join(', ')} not visible`);
    if (!parts.length) parts.push(sortable.length === 1 ? 'only candidate' : 'highest visible version');
    explanation = `${winner.short} wins: ${parts.join('; ')}`;
    if (uncertain) explanation += iuseUnknown ? ' (uncertain: some IUSE, which USE dependencies need, could not be read statically)' : ' (uncertain: some KEYWORDS could not be read statically)';
    winner.reason = explanation;
  } else if (sortable.length) {
    explanation = `no visible ebuild of ${pkg}: ${sortable.map((s) => `${s.c.short} (${lossShort(s.c)})`).reverse().join(', ')}`;
    findings.push(
      gentooFindings.make('no-visible-ebuild', `emerge would find no visible ebuild of ${pkg}: ${sortable.length} candidate(s), all masked or not keyworded.`, {
        hint: 'Accept the keyword in package.accept_keywords or unmask the version.',
      }),
    );
  } else {
    explanation = excluded.length
      ? `no candidate for ${pkg}: ${excluded.map((c) => c.reason).join(' ')}`
      : `no ebuild of ${pkg} in any repository`;
  }
  return { package: pkg, ...(winner ? { winner } : {}), candidates, explanation, uncertain, findings };
}

function lossShort(c: Candidate): string {
  switch (c.lostBecause) {
    case 'masked':
      return `masked by ${where(c.masked!.by)}`;
    case 'keywords':
      return `keywords ${c.missingKeywords!.join(' ')} not accepted`;
    case 'keywords-unknown':
      return 'KEYWORDS unknown';
    case 'corrupt':
      return c.record.bashError ? `bash refuses it, line ${c.record.bashError.line}` : c.record.metadataError!;
    default:
      return c.lostBecause ?? 'lost';
  }
}

export interface ShadowResult {
  /** False also when the repo has no ebuild of the package, or when Portage ignores its ebuilds (`ignored`). */
  shadowed: boolean;
  /** The repo's ebuilds are never candidates (category unlisted, repo not configured, invalid version). */
  ignored?: boolean;
  /** The repo's best candidate (highest in sort order). */
  ours?: Candidate;
  winner?: Candidate;
  explanation: string;
}

/**
 * Whether `repo`'s ebuilds of `pkg` are shadowed: the repo has the package, but emerge would install
 * another repository's ebuild (a newer version, or the same version at higher priority).
 */
export function shadowStatus(
  pkg: string,
  repo: string,
  ebuilds: readonly EbuildRecord[],
  repos: readonly RepoPriority[],
  config: VisibilityConfig,
): ShadowResult {
  const r = pickEbuild(pkg, ebuilds, repos, config);
  const mine = r.candidates.filter((c) => c.record.repo === repo);
  if (!mine.length) return { shadowed: false, explanation: `${repo} has no ebuild of ${pkg}` };
  const ours = mine.find((c) => c.masked !== undefined) ?? mine[0];
  if (ours.masked === undefined && ours.lostBecause !== 'atom-mismatch') {
    return { shadowed: false, ignored: true, ours, explanation: ours.reason };
  }
  if (!r.winner) return { shadowed: false, ours, explanation: r.explanation };
  if (r.winner.record.repo === repo) return { shadowed: false, ours, winner: r.winner, explanation: r.explanation };
  return {
    shadowed: true,
    ours,
    winner: r.winner,
    explanation: `${ours.short} is shadowed: ${r.explanation}`,
  };
}

/** Group records by `category/package` (for picking every package of a repo). */
export function groupByPackage(ebuilds: readonly EbuildRecord[]): Map<string, EbuildRecord[]> {
  const out = new Map<string, EbuildRecord[]>();
  for (const e of ebuilds) {
    const k = `${e.category}/${e.package}`;
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(e);
  }
  return out;
}

const categorySets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** A repository's profiles/categories as a Set, made once per list. */
function categorySet(categories: readonly string[]): ReadonlySet<string> {
  let set = categorySets.get(categories);
  if (!set) {
    set = new Set(categories);
    categorySets.set(categories, set);
  }
  return set;
}
