/**
 * What to read of an upstream repository. The actions compare the user's repositories with ::gentoo and GURU;
 * the answers (what emerge would pick, drift, shadowing) only ever look at the packages the user's
 * repositories carry and the ones asked about by name. So an upstream is read per package, for those only
 * (with its profiles, updates and categories): a 20-package overlay over a 19,000-package ::gentoo reads ~20
 * package directories of it, and cost follows the user's overlay, not the size of ::gentoo.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAtom } from './atom.js';
import { listPackageDirs, type Listings } from './overlay.js';

/**
 * The `category/package` directories of a tree that hold an `.ebuild` file: exactly the packages a scan of
 * the whole tree keeps (listed, nothing parsed).
 */
export async function packagesWithEbuilds(root: string): Promise<string[]> {
  return withEbuilds(root, await listPackageDirs(root));
}

/** Those of `dirs` (from listPackageDirs) that hold an `.ebuild` file; their listings go to `listings` when given
 * (a scan of the same tree then does not list them again). */
export function withEbuilds(root: string, dirs: readonly string[], listings?: Listings): string[] {
  const absRoot = path.resolve(root);
  return dirs.filter((cp) => {
    const dir = path.join(absRoot, cp);
    let names = listings?.get(dir);
    if (!names) {
      try {
        names = readdirSync(dir);
      } catch {
        return false;
      }
      listings?.set(dir, names);
    }
    return names.some((n) => n.endsWith('.ebuild'));
  });
}

/**
 * The packages requests name (`explain` items: `cat/pkg` or an atom; package.accept_keywords entries), read
 * as the explanation reads them; wildcards and what does not parse name none (they are reported there).
 */
export function packagesNamed(requests: readonly string[], atoms: readonly { atom: { category: string; package: string } }[] = []): string[] {
  const out: string[] = [];
  for (const request of requests) {
    if (/[<>=~!:[\]]/.test(request) || request.includes('::')) {
      const a = parseAtom(request, { allowBlocker: false });
      if (a.ok) out.push(`${a.atom.category}/${a.atom.package}`);
    } else if (/^[^/\s]+\/[^/\s]+$/.test(request)) out.push(request);
  }
  for (const { atom } of atoms) {
    if (!atom.category.includes('*') && !atom.package.includes('*')) out.push(`${atom.category}/${atom.package}`);
  }
  return out;
}
