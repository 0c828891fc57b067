import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../shared/toolkit/exec.js';
import type { RunCommand } from '../../shared/io.js';
import { parseJsonWithPositions } from '../../shared/rust/json-positions.js';
import {
  closestBuiltin,
  confirmSpecWithRustc,
  parseDataLayout,
  parseRustcSpecError,
  validateTargetSpec,
} from '../../shared/rust/target-spec.js';
import { snapshotCatalog } from '../../shared/rust/snapshot.js';

const hasRustc = spawnSync('rustc', ['-V'], { encoding: 'utf8' }).status === 0;
const catalog = snapshotCatalog();
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rust/specs/${name}`, import.meta.url), 'utf8');
const base = JSON.parse(fixture('x86_64-myos.json')) as Record<string, unknown>;

const AARCH64_DL = 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32';
const ARM_DL = 'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64';

type Mutation = { name: string; text: string; level?: 'rustc' | 'codegen' };
const mutate = (name: string, edit: (s: Record<string, unknown>) => void): Mutation => {
  const s = structuredClone(base);
  edit(s);
  return { name, text: JSON.stringify(s, null, 2) };
};
const raw = (name: string, text: string): Mutation => ({ name, text });

/** Each: a spec rustc 1.95 accepts or rejects; our verdict must agree with the real compiler's. */
const TABLE: Mutation[] = [
  mutate('valid', () => {}),
  mutate('string-pointer-width', (s) => (s['target-pointer-width'] = '64')),
  mutate('string-c-int-width', (s) => (s['target-c-int-width'] = '32')),
  mutate('eliminate-frame-pointer', (s) => (s['eliminate-frame-pointer'] = false)),
  mutate('boolean-stack-probes', (s) => (s['stack-probes'] = true)),
  mutate('stack-probes-object-none', (s) => (s['stack-probes'] = { kind: 'none' })),
  mutate('is-like-none', (s) => (s['is-like-none'] = true)),
  mutate('needs-plt', (s) => (s['needs-plt'] = true)),
  mutate('is-builtin', (s) => (s['is-builtin'] = false)),
  mutate('soft-float-without-rustc-abi', (s) => delete s['rustc-abi']),
  mutate('no-soft-float-no-rustc-abi', (s) => {
    delete s['rustc-abi'];
    s.features = '-mmx,-sse';
  }),
  mutate('missing-arch', (s) => delete s.arch),
  mutate('missing-data-layout', (s) => delete s['data-layout']),
  mutate('missing-llvm-target', (s) => delete s['llvm-target']),
  mutate('pointer-width-32-vs-layout-64', (s) => (s['target-pointer-width'] = 32)),
  mutate('pointer-width-128', (s) => (s['target-pointer-width'] = 128)),
  mutate('big-endian-vs-layout', (s) => (s['target-endian'] = 'big')),
  mutate('layout-not-llvm-default', (s) => (s['data-layout'] = 'e-m:e-i64:64-n8:16:32:64-S128')),
  mutate('unknown-arch', (s) => (s.arch = 'x86_65')),
  mutate('layout-not-llvm-default-other-triple', (s) => {
    s['llvm-target'] = 'x86_64-unknown-none';
    s['data-layout'] = 'e-m:e-i64:64-f80:128-n8:16:32:64-S128';
  }),
  raw(
    'aarch64-elf-triple-old-layout',
    JSON.stringify({ 'llvm-target': 'aarch64-unknown-none-elf', 'data-layout': 'e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128', arch: 'aarch64', 'target-pointer-width': 64, os: 'myos', linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'unwind', 'tls-model': 'local-exec', 'merge-functions': 'disabled' }),
  ),
  raw(
    'aarch64-elf-triple-current-layout',
    JSON.stringify({ 'llvm-target': 'aarch64-unknown-none-elf', 'data-layout': AARCH64_DL, arch: 'aarch64', 'target-pointer-width': 64, os: 'myos', linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'unwind', 'tls-model': 'local-exec', 'merge-functions': 'disabled' }),
  ),
  mutate('other-triple-right-layout', (s) => (s['llvm-target'] = 'x86_64-unknown-none')),
  raw(
    'riscv32-own-triple-right-layout',
    JSON.stringify({ 'llvm-target': 'riscv32-unknown-none-elf', 'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128', arch: 'riscv32', 'llvm-abiname': 'ilp32', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'abort' }),
  ),
  raw(
    'riscv32-own-triple-wrong-layout',
    JSON.stringify({ 'llvm-target': 'riscv32-unknown-none-elf', 'data-layout': 'e-m:e-p:32:32-i64:64-n32-S64', arch: 'riscv32', 'llvm-abiname': 'ilp32', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'abort' }),
  ),
  mutate('bad-frame-pointer', (s) => (s['frame-pointer'] = 'sometimes')),
  mutate('string-max-atomic-width', (s) => (s['max-atomic-width'] = '64')),
  mutate('typo-field', (s) => (s['panic-stratgy'] = 'abort')),
  mutate('bad-linker-flavor', (s) => (s['linker-flavor'] = 'lld-gnu')),
  mutate('link-args-key-valueOf', (s) => (s['pre-link-args'] = { valueOf: ['-x'] })),
  mutate('metadata-ok', (s) => (s.metadata = { description: 'My OS', tier: 3, std: false, host_tools: false })),
  raw('trailing-comma', JSON.stringify(base, null, 2).replace(/\n}$/, ',\n}')),
  raw('duplicate-key', JSON.stringify(base, null, 2).replace('"arch": "x86_64",', '"arch": "x86_64",\n  "arch": "x86_64",')),
  raw('comment', JSON.stringify(base, null, 2).replace('{\n', '{\n  // my OS\n')),
  raw('not-json', '{ "llvm-target": x86_64 }'),
  mutate('prelink-args-array', (s) => (s['pre-link-args'] = ['-m64'])),
  mutate('prelink-args-legacy-flavor', (s) => (s['pre-link-args'] = { 'ld.lld': ['-Tlink.ld'] })),
  mutate('empty-link-args', (s) => (s['pre-link-args'] = { 'gnu-lld': [] })),
  mutate('os-unknown', (s) => (s.os = 'unknown')),
  mutate('vendor-empty', (s) => (s.vendor = '')),
  mutate('is-like-windows-on-myos', (s) => (s['is-like-windows'] = true)),
  mutate('vendor-apple-without-darwin', (s) => (s.vendor = 'apple')),
  mutate('os-solaris-without-flag', (s) => (s.os = 'solaris')),
  mutate('feature-without-sign', (s) => (s.features = `${s.features},sse2`)),
  mutate('feature-both-ways', (s) => (s.features = `${s.features},+avx,-avx`)),
  mutate('crt-static-not-respected', (s) => (s['crt-static-default'] = true)),
  mutate('x86-sse2-abi-on-x86_64', (s) => (s['rustc-abi'] = 'x86-sse2')),
  mutate('hard-float-disables-sse2', (s) => {
    delete s['rustc-abi'];
    s.features = '-sse2';
  }),
  mutate('no-compiler-rt', (s) => (s['no-compiler-rt'] = true)),
  mutate('panic-instead-of-panic-strategy', (s) => (s.panic = 'abort')),
  mutate('stack-probes-inline-or-call', (s) => (s['stack-probes'] = { kind: 'inline-or-call', 'min-llvm-version-for-inline': [16, 0, 0] })),
  mutate('stack-probes-unknown-kind', (s) => (s['stack-probes'] = { kind: 'sometimes' })),
  mutate('link-self-contained-string', (s) => (s['link-self-contained'] = 'musl')),
  mutate('link-self-contained-components', (s) => (s['link-self-contained'] = { components: ['linker'] })),
  mutate('unknown-sanitizer', (s) => (s['supported-sanitizers'] = ['addr'])),
  mutate('bad-crt-objects-fallback', (s) => (s['crt-objects-fallback'] = 'yes')),
  mutate('null-values-and-free-text-abi', (s) => Object.assign(s, { cpu: null, abi: 'myabi', env: 'myenv', metadata: { description: 'x', extra: 1 } })),
  mutate('late-link-args-dynamic', (s) => (s['late-link-args-dynamic'] = { 'gnu-cc': ['-lfoo'] })),
  raw('decimal-atomic-width', JSON.stringify(base, null, 2).replace('"max-atomic-width": 64', '"max-atomic-width": 64.0')),
  mutate('old-x86-softfloat-name', (s) => (s['rustc-abi'] = 'x86-softfloat')),
  mutate('musl-style-os', (s) => Object.assign(s, { env: 'musl', 'crt-static-default': true, 'crt-static-respected': true, 'target-family': 'unix', 'has-thread-local': true })),
  raw(
    'aarch64-disables-neon-without-softfloat-abi',
    JSON.stringify({ 'llvm-target': 'aarch64-unknown-none', 'data-layout': AARCH64_DL, arch: 'aarch64', 'target-pointer-width': 64, features: '+strict-align,-neon,-fp-armv8', linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  raw(
    'aarch64-softfloat-abi',
    JSON.stringify({ 'llvm-target': 'aarch64-unknown-none', 'data-layout': AARCH64_DL, arch: 'aarch64', abi: 'softfloat', 'target-pointer-width': 64, features: '+strict-align,-neon,-fp-armv8', linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  raw(
    'aarch64-rustc-abi-softfloat',
    JSON.stringify({ 'llvm-target': 'aarch64-unknown-none', 'data-layout': AARCH64_DL, arch: 'aarch64', 'rustc-abi': 'softfloat', 'target-pointer-width': 64, linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  raw(
    'arm-without-floatabi',
    JSON.stringify({ 'llvm-target': 'thumbv7em-none-eabihf', 'data-layout': ARM_DL, arch: 'arm', abi: 'eabihf', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'abort' }),
  ),
  raw(
    'arm-hard-float-with-soft-float-feature',
    JSON.stringify({ 'llvm-target': 'thumbv7em-none-eabihf', 'data-layout': ARM_DL, arch: 'arm', abi: 'eabihf', 'llvm-floatabi': 'hard', 'target-pointer-width': 32, features: '+soft-float', linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  raw(
    'arm-soft-float',
    JSON.stringify({ 'llvm-target': 'thumbv7em-none-eabi', 'data-layout': ARM_DL, arch: 'arm', abi: 'eabi', 'llvm-floatabi': 'soft', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld', 'panic-strategy': 'abort', 'max-atomic-width': 32 }),
  ),
  raw(
    'riscv-ilp32d-disables-d',
    JSON.stringify({ 'llvm-target': 'riscv32', 'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128', arch: 'riscv32', 'llvm-abiname': 'ilp32d', 'target-pointer-width': 32, features: '-d', linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  raw(
    'riscv-bad-abiname',
    JSON.stringify({ 'llvm-target': 'riscv32', 'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128', arch: 'riscv32', 'llvm-abiname': 'ilp99', 'target-pointer-width': 32, linker: 'rust-lld', 'linker-flavor': 'gnu-lld' }),
  ),
  {
    name: 'riscv-without-abiname',
    text: JSON.stringify({
      'llvm-target': 'riscv32',
      'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128',
      arch: 'riscv32',
      'target-pointer-width': 32,
      linker: 'rust-lld',
      'linker-flavor': 'gnu-lld',
      'panic-strategy': 'abort',
    }),
  },
  {
    name: 'riscv-with-abiname',
    text: JSON.stringify({
      'llvm-target': 'riscv32',
      'data-layout': 'e-m:e-p:32:32-i64:64-n32-S128',
      arch: 'riscv32',
      'target-pointer-width': 32,
      'llvm-abiname': 'ilp32',
      linker: 'rust-lld',
      'linker-flavor': 'gnu-lld',
      'panic-strategy': 'abort',
      features: '+m,+c',
    }),
  },
];

describe('validateTargetSpec without rustc', () => {
  it('accepts the clean fixture with no findings and derives its facts', () => {
    const r = validateTargetSpec(fixture('x86_64-myos.json'), { file: 'x86_64-myos.json', catalog });
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.name).toBe('x86_64-myos');
    expect(r.facts).toMatchObject({ arch: 'x86_64', os: 'myos', pointerWidth: 64, panicStrategy: 'abort', maxAtomicWidth: 64 });
    expect(r.closest).toMatchObject({ exact: true, facts: { target: 'x86_64-unknown-none' } });
  });

  it('reports every problem of an old-style spec at once, each with path, line and a fix', () => {
    const r = validateTargetSpec(fixture('x86_64-myos-old.json'), { file: 'x86_64-myos-old.json', catalog });
    const byPath = new Map(r.findings.map((f) => [`${f.code}@${f.path}`, f]));
    const expected: Array<[string, number]> = [
      ['json-comment@', 2],
      ['spec-data-layout-llvm-default@/data-layout', 4],
      ['spec-string-width@/target-pointer-width', 7],
      ['spec-string-width@/target-c-int-width', 8],
      ['spec-soft-float-abi@/features', 15],
      ['spec-renamed-field@/eliminate-frame-pointer', 16],
      ['spec-stack-probes-bool@/stack-probes', 17],
      ['spec-removed-field@/is-builtin', 18],
      ['spec-renamed-field@/needs-plt', 19],
      ['spec-removed-field@/is-like-none', 20],
      ['spec-string-number@/max-atomic-width', 21],
      ['json-trailing-comma@', 22],
    ];
    for (const [key, line] of expected) {
      const f = byPath.get(key);
      expect(f, key).toBeDefined();
      expect(f!.line, key).toBe(line);
      expect(f!.file).toBe('x86_64-myos-old.json');
      expect(f!.hint, key).toBeTruthy();
    }
    expect(r.valid).toBe(false);
    expect(byPath.get('spec-stack-probes-bool@/stack-probes')!.hint).toContain('{"kind": "inline"}');
    expect(byPath.get('spec-renamed-field@/eliminate-frame-pointer')!.hint).toContain('"frame-pointer": "always"');
    expect(byPath.get('spec-soft-float-abi@/features')!.hint).toContain('"rustc-abi": "softfloat"');
  });

  it('suggests the closest field name for a typo and the built-in layout for a wrong data-layout', () => {
    const s = { ...base, 'panic-stratgy': 'abort', 'data-layout': 'e-m:e-i64:64-n8:16:32:64-S128' };
    const r = validateTargetSpec(JSON.stringify(s, null, 2), { catalog });
    const typo = r.findings.find((f) => f.code === 'spec-unknown-field');
    expect(typo?.hint).toContain('"panic-strategy"');
    const dl = r.findings.find((f) => f.code === 'spec-data-layout-llvm-default');
    expect(dl?.severity).toBe('error');
    expect(dl?.hint).toContain(base['data-layout'] as string);
  });

  it('names the missing required keys and the schema enum for a bad value', () => {
    const r = validateTargetSpec(JSON.stringify({ 'frame-pointer': 'sometimes' }), { catalog });
    expect(r.findings.filter((f) => f.code === 'spec-missing-key').map((f) => f.message)).toEqual([
      'Required key "llvm-target" is missing.',
      'Required key "data-layout" is missing.',
      'Required key "arch" is missing.',
      'Required key "target-pointer-width" is missing.',
    ]);
    const fp = r.findings.find((f) => f.path === '/frame-pointer');
    expect(fp?.message).toContain('"always", "non-leaf", "may-omit"');
  });

  it('reports a fatal syntax error with its line and never throws', () => {
    const r = validateTargetSpec('{\n  "arch": "x86_64",\n  "llvm-target": x86\n}', { catalog });
    expect(r.spec).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'json-syntax', line: 3, severity: 'error' });
    expect(validateTargetSpec('[1,2]', { catalog }).findings[0]!.code).toBe('spec-not-object');
    expect(validateTargetSpec('', { catalog }).findings[0]!.code).toBe('json-syntax');
  });

  it('works without a catalog and without a schema: LLVM\'s layout comes from the triple, not the built-ins', () => {
    const wrong = JSON.stringify({ ...base, 'data-layout': 'e-m:e-i64:64-n8:16:32:64-S128' });
    expect(validateTargetSpec(JSON.stringify(base), {}).findings).toEqual([]);
    expect(validateTargetSpec(wrong, {}).findings.map((f) => f.code)).toEqual(['spec-data-layout-llvm-default']);
    expect(validateTargetSpec(wrong, { catalog }).findings.map((f) => f.code)).toEqual(['spec-data-layout-llvm-default']);
    // Without built-ins there is no arch to compare with.
    expect(validateTargetSpec(JSON.stringify({ ...base, arch: 'x86_65' }), {}).findings.map((f) => f.code)).not.toContain('spec-unknown-arch');
  });

  it('without a schema still refuses a linker flavor rustc does not know (its own list), and nothing else of the schema', () => {
    for (const flavor of ['lld-gnu', 'valueOf', 'toString']) {
      const r = validateTargetSpec(JSON.stringify({ ...base, 'linker-flavor': flavor }), {});
      expect(r.findings.map((f) => `${f.code}@${f.path}`), flavor).toEqual(['spec-schema@/linker-flavor']);
      expect(r.valid).toBe(false);
      // With the schema, the schema's finding, once.
      expect(validateTargetSpec(JSON.stringify({ ...base, 'linker-flavor': flavor }), { catalog }).findings.map((f) => `${f.code}@${f.path}`)).toEqual(['spec-schema@/linker-flavor']);
    }
    expect(validateTargetSpec(JSON.stringify({ ...base, 'linker-flavor': 'gnu-lldd' }), {}).findings[0]!.hint).toBe('Did you mean "linker-flavor": "gnu-lld"?');
    for (const flavor of ['gnu-lld', 'ld.lld', 'gcc']) expect(validateTargetSpec(JSON.stringify({ ...base, 'linker-flavor': flavor }), {}).findings, flavor).toEqual([]);
    // Other enums are the schema's to check: a newer rustc's value is never refused from a stale list.
    expect(validateTargetSpec(JSON.stringify({ ...base, 'frame-pointer': 'sometimes' }), {}).valid).toBe(true);
  });

  it('link-args objects keyed by an Object.prototype name are not a flavor, with or without a schema', () => {
    for (const key of ['valueOf', 'constructor', 'toString', 'hasOwnProperty']) {
      const text = JSON.stringify({ ...base, 'pre-link-args': { [key]: ['-x'] } });
      for (const opts of [{}, { catalog }]) expect(validateTargetSpec(text, opts).findings.map((f) => `${f.code}@${f.path}`), key).toEqual([`spec-link-args-flavor@/pre-link-args/${key}`]);
    }
    const proto = `{${JSON.stringify(base).slice(1, -1)}, "late-link-args": {"__proto__": ["-x"]}}`;
    expect(validateTargetSpec(proto, {}).findings.map((f) => `${f.code}@${f.path}`)).toEqual(['spec-link-args-flavor@/late-link-args/__proto__']);
  });

  it('parses data-layout pointer size and endianness', () => {
    expect(parseDataLayout('E-m:e-p:32:32-i64:64')).toEqual({ endian: 'big', pointerBits: 32, explicitPointer: true });
    expect(parseDataLayout('e-m:e-p270:32:32-i64:64')).toEqual({ endian: 'little', pointerBits: 64, explicitPointer: false });
    expect(parseDataLayout('e-p0:16:16')).toMatchObject({ pointerBits: 16 });
  });

  it('finds the closest built-in by llvm-target, else by LLVM arch', () => {
    expect(closestBuiltin({ 'llvm-target': 'thumbv6m-none-eabi' }, catalog)).toMatchObject({ exact: true, facts: { target: 'thumbv6m-none-eabi' } });
    const near = closestBuiltin({ 'llvm-target': 'riscv32-unknown-myos', arch: 'riscv32', 'target-pointer-width': 32 }, catalog);
    expect(near?.exact).toBe(false);
    expect(near?.facts.arch).toBe('riscv32');
  });

  it("rustc's rejection of a spec our checks passed says what to do, at rustc's line", async () => {
    const run: RunCommand = async () => ({ code: 1, signal: null, stdout: '', stderr: 'error: error loading target specification: some-new-rule: not allowed at line 3 column 5\n', timedOut: false, durationMs: 1 });
    const r = await confirmSpecWithRustc(run, '/x/y.json', { level: 'rustc', file: 'specs/y.json' });
    expect(r.accepted).toBe(false);
    expect(r.findings[0]).toMatchObject({ severity: 'error', code: 'rustc-rejected', file: 'specs/y.json', line: 3, hint: 'Fix what rustc names and run again: rustc reports one problem per run.' });
  });

  it('reads rustc errors: field, message, line', () => {
    expect(
      parseRustcSpecError('error: error loading target specification: stack-probes: invalid type: boolean `true`, expected internally tagged enum StackProbeType at line 1 column 194\n'),
    ).toEqual({ message: 'invalid type: boolean `true`, expected internally tagged enum StackProbeType', path: '/stack-probes', line: 1, column: 194 });
    expect(parseRustcSpecError('error: inconsistent target specification: "data-layout" claims pointers are 64-bit, while "target-pointer-width" is `32`\n')?.path).toBe('/data-layout');
  });

  it('json-positions gives positions for nested pointers', () => {
    const doc = parseJsonWithPositions('{\n "a": {\n  "b/c": [1,\n 2]\n }\n}');
    expect(doc.positions.get('/a/b~1c')).toEqual({ line: 3, column: 3 });
    expect(doc.positions.get('/a/b~1c/1')).toEqual({ line: 4, column: 2 });
  });
});

describe.skipIf(!hasRustc)('agreement with the real rustc (skipped: rustc not on PATH)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rda-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('our verdict matches rustc (codegen) on every mutated spec', async () => {
    const disagreements: string[] = [];
    const seen: Array<{ name: string; ours: boolean; rustc: boolean }> = [];
    for (const m of TABLE) {
      const path = join(dir, `${m.name}.json`);
      writeFileSync(path, m.text);
      const ours = validateTargetSpec(m.text, { file: path, catalog });
      const real = await confirmSpecWithRustc(runCommand, path, { level: 'codegen', outDir: dir });
      seen.push({ name: m.name, ours: ours.valid, rustc: real.accepted });
      if (ours.valid !== real.accepted) {
        disagreements.push(`${m.name}: ours=${ours.valid} (${ours.findings.map((f) => f.code).join(',')}) rustc=${real.accepted} ${real.stderr.split('\n')[0]}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The table has both verdicts, so agreement is not trivially "everything invalid".
    expect(seen.filter((s) => s.rustc).length).toBeGreaterThanOrEqual(8);
    expect(seen.filter((s) => !s.rustc).length).toBeGreaterThanOrEqual(30);
  });

  it('every built-in target, written out as a custom spec, passes without an error, except those rustc itself rejects as custom specs', async () => {
    const r = spawnSync('rustc', ['-Z', 'unstable-options', '--print', 'all-target-specs-json'], { encoding: 'utf8', env: { ...process.env, RUSTC_BOOTSTRAP: '1' }, maxBuffer: 64 << 20 });
    const all = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    const errors: string[] = [];
    for (const [name, spec] of Object.entries(all)) {
      const check = validateTargetSpec(JSON.stringify(spec, null, 2), { file: `${name}.json`, catalog });
      for (const f of check.findings) if (f.severity !== 'notice') errors.push(`${name}: ${f.code}`);
    }
    // rustc's xtensa built-ins carry a layout their own LLVM does not compute: as custom specs they fail codegen;
    // need-explicit-cpu ones (avr, amdgcn) only build with -C target-cpu, which a spec alone does not carry.
    const expected = Object.keys(all).flatMap((n) =>
      all[n]!.arch === 'xtensa' ? [`${n}: spec-data-layout-llvm-default`] : all[n]!['need-explicit-cpu'] === true ? [`${n}: spec-needs-cpu`] : [],
    );
    expect(errors).toEqual(expected);
    expect(expected.length).toBe(8);
    expect(Object.keys(all).length).toBeGreaterThan(300);
    const path = join(dir, 'xtensa-esp32-none-elf.json');
    const spec = all['xtensa-esp32-none-elf']!;
    writeFileSync(path, JSON.stringify(spec));
    const real = await confirmSpecWithRustc(runCommand, path, { level: 'codegen', outDir: dir });
    expect(real.accepted).toBe(false);
    expect(real.stderr).toContain("differs from LLVM target's `xtensa-none-elf` default layout");
    // The layout our hint gives is the one rustc then accepts.
    const hint = validateTargetSpec(JSON.stringify(spec), { catalog }).findings[0]!.hint!;
    writeFileSync(path, JSON.stringify({ ...spec, 'data-layout': /"data-layout": "([^"]+)"/.exec(hint)![1] }));
    expect((await confirmSpecWithRustc(runCommand, path, { level: 'codegen', outDir: dir })).accepted).toBe(true);
  });

  it('rustc stops at its first error where we report all of them', async () => {
    const path = join(dir, 'x86_64-myos-old.json');
    const text = fixture('x86_64-myos-old.json');
    writeFileSync(path, text);
    const real = await confirmSpecWithRustc(runCommand, path, { level: 'rustc' });
    expect(real.accepted).toBe(false);
    expect(real.findings).toHaveLength(1);
    const ours = validateTargetSpec(text, { file: path, catalog });
    expect(ours.findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(10);
    // Each fix applied one at a time would have taken a rustc run per problem.
    const fixedOnce = text.replace(/^\s*\/\/.*\n/m, '');
    writeFileSync(path, fixedOnce);
    const second = await confirmSpecWithRustc(runCommand, path, { level: 'rustc' });
    expect(second.accepted).toBe(false);
    expect(second.findings[0]!.message).not.toEqual(real.findings[0]!.message);
  });

  it('the old-style RegicideOS spec with every hint applied passes our checks and compiles with rustc', async () => {
    const old = validateTargetSpec(readFileSync(new URL('../../fixtures/build-target-matrix/specs/x86_64-regicide-old.json', import.meta.url), 'utf8'), { catalog });
    expect(old.findings.filter((f) => f.severity === 'error').every((f) => f.hint)).toBe(true);
    const fixed = fixture('x86_64-regicide-fixed.json');
    // The data-layout is the one the hint named, verbatim.
    const layout = /"data-layout": "([^"]+)"/.exec(old.findings.find((f) => f.code === 'spec-data-layout-llvm-default')!.hint!)![1];
    expect(JSON.parse(fixed)['data-layout']).toBe(layout);
    expect(validateTargetSpec(fixed, { catalog }).findings).toEqual([]);
    const path = join(dir, 'x86_64-regicide.json');
    writeFileSync(path, fixed);
    const real = await confirmSpecWithRustc(runCommand, path, { level: 'codegen', outDir: dir });
    expect(real.accepted, real.stderr).toBe(true);
  });

  it('--print cfg gives the custom target cfg when accepted', async () => {
    const path = join(dir, 'x86_64-myos.json');
    writeFileSync(path, fixture('x86_64-myos.json'));
    const real = await confirmSpecWithRustc(runCommand, path, { level: 'rustc' });
    expect(real.accepted).toBe(true);
    expect(real.cfg?.get('target_os')).toEqual(['myos']);
    expect(real.cfg?.get('target_pointer_width')).toEqual(['64']);
  });
});
