/**
 * Where targets come from: an input list (triples, spec paths, or YAML objects with per-target settings),
 * an ebuild's `RUST_TARGETS=( … )`, `rust-toolchain.toml` `targets`, `.cargo/config.toml` `[build] target`,
 * JSON spec files, and RUST_TARGET_PATH-style directories (every `*.json` is a target named by its stem).
 * Pure: callers read the files and pass the text.
 */
import type { Node as YamlNode } from 'yaml';
import { yamlLib } from '../yaml.js';
import type { Finding } from '../finding.js';
import type { SdkSettings } from './cargo-config.js';
import { rustFindings } from './findings.js';
import { closeEnough } from './suggest.js';
import { pushAll } from '../finding.js';
import { firstIndex, lineIndex } from '../sorted.js';

export type TargetOrigin = 'input' | 'ebuild' | 'rust-toolchain' | 'cargo-config' | 'json' | 'target-path';
export type RunnerMode = 'auto' | 'qemu-user' | 'qemu-system' | 'none';

/** Per-target settings from a YAML object in the `targets` input. */
export interface TargetOptions {
  commands?: string[];
  features?: string[];
  /** true: build-std with the default crates; a list: those crates; false: never. */
  buildStd?: boolean | string[];
  /** A mode, or an explicit runner command. */
  runner?: RunnerMode | string[];
  linker?: string;
  rustflags?: string[];
  sdk?: boolean | SdkSettings;
}

export interface TargetRequest {
  /** A triple, or the path of a JSON spec. */
  target: string;
  kind: 'triple' | 'json';
  origin: TargetOrigin;
  /** Where it was named (for findings). */
  file?: string;
  line?: number;
  options: TargetOptions;
}

export interface SourceResult {
  targets: TargetRequest[];
  findings: Finding[];
}

const TRIPLE = /^[A-Za-z0-9_.-]+$/;
const RUNNER_MODES: readonly string[] = ['auto', 'qemu-user', 'qemu-system', 'none'];

export function isSpecPath(s: string): boolean {
  return /\.json$/i.test(s) || s.includes('/');
}

/** The name cargo and rustc give a target: the triple, or the spec file's stem. */
export function targetName(target: string): string {
  if (!isSpecPath(target)) return target;
  return (target.split(/[\\/]/).pop() ?? target).replace(/\.json$/i, '');
}

/** Paths from inputs stay inside the workspace: relative, no `..`. */
export function checkConfinedPath(p: string): string | null {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return `'${p}' is absolute; give a path relative to the workspace.`;
  if (p.split(/[\\/]/).includes('..')) return `'${p}' leaves the workspace ('..'); give a path inside it.`;
  return null;
}

/**
 * Where `"name"` is written in a TOML text, for names taken from one of its arrays in order: each search
 * starts after the previous find (a list of 12,000 names stays linear, and a name written twice is found
 * at each place), falling back to the first occurrence; -1 when it is not written quoted.
 */
export function quotedFinder(text: string): (name: string) => number {
  return wordFinder(text, 0, { wrap: true, quoted: true });
}

/**
 * Where each value of a list is written in `text`: the first place at or after the previous hit (from `start`)
 * where it is a quoted string's whole content (`"x"`, `'x'`, also one of several on a line, in `{target="x"}` or
 * before a `#`; not in a comment, nor in a TOML table header when `quoted`), or, unless `quoted`, a word once its quotes are removed (`"t1"-none-eabi` is `t1-none-eabi`;
 * words end at blanks and at `( ) [ ] { } , = #`). `wrap`: a value not found after the previous hit is looked for
 * from the start. -1: not written so (made by expansion). The places are found once: a search of the text per
 * value took 5.5 s for 32,000 values not written literally.
 */
