/**
 * What crate-license-audit needs to read its inputs, and nothing more: the action loads the use case
 * (license-audit.ts: lockfile parser, SPDX tables, policy, cargo) only once the inputs are good, so a run
 * that rejects them does not parse it. Plain node and the input error types only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, InputError } from '../io.js';

export type FailOn = 'denied' | 'unknown' | 'invalid-spdx' | 'new-duplicate';
export const FAIL_ON_VALUES: readonly FailOn[] = ['denied', 'unknown', 'invalid-spdx', 'new-duplicate'];

/** Validate the `fail-on` list; `unknown` also covers `needs-review` (a license nobody could check). */
export function parseFailOn(values: readonly string[], input = 'fail-on'): FailOn[] {
  return checkFailOn(values, (v) => new ConfigurationError(`Invalid ${input} value '${v}'. Expected a subset of: ${FAIL_ON_VALUES.join(', ')}.`));
}

/** The `fail-on` input: a subset of FAIL_ON_VALUES, or `none` alone (never fail). */
export function failOnInput(values: readonly string[], input = 'fail-on'): FailOn[] {
  if (values.length === 1 && values[0] === 'none') return [];
  return checkFailOn(values, (v) => new InputError(input, `a subset of ${FAIL_ON_VALUES.map((x) => `'${x}'`).join(', ')}, or 'none'`, v));
}

function checkFailOn(values: readonly string[], bad: (value: string) => Error): FailOn[] {
  const out: FailOn[] = [];
  for (const v of values.map((x) => x.trim()).filter(Boolean)) {
    if (!(FAIL_ON_VALUES as readonly string[]).includes(v)) throw bad(v);
    if (!out.includes(v as FailOn)) out.push(v as FailOn);
  }
  return out;
}

/** The `license-sources` input: `none` alone reads no licenses (audit the lock changes only; every license is unknown). */
export function licenseSourcesInput(values: readonly string[], input = 'license-sources'): string[] {
  if (values.includes('none') && values.length > 1) {
    throw new InputError(input, "'none' alone, or a list of 'cargo', JSON files and crate directories", values.join(', '));
  }
  return values[0] === 'none' ? [] : [...values];
}

// A revision for `git show <rev>:<path>`: no leading dash (option injection), no range, no colon.
const REV = /^[A-Za-z0-9_][A-Za-z0-9._/@{}^~+-]*$/;

/** Whether `rev` is a commit SHA, branch or tag that is safe on git's command line (not an option or range). */
export function isPlainRevision(rev: string): boolean {
  return REV.test(rev) && !rev.includes('..');
}

/** Beside the manifest, else the nearest Cargo.lock above it that is still inside the workspace. */
export function findLockfile(manifestPath: string, workspace: string): string {
  const beside = path.join(path.dirname(manifestPath), 'Cargo.lock');
  let dir = path.dirname(manifestPath);
  const root = path.resolve(workspace);
  for (;;) {
    const candidate = path.join(dir, 'Cargo.lock');
    if (existsSync(candidate)) return candidate;
    if (path.resolve(dir) === root) break;
    const up = path.dirname(dir);
    const rel = path.relative(root, up);
    if (up === dir || rel.startsWith('..') || path.isAbsolute(rel)) break;
    dir = up;
  }
  return beside;
}
