import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareArtifacts, stageExpectation, stageNumber } from '../../shared/artifacts/compare.js';
import { MAX_SECTION_NAME, readElf } from '../../shared/artifacts/elf.js';
import { buildElf } from './elf-builder.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const helloSource = join(repoRoot, 'fixtures', 'artifacts', 'hello', 'hello.rs');
const hasRustc = spawnSync('rustc', ['--version'], { stdio: 'ignore' }).status === 0;

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ALLOC = 2;
const EXEC = 4;

function pair(a: Uint8Array, b: Uint8Array): [string, string] {
  const d = tmp('cmp-');
  mkdirSync(join(d, 'a'));
  mkdirSync(join(d, 'b'));
  writeFileSync(join(d, 'a', 'f'), a);
  writeFileSync(join(d, 'b', 'f'), b);
  return [join(d, 'a', 'f'), join(d, 'b', 'f')];
}

describe('byte comparison', () => {
  it('identical files: one digest for the record, the same on both sides', async () => {
    const data = Buffer.alloc(3 * 1024 + 5, 7);
    const r = await compareArtifacts(...pair(data, data), { chunkSize: 1024 });
    expect(r.status).toBe('identical');
    expect(r.files[0]).toMatchObject({ status: 'identical', sha256A: sha(data), sha256B: sha(data) });
  });

  it('finds the first differing byte across chunk boundaries and hashes each side correctly', async () => {
    for (const at of [0, 1023, 1024, 2500, 3076]) {
      const a = Buffer.alloc(3077, 1);
      const b = Buffer.from(a);
      b[at] = 2;
      const r = await compareArtifacts(...pair(a, b), { chunkSize: 1024 });
      expect(r.files[0]).toMatchObject({ status: 'differs', firstDifference: at, sha256A: sha(a), sha256B: sha(b), classification: 'content-differs' });
    }
  });

  it('a truncated copy differs at the end of the shorter file', async () => {
    const a = Buffer.alloc(2000, 3);
    const r = await compareArtifacts(...pair(a, a.subarray(0, 1500)), { chunkSize: 512 });
    expect(r.files[0]).toMatchObject({ status: 'differs', firstDifference: 1500, sizeA: 2000, sizeB: 1500, sha256B: sha(a.subarray(0, 1500)) });
  });
});

describe('directory trees', () => {
  it('reports files only on one side, changed symlinks, type changes, and nested files', async () => {
    const d = tmp('tree-');
    for (const side of ['a', 'b']) {
      mkdirSync(join(d, side, 'lib', 'rustlib'), { recursive: true });
      writeFileSync(join(d, side, 'lib', 'rustlib', 'same.txt'), 'same');
    }
    writeFileSync(join(d, 'a', 'lib', 'only-a'), 'x');
    writeFileSync(join(d, 'b', 'only-b'), 'y');
    writeFileSync(join(d, 'a', 'changed'), 'one');
    writeFileSync(join(d, 'b', 'changed'), 'two');
    symlinkSync('same.txt', join(d, 'a', 'lib', 'rustlib', 'link'));
    symlinkSync('other.txt', join(d, 'b', 'lib', 'rustlib', 'link'));
    writeFileSync(join(d, 'a', 'kind'), 'file');
    mkdirSync(join(d, 'b', 'kind'));
    const r = await compareArtifacts(join(d, 'a'), join(d, 'b'));
    const byPath = Object.fromEntries(r.files.map((f) => [f.path, f.status]));
    expect(byPath).toEqual({
      changed: 'differs',
      kind: 'type-differs',
      'lib/only-a': 'only-in-a',
      'lib/rustlib/link': 'differs',
      'lib/rustlib/same.txt': 'identical',
      'only-b': 'only-in-b',
    });
    expect(r.status).toBe('differs');
    expect(r.counts).toMatchObject({ identical: 1, differs: 2, 'only-in-a': 1, 'only-in-b': 1, 'type-differs': 1 });
    // One-sided files still get their digest for the record.
    expect(r.files.find((f) => f.path === 'lib/only-a')).toMatchObject({ sizeA: 1, sha256A: sha(Buffer.from('x')) });
    expect(r.files.find((f) => f.path === 'only-b')).toMatchObject({ sizeB: 1, sha256B: sha(Buffer.from('y')) });
  });

  it('refuses to compare a file with a directory, naming both', async () => {
    const d = tmp('tree-');
    writeFileSync(join(d, 'f'), '');
    await expect(compareArtifacts(join(d, 'f'), d)).rejects.toThrow(/Cannot compare a file .* with a dir/);
    await expect(compareArtifacts(join(d, 'missing'), d)).rejects.toThrow(/stage-a '.*missing' does not exist/);
  });
});

