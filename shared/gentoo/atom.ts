/**
 * Package dependency specifications ("atoms", PMS §8.3) as written in config files and dependencies:
 * `[!|!!][op]category/package[-version][*][:slot][::repo][[use,deps]]`.
 *
 * Error handling: `parseAtom` never throws; it returns `{ ok: false, error }` with a sentence that names the
 * offending part and the expected form, so config parsers can turn it into a Finding with file and line.
 * `requireAtom` is the throwing variant (ConfigurationError) for single values such as action inputs.
 */
import { ConfigurationError } from '../io.js';
import {
  compareVersions,
  isValidCategoryName,
  isValidPackageName,
  isValidRepoName,
  parseVersion,
  sameVersionIgnoringRevision,
  splitPackageVersion,
  type Version,
} from './version.js';

export type AtomOperator = '<' | '<=' | '=' | '>=' | '>' | '~' | '=*';

export type SlotDep =
  /** `:*` — any slot, no rebuild. */
  | { kind: 'any' }
  /** `:=` — any slot, rebuild on slot/subslot change. */
  | { kind: 'rebuild' }
  /** `:S`, `:S/SUB`, `:S=`, `:S/SUB=`. */
  | { kind: 'named'; slot: string; subslot?: string; rebuild: boolean };

export interface UseDep {
  flag: string;
  /** `flag`/`flag=`/`flag?` → true; `-flag`, `!flag=`, `!flag?` → false. */
  enabled: boolean;
  /** `=` (same as parent) or `?` (if parent has it); undefined for plain `flag`/`-flag`. */
  conditional?: '=' | '?';
  /** Default when the target lacks the flag: `(+)` or `(-)`. */
  missingDefault?: '+' | '-';
}

export interface Atom {
  /** The text as written. */
  text: string;
  blocker?: 'weak' | 'strong';
  operator?: AtomOperator;
  /** May contain `*` wildcards only when parsed with `allowWildcard`. */
  category: string;
  package: string;
  version?: Version;
  slot?: SlotDep;
  repo?: string;
  useDeps: UseDep[];
}

export type AtomResult = { ok: true; atom: Atom } | { ok: false; error: string };

export interface AtomParseOptions {
  /** Allow `::repo` (config files: yes; ebuild dependencies: no). Default true. */
  allowRepo?: boolean;
  /** Allow `!`/`!!` blockers. Default true. */
  allowBlocker?: boolean;
  /** Allow `*` inside category and package names (e.g. `dev-lang/*` or all packages), as /etc/portage files do. Default false. */
  allowWildcard?: boolean;
}

const OPERATOR_RE = /^(<=|>=|<|>|=|~)/;
const SLOT_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_FLAG_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;
const WILDCARD_NAME_RE = /^[A-Za-z0-9_*][A-Za-z0-9+_.*-]*$/;

