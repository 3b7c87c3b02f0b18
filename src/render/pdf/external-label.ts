/**
 * Where the 附件N label goes on the first page of an attached PDF: at its
 * standard place (the first line of the text block) when the page leaves that
 * line free, else in the free band above the page's content, else nowhere, and
 * the annex gets a cover page carrying the label and title instead. Loaded
 * (with pdf-lib, which reads the file) only for a notice that attaches a PDF.
 */
import { readFileSync } from 'node:fs';
import { mmToPt } from '../../style/gbt9704';
import { contentTop } from './content-top';
import { BLOCK_TOP, LINE_PITCH } from './geometry';
import { pdfLib, type PDFPage } from './pdf-lib';

/** Closer to the paper's edge than this a printer may cut or not print. */
const MIN_EDGE = mmToPt(10);
/** White space kept between the label and the page's content. */
const GAP = mmToPt(1.5);

/** The label's band in points from the page's top, or undefined when it would cover content. */
export function externalLabelBand(page: PDFPage, labelSize: number): { top: number; height: number } | undefined {
  const top = contentTop(page);
  if (top === undefined) return { top: BLOCK_TOP, height: LINE_PITCH };
  const box = page.getMediaBox();
  const contentFromTop = box.y + box.height - top;
  if (contentFromTop >= BLOCK_TOP + LINE_PITCH + GAP) return { top: BLOCK_TOP, height: LINE_PITCH };
  const band = { top: contentFromTop - GAP - labelSize, height: labelSize };
  return band.top >= MIN_EDGE ? band : undefined;
}

/** An attached PDF's page count, and the label's band on its first page (see externalLabelBand). */
export async function openExternal(file: string, labelSize: number): Promise<{ pageCount: number; band: { top: number; height: number } | undefined }> {
  const source = await pdfLib.PDFDocument.load(readFileSync(file), { updateMetadata: false, throwOnInvalidObject: true });
  return { pageCount: source.getPageCount(), band: externalLabelBand(source.getPage(0), labelSize) };
}
