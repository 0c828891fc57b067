/**
 * Reverse-dependency view of a lockfile: who pulls a crate in, how many crates depend on it directly and
 * transitively, and the shortest path from a workspace member to it. Linear or near-linear in the size of
 * the lock (bitsets over strongly connected components) so it stays cheap on 750-package locks.
 *
 * Cargo.lock lists dev- and build-dependencies too, and dev-dependencies can form cycles between workspace
 * members; everything here tolerates cycles.
 */
import type { LockPackage, Lockfile, PackageId } from './lockfile.js';

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

/** Packages by position and their dependency edges as positions: built once per graph, shared by the passes. */
interface Adjacency {
  index: Map<PackageId, number>;
  succ: number[][];
}
const adjacencyOf = new WeakMap<DependencyGraph, Adjacency>();

export function buildGraph(lock: Lockfile): DependencyGraph {
  const pkgs = lock.packages;
  const index = new Map<PackageId, number>();
  pkgs.forEach((p, i) => index.set(p.id, i));
  const succ: number[][] = new Array(pkgs.length);
  const rev: number[][] = pkgs.map(() => []);
  for (let i = 0; i < pkgs.length; i++) {
    const out: number[] = [];
    for (const d of pkgs[i]!.dependencies) {
      const j = index.get(d);
      if (j === undefined) continue;
      out.push(j);
      const list = rev[j]!;
      // A dependency listed twice in one package counts once (i's entries are appended consecutively).
      if (list[list.length - 1] !== i) list.push(i);
    }
    succ[i] = out;
  }
  const dependents = new Map<PackageId, PackageId[]>();
  for (let j = 0; j < pkgs.length; j++) dependents.set(pkgs[j]!.id, rev[j]!.map((i) => pkgs[i]!.id));
  const roots = pkgs.filter((p) => p.source === undefined).map((p) => p.id);
  const graph: DependencyGraph = { lock, roots, dependents };
  adjacencyOf.set(graph, { index, succ });
  return graph;
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
  return graph.dependents.get(id) ?? [];
}

/** Direct and transitive dependents counts for every package, computed once. */
export function dependentCounts(graph: DependencyGraph): Map<PackageId, DependentCounts> {
  const pkgs = graph.lock.packages;
  const n = pkgs.length;
  const { succ } = adjacency(graph);
  const { comp, count: compCount } = tarjan(n, succ);
  const members: number[][] = Array.from({ length: compCount }, () => []);
  for (let v = 0; v < n; v++) members[comp[v]!]!.push(v);
  const cyclic = new Uint8Array(compCount);
  for (let c = 0; c < compCount; c++) {
    const ms = members[c]!;
    cyclic[c] = ms.length > 1 || succ[ms[0]!]!.includes(ms[0]!) ? 1 : 0;
  }
  // ancestors(c): bitset of packages that reach component c (its own members too when c is a cycle).
  // Done in column blocks of at most 8,192 packages so memory stays bounded on huge inputs.
  const totalWords = (n + 31) >>> 5;
  const blockWords = Math.min(totalWords, 256);
  const totals = new Int32Array(compCount);
  for (let w0 = 0; w0 < totalWords; w0 += blockWords) {
    const bw = Math.min(blockWords, totalWords - w0);
    const lo = w0 * 32;
    const hi = Math.min(n, lo + bw * 32);
    // Int32 (not Uint32) so every word stays a small integer in V8: bit 31 set in a Uint32Array reads back as a
    // heap number and makes this loop several times slower.
    const anc = new Int32Array(compCount * bw);
    // Tarjan numbers components sinks first: walk from the last one (sources) so every dependent's set is
    // final before it is pushed down to its dependencies.
    for (let c = compCount - 1; c >= 0; c--) {
      const ms = members[c]!;
      const src = c * bw;
      if (cyclic[c]) for (const v of ms) if (v >= lo && v < hi) anc[src + ((v - lo) >>> 5)]! |= 1 << ((v - lo) & 31);
      for (const v of ms) {
        const inBlock = v >= lo && v < hi;
        for (const w of succ[v]!) {
          const cw = comp[w]!;
          if (cw === c) continue;
          const dst = cw * bw;
          for (let i = 0; i < bw; i++) anc[dst + i]! |= anc[src + i]!;
          if (inBlock) anc[dst + ((v - lo) >>> 5)]! |= 1 << ((v - lo) & 31);
        }
      }
      let count = 0;
      for (let i = 0; i < bw; i++) count += popcount(anc[src + i]!);
      totals[c]! += count;
    }
  }
  const out = new Map<PackageId, DependentCounts>();
  for (let v = 0; v < n; v++) {
    const c = comp[v]!;
    const id = pkgs[v]!.id;
    // A member of a cycle reaches itself; it is not its own dependent.
    out.set(id, { direct: graph.dependents.get(id)?.length ?? 0, transitive: totals[c]! - cyclic[c]! });
  }
  return out;
}

