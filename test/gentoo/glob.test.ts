/**
 * Bash glob patterns (`[[ x == pat ]]`, `case`, `${x#pat}`, `${x//pat/rep}`) and wildcard atoms, against their
 * oracle, the real bash on this machine, and on the shapes that once made them exponential.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globToRegex, substitute, trimPattern } from '../../shared/gentoo/ebuild/glob.js';
import { parseEbuild } from '../../shared/gentoo/ebuild/parse.js';
import { atomMatches, parseAtom } from '../../shared/gentoo/atom.js';

const hasBash = spawnSync('bash', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasBash)('globs against bash (skipped: no bash)', () => {
  it('match, trim and substitute as bash does, for generated patterns and words', () => {
    const pattern = fc
      .array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom('*', '*', '?', 'a', 'b', 'c', '[ab]', '[!a]', '.') },
          // classes bash reads otherwise than a regular expression would: `]` first, POSIX classes, `^`, `|`
          { weight: 2, arbitrary: fc.constantFrom('[]a]', '[!]a]', '[^a]', '[]]', '[!]]', '[a|b]', '[]a|b]', '[[:digit:]]', '[![:alpha:]]', '[[:alpha:]1]', '[a-c]', '[!a-b]', '[', ']', '[[]', '[a\\]]', '[:a]') },
        ),
        { minLength: 1, maxLength: 7 },
      )
      .map((a) => a.join(''));
    const word = fc.array(fc.constantFrom('a', 'b', 'c', '.', '*', '1', ']', '[', '|', ':', '^', '\\'), { maxLength: 10 }).map((a) => a.join(''));
    const cases = fc.sample(fc.tuple(pattern, word), { numRuns: 800, seed: 20261205 });
    // one bash for all: each line `match|#|##|%|%%|/|//` results, tab-separated
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const script = cases
      .map(([p, w]) => `p=${q(p)}; w=${q(w)}; if [[ $w == $p ]]; then m=1; else m=0; fi; printf '%s\\t%s\\t%s\\t%s\\t%s\\t%s\\t%s\\n' "$m" "\${w#$p}" "\${w##$p}" "\${w%$p}" "\${w%%$p}" "\${w/$p/X}" "\${w//$p/X}"`)
      .join('\n');
    const r = spawnSync('bash', ['-s'], { input: script, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(cases.length);
    cases.forEach(([p, w], i) => {
      const re = globToRegex(p);
      const ours = [re.test(w) ? '1' : '0', ...['#', '##', '%', '%%'].map((op) => trimPattern(w, op, re)), substitute(w, '/', re, 'X'), substitute(w, '//', re, 'X')].join('\t');
      // bash 5.2's ${w/…/…} never matches with a negated class whose first member is `]` (`[!]]`, `[^]a]`), nor
      // with a `[` no `]` closes, where [[ ]], # and % do: quirks of its substitution, not followed here
      const fields = /\[[!^]\]|\[[^\]]*$/.test(p) ? 5 : 7;
      const cut = (r: string) => r.split('\t').slice(0, fields).join('\t');
      expect({ p, w, r: cut(ours) }).toEqual({ p, w, r: cut(lines[i]!) });
    });
  });
});

describe('globs in linear time', () => {
  const H = 'EAPI=8\nSLOT="0"\nKEYWORDS="~amd64"\n';
  const y = (text: string) => parseEbuild(text, 'app-misc/foo/foo-1.0.ebuild', { eclass: () => undefined }).vars.Y;

  it('a condition, a case and a substitution with many stars that fail to match', () => {
    // (each * was [\s\S]* in a regular expression: 8 stars against 40 characters took 3 s, each 2 more x10)
    const x = 'a'.repeat(40);
    expect(y(`${H}X=${x}\nif [[ \${X} == ${'*a'.repeat(24)}*b ]]; then Y=1; else Y=2; fi\n`)).toMatchObject({ kind: 'string', value: '2' });
    expect(y(`${H}X=${x}\nif [[ \${X} == ${'*a'.repeat(24)}* ]]; then Y=1; else Y=2; fi\n`)).toMatchObject({ kind: 'string', value: '1' });
    expect(y(`${H}X=${'a'.repeat(4000)}\ncase \${X} in\n  *a*a*a*b) Y=1 ;;\n  *) Y=3 ;;\nesac\n`)).toMatchObject({ kind: 'string', value: '3' });
    expect(y(`${H}X=${'a'.repeat(4000)}\nY=\${X//*a*a*b/}\n`)).toMatchObject({ kind: 'string', value: 'a'.repeat(4000) });
  });

  it('a substitution with stars that fails on a 400,000-character value, and one that matches at its end', () => {
    // (the pattern was searched for from every start, each as long as the rest: 64,000 characters took 3.5 s)
    const x = 'a'.repeat(400_000);
    expect(y(`${H}X=${x}\nY=\${X/*9/-}\n`)).toMatchObject({ kind: 'string', value: x });
    expect(y(`${H}X=${x}\nY=\${X//a*9999/-}\n`)).toMatchObject({ kind: 'string', value: x });
    expect(y(`${H}X=${x}9\nY=\${X/?a*9/-}\n`)).toMatchObject({ kind: 'string', value: '-' });
    expect(y(`${H}X=b${x}c\nY=\${X//a*a/-}\n`)).toMatchObject({ kind: 'string', value: 'b-c' });
    expect(substitute('xaybazb', '//', globToRegex('a*b'), '-')).toBe('x-');
    expect(substitute('xab.ab', '//', globToRegex('a?'), '-')).toBe('x-.-');
  });

  it("a wildcard atom with many stars (a repository's package.mask) against a long name", () => {
    const atom = parseAtom(`*/${'*a'.repeat(24)}*b`, { allowWildcard: true, allowBlocker: false });
    if (!atom.ok) throw new Error(atom.error);
    expect(atomMatches(atom.atom, { category: 'app-misc', package: 'a'.repeat(40), version: '1.0', repo: 'ovl' })).toBe(false);
    expect(atomMatches(atom.atom, { category: 'app-misc', package: `${'a'.repeat(40)}b`, version: '1.0', repo: 'ovl' })).toBe(true);
  });
});
