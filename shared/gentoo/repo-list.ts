/**
 * The YAML list of repositories that setup-overlay (`repositories`) and sync-guru (`upstreams`) take:
 * `{name, uri | path, ref?, subdir?, priority?}`. One validator, so both inputs accept and refuse the same
 * things; errors name the input and lead with the item's actual problem.
 */
import path from 'node:path';
import { InputError } from '../io.js';
import { isValidRepoName } from './version.js';

export interface RepoListItem {
  name: string;
  /** Cloned; kept verbatim (may carry credentials: see redactUri). */
  uri?: string;
  /** Used in place (absolute after reading). */
  path?: string;
  ref?: string;
  /** Relative path of the overlay inside the checkout (only where `allowSubdir`). */
  subdir?: string;
  priority?: number;
}

export interface RepoListOptions {
  /** The input's name, e.g. 'repositories'. */
  input: string;
  /** The expected form shown when the value is not a list. */
  form: string;
  /** Paths resolve against it. */
  workspace: string;
  allowSubdir: boolean;
  /** What an item is called in messages ('repository', 'upstream'). */
  noun: string;
}

export function parseRepoList(value: unknown, opts: RepoListOptions): RepoListItem[] {
  const keys = ['name', 'uri', 'path', 'ref', ...(opts.allowSubdir ? ['subdir'] : []), 'priority'];
  const mapping = `{${['name', 'uri | path', 'ref?', ...(opts.allowSubdir ? ['subdir?'] : []), 'priority?'].join(', ')}}`;
  // The specific problem first, then which item: the whole form is in the action's README.
  const bad = (expected: string, got?: string) => new InputError(opts.input, expected, got);
  if (!Array.isArray(value)) throw bad(opts.form, typeof value === 'string' ? value : JSON.stringify(value));
  if (value.length === 0) throw bad(`at least one ${opts.noun}: ${opts.form}`, '[]');
  const out: RepoListItem[] = [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw bad(`${at} to be a mapping ${mapping}`, JSON.stringify(item));
    const o = item as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!keys.includes(k)) throw bad(`only the keys ${keys.join(', ')} in ${at} (unknown key '${k}')`, k);
    const str = (k: string): string | undefined => {
      const v = o[k];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') throw bad(`'${k}' to be a string in ${at}`, JSON.stringify(v));
      const s = String(v).trim();
      return s === '' ? undefined : s;
    };
    const name = str('name');
    if (!name) throw bad(`a name in ${at}`, JSON.stringify(item));
    // The name becomes a directory and a repos.conf section: nothing that could escape.
    if (!/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name) || !isValidRepoName(name)) {
      throw bad(`a name in ${at} that matches [A-Za-z0-9_][A-Za-z0-9_-]* and does not end in -<version>`, name);
    }
    if (seen.has(name)) throw bad(`each name once, but ${at} repeats '${name}'`, name);
    seen.add(name);
    const uri = str('uri');
    const p = str('path');
    if ((uri === undefined) === (p === undefined)) throw bad(`exactly one of 'uri' or 'path' in ${at} ('${name}')`, uri !== undefined ? 'both' : 'neither');
    if (uri !== undefined && uri.startsWith('-')) throw bad(`a uri that does not start with '-' in ${at}`, uri);
    const ref = str('ref');
    if (ref !== undefined && p !== undefined) throw bad(`'ref' only on a 'uri' ${opts.noun}, but ${at} ('${name}') has a 'path'`, ref);
    if (ref !== undefined && (ref.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(ref))) throw bad(`a branch, tag or commit as 'ref' in ${at}`, ref);
    const subdir = str('subdir');
    if (subdir !== undefined) {
      const norm = path.posix.normalize(subdir.replace(/\\/g, '/'));
      if (path.isAbsolute(subdir) || norm === '..' || norm.startsWith('../') || subdir.split(/[\\/]/).includes('..')) {
        throw bad(`a 'subdir' in ${at} that is a relative path inside the repository, without '..'`, subdir);
      }
    }
    let priority: number | undefined;
    if (o.priority !== undefined && o.priority !== null) {
      // Only a number or a string is a priority; JSON.stringify shows anything else without calling its methods.
      const v = typeof o.priority === 'number' || typeof o.priority === 'string' ? String(o.priority).trim() : JSON.stringify(o.priority) ?? typeof o.priority;
      if (!/^[+-]?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw bad(`an integer 'priority' in ${at}, e.g. 100 (a higher number wins)`, v);
      priority = Number(v);
    }
    const r: RepoListItem = { name };
    if (uri !== undefined) r.uri = uri;
    if (p !== undefined) r.path = path.resolve(opts.workspace, p);
    if (ref !== undefined) r.ref = ref;
    if (subdir !== undefined) r.subdir = path.posix.normalize(subdir.replace(/\\/g, '/')).replace(/\/$/, '');
    if (priority !== undefined) r.priority = priority;
    out.push(r);
  });
  return out;
}

/** A uri as it may be shown, and the credentials it carried: one function for every action (shared/redact.ts). */
export { redactUri } from '../redact.js';
