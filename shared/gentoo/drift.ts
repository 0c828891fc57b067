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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { firstIndex } from '../sorted.js';
import type { RepositoryScan } from './overlay.js';
import type { EbuildRecord } from './types.js';
import { resolveMove, slotMoveLookup, type UpdateEntry } from './updates.js';
import { compareVersions, parseVersion, versionWithoutRevision, type Version } from './version.js';
import { shadowStatus, type RepoPriority, type VisibilityConfig } from './visibility.js';

export const DRIFT_CLASSES = ['lagging', 'revision-bump', 'content-differs', 'identical', 'removed', 'moved', 'new-slot', 'shadowed'] as const;
export type DriftClass = (typeof DRIFT_CLASSES)[number];

/** What each class means, for summaries. */
export const DRIFT_CLASS_TITLES: Record<DriftClass, string> = {
  lagging: 'Upstream has newer versions',
  'revision-bump': 'Upstream revised our version',
  'content-differs': 'Same version, different content',
  identical: 'Identical to upstream: ours is redundant',
  removed: 'Removed upstream',
  moved: 'Moved upstream in profiles/updates',
  'new-slot': 'New upstream slot',
  shadowed: 'Shadowed: emerge would pick upstream',
};

export interface DriftRow {
  class: DriftClass;
  /** `category/package` as the overlay carries it. */
  package: string;
  /** Upstream repository compared with. */
  upstream: string;
  /** Our version(s) concerned. */
  ours?: string;
  /** Upstream version (or name, for moves) concerned. */
  theirs?: string;
  /** What was found, one sentence. */
  detail: string;
  /** What to do, one sentence. */
  action: string;
  /** Our ebuild (path relative to `fileBase`) for annotations. */
  file?: string;
  line?: number;
  /** lagging: how far behind. `days` since upstream got the first version we lack (needs git history). */
  behind?: { versions: string[]; days?: number };
  /** removed: how we know. */
  evidence?: 'git history' | 'previous checkout' | 'absent upstream';
}

export interface PackageDrift {
  package: string;
  /** Upstreams that carry the package. */
  carriedBy: string[];
  status: 'in-sync' | 'drift' | 'overlay-only';
  rows: number;
}

export interface DriftReport {
  overlay: string;
  rows: DriftRow[];
  packages: PackageDrift[];
  counts: Record<DriftClass, number>;
  /** Every row counts, identical copies included (they are work: drop ours). */
  driftCount: number;
  shadowedCount: number;
  findings: Finding[];
}

export interface UpstreamInput {
  scan: RepositoryScan;
  /** Effective repos.conf priority. */
  priority: number;
  /** profiles/updates entries in application order. */
  updates?: readonly UpdateEntry[];
  /** The scan of the checkout before this sync (removals since then count as evidence). */
  previous?: RepositoryScan;
}

export interface DriftInput {
  overlay: RepositoryScan;
  overlayPriority: number;
  upstreams: readonly UpstreamInput[];
  visibility: VisibilityConfig;
  /** Row files are relative to this directory (default: the overlay root). */
  fileBase?: string;
  /** Read a file (default: fs). */
  readText?: (absPath: string) => Promise<string | undefined>;
  /** ISO date when `relFile` was added to the repository at `root` (git history); undefined when unknown. */
  fileDate?: (root: string, relFile: string) => Promise<string | undefined>;
  /** Whether git history shows `relPath` removed in the repository at `root`: the commit and date. */
  removedIn?: (root: string, relPath: string) => Promise<{ commit: string; date?: string } | undefined>;
  /** Now, in ms since the epoch (for days behind). */
  now?: number;
}

const defaultRead = (p: string): Promise<string | undefined> => readFile(p, 'utf8').catch(() => undefined);

/** Live ebuilds (9999 and friends) are not releases: left out of lagging and removal checks. */
export function isLiveVersion(v: Version): boolean {
  return v.numbers.some((n) => /^9{4,}$/.test(n));
}

/**
 * Ebuild text with what does not change behaviour removed: the copyright/licence header lines, trailing
 * whitespace, CRLF, runs of blank lines. Two ebuilds equal after this are the same package recipe.
 */
