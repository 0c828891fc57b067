/**
 * sync-guru: scan a generated upstream the size of GURU (2,300 packages, 3,600 ebuilds, ~55,000 DIST lines)
 * and compute the drift of a 50-package overlay against it (checkDrift itself), each against the floor of merely
 * reading the same files in Node (readdir + readFile, same concurrency). The drift reads only the upstream packages the overlay
 * carries, so its floor is reading those; reading the whole upstream is shown beside it. The git fetch of that
 * upstream (a depth-1 clone over file://) is reported next to the analysis time: the design note promised
 * overlay sync under 30 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkDrift } from '../shared/gentoo/drift-check.js';
import { parseManifest } from '../shared/gentoo/manifest.js';
import { mapLimit } from '../shared/map-limit.js';
import { scanRepository } from '../shared/gentoo/overlay.js';
import { runCommand } from '../shared/toolkit/exec.js';
import type { BenchCase } from './harness.js';

const PACKAGES = 2300;
const CATEGORIES = 120;
const hex = (seed: number, n: number): string => {
  let s = '';
  let x = seed >>> 0 || 1;
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += (x >>> 8).toString(16).padStart(6, '0');
  }
  return s.slice(0, n);
};

function ebuildText(pn: string, cargoCrates: string[] | undefined, extra = ''): string {
  let t = '# Copyright 2025 Gentoo Authors\n# Distributed under the terms of the GNU General Public License v2\n\nEAPI=8\n\n';
  if (cargoCrates) t += `CRATES="\n${cargoCrates.map((c) => `\t${c}`).join('\n')}\n"\n\ninherit cargo\n\n`;
  t += `DESCRIPTION="Package ${pn}"\nHOMEPAGE="https://example.org/${pn}"\n`;
  t += `SRC_URI="https://example.org/\${PN}/\${P}.tar.gz${cargoCrates ? '\n\t${CARGO_CRATE_URIS}' : ''}"\n\n`;
  t += `LICENSE="MIT"\nSLOT="0"\nKEYWORDS="~amd64"\nIUSE="test"\nRESTRICT="!test? ( test )"\n${extra}\n`;
  t += `src_prepare() {\n\tdefault\n\tsed -i -e 's/foo/bar/' Makefile || die\n}\n\nsrc_install() {\n\tdobin ${pn}\n\teinstalldocs\n}\n`;
  return t;
}

const dist = (name: string, seed: number): string => `DIST ${name} ${1000 + (seed % 90000)} BLAKE2B ${hex(seed, 128)} SHA512 ${hex(seed * 7 + 1, 128)}`;

function repoSkeleton(root: string, name: string, cats: string[]): void {
  mkdirSync(path.join(root, 'profiles'), { recursive: true });
  mkdirSync(path.join(root, 'metadata'), { recursive: true });
  writeFileSync(path.join(root, 'profiles/repo_name'), `${name}\n`);
  writeFileSync(path.join(root, 'profiles/categories'), `${cats.join('\n')}\n`);
  writeFileSync(path.join(root, 'metadata/layout.conf'), 'masters = gentoo\nthin-manifests = true\nmanifest-required-hashes = BLAKE2B\n');
}

/** A GURU-sized upstream; returns the packages as (category, name, versions, cargo). */
function generateUpstream(root: string): { cat: string; pn: string; versions: string[]; crates?: string[] }[] {
  const cats = Array.from({ length: CATEGORIES }, (_, c) => `cat${c}-misc`);
  repoSkeleton(root, 'guru', cats);
  mkdirSync(path.join(root, 'profiles/updates'), { recursive: true });
  writeFileSync(path.join(root, 'profiles/updates/1Q-2026'), 'move cat1-misc/oldname1 cat1-misc/pkg1\nmove cat2-misc/oldname2 cat2-misc/pkg2\n');
  const out: { cat: string; pn: string; versions: string[]; crates?: string[] }[] = [];
  for (let p = 0; p < PACKAGES; p++) {
    const cat = cats[p % CATEGORIES];
    const pn = `pkg${p}`;
    const dir = path.join(root, cat, pn);
    mkdirSync(dir, { recursive: true });
    if (p % 130 !== 0) writeFileSync(path.join(dir, 'metadata.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<pkgmetadata>\n\t<maintainer type="person"><email>a@example.org</email></maintainer>\n</pkgmetadata>\n');
    const versions = p < 1300 ? [`1.${p % 17}.0`, `1.${p % 17}.1`] : [`2.${p % 5}.0`];
    const crates = p % 10 === 0 ? Array.from({ length: 220 }, (_, k) => `crate${k}-p${p}@0.${k % 9}.${k % 3}`) : undefined;
    const lines: string[] = [];
    for (const v of versions) {
      writeFileSync(path.join(dir, `${pn}-${v}.ebuild`), ebuildText(pn, crates));
      lines.push(dist(`${pn}-${v}.tar.gz`, p * 31 + v.length));
    }
    for (const [k, c] of (crates ?? []).entries()) lines.push(dist(`${c.replace('@', '-')}.crate`, p * 1000 + k));
    writeFileSync(path.join(dir, 'Manifest'), `${lines.join('\n')}\n`);
    out.push({ cat, pn, versions, ...(crates ? { crates } : {}) });
  }
  return out;
}

/** 50 packages: 40 taken from upstream (older, identical, changed), 10 of our own. */
function generateOverlay(root: string, upstream: ReturnType<typeof generateUpstream>): void {
  const picked = upstream.filter((_, i) => i % 46 === 0).slice(0, 40);
  const cats = [...new Set([...picked.map((p) => p.cat), 'app-own'])];
  repoSkeleton(root, 'regicide-rust', cats);
  picked.forEach((p, i) => {
    const dir = path.join(root, p.cat, p.pn);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'metadata.xml'), '<pkgmetadata/>\n');
    const v = i % 3 === 0 ? p.versions[0] : p.versions[p.versions.length - 1];
    writeFileSync(path.join(dir, `${p.pn}-${v}.ebuild`), ebuildText(p.pn, p.crates, i % 4 === 0 ? 'PATCHES=( "${FILESDIR}"/embedded.patch )' : ''));
    const lines = [dist(`${p.pn}-${v}.tar.gz`, i), ...(p.crates ?? []).map((c, k) => dist(`${c.replace('@', '-')}.crate`, i * 1000 + k))];
    writeFileSync(path.join(dir, 'Manifest'), `${lines.join('\n')}\n`);
  });
  for (let i = 0; i < 10; i++) {
    const dir = path.join(root, 'app-own', `own${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'metadata.xml'), '<pkgmetadata/>\n');
    writeFileSync(path.join(dir, `own${i}-1.0.ebuild`), ebuildText(`own${i}`, undefined));
    writeFileSync(path.join(dir, 'Manifest'), `${dist(`own${i}-1.0.tar.gz`, i)}\n`);
  }
}

/** The floor: list the same directories and read the same files (ebuilds, Manifests), same concurrency. */
async function readTree(root: string): Promise<number> {
  const skip = new Set(['profiles', 'metadata']);
  const cats = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && !skip.has(d.name) && !d.name.startsWith('.'));
  const pkgs = (await mapLimit(cats, 64, async (c) => (await readdir(path.join(root, c.name))).map((p) => path.join(root, c.name, p)))).flat();
  let bytes = 0;
  await mapLimit(pkgs, 64, async (d) => {
    const files = (await readdir(d)).filter((f) => f.endsWith('.ebuild') || f === 'Manifest');
    for (const b of await Promise.all(files.map((f) => readFile(path.join(d, f))))) bytes += b.length;
  });
  return bytes;
}

export function cases(): BenchCase[] {
  let base = '';
  let upstream = '';
  let overlay = '';
  let fetchMs = 0;
  let analysisMs: number[] = [];
  const setup = (): void => {
    if (base) return;
    base = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-sync-guru-'));
    upstream = path.join(base, 'guru');
    overlay = path.join(base, 'overlay');
    const pk = generateUpstream(upstream);
    generateOverlay(overlay, pk);
  };
  /** What the action does after the fetch (shared/gentoo/drift-check.ts, as the action calls it, with upstreams
   * used in place): overlay scan, updates, the upstream packages the overlay carries, drift, Manifest integrity. */
  const drift = async (): Promise<number> => {
    const t0 = performance.now();
    const r = await checkDrift(
      { overlay: { path: overlay }, upstreams: [{ name: 'guru', path: upstream }], sync: false, timeoutMinutes: 5, verifySignatures: false, readGit: false, workspace: base, workDir: path.join(base, 'work') },
      {
        run: runCommand,
        sync: () => Promise.reject(new Error('no sync in the benchmark')),
        info: () => {},
        clock: () => performance.now(),
        now: () => Date.now(),
      },
    );
    analysisMs.push(performance.now() - t0);
    return r.drift.driftCount;
  };
  /** The same files, merely read: the overlay's ebuilds and Manifests, and the ebuilds of the upstream packages
   * it carries (the drift does not read upstream Manifests). */
  const readDriftFiles = async (): Promise<number> => {
    let bytes = await readTree(overlay);
    const dirs = (await readdir(overlay, { withFileTypes: true })).filter((d) => d.isDirectory() && !['profiles', 'metadata'].includes(d.name));
    const pkgs = (await Promise.all(dirs.map(async (c) => (await readdir(path.join(overlay, c.name))).map((p) => path.join(upstream, c.name, p))))).flat();
    await mapLimit(pkgs, 64, async (d) => {
      const files = await readdir(d).catch(() => [] as string[]);
      for (const b of await Promise.all(files.filter((f) => f.endsWith('.ebuild')).map((f) => readFile(path.join(d, f))))) bytes += b.length;
    });
    return bytes;
  };
  return [
    {
      name: 'sync-guru: scan a GURU-sized upstream (2,300 pkgs, 3,600 ebuilds, 55k DIST)',
      reference: 'read the same files (floor)',
      goal: 3,
      runs: 5,
      setup,
      ours: () => scanRepository(upstream),
      ref: () => readTree(upstream),
      extra: async () => {
        const s = await scanRepository(upstream);
        return { ebuilds: s.stats.ebuilds, 'DIST lines': s.stats.distEntries, findings: s.findings.length };
      },
    },
    {
      name: 'sync-guru: drift of a 50-package overlay vs a GURU-sized upstream',
      reference: 'read the same files (floor)',
      goal: 2,
      // Both sides take 15-40 ms, and the floor (async reads through libuv's thread pool) varies twofold from
      // one run to the next here: five pairs left the median ratio anywhere between 1.7 and 3.7.
      runs: 11,
      // and a process's median is a draw of where the collector runs: measured in three (harness.ts)
      processes: 3,
      setup: () => {
        setup();
        analysisMs = [];
      },
      ours: drift,
      ref: readDriftFiles,
      extra: async () => {
        // the fetch the action would do before the analysis: a depth-1 clone of the same tree over file://
        const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
        execFileSync('git', ['init', '-q', upstream], { env });
        execFileSync('git', ['-C', upstream, 'add', '-A'], { env });
        execFileSync('git', ['-C', upstream, 'commit', '-q', '-m', 'generated'], { env });
        const dest = path.join(base, 'clone');
        const t0 = performance.now();
        execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${upstream}`, dest], { env });
        fetchMs = performance.now() - t0;
        const sorted = [...analysisMs].sort((a, b) => a - b);
        const w0 = performance.now();
        await readTree(upstream);
        const wholeMs = performance.now() - w0;
        return {
          'read the whole upstream ms': Math.round(wholeMs),
          'git fetch (depth 1, file://) ms': Math.round(fetchMs),
          'analysis ms (median)': Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
          'drift rows': await drift(),
        };
      },
      teardown: () => {
        if (base) rmSync(base, { recursive: true, force: true });
        base = '';
      },
    },
    {
      // A Manifest written before BLAKE2B (SHA256 SHA512 WHIRLPOOL on each line), as old overlays still carry:
      // each line lacks the required BLAKE2B and carries a deprecated hash. With a finding for each, per line, it
      // cost 6x a current Manifest; one finding per Manifest for each leaves the general line reader's cost
      // (split into tokens, a record of hashes), 2.5-3x the in-place reader of today's lines. No goal: what an
      // old Manifest costs beside a current one.
      name: 'sync-guru: parse a 20,000-line Manifest written before BLAKE2B',
      reference: 'parse of the same Manifest as ::gentoo writes it today (BLAKE2B SHA512) (no goal)',
      runs: 11,
      ours: () => parseManifest(OLD_MANIFEST, { file: 'Manifest' }).findings.length,
      ref: () => parseManifest(CURRENT_MANIFEST, { file: 'Manifest' }).findings.length,
      extra: () => ({ findings: parseManifest(OLD_MANIFEST, { file: 'Manifest' }).findings.length, 'MB': Math.round(OLD_MANIFEST.length / 1e5) / 10 }),
    },
  ];
}

const MANIFEST_LINES = 20_000;
const manifestOf = (line: (i: number) => string) => Array.from({ length: MANIFEST_LINES }, (_, i) => line(i)).join('\n') + '\n';
const OLD_MANIFEST = manifestOf((i) => `DIST c${i}-1.0.${i % 50}.crate ${1000 + i} SHA256 ${hex(i + 1, 64)} SHA512 ${hex(i + 2, 128)} WHIRLPOOL ${hex(i + 3, 128)}`);
const CURRENT_MANIFEST = manifestOf((i) => `DIST c${i}-1.0.${i % 50}.crate ${1000 + i} BLAKE2B ${hex(i + 4, 128)} SHA512 ${hex(i + 2, 128)}`);
