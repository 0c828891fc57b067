import { describe, expect, it } from 'vitest';
import { parseMd5Cache } from '../../shared/gentoo/md5-cache.js';

const ENTRY = [
  'BDEPEND=virtual/pkgconfig',
  'DEFINED_PHASES=compile configure install prepare test unpack',
  'DEPEND=>=dev-libs/openssl-3:=',
  'EAPI=8',
  'INHERIT=cargo',
  'IUSE=debug',
  'KEYWORDS=~amd64 ~arm64',
  'LICENSE=|| ( Apache-2.0 MIT ) Unicode-DFS-2016',
  'SLOT=0',
  'SRC_URI=https://crates.io/api/v1/crates/anyhow/1.0.86/download -> anyhow-1.0.86.crate',
  '_eclasses_=cargo\t0123456789abcdef0123456789abcdef\tflag-o-matic\tfedcba9876543210fedcba9876543210',
  '_md5_=3f4a8b2c1d0e9f8a7b6c5d4e3f2a1b0c',
  '',
].join('\n');

describe('parseMd5Cache', () => {
  it('reads keys, eclasses and the ebuild md5', () => {
    const r = parseMd5Cache(ENTRY);
    expect(r.findings).toEqual([]);
    expect(r.entry.values.KEYWORDS).toBe('~amd64 ~arm64');
    expect(r.entry.values.LICENSE).toBe('|| ( Apache-2.0 MIT ) Unicode-DFS-2016');
    expect(r.entry.values.DEPEND).toBe('>=dev-libs/openssl-3:=');
    expect(r.entry.eclasses).toEqual({ cargo: '0123456789abcdef0123456789abcdef', 'flag-o-matic': 'fedcba9876543210fedcba9876543210' });
    expect(r.entry.md5).toBe('3f4a8b2c1d0e9f8a7b6c5d4e3f2a1b0c');
  });

  it('keeps an `=` inside a value', () => {
    expect(parseMd5Cache('RDEPEND=dev-lang/rust:=[rustfmt=]\n').entry.values.RDEPEND).toBe('dev-lang/rust:=[rustfmt=]');
  });

  it('turns malformed lines into findings with lines', () => {
    const r = parseMd5Cache('EAPI=8\nnot a pair\n_md5_=xyz\n_eclasses_=cargo\nFROB=1\n', 'metadata/md5-cache/a/b-1');
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['md5-cache-malformed-line', 2],
      ['md5-cache-bad-md5', 3],
      ['md5-cache-malformed-line', 4],
      ['md5-cache-unknown-key', 5],
    ]);
    expect(r.entry.md5).toBeUndefined();
    expect(r.findings[0].file).toBe('metadata/md5-cache/a/b-1');
  });
});
