/**
 * Findings as annotations, outputs (multi-line safe), log groups, the job summary file. The only place
 * (with github.ts and cache.ts) that talks to @actions/core.
 */
import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import type { Finding } from '../finding.js';
import { SEVERITY_RANK, sortFindings } from '../finding.js';
import { SUMMARY_LIMIT_BYTES, type Summary } from './summary.js';

/** GitHub shows only the first annotations of each kind per step; past this we log a count instead. */
export const ANNOTATION_LIMIT = 50;

export function annotate(findings: readonly Finding[], limit = ANNOTATION_LIMIT): number {
  // Errors first, so notices never crowd an error out of the limit; file and line order within a severity.
  const sorted = sortFindings(findings).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  let shown = 0;
  for (const f of sorted) {
    if (shown >= limit) break;
    const props: core.AnnotationProperties = { title: f.code };
    if (f.file) props.file = f.file;
    if (f.line) props.startLine = f.line;
    if (f.column) props.startColumn = f.column;
    const msg = f.hint ? `${f.message} (fix: ${f.hint})` : f.message;
    if (f.severity === 'error') core.error(msg, props);
    else if (f.severity === 'warning') core.warning(msg, props);
    else core.notice(msg, props);
    shown++;
  }
  if (sorted.length > shown) core.info(`${sorted.length - shown} more finding(s) not annotated; see the report.`);
  return shown;
}

export class Outputs {
  readonly set = new Map<string, string>();
  constructor(private readonly declared: Record<string, unknown>) {}

  put(name: string, value: unknown): void {
    if (!(name in this.declared)) throw new Error(`internal: output '${name}' is not declared in action.yml`);
    const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
    this.set.set(name, text);
    core.setOutput(name, text);
  }
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn);
}

export const log = {
  info: (m: string) => core.info(m),
  warning: (m: string) => core.warning(m),
  error: (m: string) => core.error(m),
  debug: (m: string) => core.debug(m),
  mask: (secret: string) => {
    if (secret) core.setSecret(secret);
  },
  startGroup: (name: string) => core.startGroup(name),
  endGroup: () => core.endGroup(),
};

/** Append the summary to GITHUB_STEP_SUMMARY (capped at 1 MiB); a missing file is a warning, not a failure. */
export function writeSummary(summary: Summary, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('GITHUB_STEP_SUMMARY is not set; summary not written');
    return;
  }
  try {
    appendFileSync(file, `${summary.render(SUMMARY_LIMIT_BYTES)}\n`, 'utf8');
  } catch (e) {
    core.warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}
