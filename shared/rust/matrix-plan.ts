/**
 * build-target-matrix's use case, from one plain request and its ports to a report: gather targets from every
 * source, read the toolchain's facts once, validate custom specs (optionally confirmed by rustc), plan each
 * target, write the configs and facts.json, and apply GitHub's matrix limits.
 */
import path from 'node:path';
import type { Finding } from '../finding.js';
import type { RunCommand } from '../io.js';
import { rustflagsEnvironmentFindings } from './cargo-config.js';
import type { ListDir, ReadText, TargetCatalog, TargetFacts } from './facts.js';
import type { ReadBlocks } from './channel-manifest.js';
import { rustFindings } from './findings.js';
import { loadYaml } from '../yaml.js';
import { jsonLines } from '../json-lines.js';
import { buildMatrix, planTarget, type MatrixResult, type PlannedTarget } from './matrix.js';
import { nearestTargets } from './suggest.js';
import {
  mergeTargets,
  targetName,
  looksLikeYamlList,
  targetsFromDirectory,
  targetsFromInput,
  type RunnerMode,
  type SourceResult,
  type TargetRequest,
} from './target-sources.js';
import type { RustcConfirmation, SpecCheck } from './target-spec.js';
import { rustcRunner, startMatrix, toolchainFactsOptions, type MatrixStart } from './matrix-start.js';
import { loadTargetCatalog, type RustcAnswer } from './targets.js';
import { pushAll } from '../finding.js';

// What the action needs besides the use case: one import for its rendering and exit decision.
export { countBySeverity, reachesThreshold, type Finding } from '../finding.js';
export { hostFromTriple, runnerFor } from './matrix.js';
export type { RunnerMode } from './target-sources.js';

export type ValidateLevel = 'schema' | 'rustc' | 'codegen';

export interface MatrixPlanRequest {
  /** The `targets` input text (plain list or YAML), '' when empty. */
  targets: string;
  /** Absolute paths of files to read targets from. */
  targetsFrom: string[];
  /** Absolute directories searched like RUST_TARGET_PATH. */
  targetPath: string[];
  /** undefined: rust-toolchain.toml's channel, else stable. */
  toolchain?: string;
  commands: string[];
  runner: RunnerMode;
  allowBootstrap: boolean;
  maxJobs: number;
  batch: boolean;
  configDir: string;
  /** undefined: rustc when it runs, else schema. */
  validate?: ValidateLevel;
  /** Spec paths in `targets` are relative to this (the workspace; the repository root for the demo). */
  base: string;
  /** The repository checkout: rust-toolchain.toml lives here, and paths are shown relative to it. */
  workspace: string;
  /** The job environment the builds will see (RUSTFLAGS and CARGO_TARGET_* matter). */
  env: Record<string, string | undefined>;
  /** rustc program (tests point it elsewhere). */
  rustc: string;
  /** Scratch directory: rustc's working directory and the codegen probe's object file. */
  tempDir: string;
}

export interface MatrixPlanDeps {
  exec: RunCommand;
  readText: ReadText;
  listDir: ListDir;
  /** The channel manifest read block by block (else through readText). */
  readBlocks?: ReadBlocks;
  /**
   * Writes whole files (creating their directories), so a reader never sees half of one; in order, a path
   * given twice ends with its later text. One call for all the cargo configs: the caller checks and prepares
   * their directory once. A text given as pieces is their concatenation (facts.json, one piece per target).
   */
  writeFiles: (files: ReadonlyArray<readonly [file: string, text: string | Iterable<string>]>) => Promise<void>;
  /** Real path (symlinks resolved), undefined when missing; without it links are not checked. */
  realPath?: (p: string) => Promise<string | undefined>;
  /** The first step (startMatrix of this request), when the caller started it early. */
  started?: MatrixStart;
}

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

