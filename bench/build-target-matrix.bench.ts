/**
 * Facts + matrix for every built-in target against the floor of the one rustc call that lists them
 * (`--print all-target-specs-json`). Goal ≤ 1.5×: the one combined rustc call (sysroot, specs, schema), the
 * channel manifest scan, and planning 300+ targets must cost little beyond rustc itself. And the whole action
 * as the runner starts it (node + the bundle, every built-in target as input, configs and facts.json written,
 * outputs and summary): goal ≤ 3× the same rustc call.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
let run = 0;

/**
 * Where a runner job's directories are. A runner's RUNNER_TEMP (`_work/_temp`) is on a fresh VM's disk, where
 * creating a file costs ~20-40 µs. This machine's ext4 (no journal) makes its inode allocator skip, one by one,
 * every inode freed in the last minute (five, while their inode table block is unwritten) in the block group it
 * searches: right after a removal nearby (`npm test`'s temp trees, the previous bench process's runner
 * directories, a checkout's scratch) the same 320 configs cost 80-130 ms instead of 7-15, which says nothing
 * about the action and was a third of its whole-process time. So the parent is chosen per bench process: each
 * candidate (a tmpfs, `/dev/shm`, where there is one; `bench/.runner/` beside the checkout; the system temp
 * directory) is probed by creating 320 files of a config's size there, and the cheapest is used; the probes are
 * reported with the case. RDA_BENCH_RUNNER_DIR names the parent instead (no probe).
 */
const runnerCandidates = (): string[] =>
  process.env.RDA_BENCH_RUNNER_DIR
    ? [process.env.RDA_BENCH_RUNNER_DIR]
    : [...(process.platform === 'linux' && existsSync('/dev/shm') ? [path.join('/dev/shm', 'rda-bench-runner')] : []), path.join(path.dirname(fileURLToPath(import.meta.url)), '.runner'), path.join(os.tmpdir(), 'rda-bench-runner')];
let runnerParent = '';
const probes: Record<string, number> = {};

/** Milliseconds to create `n` files of a cargo config's size in a fresh directory under `parent` (the median of
 * three); undefined when it cannot be written. The files stay until the process ends (see leftBehind). */
function probeCreate(parent: string, n = 320): number | undefined {
  try {
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(path.join(parent, 'probe-'));
    leftBehind.push(dir);
    const text = '# a cargo config\n'.padEnd(400, '#');
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const sub = path.join(dir, String(r));
      mkdirSync(sub);
      const t0 = performance.now();
      for (let i = 0; i < n; i++) writeFileSync(path.join(sub, `c${i}.toml`), text, { flag: 'wx' });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1];
  } catch {
    return undefined;
  }
}

function chooseRunnerParent(): string {
  if (runnerParent) return runnerParent;
  let best = Infinity;
  for (const c of runnerCandidates()) {
    const ms = probeCreate(c);
    if (ms === undefined) continue;
    probes[c] = Math.round(ms * 10) / 10;
    if (ms < best) [best, runnerParent] = [ms, c];
  }
  if (!runnerParent) throw new Error(`no runner directory could be written (${runnerCandidates().join(', ')})`);
  return runnerParent;
}

/** What the probes found, for a case's extra columns. */
const runnerExtra = (): Record<string, string | number> => ({
  'RUNNER_TEMP in': runnerParent,
  ...Object.fromEntries(Object.entries(probes).map(([d, ms]) => [`320 files in ${d} ms`, ms])),
});

/**
 * The least a node process can do with the same rustc call: spawn the toolchain's own rustc (as the action
 * does), read its answer and parse the specs, nothing else. ours / this is what the action itself adds, with
 * node's start and the rustc call on both sides (on a 2-core VM the two are most of the whole-process ratio).
 */
const MINIMAL = `import { spawn } from 'node:child_process';
const c = spawn(process.env.RDA_BENCH_RUSTC, ['-Z', 'unstable-options', '--print', 'sysroot', '--print', 'all-target-specs-json', '--print', 'target-spec-json-schema'], { env: { PATH: process.env.PATH, RUSTC_BOOTSTRAP: '1' }, cwd: process.env.RUNNER_TEMP, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => (out += d));
c.stderr.resume();
c.on('close', (code) => {
  const start = out.indexOf('\\n');
  const specs = JSON.parse(out.slice(start + 1, out.indexOf('\\n}\\n', start) + 2));
  if (code !== 0 || Object.keys(specs).length < 100) process.exit(1);
});
`;
let minimalScript = '';

/**
 * The runner directories of a case are removed when this file's bench process ends, not in the case's teardown: on this
 * machine's ext4 (no journal) the inode allocator skips, one by one, inodes freed in the last minute (six while
 * their inode table block is unwritten), so the next case's 320 configs, created seconds after 2,000 files were
 * removed beside them, cost up to twice as much (a second `npm run bench` started right after a first still
 * meets the first one's removal).
 */
const leftBehind: string[] = [];
process.once('exit', () => {
  for (const d of leftBehind) rmSync(d, { recursive: true, force: true });
});
const removeAtExit = () => {
  if (tmp) leftBehind.push(tmp);
};

/** A runner's environment for the bundle, with every built-in target as the `targets` input. */
function wholeProcessSetup(): void {
  const parent = chooseRunnerParent();
  tmp = mkdtempSync(path.join(parent, 'btm-'));
  minimalScript = path.join(tmp, 'minimal.mjs');
  writeFileSync(minimalScript, MINIMAL);
  const specs = execFileSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const targets = Object.keys(JSON.parse(specs) as Record<string, unknown>);
  processEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: tmp, INPUT_TARGETS: targets.join('\n'), 'INPUT_MAX-JOBS': '64 batch', 'INPUT_FAIL-ON': 'never' };
  // the toolchain's own rustc, as the action runs it (shared/rust/rustup-direct.ts)
  const sysroot = execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim();
  processEnv.RDA_BENCH_RUSTC = path.join(sysroot, 'bin', 'rustc');
}

/**
 * Each run gets an empty RUNNER_TEMP and fresh command files, as every job on a runner does: writing 320
 * configs over the previous run's costs this machine's ext4 (mounted with `discard`) twice as much again, a
 * cost no runner job pays.
 */
function freshRunnerTemp(): NodeJS.ProcessEnv {
  const temp = path.join(tmp, `run-${run++}`);
  mkdirSync(temp);
  const env: NodeJS.ProcessEnv = { ...processEnv, RUNNER_TEMP: temp };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[f] = path.join(temp, f.toLowerCase());
    writeFileSync(env[f]!, '');
  }
  return env;
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
              teardown: removeAtExit,
              extra: runnerExtra,
              ours: () => {
                execFileSync(process.execPath, [bundle], { env: freshRunnerTemp(), stdio: 'ignore' });
              },
              ref: () => execFileSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, stdio: 'ignore' }),
            } satisfies BenchCase,
            {
              name: 'build-target-matrix: whole process, against the least a node process does with that rustc call',
              reference: 'node spawning the same rustc, parsing its specs (no goal: what the action adds)',
              runs: 7,
              setup: wholeProcessSetup,
              teardown: removeAtExit,
              extra: runnerExtra,
              ours: () => {
                execFileSync(process.execPath, [bundle], { env: freshRunnerTemp(), stdio: 'ignore' });
              },
              ref: () => {
                execFileSync(process.execPath, [minimalScript], { env: freshRunnerTemp(), stdio: 'ignore' });
              },
            } satisfies BenchCase,
          ]
        : []),
    ]
  : [];
