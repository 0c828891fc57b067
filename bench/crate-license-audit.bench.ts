/**
 * crate-license-audit on real lock pairs (../shared/bench-data/cargo-locks: astral-sh/uv and rust-lang/cargo,
 * six months apart): read + parse both locks, audit every crate against a policy, diff, reverse dependencies
 * (goal ≤ 2× the floor of merely reading and parsing the same two files with smol-toml); and the same plus
 * rendering the PR comment and the job summary (no goal: shown for the whole step's cost). Licenses are synthetic (the bench data has no crate sources) but shaped
 * like crates.io's: mostly `MIT OR Apache-2.0`, some legacy `/`, WITH exceptions, a few denied and unknown.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { parseLockfileOrThrow } from '../shared/cargo/lockfile.js';
import { auditCrates } from '../shared/cargo/audit.js';
import { buildPolicy, compilePolicy } from '../shared/cargo/policy.js';
import { packageLicenseKey, type LicenseInfo } from '../shared/cargo/license-sources.js';
import { renderComment, renderSummary } from '../actions/crate-license-audit/render.js';
import type { BenchCase } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(root, '..', 'shared', 'bench-data', 'cargo-locks');

const LICENSES = [
  ...Array<string>(55).fill('MIT OR Apache-2.0'),
  ...Array<string>(15).fill('MIT'),
  ...Array<string>(8).fill('MIT/Apache-2.0'),
  ...Array<string>(5).fill('Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT'),
  ...Array<string>(4).fill('Unicode-3.0'),
  ...Array<string>(4).fill('BSD-3-Clause'),
  'ISC',
  'Zlib OR Apache-2.0 OR MIT',
  '(MIT OR Apache-2.0) AND Unicode-DFS-2016',
  'MPL-2.0',
  'GPL-3.0-only',
  'Apache-2.0',
  'Unlicense OR MIT',
  'CC0-1.0',
];

/** Deterministic license per crate name: the same name keeps its license across versions, like real crates. */
function licensesFor(texts: string[]): Map<string, LicenseInfo> {
  const m = new Map<string, LicenseInfo>();
  for (const text of texts) {
    for (const p of parseLockfileOrThrow(text).packages) {
      let h = 0;
      for (let i = 0; i < p.name.length; i++) h = (h * 31 + p.name.charCodeAt(i)) >>> 0;
      if (h % 97 === 0) continue; // ~1%: no source knows it
      const info: LicenseInfo = { name: p.name, version: p.version, origin: 'directory', from: 'bench' };
      if (h % 89 === 0) info.licenseFile = 'LICENSE';
      else info.license = LICENSES[h % LICENSES.length]!;
      m.set(packageLicenseKey(p), info);
    }
  }
  return m;
}

const POLICY = buildPolicy({
  allow: ['MIT', 'Apache-2.0', 'Apache-2.0 WITH LLVM-exception', 'Unicode-3.0', 'Unicode-DFS-2016', 'BSD-3-Clause', 'ISC', 'Zlib', 'Unlicense', 'CC0-1.0'],
  deny: ['GPL-3.0-only', 'AGPL-3.0-only'],
  exceptions: [{ crate: 'webpki-roots', allow: ['CDLA-Permissive-2.0'] }],
});

function audit(basePath: string, headPath: string, licenses: Map<string, LicenseInfo>) {
  const base = parseLockfileOrThrow(readFileSync(basePath, 'utf8'), { file: 'base/Cargo.lock', dependencies: false });
  const head = parseLockfileOrThrow(readFileSync(headPath, 'utf8'), { file: 'Cargo.lock' });
  return auditCrates({ head, base, licenses, policy: compilePolicy(POLICY), failOn: ['denied', 'unknown'], query: ['syn', 'windows-sys'] });
}

function auditAndRender(basePath: string, headPath: string, licenses: Map<string, LicenseInfo>): number {
  const report = audit(basePath, headPath, licenses);
  return renderComment(report).length + renderSummary(report).length;
}

/** Median CPU milliseconds of `fn` (user + system): steadier than wall time on a shared machine. */
function cpuMedian(fn: () => unknown, runs = 15): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const u = process.cpuUsage(t);
    xs.push((u.user + u.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(runs / 2)]!;
}

function floor(basePath: string, headPath: string): number {
  const a = parse(readFileSync(basePath, 'utf8')) as { package?: unknown[] };
  const b = parse(readFileSync(headPath, 'utf8')) as { package?: unknown[] };
  return (a.package?.length ?? 0) + (b.package?.length ?? 0);
}

export function cases(): BenchCase[] {
  if (!existsSync(DATA)) {
    process.stderr.write(`bench: crate-license-audit skipped: ${DATA} is absent\n`);
    return [];
  }
  const out: BenchCase[] = [];
  for (const name of ['astral-sh-uv', 'rust-lang-cargo']) {
    const basePath = path.join(DATA, `${name}-old-Cargo.lock`);
    const headPath = path.join(DATA, `${name}-Cargo.lock`);
    const licenses = licensesFor([readFileSync(basePath, 'utf8'), readFileSync(headPath, 'utf8')]);
    const ours = () => audit(basePath, headPath, licenses);
    const withRender = () => auditAndRender(basePath, headPath, licenses);
    const ref = () => floor(basePath, headPath);
    out.push({
      name: `crate-license-audit: ${name} pair, audit + diff`,
      reference: 'read + smol-toml parse of both locks (floor)',
      goal: 2,
      runs: 21,
      // a few milliseconds a side: a process's median is a draw of where the collector runs (harness.ts)
      processes: 3,
      ours,
      ref,
      extra: () => {
        // CPU-time ratio (steadier than wall time when other jobs share the cores), heap growth across one
        // audit (no GC forced in between: an upper bound of what it allocates) and the RSS high-water mark.
        const cpu = cpuMedian(ours) / cpuMedian(ref);
        const before = process.memoryUsage().heapUsed;
        ours();
        const grown = process.memoryUsage().heapUsed - before;
        const head = parseLockfileOrThrow(readFileSync(headPath, 'utf8'));
        return {
          packages: head.packages.length,
          'cpu ratio': Math.round(cpu * 100) / 100,
          'heap growth MiB': Math.round((Math.max(0, grown) / 1048576) * 10) / 10,
          'peak RSS MiB': Math.round(process.resourceUsage().maxRSS / 1024),
        };
      },
    });
    out.push({
      name: `crate-license-audit: ${name} pair, + PR comment and job summary`,
      reference: 'read + smol-toml parse of both locks (floor)',
      runs: 21,
      ours: withRender,
      ref,
      extra: () => ({ 'cpu ratio': Math.round((cpuMedian(withRender) / cpuMedian(ref)) * 100) / 100 }),
    });
  }
  return out;
}
