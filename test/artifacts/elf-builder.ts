/** Hand-built ELF files for tests: a header, the given sections, a section-name table, section headers. */
export interface BuildSection {
  name: string;
  data: Uint8Array;
  /** SHF_ALLOC etc. */
  flags?: number;
  type?: number;
  addr?: number;
}

export function buildElf(sections: BuildSection[], opts: { class?: 32 | 64; endian?: 'little' | 'big' } = {}): Buffer {
  const cls = opts.class ?? 64;
  const le = (opts.endian ?? 'little') === 'little';
  const ehsize = cls === 64 ? 64 : 52;
  const shentsize = cls === 64 ? 64 : 40;
  const names = ['', ...sections.map((s) => s.name), '.shstrtab'];
  const nameOffsets: number[] = [];
  let strtab = '';
  for (const n of names) {
    nameOffsets.push(strtab.length);
    strtab += n + '\0';
  }
  const all: BuildSection[] = [...sections, { name: '.shstrtab', data: Buffer.from(strtab, 'latin1'), type: 3, flags: 0 }];
  let off = ehsize;
  const placed = all.map((s) => {
    off = (off + 7) & ~7;
    const at = off;
    off += s.data.length;
    return { ...s, offset: at };
  });
  const shoff = (off + 7) & ~7;
  const total = shoff + shentsize * (placed.length + 1);
  const b = Buffer.alloc(total);
  const w16 = (v: number, o: number) => (le ? b.writeUInt16LE(v, o) : b.writeUInt16BE(v, o));
  const w32 = (v: number, o: number) => (le ? b.writeUInt32LE(v, o) : b.writeUInt32BE(v, o));
  const wW = (v: number, o: number) => (cls === 64 ? (le ? b.writeBigUInt64LE(BigInt(v), o) : b.writeBigUInt64BE(BigInt(v), o)) : w32(v, o));
  b.set([0x7f, 0x45, 0x4c, 0x46, cls === 64 ? 2 : 1, le ? 1 : 2, 1], 0);
  w16(2, 16); // ET_EXEC
  w16(cls === 64 ? 62 : 3, 18);
  w32(1, 20);
  wW(0x401000, 24);
  wW(0, cls === 64 ? 32 : 28); // no program headers
  wW(shoff, cls === 64 ? 40 : 32);
  w16(ehsize, cls === 64 ? 52 : 40);
  w16(cls === 64 ? 56 : 32, cls === 64 ? 54 : 42);
  w16(0, cls === 64 ? 56 : 44);
  w16(shentsize, cls === 64 ? 58 : 46);
  w16(placed.length + 1, cls === 64 ? 60 : 48);
  w16(placed.length, cls === 64 ? 62 : 50);
  placed.forEach((s, i) => {
    b.set(s.data, s.offset);
    const h = shoff + shentsize * (i + 1);
    w32(nameOffsets[i + 1]!, h);
    w32(s.type ?? 1, h + 4);
    wW(s.flags ?? 0, h + 8);
    wW(s.addr ?? 0, h + (cls === 64 ? 16 : 12));
    wW(s.offset, h + (cls === 64 ? 24 : 16));
    wW(s.data.length, h + (cls === 64 ? 32 : 20));
  });
  return b;
}
