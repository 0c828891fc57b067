/**
 * rustc starts from the raw environment before the toolkit loads (actions/build-target-matrix/early.ts). What
 * that may never change: the request it guesses is the one the inputs give (else the call is wasted and made
 * again), it is adopted only when equal, a run that stops before adopting it leaves no rustc behind, the call is
 * made once, and rustc still sees none of the inputs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlyRequest, startEarly } from '../../actions/build-target-matrix/early.js';
import { planRequest, readInputs } from '../../actions/build-target-matrix/inputs.js';
import { sameStart } from '../../shared/rust/matrix-start.js';
import { loadActionMeta } from '../../shared/toolkit/action-meta.js';
import { Inputs } from '../../shared/toolkit/inputs.js';
import { ROOT, runAction } from '../harness/index.js';

const base = mkdtempSync(path.join(tmpdir(), 'rda-btm-early-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const meta = loadActionMeta('build-target-matrix', ROOT);
const hasRustc = spawnSync('rustc', ['-V']).status === 0;
const hasBundle = existsSync(path.join(ROOT, 'dist', 'build-target-matrix', 'index.js'));

/** The start request main.ts builds from the inputs (as the toolkit reads them) for this environment. */
function mainRequest(env: NodeJS.ProcessEnv, cwd: string) {
  const workspace = env.GITHUB_WORKSPACE ?? cwd;
  const runnerTemp = env.RUNNER_TEMP ?? `${env.TMPDIR ?? '/tmp'}/runner-temp`;
  const inputs = readInputs(new Inputs(meta, env), { workspace, root: ROOT });
  return planRequest(inputs, { workspace, env, rustc: env.RDA_RUSTC || 'rustc', tempDir: path.join(runnerTemp, 'build-target-matrix') });
}

/** A stand-in rustc: logs its pid, arguments and how many INPUT_ variables its parent was started with. */
function standIn(name: string, then: string): { program: string; log: string; started: string } {
  const log = path.join(base, `${name}.log`);
  const started = path.join(base, `${name}.started`);
  const program = path.join(base, `${name}.sh`);
  // Its pid in `started` first, with a builtin before anything else runs (an action that stops early may kill it
  // within milliseconds of the spawn); then one line in `log`: pid, how many INPUT_ variables its parent still
  // shows, its arguments.
  writeFileSync(program, `#!/bin/bash\necho "$$" >> '${started}'\necho "$$ $(tr '\\0' '\\n' < /proc/$PPID/environ | grep -c '^INPUT_') $*" >> '${log}'\n${then}\n`);
  chmodSync(program, 0o755);
  return { program, log, started };
}

