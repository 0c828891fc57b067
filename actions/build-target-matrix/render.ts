/** The job summary of build-target-matrix: toolchain, one row per target, spec findings, configs. */
import { markdown, mdCode, mdText, mdWithCode, Summary, severityIcon } from '../../shared/toolkit/summary.js';
import { countBySeverity, hostFromTriple, runnerFor, type MatrixPlanReport } from '../../shared/rust/matrix-plan.js';
import type { BuildTargetMatrixInputs } from './inputs.js';

const yesNo = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : '?');

/** Past this many targets the table has a row per plan shared by several targets, not a row per target. */
export const TARGET_ROWS = 30;

/** The targets a row of that table names; the rest are counted (every one is in the facts file). */
export const NAMES_PER_ROW = 100;

const TARGET_COLUMNS = ['target', 'tier', 'std', 'rustup std', 'os / arch', 'atomics', 'panic', 'toolchain', 'build-std', 'linker', 'runner', 'test', 'apt'];
/** The columns that say how a target is built and tested (its tier, toolchain, build-std, linker, runner, test, apt). */
const PLAN_COLUMNS = [1, 7, 8, 9, 10, 11, 12];

/** A target's row: its name, its facts, then its plan (or why it was skipped). */
function targetCells(r: MatrixPlanReport['rows'][number]): string[] {
  const f = r.facts;
  const e = r.planned?.entry;
  return [
    r.custom ? `${r.name} (custom)` : r.name,
    r.custom ? 'custom' : String(f?.tier ?? '?'),
    yesNo(f?.std),
    r.custom ? '-' : yesNo(f?.rustupStd),
    f ? `${f.os} / ${f.arch}` : '',
    f ? `${f.maxAtomicWidth}${f.atomicCas ? '' : ' (no CAS)'}` : '',
    f?.panicStrategy ?? '',
    e?.toolchain ?? '',
    e ? e['build-std'] || '-' : '',
    e?.linker ?? (e ? '-' : ''),
    e ? (e['runner-command'].length ? `${e.runner}: ${e['runner-command'].join(' ')}` : e.runner) : `skipped: ${r.skipped ?? ''}`,
    e ? yesNo(e['can-test']) : '',
    e?.['apt-packages'] ?? '',
  ];
}

/** Targets whose plan columns are equal, in the order of their first target. */
export function planGroups(cells: readonly (readonly string[])[]): { names: string[]; plan: string[] }[] {
  const groups = new Map<string, { names: string[]; plan: string[] }>();
  for (const c of cells) {
    const plan = PLAN_COLUMNS.map((i) => c[i]!);
    // (a cell may hold any character a spec or an input gives it: a key that cannot join two plans into one)
    const key = JSON.stringify(plan);
    const g = groups.get(key);
    if (g) g.names.push(c[0]!);
    else groups.set(key, { names: [c[0]!], plan });
  }
  return [...groups.values()];
}

