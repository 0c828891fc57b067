import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../shared/io.js';
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

  it('a payload that is not a JSON object is a configuration error naming GITHUB_EVENT_PATH', () => {
    expect(() => readEvent({ GITHUB_EVENT_PATH: file('bad.json', '{"ref": ') })).toThrow(ConfigurationError);
    expect(() => readEvent({ GITHUB_EVENT_PATH: file('list.json', '[1]') })).toThrow(/GITHUB_EVENT_PATH=.*not a JSON object/);
  });
});

describe('a malformed event payload in a real bundle', () => {
  // With @actions/github's context the payload was parsed while the bundle was imported: a malformed one was
  // an uncaught SyntaxError with a stack trace before the action could say anything.
  it.skipIf(!existsSync(path.join(ROOT, 'dist', 'build-target-matrix', 'index.js')))('is one configuration error naming the file, not a stack trace', async () => {
    const r = await runAction('build-target-matrix', { runner: 'teleport' }, {}, { event: file('broken.json', '{"pull_request": {') });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.title])).toEqual([['error', 'Configuration error']]);
    expect(r.annotations[0]!.message).toMatch(/GITHUB_EVENT_PATH='.*broken\.json' is not JSON/);
    expect(r.stdout + r.stderr).not.toMatch(/SyntaxError|at JSON\.parse/);
  });
});
