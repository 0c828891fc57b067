/**
 * `rust-distro-actions` — run an action's bundle locally exactly as the Actions runner would.
 *   rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--json] [--keep]
 *   rust-distro-actions run <action> --help     (the action's inputs and outputs, from its action.yml)
 *   rust-distro-actions list
 *   rust-distro-actions demo          (every action on its embedded fixtures; `npm start`)
 *   rust-distro-actions codes [action] (the catalogued finding codes, as in docs/findings.md)
 */
import { existsSync, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { actionIds, parseActionMeta, type ActionMeta } from './action-meta.js';
import { loadYaml } from '../yaml.js';
import { exitWhenFlushed } from './exit.js';
import { bundlePath, findRoot, runBundle, type RunResult } from './local-run.js';

const USAGE = `usage:
  rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--event-name NAME] [--json] [--keep]
  rust-distro-actions run <action> --help     the action's inputs and outputs
  rust-distro-actions list                    every action and its inputs
  rust-distro-actions demo                    every action on its embedded fixtures (npm start)
  rust-distro-actions codes [action]          every finding code: severity, meaning, fix (docs/findings.md)
  rust-distro-actions help                    this text`;

const HELP_FLAGS = new Set(['help', '--help', '-h']);

/** The action's own inputs bound its run (qemu-selfhost-verify's `timeout` may be hours); a Ctrl-C or a
 * SIGTERM to the CLI reaches the action, which stops what it started (QEMU) before it goes. */
const UNCAPPED = { timeoutMs: 0, forwardSignals: true } as const;

/** The shell's convention for a process ended by a signal. */
function signalExit(signal: NodeJS.Signals): number {
  return 128 + (osConstants.signals[signal] ?? 15);
}

class UsageError extends Error {}

function loadMeta(root: string, id: string): ActionMeta {
  return parseActionMeta(id, readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8'));
}

/** `run <action> --help`: what `--with` accepts, straight from action.yml. */
function actionHelp(meta: ActionMeta): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = [`rust-distro-actions run ${meta.id} [--with name=value]... [--event payload.json] [--json] [--keep]`, '', oneLine(meta.description), '', 'inputs:'];
  for (const i of Object.values(meta.inputs)) {
    const tags = [i.required ? 'required' : '', i.default !== undefined && i.default !== '' ? `default: ${oneLine(i.default)}` : ''].filter(Boolean);
    lines.push(`  --with ${i.name}=…${tags.length ? `  (${tags.join('; ')})` : ''}`);
    if (i.description) lines.push(`      ${oneLine(i.description)}`);
  }
  const outs = Object.entries(meta.outputs);
  if (outs.length) {
    lines.push('', 'outputs:');
    for (const [name, o] of outs) lines.push(`  ${name}: ${oneLine(o.description)}`);
  }
  lines.push('', 'With no inputs the action runs on its embedded fixtures.');
  return lines.join('\n');
}

function readable(r: RunResult): string {
  const lines: string[] = [];
  lines.push(`== ${r.action}: ${r.exitCode === 0 ? 'succeeded' : `FAILED (exit ${r.exitCode})`}`);
  const outs = Object.entries(r.outputs);
  if (outs.length) {
    lines.push('-- outputs');
    for (const [k, v] of outs) lines.push(`${k}: ${v.length > 400 ? `${v.slice(0, 400)}… (${v.length} chars)` : v}`);
  }
  if (r.annotations.length) {
    lines.push(`-- annotations (${r.annotations.length})`);
    for (const a of r.annotations) {
      lines.push(`${a.level}${a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : ''}${a.title ? ` [${a.title}]` : ''}: ${a.message}`);
    }
  }
  if (r.summary.trim()) {
    lines.push('-- summary');
    lines.push(r.summary.trim());
  }
  if (r.exitCode !== 0 && r.stderr.trim()) {
    lines.push('-- stderr');
    lines.push(r.stderr.trim().split('\n').slice(-20).join('\n'));
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const root = findRoot();
  // action.yml is read as YAML here (loadMeta): the library loads on demand in every bundle.
  await loadYaml();
  const [cmd, ...rest] = argv;
  if (cmd !== undefined && HELP_FLAGS.has(cmd)) {
    console.log(USAGE);
    return 0;
  }
  if (cmd === 'list') {
    for (const id of actionIds(root)) {
      const meta = loadMeta(root, id);
      console.log(`${id} — ${meta.description}`);
      for (const i of Object.values(meta.inputs)) {
        console.log(`  --with ${i.name}=…${i.required ? ' (required)' : ''}${i.default !== undefined ? ` [default: ${i.default}]` : ''}`);
      }
    }
    return 0;
  }
  if (cmd === 'codes') {
    const action = rest[0];
    if (action !== undefined && !actionIds(root).includes(action)) throw new UsageError(`codes: unknown action '${action}'; one of: ${actionIds(root).join(', ')}`);
    // Loaded on demand: the catalogues are data of every domain, which no other command needs.
    const { cataloguesFor, renderCodes } = await import('../findings-docs.js');
    const cats = cataloguesFor(root, action);
    console.log(cats.length ? renderCodes(cats) : `${action} makes no catalogued findings (its verdicts are outputs and the job summary).`);
    return 0;
  }
  if (cmd === 'demo') {
    const ids = actionIds(root);
    const failed: string[] = [];
    for (const id of ids) {
      const r = await runBundle(bundlePath(id, root), { inputs: {}, ...UNCAPPED });
      if (r.interrupted) return signalExit(r.interrupted);
      console.log(readable(r));
      console.log('');
      if (r.exitCode !== 0) failed.push(id);
    }
    // The last line is the verdict, so `npm start | tail -1` (and a CI log) says what failed.
    if (failed.length) {
      console.log(`demo: ${failed.length} of ${ids.length} action(s) FAILED on their embedded fixtures: ${failed.join(', ')} (see each report above)`);
      return 1;
    }
    console.log(`demo: all ${ids.length} actions succeeded on their embedded fixtures; see each summary above`);
    return 0;
  }
  if (cmd !== 'run') throw new UsageError(cmd ? `unknown command '${cmd}'` : 'no command given');
  const action = rest.shift();
  if (action === '--help' || action === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (!action || action.startsWith('-')) throw new UsageError('run: which action? (see `rust-distro-actions list`)');
  if (!actionIds(root).includes(action)) throw new UsageError(`unknown action '${action}'; one of: ${actionIds(root).join(', ')}`);
  const meta = loadMeta(root, action);
  if (rest.some((a) => a === '--help' || a === '-h')) {
    console.log(actionHelp(meta));
    return 0;
  }
  const inputs: Record<string, string> = {};
  let event: string | undefined;
  let eventName: string | undefined;
  let json = false;
  let keep = false;
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--with' || a === '-w') {
      const kv = rest.shift();
      const eq = kv?.indexOf('=') ?? -1;
      if (!kv || eq <= 0) throw new UsageError(`--with expects name=value, got '${kv ?? ''}'`);
      inputs[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a.startsWith('--with=')) {
      const kv = a.slice(7);
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new UsageError(`--with expects name=value, got '${kv}'`);
      inputs[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === '--event') event = rest.shift();
    else if (a === '--event-name') eventName = rest.shift();
    else if (a === '--json') json = true;
    else if (a === '--keep') keep = true;
    else throw new UsageError(`unknown option '${a}'`);
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in meta.inputs)) throw new UsageError(`action '${action}' has no input '${name}'; inputs: ${Object.keys(meta.inputs).join(', ')}`);
  }
  if (event && !existsSync(event)) throw new UsageError(`--event: no file '${event}'`);
  const r = await runBundle(bundlePath(action, root), {
    inputs,
    ...(event ? { event } : {}),
    ...(eventName ? { eventName } : {}),
    keep,
    workspace: process.cwd(),
    ...UNCAPPED,
    ...(json ? {} : { onStdout: undefined }),
  });
  if (json) {
    console.log(
      JSON.stringify({ action: r.action, exitCode: r.exitCode, outputs: r.outputs, annotations: r.annotations, summary: r.summary }, null, 2),
    );
  } else {
    console.log(readable(r));
    if (keep) console.log(`-- kept ${r.tempDir}`);
  }
  if (r.interrupted) return signalExit(r.interrupted);
  return r.exitCode === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`rust-distro-actions: ${e.message}\n${USAGE}`);
      exitWhenFlushed(2);
      return;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    exitWhenFlushed(1);
  },
);
