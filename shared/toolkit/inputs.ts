/**
 * Typed input reading. The runner passes input `foo-bar` as env `INPUT_FOO-BAR` and does NOT enforce
 * `required`, and under the umbrella action no defaults reach us: so an empty value means "use the default
 * from this action's own action.yml", and `required` is enforced here.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { yamlLib } from '../yaml.js';
import { ConfigurationError, InputError } from '../io.js';
import type { ActionMeta } from './action-meta.js';
import { checkWithin, DanglingLinkError, realPathWithin } from './paths.js';

/** Lives in shared/io.ts so domain code can name an input in its errors without importing the toolkit. */
export { ConfigurationError, InputError };


export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Evaluate the few expression contexts that action.yml defaults use. Unknown expressions become ''. */
export function evaluateDefault(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
    switch (expr) {
      case 'runner.temp':
        return env.RUNNER_TEMP ?? path.join(env.TMPDIR ?? '/tmp', 'runner-temp');
      case 'runner.os':
        return env.RUNNER_OS ?? 'Linux';
      case 'github.workspace':
        return env.GITHUB_WORKSPACE ?? process.cwd();
      case 'github.token':
        return env.GITHUB_TOKEN ?? '';
      case 'github.repository':
        return env.GITHUB_REPOSITORY ?? '';
      default: {
        const m = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expr);
        return m ? (env[m[1]!] ?? '') : '';
      }
    }
  });
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

export class Inputs {
  /** Names of the inputs the action read (checked against action.yml by a test). */
  readonly read = new Set<string>();
  /** Values that must be masked in logs (tokens). */
  readonly secrets: string[] = [];

  constructor(
    readonly meta: ActionMeta,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private spec(name: string) {
    const spec = this.meta.inputs[name];
    if (!spec) throw new Error(`internal: input '${name}' is not declared in actions/${this.meta.id}/action.yml`);
    return spec;
  }

  /** The trimmed value, the evaluated default when empty, '' when neither. Enforces `required`. */
  raw(name: string): string {
    const spec = this.spec(name);
    this.read.add(name);
    const value = this.value(name, spec);
    if (value === '' && spec.required) throw new InputError(name, `a value (${spec.description || 'required'})`, '');
    return value;
  }

  /** Whether the input has a value, its own or its default, without reading it (not in `read`, never an error). */
  hasValue(name: string): boolean {
    return this.value(name, this.spec(name)) !== '';
  }

  private value(name: string, spec: ReturnType<Inputs['spec']>): string {
    const value = (this.env[inputEnvName(name)] ?? '').trim();
    return value === '' && spec.default !== undefined ? evaluateDefault(spec.default, this.env).trim() : value;
  }

  /** Whether the user gave a value (not the default). */
  given(name: string): boolean {
    this.spec(name);
    return (this.env[inputEnvName(name)] ?? '').trim() !== '';
  }

  string(name: string): string {
    return this.raw(name);
  }

  optional(name: string): string | undefined {
    const v = this.raw(name);
    return v === '' ? undefined : v;
  }

  secret(name: string): string {
    const v = this.raw(name);
    if (v) this.secrets.push(v);
    return v;
  }

  boolean(name: string): boolean {
    const v = this.raw(name);
    if (v === '') return false;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    throw new InputError(name, "a boolean ('true' or 'false')", v);
  }

  integer(name: string, range: { min?: number; max?: number } = {}): number {
    const v = this.raw(name);
    const { min, max } = range;
    const expected = `an integer${min !== undefined ? ` >= ${min}` : ''}${max !== undefined ? `${min !== undefined ? ' and' : ''} <= ${max}` : ''}`;
    if (!/^[+-]?\d+$/.test(v)) throw new InputError(name, expected, v);
    const n = Number(v);
    if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
      throw new InputError(name, expected, v);
    }
    return n;
  }

