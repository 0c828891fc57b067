/**
 * What rustc's LLVM refuses in a spec that rustc itself reads without complaint: an llvm-target LLVM cannot
 * create a TargetMachine for (rustc ICEs), a code model or ABI name the arch does not have, a CPU that is fatal
 * for the arch, a stack-probe method the backend lacks, floats returned in SSE registers with SSE disabled, and
 * the ABI names rustc's LoongArch rules do not know (rustc panics). Each rule was checked with rustc 1.95
 * (`--print cfg` and the `#![no_core]` codegen probe).
 */
import { LLVM_FATAL_CPUS, LLVM_USABLE_CPUS } from './llvm-cpus.js';
import { hasLlvmBackend, llvmDataLayout, parseLlvmArch, parseLlvmTriple, type LlvmArch } from './llvm-triple.js';
import { RISCV_ABIS, riscvAbiGuess, type ConsistencyProblem } from './spec-consistency.js';
import { closestByEdit } from './suggest.js';
import { own } from '../own.js';

type Spec = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** LLVM's default data layout for the spec's llvm-target and llvm-abiname; null when LLVM has none. */
export function expectedDataLayout(spec: Spec): string | null {
  if (typeof spec['llvm-target'] !== 'string') return null;
  // A RISC-V ABI name rustc refuses is replaced by the fix spec-riscv-abiname gives: the layout follows that one.
  const arch = str(spec.arch);
  const riscv = own(RISCV_ABIS, arch);
  const abi = riscv && !riscv.includes(str(spec['llvm-abiname'])) ? riscvAbiGuess(arch, str(spec.features)) : str(spec['llvm-abiname']);
  return llvmDataLayout(spec['llvm-target'], abi);
}

/** rustc's arch for an LLVM arch, for hints when the spec has none. */
export const RUSTC_ARCH_OF: Partial<Record<LlvmArch, string>> = {
  x86: 'x86', x86_64: 'x86_64', arm: 'arm', armeb: 'arm', thumb: 'arm', thumbeb: 'arm', aarch64: 'aarch64', aarch64_be: 'aarch64', aarch64_32: 'aarch64',
  ppc: 'powerpc', ppcle: 'powerpc', ppc64: 'powerpc64', ppc64le: 'powerpc64', mips: 'mips', mipsel: 'mips', mips64: 'mips64', mips64el: 'mips64',
  riscv32: 'riscv32', riscv64: 'riscv64', loongarch32: 'loongarch32', loongarch64: 'loongarch64', sparc: 'sparc', sparcv9: 'sparc64',
  systemz: 's390x', wasm32: 'wasm32', wasm64: 'wasm64', nvptx64: 'nvptx64', amdgcn: 'amdgpu', avr: 'avr', bpfel: 'bpf', bpfeb: 'bpf',
  hexagon: 'hexagon', msp430: 'msp430', m68k: 'm68k', csky: 'csky', xtensa: 'xtensa',
};

/** The CPU to suggest where the arch's CPU list decides (a generic one of the right width). */
const GENERIC_CPU: Record<string, string> = { x86_64: 'x86-64', riscv32: 'generic-rv32', riscv64: 'generic-rv64', loongarch32: 'generic-la32', loongarch64: 'generic-la64', hexagon: 'hexagonv60', ppc64: 'pwr7', ppc64le: 'pwr8', 'ppc64-aix': 'pwr7', mips64: 'mips64r2' };

const LOONGARCH_ABIS = ['ilp32d', 'lp64d', 'ilp32f', 'lp64f', 'ilp32s', 'lp64s'];

export interface LlvmContext {
  /** LLVM major version of the toolchain (for stack-probes' min-llvm-version-for-inline); default 22 (rustc 1.95). */
  llvmMajor?: number;
  /** llvm-targets of the built-ins, to suggest one when the spec's cannot work. */
  builtinLlvmTargets?: readonly string[];
}

export function llvmProblems(spec: Spec, ctx: LlvmContext = {}): ConsistencyProblem[] {
  const out: ConsistencyProblem[] = [];
  const add = (path: string, code: ConsistencyProblem['code'], message: string, hint: string) => out.push({ path, code, message, hint });
  const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : null;
  const arch = llvmTarget !== null ? parseLlvmTriple(llvmTarget).arch : null;
  if (llvmTarget !== null) targetProblems(llvmTarget, spec, ctx, add);
  if (arch && hasLlvmBackend(arch)) {
    archMismatchProblems(spec, arch, llvmTarget!, add);
    codeModelProblems(spec, arch, add);
    relocationProblems(spec, llvmTarget!, add);
    abiNameProblems(spec, arch, add);
    cpuProblems(spec, arch, add);
    stackProbeProblems(spec, arch, ctx, add);
    splitDwarfProblems(spec, llvmTarget!, add);
  }
  sseProblems(spec, add);
  return out;
}

