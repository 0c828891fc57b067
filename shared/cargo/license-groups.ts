/**
 * Gentoo license data: `profiles/license_groups` (named sets of Gentoo license names, nesting with `@GROUP`,
 * negation with `-name`/`-@GROUP`, overlays adding members) and `metadata/license-mapping.conf`
 * (`[spdx-to-ebuild]`: SPDX key -> ebuild LICENSE text; keys case-insensitive, `WITH` matched exactly, a `+`
 * key falls back to the key without `+`, as the file's own header says).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../finding.js';
import { cargoFindings } from './findings.js';
import type { LicenseTerm } from './spdx.js';
import { pushAll } from '../finding.js';

export interface GroupEntry {
  /** License name or group name (without `@`). */
  name: string;
  group: boolean;
  negate: boolean;
  file: string;
  line: number;
}

/** Group definitions in the order read; a group defined on several lines or in several repos accumulates. */
export type LicenseGroupDefs = Map<string, GroupEntry[]>;

const NAME = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;

/** Parse one `license_groups` file, adding to `into` (pass the ::gentoo result to layer an overlay on it). */
export function parseLicenseGroups(
  text: string,
  file = 'profiles/license_groups',
  into: LicenseGroupDefs = new Map(),
): { groups: LicenseGroupDefs; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/#.*/, '').trim();
    if (content === '') return;
    const [group, ...members] = content.split(/\s+/);
    if (!group || !NAME.test(group)) {
      findings.push(cargoFindings.make('license-group-malformed', `'${group}' is not a license group name`, { file, line }));
      return;
    }
    if (members.length === 0) {
      findings.push(cargoFindings.make('license-group-empty', `group ${group} has no members on this line`, { file, line }));
    }
    const entries = into.get(group) ?? [];
    for (const m of members) {
      const negate = m.startsWith('-');
      const rest = negate ? m.slice(1) : m;
      const isGroup = rest.startsWith('@');
      const name = isGroup ? rest.slice(1) : rest;
      if (!NAME.test(name)) {
        findings.push(
          cargoFindings.make('license-group-malformed', `'${m}' in group ${group} is not a license or @group name`, { file, line }),
        );
        continue;
      }
      entries.push({ name, group: isGroup, negate, file, line });
    }
    into.set(group, entries);
  });
  return { groups: into, findings };
}

/**
 * Members of a group with nesting and negation resolved (a set: its order is not the definition's): `-x` removes x
 * from what came before it, `-@G` removes all of G. Unknown groups and cycles are findings, never exceptions.
 *
 * Each group is expanded once, depth first without recursion (a chain 4,000 groups deep overflowed the stack), with
 * the groups being expanded in a Set; a group's members are merged the smaller set into the larger, and the set of
 * a group that only one line names is taken over rather than copied (a chain 3,000 deep copied 4.5 million names:
 * 3.3 s). Findings are those of the recursive definition, in its order; a property test compares the two.
 */
