import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions } from '../../shared/rust/json-positions.js';
import { validateAgainstSchema } from '../../shared/rust/json-schema.js';
import { validateTargetSpec } from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';

describe('parseJsonWithPositions', () => {
  it('reads any JSON exactly as JSON.parse does, without issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        for (const text of [JSON.stringify(v), JSON.stringify(v, null, 2)]) {
          const doc = parseJsonWithPositions(text);
          expect(doc.issues).toEqual([]);
          expect(doc.value).toEqual(JSON.parse(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every top-level key on the line where it is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }), (obj) => {
        const text = JSON.stringify(obj, null, 2);
        const doc = parseJsonWithPositions(text);
        const lines = text.split('\n');
        for (const key of Object.keys(obj)) {
          const at = doc.positions.get(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)!;
          expect(lines[at.line - 1]!.slice(at.column - 1).startsWith(JSON.stringify(key))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tolerates comments and trailing commas as issues, stops at real syntax errors with their line', () => {
    const doc = parseJsonWithPositions('{\n  /* a */ "a": [1, 2,],\n  // b\n  "b": 1,\n}');
    expect(doc.value).toEqual({ a: [1, 2], b: 1 });
    expect(doc.issues.map((i) => [i.code, i.line, i.fatal])).toEqual([
      ['json-comment', 2, false],
      ['json-trailing-comma', 2, false],
      ['json-comment', 3, false],
      ['json-trailing-comma', 4, false],
    ]);
    const bad = parseJsonWithPositions('{\n "a": 1\n "b": x\n}');
    expect(bad.value).toBeUndefined();
    expect(bad.issues).toMatchObject([{ code: 'json-missing-comma', line: 3, fatal: false }, { code: 'json-syntax', line: 3, fatal: true }]);
    expect(parseJsonWithPositions('{"a": 1, "a": 2}').issues).toMatchObject([{ code: 'json-duplicate-key', path: '/a' }]);
    expect(parseJsonWithPositions('{"x": 64.0, "y": 1e3, "z": 7}').floats).toEqual(new Set(['/x', '/y']));
    // A "__proto__" key is data, not a prototype (a spec file cannot pollute objects).
    const proto = parseJsonWithPositions('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });
});

describe('validateTargetSpec never throws', () => {
  const catalog = snapshotCatalog();
  it('on arbitrary text and arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const r = validateTargetSpec(text, { catalog, file: 'x.json' });
        for (const f of r.findings) {
          expect(f.file).toBe('x.json');
          expect(typeof f.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on objects with known keys and wrong-typed values', () => {
    const keys = ['llvm-target', 'data-layout', 'arch', 'target-pointer-width', 'features', 'pre-link-args', 'stack-probes', 'rustc-abi', 'llvm-abiname', 'os', 'vendor', 'is-like-windows', 'linker-flavor', 'crt-static-default'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })), (obj) => {
        const r = validateTargetSpec(JSON.stringify(obj, null, 2), { catalog });
        expect(r.valid).toBe(!r.findings.some((f) => f.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateAgainstSchema', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['a'],
    properties: {
      a: { type: 'integer', minimum: 0, maximum: 9 },
      b: { anyOf: [{ $ref: '#/$defs/Kind' }, { type: 'null' }] },
      c: { type: ['array', 'null'], items: { type: 'string' } },
      d: { oneOf: [{ const: 'x' }, { const: 'y' }] },
    },
    $defs: { Kind: { type: 'object', properties: { kind: { type: 'string', enum: ['p', 'q'] } }, required: ['kind'] } },
  };
  it('reports every problem with its pointer and what is expected', () => {
    const errors = validateAgainstSchema(schema, { a: 12, b: { kind: 'z' }, c: ['s', 3], d: 'w', e: 1 });
    expect(errors.map((e) => [e.path, e.kind, e.expected])).toEqual([
      ['/a', 'range', 'a number ≤ 9'],
      ['/b/kind', 'enum', 'one of "p", "q"'],
      ['/c/1', 'type', 'a string'],
      ['/d', 'type', 'one of "x", "y"'],
      ['/e', 'additional', 'no such key'],
    ]);
    expect(validateAgainstSchema(schema, {}).map((e) => [e.kind, e.key])).toEqual([['required', 'a']]);
    expect(validateAgainstSchema(schema, { a: 1, b: null, c: null, d: 'x' })).toEqual([]);
    expect(validateAgainstSchema(schema, JSON.parse('{"a": 1, "constructor": 1, "__proto__": 2}')).map((e) => e.path)).toEqual(['/constructor', '/__proto__']);
  });
});

describe('hostile sizes', () => {
  it('8,000 members under a 16,400-character key: parsed in linear time, their findings pointing at the key', () => {
    // (V8 hashes a string of more than 16,383 characters by its length: every member's pointer fell in one bucket
    // of the positions map, and 4,000 members took 29 s)
    const key = 'k'.repeat(16_400);
    const members = Array.from({ length: 8_000 }, (_, i) => `"m${i}": ${i}.5`).join(',\n');
    const text = `{\n"arch": "x86_64",\n"${key}": {\n${members}\n}\n}`;
    const doc = parseJsonWithPositions(text);
    expect(doc.issues).toEqual([]);
    expect(Object.keys((doc.value as Record<string, Record<string, number>>)[key]!)).toHaveLength(8_000);
    expect(doc.positions.get(`/${key}`)).toEqual({ line: 3, column: 1 });
    expect(doc.positions.get('/arch')).toEqual({ line: 2, column: 1 });
    const spec = validateTargetSpec(text, { file: 'x.json', catalog: snapshotCatalog() });
    const unknown = spec.findings.filter((f) => f.code === 'spec-unknown-field');
    expect(unknown.map((f) => f.line)).toEqual([3]);
  });
});
