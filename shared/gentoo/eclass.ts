/**
 * Where an ebuild's eclasses come from: its repository's `eclass/` and its masters' (layout.conf `masters`),
 * the repository's own first, then the masters from the last listed to the first — Portage's eclass lookup,
 * where a later tree overrides an earlier one. Each eclass is read once and prepared once; parse.ts reads its
 * global scope again for every ebuild that inherits it.
 */
import path from 'node:path';
import { readNames, readText } from '../fs-read.js';
import { prepareSource, type PreparedSource } from './ebuild/parse.js';

export type EclassLookup = (name: string) => PreparedSource | undefined;

/** The eclass directories of a repository, highest precedence first. */
export function eclassDirs(root: string, masterLocations: readonly string[]): string[] {
  return [root, ...[...masterLocations].reverse()].map((l) => path.join(l, 'eclass'));
}

/**
 * Read every `*.eclass` of `dirs` (highest precedence first) and return a lookup that prepares each on first
 * use. `fileFor` names an eclass file in what the lookup returns (for messages).
 */
export async function loadEclasses(dirs: readonly string[]): Promise<EclassLookup> {
  const texts = new Map<string, { text: string; file: string }>();
  for (const dir of dirs) {
    const names = await readNames(dir);
    if (!names) continue;
    await Promise.all(
      names
        .filter((n) => n.endsWith('.eclass') && !texts.has(n.slice(0, -'.eclass'.length)))
        .map(async (n) => {
          const text = await readText(path.join(dir, n));
          const name = n.slice(0, -'.eclass'.length);
          if (text !== undefined && !texts.has(name)) texts.set(name, { text, file: path.join(dir, n) });
        }),
    );
  }
  const prepared = new Map<string, PreparedSource>();
  return (name) => {
    let p = prepared.get(name);
    if (!p) {
      const t = texts.get(name);
      if (!t) return undefined;
      p = prepareSource(t.text, t.file);
      prepared.set(name, p);
    }
    return p;
  };
}
