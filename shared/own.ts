/**
 * `table[key]` for a key that comes from outside (a spec file, a lockfile, a Manifest): only the table's own
 * entries, never what every object inherits — `table["valueOf"]` is Object.prototype.valueOf, and
 * `{"linker-flavor": "valueOf"}` once reached `f.split is not a function` that way.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
