/**
 * The static ebuild reader in linear time on hostile text (ebuild text comes from pull requests and remote
 * overlays). Each case once cost the square of its size or more; the sizes here took the old code minutes (or ran
 * it out of memory), and the counts are of work a quadratic reader does and a linear one does not. Where a
 * computation was restated, it is held to the code it replaced (kept here) or to the real bash.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendValue } from '../../shared/gentoo/ebuild/assign.js';
import { WordShape } from '../../shared/gentoo/ebuild/bash-scan.js';
import { checkBashSyntax } from '../../shared/gentoo/ebuild/bash-syntax.js';
import { braceExpand } from '../../shared/gentoo/ebuild/brace.js';
import { globToRegex, substitute, trimPattern } from '../../shared/gentoo/ebuild/glob.js';
import { parseEbuild } from '../../shared/gentoo/ebuild/parse.js';
import { srcUriDistfiles } from '../../shared/gentoo/ebuild/src-uri.js';
import type { EbuildValue } from '../../shared/gentoo/types.js';

const H = 'EAPI=8\nSLOT="0"\nKEYWORDS="~amd64"\n';
const read = (text: string) => parseEbuild(text, 'app-misc/foo/foo-1.0.ebuild', { eclass: () => undefined });

afterEach(() => {
  vi.restoreAllMocks();
});

// --- the code replaced, as references ---

/** appendValue before: a new array each time. */
function oldAppendValue(prev: EbuildValue, value: EbuildValue, rawValue: string): EbuildValue {
  if (prev.kind === 'unknown') return { kind: 'unknown', raw: `${prev.raw} … ${rawValue}`, line: prev.line, reason: prev.reason };
  if (value.kind === 'unknown') return { ...value, line: prev.line };
  if (prev.kind === 'string' && value.kind === 'string') return { kind: 'string', value: prev.value + value.value, line: prev.line };
  if (prev.kind === 'array' && value.kind === 'array') return { kind: 'array', values: [...prev.values, ...value.values], line: prev.line };
  if (prev.kind === 'array' && value.kind === 'string') {
    const vals = [...prev.values];
    vals[0] = (vals[0] ?? '') + value.value;
    return { kind: 'array', values: vals, line: prev.line };
  }
  if (prev.kind === 'string' && value.kind === 'array') return { kind: 'array', values: [prev.value, ...value.values], line: prev.line };
  return value;
}

