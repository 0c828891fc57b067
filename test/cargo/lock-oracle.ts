/**
 * An independent reading of Cargo.lock written from cargo's own decoder rules (src/cargo/core/resolver/
 * encode.rs, SourceId and CanonicalUrl), to check shared/cargo/lockfile.ts and diff.ts against on real lock
 * pairs. The reading shares no code with them (smol-toml for the file, WHATWG URL / URLSearchParams for
 * sources); {@link disagreements} then compares the two.
 * - a package is (name, version, SourceId): kind + canonical URL (+ git reference, query decoded), and for
 *   comparing two locks the git commit;
 * - a dependency string `name [version [(source)]]` is looked up by name, then version (absent: the name's
 *   only version), then source by SourceId (absent: the one path package, else the only candidate).
 */
import { parse } from 'smol-toml';
import { parseLockfile, type LockPackage } from '../../shared/cargo/lockfile.js';
import { diffLocks } from '../../shared/cargo/diff.js';

export interface OraclePackage {
  name: string;
  version: string;
  source?: string;
  /** SourceId identity without the git commit (what dependency strings are matched by). */
  sourceId: string;
  /** Identity across two locks: name, version, sourceId and git commit. */
  key: string;
  deps: string[];
}

function canonical(url: string, plusScheme: boolean): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  let scheme = u.protocol;
  let path = u.pathname.replace(/(.)\/$/, '$1');
  if (!plusScheme) {
    if (u.hostname === 'github.com') {
      scheme = 'https:';
      path = path.toLowerCase();
    }
    path = path.replace(/\.git$/, '');
  }
  return `${scheme}//${u.username ? `${u.username}@` : ''}${u.host}${path}`;
}

export function oracleSourceId(source: string | undefined): { id: string; precise: string } {
  if (source === undefined) return { id: 'path', precise: '' };
  const plus = source.indexOf('+');
  const kind = source.slice(0, plus);
  const rest = source.slice(plus + 1);
  if (kind !== 'git') return { id: `${kind} ${canonical(kind === 'sparse' ? source : rest, kind === 'sparse')}`, precise: '' };
  const hash = rest.indexOf('#');
  const noFragment = hash < 0 ? rest : rest.slice(0, hash);
  const q = noFragment.indexOf('?');
  let reference = 'default';
  if (q >= 0) {
    for (const [k, v] of new URLSearchParams(noFragment.slice(q + 1))) {
      if (k === 'branch' || k === 'ref') reference = `branch ${v}`;
      else if (k === 'tag' || k === 'rev') reference = `${k} ${v}`;
    }
  }
  return { id: `git ${canonical(q < 0 ? noFragment : noFragment.slice(0, q), false)} ${reference}`, precise: hash < 0 ? '' : rest.slice(hash + 1) };
}

export interface OracleLock {
  packages: OraclePackage[];
  /** Dependency strings that name no package or several. */
  unresolved: string[];
}

export function oracleRead(text: string): OracleLock {
  const doc = parse(text) as { package?: Record<string, unknown>[]; root?: Record<string, unknown> };
  const raw = [...(doc.root ? [doc.root] : []), ...(doc.package ?? [])];
  const pkgs = raw.map((p) => {
    const source = p['source'] as string | undefined;
    const { id, precise } = oracleSourceId(source);
    const name = p['name'] as string;
    const version = p['version'] as string;
    return { pkg: { name, version, ...(source !== undefined ? { source } : {}), sourceId: id, key: `${name} ${version} ${id} ${precise}`, deps: [] as string[] }, rawDeps: (p['dependencies'] as string[] | undefined) ?? [] };
  });
  const byName = new Map<string, OraclePackage[]>();
  for (const { pkg } of pkgs) byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), pkg]);
  const unresolved: string[] = [];
  const lookup = (dep: string): OraclePackage | undefined => {
    const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(dep);
    if (!m) return undefined;
    const [, name, version, source] = m;
    let cands = byName.get(name!) ?? [];
    if (version !== undefined) cands = cands.filter((p) => p.version === version);
    else if (new Set(cands.map((p) => p.version)).size !== 1) return undefined;
    if (source !== undefined) {
      const id = oracleSourceId(source).id;
      const hits = cands.filter((p) => p.sourceId === id);
      return hits.length === 1 ? hits[0] : undefined;
    }
    const paths = cands.filter((p) => p.source === undefined);
    if (paths.length) return paths.length === 1 ? paths[0] : undefined;
    return cands.length === 1 ? cands[0] : undefined;
  };
  for (const { pkg, rawDeps } of pkgs) {
    for (const d of rawDeps) {
      const hit = lookup(d);
      if (hit) pkg.deps.push(hit.key);
      else unresolved.push(`${pkg.name} -> ${d}`);
    }
  }
  return { packages: pkgs.map((p) => p.pkg), unresolved };
}

/** Package keys only in `base` and only in `head`. */
export function oracleDiff(base: OracleLock, head: OracleLock): { gone: string[]; came: string[] } {
  const b = new Set(base.packages.map((p) => p.key));
  const h = new Set(head.packages.map((p) => p.key));
  return { gone: [...b].filter((k) => !h.has(k)).sort(), came: [...h].filter((k) => !b.has(k)).sort() };
}

/**
 * Where ours and the oracle disagree on a lock pair: the packages each side sees go and come, every head
 * package's resolved dependencies, and the number of unresolvable dependency strings. Empty when they agree.
 */
export function disagreements(baseText: string, headText: string): string[] {
  const out: string[] = [];
  const ob = oracleRead(baseText);
  const oh = oracleRead(headText);
  const rb = parseLockfile(baseText);
  const rh = parseLockfile(headText);
  if (!rb.ok || !rh.ok) return [`ours refused a lock: ${(!rb.ok ? rb.error : !rh.ok ? rh.error : undefined)?.message}`];
  const keyOf = (p: LockPackage) => {
    const { id, precise } = oracleSourceId(p.source);
    return `${p.name} ${p.version} ${id} ${precise}`;
  };
  const d = diffLocks(rb.lock, rh.lock);
  const gone = [...d.removed, ...d.updated.map((u) => u.from), ...d.workspace.removed, ...d.workspace.changed.map((u) => u.from)].map(keyOf).sort();
  const came = [...d.added, ...d.updated.map((u) => u.to), ...d.workspace.added, ...d.workspace.changed.map((u) => u.to)].map(keyOf).sort();
  const want = oracleDiff(ob, oh);
  if (JSON.stringify(gone) !== JSON.stringify(want.gone)) out.push(`gone: ours ${JSON.stringify(gone)} oracle ${JSON.stringify(want.gone)}`);
  if (JSON.stringify(came) !== JSON.stringify(want.came)) out.push(`came: ours ${JSON.stringify(came)} oracle ${JSON.stringify(want.came)}`);
  for (const [lock, oracle, side] of [[rb.lock, ob, 'base'], [rh.lock, oh, 'head']] as const) {
    const oracleDeps = new Map(oracle.packages.map((p) => [p.key, [...p.deps].sort()]));
    for (const p of lock.packages) {
      const ours = p.dependencies.map((id) => keyOf(lock.byId.get(id)!)).sort();
      const theirs = oracleDeps.get(keyOf(p)) ?? [];
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) out.push(`${side} ${p.id} dependencies: ours ${ours.length}, oracle ${theirs.length}`);
    }
    const unresolved = lock.findings.filter((f) => f.code === 'lock-unresolved-dependency').length;
    if (unresolved !== oracle.unresolved.length) out.push(`${side}: ${unresolved} unresolved dependencies, oracle ${oracle.unresolved.length}`);
  }
  return out;
}
