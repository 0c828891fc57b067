/** Fail-soft cache: trouble with the cache service is a warning, never a failed build. */
import * as cache from '@actions/cache';
import * as core from '@actions/core';

export async function restoreCache(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
  try {
    if (!cache.isFeatureAvailable()) {
      core.info('cache service not available here; continuing without cache');
      return undefined;
    }
    return await cache.restoreCache(paths, key, restoreKeys);
  } catch (e) {
    core.warning(`cache restore failed (continuing without cache): ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

export async function saveCache(paths: string[], key: string): Promise<boolean> {
  try {
    if (!cache.isFeatureAvailable()) return false;
    await cache.saveCache(paths, key);
    return true;
  } catch (e) {
    core.warning(`cache save failed (continuing): ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
