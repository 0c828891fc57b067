/** The one typed reader of sync-guru's inputs (names exactly as in action.yml). */
import path from 'node:path';
import type { DriftCheckRequest } from '../../shared/gentoo/drift-check.js';
import { parseRepoList, type RepoListItem } from '../../shared/gentoo/repo-list.js';
import { InputError, type Inputs } from '../../shared/toolkit/inputs.js';

/** An upstream: cloned into `<workDir>/repos/<name>` (uri) or used in place (path, absolute after reading). */
export type UpstreamSpec = RepoListItem;

/** The check as the user asked for it: shared/gentoo's request minus what each run decides, plus what only the action uses. */
export type SyncGuruInputs = Omit<DriftCheckRequest, 'previous' | 'readGit' | 'workspace' | 'workDir'> & {
  /** No overlay, repos-conf or upstreams given: the embedded demo fixtures. */
  embedded: boolean;
  retries: number;
  backoffSeconds: number;
  issue: boolean;
  issueLabels: string[];
  githubToken: string;
  failOnDrift: boolean;
};

const UPSTREAM_FORM =
  'a YAML list of {name, uri | path, ref?, priority?}, e.g. "- name: guru\\n  uri: https://github.com/gentoo-mirror/guru.git"';

/** The embedded demo: a regicide-like overlay against GURU- and ::gentoo-like fixtures that moved on. */
export function embeddedPaths(root: string): { overlay: string; upstreams: UpstreamSpec[]; previous: Record<string, string>; distdir: string } {
  const fx = (n: string): string => path.join(root, 'fixtures', 'sync-guru', n);
  return {
    overlay: fx('overlay'),
    upstreams: [
      { name: 'guru', path: fx('guru') },
      { name: 'gentoo', path: fx('gentoo'), priority: -1000 },
    ],
    // the GURU checkout as of the previous sync: what was removed since then counts as removed
    previous: { guru: fx('guru-last-sync') },
    distdir: fx('distdir'),
  };
}

/** The drift check of these inputs; the embedded demo reads its fixtures (and no git: they live inside this repository's checkout). */
export function driftRequest(inputs: SyncGuruInputs, where: { workspace: string; root: string; workDir: string }): DriftCheckRequest {
  // the action's own fields (the token above all) stay out of the domain's request
  const { embedded, retries, backoffSeconds, issue, issueLabels, githubToken, failOnDrift, ...asked } = inputs;
  const req: DriftCheckRequest = { ...asked, readGit: !embedded, workspace: where.workspace, workDir: where.workDir };
  if (embedded) {
    const e = embeddedPaths(where.root);
    Object.assign(req, { overlay: { path: e.overlay }, upstreams: e.upstreams, previous: e.previous, distdir: inputs.distdir ?? e.distdir });
  }
  return req;
}

export function parseUpstreams(value: unknown, workspace: string): UpstreamSpec[] {
  return parseRepoList(value, { input: 'upstreams', form: UPSTREAM_FORM, workspace, allowSubdir: false, noun: 'upstream' });
}

export function readInputs(inputs: Inputs, where: { workspace: string }): SyncGuruInputs {
  const overlayText = inputs.optional('overlay');
  const reposConf = inputs.path('repos-conf');
  const upstreamsValue = inputs.yaml('upstreams', UPSTREAM_FORM);
  const embedded = overlayText === undefined && reposConf === undefined && upstreamsValue === undefined;
  if (!embedded && overlayText === undefined) {
    throw new InputError('overlay', 'the path of the overlay, or the name of a repository in repos-conf', '');
  }
  if (!embedded && reposConf === undefined && upstreamsValue === undefined) {
    throw new InputError('upstreams', `${UPSTREAM_FORM} (or give repos-conf)`, '');
  }
  if (reposConf !== undefined && upstreamsValue !== undefined) {
    throw new InputError('upstreams', 'empty when repos-conf is given (upstreams are read from repos-conf)', 'both set');
  }
  const upstreams = upstreamsValue === undefined ? [] : parseUpstreams(upstreamsValue, where.workspace);

  // A bare name (no slash) that is a repository in repos-conf is resolved later; anything else is a path.
  const overlay: SyncGuruInputs['overlay'] = {};
  if (overlayText !== undefined) {
    if (reposConf !== undefined && /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(overlayText)) overlay.name = overlayText;
    overlay.path = path.resolve(where.workspace, overlayText);
  }

  const verifySignatures = inputs.boolean('verify-signatures');
  const keyring = inputs.optional('keyring');
  const out: SyncGuruInputs = {
    overlay,
    upstreams,
    embedded,
    sync: inputs.boolean('sync'),
    retries: inputs.integer('retries', { min: 0, max: 20 }),
    backoffSeconds: inputs.number('backoff-seconds', { min: 0, max: 600 }),
    timeoutMinutes: inputs.number('timeout-minutes', { min: 0.05, max: 360 }),
    verifySignatures,
    issue: inputs.boolean('issue'),
    issueLabels: inputs.list('issue-labels'),
    githubToken: inputs.secret('github-token'),
    failOnDrift: inputs.boolean('fail-on-drift'),
  };
  const validate = inputs.list('validate');
  if (validate.length) out.validate = validate;
  if (reposConf !== undefined) out.reposConf = reposConf;
  const distdir = inputs.path('distdir');
  if (distdir !== undefined) out.distdir = distdir;
  if (keyring !== undefined) {
    if (keyring.includes('-----BEGIN PGP')) out.keyringText = keyring;
    else out.keyringFile = path.resolve(where.workspace, keyring);
  }
  if (verifySignatures && keyring === undefined) {
    throw new InputError('keyring', 'OpenPGP public keys (an armored key block or a key file) when verify-signatures is true', '');
  }
  for (const l of out.issueLabels) {
    if (l.length > 50) throw new InputError('issue-labels', 'labels of at most 50 characters', l);
  }
  return out;
}
