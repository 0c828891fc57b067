import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLockfileOrThrow } from '../../shared/cargo/lockfile.js';
import { auditCrates } from '../../shared/cargo/audit.js';
import { parsePolicy, buildPolicy } from '../../shared/cargo/policy.js';
import { licensesFromDirectory, type LicenseInfo } from '../../shared/cargo/license-sources.js';
import { renderComment, renderSummary, mermaidGraph, pulledInBy, COMMENT_LIMIT, SUMMARY_LIMIT } from '../../actions/crate-license-audit/render.js';
import { mdDataCell as cell } from '../../shared/markdown.js';

const dir = fileURLToPath(new URL('../../fixtures/cargo/crates-audit-pr/', import.meta.url));
const head = parseLockfileOrThrow(readFileSync(dir + 'Cargo.lock', 'utf8'));
const base = parseLockfileOrThrow(readFileSync(dir + 'base.Cargo.lock', 'utf8'), { file: 'base.Cargo.lock' });
const { licenses } = await licensesFromDirectory(dir + 'crates');
const report = auditCrates({
  head,
  base,
  licenses,
  policy: parsePolicy(readFileSync(dir + 'license-policy.yml', 'utf8'), 'license-policy.yml'),
  failOn: ['denied'],
  query: ['rand'],
});

describe('renderComment', () => {
  const body = renderComment(report, { summaryUrl: 'https://example.invalid/run/1' });
  const lines = body.split('\n');

  it('starts with a verdict line, then counts, then the problems table', () => {
    // What failed, then what is wrong but outside fail-on.
    expect(lines[0]).toBe('### ❌ Crate licenses: fails on 1 denied crate — also 1 unknown · 1 to review · 1 new duplicate (warnings only)');
    expect(lines[2]).toBe(
      '**11 crates** · +4 added · −1 removed · 5 updated (1 breaking, 1 minor, 2 patch, 1 downgrade) · 1 newly duplicated · **1 license change** · fail-on: denied',
    );
    expect(lines[4]).toBe('|  | Crate | Version | License | Why | Pulled in by |');
    expect(lines[6]).toBe('| ⛔ | gpl-core 🆕 | 2.0.0 | `GPL-3.0-only` | GPL-3.0-only is denied | app → wrapper |');
  });

  it('draws the path to the denied crate in mermaid, marking it', () => {
    expect(body).toContain('```mermaid\ngraph LR\n  n0["app"] --> n1["wrapper"]\n  n1["wrapper"] --> n2["gpl-core"]');
    expect(body).toContain('class n2 denied');
  });

  it('collapses added / updated / removed / newly duplicated', () => {
    for (const s of ['Added (4)', 'Updated (5, 1 license change)', 'Removed (1)', 'Newly duplicated (1)']) {
      expect(body).toContain(`<details><summary>${s}</summary>`);
    }
    // License changes come first in the updated table and show both sides.
    const updated = body.slice(body.indexOf('Updated (5'));
    expect(updated.split('\n')[4]).toBe('| relicensed | 0.5.0 | 0.5.1 | patch | ⚠️ `MIT` → `MIT AND BSD-3-Clause` |');
    expect(updated).toContain('| llvm-ish | 0.9.0 | 0.10.0 | **breaking** |');
    expect(updated).toContain('| old-thing | 2.1.0 | 2.0.3 | **downgrade** |');
    // Each copy of a newly duplicated crate says who pulls it in.
    expect(body).toContain('| rand | 0.8.5 ← app; 0.9.0 ← app | 0.8.5 |');
  });

  it('passes with a green line when nothing is wrong', () => {
    const ok = auditCrates({ head, licenses, policy: buildPolicy({ deny: ['AGPL-3.0-only'] }), failOn: ['denied'] });
    expect(renderComment(ok).split('\n')[0]).toBe('### ⚠️ Crate licenses: passes (fail-on: denied), but 1 unknown · 1 to review');
    // Counted in fail-on, the same crates fail the audit and are not repeated as warnings.
    const strict = auditCrates({ head, licenses, policy: buildPolicy({ deny: ['AGPL-3.0-only'] }), failOn: ['unknown'] });
    expect(renderComment(strict).split('\n')[0]).toBe('### ❌ Crate licenses: fails on 2 crates with an unknown or unreviewed license');
    const clean = auditCrates({
      head,
      licenses,
      policy: buildPolicy({ clarify: { ghost: 'MIT', mystery: 'MIT' } }),
      failOn: ['denied'],
    });
    expect(renderComment(clean).split('\n')[0]).toBe('### ✅ Crate licenses: all 11 crates pass the policy');
    expect(renderComment(clean)).not.toContain('| Crate |');
  });

  it('the job summary lists every crate with what allowed it, or why not', () => {
    const s = renderSummary(report);
    expect(s).toContain('|  | Crate | Version | License | Allowed under (or why not) | Dependents (direct / all) | Notes |');
    expect(s).toContain('| ⛔ | gpl-core | 2.0.0 | `GPL-3.0-only` | GPL-3.0-only is denied |');
  });

  it('escapes table cells and mermaid labels', () => {
    expect(cell('a|b <script> `x` *y*')).toBe('a\\|b &lt;script&gt; \\`x\\` \\*y\\*');
    expect(pulledInBy(['a', 'b', 'c', 'd', 'e', 'f', 'x'])).toBe('a → b → … → f');
    expect(pulledInBy(undefined)).toBe('—');
    const evil = { ...report, deniedGraph: [['a"b', 'c<d>'] as [string, string]] };
    expect(mermaidGraph(evil)).toContain('n0["a#quot;b"] --> n1["cd"]');
  });

  it('a cell renders back to its text (whitespace collapsed), whatever markup characters it holds', () => {
    const md = new MarkdownIt({ html: true });
    const shown = (text: string, max: number): string => {
      const t = text.replace(/\s+/g, ' ').trim();
      return t.length > max ? t.slice(0, max - 1) + '…' : t;
    };
    const textOf = (html: string) =>
      (/<td>([\s\S]*?)<\/td>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const chars = fc.constantFrom(...'ab &<>|`*_~[]\t\n  ');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (s, max) => {
        if (shown(s, max) === '') return;
        expect(textOf(md.render(`| h |\n|---|\n| ${cell(s, max)} |\n`))).toBe(shown(s, max));
      }),
      { numRuns: 2000 },
    );
    expect(cell('  \n ')).toBe('—');
  });
});

