/**
 * PMS versions (Package Manager Specification §3.2, algorithms 3.1–3.7): parse, compare, format, and the
 * name rules that depend on them (a package name must not end in `-<valid version>`).
 *
 * Numbers are kept as digit strings and compared as text (length after stripping leading zeros, then
 * lexicographically), so components of any length compare exactly — `20250101000000000000` included.
 */
import { ConfigurationError } from '../io.js';

export type SuffixKind = 'alpha' | 'beta' | 'pre' | 'rc' | 'p';

export interface Version {
  /** The text as written, e.g. `1.75.0_rc1-r1`. */
  text: string;
  /** Numeric components as written (leading zeros kept), e.g. `['1', '75', '0']`. */
  numbers: string[];
  /** `''` when absent. */
  letter: string;
  /** `num` is `''` when the suffix has no number (`_p` — compares as 0). */
  suffixes: { kind: SuffixKind; num: string }[];
  /** Digits after `-r`; `''` when absent (compares as 0, so `-r0` == none). */
  revision: string;
}

const VERSION_RE = /^(\d+(?:\.\d+)*)([a-z]?)((?:_(?:alpha|beta|pre|rc|p)\d*)*)(?:-r(\d+))?$/;
const SUFFIX_RE = /_(alpha|beta|pre|rc|p)(\d*)/g;
const SUFFIX_ORDER: Record<SuffixKind, number> = { alpha: 0, beta: 1, pre: 2, rc: 3, p: 5 };

export function parseVersion(text: string): Version | null {
  const m = VERSION_RE.exec(text);
  if (!m) return null;
  const suffixes: Version['suffixes'] = [];
  if (m[3]) {
    for (const s of m[3].matchAll(SUFFIX_RE)) suffixes.push({ kind: s[1] as SuffixKind, num: s[2] ?? '' });
  }
  return { text, numbers: m[1].split('.'), letter: m[2] ?? '', suffixes, revision: m[4] ?? '' };
}

export function isValidVersion(text: string): boolean {
  return VERSION_RE.test(text);
}