export function parseAtom(text: string, options: AtomParseOptions = {}): AtomResult {
  const { allowRepo = true, allowBlocker = true, allowWildcard = false } = options;
  const fail = (why: string): AtomResult => ({ ok: false, error: `Invalid atom '${text}': ${why}` });
  if (text === '') return { ok: false, error: 'Invalid atom: empty. Expected category/package, e.g. dev-lang/rust.' };
  if (/\s/.test(text)) return fail('contains whitespace; one atom is one word.');

  let rest = text;
  let blocker: Atom['blocker'];
  if (rest.startsWith('!!')) {
    blocker = 'strong';
    rest = rest.slice(2);
  } else if (rest.startsWith('!')) {
    blocker = 'weak';
    rest = rest.slice(1);
  }
  if (blocker) {
    if (!allowBlocker) return fail('blockers (! and !!) are not allowed here.');
    if (rest.startsWith('!')) return fail("too many '!': a blocker is '!' (weak) or '!!' (strong).");
  }

  let operator: AtomOperator | undefined;
  const op = OPERATOR_RE.exec(rest);
  if (op) {
    operator = op[1] as AtomOperator;
    rest = rest.slice(op[1].length);
    if (OPERATOR_RE.test(rest)) return fail(`more than one operator; expected one of < <= = >= > ~ before the category.`);
  }

  // USE dependencies come last: cat/pkg-ver:slot::repo[use]
  let useDeps: UseDep[] = [];
  const bracket = rest.indexOf('[');
  if (bracket !== -1) {
    if (!rest.endsWith(']')) return fail("unterminated or misplaced USE dependency: '[...]' must close the atom.");
    const inner = rest.slice(bracket + 1, -1);
    if (inner.includes('[') || inner.includes(']')) return fail("nested or repeated '[...]'; write all USE dependencies in one list.");
    const parsed = parseUseDeps(inner);
    if (typeof parsed === 'string') return fail(parsed);
    useDeps = parsed;
    rest = rest.slice(0, bracket);
  } else if (rest.includes(']')) {
    return fail("']' without '['.");
  }

  let repo: string | undefined;
  const dc = rest.indexOf('::');
  if (dc !== -1) {
    repo = rest.slice(dc + 2);
    rest = rest.slice(0, dc);
    if (!allowRepo) return fail('a repository (::name) is only allowed in configuration files.');
    if (repo === '') return fail("empty repository name after '::'.");
    if (!isValidRepoName(repo)) return fail(`invalid repository name '${repo}'; expected [A-Za-z0-9_][A-Za-z0-9_-]*.`);
  }

  let slot: SlotDep | undefined;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const s = parseSlotDep(rest.slice(colon + 1));
    if (typeof s === 'string') return fail(s);
    slot = s;
    rest = rest.slice(0, colon);
  }

  const parts = rest.split('/');
  if (parts.length !== 2) {
    return fail(
      parts.length === 1
        ? `missing category; expected category/package, e.g. dev-lang/${rest || 'rust'}.`
        : `more than one '/'; expected category/package.`,
    );
  }
  const category = parts[0];
  let pv = parts[1];
  if (category === '') return fail("empty category before '/'.");
  if (pv === '') return fail("empty package name after '/'.");

  if (pv.endsWith('*') && operator !== undefined) {
    if (operator !== '=') return fail(`a trailing '*' is only allowed with '=' (e.g. =${category}/${pv}), not with '${operator}'.`);
    pv = pv.slice(0, -1);
    operator = '=*';
  }

  const wildName = (n: string) => allowWildcard && n.includes('*');
  if (wildName(category)) {
    if (!WILDCARD_NAME_RE.test(category)) return fail(`invalid category '${category}'.`);
  } else if (!isValidCategoryName(category)) {
    return fail(`invalid category '${category}'; expected [A-Za-z0-9_][A-Za-z0-9+_.-]*.`);
  }

  let pkg: string;
  let version: Version | undefined;
  if (operator !== undefined) {
    if (wildName(pv)) return fail('a package name with a wildcard cannot take a version.');
    const split = splitPackageVersion(pv);
    if (!split) {
      return fail(
        isValidPackageName(pv)
          ? `operator '${operator === '=*' ? '=' : operator}' needs a version: expected ${opText(operator)}${category}/${pv}-<version>.`
          : `cannot split '${pv}' into package-version; expected e.g. ${opText(operator)}${category}/rust-1.75.0-r1.`,
      );
    }
    pkg = split.name;
    version = split.version;
    if (operator === '~' && version.revision !== '' && /[^0]/.test(version.revision)) {
      return fail(`'~' matches every revision, so a revision (-r${version.revision}) makes no sense; drop it.`);
    }
  } else {
    if (wildName(pv)) {
      // `dev-lang/rust-1*` is a version glob missing its '=', not a name pattern.
      if (pv.endsWith('*') && splitPackageVersion(pv.slice(0, -1))) {
        return fail(`a trailing '*' after a version needs '=': write =${category}/${pv}.`);
      }
      if (!WILDCARD_NAME_RE.test(pv)) return fail(`invalid package name '${pv}'.`);
    } else if (!isValidPackageName(pv)) {
      const split = splitPackageVersion(pv);
      if (split) {
        return fail(
          `version '${split.version.text}' without an operator; write =${category}/${pv} for exactly this version (or >=, <=, <, >, ~).`,
        );
      }
      if (pv.endsWith('*')) return fail(`a trailing '*' needs '=' and a version, e.g. =${category}/${pv.slice(0, -1)}-1*.`);
      return fail(`invalid package name '${pv}'; expected [A-Za-z0-9_][A-Za-z0-9+_-]* not ending in -<version>.`);
    }
    pkg = pv;
  }

  const atom: Atom = { text, category, package: pkg, useDeps };
  if (blocker) atom.blocker = blocker;
  if (operator) atom.operator = operator;
  if (version) atom.version = version;
  if (slot) atom.slot = slot;
  if (repo !== undefined) atom.repo = repo;
  return { ok: true, atom };
}

