/**
 * One escaping layer (shared/markdown.ts, used by the toolkit's Summary and the domain renderers): data in a
 * table cell, a paragraph, a list item, a heading, a <details> title, a code span or a fenced block never
 * becomes markup, HTML, an image, a live link, an @mention or an issue reference. Rendered with markdown-it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInlineFully, htmlText, markdown, mdCell, mdCode, mdCodeCell, mdDataCell, mdDetails, mdFence, mdList, mdMermaidGraph, mdTable, mdText, mdWithCode } from '../../shared/markdown.js';
import { findingLine, findingWhereLine, Summary } from '../../shared/toolkit/summary.js';
import type { Finding } from '../../shared/finding.js';
import { renderComment, renderSummary } from '../../actions/crate-license-audit/render.js';
import { HOSTILE, liveParts, render } from './inert-markdown.js';

/** Every place a datum can go, as one document. */
function everywhere(d: string): string {
  const f: Finding = { severity: 'error', code: 'bad', message: d, file: d, line: 3, hint: d };
  const s = new Summary()
    .heading(d)
    .paragraph(`Package ${mdText(d)} in ${mdCode(d)}.`)
    .list([mdText(d), `${mdCode(d)} and ${mdText(d)}`, `Mask ${mdWithCode(`\`${d}\` or ${d}`)}`])
    .table(['name', 'code', 'markdown'], [[d, mdCode(d), markdown(`**${mdText(d)}**`)], [d, mdWithCode(d), mdWithCode(`x \`${d}\` y`)]])
    .findings([f])
    .details(d, new Summary().code(d))
    .paragraph(findingLine(f))
    .raw(`<details><summary>${htmlText(d)}</summary>\n\n${mdFence(d)}\n</details>\n`)
    .paragraph(`| x |\n|---|\n| ${mdCell(d)} | ${mdDataCell(d)} |`)
    // The building blocks of reports written as strings (crate-license-audit's comment and summary).
    .paragraph(mdTable({ header: ['a', 'b'], rows: [[mdDataCell(d), mdCodeCell(d)]] }, 0, (n) => `${n} more`))
    .paragraph(mdDetails(d, mdList([mdText(d), mdDataCell(d, 5)], 1, () => mdText(d))))
    .paragraph(mdMermaidGraph([[d, d]], new Set([d]), { name: 'x', style: 'fill:#fff' }));
  return s.toString();
}

describe('data never comes alive in Markdown', () => {
  it.each(HOSTILE)('%j in every position', (d) => {
    const html = render(everywhere(d));
    expect(liveParts(html)).toEqual([]);
  });

  it('the whole list at once, and the tables keep their shape (one row per datum, three cells)', () => {
    const d = HOSTILE.join(' ');
    const html = render(everywhere(d));
    expect(liveParts(html)).toEqual([]);
    const rows = html.split('<tr>').slice(1).map((r) => (r.match(/<t[dh][ >]/g) ?? []).length);
    // name/code/markdown table (header + 2 rows), the findings table (header + 1 row), the one-column table
    expect(rows.slice(0, 3)).toEqual([3, 3, 3]);
  });

  it('random mixes of the hostile pieces (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })), { maxLength: 6 }), (parts) => {
        const html = render(everywhere(parts.join('')));
        expect(liveParts(html)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the data: a code span keeps backticks, text keeps its characters, our code spans stay code', () => {
    expect(render(mdWithCode('Mask `dev-lang/rust::gentoo` in package.mask').text)).toBe('<p>Mask <code>dev-lang/rust::gentoo</code> in package.mask</p>\n');
    expect(render(`a ${mdCode('x`<img src=x>`y')} b`)).toContain('<code>x`&lt;img src=x&gt;`y</code>');
    expect(render(mdText("Vec<u8> *x* @evil-user #1"))).toBe("<p>Vec&lt;u8&gt; *x* @\u200bevil-user #\u200b1</p>\n");
    expect(render(`| a |\n|---|\n| ${mdCell(mdCode('a|b'))} |`)).toContain('<code>a|b</code>');
  });

  it('plain names and versions are left as they are (no needless escapes in the raw text)', () => {
    for (const s of ['x86_64-unknown-linux-gnu', 'dev-lang/rust', '1.98.0', 'serde_json', 'regicide-rust']) expect(mdText(s)).toBe(s);
  });
});

