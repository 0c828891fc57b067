/**
 * octokit with retry + throttling: loaded on first use (github.ts), so a run that never talks to the GitHub
 * API does not load and evaluate octokit at start-up.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

export const RetryingOctokit = Octokit.plugin(retry, throttling);

/**
 * One of plugin-throttling's limiters on another time scale: one job at a time, starts at least `minTimeMs`
 * apart (GitHub asks for a second between writes, more for writes that notify: the plugin's defaults). Tests
 * run the client on a millisecond time base (RDA_GITHUB_RETRY_BASE_MS), so a test that writes ten comments
 * does not wait thirty seconds.
 */
/** Only what the plugin calls: `write.key(id).schedule(options, job)`. */
type WriteGroup = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

export function spacedWrites(minTimeMs: number): WriteGroup {
  let queue: Promise<unknown> = Promise.resolve();
  let lastStart = -Infinity;
  const limiter = {
    schedule<T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const run = queue.then(async () => {
        const wait = lastStart + minTimeMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        lastStart = Date.now();
        return job(...args);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter } as unknown as WriteGroup;
}
