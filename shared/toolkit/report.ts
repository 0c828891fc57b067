/**
 * Findings as annotations, outputs (multi-line safe), log groups, the job summary file, through the
 * runner's workflow commands (workflow-commands.ts).
 */
import * as core from './workflow-commands.js';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import type { Finding } from '../finding.js';
import { SEVERITY_RANK, sortFindings } from '../finding.js';
import { rememberSecret, rememberUri, scrub } from './secrets.js';
import { SUMMARY_LIMIT_BYTES, type Summary } from './summary.js';
import { writeTextSync } from './write-text.js';

/** GitHub shows only the first annotations of each kind per step; past this we log a count instead. */
export const ANNOTATION_LIMIT = 50;

export function annotate(findings: readonly Finding[], limit = ANNOTATION_LIMIT, options: { ordered?: boolean } = {}): number {
  // Errors first, so notices never crowd an error out of the limit; file and line order within a severity.
  // `ordered`: the caller has already chosen the order (e.g. one of each kind first).
  const sorted = options.ordered ? [...findings] : sortFindings(findings).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  let shown = 0;
  for (const f of sorted) {
    if (shown >= limit) break;
    const props: core.AnnotationProperties = { title: f.code };
    if (f.file) props.file = f.file;
    if (f.line) props.startLine = f.line;
    if (f.column) props.startColumn = f.column;
    const msg = safe(f.hint ? `${f.message} (fix: ${f.hint})` : f.message);
    if (f.severity === 'error') core.error(msg, props);
    else if (f.severity === 'warning') core.warning(msg, props);
    else core.notice(msg, props);
    shown++;
  }
  if (sorted.length > shown) core.info(`${sorted.length - shown} more finding(s) not annotated; see the report.`);
  return shown;
}

/** GitHub keeps at most 1 MB per step output; past it the job loses the value (a 2.6 MB criteria list did). */
export const OUTPUT_LIMIT_BYTES = 1_000_000;

export class Outputs {
  readonly set = new Map<string, string>();
  constructor(private readonly declared: Record<string, unknown>) {}

  put(name: string, value: unknown): void {
    if (!(name in this.declared)) throw new Error(`internal: output '${name}' is not declared in action.yml`);
    let text = scrub(typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));
    // (at most 3 UTF-8 bytes per UTF-16 unit: a shorter text needs no byte count)
    const size = text.length * 3 <= OUTPUT_LIMIT_BYTES ? 0 : Buffer.byteLength(text, 'utf8');
    if (size > OUTPUT_LIMIT_BYTES) {
      core.warning(`output '${name}' would be ${size} bytes, over GitHub's limit of 1 MB for one output: it is left empty. The step's report file has the full data.`);
      text = '';
    }
    this.set.set(name, text);
    core.setOutput(name, text);
  }
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn);
}

/**
 * Text from outside (a remote's error body, a file name, a guest console line) without the characters a
 * runner acts on: it reads `\r` as the end of a line (so `x\r::warning::…` would be a command of its own),
 * and other C0/C1 controls, DEL and the Unicode line separators only disturb the log. Tabs and newlines stay.
 */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, '');
}

/** What may reach the log: no controls, no credentials (URIs redacted, known secrets scrubbed). */
export function safe(text: string): string {
  return scrub(plainText(text));
}

/** Inside `log.verbatim`: the token that turns workflow commands back on. */
let verbatimToken: string | undefined;

function stopCommands(): string {
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  return token;
}

/** A log line; a line of it that would read as a workflow command (`::…`) is shown inside ::stop-commands::. */
function info(message: string): void {
  const text = safe(message);
  if (verbatimToken !== undefined || !/^[ \t]*::/m.test(text)) {
    core.info(text);
    return;
  }
  const token = stopCommands();
  core.info(text);
  core.info(`::${token}::`);
}

export const log = {
  info,
  warning: (m: string) => core.warning(safe(m)),
  error: (m: string) => core.error(safe(m)),
  debug: (m: string) => core.debug(safe(m)),
  mask: (secret: string) => {
    if (!secret) return;
    rememberSecret(secret);
    core.setSecret(secret);
  },
  /** Mask the credentials a URI carries (user info, token query parameters); returns it as it may be shown. */
  maskUri: (uri: string): string => {
    const { shown, secrets } = rememberUri(uri);
    for (const s of secrets) core.setSecret(s);
    return shown;
  },
  startGroup: (name: string) => core.startGroup(safe(name).replace(/\n/g, ' ')),
  endGroup: () => core.endGroup(),
  /** Bytes written to stdout that the reader (the runner) has not taken yet. */
  backlog: () => process.stdout.writableLength,
  /**
   * Run `fn` with workflow commands off (`::stop-commands::`), for text that must be shown as it came (a
   * guest's serial console): nothing it prints can set an output, mask a value or forge an annotation.
   */
  async verbatim<T>(fn: () => Promise<T>): Promise<T> {
    if (verbatimToken !== undefined) return fn();
    verbatimToken = stopCommands();
    try {
      return await fn();
    } finally {
      core.info(`::${verbatimToken}::`);
      verbatimToken = undefined;
    }
  },
};

/** Append the summary to GITHUB_STEP_SUMMARY (capped at 1 MiB); a missing file is a warning, not a failure. */
export function writeSummary(summary: Summary, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('GITHUB_STEP_SUMMARY is not set; summary not written');
    return;
  }
  try {
    const fd = openSync(file, 'a');
    try {
      writeTextSync(fd, [scrub(summary.render(SUMMARY_LIMIT_BYTES)), '\n']);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    core.warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}
