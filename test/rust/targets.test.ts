import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandOptions, CommandResult, RunCommand } from '../../shared/io.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import {
  loadTargetCatalog,
  parseRustcVersion,
  rustStdFromChannelManifest,
  splitCombinedPrint,
} from '../../shared/rust/targets.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';

const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;
const result = (stdout: string, code = 0, stderr = ''): CommandResult => ({ code, signal: null, stdout, stderr, timedOut: false, durationMs: 1 });

const SPECS = JSON.stringify(
  {
    'thumbv6m-none-eabi': { arch: 'arm', 'llvm-target': 'thumbv6m-none-eabi', 'data-layout': 'e-m:e-p:32:32', 'target-pointer-width': 32, 'atomic-cas': false, 'panic-strategy': 'abort', linker: 'rust-lld', 'linker-flavor': 'gnu-lld', metadata: { tier: 2, std: false, host_tools: false } },
    'x86_64-unknown-linux-gnu': { arch: 'x86_64', os: 'linux', env: 'gnu', 'llvm-target': 'x86_64-unknown-linux-gnu', 'data-layout': 'e-m:e', 'target-pointer-width': 64, 'max-atomic-width': 64, metadata: { tier: 1, std: true, host_tools: true } },
    'mystery-unknown-none': { arch: 'mystery', 'llvm-target': 'mystery', 'data-layout': 'e', 'target-pointer-width': 16, metadata: { tier: 3, std: null, host_tools: null } },
  },
  null,
  2,
);
const SCHEMA = JSON.stringify({ type: 'object', required: ['arch'], properties: { arch: { type: 'string' } } }, null, 2);
const MANIFEST = `manifest-version = "2"\n[pkg.rustc]\nversion = "1.95.0 (59807616e 2026-04-14)"\n\n[pkg.rust-std.target.thumbv6m-none-eabi]\navailable = true\nurl = "x"\n\n[pkg.rust-std.target.x86_64-unknown-linux-gnu]\navailable = true\n\n[pkg.rust-std.target.armv5te-unknown-linux-musleabi]\navailable = false\n`;

function fakeRustc(handler: (args: readonly string[]) => CommandResult) {
  const calls: Array<{ args: readonly string[]; env?: CommandOptions['env'] }> = [];
  const run: RunCommand = async (_file, args, options) => {
    calls.push({ args, ...(options?.env ? { env: options.env } : {}) });
    return handler(args);
  };
  return { run, calls };
}

