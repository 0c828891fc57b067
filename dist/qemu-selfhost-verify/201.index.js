export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareArtifacts: () => (/* binding */ compareArtifacts),
/* harmony export */   isDebugSection: () => (/* binding */ isDebugSection),
/* harmony export */   stageExpectation: () => (/* binding */ stageExpectation),
/* harmony export */   stageNumber: () => (/* binding */ stageNumber)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3404);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2433);
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4979);
/**
 * Compare two build outputs (files or directory trees): streamed byte comparison first (memory independent
 * of file size) with a sha256 per file for the record; where they differ, an ELF-aware account (which
 * sections, first differing offset, size changes) classified as metadata-only, code differs or layout
 * shift; and `normalized-identical` when the only differences are declared path prefixes.
 */






const DEFAULT_CHUNK = 1 << 20;
/** Occurrences of the declared prefixes in one file, counted as `normalizedChunks` masks them, and whether
 * the file holds a NUL byte (then it is not text). */
class PrefixScan {
    prefixes;
    n = 0;
    /** Lengths of the prefixes that occurred. */
    lengths = new Set();
    nul = false;
    carry = Buffer.alloc(0);
    keep;
    /** What the last feed found: a twin fed the same bytes from the same carried bytes finds the same. */
    last = { n: 0, lengths: [] };
    constructor(prefixes) {
        this.prefixes = prefixes;
        this.keep = Math.max(0, ...prefixes.map((p) => p.length)) - 1;
    }
    /** Whether this scan and `twin` carry the same bytes into their next feed. */
    carriesAs(twin) {
        return this.carry.equals(twin.carry);
    }
    /**
     * `buf` holds the bytes `twin` was just fed, and before that feed this scan carried what `twin` carried
     * (carriesAs): take over what that feed found instead of searching the same bytes again.
     */
    follow(twin, buf) {
        if (!this.nul && buf.includes(0))
            this.nul = true;
        this.n += twin.last.n;
        for (const len of twin.last.lengths)
            this.lengths.add(len);
        this.last = twin.last;
        this.carry = twin.carry;
    }
    feed(buf, final = false) {
        if (!this.nul && buf.includes(0))
            this.nul = true;
        const last = { n: 0, lengths: [] };
        this.last = last;
        if (this.prefixes.length === 0)
            return;
        const count = (_at, len) => {
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
function forEachPrefix(work, from, upTo, prefixes, onMatch) {
    // the next occurrence at or after `i` of each prefix below upTo; -1: none; -2: not searched yet
    const next = new Array(prefixes.length).fill(-2);
    let i = from;
    while (i < upTo) {
        let best = -1;
        let bestLen = 0;
        for (let k = 0; k < prefixes.length; k++) {
            let at = next[k];
            if (at === -1)
                continue;
            if (at < i) {
                at = work.indexOf(prefixes[k], i);
                if (at >= upTo)
                    at = -1;
                next[k] = at;
                if (at < 0)
                    continue;
            }
            const len = prefixes[k].length;
            if (best < 0 || at < best || (at === best && len > bestLen)) {
                best = at;
                bestLen = len;
            }
        }
        if (best < 0)
            return upTo;
        onMatch(best, bestLen);
        i = best + bestLen;
    }
    return i;
}
async function readFull(fh, buf, position) {
    let got = 0;
    while (got < buf.length) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
        if (bytesRead === 0)
            break;
        got += bytesRead;
    }
    return got;
}
function firstMismatch(a, b, n) {
    // Narrow by halves with Buffer.compare (native), then finish byte by byte.
    let lo = 0;
    let hi = n;
    const A = Buffer.from(a.buffer, a.byteOffset, n);
    const B = Buffer.from(b.buffer, b.byteOffset, n);
    while (hi - lo > 64) {
        const mid = (lo + hi) >>> 1;
        if (A.compare(B, lo, mid, lo, mid) !== 0)
            hi = mid;
        else
            lo = mid;
    }
    for (let i = lo; i < hi; i++)
        if (A[i] !== B[i])
            return i;
    return -1;
}
/**
 * Byte comparison and digests in one pass, double-buffered: the next pair of reads is in flight while the
 * current pair is compared and hashed. While the files are equal only one side is hashed (equal bytes,
 * equal digest); from the first difference on both are.
 */
async function compareStrict(pathA, pathB, sizeA, sizeB, chunk, prefixes) {
    const scanA = new PrefixScan(prefixes);
    const scanB = new PrefixScan(prefixes);
    const fa = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(pathA, 'r');
    const fb = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(pathB, 'r');
    try {
        const hashA = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let hashB = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let shared = true; // hashA also stands for B's bytes so far
        let firstDifference = sizeA === sizeB ? undefined : Math.min(sizeA, sizeB);
        // No larger than the files: four chunk-sized buffers for each of 20,000 small files made the collector run
        // for their external memory after every file (20,000 files: 33 s, 5,000: 2.8 s).
        const size = bufferSize(chunk, Math.max(sizeA, sizeB));
        const bufs = [
            [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)],
            [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)],
        ];
        const readPair = (slot, pos) => Promise.all([readFull(fa, bufs[slot][0], pos), readFull(fb, bufs[slot][1], pos)]);
        let pos = 0;
        let slot = 0;
        let pending = readPair(0, 0);
        for (;;) {
            const [na, nb] = await pending;
            if (na === 0 && nb === 0)
                break;
            const next = slot === 0 ? 1 : 0;
            pending = readPair(next, pos + Math.max(na, nb));
            const a = bufs[slot][0].subarray(0, na);
            const b = bufs[slot][1].subarray(0, nb);
            // Equal chunks (most of two builds of one artifact) are searched for the prefixes once. (Past the first
            // difference, equality is only worth a comparison when there are prefixes to search for.)
            const same = na === nb && (shared || prefixes.length > 0) && a.equals(b);
            const twin = same && scanB.carriesAs(scanA);
            scanA.feed(a);
            if (twin)
                scanB.follow(scanA, b);
            else
                scanB.feed(b);
            if (shared) {
                const n = Math.min(na, nb);
                if (same) {
                    hashA.update(a);
                }
                else {
                    const at = firstMismatch(a, b, n);
                    const local = at >= 0 ? at : n;
                    if (firstDifference === undefined || pos + local < firstDifference)
                        firstDifference = pos + local;
                    // Fork the digest: B so far equals A so far.
                    hashA.update(a.subarray(0, local));
                    const forked = hashA.copy();
                    hashA.update(a.subarray(local));
                    forked.update(b.subarray(local));
                    shared = false;
                    hashB = forked;
                }
            }
            else {
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
        const result = { equal: shared && sizeA === sizeB, sha256A: digestA, sha256B: digestB, scanA, scanB };
        if (firstDifference !== undefined)
            result.firstDifference = firstDifference;
        return result;
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
/** A read buffer for a file of `size` bytes: the chunk, or less for a smaller file (one more byte to see its end). */
function bufferSize(chunk, size) {
    return Math.max(1, Math.min(chunk, size + 1));
}
async function hashFile(path, chunk, size) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(bufferSize(chunk, size));
        for (let pos = 0;;) {
            const n = await readFull(fh, buf, pos);
            if (n === 0)
                break;
            h.update(buf.subarray(0, n));
            pos += n;
        }
        return h.digest('hex');
    }
    finally {
        await fh.close();
    }
}
/** Chunks of a file with byte ranges zeroed and declared prefixes replaced by one fixed token. */
async function* normalizedChunks(path, prefixes, zeroRanges, chunk, range = { offset: 0, size: Number.MAX_SAFE_INTEGER }) {
    const token = Buffer.from('\0<prefix>\0');
    const keep = Math.max(0, ...prefixes.map((p) => p.length)) - 1;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
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
                if (s < e)
                    raw.fill(0, s - pos, e - pos);
            }
            pos += n;
            const work = carry.length ? Buffer.concat([carry, raw]) : raw;
            const final = n === 0;
            // Bytes that cannot start a match still incomplete at the end of `work` are emitted now.
            const emitUpTo = final ? work.length : Math.max(0, work.length - keep);
            const out = [];
            let last = 0;
            const end = forEachPrefix(work, 0, emitUpTo, prefixes, (at, len) => {
                out.push(work.subarray(last, at), token);
                last = at + len;
            });
            if (last < emitUpTo)
                out.push(work.subarray(last, emitUpTo));
            // A match may have run past emitUpTo: continue after it.
            carry = Buffer.from(work.subarray(Math.max(end, emitUpTo)));
            if (out.length)
                yield Buffer.concat(out);
            if (final) {
                if (carry.length)
                    yield carry;
                return;
            }
        }
    }
    finally {
        await fh.close();
    }
}
/** Where two chunk streams first differ: offset in normalised coordinates and 1-based line; undefined when equal. */
async function streamsDiffer(a, b) {
    let bufA = Buffer.alloc(0);
    let bufB = Buffer.alloc(0);
    let doneA = false;
    let doneB = false;
    let offset = 0;
    let line = 1;
    const newlines = (buf, end) => {
        let k = 0;
        for (let i = buf.indexOf(10); i >= 0 && i < end; i = buf.indexOf(10, i + 1))
            k++;
        return k;
    };
    for (;;) {
        while (!doneA && bufA.length === 0) {
            const r = await a.next();
            if (r.done)
                doneA = true;
            else
                bufA = r.value;
        }
        while (!doneB && bufB.length === 0) {
            const r = await b.next();
            if (r.done)
                doneB = true;
            else
                bufB = r.value;
        }
        if (bufA.length === 0 || bufB.length === 0)
            return bufA.length === bufB.length ? undefined : { offset, line };
        const n = Math.min(bufA.length, bufB.length);
        const at = firstMismatch(bufA, bufB, n);
        if (at >= 0)
            return { offset: offset + at, line: line + newlines(bufA, at) };
        line += newlines(bufA, n);
        offset += n;
        bufA = bufA.subarray(n);
        bufB = bufB.subarray(n);
    }
}
/** First difference of two equal-length byte ranges in two files, streamed. -1 when equal. */
async function compareRanges(pathA, offA, pathB, offB, size, chunk) {
    const fa = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(pathA, 'r');
    const fb = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(pathB, 'r');
    try {
        const ba = Buffer.allocUnsafe(Math.min(chunk, Math.max(size, 1)));
        const bb = Buffer.allocUnsafe(ba.length);
        for (let done = 0; done < size;) {
            const want = Math.min(ba.length, size - done);
            const [na, nb] = await Promise.all([readFull(fa, ba.subarray(0, want), offA + done), readFull(fb, bb.subarray(0, want), offB + done)]);
            const n = Math.min(na, nb);
            const at = firstMismatch(ba, bb, n);
            if (at >= 0)
                return done + at;
            if (na !== nb)
                return done + n;
            if (n === 0)
                return -1;
            done += n;
        }
        return -1;
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
// ---------------------------------------------------------------------------------------------------------
// ELF
async function elfOf(path, size) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        return await (0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .readElf */ .oU)(async (pos, len) => {
            const buf = Buffer.alloc(len);
            const n = await readFull(fh, buf, pos);
            return buf.subarray(0, n);
        }, size);
    }
    finally {
        await fh.close();
    }
}
function keyed(sections) {
    const seen = new Map();
    const out = new Map();
    for (const s of sections) {
        if (s.index === 0)
            continue;
        const k = seen.get(s.name) ?? 0;
        seen.set(s.name, k + 1);
        out.set(k === 0 ? s.name : `${s.name}#${k}`, s);
    }
    return out;
}
const isAlloc = (s) => (s.flags & _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .SHF_ALLOC */ .GJ) !== 0n;
async function elfReport(pathA, elfA, pathB, elfB, chunk) {
    const ka = keyed(elfA.sections);
    const kb = keyed(elfB.sections);
    const sections = [];
    for (const [name, a] of ka) {
        const b = kb.get(name);
        const metadata = (0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .isMetadataSection */ .$)(a.name);
        if (!b) {
            sections.push({ name, change: 'only-in-a', sizeA: a.size, alloc: isAlloc(a), metadata });
            continue;
        }
        const alloc = isAlloc(a) || isAlloc(b);
        if (a.size !== b.size) {
            sections.push({ name, change: 'size', sizeA: a.size, sizeB: b.size, alloc, metadata });
            continue;
        }
        if (a.type !== _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .SHT_NOBITS */ .UB && b.type !== _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .SHT_NOBITS */ .UB) {
            const at = await compareRanges(pathA, a.offset, pathB, b.offset, a.size, chunk);
            if (at >= 0) {
                sections.push({ name, change: 'content', sizeA: a.size, sizeB: b.size, firstDifference: at, alloc, metadata });
                continue;
            }
        }
        if (alloc && a.addr !== b.addr)
            sections.push({ name, change: 'moved', sizeA: a.size, sizeB: b.size, alloc, metadata });
    }
    for (const [name, b] of kb) {
        if (!ka.has(name))
            sections.push({ name, change: 'only-in-b', sizeB: b.size, alloc: isAlloc(b), metadata: (0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .isMetadataSection */ .$)(b.name) });
    }
    const headersDiffer = [];
    for (const ha of elfA.headerRanges) {
        const hb = elfB.headerRanges.find((h) => h.name === ha.name);
        if (!hb || hb.size !== ha.size || (await compareRanges(pathA, ha.offset, pathB, hb.offset, ha.size, chunk)) >= 0)
            headersDiffer.push(ha.name);
    }
    const real = sections.filter((s) => !s.metadata);
    let classification;
    if (real.some((s) => s.alloc && s.change !== 'content'))
        classification = 'layout-shift';
    else if (real.some((s) => s.alloc))
        classification = 'code-differs';
    else if (real.length === 0)
        classification = 'metadata-only';
    else
        classification = 'content-differs';
    return { report: { classA: elfA.class, sections, headersDiffer }, classification };
}
// ---------------------------------------------------------------------------------------------------------
// Files
/** The first difference once prefixes are masked (and build ids zeroed); undefined when none occurs. */
async function normalizedDifference(pathA, elfA, pathB, elfB, prefixes, chunk) {
    // The build id hashes the whole output, paths included: it follows from the other differences.
    const ia = normalizedChunks(pathA, prefixes, buildIdRanges(elfA), chunk);
    const ib = normalizedChunks(pathB, prefixes, buildIdRanges(elfB), chunk);
    try {
        return await streamsDiffer(ia, ib);
    }
    finally {
        // Stop early: the counts came from the first pass, nothing after the difference is needed.
        await Promise.all([ia.return(undefined), ib.return(undefined)]);
    }
}
function buildIdRanges(elf) {
    return (elf?.sections ?? []).filter((s) => s.name === BUILD_ID && s.type !== _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .SHT_NOBITS */ .UB).map((s) => ({ offset: s.offset, size: s.size }));
}
/**
 * Status and notes in normalized mode. Text files (no NUL byte, not ELF) are compared line by line: a
 * path of another length changes nothing else in them, so masking decides. In binaries a longer path moves
 * everything after it; only `--remap-path-prefix` (which rustc applies to its outputs, not to text such as
 * dep-info files) gives identical layouts.
 */
