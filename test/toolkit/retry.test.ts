import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, retry, RetryError } from '../../shared/toolkit/retry.js';

function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
    sleeps,
  };
}

describe('retry', () => {
  it('returns the first success and sleeps between failures', async () => {
    const t = fakeTime();
    let calls = 0;
    const v = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`boom ${calls}`);
        return 'ok';
      },
      { maxAttempts: 5, baseDelayMs: 100, sleep: t.sleep, clock: t.clock, random: () => 0.5 },
    );
    expect(v).toBe('ok');
    expect(calls).toBe(3);
    // full jitter: random * min(max, base * 2^(n-1)) -> 50, 100
    expect(t.sleeps).toEqual([50, 100]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const t = fakeTime();
    let calls = 0;
    const err = await retry(
      async () => {
        calls++;
        throw new Error('always');
      },
      { maxAttempts: 4, baseDelayMs: 10, sleep: t.sleep, clock: t.clock, random: () => 1 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryError);
    expect((err as RetryError).attempts).toBe(4);
    expect((err as RetryError).message).toMatch(/gave up after 4 attempt/);
    expect(calls).toBe(4);
    expect(t.sleeps).toHaveLength(3);
  });

  it('stops before a wait that would pass maxTotalMs', async () => {
    const t = fakeTime();
    let calls = 0;
    const err = await retry(
      async () => {
        calls++;
        t.advance(400); // each attempt takes 400 ms of fake time
        throw new Error('slow failure');
      },
      { maxAttempts: 100, maxTotalMs: 2000, baseDelayMs: 1000, sleep: t.sleep, clock: t.clock, random: () => 1 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryError);
    expect((err as Error).message).toMatch(/2000 ms limit/);
    expect(t.clock()).toBeLessThanOrEqual(2000);
    expect(calls).toBeLessThan(100);
  });

  it('does not retry when the predicate says no', async () => {
    let calls = 0;
    const err = await retry(
      async () => {
        calls++;
        throw Object.assign(new Error('bad request'), { status: 400 });
      },
      { maxAttempts: 5, baseDelayMs: 1, shouldRetry: (e) => (e as { status: number }).status >= 500 },
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect((err as Error).message).toBe('bad request');
  });

  it('honours a longer server-provided wait', async () => {
    const t = fakeTime();
    let calls = 0;
    await retry(
      async () => {
        if (++calls === 1) throw Object.assign(new Error('429'), { retryAfter: 5000 });
        return 1;
      },
      { maxAttempts: 3, baseDelayMs: 10, sleep: t.sleep, clock: t.clock, retryAfterMs: (e) => (e as { retryAfter: number }).retryAfter },
    );
    expect(t.sleeps).toEqual([5000]);
  });

  it('backoff delays stay within [0, min(max, base*2^(n-1)))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (n, base, max, r) => {
        const d = backoffDelay(n, base, max, () => r);
        return d >= 0 && d <= Math.min(max, base * 2 ** (n - 1));
      }),
    );
  });
});
