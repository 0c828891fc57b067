/** The GitHub client's write spacing on another time base (tests use milliseconds where GitHub wants seconds). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spacedWrites } from '../../shared/toolkit/octokit.js';

afterEach(() => vi.useRealTimers());

describe('spacedWrites', () => {
  it('runs one job at a time, each start at least minTime after the previous one, in order', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const limiter = spacedWrites(300).key('x');
    const starts: [string, number][] = [];
    const job = (name: string) => async () => {
      starts.push([name, Date.now()]);
      return name;
    };
    const all = Promise.all(['a', 'b', 'c'].map((n) => limiter.schedule({}, job(n))));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await all).toEqual(['a', 'b', 'c']);
    expect(starts).toEqual([
      ['a', 1_000_000],
      ['b', 1_000_300],
      ['c', 1_000_600],
    ]);
  });

  it('a job that fails does not stop the ones after it', async () => {
    const limiter = spacedWrites(1).key('x');
    const failed = limiter.schedule({}, async () => {
      throw new Error('boom');
    });
    const next = limiter.schedule({}, async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });
});
