/** Fail-soft cache: trouble with the cache service is a warning, never a failed build. */
import * as core from './workflow-commands.js';

// Loaded on first use: the cache client (and its storage SDK) is most of a bundle's start-up cost, and most
// runs never touch it.
const loadCache = () => import('@actions/cache');

export async function restoreCache(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
  try {
    const cache = await loadCache();
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
    const cache = await loadCache();
    if (!cache.isFeatureAvailable()) return false;
    await cache.saveCache(paths, key);
    return true;
  } catch (e) {
    core.warning(`cache save failed (continuing): ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
