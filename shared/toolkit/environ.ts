/**
 * Take variables out of this process's environment for good. Deleting from `process.env` is not enough: the
 * kernel shows the environment the process was started with (`/proc/<pid>/environ`, the strings at the top
 * of its stack) to every process of the same user, so a child could read the token the runner gave this
 * action from `/proc/$PPID/environ`. On Linux the bytes of that block are overwritten through
 * `/proc/self/mem`; `process.env` keeps what this process itself still needs (`hide`) or loses it (`remove`).
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { isChildSecret, isTokenVariable } from '../child-env.js';

export type EnvironmentAction = 'remove' | 'hide';

export interface HideResult {
  /** Whether /proc/self/environ no longer shows any of the selected variables. */
  ok: boolean;
  /** Why not, when not. */
  reason?: string;
  /** Names taken out of process.env. */
  removed: string[];
  /** Names still in process.env but no longer in /proc/self/environ. */
  hidden: string[];
}

/** The start and end address of the initial environment block (proc(5): fields 50 and 51 of /proc/self/stat). */
function environBlock(): { start: number; end: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
  const start = Number(fields[50 - 3]);
  const end = Number(fields[51 - 3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start || end - start > 64 * 1024 * 1024) {
    throw new Error('/proc/self/stat has no usable env_start/env_end');
  }
  return { start, end };
}

/**
 * Each `NAME=value` entry of an environment block (entries end at a NUL byte), as `visit(name, start, end)`; a
 * run of NUL bytes (what an earlier call cleared) is stepped over, and only names are decoded, not the block.
 */
function forEachEntry(block: Buffer, visit: (name: string, start: number, end: number) => void): void {
  let at = 0;
  while (at < block.length) {
    if (block[at] === 0) {
      at++;
      continue;
    }
    let stop = block.indexOf(0, at);
    if (stop < 0) stop = block.length;
    const eq = block.indexOf(0x3d, at);
    if (eq > at && eq < stop) visit(block.toString('utf8', at, eq), at, stop);
    at = stop + 1;
  }
}

/**
 * Hide or remove every variable `select` names. On Linux the initial environment block is overwritten with
 * NUL bytes at each selected `NAME=value`; elsewhere (or when /proc is not available) only `process.env`
 * changes and `ok` is false.
 */
export function hideEnvironment(select: (name: string, value: string) => EnvironmentAction | undefined): HideResult {
  const removed: string[] = [];
  const hidden: string[] = [];
  const keep = new Map<string, string>();
  const selected = new Set<string>();
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    const action = select(name, value);
    if (!action) continue;
    selected.add(name);
    if (action === 'hide') keep.set(name, value);
  }
  // unsetenv first: the live environ array then no longer points into the block we are about to clear.
  for (const name of selected) delete process.env[name];
  const restore = () => {
    for (const [name, value] of keep) {
      process.env[name] = value;
      hidden.push(name);
    }
    for (const name of selected) if (!keep.has(name)) removed.push(name);
  };
  if (selected.size === 0) {
    restore();
    return { ok: true, removed, hidden };
  }
  if (process.platform !== 'linux') {
    restore();
    return { ok: false, reason: `${process.platform} has no /proc/self/mem to clear the environment the process was started with`, removed, hidden };
  }
  try {
    const { start, end } = environBlock();
    const fd = openSync('/proc/self/mem', 'r+');
    let left: string[];
    try {
      const block = Buffer.alloc(end - start);
      readSync(fd, block, 0, block.length, start);
      // The span cleared, written back at once (each write through /proc/self/mem is a trip through the kernel).
      let first = block.length;
      let last = 0;
      forEachEntry(block, (name, at, stop) => {
        if (!selected.has(name)) return;
        block.fill(0, at, stop);
        first = Math.min(first, at);
        last = stop;
      });
      if (last > first) writeSync(fd, block, first, last - first, start + first);
      // What a child reading /proc/<pid>/environ gets is these bytes (env_start..env_end of this process's
      // memory): read back from the kernel, they must name none of the selected variables.
      const after = Buffer.alloc(end - start);
      readSync(fd, after, 0, after.length, start);
      left = [];
      forEachEntry(after, (name) => {
        if (selected.has(name)) left.push(name);
      });
    } finally {
      closeSync(fd);
    }
    restore();
    return left.length ? { ok: false, reason: `/proc/self/environ still shows ${left.join(', ')}`, removed, hidden } : { ok: true, removed, hidden };
  } catch (e) {
    restore();
    return { ok: false, reason: `cannot clear the environment the process was started with: ${(e as Error).message}`, removed, hidden };
  }
}

/**
 * What every action that starts a process calls once its inputs are read and before the first child starts:
 * each variable a child has no business with (`isChildSecret`: inputs, tokens, the runner's command files)
 * leaves the environment this process was started with. A credential (`isTokenVariable`, or any variable
 * whose value is one of `secrets`, the secret inputs' values) leaves `process.env` too, unless `keep` names it
 * because this process still reads it there (ACTIONS_RUNTIME_TOKEN for the cache client); everything else
 * stays in `process.env` for the toolkit, and `runCommand` does not pass it on.
 */
export function hideFromChildren(secrets: readonly string[], keep: (name: string) => boolean = () => false): HideResult {
  return hideEnvironment(childSecretAction(secrets, keep));
}

/** The choice `hideFromChildren` makes for one variable (undefined: a child may see it). */
export function childSecretAction(secrets: readonly string[], keep: (name: string) => boolean = () => false) {
  return (name: string, value: string): EnvironmentAction | undefined => {
    const secret = value !== '' && secrets.includes(value);
    if (!secret && !isChildSecret(name)) return undefined;
    if (keep(name)) return 'hide';
    return secret || isTokenVariable(name) ? 'remove' : 'hide';
  };
}
