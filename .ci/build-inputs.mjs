// What the bundles are built from (sources, and each action.yml: dist/<id>/action.json is its parse): one line
// per input file with its sha256. `npm run build` writes it to
// dist/build-inputs.sha256, so the test suite can tell cheaply (without rebuilding) that dist/ is stale and
// name the source that changed; `.ci/run` still rebuilds once and compares bytes (`node .ci/build.mjs --check`).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function buildInputs() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', 'shared', 'actions', 'package-lock.json', 'tsconfig.json', '.ci/build.mjs'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && (/\.(ts|mts|js|mjs|json)$/.test(f) || /^actions\/[^/]+\/action\.yml$/.test(f)) && existsSync(path.join(root, f)))
    .sort();
  return files.map((f) => `${createHash('sha256').update(readFileSync(path.join(root, f))).digest('hex')}  ${f}`).join('\n') + '\n';
}
