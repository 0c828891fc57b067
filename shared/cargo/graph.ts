/**
 * Reverse-dependency view of a lockfile: who pulls a crate in, how many crates depend on it directly and
 * transitively, and the shortest path from a workspace member to it. Linear or near-linear in the size of
 * the lock (bitsets over strongly connected components) so it stays cheap on 750-package locks.
 *
 * Cargo.lock lists dev- and build-dependencies too, and dev-dependencies can form cycles between workspace
 * members; everything here tolerates cycles.
 */
import { lockEdges, packagePosition, type LockEdges, type LockPackage, type Lockfile, type PackageId } from './lockfile.js';
import { simdBitsets, type SimdBitsets } from './bitset-simd.js';

export interface DependencyGraph {
  lock: Lockfile;
  /** Workspace members (packages without a source), in file order. */
  roots: PackageId[];
  /** Direct dependents of each package (each listed once, in file order of the dependent). */
  dependents: Map<PackageId, PackageId[]>;
}

export interface DependentCounts {
  direct: number;
  /** Distinct other packages that reach this one through dependency edges (cycles do not count itself). */
  transitive: number;
}

/**
 * Packages by position and their dependency edges as positions, in compressed rows (the dependencies of `v`
 * are `succ[succStart[v] .. succStart[v + 1])`, its distinct direct dependents `rev[revStart[v] ..
 * revStart[v + 1])`): built once per graph, shared by the passes, a few typed arrays whatever the lock's size.
 */
class Adjacency {
  #index: Map<PackageId, number> | undefined;
  constructor(
    private readonly pkgs: readonly LockPackage[],
    public readonly succStart: Int32Array,
    public readonly succ: Int32Array,
    /** Distinct direct dependents of each package. */
    public readonly direct: Int32Array,
    public readonly revStart: Int32Array,
    /** The direct dependents themselves, as positions, each once, in file order. */
    public readonly rev: Int32Array,
    index: Map<PackageId, number> | undefined,
  ) {
    this.#index = index;
  }

  /** Position by id, made on first use: an audit finds its few ids by name (positionIn), not through it. */
  get index(): Map<PackageId, number> {
    return (this.#index ??= positionsById(this.pkgs));
  }
}

/** Each package's position by id (the last one, should an id repeat). */
function positionsById(pkgs: readonly LockPackage[]): Map<PackageId, number> {
  const index = new Map<PackageId, number>();
  for (let i = 0; i < pkgs.length; i++) index.set(pkgs[i]!.id, i);
  return index;
}
const adjacencyOf = new WeakMap<DependencyGraph, Adjacency>();

export function buildGraph(lock: Lockfile): DependencyGraph {
  const pkgs = lock.packages;
  const n = pkgs.length;
  let index: Map<PackageId, number> | undefined;
  let succStart: Int32Array;
  let succ: Int32Array;
  const read = lockEdges(lock);
  // the positions the reader resolved, where they still fit: no lookup by id for each of the lock's edges
  if (read && sameEdges(read, pkgs)) ({ succStart, succ } = read);
  else {
    index = positionsById(pkgs);
    let edges = 0;
    for (let i = 0; i < n; i++) edges += pkgs[i]!.dependencies.length;
    succStart = new Int32Array(n + 1);
    succ = new Int32Array(edges);
    let e = 0;
    for (let i = 0; i < n; i++) {
      succStart[i] = e;
      const deps = pkgs[i]!.dependencies;
      for (let k = 0; k < deps.length; k++) {
        const j = index.get(deps[k]!);
        if (j !== undefined) succ[e++] = j;
      }
    }
    succStart[n] = e;
  }
  // `[replace]`: an edge to a replaced package leads to its replacement, as cargo builds it (a copy: the reader's
  // arrays stay as the lock says)
  if (lock.replacements && lock.replacements.size > 0) {
    index ??= positionsById(pkgs);
    const to = new Int32Array(n).map((_, j) => j);
    for (const [from, by] of lock.replacements) {
      const a = index.get(from);
      const b = index.get(by);
      if (a !== undefined && b !== undefined) to[a] = b;
    }
    succ = succ.map((j) => to[j]!);
  }
  const direct = new Int32Array(n);
  // last[j]: the latest dependent counted for j (a dependency listed twice in one package counts once).
  const last = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = succStart[i]!; k < succStart[i + 1]!; k++) {
      const j = succ[k]!;
      if (last[j] !== i) {
        last[j] = i;
        direct[j]!++;
      }
    }
  }
  const revStart = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) revStart[j + 1] = revStart[j]! + direct[j]!;
  const rev = new Int32Array(revStart[n]!);
  const fill = revStart.slice(0, n);
  last.fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = succStart[i]!; k < succStart[i + 1]!; k++) {
      const j = succ[k]!;
      if (last[j] === i) continue;
      last[j] = i;
      rev[fill[j]!++] = i;
    }
  }
  const roots: PackageId[] = [];
  // the workspace's packages: those without a source, but for a path crate built in a replaced one's place (a
  // dependency, reached through the edges to the package it replaces)
  const replacing = lock.replacements && lock.replacements.size > 0 ? new Set(lock.replacements.values()) : undefined;
  for (let i = 0; i < n; i++) if (pkgs[i]!.source === undefined && !replacing?.has(pkgs[i]!.id)) roots.push(pkgs[i]!.id);
  const adjacency = new Adjacency(pkgs, succStart, succ, direct, revStart, rev, index);
  const graph = new ReverseGraph(lock, roots, adjacency);
  adjacencyOf.set(graph, adjacency);
  return graph;
}

