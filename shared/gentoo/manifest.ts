/**
 * Package Manifests: `TYPE filename size (HASHNAME hexdigest)+`, TYPE one of DIST EBUILD AUX MISC.
 * Parsing is pure; `verifyDistfiles` reads files (streamed, every hash in one pass).
 */
import { createHash, getHashes, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { gentooFindings } from './findings.js';
import { DEFAULT_MANIFEST_HASHES, DEPRECATED_HASHES } from './layout-conf.js';
import { own } from '../own.js';

export type ManifestType = 'DIST' | 'EBUILD' | 'AUX' | 'MISC';
const TYPES = new Set<string>(['DIST', 'EBUILD', 'AUX', 'MISC']);

/**
 * Whether text[from, from + n) is lower-case hex. `(c - 48) | (57 - c)` is negative exactly when c is no digit, and
 * `(c - 97) | (102 - c)` when it is no letter a-f: their AND is negative for a character that is neither, and one
 * such character makes the OR of all of them negative. No branch per character: a DIST line has 256 of them, and
 * this loop was most of the parse.
 */
function lowerHexAt(text: string, from: number, n: number): boolean {
  let acc = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i);
    acc |= ((c - 48) | (57 - c)) & ((c - 97) | (102 - c));
  }
  return acc >= 0;
}

const TAIL_SHA512 = ' SHA512 ';
const TAIL_BLAKE2B = ' BLAKE2B ';

/**
 * The line ::gentoo and GURU write, `TYPE name size BLAKE2B <128 hex> SHA512 <128 hex>` (an optional `\r` before
 * the line end), read in place: the two digests sit at fixed offsets from the line's end, so only the type, name
 * and size are searched for. Any other line is undefined (the general path reads it). The same lines as
 * /^(DIST|EBUILD|AUX|MISC) ([^ \n]+) (\d+) BLAKE2B ([0-9a-f]{128}) SHA512 ([0-9a-f]{128})\r?$/ (a test holds the
 * two together), at a third of that regex's cost: V8 checked the 256 hex digits of each line one costly step at a time.
 */
export function regularManifestLine(text: string, start: number, end: number): { type: ManifestType; file: string; size: string; blake2b: string; sha512: string } | undefined {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 13) e--;
  const sha = e - 128;
  const blake = sha - TAIL_SHA512.length - 128;
  const sizeEnd = blake - TAIL_BLAKE2B.length;
  if (sizeEnd < start || !text.startsWith(TAIL_SHA512, sha - TAIL_SHA512.length) || !text.startsWith(TAIL_BLAKE2B, sizeEnd)) return undefined;
  const sp1 = text.indexOf(' ', start);
  if (sp1 === -1 || sp1 >= sizeEnd) return undefined;
  const type = text.slice(start, sp1);
  if (!TYPES.has(type)) return undefined;
  const sp2 = text.indexOf(' ', sp1 + 1);
  // a name of one character at least, then the size: digits only, one at least
  if (sp2 <= sp1 + 1 || sp2 + 1 >= sizeEnd) return undefined;
  for (let i = sp2 + 1; i < sizeEnd; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  if (!lowerHexAt(text, blake, 128) || !lowerHexAt(text, sha, 128)) return undefined;
  return { type: type as ManifestType, file: text.slice(sp1 + 1, sp2), size: text.slice(sp2 + 1, sizeEnd), blake2b: text.slice(blake, blake + 128), sha512: text.slice(sha, sha + 128) };
}
const REGULAR_LINE_RE = /^(?:DIST|EBUILD|AUX|MISC) [^ ]+ \d+(?: [A-Z0-9_]+ [0-9a-f]+)+$/;

/** 0 = not hex, 1 = lower-case hex, 2 = hex with upper-case letters. A loop: regexes were the hot spot here. */
function hexKind(s: string): 0 | 1 | 2 {
  if (s.length === 0) return 0;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) continue;
    if (c >= 65 && c <= 70) upper = true;
    else return 0;
  }
  return upper ? 2 : 1;
}
const DIGITS_RE = /^\d+$/;

function malformed(msg: string, l: string, file: string | undefined, line: number): Finding {
  return gentooFindings.make('manifest-malformed-line', `${msg}: "${l.length > 100 ? l.slice(0, 100) + '…' : l}"`, {
    file, line, hint: 'Expected "TYPE filename size HASHNAME hex [HASHNAME hex …]"; regenerate with `ebuild … manifest` or `pkgdev manifest`.',
  });
}

