/**
 * Gentoo ebuild variables for a Cargo.lock: `CRATES=` (crates.io crates as `name@version`, sorted),
 * `GIT_CRATES` (cargo.eclass associative array) and `LICENSE+=` (every dependent crate's license mapped to
 * Gentoo names through license-mapping.conf; AND is juxtaposition, OR is `|| ( … )`; deduplicated).
 *
 * Output style follows pycargoebuild (the tool Gentoo developers use): one tab-indented entry per line,
 * bytewise-sorted, preceded by `# Dependent crate licenses`; `license-file`-only crates are left out with
 * a warning to add their license by hand. Workspace/path packages are the ebuild's own code: not listed.
 */
import type { Finding } from '../finding.js';
import { cargoFindings } from './findings.js';
import type { Lockfile, LockPackage } from './lockfile.js';
import { isCratesIo } from './lockfile.js';
import { parseExpression, termKey, type SpdxNode } from './spdx.js';
import { mapTerm, parseEbuildLicense, type EbuildLicense, type LicenseMapping } from './license-groups.js';
import { licenseKey, type LicenseInfo } from './license-sources.js';
import { crateSpecMatches, type Clarification } from './policy.js';

/** pkgcheck's ExcessiveCrates threshold (it warns above this many). */
export const PKGCHECK_CRATES_LIMIT = 300;

export interface GentooInput {
  lock: Lockfile;
  licenses: ReadonlyMap<string, LicenseInfo>;
  mapping: LicenseMapping;
  /** Policy clarifications replace a crate's declared license here too. */
  clarify?: readonly Clarification[];
}

export interface GentooOutput {
  /** `CRATES="…"` */
  crates: string;
  /** `declare -A GIT_CRATES=( … )`, or '' when there are no git crates. */
  gitCrates: string;
  /** `# Dependent crate licenses` + `LICENSE+="…"` */
  license: string;
  /** All three, ready to paste. */
  text: string;
  crateCount: number;
  licenseEntries: string[];
  findings: Finding[];
}

const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function cratesValue(packages: readonly LockPackage[]): string[] {
  return [...new Set(packages.filter((p) => isCratesIo(p.source)).map((p) => `${p.name}@${p.version}`))].sort(bytewise);
}

function quoteBlock(name: string, entries: readonly string[]): string {
  return entries.length === 0 ? `${name}=""` : `${name}="\n${entries.map((e) => `\t${e}\n`).join('')}"`;
}

/** cargo.eclass GIT_CRATES entries: `[name]='<repo URL>;<commit>;<repo>-%commit%[/<path>]'`. */
function gitCrates(lock: Lockfile, findings: Finding[]): string[] {
  const git = lock.packages.filter((p) => p.sourceKind === 'git');
  const perRepo = new Map<string, LockPackage[]>();
  for (const p of git) {
    const key = `${p.git?.url ?? ''}#${p.git?.commit ?? ''}`;
    perRepo.set(key, [...(perRepo.get(key) ?? []), p]);
  }
  const out: string[] = [];
  for (const p of git) {
    const at = { file: lock.file, line: p.line };
    const url = (p.git?.url ?? '').replace(/\.git$/, '').replace(/\/$/, '');
    const commit = p.git?.commit;
    if (!commit) {
      findings.push(cargoFindings.make('gentoo-git-no-commit', `git crate ${p.name} has no resolved commit in Cargo.lock; it cannot be listed in GIT_CRATES`, at));
      continue;
    }
    if (!/^https:\/\/(github\.com|gitlab\.com)\//.test(url)) {
      findings.push(
        cargoFindings.make('gentoo-git-host', `git crate ${p.name} comes from ${url}; cargo.eclass GIT_CRATES only fetches from GitHub and GitLab`, at),
      );
    }
    const repo = url.split('/').pop() ?? p.name;
    let entry = `[${p.name}]='${url};${commit};${repo}-%commit%`;
    if ((perRepo.get(`${p.git?.url ?? ''}#${commit}`)?.length ?? 0) > 1) {
      findings.push(
        cargoFindings.make('gentoo-git-subdir', `git crate ${p.name} shares its repository with other crates: append /<path-to-crate> to its GIT_CRATES entry`, at),
      );
    }
    entry += `'`;
    out.push(entry);
  }
  return [...new Set(out)].sort(bytewise);
}

