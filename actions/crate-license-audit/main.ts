/** crate-license-audit: read inputs -> audit (shared/cargo via run.ts) -> report file, outputs, summary, annotations, comment. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { actionMain, runCommand } from '../../shared/toolkit/index.js';
import { ANNOTATION_LIMIT } from '../../shared/toolkit/report.js';
import { LockfileError } from '../../shared/cargo/lockfile.js';
import { PolicyError } from '../../shared/cargo/policy.js';
import { readInputs } from './inputs.js';
import { commentAction, commentMarker, mostSevere, outputCounts, runAudit, stickyComment } from './run.js';

await actionMain('crate-license-audit', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, root: ctx.root, event: ctx.event });
  let out: Awaited<ReturnType<typeof runAudit>>;
  try {
    out = await runAudit(inputs, { run: runCommand, info: ctx.log.info });
  } catch (e) {
    // An unusable Cargo.lock (a merge conflict, a newer format) or policy (a misspelt key): point at the
    // line, not just the log.
    const bad = e instanceof LockfileError ? { what: 'the lockfile', findings: [e.finding] } : e instanceof PolicyError ? { what: 'the license policy', findings: e.findings } : undefined;
    if (!bad) throw e;
    ctx.annotate(bad.findings);
    ctx.summary
      .heading(`Crate licenses: ${bad.what} cannot be used`, 3)
      .list(bad.findings.map((f) => `${f.file ? `\`${f.file}\`${f.line ? ` line ${f.line}` : ''}: ` : ''}${f.message}`));
    ctx.fail(`crate-license-audit: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }

  const reportPath = path.join(ctx.runnerTemp, 'crate-license-audit', 'report.json');
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(out.report, null, 2)}\n`);

  let commentId = '';
  const action = commentAction(inputs.comment, out.report);
  if (action !== 'skip') {
    if (inputs.pullRequest === undefined || !ctx.repo) {
      if (action === 'write') ctx.log.info(`comment: ${inputs.comment}, but this run has no pull request to comment on`);
    } else if (!inputs.githubToken) {
      if (action === 'write') ctx.log.warning('no github-token: the sticky comment was not written (the job summary has the report)');
    } else {
      const target = { ...ctx.repo, issueNumber: inputs.pullRequest };
      const r = await stickyComment(ctx.github(inputs.githubToken), target, commentMarker(inputs.lockfileDisplay), out.comment, action);
      if ('warning' in r) ctx.log.warning(r.warning);
      else if ('skipped' in r) ctx.log.info(`comment: ${r.skipped}`);
      else {
        commentId = String(r.id);
        ctx.log.info(`sticky comment ${r.status}: ${r.url ?? r.id}`);
      }
    }
  }

  const c = outputCounts(out.report);
  ctx.outputs.put('report', reportPath);
  ctx.outputs.put('denied', c.denied);
  ctx.outputs.put('unknown', c.unknown);
  ctx.outputs.put('added', c.added);
  ctx.outputs.put('removed', c.removed);
  ctx.outputs.put('updated', c.updated);
  ctx.outputs.put('comment-id', commentId);
  ctx.outputs.put('crates', out.gentoo.crates);
  ctx.outputs.put('license', out.gentoo.license);
  ctx.summary.raw(out.summary);
  // GitHub shows 50 annotations per step: errors first, so a `cargo update` full of notices cannot hide them.
  ctx.annotate(mostSevere(out.findings, ANNOTATION_LIMIT));

  if (out.report.verdict === 'fail') {
    ctx.fail(`crate-license-audit: ${out.report.failedBecause.join(', ')} (fail-on: ${out.report.failOn.join(', ') || 'none'})`);
  }
});
