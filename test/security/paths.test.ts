/**
 * Paths stay where they belong, also through symlinks: confinement looks at the real path (the deepest
 * existing part resolved), writes never go through a link, and an interrupted write or sync leaves nothing a
 * reader would take for configuration — and nothing that stops the next run.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAction, tempDir, makeBareRemote, type BareRemote } from '../harness/index.js';
import { writeFileAtomic } from '../../shared/toolkit/files.js';
import { InputError, resolveInside } from '../../shared/toolkit/inputs.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { syncCheckout } from '../../shared/toolkit/git.js';
import { readReposConf } from '../../shared/gentoo/repos-conf.js';

/** The crates a license source read, each once (a crate is under the key of every kind it speaks for). */
const cratesRead = (m: ReadonlyMap<string, { name: string; version: string }>) => [...new Set([...m.values()].map((i) => `${i.name}@${i.version}`))].sort();

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});
function dirs(): { ws: string; outside: string } {
  const ws = tempDir('rda-sec-ws-');
  const outside = tempDir('rda-sec-outside-');
  cleanup.push(ws, outside);
  return { ws, outside };
}

describe('confinement resolves real paths', () => {
  it('a file that does not exist yet, under a committed directory link, is outside', () => {
    const { ws, outside } = dirs();
    symlinkSync(outside, path.join(ws, 'logs'));
    expect(() => resolveInside('log-path', 'logs/serial.log', ws, ws)).toThrow(InputError);
    expect(() => resolveInside('log-path', 'logs/new/deeper/serial.log', ws, ws)).toThrow(/it is a link to/);
  });

  it('a dangling link on the way is named', () => {
    const { ws } = dirs();
    symlinkSync('/nonexistent/target', path.join(ws, 'dangling'));
    expect(() => resolveInside('config-root', 'dangling/portage', ws, ws)).toThrow(/dangling symbolic link.*'.*dangling' points nowhere/);
  });

  it('stayInside: a path outside the workspace is fine, a workspace path that leads out is not', () => {
    const { ws, outside } = dirs();
    symlinkSync(outside, path.join(ws, 'portage'));
    expect(resolveInside('config-root', path.join(outside, 'etc-portage'), ws, undefined, ws)).toBe(path.join(outside, 'etc-portage'));
    expect(() => resolveInside('config-root', 'portage', ws, undefined, ws)).toThrow(/input 'config-root'.*it is a link to/);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a symlink at the target instead of writing through it', async () => {
    const { ws, outside } = dirs();
    writeFileSync(path.join(outside, '.bashrc'), 'precious\n');
    symlinkSync(path.join(outside, '.bashrc'), path.join(ws, 'DEFAULT.conf'));
    await writeFileAtomic(path.join(ws, 'DEFAULT.conf'), '[DEFAULT]\n');
    expect(readFileSync(path.join(outside, '.bashrc'), 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(ws, 'DEFAULT.conf')).isFile()).toBe(true);
  });

  it('with within: refuses a directory link inside it that leads out', async () => {
    const { ws, outside } = dirs();
    symlinkSync(outside, path.join(ws, 'repos.conf'));
    await expect(writeFileAtomic(path.join(ws, 'repos.conf', 'gentoo.conf'), 'x', { within: ws })).rejects.toThrow(/refusing to write .*outside/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('its temp file is hidden, so an interrupted write is never read as repos.conf; leftovers are swept', async () => {
    const { ws } = dirs();
    const conf = path.join(ws, 'repos.conf');
    mkdirSync(conf);
    // what a kill right after the temp write leaves, in the old visible form and the new hidden one
    writeFileSync(path.join(conf, 'DEFAULT.conf.tmp-0badc0de'), '[DEFAULT]\nmain-repo = evil\n');
    writeFileSync(path.join(conf, '.gentoo.conf.tmp-0badc0de'), '[gentoo]\nlocation = /evil\n');
    await writeFileAtomic(path.join(conf, 'DEFAULT.conf'), '[DEFAULT]\nmain-repo = gentoo\n');
    await writeFileAtomic(path.join(conf, 'gentoo.conf'), `[gentoo]\nlocation = ${ws}\n`);
    expect(readdirSync(conf).sort()).toEqual(['DEFAULT.conf', 'gentoo.conf']);
    // and our reader skips a hidden temp file even when one is there
    writeFileSync(path.join(conf, '.DEFAULT.conf.tmp-12345678'), '[DEFAULT]\nmain-repo = evil\n');
    const read = await readReposConf(conf);
    expect(JSON.stringify(read)).not.toContain('evil');
  });
});

describe('syncCheckout after a kill', () => {
  let remote: BareRemote;
  beforeAll(() => {
    const src = tempDir('rda-sec-src-');
    cleanup.push(src);
    mkdirSync(path.join(src, 'profiles'), { recursive: true });
    writeFileSync(path.join(src, 'profiles', 'repo_name'), 'guru\n');
    remote = makeBareRemote(src);
  });
  afterAll(() => remote.cleanup());
  const opts = { run: runCommand, attempts: 1, baseDelayMs: 1, maxTotalMs: 60_000, sleep: async () => {} };

  it('puts back the previous checkout moved aside when dest is missing, and removes half clones', async () => {
    const { ws } = dirs();
    const dest = path.join(ws, 'guru');
    await syncCheckout({ uri: remote.url, dest }, opts);
    // killed between `dest -> .guru.old-*` and `tmp -> dest`, with a half clone beside it (and an old-style one)
    renameSync(dest, path.join(ws, '.guru.old-0123abcd'));
    mkdirSync(path.join(ws, '.guru.sync-89abcdef'));
    mkdirSync(path.join(ws, 'guru.sync-deadbeef'));
    // the remote is gone now: the recovered checkout is what is left
    const r = syncCheckout({ uri: `${remote.url}-gone`, dest }, opts);
    await expect(r).rejects.toThrow(/the previous checkout was kept/);
    expect(readFileSync(path.join(dest, 'profiles', 'repo_name'), 'utf8')).toBe('guru\n');
    expect(readdirSync(ws).sort()).toEqual(['guru']);
  });

  it('its own temporary clone is hidden', async () => {
    const { ws } = dirs();
    const seen: string[] = [];
    await syncCheckout({ uri: remote.url, dest: path.join(ws, 'guru') }, {
      ...opts,
      run: async (file, args, o) => {
        if (args[0] === 'clone') seen.push(path.basename(args[args.length - 1]!));
        return runCommand(file, args, o);
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\.guru\.sync-[0-9a-f]{8}$/);
  });
});

describe.skipIf(!existsSync(path.join(ROOT, 'dist/qemu-selfhost-verify/index.js')))('qemu-selfhost-verify bundle: log-path', () => {
  it('through a committed directory link is an input error, and nothing is written outside', async () => {
    const { ws, outside } = dirs();
    mkdirSync(path.join(ws, 'boot'));
    writeFileSync(path.join(ws, 'boot/vmlinuz'), 'not a kernel');
    symlinkSync(outside, path.join(ws, 'logs'));
    const r = await runAction('qemu-selfhost-verify', { kernel: 'boot/vmlinuz', 'log-path': 'logs/serial.log' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^input 'log-path': expected a path inside .* \(it is a link to '.*serial\.log'\)/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a symlink at the log path itself is refused', async () => {
    const { ws, outside } = dirs();
    mkdirSync(path.join(ws, 'boot'));
    writeFileSync(path.join(ws, 'boot/vmlinuz'), 'not a kernel');
    writeFileSync(path.join(outside, 'precious'), 'keep\n');
    symlinkSync(path.join(outside, 'precious'), path.join(ws, 'serial.log'));
    const r = await runAction('qemu-selfhost-verify', { kernel: 'boot/vmlinuz', 'log-path': 'serial.log' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^input 'log-path': expected/);
    expect(readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep\n');
  });
});

describe.skipIf(!existsSync(path.join(ROOT, 'dist/setup-overlay/index.js')))('setup-overlay bundle: config-root in the workspace', () => {
  const repositories = () => `- name: gentoo\n  path: ${path.join(ROOT, 'fixtures/setup-overlay/gentoo')}\n`;

  it('a committed link as config-root is an input error', async () => {
    const { ws, outside } = dirs();
    symlinkSync(outside, path.join(ws, 'portage'));
    const r = await runAction('setup-overlay', { repositories: repositories(), 'config-root': 'portage', 'repos-dir': 'repos', cache: 'false' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^input 'config-root': expected a path inside .*it is a link to/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a committed link inside config-root is not written through', async () => {
    const { ws, outside } = dirs();
    mkdirSync(path.join(ws, 'portage'));
    symlinkSync(outside, path.join(ws, 'portage', 'repos.conf'));
    const r = await runAction('setup-overlay', { repositories: repositories(), 'config-root': 'portage', 'repos-dir': 'repos', cache: 'false' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/Internal error|\n\s+at .*\.js:\d+/);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe.skipIf(!existsSync(path.join(ROOT, 'dist/build-target-matrix/index.js')))('build-target-matrix bundle: config-dir', () => {
  it('a committed link as config-dir is an input error, nothing written outside', async () => {
    const { ws, outside } = dirs();
    symlinkSync(outside, path.join(ws, 'cfg'));
    const r = await runAction('build-target-matrix', { targets: 'x86_64-unknown-linux-gnu', 'config-dir': 'cfg' }, {}, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^input 'config-dir': expected a path inside .*it is a link to/);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('license-sources in the pull request checkout', () => {
  it('a relative entry that is a link out of the workspace is refused, not read', async () => {
    const { collectLicenses } = await import('../../shared/cargo/license-sources.js');
    const { ws, outside } = dirs();
    writeFileSync(path.join(outside, 'environ'), 'GITHUB_TOKEN=ghs_secret\n');
    symlinkSync(path.join(outside, 'environ'), path.join(ws, 'meta.json'));
    symlinkSync(outside, path.join(ws, 'vendor'));
    await expect(collectLicenses(['meta.json'], { workspace: ws, manifestPath: path.join(ws, 'Cargo.toml') })).rejects.toThrow(/'meta\.json' leads outside the workspace through a symbolic link/);
    await expect(collectLicenses(['vendor'], { workspace: ws, manifestPath: path.join(ws, 'Cargo.toml') })).rejects.toThrow(/'vendor' leads outside/);
  });
});

describe('files inside a license source are not read through links out of it', () => {
  const cargoToml = (name: string, license: string) => `[package]\nname = "${name}"\nversion = "1.0.0"\nlicense = "${license}"\n`;
  /** A .crate (gzip tar with <name>-1.0.0/Cargo.toml) at `dest`, made by GNU tar. */
  const crate = async (name: string, license: string, dest: string) => {
    const src = tempDir('rda-sec-crate-');
    cleanup.push(src);
    mkdirSync(path.join(src, `${name}-1.0.0`));
    writeFileSync(path.join(src, `${name}-1.0.0`, 'Cargo.toml'), cargoToml(name, license));
    expect((await runCommand('tar', ['--format', 'ustar', '-czf', dest, '-C', src, `${name}-1.0.0`])).code).toBe(0);
  };

  it('a vendored Cargo.toml, a crate directory or a .crate linked out of the workspace is skipped with a finding naming it', async () => {
    const { collectLicenses } = await import('../../shared/cargo/license-sources.js');
    const { ws, outside } = dirs();
    // what a link could reach: files that would each claim a license if read
    mkdirSync(path.join(outside, 'evil-dir'));
    writeFileSync(path.join(outside, 'evil-dir', 'Cargo.toml'), cargoToml('evil-dir', 'MIT'));
    writeFileSync(path.join(outside, 'environ'), cargoToml('evil-file', 'MIT'));
    await crate('evil-crate', 'MIT', path.join(outside, 'evil-crate-1.0.0.crate'));
    // the pull request's vendor directory
    mkdirSync(path.join(ws, 'vendor', 'foo'), { recursive: true });
    symlinkSync(path.join(outside, 'environ'), path.join(ws, 'vendor', 'foo', 'Cargo.toml'));
    symlinkSync(path.join(outside, 'evil-dir'), path.join(ws, 'vendor', 'bar'));
    mkdirSync(path.join(ws, 'vendor', 'fine'));
    writeFileSync(path.join(ws, 'vendor', 'fine', 'Cargo.toml'), cargoToml('fine', 'GPL-3.0-only'));
    // and its DISTDIR
    mkdirSync(path.join(ws, 'distfiles'));
    symlinkSync(path.join(outside, 'evil-crate-1.0.0.crate'), path.join(ws, 'distfiles', 'evil-crate-1.0.0.crate'));
    await crate('plain', 'GPL-3.0-only', path.join(ws, 'distfiles', 'plain-1.0.0.crate'));

    const r = await collectLicenses(['vendor', 'distfiles'], { workspace: ws, manifestPath: path.join(ws, 'Cargo.toml') });
    expect(cratesRead(r.licenses)).toEqual(['fine@1.0.0', 'plain@1.0.0']);
    const links = r.findings.filter((f) => f.code === 'license-source-link-outside');
    expect(links.map((f) => path.relative(ws, f.file!)).sort()).toEqual(['distfiles/evil-crate-1.0.0.crate', 'vendor/bar', 'vendor/foo/Cargo.toml']);
    expect(links.every((f) => f.severity === 'warning' && /not read/.test(f.message))).toBe(true);
  });

  it('a workspace root above a vendored crate is looked for only inside the workspace, and not through a link', async () => {
    const { collectLicenses } = await import('../../shared/cargo/license-sources.js');
    const { ws, outside } = dirs();
    writeFileSync(path.join(outside, 'Cargo.toml'), '[workspace]\n[workspace.package]\nlicense = "MIT"\n');
    symlinkSync(path.join(outside, 'Cargo.toml'), path.join(ws, 'Cargo.toml'));
    mkdirSync(path.join(ws, 'vendor', 'member'), { recursive: true });
    writeFileSync(path.join(ws, 'vendor', 'member', 'Cargo.toml'), '[package]\nname = "member"\nversion = "1.0.0"\nlicense.workspace = true\n');
    const r = await collectLicenses(['vendor'], { workspace: ws, manifestPath: path.join(ws, 'Cargo.toml') });
    expect(r.licenses.get('member@1.0.0')?.license).toBeUndefined();
    expect(r.findings.filter((f) => f.code === 'license-source-link-outside').map((f) => path.relative(ws, f.file!))).toEqual(['Cargo.toml']);
  });

  it('links that stay inside the source or the workspace are followed as before', async () => {
    const { collectLicenses } = await import('../../shared/cargo/license-sources.js');
    const { ws } = dirs();
    mkdirSync(path.join(ws, 'third_party', 'linked'), { recursive: true });
    writeFileSync(path.join(ws, 'third_party', 'linked', 'Cargo.toml'), cargoToml('linked', 'MIT'));
    mkdirSync(path.join(ws, 'vendor', 'viafile'), { recursive: true });
    symlinkSync(path.join(ws, 'third_party', 'linked', 'Cargo.toml'), path.join(ws, 'vendor', 'viafile', 'Cargo.toml'));
    symlinkSync('../third_party/linked', path.join(ws, 'vendor', 'viadir'));
    mkdirSync(path.join(ws, 'store'));
    await crate('stored', 'MIT', path.join(ws, 'store', 'stored-1.0.0.crate'));
    symlinkSync('../store/stored-1.0.0.crate', path.join(ws, 'vendor', 'stored-1.0.0.crate'));
    const r = await collectLicenses(['vendor'], { workspace: ws, manifestPath: path.join(ws, 'Cargo.toml') });
    expect(r.findings).toEqual([]);
    expect(cratesRead(r.licenses)).toEqual(['linked@1.0.0', 'stored@1.0.0']);
  });
});
