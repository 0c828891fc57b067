import { describe, it, expect, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLockfileOrThrow, CRATES_IO_REGISTRY, type Lockfile, type PackageId } from '../../shared/cargo/lockfile.js';
import {
  buildGraph,
  dependentCounts,
  directDependents,
  rootPaths,
  shortestPathFromRoot,
  pathEdges,
  displayName,
  packageOf,
  positionOf,
  type DependencyGraph,
} from '../../shared/cargo/graph.js';

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');

function lockOf(name: string): Lockfile {
  return parseLockfileOrThrow(readFileSync(join(FIX, name, 'Cargo.lock'), 'utf8'));
}

const reg = (name: string, version: string) => `${name} ${version} (${CRATES_IO_REGISTRY})`;

/** The obvious O(N·E) definition, to check the bitset version against. */
function naiveTransitive(g: DependencyGraph, id: PackageId): number {
  const seen = new Set<PackageId>();
  const stack = [...directDependents(g, id)];
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...directDependents(g, x));
  }
  seen.delete(id);
  return seen.size;
}

describe('reverse dependencies', () => {
  it('path-vs-registry tie: the two cargo-platform packages have different dependents', () => {
    const g = buildGraph(lockOf('lock-path-registry-tie'));
    expect(g.roots).toEqual(['cargo 0.101.0', 'cargo-platform 0.3.3']);
    expect(directDependents(g, 'cargo-platform 0.3.3')).toEqual(['cargo 0.101.0']);
    expect(directDependents(g, reg('cargo-platform', '0.3.3'))).toEqual([reg('cargo_metadata', '0.23.1')]);
    const counts = dependentCounts(g);
    expect(counts.get(reg('serde', '1.0.228'))).toEqual({ direct: 3, transitive: 4 });
    expect(counts.get('cargo 0.101.0')).toEqual({ direct: 0, transitive: 0 });
    expect(counts.get(reg('cargo-platform', '0.3.3'))).toEqual({ direct: 1, transitive: 2 });
  });

  it('shortest path starts at the nearest workspace member; ties go to the earlier member', () => {
    const g = buildGraph(lockOf('lock-path-registry-tie'));
    const paths = rootPaths(g);
    // cargo-platform (path) is itself a member, so serde is one hop from it.
    expect(paths.pathTo(reg('serde', '1.0.228'))).toEqual(['cargo-platform 0.3.3', reg('serde', '1.0.228')]);
    expect(paths.pathTo(reg('cargo-platform', '0.3.3'))).toEqual(['cargo 0.101.0', reg('cargo_metadata', '0.23.1'), reg('cargo-platform', '0.3.3')]);
    expect(paths.depth(reg('cargo-platform', '0.3.3'))).toBe(2);
    expect(paths.pathTo('cargo 0.101.0')).toEqual(['cargo 0.101.0']);
    expect(shortestPathFromRoot(g, 'nope 1.0.0')).toBeUndefined();
  });

  it('dev-dependency cycle between members; an unreachable crate has no path', () => {
    const g = buildGraph(lockOf('lock-dev-cycle'));
    const counts = dependentCounts(g);
    expect(counts.get('core-crate 0.1.0')).toEqual({ direct: 1, transitive: 1 });
    expect(counts.get('test-helpers 0.1.0')).toEqual({ direct: 1, transitive: 1 });
    expect(counts.get(reg('leaf', '1.0.0'))).toEqual({ direct: 2, transitive: 2 });
    expect(counts.get(reg('orphan', '0.5.0'))).toEqual({ direct: 0, transitive: 0 });
    const paths = rootPaths(g);
    expect(paths.pathTo(reg('orphan', '0.5.0'))).toBeUndefined();
    expect(paths.depth(reg('orphan', '0.5.0'))).toBeUndefined();
    expect(paths.pathTo(reg('leaf', '1.0.0'))).toEqual(['core-crate 0.1.0', reg('leaf', '1.0.0')]);
  });

  it('a dependency listed twice by one package counts once', () => {
    const lock = parseLockfileOrThrow('version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = ["b", "b"]\n[[package]]\nname = "b"\nversion = "1.0.0"\n');
    const g = buildGraph(lock);
    expect(directDependents(g, 'b 1.0.0')).toEqual(['a 1.0.0']);
    expect(dependentCounts(g).get('b 1.0.0')).toEqual({ direct: 1, transitive: 1 });
  });

  it('a 20,000-deep chain: no stack overflow, bounded memory (column blocks)', () => {
    const n = 20_000;
    let text = 'version = 4\n';
    for (let i = 0; i < n; i++) {
      text += `\n[[package]]\nname = "c${i}"\nversion = "1.0.0"\n`;
      if (i > 0) text += 'source = "registry+https://x/y"\n';
      if (i + 1 < n) text += `dependencies = [\n "c${i + 1}",\n]\n`;
    }
    const lock = parseLockfileOrThrow(text);
    const g = buildGraph(lock);
    const counts = dependentCounts(g);
    const last = `c${n - 1} 1.0.0 (registry+https://x/y)`;
    expect(counts.get(last)).toEqual({ direct: 1, transitive: n - 1 });
    expect(counts.get('c10000 1.0.0 (registry+https://x/y)')).toEqual({ direct: 1, transitive: 10000 });
    expect(counts.get('c0 1.0.0')).toEqual({ direct: 0, transitive: 0 });
    expect(rootPaths(g).pathTo(last)).toHaveLength(n);
    // One back edge closes a cycle through everything but the root.
    lock.byId.get(last)!.dependencies.push('c1 1.0.0 (registry+https://x/y)');
    const cyc = dependentCounts(buildGraph(lock));
    expect(cyc.get(last)).toEqual({ direct: 1, transitive: n - 1 });
    expect(cyc.get('c1 1.0.0 (registry+https://x/y)')).toEqual({ direct: 2, transitive: n - 1 });
  });

  it('random graphs of chains, joins and cycles (fixed seeds): counts equal a naive search', () => {
    // Mostly one dependent (long single-dependent chains, counted without sets), some joins and back edges;
    // the large cases span several column blocks of the join sets.
    for (const [seed, n, joinRate, backRate] of [
      [1, 300, 0.3, 0.05],
      [2, 300, 0.02, 0.0],
      [3, 500, 0.5, 0.1],
      [4, 9_000, 0.001, 0.0005],
      // joins and cycles everywhere, over three column blocks (each block skips the sets it cannot touch)
      [5, 6_000, 0.6, 0.03],
    ] as const) {
      let x = seed;
      const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const deps: number[][] = Array.from({ length: n }, () => []);
      for (let i = 1; i < n; i++) {
        deps[Math.max(0, i - 1 - Math.floor(rnd() * 3))]!.push(i);
        if (rnd() < joinRate) deps[Math.floor(rnd() * i)]!.push(i);
        if (rnd() < backRate) deps[i]!.push(Math.floor(rnd() * i));
      }
      let text = 'version = 4\n';
      for (let i = 0; i < n; i++) {
        text += `\n[[package]]\nname = "p${i}"\nversion = "1.0.0"\n${i ? 'source = "registry+https://x/y"\n' : ''}`;
        const ds = [...new Set(deps[i])];
        if (ds.length) text += `dependencies = [\n${ds.map((d) => ` "p${d}",\n`).join('')}]\n`;
      }
      const g = buildGraph(parseLockfileOrThrow(text));
      const counts = dependentCounts(g);
      const wrong = g.lock.packages.filter((p, i) => (n < 1000 || i % 97 === 0) && counts.get(p.id)!.transitive !== naiveTransitive(g, p.id));
      expect(wrong.map((p) => p.id), `seed ${seed}`).toEqual([]);
    }
  });

  it('many branches into one long chain above a join: counts equal a naive search (each chain walked once)', () => {
    // app → x2999 → … → x0 → b0 … b1499 → j, and a second member m → j: j is a join, every b a dependent of it,
    // and each b's one dependent is x0. The chain above x0 is walked once, not once per branch (1,500 × 3,000).
    const branches = 1_500;
    const chain = 3_000;
    const pkg = (name: string, deps: string[], source = true) =>
      `\n[[package]]\nname = "${name}"\nversion = "1.0.0"\n${source ? 'source = "registry+https://x/y"\n' : ''}${deps.length ? `dependencies = [\n${deps.map((d) => ` "${d}",\n`).join('')}]\n` : ''}`;
    let text = 'version = 4\n';
    text += pkg('app', [`x${chain - 1}`], false) + pkg('m', ['j'], false);
    for (let i = chain - 1; i > 0; i--) text += pkg(`x${i}`, [`x${i - 1}`]);
    text += pkg('x0', Array.from({ length: branches }, (_, k) => `b${k}`));
    for (let k = 0; k < branches; k++) text += pkg(`b${k}`, ['j']);
    text += pkg('j', []);
    const g = buildGraph(parseLockfileOrThrow(text));
    const counts = dependentCounts(g);
    for (const name of ['j', 'b0', 'b777', 'x0', 'x1500', `x${chain - 1}`]) {
      const id = `${name} 1.0.0 (registry+https://x/y)`;
      expect(counts.get(id)!.transitive, name).toBe(naiveTransitive(g, id));
    }
    expect(counts.get('j 1.0.0 (registry+https://x/y)')!.transitive).toBe(branches + chain + 2);
  });

  it('pathEdges: the union of the shortest paths, each edge once', () => {
    const g = buildGraph(lockOf('lock-path-registry-tie'));
    expect(pathEdges(g, [reg('cargo-platform', '0.3.3'), reg('cargo_metadata', '0.23.1'), 'ghost 1.0.0'])).toEqual([
      ['cargo 0.101.0', reg('cargo_metadata', '0.23.1')],
      [reg('cargo_metadata', '0.23.1'), reg('cargo-platform', '0.3.3')],
    ]);
  });

  it('packageOf finds a package by id through the graph', () => {
    const lock = lockOf('lock-path-registry-tie');
    const g = buildGraph(lock);
    expect(lock.packages.length).toBeGreaterThan(3);
    for (const p of lock.packages) expect(packageOf(g, p.id)).toBe(p);
    expect(packageOf(g, 'nope 1.0.0')).toBeUndefined();
  });

  describe('the positions the reader resolved', () => {
    /** A lock of `n` registry crates under one member, each depending on 1–4 earlier ones, plus `many` versions of `m`. */
    const lockText = (n: number, many: number) => {
      let x = 7;
      const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const pkg = (name: string, version: string, deps: string[], source = true) =>
        `\n[[package]]\nname = "${name}"\nversion = "${version}"\n${source ? 'source = "registry+https://x/y"\n' : ''}${deps.length ? `dependencies = [\n${deps.map((d) => ` "${d}",\n`).join('')}]\n` : ''}`;
      let text = `version = 4\n${pkg('app', '0.1.0', [`c${n - 1}`, ...Array.from({ length: many }, (_, v) => `m 1.${v}.0`)], false)}`;
      for (let i = 0; i < n; i++) text += pkg(`c${i}`, '1.0.0', [...new Set(Array.from({ length: i ? 1 + Math.floor(rnd() * 4) : 0 }, () => `c${Math.floor(rnd() * i)}`))].sort());
      for (let v = 0; v < many; v++) text += pkg('m', `1.${v}.0`, ['c0']);
      return text;
    };
    const countsById = (g: DependencyGraph) => new Map([...dependentCounts(g)].map(([id, c]) => [id, c] as const));

    it('a parsed lock\'s graph and its lookups by id make no table by id; a lock changed since is read by id, right', () => {
      const lock = parseLockfileOrThrow(lockText(400, 12));
      const set = vi.spyOn(Map.prototype, 'set');
      let g: DependencyGraph;
      try {
        g = buildGraph(lock);
        // ids looked up by name: one package of the name, and a name with more than a few (the table by id, once)
        for (const p of lock.packages.slice(0, 50)) expect(packageOf(g, p.id)).toBe(p);
        expect(set.mock.calls.length, 'a table by id was built').toBe(0);
        for (const p of lock.packages.filter((q) => q.name === 'm')) expect(positionOf(g, p.id)).toBe(lock.packages.indexOf(p));
        expect(set.mock.calls.length).toBe(lock.packages.length);
      } finally {
        set.mockRestore();
      }
      const expected = countsById(g);
      for (const p of lock.packages) expect(expected.get(p.id)!.transitive, p.id).toBe(naiveTransitive(g, p.id));
      // the same packages in another order (a lock made from the first): the reader's positions do not fit it
      const reordered: Lockfile = Object.assign(Object.create(Object.getPrototypeOf(lock) as object) as Lockfile, lock, { packages: [...lock.packages].reverse() });
      const g2 = buildGraph(reordered);
      expect(countsById(g2)).toEqual(expected);
      for (const p of reordered.packages.slice(0, 30)) expect(positionOf(g2, p.id)).toBe(reordered.packages.indexOf(p));
      expect(rootPaths(g2).pathTo(`c0 1.0.0 (registry+https://x/y)`)).toEqual(rootPaths(g).pathTo(`c0 1.0.0 (registry+https://x/y)`));
      // a dependency changed after reading (the same number of them): its new target counts
      const changed = parseLockfileOrThrow(lockText(400, 12));
      const c5 = changed.packages.find((p) => p.name === 'c5')!;
      const before = c5.dependencies[0]!;
      c5.dependencies[0] = 'c399 1.0.0 (registry+https://x/y)';
      const g3 = buildGraph(changed);
      expect(directDependents(g3, 'c399 1.0.0 (registry+https://x/y)')).toContain(c5.id);
      expect(directDependents(g3, before)).not.toContain(c5.id);
      for (const id of ['c399 1.0.0 (registry+https://x/y)', before]) expect(dependentCounts(g3).get(id)!.transitive).toBe(naiveTransitive(g3, id));
    });
  });

  it('displayName adds the version only when the name is not unique', () => {
    const lock = lockOf('lock-path-registry-tie');
    expect(displayName(lock, reg('serde', '1.0.228'))).toBe('serde');
    expect(displayName(lock, 'cargo-platform 0.3.3')).toBe('cargo-platform 0.3.3');
  });
});

