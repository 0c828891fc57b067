/**
 * Faults are reported as what they are: a payload that is not JSON, a full disk, a RUNNER_TEMP that is not a
 * directory, a dangling link in config-root, a 100,000-deep spec, a stalled GitHub API, an output over
 * GitHub's 1 MB — each a clear error or warning that names what to fix, never "Internal error" with a stack.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, runAction, tempDir, FakeGitHub, type RunResult } from '../harness/index.js';
import { parseJsonWithPositions } from '../../shared/rust/json-positions.js';
import { createGitHub, upsertComment } from '../../shared/toolkit/github.js';
import { OUTPUT_LIMIT_BYTES, Outputs } from '../../shared/toolkit/report.js';
import { fsProblem } from '../../shared/toolkit/paths.js';

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

/** A user-facing failure: exit 1, an error annotation matching `re`, no stack trace, no "Internal error". */
function clearError(r: RunResult, re: RegExp): void {
  expect(r.exitCode, r.stdout.slice(-1500)).toBe(1);
  expect(r.stdout + r.stderr).not.toMatch(/Internal error|internal error|\n\s+at .*\.js:\d+/);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(expect.arrayContaining([expect.stringMatching(re)]));
}

const SYNC = path.join(ROOT, 'dist/sync-guru/index.js');
const BTM = path.join(ROOT, 'dist/build-target-matrix/index.js');
const SETUP = path.join(ROOT, 'dist/setup-overlay/index.js');

describe.skipIf(!existsSync(SYNC))('the runner environment is broken', () => {
  it('an event payload that is not JSON names GITHUB_EVENT_PATH', async () => {
    const dir = tempDir('rda-sec-event-');
    cleanup.push(dir);
    writeFileSync(path.join(dir, 'event.json'), 'this is not json {');
    clearError(await runAction('sync-guru', {}, { GITHUB_EVENT_PATH: path.join(dir, 'event.json') }), /^the event payload GITHUB_EVENT_PATH='.*event\.json' is not JSON/);
    writeFileSync(path.join(dir, 'array.json'), '[1, 2]');
    clearError(await runAction('sync-guru', {}, { GITHUB_EVENT_PATH: path.join(dir, 'array.json') }), /is an array, not a JSON object/);
  });

  it('a full disk (the output file is /dev/full) says the disk is full', async () => {
    clearError(await runAction('sync-guru', {}, { GITHUB_OUTPUT: '/dev/full' }), /\(ENOSPC\): the disk is full/);
  });

  it('a RUNNER_TEMP that is a file names the path', async () => {
    const dir = tempDir('rda-sec-temp-');
    cleanup.push(dir);
    writeFileSync(path.join(dir, 'temp'), 'a file, not a directory');
    clearError(await runAction('sync-guru', {}, { RUNNER_TEMP: path.join(dir, 'temp') }), /'.*temp.*' \((ENOTDIR|EEXIST)\): /);
  });
});

