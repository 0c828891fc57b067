#!/usr/bin/env node
// Build one ncc bundle per action (dist/<name>/index.js + package.json {"type":"module"} + licenses.txt),
// the umbrella (dist/main) and the CLI (dist/cli). `node .ci/build.mjs [name...] [--out DIR]` builds only those.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const targets = {};
for (const d of readdirSync(path.join(root, 'actions'), { withFileTypes: true })) {
  if (d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'main.ts'))) targets[d.name] = `actions/${d.name}/main.ts`;
}
targets.main = 'shared/toolkit/umbrella.ts';
targets.cli = 'shared/toolkit/cli.ts';

const args = process.argv.slice(2);
let outRoot = path.join(root, 'dist');
const oi = args.indexOf('--out');
if (oi >= 0) { outRoot = path.resolve(args[oi + 1]); args.splice(oi, 2); }
const wanted = args;
for (const w of wanted) if (!(w in targets)) { console.error(`build: unknown target '${w}'; one of ${Object.keys(targets).join(', ')}`); process.exit(2); }
const names = wanted.length ? wanted : Object.keys(targets).sort();

for (const name of names) {
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
  console.log(`built ${path.relative(root, out) || out}/index.js in ${Date.now() - started} ms`);
}