describe('ELF-aware report (hand-built ELF64 LE and ELF32 BE)', () => {
  const text = Buffer.from('\x55\x48\x89\xe5\xc3'.repeat(20), 'latin1');
  const sections = (over: Partial<Record<string, Buffer>> = {}) => [
    { name: '.text', data: over['.text'] ?? text, flags: ALLOC | EXEC, addr: 0x401000 },
    { name: '.rodata', data: over['.rodata'] ?? Buffer.from('hello\0world\0'), flags: ALLOC, addr: 0x402000 },
    { name: '.comment', data: over['.comment'] ?? Buffer.from('rustc version 1.95.0\0') },
    { name: '.debug_info', data: over['.debug_info'] ?? Buffer.alloc(64, 9) },
  ];

  for (const opts of [{ class: 64 as const, endian: 'little' as const }, { class: 32 as const, endian: 'big' as const }]) {
    it(`ELF${opts.class} ${opts.endian}: reads section names, types and sizes`, async () => {
      const elf = buildElf(sections(), opts);
      const info = await readElf(async (p, l) => elf.subarray(p, p + l), elf.length);
      expect(info?.class).toBe(opts.class);
      expect(info?.endian).toBe(opts.endian);
      expect(info?.sections.map((s) => s.name)).toEqual(['', '.text', '.rodata', '.comment', '.debug_info', '.shstrtab']);
      expect(info?.sections[1]).toMatchObject({ size: 100, addr: 0x401000n });
    });

    it(`ELF${opts.class} ${opts.endian}: .comment and debug changes are metadata-only`, async () => {
      const r = await compareArtifacts(
        ...pair(buildElf(sections(), opts), buildElf(sections({ '.comment': Buffer.from('rustc version 1.96.0\0'), '.debug_info': Buffer.alloc(64, 8) }), opts)),
      );
      const f = r.files[0]!;
      expect(f.classification).toBe('metadata-only');
      expect(f.elf!.sections.map((s) => [s.name, s.change, s.firstDifference])).toEqual([
        ['.comment', 'content', 17],
        ['.debug_info', 'content', 0],
      ]);
    });

    it(`ELF${opts.class} ${opts.endian}: a changed instruction is code-differs with the offset inside .text`, async () => {
      const t2 = Buffer.from(text);
      t2[42] = 0x90;
      const r = await compareArtifacts(...pair(buildElf(sections(), opts), buildElf(sections({ '.text': t2 }), opts)));
      expect(r.files[0]!.classification).toBe('code-differs');
      expect(r.files[0]!.elf!.sections).toEqual([{ name: '.text', change: 'content', sizeA: 100, sizeB: 100, firstDifference: 42, alloc: true, metadata: false }]);
    });

    it(`ELF${opts.class} ${opts.endian}: a grown loaded section is a layout shift`, async () => {
      const r = await compareArtifacts(...pair(buildElf(sections(), opts), buildElf(sections({ '.rodata': Buffer.from('hello\0wider world\0') }), opts)));
      const f = r.files[0]!;
      expect(f.classification).toBe('layout-shift');
      expect(f.elf!.sections.find((s) => s.name === '.rodata')).toMatchObject({ change: 'size', sizeA: 12, sizeB: 18 });
      expect(f.elf!.headersDiffer).toContain('section headers');
    });
  }

  it('does not crash on a truncated or lying ELF: it is compared as bytes', async () => {
    const good = buildElf(sections());
    const bad = Buffer.from(good);
    bad.writeBigUInt64LE(0xffffffffn, 40); // e_shoff far beyond the file
    const r = await compareArtifacts(...pair(good, bad));
    expect(r.files[0]).toMatchObject({ status: 'differs', classification: 'content-differs' });
    expect(await readElf(async (p, l) => bad.subarray(p, p + l), bad.length)).toBeUndefined();
  });
});

