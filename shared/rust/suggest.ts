/**
 * "Did you mean …?" for the rust domain: the names a misspelt target, option key, arch or spec field was
 * probably meant to be. Pure; the callers word the hints.
 */

/** Levenshtein distance (insertions, deletions, substitutions, each 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A typo of `known`: at most two single-character edits. */
export function closeEnough(known: string, k: string): boolean {
  // The distance is at least the length difference: skip the table when that alone is too far.
  if (Math.abs(known.length - k.length) > 2) return false;
  return editDistance(known, k) <= 2;
}

/**
 * The candidate with the smallest edit distance to `name` (the first of equals) within `max`, or undefined when
 * none. A candidate whose length alone puts it past `max`, or past the best so far, is not measured: the
 * distance is at least the length difference (a 256 KiB key measured against 120 names took 75 s).
 */
export function closestByEdit(name: string, candidates: readonly string[], max = Infinity): { name: string; distance: number } | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const c of candidates) {
    const apart = Math.abs(c.length - name.length);
    if (apart > max || (best && apart >= best.distance)) continue;
    const distance = editDistance(c, name);
    if (distance > max) continue;
    if (!best || distance < best.distance) best = { name: c, distance };
  }
  return best;
}

/**
 * Up to three built-in names closest to a misspelt triple: same arch (the part before the first '-'), ranked by
 * shared prefix and suffix; a triple cut short (`…-musl` for `…-musleabihf`) ranks first.
 */
export function nearestTargets(name: string, names: Iterable<string>): string[] {
  const arch = name.split('-')[0];
  const scored: Array<[string, number]> = [];
  for (const n of names) {
    if (n.split('-')[0] !== arch) continue;
    if (n.startsWith(name)) {
      scored.push([n, n.length - name.length - 100]);
      continue;
    }
    let p = 0;
    while (p < n.length && p < name.length && n[p] === name[p]) p++;
    let s = 0;
    while (s < n.length - p && s < name.length - p && n[n.length - 1 - s] === name[name.length - 1 - s]) s++;
    const score = Math.max(n.length, name.length) - p - s;
    if (score <= 6) scored.push([n, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  // A triple cut short is surely one of its completions: suggest only those then.
  const cut = scored.filter(([, score]) => score < 0);
  if (cut.length > 0) return cut.slice(0, 3).map(([n]) => n);
  // Otherwise only the best-scoring ones: a second guess further off is noise.
  return scored.filter(([, score]) => score === scored[0]![1]).slice(0, 3).map(([n]) => n);
}
