#!/usr/bin/env node
// Print the CHANGELOG.md section of a version (its release notes), after checking that the version is X.Y.Z,
// equals package.json's version, and has a `## [X.Y.Z]` section with something in it.
// Usage: node .ci/release-notes.mjs X.Y.Z [--root DIR]   Exit 1 with a message naming what is wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function releaseNotes(version, changelog, packageVersion) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`version: expected X.Y.Z (e.g. 1.2.3, no leading v), got '${version}'`);
  if (packageVersion !== version) throw new Error(`package.json says version ${packageVersion}; set it to ${version} first (and rebuild dist/)`);
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) throw new Error(`CHANGELOG.md has no '## [${version}]' section`);
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]:\s/.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md's '## [${version}]' section is empty`);
  return `${body}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const ri = args.indexOf('--root');
  const root = ri >= 0 ? path.resolve(args[ri + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    process.stdout.write(releaseNotes(args[0] ?? '', readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), pkg.version));
  } catch (e) {
    process.stderr.write(`release-notes: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
