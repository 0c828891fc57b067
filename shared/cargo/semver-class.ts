/**
 * Cargo's view of semver: versions, compatibility epochs and the class of a version change.
 * Small and allocation-light because the diff runs it for every changed crate of large locks.
 */

export interface CargoVersion {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers; empty for a release. */
  pre: readonly string[];
}

const VERSION_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

// Diffs and sorts ask for the same few thousand versions many times.
const cache = new Map<string, CargoVersion | null>();

export function parseCargoVersion(text: string): CargoVersion | undefined {
  const hit = cache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const v = parseUncached(text);
  if (cache.size >= 50_000) cache.clear();
  cache.set(text, v ?? null);
  return v;
}

function parseUncached(text: string): CargoVersion | undefined {
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = Number(m[3]);
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor) || !Number.isSafeInteger(patch)) return undefined;
  return Object.freeze({ major, minor, patch, pre: Object.freeze(m[4] ? m[4].split('.') : []) });
}

/** The semver-compatibility epoch cargo uses for `^` requirements: `1`, `0.3`, `0.0.7`. */
export function compatEpoch(v: CargoVersion): string {
  if (v.major > 0) return String(v.major);
  if (v.minor > 0) return `0.${v.minor}`;
  return `0.0.${v.patch}`;
}

/** Epoch of a version string; unparsable versions are their own epoch. */
export function compatEpochOf(text: string): string {
  const v = parseCargoVersion(text);
  return v ? compatEpoch(v) : `?${text}`;
}

function comparePre(a: readonly string[], b: readonly string[]): number {
  // A release sorts after any pre-release of the same version.
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) - Number(y) < 0 ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

export function compareCargoVersions(a: CargoVersion, b: CargoVersion): number {
  return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || comparePre(a.pre, b.pre);
}

/** Compare version strings; unparsable ones sort after parsable ones, then as text. */
export function compareVersionText(a: string, b: string): number {
  const x = parseCargoVersion(a);
  const y = parseCargoVersion(b);
  if (x && y) return compareCargoVersions(x, y);
  if (x) return -1;
  if (y) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * - `downgrade`: the new version is lower.
 * - `breaking`: a different compatibility epoch (1.x → 2.x, 0.3 → 0.4, 0.0.1 → 0.0.2).
 * - `minor`: same epoch, minor raised (only possible for ≥ 1.0).
 * - `patch`: same epoch otherwise (patch or pre-release/build change; 0.3.1 → 0.3.2).
 * - `source`: same version, different source (a git commit bump, registry → git, …).
 * - `unknown`: a version cargo would not accept.
 */
export type UpdateClass = 'patch' | 'minor' | 'breaking' | 'downgrade' | 'source' | 'unknown';

export function classifyUpdate(from: string, to: string): UpdateClass {
  if (from === to) return 'source';
  const a = parseCargoVersion(from);
  const b = parseCargoVersion(to);
  if (!a || !b) return 'unknown';
  const c = compareCargoVersions(a, b);
  if (c > 0) return 'downgrade';
  if (c === 0) return 'patch'; // differ only in build metadata
  if (compatEpoch(a) !== compatEpoch(b)) return 'breaking';
  if (a.major > 0 && a.minor !== b.minor) return 'minor';
  return 'patch';
}
