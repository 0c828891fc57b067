/** SRC_URI as Gentoo reads it: USE-conditional groups, `->` renames, and the distfile names it fetches. */
import type { EbuildValue } from '../types.js';

export interface SrcUriEntry {
  uri: string;
  /** The file name in DISTDIR (after a `->` rename). */
  distfile: string;
  /** USE conditions the entry is nested in, e.g. `['test', '!system-llvm']`. */
  conditions: string[];
}

/** Parse SRC_URI text (USE-conditional groups and `->` renames). */
export function parseSrcUri(text: string): SrcUriEntry[] {
  const toks = text.split(/\s+/).filter(Boolean);
  const out: SrcUriEntry[] = [];
  const stack: string[] = [];
  const condStack: (string | null)[] = [];
  let pendingCond: string | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.endsWith('?') && toks[k + 1] === '(') {
      pendingCond = t.slice(0, -1);
      continue;
    }
    if (t === '(') {
      condStack.push(pendingCond);
      if (pendingCond !== null) stack.push(pendingCond);
      pendingCond = null;
      continue;
    }
    if (t === ')') {
      const c = condStack.pop();
      if (c !== null && c !== undefined) stack.pop();
      continue;
    }
    if (t === '->' || t === '||') continue;
    let distfile = t.slice(t.lastIndexOf('/') + 1);
    if (toks[k + 1] === '->' && toks[k + 2] !== undefined) {
      distfile = toks[k + 2];
      k += 2;
    }
    if (distfile === '') continue;
    out.push({ uri: t, distfile, conditions: [...stack] });
  }
  return out;
}

/** Distfile names SRC_URI fetches (all USE-conditional groups included), in order, without duplicates.
 * undefined when the value is not known statically. */
export function srcUriDistfiles(value: EbuildValue | string | undefined): string[] | undefined {
  if (value === undefined) return [];
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value.kind === 'unknown') return undefined;
  else text = value.kind === 'string' ? value.value : value.values.join(' ');
  // parseSrcUri's walk without its entries or its tokens (a cargo ebuild's SRC_URI has hundreds): the words are
  // found in place and only each distfile name is sliced out
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    starts.push(i);
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  const is = (k: number, word: string): boolean => k < starts.length && ends[k] - starts[k] === word.length && text.startsWith(word, starts[k]);
  const seen = new Set<string>();
  for (let k = 0; k < starts.length; k++) {
    const a = starts[k];
    const b = ends[k];
    if (is(k, '(') || is(k, ')') || is(k, '->') || is(k, '||') || (text.charCodeAt(b - 1) === 63 /* ? */ && is(k + 1, '('))) continue;
    let distfile: string;
    if (is(k + 1, '->') && k + 2 < starts.length) {
      distfile = text.slice(starts[k + 2], ends[k + 2]);
      k += 2;
    } else {
      const slash = text.lastIndexOf('/', b - 1);
      distfile = text.slice(slash >= a ? slash + 1 : a, b);
    }
    if (distfile !== '') seen.add(distfile);
  }
  return [...seen];
}

/** What `/\s/` matches (ASCII and Unicode white space, as `split(/\s+/)` splits on). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A variable's value as one string (arrays joined by spaces); undefined when absent or unknown. */
export function valueText(v: EbuildValue | undefined): string | undefined {
  if (!v || v.kind === 'unknown') return undefined;
  return v.kind === 'string' ? v.value : v.values.join(' ');
}
