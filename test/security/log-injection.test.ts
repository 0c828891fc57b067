/**
 * Text from outside is data in the log: a `\r` or a line that starts with `::` must never become a workflow
 * command (an annotation, a mask, an output). Checked with the runner's own line rules (test/security/runner-log.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log, plainText } from '../../shared/toolkit/report.js';
import { ROOT, runAction, tempDir } from '../harness/index.js';
import { startHostileServer, type HostileServer } from './hostile-server.js';
import { runnerCommands } from './runner-log.js';

const HOSTILE = 'x\r::warning title=PWNCMD::forged by the remote\r::add-mask::abc\n::set-output name=pwn::1\n  ::error::indented\n';

function capture(fn: () => void | Promise<void>): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return Promise.resolve(fn()).then(
    () => (spy.mockRestore(), out),
    (e: unknown) => {
      spy.mockRestore();
      throw e;
    },
  );
}

describe('log lines carry no workflow commands from data', () => {
  it('info, warning, error and debug: a carriage return or a line starting with :: is never a command', async () => {
    const out = await capture(() => {
      log.info(`attempt 1 failed: ${HOSTILE}`);
      log.warning(HOSTILE);
      log.error(HOSTILE);
      log.debug(HOSTILE);
      log.startGroup(HOSTILE);
      log.endGroup();
    });
    const commands = runnerCommands(out);
    expect(commands.filter((c) => !['warning', 'error', 'debug', 'group', 'endgroup'].includes(c.command))).toEqual([]);
    expect(commands.some((c) => /PWNCMD/.test(c.properties))).toBe(false);
    // exactly the three we asked for, the data inside them
    expect(commands.filter((c) => c.command === 'warning' || c.command === 'error')).toHaveLength(2);
    // the text is still shown, without the carriage returns
    expect(out).toContain('x::warning title=PWNCMD::forged by the remote::add-mask::abc');
  });

  it('verbatim shows raw text with commands off, and turns them on again', async () => {
    const out = await capture(() => log.verbatim(async () => log.info(`::add-mask::guest\n::warning::guest`)).then(() => log.warning('after')));
    expect(runnerCommands(out)).toEqual([{ command: 'warning', properties: '', message: 'after' }]);
    expect(out).toContain('::add-mask::guest');
  });

  it('plainText drops controls (ESC, NUL, DEL, C1, U+2028) and keeps tabs and newlines', () => {
    expect(plainText('a\x1b[31mb\x00c\x7fd\x85e\u2028f\tg\r\nh\ri')).toBe('a[31mbcde' + 'f\tg\nhi');
  });
});

const BUNDLE = path.join(ROOT, 'dist', 'sync-guru', 'index.js');

describe.skipIf(!existsSync(BUNDLE))('sync-guru bundle: a remote\'s error body in the retry log', () => {
  let server: HostileServer;
  const cleanup: string[] = [];
  beforeAll(async () => {
    // git shows a text/plain error body as `remote: …` lines, and the action keeps their last lines.
    server = await startHostileServer(500, 'x\r::warning title=PWNCMD::forged by the remote\r::add-mask::abc\n');
  });
  afterAll(async () => {
    await server.stop();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('forges no annotation, mask or output', async () => {
    const ws = tempDir('rda-sec-log-');
    cleanup.push(ws);
    const upstreams = `- name: guru\n  uri: ${server.url}/guru.git\n`;
    const r = await runAction('sync-guru', { overlay: path.join(ROOT, 'fixtures/sync-guru/overlay'), upstreams, retries: '1', 'backoff-seconds': '0.01' }, {}, { workspace: ws });
    // the remote was really asked (twice: the first attempt and one retry), and its body reached the log
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toContain('PWNCMD');
    const commands = runnerCommands(r.stdout);
    expect(commands.filter((c) => /PWNCMD/.test(c.properties))).toEqual([]);
    expect(commands.filter((c) => c.command === 'add-mask')).toEqual([]);
  });
});
