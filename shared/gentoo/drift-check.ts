/**
 * sync-guru's use case, with the outside world passed in: resolve the overlay and its upstreams, sync them
 * (retries, atomic swap, previous checkout kept), verify signatures, scan, compute drift and Manifest integrity.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { redactText, redactUri } from '../redact.js';
import { isDir, readText } from '../fs-read.js';
import { InputError, type CheckoutResult, type CheckoutSpec, type RunCommand } from '../io.js';
import { computeDrift, type DriftInput, type DriftReport } from './drift.js';
import { gentooFindings } from './findings.js';
import { checkIntegrity, type IntegrityReport } from './integrity.js';
import { listPackageDirs, scanRepository, type Listings, type ParsedEbuilds, type RepositoryScan } from './overlay.js';
import type { PreparedSource } from './ebuild/parse.js';
import { parsePackageMask, type AtomEntry } from './package-config.js';
import { readVisibilityConfig } from './portage-config.js';
import { gitOut, hasFullHistory, readHistory, type HistoryAnswers } from './repo-git.js';
import type { RepoListItem } from './repo-list.js';
import { withEbuilds } from './read-scope.js';
import { parseRepoName } from './repo-meta.js';
import { readReposConf } from './repos-conf.js';
import { categoryUnion, filePrefixFor } from './repo-set.js';
import { verifyHead, withKeyring, type SignatureCheck } from './signature.js';
import { readUpdates, resolveMove, type UpdateEntry } from './updates.js';
import type { UpstreamFindings } from './scope.js';
import type { VisibilityConfig } from './visibility.js';
import { pushAll } from '../finding.js';

// What the action needs to read its inputs and render the report, so it imports this module alone.
export { DRIFT_CLASSES, DRIFT_CLASS_TITLES, type DriftRow } from './drift.js';
export { parseRepoList, type RepoListItem } from './repo-list.js';

/** What to check: plain data, read from the action's inputs (or built by a test). */
export interface DriftCheckRequest {
  /** Path of the overlay (absolute), or a repository name to look up in repos-conf. */
  overlay: { path?: string; name?: string };
  /** A repos.conf file or directory naming the overlay and its upstreams (instead of `upstreams`). */
  reposConf?: string;
  /** Cloned into `<workDir>/repos/<name>` (uri) or used in place (path, absolute). */
  upstreams: RepoListItem[];
  /** An earlier checkout of an upstream, by name: what was removed since then counts as removed. */
  previous?: Record<string, string>;
  /** Fetch git upstreams (false: use the checkouts as they are). */
  sync: boolean;
  /** The bound for all fetches together. */
  timeoutMinutes: number;
  verifySignatures: boolean;
  /** ASCII-armored key text, or undefined. */
  keyringText?: string;
  /** Path of a key file, or undefined. */
  keyringFile?: string;
  /** Where distfiles are, to check their sizes and hashes against the Manifests. */
  distdir?: string;
  /**
   * Ask git for the commit and history of upstreams used in place. False for checkouts that are folders of
   * another repository (the embedded fixtures): git would answer for that repository instead.
   */
  readGit: boolean;
  /**
   * Upstreams whose own defects (profiles/updates) are the user's too. Default: none — an upstream's defects
   * go to `upstreamFindings` (counted, never annotated). The overlay itself is always validated.
   */
  validate?: string[];
  /** Finding paths inside it are made relative to it. */
  workspace: string;
  /** Scratch space: fetched upstreams, the throw-away GNUPGHOME. */
  workDir: string;
}

export interface DriftCheckDeps {
  run: RunCommand;
  /** The toolkit's syncCheckout bound to its retry options; `maxTotalMs` is what is left of timeout-minutes. */
  sync: (spec: CheckoutSpec, bounds: { maxTotalMs: number; attemptTimeoutMs: number }) => Promise<CheckoutResult>;
  info: (message: string) => void;
  /** Monotonic milliseconds (for the time bound). */
  clock: () => number;
  /** Wall-clock milliseconds since the epoch (for days behind). */
  now: () => number;
  /** Per-attempt git timeout cap (the whole bound by default). */
  attemptTimeoutMs?: number;
}

