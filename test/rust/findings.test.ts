/**
 * The rust findings catalogue: one row per code that no other test or fixture produced, each made by the code
 * path that really makes it. Spec rows are also put to rustc 1.95 (when installed), so each finding stands for
 * what the real compiler does with that spec.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/finding.js';
import type { CommandResult, RunCommand } from '../../shared/io.js';
import { rustFindings, type RustFindingCode } from '../../shared/rust/findings.js';
import { buildMatrix, hostFromTriple, planTarget, type MatrixEntry, type PlanOptions } from '../../shared/rust/matrix.js';
import { targetsFromInput, type TargetRequest } from '../../shared/rust/target-sources.js';
import { confirmSpecWithRustc, validateTargetSpec } from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { planInMemory } from './plan-in-memory.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;
const catalog = snapshotCatalog();
const MYOS = readFileSync(path.join(ROOT, 'fixtures/rust/specs/x86_64-myos.json'), 'utf8');
const base = JSON.parse(MYOS) as Record<string, unknown>;
const ARM_DL = 'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64';

/** The x86_64-myos fixture with one edit, pretty-printed (line numbers below are in this text). */
const mutate = (edit: (s: Record<string, unknown>) => void) => {
  const s = structuredClone(base);
  edit(s);
  return JSON.stringify(s, null, 2);
};
const pretty = (o: unknown) => JSON.stringify(o, null, 2);

const result = (stdout: string, code = 0, stderr = ''): CommandResult => ({ code, signal: null, stdout, stderr, timedOut: false, durationMs: 1 });

/** A rustc that knows one built-in (x86_64-unknown-none, as rustc 1.95 prints it) and accepts every spec at --print cfg. */
const acceptingRustc: RunCommand = async (_file, args) => {
  if (args[0] === '-vV') return result('rustc 1.95.0 (59807616e 2026-04-14)\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\n');
  if (args.includes('all-target-specs-json')) {
    const none = catalog.targets.get('x86_64-unknown-none')!;
    const specs = { 'x86_64-unknown-none': { arch: 'x86_64', 'llvm-target': none.llvmTarget, 'data-layout': none.dataLayout, 'target-pointer-width': 64, metadata: { tier: 2, std: false, host_tools: false } } };
    return result(`/sysroot\n${pretty(specs)}\n${pretty(catalog.schema)}\n`);
  }
  if (args.includes('cfg')) return result('target_arch="x86_64"\ntarget_os="myos"\n');
  return result('', 1, 'error: unexpected call');
};

const plan = async (over: Parameters<typeof planInMemory>[0], files: Record<string, string> = {}, exec?: RunCommand): Promise<Finding[]> => (await planInMemory(over, files, exec)).findings;

const planOpts: PlanOptions = { catalog, toolchain: 'stable', allowBootstrap: false, runner: 'auto', commands: ['build'], configDir: '/out', host: hostFromTriple('x86_64-unknown-linux-gnu') };
const request = (target: string): TargetRequest => ({ target, kind: 'triple', origin: 'input', file: 'targets', line: 1, options: {} });
/** A built-in planned as if no rustup channel manifest said whether rustup ships its std. */
const planUnknownStd = (target: string) => planTarget({ request: request(target), facts: { ...catalog.targets.get(target)!, rustupStd: null }, custom: false }, planOpts).findings;
const entries = (n: number): MatrixEntry[] => [...catalog.targets.keys()].slice(0, n).map((t) => planTarget({ request: request(t), facts: catalog.targets.get(t)!, custom: false }, planOpts).entry);

interface Row {
  code: RustFindingCode;
  produce: () => Finding[] | Promise<Finding[]>;
  /** Fields the finding of `code` must have (severity is checked against the catalogue unless given here). */
  expect: Partial<Finding>;
  /** The spec the finding is about: what rustc 1.95 does with it. */
  spec?: { text: string; rustc: 'rejects at --print cfg' | 'rejects at codegen' | 'accepts'; says?: RegExp };
}

const specRow = (code: RustFindingCode, text: string, expectation: Partial<Finding>, rustc: NonNullable<Row['spec']>['rustc'], says?: RegExp): Row => ({
  code,
  produce: () => validateTargetSpec(text, { file: 'specs/t.json', catalog }).findings,
  expect: { file: 'specs/t.json', ...expectation },
  spec: { text, rustc, ...(says ? { says } : {}) },
});

