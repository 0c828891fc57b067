/** jsonLines: the pieces join to the JSON of the document (values and key order), one element per line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../shared/json-lines.js';

const same = (doc: Record<string, unknown>, keys: readonly string[]) => {
  const text = [...jsonLines(doc, keys)].join('');
  // the same values in the same order as JSON.stringify gives them (key order included)
  expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(doc));
  return text;
};

describe('jsonLines', () => {
  it('equals JSON.stringify(doc, null, 2) when no array is listed, and ends in a newline', () => {
    const doc = { a: 1, b: { c: [1, { d: 'x' }], e: {} }, f: [], g: 'h', i: null };
    expect([...jsonLines(doc, [])].join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect([...jsonLines({}, ['x'])].join('')).toBe('{}\n');
  });

  it('writes a listed array one element per line, anywhere in the document', () => {
    const doc = { head: 'h', rows: [{ a: 1, s: 'x\ny "q" \u2028' }, [1, 2], 'three', null], tail: { t: [1] }, empty: [] };
    const text = same(doc, ['rows', 'empty']);
    expect(text).toBe(
      '{\n  "head": "h",\n  "rows": [\n    {"a":1,"s":"x\\ny \\"q\\" \u2028"},\n    [1,2],\n    "three",\n    null\n  ],\n  "tail": {\n    "t": [\n      1\n    ]\n  },\n  "empty": []\n}\n',
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const when = new Date(0);
    const doc = { u: undefined, f: () => 1, s: Symbol('s'), d: when, rows: [undefined, () => 1, when, { toJSON: () => undefined }], n: { toJSON: () => undefined }, last: 1 };
    const text = same(doc as Record<string, unknown>, ['rows']);
    expect(text).not.toContain('"u"');
    expect(text).toContain('    null,\n    null,\n    "1970-01-01T00:00:00.000Z",\n    null\n');
    // a hole in a listed array is null, as JSON.stringify writes it
    // eslint-disable-next-line no-sparse-arrays
    expect(same({ rows: [1, , 3] }, ['rows'])).toBe('{\n  "rows": [\n    1,\n    null,\n    3\n  ]\n}\n');
    // a listed key whose value is not an array is written as any other member
    same({ rows: { a: [1] } }, ['rows']);
  });

  it('any document (fixed seed): the same JSON, each listed element on a line of its own', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 6 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }), (doc, rows) => {
        const d = { ...doc, rows };
        const text = same(d, ['rows']);
        if (Object.keys(d).at(-1) === 'rows' && rows.length > 0) {
          const lines = text.split('\n');
          const at = lines.findIndex((l) => l === '  "rows": [');
          expect(lines.slice(at + 1, at + 1 + rows.length).map((l) => JSON.parse(l.trim().replace(/,$/, '')))).toEqual(JSON.parse(JSON.stringify(rows)));
        }
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
