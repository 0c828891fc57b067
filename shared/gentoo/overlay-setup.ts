/**
 * setup-overlay's use case, with the outside world passed in: sync (cache, clone with retries), scan and
 * validate every repository, plan priorities and repos.conf, explain providers, write files atomically.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { isDirSync as isDir, readText } from '../fs-read.js';
import { InputError, type CheckoutResult, type CheckoutSpec } from '../io.js';
import { scanRepository, type RepositoryScan } from './overlay.js';
import { explain, highestRepo, planRepos, visibilityFromInputs, type ExplainResult, type Plan } from './overlay-plan.js';
import { parseRepoPackageMask, stackRepoMasks, type AtomEntry } from './package-config.js';
import { redactText } from '../redact.js';
import { redactUri, type RepoListItem } from './repo-list.js';
import { categoryUnion, filePrefixFor } from './repo-set.js';
import { packagesNamed, packagesWithEbuilds } from './read-scope.js';
import { defaultValidated, type UpstreamFindings } from './scope.js';
import { pushAll } from '../finding.js';

// What the action needs to read its inputs and render the report, so it imports this module alone.
export { parsePrecedence, portageOrder } from './repos-conf.js';
export { parseRepoList, redactUri, type RepoListItem } from './repo-list.js';
export { annotationOrder, defaultValidated, upstreamCounts } from './scope.js';
export { splitAtomList } from './atom.js';

/** What to set up: plain data, read from the action's inputs (or built by a test). */
export interface OverlaySetupRequest {
  repositories: RepoListItem[];
  /** Highest first; undefined when not given. */
  precedence?: string[];
  configRoot: string;
  reposDir: string;
  acceptKeywords: string;
  packageAcceptKeywords: string;
  packageMask: string;
  packageUnmask: string;
  /** Packages/atoms to explain; empty = every package of the highest-precedence repository. */
  explain: string[];
  cache: boolean;
  /**
   * The user's own repositories: validated in full, their findings annotated and counted. The others are read
   * for picks, shadowing and drift; their own defects only go to `upstreamFindings`. Default:
   * `defaultValidated` (local paths other than ::gentoo and GURU).
   */
  validate?: string[];
  /** Finding paths inside it are made relative to it. */
  workspace: string;
}

export interface OverlaySetupDeps {
  /** The toolkit's syncCheckout bound to its options except the spec. */
  sync: (spec: CheckoutSpec) => Promise<CheckoutResult>;
  /** Resolve a ref to a commit on the remote (for the cache key); undefined when it cannot. */
  resolveRemote: (uri: string, ref?: string) => Promise<string | undefined>;
  head: (dir: string) => Promise<string>;
  restoreCache: (paths: string[], key: string) => Promise<string | undefined>;
  saveCache: (paths: string[], key: string) => Promise<boolean>;
  /** Write a whole file so no reader sees half of it (repos.conf, package.*). */
  writeFileAtomic: (file: string, text: string) => Promise<void>;
  info: (message: string) => void;
}

export interface RepoState {
  name: string;
  source: 'path' | 'git';
  uri?: string;
  ref?: string;
  subdir?: string;
  /** The directory holding the checkout (git) or the given path. */
  checkout?: string;
  /** The repository itself (checkout + subdir). */
  location?: string;
  commit?: string;
  attempts?: number;
  fromCache?: boolean;
  /** Set when the sync failed (the previous checkout, if any, is kept and used). */
  syncError?: string;
  /** `<repos-dir>/<name>` exists and is not a git checkout: left alone, not synced. */
  notCheckout?: string;
}

export interface OverlaySetupReport {
  repos: RepoState[];
  plan?: Plan;
  explained?: ExplainResult;
  /** The user's findings: the configuration, the run, and the validated repositories. */
  findings: Finding[];
  /** The repositories validated (their defects are in `findings`). */
  validated: string[];
  /** Each upstream repository's own defects: counted and listed apart, never annotated or failed on. */
  upstreamFindings: UpstreamFindings[];
  /** `<config-root>/repos.conf` when written. */
  reposConfDir?: string;
  written: string[];
  highest?: string;
}

const CACHE_VERSION = 'v1';

export function cacheKey(uri: string, ref: string | undefined, commit: string): string {
  const h = createHash('sha256').update(uri).digest('hex').slice(0, 16);
  return `setup-overlay-${CACHE_VERSION}-${h}-${(ref ?? 'HEAD').replace(/[^A-Za-z0-9._-]/g, '_')}-${commit}`;
}

