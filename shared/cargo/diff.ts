/**
 * Base vs head Cargo.lock: what a pull request adds, removes and updates.
 *
 * Packages are keyed by (name, version, source). Per name, the packages only in base and only in head are
 * paired into updates: when the name has a single package in base and in head, those two (as `cargo update`
 * prints it); when it has several in either, only within the same semver-compatibility epoch (major if ≥ 1,
 * else 0.minor, else 0.0.patch) — the rest stay added/removed.
 * Workspace members and path packages (no source) are never "updates": they are listed apart.
 */
import type { LockPackage, Lockfile } from './lockfile.js';
import { classifyUpdate, compareVersionText, compatEpochOf, type UpdateClass } from './semver-class.js';
import { pushAll } from '../finding.js';

export type { UpdateClass } from './semver-class.js';

export interface PackageUpdate {
  name: string;
  from: LockPackage;
  to: LockPackage;
  class: UpdateClass;
}

export interface DuplicateChange {
  name: string;
  /** Non-workspace packages of this name in base (one version at most). */
  base: LockPackage[];
  /** Non-workspace packages of this name in head (two versions or more). */
  head: LockPackage[];
}

export interface LockDiff {
  added: LockPackage[];
  removed: LockPackage[];
  updated: PackageUpdate[];
  /** Names with several distinct versions of non-workspace packages in head but at most one in base. */
  newlyDuplicated: DuplicateChange[];
  /** Same (name, version, source) but a different checksum: a republished or tampered crate. */
  checksumChanged: { base: LockPackage; head: LockPackage }[];
  /** Packages without a source (workspace members, path dependencies). */
  workspace: { added: LockPackage[]; removed: LockPackage[]; changed: PackageUpdate[] };
  /** Packages present in both with the same id. */
  unchanged: number;
}

function byNameVersion(a: LockPackage, b: LockPackage): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersionText(a.version, b.version) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function group(list: LockPackage[]): Map<string, LockPackage[]> {
  const m = new Map<string, LockPackage[]>();
  for (const p of list) {
    const l = m.get(p.name);
    if (l) l.push(p);
    else m.set(p.name, [p]);
  }
  return m;
}

function update(from: LockPackage, to: LockPackage): PackageUpdate {
  return { name: to.name, from, to, class: classifyUpdate(from.version, to.version) };
}

/**
 * Pair the base-only and head-only packages of one name. `severalVersions`: the name has more than one
 * package in base or in head; then only packages of the same compatibility epoch are paired.
 */
export function pairUpdates(
  gone: LockPackage[],
  came: LockPackage[],
  severalVersions = gone.length > 1 || came.length > 1,
): { pairs: PackageUpdate[]; removed: LockPackage[]; added: LockPackage[] } {
  if (!severalVersions && gone.length === 1 && came.length === 1) return { pairs: [update(gone[0]!, came[0]!)], removed: [], added: [] };
  const pairs: PackageUpdate[] = [];
  const removed: LockPackage[] = [];
  const added: LockPackage[] = [];
  const cameByEpoch = new Map<string, LockPackage[]>();
  for (const p of [...came].sort(byNameVersion)) {
    const e = compatEpochOf(p.version);
    const l = cameByEpoch.get(e);
    if (l) l.push(p);
    else cameByEpoch.set(e, [p]);
  }
  for (const g of [...gone].sort(byNameVersion)) {
    const cands = cameByEpoch.get(compatEpochOf(g.version));
    if (!cands || cands.length === 0) {
      removed.push(g);
      continue;
    }
    // Within an epoch prefer the same source (a registry crate stays a registry crate), then the lowest version.
    let k = cands.findIndex((c) => c.source === g.source);
    if (k < 0) k = cands.findIndex((c) => c.sourceKind === g.sourceKind);
    if (k < 0) k = 0;
    pairs.push(update(g, cands[k]!));
    cands.splice(k, 1);
  }
  for (const l of cameByEpoch.values()) pushAll(added, l);
  return { pairs, removed, added };
}

