/**
 * build-target-matrix's work, with the outside world passed in: gather targets from every source, read the
 * toolchain's facts once, validate custom specs (optionally confirmed by rustc), plan each target, write
 * the configs and facts.json, and apply GitHub's matrix limits. The decisions live in shared/rust.
 */
import path from 'node:path';
import { finding, type Finding } from '../../shared/finding.js';
import type { RunCommand } from '../../shared/io.js';
import { rustflagsEnvironmentFindings } from '../../shared/rust/cargo-config.js';
import { buildMatrix, planTarget, type MatrixResult, type PlannedTarget } from '../../shared/rust/matrix.js';
import {
  mergeTargets,
  parseRustToolchain,
  targetName,
  targetsFromDirectory,
  targetsFromFile,
  targetsFromInput,
  type SourceResult,
  type TargetRequest,
} from '../../shared/rust/target-sources.js';
import { confirmSpecWithRustc, validateTargetSpec, type RustcConfirmation, type SpecCheck } from '../../shared/rust/target-spec.js';
import { loadTargetCatalog, type ListDir, type ReadText, type TargetCatalog, type TargetFacts } from '../../shared/rust/targets.js';
import type { BuildTargetMatrixInputs, ValidateLevel } from './inputs.js';

export interface PlanIO {
  run: RunCommand;
  readText: ReadText;
  listDir: ListDir;
  writeText: (file: string, text: string) => Promise<void>;
  /** rustc program (tests point it elsewhere). */
  rustc: string;
  /** Scratch directory for the codegen probe's object file. */
  tempDir: string;
  /** Real path (symlinks resolved), undefined when missing; without it links are not checked. */
  realPath?: (p: string) => Promise<string | undefined>;
}

/** Where a committed symlink leads out of `root` (its text would reach annotations and the summary). */
async function linkOutside(io: PlanIO, p: string, root: string): Promise<string | undefined> {
  if (!io.realPath) return undefined;
  const real = await io.realPath(p);
  if (real === undefined) return undefined;
  const rel = path.relative((await io.realPath(root)) ?? root, real);
  return rel.startsWith('..') || path.isAbsolute(rel) ? real : undefined;
}

const LINK_HINT = 'Commit the file itself inside the repository, not a link to a file elsewhere.';

export interface TargetRow {
  request: TargetRequest;
  name: string;
  custom: boolean;
  facts: TargetFacts | null;
  check?: SpecCheck;
  rustc?: RustcConfirmation;
  planned?: PlannedTarget;
  /** Why it is not in the matrix. */
  skipped?: string;
}

export interface PlanResult {
  catalog: TargetCatalog;
  toolchain: string;
  toolchainFrom: string;
  validate: ValidateLevel;
  rows: TargetRow[];
  matrix: MatrixResult;
  findings: Finding[];
  factsPath: string;
}

