/**
 * Manifest integrity of an overlay: every package that fetches files has a DIST entry with the required
 * hashes for each distfile (from the repository scan), and, given a DISTDIR, each present distfile matches
 * its size, BLAKE2B and SHA512 (streamed). Mismatches read as expected / actual / file, ready to paste.
 */
import path from 'node:path';
import type { Finding } from '../finding.js';
import { verifyDistfiles, type DistfileCheck } from './manifest.js';
import type { RepositoryScan } from './overlay.js';
import { pushAll } from '../finding.js';

/** Finding codes that are Manifest integrity problems (from scanRepository and verifyDistfiles). */
export const INTEGRITY_CODES = new Set([
  'manifest-missing', 'manifest-missing-dist', 'manifest-missing-hash', 'manifest-bad-digest', 'manifest-malformed-line',
  'manifest-unreadable', 'manifest-duplicate-dist', 'manifest-deprecated-hash', 'manifest-unknown-hash', 'manifest-not-thin',
  'manifest-unused-dist', 'manifest-unsafe-name', 'distfile-mismatch', 'distfile-missing', 'distfile-unreadable',
  'src-uri-not-static', 'layout-required-hashes-not-subset', 'layout-deprecated-hash', 'layout-unknown-hash',
]);

export interface PackageIntegrity {
  package: string;
  /** Distfiles its ebuilds fetch (undefined when some SRC_URI is not known statically). */
  distfiles?: string[];
  distEntries: number;
  /** Checks against DISTDIR (only with a distdir). */
  checks?: DistfileCheck[];
}

export interface IntegrityReport {
  packages: PackageIntegrity[];
  findings: Finding[];
  errors: number;
  /** Distfiles verified against DISTDIR: ok / mismatch / missing (not downloaded). */
  verified?: { ok: number; mismatch: number; missing: number; unreadable: number };
}

export interface IntegrityOptions {
  /** Verify present distfiles in this directory. */
  distdir?: string;
  /** Finding paths relative to this directory (default: the repository root). Must match the scan's `base`. */
  fileBase?: string;
  /** Files hashed at the same time. Default 4. */
  concurrency?: number;
}

export async function checkIntegrity(scan: RepositoryScan, opts: IntegrityOptions = {}): Promise<IntegrityReport> {
  const findings: Finding[] = scan.findings.filter((f) => INTEGRITY_CODES.has(f.code));
  const fileBase = path.resolve(opts.fileBase ?? scan.root);
  const rel = (p: string): string => path.relative(fileBase, path.join(scan.root, p)).split(path.sep).join('/');
  const packages: PackageIntegrity[] = [];
  let verified: IntegrityReport['verified'];
  if (opts.distdir) verified = { ok: 0, mismatch: 0, missing: 0, unreadable: 0 };
  for (const p of scan.packages) {
    const known = p.ebuilds.every((e) => e.distfiles !== undefined);
    const distfiles = known ? [...new Set(p.ebuilds.flatMap((e) => e.distfiles ?? []))] : undefined;
    const entry: PackageIntegrity = { package: `${p.category}/${p.package}`, distEntries: p.manifest?.dist.size ?? 0 };
    if (distfiles) entry.distfiles = distfiles;
    if (opts.distdir && p.manifest && p.manifest.dist.size > 0) {
      const r = await verifyDistfiles(p.manifest, opts.distdir, { file: rel(`${p.dir}/Manifest`), concurrency: opts.concurrency ?? 4 });
      entry.checks = r.checks;
      pushAll(findings, r.findings);
      for (const c of r.checks) {
        if (c.status === 'ok') verified!.ok++;
        else if (c.status === 'mismatch') verified!.mismatch++;
        else if (c.status === 'missing') verified!.missing++;
        else verified!.unreadable++;
      }
    }
    packages.push(entry);
  }
  return { packages, findings, errors: findings.filter((f) => f.severity === 'error').length, ...(verified ? { verified } : {}) };
}
