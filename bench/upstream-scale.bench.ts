/**
 * Cost follows the user's overlay, not ::gentoo: a 20-package overlay layered over a GURU-sized tree (2,300
 * packages) and a generated ::gentoo of 1,900 / 5,700 / 19,000 packages (1×, 3×, 10×; the largest has ~31,000
 * ebuilds like the real one), each with an eclass/ of ::gentoo's size (570 eclasses, ~9 MB) of which the overlay
 * inherits two, and a profiles/updates history of its size (92 files, ~7,400 moves and slot moves). setup-overlay (scan, plan, repos.conf, what emerge would pick) and sync-guru's
 * drift check (checkDrift) are measured against the floor of reading the overlay's own files; the curve's
 * growth should come out constant, and the peak memory of one run in a process of its own stays flat too.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit } from '../shared/map-limit.js';
import { generateOverlay, writeOverlayOwnParts } from './gen-overlay.js';
import type { BenchCase, BenchCurve } from './harness.js';
import { runOnce } from './upstream-scale-child.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES = [1900, 5700, 19000];
const EBUILDS_PER_PACKAGE = 31000 / 19000;
/** ::gentoo's eclass/ (about 570 files, ~9 MB), whatever the number of packages: the two the generated ebuilds
 * inherit (cargo, optfeature), and others; the overlay's own first package inherits two of those. */
const ECLASSES = ['cargo', 'optfeature', ...Array.from({ length: 568 }, (_, k) => `e${k + 2}`)];
const INHERITED = ['e7', 'e42'];

/**
 * profiles/updates the size of ::gentoo's history (92 quarter files, 1Q-2004 to 4Q-2026, ~7,400 lines): three
 * package moves for every slot move, of names the tree no longer has (as most of the real ones).
 */
function writeUpdates(root: string): void {
  let seed = 2004;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed >>> 8) % n;
  };
  mkdirSync(path.join(root, 'profiles', 'updates'), { recursive: true });
  for (let year = 2004; year <= 2026; year++) {
    for (let q = 1; q <= 4; q++) {
      const lines: string[] = [];
      for (let i = 0, n = 20 + rnd(121); i < n; i++) {
        const k = rnd(100_000);
        if (rnd(4) > 0) lines.push(`move dev-libs/old${k} dev-util/new${k}`);
        else {
          const op = ['', '>=', '<', '='][rnd(4)]!;
          lines.push(`slotmove ${op}dev-libs/slotted${rnd(10_000)}${op ? `-${1 + rnd(9)}.${rnd(21)}` : ''} ${rnd(4)} ${4 + rnd(3)}`);
        }
      }
      writeFileSync(path.join(root, 'profiles', 'updates', `${q}Q-${year}`), `${lines.join('\n')}\n`);
    }
  }
}

/** An eclass of ~16 KB: a guarded global scope (an IUSE flag, an EAPI check) and functions. */
function eclassText(k: string): string {
  const id = k.replace(/-/g, '_');
  const fn = (f: number) => `${id}_helper_${f}() {\n\tlocal x=\${1:-default}\n\tif [[ -n \${x} ]]; then\n\t\techo "${k} \${x}" || die "${k}: helper ${f} failed"\n\tfi\n}\n\n`;
  return `# Copyright 2025 Gentoo Authors\n# @ECLASS: ${k}.eclass\n\ncase \${EAPI} in\n\t7|8) ;;\n\t*) die "\${ECLASS}: EAPI \${EAPI} unsupported" ;;\nesac\n\nif [[ -z \${_${id.toUpperCase()}_ECLASS} ]]; then\n_${id.toUpperCase()}_ECLASS=1\n\nIUSE+=" ${k}-flag"\n\n${Array.from({ length: 120 }, (_, f) => fn(f)).join('')}fi\n`;
}

let base = '';
const trees = new Map<number, { gentoo: string; overlay: string }>();
let guru = '';

function cleanup(): void {
  if (base) rmSync(base, { recursive: true, force: true });
  base = '';
  trees.clear();
}
process.on('exit', cleanup);

/** `category/package` directories of a generated tree, sorted. */
function packageDirs(root: string): string[] {
  const out: string[] = [];
  for (const c of readdirSync(root).sort()) {
    if (c === 'profiles' || c === 'metadata' || c === 'eclass') continue;
    for (const p of readdirSync(path.join(root, c)).sort()) out.push(`${c}/${p}`);
  }
  return out;
}

