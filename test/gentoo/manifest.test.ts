import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile, manifestLine, parseManifest, regularManifestLine, verifyDistfiles } from '../../shared/gentoo/manifest.js';

const FIX = fileURLToPath(new URL('../../fixtures/gentoo/manifest-distdir-mismatch', import.meta.url));
const B = 'a'.repeat(128);
const S = 'b'.repeat(128);

/** What the fast path must read: this regex over one line, and nothing else. */
const REGULAR_REFERENCE = /^(DIST|EBUILD|AUX|MISC) ([^ \n]+) (\d+) BLAKE2B ([0-9a-f]{128}) SHA512 ([0-9a-f]{128})\r?$/;

describe('regularManifestLine', () => {
  const hex = (seed: number): string => Array.from({ length: 128 }, (_, i) => '0123456789abcdef'[(seed * 7 + i * 13) % 16]).join('');
  const bases = [
    `DIST foo-1.0.tar.gz 1234 BLAKE2B ${hex(1)} SHA512 ${hex(2)}`,
    `EBUILD x-1.ebuild 7 BLAKE2B ${hex(3)} SHA512 ${hex(4)}\r`,
    `MISC a 0 BLAKE2B ${hex(5)} SHA512 ${hex(6)}`,
    `AUX p\tq\u00e9.patch 10 BLAKE2B ${hex(7)} SHA512 ${hex(8)}`,
  ];
  // every deletion, replacement and insertion of one character, at every position of each line
  // with the neighbours of the hex ranges ('/' ':' '`' 'g') and characters past Latin-1 (a full-width digit)
  const subs = [' ', 'G', 'A', '0', 'f', '\t', '\r', '\u00e9', 'S', '/', ':', '`', 'g', '\uff10'];
  const lines = new Set<string>(bases);
  for (const b of bases) {
    for (let i = 0; i <= b.length; i++) {
      if (i < b.length) lines.add(b.slice(0, i) + b.slice(i + 1));
      for (const c of subs) {
        if (i < b.length) lines.add(b.slice(0, i) + c + b.slice(i + 1));
        lines.add(b.slice(0, i) + c + b.slice(i));
      }
    }
  }

  it('reads exactly the lines the reference regex matches, with the same fields, inside a larger text too', () => {
    let accepted = 0;
    for (const l of lines) {
      const m = REGULAR_REFERENCE.exec(l);
      const want = m ? { type: m[1], file: m[2], size: m[3], blake2b: m[4], sha512: m[5] } : undefined;
      expect(regularManifestLine(l, 0, l.length), JSON.stringify(l)).toEqual(want);
      const text = `DIST before 1\n${l}\nafter`;
      expect(regularManifestLine(text, 14, 14 + l.length)).toEqual(want);
      if (want) accepted++;
    }
    // the mutations reach both answers: the four lines, and replacements that keep a line regular (a digit for a
    // digit, a hex digit for a hex digit, a name character for a name character)
    expect(lines.size).toBeGreaterThan(20_000);
    expect(accepted).toBeGreaterThan(1_000);
    expect(lines.size - accepted).toBeGreaterThan(15_000);
  });
});

