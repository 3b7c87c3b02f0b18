/** The PDF outline (bookmarks): one entry for the notice and one for every annex. */
import { pdfLib, type PDFDocument, type PDFRef } from './pdf-lib';

export interface OutlineEntry {
  title: string;
  /** Index of the page the entry opens. */
  page: number;
}

export function addOutline(pdf: PDFDocument, entries: OutlineEntry[], pages: PDFRef[]): void {
  if (entries.length === 0) return;
  const { PDFName, PDFHexString, PDFNull } = pdfLib;
  const { context } = pdf;
  const root = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [pages[entry.page], 'XYZ', PDFNull, PDFNull, PDFNull],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]);
    context.assign(refs[i], item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
