/**
 * sync-guru's drift over an upstream checkout with its full git history (a `path` upstream that is a full clone):
 * the dates and removals it asks of the history are answered by one walk of it (shared/gentoo/repo-git.ts
 * readHistory), against the floor of one such walk, `git log -- <a package upstream never had>`, which goes to the
 * first commit, added to the same drift without history. A generated ::gentoo of 600 packages and a 14-package overlay (10 copied, one with a version
 * upstream then dropped, one behind a version upstream then added; 4 of its own) over a history of 2,000 / 6,000
 * / 20,000 commits. One `git log` a question made the drift cost that walk times the questions (8 here: 5.7 s
 * against 1.4 s at 20,000 commits); goal ≤ 2× that floor at every length, nearer 1 as the history grows, and one git log call.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunCommand } from '../shared/io.js';
import { checkDrift } from '../shared/gentoo/drift-check.js';
import { compareVersionStrings } from '../shared/gentoo/version.js';
import { runCommand } from '../shared/toolkit/exec.js';
import { generateOverlay, writeOverlayOwnParts } from './gen-overlay.js';
import type { BenchCase, BenchCurve } from './harness.js';

const SIZES = [2_000, 6_000, 20_000];
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'g', GIT_AUTHOR_EMAIL: 'g@example.invalid', GIT_COMMITTER_NAME: 'g', GIT_COMMITTER_EMAIL: 'g@example.invalid', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };

let base = '';
let tree = '';
let overlay = '';
const repos = new Map<number, string>();
process.on('exit', () => {
  if (base) rmSync(base, { recursive: true, force: true });
});

const git = (repo: string, args: string[], input?: string) => execFileSync('git', ['-C', repo, ...args], { env: GIT_ENV, encoding: 'utf8', ...(input !== undefined ? { input } : {}), maxBuffer: 256 << 20 });

/** `category/package` directories of the generated tree with their ebuilds, sorted. */
function packages(root: string): { cp: string; ebuilds: string[] }[] {
  const out: { cp: string; ebuilds: string[] }[] = [];
  for (const c of readdirSync(root).sort()) {
    if (c === 'profiles' || c === 'metadata' || c === 'eclass') continue;
    for (const p of readdirSync(path.join(root, c)).sort()) out.push({ cp: `${c}/${p}`, ebuilds: readdirSync(path.join(root, c, p)).filter((f) => f.endsWith('.ebuild')).sort() });
  }
  return out;
}

/** The generated upstream tree and the overlay over it (once per process). */
async function fixtures(): Promise<{ dropped: string; added: string }> {
  if (!base) base = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-history-'));
  tree = path.join(base, 'gentoo');
  await generateOverlay(tree, { packages: 600, ebuilds: 1000, distLines: 1000, repoName: 'gentoo', masters: '', seed: 5 });
  // the two eclasses the generated ebuilds inherit (without them no upstream version can be sourced)
  mkdirSync(path.join(tree, 'eclass'));
  for (const e of ['cargo', 'optfeature']) writeFileSync(path.join(tree, 'eclass', `${e}.eclass`), `# @ECLASS: ${e}.eclass\n${e}_noop() { :; }\n`);
  const all = packages(tree);
  const twoVersions = all.filter((p) => p.ebuilds.length >= 2);
  const copied = [...twoVersions.slice(0, 2), ...all.filter((p) => p.ebuilds.length === 1).slice(0, 8)];
  overlay = path.join(base, 'overlay');
  const cats = new Set<string>();
  for (const { cp } of copied) {
    cats.add(cp.split('/')[0]!);
    cpSync(path.join(tree, cp), path.join(overlay, cp), { recursive: true });
  }
  writeOverlayOwnParts(overlay, cats);
  // upstream's last commit drops the oldest version of the first package and adds a newer one to the second
  const [a, b] = twoVersions as [{ cp: string; ebuilds: string[] }, { cp: string; ebuilds: string[] }];
  const version = (cp: string, f: string) => f.slice(cp.split('/')[1]!.length + 1, -'.ebuild'.length);
  const oldest = [...a.ebuilds].sort((x, y) => compareVersionStrings(version(a.cp, x), version(a.cp, y)))[0]!;
  return { dropped: `${a.cp}/${oldest}`, added: `${b.cp}/${b.cp.split('/')[1]!}-100.0.ebuild` };
}

