/** The one typed reader of build-target-matrix's inputs (names exactly as in action.yml). */
import path from 'node:path';
import { InputError, type Inputs } from '../../shared/toolkit/inputs.js';
import type { MatrixPlanRequest, ValidateLevel } from '../../shared/rust/matrix-plan.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The plan as the user asked for it: shared/rust's request minus what the action decides per run. */
export type BuildTargetMatrixInputs = Omit<MatrixPlanRequest, 'workspace' | 'env' | 'rustc' | 'tempDir'> & {
  failOn: FailOn;
  /** No targets given anywhere: the embedded demo. */
  embedded: boolean;
  /** Environment overlaid for planning (the demo's simulated SDK). */
  demoEnv: Record<string, string>;
};

/** The demo's SDK environment, as a Yocto `environment-setup-*` script would export it. */
export const DEMO_SDK_ENV: Record<string, string> = {
  RUSTFLAGS: '--sysroot=/opt/poky/5.0/sysroots/cortexa57-poky-linux -C link-arg=-Wl,-O1',
  CARGO_TARGET_AARCH64_POKY_LINUX_LINKER: 'aarch64-poky-linux-gcc',
  CARGO_TARGET_AARCH64_POKY_LINUX_RUSTFLAGS: '-C target-cpu=cortex-a57',
};

export function embeddedSources(root: string): { targets: string; targetsFrom: string[]; targetPath: string[] } {
  const fx = (p: string) => path.join(root, 'fixtures', 'build-target-matrix', p);
  return {
    targets: 'fixtures/build-target-matrix/specs/x86_64-regicide-old.json',
    targetsFrom: [fx('regicide-firmware-1.0.ebuild')],
    targetPath: [fx('sdk-target-path')],
  };
}

export function readInputs(inputs: Inputs, where: { workspace: string; root: string }): BuildTargetMatrixInputs {
  const targets = inputs.string('targets');
  const targetsFrom = inputs.list('targets-from').map((p) => resolveWorkspacePath('targets-from', p, where.workspace));
  const targetPath = inputs.list('target-path').map((p) => {
    if (p.split(/[\\/]/).includes('..')) throw new InputError('target-path', "directories without '..'", p);
    // SDKs install outside the workspace (/opt/...): absolute directories are allowed here.
    return path.resolve(where.workspace, p);
  });
  const toolchain = inputs.optional('toolchain');
  if (toolchain !== undefined && !/^[A-Za-z0-9_.+-]+$/.test(toolchain)) {
    throw new InputError('toolchain', 'a rustup toolchain name such as stable, nightly-2026-04-01 or 1.95.0', toolchain);
  }
  const commands = inputs
    .string('commands')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (commands.length === 0) throw new InputError('commands', 'at least one cargo command, e.g. build', '');
  for (const c of commands) {
    if (c.startsWith('cargo ') || c.startsWith('-')) throw new InputError('commands', "cargo subcommands without 'cargo', e.g. 'build --release'", c);
  }
  const runner = inputs.choice('runner', ['auto', 'qemu-user', 'qemu-system', 'none'] as const);
  const allowBootstrap = inputs.boolean('allow-bootstrap');
  const mj = /^(\d+)(\s+batch)?$/.exec(inputs.string('max-jobs'));
  if (!mj || Number(mj[1]) < 1) throw new InputError('max-jobs', "a positive integer, optionally followed by 'batch' (e.g. '256' or '64 batch')", inputs.string('max-jobs'));
  // A path in the workspace must not lead out of it through a committed symlink.
  const configDir = inputs.path('config-dir', { base: where.workspace, stayInside: where.workspace })!;
  const v = inputs.optional('validate');
  if (v !== undefined && !['schema', 'rustc', 'codegen'].includes(v)) throw new InputError('validate', "one of 'schema', 'rustc', 'codegen'", v);
  const failOn = inputs.choice('fail-on', ['error', 'warning', 'never'] as const);

  const embedded = targets === '' && targetsFrom.length === 0 && targetPath.length === 0;
  const out: BuildTargetMatrixInputs = {
    targets,
    targetsFrom,
    targetPath,
    commands,
    runner,
    allowBootstrap,
    maxJobs: Number(mj[1]),
    batch: mj[2] !== undefined,
    configDir,
    failOn: embedded ? 'never' : failOn,
    embedded,
    demoEnv: {},
    base: where.workspace,
  };
  if (toolchain !== undefined) out.toolchain = toolchain;
  if (v !== undefined) out.validate = v as ValidateLevel;
  if (embedded) {
    const e = embeddedSources(where.root);
    out.targets = e.targets;
    out.targetsFrom = e.targetsFrom;
    out.targetPath = e.targetPath;
    out.demoEnv = { ...DEMO_SDK_ENV };
    out.base = where.root;
  }
  return out;
}

function resolveWorkspacePath(input: string, p: string, workspace: string): string {
  if (path.isAbsolute(p) || p.split(/[\\/]/).includes('..')) {
    throw new InputError(input, 'paths relative to the workspace, without ..', p);
  }
  return path.resolve(workspace, p);
}

/** The domain's request for this run: the inputs, where the job runs, and the demo's SDK environment overlaid. */
export function planRequest(inputs: BuildTargetMatrixInputs, run: { workspace: string; env: Record<string, string | undefined>; rustc: string; tempDir: string }): MatrixPlanRequest {
  const { failOn: _failOn, embedded: _embedded, demoEnv, ...asked } = inputs;
  return { ...asked, workspace: run.workspace, env: { ...run.env, ...demoEnv }, rustc: run.rustc, tempDir: run.tempDir };
}
