/** `runAction(bundle, inputs, env)` for tests — the same spawning code the CLI uses. */
import { bundlePath, findRoot, runBundle, type RunOptions, type RunResult } from '../../shared/toolkit/local-run.js';

export { parseCommandFile, parseWorkflowCommands, type RunResult, type Annotation } from '../../shared/toolkit/local-run.js';

export const ROOT = findRoot();

/** Run `dist/<action>/index.js` (or a bundle path) with inputs, as the runner does. */
export function runAction(
  action: string,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
  options: Omit<RunOptions, 'inputs' | 'env'> = {},
): Promise<RunResult> {
  const bundle = action.endsWith('.js') ? action : bundlePath(action, ROOT);
  return runBundle(bundle, { ...options, inputs, env });
}
