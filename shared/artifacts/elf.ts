/**
 * A small ELF reader: the file header, section headers with names, program header types. ELF32 and ELF64,
 * little and big endian. Reads only the headers (through a `ReadAt` seam), never the whole file.
 */

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: bigint;
  addr: bigint;
  offset: number;
  size: number;
}

export interface ElfInfo {
  class: 32 | 64;
  endian: 'little' | 'big';
  type: number;
  machine: number;
  entry: bigint;
  sections: ElfSection[];
  /** p_type of each program header. */
  programHeaderTypes: number[];
  /** Where the ELF header and the section/program header tables lie (for locating a differing byte). */
  headerRanges: { name: string; offset: number; size: number }[];
}

export const SHT_NOBITS = 8;
export const SHF_ALLOC = 0x2n;
export const SHF_EXECINSTR = 0x4n;
export const PT_INTERP = 3;

/** Read `length` bytes at `position` (fewer at end of file). */
export type ReadAt = (position: number, length: number) => Promise<Buffer>;

export function isElfMagic(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}

/** Parse the headers; undefined when this is not a well-formed ELF file (never throws on bad input). */
export async function readElf(readAt: ReadAt, fileSize: number): Promise<ElfInfo | undefined> {
  try {
    return await parse(readAt, fileSize);
  } catch {
    return undefined;
  }
}

async function parse(readAt: ReadAt, fileSize: number): Promise<ElfInfo | undefined> {
  const id = await readAt(0, 64);
  if (!isElfMagic(id) || id.length < 52) return undefined;
  const cls = id[4] === 1 ? 32 : id[4] === 2 ? 64 : undefined;
  const endian = id[5] === 1 ? 'little' : id[5] === 2 ? 'big' : undefined;
  if (!cls || !endian) return undefined;
  const le = endian === 'little';
  const u16 = (b: Buffer, o: number): number => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number): number => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const u64 = (b: Buffer, o: number): bigint => (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
  const word = (b: Buffer, o: number): bigint => (cls === 64 ? u64(b, o) : BigInt(u32(b, o)));
  const num = (v: bigint, what: string): number => {
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`${what} out of range`);
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
  const programHeaderTypes: number[] = [];
  if (phoff > 0 && phnum > 0 && phentsize >= 8 && phoff + phnum * phentsize <= fileSize) {
    const ph = await readAt(phoff, phnum * phentsize);
    for (let i = 0; i < phnum; i++) programHeaderTypes.push(u32(ph, i * phentsize));
    headerRanges.push({ name: 'program headers', offset: phoff, size: phnum * phentsize });
  }

  const sections: ElfSection[] = [];
  const minEnt = cls === 64 ? 64 : 40;
  // A section header table that points outside the file: not an ELF we can vouch for.
  if (shoff > 0 && (shentsize < minEnt || shoff >= fileSize)) return undefined;
  if (shoff > 0) {
    if (shnum === 0) {
      // More than 0xff00 sections: the real count is in section 0's sh_size (and the index in sh_link).
      const first = await readAt(shoff, shentsize);
      shnum = num(word(first, cls === 64 ? 32 : 20), 'sh_size');
      if (shstrndx === 0xffff) shstrndx = u32(first, cls === 64 ? 40 : 24);
    }
    if (shnum > 1_000_000 || shoff + shnum * shentsize > fileSize) return undefined;
    const table = await readAt(shoff, shnum * shentsize);
    headerRanges.push({ name: 'section headers', offset: shoff, size: shnum * shentsize });
    const raw: (Omit<ElfSection, 'name'> & { nameOff: number })[] = [];
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
    const nameAt = new Map<number, string>();
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
export const MAX_SECTION_NAME = 1024;

/** Sections that carry no code or data the program runs: build ids, compiler banners, debug info. */
export function isMetadataSection(name: string): boolean {
  return (
    name === '.comment' ||
    name === '.note.gnu.build-id' ||
    name === '.gnu_debuglink' ||
    name === '.gnu_debugaltlink' ||
    name.startsWith('.debug') ||
    name.startsWith('.zdebug') ||
    name === '.symtab' ||
    name === '.strtab' ||
    name === '.shstrtab'
  );
}

/** A statically linked executable has no PT_INTERP (no dynamic loader). */
export function isStaticExecutable(elf: ElfInfo): boolean {
  return !elf.programHeaderTypes.includes(PT_INTERP);
}
