/** profiles/repo_name and profiles/categories. */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { isValidCategoryName, isValidRepoName } from './version.js';

/** First line of profiles/repo_name; undefined name when unusable. */
export function parseRepoName(text: string, file?: string): { name?: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const first = (text.split('\n')[0] ?? '').replace(/\r$/, '');
  const name = first.trim();
  if (name === '') {
    findings.push(gentooFindings.make('repo-name-empty', 'profiles/repo_name is empty: Portage cannot name this repository', { file, line: 1 }));
    return { findings };
  }
  if (name !== first) {
    findings.push(gentooFindings.make('repo-name-whitespace', 'profiles/repo_name has surrounding whitespace', { file, line: 1 }));
  }
  if (!isValidRepoName(name)) {
    findings.push(
      gentooFindings.make('repo-name-invalid', `"${name}" is not a valid repository name`, {
        file, line: 1, hint: 'Use [A-Za-z0-9_-], not starting with "-" and not ending in "-<version>".',
      }),
    );
    return { findings };
  }
  return { name, findings };
}

export interface CategoryEntry {
  name: string;
  line: number;
}

/** profiles/categories: one category per line, `#` comments. */
export function parseCategories(text: string, file?: string): { categories: CategoryEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const categories: CategoryEntry[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((rawLine, idx) => {
    const line = idx + 1;
    const l = rawLine.replace(/#.*$/, '').trim();
    if (l === '') return;
    if (!isValidCategoryName(l) || /\s/.test(l)) {
      findings.push(gentooFindings.make('category-invalid', `"${l}" is not a valid category name`, { file, line }));
      return;
    }
    const prev = seen.get(l);
    if (prev !== undefined) {
      findings.push(gentooFindings.make('category-duplicate', `category "${l}" is listed again (first at line ${prev})`, { file, line }));
      return;
    }
    seen.set(l, line);
    categories.push({ name: l, line });
  });
  return { categories, findings };
}
