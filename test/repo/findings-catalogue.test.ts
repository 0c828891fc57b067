/**
 * One catalogue of finding codes: every finding is made through a domain catalogue, every catalogued code is
 * documented and produced by at least one test, and docs/findings.md is generated from the catalogues.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cataloguesFor, registeredCatalogues, renderFindingsMarkdown } from '../../shared/findings-docs.js';
import { ROOT } from '../harness/run-action.js';

function walk(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

const codes = registeredCatalogues().flatMap((c) => Object.keys(c.specs).map((code) => ({ domain: c.domain, code, spec: c.specs[code]! })));

describe('finding catalogues', () => {
  it('every domain with findings has a catalogue, and no finding is made outside one', () => {
    const sources = [...walk(path.join(ROOT, 'shared'), (f) => f.endsWith('.ts')), ...walk(path.join(ROOT, 'actions'), (f) => f.endsWith('.ts'))];
    const direct = sources
      .filter((f) => !f.endsWith(`${path.sep}finding.ts`))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((l, i) => ({ f, i, l })))
      .filter(({ l }) => /(^|[^.\w])finding\((?!s\))/.test(l) && !/^\s*(\/\/|\*)/.test(l))
      .map(({ f, i }) => `${path.relative(ROOT, f)}:${i + 1}`);
    expect(direct, 'make findings through the domain catalogue (<cat>.make), not finding()').toEqual([]);
    expect(registeredCatalogues().map((c) => c.domain)).toEqual(expect.arrayContaining(['cargo', 'gentoo', 'gentoo/ebuild', 'rust']));
  });

  it('every code is documented: a one-line meaning, a paragraph, kebab-case, unique across catalogues', () => {
    const seen = new Map<string, string>();
    for (const { domain, code, spec } of codes) {
      expect(code, `${domain}: ${code}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(spec.meaning.trim(), `${code}: meaning`).not.toBe('');
      expect(spec.meaning, `${code}: meaning is one line`).not.toContain('\n');
      expect(spec.docs.length, `${code}: docs is a paragraph`).toBeGreaterThanOrEqual(60);
      expect(seen.get(code), `${code} is defined in ${seen.get(code)} and ${domain}`).toBeUndefined();
      seen.set(code, domain);
    }
    expect(codes.length).toBeGreaterThan(100);
  });

  it('every catalogued code is produced by at least one test (so none can silently stop firing)', () => {
    const self = path.join(ROOT, 'test', 'repo', 'findings-catalogue.test.ts');
    const text = walk(path.join(ROOT, 'test'), (f) => /\.(ts|json|txt|md)$/.test(f) && f !== self).map((f) => readFileSync(f, 'utf8')).join('\n');
    const untested = codes.filter(({ code }) => !new RegExp(`(^|[^a-z0-9-])${code}([^a-z0-9-]|$)`, 'm').test(text)).map(({ domain, code }) => `${domain}: ${code}`);
    expect(untested, 'add a test that produces and asserts these codes').toEqual([]);
  });

  it('each action has its catalogues, read from what its folder imports', () => {
    expect(cataloguesFor(ROOT, 'crate-license-audit').map((c) => c.domain)).toContain('cargo');
    expect(cataloguesFor(ROOT, 'setup-overlay').map((c) => c.domain)).toEqual(expect.arrayContaining(['gentoo', 'gentoo/ebuild']));
    expect(cataloguesFor(ROOT, 'build-target-matrix').map((c) => c.domain)).toContain('rust');
  });

  it('docs/findings.md is generated from the catalogues (npm run gen)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'findings.md'), 'utf8')).toBe(renderFindingsMarkdown(ROOT));
  });
});

describe('rust-distro-actions codes', () => {
  it('prints the codes of one action from its catalogues, and refuses an unknown action', async () => {
    const { execFileSync, spawnSync } = await import('node:child_process');
    const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
    const out = execFileSync(process.execPath, [cli, 'codes', 'setup-overlay'], { encoding: 'utf8' });
    expect(out).toMatch(/^ebuild-syntax\s+error\s+/m);
    expect(out).toMatch(/^layout-conf-unknown-key\s|^priority-inverted\s/m);
    expect(out).not.toMatch(/crate-license-denied/);
    const bad = spawnSync(process.execPath, [cli, 'codes', 'no-such-action'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown action 'no-such-action'/);
  });

  it('every action README links the generated findings reference', () => {
    for (const a of readdirSync(path.join(ROOT, 'actions'))) {
      expect(readFileSync(path.join(ROOT, 'actions', a, 'README.md'), 'utf8'), a).toMatch(/\]\(\.\.\/\.\.\/docs\/findings\.md(#[^)]*)?\)/);
    }
  });
});