describe('parseManifest', () => {
  it('parses DIST lines with their hashes and lines', () => {
    const r = parseManifest(`DIST foo-1.0.tar.gz 1234 BLAKE2B ${B} SHA512 ${S}\n\nDIST bar.crate 5 BLAKE2B ${B} SHA512 ${S}\n`);
    expect(r.findings).toEqual([]);
    expect(r.manifest.entries).toHaveLength(2);
    expect(r.manifest.dist.get('bar.crate')).toEqual({ type: 'DIST', file: 'bar.crate', size: 5, hashes: { BLAKE2B: B, SHA512: S }, line: 3 });
  });

  it('reports malformed lines with file and line, and keeps going', () => {
    const text = [
      `DIST ok.tar.gz 1 BLAKE2B ${B} SHA512 ${S}`,
      'DIST short 12',
      `FOO x 1 BLAKE2B ${B}`,
      `DIST nosize.tar.gz abc BLAKE2B ${B} SHA512 ${S}`,
      `DIST odd.tar.gz 1 BLAKE2B ${B} SHA512`,
      `DIST after.tar.gz 2 BLAKE2B ${B} SHA512 ${S}`,
    ].join('\n');
    const r = parseManifest(text, { file: 'app/x/Manifest' });
    expect(r.findings.map((f) => [f.code, f.line, f.file])).toEqual([
      ['manifest-malformed-line', 2, 'app/x/Manifest'],
      ['manifest-malformed-line', 3, 'app/x/Manifest'],
      ['manifest-malformed-line', 4, 'app/x/Manifest'],
      ['manifest-malformed-line', 5, 'app/x/Manifest'],
    ]);
    expect([...r.manifest.dist.keys()]).toEqual(['ok.tar.gz', 'after.tar.gz']);
  });

  it('reports digests of the wrong length or not hex', () => {
    const r = parseManifest(`DIST a 1 BLAKE2B abc123 SHA512 ${S}\nDIST b 1 BLAKE2B ${'z'.repeat(128)} SHA512 ${S}\n`);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['manifest-bad-digest', 1],
      ['manifest-bad-digest', 2],
    ]);
    expect(r.manifest.dist.size).toBe(0);
  });

  it('reports missing required hashes (default BLAKE2B and SHA512) and honours layout.conf', () => {
    const line = `DIST a 1 SHA512 ${S}`;
    expect(parseManifest(line).findings.map((f) => f.code)).toEqual(['manifest-missing-hash']);
    expect(parseManifest(line, { requiredHashes: ['SHA512'] }).findings).toEqual([]);
  });

  it('reports deprecated hashes', () => {
    const r = parseManifest(`DIST a 1 BLAKE2B ${B} SHA512 ${S} WHIRLPOOL ${'c'.repeat(128)} MD5 ${'d'.repeat(32)}`);
    expect(r.findings.filter((f) => f.code === 'manifest-deprecated-hash')).toHaveLength(2);
  });

  it('reports a deprecated or missing hash once per Manifest, at its first entry, with how many entries share it', () => {
    // a Manifest written before BLAKE2B (SHA256 SHA512 WHIRLPOOL on every line), as old overlays still carry
    const W = 'c'.repeat(128);
    const H = 'd'.repeat(64);
    const old = [
      `EBUILD x-1.ebuild 10 SHA256 ${H} SHA512 ${S} WHIRLPOOL ${W}`,
      ...Array.from({ length: 300 }, (_, i) => `DIST c${i}-1.0.0.crate ${100 + i} SHA256 ${H} SHA512 ${S} WHIRLPOOL ${W}`),
      `DIST late.tar.gz 5 SHA256 ${H} SHA512 ${S} MD5 ${'e'.repeat(32)}`,
    ].join('\n');
    const r = parseManifest(old, { file: 'cat/x/Manifest' });
    expect(r.findings.map((f) => [f.code, f.line, f.message])).toEqual([
      ['manifest-deprecated-hash', 1, '301 entries carry WHIRLPOOL, a deprecated hash (the first: x-1.ebuild)'],
      ['manifest-missing-hash', 1, '302 entries lack required hash BLAKE2B (the first: x-1.ebuild)'],
      ['manifest-deprecated-hash', 302, 'late.tar.gz carries MD5, a deprecated hash'],
    ]);
    expect(r.findings.every((f) => f.file === 'cat/x/Manifest')).toBe(true);
    const unknown = parseManifest([1, 2, 3].map((i) => `DIST f${i} 1 BLAKE2B ${B} SHA512 ${S} SHA4 ${H}`).join('\n')).findings;
    expect(unknown.map((f) => [f.code, f.line, f.message])).toEqual([['manifest-unknown-hash', 1, '3 entries carry the unknown hash "SHA4" (the first: f1)']]);
    expect(r.manifest.dist.size).toBe(301);
    // other sets of missing hashes are other findings; the fast path's lines (BLAKE2B + SHA512) count with the rest
    const required = ['BLAKE2B', 'SHA512', 'SHA256'];
    const mixed = [`DIST a 1 BLAKE2B ${B} SHA512 ${S}`, `DIST b 1 BLAKE2B ${B} SHA512 ${S}`, `DIST c 1 SHA512 ${S}`].join('\n');
    expect(parseManifest(mixed, { requiredHashes: required }).findings.map((f) => [f.line, f.message])).toEqual([
      [1, '2 entries lack required hash SHA256 (the first: a)'],
      [3, 'c lacks required hashes BLAKE2B, SHA256'],
    ]);
  });

  it('reports non-DIST lines in a thin Manifest (once), not in a thick one', () => {
    const text = `DIST a 1 BLAKE2B ${B} SHA512 ${S}\nEBUILD a-1.ebuild 10 BLAKE2B ${B} SHA512 ${S}\nAUX fix.patch 3 BLAKE2B ${B} SHA512 ${S}\n`;
    const thin = parseManifest(text, { thin: true });
    expect(thin.findings.map((f) => [f.code, f.line])).toEqual([['manifest-not-thin', 2]]);
    expect(parseManifest(text, { thin: false }).findings).toEqual([]);
  });

  it('reports repeated DIST entries, as an error when they disagree', () => {
    const r = parseManifest(`DIST a 1 BLAKE2B ${B} SHA512 ${S}\nDIST a 1 BLAKE2B ${B} SHA512 ${S}\nDIST a 2 BLAKE2B ${B} SHA512 ${S}\n`);
    expect(r.findings.map((f) => [f.severity, f.line])).toEqual([
      ['notice', 2],
      ['error', 3],
    ]);
    expect(r.manifest.dist.get('a')?.line).toBe(1);
  });

  it('never throws on garbage', () => {
    for (const t of ['', '\n\n', 'DIST', '\u0000\u0001', 'DIST a b c d e f g']) expect(() => parseManifest(t)).not.toThrow();
  });
});

