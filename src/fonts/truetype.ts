/**
 * A TrueType (glyf) face read straight from its file: character → glyph,
 * advance widths, vertical metrics and raw glyph programs. Only the small
 * tables are read whole (the per-glyph ones turned into native arrays when
 * first needed); glyph programs are read when a subset needs them, so a
 * 15 MB CJK font costs a few hundred kilobytes of reading.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { bigEndian16, bigEndian32 } from './big-endian';
import { bundleStore } from '../startup/kept-file';
import { keepFaceFacts, keptFaceFacts, type FaceFacts } from './face-facts';
import type { FontSource } from './font-source';
import { bufferSource, fileSource, readFaceNames, readTableDirectory, type ByteSource, type TableRecord } from './sfnt';

/** Glyphs at most this many bytes apart in glyf are read together. */
const READ_TOGETHER = 16 * 1024;

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
  private readonly locaUnit: number;
  private readonly numberOfHMetrics: number;
  private readonly cache = new Map<string, Buffer>();
  /** The per-glyph tables, read when first needed (see below). */
  private locaRead?: Uint16Array | Uint32Array;
  private hmtxRead?: Uint16Array;
  private cmapRead?: (codePoint: number) => number;

  /**
   * Opens a font file; the file stays open for the life of the process (fonts are cached, see load.ts). A face
   * whose facts `store` keeps (face-facts.ts; none outside a bundle) is not checked again.
   */
  static open(file: string, faceIndex = 0, store = bundleStore()): TrueTypeFont {
    const fd = openSync(file, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      const source = { file, faceIndex, size, mtimeMs };
      const kept = store && keptFaceFacts(source, store);
      if (kept) return new TrueTypeFont(fileSource(fd), kept, source);
      const font = TrueTypeFont.checked(fileSource(fd), size, faceIndex, source);
      if (store) keepFaceFacts(source, font.facts, store);
      return font;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  static fromBytes(data: Buffer, faceIndex = 0): TrueTypeFont {
    return TrueTypeFont.checked(bufferSource(data), data.length, faceIndex);
  }

  /**
   * A face read and checked whole: throws (naming what is wrong) for a file that is not a whole TrueType face, so
   * damage shows when it is opened, not mid-render.
   */
  private static checked(read: ByteSource, size: number, faceIndex: number, source?: FontSource): TrueTypeFont {
    const font = new TrueTypeFont(read, readFacts(read, size, faceIndex), source);
    font.cmap(0);
    font.loca();
    font.hmtx();
    return font;
  }

  private constructor(
    private readonly read: ByteSource,
    /** What was read from the small tables, kept for the next run. */
    private readonly facts: FaceFacts,
    /** Where the face was read from; undefined for one read from bytes in memory. */
    readonly source?: FontSource,
  ) {
    this.tables = new Map(facts.tables.map(([tag, offset, length]) => [tag, { offset, length }]));
    ({ unitsPerEm: this.unitsPerEm, numGlyphs: this.numGlyphs, ascent: this.ascent, descent: this.descent } = facts);
    ({ postscriptName: this.postscriptName, bbox: this.bbox, numberOfHMetrics: this.numberOfHMetrics } = facts);
    this.locaUnit = facts.longLoca ? 1 : 2;
  }

  /** Where each glyph starts in glyf, in units of `locaUnit` bytes (entry numGlyphs is the end of the last); every glyph lies inside glyf. */
  private loca(): Uint16Array | Uint32Array {
    if (this.locaRead) return this.locaRead;
    const bytes = this.readTable('loca');
    const entries = this.numGlyphs + 1;
    const longLoca = this.facts.longLoca;
    if (bytes.length < entries * (longLoca ? 4 : 2)) throw new Error('table loca is shorter than the glyph count');
    const loca = longLoca ? bigEndian32(bytes, entries) : bigEndian16(bytes, entries);
    const glyf = this.tables.get('glyf')!.length;
    for (let gid = 0; gid < entries; gid++) {
      if (loca[gid] * this.locaUnit > glyf) throw new Error(`glyph ${gid} lies past the end of table glyf`);
    }
    return (this.locaRead = loca);
  }

  /** hmtx as 16-bit values: advance and side bearing of the first numberOfHMetrics glyphs, then side bearings alone; every advance lies inside hmtx. */
  private hmtx(): Uint16Array {
    if (this.hmtxRead) return this.hmtxRead;
    const bytes = this.readTable('hmtx');
    const values = 2 * this.numberOfHMetrics + (this.numGlyphs - this.numberOfHMetrics);
    if (this.numberOfHMetrics === 0) throw new Error('table hhea counts no horizontal metrics');
    if (bytes.length < 2 * values) throw new Error('table hmtx is shorter than the glyph count');
    return (this.hmtxRead = bigEndian16(bytes, values));
  }

  /** Glyph id of a code point in the face's best Unicode cmap subtable. */
  private cmap(codePoint: number): number {
    this.cmapRead ??= this.readCmap();
    return this.cmapRead(codePoint);
  }

  /** A table's bytes, read each time asked for. */
  private readTable(tag: string): Buffer {
    const rec = this.tables.get(tag);
    if (!rec) throw new Error(`font has no ${tag} table`);
    return this.read(rec.offset, rec.length);
  }

  /** A whole table (not glyf: glyphs are read as a subset needs them). */
  table(tag: string): Buffer {
    let table = this.cache.get(tag);
    if (!table) {
      table = this.readTable(tag);
      this.cache.set(tag, table);
    }
    return table;
  }

  optionalTable(tag: string): Buffer | undefined {
    return this.tables.has(tag) ? this.table(tag) : undefined;
  }

  /** Glyph id for a Unicode code point; 0 (.notdef) when the face lacks it. */
  glyphId(codePoint: number): number {
    const gid = this.cmap(codePoint);
    return gid < this.numGlyphs ? gid : 0;
  }

  has(codePoint: number): boolean {
    return this.glyphId(codePoint) !== 0;
  }

  advance(gid: number): number {
    return this.hmtx()[2 * Math.min(gid, this.numberOfHMetrics - 1)];
  }

  leftSideBearing(gid: number): number {
    const at = gid < this.numberOfHMetrics ? 2 * gid + 1 : this.numberOfHMetrics + gid;
    return (this.hmtx()[at] << 16) >> 16;
  }

  /**
   * The glyph programs of `gids` from glyf (empty for a blank glyph such as
   * a space). Glyphs that lie close together in the file are read in one go:
   * a read costs more than the few kilobytes between them.
   */
  glyphPrograms(gids: Iterable<number>): Map<number, Buffer> {
    const loca = this.loca();
    const spans = [...gids].map((gid) => {
      if (!(gid >= 0 && gid < this.numGlyphs)) throw new Error(`font has no glyph ${gid}`);
      const start = loca[gid] * this.locaUnit;
      return { gid, start, end: Math.max(start, loca[gid + 1] * this.locaUnit) };
    });
    spans.sort((a, b) => a.start - b.start);
    const glyf = this.tables.get('glyf')!.offset;
    const programs = new Map<number, Buffer>();
    for (let first = 0; first < spans.length; ) {
      let last = first;
      let end = spans[first].end;
      while (last + 1 < spans.length && spans[last + 1].start - end <= READ_TOGETHER) end = Math.max(end, spans[++last].end);
      const from = spans[first].start;
      const bytes = this.read(glyf + from, end - from);
      for (; first <= last; first++) programs.set(spans[first].gid, bytes.subarray(spans[first].start - from, spans[first].end - from));
    }
    return programs;
  }

  /** Picks the best Unicode subtable: format 12 (full Unicode) over format 4 (BMP). */
  private readCmap(): (codePoint: number) => number {
    const cmap = this.readTable('cmap');
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

/** The table directory and small tables of a face, checked: every table the reader needs is there, inside the file. */
function readFacts(read: ByteSource, size: number, faceIndex: number): FaceFacts {
  if (size < 12) throw new Error(`too short to be a font (${size} bytes)`);
  const tables = readTableDirectory(read, faceIndex);
  for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf']) {
    if (!tables.has(tag)) throw new Error(`not a TrueType (glyf) font: no ${tag} table`);
  }
  for (const [tag, { offset, length }] of tables) {
    if (offset + length > size) throw new Error(`table ${tag} runs past the end of the file (${offset + length} > ${size} bytes)`);
  }
  const table = (tag: string) => read(tables.get(tag)!.offset, tables.get(tag)!.length);
  const head = table('head');
  const hhea = table('hhea');
  const os2 = tables.has('OS/2') ? table('OS/2') : undefined;
  return {
    tables: [...tables].map(([tag, { offset, length }]) => [tag, offset, length]),
    unitsPerEm: head.readUInt16BE(18),
    numGlyphs: table('maxp').readUInt16BE(4),
    numberOfHMetrics: hhea.readUInt16BE(34),
    longLoca: head.readInt16BE(50) === 1,
    ascent: os2 ? os2.readInt16BE(68) : hhea.readInt16BE(4),
    descent: os2 ? os2.readInt16BE(70) : hhea.readInt16BE(6),
    postscriptName: (readFaceNames(read, tables).postscriptName ?? 'Font').replace(/[^!-~]|[[\]()<>{}/%#]/g, ''),
    bbox: [head.readInt16BE(36), head.readInt16BE(38), head.readInt16BE(40), head.readInt16BE(42)],
  };
}

function format12Lookup(sub: Buffer): (codePoint: number) => number {
  const count = sub.readUInt32BE(12);
  if (sub.length < 16 + 12 * count) throw new Error('cmap subtable (format 12) is cut short');
  // Groups of [first code point, last code point, glyph of the first].
  const groups = bigEndian32(sub.subarray(16), 3 * count);
  return (cp) => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < groups[3 * mid]) hi = mid - 1;
      else if (cp > groups[3 * mid + 1]) lo = mid + 1;
      else return groups[3 * mid + 2] + (cp - groups[3 * mid]);
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
