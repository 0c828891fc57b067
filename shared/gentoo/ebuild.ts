/**
 * Static reading of ebuild variables, without running bash.
 *
 * What is evaluated: top-level assignments (`X=v`, `X+=v`, `X=( … )`, `export`/`declare` forms), quoting
 * (single, double, `\` escapes, line continuations), `inherit` lines, and expansions whose inputs are fully
 * known: `PN PV PR PVR P PF CATEGORY` (from the file name), variables assigned earlier in the same file with
 * a known value, the parameter operators `%% % ## # / // /# /% :off:len ^^ ,, ^ , :- - :+ +`, `$(ver_cut …)`,
 * `$(ver_rs …)`, `${CARGO_CRATE_URIS}` / `$(cargo_crate_uris)` (from CRATES, as cargo.eclass computes them),
 * brace expansion (`python3_{11..13}`) in array elements, and `if`/`[[ ${PV} == pattern ]]`, `if true`/`if false`
 * conditions.
 *
 * What is NOT guessed: anything that depends on eclass/profile variables, other command substitutions,
 * arithmetic, USE flags, loops, `case`, or conditions we cannot decide. Such a value is
 * `{kind: 'unknown', reason}`. Build-time directories (`${FILESDIR}`, `${WORKDIR}`, `${T}`, `${D}`, …) are
 * kept verbatim as `${NAME}` because they name a path the package manager chooses, not content.
 *
 * Values are the ebuild's own: eclass contributions to IUSE, RESTRICT, *DEPEND are not included. `inherit`
 * lines count when unconditional or in a branch we can decide; one under an undecidable condition is left out
 * of `inherit` (the variables it guards are marked unknown anyway).
 */
import { finding, type Finding } from '../finding.js';
import type { EbuildInfo, EbuildValue } from './types.js';
import { splitPackageVersion, versionWithoutRevision } from './version.js';

/** Build-time directories kept verbatim (the package manager decides them; they are not content). */
const VERBATIM_VARS = new Set([
  'FILESDIR', 'WORKDIR', 'T', 'D', 'ED', 'S', 'EPREFIX', 'EROOT', 'ROOT', 'BROOT', 'DISTDIR', 'SYSROOT',
  'ESYSROOT', 'HOME', 'TMPDIR',
]);

// ---------------------------------------------------------------------------------------------------------
// Lexer: words and operators, with quotes, expansions, comments, continuations and here-documents.

type Tok =
  | { t: 'w'; raw: string; pos: number }
  | { t: 'op'; v: string; pos: number }
  | { t: 'arr'; name: string; append: boolean; elems: string[]; raw: string; pos: number };

interface LexResult {
  toks: Tok[];
  problems: { pos: number; message: string }[];
}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

