/**
 * What LLVM makes of a spec's `llvm-target`: its architecture (as LLVM's `Triple::parseArch` reads it), whether
 * rustc's LLVM has a backend for it, and LLVM's default data layout for the triple and ABI name
 * (`Triple::computeDataLayout`, LLVM 22). rustc compares a custom spec's `data-layout` with that string at
 * codegen and refuses any difference, so the expected layout is derived here from the triple and
 * `llvm-abiname`, never from another spec's layout (rustc's own xtensa built-ins differ from their LLVM's).
 */

/** LLVM's canonical arch names (`Triple::ArchType`), for the archs the rules below tell apart. */
export type LlvmArch =
  | 'x86' | 'x86_64' | 'arm' | 'armeb' | 'thumb' | 'thumbeb' | 'aarch64' | 'aarch64_be' | 'aarch64_32'
  | 'ppc' | 'ppcle' | 'ppc64' | 'ppc64le' | 'mips' | 'mipsel' | 'mips64' | 'mips64el'
  | 'riscv32' | 'riscv64' | 'riscv32be' | 'riscv64be' | 'loongarch32' | 'loongarch64'
  | 'sparc' | 'sparcel' | 'sparcv9' | 'systemz' | 'wasm32' | 'wasm64' | 'nvptx' | 'nvptx64'
  | 'amdgcn' | 'r600' | 'avr' | 'bpfel' | 'bpfeb' | 'hexagon' | 'msp430' | 'm68k' | 'csky' | 'xtensa'
  /** LLVM knows these archs, but rustc's LLVM has no backend for them. */
  | 'arc' | 'tce' | 'tcele' | 'xcore' | 'amdil' | 'amdil64' | 'hsail' | 'hsail64' | 'spir' | 'spir64'
  | 'spirv' | 'spirv32' | 'spirv64' | 'kalimba' | 'lanai' | 'renderscript32' | 'renderscript64' | 'shave'
  | 've' | 'dxil' | 'pe';

/** Archs without a backend in rustc 1.95's LLVM: "could not create LLVM TargetMachine" (checked with rustc). */
const NO_BACKEND = new Set<LlvmArch>(['arc', 'tce', 'tcele', 'xcore', 'amdil', 'amdil64', 'hsail', 'hsail64', 'spir', 'spir64', 'spirv', 'spirv32', 'spirv64', 'kalimba', 'lanai', 'renderscript32', 'renderscript64', 'shave', 've', 'dxil', 'pe']);

