/** Small binary assets made on the fly: a red seal PNG with transparency and a one-page external PDF. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { encodePng } from './png';


/** A red ring on a transparent square, `size` pixels wide. */
export function sealPng(dir: string, size = 64): string {
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const ink = (r < c && r > c * 0.85) || r < c * 0.2;
      row.set(ink ? [255, 0, 0, 255] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const file = path.join(dir, 'seal.png');
  writeFileSync(file, encodePng(size, size, 6, 8, Buffer.concat(rows)));
  return file;
}

export async function externalPdf(dir: string, pages = 2): Promise<string> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595.28, 841.89]).drawRectangle({ x: 100, y: 100, width: 200, height: 300, color: rgb(0.2, 0.4, 0.8) });
  const file = path.join(dir, 'external.pdf');
  writeFileSync(file, await pdf.save());
  return file;
}