/** Packages in only one of the two locks, the number in both, and those in both whose checksum differs. */
interface Split {
  onlyBase: LockPackage[];
  onlyHead: LockPackage[];
  checksumChanged: LockDiff['checksumChanged'];
  unchanged: number;
}

/**
 * By key, not id: the same package may be written differently by two cargo versions (V3 → V4 git queries).
 * A key that occurs twice in one lock (two spellings of one git source) matches as one Map entry would: a head
 * package is compared with the base's last package of its key.
 */
function splitByKey(base: Lockfile, head: Lockfile): Split {
  const out: Split = { onlyBase: [], onlyHead: [], checksumChanged: [], unchanged: 0 };
  const headByKey = new Map<string, LockPackage>();
  for (const p of head.packages) headByKey.set(p.key, p);
  const baseByKey = new Map<string, LockPackage>();
  for (const p of base.packages) {
    baseByKey.set(p.key, p);
    if (!headByKey.has(p.key)) out.onlyBase.push(p);
  }
  for (const p of head.packages) {
    const b = baseByKey.get(p.key);
    if (b) matched(out, b, p);
    else out.onlyHead.push(p);
  }
  return out;
}

function matched(out: Split, b: LockPackage, h: LockPackage): void {
  out.unchanged++;
  if (b.checksum !== undefined && h.checksum !== undefined && b.checksum !== h.checksum) out.checksumChanged.push({ base: b, head: h });
}

function sortedByName(pkgs: readonly LockPackage[]): boolean {
  for (let i = 1; i < pkgs.length; i++) if (pkgs[i]!.name < pkgs[i - 1]!.name) return false;
  return true;
}

/** Same key: same name (the caller's), same version, same source identity. Equal sources need no key at all. */
function sameKey(b: LockPackage, h: LockPackage): boolean {
  return b.version === h.version && (b.source === h.source || b.key === h.key);
}

/**
 * {@link splitByKey} for locks whose packages are in name order, as cargo writes them: one walk over both,
 * comparing only packages of the same name, so no key is hashed (the same result, property-tested).
 */
function splitSorted(base: Lockfile, head: Lockfile): Split {
  const out: Split = { onlyBase: [], onlyHead: [], checksumChanged: [], unchanged: 0 };
  const B = base.packages;
  const H = head.packages;
  let i = 0;
  let j = 0;
  while (i < B.length || j < H.length) {
    if (j === H.length || (i < B.length && B[i]!.name < H[j]!.name)) {
      out.onlyBase.push(B[i++]!);
      continue;
    }
    if (i === B.length || H[j]!.name < B[i]!.name) {
      out.onlyHead.push(H[j++]!);
      continue;
    }
    const name = B[i]!.name;
    let i2 = i + 1;
    while (i2 < B.length && B[i2]!.name === name) i2++;
    let j2 = j + 1;
    while (j2 < H.length && H[j2]!.name === name) j2++;
    for (let x = i; x < i2; x++) {
      let inHead = false;
      for (let y = j; y < j2 && !inHead; y++) inHead = sameKey(B[x]!, H[y]!);
      if (!inHead) out.onlyBase.push(B[x]!);
    }
    for (let y = j; y < j2; y++) {
      let last: LockPackage | undefined;
      for (let x = i; x < i2; x++) if (sameKey(B[x]!, H[y]!)) last = B[x];
      if (last) matched(out, last, H[y]!);
      else out.onlyHead.push(H[y]!);
    }
    i = i2;
    j = j2;
  }
  return out;
}

/**
 * `byKey`: match packages through maps of their keys whatever the order (the tests compare it with the walk over
 * name-ordered locks, which is otherwise taken).
 */
