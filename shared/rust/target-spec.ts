/**
 * Validate a custom target JSON and report every problem at once (rustc stops at the first), each with its
 * JSON pointer, its line in the file and a fix. Checks: JSON syntax, the toolchain's own schema, the old
 * forms rustc 1.95 rejects, required keys, data-layout against pointer width/endianness, and data-layout
 * against the closest built-in (LLVM's default, which rustc only enforces at codegen). `confirmSpecWithRustc`
 * asks the real compiler (`--print cfg`, or a `#![no_core]` compile for `codegen`).
 */
import type { Finding, Severity } from '../finding.js';
import { factsFromSpec, type TargetCatalog, type TargetFacts } from './facts.js';
import { rustFindings, type RustFindingCode } from './findings.js';
import { parseJsonWithPositions, pointerToken, positionOf, type JsonIssue, type JsonWithPositions } from './json-positions.js';
import { schemaPropertyNames, validateAgainstSchema } from './json-schema.js';
import { layoutPointerBits, llvmDataLayout, parseLlvmTriple } from './llvm-triple.js';
import { consistencyProblems, LINKER_FLAVORS, type ConsistencyProblem } from './spec-consistency.js';
import { expectedDataLayout, llvmProblems, RUSTC_ARCH_OF } from './spec-llvm.js';
import { closestByEdit } from './suggest.js';

import { codegenFlags } from './spec-rustc.js';
export { codegenFlags, confirmSpecWithRustc, NO_CORE_PROBE, parseRustcSpecError, type ConfirmOptions, type RustcConfirmation } from './spec-rustc.js';

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
  /** The target entry's rustflags: a `-C target-cpu` there satisfies `need-explicit-cpu`. */
  rustflags?: readonly string[];
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

const JSON_HINTS: Record<JsonIssue['code'], string> = {
  'json-syntax': 'Fix the JSON at this point; everything after it could not be checked.',
  'json-trailing-comma': 'Delete the comma after the last element.',
  'json-comment': 'Delete the comment; JSON has none (keep notes in a "metadata": {"description": …}).',
  'json-duplicate-key': 'Keep one of the two; rustc refuses the file otherwise.',
  'json-missing-comma': 'Add a comma after the previous value.',
  'json-bom': 'Save the file as UTF-8 without a byte-order mark.',
};

/** Collects findings for one spec, each at its pointer's line. */
interface Ctx {
  spec: Record<string, unknown>;
  catalog: TargetCatalog | null;
  schema: unknown;
  /** Pointers already explained by a specific rule (the schema's generic message would repeat them). */
  handled: Set<string>;
  /** Pointers whose value the schema lists under another name, but rustc still reads: only the schema is silenced. */
  schemaOnly: Set<string>;
  add: (code: RustFindingCode, path: string, message: string, hint: string, severity?: Severity) => void;
}

const p = (k: string) => `/${pointerToken(k)}`;
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : null);

