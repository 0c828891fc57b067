/**
 * The ebuild `LICENSE+=` value for a set of crate licenses, exactly as pycargoebuild (the tool Gentoo
 * developers use) writes it, so that switching tools causes no churn:
 * - the crate licenses are combined as one SPDX expression `( A ) AND ( B ) AND …` and simplified the way
 *   boolean.py's `simplify()` does it (pycargoebuild's license_expression builds on it): nested operators
 *   flattened, duplicates removed, absorption (`A AND (A OR B)` is `A`; `(A OR B) AND (A OR B OR C)` is
 *   `A OR B`), then every operand list sorted: license symbols first by their text, then AND groups, then
 *   OR groups, groups compared operand by operand;
 * - each symbol is mapped through license-mapping.conf (`pycargoebuild/license.py` spdx_to_ebuild: OR as
 *   `|| ( … )`, AND inside OR as `( … )`, a mapped `|| ( … )` inside an OR spliced in);
 * - the value is laid out by pycargoebuild's `format_license_var` (one line when it fits in 72 columns,
 *   else one line per run of names and per group, tab-indented, wrapped like Python's TextWrapper).
 * Fixtures derived from pycargoebuild itself: test/cargo/pycargoebuild-license.json.
 */
import type { LicenseTerm } from './spdx.js';
import { termKey } from './spdx.js';
import { pushAll } from '../finding.js';

/** A license expression as boolean.py holds it: symbols and flat n-ary AND/OR. */
export type LicenseExpr = { t: 'sym'; key: string; term: LicenseTerm } | { t: 'and' | 'or'; args: LicenseExpr[] };

export function sym(term: LicenseTerm): LicenseExpr {
  return { t: 'sym', key: termKey(term), term };
}

const identity = new WeakMap<LicenseExpr, string>();

/** Structural identity (boolean.py's `==`: symbols by key, functions by the set of their operands). */
function idOf(e: LicenseExpr): string {
  if (e.t === 'sym') return `\u0001${e.key}`;
  let id = identity.get(e);
  if (id === undefined) {
    id = `${e.t}(${[...new Set(e.args.map(idOf))].sort().join('\u0000')})`;
    identity.set(e, id);
  }
  return id;
}

const dual = (t: 'and' | 'or'): 'and' | 'or' => (t === 'and' ? 'or' : 'and');

const SORT_ORDER = { sym: 5, and: 10, or: 25 } as const;

/** boolean.py's `a < b` for canonical operands (license symbols compare by text: license_expression). */
function lessThan(a: LicenseExpr, b: LicenseExpr): boolean {
  if (a.t !== b.t) return SORT_ORDER[a.t] < SORT_ORDER[b.t];
  if (a.t === 'sym') return a.key < (b as typeof a).key;
  const bArgs = (b as typeof a).args;
  const n = Math.min(a.args.length, bArgs.length);
  for (let i = 0; i < n; i++) {
    if (idOf(a.args[i]!) === idOf(bArgs[i]!)) continue;
    return lessThan(a.args[i]!, bArgs[i]!);
  }
  return a.args.length < bArgs.length;
}

/** boolean.py `DualBase.simplify()` for expressions without NOT (licenses have none). */
export function simplify(e: LicenseExpr): LicenseExpr {
  if (e.t === 'sym') return e;
  const t = e.t;
  const flat: LicenseExpr[] = [];
  for (const a of e.args.map(simplify)) {
    if (a.t === t) pushAll(flat, a.args);
    else flat.push(a);
  }
  const seen = new Set<string>();
  const args = flat.filter((a) => !seen.has(idOf(a)) && (seen.add(idOf(a)), true));
  if (args.length === 1) return args[0]!;
  // Absorption: an operand of the dual kind that holds another operand goes. The result is the same in any
  // order (containment is transitive: what absorbs an absorber absorbs what it absorbed), so each is asked
  // through an index instead of against every other (N distinct `A OR B` pairs: 4,000 took 8 s).
  const absorbed = absorbedOperands(args, dual(t));
  if (absorbed.size) {
    const kept = args.filter((_, k) => !absorbed.has(k));
    args.length = 0;
    pushAll(args, kept);
  }
  if (args.length === 1) return args[0]!;
  args.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  return { t, args };
}

