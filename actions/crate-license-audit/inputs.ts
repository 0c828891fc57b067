/** The one typed reader of crate-license-audit's inputs (names exactly as in action.yml). */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { failOnInput, findLockfile, isPlainRevision, licenseSourcesInput } from '../../shared/cargo/audit-inputs.js';
import { COMMENT_MODES, type CommentMode } from '../../shared/cargo/audit-view.js';
import type { LicenseAuditRequest } from '../../shared/cargo/license-audit.js';
import { confinedFile, displayPath as display, InputError, resolveInside, type Inputs } from '../../shared/toolkit/inputs.js';
import { pullRequestOf } from '../../shared/toolkit/event.js';
import { ConfigurationError } from '../../shared/io.js';

export const POLICY_FROM = ['base', 'head'] as const;

/** The audit as the user asked for it: shared/cargo's request (minus the report file, which the action picks) and the PR comment. */
export type AuditInputs = Omit<LicenseAuditRequest, 'reportPath'> & {
  /** No lockfile inputs and nothing to audit in the workspace: the fixtures under fixtures/crate-license-audit. */
  embedded: boolean;
  comment: CommentMode;
  githubToken: string;
  /** Pull request number from the event payload (for the comment). */
  pullRequest?: number;
};

/** Paths of the embedded demo, relative to the repository root. */
export const EMBEDDED = {
  dir: 'fixtures/crate-license-audit',
  workspace: 'fixtures/crate-license-audit/workspace',
  base: 'fixtures/crate-license-audit/base.Cargo.lock',
  policy: 'license-policy.yml',
  licenseSources: ['vendor', 'distro-tool', 'distro-tool-macros'],
  gentoo: 'fixtures/crate-license-audit/gentoo',
  query: ['gpl-tables', 'syn'],
} as const;