describe('hostile shapes', () => {
  it('a section-name table without NULs: each name is read up to MAX_SECTION_NAME characters, not to the end of the table', async () => {
    // (every name was the rest of the table: 64k sections of a 128 KiB file took 11 s and made a 67-million-character report)
    const n = 3_000;
    const elf = buildElf(Array.from({ length: n }, (_, i) => ({ name: `.s${i}`, data: new Uint8Array(0) })));
    const table = elf.indexOf(Buffer.from('\0.s0\0.s1\0', 'latin1'));
    expect(table).toBeGreaterThan(0);
    const end = elf.indexOf(Buffer.from('.shstrtab\0', 'latin1'), table) + '.shstrtab'.length;
    for (let i = table; i <= end; i++) if (elf[i] === 0) elf[i] = 0x41;
    const info = await readElf(async (p, l) => elf.subarray(p, p + l), elf.length);
    expect(info!.sections).toHaveLength(n + 2);
    expect(Math.max(...info!.sections.map((s) => s.name.length))).toBe(MAX_SECTION_NAME);
    expect(info!.sections[1]!.name.startsWith('.s0A.s1A.s2A')).toBe(true);
  });

  it('2,000 small files: each pair is read with buffers the size of the files, not of the chunk', async () => {
    // (four 1 MiB buffers a file made the collector run for their external memory after every file: 33 s)
    const a = tmp('many-a-');
    const b = tmp('many-b-');
    for (let i = 0; i < 2_000; i++) {
      writeFileSync(join(a, `f${i}`), `file ${i}\n`);
      writeFileSync(join(b, `f${i}`), `file ${i}\n`);
    }
    const { allocUnsafe } = Buffer;
    let allocated = 0;
    Buffer.allocUnsafe = (size: number) => {
      allocated += size;
      return allocUnsafe(size);
    };
    let r;
    try {
      r = await compareArtifacts(a, b);
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
    }
    expect(r.status).toBe('identical');
    expect(r.files).toHaveLength(2_000);
    expect(allocated).toBeLessThan(2_000 * 4 * 64);
  });
});