const ROWS: Row[] = [
  {
    code: 'target-option-invalid',
    produce: () => targetsFromInput('- target: thumbv6m-none-eabi\n  runner: 3\n').findings,
    expect: { file: 'targets', line: 2, message: 'runner must be auto | qemu-user | qemu-system | none or a command, got 3.' },
  },
  {
    code: 'target-path-missing',
    produce: () => plan({ targetPath: ['/ws/sdk/targets'] }),
    expect: { file: 'sdk/targets', message: "input 'target-path': directory sdk/targets does not exist.", hint: 'Install the SDK before this step, or fix the directory.' },
  },
  {
    code: 'spec-missing',
    produce: () => plan({ targets: 'specs/nowhere.json' }),
    expect: { file: 'targets', line: 1, message: 'Target spec specs/nowhere.json does not exist.' },
  },
  {
    code: 'spec-shadows-builtin',
    produce: () => plan({ targets: 'specs/x86_64-unknown-none.json' }, { 'specs/x86_64-unknown-none.json': MYOS }),
    expect: { file: 'specs/x86_64-unknown-none.json', message: 'specs/x86_64-unknown-none.json has the name of the built-in x86_64-unknown-none; rustc picks the built-in for --target x86_64-unknown-none.' },
  },
  {
    // The layout is not LLVM's default for x86_64-unknown-none-elf: rustc 1.95 reads it and fails only at codegen.
    code: 'rustc-accepted',
    produce: () =>
      plan({ targets: 'specs/x86_64-myos.json', validate: 'rustc' }, { 'specs/x86_64-myos.json': mutate((s) => (s['data-layout'] = 'e-m:e-i64:64-n8:16:32:64-S128')) }, acceptingRustc),
    expect: { file: 'specs/x86_64-myos.json', message: 'rustc (rustc) accepted specs/x86_64-myos.json although the checks above found errors; they fail later (codegen, or a newer rustc).' },
  },
  {
    code: 'build-std-assumed',
    produce: () => planUnknownStd('aarch64-unknown-hermit'),
    expect: { file: 'targets', line: 1, message: 'Could not ask rustup about aarch64-unknown-hermit; tier-3 targets have no prebuilt std, so build-std is on.' },
  },
  {
    code: 'rustup-std-unknown',
    produce: () => planUnknownStd('thumbv6m-none-eabi'),
    expect: { file: 'targets', line: 1, message: 'Could not tell whether rustup ships std for thumbv6m-none-eabi (no channel manifest); assuming it does.' },
  },
  {
    code: 'batched',
    produce: () => buildMatrix(entries(5), { maxJobs: 2, batch: true }).findings,
    expect: { message: '5 targets in 2 jobs of up to 3.' },
  },
  specRow(
    'spec-not-integer',
    JSON.stringify(base, null, 2).replace('"max-atomic-width": 64', '"max-atomic-width": 64.0'),
    { line: 20, message: '/max-atomic-width: max-atomic-width is written as a decimal number; rustc wants an integer.' },
    'rejects at --print cfg',
    /floating point `64.0`, expected u64/,
  ),
  specRow('spec-legacy-value', mutate((s) => (s['rustc-abi'] = 'x86-softfloat')), { line: 14, message: '/rustc-abi: "x86-softfloat" is the old name of the softfloat rustc-abi.' }, 'accepts'),
  specRow(
    'spec-schema',
    mutate((s) => (s['frame-pointer'] = 'sometimes')),
    { line: 15, message: '/frame-pointer: "sometimes" is not one of "always", "non-leaf", "may-omit".' },
    'rejects at --print cfg',
    /invalid frame pointer: 'sometimes'/,
  ),
  specRow(
    'spec-pointer-width',
    mutate((s) => (s['target-pointer-width'] = 128)),
    { line: 5, message: '/target-pointer-width: 128 is not a pointer width rustc supports.' },
    'rejects at --print cfg',
    /unrecognized target-pointer-width 128/,
  ),
  specRow(
    'spec-data-layout-pointer',
    mutate((s) => (s['target-pointer-width'] = 32)),
    { line: 3, message: '/data-layout: data-layout says pointers are 64-bit (no "p:" entry means 64), but "target-pointer-width" is 32.' },
    'rejects at --print cfg',
    /"data-layout" claims pointers are 64-bit/,
  ),
  specRow(
    'spec-data-layout-endian',
    mutate((s) => (s['target-endian'] = 'big')),
    { line: 3, message: '/data-layout: data-layout is little-endian ("e"), but "target-endian" is big.' },
    'rejects at --print cfg',
    /"data-layout" claims architecture is little-endian/,
  ),
  specRow(
    'spec-unknown-arch',
    mutate((s) => {
      s.arch = 'x86_65';
      delete s['rustc-abi'];
      delete s.features;
    }),
    { line: 4, message: '/arch: "x86_65" is not an arch rustc knows; it accepts the file but panics at codegen ("no lowering implemented").', hint: 'Did you mean "x86_64"?' },
    'rejects at codegen',
    /panicked/,
  ),
  specRow(
    'spec-unknown-llvm-arch',
    mutate((s) => (s['llvm-target'] = 'mystery-unknown-none')),
    { line: 2, message: '/llvm-target: LLVM knows no arch "mystery"; rustc cannot create an LLVM TargetMachine for "mystery-unknown-none" and crashes.' },
    'rejects at --print cfg',
    /could not create LLVM TargetMachine for triple: mystery-unknown-none/,
  ),
  specRow(
    'spec-inconsistent',
    mutate((s) => (s['is-like-windows'] = true)),
    { line: 22, message: '/is-like-windows: "is-like-windows" must be true exactly when "os" is "windows", "uefi" or "cygwin"; here it is true.' },
    'rejects at --print cfg',
    /`is_like_windows` must be set if and only if `os` is `windows`, `uefi` or `cygwin`/,
  ),
  specRow(
    'spec-linker-flavor',
    mutate((s) => (s['linker-flavor'] = 'msvc-lld')),
    { line: 9, message: '/linker-flavor: linker-flavor "msvc-lld" is only for targets where "is-like-msvc" is true.' },
    'rejects at --print cfg',
    /`linker_flavor` must be `msvc` if and only if `is_like_msvc` is set/,
  ),
  specRow(
    'spec-empty-link-args',
    mutate((s) => (s['pre-link-args'] = { 'gnu-lld': [] })),
    { line: 23, message: '/pre-link-args/gnu-lld: Empty argument list for linker flavor "gnu-lld".' },
    'rejects at --print cfg',
    /linker flavor args must not be empty/,
  ),
  specRow('spec-empty-value', mutate((s) => (s.vendor = '')), { line: 22, message: '/vendor: "vendor" cannot be empty.' }, 'rejects at --print cfg', /`vendor` cannot be empty/),
  specRow(
    'spec-os-unknown',
    mutate((s) => (s.os = 'unknown')),
    { line: 7, message: '/os: "os": "unknown" is reserved for a few built-in targets.' },
    'rejects at --print cfg',
    /`unknown` os can only be used on particular targets/,
  ),
  specRow(
    'spec-crt-static',
    mutate((s) => (s['crt-static-default'] = true)),
    { line: 22, message: '/crt-static-default: A static CRT can be enabled but "crt-static-respected" is not set.' },
    'rejects at --print cfg',
    /static CRT can be enabled but `crt_static_respected` is not set/,
  ),
  specRow(
    'spec-riscv-abiname',
    pretty({ 'llvm-target': 'riscv32', 'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128', arch: 'riscv32', 'llvm-abiname': 'ilp99', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
    { line: 5, message: '/llvm-abiname: "ilp99" is not a riscv32 ABI name (rustc: "invalid RISC-V ABI name").' },
    'rejects at --print cfg',
    /invalid RISC-V ABI name: ilp99/,
  ),
  specRow(
    'spec-arm-floatabi',
    pretty({ 'llvm-target': 'thumbv7em-none-eabihf', 'data-layout': ARM_DL, arch: 'arm', abi: 'eabihf', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'abort' }),
    { line: 1, message: 'ARM specs must set "llvm-floatabi" to "hard" or "soft".', hint: 'Add "llvm-floatabi": "hard" (the eabihf ABI passes floats in FPU registers).' },
    'rejects at --print cfg',
    /ARM targets must set `llvm-floatabi` to `hard` or `soft`/,
  ),
  specRow(
    'spec-rustc-abi',
    mutate((s) => (s['rustc-abi'] = 'x86-sse2')),
    { line: 14, message: '/rustc-abi: "x86-sse2" is only valid for 32-bit x86.' },
    'rejects at --print cfg',
    /`x86-sse2` ABI is only valid for x86-32 targets/,
  ),
  specRow(
    'spec-feature-syntax',
    mutate((s) => (s.features = `${String(s.features)},sse2`)),
    { line: 13, message: '/features: Target feature "sse2" must start with + or -.' },
    'rejects at --print cfg',
    /target feature `sse2` is invalid, must start with `\+` or `-`/,
  ),
  specRow(
    'spec-feature-conflict',
    mutate((s) => (s.features = `${String(s.features)},+avx,-avx`)),
    { line: 13, message: '/features: Target feature "avx" is both enabled and disabled.' },
    'rejects at --print cfg',
    /target feature `avx` is both enabled and disabled/,
  ),
  specRow(
    'spec-abi-feature',
    mutate((s) => {
      delete s['rustc-abi'];
      s.features = '-sse2';
    }),
    { line: 13, message: '/features: "-sse2" disables a feature the default hard-float x86_64 ABI requires (rustc: "required by the ABI but gets disabled").' },
    'rejects at --print cfg',
    /target feature `sse2` is required by the ABI but gets disabled/,
  ),
];

describe('rust findings: one row per code no other test produced', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rda-rust-findings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const row of ROWS) {
    it(row.code, async () => {
      const found = (await row.produce()).filter((f) => f.code === row.code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: rustFindings.specs[row.code].severity, ...row.expect });
      if (!row.spec || !hasRustc) return;
      // What rustc 1.95 does with the same file (it reports only its first problem).
      const file = path.join(dir, `${row.code}.json`);
      writeFileSync(file, row.spec.text);
      // In the scratch directory: a rustc that panics leaves its rustc-ice-*.txt report in its working directory.
      const run: RunCommand = (f, args, options) => runCommand(f, args, { ...options, cwd: dir });
      const cfg = await confirmSpecWithRustc(run, file, { level: 'rustc', outDir: dir });
      const codegen = cfg.accepted ? await confirmSpecWithRustc(run, file, { level: 'codegen', outDir: dir }) : cfg;
      const verdict = !cfg.accepted ? 'rejects at --print cfg' : !codegen.accepted ? 'rejects at codegen' : 'accepts';
      expect(verdict).toBe(row.spec.rustc);
      if (row.spec.says) expect(codegen.findings[0]?.message ?? '').toMatch(row.spec.says);
    });
  }
});

