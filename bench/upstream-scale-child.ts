/**
 * One run of setup-overlay or sync-guru's use case in a process of its own, for bench/upstream-scale.bench.ts:
 * prints `{"ms": …, "maxRssMiB": …, "answer": …}` (wall time, the process's peak resident memory, and for
 * setup-overlay how many ::gentoo packages were read, for sync-guru how many drift rows came out).
 *
 *   node --import tsx bench/upstream-scale-child.ts setup-overlay|sync-guru <overlay> <guru> <gentoo> <scratch>
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDrift } from '../shared/gentoo/drift-check.js';
import { setupOverlay } from '../shared/gentoo/overlay-setup.js';
import { runCommand } from '../shared/toolkit/exec.js';
import { writeFileAtomic } from '../shared/toolkit/files.js';

/** setup-overlay: the ::gentoo packages read; sync-guru: the drift rows. */
export async function runOnce(which: string, dirs: { overlay: string; guru: string; gentoo: string; scratch: string }): Promise<number> {
  if (which === 'setup-overlay') {
    const r = await setupOverlay(
      {
        repositories: [
          { name: 'gentoo', path: dirs.gentoo },
          { name: 'guru', path: dirs.guru },
          { name: 'regicide-rust', path: dirs.overlay },
        ],
        precedence: ['regicide-rust', 'guru', 'gentoo'],
        configRoot: path.join(dirs.scratch, 'portage'),
        reposDir: path.join(dirs.scratch, 'repos'),
        acceptKeywords: '~amd64',
        packageAcceptKeywords: '',
        packageMask: '',
        packageUnmask: '',
        explain: [],
        cache: false,
        workspace: dirs.scratch,
      },
      {
        writeFileAtomic,
        sync: () => Promise.reject(new Error('no sync in the benchmark')),
        resolveRemote: async () => undefined,
        head: async () => 'f'.repeat(40),
        restoreCache: async () => undefined,
        saveCache: async () => false,
        info: () => {},
      },
    );
    return r.plan?.repos.find((p) => p.name === 'gentoo')?.scan.stats.packages ?? -1;
  }
  const r = await checkDrift(
    {
      overlay: { path: dirs.overlay },
      upstreams: [
        { name: 'guru', path: dirs.guru },
        { name: 'gentoo', path: dirs.gentoo, priority: -1000 },
      ],
      sync: false,
      timeoutMinutes: 5,
      verifySignatures: false,
      readGit: false,
      workspace: dirs.scratch,
      workDir: path.join(dirs.scratch, 'work'),
    },
    { run: runCommand, sync: () => Promise.reject(new Error('no sync in the benchmark')), info: () => {}, clock: () => performance.now(), now: () => Date.now() },
  );
  return r.drift.rows.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode, overlay, guru, gentoo, scratch] = process.argv.slice(2) as [string, string, string, string, string];
  const t0 = performance.now();
  const answer = await runOnce(mode, { overlay, guru, gentoo, scratch });
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), answer })}\n`);
}
