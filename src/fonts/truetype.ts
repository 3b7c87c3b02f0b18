/**
 * A TrueType (glyf) face read straight from its file: character → glyph,
 * advance widths, vertical metrics and raw glyph programs. Only the small
 * tables are read whole; glyph programs are read one by one when a subset
 * needs them, so a 15 MB CJK font costs a few hundred kilobytes of reading.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { bufferSource, readFaceNames, readTableDirectory, type ByteSource, type TableRecord } from './sfnt';

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** Ideographic em box above and below the baseline, in font units (OS/2 typo metrics). */
  readonly ascent: number;
  readonly descent: number;
  readonly postscriptName: string;
  /** [xMin, yMin, xMax, yMax] in font units. */
  readonly bbox: [number, number, number, number];
  private readonly tables: Map<string, TableRecord>;
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly cmap: (codePoint: number) => number;
  private readonly cache = new Map<string, Buffer>();

  /** Opens a font file; the file stays open for the life of the process (fonts are cached, see load.ts). */
  static open(file: string, faceIndex = 0): TrueTypeFont {
    const fd = openSync(file, 'r');
    try {
      const read: ByteSource = (offset, length) => {
        const buf = Buffer.alloc(length);
        readSync(fd, buf, 0, length, offset);
        return buf;
      };
      return new TrueTypeFont(read, fstatSync(fd).size, faceIndex);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  static fromBytes(data: Buffer, faceIndex = 0): TrueTypeFont {
    return new TrueTypeFont(bufferSource(data), data.length, faceIndex);
  }

  /** Throws (naming what is wrong) for a file that is not a whole TrueType face: damage shows here, not mid-render. */
  private constructor(
    private readonly read: ByteSource,
    size: number,
    faceIndex: number,
  ) {
    if (size < 12) throw new Error(`too short to be a font (${size} bytes)`);
    this.tables = readTableDirectory(read, faceIndex);
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf']) {
      if (!this.tables.has(tag)) throw new Error(`not a TrueType (glyf) font: no ${tag} table`);
    }
    for (const [tag, { offset, length }] of this.tables) {
      if (offset + length > size) throw new Error(`table ${tag} runs past the end of the file (${offset + length} > ${size} bytes)`);
    }
    const head = this.table('head');
    this.unitsPerEm = head.readUInt16BE(18);
    this.bbox = [head.readInt16BE(36), head.readInt16BE(38), head.readInt16BE(40), head.readInt16BE(42)];
    this.longLoca = head.readInt16BE(50) === 1;
    this.numGlyphs = this.table('maxp').readUInt16BE(4);
    const hhea = this.table('hhea');
    this.numberOfHMetrics = hhea.readUInt16BE(34);
    const os2 = this.tables.has('OS/2') ? this.table('OS/2') : undefined;
    this.ascent = os2 ? os2.readInt16BE(68) : hhea.readInt16BE(4);
    this.descent = os2 ? os2.readInt16BE(70) : hhea.readInt16BE(6);
    this.postscriptName = (readFaceNames(read, this.tables).postscriptName ?? 'Font').replace(/[^!-~]|[[\]()<>{}/%#]/g, '');
    this.cmap = this.readCmap();
    this.checkGlyphTables();
  }

  /** Every glyph lies inside glyf and every advance inside hmtx. */
  private checkGlyphTables(): void {
    const loca = this.table('loca');
    const entries = this.numGlyphs + 1;
    if (loca.length < entries * (this.longLoca ? 4 : 2)) throw new Error('table loca is shorter than the glyph count');
    const glyf = this.tables.get('glyf')!.length;
    for (let gid = 0; gid < entries; gid++) {
      const offset = this.longLoca ? loca.readUInt32BE(4 * gid) : loca.readUInt16BE(2 * gid) * 2;
      if (offset > glyf) throw new Error(`glyph ${gid} lies past the end of table glyf`);
    }
    if (this.table('hmtx').length < 4 * this.numberOfHMetrics + 2 * (this.numGlyphs - this.numberOfHMetrics)) throw new Error('table hmtx is shorter than the glyph count');
  }

  /** A whole table (not glyf: glyphs are read one at a time). */
  table(tag: string): Buffer {
    let table = this.cache.get(tag);
    if (!table) {
      const rec = this.tables.get(tag);
      if (!rec) throw new Error(`font has no ${tag} table`);
      table = this.read(rec.offset, rec.length);
      this.cache.set(tag, table);
    }
    return table;
  }

  optionalTable(tag: string): Buffer | undefined {
    return this.tables.has(tag) ? this.table(tag) : undefined;
  }

  /** Glyph id for a Unicode code point; 0 (.notdef) when the face lacks it. */
  glyphId(codePoint: number): number {
    return this.cmap(codePoint);
  }

  has(codePoint: number): boolean {
    return this.cmap(codePoint) !== 0;
  }

  advance(gid: number): number {
    const hmtx = this.table('hmtx');
    return hmtx.readUInt16BE(4 * Math.min(gid, this.numberOfHMetrics - 1));
  }

  leftSideBearing(gid: number): number {
    const hmtx = this.table('hmtx');
    if (gid < this.numberOfHMetrics) return hmtx.readInt16BE(4 * gid + 2);
    return hmtx.readInt16BE(4 * this.numberOfHMetrics + 2 * (gid - this.numberOfHMetrics));
  }

  /** The glyph's program from `glyf` (empty for a blank glyph such as a space). */
  glyphData(gid: number): Buffer {
    const loca = this.table('loca');
    const [start, end] = this.longLoca
      ? [loca.readUInt32BE(4 * gid), loca.readUInt32BE(4 * gid + 4)]
      : [loca.readUInt16BE(2 * gid) * 2, loca.readUInt16BE(2 * gid + 2) * 2];
    return end > start ? this.read(this.tables.get('glyf')!.offset + start, end - start) : Buffer.alloc(0);
  }

  /** Picks the best Unicode subtable: format 12 (full Unicode) over format 4 (BMP). */
  private readCmap(): (codePoint: number) => number {
    const cmap = this.table('cmap');
    const count = cmap.readUInt16BE(2);
    let format4: Buffer | undefined;
    for (let i = 0; i < count; i++) {
      const platform = cmap.readUInt16BE(4 + i * 8);
      const encoding = cmap.readUInt16BE(6 + i * 8);
      const sub = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      if (sub.readUInt16BE(0) === 12) return format12Lookup(sub);
      if (sub.readUInt16BE(0) === 4) format4 ??= sub;
    }
    if (!format4) throw new Error('font has no Unicode cmap (format 4 or 12)');
    return format4Lookup(format4);
  }
}

function format12Lookup(sub: Buffer): (codePoint: number) => number {
  const groups = sub.readUInt32BE(12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = 16 + mid * 12;
      if (cp < sub.readUInt32BE(p)) hi = mid - 1;
      else if (cp > sub.readUInt32BE(p + 4)) lo = mid + 1;
      else return sub.readUInt32BE(p + 8) + (cp - sub.readUInt32BE(p));
    }
    return 0;
  };
}

function format4Lookup(sub: Buffer): (codePoint: number) => number {
  const segX2 = sub.readUInt16BE(6);
  const ends = 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segX2 / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp > sub.readUInt16BE(ends + 2 * mid)) lo = mid + 1;
      else if (mid > 0 && cp <= sub.readUInt16BE(ends + 2 * (mid - 1))) hi = mid - 1;
      else {
        const start = sub.readUInt16BE(starts + 2 * mid);
        if (cp < start) return 0;
        const delta = sub.readUInt16BE(deltas + 2 * mid);
        const rangeOffset = sub.readUInt16BE(rangeOffsets + 2 * mid);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = sub.readUInt16BE(rangeOffsets + 2 * mid + rangeOffset + 2 * (cp - start));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
    }
    return 0;
  };
}
