import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../harness/index.js';

const bundle = path.join(ROOT, 'dist', 'build-target-matrix', 'index.js');
const hasBundle = existsSync(bundle);
const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;
const rustupToolchains = spawnSync('rustup', ['toolchain', 'list'], { encoding: 'utf8' });
// A channel surely not installed here, for the default-rustc fallback.
const hasRustupWithout160 = rustupToolchains.status === 0 && !rustupToolchains.stdout.includes('1.60.0');
// Keep the parent's flags out: the action reads the job environment.
const CLEAN_ENV = { RUSTFLAGS: undefined, CARGO_ENCODED_RUSTFLAGS: undefined, CARGO_BUILD_RUSTFLAGS: undefined };

type Entry = Record<string, any>;
const include = (matrix: string): Entry[] => (JSON.parse(matrix) as { include: Entry[] }).include;

describe.skipIf(!hasBundle)('build-target-matrix bundle (skipped: run `npm run build -- build-target-matrix`)', () => {
  const dirs: string[] = [];
  const workspace = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rda-btm-ws-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  describe('embedded default (no inputs)', () => {
    let r: Awaited<ReturnType<typeof runAction>>;
    beforeAll(async () => {
      r = await runAction('build-target-matrix', {}, CLEAN_ENV, { workspace: ROOT, keep: true });
      dirs.push(r.tempDir);
    });

    it('plans the three RegicideOS targets and the SDK target, skipping the invalid old-style spec', () => {
      expect(r.exitCode).toBe(0);
      const entries = include(r.outputs.matrix!);
      expect(entries.map((e) => e.target)).toEqual(['thumbv6m-none-eabi', 'riscv32imc-unknown-none-elf', 'armv7-unknown-linux-musleabihf', 'aarch64-poky-linux']);
      expect(r.outputs['has-entries']).toBe('true');
      expect(r.outputs.count).toBe('4');
      expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(10);
      const armv7 = entries[2]!;
      expect(armv7).toMatchObject({ runner: 'qemu-user', 'runner-command': ['qemu-arm'], linker: 'arm-linux-gnueabihf-gcc', 'can-test': true, 'rustup-target': 'armv7-unknown-linux-musleabihf' });
      const sdk = entries[3]!;
      expect(sdk).toMatchObject({
        'target-arg': 'fixtures/build-target-matrix/sdk-target-path/aarch64-poky-linux.json',
        toolchain: 'nightly',
        'build-std': '',
        'clear-env': ['RUSTFLAGS', 'CARGO_TARGET_AARCH64_POKY_LINUX_RUSTFLAGS'],
      });
    });

    it('writes a parseable cargo config per entry and facts.json', () => {
      for (const e of include(r.outputs.matrix!)) {
        expect(existsSync(e.config), e.config).toBe(true);
        const toml = parseToml(readFileSync(e.config, 'utf8')) as Record<string, any>;
        if (e.target === 'aarch64-poky-linux') {
          expect(toml.unstable).toEqual({ 'json-target-spec': true });
          expect(toml.target['aarch64-poky-linux'].rustflags[0]).toBe('--sysroot=/opt/poky/5.0/sysroots/cortexa57-poky-linux');
        }
      }
      const facts = JSON.parse(readFileSync(r.outputs.facts!, 'utf8'));
      expect(facts.rustc.release).toMatch(/^\d+\.\d+/);
      const old = facts.targets.find((t: Entry) => t.name === 'x86_64-regicide-old');
      expect(old).toMatchObject({ custom: true, skipped: 'invalid spec', entry: null });
      expect(old.findings.length).toBeGreaterThanOrEqual(10);
    });

    it('annotates every finding of the old-style spec at its line, and shows them in the summary', () => {
      const spec = 'fixtures/build-target-matrix/specs/x86_64-regicide-old.json';
      const lines = r.annotations.filter((a) => a.file === spec && a.level === 'error').map((a) => [a.title, a.line]);
      expect(lines).toEqual(
        expect.arrayContaining([
          ['json-comment', 2],
          ['spec-string-width', 7],
          ['spec-string-width', 8],
          ['spec-soft-float-abi', 15],
          ['spec-renamed-field', 16],
          ['spec-stack-probes-bool', 17],
          ['spec-removed-field', 18],
          ['spec-renamed-field', 19],
          ['spec-removed-field', 20],
          ['spec-string-number', 21],
          ['json-trailing-comma', 22],
        ]),
      );
      expect(r.summary).toContain('| thumbv6m-none-eabi | 2 | no | yes | none / arm | 32 (no CAS) | abort | stable |');
      expect(r.summary).toContain('{"kind": "inline"}');
      expect(r.summary).toContain('json-target-spec = true');
    });

    it('the summary reads quickly: line column for spec findings, rustc\'s one error said once, empty configs listed by name', () => {
      expect(r.summary).toContain('| ❌ | 2 | Comments are not JSON');
      expect(r.summary).not.toContain('rustc (rustc)');
      expect(r.summary).toMatch(/rustc \(--print cfg\) rejected the spec: [^\n]+ — rustc reports only its first error; the table lists all of them\./);
      expect(r.summary).toContain('Nothing to set (prebuilt std, default linker, no runner): `thumbv6m-none-eabi`, `riscv32imc-unknown-none-elf`.');
      expect(r.summary).toContain('Tests are skipped for `thumbv6m-none-eabi`, `riscv32imc-unknown-none-elf` (bare metal, no runner): set `runner: qemu-system`');
      expect(r.summary).not.toMatch(/```toml\n# Generated by build-target-matrix for thumbv6m-none-eabi[^\n]*\n\n```/);
      // The simulated SDK's RUSTFLAGS (its --sysroot) reaches the three plain targets, whose configs set no
      // rustflags: a notice names them; nothing of theirs is replaced, so no warning.
      const rf = r.annotations.filter((a) => a.title === 'rustflags-in-environment');
      expect(rf.map((a) => a.level)).toEqual(['notice']);
      expect(rf[0]!.message).toContain('cargo applies it to thumbv6m-none-eabi, riscv32imc-unknown-none-elf, armv7-unknown-linux-musleabihf too');
    });
  });

  it('reads a workspace: toolchain from rust-toolchain.toml, targets from an ebuild and YAML objects, fails on an unknown triple', async () => {
    const ws = workspace({
      'rust-toolchain.toml': '[toolchain]\nchannel = "1.95.0"\ntargets = ["aarch64-unknown-linux-gnu"]\n',
      'pkg/firmware-1.0.ebuild': 'EAPI=8\nRUST_TARGETS=(\n\tthumbv6m-none-eabi\n\tthumbv6m-nonee-eabi\n)\n',
    });
    const r = await runAction(
      'build-target-matrix',
      {
        targets: '- target: aarch64-unknown-linux-gnu\n  commands: [build, test]\n  features: [std]\n',
        'targets-from': 'rust-toolchain.toml\npkg/firmware-1.0.ebuild',
        runner: 'qemu-user',
      },
      CLEAN_ENV,
      { workspace: ws },
    );
    expect(r.exitCode).toBe(1);
    const entries = include(r.outputs.matrix!);
    expect(entries.map((e) => [e.target, e.toolchain, e.commands])).toEqual([
      ['aarch64-unknown-linux-gnu', '1.95.0', ['build', 'test']],
      ['thumbv6m-none-eabi', '1.95.0', ['build']],
    ]);
    expect(entries[0]!['cargo-args']).toEqual(['--target', 'aarch64-unknown-linux-gnu', '--features', 'std']);
    const unknown = r.annotations.find((a) => a.title === 'target-unknown');
    expect(unknown).toMatchObject({ level: 'error', file: 'pkg/firmware-1.0.ebuild', line: 4 });
    expect(unknown!.message).toContain('Did you mean thumbv6m-none-eabi?');
    expect(r.outputs.errors).toBe('1');
  });

  it('max-jobs: fails clearly above it, batches when asked', async () => {
    const targets = 'thumbv6m-none-eabi\nthumbv7m-none-eabi\nthumbv7em-none-eabi';
    const fail = await runAction('build-target-matrix', { targets, 'max-jobs': '2' }, CLEAN_ENV);
    expect(fail.exitCode).toBe(1);
    expect(fail.outputs['has-entries']).toBe('false');
    expect(fail.outputs.matrix).toBe('{"include":[]}');
    expect(fail.annotations.find((a) => a.title === 'too-many-jobs')?.message).toContain('3 targets exceed max-jobs 2');
    const batch = await runAction('build-target-matrix', { targets, 'max-jobs': '2 batch' }, CLEAN_ENV);
    expect(batch.exitCode).toBe(0);
    const jobs = include(batch.outputs.matrix!);
    expect(jobs).toHaveLength(2);
    expect(jobs.flatMap((j) => j.batch.map((e: Entry) => e.target))).toEqual(['thumbv6m-none-eabi', 'thumbv7m-none-eabi', 'thumbv7em-none-eabi']);
    expect(batch.outputs.count).toBe('3');
  });

  it('no rustc: facts from the embedded snapshot, specs checked against its schema', async () => {
    const ws = workspace({ 'specs/x86_64-myos.json': readFileSync(path.join(ROOT, 'fixtures/rust/specs/x86_64-myos.json'), 'utf8') });
    const r = await runAction('build-target-matrix', { targets: 'specs/x86_64-myos.json\nriscv32imc-unknown-none-elf', 'allow-bootstrap': 'true' }, { ...CLEAN_ENV, RDA_RUSTC: '/nonexistent/rustc' }, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.find((a) => a.title === 'rustc-unavailable')?.level).toBe('notice');
    const [custom, riscv] = include(r.outputs.matrix!);
    expect(custom).toMatchObject({ target: 'x86_64-myos', 'target-arg': 'specs/x86_64-myos.json', toolchain: 'stable', bootstrap: true, 'build-std': 'core,alloc,compiler_builtins', components: ['rust-src'] });
    expect(riscv).toMatchObject({ tier: 2, 'rustup-target': 'riscv32imc-unknown-none-elf' });
    expect(r.summary).toContain('validated with **schema**');
  });

  it('no targets anywhere but a file: has-entries false and an empty include', async () => {
    const ws = workspace({ 'rust-toolchain.toml': '[toolchain]\nchannel = "stable"\n' });
    const r = await runAction('build-target-matrix', { 'targets-from': 'rust-toolchain.toml', 'fail-on': 'never' }, CLEAN_ENV, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect([r.outputs.matrix, r.outputs['has-entries'], r.outputs.count]).toEqual(['{"include":[]}', 'false', '0']);
  });

  it('RUSTFLAGS in the job environment is a warning where a config sets rustflags; fail-on: warning fails on it', async () => {
    const targets = '- target: thumbv6m-none-eabi\n  rustflags: [-C, link-arg=-Tlink.x]\n';
    const r = await runAction('build-target-matrix', { targets, 'fail-on': 'warning' }, { ...CLEAN_ENV, RUSTFLAGS: '-D warnings' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.title === 'rustflags-in-environment')?.level).toBe('warning');
    // The common `RUSTFLAGS: -D warnings` beside configs that set no rustflags loses nothing: a notice, no failure.
    const plain = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi', 'fail-on': 'warning' }, { ...CLEAN_ENV, RUSTFLAGS: '-D warnings' });
    expect(plain.exitCode).toBe(0);
    expect(plain.annotations.filter((a) => a.title === 'rustflags-in-environment').map((a) => a.level)).toEqual(['notice']);
  });

  it('input errors name the input and the expected form', async () => {
    const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi', 'max-jobs': 'many' }, CLEAN_ENV);
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toContain("input 'max-jobs': expected a positive integer, optionally followed by 'batch'");
    const esc = await runAction('build-target-matrix', { 'targets-from': '../etc/passwd' }, CLEAN_ENV);
    expect(esc.annotations[0]!.message).toContain("input 'targets-from'");
  });

  it('a spec or targets-from file committed as a link out of the workspace is an error and its text is never shown', async () => {
    const secretDir = mkdtempSync(path.join(tmpdir(), 'rda-btm-secret-'));
    dirs.push(secretDir);
    // Read as a cargo config, this would put the 'target' into an unknown-target annotation.
    writeFileSync(path.join(secretDir, 'secret'), '[build]\ntarget = "hunter2-very-secret"\n');
    const ws = workspace({ 'specs/.keep': '', 'proj/.cargo/.keep': '' });
    symlinkSync(path.join(secretDir, 'secret'), path.join(ws, 'specs/x86_64-evil.json'));
    symlinkSync(path.join(secretDir, 'secret'), path.join(ws, 'proj/.cargo/config.toml'));
    const r = await runAction('build-target-matrix', { targets: 'specs/x86_64-evil.json\nthumbv6m-none-eabi', 'targets-from': 'proj/.cargo/config.toml' }, CLEAN_ENV, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error' && a.title).map((a) => [a.title, a.file, a.line]).sort()).toEqual([
      ['target-path-outside', 'targets', 1],
      ['targets-from-outside', 'proj/.cargo/config.toml', undefined],
    ]);
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain('hunter2');
    // The rest still plans, and the outputs agree with each other.
    expect(include(r.outputs.matrix!).map((e) => e.target)).toEqual(['thumbv6m-none-eabi']);
    expect([r.outputs['has-entries'], r.outputs.count, r.outputs.errors]).toEqual(['true', '1', '2']);
  });

  it.each([
    // [case, inputs, extra env, expected exit, [title, file, line] of the error or warning, or null for an input error]
    ['unknown triple', { targets: 'thumbv6m-nonexistent-eabi' }, {}, 1, ['target-unknown', 'targets', 1]],
    ['spec escaping the workspace', { targets: 'specs/../../x.json' }, {}, 1, ['target-path-outside', 'targets', 1]],
    ['malformed spec', { targets: 'specs/broken.json' }, {}, 1, ['json-missing-comma', 'specs/broken.json', 4]],
    ['max-jobs 1000', { targets: 'thumbv6m-none-eabi', 'max-jobs': '1000' }, {}, 0, ['max-jobs-capped', undefined, undefined]],
    ['codegen without rustc', { targets: 'thumbv6m-none-eabi', validate: 'codegen' }, { RDA_RUSTC: '/nonexistent/rustc' }, 1, ['validate-without-rustc', undefined, undefined]],
    ['unknown YAML keys', { targets: '- target: thumbv6m-none-eabi\n  biuld-std: true\n' }, {}, 0, ['target-option-unknown', 'targets', 2]],
    ['missing targets-from', { 'targets-from': 'missing/rust-toolchain.toml' }, {}, 1, ['targets-from-missing', 'missing/rust-toolchain.toml', undefined]],
    ['max-jobs 0', { targets: 'thumbv6m-none-eabi', 'max-jobs': '0' }, {}, 1, null],
    ['runner: sometimes', { targets: 'thumbv6m-none-eabi', runner: 'sometimes' }, {}, 1, null],
  ] as const)('bad input through the bundle: %s', async (_case, inputs, env, exit, where) => {
    const ws = workspace({ 'specs/broken.json': '{\n  "llvm-target": "x86_64-unknown-none",\n  "arch": "x86_64"\n  "data-layout": "e"\n}\n' });
    const r = await runAction('build-target-matrix', inputs, { ...CLEAN_ENV, ...env }, { workspace: ws });
    expect(r.exitCode).toBe(exit);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    if (where === null) {
      // An input error: one annotation naming the input and the expected form; the run stops.
      expect(r.annotations).toHaveLength(1);
      expect(r.annotations[0]!.message).toMatch(new RegExp(`^input '${Object.keys(inputs).find((k) => k !== 'targets')}': expected `));
      return;
    }
    const f = r.annotations.find((a) => a.title === where[0])!;
    expect([f.title, f.file, f.line]).toEqual([...where]);
    expect(f.message).toMatch(/\(fix: .+\)$/);
    const planned = include(r.outputs.matrix!).length;
    expect([r.outputs['has-entries'], r.outputs.count]).toEqual([planned > 0 ? 'true' : 'false', String(planned)]);
  });

  it.skipIf(!hasRustupWithout160)("a rust-toolchain.toml channel that is not installed: facts from the default rustc, not the repository's pin or the snapshot (skipped: needs rustup without 1.60.0)", async () => {
    const ws = workspace({ 'rust-toolchain.toml': '[toolchain]\nchannel = "1.60.0"\n' });
    const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi' }, CLEAN_ENV, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.find((a) => a.title === 'facts-from-default-rustc')?.message).toContain('(fix: Install 1.60.0 before this step');
    expect(r.annotations.map((a) => a.title)).not.toContain('rustc-unavailable');
    expect(include(r.outputs.matrix!)[0]).toMatchObject({ toolchain: '1.60.0', target: 'thumbv6m-none-eabi' });
    expect(r.summary).not.toContain('embedded snapshot');
  });

  it.skipIf(!hasRustc)('validate: codegen confirms an accepted spec with a real no_core compile', async () => {
    const ws = workspace({ 'specs/x86_64-myos.json': readFileSync(path.join(ROOT, 'fixtures/rust/specs/x86_64-myos.json'), 'utf8') });
    const r = await runAction('build-target-matrix', { targets: 'specs/x86_64-myos.json', validate: 'codegen' }, CLEAN_ENV, { workspace: ws, keep: true });
    dirs.push(r.tempDir);
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('rustc (codegen) accepts it.');
    // The no_core probe really was compiled for the spec.
    expect(existsSync(path.join(r.tempDir, '_temp', 'build-target-matrix', 'rda-probe-x86_64-myos.o'))).toBe(true);
    const facts = JSON.parse(readFileSync(r.outputs.facts!, 'utf8'));
    expect(facts.targets[0].cfg.target_os).toEqual(['myos']);
  });

  it.skipIf(!hasRustc)('every built-in target: the summary is a row per plan the targets share, each true to the matrix, and the log names the matrix\'s size', async () => {
    const targets = spawnSync('rustc', ['--print', 'target-list'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(targets.length).toBeGreaterThan(200);
    const r = await runAction('build-target-matrix', { targets: targets.join('\n'), 'max-jobs': '64 batch', 'fail-on': 'never' }, CLEAN_ENV, { workspace: workspace({}) });
    expect(r.exitCode).toBe(0);
    const entries = new Map(include(r.outputs.matrix!).flatMap((j) => j.batch as Entry[]).map((e) => [e.name as string, e]));
    expect(entries.size).toBe(targets.length);
    expect(r.summary).toContain('| targets | tier | toolchain | build-std | linker | runner | test | apt |');
    expect(r.summary).not.toContain('| target | tier | std |');
    const unescape = (cell: string) => cell.replace(/\\(.)/g, '$1');
    const rows = r.summary.split('\n').filter((l) => l.startsWith('| **')).map((l) => l.slice(2, -2).split(' | ').map((c) => c.trim()));
    // far fewer rows than targets, and no two rows with one plan
    expect(rows.length).toBeLessThan(targets.length / 4);
    expect(new Set(rows.map((c) => c.slice(1).join('|'))).size).toBe(rows.length);
    const named: string[] = [];
    let counted = 0;
    for (const [list, tier, toolchain, buildStd, linker, runner, test, apt] of rows) {
      const count = Number(/^\*\*(\d+)\*\*: /.exec(list!)![1]);
      const names = [...list!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const more = Number(/_and (\d+) more_$/.exec(list!)?.[1] ?? 0);
      expect(names.length + more).toBe(count);
      expect(names.length).toBeLessThanOrEqual(100);
      named.push(...names);
      counted += count;
      for (const name of names) {
        const e = entries.get(name)!;
        expect(e, name).toBeDefined();
        const plan = [
          String(e.tier),
          e.toolchain,
          e['build-std'] || '-',
          e.linker ?? '-',
          e['runner-command'].length ? `${e.runner}: ${e['runner-command'].join(' ')}` : e.runner,
          e['can-test'] ? 'yes' : 'no',
          e['apt-packages'] ?? '',
        ];
        expect([tier, toolchain, buildStd, linker, runner, test, apt].map((c) => unescape(c!)), name).toEqual(plan);
      }
    }
    // every target counted once, none named twice (past a hundred, a row counts the rest)
    expect(counted).toBe(targets.length);
    expect(new Set(named).size).toBe(named.length);
    expect(r.summary).toContain(`_${targets.length} targets, so a row per plan they share;`);
    // the log: the matrix's size and where it is, not 200 KB on one line
    expect(r.stdout).toMatch(new RegExp(`matrix: 64 job\\(s\\), ${targets.length} target\\(s\\), \\d+ characters: too long to read here`));
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(16_384);
  });

  it('reads exactly the inputs action.yml declares', async () => {
    const meta = parseYaml(readFileSync(path.join(ROOT, 'actions/build-target-matrix/action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const trace = path.join(mkdtempSync(path.join(tmpdir(), 'rda-btm-trace-')), 'trace.json');
    dirs.push(path.dirname(trace));
    const r = await runAction('build-target-matrix', { targets: 'thumbv6m-none-eabi' }, { ...CLEAN_ENV, RDA_TRACE_FILE: trace });
    expect(JSON.parse(readFileSync(trace, 'utf8')).inputsRead).toEqual(Object.keys(meta.inputs).sort());
    expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(meta.outputs).sort());
  });
});
