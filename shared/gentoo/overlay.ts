/**
 * Scan a repository tree (an overlay, GURU, ::gentoo) into ebuild records plus findings about what Portage
 * would do differently from what the maintainer expects.
 *
 * Reads each directory once and each file once, with a bounded pool of concurrent async reads. Ebuild
 * metadata comes from metadata/md5-cache when present (trusted like Portage's cache; `verifyCache` compares
 * `_md5_` against the ebuild), else from the static reading of the ebuild text (parseEbuild).
 */
import { createHash } from 'node:crypto';
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Finding, Severity } from '../finding.js';
import { gentooFindings } from './findings.js';
import { readBytes, readNames, readText } from '../fs-read.js';
import { parseEbuild, type PreparedSource } from './ebuild/parse.js';
import { srcUriDistfiles } from './ebuild/src-uri.js';
import { eclassDirs, loadEclasses, type EclassLookup } from './eclass.js';
import { parseLayoutConf, type LayoutConf } from './layout-conf.js';
import { parseManifest, type Manifest } from './manifest.js';
import { parseMd5Cache } from './md5-cache.js';
import { parseCategories, parseRepoName } from './repo-meta.js';
import type { EbuildInfo, EbuildRecord } from './types.js';
import { isValidCategoryName, isValidPackageName, portageSlot, slotProblem, splitPackageVersion, versionWithoutRevision } from './version.js';
import { mapLimit } from '../map-limit.js';
import { pushAll } from '../finding.js';

export { mapLimit };

export interface ScanOptions {
  /** Name used when profiles/repo_name is missing or invalid (default: the directory name). */
  repoName?: string;
  /** Finding paths are relative to this directory (default: root). */
  base?: string;
  /** Union of every configured repository's profiles/categories (Portage uses the union). Default: this
   * repository's own list; when it has none and none is given, the unlisted-category check is skipped. */
  categories?: Iterable<string>;
  /** Severity for a package without metadata.xml (pkgcheck: error; GURU itself lacks some). Default warning. */
  metadataXml?: Severity | 'off';
  /** Use metadata/md5-cache when present. Default true. */
  useMd5Cache?: boolean;
  /** Read ebuilds too and report md5-cache entries whose `_md5_` does not match. Default false. */
  verifyCache?: boolean;
  /** Keep the parsed EbuildInfo per ebuild file (for callers that need other variables). Default false. */
  keepInfo?: boolean;
  /** Keep the text of every ebuild read (drift compares texts without reading them again). Default false. */
  keepText?: boolean;
  /** Keep each package's parsed Manifest. Default true. */
  keepManifests?: boolean;
  /** Read Manifests and check them against what the ebuilds fetch. Default true; false for an upstream that is
   * only compared with (its Manifests are not ours to fix): no Manifest is read, distfiles stay unknown, and SRC_URI
   * is not evaluated (unknown in `infos`). */
  checkManifests?: boolean;
  /** Concurrent file operations. Default 64. */
  concurrency?: number;
  /**
   * Every configured repository's location by name: eclasses are then read from this repository's `eclass/`
   * and its layout.conf masters' (as Portage sources them), so SLOT, KEYWORDS and SRC_URI set by an eclass
   * are known. Without it, what an eclass could set stays unknown.
   */
  repoLocations?: Readonly<Record<string, string>>;
  /** Only these `category/package` directories (absent ones are skipped): for comparing a few packages with a
   * large upstream without reading all of it. Repository-wide checks (unlisted categories) then cover only them. */
  packages?: Iterable<string>;
  /** Directory listings already made in this run (listPackageDirs, withEbuilds): not listed again. */
  listings?: Listings;
  /** Ebuilds parsed by another scan in this run (an overlay and its upstream often hold the same file): one
   * with the same path, the same text and the same eclasses is not parsed again. */
  parsed?: ParsedEbuilds;
  /**
   * Ebuild texts prepared (syntax-checked, lexed) in this run, by text, shared with other scans (ParseOptions.prepared):
   * an overlay's copy of an upstream ebuild at another version is prepared once. Without it a text is shared
   * among the versions of one package only, so a scan of a whole tree holds no more than one package's texts.
   */
  prepared?: Map<string, PreparedSource>;
}

/** Parsed ebuilds by path in their repository, shared by the scans of one run (see ScanOptions.parsed). */
export type ParsedEbuilds = Map<string, { text: string; withEclasses: boolean; eclasses: Map<string, PreparedSource | undefined>; skipped: boolean; info: EbuildInfo }[]>;

/** What a scan that checks no Manifest does not evaluate: SRC_URI only says what the Manifest must list. */
const UNUSED_WITHOUT_MANIFESTS: ReadonlySet<string> = new Set(['SRC_URI']);

/** parseEbuild, or the parse of the same text at the same path by another scan when every eclass it looked up
 * is the same file with the same text in this repository: parseEbuild reads nothing else. A parse that skipped
 * SRC_URI serves only another that skips it. */