/** Compare two non-negative decimal integers given as digit strings (`''` counts as 0). */
export function compareIntegers(a: string, b: string): number {
  const x = stripLeadingZeros(a);
  const y = stripLeadingZeros(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function stripLeadingZeros(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 48) i++;
  return s.slice(i);
}

function stripTrailingZeros(s: string): string {
  let j = s.length;
  while (j > 0 && s.charCodeAt(j - 1) === 48) j--;
  return s.slice(0, j);
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Algorithm 3.3: a later component with a leading zero compares as a decimal fraction (string). */
function compareLaterComponent(a: string, b: string): number {
  if (a.startsWith('0') || b.startsWith('0')) {
    const x = stripTrailingZeros(a);
    const y = stripTrailingZeros(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareIntegers(a, b);
}

/** PMS algorithm 3.1. Returns -1, 0 or 1. */
export function compareVersions(a: Version, b: Version): number {
  let c = compareIntegers(a.numbers[0], b.numbers[0]);
  if (c) return c;
  const n = Math.min(a.numbers.length, b.numbers.length);
  for (let i = 1; i < n; i++) {
    c = compareLaterComponent(a.numbers[i], b.numbers[i]);
    if (c) return c;
  }
  // More components wins — before the letter is looked at (1.0.0 > 1.0b).
  if (a.numbers.length !== b.numbers.length) return a.numbers.length > b.numbers.length ? 1 : -1;
  if (a.letter !== b.letter) return a.letter < b.letter ? -1 : 1; // '' sorts first: no letter < any letter
  const s = Math.min(a.suffixes.length, b.suffixes.length);
  for (let i = 0; i < s; i++) {
    const x = a.suffixes[i];
    const y = b.suffixes[i];
    if (x.kind !== y.kind) return sign(SUFFIX_ORDER[x.kind] - SUFFIX_ORDER[y.kind]);
    c = compareIntegers(x.num, y.num);
    if (c) return c;
  }
  // An extra trailing suffix wins only if it is _p (1.0_p1 > 1.0, 1.0_rc1 < 1.0).
  if (a.suffixes.length > s) return a.suffixes[s].kind === 'p' ? 1 : -1;
  if (b.suffixes.length > s) return b.suffixes[s].kind === 'p' ? -1 : 1;
  return compareIntegers(a.revision, b.revision);
}

/** Compare two version strings; throws ConfigurationError naming the invalid one. */
export function compareVersionStrings(a: string, b: string): number {
  return compareVersions(requireVersion(a), requireVersion(b));
}

export function requireVersion(text: string): Version {
  const v = parseVersion(text);
  if (!v) {
    throw new ConfigurationError(
      `Invalid version '${text}'. Expected num(.num)*[letter](_alpha|_beta|_pre|_rc|_p[num])*[-rnum], e.g. 1.75.0_rc1-r1.`,
    );
  }
  return v;
}

/** Canonical text built from the parts (equals `v.text` for anything parseVersion returned). */
export function formatVersion(v: Version): string {
  let out = v.numbers.join('.') + v.letter;
  for (const s of v.suffixes) out += `_${s.kind}${s.num}`;
  if (v.revision !== '') out += `-r${v.revision}`;
  return out;
}

/** The version without its revision, e.g. `1.75.0` for `1.75.0-r1`. */
export function versionWithoutRevision(v: Version): string {
  return formatVersion({ ...v, revision: '' });
}

/** Whether two versions are equal ignoring the revision (the `~` atom operator). */
export function sameVersionIgnoringRevision(a: Version, b: Version): boolean {
  return compareVersions({ ...a, revision: '' }, { ...b, revision: '' }) === 0;
}

/** True when `name` ends in a hyphen followed by something that is a valid version. */
function endsInVersion(name: string): boolean {
  for (let i = name.indexOf('-'); i !== -1; i = name.indexOf('-', i + 1)) {
    if (VERSION_RE.test(name.slice(i + 1))) return true;
  }
  return false;
}

const PACKAGE_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const CATEGORY_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const REPO_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

/** PMS 3.1.2: `[A-Za-z0-9_][A-Za-z0-9+_-]*`, not ending in `-<valid version>`. */
export function isValidPackageName(name: string): boolean {
  return PACKAGE_NAME_RE.test(name) && !endsInVersion(name);
}

/** PMS 3.1.1: `[A-Za-z0-9_][A-Za-z0-9+_.-]*`. */
export function isValidCategoryName(name: string): boolean {
  return CATEGORY_NAME_RE.test(name);
}

const SLOT_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
/** EAPIs before sub-slots (Portage: `slot_operator` from EAPI 5; an unknown EAPI is not held against a SLOT). */
const EAPIS_WITHOUT_SUBSLOT = new Set(['0', '1', '2', '3', '4']);

/**
 * SLOT as Portage's metadata has it: ebuild.sh writes `SLOT=$(echo ${SLOT})`, so runs of spaces, tabs and
 * newlines become one space and the ends are trimmed (`" 0\n"` is `0`; `"0\n1"` is `0 1`, which is invalid).
 */
export function portageSlot(value: string): string {
  return value.split(/[ \t\n]+/).filter(Boolean).join(' ');
}

/**
 * Why a SLOT (as in Portage's metadata) is invalid, or undefined when it is valid. PMS 3.1.3: a slot name is
 * `[A-Za-z0-9_][A-Za-z0-9+_.-]*`; from EAPI 5 SLOT may be `slot/subslot`, both slot names. Portage
 * (`_get_slot_re`) refuses anything else, and emerge then masks the version ("invalid: SLOT: invalid value").
 */
export function slotProblem(slot: string, eapi: string | undefined): 'empty' | 'subslot-eapi' | 'invalid' | undefined {
  if (slot === '') return 'empty';
  const parts = slot.split('/');
  if (parts.length > 2 || !parts.every((p) => SLOT_NAME_RE.test(p))) return 'invalid';
  if (parts.length === 2 && eapi !== undefined && EAPIS_WITHOUT_SUBSLOT.has(eapi)) return 'subslot-eapi';
  return undefined;
}

/** A valid SLOT for this EAPI (see slotProblem). */
export function isValidSlot(slot: string, eapi: string | undefined): boolean {
  return slotProblem(slot, eapi) === undefined;
}

/** PMS 3.1.5: `[A-Za-z0-9_][A-Za-z0-9_-]*`, not ending in `-<valid version>`. */
export function isValidRepoName(name: string): boolean {
  return REPO_NAME_RE.test(name) && !endsInVersion(name);
}

/**
 * Split `<name>-<version>` (e.g. `rust-1.75.0-r1`). Because a valid name cannot end in `-<version>`, at most
 * one split point is valid. Returns null when there is none.
 */
export function splitPackageVersion(pv: string): { name: string; version: Version } | null {
  for (let i = pv.indexOf('-'); i !== -1; i = pv.indexOf('-', i + 1)) {
    const version = parseVersion(pv.slice(i + 1));
    if (!version) continue;
    const name = pv.slice(0, i);
    if (isValidPackageName(name)) return { name, version };
  }
  return null;
}
