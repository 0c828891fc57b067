/**
 * Where an ebuild's eclasses come from: its repository's `eclass/` and its masters' (layout.conf `masters`),
 * the repository's own first, then the masters from the last listed to the first — Portage's eclass lookup,
 * where a later tree overrides an earlier one. Each eclass is read once and prepared once; parse.ts reads its
 * global scope again for every ebuild that inherits it.
 */
import path from 'node:path';
import { readNames, readTextSync } from '../fs-read.js';
import { prepareSource, type PreparedSource } from './ebuild/parse.js';

export type EclassLookup = (name: string) => PreparedSource | undefined;

/** The eclass directories of a repository, highest precedence first. */
export function eclassDirs(root: string, masterLocations: readonly string[]): string[] {
  return [root, ...[...masterLocations].reverse()].map((l) => path.join(l, 'eclass'));
}

/**
 * The eclasses of `dirs` (highest precedence first): the directories are listed now, and an eclass's text is read
 * and prepared when an ebuild first inherits it (::gentoo has ~570 eclasses; the ebuilds a run reads use a few).
 * The file of the first directory that has the eclass and can be read is the one used, as before it was read
 * up front; a name no directory has (or can read) is undefined.
 */
export async function loadEclasses(dirs: readonly string[]): Promise<EclassLookup> {
  const files = new Map<string, string[]>();
  for (const dir of dirs) {
    const names = await readNames(dir);
    if (!names) continue;
    for (const n of names) {
      if (!n.endsWith('.eclass')) continue;
      const name = n.slice(0, -'.eclass'.length);
      const file = path.join(dir, n);
      const list = files.get(name);
      if (list) list.push(file);
      else files.set(name, [file]);
    }
  }
  const prepared = new Map<string, PreparedSource | undefined>();
  return (name) => {
    if (prepared.has(name)) return prepared.get(name);
    let p: PreparedSource | undefined;
    for (const file of files.get(name) ?? []) {
      const text = readTextSync(file);
      if (text === undefined) continue;
      p = prepareSource(text, file);
      break;
    }
    prepared.set(name, p);
    return p;
  };
}