export function normaliseEbuild(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const raw of lines(text)) {
    const l = trimEnd(raw);
    if (isHeader(l)) continue;
    if (l === '') {
      if (!blank && out.length > 0) out.push('');
      blank = true;
      continue;
    }
    blank = false;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** The lines of a text (CRLF and CR line ends as LF). */
const lines = (text: string): string[] => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');

/** A line without trailing blanks and tabs (the regex only runs on a line that has some). */
function trimEnd(l: string): string {
  const c = l.charCodeAt(l.length - 1);
  return c === 32 || c === 9 ? l.replace(/[ \t]+$/, '') : l;
}

/** The copyright/licence header lines (only a line starting with `#` is tested). */
const isHeader = (l: string): boolean => l.charCodeAt(0) === 35 && (/^#\s*Copyright\b/i.test(l) || /^#\s*Distributed under the terms of\b/i.test(l));

/** First line (1-based, in `ours`) where the normalised texts differ, mapped back to the original file, and how many
 * lines are on one side only (header and blank lines aside). */
export function firstDifferingLine(ours: string, theirs: string): { line: number; changed: number } {
  const a = lines(ours);
  const skip = (l: string): boolean => isHeader(l) || l.trim() === '';
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
  while (head < ai.length && head < b.length && ai[head].l === b[head]) head++;
  let tail = 0;
  while (tail < ai.length - head && tail < b.length - head && ai[ai.length - 1 - tail].l === b[b.length - 1 - tail]) tail++;
  const count = new Map<string, number>();
  for (let k = head; k < ai.length - tail; k++) count.set(ai[k].l, (count.get(ai[k].l) ?? 0) + 1);
  for (let k = head; k < b.length - tail; k++) count.set(b[k], (count.get(b[k]) ?? 0) - 1);
  let changed = 0;
  for (const c of count.values()) changed += Math.abs(c);
  return { line: first === -1 ? 1 : first, changed };
}

interface Rec {
  r: EbuildRecord;
  v: Version;
  /** The version without revision, as written (for messages). */
  base: string;
  /** The same, parsed: compared with compareVersions, never as text (`1.010` == `1.01`, `-r0` == none). */
  bv: Version;
}

function recs(list: readonly EbuildRecord[]): Rec[] {
  const out: Rec[] = [];
  for (const r of list) {
    const v = parseVersion(r.version);
    if (v) out.push({ r, v, base: versionWithoutRevision(v), bv: { ...v, revision: '' } });
  }
  return out.sort((x, y) => compareVersions(x.v, y.v));
}

const sameBase = (a: Rec, b: Rec): boolean => compareVersions(a.bv, b.bv) === 0;

/** Group records (in version order, so PMS-equal bases are neighbours) by base version. */
function byBase(list: readonly Rec[]): Rec[][] {
  const out: Rec[][] = [];
  for (const x of list) {
    const g = out[out.length - 1];
    if (g && sameBase(g[0]!, x)) g.push(x);
    else out.push([x]);
  }
  return out;
}

/**
 * The first position in `sorted` (records in version order) whose version (`v`) or base (`bv`) is not below `at`:
 * one package's thousands of versions on both sides were matched each against all the others (4,000: 33 s).
 */
function firstAtLeast(sorted: readonly Rec[], at: Version, key: 'v' | 'bv'): number {
  return firstIndex(sorted.length, (k) => compareVersions(sorted[k]![key], at) >= 0);
}

/** The records of `sorted` with the base of `x` (neighbours in version order). */
function withBaseOf(sorted: readonly Rec[], x: Rec): readonly Rec[] {
  const from = firstAtLeast(sorted, x.bv, 'bv');
  let to = from;
  while (to < sorted.length && sameBase(sorted[to]!, x)) to++;
  return sorted.slice(from, to);
}

/** Versions for a sentence: all of ten or fewer, else the first and last five around how many more. */
function versionList(versions: readonly string[]): string {
  if (versions.length <= 10) return versions.join(', ');
  return `${versions.slice(0, 5).join(', ')}, … ${versions.length - 10} more …, ${versions.slice(-5).join(', ')}`;
}

const mainSlot = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.split('/')[0]);

/** `list` grouped by `key`, each group in the list's order, the groups in the order their keys first appear. */
function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function daysBetween(isoDate: string | undefined, now: number): number | undefined {
  if (!isoDate) return undefined;
  const t = Date.parse(isoDate);
  if (!Number.isFinite(t)) return undefined;
  return Math.max(0, Math.floor((now - t) / 86_400_000));
}

export async function computeDrift(input: DriftInput): Promise<DriftReport> {
  const { overlay } = input;
  const read = input.readText ?? defaultRead;
  const now = input.now ?? Date.now();
  const fileBase = path.resolve(input.fileBase ?? overlay.root);
  const ourFile = (r: EbuildRecord): string => path.relative(fileBase, path.join(overlay.root, r.file)).split(path.sep).join('/');
  const rows: DriftRow[] = [];
  const findings: Finding[] = [];
  const packages: PackageDrift[] = [];

  // Index upstream packages once.
  const index = input.upstreams.map((u) => {
    const byPkg = new Map<string, EbuildRecord[]>();
    // A version Portage cannot source (bash refuses it, its metadata is invalid) is no version emerge could
    // install: never "newer", never the same version as ours. The package itself is still carried.
    for (const p of u.scan.packages) byPkg.set(`${p.category}/${p.package}`, p.ebuilds.filter((r) => !r.bashError && !r.metadataError));
    const prev = new Map<string, EbuildRecord[]>();
    for (const p of u.previous?.packages ?? []) prev.set(`${p.category}/${p.package}`, p.ebuilds);
    return { u, byPkg, prev, slotMoves: slotMoveLookup(u.updates ?? []) };
  });

  const repos: RepoPriority[] = [
    { name: overlay.name, priority: input.overlayPriority, categories: overlay.categories },
    ...input.upstreams.map((u) => ({ name: u.scan.name, priority: u.priority, categories: u.scan.categories })),
  ];

  // Between identical versions the higher priority wins, then the later name (DOMAIN.md §1).
  const tie = (theirPriority: number, theirName: string): string => {
    const oursWins = input.overlayPriority > theirPriority || (input.overlayPriority === theirPriority && overlay.name > theirName);
    const how = input.overlayPriority === theirPriority ? `equal priority ${theirPriority}, decided by name` : `priority ${input.overlayPriority} vs ${theirPriority}`;
    return `${oursWins ? 'ours' : `${theirName}'s`} is the one installed (${how})`;
  };

  for (const pkgRec of overlay.packages) {
    const pkg = `${pkgRec.category}/${pkgRec.package}`;
    const before = rows.length;
    const ours = recs(pkgRec.ebuilds);
    if (ours.length === 0) continue;
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
        let evidence: DriftRow['evidence'] | undefined;
        let when = '';
        if (prev.has(pkg)) evidence = 'previous checkout';
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
      const theirs = recs(index.find((x) => x.u === u)!.byPkg.get(pkg)!);
      const theirsReleases = theirs.filter((x) => !isLiveVersion(x.v));
      const newestTheirs = theirsReleases[theirsReleases.length - 1];

      // same version: identical or different content
      for (const o of ours) {
        const at = firstAtLeast(theirs, o.v, 'v');
        const t = at < theirs.length && compareVersions(theirs[at]!.v, o.v) === 0 ? theirs[at]! : undefined;
        if (!t) continue;
        let same = o.r.md5 !== undefined && o.r.md5 === t.r.md5;
        let line: number | undefined;
        let changed = 0;
        if (!same) {
          // texts kept by the scan (keepText) are not read again
          const [a, b] = await Promise.all([
            overlay.texts?.get(o.r.file) ?? read(path.join(overlay.root, o.r.file)),
            u.scan.texts?.get(t.r.file) ?? read(path.join(u.scan.root, t.r.file)),
          ]);
          if (a !== undefined && b !== undefined) {
            same = normaliseEbuild(a) === normaliseEbuild(b);
            if (!same) ({ line, changed } = firstDifferingLine(a, b));
          }
        }
        if (same) {
          rows.push({
            class: 'identical', package: pkg, upstream: name, ours: o.r.version, theirs: t.r.version,
            detail: `Our ${o.r.version} is identical to ${name}'s (copyright header and whitespace aside).`,
            action: `Identical to ${name}'s ${t.r.version}: drop ours.`,
            file: ourFile(o.r), line: 1,
          });
        } else {
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
        const newer = withBaseOf(theirs, ourBest).filter((x) => compareVersions(x.v, ourBest.v) > 0);
        if (newer.length === 0) continue;
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
      const lagFor = new Map<string, DriftRow>();
      for (const group of groups) {
        if (group.length === 0) continue;
        const mine = group[group.length - 1];
        let pool: readonly Rec[] = theirsBySlot ? (theirsBySlot.get(mainSlot(mine.r.slot)) ?? []) : theirsReleases;
        // upstream has nothing left in our slot (moved on to another): its newer releases are still ahead of ours
        if (pool.length === 0 && groups.length === 1) pool = theirsReleases;
        const firstNewer: Rec[] = [];
        for (const t of pool) {
          // (the pool is in version order: a base seen already is the last one kept)
          const last = firstNewer[firstNewer.length - 1];
          if (compareVersions(t.bv, mine.bv) > 0 && !(last && sameBase(last, t))) firstNewer.push(t);
        }
        if (firstNewer.length === 0) continue;
        const newerBases = firstNewer.map((t) => t.base);
        const date = input.fileDate ? await input.fileDate(u.scan.root, firstNewer[0].r.file) : undefined;
        const days = daysBetween(date, now);
        const newest = pool[pool.length - 1].r.version;
        const copy = theirs.find((t) => compareVersions(t.v, mine.v) === 0 && rows.some((r) => r.class === 'identical' && r.package === pkg && r.upstream === name && r.ours === mine.r.version));
        const lagRow: DriftRow = {
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
      let theirsText: string | undefined;
      for (const list of ourBases) {
        const o = list[list.length - 1];
        const b = o.base;
        if (isLiveVersion(o.v) || withBaseOf(theirs, o).length > 0 || !newestTheirs) continue;
        if (compareVersions(o.v, newestTheirs.v) > 0) continue; // ours is ahead: not a removal
        let evidence: DriftRow['evidence'] = 'absent upstream';
        let when = '';
        if (withBaseOf(prevRecs, o).length > 0) evidence = 'previous checkout';
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
      const movedTo = new Set<string>();
      for (const sm of slotMoves(pkg)) {
        if (!ours.some((o) => mainSlot(o.r.slot) === sm.fromSlot)) continue;
        movedTo.add(sm.toSlot);
        rows.push({
          class: 'moved', package: pkg, upstream: name, theirs: `:${sm.toSlot}`,
          detail: `${name} moved ${sm.atom} from slot ${sm.fromSlot} to ${sm.toSlot} (${sm.file}:${sm.line}).`,
          action: `Change SLOT="${sm.fromSlot}" to "${sm.toSlot}" in ours, or consumers of :${sm.toSlot} will not find it.`,
          file: ourFile(ours.find((o) => mainSlot(o.r.slot) === sm.fromSlot)!.r), line: 1,
        });
      }

      // new upstream slots (not for per-version slotting such as dev-lang/rust, where lagging says it)
      const ourSlots = new Set(ours.map((o) => mainSlot(o.r.slot)));
      if (!ourSlots.has(undefined) && !perVersion) {
        const bySlot = new Map<string, string[]>();
        for (const t of theirs) {
          const s = mainSlot(t.r.slot);
          // a slot our slot was moved to is the moved row's news, not a new slot
          if (s === undefined || ourSlots.has(s) || movedTo.has(s)) continue;
          const list = bySlot.get(s);
          if (list) list.push(t.r.version);
          else bySlot.set(s, [t.r.version]);
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
    const all: EbuildRecord[] = [...pkgRec.ebuilds, ...carriers.flatMap((c) => c.byPkg.get(pkg)!)];
    const sh = shadowStatus(pkg, overlay.name, all, repos, input.visibility);
    if (sh.shadowed && sh.winner && sh.ours) {
      const w = sh.winner.record;
      const o = sh.ours.record;
      const [wv, ov] = [parseVersion(w.version), parseVersion(o.version)];
      const sameVersion = wv !== null && ov !== null && compareVersions(wv, ov) === 0;
      // a winner in another slot leaves ours installable for `pkg:slot` (not for slot-per-version packages
      // such as dev-lang/rust, where every version has its own slot and the plain atom is what users ask for)
      const [ws, os] = [mainSlot(w.slot), mainSlot(o.slot)];
      const ownSlot = (rec: EbuildRecord, v: Version | null): boolean => v !== null && mainSlot(rec.slot) === versionWithoutRevision(v).replace(/_.*$/, '');
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

  const counts = Object.fromEntries(DRIFT_CLASSES.map((c) => [c, 0])) as Record<DriftClass, number>;
  for (const r of rows) counts[r.class]++;
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