/** The reader's edges still describe `pkgs`: the same array, and each package's dependencies those ids, in order. */
function sameEdges(read: LockEdges, pkgs: readonly LockPackage[]): boolean {
  if (read.packages !== pkgs || read.succStart.length !== pkgs.length + 1) return false;
  const { succStart, succ } = read;
  for (let i = 0; i < pkgs.length; i++) {
    const deps = pkgs[i]!.dependencies;
    const from = succStart[i]!;
    if (deps.length !== succStart[i + 1]! - from) return false;
    // the same string objects as the ids when nothing changed: a pointer comparison each
    for (let k = 0; k < deps.length; k++) if (deps[k] !== pkgs[succ[from + k]!]!.id) return false;
  }
  return true;
}

/**
 * Where an id sits in `graph.lock.packages` (-1 when it is not there): through the lock's packages of its name (an
 * id starts with the name, which has no space) and the position the reader gave each, or the graph's index by id
 * where a name has many packages or the positions do not fit this lock. An audit looks up a few ids (its roots,
 * queries, denied crates, a diff's rows), and a map of 2,500 ids of ~75 characters each cost ~0.5 ms to build.
 */
function positionIn(graph: DependencyGraph, a: Adjacency, id: PackageId): number {
  const lock = graph.lock;
  const space = id.indexOf(' ');
  const list = lock.byName?.get(space < 0 ? id : id.slice(0, space));
  if (list !== undefined && list.length <= 8) {
    for (const q of list) {
      if (q.id !== id) continue;
      const i = packagePosition(q);
      if (i >= 0 && lock.packages[i] === q) return i;
      break;
    }
  }
  return a.index.get(id) ?? -1;
}

/**
 * The graph buildGraph returns. Its map of every package's dependents is made on first use (the audit asks for
 * a few crates' dependents, not for a map of every package), by a getter on the class, not one written in an
 * object literal: that would be a new function per graph, and V8 would give each graph a map of its own in the
 * old generation holding the getter's closure, and through it the lock, alive in every scavenge (see ParsedLockfile).
 */
class ReverseGraph implements DependencyGraph {
  #dependents: Map<PackageId, PackageId[]> | undefined;
  #adjacency: Adjacency;
  constructor(
    public lock: Lockfile,
    public roots: PackageId[],
    adjacency: Adjacency,
  ) {
    this.#adjacency = adjacency;
  }

