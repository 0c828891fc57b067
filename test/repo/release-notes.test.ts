/** The release workflow's notes: the CHANGELOG.md section of the version, checked against package.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/index.js';

const ids = readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'actions', d, 'action.yml')));

describe('release notes', () => {
  const notes = async () =>
    ((await import(pathToFileURL(path.join(ROOT, '.ci', 'release-notes.mjs')).href)) as { releaseNotes: (v: string, changelog: string, pkgVersion: string) => string }).releaseNotes;

  it("package.json's version has a non-empty CHANGELOG section that lists the five actions and four workflows", async () => {
    const releaseNotes = await notes();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const text = releaseNotes(pkg.version, readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version);
    for (const id of ids) expect(text).toContain(`**${id}**`);
    for (const wf of ['overlay-drift.yml', 'crate-license-review.yml', 'cross-targets.yml', 'selfhost.yml']) expect(text).toContain(wf);
  });

  it('takes exactly one section and refuses a bad version, a version package.json does not have, or no section', async () => {
    const releaseNotes = await notes();
    const changelog = '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-24\n\n### Fixed\n\n- a thing\n\n## [1.0.0] - 2026-12-02\n\n- first\n\n[1.1.0]: https://example.invalid\n';
    expect(releaseNotes('1.1.0', changelog, '1.1.0')).toBe('### Fixed\n\n- a thing\n');
    expect(releaseNotes('1.0.0', changelog, '1.0.0')).toBe('- first\n');
    expect(() => releaseNotes('v1.1.0', changelog, '1.1.0')).toThrow(/expected X\.Y\.Z/);
    expect(() => releaseNotes('1.1.0', changelog, '1.0.0')).toThrow(/package\.json says version 1\.0\.0/);
    expect(() => releaseNotes('1.2.0', changelog, '1.2.0')).toThrow(/no '## \[1\.2\.0\]' section/);
  });
});
