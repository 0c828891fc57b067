import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'smol-toml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envTargetPrefix, generateCargoConfig, rustflagsEnvironmentFindings, sdkFlagsFromEnv, tomlString } from '../../shared/rust/cargo-config.js';
import { NO_CORE_PROBE } from '../../shared/rust/target-spec.js';

const hasCargo = spawnSync('cargo', ['-V'], { encoding: 'utf8' }).status === 0;

describe('generateCargoConfig', () => {
  it('writes linker, runner and rustflags under [target.<triple>] and nothing unstable for a shipped target', () => {
    const c = generateCargoConfig({
      target: 'armv7-unknown-linux-musleabihf',
      custom: false,
      linker: 'arm-linux-gnueabihf-gcc',
      runner: ['qemu-arm', '-L', '/usr/arm-linux-gnueabihf'],
      rustflags: ['-Ctarget-feature=+crt-static', '-C', 'opt-level=s'],
    });
    const t = parse(c.text) as Record<string, any>;
    expect(t.unstable).toBeUndefined();
    expect(t.target['armv7-unknown-linux-musleabihf']).toEqual({
      linker: 'arm-linux-gnueabihf-gcc',
      runner: ['qemu-arm', '-L', '/usr/arm-linux-gnueabihf'],
      rustflags: ['-C', 'target-feature=+crt-static', '-C', 'opt-level=s'],
    });
    expect(c.clearEnv).toEqual([]);
    expect(c.findings).toEqual([]);
  });

  it('turns on json-target-spec and build-std for a custom target, keyed by the spec stem', () => {
    const c = generateCargoConfig({ target: 'x86_64-myos', custom: true, buildStd: ['core', 'alloc'], buildStdFeatures: ['compiler-builtins-mem'] });
    const t = parse(c.text) as Record<string, any>;
    expect(t.unstable).toEqual({ 'json-target-spec': true, 'build-std': ['core', 'alloc'], 'build-std-features': ['compiler-builtins-mem'] });
    expect(t.target).toBeUndefined();
  });

  it('warns when the job environment has RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS, and never emits RUSTFLAGS itself', () => {
    const c = generateCargoConfig({
      target: 'thumbv6m-none-eabi',
      custom: false,
      rustflags: ['-C', 'link-arg=-Tlink.x'],
      env: { RUSTFLAGS: '-D warnings', CARGO_ENCODED_RUSTFLAGS: '-Dwarnings', CARGO_TARGET_THUMBV6M_NONE_EABI_RUSTFLAGS: '-g' },
    });
    expect(c.findings.map((f) => [f.severity, f.code, f.message.split(' ')[0]])).toEqual([
      ['warning', 'rustflags-in-environment', 'RUSTFLAGS'],
      ['warning', 'rustflags-in-environment', 'CARGO_ENCODED_RUSTFLAGS'],
      ['warning', 'rustflags-in-environment', 'CARGO_TARGET_THUMBV6M_NONE_EABI_RUSTFLAGS'],
    ]);
    expect(c.text).not.toMatch(/RUSTFLAGS/);
    expect((parse(c.text) as any).target['thumbv6m-none-eabi'].rustflags).toEqual(['-C', 'link-arg=-Tlink.x']);
  });

  it('one RUSTFLAGS warning for many targets names them (a few) and says what cargo does with it', () => {
    const [three] = rustflagsEnvironmentFindings({ RUSTFLAGS: '-g' }, ['a-none', 'b-none', 'c-linux']);
    expect(three!.message).toBe("RUSTFLAGS is set in the job environment; cargo then applies it instead of the generated config's rustflags for a-none, b-none, c-linux.");
    const [many] = rustflagsEnvironmentFindings({ RUSTFLAGS: '-g' }, ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(many!.message).toMatch(/for a, b, c and 3 more targets\.$/);
    expect(many!.hint).toMatch(/^Unset it/);
  });

  it('SDK mode moves sysroot, linker and flags from the environment into the config and lists variables to clear', () => {
    const env = {
      RUSTFLAGS: '--sysroot /opt/sdk/sysroots/cortexa53 -C link-arg=-Wl,-O1 -Clinker=aarch64-poky-linux-gcc',
      CARGO_TARGET_AARCH64_POKY_LINUX_RUSTFLAGS: '-C target-cpu=cortex-a53',
      CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS: '-C target-cpu=native',
      PATH: '/usr/bin',
    };
    const c = generateCargoConfig({ target: 'aarch64-poky-linux', custom: true, sdk: true, env });
    expect(c.clearEnv).toEqual(['RUSTFLAGS', 'CARGO_TARGET_AARCH64_POKY_LINUX_RUSTFLAGS', 'CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS']);
    const t = parse(c.text) as Record<string, any>;
    expect(t.target['aarch64-poky-linux']).toEqual({
      linker: 'aarch64-poky-linux-gcc',
      rustflags: ['--sysroot=/opt/sdk/sysroots/cortexa53', '-C', 'link-arg=-Wl,-O1', '-C', 'target-cpu=cortex-a53'],
    });
    expect(c.findings.map((f) => f.code)).toEqual(['sdk-env-moved']);
  });

  it('SDK settings given explicitly win over the environment', () => {
    const c = generateCargoConfig({ target: 'aarch64-poky-linux', custom: false, sdk: { sysroot: '/sdk', linker: 'ld.sdk' }, env: { CARGO_TARGET_AARCH64_POKY_LINUX_LINKER: 'other' } });
    expect((parse(c.text) as any).target['aarch64-poky-linux']).toEqual({ linker: 'ld.sdk', rustflags: ['--sysroot=/sdk'] });
  });

  it('reads CARGO_ENCODED_RUSTFLAGS split on 0x1f', () => {
    expect(sdkFlagsFromEnv({ CARGO_ENCODED_RUSTFLAGS: '--sysroot=/a b\x1f-Cdebuginfo=2' }, 'x')).toEqual({
      rustflags: ['-C debuginfo=2'],
      sysroot: '/a b',
      vars: ['CARGO_ENCODED_RUSTFLAGS'],
    });
  });

  it('spells the env prefix as cargo does', () => {
    expect(envTargetPrefix('riscv32imc-unknown-none-elf')).toBe('CARGO_TARGET_RISCV32IMC_UNKNOWN_NONE_ELF_');
  });

  it('any linker, runner and flags round-trip through a TOML parser', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }), (linker, runner, flags) => {
        const clean = flags.filter((f) => !/\s/.test(f) && !f.startsWith('-C') && !f.startsWith('--sysroot') && !['-L', '--cfg', '-Z'].includes(f));
        const c = generateCargoConfig({ target: 'x.y"z', custom: false, linker: linker || null, runner, rustflags: clean });
        const t = parse(c.text) as any;
        const table = t.target?.['x.y"z'] ?? {};
        expect(table.linker).toBe(linker || undefined);
        expect(table.runner).toEqual(runner.length ? runner : undefined);
        expect(table.rustflags).toEqual(clean.length ? clean : undefined);
      }),
      { numRuns: 200 },
    );
    expect(tomlString('a\u0001"\\')).toBe('"a\\u0001\\"\\\\"');
  });

  it('tomlString: every string reads back from TOML as itself (escapes, controls, DEL, non-ASCII, astral)', () => {
    const ch = fc.constantFrom('a', '-', ' ', '"', '\\', '\x00', '\t', '\n', '\r', '\x1f', '\x7f', '\x80', 'é', '😀', "'");
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 12 }).map((xs) => xs.join('')), (text) => {
        expect((parse(`k = ${tomlString(text)}`) as { k: string }).k).toBe(text);
      }),
      { numRuns: 400 },
    );
    expect(tomlString('qemu-aarch64')).toBe('"qemu-aarch64"');
    expect(tomlString('a\x7fb')).toBe('"a\\u007fb"');
  });
});