/** Workspace-relative when inside it (so the fan-out job finds it in its checkout), else absolute. */
function displayPath(p: string, workspace: string): string {
  const rel = path.relative(workspace, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

/**
 * Up to three built-in names closest to a misspelt one: same arch (the part before the first '-'), ranked by
 * shared prefix and suffix; a triple cut short (`…-musl` for `…-musleabihf`) ranks first.
 */
function nearest(name: string, names: Iterable<string>): string[] {
  const arch = name.split('-')[0];
  const scored: Array<[string, number]> = [];
  for (const n of names) {
    if (n.split('-')[0] !== arch) continue;
    if (n.startsWith(name)) {
      scored.push([n, n.length - name.length - 100]);
      continue;
    }
    let p = 0;
    while (p < n.length && p < name.length && n[p] === name[p]) p++;
    let s = 0;
    while (s < n.length - p && s < name.length - p && n[n.length - 1 - s] === name[name.length - 1 - s]) s++;
    const score = Math.max(n.length, name.length) - p - s;
    if (score <= 6) scored.push([n, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  // A triple cut short is surely one of its completions: suggest only those then.
  const cut = scored.filter(([, score]) => score < 0);
  if (cut.length > 0) return cut.slice(0, 3).map(([n]) => n);
  // Otherwise only the best-scoring ones: a second guess further off is noise.
  return scored.filter(([, score]) => score === scored[0]![1]).slice(0, 3).map(([n]) => n);
}

export async function planMatrix(inputs: BuildTargetMatrixInputs, io: PlanIO, where: { workspace: string; env: NodeJS.ProcessEnv }): Promise<PlanResult> {
  const findings: Finding[] = [];
  const env: Record<string, string | undefined> = { ...where.env, ...inputs.demoEnv };

  // Toolchain: the input, else rust-toolchain.toml's channel, else stable.
  let toolchain = inputs.toolchain ?? '';
  let toolchainFrom = 'input';
  if (!toolchain) {
    const file = path.join(where.workspace, 'rust-toolchain.toml');
    const text = (await io.readText(file)) ?? (await io.readText(path.join(where.workspace, 'rust-toolchain')));
    let channel = text !== undefined ? parseRustToolchain(text).toolchain.channel : null;
    // It becomes a rustup argument in every job: a name, never an option or anything else.
    if (channel !== null && !/^[A-Za-z0-9_.][A-Za-z0-9_.+-]*$/.test(channel)) {
      const line = text!.split('\n').findIndex((l) => /^\s*channel\s*=/.test(l)) + 1;
      findings.push(
        finding('error', 'toolchain-invalid', `rust-toolchain.toml channel ${JSON.stringify(channel)} is not a toolchain name; using stable.`, {
          file: 'rust-toolchain.toml',
          ...(line > 0 ? { line } : {}),
          hint: 'Write a channel such as "stable", "1.95.0" or "nightly-2026-04-01", or set the toolchain input.',
        }),
      );
      channel = null;
    }
    toolchain = channel ?? 'stable';
    toolchainFrom = channel ? 'rust-toolchain.toml' : 'default';
  }

  // rustc runs outside the workspace: rustup would otherwise pick the repository's rust-toolchain.toml for the
  // default-rustc fallback (a toolchain not installed: no facts at all; `path = …`: the repository's own rustc).
  const run: RunCommand = (file, args, options) => io.run(file, args, { ...options, cwd: options?.cwd ?? io.tempDir });
  // Facts: ask that toolchain (without letting rustup download it here), else the default rustc, else the snapshot.
  const fsIo = { readText: io.readText, listDir: io.listDir, rustc: io.rustc };
  // The same toolchain confirms custom specs (rustc --print cfg / codegen) when it answered.
  const rustcEnv: Record<string, string> = { RUSTUP_AUTO_INSTALL: '0', RUSTUP_TOOLCHAIN: toolchain };
  let catalog = await loadTargetCatalog(run, { ...fsIo, toolchain, env: { RUSTUP_AUTO_INSTALL: '0' } });
  if (catalog.source === 'snapshot') {
    const plain = await loadTargetCatalog(run, fsIo);
    delete rustcEnv.RUSTUP_TOOLCHAIN;
    if (plain.source === 'rustc') {
      plain.findings.push(finding('notice', 'facts-from-default-rustc', `Toolchain ${toolchain} is not installed here; facts come from the default rustc (${plain.rustc.line}).`, {
          hint: `Install ${toolchain} before this step (rustup toolchain install ${toolchain}) so the facts are those of the compiler that builds.`,
        }));
      catalog = plain;
    }
  }
  findings.push(...catalog.findings);
  const asked: ValidateLevel = inputs.validate ?? (catalog.source === 'rustc' ? 'rustc' : 'schema');
  // What actually ran (the summary and facts.json report this one).
  const validate: ValidateLevel = catalog.source === 'rustc' ? asked : 'schema';
  if (asked !== 'schema' && catalog.source !== 'rustc') {
    // Asked for by name: a check that silently did not run would pass a spec rustc rejects.
    findings.push(
      finding('error', 'validate-without-rustc', `input 'validate': ${asked} needs rustc, which did not run here; custom specs were checked against the schema only.`, {
        hint: 'Install the toolchain before this step (rustup toolchain install …), or set validate: schema.',
      }),
    );
  }

  // Sources.
  const lists: SourceResult[] = [];
  if (inputs.targets) {
    const r = targetsFromInput(inputs.targets, 'targets');
    // Spec paths in the input are relative to the workspace (the repository root for the demo).
    r.targets = r.targets.map((t) => (t.kind === 'json' ? { ...t, target: displayPath(path.resolve(inputs.base, t.target), where.workspace) } : t));
    lists.push(r);
  }
  for (const file of inputs.targetsFrom) {
    const shown = displayPath(file, where.workspace);
    const out = await linkOutside(io, file, inputs.base);
    if (out !== undefined) {
      lists.push({ targets: [], findings: [finding('error', 'targets-from-outside', `input 'targets-from': ${shown} is a link to ${out}, outside the workspace; not read.`, { file: shown, hint: LINK_HINT })] });
      continue;
    }
    const text = await io.readText(file);
    if (text === undefined) {
      lists.push({ targets: [], findings: [finding('error', 'targets-from-missing', `input 'targets-from': ${shown} does not exist.`, { file: shown, hint: 'Give a path relative to the workspace (and check out the repository before this step).' })] });
      continue;
    }
    const r = targetsFromFile(shown, text);
    // Spec paths found in a file are relative to the workspace already (cargo config: to its project).
    lists.push(r);
  }
  for (const dir of inputs.targetPath) {
    const names = await io.listDir(dir);
    const shown = displayPath(dir, where.workspace);
    if (names === undefined) {
      lists.push({ targets: [], findings: [finding('error', 'target-path-missing', `input 'target-path': directory ${shown} does not exist.`, { file: shown, hint: 'Install the SDK before this step, or fix the directory.' })] });
      continue;
    }
    lists.push(targetsFromDirectory(shown, names));
  }
  const merged = mergeTargets(lists);
  findings.push(...merged.findings);

  // Resolve: built-in facts, or a validated custom spec.
  const rows: TargetRow[] = [];
  const customNames = new Set<string>();
  for (const request of merged.targets) {
    if (request.kind === 'triple') {
      const facts = catalog.targets.get(request.target) ?? null;
      const row: TargetRow = { request, name: request.target, custom: false, facts };
      if (!facts) {
        const near = nearest(request.target, catalog.targets.keys());
        findings.push(
          finding('error', 'target-unknown', `${request.target} is not a built-in target of ${catalog.rustc.line || 'this rustc'}.`, {
            ...(request.file !== undefined ? { file: request.file } : {}),
            ...(request.line !== undefined ? { line: request.line } : {}),
            hint: near.length > 0 ? `Did you mean ${near.join(' or ')}? (rustc --print target-list)` : 'See rustc --print target-list, or give a .json spec.',
          }),
        );
        row.skipped = 'unknown target';
      }
      rows.push(row);
      continue;
    }
    const abs = path.resolve(where.workspace, request.target);
    const name = targetName(request.target);
    const row: TargetRow = { request, name, custom: true, facts: null };
    rows.push(row);
    // RUST_TARGET_PATH directories may live outside (an SDK in /opt); specs named in the repository may not.
    const out = request.origin === 'target-path' ? undefined : await linkOutside(io, abs, inputs.base);
    if (out !== undefined) {
      findings.push(
        finding('error', 'target-path-outside', `Target spec ${request.target} is a link to ${out}, outside the workspace; not read.`, {
          ...(request.file !== undefined ? { file: request.file } : {}),
          ...(request.line !== undefined ? { line: request.line } : {}),
          hint: LINK_HINT,
        }),
      );
      row.skipped = 'spec outside the workspace';
      continue;
    }
    const text = await io.readText(abs);
    if (text === undefined) {
      findings.push(
        finding('error', 'spec-missing', `Target spec ${request.target} does not exist.`, {
          ...(request.file !== undefined ? { file: request.file } : {}),
          ...(request.line !== undefined ? { line: request.line } : {}),
          hint: 'Spec paths are relative to the workspace root; commit the .json or fix the path.',
        }),
      );
      row.skipped = 'spec file missing';
      continue;
    }
    if (catalog.targets.has(name)) {
      findings.push(finding('warning', 'spec-shadows-builtin', `${request.target} has the name of the built-in ${name}; rustc picks the built-in for --target ${name}.`, { file: request.target, hint: 'Rename the file.' }));
    }
    if (customNames.has(name)) row.skipped = 'duplicate name';
    customNames.add(name);
    const check = validateTargetSpec(text, { file: request.target, catalog });
    row.check = check;
    row.facts = check.facts;
    findings.push(...check.findings);
    if (validate !== 'schema' && catalog.source === 'rustc' && check.spec) {
      const real = await confirmSpecWithRustc(run, abs, { rustc: io.rustc, level: validate, outDir: io.tempDir, file: request.target, env: rustcEnv });
      row.rustc = real;
      if (!real.accepted && check.valid) findings.push(...real.findings);
      if (real.accepted && !check.valid) {
        findings.push(finding('notice', 'rustc-accepted', `rustc (${validate}) accepted ${request.target} although the checks above found errors; they fail later (codegen, or a newer rustc).`, { file: request.target }));
      }
    }
    if (!check.valid || (row.rustc && !row.rustc.accepted)) row.skipped = 'invalid spec';
  }

  // Plan, write configs.
  // SDK-mode targets (target-path, or sdk: on the target) clear those variables themselves.
  const sdkMode = (r: TargetRow) => (r.request.options.sdk ?? r.request.origin === 'target-path') !== false;
  const exposed = rows.filter((r) => !r.skipped && !sdkMode(r)).map((r) => r.name);
  if (exposed.length > 0) findings.push(...rustflagsEnvironmentFindings(env, exposed));
  const planOpts = {
    catalog,
    toolchain,
    allowBootstrap: inputs.allowBootstrap,
    runner: inputs.runner,
    commands: inputs.commands,
    configDir: inputs.configDir,
    env,
    warnEnvironment: false,
  };
  for (const row of rows) {
    if (row.skipped || !row.facts) continue;
    const specText = row.custom ? await io.readText(path.resolve(where.workspace, row.request.target)) : undefined;
    row.planned = planTarget({ request: row.request, facts: row.facts, custom: row.custom, ...(specText !== undefined ? { specText } : {}), ...(row.check ? { check: row.check } : {}) }, planOpts);
    findings.push(...row.planned.findings);
    await io.writeText(row.planned.entry.config, row.planned.config.text);
  }
  const entries = rows.flatMap((r) => (r.planned ? [r.planned.entry] : []));
  const matrix = buildMatrix(entries, { maxJobs: inputs.maxJobs, batch: inputs.batch });
  findings.push(...matrix.findings);
  // Only when nothing was named at all: a rejected or missing target already has its own error.
  if (rows.length === 0 && !findings.some((f) => f.severity === 'error')) {
    findings.push(finding('warning', 'no-targets', 'No targets found in targets, targets-from or target-path.', { hint: 'Name triples or .json specs in targets, or point targets-from at a file that lists some.' }));
  }

  const factsPath = path.join(inputs.configDir, 'facts.json');
  const facts = {
    toolchain,
    toolchainFrom,
    source: catalog.source,
    rustc: catalog.rustc,
    validate,
    targets: rows.map((r) => ({
      name: r.name,
      request: r.request.target,
      origin: r.request.origin,
      custom: r.custom,
      skipped: r.skipped ?? null,
      facts: r.facts,
      findings: r.check?.findings ?? [],
      cfg: r.rustc?.cfg ? Object.fromEntries(r.rustc.cfg) : null,
      rustc: r.rustc ? { accepted: r.rustc.accepted, error: r.rustc.findings[0]?.message ?? null } : null,
      entry: r.planned?.entry ?? null,
    })),
  };
  await io.writeText(factsPath, `${JSON.stringify(facts, null, 2)}\n`);
  return { catalog, toolchain, toolchainFrom, validate, rows, matrix, findings, factsPath };
}