describe('optional diffoscope', () => {
  const ok = (code: number, stdout: string, stderr = '') => ({ code, signal: null, stdout, stderr, timedOut: false, durationMs: 1 });

  it('runs only on differing files, with an argument array, and keeps the start of its report', async () => {
    const calls: { file: string; args: readonly string[] }[] = [];
    const run = async (file: string, args: readonly string[]) => {
      calls.push({ file, args });
      return ok(1, '--- a\n+++ b\n' + 'x'.repeat(100));
    };
    const [a, b] = pair(Buffer.from('one'), Buffer.from('two'));
    const r = await compareArtifacts(a, b, { diffoscope: { run, maxChars: 20 } });
    expect(calls).toEqual([{ file: 'diffoscope', args: ['--text', '-', '--no-progress', a, b] }]);
    expect(r.files[0]!.diffoscope).toMatch(/^--- a\n\+\+\+ b\nx{8}\n\[… cut at 20 characters\]$/);
    const same = await compareArtifacts(...pair(Buffer.from('s'), Buffer.from('s')), { diffoscope: { run } });
    expect(same.files[0]!.diffoscope).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('a diffoscope crash is a note, not a failed comparison', async () => {
    const r = await compareArtifacts(...pair(Buffer.from('one'), Buffer.from('two')), { diffoscope: { run: async () => ok(2, '', 'Traceback…\nKeyError') } });
    expect(r.status).toBe('differs');
    expect(r.files[0]!.notes).toContain('diffoscope failed (exit 2): KeyError');
  });
});

describe('path-prefix normalisation', () => {
  it('equal-length prefixes are normalized-identical in normalized mode, differs in strict mode', async () => {
    const a = Buffer.from('start /build/aaaa/src/main.rs middle /build/aaaa end');
    const b = Buffer.from('start /build/bbbb/src/main.rs middle /build/bbbb end');
    const prefixes = ['/build/aaaa', '/build/bbbb'];
    const n = await compareArtifacts(...pair(a, b), { allowPathPrefixes: prefixes });
    expect(n.status).toBe('normalized-identical');
    expect(n.files[0]).toMatchObject({ prefixOccurrences: { a: 2, b: 2 } });
    const s = await compareArtifacts(...pair(a, b), { allowPathPrefixes: prefixes, mode: 'strict' });
    expect(s.status).toBe('differs');
  });

  it('a prefix that is not declared keeps the files different', async () => {
    const r = await compareArtifacts(...pair(Buffer.from('/build/aaaa/x'), Buffer.from('/build/cccc/x')), { allowPathPrefixes: ['/build/aaaa', '/build/bbbb'] });
    expect(r.status).toBe('differs');
  });

  it('prefixes of different lengths in a binary: says the layout shifts and recommends --remap-path-prefix', async () => {
    const r = await compareArtifacts(...pair(Buffer.from('x\0/w/a/f.rs y'), Buffer.from('x\0/w/bbb/f.rs y')), { allowPathPrefixes: ['/w/a', '/w/bbb'] });
    expect(r.status).toBe('differs');
    expect(r.files[0]!.notes.join(' ')).toMatch(/differ in length \(4 vs 6 bytes\), which shifts the layout .*--remap-path-prefix/);
    expect(r.notes.join(' ')).toMatch(/--remap-path-prefix/);
  });

  it('text files (dep-info) with build paths of different lengths are normalized-identical, with no --remap-path-prefix advice', async () => {
    const dep = (dir: string) =>
      Buffer.from(`${dir}/target/release/app: ${dir}/src/main.rs ${dir}/src/lib.rs\n\n${dir}/src/main.rs:\n${dir}/src/lib.rs:\n`);
    const prefixes = ['/build/aaaa', '/build/bbbbbbbb'];
    const r = await compareArtifacts(...pair(dep('/build/aaaa'), dep('/build/bbbbbbbb')), { allowPathPrefixes: prefixes, chunkSize: 16 });
    expect(r.status).toBe('normalized-identical');
    expect(r.files[0]).toMatchObject({ status: 'normalized-identical', prefixOccurrences: { a: 5, b: 5 } });
    expect(r.files[0]!.notes.join(' ')).toMatch(/text, compared line by line/);
    expect(JSON.stringify(r)).not.toMatch(/remap-path-prefix/);
  });

  it('a text file that still differs after masking names the first differing line, without remap advice', async () => {
    const a = Buffer.from('/build/aaaa/x.rs:\nsame\nfeature=a\n');
    const b = Buffer.from('/build/bbbbbbbb/x.rs:\nsame\nfeature=b\n');
    const r = await compareArtifacts(...pair(a, b), { allowPathPrefixes: ['/build/aaaa', '/build/bbbbbbbb'] });
    expect(r.files[0]).toMatchObject({ status: 'differs', firstDifferentLine: 3 });
    expect(r.files[0]!.notes).toContain('line 3 still differs after masking 1 + 1 occurrences of the declared path prefixes');
    expect(JSON.stringify(r)).not.toMatch(/remap-path-prefix/);
  });

  it('two prefixes, each file holding only its own: every byte is searched a bounded number of times (not once per match of the other)', async () => {
    // A dep-info-like file naming its build directory on every line, 256 KiB a side: searching each prefix again
    // after every match of the other scanned to the end of the chunk for a prefix that is not there (4,900
    // matches x the rest of a 1 MiB chunk; 60 s for 4 MiB files).
    const PA = '/home/runner/work/proj-a/target';
    const PB = '/home/runner/work/proj-bb/target';
    const lines = (p: string) => {
      let s = '';
      for (let i = 0; i < 5_000; i++) s += `${p}/debug/deps/f${i}.rs:\n`;
      return Buffer.from(s);
    };
    const a = lines(PA);
    const b = lines(PB);
    const files = pair(a, b);
    const orig = Buffer.prototype.indexOf;
    let scanned = 0;
    Buffer.prototype.indexOf = function (this: Buffer, value: string | number | Uint8Array, byteOffset?: number | string, encoding?: BufferEncoding) {
      const at = orig.call(this, value, byteOffset as number, encoding);
      const from = typeof byteOffset === 'number' ? Math.max(0, byteOffset) : 0;
      scanned += (at < 0 ? this.length : at) - from;
      return at;
    };
    let r;
    try {
      r = await compareArtifacts(...files, { allowPathPrefixes: [PA, PB] });
    } finally {
      Buffer.prototype.indexOf = orig;
    }
    const matches = a.toString().split(PA).length - 1;
    expect(r.files[0]).toMatchObject({ status: 'normalized-identical', prefixOccurrences: { a: matches, b: matches } });
    expect(scanned).toBeGreaterThan(a.length);
    expect(scanned).toBeLessThan(8 * (a.length + b.length));
  });

  it('prefixes that never occur: the files are read once (no second, normalising pass)', async () => {
    const io = () => Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
    const size = 8 << 20;
    const a = Buffer.alloc(size, 0x41);
    const b = Buffer.from(a);
    b[100] = 0x42;
    const files = pair(a, b);
    const before = io();
    const r = await compareArtifacts(...files, { allowPathPrefixes: ['/never/there'] });
    const read = io() - before;
    expect(r.files[0]!.notes).toContain('none of the declared path prefixes occurs in either file');
    expect(read).toBeLessThan(2.5 * size);
    // A prefix that occurs, and a difference at byte 100: the masked comparison stops there.
    const withPrefix = Buffer.concat([Buffer.from('/build/aaaa '), a]);
    const withOther = Buffer.concat([Buffer.from('/build/bbbb '), b]);
    const files2 = pair(withPrefix, withOther);
    const before2 = io();
    const r2 = await compareArtifacts(...files2, { allowPathPrefixes: ['/build/aaaa', '/build/bbbb'] });
    const read2 = io() - before2;
    expect(r2.files[0]).toMatchObject({ status: 'differs', prefixOccurrences: { a: 1, b: 1 } });
    expect(read2).toBeLessThan(2.5 * size);
  });

  it('finds prefixes wherever chunk boundaries fall', () =>
    fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 5 }), fc.integer({ min: 2, max: 40 }), async (body, spots, chunkSize) => {
        const insert = (prefix: string) => {
          const parts: Buffer[] = [];
          let last = 0;
          for (const s of [...spots].map((x) => Math.min(x, body.length)).sort((x, y) => x - y)) {
            parts.push(Buffer.from(body.subarray(last, s)), Buffer.from(prefix));
            last = s;
          }
          parts.push(Buffer.from(body.subarray(last)));
          return Buffer.concat(parts);
        };
        const r = await compareArtifacts(...pair(insert('/tmp/one/'), insert('/tmp/two/')), { allowPathPrefixes: ['/tmp/one/', '/tmp/two/'], chunkSize });
        expect(r.status).toBe(spots.length === 0 ? 'identical' : 'normalized-identical');
        if (spots.length) expect(r.files[0]!.prefixOccurrences).toEqual({ a: spots.length, b: spots.length });
      }),
      { numRuns: 60 },
    ));
});

