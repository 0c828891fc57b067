import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDir, readBytes, readNames, readText } from '../../shared/fs-read.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rda-fs-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBytes / readText', () => {
  it('read what readFile reads: empty, multi-byte UTF-8, a BOM, a large file, through a symlink', async () => {
    const files: Record<string, string | Buffer> = {
      empty: '',
      unicode: 'EAPI=8\nDESCRIPTION="ünïcödé ✓ 🦀"\n',
      bom: '\ufeffKEYWORDS="~amd64"\n',
      large: 'DIST x 1 BLAKE2B ab\n'.repeat(50_000),
      binary: Buffer.from([0, 255, 1, 128, 10]),
      // cut and invalid sequences, a lone surrogate's encoding, an overlong form: each becomes U+FFFD as in Buffer's decoding
      invalid: Buffer.from([0x41, 0xe2, 0x82, 0x0a, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f]),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    symlinkSync(path.join(dir, 'unicode'), path.join(dir, 'link'));
    for (const name of [...Object.keys(files), 'link']) {
      const p = path.join(dir, name);
      expect((await readBytes(p))!.equals(readFileSync(p)), name).toBe(true);
      expect(await readText(p), name).toBe(readFileSync(p).toString('utf8'));
    }
  });

  it('a missing file, a directory and a dangling link are undefined, never a throw', async () => {
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
    for (const name of ['missing', 'sub', 'dangling']) {
      expect(await readBytes(path.join(dir, name)), name).toBeUndefined();
      expect(await readText(path.join(dir, name)), name).toBeUndefined();
    }
  });
});

describe('readNames / isDir', () => {
  it('names of a directory (through a symlink too); a file, a missing path and a dangling link are undefined / false', async () => {
    const d = path.join(dir, 'names');
    mkdirSync(path.join(d, 'sub'), { recursive: true });
    writeFileSync(path.join(d, 'a.eclass'), '');
    symlinkSync(d, path.join(dir, 'names-link'));
    expect((await readNames(d))!.sort()).toEqual(['a.eclass', 'sub']);
    expect((await readNames(path.join(dir, 'names-link')))!.sort()).toEqual(['a.eclass', 'sub']);
    expect(await isDir(path.join(dir, 'names-link'))).toBe(true);
    for (const p of [path.join(d, 'a.eclass'), path.join(dir, 'nowhere'), path.join(dir, 'dangling')]) {
      expect(await readNames(p), p).toBeUndefined();
      expect(await isDir(p), p).toBe(false);
    }
  });
});
