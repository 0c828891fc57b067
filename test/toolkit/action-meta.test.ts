import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionIds, ACTION_JSON, loadActionMeta, parseActionMeta, repoRoot } from '../../shared/toolkit/action-meta.js';

const repo = path.resolve(__dirname, '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-meta-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const yml = `name: demo
description: A demo.
inputs:
  level:
    description: How loud.
    default: quiet
outputs:
  result:
    description: What happened.
runs:
  using: node24
  main: ../../dist/demo/index.js
`;

function root(actionYml: string, built?: unknown): string {
  const r = mkdtempSync(path.join(tmp, 'root-'));
  mkdirSync(path.join(r, 'actions', 'demo'), { recursive: true });
  writeFileSync(path.join(r, 'actions', 'demo', 'action.yml'), actionYml);
  if (built !== undefined) {
    mkdirSync(path.join(r, 'dist', 'demo'), { recursive: true });
    writeFileSync(path.join(r, 'dist', 'demo', ACTION_JSON), typeof built === 'string' ? built : JSON.stringify(built));
  }
  return r;
}

describe("the build's parse of action.yml (dist/<id>/action.json)", () => {
  it('is used while its source is the action.yml on disk', () => {
    // A document that differs from the text's own parse shows which one was used.
    const doc = parseYaml(yml) as { inputs: { level: { default: string } } };
    doc.inputs.level.default = 'from-the-build';
    expect(loadActionMeta('demo', root(yml, { source: yml, document: doc })).inputs.level!.default).toBe('from-the-build');
  });

  it('is ignored once action.yml changed, missing or unreadable: the text on disk is parsed', () => {
    const edited = yml.replace('default: quiet', 'default: loud');
    const doc = parseYaml(yml);
    expect(loadActionMeta('demo', root(edited, { source: yml, document: doc })).inputs.level!.default).toBe('loud');
    expect(loadActionMeta('demo', root(edited)).inputs.level!.default).toBe('loud');
    expect(loadActionMeta('demo', root(edited, '{ not json')).inputs.level!.default).toBe('loud');
    expect(loadActionMeta('demo', root(edited, { document: doc })).inputs.level!.default).toBe('loud');
  });

  it("every committed bundle's copy equals a parse of its action.yml", () => {
    const ids = actionIds(repo);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const text = readFileSync(path.join(repo, 'actions', id, 'action.yml'), 'utf8');
      const built = JSON.parse(readFileSync(path.join(repo, 'dist', id, ACTION_JSON), 'utf8')) as { source: string; document: unknown };
      expect(built.source, `dist/${id}/${ACTION_JSON} was built from another action.yml: run npm run build`).toBe(text);
      expect(loadActionMeta(id, repo)).toEqual(parseActionMeta(id, text));
    }
    expect(repoRoot({ RDA_ROOT: repo })).toBe(repo);
  });
});
