/** make.conf, as far as a runner without Portage needs it. */

/**
 * ACCEPT_KEYWORDS from make.conf: the last simple `ACCEPT_KEYWORDS="…"` line (optionally `export`ed, quoted or
 * not, with a trailing comment) wins, as later assignments do in bash; undefined when there is none.
 */
export function acceptKeywordsFromMakeConf(text: string): string[] | undefined {
  let out: string[] | undefined;
  for (const l of text.split('\n')) {
    const m = /^\s*(?:export\s+)?ACCEPT_KEYWORDS=(["']?)([^"'#]*)\1\s*(?:#.*)?$/.exec(l);
    if (m) out = m[2].split(/\s+/).filter(Boolean);
  }
  return out;
}
