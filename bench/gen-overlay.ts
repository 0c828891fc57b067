/**
 * Generate a GURU-sized overlay (default about 2,300 packages, 3,600 ebuilds, 55,000 DIST lines) for the
 * setup-overlay bench. Deterministic (seeded): the same options give the same tree byte for byte.
 * About a tenth of the packages are Rust packages whose CRATES lists produce most DIST lines, as in GURU.
 *
 *   npx tsx bench/gen-overlay.ts <dir> [packages] [ebuilds] [dist]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GenOptions {
  packages?: number;
  ebuilds?: number;
  distLines?: number;
  seed?: number;
  /** Packages without metadata.xml (GURU itself lacks some). */
  missingMetadataXml?: number;
  /** profiles/repo_name (default guru). */
  repoName?: string;
  /** layout.conf masters (default gentoo; '' for ::gentoo itself). */
  masters?: string;
}

export interface GenResult {
  dir: string;
  packages: number;
  ebuilds: number;
  distLines: number;
  files: number;
  bytes: number;
  categories: string[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
const WORDS = ['rust', 'cargo', 'tui', 'fast', 'zip', 'json', 'git', 'cli', 'net', 'sync', 'fd', 'ripgrep', 'bat', 'tokei', 'dust', 'sd', 'hx', 'term', 'wasm', 'lua', 'qt', 'gtk', 'py', 'font', 'icon', 'theme', 'mail', 'chat', 'game', 'audio', 'video', 'image', 'pdf', 'doc', 'web', 'http', 'dns', 'vpn', 'ssh', 'db'];
const CAT_A = ['app', 'dev', 'games', 'media', 'net', 'sys', 'x11', 'gui', 'www', 'sci'];
const CAT_B = ['misc', 'util', 'libs', 'rust', 'python', 'lang', 'text', 'shells', 'editors', 'fonts', 'apps', 'admin'];

export async function generateOverlay(dir: string, opts: GenOptions = {}): Promise<GenResult> {
  const nPackages = opts.packages ?? 2300;
  const nEbuilds = Math.max(nPackages, opts.ebuilds ?? 3600);
  const nDist = opts.distLines ?? 55_000;
  const rnd = mulberry32(opts.seed ?? 20251122);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += HEX[(rnd() * 16) | 0];
    return s;
  };

  const categories = CAT_A.flatMap((a) => CAT_B.map((b) => `${a}-${b}`)).filter(() => rnd() < 0.6).sort();
  // Versions per package: spread the extra ebuilds over random packages.
  const versions = new Array<number>(nPackages).fill(1);
  for (let i = nPackages; i < nEbuilds; i++) versions[int(0, nPackages - 1)]!++;
  // Rust packages carry CRATES: size them so the DIST total comes out at nDist.
  const isRust = Array.from({ length: nPackages }, () => rnd() < 0.1);
  const nonCrateDist = versions.reduce((a, v) => a + v, 0);
  const rustIdx = isRust.flatMap((r, i) => (r ? [i] : []));
  const crateBudget = Math.max(0, nDist - nonCrateDist);
  const weights = rustIdx.map(() => 0.2 + rnd() * 1.6);
  const wsum = weights.reduce((a, b) => a + b, 0) || 1;
  const crates = new Array<number>(nPackages).fill(0);
  let assigned = 0;
  rustIdx.forEach((p, k) => {
    crates[p] = Math.floor((crateBudget * weights[k]!) / wsum);
    assigned += crates[p]!;
  });
  for (let k = 0; assigned < crateBudget && rustIdx.length; k = (k + 1) % rustIdx.length, assigned++) crates[rustIdx[k]!]!++;

  let files = 0;
  let bytes = 0;
  const write = async (rel: string, text: string) => {
    const p = path.join(dir, rel);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  await write('profiles/repo_name', `${opts.repoName ?? 'guru'}\n`);
  await write('profiles/categories', `${categories.join('\n')}\n`);
  await write('metadata/layout.conf', `masters = ${opts.masters ?? 'gentoo'}\nthin-manifests = true\nsign-commits = true\nsign-manifests = false\nmanifest-hashes = BLAKE2B SHA512\nmanifest-required-hashes = BLAKE2B\ncache-formats = md5-dict\nupdate-changelog = false\n`);

  const names = new Set<string>();
  let distLines = 0;
  const missingMeta = opts.missingMetadataXml ?? 18;
  const pending: Promise<void>[] = [];
  for (let p = 0; p < nPackages; p++) {
    const cat = pick(categories);
    let name = `${pick(WORDS)}-${pick(WORDS)}`;
    while (names.has(`${cat}/${name}`)) name = `${name}x`;
    names.add(`${cat}/${name}`);
    const dirRel = `${cat}/${name}`;
    const manifest: string[] = [];
    const crateList: string[] = [];
    for (let c = 0; c < crates[p]!; c++) crateList.push(`${pick(WORDS)}-${pick(WORDS)}${c}@${int(0, 3)}.${int(0, 40)}.${int(0, 20)}`);
    for (const c of crateList) {
      const at = c.indexOf('@');
      manifest.push(`DIST ${c.slice(0, at)}-${c.slice(at + 1)}.crate ${int(2000, 900000)} BLAKE2B ${hex(128)} SHA512 ${hex(128)}`);
    }
    const major = int(0, 9);
    for (let v = 0; v < versions[p]!; v++) {
      const pv = `${major}.${int(0, 30)}.${v}${rnd() < 0.1 ? `_rc${int(1, 3)}` : ''}${rnd() < 0.15 ? `-r${int(1, 3)}` : ''}`;
      const base = pv.replace(/-r\d+$/, '');
      const tarball = `${name}-${base}.tar.gz`;
      manifest.push(`DIST ${tarball} ${int(10000, 9000000)} BLAKE2B ${hex(128)} SHA512 ${hex(128)}`);
      const rust = isRust[p]!;
      const text = [
        '# Copyright 2025 Gentoo Authors',
        '# Distributed under the terms of the GNU General Public License v2',
        '',
        'EAPI=8',
        '',
        ...(rust ? ['CRATES="', ...crateList.map((c) => `\t${c}`), '"', '', 'inherit cargo', ''] : ['inherit optfeature', '']),
        `DESCRIPTION="Generated package ${name} for the setup-overlay bench"`,
        `HOMEPAGE="https://example.org/${name}"`,
        rust
          ? `SRC_URI="https://example.org/${name}/archive/v\${PV}.tar.gz -> \${PN}-\${PV}.tar.gz\n\t\${CARGO_CRATE_URIS}"`
          : `SRC_URI="https://example.org/${name}/archive/v\${PV}.tar.gz -> \${P}.tar.gz"`,
        '',
        `LICENSE="${rust ? 'MIT Apache-2.0 Unicode-DFS-2016' : pick(['MIT', 'GPL-2+', 'BSD', 'Apache-2.0'])}"`,
        'SLOT="0"',
        `KEYWORDS="${rnd() < 0.8 ? '~amd64' : '~amd64 ~arm64'}"`,
        'IUSE="test"',
        'RESTRICT="!test? ( test )"',
        '',
        'src_install() {',
        '\tdefault',
        '\tdodoc README.md',
        '}',
        '',
      ].join('\n');
      pending.push(write(`${dirRel}/${name}-${pv}.ebuild`, text));
    }
    distLines += manifest.length;
    pending.push(write(`${dirRel}/Manifest`, `${manifest.sort().join('\n')}\n`));
    if (p >= missingMeta) {
      pending.push(write(`${dirRel}/metadata.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE pkgmetadata SYSTEM "https://www.gentoo.org/dtd/metadata.dtd">\n<pkgmetadata>\n\t<maintainer type="person">\n\t\t<email>dev${p}@example.org</email>\n\t</maintainer>\n</pkgmetadata>\n`));
    }
    if (pending.length > 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { dir, packages: nPackages, ebuilds: nEbuilds, distLines, files, bytes, categories };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, p, e, d] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/gen-overlay.ts <dir> [packages] [ebuilds] [dist]');
    process.exit(2);
  }
  const r = await generateOverlay(dir, {
    ...(p ? { packages: Number(p) } : {}),
    ...(e ? { ebuilds: Number(e) } : {}),
    ...(d ? { distLines: Number(d) } : {}),
  });
  console.log(JSON.stringify({ ...r, categories: r.categories.length }));
}

/**
 * The parts of a bench overlay that are not copied from upstream: `own0`..`own3` in app-own (the first inheriting
 * `inheritFirst`, when given), profiles/repo_name, profiles/categories (`categories` plus app-own) and a
 * layout.conf with ::gentoo as master.
 */
export function writeOverlayOwnParts(dir: string, categories: Iterable<string>, inheritFirst: readonly string[] = []): void {
  const cats = new Set(categories);
  for (let i = 0; i < 4; i++) {
    const d = path.join(dir, 'app-own', `own${i}`);
    mkdirSync(d, { recursive: true });
    const inherit = i === 0 && inheritFirst.length > 0 ? `inherit ${inheritFirst.join(' ')}\n` : '';
    writeFileSync(path.join(d, `own${i}-1.0.ebuild`), `EAPI=8\n${inherit}DESCRIPTION="ours"\nHOMEPAGE="https://example.org"\nLICENSE="MIT"\nSLOT="0"\nKEYWORDS="~amd64"\n`);
    writeFileSync(path.join(d, 'metadata.xml'), '<pkgmetadata/>\n');
  }
  cats.add('app-own');
  mkdirSync(path.join(dir, 'profiles'), { recursive: true });
  mkdirSync(path.join(dir, 'metadata'), { recursive: true });
  writeFileSync(path.join(dir, 'profiles/repo_name'), 'regicide-rust\n');
  writeFileSync(path.join(dir, 'profiles/categories'), `${[...cats].sort().join('\n')}\n`);
  writeFileSync(path.join(dir, 'metadata/layout.conf'), 'masters = gentoo\nthin-manifests = true\n');
}
