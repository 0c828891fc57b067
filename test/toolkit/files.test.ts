import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directoryOf, writeFileAtomic, writeFilesAtomic } from '../../shared/toolkit/files.js';

const base = mkdtempSync(path.join(tmpdir(), 'rda-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('writeFileAtomic, one directory prepared once per run', () => {
  it('many files written side by side into one directory: each whole, no temp file left', async () => {
    const dir = path.join(base, 'configs');
    await Promise.all(Array.from({ length: 40 }, (_, i) => writeFileAtomic(path.join(dir, `t${i}.toml`), `target ${i}\n`)));
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}.toml`).sort());
    for (let i = 0; i < 40; i++) expect(readFileSync(path.join(dir, `t${i}.toml`), 'utf8')).toBe(`target ${i}\n`);
  });

  it('pieces made as they are read (a generator behind a re-iterable) are written as if joined, also when the write is retried', async () => {
    const dir = path.join(base, 'pieces');
    let reads = 0;
    const text = {
      *[Symbol.iterator]() {
        reads++;
        yield '{\n';
        for (let i = 0; i < 5000; i++) yield `  "k${i}": ${'x'.repeat(i % 7)}\u00e9\n`;
        yield '}\n';
      },
    };
    const joined = [...text].join('');
    reads = 0;
    await writeFileAtomic(path.join(dir, 'a.json'), text);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(joined);
    expect(reads).toBe(1);
    // the directory went away after this run prepared it: the write is retried and reads the pieces again
    rmSync(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, 'b.json'), text);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(joined);
  });

  it('a directory removed after this run made it is made again', async () => {
    const dir = path.join(base, 'gone');
    await writeFileAtomic(path.join(dir, 'a'), '1');
    rmSync(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, 'b'), '2');
    expect(readdirSync(dir)).toEqual(['b']);
  });
});

describe('writeFilesAtomic: a batch', () => {
  it('a new directory appears whole: every file, no staging directory left beside it', async () => {
    const dir = path.join(base, 'fresh', 'configs');
    await writeFilesAtomic(Array.from({ length: 30 }, (_, i) => [path.join(dir, `c${i}.toml`), `config ${i}\n`] as const));
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `c${i}.toml`).sort());
    expect(readFileSync(path.join(dir, 'c7.toml'), 'utf8')).toBe('config 7\n');
    expect(readdirSync(path.dirname(dir))).toEqual(['configs']);
  });

  it('a batch that fails half way leaves no half of a new directory (all or nothing)', async () => {
    const dir = path.join(base, 'half', 'configs');
    const files = [[path.join(dir, 'a.toml'), 'a'], [path.join(dir, `${'x'.repeat(300)}.toml`), 'name too long'], [path.join(dir, 'c.toml'), 'c']] as const;
    await expect(writeFilesAtomic(files)).rejects.toThrow(/ENAMETOOLONG/);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(path.dirname(dir))).toEqual([]);
  });

  it('into an existing directory: each file replaced on its own, the others kept; a path given twice ends with its later text', async () => {
    const dir = path.join(base, 'existing');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'keep.txt'), 'kept');
    writeFileSync(path.join(dir, 'a.toml'), 'old');
    await writeFilesAtomic([[path.join(dir, 'a.toml'), 'first'], [path.join(dir, 'b.toml'), 'b'], [path.join(dir, 'a.toml'), 'second']]);
    expect(readdirSync(dir).sort()).toEqual(['a.toml', 'b.toml', 'keep.txt']);
    expect(readFileSync(path.join(dir, 'a.toml'), 'utf8')).toBe('second');
    const fresh = path.join(base, 'twice', 'new');
    await writeFilesAtomic([[path.join(fresh, 'a'), '1'], [path.join(fresh, 'b'), '2'], [path.join(fresh, 'a'), '3']]);
    expect(readFileSync(path.join(fresh, 'a'), 'utf8')).toBe('3');
  });

  it("a killed run's staging directory is swept by the next batch", async () => {
    const parent = path.join(base, 'killed');
    mkdirSync(path.join(parent, '.configs.tmp-0123abcd'), { recursive: true });
    writeFileSync(path.join(parent, '.configs.tmp-0123abcd', 'half.toml'), 'half');
    await writeFilesAtomic([[path.join(parent, 'configs', 'a'), '1'], [path.join(parent, 'configs', 'b'), '2']]);
    expect(readdirSync(parent)).toEqual(['configs']);
  });

  it('within: a directory that leads out through a link is refused before anything is written', async () => {
    const root = path.join(base, 'root');
    const outside = path.join(base, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    symlinkSync(outside, path.join(root, 'link'));
    await expect(writeFilesAtomic([[path.join(root, 'link', 'new', 'a'), '1'], [path.join(root, 'link', 'new', 'b'), '2']], { within: root })).rejects.toThrow();
    expect(readdirSync(outside)).toEqual([]);
  });
});


describe('writeFilesAtomic: content and directories', () => {
  it('a text given as pieces is written as their concatenation (in a new directory and in an existing one)', async () => {
    const pieces = ['{\n  "targets": [', ...Array.from({ length: 50 }, (_, i) => `${i ? ',' : ''}\n    {"n":${i},"s":"é😀"}`), '\n  ]\n}\n'];
    const fresh = path.join(base, 'pieces-new');
    await writeFilesAtomic([[path.join(fresh, 'facts.json'), pieces], [path.join(fresh, 'b'), 'b']]);
    expect(readFileSync(path.join(fresh, 'facts.json'), 'utf8')).toBe(pieces.join(''));
    await writeFilesAtomic([[path.join(fresh, 'facts.json'), ['x', 'y']]]);
    expect(readFileSync(path.join(fresh, 'facts.json'), 'utf8')).toBe('xy');
  });

  it('directoryOf is path.dirname(path.resolve(file)) for every kind of path', () => {
    const parts = fc.constantFrom('a', 'configs', '.', '..', '', 'x.toml', '.hidden', 'a b', 'é');
    fc.assert(
      fc.property(fc.boolean(), fc.array(parts, { minLength: 1, maxLength: 6 }), fc.boolean(), (absolute, segs, trailing) => {
        const file = `${absolute ? '/' : ''}${segs.join('/')}${trailing ? '/' : ''}`;
        expect(directoryOf(file)).toBe(path.dirname(path.resolve(file)));
      }),
      { numRuns: 400 },
    );
    for (const f of ['/', '//a', '/a//b', '/a/./b', '/a/../b', '/a/b/.', '/a/b/..', '/a/b/', '/work/t/cargo-configs/x86_64-unknown-linux-gnu.toml']) {
      expect(directoryOf(f)).toBe(path.dirname(path.resolve(f)));
    }
  });
});
