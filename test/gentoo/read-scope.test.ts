/**
 * Upstreams are read per package, only for the packages the user's repositories carry and the ones asked
 * about (shared/gentoo/read-scope.ts). The answers must be those of reading everything: what emerge would
 * pick (setup-overlay) and the drift rows (sync-guru), on the embedded fixtures and on a generated tree
 * where the overlay copies upstream packages at older, equal and newer versions, with other keywords and
 * slots, and upstream masks some of them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDrift } from '../../shared/gentoo/drift.js';
import { scanRepository, type RepositoryScan } from '../../shared/gentoo/overlay.js';
import { setupOverlay, type OverlaySetupReport, type OverlaySetupRequest } from '../../shared/gentoo/overlay-setup.js';
import { packagesNamed, packagesWithEbuilds } from '../../shared/gentoo/read-scope.js';
import { readUpdates, resolveMove } from '../../shared/gentoo/updates.js';
import { offlineDeps } from '../setup-overlay/offline-deps.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rda-read-scope-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small deterministic random source (no Math.random in tests). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pkg {
  cp: string;
  versions: { v: string; keywords: string; slot: string }[];
}

function writeRepo(root: string, name: string, pkgs: Pkg[], extra: { masters?: string; mask?: string; updates?: string } = {}): void {
  const cats = [...new Set(pkgs.map((p) => p.cp.split('/')[0]!))].sort();
  mkdirSync(path.join(root, 'profiles'), { recursive: true });
  mkdirSync(path.join(root, 'metadata'), { recursive: true });
  writeFileSync(path.join(root, 'profiles/repo_name'), `${name}\n`);
  writeFileSync(path.join(root, 'profiles/categories'), `${cats.join('\n')}\n`);
  writeFileSync(path.join(root, 'metadata/layout.conf'), `${extra.masters ? `masters = ${extra.masters}\n` : 'masters =\n'}thin-manifests = true\n`);
  if (extra.mask) writeFileSync(path.join(root, 'profiles/package.mask'), extra.mask);
  if (extra.updates) {
    mkdirSync(path.join(root, 'profiles/updates'), { recursive: true });
    writeFileSync(path.join(root, 'profiles/updates/1Q-2026'), extra.updates);
  }
  for (const p of pkgs) {
    const [, pn] = p.cp.split('/');
    const d = path.join(root, p.cp);
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'metadata.xml'), '<pkgmetadata/>\n');
    for (const v of p.versions) {
      writeFileSync(path.join(d, `${pn}-${v.v}.ebuild`), `EAPI=8\nDESCRIPTION="${pn}"\nHOMEPAGE="https://example.org"\nLICENSE="MIT"\nSLOT="${v.slot}"\nKEYWORDS="${v.keywords}"\n`);
    }
  }
}

/** ::gentoo and GURU of a few hundred packages, and a 20-package overlay that copies some of them. */
function generateTrees(base: string): { gentoo: string; guru: string; overlay: string } {
  const r = rng(20260501);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const cats = ['app-misc', 'dev-lang', 'dev-util', 'net-misc', 'sys-apps', 'media-libs', 'games-misc', 'x11-misc'];
  const kw = ['amd64', '~amd64', '~amd64 ~arm64', '-*', '', 'arm64'];
  const pkgs = (prefix: string, n: number): Pkg[] =>
    Array.from({ length: n }, (_, i) => ({
      cp: `${pick(cats)}/${prefix}${i}`,
      versions: Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({ v: `${1 + Math.floor(r() * 3)}.${k}.${Math.floor(r() * 4)}${r() < 0.15 ? '-r1' : ''}`, keywords: pick(kw), slot: r() < 0.2 ? `${k}` : '0' })),
    }));
  const gentooPkgs = pkgs('g', 400);
  const guruPkgs = [...pkgs('u', 150), ...gentooPkgs.filter(() => r() < 0.03).map((p) => ({ cp: p.cp, versions: [{ v: '9.9.9', keywords: '~amd64', slot: '0' }] }))];
  // the overlay: copies at older, equal and newer versions, other keywords, and packages of its own
  const byCp = new Map<string, Pkg>();
  for (const p of [...gentooPkgs.filter(() => r() < 0.04), ...guruPkgs.filter(() => r() < 0.05)]) if (!byCp.has(p.cp)) byCp.set(p.cp, p);
  const copied = [...byCp.values()].slice(0, 14);
  const overlayPkgs: Pkg[] = copied.map((p) => ({
    cp: p.cp,
    versions: p.versions.map((v, k) => (k % 3 === 0 ? v : k % 3 === 1 ? { ...v, v: v.v.replace(/^\d+/, (m) => String(Number(m) + 1)), keywords: '~amd64' } : { ...v, v: `0.${k}`, keywords: 'amd64' })),
  }));
  overlayPkgs.push(...pkgs('own', 6));
  const mask = `${gentooPkgs.filter(() => r() < 0.05).map((p) => `>=${p.cp}-2`).join('\n')}\n${copied.slice(0, 2).map((p) => p.cp).join('\n')}\n`;
  const gentoo = path.join(base, 'gentoo');
  const guru = path.join(base, 'guru');
  const overlay = path.join(base, 'overlay');
  writeRepo(gentoo, 'gentoo', gentooPkgs, { mask, updates: `move ${copied[0]!.cp}-old ${copied[0]!.cp}\n` });
  writeRepo(guru, 'guru', guruPkgs, { masters: 'gentoo' });
  writeRepo(overlay, 'regicide-rust', overlayPkgs, { masters: 'gentoo' });
  return { gentoo, guru, overlay };
}

