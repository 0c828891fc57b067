/**
 * The two innermost loops of the dependent counts (graph.ts, joinTotals) as WebAssembly SIMD: or-ing one bitset
 * into another and counting a bitset's set bits, 128 bits an instruction where JavaScript does 32. The module is
 * a few dozen bytes, written out below instruction by instruction (no toolchain, no binary blob), compiled once
 * per process on first use; the sets live in its memory, and JavaScript sees that memory as an Int32Array.
 *
 * WebAssembly SIMD is part of every Node the actions run on (since Node 16.4). Widths are in bytes and must be
 * positive multiples of 16 (joinTotals' blocks are multiples of four words).
 */

/** Bitsets as 32-bit words (in WebAssembly memory, or a plain Int32Array) and the two operations on them (byte offsets). */
export interface SimdBitsets {
  words: Int32Array;
  /** words[dst…] |= words[src…], `bytes` bytes (a positive multiple of 16). */
  or(dst: number, src: number, bytes: number): void;
  /** Set bits in `bytes` bytes at `src` (a positive multiple of 16). */
  count(src: number, bytes: number): number;
}

// Opcodes (WebAssembly core spec, binary format; SIMD from the fixed-width SIMD proposal, merged in 2.0).
const LOOP = 0x03;
const BLOCKTYPE_EMPTY = 0x40;
const END = 0x0b;
const BR_IF = 0x0d;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_GT_S = 0x4a;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const SIMD = 0xfd;
const V128_LOAD = 0x00;
const V128_STORE = 0x0b;
const I32X4_EXTRACT_LANE = 0x1b;
const V128_OR = 0x50;
const I8X16_POPCNT = 0x62;
const I16X8_EXTADD_PAIRWISE_I8X16_U = 0x7d;
const I32X4_EXTADD_PAIRWISE_I16X8_U = 0x7f;
const I32X4_ADD = 0xae;
const TYPE_I32 = 0x7f;
const TYPE_V128 = 0x7b;
const TYPE_FUNC = 0x60;
/** memarg of a v128 load or store: alignment 2^4, offset 0. */
const MEMARG = [4, 0];

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}
const simd = (op: number, ...immediates: number[]) => [SIMD, ...leb(op), ...immediates];
const vec = (items: number[][]) => [...leb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const name = (s: string) => vec([...s].map((c) => [c.charCodeAt(0)]));
/** `local[i] += delta`, leaving nothing on the stack. */
const advance = (i: number, delta: number) => [LOCAL_GET, i, I32_CONST, ...leb(delta), I32_ADD, LOCAL_SET, i];
/** `local[i] -= 16; if (local[i] > 0) continue the loop`. */
const countDown = (i: number) => [LOCAL_GET, i, I32_CONST, 16, I32_SUB, LOCAL_TEE, i, I32_CONST, 0, I32_GT_S, BR_IF, 0];

/** or(dst, src, bytes): one v128 at a time, the loop's body first (bytes is never 0). */
const OR_BODY = [
  0, // no locals besides the parameters
  LOOP, BLOCKTYPE_EMPTY,
  LOCAL_GET, 0,
  LOCAL_GET, 0, ...simd(V128_LOAD, ...MEMARG),
  LOCAL_GET, 1, ...simd(V128_LOAD, ...MEMARG),
  ...simd(V128_OR),
  ...simd(V128_STORE, ...MEMARG),
  ...advance(0, 16),
  ...advance(1, 16),
  ...countDown(2),
  END,
  END,
];

/** count(src, bytes) → i32: per-byte popcounts widened pairwise to four i32 sums (local 2), added up at the end. */
const COUNT_BODY = [
  ...vec([[1, TYPE_V128]]),
  LOOP, BLOCKTYPE_EMPTY,
  LOCAL_GET, 2,
  LOCAL_GET, 0, ...simd(V128_LOAD, ...MEMARG),
  ...simd(I8X16_POPCNT),
  ...simd(I16X8_EXTADD_PAIRWISE_I8X16_U),
  ...simd(I32X4_EXTADD_PAIRWISE_I16X8_U),
  ...simd(I32X4_ADD),
  LOCAL_SET, 2,
  ...advance(0, 16),
  ...countDown(1),
  END,
  LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 0),
  LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 1),
  I32_ADD,
  LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 2),
  I32_ADD,
  LOCAL_GET, 2, ...simd(I32X4_EXTRACT_LANE, 3),
  I32_ADD,
  END,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  // types: 0 = (i32, i32, i32) → (), 1 = (i32, i32) → i32
  ...section(1, vec([
    [TYPE_FUNC, ...vec([[TYPE_I32], [TYPE_I32], [TYPE_I32]]), 0],
    [TYPE_FUNC, ...vec([[TYPE_I32], [TYPE_I32]]), 1, TYPE_I32],
  ])),
  // imports: env.memory, a memory (kind 2) with a minimum and no maximum (flag 0) of 0 pages
  ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0x00]])),
  // functions: or has type 0, count type 1
  ...section(3, vec([[0], [1]])),
  // exports: both functions (kind 0)
  ...section(7, vec([[...name('or'), 0x00, 0], [...name('count'), 0x00, 1]])),
  ...section(10, vec([[...leb(OR_BODY.length), ...OR_BODY], [...leb(COUNT_BODY.length), ...COUNT_BODY]])),
]);

/**
 * The part of the WebAssembly JavaScript API used here: a global of every Node, typed by TypeScript's DOM
 * library only, which this project does not load.
 */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
const PAGE = 65536;

/**
 * One instance and its memory for the process, grown to the largest set of bitsets asked for and kept (a 20,000-crate
 * layered lock needs 5 MB): a fresh memory per audit cost more than the unions it serves on a 5,000-crate lock
 * (each is a large reservation of address space, and its pages are faulted in anew).
 */
let instance: { memory: WasmMemory; or: SimdBitsets['or']; count: SimdBitsets['count'] } | undefined;

/**
 * `words` 32-bit words, zeroed, in WebAssembly memory, with the SIMD or and count over them; valid until the next
 * call. Where WebAssembly is switched off (`node --jitless`), the same over an Int32Array in plain loops.
 */
export function simdBitsets(words: number): SimdBitsets {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return plainBitsets(words);
  const bytes = words * 4;
  if (!instance) {
    const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
    const { exports } = new wasm.Instance(new wasm.Module(MODULE), { env: { memory } });
    instance = { memory, or: exports.or as SimdBitsets['or'], count: exports.count as SimdBitsets['count'] };
  } else if (instance.memory.buffer.byteLength < bytes) {
    instance.memory.grow(Math.ceil((bytes - instance.memory.buffer.byteLength) / PAGE));
  }
  const view = new Int32Array(instance.memory.buffer, 0, words);
  view.fill(0);
  return { words: view, or: instance.or, count: instance.count };
}

/** {@link simdBitsets} in plain JavaScript, 32 bits at a time (offsets and widths in bytes all the same). */
export function plainBitsets(words: number): SimdBitsets {
  const w = new Int32Array(words);
  return {
    words: w,
    or(dst, src, bytes) {
      const d = dst >> 2;
      const s = src >> 2;
      for (let k = 0; k < bytes >> 2; k++) w[d + k]! |= w[s + k]!;
    },
    count(src, bytes) {
      let count = 0;
      for (let k = src >> 2, end = (src + bytes) >> 2; k < end; k++) {
        let x = w[k]!;
        x = (x - ((x >>> 1) & 0x55555555)) | 0;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
      }
      return count;
    },
  };
}
