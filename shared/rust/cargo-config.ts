/**
 * `.cargo/config.toml` text for one target: linker, runner and rustflags under `[target.<name>]`, and
 * `[unstable]` build-std / json-target-spec for custom and std-less targets. Flags go into the config,
 * never into RUSTFLAGS: a RUSTFLAGS variable silently replaces every `rustflags` from config files, so a job
 * environment that has one gets a warning, and the SDK mode lists it (and the SDK's
 * CARGO_TARGET_*_RUSTFLAGS) for clearing after moving their sysroot/linker into the config.
 */
import type { Finding } from '../finding.js';
import { rustFindings } from './findings.js';
import { pushAll } from '../finding.js';

export interface SdkSettings {
  /** Sysroot the SDK's RUSTFLAGS pointed at (`--sysroot=`); written as a rustflag. */
  sysroot?: string;
  /** Linker the SDK set (`CARGO_TARGET_<T>_LINKER` or `-C linker=`). */
  linker?: string;
}

export interface CargoConfigInput {
  /** Key under `[target.…]`: the triple, or the spec's file stem for a custom JSON target (cargo's naming). */
  target: string;
  /** Custom JSON target: needs `json-target-spec`. */
  custom: boolean;
  linker?: string | null;
  /** Program and arguments cargo runs test binaries with. */
  runner?: readonly string[] | null;
  rustflags?: readonly string[];
  /** Crates for `-Zbuild-std` (e.g. core, alloc); null/empty: use the prebuilt sysroot. */
  buildStd?: readonly string[] | null;
  buildStdFeatures?: readonly string[];
  /** SDK mode: move the SDK's environment flags into the config and list the variables to clear. */
  sdk?: SdkSettings | boolean | null;
  /** The job's environment (to warn about RUSTFLAGS and to read SDK flags from). */
  env?: Record<string, string | undefined>;
  /** Warn about RUSTFLAGS in env (default true; callers planning many targets warn once themselves). */
  warnEnvironment?: boolean;
}

export interface CargoConfig {
  text: string;
  /** Environment variables the job must unset before cargo (SDK mode). */
  clearEnv: string[];
  rustflags: string[];
  linker: string | null;
  findings: Finding[];
}

/** `CARGO_TARGET_<TRIPLE>_` prefix as cargo spells it (upper case, `-`/`.` → `_`). */
export function envTargetPrefix(target: string): string {
  return `CARGO_TARGET_${target.toUpperCase().replace(/[-.]/g, '_')}_`;
}

/** What a TOML basic string must escape: `"`, `\\` and control characters. */
const TOML_ESCAPED = /["\\\x00-\x1f\x7f]/;

/** A TOML basic string. */
export function tomlString(s: string): string {
  // Most strings (a linker, qemu-aarch64, -L, a crate name) need no escape: quoted as they are.
  if (!TOML_ESCAPED.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const tomlArray = (xs: readonly string[]) => `[${xs.map(tomlString).join(', ')}]`;
const tomlKey = (k: string) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k));

/** Split a RUSTFLAGS value (whitespace-separated) or CARGO_ENCODED_RUSTFLAGS (0x1f-separated). */
function splitFlags(value: string, encoded: boolean): string[] {
  return (encoded ? value.split('\x1f') : value.split(/\s+/)).filter((x) => x.length > 0);
}

/** Joined `-C key=value` pairs and `--sysroot=` in either spelling, as one token each. */
function normaliseFlags(flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if ((f === '-C' || f === '--codegen' || f === '--sysroot' || f === '-L' || f === '--cfg' || f === '-Z') && i + 1 < flags.length) {
      out.push(f === '--sysroot' ? `--sysroot=${flags[++i]}` : `${f === '--codegen' ? '-C' : f} ${flags[++i]}`);
    } else out.push(f.startsWith('-C') && f.length > 2 && !f.startsWith('-C ') ? `-C ${f.slice(2)}` : f);
  }
  return out;
}

/** Back to argv tokens for the config array. */
function toArgs(flags: string[]): string[] {
  return flags.flatMap((f) => (/^(-C|-L|--cfg|-Z) /.test(f) ? [f.slice(0, f.indexOf(' ')), f.slice(f.indexOf(' ') + 1)] : [f]));
}

/**
 * Warnings for rustflags in the job environment that meet the generated configs' `target.<triple>.rustflags`
 * (once per variable). `targets` are the targets whose config sets rustflags: where it sets none, nothing is
 * lost and nothing is said. cargo's order (verified with cargo 1.95 in the tests): CARGO_ENCODED_RUSTFLAGS,
 * else RUSTFLAGS, replace the config's rustflags; CARGO_TARGET_<TRIPLE>_RUSTFLAGS is joined with them; and
 * CARGO_BUILD_RUSTFLAGS is `build.rustflags`, which target rustflags take precedence over: it is ignored.
 */