/** The answers, without texts that name how much was read. */
function answers(r: OverlaySetupReport) {
  return (r.explained?.explanations ?? []).map((e) => ({
    request: e.request,
    winner: e.result.winner?.ref ?? null,
    explanation: e.result.explanation,
    candidates: e.result.candidates.map((c) => [c.ref, c.status, c.lostBecause ?? null]),
    withConfigured: e.withConfigured?.winner?.ref ?? null,
  }));
}

let runs = 0;
function request(repos: { name: string; path: string; priority?: number }[], over: Partial<OverlaySetupRequest> = {}): OverlaySetupRequest {
  return {
    repositories: repos,
    precedence: ['regicide-rust', 'guru', 'gentoo'],
    configRoot: path.join(dir, `portage-${++runs}`),
    reposDir: path.join(dir, 'repos'),
    acceptKeywords: '~amd64',
    packageAcceptKeywords: '',
    packageMask: '',
    packageUnmask: '',
    explain: [],
    cache: false,
    workspace: dir,
    ...over,
  };
}

/** Lazy (upstreams per package) against eager (every repository read whole: all validated). */
async function lazyAndEager(req: OverlaySetupRequest) {
  const lazy = await setupOverlay(req, offlineDeps);
  const eager = await setupOverlay({ ...req, validate: req.repositories.map((r) => r.name) }, offlineDeps);
  return { lazy, eager };
}

describe('setup-overlay: what emerge would pick does not depend on how much of upstream is read', () => {
  it('the embedded fixtures: by default (the overlay\'s packages), and for upstream-only packages and atoms asked about', async () => {
    const fx = path.join(dir, 'fx');
    cpSync(path.join(ROOT, 'fixtures', 'setup-overlay'), fx, { recursive: true });
    const repos = [
      { name: 'gentoo', path: path.join(fx, 'gentoo') },
      { name: 'guru', path: path.join(fx, 'guru'), priority: 50 },
      { name: 'regicide-rust', path: path.join(fx, 'regicide-rust'), priority: 100 },
    ];
    for (const over of [{}, { explain: ['dev-util/rustup', 'app-misc/hello', '<dev-lang/rust-9999', 'dev-lang/rust-bin::gentoo'] }, { packageAcceptKeywords: '=dev-util/rustup-1.28.2 ~amd64\n' }]) {
      const { lazy, eager } = await lazyAndEager(request(repos, over));
      expect(answers(lazy).length).toBeGreaterThan(0);
      expect(answers(lazy)).toEqual(answers(eager));
      expect(lazy.findings.filter((f) => !f.file?.startsWith('fx/gentoo') && !f.file?.startsWith('fx/guru')).map((f) => f.code).sort()).toEqual(
        eager.findings.filter((f) => !f.file?.startsWith('fx/gentoo') && !f.file?.startsWith('fx/guru')).map((f) => f.code).sort(),
      );
    }
  });

  it('a generated ::gentoo and GURU under a 20-package overlay: every pick of the overlay\'s packages, with and without precedence', async () => {
    const t = generateTrees(path.join(dir, 'gen'));
    const repos = [
      { name: 'gentoo', path: t.gentoo },
      { name: 'guru', path: t.guru, priority: 50 },
      { name: 'regicide-rust', path: t.overlay, priority: 100 },
    ];
    const carried = await packagesWithEbuilds(t.overlay);
    expect(carried).toHaveLength(20);
    for (const over of [{}, { precedence: undefined }, { precedence: ['guru', 'regicide-rust', 'gentoo'] }, { acceptKeywords: 'amd64' }]) {
      const { lazy, eager } = await lazyAndEager(request(repos, over));
      expect(answers(lazy)).toEqual(answers(eager));
      const read = lazy.plan!.repos.find((p) => p.name === 'gentoo')!.scan.stats.packages;
      // with the overlay on top, ::gentoo is read only for what the overlay carries
      if (!('precedence' in over) || over.precedence?.[0] === 'regicide-rust') expect(read).toBeLessThanOrEqual(carried.length);
    }
    // GURU on top and nothing asked: its packages are what is explained, so it is read whole
    const { lazy } = await lazyAndEager(request(repos, { precedence: ['guru', 'regicide-rust', 'gentoo'] }));
    expect(lazy.highest).toBe('guru');
    expect(answers(lazy).length).toBe(lazy.plan!.repos.find((p) => p.name === 'guru')!.scan.packages.length);
  });
});

