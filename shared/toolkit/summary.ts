/**
 * A job-summary builder producing GitHub-flavoured markdown. Pure (no I/O); `render()` caps the text at a
 * byte limit (the job summary's 1 MiB, or a PR comment's 65,536 characters) with a visible truncation note.
 */
import type { Finding } from '../finding.js';
import { groupFindings, sortFindings, type FindingGroup } from '../finding.js';
import { htmlText, markdown, mdCell, mdCode, mdFence, mdText, mdWithCode, type Markdown } from '../markdown.js';

export { htmlText, Markdown, markdown, mdCell, mdCode, mdFence, mdText, mdWithCode } from '../markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

/** A table cell from data (escaped) or from `Markdown` we built (`mdCode(x)`, `markdown(…)`: passed through). */
export function escapeCell(text: unknown): string {
  return mdCell(text);
}

/** Data as inline Markdown text (see shared/markdown.ts: no markup, HTML, mention, reference or link). */
export function escapeText(text: unknown): string {
  return mdText(text);
}

export class Summary {
  private parts: string[] = [];

  heading(text: string, level = 2): this {
    this.parts.push(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeText(text)}\n`);
    return this;
  }

  paragraph(markdown: string): this {
    this.parts.push(`${markdown}\n`);
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length) this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
    return this;
  }

  /**
   * A markdown table. A cell is data (escaped) unless it is `Markdown` (`mdCode(x)`, `markdown(…)`); with
   * `raw`, every string cell is Markdown the caller built. `|` and line breaks never break a row.
   */
  table(header: readonly string[], rows: readonly (readonly unknown[])[], options: { raw?: boolean } = {}): this {
    if (!rows.length) return this;
    const escape = options.raw ? (c: unknown) => mdCell(typeof c === 'string' ? markdown(c) : c) : mdCell;
    // A column repeats its values (`yes`, a severity icon, a toolchain): each distinct text is escaped once.
    const seen = new Map<string, string>();
    const cell = (c: unknown) => {
      if (typeof c !== 'string') return escape(c);
      let out = seen.get(c);
      if (out === undefined) seen.set(c, (out = escape(c)));
      return out;
    };
    const lines = [
      `| ${header.map(escapeCell).join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${header.map((_, i) => cell(r[i])).join(' | ')} |`),
    ];
    this.parts.push(`${lines.join('\n')}\n`);
    return this;
  }

  details(summary: string, body: string | Summary, open = false): this {
    const inner = typeof body === 'string' ? body : body.toString();
    this.parts.push(`<details${open ? ' open' : ''}><summary>${htmlText(summary)}</summary>\n\n${inner}\n</details>\n`);
    return this;
  }

  code(text: string, lang = ''): this {
    this.parts.push(`${mdFence(text, lang)}\n`);
    return this;
  }

  mermaid(diagram: string): this {
    return this.code(diagram, 'mermaid');
  }

  findings(findings: readonly Finding[], options: { limit?: number } = {}): this {
    const limit = options.limit ?? 500;
    const entries = groupFindings(sortFindings(findings));
    // Findings of one kind share their fix text (320 targets without a runner: one hint): escaped once.
    const hints = new Map<string, Markdown>();
    const hint = (h: string) => {
      let m = hints.get(h);
      if (!m) hints.set(h, (m = mdWithCode(h)));
      return m;
    };
    const shown = entries.slice(0, limit);
    const rows = shown.map((e) => {
      if ('group' in e) {
        const f = e.group[0]!;
        return [severityIcon(f.severity), f.code, groupMessage(e), groupWhere(e.group), hint(f.hint ?? '')];
      }
      return [severityIcon(e.severity), e.code, mdWithCode(e.message), e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '', hint(e.hint ?? '')];
    });
    this.table(['', 'code', 'finding', 'where', 'fix'], rows);
    const left = findings.length - shown.reduce((n, e) => n + ('group' in e ? e.group.length : 1), 0);
    if (left > 0) this.paragraph(`_…and ${left} more findings (see the JSON report)._`);
    return this;
  }

  raw(markdown: string): this {
    this.parts.push(markdown);
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join('\n');
  }

  /** The text within `limit` units (bytes for 'bytes', UTF-16 chars for 'chars'), with a truncation note. */
  render(limit = SUMMARY_LIMIT_BYTES, unit: 'bytes' | 'chars' = 'bytes', note = 'the full report is in the JSON report file'): string {
    return capText(this.toString(), limit, unit, note);
  }
}

function groupMessage(g: FindingGroup): Markdown {
  const prefix = g.prefix.trim();
  const suffix = g.suffix.trim();
  const list = `${g.words.map((w) => mdCode(w).text).join(', ')} (${g.words.length})`;
  return markdown(`${prefix ? `${mdText(prefix)} ` : ''}${list}${suffix ? `${/^\s/.test(g.suffix) ? ' ' : ''}${mdText(suffix)}` : ''}`);
}

function groupWhere(group: readonly Finding[]): string {
  const file = group[0]!.file;
  if (!file) return '';
  // A loop, not Math.min(...lines): a group may be larger than a call's argument limit.
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of group) {
    if (f.line === undefined) continue;
    lo = Math.min(lo, f.line);
    hi = Math.max(hi, f.line);
  }
  if (lo === Infinity) return file;
  return lo === hi ? `${file}:${lo}` : `${file}:${lo}–${hi}`;
}

export function severityIcon(severity: Finding['severity']): string {
  return severity === 'error' ? '❌' : severity === 'warning' ? '⚠️' : 'ℹ️';
}

/** One finding as a markdown list line (PR comments). */
export function findingLine(f: Finding): string {
  const where = f.file ? ` — ${mdCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
  return `${severityIcon(f.severity)} **${mdText(f.code)}**: ${mdWithCode(f.message)}${where}${f.hint ? ` _(fix: ${mdWithCode(f.hint)})_` : ''}`;
}

/** A finding as a list item that needs no code or severity: `` `file` line 3: message ``. */
export function findingWhereLine(f: Finding): string {
  return `${f.file ? `${mdCode(f.file)}${f.line ? ` line ${f.line}` : ''}: ` : ''}${mdWithCode(f.message)}`;
}

export function capText(text: string, limit: number, unit: 'bytes' | 'chars', note: string): string {
  const size = (s: string) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
  if (size(text) <= limit) return text;
  const tail = `\n\n> **Truncated**: this text was cut to stay under ${unit === 'bytes' ? `${limit} bytes` : `${limit} characters`}; ${note}.\n`;
  let room = limit - size(tail);
  for (;;) {
    let cut = text.slice(0, Math.max(0, room));
    while (size(cut) > room) cut = cut.slice(0, Math.floor(cut.length * 0.95));
    // Do not leave half a line (a broken table row or an open tag).
    const nl = cut.lastIndexOf('\n');
    if (nl > 0) cut = cut.slice(0, nl);
    // Close an open <details> and code fence so the note stays visible.
    const opens = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    const closing = opens > 0 ? '\n</details>'.repeat(opens) : '';
    const fences = (cut.match(/^```/gm) ?? []).length;
    const out = `${cut}${fences % 2 ? '\n```' : ''}${closing}${tail}`;
    if (size(out) <= limit || room <= 0) return out;
    room -= size(out) - limit;
  }
}
