/**
 * Paths that stay where they belong, also through symlinks. A check on the path as written is not enough: a
 * repository can commit `portage -> /home/runner/.ssh` or `serial.log -> ~/.bashrc`, and a write through it
 * lands outside. So: resolve the real path of the longest existing part (symlinks followed by the kernel's
 * own rules, via realpath) before confining, and write files without following a link at the last step.
 */
import path from 'node:path';
import { ConfigurationError } from '../io.js';

export { realPathOf, DanglingLinkError, isWithin, checkWithin, realPathWithin } from '../real-path.js';

/** A write refused because a symlink would carry it out of its directory: the user's tree to fix. */
export class PathEscapeError extends ConfigurationError {
  override name = 'PathEscapeError';
  constructor(
    readonly file: string,
    readonly root: string,
    readonly real?: string,
  ) {
    super(`refusing to write '${file}': ${real ? `a symbolic link leads it to '${real}', ` : ''}outside '${root}'`);
  }
}

/** What the user can do about a failed file operation, by errno. */
const FS_FIX: Record<string, string> = {
  ENOSPC: 'the disk is full: free space on the runner (or point RUNNER_TEMP and the output paths at a larger disk)',
  EDQUOT: 'the disk quota is used up: free space or raise the quota',
  EROFS: 'the file system is read-only: point RUNNER_TEMP and the output paths at a writable directory',
  EACCES: 'permission denied: make the directory writable for the runner user, or choose another path',
  EPERM: 'the operation is not permitted there: choose another path',
  ENOTDIR: 'a part of the path is a file, not a directory: remove it or choose another path',
  EISDIR: 'the path is a directory where a file is expected: choose a file path',
  ELOOP: 'the path is (or goes through) a symbolic link where none is allowed, or links loop: replace the link with a real directory or file',
  EEXIST: 'something already exists at the path: remove it or choose another path',
  EMFILE: 'too many open files: raise the open-file limit (ulimit -n)',
  ENAMETOOLONG: 'the path is too long: choose a shorter one',
};

/**
 * A failed file operation (a Node error with an errno code and a path) as one sentence naming the path and
 * what to do; undefined for anything else.
 */
export function fsProblem(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, path: p, syscall } = e as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !Object.hasOwn(FS_FIX, code)) return undefined;
  return `cannot ${syscall ?? 'write'}${typeof p === 'string' ? ` '${p}'` : ''} (${code}): ${FS_FIX[code]}.`;
}
