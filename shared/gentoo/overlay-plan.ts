/**
 * Pure planning for setup-overlay once every repository is on disk and scanned: the priorities to write,
 * the repos.conf texts, the precedence findings, and what emerge would pick for each explained package.
 * Findings name setup-overlay's inputs where the problem came from one (there is no file to point at).
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { atomMatches, parseAtom, type Atom } from './atom.js';
import type { RepositoryScan } from './overlay.js';
import {
  parseAcceptKeywords,
  parsePackageAcceptKeywords,
  parsePackageMask,
  parsePackageUnmask,
  tokenArch,
  type AtomEntry,
} from './package-config.js';
import {
  applyPrecedence,
  checkPrecedence,
  parseReposConf,
  portageOrder,
  writeReposConf,
} from './repos-conf.js';
import type { EbuildRecord, RepoConfig } from './types.js';
import { groupByPackage, pickEbuild, type PickResult, type RepoPriority, type VisibilityConfig } from './visibility.js';
import { pushAll } from '../finding.js';

export const MAIN_REPO = 'gentoo';

export interface PackageConfigTexts {
  acceptKeywords: string;
  packageAcceptKeywords: string;
  packageMask: string;
  packageUnmask: string;
}

/** Parse the keyword/mask inputs. Findings name the input (there is no file to point at). */
export function visibilityFromInputs(t: PackageConfigTexts): { config: VisibilityConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const fromInput = (input: string, fs: Finding[]) => {
    for (const f of fs) {
      const { file: _file, line, ...rest } = f;
      findings.push({ ...rest, message: `input '${input}'${line ? `, line ${line}` : ''}: ${f.message}` });
    }
  };
  const ak = parseAcceptKeywords(t.acceptKeywords);
  fromInput('accept-keywords', ak.findings);
  if (ak.keywords.length === 0) {
    findings.push(gentooFindings.make('accept-keywords-empty', "input 'accept-keywords' has no keyword; expected e.g. 'amd64' or '~amd64'."));
  } else if (ak.keywords.every((k) => k.startsWith('-'))) {
    // `-*` / `-amd64` alone clear the profile arch and add nothing: no ebuild could ever be visible.
    findings.push(
      gentooFindings.make('accept-keywords-empty', `input 'accept-keywords' '${ak.keywords.join(' ')}' only removes keywords, so nothing is accepted; expected e.g. 'amd64', '~amd64' or '-* ~amd64'.`),
    );
  }
  const pak = parsePackageAcceptKeywords(t.packageAcceptKeywords, 'package.accept_keywords');
  fromInput('package-accept-keywords', pak.findings);
  const pm = parsePackageMask(t.packageMask, 'package.mask');
  fromInput('package-mask', pm.findings);
  const pu = parsePackageUnmask(t.packageUnmask, 'package.unmask');
  fromInput('package-unmask', pu.findings);
  // The profile's ARCH: Portage's profile sets ACCEPT_KEYWORDS=ARCH, make.conf adds to it.
  const arch = ak.keywords.map(tokenArch).find((a) => a !== undefined);
  const config: VisibilityConfig = {
    acceptKeywords: ak.keywords,
    packageAcceptKeywords: pak.entries,
    packageMask: pm.entries,
    packageUnmask: pu.entries,
  };
  if (arch) config.arch = arch;
  return { config, findings };
}

export interface PlannedRepo {
  name: string;
  location: string;
  /** Priority as configured by the user (explicit or Portage's default). */
  configured: RepoConfig;
  /** Priority written to repos.conf. */
  written: RepoConfig;
  scan: RepositoryScan;
  /** The repository's own profiles/package.mask (only masks its own ebuilds). */
  packageMask?: AtomEntry[];
  /** Prefix that makes a repository-relative path a finding path (workspace-relative, or `<name>/`). */
  filePrefix: string;
}

export interface RepoPlanInput {
  name: string;
  location: string;
  priority?: number;
  syncUri?: string;
  scan: RepositoryScan;
  packageMask?: AtomEntry[];
  filePrefix?: string;
}

export interface Plan {
  repos: PlannedRepo[];
  /** File name -> text, for `<config-root>/repos.conf/`. */
  reposConf: Record<string, string>;
  /** Whether the written priorities differ from the configured ones. */
  corrected: boolean;
  findings: Finding[];
}

function configuredRepo(r: RepoPlanInput): RepoConfig {
  const explicit = r.priority !== undefined;
  const c: RepoConfig = {
    name: r.name,
    location: r.location,
    priority: explicit ? r.priority! : r.name === MAIN_REPO ? -1000 : 0,
    explicitPriority: explicit,
    extra: {},
  };
  if (r.syncUri) {
    c.syncType = 'git';
    c.syncUri = r.syncUri;
    // The runner's checkout is managed by this action, not by `emaint sync`.
    c.autoSync = false;
  } else {
    c.autoSync = false;
  }
  return c;
}

