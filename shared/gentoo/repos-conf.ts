/**
 * repos.conf: read (a file or a directory of files, INI as Python's configparser reads it for Portage),
 * compute effective priorities, check a declared precedence against them, and write one file per repo.
 *
 * The real priority model (DOMAIN.md §1): a HIGHER number wins; the main repo (`[DEFAULT] main-repo`,
 * normally gentoo) defaults to -1000, any other repo without `priority` to 0; equal priorities are ordered
 * by name (the later name wins). Priority only chooses between identical versions.
 *
 * Parsing is pure (`parseReposConf` takes texts); only `readReposConf` touches the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { ConfigurationError } from '../io.js';
import type { RepoConfig } from './types.js';
import { isValidRepoName } from './version.js';

export interface ReposConfSource {
  /** Path shown in findings. */
  file: string;
  text: string;
}

export interface KeyLocation {
  file: string;
  line: number;
}

export interface DroppedRepo {
  name: string;
  reason: string;
  file?: string;
  line?: number;
}

export interface ReposConf {
  /** `[DEFAULT] main-repo`; `gentoo` when not set (Portage's own repos.conf sets it). */
  mainRepo: string;
  mainRepoExplicit: boolean;
  /** Raw `[DEFAULT]` keys (inherited by every section, as configparser does). */
  defaults: Record<string, string>;
  /** Usable repositories, in the order their sections first appeared. */
  repos: RepoConfig[];
  /** Sections Portage would drop (missing location, invalid name, name ≠ profiles/repo_name). */
  dropped: DroppedRepo[];
  /** Where each key of each section was last set (for findings that point at `priority = 20`). */
  keyLocations: Record<string, Record<string, KeyLocation>>;
  findings: Finding[];
}

/** Keys Portage's repos.conf knows (sync-* keys of sync modules are accepted by prefix). */
const KNOWN_KEYS = new Set([
  'location', 'priority', 'masters', 'aliases', 'auto-sync', 'eclass-overrides', 'force', 'clone-depth',
  'strict-misc-digests', 'volatile', 'main-repo', 'user-location', 'module-specific-options',
]);
const DEFAULT_ONLY_KEYS = new Set(['main-repo']);

function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.has(key) || key.startsWith('sync-');
}

interface RawSection {
  name: string;
  file: string;
  line: number;
  values: Map<string, { value: string; file: string; line: number }>;
}