describe('the rust catalogue', () => {
  const codes = Object.keys(rustFindings.specs) as RustFindingCode[];

  it('refuses a code it does not list', () => {
    expect(() => rustFindings.make('target-unkown' as RustFindingCode, 'x')).toThrow("finding code 'target-unkown' is not in the rust catalogue");
  });

  it('a call may change the severity; it defaults to the catalogue', () => {
    expect(rustFindings.make('no-targets', 'x').severity).toBe('notice');
    expect(rustFindings.make('no-targets', 'x', { severity: 'warning', hint: 'h' })).toEqual({ severity: 'warning', code: 'no-targets', message: 'x', hint: 'h' });
  });

  it('every entry has a one-line meaning and a documentation paragraph', () => {
    const thin = codes.filter((c) => {
      const s = rustFindings.specs[c];
      return s.meaning.includes('\n') || s.meaning.length > 160 || s.docs.length < 120 || !/[.!?]$/.test(s.docs.trim());
    });
    expect(thin).toEqual([]);
  });

  it('every code is produced and asserted by some test', () => {
    // A code no test names can stop firing unnoticed.
    const texts: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = path.join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|json|txt)$/.test(n)) texts.push(readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'test'));
    const all = texts.join('\n');
    expect(codes.filter((c) => !new RegExp(`['"\`]${c}['"\`@]`).test(all))).toEqual([]);
  });
});
