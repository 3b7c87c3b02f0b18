/**
 * Every glyph of a PDF we write, where the page puts it: our writer places
 * each glyph with a Tm of its own and shows it with a Tj, so the content
 * stream holds its position; the font's ToUnicode map gives its character
 * and the font's W array its advance. poppler's boxes are words, so a gap
 * inside a word (beside a mark, between two ideographs) is seen only here.
 * Glyphs drawn under a transformation (a turned page, a watermark) are left
 * out. Millimetres from the page's top-left corner.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { fontResources, pageContent, parseToUnicode, streamText } from './pdf-streams';

const MM_PER_PT = 25.4 / 72;

export interface Glyph {
  char: string;
  /** The glyph's advance box across the page: where it starts and where the next glyph would start unspaced. */
  left: number;
  right: number;
  baseline: number;
  /** Font size in points. */
  size: number;
}

interface FontWidths {
  toUnicode: Map<number, string>;
  /** CID → advance in thousandths of an em (the W array; DW where it is silent). */
  width(cid: number): number;
}

/** A Type0 font's W array: `c [w1 w2 …]` and `cfirst clast w` entries. */
function fontWidths(pdf: PDFDocument, font: PDFDict): FontWidths {
  const cidFont = pdf.context.lookup((font.lookup(PDFName.of('DescendantFonts'), PDFArray)).get(0), PDFDict);
  const widths = new Map<number, number>();
  const w = cidFont.lookupMaybe(PDFName.of('W'), PDFArray);
  const items = w ? w.asArray().map((o) => pdf.context.lookup(o)) : [];
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((v, k) => widths.set(first + k, (pdf.context.lookup(v) as PDFNumber).asNumber()));
      i += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      for (let c = first; c <= last; c++) widths.set(c, (items[i + 2] as PDFNumber).asNumber());
      i += 3;
    }
  }
  const dw = cidFont.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000;
  return { toUnicode: parseToUnicode(streamText(pdf, font.get(PDFName.of('ToUnicode')))), width: (cid) => widths.get(cid) ?? dw };
}

/** The glyphs of each page (0-based), in drawing order. */
export function readGlyphs(pdf: PDFDocument): Glyph[][] {
  const pageHeight = pdf.getPage(0).getHeight();
  return pdf.getPages().map((page, p) => {
    // a page left blank (before a colophon that needs a page of its own) has no content at all
    if (!page.node.get(PDFName.of('Contents'))) return [];
    const fonts = new Map([...fontResources(pdf, p)].map(([name, dict]) => [name, fontWidths(pdf, dict)]));
    const glyphs: Glyph[] = [];
    const transformed: boolean[] = [];
    let underCm = false;
    let font: FontWidths | undefined;
    let size = 0;
    for (const m of pageContent(pdf, p).matchAll(/^(?:q|Q|.* cm|\/(\S+) ([\d.]+) Tf|([\d.-]+) 0 0 1 ([\d.-]+) ([\d.-]+) Tm <([0-9a-f]+)> Tj)$/gm)) {
      const op = m[0];
      if (op === 'q') transformed.push(underCm);
      else if (op === 'Q') underCm = transformed.pop() ?? false;
      else if (op.endsWith(' cm')) underCm = true;
      else if (m[1] !== undefined) [font, size] = [fonts.get(m[1]), Number(m[2])];
      else if (font && !underCm) {
        const cid = parseInt(m[6], 16);
        const left = Number(m[4]);
        const advance = (font.width(cid) / 1000) * size * Number(m[3]);
        glyphs.push({ char: font.toUnicode.get(cid) ?? '', left: left * MM_PER_PT, right: (left + advance) * MM_PER_PT, baseline: (pageHeight - Number(m[5])) * MM_PER_PT, size });
      }
    }
    return glyphs;
  });
}

/** Glyphs of one size on one baseline, left to right: the printed lines of a page. */
export function glyphLines(glyphs: Glyph[]): Glyph[][] {
  const lines = new Map<string, Glyph[]>();
  for (const g of glyphs) {
    const key = `${g.size} ${g.baseline.toFixed(2)}`;
    lines.set(key, [...(lines.get(key) ?? []), g]);
  }
  return [...lines.values()].map((l) => l.sort((a, b) => a.left - b.left)).sort((a, b) => a[0].baseline - b[0].baseline || a[0].left - b[0].left);
}