/** A rendered ebuild LICENSE fragment; any-of groups keep their members so nesting can be flattened. */
type Rendered = { kind: 'name'; text: string } | { kind: 'all'; parts: Rendered[] } | { kind: 'any'; members: string[] };

function text(r: Rendered): string {
  if (r.kind === 'name') return r.text;
  if (r.kind === 'all') return r.parts.map(text).join(' ');
  return `|| ( ${r.members.join(' ')} )`;
}

function renderEbuild(v: EbuildLicense): Rendered {
  if (v.kind === 'name') return { kind: 'name', text: v.name };
  if (v.kind === 'all') return all(v.items.map(renderEbuild));
  return anyOf(v.items.map(renderEbuild));
}

function all(parts: Rendered[]): Rendered {
  const flat = parts.flatMap((p) => (p.kind === 'all' ? p.parts : [p]));
  return flat.length === 1 ? flat[0]! : { kind: 'all', parts: flat };
}

/** `|| ( … )` with nested any-of groups flattened, all-of members parenthesised, sorted and deduplicated. */
function anyOf(parts: Rendered[]): Rendered {
  const members = new Set<string>();
  for (const p of parts) {
    if (p.kind === 'any') p.members.forEach((m) => members.add(m));
    else if (p.kind === 'all') members.add(`( ${text(p)} )`);
    else members.add(p.text);
  }
  const sorted = [...members].sort(bytewise);
  return sorted.length === 1 && !sorted[0]!.startsWith('(') ? { kind: 'name', text: sorted[0]! } : { kind: 'any', members: sorted };
}

/**
 * One crate's license as ebuild LICENSE entries (its top-level AND parts), or why it cannot be given.
 * Unmapped alternatives of an OR are dropped (the remaining choice is still correct) and reported; an
 * unmapped license that is required is reported (`unmapped`) and must be added by hand.
 */
export function crateLicenseEntries(
  node: SpdxNode,
  mapping: LicenseMapping,
): { entries: string[]; unmapped: string[]; dropped: string[]; fallbacks: string[] } {
  const unmapped: string[] = [];
  const dropped: string[] = [];
  const fallbacks: string[] = [];
  const walk = (n: SpdxNode): Rendered | undefined => {
    if (n.type === 'license') {
      const m = mapTerm(mapping, n);
      if (!m.ok) {
        unmapped.push(termKey(n));
        return undefined;
      }
      if (m.viaFallback) fallbacks.push(`${termKey(n)} -> ${m.viaFallback}`);
      const parsed = parseEbuildLicense(m.value);
      if (!parsed) {
        unmapped.push(termKey(n));
        return undefined;
      }
      return renderEbuild(parsed);
    }
    if (n.type === 'and') {
      const parts = n.terms.map(walk);
      if (parts.some((p) => p === undefined)) return undefined;
      return all(parts as Rendered[]);
    }
    const parts: Rendered[] = [];
    n.terms.forEach((t) => {
      const before = unmapped.length;
      const r = walk(t);
      if (r) parts.push(r);
      else dropped.push(...unmapped.splice(before));
    });
    if (parts.length === 0) {
      unmapped.push(...dropped.splice(0));
      return undefined;
    }
    return parts.length === 1 ? parts[0] : anyOf(parts);
  };
  // Top-level AND parts become separate LICENSE entries so they deduplicate across crates.
  const tops = node.type === 'and' ? node.terms : [node];
  const entries: string[] = [];
  // Parts that map are kept even when a sibling does not: the unmapped one is reported for a hand edit.
  for (const r of tops.map(walk)) {
    if (r === undefined) continue;
    // Mapped values with several names are all-of lists themselves: split them into entries too.
    for (const part of r.kind === 'all' ? r.parts : [r]) entries.push(text(part));
  }
  return { entries, unmapped, dropped, fallbacks };
}

/** Drop `|| ( … X … )` entries when X is required on its own anyway. */
function absorb(entries: Set<string>): string[] {
  const plain = new Set([...entries].filter((e) => !e.includes(' ')));
  return [...entries]
    .filter((e) => {
      if (!e.startsWith('|| (')) return true;
      const v = parseEbuildLicense(e);
      return !(v && v.kind === 'all' && v.items[0]?.kind === 'any' && v.items[0].items.some((i) => i.kind === 'name' && plain.has(i.name)));
    })
    .sort(bytewise);
}

