/**
 * Text written to a file descriptor a slice at a time. A large string written whole (fs.appendFileSync, a
 * Buffer.from before writeSync, a header concatenated in front of it) is first copied into fresh memory of its
 * size, once for the flattened string and once for its UTF-8 bytes; where a page fault costs ~12 µs (this
 * project's 2-core VM), each fresh 400 KB costs over a millisecond in faults alone, and build-target-matrix
 * writes four such texts (facts.json, the matrix output, the job summary, the log line). Slices of at most
 * 16K UTF-16 units are encoded through memory that is reused from one slice to the next, and the bytes are
 * those of the whole text encoded at once: a slice never ends between the two halves of a surrogate pair.
 * No dependencies beyond node:fs (the workflow-command writer uses it).
 */
import { writeSync } from 'node:fs';

/** UTF-16 units per slice: at most 48 KB of UTF-8. */
export const TEXT_SLICE = 16 * 1024;

/** Each slice of `text` to `write`, in order; a text of one slice is passed whole. */
export function forEachSlice(text: string, write: (part: string) => void): void {
  if (text.length <= TEXT_SLICE) {
    write(text);
    return;
  }
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + TEXT_SLICE);
    const last = text.charCodeAt(end - 1);
    // a high surrogate whose low half is the next unit waits for the next slice
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    write(text.slice(at, end));
    at = end;
  }
}

/** All of `part`, however many calls the kernel takes for it. */
function writePart(fd: number, part: string): void {
  const n = writeSync(fd, part);
  const size = Buffer.byteLength(part);
  if (n >= size) return;
  const bytes = Buffer.from(part);
  for (let off = n; off < size; ) off += writeSync(fd, bytes, off, size - off);
}

/**
 * Write `text` to `fd`: one string, or pieces written one after another as if joined (small pieces are joined
 * into slices first, so a list of 320 lines costs a few writes, not 320).
 */
export function writeTextSync(fd: number, text: string | Iterable<string>): void {
  if (typeof text === 'string') {
    forEachSlice(text, (part) => writePart(fd, part));
    return;
  }
  let pending: string[] = [];
  let held = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writePart(fd, pending.length === 1 ? pending[0]! : pending.join(''));
    pending = [];
    held = 0;
  };
  for (const piece of text) {
    if (held + piece.length > TEXT_SLICE) flush();
    if (piece.length > TEXT_SLICE) forEachSlice(piece, (part) => writePart(fd, part));
    else if (piece.length > 0) {
      pending.push(piece);
      held += piece.length;
    }
  }
  flush();
}
