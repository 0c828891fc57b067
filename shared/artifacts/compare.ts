/**
 * Compare two build outputs (files or directory trees): streamed byte comparison first (memory independent
 * of file size) with a sha256 per file for the record; where they differ, an ELF-aware account (which
 * sections, first differing offset, size changes) classified as metadata-only, code differs or layout
 * shift; and `normalized-identical` when the only differences are declared path prefixes.
 */
import { createHash } from 'node:crypto';
import { open, lstat, readdir, readlink, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError, type RunCommand } from '../io.js';
import { listSome } from '../markdown.js';
import { isMetadataSection, readElf, SHF_ALLOC, SHT_NOBITS, type ElfInfo, type ElfSection } from './elf.js';

export type CompareMode = 'strict' | 'normalized';
export type CompareStatus = 'identical' | 'normalized-identical' | 'differs';
export type FileStatus = CompareStatus | 'only-in-a' | 'only-in-b' | 'type-differs';
export type DiffClass = 'metadata-only' | 'code-differs' | 'layout-shift' | 'content-differs';
export type CompareIgnore = 'debug';

export interface SectionDiff {
  name: string;
  change: 'content' | 'size' | 'moved' | 'only-in-a' | 'only-in-b';
  sizeA?: number;
  sizeB?: number;
  /** First differing byte, relative to the section start (content changes of equal-size sections). */
  firstDifference?: number;
  /** Loaded into memory (SHF_ALLOC). */
  alloc: boolean;
  metadata: boolean;
}

export interface ElfReport {
  classA: 32 | 64;
  sections: SectionDiff[];
  /** ELF header or header tables differ (usually because offsets moved). */
  headersDiffer: string[];
}

export interface FileComparison {
  /** Relative path inside the compared trees ('' for a direct file-to-file comparison). */
  path: string;
  status: FileStatus;
  sizeA?: number;
  sizeB?: number;
  sha256A?: string;
  sha256B?: string;
  /** First differing byte of the raw files. */
  firstDifference?: number;
  /** Text files in normalized mode: the first line (1-based) that still differs once the prefixes are masked. */
  firstDifferentLine?: number;
  classification?: DiffClass;
  elf?: ElfReport;
  /** Occurrences of declared prefixes masked during normalisation, per side. */
  prefixOccurrences?: { a: number; b: number };
  /** One sentence per observation worth reading (prefix lengths, ignored build id). */
  notes: string[];
  /** The start of diffoscope's text report, when asked for. */
  diffoscope?: string;
}

export interface StageExpectation {
  stageA?: number;
  stageB?: number;
  expectation: 'fixpoint' | 'different-compilers' | 'rebuild' | 'unknown';
  /** True when a difference is the expected outcome (e.g. stage1 vs stage2). */
  expectedToDiffer: boolean;
  note: string;
}

export interface CompareReport {
  status: CompareStatus;
  a: string;
  b: string;
  mode: CompareMode;
  files: FileComparison[];
  counts: Record<FileStatus, number>;
  stages: StageExpectation;
  /** Report-level recommendations (e.g. `--remap-path-prefix`). */
  notes: string[];
}

export interface CompareOptions {
  mode?: CompareMode;
  /** Path prefixes that may differ between the two builds (e.g. the two checkout directories). */
  allowPathPrefixes?: readonly string[];
  /** Stage labels (`stage1`, `2`, …); inferred from the paths when absent. */
  stageA?: string;
  stageB?: string;
  /** Read size per file. Default 1 MiB. */
  chunkSize?: number;
  /** What to leave out of the comparison: `debug` ignores ELF debug sections (and the build id over them). */
  ignore?: readonly CompareIgnore[];
  /** Also run diffoscope on each differing file (off by default; it is slow and often not installed). */
  diffoscope?: { run: RunCommand; program?: string; maxChars?: number; timeoutMs?: number };
}

const DEFAULT_CHUNK = 1 << 20;

// ---------------------------------------------------------------------------------------------------------
// Streaming primitives

interface StrictResult {
  equal: boolean;
  firstDifference?: number;
  sha256A: string;
  sha256B: string;
  /** Declared prefixes counted during the same pass (no second read when none occurs). */
  scanA: PrefixScan;
  scanB: PrefixScan;
}

/** Occurrences of the declared prefixes in one file, counted as `normalizedChunks` masks them, and whether
 * the file holds a NUL byte (then it is not text). */
