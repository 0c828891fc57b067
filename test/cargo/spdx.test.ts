import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseExpression,
  normaliseExpression,
  correctLicenseId,
  orBranches,
  licenseTerms,
  formatExpression,
  termKey,
  MAX_BRANCHES,
  type SpdxNode,
} from '../../shared/cargo/spdx.js';
import { buildPolicy, compilePolicy, evaluateCrate } from '../../shared/cargo/policy.js';

function ok(raw: string) {
  const r = parseExpression(raw);
  if (!r.ok) throw new Error(`expected ${raw} to parse: ${r.error.message}`);
  return r;
}

describe('normalise + parse', () => {
  it.each([
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0', ['legacy-slash']],
    ['MIT / Apache-2.0', 'MIT OR Apache-2.0', ['legacy-slash']],
    ['Apache-2.0/MIT/BSD-3-Clause', 'Apache-2.0 OR MIT OR BSD-3-Clause', ['legacy-slash']],
    ['mit or apache-2.0', 'MIT OR Apache-2.0', ['operator-case', 'id-case', 'id-case']],
    ['MIT and Zlib', 'MIT AND Zlib', ['operator-case']],
    ['Apache-2.0 with llvm-exception', 'Apache-2.0 WITH LLVM-exception', ['operator-case', 'exception-case']],
    ['Apache2', 'Apache-2.0', ['id-fixed']],
    ['MPL-2', 'MPL-2.0', ['id-fixed']],
    ['ASL-2.0 OR MIT', 'Apache-2.0 OR MIT', ['id-fixed']],
    ['GPL-2.0', 'GPL-2.0-only', ['deprecated-id']],
    ['GPL-2.0+', 'GPL-2.0-or-later', ['deprecated-id']],
    ['LGPL-2.1+ OR MIT', 'LGPL-2.1-or-later OR MIT', ['deprecated-id']],
    ['GPLv3', 'GPL-3.0-only', ['id-fixed', 'deprecated-id']],
    ['GPL-2.0-with-classpath-exception', 'GPL-2.0-only WITH Classpath-exception-2.0', ['deprecated-id']],
    ['licenseref-ring', 'LicenseRef-ring', ['id-case']],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0', []],
    ['(MIT OR Apache-2.0) AND Unicode-DFS-2016', '(MIT OR Apache-2.0) AND Unicode-DFS-2016', []],
    ['MPL-1.1+', 'MPL-1.1+', []],
    // A version written apart from its name (issue 16: `Apache 2.0` was a syntax error while `Apache2` was fixed).
    ['Apache 2.0', 'Apache-2.0', ['id-fixed']],
    ['MIT OR Apache 2.0', 'MIT OR Apache-2.0', ['id-fixed']],
    ['(Apache 2.0 OR MIT) AND MPL 2.0', '(Apache-2.0 OR MIT) AND MPL-2.0', ['id-fixed', 'id-fixed']],
    ['GPL 2.0+', 'GPL-2.0-or-later', ['id-fixed', 'deprecated-id']],
  ])('%s -> %s', (raw, expression, kinds) => {
    const r = ok(raw);
    expect(r.expression).toBe(expression);
    expect(r.corrections.map((c) => c.kind)).toEqual(kinds);
  });

  it('`Apache 2.0` is reported as a correction; a version after a name that joins to no id stays an error', () => {
    expect(ok('Apache 2.0').corrections).toEqual([{ kind: 'id-fixed', from: 'Apache 2.0', to: 'Apache-2.0', message: "license id 'Apache 2.0' read as 'Apache-2.0'" }]);
    for (const bad of ['MIT 2.0', 'Apache License 2.0', 'Apache-2.0 WITH LLVM-exception 2']) expect(parseExpression(bad).ok, bad).toBe(false);
  });

  it('reports the legacy slash with the rewritten text', () => {
    const r = ok('MIT/Apache-2.0');
    expect(r.corrections[0]).toMatchObject({ kind: 'legacy-slash', from: 'MIT/Apache-2.0', to: 'MIT OR Apache-2.0' });
  });

  it('keeps WITH as part of the term', () => {
    const r = ok('Apache-2.0 WITH LLVM-exception OR MIT');
    expect(licenseTerms(r.ast).map(termKey)).toEqual(['Apache-2.0 WITH LLVM-exception', 'MIT']);
  });

  it('modernise can be turned off', () => {
    const r = parseExpression('GPL-2.0+', { modernise: false });
    expect(r.ok && r.expression).toBe('GPL-2.0+');
    expect(r.corrections).toEqual([]);
    // Cached per setting: the same text parsed both ways in either order.
    const m = parseExpression('LGPL-2.1+');
    expect(m.ok && m.expression).toBe('LGPL-2.1-or-later');
    const k = parseExpression('LGPL-2.1+', { modernise: false });
    expect(k.ok && k.expression).toBe('LGPL-2.1+');
  });

  it('does not correct whole expressions (MIT/Apache-2.0 keeps both)', () => {
    const r = ok('MIT/Apache-2.0');
    expect(licenseTerms(r.ast).map((t) => t.id)).toEqual(['MIT', 'Apache-2.0']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Foo', 'unknown-id'],
    ['MIT OR Proprietary', 'unknown-id'],
    ['Apache-2.0 WITH no-such-exception', 'unknown-exception'],
    ['MIT, Apache-2.0', 'syntax'],
    ['MIT OR', 'syntax'],
    ['OR MIT', 'syntax'],
    ['((MIT)', 'syntax'],
    ['MIT)', 'syntax'],
    ['MIT Apache-2.0', 'syntax'],
    ['()', 'syntax'],
    ['MIT WITH Apache-2.0', 'unknown-exception'],
    ['MIT +', 'syntax'],
  ])('%j fails with %s', (raw, kind) => {
    const r = parseExpression(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });

  it('refuses very long input', () => {
    const r = parseExpression('MIT OR '.repeat(500) + 'MIT');
    expect(!r.ok && r.error.kind).toBe('too-long');
  });

  it('names the unknown token', () => {
    const r = parseExpression('MIT OR Proprietary');
    expect(!r.ok && r.error.token).toBe('Proprietary');
  });
});

describe('correctLicenseId', () => {
  it('fixes single ids only when unambiguous', () => {
    expect(correctLicenseId('apache-2.0')).toEqual({ id: 'Apache-2.0', kind: 'id-case' });
    expect(correctLicenseId('BSD3')).toEqual({ id: 'BSD-3-Clause', kind: 'id-fixed' });
    expect(correctLicenseId('Apache')).toBeUndefined();
    expect(correctLicenseId('GPL')).toBeUndefined();
    expect(correctLicenseId('MIT-like')).toBeUndefined();
  });
});

describe('orBranches', () => {
  it('expands AND over OR', () => {
    const r = ok('MIT AND (Apache-2.0 OR BSD-3-Clause)');
    expect(orBranches(r.ast)!.map((b) => b.map(termKey))).toEqual([
      ['MIT', 'Apache-2.0'],
      ['MIT', 'BSD-3-Clause'],
    ]);
  });
  it('gives up above MAX_BRANCHES', () => {
    const pair = '(MIT OR Apache-2.0)';
    const r = ok(Array.from({ length: 9 }, () => pair).join(' AND '));
    expect(2 ** 9).toBeGreaterThan(MAX_BRANCHES);
    expect(orBranches(r.ast)).toBeUndefined();
  });
});

describe('fuzz', () => {
  const pool = [
    'MIT', 'mit', 'Apache-2.0', 'apache-2.0', 'GPL-2.0', 'GPL-2.0+', 'BSD-3-Clause', 'Zlib', 'Unicode-3.0',
    'LLVM-exception', 'llvm-exception', 'LicenseRef-x', 'DocumentRef-a:LicenseRef-b', 'Apache2', 'foo', '+',
    'AND', 'and', 'OR', 'or', 'WITH', 'with', '(', ')', '/', ',', ':', ' ', '  ', '\t', '-', '.', 'é', '\u0000',
  ];
  const mutated = fc
    .tuple(fc.array(fc.constantFrom(...pool), { maxLength: 14 }), fc.constantFrom('', ' '))
    .map(([xs, sep]) => xs.join(sep));

  it('mutated expressions give typed results, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (raw) => {
        const r = parseExpression(raw);
        if (r.ok) {
          // The canonical text parses again to itself with nothing left to correct.
          const again = parseExpression(r.expression);
          expect(again.ok && again.expression).toBe(r.expression);
          expect(again.corrections).toEqual([]);
        } else {
          expect(['empty', 'too-long', 'unknown-id', 'unknown-exception', 'syntax']).toContain(r.error.kind);
          expect(typeof r.error.message).toBe('string');
        }
      }),
      { numRuns: 4000, seed: 42 },
    );
  });

  it('deep nesting is an error or a result, not a stack overflow', () => {
    const deep = '('.repeat(900) + 'MIT' + ')'.repeat(900);
    const r = parseExpression(deep);
    expect(r.ok ? r.expression : r.error.kind).toBeTruthy();
  });

  const ids = ['MIT', 'Apache-2.0', 'ISC', 'Zlib', 'BSD-2-Clause', 'GPL-3.0-or-later', 'MPL-2.0'];
  const tree: fc.Arbitrary<SpdxNode> = fc.letrec<{ node: SpdxNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('license' as const), id: fc.constantFrom(...ids), plus: fc.constant(false) }),
      fc.record({ type: fc.constantFrom('and' as const, 'or' as const), terms: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
    ),
  })).node;

  it('formatExpression round-trips through the parser', () => {
    fc.assert(
      fc.property(tree, (node) => {
        const text = formatExpression(node);
        const r = parseExpression(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.corrections).toEqual([]);
        // Same alternatives before and after: precedence and parentheses survived.
        const alts = (n: SpdxNode) => new Set(orBranches(n)?.map((b) => b.map(termKey).sort().join('&')));
        expect(alts(r.ast)).toEqual(alts(node));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});

describe('normaliseExpression', () => {
  it('returns the rewritten text even when an id is unknown', () => {
    const n = normaliseExpression('mit/Foo');
    expect(n.text).toBe('MIT OR Foo');
    expect(n.error?.kind).toBe('unknown-id');
  });
});

describe('orBranches of long expressions', () => {
  // The plain statement: multiply the children out one by one, each branch's terms once, in order.
  const reference = (node: SpdxNode): string[][] | undefined => {
    if (node.type === 'license') return [[termKey({ id: node.id, plus: node.plus, ...(node.exception !== undefined ? { exception: node.exception } : {}) })]];
    const kids = node.terms.map(reference);
    if (kids.some((k) => k === undefined)) return undefined;
    if (node.type === 'or') return kids.flat() as string[][];
    let acc: string[][] = [[]];
    for (const b of kids as string[][][]) acc = acc.flatMap((left) => b.map((right) => [...new Set([...left, ...right])]));
    return acc;
  };
  const ids = ['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause', 'Unicode-3.0', 'Apache-2.0 WITH LLVM-exception'];
  const expr = fc.letrec((tie) => ({
    e: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...ids), fc.tuple(tie('e'), fc.constantFrom(' AND ', ' OR '), tie('e')).map(([a, op, b]) => `(${a}${op}${b})`)),
  })).e as fc.Arbitrary<string>;

  it('the same branches as multiplying out child by child', () => {
    fc.assert(
      fc.property(expr, (x) => {
        const r = parseExpression(x);
        if (!r.ok) return;
        const ours = orBranches(r.ast)?.map((b) => b.map(termKey));
        const ref = reference(r.ast);
        expect(ours).toEqual(ref !== undefined && ref.length <= 256 ? ref : undefined);
      }),
      { numRuns: 2_000 },
    );
  });

  it('eight ORs and 85 more licenses ANDed (1.9 KB), 1,000 different ones: 256 branches each, judged term by term once', () => {
    // (each AND made every branch again, deduplicating all its terms: 200 ms and 1.3 MB kept per expression;
    // 2,000 such crates ran out of memory)
    const policy = compilePolicy(buildPolicy({ allow: ['MIT', 'Apache-2.0'], deny: ['GPL-3.0-only'] }));
    const make = (u: number) =>
      [...Array.from({ length: 8 }, (_, i) => `(LicenseRef-o${i} OR LicenseRef-p${i})`), ...Array.from({ length: 85 }, (_, i) => `LicenseRef-t${i}`), `LicenseRef-u${u}`].join(' AND ');
    expect(make(0).length).toBeGreaterThan(1_900);
    const first = parseExpression(make(0));
    expect(first.ok && orBranches(first.ast)!.length).toBe(256);
    expect(first.ok && orBranches(first.ast)![255]!.length).toBe(94);
    for (let i = 0; i < 1_000; i++) {
      const e = evaluateCrate(policy, { name: `c${i}`, version: '1.0.0', license: make(i) });
      expect(e.verdict).toBe('denied');
      // 256 x 94 verdicts are not kept as detail
      expect(e.branches).toBeUndefined();
    }
  });
});
