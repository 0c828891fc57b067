import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConfinedPath, looksLikeYamlList, mergeTargets, targetName, targetsFromDirectory, targetsFromInput } from '../../shared/rust/target-sources.js';
import { parseRustToolchain, targetsFromCargoConfig, targetsFromEbuild, targetsFromFile, targetsFromRustToolchain } from '../../shared/rust/target-files.js';

const dir = new URL('../../fixtures/rust/sources/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, dir), 'utf8');

describe('target sources', () => {
  it('plain input: triples and spec paths separated by newlines, commas or spaces', () => {
    const r = targetsFromInput('thumbv6m-none-eabi, riscv32imc-unknown-none-elf\nspecs/x86_64-myos.json');
    expect(r.findings).toEqual([]);
    expect(r.targets.map((t) => [t.target, t.kind, t.line])).toEqual([
      ['thumbv6m-none-eabi', 'triple', 1],
      ['riscv32imc-unknown-none-elf', 'triple', 1],
      ['specs/x86_64-myos.json', 'json', 2],
    ]);
  });

  it('plain input: each word at its own line, also when its text occurs earlier inside another word', () => {
    const r = targetsFromInput('\n  x86_64-unknown-linux-gnux32\n\nx86_64-unknown-linux-gnu, i686-unknown-linux-gnu\nx86_64-unknown-linux-gnu\n');
    expect(r.targets.map((t) => [t.target, t.line])).toEqual([
      ['x86_64-unknown-linux-gnux32', 2],
      ['x86_64-unknown-linux-gnu', 4],
      ['i686-unknown-linux-gnu', 4],
      ['x86_64-unknown-linux-gnu', 5],
    ]);
  });

  it('YAML input with per-target objects and their settings', () => {
    const r = targetsFromInput(
      [
        '- thumbv6m-none-eabi',
        '- target: armv7-unknown-linux-musleabihf',
        '  commands: [build, test]',
        '  features: [std, log]',
        '  runner: qemu-user',
        '  linker: arm-linux-gnueabihf-gcc',
        '- target: specs/x86_64-myos.json',
        '  build-std: [core, alloc]',
        '  runner: qemu-system-x86_64 -kernel',
        '  colour: blue',
        '  biuld-std: true',
      ].join('\n'),
    );
    expect(r.targets.map((t) => [t.target, t.line])).toEqual([
      ['thumbv6m-none-eabi', 1],
      ['armv7-unknown-linux-musleabihf', 2],
      ['specs/x86_64-myos.json', 7],
    ]);
    expect(r.targets[1]!.options).toEqual({ commands: ['build', 'test'], features: ['std', 'log'], runner: 'qemu-user', linker: 'arm-linux-gnueabihf-gcc' });
    expect(r.targets[2]!.options).toEqual({ buildStd: ['core', 'alloc'], runner: ['qemu-system-x86_64', '-kernel'] });
    // At the misspelt key's own line, not the item's.
    expect(r.findings).toMatchObject([
      { severity: 'warning', code: 'target-option-unknown', line: 10 },
      { severity: 'warning', code: 'target-option-unknown', line: 11 },
    ]);
    expect(r.findings[0]!.hint).toMatch(/^Known keys: target, commands/);
    expect(r.findings[1]!.hint).toMatch(/^Did you mean 'build-std'\?/);
  });

  it('rejects bad names, paths leaving the workspace, objects without target, and broken YAML', () => {
    const r = targetsFromInput('- ../outside.json\n- /etc/x.json\n- "thumb v6"\n- features: [a]\n');
    expect(r.targets).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['target-path-outside', 1],
      ['target-path-outside', 2],
      ['target-invalid', 3],
      ['target-invalid', 4],
    ]);
    const bad = targetsFromInput('- a\n - b: [');
    expect(bad.findings[0]).toMatchObject({ code: 'targets-yaml', severity: 'error' });
    expect(checkConfinedPath('a/b.json')).toBeNull();
  });

  it('a per-target runner one typo away from a mode is a warning; a real command is not', () => {
    const r = targetsFromInput('- target: thumbv6m-none-eabi\n  runner: qemu-sytem\n- target: thumbv7em-none-eabihf\n  runner: probe-rs run --chip nRF52840_xxAA\n');
    expect(r.targets.map((t) => t.options.runner)).toEqual([['qemu-sytem'], ['probe-rs', 'run', '--chip', 'nRF52840_xxAA']]);
    expect(r.findings).toMatchObject([{ severity: 'warning', code: 'target-option-runner-typo', line: 2, hint: expect.stringMatching(/^Did you mean runner: qemu-system\?/) }]);
  });

  it('every problem in a target source says what to change', () => {
    const all = [
      targetsFromInput('- ../outside.json\n- "thumb v6"\n- features: [a]\n- [nested]\n- target: thumbv6m-none-eabi\n  runner: 7\n  colour: x\n'),
      targetsFromInput('- a\n - b: ['),
      targetsFromFile('proj/.cargo/config.toml', '[build\ntarget = 1'),
      targetsFromFile('rust-toolchain.toml', '[toolchain\n'),
      targetsFromFile('notes.txt', ''),
      targetsFromDirectory('sdk', ['README']),
      mergeTargets([
        { targets: [{ target: 'a/x.json', kind: 'json', origin: 'input', options: {} }], findings: [] },
        { targets: [{ target: 'b/x.json', kind: 'json', origin: 'input', options: {} }], findings: [] },
      ]),
    ].flatMap((r) => r.findings.filter((f) => f.severity !== 'notice'));
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all.filter((f) => !f.hint).map((f) => f.code)).toEqual([]);
  });

  it("an ebuild's RUST_TARGETS array, each with its own line", () => {
    const r = targetsFromEbuild(read('regicide-firmware-1.0.ebuild'), 'regicide-firmware-1.0.ebuild');
    expect(r.findings).toEqual([]);
    expect(r.targets.map((t) => [t.target, t.origin, t.line])).toEqual([
      ['thumbv6m-none-eabi', 'ebuild', 12],
      ['riscv32imc-unknown-none-elf', 'ebuild', 13],
      ['armv7-unknown-linux-musleabihf', 'ebuild', 14],
    ]);
    expect(targetsFromEbuild('EAPI=8\n', 'x.ebuild').findings[0]!.code).toBe('ebuild-no-rust-targets');
    expect(targetsFromEbuild('EAPI=8\nRUST_TARGETS=( ${FOO} )\n', 'x.ebuild').findings[0]!.code).toBe('ebuild-rust-targets-unknown');
  });

  it('rust-toolchain.toml: a target written twice is found at each of its lines', () => {
    const text = '[toolchain]\nchannel = "stable"\ntargets = [\n  "thumbv6m-none-eabi",\n  "riscv32imc-unknown-none-elf",\n  "thumbv6m-none-eabi",\n]\n';
    expect(targetsFromRustToolchain(text, 'rust-toolchain.toml').targets.map((t) => [t.target, t.line])).toEqual([
      ['thumbv6m-none-eabi', 4],
      ['riscv32imc-unknown-none-elf', 5],
      ['thumbv6m-none-eabi', 6],
    ]);
  });

  it('rust-toolchain.toml targets and channel, and the legacy one-line file', () => {
    const text = read('project/rust-toolchain.toml');
    expect(parseRustToolchain(text).toolchain).toEqual({ channel: '1.95.0', targets: ['thumbv6m-none-eabi', 'aarch64-unknown-linux-gnu'], components: ['clippy'], profile: null });
    expect(targetsFromRustToolchain(text, 'rust-toolchain.toml').targets.map((t) => [t.target, t.line])).toEqual([
      ['thumbv6m-none-eabi', 4],
      ['aarch64-unknown-linux-gnu', 4],
    ]);
    expect(parseRustToolchain('nightly-2026-01-01\n').toolchain.channel).toBe('nightly-2026-01-01');
    expect(parseRustToolchain('[toolchain\n').findings[0]!.code).toBe('toml-syntax');
  });

  it('.cargo/config.toml [build] target as array or string, spec paths relative to the project', () => {
    const r = targetsFromCargoConfig(read('project/.cargo/config.toml'), 'project/.cargo/config.toml');
    expect(r.targets.map((t) => [t.target, t.kind])).toEqual([
      ['riscv32imc-unknown-none-elf', 'triple'],
      ['project/specs/x86_64-myos.json', 'json'],
    ]);
    expect(targetsFromCargoConfig('[build]\ntarget = "thumbv6m-none-eabi"\n', '.cargo/config.toml').targets[0]!.target).toBe('thumbv6m-none-eabi');
  });

  it('a RUST_TARGET_PATH-style directory: every *.json is a target named by its stem', () => {
    const names = readdirSync(new URL('sdk-target-path/', dir));
    const r = targetsFromDirectory('fixtures/rust/sources/sdk-target-path', names);
    expect(r.targets.map((t) => [t.target, t.origin])).toEqual([['fixtures/rust/sources/sdk-target-path/aarch64-poky-linux.json', 'target-path']]);
    expect(targetName(r.targets[0]!.target)).toBe('aarch64-poky-linux');
    expect(targetsFromDirectory('empty', ['README']).findings[0]!.code).toBe('target-path-empty');
  });

  it('dispatches on the file name and merges duplicates keeping the first', () => {
    expect(targetsFromFile('pkg/regicide-firmware-1.0.ebuild', read('regicide-firmware-1.0.ebuild')).targets).toHaveLength(3);
    expect(targetsFromFile('rust-toolchain.toml', read('project/rust-toolchain.toml')).targets).toHaveLength(2);
    expect(targetsFromFile('specs/a.json', '{}').targets[0]!.kind).toBe('json');
    expect(targetsFromFile('Cargo.toml', '').findings[0]!.code).toBe('targets-from-unknown');
    const merged = mergeTargets([
      targetsFromInput('thumbv6m-none-eabi\nspecs/x86_64-myos.json'),
      targetsFromInput('- target: thumbv6m-none-eabi\n  commands: [test]\n- other/x86_64-myos.json'),
    ]);
    expect(merged.targets.map((t) => t.target)).toEqual(['thumbv6m-none-eabi', 'specs/x86_64-myos.json']);
    expect(merged.targets[0]!.options.commands).toEqual(['test']);
    expect(merged.findings.map((f) => f.code)).toEqual(['target-duplicate']);
  });
});

