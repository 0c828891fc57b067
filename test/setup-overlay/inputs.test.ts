/** setup-overlay's input reader: the inputs this issue added or changed (validate, explain). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { embeddedRepositories, readInputs } from '../../actions/setup-overlay/inputs.js';
import { splitAtomList } from '../../shared/gentoo/atom.js';
import { defaultValidated } from '../../shared/gentoo/scope.js';
import { parseActionMeta } from '../../shared/toolkit/action-meta.js';
import { Inputs, InputError } from '../../shared/toolkit/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('validate input', () => {
  const meta = parseActionMeta('setup-overlay', readFileSync(path.join(ROOT, 'actions', 'setup-overlay', 'action.yml'), 'utf8'));
  const env = (over: Record<string, string>) => ({
    'INPUT_REPOSITORIES': '- name: gentoo\n  path: g\n- name: guru\n  uri: https://example.org/guru.git\n- name: mine\n  path: m',
    'INPUT_CONFIG-ROOT': '/tmp/pc',
    'INPUT_REPOS-DIR': '/tmp/rd',
    ...over,
  });
  it('empty: the local repositories other than gentoo/guru', () => {
    expect(readInputs(new Inputs(meta, env({})), { workspace: '/ws', root: ROOT }).validate).toEqual(['mine']);
  });
  it('names a repository that is not listed: an input error naming the choices', () => {
    expect(() => readInputs(new Inputs(meta, env({ INPUT_VALIDATE: 'mine, nope' })), { workspace: '/ws', root: ROOT })).toThrow(InputError);
    expect(() => readInputs(new Inputs(meta, env({ INPUT_VALIDATE: 'nope' })), { workspace: '/ws', root: ROOT })).toThrow(/names listed in 'repositories' \(gentoo, guru, mine\)/);
  });
  it('the embedded demo validates only the regicide-like overlay', () => {
    expect(defaultValidated(embeddedRepositories(ROOT))).toEqual(['regicide-rust']);
  });
});

describe('explain input', () => {
  const meta = parseActionMeta('setup-overlay', readFileSync(path.join(ROOT, 'actions', 'setup-overlay', 'action.yml'), 'utf8'));
  const read = (explain: string) => readInputs(new Inputs(meta, { 'INPUT_CONFIG-ROOT': '/tmp/pc', 'INPUT_REPOS-DIR': '/tmp/rd', INPUT_EXPLAIN: explain }), { workspace: '/ws', root: ROOT }).explain;
  it('a comma inside a USE dependency stays in the atom', () => {
    expect(read('dev-lang/rust[clippy,rustfmt], >=dev-lang/rust-1.75:1.75.0[clippy(-),-doc]\napp-misc/hello')).toEqual([
      'dev-lang/rust[clippy,rustfmt]',
      '>=dev-lang/rust-1.75:1.75.0[clippy(-),-doc]',
      'app-misc/hello',
    ]);
  });
  it('a package or atom given twice is explained once, in the order first given', () => {
    expect(read('dev-lang/rust, app-misc/hello\ndev-lang/rust dev-lang/rust[clippy]\napp-misc/hello')).toEqual(['dev-lang/rust', 'app-misc/hello', 'dev-lang/rust[clippy]']);
  });
  it('lines, commas and spaces separate; # starts a comment', () => {
    expect(splitAtomList('# the rust packages\ndev-lang/rust dev-lang/rust-bin,\n\n  app-misc/hello[a,b] # why\n')).toEqual(['dev-lang/rust', 'dev-lang/rust-bin', 'app-misc/hello[a,b]']);
  });
});
