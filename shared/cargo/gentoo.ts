/**
 * Gentoo ebuild variables for a Cargo.lock: `CRATES=` (crates.io crates as `name@version`, sorted),
 * `GIT_CRATES` (cargo.eclass associative array) and `LICENSE+=` (every dependent crate's license mapped to
 * Gentoo names through license-mapping.conf).
 *
 * Output equals pycargoebuild's (the tool Gentoo developers use), so switching tools causes no ebuild churn:
 * CRATES one tab-indented entry per line, bytewise-sorted; LICENSE+= the simplified conjunction of the crate
 * licenses in pycargoebuild's order and layout (gentoo-license.ts), preceded by `# Dependent crate
 * licenses`. Where pycargoebuild stops with an error (an id without a mapping) this reports it and goes on;
 * `license-file`-only crates are left out with a warning to add their license by hand. Workspace/path
 * packages are the ebuild's own code: not listed.
 */
import type { Finding } from '../finding.js';
import { cargoFindings } from './findings.js';
import type { Lockfile, LockPackage } from './lockfile.js';
import { isCratesIo } from './lockfile.js';
import { parseExpression, termKey, type LicenseTerm, type SpdxNode } from './spdx.js';
import { mapTerm, parseEbuildLicense, type LicenseMapping } from './license-groups.js';
import { ebuildTokens, formatLicenseVar, simplify, sym, type LicenseExpr } from './gentoo-license.js';
import { packageLicenseKey, type LicenseInfo } from './license-sources.js';
import { crateSpecIndex, type Clarification } from './policy.js';
import { own } from '../own.js';
import { pushAll } from '../finding.js';

/** A stable text for deduplicating crate license parts (the simplification does the real work). */
function formatLicenseExpr(e: LicenseExpr): string {
  return e.t === 'sym' ? e.key : `${e.t}(${e.args.map(formatLicenseExpr).join(',')})`;
}

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

