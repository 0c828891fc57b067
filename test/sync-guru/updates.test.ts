import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orderUpdateFiles, parseUpdates, readUpdates, resolveMove, slotMoveLookup, slotMovesFor } from '../../shared/gentoo/updates.js';
import { parseAtom } from '../../shared/gentoo/atom.js';

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

  it('any white space separates words, as /\\s+/ splits (tabs, runs of spaces, Unicode spaces); comments are dropped', () => {
    const lines = ['move\ta-b/x\ta-b/y', 'move  a-b/x2   a-b/y2 # moved', 'slotmove\u00a0>=dev-libs/foo-2\u3000 0\u2003 2', '\ufeffmove a-b/x3 a-b/y3', 'move a-b/x4 a-b/y4'];
    const r = parseUpdates(`${lines.join('\n')}\n`, 'u');
    expect(r.findings).toEqual([]);
    expect(r.entries.map((e) => (e.kind === 'move' ? [e.from, e.to, e.line] : [e.atom, e.fromSlot, e.toSlot, e.line]))).toEqual([
      ['a-b/x', 'a-b/y', 1], ['a-b/x2', 'a-b/y2', 2], ['>=dev-libs/foo-2', '0', '2', 3], ['a-b/x3', 'a-b/y3', 4], ['a-b/x4', 'a-b/y4', 5],
    ]);
  });

  it('finds slot moves by package', () => {
    const { entries } = parseUpdates('slotmove >=dev-libs/foo-2 0 2\nslotmove dev-libs/bar 1 2\n', 'u');
    expect(slotMovesFor('dev-libs/foo', entries).map((e) => e.toSlot)).toEqual(['2']);
  });

  it('a lookup over many packages parses each atom once and answers as a scan of every entry would', () => {
    // hundreds of slot moves over a few packages, every operator, some atoms no package manager accepts
    const ops = ['', '>=', '<', '=', '~', '<='];
    const lines: string[] = [];
    let seed = 20261203;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    for (let i = 0; i < 600; i++) {
      const op = ops[rnd(ops.length)]!;
      const pkg = `dev-libs/p${rnd(40)}`;
      const atom = op === '' ? pkg : `${op}${pkg}-${1 + rnd(5)}.${rnd(9)}${op === '=' && rnd(3) === 0 ? '*' : ''}`;
      lines.push(rnd(10) === 0 ? `slotmove ${pkg}-1.0 0 1` : `slotmove ${atom} ${rnd(3)} ${3 + rnd(3)}`, `move app-misc/m${i} app-misc/n${i}`);
    }
    const { entries } = parseUpdates(`${lines.join('\n')}\n`, 'u');
    const naive = (pkg: string) => entries.filter((e) => {
      if (e.kind !== 'slotmove') return false;
      const a = parseAtom(e.atom);
      return a.ok && `${a.atom.category}/${a.atom.package}` === pkg;
    });
    const lookup = slotMoveLookup(entries);
    let found = 0;
    for (let k = 0; k < 45; k++) {
      const pkg = `dev-libs/p${k}`;
      expect(lookup(pkg), pkg).toEqual(naive(pkg));
      found += lookup(pkg).length;
    }
    expect(found).toBeGreaterThan(300);
    // each answer is the caller's own array
    expect(naive('dev-libs/p1').length).toBeGreaterThan(3);
    lookup('dev-libs/p1').length = 0;
    expect(lookup('dev-libs/p1')).toEqual(naive('dev-libs/p1'));
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
