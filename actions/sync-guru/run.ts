/**
 * sync-guru's work with the outside world passed in: resolve the overlay and its upstreams, sync them (retries,
 * atomic swap, previous checkout kept), verify signatures, scan, compute drift and Manifest integrity.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finding, type Finding } from '../../shared/finding.js';
import type { RunCommand } from '../../shared/io.js';
import { computeDrift, type DriftReport, type DriftRow } from '../../shared/gentoo/drift.js';
import { checkIntegrity, type IntegrityReport } from '../../shared/gentoo/integrity.js';
import { listPackageDirs, scanRepository, type RepositoryScan } from '../../shared/gentoo/overlay.js';
import { parsePackageAcceptKeywords, parsePackageMask, parsePackageUnmask, type AtomEntry } from '../../shared/gentoo/package-config.js';
import { parseCategories, parseRepoName } from '../../shared/gentoo/repo-meta.js';
import { readReposConf } from '../../shared/gentoo/repos-conf.js';
import { readUpdates, resolveMove, type UpdateEntry } from '../../shared/gentoo/updates.js';
import type { VisibilityConfig } from '../../shared/gentoo/visibility.js';
import { InputError } from '../../shared/toolkit/inputs.js';
import { embeddedPaths, type SyncGuruInputs } from './inputs.js';

export interface SyncSpec {
  uri: string;
  ref?: string;
  dest: string;
  depth?: number;
}

export interface SyncGuruDeps {
  run: RunCommand;
  /** toolkit syncCheckout bound to its retry options; `maxTotalMs` is what is left of timeout-minutes. */
  sync: (spec: SyncSpec, bounds: { maxTotalMs: number; attemptTimeoutMs: number }) => Promise<{ path: string; commit: string; attempts: number; replaced: boolean }>;
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
  signature?: { verified: boolean; message: string };
  /** Left out of the drift (no checkout, or signature not verified). */
  excluded?: string;
}

export interface SyncGuruResult {
  overlay: { name: string; location: string; priority: number };
  upstreams: UpstreamState[];
  drift: DriftReport;
  integrity: IntegrityReport;
  /** Sync, signature, updates and integrity findings, plus one per drift row (for annotations). */
  findings: Finding[];
  /** Drift rows as findings (file paths as annotated). */
  driftFindings: Finding[];
  acceptKeywords: string[];
  timings: { syncMs: number; analysisMs: number };
  /** Errors that fail the step regardless of fail-on-drift (unusable upstream, unverified signature). */
  fatal: string[];
}

const ROW_SEVERITY: Record<DriftRow['class'], Finding['severity']> = {
  lagging: 'warning',
  'revision-bump': 'warning',
  'content-differs': 'warning',
  identical: 'notice',
  removed: 'warning',
  moved: 'warning',
  'new-slot': 'notice',
  shadowed: 'warning',
};