const sysroot = hasCargo ? spawnSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).stdout.trim() : '';
const hasRustSrc = existsSync(path.join(sysroot, 'lib/rustlib/src/rust/library/Cargo.lock'));

describe.skipIf(!hasCargo)('the generated config with the real cargo (skipped: cargo/rustc not on PATH)', () => {
  it.skipIf(hasRustSrc)('cargo reads [unstable] build-std from it under RUSTC_BOOTSTRAP=1 and ignores it without (skipped when rust-src is installed: it would really build core)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rda-cargo-bs-'));
    try {
      mkdirSync(path.join(dir, 'src'));
      writeFileSync(path.join(dir, 'Cargo.toml'), '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n');
      writeFileSync(path.join(dir, 'src/lib.rs'), NO_CORE_PROBE.replace('#![crate_type = "lib"]\n', ''));
      const config = generateCargoConfig({ target: 'thumbv7r-none-eabi', custom: false, buildStd: ['core', 'alloc', 'compiler_builtins'], buildStdFeatures: ['compiler-builtins-mem'] });
      writeFileSync(path.join(dir, 'config.toml'), config.text);
      const build = (env: Record<string, string | undefined>) =>
        spawnSync('cargo', ['--config', path.join(dir, 'config.toml'), 'build', '--target', 'thumbv7r-none-eabi'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, CARGO_TARGET_DIR: path.join(dir, 'target'), RUSTFLAGS: undefined, ...env },
          timeout: 120_000,
        });
      // build-std was read: cargo goes looking for the standard library's sources.
      const bootstrapped = build({ RUSTC_BOOTSTRAP: '1' });
      expect(bootstrapped.status).not.toBe(0);
      expect(bootstrapped.stderr).toMatch(/rust-src/);
      // On stable without it, [unstable] is silently skipped (hence the entry's bootstrap flag or nightly).
      expect(build({ RUSTC_BOOTSTRAP: undefined }).stderr).not.toMatch(/rust-src/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });


  it('cargo applies [target.<spec stem>] and json-target-spec to a custom JSON target; RUSTFLAGS would silently replace it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rda-cargo-'));
    try {
      mkdirSync(path.join(dir, 'src'));
      writeFileSync(path.join(dir, 'Cargo.toml'), '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n');
      // A no_core crate builds without build-std (no rust-src needed); the marker fn exists only with our cfg.
      writeFileSync(path.join(dir, 'src/lib.rs'), `${NO_CORE_PROBE}#[cfg(marker_cfg)] #[no_mangle] pub extern "C" fn marked(x: u32) -> u32 { x }\n`);
      writeFileSync(path.join(dir, 'x86_64-myos.json'), readFileSync(new URL('../../fixtures/rust/specs/x86_64-myos.json', import.meta.url)));
      const config = generateCargoConfig({ target: 'x86_64-myos', custom: true, rustflags: ['--cfg', 'marker_cfg'] });
      writeFileSync(path.join(dir, 'config.toml'), config.text);
      const build = (env: Record<string, string | undefined>) =>
        spawnSync('cargo', ['--config', path.join(dir, 'config.toml'), 'rustc', '--target', 'x86_64-myos.json', '--', '--emit=obj=out.o'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, RUSTC_BOOTSTRAP: '1', CARGO_TARGET_DIR: path.join(dir, 'target'), RUSTFLAGS: undefined, CARGO_ENCODED_RUSTFLAGS: undefined, ...env },
          timeout: 120_000,
        });
      const symbols = () => readFileSync(path.join(dir, 'out.o')).includes(Buffer.from('marked'));
      const ok = build({});
      expect(ok.status, ok.stderr).toBe(0);
      expect(symbols()).toBe(true);
      rmSync(path.join(dir, 'out.o'));
      const overridden = build({ RUSTFLAGS: '-C debuginfo=0' });
      expect(overridden.status, overridden.stderr).toBe(0);
      expect(symbols()).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasCargo)('rustflags in the job environment, as cargo really combines them with the generated config (skipped: no cargo)', () => {
  const host = hasCargo ? /^host: (\S+)/m.exec(spawnSync('rustc', ['-vV'], { encoding: 'utf8' }).stdout)?.[1] ?? '' : '';
  const dir = hasCargo ? mkdtempSync(path.join(tmpdir(), 'rda-cargo-rf-')) : '';
  /** Which of the two cfgs reached rustc when cargo built the crate with this config and environment. */
  const built = (configText: string, env: Record<string, string>) => {
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'Cargo.toml'), '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n');
    writeFileSync(path.join(dir, 'src/lib.rs'), 'pub fn f() {}\n');
    writeFileSync(path.join(dir, 'config.toml'), configText);
    rmSync(path.join(dir, 'target'), { recursive: true, force: true });
    const clean = { RUSTFLAGS: undefined, CARGO_ENCODED_RUSTFLAGS: undefined, CARGO_BUILD_RUSTFLAGS: undefined, [`${envTargetPrefix(host)}RUSTFLAGS`]: undefined };
    const r = spawnSync('cargo', ['--config', path.join(dir, 'config.toml'), 'build', '-v', '--offline', '--target', host], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...clean, CARGO_TARGET_DIR: path.join(dir, 'target'), ...env },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.includes('Running') && l.includes('--crate-name probe')) ?? '';
    return { config: line.includes('from_config'), env: line.includes('from_env') };
  };

  it.each([
    ['RUSTFLAGS', '--cfg from_env'],
    ['CARGO_ENCODED_RUSTFLAGS', '--cfg\u001ffrom_env'],
    ['CARGO_BUILD_RUSTFLAGS', '--cfg from_env'],
    ['CARGO_TARGET_<HOST>_RUSTFLAGS', '--cfg from_env'],
  ])('%s: the finding says what cargo does with it beside a config that sets rustflags, and nothing where the config sets none', (variable, value) => {
    const name = variable.replace('CARGO_TARGET_<HOST>_', envTargetPrefix(host));
    const env = { [name]: value };
    const withFlags = generateCargoConfig({ target: host, custom: false, rustflags: ['--cfg', 'from_config'], env });
    const seen = built(withFlags.text, env);
    const said = withFlags.findings.filter((f) => f.code === 'rustflags-in-environment').map((f) => f.message);
    expect(said).toHaveLength(1);
    const claim = /instead of/.test(said[0]!) ? 'replaces' : /ignores it/.test(said[0]!) ? 'ignored' : /joins it/.test(said[0]!) ? 'joined' : 'unknown';
    const truth = seen.env && !seen.config ? 'replaces' : seen.config && !seen.env ? 'ignored' : seen.config && seen.env ? 'joined' : 'neither';
    expect(claim).toBe(truth);
    // No rustflags in the config: the variable is all there is, cargo applies it, and nothing is said.
    const without = generateCargoConfig({ target: host, custom: false, env });
    expect(without.findings).toEqual([]);
    expect(built(without.text, env).env).toBe(true);
  }, 120_000);

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});

