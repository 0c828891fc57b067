import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync, cpSync, mkdirSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runCommand } from '../../shared/toolkit/exec.js';
import {
  licensesFromMetadata,
  runCargoMetadata,
  readCrateDirectory,
  readCrateTarball,
  licensesFromDirectory,
  collectLicenses,
  findInTar,
  licenseKey,
  crateFileName,
  wantedCrates,
} from '../../shared/cargo/license-sources.js';
import type { RunCommand } from '../../shared/io.js';
import { licenseAudit } from '../../shared/cargo/license-audit.js';
import { auditCrates } from '../../shared/cargo/audit.js';
import { parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { buildPolicy, compilePolicy } from '../../shared/cargo/policy.js';
import { ConfigurationError } from '../../shared/io.js';

/** The crates a license source read, each once (a crate is under the key of every kind it speaks for). */
const cratesRead = (m: ReadonlyMap<string, { name: string; version: string }>) => [...new Set([...m.values()].map((i) => `${i.name}@${i.version}`))].sort();

function hasCargoOnPath(): boolean {
  return (process.env['PATH'] ?? '').split(':').some((d) => d !== '' && existsSync(join(d, 'cargo')));
}

const fixtures = fileURLToPath(new URL('../../fixtures/cargo/', import.meta.url));
const read = (p: string) => readFileSync(fixtures + p, 'utf8');

describe('cargo metadata JSON', () => {
  it('reads license and license_file per name@version', () => {
    const r = licensesFromMetadata(read('metadata-small/cargo-metadata.json'), 'meta.json');
    expect(r.licenses.get('either@1.6.1')).toMatchObject({ license: 'MIT/Apache-2.0', origin: 'cargo-metadata' });
    expect(r.licenses.get('ring@0.17.8')).toMatchObject({ licenseFile: 'LICENSE' });
    expect(r.licenses.get('ring@0.17.8')?.license).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toEqual(['metadata-package-malformed']);
  });

  it('refuses what is not cargo metadata output', () => {
    expect(() => licensesFromMetadata('{', 'x.json')).toThrow(ConfigurationError);
    expect(() => licensesFromMetadata('{"a":1}', 'x.json')).toThrow(/expected the output of cargo metadata/);
  });

  it('never hands the action token to cargo', async () => {
    let seen: Record<string, string | undefined> | undefined;
    const fake: RunCommand = async (_file, _args, options) => {
      seen = options?.env;
      return { code: 0, signal: null, stdout: '{"packages":[],"version":1}', stderr: '', timedOut: false, durationMs: 1 };
    };
    await runCargoMetadata(fake, { manifestPath: 'Cargo.toml', scratch: '/scratch', env: { CARGO_HOME: '/c' } }, {
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'x',
      GITHUB_TOKEN: 'y',
      GITHUB_ENV: '/runner/env',
      GITHUB_PATH: '/runner/path',
      PATH: '/usr/bin',
    });
    expect(seen).toEqual({
      'INPUT_GITHUB-TOKEN': undefined,
      ACTIONS_RUNTIME_TOKEN: undefined,
      GITHUB_TOKEN: undefined,
      // The runner's command files: a child must not set variables or PATH for later steps.
      GITHUB_ENV: undefined,
      GITHUB_PATH: undefined,
      // The pull request's .cargo/config.toml must not choose the program cargo runs as rustc.
      RUSTC: 'rustc',
      RUSTC_WRAPPER: '',
      RUSTC_WORKSPACE_WRAPPER: '',
      CARGO_HOME: '/c',
    });
  });

  it.skipIf(!hasCargoOnPath())('a build.rustc or rustc-wrapper from the checkout\'s .cargo/config.toml is not run (real cargo)', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cla-evil-'));
    try {
      mkdirSync(join(dir, 'src'));
      mkdirSync(join(dir, '.cargo'));
      writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "evil"\nversion = "0.1.0"\nedition = "2021"\nlicense = "MIT"\n');
      writeFileSync(join(dir, 'src/lib.rs'), '');
      writeFileSync(join(dir, 'Cargo.lock'), 'version = 4\n\n[[package]]\nname = "evil"\nversion = "0.1.0"\n');
      writeFileSync(join(dir, 'evil.sh'), `#!/bin/sh\necho "$@" >> "${join(dir, 'RAN')}"\nexec rustc "$@"\n`, { mode: 0o755 });
      for (const key of ['rustc', 'rustc-wrapper']) {
        writeFileSync(join(dir, '.cargo/config.toml'), `[build]\n${key} = "./evil.sh"\n`);
        const r = await runCargoMetadata(runCommand, { manifestPath: join(dir, 'Cargo.toml'), scratch: mkdtempSync(join(tmpdir(), 'cla-scratch-')), offline: true }, { PATH: process.env['PATH'], HOME: process.env['HOME'] });
        expect(r.licenses.get(licenseKey('evil', '0.1.0', 'path'))?.license).toBe('MIT');
        expect(existsSync(join(dir, 'RAN')), key).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs cargo with an argument array and reports its stderr on failure', async () => {
    const calls: [string, readonly string[]][] = [];
    const fake: RunCommand = async (file, args) => {
      calls.push([file, args]);
      return { code: 101, signal: null, stdout: '', stderr: 'error: failed to parse lock file', timedOut: false, durationMs: 1 };
    };
    await expect(runCargoMetadata(fake, { manifestPath: 'Cargo.toml', scratch: '/scratch', offline: true }, {})).rejects.toThrow(/failed to parse lock file/);
    // Without rustup (`rustup which` fails), cargo from PATH.
    expect(calls).toEqual([
      ['rustup', ['which', 'cargo']],
      ['cargo', ['metadata', '--format-version', '1', '--manifest-path', 'Cargo.toml', '--locked', '--offline']],
    ]);
  });
});

describe('crate directories', () => {
  it('reads vendored crates, keeping license-file and reporting broken manifests', async () => {
    const r = await licensesFromDirectory(fixtures + 'crates-vendor');
    expect(cratesRead(r.licenses)).toEqual([
      'legacy-slash@1.2.0',
      'license-file-only@2.0.0',
      'no-license@0.1.0',
      'with-exception@0.3.1',
    ]);
    expect(r.licenses.get('legacy-slash@1.2.0')?.license).toBe('MIT/Apache-2.0');
    expect(r.licenses.get('license-file-only@2.0.0')).toMatchObject({ licenseFile: 'LICENSE.txt' });
    expect(r.licenses.get('license-file-only@2.0.0')?.license).toBeUndefined();
    expect(r.licenses.get('no-license@0.1.0')?.license).toBeUndefined();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'crate-manifest-malformed', file: expect.stringContaining('broken-toml') });
  });

  it('resolves license.workspace = true through the workspace root', async () => {
    const a = await readCrateDirectory(fixtures + 'crates-workspace/crates/member-a');
    expect(a.info).toMatchObject({ name: 'member-a', version: '0.4.0', license: 'MIT OR Apache-2.0', inherited: true });
    const b = await readCrateDirectory(fixtures + 'crates-workspace/crates/member-b');
    expect(b.info).toMatchObject({ license: 'MIT OR Apache-2.0', licenseFile: 'COPYING' });
    const c = await readCrateDirectory(fixtures + 'crates-workspace/crates/member-c');
    expect(c.info?.inherited).toBeUndefined();
  });

  it('reports an inherited license with no workspace root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lic-'));
    try {
      writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "x"\nversion = "1.0.0"\nlicense.workspace = true\n');
      const r = await readCrateDirectory(dir);
      expect(r.findings.map((f) => f.code)).toEqual(['workspace-root-missing']);
      expect(r.info?.license).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('walks ~/.cargo/registry/src/<index>/<name>-<version>', async () => {
    const home = mkdtempSync(join(tmpdir(), 'reg-'));
    try {
      const idx = join(home, 'src', 'index.crates.io-1949cf8c6b5b557f');
      cpSync(fixtures + 'crates-vendor/legacy-slash', join(idx, 'legacy-slash-1.2.0'), { recursive: true });
      // cargo marks a crate it unpacked from its registry: it speaks for the registry crate only
      writeFileSync(join(idx, 'legacy-slash-1.2.0', '.cargo-ok'), '{"v":1}');
      const r = await licensesFromDirectory(join(home, 'src'));
      expect([...r.licenses.keys()]).toEqual(['legacy-slash@1.2.0']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('.crate tarballs', () => {
  let distdir: string;
  beforeAll(async () => {
    distdir = mkdtempSync(join(tmpdir(), 'distdir-'));
    // Real tarballs from GNU tar, in the formats crates are found in (cargo writes ustar; pax and gnu appear).
    const formats = { 'distfoo-1.0.0': 'ustar', 'distbar-2.1.0-rc.1': 'pax' } as const;
    for (const [stem, format] of Object.entries(formats)) {
      const r = await runCommand('tar', ['--format', format, '-czf', join(distdir, `${stem}.crate`), '-C', fixtures + 'crates-distdir-src', stem]);
      expect(r.code).toBe(0);
    }
    writeFileSync(join(distdir, 'garbage-0.1.0.crate'), 'not gzip');
  });
  afterAll(() => rmSync(distdir, { recursive: true, force: true }));

  it('reads Cargo.toml out of gzip tar without extracting', async () => {
    const foo = await readCrateTarball(join(distdir, 'distfoo-1.0.0.crate'));
    expect(foo.info).toMatchObject({ name: 'distfoo', version: '1.0.0', license: '(BSD-3-Clause OR MIT) AND Unicode-DFS-2016', origin: 'crate-tarball' });
    const bar = await readCrateTarball(join(distdir, 'distbar-2.1.0-rc.1.crate'));
    expect(bar.info).toMatchObject({ name: 'distbar', licenseFile: 'COPYING' });
  });

  it('scans a DISTDIR and reports unreadable files', async () => {
    const r = await licensesFromDirectory(distdir);
    expect([...r.licenses.keys()].sort()).toEqual(['distbar@2.1.0-rc.1', 'distfoo@1.0.0']);
    expect(r.findings).toMatchObject([{ code: 'crate-tarball-unreadable', file: expect.stringContaining('garbage') }]);
  });

  it('with the lock\'s crates given, opens only those .crate files (cost follows the lock, not the DISTDIR)', async () => {
    // The garbage file is no longer even opened: no finding for it, and distbar is not read.
    const r = await licensesFromDirectory(distdir, new Set([crateFileName('distfoo', '1.0.0'), crateFileName('absent', '9.9.9')]));
    expect([...r.licenses.keys()]).toEqual(['distfoo@1.0.0']);
    expect(r.findings).toEqual([]);
    const c = await collectLicenses([distdir], { workspace: distdir, manifestPath: join(distdir, 'Cargo.toml'), wantedCrates: new Set([crateFileName('distbar', '2.1.0-rc.1')]) });
    expect([...c.licenses.keys()]).toEqual(['distbar@2.1.0-rc.1']);
  });

  it('when every registry crate of the locks lies in the DISTDIR and none is from git, it is not listed at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'distdir-direct-'));
    try {
      cpSync(join(distdir, 'distfoo-1.0.0.crate'), join(dir, 'distfoo-1.0.0.crate'));
      // what only a listing finds: a crate the lock does not name, as a directory, and a broken distfile
      mkdirSync(join(dir, 'other-1.0.0'));
      writeFileSync(join(dir, 'other-1.0.0', 'Cargo.toml'), '[package]\nname = "other"\nversion = "1.0.0"\nlicense = "MIT"\n');
      writeFileSync(join(dir, 'garbage-0.1.0.crate'), 'not gzip');
      const lock = (extra: string) =>
        parseLockfileOrThrow(`version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n\n[[package]]\nname = "distfoo"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n${extra}`);
      const read = async (l: ReturnType<typeof lock>) => {
        const w = wantedCrates(l.packages);
        return licensesFromDirectory(dir, w.files, [], w.only);
      };
      // the path package `app` needs no .crate; distfoo's is there: opened by name, nothing else
      expect(wantedCrates(lock('').packages)).toEqual({ files: new Set(['distfoo-1.0.0.crate']), only: true, git: new Set() });
      const direct = await read(lock(''));
      expect(cratesRead(direct.licenses)).toEqual(['distfoo@1.0.0']);
      expect(direct.findings).toEqual([]);
      // a git package: only a vendored directory could describe it, so the source is listed
      const git = lock('\n[[package]]\nname = "forked"\nversion = "0.1.0"\nsource = "git+https://example.org/forked#0123456789abcdef0123456789abcdef01234567"\n');
      expect(wantedCrates(git.packages)).toMatchObject({ only: false, git: new Set(['forked-0.1.0', 'forked']) });
      expect(cratesRead((await read(git)).licenses)).toEqual(['distfoo@1.0.0', 'other@1.0.0']);
      // a registry crate whose .crate is missing: listed as before
      const missing = lock('\n[[package]]\nname = "zz-absent"\nversion = "9.9.9"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n');
      expect(cratesRead((await read(missing)).licenses)).toEqual(['distfoo@1.0.0', 'other@1.0.0']);
      // unpacked as Debian's registry has them (`<name>-<version>/`): opened by name too, and not for a path crate
      mkdirSync(join(dir, 'zz-absent-9.9.9'));
      writeFileSync(join(dir, 'zz-absent-9.9.9', 'Cargo.toml'), '[package]\nname = "zz-absent"\nversion = "9.9.9"\nlicense = "ISC"\n');
      const unpacked = await read(missing);
      expect(cratesRead(unpacked.licenses)).toEqual(['distfoo@1.0.0', 'zz-absent@9.9.9']);
      expect(unpacked.licenses.get(licenseKey('zz-absent', '9.9.9'))?.license).toBe('ISC');
      expect(unpacked.licenses.has(licenseKey('zz-absent', '9.9.9', 'path'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("one level down, as cargo's registry/src and registry/cache: read by name when every registry crate is in an index directory", async () => {
    const home = mkdtempSync(join(tmpdir(), 'cargo-home-'));
    try {
      const src = join(home, 'registry', 'src');
      const cache = join(home, 'registry', 'cache');
      const crates = (idx: string, name: string, version: string, license: string) => {
        const d = join(src, idx, `${name}-${version}`);
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'Cargo.toml'), `[package]\nname = "${name}"\nversion = "${version}"\nlicense = "${license}"\n`);
        writeFileSync(join(d, '.cargo-ok'), '{"v":1}');
      };
      const sparse = 'index.crates.io-1949cf8c6b5b557f';
      const git = 'github.com-1ecc6299db9ec823';
      crates(sparse, 'wanted-a', '1.0.0', 'MIT');
      crates(git, 'wanted-b', '2.0.0', 'ISC');
      // in both indexes: a listing reads the later one last and keeps it
      crates(git, 'wanted-c', '0.3.0', 'Apache-2.0');
      crates(sparse, 'wanted-c', '0.3.0', 'BSD-3-Clause');
      // what only a listing finds: every other crate the machine ever unpacked, one of them broken
      for (let i = 0; i < 30; i++) crates(sparse, `other${i}`, '1.0.0', 'MIT');
      mkdirSync(join(src, sparse, 'broken-0.1.0'));
      writeFileSync(join(src, sparse, 'broken-0.1.0', 'Cargo.toml'), '[package\n');
      const reg = 'source = "registry+https://github.com/rust-lang/crates.io-index"';
      const lock = (extra = '') =>
        parseLockfileOrThrow(
          `version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n\n[[package]]\nname = "wanted-a"\nversion = "1.0.0"\n${reg}\n\n[[package]]\nname = "wanted-b"\nversion = "2.0.0"\n${reg}\n\n[[package]]\nname = "wanted-c"\nversion = "0.3.0"\n${reg}\n${extra}`,
        );
      const byName = async (root: string, l = lock()) => {
        const w = wantedCrates(l.packages);
        return licensesFromDirectory(root, w.files, [], w.only);
      };
      const whole = await licensesFromDirectory(src);
      const direct = await byName(src);
      expect(cratesRead(direct.licenses)).toEqual(['wanted-a@1.0.0', 'wanted-b@2.0.0', 'wanted-c@0.3.0']);
      expect(direct.findings).toEqual([]);
      // the same answer as reading everything, for every crate the lock has
      for (const [n, v] of [['wanted-a', '1.0.0'], ['wanted-b', '2.0.0'], ['wanted-c', '0.3.0']] as const) {
        expect(direct.licenses.get(licenseKey(n, v))).toEqual(whole.licenses.get(licenseKey(n, v)));
      }
      expect(direct.licenses.get(licenseKey('wanted-c', '0.3.0'))?.license).toBe('BSD-3-Clause');
      expect(cratesRead(whole.licenses)).toHaveLength(33);
      expect(whole.findings.length).toBeGreaterThan(0);
      // one crate in no index: listed and read whole, as before
      const absent = await byName(src, lock(`\n[[package]]\nname = "absent"\nversion = "1.0.0"\n${reg}\n`));
      expect(cratesRead(absent.licenses)).toHaveLength(33);
      // a git package as well: cargo never unpacks one into its registry, so it is looked for by name and, not
      // found, left unknown; the cache is still not read whole
      const withGit = lock(`\n[[package]]\nname = "forked"\nversion = "0.1.0"\nsource = "git+https://example.org/forked#0123456789abcdef0123456789abcdef01234567"\n`);
      const wg = wantedCrates(withGit.packages);
      const gitRead = await licensesFromDirectory(src, wg.files, [], wg.only, wg.git);
      expect(cratesRead(gitRead.licenses)).toEqual(['wanted-a@1.0.0', 'wanted-b@2.0.0', 'wanted-c@0.3.0']);
      expect(gitRead.findings).toEqual([]);
      // and in a directory of vendor directories, a vendored git crate under its bare name is found and read
      const third = join(home, 'third');
      const vendored = (dir: string, name: string, version: string, checksum: string | null) => {
        mkdirSync(join(third, dir), { recursive: true });
        writeFileSync(join(third, dir, 'Cargo.toml'), `[package]\nname = "${name}"\nversion = "${version}"\nlicense = "MIT"\n`);
        writeFileSync(join(third, dir, '.cargo-checksum.json'), JSON.stringify({ files: {}, package: checksum }));
      };
      vendored('vendor-a/forked', 'forked', '0.1.0', null);
      for (const n of ['wanted-a-1.0.0', 'wanted-b-2.0.0', 'wanted-c-0.3.0']) vendored(`vendor-b/${n}`, n.replace(/-[0-9.]+$/, ''), n.replace(/^.*-/, ''), 'ab'.repeat(32));
      vendored('vendor-b/unrelated-9.0.0', 'unrelated', '9.0.0', 'cd'.repeat(32));
      const thirdRead = await licensesFromDirectory(third, wg.files, [], wg.only, wg.git);
      expect(cratesRead(thirdRead.licenses)).toEqual(['forked@0.1.0', 'wanted-a@1.0.0', 'wanted-b@2.0.0', 'wanted-c@0.3.0']);
      expect(thirdRead.licenses.has(licenseKey('forked', '0.1.0', 'git'))).toBe(true);
      expect(thirdRead.licenses.has(licenseKey('forked', '0.1.0'))).toBe(false);
      // a registry crate missing there: listed whole, as before
      rmSync(join(third, 'vendor-b', 'wanted-c-0.3.0'), { recursive: true });
      expect(cratesRead((await licensesFromDirectory(third, wg.files, [], wg.only, wg.git)).licenses)).toContain('unrelated@9.0.0');
      // a root that is not only index directories (a file, a crate of its own at the top) is listed too
      writeFileSync(join(src, 'notes.txt'), 'not an index\n');
      expect(cratesRead((await byName(src)).licenses)).toContain('other0@1.0.0');
      rmSync(join(src, 'notes.txt'));
      expect(cratesRead((await byName(src)).licenses)).not.toContain('other0@1.0.0');
      crates('.', 'top', '1.0.0', 'MIT');
      writeFileSync(join(src, 'top-1.0.0', 'Cargo.toml'), '[package]\nname = "top"\nversion = "1.0.0"\nlicense = "MIT"\n');
      expect(cratesRead((await byName(src)).licenses)).toContain('other0@1.0.0');
      // registry/cache/<index>/<name>-<version>.crate
      mkdirSync(join(cache, sparse), { recursive: true });
      cpSync(join(distdir, 'distfoo-1.0.0.crate'), join(cache, sparse, 'distfoo-1.0.0.crate'));
      writeFileSync(join(cache, sparse, 'garbage-0.1.0.crate'), 'not gzip');
      const cached = await byName(cache, parseLockfileOrThrow(`version = 4\n\n[[package]]\nname = "distfoo"\nversion = "1.0.0"\n${reg}\n`));
      expect(cratesRead(cached.licenses)).toEqual(['distfoo@1.0.0']);
      expect(cached.findings).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('read by name, a source gives the lock the licenses a listing of it gives: every copy, in the listing order', async () => {
    const root = mkdtempSync(join(tmpdir(), 'byname-order-'));
    try {
      const crateDir = (d: string, license: string, marker?: 'ok' | 'git' | 'broken') => {
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'Cargo.toml'), marker === 'broken' ? '[package\n' : `[package]\nname = "distfoo"\nversion = "1.0.0"\nlicense = "${license}"\n`);
        if (marker === 'ok') writeFileSync(join(d, '.cargo-ok'), '{"v":1}');
        if (marker === 'git') writeFileSync(join(d, '.cargo-checksum.json'), JSON.stringify({ files: {}, package: null }));
      };
      const files = new Set(['distfoo-1.0.0.crate']);
      const git = new Set(['distfoo-1.0.0', 'distfoo']);
      const keys = [licenseKey('distfoo', '1.0.0'), licenseKey('distfoo', '1.0.0', 'git')];
      const same = async (dir: string, withGit: boolean) => {
        const byName = await licensesFromDirectory(dir, files, [], !withGit, withGit ? git : undefined);
        const listed = await licensesFromDirectory(dir, files, [], false);
        for (const k of keys) expect([k, byName.licenses.get(k)?.license]).toEqual([k, listed.licenses.get(k)?.license]);
        expect(byName.findings.map((f) => f.code)).toEqual(listed.findings.map((f) => f.code));
        return byName;
      };
      // a registry and a git package of one name and version, the .crate and an unmarked copy in one index directory:
      // the listing reads the directory, then the .crate (the registry crate's), and so does the read by name
      cpSync(join(distdir, 'distfoo-1.0.0.crate'), join(root, 'a', 'idx', 'distfoo-1.0.0.crate'), { recursive: true });
      crateDir(join(root, 'a', 'idx', 'distfoo-1.0.0'), 'GPL-3.0-only');
      const a = await same(join(root, 'a'), true);
      expect(a.licenses.get(licenseKey('distfoo', '1.0.0'))?.license).toBe('(BSD-3-Clause OR MIT) AND Unicode-DFS-2016');
      expect(a.licenses.get(licenseKey('distfoo', '1.0.0', 'git'))?.license).toBe('GPL-3.0-only');
      // one directory found for both packages is read once: its broken manifest is one finding
      crateDir(join(root, 'b', 'idx', 'distfoo-1.0.0'), '', 'broken');
      expect((await same(join(root, 'b'), true)).findings).toHaveLength(1);
      // copies in two index directories: a later one that speaks only for git, or that cannot be read, does not
      // take the earlier one's license away
      crateDir(join(root, 'c', 'idx1', 'distfoo-1.0.0'), 'MIT', 'ok');
      crateDir(join(root, 'c', 'idx2', 'distfoo-1.0.0'), 'GPL-3.0-only', 'git');
      expect((await same(join(root, 'c'), false)).licenses.get(licenseKey('distfoo', '1.0.0'))?.license).toBe('MIT');
      crateDir(join(root, 'd', 'idx1', 'distfoo-1.0.0'), 'MIT', 'ok');
      crateDir(join(root, 'd', 'idx2', 'distfoo-1.0.0'), '', 'broken');
      expect((await same(join(root, 'd'), false)).licenses.get(licenseKey('distfoo', '1.0.0'))?.license).toBe('MIT');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('licenseAudit opens only the .crate files its locks name', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'distdir-ws-'));
    try {
      writeFileSync(join(ws, 'Cargo.toml'), '[package]\nname = "app"\nversion = "0.1.0"\n');
      writeFileSync(join(ws, 'Cargo.lock'), `version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "distfoo",\n]\n\n[[package]]\nname = "distfoo"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`);
      const request = {
        workspace: ws,
        manifestPath: join(ws, 'Cargo.toml'),
        lockfile: join(ws, 'Cargo.lock'),
        lockfileDisplay: 'Cargo.lock',
        allow: ['MIT', 'BSD-3-Clause', 'Unicode-DFS-2016'],
        deny: [],
        licenseSources: [distdir],
        gentooTrees: [],
        query: [],
        failOn: ['unknown' as const],
        gentooOutput: false,
      };
      const noProcess: RunCommand = async () => {
        throw new Error('no process expected');
      };
      const out = await licenseAudit(request, { run: noProcess, info: () => {} });
      expect(out.audit.crates.map((c) => [c.name, c.licenseFrom])).toEqual([['distfoo', join(distdir, 'distfoo-1.0.0.crate')]]);
      expect(out.findings.filter((f) => f.code.startsWith('crate-tarball'))).toEqual([]);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('follows GNU long names', async () => {
    const long = 'd'.repeat(120);
    const dir = mkdtempSync(join(tmpdir(), 'long-'));
    try {
      mkdirSync(join(dir, long));
      writeFileSync(join(dir, long, 'Cargo.toml'), 'x');
      const out = join(dir, 'a.tar.gz');
      expect((await runCommand('tar', ['--format', 'gnu', '-czf', out, '-C', dir, long])).code).toBe(0);
      const { gunzipSync } = await import('node:zlib');
      const tar = gunzipSync(readFileSync(out));
      expect(findInTar(tar, (p) => p === `${long}/Cargo.toml`)?.data.toString()).toBe('x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a long-name record of NULs with a byte after them is read in one pass (a 400,000-NUL name in a 0.5 KiB .crate)', () => {
    // (its padding was trimmed with /\0+$/, which tried again from every NUL: 160,000 of them took 43 s)
    const header = (name: string, size: number, type: string) => {
      const h = Buffer.alloc(512);
      h.write(name, 0);
      h.write('0000644\0', 100);
      h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
      h.write(type, 156);
      h.write('ustar\0', 257);
      h.write('00', 263);
      h.fill(' ', 148, 156);
      let sum = 0;
      for (const b of h) sum += b;
      h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
      return h;
    };
    const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
    const entry = (name: string, body: Buffer, type = '0') => Buffer.concat([header(name, body.length, type), pad(body)]);
    const manifest = Buffer.from('[package]\nname = "evil"\nversion = "1.0.0"\n');
    const hostile = Buffer.concat([entry('././@LongLink', Buffer.concat([Buffer.from('x'), Buffer.alloc(400_000), Buffer.from('x')]), 'L'), entry('evil-1.0.0/Cargo.toml', manifest), Buffer.alloc(1024)]);
    expect(gzipSync(hostile, { level: 9 }).length).toBeLessThan(2048);
    // the long name (NULs inside it kept) names the next entry, which is then not the manifest
    expect(findInTar(hostile, (p) => p === 'evil-1.0.0/Cargo.toml')).toBeUndefined();
    // trailing NULs are padding
    const padded = Buffer.concat([entry('././@LongLink', Buffer.concat([Buffer.from('evil-1.0.0/Cargo.toml'), Buffer.alloc(400_000)]), 'L'), entry('x', manifest), Buffer.alloc(1024)]);
    expect(findInTar(padded, (p) => p === 'evil-1.0.0/Cargo.toml')?.data.toString()).toBe(manifest.toString());
  });

  it('truncated or hostile archives give a finding, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    try {
      const good = readFileSync(join(distdir, 'distfoo-1.0.0.crate'));
      const { gunzipSync } = await import('node:zlib');
      const tar = gunzipSync(good);
      for (const [i, cut] of [100, 511, 700].entries()) {
        writeFileSync(join(dir, `t${i}-1.0.0.crate`), gzipSync(tar.subarray(0, cut)));
      }
      const bogus = Buffer.alloc(1024);
      bogus.write('x/Cargo.toml', 0);
      bogus.write('99999999999', 124);
      writeFileSync(join(dir, 'huge-1.0.0.crate'), gzipSync(bogus));
      const r = await licensesFromDirectory(dir);
      expect(r.licenses.size).toBe(0);
      expect(r.findings.map((f) => f.code)).toEqual(Array(4).fill('crate-tarball-no-manifest'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('collectLicenses', () => {
  it('first source wins, later ones fill gaps; relative paths stay in the workspace', async () => {
    const r = await collectLicenses(['metadata-small/cargo-metadata.json', 'crates-vendor'], {
      workspace: fixtures,
      manifestPath: 'Cargo.toml',
    });
    expect(r.read).toEqual(['metadata-small/cargo-metadata.json', 'crates-vendor']);
    expect(r.licenses.get('either@1.6.1')?.origin).toBe('cargo-metadata');
    expect(r.licenses.get('legacy-slash@1.2.0')?.origin).toBe('directory');
    await expect(collectLicenses(['../../etc'], { workspace: fixtures, manifestPath: 'Cargo.toml' })).rejects.toThrow(/outside the workspace/);
    // A missing entry names itself as the user wrote it and the forms that are accepted.
    await expect(collectLicenses(['vendor'], { workspace: fixtures, manifestPath: 'Cargo.toml' })).rejects.toThrow(
      /^license-sources entry 'vendor' is not a directory \(.*vendor\); expected 'cargo', a \.json file/,
    );
    await expect(collectLicenses(['meta.json'], { workspace: fixtures, manifestPath: 'Cargo.toml' })).rejects.toThrow(/^license-sources entry 'meta\.json' cannot be read \(ENOENT\)/);
    await expect(collectLicenses(['cargo'], { workspace: fixtures, manifestPath: 'Cargo.toml' })).rejects.toThrow(/needs a way to run cargo/);
  });
});

// Real crates from Debian's librust-*-dev packages and a real cargo run (TESTING.md).
const registry = '/usr/share/cargo/registry';
const debianPackages: [string, RegExp][] = [
  ['librust-serde-dev', /^serde-1\./],
  ['librust-regex-dev', /^regex-1\./],
  ['librust-clap-dev', /^clap-4\./],
  ['librust-either-dev', /^either-1\./],
];
const present = existsSync(registry) ? readdirSync(registry) : [];
const missing = debianPackages.filter(([, re]) => !present.some((d) => re.test(d))).map(([p]) => p);
const hasCargo = existsSync('/usr/bin/cargo') || (process.env['PATH'] ?? '').split(':').some((d) => existsSync(join(d, 'cargo')));

describe('real Debian crate sources', () => {
  it.skipIf(missing.length > 0)(`reads /usr/share/cargo/registry (needs ${debianPackages.map(([p]) => p).join(', ')})`, async () => {
    const r = await licensesFromDirectory(registry);
    expect(r.licenses.size).toBeGreaterThanOrEqual(4);
    const either = [...r.licenses.values()].find((i) => i.name === 'either');
    expect(either?.license).toBe('MIT/Apache-2.0');
    // Every crate Debian ships has a license or license-file field.
    for (const info of r.licenses.values()) expect(info.license ?? info.licenseFile).toBeTruthy();
  });

  it.skipIf(missing.length > 0)('a lock\'s crates are read from it by name, with the licenses a full read gives', async () => {
    const crates = present.filter((d) => /^(either|serde)-1\./.test(d)).slice(0, 2);
    expect(crates).toHaveLength(2);
    const packages = crates.map((d) => {
      const at = d.lastIndexOf('-');
      return { name: d.slice(0, at), version: d.slice(at + 1), sourceKind: 'registry' as const };
    });
    const w = wantedCrates([{ name: 'app', version: '0.1.0', sourceKind: 'path' }, ...packages]);
    const some = await licensesFromDirectory(registry, w.files, [], w.only);
    expect(cratesRead(some.licenses)).toEqual(crates.map((d) => `${d.slice(0, d.lastIndexOf('-'))}@${d.slice(d.lastIndexOf('-') + 1)}`).sort());
    const all = await licensesFromDirectory(registry);
    for (const p of packages) expect(some.licenses.get(licenseKey(p.name, p.version))).toEqual(all.licenses.get(licenseKey(p.name, p.version)));
  });

  it.skipIf(missing.length > 0 || !hasCargo)(
    `cargo metadata --offline against the Debian directory source (needs ${missing.join(', ') || 'cargo'})`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'debian-ws-'));
      try {
        cpSync(fixtures + 'crates-debian-workspace', dir, { recursive: true });
        // The runner's cargo configuration (not the checkout's, which cargo never reads here) names the registry.
        const runnerHome = join(dir, '..', `${dir.split('/').pop()}-cargo-home`);
        mkdirSync(runnerHome);
        writeFileSync(
          join(runnerHome, 'config.toml'),
          `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${registry}"\n[net]\noffline = true\n`,
        );
        // No committed Cargo.lock: Debian's versions move, so cargo locks against what is installed.
        const r = await runCargoMetadata(
          runCommand,
          { manifestPath: join(dir, 'Cargo.toml'), scratch: mkdtempSync(join(tmpdir(), 'debian-scratch-')), offline: true, locked: false },
          { ...process.env, CARGO_HOME: runnerHome },
        );
        expect(r.licenses.get(licenseKey('debian-fixture', '0.1.0', 'path'))?.license).toBe('MIT');
        const eitherVersion = present.find((d) => /^either-1\./.test(d))!.slice('either-'.length);
        expect(r.licenses.get(licenseKey('either', eitherVersion))?.license).toBe('MIT/Apache-2.0');
        expect([...r.licenses.values()].map((i) => i.name)).toEqual(expect.arrayContaining(['serde', 'regex', 'clap']));
        // Agrees with reading the same crates straight from their directories.
        const dirs = await licensesFromDirectory(registry);
        for (const [k, v] of r.licenses) if (dirs.licenses.has(k)) expect(dirs.licenses.get(k)?.license).toBe(v.license);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('real cargo: a [replace] by a path copy of a Debian registry crate', () => {
  it.skipIf(missing.length > 0 || !hasCargo)('the copy is judged by its own license, never by the registry crate\'s', { timeout: 60_000 }, async () => {
    const version = present.find((d) => /^either-1\./.test(d))!.slice('either-'.length);
    const dir = mkdtempSync(join(tmpdir(), 'replace-ws-'));
    try {
      mkdirSync(join(dir, 'app/src'), { recursive: true });
      mkdirSync(join(dir, 'fork/src'), { recursive: true });
      writeFileSync(join(dir, 'app/Cargo.toml'), `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\neither = "=${version}"\n\n[replace]\n"either:${version}" = { path = "../fork" }\n\n[workspace]\n`);
      writeFileSync(join(dir, 'app/src/lib.rs'), '');
      writeFileSync(join(dir, 'fork/Cargo.toml'), `[package]\nname = "either"\nversion = "${version}"\nedition = "2021"\nlicense = "GPL-3.0-only"\n`);
      writeFileSync(join(dir, 'fork/src/lib.rs'), '');
      const home = join(dir, 'cargo-home');
      mkdirSync(home);
      writeFileSync(join(home, 'config.toml'), `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${registry}"\n[net]\noffline = true\n`);
      // cargo writes the lock: the copy as a path package, the registry crate with `replace` pointing at it
      const meta = await runCargoMetadata(
        runCommand,
        { manifestPath: join(dir, 'app/Cargo.toml'), scratch: mkdtempSync(join(tmpdir(), 'replace-scratch-')), offline: true, locked: false },
        { ...process.env, CARGO_HOME: home },
      );
      const head = parseLockfileOrThrow(readFileSync(join(dir, 'app/Cargo.lock'), 'utf8'));
      expect(readFileSync(join(dir, 'app/Cargo.lock'), 'utf8')).toContain(`replace = "either ${version}"`);
      const copy = head.packages.find((p) => p.name === 'either' && p.sourceKind === 'path')!;
      expect(head.packages.find((p) => p.name === 'either' && p.sourceKind === 'registry')).toBeDefined();
      const policy = compilePolicy(buildPolicy({ allow: ['MIT', 'Apache-2.0'], deny: ['GPL-3.0-only'] }));
      // judged as a pull request's new path crate is (judgePaths), with Debian's registry as the license source
      const debian = await licensesFromDirectory(registry, new Set());
      const fromRegistry = auditCrates({ head, licenses: debian.licenses, policy, failOn: ['denied', 'unknown'], judgePaths: new Set([copy.id]) });
      expect(fromRegistry.crates.find((c) => c.id === copy.id)).toMatchObject({ verdict: 'unknown' });
      expect(fromRegistry.verdict).toBe('fail');
      // cargo metadata knows the copy by its own manifest: GPL-3.0-only, denied
      const fromCargo = auditCrates({ head, licenses: meta.licenses, policy, failOn: ['denied'], judgePaths: new Set([copy.id]) });
      expect(fromCargo.crates.find((c) => c.id === copy.id)).toMatchObject({ license: 'GPL-3.0-only', verdict: 'denied' });
      // as cargo metadata resolves it: app depends on the copy, and the registry crate is not built, so not judged
      expect(fromCargo.crates.find((c) => c.id === copy.id)).toMatchObject({ dependents: { direct: 1, transitive: 1 } });
      expect(fromCargo.crates.map((c) => c.id)).toEqual([copy.id]);
      const resolve = JSON.parse((await runCommand('cargo', ['metadata', '--format-version', '1', '--offline', '--manifest-path', join(dir, 'app/Cargo.toml')], { env: { ...process.env, CARGO_HOME: home } })).stdout) as {
        resolve: { nodes: { id: string; deps: { pkg: string }[] }[] };
        packages: { id: string; name: string; source: string | null }[];
      };
      const appNode = resolve.resolve.nodes.find((n) => resolve.packages.find((p) => p.id === n.id)?.name === 'app')!;
      expect(appNode.deps.map((d) => resolve.packages.find((p) => p.id === d.pkg)?.source)).toEqual([null]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tar fuzz', () => {
  it('random and mutated archives never throw', async () => {
    const fc = (await import('fast-check')).default;
    const header = Buffer.alloc(512);
    header.write('x-1.0.0/Cargo.toml', 0);
    header.write('00000000012', 124);
    header.write('0', 156);
    header.write('ustar', 257);
    const good = Buffer.concat([header, Buffer.from('[package]\n'.padEnd(512, '\0')), Buffer.alloc(1024)]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { maxLength: 12 }), fc.nat(good.length), (muts, cut) => {
        const buf = Buffer.from(good.subarray(0, cut));
        for (const [i, b] of muts) if (i < buf.length) buf[i] = b;
        findInTar(buf, (p) => p.endsWith('Cargo.toml'));
      }),
      { numRuns: 3000, seed: 9 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => void findInTar(Buffer.from(bytes), () => true)), { numRuns: 500, seed: 1 });
  });
});

describe('a license source speaks for the kinds of crate it can know', () => {
  const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
  it('cargo metadata: each package for its own source, so one name and version from a path, git and a registry stay three crates', () => {
    const meta = {
      version: 1,
      packages: [
        { name: 'adler', version: '1.0.2', source: null, license: 'GPL-3.0-only', manifest_path: '/w/fork/Cargo.toml' },
        { name: 'adler', version: '1.0.2', source: CRATES_IO, license: '0BSD OR MIT OR Apache-2.0' },
        { name: 'adler', version: '1.0.2', source: 'git+https://example.org/adler?branch=main#0123456789abcdef0123456789abcdef01234567', license: 'AGPL-3.0-only' },
        { name: 'old', version: '0.1.0', license: 'MIT' },
      ],
    };
    const { licenses } = licensesFromMetadata(meta);
    expect(licenses.get(licenseKey('adler', '1.0.2'))?.license).toBe('0BSD OR MIT OR Apache-2.0');
    expect(licenses.get(licenseKey('adler', '1.0.2', 'git'))?.license).toBe('AGPL-3.0-only');
    expect(licenses.get(licenseKey('adler', '1.0.2', 'path'))).toMatchObject({ license: 'GPL-3.0-only', file: '/w/fork/Cargo.toml' });
    // without `source` (not what cargo writes): any kind
    for (const kind of ['registry', 'git', 'path'] as const) expect(licenses.get(licenseKey('old', '0.1.0', kind))?.license).toBe('MIT');
  });

  it('crate directories by cargo\'s marker; a .crate for a registry crate; a crate directory given as itself for any', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kinds-'));
    try {
      const crate = (dir: string, name: string, marker?: [string, string]) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'Cargo.toml'), `[package]\nname = "${name}"\nversion = "1.0.0"\nlicense = "MIT"\n`);
        if (marker) writeFileSync(join(dir, marker[0]), marker[1]);
      };
      const src = join(root, 'source');
      // as `cargo vendor` writes it: the files first, the package's checksum last (null for a git crate)
      crate(join(src, 'vendored-1.0.0'), 'vendored', ['.cargo-checksum.json', '{"files":{"src/lib.rs":"00"},"package":"9f1c"}']);
      crate(join(src, 'from-git-1.0.0'), 'from-git', ['.cargo-checksum.json', '{"files":{},"package":null}']);
      crate(join(src, 'debian-1.0.0'), 'debian', ['.cargo-checksum.json', '{"package":"Could not get crate checksum","files":{}}']);
      crate(join(src, 'broken-1.0.0'), 'broken', ['.cargo-checksum.json', '{not json']);
      crate(join(src, 'unpacked-1.0.0'), 'unpacked', ['.cargo-ok', '{"v":1}']);
      crate(join(src, 'unmarked-1.0.0'), 'unmarked');
      crate(join(root, 'tarball-1.0.0'), 'tarball');
      expect((await runCommand('tar', ['--format', 'ustar', '-czf', join(src, 'tarball-1.0.0.crate'), '-C', root, 'tarball-1.0.0'])).code).toBe(0);
      const { licenses } = await licensesFromDirectory(src);
      const kinds = (name: string) => (['registry', 'git', 'path'] as const).filter((k) => licenses.has(licenseKey(name, '1.0.0', k)));
      expect(kinds('vendored')).toEqual(['registry']);
      expect(kinds('from-git')).toEqual(['git']);
      expect(kinds('debian')).toEqual(['registry']);
      expect(kinds('broken')).toEqual(['registry', 'git']);
      expect(kinds('unpacked')).toEqual(['registry']);
      // found in a source of third-party crates, never the project's own path crate
      expect(kinds('unmarked')).toEqual(['registry', 'git']);
      expect(kinds('tarball')).toEqual(['registry']);
      // a crate directory given as the source itself (a workspace member listed in license-sources)
      crate(join(root, 'member'), 'member');
      const own = await licensesFromDirectory(join(root, 'member'));
      expect((['registry', 'git', 'path'] as const).filter((k) => own.licenses.has(licenseKey('member', '1.0.0', k)))).toEqual(['registry', 'git', 'path']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a vendor directory inheriting from a large workspace root', () => {
  it('500 crates with license.workspace = true read the 400 KB root once, and see it again when it changes', async () => {
    // (the root was read and parsed for each crate: 1,000 crates 20 s)
    const io = () => Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
    const ws = mkdtempSync(join(tmpdir(), 'inherit-'));
    try {
      let root = '[workspace]\nmembers = []\n[workspace.package]\nlicense = "MIT"\n[workspace.metadata.pad]\n';
      for (let i = 0; root.length < 400_000; i++) root += `k${i} = "${'x'.repeat(60)}"\n`;
      writeFileSync(join(ws, 'Cargo.toml'), root);
      const n = 500;
      for (let i = 0; i < n; i++) {
        const d = join(ws, 'vendor', `crate${i}-1.0.0`);
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'Cargo.toml'), `[package]\nname = "crate${i}"\nversion = "1.0.0"\nlicense.workspace = true\n`);
      }
      const before = io();
      const r = await licensesFromDirectory(join(ws, 'vendor'), undefined, [ws]);
      expect(io() - before).toBeLessThan(20 * 400_000);
      expect([...r.licenses.values()].filter((l) => l.license === 'MIT').length).toBeGreaterThanOrEqual(n);
      expect(r.licenses.get('crate7@1.0.0')?.license).toBe('MIT');
      writeFileSync(join(ws, 'Cargo.toml'), root.replace('license = "MIT"', 'license = "Apache-2.0 OR MIT"'));
      const again = await readCrateDirectory(join(ws, 'vendor', 'crate7-1.0.0'));
      expect(again.info?.license).toBe('Apache-2.0 OR MIT');
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
