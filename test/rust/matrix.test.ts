import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { buildMatrix, hostFromTriple, planTarget, runnerFor, type MatrixEntry, type PlanOptions } from '../../shared/rust/matrix.js';
import type { TargetRequest } from '../../shared/rust/target-sources.js';
import { validateTargetSpec } from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';

const catalog = snapshotCatalog();
const host = hostFromTriple('x86_64-unknown-linux-gnu');
const facts = (t: string) => catalog.targets.get(t)!;
const req = (target: string, extra: Partial<TargetRequest> = {}): TargetRequest => ({ target, kind: target.endsWith('.json') ? 'json' : 'triple', origin: 'input', options: {}, ...extra });
const opts: PlanOptions = { catalog, toolchain: 'stable', allowBootstrap: false, runner: 'auto', commands: ['build'], configDir: '/tmp/cfg', host };
const plan = (t: string, o: Partial<PlanOptions> = {}, r: Partial<TargetRequest> = {}) => planTarget({ request: req(t, r), facts: facts(t), custom: false }, { ...opts, ...o });

describe('runnerFor', () => {
  it.each([
    ['x86_64-unknown-linux-gnu', 'auto', 'native', [], true, null, ''],
    ['i686-unknown-linux-gnu', 'auto', 'native', [], true, null, 'gcc-multilib'],
    ['aarch64-unknown-linux-gnu', 'auto', 'qemu-user', ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu'], true, 'aarch64-linux-gnu-gcc', 'gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user qemu-user-binfmt'],
    ['armv7-unknown-linux-musleabihf', 'auto', 'qemu-user', ['qemu-arm'], true, 'arm-linux-gnueabihf-gcc', 'gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user qemu-user-binfmt'],
    ['powerpc64le-unknown-linux-gnu', 'auto', 'qemu-user', ['qemu-ppc64le', '-L', '/usr/powerpc64le-linux-gnu'], true, 'powerpc64le-linux-gnu-gcc', 'gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross qemu-user qemu-user-binfmt'],
    ['thumbv6m-none-eabi', 'auto', 'none', [], false, null, ''],
    ['thumbv6m-none-eabi', 'qemu-system', 'qemu-system', ['qemu-system-arm', '-cpu', 'cortex-m0', '-machine', 'microbit', '-nographic', '-semihosting-config', 'enable=on,target=native', '-kernel'], true, null, 'qemu-system-arm'],
    ['riscv32imc-unknown-none-elf', 'qemu-system', 'qemu-system', ['qemu-system-riscv32', '-machine', 'sifive_e', '-nographic', '-semihosting-config', 'enable=on,target=native', '-kernel'], true, null, 'qemu-system-misc'],
    ['riscv32imc-unknown-none-elf', 'qemu-user', 'none', [], false, null, ''],
    ['x86_64-pc-windows-gnu', 'auto', 'none', [], false, 'x86_64-w64-mingw32-gcc', 'gcc-mingw-w64-x86-64'],
    ['wasm32-unknown-unknown', 'auto', 'none', [], false, null, ''],
    ['aarch64-unknown-linux-gnu', 'none', 'none', [], false, 'aarch64-linux-gnu-gcc', 'gcc-aarch64-linux-gnu libc6-dev-arm64-cross'],
  ] as const)('%s with runner %s → %s', (target, mode, kind, command, canTest, linker, apt) => {
    const r = runnerFor(facts(target), mode, host);
    expect([r.kind, r.command, r.canTest, r.linker, r.aptPackages.join(' ')]).toEqual([kind, command, canTest, linker, apt]);
  });

  it('an explicit runner command is used as given', () => {
    expect(runnerFor(facts('thumbv7em-none-eabihf'), ['probe-rs', 'run', '--chip', 'nRF52840_xxAA'], host)).toMatchObject({ kind: 'custom', command: ['probe-rs', 'run', '--chip', 'nRF52840_xxAA'], canTest: true });
  });

  it('on an arm64 host, arm64 Linux runs natively and x86_64 needs qemu', () => {
    const arm = hostFromTriple('aarch64-unknown-linux-gnu');
    expect(runnerFor(facts('aarch64-unknown-linux-gnu'), 'auto', arm).kind).toBe('native');
    expect(runnerFor(facts('x86_64-unknown-linux-gnu'), 'auto', arm)).toMatchObject({ kind: 'qemu-user', linker: 'x86_64-linux-gnu-gcc' });
  });
});

describe('planTarget', () => {
  it('a shipped target keeps the toolchain, gets rustup-target and a config cargo can read', () => {
    const p = plan('armv7-unknown-linux-musleabihf');
    expect(p.entry).toMatchObject({
      name: 'armv7-unknown-linux-musleabihf',
      'target-arg': 'armv7-unknown-linux-musleabihf',
      tier: 2,
      std: true,
      'no-std': false,
      toolchain: 'stable',
      components: [],
      'build-std': '',
      runner: 'qemu-user',
      'can-test': true,
      'rustup-target': 'armv7-unknown-linux-musleabihf',
      config: '/tmp/cfg/armv7-unknown-linux-musleabihf.toml',
      'cargo-args': ['--target', 'armv7-unknown-linux-musleabihf'],
      bootstrap: false,
    });
    expect(p.entry['cache-key']).toMatch(/^59807616e1fa-armv7-unknown-linux-musleabihf-[0-9a-f]{16}$/);
    expect((parse(p.config.text) as any).target['armv7-unknown-linux-musleabihf'].runner).toEqual(['qemu-arm']);
  });

  it('rust-std comes from the channel manifest, not the tier: a dotted tier-2 triple rustup ships, and one it does not', () => {
    expect(plan('thumbv8m.main-none-eabi').entry).toMatchObject({ toolchain: 'stable', 'build-std': '', 'rustup-target': 'thumbv8m.main-none-eabi' });
    expect(plan('thumbv7r-none-eabi').entry).toMatchObject({ tier: 2, toolchain: 'nightly', 'build-std': 'core,alloc,compiler_builtins', 'rustup-target': '' });
  });

  it('a tier-3 target rustup does not ship gets build-std on nightly, or RUSTC_BOOTSTRAP with allow-bootstrap', () => {
    const p = plan('mips-unknown-linux-gnu');
    expect(p.entry).toMatchObject({ tier: 3, toolchain: 'nightly', 'build-std': 'std,panic_abort', components: ['rust-src'], 'rustup-target': '', bootstrap: false });
    expect((parse(p.config.text) as any).unstable).toEqual({ 'build-std': ['std', 'panic_abort'] });
    const b = plan('mips-unknown-linux-gnu', { allowBootstrap: true });
    expect(b.entry).toMatchObject({ toolchain: 'stable', bootstrap: true });
    expect(b.entry['cache-key']).not.toBe(p.entry['cache-key']);
  });

  it('a custom JSON target: name from the stem, json-target-spec, core/alloc build-std with mem builtins', () => {
    const text = readFileSync(new URL('../../fixtures/rust/specs/x86_64-myos.json', import.meta.url), 'utf8');
    const check = validateTargetSpec(text, { file: 'specs/x86_64-myos.json', catalog });
    const p = planTarget({ request: req('specs/x86_64-myos.json', { options: { features: ['kernel'] } }), facts: check.facts!, custom: true, specText: text, check }, opts);
    expect(p.entry).toMatchObject({
      name: 'x86_64-myos (custom)',
      target: 'x86_64-myos',
      'target-arg': 'specs/x86_64-myos.json',
      tier: null,
      toolchain: 'nightly',
      'build-std': 'core,alloc,compiler_builtins',
      'cargo-args': ['--target', 'specs/x86_64-myos.json', '--features', 'kernel'],
      runner: 'none',
      'can-test': false,
      custom: true,
    });
    expect((parse(p.config.text) as any).unstable).toEqual({ 'json-target-spec': true, 'build-std': ['core', 'alloc', 'compiler_builtins'], 'build-std-features': ['compiler-builtins-mem'] });
    // The spec's text is part of the cache key.
    const q = planTarget({ request: req('specs/x86_64-myos.json'), facts: check.facts!, custom: true, specText: `${text} `, check }, opts);
    expect(q.entry['cache-key']).not.toBe(p.entry['cache-key']);
  });

  it('a target found through target-path is planned in SDK mode', () => {
    const f = { ...facts('aarch64-unknown-linux-gnu'), target: 'aarch64-poky-linux', vendor: 'poky' };
    const p = planTarget(
      { request: req('sdk/aarch64-poky-linux.json', { origin: 'target-path' }), facts: f, custom: true },
      { ...opts, env: { RUSTFLAGS: '--sysroot=/opt/poky/sysroots/cortexa53', CARGO_TARGET_AARCH64_POKY_LINUX_LINKER: 'aarch64-poky-linux-gcc' } },
    );
    expect(p.entry['clear-env']).toEqual(['RUSTFLAGS']);
    // The SDK sysroot has the target's std: no build-std; its loader and linker replace Debian's cross ones.
    expect(p.entry).toMatchObject({ 'build-std': '', 'runner-command': ['qemu-aarch64', '-L', '/opt/poky/sysroots/cortexa53'], 'apt-packages': 'qemu-user qemu-user-binfmt', linker: 'aarch64-poky-linux-gcc' });
    expect((parse(p.config.text) as any).target['aarch64-poky-linux']).toMatchObject({ linker: 'aarch64-poky-linux-gcc', rustflags: ['--sysroot=/opt/poky/sysroots/cortexa53'] });
  });

  it('a target left without a runner says how to give it one', () => {
    const p = plan('x86_64-pc-windows-gnu', {}, { file: 'targets', line: 2 });
    expect(p.findings.find((f) => f.code === 'runner')).toMatchObject({ severity: 'notice', file: 'targets', line: 2, hint: expect.stringMatching(/runner command/) });
  });

  it('per-target settings override the defaults, and build-std: false on an unshipped target is flagged', () => {
    const p = plan('thumbv6m-none-eabi', {}, { options: { commands: ['build --release'], runner: 'qemu-system', rustflags: ['-C', 'link-arg=-Tlink.x'] } });
    expect(p.entry).toMatchObject({ commands: ['build --release'], runner: 'qemu-system', 'can-test': true, 'apt-packages': 'qemu-system-arm' });
    expect((parse(p.config.text) as any).target['thumbv6m-none-eabi'].rustflags).toEqual(['-C', 'link-arg=-Tlink.x']);
    const off = plan('mips-unknown-linux-gnu', {}, { options: { buildStd: false }, file: 'targets', line: 3 });
    expect(off.findings.find((f) => f.code === 'build-std-disabled')).toMatchObject({ severity: 'warning', file: 'targets', line: 3 });
    expect(off.entry['build-std']).toBe('');
  });
});

describe('buildMatrix', () => {
  const entries = (n: number): MatrixEntry[] => [...catalog.targets.keys()].slice(0, n).map((t) => plan(t).entry);

  it('emits {"include": [...]} with count and has-entries', () => {
    const m = buildMatrix(entries(3), { maxJobs: 256 });
    expect(JSON.parse(m.json).include).toHaveLength(3);
    expect([m.count, m.hasEntries, m.findings]).toEqual([3, true, []]);
  });

  it('has-entries is false for no targets (an empty matrix fails a workflow)', () => {
    const m = buildMatrix([], { maxJobs: 256 });
    expect([m.json, m.count, m.hasEntries]).toEqual(['{"include":[]}', 0, false]);
  });

  it('fails clearly above max-jobs, or batches several targets per job when asked', () => {
    const all = entries(300);
    const fail = buildMatrix(all, { maxJobs: 256 });
    expect(fail.hasEntries).toBe(false);
    expect(fail.findings[0]).toMatchObject({ severity: 'error', code: 'too-many-jobs' });
    expect(fail.findings[0]!.message).toContain('300 targets exceed max-jobs 256');
    const batched = buildMatrix(all, { maxJobs: 100, batch: true });
    const inc = JSON.parse(batched.json).include as Array<{ batch: MatrixEntry[] }>;
    expect(inc.length).toBeLessThanOrEqual(100);
    expect(inc.flatMap((j) => j.batch.map((e) => e.target))).toEqual(all.map((e) => e.target));
    expect(batched.count).toBe(300);
    expect(buildMatrix(entries(2), { maxJobs: 1000 }).findings[0]).toMatchObject({ severity: 'warning', code: 'max-jobs-capped', hint: expect.stringContaining('256 batch') });
  });

  it('refuses an output over 1 MB instead of letting GitHub truncate it', () => {
    const big = entries(5).map((e) => ({ ...e, commands: ['x'.repeat(250_000)] }));
    const m = buildMatrix(big, { maxJobs: 256 });
    expect(m.hasEntries).toBe(false);
    expect(m.findings[0]!.code).toBe('matrix-too-large');
  });

  it('every built-in target gets an entry and a config that parses', () => {
    for (const t of catalog.targets.keys()) {
      const p = plan(t);
      expect(() => parse(p.config.text), t).not.toThrow();
    }
    expect(buildMatrix(entries(catalog.targets.size), { maxJobs: 256, batch: true }).hasEntries).toBe(true);
  });
});
