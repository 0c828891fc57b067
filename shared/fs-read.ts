/**
 * The small file-system readers domain code shares. "Absent" is an answer, not an error: a file that cannot
 * be read is `undefined`, a path that is not a directory (or does not exist) is `false`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';

/**
 * A file's bytes, or undefined when it is missing or unreadable. Read synchronously: for the thousands of
 * small local files a scan reads (ebuilds, Manifests, cache entries) one readFileSync costs a fraction of
 * fs/promises' readFile (a FileHandle, four thread-pool round trips and their promises per file), and nothing
 * else waits on the event loop meanwhile.
 */
export async function readBytes(file: string): Promise<Buffer | undefined> {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A file's UTF-8 text, or undefined when it is missing or unreadable. Decoded as it is read (no Buffer in between:
 * a Manifest of hundreds of DIST lines is text only once). */
export async function readText(file: string): Promise<string | undefined> {
  return readTextSync(file);
}

/** `readText` for a caller that cannot wait (a lookup made in the middle of a synchronous parse). */
export function readTextSync(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The names in a directory (unsorted, as readdir gives them), or undefined when it cannot be listed. Listed
 * synchronously, like the reads above: one local directory costs less than a thread-pool round trip, during which
 * a run that has nothing else to do waits. */
export async function readNames(dir: string): Promise<string[] | undefined> {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}

/** Whether the path is an existing directory (following symlinks). A local stat, made synchronously (see readNames). */
export async function isDir(p: string): Promise<boolean> {
  return isDirSync(p);
}

/** `isDir` for the few checks that run before anything asynchronous starts. */
export function isDirSync(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
