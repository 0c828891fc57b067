/**
 * The crate license audit as one use case: from a request (plain data: which lockfiles, which base, which
 * policy, where licenses come from) and its ports (processes, file reads, the base revision, the report
 * writer) to a report (plain data). The action only reads inputs into the request and renders the report.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sortFindings, type Finding, pushAll } from '../finding.js';
import { ConfigurationError, type RunCommand } from '../io.js';
import { LockfileError, parseLockfile, parseLockfileOrThrow, type Lockfile } from './lockfile.js';
import { auditCrates, type AuditReport, type FailOn } from './audit.js';
import { collectLicenses, licensesFromMetadata, packageLicenseKey, scrubbedEnv, wantedCrates, wantedOptions, type LicenseInfo } from './license-sources.js';
import { compilePolicy, EMPTY_POLICY, mergePolicy, parsePolicy, PolicyError, type Policy } from './policy.js';
import { loadGentooLicenseData, type GentooLicenseData } from './license-groups.js';
import { gentooEbuildVars, type GentooOutput } from './gentoo.js';
import { cargoFindings } from './findings.js';
import { jsonLines } from '../json-lines.js';

/** The report's arrays that grow with the lock: one element per line in report.json. */
export const REPORT_LINE_KEYS = ['crates', 'workspaceMembers', 'deniedGraph', 'findings'] as const;

// What the action needs besides the use case: the input checks that are cargo knowledge, and the types.
export { failOnInput, FAIL_ON_VALUES, problemRows, type AuditReport, type CrateRow, type FailOn, type UpdateRow } from './audit.js';
export { findLockfile, isPlainRevision, licenseSourcesInput } from './audit-inputs.js';
import { isPlainRevision } from './audit-inputs.js';
export {
  auditCounts,
  commentAction,
  COMMENT_MODES,
  copiesWithDependents,
  crateNotes,
  deniedGraph,
  lockChanged,
  policyNotes,
  queryAnswers,
  shortPath,
  updateClassCounts,
  updatesForReview,
  wantsComment,
  warnedOnly,
  type CommentMode,
} from './audit-view.js';
export type { Verdict } from './policy.js';
import type { Verdict } from './policy.js';

export interface LicenseAuditRequest {
  /** Directory the other paths are relative to (the checkout). */
  workspace: string;
  /** Absolute path of Cargo.toml (for `license-sources: cargo`). */
  manifestPath: string;
  /** Absolute path of the head Cargo.lock. */
  lockfile: string;
  /** The lockfile as findings name it (relative to the workspace, `/`-separated). */
  lockfileDisplay: string;
  /** Revision the base lockfile is read at (through `readAtBase`). */
  baseRef?: string;
  /** Where baseRef came from, for messages. */
  baseRefFrom?: 'input' | 'pull-request';
  /** Absolute path of an explicit base lockfile (wins over baseRef). */
  baseLockfile?: string;
  baseLockfileDisplay?: string;
  policyFile?: string;
  policyDisplay?: string;
  /**
   * A pull request's base commit: the policy file is read there (through `readAtBase`), because the checkout
   * is the pull request's and a pull request must not judge itself. The checkout's policy, when it differs,
   * is only evaluated to say what it would change. Undefined: the policy is read from the checkout.
   */
  policyRev?: string;
  /**
   * The pull request's base commit (from the event). What the checkout declares about crates is compared with
   * it: path crates the pull request adds are judged, and a license read from a file the pull request added or
   * changed cannot vouch for a registry crate.
   */
  pullRequestBase?: string;
  /** Inline policy entries, merged over the policy file. */
  allow: string[];
  deny: string[];
  /** `cargo`, cargo-metadata JSON files, crate directories (see collectLicenses). */
  licenseSources: string[];
  /** ::gentoo, then overlays: license groups and the SPDX mapping. */
  gentooTrees: string[];
  /** Crates to answer "who depends on this" for. */
  query: string[];
  failOn: FailOn[];
  /** Whether Gentoo CRATES=/LICENSE= findings count (the text is always computed). */
  gentooOutput: boolean;
  /** Where to write the report as JSON (through `writeFileAtomic`); none when absent. */
  reportPath?: string;
}