/** Leftmost (longest at a tie) non-overlapping occurrences of `prefixes` in the whole of `buf`. */
function countPrefixes(buf: Buffer, prefixes: readonly Buffer[]): number {
  let n = 0;
  for (let i = 0; ; ) {
    let best = -1;
    let len = 0;
    for (const p of prefixes) {
      const at = buf.indexOf(p, i);
      if (at >= 0 && (best < 0 || at < best || (at === best && p.length > len))) [best, len] = [at, p.length];
    }
    if (best < 0) return n;
    n++;
    i = best + len;
  }
}

describe('prefix counts over two builds that share most of their bytes', () => {
  it('equal chunks are searched once, and each file still counts exactly its own occurrences', () =>
    fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 6 }),
        fc.array(fc.nat(300), { maxLength: 3 }),
        fc.array(fc.nat(300), { maxLength: 3 }),
        fc.integer({ min: 2, max: 48 }),
        async (body, both, onlyB, flips, chunkSize) => {
          const prefixes = ['/build/x/', '/build/xy/'].map((p) => Buffer.from(p));
          // the same prefixes at the same places in both files, a few more in B, and B's bytes flipped here and there
          const build = (spots: number[]) => {
            const parts: Buffer[] = [];
            let last = 0;
            spots.forEach((x, k) => {
              const at = Math.min(x, body.length);
              if (at < last) return;
              parts.push(Buffer.from(body.subarray(last, at)), prefixes[k % 2]!);
              last = at;
            });
            parts.push(Buffer.from(body.subarray(last)));
            return Buffer.concat(parts);
          };
          const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
          const a = build(sorted(both));
          const b = build(sorted([...both, ...onlyB]));
          for (const f of flips) if (b.length) b[f % b.length] ^= 0x20;
          const r = await compareArtifacts(...pair(a, b), { allowPathPrefixes: ['/build/x/', '/build/xy/'], chunkSize });
          const file = r.files[0]!;
          const expected = { a: countPrefixes(a, prefixes), b: countPrefixes(b, prefixes) };
          if (file.prefixOccurrences) expect(file.prefixOccurrences).toEqual(expected);
          else expect(file.status).toBe('identical');
        },
      ),
      { numRuns: 150 },
    ));
});

