/** setup-overlay's ports for tests that use `path` repositories only: no git, no cache, real atomic writes. */
import type { OverlaySetupDeps } from '../../shared/gentoo/overlay-setup.js';
import { writeFileAtomic } from '../../shared/toolkit/files.js';

export const offlineDeps: OverlaySetupDeps = {
  writeFileAtomic,
  sync: async () => {
    throw new Error('no git here');
  },
  resolveRemote: async () => undefined,
  head: async () => 'f'.repeat(40),
  restoreCache: async () => undefined,
  saveCache: async () => false,
  info: () => {},
};