export function validateTargetSpec(text: string, opts: ValidateSpecOptions = {}): SpecCheck {
  const file = opts.file;
  const name = opts.name ?? stem(file);
  const catalog = opts.catalog ?? null;
  const doc: JsonWithPositions = parseJsonWithPositions(text);
  const findings: SpecFinding[] = [];
  const make = (code: RustFindingCode, path: string, message: string, where: { line?: number; column?: number; hint: string; severity?: Severity }) => {
    const f = rustFindings.make(code, message, { ...(file !== undefined ? { file } : {}), ...where }) as SpecFinding;
    f.path = path;
    findings.push(f);
  };
  for (const issue of doc.issues) make(issue.code, issue.path, issue.message, { line: issue.line, column: issue.column, hint: JSON_HINTS[issue.code] });

  const done = (spec: Record<string, unknown> | null, facts: TargetFacts | null, closest: SpecCheck['closest']): SpecCheck => {
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
    return { name, ...(file !== undefined ? { file } : {}), spec, findings, valid: !findings.some((f) => f.severity === 'error'), facts, closest };
  };
  const value = doc.value;
  if (value === undefined) return done(null, null, null);
  const add: Ctx['add'] = (code, path, message, hint, severity) => {
    const at = positionOf(doc, path);
    make(code, path, path ? `${path}: ${message}` : message, { ...(at ? { line: at.line, column: at.column } : {}), hint, ...(severity !== undefined ? { severity } : {}) });
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    add('spec-not-object', '', 'A target spec must be a JSON object.', 'Wrap the fields in { … }.');
    return done(null, null, null);
  }
  const spec = value as Record<string, unknown>;
  const ctx: Ctx = { spec, catalog, schema: opts.schema ?? catalog?.schema ?? null, handled: new Set(), schemaOnly: new Set(), add };
  if (spec['need-explicit-cpu'] === true && !codegenFlags(opts.rustflags ?? []).some((a) => a.startsWith('target-cpu='))) {
    add(
      'spec-needs-cpu',
      p('need-explicit-cpu'),
      'rustc compiles for this target only with -C target-cpu ("target requires explicitly specifying a cpu with `-C target-cpu`"), and the target entry gives none.',
      `Give the target entry rustflags: [-C, target-cpu=${typeof spec.cpu === 'string' && spec.cpu !== '' ? spec.cpu : '<cpu>'}] (the spec's "cpu" does not count).`,
    );
  }
  oldFormFindings(ctx, doc);
  requiredKeyFindings(ctx);
  schemaFindings(ctx);
  layoutFindings(ctx);
  ruleFindings(ctx);
  const closest = builtinFindings(ctx);
  return done(spec, factsFromSpec(name, spec), closest);
}

