/** The bench generator makes what it says, and a clean overlay by the scanner's standards. */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateOverlay } from '../../bench/gen-overlay.js';
import { scanRepository } from '../../shared/gentoo/overlay.js';

const tempDir = (prefix = 'rda-test-') => mkdtempSync(path.join(os.tmpdir(), prefix));

describe('bench/gen-overlay', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('hits the requested counts exactly and scans clean apart from the missing metadata.xml', async () => {
    const dir = tempDir('rda-gen-');
    dirs.push(dir);
    const g = await generateOverlay(dir, { packages: 60, ebuilds: 90, distLines: 1500, missingMetadataXml: 3 });
    expect([g.packages, g.ebuilds, g.distLines]).toEqual([60, 90, 1500]);
    const scan = await scanRepository(dir);
    expect(scan.stats).toMatchObject({ packages: 60, ebuilds: 90, distEntries: 1500, unknownSrcUri: 0 });
    expect(scan.findings.map((f) => f.code)).toEqual(['metadata-xml-missing', 'metadata-xml-missing', 'metadata-xml-missing']);
  });

  it('is deterministic', async () => {
    const a = tempDir('rda-gen-');
    const b = tempDir('rda-gen-');
    dirs.push(a, b);
    const ga = await generateOverlay(a, { packages: 20, ebuilds: 30, distLines: 400 });
    const gb = await generateOverlay(b, { packages: 20, ebuilds: 30, distLines: 400 });
    expect(ga.bytes).toBe(gb.bytes);
    expect(readFileSync(path.join(a, 'profiles', 'categories'), 'utf8')).toBe(readFileSync(path.join(b, 'profiles', 'categories'), 'utf8'));
  });
});
