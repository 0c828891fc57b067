/** Bash brace expansion, and quote-aware matching of `${…}` / `$(…)` inside an already lexed word. */

/** Index just past the `}` closing the `${` whose body starts at j. */
export function matchBrace(s: string, j: number): number {
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
}

/** Index just past the `)` closing the `$(` whose body starts at j. */
export function matchParen(s: string, j: number): number {
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
}

/** Index past the quoted or expansion region starting at k, or -1 when raw[k] starts none. */
function skipRegion(raw: string, k: number): number {
  const c = raw[k];
  if (c === '\\') return k + 2;
  if (c === "'") return raw.indexOf("'", k + 1) + 1 || raw.length;
  if (c === '"') {
    k++;
    while (k < raw.length && raw[k] !== '"') k += raw[k] === '\\' ? 2 : 1;
    return k + 1;
  }
  if (c === '$' && raw[k + 1] === '{') return matchBrace(raw, k + 2);
  if (c === '$' && raw[k + 1] === '(') return matchParen(raw, k + 2);
  return -1;
}

/**
 * Every `{` of a word with the `}` that closes it and the commas directly inside it, as a scan from that `{` counting
 * braces (a `\` hides the next character; quotes and `${` are not looked at) finds them. One scan of the word finds
 * them all: the scan from each `{` went to the end of the word when nothing closed it (80,000 `{`: 13 s). The scan
 * from a `{` the expansion stops at takes the characters as the scan from the word's start does: a `\` pairs with
 * the same character in both, quoted or not.
 */
interface BraceTable {
  /** Index of the closing `}` of the `{` at an index, -1 when none closes it. */
  close: Int32Array;
  /** The first comma directly inside the `{` at an index, and after a comma the next one inside the same `{`; -1 when none. */
  comma: Int32Array;
}

function braceTable(raw: string): BraceTable {
  const close = new Int32Array(raw.length).fill(-1);
  const comma = new Int32Array(raw.length).fill(-1);
  /** The open `{`s, and where the last comma directly inside each is (the `{` itself while none). */
  const open: number[] = [];
  const lastComma: number[] = [];
  for (let j = 0; j < raw.length; j++) {
    const d = raw.charCodeAt(j);
    if (d === 92 /* \ */) j++;
    else if (d === 123 /* { */) {
      open.push(j);
      lastComma.push(j);
    } else if (d === 125 /* } */) {
      if (open.length > 0) close[open.pop()!] = j;
      lastComma.pop();
    } else if (d === 44 /* , */ && open.length > 0) {
      comma[lastComma[lastComma.length - 1]] = j;
      lastComma[lastComma.length - 1] = j;
    }
  }
  return { close, comma };
}

/** The alternatives of the brace group `{…}` opened at k, with the index of its `}`; null when not one. */
function braceAlternatives(raw: string, k: number, limit: number, table: BraceTable): { alts: string[]; close: number } | null {
  const j = table.close[k];
  if (j === -1) return null;
  if (table.comma[k] !== -1) {
    const alts: string[] = [];
    let last = k + 1;
    for (let cpos = table.comma[k]; cpos !== -1; cpos = table.comma[cpos]) {
      alts.push(raw.slice(last, cpos));
      last = cpos + 1;
    }
    alts.push(raw.slice(last, j));
    return { alts, close: j };
  }
  const rm = /^(-?\d+)\.\.(-?\d+)$/.exec(raw.slice(k + 1, j));
  if (!rm) return null;
  const a = Number(rm[1]);
  const b = Number(rm[2]);
  if (Math.abs(b - a) >= limit) return null;
  const alts: string[] = [];
  for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1) alts.push(String(x));
  return { alts, close: j };
}

/**
 * The most characters the words one brace expansion builds (the words it ends with and those it builds on the way)
 * may hold, beyond 16 per character of the word: a word of thousands of groups (`{a,b}{a,b}…`) built and read a
 * word of its own length for each group before its first result (4,000: 1 s and 400 MB, and 8,000 ran out of stack).
 */
export const BRACE_EXPANSION_BUDGET = 4_000_000;

/**
 * Bash brace expansion of one raw word (`a{b,c}`, `{1..3}`), quote-aware. Returns [raw] when none. At most `limit` + 1
 * words; a RangeError when expanding the word would build more than BRACE_EXPANSION_BUDGET characters (the reader
 * reports that as ebuild-too-deep).
 */
export function braceExpand(raw: string, limit = 1000): string[] {
  return expand(raw, limit, { left: BRACE_EXPANSION_BUDGET + 16 * raw.length });
}

function expand(raw: string, limit: number, budget: { left: number }): string[] {
  // the first unquoted `{` that is not `${` with a matching `}` containing a top-level `,` or `..`
  let table: BraceTable | undefined;
  let k = 0;
  while (k < raw.length) {
    const skipped = skipRegion(raw, k);
    if (skipped !== -1) {
      k = skipped;
      continue;
    }
    if (raw[k] === '{') {
      const group = braceAlternatives(raw, k, limit, (table ??= braceTable(raw)));
      if (group) {
        const pre = raw.slice(0, k);
        const post = raw.slice(group.close + 1);
        const out: string[] = [];
        for (const alt of group.alts) {
          budget.left -= pre.length + alt.length + post.length;
          if (budget.left < 0) throw new RangeError(`brace expansion of a word of ${raw.length} characters builds more than ${BRACE_EXPANSION_BUDGET} characters`);
          for (const e of expand(pre + alt + post, limit, budget)) {
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
