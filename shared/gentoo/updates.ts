/**
 * profiles/updates: package moves and slot moves, one file per quarter (`1Q-2024`, …), applied in date order.
 * Lines: `move <cat/old> <cat/new>` and `slotmove <atom> <old-slot> <new-slot>`.
 */
import { readNames, readText } from '../fs-read.js';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { parseAtom } from './atom.js';
import { isValidCategoryName, isValidPackageName } from './version.js';

export type UpdateEntry =
  | { kind: 'move'; from: string; to: string; file: string; line: number }
  | { kind: 'slotmove'; atom: string; fromSlot: string; toSlot: string; file: string; line: number };

const SLOT_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const FILE_RE = /^([1-4])Q-(\d{4})$/;

/** `cat/pkg` with valid names and nothing else (no version, operator, slot or repo). */
export function isPlainPackage(text: string): boolean {
  const parts = text.split('/');
  return parts.length === 2 && isValidCategoryName(parts[0]) && isValidPackageName(parts[1]);
}

/** Parse one updates file. `file` is the path reported in findings. */
export function parseUpdates(text: string, file: string): { entries: UpdateEntry[]; findings: Finding[] } {
  const entries: UpdateEntry[] = [];
  const findings: Finding[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const l = lines[i].replace(/#.*$/, '').trim();
    if (l === '') continue;
    const t = l.split(/\s+/);
    const bad = (why: string): void => {
      findings.push(
        gentooFindings.make('updates-malformed-line', `${why}: "${l.length > 100 ? `${l.slice(0, 100)}…` : l}"`, {
          file, line, hint: 'Expected "move <cat/old> <cat/new>" or "slotmove <atom> <old-slot> <new-slot>"; Portage skips this line.',
        }),
      );
    };
    if (t[0] === 'move') {
      if (t.length !== 3) bad(`move takes 2 arguments, got ${t.length - 1}`);
      else if (!isPlainPackage(t[1]) || !isPlainPackage(t[2])) bad('move needs two plain category/package names');
      else if (t[1] === t[2]) bad('move to the same name');
      else entries.push({ kind: 'move', from: t[1], to: t[2], file, line });
    } else if (t[0] === 'slotmove') {
      if (t.length !== 4) bad(`slotmove takes 3 arguments, got ${t.length - 1}`);
      else {
        const a = parseAtom(t[1]);
        if (!a.ok) bad(`slotmove atom "${t[1]}" is not valid (${a.error})`);
        else if (!SLOT_RE.test(t[2]) || !SLOT_RE.test(t[3])) bad('slotmove slots must be slot names');
        else entries.push({ kind: 'slotmove', atom: t[1], fromSlot: t[2], toSlot: t[3], file, line });
      }
    } else {
      bad(`unknown update command "${t[0]}"`);
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
    entries.push(...r.entries);
    findings.push(...r.findings);
  });
  return { entries, findings };
}

/**
 * Where `pkg` ends up after every move (following chains `a -> b -> c`, stopping at cycles). undefined when
 * no move applies.
 */
export function resolveMove(pkg: string, entries: readonly UpdateEntry[]): { to: string; chain: UpdateEntry[] } | undefined {
  const chain: UpdateEntry[] = [];
  let cur = pkg;
  const seen = new Set([pkg]);
  // entries are in application order: a later move of the new name continues the chain
  for (const e of entries) {
    if (e.kind !== 'move' || e.from !== cur) continue;
    chain.push(e);
    cur = e.to;
    if (seen.has(cur)) break;
    seen.add(cur);
  }
  return chain.length === 0 ? undefined : { to: cur, chain };
}

/** Slot moves whose atom names `pkg` (category/package). */
export function slotMovesFor(pkg: string, entries: readonly UpdateEntry[]): Extract<UpdateEntry, { kind: 'slotmove' }>[] {
  const out: Extract<UpdateEntry, { kind: 'slotmove' }>[] = [];
  for (const e of entries) {
    if (e.kind !== 'slotmove') continue;
    const a = parseAtom(e.atom);
    if (a.ok && `${a.atom.category}/${a.atom.package}` === pkg) out.push(e);
  }
  return out;
}
