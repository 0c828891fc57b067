/** What git knows about a repository checkout, asked through the exec port (argument arrays, C locale). */
import type { RunCommand } from '../io.js';

/** git's stdout, or undefined when git fails (not a checkout, no such commit, timeout). */
export async function gitOut(run: RunCommand, cwd: string, args: readonly string[]): Promise<string | undefined> {
  const r = await run('git', ['-C', cwd, ...args], { env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, timeoutMs: 60_000 });
  return r.code === 0 ? r.stdout : undefined;
}

/** Whether the checkout has its full history (not shallow, and a git checkout at all): dates and removals can be read. */
export async function hasFullHistory(run: RunCommand, root: string): Promise<boolean> {
  const shallow = await gitOut(run, root, ['rev-parse', '--is-shallow-repository']);
  return shallow !== undefined && shallow.trim() === 'false';
}

/** The commit date (ISO 8601) of the commit that added `rel`, or undefined. */
export async function addedDate(run: RunCommand, root: string, rel: string): Promise<string | undefined> {
  return (await gitOut(run, root, ['log', '-1', '--diff-filter=A', '--format=%cI', '--', rel]))?.trim() || undefined;
}

/** The commit (and its date) that deleted `rel`, or undefined. */
export async function removedIn(run: RunCommand, root: string, rel: string): Promise<{ commit: string; date?: string } | undefined> {
  const out = (await gitOut(run, root, ['log', '-1', '--diff-filter=D', '--format=%H%x09%cI', '--', rel]))?.trim();
  if (!out) return undefined;
  const [commit, date] = out.split('\t');
  return { commit, ...(date ? { date } : {}) };
}
