/**
 * Our workflow commands against the library the runner's own actions use: @actions/core 3 is the oracle, and
 * every message, property set and output below must come out byte for byte as it writes them.
 */
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../../shared/toolkit/workflow-commands.js';

function capture(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

// The last two are longer than a slice of write-text.ts (written in parts), with a surrogate pair across a cut.
const long = 'a'.repeat(16 * 1024 - 1) + '😀' + 'é'.repeat(20_000) + '\n' + 'z'.repeat(30_000);
const messages = ['plain', '', 'two\nlines\r\nand %25 percent', 'colon: comma, %0A', '::error::inside', 'ünïcödé ✓', long, `::x::${long}`];
const props: ours.AnnotationProperties[] = [
  {},
  { title: 'bad-name' },
  { title: 'a: b, c\n%', file: 'dir/x,y:z.ebuild', startLine: 3, startColumn: 7 },
  { file: 'f', startLine: 0, endLine: 4, endColumn: 2 },
  { title: '' },
];

describe('workflow commands as @actions/core writes them', () => {
  it('annotations: every message with every property set', () => {
    for (const kind of ['error', 'warning', 'notice'] as const) {
      for (const m of messages) {
        for (const p of props) expect(capture(() => ours[kind](m, p))).toBe(capture(() => core[kind](m, p)));
      }
      const err = new Error('boom\nsecond');
      expect(capture(() => ours[kind](err))).toBe(capture(() => core[kind](err)));
    }
  });

  it('log lines, debug, masks and groups', () => {
    for (const m of messages) {
      expect(capture(() => ours.info(m))).toBe(capture(() => core.info(m)));
      expect(capture(() => ours.debug(m))).toBe(capture(() => core.debug(m)));
      expect(capture(() => ours.setSecret(m))).toBe(capture(() => core.setSecret(m)));
      expect(capture(() => ours.startGroup(m))).toBe(capture(() => core.startGroup(m)));
    }
    expect(capture(() => ours.endGroup())).toBe(capture(() => core.endGroup()));
  });

  it('setFailed sets exit code 1 and writes the error', () => {
    const before = process.exitCode;
    try {
      process.exitCode = 0;
      const a = capture(() => ours.setFailed('it broke: badly'));
      expect(process.exitCode).toBe(1);
      process.exitCode = 0;
      expect(a).toBe(capture(() => core.setFailed('it broke: badly')));
    } finally {
      process.exitCode = before;
    }
  });

  it('isDebug follows RUNNER_DEBUG=1 only', () => {
    for (const v of [undefined, '0', '1', 'true']) {
      vi.stubEnv('RUNNER_DEBUG', v);
      expect(ours.isDebug()).toBe(core.isDebug());
    }
    vi.unstubAllEnvs();
  });

  describe('outputs', () => {
    let dir = '';
    afterEach(() => {
      vi.unstubAllEnvs();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    const values: unknown[] = ['one', '', 'multi\nline\nvalue\n', { json: [1, 2] }, 42, true, null, long, { long: [long, long] }];

    it('GITHUB_OUTPUT blocks (the random delimiter aside)', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'rda-wfc-'));
      const file = path.join(dir, 'output');
      vi.stubEnv('GITHUB_OUTPUT', file);
      const written = (set: (n: string, v: unknown) => void) => {
        writeFileSync(file, '');
        for (const [i, v] of values.entries()) set(`out-${i}`, v);
        return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
      };
      const theirs = written(core.setOutput);
      expect(theirs).toContain('out-2<<DELIM\nmulti\nline\nvalue\n\nDELIM\n');
      expect(written(ours.setOutput)).toBe(theirs);
    });

    it('without GITHUB_OUTPUT: the set-output command', () => {
      vi.stubEnv('GITHUB_OUTPUT', '');
      for (const [i, v] of values.entries()) expect(capture(() => ours.setOutput(`o${i}`, v))).toBe(capture(() => core.setOutput(`o${i}`, v)));
    });

    it('a GITHUB_OUTPUT that does not exist is an error, as in @actions/core', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'rda-wfc-'));
      vi.stubEnv('GITHUB_OUTPUT', path.join(dir, 'missing'));
      expect(() => core.setOutput('x', 'y')).toThrow(/Missing file at path/);
      expect(() => ours.setOutput('x', 'y')).toThrow(/Missing file at path/);
    });
  });

  it('group: start, the function, end — also when it throws', async () => {
    const run = async (g: typeof ours.group) => {
      let out = '';
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
      try {
        await g('name', async () => {
          process.stdout.write('inside\n');
          throw new Error('x');
        }).catch(() => undefined);
      } finally {
        spy.mockRestore();
      }
      return out;
    };
    expect(await run(ours.group)).toBe(await run(core.group));
    expect(await run(ours.group)).toBe('::group::name\ninside\n::endgroup::\n');
  });
});