function parseShared(text: string, file: string, eclass: EclassLookup | undefined, parsed: ParsedEbuilds | undefined, skip: boolean, prepared: Map<string, PreparedSource>): EbuildInfo {
  const options = (lookup: EclassLookup | undefined) => ({ prepared, ...(lookup ? { eclass: lookup } : {}), ...(skip ? { skip: UNUSED_WITHOUT_MANIFESTS } : {}) });
  if (!parsed) return parseEbuild(text, file, options(eclass));
  const same = (a: PreparedSource | undefined, b: PreparedSource | undefined): boolean =>
    a === b || (a !== undefined && b !== undefined && a.file === b.file && a.text === b.text);
  const earlier = parsed.get(file);
  const hit = earlier?.find((e) => e.text === text && (skip || !e.skipped) && e.withEclasses === (eclass !== undefined) && [...e.eclasses].every(([n, src]) => same(src, eclass!(n))));
  if (hit) return hit.info;
  const eclasses = new Map<string, PreparedSource | undefined>();
  const info = parseEbuild(text, file, options(eclass ? (n) => {
    const src = eclass(n);
    eclasses.set(n, src);
    return src;
  } : undefined));
  const entry = { text, withEclasses: eclass !== undefined, eclasses, skipped: skip, info };
  if (earlier) earlier.push(entry);
  else parsed.set(file, [entry]);
  return info;
}

/** Names in a directory by absolute path, as listed once in a run (a directory that could not be listed is absent). */
export type Listings = Map<string, string[]>;

export interface PackageRecord {
  category: string;
  package: string;
  /** Relative to the repository root, e.g. `dev-lang/rust`. */
  dir: string;
  ebuilds: EbuildRecord[];
  hasMetadataXml: boolean;
  hasManifest: boolean;
  manifest?: Manifest;
}

export interface RepositoryScan {
  root: string;
  name: string;
  layout?: LayoutConf;
  /** This repository's own profiles/categories. */
  categories: string[];
  packages: PackageRecord[];
  /** Every ebuild Portage would see (not those in unlisted categories or with invalid names). */
  ebuilds: EbuildRecord[];
  /** Ebuilds in categories no repository lists: Portage silently ignores them. */
  ignored: EbuildRecord[];
  /** Parsed ebuild text per record file, when `keepInfo`. */
  infos?: Map<string, EbuildInfo>;
  /** Ebuild text per record file, when `keepText` (only ebuilds that were read, not md5-cache hits). */
  texts?: Map<string, string>;
  findings: Finding[];
  stats: { packages: number; ebuilds: number; distEntries: number; md5CacheHits: number; ebuildsParsed: number; unknownSrcUri: number };
}

/** Portage's main repository: the implicit master of a repository whose layout.conf has no masters key. */
const MAIN_REPO_NAME = 'gentoo';

/** Top-level directories that are never categories. */
const NOT_CATEGORIES = new Set(['profiles', 'metadata', 'eclass', 'licenses', 'scripts', 'distfiles', 'packages', 'files']);

/**
 * Root profiles/ files Portage never reads: keywords are accepted only by profile nodes and /etc/portage.
 * (A repository's root `profiles/package.use` IS read: UseManager applies it to that repository's packages.)
 */
const IGNORED_PROFILE_FILES = ['package.keywords', 'package.accept_keywords'];

/** The profile directories profiles/profiles.desc lists (`arch path status`), stable ones first. */
export function listedProfiles(text: string): string[] {
  const rows: { path: string; stable: boolean }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const w = line.replace(/#.*/, '').trim().split(/\s+/);
    if (w.length >= 3) rows.push({ path: w[1], stable: w[2] === 'stable' });
  }
  return [...rows.filter((r) => r.stable), ...rows.filter((r) => !r.stable)].map((r) => r.path);
}

/** The SLOT ::gentoo gives dev-lang/rust and rust-bin: `${PV%%_*}` (e.g. 1.75.0 for 1.75.0-r1). */
export function expectedRustSlot(version: string): string | undefined {
  const v = splitPackageVersion(`x-${version}`)?.version;
  if (!v) return undefined;
  const pv = versionWithoutRevision(v);
  const u = pv.indexOf('_');
  return u === -1 ? pv : pv.slice(0, u);
}

/** Names only (no Dirent objects): below the root every entry's kind follows from its name or from a read. */
async function listNames(p: string, listings?: Listings): Promise<string[] | undefined> {
  const known = listings?.get(p);
  if (known) return known;
  const names = await readNames(p);
  if (names) listings?.set(p, names);
  return names;
}

