/**
 * The boot's structured options from what a user wrote (plain data, e.g. parsed YAML): disks, lines to type,
 * exit codes, marker texts and the criteria format. Every problem is an InputError naming the input and
 * the expected form.
 */
import { InputError } from '../io.js';
import type { Disk, DiskInterface } from './qemu-cmdline.js';
import { MAX_SEND_ITEMS, MAX_SEND_LINE, type ExitCodes, type SendItem } from './run.js';
import type { MarkerMatch } from './serial.js';

const INTERFACES: readonly DiskInterface[] = ['virtio', 'ide', 'ahci', 'nvme', 'cdrom'];
const DISK_KEYS = ['path', 'interface', 'readonly', 'snapshot', 'format'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

/** `disks` written as a YAML list (a line starting with `-`, or `[`): plain paths and/or mappings. */
export function isYamlList(text: string): boolean {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#'));
  return first !== undefined && (first.startsWith('- ') || first === '-' || first.startsWith('['));
}

/** Disks from a parsed YAML list; `resolve` makes a path absolute (relative to the workspace). */
export function disksFrom(value: unknown, resolve: (path: string) => string): Disk[] {
  const expected = 'a list of paths or {path, interface: virtio|ide|ahci|nvme|cdrom, readonly, snapshot, format}';
  if (!Array.isArray(value)) throw new InputError('disks', expected, show(value));
  return value.map((item) => {
    if (typeof item === 'string' && item.trim()) return { path: resolve(item.trim()) };
    if (!isRecord(item)) throw new InputError('disks', expected, show(item));
    const unknown = Object.keys(item).find((k) => !DISK_KEYS.includes(k));
    if (unknown) throw new InputError('disks', `only the keys ${DISK_KEYS.join(', ')} (not '${unknown}')`, show(item));
    if (typeof item.path !== 'string' || !item.path.trim()) throw new InputError('disks', 'a path for every disk', show(item));
    const disk: Disk = { path: resolve(item.path.trim()) };
    if (item.interface !== undefined) {
      if (!INTERFACES.includes(item.interface as DiskInterface)) throw new InputError('disks', `an interface of ${INTERFACES.join(', ')}`, show(item.interface));
      disk.interface = item.interface as DiskInterface;
    }
    for (const key of ['readonly', 'snapshot'] as const) {
      if (item[key] === undefined) continue;
      if (typeof item[key] !== 'boolean') throw new InputError('disks', `${key}: true or false`, show(item[key]));
      disk[key] = item[key];
    }
    if (item.format !== undefined) {
      if (typeof item.format !== 'string' || !/^[a-z0-9]+$/.test(item.format)) throw new InputError('disks', 'a format such as raw or qcow2', show(item.format));
      disk.format = item.format;
    }
    return disk;
  });
}

/** `send` from a parsed YAML list of `{when, line, enter?}`. */
export function sendFrom(value: unknown): SendItem[] {
  if (value === undefined || value === null) return [];
  const expected = 'a list of {when: <text>, line: <text>, enter: cr|lf|crlf}';
  if (!Array.isArray(value)) throw new InputError('send', expected, show(value));
  if (value.length > MAX_SEND_ITEMS) throw new InputError('send', `at most ${MAX_SEND_ITEMS} items`, `${value.length} items`);
  return value.map((item) => {
    if (!isRecord(item)) throw new InputError('send', expected, show(item));
    const unknown = Object.keys(item).find((k) => !['when', 'line', 'enter'].includes(k));
    if (unknown) throw new InputError('send', `only the keys when, line, enter (not '${unknown}')`, show(item));
    const { when, line, enter } = item;
    if (typeof when !== 'string' || !when) throw new InputError('send', 'a non-empty when: text for every item', show(item));
    // A number or boolean is what YAML made of the user's text: type it as written.
    if (line === undefined || line === null || isRecord(line) || Array.isArray(line)) throw new InputError('send', 'a line: text for every item', show(item));
    const text = String(line);
    if (text.length > MAX_SEND_LINE || /[\x00-\x08\x0a-\x1f\x7f]/.test(text)) {
      throw new InputError('send', `a line of at most ${MAX_SEND_LINE} characters without control characters (Enter is added)`, text);
    }
    if (enter !== undefined && enter !== 'cr' && enter !== 'lf' && enter !== 'crlf') throw new InputError('send', 'enter: cr, lf or crlf', show(enter));
    return { when, line: text, ...(enter !== undefined && { enter }) };
  });
}

function codesList(v: unknown, key: string): number[] {
  const list = Array.isArray(v) ? v : [v];
  if (!list.length || list.some((n) => !Number.isInteger(n) || (n as number) < 0 || (n as number) > 255)) {
    throw new InputError('exit-codes', `${key}: an exit code from 0 to 255, or a list of them`, show(v));
  }
  return list as number[];
}

/** `exit-codes` from a parsed YAML mapping `{pass: 0, fail: [1, 3]}`; undefined when not given. */
export function exitCodesFrom(value: unknown): ExitCodes | undefined {
  if (value === undefined || value === null) return undefined;
  const expected = 'a mapping such as {pass: 0, fail: 1} (QEMU exit codes; lists allowed)';
  if (!isRecord(value) || value.pass === undefined) throw new InputError('exit-codes', expected, show(value));
  const unknown = Object.keys(value).find((k) => k !== 'pass' && k !== 'fail');
  if (unknown) throw new InputError('exit-codes', `only the keys pass and fail (not '${unknown}')`, show(value));
  const codes: ExitCodes = { pass: codesList(value.pass, 'pass'), fail: value.fail === undefined ? [] : codesList(value.fail, 'fail') };
  const both = codes.pass.find((c) => codes.fail.includes(c));
  if (both !== undefined) throw new InputError('exit-codes', 'pass and fail codes that differ', String(both));
  return codes;
}

/** A marker (or required pattern) text: one line; in regex mode a valid regular expression. */
export function markerText(input: string, text: string, mode: MarkerMatch): string {
  if (!text || text.length > 256 || /[\r\n]/.test(text)) throw new InputError(input, 'one line of text (1-256 characters)', text);
  if (mode === 'regex') {
    try {
      new RegExp(text);
    } catch (e) {
      throw new InputError(input, `a valid regular expression (marker-match: regex): ${(e as Error).message}`, text);
    }
  }
  return text;
}

/** `criteria-format`: a regular expression with named groups `id` and `result` (and optional `detail`). */
export function criteriaFormat(text: string): string {
  const expected = 'a regular expression with named groups id and result, e.g. ^\\s*(?<id>\\S+)\\.\\.\\.\\[(?<result>ok|failed)\\]';
  let re: RegExp;
  try {
    re = new RegExp(text);
  } catch (e) {
    throw new InputError('criteria-format', `${expected} (${(e as Error).message})`, text);
  }
  // The group names a regex declares: matching the empty alternative reveals them all.
  const names = Object.keys(new RegExp(`${re.source}|`).exec('')?.groups ?? {});
  if (!names.includes('id') || !names.includes('result')) throw new InputError('criteria-format', expected, text);
  return text;
}
