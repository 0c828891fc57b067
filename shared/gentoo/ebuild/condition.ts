/** The conditions a static reader can decide: `[[ lhs == pattern ]]`, `[ a = b ]`, `true`, `false`, `:`. */
import { globToRegex } from './glob.js';
import { evalPattern, evalWord, type EvalCtx } from './expand.js';
import type { Tok } from './lex.js';
import { Unknown } from './unknown.js';

/** `[[ lhs op rhs ]]` with a known lhs → true/false; anything else → undefined. */
export function evalCondition(words: Tok[], ctx: EvalCtx): boolean | undefined {
  const ws = words.map((w) => (w.t === 'w' ? w.raw : w.t === 'op' ? w.v : '\u0000'));
  let neg = false;
  if (ws[0] === '!') {
    neg = true;
    ws.shift();
  }
  // `if true; then` / `if false; then` (used to switch blocks on and off)
  if (ws.length === 1 && (ws[0] === 'true' || ws[0] === ':' || ws[0] === 'false')) return (ws[0] !== 'false') !== neg;
  if (ws.length !== 5 || (ws[0] !== '[[' && ws[0] !== '[') || (ws[4] !== ']]' && ws[4] !== ']')) return undefined;
  const op = ws[2];
  if (op !== '==' && op !== '=' && op !== '!=') return undefined;
  const lhs = evalWord(ws[1], ctx, {});
  if (lhs instanceof Unknown) return undefined;
  let matched: boolean;
  if (ws[0] === '[[') {
    const pat = evalPattern(ws[3], ctx);
    if (pat instanceof Unknown) return undefined;
    matched = globToRegex(pat).test(lhs.fields.join(' '));
  } else {
    const rhs = evalWord(ws[3], ctx, {});
    if (rhs instanceof Unknown) return undefined;
    matched = lhs.fields.join(' ') === rhs.fields.join(' ');
  }
  const r = op === '!=' ? !matched : matched;
  return neg ? !r : r;
}