/** A workspace file at the base revision. */
export type FileAtBase =
  | { status: 'found'; text: string; from: string }
  /** The revision exists but has no such file: every crate is new. */
  | { status: 'absent'; from: string }
  /** Neither the revision nor a fetch of it worked; the audit runs without a comparison. */
  | { status: 'unavailable'; reason: string };

export interface LicenseAuditPorts {
  /** Runs cargo (`license-sources: cargo`) and, by default, git: argument arrays only. */
  run: RunCommand;
  /** Progress for the log. */
  info: (message: string) => void;
  /** Reads a file the request names (lockfiles, policy); rejects with the errno code. Default: node:fs. */
  readText?: (file: string) => Promise<string>;
  /**
   * A workspace file (relative, `/`-separated) as it is at `rev` (default `request.baseRef`). Default: `git
   * show` in the workspace through `run`, with no action input or token in git's environment (gitFileAtBase).
   */
  readAtBase?: (file: string, rev?: string) => Promise<FileAtBase>;
  /**
   * An empty directory outside the checkout, owned by this run, for `license-sources: cargo` (cargo's working
   * directory and CARGO_HOME: see runCargoMetadata).
   */
  scratchDir?: () => Promise<string>;
  /** Writes `request.reportPath` whole or not at all: a text, or pieces written one after another. */
  writeFileAtomic?: (file: string, text: string | Iterable<string>) => Promise<void>;
}

export interface LicenseAuditReport {
  audit: AuditReport;
  head: Lockfile;
  /** Read only to be compared (`dependencies: false`): its packages' `dependencies` are empty, not resolved. */
  base?: Lockfile;
  /** How the base lockfile was obtained (or why there is none). */
  baseNote: string;
  gentoo: GentooOutput;
  /** The pull request changes the policy file: it was judged with the base's, and this is what the new one would do. */
  policyChange?: PolicyChange;
  /** Everything to annotate: lockfile problems, license sources, Gentoo output, the audit's own findings. */
  findings: Finding[];
}

