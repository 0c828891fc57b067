/**
 * Differential check of the custom-target-spec validator against rustc: one-change mutations of rustc 1.95's
 * own built-in specs (fixtures/rust/specs/builtins-1.95.json, from `--print all-target-specs-json`), generated
 * from a seed, each judged by `validateTargetSpec` and by the real rustc (`--print cfg`, then the `#![no_core]`
 * codegen probe). Used by test/rust/spec-differential.test.ts (a small fixed sample) and
 * bench/spec-differential.ts (the full run).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunCommand } from '../../shared/io.js';
import type { TargetCatalog } from '../../shared/rust/facts.js';
import { confirmSpecWithRustc, validateTargetSpec } from '../../shared/rust/target-spec.js';

type Spec = Record<string, unknown>;

export function loadBuiltins(): Record<string, Spec> {
  return JSON.parse(readFileSync(new URL('../../fixtures/rust/specs/builtins-1.95.json', import.meta.url), 'utf8')) as Record<string, Spec>;
}

/** mulberry32: a small seeded PRNG, so a sample is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutation {
  /** e.g. `riscv64gc-unknown-none-elf: cpu = "sifive-e31"`. */
  name: string;
  text: string;
}

/** Values worth trying per key beyond those other built-ins use (the cases and their neighbours). */
const EXTRA: Record<string, unknown[]> = {
  cpu: ['bogus-cpu', 'i386', 'generic', 'sifive-e31', 'sifive-u74', 'generic-rv32', 'generic-rv64', 'x86-64', 'native', 'cortex-a53', 'generic-la32'],
  'code-model': ['tiny', 'small', 'kernel', 'medium', 'large'],
  'llvm-abiname': ['', 'n32', 'n64', 'o32', 'ilp32', 'ilp32e', 'ilp32f', 'ilp32d', 'lp64', 'lp64e', 'lp64f', 'lp64d', 'lp64s', 'elfv1', 'elfv2', 'bogus'],
  'stack-probes': [{ kind: 'call' }, { kind: 'inline' }, { kind: 'none' }, { kind: 'inline-or-call', 'min-llvm-version-for-inline': [99, 0, 0] }],
  os: [null, '', 'none', 'unknown', 'macos', 'myos'],
  vendor: [null, '', 'apple', 'unknown', 'pc'],
  'llvm-target': ['', 'foo-unknown-none', 'x86-unknown-none', 'riscv64gc-unknown-none-elf', 'spirv64-unknown-unknown', 'arm64-apple-macosx', 'x86_64-unknown-linux-gnux32', 'x86_64-pc-windows-gnu'],
  'rustc-abi': ['softfloat', 'x86-sse2', 'x86-softfloat'],
  'target-pointer-width': [16, 32, 64, '64', 128],
  'pre-link-args': [{ foo: ['-x'] }, { 'gnu-cc': [] }, { 'gnu-lld': ['-nostdlib'] }, { gcc: ['-nostartfiles'] }],
};

/** One-change mutations of built-in specs: a key deleted, set to null, given another built-in's or an extra value, or a textual slip. */
export function generateMutations(builtins: Record<string, Spec>, count: number, seed: number): Mutation[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // need-explicit-cpu built-ins only build with -C target-cpu, which a spec alone does not carry.
  const names = Object.keys(builtins).filter((n) => builtins[n]!['need-explicit-cpu'] !== true).sort();
  const values = new Map<string, unknown[]>();
  for (const s of Object.values(builtins)) {
    for (const [k, v] of Object.entries(s)) {
      const list = values.get(k) ?? [];
      if (!list.some((x) => JSON.stringify(x) === JSON.stringify(v))) list.push(v);
      values.set(k, list);
    }
  }
  for (const [k, extra] of Object.entries(EXTRA)) values.set(k, [...(values.get(k) ?? []), ...extra]);
  const keys = [...values.keys()].sort();
  const out: Mutation[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const base = pick(names);
    const spec = structuredClone(builtins[base]!);
    delete spec.metadata;
    const own = Object.keys(spec).sort();
    const kind = rand();
    let name: string;
    let text: string;
    if (kind < 0.1) {
      const k = pick(own);
      delete spec[k];
      name = `${base}: delete ${k}`;
      text = JSON.stringify(spec, null, 2);
    } else if (kind < 0.15) {
      const k = pick(own);
      spec[k] = null;
      name = `${base}: ${k} = null`;
      text = JSON.stringify(spec, null, 2);
    } else if (kind < 0.2) {
      const slip = pick(['bom', 'missing-comma', 'trailing-comma'] as const);
      const pretty = JSON.stringify(spec, null, 2);
      text = slip === 'bom' ? `\uFEFF${pretty}` : slip === 'trailing-comma' ? pretty.replace(/\n}$/, ',\n}') : pretty.replace(/,\n/, '\n');
      name = `${base}: ${slip}`;
    } else {
      // Half the time a key the issue names, else any key some built-in has.
      const k = kind < 0.6 ? pick(Object.keys(EXTRA).sort()) : pick(keys);
      const v = pick(values.get(k)!);
      if (JSON.stringify(spec[k]) === JSON.stringify(v)) continue;
      spec[k] = structuredClone(v);
      name = `${base}: ${k} = ${JSON.stringify(v)}`;
      text = JSON.stringify(spec, null, 2);
    }
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, text });
  }
  return out;
}

