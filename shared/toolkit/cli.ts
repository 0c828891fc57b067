/**
 * `rust-distro-actions` — run an action's bundle locally exactly as the Actions runner would.
 *   rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--json] [--keep]
 *   rust-distro-actions list
 *   rust-distro-actions demo          (every action on its embedded fixtures; `npm start`)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseActionMeta } from './action-meta.js';
import { bundlePath, findRoot, runBundle, type RunResult } from './local-run.js';

const USAGE = `usage:
  rust-distro-actions run <action> [--with name=value]... [--event payload.json] [--event-name NAME] [--json] [--keep]
  rust-distro-actions list
  rust-distro-actions demo`;

class UsageError extends Error {}

function actionIds(root: string): string[] {
  const dir = path.join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
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
  const [cmd, ...rest] = argv;
  if (cmd === 'list') {
    for (const id of actionIds(root)) {
      const meta = parseActionMeta(id, readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8'));
      console.log(`${id} — ${meta.description}`);
      for (const i of Object.values(meta.inputs)) {
        console.log(`  --with ${i.name}=…${i.required ? ' (required)' : ''}${i.default !== undefined ? ` [default: ${i.default}]` : ''}`);
      }
    }
    return 0;
  }
  if (cmd === 'demo') {
    let failed = 0;
    for (const id of actionIds(root)) {
      const r = await runBundle(bundlePath(id, root), { inputs: {} });
      console.log(readable(r));
      console.log('');
      if (r.exitCode !== 0) failed++;
    }
    console.log(`demo: ${actionIds(root).length - failed} action(s) ran on their embedded fixtures; see each summary above`);
    return 0;
  }
  if (cmd !== 'run') throw new UsageError(cmd ? `unknown command '${cmd}'` : 'no command given');
  const action = rest.shift();
  if (!action || action.startsWith('-')) throw new UsageError('run: which action? (see `rust-distro-actions list`)');
  if (!actionIds(root).includes(action)) throw new UsageError(`unknown action '${action}'; one of: ${actionIds(root).join(', ')}`);
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
  const meta = parseActionMeta(action, readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8'));
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
  return r.exitCode === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`rust-distro-actions: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
