/**
 * Paths the code and the documents name must exist: a demo that runs `scripts/fetch-kernel.mjs` when the
 * script is `.ci/fetch-kernel.mjs` fails only on a fresh machine, long after review.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/index.js';

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(e)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Folders made at run time (caches), not committed. */
const RUNTIME = new Set(['.cache', 'node_modules']);

describe('paths named in the code exist', () => {
  // In actions/ and the toolkit `root` is this repository (elsewhere it may be an overlay's root).
  it('every `path.join(root, …)` of literal segments in actions/ and shared/toolkit names a file that exists', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of [...filesUnder(path.join(ROOT, 'shared', 'toolkit'), /\.ts$/), ...filesUnder(path.join(ROOT, 'actions'), /\.ts$/)]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/path\.(?:join|resolve)\((?:root|ctx\.root|repoRoot\(\))((?:,\s*'[^']+')+)\)/g)) {
        const segments = [...m[1]!.matchAll(/'([^']+)'/g)].map((s) => s[1]!);
        if (RUNTIME.has(segments[0]!)) continue;
        checked++;
        if (!existsSync(path.join(ROOT, ...segments))) missing.push(`${path.relative(ROOT, file)}: ${segments.join('/')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