/** Checks that need no network: `path` repositories exist, config-root/repos.conf is not a plain file. */
export function checkInputsOnDisk(req: Pick<OverlaySetupRequest, 'repositories' | 'configRoot'>): void {
  for (const r of req.repositories) {
    if (r.path !== undefined) {
      const loc = r.subdir ? path.join(r.path, r.subdir) : r.path;
      if (!isDir(loc)) throw new InputError('repositories', `an existing directory for '${r.name}'`, loc);
    }
  }
  const rc = path.join(req.configRoot, 'repos.conf');
  if (existsSync(rc) && !isDir(rc)) {
    throw new InputError('config-root', `a directory whose repos.conf is a directory (setup-overlay writes one file per repository), but ${rc} is a file`, req.configRoot);
  }
}

async function syncOne(r: RepoListItem, req: OverlaySetupRequest, deps: OverlaySetupDeps): Promise<RepoState> {
  const state: RepoState = { name: r.name, source: r.path !== undefined ? 'path' : 'git' };
  if (r.subdir) state.subdir = r.subdir;
  if (r.path !== undefined) {
    state.checkout = r.path;
    state.location = r.subdir ? path.join(r.path, r.subdir) : r.path;
    if (isDir(path.join(r.path, '.git'))) state.commit = await deps.head(r.path).catch(() => undefined);
    return state;
  }
  const uri = r.uri!;
  // Only git sees the credentials; everything shown or written uses the redacted form.
  const { shown, secrets } = redactUri(uri);
  const hide = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), redactText(text.split(uri).join(shown)));
  state.uri = shown;
  if (r.ref) state.ref = r.ref;
  const dest = path.join(req.reposDir, r.name);
  // A successful sync swaps the new clone into dest: never over something that is not our checkout.
  if (existsSync(dest) && !existsSync(path.join(dest, '.git')) && !(isDir(dest) && readdirSync(dest).length === 0)) {
    state.notCheckout = dest;
    return state;
  }
  let key: string | undefined;
  if (req.cache) {
    const commit = await deps.resolveRemote(uri, r.ref).catch(() => undefined);
    if (commit) {
      key = cacheKey(uri, r.ref, commit);
      const hit = await deps.restoreCache([dest], key);
      if (hit && isDir(dest) && (await deps.head(dest).catch(() => undefined)) === commit) {
        deps.info(`${r.name}: restored ${commit.slice(0, 12)} from the cache`);
        Object.assign(state, { checkout: dest, commit, attempts: 0, fromCache: true });
      }
    }
  }
  if (!state.checkout) {
    try {
      const res = await deps.sync({ uri, ...(r.ref ? { ref: r.ref } : {}), dest, depth: 1 });
      Object.assign(state, { checkout: res.path, commit: res.commit, attempts: res.attempts, fromCache: false });
      deps.info(`${r.name}: cloned ${shown}${r.ref ? `@${r.ref}` : ''} at ${res.commit.slice(0, 12)} (${res.attempts} attempt(s))`);
      if (key && key.endsWith(res.commit)) await deps.saveCache([dest], key);
    } catch (e) {
      state.syncError = hide(e instanceof Error ? e.message : String(e));
      if (isDir(dest)) {
        state.checkout = dest;
        state.commit = await deps.head(dest).catch(() => undefined);
      }
    }
  }
  if (state.checkout) state.location = r.subdir ? path.join(state.checkout, r.subdir) : state.checkout;
  return state;
}

/**
 * Scan and validate every usable repository (concurrently; findings in input order), and stack each one's
 * profiles/package.mask on its masters' as Portage does.
 */