  get dependents(): Map<PackageId, PackageId[]> {
    if (!this.#dependents) {
      const pkgs = this.lock.packages;
      const { rev, revStart } = this.#adjacency;
      this.#dependents = new Map();
      for (let j = 0; j < revStart.length - 1; j++) this.#dependents.set(pkgs[j]!.id, idsAt(pkgs, rev, revStart[j]!, revStart[j + 1]!));
    }
    return this.#dependents;
  }
}

function idsAt(pkgs: readonly LockPackage[], list: Int32Array, from: number, to: number): PackageId[] {
  const out: PackageId[] = new Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = pkgs[list[k]!]!.id;
  return out;
}

function adjacency(graph: DependencyGraph): Adjacency {
  let a = adjacencyOf.get(graph);
  if (!a) {
    // A graph object built by hand: derive the same view.
    a = adjacencyOf.get(buildGraph(graph.lock))!;
    adjacencyOf.set(graph, a);
  }
  return a;
}

export function directDependents(graph: DependencyGraph, id: PackageId): PackageId[] {
  const a = adjacencyOf.get(graph);
  if (!a) return graph.dependents.get(id) ?? [];
  const i = positionIn(graph, a, id);
  return i < 0 ? [] : idsAt(graph.lock.packages, a.rev, a.revStart[i]!, a.revStart[i + 1]!);
}

/**
 * Direct and transitive dependents counts for every package, computed once, in time linear in the lock for
 * trees and chains. Over the condensation (cycles collapsed), a component with one dependent component `p`
 * has exactly the ancestors of `p` plus `p`: its count follows from `p`'s without any set. Only components
 * with two or more dependent components (joins) need a set union; those sets are bitsets over the packages,
 * built in column blocks of 2,048 packages so memory stays bounded on huge inputs. A lock where most crates
 * have several dependents (every real one) costs about edges × packages / 64 word operations: exact counts of
 * every crate's transitive dependents are a transitive closure, and no linear way to count them is known.
 */
export function dependentCounts(graph: DependencyGraph): Map<PackageId, DependentCounts> {
  const pkgs = graph.lock.packages;
  const { direct, transitive } = dependentCountArrays(graph);
  const out = new Map<PackageId, DependentCounts>();
  for (let v = 0; v < pkgs.length; v++) out.set(pkgs[v]!.id, { direct: direct[v]!, transitive: transitive[v]! });
  return out;
}