describe.skipIf(!existsSync(SETUP))('setup-overlay: a dangling symlink in config-root', () => {
  it('names the link', async () => {
    const ws = tempDir('rda-sec-dangling-');
    cleanup.push(ws);
    mkdirSync(path.join(ws, 'portage'));
    symlinkSync('/nonexistent/repos.conf', path.join(ws, 'portage', 'repos.conf'));
    const r = await runAction(
      'setup-overlay',
      { repositories: `- name: gentoo\n  path: ${path.join(ROOT, 'fixtures/setup-overlay/gentoo')}\n`, 'config-root': 'portage', 'repos-dir': 'repos', cache: 'false' },
      {},
      { workspace: ws },
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/Internal error|\n\s+at .*\.js:\d+/);
    expect(r.stdout).toMatch(/repos\.conf' is a symbolic link to something that does not exist/);
  });
});

describe('a 100,000-deep target spec', () => {
  const deep = `{"arch": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  it('is a JSON finding at the depth rustc stops, not a stack overflow', () => {
    const r = parseJsonWithPositions(deep);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'json-syntax', fatal: true, message: expect.stringMatching(/Nested more than 128 levels/) })]);
  });

  it.skipIf(!existsSync(BTM))('through build-target-matrix: a located error, no stack', async () => {
    const ws = tempDir('rda-sec-deep-');
    cleanup.push(ws);
    writeFileSync(path.join(ws, 'deep.json'), deep);
    const r = await runAction('build-target-matrix', { targets: 'deep.json' }, {}, { workspace: ws });
    expect(r.stdout + r.stderr).not.toMatch(/Internal error|Maximum call stack|\n\s+at .*\.js:\d+/);
    expect(r.annotations.find((a) => a.title === 'json-syntax')).toMatchObject({ file: 'deep.json', line: 1 });
  });
});

describe('the GitHub API stalls', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
    fake.addPullRequest(7);
  });
  afterEach(async () => fake.stop());

  it('each request is abandoned at the client timeout and the upsert fails as a warning', async () => {
    // Every listing stalls far longer than this test may run; only a client timeout ends it.
    fake.fail({ kind: 'slow', ms: 600_000 }, { method: 'GET', times: Infinity });
    const gh = await createGitHub({ token: 'ghs_x', apiUrl: fake.url, retryBaseMs: 1, retries: 1, timeoutMs: 200 });
    const r = await upsertComment(gh, { owner: 'example', repo: 'distro', issueNumber: 7 }, 'm', 'body');
    expect(r.status).toBe('failed');
    expect(fake.comments.get(7)).toEqual([]);
  }, 20_000);
});

describe('an output over 1 MB', () => {
  it('is left empty with a warning naming it (GitHub would drop it)', () => {
    const dir = fsTemp();
    const file = path.join(dir, 'out');
    writeFileSync(file, '');
    const old = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = file;
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
    try {
      const o = new Outputs({ criteria: {}, small: {} });
      o.put('criteria', 'x'.repeat(OUTPUT_LIMIT_BYTES + 1));
      o.put('small', 'fine');
    } finally {
      spy.mockRestore();
      process.env.GITHUB_OUTPUT = old;
    }
    expect(out).toMatch(/::warning::output 'criteria' would be 1000001 bytes, over GitHub's limit of 1 MB/);
    const written = readFileSync(file, 'utf8');
    expect(written.length).toBeLessThan(1000);
    expect(written).toContain('fine');
  });

  it('counts bytes, not characters: 400,000 three-byte characters are over, 333,333 are not', () => {
    const dir = fsTemp();
    const file = path.join(dir, 'out');
    writeFileSync(file, '');
    const old = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = file;
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
    try {
      const o = new Outputs({ over: {}, under: {} });
      o.put('over', '€'.repeat(400_000));
      o.put('under', '€'.repeat(333_333));
    } finally {
      spy.mockRestore();
      process.env.GITHUB_OUTPUT = old;
    }
    expect(out).toMatch(/output 'over' would be 1200000 bytes/);
    expect(out).not.toMatch(/output 'under'/);
    expect(readFileSync(file, 'utf8')).toContain('€'.repeat(333_333));
  });
});

describe('fsProblem', () => {
  it('names the path and the fix for the errors a runner can have', () => {
    const e = Object.assign(new Error('x'), { code: 'EROFS', path: '/runner/_temp/a', syscall: 'open' });
    expect(fsProblem(e)).toBe("cannot open '/runner/_temp/a' (EROFS): the file system is read-only: point RUNNER_TEMP and the output paths at a writable directory.");
    expect(fsProblem(new Error('plain'))).toBeUndefined();
  });
});

function fsTemp(): string {
  const d = path.join(os.tmpdir(), `rda-sec-out-${process.pid}-${Math.random().toString(16).slice(2)}`);
  mkdirSync(d);
  cleanup.push(d);
  return d;
}
