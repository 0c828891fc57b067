import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyPrecedence,
  checkPrecedence,
  parsePrecedence,
  parseReposConf,
  portageOrder,
  prioritiesFromPrecedence,
  readReposConf,
  splitKeyValue,
  winsTie,
  writeReposConf,
} from '../../shared/gentoo/repos-conf.js';
import { ConfigurationError } from '../../shared/io.js';

const fx = (name: string) => fileURLToPath(new URL(`../../fixtures/gentoo/${name}`, import.meta.url));

describe('readReposConf: the RegicideOS inverted-priority case', async () => {
  const conf = await readReposConf(fx('repos-conf-regicide-inverted'));
  it('reads every file of the directory, with file and line per section', () => {
    expect(conf.mainRepo).toBe('gentoo');
    expect(conf.repos.map((r) => [r.name, r.priority, r.explicitPriority])).toEqual([
      ['gentoo', -1000, false],
      ['guru', 20, true],
      ['regicide-rust', 10, true],
    ]);
    const guru = conf.repos.find((r) => r.name === 'guru')!;
    expect(guru.file).toMatch(/guru\.conf$/);
    expect(guru.line).toBe(2);
    expect(guru.syncType).toBe('git');
    expect(conf.findings).toEqual([]);
  });
  it('Portage order puts guru last: guru wins ties', () => {
    expect(portageOrder(conf.repos).map((r) => r.name)).toEqual(['gentoo', 'regicide-rust', 'guru']);
  });
  it('checkPrecedence reports the inversion at the guru priority line, explaining that higher wins', () => {
    const f = checkPrecedence(conf.repos, parsePrecedence('regicide-rust > guru > gentoo'), { keyLocations: conf.keyLocations });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', code: 'priority-inverted', line: 6 });
    expect(f[0].file).toMatch(/guru\.conf$/);
    expect(f[0].message).toBe(
      "[guru] priority = 20 is higher than [regicide-rust] priority = 10, so guru wins ties between identical versions: the opposite of the declared precedence 'regicide-rust > guru'. A higher priority wins.",
    );
    expect(f[0].hint).toContain('regicide-rust = 100, guru = 50, gentoo = -1000');
  });
  it('applying the precedence fixes it', () => {
    const fixed = applyPrecedence(conf.repos, ['regicide-rust', 'guru', 'gentoo']);
    expect(checkPrecedence(fixed, ['regicide-rust', 'guru', 'gentoo'])).toEqual([]);
    expect(fixed.map((r) => [r.name, r.priority, r.explicitPriority])).toEqual([
      ['gentoo', -1000, false],
      ['guru', 50, true],
      ['regicide-rust', 100, true],
    ]);
    const files = writeReposConf(fixed);
    expect(Object.keys(files).sort()).toEqual(['DEFAULT.conf', 'gentoo.conf', 'guru.conf', 'regicide-rust.conf']);
    expect(files['regicide-rust.conf']).toBe(
      '[regicide-rust]\nlocation = /var/db/repos/regicide-rust\npriority = 100\nsync-type = git\nsync-uri = https://github.com/awdemos/regicide-rust-overlay\n',
    );
    expect(files['gentoo.conf']).not.toContain('priority');
    expect(files['DEFAULT.conf']).toBe('[DEFAULT]\nmain-repo = gentoo\n');
  });
});

describe('readReposConf: later files override per key', async () => {
  const conf = await readReposConf(fx('repos-conf-override'));
  it('skips hidden and backup files, merges keys, inherits [DEFAULT]', () => {
    const by = Object.fromEntries(conf.repos.map((r) => [r.name, r]));
    expect(by.guru.priority).toBe(50);
    expect(by.guru.file).toMatch(/00-base\.conf$/);
    expect(conf.keyLocations.guru.priority.file).toMatch(/50-local\.conf$/);
    expect(by.guru.autoSync).toBe(false); // from [DEFAULT]
    expect(by['regicide-rust'].autoSync).toBe(true); // own key beats [DEFAULT]
    expect(by['regicide-rust'].masters).toEqual(['gentoo', 'guru']); // continuation line
    expect(checkPrecedence(conf.repos, ['regicide-rust', 'guru', 'gentoo'])).toEqual([]);
  });
});

