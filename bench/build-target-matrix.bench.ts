/**
 * Facts + matrix for every built-in target against the floor of the one rustc call that lists them
 * (`--print all-target-specs-json`). Goal ≤ 1.5×: the one combined rustc call (sysroot, specs, schema), the
 * channel manifest scan, and planning 300+ targets must cost little beyond rustc itself. And the whole action
 * as the runner starts it (node + the bundle, every built-in target as input, configs and facts.json written,
 * outputs and summary): goal ≤ 3× the same rustc call.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'build-target-matrix', 'index.js');
let tmp = '';
let processEnv: NodeJS.ProcessEnv = {};

/** A runner's environment for the bundle, with every built-in target as the `targets` input. */
function wholeProcessSetup(): void {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-btm-'));
  const specs = execFileSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const targets = Object.keys(JSON.parse(specs) as Record<string, unknown>);
  processEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: tmp, GITHUB_WORKSPACE: tmp, INPUT_TARGETS: targets.join('\n'), 'INPUT_MAX-JOBS': '64 batch', 'INPUT_FAIL-ON': 'never' };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    processEnv[f] = path.join(tmp, f.toLowerCase());
    writeFileSync(processEnv[f]!, '');
  }
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
      ...(existsSync(bundle)
        ? [
            {
              name: 'build-target-matrix: whole process (node + bundle), all built-in targets',
              reference: 'one rustc --print all-target-specs-json process (floor)',
              goal: 3,
              runs: 7,
              setup: wholeProcessSetup,
              teardown: () => rmSync(tmp, { recursive: true, force: true }),
              ours: () => {
                for (const f of ['github_output', 'github_step_summary']) writeFileSync(path.join(tmp, f), '');
                execFileSync(process.execPath, [bundle], { env: processEnv, stdio: 'ignore' });
              },
              ref: () => execFileSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, stdio: 'ignore' }),
            } satisfies BenchCase,
          ]
        : []),
    ]
  : [];