/** Positions of the operands of kind `d` that hold another operand (boolean.py's `contains`). */
function absorbedOperands(args: readonly LicenseExpr[], d: 'and' | 'or'): Set<number> {
  const out = new Set<number>();
  const at = new Map<string, number>();
  args.forEach((a, k) => at.set(idOf(a), k));
  // member id -> the operands of kind d holding it
  const holders = new Map<string, number[]>();
  const members: (Set<string> | undefined)[] = args.map((a, k) => {
    if (a.t !== d) return undefined;
    const ids = new Set(a.args.map(idOf));
    for (const m of ids) {
      const list = holders.get(m);
      if (list) list.push(k);
      else holders.set(m, [k]);
    }
    return ids;
  });
  // holding another operand as a member
  args.forEach((_, j) => {
    const ids = members[j];
    if (!ids) return;
    for (const m of ids) {
      const k = at.get(m);
      if (k !== undefined && k !== j) {
        out.add(j);
        return;
      }
    }
  });
  // holding every member of another operand of kind d, found among the holders of its rarest member
  args.forEach((_, i) => {
    const mine = members[i];
    if (!mine || mine.size === 0) return;
    let fewest: number[] | undefined;
    for (const m of mine) {
      const list = holders.get(m)!;
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    for (const j of fewest!) {
      if (j === i || out.has(j)) continue;
      const theirs = members[j]!;
      let all = true;
      for (const m of mine) {
        if (!theirs.has(m)) {
          all = false;
          break;
        }
      }
      if (all) out.add(j);
    }
  });
  return out;
}

/** pycargoebuild `spdx_to_ebuild`: ebuild LICENSE tokens; `mapped` gives a symbol's Gentoo value. */
export function ebuildTokens(e: LicenseExpr, mapped: (term: LicenseTerm) => string, inOr = false): string[] {
  if (e.t === 'and') {
    const inner = e.args.flatMap((a) => ebuildTokens(a, mapped, false));
    return inOr ? ['(', ...inner, ')'] : inner;
  }
  if (e.t === 'or') {
    const inner = e.args.flatMap((a) => ebuildTokens(a, mapped, true));
    return inOr ? inner : ['||', '(', ...inner, ')'];
  }
  if (e.t !== 'sym') return [];
  const words = mapped(e.term).split(/\s+/).filter(Boolean);
  if (words.length > 1 && inOr) return isPureOr(words) ? words.slice(2, -1) : ['(', ...words, ')'];
  return words;
}

/** `|| ( … )` and nothing after its closing parenthesis. */
function isPureOr(words: string[]): boolean {
  if (words[0] !== '||' || words[1] !== '(') return false;
  let level = 1;
  for (const w of words.slice(2)) {
    if (w === ')') level--;
    else if (level === 0) return false;
    else if (w === '(') level++;
  }
  return true;
}

type Group = { prefix: string[]; values: (string | Group)[]; suffix: string[] };

/**
 * pycargoebuild `format_license_var(value, prefix=…)` with `line_width` 72: the text that goes between the
 * quotes after `prefix` (`LICENSE+="`), either ` a b c` on one line or `\n\t…\n` lines.
 */
export function formatLicenseVar(tokens: readonly string[], prefix = 'LICENSE+=" ', lineWidth = 72): string {
  const value = tokens.join(' ');
  let i = 0;
  const group = (g: Group): Group => {
    while (i < tokens.length) {
      const tok = tokens[i++]!;
      if (tok === '||' || tok === '(') {
        const pre = tok === '||' ? [tok, tokens[i++]!] : [tok];
        g.values.push(group({ prefix: pre, values: [], suffix: [] }));
      } else if (tok === ')') {
        g.suffix.push(tok);
        return g;
      } else g.values.push(tok);
    }
    return g;
  };
  const ast = group({ prefix: [], values: [], suffix: [] });
  const flat = ast.values.every((v) => typeof v === 'string');
  const oneFlatGroup = !flat && ast.values.length === 1 && (ast.values[0] as Group).values.every((v) => typeof v === 'string');
  if ((flat || oneFlatGroup) && prefix.length + value.length + 1 <= lineWidth) return ` ${value}`.replace(/^ $/, '');

  const lines: { indent: number; tokens: string[] }[] = [];
  const formatInto = (indent: number, g: Group) => {
    let span: string[] = [];
    for (const v of [...g.values, undefined]) {
      if (typeof v === 'string') {
        span.push(v);
        continue;
      }
      if (span.length) lines.push({ indent, tokens: span });
      span = [];
      if (v === undefined) return;
      if (v.values.every((x) => typeof x === 'string')) {
        const sub = [...v.prefix, ...(v.values as string[]), ...v.suffix];
        if ('    '.repeat(indent).length + sub.join(' ').length <= lineWidth) {
          lines.push({ indent, tokens: sub });
          continue;
        }
      }
      lines.push({ indent, tokens: v.prefix });
      formatInto(indent + 1, v);
      lines.push({ indent, tokens: v.suffix });
    }
  };
  formatInto(1, ast);
  let out = '\n';
  for (const line of lines) for (const w of wrap(line.tokens, lineWidth - line.indent * 4)) out += `${'\t'.repeat(line.indent)}${w}\n`;
  return out;
}

/** Python's TextWrapper(break_long_words=False, break_on_hyphens=False).wrap over single-spaced words. */
function wrap(words: readonly string[], width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur === '') cur = w;
    else if (cur.length + 1 + w.length <= width) cur += ` ${w}`;
    else {
      out.push(cur);
      cur = w;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}
