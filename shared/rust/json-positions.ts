/**
 * A JSON reader that remembers where every value is (1-based line and column per JSON pointer), reports
 * duplicate keys (rustc rejects them) and tolerates the slips hand-written target specs have most — trailing
 * and missing commas, comments, a byte-order mark — as findings instead of stopping, so the rest can still be
 * checked.
 */

export interface JsonIssue {
  code: 'json-syntax' | 'json-trailing-comma' | 'json-comment' | 'json-duplicate-key' | 'json-missing-comma' | 'json-bom';
  message: string;
  line: number;
  column: number;
  /** JSON pointer of the value concerned ('' for the document). */
  path: string;
  /** true: parsing stopped here. */
  fatal: boolean;
}

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonWithPositions {
  /** undefined when a fatal syntax error stopped the parse. */
  value: unknown;
  issues: JsonIssue[];
  /** JSON pointer → where its value starts (for object members: where the key starts). */
  positions: Map<string, JsonPosition>;
  /** Pointers of numbers written with a fraction or exponent (`64.0`): JS cannot tell them from integers. */
  floats: Set<string>;
}

class Stop extends Error {}

/** serde_json's default recursion limit. */
const MAX_DEPTH = 128;

/**
 * Below a pointer longer than this nothing gets a position or float record of its own (a finding there points at
 * the nearest ancestor that has one; the long key itself keeps its line). Only a key no spec field has makes a
 * pointer this long, and V8 hashes a string of more than 16,383 characters by its length alone: the members of one
 * object under a 16 KiB key all fell in one bucket of the positions map, and 4,000 of them took 29 s.
 */
const MAX_POINTER = 4096;

