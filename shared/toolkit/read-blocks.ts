/**
 * A file read block by block into one reused buffer (the ReadBlocks of shared/rust/channel-manifest.ts): for a
 * large file of which a scan keeps a few lines, so the file never becomes one string or one fresh buffer of its
 * size (on a VM, touching a fresh megabyte costs milliseconds in page faults alone). Synchronous reads: the
 * scan is the only thing to do with each block. No dependencies beyond node:fs (it loads in a bundle's first chunk).
 */
import { closeSync, openSync, readSync } from 'node:fs';

const BLOCK = 64 * 1024;

/** `consume` gets the bytes read and not yet used (from the front) and returns how many it used. */
export async function readFileBlocks(file: string, consume: (block: Uint8Array, eof: boolean) => number): Promise<boolean> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    let buf = Buffer.allocUnsafe(BLOCK);
    let held = 0;
    for (;;) {
      if (held === buf.length) {
        // nothing of a full buffer could be used (one unit longer than it): grow
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, held);
        buf = bigger;
      }
      const n = readSync(fd, buf, held, buf.length - held, null);
      const eof = n === 0;
      held += n;
      const used = consume(buf.subarray(0, held), eof);
      if (eof) return true;
      if (used > 0) {
        buf.copy(buf, 0, used, held);
        held -= used;
      }
    }
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
