/** Pixel size of a PNG or JPEG file, read from its header. */
import { readFileSync } from 'node:fs';

export function imageSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.subarray(1, 4).toString('latin1') === 'PNG') return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  for (let p = 2; p + 9 < b.length; ) {
    const marker = b[p + 1];
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: b.readUInt16BE(p + 5), width: b.readUInt16BE(p + 7) };
    p += 2 + b.readUInt16BE(p + 2);
  }
  throw new Error(`${file}: not a PNG or JPEG image`);
}
