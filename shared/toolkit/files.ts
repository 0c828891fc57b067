/**
 * Files written so a reader never sees half of one, and never through a link: a hidden temp file in the same
 * directory (`.name.tmp-…`: Portage and our repos.conf reader skip dot files, so an interrupted write is never
 * read as configuration), created exclusively with O_NOFOLLOW, then renamed over the target (a rename replaces
 * a symlink instead of writing through it). Temp files a killed run left behind are swept on the next write.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkWithin, PathEscapeError } from './paths.js';

export interface WriteOptions {
  /** The directory's real path (symlinks resolved) must lie inside this one. */
  within?: string;
}

const tempPrefix = (file: string) => `.${path.basename(file)}.tmp-`;

export async function writeFileAtomic(file: string, text: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (options.within !== undefined) {
    const c = checkWithin(dir, [options.within]);
    if (!c.ok) throw new PathEscapeError(file, options.within, c.why === 'escapes' ? c.real : undefined);
  }
  await prepareDir(dir);
  await sweepTemps(dir, tempPrefix(file));
  const tmp = path.join(dir, `${tempPrefix(file)}${randomBytes(4).toString('hex')}`);
  const create = () => open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  const fh = await create().catch(async (e: NodeJS.ErrnoException) => {
    // the directory went away since this run made it: make it again
    if (e.code !== 'ENOENT') throw e;
    prepared.delete(dir);
    await prepareDir(dir);
    return create();
  });
  try {
    await fh.writeFile(text);
    await fh.close();
    await rename(tmp, file);
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Each directory is created and listed once per run: what an interrupted earlier run left is there from the
 * start, and a temp this run creates is its own write's (removed by it on failure). 300 configs written into
 * one directory then cost one listing, not 300.
 */
const prepared = new Map<string, Promise<string[] | undefined>>();
function prepareDir(dir: string): Promise<string[] | undefined> {
  let p = prepared.get(dir);
  if (!p) {
    p = mkdir(dir, { recursive: true }).then(() => readdir(dir).catch(() => undefined));
    p.catch(() => prepared.delete(dir));
    prepared.set(dir, p);
  }
  return p;
}

/** Remove what an interrupted write left: `.name.tmp-*`, and the visible `name.tmp-*` older versions made. */
async function sweepTemps(dir: string, prefix: string): Promise<void> {
  const legacy = prefix.slice(1);
  const names = await prepareDir(dir).catch(() => undefined);
  if (!names) return;
  for (const n of names) {
    if ((n.startsWith(prefix) || n.startsWith(legacy)) && /\.tmp-[0-9a-f]{8}$/.test(n)) await rm(path.join(dir, n), { force: true });
  }
}
