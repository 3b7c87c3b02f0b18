/** PNG files made on the fly for tests and benches: one encoder, the pixels are the caller's. */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour types used here: 0 grey, 2 RGB, 6 RGBA. */
export type ColorType = 0 | 2 | 6;

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG of `raw`: the scanlines, each led by its filter byte (0 = none). */
export function encodePng(width: number, height: number, colorType: ColorType, depth: 1 | 8, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([depth, colorType, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A picture of one colour (`pixel` holds one pixel's samples); at depth 1 a huge grey picture compresses to almost nothing. */
export function solidPng(width: number, height: number, colorType: ColorType, pixel: number[], depth: 1 | 8 = 8): Buffer {
  const rowBytes = Math.ceil((width * pixel.length * depth) / 8);
  const row = Buffer.alloc(1 + rowBytes);
  if (depth === 8) for (let x = 0; x < width; x++) row.set(pixel, 1 + x * pixel.length);
  const raw = Buffer.alloc(height * row.length);
  for (let y = 0; y < height; y++) row.copy(raw, y * row.length);
  return encodePng(width, height, colorType, depth, raw);
}
