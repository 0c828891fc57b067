/**
 * crate-license-audit without the runner: read the locks (the base one from git or a file), the policy, the
 * Gentoo data and the crate licenses, then audit and render. main.ts only wires inputs and outputs around it,
 * so tests can drive every branch here with fakes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { finding, SEVERITY_RANK, sortFindings, type Finding } from '../../shared/finding.js';
import { ConfigurationError, type RunCommand } from '../../shared/io.js';
import { parseLockfile, parseLockfileOrThrow, type Lockfile } from '../../shared/cargo/lockfile.js';
import { auditCrates, type AuditReport } from '../../shared/cargo/audit.js';
import { collectLicenses, scrubbedEnv } from '../../shared/cargo/license-sources.js';
import { compilePolicy, EMPTY_POLICY, mergePolicy, parsePolicy, type Policy } from '../../shared/cargo/policy.js';
import { loadGentooLicenseData, type GentooLicenseData } from '../../shared/cargo/license-groups.js';
import { gentooEbuildVars, type GentooOutput } from '../../shared/cargo/gentoo.js';
import { renderComment, renderSummary } from '../../shared/cargo/report.js';
import { readBaseLockfileAtRef } from './base-lock.js';
import type { AuditInputs, CommentMode } from './inputs.js';
import { markerComment, upsertComment, type GitHub, type RepoRef } from '../../shared/toolkit/github.js';

export interface RunDeps {
  run: RunCommand;
  info: (message: string) => void;
}

export interface AuditOutcome {
  report: AuditReport;
  head: Lockfile;
  base?: Lockfile;
  /** How the base lockfile was obtained (or why there is none). */
  baseNote: string;
  gentoo: GentooOutput;
  /** Everything to annotate: lockfile problems, license sources, Gentoo output, the audit's own findings. */
  findings: Finding[];
  comment: string;
  summary: string;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigurationError(`cannot read ${what} '${file}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function emptyLock(file: string): Lockfile {
  return parseLockfileOrThrow('version = 4\n', { file });
}

async function readBase(inputs: AuditInputs, deps: RunDeps, findings: Finding[]): Promise<{ lock?: Lockfile; note: string }> {
  if (inputs.baseLockfile !== undefined) {
    const display = inputs.baseLockfileDisplay ?? inputs.baseLockfile;
    const text = await readFile(inputs.baseLockfile, 'utf8').catch(() => undefined);
    if (text === undefined) {
      findings.push(
        finding('warning', 'base-lockfile-missing', `base lockfile '${display}' does not exist: every crate counts as added`, {
          hint: 'correct base-lockfile if the pull request does not introduce Cargo.lock',
        }),
      );
      return { lock: emptyLock(display), note: `${display} does not exist (the lockfile is new)` };
    }
    return { lock: parseBase(text, display, findings), note: display };
  }
  if (inputs.baseRef !== undefined) {
    const rel = path.relative(inputs.workspace, inputs.lockfile).split(path.sep).join('/');
    // git gets no action inputs or tokens (the fetch uses the checkout's own credentials, if any).
    const r = await readBaseLockfileAtRef(deps.run, { cwd: inputs.workspace, rev: inputs.baseRef, path: rel, env: scrubbedEnv(process.env) });
    if (r.status === 'found') return { lock: parseBase(r.text, `${inputs.baseRef.slice(0, 12)}:${rel}`, findings), note: r.from };
    if (r.status === 'absent') return { lock: emptyLock(`${inputs.baseRef.slice(0, 12)}:${rel}`), note: `${rel} does not exist at ${inputs.baseRef} (the lockfile is new)` };
    const what = inputs.baseRefFrom === 'input' ? `input 'base-ref' ('${inputs.baseRef}'): no comparison with the base` : "no comparison with the pull request's base commit";
    findings.push(finding('warning', 'base-lockfile-unavailable', `${what}: ${r.reason}`, { file: inputs.lockfileDisplay }));
    return { note: r.reason };
  }
  return { note: 'no base: not a pull request, and neither base-ref nor base-lockfile was given' };
}

function parseBase(text: string, display: string, findings: Finding[]): Lockfile | undefined {
  const r = parseLockfile(text, { file: display });
  if (r.ok) return r.lock;
  // A broken base must not block reviewing the head: say so and audit without the comparison.
  findings.push({ ...r.error, severity: 'warning', message: `base lockfile unusable, no comparison: ${r.error.message}` });
  return undefined;
}

async function readPolicy(inputs: AuditInputs): Promise<Policy> {
  let policy: Policy = EMPTY_POLICY;
  if (inputs.policyFile !== undefined) {
    const display = inputs.policyDisplay ?? inputs.policyFile;
    policy = parsePolicy(await readText(inputs.policyFile, 'policy'), display);
  }
  if (inputs.allow.length || inputs.deny.length) policy = mergePolicy(policy, { allow: inputs.allow, deny: inputs.deny });
  return policy;
}

export async function runAudit(inputs: AuditInputs, deps: RunDeps): Promise<AuditOutcome> {
  const findings: Finding[] = [];
  const head = parseLockfileOrThrow(await readText(inputs.lockfile, 'lockfile'), { file: inputs.lockfileDisplay });
  findings.push(...head.findings);
  const base = await readBase(inputs, deps, findings);
  if (base.lock) deps.info(`base lockfile: ${base.note} (${base.lock.packages.length} packages)`);
  else deps.info(base.note);

  const policy = await readPolicy(inputs);
  let gentooData: GentooLicenseData | undefined;
  if (inputs.gentooTrees.length) {
    gentooData = await loadGentooLicenseData(inputs.gentooTrees);
    findings.push(...gentooData.findings);
    deps.info(`Gentoo license data: ${gentooData.files.join(', ') || 'none found'}`);
  }
  const ctx = compilePolicy(policy, gentooData);

  const sources = await collectLicenses(inputs.licenseSources, {
    workspace: inputs.workspace,
    manifestPath: inputs.manifestPath,
    run: deps.run,
  });
  findings.push(...sources.findings);
  deps.info(`licenses of ${sources.licenses.size} crates read from ${sources.read.join(', ') || 'no source'}`);

  const report = auditCrates({
    head,
    ...(base.lock ? { base: base.lock } : {}),
    licenses: sources.licenses,
    policy: ctx,
    failOn: inputs.failOn,
    query: inputs.query,
  });
  findings.push(...report.findings);

  const gentoo = gentooEbuildVars({
    lock: head,
    licenses: sources.licenses,
    mapping: gentooData?.mapping ?? { file: 'metadata/license-mapping.conf', entries: new Map() },
    clarify: policy.clarify,
  });
  if (inputs.gentooOutput) {
    findings.push(...gentoo.findings);
    if (!gentooData) {
      findings.push(finding('notice', 'gentoo-tree-missing', 'gentoo-output without gentoo-tree: LICENSE+= cannot map SPDX ids to Gentoo names', { hint: 'give a ::gentoo checkout as gentoo-tree' }));
    }
  }

  const comment = renderComment(report);
  let summary = renderSummary(report, { maxLength: 1024 * 1024 - 64 * 1024 });
  const notes: string[] = [];
  if (inputs.embedded) {
    notes.push(
      '> **Embedded demo**: no Cargo.toml or Cargo.lock in the workspace and no lockfile inputs, so this audited the fixture workspace in `fixtures/crate-license-audit/` (see its README). `fail-on` is off and no comment is written unless given.',
    );
  }
  notes.push(`Base: ${base.note}.`);
  summary = `${notes.join('\n\n')}\n\n${summary}`;
  if (inputs.gentooOutput) {
    summary += `\n#### Gentoo ebuild (${gentoo.crateCount} crates)\n\n\`\`\`bash\n${gentoo.text.trim()}\n\`\`\`\n`;
  }
  return {
    report,
    head,
    ...(base.lock ? { base: base.lock } : {}),
    baseNote: base.note,
    gentoo,
    findings: sortFindings(findings),
    comment,
    summary,
  };
}

