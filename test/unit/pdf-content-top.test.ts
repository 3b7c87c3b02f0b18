import { PDFDocument, PDFName, PDFOperator, rgb, StandardFonts } from 'pdf-lib';
import { contentTop } from '../../src/render/pdf/content-top';
import { pdfLib } from '../../src/render/pdf/pdf-lib';

/** A one-page A4 PDF drawn by `draw`, reloaded with the bundle our renderer uses. */
async function page(draw: (p: ReturnType<PDFDocument['addPage']>, doc: PDFDocument) => Promise<void>) {
  const doc = await PDFDocument.create();
  const p = doc.addPage([595.28, 841.89]);
  await draw(p, doc);
  return (await pdfLib.PDFDocument.load(await doc.save())).getPage(0);
}

test('a blank page has no content', async () => {
  expect(contentTop(await page(async () => undefined))).toBeUndefined();
});

test('text reaches its baseline plus its size; the topmost text counts', async () => {
  const top = contentTop(
    await page(async (p, doc) => {
      p.drawText('Annex', { x: 80, y: 700, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
      p.drawText('lower', { x: 80, y: 300, size: 30, font: await doc.embedFont(StandardFonts.Helvetica) });
    }),
  );
  expect(top).toBeCloseTo(714, 3);
});

test('a filled rectangle reaches its top edge; a page-sized background does not count', async () => {
  const top = contentTop(
    await page(async (p) => {
      p.drawRectangle({ x: 0, y: 0, width: 595.28, height: 841.89, color: rgb(1, 1, 1) });
      p.drawRectangle({ x: 100, y: 100, width: 200, height: 400, color: rgb(0, 0, 1) });
    }),
  );
  expect(top).toBeCloseTo(500, 3);
});

test('what cannot be placed (a shading) reaches the top of the page', async () => {
  const top = contentTop(await page(async (p) => p.pushOperators(PDFOperator.of('sh' as never, [PDFName.of('Sh0')]))));
  expect(top).toBe(Number.POSITIVE_INFINITY);
});
