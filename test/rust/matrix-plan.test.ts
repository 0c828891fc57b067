/** planMatrix with a fake toolchain and an in-memory workspace: the findings a bad input gives, and the outputs then. */
import { describe, expect, it } from 'vitest';
import { factsDocument, factsJson, planMatrix, type MatrixPlanRequest } from '../../shared/rust/matrix-plan.js';
import { WS, noRustc, planInMemory } from './plan-in-memory.js';

const request: MatrixPlanRequest = {
  targets: '',
  targetsFrom: [],
  targetPath: [],
  commands: ['build'],
  runner: 'auto',
  allowBootstrap: false,
  maxJobs: 256,
  batch: false,
  configDir: '/out',
  base: WS,
  workspace: WS,
  env: {},
  rustc: 'rustc',
  tempDir: '/tmp',
};
const plan = (over: Parameters<typeof planInMemory>[0], files: Record<string, string> = {}) => planInMemory(over, files);
const planWithEnv = (over: Parameters<typeof planInMemory>[0], env: Record<string, string>, files: Record<string, string> = {}) => planInMemory({ ...over, env }, files);

describe('planMatrix on bad input', () => {
  it('a rejected or missing target is its own error, not also "no targets found"', async () => {
    for (const over of [{ targets: '../outside/x.json' }, { targetsFrom: [`${WS}/missing/rust-toolchain.toml`] }]) {
      const r = await plan(over);
      expect(r.findings.filter((f) => f.severity !== 'notice').map((f) => f.code)).toEqual([over.targets ? 'target-path-outside' : 'targets-from-missing']);
      expect([r.matrix.json, r.matrix.hasEntries, r.matrix.count]).toEqual(['{"include":[]}', false, 0]);
    }
    const missing = (await plan({ targetsFrom: [`${WS}/missing.toml`] })).findings.find((f) => f.code === 'targets-from-missing')!;
    expect(missing.message).toContain("input 'targets-from'");
    expect(missing.hint).toMatch(/relative to the workspace/);
  });

  it('an unknown triple suggests the built-ins it was probably meant to be', async () => {
    const r = await plan({ targets: 'armv7-unknown-linux-musl\nthumbv6m-nonexistent-eabi' });
    const [musl, none] = r.findings.filter((f) => f.code === 'target-unknown');
    expect(musl).toMatchObject({ severity: 'error', file: 'targets', line: 1 });
    expect(musl!.hint).toBe('Did you mean armv7-unknown-linux-musleabi or armv7-unknown-linux-musleabihf? (rustc --print target-list)');
    expect(none).toMatchObject({ line: 2, hint: 'See rustc --print target-list, or give a .json spec.' });
    expect(r.matrix.hasEntries).toBe(false);
  });

  it("rust-toolchain.toml's channel becomes a rustup argument: an option or odd text is an error at its line, stable is used", async () => {
    const r = await plan({ targets: 'thumbv6m-none-eabi' }, { 'rust-toolchain.toml': '[toolchain]\nchannel = "--force; x"\n' });
    expect(r.findings.find((f) => f.code === 'toolchain-invalid')).toMatchObject({ severity: 'error', file: 'rust-toolchain.toml', line: 2 });
    expect(JSON.parse(r.matrix.json).include[0].toolchain).toBe('stable');
    const ok = await plan({ targets: 'thumbv6m-none-eabi' }, { 'rust-toolchain.toml': '[toolchain]\nchannel = "nightly-2026-04-01"\n' });
    expect([ok.toolchain, ok.toolchainFrom, ok.findings.some((f) => f.code === 'toolchain-invalid')]).toEqual(['nightly-2026-04-01', 'rust-toolchain.toml', false]);
  });

  it('RUSTFLAGS in the environment is a warning naming only the targets whose config sets rustflags and that do not clear it (SDK mode does)', async () => {
    const targets = '- target: thumbv6m-none-eabi\n  rustflags: [-C, link-arg=-Tlink.x]\n- riscv32imc-unknown-none-elf\n- target: aarch64-unknown-linux-gnu\n  sdk: true\n  rustflags: [-g]\n';
    const r = await plan({ targets });
    expect(r.findings.filter((f) => f.code === 'rustflags-in-environment')).toEqual([]);
    const env = await planWithEnv({ targets }, { RUSTFLAGS: '-g' });
    const w = env.findings.filter((f) => f.code === 'rustflags-in-environment');
    // riscv32imc's config sets no rustflags: RUSTFLAGS is then its only rustflags, nothing is lost, a notice says it reaches it
    expect(w.map((f) => [f.severity, f.message])).toEqual([
      ['warning', "RUSTFLAGS is set in the job environment; cargo then applies it instead of the generated config's rustflags for thumbv6m-none-eabi."],
      ['notice', 'RUSTFLAGS is set in the job environment; cargo applies it to riscv32imc-unknown-none-elf too (their generated configs set no rustflags).'],
    ]);
    expect(JSON.parse(env.matrix.json).include.find((e: { name: string }) => e.name === 'aarch64-unknown-linux-gnu')['clear-env']).toEqual(['RUSTFLAGS']);
    // CARGO_BUILD_RUSTFLAGS is build.rustflags: the config's target rustflags win and it is ignored
    const build = await planWithEnv({ targets }, { CARGO_BUILD_RUSTFLAGS: '-g' });
    expect(build.findings.filter((f) => f.code === 'rustflags-in-environment').map((f) => f.message)).toEqual([
      "CARGO_BUILD_RUSTFLAGS is set in the job environment; cargo ignores it for thumbv6m-none-eabi: the generated config's target rustflags take precedence over build.rustflags.",
    ]);
  });

  it('nothing named at all is a warning that says where to name targets', async () => {
    const r = await plan({ targetsFrom: [`${WS}/rust-toolchain.toml`] }, { 'rust-toolchain.toml': '[toolchain]\nchannel = "stable"\n' });
    expect(r.findings.find((f) => f.code === 'no-targets' && f.severity === 'warning')?.hint).toMatch(/targets/);
  });

  it('validate: codegen without a rustc is an error naming the input, not a quiet downgrade to schema', async () => {
    const r = await plan({ targets: 'thumbv6m-none-eabi', validate: 'codegen' });
    const f = r.findings.find((x) => x.code === 'validate-without-rustc')!;
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.message).toContain("input 'validate'");
    expect(f.hint).toContain('validate: schema');
    // The summary reports what ran.
    expect(r.validate).toBe('schema');
  });

  it('rustc is asked first and the targets-from files are read while it runs; its findings still come first', async () => {
    let rustcRunning = false;
    let readWhileRustcRan = false;
    const r = await planMatrix(
      { ...request, targetsFrom: [`${WS}/missing/rust-toolchain.toml`] },
      {
        exec: async () => {
          rustcRunning = true;
          await new Promise((resolve) => setTimeout(resolve, 20));
          rustcRunning = false;
          return { code: null, signal: null, stdout: '', stderr: 'spawn rustc ENOENT', timedOut: false, durationMs: 20 };
        },
        readText: async (p) => {
          if (p.endsWith('missing/rust-toolchain.toml')) readWhileRustcRan ||= rustcRunning;
          return undefined;
        },
        listDir: async () => undefined,
        writeFiles: async () => undefined,
      },
    );
    expect(readWhileRustcRan).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['rustc-unavailable', 'targets-from-missing']);
  });

  it('writes every cargo config in one batch, each once, and facts.json after them, all before it returns', async () => {
    const targets = ['thumbv6m-none-eabi', 'thumbv7em-none-eabihf', 'riscv32imc-unknown-none-elf', 'aarch64-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf', 'x86_64-unknown-linux-musl', 'wasm32-unknown-unknown', 'i686-unknown-linux-gnu'];
    const batches: string[][] = [];
    const written: string[] = [];
    const r = await planMatrix(
      { ...request, targets: targets.join('\n') },
      {
        exec: noRustc,
        readText: async () => undefined,
        listDir: async () => undefined,
        writeFiles: async (files) => {
          batches.push(files.map(([f]) => f));
          await new Promise((resolve) => setTimeout(resolve, 5));
          written.push(...files.map(([f]) => f));
        },
      },
    );
    expect(batches.map((b) => b.length)).toEqual([targets.length, 1]);
    expect(written.filter((f) => f.endsWith('.toml')).sort()).toEqual(targets.map((t) => `/out/${t}.toml`).sort());
    expect(written.at(-1)).toBe(r.factsPath);
  });
});

