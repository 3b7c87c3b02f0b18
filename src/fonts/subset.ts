/**
 * TrueType subsetting: a new font holding only the glyphs a document draws
 * (plus the components of composite glyphs), renumbered densely. The tables
 * written are those a PDF's CIDFontType2 program needs; glyphs are addressed
 * by id (CIDToGIDMap /Identity), so no cmap is carried.
 */
import { bigEndian32, toBigEndian } from './big-endian';
import type { TrueTypeFont } from './truetype';

export interface FontSubset {
  /** The subset font file. */
  bytes: Buffer;
  /** Source glyph id → glyph id in the subset. */
  newId: Map<number, number>;
  /** Six capital letters derived from the glyph set, for the PDF name `TAG+Name`. */
  tag: string;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Offsets of the glyph-id fields of a composite glyph's components. */
function componentIdOffsets(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const offsets: number[] = [];
  let p = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(p);
    offsets.push(p + 2);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
  }
}

/** The programs of glyph 0, `gids` and the components of composite glyphs, in glyph id order. */
function closure(font: TrueTypeFont, gids: Iterable<number>): Map<number, Buffer> {
  const programs = new Map<number, Buffer>();
  let wanted = new Set([0, ...gids]);
  while (wanted.size > 0) {
    const found = font.glyphPrograms(wanted);
    wanted = new Set();
    for (const [gid, program] of found) {
      programs.set(gid, program);
      for (const p of componentIdOffsets(program)) {
        const component = program.readUInt16BE(p);
        if (!programs.has(component) && !found.has(component)) wanted.add(component);
      }
    }
  }
  return new Map([...programs].sort(([a], [b]) => a - b));
}

/** Six letters from an FNV-1a hash of the glyph ids: equal glyph sets get equal names. */
export function subsetTag(glyphIds: number[]): string {
  let hash = 0x811c9dc5;
  for (const id of glyphIds) hash = Math.imul(hash ^ id, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Sum of the data's big-endian 32-bit words, zero-padded to whole words, modulo 2³². */
function checksum(data: Buffer): number {
  const words = bigEndian32(data, pad4(data.length) / 4);
  let sum = 0;
  for (let i = 0; i < words.length; i++) sum = (sum + words[i]) >>> 0;
  return sum;
}

/** The font file: table directory, then each table padded to whole words; the file's checksum goes in head. */
function assemble(tables: [string, Buffer][]): Buffer {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const headerLength = 12 + 16 * n;
  const font = Buffer.alloc(tables.reduce((size, [, data]) => size + pad4(data.length), headerLength));
  font.writeUInt32BE(0x00010000, 0);
  font.writeUInt16BE(n, 4);
  font.writeUInt16BE(16 * 2 ** log2, 6);
  font.writeUInt16BE(log2, 8);
  font.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  let offset = headerLength;
  let tablesSum = 0;
  let headAt = 0;
  tables.forEach(([tag, data], i) => {
    const p = 12 + 16 * i;
    const sum = checksum(data);
    font.write(tag, p, 'latin1');
    font.writeUInt32BE(sum, p + 4);
    font.writeUInt32BE(offset, p + 8);
    font.writeUInt32BE(data.length, p + 12);
    data.copy(font, offset);
    if (tag === 'head') headAt = offset;
    tablesSum = (tablesSum + sum) >>> 0;
    offset += pad4(data.length);
  });
  // The whole file's checksum is the directory's plus every (word-aligned) table's.
  const fileSum = (checksum(font.subarray(0, headerLength)) + tablesSum) >>> 0;
  font.writeUInt32BE((0xb1b0afba - fileSum) >>> 0, headAt + 8);
  return font;
}

/** A subset of `font` holding `gids` (glyph 0 and composite components are added). */
export function subsetFont(font: TrueTypeFont, gids: Iterable<number>): FontSubset {
  const programs = closure(font, gids);
  const kept = [...programs.keys()];
  const newId = new Map(kept.map((gid, i) => [gid, i]));

  const loca = new Uint32Array(kept.length + 1);
  const hmtx = new Uint16Array(2 * kept.length);
  kept.forEach((gid, i) => {
    loca[i + 1] = loca[i] + pad4(programs.get(gid)!.length);
    hmtx[2 * i] = font.advance(gid);
    hmtx[2 * i + 1] = font.leftSideBearing(gid);
  });
  const glyf = Buffer.alloc(loca[kept.length]);
  kept.forEach((gid, i) => {
    const program = programs.get(gid)!;
    program.copy(glyf, loca[i]);
    for (const p of componentIdOffsets(program)) glyf.writeUInt16BE(newId.get(program.readUInt16BE(p))!, loca[i] + p);
  });

  const head = Buffer.from(font.table('head'));
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set once the font is assembled
  head.writeInt16BE(1, 50); // long loca offsets
  const hhea = Buffer.from(font.table('hhea'));
  hhea.writeUInt16BE(kept.length, 34);
  const maxp = Buffer.from(font.table('maxp'));
  maxp.writeUInt16BE(kept.length, 4);
  const post = Buffer.alloc(32);
  font.optionalTable('post')?.copy(post, 0, 0, 32);
  post.writeUInt32BE(0x00030000, 0); // version 3: no glyph names

  const tables: [string, Buffer][] = [
    ['head', head],
    ['hhea', hhea],
    ['maxp', maxp],
    ['hmtx', toBigEndian(hmtx)],
    ['loca', toBigEndian(loca)],
    ['glyf', glyf],
    ['post', post],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = font.optionalTable(tag);
    if (t) tables.push([tag, t]);
  }
  return { bytes: assemble(tables), newId, tag: subsetTag(kept) };
}
