/**
 * Lookups with keys from outside never land on Object.prototype: a spec's `"linker-flavor": "valueOf"`, a
 * layout.conf key `constructor`, a Manifest hash named `toString` or a license `constructor` is data — an
 * unknown value with a finding, not a crash (`f.split is not a function`) or a function in a message.
 * The wider net is test/fuzz/parsers.test.ts (npm run fuzz).
 */
import { describe, expect, it } from 'vitest';
import { validateTargetSpec } from '../../shared/rust/target-spec.js';
import { parseLayoutConf } from '../../shared/gentoo/layout-conf.js';
import { parseManifest } from '../../shared/gentoo/manifest.js';
import { correctLicenseId, normaliseExpression } from '../../shared/cargo/spdx.js';

const PROTO = ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty'];

describe('keys from outside are data', () => {
  it.each(PROTO)('target spec "linker-flavor": "%s" is checked, not a crash', (v) => {
    const check = validateTargetSpec(JSON.stringify({ arch: 'x86_64', 'llvm-target': 'x86_64-unknown-none', 'data-layout': 'e-m:e', 'target-pointer-width': 64, 'linker-flavor': v }));
    for (const f of check.findings) expect([typeof f.message, typeof (f.hint ?? '')]).toEqual(['string', 'string']);
    // and where the flavor decides something (link-args keyed by flavor), it is read as the word it is
    const keyed = validateTargetSpec(JSON.stringify({ arch: 'x86_64', 'llvm-target': 'x86_64-unknown-none', 'data-layout': 'e-m:e', 'target-pointer-width': 64, 'pre-link-args': { [v]: ['-x'] } }));
    expect(keyed.findings.some((f) => f.code === 'spec-link-args-flavor' && f.message.includes(v))).toBe(true);
  });

  it.each(PROTO)('layout.conf key %s gets the plain hint', (k) => {
    const { findings } = parseLayoutConf(`masters = gentoo\n${k} = x\n`);
    const f = findings.find((x) => x.code === 'layout-unknown-key')!;
    expect(f.hint).toBe('Remove it, or check the spelling against portage(5).');
  });

  it.each(PROTO)('a Manifest hash named %s is an unknown hash', (h) => {
    const { findings } = parseManifest(`DIST a.tar.gz 3 ${h} 00 BLAKE2B ${'0'.repeat(128)} SHA512 ${'0'.repeat(128)}\n`);
    for (const f of findings) expect(typeof f.message).toBe('string');
  });

  it.each(PROTO)('a license written %s is not corrected into a function', (w) => {
    expect(correctLicenseId(w)).toBeUndefined();
    expect(() => normaliseExpression(w)).not.toThrow();
  });
});
