/**
 * Assembling the PDF file: fonts (subset once for the whole document), page
 * content streams, images, external annex pages, outline and metadata.
 * Nothing depends on the clock or on chance, so equal input gives equal bytes.
 * The pages of attached PDFs are copied by pdf-lib (foreign.ts), loaded only
 * for a notice that attaches one.
 */
import type { DocumentMeta } from '../../document/model';
import type { GlyphChoice, GlyphFinder, TrueTypeFont } from '../../fonts';
import { DRAFT_WATERMARK } from '../../style/gbt9704';
import { contentStream, n, type StreamResources } from './content-stream';
import { flatOps, type DrawOp } from './draw-ops';
import { embedFont, type EmbeddedFont } from './embed-font';
import { FlateStreams } from './flate-streams';
import { keptStreamsFor } from './kept-streams';
import type { Foreign, ForeignPage, PageResources } from './foreign';
import { PAGE_HEIGHT, PAGE_WIDTH } from './geometry';
import { addOutline, type OutlineEntry } from './outline';
import { PdfFile } from './pdf-file';
import { readPicture, type Picture } from './picture';
import { dateLiteral, Hex, Literal, type PdfDict, type Ref } from './pdf-syntax';

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

/** pdf-lib, for a notice that attaches PDFs. */
async function foreignFor(file: PdfFile, externalFiles: string[]): Promise<Foreign | undefined> {
  return externalFiles.length ? new (await import('./foreign')).Foreign(file) : undefined;
}

/** A picture's objects, written last (its number was taken when it was first drawn; its soft mask's is taken now). */
function writePicture(file: PdfFile, ref: Ref, picture: Picture): void {
  let mask: Ref | undefined;
  if (picture.mask) file.assignStream((mask = file.nextRef()), picture.mask.dict, picture.mask.bytes);
  file.assignStream(ref, picture.dict(mask), picture.bytes);
}

/** The document information dictionary (the catalog's /Lang and /ViewerPreferences go with it). */
function info(meta: DocumentMeta): PdfDict {
  const date = dateLiteral(new Date(`${meta.date}T00:00:00Z`));
  return {
    Title: new Hex(meta.title),
    Author: new Hex(meta.author),
    Subject: new Hex(meta.subject),
    Keywords: new Hex(meta.keywords.join(' ')),
    Creator: new Hex('gongwen'),
    Producer: new Hex('gongwen'),
    CreationDate: date,
    ModDate: date,
  };
}

export async function writePdf({ pages, outline, meta, finder }: WriteInput): Promise<Uint8Array> {
  const file = new PdfFile();
  const externalFiles = [...new Set(pages.flatMap((p) => (p.kind === 'external' ? [p.file] : [])))];
  const foreign = await foreignFor(file, externalFiles);
  const pageTree = file.nextRef();
  const catalog = file.nextRef();
  const kept = keptStreamsFor(meta.title);
  const streams = new FlateStreams(file, pages.length, kept);

  const fonts = new Map<TrueTypeFont, EmbeddedFont & { name: string }>();
  for (const [font, { glyphs, halves }] of collectGlyphs(pages, finder)) {
    fonts.set(font, { ...embedFont(file, streams, font, glyphs, halves), name: `F${fonts.size + 1}` });
  }
  const images = new Map<string, { name: string; ref: Ref; picture: Picture }>();
  for (const page of pages) {
    for (const op of flatOps(page.ops)) {
      if (op.kind !== 'image' || images.has(op.path)) continue;
      const picture = await readPicture(op.path);
      images.set(op.path, { name: `Im${images.size + 1}`, ref: file.nextRef(), picture });
    }
  }
  const pressed = file.register({ Type: 'ExtGState', BM: 'Multiply' });
  const translucent = file.register({ Type: 'ExtGState', ca: DRAFT_WATERMARK.opacity, CA: DRAFT_WATERMARK.opacity });
  /** Our resource names on a page, prefixed so they never replace a name an external page already uses. */
  const resourcesFor = (prefix: string): StreamResources => ({
    glyph: (char, role) => finder.find(char, role),
    fontName: (choice: GlyphChoice) => prefix + fonts.get(choice.font)!.name,
    cid: (choice: GlyphChoice, half?: boolean) => fonts.get(choice.font)![half ? 'halfCid' : 'cid'].get(choice.gid)!,
    imageName: (path) => prefix + images.get(path)!.name,
    pressedState: `${prefix}GsPressed`,
    watermarkState: `${prefix}GsDraft`,
  });
  const entries = (prefix: string): PageResources => ({
    Font: Object.fromEntries([...fonts.values()].map((f) => [prefix + f.name, f.ref])),
    XObject: Object.fromEntries([...images.values()].map((im) => [prefix + im.name, im.ref])),
    ExtGState: { [`${prefix}GsPressed`]: pressed, [`${prefix}GsDraft`]: translucent },
  });
  const stream = (text: string) => streams.add(Buffer.from(text, 'latin1'));

  const external = externalFiles.length ? await foreign!.copyPages(externalFiles) : new Map<string, ForeignPage[]>();
  const pageRefs: Ref[] = [];
  for (const spec of pages) {
    if (spec.kind === 'external') {
      const page = external.get(spec.file)![spec.index];
      foreign!.setParent(page, pageTree);
      pageRefs.push(page.ref);
      if (spec.ops.length > 0) overlay(foreign!, page, spec.ops, resourcesFor, entries, stream);
      continue;
    }
    const ref = file.nextRef();
    pageRefs.push(ref);
    const page: PdfDict = { Type: 'Page', Parent: pageTree, Resources: {}, MediaBox: [0, 0, PAGE_WIDTH, PAGE_HEIGHT] };
    if (spec.ops.length > 0) Object.assign(page, { Resources: entries(''), Annots: [], Contents: [stream(contentStream(spec.ops, resourcesFor('')))] });
    file.assign(ref, page);
  }

  const opening = addOutline(file, outline, pageRefs);
  const infoRef = file.register(info(meta));
  const preferences = file.register({ DisplayDocTitle: true });
  file.assign(pageTree, { Type: 'Pages', Kids: pageRefs, Count: pageRefs.length });
  file.assign(catalog, { Type: 'Catalog', Pages: pageTree, ...opening, ViewerPreferences: preferences, Lang: new Literal('zh-CN') });
  for (const { ref, picture } of images.values()) writePicture(file, ref, picture);
  await streams.done();
  await kept?.save();
  foreign?.writeInto();
  return file.bytes({ Root: catalog, Info: infoRef });
}

/** Our ops drawn over a page of an attached PDF, with our resources under names it does not use. */
function overlay(
  foreign: Foreign,
  page: ForeignPage,
  ops: DrawOp[],
  resourcesFor: (prefix: string) => StreamResources,
  entries: (prefix: string) => PageResources,
  stream: (text: string) => Ref,
): void {
  const prefix = foreign.unusedPrefix(page);
  foreign.addResources(page, entries(prefix));
  const ours = contentStream(ops, resourcesFor(prefix));
  // The page's own content may leave its graphics state changed: draw ours after restoring it,
  // placed from the page's top-left corner (it need not be A4 or start at 0 0).
  const [before, after] = [stream('q\n'), stream('\nQ\n')];
  const box = foreign.mediaBox(page);
  foreign.addContent(page, before, after, stream(`q 1 0 0 1 ${n(box.x)} ${n(box.y + box.height - PAGE_HEIGHT)} cm\n${ours}\nQ`));
}
