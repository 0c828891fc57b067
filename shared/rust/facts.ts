/**
 * Target facts and the parsers for rustc's outputs (no snapshot here, so the snapshot generator can use it).
 */
import type { Finding } from '../finding.js';

export interface TargetFacts {
  target: string;
  /** 1, 2 or 3; null when the toolchain does not say. */
  tier: number | null;
  description: string | null;
  /** metadata.std: the target supports std (false: core/alloc only); null: unknown. */
  std: boolean | null;
  /** metadata.host_tools: rustc/cargo run on it; null: unknown. */
  hostTools: boolean | null;
  /** `none` when the spec has no `os`. */
  os: string;
  env: string;
  abi: string;
  vendor: string;
  arch: string;
  llvmTarget: string;
  /** `llvm-abiname` ('' when unset): the ABI selects the data layout on RISC-V, MIPS, LoongArch. */
  llvmAbiname: string;
  dataLayout: string;
  pointerWidth: number;
  endian: 'little' | 'big';
  family: string[];
  linker: string | null;
  linkerFlavor: string | null;
  /** `unwind` unless the spec says otherwise. */
  panicStrategy: string;
  /** Widest atomic in bits (spec `max-atomic-width`, default the pointer width); 0 = no atomics. */
  maxAtomicWidth: number;
  /** Compare-and-swap available (spec `atomic-cas`, default true). */
  atomicCas: boolean;
  /** std is known not to exist for it: crates must be `#![no_std]`. */
  noStd: boolean;
  features: string;
  /** rustup ships a `rust-std` component for it (channel manifest of the toolchain); null: unknown. */
  rustupStd: boolean | null;
  /** The std/core for it is already installed in the toolchain's sysroot; null: unknown (snapshot). */
  installed: boolean | null;
}

export interface RustcVersion {
  /** e.g. `1.95.0` or `1.97.0-nightly`. */
  release: string;
  /** Full commit hash when known, else the short one from the version line, else null. */
  commitHash: string | null;
  commitDate: string | null;
  host: string | null;
  llvmVersion: string | null;
  /** The first line, e.g. `rustc 1.95.0 (59807616e 2026-04-14)`. */
  line: string;
}

export interface TargetCatalog {
  source: 'rustc' | 'snapshot';
  rustc: RustcVersion;
  targets: Map<string, TargetFacts>;
  /** The toolchain's target-spec JSON schema (`--print target-spec-json-schema`), when it has one. */
  schema: unknown;
  sysroot: string | null;
  /** Why the snapshot was used, version notes, etc. */
  findings: Finding[];
}

/** The embedded snapshot's shape (compact JSON written by .ci/gen-target-snapshot.ts). */
export interface TargetSnapshotData {
  rustc: RustcVersion;
  generatedBy: string;
  /** rust-std availability from the channel manifest of the toolchain that made the snapshot. */
  rustupStd: Record<string, boolean> | null;
  targets: Record<string, Omit<TargetFacts, 'target' | 'rustupStd' | 'installed'>>;
  schema: unknown;
}

/** Reads a text file; resolves undefined when it does not exist. */
export type ReadText = (path: string) => Promise<string | undefined>;
/** Lists a directory's entry names; resolves undefined when it does not exist. */
export type ListDir = (path: string) => Promise<string[] | undefined>;

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const num = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;

/** Facts from one target spec object as rustc prints it (`--print target-spec-json` shape). */
export function factsFromSpec(target: string, spec: Json): TargetFacts {
  const md = (spec.metadata && typeof spec.metadata === 'object' ? spec.metadata : {}) as Json;
  const pointerWidth = num(spec['target-pointer-width']) ?? 0;
  const std = bool(md.std);
  const fam = spec['target-family'];
  return {
    target,
    tier: num(md.tier),
    description: str(md.description),
    std,
    hostTools: bool(md.host_tools),
    os: str(spec.os) ?? 'none',
    env: str(spec.env) ?? '',
    abi: str(spec.abi) ?? '',
    vendor: str(spec.vendor) ?? 'unknown',
    arch: str(spec.arch) ?? '',
    llvmTarget: str(spec['llvm-target']) ?? '',
    llvmAbiname: str(spec['llvm-abiname']) ?? '',
    dataLayout: str(spec['data-layout']) ?? '',
    pointerWidth,
    endian: spec['target-endian'] === 'big' ? 'big' : 'little',
    family: Array.isArray(fam) ? fam.filter((x): x is string => typeof x === 'string') : typeof fam === 'string' ? [fam] : [],
    linker: str(spec.linker),
    linkerFlavor: str(spec['linker-flavor']),
    panicStrategy: str(spec['panic-strategy']) ?? 'unwind',
    maxAtomicWidth: num(spec['max-atomic-width']) ?? pointerWidth,
    atomicCas: bool(spec['atomic-cas']) ?? true,
    noStd: std === false,
    features: str(spec.features) ?? '',
    rustupStd: null,
    installed: null,
  };
}

/** Parse `rustc -vV` output. */
export function parseRustcVersion(text: string): RustcVersion {
  const lines = text.split('\n').map((l) => l.trim());
  const line = lines.find((l) => l.startsWith('rustc ')) ?? '';
  const field = (k: string) => {
    const l = lines.find((x) => x.startsWith(`${k}: `));
    return l ? l.slice(k.length + 2).trim() : null;
  };
  const m = /^rustc (\S+)(?: \((\w+) (\d{4}-\d\d-\d\d)\))?/.exec(line);
  const hash = field('commit-hash');
  return {
    release: field('release') ?? m?.[1] ?? 'unknown',
    commitHash: hash && hash !== 'unknown' ? hash : (m?.[2] ?? null),
    commitDate: field('commit-date') ?? m?.[3] ?? null,
    host: field('host'),
    llvmVersion: field('LLVM version'),
    line,
  };
}

export { rustStdFromChannelManifest } from './channel-manifest.js';

/** Split the output of one rustc call `--print sysroot --print all-target-specs-json [--print target-spec-json-schema]`. */
export function splitCombinedPrint(stdout: string): { sysroot: string; specs: string; schema: string | null } {
  const nl = stdout.indexOf('\n');
  const sysroot = stdout.slice(0, nl).trim();
  const rest = stdout.slice(nl + 1);
  // Both JSON documents are pretty-printed: only their own closing brace sits at column 0.
  const end = rest.indexOf('\n}');
  if (end < 0) return { sysroot, specs: rest, schema: null };
  const specs = rest.slice(0, end + 2);
  const schema = rest.slice(end + 2).trim();
  return { sysroot, specs, schema: schema.startsWith('{') ? schema : null };
}

/** Parse `--print all-target-specs-json` text into facts. */
export function parseAllTargetSpecs(text: string): Map<string, TargetFacts> {
  const all = JSON.parse(text) as Record<string, Json>;
  const out = new Map<string, TargetFacts>();
  for (const name of Object.keys(all)) out.set(name, factsFromSpec(name, all[name]!));
  return out;
}
