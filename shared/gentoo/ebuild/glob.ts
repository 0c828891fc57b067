/** Bash glob patterns as used by `${x#pat}`, `${x/pat/rep}` and `[[ x == pat ]]`. */

/**
 * Glob pattern (already expanded) to an anchored RegExp. Quoted parts are marked literal with \x00.
 *
 * Every piece between two `*` matches a fixed number of characters, so the earliest place each such piece
 * matches is the right one: each is matched there once, atomically (`(?=([\s\S]*?piece))\1`, a lookahead the
 * engine never goes back into), and only the piece after the last `*` is tried from the end. Each `*` as
 * `[\s\S]*` made a failing match try every split: `*a*a*a*a*a*a*a*b` against 40 characters took 3 s, and two
 * more stars ten times as long (ebuild conditions, `case`, `${x#…}`; all from the repository).
 */
export function globToRegex(pat: string): RegExp {
  const pieces: string[] = [''];
  // how many characters each piece matches
  const lengths: number[] = [0];
  for (let k = 0; k < pat.length; k++) {
    const c = pat[k];
    let out: string;
    if (c === '\x00') {
      out = escapeRe(pat[++k] ?? '');
    } else if (c === '*') {
      pieces.push('');
      lengths.push(0);
      continue;
    } else if (c === '?') out = '[\\s\\S]';
    else if (c === '[') {
      const b = bracket(pat, k);
      if (b === undefined) out = '\\[';
      else {
        out = b.re;
        k = b.end;
      }
    } else if (c === '\\') out = escapeRe(pat[++k] ?? '');
    else out = escapeRe(c!);
    pieces[pieces.length - 1] += out;
    if (out !== '') lengths[lengths.length - 1]++;
  }
  let body = pieces[0]!;
  if (pieces.length > 1) {
    let group = 0;
    for (const piece of pieces.slice(1, -1)) if (piece) body += `(?=([\\s\\S]*?${piece}))\\${++group}`;
    body += `[\\s\\S]*${pieces[pieces.length - 1]}`;
  }
  try {
    const re = new RegExp(`^(?:${body})$`);
    globPieces.set(re, pieces.map((src, i) => ({ src, len: lengths[i]! })));
    return re;
  } catch {
    // a class bash reads and JavaScript does not (`[z-a]`): it matches nothing
    return NO_MATCH;
  }
}

const NO_MATCH = /(?!)/;

/**
 * The pieces between the stars of a pattern globToRegex made, each matching a fixed number of characters: what
 * trimming and `/#` `/%` use to find their cut without testing the pattern at every place in the value.
 */
interface Piece {
  src: string;
  len: number;
  sticky?: RegExp;
  global?: RegExp;
}
const globPieces = new WeakMap<RegExp, Piece[]>();

/** Whether piece p matches v at i. */
function pieceAt(v: string, p: Piece, i: number): boolean {
  if (i < 0 || i + p.len > v.length) return false;
  if (p.len === 0) return true;
  const re = (p.sticky ??= new RegExp(p.src, 'y'));
  re.lastIndex = i;
  return re.test(v);
}

/** The first place at or after `from` where p matches and ends by `limit`; -1 when none. */
function pieceFirst(v: string, p: Piece, from: number, limit: number): number {
  if (p.len === 0) return from <= limit ? from : -1;
  const re = (p.global ??= new RegExp(p.src, 'g'));
  re.lastIndex = from;
  const m = re.exec(v);
  return m !== null && m.index + p.len <= limit ? m.index : -1;
}

/** The last place in [lo, hi] where p matches; -1 when none. */
function pieceLast(v: string, p: Piece, lo: number, hi: number): number {
  for (let q = hi; q >= lo; q--) if (pieceAt(v, p, q)) return q;
  return -1;
}

/**
 * Where the pieces between the first and the last can go in v[from, limit): the end of their earliest places (each
 * as early as it goes after the one before), -1 when they do not fit. Placed later, they fit no better.
 */
function middleEarliest(v: string, ps: Piece[], from: number, limit: number): number {
  let pos = from;
  for (let i = 1; i < ps.length - 1; i++) {
    const q = pieceFirst(v, ps[i], pos, limit);
    if (q === -1) return -1;
    pos = q + ps[i].len;
  }
  return pos;
}

/** The start of the latest places of the middle pieces in v[lo, limit) (each as late as it goes before the next); -1
 * when they do not fit. */
