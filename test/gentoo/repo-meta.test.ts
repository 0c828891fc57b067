import { describe, expect, it } from 'vitest';
import { parseCategories, parseRepoName } from '../../shared/gentoo/repo-meta.js';

describe('parseRepoName', () => {
  it('reads the first line only', () => {
    expect(parseRepoName('regicide-rust\nignored\n')).toEqual({ name: 'regicide-rust', findings: [] });
  });
  it.each([
    ['-leading', 'repo-name-invalid'],
    ['has space', 'repo-name-invalid'],
    ['dotted.name', 'repo-name-invalid'],
    ['ends-1.0', 'repo-name-invalid'],
    ['', 'repo-name-empty'],
    ['\nguru', 'repo-name-empty'],
  ])('rejects %j', (text, code) => {
    const r = parseRepoName(text, 'profiles/repo_name');
    expect(r.name).toBeUndefined();
    expect(r.findings[0]).toMatchObject({ code, severity: 'error', file: 'profiles/repo_name', line: 1 });
  });
  it('accepts names with underscores and digits', () => {
    expect(parseRepoName('my_repo2').name).toBe('my_repo2');
  });
  it('warns about surrounding whitespace but keeps the name', () => {
    const r = parseRepoName(' guru \n');
    expect(r.name).toBe('guru');
    expect(r.findings[0].code).toBe('repo-name-whitespace');
  });
});

describe('parseCategories', () => {
  it('reads categories with comments and blank lines, with line numbers', () => {
    const r = parseCategories('# header\napp-misc\n\ndev-lang # trailing\nsys-kernel\n');
    expect(r.categories).toEqual([
      { name: 'app-misc', line: 2 },
      { name: 'dev-lang', line: 4 },
      { name: 'sys-kernel', line: 5 },
    ]);
    expect(r.findings).toEqual([]);
  });
  it('reports invalid and duplicate entries', () => {
    const r = parseCategories('app-misc\nbad category\n-x\napp-misc\n', 'profiles/categories');
    expect(r.categories.map((c) => c.name)).toEqual(['app-misc']);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['category-invalid', 2],
      ['category-invalid', 3],
      ['category-duplicate', 4],
    ]);
  });
});
