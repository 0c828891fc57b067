/**
 * From resolved targets to GitHub matrix entries: toolchain, build-std, linker, runner (qemu-user for Linux
 * targets of another arch, qemu-system only when asked for bare-metal ones), apt packages, the generated
 * cargo config and a cache key; then the GitHub limits (max jobs, 1 MB output, no empty matrix).
 */
import { hash as digest } from 'node:crypto';
import type { Finding } from '../finding.js';
import { rustFindings } from './findings.js';
import { generateCargoConfig, sdkFlagsFromEnv, type CargoConfig } from './cargo-config.js';
import type { TargetCatalog, TargetFacts } from './facts.js';
import { targetName, type RunnerMode, type TargetRequest } from './target-sources.js';
import type { SpecCheck } from './target-spec.js';
import { pushAll } from '../finding.js';

export interface MatrixEntry {
  name: string;
  /** Triple, or the custom spec's name (file stem). */
  target: string;
  /** What `--target` gets: the triple, or the spec path. */
  'target-arg': string;
  /** 1/2/3; null for custom specs and unknown tiers. */
  tier: number | null;
  /** The target supports std (null: unknown). */
  std: boolean | null;
  /** Only core/alloc: crates must be #![no_std]. */
  'no-std': boolean;
  'host-tools': boolean | null;
  toolchain: string;
  components: string[];
  /** Comma-separated crates for -Zbuild-std ('' = prebuilt std from rustup). */
  'build-std': string;
  /** Arguments after `cargo <command>` (`--target …`, `--features …`); the job adds `--config <config>`. */
  'cargo-args': string[];
  linker: string | null;
  /** native | qemu-user | qemu-system | custom | none */
  runner: string;
  'runner-command': string[];
  'can-test': boolean;
  /** Space-separated Debian packages the job installs. */
  'apt-packages': string;
  /** Path of the generated cargo config (pass with `cargo --config <path>`). */
  config: string;
  'cache-key': string;
  commands: string[];
  /** Triple for `rustup target add` ('' when rustup ships nothing for it). */
  'rustup-target': string;
  /** Run cargo with RUSTC_BOOTSTRAP=1 (allow-bootstrap on a stable toolchain). */
  bootstrap: boolean;
  /** Variables to unset before cargo (SDK mode). */
  'clear-env': string[];
  custom: boolean;
}

export interface RunnerPlan {
  kind: 'native' | 'qemu-user' | 'qemu-system' | 'custom' | 'none';
  command: string[];
  aptPackages: string[];
  canTest: boolean;
  linker: string | null;
  note?: string;
}

export interface HostInfo {
  /** rustc arch of the machine running the jobs, e.g. x86_64. */
  arch: string;
  os: string;
}

/** Host info from a host triple such as x86_64-unknown-linux-gnu. */
export function hostFromTriple(triple: string | null | undefined): HostInfo {
  const t = triple ?? 'x86_64-unknown-linux-gnu';
  const first = t.split('-')[0] ?? 'x86_64';
  const arch = /^i[3-6]86$/.test(first) ? 'x86' : first.startsWith('armv') ? 'arm' : first.startsWith('riscv64') ? 'riscv64' : first;
  return { arch, os: t.includes('-linux') ? 'linux' : t.includes('-darwin') ? 'macos' : t.includes('-windows') ? 'windows' : 'unknown' };
}

interface Cross {
  /** GNU triple Debian's cross gcc uses. */
  gnu: string;
  /** Debian architecture name (for libc6-dev-<arch>-cross). */
  deb: string;
  /** qemu-user binary suffix. */
  qemu: string;
}