export function diffLocks(base: Lockfile, head: Lockfile, options: { byKey?: boolean } = {}): LockDiff {
  // A name with hundreds of packages (no real lock has one) would make the walk's per-name comparison quadratic.
  const walk = !options.byKey && sortedByName(base.packages) && sortedByName(head.packages) && maxPerName(base) * maxPerName(head) <= 256;
  const { onlyBase, onlyHead, checksumChanged, unchanged } = walk ? splitSorted(base, head) : splitByKey(base, head);

  const isLocal = (p: LockPackage) => p.source === undefined;
  const out: LockDiff = {
    added: [],
    removed: [],
    updated: [],
    newlyDuplicated: [],
    checksumChanged,
    workspace: { added: [], removed: [], changed: [] },
    unchanged,
  };

  const goneByName = group(onlyBase.filter((p) => !isLocal(p)));
  const cameByName = group(onlyHead.filter((p) => !isLocal(p)));
  for (const name of new Set([...goneByName.keys(), ...cameByName.keys()])) {
    // Several versions of the crate itself: a workspace path package of the same name does not count.
    const registryCount = (l: Lockfile) => l.byName.get(name)?.filter((p) => !isLocal(p)).length ?? 0;
    const several = registryCount(base) > 1 || registryCount(head) > 1;
    const r = pairUpdates(goneByName.get(name) ?? [], cameByName.get(name) ?? [], several);
    pushAll(out.updated, r.pairs);
    pushAll(out.removed, r.removed);
    pushAll(out.added, r.added);
  }

  // Workspace/path packages: a version bump of a member is shown as "changed", never as an update.
  const localGone = group(onlyBase.filter(isLocal));
  const localCame = group(onlyHead.filter(isLocal));
  for (const name of new Set([...localGone.keys(), ...localCame.keys()])) {
    const g = (localGone.get(name) ?? []).sort(byNameVersion);
    const c = (localCame.get(name) ?? []).sort(byNameVersion);
    const n = Math.min(g.length, c.length);
    for (let i = 0; i < n; i++) out.workspace.changed.push(update(g[i]!, c[i]!));
    pushAll(out.workspace.removed, g.slice(n));
    pushAll(out.workspace.added, c.slice(n));
  }

  // Duplicates are distinct versions of the crate itself: a workspace/path package that shares a registry
  // crate's name (rust-lang/cargo's own `cargo-platform`) is another package, not a second copy.
  for (const [name, all] of head.byName) {
    if (all.length < 2) continue;
    const list = all.filter((p) => !isLocal(p));
    if (distinctVersions(list) < 2) continue;
    const before = (base.byName.get(name) ?? []).filter((p) => !isLocal(p));
    if (distinctVersions(before) <= 1) out.newlyDuplicated.push({ name, base: before, head: list });
  }

  out.added.sort(byNameVersion);
  out.removed.sort(byNameVersion);
  out.updated.sort((a, b) => byNameVersion(a.from, b.from));
  out.workspace.added.sort(byNameVersion);
  out.workspace.removed.sort(byNameVersion);
  out.workspace.changed.sort((a, b) => byNameVersion(a.from, b.from));
  out.newlyDuplicated.sort((a, b) => cmp(a.name, b.name));
  checksumChanged.sort((a, b) => byNameVersion(a.head, b.head));
  return out;
}

function maxPerName(lock: Lockfile): number {
  let m = 0;
  for (const l of lock.byName.values()) if (l.length > m) m = l.length;
  return m;
}

function distinctVersions(list: readonly LockPackage[]): number {
  return list.length < 2 ? list.length : new Set(list.map((p) => p.version)).size;
}

export type DiffCounts = Record<UpdateClass, number> & { added: number; removed: number; updated: number; newlyDuplicated: number };

export function diffCounts(d: LockDiff): DiffCounts {
  const c: DiffCounts = {
    patch: 0,
    minor: 0,
    breaking: 0,
    downgrade: 0,
    source: 0,
    unknown: 0,
    added: d.added.length,
    removed: d.removed.length,
    updated: d.updated.length,
    newlyDuplicated: d.newlyDuplicated.length,
  };
  for (const u of d.updated) c[u.class]++;
  return c;
}

/** True when the two locks resolve to the same set of packages (workspace members included). */
export function isEmptyDiff(d: LockDiff): boolean {
  return (
    d.added.length + d.removed.length + d.updated.length + d.checksumChanged.length === 0 &&
    d.workspace.added.length + d.workspace.removed.length + d.workspace.changed.length === 0
  );
}
