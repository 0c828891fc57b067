/**
 * Differential test of the custom-target-spec validator against the real rustc 1.95: a fixed-seed sample of
 * one-change mutations of rustc's own built-in specs (test/rust/spec-mutations.ts), each judged by
 * validateTargetSpec and by rustc (`--print cfg`, then the `#![no_core]` codegen probe). The full run, with its
 * agreement figure, is `npx tsx bench/spec-differential.ts [count] [seed]`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { applyFixes, generateMutations, judge, loadBuiltins, summarize } from './spec-mutations.js';

const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;

describe('generated mutations', () => {
  it('are the same for the same seed, one change each, and cover the issue\'s keys', () => {
    const builtins = loadBuiltins();
    const a = generateMutations(builtins, 200, 16);
    expect(generateMutations(builtins, 200, 16)).toEqual(a);
    expect(generateMutations(builtins, 200, 17)).not.toEqual(a);
    expect(new Set(a.map((m) => m.name)).size).toBe(200);
    for (const key of ['cpu', 'code-model', 'llvm-abiname', 'llvm-target', 'stack-probes']) expect(a.some((m) => m.name.includes(`: ${key} = `)), key).toBe(true);
    expect(a.some((m) => m.name.endsWith(': bom') || m.name.endsWith(': missing-comma'))).toBe(true);
  });
});

describe.skipIf(!hasRustc)('our verdict against rustc 1.95 on generated mutations (skipped: rustc not on PATH)', () => {
  it('agrees on every mutation of a fixed-seed sample', async () => {
    // 60 mutations and the fixed ones: about 140 rustc runs, two at a time.
    const mutations = generateMutations(loadBuiltins(), 60, 1616);
    const verdicts = await judge(mutations, runCommand, snapshotCatalog(), 2);
    const s = summarize(verdicts);
    const disagreements = [...s.falseRejections, ...s.falseAcceptances].map((v) => `${v.name}: ours ${v.codes.join(',') || 'valid'}, rustc ${v.rustcSays || 'accepts'}`);
    expect(disagreements).toEqual([]);
    // Both verdicts occur, so agreement is not "everything invalid" or "everything valid".
    expect(s.rustcRejects).toBeGreaterThan(10);
    expect(s.total - s.rustcRejects).toBeGreaterThan(10);
    // Every fix text that says what to write, applied, gives a spec we and rustc accept.
    const catalog = snapshotCatalog();
    const { fixed } = applyFixes(mutations, verdicts, catalog);
    expect(fixed.length).toBeGreaterThan(5);
    const after = await judge(fixed, runCommand, catalog, 2);
    expect(after.filter((v) => !v.ours || !v.rustc).map((v) => `${v.name}: ours ${v.codes.join(',') || 'valid'}, rustc ${v.rustcSays || 'accepts'}`)).toEqual([]);
  }, 600_000);
});