/** braceExpand before: a scan from each `{` to its `}` or the end. */
function oldBraceExpand(raw: string, limit = 1000): string[] {
  const matchBrace = (s: string, j: number): number => {
    let depth = 1;
    while (j < s.length) {
      const c = s[j];
      if (c === '\\') j += 2;
      else if (c === "'") j = s.indexOf("'", j + 1) + 1 || s.length;
      else if (c === '"') {
        j++;
        while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
        j++;
      } else if (c === '$' && s[j + 1] === '{') {
        depth++;
        j += 2;
      } else if (c === '}') {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    return s.length;
  };
  const matchParen = (s: string, j: number): number => {
    let depth = 1;
    while (j < s.length) {
      const c = s[j];
      if (c === '\\') j += 2;
      else if (c === "'") j = s.indexOf("'", j + 1) + 1 || s.length;
      else if (c === '(') {
        depth++;
        j++;
      } else if (c === ')') {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    return s.length;
  };
  const skipRegion = (r: string, k: number): number => {
    const c = r[k];
    if (c === '\\') return k + 2;
    if (c === "'") return r.indexOf("'", k + 1) + 1 || r.length;
    if (c === '"') {
      k++;
      while (k < r.length && r[k] !== '"') k += r[k] === '\\' ? 2 : 1;
      return k + 1;
    }
    if (c === '$' && r[k + 1] === '{') return matchBrace(r, k + 2);
    if (c === '$' && r[k + 1] === '(') return matchParen(r, k + 2);
    return -1;
  };
  const alternatives = (r: string, k: number): { alts: string[]; close: number } | null => {
    let depth = 1;
    let j = k + 1;
    const commas: number[] = [];
    while (j < r.length && depth > 0) {
      const d = r[j];
      if (d === '\\') j++;
      else if (d === '{') depth++;
      else if (d === '}') depth--;
      else if (d === ',' && depth === 1) commas.push(j);
      if (depth > 0) j++;
    }
    if (depth !== 0) return null;
    if (commas.length > 0) {
      const alts: string[] = [];
      let last = k + 1;
      for (const cpos of commas) {
        alts.push(r.slice(last, cpos));
        last = cpos + 1;
      }
      alts.push(r.slice(last, j));
      return { alts, close: j };
    }
    const rm = /^(-?\d+)\.\.(-?\d+)$/.exec(r.slice(k + 1, j));
    if (!rm) return null;
    const a = Number(rm[1]);
    const b = Number(rm[2]);
    if (Math.abs(b - a) >= limit) return null;
    const alts: string[] = [];
    for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1) alts.push(String(x));
    return { alts, close: j };
  };
  let k = 0;
  while (k < raw.length) {
    const skipped = skipRegion(raw, k);
    if (skipped !== -1) {
      k = skipped;
      continue;
    }
    if (raw[k] === '{') {
      const group = alternatives(raw, k);
      if (group) {
        const out: string[] = [];
        for (const alt of group.alts) {
          for (const e of oldBraceExpand(raw.slice(0, k) + alt + raw.slice(group.close + 1), limit)) {
            out.push(e);
            if (out.length > limit) return out;
          }
        }
        return out;
      }
    }
    k++;
  }
  return [raw];
}

/** trimPattern and `/#` `/%` before: the pattern tested at every cut. */
function oldTrim(value: string, op: string, re: RegExp): string {
  const len = value.length;
  if (op === '#') for (let k = 0; k <= len; k++) if (re.test(value.slice(0, k))) return value.slice(k);
  if (op === '##') for (let k = len; k >= 0; k--) if (re.test(value.slice(0, k))) return value.slice(k);
  if (op === '%') for (let k = len; k >= 0; k--) if (re.test(value.slice(k))) return value.slice(0, k);
  if (op === '%%') for (let k = 0; k <= len; k++) if (re.test(value.slice(k))) return value.slice(0, k);
  if (op === '/#') for (let k = len; k >= 0; k--) if (re.test(value.slice(0, k))) return 'R' + value.slice(k);
  if (op === '/%') for (let k = 0; k <= len; k++) if (re.test(value.slice(k))) return value.slice(0, k) + 'R';
  return value;
}

describe('a: A+=( … ) repeated', () => {
  it('40,000 appends to one array are read whole (each copied the array: minutes)', () => {
    const a = read(`${H}${'A+=( x y )\n'.repeat(40_000)}`).vars.A;
    expect(a?.kind === 'array' && a.values.length).toBe(80_000);
    expect(a?.kind === 'array' && a.values.slice(0, 3)).toEqual(['x', 'y', 'x']);
  });

  it('appends as the old copying code did, for generated sequences of values', () => {
    const value = fc.oneof(
      fc.array(fc.constantFrom('a', 'b', ''), { maxLength: 3 }).map((values): EbuildValue => ({ kind: 'array', values, line: 2 })),
      fc.constantFrom('x', '', 'yz').map((value): EbuildValue => ({ kind: 'string', value, line: 3 })),
      fc.constant<EbuildValue>({ kind: 'unknown', raw: 'r', line: 4, reason: 'why' }),
    );
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 6 }), (first, rest) => {
        const clone = (v: EbuildValue): EbuildValue => structuredClone(v);
        let ours = clone(first);
        let old = clone(first);
        for (const v of rest) {
          ours = appendValue(ours, clone(v), 'raw');
          old = oldAppendValue(old, clone(v), 'raw');
        }
        expect(ours).toEqual(old);
      }),
    );
  });

  it('CARGO_CRATE_URIS keeps CRATES as at `inherit cargo`, whatever is appended to it after', () => {
    const uris = (text: string) => srcUriDistfiles(parseEbuild(text, 'app-misc/foo/foo-1.0.ebuild').vars.SRC_URI);
    expect(uris('CRATES=( a@1.0.0 )\ninherit cargo\nCRATES+=( b@2.0.0 )\nSRC_URI="${CARGO_CRATE_URIS}"\n')).toEqual(['a-1.0.0.crate']);
    expect(uris('CRATES=( a@1.0.0 )\ninherit cargo\nCRATES+=.1\nSRC_URI="${CARGO_CRATE_URIS}"\n')).toEqual(['a-1.0.0.crate']);
    expect(uris('CRATES=( a@1.0.0 )\nCRATES+=( b@2.0.0 )\ninherit cargo\nSRC_URI="${CARGO_CRATE_URIS}"\n')).toEqual(['a-1.0.0.crate', 'b-2.0.0.crate']);
  });
});

