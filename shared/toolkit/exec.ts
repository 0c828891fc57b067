/**
 * Run external programs with argument arrays only (never a shell string). Each child gets its own process
 * group so a timeout kills the child and everything it started — and nothing else.
 */
import { spawn } from 'node:child_process';
import type { CommandOptions, CommandResult, RunCommand } from '../io.js';
import { isChildSecret } from '../child-env.js';

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;
const KILL_GRACE_MS = 2000;

export const runCommand: RunCommand = (file, args, options: CommandOptions = {}) =>
  new Promise<CommandResult>((resolve) => {
    if (typeof file !== 'string' || file.length === 0) throw new TypeError('runCommand: file must be a program name');
    if (!Array.isArray(args)) throw new TypeError('runCommand: args must be an array');
    const started = Date.now();
    // A child never inherits the inputs, tokens or the runner's command files this process holds (what it is
    // given in options.env it gets).
    const env = options.replaceEnv ? { ...options.env } : { ...inheritable(process.env), ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    let graceTimer: NodeJS.Timeout | undefined;

    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
      shell: false,
      detached: true, // own process group: we can signal -pid without touching our own group
      // No input: the child reads end-of-file from /dev/null (a third pipe would cost a socket of its own).
      stdio: [options.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });

    // Listened to first: a spawn that fails before its pipes exist (EMFILE: no file descriptor left) has no
    // stdout or stderr to read, and reports only through 'error' — a result (127), not an unhandled event.
    child.on('error', (err) => finish(null, null, err));
    child.on('close', (code, signal) => finish(code, signal));

    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // group already gone
      }
    };

    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      if (stdout.length < maxBuffer) stdout += chunk.slice(0, maxBuffer - stdout.length);
      options.onStdout?.(chunk);
    });
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < maxBuffer) stderr += chunk.slice(0, maxBuffer - stderr.length);
      options.onStderr?.(chunk);
    });
    if (options.input !== undefined && child.stdin) {
      child.stdin.on('error', () => {
        // the child may exit before reading its input
      });
      child.stdin.end(options.input);
    }

    const onAbort = () => killGroup('SIGKILL');
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
      killTimer = setTimeout(() => {
        timedOut = true;
        killGroup('SIGTERM');
        graceTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
      }, options.timeoutMs);
    }

    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
      if (settled) return;
      settled = true;
      if (killTimer) clearTimeout(killTimer);
      if (graceTimer) clearTimeout(graceTimer);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever the child left behind in its group goes with it.
      if (timedOut) killGroup('SIGKILL');
      if (spawnError) stderr += `${stderr && !stderr.endsWith('\n') ? '\n' : ''}${spawnError.message}`;
      resolve({ code: spawnError ? 127 : code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
    };
  });

function inheritable(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!isChildSecret(k)) out[k] = v;
  return out;
}

/** Run and throw a readable error (program, args, exit, stderr tail) unless it exited 0. */
export async function runChecked(file: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult> {
  const r = await runCommand(file, args, options);
  if (r.code !== 0) throw new CommandError(file, args, r);
  return r;
}

export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly result: CommandResult,
  ) {
    const how = result.timedOut
      ? `timed out after ${result.durationMs} ms`
      : result.signal
        ? `was killed by ${result.signal}`
        : `exited with ${result.code}`;
    const tail = result.stderr.trim().split('\n').slice(-5).join('\n');
    super(`${file} ${args.join(' ')} ${how}${tail ? `: ${tail}` : ''}`);
  }
}