describe('the crate license comment', () => {
  it('a hostile crate name, version and license render inert in the comment', () => {
    const d = HOSTILE.join(' ');
    const crate = { id: d, name: d, version: d, source: d, sourceKind: 'registry', line: 1, license: d, expression: d, licenseFile: d, licenseFrom: d, reason: d, satisfiedBy: [d], corrections: [d], clarifiedBy: d, exceptionUsed: d, verdict: 'denied', change: 'added', path: [d, d], dependents: { direct: 1, transitive: 1 } };
    const report = {
      schema: 1,
      lockfile: d,
      workspaceMembers: [{ name: d, version: d, license: d }],
      verdict: 'fail',
      failOn: ['denied'],
      failedBecause: ['1 denied crate'],
      totals: { crates: 1, added: 1, removed: 0, updated: 0, denied: 1, invalidSpdx: 0, unknown: 0, needsReview: 0, newlyDuplicated: 0, licenseChanged: 0, breaking: 0, minor: 0, patch: 0, downgrade: 0 },
      crates: [crate],
      diff: { added: [{ ...crate }], removed: [{ name: d, version: d, license: d }], updated: [], newlyDuplicated: [], checksumChanged: [], workspace: { added: [d], removed: [], changed: [] } },
      deniedGraph: [[d, d]],
      queries: [{ query: d, found: false, crates: [] }],
      licenseUse: [],
      findings: [],
      policyNotes: [{ severity: 'warning', code: 'x', message: d, file: d, line: 1 }],
    };
    expect(liveParts(render(renderComment(report as never)))).toEqual([]);
    expect(liveParts(render(renderSummary(report as never)))).toEqual([]);
    // the lockfile or policy cannot be used: its errors as list items
    const lines = [{ severity: 'error' as const, code: 'lock-syntax', message: `bad \`${d}\` ${d}`, file: d, line: 2 }].map(findingWhereLine);
    expect(liveParts(render(new Summary().list(lines).toString()))).toEqual([]);
  });
});

describe("the escaping's shortcut for plain text (mdText, mdCell, mdWithCode)", () => {
  it('returns exactly what the full escaping returns, for text made of the characters it lets through and their neighbours', () => {
    const unit = fc.constantFrom(...'aZ09_ .,;=()\'"/+-#@:~`*[]|<>&\\$!\twwWghGH1.)'.split(''), 'www.', 'GH-1', 'gh-2', '1. ', '2)', '_x', 'x_', 'a_b', '://', 'https://x', '-- ', '== ', '# ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const full = escapeInlineFully(s);
        expect(mdText(s)).toBe(full);
        expect(mdCell(s)).toBe(full);
      }),
      { numRuns: 3000, seed: 11 },
    );
    // the shortcut is taken for real names, and what it must not pass is escaped
    for (const plain of ['x86_64-unknown-linux-gnu', 'thumbv8m.main-none-eabihf', '1.95.0', "MIT OR Apache-2.0", 'rust 1.95.0 (59807616e 2026-04-14)']) expect(mdCell(plain)).toBe(plain);
    for (const live of ['1. item', 'www.evil.example', 'GH-12', '_emph_', 'a__b_']) expect(mdCell(live)).not.toBe(live);
  });

  it("mdCell's fast paths (numbers, empty cells, one line) give what each line escaped and joined with <br> gives", () => {
    const reference = (v: unknown) => String(v ?? '').split(/\r?\n/).map((line) => mdText(line)).join('<br>');
    const unit = fc.constantFrom(...'aZ09_ .,;=|<>&\\\r\n\u2028#@'.split(''), '1. ', 'www.', '\r\n');
    fc.assert(
      fc.property(fc.oneof(fc.array(unit, { maxLength: 10 }).map((p) => p.join('')), fc.integer(), fc.double(), fc.constantFrom(null, undefined, true, '')), (v) => {
        expect(mdCell(v)).toBe(reference(v));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});

describe('cells of huge text', () => {
  const CELL_ODD_SPACE = /[^\S ]| {2}|^ | $/;
  // The plain statement: collapse all whitespace of the whole text, then cut.
  const referenceCode = (text: string, max: number) => {
    if (text === '') return '—';
    const t = text.replace(/\s+/g, ' ').trim();
    return mdCell(mdCode(t.length > max ? t.slice(0, max - 1) + '…' : t));
  };
  const referenceData = (text: string, max: number) => {
    if (text === '') return '—';
    let t = CELL_ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
    if (t === '') return '—';
    if (t.length > max) t = t.slice(0, max - 1) + '…';
    return mdCell(t);
  };

  it('agree with collapsing all the whitespace first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', '\n', 'a', 'b|', '`', '\u00a0'), { maxLength: 60 }).map((a) => a.join('')), fc.integer({ min: 1, max: 30 }), (t, max) => {
        expect(mdCodeCell(t, max)).toBe(referenceCode(t, max));
        expect(mdDataCell(t, max)).toBe(referenceData(t, max));
      }),
      { numRuns: 5_000 },
    );
  });

  it('a 16 MB license text in a 120-character cell: only what the cell shows is looked at', () => {
    // (the whole text was collapsed for each cell, ten cells a run: 26 s and 1.1 GB)
    const text = 'word '.repeat(3_300_000);
    const orig = String.prototype.replace;
    let replaced = 0;
    String.prototype.replace = function (this: string, ...args: unknown[]) {
      replaced += this.length;
      return (orig as (...a: unknown[]) => string).apply(this, args);
    } as typeof String.prototype.replace;
    let cells: string[];
    try {
      cells = [mdCodeCell(text), mdDataCell(`${text}\n`)];
    } finally {
      String.prototype.replace = orig;
    }
    expect(cells[0]).toBe(`\`${text.slice(0, 119)}…\``);
    expect(cells[1]!.endsWith('…')).toBe(true);
    expect(replaced).toBeLessThan(10_000);
  });
});