export interface UpstreamState {
  name: string;
  source: 'path' | 'git';
  uri?: string;
  ref?: string;
  location?: string;
  priority: number;
  commit?: string;
  /** Fetched in this run. */
  synced: boolean;
  attempts?: number;
  syncMs?: number;
  /** Why the fetch failed (the previous checkout, if any, is used). */
  syncError?: string;
  signature?: SignatureCheck;
  /** Left out of the drift (no checkout, or signature not verified). */
  excluded?: string;
}

export interface DriftCheckReport {
  overlay: { name: string; location: string; priority: number };
  upstreams: UpstreamState[];
  drift: DriftReport;
  integrity: IntegrityReport;
  /** Sync, signature, updates and integrity findings, plus one per drift row (for annotations). */
  findings: Finding[];
  /** Drift rows as findings (file paths as annotated). */
  driftFindings: Finding[];
  /** Each upstream's own defects (not in `validate`): counted and listed apart, never annotated. */
  upstreamFindings: UpstreamFindings[];
  acceptKeywords: string[];
  timings: { syncMs: number; analysisMs: number };
  /** Errors that fail the step regardless of fail-on-drift (unusable upstream, unverified signature). */
  fatal: string[];
}

/** Findings and step-failing errors collected along the way. */
/**
 * The uri git is given, credentials and all; the report, the log and the findings only ever see
 * `UpstreamState.uri`, its redacted form.
 */
const remoteUri = new WeakMap<UpstreamState, string>();

function setRemote(u: UpstreamState, uri: string): void {
  remoteUri.set(u, uri);
  u.uri = redactUri(uri).shown;
}

/** An error about fetching `u`, without the credentials its uri carried. */
function withoutCredentials(u: UpstreamState, text: string): string {
  const raw = remoteUri.get(u);
  if (raw === undefined) return redactText(text);
  const { shown, secrets } = redactUri(raw);
  return secrets.reduce((t, s) => t.split(s).join('***'), redactText(text.split(raw).join(shown)));
}

interface Collected {
  findings: Finding[];
  fatal: string[];
}

interface Resolved {
  overlayLocation: string;
  overlayName?: string;
  overlayPriority: number;
  upstreams: UpstreamState[];
  /** The folder holding repos.conf: make.conf and package.* are read from it. */
  configRoot?: string;
  /** Where each repos-conf upstream's `location` is set (findings about it point there). */
  locationAt: Map<string, { file: string; line: number }>;
  /** Upstreams whose checkout came from a git remote (this run or setup-overlay's): their signatures are checked. */
  fromRemote: Set<string>;
}

/** A path relative to the workspace when it is inside it. */
function wsRel(workspace: string, f: string): string {
  const r = path.relative(workspace, f);
  return r.startsWith('..') || path.isAbsolute(r) ? f : r.split(path.sep).join('/');
}

