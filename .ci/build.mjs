#!/usr/bin/env node
// Build one ncc bundle per action (dist/<name>/index.js + package.json {"type":"module"} + licenses.txt),
// the umbrella (dist/main) and the CLI (dist/cli). `node .ci/build.mjs [name...] [--out DIR]` builds only those.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { buildInputs } from './build-inputs.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const { parse: parseYaml } = require('yaml');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const targets = {};
for (const d of readdirSync(path.join(root, 'actions'), { withFileTypes: true })) {
  if (d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'main.ts'))) targets[d.name] = `actions/${d.name}/main.ts`;
}
targets.main = 'shared/toolkit/umbrella.ts';
targets.cli = 'shared/toolkit/cli.ts';

// webpack numbers modules by their path relative to the project: a node_modules that is a symbolic link (a git
// worktree sharing another checkout's packages) gives every module another number, and the committed dist/
// would then differ byte for byte from the build CI makes in its clean clone with its own `npm ci`.
{
  const { lstatSync } = await import('node:fs');
  let linked = false;
  try {
    linked = lstatSync(path.join(root, 'node_modules')).isSymbolicLink();
  } catch {}
  if (linked) {
    console.error(`build: ${path.join(root, 'node_modules')} is a symbolic link; the bundles would not match CI's build. Run \`npm ci\` in this checkout (or build in the main checkout).`);
    process.exit(2);
  }
}

const args = process.argv.slice(2);
const check = args.includes('--check');
if (check) args.splice(args.indexOf('--check'), 1);
let outRoot = path.join(root, 'dist');
const oi = args.indexOf('--out');
if (oi >= 0) { outRoot = path.resolve(args[oi + 1]); args.splice(oi, 2); }
const wanted = args;
for (const w of wanted) if (!(w in targets)) { console.error(`build: unknown target '${w}'; one of ${Object.keys(targets).join(', ')}`); process.exit(2); }
const names = wanted.length ? wanted : Object.keys(targets).sort();
if (check) {
  // Rebuild everything into a temp dir and compare byte for byte with the committed dist/.
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  outRoot = mkdtempSync(path.join(os.tmpdir(), 'rda-dist-check-'));
}

// One bundle per process: ncc keeps what it compiled, and seven bundles in one process ran out of heap.
// Two at a time (as many as the machine's cores allow, at most 2: each ncc is memory-hungry).
if (names.length > 1) {
  const { spawn } = await import('node:child_process');
  const os = await import('node:os');
  const queue = [...names];
  let failed = 0;
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), name, '--out', outRoot], { stdio: 'inherit' });
        child.on('close', (c) => resolve(c ?? 1));
      });
      if (code !== 0) {
        console.error(`build: ${name} failed (exit ${code})`);
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, os.cpus().length, names.length) }, worker));
  if (failed) process.exit(1);
}

for (const name of names.length > 1 ? [] : names) {
  const started = Date.now();
  const { code, assets } = await ncc(path.join(root, targets[name]), {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true,
  });
  const out = path.join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const banner = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(path.join(out, 'index.js'), banner + code);
  if (name === 'cli') chmodSync(path.join(out, 'index.js'), 0o755);
  for (const [file, asset] of Object.entries(assets)) {
    const p = path.join(out, file);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, asset.source);
  }
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  // action.yml as parsed here, so the bundle skips the YAML parse at start while the text is unchanged
  // (shared/toolkit/action-meta.ts, loadActionMeta).
  const actionYml = path.join(root, 'actions', name, 'action.yml');
  if (existsSync(actionYml)) {
    const source = readFileSync(actionYml, 'utf8');
    writeFileSync(path.join(out, 'action.json'), `${JSON.stringify({ source, document: parseYaml(source) })}\n`);
  }
  console.log(`built ${path.relative(root, out) || out}/index.js in ${Date.now() - started} ms`);
}
if (!wanted.length) writeFileSync(path.join(outRoot, 'build-inputs.sha256'), buildInputs());
if (check) {
  const list = (dir) => {
    const out = [];
    const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else out.push(path.relative(dir, p)); } };
    walk(dir);
    return out.sort();
  };
  const dist = path.join(root, 'dist');
  const fresh = list(outRoot);
  const committed = existsSync(dist) ? list(dist) : [];
  const differ = [...new Set([...fresh, ...committed])].filter((f) => !fresh.includes(f) || !committed.includes(f) || !readFileSync(path.join(outRoot, f)).equals(readFileSync(path.join(dist, f))));
  rmSync(outRoot, { recursive: true, force: true });
  if (differ.length) {
    console.error(`build --check: dist/ differs from a fresh build in ${differ.length} file(s): ${differ.slice(0, 20).join(', ')}${differ.length > 20 ? ', …' : ''}. Run \`npm run build\` and commit dist/.`);
    process.exitCode = 1;
  } else console.log('build --check: dist/ equals a fresh build');
}

