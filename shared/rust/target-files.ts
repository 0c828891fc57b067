/**
 * Targets named in files (`targets-from`): an ebuild's RUST_TARGETS, rust-toolchain.toml's targets, a cargo
 * config's `[build] target`, or a JSON spec. Apart from target-sources.ts because of what it loads (the ebuild
 * reader, the TOML parser): a run whose targets come from the input alone never loads it.
 */
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../finding.js';
import { parseEbuild } from '../gentoo/ebuild/parse.js';
import { rustFindings } from './findings.js';
import { parseRustToolchain } from './toolchain-file.js';
import { lineIndex } from '../sorted.js';
import { checkName, isSpecPath, quotedFinder, request, wordFinder, type SourceResult, type TargetRequest } from './target-sources.js';

/** `RUST_TARGETS=( … )` from an ebuild, read with shared/gentoo's ebuild reader. */
export function targetsFromEbuild(text: string, file: string): SourceResult {
  const info = parseEbuild(text, file);
  const findings: Finding[] = [];
  const targets: TargetRequest[] = [];
  const v = info.vars.RUST_TARGETS;
  if (!v) {
    findings.push(rustFindings.make('ebuild-no-rust-targets', `${file} has no RUST_TARGETS array.`, { file, hint: 'Add RUST_TARGETS=( triple … ) at top level.' }));
    return { targets, findings };
  }
  if (v.kind === 'unknown') {
    findings.push(rustFindings.make('ebuild-rust-targets-unknown', `RUST_TARGETS cannot be read statically (${v.reason}).`, { file, line: v.line, hint: 'Write the triples literally in the array.' }));
    return { targets, findings };
  }
  const values = v.kind === 'array' ? v.values : v.value.split(/\s+/).filter(Boolean);
  // Each value's own line when it can be found after the assignment, else the assignment's.
  const lineAt = lineIndex(text);
  const find = wordFinder(text, v.line > 1 ? text.split('\n', v.line - 1).join('\n').length : 0, { wrap: false, quoted: false });
  for (const t of values) {
    const at = find(t);
    const line = at >= 0 ? lineAt(at) : v.line;
    const where = { file, line };
    if (checkName(t, where, findings, true)) targets.push(request(t, 'ebuild', file, line));
  }
  return { targets, findings };
}

export { parseRustToolchain, type RustToolchainFile } from './toolchain-file.js';

export function targetsFromRustToolchain(text: string, file: string): SourceResult {
  const { toolchain, findings } = parseRustToolchain(text, file);
  const targets: TargetRequest[] = [];
  const lineAt = lineIndex(text);
  const find = quotedFinder(text);
  for (const t of toolchain.targets) {
    const at = find(t);
    const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
    if (checkName(t, where, findings, true)) targets.push(request(t, 'rust-toolchain', file, where.line));
  }
  if (targets.length === 0 && findings.length === 0) findings.push(rustFindings.make('no-targets', `${file} lists no [toolchain] targets.`, { file }));
  return { targets, findings };
}

/** `.cargo/config.toml` `[build] target` (a string or an array). */
export function targetsFromCargoConfig(text: string, file: string): SourceResult {
  const findings: Finding[] = [];
  const targets: TargetRequest[] = [];
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; message?: string };
    findings.push(rustFindings.make('toml-syntax', `${file} is not valid TOML: ${(err.message ?? '').split('\n')[0]}`, { file, ...(err.line ? { line: err.line } : {}), hint: 'Fix the TOML at this line; no targets were read from the file.' }));
    return { targets, findings };
  }
  const build = (doc.build ?? {}) as Record<string, unknown>;
  const raw = build.target;
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  // Spec paths in a cargo config are relative to the directory holding `.cargo/`.
  const root = file.replace(/\\/g, '/').replace(/(^|\/)\.cargo\/config(\.toml)?$/, '');
  const lineAt = lineIndex(text);
  const find = quotedFinder(text);
  for (const t of list) {
    const at = find(t);
    const where = { file, ...(at >= 0 ? { line: lineAt(at) } : {}) };
    const name = isSpecPath(t) && root && !t.startsWith('/') ? `${root}/${t}` : t;
    if (checkName(name, where, findings, true)) targets.push(request(name, 'cargo-config', file, where.line));
  }
  if (list.length === 0) findings.push(rustFindings.make('no-targets', `${file} has no [build] target.`, { file }));
  return { targets, findings };
}

/** Dispatch on the file name: ebuild, rust-toolchain(.toml), cargo config, or a JSON spec. */
export function targetsFromFile(path: string, text: string): SourceResult {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (base.endsWith('.ebuild')) return targetsFromEbuild(text, path);
  if (base === 'rust-toolchain.toml' || base === 'rust-toolchain') return targetsFromRustToolchain(text, path);
  if (/(^|\/)\.cargo\/config(\.toml)?$/.test(path.replace(/\\/g, '/')) || base === 'config.toml') return targetsFromCargoConfig(text, path);
  if (base.endsWith('.json')) {
    const findings: Finding[] = [];
    return checkName(path, { file: path }, findings, true) ? { targets: [request(path, 'json', path, undefined)], findings } : { targets: [], findings };
  }
  return {
    targets: [],
    findings: [rustFindings.make('targets-from-unknown', `Cannot read targets from '${path}'.`, { file: path, hint: 'Use an .ebuild, rust-toolchain.toml, .cargo/config.toml or a .json target spec.' })],
  };
}