function popcount(x: number): number {
  x = (x - ((x >>> 1) & 0x55555555)) | 0;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Iterative Tarjan SCC (no recursion: deep chains must not overflow the stack). */
function tarjan(n: number, succ: number[][]): { comp: Int32Array; count: number } {
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let compCount = 0;
  let counter = 0;
  const callV: number[] = [];
  const callI: number[] = [];
  for (let s = 0; s < n; s++) {
    if (idx[s] !== -1) continue;
    callV.push(s);
    callI.push(0);
    idx[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    while (callV.length > 0) {
      const top = callV.length - 1;
      const v = callV[top]!;
      const i = callI[top]!;
      const edges = succ[v]!;
      if (i < edges.length) {
        callI[top] = i + 1;
        const w = edges[i]!;
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callV.push(w);
          callI.push(0);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, idx[w]!);
        }
        continue;
      }
      callV.pop();
      callI.pop();
      if (low[v] === idx[v]) {
        const c = compCount++;
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = c;
        } while (w !== v);
      }
      if (callV.length > 0) {
        const parent = callV[callV.length - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return { comp, count: compCount };
}

export interface RootPaths {
  /** Shortest path `[root, …, id]` from a workspace member; undefined when no member reaches `id`. */
  pathTo(id: PackageId): PackageId[] | undefined;
  /** Hops from the nearest workspace member (0 for members); undefined when unreachable. */
  depth(id: PackageId): number | undefined;
}

/**
 * One breadth-first search from all workspace members at once; ties go to the earlier member and the
 * earlier-listed dependency, so paths are stable across runs.
 */
export function rootPaths(graph: DependencyGraph): RootPaths {
  const { index, succ } = adjacency(graph);
  const pkgs = graph.lock.packages;
  const parent = new Int32Array(pkgs.length).fill(-2); // -2 unreached, -1 a root
  const depth = new Int32Array(pkgs.length);
  const queue: number[] = [];
  for (const r of graph.roots) {
    const i = index.get(r);
    if (i === undefined || parent[i] !== -2) continue;
    parent[i] = -1;
    queue.push(i);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const d = depth[v]! + 1;
    for (const w of succ[v]!) {
      if (parent[w] !== -2) continue;
      parent[w] = v;
      depth[w] = d;
      queue.push(w);
    }
  }
  return {
    pathTo(id) {
      const i = index.get(id);
      if (i === undefined || parent[i] === -2) return undefined;
      const path: PackageId[] = [];
      for (let cur = i; cur >= 0; cur = parent[cur]!) path.push(pkgs[cur]!.id);
      return path.reverse();
    },
    depth(id) {
      const i = index.get(id);
      return i === undefined || parent[i] === -2 ? undefined : depth[i];
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
  const seen = new Set<string>();
  const edges: [PackageId, PackageId][] = [];
  for (const t of targets) {
    const p = paths.pathTo(t);
    if (!p) continue;
    for (let i = 0; i + 1 < p.length; i++) {
      const key = `${p[i]}\u0000${p[i + 1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([p[i]!, p[i + 1]!]);
    }
  }
  return edges;
}

/** Short display name: `name` alone when unique in the lock, else `name version`. */
export function displayName(lock: Lockfile, id: PackageId): string {
  const p: LockPackage | undefined = lock.byId.get(id);
  if (!p) return id;
  return (lock.byName.get(p.name)?.length ?? 0) > 1 ? `${p.name} ${p.version}` : p.name;
}
