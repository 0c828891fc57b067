/**
 * Types for the outside world that domain functions take as parameters (so tests pass a real local one or
 * a fake). The toolkit provides the real implementations: `shared/toolkit/exec.ts` (`runCommand`) and
 * `shared/toolkit/retry.ts` (`realSleep`, `realClock`).
 */
export interface CommandOptions {
  cwd?: string;
  /** Extra environment variables (merged over process.env unless `replaceEnv`). */
  env?: Record<string, string | undefined>;
  replaceEnv?: boolean;
  /** Kill the child's whole process group after this many milliseconds. */
  timeoutMs?: number;
  /** Text written to the child's stdin. */
  input?: string;
  /** Called with each chunk of stdout as it arrives. */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Stop capturing after this many bytes per stream (the child keeps running). Default 64 MiB. */
  maxBuffer?: number;
  /** Aborting kills the child's whole process group at once (a started call whose answer is no longer wanted). */
  signal?: AbortSignal;
}

export interface CommandResult {
  /** Exit code; null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Wall time in milliseconds. */
  durationMs: number;
}

/** Run a program with an argument array. Never a shell string. Resolves (does not reject) on non-zero exit. */
export type RunCommand = (file: string, args: readonly string[], options?: CommandOptions) => Promise<CommandResult>;

/** A git checkout to create or refresh; the toolkit's `syncCheckout` makes it (retries, atomic swap). */
export interface CheckoutSpec {
  uri: string;
  /** Branch, tag or full commit SHA; default: the remote's HEAD. */
  ref?: string;
  dest: string;
  /** Shallow depth; 0 = full history. Default 1. */
  depth?: number;
}

export interface CheckoutResult {
  path: string;
  commit: string;
  attempts: number;
  /** Whether an existing checkout was replaced. */
  replaced: boolean;
}

export type Sleep = (ms: number) => Promise<void>;
/** Milliseconds, monotonic enough for timeouts. */
export type Clock = () => number;

/** What the user must fix (bad input, bad config) as opposed to an internal bug. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** A user error about one input: names the input and the expected form. */
export class InputError extends ConfigurationError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly expected: string,
    readonly got?: string,
  ) {
    super(`input '${input}': expected ${expected}${got === undefined ? '' : `, got '${got.length > 120 ? `${got.slice(0, 120)}…` : got}'`}`);
  }
}
