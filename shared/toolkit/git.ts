/**
 * Git checkouts that never leave a half-synced tree: clone into a temporary sibling with retries and
 * backoff, then swap it into place. On final failure the previous checkout is untouched.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckoutResult, CheckoutSpec, Clock, RunCommand, Sleep } from '../io.js';
import { redactText, redactUri } from '../redact.js';
import { retry, RetryError } from './retry.js';

export type { CheckoutSpec };

export interface SyncOptions {
  run: RunCommand;
  attempts: number;
  baseDelayMs: number;
  maxTotalMs: number;
  /** Each git invocation is killed after this long (a stalled remote). */
  attemptTimeoutMs?: number;
  sleep?: Sleep;
  clock?: Clock;
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export type SyncResult = CheckoutResult;

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '',
  GCM_INTERACTIVE: 'never',
  LC_ALL: 'C',
};

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

async function git(run: RunCommand, args: string[], timeoutMs?: number, cwd?: string): Promise<string> {
  const r = await run('git', args, { env: GIT_ENV, ...(timeoutMs ? { timeoutMs } : {}), ...(cwd ? { cwd } : {}) });
  if (r.code !== 0) {
    const why = r.timedOut ? `timed out after ${r.durationMs} ms` : `exit ${r.code ?? r.signal}`;
    // git echoes remote URLs (and a remote's error body): never their credentials.
    const tail = redactText(r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | '));
    throw new Error(`git ${args[0]} ${why}${tail ? `: ${tail}` : ''}`);
  }
  return r.stdout;
}

export async function gitHead(run: RunCommand, dir: string): Promise<string> {
  return (await git(run, ['-C', dir, 'rev-parse', 'HEAD'])).trim();
}

/** The commit a ref points at on the remote (for cache keys), or undefined when it cannot be resolved. */
export async function lsRemote(run: RunCommand, uri: string, ref = 'HEAD', timeoutMs?: number): Promise<string | undefined> {
  if (SHA_RE.test(ref)) return ref.toLowerCase();
  const out = await git(run, ['ls-remote', '--', uri, ref], timeoutMs);
  const line = out.split('\n').find((l) => l.trim());
  return line?.split(/\s+/)[0];
}

async function cloneOnce(spec: CheckoutSpec, tmp: string, opts: SyncOptions): Promise<string> {
  await rm(tmp, { recursive: true, force: true });
  const depth = spec.depth ?? 1;
  const ref = spec.ref;
  if (ref && SHA_RE.test(ref)) {
    // A commit cannot be cloned by name: init, fetch that commit, check it out.
    await git(opts.run, ['init', '-q', tmp], opts.attemptTimeoutMs);
    await git(opts.run, ['-C', tmp, 'remote', 'add', 'origin', '--', spec.uri], opts.attemptTimeoutMs);
    await git(opts.run, ['-C', tmp, 'fetch', '-q', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', ref], opts.attemptTimeoutMs);
    await git(opts.run, ['-C', tmp, 'checkout', '-q', '--detach', 'FETCH_HEAD'], opts.attemptTimeoutMs);
  } else {
    const args = ['clone', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), ...(ref ? ['--branch', ref] : []), '--', spec.uri, tmp];
    await git(opts.run, args, opts.attemptTimeoutMs);
  }
  return gitHead(opts.run, tmp);
}

function sibling(dest: string, kind: 'sync' | 'old'): string {
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${kind}-${randomBytes(4).toString('hex')}`);
}

/**
 * What a killed run left beside `dest`: a half clone (`.name.sync-*`) is removed; the previous checkout moved
 * aside (`.name.old-*`) is put back when `dest` is missing (a kill between the two renames), else removed.
 * Names of older versions (`name.sync-*`, `name.old-*`) count too.
 */
async function recoverLeftovers(dest: string): Promise<void> {
  const dir = path.dirname(dest);
  const base = path.basename(dest);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const of = (kind: string) =>
    names.filter((n) => {
      const rest = [`.${base}.${kind}-`, `${base}.${kind}-`].find((p) => n.startsWith(p));
      return rest !== undefined && /^[0-9a-f]{8}$/.test(n.slice(rest.length));
    });
  for (const n of of('sync')) await rm(path.join(dir, n), { recursive: true, force: true });
  const olds = of('old');
  if (olds.length && !existsSync(dest)) {
    const withTime = await Promise.all(olds.map(async (n) => ({ n, t: (await stat(path.join(dir, n))).mtimeMs })));
    const newest = withTime.sort((a, b) => b.t - a.t)[0]!.n;
    await rename(path.join(dir, newest), dest);
    olds.splice(olds.indexOf(newest), 1);
  }
  for (const n of olds) await rm(path.join(dir, n), { recursive: true, force: true });
}

/**
 * Clone `spec.uri` at `spec.ref` into `spec.dest`. Retries with full-jitter backoff within `maxTotalMs`.
 * The new tree is built beside dest and swapped in only when complete.
 */
export async function syncCheckout(spec: CheckoutSpec, opts: SyncOptions): Promise<SyncResult> {
  if (spec.uri.startsWith('-')) throw new Error(`repository uri '${redactUri(spec.uri).shown}' must not start with '-'`);
  if (spec.ref !== undefined && (spec.ref.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(spec.ref))) {
    throw new Error(`ref '${spec.ref}' is not a valid branch, tag or commit`);
  }
  const dest = path.resolve(spec.dest);
  await recoverLeftovers(dest);
  // Only a previous checkout may be replaced: never a directory the user keeps something else in.
  if (existsSync(dest) && !existsSync(path.join(dest, '.git')) && (await readdir(dest)).length > 0) {
    throw new Error(`refusing to replace '${dest}': it exists, is not empty and is not a git checkout`);
  }
  await mkdir(path.dirname(dest), { recursive: true });
  // Hidden siblings: a reader listing the parent (Portage's repos dir) never mistakes one for a repository.
  const tmp = sibling(dest, 'sync');
  let attempts = 0;
  let commit: string;
  try {
    commit = await retry(
      async (attempt) => {
        attempts = attempt;
        return cloneOnce(spec, tmp, opts);
      },
      {
        maxAttempts: opts.attempts,
        baseDelayMs: opts.baseDelayMs,
        maxTotalMs: opts.maxTotalMs,
        ...(opts.sleep ? { sleep: opts.sleep } : {}),
        ...(opts.clock ? { clock: opts.clock } : {}),
        ...(opts.random ? { random: opts.random } : {}),
        ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
      },
    );
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    const msg = e instanceof RetryError ? e.message : e instanceof Error ? e.message : String(e);
    const { shown, secrets } = redactUri(spec.uri);
    const why = secrets.reduce((t, x) => t.split(x).join('***'), msg);
    throw new Error(`could not sync ${shown}${spec.ref ? `@${spec.ref}` : ''}: ${why}${existsSync(dest) ? ' (the previous checkout was kept)' : ''}`);
  }
  const replaced = existsSync(dest);
  if (replaced) {
    const old = sibling(dest, 'old');
    await rename(dest, old);
    try {
      await rename(tmp, dest);
    } catch (e) {
      await rename(old, dest); // put the previous checkout back
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    await rm(old, { recursive: true, force: true });
  } else {
    await rename(tmp, dest);
  }
  return { path: dest, commit, attempts, replaced };
}
