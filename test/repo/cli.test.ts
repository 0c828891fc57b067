/**
 * The CLI and the umbrella find the actions under actions/ (no list to edit): a sixth action added as a folder
 * and a bundle is runnable through both. `demo` fails when a demo fails and says which; help is not an error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../harness/index.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const hasCli = existsSync(CLI);
const hasUmbrella = existsSync(path.join(ROOT, 'dist', 'main', 'index.js'));

const cli = (args: string[], cli = CLI) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * A copy of this repository's shape with only the umbrella, the CLI and two new actions: `zz-hello` (sets an
 * output, succeeds) and `zz-broken` (fails), each nothing but a folder and a bundle.
 */
function repoWithNewActions(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rda-sixth-'));
  dirs.push(root);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'rust-distro-actions', type: 'module' }));
  for (const b of ['main', 'cli']) cpSync(path.join(ROOT, 'dist', b), path.join(root, 'dist', b), { recursive: true });
  const action = (id: string, body: string) => {
    mkdirSync(path.join(root, 'actions', id), { recursive: true });
    writeFileSync(
      path.join(root, 'actions', id, 'action.yml'),
      `name: ${id}\ndescription: the ${id} action\ninputs:\n  greeting:\n    description: what to say\n    default: hello\noutputs:\n  said:\n    description: what was said\nruns:\n  using: node24\n  main: ../../dist/${id}/index.js\n`,
    );
    mkdirSync(path.join(root, 'dist', id), { recursive: true });
    writeFileSync(path.join(root, 'dist', id, 'index.js'), body);
  };
  action(
    'zz-hello',
    "import { appendFileSync } from 'node:fs';\nconst g = process.env['INPUT_GREETING'] || 'hello';\nappendFileSync(process.env.GITHUB_OUTPUT, `said=${g}\\n`);\nappendFileSync(process.env.GITHUB_STEP_SUMMARY, `said ${g}\\n`);\nconsole.log(`zz-hello says ${g}`);\n",
  );
  action('zz-broken', "console.log('::error::zz-broken always fails');\nprocess.exitCode = 1;\n");
  writeFileSync(path.join(root, 'dist', 'zz-hello', 'package.json'), '{"type":"module"}\n');
  return root;
}

describe.skipIf(!hasUmbrella || !hasCli)('a new action needs nothing outside its folder', () => {
  it('the umbrella runs it by name and lists it among the commands', async () => {
    const root = repoWithNewActions();
    const umbrella = path.join(root, 'dist', 'main', 'index.js');
    const ok = await runAction(umbrella, { command: 'zz-hello', greeting: 'hi' });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs).toEqual({ said: 'hi' });
    const bad = await runAction(umbrella, { command: 'setup-overlay' });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toBe("input 'command': expected one of 'zz-broken', 'zz-hello', got 'setup-overlay'");
  });

  it('`list` shows it, `run` runs it, and `demo` fails naming the demo that failed', () => {
    const root = repoWithNewActions();
    const rootCli = path.join(root, 'dist', 'cli', 'index.js');
    const list = cli(['list'], rootCli);
    expect(list.code).toBe(0);
    expect(list.out).toContain('zz-hello — the zz-hello action');
    expect(list.out).toContain('--with greeting=… [default: hello]');
    const run = cli(['run', 'zz-hello', '--with', 'greeting=hey', '--json'], rootCli);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ action: 'zz-hello', exitCode: 0, outputs: { said: 'hey' } });
    const demo = cli(['demo'], rootCli);
    expect(demo.code).toBe(1);
    expect(demo.out.trimEnd().split('\n').pop()).toBe('demo: 1 of 2 action(s) FAILED on their embedded fixtures: zz-broken (see each report above)');
    rmSync(path.join(root, 'actions', 'zz-broken'), { recursive: true });
    const passing = cli(['demo'], rootCli);
    expect(passing.code).toBe(0);
    expect(passing.out.trimEnd().split('\n').pop()).toBe('demo: all 1 actions succeeded on their embedded fixtures; see each summary above');
  });
});

describe.skipIf(!hasCli)('CLI help', () => {
  for (const flag of ['help', '--help', '-h']) {
    it(`\`${flag}\` prints the usage and exits 0`, () => {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^usage:\n {2}rust-distro-actions run <action>/);
      expect(r.out).toContain('rust-distro-actions demo');
      expect(r.err).toBe('');
    });
  }

  it('an unknown command is still a usage error (exit 2)', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'frobnicate'\nusage:/);
  });

  it('`run <action> --help` lists every input of that action from its action.yml, and runs nothing', () => {
    for (const id of ['setup-overlay', 'crate-license-audit']) {
      const doc = parse(readFileSync(path.join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
      const r = cli(['run', id, '--help']);
      expect(r.code).toBe(0);
      expect(r.out.split('\n')[0]).toBe(`rust-distro-actions run ${id} [--with name=value]... [--event payload.json] [--json] [--keep]`);
      for (const name of Object.keys(doc.inputs)) expect(r.out).toMatch(new RegExp(`^ {2}--with ${name}=…`, 'm'));
      for (const name of Object.keys(doc.outputs)) expect(r.out).toMatch(new RegExp(`^ {2}${name}: `, 'm'));
      expect(r.out).not.toContain('== ');
    }
  });
});
