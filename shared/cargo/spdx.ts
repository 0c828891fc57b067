/**
 * SPDX license expressions as crates write them: normalise the legacy forms (`MIT/Apache-2.0`, `mit or
 * apache-2.0`, `Apache2`), report every change, then parse with spdx-expression-parse@5.
 *
 * Matching semantics (used by policy.ts): a license term is its id, its `+` and its `WITH` exception, compared
 * exactly. `Apache-2.0 WITH LLVM-exception` is not `Apache-2.0`; `GPL-2.0-or-later` is not `GPL-2.0-only` nor
 * `GPL-3.0-only` (cargo-deny >= 0.18.4 semantics, unlike spdx-satisfies' ranges). Deprecated GNU ids are
 * rewritten to their SPDX replacements (`GPL-2.0` -> `GPL-2.0-only`, `GPL-2.0+` -> `GPL-2.0-or-later`), and
 * that rewrite is reported like any other correction.
 */
import parseStrict from 'spdx-expression-parse';
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecatedExceptionIds from 'spdx-exceptions/deprecated.json' with { type: 'json' };
import { own } from '../own.js';
import { pushAll } from '../finding.js';

/** One license of an expression: id (or `LicenseRef-…`), the `+` suffix, and its `WITH` exception. */
export interface LicenseTerm {
  id: string;
  plus: boolean;
  exception?: string;
}

export type SpdxNode =
  | ({ type: 'license' } & LicenseTerm)
  | { type: 'and' | 'or'; terms: SpdxNode[] };

export type CorrectionKind =
  | 'legacy-slash'
  | 'operator-case'
  | 'id-case'
  | 'exception-case'
  | 'id-fixed'
  | 'deprecated-id';

/** A change made to the text before parsing. Never silent: callers show these to the user. */
export interface SpdxCorrection {
  kind: CorrectionKind;
  from: string;
  to: string;
  message: string;
}

export type SpdxErrorKind = 'empty' | 'too-long' | 'unknown-id' | 'unknown-exception' | 'syntax';

export interface SpdxError {
  kind: SpdxErrorKind;
  message: string;
  /** The offending token, when there is one. */
  token?: string;
}

export type SpdxParse =
  | { ok: true; raw: string; expression: string; ast: SpdxNode; corrections: SpdxCorrection[] }
  | { ok: false; raw: string; expression: string; error: SpdxError; corrections: SpdxCorrection[] };

export interface NormaliseOptions {
  /** Rewrite deprecated GNU ids to their `-only`/`-or-later` replacements (default true). */
  modernise?: boolean;
}

/** Longer inputs are refused rather than parsed: no real crate needs them and they bound parser recursion. */
export const MAX_EXPRESSION_LENGTH = 2000;

const CURRENT_IDS = new Set<string>(licenseIds);
const ALL_IDS = new Set<string>([...licenseIds, ...deprecatedIds]);
const ALL_EXCEPTIONS = new Set<string>([...exceptionIds, ...deprecatedExceptionIds]);
const IDS_BY_LOWER = new Map<string, string>([...ALL_IDS].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS_BY_LOWER = new Map<string, string>([...ALL_EXCEPTIONS].map((id) => [id.toLowerCase(), id]));

export function isLicenseId(id: string): boolean {
  return ALL_IDS.has(id);
}
export function isDeprecatedLicenseId(id: string): boolean {
  return ALL_IDS.has(id) && !CURRENT_IDS.has(id);
}
export function isExceptionId(id: string): boolean {
  return ALL_EXCEPTIONS.has(id);
}

/** SPDX's own replacements for the deprecated GNU ids (license list "deprecated" notes). */
const GNU_FAMILIES = [
  'GPL-1.0', 'GPL-2.0', 'GPL-3.0', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'AGPL-1.0', 'AGPL-3.0',
  'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3',
];
const GNU_WITH_EXCEPTION: Record<string, [string, string]> = {
  'GPL-2.0-with-GCC-exception': ['GPL-2.0-or-later', 'GCC-exception-2.0'],
  'GPL-2.0-with-autoconf-exception': ['GPL-2.0-or-later', 'Autoconf-exception-2.0'],
  'GPL-2.0-with-bison-exception': ['GPL-2.0-or-later', 'Bison-exception-2.2'],
  'GPL-2.0-with-classpath-exception': ['GPL-2.0-only', 'Classpath-exception-2.0'],
  'GPL-2.0-with-font-exception': ['GPL-2.0-only', 'Font-exception-2.0'],
  'GPL-3.0-with-GCC-exception': ['GPL-3.0-only', 'GCC-exception-3.1'],
  'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only', 'Autoconf-exception-3.0'],
};

