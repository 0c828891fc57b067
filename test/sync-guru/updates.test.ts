import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orderUpdateFiles, parseUpdates, readUpdates, resolveMove, slotMovesFor } from '../../shared/gentoo/updates.js';

describe('parseUpdates', () => {
  it('reads move and slotmove lines with their lines', () => {
    const r = parseUpdates('# moves\nmove app-misc/old app-misc/new\n\nslotmove >=dev-libs/foo-2 0 2\n', 'profiles/updates/1Q-2026');
    expect(r.findings).toEqual([]);
    expect(r.entries).toEqual([
      { kind: 'move', from: 'app-misc/old', to: 'app-misc/new', file: 'profiles/updates/1Q-2026', line: 2 },
      { kind: 'slotmove', atom: '>=dev-libs/foo-2', fromSlot: '0', toSlot: '2', file: 'profiles/updates/1Q-2026', line: 4 },
    ]);
  });

  it.each([
    ['move app-misc/a', 'move takes 2 arguments'],
    ['move app-misc/a app-misc/b extra', 'move takes 2 arguments'],
    ['move =app-misc/a-1 app-misc/b', 'plain category/package'],
    ['move app-misc/a app-misc/a', 'same name'],
    ['slotmove dev-libs/foo 0', 'slotmove takes 3 arguments'],
    ['slotmove not-an-atom 0 1', 'is not valid'],
    ['slotmove dev-libs/foo 0 bad/slot', 'slot names'],
    ['rename a b', 'unknown update command'],
  ])('%j → finding', (line, msg) => {
    const r = parseUpdates(`move x-y/ok x-y/fine\n${line}\n`, 'u');
    expect(r.entries).toHaveLength(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'updates-malformed-line', file: 'u', line: 2 });
    expect(r.findings[0].message).toContain(msg);
  });
});

describe('ordering and resolution', () => {
  it('orders quarter files by year then quarter', () => {
    expect(orderUpdateFiles(['4Q-2025', '1Q-2026', '2Q-2019', 'README', '.keep'])).toEqual({ ordered: ['2Q-2019', '4Q-2025', '1Q-2026'], invalid: ['README'] });
  });

  it('follows chains of moves in application order and stops at cycles', () => {
    const { entries } = parseUpdates('move a-b/one a-b/two\nmove x-y/z x-y/w\nmove a-b/two a-b/three\nmove a-b/three a-b/one\n', 'u');
    expect(resolveMove('a-b/one', entries)?.to).toBe('a-b/one');
    expect(resolveMove('a-b/two', entries)?.chain.map((e) => e.line)).toEqual([3, 4]);
    expect(resolveMove('x-y/z', entries)?.to).toBe('x-y/w');
    expect(resolveMove('q-q/none', entries)).toBeUndefined();
    const chain = parseUpdates('move a-b/one a-b/two\nmove a-b/two a-b/three\n', 'u').entries;
    expect(resolveMove('a-b/one', chain)?.to).toBe('a-b/three');
  });

  it('finds slot moves by package', () => {
    const { entries } = parseUpdates('slotmove >=dev-libs/foo-2 0 2\nslotmove dev-libs/bar 1 2\n', 'u');
    expect(slotMovesFor('dev-libs/foo', entries).map((e) => e.toSlot)).toEqual(['2']);
  });
});

describe('readUpdates', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'updates-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('reads every quarter file in order, with prefixed paths; a missing directory is no updates', async () => {
    mkdirSync(path.join(tmp, 'profiles/updates'), { recursive: true });
    writeFileSync(path.join(tmp, 'profiles/updates/1Q-2026'), 'move a-b/two a-b/three\n');
    writeFileSync(path.join(tmp, 'profiles/updates/4Q-2025'), 'move a-b/one a-b/two\nbogus\n');
    writeFileSync(path.join(tmp, 'profiles/updates/notes.txt'), 'x');
    const r = await readUpdates(tmp, 'guru/');
    expect(r.entries.map((e) => e.file)).toEqual(['guru/profiles/updates/4Q-2025', 'guru/profiles/updates/1Q-2026']);
    expect(resolveMove('a-b/one', r.entries)?.to).toBe('a-b/three');
    expect(r.findings.map((f) => [f.code, f.file, f.line])).toEqual([
      ['updates-bad-file-name', 'guru/profiles/updates/notes.txt', undefined],
      ['updates-malformed-line', 'guru/profiles/updates/4Q-2025', 2],
    ]);
    expect(await readUpdates(path.join(tmp, 'nope'))).toEqual({ entries: [], findings: [] });
  });
});
