/** Bash glob patterns as used by `${x#pat}`, `${x/pat/rep}` and `[[ x == pat ]]`. */

/**
 * Glob pattern (already expanded) to an anchored RegExp. Quoted parts are marked literal with \x00.
 *
 * Every piece between two `*` matches a fixed number of characters, so the earliest place each such piece
 * matches is the right one: each is matched there once, atomically (`(?=([\s\S]*?piece))\1`, a lookahead the
 * engine never goes back into), and only the piece after the last `*` is tried from the end. Each `*` as
 * `[\s\S]*` made a failing match try every split: `*a*a*a*a*a*a*a*b` against 40 characters took 3 s, and two
 * more stars ten times as long (ebuild conditions, `case`, `${x#…}`; all from the repository).
 */
export function globToRegex(pat: string): RegExp {
  const pieces: string[] = [''];
  for (let k = 0; k < pat.length; k++) {
    const c = pat[k];
    let out: string;
    if (c === '\x00') {
      out = escapeRe(pat[++k] ?? '');
    } else if (c === '*') {
      pieces.push('');
      continue;
    } else if (c === '?') out = '[\\s\\S]';
    else if (c === '[') {
      const end = pat.indexOf(']', k + 2);
      if (end === -1) out = '\\[';
      else {
        let cls = pat.slice(k + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out = `[${cls}]`;
        k = end;
      }
    } else if (c === '\\') out = escapeRe(pat[++k] ?? '');
    else out = escapeRe(c!);
    pieces[pieces.length - 1] += out;
  }
  let body = pieces[0]!;
  if (pieces.length > 1) {
    let group = 0;
    for (const piece of pieces.slice(1, -1)) if (piece) body += `(?=([\\s\\S]*?${piece}))\\${++group}`;
    body += `[\\s\\S]*${pieces[pieces.length - 1]}`;
  }
  try {
    return new RegExp(`^(?:${body})$`);
  } catch {
    // a class bash reads and JavaScript does not (`[z-a]`): it matches nothing
    return NO_MATCH;
  }
}

const NO_MATCH = /(?!)/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `${v#re}` `${v##re}` `${v%re}` `${v%%re}` */
export function trimPattern(value: string, op: string, re: RegExp): string {
  const len = value.length;
  if (op === '#') {
    for (let k = 0; k <= len; k++) if (re.test(value.slice(0, k))) return value.slice(k);
  } else if (op === '##') {
    for (let k = len; k >= 0; k--) if (re.test(value.slice(0, k))) return value.slice(k);
  } else if (op === '%') {
    for (let k = len; k >= 0; k--) if (re.test(value.slice(k))) return value.slice(0, k);
  } else if (op === '%%') {
    for (let k = 0; k <= len; k++) if (re.test(value.slice(k))) return value.slice(0, k);
  }
  return value;
}

/** `${v/re/rep}` `${v//re/rep}` `${v/#re/rep}` `${v/%re/rep}` */
export function substitute(value: string, op: string, re: RegExp, rep: string): string {
  const src = re.source.slice(4, -2); // strip ^(?: … )$
  if (op === '/#') {
    for (let k = value.length; k >= 0; k--) if (re.test(value.slice(0, k))) return rep + value.slice(k);
    return value;
  }
  if (op === '/%') {
    for (let k = 0; k <= value.length; k++) if (re.test(value.slice(k))) return value.slice(0, k) + rep;
    return value;
  }
  if (src === '') return value;
  const g = new RegExp(src, op === '//' ? 'g' : '');
  // bash goes on after a match while there is text left: a pattern that matches nothing (`*` after the whole
  // word) is not replaced again at the end, except in an empty word (bash: `w=abc; ${w//*/X}` is X, not XX)
  return value.replace(g, (m: string, ...args: unknown[]) => (m === '' && value.length > 0 && args[args.length - 2] === value.length ? '' : rep));
}