function middleLatest(v: string, ps: Piece[], lo: number, limit: number): number {
  let pos = limit;
  for (let i = ps.length - 2; i >= 1; i--) {
    const q = pieceLast(v, ps[i], lo, pos - ps[i].len);
    if (q === -1) return -1;
    pos = q;
  }
  return pos;
}

/**
 * The length of the shortest (or longest) prefix of v that re matches; -1 when none. What testing v.slice(0, k) for
 * each k gives, found from the pieces: the first one at 0, the middle ones at their earliest, and then the first (or
 * last) place of the last piece (each k tested took as long as the value: 64,000 characters, 5 s).
 */
function prefixCut(v: string, re: RegExp, longest: boolean): number {
  if (re === NO_MATCH) return -1;
  const ps = globPieces.get(re);
  if (ps === undefined) {
    if (longest) for (let k = v.length; k >= 0; k--) if (re.test(v.slice(0, k))) return k;
    if (!longest) for (let k = 0; k <= v.length; k++) if (re.test(v.slice(0, k))) return k;
    return -1;
  }
  const first = ps[0];
  if (!pieceAt(v, first, 0)) return -1;
  if (ps.length === 1) return first.len;
  const last = ps[ps.length - 1];
  const e = middleEarliest(v, ps, first.len, v.length - last.len);
  if (e === -1) return -1;
  const p = longest ? pieceLast(v, last, e, v.length - last.len) : pieceFirst(v, last, e, v.length);
  return p === -1 ? -1 : p + last.len;
}

/** Where the longest (or shortest) suffix of v that re matches starts; -1 when none. As prefixCut, from the other end:
 * the last piece at the end, and the first piece at its first place (longest: a later one fits no better) or at the
 * last place before the latest places of the middle ones. */
function suffixCut(v: string, re: RegExp, longest: boolean): number {
  if (re === NO_MATCH) return -1;
  const ps = globPieces.get(re);
  if (ps === undefined) {
    if (longest) for (let k = 0; k <= v.length; k++) if (re.test(v.slice(k))) return k;
    if (!longest) for (let k = v.length; k >= 0; k--) if (re.test(v.slice(k))) return k;
    return -1;
  }
  const n = v.length;
  const last = ps[ps.length - 1];
  if (!pieceAt(v, last, n - last.len)) return -1;
  if (ps.length === 1) return n - last.len;
  const first = ps[0];
  const limit = n - last.len;
  if (longest) {
    const k = pieceFirst(v, first, 0, limit);
    if (k === -1) return -1;
    return middleEarliest(v, ps, k + first.len, limit) === -1 ? -1 : k;
  }
  const s = middleLatest(v, ps, first.len, limit);
  if (s === -1) return -1;
  return pieceLast(v, first, 0, s - first.len);
}

/**
 * The bracket expression opening at `pat[k]` as bash reads it, as one RegExp class, and where its `]` is; undefined
 * when there is no closing `]` (the `[` is then itself). A `]` right after `[`, `[!` or `[^` is a member; `\\x`
 * and quoted characters are themselves; `[:name:]` is a POSIX class (an unknown name matches nothing, as in bash);
 * `[.x.]` and `[=x=]` are `x`; a `-` first, last or next to a POSIX class is itself; a `[:` without its `:]` is not
 * a member, and a `[.` without its `.]` makes the expression match nothing (both as bash 5.2 does). A reversed range makes the
 * RegExp invalid (matching nothing, as in bash). Taking the text up to the first `]` as the class read `[]a]`,
 * `[a\\]]` and `[[:digit:]]` otherwise than bash does.
 */
