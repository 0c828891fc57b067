import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orderUpdateFiles, parseUpdates, readUpdates, resolveMove, slotMoveLookup, slotMovesFor, type UpdateEntry } from '../../shared/gentoo/updates.js';
import { parseAtom } from '../../shared/gentoo/atom.js';
import { isValidCategoryName, isValidPackageName } from '../../shared/gentoo/version.js';

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

describe('parseUpdates against a reading of every line by words', () => {
  it('the same entries and findings, message for message, on seeded lines of every shape', () => {
    // the reference: split each line into words, then judge the words
    const plain = (x: string) => x.split('/').length === 2 && isValidCategoryName(x.split('/')[0]) && isValidPackageName(x.split('/')[1]);
    const reference = (text: string) => {
      const entries: unknown[] = [];
      const problems: [number, string][] = [];
      text.split('\n').forEach((raw, i) => {
        const l = raw.replace(/#.*$/, '').trim();
        if (l === '') return;
        const t = l.split(/\s+/);
        if (t[0] === 'move') {
          if (t.length !== 3) problems.push([i + 1, `move takes 2 arguments, got ${t.length - 1}`]);
          else if (!plain(t[1]) || !plain(t[2])) problems.push([i + 1, 'move needs two plain category/package names']);
          else if (t[1] === t[2]) problems.push([i + 1, 'move to the same name']);
          else entries.push({ kind: 'move', from: t[1], to: t[2], file: 'u', line: i + 1 });
        } else if (t[0] === 'slotmove') {
          if (t.length !== 4) problems.push([i + 1, `slotmove takes 3 arguments, got ${t.length - 1}`]);
          else if (!parseAtom(t[1]).ok) problems.push([i + 1, 'slotmove atom']);
          else if (![t[2], t[3]].every((x) => /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/.test(x))) problems.push([i + 1, 'slotmove slots must be slot names']);
          else entries.push({ kind: 'slotmove', atom: t[1], fromSlot: t[2], toSlot: t[3], file: 'u', line: i + 1 });
        } else problems.push([i + 1, `unknown update command "${t[0]}"`]);
      });
      return { entries, problems };
    };
    let seed = 20261203;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const words = ['move', 'slotmove', 'a-b/x', 'a-b/y', 'c/d-1', 'a-b/x/y', 'ab', '>=a-b/x-1', '0', '2', '#c', 'a-b/x#c', 'mv', ''];
    const blanks = [' ', ' ', ' ', '  ', '\t', '\u00a0'];
    const pkgs = ['a-b/x', 'a-b/y', 'c/d', 'e-f/g'];
    const lines = Array.from({ length: 4000 }, () => {
      // a well-formed move a third of the time (the fast path), anything else otherwise
      if (rnd(3) === 0) return `move ${pkgs[rnd(4)]} ${pkgs[rnd(4)]}`;
      if (rnd(6) === 0) return `slotmove ${['a-b/x', '>=a-b/x-1', 'c/d'][rnd(3)]} ${rnd(3)} ${rnd(3)}`;
      const n = 1 + rnd(5);
      let l = rnd(3) === 0 ? 'move' : rnd(2) ? 'slotmove' : words[rnd(words.length)];
      for (let k = 1; k < n; k++) l += blanks[rnd(blanks.length)] + words[2 + rnd(words.length - 2)];
      return rnd(8) === 0 ? ` ${l} ` : l;
    });
    const text = lines.join('\n');
    const got = parseUpdates(text, 'u');
    const want = reference(text);
    expect(got.entries).toEqual(want.entries);
    expect(got.findings.map((f) => [f.line, f.message])).toEqual(want.problems.map(([line, why]) => [line, expect.stringContaining(why)]));
    // both kinds of entry, and problems of every kind, are reached
    expect(want.entries.filter((e) => (e as { kind: string }).kind === 'move').length).toBeGreaterThan(100);
    expect(want.entries.filter((e) => (e as { kind: string }).kind === 'slotmove').length).toBeGreaterThan(20);
    expect(new Set(want.problems.map(([, w]) => w.replace(/\d+|".*"/g, ''))).size).toBeGreaterThan(5);
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
      // categories whose names hold one another ('dev-libs/p1' is inside 'sys-dev-libs/p1')
      const pkg = `${['dev-libs', 'sys-dev-libs', 'dev-libs2'][rnd(3)]}/p${rnd(40)}`;
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
      for (const cat of ['dev-libs', 'sys-dev-libs', 'dev-libs2', 'app-misc']) {
        const pkg = `${cat}/p${k}`;
        expect(lookup(pkg), pkg).toEqual(naive(pkg));
        found += lookup(pkg).length;
      }
    }
    expect(found).toBeGreaterThan(300);
    // each answer is the caller's own array
    expect(naive('dev-libs/p1').length).toBeGreaterThan(3);
    lookup('dev-libs/p1').length = 0;
    expect(lookup('dev-libs/p1')).toEqual(naive('dev-libs/p1'));
  });
});