async function readText(p: string): Promise<string | undefined> {
  try {
    return await readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Prefix that makes a repository path workspace-relative when it is inside the workspace, else `<name>/`. */
export function filePrefixFor(location: string, workspace: string, name: string): string {
  const rel = path.relative(workspace, location);
  if (rel === '') return '';
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return `${rel.split(path.sep).join('/')}/`;
  return `${name}/`;
}

/** A config file or directory of files (package.mask/ etc.), concatenated in name order. */
async function readConfigPath(p: string): Promise<{ file: string; text: string }[]> {
  if (await isDir(p)) {
    const names = (await readdir(p)).filter((n) => !n.startsWith('.') && !n.endsWith('~')).sort();
    const out: { file: string; text: string }[] = [];
    for (const n of names) out.push(...(await readConfigPath(path.join(p, n))));
    return out;
  }
  const text = await readText(p);
  return text === undefined ? [] : [{ file: p, text }];
}

/** ACCEPT_KEYWORDS from make.conf (simple `ACCEPT_KEYWORDS="…"` lines). */
function acceptKeywordsFromMakeConf(text: string): string[] | undefined {
  let out: string[] | undefined;
  for (const l of text.split('\n')) {
    const m = /^\s*(?:export\s+)?ACCEPT_KEYWORDS=(["']?)([^"'#]*)\1\s*(?:#.*)?$/.exec(l);
    if (m) out = m[2].split(/\s+/).filter(Boolean);
  }
  return out;
}

async function gitOut(run: RunCommand, cwd: string, args: string[]): Promise<string | undefined> {
  const r = await run('git', ['-C', cwd, ...args], { env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, timeoutMs: 60_000 });
  return r.code === 0 ? r.stdout : undefined;
}

/** git history callbacks for a repository, or none when it has no usable history (not git, or shallow). */
async function historyFor(run: RunCommand, root: string): Promise<boolean> {
  const shallow = await gitOut(run, root, ['rev-parse', '--is-shallow-repository']);
  return shallow !== undefined && shallow.trim() === 'false';
}

/** `git verify-commit HEAD` against a keyring imported into a throw-away GNUPGHOME. */
async function verifyHead(run: RunCommand, repo: string, gnupgHome: string): Promise<{ verified: boolean; message: string }> {
  const head = (await gitOut(run, repo, ['rev-parse', 'HEAD']))?.trim() ?? 'HEAD';
  const r = await run('git', ['-C', repo, 'verify-commit', '--raw', 'HEAD'], { env: { GNUPGHOME: gnupgHome, LC_ALL: 'C' }, timeoutMs: 60_000 });
  const err = r.stderr;
  if (r.code === 0 && /GOODSIG|VALIDSIG/.test(err)) {
    const who = /GOODSIG \S+ (.*)/.exec(err)?.[1] ?? 'a key in the keyring';
    return { verified: true, message: `head ${head.slice(0, 12)} has a good signature from ${who}` };
  }
  if (/NO_PUBKEY|ERRSIG/.test(err)) {
    const key = /NO_PUBKEY (\S+)/.exec(err)?.[1] ?? /ERRSIG (\S+)/.exec(err)?.[1];
    return { verified: false, message: `head ${head.slice(0, 12)} is signed by key ${key ?? '(unknown)'}, which is not in the keyring` };
  }
  if (/BADSIG/.test(err)) return { verified: false, message: `head ${head.slice(0, 12)} has a BAD signature` };
  if (err.trim() === '' || /no signature found/i.test(err)) return { verified: false, message: `head ${head.slice(0, 12)} is not signed` };
  return { verified: false, message: `head ${head.slice(0, 12)} could not be verified: ${err.trim().split('\n').slice(-2).join(' | ')}` };
}

export async function syncGuru(inputs: SyncGuruInputs, where: { workspace: string; root: string; workDir: string }, deps: SyncGuruDeps): Promise<SyncGuruResult> {
  const findings: Finding[] = [];
  const fatal: string[] = [];
  const { workspace, workDir } = where;
  await mkdir(workDir, { recursive: true });

  // 1. Resolve the overlay and its upstreams.
  let overlayLocation: string;
  let overlayName: string | undefined;
  let overlayPriority = 0;
  const upstreams: UpstreamState[] = [];
  let configRoot: string | undefined;
  const previousPaths: Record<string, string> = {};
  /** Where each repos-conf upstream's `location` is set (findings about it point there). */
  const locationAt = new Map<string, { file: string; line: number }>();
  /** Upstreams whose checkout came from a git remote (this run or setup-overlay's): their signatures are checked. */
  const fromRemote = new Set<string>();
  const wsRel = (f: string): string => {
    const r = path.relative(workspace, f);
    return r.startsWith('..') || path.isAbsolute(r) ? f : r.split(path.sep).join('/');
  };
  let distdir = inputs.distdir;

  if (inputs.embedded) {
    const e = embeddedPaths(where.root);
    overlayLocation = e.overlay;
    for (const u of e.upstreams) upstreams.push({ name: u.name, source: 'path', location: u.path!, priority: u.priority ?? 0, synced: false });
    Object.assign(previousPaths, e.previous);
    distdir ??= e.distdir;
  } else if (inputs.reposConf !== undefined) {
    if (!existsSync(inputs.reposConf)) throw new InputError('repos-conf', 'an existing repos.conf file or directory', inputs.reposConf);
    const conf = await readReposConf(inputs.reposConf);
    // sections Portage drops (no location, bad name, bad priority) are the user's to fix
    for (const f of conf.findings) if (f.severity !== 'notice') findings.push(f.file !== undefined ? { ...f, file: wsRel(f.file) } : f);
    configRoot = (await isDir(inputs.reposConf)) ? path.dirname(inputs.reposConf) : path.dirname(inputs.reposConf);
    const byName = inputs.overlay.name !== undefined ? conf.repos.find((r) => r.name === inputs.overlay.name) : undefined;
    const byPath = conf.repos.find((r) => r.location !== undefined && path.resolve(r.location) === inputs.overlay.path);
    const self = byName ?? byPath;
    if (self) {
      overlayLocation = path.resolve(self.location!);
      overlayName = self.name;
      overlayPriority = self.priority;
    } else if (inputs.overlay.path && (await isDir(inputs.overlay.path))) {
      overlayLocation = inputs.overlay.path;
    } else {
      throw new InputError('overlay', `a repository in repos-conf (${conf.repos.map((r) => r.name).join(', ')}) or an overlay directory`, inputs.overlay.name ?? inputs.overlay.path);
    }
    for (const r of conf.repos) {
      if (r === self || !r.location) continue;
      const location = path.resolve(r.location);
      let git = inputs.sync && r.syncType === 'git' && !!r.syncUri;
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
      if (at) locationAt.set(r.name, { file: wsRel(at.file), line: at.line });
      if (git) u.uri = r.syncUri!;
      // with sync: false, setup-overlay fetched it: still a remote's commit to verify
      if (r.syncType === 'git' && r.syncUri) fromRemote.add(r.name);
      upstreams.push(u);
    }
  } else {
    overlayLocation = inputs.overlay.path!;
    for (const u of inputs.upstreams) {
      const s: UpstreamState = { name: u.name, source: u.uri ? 'git' : 'path', priority: u.priority ?? (u.name === 'gentoo' ? -1000 : 0), synced: false };
      if (u.uri) {
        s.uri = u.uri;
        s.location = path.join(workDir, 'repos', u.name);
        fromRemote.add(u.name);
      } else s.location = u.path!;
      if (u.ref) s.ref = u.ref;
      upstreams.push(s);
    }
  }
  if (!(await isDir(overlayLocation))) throw new InputError('overlay', 'an existing overlay directory', overlayLocation);
  if (upstreams.length === 0) throw new InputError('repos-conf', 'at least one upstream repository besides the overlay', inputs.reposConf ?? '');
  if (!overlayName) {
    const rn = await readText(path.join(overlayLocation, 'profiles', 'repo_name'));
    overlayName = (rn !== undefined ? parseRepoName(rn).name : undefined) ?? path.basename(overlayLocation);
  }

  // The overlay's package directories (what the previous upstream checkout is read for): listed, not parsed.
  const overlayPackages = await listPackageDirs(overlayLocation);

  // 2. Sync: each fetch into a temporary sibling, swapped in only when complete, all within timeout-minutes.
  const syncStart = deps.clock();
  const boundMs = inputs.timeoutMinutes * 60_000;
  const previous = new Map<string, RepositoryScan>();
  for (const u of upstreams) {
    if (u.source !== 'git' || !inputs.sync) continue;
    const dest = u.location!;
    // What the checkout looked like before: removals since then are drift evidence.
    if (existsSync(path.join(dest, 'profiles', 'repo_name'))) previous.set(u.name, await scanRepository(dest, { repoName: u.name, checkManifests: false, packages: overlayPackages }));
    const left = boundMs - (deps.clock() - syncStart);
    if (left <= 0) {
      u.syncError = `not fetched: timeout-minutes (${inputs.timeoutMinutes}) was used up by the upstreams before it`;
    } else {
      const t0 = deps.clock();
      try {
        const r = await deps.sync(
          { uri: u.uri!, ...(u.ref ? { ref: u.ref } : {}), dest, depth: 1 },
          { maxTotalMs: left, attemptTimeoutMs: Math.min(left, deps.attemptTimeoutMs ?? left) },
        );
        u.synced = true;
        u.commit = r.commit;
        u.attempts = r.attempts;
        deps.info(`${u.name}: fetched ${r.commit.slice(0, 12)} from ${u.uri} in ${r.attempts} attempt(s)`);
      } catch (e) {
        u.syncError = e instanceof Error ? e.message : String(e);
      }
      u.syncMs = Math.round(deps.clock() - t0);
    }
    if (u.syncError) {
      const kept = existsSync(path.join(dest, 'profiles', 'repo_name'));
      findings.push(
        finding(kept ? 'warning' : 'error', 'upstream-sync-failed', `${u.name}: ${u.syncError}${kept ? '; drift is computed against the previous checkout' : ''}`, {
          hint: 'Check the uri and ref; transient network errors are retried (inputs retries, backoff-seconds, timeout-minutes).',
        }),
      );
      if (!kept) {
        u.excluded = 'no checkout';
        fatal.push(`could not sync ${u.name} and there is no previous checkout: ${u.syncError}`);
      }
    }
  }
  const syncMs = Math.round(deps.clock() - syncStart);

  // 3. Signatures.
  if (inputs.verifySignatures) {
    const home = await mkdtemp(path.join(workDir, 'gnupg-'));
    try {
      let keyFile = inputs.keyringFile;
      if (inputs.keyringText !== undefined) {
        keyFile = path.join(home, 'keyring.asc');
        await writeFile(keyFile, inputs.keyringText);
      }
      const imp = await deps.run('gpg', ['--batch', '--no-tty', '--homedir', home, '--import', keyFile!], { env: { LC_ALL: 'C' }, timeoutMs: 60_000 });
      if (imp.code !== 0 || !/imported|unchanged/.test(imp.stderr)) {
        // gpg's own reason ("no valid OpenPGP data found") beside the value, not gpg's summary line
        const why = imp.stderr.split('\n').map((l) => l.replace(/^gpg: /, '').trim()).find((l) => l && !/^(Total number processed|keybox|trustdb|directory)/.test(l) && !/created$/.test(l));
        throw new InputError('keyring', `OpenPGP public keys gpg can import${why ? ` (gpg: ${why})` : ''}`, inputs.keyringFile ?? 'the armored key block');
      }
      // only what came from a remote: a local path is the user's own checkout
      const toVerify = upstreams.filter((u) => !u.excluded && u.location && fromRemote.has(u.name));
      if (toVerify.length === 0) {
        findings.push(
          finding('warning', 'upstream-signature', 'verify-signatures is true, but no upstream came from a git remote (uri, or sync-type = git in repos-conf): nothing was verified', {
            hint: 'Signatures are checked on fetched upstreams only; a path upstream is your own checkout.',
          }),
        );
      }
      for (const u of toVerify) {
        if (!u.location) continue;
        u.signature = await verifyHead(deps.run, u.location, home);
        if (!u.signature.verified) {
          u.excluded = 'signature not verified';
          fatal.push(`${u.name}: ${u.signature.message}`);
          findings.push(
            finding('error', 'upstream-signature', `${u.name}: ${u.signature.message}; left out of the drift report`, {
              hint: 'Add the signing key to `keyring`, or check whether the upstream was tampered with.',
            }),
          );
        } else deps.info(`${u.name}: ${u.signature.message}`);
      }
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }
  for (const u of upstreams) {
    if (!inputs.embedded && !u.excluded && u.location && !u.commit) u.commit = (await gitOut(deps.run, u.location, ['rev-parse', 'HEAD']))?.trim() || undefined;
    if (!u.excluded && (!u.location || !(await isDir(u.location)))) {
      u.excluded = 'location missing';
      const at = locationAt.get(u.name);
      const msg = at
        ? `input 'repos-conf': [${u.name}] location ${u.location} is not a directory`
        : `${u.name}: ${u.location ?? '(no location)'} is not a directory`;
      findings.push(finding('error', 'upstream-missing', `${msg}; ${u.name} is left out of the drift`, {
        ...(at ?? {}), hint: at ? 'Point location at the checkout (setup-overlay writes it), or remove the section.' : 'Check the path.',
      }));
      fatal.push(msg);
    }
  }

  // 4. Scan the overlay and every usable upstream; categories are the union (as Portage sees them).
  const t0 = deps.clock();
  const usable = upstreams.filter((u) => !u.excluded);
  const union = new Set<string>();
  for (const loc of [overlayLocation, ...usable.map((u) => u.location!)]) {
    const t = await readText(path.join(loc, 'profiles', 'categories'));
    if (t !== undefined) for (const c of parseCategories(t).categories) union.add(c.name);
  }
  const cats = union.size ? { categories: union } : {};
  const overlayScan = await scanRepository(overlayLocation, { repoName: overlayName, ...cats, keepText: true });
  const overlayPrefix = filePrefixFor(overlayLocation, workspace, overlayName);

  // profiles/updates of each upstream
  const updates = new Map<string, UpdateEntry[]>();
  for (const u of usable) {
    const r = await readUpdates(u.location!, filePrefixFor(u.location!, workspace, u.name));
    updates.set(u.name, r.entries);
    findings.push(...r.findings);
  }
  // Upstreams are read only for the packages the overlay carries (and where upstream moved them): a
  // 50-package overlay does not pay for reading all of ::gentoo.
  const wanted = new Set<string>();
  for (const p of overlayScan.packages) {
    const cp = `${p.category}/${p.package}`;
    wanted.add(cp);
    for (const list of updates.values()) {
      const mv = resolveMove(cp, list);
      if (mv) wanted.add(mv.to);
    }
  }
  const upstreamScans = await Promise.all(
    // upstream Manifests are not ours to fix: not read
    usable.map((u) => scanRepository(u.location!, { repoName: u.name, ...cats, checkManifests: false, keepText: true, packages: wanted })),
  );
  for (const [name, p] of Object.entries(previousPaths)) {
    if (!previous.has(name) && (await isDir(p))) previous.set(name, await scanRepository(p, { repoName: name, checkManifests: false, packages: wanted }));
  }

  // 5. What emerge would see: ACCEPT_KEYWORDS, package.* next to repos.conf, each repo's profiles/package.mask.
  let acceptKeywords = ['~amd64'];
  const visibility: VisibilityConfig = { acceptKeywords, arch: 'amd64' };
  if (configRoot) {
    const mk = await readText(path.join(configRoot, 'make.conf'));
    const ak = mk !== undefined ? acceptKeywordsFromMakeConf(mk) : undefined;
    if (ak?.length) acceptKeywords = ak;
    visibility.acceptKeywords = acceptKeywords;
    const pak = (await readConfigPath(path.join(configRoot, 'package.accept_keywords'))).flatMap((s) => parsePackageAcceptKeywords(s.text, s.file).entries);
    const pm = (await readConfigPath(path.join(configRoot, 'package.mask'))).flatMap((s) => parsePackageMask(s.text, s.file).entries);
    const pu = (await readConfigPath(path.join(configRoot, 'package.unmask'))).flatMap((s) => parsePackageUnmask(s.text, s.file).entries);
    if (pak.length) visibility.packageAcceptKeywords = pak;
    if (pm.length) visibility.packageMask = pm;
    if (pu.length) visibility.packageUnmask = pu;
  }
  const repoMasks: Record<string, AtomEntry[]> = {};
  for (const [name, loc] of [[overlayName, overlayLocation], ...usable.map((u) => [u.name, u.location!])] as [string, string][]) {
    const t = await readText(path.join(loc, 'profiles', 'package.mask'));
    if (t !== undefined) repoMasks[name] = parsePackageMask(t, `${loc}/profiles/package.mask`).entries;
  }
  if (Object.keys(repoMasks).length) visibility.repoPackageMask = repoMasks;

  // 6. Drift, with git history where the checkout has it (not for the embedded fixtures).
  const withHistory = new Set<string>();
  if (!inputs.embedded) for (const u of usable) if (await historyFor(deps.run, u.location!)) withHistory.add(path.resolve(u.location!));
  const drift = await computeDrift({
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
    fileDate: async (root, rel) => {
      if (!withHistory.has(path.resolve(root))) return undefined;
      return (await gitOut(deps.run, root, ['log', '-1', '--diff-filter=A', '--format=%cI', '--', rel]))?.trim() || undefined;
    },
    removedIn: async (root, rel) => {
      if (!withHistory.has(path.resolve(root))) return undefined;
      const out = (await gitOut(deps.run, root, ['log', '-1', '--diff-filter=D', '--format=%H%x09%cI', '--', rel]))?.trim();
      if (!out) return undefined;
      const [commit, date] = out.split('\t');
      return { commit, ...(date ? { date } : {}) };
    },
  });
  for (const r of drift.rows) if (r.file !== undefined) r.file = `${overlayPrefix}${r.file}`;

  // 7. Integrity of the overlay's Manifests.
  const integrity = await checkIntegrity(overlayScan, distdir ? { distdir } : {});
  const prefixed = (f: Finding): Finding => (f.file !== undefined ? { ...f, file: `${overlayPrefix}${f.file}` } : f);
  integrity.findings = integrity.findings.map(prefixed);
  findings.push(...integrity.findings);
  const analysisMs = Math.round(deps.clock() - t0);

  const driftFindings = drift.rows.map((r) =>
    finding(ROW_SEVERITY[r.class], `drift-${r.class}`, `${r.package}: ${r.detail} ${r.action}`, {
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
    acceptKeywords: visibility.acceptKeywords as string[],
    timings: { syncMs, analysisMs },
    fatal,
  };
}

