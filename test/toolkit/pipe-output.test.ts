/**
 * A runner reads a step's stdout through a pipe, and Node writes to pipes asynchronously: a process that
 * calls `process.exit()` right after writing loses what is still queued. Every bundle, the umbrella and the
 * CLI are run here with stdio 'pipe' and well over 1 MB of output, and the END of that output must arrive.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runAction, type RunResult } from '../harness/index.js';

const MB = 1024 * 1024;
const hasBundle = (name: string) => existsSync(path.join(ROOT, 'dist', name, 'index.js'));
const hasRustc = spawnSync('rustc', ['-V']).status === 0;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A push payload of a few MB (a long history pushed at once), printed whole under step debug logging. */
const bigEvent = {
  ref: 'refs/heads/main',
  commits: Array.from({ length: 3000 }, (_, i) => ({ id: i.toString(16).padStart(40, '0'), message: `commit ${i}\n\n${'body '.repeat(200)}` })),
};
const DEBUG = { RUNNER_DEBUG: '1' };

const lastLine = (stdout: string) => stdout.trimEnd().split('\n').pop() ?? '';

/** For each action, an input whose bad value is a user error read after the frame has logged the payload. */
const badInput: Record<string, [string, string]> = {
  'setup-overlay': ['fail-on', 'sometimes'],
  'sync-guru': ['issue', 'perhaps'],
  'build-target-matrix': ['runner', 'teleport'],
  'crate-license-audit': ['comment', 'sometimes'],
  'qemu-selfhost-verify': ['accel', 'warp'],
};

function expectInputErrorLast(r: RunResult, input: string): void {
  expect(r.stdout.length).toBeGreaterThan(2 * MB);
  expect(r.exitCode).toBe(1);
  expect(r.annotations.at(-1)).toMatchObject({ level: 'error', title: `Input error: ${input}` });
  expect(lastLine(r.stdout)).toMatch(new RegExp(`^::error title=Input error%3A ${input}::input '${input}': expected`));
}

describe('output survives a pipe: every action bundle', () => {
  for (const [action, [input, value]] of Object.entries(badInput)) {
    it.skipIf(!hasBundle(action))(`${action}: the closing error arrives after 2+ MB of log`, async () => {
      const r = await runAction(action, { [input]: value }, DEBUG, { event: bigEvent, eventName: 'push' });
      expectInputErrorLast(r, input);
    });
  }

  it.skipIf(!hasBundle('main') || !hasBundle('setup-overlay'))('the umbrella: the chosen action’s closing error arrives', async () => {
    const r = await runAction(path.join(ROOT, 'dist', 'main', 'index.js'), { command: 'setup-overlay', 'fail-on': 'sometimes' }, DEBUG, { event: bigEvent });
    expectInputErrorLast(r, 'fail-on');
  });
});

/** 320 built-in targets plus thousands of unknown ones and two broken specs: a large, failing, real plan. */
function bigPlanWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rda-pipe-'));
  dirs.push(ws);
  const builtins = spawnSync('rustc', ['--print', 'target-list'], { encoding: 'utf8' }).stdout.trim().split('\n');
  const unknown = Array.from({ length: 12000 }, (_, i) => `x86_64-unknown-linux-gnu${i}`);
  writeFileSync(path.join(ws, 'rust-toolchain.toml'), `[toolchain]\nchannel = "stable"\ntargets = ${JSON.stringify([...builtins, ...unknown])}\n`);
  writeFileSync(path.join(ws, 'bad-arch.json'), '{"llvm-target":"x","arch":"bogus"}\n');
  writeFileSync(path.join(ws, 'bad-json.json'), '{not json\n');
  for (let i = 0; i < BROKEN_SPECS; i++) writeFileSync(path.join(ws, `broken-${i}.json`), `{"llvm-target":"x${i}","arch":"bogus${i}"}\n`);
  return ws;
}
const bigPlanInputs = { 'targets-from': 'rust-toolchain.toml', targets: 'bad-arch.json\nbad-json.json', 'max-jobs': '256 batch', commands: 'build\ntest' };
/**
 * For the CLI, whose report is the summary: 1,200 more broken specs (schema-checked, no rustc call each), each its
 * own section of findings, pass the summary's 1 MiB (its table of targets is a row per plan they share).
 */