class PrefixScan {
  n = 0;
  /** Lengths of the prefixes that occurred. */
  readonly lengths = new Set<number>();
  nul = false;
  private carry = Buffer.alloc(0);
  private readonly keep: number;
  /** What the last feed found: a twin fed the same bytes from the same carried bytes finds the same. */
  private last: { n: number; lengths: number[] } = { n: 0, lengths: [] };
  constructor(private readonly prefixes: readonly Buffer[]) {
    this.keep = Math.max(0, ...prefixes.map((p) => p.length)) - 1;
  }
  /** Whether this scan and `twin` carry the same bytes into their next feed. */
  carriesAs(twin: PrefixScan): boolean {
    return this.carry.equals(twin.carry);
  }
  /**
   * `buf` holds the bytes `twin` was just fed, and before that feed this scan carried what `twin` carried
   * (carriesAs): take over what that feed found instead of searching the same bytes again.
   */
  follow(twin: PrefixScan, buf: Buffer): void {
    if (!this.nul && buf.includes(0)) this.nul = true;
    this.n += twin.last.n;
    for (const len of twin.last.lengths) this.lengths.add(len);
    this.last = twin.last;
    this.carry = twin.carry;
  }
  feed(buf: Buffer, final = false): void {
    if (!this.nul && buf.includes(0)) this.nul = true;
    const last: { n: number; lengths: number[] } = { n: 0, lengths: [] };
    this.last = last;
    if (this.prefixes.length === 0) return;
    const count = (_at: number, len: number): void => {
      this.n++;
      this.lengths.add(len);
      last.n++;
      last.lengths.push(len);
    };
    // Matches that start in the carried bytes: searched in a small joint buffer, so the chunk itself is
    // never copied.
    let from = 0;
    if (this.carry.length) {
      const head = Buffer.concat([this.carry, buf.subarray(0, this.keep)]);
      const upTo = final || buf.length >= this.keep ? this.carry.length : 0;
      from = Math.max(0, forEachPrefix(head, 0, upTo, this.prefixes, count) - this.carry.length);
      if (upTo === 0) {
        // Too few new bytes to decide: keep carrying.
        this.carry = head;
        return;
      }
    }
    const upTo = final ? buf.length : Math.max(from, buf.length - this.keep);
    const end = forEachPrefix(buf, from, upTo, this.prefixes, count);
    this.carry = final ? Buffer.alloc(0) : Buffer.from(buf.subarray(Math.max(end, upTo)));
  }
}

/**
 * Leftmost (longest at a tie) non-overlapping occurrences of `prefixes` starting in `work[from, upTo)`;
 * `onMatch(at, length)` for each. Returns where scanning stopped (past the last match, or `upTo`). Each
 * prefix's next occurrence is kept and searched again only once scanning has passed it: searching every
 * prefix again after each match scanned to the end of the chunk for a prefix that is not there, once per
 * match of another one (a 4 MiB dep-info file naming one of two build directories 77,000 times took 60 s).
 */
function forEachPrefix(work: Buffer, from: number, upTo: number, prefixes: readonly Buffer[], onMatch: (at: number, length: number) => void): number {
  // the next occurrence at or after `i` of each prefix below upTo; -1: none; -2: not searched yet
  const next = new Array<number>(prefixes.length).fill(-2);
  let i = from;
  while (i < upTo) {
    let best = -1;
    let bestLen = 0;
    for (let k = 0; k < prefixes.length; k++) {
      let at = next[k]!;
      if (at === -1) continue;
      if (at < i) {
        at = work.indexOf(prefixes[k]!, i);
        if (at >= upTo) at = -1;
        next[k] = at;
        if (at < 0) continue;
      }
      const len = prefixes[k]!.length;
      if (best < 0 || at < best || (at === best && len > bestLen)) {
        best = at;
        bestLen = len;
      }
    }
    if (best < 0) return upTo;
    onMatch(best, bestLen);
    i = best + bestLen;
  }
  return i;
}

async function readFull(fh: FileHandle, buf: Buffer, position: number): Promise<number> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

function firstMismatch(a: Uint8Array, b: Uint8Array, n: number): number {
  // Narrow by halves with Buffer.compare (native), then finish byte by byte.
  let lo = 0;
  let hi = n;
  const A = Buffer.from(a.buffer, a.byteOffset, n);
  const B = Buffer.from(b.buffer, b.byteOffset, n);
  while (hi - lo > 64) {
    const mid = (lo + hi) >>> 1;
    if (A.compare(B, lo, mid, lo, mid) !== 0) hi = mid;
    else lo = mid;
  }
  for (let i = lo; i < hi; i++) if (A[i] !== B[i]) return i;
  return -1;
}