export interface MatrixPlanReport {
  catalog: TargetCatalog;
  toolchain: string;
  toolchainFrom: string;
  validate: ValidateLevel;
  rows: TargetRow[];
  matrix: MatrixResult;
  findings: Finding[];
  factsPath: string;
}

const LINK_HINT = 'Commit the file itself inside the repository, not a link to a file elsewhere.';

/** Where a committed symlink leads out of `root` (its text would reach annotations and the summary). */
async function linkOutside(deps: MatrixPlanDeps, p: string, root: string): Promise<string | undefined> {
  if (!deps.realPath) return undefined;
  const real = await deps.realPath(p);
  if (real === undefined) return undefined;
  const rel = path.relative((await deps.realPath(root)) ?? root, real);
  return rel.startsWith('..') || path.isAbsolute(rel) ? real : undefined;
}

/** Workspace-relative when inside it (so the fan-out job finds it in its checkout), else absolute. */
function displayPath(p: string, workspace: string): string {
  const rel = path.relative(workspace, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

/** Where a target was named, for its findings. */
const namedAt = (r: TargetRequest) => ({ ...(r.file !== undefined ? { file: r.file } : {}), ...(r.line !== undefined ? { line: r.line } : {}) });

export async function planMatrix(req: MatrixPlanRequest, deps: MatrixPlanDeps): Promise<MatrixPlanReport> {
  // The toolchain and rustc's facts query: started by the caller before this code loaded, or here.
  const start = deps.started ?? (await startMatrix(req, deps));
  const { toolchain, toolchainFrom } = start;
  const findings: Finding[] = startFindings(start);
  const run = rustcRunner(req, deps);
  // rustc starts first and the targets are gathered while it prints the specs (it is most of the wall time).
  // Its findings stay ahead of the sources' findings, as when the two ran one after the other.
  const facts = readFacts(req, deps, run, toolchain, findings, start.facts);
  const gathered = gatherTargets(req, deps);
  facts.catch(() => undefined);
  gathered.catch(() => undefined);
  const { catalog, validate, rustcEnv } = await facts;
  const merged = await gathered;
  pushAll(findings, merged.findings);
  const rows = await resolveTargets(merged.targets, { req, deps, run, catalog, validate, rustcEnv, findings });

  await planRows(rows, req, deps, catalog, toolchain, findings);
  // Rustflags in the job environment against the configs that set rustflags; SDK-mode targets (target-path,
  // or sdk: on the target) clear those variables themselves.
  const sdkMode = (r: TargetRow) => (r.request.options.sdk ?? r.request.origin === 'target-path') !== false;
  const exposed = rows.filter((r) => r.planned && !sdkMode(r));
  const hasFlags = (r: TargetRow) => r.planned!.config.rustflags.length > 0;
  pushAll(findings, rustflagsEnvironmentFindings(req.env, exposed.filter(hasFlags).map((r) => r.name), exposed.filter((r) => !hasFlags(r)).map((r) => r.name)));
  const entries = rows.flatMap((r) => (r.planned ? [r.planned.entry] : []));
  const matrix = buildMatrix(entries, { maxJobs: req.maxJobs, batch: req.batch });
  pushAll(findings, matrix.findings);
  // Only when nothing was named at all: a rejected or missing target already has its own error.
  if (rows.length === 0 && !findings.some((f) => f.severity === 'error')) {
    findings.push(rustFindings.make('no-targets', 'No targets found in targets, targets-from or target-path.', { severity: 'warning', hint: 'Name triples or .json specs in targets, or point targets-from at a file that lists some.' }));
  }

  const factsPath = path.join(req.configDir, 'facts.json');
  await deps.writeFiles([[factsPath, factsJsonPieces(factsDocument(toolchain, toolchainFrom, catalog, validate, rows))]]);
  return { catalog, toolchain, toolchainFrom, validate, rows, matrix, findings, factsPath };
}

/** What choosing the toolchain found (an unusable rust-toolchain.toml channel). */
function startFindings(start: MatrixStart): Finding[] {
  const bad = start.invalidChannel;
  if (!bad) return [];
  return [
    rustFindings.make('toolchain-invalid', `rust-toolchain.toml channel ${JSON.stringify(bad.channel)} is not a toolchain name; using stable.`, {
      file: 'rust-toolchain.toml',
      ...(bad.line !== undefined ? { line: bad.line } : {}),
      hint: 'Write a channel such as "stable", "1.95.0" or "nightly-2026-04-01", or set the toolchain input.',
    }),
  ];
}

/**
 * Facts from that toolchain (without letting rustup download it here), else the default rustc, else the
 * snapshot; and the validation level that can actually run with them.
 */
async function readFacts(req: MatrixPlanRequest, deps: MatrixPlanDeps, run: RunCommand, toolchain: string, findings: Finding[], answer: Promise<RustcAnswer>) {
  const fsIo = { readText: deps.readText, listDir: deps.listDir, ...(deps.readBlocks ? { readBlocks: deps.readBlocks } : {}), rustc: req.rustc };
  // The same toolchain confirms custom specs (rustc --print cfg / codegen) when it answered.
  const rustcEnv: Record<string, string> = { RUSTUP_AUTO_INSTALL: '0', RUSTUP_TOOLCHAIN: toolchain };
  let catalog = await loadTargetCatalog(run, toolchainFactsOptions(req, deps, toolchain), answer);
  if (catalog.source === 'snapshot') {
    const plain = await loadTargetCatalog(run, fsIo);
    delete rustcEnv.RUSTUP_TOOLCHAIN;
    if (plain.source === 'rustc') {
      plain.findings.push(
        rustFindings.make('facts-from-default-rustc', `Toolchain ${toolchain} is not installed here; facts come from the default rustc (${plain.rustc.line}).`, {
          hint: `Install ${toolchain} before this step (rustup toolchain install ${toolchain}) so the facts are those of the compiler that builds.`,
        }),
      );
      catalog = plain;
    }
  }
  pushAll(findings, catalog.findings);
  const asked: ValidateLevel = req.validate ?? (catalog.source === 'rustc' ? 'rustc' : 'schema');
  // What actually ran (the summary and facts.json report this one).
  const validate: ValidateLevel = catalog.source === 'rustc' ? asked : 'schema';
  if (asked !== 'schema' && catalog.source !== 'rustc') {
    // Asked for by name: a check that silently did not run would pass a spec rustc rejects.
    findings.push(
      rustFindings.make('validate-without-rustc', `input 'validate': ${asked} needs rustc, which did not run here; custom specs were checked against the schema only.`, {
        hint: 'Install the toolchain before this step (rustup toolchain install …), or set validate: schema.',
      }),
    );
  }
  return { catalog, validate, rustcEnv };
}

/** Every source's targets, merged (first wins), with the findings of reading them. */
async function gatherTargets(req: MatrixPlanRequest, deps: MatrixPlanDeps): Promise<SourceResult> {
  const lists: SourceResult[] = [];
  if (req.targets) {
    if (looksLikeYamlList(req.targets)) await loadYaml();
    const r = targetsFromInput(req.targets, 'targets');
    // Spec paths in the input are relative to the workspace (the repository root for the demo).
    r.targets = r.targets.map((t) => (t.kind === 'json' ? { ...t, target: displayPath(path.resolve(req.base, t.target), req.workspace) } : t));
    lists.push(r);
  }
  // The readers of ebuilds, rust-toolchain.toml and cargo configs load only when a file names targets.
  const files = req.targetsFrom.length > 0 ? await import('./target-files.js') : undefined;
  for (const file of req.targetsFrom) {
    const shown = displayPath(file, req.workspace);
    const out = await linkOutside(deps, file, req.base);
    if (out !== undefined) {
      lists.push({ targets: [], findings: [rustFindings.make('targets-from-outside', `input 'targets-from': ${shown} is a link to ${out}, outside the workspace; not read.`, { file: shown, hint: LINK_HINT })] });
      continue;
    }
    const text = await deps.readText(file);
    if (text === undefined) {
      lists.push({ targets: [], findings: [rustFindings.make('targets-from-missing', `input 'targets-from': ${shown} does not exist.`, { file: shown, hint: 'Give a path relative to the workspace (and check out the repository before this step).' })] });
      continue;
    }
    // Spec paths found in a file are relative to the workspace already (cargo config: to its project).
    lists.push(files!.targetsFromFile(shown, text));
  }
  for (const dir of req.targetPath) {
    const names = await deps.listDir(dir);
    const shown = displayPath(dir, req.workspace);
    if (names === undefined) {
      lists.push({ targets: [], findings: [rustFindings.make('target-path-missing', `input 'target-path': directory ${shown} does not exist.`, { file: shown, hint: 'Install the SDK before this step, or fix the directory.' })] });
      continue;
    }
    lists.push(targetsFromDirectory(shown, names));
  }
  return mergeTargets(lists);
}

interface ResolveContext {
  req: MatrixPlanRequest;
  deps: MatrixPlanDeps;
  run: RunCommand;
  catalog: TargetCatalog;
  validate: ValidateLevel;
  rustcEnv: Record<string, string>;
  findings: Finding[];
}

/** One row per target: built-in facts, or a validated custom spec; `skipped` says why one is left out. */
async function resolveTargets(requests: readonly TargetRequest[], ctx: ResolveContext): Promise<TargetRow[]> {
  const rows: TargetRow[] = [];
  const customNames = new Set<string>();
  for (const request of requests) {
    if (request.kind === 'triple') {
      rows.push(resolveBuiltin(request, ctx));
      continue;
    }
    const row: TargetRow = { request, name: targetName(request.target), custom: true, facts: null };
    rows.push(row);
    await resolveCustom(row, customNames, ctx);
  }
  return rows;
}

/** The built-in names by arch (the part before the first '-'): suggestions only look within one. */
const namesByArch = new WeakMap<TargetCatalog, Map<string, string[]>>();
function sameArch(catalog: TargetCatalog, name: string): string[] {
  let index = namesByArch.get(catalog);
  if (!index) {
    index = new Map();
    for (const n of catalog.targets.keys()) {
      const arch = n.split('-')[0]!;
      const list = index.get(arch);
      if (list) list.push(n);
      else index.set(arch, [n]);
    }
    namesByArch.set(catalog, index);
  }
  return index.get(name.split('-')[0]!) ?? [];
}

function resolveBuiltin(request: TargetRequest, { catalog, findings }: ResolveContext): TargetRow {
  const facts = catalog.targets.get(request.target) ?? null;
  const row: TargetRow = { request, name: request.target, custom: false, facts };
  if (!facts) {
    const near = nearestTargets(request.target, sameArch(catalog, request.target));
    findings.push(
      rustFindings.make('target-unknown', `${request.target} is not a built-in target of ${catalog.rustc.line || 'this rustc'}.`, {
        ...namedAt(request),
        hint: near.length > 0 ? `Did you mean ${near.join(' or ')}? (rustc --print target-list)` : 'See rustc --print target-list, or give a .json spec.',
      }),
    );
    row.skipped = 'unknown target';
  }
  return row;
}

async function resolveCustom(row: TargetRow, customNames: Set<string>, { req, deps, run, catalog, validate, rustcEnv, findings }: ResolveContext): Promise<void> {
  const { request, name } = row;
  const abs = path.resolve(req.workspace, request.target);
  // RUST_TARGET_PATH directories may live outside (an SDK in /opt); specs named in the repository may not.
  const out = request.origin === 'target-path' ? undefined : await linkOutside(deps, abs, req.base);
  if (out !== undefined) {
    findings.push(rustFindings.make('target-path-outside', `Target spec ${request.target} is a link to ${out}, outside the workspace; not read.`, { ...namedAt(request), hint: LINK_HINT }));
    row.skipped = 'spec outside the workspace';
    return;
  }
  const text = await deps.readText(abs);
  if (text === undefined) {
    findings.push(
      rustFindings.make('spec-missing', `Target spec ${request.target} does not exist.`, {
        ...namedAt(request),
        hint: 'Spec paths are relative to the workspace root; commit the .json or fix the path.',
      }),
    );
    row.skipped = 'spec file missing';
    return;
  }
  if (catalog.targets.has(name)) {
    findings.push(rustFindings.make('spec-shadows-builtin', `${request.target} has the name of the built-in ${name}; rustc picks the built-in for --target ${name}.`, { file: request.target, hint: 'Rename the file.' }));
  }
  if (customNames.has(name)) row.skipped = 'duplicate name';
  customNames.add(name);
  // The spec validator (schema, LLVM and rustc checks) loads with the first custom spec.
  const { confirmSpecWithRustc, validateTargetSpec } = await import('./target-spec.js');
  const check = validateTargetSpec(text, { file: request.target, catalog });
  row.check = check;
  row.facts = check.facts;
  pushAll(findings, check.findings);
  if (validate !== 'schema' && catalog.source === 'rustc' && check.spec) {
    const real = await confirmSpecWithRustc(run, abs, { rustc: req.rustc, level: validate, outDir: req.tempDir, file: request.target, env: rustcEnv, rustflags: request.options.rustflags ?? [] });
    row.rustc = real;
    if (!real.accepted && check.valid) pushAll(findings, real.findings);
    if (real.accepted && !check.valid) {
      findings.push(rustFindings.make('rustc-accepted', `rustc (${validate}) accepted ${request.target} although the checks above found errors; they fail later (codegen, or a newer rustc).`, { file: request.target }));
    }
  }
  if (!check.valid || (row.rustc && !row.rustc.accepted)) row.skipped = 'invalid spec';
}

/** Plan every row that is not skipped and write its cargo config. */
async function planRows(rows: readonly TargetRow[], req: MatrixPlanRequest, deps: MatrixPlanDeps, catalog: TargetCatalog, toolchain: string, findings: Finding[]): Promise<void> {
  const planOpts = {
    catalog,
    toolchain,
    allowBootstrap: req.allowBootstrap,
    runner: req.runner,
    commands: req.commands,
    configDir: req.configDir,
    env: req.env,
    warnEnvironment: false,
  };
  for (const row of rows) {
    if (row.skipped || !row.facts) continue;
    const specText = row.custom ? await deps.readText(path.resolve(req.workspace, row.request.target)) : undefined;
    row.planned = planTarget({ request: row.request, facts: row.facts, custom: row.custom, ...(specText !== undefined ? { specText } : {}), ...(row.check ? { check: row.check } : {}) }, planOpts);
    pushAll(findings, row.planned.findings);
  }
  // One batch; a path planned twice (a custom spec named like a built-in) ends with the later row's text.
  await deps.writeFiles(rows.flatMap((r) => (r.planned ? [[r.planned.entry.config, r.planned.config.text] as const] : [])));
}

/**
 * facts.json's text: the header fields indented, then one target per line — still one line to grep or diff
 * per target, at a tenth of the cost of indenting 320 targets' facts and entries (650 KB).
 */
export function factsJson(doc: ReturnType<typeof factsDocument>): string {
  return [...factsJsonPieces(doc)].join('');
}

/** factsJson's text as pieces written one after another (one per target): no 400 KB string is built. */
export function factsJsonPieces(doc: ReturnType<typeof factsDocument>): Iterable<string> {
  return jsonLines(doc, ['targets']);
}

/** facts.json: what the toolchain said about every target, and what became of it. */
export function factsDocument(toolchain: string, toolchainFrom: string, catalog: TargetCatalog, validate: ValidateLevel, rows: readonly TargetRow[]) {
  return {
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
}