describe('readReposConf: broken file', async () => {
  const conf = await readReposConf(fx('repos-conf-broken/repos.conf'));
  const codes = conf.findings.map((f) => [f.code, f.line, f.severity]);
  it('drops repos without location or with an invalid name', () => {
    expect(conf.repos.map((r) => r.name)).toEqual(['gentoo', 'regicide-rust']);
    expect(conf.dropped.map((d) => [d.name, d.reason, d.line])).toEqual([
      ['guru', 'no location', 9],
      ['bad.name', 'invalid repository name', 21],
    ]);
  });
  it('reports every problem with its line', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        ['repos-conf-syntax', 1, 'error'],
        ['repos-conf-syntax', 19, 'error'],
        ['repos-conf-duplicate-section', 24, 'warning'],
        ['repos-conf-missing-location', 9, 'error'],
        ['repos-conf-invalid-name', 21, 'error'],
        ['repos-conf-bad-priority', 15, 'error'],
        ['repos-conf-bad-value', 16, 'error'],
        ['repos-conf-unknown-key', 18, 'notice'],
      ]),
    );
    // Known keys (eclass-overrides, volatile) are not reported.
    expect(codes.filter(([c]) => c === 'repos-conf-unknown-key')).toHaveLength(1);
    expect(conf.findings.find((f) => f.code === 'repos-conf-unknown-key')?.message).toMatch(/'pirority'/);
    // A bad priority leaves the default.
    expect(conf.repos.find((r) => r.name === 'regicide-rust')?.priority).toBe(0);
  });
});

describe('parseReposConf', () => {
  it('a priority too large to hold exactly is a finding, not a float written back as 1e+23', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '[x]\nlocation=/x\npriority = 99999999999999999999999\n[y]\nlocation=/y\npriority = -9007199254740991\n' }]);
    expect(c.repos.map((r) => [r.name, r.priority, r.explicitPriority])).toEqual([
      ['x', 0, false],
      ['y', -9007199254740991, true],
    ]);
    expect(c.findings.map((f) => [f.code, f.line])).toEqual([['repos-conf-bad-priority', 3]]);
    expect(c.findings[0].message).toMatch(/too large/);
    expect(writeReposConf(c.repos)['x.conf']).not.toMatch(/e\+/);
  });
  it('main repo defaults to gentoo at -1000; others 0; names are case-sensitive, keys are not', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '[gentoo]\nlocation=/g\n[Foo]\nLOCATION: /f\nPriority = 7\n' }]);
    expect(c.mainRepoExplicit).toBe(false);
    expect(c.repos.map((r) => [r.name, r.priority])).toEqual([
      ['gentoo', -1000],
      ['Foo', 7],
    ]);
  });
  it('a different main-repo', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '[DEFAULT]\nmain-repo = mine\n[mine]\nlocation=/m\n[gentoo]\nlocation=/g\n' }]);
    expect(c.repos.map((r) => [r.name, r.priority])).toEqual([
      ['mine', -1000],
      ['gentoo', 0],
    ]);
  });
  it('main-repo naming a missing section is a warning', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '[DEFAULT]\nmain-repo = nope\n[gentoo]\nlocation=/g\n' }]);
    expect(c.findings[0]).toMatchObject({ code: 'repos-conf-main-repo-missing', line: 2 });
  });
  it('section name must equal profiles/repo_name, or the repo is dropped', () => {
    const text = '[regicide]\nlocation = /var/db/repos/regicide-rust\n[guru]\nlocation = /var/db/repos/guru\n[x]\nlocation = /x\n';
    const c = parseReposConf([{ file: 'r.conf', text }], { repoNames: { regicide: 'regicide-rust', guru: 'guru', x: undefined } });
    expect(c.repos.map((r) => r.name)).toEqual(['guru']);
    const f = c.findings.filter((x) => x.code === 'repos-conf-name-mismatch');
    expect(f.map((x) => x.line)).toEqual([1, 5]);
    expect(f[0].message).toMatch(/profiles\/repo_name is 'regicide-rust'/);
    expect(f[0].hint).toBe('Rename the section to [regicide-rust].');
    expect(f[1].hint).toMatch(/Create \/x\/profiles\/repo_name/);
  });
  it('relative location is a warning', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '[a]\nlocation = repos/a\n' }]);
    expect(c.findings[0].code).toBe('repos-conf-relative-location');
  });
  it('CRLF and comments', () => {
    const c = parseReposConf([{ file: 'r.conf', text: '# c\r\n; c\r\n[a]\r\nlocation = /a\r\n' }]);
    expect(c.repos[0].location).toBe('/a');
    expect(c.findings).toEqual([]);
  });
});

