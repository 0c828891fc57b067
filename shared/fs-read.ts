/**
 * The small file-system readers domain code shares. "Absent" is an answer, not an error: a file that cannot
 * be read is `undefined`, a path that is not a directory (or does not exist) is `false`.
 */
import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';

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
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether the path is an existing directory (following symlinks). */
export async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** `isDir` for the few checks that run before anything asynchronous starts. */
export function isDirSync(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
