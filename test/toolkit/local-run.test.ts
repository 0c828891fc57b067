import { describe, expect, it } from 'vitest';
import { annotationsFrom, parseCommandFile, parseWorkflowCommands } from '../../shared/toolkit/local-run.js';
import { capText, Summary } from '../../shared/toolkit/summary.js';

describe('runner file formats', () => {
  it('parses GITHUB_OUTPUT with heredoc blocks as @actions/core writes them', () => {
    const text = 'a=1\nmatrix<<ghadelimiter_123\n{"include":[\n]}\nline two\nghadelimiter_123\nb=x=y\n';
    expect(parseCommandFile(text)).toEqual({ a: '1', matrix: '{"include":[\n]}\nline two', b: 'x=y' });
    expect(() => parseCommandFile('x<<EOF\nno end')).toThrow(/unterminated/);
  });

  it('parses annotations with escaped properties and messages', () => {
    const cmds = parseWorkflowCommands('noise\n::error file=a%2Cb.txt,line=3,title=bad%3A thing::first%0Asecond %25\n::add-mask::s3cret\n::warning::plain\n');
    expect(annotationsFrom(cmds)).toEqual([
      { level: 'error', file: 'a,b.txt', line: 3, title: 'bad: thing', message: 'first\nsecond %' },
      { level: 'warning', message: 'plain' },
    ]);
    expect(cmds.find((c) => c.command === 'add-mask')?.message).toBe('s3cret');
  });

  it('ignores commands between ::stop-commands::TOKEN and ::TOKEN:: as the runner does', () => {
    const cmds = parseWorkflowCommands('::stop-commands::tok123\n::error::from the guest\n::tok123::\n::warning::ours\n');
    expect(annotationsFrom(cmds)).toEqual([{ level: 'warning', message: 'ours' }]);
  });
});

describe('summary', () => {
  it('builds tables with escaped cells, details and mermaid', () => {
    const s = new Summary().heading('Title').table(['a', 'b'], [['x|y', '<b>']]).details('more', 'inner').mermaid('graph LR; a-->b');
    const t = s.toString();
    expect(t).toContain('| x\\|y | &lt;b&gt; |');
    expect(t).toContain('<details><summary>more</summary>');
    expect(t).toContain('```mermaid\ngraph LR; a-->b\n```');
  });

  it('caps at the limit with a visible note and closes open details', () => {
    const body = `<details><summary>big</summary>\n\n${'| row | value |\n'.repeat(100_000)}`;
    const capped = capText(body, 65_536, 'chars', 'see the job summary');
    expect(capped.length).toBeLessThanOrEqual(65_536);
    expect(capped).toMatch(/Truncated.*see the job summary/);
    expect(capped).toContain('</details>');
    const bytes = new Summary().raw('é'.repeat(700_000)).render(1024 * 1024, 'bytes');
    expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('escapeCell', () => {
  it('turns newlines into <br> after escaping; backticks in data are data, a code span we built passes', async () => {
    const { escapeCell, mdCode } = await import('../../shared/toolkit/summary.js');
    expect(escapeCell('a\nb')).toBe('a<br>b');
    expect(escapeCell('<b> `Vec<u8>` x|y')).toBe('&lt;b&gt; \\`Vec&lt;u8&gt;\\` x\\|y');
    expect(escapeCell(mdCode('a|b'))).toBe('`a\\|b`');
  });
});

describe('Summary.code', () => {
  it('uses a fence longer than any backtick run in untrusted text', async () => {
    const { Summary } = await import('../../shared/toolkit/summary.js');
    const t = new Summary().code('guest says ````\n# heading?').toString();
    expect(t.startsWith('`````\n')).toBe(true);
    expect(t.trimEnd().endsWith('\n`````')).toBe(true);
  });
});
