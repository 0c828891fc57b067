/** setup-overlay's job summary as a reader sees it: the outcome and what to do come first. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_PACKAGE_ACCEPT_KEYWORDS, embeddedRepositories, type SetupOverlayInputs } from '../../actions/setup-overlay/inputs.js';
import { buildSummary } from '../../actions/setup-overlay/render.js';
import { setupOverlay } from '../../shared/gentoo/overlay-setup.js';
import { offlineDeps } from './offline-deps.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'so-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deps = offlineDeps;

function inputs(over: Partial<SetupOverlayInputs> = {}): SetupOverlayInputs {
  return {
    repositories: embeddedRepositories(ROOT),
    embedded: false,
    precedence: ['regicide-rust', 'guru', 'gentoo'],
    configRoot: path.join(dir, 'portage'),
    reposDir: path.join(dir, 'repos'),
    acceptKeywords: 'amd64',
    packageAcceptKeywords: EMBEDDED_PACKAGE_ACCEPT_KEYWORDS,
    packageMask: '',
    packageUnmask: '',
    explain: [],
    cache: false,
    failOn: 'error',
    retries: 0,
    ...over,
  };
}

/** The markdown before the first table: what a reader sees without scrolling. */
function top(md: string): string {
  return md.slice(0, md.indexOf('### Repositories'));
}

describe('setup-overlay summary', () => {
  it('the inverted demo: says where repos.conf went, the corrected order, and what to do about each problem', async () => {
    const i = inputs();
    const md = buildSummary(await setupOverlay({ ...i, workspace: dir }, deps), i).render();
    const head = top(md);
    expect(head).toContain(`repos.conf written to \`${path.join(dir, 'portage', 'repos.conf')}\``);
    expect(head).toMatch(/priorities corrected to express the precedence: regicide-rust 100 > guru 50 > gentoo -1000/);
    expect(head).toMatch(/\*\*What to do:\*\*/);
    expect(head).toMatch(/- Use these priorities in your own repos\.conf/);
    expect(head).toMatch(/- 1 package\(s\) of regicide-rust shadowed: emerge picks another repository.s ebuild for dev-lang\/rust\./);
    expect(head).toMatch(/- package\.accept_keywords pins nothing/);
    expect(head).toMatch(/- 4 other warning\(s\) at the files named under Findings/);
  });

  it('priorities that already express the precedence: no correction line, nothing to do about them', async () => {
    const [g, u, r] = embeddedRepositories(ROOT);
    const i = inputs({ repositories: [g!, { ...u!, priority: 50 }, { ...r!, priority: 100 }], packageAcceptKeywords: '', explain: ['dev-util/cargo-tool'] });
    const md = buildSummary(await setupOverlay({ ...i, workspace: dir }, deps), i).render();
    const head = top(md);
    expect(head).not.toMatch(/corrected/);
    expect(head).not.toMatch(/Use these priorities/);
    expect(head).toMatch(/in this order: regicide-rust 100 > guru 50 > gentoo -1000/);
  });

  it('the repositories table says which priority was written and which was configured', async () => {
    const i = inputs();
    const md = buildSummary(await setupOverlay({ ...i, workspace: dir }, deps), i).render();
    expect(md).toContain('| name | priority written | configured | location | commit | source |');
    expect(md).toMatch(/\| guru \| 50 \| 20 \|/);
  });

  it('nothing written: says so first, and that the errors must be fixed', async () => {
    const [g] = embeddedRepositories(ROOT);
    const i = inputs({ repositories: [g!, { name: 'regicide-rust', uri: 'https://example.invalid/r.git' }], precedence: undefined, packageAcceptKeywords: '' });
    const md = buildSummary(await setupOverlay({ ...i, workspace: dir }, deps), i).render();
    expect(top(md)).toMatch(/\*\*repos\.conf was not written\.\*\* Fix the 2 error\(s\) under Findings and run again\./);
  });
});