/** Running (a zombie waiting for its parent to reap it counts as gone). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

describe('the early request is the one the inputs give', () => {
  const cases: Array<[string, NodeJS.ProcessEnv]> = [
    ['a runner job', { GITHUB_WORKSPACE: '/home/runner/work/x/x', RUNNER_TEMP: '/home/runner/work/_temp', INPUT_TARGETS: 'thumbv6m-none-eabi' }],
    ['a toolchain input, with the spaces a YAML block leaves', { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', INPUT_TOOLCHAIN: ' nightly-2026-04-01\n' }],
    ['no RUNNER_TEMP, TMPDIR set', { GITHUB_WORKSPACE: '/w', TMPDIR: '/scratch', INPUT_TOOLCHAIN: '1.95.0' }],
    ['no GITHUB_WORKSPACE (the current directory)', { RUNNER_TEMP: '/t' }],
    ['another rustc (the test knob)', { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', RDA_RUSTC: '/opt/rust/bin/rustc' }],
    ['an empty RDA_RUSTC', { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', RDA_RUSTC: '' }],
  ];
  for (const [name, env] of cases) {
    it(name, () => {
      const early = earlyRequest(env, '/cwd');
      expect(early).toBeDefined();
      expect(sameStart(early!, mainRequest(env, '/cwd'))).toBe(true);
    });
  }

  it('a toolchain input the inputs reject starts nothing early', () => {
    const env = { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', INPUT_TOOLCHAIN: 'stable --verbose' };
    expect(() => mainRequest(env, '/cwd')).toThrow(/toolchain/);
    expect(earlyRequest(env, '/cwd')).toBeUndefined();
  });
});

describe('adopting or dropping the early call', () => {
  it('a request that asks something else is not answered by it: the early rustc is killed', async () => {
    const { program, log } = standIn('mismatch', 'sleep 30');
    const env = { GITHUB_WORKSPACE: base, RUNNER_TEMP: path.join(base, 'temp-a'), RDA_RUSTC: program };
    const early = startEarly(env);
    for (let i = 0; i < 100 && !existsSync(log); i++) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(log, 'utf8').split(' ')[0]);
    expect(alive(pid)).toBe(true);
    const asked = { ...earlyRequest(env)!, toolchain: 'nightly' };
    expect(await early.adopt(asked)).toBeUndefined();
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid)).toBe(false);
  });

  it('`spawned` settles once rustc is running, so that main.ts loads its code after the spawn, not before it', async () => {
    const { program } = standIn('spawned', 'exec sleep 30');
    const env = { GITHUB_WORKSPACE: base, RUNNER_TEMP: path.join(base, 'temp-s'), RDA_RUSTC: program };
    // this process's children running the stand-in (uv_spawn returns once the child has exec'd it), or already the
    // `sleep` it execs into
    const runsStandIn = (d: string) => {
      const cmdline = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      return cmdline.includes(program) || cmdline === 'sleep\u000030\u0000';
    };
    const children = () =>
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .filter((d) => {
          try {
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid && runsStandIn(d);
          } catch {
            return false;
          }
        });
    expect(children()).toEqual([]);
    const early = startEarly(env);
    await early.spawned;
    const running = children();
    early.cancel();
    expect(running).toHaveLength(1);
    for (let i = 0; i < 100 && alive(Number(running[0])); i++) await new Promise((r) => setTimeout(r, 20));
    // a start that gave up settles at once, and never rejects
    await expect(startEarly({ INPUT_TOOLCHAIN: '--bad', GITHUB_WORKSPACE: base }).spawned).resolves.toBeUndefined();
  });

  it('the same request gets the started call, once', async () => {
    const { program } = standIn('same', 'echo /sysroot; echo "{}"');
    const env = { GITHUB_WORKSPACE: base, RUNNER_TEMP: path.join(base, 'temp-b'), RDA_RUSTC: program };
    const early = startEarly(env);
    const started = await early.adopt(earlyRequest(env)!);
    expect(started?.toolchain).toBe('stable');
    expect((await started!.facts).result.stdout).toContain('/sysroot');
    expect(await early.adopt(earlyRequest(env)!)).toBeUndefined();
  });
});

describe.skipIf(!hasBundle)('through the bundle', () => {
  it.skipIf(!hasRustc)('one catalog call per run, and rustc sees none of the inputs in its parent', async () => {
    const { program, log } = standIn('once', 'exec rustc "$@"');
    const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi\nx86_64-unknown-linux-gnu' }, { RDA_RUSTC: program });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.count).toBe('2');
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.filter((c) => c.includes('all-target-specs-json'))).toHaveLength(1);
    for (const c of calls) expect(c.split(' ')[1]).toBe('0');
  });

  const rustupHome = process.env.RUSTUP_HOME || path.join(process.env.HOME ?? '/nonexistent', '.rustup');
  const realProxy = spawnSync('sh', ['-c', 'command -v rustc'], { encoding: 'utf8' }).stdout.trim();
  it.skipIf(!hasRustc || !existsSync(path.join(rustupHome, 'toolchains')))("with rustup: the facts call runs the toolchain's rustc, not the proxy", async () => {
    // A rustup install as rustup-init lays it out (rustc a link to rustup), whose proxy logs each call.
    const bin = path.join(base, 'proxy-bin');
    const log = path.join(base, 'proxy.log');
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(path.join(bin, 'rustup'), `#!/bin/sh\necho "$(basename "$0") $*" >> '${log}'\nexec '${realProxy}' "$@"\n`);
    chmodSync(path.join(bin, 'rustup'), 0o755);
    spawnSync('ln', ['-s', 'rustup', path.join(bin, 'rustc')]);
    const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi\nx86_64-unknown-linux-gnu', toolchain: 'stable' }, { PATH: `${bin}:${process.env.PATH}`, RUSTUP_HOME: rustupHome }, { keep: true });
    const facts = JSON.parse(readFileSync(r.outputs.facts!, 'utf8')) as { source: string; rustc: { line: string } };
    rmSync(r.tempDir, { recursive: true, force: true });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.count).toBe('2');
    expect(facts.source).toBe('rustc');
    expect(facts.rustc.line).toBe(spawnSync('rustc', ['-V'], { encoding: 'utf8', env: { ...process.env, RUSTUP_TOOLCHAIN: 'stable' } }).stdout.trim());
    const calls = existsSync(log) ? readFileSync(log, 'utf8') : '';
    expect(calls).not.toContain('all-target-specs-json');
  });

  it('a run that rejects its inputs leaves no rustc running', async () => {
    // The action may kill the early rustc before the stand-in has even logged itself (a loaded machine): the
    // run is repeated until one shows the early start ran it, and that one must be gone with the action.
    let pid: number | undefined;
    for (let attempt = 0; attempt < 10 && pid === undefined; attempt++) {
      const { program, started } = standIn(`rejected-${attempt}`, 'sleep 30');
      const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi', 'max-jobs': 'lots' }, { RDA_RUSTC: program });
      expect(r.exitCode).toBe(1);
      expect(r.annotations.map((a) => a.title)).toContain('Input error: max-jobs');
      if (existsSync(started)) pid = Number(readFileSync(started, 'utf8').trim().split('\n')[0]);
    }
    expect(pid, 'the early start never ran the stand-in rustc').toBeDefined();
    for (let i = 0; i < 100 && alive(pid!); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid!)).toBe(false);
  });
});
