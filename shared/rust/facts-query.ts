/**
 * The one rustc call behind the target catalog (`--print sysroot --print all-target-specs-json
 * --print target-spec-json-schema`, RUSTC_BOOTSTRAP=1), kept apart from the code that reads its answer so an
 * action can start it before loading that code: rustc is most of build-target-matrix's wall time, and the
 * planner's chunk then loads while rustc prints. Small on purpose (no parser, no snapshot).
 */
import type { CommandResult, RunCommand } from '../io.js';
import { sysrootRustStd, type ReadBlocks, type RustStd } from './channel-manifest.js';
import type { ListDir, ReadText } from './facts.js';

export interface LoadCatalogOptions {
  /** Program to run (default `rustc`). */
  rustc?: string;
  /** The file that `rustc` stands for, run instead of it (rustup-direct.ts: the toolchain's rustc, not the proxy). */
  program?: string;
  /** rustup toolchain to ask (sets RUSTUP_TOOLCHAIN for the call). */
  toolchain?: string;
  /** Extra environment for the call. */
  env?: Record<string, string | undefined>;
  readText?: ReadText;
  /** The channel manifest read block by block (channel-manifest.ts) instead of as one text through readText. */
  readBlocks?: ReadBlocks;
  listDir?: ListDir;
  timeoutMs?: number;
}

/** What rustc answered, and the sysroot's files read while it was still printing the specs. */
export interface RustcAnswer {
  result: CommandResult;
  /** Read (and the manifest read through) as soon as rustc printed the sysroot (its first line); null when it never did. */
  early: { sysroot: string; rustStd: Promise<RustStd | undefined>; dirs: Promise<string[] | undefined> } | null;
  /** The options of the call, for the follow-up `rustc -vV`. */
  call: { env: Record<string, string | undefined>; timeoutMs: number };
}

/** Run the catalog's rustc call (once more without the schema printer for toolchains older than it). */
export async function queryRustc(run: RunCommand, opts: LoadCatalogOptions = {}): Promise<RustcAnswer> {
  const rustc = opts.rustc ?? 'rustc';
  const env: Record<string, string | undefined> = { ...opts.env, RUSTC_BOOTSTRAP: '1' };
  if (opts.toolchain) env.RUSTUP_TOOLCHAIN = opts.toolchain;
  const call = { env, timeoutMs: opts.timeoutMs ?? 120_000 };
  // rustc prints the sysroot first and the specs after: read the sysroot's files meanwhile. The specs are
  // parsed once rustc is done, with one JSON.parse: parsing them target by target as they arrived (an earlier
  // version) kept this process busy while the planner's code loaded, and rustc waited on a full pipe (the
  // action's whole run 6–13 ms slower, one more scavenge).
  let early: RustcAnswer['early'] = null;
  let head = '';
  const onStdout = (chunk: string) => {
    if (early || head.length > 4096) return;
    head += chunk;
    const nl = head.indexOf('\n');
    if (nl < 0) return;
    const sysroot = head.slice(0, nl).trim();
    early = {
      sysroot,
      rustStd: sysrootRustStd(sysroot, opts).catch(() => undefined),
      dirs: opts.listDir ? opts.listDir(`${sysroot}/lib/rustlib`).catch(() => undefined) : Promise.resolve(undefined),
    };
  };
  const base = ['-Z', 'unstable-options', '--print', 'sysroot', '--print', 'all-target-specs-json'];
  const program = opts.program ?? rustc;
  let result = await run(program, [...base, '--print', 'target-spec-json-schema'], { ...call, onStdout });
  // Toolchains older than the schema printer reject the whole call: ask again without it.
  if (result.code !== 0 && /target-spec-json-schema/.test(result.stderr)) {
    result = await run(program, base, call);
  }
  return { result, early, call };
}
