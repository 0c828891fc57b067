/** crate-license-audit: read inputs -> licenseAudit (shared/cargo) -> report file, outputs, summary, annotations, comment. */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { actionMain, ConfigurationError, findingWhereLine, runCommand, stickyComment, writeFileAtomic } from '../../shared/toolkit/index.js';
import { hideFromChildren } from '../../shared/toolkit/environ.js';
import { ANNOTATION_LIMIT } from '../../shared/toolkit/report.js';
import { mostSevere } from '../../shared/finding.js';
import type { LicenseAuditReport } from '../../shared/cargo/license-audit.js';
import { readInputs } from './inputs.js';

await actionMain('crate-license-audit', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, root: ctx.root, event: ctx.event });
  const { embedded, comment, githubToken, pullRequest, ...request } = inputs;
  // git and cargo run while this process holds the token: a child could read it from our /proc/<pid>/environ,
  // so every input is read by now and the token and the runner's command files leave that block.
  const env = hideFromChildren(ctx.inputs.secrets);
  if (!env.ok && env.removed.length && request.licenseSources.includes('cargo')) {
    throw new ConfigurationError(
      `license-sources: cargo would run cargo while this process holds a token in its environment (${env.removed.join(', ')}), and ${env.reason}: ` +
        'give license-sources a cargo metadata JSON written by a step without the token, or run the job on Linux',
    );
  }
  // The use case and its rendering load once the inputs are good: a run that rejects them never parses them.
  const [{ auditCounts, commentAction, licenseAudit, unusableInput }, { commentBody, commentMarker, summaryBody }] = await Promise.all([
    import('../../shared/cargo/license-audit.js'),
    import('./render.js'),
  ]);
  const reportPath = path.join(ctx.runnerTemp, 'crate-license-audit', 'report.json');
  // cargo's working directory and CARGO_HOME: outside the checkout, owned by this run.
  const scratchDir = async () => {
    await mkdir(ctx.runnerTemp, { recursive: true });
    return mkdtemp(path.join(ctx.runnerTemp, 'crate-license-audit-cargo-'));
  };
  let out: LicenseAuditReport;
  try {
    out = await licenseAudit({ ...request, reportPath }, { run: runCommand, info: ctx.log.info, writeFileAtomic, scratchDir });
  } catch (e) {
    // An unusable Cargo.lock (a merge conflict, a newer format) or policy (a misspelt key): point at the
    // line, not just the log.
    const bad = unusableInput(e);
    if (!bad) throw e;
    ctx.annotate(bad.findings);
    ctx.summary.heading(`Crate licenses: ${bad.what} cannot be used`, 3).list(bad.findings.map(findingWhereLine));
    ctx.fail(`crate-license-audit: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }

  let commentId = '';
  const action = commentAction(comment, out.audit, out.policyChange !== undefined);
  if (action !== 'skip') {
    if (pullRequest === undefined || !ctx.repo) {
      if (action === 'write') ctx.log.info(`comment: ${comment}, but this run has no pull request to comment on`);
    } else if (!githubToken) {
      if (action === 'write') ctx.log.warning('no github-token: the sticky comment was not written (the job summary has the report)');
    } else {
      const target = { ...ctx.repo, issueNumber: pullRequest };
      const r = await stickyComment(await ctx.github(githubToken), target, commentMarker(inputs.lockfileDisplay), commentBody(out), action);
      if ('warning' in r) ctx.log.warning(r.warning);
      else if ('skipped' in r) ctx.log.info(`comment: ${r.skipped}`);
      else {
        commentId = String(r.id);
        ctx.log.info(`sticky comment ${r.status}: ${r.url ?? r.id}`);
      }
    }
  }

  const c = auditCounts(out.audit);
  ctx.outputs.put('report', reportPath);
  ctx.outputs.put('denied', c.denied);
  ctx.outputs.put('unknown', c.unknown);
  ctx.outputs.put('added', c.added);
  ctx.outputs.put('removed', c.removed);
  ctx.outputs.put('updated', c.updated);
  ctx.outputs.put('comment-id', commentId);
  ctx.outputs.put('crates', out.gentoo.crates);
  ctx.outputs.put('license', out.gentoo.license);
  ctx.summary.raw(summaryBody(inputs, out));
  // GitHub shows 50 annotations per step: errors first, so a `cargo update` full of notices cannot hide them.
  ctx.annotate(mostSevere(out.findings, ANNOTATION_LIMIT));

  if (out.audit.verdict === 'fail') {
    ctx.fail(`crate-license-audit: ${out.audit.failedBecause.join(', ')} (fail-on: ${out.audit.failOn.join(', ') || 'none'})`);
  }
  // No input is read with inputs.yaml(): the policy file's parser (shared/cargo/policy.ts) brings its own YAML library.
}, { yamlInputs: [] });
