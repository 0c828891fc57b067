/** setup-overlay: read inputs -> sync + validate + plan + explain -> outputs, summary, annotations. */
import path from 'node:path';
import { reachesThreshold } from '../../shared/finding.js';
import { annotationOrder } from '../../shared/gentoo/scope.js';
import { actionMain, envKnob, gitHead, lsRemote, realClock, realSleep, restoreCache, runCommand, saveCache, syncCheckout, writeFileAtomic } from '../../shared/toolkit/index.js';
import { hideFromChildren } from '../../shared/toolkit/environ.js';
import { readInputs } from './inputs.js';

await actionMain('setup-overlay', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, root: ctx.root });
  // git runs while this process holds the runner's tokens (and, through the umbrella action, a github-token
  // input): a child could read them from our /proc/<pid>/environ. They leave that block before git starts;
  // only ACTIONS_RUNTIME_TOKEN stays in process.env, for the cache client, and runCommand does not pass it on.
  const hidden = hideFromChildren(ctx.inputs.secrets, (name) => inputs.cache && name === 'ACTIONS_RUNTIME_TOKEN');
  if (!hidden.ok) ctx.log.info(`the environment this step was started with could not be cleared for git: ${hidden.reason}`);
  // The use case and its rendering load once the inputs are good: a run that rejects them never parses them.
  const [{ setupOverlay }, { buildReport, buildSummary, counts }] = await Promise.all([import('../../shared/gentoo/overlay-setup.js'), import('./render.js')]);
  // A token inside a uri (https://x-access-token:TOKEN@…) is masked before anything can print it.
  for (const r of inputs.repositories) if (r.uri) ctx.log.maskUri(r.uri);
  // Test knobs (never needed on a runner): shorter backoff and per-attempt timeout.
  const attemptTimeoutMs = envKnob(ctx.env, 'RDA_SYNC_ATTEMPT_TIMEOUT_MS') ?? 10 * 60_000;
  const result = await setupOverlay({ ...inputs, workspace: ctx.workspace }, {
    sync: (spec) =>
      syncCheckout(spec, {
        run: runCommand,
        attempts: inputs.retries + 1,
        baseDelayMs: envKnob(ctx.env, 'RDA_SYNC_RETRY_BASE_MS') ?? 2_000,
        maxTotalMs: envKnob(ctx.env, 'RDA_SYNC_MAX_TOTAL_MS') ?? 20 * 60_000,
        attemptTimeoutMs,
        sleep: realSleep,
        clock: realClock,
        onRetry: ({ attempt, delayMs, error }) =>
          ctx.log.info(`${ctx.log.maskUri(spec.uri)}: attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${Math.round(delayMs)} ms`),
      }),
    resolveRemote: (uri, ref) => lsRemote(runCommand, uri, ref ?? 'HEAD', Math.min(attemptTimeoutMs, 60_000)),
    head: (dir) => gitHead(runCommand, dir),
    restoreCache: (paths, key) => restoreCache(paths, key),
    saveCache: (paths, key) => saveCache(paths, key),
    // Nothing is written through a symlink inside config-root that leads out of it.
    writeFileAtomic: (file, text) => writeFileAtomic(file, text, { within: inputs.configRoot }),
    info: (m) => ctx.log.info(m),
  });

  const reportPath = path.join(ctx.runnerTemp, 'setup-overlay', 'report.json');
  await writeFileAtomic(reportPath, `${JSON.stringify(buildReport(result, inputs), null, 2)}\n`);
  const c = counts(result.findings);
  ctx.outputs.put('repos-conf', result.reposConfDir ?? '');
  ctx.outputs.put('locations', Object.fromEntries(result.repos.filter((r) => r.location).map((r) => [r.name, r.location])));
  ctx.outputs.put('report', reportPath);
  ctx.outputs.put('errors', c.errors);
  ctx.outputs.put('warnings', c.warnings);
  ctx.outputs.put('providers', result.explained?.providers ?? {});
  ctx.summary.raw(buildSummary(result, inputs).render());
  // Only the user's findings (upstream ones are in the summary); one of each kind first, errors first.
  ctx.annotate(annotationOrder(result.findings, Infinity), { ordered: true });

  if (!result.reposConfDir) {
    ctx.fail(`setup-overlay wrote no repos.conf: ${c.errors} error(s); see the annotations.`);
  } else if (reachesThreshold(result.findings, inputs.failOn)) {
    ctx.fail(`setup-overlay: ${c.errors} error(s), ${c.warnings} warning(s) (fail-on: ${inputs.failOn}).`);
  }
}, { yamlInputs: ['repositories'] });
