import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/io.js';
import { parseRepoList, redactUri } from '../../shared/gentoo/repo-list.js';

const opts = { input: 'upstreams', form: 'a YAML list of {name, uri | path, ref?, priority?}', workspace: '/ws', allowSubdir: false, noun: 'upstream' };

describe('parseRepoList', () => {
  it('reads uri and path items, resolving paths against the workspace', () => {
    expect(parseRepoList([{ name: 'guru', uri: 'https://example.invalid/guru.git', ref: 'master', priority: 50 }, { name: 'gentoo', path: 'trees/gentoo' }], opts)).toEqual([
      { name: 'guru', uri: 'https://example.invalid/guru.git', ref: 'master', priority: 50 },
      { name: 'gentoo', path: '/ws/trees/gentoo' },
    ]);
  });

  it.each([
    ['not a list', 'guru', /input 'upstreams': expected a YAML list/],
    ['empty', [], /at least one upstream/],
    ['escaping name', [{ name: '../etc', path: 'x' }], /a name in item 1 that matches/],
    ['both uri and path', [{ name: 'a', uri: 'u', path: 'p' }], /exactly one of 'uri' or 'path' in item 1/],
    ['option-like uri', [{ name: 'a', uri: '--upload-pack=x' }], /does not start with '-'/],
    ['ref on a path', [{ name: 'a', path: 'p', ref: 'main' }], /'ref' only on a 'uri' upstream/],
    ['bad priority', [{ name: 'a', path: 'p', priority: 'high' }], /an integer 'priority'/],
    ['duplicate', [{ name: 'a', path: 'p' }, { name: 'a', path: 'q' }], /each name once/],
    ['subdir where not allowed', [{ name: 'a', path: 'p', subdir: 'x' }], /unknown key 'subdir'/],
  ])('refuses %s with an InputError naming the input', (_why, value, message) => {
    expect(() => parseRepoList(value, opts)).toThrow(InputError);
    expect(() => parseRepoList(value, opts)).toThrow(message);
  });

  it('confines subdir where it is allowed', () => {
    const o = { ...opts, input: 'repositories', allowSubdir: true, noun: 'repository' };
    expect(parseRepoList([{ name: 'r', path: '.', subdir: 'overlays/regicide-rust/' }], o)[0]!.subdir).toBe('overlays/regicide-rust');
    expect(() => parseRepoList([{ name: 'r', path: '.', subdir: '../x' }], o)).toThrow(/without '\.\.'/);
    expect(() => parseRepoList([{ name: 'r', path: '.', subdir: '/abs' }], o)).toThrow(/relative path/);
  });
});

describe('redactUri', () => {
  it('removes credentials from http(s) uris and returns them for masking', () => {
    expect(redactUri('https://x-access-token:ghs_abc@github.com/o/r.git')).toEqual({ shown: 'https://github.com/o/r.git', secrets: ['ghs_abc'] });
    expect(redactUri('https://github.com/o/r.git')).toEqual({ shown: 'https://github.com/o/r.git', secrets: [] });
  });
});