type Add = (path: string, code: ConsistencyProblem['code'], message: string, hint: string) => void;

function targetProblems(llvmTarget: string, spec: Spec, ctx: LlvmContext, add: Add): void {
  const archName = llvmTarget.split('-')[0] ?? '';
  const arch = parseLlvmArch(archName);
  const rustcArch = str(spec.arch);
  const sameArch = (ctx.builtinLlvmTargets ?? []).filter((t) => {
    const a = parseLlvmArch(t.split('-')[0] ?? '');
    return a !== null && RUSTC_ARCH_OF[a] === rustcArch;
  });
  // A triple whose LLVM layout is the spec's own first: another one fails the layout check next.
  const fits = sameArch.filter((t) => llvmDataLayout(t, str(spec['llvm-abiname'])) === spec['data-layout']);
  const pickFrom = (list: string[]) => list.find((t) => /-none(-elf)?$/.test(t)) ?? list.find((t) => t.includes('-none')) ?? list[0];
  const example = pickFrom(fits) ?? pickFrom(sameArch);
  const use = example ? `Write "llvm-target": "${example}" (a triple LLVM knows for "${rustcArch}").` : 'Use the llvm-target of the closest built-in (`rustc --print target-list`).';
  if (llvmTarget === '') {
    add('/llvm-target', 'spec-unknown-llvm-arch', 'llvm-target is empty; rustc cannot create an LLVM TargetMachine and crashes ("could not create LLVM TargetMachine").', use);
  } else if (arch === null) {
    // Spellings LLVM reads (its x86 is spelt i386…i686 in a triple, never "x86").
    const known = [...Object.keys(RUSTC_ARCH_OF).filter((k) => parseLlvmArch(k) !== null), 'i686'];
    const near = closestByEdit(archName, known, 2);
    add(
      '/llvm-target',
      'spec-unknown-llvm-arch',
      `LLVM knows no arch "${archName}"; rustc cannot create an LLVM TargetMachine for "${llvmTarget}" and crashes.`,
      near && near.distance <= 2 ? `Write "llvm-target": "${[near.name, ...llvmTarget.split('-').slice(1)].join('-')}" (LLVM spells the arch "${near.name}").` : use,
    );
  } else if (!hasLlvmBackend(arch)) {
    add('/llvm-target', 'spec-unknown-llvm-arch', `rustc's LLVM has no backend for "${archName}"; it cannot create a TargetMachine for "${llvmTarget}" and crashes.`, use);
  }
}

/** LLVM backend of each LLVM arch, and of each rustc arch whose target features rustc asks LLVM about. */
const BACKEND_OF_LLVM: Partial<Record<LlvmArch, string>> = {
  x86: 'x86', x86_64: 'x86', arm: 'arm', armeb: 'arm', thumb: 'arm', thumbeb: 'arm', aarch64: 'aarch64', aarch64_be: 'aarch64', aarch64_32: 'aarch64',
  ppc: 'ppc', ppcle: 'ppc', ppc64: 'ppc', ppc64le: 'ppc', mips: 'mips', mipsel: 'mips', mips64: 'mips', mips64el: 'mips',
  riscv32: 'riscv', riscv64: 'riscv', riscv32be: 'riscv', riscv64be: 'riscv', loongarch32: 'loongarch', loongarch64: 'loongarch',
  sparc: 'sparc', sparcel: 'sparc', sparcv9: 'sparc', systemz: 'systemz', wasm32: 'wasm', wasm64: 'wasm', nvptx: 'nvptx', nvptx64: 'nvptx',
  amdgcn: 'amdgpu', r600: 'amdgpu', avr: 'avr', bpfel: 'bpf', bpfeb: 'bpf', hexagon: 'hexagon', m68k: 'm68k', csky: 'csky', msp430: 'msp430', xtensa: 'xtensa',
};
/** msp430 and xtensa have no target-feature list in rustc, so it asks LLVM nothing (checked: accepted at --print cfg). */
const RUSTC_ARCH_BACKEND: Record<string, string> = {
  x86: 'x86', x86_64: 'x86', arm: 'arm', aarch64: 'aarch64', arm64ec: 'aarch64', powerpc: 'ppc', powerpc64: 'ppc', mips: 'mips', mips32r6: 'mips', mips64: 'mips', mips64r6: 'mips',
  riscv32: 'riscv', riscv64: 'riscv', loongarch32: 'loongarch', loongarch64: 'loongarch', sparc: 'sparc', sparc64: 'sparc', s390x: 'systemz', wasm32: 'wasm', wasm64: 'wasm',
  nvptx64: 'nvptx', amdgpu: 'amdgpu', avr: 'avr', bpf: 'bpf', hexagon: 'hexagon', m68k: 'm68k', csky: 'csky',
};

