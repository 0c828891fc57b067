/**
 * Where crate licenses come from: `cargo metadata --format-version 1` JSON (a file, or cargo run through a
 * RunCommand), crate directories (`cargo vendor` output, `~/.cargo/registry/src/<index>/<name>-<version>`,
 * Debian's `/usr/share/cargo/registry/<name>-<version>`), and Gentoo DISTDIR `.crate` tarballs (gzip tar; we
 * read only `<name>-<version>/Cargo.toml`). `license.workspace = true` is resolved through the workspace root.
 * A crate with only `license-file` keeps that path so policy.ts can say "needs review"; it is never accepted
 * silently.
 */
import { realpathSync, type Dir } from 'node:fs';
import { opendir, readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, basename, relative, isAbsolute } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../finding.js';
import { isDir } from '../fs-read.js';
import { isWithin, realPathWithin } from '../real-path.js';
import { cargoFindings, type CargoCode } from './findings.js';
import type { RunCommand } from '../io.js';
import type { SourceKind } from './lockfile.js';
import { ConfigurationError } from '../io.js';
import { scrubbedEnv } from '../child-env.js';
import { pushAll } from '../finding.js';

export type LicenseOrigin = 'cargo-metadata' | 'directory' | 'crate-tarball';

/** What one source says about one crate's license. */
export interface LicenseInfo {
  name: string;
  version: string;
  /** The `license` field as written (legacy `/` included); absent when the crate has none. */
  license?: string;
  /** The `license-file` field, when present. */
  licenseFile?: string;
  origin: LicenseOrigin;
  /** Where it was read: the JSON file, crate directory or `.crate` path. */
  from: string;
  /**
   * The file the license fields were read from, absolute, when that is one file: a crate directory's
   * Cargo.toml, a `.crate`, a cargo-metadata JSON, or the manifest of a path package cargo reported. Registry
   * crates that cargo itself downloaded have none (the registry vouches for them).
   */
  file?: string;
  /** The license came from `[workspace.package]` through `license.workspace = true`. */
  inherited?: boolean;
  /**
   * The kinds of lock package this source can speak for (absent: any). A `.crate`, a registry's unpacked crate
   * or a vendored one speaks for a registry (or, vendored, a git) package only: a path crate or a git fork
   * that takes a registry crate's name and version (`[replace]`, `[patch]`, a copy in the repository) is another
   * crate, and must not take that crate's license.
   */
  describes?: readonly LicenseFor[];
}

/** What a lock package is, as far as its license goes: from a registry, from git, or by path (no `source`). */
export type LicenseFor = 'registry' | 'git' | 'path';

/**
 * The key of a crate's license: `name@version` for a registry crate, `name@version (git)` and
 * `name@version (path)` for the others, so that a crate of one kind never finds the license of another of the
 * same name and version. A lock package's key is {@link packageLicenseKey}.
 */
export function licenseKey(name: string, version: string, kind: LicenseFor = 'registry'): string {
  return kind === 'registry' ? `${name}@${version}` : `${name}@${version} (${kind})`;
}

/** A lock package's kind of source, as {@link licenseKey} takes it (sparse and other registries are registries). */
export function licenseKind(sourceKind: SourceKind): LicenseFor {
  return sourceKind === 'git' ? 'git' : sourceKind === 'path' ? 'path' : 'registry';
}

/** The key under which a lock package's license is found. */
export function packageLicenseKey(p: { name: string; version: string; sourceKind: SourceKind }): string {
  return licenseKey(p.name, p.version, licenseKind(p.sourceKind));
}

const ANY_KIND: readonly LicenseFor[] = ['registry', 'git', 'path'];

/** Put `info` under the key of every kind it speaks for (a later source of the same kind replaces it). */
export function putLicense(licenses: Map<string, LicenseInfo>, info: LicenseInfo): void {
  for (const kind of info.describes ?? ANY_KIND) licenses.set(licenseKey(info.name, info.version, kind), info);
}

export interface LicenseSet {
  licenses: Map<string, LicenseInfo>;
  findings: Finding[];
}

// ---------------------------------------------------------------------------------------------------------
// cargo metadata