describe('verifyDistfiles', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'manifest-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('checks size, BLAKE2B and SHA512; mismatches read as expected/actual/file; missing files are notices', async () => {
    const { manifest } = parseManifest(readFileSync(path.join(FIX, 'Manifest'), 'utf8'));
    const r = await verifyDistfiles(manifest, FIX, { file: 'Manifest' });
    expect(r.checks.map((c) => [c.distfile, c.status])).toEqual([
      ['hello-1.0.tar.gz', 'ok'],
      ['tampered-1.0.tar.gz', 'mismatch'],
      ['absent-2.0.tar.gz', 'missing'],
    ]);
    const mismatch = r.findings.find((f) => f.code === 'distfile-mismatch')!;
    expect(mismatch.severity).toBe('error');
    expect(mismatch.line).toBe(2);
    const actual = readFileSync(path.join(FIX, 'tampered-1.0.tar.gz'));
    const blake = createHash('blake2b512').update(actual).digest('hex');
    expect(mismatch.message).toContain(`file:    ${path.join(FIX, 'tampered-1.0.tar.gz')}`);
    expect(mismatch.message).toContain(`size:    expected 18, actual ${actual.length}`);
    expect(mismatch.message).toContain(`actual   ${blake}`);
    expect(mismatch.message).toContain(`expected ${manifest.dist.get('tampered-1.0.tar.gz')!.hashes.BLAKE2B}`);
    expect(mismatch.hint).toContain(`DIST tampered-1.0.tar.gz ${actual.length} BLAKE2B ${blake} SHA512 `);
    expect(r.findings.find((f) => f.code === 'distfile-missing')?.severity).toBe('notice');
  });

  it('streams a multi-chunk file and matches node:crypto on the whole buffer', async () => {
    const buf = Buffer.alloc(3 * (1 << 20) + 17);
    for (let i = 0; i < buf.length; i++) buf[i] = (i * 31) & 0xff;
    const p = path.join(tmp, 'big.bin');
    writeFileSync(p, buf);
    const h = await hashFile(p, ['BLAKE2B', 'SHA512']);
    expect(h.size).toBe(buf.length);
    expect(h.hashes.BLAKE2B).toBe(createHash('blake2b512').update(buf).digest('hex'));
    expect(h.hashes.SHA512).toBe(createHash('sha512').update(buf).digest('hex'));
    const { manifest } = parseManifest(manifestLine('big.bin', h));
    const r = await verifyDistfiles(manifest, tmp);
    expect(r.checks[0].status).toBe('ok');
  });

  it('refuses DIST names that would leave the distdir', async () => {
    const { manifest } = parseManifest(`DIST ../escape 1 BLAKE2B ${B} SHA512 ${S}`);
    const r = await verifyDistfiles(manifest, tmp);
    expect(r.checks[0].status).toBe('unsafe-name');
    expect(r.findings[0].code).toBe('manifest-unsafe-name');
  });
});