/**
 * Byte comparison and digests in one pass, double-buffered: the next pair of reads is in flight while the
 * current pair is compared and hashed. While the files are equal only one side is hashed (equal bytes,
 * equal digest); from the first difference on both are.
 */
async function compareStrict(pathA: string, pathB: string, sizeA: number, sizeB: number, chunk: number, prefixes: readonly Buffer[]): Promise<StrictResult> {
  const scanA = new PrefixScan(prefixes);
  const scanB = new PrefixScan(prefixes);
  const fa = await open(pathA, 'r');
  const fb = await open(pathB, 'r');
  try {
    const hashA = createHash('sha256');
    let hashB = createHash('sha256');
    let shared = true; // hashA also stands for B's bytes so far
    let firstDifference: number | undefined = sizeA === sizeB ? undefined : Math.min(sizeA, sizeB);
    // No larger than the files: four chunk-sized buffers for each of 20,000 small files made the collector run
    // for their external memory after every file (20,000 files: 33 s, 5,000: 2.8 s).
    const size = bufferSize(chunk, Math.max(sizeA, sizeB));
    const bufs = [
      [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)],
      [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)],
    ] as const;
    const readPair = (slot: 0 | 1, pos: number) =>
      Promise.all([readFull(fa, bufs[slot][0], pos), readFull(fb, bufs[slot][1], pos)]);
    let pos = 0;
    let slot: 0 | 1 = 0;
    let pending = readPair(0, 0);
    for (;;) {
      const [na, nb] = await pending;
      if (na === 0 && nb === 0) break;
      const next: 0 | 1 = slot === 0 ? 1 : 0;
      pending = readPair(next, pos + Math.max(na, nb));
      const a = bufs[slot][0].subarray(0, na);
      const b = bufs[slot][1].subarray(0, nb);
      // Equal chunks (most of two builds of one artifact) are searched for the prefixes once. (Past the first
      // difference, equality is only worth a comparison when there are prefixes to search for.)
      const same = na === nb && (shared || prefixes.length > 0) && a.equals(b);
      const twin = same && scanB.carriesAs(scanA);
      scanA.feed(a);
      if (twin) scanB.follow(scanA, b);
      else scanB.feed(b);
      if (shared) {
        const n = Math.min(na, nb);
        if (same) {
          hashA.update(a);
        } else {
          const at = firstMismatch(a, b, n);
          const local = at >= 0 ? at : n;
          if (firstDifference === undefined || pos + local < firstDifference) firstDifference = pos + local;
          // Fork the digest: B so far equals A so far.
          hashA.update(a.subarray(0, local));
          const forked = hashA.copy();
          hashA.update(a.subarray(local));
          forked.update(b.subarray(local));
          shared = false;
          hashB = forked;
        }
      } else {
        hashA.update(a);
        hashB.update(b);
      }
      pos += Math.max(na, nb);
      slot = next;
    }
    scanA.feed(Buffer.alloc(0), true);
    scanB.feed(Buffer.alloc(0), true);
    const digestA = hashA.digest('hex');
    const digestB = shared ? digestA : hashB.digest('hex');
    const result: StrictResult = { equal: shared && sizeA === sizeB, sha256A: digestA, sha256B: digestB, scanA, scanB };
    if (firstDifference !== undefined) result.firstDifference = firstDifference;
    return result;
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
}

/** A read buffer for a file of `size` bytes: the chunk, or less for a smaller file (one more byte to see its end). */
function bufferSize(chunk: number, size: number): number {
  return Math.max(1, Math.min(chunk, size + 1));
}

async function hashFile(path: string, chunk: number, size: number): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(bufferSize(chunk, size));
    for (let pos = 0; ; ) {
      const n = await readFull(fh, buf, pos);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
      pos += n;
    }
    return h.digest('hex');
  } finally {
    await fh.close();
  }
}

