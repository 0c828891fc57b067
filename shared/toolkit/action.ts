/**
 * The frame every action's main.ts runs in: inputs against its action.yml, outputs, summary, annotations,
 * and error handling that tells user errors (ConfigurationError, InputError: plain message, annotated) from
 * internal ones (with a stack). Exits explicitly so dangling handles cannot hang a step — but only once the
 * output has reached the runner's pipe (exit.ts).
 */
import * as core from './workflow-commands.js';
import { writeFileSync } from 'node:fs';
import { ConfigurationError } from '../io.js';
import type { Finding } from '../finding.js';
import { readActionMeta, repoRoot, type ActionMeta } from './action-meta.js';
import { loadYaml, yamlLoaded } from '../yaml.js';
import { InputError, Inputs } from './inputs.js';
import { annotate, log, Outputs, safe, writeSummary } from './report.js';
import { Summary } from './summary.js';
import { exitWhenFlushed } from './exit.js';
import { readEvent } from './event.js';
import { fsProblem } from './paths.js';
import { createGitHub, repoFromEnv, type GitHub, type RepoRef } from './github.js';

export interface ActionContext {
  meta: ActionMeta;
  inputs: Inputs;
  outputs: Outputs;
  summary: Summary;
  env: NodeJS.ProcessEnv;
  /** GITHUB_WORKSPACE (or the current directory). */
  workspace: string;
  /** RUNNER_TEMP (or a temp directory). */
  runnerTemp: string;
  /** Root of this repository (where actions/ and fixtures/ are). */
  root: string;
  /** The event payload (GITHUB_EVENT_PATH), {} when absent or unreadable. */
  event: Record<string, unknown>;
  eventName: string;
  repo: RepoRef | undefined;
  annotate: (findings: readonly Finding[], options?: { ordered?: boolean }) => number;
  log: typeof log;
  /** An authenticated client; the token is masked. */
  github: (token: string) => Promise<GitHub>;
  /** Mark the step failed with a message (the action still finishes its reporting). */
  fail: (message: string) => void;
}

export interface ActionMainOptions {
  /**
   * The inputs the action reads as YAML (`inputs.yaml()`). The YAML library (300 KB of code: ~20 ms of a run's
   * start here) loads before `run` only when one of them is given; `inputs.yaml()` of an empty input needs no
   * library. Omitted: it loads for every run. `false` or `[]`: never for the inputs (an action whose own code
   * reads YAML loads it there).
   */
  yamlInputs?: false | readonly string[];
}

/** Whether the YAML library must be loaded before `run` reads the inputs (ActionMainOptions.yamlInputs). */
export function needsYaml(yamlInputs: ActionMainOptions['yamlInputs'], inputs: Pick<Inputs, 'hasValue'>): boolean {
  if (yamlInputs === undefined) return true;
  if (yamlInputs === false) return false;
  return yamlInputs.some((name) => inputs.hasValue(name));
}

export async function actionMain(id: string, run: (ctx: ActionContext) => Promise<void>, options: ActionMainOptions = {}): Promise<void> {
  const env = process.env;
  let ctx: ActionContext | undefined;
  try {
    const root = repoRoot(env);
    const meta = await readActionMeta(id, root);
    const inputs = new Inputs(meta, env);
    if (needsYaml(options.yamlInputs, inputs)) await loadYaml();
    ctx = {
      meta,
      inputs,
      outputs: new Outputs(meta.outputs),
      summary: new Summary(),
      env,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      runnerTemp: env.RUNNER_TEMP ?? `${env.TMPDIR ?? '/tmp'}/runner-temp`,
      root,
      // A payload that is not a JSON object is a configuration error naming the file (event.ts).
      ...readEvent(env),
      repo: repoFromEnv(env),
      annotate: (f, o) => annotate(f, undefined, o),
      log,
      github: (token: string) => {
        log.mask(token);
        return createGitHub({ token, warn: (m) => core.warning(m) }, env);
      },
      fail: (message: string) => core.setFailed(safe(message)),
    };
    // With step debug logging (RUNNER_DEBUG=1): the payload this run saw (which PR, which base, which ref).
    if (core.isDebug()) core.debug(`event ${ctx.eventName || '(none)'}: ${JSON.stringify(ctx.event)}`);
    await run(ctx);
  } catch (e) {
    // One annotation per user error (setFailed would add a second, untitled one).
    if (e instanceof InputError) {
      core.error(safe(e.message), { title: `Input error: ${e.input}` });
      process.exitCode = 1;
    } else if (e instanceof ConfigurationError) {
      core.error(safe(e.message), { title: 'Configuration error' });
      process.exitCode = 1;
    } else if (fsProblem(e)) {
      // Disk full, a read-only RUNNER_TEMP, a path that is not a directory: the runner's to fix, not a bug.
      core.error(safe(fsProblem(e)!), { title: 'File system error' });
      process.exitCode = 1;
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      core.error(safe(`internal error: ${err.stack ?? err.message}`), { title: 'Internal error' });
      core.setFailed(safe(`internal error in ${id}: ${err.message}`));
    }
  } finally {
    if (ctx) {
      for (const s of ctx.inputs.secrets) log.mask(s);
      if (!ctx.summary.isEmpty) writeSummary(ctx.summary, env);
      // For the test that proves every declared input is read: which ones this run read (and whether it loaded
      // the YAML library, for the one that proves a run given no YAML input does not).
      if (env.RDA_TRACE_FILE) {
        try {
          writeFileSync(env.RDA_TRACE_FILE, JSON.stringify({ action: id, inputsRead: [...ctx.inputs.read].sort(), yamlLoaded: yamlLoaded() }));
        } catch {
          // tracing is best-effort
        }
      }
    }
  }
  exitWhenFlushed(Number(process.exitCode ?? 0) || 0);
}
