/**
 * metadata/layout.conf: `key = value` lines. Portage silently ignores keys it does not know, so a typo or a
 * key borrowed from repos.conf (`priority`) does nothing — we say so.
 */
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { own } from '../own.js';

export interface LayoutConf {
  /** undefined when `masters` is missing (Portage then warns; overlays need `masters = gentoo`). */
  masters?: string[];
  thinManifests: boolean;
  signCommits: boolean;
  signManifests: boolean;
  useManifests: 'strict' | 'true' | 'false';
  manifestHashes: string[];
  /** Defaults to all of `manifestHashes`. */
  manifestRequiredHashes: string[];
  cacheFormats: string[];
  profileFormats: string[];
  eapisBanned: string[];
  eapisDeprecated: string[];
  propertiesAllowed?: string[];
  restrictAllowed?: string[];
  repoName?: string;
  aliases: string[];
  updateChangelog: boolean;
  /** Every key as written (last one wins), with its line. */
  raw: Record<string, { value: string; line: number }>;
}

/** Portage's default when layout.conf has no `manifest-hashes`. */
export const DEFAULT_MANIFEST_HASHES = ['BLAKE2B', 'SHA512'];
export const DEPRECATED_HASHES = new Set(['MD5', 'RMD160', 'SHA1', 'WHIRLPOOL']);
/** Hash names Portage knows (portage.checksum). */
export const KNOWN_HASHES = new Set([
  'BLAKE2B', 'BLAKE2S', 'SHA256', 'SHA512', 'SHA3_256', 'SHA3_512', 'STREEBOG256', 'STREEBOG512',
  'MD5', 'RMD160', 'SHA1', 'WHIRLPOOL',
]);

export const KNOWN_LAYOUT_KEYS = new Set([
  'masters', 'thin-manifests', 'sign-commits', 'sign-manifests', 'use-manifests', 'manifest-hashes',
  'manifest-required-hashes', 'cache-formats', 'profile-formats', 'eapis-banned', 'eapis-deprecated',
  'eapis-testing', 'properties-allowed', 'restrict-allowed', 'repo-name', 'aliases', 'update-changelog',
  'profile_eapi_when_unspecified',
]);

/** Keys people put in layout.conf that belong elsewhere, with where. */
const MISPLACED: Record<string, string> = {
  priority: 'priority belongs in repos.conf (a higher number wins, and only between identical versions)',
  eapis: 'there is no "eapis" key; use eapis-banned / eapis-deprecated',
  properties: 'there is no "properties" key; use properties-allowed',
  restrict: 'there is no "restrict" key; use restrict-allowed',
  location: 'location belongs in repos.conf',
  'sync-uri': 'sync-uri belongs in repos.conf',
  'sync-type': 'sync-type belongs in repos.conf',
  'auto-sync': 'auto-sync belongs in repos.conf',
};

const words = (v: string | undefined): string[] => (v ?? '').split(/\s+/).filter(Boolean);

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  const l = v.trim().toLowerCase();
  return l === 'true' ? true : l === 'false' ? false : dflt;
}