function opText(op: AtomOperator): string {
  return op === '=*' ? '=' : op;
}

function parseSlotDep(s: string): SlotDep | string {
  if (s === '') return "empty slot after ':'; expected :SLOT, :SLOT/SUBSLOT, :*, := or :SLOT=.";
  if (s === '*') return { kind: 'any' };
  if (s === '=') return { kind: 'rebuild' };
  let body = s;
  let rebuild = false;
  if (body.endsWith('=')) {
    rebuild = true;
    body = body.slice(0, -1);
  }
  if (body.includes(':')) return `unexpected ':' in slot '${s}' (a repository is written '::name').`;
  const [slot, subslot, ...more] = body.split('/');
  if (more.length) return `slot '${s}' has more than one '/'; expected SLOT/SUBSLOT.`;
  if (!SLOT_NAME_RE.test(slot)) return `invalid slot '${slot}' in ':${s}'; expected [A-Za-z0-9_][A-Za-z0-9+_.-]*.`;
  if (subslot !== undefined && !SLOT_NAME_RE.test(subslot)) return `invalid sub-slot '${subslot}' in ':${s}'.`;
  const dep: SlotDep = { kind: 'named', slot, rebuild };
  if (subslot !== undefined) dep.subslot = subslot;
  return dep;
}

function parseUseDeps(inner: string): UseDep[] | string {
  if (inner === '') return "empty USE dependency list '[]'.";
  const out: UseDep[] = [];
  for (const raw of inner.split(',')) {
    if (raw === '') return `empty entry in USE dependency list '[${inner}]' (stray comma).`;
    let t = raw;
    let bang = false;
    let minus = false;
    if (t.startsWith('!')) {
      bang = true;
      t = t.slice(1);
    } else if (t.startsWith('-')) {
      minus = true;
      t = t.slice(1);
    }
    let conditional: UseDep['conditional'];
    if (t.endsWith('=') || t.endsWith('?')) {
      conditional = t.slice(-1) as '=' | '?';
      t = t.slice(0, -1);
    }
    let missingDefault: UseDep['missingDefault'];
    const d = /\(([+-])\)$/.exec(t);
    if (d) {
      missingDefault = d[1] as '+' | '-';
      t = t.slice(0, -3);
    }
    if (!USE_FLAG_RE.test(t)) return `invalid USE flag '${t}' in '[${inner}]'.`;
    if (bang && !conditional) return `'!${t}' needs '=' or '?' ('!${t}=' or '!${t}?'); to require it disabled write '-${t}'.`;
    if (minus && conditional) return `'-${t}${conditional}' mixes '-' with '${conditional}'; write '-${t}' or '!${t}${conditional}'.`;
    const dep: UseDep = { flag: t, enabled: !bang && !minus };
    if (conditional) dep.conditional = conditional;
    if (missingDefault) dep.missingDefault = missingDefault;
    out.push(dep);
  }
  return out;
}

/** Throwing variant of parseAtom (ConfigurationError), e.g. for an action input. */
/**
 * A list of atoms as a person writes it: one per line, or separated by commas or spaces — but a comma inside a
 * USE dependency (`dev-lang/rust[clippy,rustfmt]`) belongs to the atom. `#` starts a comment.
 */
export function splitAtomList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let cur = '';
    let depth = 0;
    const push = () => {
      if (cur) out.push(cur);
      cur = '';
    };
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '#' && depth === 0 && cur === '') break;
      if (c === '[') depth++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      if (depth === 0 && (c === ',' || /\s/.test(c))) push();
      else cur += c;
    }
    push();
  }
  return out;
}

export function requireAtom(text: string, options?: AtomParseOptions): Atom {
  const r = parseAtom(text, options);
  if (!r.ok) throw new ConfigurationError(r.error);
  return r.atom;
}