/** {@link dependentCounts} as arrays aligned with `graph.lock.packages` (no map of 100,000 objects). */
export function dependentCountArrays(graph: DependencyGraph): { direct: Int32Array; transitive: Float64Array } {
  const pkgs = graph.lock.packages;
  const n = pkgs.length;
  const { succStart, succ, direct } = adjacency(graph);
  const { comp, count: compCount } = tarjan(n, succStart, succ);
  const size = new Int32Array(compCount);
  for (let v = 0; v < n; v++) size[comp[v]!]!++;
  // Where each component's packages start in Tarjan's order (the bits of joinTotals' sets), and its distinct
  // dependent components (preds), as flat arrays.
  const memberStart = new Int32Array(compCount + 1);
  for (let c = 0; c < compCount; c++) memberStart[c + 1] = memberStart[c]! + size[c]!;
  const cyclic = new Uint8Array(compCount);
  const predCount = new Int32Array(compCount);
  const stamp = new Int32Array(compCount).fill(-1);
  for (let v = 0; v < n; v++) {
    const cv = comp[v]!;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const cw = comp[succ[k]!]!;
      if (cw === cv) cyclic[cv] = 1;
      else predCount[cw]!++;
    }
  }
  const predStart = new Int32Array(compCount + 1);
  for (let c = 0; c < compCount; c++) predStart[c + 1] = predStart[c]! + predCount[c]!;
  const predsRaw = new Int32Array(predStart[compCount]!);
  const at = predStart.slice(0, compCount);
  for (let v = 0; v < n; v++) {
    const cv = comp[v]!;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const cw = comp[succ[k]!]!;
      if (cw !== cv) predsRaw[at[cw]!++] = cv;
    }
  }
  // Distinct preds: the first one kept in `onlyPred`, their number in `distinct`.
  const distinct = new Int32Array(compCount);
  const onlyPred = new Int32Array(compCount).fill(-1);
  for (let c = 0; c < compCount; c++) {
    for (let k = predStart[c]!; k < predStart[c + 1]!; k++) {
      const p = predsRaw[k]!;
      if (stamp[p] === c) continue;
      stamp[p] = c;
      if (distinct[c]++ === 0) onlyPred[c] = p;
    }
  }

  const totals = new Float64Array(compCount);
  const joins: number[] = [];
  // Tarjan numbers components sinks first: from the last one (sources) every dependent comes first.
  for (let c = compCount - 1; c >= 0; c--) if (distinct[c]! >= 2) joins.push(c);
  if (joins.length > 0) joinTotals(joins, { n, compCount, size, cyclic, memberStart, predsRaw, predStart, distinct, onlyPred }, totals);
  for (let c = compCount - 1; c >= 0; c--) {
    const own = cyclic[c] ? size[c]! : 0;
    if (distinct[c] === 0) totals[c] = own;
    else if (distinct[c] === 1) {
      const p = onlyPred[c]!;
      totals[c] = own + totals[p]! + (cyclic[p] ? 0 : size[p]!);
    }
  }
  // A member of a cycle reaches itself; it is not its own dependent.
  const transitive = new Float64Array(n);
  for (let v = 0; v < n; v++) transitive[v] = totals[comp[v]!]! - cyclic[comp[v]!]!;
  return { direct, transitive };
}

interface Condensation {
  n: number;
  compCount: number;
  size: Int32Array;
  cyclic: Uint8Array;
  memberStart: Int32Array;
  predsRaw: Int32Array;
  predStart: Int32Array;
  distinct: Int32Array;
  onlyPred: Int32Array;
}

/**
 * Ancestor counts of the join components (two or more dependent components), by bitset union, block by
 * block. A pred that is not a join has the ancestors of the chain above it: what its set is made of is found
 * once, by walking up that chain to the nearest join, source or other set, and every component is walked once.
 */