const ARCH_NAMES: Record<string, LlvmArch> = {};
const names = (arch: LlvmArch, ...list: string[]) => {
  for (const n of list) ARCH_NAMES[n] = arch;
};
names('x86', 'i386', 'i486', 'i586', 'i686', 'i786', 'i886', 'i986');
names('x86_64', 'amd64', 'x86_64', 'x86_64h');
names('ppc', 'powerpc', 'powerpcspe', 'ppc', 'ppc32');
names('ppcle', 'powerpcle', 'ppcle', 'ppc32le');
names('ppc64', 'powerpc64', 'ppu', 'ppc64');
names('ppc64le', 'powerpc64le', 'ppc64le');
names('arm', 'xscale', 'arm');
names('armeb', 'xscaleeb', 'armeb');
names('aarch64', 'aarch64', 'arm64', 'arm64e', 'arm64ec');
names('aarch64_be', 'aarch64_be');
names('aarch64_32', 'aarch64_32', 'arm64_32');
names('arc', 'arc');
names('thumb', 'thumb');
names('thumbeb', 'thumbeb');
names('avr', 'avr');
names('m68k', 'm68k');
names('msp430', 'msp430');
names('mips', 'mips', 'mipseb', 'mipsallegrex', 'mipsisa32r6', 'mipsr6');
names('mipsel', 'mipsel', 'mipsallegrexel', 'mipsisa32r6el', 'mipsr6el');
names('mips64', 'mips64', 'mips64eb', 'mipsn32', 'mipsisa64r6', 'mips64r6', 'mipsn32r6');
names('mips64el', 'mips64el', 'mipsn32el', 'mipsisa64r6el', 'mips64r6el', 'mipsn32r6el');
names('r600', 'r600');
names('amdgcn', 'amdgcn');
names('riscv32', 'riscv32');
names('riscv64', 'riscv64');
names('riscv32be', 'riscv32be');
names('riscv64be', 'riscv64be');
names('hexagon', 'hexagon');
names('systemz', 's390x', 'systemz');
names('sparc', 'sparc');
names('sparcel', 'sparcel');
names('sparcv9', 'sparcv9', 'sparc64');
names('tce', 'tce');
names('tcele', 'tcele');
names('xcore', 'xcore');
names('nvptx', 'nvptx');
names('nvptx64', 'nvptx64');
names('amdil', 'amdil');
names('amdil64', 'amdil64');
names('hsail', 'hsail');
names('hsail64', 'hsail64');
names('spir', 'spir');
names('spir64', 'spir64');
names('spirv', 'spirv', 'spirv1.5', 'spirv1.6');
names('spirv32', 'spirv32', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((v) => `spirv32v${v}`));
names('spirv64', 'spirv64', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((v) => `spirv64v${v}`));
names('lanai', 'lanai');
names('renderscript32', 'renderscript32');
names('renderscript64', 'renderscript64');
names('shave', 'shave');
names('ve', 've');
names('wasm32', 'wasm32');
names('wasm64', 'wasm64');
names('csky', 'csky');
names('loongarch32', 'loongarch32');
names('loongarch64', 'loongarch64');
names('dxil', 'dxil', ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'].map((v) => `dxilv${v}`));
names('xtensa', 'xtensa');
names('pe', 'pe');

/** ARM::getCanonicalArchName: '' when the name is not a valid ARM/AArch64 arch spelling. */
function armCanonical(name: string): string {
  let a = name;
  let offset = -1;
  if (a.startsWith('arm64_32')) offset = 8;
  else if (a.startsWith('arm64e')) offset = 6;
  else if (a.startsWith('arm64')) offset = 5;
  else if (a.startsWith('aarch64_32')) offset = 10;
  else if (a.startsWith('arm')) offset = 3;
  else if (a.startsWith('thumb')) offset = 5;
  else if (a.startsWith('aarch64')) {
    offset = 7;
    if (a.includes('eb')) return '';
    if (a.slice(offset, offset + 3) === '_be') offset += 3;
  }
  if (offset >= 0 && a.slice(offset, offset + 2) === 'eb') offset += 2;
  else if (a.endsWith('eb')) a = a.slice(0, -2);
  if (offset >= 0) a = a.slice(offset);
  if (a === '') return name;
  if (offset >= 0) {
    if (a.length >= 2 && (a[0] !== 'v' || !/\d/.test(a[1]!))) return '';
    if (a.includes('eb')) return '';
  }
  return a;
}

/** Triple::parseARMArch. */
function parseArmArch(name: string): LlvmArch | null {
  const isa = name.startsWith('aarch64') || name.startsWith('arm64') ? 'aarch64' : name.startsWith('thumb') ? 'thumb' : name.startsWith('arm') ? 'arm' : null;
  const big = name.startsWith('armeb') || name.startsWith('thumbeb') || name.startsWith('aarch64_be') || ((name.startsWith('arm') || name.startsWith('thumb')) && name.endsWith('eb'));
  if (!isa) return null;
  const canonical = armCanonical(name);
  if (canonical === '') return null;
  if (isa === 'thumb' && (canonical.startsWith('v2') || canonical.startsWith('v3'))) return null;
  if (isa === 'aarch64') return big ? 'aarch64_be' : 'aarch64';
  // v6-M is Thumb-only.
  if (/^v6(-|s-|s)?m/.test(canonical)) return big ? 'thumbeb' : 'thumb';
  if (isa === 'thumb') return big ? 'thumbeb' : 'thumb';
  return big ? 'armeb' : 'arm';
}

/** Triple::parseArch: LLVM's arch for the first component of a triple, or null when LLVM knows no such arch. */
export function parseLlvmArch(name: string): LlvmArch | null {
  const exact = Object.prototype.hasOwnProperty.call(ARCH_NAMES, name) ? ARCH_NAMES[name]! : null;
  if (exact) return exact;
  if (name.startsWith('kalimba')) return 'kalimba';
  if (name.startsWith('arm') || name.startsWith('thumb') || name.startsWith('aarch64')) return parseArmArch(name);
  if (name === 'bpf' || name === 'bpf_le' || name === 'bpfel') return 'bpfel';
  if (name === 'bpf_be' || name === 'bpfeb') return 'bpfeb';
  return null;
}

/** rustc's LLVM can create a TargetMachine for this arch. */
export function hasLlvmBackend(arch: LlvmArch): boolean {
  return !NO_BACKEND.has(arch);
}

export interface LlvmTriple {
  /** The first component as written. */
  archName: string;
  arch: LlvmArch | null;
  vendor: string;
  os: string;
  env: string;
  objectFormat: 'elf' | 'macho' | 'coff' | 'xcoff' | 'goff' | 'wasm' | 'spirv' | 'dxcontainer';
}

const VENDORS = ['apple', 'pc', 'scei', 'sie', 'fsl', 'ibm', 'img', 'mti', 'nvidia', 'csr', 'amd', 'mesa', 'suse', 'oe', 'intel'];
const OSES = ['darwin', 'dragonfly', 'freebsd', 'fuchsia', 'ios', 'kfreebsd', 'linux', 'lv2', 'macos', 'netbsd', 'openbsd', 'solaris', 'uefi', 'win32', 'windows', 'zos', 'haiku', 'rtems', 'nacl', 'aix', 'cuda', 'nvcl', 'amdhsa', 'ps4', 'ps5', 'elfiamcu', 'tvos', 'watchos', 'bridgeos', 'driverkit', 'xros', 'visionos', 'mesa3d', 'amdpal', 'hermit', 'hurd', 'wasi', 'emscripten', 'shadermodel', 'liteos', 'serenity', 'vulkan'];
const ENVS = ['eabihf', 'eabi', 'gnuabin32', 'gnuabi64', 'gnueabihft64', 'gnueabihf', 'gnueabit64', 'gnueabi', 'gnuf32', 'gnuf64', 'gnusf', 'gnux32', 'gnu_ilp32', 'code16', 'gnut64', 'gnu', 'android', 'muslabin32', 'muslabi64', 'musleabihf', 'musleabi', 'muslf32', 'muslsf', 'muslx32', 'musl', 'msvc', 'itanium', 'cygnus', 'coreclr', 'simulator', 'macabi', 'pixel', 'vertex', 'geometry', 'hull', 'domain', 'compute', 'library', 'raygeneration', 'intersection', 'anyhit', 'closesthit', 'miss', 'callable', 'mesh', 'amplification', 'opencl', 'ohos', 'pauthtest', 'llvm'];
const FORMATS: Array<[string, LlvmTriple['objectFormat']]> = [['xcoff', 'xcoff'], ['coff', 'coff'], ['elf', 'elf'], ['goff', 'goff'], ['macho', 'macho'], ['wasm', 'wasm'], ['spirv', 'spirv']];

const osOf = (c: string) => {
  const os = OSES.find((o) => c.startsWith(o));
  return os === 'win32' ? 'windows' : os === 'visionos' ? 'xros' : os === 'macos' ? 'macosx' : os;
};
const envOf = (c: string) => ENVS.find((e) => c.startsWith(e));
const formatOf = (c: string) => FORMATS.find(([s]) => c.endsWith(s))?.[1];

const DARWIN = new Set(['darwin', 'macosx', 'ios', 'tvos', 'watchos', 'bridgeos', 'driverkit', 'xros']);

/**
 * LLVM's reading of a triple after `Triple::normalize` (rustc normalizes before creating the TargetMachine):
 * components are recognised by kind wherever they stand, so `riscv32` and `thumbv7em-none-eabihf` read as LLVM does.
 */
export function parseLlvmTriple(triple: string): LlvmTriple {
  const parts = triple.split('-');
  const archName = parts[0] ?? '';
  const arch = parseLlvmArch(archName);
  const rest = parts.slice(1);
  const vendor = rest.find((c) => VENDORS.includes(c)) ?? 'unknown';
  // normalize rewrites the old Cygwin/MinGW spellings: x86_64-pc-cygwin is x86_64-pc-windows-cygnus.
  const legacy = rest.find((c) => c.startsWith('cygwin') || c.startsWith('mingw32'));
  const osPart = legacy ?? rest.find((c) => osOf(c) !== undefined);
  const os = legacy !== undefined ? 'windows' : osPart !== undefined ? osOf(osPart)! : 'unknown';
  // The environment is the last component (normalize moves it there); its suffix may name the object format.
  const envPart = [...rest].reverse().find((c) => c !== osPart && (envOf(c) !== undefined || formatOf(c) !== undefined));
  const env = legacy !== undefined ? (legacy.startsWith('cygwin') ? 'cygnus' : 'gnu') : envPart !== undefined ? (envOf(envPart) ?? 'unknown') : 'unknown';
  const explicit = envPart !== undefined ? formatOf(envPart) : undefined;
  const t: LlvmTriple = { archName, arch, vendor: vendor === 'sie' ? 'scei' : vendor, os, env, objectFormat: 'elf' };
  t.objectFormat = explicit ?? defaultFormat(t);
  return t;
}

function defaultFormat(t: LlvmTriple): LlvmTriple['objectFormat'] {
  switch (t.arch) {
    case null:
    case 'aarch64':
    case 'aarch64_32':
    case 'arm':
    case 'thumb':
    case 'x86':
    case 'x86_64':
      if (t.os === 'windows' || t.os === 'uefi') return 'coff';
      return DARWIN.has(t.os) ? 'macho' : 'elf';
    case 'mipsel':
      return t.os === 'windows' ? 'coff' : 'elf';
    case 'ppc64':
    case 'ppc':
      return t.os === 'aix' ? 'xcoff' : DARWIN.has(t.os) ? 'macho' : 'elf';
    case 'systemz':
      return t.os === 'zos' ? 'goff' : 'elf';
    case 'wasm32':
    case 'wasm64':
      return 'wasm';
    case 'spirv':
    case 'spirv32':
    case 'spirv64':
      return 'spirv';
    case 'dxil':
      return 'dxcontainer';
    default:
      return 'elf';
  }
}

const BIG_ENDIAN = new Set<LlvmArch>(['armeb', 'thumbeb', 'aarch64_be', 'ppc', 'ppc64', 'mips', 'mips64', 'sparc', 'sparcv9', 'systemz', 'bpfeb', 'riscv32be', 'riscv64be', 'm68k', 'tce', 'lanai']);

export function llvmEndian(arch: LlvmArch): 'little' | 'big' {
  return BIG_ENDIAN.has(arch) ? 'big' : 'little';
}

function mangling(t: LlvmTriple): string {
  if (t.objectFormat === 'goff') return '-m:l';
  if (t.objectFormat === 'macho') return '-m:o';
  if ((t.os === 'windows' || t.os === 'uefi') && t.objectFormat === 'coff') return t.arch === 'x86' ? '-m:x' : '-m:w';
  if (t.objectFormat === 'xcoff') return '-m:a';
  return '-m:e';
}

/** ARM::computeTargetABI. */
function armAbi(t: LlvmTriple, abiName: string): 'apcs' | 'aapcs' | 'aapcs16' | 'unknown' {
  let name = abiName;
  if (name === '') {
    if (t.objectFormat === 'macho') {
      const profileM = /^(arm|thumb)(eb)?v(6s?-?m|7e?-?m|8(\.1)?-?m)/.test(t.archName);
      name = t.env === 'eabi' || t.os === 'unknown' || profileM ? 'aapcs' : t.os === 'watchos' ? 'aapcs16' : 'apcs-gnu';
    } else if (t.os === 'windows') name = 'aapcs';
    else if (['android', 'gnueabi', 'gnueabit64', 'gnueabihf', 'gnueabihft64', 'musleabi', 'musleabihf', 'ohos'].includes(t.env)) name = 'aapcs-linux';
    else if (t.env === 'eabihf' || t.env === 'eabi') name = 'aapcs';
    else if (t.os === 'netbsd') name = 'apcs-gnu';
    else name = 'aapcs';
  }
  if (name === 'aapcs16') return 'aapcs16';
  if (name.startsWith('aapcs')) return 'aapcs';
  if (name.startsWith('apcs')) return 'apcs';
  return 'unknown';
}

/** Triple::computeDataLayout(ABIName) of LLVM 22 for the archs rustc's LLVM has; null when LLVM has none. */
export function llvmDataLayout(triple: string, abiName = ''): string | null {
  const t = parseLlvmTriple(triple);
  if (!t.arch || !hasLlvmBackend(t.arch)) return null;
  const e = llvmEndian(t.arch) === 'big' ? 'E' : 'e';
  switch (t.arch) {
    case 'arm':
    case 'armeb':
    case 'thumb':
    case 'thumbeb':
      return armLayout(t, e, abiName);
    case 'aarch64':
    case 'aarch64_be':
    case 'aarch64_32':
      if (t.objectFormat === 'macho') {
        return t.arch === 'aarch64_32'
          ? 'e-m:o-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32'
          : 'e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32';
      }
      if (t.objectFormat === 'coff') return 'e-m:w-p270:32:32-p271:32:32-p272:64:64-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32';
      return `${e}-m:e${t.env === 'gnu_ilp32' ? '-p:32:32' : ''}-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32`;
    case 'avr':
      return 'e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8:16-a:8';
    case 'bpfel':
    case 'bpfeb':
      return `${e}-m:e-p:64:64-i64:64-i128:128-n32:64-S128`;
    case 'csky':
      return 'e-m:e-S32-p:32:32-i32:32:32-i64:32:32-f32:32:32-f64:32:32-v64:32:32-v128:32:32-a:0:32-Fi32-n32';
    case 'hexagon':
      return 'e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048';
    case 'loongarch32':
      return 'e-m:e-p:32:32-i64:64-n32-S128';
    case 'loongarch64':
      return 'e-m:e-p:64:64-i64:64-i128:128-n32:64-S128';
    case 'm68k':
      return 'E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16';
    case 'mips':
    case 'mipsel':
    case 'mips64':
    case 'mips64el':
      return mipsLayout(t, e, abiName);
    case 'msp430':
      return 'e-m:e-p:16:16-i32:16-i64:16-f32:16-f64:16-a:8-n8:16-S16';
    case 'ppc':
    case 'ppcle':
    case 'ppc64':
    case 'ppc64le':
      return powerLayout(t, e, abiName);
    case 'r600':
      return 'e-m:e-p:32:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1';
    case 'amdgcn':
      return 'e-m:e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9';
    case 'riscv32':
    case 'riscv64':
    case 'riscv32be':
    case 'riscv64be': {
      if (t.objectFormat === 'macho') return 'e-m:o-p:32:32-i64:64-n32-S128';
      const is64 = t.arch === 'riscv64' || t.arch === 'riscv64be';
      let r = `${e}-m:e${is64 ? '-p:64:64-i64:64-i128:128-n32:64' : '-p:32:32-i64:64-n32'}`;
      r += abiName === 'ilp32e' ? '-S32' : abiName === 'lp64e' ? '-S64' : '-S128';
      return r;
    }
    case 'sparc':
    case 'sparcel':
    case 'sparcv9': {
      const is64 = t.arch === 'sparcv9';
      return `${t.arch === 'sparcel' ? 'e' : 'E'}-m:e${is64 ? '' : '-p:32:32'}-i64:64-i128:128${is64 ? '-n32:64-S128' : '-f128:64-n32-S64'}`;
    }
    case 'systemz':
      // z/OS has no S64 (checked with rustc 1.95 on s390x-ibm-zos and s390x-ibm-zos-elf), and its ptr32 address space.
      return `E${t.os === 'zos' ? '' : '-S64'}${mangling(t)}${t.os === 'zos' ? '-p1:32:32' : ''}-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64`;
    case 'x86':
    case 'x86_64':
      return x86Layout(t);
    case 'xtensa':
      return 'e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32';
    case 'nvptx':
    case 'nvptx64': {
      let r = 'e';
      if (t.arch === 'nvptx') r += '-p:32:32-p6:32:32-p7:32:32';
      else if (abiName === 'shortptr') r += '-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32';
      else r += '-p6:32:32';
      return `${r}-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64`;
    }
    case 'wasm32':
    case 'wasm64': {
      const p = t.arch === 'wasm64' ? '64:64' : '32:32';
      return `e-m:e-p:${p}-p10:8:8-p20:8:8-i64:64-i128:128${t.os === 'emscripten' ? '-f128:64' : ''}-n32:64-S128-ni:1:10:20`;
    }
    default:
      return null;
  }
}

function armLayout(t: LlvmTriple, e: string, abiName: string): string {
  const abi = armAbi(t, abiName);
  let r = `${e}${mangling(t)}-p:32:32-Fi8`;
  if (abi !== 'apcs') r += '-i64:64';
  if (abi === 'apcs') r += '-f64:32:64';
  if (abi === 'apcs') r += '-v64:32:64-v128:32:128';
  else if (abi !== 'aapcs16') r += '-v128:64:128';
  r += '-a:0:32-n32';
  r += abi === 'aapcs16' ? '-S128' : abi === 'aapcs' ? '-S64' : '-S32';
  return r;
}

function mipsLayout(t: LlvmTriple, e: string, abiName: string): string | null {
  const abi = mipsAbi(t, abiName);
  // A 64-bit ABI on 32-bit MIPS: LLVM aborts before there is a layout (spec-llvm-abiname).
  if (abi !== 'o32' && (t.arch === 'mips' || t.arch === 'mipsel') && abiName !== '') return null;
  let r = `${e}${abi === 'o32' ? '-m:m' : '-m:e'}`;
  if (abi !== 'n64') r += '-p:32:32';
  r += '-i8:8:32-i16:16:32-i64:64';
  r += abi === 'o32' ? '-n32-S64' : '-i128:128-n32:64-S128';
  return r;
}

function powerLayout(t: LlvmTriple, e: string, abiName: string): string {
  const is64 = t.arch === 'ppc64' || t.arch === 'ppc64le';
  let r = `${e}${mangling(t)}`;
  if (!is64 || t.os === 'lv2') r += '-p:32:32';
  const elfv2 = t.arch === 'ppc64' && (t.os === 'freebsd' || t.os === 'openbsd' || t.env.startsWith('musl'));
  if (t.arch === 'ppc64' && !elfv2 && abiName !== 'elfv2') r += '-Fi64';
  else if (t.os === 'aix') r += is64 ? '-Fi64' : '-Fi32';
  else r += '-Fn32';
  r += '-i64:64';
  r += is64 ? '-i128:128-n32:64' : '-n32';
  if (t.os === 'aix') r += '-f64:32:64';
  if (is64 && (t.os === 'aix' || t.os === 'linux')) r += '-S128-v256:256:256-v512:512:512';
  return r;
}

function x86Layout(t: LlvmTriple): string {
  const is64 = t.arch === 'x86_64';
  const iamcu = t.os === 'elfiamcu';
  const windows = t.os === 'windows';
  let r = `e${mangling(t)}`;
  if (!is64 || t.env === 'gnux32' || t.env === 'muslx32') r += '-p:32:32';
  r += '-p270:32:32-p271:32:32-p272:64:64';
  if (is64 || windows) r += '-i64:64-i128:128';
  else if (iamcu) r += '-i64:32-f64:32';
  else r += '-i128:128-f64:32:64';
  if (iamcu) r += '';
  else if (is64 || DARWIN.has(t.os) || (windows && (t.env === 'msvc' || t.env === 'unknown'))) r += '-f80:128';
  else r += '-f80:32';
  if (iamcu) r += '-f128:32';
  r += is64 ? '-n8:16:32:64' : '-n8:16:32';
  r += (!is64 && windows) || iamcu ? '-a:0:32-S32' : '-S128';
  return r;
}

/** LLVM's MIPS ABI for a triple and ABI name (getMipsABI in TargetDataLayout.cpp). */
export function mipsAbi(t: LlvmTriple, abiName: string): 'o32' | 'n32' | 'n64' {
  if (abiName.startsWith('o32')) return 'o32';
  if (abiName.startsWith('n32')) return 'n32';
  if (abiName.startsWith('n64')) return 'n64';
  if (t.env === 'gnuabin32' || t.env === 'muslabin32') return 'n32';
  return t.arch === 'mips64' || t.arch === 'mips64el' ? 'n64' : 'o32';
}

/** Pointer width LLVM's layout gives address space 0 (64 when it has no `p:` entry). */
export function layoutPointerBits(layout: string): number {
  for (const tok of layout.split('-')) {
    const m = /^p0?:(\d+):/.exec(tok);
    if (m) return Number(m[1]);
  }
  return 64;
}