/** rustc asks LLVM about the target features of its arch: on another arch's backend LLVM aborts ("'+adx' is not a recognized feature"). */
function archMismatchProblems(spec: Spec, arch: LlvmArch, llvmTarget: string, add: Add): void {
  const want = own(RUSTC_ARCH_BACKEND, str(spec.arch));
  const have = BACKEND_OF_LLVM[arch];
  if (!want || !have || want === have) return;
  const fit = RUSTC_ARCH_OF[arch];
  add(
    '/arch',
    'spec-arch-llvm-mismatch',
    `"arch": "${str(spec.arch)}" does not match llvm-target "${llvmTarget}" (LLVM's ${have} backend); rustc asks LLVM about ${str(spec.arch)}'s target features and LLVM aborts ("… is not a recognized feature for this target").`,
    fit ? `Write "arch": "${fit}" (the arch of "${llvmTarget}"), or an llvm-target of the intended arch.` : `Use an llvm-target of the "${str(spec.arch)}" arch.`,
  );
}

function codeModelProblems(spec: Spec, arch: LlvmArch, add: Add): void {
  const cm = spec['code-model'];
  if (typeof cm !== 'string') return;
  const aarch64 = arch === 'aarch64' || arch === 'aarch64_be' || arch === 'aarch64_32';
  const x86 = arch === 'x86' || arch === 'x86_64';
  // AArch64's tiny model exists for ELF only (Mach-O, COFF: "tiny code model is only supported on ELF").
  const triple = parseLlvmTriple(str(spec['llvm-target']));
  const elf = triple.objectFormat === 'elf';
  // AArch64 ELF's ILP32 ABI (gnu_ilp32) cannot address data across the large model's 64-bit range (checked with
  // rustc 1.95: tiny and small build; arm64_32's Mach-O takes "large").
  const ilp32Elf = aarch64 && elf && /ilp32/.test(triple.env);
  if (cm === 'large' && ilp32Elf) {
    add(
      '/code-model',
      'spec-llvm-code-model',
      `AArch64's "large" code model is not available for ILP32 ("${str(spec['llvm-target'])}"); rustc aborts (LLVM: "8 byte PC relative data relocation is not supported in ILP32").`,
      'Use "small" (the default; delete "code-model") or "tiny".',
    );
    return;
  }
  const bad = (cm === 'tiny' && !(aarch64 && elf)) || (cm === 'kernel' && !x86) || (cm === 'medium' && aarch64);
  if (!bad) return;
  add(
    '/code-model',
    'spec-llvm-code-model',
    aarch64 && cm === 'tiny'
      ? `AArch64's "tiny" code model exists for ELF only, not for "${str(spec['llvm-target'])}"; rustc aborts (LLVM: "tiny code model is only supported on ELF").`
      : `LLVM's ${arch} backend has no "${cm}" code model; rustc aborts (LLVM: "${aarch64 ? 'Only small, tiny and large code models are allowed on AArch64' : `target does not support the ${cm} CodeModel`}").`,
    `Use "small" (the default; delete "code-model"), or ${aarch64 ? (elf ? '"tiny" or "large"' : '"large"') : x86 ? '"kernel", "medium" or "large"' : '"medium" or "large"'}.`,
  );
}

/** AIX code is position-independent: LLVM refuses any other relocation model ("AIX only supports PIC"). */
function relocationProblems(spec: Spec, llvmTarget: string, add: Add): void {
  const rm = spec['relocation-model'];
  if (typeof rm !== 'string' || rm === 'pic' || rm === 'pie' || parseLlvmTriple(llvmTarget).os !== 'aix') return;
  add('/relocation-model', 'spec-llvm-relocation-model', `"relocation-model": "${rm}" on AIX; rustc aborts (LLVM: "invalid relocation model, AIX only supports PIC").`, 'Write "relocation-model": "pic" (or delete it).');
}

