/**
 * build-target-matrix's first step, startable before the planner's code is loaded: which toolchain the
 * repository asks for, and rustc asked for that toolchain's facts. rustc is most of the action's wall time;
 * the action starts this, then loads the planner (shared/rust/matrix-plan.ts) while rustc prints, and hands
 * the started step to planMatrix. Without it planMatrix starts the same step itself. It resolves as soon as
 * rustc has been spawned.
 */
import path from 'node:path';
import type { Finding } from '../finding.js';
import type { RunCommand } from '../io.js';
import type { ListDir, ReadText } from './facts.js';
import { queryRustc, type LoadCatalogOptions, type RustcAnswer } from './facts-query.js';
import { rustFindings } from './findings.js';
import { parseRustToolchain } from './toolchain-file.js';

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
}

export interface MatrixStart {
  toolchain: string;
  /** 'input', 'rust-toolchain.toml' or 'default'. */
  toolchainFrom: string;
  /** Findings of choosing the toolchain (an unusable channel). */
  findings: Finding[];
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
  const findings: Finding[] = [];
  const { toolchain, toolchainFrom } = await chooseToolchain(req, deps.readText, findings);
  const facts = queryRustc(rustcRunner(req, deps), toolchainFactsOptions(req, deps, toolchain));
  // awaited by the planner; a rejection before then is not unhandled
  facts.catch(() => undefined);
  return { toolchain, toolchainFrom, findings, facts };
}

/** The facts query for that toolchain, without letting rustup download it here (the planner reads its answer with the same options). */
export function toolchainFactsOptions(req: Pick<MatrixStartRequest, 'rustc'>, deps: Pick<MatrixStartDeps, 'readText' | 'listDir'>, toolchain: string): LoadCatalogOptions {
  return { readText: deps.readText, listDir: deps.listDir, rustc: req.rustc, toolchain, env: { RUSTUP_AUTO_INSTALL: '0' } };
}

/** The request's toolchain, else rust-toolchain.toml's channel (when it is a toolchain name), else stable. */
async function chooseToolchain(req: MatrixStartRequest, readText: ReadText, findings: Finding[]): Promise<{ toolchain: string; toolchainFrom: string }> {
  if (req.toolchain) return { toolchain: req.toolchain, toolchainFrom: 'input' };
  const file = path.join(req.workspace, 'rust-toolchain.toml');
  const text = (await readText(file)) ?? (await readText(path.join(req.workspace, 'rust-toolchain')));
  let channel = text !== undefined ? parseRustToolchain(text).toolchain.channel : null;
  // It becomes a rustup argument in every job: a name, never an option or anything else.
  if (channel !== null && !/^[A-Za-z0-9_.][A-Za-z0-9_.+-]*$/.test(channel)) {
    const line = text!.split('\n').findIndex((l) => /^\s*channel\s*=/.test(l)) + 1;
    findings.push(
      rustFindings.make('toolchain-invalid', `rust-toolchain.toml channel ${JSON.stringify(channel)} is not a toolchain name; using stable.`, {
        file: 'rust-toolchain.toml',
        ...(line > 0 ? { line } : {}),
        hint: 'Write a channel such as "stable", "1.95.0" or "nightly-2026-04-01", or set the toolchain input.',
      }),
    );
    channel = null;
  }
  return { toolchain: channel ?? 'stable', toolchainFrom: channel ? 'rust-toolchain.toml' : 'default' };
}