function normalizedVerdict(fc, strict, diff, notElf) {
    const { scanA: ca, scanB: cb } = strict;
    fc.prefixOccurrences = { a: ca.n, b: cb.n };
    const lengthsA = [...ca.lengths].sort().join(',');
    const lengthsB = [...cb.lengths].sort().join(',');
    const text = notElf && !ca.nul && !cb.nul;
    const masked = `${ca.n} + ${cb.n} occurrences of the declared path prefixes`;
    if (ca.n + cb.n === 0) {
        fc.notes.push('none of the declared path prefixes occurs in either file');
    }
    else if (diff === undefined && (text || (fc.sizeA === fc.sizeB && lengthsA === lengthsB))) {
        fc.status = 'normalized-identical';
        fc.notes.push(`identical once ${masked} are masked${text ? ' (text, compared line by line)' : ''}`);
        if (fc.elf && fc.elf.sections.some((s) => s.name === BUILD_ID))
            fc.notes.push('.note.gnu.build-id ignored: it is a hash over the content, which includes the paths');
    }
    else if (text) {
        fc.firstDifferentLine = diff.line;
        fc.notes.push(`line ${diff.line} still differs after masking ${masked}`);
    }
    else if (lengthsA !== lengthsB) {
        fc.notes.push(`the embedded path prefixes differ in length (${lengthsA || 'none'} vs ${lengthsB || 'none'} bytes), which shifts the layout ` +
            `(${diff === undefined ? 'the content is otherwise the same' : 'sizes and offsets change'}): build both with --remap-path-prefix=<build dir>=<fixed path> to get identical outputs`);
    }
    else {
        fc.notes.push(`still differs after masking ${masked}`);
    }
}
/**
 * Whether every differing section other than debug information (and the build id, a hash over it all) is
 * equal once the declared prefixes are masked. Undefined when something else differs.
 */