/** Parse repos.conf texts in order (later files override earlier ones per key, as Portage reads them). */
export function parseReposConf(sources: readonly ReposConfSource[], options: { repoNames?: Record<string, string | undefined> } = {}): ReposConf {
  const findings: Finding[] = [];
  const sections = new Map<string, RawSection>();

  for (const src of sources) {
    const seenInFile = new Set<string>();
    let current: RawSection | undefined;
    let lastKey: string | undefined;
    const lines = src.text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      const lineNo = i + 1;
      const at = { file: src.file, line: lineNo };
      if (/^\s*$/.test(raw)) {
        lastKey = undefined;
        continue;
      }
      if (/^\s*[#;]/.test(raw)) continue;
      // configparser: an indented line continues the previous value.
      if (/^\s/.test(raw) && current && lastKey) {
        const v = current.values.get(lastKey)!;
        v.value = v.value ? `${v.value}\n${raw.trim()}` : raw.trim();
        continue;
      }
      const sec = /^\[([^\]]*)\]\s*$/.exec(raw);
      if (sec) {
        const name = sec[1].trim();
        lastKey = undefined;
        if (seenInFile.has(name)) {
          findings.push(
            gentooFindings.make('repos-conf-duplicate-section', `Section [${name}] appears twice in ${src.file}; Portage refuses such a file.`, {
              ...at,
              hint: 'Merge the two sections into one.',
            }),
          );
        }
        seenInFile.add(name);
        current = sections.get(name);
        if (!current) {
          current = { name, file: src.file, line: lineNo, values: new Map() };
          sections.set(name, current);
        }
        continue;
      }
      const kv = splitKeyValue(raw.trim());
      if (!kv || /^\s/.test(raw)) {
        findings.push(
          gentooFindings.make('repos-conf-syntax', `Cannot read '${raw.trim()}': expected 'key = value' or a [section] header.`, at),
        );
        continue;
      }
      if (!current) {
        findings.push(
          gentooFindings.make('repos-conf-syntax', `'${raw.trim()}' comes before any [section] header.`, {
            ...at,
            hint: 'Put it under [DEFAULT] or a [repository] section.',
          }),
        );
        continue;
      }
      // configparser lower-cases option names.
      const key = kv[0].toLowerCase();
      current.values.set(key, { value: kv[1].trim(), file: src.file, line: lineNo });
      lastKey = key;
    }
  }

  const defaultsSection = sections.get('DEFAULT');
  const defaults: Record<string, string> = {};
  const keyLocations: Record<string, Record<string, KeyLocation>> = {};
  if (defaultsSection) {
    keyLocations.DEFAULT = {};
    for (const [k, v] of defaultsSection.values) {
      defaults[k] = v.value;
      keyLocations.DEFAULT[k] = { file: v.file, line: v.line };
      if (!isKnownKey(k)) findings.push(gentooFindings.make('repos-conf-unknown-key', `Unknown key '${k}' in [DEFAULT]; Portage ignores it.`, { file: v.file, line: v.line }));
    }
  }
  const mainRepoExplicit = defaults['main-repo'] !== undefined && defaults['main-repo'] !== '';
  const mainRepo = mainRepoExplicit ? defaults['main-repo'] : 'gentoo';

  const repos: RepoConfig[] = [];
  const dropped: DroppedRepo[] = [];
  for (const sec of sections.values()) {
    if (sec.name === 'DEFAULT') continue;
    const where = { file: sec.file, line: sec.line };
    // Section keys override [DEFAULT] keys (configparser inheritance).
    const values = new Map<string, { value: string; file: string; line: number }>();
    if (defaultsSection) for (const [k, v] of defaultsSection.values) if (!DEFAULT_ONLY_KEYS.has(k)) values.set(k, v);
    for (const [k, v] of sec.values) values.set(k, v);
    keyLocations[sec.name] = Object.fromEntries([...values].map(([k, v]) => [k, { file: v.file, line: v.line }]));

    if (!isValidRepoName(sec.name)) {
      dropped.push({ name: sec.name, reason: 'invalid repository name', ...where });
      findings.push(
        gentooFindings.make('repos-conf-invalid-name', `[${sec.name}] is not a valid repository name, so Portage drops it.`, {
          ...where,
          hint: 'Names use [A-Za-z0-9_-], do not start with - and do not end in -<version>.',
        }),
      );
      continue;
    }
    const loc = values.get('location');
    if (!loc || loc.value === '') {
      dropped.push({ name: sec.name, reason: 'no location', ...where });
      findings.push(
        gentooFindings.make('repos-conf-missing-location', `[${sec.name}] has no 'location', so Portage drops the repository.`, {
          ...where,
          hint: `Add 'location = /var/db/repos/${sec.name}'.`,
        }),
      );
      continue;
    }
    if (!loc.value.startsWith('/')) {
      findings.push(
        gentooFindings.make('repos-conf-relative-location', `[${sec.name}] location '${loc.value}' is not an absolute path.`, {
          file: loc.file,
          line: loc.line,
        }),
      );
    }
    const expectedName = options.repoNames?.[sec.name];
    if (options.repoNames && sec.name in options.repoNames && expectedName !== sec.name) {
      const reason = expectedName === undefined ? 'no profiles/repo_name' : `profiles/repo_name is '${expectedName}'`;
      dropped.push({ name: sec.name, reason, ...where });
      findings.push(
        gentooFindings.make('repos-conf-name-mismatch', `[${sec.name}] points at a repository whose ${reason}; Portage drops a repository whose section name differs from its repo_name.`, {
          ...where,
          hint: expectedName ? `Rename the section to [${expectedName}].` : `Create ${loc.value}/profiles/repo_name containing '${sec.name}'.`,
        }),
      );
      continue;
    }

    const repo: RepoConfig = { name: sec.name, location: loc.value, priority: 0, explicitPriority: false, extra: {}, file: sec.file, line: sec.line };
    for (const [k, v] of values) {
      const at = { file: v.file, line: v.line };
      switch (k) {
        case 'location':
          break;
        case 'priority': {
          if (/^[+-]?\d+$/.test(v.value) && !Number.isSafeInteger(Number(v.value))) {
            // Portage would take it; we cannot compare or write it back exactly.
            findings.push(
              gentooFindings.make('repos-conf-bad-priority', `[${sec.name}] priority '${v.value}' is too large; use a number between -9007199254740991 and 9007199254740991.`, at),
            );
          } else if (/^[+-]?\d+$/.test(v.value)) {
            repo.priority = Number.parseInt(v.value, 10);
            repo.explicitPriority = true;
          } else {
            findings.push(gentooFindings.make('repos-conf-bad-priority', `[${sec.name}] priority '${v.value}' is not an integer; Portage ignores it.`, at));
          }
          break;
        }
        case 'sync-type':
          repo.syncType = v.value;
          break;
        case 'sync-uri':
          repo.syncUri = v.value;
          break;
        case 'auto-sync':
          repo.autoSync = parseBool(v.value, true);
          break;
        case 'sync-depth':
        case 'clone-depth':
          if (/^\d+$/.test(v.value)) repo.syncDepth = Number.parseInt(v.value, 10);
          else findings.push(gentooFindings.make('repos-conf-bad-value', `[${sec.name}] ${k} '${v.value}' is not a non-negative integer.`, at));
          break;
        case 'masters':
          repo.masters = v.value.split(/\s+/).filter(Boolean);
          break;
        case 'sync-git-verify-commit-signature':
          repo.verifySignatures = parseBool(v.value, false);
          break;
        default:
          repo.extra[k] = v.value;
          if (!isKnownKey(k)) {
            findings.push(gentooFindings.make('repos-conf-unknown-key', `Unknown key '${k}' in [${sec.name}]; Portage ignores it.`, at));
          }
      }
    }
    if (!repo.explicitPriority) repo.priority = repo.name === mainRepo ? -1000 : 0;
    repos.push(repo);
  }

  if (mainRepoExplicit && !repos.some((r) => r.name === mainRepo)) {
    const at = keyLocations.DEFAULT?.['main-repo'];
    findings.push(
      gentooFindings.make('repos-conf-main-repo-missing', `main-repo = ${mainRepo}, but no usable [${mainRepo}] section exists.`, at ?? {}),
    );
  }
  return { mainRepo, mainRepoExplicit, defaults, repos, dropped, keyLocations, findings };
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * `key = value` / `key: value` split at the first `=` or `:`, as `/^([^=:]+?)\s*[=:]\s*(.*)$/` does, without that
 * expression's backtracking (a key-less line of 80,000 spaces took 4 s): undefined for no separator or an empty key,
 * and — as `.` stops at them — for a value (after its leading spaces) holding a line terminator.
 */
export function splitKeyValue(line: string): [key: string, value: string] | undefined {
  const eq = line.indexOf('=');
  const colon = line.indexOf(':');
  const sep = eq === -1 ? colon : colon === -1 ? eq : Math.min(eq, colon);
  if (sep <= 0) return undefined;
  // The lazy key keeps the whitespace before the separator out; it is at least one character.
  let keyEnd = sep;
  while (keyEnd > 1 && /\s/.test(line[keyEnd - 1]!)) keyEnd--;
  let valueStart = sep + 1;
  while (valueStart < line.length && /\s/.test(line[valueStart]!)) valueStart++;
  const value = line.slice(valueStart);
  if (LINE_TERMINATOR.test(value)) return undefined;
  return [line.slice(0, keyEnd), value];
}

function parseBool(v: string, fallback: boolean): boolean {
  const s = v.toLowerCase();
  if (['yes', 'true', '1', 'on'].includes(s)) return true;
  if (['no', 'false', '0', 'off'].includes(s)) return false;
  return fallback;
}

/**
 * Read a repos.conf file or directory. Directory entries are read recursively in name order, skipping
 * hidden files and editor backups (`~`), as Portage does.
 */
export async function readReposConf(path: string, options: { repoNames?: Record<string, string | undefined> } = {}): Promise<ReposConf> {
  const sources: ReposConfSource[] = [];
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p);
    if (s.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.') && !n.endsWith('~')).sort();
      for (const n of names) await walk(join(p, n));
    } else {
      sources.push({ file: p, text: await readFile(p, 'utf8') });
    }
  };
  await walk(path);
  return parseReposConf(sources, options);
}

