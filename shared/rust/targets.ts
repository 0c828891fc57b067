/**
 * Facts about every built-in Rust target, read from the toolchain the job will use
 * (`rustc -Z unstable-options --print all-target-specs-json`, RUSTC_BOOTSTRAP=1), or from the embedded
 * snapshot when no rustc can be run. Pure: the process runner and file reader are passed in.
 */
import type { Finding } from '../finding.js';
import type { CommandResult, RunCommand } from '../io.js';
import {
  parseAllTargetSpecs,
  parseRustcVersion,
  rustStdFromChannelManifest,
  splitCombinedPrint,
  type RustcVersion,
  type TargetCatalog,
  type TargetFacts,
  type TargetSnapshotData,
  type ReadText,
  type ListDir,
} from './facts.js';
import { rustFindings } from './findings.js';
import { TARGET_SNAPSHOT_JSON } from './target-snapshot.js';

export * from './facts.js';

let snapshotCache: TargetCatalog | undefined;

/** The embedded snapshot (made by .ci/gen-target-snapshot.ts), parsed once. */
export function snapshotCatalog(): TargetCatalog {
  if (snapshotCache) return cloneCatalog(snapshotCache);
  const snap = JSON.parse(TARGET_SNAPSHOT_JSON) as TargetSnapshotData;
  const targets = new Map<string, TargetFacts>();
  for (const [name, f] of Object.entries(snap.targets)) {
    targets.set(name, { target: name, ...f, rustupStd: snap.rustupStd ? snap.rustupStd[name] === true : null, installed: null });
  }
  snapshotCache = { source: 'snapshot', rustc: snap.rustc, targets, schema: snap.schema, sysroot: null, findings: [] };
  return cloneCatalog(snapshotCache);
}

function cloneCatalog(c: TargetCatalog): TargetCatalog {
  return { ...c, targets: new Map(c.targets), findings: [...c.findings] };
}

export interface LoadCatalogOptions {
  /** Program to run (default `rustc`). */
  rustc?: string;
  /** rustup toolchain to ask (sets RUSTUP_TOOLCHAIN for the call). */
  toolchain?: string;
  /** Extra environment for the call. */
  env?: Record<string, string | undefined>;
  readText?: ReadText;
  listDir?: ListDir;
  timeoutMs?: number;
}

/**
 * Facts from the job's toolchain: one rustc call for sysroot + all specs + schema, then the channel
 * manifest in the sysroot (rustup installs) for rust-std availability and the version; `rustc -vV` only
 * when there is no manifest. Falls back to the snapshot with a notice when rustc cannot run.
 */
export async function loadTargetCatalog(run: RunCommand, opts: LoadCatalogOptions = {}): Promise<TargetCatalog> {
  const rustc = opts.rustc ?? 'rustc';
  const env: Record<string, string | undefined> = { ...opts.env, RUSTC_BOOTSTRAP: '1' };
  if (opts.toolchain) env.RUSTUP_TOOLCHAIN = opts.toolchain;
  const call = { env, timeoutMs: opts.timeoutMs ?? 120_000 };
  // rustc prints the sysroot first and the specs after: read the sysroot's files meanwhile.
  type Early = { sysroot: string; manifest: Promise<string | undefined>; dirs: Promise<string[] | undefined> };
  let early = null as Early | null;
  let head = '';
  const onStdout = (chunk: string) => {
    if (early || head.length > 4096) return;
    head += chunk;
    const nl = head.indexOf('\n');
    if (nl < 0) return;
    const sysroot = head.slice(0, nl).trim();
    early = {
      sysroot,
      manifest: opts.readText ? opts.readText(`${sysroot}/lib/rustlib/multirust-channel-manifest.toml`).catch(() => undefined) : Promise.resolve(undefined),
      dirs: opts.listDir ? opts.listDir(`${sysroot}/lib/rustlib`).catch(() => undefined) : Promise.resolve(undefined),
    };
  };
  const base = ['-Z', 'unstable-options', '--print', 'sysroot', '--print', 'all-target-specs-json'];
  let r: CommandResult = await run(rustc, [...base, '--print', 'target-spec-json-schema'], { ...call, onStdout });
  // Toolchains older than the schema printer reject the whole call: ask again without it.
  if (r.code !== 0 && /target-spec-json-schema/.test(r.stderr)) r = await run(rustc, base, call);
  if (r.code !== 0) {
    const cat = snapshotCatalog();
    const why = r.stderr.trim().split('\n')[0] || `exit ${r.code}`;
    cat.findings.push(
      rustFindings.make('rustc-unavailable', `Could not read target facts from ${rustc} (${why}); using the embedded snapshot from ${cat.rustc.line}.`, {
        hint: 'Install the toolchain before this step so facts match the compiler that builds.',
      }),
    );
    return cat;
  }
  const parts = splitCombinedPrint(r.stdout);
  const targets = parseAllTargetSpecs(parts.specs);
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
    schema = snapshotCatalog().schema;
    findings.push(rustFindings.make('schema-from-snapshot', `${rustc} has no target-spec-json-schema printer; validating custom specs against the snapshot's schema.`));
  }

  const sysroot = parts.sysroot || null;
  let manifest: ReturnType<typeof rustStdFromChannelManifest> | null = null;
  let installedDirs: Set<string> | null = null;
  const pending = early;
  const same = pending !== null && pending.sysroot === sysroot;
  if (sysroot && opts.readText) {
    const text = same ? await pending.manifest : await opts.readText(`${sysroot}/lib/rustlib/multirust-channel-manifest.toml`);
    if (text !== undefined) manifest = rustStdFromChannelManifest(text);
  }
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