/** 20 packages: 10 copied from ::gentoo and 6 from GURU (some with an extra revision), 4 of its own. */
function makeOverlay(dir: string, gentoo: string): void {
  const fromGentoo = packageDirs(gentoo).filter((_, i) => i % 97 === 3).slice(0, 10);
  const fromGuru = packageDirs(guru).filter((_, i) => i % 131 === 5).slice(0, 6);
  const cats = new Set<string>();
  const copy = (src: string, cp: string, bump: boolean) => {
    cats.add(cp.split('/')[0]!);
    cpSync(path.join(src, cp), path.join(dir, cp), { recursive: true });
    if (!bump) return;
    const ebuild = readdirSync(path.join(dir, cp)).find((f) => f.endsWith('.ebuild'))!;
    const bumped = ebuild.replace(/(-r\d+)?\.ebuild$/, '-r9.ebuild');
    writeFileSync(path.join(dir, cp, bumped), `${readFileSync(path.join(dir, cp, ebuild), 'utf8')}\n# ours\n`);
  };
  fromGentoo.forEach((cp, i) => copy(gentoo, cp, i % 3 === 0));
  fromGuru.forEach((cp, i) => copy(guru, cp, i % 2 === 0));
  writeOverlayOwnParts(dir, cats, INHERITED);
}

async function treesFor(n: number): Promise<{ gentoo: string; overlay: string }> {
  if (!base) base = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-upstream-'));
  if (!guru) {
    guru = path.join(base, 'guru');
    await generateOverlay(guru, { seed: 7 });
  }
  let t = trees.get(n);
  if (!t) {
    const gentoo = path.join(base, `gentoo-${n}`);
    const ebuilds = Math.round(n * EBUILDS_PER_PACKAGE);
    // Upstream Manifests are never read: one DIST line per ebuild is enough.
    await generateOverlay(gentoo, { packages: n, ebuilds, distLines: ebuilds, repoName: 'gentoo', masters: '', seed: 11 });
    mkdirSync(path.join(gentoo, 'eclass'));
    for (const e of ECLASSES) writeFileSync(path.join(gentoo, 'eclass', `${e}.eclass`), eclassText(e));
    writeUpdates(gentoo);
    const overlay = path.join(base, `overlay-${n}`);
    makeOverlay(overlay, gentoo);
    t = { gentoo, overlay };
    trees.set(n, t);
  }
  return t;
}

/** The floor: list the overlay's directories and read its files (ebuilds, Manifests, metadata.xml). */
async function readOverlay(root: string): Promise<number> {
  let bytes = 0;
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    await mapLimit(entries, 64, async (e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else bytes += (await readFile(p)).length;
    });
  };
  await walk(root);
  return bytes;
}

/** Peak memory and time of one run in a process of its own. */
function childRun(which: string, t: { gentoo: string; overlay: string }): { ms: number; maxRssMiB: number; answer: number } {
  const scratch = mkdtempSync(path.join(base, 'child-'));
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'upstream-scale-child.ts'), which, t.overlay, guru, t.gentoo, scratch], { encoding: 'utf8' });
  rmSync(scratch, { recursive: true, force: true });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; maxRssMiB: number; answer: number };
}

function curve(which: 'setup-overlay' | 'sync-guru'): BenchCurve {
  return {
    name: `${which}: a 20-package overlay over GURU (2,300 packages) and a generated ::gentoo`,
    unit: '::gentoo packages',
    sizes: SIZES,
    at: (n): BenchCase => {
      let t: { gentoo: string; overlay: string } = { gentoo: '', overlay: '' };
      let scratch = '';
      return {
        name: `${which} @ ${n}`,
        reference: "read the overlay's files (floor)",
        runs: 5,
        setup: async () => {
          t = await treesFor(n);
          scratch = mkdtempSync(path.join(base, 'run-'));
        },
        ours: () => runOnce(which, { overlay: t.overlay, guru, gentoo: t.gentoo, scratch }),
        ref: () => readOverlay(t.overlay),
        extra: () => {
          const c = childRun(which, t);
          return {
            'ebuilds in ::gentoo': Math.round(n * EBUILDS_PER_PACKAGE),
            'peak RSS MiB (own process)': c.maxRssMiB,
            'ms (own process)': c.ms,
            [which === 'setup-overlay' ? '::gentoo packages read' : 'drift rows']: c.answer,
          };
        },
        teardown: () => {
          if (scratch && existsSync(scratch)) rmSync(scratch, { recursive: true, force: true });
        },
      };
    },
  };
}

export const curves = (): BenchCurve[] => [curve('setup-overlay'), curve('sync-guru')];
