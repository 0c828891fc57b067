import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readEvent } from '../../shared/toolkit/event.js';
import { ROOT, runAction } from '../harness/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rda-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('readEvent (the payload and name as the runner gives them)', () => {
  it('reads GITHUB_EVENT_PATH and GITHUB_EVENT_NAME', () => {
    const p = file('pr.json', JSON.stringify({ pull_request: { number: 7 } }));
    expect(readEvent({ GITHUB_EVENT_PATH: p, GITHUB_EVENT_NAME: 'pull_request' })).toEqual({ event: { pull_request: { number: 7 } }, eventName: 'pull_request' });
  });

  it('no payload: an empty event; a missing file is said on stdout, as @actions/github does', () => {
    expect(readEvent({})).toEqual({ event: {}, eventName: '' });
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(readEvent({ GITHUB_EVENT_PATH: path.join(dir, 'nope.json') }).event).toEqual({});
      expect(String(spy.mock.calls[0]?.[0])).toBe(`GITHUB_EVENT_PATH ${path.join(dir, 'nope.json')} does not exist\n`);
    } finally {
      spy.mockRestore();
    }
  });

  it('a payload that is not a JSON object throws (the frame turns it into a warning)', () => {
    expect(() => readEvent({ GITHUB_EVENT_PATH: file('bad.json', '{"ref": ') })).toThrow();
    expect(() => readEvent({ GITHUB_EVENT_PATH: file('list.json', '[1]') })).toThrow(/not a JSON object/);
  });
});

describe('a malformed event payload in a real bundle', () => {
  // With @actions/github's context the payload was parsed while the bundle was imported: a malformed one was
  // an uncaught SyntaxError with a stack trace before any input was read.
  it.skipIf(!existsSync(path.join(ROOT, 'dist', 'build-target-matrix', 'index.js')))('is a warning, and the run goes on to judge its inputs', async () => {
    const r = await runAction('build-target-matrix', { runner: 'teleport' }, {}, { event: file('broken.json', '{"pull_request": {') });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.title ?? a.message])).toEqual([
      ['warning', 'could not read the event payload (GITHUB_EVENT_PATH)'],
      ['error', 'Input error: runner'],
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/SyntaxError|at JSON\.parse/);
  });
});
