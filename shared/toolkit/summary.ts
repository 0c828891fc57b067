/**
 * A job-summary builder producing GitHub-flavoured markdown. Pure (no I/O); `render()` caps the text at a
 * byte limit (the job summary's 1 MiB, or a PR comment's 65,536 characters) with a visible truncation note.
 */
import type { Finding } from '../finding.js';
import { sortFindings } from '../finding.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

export function escapeCell(text: unknown): string {
  // `|` breaks a table row everywhere, code spans included; `<`/`>` are escaped only outside code spans,
  // where GitHub would show the entities literally; newlines become <br> after escaping.
  return String(text ?? '')
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function escapeText(text: unknown): string {
  return String(text ?? '')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
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

  /** A markdown table; cells are escaped unless `raw` is set. */
  table(header: readonly string[], rows: readonly (readonly unknown[])[], options: { raw?: boolean } = {}): this {
    if (!rows.length) return this;
    const cell = options.raw ? (c: unknown) => String(c ?? '') : escapeCell;
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
    this.parts.push(`<details${open ? ' open' : ''}><summary>${escapeText(summary)}</summary>\n\n${inner}\n</details>\n`);
    return this;
  }

  code(text: string, lang = ''): this {
    // A fence longer than any backtick run inside, so untrusted text cannot close it.
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    this.parts.push(`${fence}${lang}\n${text}\n${fence}\n`);
    return this;
  }

  mermaid(diagram: string): this {
    return this.code(diagram, 'mermaid');
  }

  findings(findings: readonly Finding[], options: { limit?: number } = {}): this {
    const limit = options.limit ?? 500;
    const sorted = sortFindings(findings);
    const rows = sorted
      .slice(0, limit)
      .map((f) => [severityIcon(f.severity), f.code, f.message, f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '', f.hint ?? '']);
    this.table(['', 'code', 'finding', 'where', 'fix'], rows);
    if (sorted.length > limit) this.paragraph(`_…and ${sorted.length - limit} more findings (see the JSON report)._`);
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

export function severityIcon(severity: Finding['severity']): string {
  return severity === 'error' ? '❌' : severity === 'warning' ? '⚠️' : 'ℹ️';
}

/** One finding as a markdown list line (PR comments). */
export function findingLine(f: Finding): string {
  const where = f.file ? ` — \`${f.file}${f.line ? `:${f.line}` : ''}\`` : '';
  return `${severityIcon(f.severity)} **${escapeText(f.code)}**: ${escapeText(f.message)}${where}${f.hint ? ` _(fix: ${escapeText(f.hint)})_` : ''}`;
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
