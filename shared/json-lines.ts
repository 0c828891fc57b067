/**
 * A JSON document as pieces of text written one after another (made as the writer reads them): the top level indented as
 * `JSON.stringify(doc, null, 2)` indents it, except that the arrays named in `lineKeys` hold one element per
 * line. A report of 100,000 crates is then ~100,000 short strings handed to the writer (which joins them into
 * slices, shared/toolkit/write-text.ts) instead of one pretty-printed string of 70 million characters (two
 * bytes each once any text in it is not Latin-1) built before the first byte is written; and it is still one line
 * per element to grep or diff. `JSON.parse` of the joined pieces equals `JSON.parse(JSON.stringify(doc))`, key
 * order included (tested). Pure, no dependencies.
 */

export function jsonLines(doc: Record<string, unknown>, lineKeys: readonly string[]): Iterable<string> {
  // Made as they are read: each element's text is garbage once the writer has copied it, so a large report never
  // holds all of them at once (a collection meanwhile has only the current slice to copy). Read again, it starts over.
  return { [Symbol.iterator]: () => pieces(doc, lineKeys) };
}

/** Characters per piece of a listed array's elements (the writer's slices are 16K: two pieces fill about one). */
const BATCH = 8192;

function* pieces(doc: Record<string, unknown>, lineKeys: readonly string[]): Generator<string, void, undefined> {
  let first = true;
  const member = (key: string) => {
    const head = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    return head;
  };
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    if (lineKeys.includes(key) && Array.isArray(value)) {
      yield member(key);
      if (value.length === 0) {
        yield '[]';
        continue;
      }
      // what JSON.stringify leaves out of an object (undefined, a function) is `null` in an array.
      // Elements go out in pieces of about BATCH characters, not one or two pieces each: every piece is a resumption
      // of this generator and a step of the writer's loop, and in a process's one run (nothing compiled yet) those
      // cost the 2,500 rows of a report 20 ms against 12 for stringifying them (a piece still holds a few dozen rows).
      let batch = '[\n    ';
      for (let i = 0; i < value.length; i++) {
        batch = i === 0 ? batch + (JSON.stringify(value[i]) ?? 'null') : batch + ',\n    ' + (JSON.stringify(value[i]) ?? 'null');
        if (batch.length >= BATCH) {
          yield batch;
          batch = '';
        }
      }
      yield `${batch}\n  ]`;
      continue;
    }
    const text = JSON.stringify(value, null, 2);
    // undefined, a function, a symbol or a toJSON that returns undefined: left out, as JSON.stringify leaves it
    if (text === undefined) continue;
    yield member(key);
    // one level deeper than its own text: JSON text has no raw line breaks inside strings
    yield text.includes('\n') ? text.replace(/\n/g, '\n  ') : text;
  }
  yield first ? '{}\n' : '\n}\n';
}
