import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCommand, runChecked, CommandError } from '../../shared/toolkit/exec.js';
import { childSecretAction } from '../../shared/toolkit/environ.js';

function alive(pattern: string): boolean {
  try {
    const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    return out.split('\n').some((l) => l.includes(pattern) && !l.includes('ps -eo'));
  } catch {
    return false;
  }
}

describe('runCommand', () => {
  it('a child never inherits inputs, tokens or the runner command files; what options.env names it gets', async () => {
    const set = { GITHUB_TOKEN: 'ghs_x1', 'INPUT_GITHUB-TOKEN': 'ghs_x2', ACTIONS_RUNTIME_TOKEN: 'rt_x3', GITHUB_OUTPUT: '/tmp/out', RDA_PLAIN_VAR: 'plain' };
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, process.env[k]]));
    Object.assign(process.env, set);
    try {
      const r = await runCommand('env', [], { env: { GIT_TERMINAL_PROMPT: '0', GITHUB_OUTPUT: '/tmp/given' } });
      const seen = Object.fromEntries(r.stdout.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      expect(seen).toMatchObject({ RDA_PLAIN_VAR: 'plain', GIT_TERMINAL_PROMPT: '0', GITHUB_OUTPUT: '/tmp/given' });
      for (const k of ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN']) expect(seen[k], k).toBeUndefined();
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

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

  it('without input the child reads end-of-file at once, from /dev/null', async () => {
    // (a timeout: a stdin left open would block `cat` until the test's own limit)
    const r = await runCommand('sh', ['-c', 'readlink /proc/self/fd/0; cat; echo "eof $?"'], { timeoutMs: 5000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('/dev/null\neof 0\n');
    // an empty input is still a pipe (node makes a socket pair), closed after nothing
    const e = await runCommand('sh', ['-c', 'readlink /proc/self/fd/0; cat; echo "eof $?"'], { input: '', timeoutMs: 5000 });
    expect(e.stdout).toMatch(/^(?:pipe|socket):\[\d+\]\neof 0\n$/);
  });

  it('no file descriptor left for the pipes: a result (127), not an unhandled error that ends the process', () => {
    const child = fileURLToPath(new URL('./exec-emfile-child.ts', import.meta.url));
    // a low limit, so taking every descriptor is quick whatever the machine's own limit
    const run = (what: string) => spawnSync('sh', ['-c', 'ulimit -n 256 && exec "$0" --import tsx "$1" 0 "$2"', process.execPath, child, what], { encoding: 'utf8', timeout: 60_000 });
    const r = run('exec');
    expect(r.stdout.trim()).toBe(JSON.stringify({ code: 127, stderr: 'spawn true EMFILE' }));
    expect(r.status).toBe(0);
    // the same for the VM host's own spawn (QEMU)
    const vm = run('vm');
    expect(JSON.parse(vm.stdout.trim())).toMatchObject({ code: null, error: 'spawn true EMFILE' });
    expect(vm.status).toBe(0);
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

describe('childSecretAction: what leaves the environment before a child starts', () => {
  it('credentials are removed, inputs and command files hidden, what the action still reads kept hidden', () => {
    const pick = childSecretAction(['ghs_secret'], (n) => n === 'ACTIONS_RUNTIME_TOKEN');
    expect(pick('GITHUB_TOKEN', 'ghs_a')).toBe('remove');
    expect(pick('INPUT_GITHUB-TOKEN', 'ghs_secret')).toBe('remove');
    expect(pick('INPUT_TOKEN', 'ghs_b')).toBe('remove');
    expect(pick('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'o')).toBe('remove');
    expect(pick('ACTIONS_RUNTIME_TOKEN', 'rt')).toBe('hide');
    expect(pick('INPUT_REPOSITORIES', '- name: x')).toBe('hide');
    expect(pick('GITHUB_OUTPUT', '/tmp/o')).toBe('hide');
    // a workflow variable that holds a secret input's value is that secret
    expect(pick('MY_PAT', 'ghs_secret')).toBe('remove');
    expect(pick('PATH', '/usr/bin')).toBeUndefined();
    expect(pick('EMPTY', '')).toBeUndefined();
    expect(childSecretAction([])('ACTIONS_RUNTIME_TOKEN', 'rt')).toBe('remove');
  });
});