export function gentooEbuildVars(input: GentooInput): GentooOutput {
  const { lock, licenses, mapping } = input;
  const findings: Finding[] = [];
  const crates = cratesValue(lock.packages);
  if (crates.length > PKGCHECK_CRATES_LIMIT) {
    findings.push(
      cargoFindings.make('gentoo-too-many-crates', `CRATES lists ${crates.length} crates; pkgcheck warns above ${PKGCHECK_CRATES_LIMIT} (consider a crate tarball)`, {
        file: lock.file,
      }),
    );
  }
  for (const p of lock.packages) {
    if ((p.sourceKind === 'registry' || p.sourceKind === 'sparse') && !isCratesIo(p.source)) {
      findings.push(
        cargoFindings.make('gentoo-foreign-registry', `${p.name} ${p.version} comes from ${p.source}; cargo.eclass fetches only from crates.io`, {
          file: lock.file,
          line: p.line,
        }),
      );
    }
  }
  const git = gitCrates(lock, findings);

  const entries = new Set<string>();
  const unmappedBy = new Map<string, string[]>();
  const droppedBy = new Map<string, string[]>();
  const fallbackBy = new Map<string, string[]>();
  const note = (m: Map<string, string[]>, key: string, crate: string) => m.set(key, [...(m.get(key) ?? []), crate]);
  const seen = new Set<string>();
  for (const p of lock.packages) {
    if (p.sourceKind === 'path') continue;
    const key = licenseKey(p.name, p.version);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = { file: lock.file, line: p.line };
    const info = licenses.get(key);
    const clar = input.clarify?.find((c) => crateSpecMatches(c, p.name, p.version));
    const text = clar?.expression ?? info?.license;
    if (text === undefined) {
      if (info?.licenseFile !== undefined) {
        findings.push(
          cargoFindings.make('gentoo-license-file', `${key} has only license-file '${info.licenseFile}': inspect it and add its license to LICENSE separately`, at),
        );
      } else {
        findings.push(cargoFindings.make('gentoo-license-missing', `no license known for ${key}; LICENSE+= leaves it out`, at));
      }
      continue;
    }
    const parsed = parseExpression(text);
    if (!parsed.ok) {
      findings.push(cargoFindings.make('gentoo-license-invalid', `${key}: ${parsed.error.message}; LICENSE+= leaves it out`, at));
      continue;
    }
    const r = crateLicenseEntries(parsed.ast, mapping);
    for (const u of new Set(r.unmapped)) note(unmappedBy, u, key);
    for (const d of new Set(r.dropped)) note(droppedBy, d, key);
    for (const f of new Set(r.fallbacks)) note(fallbackBy, f, key);
    for (const e of r.entries) entries.add(e);
  }
  const list = (crates: string[]) => (crates.length > 5 ? `${crates.slice(0, 5).join(', ')} and ${crates.length - 5} more` : crates.join(', '));
  for (const [id, cs] of [...unmappedBy].sort(([a], [b]) => bytewise(a, b))) {
    findings.push(
      cargoFindings.make('gentoo-license-unmapped', `${id} has no entry in ${mapping.file}; it is missing from LICENSE+= (needed by ${list(cs)})`, {
        file: lock.file,
        hint: `add the Gentoo name for ${id} to LICENSE by hand, or to license-mapping.conf`,
      }),
    );
  }
  for (const [id, cs] of [...droppedBy].sort(([a], [b]) => bytewise(a, b))) {
    findings.push(
      cargoFindings.make('gentoo-license-alternative-dropped', `${id} has no entry in ${mapping.file}; it was dropped from the OR choice of ${list(cs)}`, {
        file: lock.file,
      }),
    );
  }
  for (const [f, cs] of fallbackBy) {
    findings.push(cargoFindings.make('gentoo-license-plus-fallback', `no mapping for ${f.split(' -> ')[0]}; used ${f.split(' -> ')[1]} for ${list(cs)}`, { file: lock.file }));
  }

  const licenseEntries = absorb(entries);
  const cratesText = quoteBlock('CRATES', crates);
  const gitText = git.length ? `declare -A GIT_CRATES=(\n${git.map((g) => `\t${g}\n`).join('')})` : '';
  const licenseText = `# Dependent crate licenses\n${quoteBlock('LICENSE+', licenseEntries)}`;
  return {
    crates: cratesText,
    gitCrates: gitText,
    license: licenseText,
    text: [cratesText, gitText, licenseText].filter(Boolean).join('\n\n') + '\n',
    crateCount: crates.length,
    licenseEntries,
    findings,
  };
}
