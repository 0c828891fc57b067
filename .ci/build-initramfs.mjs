#!/usr/bin/env node
// Build (or find in the cache) the self-host test initramfs: busybox-static + /init from fixtures/vm/initramfs
// + a statically linked Rust program. Prints its path. The logic is shared/vm/initramfs.ts; tsx loads it.
// Usage: node .ci/build-initramfs.mjs [--cache-dir DIR] [--busybox /bin/busybox]
import { register } from 'tsx/esm/api';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

register();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const cacheDir = resolve(opt('--cache-dir') ?? process.env.VM_CACHE_DIR ?? join(repo, '.cache', 'vm'));
const busybox = opt('--busybox') ?? ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
if (!busybox) {
  process.stderr.write('build-initramfs: no busybox found (apt-get install busybox-static)\n');
  process.exit(1);
}
const { buildSelfhostInitramfs, defaultInitramfsRecipe } = await import(join(repo, 'shared', 'vm', 'initramfs.ts'));
const { runCommand } = await import(join(repo, 'shared', 'toolkit', 'exec.ts'));
try {
  const r = await buildSelfhostInitramfs({ cacheDir, busybox, ...defaultInitramfsRecipe(repo) }, runCommand);
  process.stdout.write(`build-initramfs: ${r.cached ? 'cached' : 'built'} ${r.path}\n`);
} catch (e) {
  process.stderr.write(`build-initramfs: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
