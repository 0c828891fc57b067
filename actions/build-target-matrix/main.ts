/** build-target-matrix: read inputs -> facts, validation, plan (shared/rust/matrix-plan) -> outputs, summary, annotations. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readFileBlocks } from '../../shared/toolkit/read-blocks.js';
import { startEarly } from './early.js';

// rustc first, from the environment as the runner gave it (early.ts); everything below loads while it prints,
// once it has been spawned: loading a chunk compiles it on this thread, and the three below took ~12 ms before
// the spawn when they were asked for first.
const early = startEarly();
/** The longest matrix the log shows whole. */
const MATRIX_LOG_CHARS = 16_384;
await early.spawned;
const [{ actionMain, runCommand, writeFilesAtomic }, { hideFromChildren }, { planRequest, readInputs }] = await Promise.all([
  import('../../shared/toolkit/index.js'),
  import('../../shared/toolkit/environ.js'),
  import('./inputs.js'),
]);

await actionMain('build-target-matrix', async (ctx) => {
  const inputs = readInputs(ctx.inputs, { workspace: ctx.workspace, root: ctx.root });
  // Before the first child (rustc): inputs, tokens and the runner's command files leave the environment this
  // process was started with, which a child could read at /proc/$PPID/environ.
  const hidden = hideFromChildren(ctx.inputs.secrets);
  if (!hidden.ok) ctx.log.info(`the environment this step was started with could not be cleared for rustc: ${hidden.reason}`);
  const tempDir = path.join(ctx.runnerTemp, 'build-target-matrix');
  await fs.mkdir(tempDir, { recursive: true });
  // Test knob: another rustc (or none) without touching PATH.
  const rustc = ctx.env.RDA_RUSTC || 'rustc';
  const request = planRequest(inputs, { workspace: ctx.workspace, env: ctx.env, rustc, tempDir });
  const io = {
    exec: runCommand,
    readText: (p: string) => fs.readFile(p, 'utf8').catch(() => undefined),
    listDir: (p: string) => fs.readdir(p).catch(() => undefined),
    readBlocks: readFileBlocks,
  };
  // The early call when it asked what this request asks; else rustc starts here, and the use case and its
  // rendering load while it prints (a run that rejects its inputs never loads them).
  const [started, { planMatrix, countBySeverity, reachesThreshold }, { buildSummary }] = await Promise.all([
    early.adopt(request),
    import('../../shared/rust/matrix-plan.js'),
    import('./render.js'),
  ]);
  const result = await planMatrix(request, {
    ...io,
    ...(started ? { started } : {}),
    // Nothing is written through a symlink inside config-dir that leads out of it.
    writeFiles: (files) => writeFilesAtomic(files, { within: inputs.configDir }),
    realPath: (p) => fs.realpath(p).catch(() => undefined),
  });

  const c = countBySeverity(result.findings);
  ctx.outputs.put('matrix', result.matrix.json);
  ctx.outputs.put('has-entries', result.matrix.hasEntries);
  ctx.outputs.put('count', result.matrix.count);
  ctx.outputs.put('facts', result.factsPath);
  ctx.outputs.put('errors', c.error);
  ctx.log.startGroup('Resolved plan');
  // The matrix as the output carries it (one line; 320 targets pretty-printed were 600 KB of log); past
  // MATRIX_LOG_CHARS (320 targets: 210 KB on one line, which nobody reads in a log) its size and where it is.
  const m = result.matrix;
  const matrixLine =
    m.json.length <= MATRIX_LOG_CHARS
      ? m.json
      : `${m.jobs.length} job(s), ${m.count} target(s), ${m.json.length} characters: too long to read here; it is the \`matrix\` output, and each target's entry is in ${result.factsPath}`;
  ctx.log.info(`${JSON.stringify({ toolchain: result.toolchain, validate: result.validate, facts: result.catalog.source }, null, 2)}\nmatrix: ${matrixLine}`);
  ctx.log.endGroup();
  ctx.summary.raw(buildSummary(result, inputs).render());
  ctx.annotate(result.findings);

  if (reachesThreshold(result.findings, inputs.failOn)) {
    ctx.fail(`build-target-matrix: ${c.error} error(s), ${c.warning} warning(s) (fail-on: ${inputs.failOn}); see the annotations.`);
  }
  // No input is read with inputs.yaml(): the planner loads the YAML library itself when `targets` is a YAML list.
}, { yamlInputs: false });
