/**
 * Real paths, for confinement that also holds through symlinks (a repository can commit `portage -> /home/runner/.ssh`
 * or `vendor/foo/Cargo.toml -> /proc/self/environ`). Plain node, no toolkit: the toolkit's write checks
 * (toolkit/paths.ts re-exports these) and domain code that reads files from a pull request's checkout
 * (shared/cargo/license-sources.ts) share it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './io.js';

/**
 * The path the kernel would reach: the deepest existing ancestor resolved with realpath, the rest appended.
 * A dangling symlink on the way counts as existing (its target is where a write would go): it is refused.
 */
export function realPathOf(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      const real = realpathSync.native(cur);
      return rest.length ? path.join(real, ...rest.reverse()) : real;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isSymlink(cur)) throw new DanglingLinkError(cur);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

export class DanglingLinkError extends ConfigurationError {
  override name = 'DanglingLinkError';
  constructor(readonly link: string) {
    super(`'${link}' is a symbolic link to something that does not exist`);
  }
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `p` is `root` or below it (both absolute, already real). */
export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where `p` may go among `roots`: the first root it lies in lexically must also hold its real path. Returns
 * `{ ok: true }`, or why not (`outside` lexically, or `escapes` through a link to `real`).
 */
export function checkWithin(
  p: string,
  roots: readonly string[],
): { ok: true; real: string } | { ok: false; why: 'outside' } | { ok: false; why: 'escapes'; real: string } {
  const abs = path.resolve(p);
  const real = realPathOf(abs);
  const realRoots = roots.map((r) => realPathOf(r));
  if (!roots.some((r) => isWithin(path.resolve(r), abs)) && !realRoots.some((r) => isWithin(r, abs))) return { ok: false, why: 'outside' };
  if (!realRoots.some((r) => isWithin(r, real))) return { ok: false, why: 'escapes', real };
  return { ok: true, real };
}

/**
 * Where an existing file or directory really is, and whether that is inside one of `realRoots` (real paths).
 * Undefined when it does not exist (or is a dangling link): there is nothing to read.
 */
export function realPathWithin(p: string, realRoots: readonly string[]): { real: string; within: boolean } | undefined {
  let real: string;
  try {
    real = realpathSync.native(p);
  } catch {
    return undefined;
  }
  return { real, within: realRoots.some((r) => isWithin(r, real)) };
}
