import { describe, expect, it } from 'vitest';
import { parseLayoutConf } from '../../shared/gentoo/layout-conf.js';

const codes = (r: { findings: { code: string }[] }): string[] => r.findings.map((f) => f.code);

describe('parseLayoutConf', () => {
  it('reads a GURU-like layout.conf with no findings', () => {
    const r = parseLayoutConf(
      '# comment\nmasters = gentoo\nthin-manifests = true\nsign-commits = true\nmanifest-hashes = BLAKE2B SHA512\nmanifest-required-hashes = BLAKE2B\ncache-formats = md5-dict\n',
      'metadata/layout.conf',
    );
    expect(r.findings).toEqual([]);
    expect(r.layout.masters).toEqual(['gentoo']);
    expect(r.layout.thinManifests).toBe(true);
    expect(r.layout.signCommits).toBe(true);
    expect(r.layout.manifestRequiredHashes).toEqual(['BLAKE2B']);
    expect(r.layout.cacheFormats).toEqual(['md5-dict']);
    expect(r.layout.raw.masters.line).toBe(2);
  });

  it('applies the documented defaults', () => {
    const r = parseLayoutConf('masters = gentoo\n');
    expect(r.layout).toMatchObject({
      thinManifests: false,
      signCommits: false,
      signManifests: true,
      useManifests: 'strict',
      manifestHashes: ['BLAKE2B', 'SHA512'],
      manifestRequiredHashes: ['BLAKE2B', 'SHA512'],
      profileFormats: ['pms'],
      updateChangelog: false,
    });
  });

  it('required hashes default to all of manifest-hashes', () => {
    expect(parseLayoutConf('masters = gentoo\nmanifest-hashes = SHA512 SHA256\n').layout.manifestRequiredHashes).toEqual(['SHA512', 'SHA256']);
  });

  it('reports RegicideOS keys Portage ignores, at their lines, with where they belong', () => {
    const r = parseLayoutConf('masters = gentoo\npriority = 100\neapis = 8\nproperties = live\n', 'l.conf');
    const unknown = r.findings.filter((f) => f.code === 'layout-unknown-key');
    expect(unknown.map((f) => [f.line, f.file])).toEqual([[2, 'l.conf'], [3, 'l.conf'], [4, 'l.conf']]);
    expect(unknown[0].hint).toMatch(/repos\.conf/);
  });

  it('reports a missing masters key as an error', () => {
    const r = parseLayoutConf('thin-manifests = true\n');
    expect(r.layout.masters).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'layout-missing-masters')?.severity).toBe('error');
  });

  it('accepts an empty masters (standalone repository)', () => {
    const r = parseLayoutConf('masters =\n');
    expect(r.layout.masters).toEqual([]);
    expect(codes(r)).not.toContain('layout-missing-masters');
  });

  it('reports deprecated and unknown hashes', () => {
    const r = parseLayoutConf('masters = gentoo\nmanifest-hashes = SHA512 WHIRLPOOL MD5 FOO\nmanifest-required-hashes = SHA512\n');
    expect(r.findings.filter((f) => f.code === 'layout-deprecated-hash').map((f) => f.message)).toEqual([
      expect.stringContaining('WHIRLPOOL'),
      expect.stringContaining('MD5'),
    ]);
    expect(codes(r)).toContain('layout-unknown-hash');
  });

  it('reports required hashes that are not generated', () => {
    const r = parseLayoutConf('masters = gentoo\nmanifest-hashes = SHA512\nmanifest-required-hashes = BLAKE2B SHA512\n');
    const f = r.findings.find((x) => x.code === 'layout-required-hashes-not-subset');
    expect(f?.line).toBe(3);
    expect(f?.message).toContain('BLAKE2B');
  });

  it('turns malformed lines, duplicates and bad booleans into findings', () => {
    const r = parseLayoutConf('masters = gentoo\njust some words\nthin-manifests = yes\nmasters = gentoo guru\n');
    expect(codes(r)).toEqual(expect.arrayContaining(['layout-malformed-line', 'layout-bad-boolean', 'layout-duplicate-key']));
    expect(r.layout.masters).toEqual(['gentoo', 'guru']);
    expect(r.layout.thinManifests).toBe(false);
  });

  it('handles CRLF and empty input without throwing', () => {
    expect(parseLayoutConf('masters = gentoo\r\nthin-manifests = true\r\n').layout.thinManifests).toBe(true);
    expect(codes(parseLayoutConf(''))).toEqual(['layout-missing-masters']);
  });
});
