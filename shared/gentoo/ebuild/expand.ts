/**
 * The bash layer, part two: evaluating one word as bash would expand it — quotes, `$NAME`, `${…}` with its
 * operators, the few command substitutions whose result is known (ver-funcs), field splitting. What cannot be
 * known statically comes back as `Unknown` with a reason.
 */
import type { EbuildValue } from '../types.js';
import { QuoteStops } from './bash-scan.js';
import { matchBrace, matchParen } from './brace.js';
import { globToRegex, substitute, trimPattern } from './glob.js';
import { Unknown } from './unknown.js';
import { crateUris, verCut, verRs } from './ver-funcs.js';

/** Build-time directories kept verbatim (the package manager decides them; they are not content). */
const VERBATIM_VARS = new Set([
  'FILESDIR', 'WORKDIR', 'T', 'D', 'ED', 'S', 'EPREFIX', 'EROOT', 'ROOT', 'BROOT', 'DISTDIR', 'SYSROOT',
  'ESYSROOT', 'HOME', 'TMPDIR',
]);

export interface EvalCtx {
  vars: Map<string, EbuildValue>;
  env: Record<string, string>;
  /** Set once `inherit cargo` ran: the CARGO_CRATE_URIS value (or Unknown), computed when first expanded (hundreds
   * of URIs, which a reader that skips SRC_URI never needs). */
  cargoCrateUris?: string | Unknown | (() => string | Unknown);
  /** Names known to be unset when not assigned (every eclass read, not a package-manager variable). */
  unset?: (name: string) => boolean;
}

export function lookupScalar(ctx: EvalCtx, name: string): string | Unknown {
  const v = ctx.vars.get(name);
  if (v) {
    if (v.kind === 'string') return v.value;
    if (v.kind === 'array') return v.values[0] ?? '';
    return new Unknown(`\${${name}} is not known statically (${v.reason})`);
  }
  if (Object.hasOwn(ctx.env, name)) return ctx.env[name];
  if (name === 'CARGO_CRATE_URIS' && ctx.cargoCrateUris !== undefined) {
    if (typeof ctx.cargoCrateUris === 'function') ctx.cargoCrateUris = ctx.cargoCrateUris();
    return ctx.cargoCrateUris;
  }
  if (VERBATIM_VARS.has(name)) return `\${${name}}`;
  if (ctx.unset?.(name)) return '';
  return new Unknown(`\${${name}} is not set in this file (eclass, profile or package-manager variable)`);
}

function lookupArray(ctx: EvalCtx, name: string): string[] | Unknown {
  const v = ctx.vars.get(name);
  if (v && v.kind === 'array') return v.values;
  const s = lookupScalar(ctx, name);
  if (s instanceof Unknown) return s;
  return [s];
}

/** Evaluate a pattern word inside `${…}`: expansions resolved, quoted characters marked literal. */
export function evalPattern(raw: string, ctx: EvalCtx): string | Unknown {
  const r = evalWord(raw, ctx, { pattern: true });
  if (r instanceof Unknown) return r;
  return r.fields.join(' ');
}

type Expanded = { text: string[]; isArray: boolean };

/** `${#NAME}` / `${#NAME[@]}` */
function lengthExpand(body: string, ctx: EvalCtx): Expanded | Unknown {
  const name = body.slice(1);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    const v = lookupScalar(ctx, name);
    return v instanceof Unknown ? v : { text: [String(v.length)], isArray: false };
  }
  const am = /^([A-Za-z_][A-Za-z0-9_]*)\[[@*]\]$/.exec(name);
  if (am) {
    const a = lookupArray(ctx, am[1]);
    return a instanceof Unknown ? a : { text: [String(a.length)], isArray: false };
  }
  return new Unknown(`\${${body}} cannot be evaluated statically`);
}