/** Debian cross toolchain and qemu-user names for a Linux target. */
export function linuxCross(f: Pick<TargetFacts, 'arch' | 'abi' | 'env' | 'endian' | 'pointerWidth' | 'target'>): Cross | null {
  const le = f.endian === 'little';
  switch (f.arch) {
    case 'aarch64':
      return le ? { gnu: 'aarch64-linux-gnu', deb: 'arm64', qemu: 'aarch64' } : null;
    case 'arm':
      if (!le) return null;
      return f.abi.endsWith('hf') ? { gnu: 'arm-linux-gnueabihf', deb: 'armhf', qemu: 'arm' } : { gnu: 'arm-linux-gnueabi', deb: 'armel', qemu: 'arm' };
    case 'x86':
      return { gnu: 'i686-linux-gnu', deb: 'i386', qemu: 'i386' };
    case 'x86_64':
      return f.pointerWidth === 32 ? null : { gnu: 'x86_64-linux-gnu', deb: 'amd64', qemu: 'x86_64' };
    case 'riscv64':
      return { gnu: 'riscv64-linux-gnu', deb: 'riscv64', qemu: 'riscv64' };
    case 'powerpc':
      return { gnu: 'powerpc-linux-gnu', deb: 'powerpc', qemu: 'ppc' };
    case 'powerpc64':
      return le ? { gnu: 'powerpc64le-linux-gnu', deb: 'ppc64el', qemu: 'ppc64le' } : { gnu: 'powerpc64-linux-gnu', deb: 'ppc64', qemu: 'ppc64' };
    case 's390x':
      return { gnu: 's390x-linux-gnu', deb: 's390x', qemu: 's390x' };
    case 'mips':
      return le ? { gnu: 'mipsel-linux-gnu', deb: 'mipsel', qemu: 'mipsel' } : { gnu: 'mips-linux-gnu', deb: 'mips', qemu: 'mips' };
    case 'mips64':
      return le ? { gnu: 'mips64el-linux-gnuabi64', deb: 'mips64el', qemu: 'mips64el' } : { gnu: 'mips64-linux-gnuabi64', deb: 'mips64', qemu: 'mips64' };
    case 'sparc64':
      return { gnu: 'sparc64-linux-gnu', deb: 'sparc64', qemu: 'sparc64' };
    case 'm68k':
      return { gnu: 'm68k-linux-gnu', deb: 'm68k', qemu: 'm68k' };
    case 'loongarch64':
      return { gnu: 'loongarch64-linux-gnu', deb: 'loong64', qemu: 'loongarch64' };
    default:
      return null;
  }
}