export function parseLayoutConf(text: string, file?: string): { layout: LayoutConf; findings: Finding[] } {
  const findings: Finding[] = [];
  const raw: LayoutConf['raw'] = {};
  const lines = text.split('\n');
  lines.forEach((rawLine, idx) => {
    const line = idx + 1;
    const l = rawLine.replace(/\r$/, '').trim();
    if (l === '' || l.startsWith('#')) return;
    const eq = l.indexOf('=');
    if (eq <= 0) {
      findings.push(
        gentooFindings.make('layout-malformed-line', `layout.conf line is not "key = value": "${l.slice(0, 80)}"`, {
          file, line, hint: 'Portage ignores this line.',
        }),
      );
      return;
    }
    const key = l.slice(0, eq).trim();
    const value = l.slice(eq + 1).trim();
    if (raw[key]) {
      findings.push(
        gentooFindings.make('layout-duplicate-key', `"${key}" is set again (first at line ${raw[key].line}); the last one wins`, { file, line }),
      );
    }
    raw[key] = { value, line };
    if (!KNOWN_LAYOUT_KEYS.has(key)) {
      findings.push(
        gentooFindings.make('layout-unknown-key', `"${key}" is not a layout.conf key: Portage silently ignores it`, {
          file, line, hint: own(MISPLACED, key) ?? 'Remove it, or check the spelling against portage(5).',
        }),
      );
    }
  });

  const get = (k: string): string | undefined => raw[k]?.value;
  const manifestHashes = raw['manifest-hashes'] ? words(get('manifest-hashes')) : [...DEFAULT_MANIFEST_HASHES];
  const manifestRequiredHashes = raw['manifest-required-hashes'] ? words(get('manifest-required-hashes')) : [...manifestHashes];
  const um = (get('use-manifests') ?? 'strict').toLowerCase();
  const layout: LayoutConf = {
    masters: raw.masters ? words(get('masters')) : undefined,
    thinManifests: bool(get('thin-manifests'), false),
    signCommits: bool(get('sign-commits'), false),
    signManifests: bool(get('sign-manifests'), true),
    useManifests: um === 'true' || um === 'false' ? um : 'strict',
    manifestHashes,
    manifestRequiredHashes,
    cacheFormats: words(get('cache-formats')),
    profileFormats: raw['profile-formats'] ? words(get('profile-formats')) : ['pms'],
    eapisBanned: words(get('eapis-banned')),
    eapisDeprecated: words(get('eapis-deprecated')),
    propertiesAllowed: raw['properties-allowed'] ? words(get('properties-allowed')) : undefined,
    restrictAllowed: raw['restrict-allowed'] ? words(get('restrict-allowed')) : undefined,
    repoName: get('repo-name'),
    aliases: words(get('aliases')),
    updateChangelog: bool(get('update-changelog'), false),
    raw,
  };

  if (!raw.masters) {
    findings.push(
      gentooFindings.make('layout-missing-masters', 'layout.conf does not set "masters"', {
        file, line: 1, hint: 'Add "masters = gentoo" for an overlay (an empty "masters =" only for a standalone repository like ::gentoo).',
      }),
    );
  }
  for (const key of ['thin-manifests', 'sign-commits', 'sign-manifests', 'update-changelog']) {
    const r = raw[key];
    if (r && !/^(true|false)$/i.test(r.value)) {
      findings.push(gentooFindings.make('layout-bad-boolean', `"${key} = ${r.value}" is not true or false`, { file, line: r.line }));
    }
  }
  if (raw['use-manifests'] && !/^(strict|true|false)$/i.test(raw['use-manifests'].value)) {
    const r = raw['use-manifests'];
    findings.push(gentooFindings.make('layout-bad-value', `"use-manifests = ${r.value}" is not strict, true or false`, { file, line: r.line }));
  }
  for (const key of ['manifest-hashes', 'manifest-required-hashes']) {
    const r = raw[key];
    if (!r) continue;
    for (const h of words(r.value)) {
      if (DEPRECATED_HASHES.has(h)) {
        findings.push(
          gentooFindings.make('layout-deprecated-hash', `${key} lists ${h}, a deprecated hash`, {
            file, line: r.line, hint: 'Use "BLAKE2B SHA512" as ::gentoo and GURU do.',
          }),
        );
      } else if (!KNOWN_HASHES.has(h)) {
        findings.push(gentooFindings.make('layout-unknown-hash', `${key} lists "${h}", which Portage does not know`, { file, line: r.line }));
      }
    }
  }
  const missing = manifestRequiredHashes.filter((h) => !manifestHashes.includes(h));
  if (missing.length > 0) {
    const r = raw['manifest-required-hashes'];
    findings.push(
      gentooFindings.make('layout-required-hashes-not-subset', `manifest-required-hashes has ${missing.join(', ')}, which manifest-hashes does not generate`, {
        file, line: r?.line, hint: 'Every required hash must also be listed in manifest-hashes.',
      }),
    );
  }
  return { layout, findings };
}
