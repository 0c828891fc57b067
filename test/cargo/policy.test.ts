import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import {
  parsePolicy,
  buildPolicy,
  compilePolicy,
  evaluateCrate,
  unusedPolicyFindings,
  mergePolicy,
  parseCrateSpec,
  EMPTY_POLICY,
  PolicyError,
} from '../../shared/cargo/policy.js';
import { loadGentooLicenseData } from '../../shared/cargo/license-groups.js';
import { ConfigurationError } from '../../shared/io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/cargo/', import.meta.url));
const read = (p: string) => readFileSync(fixtures + p, 'utf8');

const crate = (name: string, license?: string, version = '1.0.0', licenseFile?: string) => ({
  name,
  version,
  ...(license !== undefined ? { license } : {}),
  ...(licenseFile !== undefined ? { licenseFile } : {}),
});

describe('parsePolicy', () => {
  it('YAML and TOML give the same policy', () => {
    const y = parsePolicy(read('policy-basic/license-policy.yml'), 'license-policy.yml');
    const t = parsePolicy(read('policy-basic/license-policy.toml'), 'license-policy.toml');
    const shape = (p: typeof y) => ({
      allow: p.allow?.map((e) => e.text),
      deny: p.deny.map((e) => e.text),
      exc: p.exceptions.map((e) => [e.name, e.range, e.allow.map((a) => a.text)]),
      clar: p.clarify.map((c) => [c.name, c.range, c.expression]),
    });
    expect(shape(y)).toEqual(shape(t));
    expect(shape(y).exc).toEqual([
      ['ring', '^0.17', ['ISC', 'OpenSSL']],
      ['never-used', undefined, ['0BSD']],
    ]);
  });

  it('records the line of each entry', () => {
    const y = parsePolicy(read('policy-basic/license-policy.yml'), 'license-policy.yml');
    expect(y.allow?.[2]).toMatchObject({ text: 'Apache-2.0 WITH LLVM-exception', line: 5, file: 'license-policy.yml' });
    expect(y.exceptions[1]).toMatchObject({ spec: 'never-used', line: 15 });
  });

  it('lists every problem, naming the key and the expected form', () => {
    let err: unknown;
    try {
      parsePolicy(read('policy-invalid/license-policy.yml'), 'bad.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    const msg = (err as Error).message;
    expect(msg).toContain("unknown key 'alow'");
    expect(msg).toContain("'allow' must be a list");
    expect(msg).toContain("'deny' entry 'MIT OR Apache-2.0': expected one license");
    expect(msg).toContain("'Not-A-License' is not an SPDX license id");
    expect(msg).toContain("'not a range' in 'ring@not a range' is not a semver range");
    expect(msg).toContain("'clarify.foo'");
  });

  it('a misspelt key is an error at its line with the likely key, as a finding the action annotates', () => {
    for (const [text, file] of [
      ['allow: [MIT]\ndenny: [GPL-3.0-only]\n', 'typo.yml'],
      ['allow = ["MIT"]\ndenny = ["GPL-3.0-only"]\n', 'typo.toml'],
    ] as const) {
      let err: unknown;
      try {
        parsePolicy(text, file);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PolicyError);
      expect((err as Error).message).toBe(`invalid license policy: ${file}:2: unknown key 'denny' (did you mean 'deny'?); expected one of: allow, deny, exceptions, clarify`);
      expect((err as PolicyError).findings).toEqual([expect.objectContaining({ severity: 'error', code: 'policy-invalid', file, line: 2 })]);
    }
    // Every problem of the fixture is located.
    try {
      parsePolicy(read('policy-invalid/license-policy.yml'), 'bad.yml');
    } catch (e) {
      expect((e as PolicyError).findings.every((f) => f.file === 'bad.yml' && typeof f.line === 'number')).toBe(true);
    }
  });

  it('reports syntax errors with a line', () => {
    expect(() => parsePolicy('allow = [\n', 'p.toml')).toThrow(/p\.toml:\d+: invalid TOML/);
    expect(() => parsePolicy('allow: [MIT\n', 'p.yml')).toThrow(/p\.yml:\d+: invalid YAML/);
    expect(() => parsePolicy('- MIT\n', 'p.yml')).toThrow(/must be a mapping/);
  });

  it('reports corrected entries as notices', () => {
    const p = buildPolicy({ allow: ['mit', 'Apache2'] }, { file: 'p.yml' });
    expect(p.allow?.map((e) => e.kind === 'license' && e.key)).toEqual(['MIT', 'Apache-2.0']);
    expect(p.findings.map((f) => f.code)).toEqual(['policy-entry-corrected', 'policy-entry-corrected']);
  });

  it('parses crate specs', () => {
    expect(parseCrateSpec('ring')).toEqual({ spec: 'ring', name: 'ring' });
    expect(parseCrateSpec('ring@^0.17')).toEqual({ spec: 'ring@^0.17', name: 'ring', range: '^0.17' });
    expect(typeof parseCrateSpec('bad name')).toBe('string');
  });

  it('merges inline lists', () => {
    const p = mergePolicy(buildPolicy({ allow: ['MIT'] }), { allow: ['ISC'], deny: ['GPL-3.0-only'] });
    expect(p.allow?.map((e) => e.text)).toEqual(['MIT', 'ISC']);
    expect(p.deny.map((e) => e.text)).toEqual(['GPL-3.0-only']);
    expect(mergePolicy(EMPTY_POLICY, {}).allow).toBeUndefined();
  });
});

describe('evaluateCrate', () => {
  const ctx = () => compilePolicy(parsePolicy(read('policy-basic/license-policy.yml'), 'license-policy.yml'));

  it('allows a legacy slash expression and says which branch', () => {
    const c = ctx();
    const e = evaluateCrate(c, crate('either', 'MIT/Apache-2.0'));
    expect(e.verdict).toBe('allowed');
    expect(e.satisfiedBy).toEqual(['MIT']);
    expect(e.corrections.map((x) => x.kind)).toEqual(['legacy-slash']);
  });

  it('picks the first allowed OR-branch, skipping a denied one', () => {
    const e = evaluateCrate(ctx(), crate('x', 'GPL-3.0-only OR Apache-2.0'));
    expect(e.verdict).toBe('allowed');
    expect(e.satisfiedBy).toEqual(['Apache-2.0']);
  });

  it('deny wins over allow', () => {
    const p = compilePolicy(buildPolicy({ allow: ['MIT', 'GPL-3.0-only'], deny: ['GPL-3.0-only'] }));
    const e = evaluateCrate(p, crate('g', 'GPL-3.0-only'));
    expect(e.verdict).toBe('denied');
    expect(e.reason).toBe('GPL-3.0-only is denied');
  });

  it('denying X also denies X WITH an exception; denying X WITH e denies only that', () => {
    // With no allow list everything not denied passes: an exception must not slip a denied license through.
    const p = compilePolicy(buildPolicy({ deny: ['GPL-3.0-only', 'Apache-2.0 WITH LLVM-exception'] }));
    const gcc = evaluateCrate(p, crate('g', 'GPL-3.0-only WITH GCC-exception-3.1'));
    expect(gcc.verdict).toBe('denied');
    expect(gcc.reason).toBe("GPL-3.0-only WITH GCC-exception-3.1 is denied by 'GPL-3.0-only'");
    expect(evaluateCrate(p, crate('l', 'Apache-2.0 WITH LLVM-exception')).verdict).toBe('denied');
    expect(evaluateCrate(p, crate('a', 'Apache-2.0')).verdict).toBe('allowed');
    expect(evaluateCrate(p, crate('a2', 'Apache-2.0 WITH Classpath-exception-2.0')).verdict).toBe('allowed');
    // Allow stays exact: allowing X does not allow X WITH e.
    const q = compilePolicy(buildPolicy({ allow: ['GPL-3.0-only'] }));
    expect(evaluateCrate(q, crate('g', 'GPL-3.0-only WITH GCC-exception-3.1')).verdict).toBe('denied');
  });

  it('an AND with a denied license is denied', () => {
    const e = evaluateCrate(ctx(), crate('x', 'MIT AND GPL-3.0-only'));
    expect(e.verdict).toBe('denied');
    expect(e.branches).toEqual([[{ term: 'MIT', status: 'allowed', by: 'MIT' }, { term: 'GPL-3.0-only', status: 'denied', by: 'GPL-3.0-only' }]]);
  });

  it('a license outside the allow list is denied with reason "not allowed"', () => {
    const e = evaluateCrate(ctx(), crate('x', 'MPL-2.0'));
    expect(e.verdict).toBe('denied');
    expect(e.reason).toBe('MPL-2.0 is not allowed');
  });

  it('WITH is a distinct license', () => {
    const p = compilePolicy(buildPolicy({ allow: ['Apache-2.0'] }));
    expect(evaluateCrate(p, crate('x', 'Apache-2.0 WITH LLVM-exception')).verdict).toBe('denied');
    expect(evaluateCrate(ctx(), crate('x', 'Apache-2.0 WITH LLVM-exception')).verdict).toBe('allowed');
  });

  it('GNU ids match exactly: -or-later admits neither -only nor a later version', () => {
    const p = compilePolicy(buildPolicy({ allow: ['GPL-2.0-or-later'] }));
    expect(evaluateCrate(p, crate('a', 'GPL-2.0-or-later')).verdict).toBe('allowed');
    expect(evaluateCrate(p, crate('b', 'GPL-2.0+')).verdict).toBe('allowed');
    expect(evaluateCrate(p, crate('c', 'GPL-2.0-only')).verdict).toBe('denied');
    expect(evaluateCrate(p, crate('d', 'GPL-3.0-only')).verdict).toBe('denied');
    expect(evaluateCrate(p, crate('e', 'GPL-3.0-or-later')).verdict).toBe('denied');
  });

  it('exceptions apply only to the matching name and version range', () => {
    const c = ctx();
    const ok = evaluateCrate(c, crate('ring', 'ISC AND MIT', '0.17.3'));
    expect(ok.verdict).toBe('allowed');
    expect(ok.exceptionUsed).toBe('ring@^0.17');
    expect(evaluateCrate(c, crate('ring', 'ISC AND MIT', '0.16.20')).verdict).toBe('denied');
    expect(evaluateCrate(c, crate('other', 'ISC')).verdict).toBe('denied');
  });

  it('deny wins over exceptions', () => {
    const p = compilePolicy(buildPolicy({ deny: ['ISC'], exceptions: [{ crate: 'ring', allow: ['ISC'] }] }));
    expect(evaluateCrate(p, crate('ring', 'ISC')).verdict).toBe('denied');
  });

  it('clarify replaces the declared license (and license-file)', () => {
    const c = ctx();
    const e = evaluateCrate(c, { name: 'ring', version: '0.17.8', licenseFile: 'LICENSE' });
    expect(e.verdict).toBe('allowed');
    expect(e.clarifiedBy).toBe('ring@0.17.8');
    expect(e.expression).toBe('MIT AND ISC AND OpenSSL');
  });

  it('license-file only needs review; nothing at all is unknown; bad text is invalid-spdx', () => {
    const c = ctx();
    expect(evaluateCrate(c, crate('lf', undefined, '1.0.0', 'LICENSE.txt'))).toMatchObject({
      verdict: 'needs-review',
      reason: expect.stringContaining('LICENSE.txt'),
    });
    expect(evaluateCrate(c, crate('none')).verdict).toBe('unknown');
    expect(evaluateCrate(c, crate('bad', 'MIT-like'))).toMatchObject({ verdict: 'invalid-spdx', reason: expect.stringContaining('MIT-like') });
  });

  it('with no allow list everything not denied is allowed', () => {
    const p = compilePolicy(buildPolicy({ deny: ['GPL-3.0-only'] }));
    expect(evaluateCrate(p, crate('x', 'WTFPL')).verdict).toBe('allowed');
    expect(evaluateCrate(p, crate('y', 'GPL-3.0-only')).verdict).toBe('denied');
  });

  it('reports unused allow entries, unmatched and unneeded exceptions, unused clarifications', () => {
    const c = ctx();
    evaluateCrate(c, crate('either', 'MIT OR Apache-2.0'));
    evaluateCrate(c, crate('ring', 'MIT', '0.17.8'));
    const codes = unusedPolicyFindings(c).map((f) => [f.code, f.message.match(/'([^']+)'/)?.[1], f.line]);
    expect(codes).toEqual([
      ['policy-allow-unused', 'Apache-2.0 WITH LLVM-exception', 5],
      ['policy-allow-unused', 'Unicode-3.0', 6],
      ['policy-allow-unused', 'BSD-3-Clause', 7],
      ['policy-allow-unused', 'Zlib', 8],
      ['policy-exception-unmatched', 'never-used', 15],
    ]);
    // Both branches of MIT OR Apache-2.0 were allowed: Apache-2.0 counts as used.
    // ring@0.17.8 was clarified to MIT AND ISC AND OpenSSL: the exception was needed.
  });

  it('flags an exception that matched but was not needed', () => {
    const c = compilePolicy(buildPolicy({ allow: ['MIT'], exceptions: [{ crate: 'foo', allow: ['ISC'] }] }));
    evaluateCrate(c, crate('foo', 'MIT'));
    expect(unusedPolicyFindings(c).map((f) => f.code)).toEqual(['policy-exception-unused']);
  });
});

describe('groups', () => {
  const tree = fixtures + 'gentoo-tree-mini';

  it('resolves @FREE through license-mapping.conf, deny group wins', async () => {
    const gentoo = await loadGentooLicenseData([tree]);
    const c = compilePolicy(parsePolicy(read('policy-groups/license-policy.yml'), 'g.yml'), gentoo);
    expect(evaluateCrate(c, crate('a', 'MIT OR Apache-2.0'))).toMatchObject({ verdict: 'allowed', satisfiedBy: ['MIT'] });
    expect(evaluateCrate(c, crate('b', 'BSD-3-Clause')).branches).toBeUndefined();
    expect(evaluateCrate(c, crate('c', 'Apache-2.0 WITH LLVM-exception')).verdict).toBe('allowed');
    expect(evaluateCrate(c, crate('d', 'MPL-2.0'))).toMatchObject({ verdict: 'denied', reason: "MPL-2.0 is denied by '@COPYLEFT-WEAK'" });
    // A mapping value with two names needs both in the group.
    expect(evaluateCrate(c, crate('e', 'Unicode-DFS-2016')).verdict).toBe('denied');
  });

  it('an unmapped id is unknown, and says which', async () => {
    const gentoo = await loadGentooLicenseData([tree]);
    const c = compilePolicy(parsePolicy(read('policy-groups/license-policy.yml'), 'g.yml'), gentoo);
    const e = evaluateCrate(c, crate('u', 'Unicode-3.0'));
    expect(e.verdict).toBe('unknown');
    expect(e.reason).toBe('Unicode-3.0 has no Gentoo mapping, so license groups cannot decide it');
    // An explicit allow entry decides it without the mapping.
    const c2 = compilePolicy(buildPolicy({ allow: ['@FREE', 'Unicode-3.0'] }), gentoo);
    expect(evaluateCrate(c2, crate('u', 'Unicode-3.0')).verdict).toBe('allowed');
  });

  it('groups need Gentoo data and must exist', async () => {
    expect(() => compilePolicy(buildPolicy({ allow: ['@FREE'] }))).toThrow(/needs Gentoo license data/);
    const gentoo = await loadGentooLicenseData([tree]);
    expect(() => compilePolicy(buildPolicy({ allow: ['@NOPE'] }), gentoo)).toThrow(/'@NOPE' is not defined/);
  });
});

describe('fuzz', () => {
  it('any parsed document gives a policy or a ConfigurationError, never a crash', async () => {
    const fc = (await import('fast-check')).default;
    const key = fc.constantFrom('allow', 'deny', 'exceptions', 'clarify', 'crate', 'name', 'expression', 'license', 'other');
    const leaf = fc.oneof(fc.constantFrom('MIT', '@FREE', 'ring@^0.17', 'ring@bad', 'MIT OR', 'x y', '', 'GPL-2.0+'), fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.boolean());
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    fc.assert(
      fc.property(fc.oneof(value, fc.dictionary(key, value, { maxKeys: 4 })), (raw) => {
        try {
          const p = buildPolicy(raw, { file: 'fuzz.yml' });
          compilePolicy(p);
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigurationError);
        }
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});

describe('policy files at scale', () => {
  it('a 64,000-entry policy: every entry at its own line, read in linear time', () => {
    // (each entry's line was found by searching the text from its start, and counted by splitting all before
    // it: 32,000 entries took 50 s; a pull request's own policy file is read)
    const n = 64_000;
    const ids = ['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause'];
    let text = 'allow:\n';
    for (let i = 0; i < n; i++) text += `  - ${ids[i % 4]}\n`;
    const p = parsePolicy(text, 'license-policy.yml');
    expect(p.allow).toHaveLength(n);
    expect(p.allow!.slice(0, 5).map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(p.allow![n - 1]!.line).toBe(n + 1);
  });

  it('an entry that is also part of an earlier one is pointed at its own line', () => {
    const p = parsePolicy('allow:\n  - MIT-0\n  - MIT\n', 'license-policy.yml');
    expect(p.allow!.map((e) => [e.text, e.line])).toEqual([
      ['MIT-0', 2],
      ['MIT', 3],
    ]);
  });

  it('a policy named without .yml or .toml, after 640,000 blank lines, is still told apart in linear time', () => {
    // (`^\s*` ran on over the blank lines from every line start: 160,000 took 30 s)
    const blank = '\n'.repeat(640_000);
    expect(parsePolicy(`${blank}allow: [MIT]\n`, '.github/license-policy').allow!.map((e) => e.text)).toEqual(['MIT']);
    expect(parsePolicy(`${blank}allow = ["MIT"]\n`, '.github/license-policy').allow!.map((e) => [e.text, e.line])).toEqual([['MIT', 640_001]]);
  });
});

describe('which entry decides, at any policy size', () => {
  const tree = fixtures + 'gentoo-tree-mini';
  const terms = ['MIT', 'Apache-2.0', 'ISC', 'GPL-2.0-only', 'MPL-2.0', 'Unicode-3.0', 'Apache-2.0 WITH LLVM-exception', 'MIT WITH LLVM-exception'];
  const entries = [...terms, '@FREE', '@COPYLEFT-WEAK', '@PERMISSIVE'];
  const specs = ['a', 'b', 'a@^1', 'a@=1.2.0', 'b@>=2', 'c@<2'];
  const crates = ['a', 'b', 'c'].flatMap((name) => ['1.0.0', '1.2.0', '2.0.0'].flatMap((version) => terms.map((license) => ({ name, version, license }))));

  it('agrees with walking each list in order, for the verdict and for which entries count as used', async () => {
    // The oracle walks the lists entry by entry, as the policy reads; a group's answer for one term comes from a
    // policy of that group alone, where order cannot matter.
    const fc = (await import('fast-check')).default;
    const gentoo = await loadGentooLicenseData([tree]);
    const groupSays = new Map<string, 'in' | 'out' | 'unmapped'>();
    const group = (g: string, term: string) => {
      const k = `${g} ${term}`;
      let d = groupSays.get(k);
      if (d === undefined) {
        const v = evaluateCrate(compilePolicy(buildPolicy({ allow: [g] }), gentoo), crate('x', term)).verdict;
        d = v === 'allowed' ? 'in' : v === 'unknown' ? 'unmapped' : 'out';
        groupSays.set(k, d);
      }
      return d;
    };
    const matches = (entry: string, term: string, family: boolean) =>
      entry.startsWith('@') ? group(entry, term) === 'in' : entry === term || (family && term.startsWith(`${entry} WITH `));
    const specMatches = (spec: string, name: string, version: string) => {
      const p = parseCrateSpec(spec);
      if (typeof p === 'string') throw new Error(p);
      return p.name === name && (p.range === undefined || semver.satisfies(version, p.range, { includePrerelease: true }));
    };
    const list = (n: number) => fc.array(fc.constantFrom(...entries), { maxLength: n });
    fc.assert(
      fc.property(
        fc.option(list(6), { nil: undefined }),
        list(4),
        fc.array(fc.record({ crate: fc.constantFrom(...specs), allow: fc.array(fc.constantFrom(...entries), { minLength: 1, maxLength: 3 }) }), { maxLength: 4 }),
        fc.array(fc.record({ crate: fc.constantFrom(...specs), expression: fc.constantFrom(...terms) }), { maxLength: 3 }),
        fc.array(fc.constantFrom(...crates), { maxLength: 12 }),
        (allow, deny, exceptions, clarify, lock) => {
          const raw = { ...(allow ? { allow } : {}), deny, exceptions, clarify };
          const ctx = compilePolicy(buildPolicy(raw), gentoo);
          const used = { allow: new Set<number>(), exc: new Set<number>(), matched: new Set<number>(), clarify: new Set<number>() };
          for (const c of lock) {
            const ci = clarify.findIndex((x) => specMatches(x.crate, c.name, c.version));
            if (ci >= 0) used.clarify.add(ci);
            const term = ci >= 0 ? clarify[ci]!.expression : c.license;
            const excs = exceptions.map((e, i) => ({ e, i })).filter(({ e }) => specMatches(e.crate, c.name, c.version));
            for (const { i } of excs) used.matched.add(i);
            const ev = evaluateCrate(ctx, c);
            const denier = deny.find((e) => matches(e, term, true));
            if (denier !== undefined) {
              expect(ev.verdict).toBe('denied');
              expect(ev.reason).toBe(denier === term ? `${term} is denied` : `${term} is denied by '${denier}'`);
              continue;
            }
            if (allow === undefined) {
              expect(ev.verdict).toBe('allowed');
              continue;
            }
            const ai = allow.findIndex((e) => matches(e, term, false));
            if (ai >= 0) {
              used.allow.add(ai);
              expect([ev.verdict, ev.exceptionUsed]).toEqual(['allowed', undefined]);
              continue;
            }
            const by = excs.find(({ e }) => e.allow.some((x) => matches(x, term, false)));
            if (by) {
              used.exc.add(by.i);
              expect([ev.verdict, ev.exceptionUsed]).toEqual(['allowed', by.e.crate]);
              continue;
            }
            expect(ev.verdict).toBe(allow.some((e) => e.startsWith('@') && group(e, term) === 'unmapped') ? 'unknown' : 'denied');
          }
          const unused = unusedPolicyFindings(ctx).map((f) => f.message);
          const expected = [
            ...allow?.flatMap((e, i) => (used.allow.has(i) ? [] : [`allow entry '${e}' was not needed by any crate`])) ?? [],
            ...exceptions.flatMap((e, i) =>
              !used.matched.has(i)
                ? [`exception for '${e.crate}' matches no crate in the lockfile`]
                : used.exc.has(i)
                  ? []
                  : [`exception for '${e.crate}' was not needed: the crate is allowed without it`],
            ),
            ...clarify.flatMap((c, i) => (used.clarify.has(i) ? [] : [`clarify entry for '${c.crate}' matches no crate`])),
          ];
          expect(unused).toEqual(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("16,000 exceptions and clarifications against 8,000 crates: each crate tries only its own name's entries", () => {
    // (every entry was tried for every crate: 4,000 crates against 16,000 entries took 23 s; a pull request's
    // own policy and lock are both read)
    const p = 16_000;
    const n = 8_000;
    const ctx = compilePolicy(
      buildPolicy({
        allow: Array.from({ length: p }, (_, i) => `LicenseRef-a${i}`),
        deny: Array.from({ length: p }, (_, i) => `LicenseRef-d${i}`),
        exceptions: Array.from({ length: p }, (_, i) => ({ crate: `x${i}@^1`, allow: [`LicenseRef-e${i}`] })),
        clarify: Object.fromEntries(Array.from({ length: p }, (_, i) => [`y${i}`, `LicenseRef-a${i}`])),
      }),
    );
    const verdicts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      for (const c of [crate(`c${i}`, `LicenseRef-c${i} OR LicenseRef-a${i}`), crate(`x${i}`, `LicenseRef-e${i}`, '1.5.0'), crate(`y${i}`, 'MIT')]) {
        const v = evaluateCrate(ctx, c).verdict;
        verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(verdicts)).toEqual({ allowed: 3 * n });
    const unused = unusedPolicyFindings(ctx);
    expect(unused.filter((f) => f.code === 'policy-allow-unused')).toHaveLength(p - n);
    expect(unused.filter((f) => f.code === 'policy-exception-unmatched')).toHaveLength(p - n);
    expect(unused.filter((f) => f.code === 'policy-clarify-unused')).toHaveLength(p - n);
  });
});