/** Bare-metal machines qemu-system can boot a test binary on (semihosting for output and exit). */
const QEMU_SYSTEM: Array<{ match: RegExp; binary: string; args: string[]; apt: string }> = [
  { match: /^thumbv6m-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m0', '-machine', 'microbit'], apt: 'qemu-system-arm' },
  { match: /^thumbv7m-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m3', '-machine', 'lm3s6965evb'], apt: 'qemu-system-arm' },
  { match: /^thumbv7em-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m4', '-machine', 'netduinoplus2'], apt: 'qemu-system-arm' },
  { match: /^thumbv8m\.main-/, binary: 'qemu-system-arm', args: ['-cpu', 'cortex-m33', '-machine', 'mps2-an505'], apt: 'qemu-system-arm' },
  { match: /^riscv32/, binary: 'qemu-system-riscv32', args: ['-machine', 'sifive_e'], apt: 'qemu-system-misc' },
  { match: /^riscv64/, binary: 'qemu-system-riscv64', args: ['-machine', 'virt', '-bios', 'none'], apt: 'qemu-system-misc' },
  { match: /^aarch64-/, binary: 'qemu-system-aarch64', args: ['-machine', 'virt', '-cpu', 'cortex-a53'], apt: 'qemu-system-arm' },
];

const usesRustLld = (f: TargetFacts) => f.linker === 'rust-lld' || (f.linkerFlavor !== null && /lld$/.test(f.linkerFlavor) && !/cc$/.test(f.linkerFlavor));

/** Linker and runner for one target. `mode` is the runner input (or a per-target command). */
export function runnerFor(f: TargetFacts, mode: RunnerMode | string[], host: HostInfo, custom = false): RunnerPlan {
  const linux = f.os === 'linux';
  const cross = linux ? linuxCross(f) : null;
  const sameArch = f.arch === host.arch || (host.arch === 'x86_64' && f.arch === 'x86');
  const nativeOk = linux && host.os === 'linux' && sameArch && f.pointerWidth >= 32;
  const hasStd = f.std !== false;
  const apt: string[] = [];
  let linker: string | null = null;
  if (linux && f.arch === 'x86' && host.arch === 'x86_64') {
    // 32-bit x86 runs natively; the host gcc links it with multilib.
    apt.push('gcc-multilib');
  } else if (linux && cross && !usesRustLld(f) && f.arch !== host.arch) {
    linker = `${cross.gnu}-gcc`;
    apt.push(`gcc-${cross.gnu}`, `libc6-dev-${cross.deb}-cross`);
  } else if (f.os === 'windows' && f.env === 'gnu' && (f.arch === 'x86_64' || f.arch === 'x86')) {
    const mingw = f.arch === 'x86_64' ? 'x86_64' : 'i686';
    linker = `${mingw}-w64-mingw32-gcc`;
    apt.push(`gcc-mingw-w64-${mingw.replace('_', '-')}`);
  }

  if (Array.isArray(mode)) return { kind: 'custom', command: [...mode], aptPackages: apt, canTest: true, linker };
  if (mode === 'none') return { kind: nativeOk ? 'native' : 'none', command: [], aptPackages: apt, canTest: nativeOk && hasStd, linker };

  if (mode === 'auto' || mode === 'qemu-user') {
    if (nativeOk) return { kind: 'native', command: [], aptPackages: apt, canTest: hasStd, linker };
    if (linux && cross) {
      const command = [`qemu-${cross.qemu}`];
      // glibc binaries need the cross loader and libraries; musl ones are static.
      if (f.env === 'gnu') command.push('-L', `/usr/${cross.gnu}`);
      return { kind: 'qemu-user', command, aptPackages: [...apt, 'qemu-user', 'qemu-user-binfmt'], canTest: hasStd, linker };
    }
    const note =
      mode === 'qemu-user'
        ? `qemu-user runs Linux binaries only; ${f.target} (os ${f.os}) gets no runner.`
        : f.os === 'none'
          ? `${f.target} is bare-metal: set runner: qemu-system to boot tests under QEMU.`
          : `No runner for ${f.target} on a ${host.arch} ${host.os} host.`;
    return { kind: 'none', command: [], aptPackages: apt, canTest: false, linker, note };
  }

  // qemu-system
  const m = custom ? undefined : QEMU_SYSTEM.find((q) => q.match.test(f.target));
  if (f.os === 'none' && m) {
    return {
      kind: 'qemu-system',
      command: [m.binary, ...m.args, '-nographic', '-semihosting-config', 'enable=on,target=native', '-kernel'],
      aptPackages: [...apt, m.apt],
      canTest: true,
      linker,
      note: 'Tests must report and exit through semihosting (e.g. defmt-test or semihosting::process::exit).',
    };
  }
  return { kind: 'none', command: [], aptPackages: apt, canTest: nativeOk && hasStd, linker, note: `No qemu-system machine known for ${f.target}; give a runner command instead.` };
}

export interface PlanOptions {
  catalog: TargetCatalog;
  /** Toolchain for targets that need no unstable features. */
  toolchain: string;
  /** true: keep the toolchain and set RUSTC_BOOTSTRAP=1; false: nightly for custom/build-std targets. */
  allowBootstrap: boolean;
  runner: RunnerMode;
  /** Default cargo commands (`build`, `test`, …). */
  commands: string[];
  /** Directory the configs are written to (the path recorded in each entry). */
  configDir: string;
  /** Job environment (RUSTFLAGS warnings, SDK flags). */
  env?: Record<string, string | undefined>;
  /** Warn per target about RUSTFLAGS in env (default true). */
  warnEnvironment?: boolean;
  host?: HostInfo;
}

export interface ResolvedTarget {
  request: TargetRequest;
  /** Facts of the built-in, or derived from the custom spec. */
  facts: TargetFacts;
  custom: boolean;
  /** The spec file's text (hashed into the cache key). */
  specText?: string;
  check?: SpecCheck;
}

export interface PlannedTarget {
  entry: MatrixEntry;
  config: CargoConfig;
  findings: Finding[];
  runner: RunnerPlan;
}

const DEFAULT_BUILD_STD_NO_STD = ['core', 'alloc', 'compiler_builtins'];
const DEFAULT_BUILD_STD_STD = ['std', 'panic_abort'];

const isNightly = (tc: string) => /^nightly\b/.test(tc) || /^\d+\.\d+(\.\d+)?-nightly/.test(tc);

/** A per-target linker is an explicit choice: it beats the SDK's. */
function sdkMode(sdk: TargetRequest['options']['sdk'] | null, linker: string | undefined): CargoConfigSdk {
  if (!sdk) return null;
  if (linker === undefined) return sdk;
  return { ...(typeof sdk === 'object' ? sdk : {}), linker };
}
type CargoConfigSdk = Parameters<typeof generateCargoConfig>[0]['sdk'];

export function configFileName(target: string): string {
  return `${target.replace(/[^A-Za-z0-9_.-]/g, '_')}.toml`;
}

/** One matrix entry (and its cargo config) for one target. */
export function planTarget(t: ResolvedTarget, opts: PlanOptions): PlannedTarget {
  const f = t.facts;
  const o = t.request.options;
  const findings: Finding[] = [];
  const where = { ...(t.request.file !== undefined ? { file: t.request.file } : {}), ...(t.request.line !== undefined ? { line: t.request.line } : {}) };
  const name = t.custom ? targetName(t.request.target) : f.target;

  // SDK mode: the SDK's sysroot already holds a std built for the target, and its linker fits it.
  const sdkOn = o.sdk ?? (t.request.origin === 'target-path' ? true : null);
  const sdkEnv = sdkOn ? sdkFlagsFromEnv(opts.env ?? {}, name) : null;
  const sdkSysroot = (typeof sdkOn === 'object' && sdkOn?.sysroot) || sdkEnv?.sysroot;
  const sdkLinker = (typeof sdkOn === 'object' && sdkOn?.linker) || sdkEnv?.linker;

  // build-std: custom specs always (unless an SDK sysroot provides std); built-ins when rustup ships nothing.
  let buildStd: string[] = [];
  const defaultCrates = f.std === true && !t.custom ? DEFAULT_BUILD_STD_STD : DEFAULT_BUILD_STD_NO_STD;
  if (Array.isArray(o.buildStd)) buildStd = o.buildStd;
  else if (o.buildStd === true) buildStd = defaultCrates;
  else if (o.buildStd === false) {
    if (t.custom || f.rustupStd === false) {
      findings.push(rustFindings.make('build-std-disabled', `build-std is off for ${name}, but rustup ships no std for it; the build will not find core.`, { ...where, hint: 'Drop build-std: false for this target (or list the crates, e.g. build-std: [core, alloc]).' }));
    }
  } else if (t.custom && sdkSysroot) {
    // the SDK's std, found through --sysroot
  } else if (t.custom || f.rustupStd === false) buildStd = defaultCrates;
  else if (f.rustupStd === null && f.tier === 3) {
    buildStd = defaultCrates;
    findings.push(rustFindings.make('build-std-assumed', `Could not ask rustup about ${name}; tier-3 targets have no prebuilt std, so build-std is on.`, where));
  } else if (f.rustupStd === null) {
    findings.push(rustFindings.make('rustup-std-unknown', `Could not tell whether rustup ships std for ${name} (no channel manifest); assuming it does.`, { ...where, hint: 'Set build-std: true for this target if `rustup target add` fails.' }));
  }
  const needsUnstable = t.custom || buildStd.length > 0;
  let toolchain = opts.toolchain;
  let bootstrap = false;
  if (needsUnstable && !isNightly(toolchain)) {
    if (opts.allowBootstrap) bootstrap = true;
    else toolchain = 'nightly';
  }

  const runnerMode: RunnerMode | string[] = o.runner ?? opts.runner;
  const runner = runnerFor(f, runnerMode, opts.host ?? hostFromTriple(opts.catalog.rustc.host), t.custom);
  if (sdkSysroot && runner.kind === 'qemu-user') {
    // Dynamic binaries load the SDK's libc, not Debian's cross one.
    runner.command = [runner.command[0]!, '-L', sdkSysroot];
  }
  if (sdkLinker && runner.linker) {
    runner.aptPackages = runner.aptPackages.filter((p) => !p.startsWith('gcc-') && !p.startsWith('libc6-dev-'));
    runner.linker = null;
  }
  if (runner.note && (runnerMode !== 'auto' || f.os !== 'none')) {
    findings.push(rustFindings.make('runner', runner.note, { ...where, hint: 'Test commands are skipped for it; give the target its own runner command (e.g. runner: [qemu-system-x86_64, -kernel]) to run them.' }));
  }
  const linker = o.linker ?? runner.linker;

  const config = generateCargoConfig({
    target: name,
    custom: t.custom,
    linker,
    runner: runner.command,
    rustflags: o.rustflags ?? [],
    buildStd,
    // No libc to provide memcpy and friends: take compiler_builtins' own.
    buildStdFeatures: buildStd.length > 0 && !buildStd.includes('std') && (f.os === 'none' || t.custom) ? ['compiler-builtins-mem'] : [],
    sdk: sdkMode(sdkOn, o.linker),
    ...(opts.env ? { env: opts.env } : {}),
    warnEnvironment: opts.warnEnvironment !== false,
  });
  pushAll(findings, config.findings.map((x) => ({ ...where, ...x })));

  // The config path is added by the job (`cargo --config <config>`): it is downloaded to its own temp dir.
  const cargoArgs = ['--target', t.request.target];
  if (o.features && o.features.length > 0) cargoArgs.push('--features', o.features.join(','));
  const rustc = opts.catalog.rustc;
  // one-shot digest (no Hash object per target)
  const hash = digest('sha256', `${toolchain}\0${t.specText ?? ''}\0${config.text}\0${buildStd.join(',')}`).slice(0, 16);
  const entry: MatrixEntry = {
    name: t.custom ? `${name} (custom)` : name,
    target: name,
    'target-arg': t.request.target,
    tier: t.custom ? null : f.tier,
    std: f.std,
    'no-std': f.noStd,
    'host-tools': t.custom ? false : f.hostTools,
    toolchain,
    components: buildStd.length > 0 ? ['rust-src'] : [],
    'build-std': buildStd.join(','),
    'cargo-args': cargoArgs,
    linker: config.linker,
    runner: runner.kind,
    'runner-command': runner.command,
    'can-test': runner.canTest && (buildStd.length === 0 || buildStd.includes('std') || f.std === true),
    'apt-packages': [...new Set(runner.aptPackages)].join(' '),
    config: `${opts.configDir}/${configFileName(name)}`,
    'cache-key': `${(rustc.commitHash ?? rustc.release).slice(0, 12)}-${name}-${hash}`,
    commands: o.commands ?? opts.commands,
    'rustup-target': !t.custom && buildStd.length === 0 && f.rustupStd !== false ? f.target : '',
    bootstrap,
    'clear-env': config.clearEnv,
    custom: t.custom,
  };
  return { entry, config, findings, runner };
}

export interface MatrixResult {
  /** The `matrix` output: `{"include":[…]}` (compact). */
  json: string;
  count: number;
  hasEntries: boolean;
  /** Jobs in the matrix (≤ maxJobs); in batch mode each job carries several targets in `batch`. */
  jobs: Array<MatrixEntry | BatchEntry>;
  findings: Finding[];
}

export interface BatchEntry {
  name: string;
  batch: MatrixEntry[];
  'cache-key': string;
}

/** GitHub's limits: job outputs are capped at 1 MB. */
export const OUTPUT_LIMIT_BYTES = 1024 * 1024;
export const GITHUB_MAX_JOBS = 256;

/** Apply max-jobs (fail, or batch several targets per job) and the output size limit. */
export function buildMatrix(entries: readonly MatrixEntry[], opts: { maxJobs: number; batch?: boolean }): MatrixResult {
  const findings: Finding[] = [];
  const maxJobs = Math.max(1, Math.min(opts.maxJobs, GITHUB_MAX_JOBS));
  if (opts.maxJobs > GITHUB_MAX_JOBS) {
    findings.push(
      rustFindings.make('max-jobs-capped', `max-jobs ${opts.maxJobs} is above GitHub's ${GITHUB_MAX_JOBS} jobs per matrix; using ${GITHUB_MAX_JOBS}.`, {
        hint: `Set max-jobs to ${GITHUB_MAX_JOBS} or less (add 'batch', e.g. '${GITHUB_MAX_JOBS} batch', to run several targets per job when there are more).`,
      }),
    );
  }
  let jobs: Array<MatrixEntry | BatchEntry> = [...entries];
  if (entries.length > maxJobs) {
    if (!opts.batch) {
      findings.push(
        rustFindings.make('too-many-jobs', `${entries.length} targets exceed max-jobs ${maxJobs}; GitHub refuses a matrix that large.`, {
          hint: `Raise max-jobs (GitHub allows ${GITHUB_MAX_JOBS}), narrow the targets, or set max-jobs to "${maxJobs} batch" to run several targets per job.`,
        }),
      );
      jobs = [];
    } else {
      const per = Math.ceil(entries.length / maxJobs);
      jobs = [];
      for (let i = 0; i < entries.length; i += per) {
        const batch = entries.slice(i, i + per);
        const key = digest('sha256', batch.map((e) => e['cache-key']).join('\n')).slice(0, 16);
        jobs.push({ name: `${batch[0]!.target} … ${batch[batch.length - 1]!.target} (${batch.length})`, batch, 'cache-key': `batch-${key}` });
      }
      findings.push(rustFindings.make('batched', `${entries.length} targets in ${jobs.length} jobs of up to ${per}.`));
    }
  }
  let json = JSON.stringify({ include: jobs });
  // (A UTF-8 character is at most 3 bytes per UTF-16 unit: a shorter text needs no byte count.)
  if (json.length * 3 >= OUTPUT_LIMIT_BYTES && Buffer.byteLength(json, 'utf8') >= OUTPUT_LIMIT_BYTES) {
    findings.push(
      rustFindings.make('matrix-too-large', `The matrix is ${Buffer.byteLength(json, 'utf8')} bytes; GitHub caps a job output at 1 MB.`, {
        hint: 'Split the targets over two plan jobs, or shorten per-target commands.',
      }),
    );
    jobs = [];
    json = JSON.stringify({ include: [] });
  }
  return { json, count: jobs.length === 0 ? 0 : entries.length, hasEntries: jobs.length > 0, jobs, findings };
}
