/**
 * The umbrella action: `command:` picks one of the actions under actions/ (found there, not listed here); the
 * chosen bundle runs as a child with the same environment, so it behaves exactly like
 * `uses: …/actions/<command>`. Inputs the umbrella declares but the user left empty arrive empty, and each
 * action applies its own defaults.
 */
import * as core from './workflow-commands.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { actionIds, repoRoot } from './action-meta.js';
import { exitWhenFlushed } from './exit.js';
import { hideFromChildren } from './environ.js';
import { isTokenVariable } from '../child-env.js';

async function main(): Promise<number> {
  const root = repoRoot();
  const commands = actionIds(root);
  const command = (process.env['INPUT_COMMAND'] ?? '').trim();
  if (!commands.includes(command)) {
    const msg = `input 'command': expected one of ${commands.map((c) => `'${c}'`).join(', ')}, got '${command}'`;
    core.error(msg, { title: 'Input error: command' });
    core.setFailed(msg);
    return 1;
  }
  const bundle = path.join(root, 'dist', command, 'index.js');
  if (!existsSync(bundle)) {
    core.setFailed(`internal error: the ${command} bundle is missing at ${bundle}`);
    return 1;
  }
  const env = { ...process.env };
  delete env['INPUT_COMMAND'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], { env, stdio: 'inherit' });
    // The chosen action has its own copy now. This process waits for it holding nothing a descendant of it
    // (git, cargo, QEMU) could read at /proc/<this pid>/environ: inputs, tokens, the runner's command files,
    // and any other variable that carries a token's value.
    const tokens = Object.entries(process.env).filter(([k, v]) => v && isTokenVariable(k)).map(([, v]) => v!);
    hideFromChildren(tokens);
    child.on('error', (e) => {
      core.setFailed(`could not start ${command}: ${e.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then((code) => exitWhenFlushed(code));
