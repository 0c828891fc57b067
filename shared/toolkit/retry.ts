/**
 * Retry with exponential backoff and full jitter, bounded by attempts AND total time. Sleep, clock and
 * randomness are injectable so tests run instantly and deterministically.
 */
import type { Clock, Sleep } from '../io.js';

export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
export const realClock: Clock = () => performance.now();

export interface RetryOptions {
  /** Total attempts including the first (>= 1). */
  maxAttempts: number;
  /** Give up when the next wait would end after this many ms since the first attempt began. */
  maxTotalMs?: number;
  /** First backoff cap in ms; attempt n waits random(0, min(maxDelayMs, baseDelayMs * 2^(n-1))). */
  baseDelayMs: number;
  maxDelayMs?: number;
  /** Whether an error is worth another attempt (default: all). */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Server-provided wait (e.g. retry-after), used instead of the jittered one when larger. */
  retryAfterMs?: (error: unknown) => number | undefined;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  sleep?: Sleep;
  clock?: Clock;
  random?: () => number;
}

export class RetryError extends Error {
  override name = 'RetryError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly lastError: unknown,
    readonly elapsedMs: number,
  ) {
    super(message);
  }
}

/** The wait before attempt `attempt + 1` (full jitter). */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
  const start = clock();
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return await fn(attempt);
    } catch (error) {
      const elapsed = clock() - start;
      const why = error instanceof Error ? error.message : String(error);
      if (options.shouldRetry && !options.shouldRetry(error, attempt)) throw error;
      if (attempt >= maxAttempts) {
        throw new RetryError(`gave up after ${attempt} attempt(s) in ${Math.round(elapsed)} ms: ${why}`, attempt, error, elapsed);
      }
      let delay = backoffDelay(attempt, options.baseDelayMs, maxDelay, random);
      const serverWait = options.retryAfterMs?.(error);
      if (serverWait !== undefined && serverWait > delay) delay = serverWait;
      if (options.maxTotalMs !== undefined && elapsed + delay >= options.maxTotalMs) {
        throw new RetryError(
          `gave up after ${attempt} attempt(s): the next try would pass the ${options.maxTotalMs} ms limit: ${why}`,
          attempt,
          error,
          elapsed,
        );
      }
      options.onRetry?.({ attempt, delayMs: delay, error });
      await sleep(delay);
    }
  }
}