function joinTotals(joins: readonly number[], g: Condensation, totals: Float64Array): void {
  const { n, compCount, cyclic, memberStart, predsRaw, predStart, distinct, onlyPred } = g;
  // Which components need a concrete set: every join, and every non-join pred of a join.
  const slot = new Int32Array(compCount).fill(-1);
  const needed: number[] = [];
  const need = (c: number) => {
    if (slot[c] === -1) {
      slot[c] = needed.length;
      needed.push(c);
    }
  };
  for (const c of joins) {
    need(c);
    for (let k = predStart[c]!; k < predStart[c + 1]!; k++) need(predsRaw[k]!);
  }
  // A set that is not a join's walks up its chain of single dependents to the nearest set. Where two walks meet
  // (two crates whose one dependent is the same crate), that crate gets a set too and both stop there: each
  // component is then walked once, where many branches into one long chain walked it once per branch.
  const walkedBy = new Int32Array(compCount).fill(-1);
  const walkers = needed.length;
  for (let i = 0; i < walkers; i++) {
    let cur = needed[i]!;
    if (distinct[cur]! >= 2) continue;
    while (distinct[cur] === 1) {
      const p = onlyPred[cur]!;
      if (slot[p] !== -1) break;
      if (walkedBy[p] !== -1) {
        need(p);
        break;
      }
      walkedBy[p] = i;
      cur = p;
    }
  }
  // Sources first (higher component numbers first), so every set a set is built from exists already.
  // (the components with a slot, read off in descending order: no comparison sort, whose comparator ran
  // uncompiled in a fresh process)
  const order = new Int32Array(needed.length);
  for (let c = compCount - 1, k = 0; c >= 0; c--) {
    if (slot[c] === -1) continue;
    slot[c] = k;
    order[k++] = c;
  }

  // What each needed set is the union of, by slot, worked out once for every block: `from` lists the slots whose
  // sets are or-ed in (a join's distinct dependent components; the nearest set up a chain of single dependents),
  // `add` the components whose members are set (those dependents themselves, and every component of that chain).
  const fromStart = new Int32Array(order.length + 1);
  const addStart = new Int32Array(order.length + 1);
  // Typed arrays (pushed to plain arrays, the 30,000 entries of a 5,000-crate graph took 4–5 ms more), sized for
  // the most there can be: a join's distinct dependents are among its predsRaw entries, each walk ends at one
  // set, every other component is walked once, and a cycle adds its own members.
  const from = new Int32Array(predsRaw.length + order.length);
  let add = new Int32Array(predsRaw.length + compCount + 2 * order.length);
  let nFrom = 0;
  let nAdd = 0;
  const pushAdd = (c: number) => {
    // never with the size above; kept so that a wrong bound costs time, not counts
    if (nAdd === add.length) {
      const bigger = new Int32Array(add.length * 2);
      bigger.set(add);
      add = bigger;
    }
    add[nAdd++] = c;
  };
  const seen = new Int32Array(compCount).fill(-1);
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    if (cyclic[c]) pushAdd(c);
    if (distinct[c]! >= 2) {
      for (let k = predStart[c]!; k < predStart[c + 1]!; k++) {
        const p = predsRaw[k]!;
        // predsRaw holds a component once per edge into c: or its set in once
        if (seen[p] === i) continue;
        seen[p] = i;
        pushAdd(p);
        from[nFrom++] = slot[p]!;
      }
    } else {
      // One dependent component (or none): walk up the chain of single dependents.
      let cur = c;
      while (distinct[cur] === 1) {
        const p = onlyPred[cur]!;
        pushAdd(p);
        if (slot[p] !== -1) {
          from[nFrom++] = slot[p]!;
          break;
        }
        cur = p;
      }
    }
    fromStart[i + 1] = nFrom;
    addStart[i + 1] = nAdd;
  }

  const totalWords = (n + 31) >>> 5;
  // Narrow blocks: every union reads and writes `bw` words of two sets anywhere in the buffer, and 64 words (256
  // bytes) a set keep 20,000 sets at 5 MB, where 256 words made them 20 MB and each union a trip to memory.
  // Widths are multiples of four words (the words past the last package stay zero): the unions and counts run
  // 128 bits at a time (bitset-simd.ts).
  const blockWords = Math.min(roundUp4(totalWords), JOIN_BLOCK_WORDS);
  // One buffer for every block, in WebAssembly memory, seen from here as Int32 words (not Uint32: every word
  // then stays a small integer in V8, where a set bit 31 in a Uint32Array reads back as a heap number).
  const simd = simdBitsets(order.length * blockWords);
  const sets = simd.words;
  // The packages' bits follow the components in Tarjan's order (component c's are memberStart[c]…, dependencies
  // before their dependents): a block then holds the packages of a run of components, and a component after
  // that run (a dependent of none of them, since dependents come later) has nothing in the block. Each block
  // skips those sets, so the unions cost about half of every set times every block.
  const compAt = new Int32Array(n);
  for (let c = 0; c < compCount; c++) compAt.fill(c, memberStart[c]!, memberStart[c + 1]!);
  const plan: UnionPlan = { sets, simd, blockWords, addStart, add, memberStart, fromStart, from };
  for (let w0 = 0; w0 < totalWords; w0 += blockWords) {
    const bw = Math.min(blockWords, roundUp4(totalWords - w0));
    const lo = w0 * 32;
    const hi = Math.min(n, lo + bw * 32);
    const last = compAt[hi - 1]!;
    // order runs from sources (high numbers) down: the sets this block can touch are a suffix of it
    let first = 0;
    while (first < order.length && order[first]! > last) first++;
    if (w0 > 0) sets.fill(0, first * blockWords);
    for (let i = first; i < order.length; i++) fillSet(plan, i, lo, hi, bw, first);
    for (const c of joins) {
      const i = slot[c]!;
      if (i < first) continue;
      totals[c]! += simd.count(i * blockWords * 4, bw * 4);
    }
  }
}

