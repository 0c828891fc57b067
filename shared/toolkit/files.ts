/**
 * Files written so a reader never sees half of one, and never through a link: a hidden temp file in the same
 * directory (`.name.tmp-…`: Portage and our repos.conf reader skip dot files, so an interrupted write is never
 * read as configuration), created exclusively with O_NOFOLLOW, then renamed over the target (a rename replaces
 * a symlink instead of writing through it). Temp files a killed run left behind are swept on the next write.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkWithin, PathEscapeError } from './paths.js';
import { writeTextSync } from './write-text.js';

/** A file's content: text, bytes, or pieces of text written one after another (as if joined; read once per write). */
export type FileText = string | Uint8Array | Iterable<string>;

export interface WriteOptions {
  /** The directory's real path (symlinks resolved) must lie inside this one. */
  within?: string;
}

const tempPrefix = (file: string) => `.${path.basename(file)}.tmp-`;

export async function writeFileAtomic(file: string, text: FileText, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([[file, text]], options);
}

/**
 * The directory of `file`, as path.dirname(path.resolve(file)) gives it: for an absolute POSIX path with no
 * `.`, `..` or empty segment (every config path a planner builds) the text before the last slash, without the
 * two passes over the path that resolving and normalising take (320 configs paid them in every run).
 */
export function directoryOf(file: string): string {
  const cut = file.lastIndexOf('/');
  if (path.sep === '/' && cut > 0 && file.charCodeAt(0) === 47 && cut < file.length - 1 && !/\/\/|\/\.\.?(?:\/|$)/.test(file)) return file.slice(0, cut);
  return path.dirname(path.resolve(file));
}

/**
 * Several files, each written as writeFileAtomic writes one, in order (a path given twice ends with its later
 * text). Each directory among them is checked against `within` and prepared once for the whole batch, not once
 * per file: 320 configs in one directory cost one confinement check (two realpath calls) instead of 320.
 *
 * A directory that does not exist yet (a fresh RUNNER_TEMP's config directory) is written whole: its files
 * go straight into a hidden sibling `.name.tmp-…` made for this batch, which is then renamed into place, so
 * a reader sees all of them or none, and each file costs one file creation instead of a creation and a rename
 * (on a busy disk those metadata operations are most of the cost of 320 configs).
 */
export async function writeFilesAtomic(files: ReadonlyArray<readonly [string, FileText]>, options: WriteOptions = {}): Promise<void> {
  const byDir = new Map<string, Map<string, FileText>>();
  for (const [file, text] of files) {
    const dir = directoryOf(file);
    let list = byDir.get(dir);
    if (!list) byDir.set(dir, (list = new Map()));
    // delete first: the later text also takes the later place
    list.delete(file);
    list.set(file, text);
  }
  for (const [dir, list] of byDir) {
    if (options.within !== undefined) {
      const c = checkWithin(dir, [options.within]);
      if (!c.ok) throw new PathEscapeError(list.keys().next().value!, options.within, c.why === 'escapes' ? c.real : undefined);
    }
    if (list.size > 1 && !prepared.has(dir) && (await writeNewDir(dir, list))) continue;
    await prepareDir(dir);
    for (const [file, text] of list) {
      await sweepTemps(dir, tempPrefix(file));
      await writeOne(file, dir, text);
    }
  }
}

/**
 * Write `dir`, which must not exist yet, whole: false (nothing left behind) when it exists or appears meanwhile,
 * or its parent cannot hold the staging directory; the caller then writes file by file. The staging directory
 * sits in `dir`'s parent, where making `dir` itself creates an entry anyway (`dir` passed the `within` check).
 */
async function writeNewDir(dir: string, files: ReadonlyMap<string, FileText>): Promise<boolean> {
  const parent = path.dirname(dir);
  try {
    lstatSync(dir);
    return false;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  }
  const prefix = tempPrefix(dir);
  await sweepTemps(parent, prefix);
  const stage = path.join(parent, `${prefix}${nextTempSuffix()}`);
  try {
    mkdirSync(stage);
  } catch {
    return false;
  }
  try {
    for (const [file, text] of files) createFile(path.join(stage, path.basename(file)), text);
    renameSync(stage, dir);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    // It appeared meanwhile (another writer): write file by file into it.
    if (code === 'EEXIST' || code === 'ENOTEMPTY') return false;
    throw e;
  }
  // Made and listed by this run: later writes into it (facts.json) need no listing.
  prepared.set(dir, Promise.resolve([]));
  return true;
}

/** Temp names: this process's random start, counted up (unique per write, 8 hex digits as sweepTemps expects). */
let tempSeq = randomBytes(4).readUInt32BE(0);
const nextTempSuffix = () => (tempSeq = (tempSeq + 1) >>> 0).toString(16).padStart(8, '0');

async function writeOne(file: string, dir: string, text: FileText): Promise<void> {
  // The writes themselves are synchronous system calls: a config or a report is written whole in one go, and
  // 300 small files cost a third of what four round trips each through libuv's thread pool did.
  const tmp = path.join(dir, `${tempPrefix(file)}${nextTempSuffix()}`);
  try {
    createFile(tmp, text);
  } catch (e) {
    // the directory went away since this run made it: make it again
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    prepared.delete(dir);
    await prepareDir(dir);
    createFile(tmp, text);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Create `p`, which must not exist (and is never followed as a link), holding `text`; a write or close that
 * fails leaves no file behind and reports its own error.
 */
function createFile(p: string, text: FileText): void {
  const fd = openSync(p, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    if (text instanceof Uint8Array) writeAll(fd, text);
    else writeTextSync(fd, text);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // the write's own error is the one to report
    }
    rmSync(p, { force: true });
    throw e;
  }
  try {
    closeSync(fd);
  } catch (e) {
    rmSync(p, { force: true });
    throw e;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
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

/**
 * Remove what an interrupted write left: `.name.tmp-*` (a file, or a staging directory of writeNewDir), and
 * the visible `name.tmp-*` older versions made.
 */
async function sweepTemps(dir: string, prefix: string): Promise<void> {
  const legacy = prefix.slice(1);
  const names = await prepareDir(dir).catch(() => undefined);
  if (!names) return;
  for (const n of names) {
    if ((n.startsWith(prefix) || n.startsWith(legacy)) && /\.tmp-[0-9a-f]{8}$/.test(n)) await rm(path.join(dir, n), { recursive: true, force: true });
  }
}