/** Hex digest length per hash name. */
export const HASH_HEX_LENGTH: Record<string, number> = {
  BLAKE2B: 128, BLAKE2S: 64, SHA256: 64, SHA512: 128, SHA3_256: 64, SHA3_512: 128, STREEBOG256: 64,
  STREEBOG512: 128, MD5: 32, RMD160: 40, SHA1: 40, WHIRLPOOL: 128,
};

/** Manifest hash name -> node:crypto algorithm. */
export const NODE_HASH: Record<string, string> = {
  BLAKE2B: 'blake2b512', BLAKE2S: 'blake2s256', SHA256: 'sha256', SHA512: 'sha512', SHA3_256: 'sha3-256',
  SHA3_512: 'sha3-512', SHA1: 'sha1', MD5: 'md5', RMD160: 'ripemd160',
};

export interface ManifestEntry {
  type: ManifestType;
  file: string;
  size: number;
  /** Hash name -> lower-case hex digest, in file order. */
  hashes: Record<string, string>;
  line: number;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** DIST entries by file name (the first one when repeated). */
  dist: Map<string, ManifestEntry>;
}

export interface ManifestOptions {
  /** Path reported in findings. */
  file?: string;
  /** `thin-manifests = true`: only DIST lines belong. */
  thin?: boolean;
  /** Hashes every entry must carry (layout.conf manifest-required-hashes). Default BLAKE2B SHA512. */
  requiredHashes?: readonly string[];
}

export function parseManifest(text: string, opts: ManifestOptions = {}): { manifest: Manifest; findings: Finding[] } {
  const { file } = opts;
  const required = opts.requiredHashes ?? DEFAULT_MANIFEST_HASHES;
  const findings: Finding[] = [];
  const entries: ManifestEntry[] = [];
  const dist = new Map<string, ManifestEntry>();
  let thinReported = false;
  const once = perManifest(findings, file);
  // required hashes the fast path's line (BLAKE2B and SHA512) lacks
  const fastMissing = required.filter((h) => h !== 'BLAKE2B' && h !== 'SHA512');
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    // Fast path: the line ::gentoo and GURU write (BLAKE2B + SHA512, lower-case hex), read in place.
    const fm = regularManifestLine(text, start, end);
    if (fm !== undefined) {
      start = end + 1;
      const type = fm.type;
      const entry: ManifestEntry = { type, file: fm.file, size: Number(fm.size), hashes: { BLAKE2B: fm.blake2b, SHA512: fm.sha512 }, line };
      if (fastMissing.length > 0) once.missing(fastMissing, entry.file, line);
      if (type !== 'DIST') {
        if (opts.thin && !thinReported) {
          findings.push(
            gentooFindings.make('manifest-not-thin', `${type} entry in a thin Manifest: only DIST lines belong (thin-manifests = true)`, {
              file, line, hint: 'Drop the EBUILD/AUX/MISC lines; git already covers those files.',
            }),
          );
          thinReported = true;
        }
        entries.push(entry);
        continue;
      }
      const prev = dist.get(entry.file);
      if (prev) {
        const same = prev.size === entry.size && JSON.stringify(prev.hashes) === JSON.stringify(entry.hashes);
        findings.push(
          gentooFindings.make('manifest-duplicate-dist', same
            ? `DIST ${entry.file} is listed twice (first at line ${prev.line})`
            : `DIST ${entry.file} is listed twice with different size or hashes (first at line ${prev.line})`, { file, line, severity: same ? 'notice' : 'error' }),
        );
      } else dist.set(entry.file, entry);
      entries.push(entry);
      continue;
    }
    const l = text.slice(start, end).trim();
    start = end + 1;
    if (l === '') continue;
    // The common line (single spaces, lower-case hex digests) is recognised by one regex over the line;
    // only other lines pay for per-token checks.
    const regular = REGULAR_LINE_RE.test(l);
    const tok = regular || !/\s\s|\t/.test(l) ? l.split(' ') : l.split(/\s+/);
    const problem = !TYPES.has(tok[0])
      ? `unknown Manifest entry type "${tok[0]}"`
      : tok.length < 5
        ? 'too few fields'
        : (tok.length - 3) % 2 !== 0
          ? 'hash names and digests are not in pairs'
          : !DIGITS_RE.test(tok[2])
            ? `size "${tok[2]}" is not a number of bytes`
            : undefined;
    if (problem) {
      findings.push(malformed(problem, l, file, line));
      continue;
    }
    const type = tok[0] as ManifestType;
    const name = tok[1];
    const hashes: Record<string, string> = {};
    let ok = true;
    for (let k = 3; k < tok.length; k += 2) {
      const h = tok[k];
      const hex = tok[k + 1];
      // Own keys only: a hash named "constructor" in a Manifest is unknown, not Object's constructor.
      const len = own(HASH_HEX_LENGTH, h);
      const kind = regular ? 1 : hexKind(hex);
      if (len === undefined) {
        once.unknown(h, name, line);
      } else if (hex.length !== len || kind === 0) {
        findings.push(
          gentooFindings.make('manifest-bad-digest', `${h} of ${name} is not ${len} hex digits (got ${hex.length} characters)`, {
            file, line, hint: 'The line was probably truncated or edited by hand; regenerate the Manifest.',
          }),
        );
        ok = false;
      }
      if (DEPRECATED_HASHES.has(h)) once.deprecated(h, name, line);
      // digests are written in lower case; only mixed-case ones pay for a copy
      hashes[h] = kind === 2 ? hex.toLowerCase() : hex;
    }
    if (!ok) continue;
    let missing: string[] | undefined;
    for (const h of required) if (!(h in hashes)) (missing ??= []).push(h);
    if (missing) once.missing(missing, name, line);
    const entry: ManifestEntry = { type, file: name, size: Number(tok[2]), hashes, line };
    if (opts.thin && type !== 'DIST') {
      if (!thinReported) {
        findings.push(
          gentooFindings.make('manifest-not-thin', `${type} entry in a thin Manifest: only DIST lines belong (thin-manifests = true)`, {
            file, line, hint: 'Drop the EBUILD/AUX/MISC lines; git already covers those files.',
          }),
        );
        thinReported = true;
      }
    }
    if (type === 'DIST') {
      const prev = dist.get(name);
      if (prev) {
        const same = prev.size === entry.size && JSON.stringify(prev.hashes) === JSON.stringify(entry.hashes);
        findings.push(
          gentooFindings.make('manifest-duplicate-dist', same
            ? `DIST ${name} is listed twice (first at line ${prev.line})`
            : `DIST ${name} is listed twice with different size or hashes (first at line ${prev.line})`, { file, line, severity: same ? 'notice' : 'error' }),
        );
        entries.push(entry);
        continue;
      }
      dist.set(name, entry);
    }
    entries.push(entry);
  }
  once.close();
  return { manifest: { entries, dist }, findings };
}

