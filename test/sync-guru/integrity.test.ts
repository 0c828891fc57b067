import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../shared/gentoo/integrity.js';
import { scanRepository } from '../../shared/gentoo/overlay.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FX = path.join(ROOT, 'fixtures/sync-guru');

describe('checkIntegrity', () => {
  it('reports a fetching package without DIST entries, and nothing for complete ones', async () => {
    const scan = await scanRepository(path.join(FX, 'overlay'), { base: ROOT });
    const r = await checkIntegrity(scan, { fileBase: ROOT });
    expect(r.findings.map((f) => [f.code, f.file])).toEqual([['manifest-missing', 'fixtures/sync-guru/overlay/app-misc/differs/differs-1.0.ebuild']]);
    expect(r.errors).toBe(1);
    expect(r.verified).toBeUndefined();
    expect(r.packages.find((p) => p.package === 'dev-lang/rust')).toEqual({ package: 'dev-lang/rust', distfiles: ['rustc-1.75.0-src.tar.xz'], distEntries: 1 });
  });

  it('verifies present distfiles against DISTDIR: mismatch ready to paste, absent ones as notices', async () => {
    const scan = await scanRepository(path.join(FX, 'overlay'), { base: ROOT });
    const r = await checkIntegrity(scan, { fileBase: ROOT, distdir: path.join(FX, 'distdir') });
    expect(r.verified).toEqual({ ok: 1, mismatch: 1, missing: 5, unreadable: 0 });
    const mm = r.findings.find((f) => f.code === 'distfile-mismatch')!;
    expect(mm.file).toBe('fixtures/sync-guru/overlay/app-misc/only-ours/Manifest');
    expect(mm.line).toBe(1);
    expect(mm.message).toMatch(/Manifest mismatch for only-ours-1\.0\.tar\.gz\n {2}file: {4}.*distdir\/only-ours-1\.0\.tar\.gz\n {2}size: {4}expected 31, actual 34/);
    expect(mm.hint).toMatch(/^If the new file is the right one, the Manifest line is:\nDIST only-ours-1\.0\.tar\.gz 34 BLAKE2B [0-9a-f]{128} SHA512 [0-9a-f]{128}$/);
    expect(r.findings.filter((f) => f.code === 'distfile-missing').every((f) => f.severity === 'notice')).toBe(true);
    expect(r.errors).toBe(2);
  });
});
