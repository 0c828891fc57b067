/** The one typed reader of setup-overlay's inputs (names exactly as in action.yml). */
import path from 'node:path';
import { ConfigurationError } from '../../shared/io.js';
import { parsePrecedence } from '../../shared/gentoo/repos-conf.js';
import { isValidRepoName } from '../../shared/gentoo/version.js';
import { InputError, type Inputs } from '../../shared/toolkit/inputs.js';

export interface RepositoryInput {
  name: string;
  /** Cloned into `<repos-dir>/<name>`. */
  uri?: string;
  /** Used in place (absolute after reading). */
  path?: string;
  ref?: string;
  /** Relative path of the overlay inside the checkout. */
  subdir?: string;
  priority?: number;
}

export type FailOn = 'error' | 'warning' | 'never';

export interface SetupOverlayInputs {
  repositories: RepositoryInput[];
  /** True when `repositories` was empty and the embedded demo fixtures are used. */
  embedded: boolean;
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
  failOn: FailOn;
  retries: number;
}

const REPO_FORM = 'a YAML list of {name, uri | path, ref?, subdir?, priority?}, e.g. "- name: guru\\n  uri: https://github.com/gentoo-mirror/guru.git"';
const KEYS = new Set(['name', 'uri', 'path', 'ref', 'subdir', 'priority']);

/** The embedded demo: ::gentoo-, GURU- and regicide-like fixtures with RegicideOS's inverted priorities. */
export function embeddedRepositories(root: string): RepositoryInput[] {
  const fx = (n: string) => path.join(root, 'fixtures', 'setup-overlay', n);
  return [
    { name: 'gentoo', path: fx('gentoo') },
    { name: 'guru', path: fx('guru'), priority: 20 },
    { name: 'regicide-rust', path: fx('regicide-rust'), priority: 10 },
  ];
}
export const EMBEDDED_PRECEDENCE = 'regicide-rust > guru > gentoo';
/** The RegicideOS design's "pin" that pins nothing. */
export const EMBEDDED_PACKAGE_ACCEPT_KEYWORDS = '# from the RegicideOS design notes: meant to select the overlay ebuild\n=dev-lang/rust-1.75.0-r1 ~amd64\n';

/**
 * A uri as it may be shown (logs, summary, report, repos.conf) and the credential it carried, to be masked:
 * `https://user:TOKEN@host/…` and `https://TOKEN@host/…` lose their user info; ssh users are not secrets.
 */
export function redactUri(uri: string): { shown: string; secret?: string } {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return { shown: uri };
  }
  const http = u.protocol === 'http:' || u.protocol === 'https:';
  // As written in the uri (percent-encoded), which is how it appears in git's messages too.
  const secret = u.password || (http ? u.username : '');
  if (!secret) return { shown: uri };
  u.password = '';
  if (http) u.username = '';
  return { shown: u.toString(), secret };
}

