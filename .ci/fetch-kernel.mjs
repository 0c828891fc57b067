#!/usr/bin/env node
// Fetch a Debian kernel package WITHOUT installing it and leave, in .cache/vm/ (or $VM_CACHE_DIR):
//   vmlinuz-<version>  the bzImage as shipped
//   vmlinux-<version>  the uncompressed ELF image (boots via PVH: ~2x faster under TCG than the bzImage)
//   kernel.json        {package, version, vmlinuz, vmlinux, pvh} (file names relative to the cache folder)
// Idempotent: when kernel.json names files that exist, it prints them and exits.
// Usage: node .ci/fetch-kernel.mjs [--package linux-image-<version>-amd64] [--cache-dir DIR] [--force]
// Needs: apt-get, apt-cache, dpkg-deb, tar, and xz (Debian's amd64 kernels are xz-compressed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const cacheDir = resolve(opt('--cache-dir') ?? process.env.VM_CACHE_DIR ?? join(repo, '.cache', 'vm'));
const force = args.includes('--force');
const manifestPath = join(cacheDir, 'kernel.json');

function die(message) {
  process.stderr.write(`fetch-kernel: ${message}\n`);
  process.exit(1);
}

function run(file, argv, options = {}) {
  const r = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 16 << 20, ...options });
  if (r.error) die(`cannot run ${file}: ${r.error.message}`);
  if (r.status !== 0) die(`${file} ${argv.join(' ')} exited ${r.status}: ${(r.stderr ?? '').trim()}`);
  return r.stdout;
}

if (!force && existsSync(manifestPath)) {
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (existsSync(join(cacheDir, m.vmlinuz)) && (!m.vmlinux || existsSync(join(cacheDir, m.vmlinux)))) {
      process.stdout.write(`fetch-kernel: cached ${m.package} (${m.vmlinux ?? m.vmlinuz})\n`);
      process.exit(0);
    }
  } catch {
    // A damaged manifest is simply rebuilt.
  }
}

mkdirSync(cacheDir, { recursive: true });

// Resolve the meta package to the concrete image package (linux-image-amd64 -> linux-image-6.1.0-NN-amd64).
let pkg = opt('--package') ?? process.env.KERNEL_PACKAGE;
if (!pkg) {
  const deps = run('apt-cache', ['depends', 'linux-image-amd64']);
  const m = /Depends:\s*(linux-image-[0-9][^\s]*-amd64)\b/.exec(deps);
  if (!m) die(`cannot find the image package in 'apt-cache depends linux-image-amd64':\n${deps}`);
  pkg = m[1];
}
if (!/^linux-image-[A-Za-z0-9.+-]+$/.test(pkg)) die(`not a kernel image package name: ${pkg}`);

