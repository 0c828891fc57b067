/**
 * The base lockfile of a pull request: `git show <rev>:./<path>` in the checkout (argument arrays only). A
 * shallow checkout (actions/checkout's default depth 1) lacks the base commit: fetch just that commit once and
 * try again. A lockfile that does not exist at the base means the pull request introduces it.
 */
import type { RunCommand } from '../../shared/io.js';

export type BaseLockText =
  | { status: 'found'; text: string; from: string }
  /** The revision exists but has no such file: every crate is new. */
  | { status: 'absent'; from: string }
  /** Neither the revision nor a fetch of it worked; the audit runs without a comparison. */
  | { status: 'unavailable'; reason: string };

const MISSING_PATH = /does not exist in|exists on disk, but not in|path '.*' does not exist/i;

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

export async function readBaseLockfileAtRef(
  run: RunCommand,
  options: { cwd: string; rev: string; path: string; remote?: string; timeoutMs?: number; env?: Record<string, string | undefined> },
): Promise<BaseLockText> {
  const rel = options.path.replace(/^\.\//, '');
  const from = `git show ${options.rev}:./${rel}`;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const git = (args: string[]) => run('git', args, { cwd: options.cwd, timeoutMs, maxBuffer: 256 * 1024 * 1024, ...(options.env ? { env: options.env } : {}) });
  // `git show <missing-commit>:<path>` says "path does not exist", so check the commit exists first.
  const hasCommit = async (rev: string) => (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).code === 0;

  let commit = options.rev;
  let fetched = false;
  if (!(await hasCommit(commit))) {
    const top = await git(['rev-parse', '--git-dir']);
    if (top.code !== 0) return { status: 'unavailable', reason: `${options.cwd} is not a git checkout (${firstLine(top.stderr) || `exit ${top.code}`}); pass base-lockfile instead` };
    // Shallow checkout: fetch only the base commit (GitHub serves any reachable commit by SHA).
    const remote = options.remote ?? 'origin';
    const f = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, options.rev]);
    if (f.code !== 0 || !(await hasCommit('FETCH_HEAD'))) {
      return {
        status: 'unavailable',
        reason: `${options.rev} is not in the checkout and \`git fetch ${remote} ${options.rev}\` failed (${firstLine(f.stderr) || `exit ${f.code}`}); use fetch-depth: 0 or pass base-lockfile`,
      };
    }
    commit = 'FETCH_HEAD';
    fetched = true;
  }
  const r = await git(['show', `${commit}:./${rel}`]);
  const where = fetched ? `${from} (after fetching ${options.rev})` : from;
  if (r.code === 0) return { status: 'found', text: r.stdout, from: where };
  if (MISSING_PATH.test(r.stderr)) return { status: 'absent', from: where };
  return { status: 'unavailable', reason: `${where} failed: ${firstLine(r.stderr) || `exit ${r.code}`}` };
}