/**
 * A deprecated or unknown hash, or a set of required hashes missing, is one finding per Manifest (pkgcheck's
 * DeprecatedManifestHash is one result per package), not one per line: a Manifest written before BLAKE2B lacks it
 * on every line, and a Rust package's Manifest has hundreds of lines. The finding stays where the first such
 * entry is, in line order among the others; when more entries share it, its message says how many.
 */
function perManifest(findings: Finding[], file: string | undefined) {
  const seen = new Map<string, { finding: Finding; first: string; count: number; what: string }>();
  const note = (key: string, first: string, line: number, what: string, make: () => Finding) => {
    const prev = seen.get(key);
    if (prev) prev.count++;
    else {
      const finding = make();
      findings.push(finding);
      seen.set(key, { finding, first, count: 1, what });
    }
  };
  return {
    deprecated(hash: string, name: string, line: number): void {
      note(`d ${hash}`, name, line, `carry ${hash}, a deprecated hash`, () =>
        gentooFindings.make('manifest-deprecated-hash', `${name} carries ${hash}, a deprecated hash`, { file, line, hint: 'Regenerate with BLAKE2B and SHA512.' }),
      );
    },
    unknown(hash: string, name: string, line: number): void {
      note(`u ${hash}`, name, line, `carry the unknown hash "${hash}"`, () =>
        gentooFindings.make('manifest-unknown-hash', `unknown hash "${hash}" for ${name}`, { file, line }),
      );
    },
    missing(hashes: readonly string[], name: string, line: number): void {
      const list = `hash${hashes.length > 1 ? 'es' : ''} ${hashes.join(', ')}`;
      note(`m ${list}`, name, line, `lack required ${list}`, () =>
        gentooFindings.make('manifest-missing-hash', `${name} lacks required ${list}`, {
          file, line, hint: 'Regenerate the Manifest (manifest-required-hashes in metadata/layout.conf).',
        }),
      );
    },
    close(): void {
      for (const { finding, first, count, what } of seen.values()) {
        if (count > 1) finding.message = `${count} entries ${what} (the first: ${first})`;
      }
    },
  };
}