/** Aliases seen in real Cargo.toml files that name exactly one SPDX license. */
const ALIASES: Record<string, string> = {
  'asl-2.0': 'Apache-2.0',
  asl2: 'Apache-2.0',
  'apache-2': 'Apache-2.0',
  cc0: 'CC0-1.0',
  boost: 'BSL-1.0',
  'bsd-2': 'BSD-2-Clause',
  'bsd-3': 'BSD-3-Clause',
  bsd2: 'BSD-2-Clause',
  bsd3: 'BSD-3-Clause',
};

/**
 * Fix one id that is not on the SPDX list, or return undefined. Only unambiguous rewrites: letter case, a
 * known alias, a missing `-` or `.0` in a version (`Apache2`, `MPL-2`, `GPLv3`). Never whole expressions.
 */
export function correctLicenseId(word: string): { id: string; kind: 'id-case' | 'id-fixed' } | undefined {
  const lower = word.toLowerCase();
  const cased = IDS_BY_LOWER.get(lower);
  if (cased !== undefined) return { id: cased, kind: 'id-case' };
  // Own keys only: a license text of "constructor" is a word, not a lookup into Object.prototype.
  const alias = own(ALIASES, lower);
  if (alias !== undefined) return { id: alias, kind: 'id-fixed' };
  const m = /^([a-z]+?)-?v?(\d+(?:\.\d+)?)$/.exec(lower);
  if (m) {
    const [, name, ver] = m;
    for (const candidate of [`${name}-${ver}`, `${name}-${ver}.0`]) {
      const hit = IDS_BY_LOWER.get(candidate) ?? ALIASES[candidate];
      if (hit !== undefined) return { id: hit, kind: 'id-fixed' };
    }
  }
  return undefined;
}

type Tok =
  | { t: '(' }
  | { t: ')' }
  | { t: 'op'; op: 'AND' | 'OR' | 'WITH' }
  | { t: 'word'; text: string };

function tokenize(src: string): Tok[] | SpdxError {
  const out: Tok[] = [];
  const re = /\s+|\(|\)|\/|[^\s()/]+/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const s = m[0];
    if (/^\s/.test(s)) continue;
    if (s === '(') out.push({ t: '(' });
    else if (s === ')') out.push({ t: ')' });
    else if (s === '/') out.push({ t: 'op', op: 'OR' });
    else if (/^(and|or|with)$/i.test(s)) out.push({ t: 'op', op: s.toUpperCase() as 'AND' | 'OR' | 'WITH' });
    else if (!/^[A-Za-z0-9.+:-]+$/.test(s)) {
      return { kind: 'syntax', message: `'${s}' is not an SPDX license id or operator`, token: s };
    } else out.push({ t: 'word', text: s });
  }
  return out;
}

const VERSION_WORD = /^v?\d+(?:\.\d+)*\+?$/i;

/**
 * `Apache 2.0`, `MPL 2.0`, `GPL 3`: a name and its version written apart. Joined with `-` when that gives a
 * license id (directly or through {@link correctLicenseId}), and reported; `MIT 2.0` stays a syntax error.
 */
function joinSpacedVersions(toks: Tok[], corrections: SpdxCorrection[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const next = toks[i + 1];
    const prev = out[out.length - 1];
    const afterWith = prev !== undefined && prev.t === 'op' && prev.op === 'WITH';
    if (tok.t === 'word' && next?.t === 'word' && !afterWith && VERSION_WORD.test(next.text) && !isLicenseId(tok.text)) {
      const plus = next.text.endsWith('+') ? '+' : '';
      const joined = `${tok.text}-${plus ? next.text.slice(0, -1) : next.text}`;
      const id = ALL_IDS.has(joined) ? joined : correctLicenseId(joined)?.id;
      if (id !== undefined) {
        const from = `${tok.text} ${next.text}`;
        corrections.push({ kind: 'id-fixed', from, to: `${id}${plus}`, message: `license id '${from}' read as '${id}${plus}'` });
        out.push({ t: 'word', text: `${id}${plus}` });
        i++;
        continue;
      }
    }
    out.push(tok);
  }
  return out;
}

