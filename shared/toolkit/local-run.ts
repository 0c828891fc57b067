/**
 * Run an action bundle exactly as the Actions runner does: a child `node` process with INPUT_ variables
 * (the runner's name mangling: spaces -> '_', upper case, hyphens KEPT), fresh GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY files, an event payload, RUNNER_TEMP and GITHUB_WORKSPACE.
 * Used by the CLI and by the tests (one spawning code path).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  message: string;
  title?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunResult {
  action: string;
  exitCode: number;
  outputs: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  env: Record<string, string>;
  path: string[];
  /** Values the action asked to mask. */
  masks: string[];
  /** The temp directory (kept when `keep` was asked). */
  tempDir: string;
  timedOut: boolean;
  /** The signal passed on to the child (forwardSignals), if one came. */
  interrupted?: NodeJS.Signals;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment for the child (e.g. GITHUB_API_URL of a fake API). */
  env?: Record<string, string | undefined>;
  /** Event payload: a file path, or an object written to a temp file. */
  event?: string | Record<string, unknown>;
  eventName?: string;
  workspace?: string;
  /** Stop the child after this long (SIGTERM, SIGKILL 5 s later). Default 10 minutes; 0: no limit. */
  timeoutMs?: number;
  /** SIGINT/SIGTERM/SIGHUP to this process while the child runs are passed on to it (the CLI). */
  forwardSignals?: boolean;
  /** Keep the temp directory (RUNNER_TEMP, command files) after the run. */
  keep?: boolean;
  /** Live stdout (e.g. to echo the log). */
  onStdout?: (chunk: string) => void;
  /** Use a given temp directory instead of a fresh one. */
  tempDir?: string;
}

/** The repository root: the nearest ancestor with package.json named rust-distro-actions. */
export function findRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'rust-distro-actions') return dir;
      } catch {
        // keep looking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the rust-distro-actions root above ${start}`);
    dir = up;
  }
}

export function bundlePath(action: string, root = findRoot()): string {
  if (!/^[a-z0-9-]+$/.test(action)) throw new Error(`unknown action '${action}'`);
  return path.join(root, 'dist', action, 'index.js');
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parse a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated '${name}<<${delim}' block`);
      out[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** Workflow commands (`::name key=value,…::message`) from the step's stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  // `::stop-commands::TOKEN` turns command processing off until a line `::TOKEN::` (as the runner does).
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stopToken = m[3] ?? '';
      continue;
    }
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) properties[kv.slice(0, eq).trim()] = unescapeProperty(kv.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

export function annotationsFrom(commands: readonly WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    const a: Annotation = { level: c.command, message: c.message };
    if (c.properties.file) a.file = c.properties.file;
    if (c.properties.line) a.line = Number(c.properties.line);
    if (c.properties.title) a.title = c.properties.title;
    out.push(a);
  }
  return out;
}

const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;

export async function runBundle(bundle: string, options: RunOptions = {}): Promise<RunResult> {
  const action = path.basename(path.dirname(bundle));
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: run 'npm run build' first`);
  const temp = options.tempDir ?? mkdtempSync(path.join(os.tmpdir(), `rda-${action}-`));
  const files: Record<string, string> = {};
  const cmdDir = path.join(temp, '_runner_file_commands');
  mkdirSync(cmdDir, { recursive: true });
  for (const f of RUNNER_FILES) {
    files[f] = path.join(cmdDir, f.toLowerCase());
    writeFileSync(files[f], '');
  }
  const runnerTemp = path.join(temp, '_temp');
  mkdirSync(runnerTemp, { recursive: true });
  const workspace = options.workspace ?? path.join(temp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  let eventPath: string;
  if (typeof options.event === 'string') eventPath = path.resolve(options.event);
  else {
    eventPath = path.join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  }

  // Start from the parent's environment without anything the runner itself would set.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('RUNNER_') || k.startsWith('STATE_')) continue;
    env[k] = v;
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'example/distro',
    GITHUB_REPOSITORY_OWNER: 'example',
    // A real-looking commit id (git's own first commit); an all-zero one is what a test forbids anywhere.
    GITHUB_SHA: 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/unreachable',
    GITHUB_ACTION: action,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...files,
  });
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;

  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  // A spawn that fails before its pipes exist (EMFILE) has none: it reports only through 'error'.
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (c: string) => {
    stdout += c;
    options.onStdout?.(c);
  });
  child.stderr?.on('data', (c: string) => {
    stderr += c;
  });
  // The child leads its own process group; anything it started detached (QEMU) leads another one, which only
  // the child knows: so it is asked first (SIGTERM, which it handles by stopping those), and killed only after
  // a grace.
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // gone
    }
  };
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const stop = (signal: NodeJS.Signals): void => {
    signalGroup(signal);
    killTimer ??= setTimeout(() => signalGroup('SIGKILL'), 5_000);
  };
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          stop('SIGTERM');
        }, timeoutMs)
      : undefined;
  let interrupted: NodeJS.Signals | undefined;
  const forwarded = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((sig) => {
    const handler = (): void => {
      interrupted ??= sig;
      stop(sig);
    };
    if (options.forwardSignals) process.on(sig, handler);
    return [sig, handler] as const;
  });
  const exitCode: number = await new Promise((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearTimeout(timer);
  clearTimeout(killTimer);
  for (const [sig, handler] of forwarded) process.removeListener(sig, handler);

  const commands = parseWorkflowCommands(stdout);
  const result: RunResult = {
    action,
    exitCode: timedOut ? 124 : exitCode,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
    annotations: annotationsFrom(commands),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
    stdout,
    stderr,
    commands,
    env: parseCommandFile(readFileSync(files.GITHUB_ENV!, 'utf8')),
    path: readFileSync(files.GITHUB_PATH!, 'utf8').split('\n').filter(Boolean),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    tempDir: temp,
    timedOut,
    ...(interrupted && { interrupted }),
  };
  if (!options.keep && !options.tempDir) rmSync(temp, { recursive: true, force: true });
  return result;
}
