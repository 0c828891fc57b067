/**
 * Facts + matrix for every built-in target against the floor of the one rustc call that lists them
 * (`--print all-target-specs-json`). Goal ≤ 1.5×: the one combined rustc call (sysroot, specs, schema), the
 * channel manifest scan, and planning 300+ targets must cost little beyond rustc itself.
 */
import { promises as fs } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildMatrix, planTarget } from '../shared/rust/matrix.js';
import { loadTargetCatalog } from '../shared/rust/targets.js';
import { runCommand } from '../shared/toolkit/exec.js';
import type { BenchCase } from './harness.js';

const hasRustc = spawnSync('rustc', ['-V']).status === 0;
let entriesPlanned = 0;
let matrixBytes = 0;

async function factsAndMatrix(): Promise<void> {
  const catalog = await loadTargetCatalog(runCommand, {
    readText: (p) => fs.readFile(p, 'utf8').catch(() => undefined),
    listDir: (p) => fs.readdir(p).catch(() => undefined),
  });
  const opts = { catalog, toolchain: 'stable', allowBootstrap: false, runner: 'auto' as const, commands: ['build'], configDir: '/tmp/cargo-configs', warnEnvironment: false };
  const entries = [...catalog.targets.values()].map((facts) => planTarget({ request: { target: facts.target, kind: 'triple', origin: 'input', options: {} }, facts, custom: false }, opts).entry);
  const m = buildMatrix(entries, { maxJobs: 256, batch: true });
  entriesPlanned = entries.length;
  matrixBytes = m.json.length;
}

export const cases: BenchCase[] = hasRustc
  ? [
      {
        name: 'build-target-matrix: facts + matrix, all built-in targets',
        reference: 'one rustc --print all-target-specs-json (floor)',
        goal: 1.5,
        runs: 7,
        ours: factsAndMatrix,
        ref: () => runCommand('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { RUSTC_BOOTSTRAP: '1' } }),
        extra: () => ({ targets: entriesPlanned, 'matrix bytes': matrixBytes }),
      },
    ]
  : [];