describe('sync-guru: the drift rows do not depend on how much of upstream is read', () => {
  async function rows(overlay: RepositoryScan, ups: { scan: RepositoryScan; priority: number; updates: Awaited<ReturnType<typeof readUpdates>>['entries'] }[]) {
    const r = await computeDrift({ overlay, overlayPriority: 0, upstreams: ups, visibility: { acceptKeywords: ['~amd64'], arch: 'amd64' }, now: Date.UTC(2026, 4, 1) });
    return r.rows;
  }

  for (const which of ['fixtures', 'generated'] as const) {
    it(`${which}: the upstream packages the overlay carries (and where they moved) give the rows of reading everything`, async () => {
      let overlayDir: string;
      let upstreams: { dir: string; priority: number }[];
      if (which === 'fixtures') {
        const fx = path.join(ROOT, 'fixtures', 'sync-guru');
        overlayDir = path.join(fx, 'overlay');
        upstreams = [{ dir: path.join(fx, 'guru'), priority: 0 }, { dir: path.join(fx, 'gentoo'), priority: -1000 }];
      } else {
        const t = generateTrees(path.join(dir, 'gen-drift'));
        overlayDir = t.overlay;
        upstreams = [{ dir: t.guru, priority: 0 }, { dir: t.gentoo, priority: -1000 }];
      }
      const overlay = await scanRepository(overlayDir, { keepText: true });
      // what drift-check reads: the overlay's package directories with an ebuild, and where upstream moved them
      const carried = await packagesWithEbuilds(overlayDir);
      expect(new Set(carried)).toEqual(new Set(overlay.packages.map((p) => `${p.category}/${p.package}`)));
      const updates = await Promise.all(upstreams.map((u) => readUpdates(u.dir)));
      const wanted = new Set(carried);
      for (const cp of carried) for (const u of updates) {
        const mv = resolveMove(cp, u.entries);
        if (mv) wanted.add(mv.to);
      }
      const scan = (u: { dir: string }, packages?: Set<string>) => scanRepository(u.dir, { checkManifests: false, keepText: true, ...(packages ? { packages } : {}) });
      const lazy = await rows(overlay, await Promise.all(upstreams.map(async (u, i) => ({ scan: await scan(u, wanted), priority: u.priority, updates: updates[i]!.entries }))));
      const eager = await rows(overlay, await Promise.all(upstreams.map(async (u, i) => ({ scan: await scan(u), priority: u.priority, updates: updates[i]!.entries }))));
      expect(lazy.length).toBeGreaterThan(0);
      expect(lazy).toEqual(eager);
    });
  }
});

describe('packagesNamed', () => {
  it('names the packages of cat/pkg items and atoms as the explanation reads them; wildcards and junk name none', () => {
    expect(
      packagesNamed(['dev-lang/rust', '>=dev-util/cargo-tool-2', 'dev-lang/rust-bin::gentoo', 'not a package', 'x'], [
        { atom: { category: 'app-misc', package: 'hello' } },
        { atom: { category: '*', package: 'hello' } },
      ]),
    ).toEqual(['dev-lang/rust', 'dev-util/cargo-tool', 'dev-lang/rust-bin', 'app-misc/hello']);
  });
});