export interface DistfileCheck {
  distfile: string;
  status: 'ok' | 'missing' | 'mismatch' | 'unreadable' | 'unsafe-name';
  expected: { size: number; hashes: Record<string, string> };
  actual?: { size: number; hashes: Record<string, string> };
  /** Absolute path checked. */
  path: string;
}

export interface VerifyOptions {
  /** Manifest path reported in findings. */
  file?: string;
  /** Files read at the same time. Default 4. */
  concurrency?: number;
  /** Only these distfiles (default: every DIST entry). */
  only?: readonly string[];
}

let supported: Set<string> | undefined;
function nodeSupports(alg: string): boolean {
  supported ??= new Set(getHashes());
  return supported.has(alg);
}

/** Size plus every hash of the file in one streamed pass. */
export async function hashFile(file: string, hashNames: readonly string[]): Promise<{ size: number; hashes: Record<string, string> }> {
  const hs: [string, Hash][] = [];
  for (const h of hashNames) {
    const alg = own(NODE_HASH, h);
    if (alg && nodeSupports(alg)) hs.push([h, createHash(alg)]);
  }
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const s = createReadStream(file, { highWaterMark: 1 << 20 });
    s.on('data', (chunk) => {
      const b = chunk as Buffer;
      size += b.length;
      for (const [, h] of hs) h.update(b);
    });
    s.on('error', reject);
    s.on('end', () => resolve());
  });
  const hashes: Record<string, string> = {};
  for (const [name, h] of hs) hashes[name] = h.digest('hex');
  return { size, hashes };
}

/** The Manifest line that matches a file, ready to paste. */
export function manifestLine(distfile: string, actual: { size: number; hashes: Record<string, string> }): string {
  return `DIST ${distfile} ${actual.size} ${Object.entries(actual.hashes).map(([k, v]) => `${k} ${v}`).join(' ')}`;
}

/**
 * Check every DIST entry against `distdir`: size and each hash node:crypto supports (BLAKE2B and SHA512
 * among them), streamed. A missing distfile is a notice (not downloaded here), not an error.
 */
export async function verifyDistfiles(
  manifest: Manifest,
  distdir: string,
  opts: VerifyOptions = {},
): Promise<{ checks: DistfileCheck[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const entries = [...manifest.dist.values()].filter((e) => !opts.only || opts.only.includes(e.file));
  const checks: DistfileCheck[] = new Array(entries.length);
  const limit = Math.max(1, opts.concurrency ?? 4);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const idx = next++;
      const e = entries[idx];
      const where = { file: opts.file, line: e.line };
      const p = path.join(distdir, e.file);
      const expected = { size: e.size, hashes: e.hashes };
      if (e.file.includes('/') || e.file.includes('\\') || e.file === '..' || e.file === '.') {
        checks[idx] = { distfile: e.file, status: 'unsafe-name', expected, path: p };
        findings.push(gentooFindings.make('manifest-unsafe-name', `DIST name "${e.file}" is not a plain file name; not read`, where));
        continue;
      }
      let isFile = false;
      try {
        isFile = (await stat(p)).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) {
        checks[idx] = { distfile: e.file, status: 'missing', expected, path: p };
        findings.push(gentooFindings.make('distfile-missing', `${e.file} is not in ${distdir}; not verified`, where));
        continue;
      }
      let actual: { size: number; hashes: Record<string, string> };
      try {
        actual = await hashFile(p, Object.keys(e.hashes));
      } catch (err) {
        checks[idx] = { distfile: e.file, status: 'unreadable', expected, path: p };
        findings.push(gentooFindings.make('distfile-unreadable', `${e.file} could not be read: ${(err as Error).message}`, where));
        continue;
      }
      const diffs: string[] = [];
      if (actual.size !== e.size) diffs.push(`  size:    expected ${e.size}, actual ${actual.size}`);
      for (const [h, hex] of Object.entries(actual.hashes)) {
        if (e.hashes[h] !== hex) diffs.push(`  ${h}: expected ${e.hashes[h]}\n  ${' '.repeat(h.length)}  actual   ${hex}`);
      }
      if (diffs.length === 0) {
        checks[idx] = { distfile: e.file, status: 'ok', expected, actual, path: p };
        continue;
      }
      checks[idx] = { distfile: e.file, status: 'mismatch', expected, actual, path: p };
      findings.push(
        gentooFindings.make('distfile-mismatch', `Manifest mismatch for ${e.file}\n  file:    ${p}\n${diffs.join('\n')}`, {
          ...where,
          hint: `If the new file is the right one, the Manifest line is:\n${manifestLine(e.file, actual)}`,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, entries.length) }, worker));
  return { checks, findings };
}