/** Priorities, repos.conf texts and their findings. */
export function planRepos(inputs: readonly RepoPlanInput[], precedence: readonly string[] | undefined): Plan {
  const findings: Finding[] = [];
  const configured = inputs.map(configuredRepo);
  let written = configured;
  let corrected = false;
  if (precedence) {
    const check = checkPrecedence(configured, precedence, { mainRepo: MAIN_REPO });
    for (const f of check) findings.push({ ...f, message: `${f.message} (input 'repositories' against 'precedence')` });
    // Keep the user's numbers when they already express the precedence without relying on names.
    const missingExplicit = precedence.some((n) => n !== MAIN_REPO && !configured.find((c) => c.name === n)?.explicitPriority);
    if (check.length > 0 || missingExplicit) {
      written = applyPrecedence(configured, precedence, MAIN_REPO);
      corrected = written.some((w, i) => w.priority !== configured[i].priority);
    }
  }
  const reposConf = writeReposConf(written, { mainRepo: MAIN_REPO });
  // Read back what we wrote, with each repository's real profiles/repo_name: Portage drops a mismatch.
  const repoNames: Record<string, string | undefined> = {};
  for (const r of inputs) {
    const hasName = !r.scan.findings.some((f) => f.code === 'repo-name-missing' || f.code === 'repo-name-empty' || f.code === 'repo-name-invalid');
    repoNames[r.name] = hasName ? r.scan.name : undefined;
  }
  const back = parseReposConf(
    Object.entries(reposConf).map(([file, text]) => ({ file: `repos.conf/${file}`, text })),
    { repoNames },
  );
  for (const f of back.findings) {
    if (f.code === 'repos-conf-name-mismatch') {
      // Point at the input, not at the file we are about to write.
      const { file: _f, line: _l, ...rest } = f;
      findings.push({ ...rest, message: `${f.message} (repository '${f.message.match(/^\[([^\]]+)\]/)?.[1] ?? ''}' in input 'repositories')` });
    } else if (f.code === 'repos-conf-main-repo-missing') {
      // The file is ours; what the user can change is the list of repositories.
      findings.push(
        gentooFindings.make('repos-conf-main-repo-missing', `There is no repository named '${MAIN_REPO}' in input 'repositories', but repos.conf names it as main-repo: Portage needs it for eclasses, profiles and 'masters = ${MAIN_REPO}'.`, {
          hint: `Add "- name: ${MAIN_REPO}" with the path of a ::gentoo tree or uri: https://github.com/gentoo-mirror/gentoo.git.`,
        }),
      );
    } else findings.push(f);
  }
  const repos = inputs.map((r, i): PlannedRepo => {
    const p: PlannedRepo = { name: r.name, location: r.location, configured: configured[i], written: written[i], scan: r.scan, filePrefix: r.filePrefix ?? `${r.name}/` };
    if (r.packageMask) p.packageMask = r.packageMask;
    return p;
  });
  return { repos, reposConf, corrected, findings };
}

export interface Provider {
  provider: string | null;
  reason: string;
}

export interface Explanation {
  /** What was asked: `cat/pkg` or an atom. */
  request: string;
  result: PickResult;
  /** The pick under the configured priorities, when it differs from the written ones. */
  withConfigured?: PickResult;
}

export interface ExplainResult {
  explanations: Explanation[];
  providers: Record<string, Provider>;
  findings: Finding[];
}

function priorities(repos: readonly PlannedRepo[], which: 'configured' | 'written'): RepoPriority[] {
  return repos.map((r) => {
    const p: RepoPriority = { name: r.name, priority: r[which].priority };
    // A repository without profiles/categories contributes nothing to the union.
    if (!r.scan.findings.some((f) => f.code === 'categories-missing')) p.categories = r.scan.categories;
    return p;
  });
}

/** The repository whose packages are explained by default: first in precedence, else the one that wins ties. */
export function highestRepo(repos: readonly PlannedRepo[], precedence: readonly string[] | undefined): string | undefined {
  if (precedence?.length) return precedence[0];
  const order = portageOrder(repos.map((r) => ({ name: r.name, priority: r.written.priority })));
  return order.at(-1)?.name;
}

/**
 * What emerge would pick for each request (`cat/pkg` or an atom), plus findings: packages of the highest
 * repository that are shadowed, picks that the configured priorities would change, and
 * package.accept_keywords version entries that pin nothing.
 */
