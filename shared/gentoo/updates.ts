/**
 * profiles/updates: package moves and slot moves, one file per quarter (`1Q-2024`, …), applied in date order.
 * Lines: `move <cat/old> <cat/new>` and `slotmove <atom> <old-slot> <new-slot>`.
 */
import { readNames, readText } from '../fs-read.js';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { parseAtom } from './atom.js';
import { isSpace } from './ebuild/src-uri.js';
import { isValidCategoryName, isValidPackageName } from './version.js';
import { pushAll } from '../finding.js';
import { firstIndex } from '../sorted.js';

export type UpdateEntry =
  | { kind: 'move'; from: string; to: string; file: string; line: number }
  | { kind: 'slotmove'; atom: string; fromSlot: string; toSlot: string; file: string; line: number };

const SLOT_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const FILE_RE = /^([1-4])Q-(\d{4})$/;

/** `cat/pkg` with valid names and nothing else (no version, operator, slot or repo). */
export function isPlainPackage(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash === -1 || text.indexOf('/', slash + 1) !== -1) return false;
  return isValidCategoryName(text.slice(0, slash)) && isValidPackageName(text.slice(slash + 1));
}

/**
 * Whether the words of a trimmed line are separated by single spaces only (no tab or other blank, never two in a
 * row): then `split(' ')` gives what `split(/\s+/)` gives. A loop over the line: the regex /\s\s|[^\S ]/ it
 * replaces was most of the time of reading ::gentoo's ~7,000 lines of history.
 */
function singleSpaced(l: string): boolean {
  let space = false;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isSpace(c)) return false;
    else space = false;
  }
  return true;
}