/** The overlay and its upstreams, from repos-conf or from the upstream list. */
async function resolveRepositories(req: DriftCheckRequest, deps: DriftCheckDeps, out: Collected): Promise<Resolved> {
  const res: Resolved = { overlayLocation: '', overlayPriority: 0, upstreams: [], locationAt: new Map(), fromRemote: new Set() };
  if (req.reposConf !== undefined) {
    if (!existsSync(req.reposConf)) throw new InputError('repos-conf', 'an existing repos.conf file or directory', req.reposConf);
    const conf = await readReposConf(req.reposConf);
    // sections Portage drops (no location, bad name, bad priority) are the user's to fix
    for (const f of conf.findings) if (f.severity !== 'notice') out.findings.push(f.file !== undefined ? { ...f, file: wsRel(req.workspace, f.file) } : f);
    res.configRoot = path.dirname(req.reposConf);
    const byName = req.overlay.name !== undefined ? conf.repos.find((r) => r.name === req.overlay.name) : undefined;
    const byPath = conf.repos.find((r) => r.location !== undefined && path.resolve(r.location) === req.overlay.path);
    const self = byName ?? byPath;
    if (self) {
      res.overlayLocation = path.resolve(self.location!);
      res.overlayName = self.name;
      res.overlayPriority = self.priority;
    } else if (req.overlay.path && (await isDir(req.overlay.path))) {
      res.overlayLocation = req.overlay.path;
    } else {
      throw new InputError('overlay', `a repository in repos-conf (${conf.repos.map((r) => r.name).join(', ')}) or an overlay directory`, req.overlay.name ?? req.overlay.path);
    }
    for (const r of conf.repos) {
      if (r === self || !r.location) continue;
      const location = path.resolve(r.location);
      let git = req.sync && r.syncType === 'git' && !!r.syncUri;
      if (git && existsSync(location)) {
        // A location inside a larger checkout (setup-overlay's `subdir`) cannot be replaced by a clone of the
        // whole repository: use it as it is.
        const top = (await gitOut(deps.run, location, ['rev-parse', '--show-toplevel']))?.trim();
        if (top !== undefined && (await realpath(top).catch(() => top)) !== (await realpath(location).catch(() => location))) {
          git = false;
          deps.info(`${r.name}: ${location} is a sub-directory of the checkout ${top}; not fetched, used as it is`);
        }
      }
      const u: UpstreamState = { name: r.name, source: git ? 'git' : 'path', location, priority: r.priority, synced: false };
      const at = conf.keyLocations[r.name]?.location;
      if (at) res.locationAt.set(r.name, { file: wsRel(req.workspace, at.file), line: at.line });
      if (git) setRemote(u, r.syncUri!);
      // with sync: false, setup-overlay fetched it: still a remote's commit to verify
      if (r.syncType === 'git' && r.syncUri) res.fromRemote.add(r.name);
      res.upstreams.push(u);
    }
  } else {
    res.overlayLocation = req.overlay.path!;
    for (const u of req.upstreams) {
      const location = u.uri ? path.join(req.workDir, 'repos', u.name) : u.path!;
      const s: UpstreamState = { name: u.name, source: u.uri ? 'git' : 'path', location, priority: u.priority ?? (u.name === 'gentoo' ? -1000 : 0), synced: false };
      if (u.uri) {
        setRemote(s, u.uri);
        res.fromRemote.add(u.name);
      }
      if (u.ref) s.ref = u.ref;
      res.upstreams.push(s);
    }
  }
  if (!(await isDir(res.overlayLocation))) throw new InputError('overlay', 'an existing overlay directory', res.overlayLocation);
  if (res.upstreams.length === 0) throw new InputError('repos-conf', 'at least one upstream repository besides the overlay', req.reposConf ?? '');
  return res;
}

/**
 * Fetch each git upstream into a temporary sibling, swapped in only when complete, all within timeout-minutes.
 * Returns each fetched upstream's checkout as it was before (removals since then are drift evidence).
 */
async function syncUpstreams(
  req: DriftCheckRequest,
  upstreams: UpstreamState[],
  overlayPackages: readonly string[],
  deps: DriftCheckDeps,
  out: Collected,
): Promise<{ previous: Map<string, RepositoryScan>; syncMs: number }> {
  const syncStart = deps.clock();
  const boundMs = req.timeoutMinutes * 60_000;
  const previous = new Map<string, RepositoryScan>();
  for (const u of upstreams) {
    if (u.source !== 'git' || !req.sync) continue;
    const dest = u.location!;
    if (existsSync(path.join(dest, 'profiles', 'repo_name'))) previous.set(u.name, await scanRepository(dest, { repoName: u.name, checkManifests: false, packages: overlayPackages }));
    const left = boundMs - (deps.clock() - syncStart);
    if (left <= 0) {
      u.syncError = `not fetched: timeout-minutes (${req.timeoutMinutes}) was used up by the upstreams before it`;
    } else {
      const t0 = deps.clock();
      try {
        const r = await deps.sync(
          { uri: remoteUri.get(u) ?? u.uri!, ...(u.ref ? { ref: u.ref } : {}), dest, depth: 1 },
          { maxTotalMs: left, attemptTimeoutMs: Math.min(left, deps.attemptTimeoutMs ?? left) },
        );
        u.synced = true;
        u.commit = r.commit;
        u.attempts = r.attempts;
        deps.info(`${u.name}: fetched ${r.commit.slice(0, 12)} from ${u.uri} in ${r.attempts} attempt(s)`);
      } catch (e) {
        u.syncError = withoutCredentials(u, e instanceof Error ? e.message : String(e));
      }
      u.syncMs = Math.round(deps.clock() - t0);
    }
    if (u.syncError) {
      const kept = existsSync(path.join(dest, 'profiles', 'repo_name'));
      out.findings.push(
        gentooFindings.make('upstream-sync-failed', `${u.name}: ${u.syncError}${kept ? '; drift is computed against the previous checkout' : ''}`, {
          severity: kept ? 'warning' : 'error',
          hint: 'Check the uri and ref; transient network errors are retried (inputs retries, backoff-seconds, timeout-minutes).',
        }),
      );
      if (!kept) {
        u.excluded = 'no checkout';
        out.fatal.push(`could not sync ${u.name} and there is no previous checkout: ${u.syncError}`);
      }
    }
  }
  return { previous, syncMs: Math.round(deps.clock() - syncStart) };
}

