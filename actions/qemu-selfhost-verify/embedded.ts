/**
 * The embedded demo (no inputs): a Debian kernel (fetched once into .cache/vm by .ci/fetch-kernel.mjs),
 * a busybox initramfs with a static Rust program (built once, cached), and two builds of the same Rust
 * program made in two directories of equal length, compared with those directories declared.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, type RunCommand } from '../../shared/io.js';
import { buildSelfhostInitramfs, defaultInitramfsRecipe } from '../../shared/vm/initramfs.js';

export interface EmbeddedDemo {
  kernel: string;
  initrd: string;
  append: string;
  stageA: string;
  stageB: string;
  allowPathPrefixes: string[];
  /** What was built or fetched, for the log. */
  notes: string[];
}

function cachedKernel(cacheDir: string): string | undefined {
  try {
    const m = JSON.parse(readFileSync(path.join(cacheDir, 'kernel.json'), 'utf8')) as { vmlinux?: string | null; vmlinuz: string };
    const image = path.join(cacheDir, m.vmlinux ?? m.vmlinuz);
    return existsSync(image) ? image : undefined;
  } catch {
    return undefined;
  }
}

export async function prepareEmbedded(root: string, workDir: string, run: RunCommand): Promise<EmbeddedDemo> {
  const cacheDir = path.join(root, '.cache', 'vm');
  const notes: string[] = [];
  let kernel = cachedKernel(cacheDir);
  if (!kernel) {
    const fetched = await run(process.execPath, [path.join(root, '.ci', 'fetch-kernel.mjs'), '--cache-dir', cacheDir], { timeoutMs: 10 * 60_000 });
    kernel = cachedKernel(cacheDir);
    if (!kernel) {
      throw new ConfigurationError(
        `The embedded demo needs a Debian kernel and could not fetch one (${(fetched.stderr || fetched.stdout).trim().split('\n').pop()}). ` +
          'Run `node .ci/fetch-kernel.mjs` on a Debian machine (apt-get download linux-image-amd64), or give the kernel input.',
      );
    }
    notes.push(`fetched ${path.basename(kernel)} into ${cacheDir}`);
  }
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((b) => existsSync(b));
  if (!busybox) throw new ConfigurationError('The embedded demo needs busybox-static (apt-get install busybox-static), or give the kernel and initrd inputs.');
  const initrd = await buildSelfhostInitramfs({ cacheDir, busybox, ...defaultInitramfsRecipe(root) }, run);
  notes.push(initrd.cached ? `initramfs from the cache (${path.basename(initrd.path)})` : `built ${path.basename(initrd.path)}`);

  // Two directories of the same length: the embedded source path differs, the layout does not.
  const source = path.join(root, 'fixtures', 'artifacts', 'hello', 'hello.rs');
  const dirs = [path.join(workDir, 'demo', 'build-one'), path.join(workDir, 'demo', 'build-two')] as const;
  const outs: string[] = [];
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    copyFileSync(source, path.join(dir, 'hello.rs'));
    const r = await run('rustc', ['--edition', '2021', '--emit=obj', '-C', 'opt-level=1', '-o', path.join(dir, 'out', 'hello.o'), path.join(dir, 'hello.rs')], { cwd: dir });
    if (r.code !== 0) throw new ConfigurationError(`The embedded demo could not compile ${source} with rustc: ${r.stderr.trim()}`);
    outs.push(path.join(dir, 'out'));
  }
  notes.push(`compiled ${path.basename(source)} in ${dirs[0]} and ${dirs[1]}`);
  return {
    kernel,
    initrd: initrd.path,
    append: 'console=ttyS0 panic=-1 quiet selfhost_mode=pass',
    stageA: outs[0]!,
    stageB: outs[1]!,
    allowPathPrefixes: [...dirs],
    notes,
  };
}
