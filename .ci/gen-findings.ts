// docs/findings.md from the domain catalogues (shared/*/findings.ts). `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFindingsMarkdown } from '../shared/findings-docs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'docs', 'findings.md');
const text = renderFindingsMarkdown(root);
if (process.argv.includes('--check')) {
  let was = '';
  try {
    was = readFileSync(file, 'utf8');
  } catch {}
  if (was !== text) {
    console.error('docs/findings.md is stale: run `npm run gen`');
    process.exitCode = 1;
  } else console.log('docs/findings.md is up to date');
} else {
  writeFileSync(file, text);
  console.log(`wrote docs/findings.md`);
}
