/**
 * The one escaping layer for text from outside (crate names, SLOT values, file names, remote messages, guest
 * output) on its way into GitHub-flavoured Markdown: job summaries, PR comments, issue bodies. Data is shown,
 * never interpreted: no markup, no raw HTML, no image, no live link, no @mention and no issue cross-reference
 * (`owner/repo#1`, `#1`, `GH-1`) that would notify people or link elsewhere from the sticky comment or the
 * drift issue.
 *
 * Neutral module (no toolkit, no domain): domain renderers (shared/cargo/audit-view.ts, the actions' render.ts) and the toolkit's
 * Summary both use it. Tests render with markdown-it (html and linkify on) and assert nothing came alive.
 */

/** Markdown we wrote ourselves: a table cell or list item that must not be escaped again. */
export class Markdown {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Mark text as markdown we built (literal markup plus escaped data); table cells pass it through. */
export function markdown(text: string): Markdown {
  return new Markdown(text);
}

// A zero-width space as an entity: invisible, and it keeps GitHub from reading what follows as a reference.
const ZWSP = '&#8203;';

/**
 * What GitHub would turn into a notification or a link, broken with a zero-width space:
 * `@user` / `@org/team` / `user@host` (mentions, e-mail links), `#12` / `owner/repo#12` / `GH-12` (issue
 * references), `scheme://` and `www.` (bare links).
 */
function neutralise(escaped: string): string {
  // `#` first: the entities inserted after it contain `#` and digits themselves.
  return escaped
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
    .replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Data as inline Markdown text: every character with a Markdown or HTML meaning is escaped, line breaks
 * become spaces (one item stays one line), and mentions, references and links are neutralised.
 */
export function mdText(data: unknown): string {
  return inline(oneLine(String(data ?? '')));
}

function inline(s: string): string {
  // Most text is plain names, numbers and words, which the escaping returns unchanged: return it at once (a
  // 320-target summary spent most of its time escaping). Exactly the strings escapeInlineFully leaves as they are.
  return isPlain(s) ? s : escapeInlineFully(s);
}

// Text the escaping returns unchanged: no Markdown, HTML, mention, reference or link character, not starting a
// block (a list marker, `1.`), no `www.`, `GH-1` or `://` (see escapeInlineFully and neutralise).
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_ .,:;=()'"/+-]*$/;
// (`_` only inside a word: snake_case stays as it is, any other `_` is escaped)
const PLAIN_NOT = /www\.|gh-\d|:\/\/|^\d{1,9}[.)](?= |$)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/i;
const isPlain = (s: string) => PLAIN.test(s) && !PLAIN_NOT.test(s);

/** inline() without its shortcut for plain text; the tests hold the shortcut to it. */
export function escapeInlineFully(s: string): string {
  const escaped = s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Backslash escapes work for any ASCII punctuation in CommonMark; these have a meaning inline (`!` and
    // `(` only after a `[`, which is escaped). `_` inside a word never emphasises, so snake_case stays as is.
    .replace(/[\\`*[\]|~$]/g, '\\$&')
    .replace(/_/g, (m, i: number, str: string) => (/[A-Za-z0-9]/.test(str[i - 1] ?? '') && /[A-Za-z0-9]/.test(str[i + 1] ?? '') ? m : '\\_'))
    // At the start of a line, what would open a block: a heading, a list item, a numbered list, an underline.
    .replace(/^([ \t]*)(#{1,6}|[+-])(?=[ \t]|$)/, '$1\\$2')
    .replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
    .replace(/^([ \t]*)(?=[=-]+[ \t]*$)/, '$1\\');
  return neutralise(escaped);
}

/**
 * Data as text inside raw HTML (`<summary>…</summary>`, where Markdown escapes would show literally):
 * HTML-escaped, with mentions and references neutralised (GitHub finds those in HTML text too).
 */
export function htmlText(data: unknown): string {
  const s = oneLine(String(data ?? ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return neutralise(s);
}

/**
 * Data as an inline code span, whatever backticks it holds: the fence is longer than any backtick run inside
 * (CommonMark's rule), padded when the text starts or ends with a backtick. Nothing inside a code span is
 * markup, a mention or a link.
 */
export function mdCode(data: unknown): Markdown {
  const s = oneLine(String(data ?? ''));
  if (s === '') return new Markdown('');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
  return new Markdown(`${fence}${pad}${s}${pad}${fence}`);
}

/**
 * A message we composed with `…` around names (a finding, a drift row's advice): each backtick pair becomes
 * a code span of its own (mdCode), everything else is text (mdText), so the look stays and nothing inside
 * either can act, however the data's own backticks pair up.
 */
export function mdWithCode(message: unknown): Markdown {
  const parts = oneLine(String(message ?? '')).split(/`([^`]+)`/);
  return new Markdown(parts.map((p, i) => (i % 2 ? mdCode(p).text : inline(p))).join(''));
}

/**
 * A table cell: data (anything but Markdown) is escaped as text; Markdown we built passes. In both, `|`
 * would end the cell (inside code spans too, by GFM's table rule) and a line break would end the row.
 */
export function mdCell(value: unknown): string {
  if (value instanceof Markdown) return value.text.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const text = typeof value === 'string' ? value : String(value ?? '');
  // Plain cells (most are names and numbers) go straight through inline's shortcut; an empty one stays empty.
  if (text === '' || isPlain(text)) return text;
  // A line break in data stays visible inside the cell.
  if (!text.includes('\n')) return inline(oneLine(text));
  return text.split(/\r?\n/).map((line) => inline(oneLine(line))).join('<br>');
}

/** Line breaks and other controls as single spaces: one datum never starts a new block. */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\r\n\u2028\u2029\x85]+/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}

/**
 * Data as a fenced block (a log tail, a generated file): the fence is longer than any backtick run inside, so
 * no line of the data can close it; controls other than tabs and newlines are dropped.
 */
export function mdFence(data: string, lang = ''): string {
  // eslint-disable-next-line no-control-regex
  const text = data.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${/^[\w+-]*$/.test(lang) ? lang : ''}\n${text}\n${fence}`;
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks for reports written as strings (PR comments, job summaries): each escapes through the
// helpers above, so data reaches Markdown only through this module.

// Whitespace other than single inner spaces (tabs, newlines, runs, leading/trailing).
const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;

/** Data as a table cell of at most `max` characters (`…` when cut); `—` when empty. Escaped as mdCell. */
export function mdDataCell(text: string | undefined, max = 200): string {
  if (text === undefined || text === '') return '—';
  let t = CELL_ODD_SPACE.test(text) ? squeezed(text, max) : text;
  if (t === '') return '—';
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  // plain names and versions take mdCell's shortcut
  return mdCell(t);
}

/** Data as a code span in a table cell (its `|` escaped), at most `max` characters; `—` when empty. */
export function mdCodeCell(text: string | undefined, max = 120): string {
  if (text === undefined || text === '') return '—';
  const t = squeezed(text, max);
  return mdCell(mdCode(t.length > max ? t.slice(0, max - 1) + '…' : t));
}

/**
 * `text` with its whitespace runs made one space and trimmed, made only as far as `limit` characters and one
 * more (enough to cut it): a 16 MB license text was made whole for a 120-character cell, ten times a run (26 s).
 */
function squeezed(text: string, limit: number): string {
  const ws = /\s+/g;
  let i = 0;
  ws.lastIndex = 0;
  const lead = ws.exec(text);
  if (lead && lead.index === 0) i = lead[0].length;
  let out = '';
  while (i < text.length) {
    if (out.length > limit) return out;
    ws.lastIndex = i;
    const m = ws.exec(text);
    if (!m) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, m.index);
    i = m.index + m[0].length;
    if (i < text.length) out += ' ';
  }
  return out;
}

/** A table whose cells are Markdown the caller built (mdDataCell, mdCodeCell, …). */
export interface MdTable {
  header: string[];
  rows: string[][];
}

/** The table with its first `limit` rows (all when undefined), then a blank line and `more(rows left out)`. */
export function mdTable(t: MdTable, limit: number | undefined, more: (n: number) => string): string {
  const rows = limit === undefined ? t.rows : t.rows.slice(0, limit);
  const lines = [`| ${t.header.join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  if (rows.length < t.rows.length) lines.push('', more(t.rows.length - rows.length));
  return lines.join('\n');
}

/** Markdown list items (built by the caller): the first `limit` (all when undefined), then `more(left out)`. */
export function mdList(items: readonly string[], limit?: number, more?: (n: number) => string): string {
  const shown = limit === undefined ? [...items] : items.slice(0, limit);
  if (shown.length < items.length && more) shown.push(more(items.length - shown.length));
  return shown.map((i) => `- ${i}`).join('\n');
}

/** `a, b, c and 12 more`: at most `max` of the items (each through `show`), and how many were left out. */
export function listSome<T>(items: readonly T[], max: number, show: (item: T) => string = String): string {
  const shown = items.slice(0, max).map(show).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** A collapsed section: the title as HTML text, the body Markdown the caller built. */
export function mdDetails(title: string, body: string): string {
  return `<details><summary>${htmlText(title)}</summary>\n\n${body}\n\n</details>`;
}

/**
 * A left-to-right Mermaid graph of `edges`, the `marked` nodes styled with `classDef` as class `name`.
 * Labels keep only `[A-Za-z0-9_.+ -]` (and quotes as `#quot;`), so no label can close its quote, its node or
 * the fence.
 */
export function mdMermaidGraph(edges: readonly (readonly [string, string])[], marked: ReadonlySet<string>, mark: { name: string; style: string }): string {
  const ids = new Map<string, string>();
  const node = (name: string) => {
    let id = ids.get(name);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(name, id);
    }
    return id;
  };
  const label = (name: string) => name.replace(/[^A-Za-z0-9_.+ "-]/g, '').replace(/"/g, '#quot;');
  const lines = ['```mermaid', 'graph LR'];
  for (const [a, b] of edges) lines.push(`  ${node(a)}["${label(a)}"] --> ${node(b)}["${label(b)}"]`);
  const markedIds = [...ids].filter(([name]) => marked.has(name)).map(([, id]) => id);
  if (markedIds.length) {
    lines.push(`  classDef ${mark.name} ${mark.style}`);
    lines.push(`  class ${markedIds.join(',')} ${mark.name}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** The first of `attempts` rendered within `max` characters (shorter and shorter renderings), or undefined. */
export function firstWithin<T>(max: number, attempts: readonly T[], render: (attempt: T) => string): string | undefined {
  for (const a of attempts) {
    const text = render(a);
    if (text.length <= max) return text;
  }
  return undefined;
}
