/**
 * "What emerge would pick" equals real Portage's answer on every package of three small trees (::gentoo
 * stand-in, GURU-shaped, the user's overlay) under nine configurations. expected.json was recorded from
 * Portage run from its source (fixtures/setup-overlay/portage-oracle/README.md); nothing here needs Portage.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setupOverlay } from '../../shared/gentoo/overlay-setup.js';
import { effectiveAcceptKeywords } from '../../shared/gentoo/visibility.js';
import { offlineDeps } from './offline-deps.js';

const FX = path.resolve(import.meta.dirname, '../../fixtures/setup-overlay/portage-oracle');
interface Recorded {
  config: { accept_keywords: string; package_accept_keywords?: string; package_mask?: string; package_unmask?: string; priorities: Record<string, number | null> };
  acceptKeywords: string;
  picks: Record<string, string | null>;
}
const expected = JSON.parse(readFileSync(path.join(FX, 'expected.json'), 'utf8')) as Record<string, Recorded>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'portage-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deps = offlineDeps;

describe.each(Object.entries(expected))('configuration %s', (name, rec) => {
  it('picks what Portage picks, for every package and atom, never uncertain', async () => {
    const repositories = ['gentoo', 'guru', 'overlay'].map((n) => ({
      name: n,
      path: path.join(FX, n),
      ...(rec.config.priorities[n] != null ? { priority: rec.config.priorities[n]! } : {}),
    }));
    const r = await setupOverlay(
      {
        repositories,
        configRoot: path.join(dir, name),
        reposDir: path.join(dir, 'repos'),
        acceptKeywords: rec.config.accept_keywords,
        packageAcceptKeywords: rec.config.package_accept_keywords ?? '',
        packageMask: rec.config.package_mask ?? '',
        packageUnmask: rec.config.package_unmask ?? '',
        explain: Object.keys(rec.picks),
        cache: false,
        workspace: dir,
      },
      deps,
    );
    const ours = Object.fromEntries(r.explained!.explanations.map((e) => [e.request, e.result.winner?.ref ?? null]));
    expect(ours).toEqual(rec.picks);
    expect(r.explained!.explanations.filter((e) => e.result.uncertain).map((e) => e.request)).toEqual([]);
  });

  it("ACCEPT_KEYWORDS is Portage's effective value", () => {
    const tokens = rec.config.accept_keywords.split(/\s+/).filter(Boolean);
    expect(effectiveAcceptKeywords({ arch: 'amd64', acceptKeywords: tokens }).join(' ')).toBe(rec.acceptKeywords);
  });
});