/** Chunks of a file with byte ranges zeroed and declared prefixes replaced by one fixed token. */
async function* normalizedChunks(
  path: string,
  prefixes: readonly Buffer[],
  zeroRanges: readonly { offset: number; size: number }[],
  chunk: number,
  range: { offset: number; size: number } = { offset: 0, size: Number.MAX_SAFE_INTEGER },
): AsyncGenerator<Buffer> {
  const token = Buffer.from('\0<prefix>\0');
  const keep = Math.max(0, ...prefixes.map((p) => p.length)) - 1;
  const fh = await open(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    let pos = range.offset;
    const stop = range.offset + range.size;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.max(0, Math.min(chunk, stop - pos)));
      const n = buf.length ? await readFull(fh, buf, pos) : 0;
      const raw = buf.subarray(0, n);
      for (const r of zeroRanges) {
        const s = Math.max(r.offset, pos);
        const e = Math.min(r.offset + r.size, pos + n);
        if (s < e) raw.fill(0, s - pos, e - pos);
      }
      pos += n;
      const work = carry.length ? Buffer.concat([carry, raw]) : raw;
      const final = n === 0;
      // Bytes that cannot start a match still incomplete at the end of `work` are emitted now.
      const emitUpTo = final ? work.length : Math.max(0, work.length - keep);
      const out: Buffer[] = [];
      let last = 0;
      const end = forEachPrefix(work, 0, emitUpTo, prefixes, (at, len) => {
        out.push(work.subarray(last, at), token);
        last = at + len;
      });
      if (last < emitUpTo) out.push(work.subarray(last, emitUpTo));
      // A match may have run past emitUpTo: continue after it.
      carry = Buffer.from(work.subarray(Math.max(end, emitUpTo)));
      if (out.length) yield Buffer.concat(out);
      if (final) {
        if (carry.length) yield carry;
        return;
      }
    }
  } finally {
    await fh.close();
  }
}

/** Where two chunk streams first differ: offset in normalised coordinates and 1-based line; undefined when equal. */
async function streamsDiffer(a: AsyncIterator<Buffer>, b: AsyncIterator<Buffer>): Promise<{ offset: number; line: number } | undefined> {
  let bufA: Buffer = Buffer.alloc(0);
  let bufB: Buffer = Buffer.alloc(0);
  let doneA = false;
  let doneB = false;
  let offset = 0;
  let line = 1;
  const newlines = (buf: Buffer, end: number): number => {
    let k = 0;
    for (let i = buf.indexOf(10); i >= 0 && i < end; i = buf.indexOf(10, i + 1)) k++;
    return k;
  };
  for (;;) {
    while (!doneA && bufA.length === 0) {
      const r = await a.next();
      if (r.done) doneA = true;
      else bufA = r.value;
    }
    while (!doneB && bufB.length === 0) {
      const r = await b.next();
      if (r.done) doneB = true;
      else bufB = r.value;
    }
    if (bufA.length === 0 || bufB.length === 0) return bufA.length === bufB.length ? undefined : { offset, line };
    const n = Math.min(bufA.length, bufB.length);
    const at = firstMismatch(bufA, bufB, n);
    if (at >= 0) return { offset: offset + at, line: line + newlines(bufA, at) };
    line += newlines(bufA, n);
    offset += n;
    bufA = bufA.subarray(n);
    bufB = bufB.subarray(n);
  }
}

