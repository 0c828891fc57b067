/** The one typed reader of setup-overlay's inputs (names exactly as in action.yml). */
import path from 'node:path';
import { splitAtomList } from '../../shared/gentoo/atom.js';
import type { OverlaySetupRequest } from '../../shared/gentoo/overlay-setup.js';
import { parseRepoList, redactUri, type RepoListItem } from '../../shared/gentoo/repo-list.js';
import { parsePrecedence } from '../../shared/gentoo/repos-conf.js';
import { defaultValidated } from '../../shared/gentoo/scope.js';
import { ConfigurationError, InputError, type Inputs } from '../../shared/toolkit/inputs.js';

export type RepositoryInput = RepoListItem;

export type FailOn = 'error' | 'warning' | 'never';

/** The setup as the user asked for it: shared/gentoo's request minus the workspace, plus what only the action uses. */
export type SetupOverlayInputs = Omit<OverlaySetupRequest, 'workspace'> & {
  /** True when `repositories` was empty and the embedded demo fixtures are used. */
  embedded: boolean;
  failOn: FailOn;
  retries: number;
};

const REPO_FORM = 'a YAML list of {name, uri | path, ref?, subdir?, priority?}, e.g. "- name: guru\\n  uri: https://github.com/gentoo-mirror/guru.git"';

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

/** Validate the parsed `repositories` YAML. Paths resolve against `workspace`. */
export function parseRepositories(value: unknown, workspace: string): RepositoryInput[] {
  return parseRepoList(value, { input: 'repositories', form: REPO_FORM, workspace, allowSubdir: true, noun: 'repository' });
}

export { redactUri };

/** `validate`: names from `repositories`; empty = the local, non-upstream ones (shared/gentoo/scope.ts). */
function readValidate(inputs: Inputs, repositories: readonly RepositoryInput[]): string[] {
  const asked = inputs.list('validate');
  if (!asked.length) return defaultValidated(repositories);
  const names = repositories.map((r) => r.name);
  const unknown = asked.filter((n) => !names.includes(n));
  if (unknown.length) throw new InputError('validate', `names listed in 'repositories' (${names.join(', ')})`, unknown.join(', '));
  return [...new Set(asked)];
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
  // A path in the workspace must not lead out of it through a committed symlink (config-root may be /etc/portage).
  const configRoot = inputs.path('config-root', { stayInside: where.workspace })!;
  const reposDir = inputs.path('repos-dir', { stayInside: where.workspace })!;
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
    // Each package or atom once, in the order first given: a repeated one would be explained and reported again.
    explain: [...new Set(splitAtomList(inputs.string('explain')))],
    cache: inputs.boolean('cache'),
    validate: readValidate(inputs, repositories),
    // The demo shows its findings without failing unless fail-on is given explicitly.
    failOn: embedded && !inputs.given('fail-on') ? 'never' : failOn,
    retries: inputs.integer('retries', { min: 0, max: 20 }),
  };
  if (precedence) result.precedence = precedence;
  return result;
}
