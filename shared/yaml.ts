/**
 * The YAML library, loaded on first need: 300 KB of code that a run reading no YAML (build-target-matrix with
 * a plain list of targets, every action whose action.yml the build already parsed) never has to compile.
 * `loadYaml()` once, then `yamlLib()` synchronously where a parser needs it.
 */
import type * as YamlModule from 'yaml';

let lib: typeof YamlModule | undefined;

export async function loadYaml(): Promise<typeof YamlModule> {
  return (lib ??= await import('yaml'));
}

/** The library loaded by loadYaml(); calling this first is a bug (an internal error, not a user's). */
export function yamlLib(): typeof YamlModule {
  if (!lib) throw new Error('internal: the YAML library is used before loadYaml() loaded it');
  return lib;
}

/** Whether loadYaml() has loaded the library in this process (a run's trace records it: RDA_TRACE_FILE). */
export function yamlLoaded(): boolean {
  return lib !== undefined;
}