async function scanRepositories(
  usable: readonly (RepoState & { location: string })[],
  union: Set<string>,
  workspace: string,
  validated: ReadonlySet<string>,
  findings: Finding[],
  upstreamFindings: UpstreamFindings[],
  /** The packages to read of a repository; undefined: all of it (read-scope.ts). */
  scope: (name: string) => ReadonlySet<string> | undefined = () => undefined,
): Promise<{ scans: Map<string, RepositoryScan>; masks: Map<string, AtomEntry[]>; prefixes: Map<string, string> }> {
  const scans = new Map<string, RepositoryScan>();
  const masks = new Map<string, AtomEntry[]>();
  const ownMasks = new Map<string, { entries: AtomEntry[]; removals: AtomEntry[] }>();
  const prefixes = new Map<string, string>();
  // Scans run concurrently (I/O bound); findings are collected in input order afterwards. Eclasses come from
  // each repository's own eclass/ and its masters'.
  const repoLocations = Object.fromEntries(usable.map((s) => [s.name, s.location]));
  const scanned = await Promise.all(
    usable.map(async (s) => ({
      // An upstream's Manifests are not the user's to fix and no pick depends on them: not read.
      scan: await scanRepository(s.location, { repoName: s.name, repoLocations, ...(union.size ? { categories: union } : {}), ...(validated.has(s.name) ? {} : { checkManifests: false }), ...(scope(s.name) ? { packages: scope(s.name)! } : {}) }),
      maskText: await readText(path.join(s.location, 'profiles', 'package.mask')),
    })),
  );
  for (const [i, s] of usable.entries()) {
    const { scan, maskText } = scanned[i];
    const prefix = filePrefixFor(s.location, workspace, s.name);
    prefixes.set(s.name, prefix);
    const sink = validated.has(s.name) ? findings : [];
    for (const f of scan.findings) sink.push(f.file !== undefined ? { ...f, file: `${prefix}${f.file}` } : f);
    scans.set(s.name, scan);
    if (maskText !== undefined) {
      const m = parseRepoPackageMask(maskText, `${prefix}profiles/package.mask`);
      pushAll(sink, m.findings);
      ownMasks.set(s.name, m);
    }
    if (sink !== findings) upstreamFindings.push({ repo: s.name, findings: sink });
  }
  // Each repository's masks, stacked on its masters' as Portage does; they only mask that repo's ebuilds.
  for (const s of usable) {
    const own = ownMasks.get(s.name) ?? { entries: [], removals: [] };
    const masters = (scans.get(s.name)?.layout?.masters ?? [])
      .filter((m) => m !== s.name && ownMasks.has(m))
      .map((m) => ({ entries: stackRepoMasks(ownMasks.get(m)!, []) }));
    const stacked = stackRepoMasks(own, masters);
    if (stacked.length) masks.set(s.name, stacked);
  }
  return { scans, masks, prefixes };
}

/** Priorities and repos.conf texts for the scanned repositories. */
function planScanned(
  req: OverlaySetupRequest,
  usable: readonly (RepoState & { location: string })[],
  { scans, masks, prefixes }: Awaited<ReturnType<typeof scanRepositories>>,
): Plan {
  const originalInput = new Map(req.repositories.map((r) => [r.name, r]));
  return planRepos(
    usable.map((s) => {
      const r = originalInput.get(s.name)!;
      return {
        name: s.name,
        location: s.location,
        scan: scans.get(s.name)!,
        filePrefix: prefixes.get(s.name)!,
        ...(r.priority !== undefined ? { priority: r.priority } : {}),
        ...(r.uri ? { syncUri: redactUri(r.uri).shown } : {}),
        ...(masks.get(s.name) ? { packageMask: masks.get(s.name)! } : {}),
      };
    }),
    req.precedence,
  );
}

/**
 * Set up the repositories of one request: sync them (cache first), validate each, plan priorities under
 * Portage's rule, explain which ebuild emerge would pick, and write repos.conf and package.* atomically.
 * Bad inputs on disk throw an InputError before anything is synced; everything else is a finding.
 */