  number(name: string, range: { min?: number; max?: number } = {}): number {
    const v = this.raw(name);
    const n = Number(v);
    if (v === '' || !Number.isFinite(n) || (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
      throw new InputError(name, `a number${range.min !== undefined ? ` >= ${range.min}` : ''}${range.max !== undefined ? ` <= ${range.max}` : ''}`, v);
    }
    return n;
  }

  choice<T extends string>(name: string, options: readonly T[]): T {
    const v = this.raw(name);
    if (!(options as readonly string[]).includes(v)) throw new InputError(name, `one of ${options.map((o) => `'${o}'`).join(', ')}`, v);
    return v as T;
  }

  /** A list: one item per line or comma-separated; blank lines and `#` comments ignored. */
  list(name: string): string[] {
    return splitList(this.raw(name));
  }

  /** A subset of allowed words. */
  subset<T extends string>(name: string, options: readonly T[]): T[] {
    const items = this.list(name);
    for (const it of items) {
      if (!(options as readonly string[]).includes(it)) {
        throw new InputError(name, `a list of ${options.map((o) => `'${o}'`).join(', ')}`, it);
      }
    }
    return items as T[];
  }

  /**
   * A YAML value (or undefined when empty). Syntax errors name the input and the line. The YAML library is
   * loaded by actionMain unless the action declared it reads no YAML input.
   */
  yaml(name: string, expected = 'YAML'): unknown {
    const v = this.raw(name);
    if (v === '') return undefined;
    const { parse } = yamlLib();
    try {
      return parse(v);
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new InputError(name, `${expected} (${msg})`);
    }
  }

  /**
   * A path, resolved against `base` (default the workspace). With `within`, it must stay inside that
   * directory (no `..` escape, no absolute path elsewhere).
   */
  path(name: string, options: { base?: string; within?: string | readonly string[]; stayInside?: string } = {}): string | undefined {
    const v = this.raw(name);
    if (v === '') return undefined;
    return resolveInside(name, v, options.base ?? this.env.GITHUB_WORKSPACE ?? process.cwd(), options.within, options.stayInside);
  }
}

export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/(^|\s)#.*$/, '').trim();
    if (!t) continue;
    for (const part of t.split(',')) {
      const p = part.trim();
      if (p) out.push(p);
    }
  }
  return out;
}

/**
 * `value` resolved against `base`. With `within` (one directory or several), it must lie inside one of them —
 * as written AND once symlinks are resolved (the deepest existing part through realpath), so a committed link
 * (`portage -> /etc`, `serial.log -> ~/.bashrc`) cannot carry a read or a write out. With `stayInside`, only a
 * path that lies inside that directory as written must stay inside it really (config-root may be /etc/portage,
 * but a workspace path must not lead out of the workspace).
 */
export function resolveInside(inputName: string, value: string, base: string, within?: string | readonly string[], stayInside?: string): string {
  const resolved = path.resolve(base, value);
  const roots = within === undefined ? [] : typeof within === 'string' ? [within] : within;
  const check = (rs: readonly string[], lexicalRequired: boolean) => {
    let c: ReturnType<typeof checkWithin>;
    try {
      c = checkWithin(resolved, rs);
    } catch (e) {
      if (e instanceof DanglingLinkError) throw new InputError(inputName, `a path without dangling symbolic links ('${e.link}' points nowhere)`, value);
      throw e;
    }
    const where = rs.map((r) => `'${path.resolve(r)}'`).join(' or ');
    if (!c.ok && c.why === 'outside' && lexicalRequired) throw new InputError(inputName, `a path inside ${where}`, value);
    if (!c.ok && c.why === 'escapes') throw new InputError(inputName, `a path inside ${where} (it is a link to '${c.real}')`, value);
  };
  if (roots.length) check(roots, true);
  if (stayInside !== undefined) check([stayInside], false);
  return resolved;
}

/**
 * `file` when it does not exist yet or lies inside `workspace` once symlinks are resolved: a pull request can
 * commit `Cargo.lock` (or a policy) as a link to any file on the runner, which a check of the path as written
 * (or a file found by searching upwards) does not see. `given` is the input's value, for the message.
 */
export function confinedFile(input: string, file: string, workspace: string, given: string): string {
  const at = realPathWithin(file, [realpathSync.native(workspace)]);
  if (at && !at.within) throw new InputError(input, 'a file inside the workspace (symlinks may not lead out of it)', given);
  return file;
}

/** `file` as messages show it: relative to `base` with `/` when inside it, else as it is. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * A test knob from the environment (never needed on a runner, e.g. a shorter retry backoff): a number >= 0,
 * or undefined when unset or not such a number.
 */
export function envKnob(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = Number(env[name]);
  return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : undefined;
}