export function expandGroup(defs: LicenseGroupDefs, name: string): { members: Set<string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const cache = new Map<string, Set<string>>();
  // How many lines name each group: a group named once is never looked up again once merged.
  const named = new Map<string, number>();
  for (const entries of defs.values()) for (const e of entries) if (e.group) named.set(e.name, (named.get(e.name) ?? 0) + 1);
  interface Frame {
    group: string;
    entries: readonly GroupEntry[];
    next: number;
    out: Set<string>;
  }
  const frames: Frame[] = [];
  const path: string[] = [];
  const onPath = new Set<string>();
  const at = (from?: GroupEntry) => (from ? { file: from.file, line: from.line } : {});

  /** The members of `g` when known now (cached, unknown, a cycle), else undefined after starting its frame. */
  const enter = (g: string, from?: GroupEntry): Set<string> | undefined => {
    const cached = cache.get(g);
    if (cached) return cached;
    const entries = defs.get(g);
    if (!entries) {
      findings.push(cargoFindings.make('license-group-unknown', `license group @${g} is not defined`, at(from)));
      return new Set();
    }
    if (onPath.has(g)) {
      findings.push(cargoFindings.make('license-group-cycle', `license groups form a cycle: @${[...path, g].join(' -> @')}`, at(from)));
      return new Set();
    }
    frames.push({ group: g, entries, next: 0, out: new Set() });
    path.push(g);
    onPath.add(g);
    return undefined;
  };

  /** Apply one line's names to the frame: add them, or remove them (`-`). `own`: the set may be taken over. */
  const apply = (f: Frame, negate: boolean, names: Set<string>, own: boolean) => {
    if (negate) {
      if (names.size < f.out.size) for (const n of names) f.out.delete(n);
      else for (const n of f.out) if (names.has(n)) f.out.delete(n);
    } else if (own && names.size > f.out.size) {
      for (const n of f.out) names.add(n);
      f.out = names;
    } else for (const n of names) f.out.add(n);
  };

  const first = enter(name);
  if (first) return { members: first, findings };
  let members = new Set<string>();
  while (frames.length) {
    const f = frames[frames.length - 1]!;
    if (f.next < f.entries.length) {
      const e = f.entries[f.next++]!;
      if (!e.group) {
        if (e.negate) f.out.delete(e.name);
        else f.out.add(e.name);
        continue;
      }
      const known = enter(e.name, e);
      // A cached set may be named by other lines too: never take it over.
      if (known) apply(f, e.negate, known, false);
      continue;
    }
    frames.pop();
    path.pop();
    onPath.delete(f.group);
    cache.set(f.group, f.out);
    const parent = frames[frames.length - 1];
    if (!parent) {
      members = f.out;
      break;
    }
    const line = parent.entries[parent.next - 1]!;
    apply(parent, line.negate, f.out, named.get(f.group) === 1);
  }
  return { members, findings };
}

export interface MappingEntry {
  /** The key as written. */
  key: string;
  /** Ebuild LICENSE text (may be several names or `|| ( … )`). */
  value: string;
  file: string;
  line: number;
}

export interface LicenseMapping {
  file: string;
  /** By lower-cased key with single spaces. */
  entries: Map<string, MappingEntry>;
}

function mappingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Parse `metadata/license-mapping.conf`; only the `[spdx-to-ebuild]` section is read. */
export function parseLicenseMapping(
  text: string,
  file = 'metadata/license-mapping.conf',
  into?: LicenseMapping,
): { mapping: LicenseMapping; findings: Finding[] } {
  const mapping: LicenseMapping = into ?? { file, entries: new Map() };
  const findings: Finding[] = [];
  let section: string | undefined;
  let sawSection = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#') || content.startsWith(';')) return;
    const sec = /^\[([^\]]*)\]$/.exec(content);
    if (sec) {
      section = sec[1]!.trim();
      if (section === 'spdx-to-ebuild') sawSection = true;
      return;
    }
    if (section !== 'spdx-to-ebuild') return;
    const eq = content.indexOf('=');
    if (eq <= 0) {
      findings.push(cargoFindings.make('license-mapping-malformed', `expected 'SPDX-ID = Gentoo-name', got '${content}'`, { file, line }));
      return;
    }
    const key = content.slice(0, eq).trim();
    const value = content.slice(eq + 1).trim();
    if (value === '') {
      findings.push(cargoFindings.make('license-mapping-malformed', `'${key}' maps to nothing`, { file, line }));
      return;
    }
    mapping.entries.set(mappingKey(key), { key, value, file, line });
  });
  if (!sawSection) {
    findings.push(cargoFindings.make('license-mapping-no-section', 'no [spdx-to-ebuild] section found', { file }));
  }
  return { mapping, findings };
}

export type MappedTerm =
  | { ok: true; value: string; viaFallback?: string }
  | { ok: false; reason: 'unmapped' | 'license-ref' };

/** Gentoo LICENSE text for one SPDX term; `X+` without its own entry falls back to `X` (and says so). */
export function mapTerm(mapping: LicenseMapping, term: LicenseTerm): MappedTerm {
  const exc = term.exception ? ` with ${term.exception}` : '';
  const exact = mapping.entries.get(mappingKey(`${term.id}${term.plus ? '+' : ''}${exc}`));
  if (exact) return { ok: true, value: exact.value };
  if (term.plus) {
    const noPlus = mapping.entries.get(mappingKey(`${term.id}${exc}`));
    if (noPlus) return { ok: true, value: noPlus.value, viaFallback: noPlus.key };
  }
  if (/^(DocumentRef-[^:]*:)?LicenseRef-/i.test(term.id)) return { ok: false, reason: 'license-ref' };
  return { ok: false, reason: 'unmapped' };
}

