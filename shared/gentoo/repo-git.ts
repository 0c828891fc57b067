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

/** What the drift asks of a checkout's history: when each file was added, and which commit removed each path. */
export interface HistoryQuestions {
  /** Files (relative to the checkout): the date of the newest commit that added each. */
  added: Iterable<string>;
  /** Files or directories: the newest commit that deleted each (for a directory, a file under it). */
  removed: Iterable<string>;
}

export interface HistoryAnswers {
  /** Commit date (ISO 8601) by file; a file git never saw added is absent. */
  added: Map<string, string>;
  removed: Map<string, { commit: string; date?: string }>;
}

/**
 * Every question of {@link HistoryQuestions} answered by one walk of the history, newest commit first
 * (`git log --diff-filter=AD --name-status` limited to the paths asked about), as `git log -1 --diff-filter=A|D
 * -- <path>` answers each; the walk stops once each has its answer. One `git log` per question walked the whole
 * history for every path never deleted (an overlay's own package, an ebuild upstream never had): with a full
 * clone, N walks of ~1 s per 20,000 commits (::gentoo has over a million). The walk has the same time limit as
 * any git call here; what it found before the limit is kept, and a question it did not reach stays unanswered
 * (no evidence, as when the checkout has no history).
 */
export async function readHistory(run: RunCommand, root: string, questions: HistoryQuestions): Promise<HistoryAnswers> {
  const answers: HistoryAnswers = { added: new Map(), removed: new Map() };
  const added = new Set(questions.added);
  const removed = new Set(questions.removed);
  if (added.size === 0 && removed.size === 0) return answers;
  // A deleted file answers for itself and for each directory above it that was asked about.
  const removedFor = (file: string): string[] => {
    const out: string[] = [];
    for (let at = file.length; at > 0; at = file.lastIndexOf('/', at - 1)) {
      const p = file.slice(0, at);
      if (removed.has(p) && !answers.removed.has(p)) out.push(p);
    }
    return out;
  };
  let left = added.size + removed.size;
  const stop = new AbortController();
  // -z: paths exactly as stored (no quoting); %x01 starts a commit, whose header ends at a NUL and is followed by
  // `<status>\0<path>\0` pairs (the first status after a newline).
  let tail = '';
  let commit: { commit: string; date?: string } | undefined;
  let status = '';
  const token = (t: string) => {
    if (t.charCodeAt(0) === 1) {
      const [hash = '', date = ''] = t.slice(1).split('\t');
      commit = { commit: hash, ...(date ? { date } : {}) };
      status = '';
      return;
    }
    if (status === '') {
      status = t.trim();
      return;
    }
    const file = t;
    if (commit && status === 'A' && added.has(file) && !answers.added.has(file) && commit.date) {
      answers.added.set(file, commit.date);
      left--;
    } else if (commit && status === 'D') {
      for (const p of removedFor(file)) {
        answers.removed.set(p, commit);
        left--;
      }
    }
    status = '';
    if (left === 0) stop.abort();
  };
  const onStdout = (chunk: string) => {
    if (left === 0) return;
    const parts = (tail + chunk).split('\0');
    tail = parts.pop()!;
    for (const t of parts) if (left > 0) token(t);
  };
  const paths = [...new Set([...added, ...removed])];
  await run(
    'git',
    ['--literal-pathspecs', '-C', root, 'log', '--no-renames', '--diff-filter=AD', '--name-status', '-z', '--format=%x01%H%x09%cI', '--', ...paths],
    { env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, timeoutMs: 60_000, onStdout, signal: stop.signal, maxBuffer: 0 },
  );
  return answers;
}