function bigUpdate(n: number) {
  const pkg = (name: string, version: string) =>
    `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'0'.repeat(64)}"\n`;
  const names = Array.from({ length: n }, (_, i) => `crate-with-a-long-name-${String(i).padStart(4, '0')}`);
  const root = (deps: string[]) => `[[package]]\nname = "root"\nversion = "0.1.0"\ndependencies = [\n${deps.map((d) => ` "${d}",`).join('\n')}\n]\n`;
  const baseText = ['version = 4', root(names), ...names.map((x) => pkg(x, '1.0.0'))].join('\n\n');
  const headText = ['version = 4', root(names), ...names.map((x, i) => pkg(x, i % 3 === 0 ? '2.0.0' : '1.1.0'))].join('\n\n');
  const lic = new Map<string, LicenseInfo>();
  names.forEach((x, i) => {
    for (const v of ['1.0.0', '1.1.0', '2.0.0']) {
      // Every fifth crate is denied, every seventh changes its license: many problem rows.
      const license = i % 5 === 0 ? 'GPL-3.0-only' : i % 7 === 0 && v !== '1.0.0' ? 'MIT AND BSD-3-Clause' : 'MIT OR Apache-2.0';
      lic.set(`${x}@${v}`, { name: x, version: v, license, origin: 'directory', from: 'x' });
    }
  });
  return auditCrates({
    head: parseLockfileOrThrow(headText),
    base: parseLockfileOrThrow(baseText, { file: 'base.Cargo.lock' }),
    licenses: lic,
    policy: buildPolicy({ allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause'], deny: ['GPL-3.0-only'] }),
    failOn: ['denied'],
  });
}

describe('size limits', () => {
  it('a 700-crate update stays under 65,536 characters and points to the job summary', () => {
    const r = bigUpdate(700);
    expect(r.totals.updated).toBe(700);
    expect(r.totals.denied).toBe(140);
    const body = renderComment(r, { summaryUrl: 'https://example.invalid/run/1' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT - 512);
    expect(body.split('\n')[0]).toBe('### ❌ Crate licenses: fails on 140 denied crates');
    expect(body).toMatch(/…and \d+ more in the \[job summary\]\(https:\/\/example\.invalid\/run\/1\)/);
    // The full render really was too large: the test exercises the fallback.
    expect(renderComment(r, { maxLength: 10_000_000 }).length).toBeGreaterThan(COMMENT_LIMIT);
  });

  it('the job summary holds every row of a 700-crate update', () => {
    const r = bigUpdate(700);
    const s = renderSummary(r);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(s).toContain('#### All crates (700)');
    expect(s).toContain('crate-with-a-long-name-0699');
    expect(s).not.toContain('more rows');
  });

  it('a tiny budget still keeps the verdict line', () => {
    const r = bigUpdate(50);
    const body = renderComment(r, { maxLength: 300 });
    expect(body.length).toBeLessThanOrEqual(300);
    expect(body.startsWith('### ❌ Crate licenses: fails on 10 denied crates')).toBe(true);
    expect(body).toContain('job summary');
  });
});

const uv = fileURLToPath(new URL('../../../shared/bench-data/cargo-locks/astral-sh-uv-Cargo.lock', import.meta.url));
const uvOld = fileURLToPath(new URL('../../../shared/bench-data/cargo-locks/astral-sh-uv-old-Cargo.lock', import.meta.url));

describe('real locks (../shared/bench-data/cargo-locks)', () => {
  it.skipIf(!existsSync(uv) || !existsSync(uvOld))('uv six months apart: comment fits, summary lists every crate', () => {
    const r = auditCrates({
      head: parseLockfileOrThrow(readFileSync(uv, 'utf8')),
      base: parseLockfileOrThrow(readFileSync(uvOld, 'utf8'), { file: 'old' }),
      licenses: new Map(),
      policy: buildPolicy({ allow: ['MIT'] }),
      failOn: ['unknown'],
    });
    expect(r.totals.updated).toBeGreaterThan(100);
    const body = renderComment(r);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const s = renderSummary(r);
    expect(s).toContain(`#### All crates (${r.totals.crates})`);
  });
});