describe('target facts', () => {
  it('one rustc call gives sysroot, specs and schema; the channel manifest gives rust-std and the version', async () => {
    const { run, calls } = fakeRustc(() => result(`/opt/rust/stable-x86_64-unknown-linux-gnu\n${SPECS}\n${SCHEMA}\n`));
    const files: Record<string, string> = { '/opt/rust/stable-x86_64-unknown-linux-gnu/lib/rustlib/multirust-channel-manifest.toml': MANIFEST };
    const cat = await loadTargetCatalog(run, {
      toolchain: 'nightly',
      readText: async (p) => files[p],
      listDir: async () => ['x86_64-unknown-linux-gnu', 'etc'],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(['-Z', 'unstable-options', '--print', 'sysroot', '--print', 'all-target-specs-json', '--print', 'target-spec-json-schema']);
    expect(calls[0]!.env).toMatchObject({ RUSTC_BOOTSTRAP: '1', RUSTUP_TOOLCHAIN: 'nightly' });
    expect(cat.source).toBe('rustc');
    expect(cat.rustc).toMatchObject({ release: '1.95.0', commitHash: '59807616e', host: 'x86_64-unknown-linux-gnu' });
    expect(cat.schema).toEqual(JSON.parse(SCHEMA));
    const thumb = cat.targets.get('thumbv6m-none-eabi')!;
    expect(thumb).toMatchObject({ tier: 2, std: false, noStd: true, hostTools: false, os: 'none', maxAtomicWidth: 32, atomicCas: false, panicStrategy: 'abort', linkerFlavor: 'gnu-lld', rustupStd: true, installed: false });
    expect(cat.targets.get('x86_64-unknown-linux-gnu')).toMatchObject({ rustupStd: true, installed: true, panicStrategy: 'unwind', os: 'linux' });
    // metadata.std null stays unknown; not in the manifest: rustup ships nothing.
    expect(cat.targets.get('mystery-unknown-none')).toMatchObject({ std: null, noStd: false, hostTools: null, rustupStd: false, tier: 3 });
  });

  it('reads the sysroot\'s manifest and listing while rustc still prints, however its output is cut', async () => {
    const sysroot = '/opt/rust/stable-x86_64-unknown-linux-gnu';
    const output = `${sysroot}\n${SPECS}\n${SCHEMA}\n`;
    const whole = await loadTargetCatalog(fakeRustc(() => result(output)).run, {});
    for (const size of [1, 7, 40, 4096, output.length]) {
      const events: string[] = [];
      const run: RunCommand = async (_file, _args, options) => {
        for (let at = 0; at < output.length; at += size) options?.onStdout?.(output.slice(at, at + size));
        events.push('rustc done');
        return result(output);
      };
      const cat = await loadTargetCatalog(run, {
        readText: async (p) => {
          events.push(`read ${p}`);
          return p === `${sysroot}/lib/rustlib/multirust-channel-manifest.toml` ? MANIFEST : undefined;
        },
        listDir: async (p) => {
          events.push(`list ${p}`);
          return ['x86_64-unknown-linux-gnu'];
        },
      });
      // once each, from the first line whole (not a piece of it), before rustc was done
      expect(events).toEqual([`read ${sysroot}/lib/rustlib/multirust-channel-manifest.toml`, `list ${sysroot}/lib/rustlib`, 'rustc done']);
      expect(cat.rustc.release).toBe('1.95.0');
      expect([...cat.targets.keys()]).toEqual([...whole.targets.keys()]);
      expect(cat.targets.get('thumbv6m-none-eabi')).toMatchObject({ ...whole.targets.get('thumbv6m-none-eabi'), rustupStd: true, installed: false });
    }
  });

  it('asks rustc -vV when there is no rustup manifest, and leaves rust-std unknown', async () => {
    const { run, calls } = fakeRustc((args) =>
      args[0] === '-vV'
        ? result('rustc 1.95.0 (59807616e 2026-04-14) (Gentoo)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\ncommit-date: 2026-04-14\nhost: x86_64-pc-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\n')
        : result(`/usr/lib/rust/1.95.0\n${SPECS}\n${SCHEMA}\n`),
    );
    const cat = await loadTargetCatalog(run, { readText: async () => undefined });
    expect(calls.map((c) => c.args[0])).toEqual(['-Z', '-vV']);
    expect(cat.rustc).toMatchObject({ commitHash: '59807616e1fa2540724bfbac14d7976d7e4a3860', host: 'x86_64-pc-linux-gnu', llvmVersion: '22.1.2' });
    expect(cat.targets.get('thumbv6m-none-eabi')!.rustupStd).toBeNull();
  });

  it('retries without the schema printer on an older rustc and validates with the snapshot schema', async () => {
    const { run, calls } = fakeRustc((args) =>
      args.includes('target-spec-json-schema') ? result('', 1, "error: unknown print request: `target-spec-json-schema`") : args[0] === '-vV' ? result('rustc 1.80.0 (0 2024-01-01)\n') : result(`/sysroot\n${SPECS}\n`),
    );
    const cat = await loadTargetCatalog(run);
    expect(calls).toHaveLength(3);
    expect(cat.findings.map((f) => f.code)).toEqual(['schema-from-snapshot']);
    expect(cat.schema).toEqual(snapshotCatalog().schema);
    expect(cat.rustc.release).toBe('1.80.0');
  });

  it('falls back to the embedded snapshot with a notice when rustc cannot run', async () => {
    const { run } = fakeRustc(() => result('', 127, 'spawn rustc ENOENT'));
    const cat = await loadTargetCatalog(run);
    expect(cat.source).toBe('snapshot');
    expect(cat.findings[0]).toMatchObject({ severity: 'notice', code: 'rustc-unavailable' });
    expect(cat.findings[0]!.message).toContain('rustc 1.95.0');
    expect(cat.targets.size).toBeGreaterThan(300);
  });

  it('a rustc that exits 0 without a specs document falls back the same way, never a crash', async () => {
    for (const stdout of ['', '/opt/rust/stable\n', '/opt/rust/stable\n{\n  "x": {"arch": \n', '/opt/rust/stable\nnull\n', '/opt/rust/stable\n{\n  "x": null\n}\n']) {
      const cat = await loadTargetCatalog(fakeRustc(() => result(stdout)).run, { readText: async () => undefined, listDir: async () => undefined });
      expect(cat.source).toBe('snapshot');
      expect(cat.findings[0]).toMatchObject({ severity: 'notice', code: 'rustc-unavailable' });
      expect(cat.findings[0]!.message).toMatch(/^Could not read target facts from rustc \(it printed no target specs: .+\); using the embedded snapshot/);
    }
  });

  it('the snapshot records its rustc and has facts rustup and tiers alone would get wrong', () => {
    const snap = snapshotCatalog();
    expect(snap.rustc.release).toMatch(/^\d+\.\d+\.\d+/);
    expect(snap.rustc.commitHash).toMatch(/^[0-9a-f]{40}$/);
    expect(snap.targets.get('riscv32imc-unknown-none-elf')).toMatchObject({ tier: 2, std: false, noStd: true, os: 'none', arch: 'riscv32', maxAtomicWidth: 32 });
    expect(snap.targets.get('armv7-unknown-linux-musleabihf')).toMatchObject({ os: 'linux', env: 'musl', std: true, rustupStd: true });
    // Tier 2 without host tools still ships std; tier 3 never does.
    expect(snap.targets.get('thumbv8m.main-none-eabi')).toMatchObject({ tier: 2, std: false, rustupStd: true });
    const tier3 = [...snap.targets.values()].filter((f) => f.tier === 3);
    expect(tier3.every((f) => f.rustupStd === false)).toBe(true);
    expect([...snap.targets.values()].some((f) => f.std === null)).toBe(true);
    // Each call hands out its own map: callers may add custom targets.
    snap.targets.delete('thumbv6m-none-eabi');
    expect(snapshotCatalog().targets.has('thumbv6m-none-eabi')).toBe(true);
  });

  it('parses version text, manifest lines and the combined print', () => {
    expect(parseRustcVersion('rustc 1.97.0-nightly (abcdef123 2026-06-01)')).toMatchObject({ release: '1.97.0-nightly', commitHash: 'abcdef123', commitDate: '2026-06-01' });
    const m = rustStdFromChannelManifest(MANIFEST);
    expect([...m.available]).toEqual([
      ['thumbv6m-none-eabi', true],
      ['x86_64-unknown-linux-gnu', true],
      ['armv5te-unknown-linux-musleabi', false],
    ]);
    // A triple with a dot is a quoted key in the manifest (rustup ships std for the Cortex-M33 targets).
    const dotted = rustStdFromChannelManifest('x\n[pkg.rust-std.target."thumbv8m.main-none-eabi"]\navailable = true\nurl = "u"\n');
    expect([...dotted.available]).toEqual([['thumbv8m.main-none-eabi', true]]);
    const parts = splitCombinedPrint(`/s\n${SPECS}\n${SCHEMA}\n`);
    expect(parts.sysroot).toBe('/s');
    expect(JSON.parse(parts.specs)).toEqual(JSON.parse(SPECS));
    expect(JSON.parse(parts.schema!)).toEqual(JSON.parse(SCHEMA));
  });
});

describe.skipIf(!hasRustc)('target facts from the real rustc (skipped: rustc not on PATH)', () => {
  it('reads every built-in target in one call, and the snapshot agrees when it came from the same rustc', async () => {
    const cat = await loadTargetCatalog(runCommand, {
      readText: (p) => fs.readFile(p, 'utf8').catch(() => undefined),
      listDir: (p) => fs.readdir(p).catch(() => undefined),
    });
    expect(cat.source).toBe('rustc');
    const list = spawnSync('rustc', ['--print', 'target-list'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect([...cat.targets.keys()].sort()).toEqual(list.sort());
    expect(cat.rustc.host).toBeTruthy();
    expect(cat.targets.get(cat.rustc.host!)?.installed).toBe(true);
    const snap = snapshotCatalog();
    if (snap.rustc.commitHash?.startsWith(cat.rustc.commitHash ?? '?')) {
      for (const [name, f] of cat.targets) {
        const { installed: _a, ...mine } = f;
        const { installed: _b, ...theirs } = snap.targets.get(name)!;
        if (f.rustupStd === null) (theirs as { rustupStd: boolean | null }).rustupStd = null;
        expect(mine, name).toEqual(theirs);
      }
    }
  });
});
