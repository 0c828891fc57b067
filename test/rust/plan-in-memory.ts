/** planMatrix over an in-memory workspace at /ws (files by workspace-relative path), with no rustc unless one is given. */
import path from 'node:path';
import type { RunCommand } from '../../shared/io.js';
import { planMatrix, type MatrixPlanRequest } from '../../shared/rust/matrix-plan.js';

export const WS = '/ws';
export const noRustc: RunCommand = async () => ({ code: null, signal: null, stdout: '', stderr: 'spawn rustc ENOENT', timedOut: false, durationMs: 0 });

export async function planInMemory(over: Partial<MatrixPlanRequest>, files: Record<string, string> = {}, exec: RunCommand = noRustc) {
  const request: MatrixPlanRequest = {
    targets: '',
    targetsFrom: [],
    targetPath: [],
    commands: ['build'],
    runner: 'auto',
    allowBootstrap: false,
    maxJobs: 256,
    batch: false,
    configDir: '/out',
    base: WS,
    workspace: WS,
    env: {},
    rustc: 'rustc',
    tempDir: '/tmp',
    ...over,
  };
  const written = new Map<string, string>();
  const r = await planMatrix(request, {
    exec,
    readText: async (p) => files[path.relative(WS, p)],
    listDir: async () => undefined,
    writeFiles: async (files) => {
      for (const [f, t] of files) written.set(f, typeof t === 'string' ? t : [...t].join(''));
    },
  });
  return { ...r, written };
}