/** `name@version` of every crates.io package; only characters cargo allows in both (no quote, `$`, space). */
export function cratesValue(packages: readonly LockPackage[]): string[] {
  const inert = (t: string) => /^[\p{XID_Continue}.+@-]+$/u.test(t);
  return [...new Set(packages.filter((p) => isCratesIo(p.source)).map((p) => `${p.name}@${p.version}`).filter(inert))].sort(bytewise);
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
    const same = perRepo.get(key);
    if (same) same.push(p);
    else perRepo.set(key, [p]);
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
    // The entry is bash inside single quotes: a URL or commit with anything but URL characters would end the
    // quotes (and a crate name is only what cargo allows: lockfile.ts). Such a crate is not listed.
    if (!/^[A-Za-z0-9:/._~%+@-]+$/.test(url) || !/^[0-9a-f]{7,64}$/.test(commit) || !/^[\p{XID_Continue}-]+$/u.test(p.name)) {
      findings.push(cargoFindings.make('gentoo-git-host', `git crate ${p.name} comes from ${JSON.stringify(url)} at ${JSON.stringify(commit)}, which is not a plain URL and commit id; it is not listed in GIT_CRATES`, at));
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

/**
 * SPDX ids that license_expression (pycargoebuild) reads as their successors before mapping: deprecated ids
 * SPDX replaced by another id. Gentoo's license-mapping.conf maps only the successors (`BSD-2-Clause-FreeBSD`
 * is `BSD-2-Clause-Views`, mapped to `BSD-2`). The deprecated GNU ids are modernised by spdx.ts already.
 */
const SPDX_SUCCESSORS: Record<string, string> = {
  'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
  'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
  Nunit: 'zlib-acknowledgement',
  'StandardML-NJ': 'SMLNJ',
  'bzip2-1.0.5': 'bzip2-1.0.6',
};

function successor(term: LicenseTerm): LicenseTerm {
  const id = own(SPDX_SUCCESSORS, term.id);
  return id === undefined ? term : { ...term, id };
}

interface Pruned {
  /** The crate's license with unmapped OR alternatives dropped; top-level AND parts that map are kept apart. */
  parts: LicenseExpr[];
  unmapped: string[];
  dropped: string[];
  fallbacks: string[];
}

/**
 * One crate's license reduced to what can be written in LICENSE. Unmapped alternatives of an OR are dropped
 * (the remaining choice is still correct) and reported; an unmapped license that is required is reported
 * (`unmapped`) and must be added by hand; the top-level AND parts that map are kept.
 */
function pruneLicense(node: SpdxNode, mapping: LicenseMapping): Pruned {
  const unmapped: string[] = [];
  const dropped: string[] = [];
  const fallbacks: string[] = [];
  const walk = (n: SpdxNode): LicenseExpr | undefined => {
    if (n.type === 'license') {
      const term = successor(n);
      const m = mapTerm(mapping, term);
      if (!m.ok || !parseEbuildLicense(m.value)) {
        unmapped.push(termKey(n));
        return undefined;
      }
      if (m.viaFallback) fallbacks.push(`${termKey(n)} -> ${m.viaFallback}`);
      return sym(term);
    }
    if (n.type === 'and') {
      const parts = n.terms.map(walk);
      if (parts.some((p) => p === undefined)) return undefined;
      return { t: 'and', args: parts as LicenseExpr[] };
    }
    const parts: LicenseExpr[] = [];
    n.terms.forEach((t) => {
      const before = unmapped.length;
      const r = walk(t);
      if (r) parts.push(r);
      else pushAll(dropped, unmapped.splice(before));
    });
    if (parts.length === 0) {
      pushAll(unmapped, dropped.splice(0));
      return undefined;
    }
    return parts.length === 1 ? parts[0] : { t: 'or', args: parts };
  };
  const tops = node.type === 'and' ? node.terms : [node];
  const parts = tops.map(walk).filter((p): p is LicenseExpr => p !== undefined);
  return { parts, unmapped, dropped, fallbacks };
}

/** The ebuild LICENSE of the licenses `parts` (all required), simplified and ordered as pycargoebuild does. */
function ebuildLicense(parts: LicenseExpr[], mapping: LicenseMapping): { tokens: string[]; entries: string[] } {
  if (parts.length === 0) return { tokens: [], entries: [] };
  const simple = simplify(parts.length === 1 ? parts[0]! : { t: 'and', args: parts });
  const mapped = (term: LicenseTerm) => {
    const m = mapTerm(mapping, term);
    return m.ok ? m.value : termKey(term);
  };
  const tops = simple.t === 'and' ? simple.args : [simple];
  return { tokens: ebuildTokens(simple, mapped), entries: tops.map((e) => ebuildTokens(e, mapped).join(' ')) };
}

/**
 * One crate's license as ebuild LICENSE entries (the top-level AND operands of its simplified expression,
 * in pycargoebuild's order), with what could not be mapped.
 */
export function crateLicenseEntries(
  node: SpdxNode,
  mapping: LicenseMapping,
): { entries: string[]; unmapped: string[]; dropped: string[]; fallbacks: string[] } {
  const r = pruneLicense(node, mapping);
  return { entries: ebuildLicense(r.parts, mapping).entries, unmapped: r.unmapped, dropped: r.dropped, fallbacks: r.fallbacks };
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

  const parts = new Map<string, LicenseExpr>();
  const unmappedBy = new Map<string, string[]>();
  const droppedBy = new Map<string, string[]>();
  const fallbackBy = new Map<string, string[]>();
  // (appended in place: a copy of the list per crate made 40,000 crates of one license take 50 s)
  const note = (m: Map<string, string[]>, key: string, crate: string) => {
    const list = m.get(key);
    if (list) list.push(crate);
    else m.set(key, [crate]);
  };
  const seen = new Set<string>();
  const clarifyFor = crateSpecIndex(input.clarify ?? [], (c) => c);
  for (const p of lock.packages) {
    if (p.sourceKind === 'path') continue;
    const key = packageLicenseKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = { file: lock.file, line: p.line };
    const info = licenses.get(key);
    const clar = clarifyFor(p.name, p.version)[0];
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
    const r = pruneLicense(parsed.ast, mapping);
    for (const u of new Set(r.unmapped)) note(unmappedBy, u, key);
    for (const d of new Set(r.dropped)) note(droppedBy, d, key);
    for (const f of new Set(r.fallbacks)) note(fallbackBy, f, key);
    for (const e of r.parts) parts.set(formatLicenseExpr(e), e);
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

  const license = ebuildLicense([...parts.values()], mapping);
  // pycargoebuild writes `CRATES="\n"` for no crates: cargo.eclass refuses an empty CRATES.
  const cratesText = crates.length ? quoteBlock('CRATES', crates) : 'CRATES="\n"';
  const gitText = git.length ? `declare -A GIT_CRATES=(\n${git.map((g) => `\t${g}\n`).join('')})` : '';
  const licenseText = `# Dependent crate licenses\nLICENSE+="${formatLicenseVar(license.tokens)}"`;
  return {
    crates: cratesText,
    gitCrates: gitText,
    license: licenseText,
    text: [cratesText, gitText, licenseText].filter(Boolean).join('\n\n') + '\n',
    crateCount: crates.length,
    licenseEntries: license.entries,
    findings,
  };
}
