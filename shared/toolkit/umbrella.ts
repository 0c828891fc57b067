/**
 * The umbrella action: `command:` picks one of the five; the chosen bundle runs as a child with the same
 * environment, so it behaves exactly like `uses: …/actions/<command>`. Inputs the umbrella declares but the
 * user left empty arrive empty, and each action applies its own defaults.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './action-meta.js';

export const COMMANDS = ['setup-overlay', 'sync-guru', 'build-target-matrix', 'crate-license-audit', 'qemu-selfhost-verify'] as const;

async function main(): Promise<number> {
  const command = (process.env['INPUT_COMMAND'] ?? '').trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const msg = `input 'command': expected one of ${COMMANDS.map((c) => `'${c}'`).join(', ')}, got '${command}'`;
    core.error(msg, { title: 'Input error: command' });
    core.setFailed(msg);
    return 1;
  }
  const bundle = path.join(repoRoot(), 'dist', command, 'index.js');
  if (!existsSync(bundle)) {
    core.setFailed(`internal error: the ${command} bundle is missing at ${bundle}`);
    return 1;
  }
  const env = { ...process.env };
  delete env['INPUT_COMMAND'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], { env, stdio: 'inherit' });
    child.on('error', (e) => {
      core.setFailed(`could not start ${command}: ${e.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then((code) => process.exit(code));
