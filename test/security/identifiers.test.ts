/**
 * Identifiers are validated where their format is defined, so data that is not one never becomes a matrix
 * entry, a file name or shell text: target names (`[A-Za-z0-9_.-]`, the spec file's stem included), crate
 * names and versions (cargo's rules), and the Gentoo CRATES= / GIT_CRATES text never carries a shell
 * metacharacter from a lockfile.
 */
import { describe, expect, it } from 'vitest';
import { targetsFromDirectory, targetsFromInput } from '../../shared/rust/target-sources.js';
import { parseLockfile } from '../../shared/cargo/lockfile.js';
import { cratesValue, gentooEbuildVars } from '../../shared/cargo/gentoo.js';
import { checkBashSyntax } from '../../shared/gentoo/ebuild/bash-syntax.js';

describe('target names', () => {
  it('a spec path whose name has a newline or a quote is refused, not planned', () => {
    const r = targetsFromInput('- target: "specs/ev\\nil.json"\n- target: "specs/x\\"$(id)\\".json"\n- specs/ok-target.json\n');
    expect(r.targets.map((t) => t.target)).toEqual(['specs/ok-target.json']);
    expect(r.findings.filter((f) => f.code === 'target-invalid')).toHaveLength(2);
  });

  it('a file in a target-path directory named with a newline is not a target', () => {
    const r = targetsFromDirectory('/opt/sdk/targets', ['aarch64-avocado-linux.json', 'x\n::add-mask::y.json', "it's.json"]);
    expect(r.targets.map((t) => t.target)).toEqual(['/opt/sdk/targets/aarch64-avocado-linux.json']);
    expect(r.findings.filter((f) => f.code === 'target-invalid')).toHaveLength(2);
  });
});

describe('crate names and versions', () => {
  const lock = (name: string, version: string, source = 'registry+https://github.com/rust-lang/crates.io-index') =>
    `version = 3\n\n[[package]]\nname = ${JSON.stringify(name)}\nversion = ${JSON.stringify(version)}\nsource = ${JSON.stringify(source)}\n`;

  it.each([
    ['evil', '1.0.0"$(touch /tmp/pwned)"'],
    ['evil', '1.0'],
    ['ev"il', '1.0.0'],
    ['ev$(id)il', '1.0.0'],
    ['@evil-user', '1.0.0'],
  ])('%s %s is not a crate cargo could lock: refused with lock-invalid-package', (name, version) => {
    const r = parseLockfile(lock(name, version));
    expect(r.ok).toBe(true);
    const l = (r as { lock: { packages: unknown[]; findings: { code: string }[] } }).lock;
    expect(l.packages).toEqual([]);
    expect(l.findings.map((f) => f.code)).toContain('lock-invalid-package');
  });

  it('real names and versions pass (unicode identifiers, pre-release and build metadata)', () => {
    const r = parseLockfile(lock('serde_json-ä', '1.0.0-rc.1+build.5'));
    expect(r.ok && r.lock.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['serde_json-ä@1.0.0-rc.1+build.5']);
  });

  it('CRATES= never carries shell text, even from packages built by hand', () => {
    const pkg = (name: string, version: string) => ({ name, version, source: 'registry+https://github.com/rust-lang/crates.io-index' }) as never;
    expect(cratesValue([pkg('ok', '1.0.0'), pkg('x', '1.0.0"$(touch y)"'), pkg("a'b", '1.0.0')])).toEqual(['ok@1.0.0']);
  });

  it("GIT_CRATES never lists a URL that would end bash's single quotes", () => {
    // bash would end the single quotes at the first ', run the backticks, and reopen them at the second
    const evil = "git+https://github.com/o/r'" + '`touch${IFS}x`' + "'?rev=main#0123456789abcdef0123456789abcdef01234567";
    const good = 'git+https://github.com/o/good?branch=main#0123456789abcdef0123456789abcdef01234567';
    const text = `version = 3\n\n[[package]]\nname = "evil"\nversion = "1.0.0"\nsource = ${JSON.stringify(evil)}\n\n[[package]]\nname = "good"\nversion = "1.0.0"\nsource = ${JSON.stringify(good)}\n`;
    const parsed = parseLockfile(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const out = gentooEbuildVars({ lock: parsed.lock, licenses: new Map(), mapping: { file: 'license-mapping.conf', entries: new Map() } });
    expect(out.gitCrates).toContain("[good]='https://github.com/o/good;");
    expect(out.gitCrates).not.toContain('evil');
    expect(out.text).not.toMatch(/[`$]/);
    expect(checkBashSyntax(out.text).kind).toBe('ok');
  });
});