/** Escape one reference token of a JSON pointer (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parseJsonWithPositions(text: string): JsonWithPositions {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const issues: JsonIssue[] = [];
  const positions = new Map<string, JsonPosition>();
  const floats = new Set<string>();
  const pos = (): JsonPosition => ({ line, column: i - lineStart + 1 });

  const fail = (message: string, path: string): never => {
    issues.push({ code: 'json-syntax', message, ...pos(), path, fatal: true });
    throw new Stop();
  };

  const skipWs = (path: string) => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 32 || c === 9 || c === 13) {
        i++;
      } else if (c === 0xfeff) {
        // serde_json (rustc) has no BOM handling: "expected value at line 1 column 1".
        issues.push({
          code: 'json-bom',
          message: i === 0 ? 'The file starts with a UTF-8 byte-order mark; rustc reads it as a stray character ("expected value at line 1 column 1").' : 'A byte-order mark (U+FEFF) stands between tokens; rustc refuses it.',
          ...pos(),
          path,
          fatal: false,
        });
        i++;
      } else if (c === 47 /* / */ && (text[i + 1] === '/' || text[i + 1] === '*')) {
        issues.push({ code: 'json-comment', message: 'Comments are not JSON; rustc rejects the file.', ...pos(), path, fatal: false });
        if (text[i + 1] === '/') {
          while (i < text.length && text[i] !== '\n') i++;
        } else {
          const end = text.indexOf('*/', i + 2);
          const stop = end < 0 ? text.length : end + 2;
          for (; i < stop; i++) if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
          }
        }
      } else return;
    }
  };

  const describe = () => (i >= text.length ? 'end of file' : `'${text[i]}'`);

  const parseString = (path: string): string => {
    if (text[i] !== '"') fail(`Expected a string in double quotes, found ${describe()}.`, path);
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('Unterminated string.', path);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('Line break inside a string.', path);
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in map) {
          out += map[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`Invalid escape '\\${e ?? ''}' in a string.`, path);
      } else {
        out += c;
        i++;
      }
    }
  };

  // serde_json (rustc's reader) stops at 128 levels; deeper input would also exhaust our own stack.
  let depth = 0;
  const nested = <T>(path: string, parse: (p: string) => T): T => {
    if (++depth > MAX_DEPTH) fail(`Nested more than ${MAX_DEPTH} levels deep; rustc's JSON reader stops there ("recursion limit exceeded").`, path);
    try {
      return parse(path);
    } finally {
      depth--;
    }
  };

  const parseValue = (path: string): unknown => {
    skipWs(path);
    if (path.length <= MAX_POINTER && !positions.has(path)) positions.set(path, pos());
    const c = text[i];
    if (c === '{') return nested(path, parseObject);
    if (c === '[') return nested(path, parseArray);
    if (c === '"') return parseString(path);
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m && m[0].length > 0 && c !== undefined && /[-0-9]/.test(c)) {
      i += m[0].length;
      if ((m[2] !== undefined || m[3] !== undefined) && path.length <= MAX_POINTER) floats.add(path);
      return Number(m[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (c === "'") fail("Strings need double quotes, not single quotes.", path);
    return fail(`Expected a value, found ${describe()}.`, path);
  };

  const parseObject = (path: string): Record<string, unknown> => {
    i++;
    const obj: Record<string, unknown> = {};
    skipWs(path);
    if (text[i] === '}') {
      i++;
      return obj;
    }
    for (;;) {
      skipWs(path);
      const keyPos = pos();
      if (text[i] !== '"') fail(`Expected a key in double quotes, found ${describe()}.`, path);
      const key = parseString(path);
      const child = `${path}/${pointerToken(key)}`;
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        issues.push({
          code: 'json-duplicate-key',
          message: `Key "${key}" appears twice; rustc rejects duplicate fields.`,
          ...keyPos,
          path: child,
          fatal: false,
        });
      } else if (path.length <= MAX_POINTER) positions.set(child, keyPos);
      skipWs(child);
      if (text[i] !== ':') fail(`Expected ':' after key "${key}", found ${describe()}.`, child);
      i++;
      const v = parseValue(child);
      // defineProperty: a "__proto__" key stays a plain key (as in JSON.parse), never a prototype.
      if (!Object.prototype.hasOwnProperty.call(obj, key)) Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
      skipWs(path);
      if (text[i] === ',') {
        const commaPos = pos();
        i++;
        skipWs(path);
        if (text[i] === '}') {
          issues.push({ code: 'json-trailing-comma', message: 'Trailing comma before }.', ...commaPos, path, fatal: false });
          i++;
          return obj;
        }
        continue;
      }
      if (text[i] === '}') {
        i++;
        return obj;
      }
      // A key where a comma belongs: report the missing comma and read on (rustc stops here).
      if (text[i] === '"') {
        issues.push({ code: 'json-missing-comma', message: `Missing ',' after the value of "${key}".`, ...pos(), path: child, fatal: false });
        continue;
      }
      fail(`Expected ',' or '}' after the value of "${key}", found ${describe()}.`, child);
    }
  };

  const parseArray = (path: string): unknown[] => {
    i++;
    const arr: unknown[] = [];
    skipWs(path);
    if (text[i] === ']') {
      i++;
      return arr;
    }
    for (;;) {
      arr.push(parseValue(`${path}/${arr.length}`));
      skipWs(path);
      if (text[i] === ',') {
        const commaPos = pos();
        i++;
        skipWs(path);
        if (text[i] === ']') {
          issues.push({ code: 'json-trailing-comma', message: 'Trailing comma before ].', ...commaPos, path, fatal: false });
          i++;
          return arr;
        }
        continue;
      }
      if (text[i] === ']') {
        i++;
        return arr;
      }
      if (i < text.length && /["\[{\d-]/.test(text[i]!)) {
        issues.push({ code: 'json-missing-comma', message: "Missing ',' between two array elements.", ...pos(), path: `${path}/${arr.length - 1}`, fatal: false });
        continue;
      }
      fail(`Expected ',' or ']' in the array, found ${describe()}.`, path);
    }
  };

  let value: unknown;
  try {
    value = parseValue('');
    skipWs('');
    if (i < text.length) fail(`Unexpected ${describe()} after the end of the document.`, '');
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    value = undefined;
  }
  return { value, issues, positions, floats };
}

/** Where a pointer (or its nearest ancestor that has a position) starts. */
export function positionOf(doc: JsonWithPositions, path: string): JsonPosition | undefined {
  for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
    const at = doc.positions.get(p);
    if (at) return at;
    if (p === '') return undefined;
  }
}
