/**
 * Assembling the PDF file: fonts (subset once for the whole document), page
 * content streams, images, external annex pages, outline and metadata.
 * Nothing depends on the clock or on chance, so equal input gives equal bytes.
 */
import { readFileSync } from 'node:fs';
import type { DocumentMeta } from '../../document/model';
import type { GlyphChoice, GlyphFinder, TrueTypeFont } from '../../fonts';
import { DRAFT_WATERMARK } from '../../style/gbt9704';
import { contentStream, n, type StreamResources } from './content-stream';
import { flatOps, type DrawOp } from './draw-ops';
import { embedFont, type EmbeddedFont } from './embed-font';
import { FlateStreams } from './flate-streams';
import { PAGE_HEIGHT, PAGE_WIDTH } from './geometry';
import { addOutline, type OutlineEntry } from './outline';
import { pdfLib, type PDFDocument, type PDFPage, type PDFRef } from './pdf-lib';

export type PageSpec =
  | { kind: 'drawn'; ops: DrawOp[] }
  /** A page of an external PDF annex, with ops drawn over it (the 附件N stamp). */
  | { kind: 'external'; file: string; index: number; ops: DrawOp[] };

export interface WriteInput {
  pages: PageSpec[];
  outline: OutlineEntry[];
  meta: DocumentMeta;
  finder: GlyphFinder;
}

/** Per font: glyph id → the text it draws, and the glyphs also set in half their advance. */
function collectGlyphs(pages: PageSpec[], finder: GlyphFinder): Map<TrueTypeFont, { glyphs: Map<number, string>; halves: Set<number> }> {
  const used = new Map<TrueTypeFont, { glyphs: Map<number, string>; halves: Set<number> }>();
  const visit = (op: DrawOp) => {
    const text = op.kind === 'text' ? op : op.kind === 'watermark' ? op.text : undefined;
    if (!text) return;
    let i = 0;
    for (const char of text.glyphs.text) {
      const { font, gid } = finder.find(char, text.role);
      let entry = used.get(font);
      if (!entry) used.set(font, (entry = { glyphs: new Map(), halves: new Set() }));
      if (!entry.glyphs.has(gid)) entry.glyphs.set(gid, char);
      if (text.glyphs.half[i++]) entry.halves.add(gid);
    }
  };
  for (const page of pages) flatOps(page.ops).forEach(visit);
  return used;
}

function embedImage(pdf: PDFDocument, file: string) {
  const read = readFileSync(file);
  const isPng = read.subarray(0, 4).toString('latin1') === '\x89PNG';
  // A copy of its own: pdf-lib reads a JPEG through a DataView of the whole underlying buffer, ignoring the view's
  // offset, and a file under 4 KB is read into Node's shared pool ("SOI not found in JPEG" for a small seal).
  const bytes = new Uint8Array(read);
  return isPng ? pdf.embedPng(bytes) : pdf.embedJpg(bytes);
}

async function externalPages(pdf: PDFDocument, pages: PageSpec[]): Promise<Map<string, PDFPage[]>> {
  const copied = new Map<string, PDFPage[]>();
  for (const file of new Set(pages.flatMap((p) => (p.kind === 'external' ? [p.file] : [])))) {
    const source = await pdfLib.PDFDocument.load(readFileSync(file), { updateMetadata: false, throwOnInvalidObject: true });
    copied.set(file, await pdf.copyPages(source, source.getPageIndices()));
  }
  return copied;
}

/** A prefix no resource name of the page starts with (a Gongwen PDF attached as an annex uses ours). */
function unusedPrefix(page: PDFPage): string {
  const { PDFDict, PDFName } = pdfLib;
  const resources = page.node.Resources();
  const names = ['Font', 'XObject', 'ExtGState'].flatMap((kind) => {
    const dict = resources && page.doc.context.lookup(resources.get(PDFName.of(kind)));
    return dict instanceof PDFDict ? dict.keys().map((k) => k.decodeText()) : [];
  });
  for (let n = 0; ; n++) {
    const prefix = `Gw${n}`;
    if (!names.some((name) => name.startsWith(prefix))) return prefix;
  }
}

export async function writePdf({ pages, outline, meta, finder }: WriteInput): Promise<Uint8Array> {
  const { PDFDocument, PDFName } = pdfLib;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { context } = pdf;
  const streams = new FlateStreams(context, pages.length);

  const fonts = new Map<TrueTypeFont, EmbeddedFont & { name: string }>();
  for (const [font, { glyphs, halves }] of collectGlyphs(pages, finder)) {
    fonts.set(font, { ...embedFont(pdf, streams, font, glyphs, halves), name: `F${fonts.size + 1}` });
  }
  const images = new Map<string, { name: string; ref: PDFRef }>();
  for (const page of pages) {
    for (const op of flatOps(page.ops)) {
      if (op.kind === 'image' && !images.has(op.path)) {
        images.set(op.path, { name: `Im${images.size + 1}`, ref: (await embedImage(pdf, op.path)).ref });
      }
    }
  }
  const pressed = context.register(context.obj({ Type: 'ExtGState', BM: 'Multiply' }));
  const translucent = context.register(
    context.obj({ Type: 'ExtGState', ca: DRAFT_WATERMARK.opacity, CA: DRAFT_WATERMARK.opacity }),
  );
  /** Our resource names on a page, prefixed so they never replace a name an external page already uses. */
  const resourcesFor = (prefix: string): StreamResources => ({
    glyph: (char, role) => finder.find(char, role),
    fontName: (choice: GlyphChoice) => prefix + fonts.get(choice.font)!.name,
    cid: (choice: GlyphChoice, half?: boolean) => fonts.get(choice.font)![half ? 'halfCid' : 'cid'].get(choice.gid)!,
    imageName: (path) => prefix + images.get(path)!.name,
    pressedState: `${prefix}GsPressed`,
    watermarkState: `${prefix}GsDraft`,
  });
  const stream = (text: string) => streams.add(Buffer.from(text, 'latin1'));

  const external = await externalPages(pdf, pages);
  const pageRefs: PDFRef[] = [];
  for (const spec of pages) {
    const page = spec.kind === 'external' ? pdf.addPage(external.get(spec.file)![spec.index]) : pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pageRefs.push(page.ref);
    if (spec.ops.length === 0) continue;
    const prefix = spec.kind === 'external' ? unusedPrefix(page) : '';
    const res = resourcesFor(prefix);
    for (const f of fonts.values()) page.node.setFontDictionary(PDFName.of(prefix + f.name), f.ref);
    for (const im of images.values()) page.node.setXObject(PDFName.of(prefix + im.name), im.ref);
    page.node.setExtGState(PDFName.of(res.pressedState), pressed);
    page.node.setExtGState(PDFName.of(res.watermarkState), translucent);
    let ours = contentStream(spec.ops, res);
    if (spec.kind === 'external') {
      // The page's own content may leave its graphics state changed: draw ours after restoring it,
      // placed from the page's top-left corner (it need not be A4 or start at 0 0).
      page.node.wrapContentStreams(stream('q\n'), stream('\nQ\n'));
      const box = page.getMediaBox();
      ours = `q 1 0 0 1 ${n(box.x)} ${n(box.y + box.height - PAGE_HEIGHT)} cm\n${ours}\nQ`;
    }
    page.node.addContentStream(stream(ours));
  }

  addOutline(pdf, outline, pageRefs);
  const date = new Date(`${meta.date}T00:00:00Z`);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator('gongwen');
  pdf.setProducer('gongwen');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  await streams.done();
  // pdf-lib otherwise waits a timer tick (at least 1 ms) after every 50 objects it writes.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