// The work on one set and joinTotals' innermost loops, as functions of their own. In a fresh process (the action
// audits once, twice when a pull request changes the policy) joinTotals' first call ran before V8 had compiled it:
// V8 compiled each of its loops on the fly (on-stack replacement) and threw the code away each time the run
// reached a part of the function it had not run yet, so a 5,000-crate layered DAG took 64–100 ms there against
// 7–15 ms once warm (44–70 ms now). Small functions called thousands of times are compiled whole, in about a
// millisecond, and seldom thrown away again.

/** What joinTotals' sets are made of (see there), the same for every block. */
interface UnionPlan {
  sets: Int32Array;
  simd: SimdBitsets;
  blockWords: number;
  addStart: Int32Array;
  add: Int32Array;
  memberStart: Int32Array;
  fromStart: Int32Array;
  from: Int32Array;
}

/** Set `i` of the block of packages `lo`…`hi - 1` (`bw` words); sets before `first` have nothing in it. */
function fillSet(plan: UnionPlan, i: number, lo: number, hi: number, bw: number, first: number): void {
  const { sets, simd, blockWords, addStart, add, memberStart, fromStart, from } = plan;
  const dst = i * blockWords;
  for (let k = addStart[i]!; k < addStart[i + 1]!; k++) {
    const c = add[k]!;
    const from0 = Math.max(lo, memberStart[c]!);
    const to = Math.min(hi, memberStart[c + 1]!);
    if (from0 < to) setBits(sets, dst, from0 - lo, to - lo);
  }
  // Each dependent's set is or-ed in whole, also where it lies inside another dependent's (serde_json's beside
  // serde's): a union costs at most JOIN_BLOCK_WORDS / 4 SIMD operations, and looking for such a dependent among
  // the others cost more than the unions it saved (a 2,500-crate layered DAG's counts: 1.7 ms with the search,
  // 1.2 without; the uv and cargo locks' 0.26 and 0.17 ms, 0.23 and 0.16).
  for (let k = fromStart[i]!; k < fromStart[i + 1]!; k++) {
    const s = from[k]!;
    if (s < first) continue; // a set with nothing in this block
    simd.or(dst * 4, s * blockWords * 4, bw * 4);
  }
}

/** Sets bits `from`…`to - 1` of the set at `dst`. */
function setBits(sets: Int32Array, dst: number, from: number, to: number): void {
  for (let col = from; col < to; col++) sets[dst + (col >>> 5)]! |= 1 << (col & 31);
}

function roundUp4(words: number): number {
  return (words + 3) & ~3;
}

/** Words (32 packages each) of a block of {@link joinTotals}. */
const JOIN_BLOCK_WORDS = 64;

/** Iterative Tarjan SCC (no recursion: deep chains must not overflow the stack). */
function tarjan(n: number, succStart: Int32Array, succ: Int32Array): { comp: Int32Array; count: number } {
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let sp = 0;
  let compCount = 0;
  let counter = 0;
  // The call stack: the package and the position of its next edge in `succ`.
  const callV = new Int32Array(n);
  const callE = new Int32Array(n);
  let top = -1;
  for (let s = 0; s < n; s++) {
    if (idx[s] !== -1) continue;
    callV[++top] = s;
    callE[top] = succStart[s]!;
    idx[s] = low[s] = counter++;
    stack[sp++] = s;
    onStack[s] = 1;
    while (top >= 0) {
      const v = callV[top]!;
      const e = callE[top]!;
      if (e < succStart[v + 1]!) {
        callE[top] = e + 1;
        const w = succ[e]!;
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callV[++top] = w;
          callE[top] = succStart[w]!;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, idx[w]!);
        }
        continue;
      }
      top--;
      if (low[v] === idx[v]) {
        const c = compCount++;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = c;
        } while (w !== v);
      }
      if (top >= 0) {
        const parent = callV[top]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return { comp, count: compCount };
}

