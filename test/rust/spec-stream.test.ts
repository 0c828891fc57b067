/**
 * The specs parsed target by target while rustc prints them (shared/rust/spec-stream.ts) must be exactly what
 * JSON.parse of the whole document gives — same names, same order, same values — whatever the chunking, and
 * anything that is not rustc's pretty layout must fall back (complete() false), never give a partial answer.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecStream } from '../../shared/rust/spec-stream.js';
import { loadTargetCatalog, parseAllTargetSpecs, splitCombinedPrint } from '../../shared/rust/targets.js';
import type { CommandOptions, CommandResult } from '../../shared/io.js';

const builtins = readFileSync(new URL('../../fixtures/rust/specs/builtins-1.95.json', import.meta.url), 'utf8');
/** rustc's layout: serde_json's pretty printer, two spaces per level (as JSON.stringify's). */
const pretty = `${JSON.stringify(JSON.parse(builtins), null, 2)}`;
const rustc = spawnSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
const realOutput = rustc.status === 0 ? rustc.stdout : undefined;

/** Feed `text` (then `tail`) in pieces cut at `cuts`; the stream's entries, or null when it fell back. */
function streamed(text: string, cuts: number[], tail = '\n{"$schema": "x"}\n'): [string, unknown][] | null {
  const s = new SpecStream();
  const all = text + tail;
  let at = 0;
  for (const c of [...cuts.map((x) => x % (all.length + 1))].sort((a, b) => a - b).concat(all.length)) {
    s.push(all.slice(at, c));
    at = Math.max(at, c);
  }
  return s.complete(text.length) ? [...s.specs] : null;
}

const whole = (text: string) => Object.entries(JSON.parse(text) as Record<string, unknown>);

describe('SpecStream: the same answer as JSON.parse of the whole document', () => {
  it.skipIf(!realOutput)("rustc 1.95's own output, in 64 KiB pipe chunks", () => {
    const text = realOutput!.trimEnd();
    const cuts = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => (i + 1) * 65536);
    const got = streamed(text, cuts);
    expect(got).not.toBeNull();
    expect(got).toEqual(whole(text));
  });

  it('any chunking of the pretty-printed built-ins (fixed seed)', () => {
    const expected = whole(pretty);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        expect(streamed(pretty, cuts)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('one character at a time, and no targets at all', () => {
    const small = JSON.stringify({ a: { arch: 'x', metadata: { tier: 3 } }, 'b-c': { arch: 'y', list: [] } }, null, 2);
    expect(streamed(small, Array.from({ length: small.length }, (_, i) => i))).toEqual(whole(small));
    expect(streamed('{\n}', [1])).toEqual([]);
  });

  it('a name given twice keeps its first place and its last value, as JSON.parse does', () => {
    const text = '{\n  "a": {\n    "v": 1\n  },\n  "b": {\n    "v": 2\n  },\n  "a": {\n    "v": 3\n  }\n}';
    expect(streamed(text, [7, 30])).toEqual(whole(text));
  });

  it('what is not rustc\'s pretty layout falls back to the whole parse', () => {
    expect(streamed(builtins, [100, 5000])).toBeNull(); // compact
    expect(streamed(pretty.replace('"arch": "aarch64"', '"arch": aarch64'), [])).toBeNull(); // a member that does not parse
    expect(streamed(pretty.replace(/\n {2}\}/, '\n  } '), [])).toBeNull(); // an unexpected layout after a member
    expect(streamed('{\n  "0": {\n    "v": 1\n  }\n}', [])).toBeNull(); // an array index orders first in JSON.parse
    expect(streamed('{\n  "a": [\n    1\n  ]\n}', [])).toBeNull(); // a member that is not an object
    // a document cut short is not complete
    const s = new SpecStream();
    s.push(pretty.slice(0, pretty.length / 2));
    expect(s.complete(pretty.length)).toBe(false);
  });
});

describe('loadTargetCatalog: streamed and whole parse give the same catalog', () => {
  const output = `/sysroot\n${pretty}\n{"type": "object"}\n`;
  const run = (chunk: number) => async (_file: string, _args: readonly string[], options?: CommandOptions): Promise<CommandResult> => {
    for (let at = 0; at < output.length; at += chunk) options?.onStdout?.(output.slice(at, at + chunk));
    return { code: 0, signal: null, stdout: output, stderr: '', timedOut: false, durationMs: 1 };
  };
  it('in pipe-sized chunks and in one piece', async () => {
    const expected = parseAllTargetSpecs(splitCombinedPrint(output).specs);
    for (const chunk of [65536, 4096, output.length]) {
      const catalog = await loadTargetCatalog(run(chunk), { readText: async () => undefined, listDir: async () => undefined });
      expect([...catalog.targets]).toEqual([...expected]);
    }
  });
});