/** Verify the head commit of every upstream that came from a remote; an unverified one is left out of the drift. */
async function verifySignatures(req: DriftCheckRequest, upstreams: UpstreamState[], fromRemote: ReadonlySet<string>, deps: DriftCheckDeps, out: Collected): Promise<void> {
  await withKeyring(deps.run, req.workDir, req, async (home) => {
    // only what came from a remote: a local path is the user's own checkout
    const toVerify = upstreams.filter((u) => !u.excluded && u.location && fromRemote.has(u.name));
    if (toVerify.length === 0) {
      out.findings.push(
        gentooFindings.make('upstream-signature', 'verify-signatures is true, but no upstream came from a git remote (uri, or sync-type = git in repos-conf): nothing was verified', {
          severity: 'warning',
          hint: 'Signatures are checked on fetched upstreams only; a path upstream is your own checkout.',
        }),
      );
    }
    for (const u of toVerify) {
      if (!u.location) continue;
      u.signature = await verifyHead(deps.run, u.location, home);
      if (!u.signature.verified) {
        u.excluded = 'signature not verified';
        out.fatal.push(`${u.name}: ${u.signature.message}`);
        out.findings.push(
          gentooFindings.make('upstream-signature', `${u.name}: ${u.signature.message}; left out of the drift report`, {
            hint: 'Add the signing key to `keyring`, or check whether the upstream was tampered with.',
          }),
        );
      } else deps.info(`${u.name}: ${u.signature.message}`);
    }
  });
}

/** Commits of upstreams used in place; an upstream without a directory is left out (and fails the step). */
async function checkLocations(req: DriftCheckRequest, res: Resolved, deps: DriftCheckDeps, out: Collected): Promise<void> {
  for (const u of res.upstreams) {
    if (req.readGit && !u.excluded && u.location && !u.commit) u.commit = (await gitOut(deps.run, u.location, ['rev-parse', 'HEAD']))?.trim() || undefined;
    if (!u.excluded && (!u.location || !(await isDir(u.location)))) {
      u.excluded = 'location missing';
      const at = res.locationAt.get(u.name);
      const msg = at
        ? `input 'repos-conf': [${u.name}] location ${u.location} is not a directory`
        : `${u.name}: ${u.location ?? '(no location)'} is not a directory`;
      out.findings.push(gentooFindings.make('upstream-missing', `${msg}; ${u.name} is left out of the drift`, {
        ...(at ?? {}), hint: at ? 'Point location at the checkout (setup-overlay writes it), or remove the section.' : 'Check the path.',
      }));
      out.fatal.push(msg);
    }
  }
}

/** What emerge would see: ACCEPT_KEYWORDS, package.* next to repos.conf, each repository's profiles/package.mask. */
async function visibilityFor(configRoot: string | undefined, repos: readonly [name: string, location: string][]): Promise<VisibilityConfig> {
  const visibility: VisibilityConfig = configRoot ? await readVisibilityConfig(configRoot, ['~amd64']) : { acceptKeywords: ['~amd64'], arch: 'amd64' };
  const repoMasks: Record<string, AtomEntry[]> = {};
  for (const [name, loc] of repos) {
    const t = await readText(path.join(loc, 'profiles', 'package.mask'));
    if (t !== undefined) repoMasks[name] = parsePackageMask(t, `${loc}/profiles/package.mask`).entries;
  }
  if (Object.keys(repoMasks).length) visibility.repoPackageMask = repoMasks;
  return visibility;
}

