/**
 * Every layout cargo writes is read by the lockfile reader's fast path, without the general TOML parser: a lock
 * that fell to smol-toml cost the audit ~4.5× the parse of the same file (issue 14's goal is ≤ 2×), and
 * cargo writes more than `[[package]]` and V1's `[metadata]`. The two fixtures below are cargo 1.95's own
 * output (`cargo generate-lockfile --offline`):
 * - lock-patch-unused: `[patch.crates-io] foo = { path = "../foo" }` that no dependency uses, which cargo
 *   records as a `[[patch.unused]]` table;
 * - lock-replace: `[replace] "foo:0.1.0" = { path = "../foo2" }` over a vendored registry crate, which cargo
 *   records as `replace = "foo 0.1.0"` in the replaced package.
 * smol-toml's `parse` is watched (the general path is the only caller); both paths must still agree.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const calls = vi.hoisted(() => ({ parse: 0 }));
vi.mock('smol-toml', async (importOriginal) => {
  const real = await importOriginal<typeof import('smol-toml')>();
  return {
    ...real,
    parse: (...args: Parameters<typeof real.parse>) => {
      calls.parse++;
      return real.parse(...args);
    },
  };
});

const { parseLockfile, parseLockfileOrThrow } = await import('../../shared/cargo/lockfile.js');

const FIX = join(import.meta.dirname, '../../fixtures/cargo');
const BENCH = join(import.meta.dirname, '../../../shared/bench-data/cargo-locks');
const fixture = (name: string) => readFileSync(join(FIX, name, 'Cargo.lock'), 'utf8');

/** Parsed on the fast path: smol-toml's parse is not called, and the general path reads the same lock. */
function readFast(text: string) {
  calls.parse = 0;
  const fast = parseLockfile(text);
  expect(calls.parse, 'the general TOML parser was used').toBe(0);
  expect(fast).toEqual(parseLockfile(text, { generalParser: true }));
  expect(calls.parse).toBe(1);
  return fast;
}

beforeEach(() => {
  calls.parse = 0;
});

describe('the lockfile fast path reads every layout cargo writes', () => {
  const written = [
    'lock-v1-metadata',
    'lock-v2-inline-checksum',
    'lock-v3-git-branch',
    'lock-v4-git-url-encoded',
    'lock-path-registry-tie',
    'lock-debian-checksum',
    'lock-dev-cycle',
    'lock-patch-unused',
    'lock-replace',
  ];
  for (const name of written) it(name, () => expect(readFast(fixture(name)).ok).toBe(true));

  it('real locks of every version (../shared/bench-data/cargo-locks), where present', () => {
    const files = ['rust-lang-cargo-Cargo.lock', 'astral-sh-uv-Cargo.lock', 'format-samples/deno-2019-v1-Cargo.lock', 'format-samples/deno-2020-v2-Cargo.lock', 'format-samples/deno-2022-v3-Cargo.lock'];
    for (const f of files.filter((f) => existsSync(join(BENCH, f)))) expect(readFast(readFileSync(join(BENCH, f), 'utf8')).ok, f).toBe(true);
  });

  it('an unused patch is not a package of the lock, and its dependency strings are not resolved', () => {
    const text = `${fixture('lock-patch-unused')}\n[[patch.unused]]\nname = "baz"\nversion = "0.3.0"\nsource = "git+https://example.org/baz#0123456789abcdef0123456789abcdef01234567"\ndependencies = [\n "nowhere 9.9.9",\n]\n`;
    const r = readFast(text);
    const lock = r.ok ? r.lock : undefined;
    expect(lock?.packages.map((p) => p.id)).toEqual(['app 0.1.0', 'bar 0.2.0']);
    expect(lock?.findings).toEqual([]);
    // V4 either way; without a version line, the packages' strings alone decide V1 or V2
    expect(lock?.version).toBe(4);
  });

  it('a replaced package keeps its own id, checksum and dependents', () => {
    const lock = parseLockfileOrThrow(fixture('lock-replace'));
    const reg = 'foo 0.1.0 (registry+https://github.com/rust-lang/crates.io-index)';
    expect(lock.packages.map((p) => p.id)).toEqual(['app 0.1.0', 'foo 0.1.0', reg]);
    expect(lock.packages[0]!.dependencies).toEqual([reg]);
    expect(lock.packages[2]!.checksum).toMatch(/^0{64}$/);
  });

  it('a key repeated in an unused patch or a `replace` repeated is invalid TOML, as on the general path', () => {
    for (const [text, line] of [
      [`${fixture('lock-patch-unused')}name = "again"\n`, 19],
      [`${fixture('lock-replace')}replace = "foo 0.1.0"\n`, 22],
    ] as const) {
      calls.parse = 0;
      const r = parseLockfile(text);
      expect(!r.ok && r.error).toMatchObject({ code: 'lock-malformed-toml', line });
      expect(calls.parse).toBe(1);
    }
  });
});
