/** Looking inside a written PDF with pdf-lib: page content streams, embedded font programs, outline. */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';

const MM_PER_PT = 25.4 / 72;

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

export function streamText(pdf: PDFDocument, obj: unknown): string {
  const stream = obj instanceof PDFRef ? pdf.context.lookup(obj) : obj;
  if (stream instanceof PDFArray) return stream.asArray().map((s) => streamText(pdf, s)).join('\n');
  return Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1');
}

/** The decoded content stream(s) of a page (0-based). */
export function pageContent(pdf: PDFDocument, page: number): string {
  return streamText(pdf, pdf.getPage(page).node.get(PDFName.of('Contents')));
}

/** A page's fonts (0-based page) by resource name: F1 → its font dictionary. */
export function fontResources(pdf: PDFDocument, page: number): Map<string, PDFDict> {
  const fonts = pdf.getPage(page).node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  return new Map(fonts ? fonts.entries().map(([name, ref]) => [name.decodeText(), pdf.context.lookup(ref, PDFDict)] as const) : []);
}

export interface StrokedLine {
  colour: string;
  widthMm: number;
  x1: number;
  x2: number;
  /** Millimetres from the top of the page. */
  y: number;
}

/** Horizontal lines stroked in a page's content, as our writer emits them (q colour K|G w m l S Q). */
export function strokedLines(content: string, pageHeightPt = 841.8898): StrokedLine[] {
  const re = /q\n(.+?) [KG]\n([\d.]+) w\n([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S\nQ/g;
  return [...content.matchAll(re)].map((m) => ({
    colour: m[1],
    widthMm: +m[2] * MM_PER_PT,
    x1: +m[3] * MM_PER_PT,
    x2: +m[5] * MM_PER_PT,
    y: (pageHeightPt - +m[4]) * MM_PER_PT,
  }));
}

export interface EmbeddedFontProgram {
  baseFont: string;
  program: Buffer;
  /** CID → the text it draws, from the ToUnicode map. */
  toUnicode: Map<number, string>;
  /** CID → glyph id in the program (CIDToGIDMap: Identity, or a stream when a mark also has a half-width CID). */
  glyphOf(cid: number): number;
}

export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const units = m[2].match(/.{4}/g)!.map((h) => parseInt(h, 16));
      map.set(parseInt(m[1], 16), String.fromCharCode(...units));
    }
  }
  return map;
}

/** Every Type0 font's embedded TrueType program with its ToUnicode map. */
export function embeddedFonts(pdf: PDFDocument): EmbeddedFontProgram[] {
  const out: EmbeddedFontProgram[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const cid = pdf.context.lookup((obj.get(PDFName.of('DescendantFonts')) as PDFArray).get(0), PDFDict);
    const descriptor = pdf.context.lookup(cid.get(PDFName.of('FontDescriptor')), PDFDict);
    const file = pdf.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
    const map = pdf.context.lookup(cid.get(PDFName.of('CIDToGIDMap')));
    const gids = map instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(map).decode()) : undefined;
    out.push({
      glyphOf: (c) => (gids ? gids.readUInt16BE(2 * c) : c),
      baseFont: (obj.get(PDFName.of('BaseFont')) as PDFName).decodeText(),
      program: Buffer.from(decodePDFRawStream(file).decode()),
      toUnicode: parseToUnicode(streamText(pdf, obj.get(PDFName.of('ToUnicode')))),
    });
  }
  return out;
}

/** Titles of the top-level outline entries, in order. */
export function outlineTitles(pdf: PDFDocument): string[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  let ref = root?.get(PDFName.of('First'));
  while (ref) {
    const item = pdf.context.lookup(ref, PDFDict);
    titles.push((item.lookup(PDFName.of('Title')) as PDFHexString).decodeText());
    ref = item.get(PDFName.of('Next'));
  }
  const count = root?.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber();
  if (count !== undefined && count !== titles.length) throw new Error(`outline Count ${count} but ${titles.length} entries`);
  return titles;
}

/**
 * The glyphs (Tj) of a content stream drawn in text render mode 2 (fill and
 * stroke: faux bold). The mode is text state: it outlives ET and is undone
 * only by Q (ISO 32000-1 §9.3.1), which is what a viewer follows.
 */
export function strokedGlyphs(content: string): number {
  const saved: number[] = [];
  let mode = 0;
  let stroked = 0;
  for (const m of content.matchAll(/(\d+) Tr\b|(?<![\w/])(q|Q|Tj)(?!\w)/g)) {
    if (m[1] !== undefined) mode = Number(m[1]);
    else if (m[2] === 'q') saved.push(mode);
    else if (m[2] === 'Q') mode = saved.pop() ?? 0;
    else if (mode === 2) stroked++;
  }
  return stroked;
}
