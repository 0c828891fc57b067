export const id = 179;
export const ids = [179];
export const modules = {

/***/ 4179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareEmbedded: () => (/* binding */ prepareEmbedded)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/io.ts
var io = __webpack_require__(3404);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/artifacts/elf.ts
var elf = __webpack_require__(4979);
;// CONCATENATED MODULE: ./shared/vm/initramfs.ts
/**
 * A busybox initramfs written by Node (cpio "newc", deterministic: fixed mtimes and inode numbers, no root
 * needed for /dev/console), with a statically linked Rust program the /init runs as a criterion.
 * Cached under a key made of every input, so a second build is a file lookup.
 */





const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;
function hex8(n) {
    return n.toString(16).padStart(8, '0');
}
function pad4(n) {
    return (4 - (n % 4)) % 4;
}
/** Serialise entries as a cpio newc archive (what the kernel unpacks as an initramfs). */
function writeCpioNewc(entries) {
    const parts = [];
    let ino = 1;
    let offset = 0;
    const push = (b) => {
        parts.push(b);
        offset += b.length;
    };
    const record = (name, mode, data, rdev, nlink) => {
        const nameBytes = Buffer.from(name + '\0', 'utf8');
        const header = '070701' +
            hex8(name === 'TRAILER!!!' ? 0 : ino++) +
            hex8(mode) +
            hex8(0) + // uid
            hex8(0) + // gid
            hex8(nlink) +
            hex8(0) + // mtime: fixed, so the archive is reproducible
            hex8(data.length) +
            hex8(0) + // devmajor
            hex8(0) + // devminor
            hex8(rdev[0]) +
            hex8(rdev[1]) +
            hex8(nameBytes.length) +
            hex8(0); // check
        push(Buffer.from(header, 'latin1'));
        push(nameBytes);
        push(Buffer.alloc(pad4(offset)));
        if (data.length) {
            push(Buffer.from(data));
            push(Buffer.alloc(pad4(offset)));
        }
    };
    for (const e of entries) {
        const name = e.path.replace(/^\/+/, '');
        if (!name || name.split('/').includes('..'))
            throw new io/* ConfigurationError */.j(`Invalid initramfs path '${e.path}'.`);
        switch (e.kind) {
            case 'dir':
                record(name, S_IFDIR | (e.mode ?? 0o755), new Uint8Array(), [0, 0], 2);
                break;
            case 'file':
                record(name, S_IFREG | (e.mode ?? 0o644), e.data, [0, 0], 1);
                break;
            case 'symlink':
                record(name, S_IFLNK | 0o777, Buffer.from(e.target, 'utf8'), [0, 0], 1);
                break;
            case 'chardev':
                record(name, S_IFCHR | (e.mode ?? 0o600), new Uint8Array(), [e.major, e.minor], 1);
                break;
        }
    }
    record('TRAILER!!!', 0, new Uint8Array(), [0, 0], 1);
    return Buffer.concat(parts);
}
/** Paths of the default recipe in this repository. */
function defaultInitramfsRecipe(repoRoot) {
    const dir = (0,external_node_path_.join)(repoRoot, 'fixtures', 'vm', 'initramfs');
    return {
        initScript: (0,external_node_path_.join)(dir, 'init'),
        probeSource: (0,external_node_path_.join)(dir, 'selfhost-probe.rs'),
        // VeridianOS's serial console, replayed (selfhost_mode=veridian-<case>).
        scripts: [(0,external_node_path_.join)(dir, 'veridian.sh')],
    };
}
async function buildSelfhostInitramfs(inputs, run) {
    const rustc = inputs.rustc ?? 'rustc';
    const scripts = inputs.scripts ?? [];
    for (const [what, p] of [['busybox', inputs.busybox], ['init script', inputs.initScript], ['probe source', inputs.probeSource], ...scripts.map((s) => ['script', s])]) {
        if (!(0,external_node_fs_.existsSync)(p))
            throw new io/* ConfigurationError */.j(`The ${what} '${p}' does not exist.`);
    }
    const version = await run(rustc, ['-vV']);
    if (version.code !== 0)
        throw new io/* ConfigurationError */.j(`'${rustc} -vV' failed: ${version.stderr.trim()}`);
    const busybox = (0,external_node_fs_.readFileSync)(inputs.busybox);
    const init = (0,external_node_fs_.readFileSync)(inputs.initScript);
    const source = (0,external_node_fs_.readFileSync)(inputs.probeSource);
    const extra = scripts.map((s) => ({ name: (0,external_node_path_.basename)(s), data: (0,external_node_fs_.readFileSync)(s) }));
    const hash = (0,external_node_crypto_.createHash)('sha256').update('selfhost-initramfs-v1\0').update(busybox).update(init).update(source).update(version.stdout);
    // Without scripts the key is what it always was (a cached archive stays valid).
    for (const e of extra)
        hash.update(`\0${e.name}\0`).update(e.data);
    const key = hash.digest('hex').slice(0, 16);
    (0,external_node_fs_.mkdirSync)(inputs.cacheDir, { recursive: true });
    const path = (0,external_node_path_.join)(inputs.cacheDir, `selfhost-initramfs-${key}.cpio`);
    if ((0,external_node_fs_.existsSync)(path))
        return { path, key, cached: true };
    const busyboxElf = await (0,elf/* readElf */.oU)(async (pos, len) => busybox.subarray(pos, pos + len), busybox.length);
    if (!busyboxElf || !(0,elf/* isStaticExecutable */.Nx)(busyboxElf)) {
        throw new io/* ConfigurationError */.j(`'${inputs.busybox}' is not a statically linked executable (install busybox-static).`);
    }
    const work = (0,external_node_path_.join)(inputs.cacheDir, `.initramfs-${process.pid}-${key}`);
    (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(work, { recursive: true });
    try {
        const probePath = (0,external_node_path_.join)(work, 'selfhost-probe');
        const compiled = await run(rustc, [
            '--edition', '2021',
            '-C', 'opt-level=s',
            '-C', 'target-feature=+crt-static',
            '-C', 'panic=abort',
            '-C', 'strip=symbols',
            '-o', probePath,
            inputs.probeSource,
        ]);
        if (compiled.code !== 0)
            throw new io/* ConfigurationError */.j(`Compiling ${inputs.probeSource} failed:\n${compiled.stderr.trim()}`);
        const probe = (0,external_node_fs_.readFileSync)(probePath);
        const probeElf = await (0,elf/* readElf */.oU)(async (pos, len) => probe.subarray(pos, pos + len), probe.length);
        if (!probeElf || !(0,elf/* isStaticExecutable */.Nx)(probeElf))
            throw new Error('rustc with +crt-static produced a dynamically linked program');
        const archive = writeCpioNewc([
            { kind: 'dir', path: 'bin' },
            { kind: 'dir', path: 'dev' },
            { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
            { kind: 'chardev', path: 'dev/null', major: 1, minor: 3, mode: 0o666 },
            { kind: 'dir', path: 'proc' },
            { kind: 'dir', path: 'sys' },
            { kind: 'dir', path: 'tmp', mode: 0o1777 },
            { kind: 'file', path: 'bin/busybox', data: busybox, mode: 0o755 },
            { kind: 'symlink', path: 'bin/sh', target: 'busybox' },
            { kind: 'file', path: 'bin/selfhost-probe', data: probe, mode: 0o755 },
            { kind: 'file', path: 'init', data: init, mode: 0o755 },
            ...extra.map((e) => ({ kind: 'file', path: e.name, data: e.data, mode: 0o755 })),
        ]);
        (0,external_node_fs_.writeFileSync)(path + '.tmp', archive);
        (0,external_node_fs_.renameSync)(path + '.tmp', path);
        return { path, key, cached: false };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/qemu-selfhost-verify/embedded.ts
/**
 * The embedded demo (no inputs): a Debian kernel (fetched once into .cache/vm by .ci/fetch-kernel.mjs),
 * a busybox initramfs with a static Rust program (built once, cached), and two builds of the same Rust
 * program made in two directories of equal length, compared with those directories declared.
 */




function cachedKernel(cacheDir) {
    try {
        const m = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(cacheDir, 'kernel.json'), 'utf8'));
        const image = external_node_path_default().join(cacheDir, m.vmlinux ?? m.vmlinuz);
        return (0,external_node_fs_.existsSync)(image) ? image : undefined;
    }
    catch {
        return undefined;
    }
}
async function prepareEmbedded(root, workDir, run) {
    const cacheDir = external_node_path_default().join(root, '.cache', 'vm');
    const notes = [];
    let kernel = cachedKernel(cacheDir);
    if (!kernel) {
        const fetched = await run(process.execPath, [external_node_path_default().join(root, '.ci', 'fetch-kernel.mjs'), '--cache-dir', cacheDir], { timeoutMs: 10 * 60_000 });
        kernel = cachedKernel(cacheDir);
        if (!kernel) {
            throw new io/* ConfigurationError */.j(`The embedded demo needs a Debian kernel and could not fetch one (${(fetched.stderr || fetched.stdout).trim().split('\n').pop()}). ` +
                'Run `node .ci/fetch-kernel.mjs` on a Debian machine (apt-get download linux-image-amd64), or give the kernel input.');
        }
        notes.push(`fetched ${external_node_path_default().basename(kernel)} into ${cacheDir}`);
    }
    const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((b) => (0,external_node_fs_.existsSync)(b));
    if (!busybox)
        throw new io/* ConfigurationError */.j('The embedded demo needs busybox-static (apt-get install busybox-static), or give the kernel and initrd inputs.');
    const initrd = await buildSelfhostInitramfs({ cacheDir, busybox, ...defaultInitramfsRecipe(root) }, run);
    notes.push(initrd.cached ? `initramfs from the cache (${external_node_path_default().basename(initrd.path)})` : `built ${external_node_path_default().basename(initrd.path)}`);
    // Two directories of the same length: the embedded source path differs, the layout does not.
    const source = external_node_path_default().join(root, 'fixtures', 'artifacts', 'hello', 'hello.rs');
    const dirs = [external_node_path_default().join(workDir, 'demo', 'build-one'), external_node_path_default().join(workDir, 'demo', 'build-two')];
    const outs = [];
    for (const dir of dirs) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(dir, 'out'), { recursive: true });
        (0,external_node_fs_.copyFileSync)(source, external_node_path_default().join(dir, 'hello.rs'));
        const r = await run('rustc', ['--edition', '2021', '--emit=obj', '-C', 'opt-level=1', '-o', external_node_path_default().join(dir, 'out', 'hello.o'), external_node_path_default().join(dir, 'hello.rs')], { cwd: dir });
        if (r.code !== 0)
            throw new io/* ConfigurationError */.j(`The embedded demo could not compile ${source} with rustc: ${r.stderr.trim()}`);
        outs.push(external_node_path_default().join(dir, 'out'));
    }
    notes.push(`compiled ${external_node_path_default().basename(source)} in ${dirs[0]} and ${dirs[1]}`);
    return {
        kernel,
        initrd: initrd.path,
        append: 'console=ttyS0 panic=-1 quiet selfhost_mode=pass',
        stageA: outs[0],
        stageB: outs[1],
        allowPathPrefixes: [...dirs],
        notes,
    };
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
