/**
 * A Portage configuration root (what /etc/portage holds; setup-overlay writes one beside repos.conf): the
 * visibility settings emerge would apply, read from make.conf and the package.* files or directories.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isDir, readText } from '../fs-read.js';
import { acceptKeywordsFromMakeConf } from './make-conf.js';
import { parsePackageAcceptKeywords, parsePackageMask, parsePackageUnmask } from './package-config.js';
import type { VisibilityConfig } from './visibility.js';
import { pushAll } from '../finding.js';

/**
 * A config file, or a directory of them (package.mask/ etc.) read recursively in name order, skipping hidden
 * files and editor backups (`~`) as Portage does.
 */
export async function readConfigPath(p: string): Promise<{ file: string; text: string }[]> {
  if (await isDir(p)) {
    const names = (await readdir(p)).filter((n) => !n.startsWith('.') && !n.endsWith('~')).sort();
    const out: { file: string; text: string }[] = [];
    for (const n of names) pushAll(out, await readConfigPath(path.join(p, n)));
    return out;
  }
  const text = await readText(p);
  return text === undefined ? [] : [{ file: p, text }];
}

/** ACCEPT_KEYWORDS (make.conf, else `fallback`), package.accept_keywords, package.mask and package.unmask of a config root. */
export async function readVisibilityConfig(configRoot: string, fallback: string[]): Promise<VisibilityConfig> {
  const mk = await readText(path.join(configRoot, 'make.conf'));
  const ak = mk !== undefined ? acceptKeywordsFromMakeConf(mk) : undefined;
  const visibility: VisibilityConfig = { acceptKeywords: ak?.length ? ak : fallback, arch: 'amd64' };
  const pak = (await readConfigPath(path.join(configRoot, 'package.accept_keywords'))).flatMap((s) => parsePackageAcceptKeywords(s.text, s.file).entries);
  const pm = (await readConfigPath(path.join(configRoot, 'package.mask'))).flatMap((s) => parsePackageMask(s.text, s.file).entries);
  const pu = (await readConfigPath(path.join(configRoot, 'package.unmask'))).flatMap((s) => parsePackageUnmask(s.text, s.file).entries);
  if (pak.length) visibility.packageAcceptKeywords = pak;
  if (pm.length) visibility.packageMask = pm;
  if (pu.length) visibility.packageUnmask = pu;
  return visibility;
}
