/**
 * The runner's workflow commands (`::error file=…::`, `::add-mask::`, groups) and file commands
 * (GITHUB_OUTPUT `name<<delimiter` blocks), written byte for byte as @actions/core 3 writes them.
 *
 * Our own because importing @actions/core evaluates its OIDC client (@actions/http-client, undici, tunnel)
 * and @actions/exec on every start — most of a bundle's cold start — for getIDToken, which no action uses.
 * test/toolkit/workflow-commands.test.ts compares the output with @actions/core's.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { EOL } from 'node:os';
import { forEachSlice, writeTextSync } from './write-text.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

const escapeData = (s: unknown): string => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message`; empty values are left out (the space stays, as @actions/core writes it). */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let text = `::${command || 'missing.command'}`;
  const entries = Object.entries(properties);
  if (entries.length) text += ` ${entries.filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}`;
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string | Error, p: AnnotationProperties): void {
  const props = Object.keys(p).length
    ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
    : {};
  issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}

export const error = (message: string | Error, properties: AnnotationProperties = {}): void => annotation('error', message, properties);
export const warning = (message: string | Error, properties: AnnotationProperties = {}): void => annotation('warning', message, properties);
export const notice = (message: string | Error, properties: AnnotationProperties = {}): void => annotation('notice', message, properties);
export const debug = (message: string): void => issueCommand('debug', {}, message);
/** A log line; a long one (a 200 KB matrix) is written in slices, not first copied whole with its line end. */
export function info(message: string): void {
  if (message.length <= 4096) {
    process.stdout.write(message + EOL);
    return;
  }
  forEachSlice(message, (part) => void process.stdout.write(part));
  process.stdout.write(EOL);
}
export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);
export const startGroup = (name: string): void => issueCommand('group', {}, name);
export const endGroup = (): void => issueCommand('endgroup', {}, '');
export const isDebug = (): boolean => process.env.RUNNER_DEBUG === '1';

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** GITHUB_OUTPUT when the runner gives one (a heredoc block with a random delimiter), else the old command. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, commandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // The block's three parts one after another, as appendFileSync of their concatenation writes them, without
  // first copying a large value into one string and one buffer (write-text.ts).
  const fd = openSync(file, 'a');
  try {
    writeTextSync(fd, [`${name}<<${delimiter}${EOL}`, text, `${EOL}${delimiter}${EOL}`]);
  } finally {
    closeSync(fd);
  }
}
