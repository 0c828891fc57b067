/**
 * Cold start of each bundle (load, read action.yml, reject a malformed input, exit) vs `node -e ''`:
 * the floor any JavaScript action pays.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { BenchCase } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function runnerEnv(): NodeJS.ProcessEnv {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rda-bench-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: tmp, GITHUB_WORKSPACE: tmp };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[f] = path.join(tmp, f.toLowerCase());
    writeFileSync(env[f]!, '');
  }
  return env;
}

export function cases(): BenchCase[] {
  const out: BenchCase[] = [];
  for (const id of readdirSync(path.join(root, 'actions')).sort()) {
    const bundle = path.join(root, 'dist', id, 'index.js');
    if (!existsSync(bundle)) continue;
    const meta = parse(readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
    const bool = Object.keys(meta.inputs ?? {}).find((k) => ['true', 'false'].includes(String(meta.inputs![k]!.default)));
    const env = runnerEnv();
    if (bool) env[`INPUT_${bool.toUpperCase()}`] = 'maybe'; // fail fast after loading: measures start-up only
    out.push({
      name: `cold start: ${id}`,
      reference: "node -e '' (floor)",
      goal: 2.5,
      runs: 9,
      ours: () => {
        try {
          execFileSync(process.execPath, [bundle], { env, stdio: 'ignore' });
        } catch {
          // expected: the malformed input fails the run
        }
      },
      ref: () => execFileSync(process.execPath, ['-e', ''], { env, stdio: 'ignore' }),
      extra: () => ({ 'bundle KiB': Math.round(readFileSync(bundle).length / 1024) }),
    });
  }
  return out;
}