/** First difference of two equal-length byte ranges in two files, streamed. -1 when equal. */
async function compareRanges(pathA: string, offA: number, pathB: string, offB: number, size: number, chunk: number): Promise<number> {
  const fa = await open(pathA, 'r');
  const fb = await open(pathB, 'r');
  try {
    const ba = Buffer.allocUnsafe(Math.min(chunk, Math.max(size, 1)));
    const bb = Buffer.allocUnsafe(ba.length);
    for (let done = 0; done < size; ) {
      const want = Math.min(ba.length, size - done);
      const [na, nb] = await Promise.all([readFull(fa, ba.subarray(0, want), offA + done), readFull(fb, bb.subarray(0, want), offB + done)]);
      const n = Math.min(na, nb);
      const at = firstMismatch(ba, bb, n);
      if (at >= 0) return done + at;
      if (na !== nb) return done + n;
      if (n === 0) return -1;
      done += n;
    }
    return -1;
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// ELF

async function elfOf(path: string, size: number): Promise<ElfInfo | undefined> {
  const fh = await open(path, 'r');
  try {
    return await readElf(async (pos, len) => {
      const buf = Buffer.alloc(len);
      const n = await readFull(fh, buf, pos);
      return buf.subarray(0, n);
    }, size);
  } finally {
    await fh.close();
  }
}

function keyed(sections: readonly ElfSection[]): Map<string, ElfSection> {
  const seen = new Map<string, number>();
  const out = new Map<string, ElfSection>();
  for (const s of sections) {
    if (s.index === 0) continue;
    const k = seen.get(s.name) ?? 0;
    seen.set(s.name, k + 1);
    out.set(k === 0 ? s.name : `${s.name}#${k}`, s);
  }
  return out;
}

const isAlloc = (s: ElfSection): boolean => (s.flags & SHF_ALLOC) !== 0n;

async function elfReport(pathA: string, elfA: ElfInfo, pathB: string, elfB: ElfInfo, chunk: number): Promise<{ report: ElfReport; classification: DiffClass }> {
  const ka = keyed(elfA.sections);
  const kb = keyed(elfB.sections);
  const sections: SectionDiff[] = [];
  for (const [name, a] of ka) {
    const b = kb.get(name);
    const metadata = isMetadataSection(a.name);
    if (!b) {
      sections.push({ name, change: 'only-in-a', sizeA: a.size, alloc: isAlloc(a), metadata });
      continue;
    }
    const alloc = isAlloc(a) || isAlloc(b);
    if (a.size !== b.size) {
      sections.push({ name, change: 'size', sizeA: a.size, sizeB: b.size, alloc, metadata });
      continue;
    }
    if (a.type !== SHT_NOBITS && b.type !== SHT_NOBITS) {
      const at = await compareRanges(pathA, a.offset, pathB, b.offset, a.size, chunk);
      if (at >= 0) {
        sections.push({ name, change: 'content', sizeA: a.size, sizeB: b.size, firstDifference: at, alloc, metadata });
        continue;
      }
    }
    if (alloc && a.addr !== b.addr) sections.push({ name, change: 'moved', sizeA: a.size, sizeB: b.size, alloc, metadata });
  }
  for (const [name, b] of kb) {
    if (!ka.has(name)) sections.push({ name, change: 'only-in-b', sizeB: b.size, alloc: isAlloc(b), metadata: isMetadataSection(b.name) });
  }
  const headersDiffer: string[] = [];
  for (const ha of elfA.headerRanges) {
    const hb = elfB.headerRanges.find((h) => h.name === ha.name);
    if (!hb || hb.size !== ha.size || (await compareRanges(pathA, ha.offset, pathB, hb.offset, ha.size, chunk)) >= 0) headersDiffer.push(ha.name);
  }
  const real = sections.filter((s) => !s.metadata);
  let classification: DiffClass;
  if (real.some((s) => s.alloc && s.change !== 'content')) classification = 'layout-shift';
  else if (real.some((s) => s.alloc)) classification = 'code-differs';
  else if (real.length === 0) classification = 'metadata-only';
  else classification = 'content-differs';
  return { report: { classA: elfA.class, sections, headersDiffer }, classification };
}

// ---------------------------------------------------------------------------------------------------------
// Files


/** The first difference once prefixes are masked (and build ids zeroed); undefined when none occurs. */
async function normalizedDifference(
  pathA: string,
  elfA: ElfInfo | undefined,
  pathB: string,
  elfB: ElfInfo | undefined,
  prefixes: readonly Buffer[],
  chunk: number,
): Promise<{ offset: number; line: number } | undefined> {
  // The build id hashes the whole output, paths included: it follows from the other differences.
  const ia = normalizedChunks(pathA, prefixes, buildIdRanges(elfA), chunk);
  const ib = normalizedChunks(pathB, prefixes, buildIdRanges(elfB), chunk);
  try {
    return await streamsDiffer(ia, ib);
  } finally {
    // Stop early: the counts came from the first pass, nothing after the difference is needed.
    await Promise.all([ia.return(undefined), ib.return(undefined)]);
  }
}

function buildIdRanges(elf: ElfInfo | undefined): { offset: number; size: number }[] {
  return (elf?.sections ?? []).filter((s) => s.name === BUILD_ID && s.type !== SHT_NOBITS).map((s) => ({ offset: s.offset, size: s.size }));
}

/**
 * Status and notes in normalized mode. Text files (no NUL byte, not ELF) are compared line by line: a
 * path of another length changes nothing else in them, so masking decides. In binaries a longer path moves
 * everything after it; only `--remap-path-prefix` (which rustc applies to its outputs, not to text such as
 * dep-info files) gives identical layouts.
 */
function normalizedVerdict(fc: FileComparison, strict: StrictResult, diff: { offset: number; line: number } | undefined, notElf: boolean): void {
  const { scanA: ca, scanB: cb } = strict;
  fc.prefixOccurrences = { a: ca.n, b: cb.n };
  const lengthsA = [...ca.lengths].sort().join(',');
  const lengthsB = [...cb.lengths].sort().join(',');
  const text = notElf && !ca.nul && !cb.nul;
  const masked = `${ca.n} + ${cb.n} occurrences of the declared path prefixes`;
  if (ca.n + cb.n === 0) {
    fc.notes.push('none of the declared path prefixes occurs in either file');
  } else if (diff === undefined && (text || (fc.sizeA === fc.sizeB && lengthsA === lengthsB))) {
    fc.status = 'normalized-identical';
    fc.notes.push(`identical once ${masked} are masked${text ? ' (text, compared line by line)' : ''}`);
    if (fc.elf && fc.elf.sections.some((s) => s.name === BUILD_ID)) fc.notes.push('.note.gnu.build-id ignored: it is a hash over the content, which includes the paths');
  } else if (text) {
    fc.firstDifferentLine = diff!.line;
    fc.notes.push(`line ${diff!.line} still differs after masking ${masked}`);
  } else if (lengthsA !== lengthsB) {
    fc.notes.push(
      `the embedded path prefixes differ in length (${lengthsA || 'none'} vs ${lengthsB || 'none'} bytes), which shifts the layout ` +
        `(${diff === undefined ? 'the content is otherwise the same' : 'sizes and offsets change'}): build both with --remap-path-prefix=<build dir>=<fixed path> to get identical outputs`,
    );
  } else {
    fc.notes.push(`still differs after masking ${masked}`);
  }
}

/**
 * Whether every differing section other than debug information (and the build id, a hash over it all) is
 * equal once the declared prefixes are masked. Undefined when something else differs.
 */
async function onlyDebugDiffers(
  pathA: string,
  elfA: ElfInfo,
  pathB: string,
  elfB: ElfInfo,
  report: ElfReport,
  prefixes: readonly Buffer[],
  chunk: number,
): Promise<{ masked: boolean } | undefined> {
  const rest = report.sections.filter((d) => !isDebugSection(d.name) && d.name !== BUILD_ID);
  if (rest.length === 0) return { masked: false };
  if (prefixes.length === 0 || rest.some((d) => d.change !== 'content')) return undefined;
  const ka = keyed(elfA.sections);
  const kb = keyed(elfB.sections);
  for (const d of rest) {
    const a = ka.get(d.name)!;
    const b = kb.get(d.name)!;
    const ia = normalizedChunks(pathA, prefixes, [], chunk, { offset: a.offset, size: a.size });
    const ib = normalizedChunks(pathB, prefixes, [], chunk, { offset: b.offset, size: b.size });
    try {
      if ((await streamsDiffer(ia, ib)) !== undefined) return undefined;
    } finally {
      await Promise.all([ia.return(undefined), ib.return(undefined)]);
    }
  }
  return { masked: true };
}

/** What every file comparison of one run shares. */
interface FileCompareSettings {
  mode: CompareMode;
  prefixes: readonly Buffer[];
  chunk: number;
  ignoreDebug: boolean;
  diffoscope?: CompareOptions['diffoscope'];
}

/** Debug information and its relocations (`.rela.debug_info` in objects). */
export function isDebugSection(name: string): boolean {
  return /^\.(?:rela?\.)?z?debug/.test(name);
}

const BUILD_ID = '.note.gnu.build-id';

async function compareFile(pathA: string, pathB: string, rel: string, sizeA: number, sizeB: number, settings: FileCompareSettings): Promise<FileComparison> {
  const { mode, chunk, diffoscope } = settings;
  const prefixes = mode === 'normalized' ? settings.prefixes : [];
  const strict = await compareStrict(pathA, pathB, sizeA, sizeB, chunk, prefixes);
  const fc: FileComparison = { path: rel, status: 'identical', sizeA, sizeB, sha256A: strict.sha256A, sha256B: strict.sha256B, notes: [] };
  if (strict.equal) return fc;
  fc.status = 'differs';
  if (strict.firstDifference !== undefined) fc.firstDifference = strict.firstDifference;

  const [elfA, elfB] = await Promise.all([elfOf(pathA, sizeA), elfOf(pathB, sizeB)]);
  if (elfA && elfB) {
    const { report, classification } = await elfReport(pathA, elfA, pathB, elfB, chunk);
    fc.elf = report;
    fc.classification = classification;
    const debug = report.sections.filter((d) => isDebugSection(d.name)).map((d) => d.name);
    if (debug.length && settings.ignoreDebug) {
      const masked = await onlyDebugDiffers(pathA, elfA, pathB, elfB, report, prefixes, chunk);
      if (masked) {
        fc.status = 'normalized-identical';
        if (prefixes.length) fc.prefixOccurrences = { a: strict.scanA.n, b: strict.scanB.n };
        fc.notes.push(`identical apart from debug sections, ignored (compare-ignore: debug): ${listSome(debug, 6)}${masked.masked ? '; declared path prefixes masked in the other sections' : ''}`);
        return fc;
      }
    }
  } else {
    fc.classification = 'content-differs';
  }

  if (prefixes.length > 0) normalizedVerdict(fc, strict, await normalizedDifference(pathA, elfA, pathB, elfB, prefixes, chunk), !elfA && !elfB);
  const debug = (fc.elf?.sections ?? []).filter((d) => isDebugSection(d.name)).map((d) => d.name);
  if (prefixes.length > 0 && fc.status === 'differs' && debug.length && !settings.ignoreDebug && (await onlyDebugDiffers(pathA, elfA!, pathB, elfB!, fc.elf!, prefixes, chunk))) {
    fc.notes.push(
      `once the declared paths are masked only debug sections differ (${listSome(debug, 6)}): masking cannot undo a linker that orders strings by content ` +
        '(rust-lld lays out .debug_str by string hash, so different build paths reorder it even at equal length); set compare-ignore: debug to compare without debug sections',
    );
  }
  if (diffoscope && fc.status === 'differs') {
    const max = diffoscope.maxChars ?? 20_000;
    // diffoscope exits 1 when the files differ: only a missing program or a crash is a problem.
    const r = await diffoscope.run(diffoscope.program ?? 'diffoscope', ['--text', '-', '--no-progress', pathA, pathB], { timeoutMs: diffoscope.timeoutMs ?? 5 * 60_000, maxBuffer: max * 4 });
    if (r.code === 0 || r.code === 1) fc.diffoscope = r.stdout.length > max ? `${r.stdout.slice(0, max)}\n[… cut at ${max} characters]` : r.stdout;
    else fc.notes.push(`diffoscope failed (${r.timedOut ? 'timed out' : `exit ${r.code}`}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
  }
  return fc;
}

// ---------------------------------------------------------------------------------------------------------
// Trees

type Entry = { kind: 'file'; size: number } | { kind: 'symlink'; target: string } | { kind: 'dir' } | { kind: 'other' };

async function entryOf(path: string): Promise<Entry | undefined> {
  try {
    const st = await lstat(path);
    if (st.isSymbolicLink()) return { kind: 'symlink', target: await readlink(path) };
    if (st.isDirectory()) return { kind: 'dir' };
    if (st.isFile()) return { kind: 'file', size: st.size };
    return { kind: 'other' };
  } catch {
    return undefined;
  }
}

/** Relative paths of everything under `root` (symlinks are not followed), sorted. */
async function walk(root: string): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>();
  const stack = [''];
  while (stack.length) {
    const rel = stack.pop()!;
    const names = (await readdir(join(root, rel))).sort();
    for (const name of names) {
      const r = rel ? `${rel}/${name}` : name;
      const e = await entryOf(join(root, r));
      if (!e) continue;
      out.set(r, e);
      if (e.kind === 'dir') stack.push(r);
    }
  }
  return out;
}

/** Stage number from a label (`stage2`, `2`) or from a path segment such as `build/x86_64/stage2`. */
export function stageNumber(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim());
  const segs = text.split(/[\\/]/).reverse();
  for (const s of segs) {
    const m = /^stage(\d+)(?:-[a-z]+)?$/i.exec(s);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export function stageExpectation(a: number | undefined, b: number | undefined): StageExpectation {
  const base = { ...(a !== undefined && { stageA: a }), ...(b !== undefined && { stageB: b }) };
  if (a === undefined || b === undefined) {
    return { ...base, expectation: 'unknown', expectedToDiffer: false, note: 'no rustc stages recognised: any difference is reported as a difference' };
  }
  if (a === b) return { ...base, expectation: 'rebuild', expectedToDiffer: false, note: `stage${a} rebuilt: a reproducible build gives identical output` };
  const lo = Math.min(a, b);
  if (lo <= 1 && Math.abs(a - b) >= 1) {
    return {
      ...base,
      expectation: 'different-compilers',
      expectedToDiffer: true,
      note: `stage${a} and stage${b} were built by different compilers (stage N is built by stage N-1), so they are expected to differ; the fixpoint to check is stage2 vs stage3, or the same stage rebuilt elsewhere`,
    };
  }
  return { ...base, expectation: 'fixpoint', expectedToDiffer: false, note: `stage${a} vs stage${b} is past the fixpoint: both were built by compilers built from the same source, so they should be identical` };
}

export async function compareArtifacts(a: string, b: string, options: CompareOptions = {}): Promise<CompareReport> {
  const mode = options.mode ?? 'normalized';
  const chunk = options.chunkSize ?? DEFAULT_CHUNK;
  const prefixTexts = (options.allowPathPrefixes ?? []).map((p) => p.trim()).filter(Boolean);
  for (const p of prefixTexts) if (p.length < 4) throw new ConfigurationError(`Path prefix '${p}' is too short to mask safely. Expected an absolute directory such as /home/runner/work/a.`);
  const prefixes = prefixTexts.map((p) => Buffer.from(p, 'utf8'));
  const ea = await entryOf(a);
  const eb = await entryOf(b);
  if (!ea) throw new ConfigurationError(`stage-a '${a}' does not exist.`);
  if (!eb) throw new ConfigurationError(`stage-b '${b}' does not exist.`);

  const settings: FileCompareSettings = { mode, prefixes, chunk, ignoreDebug: (options.ignore ?? []).includes('debug'), ...(options.diffoscope && { diffoscope: options.diffoscope }) };
  const files: FileComparison[] = [];
  if (ea.kind === 'file' && eb.kind === 'file') {
    files.push(await compareFile(a, b, basename(a) === basename(b) ? basename(a) : '', ea.size, eb.size, settings));
  } else if (ea.kind === 'dir' && eb.kind === 'dir') {
    const [ta, tb] = await Promise.all([walk(a), walk(b)]);
    const all = [...new Set([...ta.keys(), ...tb.keys()])].sort();
    for (const rel of all) {
      const x = ta.get(rel);
      const y = tb.get(rel);
      if (x?.kind === 'dir' && y?.kind === 'dir') continue;
      if (!y) {
        if (x!.kind === 'file') files.push({ path: rel, status: 'only-in-a', sizeA: x!.size, sha256A: await hashFile(join(a, rel), chunk, x!.size), notes: [] });
        else if (x!.kind !== 'dir') files.push({ path: rel, status: 'only-in-a', notes: [] });
      } else if (!x) {
        if (y.kind === 'file') files.push({ path: rel, status: 'only-in-b', sizeB: y.size, sha256B: await hashFile(join(b, rel), chunk, y.size), notes: [] });
        else if (y.kind !== 'dir') files.push({ path: rel, status: 'only-in-b', notes: [] });
      } else if (x.kind === 'file' && y.kind === 'file') {
        files.push(await compareFile(join(a, rel), join(b, rel), rel, x.size, y.size, settings));
      } else if (x.kind === 'symlink' && y.kind === 'symlink') {
        files.push({ path: rel, status: x.target === y.target ? 'identical' : 'differs', notes: x.target === y.target ? [] : [`symlink targets differ: ${x.target} vs ${y.target}`] });
      } else {
        files.push({ path: rel, status: 'type-differs', notes: [`${x.kind} in stage-a, ${y.kind} in stage-b`] });
      }
    }
  } else {
    throw new ConfigurationError(`Cannot compare a ${ea.kind} ('${a}') with a ${eb.kind} ('${b}'). Expected two files or two directories.`);
  }

  const counts: Record<FileStatus, number> = { identical: 0, 'normalized-identical': 0, differs: 0, 'only-in-a': 0, 'only-in-b': 0, 'type-differs': 0 };
  for (const f of files) counts[f.status]++;
  const status: CompareStatus =
    counts.differs + counts['only-in-a'] + counts['only-in-b'] + counts['type-differs'] > 0
      ? 'differs'
      : counts['normalized-identical'] > 0
        ? 'normalized-identical'
        : 'identical';
  const stages = stageExpectation(stageNumber(options.stageA ?? a), stageNumber(options.stageB ?? b));
  const notes: string[] = [];
  if (files.some((f) => f.notes.some((n) => n.includes('--remap-path-prefix')))) {
    notes.push('Some outputs embed build paths of different lengths, which shifts their layout: pass --remap-path-prefix=<build dir>=<fixed path> to rustc (build.rustflags) so both builds embed the same path.');
  }
  if (status === 'differs' && prefixes.length === 0 && files.some((f) => f.elf?.sections.some((s) => s.name.startsWith('.debug')))) {
    notes.push('Debug sections differ: if the builds ran in different directories, declare them in allow-path-prefixes or build with --remap-path-prefix.');
  }
  if (files.some((f) => f.notes.some((n) => n.includes('set compare-ignore: debug')))) {
    notes.push('Some files differ only in metadata, debug information among it, even after masking the declared paths: set compare-ignore: debug to compare them without debug sections.');
  }
  if (status === 'differs' && stages.expectedToDiffer) notes.push(stages.note);
  return { status, a, b, mode, files, counts, stages, notes };
}