/** Parse one updates file. `file` is the path reported in findings. */
export function parseUpdates(text: string, file: string): { entries: UpdateEntry[]; findings: Finding[] } {
  const entries: UpdateEntry[] = [];
  const findings: Finding[] = [];
  const bad = (l: string, line: number, why: string): void => {
    findings.push(
      gentooFindings.make('updates-malformed-line', `${why}: "${l.length > 100 ? `${l.slice(0, 100)}…` : l}"`, {
        file, line, hint: 'Expected "move <cat/old> <cat/new>" or "slotmove <atom> <old-slot> <new-slot>"; Portage skips this line.',
      }),
    );
  };
  // ::gentoo's history is thousands of lines, read once per run in a fresh process: the common line (no comment,
  // single spaces) is split without a regex
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    const l = (raw.includes('#') ? raw.replace(/#.*$/, '') : raw).trim();
    if (l === '') continue;
    const simple = singleSpaced(l);
    // the common lines, single-spaced `move a b` and `slotmove atom s1 s2`, are read in place: no array of words
    if (simple && l.startsWith('move ')) {
      const sp = l.indexOf(' ', 5);
      if (sp !== -1 && l.indexOf(' ', sp + 1) === -1) {
        const from = l.slice(5, sp);
        const to = l.slice(sp + 1);
        if (!isPlainPackage(from) || !isPlainPackage(to)) bad(l, line, 'move needs two plain category/package names');
        else if (from === to) bad(l, line, 'move to the same name');
        else entries.push({ kind: 'move', from, to, file, line });
        continue;
      }
    }
    // two white spaces in a row, or one other than a space (tab, Unicode): the general split
    const t = simple ? l.split(' ') : l.split(/\s+/);
    if (t[0] === 'move') {
      if (t.length !== 3) bad(l, line, `move takes 2 arguments, got ${t.length - 1}`);
      else if (!isPlainPackage(t[1]) || !isPlainPackage(t[2])) bad(l, line, 'move needs two plain category/package names');
      else if (t[1] === t[2]) bad(l, line, 'move to the same name');
      else entries.push({ kind: 'move', from: t[1], to: t[2], file, line });
    } else if (t[0] === 'slotmove') {
      if (t.length !== 4) bad(l, line, `slotmove takes 3 arguments, got ${t.length - 1}`);
      else {
        const a = parseAtom(t[1]);
        if (!a.ok) bad(l, line, `slotmove atom "${t[1]}" is not valid (${a.error})`);
        else if (!SLOT_RE.test(t[2]) || !SLOT_RE.test(t[3])) bad(l, line, 'slotmove slots must be slot names');
        else entries.push({ kind: 'slotmove', atom: t[1], fromSlot: t[2], toSlot: t[3], file, line });
      }
    } else {
      bad(l, line, `unknown update command "${t[0]}"`);
    }
  }
  return { entries, findings };
}

/** Updates file names in the order Portage applies them (year, then quarter); others are returned apart. */
export function orderUpdateFiles(names: readonly string[]): { ordered: string[]; invalid: string[] } {
  const ordered: { name: string; key: number }[] = [];
  const invalid: string[] = [];
  for (const n of names) {
    const m = FILE_RE.exec(n);
    if (m) ordered.push({ name: n, key: Number(m[2]) * 10 + Number(m[1]) });
    else if (!n.startsWith('.')) invalid.push(n);
  }
  ordered.sort((a, b) => a.key - b.key);
  return { ordered: ordered.map((o) => o.name), invalid };
}

/**
 * Read `<root>/profiles/updates/*` in order. `filePrefix` is prepended to finding paths (so annotations point
 * at the file). A missing directory is no updates.
 */
export async function readUpdates(root: string, filePrefix = ''): Promise<{ entries: UpdateEntry[]; findings: Finding[] }> {
  const dir = path.join(root, 'profiles', 'updates');
  const names = await readNames(dir);
  if (!names) return { entries: [], findings: [] };
  const { ordered, invalid } = orderUpdateFiles(names);
  const findings: Finding[] = invalid.map((n) =>
    gentooFindings.make('updates-bad-file-name', `profiles/updates/${n} is not named <quarter>Q-<year>; Portage ignores it`, {
      file: `${filePrefix}profiles/updates/${n}`,
    }),
  );
  const texts = await Promise.all(ordered.map((n) => readText(path.join(dir, n))));
  const entries: UpdateEntry[] = [];
  ordered.forEach((n, i) => {
    const text = texts[i];
    if (text === undefined) return;
    const r = parseUpdates(text, `${filePrefix}profiles/updates/${n}`);
    pushAll(entries, r.entries);
    pushAll(findings, r.findings);
  });
  return { entries, findings };
}

/**
 * Where `pkg` ends up after every move (following chains `a -> b -> c`, stopping at cycles). undefined when
 * no move applies.
 */
export function resolveMove(pkg: string, entries: readonly UpdateEntry[]): { to: string; chain: UpdateEntry[] } | undefined {
  const index = moveIndex(entries);
  const chain: UpdateEntry[] = [];
  let cur = pkg;
  const seen = new Set([pkg]);
  // entries are in application order: a later move of the new name continues the chain
  let at = -1;
  for (;;) {
    const list = index.get(cur);
    if (!list) break;
    // the first move of `cur` after the last one applied
    const lo = firstIndex(list.length, (k) => list[k]! > at);
    if (lo === list.length) break;
    at = list[lo]!;
    const e = entries[at] as Extract<UpdateEntry, { kind: 'move' }>;
    chain.push(e);
    cur = e.to;
    if (seen.has(cur)) break;
    seen.add(cur);
  }
  return chain.length === 0 ? undefined : { to: cur, chain };
}

/**
 * Where each package's moves are among `entries`, made once per list: a walk of every entry for each package of
 * an overlay cost packages x entries (32,000 of each: 12 s).
 */
const moveIndexes = new WeakMap<readonly UpdateEntry[], Map<string, number[]>>();
function moveIndex(entries: readonly UpdateEntry[]): Map<string, number[]> {
  let index = moveIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.kind !== 'move') continue;
      const list = index.get(e.from);
      if (list) list.push(i);
      else index.set(e.from, [i]);
    }
    moveIndexes.set(entries, index);
  }
  return index;
}

type SlotMove = Extract<UpdateEntry, { kind: 'slotmove' }>;

/** Slot moves whose atom names `pkg` (category/package), in application order. */
export function slotMovesFor(pkg: string, entries: readonly UpdateEntry[]): SlotMove[] {
  return slotMoveLookup(entries)(pkg);
}

/**
 * `slotMovesFor` over the same entries for many packages: every slot move's atom is parsed once, on the first
 * question, and the moves are grouped by the package they name. (Parsing every atom again for each package of an
 * overlay cost ~80 ms for 50 packages; filtering a category's moves for each package cost packages x moves.)
 */
export function slotMoveLookup(entries: readonly UpdateEntry[]): (pkg: string) => SlotMove[] {
  let byPackage: Map<string, SlotMove[]> | undefined;
  return (pkg) => {
    if (!byPackage) {
      byPackage = new Map();
      for (const e of entries) {
        if (e.kind !== 'slotmove') continue;
        const a = parseAtom(e.atom);
        if (!a.ok) continue;
        const cp = `${a.atom.category}/${a.atom.package}`;
        const list = byPackage.get(cp);
        if (list) list.push(e);
        else byPackage.set(cp, [e]);
      }
    }
    return byPackage.get(pkg)?.slice() ?? [];
  };
}
