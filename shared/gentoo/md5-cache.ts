/**
 * metadata/md5-cache/<category>/<pf>: `KEY=value` lines (empty values omitted), `_eclasses_` as
 * tab-separated name/md5 pairs, `_md5_` the md5 of the ebuild. Present in gentoo-mirror/* and rsync trees.
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';

export interface Md5CacheEntry {
  /** Every KEY=value as written (DEPEND, SLOT, SRC_URI, KEYWORDS, EAPI, …). */
  values: Record<string, string>;
  /** eclass name -> md5. */
  eclasses: Record<string, string>;
  /** md5 of the ebuild text; undefined when absent. */
  md5?: string;
}

export const MD5_CACHE_KEYS = new Set([
  'DEPEND', 'RDEPEND', 'SLOT', 'SRC_URI', 'RESTRICT', 'HOMEPAGE', 'LICENSE', 'DESCRIPTION', 'KEYWORDS',
  'INHERITED', 'IUSE', 'REQUIRED_USE', 'PDEPEND', 'BDEPEND', 'EAPI', 'PROPERTIES', 'DEFINED_PHASES', 'IDEPEND',
  'INHERIT', '_eclasses_', '_md5_',
]);

export function parseMd5Cache(text: string, file?: string): { entry: Md5CacheEntry; findings: Finding[] } {
  const findings: Finding[] = [];
  const values: Record<string, string> = {};
  const eclasses: Record<string, string> = {};
  let md5: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/\r$/, '');
    if (l === '') continue;
    const eq = l.indexOf('=');
    if (eq <= 0) {
      findings.push(gentooFindings.make('md5-cache-malformed-line', `md5-cache line is not KEY=value: "${l.slice(0, 80)}"`, { file, line: i + 1 }));
      continue;
    }
    const key = l.slice(0, eq);
    const value = l.slice(eq + 1);
    if (!MD5_CACHE_KEYS.has(key)) {
      findings.push(gentooFindings.make('md5-cache-unknown-key', `md5-cache key "${key}" is not a known metadata key`, { file, line: i + 1 }));
    }
    if (key === '_eclasses_') {
      const parts = value.split('\t');
      if (parts.length % 2 !== 0) {
        findings.push(gentooFindings.make('md5-cache-malformed-line', '_eclasses_ is not name/md5 pairs', { file, line: i + 1 }));
      }
      for (let k = 0; k + 1 < parts.length; k += 2) eclasses[parts[k]] = parts[k + 1];
    } else if (key === '_md5_') {
      if (!/^[0-9a-f]{32}$/i.test(value)) {
        findings.push(gentooFindings.make('md5-cache-bad-md5', `_md5_ "${value}" is not 32 hex digits`, { file, line: i + 1 }));
      } else md5 = value.toLowerCase();
    }
    values[key] = value;
  }
  return { entry: { values, eclasses, md5 }, findings };
}