/**
 * Apply a fix text as a reader would: every `"key": <JSON value>` of its first alternative is set, `Delete "key"`
 * deletes. null when the text names nothing to apply (a prose fix).
 */
export function applyHint(spec: Spec, hint: string): Spec | null {
  const out = structuredClone(spec);
  const first = hint.split(/, or |; otherwise | \(or /)[0]!;
  let changed = false;
  // `Delete "a"` or `Delete "a" and "b"`, then what the rest of the text writes.
  const del = /^Delete ("[\w-]+"(?: and "[\w-]+")*)/.exec(first);
  for (const k of del ? [...del[1]!.matchAll(/"([\w-]+)"/g)].map((m) => m[1]!) : []) {
    if (k in out) {
      delete out[k];
      changed = true;
    }
  }
  for (const m of first.slice(del ? del[0].length : 0).matchAll(/"([\w-]+)": ("(?:[^"\\]|\\.)*"|\d+|true|false|\{[^}]*\})/g)) {
    out[m[1]!] = JSON.parse(m[2]!);
    changed = true;
  }
  return changed ? out : null;
}

export interface Verdict {
  name: string;
  ours: boolean;
  rustc: boolean;
  /** Our error codes, and rustc's first error line. */
  codes: string[];
  rustcSays: string;
}

/** Judge mutations with our validator and rustc, `parallel` rustc runs at a time. */
export async function judge(mutations: readonly Mutation[], run: RunCommand, catalog: TargetCatalog, parallel = 2): Promise<Verdict[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rda-spec-diff-'));
  // rustc-ice-*.txt reports land in the working directory of a panicking rustc.
  const inDir: RunCommand = (f, args, options) => run(f, args, { ...options, cwd: dir });
  const out: Verdict[] = new Array(mutations.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < mutations.length; i = next++) {
      const m = mutations[i]!;
      const ours = validateTargetSpec(m.text, { file: `m${i}.json`, catalog });
      const file = path.join(dir, `m${i}.json`);
      writeFileSync(file, m.text);
      const real = await confirmSpecWithRustc(inDir, file, { level: 'codegen', outDir: dir, timeoutMs: 60_000 });
      out[i] = {
        name: m.name,
        ours: ours.valid,
        rustc: real.accepted,
        codes: ours.findings.filter((f) => f.severity === 'error').map((f) => f.code),
        rustcSays: real.findings[0]?.message ?? '',
      };
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/**
 * The mutations rustc rejects and we explain, with every error's fix text applied (one after another): a spec
 * both we and rustc should then accept. Skipped when a fix is prose only, or the text is not JSON (BOM, commas).
 */
export function applyFixes(mutations: readonly Mutation[], verdicts: readonly Verdict[], catalog: TargetCatalog): { fixed: Mutation[]; prose: number } {
  const fixed: Mutation[] = [];
  let prose = 0;
  mutations.forEach((m, i) => {
    const v = verdicts[i]!;
    if (v.rustc || v.ours) return;
    let spec: Spec;
    try {
      spec = JSON.parse(m.text) as Spec;
    } catch {
      return;
    }
    const errors = validateTargetSpec(m.text, { catalog }).findings.filter((f) => f.severity === 'error');
    for (const f of errors) {
      const next = applyHint(spec, f.hint ?? '');
      if (!next) {
        prose++;
        return;
      }
      spec = next;
    }
    fixed.push({ name: `${m.name} + fixes: ${errors.map((f) => f.hint).join(' | ')}`, text: JSON.stringify(spec, null, 2) });
  });
  return { fixed, prose };
}

export function summarize(verdicts: readonly Verdict[]): { total: number; agree: number; falseRejections: Verdict[]; falseAcceptances: Verdict[]; rustcRejects: number } {
  return {
    total: verdicts.length,
    agree: verdicts.filter((v) => v.ours === v.rustc).length,
    falseRejections: verdicts.filter((v) => !v.ours && v.rustc),
    falseAcceptances: verdicts.filter((v) => v.ours && !v.rustc),
    rustcRejects: verdicts.filter((v) => !v.rustc).length,
  };
}
