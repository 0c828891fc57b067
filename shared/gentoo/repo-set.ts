/** Several repositories read together, as Portage reads them. */
import path from 'node:path';
import { readText } from '../fs-read.js';
import { parseCategories } from './repo-meta.js';

/**
 * The categories Portage knows: the union of every repository's profiles/categories. An ebuild in a category
 * no repository lists is silently ignored by Portage.
 */
export async function categoryUnion(locations: readonly string[]): Promise<Set<string>> {
  const union = new Set<string>();
  for (const loc of locations) {
    const text = await readText(path.join(loc, 'profiles', 'categories'));
    if (text !== undefined) for (const c of parseCategories(text).categories) union.add(c.name);
  }
  return union;
}

/** Prefix that makes a repository's file paths workspace-relative when it is inside the workspace, else `<name>/`. */
export function filePrefixFor(location: string, workspace: string, name: string): string {
  const rel = path.relative(workspace, location);
  if (rel === '') return '';
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return `${rel.split(path.sep).join('/')}/`;
  return `${name}/`;
}
