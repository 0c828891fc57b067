import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { runCommand, runChecked, CommandError } from '../../shared/toolkit/exec.js';

function alive(pattern: string): boolean {
  try {
    const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    return out.split('\n').some((l) => l.includes(pattern) && !l.includes('ps -eo'));
  } catch {
    return false;
  }
}

describe('runCommand', () => {
  it('passes arguments verbatim, never through a shell', async () => {
    const r = await runCommand('printf', ['%s|', '$(id -u)', 'a b', '; rm -rf /', '`true`']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('$(id -u)|a b|; rm -rf /|`true`|');
  });

  it('reports exit codes, stderr and stdin input', async () => {
    const r = await runCommand('sh', ['-c', 'cat; echo err >&2; exit 3'], { input: 'hello' });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('hello');
    expect(r.stderr.trim()).toBe('err');
    await expect(runChecked('sh', ['-c', 'exit 4'])).rejects.toBeInstanceOf(CommandError);
  });

  it('a missing program is a result, not a crash', async () => {
    const r = await runCommand('definitely-not-a-program-rda', []);
    expect(r.code).toBe(127);
    expect(r.stderr).toMatch(/ENOENT/);
  });

  it('a timeout kills the whole process group, and only it', async () => {
    const tag = `sleep 29.${process.pid}${Date.now() % 100000}`;
    // The child starts a grandchild (sleep) and waits; both must die.
    const r = await runCommand('sh', ['-c', `${tag} & wait`], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.code === null || r.code !== 0).toBe(true);
    await new Promise((res) => setTimeout(res, 200));
    expect(alive(tag)).toBe(false);
    // we are still alive and can run more
    expect((await runCommand('true', [])).code).toBe(0);
  });

  it('streams output as it arrives', async () => {
    const chunks: string[] = [];
    await runCommand('sh', ['-c', 'echo one; echo two'], { onStdout: (c) => chunks.push(c) });
    expect(chunks.join('')).toBe('one\ntwo\n');
  });
});
