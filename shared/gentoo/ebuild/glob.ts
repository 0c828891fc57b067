/** Bash glob patterns as used by `${x#pat}`, `${x/pat/rep}` and `[[ x == pat ]]`. */

/** Glob pattern (already expanded) to an anchored RegExp. Quoted parts are marked literal with \x00. */
export function globToRegex(pat: string): RegExp {
  let out = '';
  for (let k = 0; k < pat.length; k++) {
    const c = pat[k];
    if (c === '\x00') {
      out += escapeRe(pat[++k] ?? '');
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const end = pat.indexOf(']', k + 2);
      if (end === -1) out += '\\[';
      else {
        let cls = pat.slice(k + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out += `[${cls}]`;
        k = end;
      }
    } else if (c === '\\') out += escapeRe(pat[++k] ?? '');
    else out += escapeRe(c);
  }
  return new RegExp(`^(?:${out})$`);
}

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
  return value.replace(g, () => rep);
}