/** Read `cargo metadata --format-version 1` output (cargo has already resolved workspace inheritance). */
export function licensesFromMetadata(json: string | unknown, from = 'cargo-metadata.json'): LicenseSet {
  const findings: Finding[] = [];
  const licenses = new Map<string, LicenseInfo>();
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new ConfigurationError(`${from}: not JSON (expected the output of cargo metadata --format-version 1): ${(e as Error).message}`);
    }
  }
  const obj = data as { version?: unknown; packages?: unknown };
  if (typeof obj !== 'object' || obj === null || !Array.isArray(obj.packages)) {
    throw new ConfigurationError(`${from}: expected the output of cargo metadata --format-version 1 (an object with "packages")`);
  }
  if (obj.version !== undefined && obj.version !== 1) {
    findings.push(cargoFindings.make('metadata-format-version', `format_version ${JSON.stringify(obj.version)} is not 1; reading it anyway`, { file: from }));
  }
  for (const [i, p] of (obj.packages as unknown[]).entries()) {
    const pkg = p as Record<string, unknown>;
    if (typeof pkg?.['name'] !== 'string' || typeof pkg['version'] !== 'string') {
      findings.push(cargoFindings.make('metadata-package-malformed', `packages[${i}] has no name/version`, { file: from }));
      continue;
    }
    const info: LicenseInfo = { name: pkg['name'], version: pkg['version'], origin: 'cargo-metadata', from };
    // A path package (no source) is described by its own Cargo.toml, wherever that is.
    if (pkg['source'] === null && typeof pkg['manifest_path'] === 'string' && isAbsolute(pkg['manifest_path'])) info.file = pkg['manifest_path'];
    if (typeof pkg['license'] === 'string') info.license = pkg['license'];
    if (typeof pkg['license_file'] === 'string') info.licenseFile = pkg['license_file'];
    // cargo says where each package came from: it speaks for that kind only (without `source`, for any)
    const source = pkg['source'];
    if (source === null) info.describes = ['path'];
    else if (typeof source === 'string') info.describes = [source.startsWith('git+') ? 'git' : 'registry'];
    putLicense(licenses, info);
  }
  return { licenses, findings };
}