export async function setupOverlay(req: OverlaySetupRequest, deps: OverlaySetupDeps): Promise<OverlaySetupReport> {
  const { workspace } = req;
  const findings: Finding[] = [];
  const validated = req.validate ?? defaultValidated(req.repositories);
  const upstreamFindings: UpstreamFindings[] = [];
  const vis = visibilityFromInputs(req);
  pushAll(findings, vis.findings);
  checkInputsOnDisk(req);
  if (vis.findings.some((f) => f.severity === 'error')) {
    // Bad inputs: nothing is synced or written.
    return { repos: [], findings, validated, upstreamFindings, written: [] };
  }

  // 1. Sync, one repository at a time (clear logs; the runner has few cores).
  const repos: RepoState[] = [];
  for (const r of req.repositories) {
    const s = await syncOne(r, req, deps);
    repos.push(s);
    if (s.notCheckout) {
      findings.push(
        gentooFindings.make('repo-dest-not-checkout', `${r.name}: ${s.notCheckout} exists and is not a git checkout; setup-overlay does not replace it.`, {
          hint: 'Point repos-dir at a folder of its own (the default is under runner.temp), or remove that directory.',
        }),
      );
    }
    if (s.syncError) {
      findings.push(
        gentooFindings.make('repo-sync-failed', `${r.name}: ${s.syncError}${s.checkout ? '; validating the previous checkout' : ''}`, {
          hint: 'Check the uri and ref; transient network errors are retried (input retries).',
        }),
      );
    }
    if (s.checkout && s.location && !isDir(s.location)) {
      findings.push(gentooFindings.make('repo-subdir-missing', `${r.name}: subdir '${r.subdir}' does not exist in ${s.uri ?? r.path}.`));
      delete s.location;
    }
  }
  const usable = repos.filter((s): s is RepoState & { location: string } => s.location !== undefined);

  // 2. Categories: Portage uses the union of every repository's profiles/categories.
  const union = await categoryUnion(usable.map((s) => s.location));

  // 3. Scan and validate: the user's repositories whole; the others (upstreams) only for the packages those
  // carry and the ones asked about (read-scope.ts). The highest repository is read whole when its packages are
  // what gets explained; it is known once priorities are planned, so an upstream that turns out to be it is
  // read again, whole (only with no precedence, no explain and an upstream on top).
  const asked = packagesNamed(req.explain, vis.config.packageAcceptKeywords);
  const whole = new Set(validated);
  const kept = { findings: findings.length, upstream: upstreamFindings.length };
  let scanned: Awaited<ReturnType<typeof scanRepositories>>;
  let plan: Plan | undefined;
  let highest: string | undefined;
  for (;;) {
    findings.length = kept.findings;
    upstreamFindings.length = kept.upstream;
    const carried = new Set(asked);
    for (const s of usable) if (whole.has(s.name)) for (const cp of await packagesWithEbuilds(s.location)) carried.add(cp);
    scanned = await scanRepositories(usable, union, workspace, new Set(validated), findings, upstreamFindings, (name) => (whole.has(name) ? undefined : carried));
    if (usable.length !== repos.length) break;
    plan = planScanned(req, usable, scanned);
    highest = highestRepo(plan.repos, req.precedence);
    if (req.explain.length > 0 || highest === undefined || whole.has(highest)) break;
    whole.add(highest);
  }
  const { scans } = scanned;

  if (usable.length !== repos.length) {
    const missing = repos.filter((s) => !s.location).map((s) => s.name);
    findings.push(
      gentooFindings.make('repos-conf-not-written', `repos.conf was not written: no usable checkout of ${missing.join(', ')}.`, {
        hint: 'A repos.conf that points at missing repositories would break every later emerge.',
      }),
    );
    return { repos, findings, validated, upstreamFindings, written: [] };
  }

  // 4. Priorities and repos.conf (planned above).
  pushAll(findings, plan!.findings);

  // 5. Explain providers.
  let requests = req.explain;
  if (requests.length === 0 && highest) {
    requests = (scans.get(highest)?.packages ?? []).map((p) => `${p.category}/${p.package}`);
  }
  const explained = explain(plan!.repos, requests, vis.config, highest);
  pushAll(findings, explained.findings);

  // 6. Write: repos.conf (one file per repository) and the package.* inputs, each file atomically.
  const written: string[] = [];
  const reposConfDir = path.join(req.configRoot, 'repos.conf');
  for (const [file, text] of Object.entries(plan!.reposConf)) {
    const p = path.join(reposConfDir, file);
    await deps.writeFileAtomic(p, text);
    written.push(p);
  }
  const pkgFiles: [string, string][] = [
    ['package.accept_keywords', req.packageAcceptKeywords],
    ['package.mask', req.packageMask],
    ['package.unmask', req.packageUnmask],
  ];
  for (const [name, text] of pkgFiles) {
    if (!text.trim()) continue;
    const dir = path.join(req.configRoot, name);
    if (existsSync(dir) && !isDir(dir)) {
      findings.push(
        gentooFindings.make('package-config-not-written', `${dir} is a file, not a directory; setup-overlay did not touch it.`, {
          hint: `Append the input's lines to ${dir} yourself, or turn it into a directory.`,
        }),
      );
      continue;
    }
    const p = path.join(dir, 'setup-overlay');
    await deps.writeFileAtomic(p, text.endsWith('\n') ? text : `${text}\n`);
    written.push(p);
  }
  return { repos, plan, explained, findings, validated, upstreamFindings, reposConfDir, written, ...(highest ? { highest } : {}) };
}
