/**
 * rustc before anything else. The one rustc call is most of this action's wall time and needs only the
 * toolchain, the workspace and the temp directory, so the bundle's entry starts it from the environment as
 * the runner gave it, before the toolkit, the inputs' parser and the planner are even loaded (they load while
 * rustc prints). main.ts then reads the inputs as always and adopts this call only when the request it builds
 * from them asks rustc exactly the same (`sameStart`); otherwise, or when the action stops before that, the
 * call is killed. Nothing here throws: a start that cannot be made here is made later, as before.
 *
 * What this module loads is the bundle's first chunk: node builtins, the environment hider and the process
 * runner, and the small start step (no YAML, no TOML unless the repository has rust-toolchain.toml).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hideFromChildren } from '../../shared/toolkit/environ.js';
import { runCommand } from '../../shared/toolkit/exec.js';
import { sameStart, startMatrix, type MatrixStart, type MatrixStartRequest } from '../../shared/rust/matrix-start.js';
import { directRustc } from '../../shared/rust/rustup-direct.js';
import { readFileBlocks } from '../../shared/toolkit/read-blocks.js';

export interface EarlyStart {
  request: MatrixStartRequest;
  started: Promise<MatrixStart>;
}

/** What an early start left to do: adopt it for the real request, or kill it. */
export interface EarlyHandle {
  /** The started step when it answers for `request`; otherwise the early call is killed and undefined returned. */
  adopt(request: MatrixStartRequest): Promise<MatrixStart | undefined>;
  /** Kill the early call unless it was adopted (idempotent). */
  cancel(): void;
  /**
   * Settles once rustc has been spawned, or the early start gave up (never rejects): code loaded before it
   * delays the spawn, since loading a chunk of the bundle compiles it on this thread.
   */
  spawned: Promise<void>;
}

/** A toolchain name as the `toolchain` input accepts it (inputs.ts says the same). */
const TOOLCHAIN = /^[A-Za-z0-9_.+-]+$/;

/**
 * The start request the inputs will most likely give, from the raw environment: the `toolchain` input (empty:
 * rust-toolchain.toml, else stable; its action.yml default is empty), GITHUB_WORKSPACE, RUNNER_TEMP and the
 * RDA_RUSTC test knob, resolved exactly as the toolkit and main.ts resolve them. Undefined when the input
 * would be rejected.
 */
export function earlyRequest(env: NodeJS.ProcessEnv, cwd = process.cwd()): MatrixStartRequest | undefined {
  const toolchain = (env['INPUT_TOOLCHAIN'] ?? '').trim();
  if (toolchain !== '' && !TOOLCHAIN.test(toolchain)) return undefined;
  const runnerTemp = env.RUNNER_TEMP ?? `${env.TMPDIR ?? '/tmp'}/runner-temp`;
  return {
    ...(toolchain !== '' ? { toolchain } : {}),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    rustc: env.RDA_RUSTC || 'rustc',
    tempDir: path.join(runnerTemp, 'build-target-matrix'),
  };
}

/**
 * Start rustc now. Before it: the environment this process was started with loses the inputs, tokens and the
 * runner's command files (hidden, not removed: the toolkit still reads the inputs from process.env, and
 * main.ts makes its own call that removes the tokens), as before every child of this action.
 */
export function startEarly(env: NodeJS.ProcessEnv = process.env): EarlyHandle {
  const none: EarlyHandle = { adopt: async () => undefined, cancel: () => undefined, spawned: Promise.resolve() };
  let early: EarlyStart;
  const abort = new AbortController();
  try {
    const request = earlyRequest(env);
    if (!request) return none;
    if (!hideFromChildren([], () => true).ok) return none;
    mkdirSync(request.tempDir, { recursive: true });
    const started = startMatrix(request, {
      exec: (file, args, options) => runCommand(file, args, { ...options, signal: abort.signal }),
      // Synchronous reads: rust-toolchain.toml before rustc starts (no thread-pool round trip on the way to the
      // spawn), then the sysroot's manifest and listing as soon as rustc names it; nothing else runs meanwhile.
      readText: async (p) => {
        try {
          return readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      },
      listDir: async (p) => {
        try {
          return readdirSync(p);
        } catch {
          return undefined;
        }
      },
      readBlocks: readFileBlocks,
      directRustc: (rustc, toolchain) => directRustc(rustc, toolchain, env),
    });
    started.catch(() => undefined);
    early = { request, started };
  } catch {
    return none;
  }
  let settled = false;
  const cancel = () => {
    if (settled) return;
    settled = true;
    abort.abort();
  };
  // An action that stops before adopting it (a rejected input, a broken event payload) leaves no rustc behind.
  process.once('exit', cancel);
  return {
    adopt: async (request) => {
      if (settled) return undefined;
      if (!sameStart(early.request, request)) {
        cancel();
        return undefined;
      }
      settled = true;
      process.removeListener('exit', cancel);
      return early.started;
    },
    cancel,
    // startMatrix settles right after it has called runCommand, which spawns rustc synchronously
    spawned: early.started.then(
      () => undefined,
      () => undefined,
    ),
  };
}
