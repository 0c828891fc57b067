/** make.conf, as far as a runner without Portage needs it. */

/**
 * ACCEPT_KEYWORDS from make.conf: the last simple `ACCEPT_KEYWORDS="…"` line (optionally `export`ed, quoted or
 * not, with a trailing comment) wins, as later assignments do in bash; undefined when there is none.
 */
export function acceptKeywordsFromMakeConf(text: string): string[] | undefined {
  let out: string[] | undefined;
  for (const l of text.split('\n')) {
    const value = acceptKeywordsAssignment(l);
    if (value !== undefined) out = value.split(/\s+/).filter(Boolean);
  }
  return out;
}

const ASSIGNMENT = /^\s*(?:export\s+)?ACCEPT_KEYWORDS=/;
const WHITESPACE = /\s/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The value of one line `ACCEPT_KEYWORDS=…`, read as `/^\s*(?:export\s+)?ACCEPT_KEYWORDS=(["']?)([^"'#]*)\1\s*(?:#.*)?$/`
 * reads it, without that expression's backtracking (`ACCEPT_KEYWORDS=a`, 80,000 spaces and a quote took 6 s): the
 * value runs to the first quote or `#`; a value opened by a quote must be closed by the same quote; then only
 * whitespace, and a comment that — as `.` stops at them — holds no line terminator. undefined when it does not read.
 */
export function acceptKeywordsAssignment(line: string): string | undefined {
  const head = ASSIGNMENT.exec(line);
  if (!head) return undefined;
  let i = head[0].length;
  const quote = line[i] === '"' || line[i] === "'" ? line[i] : '';
  if (quote) i++;
  let end = i;
  while (end < line.length && line[end] !== '"' && line[end] !== "'" && line[end] !== '#') end++;
  const value = line.slice(i, end);
  let rest = end;
  if (quote) {
    if (line[rest] !== quote) return undefined;
    rest++;
  }
  while (rest < line.length && WHITESPACE.test(line[rest]!)) rest++;
  if (rest < line.length && (line[rest] !== '#' || LINE_TERMINATOR.test(line.slice(rest + 1)))) return undefined;
  return value;
}