describe('b, e: reserved words and open frames', () => {
  it('100,000 nested `{ … }` groups around an assignment (the command was copied for each `{`)', () => {
    expect(read(`${H}${'{ '.repeat(100_000)}A=1${'; }'.repeat(100_000)}\n`).vars.A).toMatchObject({ kind: 'string', value: '1' });
  });

  it('600,000 assignments inside 120,000 nested `if true` (every open frame was looked at for each command)', () => {
    const info = read(`${H}${'if true; then\n'.repeat(120_000)}${'A=1\n'.repeat(600_000)}${'fi\n'.repeat(120_000)}B=2\n`);
    expect(info.vars.A).toMatchObject({ kind: 'string', value: '1' });
    expect(info.vars.B).toMatchObject({ kind: 'string', value: '2' });
  });

  it('the outermost undecided frame still names the reason, and a dead one still wins, under deep nesting', () => {
    const info = read(`${H}if [[ \${ARCH} == y ]]; then\n${'if true; then\n'.repeat(50)}A=1\nif false; then B=1; else C=1; fi\n${'fi\n'.repeat(50)}fi\n`);
    expect(info.vars.A).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('line 4') });
    expect(info.vars.C).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('line 4') });
    expect(info.vars.B).toBeUndefined();
  });
});

describe('c: `=` after `=` in one word', () => {
  it('A[0]= and a million `=` (a regex over the word so far at each one: minutes)', () => {
    expect(checkBashSyntax(`${H}A[0]=${'='.repeat(1_000_000)}\n`).kind).toBe('ok');
    expect(read(`${H}A[0]=${'='.repeat(1_000_000)}\n`).vars.A).toMatchObject({ kind: 'unknown' });
  });

  it("WordShape answers as the two regexes it replaced, on words added in any pieces", () => {
    const piece = fc.array(fc.constantFrom('A', 'b', '_', '1', '[', ']', '+', '=', 'x', '$', ' '), { maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const shape = new WordShape();
        let text = '';
        for (const p of pieces) {
          text += p;
          shape.add(p);
          expect([shape.isName(text), shape.isAssignmentLeft(text)]).toEqual([
            /^[A-Za-z_][A-Za-z0-9_]*$/.test(text),
            /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/.test(text),
          ]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('d, j: brace expansion', () => {
  it('400,000 unmatched `{` (each was followed to the end of the word)', () => {
    const w = '{'.repeat(400_000);
    expect(braceExpand(w)).toEqual([w]);
    expect(read(`${H}A=( ${w} )\n`).vars.A).toMatchObject({ kind: 'array' });
  });

  it('expands as the old code did, for generated words', () => {
    const word = fc.array(fc.constantFrom('{', '}', ',', '\\', "'", '"', '$', '(', ')', 'a', '1', '.', '..', '-', '{a,b}', '{1..3}'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, (w) => {
        expect(braceExpand(w, 20)).toEqual(oldBraceExpand(w, 20));
      }),
      { numRuns: 5000 },
    );
  });

  it('a word of 3,000 groups is not expanded: ebuild-too-deep, once its expansion would build 4 MB', () => {
    // (the old code went down 3,000 levels building a word of 15,000 characters at each, and 8,000 ran out of stack)
    expect(() => braceExpand('{a,b}'.repeat(3_000))).toThrow(RangeError);
    const info = read(`${H}A=( ${'{a,b}'.repeat(3_000)} )\n`);
    expect(info.findings.map((f) => f.code)).toEqual(['ebuild-too-deep']);
    expect(info.findings[0].message).toContain('brace expansion');
    // what a real ebuild has stays expanded, capped at 1,001 words as before
    expect(braceExpand('{a,b}'.repeat(11))).toEqual(oldBraceExpand('{a,b}'.repeat(11)));
    expect(braceExpand('{a,b}'.repeat(11))).toHaveLength(1001);
  });
});

describe('e-h: one long line, a long inherit', () => {
  it('20,000 `${X}` on one line: the text is searched about once, not to the end of the line for each', () => {
    const text = `${H}X=a\nY="${'${X}'.repeat(20_000)}"\n`;
    let searched = 0;
    const indexOf = String.prototype.indexOf;
    vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, s: string, from?: number) {
      const r = indexOf.call(this, s, from);
      if (this.length === text.length) searched += (r === -1 ? this.length : r) - (from ?? 0);
      return r;
    });
    expect(checkBashSyntax(text).kind).toBe('ok');
    vi.restoreAllMocks();
    expect(searched).toBeLessThan(10 * text.length);
  });

  it('inherit of 300,000 names lists each once, in order (each was looked up in the list so far)', () => {
    const names = Array.from({ length: 300_000 }, (_, i) => `e${i}`);
    const info = read(`${H}inherit ${names.join(' ')} e0 e1\n`);
    expect(info.inherit).toEqual(names);
  });
});

describe('f: trimming by a pattern', () => {
  it('${X%%*9999} and the other cuts on 200,000 characters (the pattern was tested at every cut: minutes)', () => {
    const x = 'a'.repeat(200_000);
    for (const pat of ['*9999', '9999*', '*9*9*9*', 'a*9', '?*b*?']) {
      const re = globToRegex(pat);
      for (const op of ['#', '##', '%', '%%']) expect(trimPattern(x, op, re)).toBe(x);
      expect(substitute(x, '/#', re, 'R')).toBe(x);
      expect(substitute(x, '/%', re, 'R')).toBe(x);
    }
    const vars = read(`${H}X=${x}\nY=\${X%%*9999}\nZ=\${X%a*}\n`).vars;
    expect([vars.Y?.kind === 'string' && vars.Y.value === x, vars.Z?.kind === 'string' && vars.Z.value.length]).toEqual([true, x.length - 1]);
  });

  it('cuts where testing every cut did, for generated patterns and values', () => {
    const pattern = fc
      .array(fc.constantFrom('*', '*', '?', 'a', 'b', '[ab]', '[!a]', '[]a]', '[a-b]', '\\*', '\x00*', '\x00', '[', ']', '\\'), { maxLength: 7 })
      .map((a) => a.join(''));
    const value = fc.array(fc.constantFrom('a', 'b', 'c', '*', ']', '\n'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, value, (p, v) => {
        const re = globToRegex(p);
        for (const op of ['#', '##', '%', '%%']) expect(trimPattern(v, op, re)).toBe(oldTrim(v, op, re));
        expect(substitute(v, '/#', re, 'R')).toBe(oldTrim(v, '/#', re));
        expect(substitute(v, '/%', re, 'R')).toBe(oldTrim(v, '/%', re));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('i: nested case', () => {
  it('1,500 nested case statements around 2,000 commands: the tokens are not copied out at each level', () => {
    const text = `${H}${'case x in x) '.repeat(1_500)}${'A=1; '.repeat(2_000)}A=2${' ;; esac'.repeat(1_500)}\n`;
    let copied = 0;
    const slice = Array.prototype.slice;
    vi.spyOn(Array.prototype, 'slice').mockImplementation(function (this: unknown[], start?: number, end?: number) {
      const r = slice.call(this, start, end);
      copied += r.length;
      return r;
    });
    const info = read(text);
    vi.restoreAllMocks();
    expect(info.vars.A).toMatchObject({ kind: 'string', value: '2' });
    // the tokens: about 20,000
    expect(copied).toBeLessThan(200_000);
  });
});
