/**
 * Validate a custom target JSON and report every problem at once (rustc stops at the first), each with its
 * JSON pointer, its line in the file and a fix. Checks: JSON syntax, the toolchain's own schema, the old
 * forms rustc 1.95 rejects, required keys, data-layout against pointer width/endianness, and data-layout
 * against the closest built-in (LLVM's default, which rustc only enforces at codegen). `confirmSpecWithRustc`
 * asks the real compiler (`--print cfg`, or a `#![no_core]` compile for `codegen`).
 */
import type { Finding, Severity } from '../finding.js';
import type { RunCommand } from '../io.js';
import { factsFromSpec, type TargetCatalog, type TargetFacts } from './facts.js';
import { rustFindings, type RustFindingCode } from './findings.js';
import { parseJsonWithPositions, pointerToken, positionOf, type JsonWithPositions } from './json-positions.js';
import { schemaPropertyNames, validateAgainstSchema } from './json-schema.js';
import { consistencyProblems } from './spec-consistency.js';
import { closestByEdit } from './suggest.js';

export interface SpecFinding extends Finding {
  /** JSON pointer of the offending value ('' = the whole document). */
  path: string;
}

export interface SpecCheck {
  /** Target name (the file stem, as rustc and cargo name it). */
  name: string;
  file?: string;
  /** The parsed object; null when the JSON could not be read at all. */
  spec: Record<string, unknown> | null;
  findings: SpecFinding[];
  /** No error-severity findings. */
  valid: boolean;
  /** Facts as rustc would derive them (null when unreadable). */
  facts: TargetFacts | null;
  /** The built-in target whose layout LLVM would expect (same llvm-target, else same LLVM arch). */
  closest: { facts: TargetFacts; exact: boolean } | null;
}

export interface ValidateSpecOptions {
  /** Path reported in findings. */
  file?: string;
  /** Target name; default: the file stem. */
  name?: string;
  /** Built-in facts (for closest built-in, known archs) and the toolchain's schema. */
  catalog?: TargetCatalog | null;
  /** Overrides catalog.schema. */
  schema?: unknown;
}

export const REQUIRED_KEYS = ['llvm-target', 'data-layout', 'arch', 'target-pointer-width'] as const;

/** Fields old specs carry that rustc 1.95 no longer knows, with what to write instead. */
export const LEGACY_FIELDS: Record<string, { removed?: true; renamedTo?: string; hint: string }> = {
  'eliminate-frame-pointer': {
    renamedTo: 'frame-pointer',
    hint: 'Replace with "frame-pointer": "always" (was false) or "may-omit" (was true); "non-leaf" keeps them outside leaf functions.',
  },
  'is-like-none': { removed: true, hint: 'Delete it; "os": "none" (or no "os") already means a bare-metal target.' },
  'needs-plt': { renamedTo: 'plt-by-default', hint: 'Rename to "plt-by-default" (same meaning).' },
  'is-builtin': { removed: true, hint: 'Delete it; only compiled-in targets are built-in.' },
  'is-like-osx': { renamedTo: 'is-like-darwin', hint: 'Rename to "is-like-darwin".' },
  'has-elf-tls': { renamedTo: 'has-thread-local', hint: 'Rename to "has-thread-local".' },
  'default-hidden-visibility': {
    renamedTo: 'default-visibility',
    hint: 'Replace with "default-visibility": "hidden" (was true) or delete it (was false).',
  },
  'abi-blacklist': { removed: true, hint: 'Delete it; rustc decides unsupported ABIs per arch now.' },
  'unsupported-abis': { removed: true, hint: 'Delete it; rustc decides unsupported ABIs per arch now.' },
  'forces-embed-bitcode': { removed: true, hint: 'Delete it (bitcode embedding was removed).' },
  'bitcode-llvm-cmdline': { removed: true, hint: 'Delete it (bitcode embedding was removed).' },
  'i128-lowering': { removed: true, hint: 'Delete it.' },
  'no-compiler-rt': { removed: true, hint: 'Delete it; compiler_builtins is built with -Zbuild-std (add "compiler-builtins-mem" to build-std-features if there is no libc).' },
  'is-like-fuchsia': { removed: true, hint: 'Delete it; use "os": "fuchsia".' },
  'is-like-emscripten': { removed: true, hint: 'Delete it; use "os": "emscripten".' },
  'target-os': { renamedTo: 'os', hint: 'Rename to "os".' },
  'target-env': { renamedTo: 'env', hint: 'Rename to "env".' },
  'target-vendor': { renamedTo: 'vendor', hint: 'Rename to "vendor".' },
};