/** An ebuild LICENSE value: names, `|| ( … )` any-of and `( … )` all-of groups. USE conditionals are not expected here. */
export type EbuildLicense = { kind: 'name'; name: string } | { kind: 'all' | 'any'; items: EbuildLicense[] };

/** Parse ebuild LICENSE text; undefined when it is not well formed. */
export function parseEbuildLicense(text: string): EbuildLicense | undefined {
  const toks = text.split(/\s+/).filter(Boolean);
  let i = 0;
  const list = (closing: boolean): EbuildLicense[] | undefined => {
    const items: EbuildLicense[] = [];
    while (i < toks.length) {
      const t = toks[i++]!;
      if (t === ')') return closing ? items : undefined;
      if (t === '||' || t === '(') {
        if (t === '||' && toks[i++] !== '(') return undefined;
        const inner = list(true);
        if (!inner) return undefined;
        items.push({ kind: t === '||' ? 'any' : 'all', items: inner });
      } else if (NAME.test(t)) items.push({ kind: 'name', name: t });
      else return undefined;
    }
    return closing ? undefined : items;
  };
  const items = list(false);
  return items ? { kind: 'all', items } : undefined;
}

/** Whether an ebuild LICENSE value is acceptable when only `members` are. */
export function ebuildLicenseWithin(value: EbuildLicense, members: ReadonlySet<string>): boolean {
  if (value.kind === 'name') return members.has(value.name);
  if (value.kind === 'all') return value.items.every((v) => ebuildLicenseWithin(v, members));
  return value.items.some((v) => ebuildLicenseWithin(v, members));
}

/** Every license name in an ebuild LICENSE value. */
export function ebuildLicenseNames(value: EbuildLicense): string[] {
  return value.kind === 'name' ? [value.name] : value.items.flatMap(ebuildLicenseNames);
}

export interface GentooLicenseData {
  groups: LicenseGroupDefs;
  mapping: LicenseMapping;
  findings: Finding[];
  /** Files that were read, for the log. */
  files: string[];
}

/**
 * Read license data from repository trees: the first is ::gentoo, later ones are overlays whose groups add
 * members and whose mapping entries override. Missing files are findings (a tree may lack the mapping).
 */
export async function loadGentooLicenseData(
  trees: readonly string[],
  /** Reads one of the two files, undefined when it is not there (default: the file system). */
  read: (file: string) => Promise<string | undefined> = (file) => readFile(file, 'utf8').catch(() => undefined),
): Promise<GentooLicenseData> {
  const groups: LicenseGroupDefs = new Map();
  const mapping: LicenseMapping = { file: 'metadata/license-mapping.conf', entries: new Map() };
  const findings: Finding[] = [];
  const files: string[] = [];
  let sawGroups = false;
  let sawMapping = false;
  for (const tree of trees) {
    const groupsFile = join(tree, 'profiles', 'license_groups');
    const text = await read(groupsFile);
    if (text !== undefined) {
      pushAll(findings, parseLicenseGroups(text, groupsFile, groups).findings);
      files.push(groupsFile);
      sawGroups = true;
    }
    const mappingFile = join(tree, 'metadata', 'license-mapping.conf');
    const mtext = await read(mappingFile);
    if (mtext !== undefined) {
      pushAll(findings, parseLicenseMapping(mtext, mappingFile, mapping).findings);
      files.push(mappingFile);
      sawMapping = true;
    }
  }
  if (!sawGroups) {
    findings.push(cargoFindings.make('license-groups-missing', `no profiles/license_groups in ${trees.join(', ') || '(no trees given)'}`));
  }
  if (!sawMapping) {
    findings.push(
      cargoFindings.make('license-mapping-missing', `no metadata/license-mapping.conf in ${trees.join(', ') || '(no trees given)'}`),
    );
  }
  return { groups, mapping, findings, files };
}