export function rustflagsEnvironmentFindings(env: Record<string, string | undefined>, targets: string | readonly string[], reached: readonly string[] = []): Finding[] {
  const list = typeof targets === 'string' ? [targets] : [...targets];
  const out: Finding[] = [];
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  const hint =
    "Unset it for the build step (the SDK mode does this), or move its flags into the target's rustflags input: cargo ignores config rustflags when it is set.";
  for (const name of ['RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']) {
    if (!set(name)) continue;
    if (list.length > 0) out.push(rustFindings.make('rustflags-in-environment', `${name} is set in the job environment; cargo then applies it instead of the generated config's rustflags for ${what(list)}.`, { hint }));
    // `reached`: targets whose config sets no rustflags. Nothing of ours is lost, but an SDK's --sysroot or
    // target-cpu in it reaches them too: said as a notice, which fail-on: warning does not fail on.
    if (reached.length > 0) {
      out.push(
        rustFindings.make('rustflags-in-environment', `${name} is set in the job environment; cargo applies it to ${what(reached)} too (their generated configs set no rustflags).`, {
          severity: 'notice',
          hint: "Fine for flags every target takes (-D warnings); unset it for the build step if it carries one target's flags (an SDK's --sysroot).",
        }),
      );
    }
  }
  if (list.length === 0) return out;
  if (set('CARGO_BUILD_RUSTFLAGS')) {
    out.push(
      rustFindings.make('rustflags-in-environment', `CARGO_BUILD_RUSTFLAGS is set in the job environment; cargo ignores it for ${what(list)}: the generated config's target rustflags take precedence over build.rustflags.`, {
        hint: "Move its flags into the target's rustflags input (the SDK mode does this), or unset it for the build step.",
      }),
    );
  }
  for (const target of list) {
    const perTarget = `${envTargetPrefix(target)}RUSTFLAGS`;
    if (set(perTarget)) {
      out.push(rustFindings.make('rustflags-in-environment', `${perTarget} is set in the job environment; cargo joins it with the config's rustflags for ${target}.`, { hint }));
    }
  }
  return out;
}

const what = (list: readonly string[]) => (list.length <= 4 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more targets`);

/** What an SDK environment injects for a target: flags to keep, its sysroot and linker, and the variables to clear. */
export function sdkFlagsFromEnv(env: Record<string, string | undefined>, target: string): { rustflags: string[]; sysroot?: string; linker?: string; vars: string[] } {
  const vars: string[] = [];
  let flags: string[] = [];
  const prefix = envTargetPrefix(target);
  for (const [name, encoded] of [
    ['CARGO_ENCODED_RUSTFLAGS', true],
    ['RUSTFLAGS', false],
    ['CARGO_BUILD_RUSTFLAGS', false],
  ] as const) {
    const v = env[name];
    if (v !== undefined) {
      vars.push(name);
      pushAll(flags, splitFlags(v, encoded));
    }
  }
  for (const name of Object.keys(env).sort()) {
    if (/^CARGO_TARGET_[A-Z0-9_]+_RUSTFLAGS$/.test(name)) {
      vars.push(name);
      if (name === `${prefix}RUSTFLAGS`) pushAll(flags, splitFlags(env[name]!, false));
    }
  }
  flags = normaliseFlags(flags);
  let sysroot: string | undefined;
  let linker: string | undefined = env[`${prefix}LINKER`] || undefined;
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const f of flags) {
    if (f.startsWith('--sysroot=')) sysroot = f.slice('--sysroot='.length);
    else if (f.startsWith('-C linker=')) linker = f.slice('-C linker='.length);
    else if (!seen.has(f)) {
      seen.add(f);
      kept.push(f);
    }
  }
  const out: { rustflags: string[]; sysroot?: string; linker?: string; vars: string[] } = { rustflags: kept, vars };
  if (sysroot !== undefined) out.sysroot = sysroot;
  if (linker !== undefined) out.linker = linker;
  return out;
}

export function generateCargoConfig(input: CargoConfigInput): CargoConfig {
  const env = input.env ?? {};
  const findings: Finding[] = [];
  let rustflags = normaliseFlags([...(input.rustflags ?? [])]);
  let linker = input.linker ?? null;
  let clearEnv: string[] = [];

  if (input.sdk) {
    const fromEnv = sdkFlagsFromEnv(env, input.target);
    const given = typeof input.sdk === 'object' ? input.sdk : {};
    const sysroot = given.sysroot ?? fromEnv.sysroot;
    // The SDK knows its own cross linker better than a guess from the triple.
    linker = given.linker ?? fromEnv.linker ?? linker ?? null;
    const own = new Set(rustflags);
    const moved = fromEnv.rustflags.filter((f) => !own.has(f));
    rustflags = [...(sysroot ? [`--sysroot=${sysroot}`] : []), ...moved, ...rustflags.filter((f) => !f.startsWith('--sysroot='))];
    clearEnv = fromEnv.vars;
    if (clearEnv.length > 0) {
      findings.push(
        rustFindings.make('sdk-env-moved', `SDK mode for ${input.target}: ${clearEnv.join(', ')} will be cleared; ${sysroot ? `sysroot ${sysroot}, ` : ''}${linker ? `linker ${linker}, ` : ''}${moved.length} other flag(s) moved into the config.`),
      );
    }
  } else if (input.warnEnvironment !== false && rustflags.length > 0) {
    pushAll(findings, rustflagsEnvironmentFindings(env, input.target));
  }

  const lines: string[] = [`# Generated by build-target-matrix for ${input.target}. Pass with: cargo --config <this file> …`];
  const buildStd = input.buildStd && input.buildStd.length > 0 ? [...input.buildStd] : null;
  if (input.custom || buildStd) {
    lines.push('', '[unstable]');
    if (input.custom) lines.push('json-target-spec = true');
    if (buildStd) {
      lines.push(`build-std = ${tomlArray(buildStd)}`);
      if (input.buildStdFeatures && input.buildStdFeatures.length > 0) lines.push(`build-std-features = ${tomlArray(input.buildStdFeatures)}`);
    }
  }
  const table: string[] = [];
  if (linker) table.push(`linker = ${tomlString(linker)}`);
  if (input.runner && input.runner.length > 0) table.push(`runner = ${tomlArray(input.runner)}`);
  if (rustflags.length > 0) table.push(`rustflags = ${tomlArray(toArgs(rustflags))}`);
  if (table.length > 0) lines.push('', `[target.${tomlKey(input.target)}]`, ...table);
  return { text: `${lines.join('\n')}\n`, clearEnv, rustflags: toArgs(rustflags), linker, findings };
}
