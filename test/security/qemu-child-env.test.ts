/**
 * QEMU is a child of the action: it gets no action input, no token and none of the runner's command files
 * (GITHUB_OUTPUT, GITHUB_ENV, …), which would let it set outputs or variables for later steps. A stand-in
 * `qemu` (the input names any program) records the environment it was started with, then passes like a guest.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, ROOT } from '../harness/run-action.js';

const BUNDLE = join(ROOT, 'dist', 'qemu-selfhost-verify', 'index.js');
const TOKEN = 'ghs_qemuChildMustNotSeeThis0123456789';

describe.skipIf(!existsSync(BUNDLE))('qemu-selfhost-verify: what QEMU inherits', () => {
  it('no INPUT_*, token or runner command file reaches the QEMU process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rda-qemu-env-'));
    try {
      const dump = join(dir, 'env.txt');
      const qemu = join(dir, 'qemu-standin');
      writeFileSync(qemu, `#!/bin/sh\nenv > '${dump}'\necho RUST_SELFHOST_PASS\n`);
      chmodSync(qemu, 0o755);
      const kernel = join(dir, 'kernel');
      writeFileSync(kernel, 'not a kernel: the stand-in never reads it');
      const r = await runAction(
        'qemu-selfhost-verify',
        { qemu, kernel, 'boot-timeout': '30', timeout: '60' },
        { GITHUB_TOKEN: TOKEN, GH_TOKEN: TOKEN, ACTIONS_RUNTIME_TOKEN: TOKEN, RDA_MARK_ORDINARY: 'kept' },
        { workspace: dir },
      );
      expect(r.exitCode, r.stdout.slice(-1500) + r.stderr.slice(-1500)).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      const seen = readFileSync(dump, 'utf8');
      const names = seen.split('\n').map((l) => l.slice(0, l.indexOf('=')));
      // The ordinary environment is passed on (PATH, HOME, a variable of the workflow's own)…
      expect(names).toContain('PATH');
      expect(seen).toContain('RDA_MARK_ORDINARY=kept');
      // …but nothing that carries a credential or lets a child write to the job.
      expect(seen).not.toContain(TOKEN);
      expect(names.filter((n) => /^(INPUT_|GITHUB_OUTPUT$|GITHUB_ENV$|GITHUB_PATH$|GITHUB_STATE$|GITHUB_STEP_SUMMARY$|ACTIONS_RUNTIME)/.test(n))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