/** Structural errors with a message a person understands (the strict parser's are terse or absent). */
function checkShape(toks: Tok[]): SpdxError | undefined {
  let depth = 0;
  // `operand` is true when the previous token ends an operand (a word or ')').
  let operand = false;
  for (const tok of toks) {
    if (tok.t === '(') {
      if (operand) return { kind: 'syntax', message: "'(' follows a license without an operator between them", token: '(' };
      depth++;
    } else if (tok.t === ')') {
      if (!operand) return { kind: 'syntax', message: "')' closes an empty or unfinished group", token: ')' };
      if (--depth < 0) return { kind: 'syntax', message: "')' has no matching '('", token: ')' };
    } else if (tok.t === 'op') {
      if (!operand) return { kind: 'syntax', message: `operator ${tok.op} has no license before it`, token: tok.op };
      operand = false;
      continue;
    } else if (operand) {
      return { kind: 'syntax', message: `'${tok.text}' follows a license without an operator between them`, token: tok.text };
    }
    operand = tok.t !== '(';
  }
  if (!operand) return { kind: 'syntax', message: 'the expression ends with an operator or an open group' };
  if (depth > 0) return { kind: 'syntax', message: "a '(' is never closed", token: '(' };
  return undefined;
}

export interface Normalised {
  text: string;
  corrections: SpdxCorrection[];
  error?: SpdxError;
}

/** Rewrite a crate's license text into strict SPDX, recording each change. */
export function normaliseExpression(raw: string, options: NormaliseOptions = {}): Normalised {
  const modernise = options.modernise ?? true;
  const corrections: SpdxCorrection[] = [];
  const src = raw.trim();
  if (src === '') return { text: '', corrections, error: { kind: 'empty', message: 'the license expression is empty' } };
  if (src.length > MAX_EXPRESSION_LENGTH) {
    return {
      text: '',
      corrections,
      error: { kind: 'too-long', message: `the license expression is longer than ${MAX_EXPRESSION_LENGTH} characters` },
    };
  }
  const tokenized = tokenize(src);
  if (!Array.isArray(tokenized)) return { text: '', corrections, error: tokenized };
  const toks = joinSpacedVersions(tokenized, corrections);
  const shape = checkShape(toks);
  if (shape) return { text: '', corrections, error: shape };

  // Operator case and the legacy slash are reported once per expression, not per occurrence.
  if (src.includes('/')) {
    corrections.push({
      kind: 'legacy-slash',
      from: src,
      to: '',
      message: "the legacy '/' separator means OR",
    });
  }
  const lowerOps = [...new Set(src.match(/(?<![A-Za-z0-9.+:-])(?:and|or|with)(?![A-Za-z0-9.+:-])/gi) ?? [])].filter(
    (w) => w !== w.toUpperCase(),
  );
  for (const w of lowerOps) {
    corrections.push({ kind: 'operator-case', from: w, to: w.toUpperCase(), message: `operator '${w}' written as '${w.toUpperCase()}'` });
  }

  const parts: string[] = [];
  let error: SpdxError | undefined;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.t !== 'word') {
      parts.push(tok.t === 'op' ? tok.op : tok.t);
      continue;
    }
    const prev = toks[i - 1];
    const afterWith = prev !== undefined && prev.t === 'op' && prev.op === 'WITH';
    if (afterWith) {
      const exc = fixException(tok.text, corrections);
      if (exc === undefined) {
        error ??= { kind: 'unknown-exception', message: `'${tok.text}' is not an SPDX exception id`, token: tok.text };
        parts.push(tok.text);
      } else parts.push(exc);
      continue;
    }
    const fixed = fixLicense(tok.text, corrections, modernise);
    if (fixed === undefined) {
      error ??= { kind: 'unknown-id', message: `'${tok.text}' is not an SPDX license id`, token: tok.text };
      parts.push(tok.text);
    } else parts.push(fixed);
  }
  if (corrections[0]?.kind === 'legacy-slash') corrections[0].to = join(parts);
  const text = join(parts);
  return error ? { text, corrections, error } : { text, corrections };
}

