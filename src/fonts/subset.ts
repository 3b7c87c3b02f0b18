/**
 * TrueType subsetting: a new font holding only the glyphs a document draws
 * (plus the components of composite glyphs), renumbered densely. The tables
 * written are those a PDF's CIDFontType2 program needs; glyphs are addressed
 * by id (CIDToGIDMap /Identity), so no cmap is carried.
 */
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

function closure(font: TrueTypeFont, gids: Iterable<number>): number[] {
  const seen = new Set<number>([0]);
  const todo = [...gids];
  while (todo.length > 0) {
    const gid = todo.pop()!;
    if (seen.has(gid)) continue;
    seen.add(gid);
    const data = Buffer.from(font.glyphData(gid));
    for (const p of componentIdOffsets(data)) todo.push(data.readUInt16BE(p));
  }
  return [...seen].sort((a, b) => a - b);
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

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function assemble(tables: [string, Buffer][]): Buffer {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach(([tag, data], i) => {
    const p = 12 + 16 * i;
    header.write(tag, p, 'latin1');
    header.writeUInt32BE(checksum(data), p + 4);
    header.writeUInt32BE(offset, p + 8);
    header.writeUInt32BE(data.length, p + 12);
    const body = Buffer.alloc(pad4(data.length));
    data.copy(body);
    bodies.push(body);
    offset += body.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = font.readUInt32BE(12 + 16 * tables.findIndex(([tag]) => tag === 'head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/** A subset of `font` holding `gids` (glyph 0 and composite components are added). */
export function subsetFont(font: TrueTypeFont, gids: Iterable<number>): FontSubset {
  const kept = closure(font, gids);
  const newId = new Map(kept.map((gid, i) => [gid, i]));

  const glyphs: Buffer[] = [];
  const loca = Buffer.alloc(4 * (kept.length + 1));
  const hmtx = Buffer.alloc(4 * kept.length);
  let offset = 0;
  kept.forEach((gid, i) => {
    const data = Buffer.from(font.glyphData(gid));
    for (const p of componentIdOffsets(data)) data.writeUInt16BE(newId.get(data.readUInt16BE(p))!, p);
    const padded = Buffer.alloc(pad4(data.length));
    data.copy(padded);
    glyphs.push(padded);
    loca.writeUInt32BE(offset, 4 * i);
    offset += padded.length;
    hmtx.writeUInt16BE(font.advance(gid), 4 * i);
    hmtx.writeInt16BE(font.leftSideBearing(gid), 4 * i + 2);
  });
  loca.writeUInt32BE(offset, 4 * kept.length);

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
    ['hmtx', hmtx],
    ['loca', loca],
    ['glyf', Buffer.concat(glyphs)],
    ['post', post],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = font.optionalTable(tag);
    if (t) tables.push([tag, Buffer.from(t)]);
  }
  return { bytes: assemble(tables), newId, tag: subsetTag(kept) };
}