/**
 * rustc hands LLVM a split-DWARF (.dwo) file whenever "debuginfo-kind" is "dwarf" (the default) and
 * "split-debuginfo" is packed or unpacked, even without -g; LLVM writes .dwo only for ELF, COFF and Wasm objects
 * and aborts on Mach-O, XCOFF or GOFF ("dwo only supported with COFF, ELF, and Wasm"). Checked with rustc 1.95.
 */
function splitDwarfProblems(spec: Spec, llvmTarget: string, add: Add): void {
  const split = spec['split-debuginfo'];
  const kind = typeof spec['debuginfo-kind'] === 'string' ? spec['debuginfo-kind'] : 'dwarf';
  if ((split !== 'packed' && split !== 'unpacked') || kind !== 'dwarf') return;
  const format = parseLlvmTriple(llvmTarget).objectFormat;
  if (format === 'elf' || format === 'coff' || format === 'wasm') return;
  const apple = format === 'macho';
  add(
    spec['debuginfo-kind'] === 'dwarf' ? '/debuginfo-kind' : '/split-debuginfo',
    'spec-split-dwarf',
    `"split-debuginfo": "${split}" with ${typeof spec['debuginfo-kind'] === 'string' ? '"debuginfo-kind": "dwarf"' : 'the default "debuginfo-kind" (dwarf)'} asks LLVM for split DWARF (.dwo) files, which it writes only for ELF, COFF and Wasm, not for the ${format} objects of "${llvmTarget}"; rustc aborts (LLVM: "dwo only supported with COFF, ELF, and Wasm").`,
    apple ? 'Write "debuginfo-kind": "dwarf-dsym" (Apple targets keep their DWARF in a .dSYM), or "split-debuginfo": "off".' : 'Write "split-debuginfo": "off".',
  );
}

function abiNameProblems(spec: Spec, arch: LlvmArch, add: Add): void {
  const abiname = str(spec['llvm-abiname']);
  // A 64-bit ABI on a 32-bit MIPS triple works when the CPU or the features are 64-bit (checked with rustc 1.95).
  const cpu = str(spec.cpu);
  const mips64Isa = (own(LLVM_USABLE_CPUS, 'mips64')?.includes(cpu) && cpu !== 'generic') || /(^|,)\+mips(3|4|5|64(r\d)?)(,|$)/.test(str(spec.features));
  if ((arch === 'mips' || arch === 'mipsel') && (abiname.startsWith('n32') || abiname.startsWith('n64')) && !mips64Isa) {
    add(
      '/llvm-abiname',
      'spec-llvm-abiname',
      `"${abiname}" is a 64-bit MIPS ABI but "${str(spec['llvm-target'])}" is 32-bit MIPS (LLVM: "64-bit code requested on a subtarget that doesn't support it").`,
      `Use "llvm-abiname": "o32" (or delete it) for 32-bit MIPS, or a mips64 llvm-target for ${abiname}.`,
    );
  }
  const rustcArch = str(spec.arch);
  if (rustcArch === 'powerpc64') powerpc64AbiProblems(spec, abiname, add);
  if ((rustcArch === 'loongarch32' || rustcArch === 'loongarch64') && !LOONGARCH_ABIS.includes(abiname)) {
    const w = rustcArch === 'loongarch64' ? 'lp64' : 'ilp32';
    const soft = /(^|,)-(f|d)\b/.test(str(spec.features));
    add(
      abiname ? '/llvm-abiname' : '',
      'spec-llvm-abiname',
      abiname
        ? `"${abiname}" is not a LoongArch ABI name; rustc panics on it ("internal error: entered unreachable code").`
        : 'LoongArch specs need "llvm-abiname"; without it rustc panics ("internal error: entered unreachable code").',
      `Use "llvm-abiname": "${w}${soft ? 's' : 'd'}" (one of ${LOONGARCH_ABIS.join(', ')}: d/f for hardware floats, s for soft-float).`,
    );
  }
}