describe('resolveMove', () => {
  it('follows the moves as a walk of the list in order would: chains, later moves of a new name, cycles', () => {
    // the walk the lookup by name replaces
    const naive = (pkg: string, entries: readonly UpdateEntry[]) => {
      const chain: UpdateEntry[] = [];
      let cur = pkg;
      const seen = new Set([pkg]);
      for (const e of entries) {
        if (e.kind !== 'move' || e.from !== cur) continue;
        chain.push(e);
        cur = e.to;
        if (seen.has(cur)) break;
        seen.add(cur);
      }
      return chain.length === 0 ? undefined : { to: cur, chain };
    };
    let seed = 20261203;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    let chained = 0;
    for (let k = 0; k < 300; k++) {
      // few names, so moves chain, repeat, come back and cycle
      const lines = Array.from({ length: 1 + rnd(30) }, () => {
        const [a, b] = [rnd(8), rnd(8)];
        return a === b ? `slotmove a-b/n${a} 0 1` : `move a-b/n${a} a-b/n${b}`;
      });
      const { entries } = parseUpdates(`${lines.join('\n')}\n`, 'u');
      for (let n = 0; n < 9; n++) {
        const got = resolveMove(`a-b/n${n}`, entries);
        expect(got, `${lines.join('; ')} from n${n}`).toEqual(naive(`a-b/n${n}`, entries));
        if ((got?.chain.length ?? 0) > 2) chained++;
      }
    }
    expect(chained).toBeGreaterThan(300);
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

describe('moves and slot moves for many packages', () => {
  // The plain statement: every entry in order.
  const referenceMove = (pkg: string, entries: readonly UpdateEntry[]) => {
    const chain: UpdateEntry[] = [];
    let cur = pkg;
    const seen = new Set([pkg]);
    for (const e of entries) {
      if (e.kind !== 'move' || e.from !== cur) continue;
      chain.push(e);
      cur = e.to;
      if (seen.has(cur)) break;
      seen.add(cur);
    }
    return chain.length === 0 ? undefined : { to: cur, chain };
  };

  it('agree with walking every entry, for chains, cycles and moves back and forth', () => {
    const names = ['app-misc/a', 'app-misc/b', 'app-misc/c', 'dev-lang/d'];
    const lines: string[] = [];
    let x = 12345;
    for (let i = 0; i < 400; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const from = names[x % 4]!;
      const to = names[(x >> 4) % 4]!;
      lines.push(x % 5 === 0 ? `slotmove ${from} ${x % 3} ${(x >> 3) % 3}` : `move ${from} ${to}`);
    }
    const { entries } = parseUpdates(lines.join('\n'), '1Q-2024');
    const slots = slotMoveLookup(entries);
    for (const pkg of [...names, 'app-misc/none']) {
      expect(resolveMove(pkg, entries)).toEqual(referenceMove(pkg, entries));
      expect(slots(pkg)).toEqual(entries.filter((e) => e.kind === 'slotmove' && e.atom === pkg));
    }
  });

  it('100,000 packages against 100,000 entries: each package looks only at its own', () => {
    // (a walk of every entry per package: 32,000 of each took 12 s)
    const n = 100_000;
    const lines = Array.from({ length: n }, (_, i) => `move app-misc/old${i} app-misc/new${i}`).concat(Array.from({ length: n }, (_, i) => `slotmove app-misc/p${i % 97}x 0 1`));
    const { entries } = parseUpdates(lines.join('\n'), '1Q-2024');
    const slots = slotMoveLookup(entries);
    let moved = 0;
    let slotted = 0;
    for (let i = 0; i < n; i++) {
      if (resolveMove(`app-misc/old${i}`, entries)?.to === `app-misc/new${i}`) moved++;
      slotted += slots(`app-misc/p${i}x`).length;
    }
    expect(moved).toBe(n);
    // every slot move names one of p0x…p96x, each asked once
    expect(slotted).toBe(n);
  });
});
