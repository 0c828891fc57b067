import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRustStd, rustStdFromChannelManifest, RustStdScanner, type ReadBlocks } from '../../shared/rust/channel-manifest.js';
import { readFileBlocks } from '../../shared/toolkit/read-blocks.js';

/** What the manifest says, read independently: every `[pkg.rust-std.target.<t>]` and the line after it. */
function expected(text: string): Array<[string, boolean]> {
  const out = new Map<string, boolean>();
  for (const m of text.matchAll(/^\[pkg\.rust-std\.target\.("?)(.+?)\1\]\n(available = .*)$/gm)) out.set(m[2]!, m[3]!.trim() === 'available = true');
  return [...out];
}

/** A ReadBlocks over an in-memory text with a buffer of `size` bytes (grown as readFileBlocks grows it). */
function memoryBlocks(bytes: Uint8Array, size: number): ReadBlocks {
  return async (_file, consume) => {
    let buf = new Uint8Array(size);
    let held = 0;
    let pos = 0;
    for (;;) {
      if (held === buf.length) {
        const bigger = new Uint8Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      const n = Math.min(buf.length - held, bytes.length - pos);
      buf.set(bytes.subarray(pos, pos + n), held);
      pos += n;
      held += n;
      const eof = n === 0;
      const used = consume(buf.subarray(0, held), eof);
      if (eof) return true;
      buf.copyWithin(0, used, held);
      held -= used;
    }
  };
}

/** A manifest shaped like rustup's: packages × targets, each table with `available` on its next line. */
function manifest(targets: number): string {
  const lines = ['date = "2026-04-14"', 'manifest-version = "2"', '', '[pkg.cargo]', 'version = "0.96.0 (f2d3ce0bd 2026-03-21)"', '', '[pkg.rustc]', 'version = "1.95.0 (59807616e 2026-04-14)"', ''];
  for (const pkg of ['rust-docs', 'rust-std', 'rustc-dev']) {
    for (let i = 0; i < targets; i++) {
      const t = i % 7 === 0 ? `"thumbv${i}m.main-none-eabi"` : `arch${i}-unknown-${'x'.repeat(i % 13)}linux-gnu`;
      lines.push(`[pkg.${pkg}.target.${t}]`, `available = ${i % 3 !== 0}`, `url = "https://static.rust-lang.org/dist/2026-04-14/${pkg}-1.95.0-${i}.tar.gz"`, `hash = "${'ab'.repeat(32)}"`, '');
    }
  }
  return lines.join('\n');
}

describe('channel manifest', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-manifest-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives the same answer whatever the block boundaries, as the whole text and an independent reading do', async () => {
    const text = manifest(40);
    const bytes = new TextEncoder().encode(text);
    const whole = rustStdFromChannelManifest(text);
    expect([...whole.available]).toEqual(expected(text));
    expect(whole.available.size).toBe(40);
    expect(whole.available.get('thumbv7m.main-none-eabi')).toBe(true);
    expect(whole.rustcVersion).toBe('1.95.0 (59807616e 2026-04-14)');
    // every buffer size from 1 byte (a buffer that must grow for each header) to longer than most lines
    for (let size = 1; size <= 160; size++) {
      const r = await readRustStd(memoryBlocks(bytes, size), 'm');
      expect(r, `buffer of ${size}`).toEqual(whole);
    }
  });

  it('reads a file block by block across 64 KB boundaries, a line longer than a block, and says when it cannot', async () => {
    // ~1 MB with headers at every offset modulo the block size, as the real manifest is
    const text = `${'# '.repeat(70_000)}\n${manifest(1500)}`;
    const file = path.join(tmp, 'multirust-channel-manifest.toml');
    writeFileSync(file, text);
    const r = await readRustStd(readFileBlocks, file);
    expect(r).toEqual(rustStdFromChannelManifest(text));
    expect([...r!.available]).toEqual(expected(text));
    expect(r!.available.size).toBe(1500);
    expect(await readRustStd(readFileBlocks, path.join(tmp, 'missing.toml'))).toBeUndefined();
    // blocks as readFileBlocks hands them out: what was not used comes back first in the next block
    const seen: number[] = [];
    await readFileBlocks(file, (block, eof) => {
      seen.push(block.length);
      return eof ? block.length : Math.floor(block.length / 2);
    });
    expect(seen.reduce((a, b) => a + b, 0)).toBeGreaterThan(text.length);
  });

  it('a header split from its line by the end of the file still counts; a header not at a line start does not', () => {
    expect([...rustStdFromChannelManifest('[pkg.rust-std.target.a-b-c]\navailable = true').available]).toEqual([['a-b-c', true]]);
    expect([...rustStdFromChannelManifest('x = "[pkg.rust-std.target.a-b-c]"\navailable = true\n').available]).toEqual([]);
    const s = new RustStdScanner();
    // nothing of an unfinished header is used until its next line has arrived
    expect(s.push(new TextEncoder().encode('[pkg.rust-std.target.a'), false)).toBe(0);
    expect(s.push(new TextEncoder().encode('[pkg.rust-std.target.a]\navail'), false)).toBe(0);
  });

  const real = path.join(os.homedir(), '.rustup/toolchains/stable-x86_64-unknown-linux-gnu/lib/rustlib/multirust-channel-manifest.toml');
  it.skipIf(!existsSync(real))('the installed toolchain manifest reads the same block by block as whole', async () => {
    const text = readFileSync(real, 'utf8');
    const r = await readRustStd(readFileBlocks, real);
    expect(r).toEqual(rustStdFromChannelManifest(text));
    expect([...r!.available]).toEqual(expected(text));
    expect(r!.available.size).toBeGreaterThan(50);
  });
});
