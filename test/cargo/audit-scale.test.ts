/**
 * Issue 14's scale cases, checked for results (their times are bench/crate-license-audit-scale.bench.ts's):
 * a 10,000-deep chain of crates once took 320 s and then crashed in JSON.stringify(report) with
 * `Invalid string length`, because every crate carried its whole root path. Paths are now capped in the
 * report (first 3 and last 4 names around `…`, with the depth beside them) and counts need no sets on chains.
 */
import { describe, it, expect } from 'vitest';
import { parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { auditCrates } from '../../shared/cargo/audit.js';
import { buildGraph, rootPaths } from '../../shared/cargo/graph.js';
import { buildPolicy } from '../../shared/cargo/policy.js';
import { forksLock, generatedLicenses, generatedLock } from '../../bench/crate-license-audit-scale.bench.js';

const POLICY = buildPolicy({ allow: ['MIT', 'Apache-2.0', 'Apache-2.0 WITH LLVM-exception', 'BSD-3-Clause', 'Unicode-3.0', 'ISC'], deny: ['GPL-3.0-only'] });

describe('crate-license-audit at scale', () => {
  it('a 10,000-deep chain audits, and its report is linear in the crates, not in the sum of path lengths', () => {
    const n = 10_000;
    const head = parseLockfileOrThrow(generatedLock('chain', n));
    const report = auditCrates({ head, licenses: generatedLicenses(n), policy: POLICY, failOn: ['denied', 'unknown'], query: ['c9999'] });
    const json = JSON.stringify(report);
    // About 600 bytes a crate; whole paths made this 10,000 times larger.
    expect(json.length).toBeLessThan(n * 1_000);
    expect(Math.max(...report.crates.map((c) => c.path!.length))).toBe(8);
    const last = report.crates.find((c) => c.name === 'c9999')!;
    expect(last.path).toEqual(['app', 'c0', 'c1', '...', 'c9996', 'c9997', 'c9998', 'c9999']);
    expect(last.depth).toBe(n);
    // ASCII, so the row's JSON is a one-byte string (one `…` made every capped row two-byte: twice the memory)
    expect(JSON.stringify(last)).toMatch(/^[\x20-\x7e]*$/);
    expect(last.dependents).toEqual({ direct: 1, transitive: n });
    const shallow = report.crates.find((c) => c.name === 'c5')!;
    expect(shallow.path).toEqual(['app', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(shallow.depth).toBe(6);
    expect(report.queries[0]!.crates[0]!.path).toEqual(last.path);
    // A finding says who pulls a denied crate in with the same capped path.
    const denied = report.findings.find((f) => f.code === 'crate-license-denied' && f.message.startsWith('c9967 '))!;
    expect(denied.message).toMatch(/pulled in by app → c0 → c1 → \.\.\. → c9964 → c9965 → c9966 → c9967$/);
    // The denied graph is the union of the shortest paths: one chain, each edge once.
    expect(report.deniedGraph.length).toBeLessThanOrEqual(n);
    expect(new Set(report.deniedGraph.map(([a, b]) => `${a}>${b}`)).size).toBe(report.deniedGraph.length);
  });

  it('a flat lock of 20,000 crates: every crate one hop from the member', () => {
    const n = 20_000;
    const head = parseLockfileOrThrow(generatedLock('flat', n));
    const report = auditCrates({ head, licenses: generatedLicenses(n), policy: POLICY, failOn: [] });
    expect(report.totals.crates).toBe(n);
    expect(report.crates.every((c) => c.path!.length === 2 && c.depth === 1 && c.dependents.transitive === 1)).toBe(true);
    // Every 89th is GPL-3.0-only, unless it is one of the every-97th with no license known.
    expect(report.totals.denied).toBe(Array.from({ length: n }, (_, i) => i).filter((i) => i % 89 === 88 && i % 97 !== 96).length);
  });

  it('a layered DAG of 5,000 crates (joins everywhere, three column blocks): counts equal a search, paths shortest', () => {
    const n = 5_000;
    const head = parseLockfileOrThrow(generatedLock('dag', n));
    expect(head.findings).toEqual([]);
    const report = auditCrates({ head, licenses: generatedLicenses(n), policy: POLICY, failOn: [] });
    const g = buildGraph(head);
    // dependents by a plain search over the reverse edges, for every 50th crate
    const rev = new Map<string, string[]>();
    for (const p of head.packages) for (const d of p.dependencies) rev.set(d, [...(rev.get(d) ?? []), p.id]);
    const dependents = (id: string) => {
      const seen = new Set<string>();
      const stack = [...(rev.get(id) ?? [])];
      while (stack.length) {
        const x = stack.pop()!;
        if (seen.has(x)) continue;
        seen.add(x);
        stack.push(...(rev.get(x) ?? []));
      }
      return seen.size;
    };
    const rows = new Map(report.crates.map((c) => [c.id, c]));
    const sample = head.packages.filter((p, i) => p.name !== 'app' && i % 50 === 0);
    expect(sample.length).toBeGreaterThan(90);
    for (const p of sample) expect(rows.get(p.id)!.dependents.transitive, p.id).toBe(dependents(p.id));
    // most crates have several dependents, and the lowest layer is reached through several layers
    expect(report.crates.filter((c) => c.dependents.direct >= 2).length).toBeGreaterThan(n / 2);
    expect(Math.max(...report.crates.flatMap((c) => (c.depth === undefined ? [] : [c.depth])))).toBeGreaterThanOrEqual(5);
    expect(g.lock.packages).toHaveLength(n + 1);
  });

  it('cappedPath: head and tail around the omitted middle, whole when short', () => {
    const head = parseLockfileOrThrow(generatedLock('chain', 50));
    const paths = rootPaths(buildGraph(head));
    const at = (name: string) => head.packages.findIndex((p) => p.name === name);
    const names = (r: { path: number[] } | undefined) => r?.path.map((i) => head.packages[i]!.name);
    expect(names(paths.cappedPath(at('c3'), 3, 4))).toEqual(['app', 'c0', 'c1', 'c2', 'c3']);
    const deep = paths.cappedPath(at('c49'), 3, 4)!;
    expect(names(deep)).toEqual(['app', 'c0', 'c1', 'c46', 'c47', 'c48', 'c49']);
    expect(deep).toMatchObject({ omitted: 44, depth: 50 });
    expect(paths.cappedPath(at('c6'), 3, 4)).toMatchObject({ omitted: 1 });
    expect(names(paths.cappedPath(at('c49'), 20, 4))).toEqual(['app', ...Array.from({ length: 7 }, (_, i) => `c${i}`), 'c46', 'c47', 'c48', 'c49']);
  });

  it('10,000 forks of one crate (one name and version, each from its own git source) resolve each dependency to its fork, with or without the commit in the string', () => {
    // a search of the candidates for each dependency string was n²: 2.3 s at 10,000 forks, and without the commit
    // (old V1 strings name the source so) each search recomputed every candidate's identity: over 300 s
    const n = 10_000;
    const src = (i: number) => `git+https://github.com/o/r${i}?branch=x#${(((i + 7) * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(5)}`;
    for (const withCommit of [true, false]) {
      const text = forksLock(n, withCommit);
      const lock = parseLockfileOrThrow(text);
      const app = lock.packages.find((p) => p.name === 'app')!;
      expect(app.dependencies).toHaveLength(n);
      for (const i of [0, 1, 4_999, n - 1]) expect(app.dependencies[i]).toBe(`g 1.0.0 (${src(i)})`);
      expect(new Set(app.dependencies).size).toBe(n);
      expect(lock.findings).toEqual([]);
    }
  });
});