async function onlyDebugDiffers(pathA, elfA, pathB, elfB, report, prefixes, chunk) {
    const rest = report.sections.filter((d) => !isDebugSection(d.name) && d.name !== BUILD_ID);
    if (rest.length === 0)
        return { masked: false };
    if (prefixes.length === 0 || rest.some((d) => d.change !== 'content'))
        return undefined;
    const ka = keyed(elfA.sections);
    const kb = keyed(elfB.sections);
    for (const d of rest) {
        const a = ka.get(d.name);
        const b = kb.get(d.name);
        const ia = normalizedChunks(pathA, prefixes, [], chunk, { offset: a.offset, size: a.size });
        const ib = normalizedChunks(pathB, prefixes, [], chunk, { offset: b.offset, size: b.size });
        try {
            if ((await streamsDiffer(ia, ib)) !== undefined)
                return undefined;
        }
        finally {
            await Promise.all([ia.return(undefined), ib.return(undefined)]);
        }
    }
    return { masked: true };
}
/** Debug information and its relocations (`.rela.debug_info` in objects). */
function isDebugSection(name) {
    return /^\.(?:rela?\.)?z?debug/.test(name);
}
const BUILD_ID = '.note.gnu.build-id';
async function compareFile(pathA, pathB, rel, sizeA, sizeB, settings) {
    const { mode, chunk, diffoscope } = settings;
    const prefixes = mode === 'normalized' ? settings.prefixes : [];
    const strict = await compareStrict(pathA, pathB, sizeA, sizeB, chunk, prefixes);
    const fc = { path: rel, status: 'identical', sizeA, sizeB, sha256A: strict.sha256A, sha256B: strict.sha256B, notes: [] };
    if (strict.equal)
        return fc;
    fc.status = 'differs';
    if (strict.firstDifference !== undefined)
        fc.firstDifference = strict.firstDifference;
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
                if (prefixes.length)
                    fc.prefixOccurrences = { a: strict.scanA.n, b: strict.scanB.n };
                fc.notes.push(`identical apart from debug sections, ignored (compare-ignore: debug): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .listSome */ .XT)(debug, 6)}${masked.masked ? '; declared path prefixes masked in the other sections' : ''}`);
                return fc;
            }
        }
    }
    else {
        fc.classification = 'content-differs';
    }
    if (prefixes.length > 0)
        normalizedVerdict(fc, strict, await normalizedDifference(pathA, elfA, pathB, elfB, prefixes, chunk), !elfA && !elfB);
    const debug = (fc.elf?.sections ?? []).filter((d) => isDebugSection(d.name)).map((d) => d.name);
    if (prefixes.length > 0 && fc.status === 'differs' && debug.length && !settings.ignoreDebug && (await onlyDebugDiffers(pathA, elfA, pathB, elfB, fc.elf, prefixes, chunk))) {
        fc.notes.push(`once the declared paths are masked only debug sections differ (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .listSome */ .XT)(debug, 6)}): masking cannot undo a linker that orders strings by content ` +
            '(rust-lld lays out .debug_str by string hash, so different build paths reorder it even at equal length); set compare-ignore: debug to compare without debug sections');
    }
    if (diffoscope && fc.status === 'differs') {
        const max = diffoscope.maxChars ?? 20_000;
        // diffoscope exits 1 when the files differ: only a missing program or a crash is a problem.
        const r = await diffoscope.run(diffoscope.program ?? 'diffoscope', ['--text', '-', '--no-progress', pathA, pathB], { timeoutMs: diffoscope.timeoutMs ?? 5 * 60_000, maxBuffer: max * 4 });
        if (r.code === 0 || r.code === 1)
            fc.diffoscope = r.stdout.length > max ? `${r.stdout.slice(0, max)}\n[… cut at ${max} characters]` : r.stdout;
        else
            fc.notes.push(`diffoscope failed (${r.timedOut ? 'timed out' : `exit ${r.code}`}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
    }
    return fc;
}
async function entryOf(path) {
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        if (st.isSymbolicLink())
            return { kind: 'symlink', target: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path) };
        if (st.isDirectory())
            return { kind: 'dir' };
        if (st.isFile())
            return { kind: 'file', size: st.size };
        return { kind: 'other' };
    }
    catch {
        return undefined;
    }
}
/** Relative paths of everything under `root` (symlinks are not followed), sorted. */
async function walk(root) {
    const out = new Map();
    const stack = [''];
    while (stack.length) {
        const rel = stack.pop();
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel))).sort();
        for (const name of names) {
            const r = rel ? `${rel}/${name}` : name;
            const e = await entryOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, r));
            if (!e)
                continue;
            out.set(r, e);
            if (e.kind === 'dir')
                stack.push(r);
        }
    }
    return out;
}
/** Stage number from a label (`stage2`, `2`) or from a path segment such as `build/x86_64/stage2`. */
function stageNumber(text) {
    if (!text)
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim());
    const segs = text.split(/[\\/]/).reverse();
    for (const s of segs) {
        const m = /^stage(\d+)(?:-[a-z]+)?$/i.exec(s);
        if (m)
            return Number(m[1]);
    }
    return undefined;
}
function stageExpectation(a, b) {
    const base = { ...(a !== undefined && { stageA: a }), ...(b !== undefined && { stageB: b }) };
    if (a === undefined || b === undefined) {
        return { ...base, expectation: 'unknown', expectedToDiffer: false, note: 'no rustc stages recognised: any difference is reported as a difference' };
    }
    if (a === b)
        return { ...base, expectation: 'rebuild', expectedToDiffer: false, note: `stage${a} rebuilt: a reproducible build gives identical output` };
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
async function compareArtifacts(a, b, options = {}) {
    const mode = options.mode ?? 'normalized';
    const chunk = options.chunkSize ?? DEFAULT_CHUNK;
    const prefixTexts = (options.allowPathPrefixes ?? []).map((p) => p.trim()).filter(Boolean);
    for (const p of prefixTexts)
        if (p.length < 4)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`Path prefix '${p}' is too short to mask safely. Expected an absolute directory such as /home/runner/work/a.`);
    const prefixes = prefixTexts.map((p) => Buffer.from(p, 'utf8'));
    const ea = await entryOf(a);
    const eb = await entryOf(b);
    if (!ea)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`stage-a '${a}' does not exist.`);
    if (!eb)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`stage-b '${b}' does not exist.`);
    const settings = { mode, prefixes, chunk, ignoreDebug: (options.ignore ?? []).includes('debug'), ...(options.diffoscope && { diffoscope: options.diffoscope }) };
    const files = [];
    if (ea.kind === 'file' && eb.kind === 'file') {
        files.push(await compareFile(a, b, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(a) === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(b) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(a) : '', ea.size, eb.size, settings));
    }
    else if (ea.kind === 'dir' && eb.kind === 'dir') {
        const [ta, tb] = await Promise.all([walk(a), walk(b)]);
        const all = [...new Set([...ta.keys(), ...tb.keys()])].sort();
        for (const rel of all) {
            const x = ta.get(rel);
            const y = tb.get(rel);
            if (x?.kind === 'dir' && y?.kind === 'dir')
                continue;
            if (!y) {
                if (x.kind === 'file')
                    files.push({ path: rel, status: 'only-in-a', sizeA: x.size, sha256A: await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(a, rel), chunk, x.size), notes: [] });
                else if (x.kind !== 'dir')
                    files.push({ path: rel, status: 'only-in-a', notes: [] });
            }
            else if (!x) {
                if (y.kind === 'file')
                    files.push({ path: rel, status: 'only-in-b', sizeB: y.size, sha256B: await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(b, rel), chunk, y.size), notes: [] });
                else if (y.kind !== 'dir')
                    files.push({ path: rel, status: 'only-in-b', notes: [] });
            }
            else if (x.kind === 'file' && y.kind === 'file') {
                files.push(await compareFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(a, rel), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(b, rel), rel, x.size, y.size, settings));
            }
            else if (x.kind === 'symlink' && y.kind === 'symlink') {
                files.push({ path: rel, status: x.target === y.target ? 'identical' : 'differs', notes: x.target === y.target ? [] : [`symlink targets differ: ${x.target} vs ${y.target}`] });
            }
            else {
                files.push({ path: rel, status: 'type-differs', notes: [`${x.kind} in stage-a, ${y.kind} in stage-b`] });
            }
        }
    }
    else {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`Cannot compare a ${ea.kind} ('${a}') with a ${eb.kind} ('${b}'). Expected two files or two directories.`);
    }
    const counts = { identical: 0, 'normalized-identical': 0, differs: 0, 'only-in-a': 0, 'only-in-b': 0, 'type-differs': 0 };
    for (const f of files)
        counts[f.status]++;
    const status = counts.differs + counts['only-in-a'] + counts['only-in-b'] + counts['type-differs'] > 0
        ? 'differs'
        : counts['normalized-identical'] > 0
            ? 'normalized-identical'
            : 'identical';
    const stages = stageExpectation(stageNumber(options.stageA ?? a), stageNumber(options.stageB ?? b));
    const notes = [];
    if (files.some((f) => f.notes.some((n) => n.includes('--remap-path-prefix')))) {
        notes.push('Some outputs embed build paths of different lengths, which shifts their layout: pass --remap-path-prefix=<build dir>=<fixed path> to rustc (build.rustflags) so both builds embed the same path.');
    }
    if (status === 'differs' && prefixes.length === 0 && files.some((f) => f.elf?.sections.some((s) => s.name.startsWith('.debug')))) {
        notes.push('Debug sections differ: if the builds ran in different directories, declare them in allow-path-prefixes or build with --remap-path-prefix.');
    }
    if (files.some((f) => f.notes.some((n) => n.includes('set compare-ignore: debug')))) {
        notes.push('Some files differ only in metadata, debug information among it, even after masking the declared paths: set compare-ignore: debug to compare them without debug sections.');
    }
    if (status === 'differs' && stages.expectedToDiffer)
        notes.push(stages.note);
    return { status, a, b, mode, files, counts, stages, notes };
}


/***/ }),

/***/ 4979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isMetadataSection),
/* harmony export */   GJ: () => (/* binding */ SHF_ALLOC),
/* harmony export */   Nx: () => (/* binding */ isStaticExecutable),
/* harmony export */   UB: () => (/* binding */ SHT_NOBITS),
/* harmony export */   oU: () => (/* binding */ readElf)
/* harmony export */ });
/* unused harmony exports SHF_EXECINSTR, PT_INTERP, isElfMagic, MAX_SECTION_NAME */
/**
 * A small ELF reader: the file header, section headers with names, program header types. ELF32 and ELF64,
 * little and big endian. Reads only the headers (through a `ReadAt` seam), never the whole file.
 */
const SHT_NOBITS = 8;
const SHF_ALLOC = 0x2n;
const SHF_EXECINSTR = 0x4n;
const PT_INTERP = 3;
function isElfMagic(head) {
    return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}
/** Parse the headers; undefined when this is not a well-formed ELF file (never throws on bad input). */
async function readElf(readAt, fileSize) {
    try {
        return await parse(readAt, fileSize);
    }
    catch {
        return undefined;
    }
}
async function parse(readAt, fileSize) {
    const id = await readAt(0, 64);
    if (!isElfMagic(id) || id.length < 52)
        return undefined;
    const cls = id[4] === 1 ? 32 : id[4] === 2 ? 64 : undefined;
    const endian = id[5] === 1 ? 'little' : id[5] === 2 ? 'big' : undefined;
    if (!cls || !endian)
        return undefined;
    const le = endian === 'little';
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const u64 = (b, o) => (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
    const word = (b, o) => (cls === 64 ? u64(b, o) : BigInt(u32(b, o)));
    const num = (v, what) => {
        if (v > BigInt(Number.MAX_SAFE_INTEGER))
            throw new Error(`${what} out of range`);
        return Number(v);
    };
    const type = u16(id, 16);
    const machine = u16(id, 18);
    const entry = word(id, 24);
    const phoff = num(word(id, cls === 64 ? 32 : 28), 'e_phoff');
    const shoff = num(word(id, cls === 64 ? 40 : 32), 'e_shoff');
    const ehsize = u16(id, cls === 64 ? 52 : 40);
    const phentsize = u16(id, cls === 64 ? 54 : 42);
    const phnum = u16(id, cls === 64 ? 56 : 44);
    const shentsize = u16(id, cls === 64 ? 58 : 46);
    let shnum = u16(id, cls === 64 ? 60 : 48);
    let shstrndx = u16(id, cls === 64 ? 62 : 50);
    const headerRanges = [{ name: 'ELF header', offset: 0, size: ehsize }];
    const programHeaderTypes = [];
    if (phoff > 0 && phnum > 0 && phentsize >= 8 && phoff + phnum * phentsize <= fileSize) {
        const ph = await readAt(phoff, phnum * phentsize);
        for (let i = 0; i < phnum; i++)
            programHeaderTypes.push(u32(ph, i * phentsize));
        headerRanges.push({ name: 'program headers', offset: phoff, size: phnum * phentsize });
    }
    const sections = [];
    const minEnt = cls === 64 ? 64 : 40;
    // A section header table that points outside the file: not an ELF we can vouch for.
    if (shoff > 0 && (shentsize < minEnt || shoff >= fileSize))
        return undefined;
    if (shoff > 0) {
        if (shnum === 0) {
            // More than 0xff00 sections: the real count is in section 0's sh_size (and the index in sh_link).
            const first = await readAt(shoff, shentsize);
            shnum = num(word(first, cls === 64 ? 32 : 20), 'sh_size');
            if (shstrndx === 0xffff)
                shstrndx = u32(first, cls === 64 ? 40 : 24);
        }
        if (shnum > 1_000_000 || shoff + shnum * shentsize > fileSize)
            return undefined;
        const table = await readAt(shoff, shnum * shentsize);
        headerRanges.push({ name: 'section headers', offset: shoff, size: shnum * shentsize });
        const raw = [];
        for (let i = 0; i < shnum; i++) {
            const b = table.subarray(i * shentsize, (i + 1) * shentsize);
            raw.push({
                index: i,
                nameOff: u32(b, 0),
                type: u32(b, 4),
                flags: word(b, 8),
                addr: word(b, cls === 64 ? 16 : 12),
                offset: num(word(b, cls === 64 ? 24 : 16), 'sh_offset'),
                size: num(word(b, cls === 64 ? 32 : 20), 'sh_size'),
            });
        }
        const strtab = raw[shstrndx];
        const names = strtab && strtab.offset + strtab.size <= fileSize ? await readAt(strtab.offset, strtab.size) : Buffer.alloc(0);
        // one string per name offset, however many sections share it
        const nameAt = new Map();
        for (const s of raw) {
            // A name ends at its NUL, and is read up to MAX_SECTION_NAME characters: in a table without NULs every name
            // was the rest of the table (64k sections of a 128 KiB file: 11 s and a 67-million-character report).
            let name = nameAt.get(s.nameOff);
            if (name === undefined) {
                const text = names.subarray(s.nameOff, s.nameOff + MAX_SECTION_NAME);
                const end = text.indexOf(0);
                name = text.toString('latin1', 0, end < 0 ? text.length : end);
                nameAt.set(s.nameOff, name);
            }
            sections.push({ index: s.index, name, type: s.type, flags: s.flags, addr: s.addr, offset: s.offset, size: s.size });
        }
    }
    return { class: cls, endian, type, machine, entry, sections, programHeaderTypes, headerRanges };
}
/** The longest section name read (a mangled Rust function's `.text.` section name is a few hundred). */
const MAX_SECTION_NAME = 1024;
/** Sections that carry no code or data the program runs: build ids, compiler banners, debug info. */
function isMetadataSection(name) {
    return (name === '.comment' ||
        name === '.note.gnu.build-id' ||
        name === '.gnu_debuglink' ||
        name === '.gnu_debugaltlink' ||
        name.startsWith('.debug') ||
        name.startsWith('.zdebug') ||
        name === '.symtab' ||
        name === '.strtab' ||
        name === '.shstrtab');
}
/** A statically linked executable has no PT_INTERP (no dynamic loader). */
function isStaticExecutable(elf) {
    return !elf.programHeaderTypes.includes(PT_INTERP);
}


/***/ })

};
