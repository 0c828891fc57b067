/**
 * The rustc a rustup proxy would run for a toolchain, found without running the proxy. `rustc` on a rustup
 * install is rustup itself (a link to it under another name): every call first starts rustup, which reads its
 * settings and picks the toolchain (~20 ms here), then execs `<RUSTUP_HOME>/toolchains/<toolchain>/bin/rustc`.
 * build-target-matrix's one facts call runs that rustc directly when the answer is certain:
 *
 * - the `rustc` found on PATH is the rustup proxy (a symbolic link to `rustup`, or the same file as the
 *   `rustup` beside it, as rustup-init installs them);
 * - the toolchain is named (the call sets RUSTUP_TOOLCHAIN, which takes precedence over every override);
 * - exactly one installed toolchain directory is that name: the name itself (a full or custom name, e.g.
 *   `stable-x86_64-unknown-linux-gnu` or a linked `mytc`), or else the name followed by one host triple
 *   (`stable` → `stable-x86_64-unknown-linux-gnu`); two hosts' toolchains of one channel are left to rustup;
 * - that directory has `bin/rustc`.
 *
 * Otherwise undefined, and the proxy runs as before. Synchronous file-system calls only (a few stat and one
 * directory listing): it runs before rustc starts.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';

export interface RustupEnv {
  PATH?: string;
  HOME?: string;
  RUSTUP_HOME?: string;
}

/** The toolchain's own rustc for `program` (as named on PATH) under `toolchain`, when certain; else undefined. */
export function directRustc(program: string, toolchain: string, env: RustupEnv): string | undefined {
  try {
    if (program !== 'rustc' || !/^[A-Za-z0-9_.][A-Za-z0-9_.+-]*$/.test(toolchain)) return undefined;
    const proxy = onPath(program, env.PATH ?? '');
    if (!proxy || !isRustupProxy(proxy)) return undefined;
    const home = env.RUSTUP_HOME || (env.HOME ? path.join(env.HOME, '.rustup') : undefined);
    if (!home) return undefined;
    const toolchains = path.join(home, 'toolchains');
    const names = readdirSync(toolchains);
    const exact = names.includes(toolchain) ? [toolchain] : [];
    // `<name>-<arch>-<vendor>-<os>[-<env>]`: the name with a host triple after it (three or four parts)
    const hosted = names.filter((n) => n.startsWith(`${toolchain}-`) && /^[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+){2,3}$/.test(n.slice(toolchain.length + 1)));
    const candidates = exact.length ? exact : hosted;
    if (candidates.length !== 1) return undefined;
    const rustc = path.join(toolchains, candidates[0]!, 'bin', 'rustc');
    return statSync(rustc).isFile() ? rustc : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first `name` in PATH's directories (what execvp would run). A relative entry before it (the working
 * directory's own programs) leaves the answer to execvp: undefined.
 */
function onPath(name: string, pathVar: string): string | undefined {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!path.isAbsolute(dir)) return undefined;
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** A symbolic link whose target is named `rustup`, or the same file as the `rustup` in its directory. */
function isRustupProxy(p: string): boolean {
  const st = lstatSync(p);
  if (st.isSymbolicLink()) return path.basename(readlinkSync(p)) === 'rustup';
  const rustup = path.join(path.dirname(p), 'rustup');
  if (!existsSync(rustup)) return false;
  const a = statSync(p);
  const b = statSync(rustup);
  return a.ino === b.ino && a.dev === b.dev;
}