/** The value(s) `${NAME…}` / `${NAME[i]…}` starts from, before its operator. */
function baseValues(name: string, sub: string | undefined, body: string, ctx: EvalCtx): Expanded | Unknown {
  if (sub === '@' || sub === '*') {
    const a = lookupArray(ctx, name);
    if (a instanceof Unknown) return a;
    // "${A[*]}" joins; ${A[@]} keeps the elements (unquoted, the caller splits them anyway)
    return { text: sub === '*' ? [a.join(' ')] : a, isArray: sub === '@' };
  }
  if (sub !== undefined) {
    const v = ctx.vars.get(name);
    if (v && v.kind === 'array') return { text: [v.values[Number(sub)] ?? ''], isArray: false };
    if (v && v.kind === 'unknown') return new Unknown(`\${${name}} is not known statically (${v.reason})`);
    if (sub === '0') {
      const s = lookupScalar(ctx, name);
      return s instanceof Unknown ? s : { text: [s], isArray: false };
    }
    return new Unknown(`\${${body}} cannot be evaluated statically`);
  }
  const s = lookupScalar(ctx, name);
  return s instanceof Unknown ? s : { text: [s], isArray: false };
}

/** `${NAME:-w}` `${NAME-w}` `${NAME:+w}` `${NAME+w}` (and `=` `?`, read like `-`: the assignment `:=` makes is
 * the caller's); undefined when `rest` is not one of them. */
function defaultExpand(name: string, rest: string, ctx: EvalCtx): Expanded | Unknown | undefined {
  const dm = /^(:?)([-+=?])([\s\S]*)$/.exec(rest);
  if (!dm) return undefined;
  const isUnset = !ctx.vars.has(name) && !Object.hasOwn(ctx.env, name) && !!ctx.unset?.(name);
  const v = isUnset ? '' : lookupScalar(ctx, name);
  if (v instanceof Unknown) return v;
  const useAlt = dm[1] === ':' ? v !== '' : !isUnset;
  if (dm[2] === '?') return useAlt ? { text: [v], isArray: false } : new Unknown(`\${${name}${rest}} is unset: bash stops here`);
  if (dm[2] === '=') dm[2] = '-';
  const word = evalWord(dm[3], ctx, {});
  if (word instanceof Unknown) return dm[2] === '-' && useAlt ? { text: [v], isArray: false } : word;
  if (dm[2] === '-') return { text: [useAlt ? v : word.fields.join(' ')], isArray: false };
  return { text: [useAlt ? word.fields.join(' ') : ''], isArray: false };
}