export interface CargoMetadataOptions {
  manifestPath: string;
  /**
   * An empty directory outside the checkout that this run owns. cargo runs there: cargo reads
   * `.cargo/config.toml` and rustup reads `rust-toolchain.toml` from the working directory up, so run in the
   * checkout they would be the pull request's. `<scratch>/cargo-home` is cargo's own CARGO_HOME.
   */
  scratch: string;
  /** A cargo to run instead of the runner's (tests). */
  cargo?: string;
  /** Pass `--offline` (no network, only what is vendored or in the local registry). */
  offline?: boolean;
  /** Pass `--locked` so cargo refuses to rewrite Cargo.lock. Default true. */
  locked?: boolean;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

export { scrubbedEnv } from '../child-env.js';

/** The runner's cargo and rustc: absolute paths of the toolchain rustup would pick outside the checkout. */
export interface RunnerToolchain {
  cargo: string;
  rustc: string;
  /** The rustup toolchain (name or path) both belong to; undefined without rustup. */
  toolchain?: string;
}

/**
 * Which cargo and rustc the runner itself would use: `rustup which` asked from `cwd` (outside the checkout, so
 * no `rust-toolchain.toml` of the pull request is seen) with the runner's own RUSTUP_TOOLCHAIN, if any.
 * Without rustup (a distribution's cargo), `cargo` and `rustc` from PATH, which read no toolchain file at all.
 */
export async function runnerToolchain(run: RunCommand, cwd: string, inheritedEnv: Record<string, string | undefined>): Promise<RunnerToolchain> {
  const env = scrubbedEnv(inheritedEnv);
  const which = async (tool: string): Promise<string | undefined> => {
    const r = await run('rustup', ['which', tool], { cwd, env, timeoutMs: 60_000 }).catch(() => undefined);
    const out = r?.code === 0 ? r.stdout.trim() : '';
    return isAbsolute(out) && !out.includes('\n') ? out : undefined;
  };
  const cargo = await which('cargo');
  if (cargo === undefined) return { cargo: 'cargo', rustc: inheritedEnv['RUSTC'] || 'rustc' };
  const rustc = inheritedEnv['RUSTC'] || (await which('rustc')) || join(dirname(cargo), 'rustc');
  const fromPath = /[\\/]toolchains[\\/]([^\\/]+)[\\/]bin[\\/][^\\/]+$/.exec(cargo)?.[1];
  const toolchain = inheritedEnv['RUSTUP_TOOLCHAIN'] || fromPath;
  return { cargo, rustc, ...(toolchain ? { toolchain } : {}) };
}

/** The runner's cargo configuration file (`$CARGO_HOME/config.toml`, or the legacy `config`), if it has one. */
async function runnerCargoConfig(inheritedEnv: Record<string, string | undefined>): Promise<string | undefined> {
  const home = inheritedEnv['CARGO_HOME'] || (inheritedEnv['HOME'] ? join(inheritedEnv['HOME'], '.cargo') : undefined);
  if (!home) return undefined;
  for (const name of ['config.toml', 'config']) {
    const file = join(home, name);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

/**
 * Run `cargo metadata --format-version 1` on the checkout's manifest and read it, without letting the
 * checkout choose any program or setting: cargo is the runner's toolchain (`rustup which`, absolute path,
 * RUSTUP_TOOLCHAIN and RUSTC pinned, no rustc wrapper), it runs in `scratch` (so neither `.cargo/config.toml`
 * nor `rust-toolchain.toml` of the checkout is read), with its own CARGO_HOME (no registry cache or
 * credentials of the runner) and the runner's cargo configuration passed as `--config <file>`; its environment
 * has no action input, token or runner command file. Registry crates are downloaded from the registry and
 * checked against the lockfile's checksums, so their licenses are the registry's.
 * Throws ConfigurationError with cargo's stderr on failure.
 */
export async function runCargoMetadata(
  run: RunCommand,
  options: CargoMetadataOptions,
  inheritedEnv: Record<string, string | undefined> = process.env,
): Promise<LicenseSet> {
  const tc: RunnerToolchain = options.cargo !== undefined ? { cargo: options.cargo, rustc: inheritedEnv['RUSTC'] || 'rustc' } : await runnerToolchain(run, options.scratch, inheritedEnv);
  const args = ['metadata', '--format-version', '1', '--manifest-path', options.manifestPath];
  if (options.locked ?? true) args.push('--locked');
  if (options.offline) args.push('--offline');
  const config = await runnerCargoConfig(inheritedEnv);
  if (config) args.push('--config', config);
  const pinned = {
    CARGO_HOME: join(options.scratch, 'cargo-home'),
    RUSTC: tc.rustc,
    RUSTC_WRAPPER: '',
    RUSTC_WORKSPACE_WRAPPER: '',
    ...(tc.toolchain ? { RUSTUP_TOOLCHAIN: tc.toolchain } : {}),
  };
  const r = await run(tc.cargo, args, {
    cwd: options.scratch,
    env: scrubbedEnv(inheritedEnv, { ...pinned, ...options.env }),
    timeoutMs: options.timeoutMs ?? 300_000,
  });
  if (r.code !== 0) {
    const why = r.timedOut ? 'timed out' : `exited with ${r.code ?? r.signal}`;
    const tail = r.stderr.trim().split('\n').slice(-8).join('\n');
    throw new ConfigurationError(`cargo ${args.join(' ')} ${why}:\n${tail}`);
  }
  return licensesFromMetadata(r.stdout, `cargo metadata (${options.manifestPath})`);
}

// ---------------------------------------------------------------------------------------------------------
// Where a source's files may be read from

/**
 * The directories a license source's files must really lie in: the source itself and the workspace. A file
 * inside a source can be a link (`vendor/foo/Cargo.toml -> /proc/self/environ`); it is read only when its real
 * path is inside one of these, else skipped with a finding.
 */
export interface SourceBounds {
  /** As given (absolute): the workspace-root search above a crate stays below one of them. */
  roots: string[];
  /** Their real paths. */
  realRoots: string[];
}

export function sourceBounds(roots: readonly string[]): SourceBounds {
  const abs = [...new Set(roots.map((r) => resolve(r)))];
  return { roots: abs, realRoots: abs.map((r) => realPathWithin(r, [])?.real ?? r) };
}

/**
 * The path to read for `file`: its real path when it lies within the bounds (or when there are none), a
 * finding when a link carries it out, undefined when it does not exist.
 */
function guard(file: string, bounds: SourceBounds | undefined): { real: string } | { finding: Finding } | undefined {
  const r = realPathWithin(file, bounds?.realRoots ?? []);
  if (!r) return undefined;
  if (!bounds || r.within) return { real: r.real };
  return {
    finding: cargoFindings.make('license-source-link-outside', `${file} is a symbolic link out of the license source and the workspace (to ${r.real}); it was not read`, {
      file, hint: 'Commit the file itself, or give the directory it points at as a license-sources entry.',
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Cargo.toml

interface ManifestLicense {
  name?: string;
  version?: string;
  license?: string;
  licenseFile?: string;
  licenseInherited: boolean;
  licenseFileInherited: boolean;
  versionInherited: boolean;
}

function readManifestFields(text: string, file: string): ManifestLicense | Finding {
  let toml: Record<string, unknown>;
  try {
    toml = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const line = (e as { line?: number }).line;
    return cargoFindings.make('crate-manifest-malformed', `cannot parse Cargo.toml: ${(e as Error).message.split('\n')[0]}`, {
      file,
      ...(line !== undefined ? { line } : {}),
    });
  }
  const pkg = (toml['package'] ?? toml['project']) as Record<string, unknown> | undefined;
  if (typeof pkg !== 'object' || pkg === null) {
    return cargoFindings.make('crate-manifest-no-package', 'Cargo.toml has no [package] table', { file });
  }
  const inherits = (v: unknown) => typeof v === 'object' && v !== null && (v as { workspace?: unknown }).workspace === true;
  const out: ManifestLicense = {
    licenseInherited: inherits(pkg['license']),
    licenseFileInherited: inherits(pkg['license-file']),
    versionInherited: inherits(pkg['version']),
  };
  if (typeof pkg['name'] === 'string') out.name = pkg['name'];
  if (typeof pkg['version'] === 'string') out.version = pkg['version'];
  if (typeof pkg['license'] === 'string') out.license = pkg['license'];
  if (typeof pkg['license-file'] === 'string') out.licenseFile = pkg['license-file'];
  return out;
}

/**
 * Walk up from a member's directory to the Cargo.toml with `[workspace]` (as cargo does), at most 32 levels;
 * with bounds, only through directories inside them, and never through a link out of them.
 */
async function findWorkspacePackage(memberDir: string, bounds: SourceBounds | undefined, findings: Finding[]): Promise<{ file: string; pkg: Record<string, unknown> } | undefined> {
  let dir = dirname(resolve(memberDir));
  for (let i = 0; i < 32; i++) {
    if (bounds && !bounds.roots.some((r) => isWithin(r, dir))) break;
    const file = join(dir, 'Cargo.toml');
    const g = guard(file, bounds);
    if (g && 'finding' in g) findings.push(g.finding);
    const pkg = g && 'real' in g ? await workspacePackageIn(g.real) : undefined;
    if (pkg) return { file, pkg };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/**
 * The `[workspace.package]` table of a Cargo.toml (`{}` when it has `[workspace]` without one), or undefined when
 * it is not a workspace root or cannot be read; each file parsed once while it is unchanged (size and time): 1,000
 * vendored crates inheriting their license from a 400 KB root parsed it 1,000 times (20 s).
 */
async function workspacePackageIn(real: string): Promise<Record<string, unknown> | undefined> {
  const st = await stat(real).catch(() => undefined);
  if (!st) return undefined;
  const hit = workspaceRoots.get(real);
  if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit.pkg;
  const text = await readFile(real, 'utf8').catch(() => undefined);
  let pkg: Record<string, unknown> | undefined;
  if (text !== undefined) {
    try {
      const toml = parseToml(text) as Record<string, unknown>;
      const ws = toml['workspace'] as Record<string, unknown> | undefined;
      if (ws && typeof ws === 'object') pkg = (ws['package'] as Record<string, unknown>) ?? {};
    } catch {
      // Not our problem here: the member's own finding says the license is unresolved.
    }
  }
  if (workspaceRoots.size >= 256) workspaceRoots.clear();
  workspaceRoots.set(real, { size: st.size, mtimeMs: st.mtimeMs, pkg });
  return pkg;
}

const workspaceRoots = new Map<string, { size: number; mtimeMs: number; pkg: Record<string, unknown> | undefined }>();

/**
 * Read one crate directory's Cargo.toml. The workspace root is looked up only when a field says
 * `workspace = true` (published crates never do: `cargo package` resolves inheritance).
 */
export async function readCrateDirectory(dir: string, bounds?: SourceBounds): Promise<{ info?: LicenseInfo; findings: Finding[] }> {
  const file = join(dir, 'Cargo.toml');
  const g = guard(file, bounds);
  if (g && 'finding' in g) return { findings: [g.finding] };
  const text = g ? await readFile(g.real, 'utf8').catch(() => undefined) : undefined;
  if (text === undefined) return { findings: [cargoFindings.make('crate-manifest-missing', `no Cargo.toml in ${dir}`, { file: dir })] };
  const m = readManifestFields(text, file);
  if ('severity' in m) return { findings: [m] };
  const findings: Finding[] = [];
  let inherited = false;
  if (m.licenseInherited || m.licenseFileInherited || m.versionInherited) {
    const ws = await findWorkspacePackage(dir, bounds, findings);
    if (!ws) {
      findings.push(cargoFindings.make('workspace-root-missing', 'license.workspace = true but no workspace root Cargo.toml was found above it', { file }));
    } else {
      if (m.licenseInherited) {
        if (typeof ws.pkg['license'] === 'string') {
          m.license = ws.pkg['license'];
          inherited = true;
        } else {
          findings.push(cargoFindings.make('workspace-license-missing', `license.workspace = true but ${ws.file} has no [workspace.package] license`, { file }));
        }
      }
      if (m.licenseFileInherited && typeof ws.pkg['license-file'] === 'string') {
        m.licenseFile = ws.pkg['license-file'];
        inherited = true;
      }
      if (m.versionInherited && typeof ws.pkg['version'] === 'string') m.version = ws.pkg['version'];
    }
  }
  if (m.name === undefined || m.version === undefined) {
    findings.push(cargoFindings.make('crate-manifest-incomplete', 'Cargo.toml has no package name or version', { file }));
    return { findings };
  }
  const info: LicenseInfo = { name: m.name, version: m.version, origin: 'directory', from: dir, file: resolve(file) };
  if (m.license !== undefined) info.license = m.license;
  if (m.licenseFile !== undefined) info.licenseFile = m.licenseFile;
  if (inherited) info.inherited = true;
  const describes = await unpackedFrom(dir, bounds);
  if (describes) info.describes = describes;
  return { info, findings };
}

/**
 * What a crate directory was unpacked from, by the marker cargo leaves: `.cargo-checksum.json` in a vendored
 * crate (`cargo vendor`, a directory source such as Debian's registry), whose `package` checksum is null for a
 * git crate; `.cargo-ok` in a crate cargo unpacked from its registry (`~/.cargo/registry/src`). Neither:
 * undefined (a crate directory given as itself speaks for any kind; see `vendored` for one found in a source).
 */
async function unpackedFrom(dir: string, bounds?: SourceBounds): Promise<readonly LicenseFor[] | undefined> {
  const marker = async (name: string) => {
    const g = guard(join(dir, name), bounds);
    return g && !('finding' in g) ? readFile(g.real, 'utf8').catch(() => undefined) : undefined;
  };
  const checksums = await marker('.cargo-checksum.json');
  if (checksums !== undefined) {
    let pkg: unknown;
    try {
      pkg = (JSON.parse(checksums) as { package?: unknown } | null)?.package;
    } catch {
      // unreadable: vendored all the same, from a registry or git
      return ['registry', 'git'];
    }
    return pkg === null ? ['git'] : ['registry'];
  }
  return (await marker('.cargo-ok')) !== undefined ? ['registry'] : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// .crate tarballs

/** Decompressed size above which a .crate is refused (a real crate is a few MiB). */
export const MAX_CRATE_BYTES = 256 * 1024 * 1024;
/** Entries read before giving up on finding Cargo.toml. */
const MAX_TAR_ENTRIES = 100_000;

function tarString(buf: Buffer, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}

function tarSize(buf: Buffer, start: number): number | undefined {
  // Base-256 (GNU) when the high bit is set; octal text otherwise.
  if ((buf[start]! & 0x80) !== 0) {
    let n = 0;
    for (let i = start + 1; i < start + 12; i++) n = n * 256 + buf[i]!;
    return n;
  }
  const text = tarString(buf, start, 12).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  return parseInt(text, 8);
}

/** The content of one file in a tar archive, or undefined. Understands ustar prefixes, GNU `L` and pax `path`. */
export function findInTar(tar: Buffer, wanted: (path: string) => boolean): { path: string; data: Buffer } | undefined {
  let off = 0;
  let longName: string | undefined;
  for (let n = 0; n < MAX_TAR_ENTRIES && off + 512 <= tar.length; n++) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) return undefined;
    const size = tarSize(tar, off + 124);
    if (size === undefined || off + 512 + size > tar.length) return undefined;
    const type = String.fromCharCode(header[156] || 0x30);
    const data = tar.subarray(off + 512, off + 512 + size);
    let path = tarString(tar, off, 100);
    const magic = tarString(tar, off + 257, 6);
    if (magic.startsWith('ustar')) {
      const prefix = tarString(tar, off + 345, 155);
      if (prefix) path = `${prefix}/${path}`;
    }
    if (longName !== undefined) {
      path = longName;
      longName = undefined;
    }
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      // the name and the NULs that pad it (`/\0+$/` tried again from every NUL: 160,000 of them, 43 s)
      const text = data.toString('utf8');
      let end = text.length;
      while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
      longName = text.slice(0, end);
      continue;
    }
    if (type === 'x') {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (m) longName = m[1];
      continue;
    }
    if ((type === '0' || type === '7') && wanted(path.replace(/^\.\//, ''))) return { path, data };
  }
  return undefined;
}

/** Read the license fields from a `.crate` (Gentoo DISTDIR, `cargo package` output). */
export async function readCrateTarball(path: string, bounds?: SourceBounds): Promise<{ info?: LicenseInfo; findings: Finding[] }> {
  const fail = (code: CargoCode, message: string) => ({ findings: [cargoFindings.make(code, message, { file: path })] });
  const g = guard(path, bounds);
  if (g && 'finding' in g) return { findings: [g.finding] };
  let tar: Buffer;
  try {
    tar = gunzipSync(await readFile(g?.real ?? path), { maxOutputLength: MAX_CRATE_BYTES });
  } catch (e) {
    return fail('crate-tarball-unreadable', `cannot decompress: ${(e as Error).message}`);
  }
  const stem = basename(path).replace(/\.crate$/, '');
  // The manifest sits at `<name>-<version>/Cargo.toml`; fall back to any top-level one.
  const hit = findInTar(tar, (p) => p === `${stem}/Cargo.toml`) ?? findInTar(tar, (p) => /^[^/]+\/Cargo\.toml$/.test(p));
  if (!hit) return fail('crate-tarball-no-manifest', `no ${stem}/Cargo.toml inside`);
  const m = readManifestFields(hit.data.toString('utf8'), `${path}!${hit.path}`);
  if ('severity' in m) return { findings: [m] };
  if (m.name === undefined || m.version === undefined) return fail('crate-manifest-incomplete', 'Cargo.toml has no package name or version');
  // a `.crate` is what a registry serves
  const info: LicenseInfo = { name: m.name, version: m.version, origin: 'crate-tarball', from: path, file: resolve(path), describes: ['registry'] };
  if (m.license !== undefined) info.license = m.license;
  if (m.licenseFile !== undefined) info.licenseFile = m.licenseFile;
  return { info, findings: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Directory scanning

const isFile = async (p: string) => (await stat(p).catch(() => undefined))?.isFile() ?? false;

/** The `.crate` file name of a crate, as cargo and Gentoo's DISTDIR write it. */
export function crateFileName(name: string, version: string): string {
  return `${name}-${version}.crate`;
}

/**
 * The `.crate` files a directory source may hold for these locks' packages: a registry package's (a `.crate`
 * speaks for nothing else). `only`: they are all the locks need from a directory source, as no package is from
 * git (which only a vendored crate directory describes; a path package is described by cargo or by its own
 * directory given as a source).
 */
export interface WantedCrates {
  files: ReadonlySet<string>;
  only: boolean;
  /** The directory names a vendored git package has: `<name>-<version>` and `<name>` (as `cargo vendor` names them). */
  git: ReadonlySet<string>;
}

export function wantedCrates(packages: Iterable<{ name: string; version: string; sourceKind: SourceKind }>): WantedCrates {
  const files = new Set<string>();
  const git = new Set<string>();
  for (const p of packages) {
    const kind = licenseKind(p.sourceKind);
    if (kind === 'registry') files.add(crateFileName(p.name, p.version));
    else if (kind === 'git') git.add(`${p.name}-${p.version}`).add(p.name);
  }
  return { files, only: git.size === 0, git };
}

/** {@link WantedCrates} as {@link CollectOptions}. */
export function wantedOptions(w: WantedCrates): Pick<CollectOptions, 'wantedCrates' | 'wantedOnly' | 'wantedGit'> {
  return { wantedCrates: w.files, wantedOnly: w.only, wantedGit: w.git };
}

/**
 * Every crate under `root`: root itself when it holds a Cargo.toml; otherwise its children that hold one
 * (vendor, Debian registry) or are `.crate` files (DISTDIR); and one level further for
 * `~/.cargo/registry/src/<index>/`. Unreadable entries are findings. With `wanted` (file names from
 * {@link crateFileName}), only those `.crate` files are opened: a DISTDIR holds the crates of every package
 * on the machine, and decompressing them all would make the cost follow the DISTDIR instead of the lock. With
 * `wantedOnly` too (see {@link WantedCrates}), when every wanted crate lies in `root` as its `.crate` or its
 * `<name>-<version>/` directory, they are opened by name and `root` is not listed: listing a DISTDIR of 5,000
 * distfiles cost more than reading a lock's five crates, and reading every crate of Debian's registry (111 here,
 * thousands on a build host) ~1 ms each. The same holds one level down, in the index directories of cargo's
 * `registry/src` (every crate a machine's builds ever unpacked) and `registry/cache`: where every wanted crate is
 * in one of them, only those are read; there, the git packages' directory names (`wantedGit`) are read where
 * they are found and do not make the source listed where they are not.
 */
export async function licensesFromDirectory(root: string, wanted?: ReadonlySet<string>, within: readonly string[] = [], wantedOnly = false, wantedGit?: ReadonlySet<string>): Promise<LicenseSet> {
  const licenses = new Map<string, LicenseInfo>();
  const findings: Finding[] = [];
  // every file read must really lie in the source (or in `within`, the workspace): a link out is skipped
  const bounds = sourceBounds([root, ...within]);
  const add = (r: { info?: LicenseInfo; findings: Finding[] }) => {
    pushAll(findings, r.findings);
    if (r.info) putLicense(licenses, r.info);
  };
  if (!(await isDir(root))) throw new ConfigurationError(`license source '${root}' is not a directory`);
  if (await isFile(join(root, 'Cargo.toml'))) {
    add(await readCrateDirectory(root, bounds));
    return { licenses, findings };
  }
  if (wanted && wantedOnly && wanted.size > 0) {
    // Each wanted crate as a `.crate` or as its unpacked `<name>-<version>/`: in `root` (a DISTDIR, Debian's
    // registry, a vendor directory of versioned names), else in the index directories below it (cargo's
    // `registry/src/<index>/` and `registry/cache/<index>/`). One miss (a vendor directory of bare names, a crate
    // not fetched) and the source is listed as before, after one look, not one per crate.
    const names = [...wanted].sort((a, b) => a.localeCompare(b));
    const found = (await findByName([root], names, bounds)) ?? (await findByName(await indexDirectories(root), names, bounds));
    if (found) {
      for (const read of found) add(await read());
      return { licenses, findings };
    }
  } else if (wanted && wantedGit && wantedGit.size > 0) {
    // Git packages too. Below index directories (cargo's registry, which never holds a git crate: cargo checks
    // those out under `git/checkouts`; or directories of vendor directories) each is looked for by its names,
    // `<name>-<version>/` and `<name>/`, and read where found; one not found is not a reason to read every crate
    // of a cargo home. The registry crates must all be there, as above.
    const index = await indexDirectories(root);
    const found = await findByName(index, [...wanted].sort((a, b) => a.localeCompare(b)), bounds, [...wantedGit]);
    if (found) {
      for (const read of found) add(await read());
      return { licenses, findings };
    }
  }
  const scan = async (dir: string, depth: number): Promise<void> => {
    // A plain file is read only when it is a wanted `.crate`: the rest (a DISTDIR's other distfiles and other
    // packages' crates, tens of thousands on a build host) is dropped before the sort, which then orders a few
    // entries instead of every one of them.
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !e.isFile() || (e.name.endsWith('.crate') && (!wanted || wanted.has(e.name))))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      const crateFile = e.name.endsWith('.crate');
      if (crateFile && wanted && !wanted.has(e.name)) continue;
      let kind: 'file' | 'dir' | undefined = e.isFile() ? 'file' : e.isDirectory() ? 'dir' : undefined;
      if (e.isSymbolicLink()) {
        // a link is followed only where it stays inside: a crate directory or .crate linked out is not read
        const g = guard(p, bounds);
        if (!g) continue;
        if ('finding' in g) {
          if (crateFile || (await isDir(p))) findings.push(g.finding);
          continue;
        }
        const st = await stat(g.real).catch(() => undefined);
        kind = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : undefined;
      }
      if (kind === 'file' && crateFile) add(await readCrateTarball(p, bounds));
      else if (kind === 'dir') {
        if (await isFile(join(p, 'Cargo.toml'))) add(vendored(await readCrateDirectory(p, bounds)));
        else if (depth > 0) await scan(p, depth - 1);
      }
    }
  };
  await scan(root, 1);
  return { licenses, findings };
}

type CrateRead = () => Promise<{ info?: LicenseInfo; findings: Finding[] }>;

/**
 * Readers of the crates `names` (`.crate` file names) and of the directory names `optional`, as a listing of `dirs`
 * (in order, each sorted as `localeCompare` sorts) would read them: every copy, a `<name>-<version>.crate` and an
 * unpacked `<name>-<version>/` (or an optional `<name>/`) in any of `dirs`, each entry once, in that order, so
 * that the same entries are kept as the listing keeps (a later read replaces an earlier one; a read that fails
 * replaces nothing). Undefined when one of `names` is in none of `dirs`.
 */
async function findByName(dirs: readonly string[], names: readonly string[], bounds: SourceBounds, optional: readonly string[] = []): Promise<CrateRead[] | undefined> {
  if (dirs.length === 0 || names.length + optional.length === 0) return undefined;
  type Hit = { at: number; entry: string; read: CrateRead };
  const look = async (crate: string | undefined, dirName: string): Promise<Hit[]> => {
    const hits: Hit[] = [];
    for (let at = 0; at < dirs.length; at++) {
      const dir = join(dirs[at]!, dirName);
      if (await isFile(join(dir, 'Cargo.toml'))) hits.push({ at, entry: dirName, read: async () => vendored(await readCrateDirectory(dir, bounds)) });
      if (crate !== undefined) {
        const file = join(dirs[at]!, crate);
        if (await isFile(file)) hits.push({ at, entry: crate, read: () => readCrateTarball(file, bounds) });
      }
    }
    return hits;
  };
  const crateDir = (n: string) => n.slice(0, -'.crate'.length);
  // the first crate that must be there is looked for first: a source without it is given up after one look
  const first = names.length > 0 ? await look(names[0], crateDir(names[0]!)) : [];
  if (names.length > 0 && first.length === 0) return undefined;
  const found = [first, ...(await Promise.all([...names.slice(1).map((n) => look(n, crateDir(n))), ...optional.map((d) => look(undefined, d))]))];
  if (found.slice(0, names.length).some((h) => h.length === 0)) return undefined;
  // each entry once (a git package's `<name>-<version>/` is a registry crate's unpacked directory too)
  const entries = new Map<string, Hit>();
  for (const h of found.flat()) entries.set(`${h.at}/${h.entry}`, h);
  return [...entries.values()].sort((x, y) => x.at - y.at || x.entry.localeCompare(y.entry)).map((h) => h.read);
}

/** At most this many index directories are looked into by name (cargo's home has one or two per registry). */
const MAX_INDEX_DIRECTORIES = 16;

/**
 * The directories of `root` when it is laid out as cargo's `registry/src` or `registry/cache`: nothing but
 * plain directories (no file, no link, none a crate itself), at most {@link MAX_INDEX_DIRECTORIES}, in the
 * order a listing reads them; otherwise none. Read entry by entry and given up at the first that does not fit:
 * a DISTDIR or a vendor directory that missed a crate is listed once, by the listing that follows, not twice.
 */
async function indexDirectories(root: string): Promise<string[]> {
  const dirs: string[] = [];
  let handle: Dir | undefined;
  try {
    handle = await opendir(root);
    for (let e = await handle.read(); e !== null; e = await handle.read()) {
      if (!e.isDirectory() || dirs.length === MAX_INDEX_DIRECTORIES || (await isFile(join(root, e.name, 'Cargo.toml')))) return [];
      dirs.push(e.name);
    }
  } catch {
    return [];
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return dirs.sort((a, b) => a.localeCompare(b)).map((d) => join(root, d));
}

/**
 * A crate found inside a directory source (a vendor directory, a registry) without cargo's marker is still one
 * of the third-party crates such a directory holds: it speaks for a registry or git package, never for a path
 * crate of the project (which a directory given as the crate itself, or `cargo`, describes).
 */
function vendored(r: { info?: LicenseInfo; findings: Finding[] }): { info?: LicenseInfo; findings: Finding[] } {
  if (r.info && r.info.describes === undefined) r.info.describes = ['registry', 'git'];
  return r;
}

// ---------------------------------------------------------------------------------------------------------
// All sources together

export { licenseSourcesInput } from './audit-inputs.js';

export interface CollectOptions {
  /** Directory relative paths are resolved against (the checkout). */
  workspace: string;
  /** Manifest for `cargo` sources. */
  manifestPath: string;
  run?: RunCommand;
  /** For `cargo`: an empty directory outside the checkout that this run owns (see CargoMetadataOptions). */
  scratch?: () => Promise<string>;
  offline?: boolean;
  env?: Record<string, string | undefined>;
  /** `.crate` file names worth opening in a directory source ({@link crateFileName} of the locks' crates). */
  wantedCrates?: ReadonlySet<string>;
  /** They are all a directory source must give ({@link WantedCrates}'s `only`). */
  wantedOnly?: boolean;
  /** The git packages' directory names ({@link WantedCrates}'s `git`). */
  wantedGit?: ReadonlySet<string>;
}

/**
 * Read every source in order; the first source that knows a crate wins, later ones fill gaps. A source is
 * `cargo` (run cargo metadata), a `.json` file (its output), or a directory (see licensesFromDirectory).
 * Relative paths are resolved inside the workspace and may not climb out of it; absolute paths (a Debian
 * registry, `~/.cargo/registry/src`) are taken as given.
 */
export async function collectLicenses(specs: readonly string[], options: CollectOptions): Promise<LicenseSet & { read: string[] }> {
  const licenses = new Map<string, LicenseInfo>();
  const findings: Finding[] = [];
  const read: string[] = [];
  for (const spec of specs.map((s) => s.trim()).filter(Boolean)) {
    let set: LicenseSet;
    if (spec === 'cargo') {
      if (!options.run || !options.scratch) throw new ConfigurationError("license source 'cargo' needs a way to run cargo (the run and scratch ports)");
      set = await runCargoMetadata(options.run, {
        scratch: await options.scratch(),
        manifestPath: options.manifestPath,
        ...(options.offline !== undefined ? { offline: options.offline } : {}),
        ...(options.env !== undefined ? { env: options.env } : {}),
      });
    } else {
      const path = confine(options.workspace, spec);
      const expected = "expected 'cargo', a .json file written by cargo metadata, or a directory of crates";
      if (spec.endsWith('.json')) {
        const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new ConfigurationError(`license-sources entry '${spec}' cannot be read (${e.code ?? e.message}); ${expected}`);
        });
        set = licensesFromMetadata(text, spec);
        for (const info of set.licenses.values()) info.file = path;
      } else {
        if (!(await isDir(path))) throw new ConfigurationError(`license-sources entry '${spec}' is not a directory (${path}); ${expected}`);
        set = await licensesFromDirectory(path, options.wantedCrates, [options.workspace], options.wantedOnly, options.wantedGit);
      }
    }
    read.push(spec);
    pushAll(findings, set.findings);
    for (const [k, v] of set.licenses) if (!licenses.has(k)) licenses.set(k, v);
  }
  return { licenses, findings, read };
}

function confine(workspace: string, spec: string): string {
  if (isAbsolute(spec)) return spec;
  const abs = resolve(workspace, spec);
  const rel = relative(resolve(workspace), abs);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(`license-sources entry '${spec}' is outside the workspace; give an absolute path if that is intended`);
  }
  // As written is not enough: the checkout is the pull request's, and a committed `meta.json -> /proc/self/environ`
  // or `vendor -> /home/runner` would be read from outside it.
  const real = realOrSelf(abs);
  const realRel = relative(realOrSelf(resolve(workspace)), real);
  if (realRel.startsWith('..') || isAbsolute(realRel)) {
    throw new ConfigurationError(`license-sources entry '${spec}' leads outside the workspace through a symbolic link (to '${real}'); give an absolute path if that is intended`);
  }
  return abs;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