/** Canonical text of an atom. */
export function formatAtom(a: Atom): string {
  let out = a.blocker === 'strong' ? '!!' : a.blocker === 'weak' ? '!' : '';
  if (a.operator) out += a.operator === '=*' ? '=' : a.operator;
  out += `${a.category}/${a.package}`;
  if (a.version) out += `-${a.version.text}`;
  if (a.operator === '=*') out += '*';
  if (a.slot) {
    out += ':';
    if (a.slot.kind === 'any') out += '*';
    else if (a.slot.kind === 'rebuild') out += '=';
    else out += a.slot.slot + (a.slot.subslot !== undefined ? `/${a.slot.subslot}` : '') + (a.slot.rebuild ? '=' : '');
  }
  if (a.repo !== undefined) out += `::${a.repo}`;
  if (a.useDeps.length) {
    out +=
      '[' +
      a.useDeps
        .map(
          (u) =>
            (u.conditional ? (u.enabled ? '' : '!') : u.enabled ? '' : '-') +
            u.flag +
            (u.missingDefault ? `(${u.missingDefault})` : '') +
            (u.conditional ?? ''),
        )
        .join(',') +
      ']';
  }
  return out;
}

export interface PackageRef {
  category: string;
  package: string;
  /** With revision, e.g. `1.75.0-r1`. */
  version: string | Version;
  /** SLOT as in the ebuild; may be `SLOT/SUBSLOT`. undefined = unknown. */
  slot?: string;
  subslot?: string;
  repo?: string;
}

/**
 * Whether `atom` matches a package. USE dependencies are ignored (USE is not known here) and a blocker
 * matches what it blocks. A slot restriction never matches a package whose slot is unknown, and a repo
 * restriction never matches a package with no repo.
 */
export function atomMatches(atom: Atom, pkg: PackageRef): boolean {
  if (!nameMatches(atom.category, pkg.category) || !nameMatches(atom.package, pkg.package)) return false;
  if (atom.repo !== undefined && atom.repo !== pkg.repo) return false;
  if (atom.operator && atom.version) {
    const v = typeof pkg.version === 'string' ? parseVersion(pkg.version) : pkg.version;
    if (!v) return false;
    if (!versionMatches(atom.operator, atom.version, v)) return false;
  }
  if (atom.slot && atom.slot.kind === 'named') {
    if (pkg.slot === undefined) return false;
    const [slot, sub] = splitSlot(pkg.slot, pkg.subslot);
    if (slot !== atom.slot.slot) return false;
    if (atom.slot.subslot !== undefined && sub !== atom.slot.subslot) return false;
  }
  return true;
}

function splitSlot(slot: string, subslot: string | undefined): [string, string] {
  const i = slot.indexOf('/');
  if (i !== -1) return [slot.slice(0, i), subslot ?? slot.slice(i + 1)];
  // PMS: a missing sub-slot equals the slot.
  return [slot, subslot ?? slot];
}

/**
 * A wildcard atom's category or name against a name: `*` is any run of characters. The pieces between stars
 * are plain text, so the earliest place each occurs is the right one. (As a regular expression, each `*` a `.*`,
 * a failing match tried every split: `*a*a*a*a*a*a*a*a*a*b` in a repository's package.mask took 37 s.)
 */
function nameMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const pieces = pattern.split('*');
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (let k = 1; k < pieces.length - 1; k++) {
    const piece = pieces[k]!;
    const found = name.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

export function versionMatches(op: AtomOperator, want: Version, have: Version): boolean {
  switch (op) {
    case '=':
      return compareVersions(have, want) === 0;
    case '~':
      return sameVersionIgnoringRevision(have, want);
    case '<':
      return compareVersions(have, want) < 0;
    case '<=':
      return compareVersions(have, want) <= 0;
    case '>':
      return compareVersions(have, want) > 0;
    case '>=':
      return compareVersions(have, want) >= 0;
    case '=*':
      return globVersionMatches(want.text, have.text);
  }
}

/**
 * `=ver*`: a textual prefix match on component boundaries, as Portage does it (bug 560466): `=1*` matches
 * `1`, `1.2`, `1_rc1`, `1-r3` but not `10`. The first component's leading zeros are ignored on both sides.
 */
export function globVersionMatches(prefix: string, version: string): boolean {
  const p = normaliseFirstComponent(prefix);
  const v = normaliseFirstComponent(version);
  if (!v.startsWith(p)) return false;
  const next = v.charAt(p.length);
  if (next === '' || '._-'.includes(next)) return true;
  return isDigit(p.charAt(p.length - 1)) !== isDigit(next);
}

function normaliseFirstComponent(v: string): string {
  const m = /^0+(?=\d)/.exec(v);
  return m ? v.slice(m[0].length) : v;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
