import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../shared/toolkit/files.js';

const base = mkdtempSync(path.join(tmpdir(), 'rda-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('writeFileAtomic, one directory prepared once per run', () => {
  it('many files written side by side into one directory: each whole, no temp file left', async () => {
    const dir = path.join(base, 'configs');
    await Promise.all(Array.from({ length: 40 }, (_, i) => writeFileAtomic(path.join(dir, `t${i}.toml`), `target ${i}\n`)));
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}.toml`).sort());
    for (let i = 0; i < 40; i++) expect(readFileSync(path.join(dir, `t${i}.toml`), 'utf8')).toBe(`target ${i}\n`);
  });

  it('a directory removed after this run made it is made again', async () => {
    const dir = path.join(base, 'gone');
    await writeFileAtomic(path.join(dir, 'a'), '1');
    rmSync(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, 'b'), '2');
    expect(readdirSync(dir)).toEqual(['b']);
  });
});
