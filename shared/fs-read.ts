/**
 * The small file-system readers domain code shares. "Absent" is an answer, not an error: a file that cannot
 * be read is `undefined`, a path that is not a directory (or does not exist) is `false`.
 */
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** A file's UTF-8 text, or undefined when it is missing or unreadable. */
export async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
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
