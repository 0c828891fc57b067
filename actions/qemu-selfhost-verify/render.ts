/** The job summary and the JSON outputs of qemu-selfhost-verify. */
import { mdCode, mdFence, mdText, Summary } from '../../shared/toolkit/summary.js';
import type { CompareReport, FileComparison } from '../../shared/artifacts/compare.js';
import type { BootReport } from '../../shared/vm/verify.js';

export const LOG_TAIL_LINES = 30;
/** Characters kept of one quoted serial line or detail: a guest line may be 64 KiB and more. */
export const QUOTE_CHARS = 400;

/** `text` cut to `max` characters with a visible mark of how much was left out. */
export function clip(text: string, max = QUOTE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters in the serial log]`;
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌', timeout: '⏱️', error: '💥', PASS: '✅', FAIL: '❌' };

export function secondsText(ms: number | undefined): string {
  return ms === undefined ? '' : (ms / 1000).toFixed(3);
}

export function criteriaJson(boot: BootReport | undefined): { id: string; result: string; detail: string; seconds: number }[] {
  return (boot?.criteria ?? []).map((c) => ({ id: c.id, result: c.result, detail: c.detail, seconds: Number((c.atMs / 1000).toFixed(3)) }));
}

function short(hash: string | undefined): string {
  return hash ? hash.slice(0, 12) : '';
}

function sectionText(f: FileComparison): string {
  if (!f.elf) return '';
  const s = f.elf.sections.slice(0, 6).map((d) => {
    if (d.change === 'size') return `${d.name} size ${d.sizeA}→${d.sizeB}`;
    if (d.change === 'content') return `${d.name} @+${d.firstDifference}`;
    return `${d.name} ${d.change}`;
  });
  if (f.elf.sections.length > 6) s.push(`…${f.elf.sections.length - 6} more`);
  return s.join(', ');
}

/** A fenced block that no line of `text` can close (guest output may contain backticks). */
function fenced(text: string, lang = 'text'): string {
  return mdFence(text, lang);
}

/** One line a reader can act on, for a boot that did not pass. */
function bootNextStep(b: BootReport): string | undefined {
  if (b.verdict === 'pass') return undefined;
  const log = `full log: ${mdCode(b.serialLogPath)}`;
  if (b.verdict === 'error') return `QEMU did not run the guest: read QEMU stderr below (${mdCode(b.stderrLogPath)}) and check the qemu, machine, kernel, disks and firmware inputs.`;
  switch (b.stoppedBy) {
    case 'boot-timeout':
      return 'the guest printed nothing on the first serial port: put its console there (e.g. `append: console=ttyS0`), check that the kernel or firmware boots, or raise `boot-timeout` (TCG is slow).';
    case 'silence-timeout':
      return `the guest went quiet: the serial lines below show where; raise \`silence-timeout\` if a step legitimately prints nothing for that long (${log}).`;
    case 'total-timeout':
      return `the run did not finish in time: the serial lines below show how far it got; raise \`timeout\` if it was still making progress (${log}).`;
    default:
      return `read the serial lines below, starting from the failed criteria (${log}).`;
  }
}

export interface SummaryInput {
  verdict: string;
  reason: string;
  boot?: BootReport;
  compare?: CompareReport;
  compareFails: boolean;
  embeddedNotes: string[];
}

