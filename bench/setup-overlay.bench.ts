/**
 * setup-overlay: scan + validate + index a GURU-sized generated overlay (bench/gen-overlay.ts) against the floor
 * of merely reading the same files in Node (goal ≤ 3×); and PMS version comparisons against semver's (a peer
 * that solves an easier problem: fixed three components held in JS numbers).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { mapLimit, scanRepository } from '../shared/gentoo/overlay.js';
import { compareVersions, parseVersion, type Version } from '../shared/gentoo/version.js';
import { groupByPackage, pickEbuild } from '../shared/gentoo/visibility.js';
import { generateOverlay, type GenResult } from './gen-overlay.js';
import type { BenchCase } from './harness.js';

/** Read every file under `dir` (the floor: what any scanner must at least do), same concurrency as the scan. */
async function readAll(dir: string): Promise<number> {
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    const sub: string[] = [];
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) sub.push(p);
      else files.push(p);
    }
    await mapLimit(sub, 64, walk);
  };
  await walk(dir);
  let bytes = 0;
  await mapLimit(files, 64, async (f) => {
    bytes += (await readFile(f)).length;
  });
  return bytes;
}

async function scanValidateIndex(dir: string): Promise<number> {
  const scan = await scanRepository(dir, { metadataXml: 'warning' });
  const repos = [{ name: scan.name, priority: 0, categories: scan.categories }];
  let winners = 0;
  for (const [pkg, ebuilds] of groupByPackage(scan.ebuilds)) {
    if (pickEbuild(pkg, ebuilds, repos, { acceptKeywords: ['~amd64'], arch: 'amd64' }).winner) winners++;
  }
  return winners;
}

function versionCorpus(n: number): { pms: Version[]; sem: string[] } {
  let x = 12345;
  const r = (m: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % m;
  };
  const pms: Version[] = [];
  const sem: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [r(3), r(120), r(30)];
    const rev = r(4);
    pms.push(parseVersion(`${a}.${b}.${c}${rev ? `-r${rev}` : ''}`)!);
    sem.push(`${a}.${b}.${c}${rev ? `-r${rev}` : ''}`);
  }
  return { pms, sem };
}

export async function cases(): Promise<BenchCase[]> {
  let dir = '';
  let gen: GenResult | undefined;
  let lastWinners = 0;
  const N = 200_000;
  const corpus = versionCorpus(N);
  let comparisons = 0;
  const sortPms = () => {
    comparisons = 0;
    [...corpus.pms].sort((a, b) => {
      comparisons++;
      return compareVersions(a, b);
    });
  };
  let compPerSec = 0;
  let parsePerSec = 0;
  return [
    {
      name: 'setup-overlay: scan + validate + index (GURU-sized)',
      reference: 'read the same files in Node (floor)',
      goal: 3,
      runs: 3,
      setup: async () => {
        dir = await mkdtemp(path.join(os.tmpdir(), 'rda-bench-overlay-'));
        gen = await generateOverlay(dir);
      },
      teardown: async () => {
        await rm(dir, { recursive: true, force: true });
      },
      ours: async () => {
        lastWinners = await scanValidateIndex(dir);
      },
      ref: () => readAll(dir),
      extra: () => ({
        packages: gen?.packages ?? 0,
        ebuilds: gen?.ebuilds ?? 0,
        'DIST lines': gen?.distLines ?? 0,
        files: gen?.files ?? 0,
        MiB: Math.round(((gen?.bytes ?? 0) / 1048576) * 10) / 10,
        'packages with a visible ebuild': lastWinners,
      }),
    },
    {
      name: `version: sort ${N / 1000}k PMS versions`,
      reference: 'semver.compare on the same versions (peer)',
      runs: 5,
      ours: sortPms,
      ref: () => [...corpus.sem].sort(semver.compare),
      extra: () => {
        // Comparisons per second and parses per second, measured once more outside the timed runs.
        let t0 = performance.now();
        sortPms();
        compPerSec = comparisons / ((performance.now() - t0) / 1000);
        t0 = performance.now();
        for (const s of corpus.sem) parseVersion(s);
        parsePerSec = N / ((performance.now() - t0) / 1000);
        return { 'comparisons/s': Math.round(compPerSec), 'parses/s': Math.round(parsePerSec) };
      },
    },
  ];
}
