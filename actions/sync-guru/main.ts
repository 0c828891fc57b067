/** sync-guru: read inputs -> sync + drift + integrity -> report (written first), outputs, summary, annotations, issue. */
import path from 'node:path';
import { actionMain, closeIssue, envKnob, mdText, realClock, realSleep, runCommand, syncCheckout, upsertIssue, writeFileAtomic } from '../../shared/toolkit/index.js';
import { hideFromChildren } from '../../shared/toolkit/environ.js';
import { driftRequest, readInputs } from './inputs.js';

await actionMain('sync-guru', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace });
  // git runs while this process holds the token: a child could read it from our /proc/<pid>/environ. Every
  // input is read by now (the token's value is in inputs.githubToken), so the credentials leave that block and
  // process.env, and the runner's command files leave the block.
  const hidden = hideFromChildren(ctx.inputs.secrets);
  if (!hidden.ok) ctx.log.info(`the environment this step was started with could not be cleared for git: ${hidden.reason}`);
  // The use case and its rendering load once the inputs are good: a run that rejects them never parses them.
  const [{ checkDrift }, { buildReport, buildSummary, issueBody, issueTitle }] = await Promise.all([import('../../shared/gentoo/drift-check.js'), import('./render.js')]);
  for (const u of inputs.upstreams) if (u.uri) ctx.log.maskUri(u.uri);
  const workDir = path.join(ctx.runnerTemp, 'sync-guru');
  // Test knob (never needed on a runner): a per-attempt cap so a stalled remote is cut early.
  const attemptTimeoutMs = envKnob(ctx.env, 'RDA_SYNC_ATTEMPT_TIMEOUT_MS');
  const result = await checkDrift(driftRequest(inputs, { workspace: ctx.workspace, root: ctx.root, workDir }), {
    run: runCommand,
    // Every remote (an input or a repos.conf sync-uri) passes here first: its credentials are masked before git runs.
    sync: (spec, bounds) => {
      const shown = ctx.log.maskUri(spec.uri);
      return syncCheckout(spec, {
        run: runCommand,
        attempts: inputs.retries + 1,
        baseDelayMs: inputs.backoffSeconds * 1000,
        maxTotalMs: bounds.maxTotalMs,
        attemptTimeoutMs: bounds.attemptTimeoutMs,
        sleep: realSleep,
        clock: realClock,
        onRetry: ({ attempt, delayMs, error }) =>
          ctx.log.info(`${shown}: attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${Math.round(delayMs)} ms`),
      });
    },
    info: (m) => ctx.log.info(m),
    clock: realClock,
    now: () => Date.now(),
    ...(attemptTimeoutMs !== undefined ? { attemptTimeoutMs } : {}),
  });

  // The report is on disk before any API call: a GitHub outage cannot lose it.
  const reportPath = path.join(workDir, 'report.json');
  await writeFileAtomic(reportPath, `${JSON.stringify(buildReport(result), null, 2)}\n`);
  ctx.outputs.put('report', reportPath);
  ctx.outputs.put('drift-count', result.drift.driftCount);
  ctx.outputs.put('has-drift', result.drift.driftCount > 0);
  ctx.outputs.put('shadowed-count', result.drift.shadowedCount);
  ctx.outputs.put('integrity-errors', result.integrity.errors);
  const summary = buildSummary(result);
  ctx.annotate([...result.findings.filter((f) => f.severity !== 'notice'), ...result.driftFindings]);

  let issueNumber = '';
  if (inputs.issue) {
    if (!ctx.repo) {
      ctx.log.warning('issue: true, but GITHUB_REPOSITORY is not set (expected owner/repo); no issue was filed. The report is at ' + reportPath);
    } else if (!inputs.githubToken) {
      ctx.log.warning('issue: true, but github-token is empty; no issue was filed. The report is at ' + reportPath);
    } else {
      const gh = await ctx.github(inputs.githubToken);
      const marker = `sync-guru:${result.overlay.name}`;
      const runUrl = ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_RUN_ID && ctx.env.GITHUB_REPOSITORY
        ? `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}/actions/runs/${ctx.env.GITHUB_RUN_ID}`
        : undefined;
      const r = result.drift.driftCount > 0
        ? await upsertIssue(gh, ctx.repo, marker, { title: issueTitle(result), body: issueBody(result, runUrl), labels: inputs.issueLabels })
        : await closeIssue(gh, ctx.repo, marker, `No drift left for **${mdText(result.overlay.name)}**${runUrl ? ` ([run](${runUrl}))` : ''}: closing.`);
      if (r.status === 'forbidden' || r.status === 'failed') {
        ctx.log.warning(`The drift issue was not updated: ${r.message} The report is at ${reportPath}.`);
      } else {
        if (r.number !== undefined) issueNumber = String(r.number);
        ctx.log.info(`drift issue ${r.status}${r.number !== undefined ? ` #${r.number}` : ''}${r.url ? ` (${r.url})` : ''}`);
        if (r.number !== undefined) summary.paragraph(`Drift issue #${r.number}: ${r.status}.`);
      }
    }
  }
  ctx.outputs.put('issue-number', issueNumber);
  ctx.summary.raw(summary.render());

  if (result.fatal.length > 0) ctx.fail(`sync-guru: ${result.fatal.join('; ')}`);
  else if (inputs.failOnDrift && result.drift.driftCount > 0) {
    ctx.fail(`sync-guru: ${result.drift.driftCount} drift row(s) in ${result.overlay.name} (fail-on-drift: true); see the summary.`);
  }
}, { yamlInputs: ['upstreams'] });
