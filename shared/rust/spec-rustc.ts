/**
 * Asking the real rustc about a custom target spec: `--print cfg` (rustc reads and checks the JSON, LLVM builds
 * its TargetMachine), and for `codegen` a `#![no_core]` crate compiled for it, which reaches what only LLVM
 * checks (the data layout, the CPU, the float ABI of `extern "C"` functions).
 */
import type { RunCommand } from '../io.js';
import { rustFindings } from './findings.js';
import type { SpecFinding } from './target-spec.js';

/**
 * The smallest crate that makes rustc 1.95 run codegen for a target without core: the lang items it requires,
 * and `extern "C"` functions that pass and return f32, f64 and i128, so a float ABI LLVM cannot lower (SSE
 * disabled under the hard-float ABI) fails here as it would in the first real crate.
 */
export const NO_CORE_PROBE = `#![feature(no_core, lang_items)]
#![allow(internal_features)]
#![no_core]
#![crate_type = "lib"]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[no_mangle] pub extern "C" fn rda_probe(x: u32) -> u32 { x }
#[no_mangle] pub extern "C" fn rda_probe_f32(x: f32) -> f32 { x }
#[no_mangle] pub extern "C" fn rda_probe_f64(x: f64) -> f64 { x }
#[no_mangle] pub extern "C" fn rda_probe_i128(x: i128) -> i128 { x }
`;

/** BPF has no aggregate returns, so no i128 through extern "C" on any BPF spec (LLVM: "aggregate returns are not supported"). */
export function probeFor(arch: string | undefined): string {
  return arch === 'bpf' ? NO_CORE_PROBE.replace(/^#\[no_mangle\] pub extern "C" fn rda_probe_i128.*\n/m, '') : NO_CORE_PROBE;
}

export interface RustcConfirmation {
  /** rustc accepted the spec (and, for codegen, compiled the probe). */
  accepted: boolean;
  /** `--print cfg` values (name → values; bare names map to []), when accepted. */
  cfg: Map<string, string[]> | null;
  /** rustc's first error, as a finding (none when accepted). */
  findings: SpecFinding[];
  stderr: string;
}

export interface ConfirmOptions {
  rustc?: string;
  /** `rustc`: --print cfg; `codegen`: also compile the no_core probe. */
  level: 'rustc' | 'codegen';
  /** Where the probe object may be written (codegen). */
  outDir?: string;
  env?: Record<string, string | undefined>;
  /** Path reported in findings (default: specPath). */
  file?: string;
  timeoutMs?: number;
  /**
   * The target entry's rustflags. Only the codegen options that change what LLVM is asked for are passed
   * (`-C target-cpu`, `-C target-feature`): a spec with `need-explicit-cpu` builds when the entry names a CPU.
   */
  rustflags?: readonly string[];
}

/** The `-C target-cpu=…` / `-C target-feature=…` options among rustflags, as separate arguments. */
export function codegenFlags(rustflags: readonly string[]): string[] {
  const out: string[] = [];
  for (let n = 0; n < rustflags.length; n++) {
    const a = rustflags[n]!;
    const joined = /^-C(target-(?:cpu|feature)=.*)$/.exec(a) ?? /^--codegen=(target-(?:cpu|feature)=.*)$/.exec(a);
    if (joined) out.push('-C', joined[1]!);
    else if ((a === '-C' || a === '--codegen') && /^target-(cpu|feature)=/.test(rustflags[n + 1] ?? '')) out.push('-C', rustflags[++n]!);
  }
  return out;
}

/** Parse rustc's one error about a target spec into message/path/line/column. */
export function parseRustcSpecError(stderr: string): { message: string; path: string; line?: number; column?: number } | null {
  const lines = stderr.split('\n');
  // LLVM's fatal errors come without "error:" (`rustc-LLVM ERROR: …`), and before the panic or ICE text.
  const llvm = lines.find((l) => /^(rustc-)?LLVM ERROR: /.test(l));
  if (llvm) return { message: llvm.replace(/^(rustc-)?LLVM ERROR: /, 'LLVM: '), path: '' };
  const first = lines.find((l) => l.startsWith('error') || l.includes('panicked at'));
  if (!first) return null;
  let message = first.replace(/^error(\[\w+\])?: /, '');
  if (/panicked at/.test(first)) {
    const idx = lines.indexOf(first);
    message = `rustc panicked: ${lines[idx + 1] ?? first}`.trim();
  }
  if (/internal compiler error/.test(first)) {
    const real = lines.find((l, n) => n > lines.indexOf(first) && l.startsWith('error: '));
    if (real) message = real.slice(7);
  }
  const m = /^error loading target specification: (?:([\w-]+): )?(.*?)(?: at line (\d+) column (\d+))?$/.exec(message);
  if (m) {
    const path = m[1] ? `/${m[1]}` : '';
    const out: { message: string; path: string; line?: number; column?: number } = { message: m[2]!.replace(/, expected one of .*$/, ''), path };
    if (m[3]) out.line = Number(m[3]);
    if (m[4]) out.column = Number(m[4]);
    return out;
  }
  const field = /"([\w-]+)"/.exec(message);
  return { message, path: field ? `/${field[1]}` : '' };
}

function stem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');
}

/** Ask the real rustc about a spec file: `--print cfg` (and a no_core compile for `codegen`). */
export async function confirmSpecWithRustc(run: RunCommand, specPath: string, opts: ConfirmOptions): Promise<RustcConfirmation> {
  const rustc = opts.rustc ?? 'rustc';
  const env = { ...opts.env, RUSTC_BOOTSTRAP: '1' };
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const file = opts.file ?? specPath;
  const flags = codegenFlags(opts.rustflags ?? []);
  const reject = (stderr: string, stage: string): RustcConfirmation => {
    const e = parseRustcSpecError(stderr);
    const f = rustFindings.make('rustc-rejected', `rustc (${stage}) rejected the spec: ${e?.message ?? stderr.trim().split('\n')[0] ?? 'unknown error'}`, {
      file,
      ...(e?.line !== undefined ? { line: e.line } : {}),
      // Shown only when our own checks found nothing: there is no list above to point at.
      hint: 'Fix what rustc names and run again: rustc reports one problem per run.',
    }) as SpecFinding;
    f.path = e?.path ?? '';
    return { accepted: false, cfg: null, findings: [f], stderr };
  };
  const r = await run(rustc, ['-Z', 'unstable-options', '--print', 'cfg', '--target', specPath, ...flags], { env, timeoutMs });
  if (r.code !== 0) return reject(r.stderr, '--print cfg');
  const cfg = new Map<string, string[]>();
  for (const l of r.stdout.split('\n')) {
    const m = /^([\w]+)(?:="(.*)")?$/.exec(l.trim());
    if (!m) continue;
    const list = cfg.get(m[1]!) ?? [];
    if (m[2] !== undefined) list.push(m[2]);
    cfg.set(m[1]!, list);
  }
  if (opts.level === 'codegen') {
    const out = `${opts.outDir ?? '.'}/rda-probe-${stem(specPath)}.o`;
    const c = await run(
      rustc,
      ['-Z', 'unstable-options', '--target', specPath, '--crate-name', 'rda_probe', '--emit=obj', '-C', 'panic=abort', ...flags, '-o', out, '-'],
      { env, timeoutMs, input: probeFor(cfg.get('target_arch')?.[0]) },
    );
    if (c.code !== 0) return reject(c.stderr, 'codegen');
  }
  return { accepted: true, cfg, findings: [], stderr: r.stderr };
}