function bracket(pat: string, k: number): { re: string; end: number } | undefined {
  let j = k + 1;
  let negate = false;
  if (pat[j] === '!' || pat[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let never = false;
  // the previous member when it can start a range (a single character), else undefined
  let single: string | undefined;
  for (let first = true; j < pat.length; first = false, j++) {
    let c = pat[j]!;
    if (c === ']' && !first) return { re: never ? (negate ? '[\\s\\S]' : '(?!)') : `[${negate ? '^' : ''}${body}]`, end: j };
    if (c === '[' && (pat[j + 1] === ':' || pat[j + 1] === '.' || pat[j + 1] === '=')) {
      const kind = pat[j + 1]!;
      const close = pat.indexOf(`${kind}]`, j + 2);
      if (close >= 0) {
        const name = pat.slice(j + 2, close);
        j = close + 1;
        if (kind === ':') {
          const cls = POSIX_CLASSES[name];
          if (cls === undefined) never = true;
          else body += cls;
          single = undefined;
          continue;
        }
        // a collating element of one character is that character; bash knows no other here
        if (name.length !== 1) {
          never = true;
          single = undefined;
          continue;
        }
        c = name;
      } else if (kind === ':') {
        // bash: a `[:` that no `:]` closes is not a member, the `:` after it is
        single = undefined;
        continue;
      } else if (kind === '.') {
        // bash: nor can the bracket expression match anything
        never = true;
        single = undefined;
        continue;
      }
    }
    const escaped = c === '\x00' || c === '\\';
    if (escaped) c = pat[++j] ?? '';
    if (c === '-' && !escaped && single !== undefined && j + 1 < pat.length && pat[j + 1] !== ']') {
      // a range from the previous single character to the next one
      let to = pat[++j]!;
      if (to === '\x00' || to === '\\') to = pat[++j] ?? '';
      else if (to === '[' && (pat[j + 1] === '.' || pat[j + 1] === '=')) {
        const close = pat.indexOf(`${pat[j + 1]}]`, j + 2);
        if (close >= 0) {
          to = pat.slice(j + 2, close);
          j = close + 1;
        }
      }
      body += `-${classChar(to)}`;
      single = undefined;
      continue;
    }
    body += classChar(c);
    single = c.length === 1 ? c : undefined;
  }
  return undefined;
}

function classChar(c: string): string {
  return c.replace(/[\\\]\[^-]/g, '\\$&');
}

/** POSIX character classes in the C locale (a runner's shell), as RegExp class members. */
const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
  word: '0-9A-Za-z_',
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `${v#re}` `${v##re}` `${v%re}` `${v%%re}` */
export function trimPattern(value: string, op: string, re: RegExp): string {
  if (op === '#' || op === '##') {
    const k = prefixCut(value, re, op === '##');
    return k === -1 ? value : value.slice(k);
  }
  if (op === '%' || op === '%%') {
    const k = suffixCut(value, re, op === '%%');
    return k === -1 ? value : value.slice(0, k);
  }
  return value;
}

/** `${v/re/rep}` `${v//re/rep}` `${v/#re/rep}` `${v/%re/rep}` */
export function substitute(value: string, op: string, re: RegExp, rep: string): string {
  const src = re.source.slice(4, -2); // strip ^(?: … )$
  if (op === '/#') {
    const k = prefixCut(value, re, true);
    return k === -1 ? value : rep + value.slice(k);
  }
  if (op === '/%') {
    const k = suffixCut(value, re, true);
    return k === -1 ? value : value.slice(0, k) + rep;
  }
  if (src === '' || re === NO_MATCH) return value;
  const ps = globPieces.get(re);
  if (ps === undefined) {
    const g = new RegExp(src, op === '//' ? 'g' : '');
    return value.replace(g, (m: string, ...args: unknown[]) => (m === '' && value.length > 0 && args[args.length - 2] === value.length ? '' : rep));
  }
  // Each match found from the pieces (the leftmost start, the longest there): an unanchored search of the
  // pattern tried every start, each as long as the rest of the value (`${v/*9/X}` on 64,000 characters: 3.5 s).
  const n = value.length;
  let out = '';
  let from = 0;
  while (from <= n) {
    const m = leftmostLongest(value, ps, from);
    if (m === undefined) break;
    const [start, end] = m;
    // bash goes on after a match while there is text left: a pattern that matches nothing (`*` after the whole
    // word) is not replaced again at the end, except in an empty word (bash: `w=abc; ${w//*/X}` is X, not XX)
    if (start === end && start === n && n > 0) break;
    out += value.slice(from, start) + rep;
    if (end === start) {
      out += value.slice(start, start + 1);
      from = start + 1;
    } else from = end;
    if (op !== '//') break;
  }
  return from <= n ? out + value.slice(from) : out;
}

/**
 * The leftmost match in v at or after `from`, and the longest there, as [start, end). Only the first place of the
 * first piece can start one: a later start puts the middle pieces no earlier, so the last piece fits no better.
 */
function leftmostLongest(v: string, ps: Piece[], from: number): [number, number] | undefined {
  const first = ps[0]!;
  const s = pieceFirst(v, first, from, v.length);
  if (s === -1) return undefined;
  if (ps.length === 1) return [s, s + first.len];
  const last = ps[ps.length - 1]!;
  const e = middleEarliest(v, ps, s + first.len, v.length - last.len);
  if (e === -1) return undefined;
  const q = pieceLast(v, last, e, v.length - last.len);
  return q === -1 ? undefined : [s, q + last.len];
}