export async function licenseAudit(req: LicenseAuditRequest, ports: LicenseAuditPorts): Promise<LicenseAuditReport> {
  const readText = async (file: string, what: string) => {
    try {
      return await (ports.readText ?? defaultReadText)(file);
    } catch (e) {
      throw new ConfigurationError(`cannot read ${what} '${file}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  };
  const findings: Finding[] = [];
  const head = parseLockfileOrThrow(await readText(req.lockfile, 'lockfile'), { file: req.lockfileDisplay });
  pushAll(findings, head.findings);
  const base = await readBase(req, ports, findings);
  if (base.lock) ports.info(`base lockfile: ${base.note} (${base.lock.packages.length} packages)`);
  else ports.info(base.note);

  const policies = await readPolicies(req, ports, readText);
  const inline = (p: Policy) => (req.allow.length || req.deny.length ? mergePolicy(p, { allow: req.allow, deny: req.deny }) : p);
  const policy = inline(policies.judged);
  let gentooData: GentooLicenseData | undefined;
  if (req.gentooTrees.length) {
    gentooData = await loadGentooLicenseData(req.gentooTrees, gentooReader(req, ports));
    pushAll(findings, gentooData.findings);
    ports.info(`Gentoo license data: ${gentooData.files.join(', ') || 'none found'}`);
  }
  const ctx = compilePolicy(policy, gentooData);

  const sources = await collectLicenses(req.licenseSources, {
    workspace: req.workspace,
    manifestPath: req.manifestPath,
    run: ports.run,
    ...(ports.scratchDir ? { scratch: ports.scratchDir } : {}),
    ...wantedOptions(wantedCrates([...head.packages, ...(base.lock?.packages ?? [])])),
  });
  pushAll(findings, sources.findings);
  ports.info(`licenses of ${new Set(sources.licenses.values()).size} crates read from ${sources.read.join(', ') || 'no source'}`);

  const declared =
    req.pullRequestBase !== undefined && base.lock
      ? await declaredByPullRequest({ workspace: req.workspace, rev: req.pullRequestBase, head, base: base.lock, licenses: sources.licenses }, ports)
      : undefined;
  if (declared) pushAll(findings, declared.findings);
  const judging = declared ? { judgePaths: declared.judgePaths, declaredByPr: declared.declaredByPr } : {};
  const audit = auditCrates({
    head,
    ...(base.lock ? { base: base.lock } : {}),
    licenses: sources.licenses,
    policy: ctx,
    failOn: req.failOn,
    query: req.query,
    ...judging,
  });
  pushAll(findings, audit.findings);

  let policyChange: PolicyChange | undefined;
  if (policies.change) {
    policyChange = comparePolicies(policies.change, audit, () => {
      const headPolicy = inline(policies.change!.head!);
      return auditCrates({ head, ...(base.lock ? { base: base.lock } : {}), licenses: sources.licenses, policy: compilePolicy(headPolicy, gentooData), failOn: req.failOn, query: [], ...judging });
    });
    findings.push(cargoFindings.make('policy-changed-by-pr', policyChangeSentence(policyChange), { file: policyChange.file, hint: 'the base commit\'s policy applies until the change is merged; a maintainer may set policy-from: head for a pull request from this repository' }));
  }

  const gentoo = gentooEbuildVars({
    lock: head,
    licenses: sources.licenses,
    mapping: gentooData?.mapping ?? { file: 'metadata/license-mapping.conf', entries: new Map() },
    clarify: policy.clarify,
  });
  if (req.gentooOutput) {
    pushAll(findings, gentoo.findings);
    if (!gentooData) {
      findings.push(cargoFindings.make('gentoo-tree-missing', 'gentoo-output without gentoo-tree: LICENSE+= cannot map SPDX ids to Gentoo names', { hint: 'give a ::gentoo checkout as gentoo-tree' }));
    }
  }
  if (req.reportPath !== undefined) {
    if (!ports.writeFileAtomic) throw new Error('licenseAudit: reportPath needs the writeFileAtomic port');
    // One crate (finding, workspace member, graph edge) per line: a 100,000-crate report is not first built as
    // one pretty-printed string of ~70 million characters.
    await ports.writeFileAtomic(req.reportPath, jsonLines(audit as unknown as Record<string, unknown>, REPORT_LINE_KEYS));
  }
  return {
    audit,
    head,
    ...(base.lock ? { base: base.lock } : {}),
    baseNote: base.note,
    gentoo,
    ...(policyChange ? { policyChange } : {}),
    findings: sortFindings(findings),
  };
}

/**
 * The head lockfile or the policy cannot be used at all (a merge conflict, a newer format, a misspelt key):
 * what it is and the findings that point at the line; undefined for any other error.
 */
export function unusableInput(e: unknown): { what: string; findings: Finding[] } | undefined {
  if (e instanceof LockfileError) return { what: 'the lockfile', findings: [e.finding] };
  if (e instanceof PolicyError) return { what: 'the license policy', findings: e.findings };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The policy of a pull request: the base commit's

/** What a pull request does to the policy file, and what its version would decide. */
export interface PolicyChange {
  /** The policy file as the request names it (workspace-relative). */
  file: string;
  /** The base commit whose policy judged the pull request. */
  baseRev: string;
  change: 'changed' | 'added' | 'deleted';
  /** The verdict with the pull request's policy, and every crate whose verdict it changes; absent when unusable. */
  wouldBe?: { verdict: 'pass' | 'fail'; failedBecause: string[]; judged: 'pass' | 'fail'; crates: { name: string; version: string; now: Verdict; wouldBe: Verdict }[] };
  /** Why the pull request's policy cannot be used (its first problem). */
  unusable?: string;
}

interface ReadPolicies {
  /** The policy the verdict is made with (before the inline allow/deny). */
  judged: Policy;
  /** The pull request changes the policy file: its version (undefined when deleted or unusable). */
  change?: Omit<PolicyChange, 'wouldBe'> & { head?: Policy };
}

async function readPolicies(req: LicenseAuditRequest, ports: LicenseAuditPorts, readText: (file: string, what: string) => Promise<string>): Promise<ReadPolicies> {
  if (req.policyFile === undefined) return { judged: EMPTY_POLICY };
  const display = req.policyDisplay ?? req.policyFile;
  if (req.policyRev === undefined) return { judged: parsePolicy(await readText(req.policyFile, 'policy'), display) };

  const rev = req.policyRev;
  const rel = path.relative(req.workspace, req.policyFile).split(path.sep).join('/');
  const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev, env: scrubbedEnv(process.env) });
  const atBase = await readAtBase(rel, rev);
  if (atBase.status === 'unavailable') {
    // Never fall back to the checkout's policy: that is the pull request's.
    throw new ConfigurationError(
      `input 'policy': a pull request is judged with the license policy of its base commit, and '${rel}' cannot be read at ${rev}: ${atBase.reason}`,
    );
  }
  const headText = await (ports.readText ?? defaultReadText)(req.policyFile).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new ConfigurationError(`cannot read policy '${req.policyFile}': ${e.code ?? String(e)}`);
  });
  if (atBase.status === 'absent') {
    if (headText === undefined) throw new ConfigurationError(`cannot read policy '${req.policyFile}': ENOENT (nor is it in the base commit ${rev})`);
    return { judged: EMPTY_POLICY, change: { file: display, baseRev: rev, change: 'added', ...headPolicy(headText, display) } };
  }
  // The base's own policy problems are located in the base's text, not at the pull request's lines.
  const judged = parsePolicy(atBase.text, `${rev.slice(0, 12)}:${display}`);
  if (headText === atBase.text) return { judged };
  if (headText === undefined) return { judged, change: { file: display, baseRev: rev, change: 'deleted', head: EMPTY_POLICY } };
  return { judged, change: { file: display, baseRev: rev, change: 'changed', ...headPolicy(headText, display) } };
}

function headPolicy(text: string, display: string): { head?: Policy; unusable?: string } {
  try {
    return { head: parsePolicy(text, display) };
  } catch (e) {
    if (e instanceof PolicyError) return { unusable: e.findings.map((f) => `${f.file ?? display}${f.line ? `:${f.line}` : ''}: ${f.message}`)[0] ?? e.message };
    throw e;
  }
}

/**
 * On a pull request, a Gentoo tree inside the checkout is the pull request's: its license groups say what
 * `@FREE` means, so they are policy, read at the base commit like the policy file. Trees outside the checkout,
 * or in a repository of their own inside it (the reusable workflow checks ::gentoo out under the workspace;
 * a pull request cannot commit a `.git`), are read as they are.
 */
function gentooReader(req: LicenseAuditRequest, ports: LicenseAuditPorts): ((file: string) => Promise<string | undefined>) | undefined {
  const rev = req.policyRev;
  if (rev === undefined) return undefined;
  const root = path.resolve(req.workspace);
  const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev, env: scrubbedEnv(process.env) });
  const ownRepository = (file: string) => {
    for (let dir = path.dirname(path.resolve(file)); dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, '.git'))) return true;
    }
    return false;
  };
  return async (file) => {
    const rel = path.relative(root, path.resolve(file));
    if (rel.startsWith('..') || path.isAbsolute(rel) || ownRepository(file)) return (ports.readText ?? defaultReadText)(file).catch(() => undefined);
    const r = await readAtBase(rel.split(path.sep).join('/'), rev);
    if (r.status === 'found') return r.text;
    if (r.status === 'absent') return undefined;
    throw new ConfigurationError(`input 'gentoo-tree': '${rel}' is inside the pull request's checkout, so it is read at the base commit ${rev}, and it cannot be: ${r.reason}`);
  };
}

/** What the pull request's policy would change: the verdict and every crate whose verdict differs. */
function comparePolicies(change: NonNullable<ReadPolicies['change']>, judged: AuditReport, auditWithHead: () => AuditReport): PolicyChange {
  const { head: _head, ...out } = change;
  if (change.head === undefined) return out;
  let other: AuditReport;
  try {
    other = auditWithHead();
  } catch (e) {
    // A policy that parses can still be unusable (a @GROUP without a gentoo-tree).
    if (e instanceof PolicyError) return { ...out, unusable: e.findings[0]?.message ?? e.message };
    throw e;
  }
  const now = new Map(judged.crates.map((c) => [c.id, c.verdict]));
  const crates = other.crates
    .filter((c) => now.get(c.id) !== undefined && now.get(c.id) !== c.verdict)
    .map((c) => ({ name: c.name, version: c.version, now: now.get(c.id)!, wouldBe: c.verdict }));
  return { ...out, wouldBe: { verdict: other.verdict, failedBecause: other.failedBecause, judged: judged.verdict, crates } };
}

/**
 * One sentence for the comment, the summary and the annotation. `text` escapes what came from the lockfile
 * (crate names and versions) for where the sentence goes.
 */
export function policyChangeSentence(c: PolicyChange, options: { maxCrates?: number; text?: (s: string) => string } = {}): string {
  const maxCrates = options.maxCrates ?? 10;
  const text = options.text ?? ((s: string) => s);
  const rev = c.baseRev.slice(0, 12);
  const what =
    c.change === 'added'
      ? `this pull request adds the license policy \`${c.file}\`: it was judged without it (the base commit ${rev} has none)`
      : c.change === 'deleted'
        ? `this pull request deletes the license policy \`${c.file}\`: it was judged with the base commit's policy (${rev})`
        : `this pull request changes the license policy \`${c.file}\`: it was judged with the base commit's policy (${rev})`;
  if (c.unusable !== undefined) return `${what}; the new policy cannot be used: ${c.unusable}`;
  if (!c.wouldBe) return what;
  const newOne = c.change === 'deleted' ? 'without a policy file' : 'the new policy';
  const verdict =
    (c.wouldBe.verdict === 'pass' ? 'pass' : `fail (${c.wouldBe.failedBecause.join(', ')})`) +
    (c.wouldBe.verdict !== c.wouldBe.judged ? ` instead of ${c.wouldBe.judged === 'pass' ? 'passing' : 'failing'}` : '');
  const list = c.wouldBe.crates.slice(0, maxCrates).map((x) => `${text(x.name)} ${text(x.version)} ${x.now} → ${x.wouldBe}`);
  const more = c.wouldBe.crates.length > maxCrates ? ` and ${c.wouldBe.crates.length - maxCrates} more` : '';
  const crates = list.length ? `, and change ${list.join(', ')}${more}` : ', and change no crate\'s verdict';
  return `${what}; ${newOne} would ${verdict}${crates}`;
}

// ---------------------------------------------------------------------------------------------------------
// What the pull request declares itself

interface Declared {
  /** Path packages the pull request adds: judged like dependencies. */
  judgePaths: Set<string>;
  /** `name@version` -> the workspace-relative file the pull request wrote that gave the crate its license. */
  declaredByPr: Map<string, string>;
  findings: Finding[];
}

/**
 * Which licenses the pull request itself declares. A path crate (no `source` in Cargo.lock: vendored by path,
 * a `[patch]` by path, or a new workspace member) that the base lock does not have is judged like a
 * dependency, with a notice. A registry or git crate whose license was read from a file inside the checkout
 * (a `vendor/` directory, a `.crate`, a cargo-metadata JSON) that the base commit does not have as it is now
 * cannot vouch for itself: the audit names the file and does not allow it on that word alone.
 */
async function declaredByPullRequest(
  w: { workspace: string; rev: string; head: Lockfile; base: Lockfile; licenses: ReadonlyMap<string, LicenseInfo> },
  ports: LicenseAuditPorts,
): Promise<Declared> {
  const out: Declared = { judgePaths: new Set(), declaredByPr: new Map(), findings: [] };
  // By name: a workspace member whose version the pull request bumps is not a new crate.
  const inBase = new Set(w.base.packages.filter((p) => p.source === undefined).map((p) => p.name));
  const gitOptions = { cwd: w.workspace, rev: w.rev, env: scrubbedEnv(process.env) };
  const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, gitOptions);
  const readHead = ports.readText ?? defaultReadText;
  const root = path.resolve(w.workspace);
  const inside = (file: string) => {
    const rel = path.relative(root, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  // With git itself (no readAtBase given), every file's state at once, in three git processes.
  let known: Map<string, 'same' | 'added' | 'changed'> | undefined;
  // One failed read of the base (no commit, no fetch) says it for every file: no further git calls.
  let baseUnreadable = false;
  if (!ports.readAtBase) {
    const wanted = new Set<string>();
    for (const p of w.head.packages) {
      const file = p.source === undefined ? undefined : w.licenses.get(packageLicenseKey(p))?.file;
      if (file !== undefined && inside(file)) wanted.add(file);
    }
    const states = wanted.size > 1 ? await filesChangedSince(ports.run, gitOptions, [...wanted]) : undefined;
    if (states instanceof Map) known = states;
    else if (states !== undefined) baseUnreadable = true;
  }
  // Each file is read at the base and in the checkout once, and a cargo-metadata JSON's base entries parsed once:
  // per crate, a metadata JSON of 1,000 crates was read and parsed again 1,000 times (41 s with real git).
  type FileState = { state: 'same' | 'added' | 'changed' } | { state: 'json'; base: ReadonlyMap<string, LicenseInfo> };
  const files = new Map<string, Promise<FileState>>();
  const fileState = (file: string): Promise<FileState> => {
    const rel = path.relative(root, file).split(path.sep).join('/');
    let p = files.get(rel);
    if (!p) {
      p = (async (): Promise<FileState> => {
        if (baseUnreadable) return { state: 'changed' };
        const state = known?.get(file);
        if (state !== undefined && (state !== 'changed' || !file.endsWith('.json'))) return { state };
        const [then, now] = await Promise.all([readAtBase(rel, w.rev), readHead(file).catch(() => undefined)]);
        if (then.status === 'absent') return { state: 'added' };
        if (then.status !== 'found') {
          baseUnreadable = true;
          return { state: 'changed' };
        }
        if (then.text === now) return { state: 'same' };
        if (!file.endsWith('.json')) return { state: 'changed' };
        // A cargo-metadata JSON: only each crate's own entry matters.
        return { state: 'json', base: licensesFromMetadata(then.text, rel).licenses };
      })();
      files.set(rel, p);
    }
    return p;
  };
  const compare = async (file: string, key: string): Promise<'same' | 'added' | 'changed'> => {
    const f = await fileState(file);
    if (f.state !== 'json') return f.state;
    const was = f.base.get(key);
    const is = w.licenses.get(key);
    return was && is && was.license === is.license && was.licenseFile === is.licenseFile ? 'same' : 'changed';
  };
  for (const p of w.head.packages) {
    const key = packageLicenseKey(p);
    const info = w.licenses.get(key);
    const license = info?.license !== undefined ? `\`${info.license}\`` : info?.licenseFile !== undefined ? `license-file ${info.licenseFile}` : 'none';
    if (p.source === undefined) {
      if (inBase.has(p.name)) continue;
      out.judgePaths.add(p.id);
      out.findings.push(
        cargoFindings.make('license-declared-by-pr', `${p.name} ${p.version} is a path crate this pull request adds: its license (${license}) is declared by the pull request's own files; judged as declared`, {
          file: w.head.file,
          line: p.line,
          severity: 'notice',
        }),
      );
      continue;
    }
    if (!info?.file || !inside(info.file)) continue;
    const state = await compare(info.file, key);
    if (state === 'same') continue;
    const rel = path.relative(root, info.file).split(path.sep).join('/');
    out.declaredByPr.set(key, rel);
    out.findings.push(
      cargoFindings.make(
        'license-declared-by-pr',
        `${p.name} ${p.version}: its license (${license}) is read from ${rel}, which this pull request ${state === 'added' ? 'adds' : 'changes'}; a pull request cannot vouch for a ${p.sourceKind === 'git' ? 'git' : 'registry'} crate's license`,
        { file: w.head.file, line: p.line, hint: "read registry crates' licenses with license-sources: cargo, or settle it with a clarify entry in the base policy" },
      ),
    );
  }
  return out;
}

function defaultReadText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

function emptyLock(file: string): Lockfile {
  return parseLockfileOrThrow('version = 4\n', { file });
}

async function readBase(req: LicenseAuditRequest, ports: LicenseAuditPorts, findings: Finding[]): Promise<{ lock?: Lockfile; note: string }> {
  if (req.baseLockfile !== undefined) {
    const display = req.baseLockfileDisplay ?? req.baseLockfile;
    const text = await (ports.readText ?? defaultReadText)(req.baseLockfile).catch(() => undefined);
    if (text === undefined) {
      findings.push(
        cargoFindings.make('base-lockfile-missing', `base lockfile '${display}' does not exist: every crate counts as added`, {
          hint: 'correct base-lockfile if the pull request does not introduce Cargo.lock',
        }),
      );
      return { lock: emptyLock(display), note: `${display} does not exist (the lockfile is new)` };
    }
    return { lock: parseBase(text, display, findings), note: display };
  }
  if (req.baseRef === undefined) return { note: 'no base: not a pull request, and neither base-ref nor base-lockfile was given' };
  const rel = path.relative(req.workspace, req.lockfile).split(path.sep).join('/');
  // git gets no action inputs or tokens (the fetch uses the checkout's own credentials, if any).
  const readAtBase = ports.readAtBase ?? gitFileAtBase(ports.run, { cwd: req.workspace, rev: req.baseRef, env: scrubbedEnv(process.env) });
  const r = await readAtBase(rel);
  if (r.status === 'found') return { lock: parseBase(r.text, `${req.baseRef.slice(0, 12)}:${rel}`, findings), note: r.from };
  if (r.status === 'absent') return { lock: emptyLock(`${req.baseRef.slice(0, 12)}:${rel}`), note: `${rel} does not exist at ${req.baseRef} (the lockfile is new)` };
  const what = req.baseRefFrom === 'input' ? `input 'base-ref' ('${req.baseRef}'): no comparison with the base` : "no comparison with the pull request's base commit";
  findings.push(cargoFindings.make('base-lockfile-unavailable', `${what}: ${r.reason}`, { file: req.lockfileDisplay }));
  return { note: r.reason };
}

function parseBase(text: string, display: string, findings: Finding[]): Lockfile | undefined {
  // Read only to be compared: its dependency lists are not resolved (and nothing it says about them is reported).
  const r = parseLockfile(text, { file: display, dependencies: false });
  if (r.ok) return r.lock;
  // A broken base must not block reviewing the head: say so and audit without the comparison.
  findings.push({ ...r.error, severity: 'warning', message: `base lockfile unusable, no comparison: ${r.error.message}` });
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The base revision through git


/** The readAtBase port through git: every file read at `rev` in the checkout `cwd` (see readFileAtRef). */
export function gitFileAtBase(
  run: RunCommand,
  options: { cwd: string; rev: string; remote?: string; timeoutMs?: number; env?: Record<string, string | undefined> },
): (file: string, rev?: string) => Promise<FileAtBase> {
  return (file, rev) => readFileAtRef(run, { ...options, ...(rev !== undefined ? { rev } : {}), path: file });
}

const MISSING_PATH = /does not exist in|exists on disk, but not in|path '.*' does not exist/i;

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

/**
 * A file at a revision: `git show <rev>:./<path>` in the checkout (argument arrays only). A shallow checkout
 * (actions/checkout's default depth 1) lacks the base commit: fetch just that commit once and try again. A
 * file that does not exist at the revision is `absent` (the pull request introduces it).
 */
export async function readFileAtRef(
  run: RunCommand,
  options: { cwd: string; rev: string; path: string; remote?: string; timeoutMs?: number; env?: Record<string, string | undefined> },
): Promise<FileAtBase> {
  const rel = options.path.replace(/^\.\//, '');
  const from = `git show ${options.rev}:./${rel}`;
  const git = gitIn(run, options);
  const at = await commitAt(git, options);
  if ('unavailable' in at) return { status: 'unavailable', reason: at.unavailable };
  const r = await git(['show', `${at.commit}:./${rel}`]);
  const where = at.fetched ? `${from} (after fetching ${options.rev})` : from;
  if (r.code === 0) return { status: 'found', text: r.stdout, from: where };
  if (MISSING_PATH.test(r.stderr)) return { status: 'absent', from: where };
  return { status: 'unavailable', reason: `${where} failed: ${firstLine(r.stderr) || `exit ${r.code}`}` };
}

type GitOptions = { cwd: string; rev: string; remote?: string; timeoutMs?: number; env?: Record<string, string | undefined> };

function gitIn(run: RunCommand, options: GitOptions): (args: string[], input?: string) => ReturnType<RunCommand> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return (args, input) =>
    run('git', args, { cwd: options.cwd, timeoutMs, maxBuffer: 256 * 1024 * 1024, ...(options.env ? { env: options.env } : {}), ...(input !== undefined ? { input } : {}) });
}

/**
 * The commit to read `options.rev` at. A shallow checkout (actions/checkout's default depth 1) lacks the base
 * commit: fetch just that commit.
 */
async function commitAt(git: ReturnType<typeof gitIn>, options: GitOptions): Promise<{ commit: string; fetched: boolean } | { unavailable: string }> {
  // `git show <missing-commit>:<path>` says "path does not exist", so check the commit exists first.
  const hasCommit = async (rev: string) => (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).code === 0;
  if (await hasCommit(options.rev)) return { commit: options.rev, fetched: false };
  const top = await git(['rev-parse', '--git-dir']);
  if (top.code !== 0) return { unavailable: `${options.cwd} is not a git checkout (${firstLine(top.stderr) || `exit ${top.code}`}); pass base-lockfile instead` };
  // Shallow checkout: fetch only the base commit (GitHub serves any reachable commit by SHA).
  const remote = options.remote ?? 'origin';
  const f = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, options.rev]);
  if (f.code !== 0 || !(await hasCommit('FETCH_HEAD'))) {
    return {
      unavailable: `${options.rev} is not in the checkout and \`git fetch ${remote} ${options.rev}\` failed (${firstLine(f.stderr) || `exit ${f.code}`}); use fetch-depth: 0 or pass base-lockfile`,
    };
  }
  return { commit: 'FETCH_HEAD', fetched: true };
}

/**
 * Which of `files` (absolute, inside the checkout `cwd`) the checkout has as they are at `rev`: `same` (the same
 * bytes), `added` (not at `rev`) or `changed`. Three git processes in all, whatever the number of files: the
 * tree at `rev` (`ls-tree`) against the checkout's files hashed as git would store them, unfiltered
 * (`hash-object --no-filters`). Reading each file with `git show` took two processes a file: a vendor/ of 1,000
 * crates, 34 s. Undefined when git cannot answer that way (a file the checkout lacks, a name with a newline):
 * read each file instead.
 */
export async function filesChangedSince(
  run: RunCommand,
  options: GitOptions,
  files: readonly string[],
): Promise<Map<string, 'same' | 'added' | 'changed'> | { unavailable: string } | undefined> {
  const git = gitIn(run, options);
  const at = await commitAt(git, options);
  if ('unavailable' in at) return at;
  const root = path.resolve(options.cwd);
  const rels = files.map((f) => path.relative(root, f).split(path.sep).join('/'));
  if (rels.some((r) => r === '' || r.startsWith('../') || path.isAbsolute(r)) || files.some((f) => /[\n\r]/.test(f))) return undefined;
  // paths relative to `cwd`, as `git show <rev>:./<path>` reads them
  const tree = await git(['ls-tree', '-r', '-z', at.commit]);
  if (tree.code !== 0) return undefined;
  const blobAtRev = new Map<string, string>();
  for (const entry of tree.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && id !== undefined) blobAtRev.set(entry.slice(tab + 1), id);
  }
  const out = new Map<string, 'same' | 'added' | 'changed'>();
  const toHash: number[] = [];
  rels.forEach((rel, i) => {
    if (blobAtRev.has(rel)) toHash.push(i);
    else out.set(files[i]!, 'added');
  });
  if (toHash.length) {
    const hashed = await git(['hash-object', '--no-filters', '--stdin-paths'], toHash.map((i) => `${files[i]!}\n`).join(''));
    const ids = hashed.stdout.split('\n');
    if (hashed.code !== 0 || ids.length < toHash.length) return undefined;
    toHash.forEach((i, k) => out.set(files[i]!, ids[k] === blobAtRev.get(rels[i]!) ? 'same' : 'changed'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Where cargo keeps the lockfile

