/**
 * Issue 16's custom-target-spec cases, each from a real spec (rustc 1.95's own built-ins, or the x86_64-myos
 * fixture) with the one change the issue names: our verdict and finding, rustc's verdict on the same file
 * (`--print cfg`, then the `#![no_core]` codegen probe), and every fix text applied and re-validated by both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunCommand } from '../../shared/io.js';
import { llvmDataLayout, parseLlvmArch } from '../../shared/rust/llvm-triple.js';
import { codegenFlags, confirmSpecWithRustc, validateTargetSpec, type SpecFinding } from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { applyHint } from './spec-mutations.js';

const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;
const catalog = snapshotCatalog();
const ROOT = new URL('../../', import.meta.url).pathname;
const MYOS = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/rust/specs/x86_64-myos.json'), 'utf8')) as Spec;
type Spec = Record<string, unknown>;

/** rustc 1.95's built-in specs (the fields these cases start from), as `--print target-spec-json` gives them. */
const BUILTIN: Record<string, Spec> = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/rust/specs/builtins-1.95.json'), 'utf8'));
const builtin = (name: string, edit: (s: Spec) => void = () => {}): Spec => {
  const s = structuredClone(BUILTIN[name]!);
  edit(s);
  return s;
};
const myos = (edit: (s: Spec) => void): Spec => {
  const s = structuredClone(MYOS);
  edit(s);
  return s;
};
const pretty = (s: Spec) => JSON.stringify(s, null, 2);
const check = (text: string) => validateTargetSpec(text, { file: 'specs/t.json', catalog });
const errors = (text: string) => check(text).findings.filter((f) => f.severity === 'error');