describe('facts.json', () => {
  it('parses to the facts document, one target per line after the indented header', async () => {
    const r = await planInMemory({ targets: 'thumbv6m-none-eabi\nx86_64-unknown-linux-gnu\nno-such-target' });
    const text = r.written.get(r.factsPath)!;
    const doc = factsDocument(r.toolchain, r.toolchainFrom, r.catalog, r.validate, r.rows);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('    {"name":')).map((l) => (JSON.parse(l.replace(/,$/, '')) as { name: string }).name)).toEqual(['thumbv6m-none-eabi', 'x86_64-unknown-linux-gnu', 'no-such-target']);
    expect(lines[1]).toBe(`  "toolchain": "${r.toolchain}",`);
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  it('without targets it is still JSON', () => {
    const text = factsJson({ toolchain: 'stable', toolchainFrom: 'default', source: 'snapshot', rustc: null as never, validate: 'schema', targets: [] });
    expect(JSON.parse(text)).toMatchObject({ toolchain: 'stable', targets: [] });
  });
});

describe('hostile sizes', () => {
  it('a spec with 160,000 findings (unprefixed features) is planned with every finding, not a stack overflow', async () => {
    // (its findings were spread into push() as arguments: past ~120,000, RangeError: Maximum call stack size exceeded)
    const features = ['-mmx', '-sse', '+soft-float', ...Array.from({ length: 160_000 }, (_, i) => `feat${i}`)].join(',');
    const spec = JSON.stringify({
      'llvm-target': 'x86_64-unknown-none',
      'data-layout': 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128',
      arch: 'x86_64',
      'target-pointer-width': 64,
      os: 'none',
      'linker-flavor': 'gnu-lld',
      linker: 'rust-lld',
      'panic-strategy': 'abort',
      features,
      'rustc-abi': 'softfloat',
    });
    const r = await planInMemory({ targets: 'specs/x.json' }, { 'specs/x.json': spec });
    expect(r.findings.length).toBeGreaterThan(160_000);
  });
});