export function buildSummary(result: MatrixPlanReport, inputs: BuildTargetMatrixInputs): Summary {
  const s = new Summary();
  const c = countBySeverity(result.findings);
  s.heading('build-target-matrix');
  if (inputs.embedded) {
    s.paragraph(
      '_Embedded demo: the RegicideOS targets from an ebuild, an SDK target through a RUST_TARGET_PATH fixture (with a simulated SDK environment), and an old-style custom OS spec. fail-on is ignored._',
    );
  }
  const cat = result.catalog;
  s.paragraph(
    `Toolchain **${mdText(result.toolchain)}** (${mdText(result.toolchainFrom)}); facts from ${cat.source === 'rustc' ? mdCode(cat.rustc.line) : `the embedded snapshot of ${mdCode(cat.rustc.line)}`}` +
      ` (${cat.targets.size} built-in targets); custom specs validated with **${result.validate}**.`,
  );
  s.paragraph(`**${result.matrix.count}** target(s) in the matrix, ${result.rows.filter((r) => r.skipped).length} skipped; ${c.error} error(s), ${c.warning} warning(s).`);
  const cells = result.rows.map(targetCells);
  if (cells.length <= TARGET_ROWS) s.table(TARGET_COLUMNS, cells);
  else {
    // A row per plan that targets share (they differ in facts the facts file has): 320 built-in targets are a
    // table a person can read, and every target is still named.
    const named = (names: readonly string[]) =>
      markdown(
        `**${names.length}**: ${names.slice(0, NAMES_PER_ROW).map((n) => mdCode(n).text).join(', ')}${names.length > NAMES_PER_ROW ? `, _and ${names.length - NAMES_PER_ROW} more_` : ''}`,
      );
    s.table(['targets', ...PLAN_COLUMNS.map((i) => TARGET_COLUMNS[i]!)], planGroups(cells).map((g) => [named(g.names), ...g.plan]));
    s.paragraph(`_${cells.length} targets, so a row per plan they share; each target's os, arch, atomics and panic strategy are in the \`facts\` output's file._`);
  }
  // runner: auto stays quiet about bare-metal targets (no notice each); one line says how to test them.
  const host = hostFromTriple(result.catalog.rustc.host);
  const bootable = result.rows.filter(
    (r) => r.planned?.entry.runner === 'none' && r.facts?.os === 'none' && !r.custom && runnerFor(r.facts, 'qemu-system', host).kind === 'qemu-system',
  );
  if (bootable.length > 0) {
    s.paragraph(`Tests are skipped for ${bootable.map((r) => mdCode(r.name)).join(', ')} (bare metal, no runner): set \`runner: qemu-system\` to boot them under QEMU with semihosting.`);
  }
  for (const r of result.rows) {
    if (!r.check) continue;
    const body = new Summary();
    if (r.check.findings.length === 0) body.paragraph('No findings.');
    // The file is in the heading: one line column instead of the path repeated on every row.
    else body.table(['', 'line', 'finding', 'fix'], r.check.findings.map((f) => [severityIcon(f.severity), f.line ?? '', mdWithCode(f.message), mdWithCode(f.hint ?? '')]));
    if (r.rustc) {
      const first = r.rustc.findings[0];
      body.paragraph(
        r.rustc.accepted
          ? `rustc (${result.validate === 'codegen' ? 'codegen' : '--print cfg'}) accepts it.`
          : `${mdWithCode(first?.message ?? 'rustc rejected it.')}${first?.line ? ` (line ${first.line})` : ''} — rustc reports only its first error; the table lists all of them.`,
      );
    }
    if (r.check.closest) body.paragraph(`Closest built-in: ${mdCode(r.check.closest.facts.target)}${r.check.closest.exact ? ' (same llvm-target)' : ''}.`);
    s.details(`${r.request.target}: ${r.check.findings.length} finding(s)`, body, !r.check.valid);
  }
  const configs = result.rows.filter((r) => r.planned);
  if (configs.length > 0) {
    const body = new Summary();
    // A config with nothing but its header line is one name in a list, not an empty code block.
    const empty = configs.filter((r) => !r.planned!.config.text.trim().includes('\n'));
    const emptySet = new Set(empty);
    const full = configs.filter((r) => !emptySet.has(r));
    if (empty.length > 0) body.paragraph(`Nothing to set (prebuilt std, default linker, no runner): ${empty.map((r) => mdCode(r.name)).join(', ')}.`);
    for (const r of full.slice(0, 50)) {
      body.paragraph(`${mdCode(r.planned!.entry.config)}${r.planned!.entry['clear-env'].length ? ` — clear before cargo: ${mdText(r.planned!.entry['clear-env'].join(', '))}` : ''}`);
      body.code(r.planned!.config.text, 'toml');
    }
    if (full.length > 50) body.paragraph(`_…and ${full.length - 50} more in the config directory._`);
    s.details(`Generated cargo configs (${configs.length})`, body);
  }
  const inSpecs = new Set<unknown>(result.rows.flatMap((r) => r.check?.findings ?? []));
  const other = result.findings.filter((f) => !inSpecs.has(f));
  if (other.length > 0) {
    s.heading('Findings', 3);
    s.findings(other);
  }
  return s;
}