/** Old forms rustc 1.95 rejects, each with its own fix. */
function oldFormFindings({ spec, schema, handled, schemaOnly, add }: Ctx, doc: JsonWithPositions): void {
  for (const k of ['target-pointer-width', 'target-c-int-width']) {
    const v = spec[k];
    if (typeof v === 'string') {
      handled.add(p(k));
      // The pointer width is LLVM's for the llvm-target (what the data-layout check will want), else the string's.
      const llvmWidth = k === 'target-pointer-width' ? pointerWidthOf(spec) : null;
      const n = llvmWidth !== null ? String(llvmWidth) : /^\d+$/.test(v) ? v : k === 'target-pointer-width' ? '<16|32|64>' : '32';
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
    // rustc still reads the old name, its schema lists only the new one (the arch rules still apply to it).
    schemaOnly.add(p('rustc-abi'));
    add('spec-legacy-value', p('rustc-abi'), '"x86-softfloat" is the old name of the softfloat rustc-abi.', 'Write "rustc-abi": "softfloat".');
  }
  for (const k of INTEGER_FIELDS) {
    const v = spec[k];
    if (typeof v === 'string' && !handled.has(p(k))) {
      handled.add(p(k));
      add('spec-string-number', p(k), `"${v}" is a string; rustc wants a number.`, `Write "${k}": ${/^\d+$/.test(v) ? v : '<number>'} (no quotes).`);
    }
  }
}

/** The pointer width LLVM gives the spec's llvm-target, else the data-layout's; null when neither is known. */
function pointerWidthOf(spec: Record<string, unknown>): number | null {
  const llvm = expectedDataLayout(spec);
  if (llvm !== null) return layoutPointerBits(llvm);
  return typeof spec['data-layout'] === 'string' ? parseDataLayout(spec['data-layout']).pointerBits : null;
}

/** The rustc arch built-ins with this llvm-target's LLVM arch use (the catalog), else the usual mapping. */
function archFor(llvmTarget: string, catalog: TargetCatalog | null): string | null {
  const llvmArch = parseLlvmTriple(llvmTarget).arch;
  if (!llvmArch) return null;
  const count = new Map<string, number>();
  for (const f of catalog?.targets.values() ?? []) {
    if (parseLlvmTriple(f.llvmTarget).arch === llvmArch) count.set(f.arch, (count.get(f.arch) ?? 0) + 1);
  }
  const best = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? RUSTC_ARCH_OF[llvmArch] ?? null;
}

/** Required keys (also in the schema; reported here once, with an example derived from the rest of the spec). */
function requiredKeyFindings({ spec, catalog, add }: Ctx): void {
  const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : null;
  const arch = typeof spec.arch === 'string' ? spec.arch : null;
  // Among the built-ins of the arch, one whose LLVM layout is the spec's own (else the layout check fails next), bare metal first.
  const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
  const abiname = typeof spec['llvm-abiname'] === 'string' ? spec['llvm-abiname'] : '';
  const exampleTarget =
    arch && catalog
      ? [...catalog.targets.values()]
          .filter((f) => f.arch === arch)
          .sort((a, b) => Number(llvmDataLayout(b.llvmTarget, abiname) === dl) - Number(llvmDataLayout(a.llvmTarget, abiname) === dl) || Number(b.os === 'none') - Number(a.os === 'none'))[0]?.llvmTarget
      : undefined;
  const derivedArch = llvmTarget !== null ? archFor(llvmTarget, catalog) : null;
  const layout = expectedDataLayout(spec);
  const width = pointerWidthOf(spec);
  const examples: Record<(typeof REQUIRED_KEYS)[number], string> = {
    'llvm-target': `"llvm-target": "${exampleTarget ?? 'x86_64-unknown-none'}"`,
    'data-layout': layout !== null ? `"data-layout": "${layout}" (LLVM's default for "${llvmTarget}")` : '"data-layout": "<LLVM\'s default for the llvm-target: rustc --print target-spec-json -Z unstable-options --target <closest built-in>>"',
    arch: derivedArch !== null ? `"arch": "${derivedArch}"` : '"arch": "<the rustc arch of the llvm-target, e.g. x86_64>"',
    'target-pointer-width': width !== null ? `"target-pointer-width": ${width}` : '"target-pointer-width": <16, 32 or 64: the pointer size of the llvm-target>',
  };
  for (const k of REQUIRED_KEYS) {
    if (!(k in spec)) add('spec-missing-key', '', `Required key "${k}" is missing.`, `Add ${examples[k]}.`);
  }
}

/** The toolchain's own schema, for everything the specific rules did not already explain. */
function schemaFindings({ spec, schema, handled, schemaOnly, add }: Ctx): void {
  if (!schema) {
    builtinEnumFindings(spec, add);
    return;
  }
  const known = schemaPropertyNames(schema);
  for (const e of validateAgainstSchema(schema, spec)) {
    if (e.kind === 'required') continue;
    if ([...handled, ...schemaOnly].some((h) => e.path === h || e.path.startsWith(`${h}/`))) continue;
    if (e.kind === 'additional' && e.path.lastIndexOf('/') === 0) {
      const key = e.key ?? '';
      const near = closestByEdit(key, known, 3);
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

/**
 * Without a schema (a caller with no catalog) only the linker flavor is checked against a list of our own: it is
 * the list rustc 1.95 prints in its error, which the link-args keys are checked against anyway, and an unknown
 * flavor otherwise passes every flavor rule unnoticed. Other enums wait for the schema (the actions always have
 * one: the toolchain's, else the snapshot's), so a newer rustc's new values are never refused from a stale list.
 */
function builtinEnumFindings(spec: Record<string, unknown>, add: Ctx['add']): void {
  const flavor = spec['linker-flavor'];
  if (typeof flavor !== 'string' || LINKER_FLAVORS.includes(flavor)) return;
  const near = closestByEdit(flavor, LINKER_FLAVORS, 3);
  add(
    'spec-schema',
    p('linker-flavor'),
    `"${flavor}" is not a linker flavor (rustc: "invalid linker flavor"; it knows ${LINKER_FLAVORS.join(', ')}).`,
    near && near.distance <= 3 ? `Did you mean "linker-flavor": "${near.name}"?` : `Write one of ${LINKER_FLAVORS.map((f) => `"${f}"`).join(', ')} here.`,
  );
}

/**
 * data-layout against pointer width and endianness (rustc: "inconsistent target specification"), and against
 * LLVM's default for the llvm-target and llvm-abiname (rustc: a mismatch fails codegen). Every fix is LLVM's
 * layout, or the width/endianness LLVM's triple has: the spec's own layout is never the reference.
 */
function layoutFindings({ spec, add }: Ctx): void {
  const dl = typeof spec['data-layout'] === 'string' ? spec['data-layout'] : null;
  const width = num(spec['target-pointer-width']);
  if (width !== null && Number.isFinite(width) && ![16, 32, 64].includes(width)) {
    add('spec-pointer-width', p('target-pointer-width'), `${width} is not a pointer width rustc supports.`, 'Use 16, 32 or 64.');
  }
  if (dl === null) return;
  const llvm = expectedDataLayout(spec);
  // Not String(): an object from the file with its own "toString" key cannot be converted (the schema check says what is wrong).
  const llvmTarget = typeof spec['llvm-target'] === 'string' ? spec['llvm-target'] : '';
  const useLlvm = llvm !== null ? `"data-layout": "${llvm}"` : null;
  const layout = parseDataLayout(dl);
  if (width !== null && [16, 32, 64].includes(width) && layout.pointerBits !== width) {
    const llvmBits = llvm !== null ? layoutPointerBits(llvm) : null;
    const hint =
      llvmBits === null
        ? `Make them agree: "p:${width}:${width}" in data-layout, or "target-pointer-width": ${layout.pointerBits}.`
        : llvmBits === width
          ? `Use ${useLlvm}${alsoWidthEndian(spec, llvm!)} (LLVM's for "${llvmTarget}").`
          : `Write "target-pointer-width": ${llvmBits}: "${llvmTarget}" has ${llvmBits}-bit pointers${llvm !== dl ? `, and use ${useLlvm}${alsoWidthEndian({ ...spec, 'target-pointer-width': llvmBits }, llvm!)}` : ''}.`;
    add(
      'spec-data-layout-pointer',
      p('data-layout'),
      `data-layout says pointers are ${layout.pointerBits}-bit${layout.explicitPointer ? '' : ' (no "p:" entry means 64)'}, but "target-pointer-width" is ${width}.`,
      hint,
    );
  }
  const endian = spec['target-endian'] === 'big' ? 'big' : 'little';
  if (layout.endian !== endian) {
    const llvmEndian = llvm === null ? null : llvm.startsWith('E') ? 'big' : 'little';
    const hint =
      llvmEndian === null
        ? layout.endian === 'big'
          ? 'Add "target-endian": "big", or start data-layout with "e".'
          : 'Start data-layout with "E", or set "target-endian": "little".'
        : llvmEndian !== endian
          ? `Set "target-endian": "${llvmEndian}": "${llvmTarget}" is ${llvmEndian}-endian${llvm !== dl ? `, and use ${useLlvm}${alsoWidthEndian({ ...spec, 'target-endian': llvmEndian }, llvm!)}` : ''}.`
          : `Use ${useLlvm}${alsoWidthEndian(spec, llvm!)} (LLVM's for "${llvmTarget}").`;
    add('spec-data-layout-endian', p('data-layout'), `data-layout is ${layout.endian}-endian ("${layout.endian === 'big' ? 'E' : 'e'}"), but "target-endian" is ${endian}.`, hint);
  }
  if (llvm !== null && dl !== llvm) {
    const abi = typeof spec['llvm-abiname'] === 'string' && spec['llvm-abiname'] !== '' ? ` with "llvm-abiname": "${spec['llvm-abiname']}"` : '';
    add(
      'spec-data-layout-llvm-default',
      p('data-layout'),
      `data-layout differs from LLVM's default for "${llvmTarget}"${abi} ("${llvm}"); rustc accepts the file but fails at codegen.`,
      `Use ${useLlvm}${alsoWidthEndian(spec, llvm)}.`,
    );
  }
}

/** What else must change with LLVM's layout: its pointer width and byte order are rustc's checks too. */
function alsoWidthEndian(spec: Record<string, unknown>, llvm: string): string {
  const parts: string[] = [];
  const bits = layoutPointerBits(llvm);
  if (num(spec['target-pointer-width']) !== bits) parts.push(`"target-pointer-width": ${bits}`);
  const endian = llvm.startsWith('E') ? 'big' : 'little';
  if ((spec['target-endian'] === 'big' ? 'big' : 'little') !== endian) parts.push(`"target-endian": "${endian}"`);
  return parts.length > 0 ? ` with ${parts.join(' and ')}` : '';
}

/** rustc's consistency rules and LLVM's, all at once (rustc and LLVM stop at the first). */
function ruleFindings(ctx: Ctx): void {
  const { spec, catalog, handled, add } = ctx;
  const opts = { llvmMajor: Number(catalog?.rustc.llvmVersion?.split('.')[0]) || 22, builtinLlvmTargets: [...(catalog?.targets.values() ?? [])].map((f) => f.llvmTarget) };
  const again = (s: Record<string, unknown>): ConsistencyProblem[] => [...consistencyProblems(s), ...llvmProblems(s, opts)];
  let problems = again(spec);
  // An unknown arch, or one of another LLVM backend, hides the rules of the arch it was meant to be (whose fix the
  // finding gives): check again with that one.
  const mismatch = problems.some((c) => c.code === 'spec-arch-llvm-mismatch') && typeof spec['llvm-target'] === 'string' ? archFor(spec['llvm-target'], catalog) : null;
  const near = mismatch ?? suggestedArch(spec, catalog);
  const withNear = near ? again({ ...spec, arch: near }) : [];
  if (mismatch) {
    // What the written arch alone asks for (its flags is-like-wasm/is-like-gpu, its llvm-abiname, its rustc-abi)
    // follows the arch the mismatch fix writes: a hint for the arch being replaced would contradict it, and
    // applying both gives a spec rustc refuses (seed 47: "llvm-abiname": "lp64d" beside "arch": "arm"). Only
    // what stays wrong with that arch is said, besides the mismatch itself.
    const stays = new Set(withNear.map((c) => `${c.code}@${c.path}`));
    problems = problems.filter((c) => c.code === 'spec-arch-llvm-mismatch' || stays.has(`${c.code}@${c.path}`));
  }
  for (const c of problems) {
    if (handled.has(c.path) && c.path !== '') continue;
    add(c.code, c.path, c.message, c.hint);
  }
  if (!near) return;
  const seen = new Set(problems.map((c) => `${c.code}@${c.path}`));
  for (const c of withNear) {
    if (seen.has(`${c.code}@${c.path}`) || (handled.has(c.path) && c.path !== '')) continue;
    add(c.code, c.path, `With "arch": "${near}" (the likely intent): ${c.message}`, c.hint);
  }
}

function knownArchs(catalog: TargetCatalog | null): string[] {
  return [...new Set([...(catalog?.targets.values() ?? [])].map((f) => f.arch))];
}

/** The arch an unknown one was probably meant to be: the llvm-target's, else the closest spelling. */
function suggestedArch(spec: Record<string, unknown>, catalog: TargetCatalog | null): string | null {
  const arch = typeof spec.arch === 'string' ? spec.arch : '';
  const archs = knownArchs(catalog);
  if (!arch || archs.length === 0 || archs.includes(arch)) return null;
  const fromTarget = typeof spec['llvm-target'] === 'string' ? archFor(spec['llvm-target'], catalog) : null;
  if (fromTarget && archs.includes(fromTarget)) return fromTarget;
  const near = closestByEdit(arch, archs, 3);
  return near && near.distance <= 3 ? near.name : null;
}

/** Against the built-ins: an arch rustc has no lowering for (it panics at codegen); the closest built-in. */
function builtinFindings({ spec, catalog, add }: Ctx): SpecCheck['closest'] {
  if (!catalog || catalog.targets.size === 0) return null;
  const arch = typeof spec.arch === 'string' ? spec.arch : '';
  const archs = knownArchs(catalog);
  if (arch && !archs.includes(arch)) {
    const near = suggestedArch(spec, catalog);
    add(
      'spec-unknown-arch',
      p('arch'),
      `"${arch}" is not an arch rustc knows; it accepts the file but panics at codegen ("no lowering implemented").`,
      near ? `Did you mean "${near}"?` : `Use one of: ${archs.sort().join(', ')}.`,
    );
  }
  const near = closestBuiltin(spec, catalog);
  return near ? { facts: near.facts, exact: near.exact } : null;
}

function valueAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('/').slice(1)) {
    const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = (cur as Record<string, unknown> | undefined)?.[k];
  }
  return cur;
}
