/** build-target-matrix: read inputs -> facts, validation, plan (shared/rust) -> outputs, summary, annotations. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { countBySeverity, reachesThreshold } from '../../shared/finding.js';
import { actionMain, runCommand } from '../../shared/toolkit/index.js';
import { readInputs } from './inputs.js';
import { planMatrix } from './plan.js';
import { buildSummary } from './render.js';

await actionMain('build-target-matrix', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, root: ctx.root });
  const tempDir = path.join(ctx.runnerTemp, 'build-target-matrix');
  await fs.mkdir(tempDir, { recursive: true });
  const result = await planMatrix(
    inputs,
    {
      run: runCommand,
      readText: (p) => fs.readFile(p, 'utf8').catch(() => undefined),
      listDir: (p) => fs.readdir(p).catch(() => undefined),
      writeText: async (file, text) => {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, text);
      },
      // Test knob: another rustc (or none) without touching PATH.
      rustc: ctx.env.RDA_RUSTC || 'rustc',
      tempDir,
      realPath: (p) => fs.realpath(p).catch(() => undefined),
    },
    { workspace: ctx.workspace, env: ctx.env },
  );

  const c = countBySeverity(result.findings);
  ctx.outputs.put('matrix', result.matrix.json);
  ctx.outputs.put('has-entries', result.matrix.hasEntries);
  ctx.outputs.put('count', result.matrix.count);
  ctx.outputs.put('facts', result.factsPath);
  ctx.outputs.put('errors', c.error);
  ctx.log.startGroup('Resolved plan');
  ctx.log.info(JSON.stringify({ toolchain: result.toolchain, validate: result.validate, facts: result.catalog.source, matrix: JSON.parse(result.matrix.json) }, null, 2));
  ctx.log.endGroup();
  ctx.summary.raw(buildSummary(result, inputs).render());
  ctx.annotate(result.findings);

  if (reachesThreshold(result.findings, inputs.failOn)) {
    ctx.fail(`build-target-matrix: ${c.error} error(s), ${c.warning} warning(s) (fail-on: ${inputs.failOn}); see the annotations.`);
  }
});