function join(parts: string[]): string {
  return parts.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

function fixException(word: string, corrections: SpdxCorrection[]): string | undefined {
  if (ALL_EXCEPTIONS.has(word)) return word;
  const cased = EXCEPTIONS_BY_LOWER.get(word.toLowerCase());
  if (cased !== undefined) {
    corrections.push({ kind: 'exception-case', from: word, to: cased, message: `exception '${word}' written as '${cased}'` });
  }
  return cased;
}

function fixLicense(word: string, corrections: SpdxCorrection[], modernise: boolean): string | undefined {
  // LicenseRef-/DocumentRef- are user-defined: keep, fixing only the prefix case.
  const ref = /^(documentref-[A-Za-z0-9.-]+:)?(licenseref-)([A-Za-z0-9.-]+)$/i.exec(word);
  if (ref) {
    const doc = ref[1] ? 'DocumentRef-' + ref[1].slice('documentref-'.length) : '';
    const out = `${doc}LicenseRef-${ref[3]}`;
    if (out !== word) corrections.push({ kind: 'id-case', from: word, to: out, message: `'${word}' written as '${out}'` });
    return out;
  }
  const plus = word.endsWith('+') && word.length > 1;
  const base = plus ? word.slice(0, -1) : word;
  if (base.includes('+')) return undefined;
  let id: string | undefined = ALL_IDS.has(base) ? base : undefined;
  if (id === undefined) {
    const c = correctLicenseId(base);
    if (c === undefined) return undefined;
    id = c.id;
    corrections.push({
      kind: c.kind,
      from: base,
      to: id,
      message: c.kind === 'id-case' ? `license id '${base}' written as '${id}'` : `license id '${base}' read as '${id}'`,
    });
  }
  if (modernise) {
    const exc = own(GNU_WITH_EXCEPTION, id);
    if (exc && !plus) {
      const to = `${exc[0]} WITH ${exc[1]}`;
      corrections.push({ kind: 'deprecated-id', from: id, to, message: `deprecated id '${id}' replaced by '${to}'` });
      return to;
    }
    if (GNU_FAMILIES.includes(id)) {
      const to = `${id}${plus ? '-or-later' : '-only'}`;
      const from = `${id}${plus ? '+' : ''}`;
      corrections.push({ kind: 'deprecated-id', from, to, message: `deprecated id '${from}' replaced by '${to}'` });
      return to;
    }
  }
  return plus ? `${id}+` : id;
}

/**
 * Results by input, one cache per `modernise` setting: a lock repeats a handful of license texts hundreds of
 * times. Keyed by the text itself (no key string built per call). Treat results as read-only.
 */
const parseCaches = { modern: new Map<string, SpdxParse>(), kept: new Map<string, SpdxParse>() };
const PARSE_CACHE_MAX = 10_000;

/** Normalise, then parse strictly. Never throws: problems come back as a typed error. Results are shared: do not mutate. */
export function parseExpression(raw: string, options: NormaliseOptions = {}): SpdxParse {
  const cache = options.modernise ?? true ? parseCaches.modern : parseCaches.kept;
  const hit = cache.get(raw);
  if (hit) return hit;
  const result = parseUncached(raw, options);
  if (cache.size >= PARSE_CACHE_MAX) cache.clear();
  cache.set(raw, result);
  return result;
}

function parseUncached(raw: string, options: NormaliseOptions): SpdxParse {
  const norm = normaliseExpression(raw, options);
  if (norm.error) return { ok: false, raw, expression: norm.text, error: norm.error, corrections: norm.corrections };
  let info: parseStrict.Info;
  try {
    info = parseStrict(norm.text);
  } catch (e) {
    const detail = e instanceof Error && e.message ? e.message : 'unexpected end of expression';
    return {
      ok: false,
      raw,
      expression: norm.text,
      error: { kind: 'syntax', message: `invalid SPDX expression '${norm.text}': ${detail}` },
      corrections: norm.corrections,
    };
  }
  const ast = fromInfo(info);
  return { ok: true, raw, expression: formatExpression(ast), ast, corrections: norm.corrections };
}

function fromInfo(info: parseStrict.Info): SpdxNode {
  if ('license' in info) {
    const node: SpdxNode = { type: 'license', id: info.license, plus: info.plus === true };
    if (info.exception !== undefined) node.exception = info.exception;
    return node;
  }
  const type = info.conjunction;
  const terms: SpdxNode[] = [];
  // Flatten chains of the same operator (the parser nests them to the right).
  for (const side of [info.left, info.right]) {
    const child = fromInfo(side);
    if (child.type === type) pushAll(terms, child.terms);
    else terms.push(child);
  }
  return { type, terms };
}

export function termKey(term: LicenseTerm): string {
  return `${term.id}${term.plus ? '+' : ''}${term.exception ? ` WITH ${term.exception}` : ''}`;
}

/** Canonical text: AND binds tighter than OR, so only OR inside AND needs parentheses. */
export function formatExpression(node: SpdxNode): string {
  if (node.type === 'license') return termKey(node);
  const sep = node.type === 'and' ? ' AND ' : ' OR ';
  return node.terms
    .map((t) => (t.type === 'or' && node.type === 'and' ? `(${formatExpression(t)})` : formatExpression(t)))
    .join(sep);
}

/** Every license term in the expression, deduplicated by key, in order of appearance. */
export function licenseTerms(node: SpdxNode): LicenseTerm[] {
  const seen = new Map<string, LicenseTerm>();
  const walk = (n: SpdxNode): void => {
    if (n.type === 'license') {
      const t: LicenseTerm = { id: n.id, plus: n.plus };
      if (n.exception !== undefined) t.exception = n.exception;
      if (!seen.has(termKey(t))) seen.set(termKey(t), t);
    } else n.terms.forEach(walk);
  };
  walk(node);
  return [...seen.values()];
}

/** Above this many alternatives an expression is reported rather than expanded. */
export const MAX_BRANCHES = 256;

/**
 * The expression as alternatives (disjunctive normal form): the crate may be used under any one branch, and
 * a branch needs all of its terms. Returns undefined when expansion would exceed MAX_BRANCHES.
 */
const branchCache = new WeakMap<SpdxNode, LicenseTerm[][] | undefined>();

export function orBranches(node: SpdxNode): LicenseTerm[][] | undefined {
  if (branchCache.has(node)) return branchCache.get(node);
  const result = expandBranches(node);
  // kept with the parsed expression while it is cached; a large one (256 branches of 200 terms, 350 KB) is made
  // again when asked instead
  let size = 0;
  for (const b of result ?? []) size += b.length;
  if (size <= MAX_CACHED_TERMS) branchCache.set(node, result);
  return result;
}

/** The most terms (over all branches) of an expansion kept with its expression. */
const MAX_CACHED_TERMS = 1_024;

function expandBranches(node: SpdxNode): LicenseTerm[][] | undefined {
  if (node.type === 'license') {
    const t: LicenseTerm = { id: node.id, plus: node.plus };
    if (node.exception !== undefined) t.exception = node.exception;
    return [[t]];
  }
  if (node.type === 'or') {
    const out: LicenseTerm[][] = [];
    for (const child of node.terms) {
      const b = orBranches(child);
      if (b === undefined || out.length + b.length > MAX_BRANCHES) return undefined;
      pushAll(out, b);
    }
    return out;
  }
  // Every combination of one branch of each child, its terms in the children's order, each term once. Each
  // combination is made once, at the end: multiplying out child by child made every branch again at each step,
  // deduplicating all its terms each time (256 branches of 200 terms: 200 ms and 1.3 MB an expression).
  const children: LicenseTerm[][][] = [];
  let count = 1;
  for (const child of node.terms) {
    const b = orBranches(child);
    if (b === undefined || count * b.length > MAX_BRANCHES) return undefined;
    count *= b.length;
    children.push(b);
  }
  const out: LicenseTerm[][] = [];
  const pick = new Array<number>(children.length).fill(0);
  for (let n = 0; n < count; n++) {
    const seen = new Set<string>();
    const terms: LicenseTerm[] = [];
    for (let c = 0; c < children.length; c++) {
      for (const t of children[c]![pick[c]!]!) {
        const key = termKey(t);
        if (seen.has(key)) continue;
        seen.add(key);
        terms.push(t);
      }
    }
    out.push(terms);
    // the next combination, the last child's branch changing fastest (the order the old product had)
    for (let c = children.length - 1; c >= 0; c--) {
      if (++pick[c]! < children[c]!.length) break;
      pick[c] = 0;
    }
  }
  return out;
}