describe('hostile sizes', () => {
  it("an SDK's 100,000 flags are kept once each, in order, in linear time", () => {
    // (each flag was looked for among those kept before it: 20,000 took 3 s)
    const flags = Array.from({ length: 100_000 }, (_, i) => `-Cllvm-args=-x${i % 60_000}`);
    const r = sdkFlagsFromEnv({ CARGO_ENCODED_RUSTFLAGS: flags.join('\x1f') }, 'x');
    expect(r.rustflags).toHaveLength(60_000);
    expect(r.rustflags[59_999]).toBe('-C llvm-args=-x59999');
  });
});

describe('SDK flags at scale', () => {
  it("250,000 SDK flags against 250,000 of the target's own: each moved once, in linear time", () => {
    // (each SDK flag was looked for in the whole own list: 80,000 of each took 8.5 s)
    const n = 250_000;
    const env = { RUSTFLAGS: `--sysroot=/opt/sdk/sysroot -Cllvm-args=-x0 ${Array.from({ length: n }, (_, i) => `-Clink-arg=-Wl,--defsym=s${i}=0`).join(' ')}` };
    const own = Array.from({ length: n }, (_, i) => `-Cllvm-args=-x${i}`);
    const c = generateCargoConfig({ target: 'aarch64-poky-linux', custom: true, sdk: true, env, rustflags: own });
    // the sysroot first, then the SDK's flags the target does not already have, then its own
    expect(c.rustflags.slice(0, 3)).toEqual(['--sysroot=/opt/sdk/sysroot', '-C', 'link-arg=-Wl,--defsym=s0=0']);
    expect(c.rustflags).toHaveLength(1 + 2 * n + 2 * n);
    expect(c.rustflags.filter((f) => f === 'llvm-args=-x0')).toHaveLength(1);
  });
});
