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

/** The alternatives of the brace group `{…}` opened at k, with the index of its `}`; null when not one. */
function braceAlternatives(raw: string, k: number, limit: number): { alts: string[]; close: number } | null {
  let depth = 1;
  let j = k + 1;
  const commas: number[] = [];
  while (j < raw.length && depth > 0) {
    const d = raw[j];
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

/** Bash brace expansion of one raw word (`a{b,c}`, `{1..3}`), quote-aware. Returns [raw] when none. */
export function braceExpand(raw: string, limit = 1000): string[] {
  // the first unquoted `{` that is not `${` with a matching `}` containing a top-level `,` or `..`
  let k = 0;
  while (k < raw.length) {
    const skipped = skipRegion(raw, k);
    if (skipped !== -1) {
      k = skipped;
      continue;
    }
    if (raw[k] === '{') {
      const group = braceAlternatives(raw, k, limit);
      if (group) {
        const pre = raw.slice(0, k);
        const post = raw.slice(group.close + 1);
        const out: string[] = [];
        for (const alt of group.alts) {
          for (const e of braceExpand(pre + alt + post, limit)) {
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
