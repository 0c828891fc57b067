import { describe, expect, it } from 'vitest';
import { parseActionMeta } from '../../shared/toolkit/action-meta.js';
import { evaluateDefault, InputError, inputEnvName, Inputs, splitList } from '../../shared/toolkit/inputs.js';

const meta = parseActionMeta(
  'demo',
  `
name: demo
description: d
inputs:
  config-root: { description: where, default: '\${{ runner.temp }}/portage' }
  fail-on: { description: level, default: error }
  retries: { description: n, default: '4' }
  cache: { description: b, default: 'true' }
  repositories: { description: yaml list, required: true }
  github-token: { description: token, default: '\${{ github.token }}' }
  list: { description: items }
outputs:
  report: { description: r }
runs: { using: node24, main: ../../dist/demo/index.js }
`,
);

function inputs(env: Record<string, string>) {
  return new Inputs(meta, { RUNNER_TEMP: '/rt', ...env });
}

describe('inputs', () => {
  it('mangles names as the runner does (hyphens kept)', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('a b')).toBe('INPUT_A_B');
  });

  it('applies action.yml defaults when the value is empty (umbrella case), evaluating expressions', () => {
    const i = inputs({ 'INPUT_CONFIG-ROOT': '   ' });
    expect(i.string('config-root')).toBe('/rt/portage');
    expect(i.integer('retries', { min: 0 })).toBe(4);
    expect(i.boolean('cache')).toBe(true);
    expect(evaluateDefault('${{ github.workspace }}/x', { GITHUB_WORKSPACE: '/ws' })).toBe('/ws/x');
  });

  it('enforces required in code and names the input', () => {
    expect(() => inputs({}).string('repositories')).toThrow(InputError);
    expect(() => inputs({}).string('repositories')).toThrow(/input 'repositories'/);
  });

  it('errors name the input and the expected form', () => {
    expect(() => inputs({ INPUT_CACHE: 'maybe' }).boolean('cache')).toThrow("input 'cache': expected a boolean ('true' or 'false'), got 'maybe'");
    expect(() => inputs({ INPUT_RETRIES: '-2' }).integer('retries', { min: 0, max: 10 })).toThrow(/expected an integer >= 0 and <= 10, got '-2'/);
    expect(() => inputs({ 'INPUT_FAIL-ON': 'sometimes' }).choice('fail-on', ['error', 'warning', 'never'])).toThrow(
      /expected one of 'error', 'warning', 'never', got 'sometimes'/,
    );
    expect(() => inputs({ INPUT_REPOSITORIES: '[a, b' }).yaml('repositories', 'a YAML list')).toThrow(/input 'repositories': expected a YAML list/);
  });

  it('refuses to read an undeclared input (a typo is a bug, not a silent empty string)', () => {
    expect(() => inputs({}).string('nope')).toThrow(/not declared/);
  });

  it('records which inputs were read and masks secrets', () => {
    const i = inputs({ 'INPUT_GITHUB-TOKEN': 'ghs_secret', INPUT_LIST: 'a, b\n# comment\nc' });
    expect(i.secret('github-token')).toBe('ghs_secret');
    expect(i.list('list')).toEqual(['a', 'b', 'c']);
    expect([...i.read].sort()).toEqual(['github-token', 'list']);
    expect(i.secrets).toEqual(['ghs_secret']);
  });

  it('confines paths', () => {
    const i = inputs({ INPUT_LIST: '../../etc' });
    expect(() => i.path('list', { base: '/ws/repos', within: '/ws/repos' })).toThrow(/expected a path inside '\/ws\/repos'/);
    const ok = inputs({ INPUT_LIST: 'sub/dir' });
    expect(ok.path('list', { base: '/ws/repos', within: '/ws/repos' })).toBe('/ws/repos/sub/dir');
  });

  it('refuses a symlink inside the confinement that leads out of it', async () => {
    const { mkdtempSync, symlinkSync, mkdirSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const ws = mkdtempSync(path.join(os.tmpdir(), 'rda-ws-'));
    mkdirSync(path.join(ws, 'ok'));
    symlinkSync('/etc', path.join(ws, 'escape'));
    const i = inputs({ INPUT_LIST: 'escape/passwd' });
    expect(() => i.path('list', { base: ws, within: ws })).toThrow(/it is a link to '\/etc\/passwd'/);
    expect(inputs({ INPUT_LIST: 'ok' }).path('list', { base: ws, within: ws })).toBe(path.join(ws, 'ok'));
  });

  it('splitList handles commas, lines and comments', () => {
    expect(splitList('a,b\n\n  c # x\n#d')).toEqual(['a', 'b', 'c']);
  });
});

describe('needsYaml (actionMain loads the YAML library before the run only when it is needed)', () => {
  it('loads it for every run unless told which inputs are YAML, and then only when one of them has a value, its own or its default', async () => {
    const { needsYaml } = await import('../../shared/toolkit/action.js');
    const meta = { id: 'x', name: 'x', description: '', outputs: {}, runs: { using: 'node24' }, inputs: {
      list: { name: 'list', description: '', required: false },
      defaulted: { name: 'defaulted', description: '', required: false, default: '- a' },
      needed: { name: 'needed', description: '', required: true },
      flag: { name: 'flag', description: '', required: false, default: 'true' },
    } };
    const at = (env: Record<string, string>) => new Inputs(meta, env);
    expect(needsYaml(undefined, at({}))).toBe(true);
    expect(needsYaml(false, at({ INPUT_LIST: '- a' }))).toBe(false);
    expect(needsYaml([], at({ INPUT_LIST: '- a' }))).toBe(false);
    expect(needsYaml(['list'], at({}))).toBe(false);
    expect(needsYaml(['list'], at({ INPUT_LIST: '  \n ' }))).toBe(false);
    expect(needsYaml(['list'], at({ INPUT_LIST: '- a' }))).toBe(true);
    expect(needsYaml(['list', 'defaulted'], at({}))).toBe(true);
    // a required input left empty is the run's error to report (with its own message), not this check's
    const inputs = at({ INPUT_FLAG: 'maybe' });
    expect(needsYaml(['needed'], inputs)).toBe(false);
    // and asking reads nothing: the trace of inputs read stays the run's own
    expect([...inputs.read]).toEqual([]);
    expect(() => needsYaml(['nope'], inputs)).toThrow(/not declared/);
  });
});
