/**
 * Text written a slice at a time must be byte for byte the text encoded whole (what appendFileSync or
 * Buffer.from wrote before): against Buffer.from of the joined text, with astral characters (surrogate pairs),
 * lone surrogates and multi-byte characters placed on and around every slice boundary.
 */
import fc from 'fast-check';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachSlice, TEXT_SLICE, writeTextSync } from '../../shared/toolkit/write-text.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rda-write-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function written(text: string | readonly string[]): Buffer {
  const file = path.join(dir, `t${n++}`);
  const fd = openSync(file, 'w');
  try {
    writeTextSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

/** `fill` with `insert` placed so that it starts at `at`. */
const around = (length: number, at: number, insert: string, fill = 'x') => fill.repeat(at) + insert + fill.repeat(Math.max(0, length - at - insert.length));

describe('forEachSlice', () => {
  it('cuts a long text into slices of at most TEXT_SLICE units that join to it, never inside a surrogate pair', () => {
    for (const at of [TEXT_SLICE - 2, TEXT_SLICE - 1, TEXT_SLICE, TEXT_SLICE + 1, 2 * TEXT_SLICE - 1]) {
      const text = around(3 * TEXT_SLICE, at, '😀é😀');
      const slices: string[] = [];
      forEachSlice(text, (s) => slices.push(s));
      expect(slices.join('')).toBe(text);
      expect(slices.length).toBeGreaterThan(1);
      for (const s of slices.slice(0, -1)) {
        expect(s.length).toBeLessThanOrEqual(TEXT_SLICE);
        const last = s.charCodeAt(s.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }
    }
  });

  it('passes a text of one slice whole', () => {
    const text = 'y'.repeat(TEXT_SLICE);
    const slices: string[] = [];
    forEachSlice(text, (s) => slices.push(s));
    expect(slices).toEqual([text]);
  });
});

describe('writeTextSync writes what Buffer.from of the whole text holds', () => {
  it('astral, multi-byte and lone surrogate characters on every side of a slice boundary', () => {
    for (const insert of ['😀', '\ud83d', '\ude00', 'é', '✓😀\ud800x']) {
      for (let at = TEXT_SLICE - 3; at <= TEXT_SLICE + 2; at++) {
        const text = around(2 * TEXT_SLICE + 5, at, insert);
        expect(written(text).equals(Buffer.from(text))).toBe(true);
      }
    }
  });

  it('pieces: as their concatenation, whatever their sizes', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40, unit: 'binary' }),
      fc.integer({ min: TEXT_SLICE - 4, max: 3 * TEXT_SLICE }).map((len) => around(len, TEXT_SLICE - 1, '😀', 'é')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(written(pieces).equals(Buffer.from(pieces.join('')))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('320 small pieces (a facts.json, one line per target) and an empty list', () => {
    const lines = Array.from({ length: 320 }, (_, i) => `${i ? ',\n' : '\n'}    {"name":"t${i}","é":"😀"}`);
    expect(written(lines).toString('utf8')).toBe(lines.join(''));
    expect(written([]).length).toBe(0);
    expect(written('').length).toBe(0);
  });
});