export interface RootPaths {
  /** Shortest path `[root, …, id]` from a workspace member; undefined when no member reaches `id`. */
  pathTo(id: PackageId): PackageId[] | undefined;
  /**
   * The path to the package at `index` (its position in the lock), as positions, with at most `head` packages
   * from its start and `tail` from its end, and how many were left out between them (0 when whole). Costs
   * `head + tail` steps whatever the depth, so every crate of a 10,000-deep chain can carry its path.
   */
  cappedPath(index: number, head: number, tail: number): { path: number[]; omitted: number; depth: number } | undefined;
  /**
   * {@link cappedPath} as labels: `label(k)` for each package kept (k its position), `gap` in place of those
   * left out, in one array of the final length.
   */
  cappedLabels(index: number, head: number, tail: number, label: (k: number) => string, gap: string): { labels: string[]; depth: number } | undefined;
  /** The edges of the shortest paths to `targets`, each once, in path order (see {@link pathEdges}). */
  edgesTo(targets: readonly PackageId[]): [PackageId, PackageId][];
  /** Hops from the nearest workspace member (0 for members); undefined when unreachable. */
  depth(id: PackageId): number | undefined;
}

/** Longest path prefix {@link RootPaths.cappedPath} can keep (the BFS records each package's ancestor at this depth). */
export const MAX_PATH_HEAD = 8;

/**
 * One breadth-first search from all workspace members at once; ties go to the earlier member and the
 * earlier-listed dependency, so paths are stable across runs.
 */
