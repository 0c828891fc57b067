/**
 * The job summary's findings table: findings of one kind that differ in one word (a build-target-matrix run
 * over every built-in target has 196 "No runner for <target> on a x86_64 linux host." notices) are one row
 * that names every word, not a row each; anything else keeps a row of its own.
 */
import { describe, expect, it } from 'vitest';
import { groupFindings, type Finding } from '../../shared/finding.js';
import { Summary } from '../../shared/toolkit/summary.js';
import { HOSTILE, liveParts, render } from '../security/inert-markdown.js';

const HINT = 'Test commands are skipped for it; give the target its own runner command (e.g. runner: [qemu-system-x86_64, -kernel]) to run them.';
const runner = (t: string, line: number): Finding => ({ severity: 'notice', code: 'runner', message: `No runner for ${t} on a x86_64 linux host.`, file: 'targets', line, hint: HINT });
const targets = Array.from({ length: 196 }, (_, i) => `arch${i}-unknown-os${i % 7}`);

/** The table rows of a rendered summary (header and separator left out). */
const rows = (s: Summary) => s.toString().split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).slice(1);

describe('findings of one kind, one word apart', () => {
  it('196 runner notices: one row naming every target, the line range, the one fix', () => {
    const fs = targets.map((t, i) => runner(t, i + 3));
    const out = rows(new Summary().findings([{ severity: 'notice', code: 'batched', message: '320 targets in 64 jobs of up to 5.' }, ...fs]));
    expect(out).toHaveLength(2);
    const row = out.find((r) => r.includes('| runner |'))!;
    expect(row).toContain(`No runner for ${targets.map((t) => `\`${t}\``).join(', ')} (196) on a x86_64 linux host.`);
    expect(row).toContain('| targets:3–198 |');
    expect(row.split(HINT.slice(0, 40)).length).toBe(2);
    expect(out.some((r) => r.includes('320 targets in 64 jobs'))).toBe(true);
  });

  it('the word may stand first or last, and a common start or end of the words stays in them', () => {
    const first = Array.from({ length: 9 }, (_, i) => ({ severity: 'warning' as const, code: 'x', message: `armv${i}-none is bare-metal: set runner.` }));
    expect(rows(new Summary().findings(first))[0]).toContain('`armv0-none`, `armv1-none`');
    expect(rows(new Summary().findings(first))[0]).toContain('(9) is bare-metal: set runner.');
    const last = Array.from({ length: 9 }, (_, i) => ({ severity: 'warning' as const, code: 'x', message: `Unknown target t${i}-gnu.` }));
    expect(rows(new Summary().findings(last))).toHaveLength(1);
    expect(rows(new Summary().findings(last))[0]).toContain('Unknown target `t0-gnu`, `t1-gnu`');
  });

  it('stays a row each: fewer than eight, two words apart, other hints or files, backticks, identical messages', () => {
    const seven = targets.slice(0, 7).map((t, i) => runner(t, i + 1));
    expect(rows(new Summary().findings(seven))).toHaveLength(7);
    const twoWords = targets.slice(0, 10).map((t, i) => ({ ...runner(t, i + 1), message: `No runner for ${t} on a host${i}.` }));
    expect(rows(new Summary().findings(twoWords))).toHaveLength(10);
    const hints = targets.slice(0, 10).map((t, i) => ({ ...runner(t, i + 1), hint: `fix ${i % 2}` }));
    expect(rows(new Summary().findings(hints))).toHaveLength(10);
    const files = targets.slice(0, 10).map((t, i) => ({ ...runner(t, 1), file: `f${i}` }));
    expect(rows(new Summary().findings(files))).toHaveLength(10);
    const ticks = targets.slice(0, 10).map((t, i) => ({ ...runner(t, i + 1), message: `No runner for \`${t}\` here.` }));
    expect(rows(new Summary().findings(ticks))).toHaveLength(10);
    const same = Array.from({ length: 10 }, () => runner('x', 1));
    expect(rows(new Summary().findings(same))).toHaveLength(10);
  });

  it('a group takes the place of its first member, and the limit counts the findings it leaves out', () => {
    const fs: Finding[] = [
      { severity: 'error', code: 'a', message: 'first', file: 'a', line: 1 },
      ...targets.slice(0, 8).map((t, i) => runner(t, i + 10)),
      { severity: 'error', code: 'z', message: 'last', file: 'z', line: 1 },
    ];
    const entries = groupFindings(fs);
    expect(entries.map((e) => ('group' in e ? `group of ${e.group.length}` : e.message))).toEqual(['first', 'group of 8', 'last']);
    const limited = new Summary().findings(fs, { limit: 2 }).toString();
    expect(rows(new Summary().findings(fs, { limit: 2 }))).toHaveLength(2);
    expect(limited).toContain('…and 1 more findings');
  });

  it('hostile words stay inert inside the grouped row', () => {
    const words = HOSTILE.map((h) => h.replace(/[\s`]/g, '')).filter((w) => w !== '');
    const fs = words.map((w, i) => ({ severity: 'warning' as const, code: 'bad', message: `Target ${w} is unknown.`, file: 'targets', line: i + 1 }));
    expect(fs.length).toBeGreaterThanOrEqual(8);
    const s = new Summary().findings(fs);
    expect(rows(s)).toHaveLength(1);
    expect(liveParts(render(s.toString()))).toEqual([]);
  });
});
