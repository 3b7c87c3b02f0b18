/**
 * Embedding a TrueType subset as a Type0/CIDFontType2 font with Identity-H
 * encoding (CID = glyph id in the subset), a ToUnicode map so text can be
 * extracted and searched, and a `TAG+Name` base font name so tools know it
 * is a subset. A mark set in half its cell gets a second CID after those,
 * drawing the same glyph with half its advance (CIDToGIDMap maps it back).
 */
import type { TrueTypeFont } from '../../fonts';
import type { FlateStreams } from './flate-streams';
import { fontProgram } from './font-program';
import type { PdfFile } from './pdf-file';
import { Literal, type Ref } from './pdf-syntax';

export interface EmbeddedFont {
  ref: Ref;
  /** Source glyph id → CID written in content streams. */
  cid: Map<number, number>;
  /** Source glyph id → CID of its half-width form. */
  halfCid: Map<number, number>;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

const BFCHAR_BLOCK = 100;

function toUnicodeCMap(entries: [number, string][]): string {
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += BFCHAR_BLOCK) {
    const block = entries.slice(i, i + BFCHAR_BLOCK);
    blocks.push(`${block.length} beginbfchar\n${block.map(([cid, text]) => `<${hex4(cid)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** CIDToGIDMap: identity for the subset's glyphs, then each half-width CID's glyph. */
function cidToGidMap(glyphCount: number, halves: number[]): Buffer {
  const map = Buffer.alloc(2 * (glyphCount + halves.length));
  for (let cid = 0; cid < glyphCount; cid++) map.writeUInt16BE(cid, 2 * cid);
  halves.forEach((gid, i) => map.writeUInt16BE(gid, 2 * (glyphCount + i)));
  return map;
}

/** `glyphs`: source glyph id → the text it draws (for ToUnicode); `halves`: those also set in half their advance. */
export function embedFont(file: PdfFile, streams: FlateStreams, font: TrueTypeFont, glyphs: Map<number, string>, halves: Set<number> = new Set()): EmbeddedFont {
  const program = fontProgram(font, [...glyphs.keys()].sort((a, b) => a - b), streams.compress);
  const name = `${program.tag}+${font.postscriptName}`;
  const scale = 1000 / font.unitsPerEm;
  const ordered = [...glyphs.keys()].sort((a, b) => program.newId.get(a)! - program.newId.get(b)!);

  const fontFile = streams.addCompressed(program.compressed, { Length1: program.length });
  const [xMin, yMin, xMax, yMax] = font.bbox.map((v) => Math.round(v * scale));
  const descriptor = file.register({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: 4,
    FontBBox: [xMin, yMin, xMax, yMax],
    ItalicAngle: 0,
    Ascent: Math.round(font.ascent * scale),
    Descent: Math.round(font.descent * scale),
    CapHeight: Math.round(font.ascent * scale),
    StemV: 80,
    FontFile2: fontFile,
  });
  const halfOrdered = ordered.filter((gid) => halves.has(gid));
  const halfCid = new Map(halfOrdered.map((gid, i) => [gid, program.newId.size + i]));
  const widths = [
    ...ordered.flatMap((gid) => [program.newId.get(gid)!, [Math.round(font.advance(gid) * scale)]]),
    ...halfOrdered.flatMap((gid) => [halfCid.get(gid)!, [Math.round((font.advance(gid) * scale) / 2)]]),
  ];
  const cidToGid = halfOrdered.length
    ? streams.add(cidToGidMap(program.newId.size, halfOrdered.map((gid) => program.newId.get(gid)!)))
    : 'Identity';
  const cidFont = file.register({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: new Literal('Adobe'), Ordering: new Literal('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    W: widths,
    CIDToGIDMap: cidToGid,
  });
  const cmap = toUnicodeCMap([...ordered.map((gid): [number, string] => [program.newId.get(gid)!, glyphs.get(gid)!]), ...halfOrdered.map((gid): [number, string] => [halfCid.get(gid)!, glyphs.get(gid)!])]);
  const toUnicode = streams.add(Buffer.from(cmap, 'latin1'));
  const ref = file.register({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFont],
    ToUnicode: toUnicode,
  });
  return { ref, cid: program.newId, halfCid };
}