const work = join(cacheDir, `.fetch-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  run('apt-get', ['download', pkg], { cwd: work });
  const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
  if (!deb) die(`apt-get download ${pkg} produced no .deb`);

  // Only ./boot is needed: the modules would be ~400 MB unpacked.
  await new Promise((ok, fail) => {
    const dpkg = spawn('dpkg-deb', ['--fsys-tarfile', join(work, deb)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const tar = spawn('tar', ['-x', '-C', work, '--wildcards', './boot/vmlinuz-*', './boot/config-*'], {
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    dpkg.stdout.pipe(tar.stdin);
    let left = 2;
    const done = (name) => (code) => {
      if (code !== 0) fail(new Error(`${name} exited ${code}`));
      else if (--left === 0) ok();
    };
    dpkg.on('close', done('dpkg-deb'));
    tar.on('close', done('tar'));
    dpkg.on('error', fail);
    tar.on('error', fail);
  }).catch((e) => die(e.message));

  const boot = join(work, 'boot');
  const vmlinuzName = readdirSync(boot).find((f) => f.startsWith('vmlinuz-'));
  if (!vmlinuzName) die(`${deb} has no boot/vmlinuz-*`);
  const version = vmlinuzName.slice('vmlinuz-'.length);
  const image = readFileSync(join(boot, vmlinuzName));
  const vmlinux = extractVmlinux(image);
  const pvh = vmlinux ? hasPvhNote(vmlinux) : false;

  const vmlinuzPath = join(cacheDir, `vmlinuz-${version}`);
  renameSync(join(boot, vmlinuzName), vmlinuzPath);
  let vmlinuxPath = null;
  if (vmlinux && pvh) {
    vmlinuxPath = join(cacheDir, `vmlinux-${version}`);
    writeFileSync(vmlinuxPath + '.tmp', vmlinux);
    renameSync(vmlinuxPath + '.tmp', vmlinuxPath);
  } else {
    process.stderr.write('fetch-kernel: no PVH-bootable vmlinux could be extracted; the bzImage will be booted (slower)\n');
  }
  // File names relative to the cache folder, so a moved checkout keeps its cache.
  const manifest = { package: pkg, version, vmlinuz: `vmlinuz-${version}`, vmlinux: vmlinuxPath ? `vmlinux-${version}` : null, pvh };
  writeFileSync(manifestPath + '.tmp', JSON.stringify(manifest, null, 2) + '\n');
  renameSync(manifestPath + '.tmp', manifestPath);
  process.stdout.write(`fetch-kernel: ${pkg} -> ${vmlinuxPath ?? vmlinuzPath}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The bzImage setup header (boot protocol >= 2.08) gives the compressed payload's offset and length
 * relative to the protected-mode code, which starts after (setup_sects + 1) 512-byte sectors.
 */
function extractVmlinux(buf) {
  if (buf.length < 0x260 || buf.toString('latin1', 0x202, 0x206) !== 'HdrS') return null;
  if (buf.readUInt16LE(0x206) < 0x208) return null;
  const setupSects = buf[0x1f1] || 4;
  const base = (setupSects + 1) * 512;
  const start = base + buf.readUInt32LE(0x248);
  const payload = buf.subarray(start, start + buf.readUInt32LE(0x24c));
  const magic = payload.subarray(0, 6);
  if (magic.equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
    // The kernel appends the uncompressed size after the stream: --single-stream ignores it.
    return decompressWith('xz', ['-dc', '--single-stream'], payload);
  }
  if (magic[0] === 0x1f && magic[1] === 0x8b) return gunzipSync(payload.subarray(0, payload.length - 4));
  if (magic.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return decompressWith('zstd', ['-dc'], payload.subarray(0, payload.length - 4));
  if (magic.subarray(0, 4).equals(Buffer.from([0x02, 0x21, 0x4c, 0x18]))) return decompressWith('lz4', ['-dc'], payload.subarray(0, payload.length - 4));
  return null;
}

function decompressWith(file, argv, input) {
  const r = spawnSync(file, argv, { input, maxBuffer: 1 << 30 });
  if (r.error || !r.stdout || r.stdout.length === 0) {
    process.stderr.write(`fetch-kernel: ${file} could not decompress the kernel payload\n`);
    return null;
  }
  return r.stdout;
}

/** An ELF64 image with a Xen note of type XEN_ELFNOTE_PHYS32_ENTRY (18): QEMU can boot it via PVH. */
function hasPvhNote(elf) {
  if (elf.length < 64 || elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) return false;
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const phentsize = elf.readUInt16LE(0x36);
  const phnum = elf.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (elf.readUInt32LE(ph) !== 4) continue; // PT_NOTE
    let off = Number(elf.readBigUInt64LE(ph + 8));
    const end = off + Number(elf.readBigUInt64LE(ph + 32));
    while (off + 12 <= end) {
      const namesz = elf.readUInt32LE(off);
      const descsz = elf.readUInt32LE(off + 4);
      const type = elf.readUInt32LE(off + 8);
      const name = elf.toString('latin1', off + 12, off + 12 + namesz).replace(/\0+$/, '');
      if (name === 'Xen' && type === 18) return true;
      off += 12 + ((namesz + 3) & ~3) + ((descsz + 3) & ~3);
    }
  }
  return false;
}
