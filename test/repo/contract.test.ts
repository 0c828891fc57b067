/**
 * The suite's contracts, checked on the real bundles: dist/ is a fresh build; the umbrella action.yml is
 * generated; every action reads exactly the inputs it declares and sets every output it declares; bad input
 * is a failed run with an annotation naming the input; the umbrella behaves exactly like the action.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { ROOT, runAction } from '../harness/run-action.js';
import { runBundle } from '../../shared/toolkit/local-run.js';

const actions = readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'actions', d, 'action.yml')) && existsSync(path.join(ROOT, 'dist', d, 'index.js')));
const meta = (id: string) => parse(readFileSync(path.join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }>; outputs?: Record<string, unknown> };

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('dist and generated files', () => {
  // The byte-for-byte rebuild runs once per CI run (`.ci/run`: `node .ci/build.mjs --check`); here the cheap
  // check that dist/ was built from the sources as they are now.
  it('committed dist/ was built from the current sources', async () => {
    const { buildInputs } = (await import(pathToFileURL(path.join(ROOT, '.ci', 'build-inputs.mjs')).href)) as { buildInputs: () => string };
    const recorded = path.join(ROOT, 'dist', 'build-inputs.sha256');
    expect(existsSync(recorded), 'dist/build-inputs.sha256 is missing: run `npm run build`').toBe(true);
    const lines = (t: string) => new Set(t.split('\n').filter(Boolean));
    const was = lines(readFileSync(recorded, 'utf8'));
    const now = lines(buildInputs());
    const changed = [...new Set([...was, ...now].filter((l) => !(was.has(l) && now.has(l))).map((l) => l.slice(66)))].sort();
    expect(changed, 'these sources changed since dist/ was built: run `npm run build` and commit dist/').toEqual([]);
  });

  it('the umbrella action.yml is generated from actions/*/action.yml', () => {
    const r = (() => {
      try {
        return execFileSync(process.execPath, [path.join(ROOT, '.ci', 'gen-umbrella.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        return String((e as { stderr?: string }).stderr ?? e);
      }
    })();
    expect(r).toMatch(/up to date/);
    const umbrella = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
    for (const id of actions) {
      for (const name of Object.keys(meta(id).inputs ?? {})) {
        expect(umbrella.inputs[name], `umbrella declares ${id}'s input ${name}`).toBeDefined();
        if (name !== 'github-token') expect(umbrella.inputs[name]!.default, `umbrella input ${name} has no default`).toBeUndefined();
      }
    }
  });
});

describe('every action', () => {
  it('every action folder has its bundle, and the five actions are there', () => {
    const folders = readdirSync(path.join(ROOT, 'actions')).filter((d) => existsSync(path.join(ROOT, 'actions', d, 'action.yml')));
    expect(folders).toEqual(expect.arrayContaining(['build-target-matrix', 'crate-license-audit', 'qemu-selfhost-verify', 'setup-overlay', 'sync-guru']));
    for (const id of folders) expect(existsSync(path.join(ROOT, 'dist', id, 'index.js')), `dist/${id}/index.js (run \`npm run build\`)`).toBe(true);
  });

  for (const id of actions) {
    it(`${id}: on its embedded default it reads every declared input and sets every declared output`, { timeout: 300_000 }, async () => {
      const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'rda-trace-')), 'trace.json');
      const r = await runAction(id, {}, { RDA_TRACE_FILE: trace });
      expect(r.exitCode, `${id} failed on its embedded default:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`).toBe(0);
      const t = JSON.parse(readFileSync(trace, 'utf8')) as { inputsRead: string[] };
      expect(t.inputsRead).toEqual(Object.keys(meta(id).inputs ?? {}).sort());
      expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(meta(id).outputs ?? {}).sort());
      expect(r.summary.trim().length).toBeGreaterThan(0);
    });

    it(`${id}: every input it reads as YAML is one it names to actionMain (yamlInputs), so the library is there when one is given`, () => {
      const dir = path.join(ROOT, 'actions', id);
      const sources = filesUnder(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
      const read = new Set(sources.flatMap((t) => [...t.matchAll(/\binputs\.yaml\(\s*'([^']+)'/g)].map((m) => m[1]!)));
      const main = readFileSync(path.join(dir, 'main.ts'), 'utf8');
      const declared = /yamlInputs: (false|\[[^\]]*\])/.exec(main);
      expect(declared, `actions/${id}/main.ts passes yamlInputs to actionMain`).not.toBeNull();
      const names = declared![1] === 'false' ? [] : [...declared![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      expect([...read].filter((n) => !names.includes(n)), `inputs.yaml() of inputs missing from yamlInputs in actions/${id}/main.ts`).toEqual([]);
      // and each named one is an input of the action (actionMain would stop on a name it does not declare)
      for (const n of names) expect(Object.keys(meta(id).inputs ?? {})).toContain(n);
    });

    it(`${id}: a malformed boolean input is a failed run with an annotation naming the input`, { timeout: 120_000 }, async () => {
      const inputs = meta(id).inputs ?? {};
      const bool = Object.keys(inputs).find((k) => ['true', 'false'].includes(String(inputs[k]!.default)));
      expect(bool, `${id} has a boolean input`).toBeDefined();
      const r = await runAction(id, { [bool!]: 'maybe' });
      expect(r.exitCode).not.toBe(0);
      const errors = r.annotations.filter((x) => x.level === 'error');
      expect(errors, 'exactly one error annotation for one bad input').toHaveLength(1);
      const a = errors[0];
      expect(a?.message).toContain(`input '${bool}': expected a boolean`);
      expect(a?.title).toBe(`Input error: ${bool}`);
      expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace for a user error
    });
  }
});

describe('the YAML library', () => {
  // ~20 ms of a run's start here: loaded only for a run given a YAML input (ActionMainOptions.yamlInputs)
  const loaded = async (id: string, inputs: Record<string, string>) => {
    const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'rda-trace-')), 'trace.json');
    try {
      await runAction(id, inputs, { RDA_TRACE_FILE: trace });
      return (JSON.parse(readFileSync(trace, 'utf8')) as { yamlLoaded?: boolean }).yamlLoaded;
    } finally {
      rmSync(path.dirname(trace), { recursive: true, force: true });
    }
  };
  it('is not loaded by a run given no YAML input, and is by one given its YAML input', { timeout: 120_000 }, async () => {
    expect(await loaded('sync-guru', { sync: 'maybe' })).toBe(false);
    expect(await loaded('sync-guru', { sync: 'maybe', upstreams: '- name: guru\n  path: guru\n' })).toBe(true);
    expect(await loaded('setup-overlay', { cache: 'maybe' })).toBe(false);
    expect(await loaded('setup-overlay', { cache: 'maybe', repositories: '- name: guru\n  path: guru\n' })).toBe(true);
  });
});