async function listDir(p: string): Promise<Dirent[] | undefined> {
  try {
    return readdirSync(p, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

const md5 = (data: Buffer | string): string => createHash('md5').update(data).digest('hex');

/** `path.join(dir, name)` for an absolute, normalized `dir` and one name read from a directory (no separator, not
 * `.` or `..`): the same string without path.join's normalizing pass, which allocated more than the scan's reads. */
function child(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** `category/package` directory candidates of a tree (files such as metadata.xml fail to list as a package later:
 * no stat per entry here). */
async function packageCandidates(absRoot: string, rootList: readonly Dirent[], limit: number, listings?: Listings): Promise<{ category: string; package: string }[]> {
  const out: { category: string; package: string }[] = [];
  const catDirs = rootList.filter((d) => d.isDirectory() && !d.name.startsWith('.') && !NOT_CATEGORIES.has(d.name)).map((d) => d.name).sort();
  const catLists = await mapLimit(catDirs, limit, (c) => listNames(child(absRoot, c), listings));
  catDirs.forEach((c, i) => {
    for (const name of catLists[i] ?? []) {
      if (!name.startsWith('.') && name !== 'metadata.xml') out.push({ category: c, package: name });
    }
  });
  return out;
}

/** The `category/package` directories of a tree, without reading any file (a superset of its packages: a
 * directory without ebuilds is listed too). For choosing what to read of a large upstream. The category listings
 * go to `listings` when given (a scan of the same tree then does not list them again). */
export async function listPackageDirs(root: string, concurrency = 64, listings?: Listings): Promise<string[]> {
  const absRoot = path.resolve(root);
  const rootList = await listDir(absRoot);
  if (!rootList) return [];
  return (await packageCandidates(absRoot, rootList, concurrency, listings)).map((p) => `${p.category}/${p.package}`);
}

/** The record's side of an invalid SLOT: why Portage refuses its metadata, and what emerge says of it. */
function slotInvalid(problem: 'empty' | 'subslot-eapi' | 'invalid', eapi: string | undefined): Pick<EbuildRecord, 'metadataError' | 'metadataMask'> {
  if (problem === 'empty') return { metadataError: 'SLOT is not set', metadataMask: 'invalid: SLOT: undefined' };
  return {
    metadataError: problem === 'subslot-eapi' ? `its SLOT has a sub-slot, which EAPI ${eapi} does not allow` : 'its SLOT is not a valid slot name',
    metadataMask: 'invalid: SLOT: invalid value',
  };
}

/** The SLOT a finding names: quoted as JSON (control characters escaped), at most 60 characters. */
function slotInvalidWhy(problem: 'subslot-eapi' | 'invalid', slot: string, eapi: string | undefined): string {
  const shown = JSON.stringify(slot.length > 60 ? `${slot.slice(0, 60)}…` : slot);
  return problem === 'subslot-eapi'
    ? `SLOT=${shown}, a sub-slot, but EAPI ${eapi} has no sub-slots (they came with EAPI 5)`
    : `SLOT=${shown}, which is not a valid slot (one slot name, [A-Za-z0-9_][A-Za-z0-9+_.-]*, or slot/subslot)`;
}

export async function scanRepository(root: string, opts: ScanOptions = {}): Promise<RepositoryScan> {
  const absRoot = path.resolve(root);
  const base = path.resolve(opts.base ?? root);
  // paths below the root are built from names read from it: relative to the root itself, a path is what it is
  const rel = base === absRoot
    ? (p: string): string => (p === '.' ? '' : p)
    : (p: string): string => path.relative(base, path.join(absRoot, p)).split(path.sep).join('/');
  const limit = opts.concurrency ?? 64;
  const findings: Finding[] = [];
  const stats: RepositoryScan['stats'] = { packages: 0, ebuilds: 0, distEntries: 0, md5CacheHits: 0, ebuildsParsed: 0, unknownSrcUri: 0 };

  const [rootList, layoutText, repoNameText, categoriesText, profilesList, md5Root] = await Promise.all([
    listDir(absRoot),
    readText(path.join(absRoot, 'metadata', 'layout.conf')),
    readText(path.join(absRoot, 'profiles', 'repo_name')),
    readText(path.join(absRoot, 'profiles', 'categories')),
    listDir(path.join(absRoot, 'profiles')),
    opts.useMd5Cache === false ? Promise.resolve(undefined) : listDir(path.join(absRoot, 'metadata', 'md5-cache')),
  ]);
  if (!rootList) {
    findings.push(gentooFindings.make('repo-unreadable', `repository directory ${absRoot} cannot be read`, { file: rel('.') }));
    return { root: absRoot, name: opts.repoName ?? path.basename(absRoot), categories: [], packages: [], ebuilds: [], ignored: [], findings, stats };
  }

  let layout: LayoutConf | undefined;
  if (layoutText === undefined) {
    findings.push(
      gentooFindings.make('layout-missing', 'metadata/layout.conf is missing', {
        file: rel('metadata/layout.conf'), hint: 'Create it with at least "masters = gentoo" (and "thin-manifests = true" for git overlays).',
      }),
    );
  } else {
    const r = parseLayoutConf(layoutText, rel('metadata/layout.conf'));
    layout = r.layout;
    pushAll(findings, r.findings);
  }

  let name = opts.repoName ?? path.basename(absRoot);
  if (repoNameText === undefined) {
    findings.push(
      gentooFindings.make('repo-name-missing', 'profiles/repo_name is missing', {
        severity: layout?.repoName ? 'warning' : 'error',
        file: rel('profiles/repo_name'), hint: 'Create it with the repository name on its first line; repos.conf sections must use that name.',
      }),
    );
    if (layout?.repoName) name = layout.repoName;
  } else {
    const r = parseRepoName(repoNameText, rel('profiles/repo_name'));
    pushAll(findings, r.findings);
    if (r.name) name = r.name;
  }
  if (layout?.masters?.length === 0 && name !== MAIN_REPO_NAME) {
    findings.push(
      gentooFindings.make('layout-masters-empty', `layout.conf sets an empty "masters =": Portage gives ${name} no master, so its ebuilds cannot use ::gentoo's eclasses or licenses`, {
        file: rel('metadata/layout.conf'), line: layout.raw.masters?.line, hint: 'Set "masters = gentoo" (an empty masters is only for a standalone repository such as ::gentoo itself).',
      }),
    );
  }
  if (layout?.repoName && repoNameText !== undefined && layout.repoName !== name) {
    findings.push(
      gentooFindings.make('repo-name-mismatch', `layout.conf repo-name "${layout.repoName}" differs from profiles/repo_name "${name}"`, {
        file: rel('metadata/layout.conf'), line: layout.raw['repo-name']?.line,
      }),
    );
  }

  let ownCategories: string[] = [];
  if (categoriesText !== undefined) {
    const r = parseCategories(categoriesText, rel('profiles/categories'));
    ownCategories = r.categories.map((c) => c.name);
    pushAll(findings, r.findings);
  }
  let listed: Set<string> | undefined;
  if (opts.categories) listed = new Set(opts.categories);
  else if (categoriesText !== undefined) listed = new Set(ownCategories);
  else {
    findings.push(
      gentooFindings.make('categories-missing', 'profiles/categories is missing: ebuilds are only seen in categories another repository lists', {
        file: rel('profiles/categories'), hint: 'List every category directory of this repository, one per line.',
      }),
    );
  }

  const ignoredRoot = (profilesList ?? []).filter((f) => IGNORED_PROFILE_FILES.includes(f.name));
  if (ignoredRoot.length) {
    // name the profile the lines could go to: the repository's own, from profiles.desc
    const desc = await readText(path.join(absRoot, 'profiles', 'profiles.desc'));
    const profiles = desc !== undefined ? listedProfiles(desc) : [];
    const target = profiles.length
      ? `profiles/${profiles[0]}/package.accept_keywords (the profile ${profiles[0]} that profiles/profiles.desc lists${profiles.length > 1 ? `, or another of its ${profiles.length} profiles` : ''})`
      : undefined;
    for (const f of ignoredRoot) {
      findings.push(
        gentooFindings.make('profiles-file-ignored', `profiles/${f.name} at the repository root is never read by Portage: keywords are accepted only by a profile's package.accept_keywords and /etc/portage`, {
          file: rel(`profiles/${f.name}`),
          hint: target
            ? `Move its lines to ${target}, which systems using that profile read; or to /etc/portage/package.accept_keywords (setup-overlay: the package-accept-keywords input).`
            : `This repository defines no profile (no profiles/profiles.desc), so move its lines to /etc/portage/package.accept_keywords (setup-overlay: the package-accept-keywords input), or to package.accept_keywords of the profile your systems use.`,
        }),
      );
    }
  }

  // Eclasses: this repository's and its masters' (a master not configured is not read: its eclasses stay unknown).
  // Without a masters key Portage takes the main repository as master.
  let eclass: EclassLookup | undefined;
  const masterNames = layout?.masters ?? (name === MAIN_REPO_NAME ? [] : [MAIN_REPO_NAME]);
  // every master configured: an eclass none of them has is one Portage cannot find either
  let eclassesComplete = false;
  if (opts.repoLocations) {
    const masters = masterNames.map((m) => opts.repoLocations![m]).filter((l): l is string => l !== undefined);
    eclassesComplete = masters.length === masterNames.length;
    eclass = await loadEclasses(eclassDirs(absRoot, masters));
  }
  const eclassWhere = masterNames.length
    ? `in neither ${name}'s eclass/ nor that of its master${masterNames.length > 1 ? 's' : ''} (${masterNames.join(', ')})`
    : `not in ${name}'s eclass/ (it has no master)`;

  const metadataSeverity = opts.metadataXml ?? 'warning';
  const thin = layout?.thinManifests ?? false;
  const required = layout?.manifestRequiredHashes;
  const md5Cats = new Set((md5Root ?? []).filter((d) => d.isDirectory()).map((d) => d.name));
  const checkManifests = opts.checkManifests !== false;

  // Category directories -> package directories (or only the packages asked for: nothing else is read).
  const pkgDirs: { category: string; package: string }[] = [];
  if (opts.packages) {
    // a category this tree does not have holds none of the packages: not listed (a failed listing costs an error)
    const here = new Set(rootList.map((d) => d.name));
    for (const cp of new Set(opts.packages)) {
      const parts = cp.split('/');
      // names from the caller become paths: only plain category/package, never `..`
      if (parts.length !== 2 || !isValidCategoryName(parts[0]) || !/^[A-Za-z0-9_][A-Za-z0-9+_-]*$/.test(parts[1])) continue;
      if (!here.has(parts[0])) continue;
      pkgDirs.push({ category: parts[0], package: parts[1] });
    }
  } else {
    pushAll(pkgDirs, await packageCandidates(absRoot, rootList, limit, opts.listings));
  }
  pkgDirs.sort((a, b) => (a.category === b.category ? (a.package < b.package ? -1 : a.package > b.package ? 1 : 0) : a.category < b.category ? -1 : 1));

  const infos = opts.keepInfo ? new Map<string, EbuildInfo>() : undefined;
  const texts = opts.keepText ? new Map<string, string>() : undefined;
  const categoriesWithEbuilds = new Set<string>();
  const unknownSrc: string[] = [];

  const packages = await mapLimit(pkgDirs, limit, async ({ category, package: pkg }): Promise<PackageRecord | undefined> => {
    const dir = `${category}/${pkg}`;
    const absDir = child(child(absRoot, category), pkg);
    const list = await listNames(absDir, opts.listings);
    if (!list) return undefined;
    const ebuildFiles = list.filter((n) => n.endsWith('.ebuild')).sort();
    if (ebuildFiles.length === 0) return undefined;
    const local: Finding[] = [];
    const hasMetadataXml = list.includes('metadata.xml');
    const hasManifest = list.includes('Manifest');
    categoriesWithEbuilds.add(category);
    if (!isValidCategoryName(category)) {
      local.push(gentooFindings.make('category-name-invalid', `"${category}" is not a valid category name`, { file: rel(dir) }));
    }
    if (!isValidPackageName(pkg)) {
      local.push(gentooFindings.make('package-name-invalid', `"${pkg}" is not a valid package name`, { file: rel(dir), hint: 'Names use [A-Za-z0-9+_-] and must not end in "-<version>".' }));
    }

    // texts prepared for this package's versions (or the run's, when shared): a version bumped by copying is prepared once
    const prepared = opts.prepared ?? new Map<string, PreparedSource>();
    const valid: { fileName: string; version: string; pf: string }[] = [];
    for (const f of ebuildFiles) {
      const pf = f.slice(0, -'.ebuild'.length);
      const sp = splitPackageVersion(pf);
      if (!sp || sp.name !== pkg) {
        const prefixOk = pf.startsWith(`${pkg}-`);
        local.push(
          gentooFindings.make('ebuild-name-invalid', prefixOk
            ? `${f}: "${pf.slice(pkg.length + 1)}" is not a valid version, so Portage ignores this ebuild`
            : `${f} does not start with "${pkg}-" (the package directory name), so Portage ignores it`, {
            file: rel(`${dir}/${f}`), hint: `Name it ${pkg}-<version>.ebuild with a PMS version such as 1.2.3, 1.2.3_rc1 or 1.2.3-r1.`,
          }),
        );
        continue;
      }
      valid.push({ fileName: f, version: sp.version.text, pf });
    }

    const [manifestText, ...metas] = await Promise.all([
      hasManifest && checkManifests ? readText(child(absDir, 'Manifest')) : Promise.resolve(undefined),
      ...valid.map(async (v) => {
        const file = `${dir}/${v.fileName}`;
        const cacheText = md5Cats.has(category) ? await readText(path.join(absRoot, 'metadata', 'md5-cache', category, v.pf)) : undefined;
        if (cacheText !== undefined) {
          const c = parseMd5Cache(cacheText, rel(`metadata/md5-cache/${category}/${v.pf}`));
          const values = c.entry.values;
          let stale = false;
          if (opts.verifyCache) {
            const buf = await readBytes(child(absDir, v.fileName));
            if (buf && c.entry.md5 && md5(buf) !== c.entry.md5) stale = true;
          }
          if (!stale) {
            stats.md5CacheHits++;
            // an entry without SLOT has an empty one (empty values are left out): invalid like any other bad SLOT
            const eapi = values.EAPI ?? '0';
            const problem = slotProblem(values.SLOT ?? '', eapi);
            const rec: EbuildRecord = {
              repo: '', category, package: pkg, version: v.version, file,
              slot: problem ? undefined : values.SLOT, keywords: (values.KEYWORDS ?? '').split(/\s+/).filter(Boolean),
              eapi: values.EAPI ?? '0', license: values.LICENSE, distfiles: checkManifests ? srcUriDistfiles(values.SRC_URI ?? '') : undefined,
              md5: c.entry.md5, source: 'md5-cache',
              iuse: [...new Set((values.IUSE ?? '').split(/\s+/).filter(Boolean).map((f) => f.replace(/^[+-]/, '')))],
            };
            const cacheFindings = [...c.findings];
            if (problem) {
              const cacheFile = rel(`metadata/md5-cache/${category}/${v.pf}`);
              const line = cacheText.split('\n').findIndex((l) => l.startsWith('SLOT=')) + 1 || undefined;
              Object.assign(rec, slotInvalid(problem, eapi));
              cacheFindings.push(problem === 'empty'
                ? gentooFindings.make('ebuild-slot-missing', `the md5-cache entry for ${v.pf} has no SLOT: Portage rejects its metadata, so emerge never considers it`, {
                  file: cacheFile, hint: 'Regenerate the cache (egencache --update) after setting SLOT in the ebuild.',
                })
                : gentooFindings.make('ebuild-slot-invalid', `the md5-cache entry for ${v.pf} has ${slotInvalidWhy(problem, values.SLOT!, eapi)}: Portage rejects its metadata, so emerge never considers it`, {
                  file: cacheFile, line, hint: 'Fix SLOT in the ebuild and regenerate the cache (egencache --update).',
                }));
            }
            return { rec, findings: cacheFindings, srcLine: undefined as number | undefined, slotLine: undefined as number | undefined };
          }
          local.push(
            gentooFindings.make('md5-cache-stale', `md5-cache entry for ${v.pf} does not match the ebuild; read the ebuild instead`, {
              file: rel(`metadata/md5-cache/${category}/${v.pf}`), hint: 'Regenerate the cache (egencache --update).',
            }),
          );
        }
        const buf = await readBytes(child(absDir, v.fileName));
        if (!buf) {
          return { rec: undefined, findings: [gentooFindings.make('ebuild-unreadable', `${v.fileName} cannot be read`, { file: rel(file) })], srcLine: undefined, slotLine: undefined };
        }
        stats.ebuildsParsed++;
        const text = buf.toString('utf8');
        if (texts) texts.set(file, text);
        const info = parseShared(text, rel(file), eclass, opts.parsed, !checkManifests, prepared);
        // parseEbuild derives PN/PV from the file name it is given; keep annotations pointing at the real path
        if (infos) infos.set(file, info);
        const vars = info.vars;
        const str = (k: string): string | undefined => {
          const x = vars[k];
          return x?.kind === 'string' ? x.value : x?.kind === 'array' ? x.values.join(' ') : undefined;
        };
        let distfiles: string[] | undefined;
        if (!checkManifests) distfiles = undefined;
        else if (vars.SRC_URI) distfiles = srcUriDistfiles(vars.SRC_URI);
        // every eclass read and none set SRC_URI: it is empty; an eclass not read may have set it
        else distfiles = info.complete || info.inherit.length === 0 ? [] : undefined;
        const eapiVar = vars.EAPI;
        // KEYWORDS nobody set is empty (a live ebuild) once every eclass is known to have been read
        const keywords = vars.KEYWORDS ? (vars.KEYWORDS.kind !== 'unknown' ? (str('KEYWORDS') ?? '').split(/\s+/).filter(Boolean) : undefined) : info.complete ? [] : undefined;
        // SLOT as Portage's metadata has it ($(echo ${SLOT}): the first element of an array, whitespace collapsed)
        const slotVar = vars.SLOT;
        const slot = slotVar?.kind === 'string' ? portageSlot(slotVar.value) : slotVar?.kind === 'array' ? portageSlot(slotVar.values[0] ?? '') : undefined;
        const eapi = eapiVar === undefined ? '0' : str('EAPI');
        const problem = slot === undefined ? undefined : slotProblem(slot, eapi);
        const rec: EbuildRecord = {
          repo: '', category, package: pkg, version: v.version, file,
          // an invalid SLOT is no slot: nothing downstream (drift, per-version slots) takes it for one
          slot: problem ? undefined : slot, keywords,
          eapi, license: str('LICENSE'), distfiles, md5: md5(buf), source: 'ebuild',
        };
        if (info.bashError) rec.bashError = info.bashError;
        // IUSE as Portage's metadata has it: the ebuild's own plus what its eclasses add
        const ownIuse = vars.IUSE === undefined ? [] : vars.IUSE.kind === 'unknown' ? undefined : (str('IUSE') ?? '').split(/\s+/).filter(Boolean);
        const eclassIuse = info.complete ? info.eclassIuse : info.inherit.length === 0 ? [] : undefined;
        if (ownIuse && eclassIuse) rec.iuse = [...new Set([...ownIuse, ...eclassIuse].map((f) => f.replace(/^[+-]/, '')))];
        const metaFindings: Finding[] = [];
        if (!info.bashError && info.dies) {
          const where = info.dies.eclass ? `${path.basename(info.dies.eclass)} line ${info.dies.line}` : `line ${info.dies.line}`;
          rec.metadataError = `it dies while Portage sources it (${where}: die ${info.dies.message})`;
          metaFindings.push(
            gentooFindings.make('ebuild-dies-global', `${v.fileName}: die runs at global scope (${where}: die ${info.dies.message}); Portage cannot source the ebuild, so emerge never considers it`, {
              file: rel(file), ...(info.dies.eclass ? {} : { line: info.dies.line }), hint: 'Fix the condition that leads to die (an EAPI the eclass does not support, a variable that must be set before inherit).',
            }),
          );
        } else if (!info.bashError && info.eclassesMissing?.length && eclassesComplete) {
          const names = info.eclassesMissing.map((e) => `${e}.eclass`).join(', ');
          rec.metadataError = `inherit fails: ${names} is ${eclassWhere}`;
          metaFindings.push(
            gentooFindings.make('ebuild-eclass-missing', `${v.fileName}: inherit needs ${names}, which is ${eclassWhere}; Portage cannot source the ebuild, so emerge never considers it`, {
              file: rel(file), hint: 'Add the eclass to eclass/, add the repository that has it to masters in metadata/layout.conf, or fix the inherit line.',
            }),
          );
        } else if (!info.bashError && info.complete && (vars.SLOT === undefined || problem === 'empty')) {
          Object.assign(rec, slotInvalid('empty', eapi));
          metaFindings.push(
            gentooFindings.make('ebuild-slot-missing', `${v.fileName} sets no SLOT (nor does any eclass it inherits): Portage rejects its metadata, so emerge never considers it`, {
              file: rel(file), line: vars.SLOT?.line, hint: 'Set SLOT="0" (or the slot the package needs).',
            }),
          );
        } else if (!info.bashError && problem && problem !== 'empty' && (info.complete || info.inherit.length === 0)) {
          // the ebuild's own SLOT is final when no eclass could change it (every one read, or none inherited)
          Object.assign(rec, slotInvalid(problem, eapi));
          metaFindings.push(
            gentooFindings.make('ebuild-slot-invalid', `${v.fileName} has ${slotInvalidWhy(problem, slot!, eapi)}: Portage rejects its metadata, so emerge never considers it`, {
              file: rel(file), line: slotVar?.line, hint: 'Set SLOT to one slot name ([A-Za-z0-9_][A-Za-z0-9+_.-]*), e.g. SLOT="0", or "slot/subslot" from EAPI 5.',
            }),
          );
        }
        return { rec, findings: [...info.findings, ...metaFindings], srcLine: vars.SRC_URI?.line, slotLine: vars.SLOT?.line };
      }),
    ]);

    const ebuilds: EbuildRecord[] = [];
    for (const m of metas) {
      pushAll(local, m.findings);
      if (m.rec) ebuilds.push(m.rec);
    }

    // EAPI policy from layout.conf
    for (const r of ebuilds) {
      if (r.eapi === undefined || !layout) continue;
      if (layout.eapisBanned.includes(r.eapi)) {
        local.push(gentooFindings.make('eapi-banned', `EAPI ${r.eapi} is banned in this repository (layout.conf eapis-banned)`, { file: rel(r.file) }));
      } else if (layout.eapisDeprecated.includes(r.eapi)) {
        local.push(gentooFindings.make('eapi-deprecated', `EAPI ${r.eapi} is deprecated in this repository (layout.conf eapis-deprecated)`, { file: rel(r.file) }));
      }
    }

    // dev-lang/rust and rust-bin: ::gentoo slots them per version
    if (category === 'dev-lang' && (pkg === 'rust' || pkg === 'rust-bin')) {
      for (const r of ebuilds) {
        const want = expectedRustSlot(r.version);
        if (r.slot === undefined || want === undefined) continue;
        const slot = r.slot.split('/')[0];
        if (slot !== want) {
          local.push(
            gentooFindings.make('rust-slot-not-per-version', `SLOT="${r.slot}" for dev-lang/${pkg}-${r.version}: ::gentoo slots ${pkg} per version ("${want}")`, {
              file: rel(r.file),
              line: metas.find((m) => m.rec === r)?.slotLine,
              hint: `Use SLOT="\${PV%%_*}" like ::gentoo: eselect-rust, rust.eclass and dependencies such as dev-lang/${pkg}:${want} expect it.`,
            }),
          );
        }
      }
    }

    // metadata.xml
    if (!hasMetadataXml && metadataSeverity !== 'off') {
      local.push(
        gentooFindings.make('metadata-xml-missing', `${dir} has no metadata.xml`, {
          severity: metadataSeverity,
          file: rel(`${dir}/${valid[0]?.fileName ?? ebuildFiles[0]}`), hint: 'Add metadata.xml with a <maintainer> (pkgcheck requires it in the gentoo repository itself, where a missing one is an error).',
        }),
      );
    }

    // Manifest
    let manifest: Manifest | undefined;
    const fetching = ebuilds.filter((r) => r.distfiles && r.distfiles.length > 0);
    if (manifestText !== undefined) {
      const r = parseManifest(manifestText, { file: rel(`${dir}/Manifest`), thin, requiredHashes: required });
      manifest = r.manifest;
      pushAll(local, r.findings);
      stats.distEntries += r.manifest.dist.size;
    } else if (!checkManifests) {
      // not read on purpose
    } else if (hasManifest) {
      local.push(gentooFindings.make('manifest-unreadable', `${dir}/Manifest cannot be read`, { file: rel(`${dir}/Manifest`) }));
    } else if (fetching.length > 0 || (!thin && layout !== undefined)) {
      local.push(
        gentooFindings.make('manifest-missing', fetching.length > 0
          ? `${dir} has no Manifest, but ${fetching.map((r) => path.posix.basename(r.file)).join(', ')} fetch${fetching.length === 1 ? 'es' : ''} files`
          : `${dir} has no Manifest and this repository does not use thin manifests`, {
          file: rel(`${dir}/${valid[0]?.fileName ?? ebuildFiles[0]}`), hint: 'Run `pkgdev manifest` (or `ebuild … manifest`) in the package directory and commit the Manifest.',
        }),
      );
    }
    if (manifest) {
      // the DIST entries some ebuild fetches: what is left of the Manifest is unused
      const used = new Set<string>();
      for (let i = 0; i < ebuilds.length; i++) {
        const r = ebuilds[i];
        if (!r.distfiles) continue;
        const missing: string[] = [];
        for (const d of r.distfiles) {
          if (manifest.dist.has(d)) used.add(d);
          else missing.push(d);
        }
        if (missing.length > 0) {
          const srcLine = metas.find((m) => m.rec === r)?.srcLine;
          local.push(
            gentooFindings.make('manifest-missing-dist', `${path.posix.basename(r.file)} fetches ${missing.length === 1 ? missing[0] : `${missing.length} files (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`} with no DIST entry in the Manifest`, {
              file: rel(r.file), line: srcLine, hint: 'Regenerate the Manifest (pkgdev manifest); emerge refuses to fetch files the Manifest does not list.',
            }),
          );
        }
      }
      // stale DIST lines, only when every ebuild's distfiles are known
      if (ebuilds.length > 0 && used.size < manifest.dist.size && ebuilds.every((r) => r.distfiles !== undefined)) {
        const unused = [...manifest.dist.keys()].filter((d) => !used.has(d));
        if (unused.length > 0) {
          local.push(
            gentooFindings.make('manifest-unused-dist', `${unused.length} DIST entr${unused.length === 1 ? 'y is' : 'ies are'} used by no ebuild: ${unused.slice(0, 5).join(', ')}${unused.length > 5 ? ', …' : ''}`, {
              file: rel(`${dir}/Manifest`), line: manifest.dist.get(unused[0])?.line,
            }),
          );
        }
      }
    }
    // an ebuild Portage cannot source has no SRC_URI to check
    if (checkManifests) for (const r of ebuilds) if (r.distfiles === undefined && !r.metadataError && !r.bashError) unknownSrc.push(r.file);

    return { category, package: pkg, dir, ebuilds, hasMetadataXml, hasManifest, manifest: opts.keepManifests === false ? undefined : manifest, findings: local } as PackageRecord & { findings: Finding[] };
  });

  const out: PackageRecord[] = [];
  const ebuilds: EbuildRecord[] = [];
  const ignored: EbuildRecord[] = [];
  for (const p of packages) {
    if (!p) continue;
    const withF = p as PackageRecord & { findings?: Finding[] };
    pushAll(findings, withF.findings ?? []);
    delete withF.findings;
    for (const r of p.ebuilds) r.repo = name;
    out.push(p);
    if (listed && !listed.has(p.category)) pushAll(ignored, p.ebuilds);
    else pushAll(ebuilds, p.ebuilds);
  }
  if (listed) {
    for (const c of [...categoriesWithEbuilds].sort()) {
      if (listed.has(c)) continue;
      findings.push(
        gentooFindings.make('category-unlisted', `category "${c}" is listed in no repository's profiles/categories: Portage silently ignores its ebuilds`, {
          file: rel('profiles/categories'), hint: `Add "${c}" to profiles/categories.`,
        }),
      );
    }
  }
  if (unknownSrc.length > 0) {
    stats.unknownSrcUri = unknownSrc.length;
    findings.push(
      gentooFindings.make('src-uri-not-static', `${unknownSrc.length} ebuild${unknownSrc.length === 1 ? '' : 's'} build SRC_URI from values only known at build time, so their DIST entries were not checked: ${unknownSrc.slice(0, 5).join(', ')}${unknownSrc.length > 5 ? ', …' : ''}`, {
        file: rel(unknownSrc[0]), hint: 'Provide metadata/md5-cache (egencache) to check them.',
      }),
    );
  }
  stats.packages = out.length;
  stats.ebuilds = ebuilds.length + ignored.length;
  return { root: absRoot, name, layout, categories: ownCategories, packages: out, ebuilds, ignored, infos, texts, findings, stats };
}