export function wordFinder(text: string, start: number, options: { wrap: boolean; quoted: boolean }): (value: string) => number {
  const { wrap, quoted } = options;
  let at: Map<string, number[]> | undefined;
  let from = start;
  const note = (key: string, index: number) => {
    const list = at!.get(key);
    if (list) list.push(index);
    else at!.set(key, [index]);
  };
  return (value) => {
    if (!at) {
      at = new Map();
      // (not in a comment, nor in a TOML table header: `[target."x"]` configures x, it does not list it)
      for (const m of text.matchAll(quoted ? QUOTED_OR_SKIPPED_TOML : QUOTED_OR_SKIPPED)) if (m[1] !== undefined || m[2] !== undefined) note(m[1] ?? m[2]!, m.index);
      if (!quoted) for (const m of text.matchAll(/[^\s()[\]{},=#]+/g)) note(m[0].replace(/["']/g, ''), m.index);
      // in text order, each place once (a word that is a whole quoted string is found both ways)
      if (!quoted) for (const [key, list] of at) if (list.length > 1) at.set(key, [...new Set(list)].sort((a, b) => a - b));
    }
    const list = at.get(value);
    if (!list) return -1;
    const k = firstIndex(list.length, (i) => list[i]! >= from);
    const hit = k < list.length ? list[k]! : wrap ? list[0]! : -1;
    if (hit >= 0 && hit >= from) from = hit + 1;
    return hit;
  };
}

const QUOTED_OR_SKIPPED = /(?<=^|\s)#[^\n]*|"([^"\n]*)"|'([^'\n]*)'/gm;
const QUOTED_OR_SKIPPED_TOML = /(?<=^|\s)#[^\n]*|^[ \t]*\[[^\n]*|"([^"\n]*)"|'([^'\n]*)'/gm;

export function request(target: string, origin: TargetOrigin, file: string | undefined, line: number | undefined, options: TargetOptions = {}): TargetRequest {
  const r: TargetRequest = { target, kind: isSpecPath(target) ? 'json' : 'triple', origin, options };
  if (file !== undefined) r.file = file;
  if (line !== undefined) r.line = line;
  return r;
}

export function checkName(t: string, where: { file?: string; line?: number }, findings: Finding[], confine: boolean): boolean {
  if (isSpecPath(t)) {
    const bad = confine ? checkConfinedPath(t) : null;
    if (bad) {
      findings.push(rustFindings.make('target-path-outside', bad, { ...where, hint: 'Put the spec in the repository and name it relative to the workspace root.' }));
      return false;
    }
    // The file's stem is the target's name: a matrix entry, a file name, an env prefix. Same rule as a triple.
    // eslint-disable-next-line no-control-regex
    if (!TRIPLE.test(targetName(t)) || /[\x00-\x1f\x7f]/.test(t)) {
      findings.push(rustFindings.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Name the spec file <name>.json with a name of letters, digits, _, . and -.' }));
      return false;
    }
    return true;
  }
  if (!TRIPLE.test(t)) {
    findings.push(rustFindings.make('target-invalid', `'${t}' is neither a target triple nor a path to a .json spec.`, { ...where, hint: 'Write a triple like thumbv6m-none-eabi, or a path ending in .json.' }));
    return false;
  }
  return true;
}

const strList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : undefined;

const OPTION_KEYS = ['target', 'commands', 'features', 'build-std', 'runner', 'linker', 'rustflags', 'sdk'];

/** Options from one YAML object; unknown keys and bad values become findings at the key's own line. */
function optionsFrom(obj: Record<string, unknown>, item: { file?: string; line?: number }, findings: Finding[], keyLines: ReadonlyMap<string, number> = new Map()): TargetOptions {
  const o: TargetOptions = {};
  for (const [k, v] of Object.entries(obj)) {
    const line = keyLines.get(k) ?? item.line;
    const where = { ...item, ...(line !== undefined ? { line } : {}) };
    switch (k) {
      case 'target':
        break;
      case 'commands':
        o.commands = Array.isArray(v) ? v.map(String) : String(v).split('\n').map((s) => s.trim()).filter(Boolean);
        break;
      case 'features':
        o.features = strList(v) ?? [];
        break;
      case 'build-std':
        o.buildStd = typeof v === 'boolean' ? v : (strList(v) ?? false);
        break;
      case 'runner':
        if (typeof v === 'string' && RUNNER_MODES.includes(v)) o.runner = v as RunnerMode;
        else if (Array.isArray(v)) o.runner = v.map(String);
        else if (typeof v === 'string') {
          o.runner = v.split(/\s+/).filter(Boolean);
          // One word close to a mode is a typo more likely than a program named so.
          const mode = o.runner.length === 1 ? RUNNER_MODES.find((m) => closeEnough(m, v)) : undefined;
          if (mode) {
            findings.push(rustFindings.make('target-option-runner-typo', `runner '${v}' is taken as a command to run tests with.`, { ...where, hint: `Did you mean runner: ${mode}? Write the command as a list (runner: [${v}]) if it is one.` }));
          }
        }
        else findings.push(rustFindings.make('target-option-invalid', `runner must be ${RUNNER_MODES.join(' | ')} or a command, got ${JSON.stringify(v)}.`, { ...where, hint: 'Write runner: qemu-system, or a command such as runner: [probe-rs, run, --chip, nRF52840_xxAA].' }));
        break;
      case 'linker':
        o.linker = String(v);
        break;
      case 'rustflags':
        o.rustflags = strList(v) ?? [];
        break;
      case 'sdk':
        if (typeof v === 'boolean') o.sdk = v;
        else if (v && typeof v === 'object') {
          const s = v as Record<string, unknown>;
          o.sdk = {};
          if (typeof s.sysroot === 'string') o.sdk.sysroot = s.sysroot;
          if (typeof s.linker === 'string') o.sdk.linker = s.linker;
        }
        break;
      default: {
        const near = OPTION_KEYS.find((known) => closeEnough(known, k));
        findings.push(
          rustFindings.make('target-option-unknown', `Unknown per-target key '${k}' (ignored).`, {
            ...where,
            hint: `${near ? `Did you mean '${near}'? ` : ''}Known keys: ${OPTION_KEYS.join(', ')}.`,
          }),
        );
      }
    }
  }
  return o;
}

/** Whether targetsFromInput reads `text` as a YAML list (then the YAML library must be loaded first). */
export function looksLikeYamlList(text: string): boolean {
  const trimmed = text.trim();
  // (blanks within a line: `^\s*` ran on over blank lines from every line start, 64,000 of them 2.3 s)
  return /^(-\s|\[)/.test(trimmed) || /^[^\S\n\r\u2028\u2029]*-\s/m.test(trimmed);
}

/**
 * The `targets` input: a YAML list (strings or objects with `target:`), or plain triples/paths separated
 * by newlines, commas or spaces.
 */
export function targetsFromInput(text: string, file = 'targets'): SourceResult {
  const findings: Finding[] = [];
  const targets: TargetRequest[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return { targets, findings };
  if (!looksLikeYamlList(text)) {
    // Each word on its own line (not the first place its text occurs: a triple can be part of another).
    const lineAt = lineIndex(text);
    for (const m of text.matchAll(/[^\s,]+/g)) {
      const word = m[0];
      const where = { file, line: lineAt(m.index) };
      if (checkName(word, where, findings, true)) targets.push(request(word, 'input', file, where.line));
    }
    return { targets, findings };
  }
  // The YAML library was loaded by the caller (loadYaml()) when looksLikeYamlList said so.
  const { LineCounter, parseDocument, isMap, isScalar, isSeq } = yamlLib();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineAt = (n: YamlNode | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      findings.push(rustFindings.make('targets-yaml', `targets is not valid YAML: ${e.message.split('\n')[0]}`, { file, line: lc.linePos(e.pos[0]).line, hint: 'Use a YAML list: one "- triple" or "- target: …" per line.' }));
    }
    return { targets, findings };
  }
  if (!isSeq(doc.contents)) {
    findings.push(rustFindings.make('targets-yaml', 'targets must be a YAML list.', { file, line: 1, hint: 'Write one "- triple" or "- target: …" per line.' }));
    return { targets, findings };
  }
  for (const item of doc.contents.items) {
    const line = lineAt(item as YamlNode);
    const where = { file, ...(line !== undefined ? { line } : {}) };
    if (isScalar(item)) {
      const t = String(item.value);
      if (checkName(t, where, findings, true)) targets.push(request(t, 'input', file, line));
    } else if (isMap(item)) {
      const obj = item.toJSON() as Record<string, unknown>;
      if (typeof obj.target !== 'string' || obj.target === '') {
        findings.push(rustFindings.make('target-invalid', 'A target object needs a `target:` (triple or .json path).', { ...where, hint: '- target: thumbv6m-none-eabi' }));
        continue;
      }
      if (!checkName(obj.target, where, findings, true)) continue;
      const keyLines = new Map<string, number>();
      for (const pair of item.items) {
        const at = lineAt(pair.key as YamlNode);
        if (isScalar(pair.key) && at !== undefined) keyLines.set(String(pair.key.value), at);
      }
      targets.push(request(obj.target, 'input', file, line, optionsFrom(obj, where, findings, keyLines)));
    } else {
      findings.push(rustFindings.make('target-invalid', 'Each targets entry must be a string or an object.', { ...where, hint: 'Write "- thumbv6m-none-eabi" or "- target: thumbv6m-none-eabi" with its settings below.' }));
    }
  }
  return { targets, findings };
}

/** Every `*.json` in a RUST_TARGET_PATH-style directory (names given by the caller's listing). */
export function targetsFromDirectory(dir: string, entries: readonly string[]): SourceResult {
  const findings: Finding[] = [];
  const clean = dir.replace(/\/+$/, '');
  if (clean.split(/[\\/]/).includes('..')) {
    findings.push(rustFindings.make('target-path-outside', `target-path '${dir}' contains '..'.`, { hint: 'Name the directory without ..' }));
    return { targets: [], findings };
  }
  const jsons = entries.filter((n) => /\.json$/i.test(n)).sort();
  if (jsons.length === 0) findings.push(rustFindings.make('target-path-empty', `No *.json target specs in ${dir}.`, { file: dir, hint: "Point target-path at the directory holding the SDK's <target>.json files." }));
  // A file name is a target name: one with a newline or a quote must not become a matrix entry.
  const named = jsons.filter((n) => checkName(`${clean}/${n}`, { file: dir }, findings, false));
  return { targets: named.map((n) => request(`${clean}/${n}`, 'target-path', dir, undefined)), findings };
}

/** One request per target name; the first mention wins, later ones from elsewhere are noted. */
export function mergeTargets(lists: readonly SourceResult[]): SourceResult {
  const byName = new Map<string, TargetRequest>();
  const findings: Finding[] = [];
  for (const l of lists) {
    pushAll(findings, l.findings);
    for (const t of l.targets) {
      const key = targetName(t.target);
      const prev = byName.get(key);
      if (!prev) byName.set(key, t);
      else if (prev.target !== t.target) {
        findings.push(
          rustFindings.make('target-duplicate', `Target '${key}' comes from both ${prev.target} and ${t.target}; using the first.`, {
            hint: 'Name it in one place only, or rename one of the spec files (cargo names a JSON target by its file stem).',
            ...(t.file !== undefined ? { file: t.file } : {}),
            ...(t.line !== undefined ? { line: t.line } : {}),
          }),
        );
      } else if (Object.keys(prev.options).length === 0 && Object.keys(t.options).length > 0) {
        byName.set(key, { ...prev, options: t.options });
      }
    }
  }
  return { targets: [...byName.values()], findings };
}