describe('umbrella and CLI', () => {
  it("rejects an unknown command with an error naming the 'command' input", async () => {
    const r = await runAction(path.join(ROOT, 'dist', 'main', 'index.js'), { command: 'frobnicate' });
    expect(r.exitCode).toBe(1);
    const message = r.annotations[0]?.message ?? '';
    expect(message).toMatch(/^input 'command': expected one of '.*, got 'frobnicate'$/);
    for (const id of actions) expect(message).toContain(`'${id}'`);
  });

  for (const id of actions.filter((a) => a !== 'qemu-selfhost-verify')) {
    it(`command: ${id} behaves exactly like uses: actions/${id}`, { timeout: 300_000 }, async () => {
      const temp = mkdtempSync(path.join(os.tmpdir(), 'rda-umbrella-'));
      try {
        // Same temp dir for both, so paths in outputs are comparable; the umbrella passes empty inputs.
        const empty = Object.fromEntries(Object.keys(meta(id).inputs ?? {}).map((k) => [k, '']));
        const direct = await runBundle(path.join(ROOT, 'dist', id, 'index.js'), { inputs: {}, tempDir: temp });
        const viaUmbrella = await runBundle(path.join(ROOT, 'dist', 'main', 'index.js'), { inputs: { ...empty, command: id }, tempDir: temp });
        expect(viaUmbrella.exitCode).toBe(direct.exitCode);
        expect(Object.keys(viaUmbrella.outputs).sort()).toEqual(Object.keys(direct.outputs).sort());
        for (const k of Object.keys(direct.outputs)) {
          if (/seconds|time|duration/.test(k)) continue;
          expect(viaUmbrella.outputs[k], `output ${k}`).toBe(direct.outputs[k]);
        }
        expect(viaUmbrella.annotations.map((a) => `${a.level}:${a.file}:${a.line}:${a.title}`)).toEqual(direct.annotations.map((a) => `${a.level}:${a.file}:${a.line}:${a.title}`));
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    });
  }

  it('the CLI prints one JSON object for --json and fails on an input error', { timeout: 120_000 }, () => {
    const id = actions[0];
    if (!id) return;
    const inputs = meta(id).inputs ?? {};
    const bool = Object.keys(inputs).find((k) => ['true', 'false'].includes(String(inputs[k]!.default)))!;
    let out = '';
    let code = 0;
    try {
      out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'run', id, '--with', `${bool}=maybe`, '--json'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
      out = (e as { stdout: string }).stdout;
    }
    expect(code).toBe(1);
    const obj = JSON.parse(out) as { action: string; exitCode: number; outputs: object; annotations: { level: string; message: string }[]; summary: string };
    expect(obj.action).toBe(id);
    expect(obj.exitCode).not.toBe(0);
    expect(obj.annotations.some((a) => a.level === 'error' && a.message.includes(`input '${bool}'`))).toBe(true);
    expect(Object.keys(obj).sort()).toEqual(['action', 'annotations', 'exitCode', 'outputs', 'summary']);
  });

  it('the CLI refuses unknown actions and inputs with a usage error', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], { encoding: 'utf8', stdio: 'pipe' });
        return { code: 0, err: '' };
      } catch (e) {
        return { code: (e as { status: number }).status, err: (e as { stderr: string }).stderr };
      }
    };
    expect(run(['run', 'nope'])).toMatchObject({ code: 2 });
    expect(run(['run', 'nope']).err).toMatch(/unknown action 'nope'/);
    if (actions[0]) expect(run(['run', actions[0], '--with', 'no-such-input=1']).err).toMatch(/has no input 'no-such-input'/);
  });
});
