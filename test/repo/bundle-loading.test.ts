/**
 * What a bundle loads at start-up: its entry chunk (dist/<action>/index.js). The GitHub API client (octokit),
 * the cache client and the HTTP stack under them (@actions/http-client, undici) are chunks of their own,
 * loaded on first use, so a run that never calls them (most runs, and every run that rejects its inputs) does
 * not parse or evaluate them; so is the use case of the actions whose inputs are read without it. Checked on the
 * built bundles with strings only that code carries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

const bundles = readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'dist', d, 'index.js')));

/** A string each library's code holds and ours does not (an error code or message, a user agent). */
const lazy: Record<string, string> = {
  undici: 'UND_ERR_CONNECT_TIMEOUT',
  'the OIDC client of @actions/core (@actions/http-client)': 'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
  octokit: 'octokit-core.js/',
  '@actions/cache': 'Cache Service Url not found',
};

/** An action's use case loads once its inputs are read: a run that rejects them does not parse it. */
const useCase: Record<string, string> = {
  'build-target-matrix': 'function planMatrix(',
  'setup-overlay': 'function setupOverlay(',
  'sync-guru': 'function checkDrift(',
  'crate-license-audit': 'function licenseAudit(',
  'qemu-selfhost-verify': 'function bootAndVerify(',
};

/**
 * build-target-matrix starts rustc from its entry chunk before anything else loads (early.ts): the toolkit
 * (actionMain), the YAML library and the rust findings catalog are not in it.
 */
const notInEntry: Record<string, Record<string, string>> = {
  'build-target-matrix': {
    'the toolkit (actionMain)': 'function actionMain(',
    'the YAML library': 'Implicit map keys need to be followed by map values',
    'the rust findings catalog': "'toolchain-invalid'",
  },
};

describe('bundle entry chunks load what a run needs', () => {
  it('there are action bundles to check', () => expect(bundles.length).toBeGreaterThan(0));
  for (const id of bundles) {
    it(`${id}: octokit, the cache client, the HTTP stack${useCase[id] ? ' and the use case' : ''} are lazily loaded chunks`, () => {
      const dir = path.join(ROOT, 'dist', id);
      const entry = readFileSync(path.join(dir, 'index.js'), 'utf8');
      const chunks = readdirSync(dir)
        .filter((f) => f.endsWith('.index.js'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8'));
      const lazyHere = { ...lazy, ...(useCase[id] ? { [`its use case (${useCase[id]}…)`]: useCase[id]! } : {}), ...notInEntry[id] };
      for (const [name, marker] of Object.entries(lazyHere)) {
        expect(entry.includes(marker), `${name} is in dist/${id}/index.js`).toBe(false);
        expect(chunks.some((c) => c.includes(marker)), `${name} is in no chunk of dist/${id} (marker '${marker}' out of date?)`).toBe(true);
      }
    });
  }
});