/** Portage's order: ascending (priority, name). The last entry wins ties between identical versions. */
export function portageOrder<T extends { name: string; priority: number }>(repos: readonly T[]): T[] {
  return [...repos].sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether `a` beats `b` on a tie between identical versions. */
export function winsTie(a: { name: string; priority: number }, b: { name: string; priority: number }): boolean {
  return a.priority > b.priority || (a.priority === b.priority && a.name > b.name);
}

const PRECEDENCE_FORM = "Expected repository names separated by '>', highest first, e.g. 'regicide-rust > guru > gentoo'.";

/** `regicide-rust > guru > gentoo` → `['regicide-rust', 'guru', 'gentoo']` (highest first). */
export function parsePrecedence(text: string): string[] {
  const t = text.trim();
  const bad = (why: string) => new ConfigurationError(`Invalid precedence '${text}': ${why} ${PRECEDENCE_FORM}`);
  if (t === '') throw bad('it is empty.');
  if (t.includes('<')) throw bad("'<' is not accepted; write the highest-precedence repository first, with '>'.");
  const names = t.split('>').map((s) => s.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n === '') throw bad("a name is missing between '>' separators.");
    if (/[,;|]/.test(n)) throw bad(`'${n}' uses '${/[,;|]/.exec(n)![0]}' as a separator.`);
    if (/\s/.test(n)) throw bad(`'${n}' contains spaces; separate names with '>'.`);
    if (!isValidRepoName(n)) throw bad(`'${n}' is not a valid repository name.`);
    if (seen.has(n)) throw bad(`'${n}' appears twice.`);
    seen.add(n);
  }
  return names;
}