describe('rustc stages', () => {
  it('reads stage numbers from labels and paths', () => {
    expect(stageNumber('stage2')).toBe(2);
    expect(stageNumber('3')).toBe(3);
    expect(stageNumber('/w/build/x86_64-unknown-linux-gnu/stage1/bin/rustc')).toBe(1);
    expect(stageNumber('/w/build/stage1-rustc')).toBe(1);
    expect(stageNumber('/w/out')).toBeUndefined();
  });

  it('stage1 vs stage2 is expected to differ; stage2 vs stage3 is the fixpoint; same stage is a rebuild', () => {
    const e12 = stageExpectation(1, 2);
    expect(e12).toMatchObject({ expectation: 'different-compilers', expectedToDiffer: true });
    expect(e12.note).toMatch(/different compilers.*fixpoint to check is stage2 vs stage3/);
    expect(stageExpectation(2, 3)).toMatchObject({ expectation: 'fixpoint', expectedToDiffer: false });
    expect(stageExpectation(2, 2)).toMatchObject({ expectation: 'rebuild', expectedToDiffer: false });
    expect(stageExpectation(undefined, 2)).toMatchObject({ expectation: 'unknown', expectedToDiffer: false });
  });

  it('the report says a stage1/stage2 difference is expected instead of failing blindly', async () => {
    const d = tmp('stages-');
    mkdirSync(join(d, 'stage1'));
    mkdirSync(join(d, 'stage2'));
    writeFileSync(join(d, 'stage1', 'librustc_driver.so'), 'built by stage0');
    writeFileSync(join(d, 'stage2', 'librustc_driver.so'), 'built by stage1');
    const r = await compareArtifacts(join(d, 'stage1'), join(d, 'stage2'));
    expect(r.status).toBe('differs');
    expect(r.stages).toMatchObject({ stageA: 1, stageB: 2, expectedToDiffer: true });
    expect(r.notes.join(' ')).toMatch(/expected to differ/);
  });
});