/**
 * What to do with the sticky comment: `write` it (create or update), only `refresh` one that an earlier run
 * wrote (so a comment about since-reverted changes or a since-fixed failure does not go stale), or `skip`.
 */
export function commentAction(mode: CommentMode, report: AuditReport): 'write' | 'refresh' | 'skip' {
  if (wantsComment(mode, report)) return 'write';
  return mode === 'never' ? 'skip' : 'refresh';
}

/** Whether the sticky comment is written for this report. */
export function wantsComment(mode: CommentMode, report: AuditReport): boolean {
  switch (mode) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'on-failure':
      return report.verdict === 'fail';
    case 'on-change': {
      const d = report.diff;
      if (!d) return false;
      return d.added.length + d.removed.length + d.updated.length + d.checksumChanged.length > 0;
    }
  }
}

/** Short numbers for outputs. */
export function outputCounts(report: AuditReport): { denied: number; unknown: number; added: number; removed: number; updated: number } {
  const t = report.totals;
  return { denied: t.denied, unknown: t.unknown + t.needsReview, added: t.added, removed: t.removed, updated: t.updated };
}

/** One sticky comment per audited lockfile (a monorepo may audit several in one pull request). */
export function commentMarker(lockfileDisplay: string): string {
  return `crate-license-audit:${lockfileDisplay.replace(/[^A-Za-z0-9:._/@-]/g, '-')}`;
}

/** The `limit` most severe findings (stable within a severity), for the annotation budget. */
export function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
}

export type CommentResult = { id: number; status: string; url?: string } | { skipped: string } | { warning: string };

/** Write or refresh the sticky comment; GitHub refusing it is a warning, never a failure. */
export async function stickyComment(
  gh: GitHub,
  target: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
  action: 'write' | 'refresh',
): Promise<CommentResult> {
  if (action === 'refresh') {
    const tag = markerComment(marker);
    let exists: boolean;
    try {
      const comments = await gh.paginate(gh.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
      exists = comments.some((c) => (c.body ?? '').includes(tag));
    } catch (e) {
      return { warning: `could not look for an earlier sticky comment: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!exists) return { skipped: 'nothing to comment on and no earlier comment to refresh' };
  }
  const r = await upsertComment(gh, target, marker, body);
  if (r.status === 'forbidden' || r.status === 'failed') return { warning: `sticky comment not written: ${r.message}. The job summary has the full report.` };
  return { id: r.id, status: r.status, ...(r.url ? { url: r.url } : {}) };
}