describe('hostile sizes', () => {
  it('a targets input after a million blank lines is told a YAML list or not in linear time', () => {
    // (`^\s*` ran on over the blank lines from every line start: 64,000 of them 2.3 s)
    const blank = '\n'.repeat(1_000_000);
    expect(looksLikeYamlList(`x86_64-unknown-linux-gnu${blank}  - aarch64-unknown-linux-gnu`)).toBe(true);
    expect(looksLikeYamlList(`x86_64-unknown-linux-gnu${blank}aarch64-unknown-linux-gnu -x`)).toBe(false);
  });

  it('128,000 RUST_TARGETS values partly quoted: each at its own line, the text searched once', () => {
    // (a value not written literally was searched for to the end of the text, once per value: 32,000 took 5.5 s)
    const n = 128_000;
    const text = `EAPI=8\n# t5-none-eabi before the array is not it\nRUST_TARGETS=(\n${Array.from({ length: n }, (_, i) => `\t"t${i}"-none-eabi`).join('\n')}\n)\n`;
    const r = targetsFromEbuild(text, 'x.ebuild');
    expect(r.targets).toHaveLength(n);
    expect(r.targets.slice(0, 2).map((t) => [t.target, t.line])).toEqual([
      ['t0-none-eabi', 4],
      ['t1-none-eabi', 5],
    ]);
    expect(r.targets.every((t, i) => t.line === i + 4)).toBe(true);
  });

  it('a target name in a quoted string is found wherever TOML or bash lets it stand', () => {
    // the line of each target, or of the finding that rejects it (a spec name with a blank)
    const lines = (text: string, file: string) => {
      const r = file.endsWith('.ebuild') ? targetsFromEbuild(text, file) : file.endsWith('config.toml') ? targetsFromCargoConfig(text, file) : targetsFromRustToolchain(text, file);
      return [...r.targets, ...r.findings].map((t) => t.line);
    };
    expect(lines('[build]\ntarget = "thumbv7em-none-eabihf"#comment\n', '.cargo/config.toml')).toEqual([2]);
    expect(lines('build = {target="thumbv7em-none-eabihf"}\n', '.cargo/config.toml')).toEqual([1]);
    expect(lines('[target."thumbv7em-none-eabihf"]\nrunner = "x"\n\n[build]\ntarget = ["thumbv7em-none-eabihf"]\n', '.cargo/config.toml')).toEqual([5]);
    expect(lines('[toolchain]\n# "x86_64-unknown-linux-musl" is for static builds\ntargets = [ "x86_64-unknown-linux-musl" ] # "also here"\n', 'rust-toolchain.toml')).toEqual([3]);
    expect(lines('[build]\n\ntarget = "specs/my board.json"\n', '.cargo/config.toml')).toEqual([3]);
    expect(lines('[toolchain]\ntargets = [\n"""thumbv7m-none-eabi""",\n]\n', 'rust-toolchain.toml')).toEqual([3]);
    expect(lines('EAPI=8\nRUST_TARGETS=(\n\t"specs/a b.json"\n)\n', 'x.ebuild')).toEqual([3]);
  });

  it("TOML targets in 'literal' strings have their lines too, and a comment naming a target is not where it is written", () => {
    const text = "[toolchain]\n# thumbv6m-none-eabi is for the boards\ntargets = [\n  'thumbv6m-none-eabi',\n  \"riscv32imc-unknown-none-elf\",\n]\n";
    expect(targetsFromRustToolchain(text, 'rust-toolchain.toml').targets.map((t) => [t.target, t.line])).toEqual([
      ['thumbv6m-none-eabi', 4],
      ['riscv32imc-unknown-none-elf', 5],
    ]);
  });
});
