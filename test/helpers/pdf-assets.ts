/** Small binary assets made on the fly: a red seal PNG with transparency and a one-page external PDF. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, rgb } from 'pdf-lib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

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
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const file = path.join(dir, 'seal.png');
  writeFileSync(file, png);
  return file;
}

export async function externalPdf(dir: string, pages = 2): Promise<string> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595.28, 841.89]).drawRectangle({ x: 100, y: 100, width: 200, height: 300, color: rgb(0.2, 0.4, 0.8) });
  const file = path.join(dir, 'external.pdf');
  writeFileSync(file, await pdf.save());
  return file;
}
