/**
 * Differential check of the cargo core against independent references (issue 16's figures), as a script:
 *
 *   npx tsx bench/crate-license-audit-differential.ts [--max N] [git-dir …]
 *
 * - lock pairs: every consecutive pair of Cargo.lock versions in the given git repositories (bare or not;
 *   at most N pairs each, newest first, default 60) and the pairs in ../shared/bench-data/cargo-locks, diffed
 *   by shared/cargo and by an oracle written from cargo's decoder rules (test/cargo/lock-oracle.ts);
 * - CRATES= / LICENSE+=: shared/cargo/gentoo.ts against pycargoebuild's own output on the Debian crate
 *   workspaces and seeded mixes of test/cargo/pycargoebuild-license.json (test/cargo/derive-pycargoebuild.py).
 * Prints one line per figure and the first disagreements. Nothing is fetched: bring the repositories.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { disagreements } from '../test/cargo/lock-oracle.js';
import { parseLockfileOrThrow, CRATES_IO_REGISTRY } from '../shared/cargo/lockfile.js';
import { gentooEbuildVars } from '../shared/cargo/gentoo.js';
import { parseLicenseMapping } from '../shared/cargo/license-groups.js';
import type { LicenseInfo } from '../shared/cargo/license-sources.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 60;
const repos = args.filter((a, i) => !a.startsWith('--') && (maxAt < 0 || i !== maxAt + 1));

interface Pair {
  label: string;
  base: string;
  head: string;
}

function historyPairs(gitDir: string): Pair[] {
  const git = (...a: string[]) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const dir = git('rev-parse', '--git-dir').trim();
  const commits = git('log', '--format=%H %P', `-n${max}`, '--first-parent', 'HEAD', '--', 'Cargo.lock').trim().split('\n').filter(Boolean);
  const pairs: Pair[] = [];
  for (const line of commits) {
    const [commit, parent] = line.split(' ');
    if (!parent) continue;
    try {
      pairs.push({ label: `${path.basename(path.dirname(dir))} ${commit!.slice(0, 10)}`, base: git('show', `${parent}:Cargo.lock`), head: git('show', `${commit}:Cargo.lock`) });
    } catch {
      // the lock was added or removed by this commit
    }
  }
  return pairs;
}

function benchDataPairs(): Pair[] {
  const dir = path.join(root, '..', 'shared', 'bench-data', 'cargo-locks');
  if (!existsSync(dir)) return [];
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const pairs: Pair[] = readdirSync(dir)
    .filter((f) => f.endsWith('-old-Cargo.lock'))
    .map((f) => ({ label: f.replace('-old-Cargo.lock', ''), base: read(f), head: read(f.replace('-old-', '-')) }));
  const samples = path.join(dir, 'format-samples');
  if (existsSync(samples)) {
    const files = readdirSync(samples).sort();
    for (let i = 0; i + 1 < files.length; i++) pairs.push({ label: `${files[i]} → ${files[i + 1]}`, base: read(`format-samples/${files[i]}`), head: read(`format-samples/${files[i + 1]}`) });
  }
  return pairs;
}

const pairs = [...benchDataPairs(), ...repos.flatMap(historyPairs)];
let agree = 0;
const wrong: string[] = [];
for (const p of pairs) {
  const d = disagreements(p.base, p.head);
  if (d.length === 0) agree++;
  else wrong.push(`${p.label}: ${d.slice(0, 3).join('; ')}`);
}
console.log(`lock pairs: ${agree} of ${pairs.length} diff like the cargo-rules oracle`);
for (const w of wrong.slice(0, 10)) console.log(`  ${w.slice(0, 400)}`);

interface Case {
  kind: string;
  workspace: string;
  crates: { name: string; version: string; license: string | null }[];
  CRATES?: string;
  license?: string;
}
const data = JSON.parse(readFileSync(path.join(root, 'test/cargo/pycargoebuild-license.json'), 'utf8')) as { mapping: Record<string, string>; cases: Case[] };
const mapping = parseLicenseMapping(`[spdx-to-ebuild]\n${Object.entries(data.mapping).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`).mapping;
let licenseSame = 0;
let licenseAll = 0;
let cratesSame = 0;
let cratesAll = 0;
for (const c of data.cases) {
  const lock = parseLockfileOrThrow(`version = 4\n${c.crates.map((p) => `\n[[package]]\nname = "${p.name}"\nversion = "${p.version}"\nsource = "${CRATES_IO_REGISTRY}"\n`).join('')}`);
  const licenses = new Map<string, LicenseInfo>(c.crates.filter((p) => p.license !== null).map((p) => [`${p.name}@${p.version}`, { name: p.name, version: p.version, origin: 'directory', from: 'x', license: p.license! }]));
  const out = gentooEbuildVars({ lock, licenses, mapping });
  if (c.license !== undefined) {
    licenseAll++;
    if (out.license === `# Dependent crate licenses\nLICENSE+="${c.license}"`) licenseSame++;
  }
  if (c.CRATES !== undefined) {
    cratesAll++;
    if (out.crates === `CRATES="${c.CRATES}"`) cratesSame++;
  }
}
console.log(`CRATES=: ${cratesSame} of ${cratesAll} Debian workspaces equal pycargoebuild's`);
console.log(`LICENSE+=: ${licenseSame} of ${licenseAll} cases equal pycargoebuild's (${data.cases.filter((c) => c.kind === 'debian' && c.license !== undefined).length} Debian workspaces, the rest seeded mixes)`);