describe('parsePrecedence', () => {
  it('highest first', () => {
    expect(parsePrecedence('regicide-rust > guru > gentoo')).toEqual(['regicide-rust', 'guru', 'gentoo']);
    expect(parsePrecedence('  guru>gentoo ')).toEqual(['guru', 'gentoo']);
    expect(parsePrecedence('gentoo')).toEqual(['gentoo']);
  });
  it.each([
    ['guru,gentoo', /uses ',' as a separator/],
    ['', /empty/],
    ['guru < gentoo', /'<' is not accepted/],
    ['guru >> gentoo', /a name is missing/],
    ['guru > ', /a name is missing/],
    ['guru gentoo', /contains spaces/],
    ['guru > guru', /'guru' appears twice/],
    ['gu.ru > gentoo', /not a valid repository name/],
  ])('%j is an error naming the expected form', (text, why) => {
    expect(() => parsePrecedence(text)).toThrow(ConfigurationError);
    expect(() => parsePrecedence(text)).toThrow(why);
    expect(() => parsePrecedence(text)).toThrow(/Expected repository names separated by '>', highest first, e\.g\. 'regicide-rust > guru > gentoo'/);
  });
});

describe('prioritiesFromPrecedence', () => {
  it('documented scheme', () => {
    expect(prioritiesFromPrecedence(['regicide-rust', 'guru', 'gentoo'])).toEqual({ 'regicide-rust': 100, guru: 50, gentoo: -1000 });
    expect(prioritiesFromPrecedence(['a', 'gentoo', 'b'])).toEqual({ a: 150, gentoo: 100, b: 50 });
    expect(prioritiesFromPrecedence(['a', 'b'], { step: 10 })).toEqual({ a: 20, b: 10 });
  });
  it('property: the result always satisfies the precedence under the real rule', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/).filter((n) => !/-\d/.test(n)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(names, fc.boolean(), (order, withMain) => {
        const o = withMain ? [...order.filter((n) => n !== 'gentoo'), 'gentoo'] : order;
        const p = prioritiesFromPrecedence(o);
        for (let i = 0; i + 1 < o.length; i++) {
          expect(winsTie({ name: o[i], priority: p[o[i]] }, { name: o[i + 1], priority: p[o[i + 1]] })).toBe(true);
        }
        const repos = o.map((name) => ({ name, priority: 0, explicitPriority: false, extra: {}, location: `/r/${name}` }));
        expect(checkPrecedence(applyPrecedence(repos, o), o).filter((f) => f.severity !== 'notice')).toEqual([]);
      }),
    );
  });
});

describe('checkPrecedence: ties and unknown repos', () => {
  const mk = (name: string, priority: number, explicitPriority = true) => ({ name, priority, explicitPriority, extra: {}, location: `/r/${name}` });
  it('equal priorities decided by name: notice when it happens to agree, error when it does not', () => {
    const agree = checkPrecedence([mk('zz', 0, false), mk('aa', 0, false)], ['zz', 'aa']);
    expect(agree.map((f) => [f.severity, f.code])).toEqual([['notice', 'priority-tie-by-name']]);
    const disagree = checkPrecedence([mk('aa', 5), mk('zz', 5)], ['aa', 'zz']);
    expect(disagree.map((f) => [f.severity, f.code])).toEqual([['error', 'priority-inverted']]);
    expect(disagree[0].message).toMatch(/the name that sorts later \('zz'\) wins ties/);
  });
  it('unconfigured repo in the precedence is a warning', () => {
    const f = checkPrecedence([mk('guru', 1)], ['regicide-rust', 'guru']);
    expect(f.map((x) => x.code)).toEqual(['precedence-unknown-repo']);
  });
});