function lex(text: string): LexResult {
  const toks: Tok[] = [];
  const problems: { pos: number; message: string }[] = [];
  const n = text.length;
  let i = 0;
  const pendingHeredocs: { delim: string; strip: boolean; pos: number }[] = [];

  const skipSingle = (start: number): number => {
    // start is at the opening quote
    const end = text.indexOf("'", start + 1);
    if (end === -1) {
      problems.push({ pos: start, message: 'unterminated single quote' });
      return n;
    }
    return end + 1;
  };
  const skipAnsi = (start: number): number => {
    // start at `$'`
    let j = start + 2;
    while (j < n && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
    if (j >= n) {
      problems.push({ pos: start, message: "unterminated $'…' quote" });
      return n;
    }
    return j + 1;
  };
  const skipBacktick = (start: number): number => {
    let j = start + 1;
    while (j < n && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    if (j >= n) {
      problems.push({ pos: start, message: 'unterminated backquote' });
      return n;
    }
    return j + 1;
  };
  // start at the `"`
  const skipDouble = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const code = text.charCodeAt(j);
      // fast path over plain characters
      if (code !== 34 && code !== 92 && code !== 36 && code !== 96) {
        j++;
        continue;
      }
      const c = text[j];
      if (c === '"') return j + 1;
      if (c === '\\') j += 2;
      else if (c === '$' && text[j + 1] === '(') j = skipParen(j + 2);
      else if (c === '$' && text[j + 1] === '{') j = skipBrace(j + 2, true);
      else if (c === '`') j = skipBacktick(j);
      else j++;
    }
    problems.push({ pos: start, message: 'unterminated double quote' });
    return n;
  };
  // j just after `${`
  const skipBrace = (j: number, inDouble: boolean): number => {
    const start = j - 2;
    while (j < n) {
      const c = text[j];
      if (c === '}') return j + 1;
      if (c === '\\') j += 2;
      else if (c === '"') j = skipDouble(j);
      else if (c === "'" && !inDouble) j = skipSingle(j);
      else if (c === '$' && text[j + 1] === '{') j = skipBrace(j + 2, inDouble);
      else if (c === '$' && text[j + 1] === '(') j = skipParen(j + 2);
      else if (c === '`') j = skipBacktick(j);
      else j++;
    }
    problems.push({ pos: start, message: 'unterminated ${…} expansion' });
    return n;
  };
  // j just after `(` of `$(`; balanced parentheses with quotes
  const skipParen = (j: number): number => {
    const start = j - 2;
    let depth = 1;
    while (j < n) {
      const c = text[j];
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return j + 1;
      } else if (c === '\\') {
        j += 2;
        continue;
      } else if (c === '"') {
        j = skipDouble(j);
        continue;
      } else if (c === "'") {
        j = skipSingle(j);
        continue;
      } else if (c === '`') {
        j = skipBacktick(j);
        continue;
      }
      j++;
    }
    problems.push({ pos: start, message: 'unterminated $(…) substitution' });
    return n;
  };

  const readWord = (): string => {
    const start = i;
    while (i < n) {
      const c = text[i];
      if (META.has(c)) break;
      if (c === '\\') i += 2;
      else if (c === "'") i = skipSingle(i);
      else if (c === '"') i = skipDouble(i);
      else if (c === '`') i = skipBacktick(i);
      else if (c === '$' && text[i + 1] === '(') i = skipParen(i + 2);
      else if (c === '$' && text[i + 1] === '{') i = skipBrace(i + 2, false);
      else if (c === '$' && text[i + 1] === "'") i = skipAnsi(i);
      else i++;
    }
    if (i > n) i = n;
    return text.slice(start, i);
  };

  const skipBlankAndComments = (alsoNewlines: boolean): void => {
    while (i < n) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '\\' && text[i + 1] === '\n') i += 2;
      else if (c === '#') {
        const e = text.indexOf('\n', i);
        i = e === -1 ? n : e;
      } else if (alsoNewlines && c === '\n') i++;
      else break;
    }
  };

  const skipHeredocs = (): void => {
    while (pendingHeredocs.length > 0) {
      const h = pendingHeredocs.shift()!;
      let found = false;
      while (i < n) {
        let e = text.indexOf('\n', i);
        if (e === -1) e = n;
        let lineText = text.slice(i, e);
        if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1);
        if (h.strip) lineText = lineText.replace(/^\t+/, '');
        i = e + 1;
        if (lineText === h.delim) {
          found = true;
          break;
        }
      }
      if (i > n) i = n;
      if (!found) problems.push({ pos: h.pos, message: `here-document is not closed by "${h.delim}"` });
    }
  };

  while (i < n) {
    skipBlankAndComments(false);
    if (i >= n) break;
    const c = text[i];
    const pos = i;
    if (c === '\n') {
      toks.push({ t: 'op', v: '\n', pos });
      i++;
      skipHeredocs();
      continue;
    }
    if (c === ';' || c === '(' || c === ')') {
      toks.push({ t: 'op', v: c, pos });
      i++;
      continue;
    }
    if (c === '&' || c === '|') {
      if (text[i + 1] === c) {
        toks.push({ t: 'op', v: c + c, pos });
        i += 2;
      } else {
        toks.push({ t: 'op', v: c, pos });
        i++;
        if (text[i] === '&' || (c === '&' && text[i] === '>')) i++;
      }
      continue;
    }
    if (c === '<' || c === '>') {
      if (text.startsWith('<<<', i)) {
        i += 3;
      } else if (text.startsWith('<<', i)) {
        i += 2;
        const strip = text[i] === '-';
        if (strip) i++;
        skipBlankAndComments(false);
        const w = readWord();
        pendingHeredocs.push({ delim: w.replace(/['"\\]/g, ''), strip, pos });
      } else {
        i++;
        while (text[i] === '>' || text[i] === '&' || text[i] === '|') i++;
      }
      toks.push({ t: 'op', v: 'redir', pos });
      // the redirection target is read as an ordinary word and ignored by the command processor
      continue;
    }
    const w = readWord();
    if (w === '') {
      i++;
      continue;
    }
    const am = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=$/.exec(w);
    if (am && text[i] === '(') {
      i++;
      const elems: string[] = [];
      let closed = false;
      for (;;) {
        skipBlankAndComments(true);
        if (i >= n) break;
        if (text[i] === ')') {
          i++;
          closed = true;
          break;
        }
        const e = readWord();
        if (e === '') {
          // a stray metacharacter inside an array: keep it as text so the value becomes unknown
          elems.push(text[i]);
          i++;
        } else elems.push(e);
      }
      if (!closed) problems.push({ pos, message: `array ${am[1]}=( … ) is not closed` });
      toks.push({ t: 'arr', name: am[1], append: am[2] === '+', elems, raw: text.slice(pos, i), pos });
      continue;
    }
    toks.push({ t: 'w', raw: w, pos });
  }
  return { toks, problems };
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation of words.

class Unknown {
  constructor(readonly reason: string) {}
}

interface EvalCtx {
  vars: Map<string, EbuildValue>;
  env: Record<string, string>;
  /** Set once `inherit cargo` ran: the CARGO_CRATE_URIS value (or Unknown). */
  cargoCrateUris?: string | Unknown;
}

function lookupScalar(ctx: EvalCtx, name: string): string | Unknown {
  const v = ctx.vars.get(name);
  if (v) {
    if (v.kind === 'string') return v.value;
    if (v.kind === 'array') return v.values[0] ?? '';
    return new Unknown(`\${${name}} is not known statically (${v.reason})`);
  }
  if (name in ctx.env) return ctx.env[name];
  if (name === 'CARGO_CRATE_URIS' && ctx.cargoCrateUris !== undefined) return ctx.cargoCrateUris;
  if (VERBATIM_VARS.has(name)) return `\${${name}}`;
  return new Unknown(`\${${name}} is not set in this file (eclass, profile or package-manager variable)`);
}

function lookupArray(ctx: EvalCtx, name: string): string[] | Unknown {
  const v = ctx.vars.get(name);
  if (v && v.kind === 'array') return v.values;
  const s = lookupScalar(ctx, name);
  if (s instanceof Unknown) return s;
  return [s];
}

/** Glob pattern (already expanded) to an anchored RegExp source. Quoted parts are marked literal with \x00. */
function globToRegex(pat: string): RegExp {
  let out = '';
  for (let k = 0; k < pat.length; k++) {
    const c = pat[k];
    if (c === '\x00') {
      out += escapeRe(pat[++k] ?? '');
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const end = pat.indexOf(']', k + 2);
      if (end === -1) out += '\\[';
      else {
        let cls = pat.slice(k + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out += `[${cls}]`;
        k = end;
      }
    } else if (c === '\\') out += escapeRe(pat[++k] ?? '');
    else out += escapeRe(c);
  }
  return new RegExp(`^(?:${out})$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimPattern(value: string, op: string, re: RegExp): string {
  const len = value.length;
  if (op === '#') {
    for (let k = 0; k <= len; k++) if (re.test(value.slice(0, k))) return value.slice(k);
  } else if (op === '##') {
    for (let k = len; k >= 0; k--) if (re.test(value.slice(0, k))) return value.slice(k);
  } else if (op === '%') {
    for (let k = len; k >= 0; k--) if (re.test(value.slice(k))) return value.slice(0, k);
  } else if (op === '%%') {
    for (let k = 0; k <= len; k++) if (re.test(value.slice(k))) return value.slice(0, k);
  }
  return value;
}

function substitute(value: string, op: string, re: RegExp, rep: string): string {
  const src = re.source.slice(4, -2); // strip ^(?: … )$
  if (op === '/#') {
    for (let k = value.length; k >= 0; k--) if (re.test(value.slice(0, k))) return rep + value.slice(k);
    return value;
  }
  if (op === '/%') {
    for (let k = 0; k <= value.length; k++) if (re.test(value.slice(k))) return value.slice(0, k) + rep;
    return value;
  }
  if (src === '') return value;
  const g = new RegExp(src, op === '//' ? 'g' : '');
  return value.replace(g, () => rep);
}

/** Evaluate a pattern word inside `${…}`: expansions resolved, quoted characters marked literal. */
function evalPattern(raw: string, ctx: EvalCtx): string | Unknown {
  const r = evalWord(raw, ctx, { pattern: true });
  if (r instanceof Unknown) return r;
  return r.fields.join(' ');
}

function paramExpand(body: string, ctx: EvalCtx, quoted: boolean): { text: string[]; isArray: boolean } | Unknown {
  if (body.startsWith('#')) {
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
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[(@|\*|\d+)\])?/.exec(body);
  if (!m) return new Unknown(`\${${body}} cannot be evaluated statically`);
  const name = m[1];
  const rest = body.slice(m[0].length);
  let values: string[];
  let isArray = false;
  if (m[3] === '@' || m[3] === '*') {
    const a = lookupArray(ctx, name);
    if (a instanceof Unknown) return a;
    values = a;
    isArray = m[3] === '@';
    if (m[3] === '*' || !quoted) {
      // "${A[*]}" joins; unquoted ${A[@]} is split by the caller anyway
      values = m[3] === '*' ? [a.join(' ')] : a;
    }
  } else if (m[3] !== undefined) {
    const v = ctx.vars.get(name);
    if (v && v.kind === 'array') values = [v.values[Number(m[3])] ?? ''];
    else if (v && v.kind === 'unknown') return new Unknown(`\${${name}} is not known statically (${v.reason})`);
    else if (m[3] === '0') {
      const s = lookupScalar(ctx, name);
      if (s instanceof Unknown) return s;
      values = [s];
    } else return new Unknown(`\${${body}} cannot be evaluated statically`);
  } else {
    // defaults need to know set-ness before the value
    const dm = /^(:?)([-+])([\s\S]*)$/.exec(rest);
    if (dm) {
      const v = lookupScalar(ctx, name);
      if (v instanceof Unknown) return v;
      const useAlt = dm[1] === ':' ? v !== '' : true;
      const word = evalWord(dm[3], ctx, {});
      if (word instanceof Unknown) return dm[2] === '-' && useAlt ? { text: [v], isArray: false } : word;
      if (dm[2] === '-') return { text: [useAlt ? v : word.fields.join(' ')], isArray: false };
      return { text: [useAlt ? word.fields.join(' ') : ''], isArray: false };
    }
    const s = lookupScalar(ctx, name);
    if (s instanceof Unknown) return s;
    values = [s];
  }
  if (rest === '') return { text: values, isArray };
  const apply = (fn: (s: string) => string | Unknown): { text: string[]; isArray: boolean } | Unknown => {
    const out: string[] = [];
    for (const v of values) {
      const r = fn(v);
      if (r instanceof Unknown) return r;
      out.push(r);
    }
    return { text: out, isArray };
  };
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

// --- eapi7-ver: ver_cut / ver_rs (PMS 12.3.14) ---

function verSplit(v: string): string[] {
  // alternating [sep0, comp1, sep1, comp2, …, sepN]
  const out: string[] = [];
  let k = 0;
  while (k <= v.length) {
    let s = '';
    while (k < v.length && !/[A-Za-z0-9]/.test(v[k])) s += v[k++];
    out.push(s);
    if (k >= v.length) break;
    let c = '';
    if (/[0-9]/.test(v[k])) while (k < v.length && /[0-9]/.test(v[k])) c += v[k++];
    else while (k < v.length && /[A-Za-z]/.test(v[k])) c += v[k++];
    out.push(c);
  }
  if (out.length % 2 === 0) out.push('');
  return out;
}

function parseRange(r: string, max: number): [number, number] | null {
  const m = /^(\d+)(-(\d*))?$/.exec(r);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : m[3] === '' ? max : Number(m[3]);
  return [a, Math.min(b, max)];
}

function verCut(args: string[], pv: string): string | Unknown {
  if (args.length < 1 || args.length > 2) return new Unknown('ver_cut takes a range and an optional version');
  const parts = verSplit(args[1] ?? pv);
  const ncomp = (parts.length - 1) / 2;
  const r = parseRange(args[0], ncomp);
  if (!r) return new Unknown(`ver_cut range "${args[0]}" is not understood`);
  const [a, b] = r;
  // component i is parts[2i-1]; include separators between a and b
  const from = a <= 0 ? 0 : 2 * a - 1;
  const to = 2 * b - 1;
  if (to < from) return '';
  return parts.slice(from, to + 1).join('');
}

function verRs(args: string[], pv: string): string | Unknown {
  let version = pv;
  const a = [...args];
  if (a.length % 2 === 1) version = a.pop()!;
  const parts = verSplit(version);
  const ncomp = (parts.length - 1) / 2;
  for (let k = 0; k < a.length; k += 2) {
    const r = parseRange(a[k], ncomp);
    if (!r) return new Unknown(`ver_rs range "${a[k]}" is not understood`);
    for (let s = r[0]; s <= r[1]; s++) {
      // separator s sits after component s (index 2s); only replaced when present between components
      const idx = 2 * s;
      if (idx < parts.length && (parts[idx] !== '' || (s > 0 && s < ncomp))) parts[idx] = a[k + 1];
    }
  }
  return parts.join('');
}

/** `name@version` (or legacy `name-version`) → [name, version]. */
export function splitCrate(spec: string): [string, string] | null {
  const at = spec.indexOf('@');
  if (at > 0) return [spec.slice(0, at), spec.slice(at + 1)];
  const m = /^([A-Za-z0-9_-]+?)-(\d+\.\d+\.\d+.*)$/.exec(spec);
  return m ? [m[1], m[2]] : null;
}

function crateUris(crates: string): string | Unknown {
  const out: string[] = [];
  for (const c of crates.split(/\s+/).filter(Boolean)) {
    const nv = splitCrate(c);
    if (!nv) return new Unknown(`crate "${c}" is neither name@version nor name-version`);
    out.push(`https://crates.io/api/v1/crates/${nv[0]}/${nv[1]}/download -> ${nv[0]}-${nv[1]}.crate`);
  }
  return out.join('\n');
}

function commandSubst(inner: string, ctx: EvalCtx): string | Unknown {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  const fn = words[0];
  if (fn === 'ver_cut' || fn === 'ver_rs' || fn === 'cargo_crate_uris') {
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
  return new Unknown(`$(${inner.trim().slice(0, 60)}) is a command substitution`);
}

interface WordOpts {
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
    const r = paramExpand(raw.slice(k + 2, end - 1), ctx, quoted);
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

/** Evaluate one shell word to fields (one field unless `split`). */
function evalWord(raw: string, ctx: EvalCtx, opts: WordOpts): { fields: string[] } | Unknown {
  const st: WordState = { raw, ctx, opts, fields: [], cur: '', curHas: false, k: 0 };
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
          let e = j + 1;
          while (e < n) {
            const x = raw.charCodeAt(e);
            if (x === 34 || x === 92 || x === 36 || x === 96) break; // " \ $ `
            e++;
          }
          wLit(st, raw.slice(j, e), true);
          st.k = e;
        }
      }
      st.k++;
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

function matchBrace(s: string, j: number): number {
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

function matchParen(s: string, j: number): number {
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

/** Bash brace expansion of one raw word (`a{b,c}`, `{1..3}`), quote-aware. Returns [raw] when none. */
export function braceExpand(raw: string, limit = 1000): string[] {
  // find the first unquoted `{` that is not `${` with a matching `}` containing a top-level `,` or `..`
  let k = 0;
  while (k < raw.length) {
    const c = raw[k];
    if (c === '\\') {
      k += 2;
      continue;
    }
    if (c === "'") {
      k = raw.indexOf("'", k + 1) + 1 || raw.length;
      continue;
    }
    if (c === '"') {
      k++;
      while (k < raw.length && raw[k] !== '"') k += raw[k] === '\\' ? 2 : 1;
      k++;
      continue;
    }
    if (c === '$' && raw[k + 1] === '{') {
      k = matchBrace(raw, k + 2);
      continue;
    }
    if (c === '$' && raw[k + 1] === '(') {
      k = matchParen(raw, k + 2);
      continue;
    }
    if (c === '{') {
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
      if (depth === 0) {
        const pre = raw.slice(0, k);
        const post = raw.slice(j + 1);
        const inner = raw.slice(k + 1, j);
        let alts: string[] | null = null;
        if (commas.length > 0) {
          alts = [];
          let last = k + 1;
          for (const cpos of commas) {
            alts.push(raw.slice(last, cpos));
            last = cpos + 1;
          }
          alts.push(raw.slice(last, j));
        } else {
          const rm = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
          if (rm) {
            const a = Number(rm[1]);
            const b = Number(rm[2]);
            if (Math.abs(b - a) < limit) {
              alts = [];
              for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1) alts.push(String(x));
            }
          }
        }
        if (alts) {
          const out: string[] = [];
          for (const alt of alts) {
            for (const e of braceExpand(pre + alt + post, limit)) {
              out.push(e);
              if (out.length > limit) return out;
            }
          }
          return out;
        }
      }
    }
    k++;
  }
  return [raw];
}

// ---------------------------------------------------------------------------------------------------------
// Command processing.

type FrameMode = 'active' | 'dead' | 'unknown';
interface Frame {
  kind: 'if' | 'case' | 'loop' | 'group';
  mode: FrameMode;
  anyTaken: boolean;
  unknownSeen: boolean;
  line: number;
}

const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Environment derived from a file name such as `dev-lang/rust/rust-1.75.0-r1.ebuild`. */
export function ebuildEnv(file: string | undefined): Record<string, string> {
  if (!file) return {};
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? '';
  if (!base.endsWith('.ebuild')) return {};
  const sp = splitPackageVersion(base.slice(0, -'.ebuild'.length));
  if (!sp) return {};
  const pv = versionWithoutRevision(sp.version);
  const rev = sp.version.revision;
  const env: Record<string, string> = {
    PN: sp.name,
    PV: pv,
    PR: `r${rev === '' ? '0' : rev}`,
    PVR: rev === '' ? pv : `${pv}-r${rev}`,
    P: `${sp.name}-${pv}`,
    PF: rev === '' ? `${sp.name}-${pv}` : `${sp.name}-${pv}-r${rev}`,
  };
  if (parts.length >= 3) env.CATEGORY = parts[parts.length - 3];
  return env;
}

/**
 * Read the static variables of an ebuild. Never throws: syntax problems become findings (code
 * `ebuild-syntax`) on `file`.
 */
export function parseEbuild(text: string, file?: string): EbuildInfo {
  const findings: Finding[] = [];
  const lineStarts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const syntax = (pos: number, message: string): void => {
    findings.push(
      finding('error', 'ebuild-syntax', `${message} (bash would refuse or misread this file)`, { file, line: lineAt(pos) }),
    );
  };

  let lexed: LexResult;
  try {
    lexed = lex(text);
  } catch (e) {
    syntax(0, `could not read the file: ${(e as Error).message}`);
    return { vars: {}, inherit: [], findings };
  }
  for (const p of lexed.problems) syntax(p.pos, p.message);

  const ctx: EvalCtx = { vars: new Map(), env: ebuildEnv(file) };
  const inherit: string[] = [];
  const frames: Frame[] = [];
  let fnDepth = 0; // >0 while inside a function body
  let fnPendingBrace = false;
  let fnStartPos = 0;

  const contextMode = (): { mode: FrameMode; reason?: string } => {
    let unknown: Frame | undefined;
    for (const f of frames) {
      if (f.mode === 'dead') return { mode: 'dead' };
      if (f.mode === 'unknown' && !unknown) unknown = f;
    }
    if (unknown) {
      const what = unknown.kind === 'loop' ? 'a loop' : unknown.kind === 'case' ? 'a case branch' : 'a condition';
      return { mode: 'unknown', reason: `assigned inside ${what} (line ${unknown.line}) that is not evaluated statically` };
    }
    return { mode: 'active' };
  };

  /** `[[ lhs op rhs ]]` with a known lhs → true/false; anything else → undefined. */
  const evalCondition = (words: Tok[]): boolean | undefined => {
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
  };

  const setVar = (name: string, value: EbuildValue): void => {
    ctx.vars.set(name, value);
  };

  const assign = (tok: Tok, mode: { mode: FrameMode; reason?: string }, extraUnknown?: string): void => {
    if (mode.mode === 'dead') return;
    const pos = tok.pos;
    const line = lineAt(pos);
    let name: string;
    let append: boolean;
    let rawValue: string;
    let isArr = false;
    let elems: string[] = [];
    if (tok.t === 'arr') {
      name = tok.name;
      append = tok.append;
      rawValue = tok.raw.slice(tok.raw.indexOf('=') + 1);
      isArr = true;
      elems = tok.elems;
    } else if (tok.t === 'w') {
      const m = ASSIGN_RE.exec(tok.raw)!;
      name = m[1];
      if (m[2] !== undefined) {
        // element assignment X[i]=v: we do not track indices
        setVar(name, { kind: 'unknown', raw: tok.raw, line, reason: `element assignment ${name}${m[2]}= is not tracked` });
        return;
      }
      append = m[3] === '+';
      rawValue = m[4];
    } else return;
    const reason = extraUnknown ?? (mode.mode === 'unknown' ? mode.reason : undefined);
    if (reason) {
      setVar(name, { kind: 'unknown', raw: rawValue, line, reason });
      return;
    }
    const prev = ctx.vars.get(name);
    let value: EbuildValue;
    if (isArr) {
      const values: string[] = [];
      let unknown: Unknown | undefined;
      outer: for (const e of elems) {
        for (const ex of braceExpand(e)) {
          const r = evalWord(ex, ctx, { split: true });
          if (r instanceof Unknown) {
            unknown = r;
            break outer;
          }
          values.push(...r.fields);
        }
      }
      value = unknown
        ? { kind: 'unknown', raw: rawValue, line, reason: unknown.reason }
        : { kind: 'array', values, line };
    } else {
      const r = evalWord(rawValue, ctx, {});
      value = r instanceof Unknown
        ? { kind: 'unknown', raw: rawValue, line, reason: r.reason }
        : { kind: 'string', value: r.fields.join(' '), line };
    }
    if (append && prev) {
      if (prev.kind === 'unknown') {
        value = { kind: 'unknown', raw: `${prev.raw} … ${rawValue}`, line: prev.line, reason: prev.reason };
      } else if (value.kind === 'unknown') {
        value = { ...value, line: prev.line };
      } else if (prev.kind === 'string' && value.kind === 'string') {
        value = { kind: 'string', value: prev.value + value.value, line: prev.line };
      } else if (prev.kind === 'array' && value.kind === 'array') {
        value = { kind: 'array', values: [...prev.values, ...value.values], line: prev.line };
      } else if (prev.kind === 'array' && value.kind === 'string') {
        const vals = [...prev.values];
        vals[0] = (vals[0] ?? '') + value.value;
        value = { kind: 'array', values: vals, line: prev.line };
      } else if (prev.kind === 'string' && value.kind === 'array') {
        value = { kind: 'array', values: [prev.value, ...value.values], line: prev.line };
      }
    }
    setVar(name, value);
  };

  const doInherit = (args: Tok[], mode: { mode: FrameMode; reason?: string }): void => {
    if (mode.mode !== 'active') return;
    for (const a of args) {
      if (a.t !== 'w') continue;
      const r = evalWord(a.raw, ctx, { split: true });
      if (r instanceof Unknown) continue;
      for (const e of r.fields) {
        if (!inherit.includes(e)) inherit.push(e);
        if (e === 'cargo') {
          // cargo.eclass computes CARGO_CRATE_URIS from CRATES (and GIT_CRATES) when inherited
          if (ctx.vars.has('GIT_CRATES')) ctx.cargoCrateUris = new Unknown('GIT_CRATES is set: git crate URIs are not computed statically');
          else {
            const crates = ctx.vars.get('CRATES');
            if (!crates) ctx.cargoCrateUris = '';
            else if (crates.kind === 'unknown') ctx.cargoCrateUris = new Unknown(`CRATES is not known statically (${crates.reason})`);
            else ctx.cargoCrateUris = crateUris(crates.kind === 'string' ? crates.value : crates.values.join(' '));
          }
        }
      }
    }
  };

  const wordText = (t: Tok | undefined): string | undefined => (t === undefined ? undefined : t.t === 'w' ? t.raw : t.t === 'op' ? t.v : undefined);

  /** Process one simple command. `cond` is an extra unknown reason from an and-or list. */
  const command = (wordsIn: Tok[], cond: { skip?: boolean; unknown?: string }, wholeList: Tok[][] | undefined): void => {
    // drop redirections and their targets
    let words: Tok[] = [];
    for (let k = 0; k < wordsIn.length; k++) {
      const w = wordsIn[k];
      if (w.t === 'op' && w.v === 'redir') {
        k++;
        continue;
      }
      words.push(w);
    }
    if (words.length === 0) return;

    if (fnDepth > 0 || fnPendingBrace) {
      const first = wordText(words[0]);
      if (fnPendingBrace) {
        if (first === '{') {
          fnPendingBrace = false;
          fnDepth = 1;
        } else if (first === '(') {
          // subshell body: treat like braces closed by `)` — rare; give up on the body
          fnPendingBrace = false;
        } else return;
        words = words.slice(1);
        if (words.length === 0) return;
      }
      const w0 = wordText(words[0]);
      if (w0 === '{') fnDepth++;
      else if (w0 === '}') fnDepth--;
      return;
    }

    for (;;) {
      const w0 = wordText(words[0]);
      if (w0 === undefined) break;
      const top = frames[frames.length - 1];
      if (top?.kind === 'case') {
        if (w0 === 'esac') {
          frames.pop();
          words = words.slice(1);
          if (words.length === 0) return;
          continue;
        }
        // drop the `pattern)` prefix of a case branch
        const close = words.findIndex((w) => w.t === 'op' && w.v === ')');
        if (close !== -1 && !words.slice(0, close).some((w) => w.t === 'w' && ASSIGN_RE.test(w.raw))) {
          words = words.slice(close + 1);
          if (words.length === 0) return;
          continue;
        }
      }
      if (w0 === 'then' || w0 === 'do') {
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      if (w0 === 'if' || w0 === 'elif') {
        const line = lineAt(words[0].pos);
        const c = wholeList && wholeList.length > 1 ? undefined : evalCondition(words.slice(1));
        if (w0 === 'if') {
          const parentDead = contextMode().mode === 'dead';
          frames.push({
            kind: 'if',
            mode: parentDead ? 'dead' : c === undefined ? 'unknown' : c ? 'active' : 'dead',
            anyTaken: c === true,
            unknownSeen: c === undefined,
            line,
          });
        } else {
          const f = top?.kind === 'if' ? top : undefined;
          if (!f) {
            syntax(words[0].pos, '"elif" without "if"');
            return;
          }
          const parentDead = frames.slice(0, -1).some((x) => x.mode === 'dead');
          if (parentDead || f.anyTaken) f.mode = 'dead';
          else if (f.unknownSeen || c === undefined) {
            f.mode = 'unknown';
            f.unknownSeen = true;
            f.line = line;
          } else {
            f.mode = c ? 'active' : 'dead';
            f.anyTaken = c;
          }
        }
        return;
      }
      if (w0 === 'else') {
        const f = top?.kind === 'if' ? top : undefined;
        if (!f) {
          syntax(words[0].pos, '"else" without "if"');
          return;
        }
        const parentDead = frames.slice(0, -1).some((x) => x.mode === 'dead');
        if (parentDead || f.anyTaken) f.mode = 'dead';
        else if (f.unknownSeen) {
          f.mode = 'unknown';
          f.line = lineAt(words[0].pos);
        } else f.mode = 'active';
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      if (w0 === 'fi') {
        if (top?.kind !== 'if') syntax(words[0].pos, '"fi" without "if"');
        else frames.pop();
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      if (w0 === 'case') {
        frames.push({ kind: 'case', mode: 'unknown', anyTaken: false, unknownSeen: true, line: lineAt(words[0].pos) });
        return;
      }
      if (w0 === 'for' || w0 === 'while' || w0 === 'until' || w0 === 'select') {
        frames.push({ kind: 'loop', mode: 'unknown', anyTaken: false, unknownSeen: true, line: lineAt(words[0].pos) });
        return;
      }
      if (w0 === 'done') {
        if (top?.kind !== 'loop') syntax(words[0].pos, '"done" without a loop');
        else frames.pop();
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      if (w0 === '{') {
        frames.push({ kind: 'group', mode: 'active', anyTaken: true, unknownSeen: false, line: lineAt(words[0].pos) });
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      if (w0 === '}') {
        if (top?.kind === 'group') frames.pop();
        else syntax(words[0].pos, 'unmatched "}"');
        words = words.slice(1);
        if (words.length === 0) return;
        continue;
      }
      break;
    }

    // function definitions: `name() {`, `name () {`, `function name {`
    const w0 = wordText(words[0]);
    const w1 = wordText(words[1]);
    const w2 = wordText(words[2]);
    let bodyAt = -1;
    if (w0 === 'function' && words[1]?.t === 'w') {
      bodyAt = wordText(words[2]) === '(' && wordText(words[3]) === ')' ? 4 : 2;
    } else if (words[0].t === 'w' && w1 === '(' && w2 === ')' && w0 !== undefined && NAME_RE.test(w0)) {
      bodyAt = 3;
    }
    if (bodyAt !== -1) {
      fnStartPos = words[0].pos;
      const b = wordText(words[bodyAt]);
      if (b === '{') {
        fnDepth = 1;
        const rest = words.slice(bodyAt + 1);
        const r0 = wordText(rest[0]);
        if (r0 === '}') fnDepth = 0;
      } else fnPendingBrace = true;
      return;
    }

    const mode = contextMode();
    if (cond.skip) return;
    if (w0 === 'inherit') {
      if (cond.unknown) return;
      doInherit(words.slice(1), mode);
      return;
    }
    let k = 0;
    if (w0 === 'export' || w0 === 'declare' || w0 === 'typeset' || w0 === 'readonly' || w0 === 'local') {
      k = 1;
      while (k < words.length && words[k].t === 'w' && (words[k] as { raw: string }).raw.startsWith('-')) k++;
      if (w0 === 'local') return; // only meaningful in functions
    }
    if (w0 === 'unset') {
      for (const w of words.slice(1)) {
        if (w.t !== 'w' || w.raw.startsWith('-')) continue;
        if (mode.mode === 'dead') continue;
        if (mode.mode === 'unknown' || cond.unknown) {
          setVar(w.raw, { kind: 'unknown', raw: '', line: lineAt(w.pos), reason: mode.reason ?? cond.unknown ?? 'unset under a condition' });
        } else ctx.vars.delete(w.raw);
      }
      return;
    }
    const assigns: Tok[] = [];
    for (; k < words.length; k++) {
      const w = words[k];
      if (w.t === 'arr' || (w.t === 'w' && ASSIGN_RE.test(w.raw))) assigns.push(w);
      else break;
    }
    // `X=1 cmd` sets X for cmd only
    if (k < words.length && w0 !== 'export' && w0 !== 'declare' && w0 !== 'typeset' && w0 !== 'readonly') return;
    for (const a of assigns) assign(a, mode, cond.unknown);
  };

  // Split tokens into and-or lists of pipelines of commands.
  const toks = lexed.toks;
  let list: Tok[][] = []; // commands of the current and-or list
  let connectors: string[] = [];
  let cur: Tok[] = [];
  const flushList = (): void => {
    if (cur.length > 0) list.push(cur);
    cur = [];
    if (list.length === 0) {
      connectors = [];
      return;
    }
    if (list.length === 1) command(list[0], {}, undefined);
    else {
      // `[[ cond ]] && X=…` / `|| X=…`: decide when the condition is known
      const first = list[0];
      const w0 = wordText(first[0]);
      if (w0 === 'if' || w0 === 'elif' || w0 === 'while' || w0 === 'until') {
        command(first, {}, list);
        for (const c of list.slice(1)) command(c, { skip: true }, undefined);
      } else {
        const c = list.length === 2 ? evalCondition(first) : undefined;
        const line = lineAt(first[0]?.pos ?? 0);
        const reason = `assigned under a condition (line ${line}) that is not evaluated statically`;
        for (let k = 0; k < list.length; k++) {
          if (k === 0) {
            command(list[0], { skip: c !== undefined }, undefined);
            continue;
          }
          const conn = connectors[k - 1];
          if (c !== undefined && list.length === 2) {
            const run = conn === '&&' ? c : conn === '||' ? !c : true;
            command(list[k], run ? {} : { skip: true }, undefined);
          } else command(list[k], { unknown: reason }, undefined);
        }
      }
    }
    list = [];
    connectors = [];
  };
  for (const t of toks) {
    if (t.t === 'op' && (t.v === '\n' || t.v === ';' || t.v === '&')) {
      flushList();
    } else if (t.t === 'op' && (t.v === '&&' || t.v === '||' || t.v === '|')) {
      if (cur.length > 0) list.push(cur);
      cur = [];
      connectors.push(t.v);
    } else cur.push(t);
  }
  flushList();

  if (fnDepth > 0 || fnPendingBrace) syntax(fnStartPos, 'function body is not closed');
  for (const f of frames) {
    const what = f.kind === 'if' ? '"if" without "fi"' : f.kind === 'case' ? '"case" without "esac"' : f.kind === 'loop' ? 'loop without "done"' : '"{" without "}"';
    findings.push(finding('error', 'ebuild-syntax', `${what} (bash would refuse this file)`, { file, line: f.line }));
  }

  const vars: Record<string, EbuildValue> = {};
  for (const [k, v] of ctx.vars) vars[k] = v;
  return { vars, inherit, findings };
}

// ---------------------------------------------------------------------------------------------------------
// SRC_URI

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
  const seen = new Set<string>();
  for (const e of parseSrcUri(text)) seen.add(e.distfile);
  return [...seen];
}

/** A variable's value as one string (arrays joined by spaces); undefined when absent or unknown. */
export function valueText(v: EbuildValue | undefined): string | undefined {
  if (!v || v.kind === 'unknown') return undefined;
  return v.kind === 'string' ? v.value : v.values.join(' ');
}