/** rustc's PowerPC64 rule: AIX no ABI name (asked first, whatever the byte order), little-endian elfv2, big-endian elfv1 or elfv2. */
function powerpc64AbiProblems(spec: Spec, abiname: string, add: Add): void {
  const little = spec['target-endian'] !== 'big';
  // rustc asks about AIX first: a little-endian spec with os aix also wants no ABI name.
  const aix = spec.os === 'aix';
  const allowed = aix ? [''] : little ? ['elfv2'] : ['elfv1', 'elfv2'];
  if (allowed.includes(abiname)) return;
  const message = aix
    ? 'AIX targets always use the AIX ABI: "llvm-abiname" must be left out (rustc refuses the spec).'
    : little
      ? 'little-endian PowerPC64 targets only support the elfv2 ABI (rustc refuses the spec).'
      : `${abiname ? `"${abiname}" is not a PowerPC64 ABI name` : 'big-endian PowerPC64 specs need "llvm-abiname"'} (rustc: "invalid PowerPC64 ABI name").`;
  add(
    abiname ? '/llvm-abiname' : '',
    'spec-llvm-abiname',
    message,
    aix ? 'Delete "llvm-abiname".' : little ? 'Write "llvm-abiname": "elfv2".' : `Write "llvm-abiname": "${spec.os === 'freebsd' || spec.os === 'openbsd' || (typeof spec.env === 'string' && spec.env.startsWith('musl')) ? 'elfv2' : 'elfv1'}" (Linux glibc uses elfv1; musl, FreeBSD and OpenBSD elfv2).`,
  );
}

/**
 * The key of the CPU lists for a spec: its LLVM arch, but AIX apart (LLVM refuses an unknown CPU there), and 64-bit
 * MIPS only when "features" enable no 64-bit ISA (with +mips64r2 and the like any CPU name passes). null: no list.
 */
function cpuListKey(spec: Spec, arch: LlvmArch): string | null {
  if (arch === 'ppc64' && parseLlvmTriple(str(spec['llvm-target'])).os === 'aix') return 'ppc64-aix';
  if (arch === 'mips64' || arch === 'mips64el') return /(^|,)\+mips(3|4|5|64(r\d)?)(,|$)/.test(str(spec.features)) ? null : 'mips64';
  return arch;
}

/** A RISC-V target feature that fixes the width: +64bit/+32bit or a profile of that width (+rva23u64, +rvi20u32). */
function riscvWidthFeature(features: string, arch: 'riscv32' | 'riscv64'): boolean {
  const w = arch === 'riscv64' ? '64' : '32';
  return features.split(',').some((f) => f === `+${w}bit` || new RegExp(`^\\+rv[a-z]+\\d+[a-z]${w}$`).test(f));
}

function cpuProblems(spec: Spec, arch: LlvmArch, add: Add): void {
  const cpu = spec.cpu;
  if (typeof cpu !== 'string' || cpu === '') return;
  const key = cpuListKey(spec, arch);
  if (key === null) return;
  const usable = own(LLVM_USABLE_CPUS, key);
  const fatal = own(LLVM_FATAL_CPUS, key);
  if (usable ? usable.includes(cpu) : !fatal?.includes(cpu)) return;
  // RISC-V features that give the width themselves (+64bit, a profile like +rva23u64): then LLVM takes any CPU
  // name but one of the other width ("RV32 and RV64 can't be combined").
  if ((arch === 'riscv32' || arch === 'riscv64') && riscvWidthFeature(str(spec.features), arch)) {
    const other = own(LLVM_USABLE_CPUS, arch === 'riscv64' ? 'riscv32' : 'riscv64') ?? [];
    if (!other.includes(cpu) || usable?.includes(cpu)) return;
  }
  if (!usable) {
    // PowerPC64: LLVM knows the CPU, but it is a 32-bit embedded one (SPE).
    add(
      '/cpu',
      'spec-llvm-cpu',
      `"cpu": "${cpu}" is a CPU LLVM's ${arch} backend refuses for this 64-bit target (LLVM: "SPE is only supported for 32-bit targets"); rustc aborts.`,
      `Use "cpu": "${GENERIC_CPU[key] ?? 'generic'}" or a 64-bit CPU from \`rustc --print target-cpus --target <a built-in of this arch>\`.`,
    );
    return;
  }
  const near = closestByEdit(cpu, [...usable], 2);
  const why =
    arch === 'x86_64'
      ? 'is not a 64-bit x86 CPU LLVM knows (LLVM: "64-bit code requested on a subtarget that doesn\'t support it")'
      : arch.startsWith('riscv')
        ? `is not an ${arch === 'riscv64' ? 'RV64' : 'RV32'} CPU LLVM knows (LLVM: "${arch === 'riscv64' ? 'RV64 target requires an RV64 CPU' : 'RV32 target requires an RV32 CPU'}")`
        : arch === 'hexagon'
          ? 'is not a Hexagon CPU LLVM knows (rustc dies of SIGILL at --print cfg)'
          : key === 'mips64'
            ? 'is not a 64-bit MIPS CPU LLVM knows, and "features" enable no 64-bit ISA (LLVM: "64-bit code requested on a subtarget that doesn\'t support it")'
            : key === 'ppc64-aix'
            ? 'is not a PowerPC CPU with the floating point AIX needs (LLVM: "soft-float is not yet supported on AIX")'
            : `is not a ${arch} CPU LLVM knows (LLVM: "Please use one feature of 32bit and 64bit")`;
  add(
    '/cpu',
    'spec-llvm-cpu',
    `"cpu": "${cpu}" ${why}; rustc aborts${arch === 'hexagon' ? '' : ' at codegen'}.`,
    `Use "cpu": "${near && near.distance <= 2 ? near.name : GENERIC_CPU[key]}"${near && near.distance <= 2 ? '' : ' or another CPU from `rustc --print target-cpus --target <a built-in of this arch>`'}.`,
  );
}

