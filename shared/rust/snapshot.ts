/**
 * The embedded snapshot of rustc's built-in targets (made by .ci/gen-target-snapshot.ts): the facts when no rustc
 * can answer. A module of its own so the planner's chunk does not carry its 200 KB; targets.ts loads it on demand.
 */
import type { TargetCatalog, TargetFacts, TargetSnapshotData } from './facts.js';
import { TARGET_SNAPSHOT_JSON } from './target-snapshot.js';

let snapshotCache: TargetCatalog | undefined;

/** The embedded snapshot, parsed once (each call gets its own copy of the target map and findings). */
export function snapshotCatalog(): TargetCatalog {
  if (snapshotCache) return cloneCatalog(snapshotCache);
  const snap = JSON.parse(TARGET_SNAPSHOT_JSON) as TargetSnapshotData;
  const targets = new Map<string, TargetFacts>();
  for (const [name, f] of Object.entries(snap.targets)) {
    targets.set(name, { target: name, ...f, rustupStd: snap.rustupStd ? snap.rustupStd[name] === true : null, installed: null });
  }
  snapshotCache = { source: 'snapshot', rustc: snap.rustc, targets, schema: snap.schema, sysroot: null, findings: [] };
  return cloneCatalog(snapshotCache);
}

function cloneCatalog(c: TargetCatalog): TargetCatalog {
  return { ...c, targets: new Map(c.targets), findings: [...c.findings] };
}
