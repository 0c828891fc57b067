/**
 * The conditions a static reader can decide: `[[ lhs == pattern ]]`, `[ a = b ]` (and `!=`), the string
 * tests `[[ -z w ]]`, `[[ -n w ]]`, `[[ w ]]` (with `!` inside or before the brackets), `true`, `false`, `:`.
 * Ebuilds use them on `${PV}` to tell a live 9999 ebuild from a release (`[[ -z ${PV%%*9999} ]]`), and
 * eclasses for their include guards (`[[ ! ${_FOO_ECLASS} ]]`).
 */
import { globToRegex } from './glob.js';
import { evalPattern, evalWord, type EvalCtx } from './expand.js';
import type { Tok } from './lex.js';
import { Unknown } from './unknown.js';

/** A decidable test command → true/false; anything else → undefined. */
export function evalCondition(words: Tok[], ctx: EvalCtx): boolean | undefined {
  const ws = words.map((w) => (w.t === 'w' ? w.raw : w.t === 'op' ? w.v : '\u0000'));
  let neg = false;
  if (ws[0] === '!') {
    neg = true;
    ws.shift();
  }
  // `if true; then` / `if false; then` (used to switch blocks on and off)
  if (ws.length === 1 && (ws[0] === 'true' || ws[0] === ':' || ws[0] === 'false')) return (ws[0] !== 'false') !== neg;
  const double = ws[0] === '[[' && ws.at(-1) === ']]';
  if (!double && !(ws[0] === '[' && ws.at(-1) === ']')) return undefined;
  const inner = ws.slice(1, -1);
  if (inner[0] === '!') {
    neg = !neg;
    inner.shift();
  }
  const r = inner.length === 3 ? compare(inner, double, ctx) : inner.length <= 2 ? stringTest(inner, double, ctx) : undefined;
  return r === undefined ? undefined : neg ? !r : r;
}

/** `lhs == pattern`, `lhs = rhs`, `lhs != …`. */
function compare([l, op, r]: string[], double: boolean, ctx: EvalCtx): boolean | undefined {
  if (op !== '==' && op !== '=' && op !== '!=') return undefined;
  const lhs = evalWord(l, ctx, {});
  if (lhs instanceof Unknown) return undefined;
  let matched: boolean;
  if (double) {
    const pat = evalPattern(r, ctx);
    if (pat instanceof Unknown) return undefined;
    matched = globToRegex(pat).test(lhs.fields.join(' '));
  } else {
    const rhs = evalWord(r, ctx, {});
    if (rhs instanceof Unknown) return undefined;
    matched = lhs.fields.join(' ') === rhs.fields.join(' ');
  }
  return op === '!=' ? !matched : matched;
}

/** `-z w` (empty), `-n w` and `w` alone (not empty). In `[ ]` an unquoted word that expands to nothing
 * vanishes (`[ -n ]` is true), so only quoted words are decided there. */
function stringTest(inner: string[], double: boolean, ctx: EvalCtx): boolean | undefined {
  let op = '-n';
  let word: string | undefined;
  if (inner.length === 2) {
    if (inner[0] !== '-z' && inner[0] !== '-n') return undefined;
    [op, word] = inner;
  } else if (inner.length === 1 && !inner[0].startsWith('-')) word = inner[0];
  if (word === undefined || (!double && !/^"[^"]*"$/.test(word))) return undefined;
  const v = evalWord(word, ctx, {});
  if (v instanceof Unknown) return undefined;
  const empty = v.fields.join(' ') === '';
  return op === '-z' ? empty : !empty;
}