describe.skipIf(!hasRustc)('real rustc outputs built in two directories (needs rustc)', () => {
  const root = tmp('rustc-dirs-');
  // Equal-length directory names, and one longer name.
  const dirs = { a: join(root, 'aaaa'), b: join(root, 'bbbb'), long: join(root, 'bbbbbbbb') };
  const build = (dir: string, out: string, extra: string[]) => {
    const r = spawnSync('rustc', ['--edition', '2021', ...extra, '-o', join(dir, out), join(dir, 'hello.rs')], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  beforeAll(() => {
    for (const dir of Object.values(dirs)) {
      mkdirSync(dir);
      copyFileSync(helloSource, join(dir, 'hello.rs'));
      build(dir, 'hello.o', ['--emit=obj']);
      build(dir, 'hello-remap.o', ['--emit=obj', `--remap-path-prefix=${dir}=/build`]);
    }
  }, 60_000);

  it('without --remap-path-prefix the objects differ; masking equal-length build dirs makes them normalized-identical', async () => {
    const strict = await compareArtifacts(join(dirs.a, 'hello.o'), join(dirs.b, 'hello.o'), { mode: 'strict' });
    expect(strict.status).toBe('differs');
    expect(strict.files[0]!.elf!.sections.some((s) => s.name.startsWith('.rodata'))).toBe(true);
    const n = await compareArtifacts(join(dirs.a, 'hello.o'), join(dirs.b, 'hello.o'), { allowPathPrefixes: [dirs.a, dirs.b] });
    expect(n.status).toBe('normalized-identical');
    expect(readFileSync(join(dirs.a, 'hello.o')).includes(Buffer.from(dirs.a))).toBe(true);
  });

  it('build dirs of different lengths shift the layout and the report recommends --remap-path-prefix', async () => {
    const r = await compareArtifacts(join(dirs.a, 'hello.o'), join(dirs.long, 'hello.o'), { allowPathPrefixes: [dirs.a, dirs.long] });
    expect(r.status).toBe('differs');
    expect(r.files[0]!.classification).toBe('layout-shift');
    expect(r.files[0]!.notes.join(' ')).toMatch(/differ in length .* --remap-path-prefix/);
  });

  it('rust-lld reorders .debug_str: equal-length build dirs still differ after masking, only in debug sections; compare-ignore: debug passes them', async () => {
    const d = tmp('lld-');
    // As cargo builds a workspace member: a relative source path, so only debug info names the directory.
    const exe = (dir: string) => {
      mkdirSync(dir);
      copyFileSync(helloSource, join(dir, 'hello.rs'));
      const r = spawnSync('rustc', ['--edition', '2021', '-g', '-o', 'hello', 'hello.rs'], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return join(dir, 'hello');
    };
    // lld places each merged debug string by a hash of its text (into one of 32 shards), so whether two equal-length
    // directory names move .debug_str depends on the names: about 1 pair in 32 lands in the same shard and the
    // binaries are identical after masking. Build further equal-length directories until one pair differs.
    const a = exe(join(d, 'aaaa'));
    let b = '';
    let prefixes: string[] = [];
    let r: Awaited<ReturnType<typeof compareArtifacts>> | undefined;
    for (const name of ['bbbb', 'cccc', 'dddd', 'eeee', 'ffff']) {
      b = exe(join(d, name));
      prefixes = [join(d, 'aaaa'), join(d, name)];
      r = await compareArtifacts(a, b, { allowPathPrefixes: prefixes });
      if (r.status !== 'normalized-identical') break;
    }
    if (!r) throw new Error('no comparison ran');
    expect(r.status).toBe('differs');
    expect(r.files[0]!.elf!.sections.map((s) => s.name)).toContain('.debug_str');
    expect(r.files[0]!.notes.join(' ')).toMatch(/once the declared paths are masked only debug sections differ \(.*\.debug_str.*\).*set compare-ignore: debug/);
    expect(r.notes.join(' ')).toMatch(/compare-ignore: debug/);
    const ignored = await compareArtifacts(a, b, { allowPathPrefixes: prefixes, ignore: ['debug'] });
    expect(ignored.status).toBe('normalized-identical');
    expect(ignored.files[0]!.notes[0]).toMatch(/^identical apart from debug sections, ignored \(compare-ignore: debug\): .*\.debug_str/);
  }, 60_000);

  it('with --remap-path-prefix the outputs are byte-identical, whatever the directory length', async () => {
    const d = tmp('remap-');
    mkdirSync(join(d, 'x'));
    mkdirSync(join(d, 'y'));
    copyFileSync(join(dirs.a, 'hello-remap.o'), join(d, 'x', 'hello.o'));
    copyFileSync(join(dirs.long, 'hello-remap.o'), join(d, 'y', 'hello.o'));
    const r = await compareArtifacts(join(d, 'x'), join(d, 'y'), { mode: 'strict' });
    expect(r.status).toBe('identical');
    expect(r.files[0]!.sha256A).toBe(r.files[0]!.sha256B);
  });
});
