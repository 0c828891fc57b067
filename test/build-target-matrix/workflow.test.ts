/**
 * The shell of .github/workflows/cross-targets.yml run for real: the Build step on a matrix entry planned by
 * shared/rust (host target, a tiny crate, the generated config) and the summary step on its timings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCargoConfig } from '../../shared/rust/cargo-config.js';
import { planTarget, type MatrixEntry } from '../../shared/rust/matrix.js';
import { NO_CORE_PROBE } from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';
import { ROOT } from '../harness/index.js';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const hasCargo = has('cargo', ['+stable', '-V']);
const hasJq = has('jq', ['--version']);

type Step = { name?: string; run?: string };
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/cross-targets.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const script = (job: string, name: string) => workflow.jobs[job]!.steps.find((s) => s.name === name)!.run!;

describe.skipIf(!hasCargo || !hasJq)('cross-targets workflow scripts (skipped: needs cargo with rustup and jq)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rda-xt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const temp = path.join(dir, 'runner-temp');
  const crate = path.join(dir, 'crate');
  mkdirSync(path.join(crate, 'src'), { recursive: true });
  writeFileSync(path.join(crate, 'Cargo.toml'), '[package]\nname = "xt"\nversion = "0.1.0"\nedition = "2021"\n');
  writeFileSync(path.join(crate, 'src/lib.rs'), 'pub fn f() -> u32 { 1 }\n#[test]\nfn t() { assert_eq!(f(), 1); }\n');

  const catalog = snapshotCatalog();
  const plan = (target: string, commands: string[]) => {
    const p = planTarget(
      { request: { target, kind: 'triple', origin: 'input', options: { commands } }, facts: catalog.targets.get(target)!, custom: false },
      { catalog, toolchain: 'stable', allowBootstrap: false, runner: 'auto', commands, configDir: '/elsewhere/cargo-configs', warnEnvironment: false },
    );
    mkdirSync(path.join(temp, 'cargo-configs'), { recursive: true });
    // The job finds the config by file name under its own RUNNER_TEMP, not at the plan job's path.
    writeFileSync(path.join(temp, 'cargo-configs', path.basename(p.entry.config)), p.config.text);
    return p.entry;
  };
  const runBuild = (matrix: unknown, env: Record<string, string> = {}) =>
    spawnSync('bash', ['-c', script('build', 'Build')], {
      encoding: 'utf8',
      env: { ...process.env, RUSTFLAGS: '', ...env, MATRIX_JSON: JSON.stringify(matrix), RUNNER_TEMP: temp, WORKDIR: crate },
      timeout: 240_000,
    });

  it('builds and tests the host target with the generated config and records the time', () => {
    const host = catalog.rustc.host ?? 'x86_64-unknown-linux-gnu';
    const entry: MatrixEntry = plan(host, ['build', 'test']);
    const r = runBuild(entry);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const timing = JSON.parse(readFileSync(path.join(temp, 'timings', `${host}.json`), 'utf8'));
    expect(timing).toMatchObject({ target: host, result: 'ok', toolchain: 'stable' });
    expect(timing.seconds).toBeGreaterThan(0);
    expect(r.stdout).toContain(`::group::${host}: cargo test`);
  });

  it('clears the SDK variables an entry lists, skips tests without a runner, and fails on a failed build', () => {
    const host = catalog.rustc.host ?? 'x86_64-unknown-linux-gnu';
    const entry = { ...plan(host, ['build']), 'clear-env': ['RUSTFLAGS'] };
    // A bogus RUSTFLAGS would break the build unless the step unsets it.
    expect(runBuild(entry, { RUSTFLAGS: '--bogus-flag' }).status).toBe(0);
    expect(runBuild({ ...entry, 'clear-env': [] }, { RUSTFLAGS: '--bogus-flag' }).status).toBe(1);
    const noRunner = { ...plan(host, ['test']), 'can-test': false };
    const skipped = runBuild({ batch: [noRunner] });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain("skipping 'test': no runner for this target");
  });

  it('a custom spec path (relative to the repository root) still resolves when working-directory is a subfolder', () => {
    const ws = path.join(dir, 'ws');
    const sub = path.join(ws, 'kernel');
    mkdirSync(path.join(sub, 'src'), { recursive: true });
    mkdirSync(path.join(ws, 'specs'), { recursive: true });
    writeFileSync(path.join(ws, 'specs/x86_64-myos.json'), readFileSync(path.join(ROOT, 'fixtures/rust/specs/x86_64-myos.json')));
    writeFileSync(path.join(sub, 'Cargo.toml'), '[package]\nname = "kernel"\nversion = "0.1.0"\nedition = "2021"\n');
    // no_core: builds for the custom target without rust-src (build-std needs it, this machine has none).
    writeFileSync(path.join(sub, 'src/lib.rs'), NO_CORE_PROBE.replace('#![crate_type = "lib"]\n', ''));
    mkdirSync(path.join(temp, 'cargo-configs'), { recursive: true });
    writeFileSync(path.join(temp, 'cargo-configs', 'x86_64-myos.toml'), generateCargoConfig({ target: 'x86_64-myos', custom: true }).text);
    const base = plan(catalog.rustc.host ?? 'x86_64-unknown-linux-gnu', ['build']);
    const entry = { ...base, target: 'x86_64-myos', 'target-arg': 'specs/x86_64-myos.json', 'cargo-args': ['--target', 'specs/x86_64-myos.json'], config: '/elsewhere/x86_64-myos.toml', bootstrap: true, custom: true };
    const r = spawnSync('bash', ['-c', script('build', 'Build')], {
      encoding: 'utf8',
      env: { ...process.env, RUSTFLAGS: '', MATRIX_JSON: JSON.stringify(entry), RUNNER_TEMP: temp, WORKDIR: 'kernel', GITHUB_WORKSPACE: ws, CARGO_TARGET_DIR: path.join(dir, 'target-myos') },
      cwd: ws,
      timeout: 240_000,
    });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(JSON.parse(readFileSync(path.join(temp, 'timings', 'x86_64-myos.json'), 'utf8'))).toMatchObject({ target: 'x86_64-myos', result: 'ok' });
  });

  it('the install step installs apt packages, toolchains, components and rustup targets for every entry (fake tools)', () => {
    const bin = path.join(dir, 'fake-bin');
    const log = path.join(dir, 'calls.log');
    mkdirSync(bin, { recursive: true });
    writeFileSync(log, '');
    for (const tool of ['rustup', 'apt-get']) {
      writeFileSync(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`, { mode: 0o755 });
    }
    writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\nexec "$@"\n', { mode: 0o755 });
    const host = catalog.rustc.host ?? 'x86_64-unknown-linux-gnu';
    const armv7 = plan('armv7-unknown-linux-musleabihf', ['build']);
    const mips = plan('mips-unknown-linux-gnu', ['build']);
    const run = (matrix: unknown) =>
      spawnSync('bash', ['-c', script('build', 'Install apt packages, toolchains, components and targets')], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, MATRIX_JSON: JSON.stringify(matrix) },
      });
    const r = run({ name: 'batch', batch: [armv7, mips], 'cache-key': 'k' });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toEqual([
      'apt-get update -qq',
      `apt-get install -y --no-install-recommends ${[...new Set([...armv7['apt-packages'].split(' '), ...mips['apt-packages'].split(' ')])].sort().join(' ')}`,
      'rustup toolchain install stable --profile minimal --no-self-update',
      'rustup target add --toolchain stable armv7-unknown-linux-musleabihf',
      'rustup toolchain install nightly --profile minimal --no-self-update',
      'rustup component add --toolchain nightly rust-src',
    ]);
    // A package name that is not one is refused before anything runs.
    writeFileSync(log, '');
    const evil = run({ ...plan(host, ['build']), 'apt-packages': 'gcc;touch${IFS}/tmp/pwned' });
    expect(evil.status).toBe(1);
    expect(evil.stdout).toContain('refusing apt package name');
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('the summary step writes one row per target with the ratio to the native build', () => {
    const timings = path.join(temp, 'timings');
    rmSync(timings, { recursive: true, force: true });
    mkdirSync(timings, { recursive: true });
    writeFileSync(path.join(timings, 'native.json'), JSON.stringify({ target: 'native', result: 'ok', seconds: 10 }));
    writeFileSync(path.join(timings, 'thumbv6m-none-eabi.json'), JSON.stringify({ target: 'thumbv6m-none-eabi', result: 'ok', seconds: 12.34, toolchain: 'stable' }));
    writeFileSync(path.join(timings, 'x86_64-myos.json'), JSON.stringify({ target: 'x86_64-myos', result: 'failed', seconds: 25, toolchain: 'nightly' }));
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = spawnSync('bash', ['-c', script('summary', 'Cross vs native build time')], { encoding: 'utf8', env: { ...process.env, RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: summary, COUNT: '2' } });
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('| thumbv6m-none-eabi | stable | ok | 12.3 | 1.2x | yes |');
    expect(md).toContain('| x86_64-myos | nightly | failed | 25 | 2.5x | no |');
    expect(md).toContain('Native build: 10 s.');
    expect(readdirSync(timings)).toHaveLength(3);
  });
});