/**
 * Check one overlay against its upstreams: sync them, verify signatures when asked, then compute drift for
 * every package the overlay carries and the integrity of its Manifests. Bad inputs throw an InputError;
 * everything else is a finding, and what must fail the step regardless of fail-on-drift is in `fatal`.
 */
export async function checkDrift(req: DriftCheckRequest, deps: DriftCheckDeps): Promise<DriftCheckReport> {
  const out: Collected = { findings: [], fatal: [] };
  const { findings, fatal } = out;
  const { workspace } = req;
  mkdirSync(req.workDir, { recursive: true });

  // 1. Resolve the overlay and its upstreams.
  const res = await resolveRepositories(req, deps, out);
  const { overlayLocation, overlayPriority, upstreams } = res;
  let overlayName = res.overlayName;
  if (!overlayName) {
    const rn = await readText(path.join(overlayLocation, 'profiles', 'repo_name'));
    overlayName = (rn !== undefined ? parseRepoName(rn).name : undefined) ?? path.basename(overlayLocation);
  }
  // The overlay's package directories (what the previous upstream checkout is read for): listed, not parsed.
  // Each directory of the overlay is listed once: its scan below reuses these listings.
  const overlayListings: Listings = new Map();
  const overlayPackages = await listPackageDirs(overlayLocation, 64, overlayListings);

  // 2. Sync, 3. signatures, then what is left usable.
  const { previous, syncMs } = await syncUpstreams(req, upstreams, overlayPackages, deps, out);
  if (req.verifySignatures) await verifySignatures(req, upstreams, res.fromRemote, deps, out);
  await checkLocations(req, res, deps, out);

  // 4. Scan the overlay and every usable upstream; categories are the union (as Portage sees them).
  const t0 = deps.clock();
  const usable = upstreams.filter((u) => !u.excluded);
  const union = await categoryUnion([overlayLocation, ...usable.map((u) => u.location!)]);
  const cats = union.size ? { categories: union } : {};
  const repoLocations = Object.fromEntries([[overlayName, overlayLocation], ...usable.map((u) => [u.name, u.location!])]);
  const overlayPrefix = filePrefixFor(overlayLocation, workspace, overlayName);

  // profiles/updates of each upstream; its defects are the upstream's unless it is validated
  const updates = new Map<string, UpdateEntry[]>();
  const validated = new Set(req.validate ?? []);
  const known = new Set([overlayName, ...upstreams.map((u) => u.name)]);
  const unknownNames = [...validated].filter((n) => !known.has(n));
  if (unknownNames.length) throw new InputError('validate', `names of the overlay or its upstreams (${[...known].join(', ')})`, unknownNames.join(', '));
  const upstreamFindings: UpstreamFindings[] = [];
  for (const u of usable) {
    const r = await readUpdates(u.location!, filePrefixFor(u.location!, workspace, u.name));
    updates.set(u.name, r.entries);
    if (validated.has(u.name)) pushAll(findings, r.findings);
    else if (r.findings.length) upstreamFindings.push({ repo: u.name, findings: r.findings });
  }
  // Upstreams are read only for the packages the overlay carries (and where upstream moved them): a
  // 50-package overlay does not pay for reading all of ::gentoo. Those are the overlay's package directories
  // that hold an ebuild (what its scan keeps), known before the overlay is scanned.
  const wanted = new Set<string>();
  for (const cp of withEbuilds(overlayLocation, overlayPackages, overlayListings)) {
    wanted.add(cp);
    for (const list of updates.values()) {
      const mv = resolveMove(cp, list);
      if (mv) wanted.add(mv.to);
    }
  }
  // an ebuild the overlay copied verbatim from an upstream is parsed once: the overlay's parse (SRC_URI and all)
  // serves the upstream scan that follows it (scans read files synchronously: side by side, they gained nothing)
  // (and one it copied at another version is syntax-checked and lexed once: `prepared`)
  const parsed: ParsedEbuilds = new Map();
  const prepared = new Map<string, PreparedSource>();
  const overlayScan = await scanRepository(overlayLocation, { repoName: overlayName, ...cats, keepText: true, repoLocations, listings: overlayListings, parsed, prepared });
  // upstream Manifests are not ours to fix: not read
  const upstreamScans = await Promise.all(usable.map((u) => scanRepository(u.location!, { repoName: u.name, ...cats, checkManifests: false, keepText: true, packages: wanted, repoLocations, parsed, prepared })));
  for (const [name, p] of Object.entries(req.previous ?? {})) {
    if (!previous.has(name) && (await isDir(p))) previous.set(name, await scanRepository(p, { repoName: name, checkManifests: false, packages: wanted }));
  }

  // 5. What emerge would see.
  const visibility = await visibilityFor(res.configRoot, [[overlayName, overlayLocation], ...usable.map((u): [string, string] => [u.name, u.location!])]);

  // 6. Drift, with git history where the checkout has it.
  const withHistory = new Set<string>();
  if (req.readGit) for (const u of usable) if (await hasFullHistory(deps.run, u.location!)) withHistory.add(path.resolve(u.location!));
  const driftInput: DriftInput = {
    overlay: overlayScan,
    overlayPriority,
    upstreams: usable.map((u, i) => ({
      scan: upstreamScans[i],
      priority: u.priority,
      updates: updates.get(u.name) ?? [],
      ...(previous.has(u.name) ? { previous: previous.get(u.name)! } : {}),
    })),
    visibility,
    now: deps.now(),
  };
  // What the drift asks of each history is known only as it goes: a first pass collects every question (with no
  // answers it asks at least what the pass with answers asks), one walk of each history answers them all, and the
  // drift is computed again with the answers. One `git log` per question walked the whole history each time.
  const histories = new Map<string, HistoryAnswers>();
  if (withHistory.size > 0) {
    const asked = new Map<string, { added: Set<string>; removed: Set<string> }>();
    const ask = (root: string) => {
      const key = path.resolve(root);
      if (!withHistory.has(key)) return undefined;
      let q = asked.get(key);
      if (!q) asked.set(key, (q = { added: new Set(), removed: new Set() }));
      return q;
    };
    await computeDrift({
      ...driftInput,
      fileDate: async (root, rel) => void ask(root)?.added.add(rel),
      removedIn: async (root, rel) => void ask(root)?.removed.add(rel),
    });
    await Promise.all([...asked].map(async ([root, q]) => histories.set(root, await readHistory(deps.run, root, q))));
  }
  const drift = await computeDrift({
    ...driftInput,
    fileDate: async (root, rel) => histories.get(path.resolve(root))?.added.get(rel),
    removedIn: async (root, rel) => histories.get(path.resolve(root))?.removed.get(rel),
  });
  for (const r of drift.rows) if (r.file !== undefined) r.file = `${overlayPrefix}${r.file}`;

  // 7. Integrity of the overlay's Manifests.
  const integrity = await checkIntegrity(overlayScan, req.distdir ? { distdir: req.distdir } : {});
  const prefixed = (f: Finding): Finding => (f.file !== undefined ? { ...f, file: `${overlayPrefix}${f.file}` } : f);
  integrity.findings = integrity.findings.map(prefixed);
  pushAll(findings, integrity.findings);
  const analysisMs = Math.round(deps.clock() - t0);

  const driftFindings = drift.rows.map((r) =>
    gentooFindings.make(`drift-${r.class}`, `${r.package}: ${r.detail} ${r.action}`, {
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.line !== undefined ? { line: r.line } : {}),
    }),
  );

  return {
    overlay: { name: overlayName, location: overlayLocation, priority: overlayPriority },
    upstreams,
    drift,
    integrity,
    findings,
    driftFindings,
    upstreamFindings,
    acceptKeywords: visibility.acceptKeywords as string[],
    timings: { syncMs, analysisMs },
    fatal,
  };
}
