/** The job summary of build-target-matrix: toolchain, one row per target, spec findings, configs. */
import { mdCode, mdText, mdWithCode, Summary, severityIcon } from '../../shared/toolkit/summary.js';
import { countBySeverity, hostFromTriple, runnerFor, type MatrixPlanReport } from '../../shared/rust/matrix-plan.js';
import type { BuildTargetMatrixInputs } from './inputs.js';

const yesNo = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : '?');

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
  s.table(
    ['target', 'tier', 'std', 'rustup std', 'os / arch', 'atomics', 'panic', 'toolchain', 'build-std', 'linker', 'runner', 'test', 'apt'],
    result.rows.map((r) => {
      const f = r.facts;
      const e = r.planned?.entry;
      return [
        r.custom ? `${r.name} (custom)` : r.name,
        r.custom ? 'custom' : (f?.tier ?? '?'),
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
    }),
  );
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