/** Validate the parsed `repositories` YAML. Paths resolve against `workspace`. */
export function parseRepositories(value: unknown, workspace: string): RepositoryInput[] {
  // The specific problem first, then which item: the whole form is in the action's README.
  const bad = (expected: string, got?: string) => new InputError('repositories', expected, got);
  if (!Array.isArray(value)) throw bad(REPO_FORM, typeof value === 'string' ? value : JSON.stringify(value));
  if (value.length === 0) throw bad(`at least one repository: ${REPO_FORM}`, '[]');
  const out: RepositoryInput[] = [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw bad(`${at} to be a mapping {name, uri | path, ref?, subdir?, priority?}`, JSON.stringify(item));
    const o = item as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!KEYS.has(k)) throw bad(`only the keys ${[...KEYS].join(', ')} in ${at} (unknown key '${k}')`, k);
    const str = (k: string): string | undefined => {
      const v = o[k];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') throw bad(`'${k}' to be a string in ${at}`, JSON.stringify(v));
      const s = String(v).trim();
      return s === '' ? undefined : s;
    };
    const name = str('name');
    if (!name) throw bad(`a name in ${at}`, JSON.stringify(item));
    // The name becomes a directory under repos-dir and a repos.conf section: nothing that could escape.
    if (!/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name) || !isValidRepoName(name)) {
      throw bad(`a name in ${at} that matches [A-Za-z0-9_][A-Za-z0-9_-]* and does not end in -<version>`, name);
    }
    if (seen.has(name)) throw bad(`each name once, but ${at} repeats '${name}'`, name);
    seen.add(name);
    const uri = str('uri');
    const p = str('path');
    if ((uri === undefined) === (p === undefined)) throw bad(`exactly one of 'uri' or 'path' in ${at} ('${name}')`, uri !== undefined ? 'both' : 'neither');
    if (uri !== undefined && uri.startsWith('-')) throw bad(`a uri that does not start with '-' in ${at}`, uri);
    const ref = str('ref');
    if (ref !== undefined && p !== undefined) throw bad(`'ref' only on a 'uri' repository, but ${at} ('${name}') has a 'path'`, ref);
    if (ref !== undefined && (ref.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(ref))) throw bad(`a branch, tag or commit as 'ref' in ${at}`, ref);
    const subdir = str('subdir');
    if (subdir !== undefined) {
      const norm = path.posix.normalize(subdir.replace(/\\/g, '/'));
      if (path.isAbsolute(subdir) || norm === '..' || norm.startsWith('../') || subdir.split(/[\\/]/).includes('..')) {
        throw bad(`a 'subdir' in ${at} that is a relative path inside the repository, without '..'`, subdir);
      }
    }
    let priority: number | undefined;
    if (o.priority !== undefined && o.priority !== null) {
      const v = String(o.priority).trim();
      if (!/^[+-]?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw bad(`an integer 'priority' in ${at}, e.g. 100 (a higher number wins)`, v);
      priority = Number(v);
    }
    const r: RepositoryInput = { name };
    if (uri !== undefined) r.uri = uri;
    if (p !== undefined) r.path = path.resolve(workspace, p);
    if (ref !== undefined) r.ref = ref;
    if (subdir !== undefined) r.subdir = path.posix.normalize(subdir.replace(/\\/g, '/')).replace(/\/$/, '');
    if (priority !== undefined) r.priority = priority;
    out.push(r);
  });
  return out;
}

export function readInputs(inputs: Inputs, where: { workspace: string; root: string }): SetupOverlayInputs {
  const yamlValue = inputs.yaml('repositories', REPO_FORM);
  const embedded = yamlValue === undefined;
  const repositories = embedded ? embeddedRepositories(where.root) : parseRepositories(yamlValue, where.workspace);

  const precedenceText = inputs.optional('precedence') ?? (embedded ? EMBEDDED_PRECEDENCE : undefined);
  let precedence: string[] | undefined;
  if (precedenceText !== undefined) {
    try {
      precedence = parsePrecedence(precedenceText);
    } catch (e) {
      if (e instanceof ConfigurationError) {
        throw new InputError('precedence', "repository names separated by '>', highest first, e.g. 'regicide-rust > guru > gentoo'", precedenceText);
      }
      throw e;
    }
    const names = new Set(repositories.map((r) => r.name));
    const unknown = precedence.filter((n) => !names.has(n));
    if (unknown.length) {
      throw new InputError('precedence', `only names listed in 'repositories' (${[...names].join(', ')})`, unknown.join(', '));
    }
  }

  // config-root and repos-dir are directories we write into: resolved against the workspace.
  const configRoot = inputs.path('config-root')!;
  const reposDir = inputs.path('repos-dir')!;
  if (path.resolve(configRoot) === '/') throw new InputError('config-root', 'a directory other than /', configRoot);

  const failOn = inputs.choice('fail-on', ['error', 'warning', 'never'] as const);
  const result: SetupOverlayInputs = {
    repositories,
    embedded,
    configRoot,
    reposDir,
    acceptKeywords: inputs.string('accept-keywords'),
    packageAcceptKeywords: inputs.string('package-accept-keywords') || (embedded ? EMBEDDED_PACKAGE_ACCEPT_KEYWORDS : ''),
    packageMask: inputs.string('package-mask'),
    packageUnmask: inputs.string('package-unmask'),
    explain: inputs.list('explain'),
    cache: inputs.boolean('cache'),
    // The demo shows its findings without failing unless fail-on is given explicitly.
    failOn: embedded && !inputs.given('fail-on') ? 'never' : failOn,
    retries: inputs.integer('retries', { min: 0, max: 20 }),
  };
  if (precedence) result.precedence = precedence;
  return result;
}