export function explain(
  repos: readonly PlannedRepo[],
  requests: readonly string[],
  config: VisibilityConfig,
  highest: string | undefined,
): ExplainResult {
  const findings: Finding[] = [];
  const all: EbuildRecord[] = repos.flatMap((r) => [...r.scan.ebuilds, ...r.scan.ignored]);
  const byPackage = groupByPackage(all);
  const repoMask: Record<string, AtomEntry[]> = {};
  for (const r of repos) {
    if (r.packageMask?.length) repoMask[r.name] = r.packageMask;
  }
  const cfg: VisibilityConfig = Object.keys(repoMask).length ? { ...config, repoPackageMask: repoMask } : config;
  const written = priorities(repos, 'written');
  const configured = priorities(repos, 'configured');
  const differ = written.some((w, i) => w.priority !== configured[i].priority);

  // One pick per package under the written priorities: every versioned package.accept_keywords entry of a package
  // asks the same question (400 entries of one package each picked it again: A³ with the ordering in the pick).
  const picks = new Map<string, PickResult>();
  const pickWritten = (pkg: string): PickResult => {
    let r = picks.get(pkg);
    if (!r) picks.set(pkg, (r = pickEbuild(pkg, byPackage.get(pkg) ?? [], written, cfg)));
    return r;
  };

  const explanations: Explanation[] = [];
  const providers: Record<string, Provider> = {};
  for (const request of requests) {
    let pkg = request;
    let atom: Atom | undefined;
    if (/[<>=~!:[\]]/.test(request) || request.includes('::')) {
      const a = parseAtom(request, { allowBlocker: false });
      if (!a.ok) {
        findings.push(gentooFindings.make('explain-bad-atom', `input 'explain': ${a.error}`));
        continue;
      }
      atom = a.atom;
      pkg = `${a.atom.category}/${a.atom.package}`;
    } else if (!/^[^/\s]+\/[^/\s]+$/.test(request)) {
      findings.push(gentooFindings.make('explain-bad-atom', `input 'explain': '${request}' is not category/package or an atom, e.g. dev-lang/rust.`));
      continue;
    }
    const ebuilds = byPackage.get(pkg) ?? [];
    const result = atom ? pickEbuild(pkg, ebuilds, written, cfg, atom) : pickWritten(pkg);
    const ex: Explanation = { request, result };
    pushAll(findings, result.findings);
    if (differ) {
      const other = pickEbuild(pkg, ebuilds, configured, cfg, atom);
      if (other.winner?.ref !== result.winner?.ref) {
        ex.withConfigured = other;
        findings.push(
          gentooFindings.make(
            'pick-changed-by-priorities',
            `With the configured priorities emerge would pick ${other.winner?.ref ?? 'nothing'} for ${request}, not ${result.winner?.ref ?? 'nothing'}: ${other.explanation}.`,
            { hint: 'The written repos.conf uses the priorities that express the declared precedence.' },
          ),
        );
      }
    }
    explanations.push(ex);
    providers[request] = { provider: result.winner?.ref ?? null, reason: result.explanation };

    if (highest && !atom && result.winner && result.winner.record.repo !== highest) {
      const ours = result.candidates.find((c) => c.record.repo === highest);
      if (ours) {
        const sameVersion = ours.lostBecause === 'lower-priority';
        findings.push(
          gentooFindings.make('package-shadowed', `${ours.short} is shadowed: ${result.explanation}.`, {
            file: `${repos.find((r) => r.name === highest)?.filePrefix ?? ''}${ours.record.file}`,
            hint: sameVersion
              ? `Give ${highest} a higher priority than ${result.winner.record.repo} (a higher number wins).`
              : `Priorities cannot help against a newer version: mask the competitor (package.mask: ${pkg}::${result.winner.record.repo} or >${pkg}-${ours.record.version}) or ask for ${pkg}::${highest} explicitly.`,
          }),
        );
      }
    }
  }

  // package.accept_keywords version entries: they accept a keyword, they do not select an ebuild.
  for (const e of config.packageAcceptKeywords ?? []) {
    const a = e.atom;
    if (!a.version || a.category.includes('*') || a.package.includes('*')) continue;
    const pkg = `${a.category}/${a.package}`;
    const result = pickWritten(pkg);
    const w = result.winner;
    if (!w) continue;
    const ref = { category: w.record.category, package: w.record.package, version: w.record.version, repo: w.record.repo };
    const refWithSlot = w.record.slot !== undefined ? { ...ref, slot: w.record.slot } : ref;
    if (atomMatches({ ...a, useDeps: [] }, refWithSlot)) continue;
    findings.push(
      gentooFindings.make(
        'accept-keywords-pins-nothing',
        `package.accept_keywords line ${e.line} '${a.text} ${e.keywords.join(' ')}' only accepts keywords for that version in any repository; it pins nothing: emerge picks ${w.ref} (${result.explanation}).`,
        {
          hint: `To get ${a.text.replace(/^[<>=~]+/, '')}, mask the competitor (package.mask: >${a.text.replace(/^[<>=~]+/, '')} or ${pkg}::${w.record.repo}) or request ${pkg}::<repo> explicitly.`,
        },
      ),
    );
  }
  return { explanations, providers, findings };
}
