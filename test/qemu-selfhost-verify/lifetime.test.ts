/**
 * Nothing is left running when a run is cut short from outside: QEMU leads a process group of its own, which
 * only the action knows, so the CLI's and the harness's stop must go through the action. A stand-in QEMU (a
 * shell script that prints one line and then stays quiet, like a guest waiting for something) makes the
 * case fast; its argv holds a unique tag, so the test can tell whether it is still alive.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runAction, ROOT } from '../harness/run-action.js';
import { processesWith } from '../vm/boot-helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lifetime-'));
  writeFileSync(join(dir, 'kernel'), 'not booted');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in QEMU of its own; the returned needle finds exactly it (`/bin/sh\0<path>`), not the CLI that names it. */
function standIn(): { qemu: string; needle: string } {
  const qemu = join(dir, `quiet-qemu-${randomBytes(6).toString('hex')}`);
  // Not `exec sleep`: the shell, whose argv holds the path, must stay the process we look for.
  writeFileSync(qemu, '#!/bin/sh\necho "guest booted, now waiting"\nsleep 600 & wait\n', { mode: 0o755 });
  return { qemu, needle: `\0${qemu}\0` };
}
const inputs = (qemu: string) => ({ qemu, kernel: join(dir, 'kernel'), append: 'console=ttyS0', timeout: '3600', 'silence-timeout': '3600' });

async function gone(t: string): Promise<number[]> {
  for (let i = 0; i < 100 && processesWith(t).length; i++) await new Promise((r) => setTimeout(r, 100));
  const left = processesWith(t);
  // Never leave our own stand-ins behind, whatever the assertion says.
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return left;
}

function parentOf(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

async function started(t: string): Promise<void> {
  for (let i = 0; i < 300 && !processesWith(t).length; i++) await new Promise((r) => setTimeout(r, 100));
  if (!processesWith(t).length) throw new Error('the stand-in QEMU never started');
}

describe('a run cut short leaves no QEMU behind', () => {
  it('the harness timeout (the CLI used to SIGKILL the action at 10 minutes): the action is asked to stop first', async () => {
    const { qemu, needle: t } = standIn();
    const r = await runAction('qemu-selfhost-verify', inputs(qemu), {}, { timeoutMs: 4_000 });
    expect(r.exitCode).toBe(124);
    expect(await gone(t)).toEqual([]);
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('%s to the CLI while the guest is quiet: passed on; the CLI, the action and QEMU all end', async (signal) => {
    const { qemu, needle: t } = standIn();
    const args = ['run', 'qemu-selfhost-verify', ...Object.entries(inputs(qemu)).flatMap(([k, v]) => ['--with', `${k}=${v}`])];
    const cli = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => cli.on('close', (code) => resolve(code)));
    await started(t);
    // The stand-in's parent is the action's node process.
    const action = parentOf(processesWith(t)[0]!);
    expect(readFileSync(`/proc/${action}/cmdline`, 'utf8')).toContain(join('dist', 'qemu-selfhost-verify', 'index.js'));
    cli.kill(signal);
    const code = await exited;
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(await gone(t)).toEqual([]);
    expect(existsSync(`/proc/${action}`)).toBe(false);
  }, 60_000);
});
