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
  // parseSrcUri's walk in one pass over the text, without its entries or its tokens (a cargo ebuild's SRC_URI has
  // hundreds): each word is found in place, with the next one for the lookahead, and only distfile names are sliced
  const seen = new Set<string>();
  let a = wordStart(text, 0);
  let b = a === -1 ? -1 : wordEnd(text, a);
  while (a !== -1) {
    const na = wordStart(text, b);
    const nb = na === -1 ? -1 : wordEnd(text, na);
    const len = b - a;
    const c = text.charCodeAt(a);
    const separator = len === 1 ? c === 40 || c === 41 /* ( ) */ : len === 2 && ((c === 45 && text.charCodeAt(a + 1) === 62) /* -> */ || (c === 124 && text.charCodeAt(a + 1) === 124)) /* || */;
    // `flag? (` opens a group
    const condition = text.charCodeAt(b - 1) === 63 && nb - na === 1 && text.charCodeAt(na) === 40;
    if (!separator && !condition) {
      // `uri -> name`: the name is the distfile, and the walk goes on after it
      if (nb - na === 2 && text.charCodeAt(na) === 45 && text.charCodeAt(na + 1) === 62) {
        const ra = wordStart(text, nb);
        if (ra !== -1) {
          const rb = wordEnd(text, ra);
          seen.add(text.slice(ra, rb));
          a = wordStart(text, rb);
          b = a === -1 ? -1 : wordEnd(text, a);
          continue;
        }
      }
      const slash = text.lastIndexOf('/', b - 1);
      const distfile = text.slice(slash >= a ? slash + 1 : a, b);
      if (distfile !== '') seen.add(distfile);
    }
    a = na;
    b = nb;
  }
  return [...seen];
}

/** Where the next word starts at or after `i`; -1 when only white space is left. */
function wordStart(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length ? i : -1;
}

/** Where the word starting at `i` ends (the index after its last character). */
function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** What `/\s/` matches (ASCII and Unicode white space, as `split(/\s+/)` splits on). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A variable's value as one string (arrays joined by spaces); undefined when absent or unknown. */
export function valueText(v: EbuildValue | undefined): string | undefined {
  if (!v || v.kind === 'unknown') return undefined;
  return v.kind === 'string' ? v.value : v.values.join(' ');
}
