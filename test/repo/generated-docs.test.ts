/**
 * The action READMEs' input/output tables are generated from action.yml (`npm run gen`), and the umbrella
 * gives each action's own meaning of a shared input.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/index.js';

const ids = readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'actions', d, 'action.yml')));
const meta = (id: string) => parse(readFileSync(path.join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }>; outputs?: Record<string, { description: string }> };

const genDocs = async () =>
  (await import(pathToFileURL(path.join(ROOT, '.ci', 'gen-docs.mjs')).href)) as { generate: (readme: string, doc: unknown) => string };

describe('README tables generated from action.yml', () => {
  it('`gen-docs --check` says every README is up to date', () => {
    expect(execFileSync(process.execPath, [path.join(ROOT, '.ci', 'gen-docs.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/up to date/);
  });

  for (const id of ids) {
    it(`${id}: one row per declared input and output, with the action.yml description`, () => {
      const readme = readFileSync(path.join(ROOT, 'actions', id, 'README.md'), 'utf8');
      const block = (what: string) => readme.slice(readme.indexOf(`<!-- ${what}: generated`), readme.indexOf(`<!-- end of generated ${what} -->`));
      const inputs = block('inputs');
      const m = meta(id);
      expect([...inputs.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((r) => r[1])).toEqual(Object.keys(m.inputs));
      for (const [name, spec] of Object.entries(m.inputs)) {
        expect(inputs).toContain(String(spec.description).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|'));
        void name;
      }
      if (m.outputs) expect([...block('outputs').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((r) => r[1])).toEqual(Object.keys(m.outputs));
    });
  }

  it('regenerating after an action.yml change rewrites only the table, and is idempotent', async () => {
    const { generate } = await genDocs();
    const readme = '# x\n\nintro\n\n## Inputs\n\nprose stays\n\n| old | table |\n| --- | --- |\n| `a` | hand-kept |\n\n## Outputs\n\nnone yet\n\n## Later\n\ntext\n';
    const doc = { inputs: { a: { description: 'the new meaning | with a pipe', default: 'x' }, b: { description: 'another', required: true } }, outputs: { o: { description: 'out' } } };
    const once = generate(readme, doc);
    expect(once).toContain('prose stays');
    expect(once).not.toContain('hand-kept');
    expect(once).toContain('| `a` | `x` | no | the new meaning \\| with a pipe |');
    expect(once).toContain('| `b` | — | yes | another |');
    expect(once).toContain('| `o` | out |');
    expect(once).toContain('## Later\n\ntext');
    expect(generate(once, doc)).toBe(once);
    const changed = generate(once, { ...doc, inputs: { a: { description: 'changed' } } });
    expect(changed).toContain('| `a` | — | no | changed |');
    expect(changed).not.toContain('`b`');
  });
});

describe('the umbrella action.yml', () => {
  it("a shared input with different meanings carries each action's own (fail-on, github-token)", () => {
    const umbrella = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> };
    for (const name of ['fail-on', 'github-token']) {
      const users = ids.filter((id) => name in meta(id).inputs);
      expect(users.length).toBeGreaterThan(1);
      for (const id of users) {
        expect(umbrella.inputs[name]!.description, `${name} in ${id}`).toContain(`[${id}] ${meta(id).inputs[name]!.description.replace(/\s+/g, ' ').trim()}`);
      }
    }
  });
});