export function rootPaths(graph: DependencyGraph): RootPaths {
  const a = adjacency(graph);
  const { succStart, succ } = a;
  const pkgs = graph.lock.packages;
  const parent = new Int32Array(pkgs.length).fill(-2); // -2 unreached, -1 a root
  const depth = new Int32Array(pkgs.length);
  const queue = new Int32Array(pkgs.length);
  let queued = 0;
  // anchor[v]: v's ancestor at depth MAX_PATH_HEAD - 1 (v itself when shallower): where a capped head ends.
  const anchor = new Int32Array(pkgs.length);
  for (const r of graph.roots) {
    const i = positionIn(graph, a, r);
    if (i < 0 || parent[i] !== -2) continue;
    parent[i] = -1;
    anchor[i] = i;
    queue[queued++] = i;
  }
  for (let head = 0; head < queued; head++) {
    const v = queue[head]!;
    const d = depth[v]! + 1;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const w = succ[k]!;
      if (parent[w] !== -2) continue;
      parent[w] = v;
      depth[w] = d;
      anchor[w] = d < MAX_PATH_HEAD ? w : anchor[v]!;
      queue[queued++] = w;
    }
  }
  const walkUp = (from: number, steps: number, out: number[] = []): number[] => {
    const start = out.length;
    for (let cur = from; cur >= 0 && out.length - start < steps; cur = parent[cur]!) out.push(cur);
    for (let a = start, b = out.length - 1; a < b; a++, b--) [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  };
  return {
    pathTo(id) {
      const i = positionIn(graph, a, id);
      if (i < 0 || parent[i] === -2) return undefined;
      return walkUp(i, Infinity).map((k) => pkgs[k]!.id);
    },
    cappedPath(i, head, tail) {
      if (!(i >= 0 && i < pkgs.length) || parent[i] === -2) return undefined;
      const length = depth[i]! + 1;
      if (length <= head + tail) return { path: walkUp(i, Infinity), omitted: 0, depth: depth[i]! };
      const h = Math.min(head, MAX_PATH_HEAD);
      let a = anchor[i]!;
      for (let k = depth[a]! + 1; k > h; k--) a = parent[a]!;
      return { path: walkUp(i, tail, walkUp(a, h)), omitted: length - h - tail, depth: depth[i]! };
    },
    cappedLabels(i, head, tail, label, gap) {
      if (!(i >= 0 && i < pkgs.length) || parent[i] === -2) return undefined;
      const length = depth[i]! + 1;
      if (length <= head + tail) {
        const labels = new Array<string>(length);
        for (let k = length - 1, cur = i; k >= 0; k--, cur = parent[cur]!) labels[k] = label(cur);
        return { labels, depth: depth[i]! };
      }
      const h = Math.min(head, MAX_PATH_HEAD);
      const labels = new Array<string>(h + 1 + tail);
      let cur = i;
      for (let k = h + tail; k > h; k--, cur = parent[cur]!) labels[k] = label(cur);
      labels[h] = gap;
      let a = anchor[i]!;
      for (let k = depth[a]! + 1; k > h; k--) a = parent[a]!;
      for (let k = h - 1; k >= 0; k--, a = parent[a]!) labels[k] = label(a);
      return { labels, depth: depth[i]! };
    },
    edgesTo(targets) {
      // The shortest paths form a tree: a path's edges not drawn yet are its end below the first package
      // already reached, so each target walks up only that far (linear in the edges drawn, not in depths).
      const drawn = new Uint8Array(pkgs.length);
      const edges: [PackageId, PackageId][] = [];
      for (const t of targets) {
        const i = positionIn(graph, a, t);
        if (i < 0 || parent[i] === -2) continue;
        const fresh: [PackageId, PackageId][] = [];
        for (let cur = i; parent[cur]! >= 0 && !drawn[cur]; cur = parent[cur]!) {
          drawn[cur] = 1;
          fresh.push([pkgs[parent[cur]!]!.id, pkgs[cur]!.id]);
        }
        for (let k = fresh.length - 1; k >= 0; k--) edges.push(fresh[k]!);
      }
      return edges;
    },
    depth(id) {
      const i = positionIn(graph, a, id);
      return i < 0 || parent[i] === -2 ? undefined : depth[i];
    },
  };
}

/** Convenience for a single query; prefer {@link rootPaths} when asking for many crates. */
export function shortestPathFromRoot(graph: DependencyGraph, id: PackageId): PackageId[] | undefined {
  return rootPaths(graph).pathTo(id);
}

/**
 * The sub-graph made of the shortest root paths to `targets` (for a small diagram of who pulls in denied
 * crates): edges `[from, to]`, deduplicated, in path order.
 */
export function pathEdges(graph: DependencyGraph, targets: readonly PackageId[], paths = rootPaths(graph)): [PackageId, PackageId][] {
  return paths.edgesTo(targets);
}

/** Where an id sits in `graph.lock.packages` (-1 when it is not there); see positionIn. */
export function positionOf(graph: DependencyGraph, id: PackageId): number {
  return positionIn(graph, adjacency(graph), id);
}

/** The package of an id (see positionIn; no lookup table by id is built for it). */
export function packageOf(graph: DependencyGraph, id: PackageId): LockPackage | undefined {
  const i = positionIn(graph, adjacency(graph), id);
  return i < 0 ? undefined : graph.lock.packages[i];
}

/** Short display name: `name` alone when unique in the lock, else `name version`. */
export function displayName(lock: Lockfile, id: PackageId): string {
  const p: LockPackage | undefined = lock.byId.get(id);
  if (!p) return id;
  return displayNameOf(lock, p);
}

/** {@link displayName} of a package already at hand. */
export function displayNameOf(lock: Lockfile, p: LockPackage): string {
  return (lock.byName.get(p.name)?.length ?? 0) > 1 ? `${p.name} ${p.version}` : p.name;
}