const INTEGER_FIELDS = ['target-pointer-width', 'target-c-int-width', 'max-atomic-width', 'min-atomic-width', 'c-enum-min-bits', 'default-dwarf-version', 'min-global-align', 'default-codegen-units'];

export interface DataLayoutFacts {
  endian: 'little' | 'big';
  /** Pointer size in address space 0 (LLVM's default is 64 when the layout has no p/p0 entry). */
  pointerBits: number;
  explicitPointer: boolean;
}

export function parseDataLayout(dl: string): DataLayoutFacts {
  let endian: 'little' | 'big' = 'little';
  let pointerBits = 64;
  let explicitPointer = false;
  for (const tok of dl.split('-')) {
    if (tok === 'e') endian = 'little';
    else if (tok === 'E') endian = 'big';
    else {
      const m = /^p(0?):(\d+):/.exec(tok) ?? /^p(0?):(\d+)$/.exec(tok);
      if (m) {
        pointerBits = Number(m[2]);
        explicitPointer = true;
      }
    }
  }
  return { endian, pointerBits, explicitPointer };
}

/** The built-in whose data-layout a custom spec should share: same llvm-target, else same LLVM arch, width and endianness. */
export function closestBuiltin(spec: Record<string, unknown>, catalog: TargetCatalog): { facts: TargetFacts; exact: boolean; layouts: string[] } | null {
  const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : '';
  const exact = [...catalog.targets.values()].filter((f) => f.llvmTarget === llvmTarget);
  exact.sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.target.localeCompare(b.target));
  if (exact.length > 0) return { facts: exact[0]!, exact: true, layouts: [...new Set(exact.map((f) => f.dataLayout))] };
  const llvmArch = llvmTarget.split('-')[0] ?? '';
  const width = typeof spec['target-pointer-width'] === 'number' ? spec['target-pointer-width'] : Number(spec['target-pointer-width']);
  const endian = spec['target-endian'] === 'big' ? 'big' : 'little';
  const arch = typeof spec.arch === 'string' ? spec.arch : '';
  let near = [...catalog.targets.values()].filter(
    (f) => f.llvmTarget.split('-')[0] === llvmArch && f.pointerWidth === width && f.endian === endian,
  );
  if (near.length === 0) near = [...catalog.targets.values()].filter((f) => f.arch === arch && f.pointerWidth === width && f.endian === endian);
  // The ABI name changes the layout (RISC-V ilp32e's stack alignment, MIPS n32): compare like with like.
  const abiname = typeof spec['llvm-abiname'] === 'string' ? spec['llvm-abiname'] : '';
  const sameAbi = near.filter((f) => (f.llvmAbiname ?? '') === abiname);
  if (sameAbi.length > 0) near = sameAbi;
  if (near.length === 0) return null;
  // The most common layout among them is LLVM's default for that arch in all but OS-specific mangling.
  const count = new Map<string, number>();
  for (const f of near) count.set(f.dataLayout, (count.get(f.dataLayout) ?? 0) + 1);
  const layouts = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  // Name the most telling example: same name as the llvm-target, else same os, else the best-supported.
  const withLayout = near.filter((f) => f.dataLayout === layouts[0]);
  const os = typeof spec.os === 'string' ? spec.os : 'none';
  const best =
    withLayout.find((f) => f.target === llvmTarget) ??
    withLayout.find((f) => f.os === os) ??
    [...withLayout].sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.target.localeCompare(b.target))[0]!;
  return { facts: best, exact: false, layouts };
}

function stem(file: string | undefined): string {
  if (!file) return 'custom';
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, '');
}