const dir = mkdtempSync(path.join(tmpdir(), 'rda-spec-llvm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// In the scratch directory: a rustc that panics leaves its rustc-ice-*.txt in its working directory.
const run: RunCommand = (f, args, options) => runCommand(f, args, { ...options, cwd: dir });
let n = 0;
async function rustcVerdict(text: string, rustflags: string[] = []): Promise<{ accepted: boolean; stderr: string }> {
  const file = path.join(dir, `t${n++}.json`);
  writeFileSync(file, text);
  const r = await confirmSpecWithRustc(run, file, { level: 'codegen', outDir: dir, rustflags });
  return { accepted: r.accepted, stderr: r.stderr };
}

interface Row {
  name: string;
  text: string;
  /** Error codes we report (exactly). */
  ours: string[];
  /** What rustc 1.95 says, and a part of its message. */
  rustc: 'accepts' | RegExp;
}

/** A fix chain of the differential run (seed 17): the QNX x86_64 spec moved to mips64, whose "cpu" stayed "x86-64" and whose features give no 64-bit MIPS ISA. */
const MIPS64_FROM_QNX = builtin('x86_64-pc-nto-qnx710', (s) =>
  Object.assign(s, { 'llvm-target': 'mips64-unknown-linux-gnuabi64', arch: 'mips64', 'data-layout': 'E-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128', 'target-endian': 'big' }),
);

const ROWS: Row[] = [
  // False rejections: null means "the default" in the schema.
  { name: 'os null', text: pretty(myos((s) => (s.os = null))), ours: [], rustc: 'accepts' },
  { name: 'vendor null', text: pretty(myos((s) => (s.vendor = null))), ours: [], rustc: 'accepts' },
  // False acceptances.
  { name: 'link-args key not a flavor', text: pretty(myos((s) => (s['pre-link-args'] = { foo: ['-nostdlib'] }))), ours: ['spec-link-args-flavor'], rustc: /invalid linker flavor/ },
  { name: 'llvm-target LLVM does not know', text: pretty(myos((s) => (s['llvm-target'] = 'foo-unknown-none'))), ours: ['spec-unknown-llvm-arch'], rustc: /could not create LLVM TargetMachine/ },
  { name: 'empty llvm-target', text: pretty(myos((s) => (s['llvm-target'] = ''))), ours: ['spec-unknown-llvm-arch'], rustc: /could not create LLVM TargetMachine/ },
  { name: 'llvm arch without a backend in rustc', text: pretty(myos((s) => (s['llvm-target'] = 'spirv64-unknown-unknown'))), ours: ['spec-unknown-llvm-arch'], rustc: /could not create LLVM TargetMachine/ },
  { name: 'UTF-8 byte-order mark', text: `\uFEFF${pretty(MYOS)}`, ours: ['json-bom'], rustc: /expected value at line 1 column 1/ },
  { name: 'tiny code model on x86_64', text: pretty(myos((s) => (s['code-model'] = 'tiny'))), ours: ['spec-llvm-code-model'], rustc: /does not support the tiny CodeModel/ },
  { name: 'kernel code model on aarch64', text: pretty(builtin('aarch64-unknown-none', (s) => (s['code-model'] = 'kernel'))), ours: ['spec-llvm-code-model'], rustc: /Only small, tiny and large code models are allowed on AArch64/ },
  { name: 'n32 on 32-bit mips', text: pretty(builtin('mips-unknown-linux-gnu', (s) => (s['llvm-abiname'] = 'n32'))), ours: ['spec-llvm-abiname'], rustc: /64-bit code requested/ },
  { name: 'loongarch64 without llvm-abiname', text: pretty(builtin('loongarch64-unknown-none', (s) => delete s['llvm-abiname'])), ours: ['spec-llvm-abiname'], rustc: /panicked/ },
  { name: 'bogus cpu on x86_64', text: pretty(myos((s) => (s.cpu = 'bogus-cpu'))), ours: ['spec-llvm-cpu'], rustc: /64-bit code requested/ },
  { name: 'i386 cpu on x86_64', text: pretty(myos((s) => (s.cpu = 'i386'))), ours: ['spec-llvm-cpu'], rustc: /64-bit code requested/ },
  { name: 'RV32 cpu on riscv64', text: pretty(builtin('riscv64gc-unknown-none-elf', (s) => (s.cpu = 'sifive-e31'))), ours: ['spec-llvm-cpu'], rustc: /RV64 target requires an RV64 CPU/ },
  { name: 'RV64 cpu on riscv32', text: pretty(builtin('riscv32imac-unknown-none-elf', (s) => (s.cpu = 'sifive-u74'))), ours: ['spec-llvm-cpu'], rustc: /RV32 target requires an RV32 CPU/ },
  { name: 'tiny code model on an Apple aarch64 triple', text: pretty(builtin('aarch64-apple-darwin', (s) => (s['code-model'] = 'tiny'))), ours: ['spec-llvm-code-model'], rustc: /tiny code model is only supported on ELF/ },
  { name: 'a static relocation model on AIX', text: pretty(builtin('powerpc64-ibm-aix', (s) => (s['relocation-model'] = 'static'))), ours: ['spec-llvm-relocation-model'], rustc: /AIX only supports PIC/ },
  { name: 'the llbc linker flavor on mips', text: pretty(builtin('mips-mti-none-elf', (s) => (s['linker-flavor'] = 'llbc'))), ours: [], rustc: 'accepts' },
  { name: 'BPF without bitcode output (no i128 through extern "C" in its probe)', text: pretty(builtin('bpfeb-unknown-none', (s) => delete s['obj-is-bitcode'])), ours: [], rustc: 'accepts' },
  { name: 'a MIPS cpu on hexagon', text: pretty(builtin('hexagon-unknown-linux-musl', (s) => (s.cpu = 'mips64r6'))), ours: ['spec-llvm-cpu'], rustc: /SIGILL/ },
  { name: 'aarch64 stack probes by call', text: pretty(builtin('aarch64-unknown-none', (s) => (s['stack-probes'] = { kind: 'call' }))), ours: ['spec-stack-probes-unsupported'], rustc: /Unsupported stack probing method/ },
  { name: 'riscv32 ilp32e with the ilp32 stack alignment', text: pretty(builtin('riscv32e-unknown-none-elf', (s) => (s['data-layout'] = 'e-m:e-p:32:32-i64:64-n32-S128'))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'riscv32 ilp32f with the ilp32e stack alignment', text: pretty(builtin('riscv32imafc-unknown-none-elf', (s) => (s['data-layout'] = 'e-m:e-p:32:32-i64:64-n32-S32'))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'riscv64 lp64e with the lp64 stack alignment', text: pretty(builtin('riscv64gc-unknown-none-elf', (s) => Object.assign(s, { 'llvm-abiname': 'lp64e', features: '+e,+m,+a,+c' }))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'powerpc64 elfv2 with the elfv1 layout', text: pretty(builtin('powerpc64-unknown-linux-gnu', (s) => (s['llvm-abiname'] = 'elfv2'))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'apple triple with ELF mangling', text: pretty(builtin('x86_64-apple-darwin', (s) => (s['data-layout'] = String(s['data-layout']).replace('m:o', 'm:e')))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'COFF mangling on an ELF triple', text: pretty(myos((s) => (s['data-layout'] = String(s['data-layout']).replace('m:e', 'm:w')))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'gnux32 triple with 64-bit pointers', text: pretty(builtin('x86_64-unknown-linux-gnu', (s) => (s['llvm-target'] = 'x86_64-unknown-linux-gnux32'))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'hard-float ABI with SSE disabled', text: pretty(myos((s) => Object.assign(s, { features: '-mmx,-sse' }, delete s['rustc-abi']))), ours: ['spec-hard-float-without-sse'], rustc: /SSE register return with SSE disabled/ },
  { name: 'softfloat rustc-abi without +soft-float', text: pretty(myos((s) => (s.features = '-mmx,-sse'))), ours: ['spec-hard-float-without-sse'], rustc: /SSE register return with SSE disabled/ },
  // Found by the differential run (test/rust/spec-mutations.ts) over one-change mutations of the built-ins.
  { name: 'arch of another LLVM backend', text: pretty(builtin('thumbv8m.main-nuttx-eabi', (s) => (s.arch = 'sparc'))), ours: ['spec-arch-llvm-mismatch'], rustc: /is not a recognized feature for this target/ },
  { name: 'fallback CRT objects without self-contained linking', text: pretty(builtin('powerpc-unknown-linux-musl', (s) => delete s['crt-objects-fallback'])), ours: ['spec-self-contained-objects'], rustc: /if `link_self_contained` is disabled/ },
  { name: 'big-endian PowerPC64 without llvm-abiname', text: pretty(builtin('powerpc64-unknown-openbsd', (s) => delete s['llvm-abiname'])), ours: ['spec-llvm-abiname'], rustc: /invalid PowerPC64 ABI name/ },
  { name: 'little-endian PowerPC64 with elfv1', text: pretty(builtin('powerpc64le-unknown-linux-gnu', (s) => (s['llvm-abiname'] = 'elfv1'))), ours: ['spec-llvm-abiname'], rustc: /only support the `elfv2` ABI/ },
  { name: 'apple vendor with a non-Apple os', text: pretty(builtin('aarch64-apple-visionos-sim', (s) => (s.os = 'vita'))), ours: ['spec-inconsistent'], rustc: /non-Apple platform/ },
  { name: 'ARM llvm-floatabi null', text: pretty(builtin('armv7r-none-eabihf', (s) => (s['llvm-floatabi'] = null))), ours: ['spec-arm-floatabi'], rustc: /ARM targets must set `llvm-floatabi`/ },
  { name: 'the old softfloat name on a non-x86 arch', text: pretty(builtin('riscv32i-unknown-none-elf', (s) => (s['rustc-abi'] = 'x86-softfloat'))), ours: ['spec-rustc-abi'], rustc: /`softfloat` ABI is only valid for x86 and s390x targets/ },
  { name: 'fallback CRT objects with crt-objects-fallback "false"', text: pretty(builtin('i686-unknown-uefi', (s) => (s['pre-link-objects-fallback'] = BUILTIN['i686-pc-windows-gnu']!['pre-link-objects-fallback']))), ours: ['spec-self-contained-objects'], rustc: /if `link_self_contained` is disabled/ },
  { name: 'cc and non-cc link args that differ', text: pretty(builtin('x86_64-unknown-linux-gnu', (s) => (s['pre-link-args'] = { gnu: ['-y'], 'gnu-cc': ['-Wl,-x'] }))), ours: ['spec-link-args-cc'], rustc: /link args for cc and non-cc versions of flavors are not consistent/ },
  { name: 'cc and non-cc link args that agree', text: pretty(builtin('x86_64-unknown-linux-gnu', (s) => (s['pre-link-args'] = { gnu: ['-x'], 'gnu-cc': ['-Wl,-x', '-m64'] }))), ours: [], rustc: 'accepts' },
  { name: 'a wasm target\'s link args on a Linux target', text: pretty(builtin('x86_64-unknown-linux-gnu', (s) => (s['pre-link-args'] = BUILTIN['wasm32-wali-linux-musl']!['pre-link-args']))), ours: ['spec-link-args-cc'], rustc: /link args for cc and non-cc versions of flavors are not consistent/ },
  { name: 'an x86_64 entry ABI on riscv32', text: pretty(builtin('riscv32imac-unknown-none-elf', (s) => (s['entry-abi'] = 'win64'))), ours: ['spec-entry-abi'], rustc: /panicked/ },
  { name: 'a RISC-V entry ABI on riscv32', text: pretty(builtin('riscv32imac-unknown-none-elf', (s) => (s['entry-abi'] = 'riscv-interrupt-m'))), ours: [], rustc: 'accepts' },
  { name: 'need-explicit-cpu without -C target-cpu', text: pretty(builtin('x86_64-unknown-netbsd', (s) => (s['need-explicit-cpu'] = true))), ours: ['spec-needs-cpu'], rustc: /target requires explicitly specifying a cpu/ },
  // From the notes of the earlier session, each checked with rustc 1.95.
  { name: 'split DWARF on a Mach-O triple', text: pretty(builtin('x86_64-apple-darwin', (s) => (s['debuginfo-kind'] = 'dwarf'))), ours: ['spec-split-dwarf'], rustc: /dwo only supported with COFF, ELF, and Wasm/ },
  { name: 'split DWARF by default (no debuginfo-kind) on a Mach-O triple', text: pretty(builtin('aarch64-apple-darwin', (s) => delete s['debuginfo-kind'])), ours: ['spec-split-dwarf'], rustc: /dwo only supported with COFF, ELF, and Wasm/ },
  { name: 'split DWARF on AIX (XCOFF)', text: pretty(builtin('powerpc64-ibm-aix', (s) => (s['split-debuginfo'] = 'packed'))), ours: ['spec-split-dwarf'], rustc: /dwo only supported with COFF, ELF, and Wasm/ },
  { name: 'DWARF on a Mach-O triple without split debuginfo', text: pretty(builtin('x86_64-apple-darwin', (s) => Object.assign(s, { 'debuginfo-kind': 'dwarf', 'split-debuginfo': 'off' }))), ours: [], rustc: 'accepts' },
  { name: 'dSYM debuginfo with split debuginfo on an ELF triple', text: pretty(builtin('x86_64-unknown-linux-gnu', (s) => Object.assign(s, { 'debuginfo-kind': 'dwarf-dsym', 'split-debuginfo': 'packed' }))), ours: [], rustc: 'accepts' },
  { name: 'an x86 cpu on AIX', text: pretty(builtin('powerpc64-ibm-aix', (s) => (s.cpu = 'x86-64'))), ours: ['spec-llvm-cpu'], rustc: /soft-float is not yet supported on AIX/ },
  // From the differential run with seed 31 (1000 mutations: 999 agreed before this row).
  { name: 'large code model on AArch64 ELF ILP32', text: pretty(builtin('aarch64_be-unknown-linux-gnu_ilp32', (s) => (s['code-model'] = 'large'))), ours: ['spec-llvm-code-model'], rustc: /8 byte PC relative data relocation is not supported in ILP32/ },
  { name: 'large code model on arm64_32 (Mach-O ILP32)', text: pretty(builtin('arm64_32-apple-watchos', (s) => (s['code-model'] = 'large'))), ours: [], rustc: 'accepts' },
  { name: 'tiny code model on AArch64 ELF ILP32', text: pretty(builtin('aarch64-unknown-linux-gnu_ilp32', (s) => (s['code-model'] = 'tiny'))), ours: [], rustc: 'accepts' },
  { name: 'an unknown cpu on AIX', text: pretty(builtin('powerpc64-ibm-aix', (s) => (s.cpu = 'bogus-cpu'))), ours: ['spec-llvm-cpu'], rustc: /soft-float is not yet supported on AIX/ },
  { name: 'a PowerPC cpu LLVM knows on AIX', text: pretty(builtin('powerpc64-ibm-aix', (s) => (s.cpu = 'pwr9'))), ours: [], rustc: 'accepts' },
  { name: 'a 32-bit SPE cpu on powerpc64', text: pretty(builtin('powerpc64-unknown-linux-gnu', (s) => (s.cpu = 'e500'))), ours: ['spec-llvm-cpu'], rustc: /SPE is only supported for 32-bit targets/ },
  { name: 'an unknown cpu on powerpc64 Linux (LLVM only warns)', text: pretty(builtin('powerpc64le-unknown-linux-gnu', (s) => (s.cpu = 'bogus-cpu'))), ours: [], rustc: 'accepts' },
  { name: 'an x86 cpu on mips64 with no 64-bit ISA in features', text: pretty(MIPS64_FROM_QNX), ours: ['spec-llvm-cpu'], rustc: /64-bit code requested/ },
  { name: 'an unknown cpu on mips64 with +mips64r2 in features', text: pretty(builtin('mips64-unknown-linux-gnuabi64', (s) => (s.cpu = 'bogus-cpu'))), ours: [], rustc: 'accepts' },
  // Differential run, seed 23 (1000 mutations: 998 agreed before these two).
  { name: 'a GPU cpu name on riscv64 whose features give the width (+rva23u64)', text: pretty(builtin('riscv64a23-unknown-linux-gnu', (s) => (s.cpu = 'sm_30'))), ours: [], rustc: 'accepts' },
  { name: 'an RV32 cpu on riscv64 whose features give the width', text: pretty(builtin('riscv64a23-unknown-linux-gnu', (s) => (s.cpu = 'sifive-e31'))), ours: ['spec-llvm-cpu'], rustc: /RV32 and RV64 can't be combined/ },
  { name: 'an unknown cpu on riscv32 with a 32-bit profile', text: pretty(builtin('riscv32imac-unknown-none-elf', (s) => Object.assign(s, { cpu: 'bogus-cpu', features: '+rvi20u32,+m,+a,+c' }))), ours: [], rustc: 'accepts' },
  { name: 'little-endian PowerPC64 with os aix', text: pretty(builtin('powerpc64le-unknown-linux-musl', (s) => (s.os = 'aix'))), ours: ['spec-llvm-abiname'], rustc: /AIX targets always use the AIX ABI/ },
  // Differential run, seed 99 (1000 mutations: 998 agreed before these two).
  { name: 'a 64-bit MIPS ABI on a 32-bit MIPS triple with a 64-bit CPU', text: pretty(builtin('mips64-unknown-linux-gnuabi64', (s) => (s['llvm-target'] = 'mips'))), ours: [], rustc: 'accepts' },
  { name: 'a PowerPC cpu name on riscv64 whose features give the width', text: pretty(builtin('riscv64a23-unknown-linux-gnu', (s) => (s.cpu = 'pwr7'))), ours: [], rustc: 'accepts' },
  { name: 's390x z/OS triple with LLVM\'s layout (no S64)', text: pretty(builtin('s390x-unknown-linux-gnu', (s) => Object.assign(s, { 'llvm-target': 's390x-ibm-zos', 'data-layout': 'E-m:l-p1:32:32-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64' }))), ours: [], rustc: 'accepts' },
  { name: 's390x z/OS triple with the Linux layout', text: pretty(builtin('s390x-unknown-linux-gnu', (s) => (s['llvm-target'] = 's390x-ibm-zos'))), ours: ['spec-data-layout-llvm-default'], rustc: /differs from LLVM target's/ },
  { name: 'xtensa with LLVM\'s layout', text: pretty(builtin('xtensa-esp32-none-elf', (s) => (s['data-layout'] = llvmDataLayout('xtensa-none-elf')))), ours: [], rustc: 'accepts' },
];

describe('issue 16: what rustc 1.95 and its LLVM refuse, found statically', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      expect(errors(row.text).map((f) => f.code)).toEqual(row.ours);
      if (!hasRustc) return;
      const real = await rustcVerdict(row.text);
      if (row.rustc === 'accepts') expect(real.accepted, real.stderr).toBe(true);
      else {
        expect(real.accepted).toBe(false);
        expect(real.stderr).toMatch(row.rustc);
      }
    });
  }
});

interface FixRow {
  name: string;
  spec: Spec;
  /** The finding whose fix is applied (or the findings, each fix applied in turn). */
  code: string | string[];
  /** What the fix must not say (the wrong fix of old). */
  not?: RegExp;
}

const FIXES: FixRow[] = [
  { name: 'missing target-pointer-width on 32-bit xtensa', spec: builtin('xtensa-esp32-none-elf', (s) => Object.assign(s, { 'data-layout': llvmDataLayout('xtensa-none-elf') }, delete s['target-pointer-width'])), code: 'spec-missing-key', not: /: 64/ },
  { name: 'big-endian x86_64', spec: myos((s) => (s['target-endian'] = 'big')), code: 'spec-data-layout-endian', not: /Start data-layout with "E"/ },
  { name: '32-bit pointer width with the x86_64 layout', spec: myos((s) => (s['target-pointer-width'] = 32)), code: 'spec-data-layout-pointer', not: /p:32:32/ },
  { name: 'missing arch', spec: myos((s) => delete s.arch), code: 'spec-missing-key' },
  { name: 'x86-sse2 rustc-abi on a soft-float x86_64', spec: myos((s) => (s['rustc-abi'] = 'x86-sse2')), code: 'spec-rustc-abi' },
  { name: 'apple vendor on bare metal', spec: builtin('aarch64-unknown-none', (s) => (s.vendor = 'apple')), code: 'spec-inconsistent', not: /Set "is-like-darwin": true/ },
  { name: 'llvm-target LLVM does not know', spec: myos((s) => (s['llvm-target'] = 'x86_65-unknown-none')), code: 'spec-unknown-llvm-arch' },
  { name: 'i386 cpu on x86_64', spec: myos((s) => (s.cpu = 'i386')), code: 'spec-llvm-cpu' },
  { name: 'loongarch64 without llvm-abiname', spec: builtin('loongarch64-unknown-none', (s) => delete s['llvm-abiname']), code: 'spec-llvm-abiname' },
  { name: 'aarch64 stack probes by call', spec: builtin('aarch64-unknown-none', (s) => (s['stack-probes'] = { kind: 'call' })), code: 'spec-stack-probes-unsupported' },
  { name: 'softfloat rustc-abi without +soft-float', spec: myos((s) => (s.features = '-mmx,-sse')), code: 'spec-hard-float-without-sse' },
  { name: 'powerpc64 elfv2 with the elfv1 layout', spec: builtin('powerpc64-unknown-linux-gnu', (s) => (s['llvm-abiname'] = 'elfv2')), code: 'spec-data-layout-llvm-default' },
  { name: 'an x86 cpu on AIX', spec: builtin('powerpc64-ibm-aix', (s) => (s.cpu = 'x86-64')), code: 'spec-llvm-cpu' },
  { name: 'a 32-bit SPE cpu on powerpc64', spec: builtin('powerpc64-unknown-linux-gnu', (s) => (s.cpu = 'e500')), code: 'spec-llvm-cpu' },
  { name: 'an x86 cpu on mips64 with no 64-bit ISA in features', spec: MIPS64_FROM_QNX, code: 'spec-llvm-cpu' },
  { name: 'little-endian PowerPC64 with os aix', spec: builtin('powerpc64le-unknown-linux-musl', (s) => (s.os = 'aix')), code: 'spec-llvm-abiname' },
  // Fix texts the differential runs (seeds 17, 23, 99) applied without reaching a spec rustc accepts.
  { name: 'is-like-darwin with another vendor on an Apple os', spec: builtin('arm64e-apple-darwin', (s) => (s.vendor = 'nvidia')), code: 'spec-inconsistent', not: /^Delete "is-like-darwin"/ },
  { name: 'is-like-windows and is-like-msvc on another os', spec: builtin('i686-win7-windows-msvc', (s) => (s.os = 'android')), code: 'spec-inconsistent' },
  { name: 'an arch of another backend that is-like-wasm would follow', spec: builtin('msp430-none-elf', (s) => (s.arch = 'wasm64')), code: 'spec-arch-llvm-mismatch' },
  { name: 'llvm-target LLVM does not know, with a COFF layout', spec: builtin('x86_64-uwp-windows-gnu', (s) => (s['llvm-target'] = 'foo-unknown-none')), code: 'spec-unknown-llvm-arch', not: /x86_64-unknown-linux-none/ },
  { name: 'missing llvm-target on a little-endian ARM Linux spec', spec: builtin('armv7-unknown-linux-uclibceabihf', (s) => delete s['llvm-target']), code: 'spec-missing-key', not: /armeb/ },
  { name: 'missing llvm-target on an Apple spec', spec: builtin('aarch64-apple-watchos', (s) => delete s['llvm-target']), code: 'spec-missing-key' },
  { name: 'an llvm-target of another backend that is-like-wasm follows', spec: builtin('armv5te-unknown-linux-musleabi', (s) => (s['llvm-target'] = 'wasm32-wasip3')), code: ['spec-inconsistent', 'spec-arch-llvm-mismatch', 'spec-data-layout-llvm-default'] },
  { name: 'llvm-target with x86 spelt as rustc does', spec: builtin('i686-unknown-linux-gnu', (s) => (s['llvm-target'] = 'x86-unknown-linux-gnu')), code: 'spec-unknown-llvm-arch', not: /"x86-unknown-linux-gnu"/ },
  { name: 'split DWARF on a Mach-O triple', spec: builtin('x86_64-apple-darwin', (s) => (s['debuginfo-kind'] = 'dwarf')), code: 'spec-split-dwarf' },
  { name: 'split DWARF on AIX (XCOFF)', spec: builtin('powerpc64-ibm-aix', (s) => (s['split-debuginfo'] = 'unpacked')), code: 'spec-split-dwarf' },
];

describe('issue 16: every fix text, applied, gives a spec both we and rustc accept', () => {
  for (const row of FIXES) {
    it(row.name, async () => {
      const found = errors(pretty(row.spec));
      // Coherent fixes: no finding's fix contradicts another's (several are applied one after another).
      expect(found.map((f) => f.code)).toEqual(typeof row.code === 'string' ? [row.code] : row.code);
      const hint = found.map((f) => f.hint!).join(' | ');
      if (row.not) expect(hint).not.toMatch(row.not);
      const fixed = pretty(found.reduce((s, f) => applyHint(s, f.hint!)!, row.spec));
      expect(errors(fixed), hint).toEqual([]);
      if (!hasRustc) return;
      const real = await rustcVerdict(fixed);
      expect(real.accepted, `${hint}\n${real.stderr}`).toBe(true);
    });
  }
});

describe('fix texts', () => {
  it("an arch of another backend gets the mismatch's fix, not hints for the arch being replaced (seed 47)", () => {
    for (const [name, arch, notCode] of [
      ['thumbv8m.main-nuttx-eabihf', 'loongarch64', 'spec-llvm-abiname'],
      ['x86_64-unknown-none', 'avr', 'spec-soft-float-abi'],
    ] as const) {
      const found = check(pretty(builtin(name, (s) => (s.arch = arch)))).findings;
      expect(found.map((f) => f.code)).toContain('spec-arch-llvm-mismatch');
      expect(found.map((f) => f.code)).not.toContain(notCode);
      // the mismatch's fix alone gives back a spec we accept (the built-in)
      const fix = /Write "arch": "([^"]+)"/.exec(found.find((f) => f.code === 'spec-arch-llvm-mismatch')!.hint ?? '')![1]!;
      expect(check(pretty(builtin(name, (s) => (s.arch = fix)))).valid).toBe(true);
    }
  });

  it('a RISC-V E spec without llvm-abiname is told the E ABI (seed 31: "ilp32" was suggested, which rustc refuses with +e)', () => {
    const abi = check(pretty(builtin('riscv32emc-unknown-none-elf', (s) => delete s['llvm-abiname']))).findings.find((f) => f.code === 'spec-riscv-abiname');
    expect(abi?.hint).toMatch(/^Use "llvm-abiname": "ilp32e" /);
    const f = check(pretty(builtin('riscv32imafc-unknown-none-elf', (s) => delete s['llvm-abiname']))).findings.find((x) => x.code === 'spec-riscv-abiname');
    expect(f?.hint).toMatch(/^Use "llvm-abiname": "ilp32f" /);
  });
});

describe('issue 16: every finding at once', () => {
  it('a hermit spec with a missing comma reports the comma and what follows it', () => {
    const text = pretty(builtin('x86_64-unknown-hermit', (s) => Object.assign(s, { 'is-builtin': false, 'target-pointer-width': '64' })))
      // The comma after "arch" (line 3 or so of the pretty text) is lost.
      .replace('"arch": "x86_64",', '"arch": "x86_64"');
    const codes = check(text).findings.map((f) => f.code);
    expect(codes).toContain('json-missing-comma');
    expect(codes).toContain('spec-removed-field');
    expect(codes).toContain('spec-string-width');
  });

  it('an unknown arch does not hide the rules of the arch it was meant to be', () => {
    const text = pretty(builtin('riscv64gc-unknown-none-elf', (s) => Object.assign(s, { arch: 'riscv' }, delete s['llvm-abiname'])));
    const found = check(text).findings;
    expect(found.find((f) => f.code === 'spec-unknown-arch')?.hint).toBe('Did you mean "riscv64"?');
    const abi = found.find((f) => f.code === 'spec-riscv-abiname') as SpecFinding | undefined;
    expect(abi?.message).toBe('With "arch": "riscv64" (the likely intent): RISC-V specs need "llvm-abiname"; rustc rejects the file without it ("invalid RISC-V ABI name").');
  });
});

describe('issue 16: the codegen probe', () => {
  it('passes floats and i128 through extern "C" (so a float ABI LLVM cannot lower fails there)', async () => {
    if (!hasRustc) return;
    // rustc's --print cfg only warns about this spec; the probe fails as the first real crate would.
    const text = pretty(myos((s) => Object.assign(s, { features: '-mmx,-sse' }, delete s['rustc-abi'])));
    const file = path.join(dir, 'cfg-only.json');
    writeFileSync(file, text);
    expect((await confirmSpecWithRustc(run, file, { level: 'rustc' })).accepted).toBe(true);
    const real = await confirmSpecWithRustc(run, file, { level: 'codegen', outDir: dir });
    expect(real.accepted).toBe(false);
    expect(real.findings[0]!.message).toContain('SSE register return with SSE disabled');
  });

  it('need-explicit-cpu: the target entry\'s -C target-cpu reaches the probe', async () => {
    expect(codegenFlags(['-C', 'target-cpu=atmega328p', '-Clink-arg=-x', '-Ctarget-feature=+sram', '--cfg', 'x', '--codegen=target-cpu=y'])).toEqual([
      '-C', 'target-cpu=atmega328p', '-C', 'target-feature=+sram', '-C', 'target-cpu=y',
    ]);
    if (!hasRustc) return;
    const text = pretty(myos((s) => (s['need-explicit-cpu'] = true)));
    expect(errors(text).map((f) => f.code)).toEqual(['spec-needs-cpu']);
    expect(validateTargetSpec(text, { catalog, rustflags: ['-C', 'target-cpu=x86-64'] }).findings).toEqual([]);
    const without = await rustcVerdict(text);
    expect(without.accepted).toBe(false);
    expect(without.stderr).toContain('target requires explicitly specifying a cpu');
    expect((await rustcVerdict(text, ['-C', 'target-cpu=x86-64', '-C', 'link-arg=-nostdlib'])).accepted).toBe(true);
  });

  it("reads LLVM's fatal errors, which come without rustc's error: prefix", async () => {
    const { parseRustcSpecError } = await import('../../shared/rust/target-spec.js');
    expect(parseRustcSpecError('rustc-LLVM ERROR: target does not support the tiny CodeModel\n')).toEqual({ message: 'LLVM: target does not support the tiny CodeModel', path: '' });
  });
});

describe("LLVM's arch names and layouts", () => {
  it('reads arch spellings as LLVM does (checked one by one against rustc 1.95)', () => {
    for (const ok of ['i686', 'amd64', 'arm64', 'armv7a', 'armx', 'thumbv8m.main', 'thumbv6m', 'aarch64_be', 'mipsisa64r6el', 'sparc64', 'bpf', 'riscv32be']) expect(parseLlvmArch(ok), ok).not.toBeNull();
    for (const bad of ['', 'foo', 'x86', 'riscv64gc', 'aarch64foo', 'arm_be', 'thumbv3', 'iwmmxt', 'aarch64be']) expect(parseLlvmArch(bad), bad).toBeNull();
  });

  it("computes every built-in's layout from its llvm-target and llvm-abiname, xtensa apart", () => {
    const wrong = Object.entries(BUILTIN).filter(([, s]) => llvmDataLayout(String(s['llvm-target']), String(s['llvm-abiname'] ?? '')) !== s['data-layout']).map(([n]) => n);
    expect(wrong).toEqual(Object.keys(BUILTIN).filter((n) => BUILTIN[n]!.arch === 'xtensa'));
    expect(Object.keys(BUILTIN).length).toBeGreaterThan(300);
  });
});