/**
 * Priorities that express a precedence (highest first) under the real rule. Scheme: counting from the lowest
 * repository upwards, the k-th gets `step * k` (50, 100, 150, ...). When the lowest is the main repo, it keeps
 * its default -1000 and is not counted, so `['regicide-rust', 'guru', 'gentoo']` → regicide-rust 100,
 * guru 50, gentoo -1000. Gaps of `step` leave room for repos added later.
 */
export function prioritiesFromPrecedence(order: readonly string[], options: { mainRepo?: string; step?: number } = {}): Record<string, number> {
  const mainRepo = options.mainRepo ?? 'gentoo';
  const step = options.step ?? 50;
  const out: Record<string, number> = {};
  const lowestFirst = [...order].reverse();
  let k = 0;
  lowestFirst.forEach((name, i) => {
    if (i === 0 && name === mainRepo) out[name] = -1000;
    else out[name] = step * ++k;
  });
  return out;
}

/** Return repos with the priorities from `prioritiesFromPrecedence` applied (the main repo at -1000 stays implicit). */
export function applyPrecedence(repos: readonly RepoConfig[], order: readonly string[], mainRepo = 'gentoo'): RepoConfig[] {
  const prios = prioritiesFromPrecedence(order, { mainRepo });
  return repos.map((r) => {
    if (!(r.name in prios)) return r;
    const p = prios[r.name];
    return { ...r, priority: p, explicitPriority: !(r.name === mainRepo && p === -1000) };
  });
}