export function buildSummary(x: SummaryInput): Summary {
  const s = new Summary().heading('qemu-selfhost-verify', 2);
  // The reason and notes can quote guest output: no HTML from the guest reaches the page.
  s.paragraph(`**Verdict: ${ICON[x.verdict] ?? ''} ${x.verdict}** — ${mdText(clip(x.reason, 2 * QUOTE_CHARS))}`);
  const next = x.boot ? bootNextStep(x.boot) : undefined;
  if (next) s.paragraph(`**What to do:** ${next}`);
  else if (x.compareFails) {
    s.paragraph('**What to do:** open the `compare-report` output (JSON) to see which files and sections differ; if only build paths differ, list them in `allow-path-prefixes` with `compare-mode: normalized`.');
  }
  if (x.embeddedNotes.length) s.paragraph(`Embedded demo: ${x.embeddedNotes.join('; ')}.`);
  const b = x.boot;
  if (b) {
    s.heading('Boot', 3);
    s.list([
      `accelerator: ${mdText(b.accel)} (${mdText(b.accelReason)})`,
      `first serial output after ${secondsText(b.bootMs) || '—'} s, marker after ${secondsText(b.markerMs) || '—'} s, QEMU gone after ${secondsText(b.durationMs)} s`,
      `stopped by: ${mdText(b.stoppedBy)}; QEMU ${b.exit.error ? `could not start: ${mdText(b.exit.error)}` : b.exit.signal ? `ended by ${b.exit.signal}` : `exited ${b.exit.code}`}`,
      `serial log: ${mdCode(b.serialLogPath)}`,
      ...b.notes.slice(0, 20).map((n) => `note: ${mdText(clip(n))}`),
      ...(b.notes.length > 20 ? [`…and ${b.notes.length - 20} more notes`] : []),
    ]);
    const rows: unknown[][] = b.criteria.map((c) => [clip(c.id, 128), `${ICON[c.result]} ${c.result}`, clip(c.detail), (c.atMs / 1000).toFixed(1)]);
    for (const id of b.missingCriteria) rows.push([id, '❔ not reported', 'required', '']);
    for (const r of b.requiredPatterns ?? []) {
      rows.push([`text: ${clip(r.pattern, 128)}`, r.line === undefined ? '❔ not seen' : `${ICON.PASS} seen`, r.line === undefined ? 'required pattern' : `serial line ${r.line}`, r.atMs === undefined ? '' : (r.atMs / 1000).toFixed(1)]);
    }
    if (rows.length) s.table(['criterion', 'result', 'detail', 's since start'], rows);
    else s.paragraph('_No criterion lines were reported._');
    if (b.verdict !== 'pass') {
      const tail = b.lastLines.slice(-LOG_TAIL_LINES).map((l) => clip(l)).join('\n');
      s.details(`Last ${Math.min(LOG_TAIL_LINES, b.lastLines.length)} serial lines`, fenced(tail || '(no serial output)'), true);
      if (b.stderrTail.trim()) s.details('QEMU stderr (tail)', fenced(b.stderrTail.trim().split('\n').slice(-15).join('\n')));
    }
  }
  const c = x.compare;
  if (c) {
    s.heading('Comparison', 3);
    s.paragraph(
      `${mdCode(c.a)} vs ${mdCode(c.b)} (${mdText(c.mode)}): **${mdText(c.status)}**` +
        (c.stages.expectation !== 'unknown' ? ` — ${mdText(c.stages.note)}` : '') +
        (c.status === 'differs' && !x.compareFails ? ' (not counted as a failure)' : ''),
    );
    const shown = c.files.filter((f) => f.status !== 'identical').slice(0, 50);
    const identical = c.counts.identical;
    if (shown.length) {
      s.table(
        ['file', 'status', 'class', 'size a → b', 'sha256 a / b', 'first diff', 'sections', 'notes'],
        shown.map((f) => [
          f.path || '(file)',
          f.status,
          f.status === 'normalized-identical' ? 'embedded paths only' : (f.classification ?? ''),
          f.sizeA === undefined && f.sizeB === undefined ? '' : `${f.sizeA ?? '—'} → ${f.sizeB ?? '—'}`,
          f.sha256A ? `${short(f.sha256A)} / ${short(f.sha256B)}` : '',
          f.firstDifference ?? '',
          sectionText(f),
          f.notes.join('; '),
        ]),
      );
    }
    const more = c.files.filter((f) => f.status !== 'identical').length - shown.length;
    const byStatus = [
      `${identical} identical`,
      ...(c.counts['normalized-identical'] ? [`${c.counts['normalized-identical']} identical once the declared paths are masked`] : []),
      ...(['differs', 'only-in-a', 'only-in-b', 'type-differs'] as const).filter((k) => c.counts[k]).map((k) => `${c.counts[k]} ${k}`),
    ];
    s.paragraph(`${c.files.length} file(s) compared: ${byStatus.join(', ')}${more > 0 ? `; ${more} more difference(s) in the JSON report` : ''}.`);
    for (const n of c.notes) s.paragraph(`> ${n}`);
  }
  return s;
}
