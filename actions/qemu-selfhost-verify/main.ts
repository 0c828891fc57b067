/** qemu-selfhost-verify: read inputs -> boot and judge, compare stages -> outputs, summary. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionMain, runCommand } from '../../shared/toolkit/index.js';
import type { CompareReport } from '../../shared/artifacts/compare.js';
import { readKvmProbe, spawnVmProcess } from '../../shared/vm/host.js';
import type { BootReport } from '../../shared/vm/verify.js';
import { hideFromChildren } from '../../shared/toolkit/environ.js';
import { readInputs } from './inputs.js';

await actionMain('qemu-selfhost-verify', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, runnerTemp: ctx.runnerTemp });
  // Before the first child (QEMU): inputs, tokens and the runner's command files leave the environment this
  // process was started with, which a child could read at /proc/$PPID/environ.
  const hidden = hideFromChildren(ctx.inputs.secrets);
  if (!hidden.ok) ctx.log.info(`the environment this step was started with could not be cleared for QEMU: ${hidden.reason}`);
  // The use case and its rendering load once the inputs are good: a run that rejects them never parses them.
  const [{ compareArtifacts }, { overallVerdict }, { bootAndVerify, claimStepFolder }, { prepareEmbedded }, { buildSummary, criteriaJson, secondsText }] = await Promise.all([
    import('../../shared/artifacts/compare.js'),
    import('../../shared/vm/verdict.js'),
    import('../../shared/vm/verify.js'),
    import('./embedded.js'),
    import('./render.js'),
  ]);
  // Per step: a second run in the same job must not overwrite the first one's log and report.
  const workDir = claimStepFolder(path.join(ctx.runnerTemp, 'qemu-selfhost-verify'), ctx.env.GITHUB_ACTION);
  const embeddedNotes: string[] = [];
  if (inputs.embedded) {
    const demo = await prepareEmbedded(ctx.root, workDir, runCommand);
    Object.assign(inputs.boot, { kernel: demo.kernel, initrd: demo.initrd, append: demo.append });
    Object.assign(inputs.compare, { stageA: demo.stageA, stageB: demo.stageB, allowPathPrefixes: demo.allowPathPrefixes });
    embeddedNotes.push(...demo.notes);
  }

  let boot: BootReport | undefined;
  if (inputs.bootRequested || inputs.embedded) {
    // Guest output must never be read as workflow commands (`::set-output`, `::add-mask::`…).
    ctx.log.startGroup('Serial console (live)');
    try {
      boot = await ctx.log.verbatim(() =>
        bootAndVerify(
          { ...inputs.boot, serialLogPath: inputs.boot.logPath ?? path.join(workDir, 'serial.log'), workDir, echo: { write: (text) => ctx.log.info(text), backlog: ctx.log.backlog } },
          { spawn: spawnVmProcess, probe: readKvmProbe() },
        ),
      );
    } finally {
      ctx.log.endGroup();
    }
    if (boot.fellBackToTcg) ctx.log.warning(boot.notes[0] ?? 'KVM printed nothing; retried under TCG');
    ctx.log.info(`boot verdict: ${boot.verdict} — ${boot.reason}`);
  }

  let compare: CompareReport | undefined;
  let reportPath = '';
  if (inputs.compare.stageA && inputs.compare.stageB) {
    compare = await compareArtifacts(inputs.compare.stageA, inputs.compare.stageB, {
      mode: inputs.compare.mode,
      allowPathPrefixes: inputs.compare.allowPathPrefixes,
      ignore: inputs.compare.ignore,
    });
    reportPath = path.join(workDir, 'compare-report.json');
    writeFileSync(reportPath, `${JSON.stringify(compare, null, 2)}\n`);
    ctx.log.info(`comparison: ${compare.status} (${compare.files.length} file(s)); report ${reportPath}`);
  }

  const { verdict, reason, compareFails } = overallVerdict(boot, compare);

  ctx.outputs.put('verdict', verdict);
  ctx.outputs.put('criteria', criteriaJson(boot));
  ctx.outputs.put('log', boot?.serialLogPath ?? '');
  ctx.outputs.put('boot-seconds', secondsText(boot?.durationMs));
  ctx.outputs.put('marker-seconds', secondsText(boot?.markerMs));
  ctx.outputs.put('compare', compare?.status ?? '');
  ctx.outputs.put('compare-report', reportPath);
  ctx.summary.raw(buildSummary({ verdict, reason, boot, compare, compareFails, embeddedNotes }).render());

  if (verdict !== 'pass') ctx.fail(`qemu-selfhost-verify: ${verdict} — ${reason}`);
}, { yamlInputs: ['disks', 'send', 'exit-codes'] });