describe.skipIf(!existsSync(BENCH))('real lockfiles', () => {
  for (const f of ['rust-lang-cargo-Cargo.lock', 'astral-sh-uv-Cargo.lock']) {
    it(`${f}: transitive counts equal a naive search; every crate reachable from a member`, () => {
      const lock = parseLockfileOrThrow(readFileSync(join(BENCH, f), 'utf8'));
      const g = buildGraph(lock);
      const counts = dependentCounts(g);
      const wrong = lock.packages.filter((p) => counts.get(p.id)!.transitive !== naiveTransitive(g, p.id)).map((p) => p.id);
      expect(wrong).toEqual([]);
      const paths = rootPaths(g);
      const unreachable = lock.packages.filter((p) => !paths.pathTo(p.id));
      expect(unreachable.map((p) => p.id)).toEqual([]);
      // Every hop of every path is a real dependency edge, and the first hop is a member.
      for (const p of lock.packages) {
        const path = paths.pathTo(p.id)!;
        expect(lock.byId.get(path[0]!)!.source).toBeUndefined();
        for (let i = 0; i + 1 < path.length; i++) if (!lock.byId.get(path[i]!)!.dependencies.includes(path[i + 1]!)) expect.fail(`${path[i]} -> ${path[i + 1]}`);
      }
      const proc = lock.packages.find((p) => p.name === 'proc-macro2')!;
      expect(counts.get(proc.id)!.transitive).toBeGreaterThan(100);
    });
  }
});
