/**
 * build-target-matrix's first step, startable before the planner's code is loaded: which toolchain the
 * repository asks for, and rustc asked for that toolchain's facts. rustc is most of the action's wall time;
 * the action starts this, then loads the planner (shared/rust/matrix-plan.ts) while rustc prints, and hands
 * the started step to planMatrix. Without it planMatrix starts the same step itself. It resolves as soon as
 * rustc has been spawned.
 */
import path from 'node:path';
import type { RunCommand } from '../io.js';
import type { ReadBlocks } from './channel-manifest.js';
import type { ListDir, ReadText } from './facts.js';
import { queryRustc, type LoadCatalogOptions, type RustcAnswer } from './facts-query.js';

export interface MatrixStartRequest {
  /** undefined: rust-toolchain.toml's channel, else stable. */
  toolchain?: string;
  /** The repository checkout, where rust-toolchain.toml lives. */
  workspace: string;
  /** rustc program (tests point it elsewhere). */
  rustc: string;
  /** rustc's working directory. */
  tempDir: string;
}

export interface MatrixStartDeps {
  exec: RunCommand;
  readText: ReadText;
  listDir: ListDir;
  /** The channel manifest read block by block (else through readText). */
  readBlocks?: ReadBlocks;
  /** The toolchain's own rustc for the `rustc` program, when certain (rustup-direct.ts); else the program runs. */
  directRustc?: (rustc: string, toolchain: string) => string | undefined;
}

export interface MatrixStart {
  toolchain: string;
  /** 'input', 'rust-toolchain.toml' or 'default'. */
  toolchainFrom: string;
  /**
   * rust-toolchain.toml's channel when it is not a toolchain name (stable is used instead), and its line; the
   * planner makes the finding (its catalog of findings is not loaded before rustc starts).
   */
  invalidChannel?: { channel: string; line?: number };
  /** rustc's answer for that toolchain (without letting rustup download it here). */
  facts: Promise<RustcAnswer>;
}

/**
 * rustc runs outside the workspace: rustup would otherwise pick the repository's rust-toolchain.toml for the
 * default-rustc fallback (a toolchain not installed: no facts at all; `path = …`: the repository's own rustc).
 */
export function rustcRunner(req: Pick<MatrixStartRequest, 'tempDir'>, deps: Pick<MatrixStartDeps, 'exec'>): RunCommand {
  return (file, args, options) => deps.exec(file, args, { ...options, cwd: options?.cwd ?? req.tempDir });
}

export async function startMatrix(req: MatrixStartRequest, deps: MatrixStartDeps): Promise<MatrixStart> {
  const chosen = await chooseToolchain(req, deps.readText);
  // rustup's proxy skipped when the toolchain's rustc is certain (the same rustc, ~20 ms sooner).
  const program = deps.directRustc?.(req.rustc, chosen.toolchain);
  const facts = queryRustc(rustcRunner(req, deps), { ...toolchainFactsOptions(req, deps, chosen.toolchain), ...(program ? { program } : {}) });
  // awaited by the planner; a rejection before then is not unhandled
  facts.catch(() => undefined);
  return { ...chosen, facts };
}

/** Whether a step started for `a` answers for `b` (everything startMatrix reads from its request). */
export function sameStart(a: MatrixStartRequest, b: MatrixStartRequest): boolean {
  return a.toolchain === b.toolchain && a.workspace === b.workspace && a.rustc === b.rustc && a.tempDir === b.tempDir;
}

/** The facts query for that toolchain, without letting rustup download it here (the planner reads its answer with the same options). */
export function toolchainFactsOptions(req: Pick<MatrixStartRequest, 'rustc'>, deps: Pick<MatrixStartDeps, 'readText' | 'listDir' | 'readBlocks'>, toolchain: string): LoadCatalogOptions {
  return { readText: deps.readText, listDir: deps.listDir, ...(deps.readBlocks ? { readBlocks: deps.readBlocks } : {}), rustc: req.rustc, toolchain, env: { RUSTUP_AUTO_INSTALL: '0' } };
}

/** The request's toolchain, else rust-toolchain.toml's channel (when it is a toolchain name), else stable. */
async function chooseToolchain(req: MatrixStartRequest, readText: ReadText): Promise<Omit<MatrixStart, 'facts'>> {
  if (req.toolchain) return { toolchain: req.toolchain, toolchainFrom: 'input' };
  const file = path.join(req.workspace, 'rust-toolchain.toml');
  const text = (await readText(file)) ?? (await readText(path.join(req.workspace, 'rust-toolchain')));
  // The TOML parser loads only for a repository that has the file.
  const channel = text !== undefined ? (await import('./toolchain-file.js')).parseRustToolchain(text).toolchain.channel : null;
  // It becomes a rustup argument in every job: a name, never an option or anything else.
  if (channel !== null && !/^[A-Za-z0-9_.][A-Za-z0-9_.+-]*$/.test(channel)) {
    const line = text!.split('\n').findIndex((l) => /^\s*channel\s*=/.test(l)) + 1;
    return { toolchain: 'stable', toolchainFrom: 'default', invalidChannel: { channel, ...(line > 0 ? { line } : {}) } };
  }
  return { toolchain: channel ?? 'stable', toolchainFrom: channel ? 'rust-toolchain.toml' : 'default' };
}
