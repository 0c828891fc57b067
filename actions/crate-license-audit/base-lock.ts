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
const MISSING_REV = /invalid object name|bad revision|unknown revision|not a valid object name|bad object|ambiguous argument/i;

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

export async function readBaseLockfileAtRef(
  run: RunCommand,
  options: { cwd: string; rev: string; path: string; remote?: string; timeoutMs?: number },
): Promise<BaseLockText> {
  const spec = `${options.rev}:./${options.path.replace(/^\.\//, '')}`;
  const from = `git show ${spec}`;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const show = () => run('git', ['show', spec], { cwd: options.cwd, timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  let r = await show();
  if (r.code === 0) return { status: 'found', text: r.stdout, from };
  if (MISSING_PATH.test(r.stderr)) return { status: 'absent', from };
  if (!MISSING_REV.test(r.stderr)) return { status: 'unavailable', reason: `${from} failed: ${firstLine(r.stderr) || `exit ${r.code}`}` };

  // Shallow checkout: fetch only the base commit (GitHub serves any reachable commit by SHA).
  const remote = options.remote ?? 'origin';
  const f = await run('git', ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, options.rev], { cwd: options.cwd, timeoutMs });
  if (f.code !== 0) {
    return {
      status: 'unavailable',
      reason: `${options.rev} is not in the checkout and \`git fetch ${remote} ${options.rev}\` failed (${firstLine(f.stderr) || `exit ${f.code}`}); use fetch-depth: 0 or pass base-lockfile`,
    };
  }
  r = await run('git', ['show', `FETCH_HEAD:./${options.path.replace(/^\.\//, '')}`], { cwd: options.cwd, timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  if (r.code === 0) return { status: 'found', text: r.stdout, from: `${from} (after fetching ${options.rev})` };
  if (MISSING_PATH.test(r.stderr)) return { status: 'absent', from };
  return { status: 'unavailable', reason: `${from} failed after fetching it: ${firstLine(r.stderr) || `exit ${r.code}`}` };
}
