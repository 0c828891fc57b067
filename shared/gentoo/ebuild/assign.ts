/** Gentoo meaning of one assignment: its value as an `EbuildValue`, `+=` merged with the previous value. */
import type { EbuildValue } from '../types.js';
import { braceExpand } from './brace.js';
import { evalWord, type EvalCtx } from './expand.js';
import { Unknown } from './unknown.js';
import { pushAll } from '../../finding.js';

/** Evaluate the right-hand side of `NAME=raw` or `NAME=( elems )`. */
export function assignedValue(ctx: EvalCtx, rawValue: string, line: number, elems: string[] | undefined): EbuildValue {
  if (elems === undefined) {
    const r = evalWord(rawValue, ctx, {});
    return r instanceof Unknown
      ? { kind: 'unknown', raw: rawValue, line, reason: r.reason }
      : { kind: 'string', value: r.fields.join(' '), line };
  }
  const values: string[] = [];
  for (const e of elems) {
    for (const ex of braceExpand(e)) {
      const r = evalWord(ex, ctx, { split: true });
      if (r instanceof Unknown) return { kind: 'unknown', raw: rawValue, line, reason: r.reason };
      pushAll(values, r.fields);
    }
  }
  return { kind: 'array', values, line };
}

/**
 * Values something holds on to past the next assignment (cargo.eclass's CRATES as at `inherit cargo`): `+=` makes
 * a new value from these instead of adding to them.
 */
const retained = new WeakSet<EbuildValue>();

/** Keep `v` as it is now: a later `+=` to its variable leaves it unchanged. */
export function retainValue(v: EbuildValue): void {
  retained.add(v);
}

/**
 * `NAME+=value` onto the previous value (bash: a string appends to element 0 of an array). An array is extended in
 * place (`A+=( x )` a thousand times copied the array a thousand times); the previous value is the variable's own,
 * replaced by the result, unless retained.
 */
export function appendValue(prev: EbuildValue, value: EbuildValue, rawValue: string): EbuildValue {
  if (prev.kind === 'unknown') {
    return { kind: 'unknown', raw: `${prev.raw} … ${rawValue}`, line: prev.line, reason: prev.reason };
  }
  if (value.kind === 'unknown') return { ...value, line: prev.line };
  if (prev.kind === 'string' && value.kind === 'string') {
    return { kind: 'string', value: prev.value + value.value, line: prev.line };
  }
  if (prev.kind === 'array' && (value.kind === 'array' || value.kind === 'string')) {
    const own = retained.has(prev) ? { kind: 'array' as const, values: [...prev.values], line: prev.line } : prev;
    if (value.kind === 'array') pushAll(own.values, value.values);
    else own.values[0] = (own.values[0] ?? '') + value.value;
    return own;
  }
  if (prev.kind === 'string' && value.kind === 'array') {
    return { kind: 'array', values: [prev.value, ...value.values], line: prev.line };
  }
  return value;
}
