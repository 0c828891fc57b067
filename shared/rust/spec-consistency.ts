/**
 * The consistency rules rustc 1.95 applies to a JSON target after reading it (its `check_consistency` for
 * non-built-in targets), each turned into a problem with a fix, so all of them are reported at once:
 * is-like-* flags against os/vendor/arch, linker flavor against them, link args, vendor/os values, static CRT,
 * the RISC-V and ARM float ABI settings, rustc-abi, and target features against the ABI.
 */
import type { RustFindingCode } from './findings.js';
import { own } from '../own.js';

export interface ConsistencyProblem {
  /** JSON pointer ('' for the document). */
  path: string;
  code: RustFindingCode;
  message: string;
  hint: string;
}

type Spec = Record<string, unknown>;

const bool = (v: unknown) => v === true;
const str = (v: unknown, d = '') => (typeof v === 'string' ? v : d);

/** Old flavor names rustc still reads, as the new ones. */
const LEGACY_FLAVOR: Record<string, string> = {
  gcc: 'gnu-cc',
  ld: 'gnu',
  'ld.lld': 'gnu-lld',
  'ld64.lld': 'darwin-lld',
  'lld-link': 'msvc-lld',
  'wasm-ld': 'wasm-lld',
  em: 'em-cc',
};

/** The current name of a flavor (own keys only: "valueOf" is a flavor name from the file, not a lookup). */
function modernFlavor(flavor: string): string {
  return own(LEGACY_FLAVOR, flavor) ?? flavor;
}

function flavorFamily(flavor: string): string {
  const f = modernFlavor(flavor);
  return f.split('-')[0] ?? f;
}

/**
 * The linker flavor rustc settles on: the old "gcc" and "ld" (and no linker-flavor, which means "gcc") are read
 * by lld-flavor and linker-is-gnu (rustc's LinkerFlavor::from_cli_json): darwin, wasm, gnu, else unix.
 */
function linkerFlavor(spec: Spec): string {
  const raw = typeof spec['linker-flavor'] === 'string' ? spec['linker-flavor'] : 'gcc';
  if (raw !== 'gcc' && raw !== 'ld') return raw;
  const cc = raw === 'gcc' ? '-cc' : '';
  const lld = str(spec['lld-flavor'], 'gnu');
  if (lld === 'darwin') return `darwin${cc}`;
  if (lld === 'wasm') return `wasm-lld${cc}`;
  return lld === 'gnu' && spec['linker-is-gnu'] !== false ? `gnu${cc}` : `unix${cc}`;
}

