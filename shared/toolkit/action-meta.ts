/**
 * An action's metadata (action.yml): the declared inputs with their defaults, and the declared outputs.
 * The toolkit reads inputs against it, so a typo'd or undeclared input is an internal error, not a silent ''.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaml, yamlLib } from '../yaml.js';

export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  /** The default as written in action.yml (may contain `${{ … }}` expressions). */
  default?: string;
}

export interface ActionMeta {
  /** Folder name under actions/, e.g. `setup-overlay`. */
  id: string;
  name: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main?: string };
}

/** action.yml's text parsed (the YAML library must be loaded: loadYaml()). */
export function parseActionMeta(id: string, text: string): ActionMeta {
  return metaFromDocument(id, yamlLib().parse(text));
}

/** The metadata from action.yml's parsed document (`yaml`'s `parse`, or the build's copy of it). */
export function metaFromDocument(id: string, parsed: unknown): ActionMeta {
  const doc = (parsed ?? {}) as Record<string, unknown>;
  const inputs: Record<string, InputSpec> = {};
  const rawInputs = (doc.inputs ?? {}) as Record<string, Record<string, unknown> | null>;
  for (const [name, spec] of Object.entries(rawInputs)) {
    const s = spec ?? {};
    const def = s.default;
    inputs[name] = {
      name,
      description: String(s.description ?? ''),
      required: s.required === true || s.required === 'true',
      ...(def === undefined || def === null ? {} : { default: String(def) }),
    };
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, spec] of Object.entries((doc.outputs ?? {}) as Record<string, Record<string, unknown> | null>)) {
    outputs[name] = { description: String(spec?.description ?? '') };
  }
  const runs = (doc.runs ?? {}) as Record<string, unknown>;
  return {
    id,
    name: String(doc.name ?? id),
    description: String(doc.description ?? ''),
    inputs,
    outputs,
    runs: { using: String(runs.using ?? ''), ...(runs.main ? { main: String(runs.main) } : {}) },
  };
}

/**
 * The repository root of a running bundle: `dist/<name>/index.js` -> two levels up. `RDA_ROOT` overrides
 * (used by unit tests that do not run from a bundle).
 */
export function repoRoot(env: NodeJS.ProcessEnv = process.env, script = process.argv[1] ?? ''): string {
  if (env.RDA_ROOT) return path.resolve(env.RDA_ROOT);
  return path.resolve(path.dirname(script), '..', '..');
}

/**
 * action.yml as the running bundle sees it. The build writes `dist/<id>/action.json` (the text it parsed and
 * `yaml`'s document of it), which spares every start the YAML parse (a fifth of a bundle's cold start); it is
 * used only while its text is the action.yml on disk, so an edited action.yml is always read afresh.
 */
export function loadActionMeta(id: string, root = repoRoot()): ActionMeta {
  const text = readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8');
  const built = readBuiltMeta(path.join(root, 'dist', id, ACTION_JSON));
  return built?.source === text ? metaFromDocument(id, built.document) : parseActionMeta(id, text);
}

/** loadActionMeta, loading the YAML library first only when action.yml has to be parsed here. */
export async function readActionMeta(id: string, root = repoRoot()): Promise<ActionMeta> {
  const text = readFileSync(path.join(root, 'actions', id, 'action.yml'), 'utf8');
  const built = readBuiltMeta(path.join(root, 'dist', id, ACTION_JSON));
  if (built?.source === text) return metaFromDocument(id, built.document);
  await loadYaml();
  return parseActionMeta(id, text);
}

/** The file the build writes beside each action's bundle (see loadActionMeta). */
export const ACTION_JSON = 'action.json';

function readBuiltMeta(file: string): { source: string; document: unknown } | undefined {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as { source?: unknown; document?: unknown };
    return typeof v.source === 'string' ? { source: v.source, document: v.document } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The actions this repository holds: every `actions/<id>/` with an action.yml, sorted. The umbrella, the CLI
 * and the build find them here, so a new action needs no list edited outside its own folder.
 */
export function actionIds(root = repoRoot()): string[] {
  const dir = path.join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}