function stackProbeProblems(spec: Spec, arch: LlvmArch, ctx: LlvmContext, add: Add): void {
  if (arch !== 'aarch64' && arch !== 'aarch64_be' && arch !== 'aarch64_32') return;
  // Windows and UEFI probe with a __chkstk call, which the backend does implement (aarch64-unknown-uefi).
  const os = parseLlvmTriple(str(spec['llvm-target'])).os;
  if (os === 'windows' || os === 'uefi') return;
  const sp = spec['stack-probes'];
  if (!sp || typeof sp !== 'object' || Array.isArray(sp)) return;
  const kind = (sp as Record<string, unknown>).kind;
  const min = (sp as Record<string, unknown>)['min-llvm-version-for-inline'];
  const llvm = ctx.llvmMajor ?? 22;
  const callOnThisLlvm = kind === 'inline-or-call' && Array.isArray(min) && typeof min[0] === 'number' && min[0] > llvm;
  if (kind !== 'call' && !callOnThisLlvm) return;
  add(
    '/stack-probes',
    'spec-stack-probes-unsupported',
    `AArch64's LLVM backend only probes the stack inline outside Windows; ${kind === 'call' ? '"call"' : `"inline-or-call" falls back to a call on LLVM ${llvm}`} aborts codegen (LLVM: "Unsupported stack probing method").`,
    'Write "stack-probes": {"kind": "inline"}.',
  );
}

/**
 * x86_64's hard-float ABI returns floats in SSE registers: with SSE disabled and no +soft-float, any
 * `extern "C" fn` returning f32/f64 fails at codegen (LLVM: "SSE register return with SSE disabled"). rustc
 * only warns, and reports "-sse2" without a softfloat rustc-abi itself (spec-abi-feature).
 */
function sseProblems(spec: Spec, add: Add): void {
  if (spec.arch !== 'x86_64' || typeof spec.features !== 'string') return;
  const list = spec.features.split(',');
  if (list.includes('+soft-float')) return;
  const rustcAbi = str(spec['rustc-abi']);
  // Another rustc-abi is wrong for x86_64 and reported (spec-rustc-abi) with its own fix.
  if (!['', 'softfloat', 'x86-softfloat'].includes(rustcAbi)) return;
  const softAbi = rustcAbi !== '';
  const noSse = list.includes('-sse') || list.includes('-sse2');
  if (!noSse || (!softAbi && list.includes('-sse2'))) return;
  const off = list.includes('-sse') ? '-sse' : '-sse2';
  add(
    '/features',
    'spec-hard-float-without-sse',
    softAbi
      ? `"rustc-abi": "${rustcAbi}" without "+soft-float" keeps LLVM's hard-float ABI, and "${off}" leaves it no SSE registers for floats (LLVM: "SSE register return with SSE disabled").`
      : `"${off}" disables SSE, but the default x86_64 ABI returns floats in SSE registers (LLVM: "SSE register return with SSE disabled"); rustc only warns.`,
    softAbi
      ? `Write "features": "${spec.features},+soft-float".`
      : `For a kernel without SSE write "rustc-abi": "softfloat" and "features": "${spec.features},+soft-float"; otherwise drop "${off}".`,
  );
}