/** Which target features the ABI needs enabled (required) or forbids (incompatible), by arch. */
export function abiFeatureConstraints(spec: Spec): { required: string[]; incompatible: string[]; why: string } {
  const arch = str(spec.arch);
  const rustcAbi = str(spec['rustc-abi']);
  const softfloat = rustcAbi === 'softfloat' || rustcAbi === 'x86-softfloat';
  switch (arch) {
    case 'x86':
      if (softfloat) return { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' };
      if (rustcAbi === 'x86-sse2') return { required: ['x87', 'sse2'], incompatible: ['soft-float'], why: 'the x86-sse2 rustc-abi' };
      return { required: ['x87'], incompatible: ['soft-float'], why: 'the default hard-float x86 ABI' };
    case 'x86_64':
      if (softfloat) return { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' };
      return { required: ['x87', 'sse2'], incompatible: ['soft-float'], why: 'the default hard-float x86_64 ABI' };
    case 'arm':
      return spec['llvm-floatabi'] === 'hard'
        ? { required: ['fpregs'], incompatible: ['soft-float'], why: '"llvm-floatabi": "hard"' }
        : { required: [], incompatible: [], why: '' };
    case 'aarch64':
    case 'arm64ec':
      return str(spec.abi) === 'softfloat'
        ? { required: [], incompatible: ['neon'], why: '"abi": "softfloat"' }
        : { required: ['neon'], incompatible: [], why: 'the hard-float AArch64 ABI (no "abi": "softfloat")' };
    case 'riscv32':
    case 'riscv64': {
      const n = str(spec['llvm-abiname']);
      if (n.endsWith('d')) return { required: ['d'], incompatible: ['e', 'zfinx'], why: `"llvm-abiname": "${n}"` };
      if (n.endsWith('f')) return { required: ['f'], incompatible: ['e', 'zfinx'], why: `"llvm-abiname": "${n}"` };
      if (n === 'ilp32' || n === 'lp64') return { required: [], incompatible: ['e'], why: `"llvm-abiname": "${n}"` };
      if (n === 'ilp32e') return { required: [], incompatible: ['d'], why: '"llvm-abiname": "ilp32e"' };
      return { required: [], incompatible: [], why: '' };
    }
    case 'loongarch32':
    case 'loongarch64': {
      const n = str(spec['llvm-abiname']);
      if (n.endsWith('d')) return { required: ['d'], incompatible: [], why: `"llvm-abiname": "${n}"` };
      if (n.endsWith('f')) return { required: ['f'], incompatible: [], why: `"llvm-abiname": "${n}"` };
      return { required: [], incompatible: [], why: '' };
    }
    case 's390x':
      return softfloat ? { required: ['soft-float'], incompatible: [], why: 'the softfloat rustc-abi' } : { required: [], incompatible: ['soft-float'], why: 'the s390x hard-float ABI' };
    default:
      return { required: [], incompatible: [], why: '' };
  }
}

/** Apple's OSes: rustc's apple base panics on any other os with vendor "apple". */
export const APPLE_OSES = ['macos', 'ios', 'tvos', 'watchos', 'visionos'];

type Add = (path: string, code: RustFindingCode, message: string, hint: string) => void;

interface Fields {
  arch: string;
  /** false when the spec has no string `arch` (its absence is reported on its own; rules that depend on it wait). */
  hasArch: boolean;
  os: string;
  vendor: string;
  flavorRaw: string;
  features: string;
}

/** rustc's consistency rules, all of them (rustc stops at the first). */
export function consistencyProblems(spec: Spec): ConsistencyProblem[] {
  const out: ConsistencyProblem[] = [];
  const add: Add = (path, code, message, hint) => out.push({ path, code, message, hint });
  // null means "the default", as an absent key does.
  const f: Fields = {
    arch: str(spec.arch),
    hasArch: typeof spec.arch === 'string',
    os: typeof spec.os === 'string' ? spec.os : 'none',
    vendor: typeof spec.vendor === 'string' ? spec.vendor : 'unknown',
    flavorRaw: linkerFlavor(spec),
    features: str(spec.features),
  };
  likeFlagProblems(spec, f, add);
  linkerFlavorProblems(spec, f, add);
  linkArgProblems(spec, f, add);
  ccArgProblems(spec, f, add);
  valueProblems(spec, f, add);
  entryAbiProblems(spec, f, add);
  if (f.hasArch) {
    floatAbiProblems(spec, f, add);
    featureProblems(spec, f, add);
  }
  return out;
}

/** is-like-* must match what they describe (rustc: "… must be set if and only if …"). */
function likeFlagProblems(spec: Spec, { arch, hasArch, os, vendor, flavorRaw }: Fields, add: Add): void {
  // Dropping an is-like-* flag also ends that family's linker flavor (rustc: "`linker_flavor` must be `darwin` if and
  // only if `is_like_darwin` is set"): the fix says so, or the next run finds the flavor.
  const flavorToo = (family: string) => (flavorFamily(flavorRaw) === family ? ' and write "linker-flavor": "gnu-cc"' : '');
  // Setting one starts that family's flavor, likewise.
  const FAMILY_FLAVOR: Record<string, string> = { darwin: 'darwin-cc', wasm: 'wasm-lld', msvc: 'msvc' };
  const flavorTooSet = (family: string) => (own(FAMILY_FLAVOR, family) && flavorFamily(flavorRaw) !== family ? ` and write "linker-flavor": "${FAMILY_FLAVOR[family]}"` : '');
  const iff = (flag: string, holds: boolean, what: string, setHint = `Set "${flag}": true${flavorTooSet(flag.slice(8))}.`, unsetHint = `Delete "${flag}"${flavorToo(flag.slice(8))} (or set it to false), or change ${what.split(' is ')[0]}.`) => {
    if (bool(spec[flag]) !== holds) {
      add(`/${flag}`, 'spec-inconsistent', `"${flag}" must be true exactly when ${what}; here it is ${bool(spec[flag])}.`, holds ? setHint : unsetHint);
    }
  };
  // Apple's base only knows Apple's OSes: is-like-darwin on another os makes rustc panic, so the fix is the vendor.
  const darwinHint = APPLE_OSES.includes(os)
    ? `Set "is-like-darwin": true${flavorTooSet('darwin')}.`
    : `Write "vendor": "unknown" (or any vendor but apple: "apple" means a Darwin target, and rustc panics on is-like-darwin with os ${os}; Apple's OSes are ${APPLE_OSES.join(', ')}).`;
  // is-like-darwin on one of Apple's OSes with another vendor: the vendor is what changed.
  const notDarwinHint = APPLE_OSES.includes(os)
    ? `Write "vendor": "apple" ("${os}" is Apple's), or delete "is-like-darwin" and use a linker flavor of another family.`
    : undefined;
  iff('is-like-darwin', vendor === 'apple', '"vendor" is "apple"', darwinHint, notDarwinHint);
  iff('is-like-solaris', os === 'solaris' || os === 'illumos', '"os" is "solaris" or "illumos"');
  const windows = os === 'windows' || os === 'uefi' || os === 'cygwin';
  if (!windows && bool(spec['is-like-windows']) && bool(spec['is-like-msvc'])) {
    // is-like-msvc needs is-like-windows: both go, or rustc's next complaint is the msvc one.
    add('/is-like-windows', 'spec-inconsistent', `"is-like-windows" must be true exactly when "os" is "windows", "uefi" or "cygwin"; here it is true.`, `Delete "is-like-windows" and "is-like-msvc"${flavorToo('msvc') || ' (and use a non-MSVC linker flavor)'}, or change "os".`);
  } else iff('is-like-windows', windows, '"os" is "windows", "uefi" or "cygwin"');
  if (hasArch) {
    iff('is-like-gpu', arch === 'nvptx64' || arch === 'amdgpu', '"arch" is "nvptx64" or "amdgpu"');
    iff('is-like-wasm', arch === 'wasm32' || arch === 'wasm64', '"arch" is "wasm32" or "wasm64"');
  }
  if (vendor === 'apple' && bool(spec['is-like-darwin']) && !APPLE_OSES.includes(os)) {
    add(
      '/os',
      'spec-inconsistent',
      `"vendor": "apple" with "os": "${os}": rustc's Apple base knows only ${APPLE_OSES.join(', ')} and panics ("tried to get deployment target for non-Apple platform").`,
      `Use one of Apple's OSes for "os", or another vendor (with "is-like-darwin" deleted and a linker flavor of that family).`,
    );
  }
  if (bool(spec['is-like-msvc']) && !bool(spec['is-like-windows'])) {
    add('/is-like-msvc', 'spec-inconsistent', '"is-like-msvc" needs "is-like-windows".', 'Set "is-like-windows": true (and "os": "windows"), or drop "is-like-msvc".');
  }
  if (os === 'emscripten' && !bool(spec['is-like-wasm'])) {
    add('/os', 'spec-inconsistent', 'The "emscripten" os only works on wasm targets.', 'Use "arch": "wasm32" with "is-like-wasm": true, or another os.');
  }
}

/** The default linker flavor must fit the target's kind. */
function linkerFlavorProblems(spec: Spec, { arch, hasArch, os, flavorRaw }: Fields, add: Add): void {
  const family = flavorFamily(flavorRaw);
  const flavor = modernFlavor(flavorRaw);
  const flavorIff = (holds: boolean, fam: boolean, want: string, because: string) => {
    if (holds !== fam) {
      add(
        '/linker-flavor',
        'spec-linker-flavor',
        `linker-flavor "${flavorRaw}" ${holds ? `must be ${want}` : `is only for targets where ${because}`}.`,
        holds ? `Use a ${want} flavor, e.g. "${want}".` : `Use a flavor of this target's family, e.g. "gnu-lld" or "gnu-cc".`,
      );
    }
  };
  flavorIff(bool(spec['is-like-darwin']), family === 'darwin', 'darwin-lld', '"is-like-darwin" is true');
  flavorIff(bool(spec['is-like-msvc']), family === 'msvc', 'msvc-lld', '"is-like-msvc" is true');
  flavorIff(bool(spec['is-like-wasm']) && os !== 'emscripten', family === 'wasm', 'wasm-lld', '"is-like-wasm" is true');
  flavorIff(os === 'emscripten', flavor === 'em-cc', 'em-cc', '"os" is "emscripten"');
  if (!hasArch) return;
  flavorIff(arch === 'bpf', flavor === 'bpf', 'bpf', '"arch" is "bpf"');
  // rustc 1.95 ties no other flavor to an arch: ptx and llbc link any arch's spec, and nvptx64 takes any flavor (checked).
}

/** The linker flavors rustc 1.95 reads as keys of the link-args objects (its error message lists them). */
export const LINKER_FLAVORS = ['gnu', 'gnu-lld', 'gnu-cc', 'gnu-lld-cc', 'darwin', 'darwin-lld', 'darwin-cc', 'darwin-lld-cc', 'wasm-lld', 'wasm-lld-cc', 'unix', 'unix-cc', 'msvc-lld', 'msvc', 'em-cc', 'bpf', 'llbc', 'ptx', ...Object.keys(LEGACY_FLAVOR)];

const LINK_ARG_KEYS = ['pre-link-args', 'late-link-args', 'late-link-args-dynamic', 'late-link-args-static', 'post-link-args'];

function linkArgProblems(spec: Spec, { arch }: Fields, add: Add): void {
  for (const key of LINK_ARG_KEYS) {
    const v = spec[key];
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    for (const [fl, args] of Object.entries(v as Record<string, unknown>)) {
      const at = `/${key}/${fl.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!LINKER_FLAVORS.includes(fl)) {
        const gcc = LINKER_FLAVORS.includes(`${fl}-cc`) ? `"${fl}-cc"` : '"gnu-cc"';
        add(at, 'spec-link-args-flavor', `"${fl}" is not a linker flavor (rustc: "invalid linker flavor").`, `Key the arguments by the flavor that links this target, e.g. ${gcc} or "gnu-lld" (one of ${LINKER_FLAVORS.join(', ')}).`);
      } else if (Array.isArray(args) && args.length === 0 && arch !== 'avr') {
        add(at, 'spec-empty-link-args', `Empty argument list for linker flavor "${fl}".`, `Delete "${fl}": [] from "${key}".`);
      }
    }
  }
}

/**
 * rustc 1.95 re-keys link args to the target's linker family, and when the target links through a C compiler
 * (gnu*-cc, wasm-lld-cc, unix-cc) every `-Wl,X` argument must appear as X among the non-cc arguments, if there
 * are any ("link args for cc and non-cc versions of flavors are not consistent"; checked with rustc).
 */
const NON_CC = new Set(['gnu', 'gnu-lld', 'darwin', 'darwin-lld', 'wasm-lld', 'unix', 'ld', 'ld.lld', 'ld64.lld', 'wasm-ld']);

function ccArgProblems(spec: Spec, { flavorRaw }: Fields, add: Add): void {
  const target = modernFlavor(flavorRaw);
  if (!/^(gnu|gnu-lld|wasm-lld|unix)-cc$/.test(target)) return;
  for (const key of LINK_ARG_KEYS) {
    const v = spec[key];
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const entries = Object.entries(v as Record<string, unknown>).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
    const plain = entries.filter(([fl]) => NON_CC.has(fl));
    if (plain.length === 0) continue;
    const known = new Set(plain.flatMap(([, args]) => args));
    const missing = entries.flatMap(([fl, args]) => args.filter((a): a is string => typeof a === 'string' && a.startsWith('-Wl,') && !known.has(a.slice(4))).map((a) => `"${a}" (${fl})`));
    if (missing.length === 0) continue;
    add(
      `/${key}`,
      'spec-link-args-cc',
      `${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no counterpart without "-Wl," in the non-cc list${plain.length > 1 ? 's' : ''} (${plain.map(([fl]) => `"${fl}"`).join(', ')}); this target links through a C compiler ("${target}") and rustc refuses the spec ("link args for cc and non-cc versions of flavors are not consistent").`,
      `Give ${plain.map(([fl]) => `"${fl}"`).join(', ')} the same arguments without "-Wl,", or drop the non-cc list${plain.length > 1 ? 's' : ''}.`,
    );
  }
}

/** entry-abi values that only one family of archs has: rustc panics on them elsewhere (checked with rustc 1.95). */
const ENTRY_ABI_ARCHS: Array<[string[], string[]]> = [
  [['aapcs', 'aapcs-unwind', 'cmse-nonsecure-call', 'cmse-nonsecure-entry'], ['arm']],
  [['sysv64', 'sysv64-unwind', 'win64', 'win64-unwind'], ['x86_64']],
  [['x86-interrupt', 'vectorcall', 'vectorcall-unwind'], ['x86', 'x86_64']],
  [['riscv-interrupt-m', 'riscv-interrupt-s'], ['riscv32', 'riscv64']],
  [['msp430-interrupt'], ['msp430']],
  [['avr-interrupt', 'avr-non-blocking-interrupt'], ['avr']],
  [['ptx-kernel'], ['nvptx64']],
];

function entryAbiProblems(spec: Spec, { arch, hasArch, os }: Fields, add: Add): void {
  const abi = spec['entry-abi'];
  if (!hasArch || typeof abi !== 'string') return;
  // stdcall and its kin are x86-32 conventions; Windows maps them to C on other archs.
  const groups = os === 'windows' ? ENTRY_ABI_ARCHS : [...ENTRY_ABI_ARCHS, [['stdcall', 'stdcall-unwind', 'fastcall', 'fastcall-unwind', 'thiscall', 'thiscall-unwind'], ['x86']] as [string[], string[]]];
  const group = groups.find(([abis]) => abis.includes(abi));
  if (!group || group[1].includes(arch)) return;
  add('/entry-abi', 'spec-entry-abi', `"entry-abi": "${abi}" is a calling convention of ${group[1].join('/')} only; rustc panics on it for "${arch}".`, 'Write "entry-abi": "C" (or delete it: C is the default).');
}

function valueProblems(spec: Spec, { os, vendor }: Fields, add: Add): void {
  if (spec.vendor === '') add('/vendor', 'spec-empty-value', '"vendor" cannot be empty.', 'Delete it (the default is "unknown") or name the vendor.');
  if (spec.os === '') add('/os', 'spec-empty-value', '"os" cannot be empty.', 'Use "none" for bare metal, or the name of your OS.');
  const llvmTarget = str(spec['llvm-target']);
  if (os === 'unknown' && !/^wasm(32|64)-unknown-unknown$/.test(llvmTarget) && !(str(spec.env) === 'sgx' && vendor === 'fortanix')) {
    add('/os', 'spec-os-unknown', '"os": "unknown" is reserved for a few built-in targets.', 'Use "os": "none" for bare metal, or the name of your OS.');
  }
  selfContainedProblems(spec, add);
  if ((bool(spec['crt-static-default']) || bool(spec['crt-static-allows-dylibs'])) && !bool(spec['crt-static-respected'])) {
    add(
      bool(spec['crt-static-default']) ? '/crt-static-default' : '/crt-static-allows-dylibs',
      'spec-crt-static',
      'A static CRT can be enabled but "crt-static-respected" is not set.',
      'Add "crt-static-respected": true.',
    );
  }
}

/**
 * rustc: "if `link_self_contained` is disabled, then `pre_link_objects_self_contained` and
 * `post_link_objects_self_contained` must be empty". The JSON names are pre-/post-link-objects-fallback; self-contained
 * linking is on through "link-self-contained" (components) or "crt-objects-fallback" ("true", "musl", "mingw"; rustc 1.95
 * prints "false" for off).
 */
function selfContainedProblems(spec: Spec, add: Add): void {
  const nonEmpty = (v: unknown) => !!v && typeof v === 'object' && Object.keys(v).length > 0;
  const objects = ['pre-link-objects-fallback', 'post-link-objects-fallback'].filter((k) => nonEmpty(spec[k]));
  if (objects.length === 0) return;
  // rustc writes the old key as a string ("false", "true", "musl", "mingw"), the new one as {"components": […]}.
  const on = (v: unknown) => v === true || (typeof v === 'string' && v !== 'false');
  const lsc = spec['link-self-contained'];
  const components = lsc && typeof lsc === 'object' && !Array.isArray(lsc) ? (lsc as { components?: unknown }).components : undefined;
  const enabled = on(lsc) || (Array.isArray(components) && components.length > 0) || on(spec['crt-objects-fallback']);
  if (enabled) return;
  add(
    `/${objects[0]}`,
    'spec-self-contained-objects',
    `"${objects.join('" and "')}" ${objects.length > 1 ? 'are' : 'is'} only used when linking self-contained, which this spec does not enable (rustc: "if \`link_self_contained\` is disabled, then \`pre_link_objects_self_contained\` and \`post_link_objects_self_contained\` must be empty").`,
    `Delete "${objects.join('" and "')}", or enable self-contained linking ("crt-objects-fallback": "musl" or "mingw", as those built-ins do).`,
  );
}

export const RISCV_ABIS: Record<string, string[]> = { riscv32: ['ilp32', 'ilp32f', 'ilp32d', 'ilp32e'], riscv64: ['lp64', 'lp64f', 'lp64d', 'lp64e'] };

/**
 * The RISC-V ABI name that matches the features (the fix for a missing or wrong one): the E base ISA takes the
 * E ABI (rustc: "target feature `e` is incompatible with the ABI" otherwise), else the float features decide.
 */
export function riscvAbiGuess(arch: string, features: string): string {
  const base = arch === 'riscv32' ? 'ilp32' : 'lp64';
  return /\+e\b/.test(features) ? `${base}e` : /\+d\b/.test(features) ? `${base}d` : /\+f\b/.test(features) ? `${base}f` : base;
}

/** The float ABI declarations: RISC-V and LoongArch ABI names, ARM's float ABI, rustc-abi. */
function floatAbiProblems(spec: Spec, { arch, features }: Fields, add: Add): void {
  const abiname = str(spec['llvm-abiname']);
  if (arch === 'riscv32' || arch === 'riscv64') {
    const allowed = RISCV_ABIS[arch]!;
    if (!allowed.includes(abiname)) {
      const guess = riscvAbiGuess(arch, features);
      add(
        abiname ? '/llvm-abiname' : '',
        'spec-riscv-abiname',
        abiname ? `"${abiname}" is not a ${arch} ABI name (rustc: "invalid RISC-V ABI name").` : `RISC-V specs need "llvm-abiname"; rustc rejects the file without it ("invalid RISC-V ABI name").`,
        `Use "llvm-abiname": "${guess}" (one of ${allowed.join(', ')}, matching the E and float features).`,
      );
    }
  }
  if (arch === 'arm' && (spec['llvm-floatabi'] === undefined || spec['llvm-floatabi'] === null)) {
    const hard = str(spec.abi).endsWith('hf');
    add('', 'spec-arm-floatabi', 'ARM specs must set "llvm-floatabi" to "hard" or "soft".', `Add "llvm-floatabi": "${hard ? 'hard' : 'soft'}" (${hard ? 'the eabihf ABI passes floats in FPU registers' : 'floats in integer registers'}).`);
  }
  const rustcAbi = str(spec['rustc-abi']);
  if (rustcAbi === 'x86-sse2' && arch !== 'x86') {
    // On x86_64 with "+soft-float" the ABI meant is the softfloat one; otherwise the default needs no rustc-abi.
    const hint = arch === 'x86_64' && enabledFeatures(features).has('soft-float') ? 'Write "rustc-abi": "softfloat" (the features enable +soft-float).' : 'Delete "rustc-abi".';
    add('/rustc-abi', 'spec-rustc-abi', '"x86-sse2" is only valid for 32-bit x86.', hint);
  } else if ((rustcAbi === 'softfloat' || rustcAbi === 'x86-softfloat') && !['x86', 'x86_64', 's390x'].includes(arch)) {
    add(
      '/rustc-abi',
      'spec-rustc-abi',
      `"rustc-abi": "${rustcAbi}" is only valid for x86, x86_64 and s390x.`,
      arch === 'aarch64'
        ? `Delete "rustc-abi" and write "abi": "softfloat" and "features": "${softfloatFeatures(features)}", as aarch64-unknown-none-softfloat does.`
        : 'Delete "rustc-abi"; this arch sets its float ABI elsewhere ("llvm-abiname", "llvm-floatabi").',
    );
  }
}

/** AArch64 features for the softfloat ABI: no FP/SIMD (rustc ties neon and fp-armv8). */
function softfloatFeatures(features: string): string {
  const kept = features.split(',').filter((f) => f !== '' && !['+neon', '+fp-armv8', '-neon', '-fp-armv8'].includes(f));
  return [...kept, '-neon', '-fp-armv8'].join(',');
}

function enabledFeatures(features: string): Set<string> {
  return new Set(features.split(',').filter((f) => f.startsWith('+')).map((f) => f.slice(1)));
}

/** rustc-abi names this arch does not take: the ABI's feature rules would describe the wrong ABI. */
function rustcAbiInvalid(spec: Spec, arch: string): boolean {
  const r = str(spec['rustc-abi']);
  return (r === 'x86-sse2' && arch !== 'x86') || ((r === 'softfloat' || r === 'x86-softfloat') && !['x86', 'x86_64', 's390x'].includes(arch));
}

/** Features: syntax, contradictions, and what the ABI requires or forbids. */
function featureProblems(spec: Spec, { arch, features }: Fields, add: Add): void {
  if (features === '') return;
  const enabled = new Set<string>();
  const disabled = new Set<string>();
  for (const feat of features.split(',')) {
    if (feat.startsWith('+')) enabled.add(feat.slice(1));
    else if (feat.startsWith('-')) disabled.add(feat.slice(1));
    else add('/features', 'spec-feature-syntax', `Target feature "${feat}" must start with + or -.`, `Write "+${feat}" to enable it or "-${feat}" to disable it.`);
  }
  for (const f of enabled) {
    if (disabled.has(f)) add('/features', 'spec-feature-conflict', `Target feature "${f}" is both enabled and disabled.`, `Keep one of "+${f}" and "-${f}".`);
  }
  // A rustc-abi this arch does not take is reported above with its one fix; rules for the wrong ABI would contradict it.
  if (rustcAbiInvalid(spec, arch)) return;
  const c = abiFeatureConstraints(spec);
  for (const f of c.required) {
    if (disabled.has(f)) {
      add('/features', 'spec-abi-feature', `"-${f}" disables a feature ${c.why} requires (rustc: "required by the ABI but gets disabled").`, abiHint(arch, f, 'required'));
    }
  }
  for (const f of c.incompatible) {
    if (enabled.has(f)) {
      const code = f === 'soft-float' && (arch === 'x86' || arch === 'x86_64') ? 'spec-soft-float-abi' : 'spec-abi-feature';
      add('/features', code, `"+${f}" is incompatible with ${c.why} (rustc: "incompatible with the ABI but gets enabled").`, abiHint(arch, f, 'incompatible'));
    }
  }
}

function abiHint(arch: string, feature: string, kind: 'required' | 'incompatible'): string {
  if ((arch === 'x86' || arch === 'x86_64') && feature === 'soft-float') return 'Add "rustc-abi": "softfloat" (and keep "-mmx,-sse,…,+soft-float" in features).';
  if ((arch === 'x86' || arch === 'x86_64') && kind === 'required') return `Keep ${feature} enabled, or switch to a soft-float ABI with "rustc-abi": "softfloat" and "+soft-float".`;
  if (arch === 'aarch64' && kind === 'required') return 'For a soft-float AArch64 target add "abi": "softfloat"; otherwise drop "-neon"/"-fp-armv8".';
  if (arch === 'aarch64') return 'Drop "+neon": the softfloat ABI cannot use FP registers.';
  if (arch === 'arm') return kind === 'required' ? 'Drop the "-fpregs", or use "llvm-floatabi": "soft".' : 'Drop "+soft-float", or use "llvm-floatabi": "soft".';
  if (arch.startsWith('riscv') || arch.startsWith('loongarch')) return kind === 'required' ? `Drop "-${feature}", or pick an "llvm-abiname" without hardware floats.` : `Drop "+${feature}", or pick a matching "llvm-abiname".`;
  return kind === 'required' ? `Drop "-${feature}".` : `Drop "+${feature}".`;
}
