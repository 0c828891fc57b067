/**
 * A busybox initramfs written by Node (cpio "newc", deterministic: fixed mtimes and inode numbers, no root
 * needed for /dev/console), with a statically linked Rust program the /init runs as a criterion.
 * Cached under a key made of every input, so a second build is a file lookup.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigurationError, type RunCommand } from '../io.js';
import { isStaticExecutable, readElf } from '../artifacts/elf.js';

export type CpioEntry =
  | { kind: 'dir'; path: string; mode?: number }
  | { kind: 'file'; path: string; data: Uint8Array; mode?: number }
  | { kind: 'symlink'; path: string; target: string }
  | { kind: 'chardev'; path: string; major: number; minor: number; mode?: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

/** Serialise entries as a cpio newc archive (what the kernel unpacks as an initramfs). */
export function writeCpioNewc(entries: readonly CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  let offset = 0;
  const push = (b: Buffer): void => {
    parts.push(b);
    offset += b.length;
  };
  const record = (name: string, mode: number, data: Uint8Array, rdev: [number, number], nlink: number): void => {
    const nameBytes = Buffer.from(name + '\0', 'utf8');
    const header =
      '070701' +
      hex8(name === 'TRAILER!!!' ? 0 : ino++) +
      hex8(mode) +
      hex8(0) + // uid
      hex8(0) + // gid
      hex8(nlink) +
      hex8(0) + // mtime: fixed, so the archive is reproducible
      hex8(data.length) +
      hex8(0) + // devmajor
      hex8(0) + // devminor
      hex8(rdev[0]) +
      hex8(rdev[1]) +
      hex8(nameBytes.length) +
      hex8(0); // check
    push(Buffer.from(header, 'latin1'));
    push(nameBytes);
    push(Buffer.alloc(pad4(offset)));
    if (data.length) {
      push(Buffer.from(data));
      push(Buffer.alloc(pad4(offset)));
    }
  };
  for (const e of entries) {
    const name = e.path.replace(/^\/+/, '');
    if (!name || name.split('/').includes('..')) throw new ConfigurationError(`Invalid initramfs path '${e.path}'.`);
    switch (e.kind) {
      case 'dir':
        record(name, S_IFDIR | (e.mode ?? 0o755), new Uint8Array(), [0, 0], 2);
        break;
      case 'file':
        record(name, S_IFREG | (e.mode ?? 0o644), e.data, [0, 0], 1);
        break;
      case 'symlink':
        record(name, S_IFLNK | 0o777, Buffer.from(e.target, 'utf8'), [0, 0], 1);
        break;
      case 'chardev':
        record(name, S_IFCHR | (e.mode ?? 0o600), new Uint8Array(), [e.major, e.minor], 1);
        break;
    }
  }
  record('TRAILER!!!', 0, new Uint8Array(), [0, 0], 1);
  return Buffer.concat(parts);
}

export interface SelfhostInitramfsInputs {
  /** Folder for the cached archive and the compiled program (git-ignored, e.g. `.cache/vm`). */
  cacheDir: string;
  /** A statically linked busybox (Debian: busybox-static installs /bin/busybox). */
  busybox: string;
  /** The /init shell script. */
  initScript: string;
  /** Rust source of the program /init runs as a criterion. */
  probeSource: string;
  /** More scripts for /init to run, placed at the root of the archive under their own names (mode 0755). */
  scripts?: readonly string[];
  rustc?: string;
}

export interface InitramfsResult {
  path: string;
  key: string;
  /** Served from the cache without building. */
  cached: boolean;
}

/** Paths of the default recipe in this repository. */
export function defaultInitramfsRecipe(repoRoot: string): Pick<SelfhostInitramfsInputs, 'initScript' | 'probeSource' | 'scripts'> {
  const dir = join(repoRoot, 'fixtures', 'vm', 'initramfs');
  return {
    initScript: join(dir, 'init'),
    probeSource: join(dir, 'selfhost-probe.rs'),
    // VeridianOS's serial console, replayed (selfhost_mode=veridian-<case>).
    scripts: [join(dir, 'veridian.sh')],
  };
}