const BROKEN_SPECS = 1200;
const bigReportInputs = {
  ...bigPlanInputs,
  targets: ['bad-arch.json', 'bad-json.json', ...Array.from({ length: BROKEN_SPECS }, (_, i) => `broken-${i}.json`)].join('\n'),
  validate: 'schema',
};

describe.skipIf(!hasRustc || !hasBundle('build-target-matrix'))('output survives a pipe: a large real plan', () => {
  it('build-target-matrix: the resolved plan, the last annotation and the failure message all arrive', async () => {
    const ws = bigPlanWorkspace();
    const r = await runAction('build-target-matrix', bigPlanInputs, { ...DEBUG, RUSTFLAGS: undefined }, { workspace: ws, event: bigEvent, eventName: 'push' });
    expect(r.stdout.length).toBeGreaterThan(2 * MB);
    expect(r.exitCode).toBe(1);
    // The log group closes, the annotations (errors first) follow, the failure message comes last.
    expect(r.stdout).toContain('::endgroup::');
    expect(r.annotations.filter((a) => a.title === 'json-syntax')).toHaveLength(1);
    expect(r.annotations.at(-1)).toMatchObject({ level: 'error', message: expect.stringMatching(/^build-target-matrix: \d+ error\(s\)/) });
    expect(lastLine(r.stdout)).toMatch(/^::error::build-target-matrix: \d+ error\(s\), \d+ warning\(s\) \(fail-on: error\); see the annotations\.$/);
  });
});

describe.skipIf(!hasRustc || !hasBundle('cli') || !hasBundle('build-target-matrix'))('output survives a pipe: the CLI', () => {
  it('`cli run … --json | cat` delivers the whole JSON document and the exit status', async () => {
    const ws = bigPlanWorkspace();
    const withArgs = Object.entries(bigReportInputs).flatMap(([k, v]) => ['--with', `${k}=${v}`]);
    // A real shell pipe into cat; the arguments travel as "$@", never inside the script text.
    const child = spawn('sh', ['-c', 'node "$@" | cat', 'sh', path.join(ROOT, 'dist', 'cli', 'index.js'), 'run', 'build-target-matrix', ...withArgs, '--json'], {
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RUSTFLAGS: '' },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.resume();
    await new Promise((resolve) => child.on('close', resolve));
    expect(out.length).toBeGreaterThan(MB);
    const doc = JSON.parse(out) as { action: string; exitCode: number; annotations: { message: string }[]; summary: string };
    expect(doc.action).toBe('build-target-matrix');
    expect(doc.exitCode).toBe(1);
    expect(doc.annotations.at(-1)?.message).toMatch(/^build-target-matrix: \d+ error\(s\)/);
  });

  it('the CLI itself, piped, prints its whole readable report and exits 1 for a failed action', async () => {
    const ws = bigPlanWorkspace();
    const withArgs = Object.entries(bigReportInputs).flatMap(([k, v]) => ['--with', `${k}=${v}`]);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'run', 'build-target-matrix', ...withArgs], {
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RUSTFLAGS: '' },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    // (the summary is cut at the end of a line under 1 MiB of UTF-8: its last rows of findings are long)
    expect(Buffer.byteLength(out)).toBeGreaterThan(0.9 * MB);
    // The summary is printed last, and it ends with the note that it was capped at GitHub's 1 MiB.
    expect(lastLine(out)).toMatch(/^> \*\*Truncated\*\*: .* the full report is in the JSON report file\.$/);
  });
});