/** The tree committed whole, `commits - 2` commits that change one file outside every package, then the last one. */
async function repoWith(commits: number): Promise<string> {
  let repo = repos.get(commits);
  if (repo) return repo;
  const change = await (async () => (tree ? undefined : fixtures()))();
  const last = change ?? lastChange;
  lastChange = last;
  repo = path.join(base, `gentoo-${commits}`);
  cpSync(tree, repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'master']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'initial']);
  let stream = '';
  for (let k = 0; k < commits - 2; k++) {
    const msg = `churn ${k}`;
    const data = `${k}\n`;
    stream += `commit refs/heads/master\ncommitter g <g@example.invalid> ${1767225600 + k * 60} +0000\ndata ${msg.length}\n${msg}\n${k === 0 ? 'from refs/heads/master^0\n' : ''}M 100644 inline metadata/churn\ndata ${data.length}\n${data}\n`;
  }
  git(repo, ['fast-import', '--quiet'], stream);
  git(repo, ['reset', '-q', '--hard', 'master']);
  rmSync(path.join(repo, last!.dropped));
  writeFileSync(path.join(repo, last!.added), readFileSync(path.join(repo, path.dirname(last!.added), readdirSync(path.join(repo, path.dirname(last!.added))).find((f) => f.endsWith('.ebuild'))!), 'utf8'));
  git(repo, ['add', '-A']);
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', 'drop one, add one'], { env: { ...GIT_ENV, GIT_AUTHOR_DATE: '2026-12-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-12-01T00:00:00Z' } });
  repos.set(commits, repo);
  return repo;
}
let lastChange: { dropped: string; added: string } | undefined;

/** One drift check with history; the `git log` calls it made. */
async function drift(repo: string, scratch: string, readGit = true): Promise<{ rows: number; logs: number; fromHistory: number }> {
  let logs = 0;
  const run: RunCommand = (file, args, options) => {
    if (file === 'git' && args.includes('log')) logs++;
    return runCommand(file, args, options);
  };
  const r = await checkDrift(
    {
      overlay: { path: overlay },
      upstreams: [{ name: 'gentoo', path: repo, priority: -1000 }],
      sync: false,
      timeoutMinutes: 5,
      verifySignatures: false,
      readGit,
      workspace: scratch,
      workDir: path.join(scratch, 'work'),
    },
    { run, sync: () => Promise.reject(new Error('no sync in the benchmark')), info: () => {}, clock: () => performance.now(), now: () => Date.parse('2026-12-05T00:00:00Z') },
  );
  const fromHistory = r.drift.rows.filter((x) => x.evidence === 'git history' || x.behind?.days !== undefined).length;
  return { rows: r.drift.rows.length, logs, fromHistory };
}

export const curves = (): BenchCurve[] => [
  {
    name: "sync-guru: drift over an upstream checkout's full git history",
    unit: 'commits',
    sizes: SIZES,
    at: (n): BenchCase => {
      let repo = '';
      let scratch = '';
      return {
        name: `sync-guru drift with history @ ${n}`,
        reference: 'the same drift without the history, then one git log -- <a package upstream never had> (floor: one walk)',
        goal: 2,
        runs: 5,
        setup: async () => {
          repo = await repoWith(n);
          scratch = mkdtempSync(path.join(base, 'run-'));
        },
        ours: () => drift(repo, scratch),
        ref: async () => {
          await drift(repo, scratch, false);
          return git(repo, ['log', '--format=%H', '--', 'app-own/own0']).length;
        },
        extra: async () => {
          const d = await drift(repo, scratch);
          return { 'git log calls': d.logs, 'drift rows': d.rows, 'rows from the history': d.fromHistory };
        },
        teardown: () => rmSync(scratch, { recursive: true, force: true }),
      };
    },
  },
];
