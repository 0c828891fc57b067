/**
 * The subset of JSON Schema (2020-12) that rustc's `--print target-spec-json-schema` uses: $ref into $defs,
 * type, enum, const, anyOf, oneOf, properties, additionalProperties, required, items, minimum, maximum,
 * pattern. Every problem is returned (not only the first), each at its JSON pointer.
 */
import { pointerToken } from './json-positions.js';

export interface SchemaError {
  path: string;
  /** What the schema expects there, in words, e.g. `an integer`, `one of "always", "non-leaf", "may-omit"`. */
  expected: string;
  kind: 'type' | 'enum' | 'required' | 'additional' | 'range' | 'pattern';
  /** For `required`/`additional`: the key. */
  key?: string;
}

type Schema = Record<string, unknown> | boolean;

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

export function validateAgainstSchema(root: unknown, value: unknown): SchemaError[] {
  const rootObj = (root && typeof root === 'object' ? root : {}) as Record<string, unknown>;
  const resolve = (s: Schema): Schema => {
    let cur = s;
    for (let n = 0; n < 32 && typeof cur === 'object' && typeof cur.$ref === 'string'; n++) {
      const ref = cur.$ref as string;
      if (!ref.startsWith('#/')) return true;
      let node: unknown = rootObj;
      for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      cur = (node ?? true) as Schema;
    }
    return cur;
  };

  const describe = (s0: Schema, depth = 0): string => {
    const s = resolve(s0);
    if (s === true) return 'anything';
    if (s === false) return 'nothing';
    if (depth > 3) return 'a valid value';
    if ('const' in s) return JSON.stringify(s.const);
    if (Array.isArray(s.enum)) return `one of ${s.enum.map((x) => JSON.stringify(x)).join(', ')}`;
    const alts = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (Array.isArray(alts)) {
      const parts = alts.filter((a) => !(typeof resolve(a) === 'object' && (resolve(a) as Record<string, unknown>).type === 'null'));
      const words = parts.map((a) => describe(a, depth + 1));
      const consts = parts.every((a) => {
        const r = resolve(a);
        return typeof r === 'object' && 'const' in r;
      });
      return consts ? `one of ${words.join(', ')}` : words.join(' or ');
    }
    if (s.type === 'object' && Array.isArray(s.required) && s.required.length > 0 && s.properties) {
      const props = s.properties as Record<string, Schema>;
      return `an object like {${(s.required as string[]).map((k) => `"${k}": ${describe(props[k] ?? true, depth + 1)}`).join(', ')}}`;
    }
    const t = Array.isArray(s.type) ? (s.type as string[]).filter((x) => x !== 'null') : typeof s.type === 'string' ? [s.type] : [];
    if (t.length === 0) return 'a valid value';
    let w = t.map((x) => article(x === 'array' && s.items ? `array of ${stripArticle(describe(s.items as Schema, depth + 1))}` : x)).join(' or ');
    if (typeof s.pattern === 'string') w += ` matching ${s.pattern}`;
    return w;
  };

  // true when the value matches (no errors), used to choose among alternatives.
  const matches = (s: Schema, v: unknown): boolean => check(s, v, '', null);

  const errors: SchemaError[] = [];
  /** Validate; push errors into `out` (null: just test). */
  function check(s0: Schema, v: unknown, path: string, out: SchemaError[] | null): boolean {
    const s = resolve(s0);
    if (s === true) return true;
    if (s === false) {
      out?.push({ path, expected: 'nothing (not allowed)', kind: 'additional' });
      return false;
    }
    const alts = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (Array.isArray(alts)) {
      const hits = alts.filter((a) => matches(a, v));
      if (hits.length === 0) {
        // One alternative of the right type: report inside it (finer paths, e.g. a bad key in an object).
        const sameType = alts.filter((a) => typeMatches(resolve(a), v));
        if (sameType.length === 1 && out) return check(sameType[0]!, v, path, out);
        out?.push({ path, expected: describe(s), kind: 'type' });
        return false;
      }
    }
    if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(v)) {
      out?.push({ path, expected: JSON.stringify(s.const), kind: 'enum' });
      return false;
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
      out?.push({ path, expected: describe(s), kind: 'enum' });
      return false;
    }
    if (s.type !== undefined && !typeMatches(s, v)) {
      out?.push({ path, expected: describe(s), kind: 'type' });
      return false;
    }
    let ok = true;
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) {
        out?.push({ path, expected: `a number ≥ ${s.minimum}`, kind: 'range' });
        ok = false;
      }
      if (typeof s.maximum === 'number' && v > s.maximum) {
        out?.push({ path, expected: `a number ≤ ${s.maximum}`, kind: 'range' });
        ok = false;
      }
    }
    if (typeof v === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
      out?.push({ path, expected: describe(s), kind: 'pattern' });
      ok = false;
    }
    if (Array.isArray(v) && s.items !== undefined) {
      v.forEach((item, n) => {
        if (!check(s.items as Schema, item, `${path}/${n}`, out)) ok = false;
      });
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const k of (s.required ?? []) as string[]) {
        if (!hasOwn(obj, k)) {
          out?.push({ path, expected: describe(props[k] ?? true), kind: 'required', key: k });
          ok = false;
        }
      }
      for (const k of Object.keys(obj)) {
        const child = `${path}/${pointerToken(k)}`;
        if (hasOwn(props, k)) {
          if (!check(props[k]!, obj[k], child, out)) ok = false;
        } else if (s.additionalProperties === false) {
          out?.push({ path: child, expected: 'no such key', kind: 'additional', key: k });
          ok = false;
        } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
          if (!check(s.additionalProperties as Schema, obj[k], child, out)) ok = false;
        }
      }
    }
    return ok;
  }

  function typeMatches(s: Schema, v: unknown): boolean {
    if (typeof s !== 'object') return s;
    if (s.type === undefined) return true;
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const t = typeOf(v);
    return types.some((x) => x === t || (x === 'number' && t === 'integer'));
  }

  check(root as Schema, value, '', errors);
  return errors;
}

/** Names of the top-level properties a schema allows (for "did you mean"). */
export function schemaPropertyNames(root: unknown): string[] {
  const props = (root as { properties?: Record<string, unknown> } | null)?.properties;
  return props ? Object.keys(props) : [];
}

/** Own keys only: "constructor" or "__proto__" in a spec are unknown fields, not Object.prototype members. */
function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function stripArticle(s: string): string {
  return s.replace(/^an? /, '');
}