/** Up to this many repositories, a precedence is quoted whole and the hint gives every repository's priority. */
const PRECEDENCE_QUOTED = 12;
/** Further repositories a finding names besides its own pair. */
const ALSO_NAMED = 5;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a, b, c, d, e and 3 more`: at most ALSO_NAMED names. */
function someNames(names: readonly string[], total: number): string {
  const shown = names.slice(0, ALSO_NAMED).join(', ');
  return total > ALSO_NAMED ? `${shown} and ${total - ALSO_NAMED} more` : shown;
}

/**
 * Findings where configured priorities contradict a declared precedence (highest first): one error per repository
 * that wins ties against repositories declared above it, pointing at its `priority` line, and one notice per
 * repository whose place holds only by name. Each names the highest-declared such repository as the pair it is
 * about, and a few of the others (one finding per violated pair, each with a hint naming every repository, was
 * 80,000 findings and 400 MB of report for 400 repositories).
 */
export function checkPrecedence(
  repos: readonly RepoConfig[],
  order: readonly string[],
  options: { mainRepo?: string; keyLocations?: ReposConf['keyLocations']; file?: string } = {},
): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map(repos.map((r) => [r.name, r]));
  const quoted = order.length <= PRECEDENCE_QUOTED;
  const declared = quoted ? order.join(' > ') : `${order.slice(0, 3).join(' > ')} > … > ${order[order.length - 1]} (${order.length} repositories)`;
  for (const n of order) {
    if (!byName.has(n)) {
      findings.push(
        gentooFindings.make('precedence-unknown-repo', `The precedence '${declared}' names '${n}', which is not configured.`, options.file ? { file: options.file } : {}),
      );
    }
  }
  const suggestion = prioritiesFromPrecedence(order, { mainRepo: options.mainRepo });
  const allHint = `In repos.conf a HIGHER priority wins (main repo -1000, others 0); to express '${declared}' use ${order
    .map((n) => `${n} = ${suggestion[n]}`)
    .join(', ')}. Priority only decides between identical versions.`;
  // With many repositories each hint gives the priorities of the two it is about, and the rule for the rest.
  const hint = (a: string, b: string) =>
    quoted
      ? allHint
      : `In repos.conf a HIGHER priority wins (main repo -1000, others 0); to express '${declared}' use ${a} = ${suggestion[a]}, ${b} = ${suggestion[b]} (the lowest repository 50 and each higher one 50 more; a main repository at the bottom keeps -1000). Priority only decides between identical versions.`;
  const at = (r: RepoConfig) => {
    const loc = options.keyLocations?.[r.name]?.priority;
    if (loc) return { file: loc.file, line: loc.line };
    return r.file !== undefined ? { file: r.file, ...(r.line !== undefined ? { line: r.line } : {}) } : {};
  };
  const desc = (r: RepoConfig) => (r.explicitPriority ? `priority = ${r.priority}` : `default priority ${r.priority}`);
  // Per repository (declared at j), the repositories declared above it that it wins ties against, and those it
  // loses to only by name: the first of each and a few more names. Findings in the order of their pairs (i, j).
  const found: { i: number; j: number; finding: Finding }[] = [];
  const declaredRepos = order.map((n) => byName.get(n));
  for (let j = 0; j < order.length; j++) {
    const lo = declaredRepos[j];
    if (!lo) continue;
    const inverted = { first: -1, count: 0, names: [] as string[] };
    const byNameOnly = { first: -1, count: 0, names: [] as string[] };
    for (let i = 0; i < j; i++) {
      const hi = declaredRepos[i];
      if (!hi || hi.priority > lo.priority) continue;
      const list = hi.priority === lo.priority && hi.name > lo.name ? byNameOnly : inverted;
      if (list.first === -1) list.first = i;
      else if (list.names.length < ALSO_NAMED) list.names.push(hi.name);
      list.count++;
    }
    if (inverted.first !== -1) {
      const hi = byName.get(order[inverted.first])!;
      const also =
        inverted.count > 1
          ? ` [${lo.name}] also wins ties against ${plural(inverted.count - 1, 'more repository', 'more repositories')} declared above it: ${someNames(inverted.names, inverted.count - 1)}.`
          : '';
      const finding =
        hi.priority < lo.priority
          ? gentooFindings.make(
              'priority-inverted',
              `[${lo.name}] ${desc(lo)} is higher than [${hi.name}] ${desc(hi)}, so ${lo.name} wins ties between identical versions: the opposite of the declared precedence '${hi.name} > ${lo.name}'. A higher priority wins.${also}`,
              { ...at(lo), hint: hint(hi.name, lo.name) },
            )
          : gentooFindings.make(
              'priority-inverted',
              `[${hi.name}] and [${lo.name}] share priority ${hi.priority}, so the name that sorts later ('${lo.name}') wins ties: the opposite of the declared precedence '${hi.name} > ${lo.name}'.${also}`,
              { ...at(hi), hint: hint(hi.name, lo.name) },
            );
      found.push({ i: inverted.first, j, finding });
    }
    if (byNameOnly.first !== -1) {
      const hi = byName.get(order[byNameOnly.first])!;
      const also =
        byNameOnly.count > 1
          ? ` The same holds for ${plural(byNameOnly.count - 1, 'more repository', 'more repositories')} declared above [${lo.name}]: ${someNames(byNameOnly.names, byNameOnly.count - 1)}.`
          : '';
      found.push({
        i: byNameOnly.first,
        j,
        finding: gentooFindings.make(
          'priority-tie-by-name',
          `[${hi.name}] and [${lo.name}] share priority ${hi.priority}; '${hi.name} > ${lo.name}' holds only because '${hi.name}' sorts after '${lo.name}'.${also}`,
          { ...at(hi), hint: hint(hi.name, lo.name) },
        ),
      });
    }
  }
  found.sort((a, b) => a.i - b.i || a.j - b.j);
  for (const f of found) findings.push(f.finding);
  return findings;
}

const KEY_ORDER = ['location', 'masters', 'priority', 'auto-sync', 'sync-type', 'sync-uri', 'sync-depth', 'sync-git-verify-commit-signature'];

/**
 * One file per repository (`<name>.conf`) plus `DEFAULT.conf` with main-repo. Deterministic: fixed key
 * order, extra keys sorted; `priority` written only when explicit.
 */
export function writeReposConf(repos: readonly RepoConfig[], options: { mainRepo?: string } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const mainRepo = options.mainRepo ?? 'gentoo';
  out['DEFAULT.conf'] = `[DEFAULT]\nmain-repo = ${mainRepo}\n`;
  for (const r of [...repos].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!isValidRepoName(r.name)) throw new ConfigurationError(`Cannot write repos.conf for invalid repository name '${r.name}'.`);
    const kv: Record<string, string> = {};
    if (r.location !== undefined) kv.location = r.location;
    if (r.masters?.length) kv.masters = r.masters.join(' ');
    if (r.explicitPriority) kv.priority = String(r.priority);
    if (r.autoSync !== undefined) kv['auto-sync'] = r.autoSync ? 'yes' : 'no';
    if (r.syncType !== undefined) kv['sync-type'] = r.syncType;
    if (r.syncUri !== undefined) kv['sync-uri'] = r.syncUri;
    if (r.syncDepth !== undefined) kv['sync-depth'] = String(r.syncDepth);
    if (r.verifySignatures !== undefined) kv['sync-git-verify-commit-signature'] = r.verifySignatures ? 'yes' : 'no';
    for (const k of Object.keys(r.extra).sort()) if (!(k in kv)) kv[k] = r.extra[k];
    const keys = [...KEY_ORDER.filter((k) => k in kv), ...Object.keys(kv).filter((k) => !KEY_ORDER.includes(k))];
    for (const [k, v] of Object.entries(kv)) {
      if (/[\r\n]/.test(v)) throw new ConfigurationError(`Value of '${k}' for [${r.name}] contains a line break.`);
    }
    out[`${r.name}.conf`] = `[${r.name}]\n${keys.map((k) => `${k} = ${kv[k]}`).join('\n')}\n`;
  }
  return out;
}