describe('writeReposConf', () => {
  it('is deterministic and parses back to the same repos', async () => {
    const conf = await readReposConf(fx('repos-conf-override'));
    const a = writeReposConf(conf.repos);
    const b = writeReposConf([...conf.repos].reverse());
    expect(a).toEqual(b);
    const back = parseReposConf(Object.entries(a).map(([file, text]) => ({ file, text })));
    expect(back.findings).toEqual([]);
    expect(back.repos.map((r) => [r.name, r.priority, r.location, r.autoSync, r.masters])).toEqual(
      [...conf.repos].sort((x, y) => x.name.localeCompare(y.name)).map((r) => [r.name, r.priority, r.location, r.autoSync, r.masters]),
    );
  });
  it('refuses values with line breaks and invalid names', () => {
    const base = { priority: 0, explicitPriority: false, extra: {} };
    expect(() => writeReposConf([{ ...base, name: 'a', location: '/a\n[evil]' }])).toThrow(ConfigurationError);
    expect(() => writeReposConf([{ ...base, name: '../a', location: '/a' }])).toThrow(ConfigurationError);
  });
  it('reads a directory written from writeReposConf', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'repos-conf-'));
    try {
      const files = writeReposConf([{ name: 'guru', location: '/g', priority: 50, explicitPriority: true, extra: { 'sync-rsync-extra-opts': '-v' } }]);
      for (const [n, t] of Object.entries(files)) await writeFile(join(dir, n), t);
      const c = await readReposConf(dir);
      expect(c.repos[0]).toMatchObject({ name: 'guru', priority: 50, extra: { 'sync-rsync-extra-opts': '-v' } });
      expect(c.mainRepoExplicit).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('repos.conf lines without backtracking', () => {
  it('property: splitKeyValue reads a line as /^([^=:]+?)\\s*[=:]\\s*(.*)$/ does', () => {
    const RE = /^([^=:]+?)\s*[=:]\s*(.*)$/;
    const piece = fc.constantFrom(' ', '  ', '\t', '=', ':', 'a', 'key', 'sync-uri', '/x', '\r', '\u2028', '\u00a0', '#', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        for (const l of [line, line.trim()]) {
          const m = RE.exec(l);
          expect(splitKeyValue(l)).toEqual(m ? [m[1], m[2]] : undefined);
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('a 400,000-character line with no separator is one syntax finding', () => {
    // (the expression tried every split of the spaces: 80,000 took 4 s)
    const conf = parseReposConf([{ file: 'r.conf', text: `[gentoo]\nlocation = /x\nx${' '.repeat(400_000)}x\npriority = 5\n` }]);
    expect(conf.findings.map((f) => [f.code, f.line])).toEqual([['repos-conf-syntax', 3]]);
    expect(conf.repos[0]).toMatchObject({ name: 'gentoo', priority: 5 });
  });
});

describe('checkPrecedence with many repositories', () => {
  const mk = (name: string, priority: number) => ({ name, priority, explicitPriority: true, extra: {}, location: `/r/${name}` });
  it('400 repositories, every pair inverted: one finding per repository, the first as for that pair alone, bounded text', () => {
    // (one finding per pair, each hint naming every repository: 79,800 findings, a report too long for a string)
    const n = 400;
    const repos = Array.from({ length: n }, (_, i) => mk(`r${i}`, i));
    const f = checkPrecedence(repos, repos.map((r) => r.name));
    expect(f).toHaveLength(n - 1);
    expect(new Set(f.map((x) => x.code))).toEqual(new Set(['priority-inverted']));
    expect(f[0]!.message).toBe(
      "[r1] priority = 1 is higher than [r0] priority = 0, so r1 wins ties between identical versions: the opposite of the declared precedence 'r0 > r1'. A higher priority wins.",
    );
    expect(f[2]!.message).toMatch(/^\[r3\] priority = 3 is higher than \[r0\] priority = 0, .* A higher priority wins\. \[r3\] also wins ties against 2 more repositories declared above it: r1, r2\.$/);
    expect(f[n - 2]!.message).toMatch(/\[r399\] also wins ties against 398 more repositories declared above it: r1, r2, r3, r4, r5 and 393 more\.$/);
    expect(f[n - 2]!.hint).toMatch(/use r0 = 20000, r399 = 50 \(/);
    expect(JSON.stringify(f).length).toBeLessThan(n * 1000);
  });
  it('equal priorities: one notice per repository whose place holds by name only', () => {
    const names = ['z5', 'z4', 'z3', 'z2', 'z1'];
    const f = checkPrecedence(names.map((n) => mk(n, 0)), names);
    expect(f.map((x) => [x.code, x.message.match(/^\[(\w+)\] and \[(\w+)\]/)!.slice(1).join('>')])).toEqual([
      ['priority-tie-by-name', 'z5>z4'],
      ['priority-tie-by-name', 'z5>z3'],
      ['priority-tie-by-name', 'z5>z2'],
      ['priority-tie-by-name', 'z5>z1'],
    ]);
    expect(f[3]!.message).toMatch(/The same holds for 3 more repositories declared above \[z1\]: z4, z3, z2\.$/);
    expect(f[0]!.hint).toContain('z5 = 250, z4 = 200, z3 = 150, z2 = 100, z1 = 50');
  });
});