export function validateTargetSpec(text: string, opts: ValidateSpecOptions = {}): SpecCheck {
  const file = opts.file;
  const name = opts.name ?? stem(file);
  const catalog = opts.catalog ?? null;
  const schema = opts.schema ?? catalog?.schema ?? null;
  const doc: JsonWithPositions = parseJsonWithPositions(text);
  const findings: SpecFinding[] = [];
  const handled = new Set<string>();

  const add = (code: RustFindingCode, path: string, message: string, hint: string, severity?: Severity) => {
    const at = positionOf(doc, path);
    const f = rustFindings.make(code, path ? `${path}: ${message}` : message, {
      ...(file !== undefined ? { file } : {}),
      ...(at ? { line: at.line, column: at.column } : {}),
      hint,
      ...(severity !== undefined ? { severity } : {}),
    }) as SpecFinding;
    f.path = path;
    findings.push(f);
  };

  for (const issue of doc.issues) {
    const hints: Record<JsonIssue['code'], string> = {
      'json-syntax': 'Fix the JSON at this point; everything after it could not be checked.',
      'json-trailing-comma': 'Delete the comma after the last element.',
      'json-comment': 'Delete the comment; JSON has none (keep notes in a "metadata": {"description": …}).',
      'json-duplicate-key': 'Keep one of the two; rustc refuses the file otherwise.',
    };
    const f = rustFindings.make(issue.code, issue.message, { ...(file !== undefined ? { file } : {}), line: issue.line, column: issue.column, hint: hints[issue.code] }) as SpecFinding;
    f.path = issue.path;
    findings.push(f);
  }

  const done = (spec: Record<string, unknown> | null, facts: TargetFacts | null, closest: SpecCheck['closest']): SpecCheck => {
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
    return { name, ...(file !== undefined ? { file } : {}), spec, findings, valid: !findings.some((f) => f.severity === 'error'), facts, closest };
  };

  const value = doc.value;
  if (value === undefined) return done(null, null, null);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    add('spec-not-object', '', 'A target spec must be a JSON object.', 'Wrap the fields in { … }.');
    return done(null, null, null);
  }
  const spec = value as Record<string, unknown>;
  const p = (k: string) => `/${pointerToken(k)}`;

  // Old forms rustc 1.95 rejects, each with its own fix.
  for (const k of ['target-pointer-width', 'target-c-int-width']) {
    const v = spec[k];
    if (typeof v === 'string') {
      handled.add(p(k));
      const n = /^\d+$/.test(v) ? v : '64';
      add('spec-string-width', p(k), `"${v}" is a string; rustc 1.95 wants a number.`, `Write "${k}": ${n} (no quotes).`);
    }
  }
  for (const [k, legacy] of Object.entries(LEGACY_FIELDS)) {
    if (!(k in spec)) continue;
    handled.add(p(k));
    const what = legacy.removed ? 'was removed from rustc' : `was renamed to "${legacy.renamedTo}"`;
    const present = legacy.renamedTo && legacy.renamedTo in spec ? ` ("${legacy.renamedTo}" is already set: delete this one)` : '';
    add(legacy.removed ? 'spec-removed-field' : 'spec-renamed-field', p(k), `"${k}" ${what}; rustc rejects unknown fields.${present}`, legacy.hint);
  }
  if (typeof spec['stack-probes'] === 'boolean') {
    handled.add(p('stack-probes'));
    add(
      'spec-stack-probes-bool',
      p('stack-probes'),
      `boolean stack-probes is the old form; rustc 1.95 wants an object.`,
      spec['stack-probes'] ? 'Write "stack-probes": {"kind": "inline"} (or {"kind": "call"} for the old __rust_probestack call).' : 'Write "stack-probes": {"kind": "none"}.',
    );
  }
  const arch = typeof spec.arch === 'string' ? spec.arch : '';
  const features = typeof spec.features === 'string' ? spec.features : '';
  // 64.0 reads as 64 in JavaScript, but rustc wants an integer literal where its schema says integer.
  const props = ((schema as { properties?: Record<string, { type?: unknown }> } | null)?.properties ?? {}) as Record<string, { type?: unknown }>;
  for (const fp of doc.floats) {
    const key = fp.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
    const t = props[key]?.type;
    const wantsInteger = fp.lastIndexOf('/') === 0 && (t === 'integer' || (Array.isArray(t) && t.includes('integer') && !t.includes('number')));
    if (wantsInteger || (fp.lastIndexOf('/') === 0 && !schema && INTEGER_FIELDS.includes(key))) {
      handled.add(fp);
      const v = spec[key];
      add('spec-not-integer', fp, `${key} is written as a decimal number; rustc wants an integer.`, `Write "${key}": ${typeof v === 'number' ? Math.trunc(v) : '<integer>'}.`);
    }
  }
  if (spec['rustc-abi'] === 'x86-softfloat') {
    // rustc still reads the old name, its schema lists only the new one.
    handled.add(p('rustc-abi'));
    add('spec-legacy-value', p('rustc-abi'), '"x86-softfloat" is the old name of the softfloat rustc-abi.', 'Write "rustc-abi": "softfloat".');
  }
  for (const k of INTEGER_FIELDS) {
    const v = spec[k];
    if (typeof v === 'string' && !handled.has(p(k))) {
      handled.add(p(k));
      add('spec-string-number', p(k), `"${v}" is a string; rustc wants a number.`, `Write "${k}": ${/^\d+$/.test(v) ? v : '<number>'} (no quotes).`);
    }
  }

  // Required keys (also in the schema; reported here once with a concrete example).
  const examples: Record<string, string> = {
    'llvm-target': '"llvm-target": "x86_64-unknown-none"',
    'data-layout': '"data-layout": "<copy from the closest built-in: rustc --print target-spec-json -Z unstable-options --target <triple>>"',
    arch: '"arch": "x86_64"',
    'target-pointer-width': '"target-pointer-width": 64',
  };
  for (const k of REQUIRED_KEYS) {
    if (!(k in spec)) add('spec-missing-key', '', `Required key "${k}" is missing.`, `Add ${examples[k]}.`);
  }

  // The toolchain's own schema, for everything the rules above did not already explain.
  if (schema) {
    const known = schemaPropertyNames(schema);
    for (const e of validateAgainstSchema(schema, spec)) {
      if (e.kind === 'required') continue;
      if ([...handled].some((h) => e.path === h || e.path.startsWith(`${h}/`))) continue;
      if (e.kind === 'additional' && e.path.lastIndexOf('/') === 0) {
        const key = e.key ?? '';
        const near = closestByEdit(key, known);
        const hint = near && near.distance <= 3 ? `Did you mean "${near.name}"? Otherwise delete it.` : 'Delete it, or check `rustc -Z unstable-options --print target-spec-json-schema` for the current name.';
        add('spec-unknown-field', e.path, `Unknown field "${key}"; rustc rejects unknown fields.`, hint);
      } else if (e.kind === 'additional') {
        add('spec-unknown-field', e.path, `Key "${e.key ?? ''}" is not allowed here.`, 'Delete it.');
      } else {
        const got = valueAt(spec, e.path);
        add('spec-schema', e.path, `${JSON.stringify(got)} is not ${e.expected}.`, `Write ${e.expected} here.`);
      }
    }
  }

  // data-layout against pointer width and endianness (rustc: "inconsistent target specification").
  const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
  const width = typeof spec['target-pointer-width'] === 'number' ? spec['target-pointer-width'] : typeof spec['target-pointer-width'] === 'string' ? Number(spec['target-pointer-width']) : null;
  if (width !== null && Number.isFinite(width) && ![16, 32, 64].includes(width)) {
    add('spec-pointer-width', p('target-pointer-width'), `${width} is not a pointer width rustc supports.`, 'Use 16, 32 or 64.');
  }
  if (dl !== null) {
    const layout = parseDataLayout(dl);
    if (width !== null && Number.isFinite(width) && [16, 32, 64].includes(width) && layout.pointerBits !== width) {
      add(
        'spec-data-layout-pointer',
        p('data-layout'),
        `data-layout says pointers are ${layout.pointerBits}-bit${layout.explicitPointer ? '' : ' (no "p:" entry means 64)'}, but "target-pointer-width" is ${width}.`,
        `Make them agree: "p:${width}:${width}" in data-layout, or "target-pointer-width": ${layout.pointerBits}.`,
      );
    }
    const endian = spec['target-endian'] === 'big' ? 'big' : 'little';
    if (layout.endian !== endian) {
      add(
        'spec-data-layout-endian',
        p('data-layout'),
        `data-layout is ${layout.endian}-endian ("${layout.endian === 'big' ? 'E' : 'e'}"), but "target-endian" is ${endian}.`,
        layout.endian === 'big' ? 'Add "target-endian": "big", or start data-layout with "e".' : 'Start data-layout with "E", or set "target-endian": "little".',
      );
    }
  }

  // rustc's own consistency rules (it stops at the first; we list them all).
  for (const c of consistencyProblems(spec)) {
    if (handled.has(c.path) && c.path !== '') continue;
    add(c.code, c.path, c.message, c.hint);
  }

  // Against the built-ins: unknown arch (rustc panics at codegen), unknown LLVM arch, LLVM's default layout.
  let closest: SpecCheck['closest'] = null;
  if (catalog && catalog.targets.size > 0) {
    const archs = new Set([...catalog.targets.values()].map((f) => f.arch));
    if (arch && !archs.has(arch)) {
      const near = closestByEdit(arch, [...archs]);
      add(
        'spec-unknown-arch',
        p('arch'),
        `"${arch}" is not an arch rustc knows; it accepts the file but panics at codegen ("no lowering implemented").`,
        near && near.distance <= 3 ? `Did you mean "${near.name}"?` : `Use one of: ${[...archs].sort().join(', ')}.`,
      );
    }
    const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : '';
    const llvmArchs = new Set([...catalog.targets.values()].map((f) => f.llvmTarget.split('-')[0]));
    const llvmArch = llvmTarget.split('-')[0] ?? '';
    if (llvmTarget && !llvmArchs.has(llvmArch)) {
      add(
        'spec-unknown-llvm-arch',
        p('llvm-target'),
        `No built-in target uses the LLVM arch "${llvmArch}"; if LLVM does not know it either, rustc aborts ("could not create LLVM TargetMachine").`,
        'Use the llvm-target of the closest built-in (`rustc --print target-list`).',
      );
    }
    const near = closestBuiltin(spec, catalog);
    if (near) {
      closest = { facts: near.facts, exact: near.exact };
      if (dl !== null && !near.layouts.includes(dl)) {
        // Built-ins of one LLVM arch differ only in symbol mangling (m:e/m:o/m:w, set by the object format):
        // when they agree on everything else and this layout does not, LLVM's default is known to differ.
        const core = (l: string) => l.split('-').filter((t) => !t.startsWith('m:')).join('-');
        // Same mangling = same object format (ELF m:e, Mach-O m:o, COFF m:w): LLVM's default depends on it.
        const mangling = (l: string) => l.split('-').find((t) => t.startsWith('m:')) ?? '';
        const sameFormat = near.layouts.filter((l) => mangling(l) === mangling(dl));
        const cores = new Set((sameFormat.length > 0 ? sameFormat : near.layouts).map(core));
        const certain = near.exact || (cores.size === 1 && !cores.has(core(dl)));
        add(
          'spec-data-layout-llvm-default',
          p('data-layout'),
          near.exact
            ? `data-layout differs from LLVM's default for "${llvmTarget}" (built-in ${near.facts.target} uses it); rustc accepts the file but fails at codegen.`
            : certain
              ? `data-layout differs from LLVM's default for ${llvmTarget.split('-')[0]} (every built-in of that arch uses "${[...cores][0]}" apart from mangling); rustc accepts the file but fails at codegen.`
              : `data-layout differs from the closest built-in (${near.facts.target}, same LLVM arch); if it is not LLVM's default for "${llvmTarget}", codegen fails.`,
          `Use "data-layout": "${sameFormat[0] ?? near.facts.dataLayout}".`,
          // Only a warning when LLVM's default is not known for sure.
          certain ? undefined : 'warning',
        );
      }
    }
  }

  const facts = factsFromSpec(name, spec);
  return done(spec, facts, closest);
}

