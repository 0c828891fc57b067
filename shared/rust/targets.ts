/**
 * Facts about every built-in Rust target, read from the toolchain the job will use
 * (`rustc -Z unstable-options --print all-target-specs-json`, RUSTC_BOOTSTRAP=1), or from the embedded
 * snapshot when no rustc can be run. Pure: the process runner and file reader are passed in.
 */
import type { Finding } from '../finding.js';
import type { RunCommand } from '../io.js';
import { queryRustc, type LoadCatalogOptions, type RustcAnswer } from './facts-query.js';
import {
  parseAllTargetSpecs,
  parseRustcVersion,
  splitCombinedPrint,
  type RustcVersion,
  type TargetCatalog,
  type TargetFacts,
  type ReadText,
  type ListDir,
} from './facts.js';
import { rustFindings } from './findings.js';
import { sysrootRustStd, type RustStd } from './channel-manifest.js';

export * from './facts.js';
export { queryRustc, type LoadCatalogOptions, type RustcAnswer } from './facts-query.js';

/** The embedded snapshot (shared/rust/snapshot.ts), loaded only when rustc cannot answer: it is 200 KB of code. */
const loadSnapshot = async () => (await import('./snapshot.js')).snapshotCatalog();

/**
 * Facts from the job's toolchain: one rustc call for sysroot + all specs + schema, then the channel
 * manifest in the sysroot (rustup installs) for rust-std availability and the version; `rustc -vV` only
 * when there is no manifest. Falls back to the snapshot with a notice when rustc cannot run.
 */
export async function loadTargetCatalog(run: RunCommand, opts: LoadCatalogOptions = {}, started?: Promise<RustcAnswer>): Promise<TargetCatalog> {
  const rustc = opts.rustc ?? 'rustc';
  const { result: r, early, call } = await (started ?? queryRustc(run, opts));
  const fallBack = async (why: string) => {
    const cat = await loadSnapshot();
    cat.findings.push(
      rustFindings.make('rustc-unavailable', `Could not read target facts from ${rustc} (${why}); using the embedded snapshot from ${cat.rustc.line}.`, {
        hint: 'Install the toolchain before this step so facts match the compiler that builds.',
      }),
    );
    return cat;
  };
  if (r.code !== 0) return fallBack(r.stderr.trim().split('\n')[0] || `exit ${r.code}`);
  const parts = splitCombinedPrint(r.stdout);
  let targets: Map<string, TargetFacts>;
  try {
    targets = parseAllTargetSpecs(parts.specs);
  } catch (e) {
    // It exited 0 but printed no specs document (a wrapper, a broken toolchain): as if it could not run.
    return fallBack(`it printed no target specs: ${e instanceof Error ? e.message : String(e)}`);
  }
  const findings: Finding[] = [];
  let schema: unknown = null;
  if (parts.schema) {
    try {
      schema = JSON.parse(parts.schema);
    } catch {
      schema = null;
    }
  }
  if (schema === null) {
    schema = (await loadSnapshot()).schema;
    findings.push(rustFindings.make('schema-from-snapshot', `${rustc} has no target-spec-json-schema printer; validating custom specs against the snapshot's schema.`));
  }

  const sysroot = parts.sysroot || null;
  let manifest: RustStd | null = null;
  let installedDirs: Set<string> | null = null;
  const pending = early;
  const same = pending !== null && pending.sysroot === sysroot;
  if (sysroot && (opts.readText || opts.readBlocks)) manifest = (await (same ? pending.rustStd : sysrootRustStd(sysroot, opts))) ?? null;
  if (sysroot && opts.listDir) {
    const names = same ? await pending.dirs : await opts.listDir(`${sysroot}/lib/rustlib`);
    if (names) installedDirs = new Set(names);
  }
  for (const f of targets.values()) {
    if (manifest) f.rustupStd = manifest.available.get(f.target) ?? false;
    if (installedDirs) f.installed = installedDirs.has(f.target);
  }

  let version: RustcVersion;
  if (manifest?.rustcVersion) {
    version = parseRustcVersion(`rustc ${manifest.rustcVersion}`);
  } else {
    const v = await run(rustc, ['-vV'], call);
    version = v.code === 0 ? parseRustcVersion(v.stdout) : parseRustcVersion('');
  }
  if (version.host === null) version.host = hostFromSysroot(sysroot, installedDirs);
  return { source: 'rustc', rustc: version, targets, schema, sysroot, findings };
}

/** rustup sysroots end in `<channel>-<host triple>`. */
function hostFromSysroot(sysroot: string | null, dirs: Set<string> | null): string | null {
  if (!sysroot) return null;
  const last = sysroot.split('/').pop() ?? '';
  for (const d of dirs ?? []) if (last.endsWith(`-${d}`)) return d;
  const m = /-(x86_64|aarch64|i686|riscv64gc|powerpc64le|s390x|armv7)-(.+)$/.exec(last);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Targets sharing an arch (used to find the closest built-in for a custom spec). */
export function targetsByLlvmTarget(catalog: TargetCatalog): Map<string, TargetFacts[]> {
  const out = new Map<string, TargetFacts[]>();
  for (const f of catalog.targets.values()) {
    const list = out.get(f.llvmTarget);
    if (list) list.push(f);
    else out.set(f.llvmTarget, [f]);
  }
  return out;
}
