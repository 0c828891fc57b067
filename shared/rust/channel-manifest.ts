/**
 * The toolchain's `multirust-channel-manifest.toml`, read for what build-target-matrix needs from it. A module
 * of its own (no dependencies): the action reads the manifest while rustc is still printing the specs.
 */

/** Which targets rustup ships `rust-std` for, and the manifest's rustc version. */
export interface RustStd {
  available: Map<string, boolean>;
  rustcVersion: string | null;
}

/**
 * Reads a file's bytes block by block into one reused buffer: `consume` gets what has been read and not yet
 * consumed and returns how much of it it used; the rest is moved to the front and read after (the buffer
 * grows when `consume` can use nothing of a full one). False when the file cannot be read.
 */
export type ReadBlocks = (path: string, consume: (block: Uint8Array, eof: boolean) => number) => Promise<boolean>;

const NL = 0x0a;
const STD = '[pkg.rust-std.target.';
const RUSTC = '[pkg.rustc]';
const decoder = new TextDecoder();
// Searched as whole byte strings (Buffer#indexOf: one native search per hit, not one per '[' byte).
const HEADERS = [Buffer.from(`\n${STD}`, 'latin1'), Buffer.from(`\n${RUSTC}\n`, 'latin1')];

/** Where header `h` starts a line in `block` at or after `from` (its '['), or -1. */
function findHeader(block: Buffer, h: Buffer, from: number): number {
  // a header on the block's first line has no '\n' before it in the block: blocks start at a line start
  if (from === 0 && block.length >= h.length - 1 && block.subarray(0, h.length - 1).equals(h.subarray(1))) return 0;
  const i = block.indexOf(h, Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}

/**
 * Which targets rustup ships `rust-std` for, read a block at a time (`[pkg.rust-std.target.<t>]` followed by
 * `available = true|false`, and the line after `[pkg.rustc]` for the version). The file is ~1 MB and only these
 * lines matter: the scan jumps between `[pkg.rust` headers in the bytes and decodes only the lines it keeps, so
 * the megabyte is never turned into a string. `push` is a ReadBlocks consumer.
 */
export class RustStdScanner {
  readonly result: RustStd = { available: new Map(), rustcVersion: null };

  /** Consume whole header-and-next-line pairs of `block` (which starts at a line start); returns the bytes used. */
  push(bytes: Uint8Array, eof: boolean): number {
    const block = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    // Each header's next place in this block, searched again only once the scan has passed it (a header that
    // is not in the rest of the block is not looked for again: one pass over the block per header).
    const next = HEADERS.map((h) => findHeader(block, h, 0));
    for (;;) {
      let i = -1;
      for (let k = 0; k < next.length; k++) {
        if (next[k]! >= 0 && next[k]! < at) next[k] = findHeader(block, HEADERS[k]!, at);
        if (next[k]! >= 0 && (i < 0 || next[k]! < i)) i = next[k]!;
      }
      if (i < 0) {
        if (eof) return block.length;
        // The unfinished last line may be the start of a header: it is read again with the next block.
        const nl = block.lastIndexOf(NL);
        return nl < at ? at : nl + 1;
      }
      const headEnd = block.indexOf(NL, i);
      if (headEnd < 0) return eof ? block.length : i;
      let lineEnd = block.indexOf(NL, headEnd + 1);
      if (lineEnd < 0) {
        if (!eof) return i;
        lineEnd = block.length;
      }
      this.header(decoder.decode(block.subarray(i, headEnd)), decoder.decode(block.subarray(headEnd + 1, lineEnd)));
      at = headEnd + 1;
    }
  }

  private header(head: string, next: string): void {
    if (head.startsWith(STD) && head.endsWith(']')) {
      // A triple with a dot is a quoted TOML key: [pkg.rust-std.target."thumbv8m.main-none-eabi"].
      const target = head.slice(STD.length, -1).replace(/^"(.*)"$/, '$1');
      if (next.startsWith('available = ')) this.result.available.set(target, next.trim() === 'available = true');
    } else if (head === RUSTC && this.result.rustcVersion === null) {
      const v = /^version = "([^"]*)"/.exec(next);
      if (v) this.result.rustcVersion = v[1]!;
    }
  }
}

/** The same scan over the whole text at once. */
export function rustStdFromChannelManifest(text: string): RustStd {
  const scan = new RustStdScanner();
  scan.push(new TextEncoder().encode(text), true);
  return scan.result;
}

/** The manifest through `readBlocks` (undefined when it cannot be read). */
export async function readRustStd(readBlocks: ReadBlocks, file: string): Promise<RustStd | undefined> {
  const scan = new RustStdScanner();
  return (await readBlocks(file, (block, eof) => scan.push(block, eof))) ? scan.result : undefined;
}

/**
 * The sysroot's manifest (`lib/rustlib/multirust-channel-manifest.toml`): scanned block by block when the
 * caller can read blocks, else from its whole text; undefined when it cannot be read.
 */
export async function sysrootRustStd(sysroot: string, io: { readBlocks?: ReadBlocks; readText?: (path: string) => Promise<string | undefined> }): Promise<RustStd | undefined> {
  const file = `${sysroot}/lib/rustlib/multirust-channel-manifest.toml`;
  if (io.readBlocks) return readRustStd(io.readBlocks, file);
  const text = io.readText ? await io.readText(file) : undefined;
  return text === undefined ? undefined : rustStdFromChannelManifest(text);
}