export async function buildSelfhostInitramfs(inputs: SelfhostInitramfsInputs, run: RunCommand): Promise<InitramfsResult> {
  const rustc = inputs.rustc ?? 'rustc';
  const scripts = inputs.scripts ?? [];
  for (const [what, p] of [['busybox', inputs.busybox], ['init script', inputs.initScript], ['probe source', inputs.probeSource], ...scripts.map((s) => ['script', s] as const)] as const) {
    if (!existsSync(p)) throw new ConfigurationError(`The ${what} '${p}' does not exist.`);
  }
  const version = await run(rustc, ['-vV']);
  if (version.code !== 0) throw new ConfigurationError(`'${rustc} -vV' failed: ${version.stderr.trim()}`);

  const busybox = readFileSync(inputs.busybox);
  const init = readFileSync(inputs.initScript);
  const source = readFileSync(inputs.probeSource);
  const extra = scripts.map((s) => ({ name: basename(s), data: readFileSync(s) }));
  const hash = createHash('sha256').update('selfhost-initramfs-v1\0').update(busybox).update(init).update(source).update(version.stdout);
  // Without scripts the key is what it always was (a cached archive stays valid).
  for (const e of extra) hash.update(`\0${e.name}\0`).update(e.data);
  const key = hash.digest('hex').slice(0, 16);
  mkdirSync(inputs.cacheDir, { recursive: true });
  const path = join(inputs.cacheDir, `selfhost-initramfs-${key}.cpio`);
  if (existsSync(path)) return { path, key, cached: true };

  const busyboxElf = await readElf(async (pos, len) => busybox.subarray(pos, pos + len), busybox.length);
  if (!busyboxElf || !isStaticExecutable(busyboxElf)) {
    throw new ConfigurationError(`'${inputs.busybox}' is not a statically linked executable (install busybox-static).`);
  }

  const work = join(inputs.cacheDir, `.initramfs-${process.pid}-${key}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const probePath = join(work, 'selfhost-probe');
    const compiled = await run(rustc, [
      '--edition', '2021',
      '-C', 'opt-level=s',
      '-C', 'target-feature=+crt-static',
      '-C', 'panic=abort',
      '-C', 'strip=symbols',
      '-o', probePath,
      inputs.probeSource,
    ]);
    if (compiled.code !== 0) throw new ConfigurationError(`Compiling ${inputs.probeSource} failed:\n${compiled.stderr.trim()}`);
    const probe = readFileSync(probePath);
    const probeElf = await readElf(async (pos, len) => probe.subarray(pos, pos + len), probe.length);
    if (!probeElf || !isStaticExecutable(probeElf)) throw new Error('rustc with +crt-static produced a dynamically linked program');

    const archive = writeCpioNewc([
      { kind: 'dir', path: 'bin' },
      { kind: 'dir', path: 'dev' },
      { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
      { kind: 'chardev', path: 'dev/null', major: 1, minor: 3, mode: 0o666 },
      { kind: 'dir', path: 'proc' },
      { kind: 'dir', path: 'sys' },
      { kind: 'dir', path: 'tmp', mode: 0o1777 },
      { kind: 'file', path: 'bin/busybox', data: busybox, mode: 0o755 },
      { kind: 'symlink', path: 'bin/sh', target: 'busybox' },
      { kind: 'file', path: 'bin/selfhost-probe', data: probe, mode: 0o755 },
      { kind: 'file', path: 'init', data: init, mode: 0o755 },
      ...extra.map((e) => ({ kind: 'file' as const, path: e.name, data: e.data, mode: 0o755 })),
    ]);
    writeFileSync(path + '.tmp', archive);
    renameSync(path + '.tmp', path);
    return { path, key, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