export function readInputs(inputs: Inputs, where: { workspace: string; root: string; event: Record<string, unknown> }): AuditInputs {
  // Read every input first: the demo path must read them too (a test checks all declared inputs are read).
  const manifestText = inputs.string('manifest-path');
  const lockfileText = inputs.optional('lockfile');
  const baseRefText = inputs.optional('base-ref');
  const baseLockText = inputs.optional('base-lockfile');
  const policyText = inputs.optional('policy');
  const policyFrom = inputs.choice('policy-from', POLICY_FROM);
  const allow = inputs.list('allow');
  const deny = inputs.list('deny');
  const licenseSourcesGiven = inputs.given('license-sources');
  const licenseSources = licenseSourcesInput(inputs.list('license-sources'));
  const gentooGiven = inputs.given('gentoo-tree');
  const gentooTreeTexts = inputs.list('gentoo-tree');
  const queryGiven = inputs.given('query');
  const query = inputs.list('query');
  const comment = inputs.choice('comment', COMMENT_MODES);
  const failOnGiven = inputs.given('fail-on');
  const failOnRaw = inputs.list('fail-on');
  const gentooOutputGiven = inputs.given('gentoo-output');
  const gentooOutput = inputs.boolean('gentoo-output');
  const githubToken = inputs.secret('github-token');

  const failOn = failOnInput(failOnRaw);

  const ghWorkspace = path.resolve(where.workspace);
  // A tree that is not there would only show up as "group not defined" or unmapped licenses later.
  const gentooTrees = gentooTreeTexts.map((t) => {
    const dir = path.resolve(ghWorkspace, t);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError('gentoo-tree', 'a directory (a ::gentoo checkout, then overlays), relative to the workspace or absolute', t);
    }
    return dir;
  });
  const nothingGiven = !inputs.given('manifest-path') && lockfileText === undefined && baseRefText === undefined && baseLockText === undefined;
  const embedded = nothingGiven && !existsSync(path.join(ghWorkspace, 'Cargo.toml')) && !existsSync(path.join(ghWorkspace, 'Cargo.lock'));
  const prEvent = pullRequestOf(where.event);
  const pr = prEvent ?? { sameRepository: false };

  if (embedded) {
    const ws = path.join(where.root, EMBEDDED.workspace);
    const policyFile = policyText !== undefined ? resolveInside('policy', policyText, ghWorkspace, ghWorkspace) : path.join(ws, EMBEDDED.policy);
    const out: AuditInputs = {
      embedded: true,
      workspace: ws,
      manifestPath: path.join(ws, 'Cargo.toml'),
      lockfile: path.join(ws, 'Cargo.lock'),
      lockfileDisplay: `${EMBEDDED.workspace}/Cargo.lock`,
      baseLockfile: path.join(where.root, EMBEDDED.base),
      baseLockfileDisplay: EMBEDDED.base,
      policyFile,
      policyDisplay: policyText ?? `${EMBEDDED.workspace}/${EMBEDDED.policy}`,
      allow,
      deny,
      licenseSources: licenseSourcesGiven ? licenseSources : [...EMBEDDED.licenseSources],
      gentooTrees: gentooGiven ? gentooTrees : [path.join(where.root, EMBEDDED.gentoo)],
      query: queryGiven ? query : [...EMBEDDED.query],
      // The demo has no pull request to comment on and shows its findings without failing.
      comment: 'never',
      failOn: failOnGiven ? failOn : [],
      gentooOutput: gentooOutputGiven ? gentooOutput : true,
      githubToken,
    };
    return out;
  }

  const manifestPath = resolveInside('manifest-path', manifestText, ghWorkspace, ghWorkspace);
  const lockfile = confinedFile(
    lockfileText !== undefined ? 'lockfile' : 'manifest-path',
    lockfileText !== undefined ? resolveInside('lockfile', lockfileText, ghWorkspace, ghWorkspace) : findLockfile(manifestPath, ghWorkspace),
    ghWorkspace,
    lockfileText ?? manifestText,
  );
  if (!existsSync(lockfile) || !statSync(lockfile).isFile()) {
    throw new InputError(
      lockfileText !== undefined ? 'lockfile' : 'manifest-path',
      `a Cargo.lock to audit (commit it, or run \`cargo generate-lockfile\` before this step)`,
      display(lockfile, ghWorkspace),
    );
  }
  const out: AuditInputs = {
    embedded: false,
    workspace: ghWorkspace,
    manifestPath,
    lockfile,
    lockfileDisplay: display(lockfile, ghWorkspace),
    allow,
    deny,
    licenseSources,
    gentooTrees,
    query,
    comment,
    failOn,
    gentooOutput,
    githubToken,
  };
  if (baseLockText !== undefined) {
    if (baseRefText !== undefined) throw new InputError('base-lockfile', 'either base-lockfile or base-ref, not both', baseLockText);
    out.baseLockfile = confinedFile('base-lockfile', resolveInside('base-lockfile', baseLockText, ghWorkspace, ghWorkspace), ghWorkspace, baseLockText);
    out.baseLockfileDisplay = display(out.baseLockfile, ghWorkspace);
  } else if (baseRefText !== undefined) {
    if (!isPlainRevision(baseRefText)) {
      throw new InputError('base-ref', 'a commit SHA, branch or tag (e.g. origin/main), not a range or an option', baseRefText);
    }
    out.baseRef = baseRefText;
    out.baseRefFrom = 'input';
  } else if (pr.baseSha) {
    out.baseRef = pr.baseSha;
    out.baseRefFrom = 'pull-request';
  }
  if (policyText !== undefined) {
    out.policyFile = confinedFile('policy', resolveInside('policy', policyText, ghWorkspace, ghWorkspace), ghWorkspace, policyText);
    out.policyDisplay = display(out.policyFile, ghWorkspace);
  }
  if (prEvent?.baseSha) out.pullRequestBase = prEvent.baseSha;
  if (prEvent) {
    // The checkout is the pull request's: its policy would let it judge itself.
    if (policyFrom === 'head' && !prEvent.sameRepository) {
      throw new InputError(
        'policy-from',
        `'base' for a pull request from a fork (${prEvent.headRepository ?? 'a deleted repository'}): only a pull request from this repository may be judged with its own policy`,
        policyFrom,
      );
    }
    if (policyFrom === 'base') {
      // The policy file and Gentoo trees inside the checkout are read at the base commit.
      if (prEvent.baseSha) out.policyRev = prEvent.baseSha;
      else if (out.policyFile !== undefined) {
        throw new ConfigurationError('the pull_request event has no base SHA: the license policy cannot be read at the base commit (set policy-from: head for a same-repository pull request)');
      }
    }
  }
  if (pr.number !== undefined) out.pullRequest = pr.number;
  return out;
}