type JsonIssue = JsonWithPositions['issues'][number];

function valueAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('/').slice(1)) {
    const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = (cur as Record<string, unknown> | undefined)?.[k];
  }
  return cur;
}

/** The smallest crate that makes rustc 1.95 run codegen for a target without core: lang items it requires. */
export const NO_CORE_PROBE = `#![feature(no_core, lang_items)]
#![allow(internal_features)]
#![no_core]
#![crate_type = "lib"]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[no_mangle] pub extern "C" fn rda_probe(x: u32) -> u32 { x }
`;

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
}

/** Parse rustc's one error about a target spec into message/path/line/column. */
export function parseRustcSpecError(stderr: string): { message: string; path: string; line?: number; column?: number } | null {
  const lines = stderr.split('\n');
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

/** Ask the real rustc about a spec file: `--print cfg` (and a no_core compile for `codegen`). */
export async function confirmSpecWithRustc(run: RunCommand, specPath: string, opts: ConfirmOptions): Promise<RustcConfirmation> {
  const rustc = opts.rustc ?? 'rustc';
  const env = { ...opts.env, RUSTC_BOOTSTRAP: '1' };
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const file = opts.file ?? specPath;
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
  const r = await run(rustc, ['-Z', 'unstable-options', '--print', 'cfg', '--target', specPath], { env, timeoutMs });
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
      ['-Z', 'unstable-options', '--target', specPath, '--crate-name', 'rda_probe', '--emit=obj', '-C', 'panic=abort', '-o', out, '-'],
      { env, timeoutMs, input: NO_CORE_PROBE },
    );
    if (c.code !== 0) return reject(c.stderr, 'codegen');
  }
  return { accepted: true, cfg, findings: [], stderr: r.stderr };
}