/** Apply the operator `rest` (`#pat`, `/pat/rep`, `:off:len`, `^^`, …) to every value. */
function applyOperator(base: Expanded, rest: string, body: string, ctx: EvalCtx): Expanded | Unknown {
  const apply = (fn: (s: string) => string): Expanded => ({ text: base.text.map(fn), isArray: base.isArray });
  let om: RegExpExecArray | null;
  if ((om = /^(##|#|%%|%)([\s\S]*)$/.exec(rest))) {
    const pat = evalPattern(om[2], ctx);
    if (pat instanceof Unknown) return pat;
    const re = globToRegex(pat);
    const op = om[1];
    return apply((s) => trimPattern(s, op, re));
  }
  if ((om = /^(\/\/|\/#|\/%|\/)((?:\\.|[^/])*)(?:\/([\s\S]*))?$/.exec(rest))) {
    const pat = evalPattern(om[2], ctx);
    if (pat instanceof Unknown) return pat;
    const repW = evalWord(om[3] ?? '', ctx, {});
    if (repW instanceof Unknown) return repW;
    const re = globToRegex(pat);
    const op = om[1];
    const rep = repW.fields.join(' ');
    return apply((s) => substitute(s, op, re, rep));
  }
  if ((om = /^:(\s*-?\d+)(?::(\s*-?\d+))?$/.exec(rest))) {
    const off = Number(om[1]);
    const len = om[2] === undefined ? undefined : Number(om[2]);
    return apply((s) => {
      const start = off < 0 ? Math.max(0, s.length + off) : off;
      if (len === undefined) return s.slice(start);
      if (len < 0) return s.slice(start, s.length + len);
      return s.slice(start, start + len);
    });
  }
  if (rest === '^^') return apply((s) => s.toUpperCase());
  if (rest === ',,') return apply((s) => s.toLowerCase());
  if (rest === '^') return apply((s) => s.charAt(0).toUpperCase() + s.slice(1));
  if (rest === ',') return apply((s) => s.charAt(0).toLowerCase() + s.slice(1));
  return new Unknown(`\${${body}} uses an expansion that is not evaluated statically`);
}

/** Expand the body of `${…}`. */
function paramExpand(body: string, ctx: EvalCtx): Expanded | Unknown {
  if (body.startsWith('#')) return lengthExpand(body, ctx);
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[(@|\*|\d+)\])?/.exec(body);
  if (!m) return new Unknown(`\${${body}} cannot be evaluated statically`);
  const name = m[1];
  const rest = body.slice(m[0].length);
  if (m[3] === undefined) {
    // defaults need to know set-ness before the value
    const d = defaultExpand(name, rest, ctx);
    if (d !== undefined) return d;
  }
  const base = baseValues(name, m[3], body, ctx);
  if (base instanceof Unknown || rest === '') return base;
  return applyOperator(base, rest, body, ctx);
}

function commandSubst(inner: string, ctx: EvalCtx): string | Unknown {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  const fn = words[0];
  if (fn !== 'ver_cut' && fn !== 'ver_rs' && fn !== 'cargo_crate_uris') {
    return new Unknown(`$(${inner.trim().slice(0, 60)}) is a command substitution`);
  }
  const args: string[] = [];
  for (const w of words.slice(1)) {
    const r = evalWord(w, ctx, {});
    if (r instanceof Unknown) return r;
    // unquoted expansions split into several arguments, as bash would
    for (const f of r.fields) args.push(f);
  }
  const pv = ctx.env.PV;
  if (pv === undefined) return new Unknown(`$(${fn}) needs PV, which is only known from the file name`);
  if (fn === 'ver_cut') return verCut(args, pv);
  if (fn === 'ver_rs') return verRs(args, pv);
  if (args.length > 0) return crateUris(args.join(' '));
  const crates = lookupScalar(ctx, 'CRATES');
  return crates instanceof Unknown ? crates : crateUris(crates);
}

export interface WordOpts {
  /** array element: split unquoted expansions into fields, refuse globs */
  split?: boolean;
  /** pattern inside ${…}: mark quoted characters literal */
  pattern?: boolean;
}

/** State of one evalWord call (module-level helpers instead of per-call closures: this runs per word). */
interface WordState {
  raw: string;
  ctx: EvalCtx;
  opts: WordOpts;
  fields: string[];
  cur: string;
  curHas: boolean;
  k: number;
  /** Made for the first run of plain characters inside double quotes. */
  stops?: QuoteStops;
}

function wLit(st: WordState, s: string, quoted: boolean): void {
  if (st.opts.pattern && quoted) st.cur += s.replace(/[\s\S]/g, '\x00$&');
  else st.cur += s;
  st.curHas = true;
}

function wPush(st: WordState, parts: string[], quoted: boolean, isArray: boolean): void {
  if (quoted && isArray) {
    // "${A[@]}": one field per element, glued to the surrounding text
    for (let idx = 0; idx < parts.length; idx++) {
      if (idx > 0) {
        st.fields.push(st.cur);
        st.cur = '';
      }
      wLit(st, parts[idx], true);
    }
    return;
  }
  const s = parts.length === 1 ? parts[0] : parts.join(' ');
  if (quoted || !st.opts.split) {
    wLit(st, s, quoted);
    return;
  }
  const pieces = s.split(/[ \t\n]+/);
  for (let idx = 0; idx < pieces.length; idx++) {
    if (idx > 0 && st.curHas) {
      st.fields.push(st.cur);
      st.cur = '';
      st.curHas = false;
    }
    if (pieces[idx] !== '') wLit(st, pieces[idx], false);
  }
}

const NAME_AT_START = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Expand the `$…` at st.k. */
function wDollar(st: WordState, quoted: boolean): Unknown | undefined {
  const { raw, ctx } = st;
  const k = st.k;
  const next = raw[k + 1];
  if (next === '{') {
    const end = matchBrace(raw, k + 2);
    const r = paramExpand(raw.slice(k + 2, end - 1), ctx);
    if (r instanceof Unknown) return r;
    wPush(st, r.text, quoted, r.isArray);
    st.k = end;
    return undefined;
  }
  if (next === '(') {
    if (raw[k + 2] === '(') return new Unknown('$(( … )) arithmetic is not evaluated statically');
    const end = matchParen(raw, k + 2);
    const r = commandSubst(raw.slice(k + 2, end - 1), ctx);
    if (r instanceof Unknown) return r;
    wPush(st, [r], quoted, false);
    st.k = end;
    return undefined;
  }
  const nm = NAME_AT_START.exec(raw.slice(k + 1));
  if (nm) {
    const v = lookupScalar(ctx, nm[0]);
    if (v instanceof Unknown) return v;
    wPush(st, [v], quoted, false);
    st.k = k + 1 + nm[0].length;
    return undefined;
  }
  if (next !== undefined && /[0-9@*#?$!-]/.test(next)) return new Unknown(`$${next} is a special parameter`);
  wLit(st, '$', quoted);
  st.k = k + 1;
  return undefined;
}

/** The inside of a `"…"` starting at st.k (the opening quote); leaves st.k past the closing quote. */
function wDoubleQuoted(st: WordState): Unknown | undefined {
  const { raw } = st;
  const n = raw.length;
  st.curHas = true;
  st.k++;
  while (st.k < n && raw[st.k] !== '"') {
    const j = st.k;
    const d = raw[j];
    if (d === '\\') {
      const e = raw[j + 1];
      if (e === '\n') st.k += 2;
      else if (e === '$' || e === '`' || e === '"' || e === '\\') {
        wLit(st, e, true);
        st.k += 2;
      } else {
        wLit(st, '\\', true);
        st.k++;
      }
    } else if (d === '$') {
      const u = wDollar(st, true);
      if (u) return u;
    } else if (d === '`') return new Unknown('`…` is a command substitution');
    else {
      // copy the run of plain characters at once (long CRATES lists)
      const e = (st.stops ??= new QuoteStops(raw)).next(j + 1);
      wLit(st, raw.slice(j, e), true);
      st.k = e;
    }
  }
  st.k++;
  return undefined;
}

/** Evaluate one shell word to fields (one field unless `split`). */
export function evalWord(raw: string, ctx: EvalCtx, opts: WordOpts): { fields: string[] } | Unknown {
  const st: WordState = { raw, ctx, opts, fields: [], cur: '', curHas: false, k: 0, stops: undefined };
  const n = raw.length;
  while (st.k < n) {
    const k = st.k;
    const c = raw[k];
    if (c === '\\') {
      if (raw[k + 1] !== '\n') wLit(st, raw[k + 1] ?? '', true);
      st.k = k + 2;
    } else if (c === "'") {
      const end = raw.indexOf("'", k + 1);
      const e = end === -1 ? n : end;
      wLit(st, raw.slice(k + 1, e), true);
      st.k = e + 1;
    } else if (c === '$' && raw[k + 1] === "'") {
      return new Unknown("$'…' quoting is not evaluated statically");
    } else if (c === '"') {
      const u = wDoubleQuoted(st);
      if (u) return u;
    } else if (c === '$') {
      const u = wDollar(st, false);
      if (u) return u;
    } else if (c === '`') {
      return new Unknown('`…` is a command substitution');
    } else {
      if (opts.split && (c === '*' || c === '?' || c === '[')) {
        return new Unknown(`"${raw}" would be expanded as a file name pattern at build time`);
      }
      wLit(st, c, false);
      st.k = k + 1;
    }
  }
  if (st.curHas || !opts.split) st.fields.push(st.cur);
  return { fields: st.fields };
}
